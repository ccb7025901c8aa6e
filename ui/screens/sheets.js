// Excel both ways: «Eksporter til Excel …» in the editor (save dialog → workbook), and
// «Importer fra Excel …» on the boards screen (open dialog → preview → confirm). The preview
// shows the rows as they will land, every cell that could not be read, where the import lands
// (the board it came from updated: «n endret, n nye, n finnes ikke lenger i arket», or a new
// board; a board for the same unit and year is asked about), and a choice of field for each
// unknown column and of status for each unknown word — nothing is imported until each one is
// chosen. Every call goes through api.js.
import { api } from '../lib/api.js';
import { h, fill, $, nbDate } from '../lib/dom.js';
import { statusLabel, STATUSES, FIELDS } from '../lib/vocabulary.js';
import { showError, notice, errorText } from '../lib/messages.js';
import { currentBoardView, editorSaved } from './editor.js';
import { t } from '../lib/texts.js';

/** Rows shown in the preview; the rest are counted (a 10 000-row sheet must stay quick). */
const PREVIEW_ROWS = 200;

const imp = {
  path: null,
  preview: null,
  openBoard: null,
  /** The user's choices: `columns` and `statuses` as `{from, to}`, and the import's choice. */
  columns: [],
  statuses: [],
  choice: { as_new: false, remove_missing: false },
  /** Every unknown column and status word seen since the file was picked, so a choice can
   *  be changed after the preview has taken it. */
  seenColumns: [],
  seenStatuses: [],
};


export function initSheets({ openBoard }) {
  imp.openBoard = openBoard;
  $('#importer-excel').addEventListener('click', pickAndPreview);
  $('#eksporter-excel').addEventListener('click', exportExcel);
  const form = $('#excel-import-form');
  form.querySelector('.avbryt').addEventListener('click', () => $('#excel-import').close('avbryt'));
  form.addEventListener('submit', confirmImport);
  $('#ei-fjern').addEventListener('change', (ev) => {
    imp.choice.remove_missing = ev.target.checked;
    refresh('#ei-fjern');
  });
  $('#ei-ny').addEventListener('change', (ev) => {
    imp.choice.as_new = ev.target.checked;
    refresh('#ei-ny');
  });
}

// ---------- export ----------

async function exportExcel() {
  const view = currentBoardView();
  if (!view) return;
  try {
    await editorSaved();
    const b = view.board;
    const path = await api.pickSavePath('xlsx', `${b.unit} ${b.year}.xlsx`);
    if (!path) return;
    const written = await api.exportXlsx(view.id, path);
    notice(t('fu-sheets-exported', { path: written }), { ms: 9000 });
  } catch (err) {
    showError(err);
  }
}

// ---------- import ----------

async function pickAndPreview() {
  try {
    const path = await api.pickSheetPath();
    if (path) await showPreview(path);
  } catch (err) {
    showError(err);
  }
}

/** Reads `path` into the preview dialog (exported for the end-to-end test's sake too). */
export async function showPreview(path) {
  imp.columns = [];
  imp.statuses = [];
  imp.choice = { as_new: false, remove_missing: false };
  imp.seenColumns = [];
  imp.seenStatuses = [];
  const preview = await api.previewSheetImport(path, {}, imp.choice);
  imp.path = path;
  imp.preview = preview;
  renderPreview(preview);
  const dialog = $('#excel-import');
  if (!dialog.open) dialog.showModal();
  const form = $('#excel-import-form');
  (preview.report.needs_unit ? form.unit : preview.report.needs_year ? form.year : $('#excel-import-ok')).focus();
}

/** The options as the form and the choices stand. */
function currentOptions() {
  const form = $('#excel-import-form');
  const options = { columns: imp.columns, statuses: imp.statuses };
  const unit = form.unit.value.trim();
  const yearText = form.year.value.trim();
  if (unit) options.unit = unit;
  if (/^\d{4}$/.test(yearText)) options.year = Number(yearText);
  return options;
}

/** Reads the file again with the choices made, keeping the focus where it was. */
async function refresh(focusSelector) {
  const form = $('#excel-import-form');
  try {
    imp.preview = await api.previewSheetImport(imp.path, currentOptions(), imp.choice);
    renderPreview(imp.preview);
  } catch (err) {
    form.querySelector('.skjemafeil').textContent = errorText(err, 'fu-error-retry');
  }
  const el = focusSelector ? $(focusSelector) : null;
  if (el) el.focus();
}

function remember(list, item, key) {
  if (!list.some((x) => key(x) === key(item))) list.push(item);
}

