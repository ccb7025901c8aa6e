// How the screens reach the rest of the app without importing it: main.js fills `nav` at
// start (app/screens.js's `show`, the boards screen's functions, app/filesafety.js's backups),
// so no screen imports main.js or app/.
import { api } from './api.js';
import { notice, showError } from './messages.js';
import { defaultPaper } from './vocabulary.js';
import { t } from './texts.js';

export const nav = {
  /** Shows one screen by its section id. */
  show: (_screen) => {},
  /** Opens board `id` in the editor; returns a promise. */
  openBoard: async (_id) => {},
  /** The list of boards in the file. */
  showBoards: () => {},
  /** Sikkerhetskopier … for the file at `path`. */
  openBackups: async (_path) => {},
  /** The board the follow-up screens were opened for. */
  board: null,
};

/**
 * Prints `what` of a board to a PDF the user places, then opens it in the PDF reader; every
 * print of the app goes this way. `paper` null takes the print's own (defaultPaper);
 * `written` is called once the file is there (the print dialog closes then). Returns false
 * when the user cancelled the save dialog. Errors are thrown (Norwegian).
 */
export async function printToPdf(boardId, what, paper, suggested, { written: onWritten } = {}) {
  const path = await api.pickSavePath('pdf', suggested);
  if (!path) return false;
  const written = await api.printPdf(boardId, what, paper ?? defaultPaper(what), path);
  onWritten?.();
  try {
    await api.openPdf(written);
    notice(t('ed-pdf-written', { path: written }), { ms: 9000 });
  } catch (err) {
    showError(err);
  }
  return true;
}
