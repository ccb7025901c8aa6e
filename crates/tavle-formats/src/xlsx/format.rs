//! The cell formats of a Tavle workbook (header, wrapped text, dates as `dd.mm.yyyy`,
//! percentages as `0.0%`) and small helpers every sheet uses.

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, FormatBorder, Worksheet, XlsxError};

use tavle_model::error::Error;

pub(super) const DATE_FORMAT: &str = "dd.mm.yyyy";
pub(super) const PCT_FORMAT: &str = "0.0%";

pub(super) fn xlsx_err(e: XlsxError) -> Error {
    Error::invalid(tavle_model::msg!(
        "import-xlsx-failed",
        error = e.to_string()
    ))
}

/// Excel's header and footer codes treat `&` as a command: a unit called "Drift & vedlikehold"
/// must be written `&&`.
pub(super) fn header_text(s: &str) -> String {
    s.replace('&', "&&")
}

pub(super) fn excel_date(d: NaiveDate) -> std::result::Result<ExcelDateTime, XlsxError> {
    let (y, m, day) = (d.year(), d.month(), d.day());
    ExcelDateTime::from_ymd(
        u16::try_from(y).unwrap_or(1900),
        u8::try_from(m).unwrap_or(1),
        u8::try_from(day).unwrap_or(1),
    )
}

pub(super) struct Formats {
    pub(super) header: Format,
    pub(super) text: Format,
    pub(super) date: Format,
    pub(super) pct: Format,
    pub(super) number: Format,
    pub(super) label: Format,
    pub(super) overdue: Format,
    pub(super) note: Format,
}

impl Formats {
    pub(super) fn new() -> Self {
        let body = Format::new()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border(FormatBorder::Thin);
        Formats {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color(0xD9E2F3)
                .set_border(FormatBorder::Thin),
            text: body.clone(),
            date: body.clone().set_num_format(DATE_FORMAT),
            pct: body.clone().set_num_format(PCT_FORMAT),
            number: body.clone().set_num_format("#,##0.0"),
            label: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            overdue: body.set_bold().set_font_color(0xC00000),
            note: Format::new().set_italic().set_text_wrap(),
        }
    }
}

/// Excel and LibreOffice do not always grow a row for wrapped text in a file they did not
/// write themselves, so the height is set from the text: lines per cell at the column's
/// width (about one character per width unit), the tallest cell wins.
pub(super) fn fit_row(
    ws: &mut Worksheet,
    row: u32,
    cells: &[(&str, f64)],
) -> std::result::Result<(), XlsxError> {
    let lines = cells
        .iter()
        .map(|(text, width)| {
            let per_line = width.max(1.0);
            text.split('\n')
                .map(|l| (l.chars().count() as f64 / per_line).ceil().max(1.0))
                .sum::<f64>()
        })
        .fold(1.0_f64, f64::max);
    if lines > 1.0 {
        ws.set_row_height(row, (lines * 15.0).min(409.0))?;
    }
    Ok(())
}

pub(super) fn row_num(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

pub(super) fn pct_fraction(pct: f64) -> f64 {
    pct / 100.0
}
