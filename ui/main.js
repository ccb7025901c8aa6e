// The app's screens: start, the boards of a file, and the editor (editor.js). Every call to
// Rust goes through api.js; every failure ends up in messages.js, in Norwegian.
import { api } from './api.js';
import { h, fill, $, nbDate } from './dom.js';
import { statusLabel } from './vocabulary.js';
import { showError, notice } from './messages.js';
import { openEditor, closeEditor, editorKeydown, focusFirstGoal, saveEditor, refreshEditor, headerVersion, editorBoardId } from './editor.js';
import { openWall, wallShown, wallKeydown } from './wall.js';
import { openMeeting, meetingShown, meetingKeydown } from './meeting.js';
import { initFollowup } from './followup.js';
import { workshopKeydown, workshopSaved } from './workshop.js';
import { savePlanNow, refreshPlan } from './plan.js';
import { saveAbsence, refreshAbsence } from './absence.js';
import { refreshDeadlines } from './deadlines.js';
import { refreshWorkshop } from './workshop.js';
import { initSheets } from './sheets.js';
import { initRollup } from './rollup.js';
import { initLaunches } from './launch.js';
import { loadVocabulary } from './vocabulary.js';
import { loadTexts, t } from './texts.js';
import { setReadOnly } from './readonly.js';

const app = { file: null, boards: [] };

function show(screen) {
  for (const id of ['start', 'tavler', 'editor', 'fravaer', 'plan', 'gjennomgang', 'frister', 'workshop', 'oversikt', 'enhet', 'motet']) $(`#${id}`).hidden = id !== screen;
  const noFile = screen === 'start' || (!app.file && ['oversikt', 'enhet'].includes(screen));
  $('#lukk-fil').hidden = noFile;
  $('#sikkerhetskopier').hidden = noFile;
  document.querySelector('main').dataset.skjerm = screen;
  if (screen !== 'editor') closeEditor();
}

// ---------- start screen ----------

