// The start screen (`start`): recent files, Ny fil, Åpne fil, Åpne eksempel; and what
// follows opening a file: its boards, or straight into the board when it has one.
import { api } from '../lib/api.js';
import { h, fill, $ } from '../lib/dom.js';
import { showError, notice } from '../lib/messages.js';
import { nav } from '../lib/nav.js';
import { app, showReadOnly } from '../lib/openfile.js';
import { t } from '../lib/texts.js';
import { startEditor, renderBoards } from './boards.js';

export async function showStart() {
  app.file = null;
  showReadOnly(null);
  fill($('#filnavn'));
  document.title = 'Tavle';
  nav.show('start');
  let recent = [];
  try {
    recent = await api.recentFiles();
  } catch (err) {
    showError(err);
  }
  const list = $('#nylig');
  if (recent.length === 0) {
    fill(list, h('li', { className: 'tom' }, t('ed-recent-none')));
    return;
  }
  fill(
    list,
    recent.map((f) =>
      h('li', {},
        h('button', { type: 'button', disabled: !f.exists, onclick: () => openPath(f.path) },
          h('span', { className: f.exists ? 'navn' : 'navn mangler' }, f.exists ? f.name : t('ed-recent-missing', { name: f.name })),
          h('span', { className: 'sti' }, f.path))),
    ),
  );
}

export const screen = { id: 'start', open: showStart };

async function openPath(path) {
  try {
    showFile(await api.openFile(path));
  } catch (err) {
    showOpenError(err, path);
  }
}

/** A file that could not be opened; a damaged one offers its backups. */
function showOpenError(err, path) {
  const shown = showError(err);
  if (err && err.kind === 'damaged' && path) {
    shown.el.insertBefore(
      h('button', { type: 'button', className: 'handling', onclick: () => { shown.close(); nav.openBackups(path); } }, t('ed-backups-button')),
      shown.el.querySelector('.lukk'),
    );
  }
}

async function newFile() {
  try {
    const path = await api.pickSavePath('tavle', t('ed-new-file-name'));
    if (path) showFile(await api.createFile(path));
  } catch (err) {
    showError(err);
  }
}

async function openFileDialog() {
  try {
    const path = await api.pickOpenPath();
    if (path) await openPath(path);
  } catch (err) {
    showError(err);
  }
}

async function openExample() {
  try {
    showFile(await api.openExample());
  } catch (err) {
    showError(err);
  }
}

/** Shows an opened file: straight into the board when it has exactly one. */
export function showFile(file, { autoOpen = true } = {}) {
  app.file = file;
  fill($('#filnavn'), file.name);
  document.title = `Tavle — ${file.name}`;
  app.boards = file.boards;
  showReadOnly(file);
  for (const warning of file.warnings || []) notice(warning, { ms: 12000 });
  if (autoOpen && file.boards.length === 1) {
    startEditor(file.boards[0].id);
  } else {
    renderBoards();
  }
}

/**
 * At start: the file Tavle was started with (or the last one), else the start screen. A
 * damaged file offers its backups.
 */
export async function openInitialFile() {
  let file = null;
  try {
    file = await api.initialFile();
  } catch (err) {
    // The damaged file is named in the error's arguments; its backups are offered when it
    // is one of the recent files.
    let tried = null;
    if (err && err.kind === 'damaged' && err.args?.path) {
      const recent = await api.recentFiles().catch(() => []);
      tried = recent.some((f) => f.path === err.args.path) ? err.args.path : null;
    }
    showOpenError(err, tried);
  }
  if (file) showFile(file);
  else showStart();
}

/** Wires the start screen's buttons. */
export function initStart() {
  $('#ny-fil').addEventListener('click', newFile);
  $('#apne-fil').addEventListener('click', openFileDialog);
  $('#apne-eksempel').addEventListener('click', openExample);
}
