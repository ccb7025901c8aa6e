// The board editor: the seven columns as a grid of growing text fields. Every edit is saved
// at once (debounced while typing, immediately on leaving the cell); a new row is a draft
// until it has a goal or a measure, because the core refuses a row with neither.
import { api } from '../lib/api.js';
import { h, fill, $, $$, nbDate, nbPct, todayIso } from '../lib/dom.js';
import { showError, notice, answerOrShow, saving, errorText } from '../lib/messages.js';
import { SaveQueue, tracked } from '../lib/savequeue.js';
import { FIELDS, STATUSES, statusLabel, defaultPaper, textFields, choiceFields, fieldLabel } from '../lib/vocabulary.js';
import { renderTimeline } from '../lib/timeline.js';
import { printToPdf } from '../lib/nav.js';
import { t } from '../lib/texts.js';

// The columns' names, in the app's language, from the core's table of a row's fields
// (asked for each time: Målform can change).
const label = fieldLabel;
// A Frist typed whole (dd.mm.åååå or åååå-mm-dd), or emptied: what the core reads.
const WHOLE_DATE = /^\s*(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{1,2}-\d{1,2})?\s*$/;
// The title a board gets when nobody typed one: kept in the file as is, shown in the app's language.
const DEFAULT_TITLE = 'Forbedringstavle';
// A large board is drawn a screenful first and the rest in slices after it is painted, so
// opening 300 rows shows the top at once instead of freezing for a second (scripts/bench-app).
const FIRST_ROWS = 40;
const ROWS_PER_SLICE = 60;
let rowsDrawing = 0;

const ed = {
  id: null,
  view: null,
  rows: [],
  undo: [],
  handlers: {},
  nextKey: 1,
  // The saves started when the editor was left (closeEditor), awaited before quitting.
  leaving: Promise.resolve(),
};

let wired = false;

/** Opens board `id` in the editor. */
export async function openEditor(id, handlers) {
  wireOnce();
  ed.handlers = handlers;
  if (ed.id !== id) ed.undo = [];
  ed.id = id;
  fill($('#rader'));
  fillStatusFilter();
  fillChoiceFilter();
  $('#sok').value = '';
  $('#filter-status').value = '';
  $('#filter-ansvar').value = '';
  await reload();
}

/** Puts the cursor in row 1's Mål; a board without rows gets its first (new) row. */
export function focusFirstGoal() {
  if (ed.id === null) return;
  if (ed.rows.length === 0) newRow('goal');
  else ed.rows[0].tr.querySelector('[data-field="goal"]').focus();
}

/**
 * Saves every pending edit of the editor; true when nothing typed is left unsaved (a draft
 * row with text but neither goal nor measure cannot be stored, so it counts as unsaved).
 */
export async function saveEditor() {
  // Saves started when the editor was left still count.
  await ed.leaving;
  if (ed.id === null) return true;
  await flushAll();
  return ed.rows.every((r) => (r.id === null ? Object.values(readText(r)).every((v) => !v.trim()) : same(readText(r), r.saved)));
}

/** Reads the board again after another window or the `tavle` command changed the file. */
export async function refreshEditor() {
  if (ed.id === null) return;
  await reload();
}

/** Leaves the editor: pending edits are saved first. */
export function closeEditor() {
  if (ed.id === null) return;
  ed.leaving = flushAll();
  ed.id = null;
  ed.view = null;
  ed.rows = [];
}

function flushAll() {
  return Promise.all(ed.rows.map((r) => saveRow(r)));
}

/** Loads the board again, keeps unsaved drafts, and puts the focus back where it was. */
async function reload(focus = currentFocus()) {
  const boardId = ed.id;
  await flushAll();
  const view = await answerOrShow(api.loadBoard(boardId));
  if (view === undefined) return;
  if (ed.id !== boardId) return;
  ed.view = view;
  const drafts = ed.rows.filter((r) => r.id === null);
  // Text typed but not saved (refused as changed elsewhere) stays in its fields.
  const typed = new Map(ed.rows.filter((r) => r.id !== null && !same(readText(r), r.saved)).map((r) => [r.id, readText(r)]));
  ed.rows = view.board.rows.map((row, i) => makeRow(row, view.row_ids[i], view.overdue[i], view.history_ids[i], view.row_versions[i]));
  for (const r of ed.rows) {
    const text = typed.get(r.id);
    if (!text) continue;
    for (const [field, value] of Object.entries(text)) r.tr.querySelector(`[data-field="${field}"]`).value = value;
  }
  ed.rows.push(...drafts);
  renderHeader();
  // Drawn in slices unless the focus goes back to a row further down.
  const focusAt = focus ? ed.rows.findIndex((r) => (focus.id != null && r.id === focus.id) || r.key === focus.key) : -1;
  renderRows({ progressive: focusAt < FIRST_ROWS });
  restoreFocus(focus);
}

