// Workshop: what the staff say, typed as cards under the three questions while they talk.
// Nobody waits for the program: Enter shows the card and empties the field at once, and the
// saving runs behind, one queue per question so cards keep the order they were typed in.
// If a save fails, the card goes away again and its text is put back in the field.
import { api } from '../lib/api.js';
import { h, fill, $, $$ } from '../lib/dom.js';
import { showError, notice, errorText } from '../lib/messages.js';
import { SaveQueue, tracked } from '../lib/savequeue.js';
import { QUESTIONS, limits, choiceFields } from '../lib/vocabulary.js';
import { nav, printToPdf } from '../lib/nav.js';
import { t, currentLang } from '../lib/texts.js';


/** Dots drawn on a card; more votes than this show as a number only. */
const MAX_DOTS = 10;

const ws = {
  board: null,
  name: '', // "Hjemmesykepleien 2025": in the title and the print's file name
  rows: [], // the board's rows, for "→ Rad N: Mål"
  cards: [], // { key, id, question, text, votes, row, el }
  selected: new Set(), // card keys
  undo: [], // { kind: 'delete', deleted } | { kind: 'merge', merge }
  queues: {}, // question → its SaveQueue
};
let nextKey = 1;
let wired = false;
/** The language the question columns were worded in (worded again after Målform changes). */
let wordedIn = null;

/** Opens the Workshop screen for board `board`. */
export async function openWorkshop(board) {
  wireOnce();
  try {
    await load(board);
  } catch (err) {
    showError(err);
    return;
  }
  nav.show('workshop');
  ws.undo = [];
  $('#ws-felt-works_well').focus();
}

async function load(board) {
  // Cards typed while the board is read again are still being saved: they stay on screen.
  const typing = ws.board === board ? ws.cards.filter((c) => c.id === null) : [];
  const view = await api.loadBoard(board);
  ws.board = board;
  ws.name = `${view.board.unit} ${view.board.year}`;
  ws.rows = view.board.rows;
  const stored = view.board.inputs.map((input, i) => ({
    key: nextKey++,
    id: view.input_ids[i],
    // The card's version in the file: sent with a text change, so one made elsewhere is not undone.
    version: view.input_versions ? view.input_versions[i] : null,
    question: input.question,
    text: input.text,
    votes: input.votes,
    row: input.row ?? null,
    el: null,
  }));
  const still = typing.filter((c) => ws.cards.includes(c) && !view.input_ids.includes(c.id));
  ws.cards = [...stored, ...still];
  ws.selected.clear();
  for (const [q] of QUESTIONS) ws.queues[q] ??= new SaveQueue(null);
  $('#ws-tittel').textContent = t('ws-title', { name: ws.name });
  render();
}

// ---------- saving behind the screen ----------

/** Runs `job` after every earlier save of `question`; errors are shown, never thrown. */
function queue(question, job) {
  return ws.queues[question].add(() => tracked(Promise.resolve().then(job))).catch(showError);
}

/** Waits until every card typed so far is saved. */
const settled = () => Promise.all(Object.values(ws.queues).map((q) => q.settled()));

/**
 * Text typed in a question's field but not yet made a card (no Enter yet) becomes a card:
 * leaving the workshop or closing loses nothing typed.
 */
function keepTyped() {
  if (ws.board === null) return;
  for (const [q] of QUESTIONS) {
    const field = document.getElementById(`ws-felt-${q}`);
    const text = field ? field.value.trim() : '';
    if (!text) continue;
    field.value = '';
    addCard(q, text);
  }
}

/**
 * Before the window or the file is closed: what is typed becomes cards and every card is
 * saved. Rejects when some text could not be saved (it is back in its field).
 */
export async function workshopSaved() {
  keepTyped();
  await settled();
  const left = QUESTIONS.some(([q]) => document.getElementById(`ws-felt-${q}`)?.value.trim());
  if (left && ws.board !== null) throw new Error('unsaved workshop text');
}

