//! The cells and sheets of a workbook as the import sees them, whatever the format: text,
//! numbers, dates and Excel's error values, addressed by row and column; and how a place
//! is named in a message (sheet, row 1-based, column as Excel letters it).

use calamine::{Data, DataRef};
use chrono::NaiveDate;

use crate::error::Error;

/// One cell, as Tavle needs it.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(NaiveDate),
    Bool(bool),
    Error(String),
}

impl Cell {
    pub(super) fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text for a text field: numbers without a needless `.0`, dates Norwegian.
    pub(super) fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => normalise_text(t),
            Cell::Number(n) => number_text(*n),
            Cell::Date(d) => crate::nb::date(*d),
            Cell::Bool(true) => crate::tr!("import-yes"),
            Cell::Bool(false) => crate::tr!("import-no"),
            Cell::Error(e) => e.clone(),
        }
    }

    pub(super) fn number(&self) -> Option<f64> {
        match self {
            Cell::Number(n) => Some(*n),
            Cell::Text(t) => crate::model::read_number(t),
            _ => None,
        }
    }
}

pub(super) fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string().replace('.', ",")
    }
}

/// Line breaks as `\n`, no spaces around the whole text, and a CSV cell that Tavle's own
/// export defused (`'=…`) given back its first character.
pub(super) fn normalise_text(t: &str) -> String {
    let t = crate::model::unix_line_breaks(t);
    let t = t.trim();
    match t.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_string(),
        _ => t.to_string(),
    }
}

pub(super) fn excel_date(dt: &calamine::ExcelDateTime) -> Option<NaiveDate> {
    dt.as_datetime().map(|d| d.date())
}

pub(super) fn cell_from(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) if dt.is_datetime() => excel_date(dt)
            .map(Cell::Date)
            .unwrap_or(Cell::Number(dt.as_f64())),
        Data::DateTime(dt) => Cell::Number(dt.as_f64()),
        Data::DateTimeIso(s) => iso_date(s).map(Cell::Date).unwrap_or(Cell::Text(s.clone())),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(e.to_string()),
    }
}

pub(super) fn cell_from_ref(data: &DataRef<'_>) -> Cell {
    match data {
        DataRef::Empty => Cell::Empty,
        DataRef::String(s) => Cell::Text(s.clone()),
        DataRef::SharedString(s) => Cell::Text((*s).to_string()),
        DataRef::Int(i) => Cell::Number(*i as f64),
        DataRef::Float(f) => Cell::Number(*f),
        DataRef::Bool(b) => Cell::Bool(*b),
        DataRef::DateTime(dt) if dt.is_datetime() => excel_date(dt)
            .map(Cell::Date)
            .unwrap_or(Cell::Number(dt.as_f64())),
        DataRef::DateTime(dt) => Cell::Number(dt.as_f64()),
        DataRef::DateTimeIso(s) => iso_date(s).map(Cell::Date).unwrap_or(Cell::Text(s.clone())),
        DataRef::DurationIso(s) => Cell::Text(s.clone()),
        DataRef::Error(e) => Cell::Error(e.to_string()),
    }
}

pub(super) fn iso_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

/// A sheet as rows of cells, row 0 being the sheet's row 1; and its merged areas.
#[derive(Debug, Default)]
pub(super) struct Sheet {
    pub(super) name: String,
    pub(super) visible: bool,
    pub(super) rows: Vec<Vec<Cell>>,
    /// (first row, first column, last row, last column), 0-based, inclusive.
    pub(super) merged: Vec<(u32, u32, u32, u32)>,
}

impl Sheet {
    pub(super) fn cell(&self, row: usize, col: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&Cell::Empty)
    }

    pub(super) fn set(&mut self, row: usize, col: usize, cell: Cell) {
        if self.rows.len() <= row {
            self.rows.resize_with(row + 1, Vec::new);
        }
        let r = &mut self.rows[row];
        if r.len() <= col {
            r.resize(col + 1, Cell::Empty);
        }
        r[col] = cell;
    }

    pub(super) fn is_empty(&self) -> bool {
        self.rows.iter().all(|r| r.iter().all(Cell::is_empty))
    }
}

pub(super) struct Workbook {
    pub(super) sheets: Vec<Sheet>,
    pub(super) is_csv: bool,
}

impl Workbook {
    pub(super) fn find(&self, name: &str) -> Option<&Sheet> {
        self.sheets.iter().find(|s| s.name == name)
    }

    /// The first sheet called by one of `names` (a sheet's name in each language).
    pub(super) fn find_any<'a>(
        &self,
        names: impl IntoIterator<Item = &'a String>,
    ) -> Option<&Sheet> {
        names.into_iter().find_map(|name| self.find(name))
    }
}

pub fn column_letter(col: usize) -> String {
    let mut n = col + 1;
    let mut s = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        s.push(b'A' + u8::try_from(rem).unwrap_or(0));
        n = (n - 1) / 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

pub(super) fn column_name(book: &Workbook, col: usize) -> String {
    if book.is_csv {
        format!("{}", col + 1)
    } else {
        column_letter(col)
    }
}

pub(super) fn row_no(r: usize) -> u32 {
    u32::try_from(r + 1).unwrap_or(u32::MAX)
}

pub(super) fn formula_error(
    file: &str,
    sheet: &str,
    book: &Workbook,
    r: usize,
    c: usize,
    e: &str,
) -> Error {
    let place = if book.is_csv {
        crate::tr!("import-place-line", line = r + 1, column = c + 1)
    } else {
        crate::tr!(
            "import-place-cell",
            cell = format!("{}{}", column_letter(c), r + 1),
            sheet = sheet
        )
    };
    Error::invalid(crate::tr!(
        "import-formula-error",
        file = file,
        place = place,
        error = e
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_in_excel() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
    }
}
