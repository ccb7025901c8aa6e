//! The overview's cells in words: the column headings, each line's and each total's cells,
//! the notes on how the total is made, and the whole overview as text for the terminal.
//! The window, the PDF, the CSV and the workbook show the same columns from these.

pub use super::unit::{line_basis_of, missing_text, total_basis};
use super::{Direction, LineText, Rollup, UnitLine, MASK_BELOW_FTE};
use tavle_model::lang::Lang;
use tavle_model::model::{MeasureKind, MeasureLevel, Status};
use tavle_model::nb;

/// The overview's columns: the catalogue ids of their headings, in order (the words, in
/// either language, from [`headings_in`]; the print uses the same ids).
pub const HEADINGS: [&str; 11] = [
    "rollup-col-unit",
    "rollup-col-ytd",
    "rollup-col-target",
    "rollup-col-gap",
    "rollup-col-presence",
    "rollup-col-last-3",
    "rollup-col-missing",
    "rollup-col-measures",
    "rollup-col-overdue",
    "rollup-col-milestones",
    "rollup-col-changed",
];

/// The overview's column headings in `lang` (the same words as the print's).
pub fn headings_in(lang: Lang) -> [String; 11] {
    HEADINGS.map(|id| lang.text(id))
}

/// The headings of the six counts of measures by Tiltakstype and Innsats, in `lang`:
/// «Basistiltak», «Persontiltak», «Prosjekttiltak», «Helsefremmende», «Forebyggende»,
/// «Reparerende» (the CSV's, the workbook's and the print's columns, in that order).
pub fn kind_headings_in(lang: Lang) -> [String; 6] {
    let [a, b, c] = MeasureKind::ALL.map(|k| k.label_in(lang));
    let [d, e, f] = MeasureLevel::ALL.map(|l| l.label_in(lang));
    [a, b, c, d, e, f]
}

/// The six counts as numbers, in [`kind_headings_in`] order.
pub fn kind_numbers(kinds: &[usize; 3], levels: &[usize; 3]) -> [usize; 6] {
    [
        kinds[0], kinds[1], kinds[2], levels[0], levels[1], levels[2],
    ]
}

/// The six counts as text, in [`kind_headings_in`] order.
pub fn kind_cells(kinds: &[usize; 3], levels: &[usize; 3]) -> [String; 6] {
    kind_numbers(kinds, levels).map(|n| n.to_string())
}

/// "12 (3 pågår, 5 fullført)": the measures and their statuses, zero counts left out, in
/// the current language.
pub fn measures_text(counts: &[usize; 6], total: usize) -> String {
    measures_text_in(counts, total, Lang::current())
}

/// The cells of a line as text, in [`HEADINGS`] order: [`cells_in`] in the current
/// language, with the direction as the line's text says it.
pub fn cells(
    unit: &str,
    t: &LineText,
    counts: &[usize; 6],
    measures: usize,
    overdue: usize,
) -> [String; 11] {
    let mut cells = cells_in(unit, t, None, counts, measures, overdue, Lang::current());
    cells[5] = t.direction.clone();
    cells
}

/// "12 (3 pågår, 5 fullført)" in `lang`.
pub fn measures_text_in(counts: &[usize; 6], total: usize, lang: Lang) -> String {
    let parts: Vec<String> = Status::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| **n > 0)
        .map(|(s, n)| format!("{n} {}", s.label_in(lang).to_lowercase()))
        .collect();
    if parts.is_empty() {
        total.to_string()
    } else {
        format!("{total} ({})", parts.join(", "))
    }
}

/// A line's eleven cells in `lang` (the PDF's): as [`cells`], with the words in `lang` and
/// the direction from `direction` (the total has none).
pub fn cells_in(
    unit: &str,
    t: &LineText,
    direction: Option<Direction>,
    counts: &[usize; 6],
    measures: usize,
    overdue: usize,
    lang: Lang,
) -> [String; 11] {
    let ytd = match (t.year_to_date.as_str(), t.basis.as_str()) {
        ("", _) => lang.text("no-figures"),
        (y, basis) if is_monthly_mean(basis) => {
            lang.format("rollup-ytd-mean", &[("pct", y.into())])
        }
        (y, _) => y.to_string(),
    };
    [
        unit.to_string(),
        ytd,
        t.target.clone(),
        t.gap.clone(),
        t.presence.clone(),
        direction.map(|d| d.label_in(lang)).unwrap_or_default(),
        t.missing.clone(),
        measures_text_in(counts, measures, lang),
        overdue.to_string(),
        t.milestones.clone(),
        t.last_changed.clone(),
    ]
}

