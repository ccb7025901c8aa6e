// Fraværstall: the board's twelve months as a table. The figures beside it (year to date,
// presence, gap to the target) and the per-month percentages come from the core on every
// keystroke; this module only draws them. A month is stored when the leader moves on.
import { api } from '../lib/api.js';
import { h, fill, $ } from '../lib/dom.js';
import { showError, answerOrShow, notice, errorText } from '../lib/messages.js';
import { SaveQueue, tracked } from '../lib/savequeue.js';
import { nav } from '../lib/nav.js';
import { t } from '../lib/texts.js';
import { svg as chartEl, axis, rovingPoints } from '../lib/chart.js';

const FIELDS = ['pct', 'agreed', 'lost', 'self_certified'];
/** The catalogue ids of the four figures' names (read out with the month). */
const LABELS = {
  pct: 'fu-absence-field-pct',
  agreed: 'fu-absence-field-agreed',
  lost: 'fu-absence-field-lost',
  self_certified: 'fu-absence-field-self-certified',
};

const st = { board: null, rows: [], asked: 0, target: null };

/** Opens the months table of board `board`. */
export async function openAbsence(board) {
  const table = await answerOrShow(api.absenceTable(board));
  if (table === undefined) return;
  st.board = board;
  nav.show('fravaer');
  $('#fravaer-tittel').textContent = t('fu-absence-title', { title: table.title });
  st.rows = table.rows.map(buildRow);
  st.warned = false;
  $('#fravaer-ulagret').hidden = true;
  fill($('#fravaer-rader'), st.rows.flatMap((r) => [r.tr, r.errorTr, r.noteTr]));
  render(table.check);
  loadTrend();
  const first = st.rows.find((r) => FIELDS.every((f) => !r.inputs[f].value.trim())) || st.rows[0];
  first.inputs.agreed.focus();
}

function entryOf(row) {
  const e = { month: row.month };
  for (const f of FIELDS) e[f] = row.inputs[f].value;
  return e;
}

const same = (a, b) => FIELDS.every((f) => a[f] === b[f]);

function buildRow(data) {
  const row = { month: data.month, label: data.label, saved: null, inputs: {} };
  row.queue = new SaveQueue(() => writeRow(row));
  for (const f of FIELDS) {
    row.inputs[f] = h('input', {
      value: data[f],
      inputmode: 'decimal',
      data: { field: f },
      attrs: { 'aria-label': t('fu-absence-cell', { month: data.label, field: t(LABELS[f]) }) },
      oninput: () => {
        replaceOtherKind(row, f);
        refresh();
      },
      onchange: () => saveRow(row),
      onkeydown: (ev) => keydown(ev, row, f),
    });
  }
  row.saved = entryOf(row);
  row.computed = h('td', { className: 'beregnet' });
  row.tr = h('tr', { data: { month: data.month } },
    h('th', { scope: 'row' }, data.label),
    FIELDS.map((f) => h('td', {}, row.inputs[f])),
    row.computed);
  row.error = h('td', { colSpan: 6, className: 'radfeil', attrs: { role: 'alert' } });
  row.errorTr = h('tr', { className: 'feilrad', hidden: true }, row.error);
  row.note = h('td', { colSpan: 6, className: 'radmerknad', attrs: { role: 'status' } });
  row.noteTr = h('tr', { className: 'merknadrad', hidden: true }, row.note);
  return row;
}

/**
 * A month is a percentage or workdays, never both: typing days where a percent is (saved or
 * typed) replaces the percent, and typing a percent replaces the days. The field that goes
 * is emptied on screen, so what is saved when the leader moves on is what is shown.
 */
function replaceOtherKind(row, field) {
  if (!row.inputs[field].value.trim()) return;
  const others = field === 'pct' ? ['agreed', 'lost', 'self_certified'] : ['pct'];
  const replaced = others.filter((f) => row.inputs[f].value.trim());
  if (replaced.length === 0) return;
  for (const f of replaced) row.inputs[f].value = '';
  const month = row.label.toLowerCase();
  row.note.textContent = field === 'pct'
    ? t('fu-absence-pct-replaces-days', { month })
    : t('fu-absence-days-replace-pct', { month });
  row.noteTr.hidden = false;
}

/**
 * Before leaving the screen: saves what is typed; a month that cannot be saved keeps the
 * leader here with the reason. Leaving again throws the typing away (said so). Returns
 * true when it is fine to leave.
 */
