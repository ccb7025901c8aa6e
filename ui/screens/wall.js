// The wall: a board on the staff-room screen. Read-only (nothing here can change the file),
// full screen, the pages turning by themselves: the board's rows (as many per page as fit
// at a size that reads from four metres, continued on the next page rather than shrunk),
// the absence with its run chart, what is overdue and due in the next 14 days, and the
// workshop's ideas. It follows its file: a new version (saved, or published over it by a
// rename) shows within a few seconds; a file that is gone for a while leaves the last
// content up with «Sist oppdatert hh:mm».
import { api } from '../lib/api.js';
import { h, fill, $ } from '../lib/dom.js';
import { t } from '../lib/texts.js';

/** How often the file's stamp is looked at (ms): a change shows within 5 s. */
const WATCH_MS = 2000;

const st = {
  start: null,
  wall: null,
  stamp: null,
  pages: [],
  page: 0,
  paused: false,
  turnTimer: null,
  watchTimer: null,
  readAt: null,
  /** «14:05», formatted once per read (not on every page turn). */
  readAtText: '',
  missing: false,
  leave: null,
};
let wired = false;

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/**
 * Opens the wall for `start` ({path, interval, interval_ms, from_app}); `leave` is called
 * when it is left (only from the app: Esc or «Tilbake»).
 */
export async function openWall(start, leave = null) {
  wire();
  if (!start.path) {
    // Started from the menu without a file: ask which board goes on the wall.
    const path = await api.pickOpenPath().catch(() => null);
    if (!path) {
      document.documentElement.classList.add('pa-veggen');
      for (const sec of document.querySelectorAll('main > .skjerm')) sec.hidden = sec.id !== 'vegg';
      fill($('#vegg-side'), h('p', { className: 'vegg-tom' }, t('ui-wall-no-file')),
        h('button', { type: 'button', className: 'hoved', onclick: () => openWall(start, leave) }, t('ui-wall-pick')));
      return;
    }
    start = { ...start, path };
  }
  st.start = start;
  st.leave = leave;
  st.page = 0;
  st.stamp = null;
  st.wall = null;
  // Pages turn by themselves unless the system asks for less motion (WCAG 2.2.2): then
  // the keys and buttons turn them.
  st.paused = reducedMotion();
  document.documentElement.classList.add('pa-veggen');
  for (const s of document.querySelectorAll('main > .skjerm')) s.hidden = s.id !== 'vegg';
  $('#vegg-forlat').hidden = !start.from_app;
  try {
    await api.wallFullScreen(true);
  } catch {
    // A window that cannot go full screen still shows the wall.
  }
  await read();
  showPage();
  restartTurning();
  clearInterval(st.watchTimer);
  st.watchTimer = setInterval(watch, WATCH_MS);
  $('#vegg').focus();
}

/** True while the wall is on screen. */
function wallShown() {
  return !$('#vegg').hidden;
}

/** Leaves the wall (from the app only). */
export async function leaveWall() {
  if (!st.start?.from_app) return;
  clearInterval(st.watchTimer);
  clearTimeout(st.turnTimer);
  document.documentElement.classList.remove('pa-veggen');
  $('#vegg').hidden = true;
  try {
    await api.wallFullScreen(false);
  } catch {
    // Best effort, as above.
  }
  st.leave?.();
}

/** The keys a presenter remote sends, and P and Esc. */
export function wallKeydown(ev) {
  const next = ['ArrowRight', 'ArrowDown', 'PageDown', ' '];
  const previous = ['ArrowLeft', 'ArrowUp', 'PageUp'];
  if (ev.target.tagName === 'BUTTON' && (ev.key === ' ' || ev.key === 'Enter')) return;
  if (next.includes(ev.key)) {
    ev.preventDefault();
    turn(1);
  } else if (previous.includes(ev.key)) {
    ev.preventDefault();
    turn(-1);
  } else if (ev.key.toLowerCase() === 'p' && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
    ev.preventDefault();
    togglePause();
  } else if (ev.key === 'Escape') {
    ev.preventDefault();
    leaveWall();
  }
}

