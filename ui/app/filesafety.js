// Keeping the file safe: Sikkerhetskopier (`kopidialog`) to look at or restore, «Lagre som …»
// (offered in the read-only banner and in the message of a vanished file or of what could
// not be saved), and changes made outside (another window, the `tavle` command).
import { api } from '../lib/api.js';
import { h, fill, $, nbDate } from '../lib/dom.js';
import { showError, notice } from '../lib/messages.js';
import { app, becameReadOnly } from '../lib/openfile.js';
import { t } from '../lib/texts.js';
import { showFile } from '../screens/start.js';
import { refreshShown, saveEverything } from './screens.js';

/** Puts a "Lagre som …" button in a shown message. */
function offerSaveAs(shown) {
  if (!shown || !app.file) return;
  shown.el.insertBefore(
    h('button', { type: 'button', className: 'handling', onclick: () => { shown.close(); saveAs(); } }, t('ed-save-as-button')),
    shown.el.querySelector('.lukk'),
  );
}

/** "Lagre som …": a whole copy of the open file somewhere else, which becomes the open file. */
async function saveAs() {
  try {
    const path = await api.pickSavePath('tavle', app.file ? app.file.name : t('ed-new-file-name'));
    if (!path) return;
    showFile(await api.saveFileAs(path));
    notice(t('ed-saved-as'), { ms: 8000 });
  } catch (err) {
    showError(err);
  }
}

/**
 * Reads the open screen again when another window or the `tavle` command changed the file,
 * and shows the read-only state when the file was made read-only.
 */
let watching = false;
async function watchOutsideChanges() {
  if (watching || !app.file || document.querySelector('dialog[open]')) return;
  watching = true;
  try {
    const outside = await api.outsideChanges();
    if (outside.read_only) becameReadOnly();
    if (!outside.changed) return;
    await refreshShown();
  } catch {
    // The next second asks again; a closed file is not an error here.
  } finally {
    watching = false;
  }
}

function when(iso) {
  const [date, time] = iso.split('T');
  return `${nbDate(date)} kl. ${time.slice(0, 8)}`;
}

/** Sikkerhetskopier …: the backups of `file`, each to restore or to open and look at. */
export async function openBackups(file) {
  if (!file) return;
  const dialog = $('#kopidialog');
  const errorBox = dialog.querySelector('.skjemafeil');
  errorBox.textContent = '';
  let list = [];
  try {
    list = await api.listBackups(file);
  } catch (err) {
    showError(err);
    return;
  }
  $('#kopi-ingen').hidden = list.length > 0;
  dialog.querySelector('.kopiliste').hidden = list.length === 0;
  fill(
    $('#kopi-rader'),
    list.map((b) =>
      h('tr', { className: b.good ? '' : 'skadet' },
        h('td', {}, when(b.taken), b.good ? null : ` ${t('ed-backup-damaged')}`),
        h('td', { className: 'tall' }, b.boards === null ? '?' : String(b.boards)),
        h('td', { className: 'tall' }, b.rows === null ? '?' : String(b.rows)),
        h('td', {},
          h('div', { className: 'kopiknapper' },
            h('button', { type: 'button', disabled: !b.good, onclick: () => lookAtBackup(file, b.path) }, t('ed-backup-look')),
            h('button', { type: 'button', className: 'hoved hent-tilbake', disabled: !b.good, onclick: (ev) => confirmRestore(ev.target, file, b.path) }, t('ed-backup-restore')))))),
  );
  dialog.showModal();
  dialog.querySelector('.kopiliste button, .avbryt').focus();
}

async function lookAtBackup(file, from) {
  if (!(await saveEverything(t('ed-unsaved-open-backup')))) return;
  try {
    $('#kopidialog').close();
    showFile(await api.openBackup(file, from), { autoOpen: false });
  } catch (err) {
    showError(err);
  }
}

/** The first press asks again on the button itself; the second restores. */
function confirmRestore(button, file, from) {
  if (button.dataset.bekreft === 'ja') {
    restoreBackup(file, from);
    return;
  }
  button.dataset.bekreft = 'ja';
  button.textContent = t('ed-backup-restore-confirm');
}

async function restoreBackup(file, from) {
  if (!file || !from) return;
  if (app.file && !app.file.read_only && !(await saveEverything(t('ed-unsaved-restore')))) return;
  try {
    const info = await api.restoreBackup(file, from);
    $('#kopidialog').close();
    showFile(info, { autoOpen: false });
    notice(t('ed-backup-restored'), { ms: 9000 });
  } catch (err) {
    const box = $('#kopidialog .skjemafeil');
    if ($('#kopidialog').open) box.textContent = err.message;
    else showError(err);
  }
}

/** Wires the backups dialog, the read-only banner and the watch for outside changes. */
export function initFileSafety() {
  $('#sikkerhetskopier').addEventListener('click', () => openBackups(app.file?.backup_of || app.file?.path));
  $('#kopi-form .avbryt').addEventListener('click', () => $('#kopidialog').close());
  $('#bare-lesing-lagre-som').addEventListener('click', saveAs);
  $('#bare-lesing-tilbake').addEventListener('click', async () => {
    try {
      showFile(await api.backToFile(), { autoOpen: false });
    } catch (err) {
      showError(err);
    }
  });
  $('#bare-lesing-gjenopprett').addEventListener('click', () => app.file && restoreBackup(app.file.backup_of, app.file.path));
  setInterval(watchOutsideChanges, 1000);
  // A file that vanished, and what could not be saved, offer "Lagre som …" in their message.
  document.addEventListener('tavle-error', (ev) => {
    if (ev.detail?.kind === 'vanished' || ev.detail?.kind === 'unsaved') offerSaveAs(ev.detail.shown);
    if (ev.detail?.kind === 'read_only') becameReadOnly();
  });
}