/// True when a line's basis (made in either language) says "snitt av måneder".
fn is_monthly_mean(basis: &str) -> bool {
    Lang::ALL
        .iter()
        .any(|l| basis == l.text("basis-monthly-mean"))
}

/// The notes under the overview in `lang` (the PDF's): as [`notes`].
pub fn notes_in(r: &Rollup, lang: Lang) -> Vec<String> {
    let mut notes = vec![lang.format("rollup-note-total", &[("n", r.total.units_in_total.into())])];
    if r.total.units_without_days > 0 {
        notes.push(lang.format(
            "rollup-note-percent-only",
            &[("n", r.total.units_without_days.into())],
        ));
    }
    if r.lines.iter().any(|l| l.masked) || r.total.masked {
        notes.push(lang.format(
            "rollup-note-masked",
            &[
                ("fte", nb::number(MASK_BELOW_FTE).into()),
                ("months", super::holiday_months_text(lang).into()),
            ],
        ));
    }
    if let (Some(centre), Some(phi)) = (r.funnel.centre, r.funnel.phi) {
        if r.lines.iter().any(|l| l.funnel.is_some()) {
            notes.push(lang.format(
                "rollup-note-funnel",
                &[
                    ("centre", nb::pct(centre * 100.0).into()),
                    ("phi", format!("{phi:.2}").replace('.', ",").into()),
                ],
            ));
        }
    }
    if !r.sector.is_empty() {
        notes.push(lang.format(
            "rollup-note-sector",
            &[("sector", r.sector.as_str().into())],
        ));
    }
    if !r.sectors.is_empty() {
        notes.push(lang.text("rollup-note-sectors"));
    }
    if !r.filter.is_empty() {
        notes.push(lang.format(
            "rollup-note-filter",
            &[
                ("filter", r.filter.as_str().into()),
                ("n", r.filtered_out.into()),
            ],
        ));
    }
    notes
}

/// A sector's subtotal line's first cell: «Sektor Helse og omsorg», «Uten sektor».
pub fn sector_label_in(sector: &super::SectorTotal, lang: Lang) -> String {
    if sector.name.is_empty() {
        lang.text("rollup-sector-none")
    } else {
        lang.format(
            "rollup-sector-line",
            &[("sector", sector.name.as_str().into())],
        )
    }
}

/// A total's cells in `lang` under the label `label` (the total, a sector's subtotal).
pub fn total_cells_in(label: &str, t: &super::Total, lang: Lang) -> [String; 11] {
    let text = LineText {
        basis: total_basis(t.masked, t.pct.is_some(), lang),
        ..t.text.clone()
    };
    cells_in(
        label,
        &text,
        None,
        &t.status_counts,
        t.measures,
        t.overdue,
        lang,
    )
}

/// A line's cells in `lang`, its basis, direction and missing months said in `lang` too.
fn line_cells_in(l: &UnitLine, lang: Lang) -> [String; 11] {
    let text = LineText {
        basis: line_basis_of(l, lang),
        ..l.text.clone()
    };
    cells_in(
        &l.unit,
        &text,
        l.direction,
        &l.status_counts,
        l.measures,
        l.overdue,
        lang,
    )
}

/// The notes under the table: what the total is, what "skjult" and "snitt" mean, in the
/// current language.
pub fn notes(r: &Rollup) -> Vec<String> {
    notes_in(r, Lang::current())
}

/// The overview as text for the terminal, in the current language (the CLI's `--lang`):
/// [`text_in`].
pub fn text(r: &Rollup) -> String {
    text_in(r, Lang::current())
}