function addCard(question, text) {
  const card = { key: nextKey++, id: null, question, text, votes: 0, row: null, el: null };
  ws.cards.push(card);
  $(`#ws-kort-${question}`).append(cardElement(card));
  updateCounts();
  queue(question, async () => {
    try {
      card.id = await api.addInput(ws.board, question, text);
      card.version = 1;
      card.el?.classList.remove('venter');
      if (card.el) card.el.dataset.id = String(card.id);
    } catch (err) {
      // Not saved: take the card away and give the text back, so nothing is lost.
      removeCard(card);
      const field = $(`#ws-felt-${question}`);
      field.value = field.value.trim() ? `${text} ${field.value}` : text;
      throw err;
    }
  });
}

/** Runs `job(id)` for a saved card, after its question's earlier saves. */
function withCard(card, job) {
  return queue(card.question, () => (card.id === null ? undefined : job(card.id)));
}

// ---------- the screen ----------

function render() {
  for (const [q] of QUESTIONS) {
    fill($(`#ws-kort-${q}`), ws.cards.filter((c) => c.question === q).map(cardElement));
  }
  updateCounts();
}

function updateCounts() {
  for (const [q] of QUESTIONS) {
    const n = ws.cards.filter((c) => c.question === q).length;
    $(`#ws-antall-${q}`).textContent = n === 0 ? '' : t('ws-count', { n });
  }
  const n = ws.selected.size;
  $('#ws-til-tavla').disabled = n === 0;
  $('#ws-til-tavla').textContent = n === 0 ? t('ws-to-board') : t('ws-to-board-n', { n });
  $('#ws-slaa-sammen').disabled = n !== 2;
  $('#ws-valgt').textContent =
    n === 0 ? t('ws-select-hint') : t('ws-selected', { n });
}

function voteText(n) {
  return t('ws-votes', { n });
}

function cardElement(card) {
  const dots = h('span', { className: 'prikker', attrs: { 'aria-hidden': 'true' } });
  const count = h('span', { className: 'stemmetall' });
  const text = h('p', { className: 'korttekst' }, card.text);
  const link = h('p', { className: 'til-rad' });
  const select = h('input', {
    type: 'checkbox',
    className: 'velg',
    tabIndex: -1,
    checked: ws.selected.has(card.key),
    attrs: { 'aria-label': t('ws-select-card') },
    onchange: () => toggleSelected(card, select.checked),
  });
  const tool = (label, title, run, cls = '') =>
    h('button', { type: 'button', className: `kortknapp ${cls}`, tabIndex: -1, title, attrs: { 'aria-label': title }, onclick: (ev) => { ev.stopPropagation(); run(); } }, label);
  const el = h(
    'li',
    {
      className: `kort${card.id === null ? ' venter' : ''}${ws.selected.has(card.key) ? ' valgt' : ''}`,
      tabIndex: 0,
      data: card.id === null ? { key: card.key } : { key: card.key, id: card.id },
      onkeydown: (ev) => cardKeydown(ev, card),
      ondblclick: () => editCard(card),
    },
    h('div', { className: 'kort-topp' }, select, text),
    link,
    h('div', { className: 'kort-bunn' },
      h('span', { className: 'stemmer' }, dots, count),
      h('span', { className: 'kortverktoy' },
        tool('−', t('ws-vote-down'), () => vote(card, -1)),
        tool('+', t('ws-vote-up'), () => vote(card, 1), 'pluss'),
        tool('↑', t('ws-move-up'), () => moveCard(card, -1)),
        tool('↓', t('ws-move-down'), () => moveCard(card, 1)),
        tool(t('ws-edit'), t('ws-edit-title'), () => editCard(card)),
        tool(t('ws-delete'), t('ws-delete-title'), () => deleteCard(card), 'slett'))),
  );
  card.el = el;
  showVotes(card);
  showRow(card);
  return el;
}