/** The choice of field for each unknown column and of status for each unknown word. */
function renderMappings(report) {
  for (const c of report.unknown_columns) remember(imp.seenColumns, c, (x) => x.letter);
  for (const w of report.unknown_statuses) remember(imp.seenStatuses, w, (x) => x.word);
  $('#ei-koblinger').hidden = imp.seenColumns.length === 0 && imp.seenStatuses.length === 0;
  fill($('#ei-kolonnevalg'), imp.seenColumns.map((c) => {
    const from = c.header || c.letter;
    const chosen = imp.columns.find((m) => m.from === from);
    const id = `ei-kol-${c.letter}`;
    const label = c.header
      ? t('fu-sheets-map-column', { column: c.letter, header: c.header, values: c.values.join(', ') })
      : t('fu-sheets-map-column-no-header', { column: c.letter, values: c.values.join(', ') });
    const select = h('select', { id, onchange: (ev) => choose(imp.columns, from, ev.target.value, `#${id}`) },
      h('option', { value: '' }, t('fu-sheets-map-pick-field')),
      // The fields an unknown column can fill: the core's codes and names.
      FIELDS.map(({ code, label }) => h('option', { value: code }, label)),
      h('option', { value: '-' }, t('fu-sheets-map-leave-out')));
    select.value = chosen ? chosen.to : '';
    return h('p', { className: 'ei-kobling' }, h('label', { htmlFor: id }, label), ' ', select);
  }));
  fill($('#ei-statusvalg'), imp.seenStatuses.map((w, i) => {
    const chosen = imp.statuses.find((m) => m.from === w.word);
    const id = `ei-status-${i}`;
    const select = h('select', { id, onchange: (ev) => choose(imp.statuses, w.word, ev.target.value, `#${id}`) },
      h('option', { value: '' }, t('fu-sheets-map-pick-status')),
      STATUSES.map(([code, label]) => h('option', { value: code }, label)));
    select.value = chosen ? chosen.to : '';
    const label = t('fu-sheets-map-status', { word: w.word, cells: w.cells.join('; ') });
    return h('p', { className: 'ei-kobling' }, h('label', { htmlFor: id }, label), ' ', select);
  }));
}

function choose(list, from, to, focusSelector) {
  const at = list.findIndex((m) => m.from === from);
  if (at >= 0) list.splice(at, 1);
  if (to) list.push({ from, to });
  refresh(focusSelector);
}

/** Where the import lands, and the choices that go with it. */
function renderTarget(target) {
  let text;
  if (target.kind === 'update') {
    const c = target.counts;
    text = t('fu-sheets-target-update', {
      unit: target.unit, year: String(target.year), changed: c.changed, added: c.added, missing: c.missing,
    });
  } else if (target.kind === 'exists') {
    text = t('fu-sheets-target-exists', { unit: target.unit, year: String(target.year) });
  } else {
    text = imp.choice.as_new ? t('fu-sheets-target-copy') : t('fu-sheets-target-new');
  }
  fill($('#ei-maal'), text);
  const missing = target.kind === 'update' ? target.counts.missing : 0;
  $('#ei-fjern-linje').hidden = missing === 0;
  $('#ei-fjern').checked = imp.choice.remove_missing;
  fill($('#ei-fjern-tekst'), t('fu-sheets-remove-missing', { n: missing }));
  // A copy on purpose: offered when the workbook updates a board, or one exists already.
  const offerCopy = target.kind !== 'new' || imp.choice.as_new;
  $('#ei-ny-linje').hidden = !offerCopy;
  $('#ei-ny').checked = imp.choice.as_new;
  fill($('#ei-ny-tekst'), t('fu-sheets-as-new'));
  fill($('#ei-forklaring'), target.kind === 'update' ? t('fu-sheets-explain-update') : t('ui-ei-explain'));
}