/// The overview as text for the terminal in `lang`: a title, the table, the total and the
/// notes.
pub fn text_in(r: &Rollup, lang: Lang) -> String {
    // The overview's eleven columns, and the funnel's flag as a twelfth.
    let with_flag = |cells: [String; 11], flag: String| -> Vec<String> {
        let mut row = cells.to_vec();
        row.push(flag);
        row
    };
    let mut rows: Vec<Vec<String>> =
        vec![with_flag(headings_in(lang), lang.text("rollup-col-funnel"))];
    rows.extend(r.lines.iter().map(|l| {
        let flag = l.funnel.map(|p| p.flag.label_in(lang)).unwrap_or_default();
        with_flag(line_cells_in(l, lang), flag)
    }));
    let total_text = LineText {
        basis: total_basis(r.total.masked, r.total.pct.is_some(), lang),
        ..r.total.text.clone()
    };
    let total = cells_in(
        &lang.text("total"),
        &total_text,
        None,
        &r.total.status_counts,
        r.total.measures,
        r.total.overdue,
        lang,
    );
    rows.push(with_flag(total, String::new()));
    for sector in &r.sectors {
        rows.push(with_flag(
            total_cells_in(&sector_label_in(sector, lang), &sector.total, lang),
            String::new(),
        ));
    }
    let mut out = format!(
        "{}\n{}\n\n",
        lang.format(
            "rollup-text-title",
            &[
                ("year", r.year.to_string().into()),
                ("n", r.lines.len().into()),
            ],
        ),
        r.through_text_in(lang)
    );
    out.push_str(&table_text(&rows, r.sectors.len()));
    if r.lines.is_empty() {
        out.push_str(&lang.format("rollup-none", &[("year", r.year.to_string().into())]));
        out.push('\n');
    } else {
        out.push('\n');
        out.push_str(&lang.text("rollup-kinds-title"));
        out.push_str("\n\n");
        out.push_str(&table_text(&kinds_rows_in(r, lang), r.sectors.len()));
    }
    out.push('\n');
    for n in notes_in(r, lang) {
        out.push_str(&n);
        out.push('\n');
    }
    out
}

/// The table of measures by Tiltakstype and Innsats in `lang`: the headings, a row per
/// unit, the total and the sectors' subtotals, each the unit's (or total's) name and its
/// six counts (the text's and the print's second table).
pub fn kinds_rows_in(r: &Rollup, lang: Lang) -> Vec<Vec<String>> {
    let row = |label: String, kinds: &[usize; 3], levels: &[usize; 3]| -> Vec<String> {
        let mut row = vec![label];
        row.extend(kind_cells(kinds, levels));
        row
    };
    let mut heading = vec![lang.text("rollup-col-unit")];
    heading.extend(kind_headings_in(lang));
    let mut rows = vec![heading];
    rows.extend(
        r.lines
            .iter()
            .map(|l| row(l.unit.clone(), &l.kind_counts, &l.level_counts)),
    );
    rows.push(row(
        lang.text("total"),
        &r.total.kind_counts,
        &r.total.level_counts,
    ));
    for sector in &r.sectors {
        rows.push(row(
            sector_label_in(sector, lang),
            &sector.total.kind_counts,
            &sector.total.level_counts,
        ));
    }
    rows
}

/// `rows` (the headings first, the total `sectors + 1` from the end, then the sectors) as
/// columns padded with spaces, a rule above the total and above the sectors.
fn table_text(rows: &[Vec<String>], sectors: usize) -> String {
    let columns = rows[0].len();
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .map(|row| row[c].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    let total_at = rows.len() - 1 - sectors;
    for (i, row) in rows.iter().enumerate() {
        if i == total_at || (i == total_at + 1 && sectors > 0) {
            out.push_str(&"-".repeat(widths.iter().sum::<usize>() + 2 * (columns - 1)));
            out.push('\n');
        }
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell}{}", " ".repeat(w - cell.chars().count())))
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// "Hoppet over" as text in the current language: one file a line with its reason; empty
/// when nothing was skipped.
pub fn skipped_text(r: &Rollup) -> String {
    skipped_text_in(r, Lang::current())
}

/// [`skipped_text`] in `lang` (the reasons are as they were said when the files were read).
pub fn skipped_text_in(r: &Rollup, lang: Lang) -> String {
    if r.skipped.is_empty() {
        return String::new();
    }
    let mut out = lang.format("rollup-skipped-heading", &[("n", r.skipped.len().into())]);
    out.push('\n');
    for s in &r.skipped {
        out.push_str(&format!("  {}: {}\n", s.file.display(), s.reason));
    }
    out
}