function wire() {
  if (wired) return;
  wired = true;
  $('#vegg-neste').addEventListener('click', () => turn(1));
  $('#vegg-forrige').addEventListener('click', () => turn(-1));
  $('#vegg-pause').addEventListener('click', togglePause);
  $('#vegg-forlat').addEventListener('click', leaveWall);
  $('#vegg').tabIndex = -1;
  // A new window size (full screen arriving) fits the rows again.
  window.addEventListener('resize', () => {
    if (wallShown() && st.wall) {
      build();
      showPage();
    }
  });
}

function togglePause() {
  st.paused = !st.paused;
  restartTurning();
  footer();
}

function restartTurning() {
  clearTimeout(st.turnTimer);
  if (st.paused || st.pages.length < 2) return;
  const ms = st.start.interval_ms ?? st.start.interval * 1000;
  st.turnTimer = setTimeout(() => {
    turn(1, { auto: true });
  }, ms);
}

function turn(step, { auto = false } = {}) {
  if (st.pages.length === 0) return;
  st.page = (st.page + step + st.pages.length) % st.pages.length;
  showPage();
  if (auto || !st.paused) restartTurning();
}

/** Reads the file; a failure keeps what is shown and says since when. */
async function read() {
  try {
    const wall = await api.wallRead(st.start.path);
    st.wall = wall;
    st.stamp = wall.stamp;
    st.readAt = new Date();
    st.readAtText = st.readAt.toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit' });
    st.missing = false;
    header();
    build();
  } catch (err) {
    st.missing = true;
    if (!st.wall) {
      fill($('#vegg-side'), h('p', { className: 'vegg-feil' }, err.message));
      st.pages = [];
    }
  }
  footer();
}

/** Reads again when the file at the path is another version (or came back). */
async function watch() {
  let now;
  try {
    now = await api.wallStamp(st.start.path);
  } catch {
    now = null;
  }
  if (!now) {
    if (!st.missing) {
      st.missing = true;
      footer();
    }
    return;
  }
  const same = st.stamp && now.id === st.stamp.id && now.len === st.stamp.len
    && now.modified === st.stamp.modified;
  if (same && !st.missing) return;
  const page = st.page;
  await read();
  st.page = Math.min(page, Math.max(0, st.pages.length - 1));
  showPage();
}

function header() {
  const hd = st.wall.header;
  $('#vegg-enhet').textContent = `${hd.unit} ${hd.year}`;
  $('#vegg-hovedmal').textContent = hd.main_goal;
  $('#vegg-fokus').textContent = hd.focus || '–';
  $('#vegg-mal').textContent = hd.target || '–';
}

function footer() {
  const n = st.pages.length;
  const page = st.pages[st.page];
  $('#vegg-sidetall').textContent = n
    ? t('ui-wall-page', { n: st.page + 1, of: n, name: page?.name ?? '' })
    : '';
  const time = st.readAtText;
  const updated = $('#vegg-oppdatert');
  updated.textContent = st.missing
    ? t('ui-wall-missing', { time })
    : t('ui-wall-updated', { time });
  updated.classList.toggle('vegg-borte', st.missing);
  const pause = $('#vegg-pause');
  pause.textContent = st.paused ? t('ui-wall-play') : t('ui-wall-pause');
  pause.setAttribute('aria-pressed', String(st.paused));
}

/** The pages: the board (as many as the rows need), absence, deadlines, ideas. */
function build() {
  const w = st.wall;
  st.pages = [
    ...boardPages(w.rows),
    { name: t('ui-wall-absence'), node: absencePage(w.absence) },
    { name: t('ui-wall-due'), node: duePage(w.due) },
    { name: t('ui-wall-ideas'), node: ideasPage(w.ideas) },
  ];
}

function showPage() {
  const page = st.pages[st.page];
  if (page) fill($('#vegg-side'), page.node);
  footer();
}

