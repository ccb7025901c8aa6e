// "Del med HR" (a snapshot of the board in the shared folder) and "Oversikt over enheter"
// (every unit's shared board for a year, side by side, for HR and the steering group).
// The numbers, the total, masking, sorting and filtering all come from the core; this
// module only shows them.
import { api } from './api.js';
import { h, fill, $, $$, nbDate } from './dom.js';
import { STATUSES } from './vocabulary.js';
import { showError, notice, answerOrShow } from './messages.js';
import { currentBoardId } from './editor.js';

const ov = {
  /** `{ show, back }` from main.js. */
  nav: null,
  dir: null,
  data: null,
  options: { year: null, filter: '', sort: 'gap', descending: true },
  asked: 0,
};

/** The columns: sort key, heading, what a line shows. */
const COLUMNS = [
  ['unit', 'Enhet', (l) => l.unit],
  ['year_to_date', 'Hittil i år', (l) => ytdText(l.text)],
  ['target', 'Mål', (l) => l.text.target],
  ['gap', 'Avstand (pp)', (l) => l.text.gap],
  ['presence', 'Nærvær', (l) => l.text.presence],
  ['direction', 'Siste 3 mnd', (l) => l.text.direction],
  ['missing', 'Mangler', (l) => l.text.missing],
  ['measures', 'Tiltak', (l) => measuresCell(l.status_counts, l.measures)],
  ['overdue', 'Forsinket', (l) => String(l.overdue)],
  ['milestones', 'Delmål nådd', (l) => l.text.milestones],
  ['last_changed', 'Sist endret', (l) => l.text.last_changed],
];

function ytdText(t) {
  if (!t.year_to_date) return 'ingen tall';
  if (t.basis === 'snitt av måneder') return `${t.year_to_date} (snitt av mnd.)`;
  return t.year_to_date;
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
  $('#del-hva').textContent = `Tavlen «${$('#tavletittel').textContent}» deles som én fil i mappen dere deler med HR.`;
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

async function submitShare(ev) {
  ev.preventDefault();
  const dialog = $('#deldialog');
  const form = $('#del-form');
  const errorBox = form.querySelector('.skjemafeil');
  errorBox.textContent = '';
  const dir = form.dir.value.trim();
  if (!dir) {
    errorBox.textContent = 'Skriv eller velg mappen dere deler med HR.';
    form.dir.focus();
    return;
  }
  try {
    const done = await api.publishBoard(Number(dialog.dataset.board), dir);
    dialog.close('ok');
    const how = done.replaced ? ' Den forrige delingen er erstattet.' : '';
    notice(`Delt med HR: ${done.unit} ${done.year} er lagret som «${done.path}».${how}`, { ms: 9000 });
  } catch (err) {
    errorBox.textContent = err && err.kind ? err.message : 'Noe gikk galt. Prøv igjen.';
  }
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
    showError({ kind: 'invalid', message: 'Skriv eller velg mappen dere deler med HR, og velg «Vis oversikt».' });
    return;
  }
  const asked = ++ov.asked;
  $('#ov-status').textContent = 'Leser mappen …';
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
  $('#ov-tittel').textContent = `Oversikt over enheter ${data.year}`;
  $('#ov-status').textContent = `${data.lines.length} enheter · ${throughText(data)}`;
  fill($('#ov-aar'), data.years.map((y) => h('option', { value: String(y), selected: y === data.year }, String(y))));
  fill($('#ov-hode'),
    COLUMNS.map(([key, label]) => {
      const active = ov.options.sort === key;
      const dir = ov.options.descending ? 'descending' : 'ascending';
      return h('th', { attrs: active ? { 'aria-sort': dir, scope: 'col' } : { scope: 'col' } },
        h('button', { type: 'button', className: 'sorter', data: { key }, title: `Sorter etter ${label.toLowerCase()}` },
          label, active ? (ov.options.descending ? ' ↓' : ' ↑') : ''));
    }),
    h('th', { scope: 'col' }, h('span', { className: 'skjult' }, 'Åpne')));
  fill($('#ov-rader'), data.lines.map((l) =>
    h('tr', { className: l.masked ? 'skjult-enhet' : (l.gap_points > 0.05 ? 'ov-over' : ''), data: { unit: l.unit } },
      COLUMNS.map(([key, , text]) => {
        const cell = key === 'unit' ? h('th', { scope: 'row' }, text(l)) : h('td', { data: { col: key } }, text(l));
        if (key === 'year_to_date' && l.masked) cell.title = 'Under 5 årsverk: fraværet vises ikke, for ikke å peke ut enkeltpersoner. Det er med i totalen.';
        return cell;
      }),
      h('td', {}, h('button', { type: 'button', className: 'ov-apne', attrs: { 'aria-label': `Åpne tavlen til ${l.unit} (bare lesing)` }, onclick: () => openUnit(l) }, 'Åpne')))));
  const t = data.total;
  fill($('#ov-total'), h('tr', { className: 'total' },
    h('th', { scope: 'row' }, 'Totalt'),
    h('td', { data: { col: 'year_to_date' } }, t.text.year_to_date || '—'),
    h('td', { data: { col: 'target' } }, t.text.target),
    h('td', { data: { col: 'gap' } }, t.text.gap),
    h('td', { data: { col: 'presence' } }, t.text.presence),
    h('td', {}, ''),
    h('td', {}, ''),
    h('td', {}, measuresCell(t.status_counts, t.measures)),
    h('td', {}, String(t.overdue)),
    h('td', {}, t.text.milestones),
    h('td', {}, ''),
    h('td', {}, '')));
  fill($('#ov-merknader'), notes(data).map((n) => h('li', {}, n)));
  $('#ingen-enheter').hidden = data.lines.length > 0;
  $('#ingen-enheter').textContent = data.filter
    ? `Ingen enheter begynner med «${data.filter}».`
    : `Ingen enheter har tavle for ${data.year}.`;
  const skipped = $('#ov-hoppet');
  skipped.hidden = data.skipped.length === 0;
  $('#ov-hoppet-tittel').textContent = `Hoppet over (${data.skipped.length})`;
  fill($('#ov-hoppet-liste'), data.skipped.map((s) => h('li', {}, h('strong', {}, fileName(s.file)), `: ${s.reason}`)));
}

