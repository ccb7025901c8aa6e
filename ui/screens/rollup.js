// "Del med HR" (a snapshot of the board in the shared folder) and "Oversikt over enheter"
// (every unit's shared board for a year, side by side, for HR and the steering group).
// The numbers, the total, masking, sorting and filtering all come from the core; this
// module only shows them.
import { api } from '../lib/api.js';
import { h, fill, $, $$, nbDate } from '../lib/dom.js';
import { STATUSES } from '../lib/vocabulary.js';
import { showError, notice, answerOrShow, errorText } from '../lib/messages.js';
import { currentBoardId } from './editor.js';
import { t } from '../lib/texts.js';
import { svg, axis, rovingPoints } from '../lib/chart.js';

const ov = {
  /** `{ show, back }` from main.js. */
  nav: null,
  dir: null,
  data: null,
  options: { year: null, filter: '', sector: '', sort: 'gap', descending: true },
  asked: 0,
};

/** The columns: sort key, the catalogue id of its heading, what a line shows. */
const COLUMNS = [
  ['unit', 'ws-col-unit', (l) => l.unit],
  ['year_to_date', 'ws-col-ytd', (l) => ytdText(l)],
  ['target', 'ws-col-target', (l) => l.text.target],
  ['gap', 'ws-col-gap', (l) => l.text.gap],
  ['presence', 'ws-col-presence', (l) => l.text.presence],
  ['direction', 'ws-col-direction', (l) => l.text.direction],
  ['missing', 'ws-col-missing', (l) => l.text.missing],
  ['measures', 'ws-col-measures', (l) => measuresCell(l.status_counts, l.measures)],
  ['overdue', 'ws-col-overdue', (l) => String(l.overdue)],
  ['milestones', 'ws-col-milestones', (l) => l.text.milestones],
  ['last_changed', 'ws-col-changed', (l) => l.text.last_changed],
  ['funnel', 'ws-col-funnel', (l) => funnelText(l)],
];

/** Columns the core cannot sort by (their heading is not a button). */
const UNSORTED = new Set(['funnel']);

/** Where a unit lies in the funnel, in the core's words; empty when masked or without workdays. */
function funnelText(line) {
  if (!line.funnel) return '';
  return t({ over: 'rollup-funnel-over', under: 'rollup-funnel-under', innenfor: 'rollup-funnel-within' }[line.funnel.flag]);
}

/** The year to date of a line; a mean of monthly percentages says so (the basis by its code). */
function ytdText(line) {
  const shown = line.text.year_to_date;
  if (!shown) return t('ws-no-figures');
  if (line.year_to_date?.basis === 'monthly_mean') return t('ws-ytd-mean', { pct: shown });
  return shown;
}

/** The count, and the statuses under it in small print. */
function measuresCell(counts, total) {
  const parts = STATUSES.map(([, label], i) => (counts[i] ? `${counts[i]} ${label.toLowerCase()}` : null)).filter(Boolean);
  return h('span', {}, String(total), parts.length ? h('span', { className: 'fordeling' }, parts.join(', ')) : null);
}

// ---------- Del med HR ----------

async function openShare() {
  const id = currentBoardId();
  if (id === null) return;
  const dialog = $('#deldialog');
  const form = $('#del-form');
  form.querySelector('.skjemafeil').textContent = '';
  $('#del-hva').textContent = t('ws-share-what', { title: $('#tavletittel').textContent });
  form.dir.value = '';
  try {
    const dir = await api.publishFolder();
    if (dir) form.dir.value = dir;
  } catch (err) {
    showError(err);
  }
  dialog.dataset.board = String(id);
  dialog.showModal();
  form.dir.focus();
  form.dir.select();
}

/**
 * Runs `act(board, folder)` for the share dialog's board and folder (Del or Trekk tilbake):
 * a missing folder is said at the field; a refusal stays in the dialog; done closes it and
 * says `said(result)` for 9 seconds.
 */
async function inShareFolder(act, said) {
  const dialog = $('#deldialog');
  const form = $('#del-form');
  const errorBox = form.querySelector('.skjemafeil');
  errorBox.textContent = '';
  const dir = form.dir.value.trim();
  if (!dir) {
    errorBox.textContent = t('ws-share-no-folder');
    form.dir.focus();
    return;
  }
  try {
    const done = await act(Number(dialog.dataset.board), dir);
    dialog.close('ok');
    notice(said(done), { ms: 9000 });
  } catch (err) {
    errorBox.textContent = errorText(err, 'ws-error-retry');
  }
}

