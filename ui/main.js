// The app's entry: wires the screens (ui/screens/, listed in app/screens.js) to the app's
// concerns (app/: closing and keys, keeping the file safe, settings) and opens the first
// screen. Every call to Rust goes through lib/api.js; every failure ends up in
// lib/messages.js, in Norwegian.
import { api } from './lib/api.js';
import { $ } from './lib/dom.js';
import { nav } from './lib/nav.js';
import { show, showOnWall, startMeeting, saveAll, unsavedInput } from './app/screens.js';
import { initFileSafety, openBackups } from './app/filesafety.js';
import { initWindow } from './app/window.js';
import { initSettings, loadWords, applySettings } from './app/settings.js';
import { initStart, showStart, showFile, openInitialFile } from './screens/start.js';
import { initBoards, startEditor, showBoards } from './screens/boards.js';
import { openWall } from './screens/wall.js';
import { initFollowup } from './screens/followup.js';
import { initSheets } from './screens/sheets.js';
import { initRollup } from './screens/rollup.js';
import { initLaunches } from './screens/launch.js';
import { app } from './lib/openfile.js';

async function init() {
  Object.assign(nav, { show, openBoard: startEditor, showBoards, openBackups });
  initFollowup();
  initSheets({ openBoard: startEditor });
  initRollup({ show, back: () => (app.file ? showBoards() : showStart()) });
  initStart();
  initBoards();
  $('#vis-pa-veggen').addEventListener('click', showOnWall);
  $('#tavlemote').addEventListener('click', startMeeting);
  initFileSafety();
  initSettings();
  initWindow();

  // Before any screen: every word, the status labels and the workshop's questions come
  // from the core.
  await loadWords();
  await applySettings();
  // Started as a wall (`tavle-app --vegg FIL`): the wall only, no file opened for editing.
  const wall = await api.wallLaunch().catch(() => null);
  if (wall) {
    await openWall(wall);
    return;
  }
  await openInitialFile();
  // Tavle started again with a file while it runs (and «Om Tavle»).
  initLaunches({ showFile, showStart, saveAll, unsavedInput });
}

init();
