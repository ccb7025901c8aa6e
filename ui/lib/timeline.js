// The status story of a row, as a small timeline under its status in the editor. An entry's
// date and note can be corrected; the core keeps the history in date order.
import { api } from './api.js';
import { h, fill, $, nbDate } from './dom.js';
import { statusLabel } from './vocabulary.js';
import { showError, errorText } from './messages.js';
import { t } from './texts.js';

/** Rows whose timeline the user opened: they stay open when the board is drawn again. */
const open = new Set();
let target = null;
let wired = false;

/** Draws `history` (oldest first) of row `rowId` into `container`; `ids[i]` is the id of `history[i]`. */
export function renderTimeline(container, rowId, history, ids, onChanged) {
  wireOnce();
  if (!container) return;
  if (!history || history.length === 0 || rowId === null) {
    fill(container);
    return;
  }
  const details = h(
    'details',
    { className: 'tidslinje', open: open.has(rowId), ontoggle: () => (details.open ? open.add(rowId) : open.delete(rowId)) },
    h('summary', {}, t('ed-history', { count: history.length })),
    h('ol', {},
      history.map((entry, index) =>
        h('li', {},
          h('time', { dateTime: entry.on }, nbDate(entry.on)),
          ' ',
          h('strong', {}, statusLabel(entry.status)),
          entry.note ? h('span', { className: 'notat' }, ` — ${entry.note}`) : null,
          ' ',
          h('button', {
            type: 'button',
            className: 'rett',
            title: t('ed-history-correct-title'),
            attrs: { 'aria-label': t('ed-history-correct-label', { date: nbDate(entry.on), status: statusLabel(entry.status) }) },
            onclick: () => askCorrection(rowId, ids[index], entry, onChanged),
          }, t('ed-history-correct')),
          ' ',
          h('button', {
            type: 'button',
            className: 'fjern',
            title: t('ed-history-remove-title'),
            attrs: { 'aria-label': t('ed-history-remove-label', { date: nbDate(entry.on), status: statusLabel(entry.status) }) },
            onclick: () => removeEntry(rowId, ids[index], onChanged),
          }, t('ed-history-remove'))))),
  );
  fill(container, details);
}

async function removeEntry(rowId, entryId, onChanged) {
  try {
    await api.removeStatus(rowId, entryId);
  } catch (err) {
    showError(err);
    return;
  }
  await onChanged?.();
}

function askCorrection(rowId, entryId, entry, onChanged) {
  target = { rowId, entryId, onChanged };
  const form = $('#rett-form');
  form.on.value = nbDate(entry.on);
  form.note.value = entry.note || '';
  form.querySelector('.skjemafeil').textContent = '';
  $('#rett-tittel').textContent = t('ed-history-dialog-title', { status: statusLabel(entry.status), date: nbDate(entry.on) });
  $('#rettdialog').showModal();
  form.on.focus();
}

async function submit(ev) {
  ev.preventDefault();
  const form = $('#rett-form');
  if (!target) return;
  const { rowId, entryId, onChanged } = target;
  try {
    await api.correctStatus(rowId, entryId, form.on.value, form.note.value);
  } catch (err) {
    form.querySelector('.skjemafeil').textContent = errorText(err, 'ed-something-wrong');
    return;
  }
  target = null;
  $('#rettdialog').close('ok');
  await onChanged?.();
}

function wireOnce() {
  if (wired) return;
  wired = true;
  $('#rett-form').addEventListener('submit', submit);
  $('#rett-form .avbryt').addEventListener('click', () => $('#rettdialog').close('avbryt'));
  $('#rettdialog').addEventListener('close', () => { target = null; });
}