function submitShare(ev) {
  ev.preventDefault();
  return inShareFolder(api.publishBoard, (done) => {
    const shared = { unit: done.unit, year: done.year, path: done.path };
    return done.replaced ? t('ws-shared-replaced', shared) : t('ws-shared', shared);
  });
}

/** «Trekk tilbake»: the board's share is removed from the folder (found by its identity). */
function withdrawShare() {
  return inShareFolder(api.withdrawBoard, (done) => t('ws-withdrawn', { unit: done.unit, year: done.year }));
}

async function pickInto(input, title) {
  try {
    const dir = await api.pickFolder(title);
    if (dir) input.value = dir;
  } catch (err) {
    showError(err);
  }
  input.focus();
}

// ---------- Oversikt over enheter ----------

/** Shows the overview screen with the folder used last time, and reads it. */
export async function openOverview() {
  ov.nav.show('oversikt');
  const input = $('#ov-mappe');
  if (!input.value) {
    try {
      const dir = await api.rollupFolder();
      if (dir) input.value = dir;
    } catch (err) {
      showError(err);
    }
  }
  if (input.value && !ov.data) await readFolder();
  input.focus();
}

async function readFolder(ev) {
  if (ev) ev.preventDefault();
  const dir = $('#ov-mappe').value.trim();
  if (!dir) {
    showError({ kind: 'invalid', message: t('ws-overview-no-folder') });
    return;
  }
  const asked = ++ov.asked;
  $('#ov-status').textContent = t('ws-reading-folder');
  try {
    ov.options.year = null;
    const data = await api.rollupOpen(dir, ov.options);
    if (asked !== ov.asked) return;
    ov.dir = dir;
    render(data);
  } catch (err) {
    if (asked === ov.asked) {
      $('#ov-status').textContent = '';
      showError(err);
    }
  }
}

async function reshow() {
  const asked = ++ov.asked;
  try {
    const data = await api.rollupView(ov.options);
    if (asked === ov.asked) render(data);
  } catch (err) {
    showError(err);
  }
}

function render(data) {
  ov.data = data;
  ov.options.year = data.year;
  $('#ov-innhold').hidden = false;
  $('#ov-skriv-ut').disabled = false;
  $('#ov-tittel').textContent = t('ws-overview-title', { year: data.year });
  $('#ov-status').textContent = t('ws-overview-status', { n: data.lines.length, through: throughText(data) });
  fill($('#ov-aar'), data.years.map((y) => h('option', { value: String(y), selected: y === data.year }, String(y))));
  fill($('#ov-hode'),
    COLUMNS.map(([key, id]) => {
      const label = t(id);
      if (UNSORTED.has(key)) return h('th', { scope: 'col' }, label);
      const active = ov.options.sort === key;
      const dir = ov.options.descending ? 'descending' : 'ascending';
      return h('th', { attrs: active ? { 'aria-sort': dir, scope: 'col' } : { scope: 'col' } },
        h('button', { type: 'button', className: 'sorter', data: { key }, title: t('ws-sort-by', { column: label.toLowerCase() }) },
          label, active ? (ov.options.descending ? ' ↓' : ' ↑') : ''));
    }),
    h('th', { scope: 'col' }, h('span', { className: 'skjult' }, t('ws-open'))));
  fill($('#ov-rader'), data.lines.map((l) =>
    h('tr', { className: l.masked ? 'skjult-enhet' : (l.gap_points > 0.05 ? 'ov-over' : ''), data: { unit: l.unit } },
      COLUMNS.map(([key, , text]) => {
        const cell = key === 'unit' ? h('th', { scope: 'row' }, text(l)) : h('td', { data: { col: key } }, text(l));
        if (key === 'funnel' && l.funnel && l.funnel.flag !== 'innenfor') cell.classList.add('utenfor');
        if (key === 'year_to_date' && l.masked) cell.title = t('ws-masked-title');
        return cell;
      }),
      h('td', {}, h('button', { type: 'button', className: 'ov-apne', attrs: { 'aria-label': t('ws-open-unit', { unit: l.unit }) }, onclick: () => openUnit(l) }, t('ws-open'))))));
  fill($('#ov-total'), totalRow(t('ws-total'), data.total),
    ...data.sectors.map((sec) => totalRow(sec.name ? t('ws-sector-total', { sector: sec.name }) : t('ws-sector-none'), sec.total, 'sektor')));
  sectorChoice(data);
  drawKinds(data);
  drawFunnel(data);
  fill($('#ov-merknader'), notes(data).map((n) => h('li', {}, n)));
  $('#ingen-enheter').hidden = data.lines.length > 0;
  $('#ingen-enheter').textContent = data.filter
    ? t('ws-no-units-filter', { filter: data.filter })
    : (data.sector ? t('ws-no-units-sector', { sector: data.sector }) : t('ws-no-units-year', { year: data.year }));
  const skipped = $('#ov-hoppet');
  skipped.hidden = data.skipped.length === 0;
  $('#ov-hoppet-tittel').textContent = t('ws-skipped-title', { n: data.skipped.length });
  fill($('#ov-hoppet-liste'), data.skipped.map((s) => h('li', {}, h('strong', {}, fileName(s.file)), `: ${s.reason}`)));
}

