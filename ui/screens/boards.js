// The boards of a file (`tavler`): the list, Ny tavle and the header form (`tavleskjema`),
// Ny tavle fra fjorårets (`fjoraret`) and Slett tavle (`slettdialog`).
import { api } from '../lib/api.js';
import { h, fill, $ } from '../lib/dom.js';
import { showError, notice, errorText } from '../lib/messages.js';
import { nav } from '../lib/nav.js';
import { app } from '../lib/openfile.js';
import { statusLabel } from '../lib/vocabulary.js';
import { t } from '../lib/texts.js';
import { openEditor, focusFirstGoal, headerVersion } from './editor.js';

export async function showBoards() {
  try {
    app.boards = await api.listBoards();
  } catch (err) {
    showError(err);
  }
  renderBoards();
}

export function renderBoards() {
  nav.show('tavler');
  $('#ingen-tavler').hidden = app.boards.length > 0;
  $('.tavleliste').hidden = app.boards.length === 0;
  $('#fra-fjoraret').disabled = app.boards.length === 0;
  fill(
    $('#tavleliste'),
    app.boards.map((b) =>
      h('tr', { data: { id: b.id } },
        h('td', {}, b.unit),
        h('td', {}, String(b.year)),
        h('td', {}, String(b.rows)),
        h('td', {},
          h('div', { className: 'tellere' },
            b.counts.filter((c) => c.count > 0).map((c) => h('span', { className: 'teller' }, `${statusLabel(c.status)} ${c.count}`)))),
        h('td', {}, h('button', { type: 'button', className: 'apne-tavle', onclick: () => startEditor(b.id) }, t('ed-open-board'))),
        h('td', {}, h('button', {
          type: 'button',
          className: 'board-delete',
          attrs: { 'aria-label': t('ed-delete-board-named', { unit: b.unit, year: String(b.year) }) },
          onclick: () => askDeleteBoard(b),
        }, t('ed-delete-board')))),
    ),
  );
}

export function startEditor(id) {
  nav.show('editor');
  return openEditor(id, { onHeader: editHeader, onBack: showBoards });
}

/** The list is read again when another window or the `tavle` command changed the file. */
export const screen = { id: 'tavler', open: showBoards, refresh: showBoards };

// ---------- dialogs ----------

/** Wires a <dialog> with a form: `submit` returns true to close it; errors show inside. */
function formDialog(id, submit) {
  const dialog = $(`#${id}`);
  const form = dialog.querySelector('form');
  const errorBox = form.querySelector('.skjemafeil');
  form.querySelector('.avbryt').addEventListener('click', () => dialog.close('avbryt'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    errorBox.textContent = '';
    for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    try {
      if (await submit(form)) dialog.close('ok');
    } catch (err) {
      errorBox.textContent = errorText(err, 'ed-something-wrong');
      // The core names the field the message is about: mark it and put the cursor there.
      const field = err?.field ? form.elements[err.field] : null;
      if (field instanceof HTMLElement) {
        field.setAttribute('aria-invalid', 'true');
        field.focus();
      }
    }
  });
  return {
    open() {
      errorBox.textContent = '';
      dialog.showModal();
    },
    dialog,
    form,
  };
}

let headerTarget = null; // board id when editing, null for a new board

/** Ny tavle without Enhet: said at the field, which gets the focus. Returns false then. */
function checkUnit(form) {
  const field = form.unit;
  const box = $('#enhet-feil');
  const empty = field.value.trim() === '';
  box.textContent = empty ? t('ed-unit-missing') : '';
  box.hidden = !empty;
  if (empty) {
    field.setAttribute('aria-invalid', 'true');
    field.focus();
  } else field.removeAttribute('aria-invalid');
  return !empty;
}

const boardForm = formDialog('tavleskjema', async (form) => {
  if (!checkUnit(form)) return false;
  const header = {
    title: 'Forbedringstavle',
    unit: form.unit.value.trim(),
    // År and Mål are sent as typed: the core reads them and names the field it refuses.
    year: form.year.value,
    main_goal: form.main_goal.value,
    focus: form.elements.focus.value,
    target_pct: form.target_pct.value,
    sector: form.sector.value.trim(),
    staff: form.staff.value,
  };
  if (headerTarget === null) {
    const id = await api.createBoard(header);
    // A new board: straight into row 1's Mål, ready to type.
    startEditor(id).then(focusFirstGoal);
  } else {
    header.title = form.dataset.title || header.title;
    try {
      headerFormVersion = await api.updateBoardHeader(headerTarget, header, headerFormVersion);
    } catch (err) {
      if (err && err.kind === 'conflict') await headerConflict(err);
      throw err;
    }
    startEditor(headerTarget);
  }
  return true;
});

let headerFormVersion = null;

/**
 * The header was changed elsewhere while the form was open: what is typed stays in the
 * form, what the other place wrote is said, and "Lagre" again stores what is typed.
 */
