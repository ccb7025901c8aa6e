// Excel both ways: «Eksporter til Excel …» in the editor (save dialog → workbook), and
// «Importer fra Excel …» on the boards screen (open dialog → preview → confirm). The preview
// shows the rows as they will land and every cell that could not be read, with its sheet,
// row and column, before anything is written. Every call goes through api.js.
import { api } from './api.js';
import { h, fill, $, nbDate } from './dom.js';
import { statusLabel } from './vocabulary.js';
import { showError, notice } from './messages.js';
import { currentBoardView, editorSaved } from './editor.js';
import { t } from './texts.js';

/** Rows shown in the preview; the rest are counted (a 10 000-row sheet must stay quick). */
const PREVIEW_ROWS = 200;

const imp = { path: null, preview: null, openBoard: null };

export function initSheets({ openBoard }) {
  imp.openBoard = openBoard;
  $('#importer-excel').addEventListener('click', pickAndPreview);
  $('#eksporter-excel').addEventListener('click', exportExcel);
  const form = $('#excel-import-form');
  form.querySelector('.avbryt').addEventListener('click', () => $('#excel-import').close('avbryt'));
  form.addEventListener('submit', confirmImport);
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
  const preview = await api.previewSheetImport(path, {});
  imp.path = path;
  imp.preview = preview;
  renderPreview(preview);
  const dialog = $('#excel-import');
  if (!dialog.open) dialog.showModal();
  const form = $('#excel-import-form');
  (preview.report.needs_unit ? form.unit : preview.report.needs_year ? form.year : $('#excel-import-ok')).focus();
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
  fill($('#excel-import-ok'), t('fu-sheets-import-rows', { n: board.rows.length }));
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
    const id = await api.importSheet(imp.path, { unit, year });
    $('#excel-import').close('ok');
    notice(t('fu-sheets-imported', { file: imp.preview.report.file }), { ms: 6000 });
    imp.openBoard(id);
  } catch (err) {
    errorBox.textContent = err && err.kind ? err.message : t('fu-error-retry');
  }
}