/** The sector list: every sector read, kept while one is chosen (so it can be left again). */
let sectorsSeen = [];
function sectorChoice(data) {
  if (!data.sector) sectorsSeen = data.sectors.map((s) => s.name).filter(Boolean);
  const label = $('#ov-sektor-valg');
  label.hidden = sectorsSeen.length === 0;
  fill($('#ov-sektor'),
    h('option', { value: '', selected: !data.sector }, t('ui-ov-sector-all')),
    ...sectorsSeen.map((name) => h('option', { value: name, selected: name === data.sector }, name)));
}

/** The total's row, or a sector's subtotal (Σ tapte / Σ avtalte, made by the core). */
function totalRow(label, total, className = '') {
  return h('tr', { className: `total ${className}`.trim() },
    h('th', { scope: 'row' }, label),
    h('td', { data: { col: 'year_to_date' } }, total.text.year_to_date || '—'),
    h('td', { data: { col: 'target' } }, total.text.target),
    h('td', { data: { col: 'gap' } }, total.text.gap),
    h('td', { data: { col: 'presence' } }, total.text.presence),
    h('td', {}, ''),
    h('td', {}, ''),
    h('td', {}, measuresCell(total.status_counts, total.measures)),
    h('td', {}, String(total.overdue)),
    h('td', {}, total.text.milestones),
    h('td', {}, ''),
    h('td', {}, ''),
    h('td', {}, ''));
}

// ---------- the measures by Tiltakstype and Innsats ----------

/** The six counts' headings: the Tiltakstyper, then the Innsatser (the core's order). */
const KIND_HEADINGS = [
  'measure-kind-basis', 'measure-kind-person', 'measure-kind-project',
  'measure-level-promoting', 'measure-level-preventive', 'measure-level-repairing',
];

/** A line's (or a total's) six counts, in KIND_HEADINGS order. */
function kindCounts(x) {
  return [...x.kind_counts, ...x.level_counts];
}

/** The second table: a line per unit in the main table's order, then the total and sectors. */
function drawKinds(data) {
  $('#ov-typer').hidden = data.lines.length === 0;
  fill($('#ov-typer-hode'),
    h('th', { scope: 'col' }, t('ws-col-unit')),
    ...KIND_HEADINGS.map((id) => h('th', { scope: 'col' }, t(id))));
  const row = (label, x, className = '') => h('tr', { className },
    h('th', { scope: 'row' }, label),
    ...kindCounts(x).map((n, i) => h('td', { data: { col: KIND_HEADINGS[i] } }, String(n))));
  fill($('#ov-typer-rader'), data.lines.map((l) => row(l.unit, l)));
  fill($('#ov-typer-total'), row(t('ws-total'), data.total, 'total'),
    ...data.sectors.map((sec) => row(sec.name ? t('ws-sector-total', { sector: sec.name }) : t('ws-sector-none'), sec.total, 'total sektor')));
}

// ---------- the funnel plot ----------

