// Månedsgjennomgang: the active measures one at a time, overdue ones first (the order comes
// from the core). Status with the keys 1–6, a note, the result; Ctrl+Enter saves and goes
// on. At the end it asks for the month's absence figures and offers to print the board.
import { api } from '../lib/api.js';
import { h, $, $$, nbDate } from '../lib/dom.js';
import { STATUSES, statusLabel } from '../lib/vocabulary.js';
import { answerOrShow, errorText } from '../lib/messages.js';
import { tracked } from '../lib/savequeue.js';
import { nav } from '../lib/nav.js';
import { t, currentLang } from '../lib/texts.js';

const st = { board: null, review: null, i: 0, saved: 0, changed: 0 };
let wired = false;
/** The language the status choices were worded in (they are worded again after Målform changes). */
let wordedIn = null;

/** Starts the monthly review of board `board`. */
export async function openReview(board) {
  wireOnce();
  const review = await answerOrShow(api.reviewList(board));
  if (review === undefined) return;
  st.board = board;
  st.review = review;
  st.i = 0;
  // By row id: going back with Forrige and saving again counts a measure once.
  st.saved = new Set();
  st.skipped = new Set();
  st.changed = new Set();
  nav.show('gjennomgang');
  $('#gj-tittel').textContent = t('fu-review-title', { title: review.title });
  showItem();
}

function item() {
  return st.review.items[st.i];
}

function showItem() {
  const items = st.review.items;
  if (st.i >= items.length) {
    showEnd();
    return;
  }
  $('#gj-kort').hidden = false;
  $('#gj-slutt').hidden = true;
  const it = item();
  $('#gj-framdrift').textContent = t('fu-review-progress', { i: st.i + 1, n: items.length });
  $('#gj-nr').textContent = t('fu-review-row', { n: it.number });
  $('#gj-frist').textContent = it.text.due ? t('fu-review-due', { date: nbDate(it.text.due) }) : '';
  $('#gj-forsinket').hidden = !it.overdue;
  $('#gj-tiltak').textContent = it.text.measure || it.text.goal;
  $('#gj-mal').textContent = it.text.goal || '—';
  $('#gj-ansvar').textContent = it.text.owner || '—';
  $('#gj-nar').textContent = it.text.when || '—';
  $('#gj-sist').textContent = it.last
    ? `${nbDate(it.last.on)}: ${statusLabel(it.last.status)}${it.last.note ? ` — ${it.last.note}` : ''}`
    : t('fu-review-no-changes');
  for (const radio of $$('#gj-status input')) radio.checked = radio.value === it.status;
  $('#gj-notat').value = '';
  $('#gj-resultat').value = it.text.result;
  $('#gj-feil').textContent = '';
  $('#gj-forrige').disabled = st.i === 0;
  checkedRadio().focus();
}

/** Whether the measure on screen has a status, note or result not yet saved (Ctrl+Enter). */
function reviewUnsaved() {
  const it = st.review && item();
  if ($('#gjennomgang').hidden || $('#gj-kort').hidden || !it) return false;
  return checkedRadio().value !== it.status || $('#gj-notat').value.trim() !== '' || $('#gj-resultat').value !== it.text.result;
}

const checkedRadio = () => $('#gj-status input:checked') || $('#gj-status input');

async function saveAndNext() {
  const it = item();
  if (!it) return;
  const status = checkedRadio().value;
  const note = $('#gj-notat').value;
  const result = $('#gj-resultat').value;
  const changed = status !== it.status || note.trim() !== '' || result !== it.text.result;
  if (changed) {
    try {
      await tracked(api.saveReview(it.row, status, note, result));
    } catch (err) {
      $('#gj-feil').textContent = errorText(err, 'fu-error-retry');
      return;
    }
    // What is on screen is now what is stored (for Forrige).
    it.status = status;
    it.text.result = result;
    if (note.trim()) it.last = { on: st.review.today, status, note: note.trim() };
    st.changed.add(it.row);
  }
  st.saved.add(it.row);
  st.skipped.delete(it.row);
  st.i += 1;
  showItem();
}

function skip() {
  const it = item();
  if (it && !st.saved.has(it.row)) st.skipped.add(it.row);
  st.i += 1;
  showItem();
}

function previous() {
  if (st.i === 0) return;
  st.i -= 1;
  showItem();
}

