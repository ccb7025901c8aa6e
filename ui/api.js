// The one module that talks to the Rust side. Every `invoke` of the app is here, and every
// failure leaves here as an Error whose `.message` is Norwegian and fit to show the user.

const tauri = window.__TAURI__;

/** An error to show the user: `kind` is the core's machine name, `message` Norwegian. */
export class AppError extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

const FALLBACK =
  'Tavle forsto ikke svaret fra programmet. Prøv igjen; hjelper ikke det, start Tavle på nytt.';

async function call(command, args = {}) {
  if (!tauri || !tauri.core) {
    throw new AppError('intern', 'Tavle må startes som program, ikke åpnes i en nettleser.');
  }
  try {
    return await tauri.core.invoke(command, args);
  } catch (err) {
    if (err && typeof err === 'object' && typeof err.message === 'string' && err.kind) {
      throw new AppError(err.kind, err.message);
    }
    // Not one of ours (a bad argument, a missing permission): the raw text is for developers.
    console.error(`Kommandoen ${command} feilet:`, err);
    throw new AppError('intern', FALLBACK);
  }
}

export const api = {
  initialFile: () => call('initial_file'),
  settings: () => call('app_settings'),
  setLargeText: (on) => call('set_large_text', { on }),
  recentFiles: () => call('recent_files'),
  openFile: (path) => call('open_file', { path }),
  createFile: (path) => call('create_file', { path }),
  openExample: () => call('open_example'),
  closeFile: () => call('close_file'),
  /** The native open dialog; null when cancelled. */
  pickOpenPath: () => call('pick_open_path'),
  /** The native save dialog for kind 'tavle' or 'pdf'; null when cancelled. */
  pickSavePath: (kind, suggested) => call('pick_save_path', { kind, suggested }),
  listBoards: () => call('list_boards'),
  createBoard: (header) => call('create_board', { header }),
  newBoardFrom: (from, year) => call('new_board_from', { from, year }),
  loadBoard: (id) => call('load_board', { id }),
  updateBoardHeader: (id, header) => call('update_board_header', { id, header }),
  addRow: (board, text, position) => call('add_row', { board, text, position }),
  updateRow: (row, text) => call('update_row', { row, text }),
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
  planForm: (board) => call('plan_form', { board }),
  savePlan: (board, plan) => call('save_plan', { board, plan }),
  correctStatus: (row, index, on, note) => call('correct_status', { row, index, on, note }),
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
  // Tavle started again while it runs (launch.rs), and «Om Tavle» (about.rs).
  takeLaunchRequests: () => call('take_launch_requests'),
  openLaunchedFile: (path) => call('open_launched_file', { path }),
  about: () => call('about_tavle'),
  /** Calls `handler` each time Tavle is started again while it runs. */
  onLaunch: (handler) => tauri?.event?.listen('tavle://ny-start', handler),
};