function showVotes(card) {
  if (!card.el) return;
  const dots = card.el.querySelector('.prikker');
  fill(dots, Array.from({ length: Math.min(card.votes, MAX_DOTS) }, () => h('span', { className: 'prikk' })));
  card.el.querySelector('.stemmetall').textContent = card.votes === 0 ? '' : voteText(card.votes);
  card.el.dataset.votes = String(card.votes);
}

function showRow(card) {
  if (!card.el) return;
  const link = card.el.querySelector('.til-rad');
  const row = card.row === null ? null : ws.rows[card.row];
  link.hidden = row === null || row === undefined;
  link.textContent = link.hidden ? '' : t('ws-row-link', { n: card.row + 1, goal: row.goal || row.measure });
}

function removeCard(card) {
  ws.cards = ws.cards.filter((c) => c !== card);
  ws.selected.delete(card.key);
  card.el?.remove();
  updateCounts();
}

function focusCard(card) {
  card?.el?.focus();
}

// ---------- what can be done with a card ----------

function toggleSelected(card, on = !ws.selected.has(card.key)) {
  if (on) ws.selected.add(card.key);
  else ws.selected.delete(card.key);
  card.el?.classList.toggle('valgt', on);
  const box = card.el?.querySelector('.velg');
  if (box) box.checked = on;
  updateCounts();
}

function vote(card, delta) {
  const before = card.votes;
  card.votes = Math.min(limits.maxVotes, Math.max(0, card.votes + delta));
  if (card.votes === before) return;
  showVotes(card);
  withCard(card, async (id) => {
    try {
      card.votes = await api.voteInput(id, delta);
    } catch (err) {
      card.votes = Math.max(0, card.votes - delta);
      throw err;
    } finally {
      showVotes(card);
    }
  });
}

function moveCard(card, step) {
  const same = ws.cards.filter((c) => c.question === card.question);
  const from = same.indexOf(card);
  const to = from + step;
  if (to < 0 || to >= same.length) return;
  const other = same[to];
  // Swap the two in the screen's list and in the page, then save the new place.
  const i = ws.cards.indexOf(card);
  const j = ws.cards.indexOf(other);
  [ws.cards[i], ws.cards[j]] = [ws.cards[j], ws.cards[i]];
  if (step < 0) other.el.before(card.el);
  else other.el.after(card.el);
  card.el.focus();
  withCard(card, async (id) => {
    try {
      await api.moveInput(id, to);
    } catch (err) {
      // Show the order the file has, once this question's queue (this job too) is done.
      reload().catch(showError);
      throw err;
    }
  });
}

function editCard(card) {
  if (!card.el || card.el.querySelector('textarea')) return;
  const text = card.el.querySelector('.korttekst');
  const area = h('textarea', { className: 'kortfelt', value: card.text, rows: 2, attrs: { 'aria-label': t('ws-edit-label') } });
  text.replaceWith(area);
  area.focus();
  area.select();
  let done = false;
  const finish = (keep) => {
    if (done) return;
    done = true;
    const value = area.value.trim();
    area.replaceWith(text);
    if (keep && value !== card.text) {
      const before = card.text;
      if (value === '') {
        showError({ kind: 'invalid', message: t('ws-empty-card') });
      } else {
        card.text = value;
        text.textContent = value;
        withCard(card, async (id) => {
          try {
            card.version = await api.updateInput(id, value, card.version ?? null);
          } catch (err) {
            card.text = before;
            text.textContent = before;
            if (err && err.kind !== 'conflict') throw err;
            // Changed elsewhere: read the cards again and keep what was typed in the message.
            await load(ws.board).catch(showError);
            showError({ kind: 'conflict', message: t('ws-edit-conflict', { reason: err.message, text: value }) });
          }
        });
      }
    }
    card.el.focus();
  };
  area.addEventListener('keydown', (ev) => {
    ev.stopPropagation();
    if (ev.key === 'Enter' && !ev.shiftKey) {
      ev.preventDefault();
      finish(true);
    } else if (ev.key === 'Escape') {
      ev.preventDefault();
      finish(false);
    }
  });
  area.addEventListener('blur', () => finish(true));
}

