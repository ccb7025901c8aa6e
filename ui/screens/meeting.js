// The tavlemøte: the leader's short weekly meeting in front of the board, on the leader's
// machine. A 15-minute agenda in four parts — absence (the trend), overdue measures, due in
// the next 14 days, new ideas — each with a quiet timer of its own (remaining mm:ss and a
// bar; no sound; a calm colour when a part runs over; pausable). In parts 2 and 3 a
// measure's status is changed in place, through the same path as the editor's status
// dialog (api.changeStatus → change_status → Store::change_status). It ends in the one-page
// «Referat» (what changed today, who does what by when), printed through printToPdf.
import { api } from '../lib/api.js';
import { h, fill, $ } from '../lib/dom.js';
import { t } from '../lib/texts.js';
import { STATUSES, statusLabel } from '../lib/vocabulary.js';
import { printToPdf } from '../lib/nav.js';
import { showError } from '../lib/messages.js';
import { runChart } from './wall.js';

/** The four parts and their minutes: 3 + 5 + 4 + 3 = 15. */
const PARTS = [
  { key: 'absence', title: 'ui-meeting-part-absence', minutes: 3 },
  { key: 'overdue', title: 'ui-meeting-part-overdue', minutes: 5 },
  { key: 'due', title: 'ui-meeting-part-due', minutes: 4 },
  { key: 'ideas', title: 'ui-meeting-part-ideas', minutes: 3 },
];

/** How often the clock is redrawn (ms); it is announced only when something happens. */
const TICK_MS = 1000;

const st = {
  board: null,
  path: null,
  wall: null,
  part: 0,
  /** Milliseconds used in each part. */
  used: PARTS.map(() => 0),
  paused: false,
  since: null,
  timer: null,
  /** What each part has announced already (one minute left, over time). */
  told: PARTS.map(() => new Set()),
  /** The status changes made in this meeting: {measure, from, to}. */
  changes: [],
  back: null,
};
let wired = false;

/** True while the tavlemøte is on screen. */
function meetingShown() {
  return !$('#motet').hidden;
}

/**
 * Opens the tavlemøte for board `board` of the file at `path`; `back` goes back to the
 * board (the editor reads it again, with the changes made here).
 */
export async function openMeeting({ board, path, show, back }) {
  wire();
  st.board = board;
  st.path = path;
  st.back = back;
  st.part = 0;
  st.used = PARTS.map(() => 0);
  st.told = PARTS.map(() => new Set());
  st.changes = [];
  st.paused = false;
  await read();
  show('motet');
  $('#motet-tittel').textContent = t('ui-meeting-title', {
    unit: st.wall.header.unit,
    year: st.wall.header.year,
  });
  agenda();
  goTo(0);
  clearInterval(st.timer);
  st.since = Date.now();
  st.timer = setInterval(tick, TICK_MS);
}

/** Leaves the tavlemøte for the board. */
function leave() {
  clearInterval(st.timer);
  st.timer = null;
  st.back?.();
}

/** P pauses (not while choosing a status); Esc goes back to the board. */
export function meetingKeydown(ev) {
  const inField = ['SELECT', 'INPUT', 'TEXTAREA'].includes(ev.target.tagName);
  if (ev.key.toLowerCase() === 'p' && !inField && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
    ev.preventDefault();
    togglePause();
  } else if (ev.key === 'Escape' && !inField) {
    ev.preventDefault();
    leave();
  }
}

function wire() {
  if (wired) return;
  wired = true;
  $('#motet-pause').addEventListener('click', togglePause);
  $('#motet-forrige').addEventListener('click', () => goTo(st.part - 1));
  $('#motet-neste').addEventListener('click', () => goTo(st.part + 1));
  $('#motet-referat').addEventListener('click', minutes);
  $('#motet-tilbake').addEventListener('click', leave);
}

async function read() {
  st.wall = await api.wallRead(st.path, st.board);
}

