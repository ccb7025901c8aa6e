// Tavle started again while it runs (a .tavle file double-clicked in the file manager): the
// Rust side (launch.rs) has brought this window to the front and queued the request. The
// file already on screen is only shown; another file is opened here, after asking when the
// screen holds input that is not in the file. Also «Om Tavle».
import { api } from '../lib/api.js';
import { h, fill, $, $$ } from '../lib/dom.js';
import { showError, notice, answerOrShow } from '../lib/messages.js';
import { closeEditor } from './editor.js';
import { t } from '../lib/texts.js';

let handlers = null;
let queue = Promise.resolve();

/** Starts listening; `showFile(file)` shows an opened file, `showStart()` the start screen,
 * `saveAll()` saves what every screen holds and `unsavedInput()` names what is still not in
 * the file (app/screens.js). Requests that came while the window was loading are handled now. */
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
  await handlers.saveAll();
  const unsaved = handlers.unsavedInput();
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
