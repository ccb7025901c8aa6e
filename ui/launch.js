// Tavle started again while it runs (a .tavle file double-clicked in the file manager): the
// Rust side (launch.rs) has brought this window to the front and queued the request. The
// file already on screen is only shown; another file is opened here, after asking when the
// screen holds input that is not in the file. Also «Om Tavle».
import { api } from './api.js';
import { h, fill, $, $$ } from './dom.js';
import { showError, notice, answerOrShow } from './messages.js';
import { closeEditor, editorSaved, editorUnsaved } from './editor.js';
import { workshopSaved } from './workshop.js';
import { reviewUnsaved } from './review.js';
import { t } from './texts.js';

let handlers = null;
let queue = Promise.resolve();

/** Starts listening; `showFile(file)` shows an opened file, `showStart()` the start screen.
 * Requests that came while the window was loading are handled now. */
export function initLaunches(h) {
  handlers = h;
  api.onLaunch(() => takeRequests())?.catch?.(showError);
  $('#om-tavle').addEventListener('click', showAbout);
  takeRequests();
}

function takeRequests() {
  // One at a time, in the order they came: a second double-click waits for the first.
  queue = queue.then(async () => {
    let requests = [];
    try {
      requests = await api.takeLaunchRequests();
    } catch (err) {
      showError(err);
    }
    for (const request of requests) await handle(request);
  });
  return queue;
}

async function handle(request) {
  if (request.kind === 'already_open') {
    notice(t('ed-launch-already-open', { name: request.name }), { id: 'ny-start' });
  } else if (request.kind === 'refused') {
    showError({ kind: 'invalid', message: request.message });
  } else if (request.kind === 'open') {
    await openOther(request);
  }
}

async function openOther(request) {
  const focused = document.activeElement;
  // Leaving a field saves it (editor cells, forms); then wait for the saves in flight.
  focused?.blur?.();
  await Promise.all([editorSaved(), workshopSaved().catch(() => {})]);
  const unsaved = unsavedInput();
  if (unsaved.length > 0 && !(await askToLeave(request.name, unsaved))) {
    focused?.focus?.();
    return;
  }
  for (const d of $$('dialog[open]')) d.close('ny-start');
  // The editor lets go of the old file's rows before the other file is open, so no late
  // save can land in the wrong file.
  closeEditor();
  try {
    handlers.showFile(await api.openLaunchedFile(request.path));
  } catch (err) {
    showError(err);
    // The old file is still open when the other could not be: show it again.
    let file = null;
    try {
      file = await api.initialFile();
    } catch (e) {
      showError(e);
    }
    if (file) handlers.showFile(file, { autoOpen: false });
    else handlers.showStart();
  }
}

/** What on screen is not in the file, as the user would name it. */
function unsavedInput() {
  const found = [];
  for (const d of $$('dialog[open]')) {
    const title = d.querySelector('h2')?.textContent?.trim();
    if (d.id !== 'om') found.push(title ? t('ed-launch-form-open', { title }) : t('ed-launch-a-form-open'));
  }
  const rows = $('#editor').hidden ? 0 : editorUnsaved();
  if (rows > 0) found.push(t('ed-launch-rows-unsaved', { rows }));
  const cards = $$('#workshop textarea').filter((t) => !$('#workshop').hidden && t.value.trim() !== '');
  if (cards.length > 0) found.push(t('ed-launch-cards-unsaved'));
  if (reviewUnsaved()) found.push(t('ed-launch-review-unsaved'));
  // The screens start a refused save's message with these words (ed-launch-refused-prefix).
  const prefix = t('ed-launch-refused-prefix');
  const refused = $$('main .skjerm:not([hidden]) *').some(
    (el) => el.childElementCount === 0 && el.offsetParent !== null && el.textContent.startsWith(prefix),
  );
  if (refused) found.push(t('ed-launch-refused'));
  return found;
}

/** Asks whether to leave this screen for `name`; resolves true to open it. */
function askToLeave(name, unsaved) {
  const dialog = $('#ny-start');
  $('#ny-start-tekst').textContent = t('ed-launch-ask', { name });
  fill($('#ny-start-ulagret'), unsaved.map((u) => h('li', {}, u)));
  $('#ny-start-apne').textContent = t('ed-launch-open', { name });
  return new Promise((resolve) => {
    const done = (open) => {
      dialog.removeEventListener('close', onClose);
      if (dialog.open) dialog.close();
      resolve(open);
    };
    const onClose = () => done(false);
    $('#ny-start-apne').onclick = () => done(true);
    $('#ny-start-bli').onclick = () => done(false);
    dialog.addEventListener('close', onClose);
    dialog.showModal();
    // Staying is the safe choice, so it has the focus: Enter or Escape keeps what is typed.
    $('#ny-start-bli').focus();
  });
}

async function showAbout() {
  const about = await answerOrShow(api.about());
  if (about === undefined) return;
  $('#om-versjon').textContent = `Tavle ${about.version}`;
  $('#om-fil').textContent = about.file || t('ed-about-no-file');
  $('#om-kopier').textContent = about.backups
    ? t('ed-about-backups', { folder: about.backups, kept: about.backups_kept })
    : t('ed-about-backups-none');
  $('#om-innstillinger').textContent = about.settings;
  $('#om-lisens').textContent = t('ed-about-licence', { licence: about.licence, font: about.font_licence });
  $('#om').showModal();
  $('#om-lukk').focus();
}