function rowLine(r) {
  return h(
    'tr',
    { className: r.overdue ? 'vegg-forsinket' : '' },
    h('td', {}, r.goal),
    h('td', {}, r.measure),
    h('td', {}, r.owner),
    h('td', {}, r.when),
    h(
      'td',
      { className: `vegg-status s-${r.status_code}` },
      r.status,
      r.overdue ? h('span', { className: 'vegg-merke' }, ` · ${t('ui-wall-overdue')}`) : '',
    ),
  );
}

function boardTable(rows) {
  return h(
    'table',
    { className: 'vegg-tabell' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('ui-wall-col-goal')),
        h('th', { scope: 'col' }, t('ui-wall-col-measure')),
        h('th', { scope: 'col' }, t('ui-wall-col-owner')),
        h('th', { scope: 'col' }, t('ui-wall-col-when')),
        h('th', { scope: 'col' }, t('ui-wall-col-status')),
      ),
    ),
    h('tbody', {}, ...rows.map(rowLine)),
  );
}

/**
 * The rows split into pages that fit the page area at the wall's type size: the whole table
 * is laid out once in the real page area and each row's bottom measured; a row that would
 * pass the area's bottom starts the next page (its header repeated).
 */
function boardPages(rows) {
  if (rows.length === 0) {
    return [{ name: t('ui-wall-board'), node: h('p', { className: 'vegg-tom' }, t('ui-wall-no-rows')) }];
  }
  const area = $('#vegg-side');
  const table = boardTable(rows);
  fill(area, table);
  const room = area.clientHeight;
  const head = table.tHead.getBoundingClientRect().height;
  const top = table.getBoundingClientRect().top;
  const bottoms = [...table.tBodies[0].rows].map((tr) => tr.getBoundingClientRect().bottom - top);
  area.replaceChildren();
  const pages = [];
  let start = 0;
  let offset = 0; // the height of the rows on earlier pages
  for (let i = 0; i < rows.length; i += 1) {
    const used = head + bottoms[i] - head - offset;
    if (i > start && used > room) {
      pages.push(rows.slice(start, i));
      start = i;
      offset = bottoms[i - 1] - head;
    }
  }
  pages.push(rows.slice(start));
  return pages.map((part, i) => ({
    name: pages.length > 1
      ? t('ui-wall-board-part', { n: i + 1, of: pages.length })
      : t('ui-wall-board'),
    node: boardTable(part),
  }));
}

const SVG = 'http://www.w3.org/2000/svg';
function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(c);
  return el;
}

/** The run chart: the months across the unit's boards, the median, the measures' marks (the
 * tavlemøte shows it too). */
export function runChart(trend) {
  const W = 1600;
  const H = 420;
  const pad = { l: 90, r: 30, t: 30, b: 60 };
  const pts = trend.points;
  const values = pts.map((p) => p.pct);
  const median = trend.runs.median;
  const lo = Math.min(...values, median ?? Infinity) * 0.9;
  const hi = Math.max(...values, median ?? -Infinity) * 1.08;
  const x = (i) => pad.l + (pts.length < 2 ? 0 : (i * (W - pad.l - pad.r)) / (pts.length - 1));
  const y = (v) => pad.t + ((hi - v) * (H - pad.t - pad.b)) / (hi - lo || 1);
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'vegg-seriediagram',
    role: 'img',
    'aria-label': `${t('ui-wall-chart-label', { n: pts.length })} ${trend.verdict ?? ''}`,
  });
  // Two values on the axis: the lowest and highest month, rounded to whole percent.
  for (const v of [Math.ceil(lo), Math.floor(hi)]) {
    svg.append(s('text', { x: pad.l - 16, y: y(v) + 10, 'text-anchor': 'end', class: 'aksetekst' }, `${v} %`));
  }
  if (median !== null && median !== undefined) {
    svg.append(s('line', { x1: pad.l, x2: W - pad.r, y1: y(median), y2: y(median), class: 'median' }));
    svg.append(s('text', { x: pad.l + 8, y: y(median) - 12, class: 'median-tekst' },
      t('ui-wall-median', { pct: median.toFixed(1).replace('.', ',') })));
  }
  const monthIndex = new Map(pts.map((p, i) => [p.month, i]));
  for (const m of trend.markers ?? []) {
    const i = monthIndex.get(m.month);
    if (i === undefined) continue;
    svg.append(s('line', { x1: x(i), x2: x(i), y1: pad.t, y2: H - pad.b, class: `marker ${m.kind}` }));
  }
  svg.append(s('polyline', { points: pts.map((p, i) => `${x(i)},${y(p.pct)}`).join(' '), class: 'kurve' }));
  pts.forEach((p, i) => svg.append(s('circle', { cx: x(i), cy: y(p.pct), r: 9, class: 'punkt' })));
  // Years under the axis: the first month of each year.
  pts.forEach((p, i) => {
    if (i === 0 || p.month.endsWith('-01')) {
      svg.append(s('text', { x: x(i), y: H - 15, class: 'aksetekst' }, p.month.slice(0, 4)));
    }
  });
  return svg;
}