/** The funnel: the limits as curves over size, each unit a point, the flagged ones named. */
function drawFunnel(data) {
  const plot = data.funnel_plot;
  const section = $('#ov-trakt');
  section.hidden = data.lines.length === 0;
  const graph = $('#ov-trakt-graf');
  if (!plot || plot.points.length === 0) {
    $('#ov-trakt-lesing').textContent = t('ws-funnel-none');
    graph.replaceChildren();
    graph.removeAttribute('aria-label');
    graph.closest('figure').hidden = true;
    $('#ov-trakt-punkt').textContent = '';
    $('#ov-trakt-merknad').textContent = '';
    return;
  }
  graph.closest('figure').hidden = false;
  $('#ov-trakt-lesing').textContent = `${plot.reading} ${plot.phi_reading}`;
  $('#ov-trakt-merknad').textContent = plot.masked ? t('ws-funnel-masked', { n: plot.masked }) : '';
  graph.setAttribute('aria-label', plot.summary);
  const W = 960, H = 400, left = 56, right = 150, top = 16, bottom = 50;
  const maxDays = Math.max(...plot.points.map((p) => p.agreed_days)) * 1.1;
  // The y axis shows every unit and the limits near the centre, not the curves' far ends.
  const highest = Math.max(...plot.points.map((p) => p.pct), plot.centre * 2);
  const [maxPct, step] = axis(highest * 1.1);
  const x = (d) => left + (d / maxDays) * (W - left - right);
  const y = (p) => top + (H - top - bottom) * (1 - Math.max(0, Math.min(maxPct, p)) / maxPct);
  const parts = [];
  for (let v = 0; v <= maxPct; v += step) {
    parts.push(svg('line', { x1: left, x2: W - right, y1: y(v), y2: y(v), class: 'rutelinje' }));
    parts.push(svg('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'akse' }, `${v} %`));
  }
  const [, dayStep] = axis(maxDays, 8);
  for (let d = 0; d <= maxDays; d += dayStep) {
    parts.push(svg('text', { x: x(d), y: H - bottom + 18, 'text-anchor': 'middle', class: 'akse' }, d.toLocaleString('nb-NO')));
  }
  parts.push(svg('text', { x: (left + W - right) / 2, y: H - 8, 'text-anchor': 'middle', class: 'akse' }, t('ws-funnel-axis-x')));
  // Curves clipped to the plot: the limits of a tiny unit run off the top and bottom.
  const clip = svg('clipPath', { id: 'trakt-klipp' });
  clip.append(svg('rect', { x: left, y: top, width: W - left - right, height: H - top - bottom }));
  parts.push(svg('defs', {}), clip);
  const curve = (key, cls) => svg('polyline', {
    points: plot.curve.map((c) => `${x(c.agreed_days)},${top + (H - top - bottom) * (1 - c[key] / maxPct)}`).join(' '),
    class: cls, 'clip-path': 'url(#trakt-klipp)',
  });
  for (const [key, cls] of [['upper95', 'grense95'], ['lower95', 'grense95'], ['upper998', 'grense998'], ['lower998', 'grense998']]) {
    parts.push(curve(key, cls));
  }
  parts.push(svg('line', { x1: left, x2: W - right, y1: y(plot.centre), y2: y(plot.centre), class: 'midtlinje' }));
  parts.push(svg('text', { x: W - right + 6, y: y(plot.centre) + 4, class: 'midtverdi' }, plot.centre_text));
  // Largest first, so a small unit is never hidden under a large one; read left to right.
  const maxR = 16, minR = 4;
  const radius = (d) => minR + (maxR - minR) * Math.sqrt(d / maxDays);
  const drawn = [...plot.points].sort((a, b) => b.agreed_days - a.agreed_days);
  const dots = new Map();
  for (const p of drawn) {
    const dot = svg('circle', {
      cx: x(p.agreed_days), cy: y(p.pct), r: radius(p.agreed_days),
      class: `dot ${p.flag}`, role: 'img', 'aria-label': p.label,
    });
    dots.set(p, dot);
    parts.push(dot);
    if (p.flag !== 'innenfor') {
      parts.push(svg('text', { x: x(p.agreed_days) + radius(p.agreed_days) + 4, y: y(p.pct) + 4, class: 'enhetsnavn' }, p.unit));
    }
  }
  graph.replaceChildren(...parts);
  const inOrder = [...plot.points].sort((a, b) => a.agreed_days - b.agreed_days);
  rovingPoints(inOrder.map((p) => dots.get(p)), 0, (i) => {
    $('#ov-trakt-punkt').textContent = inOrder[i].label;
  });
  $('#ov-trakt-punkt').textContent = '';
}

function fileName(path) {
  return String(path).split(/[\\/]/).pop();
}

function throughText(data) {
  if (!data.through) return t('ws-no-absence-yet');
  const [y, m] = data.through.split('-');
  const months = t('ws-month-names').split(' ');
  return t('ws-through', { month: months[Number(m) - 1], year: y });
}

function notes(data) {
  const out = [t('ws-note-total', { n: data.total.units_in_total })];
  if (data.total.units_without_days > 0) {
    out.push(t('ws-note-without-days', { n: data.total.units_without_days }));
  }
  if (data.lines.some((l) => l.masked) || data.total.masked) {
    out.push(t('ws-note-masked'));
  }
  if (data.filter) out.push(t('ws-note-filter', { filter: data.filter, n: data.filtered_out }));
  if (data.sectors.length) out.push(t('ws-note-sectors'));
  return out;
}

function sortBy(key) {
  if (ov.options.sort === key) ov.options.descending = !ov.options.descending;
  else {
    ov.options.sort = key;
    ov.options.descending = key !== 'unit';
  }
  reshow().then(() => $(`#ov-hode button[data-key="${key}"]`)?.focus());
}

async function printOverview() {
  if (!ov.data) return;
  try {
    const path = await api.pickSavePath('pdf', t('ws-overview-pdf-name', { year: ov.data.year }));
    if (!path) return;
    const written = await api.printRollup(ov.options, path);
    try {
      await api.openPdf(written);
      notice(t('ws-pdf-saved', { path: written }), { ms: 9000 });
    } catch (err) {
      showError(err);
    }
  } catch (err) {
    showError(err);
  }
}

// ---------- one unit, read-only ----------

let openedFrom = null;

async function openUnit(line) {
  const unit = await answerOrShow(api.rollupBoard(line.file, line.board));
  if (unit === undefined) return;
  openedFrom = line.unit;
  const b = unit.board;
  ov.nav.show('enhet');
  $('#en-tittel').textContent = `${b.unit} ${b.year}`;
  $('#en-fil').textContent = t('ws-unit-file', { file: fileName(unit.file), changed: line.text.last_changed || t('ws-unknown') });
  $('#en-hovedmal').textContent = b.main_goal || '—';
  const s = unit.summary;
  $('#en-hittil').textContent = unit.masked
    ? t('ws-unit-masked')
    : (s.year_to_date_text ? `${s.year_to_date_text} (${s.basis_text})` : t('ws-no-figures'));
  $('#en-mal').textContent = s.target_text || '—';
  $('#en-ingen').hidden = b.rows.length > 0;
  fill($('#en-rader'), b.rows.map((r, i) =>
    h('tr', { className: unit.overdue[i] ? 'forsinket' : '' },
      h('td', {}, String(i + 1)),
      h('td', {}, r.goal),
      h('td', {}, r.measure),
      h('td', {}, r.owner),
      h('td', {}, r.when, r.due ? h('div', { className: 'svak' }, t('ws-due', { date: nbDate(r.due) })) : null),
      h('td', {}, (STATUSES.find(([c]) => c === r.status) || [r.status, r.status])[1],
        unit.overdue[i] ? h('span', { className: 'merke-forsinket' }, t('ws-col-overdue')) : null),
      h('td', {}, r.result))));
  $('#enhet .tilbake').focus();
}

function backToOverview() {
  ov.nav.show('oversikt');
  const row = $$('#ov-rader tr').find((tr) => tr.dataset.unit === openedFrom);
  (row ? row.querySelector('.ov-apne') : $('#ov-mappe')).focus();
}

// ---------- wiring ----------

/** `handlers`: `{ show, back }` from main.js (`back` leaves the overview). */
export function initRollup(handlers) {
  ov.nav = handlers;
  $('#del-med-hr').addEventListener('click', openShare);
  $('#del-form').addEventListener('submit', submitShare);
  $('#del-form .avbryt').addEventListener('click', () => $('#deldialog').close('avbryt'));
  $('#del-velg').addEventListener('click', () => pickInto($('#del-form').dir, t('ws-pick-share-folder')));
  for (const b of $$('.til-oversikt')) b.addEventListener('click', openOverview);
  $('#ov-mappe-form').addEventListener('submit', readFolder);
  $('#ov-velg').addEventListener('click', () => pickInto($('#ov-mappe'), t('ws-pick-rollup-folder')));
  $('#ov-hode').addEventListener('click', (ev) => {
    const button = ev.target.closest('button.sorter');
    if (button) sortBy(button.dataset.key);
  });
  $('#ov-aar').addEventListener('change', () => {
    ov.options.year = Number($('#ov-aar').value);
    reshow();
  });
  $('#ov-sektor').addEventListener('change', () => {
    ov.options.sector = $('#ov-sektor').value;
    reshow();
  });
  $('#del-trekk').addEventListener('click', withdrawShare);
  $('#ov-filter').addEventListener('input', () => {
    ov.options.filter = $('#ov-filter').value;
    reshow();
  });
  $('#ov-skriv-ut').addEventListener('click', printOverview);
  $('#oversikt .tilbake').addEventListener('click', () => ov.nav.back());
  $('#enhet .tilbake').addEventListener('click', backToOverview);
}

/** Oversikt over enheter (`oversikt`); see app/screens.js. */
export const screen = {
  id: 'oversikt',
  open: openOverview,
  keydown(ev) {
    if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'p') {
      ev.preventDefault();
      printOverview();
    }
  },
};

/** One unit's shared board, read-only (`enhet`); Esc goes back to the overview. */
export const unitScreen = {
  id: 'enhet',
  open: openUnit,
  keydown(ev) {
    if (ev.key === 'Escape') {
      ev.preventDefault();
      backToOverview();
    }
  },
};
