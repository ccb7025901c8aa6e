// Frister: measures that are overdue, and those due within N days, across every board in
// the file. The list and its order come from the core (`tavle due` prints the same).
import { api } from '../lib/api.js';
import { h, fill, $, nbDate } from '../lib/dom.js';
import { statusLabel } from '../lib/vocabulary.js';
import { answerOrShow } from '../lib/messages.js';
import { nav } from '../lib/nav.js';
import { t } from '../lib/texts.js';

const st = { back: null, asked: 0 };
let wired = false;

/** Shows the deadlines; `back` is the board to return to (null: the list of boards). */
export async function openDeadlines(back) {
  wireOnce();
  st.back = back;
  nav.show('frister');
  await load();
  $('#frist-dager').focus();
}

/** Reads the list again after another window or the `tavle` command changed the file. */
export async function refreshDeadlines() {
  if (!$('#frister').hidden) await load();
}

/** Where "← Tilbake" goes. */
export function leaveDeadlines() {
  if (st.back !== null && st.back !== undefined) nav.openBoard(st.back);
  else nav.showBoards();
}

function days() {
  const n = Number($('#frist-dager').value);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

async function load() {
  const asked = ++st.asked;
  const within = days();
  const list = await answerOrShow(api.dueList(within));
  if (list === undefined) return;
  if (asked !== st.asked) return;
  const empty = $('#ingen-frister');
  empty.hidden = list.items.length > 0;
  empty.textContent = within
    ? t('fu-deadlines-none-within', { days: within })
    : t('fu-deadlines-none-overdue');
  $('.fristliste').hidden = list.items.length === 0;
  fill($('#frister-rader'), list.items.map((it) =>
    h('tr', { className: it.overdue ? 'forsinket' : '', data: { row: it.row } },
      h('td', {}, `${it.unit} ${it.year}`),
      h('td', {}, h('div', {}, it.measure || it.goal), it.measure && it.goal ? h('div', { className: 'svak' }, it.goal) : null),
      h('td', {}, it.owner),
      h('td', {}, nbDate(it.due), it.overdue ? h('span', { className: 'merke-forsinket' }, t('fu-overdue')) : null),
      h('td', {}, statusLabel(it.status)),
      h('td', {}, h('button', { type: 'button', onclick: () => nav.openBoard(it.board) }, t('fu-deadlines-open-board'))))));
}

function wireOnce() {
  if (wired) return;
  wired = true;
  $('#frist-dager').addEventListener('input', load);
  $('#frister .tilbake').addEventListener('click', leaveDeadlines);
}

/** Frister (`frister`); see app/screens.js. */
export const screen = { id: 'frister', open: openDeadlines, refresh: refreshDeadlines };
