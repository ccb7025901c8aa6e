// What the user is told: errors (stay until closed) and quiet notices (fade by themselves).
import { h, $ } from './dom.js';
import { t } from './texts.js';

/**
 * The answer of `call` (a promise from api.js), or `undefined` once its error is shown: for
 * a screen that has nothing to show when its data cannot be read.
 */
export async function answerOrShow(call) {
  try {
    return await call;
  } catch (err) {
    showError(err);
    return undefined;
  }
}

/**
 * What to tell the user about `err`: the core's Norwegian message when it is one of ours
 * (an AppError from api.js, or `{ kind, message }`), else the catalogue's `fallback` (the
 * error itself then goes to the console, for developers). `within`: a message id that puts
 * the core's message in a sentence as `{$reason}` («Ikke lagret: …»).
 */
export function errorText(err, fallback, { within = null } = {}) {
  if (!(err && err.kind && typeof err.message === 'string')) {
    console.error(err);
    return t(fallback);
  }
  return within ? t(within, { reason: err.message }) : err.message;
}

/** Shows an error in Norwegian. Accepts an AppError from api.js or anything else. */
export function showError(err) {
  const text = errorText(err, 'ed-unknown-error');
  const shown = show(text, { error: true, id: err && err.kind === 'vanished' ? 'borte' : null });
  // app/filesafety.js adds what can be done about some kinds (a vanished file: "Lagre som …").
  document.dispatchEvent(new CustomEvent('tavle-error', { detail: { kind: err && err.kind, shown } }));
  return shown;
}

/**
 * Shows a notice. `action` is `{ label, run }` for a button in it (Angre); `ms` how long it
 * stays (0 = until closed).
 */
export function notice(text, { action = null, ms = 4000, id = null } = {}) {
  return show(text, { action, ms, id });
}

function show(text, { error = false, action = null, ms = 0, id = null }) {
  const box = $('#meldinger');
  if (id) box.querySelector(`[data-id="${id}"]`)?.remove();
  const close = () => el.remove();
  const el = h(
    'div',
    { className: error ? 'melding feil' : 'melding', attrs: { role: error ? 'alert' : 'status' }, data: id ? { id } : {} },
    h('span', { className: 'tekst' }, text),
    action && h('button', { type: 'button', className: 'handling', onclick: () => { close(); action.run(); } }, action.label),
    h('button', { type: 'button', className: 'lukk', attrs: { 'aria-label': t('ed-message-close-label') }, onclick: close }, t('ed-message-close')),
  );
  box.append(el);
  // Keep at most four on screen: old errors give way to new ones.
  while (box.children.length > 4) box.firstElementChild.remove();
  if (ms > 0) setTimeout(close, ms);
  return { el, close };
}

/** The quiet "Lagret" in the top bar. */
let savedTimer = null;
export function saving(state) {
  const el = $('#lagret');
  clearTimeout(savedTimer);
  if (state === 'saving') el.textContent = t('ed-saving');
  else if (state === 'saved') {
    el.textContent = t('ed-saved');
    savedTimer = setTimeout(() => { el.textContent = ''; }, 3000);
  } else el.textContent = '';
}