export async function leaveAbsence() {
  if ($('#fravaer').hidden || st.rows.length === 0) return true;
  await Promise.all(st.rows.map((r) => saveRow(r)));
  const unsaved = st.rows.filter((r) => !same(entryOf(r), r.saved));
  const warning = $('#fravaer-ulagret');
  if (unsaved.length === 0 || st.warned) {
    st.warned = false;
    warning.hidden = true;
    return true;
  }
  st.warned = true;
  showUnsaved(unsaved);
  // The warning is at the top, by «Tilbake», where the leader looks: it stays in view.
  unsaved[0].inputs.pct.focus({ preventScroll: true });
  warning.scrollIntoView({ block: 'nearest' });
  return false;
}

/** The «Ikke lagret: …» warning for `unsaved` months; hidden when there are none left. */
function showUnsaved(unsaved) {
  const warning = $('#fravaer-ulagret');
  warning.hidden = unsaved.length === 0;
  warning.textContent = unsaved.length === 0 ? '' : t('fu-absence-unsaved', { months: unsaved.map((r) => r.label.toLowerCase()).join(', ') });
  if (unsaved.length === 0) st.warned = false;
}

/** After a month is saved: a warning shown names only the months still not saved. */
function updateUnsaved() {
  if ($('#fravaer-ulagret').hidden) return;
  showUnsaved(st.rows.filter((r) => !same(entryOf(r), r.saved)));
}

const hasDays = (e) => !!(e.agreed.trim() || e.lost.trim());
const pctOnly = (e) => !!e.pct.trim() && !hasDays(e);

/**
 * A month typed as a percent in a year kept in workdays turns «hittil i år» from lost over
 * agreed workdays into a mean of the months: asked before it is saved, never done silently.
 */
function switchesBasis(row, entry) {
  if (!pctOnly(entry) || row.basisKept === entry.pct) return false;
  const others = st.rows.filter((r) => r !== row).map(entryOf);
  return others.some(hasDays) && !others.some(pctOnly);
}

async function askBasis(row, entry) {
  const month = row.label.toLowerCase();
  let mean = '';
  let days = '';
  try {
    const entries = st.rows.map(entryOf);
    const [withPct, without] = await Promise.all([
      api.absenceSummary(st.board, entries),
      api.absenceSummary(st.board, entries.filter((e) => e.month !== row.month)),
    ]);
    mean = withPct.summary.year_to_date_text || '';
    days = without.summary.year_to_date_text || '';
  } catch {
    // The question stands without the figures.
  }
  if (entryOf(row).pct !== entry.pct) return; // typed on meanwhile
  fill(row.note,
    h('span', {}, t('fu-absence-basis-question', { month, mean, days })),
    ' ',
    h('button', { type: 'button', className: 'handling', onclick: () => {
      row.inputs.pct.value = '';
      row.noteTr.hidden = true;
      refresh();
      row.inputs.agreed.focus();
    } }, t('fu-absence-basis-type-days', { month })),
    ' ',
    h('button', { type: 'button', className: 'handling', onclick: () => {
      row.basisKept = entry.pct;
      row.noteTr.hidden = true;
      saveRow(row);
    } }, t('fu-absence-basis-keep-pct')));
  row.noteTr.hidden = false;
}

function keydown(ev, row, field) {
  if (ev.key !== 'Enter') return;
  // Enter goes to the same column of the next month, like a spreadsheet.
  ev.preventDefault();
  const next = st.rows[st.rows.indexOf(row) + 1];
  if (next) next.inputs[field].focus();
  else saveRow(row);
}

/** Asks the core for the figures of the table as typed; a late answer never overwrites a newer one. */
async function refresh() {
  const asked = ++st.asked;
  const board = st.board;
  try {
    const check = await api.absenceSummary(board, st.rows.map(entryOf));
    if (asked === st.asked && board === st.board) render(check);
  } catch (err) {
    showError(err);
  }
}

/**
 * Reads the figures again after another window or the `tavle` command changed the file:
 * months not being typed in take the file's values; a month being typed in keeps its text.
 */
export async function refreshAbsence() {
  if (st.board === null || $('#fravaer').hidden) return;
  const table = await answerOrShow(api.absenceTable(st.board));
  if (table === undefined) return;
  for (const data of table.rows) {
    const row = st.rows.find((r) => r.month === data.month);
    if (!row || !same(entryOf(row), row.saved)) continue;
    for (const f of FIELDS) row.inputs[f].value = data[f];
    row.saved = entryOf(row);
  }
  refresh();
  loadTrend();
}

/** Saves every month typed; true when nothing typed is left unsaved (or the table is not open). */
export async function saveAbsence() {
  if (st.board === null || $('#fravaer').hidden) return true;
  await Promise.all(st.rows.map(saveRow));
  return st.rows.every((r) => same(entryOf(r), r.saved));
}