function absencePage(a) {
  const trend = a.trend;
  return h(
    'div',
    { className: 'vegg-fravaer' },
    h(
      'div',
      { className: 'vegg-tall' },
      h('div', {}, h('span', { className: 'vegg-stor' }, a.year_to_date || '–'),
        h('span', { className: 'vegg-liten' }, t('ui-wall-ytd'))),
      h('div', {}, h('span', { className: 'vegg-stor' }, a.target || '–'),
        h('span', { className: 'vegg-liten' }, t('ui-wall-target'))),
      h('p', { className: 'vegg-avstand' }, a.gap),
    ),
    h(
      'ol',
      { className: 'vegg-maneder' },
      ...a.months.map((m) => h('li', {}, h('span', {}, m.label), h('strong', {}, m.pct))),
    ),
    trend ? runChart({ ...trend, verdict: a.verdict }) : '',
    trend?.markers?.length
      ? h('p', { className: 'vegg-forklaring' },
        h('span', { className: 'vegg-strek started' }), ` ${t('ui-wall-marker-started')} `,
        h('span', { className: 'vegg-strek finished' }), ` ${t('ui-wall-marker-finished')}`)
      : '',
    h('p', { className: 'vegg-dom' }, a.verdict),
  );
}

function duePage(due) {
  const title = h('h2', { className: 'vegg-sidetittel' }, t('ui-wall-due-title'));
  if (due.length === 0) return h('div', {}, title, h('p', { className: 'vegg-tom' }, t('ui-wall-no-due')));
  return h('div', {}, title, h(
    'ul',
    { className: 'vegg-frister' },
    ...due.map((d) =>
      h(
        'li',
        { className: d.overdue ? 'vegg-forsinket' : '' },
        h('strong', {}, d.due),
        ' ',
        d.measure,
        d.owner ? h('span', { className: 'vegg-svak' }, ` — ${d.owner}`) : '',
        d.overdue ? h('span', { className: 'vegg-merke' }, ` · ${t('ui-wall-overdue')}`) : '',
      ),
    ),
  ));
}

function ideasPage(ideas) {
  const title = h('h2', { className: 'vegg-sidetittel' }, t('ui-wall-ideas-title'));
  if (ideas.length === 0) return h('div', {}, title, h('p', { className: 'vegg-tom' }, t('ui-wall-no-ideas')));
  return h('div', {}, title, h(
    'ul',
    { className: 'vegg-ideer' },
    ...ideas.map((i) =>
      h(
        'li',
        {},
        h('span', { className: 'vegg-stemmer' }, t('ui-wall-votes', { n: i.votes })),
        ' ',
        i.text,
        h('span', { className: 'vegg-svak' }, ` — ${i.question}`),
      ),
    ),
  ));
}

/** The wall (`vegg`); see app/screens.js. */
export const screen = { id: 'vegg', open: openWall, keydown: wallKeydown };
