// The one module that talks to the Rust side. Every `invoke` of the app is here, and every
// failure leaves here as an Error whose `.message` is Norwegian and fit to show the user,
// and whose `.code` and `.args` say what it is: screens decide by those, never by the words.
import { t } from './texts.js';

const tauri = window.__TAURI__;

/**
 * An error to show the user: `kind` is the core's machine name (`invalid`, `damaged` …),
 * `message` Norwegian, `code` the catalogue id the message was worded from
 * (`core-due-invalid`) and `args` its arguments by name, as strings (`{ value: '31.02' }`),
 * so `t(code, args)` words it again.
 */
export class AppError extends Error {
  /** `field`: the form field the message is about (`due`, `unit` …), when it is about one. */
  constructor(kind, message, { field = null, code = null, args = {} } = {}) {
    super(message);
    this.kind = kind;
    this.field = field;
    this.code = code;
    this.args = args;
  }
}

async function call(command, args = {}) {
  if (!tauri || !tauri.core) {
    throw new AppError('intern', t('ed-api-not-program'));
  }
  try {
    return await tauri.core.invoke(command, args);
  } catch (err) {
    if (err && typeof err === 'object' && typeof err.message === 'string' && err.kind) {
      throw new AppError(err.kind, err.message, {
        field: err.field ?? null,
        code: err.code ?? null,
        args: err.args ?? {},
      });
    }
    // Not one of ours (a bad argument, a missing permission): the raw text is for developers.
    console.error(`Kommandoen ${command} feilet:`, err);
    throw new AppError('intern', t('ed-api-unreadable'));
  }
}