function showEnd() {
  $('#gj-kort').hidden = true;
  $('#gj-slutt').hidden = false;
  const n = st.review.items.length;
  const done = st.saved.size;
  const skipped = st.skipped.size;
  // One count everywhere: "gått gjennom" is saved (changed or not), "hoppet over" is not.
  $('#gj-framdrift').textContent = n ? t('fu-review-end-progress', { done, n }) : '';
  $('#gj-slutt-tittel').textContent = done === n ? t('fu-review-all-done') : t('fu-review-end');
  const parts = [t('fu-review-count-done', { done, n })];
  if (skipped) parts.push(t('fu-review-count-skipped', { n: skipped }));
  parts.push(t('fu-review-count-changed', { n: st.changed.size }));
  $('#gj-oppsummering').textContent = n === 0
    ? t('fu-review-no-active')
    : `${parts.join(', ')}.${st.changed.size ? ` ${t('fu-review-changes-saved')}` : ''}`;
  const m = st.review.month;
  $('#gj-maaned').textContent = m.label.toLowerCase();
  const f = $('#gj-fravaer');
  for (const name of ['pct', 'agreed', 'lost', 'self_certified']) f.elements[name].value = m[name];
  f.querySelector('.skjemafeil').textContent = '';
  $('#gj-hittil').textContent = '';
  (m.pct ? f.elements.pct : f.elements.agreed).focus();
}

async function saveMonth(ev) {
  ev.preventDefault();
  const f = $('#gj-fravaer');
  const m = st.review.month;
  const entry = { month: m.month };
  for (const name of ['pct', 'agreed', 'lost', 'self_certified']) entry[name] = f.elements[name].value;
  const errorBox = f.querySelector('.skjemafeil');
  errorBox.textContent = '';
  try {
    await tracked(api.setAbsence(st.board, entry));
    const table = await api.absenceTable(st.board);
    const s = table.check.summary;
    const figures = { ytd: s.year_to_date_text, basis: s.basis_text, gap: s.gap_text };
    $('#gj-hittil').textContent = !s.year_to_date_text
      ? t('fu-review-saved')
      : s.gap_text
        ? t('fu-review-saved-ytd-gap', figures)
        : t('fu-review-saved-ytd', figures);
    $('#gj-skriv-ut').focus();
  } catch (err) {
    errorBox.textContent = errorText(err, 'fu-error-retry');
  }
}

async function printBoard() {
  await nav.openBoard(st.board);
  $('#skriv-ut').click();
}

function keydown(ev) {
  if ($('#gjennomgang').hidden || $('#gj-kort').hidden || document.querySelector('dialog[open]')) return;
  if ((ev.ctrlKey || ev.metaKey) && ev.key === 'Enter') {
    ev.preventDefault();
    saveAndNext();
    return;
  }
  // 1–6 pick a status, except while typing text.
  const typing = ev.target.tagName === 'TEXTAREA' || (ev.target.tagName === 'INPUT' && ev.target.type !== 'radio');
  const n = Number(ev.key);
  if (!typing && !ev.ctrlKey && !ev.altKey && !ev.metaKey && n >= 1 && n <= STATUSES.length) {
    ev.preventDefault();
    const radio = $$('#gj-status input')[n - 1];
    radio.checked = true;
    radio.focus();
  }
}

/** The six statuses as choices, keys 1–6, in the current language. */
function wordStatuses() {
  if (wordedIn === currentLang()) return;
  wordedIn = currentLang();
  for (const old of $$('#gj-status label.valg')) old.remove();
  $('#gj-status').append(
    ...STATUSES.map(([code, label], i) =>
      h('label', { className: 'valg' }, h('input', { type: 'radio', name: 'gj-status', value: code }), ` ${i + 1} ${label}`)));
}

function wireOnce() {
  wordStatuses();
  if (wired) return;
  wired = true;
  $('#gj-lagre').addEventListener('click', saveAndNext);
  $('#gj-hopp').addEventListener('click', skip);
  $('#gj-forrige').addEventListener('click', previous);
  $('#gj-fravaer').addEventListener('submit', saveMonth);
  $('#gj-skriv-ut').addEventListener('click', printBoard);
}

/** Månedsgjennomgang (`gjennomgang`); see app/screens.js. */
export const screen = {
  id: 'gjennomgang',
  open: openReview,
  unsaved: () => (reviewUnsaved() ? t('ed-launch-review-unsaved') : null),
  keydown,
};