/** The agenda: the four parts with their minutes; the current one marked. */
function agenda() {
  fill(
    $('#motet-agenda'),
    ...PARTS.map((p, i) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            className: 'stille',
            data: { part: String(i) },
            onclick: () => goTo(i),
          },
          t('ui-meeting-agenda-item', { n: i + 1, title: t(p.title), minutes: p.minutes }),
        ),
      ),
    ),
  );
}

/** Moves to part `i`: its own timer runs from where it stood. */
function goTo(i) {
  if (i < 0 || i >= PARTS.length) return;
  account();
  st.part = i;
  for (const b of document.querySelectorAll('#motet-agenda button')) {
    if (b.dataset.part === String(i)) b.setAttribute('aria-current', 'step');
    else b.removeAttribute('aria-current');
  }
  $('#motet-forrige').disabled = i === 0;
  $('#motet-neste').hidden = i === PARTS.length - 1;
  render();
  clock();
  const p = PARTS[i];
  say(t('ui-meeting-part-started', { n: i + 1, of: PARTS.length, title: t(p.title), minutes: p.minutes }));
  $('#motet-del-tittel').focus();
}

/** Adds the time since the last look to the current part (unless paused). */
function account() {
  const now = Date.now();
  if (!st.paused && st.since !== null) st.used[st.part] += now - st.since;
  st.since = now;
}

function tick() {
  if (!meetingShown()) {
    clearInterval(st.timer);
    return;
  }
  account();
  clock();
}

function togglePause() {
  account();
  st.paused = !st.paused;
  clock();
  say(st.paused ? t('ui-meeting-paused') : t('ui-meeting-running'));
}

const mmss = (ms) => {
  const s = Math.floor(Math.abs(ms) / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/** Draws the clock of the current part; announces one minute left and time up, once each. */
function clock() {
  const p = PARTS[st.part];
  const total = p.minutes * 60000;
  const left = total - st.used[st.part];
  const over = left < 0;
  $('#motet-tid').textContent = over
    ? t('ui-meeting-over', { time: mmss(left) })
    : t('ui-meeting-left', { time: mmss(left) });
  const bar = $('#motet-fremdrift');
  bar.max = total;
  bar.value = Math.min(total, st.used[st.part]);
  $('#motet-klokke').classList.toggle('over', over);
  $('#motet-klokke').classList.toggle('pause', st.paused);
  const pause = $('#motet-pause');
  pause.textContent = st.paused ? t('ui-meeting-resume') : t('ui-meeting-pause');
  pause.setAttribute('aria-pressed', String(st.paused));
  const told = st.told[st.part];
  if (!over && left <= 60000 && !told.has('minute')) {
    told.add('minute');
    say(t('ui-meeting-one-minute'));
  }
  if (over && !told.has('over')) {
    told.add('over');
    say(t('ui-meeting-time-up', { title: t(p.title) }));
  }
}

/** A polite announcement (not every second: a part begins, one minute left, time up …). */
function say(text) {
  const live = $('#motet-melding');
  live.textContent = '';
  setTimeout(() => {
    live.textContent = text;
  }, 50);
}

function render() {
  const p = PARTS[st.part];
  $('#motet-del-tittel').textContent = t('ui-meeting-part-heading', {
    n: st.part + 1,
    title: t(p.title),
  });
  const body = {
    absence: absencePart,
    overdue: () => measuresPart(st.wall.rows.filter((r) => r.overdue), 'ui-meeting-no-overdue'),
    due: () => {
      const soon = st.wall.due.filter((d) => !d.overdue);
      const byId = new Map(st.wall.rows.map((r) => [r.row, r]));
      return measuresPart(
        soon.map((d) => ({ ...byId.get(d.row), when: d.due })),
        'ui-meeting-no-due',
      );
    },
    ideas: ideasPart,
  }[p.key]();
  fill($('#motet-innhold'), body);
}

function absencePart() {
  const a = st.wall.absence;
  return h(
    'div',
    { className: 'motet-fravaer' },
    h(
      'p',
      { className: 'motet-tall' },
      h('span', { className: 'motet-stor' }, a.year_to_date || '–'),
      ` ${t('ui-wall-ytd')} · `,
      h('span', { className: 'motet-stor' }, a.target || '–'),
      ` ${t('ui-wall-target')}`,
    ),
    a.gap ? h('p', { className: 'motet-avstand' }, a.gap) : '',
    a.trend ? runChart({ ...a.trend, verdict: a.verdict }) : '',
    h('p', { className: 'motet-dom' }, a.verdict || t('ui-meeting-no-figures')),
  );
}

/** The measures of parts 2 and 3, each with its status changeable in place. */
function measuresPart(rows, none) {
  if (rows.length === 0) return h('p', { className: 'tom' }, t(none));
  return h(
    'table',
    { className: 'motet-tabell' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('ui-wall-col-measure')),
        h('th', { scope: 'col' }, t('ui-wall-col-owner')),
        h('th', { scope: 'col' }, t('ui-wall-col-when')),
        h('th', { scope: 'col' }, t('ui-wall-col-status')),
      ),
    ),
    h('tbody', {}, ...rows.map(measureLine)),
  );
}

