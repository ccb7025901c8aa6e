// The screens as one list: which one shows, which one gets the keys, which one is read again
// after a change from outside, and — in one place — what on them is not yet in the file.
// Each screen module exports `screen = { id, open, … }` (its section's id and how it opens);
// what a screen does not need it leaves out:
//   save()     saves what is typed; resolves true when nothing typed is left unsaved
//   unsavedIn  the catalogue id naming the screen in «… is not saved in …» (with save)
//   unsaved()  while it shows: what is typed and not in the file, in words, or null
//   keydown(ev) the keys while it shows and no dialog is open
//   refresh()  reads the file again after another window or `tavle` changed it
//   hide()     another screen is shown
import { api } from '../lib/api.js';
import { $, $$ } from '../lib/dom.js';
import { showError } from '../lib/messages.js';
import { app } from '../lib/openfile.js';
import { t } from '../lib/texts.js';
import { screen as wall, openWall } from '../screens/wall.js';
import { screen as meeting, openMeeting } from '../screens/meeting.js';
import { screen as start } from '../screens/start.js';
import { screen as boards, startEditor, showBoards } from '../screens/boards.js';
import { screen as editor, editorBoardId } from '../screens/editor.js';
import { screen as plan } from '../screens/plan.js';
import { screen as absence } from '../screens/absence.js';
import { screen as workshop } from '../screens/workshop.js';
import { screen as review } from '../screens/review.js';
import { screen as deadlines } from '../screens/deadlines.js';
import { screen as overview, unitScreen as unit } from '../screens/rollup.js';

/** In this order the screens save, and name what they could not save. */
const SCREENS = [wall, meeting, start, boards, editor, plan, absence, workshop, review, deadlines, overview, unit];

/** Shows one screen by its section id; the others are hidden. */
export function show(id) {
  for (const s of SCREENS) $(`#${s.id}`).hidden = s.id !== id;
  const noFile = id === 'start' || (!app.file && ['oversikt', 'enhet'].includes(id));
  $('#lukk-fil').hidden = noFile;
  $('#sikkerhetskopier').hidden = noFile;
  document.querySelector('main').dataset.skjerm = id;
  for (const s of SCREENS) if (s.id !== id) s.hide?.();
}

/** The screen on show (one section at a time), or undefined. */
const shown = () => SCREENS.find((s) => !$(`#${s.id}`).hidden);

/** The keys of the page: the screen on show gets them unless a dialog is open. */
export function keydown(ev) {
  if (document.querySelector('dialog[open]')) return;
  shown()?.keydown?.(ev);
  // Printing goes through Tavle's PDF, never the web view's own print.
  if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'p') ev.preventDefault();
}

/** Reads the screen on show again (another window or the `tavle` command changed the file). */
export async function refreshShown() {
  await shown()?.refresh?.();
}

/** Saves what every screen holds; resolves when the saves are done, saved or not. */
export function saveAll() {
  return Promise.all(SCREENS.filter((s) => s.save).map((s) => s.save()));
}

/**
 * Saves every pending edit of every screen (board cells, plan, absence, workshop cards).
 * True when all is in the file; otherwise says so (`what` starts the message; it offers
 * «Lagre som …») and false.
 */
export async function saveEverything(what) {
  // A file that can only be read has nothing to save (the banner says so).
  if (app.file && app.file.read_only) return true;
  const saving = SCREENS.filter((s) => s.save);
  const results = await Promise.all(saving.map((s) => s.save()));
  if (results.every(Boolean)) return true;
  const names = saving.filter((_, i) => !results[i]).map((s) => t(s.unsavedIn));
  showError({ kind: 'unsaved', message: t('ed-unsaved', { what, names: names.join(', ') }) });
  return false;
}

/** What on screen is not in the file, as the user would name it (before another file opens). */
export function unsavedInput() {
  const found = [];
  for (const d of $$('dialog[open]')) {
    const title = d.querySelector('h2')?.textContent?.trim();
    if (d.id !== 'om') found.push(title ? t('ed-launch-form-open', { title }) : t('ed-launch-a-form-open'));
  }
  const typed = shown()?.unsaved?.();
  if (typed) found.push(typed);
  // The screens start a refused save's message with these words (ed-launch-refused-prefix).
  const prefix = t('ed-launch-refused-prefix');
  const refused = $$('main .skjerm:not([hidden]) *').some(
    (el) => el.childElementCount === 0 && el.offsetParent !== null && el.textContent.startsWith(prefix),
  );
  if (refused) found.push(t('ed-launch-refused'));
  return found;
}

/** «Vis på veggen»: the open file on the wall; Esc comes back to the board. */
export async function showOnWall() {
  // What is typed goes into the file first, so the wall shows it.
  if (!(await saveEverything(t('ed-unsaved-close-file')))) return;
  const board = editorBoardId();
  try {
    const begin = await api.wallOfOpenFile();
    await openWall(begin, () => (board !== null ? startEditor(board) : showBoards()));
  } catch (err) {
    showError(err);
  }
}

/** «Tavlemøte»: the meeting's agenda for the board open in the editor; back to the board. */
export async function startMeeting() {
  // What is typed goes into the file first, so the meeting shows it.
  if (!(await saveEverything(t('ed-unsaved-close-file')))) return;
  const board = editorBoardId();
  if (board === null) return;
  try {
    const begin = await api.wallOfOpenFile();
    await openMeeting({ board, path: begin.path, show, back: () => startEditor(board) });
  } catch (err) {
    showError(err);
  }
}
