// The app's settings: Målform (the language of screens, messages and prints) and Stor skrift.
import { api } from '../lib/api.js';
import { $ } from '../lib/dom.js';
import { showError, notice } from '../lib/messages.js';
import { loadTexts, t } from '../lib/texts.js';
import { loadVocabulary } from '../lib/vocabulary.js';
import { showStart } from '../screens/start.js';

/** Wires Målform and Stor skrift. */
export function initSettings() {
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
    await loadWords();
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
}

/**
 * Every word, the status labels and the workshop's questions from the core, in the app's
 * language (before any screen, and again when Målform changes).
 */
export async function loadWords() {
  try {
    await loadTexts();
    await loadVocabulary();
  } catch (err) {
    showError(err);
  }
}

/** Shows the saved settings: Målform and Stor skrift. */
export async function applySettings() {
  try {
    const settings = await api.settings();
    $('#storskjerm').checked = settings.large_text;
    $('#malform').value = settings.lang;
    document.documentElement.classList.toggle('storskjerm', settings.large_text);
  } catch (err) {
    showError(err);
  }
}