function renderHeader() {
  const b = ed.view.board;
  const title = b.title === DEFAULT_TITLE ? t('ed-board-title-default') : b.title;
  $('#tavletittel').textContent = `${title} · ${b.unit} ${b.year}`;
  $('#hovedmal').textContent = b.main_goal || '—';
  $('#fokus').textContent = b.focus || '—';
  $('#malpct').textContent = b.target_pct === null ? '—' : nbPct(b.target_pct);
}

// ---------- rows ----------

/** The row's fields as the editor holds them: text as typed, a choice's code ('' for none). */
function textOf(row) {
  const text = {};
  for (const f of FIELDS) {
    if (f.text || f.kind === 'choice') text[f.code] = row[f.code] ?? '';
    // The due date as the field shows it, dd.mm.åååå; the core reads what is typed.
    else if (f.kind === 'date') text[f.code] = nbDate(row[f.code]);
  }
  return text;
}

/** What is sent to the core: a choice left at «–» is none. */
function formOf(text) {
  const form = { ...text };
  for (const f of choiceFields()) form[f.code] = text[f.code] || null;
  return form;
}

function makeRow(data, id, overdue, historyIds = [], version = null) {
  const row = {
    key: ed.nextKey++,
    // The row's version in the file when it was read: sent with each save.
    version,
    // The board the row belongs to, kept so a late save never lands on another board.
    board: ed.id,
    id: id ?? null,
    saved: id === null || id === undefined ? null : textOf(data),
    status: data.status || 'not_started',
    history: data.history || [],
    // The entries' ids: a correction names the entry, not its place in the list.
    historyIds: historyIds || [],
    overdue: !!overdue,
  };
  row.queue = new SaveQueue(() => writeRow(row));
  row.tr = buildTr(row, textOf(data));
  return row;
}

function cell(row, field, value) {
  const ta = h('textarea', {
    className: 'celle',
    value,
    rows: 1,
    data: { field },
    attrs: { 'aria-label': label(field), spellcheck: 'true' },
    oninput: (ev) => {
      fitWhileTyping(ta, ev);
      scheduleSave(row);
    },
    onblur: () => saveRow(row),
    onkeydown: (ev) => cellKeydown(ev, row, field),
  });
  return ta;
}

/** A choice field's drop-down («–» for none), saved at once like a cell left. */
function choice(row, field, value) {
  const select = h(
    'select',
    {
      className: `tiltaksvalg valg-${field.code}`,
      data: { field: field.code },
      attrs: { 'aria-label': field.label, title: field.label },
      onchange: () => saveRow(row),
      onkeydown: (ev) => cellKeydown(ev, row, field.code),
    },
    h('option', { value: '' }, t('ed-choice-none')),
    field.choices.map((c) => h('option', { value: c.code }, c.text)),
  );
  select.value = value;
  return select;
}