async function showStart() {
  app.file = null;
  showReadOnly(null);
  fill($('#filnavn'));
  document.title = 'Tavle';
  show('start');
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
      h('button', { type: 'button', className: 'handling', onclick: () => { shown.close(); openBackups(path); } }, t('ed-backups-button')),
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

// ---------- the boards of a file ----------

/** Shows an opened file: straight into the board when it has exactly one. */
function showFile(file, { autoOpen = true } = {}) {
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

async function showBoards() {
  try {
    app.boards = await api.listBoards();
  } catch (err) {
    showError(err);
  }
  renderBoards();
}

function renderBoards() {
  show('tavler');
  $('#ingen-tavler').hidden = app.boards.length > 0;
  $('.tavleliste').hidden = app.boards.length === 0;
  $('#fra-fjoraret').disabled = app.boards.length === 0;
  fill(
    $('#tavleliste'),
    app.boards.map((b) =>
      h('tr', { data: { id: b.id } },
        h('td', {}, b.unit),
        h('td', {}, String(b.year)),
        h('td', {}, String(b.rows)),
        h('td', {},
          h('div', { className: 'tellere' },
            b.counts.filter((c) => c.count > 0).map((c) => h('span', { className: 'teller' }, `${statusLabel(c.status)} ${c.count}`)))),
        h('td', {}, h('button', { type: 'button', className: 'apne-tavle', onclick: () => startEditor(b.id) }, t('ed-open-board'))),
        h('td', {}, h('button', {
          type: 'button',
          className: 'board-delete',
          attrs: { 'aria-label': t('ed-delete-board-named', { unit: b.unit, year: String(b.year) }) },
          onclick: () => askDeleteBoard(b),
        }, t('ed-delete-board')))),
    ),
  );
}

function startEditor(id) {
  show('editor');
  return openEditor(id, { onHeader: editHeader, onBack: showBoards });
}

// ---------- dialogs ----------

/** Wires a <dialog> with a form: `submit` returns true to close it; errors show inside. */
function formDialog(id, submit) {
  const dialog = $(`#${id}`);
  const form = dialog.querySelector('form');
  const errorBox = form.querySelector('.skjemafeil');
  form.querySelector('.avbryt').addEventListener('click', () => dialog.close('avbryt'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    errorBox.textContent = '';
    for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    try {
      if (await submit(form)) dialog.close('ok');
    } catch (err) {
      errorBox.textContent = err && err.kind ? err.message : t('ed-something-wrong');
      if (!(err && err.kind)) console.error(err);
      // The core names the field the message is about: mark it and put the cursor there.
      const field = err?.field ? form.elements[err.field] : null;
      if (field instanceof HTMLElement) {
        field.setAttribute('aria-invalid', 'true');
        field.focus();
      }
    }
  });
  return {
    open() {
      errorBox.textContent = '';
      dialog.showModal();
    },
    dialog,
    form,
  };
}

let headerTarget = null; // board id when editing, null for a new board

/** Ny tavle without Enhet: said at the field, which gets the focus. Returns false then. */
function checkUnit(form) {
  const field = form.unit;
  const box = $('#enhet-feil');
  const empty = field.value.trim() === '';
  box.textContent = empty ? t('ed-unit-missing') : '';
  box.hidden = !empty;
  if (empty) {
    field.setAttribute('aria-invalid', 'true');
    field.focus();
  } else field.removeAttribute('aria-invalid');
  return !empty;
}

const boardForm = formDialog('tavleskjema', async (form) => {
  if (!checkUnit(form)) return false;
  const header = {
    title: 'Forbedringstavle',
    unit: form.unit.value.trim(),
    // År and Mål are sent as typed: the core reads them and names the field it refuses.
    year: form.year.value,
    main_goal: form.main_goal.value,
    focus: form.elements.focus.value,
    target_pct: form.target_pct.value,
    sector: form.sector.value.trim(),
    staff: form.staff.value,
  };
  if (headerTarget === null) {
    const id = await api.createBoard(header);
    // A new board: straight into row 1's Mål, ready to type.
    startEditor(id).then(focusFirstGoal);
  } else {
    header.title = form.dataset.title || header.title;
    try {
      headerFormVersion = await api.updateBoardHeader(headerTarget, header, headerFormVersion);
    } catch (err) {
      if (err && err.kind === 'conflict') await headerConflict(err);
      throw err;
    }
    startEditor(headerTarget);
  }
  return true;
});

let headerFormVersion = null;

/**
 * The header was changed elsewhere while the form was open: what is typed stays in the
 * form, what the other place wrote is said, and "Lagre" again stores what is typed.
 */
async function headerConflict(err) {
  const view = await api.loadBoard(headerTarget);
  headerFormVersion = view.version;
  // Field by field: what the user did not change takes the other value; what was typed stays.
  const theirs = headerFields(view.board);
  const f = boardForm.form;
  const clashes = [];
  for (const [name, id] of [['unit', 'ed-field-unit'], ['year', 'ed-field-year'], ['main_goal', 'ed-field-main-goal'], ['focus', 'ed-field-focus'], ['target_pct', 'ed-field-target'], ['sector', 'ed-field-sector'], ['staff', 'ed-field-staff']]) {
    const field = f.elements[name];
    if (field.value === headerBase[name]) field.value = theirs[name];
    else if (theirs[name] !== headerBase[name] && theirs[name] !== field.value) clashes.push(t('ed-clash-item', { label: t(id), text: theirs[name] || t('ed-empty-value') }));
  }
  headerBase = theirs;
  err.message = clashes.length
    ? t('ed-header-conflict-clash', { message: err.message, clashes: clashes.join(' · ') })
    : t('ed-header-conflict-merged', { message: err.message });
}

let headerBase = {};

/** The header as the form shows it. */
function headerFields(b) {
  return {
    unit: b.unit,
    year: String(b.year),
    main_goal: b.main_goal,
    focus: b.focus,
    target_pct: b.target_pct === null ? '' : String(b.target_pct).replace('.', ','),
    sector: b.sector || '',
    staff: b.staff == null ? '' : String(b.staff).replace('.', ','),
  };
}

function newBoard() {
  headerTarget = null;
  const f = boardForm.form;
  f.reset();
  f.year.value = String(new Date().getFullYear());
  $('#tavleskjema-tittel').textContent = t('ed-header-new-title');
  $('#tavleskjema-ok').textContent = t('ed-header-new-ok');
  boardForm.open();
  checkUnitReset(f);
  f.unit.focus();
}

function checkUnitReset(f) {
  $('#enhet-feil').hidden = true;
  f.unit.removeAttribute('aria-invalid');
}

function editHeader(view) {
  headerTarget = view.id;
  headerFormVersion = view.version ?? headerVersion();
  const f = boardForm.form;
  const b = view.board;
  f.dataset.title = b.title;
  f.unit.value = b.unit;
  f.year.value = String(b.year);
  f.main_goal.value = b.main_goal;
  f.elements.focus.value = b.focus;
  f.target_pct.value = b.target_pct === null ? '' : String(b.target_pct).replace('.', ',');
  f.sector.value = b.sector || '';
  f.staff.value = b.staff == null ? '' : String(b.staff).replace('.', ',');
  headerBase = headerFields(b);
  $('#tavleskjema-tittel').textContent = t('ed-header-edit-title');
  $('#tavleskjema-ok').textContent = t('ed-header-edit-ok');
  boardForm.open();
}

const fromForm = formDialog('fjoraret', async (form) => {
  const id = await api.newBoardFrom(Number(form.from.value), form.year.value);
  notice(t('ed-board-from-last-year'));
  startEditor(id);
  return true;
});

function newBoardFromLastYear() {
  const f = fromForm.form;
  const sorted = [...app.boards].sort((a, b) => b.year - a.year);
  fill(f.from, sorted.map((b) => h('option', { value: String(b.id) }, `${b.unit} ${b.year}`)));
  const pickYear = () => {
    const b = app.boards.find((x) => String(x.id) === f.from.value);
    if (b) f.year.value = String(b.year + 1);
  };
  f.from.onchange = pickYear;
  pickYear();
  fromForm.open();
}

// ---------- the wall ----------

/** «Vis på veggen»: the open file on the wall; Esc comes back to the board. */
async function showOnWall() {
  // What is typed goes into the file first, so the wall shows it.
  if (!(await saveEverything(t('ed-unsaved-close-file')))) return;
  const board = editorBoardId();
  try {
    const start = await api.wallOfOpenFile();
    await openWall(start, () => (board !== null ? startEditor(board) : showBoards()));
  } catch (err) {
    showError(err);
  }
}

/** «Tavlemøte»: the meeting's agenda for the board open in the editor; back to the board. */
async function startMeeting() {
  // What is typed goes into the file first, so the meeting shows it.
  if (!(await saveEverything(t('ed-unsaved-close-file')))) return;
  const board = editorBoardId();
  if (board === null) return;
  try {
    const start = await api.wallOfOpenFile();
    await openMeeting({ board, path: start.path, show, back: () => startEditor(board) });
  } catch (err) {
    showError(err);
  }
}

// ---------- start ----------

async function init() {
  initFollowup({ show, openBoard: startEditor, showBoards });
  initSheets({ openBoard: startEditor });
  initRollup({ show, back: () => (app.file ? showBoards() : showStart()) });
  $('#ny-fil').addEventListener('click', newFile);
  $('#vis-pa-veggen').addEventListener('click', showOnWall);
  $('#tavlemote').addEventListener('click', startMeeting);
  $('#apne-fil').addEventListener('click', openFileDialog);
  $('#apne-eksempel').addEventListener('click', openExample);
  $('#ny-tavle').addEventListener('click', newBoard);
  $('#fra-fjoraret').addEventListener('click', newBoardFromLastYear);
  $('#lukk-fil').addEventListener('click', async () => {
    // Everything typed goes into the file before it closes; if that fails, it stays open.
    if (!(await saveEverything(t('ed-unsaved-close-file')))) return;
    try {
      await api.closeFile();
    } catch (err) {
      showError(err);
    }
    showStart();
  });
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
  window.tavleCloseRequested = closeWindow;
  setInterval(watchOutsideChanges, 1000);
  const malform = $('#malform');
  // Målform is the language of the whole app: screens, messages and prints. Chosen, it is
  // saved, and every word is read again in it at once; the focus stays on the select.
  malform.addEventListener('change', async () => {
    try {
      await api.setLang(malform.value);
    } catch (err) {
      showError(err);
      return;
    }
    try {
      await loadTexts();
      await loadVocabulary();
    } catch (err) {
      showError(err);
    }
    if (!$('#start').hidden) await showStart();
    malform.focus();
    notice(t('ed-lang-changed'), { ms: 5000 });
  });
  const big = $('#storskjerm');
  big.addEventListener('change', async () => {
    document.documentElement.classList.toggle('storskjerm', big.checked);
    // Text fields size themselves to their text: measure them again at the new size.
    window.dispatchEvent(new Event('resize'));
    try {
      await api.setLargeText(big.checked);
    } catch (err) {
      showError(err);
    }
  });
  document.addEventListener('keydown', (ev) => {
    if ((ev.ctrlKey || ev.metaKey) && !ev.altKey && ev.key.toLowerCase() === 'q') {
      ev.preventDefault();
      closeWindow();
      return;
    }
    if (document.querySelector('dialog[open]')) return;
    if (wallShown()) wallKeydown(ev);
    else if (meetingShown()) meetingKeydown(ev);
    else if (!$('#editor').hidden) editorKeydown(ev);
    else if (!$('#workshop').hidden) workshopKeydown(ev);
    // Printing goes through Tavle's PDF, never the web view's own print.
    else if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'p') ev.preventDefault();
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
  $('#tavleskjema-form').unit.addEventListener('input', (ev) => {
    if (ev.target.value.trim()) checkUnitReset(ev.target.form);
  });
  // A file that vanished offers "Lagre som …" in its message.
  document.addEventListener('tavle-error', (ev) => {
    if (ev.detail?.kind === 'vanished') offerSaveAs(ev.detail.shown);
    if (ev.detail?.kind === 'read_only') becameReadOnly();
  });

  try {
    // Before any screen: every word, the status labels and the workshop's questions come
    // from the core.
    await loadTexts();
    await loadVocabulary();
  } catch (err) {
    showError(err);
  }
  try {
    const settings = await api.settings();
    big.checked = settings.large_text;
    malform.value = settings.lang;
    document.documentElement.classList.toggle('storskjerm', settings.large_text);
  } catch (err) {
    showError(err);
  }
  // Started as a wall (`tavle-app --vegg FIL`): the wall only, no file opened for editing.
  const wall = await api.wallLaunch().catch(() => null);
  if (wall) {
    await openWall(wall);
    return;
  }
  let file = null;
  try {
    file = await api.initialFile();
  } catch (err) {
    // The file tried is one of the recent ones when the message names it.
    let tried = null;
    if (err && err.kind === 'damaged') {
      const recent = await api.recentFiles().catch(() => []);
      tried = recent.map((f) => f.path).find((p) => err.message.includes(`«${p}»`)) ?? null;
    }
    showOpenError(err, tried);
  }
  if (file) showFile(file);
  else showStart();
  // Tavle started again with a file while it runs (and «Om Tavle»).
  initLaunches({ showFile, showStart });
}

// ---------- keeping the file safe ----------

/**
 * Saves every pending edit of every screen (board cells, plan, absence, workshop cards).
 * True when all is in the file; otherwise says so (`what` starts the message) and false.
 */
async function saveEverything(what) {
  // A file that can only be read has nothing to save (the banner says so).
  if (app.file && app.file.read_only) return true;
  const results = await Promise.all([saveEditor(), savePlanNow(), saveAbsence(), workshopSaved().then(() => true, () => false)]);
  if (results.every(Boolean)) return true;
  const names = ['ed-unsaved-in-board', 'ed-unsaved-in-plan', 'ed-unsaved-in-absence', 'ed-unsaved-in-workshop'].filter((_, i) => !results[i]).map((id) => t(id));
  const shown = showError({
    kind: 'unsaved',
    message: t('ed-unsaved', { what, names: names.join(', ') }),
  });
  offerSaveAs(shown);
  return false;
}

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

/** The banner of a file that can only be read. */
function showReadOnly(file) {
  const banner = $('#bare-lesing');
  banner.hidden = !(file && file.read_only);
  setReadOnly(!banner.hidden);
  if (banner.hidden) return;
  $('#bare-lesing-tekst').textContent = file.backup_of
    ? t('ed-read-only-backup', { name: file.name, file: file.backup_of })
    : t('ed-read-only-file');
  $('#bare-lesing-gjenopprett').hidden = !file.backup_of;
  $('#bare-lesing-tilbake').hidden = !file.backup_of;
}

/**
 * The open file was made read-only while open (or a write was refused as read-only): the
 * banner, and nothing on the screens invites an edit from now on.
 */
function becameReadOnly() {
  if (!app.file || app.file.read_only) return;
  app.file = { ...app.file, read_only: true };
  showReadOnly(app.file);
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
    if (!$('#editor').hidden) await refreshEditor();
    else if (!$('#plan').hidden) await refreshPlan();
    else if (!$('#tavler').hidden) await showBoards();
    else if (!$('#fravaer').hidden) await refreshAbsence();
    else if (!$('#frister').hidden) await refreshDeadlines();
    else if (!$('#workshop').hidden) await refreshWorkshop();
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
async function openBackups(file) {
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

// ---------- Slett tavle … ----------

let boardToDelete = null;

/** «Slett tavle …»: a confirmation that names the unit and year; a backup is taken first. */
function askDeleteBoard(board) {
  boardToDelete = board;
  const dialog = $('#slettdialog');
  const names = { unit: board.unit, year: String(board.year), rows: board.rows };
  fill($('#slett-tittel'), t('ed-delete-title', names));
  fill($('#slett-hva'), t('ed-delete-what', names));
  fill($('#slett-ok'), t('ed-delete-confirm', names));
  dialog.querySelector('.skjemafeil').textContent = '';
  dialog.showModal();
  dialog.querySelector('.avbryt').focus();
}

formDialog('slettdialog', async () => {
  const board = boardToDelete;
  if (!board) return true;
  await api.deleteBoard(board.id);
  notice(t('ed-board-deleted', { unit: board.unit, year: String(board.year) }), { ms: 9000 });
  boardToDelete = null;
  showBoards();
  return true;
});

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

init();