function measureLine(r) {
  const name = r.measure || r.goal;
  const id = `motet-status-${r.row}`;
  const select = h(
    'select',
    { id, data: { row: String(r.row) } },
    STATUSES.map(([code, label]) => h('option', { value: code, selected: code === r.status_code }, label)),
  );
  const change = h(
    'button',
    { type: 'button', className: 'motet-statusknapp', data: { row: String(r.row) } },
    t('ui-meeting-change'),
    h('span', { className: 'skjult' }, ` ${name}`),
  );
  change.addEventListener('click', () => changeStatus(r, select, change));
  return h(
    'tr',
    { data: { row: String(r.row) } },
    h('td', {}, name),
    h('td', {}, r.owner),
    h('td', {}, r.when, r.overdue ? h('span', { className: 'motet-merke' }, ` · ${t('ui-wall-overdue')}`) : ''),
    h(
      'td',
      { className: 'motet-statusfelt' },
      h('label', { htmlFor: id, className: 'skjult' }, t('ui-meeting-status-of', { measure: name })),
      select,
      change,
    ),
  );
}

/** Changes the measure's status through the editor's path, with the meeting's note. */
async function changeStatus(r, select, button) {
  const to = select.value;
  const from = r.status_code;
  if (to === from) return;
  button.disabled = true;
  try {
    await api.changeStatus(r.row, to, null, t('ui-meeting-note'));
    st.changes.push({ measure: r.measure || r.goal, from, to });
    // The row keeps its place in the meeting's list with its new status.
    const row = st.wall.rows.find((x) => x.row === r.row);
    if (row) {
      row.status_code = to;
      row.status = statusLabel(to);
    }
    r.status_code = to;
    say(t('ui-meeting-changed', { measure: r.measure || r.goal, from: statusLabel(from), to: statusLabel(to) }));
  } catch (err) {
    select.value = from;
    showError(err);
  } finally {
    button.disabled = false;
  }
}

function ideasPart() {
  const ideas = st.wall.ideas;
  if (ideas.length === 0) return h('p', { className: 'tom' }, t('ui-wall-no-ideas'));
  return h(
    'ul',
    { className: 'motet-ideer' },
    ...ideas.map((i) =>
      h(
        'li',
        {},
        h('span', { className: 'motet-stemmer' }, t('ui-wall-votes', { n: i.votes })),
        ' ',
        i.text,
        h('span', { className: 'vegg-svak' }, ` — ${i.question}`),
      ),
    ),
  );
}

/** «Lag referat»: the one page of what changed today and who does what by when. */
async function minutes() {
  const hd = st.wall.header;
  try {
    const today = new Date().toLocaleDateString('nb-NO', { day: '2-digit', month: '2-digit', year: 'numeric' });
    await printToPdf(st.board, 'minutes', null, `${t('ui-meeting-minutes-file', { unit: hd.unit, date: today })}.pdf`);
  } catch (err) {
    showError(err);
  }
}

/** The tavlemøte (`motet`); see app/screens.js. */
export const screen = { id: 'motet', open: openMeeting, keydown: meetingKeydown };