async function headerConflict(err) {
  const view = await api.loadBoard(headerTarget);
  headerFormVersion = view.version;
  // Field by field: what the user did not change takes the other value; what was typed stays.
  const theirs = headerFields(view.board);
  const f = boardForm.form;
  const clashes = [];
  for (const [name, id] of [['unit', 'ed-field-unit'], ['year', 'ed-field-year'], ['main_goal', 'ed-field-main-goal'], ['focus', 'ed-field-focus'], ['target_pct', 'ed-field-target'], ['sector', 'ed-field-sector'], ['staff', 'ed-field-staff']]) {
    const field = f.elements[name];
    if (field.value === headerBase[name]) field.value = theirs[name];
    else if (theirs[name] !== headerBase[name] && theirs[name] !== field.value) clashes.push(t('ed-clash-item', { label: t(id), text: theirs[name] || t('ed-empty-value') }));
  }
  headerBase = theirs;
  err.message = clashes.length
    ? t('ed-header-conflict-clash', { message: err.message, clashes: clashes.join(' · ') })
    : t('ed-header-conflict-merged', { message: err.message });
}

let headerBase = {};

/** The header as the form shows it. */
function headerFields(b) {
  return {
    unit: b.unit,
    year: String(b.year),
    main_goal: b.main_goal,
    focus: b.focus,
    target_pct: b.target_pct === null ? '' : String(b.target_pct).replace('.', ','),
    sector: b.sector || '',
    staff: b.staff == null ? '' : String(b.staff).replace('.', ','),
  };
}

function newBoard() {
  headerTarget = null;
  const f = boardForm.form;
  f.reset();
  f.year.value = String(new Date().getFullYear());
  $('#tavleskjema-tittel').textContent = t('ed-header-new-title');
  $('#tavleskjema-ok').textContent = t('ed-header-new-ok');
  boardForm.open();
  checkUnitReset(f);
  f.unit.focus();
}

function checkUnitReset(f) {
  $('#enhet-feil').hidden = true;
  f.unit.removeAttribute('aria-invalid');
}

function editHeader(view) {
  headerTarget = view.id;
  headerFormVersion = view.version ?? headerVersion();
  const f = boardForm.form;
  const b = view.board;
  f.dataset.title = b.title;
  f.unit.value = b.unit;
  f.year.value = String(b.year);
  f.main_goal.value = b.main_goal;
  f.elements.focus.value = b.focus;
  f.target_pct.value = b.target_pct === null ? '' : String(b.target_pct).replace('.', ',');
  f.sector.value = b.sector || '';
  f.staff.value = b.staff == null ? '' : String(b.staff).replace('.', ',');
  headerBase = headerFields(b);
  $('#tavleskjema-tittel').textContent = t('ed-header-edit-title');
  $('#tavleskjema-ok').textContent = t('ed-header-edit-ok');
  boardForm.open();
}

const fromForm = formDialog('fjoraret', async (form) => {
  const id = await api.newBoardFrom(Number(form.from.value), form.year.value);
  notice(t('ed-board-from-last-year'));
  startEditor(id);
  return true;
});

function newBoardFromLastYear() {
  const f = fromForm.form;
  const sorted = [...app.boards].sort((a, b) => b.year - a.year);
  fill(f.from, sorted.map((b) => h('option', { value: String(b.id) }, `${b.unit} ${b.year}`)));
  const pickYear = () => {
    const b = app.boards.find((x) => String(x.id) === f.from.value);
    if (b) f.year.value = String(b.year + 1);
  };
  f.from.onchange = pickYear;
  pickYear();
  fromForm.open();
}

// ---------- Slett tavle … ----------

let boardToDelete = null;

/** «Slett tavle …»: a confirmation that names the unit and year; a backup is taken first. */
function askDeleteBoard(board) {
  boardToDelete = board;
  const dialog = $('#slettdialog');
  const names = { unit: board.unit, year: String(board.year), rows: board.rows };
  fill($('#slett-tittel'), t('ed-delete-title', names));
  fill($('#slett-hva'), t('ed-delete-what', names));
  fill($('#slett-ok'), t('ed-delete-confirm', names));
  dialog.querySelector('.skjemafeil').textContent = '';
  dialog.showModal();
  dialog.querySelector('.avbryt').focus();
}

formDialog('slettdialog', async () => {
  const board = boardToDelete;
  if (!board) return true;
  await api.deleteBoard(board.id);
  notice(t('ed-board-deleted', { unit: board.unit, year: String(board.year) }), { ms: 9000 });
  boardToDelete = null;
  showBoards();
  return true;
});

/** Wires the list's buttons and the header form's Enhet. */
export function initBoards() {
  $('#ny-tavle').addEventListener('click', newBoard);
  $('#fra-fjoraret').addEventListener('click', newBoardFromLastYear);
  $('#tavleskjema-form').unit.addEventListener('input', (ev) => {
    if (ev.target.value.trim()) checkUnitReset(ev.target.form);
  });
}
