// Every word the screens show comes from the core's catalogue (locales/{nb,nn}/*.ftl), in
// the language the user chose (Målform). Asked for once at start and again when Målform
// changes; nothing is worded in ui/ itself.
//
// In HTML: data-t="id" puts the message in the element's text; data-t-attr="aria-label:id
// title:id2" puts messages in attributes. In JS: t('id', { name: value }).
import { api } from './api.js';

const messages = new Map();
const ones = new Map();
let lang = 'nb';

/** Reads the catalogue of the app's language and words the whole document with it. */
export async function loadTexts() {
  const texts = await api.texts();
  messages.clear();
  ones.clear();
  for (const [id, text] of Object.entries(texts.messages)) messages.set(id, text);
  for (const [id, form] of Object.entries(texts.one)) ones.set(id, form);
  lang = texts.lang;
  document.documentElement.lang = lang;
  applyTexts(document);
}

/** The current language: 'nb' or 'nn'. */
export const currentLang = () => lang;

/**
 * The message `id` with its `{$name}` placeholders filled from `args`. A message whose words
 * follow a number has its own form for 1: it is used when that number's argument is 1.
 */
export function t(id, args = {}) {
  const one = ones.get(id);
  const text = one && Number(args[one.number]) === 1 ? one.text : messages.get(id);
  if (text === undefined) {
    console.error(`Mangler tekst: ${id}`);
    return id;
  }
  return text.replace(/\{\$([A-Za-z0-9_-]+)\}/g, (whole, name) =>
    name in args ? String(args[name]) : whole,
  );
}

/** Words every element under `root` marked with data-t / data-t-attr. */
export function applyTexts(root) {
  for (const el of root.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  for (const el of root.querySelectorAll('[data-t-attr]')) {
    for (const pair of el.dataset.tAttr.trim().split(/\s+/)) {
      const [attr, id] = pair.split(':');
      el.setAttribute(attr, t(id));
    }
  }
}