function deleteCard(card) {
  const same = ws.cards.filter((c) => c.question === card.question);
  const next = same[same.indexOf(card) + 1] || same[same.indexOf(card) - 1];
  removeCard(card);
  if (next) focusCard(next);
  else $(`#ws-felt-${card.question}`).focus();
  withCard(card, async (id) => {
    const deleted = await api.deleteInput(id);
    ws.undo.push({ kind: 'delete', deleted });
    notice(t('ws-deleted'), { action: { label: t('ws-undo'), run: undo }, ms: 15000, id: 'angre-innspill' });
  });
}

async function mergeSelected() {
  const chosen = ws.cards.filter((c) => ws.selected.has(c.key));
  if (chosen.length !== 2) return;
  await settled();
  const [keep, other] = chosen;
  if (keep.id === null || other.id === null) return;
  try {
    const merge = await tracked(api.mergeInputs(keep.id, other.id));
    ws.undo.push({ kind: 'merge', merge });
    ws.selected.clear();
    await reload();
    notice(t('ws-merged'), { action: { label: t('ws-undo'), run: undo }, ms: 15000, id: 'angre-innspill' });
    focusCard(ws.cards.find((c) => c.id === keep.id));
  } catch (err) {
    showError(err);
  }
}

async function undo() {
  const last = ws.undo.pop();
  if (!last) return;
  await settled();
  $('#meldinger [data-id="angre-innspill"]')?.remove();
  try {
    const id = last.kind === 'delete' ? await api.restoreInput(last.deleted) : await api.unmergeInputs(last.merge);
    await reload();
    focusCard(ws.cards.find((c) => c.id === id));
    notice(last.kind === 'delete' ? t('ws-restored') : t('ws-unmerged'));
  } catch (err) {
    showError(err);
  }
}

/**
 * Reads the cards again after another window or the `tavle` command changed the file; not
 * while a card's text is being edited (that edit is saved with its version first).
 */
export async function refreshWorkshop() {
  if (ws.board === null || $('#workshop').hidden || document.querySelector('#workshop .kortfelt')) return;
  const focused = ws.cards.find((c) => c.el && c.el === document.activeElement);
  await reload();
  if (focused) focusCard(ws.cards.find((c) => c.id === focused.id));
}

/** Reads the cards again from the file (after an undo, a merge or Til tavla). */
async function reload() {
  await settled();
  const keepSelected = new Set(ws.cards.filter((c) => ws.selected.has(c.key)).map((c) => c.id));
  await load(ws.board);
  for (const c of ws.cards) if (keepSelected.has(c.id)) toggleSelected(c, true);
}

// ---------- Til tavla ----------

async function openToBoard() {
  const chosen = ws.cards.filter((c) => ws.selected.has(c.key));
  if (chosen.length === 0) return;
  const form = $('#tiltavla-form');
  form.reset();
  form.querySelector('.skjemafeil').textContent = '';
  const ideas = $('#tiltavla-ideer');
  fill(ideas, chosen.map((c) => h('li', {}, c.text)));
  fillChoices();
  $('#tiltavla').showModal();
  // A long list scrolls: then it must be reachable from the keyboard too (WCAG 2.1.1).
  if (ideas.scrollHeight > ideas.clientHeight) ideas.setAttribute('tabindex', '0');
  else ideas.removeAttribute('tabindex');
  form.goal.focus();
}

/** Tiltakstype and Innsats, a drop-down each from the core's field list (as in the editor),
 *  «–» (none) until the leader chooses; in the app's language of the moment. */
function fillChoices() {
  fill($('#tiltavla-valg'), choiceFields().map((f) => h('label', {},
    h('span', {}, f.label, ' ', h('span', { className: 'svak' }, t('ui-optional'))),
    h('select', { name: f.code, className: `valg-${f.code}` },
      h('option', { value: '' }, t('ed-choice-none')),
      f.choices.map((c) => h('option', { value: c.code }, c.text))))));
}

