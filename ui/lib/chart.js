// The little that the two charts (Fraværstall's run chart, the overview's funnel plot) share:
// making SVG elements, and points one reaches with the keyboard. Both are drawn from the
// core's numbers; nothing here computes a limit or a median.

const NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and, optionally, text. */
export function svg(tag, attrs = {}, text) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== null) el.setAttribute(k, String(v));
  }
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A round step (1, 2 or 5 × a power of ten) giving about `ticks` steps up to `max`: [top, step]. */
export function axis(max, ticks = 6) {
  const raw = Math.max(max, 1e-9) / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  const step = mag * (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10);
  return [Math.max(step, Math.ceil(max / step - 1e-9) * step), step];
}

/**
 * Makes `points` (SVG elements, in reading order) one tab stop: the one at `start` takes the
 * focus, the arrow keys, Home and End move it (the WAI-ARIA roving tabindex). Each point has
 * its words in aria-label; `onFocus(i)` shows them on screen as well.
 */
export function rovingPoints(points, start, onFocus) {
  points.forEach((p, i) => {
    p.setAttribute('tabindex', i === start ? '0' : '-1');
    p.addEventListener('focus', () => {
      points.forEach((q, j) => q.setAttribute('tabindex', j === i ? '0' : '-1'));
      onFocus(i);
    });
    p.addEventListener('keydown', (ev) => {
      const to = {
        ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1,
        Home: 0, End: points.length - 1,
      }[ev.key];
      if (to === undefined) return;
      ev.preventDefault();
      points[Math.max(0, Math.min(points.length - 1, to))].focus();
    });
  });
}