function buildTr(row, text) {
  // A text field, not <input type=date>: that one shows the system's format (mm/dd/yyyy on
  // an English system); Tavle writes dates dd.mm.åååå everywhere and the core reads them.
  const due = h('input', {
    type: 'text',
    className: 'frist',
    value: text.due,
    placeholder: t('ed-date-placeholder'),
    data: { field: 'due' },
    attrs: { 'aria-label': label('due'), inputmode: 'numeric', autocomplete: 'off', title: t('ed-due-title') },
    // Saved as typed, like the other cells, once it is a whole date (or emptied); a date
    // half typed waits for the rest or for leaving the field, and the top bar does not say
    // «Lagret» meanwhile.
    oninput: () => {
      if (WHOLE_DATE.test(due.value)) scheduleSave(row);
      else {
        row.queue.cancel();
        saving('');
      }
    },
    onchange: () => saveRow(row),
    onkeydown: (ev) => cellKeydown(ev, row, 'due'),
  });
  const dueError = h('div', { className: 'feltfeil', hidden: true, attrs: { role: 'alert' } });
  // Arrow keys only move the choice (WebKit changes the value at once): the dialog opens
  // on Enter, when leaving the field, or on a pick with the mouse.
  let keyed = false;
  const status = h(
    'select',
    {
      className: 'status',
      attrs: { 'aria-label': t('ed-status-select-label') },
      onkeydown: (ev) => {
        if (['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'].includes(ev.key)) keyed = true;
        else if (ev.key === 'Enter' && status.value !== row.status) {
          ev.preventDefault();
          keyed = false;
          askStatus(row, status.value);
        } else if (ev.key === 'Escape' && status.value !== row.status) {
          keyed = false;
          status.value = row.status;
        }
      },
      onchange: () => {
        if (!keyed) askStatus(row, status.value);
      },
      onblur: () => {
        if (keyed && status.value !== row.status && !document.querySelector('dialog[open]')) askStatus(row, status.value);
        keyed = false;
      },
      onmousedown: () => { keyed = false; },
    },
    STATUSES.map(([code, name]) => h('option', { value: code }, name)),
  );
  status.value = row.status;
  // A column per field of the core's table, as on the printed board; a field shown under
  // another (Frist under Når?, the choices under Tiltak) goes into that one's cell.
  const below = (f) => FIELDS.filter((g) => g.under === f.code).flatMap((g) => {
    if (g.kind === 'date') return [due, dueError];
    if (g.kind === 'choice') return [choice(row, g, text[g.code])];
    return [];
  });
  const columns = FIELDS.filter((f) => !f.under).map((f) => {
    const own = f.kind === 'status'
      ? [status, h('div', { className: 'status-info' }), h('span', { className: 'merke-forsinket', hidden: true }, t('ed-overdue-badge')), h('div', { className: 'tidslinje-plass' })]
      : [cell(row, f.code, text[f.code])];
    return h('td', {}, ...own, ...below(f));
  });
  const tr = h(
    'tr',
    { data: { key: row.key } },
    h('td', { className: 'nr' }),
    ...columns,
    h('td', {},
      h('div', { className: 'knapper' },
        h('button', { type: 'button', className: 'opp', title: t('ed-move-up-title'), attrs: { 'aria-label': t('ed-move-up-label') }, onclick: () => moveRow(row, -1) }, '↑'),
        h('button', { type: 'button', className: 'ned', title: t('ed-move-down-title'), attrs: { 'aria-label': t('ed-move-down-label') }, onclick: () => moveRow(row, 1) }, '↓'),
        h('button', { type: 'button', className: 'slett', title: t('ed-delete-row'), attrs: { 'aria-label': t('ed-delete-row') }, onclick: () => deleteRow(row) }, '✕'))),
  );
  if (row.id !== null) tr.dataset.id = String(row.id);
  else tr.classList.add('utkast');
  return tr;
}

/**
 * Puts the rows in the table. `progressive`: only the first FIRST_ROWS now, the rest in
 * slices after the first paint (opening a board); otherwise all at once (after an edit,
 * where the focus goes to a row that must be there).
 */
function renderRows({ progressive = false } = {}) {
  performance.mark('tavle:rows-start');
  const drawing = ++rowsDrawing;
  const now = progressive ? ed.rows.slice(0, FIRST_ROWS) : ed.rows;
  $('#rader').replaceChildren(...now.map((r) => r.tr));
  ed.rows.forEach((r, i) => {
    r.tr.querySelector('.nr').textContent = String(i + 1);
    renderStatus(r);
  });
  $('#ingen-rader').hidden = ed.rows.length > 0;
  fillOwnerFilter();
  applyFilter();
  // Until the rows are painted: what scripts/bench-app reports as the board's render time.
  afterPaint(() => {
    performance.measure('tavle:rows', 'tavle:rows-start');
    if (now.length < ed.rows.length) drawRest(drawing, now.length);
    else performance.measure('tavle:rows-all', 'tavle:rows-start');
  });
}

