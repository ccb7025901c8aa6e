// Prosjekt nærvær: the template's five sections as a form, with the guiding questions from
// the template as hints, milestones with a date and a "Nådd" tick. Saved while typing.
import { api } from '../lib/api.js';
import { h, fill, $, $$, nbDate, todayIso } from '../lib/dom.js';
import { showError, answerOrShow, errorText } from '../lib/messages.js';
import { SaveQueue, tracked } from '../lib/savequeue.js';
import { nav, printToPdf } from '../lib/nav.js';
import { t } from '../lib/texts.js';

const TEXTS = ['absence_pct_december', 'absence_pct_average', 'situation', 'why_change', 'actions', 'desired_state', 'obstacles'];

const st = { board: null, title: '', saved: null, version: null };
let wired = false;

/** Opens the plan of board `board`. */
export async function openPlan(board) {
  wireOnce();
  const form = await answerOrShow(api.planForm(board));
  if (form === undefined) return;
  st.board = board;
  st.title = form.title;
  st.version = form.version;
  nav.show('plan');
  const f = $('#plan-form');
  // The title names the year once: "Prosjekt nærvær · Hjemmesykepleien 2025".
  $('#plan-tittel').textContent = t('fu-plan-title', { title: form.title });
  $('#plan-feil').textContent = '';
  const year = form.year;
  $('#plan-form input[name=absence_pct_december]').closest('label').firstChild.textContent = `${t('fu-plan-december', { year: year - 1 })} `;
  $('#plan-form input[name=absence_pct_average]').closest('label').firstChild.textContent = `${t('fu-plan-average', { year: year - 1 })} `;
  $('#plan-onsket').textContent = t('fu-plan-desired', { year });
  $('#plan-onsket-sporsmal').firstChild.textContent = `${t('fu-plan-desired-question', { year })} `;
  $('#plan-mal-tittel').textContent = t('fu-plan-target-title', { year });
  $('#plan-mal-sporsmal').textContent = t('fu-plan-target-question', { year });
  $('#plan-mal').textContent = form.target_text || t('fu-plan-target-unset');
  for (const name of TEXTS) f.elements[name].value = form.plan[name];
  fill($('#delmal'), form.plan.milestones.map(milestoneItem));
  st.saved = JSON.stringify(readPlan());
  f.elements.absence_pct_december.focus();
}

function milestoneItem(m = { text: '', due: '', reached_on: '' }) {
  // «Nådd»: ticked, it is reached today; the day can be typed (when it was reached in April).
  const reachedOn = h('input', {
    className: 'nadd-dato',
    value: m.reached_on || '',
    placeholder: t('fu-plan-date-placeholder'),
    hidden: !m.reached_on,
    attrs: { inputmode: 'numeric', autocomplete: 'off', 'aria-label': t('fu-plan-milestone-reached-on'), title: t('fu-plan-milestone-reached-on-title') },
    onchange: () => {
      // Emptied: not reached after all.
      if (reachedOn.value.trim()) return;
      reached.checked = false;
      reachedOn.hidden = true;
    },
  });
  const reached = h('input', { type: 'checkbox', checked: !!m.reached_on, className: 'nadd', onchange: () => {
    reachedOn.value = reached.checked ? reachedOn.value || nbDate(todayIso()) : '';
    reachedOn.hidden = !reached.checked;
    save();
  } });
  const li = h('li', {},
    h('input', { className: 'delmal-tekst', value: m.text, placeholder: t('fu-plan-milestone-placeholder'), attrs: { 'aria-label': t('fu-plan-milestone') } }),
    h('label', { className: 'delmal-frist' }, `${t('fu-plan-milestone-due')} `, h('input', { className: 'delmal-dato', value: m.due || '', placeholder: t('fu-plan-date-placeholder'), attrs: { inputmode: 'numeric' } })),
    h('span', { className: 'delmal-nadd' }, h('label', {}, reached, ` ${t('fu-plan-milestone-reached')}`), reachedOn),
    h('button', { type: 'button', className: 'fjern', attrs: { 'aria-label': t('fu-plan-milestone-remove') }, title: t('fu-plan-milestone-remove'), onclick: () => {
      const next = li.nextElementSibling || li.previousElementSibling;
      li.remove();
      save();
      (next ? next.querySelector('.delmal-tekst') : $('#nytt-delmal')).focus();
    } }, '✕'));
  return li;
}

/** The plan as typed. A milestone row left completely empty is not part of it yet. */
function readPlan() {
  const f = $('#plan-form');
  const plan = {};
  for (const name of TEXTS) plan[name] = f.elements[name].value;
  plan.milestones = typedMilestones().map(({ m }) => m);
  return plan;
}

/** The milestones as typed, with their list items; a row left completely empty is left out. */
function typedMilestones() {
  return $$('#delmal li')
    .map((li) => ({
      li,
      m: {
        text: li.querySelector('.delmal-tekst').value,
        due: li.querySelector('.delmal-dato').value,
        reached_on: li.querySelector('.nadd').checked ? li.querySelector('.nadd-dato').value : '',
      },
    }))
    .filter(({ m }) => m.text.trim() || m.due.trim() || m.reached_on.trim());
}

/** The field a refusal is about, from the error's `field` (`situation`, `milestones.2.due` …). */
function fieldOf(err) {
  if (!err?.field) return null;
  const milestone = /^milestones\.(\d+)\.(text|due|reached_on)$/.exec(err.field);
  if (milestone) {
    const item = typedMilestones()[Number(milestone[1])];
    const selector = { text: '.delmal-tekst', due: '.delmal-dato', reached_on: '.nadd-dato' }[milestone[2]];
    return item ? item.li.querySelector(selector) : null;
  }
  const field = $('#plan-form').elements[err.field];
  return field instanceof HTMLElement ? field : null;
}

