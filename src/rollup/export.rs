//! The overview as text (the terminal), CSV (for Excel in Norway: `;`, UTF-8 with BOM,
//! decimal comma) and a real `.xlsx` workbook. All three show the same columns as the
//! window and the PDF, from the same [`LineText`]s.

use std::io::Write;

use super::unit::{line_basis_of, missing_text, total_basis};
use super::{file_label, Direction, LineText, Rollup, UnitLine, MASK_BELOW_FTE};
use crate::error::{Error, Result};
use crate::exchange::ExcelCsv;
use crate::lang::Lang;
use crate::model::Status;
use crate::nb;

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
    let columns = rows[0].len();
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .map(|row| row[c].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
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
    let total_at = rows.len() - 1 - r.sectors.len();
    for (i, row) in rows.iter().enumerate() {
        if i == total_at || (i == total_at + 1 && !r.sectors.is_empty()) {
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
    if r.lines.is_empty() {
        out.push_str(&lang.format("rollup-none", &[("year", r.year.to_string().into())]));
        out.push('\n');
    }
    out.push('\n');
    for n in notes_in(r, lang) {
        out.push_str(&n);
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

/// Numbers in CSV cells: a decimal comma, one decimal.
fn csv_number(x: Option<f64>) -> String {
    x.map(nb::number1)
        .map(|s| s.replace('−', "-"))
        .unwrap_or_default()
}

/// CSV columns in `lang`: numbers as numbers (no % sign) so Excel can compute with them.
fn csv_headings(lang: Lang) -> [String; 24] {
    [
        "rollup-col-unit",
        "rollup-col-year",
        "rollup-csv-ytd",
        "report-col-basis",
        "rollup-csv-target",
        "rollup-csv-gap",
        "rollup-csv-presence",
        "rollup-csv-last-3",
        "rollup-csv-missing",
        "rollup-col-measures",
        "status-not-started",
        "status-in-progress",
        "status-done",
        "status-ongoing",
        "status-paused",
        "status-dropped",
        "rollup-col-overdue",
        "rollup-col-milestones",
        "plan-milestones",
        "rollup-col-changed",
        "rollup-csv-file",
        "rollup-csv-lower998",
        "rollup-csv-upper998",
        "rollup-csv-flag",
    ]
    .map(|id| lang.text(id))
}

/// A percentage for a funnel limit in CSV: two decimals, so a limit and a rate that are close
/// stay apart.
fn csv_limit(x: f64) -> String {
    format!("{:.2}", x * 100.0).replace('.', ",")
}

/// The funnel's three cells of a line: lower and upper 99,8 % limit (%) and the flag in words;
/// empty for a masked unit or one without workdays.
fn funnel_cells(l: &UnitLine, lang: Lang) -> [String; 3] {
    match l.funnel {
        Some(p) => [
            csv_limit(p.lower998),
            csv_limit(p.upper998),
            p.flag.label_in(lang),
        ],
        None => Default::default(),
    }
}

/// The overview as CSV for Excel in Norway, the total as the last line, in the current
/// language: [`write_csv_in`].
pub fn write_csv(r: &Rollup, writer: impl Write) -> Result<()> {
    write_csv_in(r, writer, Lang::current())
}

/// The overview as CSV for Excel in Norway, with its headings and words in `lang`; unit and
/// file names that Excel would run as formulas are defused ([`ExcelCsv`]).
pub fn write_csv_in(r: &Rollup, writer: impl Write, lang: Lang) -> Result<()> {
    let err = |e: String| Error::invalid(lang.format("rollup-csv-failed", &[("error", e.into())]));
    let hidden = lang.text("rollup-hidden");
    let mut csv = ExcelCsv::new(writer).map_err(|e| err(e.to_string()))?;
    csv.record(csv_headings(lang))
        .map_err(|e| err(e.to_string()))?;
    for l in &r.lines {
        let mut rec = vec![
            l.unit.clone(),
            l.year.to_string(),
            if l.masked {
                hidden.clone()
            } else {
                csv_number(l.year_to_date.map(|y| y.pct))
            },
            line_basis_of(l, lang),
            csv_number(l.target),
            csv_number(l.gap_points),
            csv_number(l.presence),
            l.direction.map(|d| d.label_in(lang)).unwrap_or_default(),
            missing_text(&l.missing_months, r.through, lang),
            l.measures.to_string(),
        ];
        rec.extend(l.status_counts.iter().map(usize::to_string));
        rec.extend([
            l.overdue.to_string(),
            l.milestones_reached.to_string(),
            l.milestones.to_string(),
            l.text.last_changed.clone(),
            file_label(&l.file),
        ]);
        rec.extend(funnel_cells(l, lang));
        csv.record(&rec).map_err(|e| err(e.to_string()))?;
    }
    let total_row = |label: String, t: &super::Total| {
        let mut rec = vec![
            label,
            r.year.to_string(),
            if t.masked {
                hidden.clone()
            } else {
                csv_number(t.pct)
            },
            total_basis(t.masked, t.pct.is_some(), lang),
            csv_number(t.target),
            csv_number(t.gap_points),
            csv_number(t.presence),
            String::new(),
            String::new(),
            t.measures.to_string(),
        ];
        rec.extend(t.status_counts.iter().map(usize::to_string));
        rec.extend([
            t.overdue.to_string(),
            t.milestones_reached.to_string(),
            t.milestones.to_string(),
        ]);
        // Sist endret, Fil, and the three funnel columns: not for a total.
        rec.extend(std::iter::repeat_n(String::new(), 5));
        rec
    };
    let rec = total_row(lang.text("total"), &r.total);
    csv.record(&rec).map_err(|e| err(e.to_string()))?;
    for sector in &r.sectors {
        let rec = total_row(sector_label_in(sector, lang), &sector.total);
        csv.record(&rec).map_err(|e| err(e.to_string()))?;
    }
    csv.finish().map_err(|e| err(e.to_string()))
}

/// The overview as an Excel workbook in the current language: [`xlsx_in`].
pub fn xlsx(r: &Rollup) -> Result<Vec<u8>> {
    xlsx_in(r, Lang::current())
}

/// The overview as an Excel workbook in `lang`: sheet «Oversikt» (one line per unit, the
/// total in bold, percentages as real numbers formatted `0.0 %`, a frozen header and a
/// filter), and «Hoppet over» when files were skipped.
pub fn xlsx_in(r: &Rollup, lang: Lang) -> Result<Vec<u8>> {
    use rust_xlsxwriter::{Color, Format, FormatAlign, Workbook};
    let x = |e: rust_xlsxwriter::XlsxError| {
        Error::invalid(lang.format("rollup-xlsx-failed", &[("error", e.to_string().into())]))
    };
    let hidden = lang.text("rollup-hidden");
    let mut wb = Workbook::new();
    let head = Format::new()
        .set_bold()
        .set_font_color(Color::White)
        .set_background_color(Color::RGB(0x21_3345))
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    // Excel keeps number formats in US notation and shows them the reader's way: 9,1 %.
    let pct = Format::new().set_num_format("0.0 %");
    let pp = Format::new().set_num_format("+0.0;-0.0;0.0");
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("dd.mm.yyyy");
    let bold_pct = Format::new().set_bold().set_num_format("0.0 %");
    let bold_pp = Format::new().set_bold().set_num_format("+0.0;-0.0;0.0");
    let ws = wb.add_worksheet();
    ws.set_name(lang.text("rollup-sheet-overview")).map_err(x)?;
    ws.set_landscape();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    for (c, h) in csv_headings(lang).iter().enumerate() {
        ws.write_with_format(0, c as u16, h.as_str(), &head)
            .map_err(x)?;
    }
    ws.set_column_width(0, 34).map_err(x)?;
    for c in 1..24u16 {
        ws.set_column_width(c, 12).map_err(x)?;
    }
    ws.set_column_width(20, 36).map_err(x)?;
    ws.set_column_width(23, 30).map_err(x)?;
    let limit = Format::new().set_num_format("0.00 %");
    let mut row = 1u32;
    let write_pct = |ws: &mut rust_xlsxwriter::Worksheet,
                     row: u32,
                     col: u16,
                     v: Option<f64>,
                     f: &Format|
     -> Result<()> {
        if let Some(v) = v {
            // 91,1 / 100 is 0.9109999999999999 in binary; Excel would show that noise in
            // the cell and the formula bar. Twelve decimals are more than any figure has.
            let fraction = (v / 100.0 * 1e12).round() / 1e12;
            ws.write_number_with_format(row, col, fraction, f)
                .map_err(x)?;
        }
        Ok(())
    };
    for l in &r.lines {
        ws.write(row, 0, l.unit.as_str()).map_err(x)?;
        ws.write(row, 1, l.year).map_err(x)?;
        if l.masked {
            ws.write(row, 2, hidden.as_str()).map_err(x)?;
        } else {
            write_pct(ws, row, 2, l.year_to_date.map(|y| y.pct), &pct)?;
        }
        let basis = line_basis_of(l, lang);
        ws.write(row, 3, basis.as_str()).map_err(x)?;
        write_pct(ws, row, 4, l.target, &pct)?;
        if let Some(g) = l.gap_points {
            ws.write_number_with_format(row, 5, g, &pp).map_err(x)?;
        }
        write_pct(ws, row, 6, l.presence, &pct)?;
        let direction = l.direction.map(|d| d.label_in(lang)).unwrap_or_default();
        ws.write(row, 7, direction.as_str()).map_err(x)?;
        let missing = missing_text(&l.missing_months, r.through, lang);
        ws.write(row, 8, missing.as_str()).map_err(x)?;
        ws.write(row, 9, l.measures as u32).map_err(x)?;
        for (i, n) in l.status_counts.iter().enumerate() {
            ws.write(row, 10 + i as u16, *n as u32).map_err(x)?;
        }
        ws.write(row, 16, l.overdue as u32).map_err(x)?;
        ws.write(row, 17, l.milestones_reached as u32).map_err(x)?;
        ws.write(row, 18, l.milestones as u32).map_err(x)?;
        // A real date, so Excel sorts and filters «Sist endret» as dates.
        if let Some(t) = l.last_changed {
            use chrono::{Datelike, Timelike};
            let when = rust_xlsxwriter::ExcelDateTime::from_ymd(
                t.year() as u16,
                t.month() as u8,
                t.day() as u8,
            )
            .and_then(|d| d.and_hms(t.hour() as u16, t.minute() as u8, t.second()))
            .map_err(x)?;
            ws.write_datetime_with_format(row, 19, &when, &date)
                .map_err(x)?;
        }
        ws.write(row, 20, file_label(&l.file)).map_err(x)?;
        if let Some(p) = l.funnel {
            ws.write_number_with_format(row, 21, p.lower998, &limit)
                .map_err(x)?;
            ws.write_number_with_format(row, 22, p.upper998, &limit)
                .map_err(x)?;
            ws.write(row, 23, p.flag.label_in(lang)).map_err(x)?;
        }
        row += 1;
    }
    let totals: Vec<(String, &super::Total)> = std::iter::once((lang.text("total"), &r.total))
        .chain(
            r.sectors
                .iter()
                .map(|s| (sector_label_in(s, lang), &s.total)),
        )
        .collect();
    let first_total = row;
    for (label, t) in totals {
        ws.write_with_format(row, 0, label.as_str(), &bold)
            .map_err(x)?;
        ws.write_with_format(row, 1, r.year, &bold).map_err(x)?;
        if t.masked {
            ws.write_with_format(row, 2, hidden.as_str(), &bold)
                .map_err(x)?;
        } else {
            write_pct(ws, row, 2, t.pct, &bold_pct)?;
        }
        let basis = total_basis(t.masked, t.pct.is_some(), lang);
        ws.write_with_format(row, 3, basis.as_str(), &bold)
            .map_err(x)?;
        write_pct(ws, row, 4, t.target, &bold_pct)?;
        if let Some(g) = t.gap_points {
            ws.write_number_with_format(row, 5, g, &bold_pp)
                .map_err(x)?;
        }
        write_pct(ws, row, 6, t.presence, &bold_pct)?;
        ws.write_with_format(row, 9, t.measures as u32, &bold)
            .map_err(x)?;
        for (i, n) in t.status_counts.iter().enumerate() {
            ws.write_with_format(row, 10 + i as u16, *n as u32, &bold)
                .map_err(x)?;
        }
        ws.write_with_format(row, 16, t.overdue as u32, &bold)
            .map_err(x)?;
        ws.write_with_format(row, 17, t.milestones_reached as u32, &bold)
            .map_err(x)?;
        ws.write_with_format(row, 18, t.milestones as u32, &bold)
            .map_err(x)?;
        row += 1;
    }
    let row = row - 1;
    for (note_row, n) in (row + 2..).zip(notes_in(r, lang)) {
        ws.write(note_row, 0, n.as_str()).map_err(x)?;
    }
    ws.set_freeze_panes(1, 1).map_err(x)?;
    if first_total > 1 {
        ws.autofilter(0, 0, first_total - 1, 23).map_err(x)?;
    }
    if !r.skipped.is_empty() {
        let ws = wb.add_worksheet();
        ws.set_name(lang.text("rollup-sheet-skipped")).map_err(x)?;
        ws.write_with_format(0, 0, lang.text("rollup-csv-file").as_str(), &head)
            .map_err(x)?;
        ws.write_with_format(0, 1, lang.text("rollup-sheet-why").as_str(), &head)
            .map_err(x)?;
        ws.set_column_width(0, 40).map_err(x)?;
        ws.set_column_width(1, 90).map_err(x)?;
        for (i, s) in r.skipped.iter().enumerate() {
            ws.write(i as u32 + 1, 0, s.file.display().to_string())
                .map_err(x)?;
            ws.write(i as u32 + 1, 1, s.reason.as_str()).map_err(x)?;
        }
    }
    wb.save_to_buffer().map_err(x)
}