/** The rows after `from`, a slice per frame, unless the rows were drawn again meanwhile. */
function drawRest(drawing, from) {
  if (drawing !== rowsDrawing) return;
  const slice = ed.rows.slice(from, from + ROWS_PER_SLICE);
  $('#rader').append(...slice.map((r) => r.tr));
  growAll(slice.filter((r) => !r.tr.hidden).flatMap((r) => $$('textarea.celle', r.tr)));
  const next = from + slice.length;
  afterPaint(() => {
    if (next < ed.rows.length) drawRest(drawing, next);
    else if (drawing === rowsDrawing) performance.measure('tavle:rows-all', 'tavle:rows-start');
  });
}

/**
 * Runs `f` right after the next frame is painted, or after 50 ms if no frame comes (WebKit
 * holds frames back for a window it thinks is hidden; the rows must still arrive).
 */
function afterPaint(f) {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    setTimeout(f);
  };
  requestAnimationFrame(go);
  setTimeout(go, 50);
}

function renderStatus(row) {
  const info = row.tr.querySelector('.status-info');
  const last = row.history[row.history.length - 1];
  info.textContent = last ? `${t('ed-status-since', { date: nbDate(last.on) })}${last.note ? ` — ${last.note}` : ''}` : '';
  row.tr.querySelector('.status').value = row.status;
  row.tr.classList.toggle('forsinket', row.overdue);
  row.tr.querySelector('.merke-forsinket').hidden = !row.overdue;
  renderTimeline(row.tr.querySelector('.tidslinje-plass'), row.id, row.history, row.historyIds, () => reload({ id: row.id, selector: '.status' }));
}

/**
 * A cell after a key: most keys leave the number of lines as it was, and changing a cell's
 * height makes WebKit lay the whole table out again (about 200 ms per key at 300 rows). So
 * the height is only touched when the text no longer fits, or when text went away.
 */
function fitWhileTyping(ta, ev) {
  const typed = ev.inputType === 'insertText' || ev.inputType === 'insertLineBreak';
  if (!typed) growAll([ta]);
  else if (ta.scrollHeight > ta.clientHeight) ta.style.height = `${ta.scrollHeight + 2}px`;
}

/**
 * Many textareas at once: all are set to auto, then all measured, then all given their
 * height, so the table is laid out once instead of once per cell (a 300-row board has
 * 1 800 cells).
 */
function growAll(areas) {
  for (const ta of areas) ta.style.height = 'auto';
  const heights = areas.map((ta) => ta.scrollHeight);
  areas.forEach((ta, i) => {
    ta.style.height = `${heights[i] + 2}px`;
  });
}

function readText(row) {
  const get = (f) => row.tr.querySelector(`[data-field="${f}"]`).value;
  const text = {};
  for (const f of textFields()) text[f] = get(f);
  text.due = get('due').trim();
  for (const f of choiceFields()) text[f.code] = get(f.code);
  return text;
}

const same = (a, b) => !!a && !!b && Object.keys(a).every((k) => a[k] === b[k]);

function scheduleSave(row) {
  row.queue.later();
}

/** Saves the row if it changed; saves of one row run one after another, never crossed. */
function saveRow(row) {
  return row.queue.now();
}

async function writeRow(row) {
  const text = readText(row);
  if (same(text, row.saved)) {
    // Put back as it was saved (a wrong date typed over, then the right one again).
    showDueError(row, null);
    return;
  }
  const boardId = row.board;
  if (row.id === null) {
    // A draft: stored once it has a goal or a measure (the core's rule, the same as in
    // Til tavla and imports). Text typed elsewhere is kept on screen, and the leader is told.
    if (!text.goal.trim() && !text.measure.trim()) {
      if (Object.values(text).some((v) => v.trim())) {
        notice(t('ed-draft-not-saved'), { ms: 8000, id: 'utkast' });
      }
      return;
    }
    try {
      // The core returns the row as saved: its id, the due date as stored, Forsinket.
      const saved = await tracked(api.addRow(boardId, formOf(text), storedPosition(row)));
      row.id = saved.id;
      row.tr.dataset.id = String(row.id);
      row.tr.classList.remove('utkast');
      afterSave(row, text, saved);
    } catch (err) {
      refused(row, err);
    }
    return;
  }
  try {
    afterSave(row, text, await tracked(api.updateRow(row.id, formOf(text), row.version)));
    if (document.activeElement?.dataset.field !== 'owner') fillOwnerFilter();
  } catch (err) {
    refused(row, err);
  }
}

