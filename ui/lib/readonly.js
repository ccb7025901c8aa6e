// While the open file can only be read (write-protected, made read-only while open, or a
// backup opened to look at), nothing on a screen invites an edit: text fields are read-only
// (they can still be read, selected and copied), and the choices and buttons that would
// change the file are disabled. The banner above the screens says why and offers «Lagre
// som …». Screens draw their rows again and again, so controls are locked as they come.

/** Fields that stay readable but take no typing. */
const FIELDS = [
  '#rader textarea', '#rader input',
  '#fravaer-rader input',
  '#plan-form input:not([type=checkbox])', '#plan-form textarea',
  '#gjennomgang textarea', '#gjennomgang form input:not([type=radio])',
  '.ws-felt', '.kortfelt',
].join(', ');

/** Choices and buttons that would change the file. */
const CONTROLS = [
  '#rader select', '#rader .knapper button', '#rader .tidslinje-plass button', '#ny-rad', '#rediger-tavle',
  '#ny-tavle', '#fra-fjoraret', '#importer-excel',
  '#plan-form input[type=checkbox]', '#plan-form .fjern', '#nytt-delmal',
  '#gjennomgang input[type=radio]', '#gjennomgang form button[type=submit]', '#gj-lagre',
  '#ws-til-tavla', '#ws-slaa-sammen', '.ws-kort .kortknapp', '.ws-kort input.velg',
].join(', ');

let observer = null;

function lockAll() {
  for (const el of document.querySelectorAll(FIELDS)) {
    if (el.readOnly) continue;
    el.readOnly = true;
    el.dataset.laast = 'felt';
  }
  for (const el of document.querySelectorAll(CONTROLS)) {
    if (el.disabled) continue;
    el.disabled = true;
    el.dataset.laast = 'knapp';
  }
}

function unlockAll() {
  for (const el of document.querySelectorAll('[data-laast]')) {
    if (el.dataset.laast === 'felt') el.readOnly = false;
    else el.disabled = false;
    delete el.dataset.laast;
  }
}

/** Locks every screen's editing controls while `readOnly`, and unlocks them after. */
export function setReadOnly(readOnly) {
  document.documentElement.classList.toggle('lesemodus', readOnly);
  if (!readOnly) {
    observer?.disconnect();
    observer = null;
    unlockAll();
    return;
  }
  lockAll();
  if (observer) return;
  // A control a screen enables again (a card chosen in the workshop) is locked again too.
  observer = new MutationObserver(lockAll);
  observer.observe(document.querySelector('main'), { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'readonly'] });
}

