//! The overview's files: CSV for Excel in Norway (`;`, UTF-8 with BOM, decimal comma) and a
//! real `.xlsx` workbook, with the same columns as the window and the PDF, from the same
//! cells ([`tavle_rollup::cells`]). After the overview's columns come the six counts of
//! measures by Tiltakstype and Innsats ([`kind_headings_in`]).

use std::io::Write;

use tavle_model::error::{Error, Result};
use tavle_model::lang::Lang;
use tavle_model::nb;
use tavle_rollup::cells::{
    kind_cells, kind_headings_in, kind_numbers, line_basis_of, missing_text, notes_in,
    sector_label_in, total_basis,
};
use tavle_rollup::{file_label, Rollup, Total, UnitLine};

use crate::exchange::ExcelCsv;
/// Numbers in CSV cells: a decimal comma, one decimal.
fn csv_number(x: Option<f64>) -> String {
    x.map(nb::number1)
        .map(|s| s.replace('−', "-"))
        .unwrap_or_default()
}

/// The overview's columns before the counts by Tiltakstype and Innsats.
const FIRST_COLUMNS: usize = 24;

/// Every column: the overview's, then the six counts by Tiltakstype and Innsats.
const COLUMNS: usize = FIRST_COLUMNS + 6;

/// CSV columns in `lang`: numbers as numbers (no % sign) so Excel can compute with them.
fn csv_headings(lang: Lang) -> Vec<String> {
    let mut headings: Vec<String> = [
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
    .iter()
    .map(|id| lang.text(id))
    .collect();
    headings.extend(kind_headings_in(lang));
    debug_assert_eq!(headings.len(), COLUMNS);
    headings
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
    let err = |e: String| Error::invalid(tavle_model::msg!("rollup-csv-failed" in lang, error = e));
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
        rec.extend(kind_cells(&l.kind_counts, &l.level_counts));
        csv.record(&rec).map_err(|e| err(e.to_string()))?;
    }
    let total_row = |label: String, t: &Total| {
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
        rec.extend(kind_cells(&t.kind_counts, &t.level_counts));
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
        Error::invalid(tavle_model::msg!("rollup-xlsx-failed" in lang, error = e.to_string()))
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
    for c in 1..COLUMNS as u16 {
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
        for (i, n) in kind_numbers(&l.kind_counts, &l.level_counts)
            .iter()
            .enumerate()
        {
            ws.write(row, (FIRST_COLUMNS + i) as u16, *n as u32)
                .map_err(x)?;
        }
        row += 1;
    }
    let totals: Vec<(String, &Total)> = std::iter::once((lang.text("total"), &r.total))
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
        for (i, n) in kind_numbers(&t.kind_counts, &t.level_counts)
            .iter()
            .enumerate()
        {
            ws.write_with_format(row, (FIRST_COLUMNS + i) as u16, *n as u32, &bold)
                .map_err(x)?;
        }
        row += 1;
    }
    let row = row - 1;
    for (note_row, n) in (row + 2..).zip(notes_in(r, lang)) {
        ws.write(note_row, 0, n.as_str()).map_err(x)?;
    }
    ws.set_freeze_panes(1, 1).map_err(x)?;
    if first_total > 1 {
        ws.autofilter(0, 0, first_total - 1, COLUMNS as u16 - 1)
            .map_err(x)?;
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