/** Shows the due date as the core stored it (dd.mm.åååå) and the core's Forsinket flag. */
function afterSave(row, text, saved) {
  const field = row.tr.querySelector('[data-field="due"]');
  const shown = nbDate(saved.due);
  // Only when it still holds what was sent: never overwrite what is being typed.
  if (field.value.trim() === text.due) field.value = shown;
  row.saved = { ...text, due: shown };
  row.version = saved.version;
  row.overdue = saved.overdue;
  showDueError(row, null);
  renderStatus(row);
}

/** A refused save: a wrong Frist is told at the field, anything else in the message area. */
function refused(row, err) {
  if (err && err.kind === 'conflict') {
    conflict(row, err);
    return;
  }
  if (err && err.kind === 'invalid' && err.field === 'due') {
    // The field is labelled Frist already: a date that is not a date is said without the
    // field's name (the catalogue's own wording of it), and with which date is still in force.
    const kept = row.saved && row.saved.due ? t('ed-due-kept', { due: row.saved.due }) : t('ed-due-none');
    const what = err.code === 'core-due-invalid' ? t('core-due-invalid-value', err.args) : err.message;
    showDueError(row, `${what} ${kept}`);
  } else {
    showError(err);
  }
}

/**
 * The row was changed elsewhere since it was read. Field by field: what the user did not
 * touch takes the other text; what the user typed stays. Where both changed the same field,
 * the other text is shown beside (in the message) with a button to take it instead. The
 * row's version is brought up to date, so the next save stores both.
 */
async function conflict(row, err) {
  let view;
  try {
    view = await api.loadBoard(row.board);
  } catch (loadErr) {
    showError(loadErr);
    return;
  }
  const i = view.row_ids.indexOf(row.id);
  if (i < 0) {
    showError({ kind: 'not_found', message: t('ed-row-gone') });
    return;
  }
  const base = row.saved || {};
  const theirs = textOf(view.board.rows[i]);
  const typed = readText(row);
  const clashes = [];
  for (const f of Object.keys(theirs)) {
    const field = row.tr.querySelector(`[data-field="${f}"]`);
    if (!field) continue;
    if (typed[f] === (base[f] ?? '')) field.value = theirs[f];
    else if (theirs[f] !== (base[f] ?? '') && theirs[f] !== typed[f]) clashes.push(f);
  }
  growAll($$('textarea.celle', row.tr));
  row.version = view.row_versions[i];
  row.saved = theirs;
  row.status = view.board.rows[i].status;
  row.history = view.board.rows[i].history;
  renderStatus(row);
  if (clashes.length === 0) {
    // Different fields changed: both changes go into the file together.
    if (Object.keys(theirs).some((f) => typed[f] !== theirs[f])) {
      notice(t('ed-row-merged'), { ms: 8000, id: 'samtidig' });
    }
    saveRow(row);
    return;
  }
  const shown = clashes.map((f) => t('ed-clash-item', { label: label(f), text: theirs[f] || t('ed-empty-value') })).join(' · ');
  const msg = showError({
    kind: 'conflict',
    message: t('ed-row-clash', { message: err.message, clashes: shown }),
  });
  msg.el.insertBefore(
    h('button', {
      type: 'button',
      className: 'handling',
      onclick: () => {
        for (const f of clashes) row.tr.querySelector(`[data-field="${f}"]`).value = theirs[f];
        growAll($$('textarea.celle', row.tr));
        msg.close();
      },
    }, t('ed-use-other-text')),
    msg.el.querySelector('.lukk'),
  );
}

function showDueError(row, message) {
  const box = row.tr.querySelector('.feltfeil');
  const field = row.tr.querySelector('[data-field="due"]');
  box.textContent = message || '';
  box.hidden = !message;
  if (message) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
}

/** The row's position among the rows that are stored (drafts do not count). */
function storedPosition(row) {
  let n = 0;
  for (const r of ed.rows) {
    if (r === row) return n;
    if (r.id !== null) n += 1;
  }
  return null; // no longer on screen (the editor moved on): last
}

function newRow(focusField = 'goal') {
  // An empty new row already there is used again: Ctrl+N twice gives one row, not two.
  const empty = ed.rows.find((r) => r.id === null && Object.values(readText(r)).every((v) => !v.trim()));
  if (empty) {
    empty.tr.hidden = false;
    empty.tr.querySelector(`[data-field="${focusField}"]`).focus();
    empty.tr.scrollIntoView({ block: 'nearest' });
    return;
  }
  const row = makeRow({}, null, false);
  ed.rows.push(row);
  renderRows();
  row.tr.querySelector(`[data-field="${focusField}"]`).focus();
  row.tr.scrollIntoView({ block: 'nearest' });
}

