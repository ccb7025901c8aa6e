// The status story of a row, as a small timeline under its status in the editor. An entry's
// date and note can be corrected; the core keeps the history in date order.
import { api } from './api.js';
import { h, fill, $, nbDate } from './dom.js';
import { statusLabel } from './vocabulary.js';
import { showError } from './messages.js';

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
    h('summary', {}, `Historikk (${history.length})`),
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
            title: 'Rett dato eller notat',
            attrs: { 'aria-label': `Rett endringen ${nbDate(entry.on)} (${statusLabel(entry.status)})` },
            onclick: () => askCorrection(rowId, ids[index], entry, onChanged),
          }, 'Rett'),
          ' ',
          h('button', {
            type: 'button',
            className: 'fjern',
            title: 'Fjern endringen (ført ved en feil)',
            attrs: { 'aria-label': `Fjern endringen ${nbDate(entry.on)} (${statusLabel(entry.status)})` },
            onclick: () => removeEntry(rowId, ids[index], onChanged),
          }, 'Fjern')))),
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
  $('#rett-tittel').textContent = `Rett statusendring «${statusLabel(entry.status)}» ${nbDate(entry.on)}`;
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
    form.querySelector('.skjemafeil').textContent = err && err.kind ? err.message : 'Noe gikk galt. Prøv igjen.';
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