function fileName(path) {
  return String(path).split(/[\\/]/).pop();
}

function throughText(data) {
  if (!data.through) return 'ingen fraværstall ennå';
  const [y, m] = data.through.split('-');
  const months = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
  return `fraværstall til og med ${months[Number(m) - 1]} ${y}`;
}

function notes(data) {
  const out = [`Totalt er Σ tapte dagsverk / Σ avtalte dagsverk for ${data.total.units_in_total} enheter med dagsverk, aldri et snitt av prosenter; målet i totalen er vektet på samme måte.`];
  if (data.total.units_without_days > 0) {
    out.push(`${data.total.units_without_days} enheter har bare prosenter og er ikke med i totalen; «hittil i år» er da snittet av månedene.`);
  }
  if (data.lines.some((l) => l.masked) || data.total.masked) {
    out.push('«skjult»: enheter under 5 årsverk vises ikke med fravær, for ikke å peke ut enkeltpersoner. De er med i totalen.');
  }
  if (data.filter) out.push(`Viser enheter som begynner med «${data.filter}» (${data.filtered_out} andre er ikke vist).`);
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
    const path = await api.pickSavePath('pdf', `Oversikt over enheter ${ov.data.year}.pdf`);
    if (!path) return;
    const written = await api.printRollup(ov.options, path);
    try {
      await api.openPdf(written);
      notice(`PDF-en er lagret som «${written}» og åpnet i PDF-leseren. Skriv ut derfra.`, { ms: 9000 });
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
  $('#en-fil').textContent = `Fra «${fileName(unit.file)}», sist endret ${line.text.last_changed || 'ukjent'}. Bare lesing: endringer gjør lederen i sin egen fil og deler på nytt.`;
  $('#en-hovedmal').textContent = b.main_goal || '—';
  const s = unit.summary;
  $('#en-hittil').textContent = unit.masked
    ? 'skjult (under 5 årsverk)'
    : (s.year_to_date_text ? `${s.year_to_date_text} (${s.basis_text})` : 'ingen tall');
  $('#en-mal').textContent = s.target_text || '—';
  $('#en-ingen').hidden = b.rows.length > 0;
  fill($('#en-rader'), b.rows.map((r, i) =>
    h('tr', { className: unit.overdue[i] ? 'forsinket' : '' },
      h('td', {}, String(i + 1)),
      h('td', {}, r.goal),
      h('td', {}, r.measure),
      h('td', {}, r.owner),
      h('td', {}, r.when, r.due ? h('div', { className: 'svak' }, `Frist ${nbDate(r.due)}`) : null),
      h('td', {}, (STATUSES.find(([c]) => c === r.status) || [r.status, r.status])[1],
        unit.overdue[i] ? h('span', { className: 'merke-forsinket' }, 'Forsinket') : null),
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
  $('#del-velg').addEventListener('click', () => pickInto($('#del-form').dir, 'Velg mappen dere deler med HR'));
  for (const b of $$('.til-oversikt')) b.addEventListener('click', openOverview);
  $('#ov-mappe-form').addEventListener('submit', readFolder);
  $('#ov-velg').addEventListener('click', () => pickInto($('#ov-mappe'), 'Velg den delte mappen med tavlene'));
  $('#ov-hode').addEventListener('click', (ev) => {
    const button = ev.target.closest('button.sorter');
    if (button) sortBy(button.dataset.key);
  });
  $('#ov-aar').addEventListener('change', () => {
    ov.options.year = Number($('#ov-aar').value);
    reshow();
  });
  $('#ov-filter').addEventListener('input', () => {
    ov.options.filter = $('#ov-filter').value;
    reshow();
  });
  $('#ov-skriv-ut').addEventListener('click', printOverview);
  $('#oversikt .tilbake').addEventListener('click', () => ov.nav.back());
  $('#enhet .tilbake').addEventListener('click', backToOverview);
  document.addEventListener('keydown', (ev) => {
    if (document.querySelector('dialog[open]')) return;
    if (ev.key === 'Escape' && !$('#enhet').hidden) {
      ev.preventDefault();
      backToOverview();
    } else if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'p' && !$('#oversikt').hidden) {
      ev.preventDefault();
      printOverview();
    }
  });
}
