// Closing and the keys: «Lukk fil», Ctrl+Q and the window's close button save everything
// first (app/screens.js decides what is unsaved); the page's keys go to the screen on show.
import { api } from '../lib/api.js';
import { h, $ } from '../lib/dom.js';
import { showError } from '../lib/messages.js';
import { t } from '../lib/texts.js';
import { showStart } from '../screens/start.js';
import { keydown, saveEverything } from './screens.js';

let closing = false;

/** Ctrl+Q and the window's close button: everything is saved first; if that fails the window stays. */
async function closeWindow() {
  if (closing) return;
  closing = true;
  try {
    if (await saveEverything(t('ed-unsaved-close-window'))) {
      await api.quitApp();
      return;
    }
    await api.closeRefused();
    const shown = $('#meldinger').lastElementChild;
    shown?.insertBefore(
      h('button', { type: 'button', className: 'handling', onclick: () => api.quitApp() }, t('ed-quit-unsaved')),
      shown.querySelector('.lukk'),
    );
  } catch (err) {
    showError(err);
  } finally {
    closing = false;
  }
}

/** «Lukk fil»: everything typed goes into the file before it closes; if that fails, it stays open. */
async function closeFile() {
  if (!(await saveEverything(t('ed-unsaved-close-file')))) return;
  try {
    await api.closeFile();
  } catch (err) {
    showError(err);
  }
  showStart();
}

/** Wires closing and the page's keys. */
export function initWindow() {
  $('#lukk-fil').addEventListener('click', closeFile);
  // The Rust side runs this when the window is asked to close (filesafety.rs, lib.rs).
  window.tavleCloseRequested = closeWindow;
  document.addEventListener('keydown', (ev) => {
    if ((ev.ctrlKey || ev.metaKey) && !ev.altKey && ev.key.toLowerCase() === 'q') {
      ev.preventDefault();
      closeWindow();
      return;
    }
    keydown(ev);
  });
  window.addEventListener('unhandledrejection', (ev) => showError(ev.reason));
  // In the short dialogs (status, Til tavla, correction) Enter saves, as in a one-line
  // field; Shift+Enter is a new line in a note; Ctrl+Enter saves too (said in each dialog).
  for (const id of ['status-form', 'tiltavla-form', 'rett-form']) {
    const form = $(`#${id}`);
    form.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Enter' || ev.shiftKey || ev.altKey || ev.target.tagName !== 'TEXTAREA') return;
      ev.preventDefault();
      form.requestSubmit();
    });
  }
}