async function moveRow(row, delta) {
  const i = ed.rows.indexOf(row);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= ed.rows.length) return;
  const focus = currentFocus();
  await saveRow(row);
  const order = [...ed.rows];
  [order[i], order[j]] = [order[j], order[i]];
  if (row.id !== null) {
    let pos = 0;
    for (const r of order) {
      if (r === row) break;
      if (r.id !== null) pos += 1;
    }
    try {
      await tracked(api.moveRow(row.id, pos));
    } catch (err) {
      showError(err);
      return;
    }
  }
  ed.rows = order;
  renderRows();
  restoreFocus(focus);
}

async function deleteRow(row) {
  const i = ed.rows.indexOf(row);
  row.queue.cancel();
  await row.queue.settled();
  if (row.id !== null) {
    try {
      const deleted = await api.deleteRow(row.id);
      ed.undo.push(deleted);
    } catch (err) {
      showError(err);
      return;
    }
    notice(t('ed-row-deleted'), { action: { label: t('ed-undo'), run: undoDelete }, ms: 15000, id: 'angre' });
  }
  ed.rows = ed.rows.filter((r) => r !== row);
  renderRows();
  const next = ed.rows[Math.min(i, ed.rows.length - 1)];
  if (next) next.tr.querySelector('[data-field="goal"]').focus();
  else $('#ny-rad').focus();
}

async function undoDelete() {
  const deleted = ed.undo.pop();
  if (!deleted) return;
  $('#meldinger [data-id="angre"]')?.remove();
  try {
    const id = await api.restoreRow(deleted);
    await reload({ id, field: 'goal' });
    notice(t('ed-row-back'), { ms: 3000 });
  } catch (err) {
    ed.undo.push(deleted);
    showError(err);
  }
}

// ---------- status ----------

let statusTarget = null;

function askStatus(row, status) {
  if (row.id === null) {
    row.tr.querySelector('.status').value = row.status;
    showError({ kind: 'invalid', message: t('ed-status-needs-text') });
    return;
  }
  statusTarget = { row, status };
  const dialog = $('#statusdialog');
  const form = $('#status-form');
  form.reset();
  // The same dd.mm.åååå as Frist, never the system's date format.
  form.on.value = nbDate(todayIso());
  form.querySelector('.skjemafeil').textContent = '';
  $('#status-tittel').textContent = t('ed-status-dialog-title', { status: statusLabel(status) });
  dialog.showModal();
  form.note.focus();
}

async function submitStatus(ev) {
  ev.preventDefault();
  const form = $('#status-form');
  const { row, status } = statusTarget;
  try {
    const changed = await tracked(api.changeStatus(row.id, status, form.on.value || null, form.note.value));
    // The same status as the one in force that day: the core wrote nothing; say so.
    if (changed === false) notice(t('ed-status-unchanged', { status: statusLabel(status) }), { ms: 6000 });
  } catch (err) {
    form.querySelector('.skjemafeil').textContent = errorText(err, 'ed-something-wrong');
    return;
  }
  $('#statusdialog').close('ok');
  statusTarget = null;
  await reload({ id: row.id, selector: '.status' });
}

function cancelStatus() {
  if (statusTarget) statusTarget.row.tr.querySelector('.status').value = statusTarget.row.status;
  statusTarget = null;
}

// ---------- filter and search ----------

/** The statuses in the filter, in the app's language (Målform may have changed since last). */
function fillStatusFilter() {
  const select = $('#filter-status');
  const codes = new Set(STATUSES.map(([code]) => code));
  for (const option of [...select.options]) if (codes.has(option.value)) option.remove();
  for (const [code, name] of STATUSES) select.append(h('option', { value: code }, name));
}

/** Tiltakstype and Innsats in one filter, a group each («kind:basis»), in the app's language. */
function fillChoiceFilter() {
  const select = $('#filter-valg');
  fill(select, h('option', { value: '' }, t('ui-ed-filter-all')), choiceFields().map((f) =>
    h('optgroup', { attrs: { label: f.label } }, f.choices.map((c) => h('option', { value: `${f.code}:${c.code}` }, c.text)))));
  select.value = '';
}