/** Marks the field the last refusal was about (none when `err` is null). */
function markField(err) {
  for (const el of $$('#plan-form [aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const el of $$('#delmal .feltfeil')) el.remove();
  const field = fieldOf(err);
  field?.setAttribute('aria-invalid', 'true');
  // A milestone is far down the form: its reason is said beside it too, where the leader is.
  const item = field?.closest('#delmal li');
  if (item) item.append(h('div', { className: 'feltfeil' }, err.message));
}

const queue = new SaveQueue(() => write());
const schedule = () => queue.later();
const save = () => queue.now();

async function write() {
  if (st.board === null) return;
  const plan = readPlan();
  const text = JSON.stringify(plan);
  if (text === st.saved) {
    // Put back as it is saved (a refused date typed over with the one in the file).
    $('#plan-feil').textContent = '';
    markField(null);
    return;
  }
  try {
    st.version = await tracked(api.savePlan(st.board, plan, st.version));
    st.saved = text;
    $('#plan-feil').textContent = '';
    markField(null);
  } catch (err) {
    if (err && err.kind === 'conflict') {
      await conflict(err);
      return;
    }
    $('#plan-feil').textContent = errorText(err, 'fu-not-saved-retry', { within: 'fu-not-saved-reason' });
    markField(err);
  }
}

/**
 * The plan was changed elsewhere. Field by field: what the user did not touch takes the
 * other text; what the user typed stays (and where both changed a field, the other text is
 * said). The version is brought up to date, so the next save stores both.
 */
async function conflict(err) {
  let form;
  try {
    form = await api.planForm(st.board);
  } catch (loadErr) {
    showError(loadErr);
    return;
  }
  const base = st.saved ? JSON.parse(st.saved) : {};
  const mine = readPlan();
  const f = $('#plan-form');
  const names = {
    absence_pct_december: 'fu-plan-field-december',
    absence_pct_average: 'fu-plan-field-average',
    situation: 'fu-plan-field-situation',
    why_change: 'fu-plan-field-why',
    actions: 'fu-plan-field-actions',
    desired_state: 'fu-plan-field-desired',
    obstacles: 'fu-plan-field-obstacles',
  };
  const clashes = [];
  for (const n of TEXTS) {
    const theirs = form.plan[n] ?? '';
    if (mine[n] === (base[n] ?? '')) f.elements[n].value = theirs;
    else if (theirs !== (base[n] ?? '') && theirs !== mine[n]) clashes.push(t('fu-plan-clash', { field: t(names[n]), text: theirs || t('fu-plan-clash-empty') }));
  }
  const same = (a, b) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
  if (same(mine.milestones, base.milestones)) fill($('#delmal'), form.plan.milestones.map(milestoneItem));
  else if (!same(form.plan.milestones, base.milestones)) clashes.push(t('fu-plan-milestone'));
  st.version = form.version;
  st.saved = JSON.stringify(form.plan);
  $('#plan-feil').textContent = clashes.length
    ? t('fu-plan-conflict', { reason: err.message, clashes: clashes.join(' · ') })
    : '';
  if (clashes.length === 0) save();
}

/** Saves what is typed; true when nothing typed is left unsaved (or the plan is not open). */
export async function savePlanNow() {
  if (st.board === null) return true;
  await save();
  return st.board === null || JSON.stringify(readPlan()) === st.saved;
}

/** Reads the plan again after another window changed the file, unless something typed is unsaved. */
export async function refreshPlan() {
  if (st.board === null || $('#plan').hidden) return;
  if (JSON.stringify(readPlan()) !== st.saved) return;
  const active = document.activeElement;
  const name = active?.name;
  const form = await answerOrShow(api.planForm(st.board));
  if (form === undefined) return;
  if (JSON.stringify(readPlan()) !== st.saved) return; // typing started meanwhile
  const f = $('#plan-form');
  for (const n of TEXTS) f.elements[n].value = form.plan[n];
  fill($('#delmal'), form.plan.milestones.map(milestoneItem));
  st.version = form.version;
  st.saved = JSON.stringify(readPlan());
  if (name && f.elements[name]) f.elements[name].focus();
}

/** Leaves the plan: what is typed is saved first. */
export async function leavePlan() {
  if (st.board === null) return;
  await save();
  st.board = null;
}

async function print() {
  await save();
  try {
    await printToPdf(st.board, 'plan', null, t('fu-plan-pdf-name', { title: st.title }));
  } catch (err) {
    showError(err);
  }
}

function wireOnce() {
  if (wired) return;
  wired = true;
  const f = $('#plan-form');
  f.addEventListener('input', schedule);
  f.addEventListener('change', save);
  f.addEventListener('submit', (ev) => ev.preventDefault());
  $('#nytt-delmal').addEventListener('click', () => {
    const li = milestoneItem();
    $('#delmal').append(li);
    li.querySelector('.delmal-tekst').focus();
  });
  $('#plan-skriv-ut').addEventListener('click', print);
}

/** Prosjekt nærvær (`plan`); see app/screens.js. */
export const screen = { id: 'plan', open: openPlan, save: savePlanNow, unsavedIn: 'ed-unsaved-in-plan', refresh: refreshPlan };
