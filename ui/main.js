// The app's screens: start, the boards of a file, and the editor (editor.js). Every call to
// Rust goes through api.js; every failure ends up in messages.js, in Norwegian.
import { api } from './api.js';
import { h, fill, $, nbPct, statusLabel } from './dom.js';
import { showError, notice } from './messages.js';
import { openEditor, closeEditor, editorKeydown } from './editor.js';
import { initFollowup } from './followup.js';
import { workshopKeydown, workshopSaved } from './workshop.js';
import { initLaunches } from './launch.js';

const app = { file: null, boards: [] };

function show(screen) {
  for (const id of ['start', 'tavler', 'editor', 'fravaer', 'plan', 'gjennomgang', 'frister', 'workshop']) $(`#${id}`).hidden = id !== screen;
  $('#lukk-fil').hidden = screen === 'start';
  document.querySelector('main').dataset.skjerm = screen;
  if (screen !== 'editor') closeEditor();
}

// ---------- start screen ----------

async function showStart() {
  app.file = null;
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
    fill(list, h('li', { className: 'tom' }, 'Ingen filer ennå.'));
    return;
  }
  fill(
    list,
    recent.map((f) =>
      h('li', {},
        h('button', { type: 'button', disabled: !f.exists, onclick: () => openPath(f.path) },
          h('span', { className: f.exists ? 'navn' : 'navn mangler' }, f.exists ? f.name : `${f.name} (finnes ikke lenger)`),
          h('span', { className: 'sti' }, f.path))),
    ),
  );
}

async function openPath(path) {
  try {
    showFile(await api.openFile(path));
  } catch (err) {
    showError(err);
  }
}

async function newFile() {
  try {
    const path = await api.pickSavePath('tavle', 'Forbedringstavler.tavle');
    if (path) showFile(await api.createFile(path));
  } catch (err) {
    showError(err);
  }
}

async function openFileDialog() {
  try {
    const path = await api.pickOpenPath();
    if (path) showFile(await api.openFile(path));
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
        h('td', {}, h('button', { type: 'button', className: 'apne-tavle', onclick: () => startEditor(b.id) }, 'Åpne'))),
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
    try {
      if (await submit(form)) dialog.close('ok');
    } catch (err) {
      errorBox.textContent = err && err.kind ? err.message : 'Noe gikk galt. Prøv igjen.';
      if (!(err && err.kind)) console.error(err);
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

/** "7", "6,5" → number; "" → null; anything else is refused in Norwegian. */
function parsePct(text) {
  const t = text.trim().replace(',', '.').replace('%', '').trim();
  if (t === '') return null;
  const n = Number(t);
  if (!Number.isFinite(n)) {
    throw { kind: 'invalid', message: `«${text}» er ikke et tall. Skriv målet som et tall, for eksempel 7 eller 6,5.` };
  }
  return n;
}

function parseYear(text) {
  const n = Number(text.trim());
  if (!Number.isInteger(n)) {
    throw { kind: 'invalid', message: `«${text}» er ikke et årstall. Skriv året med fire sifre, for eksempel 2025.` };
  }
  return n;
}

let headerTarget = null; // board id when editing, null for a new board

const boardForm = formDialog('tavleskjema', async (form) => {
  const header = {
    title: 'Forbedringstavle',
    unit: form.unit.value.trim(),
    year: parseYear(form.year.value),
    main_goal: form.main_goal.value,
    focus: form.elements.focus.value,
    target_pct: parsePct(form.target_pct.value),
  };
  if (headerTarget === null) {
    const id = await api.createBoard(header);
    startEditor(id);
  } else {
    header.title = form.dataset.title || header.title;
    await api.updateBoardHeader(headerTarget, header);
    startEditor(headerTarget);
  }
  return true;
});

function newBoard() {
  headerTarget = null;
  const f = boardForm.form;
  f.reset();
  f.year.value = String(new Date().getFullYear());
  $('#tavleskjema-tittel').textContent = 'Ny tavle';
  $('#tavleskjema-ok').textContent = 'Lag tavlen';
  boardForm.open();
  f.unit.focus();
}

function editHeader(view) {
  headerTarget = view.id;
  const f = boardForm.form;
  const b = view.board;
  f.dataset.title = b.title;
  f.unit.value = b.unit;
  f.year.value = String(b.year);
  f.main_goal.value = b.main_goal;
  f.elements.focus.value = b.focus;
  f.target_pct.value = b.target_pct === null ? '' : String(b.target_pct).replace('.', ',');
  $('#tavleskjema-tittel').textContent = 'Endre tavlen';
  $('#tavleskjema-ok').textContent = 'Lagre';
  boardForm.open();
}

const fromForm = formDialog('fjoraret', async (form) => {
  const id = await api.newBoardFrom(Number(form.from.value), parseYear(form.year.value));
  notice('Ny tavle laget fra fjorårets.');
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

// ---------- start ----------

async function init() {
  initFollowup({ show, openBoard: startEditor, showBoards });
  $('#ny-fil').addEventListener('click', newFile);
  $('#apne-fil').addEventListener('click', openFileDialog);
  $('#apne-eksempel').addEventListener('click', openExample);
  $('#ny-tavle').addEventListener('click', newBoard);
  $('#fra-fjoraret').addEventListener('click', newBoardFromLastYear);
  $('#lukk-fil').addEventListener('click', async () => {
    await workshopSaved(); // cards typed just now go into the file before it closes
    try {
      await api.closeFile();
    } catch (err) {
      showError(err);
    }
    showStart();
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
    if (document.querySelector('dialog[open]')) return;
    if (!$('#editor').hidden) editorKeydown(ev);
    else if (!$('#workshop').hidden) workshopKeydown(ev);
    // Printing goes through Tavle's PDF, never the web view's own print.
    else if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'p') ev.preventDefault();
  });
  window.addEventListener('unhandledrejection', (ev) => showError(ev.reason));

  try {
    const settings = await api.settings();
    big.checked = settings.large_text;
    document.documentElement.classList.toggle('storskjerm', settings.large_text);
  } catch (err) {
    showError(err);
  }
  let file = null;
  try {
    file = await api.initialFile();
  } catch (err) {
    showError(err);
  }
  if (file) showFile(file);
  else showStart();
  // Tavle started again with a file while it runs (and «Om Tavle»).
  initLaunches({ showFile, showStart });
}

init();