export const api = {
  initialFile: () => call('initial_file'),
  /** The wall asked for on the command line (`--vegg`), or null. */
  wallLaunch: () => call('wall_launch'),
  /** «Vis på veggen»: the open file's wall start. */
  wallOfOpenFile: () => call('wall_of_open_file'),
  /** Everything the wall shows of the file at `path` (read-only). */
  wallRead: (path, board = null) => call('wall_read', { path, board }),
  /** The file's stamp now, or null when it is not there. */
  wallStamp: (path) => call('wall_stamp', { path }),
  wallFullScreen: (on) => call('wall_full_screen', { on }),
  /** Every message of the app's language, for ui/texts.js. */
  texts: () => call('texts'),
  /** The core's words and limits: status labels, workshop questions, vote limit, papers. */
  vocabulary: () => call('vocabulary'),
  settings: () => call('app_settings'),
  setLargeText: (on) => call('set_large_text', { on }),
  /** The written standard of the prints: 'nb' (bokmål) or 'nn' (nynorsk). */
  setLang: (lang) => call('set_lang', { lang }),
  recentFiles: () => call('recent_files'),
  openFile: (path) => call('open_file', { path }),
  createFile: (path) => call('create_file', { path }),
  openExample: () => call('open_example'),
  closeFile: () => call('close_file'),
  /** The native open dialog; null when cancelled. */
  pickOpenPath: () => call('pick_open_path'),
  /** The native save dialog for kind 'tavle', 'pdf' or 'xlsx'; null when cancelled. */
  pickSavePath: (kind, suggested) => call('pick_save_path', { kind, suggested }),
  listBoards: () => call('list_boards'),
  createBoard: (header) => call('create_board', { header }),
  newBoardFrom: (from, year) => call('new_board_from', { from, year }),
  loadBoard: (id) => call('load_board', { id }),
  /** `version`: the header's version the form was filled from; returns the new one. */
  updateBoardHeader: (id, header, version) => call('update_board_header', { id, header, version }),
  addRow: (board, text, position) => call('add_row', { board, text, position }),
  /** `version`: the row's version the editor read; a newer one in the file is a conflict. */
  updateRow: (row, text, version) => call('update_row', { row, text, version }),
  moveRow: (row, position) => call('move_row', { row, position }),
  deleteRow: (row) => call('delete_row', { row }),
  restoreRow: (deleted) => call('restore_row', { deleted }),
  changeStatus: (row, status, on, note) => call('change_status', { row, status, on, note }),
  printPdf: (boardId, what, paper, path) => call('print_pdf', { boardId, what, paper, path }),
  openPdf: (path) => call('open_pdf', { path }),
  // The year's follow-up (followup.rs).
  absenceTable: (board) => call('absence_table', { board }),
  absenceSummary: (board, months) => call('absence_summary', { board, months }),
  setAbsence: (board, month) => call('set_absence', { board, month }),
  /** The run chart of the board's unit across all its boards in the file. */
  absenceTrend: (board) => call('absence_trend', { board }),
  /** Freezes the run chart's median on the first `baseline` months; null: all months. */
  setTrendBaseline: (board, baseline) => call('set_trend_baseline', { board, baseline }),
  planForm: (board) => call('plan_form', { board }),
  savePlan: (board, plan, version) => call('save_plan', { board, plan, version }),
  /** `entry` is the history entry's id (BoardView.history_ids), never its place in a list. */
  correctStatus: (row, entry, on, note) => call('correct_status', { row, entry, on, note }),
  removeStatus: (row, entry) => call('remove_status', { row, entry }),
  dueList: (withinDays) => call('due_list', { withinDays }),
  reviewList: (board) => call('review_list', { board }),
  saveReview: (row, status, note, result) => call('save_review', { row, status, note, result }),
  // The workshop's cards (workshop.rs).
  addInput: (board, question, text) => call('add_input', { board, question, text }),
  updateInput: (input, text) => call('update_input', { input, text }),
  voteInput: (input, delta) => call('vote_input', { input, delta }),
  moveInput: (input, position) => call('move_input', { input, position }),
  deleteInput: (input) => call('delete_input', { input }),
  restoreInput: (deleted) => call('restore_input', { deleted }),
  mergeInputs: (keep, other) => call('merge_inputs', { keep, other }),
  unmergeInputs: (merge) => call('unmerge_inputs', { merge }),
  inputsToRow: (board, inputs, form) => call('inputs_to_row', { board, inputs, form }),
  // Keeping the file safe (filesafety.rs).
  /** True once after another window or the `tavle` command changed the open file. */
  outsideChanges: () => call('outside_changes'),
  listBackups: (file) => call('list_backups', { file }),
  restoreBackup: (file, from) => call('restore_backup', { file, from }),
  openBackup: (file, from) => call('open_backup', { file, from }),
  backToFile: () => call('back_to_file'),
  saveFileAs: (path) => call('save_file_as', { path }),
  quitApp: () => call('quit_app'),
  closeRefused: () => call('close_refused'),
  // Excel both ways (sheets.rs).
  /** The native open dialog for .xlsx, .xls, .ods and .csv; null when cancelled. */
  pickSheetPath: () => call('pick_sheet_path'),
  previewSheetImport: (path, options, choice) => call('preview_sheet_import', { path, options, choice }),
  importSheet: (path, options, choice) => call('import_sheet', { path, options, choice }),
  deleteBoard: (boardId) => call('delete_board', { boardId }),
  exportXlsx: (boardId, path) => call('export_xlsx', { boardId, path }),
  // Del med HR and Oversikt over enheter (rollup.rs).
  publishFolder: () => call('publish_folder'),
  /** The native folder dialog; null when cancelled. */
  pickFolder: (title) => call('pick_folder', { title }),
  publishBoard: (boardId, dir) => call('publish_board', { boardId, dir }),
  withdrawBoard: (boardId, dir) => call('withdraw_board', { boardId, dir }),
  rollupFolder: () => call('rollup_folder'),
  rollupOpen: (dir, options) => call('rollup_open', { dir, options }),
  rollupView: (options) => call('rollup_view', { options }),
  rollupBoard: (file, board) => call('rollup_board', { file, board }),
  printRollup: (options, path) => call('print_rollup', { options, path }),
  // Tavle started again while it runs (launch.rs), and «Om Tavle» (about.rs).
  takeLaunchRequests: () => call('take_launch_requests'),
  openLaunchedFile: (path) => call('open_launched_file', { path }),
  about: () => call('about_tavle'),
  /** Calls `handler` each time Tavle is started again while it runs. */
  onLaunch: (handler) => tauri?.event?.listen('tavle://ny-start', handler),
};
