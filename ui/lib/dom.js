// Small DOM helpers. User text only ever goes in through textContent or value: never HTML.

/**
 * Makes an element. `props` sets properties (className, type, value, …), `on*` adds listeners,
 * `data` sets data-* attributes, `attrs` sets attributes; strings among `children` become
 * text nodes.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, val] of Object.entries(props)) {
    if (val === undefined || val === null) continue;
    if (key === 'data') Object.assign(el.dataset, val);
    else if (key === 'attrs') for (const [a, v] of Object.entries(val)) el.setAttribute(a, v);
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), val);
    else el[key] = val;
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of `el`. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export const $ = (sel, root = document) => root.querySelector(sel);
export const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];

/** `2025-03-15` → `15.03.2025`. */
export function nbDate(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** A percentage the Norwegian way: 9.1 → "9,1 %". */
export function nbPct(p) {
  if (p === null || p === undefined) return '';
  return `${String(Math.round(p * 10) / 10).replace('.', ',')} %`;
}

/** Today as `YYYY-MM-DD` in local time. */
export function todayIso() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