function renderPreview({ board, report }) {
  const form = $('#excel-import-form');
  form.querySelector('.skjemafeil').textContent = '';
  const from = report.kind === 'tavle'
    ? t('fu-sheets-source-tavle', { file: report.file })
    : t('fu-sheets-source-sheet', { file: report.file, sheet: report.sheet, row: report.header_row });
  fill($('#ei-kilde'), from);
  form.unit.value = report.needs_unit ? '' : board.unit;
  form.year.value = report.needs_year ? '' : String(board.year);
  $('#ei-enhet-mangler').hidden = !report.needs_unit;
  $('#ei-aar-mangler').hidden = !report.needs_year;

  fill($('#ei-kolonner'), report.columns.map((c) => `${c.column} «${c.header}» → ${c.field}`).join(' · '));
  $('#ei-ukjente-linje').hidden = report.ignored_columns.length === 0;
  fill($('#ei-ukjente'), report.ignored_columns.map((c) => `${c.column} «${c.header}»`).join(' · '));
  $('#ei-hoppet-linje').hidden = report.skipped_rows.length === 0;
  fill($('#ei-hoppet'), report.skipped_rows.map((r) => t('fu-sheets-skipped-row', { row: r })).join(', '));

  const problems = report.problems;
  fill($('#ei-problemer-tittel'), problems.length === 0
    ? t('fu-sheets-all-read')
    : t('fu-sheets-problems', { n: problems.length }));
  $('#ei-problemer').closest('.ei-ramme').hidden = problems.length === 0;
  fill($('#ei-problemer tbody'), problems.map((p) =>
    h('tr', {},
      h('td', {}, p.sheet),
      h('td', {}, String(p.row)),
      h('td', {}, p.column),
      h('td', {}, p.value),
      h('td', {}, p.message))));

  const sheets = [];
  if (report.sheets_read.length > 1 || report.sheets_left.length) {
    sheets.push(t('fu-sheets-read', { sheets: report.sheets_read.map((n) => `«${n}»`).join(', ') }));
  }
  if (report.sheets_left.length) {
    sheets.push(t('fu-sheets-left', { sheets: report.sheets_left.map((n) => `«${n}»`).join(', ') }));
  }
  $('#ei-ark-linje').hidden = sheets.length === 0;
  fill($('#ei-ark'), sheets.join(' · '));
  renderMappings(report);
  renderTarget(imp.preview ? imp.preview.target : { kind: 'new' });

  const extra = [];
  if (board.absence.length) extra.push(t('fu-sheets-extra-months', { n: board.absence.length }));
  if (board.plan.milestones.length) extra.push(t('fu-sheets-extra-milestones', { n: board.plan.milestones.length }));
  if (board.inputs.length) extra.push(t('fu-sheets-extra-inputs', { n: board.inputs.length }));
  fill($('#ei-rader-tittel'), extra.length
    ? t('fu-sheets-rows-title-extra', { n: board.rows.length, extra: extra.join(', ') })
    : t('fu-sheets-rows-title', { n: board.rows.length }));
  const shown = board.rows.slice(0, PREVIEW_ROWS);
  fill($('#ei-rader tbody'), shown.map((r, i) =>
    h('tr', {},
      h('td', {}, String(i + 1)),
      h('td', {}, r.goal),
      h('td', {}, r.measure),
      h('td', {}, r.owner),
      h('td', {}, r.when),
      h('td', {}, nbDate(r.due)),
      h('td', {}, statusLabel(r.status)),
      h('td', {}, r.result))));
  $('#ei-flere').hidden = board.rows.length <= PREVIEW_ROWS;
  fill($('#ei-flere'), t('fu-sheets-more-rows', { n: board.rows.length - PREVIEW_ROWS }));
  const target = imp.preview ? imp.preview.target : { kind: 'new' };
  fill($('#excel-import-ok'), target.kind === 'update'
    ? t('fu-sheets-update-board')
    : t('fu-sheets-import-rows', { n: board.rows.length }));
  // Nothing is imported while a column or a word has no choice, or a second board for the
  // same unit and year is not chosen on purpose.
  const open = report.unknown_columns.length + report.unknown_statuses.length;
  const blocked = open > 0 || target.kind === 'exists';
  // Red while something is still to choose; calm once all is chosen.
  $('#ei-koblinger').classList.toggle('is-done', open === 0);
  $('#excel-import-ok').disabled = blocked;
}

async function confirmImport(ev) {
  ev.preventDefault();
  const form = $('#excel-import-form');
  const errorBox = form.querySelector('.skjemafeil');
  errorBox.textContent = '';
  const unit = form.unit.value.trim();
  const yearText = form.year.value.trim();
  if (!unit) {
    errorBox.textContent = t('fu-sheets-unit-missing');
    form.unit.focus();
    return;
  }
  const year = Number(yearText);
  if (!Number.isInteger(year) || yearText === '') {
    errorBox.textContent = t('fu-sheets-year-missing', { year: new Date().getFullYear() });
    form.year.focus();
    return;
  }
  try {
    const options = { ...currentOptions(), unit, year };
    const done = await api.importSheet(imp.path, options, imp.choice);
    $('#excel-import').close('ok');
    if (done.target.kind === 'update') {
      const c = done.target.counts;
      notice(t('fu-sheets-updated', {
        unit: done.target.unit, year: String(done.target.year), changed: c.changed, added: c.added, removed: c.removed,
      }), { ms: 9000 });
    } else {
      notice(t('fu-sheets-imported', { file: imp.preview.report.file }), { ms: 6000 });
    }
    imp.openBoard(done.board);
  } catch (err) {
    errorBox.textContent = errorText(err, 'fu-error-retry');
  }
}