async function submitToBoard(ev) {
  ev.preventDefault();
  const form = $('#tiltavla-form');
  const errorBox = form.querySelector('.skjemafeil');
  errorBox.textContent = '';
  await settled();
  const chosen = ws.cards.filter((c) => ws.selected.has(c.key) && c.id !== null);
  if (chosen.length === 0) {
    errorBox.textContent = t('ws-selection-gone');
    return;
  }
  const entry = {
    goal: form.goal.value,
    measure: form.measure.value,
    owner: form.owner.value,
    when: form.when.value,
    due: form.due.value,
  };
  for (const f of choiceFields()) entry[f.code] = form.elements.namedItem(f.code).value || null;
  try {
    await tracked(api.inputsToRow(ws.board, chosen.map((c) => c.id), entry));
    $('#tiltavla').close('ok');
    ws.selected.clear();
    await reload();
    const made = ws.cards.find((c) => c.id === chosen[0].id);
    notice(made && made.row !== null ? t('ws-row-added', { n: made.row + 1 }) : t('ws-added'));
    focusCard(made);
  } catch (err) {
    errorBox.textContent = errorText(err, 'ws-error-retry');
  }
}

// ---------- the quiet timer ----------

const timers = {};

function toggleTimer(question) {
  const button = $(`#ws-tid-${question}`);
  const minutes = Number($(`#ws-minutter-${question}`).value);
  if (timers[question]) {
    clearInterval(timers[question]);
    delete timers[question];
    button.textContent = t('ws-timer-start');
    $(`#ws-klokke-${question}`).textContent = '';
    $(`#ws-klokke-${question}`).classList.remove('ute');
    return;
  }
  const end = Date.now() + minutes * 60000;
  const tick = () => {
    const left = Math.max(0, Math.round((end - Date.now()) / 1000));
    const clock = $(`#ws-klokke-${question}`);
    clock.textContent = left === 0 ? t('ws-time-up') : `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    clock.classList.toggle('ute', left === 0);
    if (left === 0) {
      // Time is up: say so quietly and leave it there; Start begins again.
      clearInterval(timers[question]);
      delete timers[question];
      button.textContent = t('ws-timer-start');
    }
  };
  timers[question] = setInterval(tick, 1000);
  tick();
  button.textContent = t('ws-timer-stop');
}

// ---------- keys ----------

function fieldKeydown(ev, question) {
  if (ev.key !== 'Enter' || ev.shiftKey || ev.isComposing) return;
  ev.preventDefault();
  const text = ev.target.value.trim();
  if (text === '') return;
  ev.target.value = '';
  addCard(question, text);
}

function cardKeydown(ev, card) {
  if (ev.target !== card.el) return; // keys typed in the card's own controls
  const key = ev.key;
  const same = () => ws.cards.filter((c) => c.question === card.question);
  if (ev.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) moveCard(card, key === 'ArrowUp' ? -1 : 1);
  else if (key === 'ArrowUp' || key === 'ArrowDown') {
    const list = same();
    focusCard(list[list.indexOf(card) + (key === 'ArrowUp' ? -1 : 1)]);
  } else if (key === '+') vote(card, 1);
  else if (key === '-' || key === '−') vote(card, -1);
  else if (key === ' ') toggleSelected(card);
  else if (key === 't' || key === 'T') {
    if (!ws.selected.has(card.key)) toggleSelected(card, true);
    openToBoard();
  }
  else if (key === 'Enter' || key === 'F2') editCard(card);
  else if (key === 'Delete' || key === 'Backspace') deleteCard(card);
  else return;
  ev.preventDefault();
}

/** Keys for the whole screen, while it shows. */
export function workshopKeydown(ev) {
  const ctrl = ev.ctrlKey || ev.metaKey;
  const key = ev.key.toLowerCase();
  if (ctrl && key === 'z' && ws.undo.length > 0 && !['INPUT', 'TEXTAREA'].includes(ev.target.tagName)) {
    ev.preventDefault();
    undo();
  } else if (ctrl && key === 'p') {
    ev.preventDefault();
    printCards();
  } else if (ev.altKey && ['1', '2', '3'].includes(ev.key)) {
    ev.preventDefault();
    $(`#ws-felt-${QUESTIONS[Number(ev.key) - 1][0]}`).focus();
  }
}