function saveRow(row) {
  return row.queue.now();
}

async function writeRow(row) {
  const entry = entryOf(row);
  if (same(entry, row.saved)) return;
  if (switchesBasis(row, entry)) {
    await askBasis(row, entry);
    return;
  }
  try {
    await tracked(api.setAbsence(st.board, entry));
    row.saved = entry;
    row.noteTr.hidden = true;
    loadTrend();
    updateUnsaved();
  } catch (err) {
    // The reason stays under the month until it is put right. A figure that cannot be
    // read is already told there, with what is still saved; anything else is said here.
    if (!row.tr.classList.contains('har-feil')) {
      row.error.textContent = errorText(err, 'fu-not-saved-retry', { within: 'fu-not-saved-reason' });
      row.errorTr.hidden = false;
    }
  }
}

function render(check) {
  const s = check.summary;
  st.target = s.target;
  $('#fravaer-hittil').textContent = s.year_to_date_text || '—';
  $('#fravaer-grunnlag').textContent = s.basis_text;
  const why = $('#fravaer-hvorfor');
  why.textContent = s.basis_note || '';
  why.hidden = !s.basis_note;
  $('#fravaer-naervaer').textContent = s.presence_text || '—';
  $('#fravaer-mal').textContent = s.target_text || t('fu-absence-target-unset');
  const gap = $('#fravaer-avstand');
  gap.textContent = s.gap_text || '—';
  gap.className = s.gap && s.gap.points > 0.05 ? 'over-mal' : s.gap ? 'under-mal' : '';

  const byMonth = new Map(s.months.map((m) => [m.month, m]));
  const problems = new Map(check.problems.map((p) => [p.month, p]));
  for (const row of st.rows) {
    const m = byMonth.get(row.month);
    fill(row.computed, m ? m.pct_text : '', m && m.small_unit ? h('span', { className: 'liten-enhet', title: t('fu-absence-small-month') }, ' ⚠') : null);
    const problem = problems.get(row.month)?.message;
    // The core names the figure the problem is about (pct, agreed, lost …): that cell is marked.
    for (const f of FIELDS) row.inputs[f].toggleAttribute('aria-invalid', problems.get(row.month)?.field === f);
    row.error.textContent = problem || '';
    row.errorTr.hidden = !problem;
    row.tr.classList.toggle('har-feil', !!problem);
  }

  const small = $('#fravaer-smaa');
  const names = s.small_unit_months.map((ym) => (st.rows.find((r) => r.month === ym) || { label: ym }).label.toLowerCase());
  small.hidden = names.length === 0;
  $('#forklaring-liten').hidden = names.length === 0;
  small.textContent = names.length
    ? t('fu-absence-small-months', { months: names.join(', ') })
    : '';
  drawChart(s.months, s.target);
}

// ---------- the chart: the months as bars against the target line ----------

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

function drawChart(months, target) {
  const box = $('#fravaer-graf');
  const W = 360, H = 200, left = 34, right = 8, top = 10, bottom = 24;
  const values = months.map((m) => m.pct).concat(target === null || target === undefined ? [] : [target]);
  const step = Math.max(...values, 1) > 12 ? 5 : 2;
  const max = Math.max(step * 2, Math.ceil(Math.max(...values, 1) / step) * step);
  const y = (p) => top + (H - top - bottom) * (1 - p / max);
  const slot = (W - left - right) / 12;
  const parts = [];
  for (let v = 0; v <= max; v += step) {
    parts.push(svg('line', { x1: left, x2: W - right, y1: y(v), y2: y(v), class: 'rutelinje' }));
    parts.push(svg('text', { x: left - 4, y: y(v) + 4, 'text-anchor': 'end', class: 'akse' }, `${v} %`));
  }
  t('fu-absence-month-letters').split(' ').forEach((letter, i) => {
    parts.push(svg('text', { x: left + slot * (i + 0.5), y: H - 8, 'text-anchor': 'middle', class: 'akse' }, letter));
  });
  for (const m of months) {
    const i = Number(m.month.slice(5, 7)) - 1;
    const top_ = y(Math.min(m.pct, max));
    const bar = svg('rect', {
      x: left + slot * i + slot * 0.2, y: top_, width: slot * 0.6, height: Math.max(0, y(0) - top_),
      class: m.small_unit ? 'stolpe liten' : target !== null && target !== undefined && m.pct > target ? 'stolpe over' : 'stolpe',
    });
    bar.append(svg('title', {}, `${m.month}: ${m.pct_text}`));
    parts.push(bar);
  }
  if (target !== null && target !== undefined) {
    parts.push(svg('line', { x1: left, x2: W - right, y1: y(target), y2: y(target), class: 'mallinje' }));
  }
  box.replaceChildren(...parts);
}

