// The year's follow-up, wired into the app: the buttons under the board header and on the
// board list lead to Fraværstall, Prosjekt nærvær, Månedsgjennomgang, Frister and Workshop.
import { $, $$ } from '../lib/dom.js';
import { nav } from '../lib/nav.js';
import { currentBoardId } from './editor.js';
import { openAbsence, leaveAbsence, initTrend } from './absence.js';
import { openPlan, leavePlan } from './plan.js';
import { openReview } from './review.js';
import { openDeadlines } from './deadlines.js';
import { openWorkshop } from './workshop.js';

/** Wires the buttons that lead to the follow-up screens (`nav` is filled by main.js). */
export function initFollowup() {
  // The editor forgets its board when another screen shows, so the id is taken first and
  // kept for "Tilbake til tavlen".
  const fromEditor = (open) => () => {
    const id = currentBoardId();
    if (id === null) return;
    nav.board = id;
    open(id);
  };
  $('#til-fravaer').addEventListener('click', fromEditor(openAbsence));
  initTrend();
  $('#til-plan').addEventListener('click', fromEditor(openPlan));
  $('#til-gjennomgang').addEventListener('click', fromEditor(openReview));
  $('#til-workshop').addEventListener('click', fromEditor(openWorkshop));
  for (const button of $$('.til-frister')) {
    button.addEventListener('click', () => openDeadlines(currentBoardId()));
  }
  for (const button of $$('#fravaer .tilbake, #plan .tilbake, #gjennomgang .tilbake')) {
    button.addEventListener('click', async () => {
      // Fraværstall keeps the leader while a typed month cannot be saved (asked once).
      if (!(await leaveAbsence())) return;
      await leavePlan();
      nav.openBoard(nav.board);
    });
  }
}