async function printCards() {
  await settled();
  try {
    await printToPdf(ws.board, 'workshop', null, t('ws-pdf-name', { name: ws.name }));
  } catch (err) {
    showError(err);
  }
}

// ---------- wiring ----------

/** The three question columns (field, timer, cards), in the current language. */
function buildColumns() {
  if (wordedIn === currentLang()) return;
  wordedIn = currentLang();
  for (const q of Object.keys(timers)) {
    clearInterval(timers[q]);
    delete timers[q];
  }
  const columns = $('#ws-sporsmal');
  columns.replaceChildren();
  for (const [q, text] of QUESTIONS) {
    const field = h('textarea', {
      id: `ws-felt-${q}`,
      className: 'ws-felt',
      rows: 2,
      placeholder: t('ws-field-placeholder'),
      attrs: { 'aria-label': t('ws-field-label', { question: text }) },
      onkeydown: (ev) => fieldKeydown(ev, q),
    });
    columns.append(
      h('section', { className: 'ws-kolonne', data: { question: q } },
        h('div', { className: 'ws-hode' },
          h('h2', {}, text),
          h('div', { className: 'ws-tid' },
            h('span', { id: `ws-antall-${q}`, className: 'ws-antall' }),
            h('span', { id: `ws-klokke-${q}`, className: 'ws-klokke', attrs: { 'aria-live': 'polite' } }),
            h('label', { className: 'skjult', htmlFor: `ws-minutter-${q}` }, t('ws-timer-minutes-label')),
            h('select', { id: `ws-minutter-${q}`, className: 'ws-minutter', tabIndex: -1 },
              [5, 10, 15, 20, 30].map((m) => h('option', { value: String(m), selected: m === 10 }, t('ws-timer-minutes', { m })))),
            h('button', { type: 'button', id: `ws-tid-${q}`, className: 'stille ws-tidknapp', tabIndex: -1, title: t('ws-timer-title'), onclick: () => toggleTimer(q) }, t('ws-timer-start')))),
        field,
        h('ol', { id: `ws-kort-${q}`, className: 'ws-kort', attrs: { 'aria-label': t('ws-cards-label', { question: text }) } })),
    );
  }
}

function wireOnce() {
  buildColumns();
  if (wired) return;
  wired = true;
  $('#ws-til-tavla').addEventListener('click', openToBoard);
  $('#ws-slaa-sammen').addEventListener('click', mergeSelected);
  $('#ws-skriv-ut').addEventListener('click', printCards);
  $('#tiltavla-form').addEventListener('submit', submitToBoard);
  $('#tiltavla-form .avbryt').addEventListener('click', () => $('#tiltavla').close('avbryt'));
  $('#workshop .tilbake').addEventListener('click', async () => {
    keepTyped();
    await settled();
    for (const q of Object.keys(timers)) clearInterval(timers[q]);
    nav.openBoard(ws.board);
  });
}

/** The Workshop (`workshop`); see app/screens.js. */
export const screen = {
  id: 'workshop',
  open: openWorkshop,
  save: () => workshopSaved().then(() => true, () => false),
  unsavedIn: 'ed-unsaved-in-workshop',
  unsaved: () => ($$('#workshop textarea').some((f) => f.value.trim() !== '') ? t('ed-launch-cards-unsaved') : null),
  keydown: workshopKeydown,
  refresh: refreshWorkshop,
};