// ---------- the run chart (seriediagram): the unit's months across all its boards ----------

const trend = { asked: 0, data: null };

/** Asks the core for the run chart again (on opening, and after a month is saved). */
async function loadTrend() {
  const asked = ++trend.asked;
  const board = st.board;
  try {
    const data = await api.absenceTrend(board);
    if (asked === trend.asked && board === st.board) drawTrend(data);
  } catch (err) {
    showError(err);
  }
}

async function freezeBaseline(ev) {
  ev.preventDefault();
  const input = $('#trend-n');
  const error = $('#trend-grunnlag-feil');
  const n = Number(input.value.trim());
  if (!input.value.trim() || !Number.isInteger(n)) {
    error.textContent = t('fu-trend-n-missing');
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    return;
  }
  await setBaseline(n);
}

async function setBaseline(n) {
  const input = $('#trend-n');
  const error = $('#trend-grunnlag-feil');
  const asked = ++trend.asked;
  try {
    const data = await api.setTrendBaseline(st.board, n);
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    if (asked === trend.asked) drawTrend(data);
    notice(n === null ? t('fu-trend-unfrozen') : t('fu-trend-frozen', { n }));
  } catch (err) {
    error.textContent = errorText(err, 'fu-not-saved-retry');
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  }
}

/** The words read out for a point: its month, value and side of the median, and any measures. */
function pointWords(p, markers) {
  const id = p.side === 'above' ? 'fu-trend-point-above' : p.side === 'below' ? 'fu-trend-point-below' : 'fu-trend-point-on';
  const words = t(id, { month: p.label, pct: p.pct_text });
  const run = p.in_signal_run ? `, ${t('fu-trend-in-run')}` : '';
  const here = markers.filter((m) => m.month === p.month).map((m) => `${m.kind_text}: ${m.measure}`);
  return here.length ? `${words}${run}. ${here.join('; ')}` : `${words}${run}`;
}

