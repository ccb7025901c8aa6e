// Saving behind the screen. Each thing that is saved as it is typed (a board row, a month of
// Fraværstall, the plan, a workshop question's cards) has one queue: its saves run one after
// another, never crossed, and the next one waits for the typing pause. The quiet
// "Lagrer … / Lagret" in the top bar counts every save under way in any queue.
import { saving } from './messages.js';

/** How long typing must pause before a save. */
export const TYPING_DELAY_MS = 700;

let underway = 0;

/**
 * Runs `work` (a promise) with the top bar saying "Lagrer …", then "Lagret" when the last
 * save under way is done; a failure clears it (the caller tells the reason). Returns `work`.
 */
export async function tracked(work) {
  underway += 1;
  saving('saving');
  try {
    const value = await work;
    underway -= 1;
    if (underway === 0) saving('saved');
    return value;
  } catch (err) {
    underway -= 1;
    saving(underway === 0 ? '' : 'saving');
    throw err;
  }
}

export class SaveQueue {
  /** `write` saves what is on screen now (and decides itself whether anything changed). */
  constructor(write, delay = TYPING_DELAY_MS) {
    this.write = write;
    this.delay = delay;
    this.timer = null;
    this.chain = Promise.resolve();
  }

  /** Saves after the typing pause (typing again moves it on). */
  later() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.now(), this.delay);
  }

  /** Saves now, after any save already under way; resolves when this one is done. */
  now() {
    clearTimeout(this.timer);
    return this.add(this.write);
  }

  /** Drops a save waiting for the typing pause (the thing it would save is gone). */
  cancel() {
    clearTimeout(this.timer);
  }

  /** Runs `job` after the jobs already queued. A failing job does not stop the ones after it. */
  add(job) {
    const run = this.chain.then(job);
    this.chain = run.catch(() => {});
    return run;
  }

  /** Resolves when every job queued so far is done. */
  settled() {
    return this.chain;
  }
}
