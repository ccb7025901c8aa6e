//! The cells and sheets of a workbook as the import sees them, whatever the format: text,
//! numbers, dates and Excel's error values, addressed by row and column; and how a place
//! is named in a message (sheet, row 1-based, column as Excel letters it).

use calamine::{Data, DataRef};
use chrono::NaiveDate;

use tavle_model::error::Error;

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
            Cell::Date(d) => tavle_model::nb::date(*d),
            Cell::Bool(true) => tavle_model::tr!("import-yes"),
            Cell::Bool(false) => tavle_model::tr!("import-no"),
            Cell::Error(e) => e.clone(),
        }
    }

    pub(super) fn number(&self) -> Option<f64> {
        match self {
            Cell::Number(n) => Some(*n),
            Cell::Text(t) => tavle_model::model::read_number(t),
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
    let t = tavle_model::model::unix_line_breaks(t);
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

/// A sheet may hold at most this many cells, counted from column A to the last filled
/// cell of each row (what [`Sheet`] keeps in memory, 32 bytes each: 64 MB). A board has a
/// few thousand; without a limit, a 250 kB workbook with one cell in column XFD on each of
/// 50 000 rows asked for 26 GB.
pub(super) const MAX_CELLS: usize = 2_000_000;
pub(super) const MAX_CELLS_TEXT: &str = "2 000 000";

/// A sheet as rows of cells, row 0 being the sheet's row 1; and its merged areas.
#[derive(Debug, Default)]
pub(super) struct Sheet {
    pub(super) name: String,
    pub(super) visible: bool,
    pub(super) rows: Vec<Vec<Cell>>,
    /// (first row, first column, last row, last column), 0-based, inclusive.
    pub(super) merged: Vec<(u32, u32, u32, u32)>,
    /// The cells in `rows`, empty ones included: kept under [`MAX_CELLS`].
    pub(super) cells: usize,
}

/// A sheet would pass [`MAX_CELLS`].
#[derive(Debug)]
pub(super) struct TooManyCells;

impl Sheet {
    pub(super) fn cell(&self, row: usize, col: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&Cell::Empty)
    }

    /// Puts `cell` in its place, unless the row must grow past [`MAX_CELLS`].
    pub(super) fn set(&mut self, row: usize, col: usize, cell: Cell) -> Result<(), TooManyCells> {
        if self.rows.len() <= row {
            self.rows.resize_with(row + 1, Vec::new);
        }
        let r = &mut self.rows[row];
        if r.len() <= col {
            let cells = self.cells + (col + 1 - r.len());
            if cells > MAX_CELLS {
                return Err(TooManyCells);
            }
            self.cells = cells;
            r.resize(col + 1, Cell::Empty);
        }
        r[col] = cell;
        Ok(())
    }

    /// Adds a whole row at `row` (after the rows before it), unless it passes [`MAX_CELLS`].
    pub(super) fn push_row(&mut self, row: usize, cells: Vec<Cell>) -> Result<(), TooManyCells> {
        let total = self.cells + cells.len();
        if total > MAX_CELLS {
            return Err(TooManyCells);
        }
        self.cells = total;
        self.rows.resize_with(row, Vec::new);
        self.rows.push(cells);
        Ok(())
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

/// The start of a text for a message: at most [`START_CHARS`] characters, then «…».
pub(super) fn start_of(text: &str) -> String {
    match text.char_indices().nth(START_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// How much of a cell, a header or a part's name a message or the preview shows: enough to
/// find it in the sheet, never a hostile megabyte on the screen.
pub(super) const START_CHARS: usize = 60;

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
        tavle_model::tr!("import-place-line", line = r + 1, column = c + 1)
    } else {
        tavle_model::tr!(
            "import-place-cell",
            cell = format!("{}{}", column_letter(c), r + 1),
            sheet = sheet
        )
    };
    Error::invalid(tavle_model::msg!(
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

    #[test]
    fn the_start_of_a_long_text_is_sixty_characters_and_an_ellipsis() {
        assert_eq!(start_of("kort"), "kort");
        let long = "ø".repeat(100);
        assert_eq!(start_of(&long), format!("{}…", "ø".repeat(60)));
        assert_eq!(start_of(&"ø".repeat(60)), "ø".repeat(60));
    }
}