function drawTrend(data) {
  trend.data = data;
  $('#trend-tittel').textContent = t('fu-trend-title', { unit: data.unit });
  // Said again (aria-live) only when it changes, not on every month saved.
  const verdict = data.points.length ? data.verdict : t('fu-trend-no-points');
  if ($('#trend-dom').textContent !== verdict) $('#trend-dom').textContent = verdict;
  $('#trend-dom').className = `trend-dom${data.runs.signal ? ' signal' : ''}`;
  $('#trend-tall').textContent = data.points.length
    ? `${t('fu-trend-median', { median: data.median_text })} (${data.basis_text}). ${data.counts_text}`
    : '';
  const input = $('#trend-n');
  if (document.activeElement !== input) input.value = data.baseline ?? '';
  $('#trend-slipp').disabled = data.baseline === null;
  $('#trend-grunnlag').hidden = data.points.length === 0;

  const graph = $('#trend-graf');
  graph.setAttribute('aria-label', data.summary);
  const W = 960, H = 300, left = 48, right = 96, top = 34, bottom = 44;
  const idx = (ym) => { const [y, m] = ym.split('-').map(Number); return y * 12 + m - 1; };
  const parts = [];
  const points = data.points;
  if (points.length === 0) {
    graph.replaceChildren();
    fill($('#trend-tiltak'));
    fill($('#trend-rader'));
    $('#trend-punkt').textContent = '';
    return;
  }
  const first = idx(points[0].month);
  const span = Math.max(1, idx(points[points.length - 1].month) - first);
  const x = (ym) => left + ((idx(ym) - first) / span) * (W - left - right);
  const [max, step] = axis(Math.max(...points.map((p) => p.pct), data.median ?? 0));
  const y = (v) => top + (H - top - bottom) * (1 - v / max);

  for (let v = 0; v <= max; v += step) {
    parts.push(chartEl('line', { x1: left, x2: W - right, y1: y(v), y2: y(v), class: 'rutelinje' }));
    parts.push(chartEl('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'akse' }, `${v} %`));
  }
  // Month letters under every month, the year under each January and under the first month.
  const letters = t('fu-absence-month-letters').split(' ');
  for (let i = first; i <= first + span; i += 1) {
    const ym = `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const xi = x(ym);
    if (span <= 48 || i % 3 === 0) parts.push(chartEl('text', { x: xi, y: H - bottom + 16, 'text-anchor': 'middle', class: 'akse' }, letters[i % 12]));
    if (i % 12 === 0 || i === first) {
      parts.push(chartEl('text', { x: xi, y: H - bottom + 32, 'text-anchor': i % 12 === 0 ? 'middle' : 'start', class: 'akse aar' }, String(Math.floor(i / 12))));
      if (i % 12 === 0 && i !== first) parts.push(chartEl('line', { x1: xi - (W - left - right) / span / 2, x2: xi - (W - left - right) / span / 2, y1: top, y2: H - bottom, class: 'aarsskille' }));
    }
  }
  // The baseline the median is frozen on, shaded.
  if (data.baseline) {
    const end = points[Math.min(data.baseline, points.length) - 1].month;
    const half = (W - left - right) / span / 2;
    parts.push(chartEl('rect', { x: left - Math.min(half, 6), y: top, width: x(end) - left + Math.min(half, 6) + half, height: H - top - bottom, class: 'grunnlag' }));
    parts.push(chartEl('text', { x: left + 4, y: top + 14, class: 'akse grunnlag-tekst' }, t('fu-trend-baseline')));
  }
  // The measures: numbered tags at their months.
  const markers = data.markers;
  const stack = new Map();
  markers.forEach((m, i) => {
    if (idx(m.month) < first || idx(m.month) > first + span) return;
    const level = stack.get(m.month) || 0;
    stack.set(m.month, level + 1);
    const xm = x(m.month);
    parts.push(chartEl('line', { x1: xm, x2: xm, y1: top, y2: H - bottom, class: `tiltakslinje ${m.kind}` }));
    const ty = top - 14 - level * 0;
    const tx = xm + level * 18;
    parts.push(chartEl('rect', { x: tx - 8, y: ty - 10, width: 16, height: 16, rx: 3, class: `tiltaksmerke ${m.kind}` }));
    parts.push(chartEl('text', { x: tx, y: ty + 2, 'text-anchor': 'middle', class: `tiltakstall ${m.kind}` }, String(i + 1)));
  });
  // The median: solid over the baseline, dashed after it; its value at the right.
  if (data.median !== null) {
    const ym = y(data.median);
    if (data.baseline) {
      const endX = x(points[Math.min(data.baseline, points.length) - 1].month);
      parts.push(chartEl('line', { x1: left, x2: endX, y1: ym, y2: ym, class: 'medianlinje' }));
      parts.push(chartEl('line', { x1: endX, x2: W - right, y1: ym, y2: ym, class: 'medianlinje forlenget' }));
    } else {
      parts.push(chartEl('line', { x1: left, x2: W - right, y1: ym, y2: ym, class: 'medianlinje' }));
    }
    parts.push(chartEl('text', { x: W - right + 6, y: ym + 4, class: 'medianverdi' }, data.median_text));
  }
  parts.push(chartEl('polyline', { points: points.map((p) => `${x(p.month)},${y(p.pct)}`).join(' '), class: 'trendlinje' }));
  const dots = points.map((p) => {
    const dot = chartEl('circle', { cx: x(p.month), cy: y(p.pct), r: 5.5, class: `punkt ${p.side || 'paa'}${p.in_signal_run ? ' signal' : ''}`, role: 'img', 'aria-label': pointWords(p, markers) });
    parts.push(dot);
    return dot;
  });
  graph.replaceChildren(...parts);
  rovingPoints(dots, dots.length - 1, (i) => {
    $('#trend-punkt').textContent = pointWords(points[i], markers);
  });
  $('#trend-punkt').textContent = '';

  fill($('#trend-tiltak'), markers.map((m) => h('li', { className: m.kind },
    t('fu-trend-marker', { month: m.label, kind: m.kind_text, measure: m.measure }))));
  fill($('#trend-rader'), points.map((p) => h('tr', {},
    h('th', { scope: 'row' }, p.label),
    h('td', { className: 'beregnet' }, p.pct_text),
    h('td', {}, p.in_signal_run ? `${p.side_text}, ${t('fu-trend-in-run')}` : p.side_text))));
  $('#trend-forklaring-serie').hidden = !points.some((p) => p.in_signal_run);
}

/** Wires the baseline controls (once, at start). */
export function initTrend() {
  $('#trend-grunnlag').addEventListener('submit', freezeBaseline);
  $('#trend-slipp').addEventListener('click', () => setBaseline(null));
}

/** Fraværstall (`fravaer`); see app/screens.js. */
export const screen = { id: 'fravaer', open: openAbsence, save: saveAbsence, unsavedIn: 'ed-unsaved-in-absence', refresh: refreshAbsence };