function fillOwnerFilter() {
  const select = $('#filter-ansvar');
  const chosen = select.value;
  const owners = [...new Set(ed.rows.map((r) => r.tr.querySelector('[data-field="owner"]').value.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'nb'));
  fill(select, h('option', { value: '' }, t('ed-owner-all')), owners.map((o) => h('option', { value: o }, o)));
  select.value = owners.includes(chosen) ? chosen : '';
}

function applyFilter() {
  const status = $('#filter-status').value;
  const owner = $('#filter-ansvar').value;
  const [choiceField, choiceCode] = $('#filter-valg').value.split(':');
  const words = $('#sok').value.trim().toLowerCase();
  let shown = 0;
  for (const r of ed.rows) {
    const text = readText(r);
    const ok =
      (status === '' || (status === 'overdue' ? r.overdue : r.status === status)) &&
      (owner === '' || text.owner.trim() === owner) &&
      (!choiceCode || text[choiceField] === choiceCode) &&
      (words === '' || textFields().some((f) => text[f].toLowerCase().includes(words)));
    r.tr.hidden = !ok;
    if (ok) shown += 1;
  }
  $('#ingen-treff').hidden = !(ed.rows.length > 0 && shown === 0);
  growAll($$('tr:not([hidden]) textarea.celle', $('#rader')));
}

// ---------- keyboard and focus ----------

function cellKeydown(ev, row, field) {
  if (ev.key === 'Enter' && !ev.shiftKey && !ev.altKey && !ev.ctrlKey) {
    // Enter moves down a row, like a spreadsheet; Shift+Enter is a new line in the cell.
    ev.preventDefault();
    saveRow(row);
    const visible = ed.rows.filter((r) => !r.tr.hidden);
    const next = visible[visible.indexOf(row) + 1];
    if (next) next.tr.querySelector(`[data-field="${field}"]`).focus();
    // A new row starts where a row starts: at Mål.
    else newRow('goal');
  }
}

/** Shortcuts of the editor (while it shows and no dialog is open). */
export function editorKeydown(ev) {
  const ctrl = ev.ctrlKey || ev.metaKey;
  const key = ev.key.toLowerCase();
  if (ctrl && key === 'n') {
    ev.preventDefault();
    newRow();
  } else if (ctrl && key === 'p') {
    ev.preventDefault();
    openPrint();
  } else if (ctrl && key === 'z' && !ev.shiftKey && ed.undo.length > 0 && $('#meldinger [data-id="angre"]')) {
    // While "Rad slettet — Angre" shows, Ctrl+Z brings the row back; otherwise it is the
    // text field's own undo.
    ev.preventDefault();
    undoDelete();
  } else if (ev.altKey && (ev.key === 'ArrowUp' || ev.key === 'ArrowDown')) {
    const tr = ev.target.closest?.('#rader tr');
    const row = tr && ed.rows.find((r) => r.tr === tr);
    if (row) {
      ev.preventDefault();
      moveRow(row, ev.key === 'ArrowUp' ? -1 : 1);
    }
  }
}

function currentFocus() {
  const el = document.activeElement;
  const tr = el?.closest?.('#rader tr');
  const row = tr && ed.rows.find((r) => r.tr === tr);
  if (!row) return null;
  const caret = typeof el.selectionStart === 'number' ? [el.selectionStart, el.selectionEnd] : null;
  return { key: row.key, id: row.id, field: el.dataset.field, caret, selector: el.dataset.field ? null : el.className ? `.${el.className.split(' ')[0]}` : null };
}

function restoreFocus(focus) {
  if (!focus) return;
  const row = ed.rows.find((r) => (focus.id !== null && focus.id !== undefined && r.id === focus.id) || r.key === focus.key);
  if (!row) return;
  const el = focus.field ? row.tr.querySelector(`[data-field="${focus.field}"]`) : focus.selector ? row.tr.querySelector(focus.selector) : null;
  el?.focus();
  if (el && focus.caret) {
    try {
      el.setSelectionRange(...focus.caret);
    } catch {
      // Not a text field: nothing to put back.
    }
  }
}

// ---------- print ----------

function openPrint() {
  if (ed.id === null) return;
  const form = $('#utskrift-form');
  form.querySelector('.skjemafeil').textContent = '';
  $('#utskrift').showModal();
  form.querySelector('input[name=what]:checked').focus();
}

const WHAT_NAMES = { board: 'ed-pdf-name-board', plan: 'ed-pdf-name-plan', workshop: 'ed-pdf-name-workshop', workshop_blank: 'ed-pdf-name-workshop-blank', report: 'ed-pdf-name-report' };

async function submitPrint(ev) {
  ev.preventDefault();
  const form = $('#utskrift-form');
  const what = form.what.value;
  const b = ed.view.board;
  const errorBox = form.querySelector('.skjemafeil');
  errorBox.textContent = '';
  try {
    await flushAll();
    await printToPdf(ed.id, what, form.paper.value, `${b.unit} ${b.year} - ${t(WHAT_NAMES[what])}.pdf`, {
      written: () => $('#utskrift').close('ok'),
    });
  } catch (err) {
    errorBox.textContent = errorText(err, 'ed-something-wrong');
  }
}

// ---------- wiring ----------

function wireOnce() {
  if (wired) return;
  wired = true;
  $('#filter-status').addEventListener('change', applyFilter);
  $('#filter-ansvar').addEventListener('change', applyFilter);
  $('#filter-valg').addEventListener('change', applyFilter);
  $('#sok').addEventListener('input', applyFilter);
  $('#ny-rad').addEventListener('click', () => newRow());
  $('#skriv-ut').addEventListener('click', openPrint);
  $('#til-tavler').addEventListener('click', async () => {
    await flushAll();
    ed.handlers.onBack?.();
  });
  $('#rediger-tavle').addEventListener('click', () => ed.view && ed.handlers.onHeader?.(ed.view));
  $('#status-form').addEventListener('submit', submitStatus);
  $('#status-form .avbryt').addEventListener('click', () => $('#statusdialog').close('avbryt'));
  $('#statusdialog').addEventListener('close', cancelStatus);
  $('#utskrift-form').addEventListener('submit', submitPrint);
  $('#utskrift-form .avbryt').addEventListener('click', () => $('#utskrift').close('avbryt'));
  for (const radio of $$('#utskrift-form input[name=what]')) {
    // Each print has its own paper (the core's rule): the board for the wall on A3, the plan on A4.
    radio.addEventListener('change', () => {
      $('#utskrift-form').paper.value = defaultPaper(radio.value);
    });
  }
  window.addEventListener('resize', () => growAll($$('#rader textarea.celle')));
  // Text made larger without the window changing (200 % text, Storskjerm): a probe of
  // 1rem × 1rem changes size with the root font, and the cells are measured again.
  const probe = h('span', { attrs: { 'aria-hidden': 'true' }, className: 'rem-maal' });
  document.body.append(probe);
  let probeSize = null;
  new ResizeObserver(() => {
    const size = probe.getBoundingClientRect().width;
    if (size === probeSize) return;
    probeSize = size;
    growAll($$('#rader tr:not([hidden]) textarea.celle'));
  }).observe(probe);
}

/** The board open in the editor (null when none): the follow-up screens start from it. */
export const currentBoardId = () => ed.id;

/** The header's version the editor read (for the header form's save). */
export const headerVersion = () => ed.view?.version ?? null;
/** The board shown in the editor as last loaded (null when none). */
export const currentBoardView = () => ed.view;
/** Resolves when every edit typed so far is saved (before an export reads the file). */
export const editorSaved = () => flushAll();

/** How many rows hold text the file does not have: drafts without a goal or a measure, and
 * rows whose save was refused. */
function editorUnsaved() {
  return ed.rows.filter((r) => {
    const text = readText(r);
    return r.id === null ? Object.values(text).some((v) => v.trim() !== '') : !same(text, r.saved);
  }).length;
}

/** The board open in the editor (null when none), for «Vis på veggen» to come back to. */
export const editorBoardId = () => ed.id ?? null;

/** The board editor (`editor`); see app/screens.js. */
export const screen = {
  id: 'editor',
  open: openEditor,
  save: saveEditor,
  unsavedIn: 'ed-unsaved-in-board',
  unsaved() {
    const rows = editorUnsaved();
    return rows > 0 ? t('ed-launch-rows-unsaved', { rows }) : null;
  },
  keydown: editorKeydown,
  refresh: refreshEditor,
  hide: closeEditor,
};
