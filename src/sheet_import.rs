//! Boards in from spreadsheets: `.xlsx`, `.xls`, `.ods` (read with `calamine`) and `.csv`.
//!
//! Two kinds of workbook come in. One written by Tavle ([`crate::xlsx`]) carries a hidden
//! sheet with the format's name and version, the board's header and the status history; it
//! comes back exactly. Any other sheet is a leader's own: the header row is found by its
//! names (tolerant of case, spacing and the usual variants), unknown columns are listed,
//! status words are matched to the six statuses, dates are Excel dates or `dd.mm.åååå` /
//! `d.m.åå` text. A cell that cannot be read is kept as text where it fits and reported with
//! its sheet, row and column — never guessed.
//!
//! Reading is pure: bytes in, a [`SheetImport`] (the board and its [`ImportReport`]) out, so
//! the app can show the preview and the CLI print the same report before anything is
//! written. Every refusal is a Norwegian [`Error::Invalid`] (exit code 2).

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, DataRef, Ods, Range, Reader, Xls, Xlsx};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::{AbsenceMonth, Board, Input, Milestone, Row, Status, StatusChange, YEARS};
use crate::xlsx;

/// A sheet may hold at most this many rows; a board has hundreds, not hundreds of thousands.
pub const MAX_ROWS: u32 = 50_000;
const MAX_ROWS_TEXT: &str = "50 000";
/// A file larger than this is not a board.
pub const MAX_FILE_BYTES: usize = 200 * 1024 * 1024;
/// How far down the header row is looked for.
const HEADER_SEARCH_ROWS: usize = 30;

/// What the command line (`--unit`, `--year`) or the app's preview form adds to the sheet.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
pub struct ImportOptions {
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub year: Option<i32>,
}

/// Where the board came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A workbook written by Tavle: read back exactly.
    Tavle,
    /// A leader's own sheet (or a CSV).
    Sheet,
}

/// A column of the sheet and what it became.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ColumnUse {
    /// The column's letter ("B"), or its number in a CSV ("2").
    pub column: String,
    /// The header as written in the sheet.
    pub header: String,
    /// The board's field it fills ("Mål"), or empty when it is ignored.
    pub field: String,
}

/// A cell that could not be read as it stands.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CellProblem {
    pub sheet: String,
    /// 1-based, as Excel numbers rows.
    pub row: u32,
    /// "C" (or the column's number in a CSV).
    pub column: String,
    /// What the cell holds.
    pub value: String,
    /// What Tavle did with it, in Norwegian.
    pub message: String,
}

/// Everything the preview shows besides the rows themselves.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportReport {
    /// The file's name.
    pub file: String,
    pub kind: SourceKind,
    /// The sheet the rows were read from.
    pub sheet: String,
    /// The header row (1-based).
    pub header_row: u32,
    pub columns: Vec<ColumnUse>,
    /// Columns with a header Tavle does not know; their cells are not imported.
    pub ignored_columns: Vec<ColumnUse>,
    pub problems: Vec<CellProblem>,
    /// Rows left out because they have neither Mål nor Tiltak (1-based sheet rows).
    pub skipped_rows: Vec<u32>,
    /// True when the sheet does not say which unit or year: the user must give them.
    pub needs_unit: bool,
    pub needs_year: bool,
}

/// A board read from a spreadsheet, not yet written anywhere.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SheetImport {
    pub board: Board,
    pub report: ImportReport,
}

impl SheetImport {
    /// The board, ready to insert: refuses (exit 2) when the unit or year is still missing
    /// or a rule of the board is broken.
    pub fn into_board(self) -> Result<Board> {
        if self.report.needs_unit {
            return Err(Error::invalid(
                "Regnearket sier ikke hvilken enhet tavlen gjelder. Oppgi enheten (på kommandolinjen: --unit \"Hjemmesykepleien\"). Ingenting er importert.",
            ));
        }
        if self.report.needs_year {
            return Err(Error::invalid(
                "Regnearket sier ikke hvilket år tavlen gjelder. Oppgi året (på kommandolinjen: --year 2025). Ingenting er importert.",
            ));
        }
        self.board.validate()?;
        Ok(self.board)
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

/// Reads `path` and makes a board of it (see the module's docs). Nothing is written.
pub fn read_sheet_file(
    path: &Path,
    options: &ImportOptions,
    today: NaiveDate,
) -> Result<SheetImport> {
    let bytes = std::fs::read(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::NotFound(format!(
                "Finner ikke regnearket «{}». Sjekk navnet og mappen.",
                path.display()
            ))
        } else {
            Error::Io {
                path: path.to_path_buf(),
                source: e,
            }
        }
    })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    read_sheet_bytes(&name, &extension(path), &bytes, options, today)
}

/// What the first bytes say the file is.
#[derive(Debug, PartialEq)]
enum Container {
    Zip,
    Ole,
    Text,
}

fn sniff(bytes: &[u8]) -> Option<Container> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Some(Container::Zip);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Some(Container::Ole);
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return None;
    }
    Some(Container::Text)
}

fn not_a_sheet(file: &str) -> Error {
    Error::invalid(format!(
        "«{file}» er ikke et regneark Tavle kan lese. Velg en fil lagret fra Excel eller LibreOffice som .xlsx, .xls, .ods eller .csv. Ingenting er importert."
    ))
}

fn password_protected(file: &str) -> Error {
    Error::invalid(format!(
        "«{file}» er beskyttet med passord, og Tavle kan ikke lese den. Åpne filen i Excel, ta bort passordet (Fil → Info → Beskytt arbeidsbok → Krypter med passord, tøm feltet), lagre og prøv igjen. Ingenting er importert."
    ))
}

fn damaged(file: &str) -> Error {
    Error::invalid(format!(
        "«{file}» ser ut som et regneark, men filen er skadet eller ufullstendig (kanskje avbrutt under lagring eller nedlasting). Åpne den i Excel eller LibreOffice og lagre på nytt, eller hent en ny kopi. Ingenting er importert."
    ))
}

/// [`read_sheet_file`] on bytes already read; `ext` is the file's extension, lowercase.
pub fn read_sheet_bytes(
    file: &str,
    ext: &str,
    bytes: &[u8],
    options: &ImportOptions,
    today: NaiveDate,
) -> Result<SheetImport> {
    if bytes.is_empty() {
        return Err(Error::invalid(format!(
            "«{file}» er tom (0 byte). Velg regnearket med tavlen. Ingenting er importert."
        )));
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Error::invalid(format!(
            "«{file}» er for stor ({} MB) til å være en forbedringstavle. Tavle leser regneark opp til {} MB. Ingenting er importert.",
            bytes.len() / (1024 * 1024),
            MAX_FILE_BYTES / (1024 * 1024)
        )));
    }
    let sheets = match (sniff(bytes), ext) {
        (Some(Container::Zip), _) => read_zip_workbook(file, bytes)?,
        (Some(Container::Ole), _) => read_ole_workbook(file, bytes)?,
        (Some(Container::Text), "xlsx" | "xlsm" | "xls" | "ods") | (None, _) => {
            return Err(not_a_sheet(file))
        }
        (Some(Container::Text), _) => Workbook {
            sheets: vec![read_csv(file, bytes)?],
            is_csv: true,
        },
    };
    let mut import = if let Some(data) = sheets.find(xlsx::DATA_SHEET) {
        read_tavle_workbook(file, &sheets, data, today)?
    } else {
        read_leaders_sheet(file, &sheets)?
    };
    if let Some(unit) = options
        .unit
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty())
    {
        import.board.unit = unit.to_string();
        import.report.needs_unit = false;
    }
    if let Some(year) = options.year {
        crate::model::check_year(year)?;
        if import.report.kind == SourceKind::Tavle && year != import.board.year {
            // The months belong to the year they were recorded for.
            for month in &mut import.board.absence {
                month.month.year = year;
            }
        }
        import.board.year = year;
        import.report.needs_year = false;
    }
    Ok(import)
}

// ---------------------------------------------------------------- cells and sheets

/// One cell, as Tavle needs it.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(NaiveDate),
    Bool(bool),
    Error(String),
}

impl Cell {
    fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text for a text field: numbers without a needless `.0`, dates Norwegian.
    fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => normalise_text(t),
            Cell::Number(n) => number_text(*n),
            Cell::Date(d) => crate::nb::date(*d),
            Cell::Bool(b) => if *b { "Ja" } else { "Nei" }.to_string(),
            Cell::Error(e) => e.clone(),
        }
    }

    fn number(&self) -> Option<f64> {
        match self {
            Cell::Number(n) => Some(*n),
            Cell::Text(t) => crate::model::parse_decimal("", t).ok().flatten(),
            _ => None,
        }
    }
}

fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string().replace('.', ",")
    }
}

/// Line breaks as `\n`, no spaces around the whole text, and a CSV cell that Tavle's own
/// export defused (`'=…`) given back its first character.
fn normalise_text(t: &str) -> String {
    let t = t.replace("\r\n", "\n").replace('\r', "\n");
    let t = t.trim();
    match t.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_string(),
        _ => t.to_string(),
    }
}

fn excel_date(dt: &calamine::ExcelDateTime) -> Option<NaiveDate> {
    dt.as_datetime().map(|d| d.date())
}

fn cell_from(data: &Data) -> Cell {
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

fn cell_from_ref(data: &DataRef<'_>) -> Cell {
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

fn iso_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

/// A sheet as rows of cells, row 0 being the sheet's row 1; and its merged areas.
#[derive(Debug, Default)]
struct Sheet {
    name: String,
    visible: bool,
    rows: Vec<Vec<Cell>>,
    /// (first row, first column, last row, last column), 0-based, inclusive.
    merged: Vec<(u32, u32, u32, u32)>,
}

impl Sheet {
    fn cell(&self, row: usize, col: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&Cell::Empty)
    }

    fn set(&mut self, row: usize, col: usize, cell: Cell) {
        if self.rows.len() <= row {
            self.rows.resize_with(row + 1, Vec::new);
        }
        let r = &mut self.rows[row];
        if r.len() <= col {
            r.resize(col + 1, Cell::Empty);
        }
        r[col] = cell;
    }

    fn is_empty(&self) -> bool {
        self.rows.iter().all(|r| r.iter().all(Cell::is_empty))
    }
}

struct Workbook {
    sheets: Vec<Sheet>,
    is_csv: bool,
}

impl Workbook {
    fn find(&self, name: &str) -> Option<&Sheet> {
        self.sheets.iter().find(|s| s.name == name)
    }
}

fn too_many_rows(file: &str, sheet: &str) -> Error {
    let which = if sheet == file {
        format!("«{file}»")
    } else {
        format!("Arket «{sheet}» i «{file}»")
    };
    Error::invalid(format!(
        "{which} har mer enn {MAX_ROWS_TEXT} rader. En forbedringstavle har noen hundre tiltak; Tavle leser høyst {MAX_ROWS_TEXT} rader. Slett rader som ikke hører til tavlen, eller kopier tiltakene til et nytt ark, og prøv igjen. Ingenting er importert."
    ))
}

fn range_to_sheet(file: &str, name: &str, range: &Range<Data>) -> Result<Sheet> {
    let mut sheet = Sheet {
        name: name.to_string(),
        visible: true,
        ..Sheet::default()
    };
    let Some((row0, col0)) = range.start() else {
        return Ok(sheet);
    };
    for (r, row) in range.rows().enumerate() {
        for (c, data) in row.iter().enumerate() {
            if matches!(data, Data::Empty) {
                continue;
            }
            let abs_row = row0 as usize + r;
            if abs_row >= MAX_ROWS as usize {
                return Err(too_many_rows(file, name));
            }
            sheet.set(abs_row, col0 as usize + c, cell_from(data));
        }
    }
    Ok(sheet)
}

fn read_zip_workbook(file: &str, bytes: &[u8]) -> Result<Workbook> {
    match Xlsx::new(Cursor::new(bytes)) {
        Ok(mut book) => {
            let metas = book.sheets_metadata().to_vec();
            let mut sheets = Vec::new();
            for meta in metas {
                if meta.typ != calamine::SheetType::WorkSheet {
                    continue;
                }
                let mut sheet = Sheet {
                    name: meta.name.clone(),
                    visible: meta.visible == calamine::SheetVisible::Visible,
                    ..Sheet::default()
                };
                {
                    // Streamed cell by cell, so a sheet of a million rows is refused at the
                    // limit instead of being read whole into memory first.
                    let mut cells = book
                        .worksheet_cells_reader(&meta.name)
                        .map_err(|_| damaged(file))?;
                    while let Some(cell) = cells.next_cell().map_err(|_| damaged(file))? {
                        let value = cell_from_ref(cell.get_value());
                        if value == Cell::Empty {
                            continue;
                        }
                        let (row, col) = cell.get_position();
                        if row >= MAX_ROWS {
                            return Err(too_many_rows(file, &meta.name));
                        }
                        sheet.set(row as usize, col as usize, value);
                    }
                }
                sheet.merged = book
                    .merge_cells_by_sheet_name(&meta.name)
                    .unwrap_or_default()
                    .iter()
                    .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1))
                    .collect();
                sheets.push(sheet);
            }
            Ok(Workbook {
                sheets,
                is_csv: false,
            })
        }
        Err(calamine::XlsxError::Password) => Err(password_protected(file)),
        Err(xlsx_err) => match Ods::new(Cursor::new(bytes)) {
            Ok(mut book) => {
                let metas = book.sheets_metadata().to_vec();
                let mut sheets = Vec::new();
                for meta in metas {
                    let range = book
                        .worksheet_range(&meta.name)
                        .map_err(|_| damaged(file))?;
                    let mut sheet = range_to_sheet(file, &meta.name, &range)?;
                    sheet.visible = meta.visible == calamine::SheetVisible::Visible;
                    sheets.push(sheet);
                }
                Ok(Workbook {
                    sheets,
                    is_csv: false,
                })
            }
            Err(calamine::OdsError::Password) => Err(password_protected(file)),
            // A zip that holds no workbook (a Word document, a folder of photos) is not a
            // spreadsheet; one whose zip structure is broken is a damaged one.
            Err(_) if matches!(xlsx_err, calamine::XlsxError::FileNotFound(_)) => {
                Err(not_a_sheet(file))
            }
            Err(_) => Err(damaged(file)),
        },
    }
}

fn read_ole_workbook(file: &str, bytes: &[u8]) -> Result<Workbook> {
    // An encrypted .xlsx is an OLE file holding an "EncryptedPackage": calamine's xlsx
    // reader says so, its xls reader would only say the format is wrong.
    if let Err(calamine::XlsxError::Password) = Xlsx::new(Cursor::new(bytes)) {
        return Err(password_protected(file));
    }
    let mut book = match Xls::new(Cursor::new(bytes)) {
        Ok(book) => book,
        Err(calamine::XlsError::Password) => return Err(password_protected(file)),
        Err(_) => {
            return Err(Error::invalid(format!(
                "«{file}» er en Office-fil (kanskje et Word-dokument), men ikke et regneark Tavle kan lese. Åpne den i Excel og lagre som .xlsx, og prøv igjen. Ingenting er importert."
            )))
        }
    };
    let metas = book.sheets_metadata().to_vec();
    let mut sheets = Vec::new();
    for meta in metas {
        if meta.typ != calamine::SheetType::WorkSheet {
            continue;
        }
        let range = book
            .worksheet_range(&meta.name)
            .map_err(|_| damaged(file))?;
        let mut sheet = range_to_sheet(file, &meta.name, &range)?;
        sheet.visible = meta.visible == calamine::SheetVisible::Visible;
        sheet.merged = book
            .merge_cells_by_sheet_name(&meta.name)
            .unwrap_or_default()
            .iter()
            .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1))
            .collect();
        sheets.push(sheet);
    }
    Ok(Workbook {
        sheets,
        is_csv: false,
    })
}

fn read_csv(file: &str, bytes: &[u8]) -> Result<Sheet> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(body) {
        Ok(t) => t,
        Err(e) => {
            let at = e.valid_up_to();
            let line = body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            let byte = body.get(at).copied().unwrap_or(0);
            let sample = match byte {
                0xE6 => "æ er lagret som byte E6, ",
                0xF8 => "ø er lagret som byte F8, ",
                0xE5 => "å er lagret som byte E5, ",
                0xC6 => "Æ er lagret som byte C6, ",
                0xD8 => "Ø er lagret som byte D8, ",
                0xC5 => "Å er lagret som byte C5, ",
                _ => "",
            };
            return Err(Error::invalid(format!(
                "«{file}» er ikke lagret som UTF-8, men ser ut til å være Windows-1252, som eldre Excel lagrer CSV med ({sample}linje {line}). Tavle gjetter ikke på tegnsettet, så æ, ø og å ikke blir feil. Lagre filen på nytt i Excel som «CSV UTF-8 (kommadelt)», eller importer .xlsx-filen i stedet. Ingenting er importert."
            )));
        }
    };
    // Excel writes "sep=;" on the first line when asked to; it names the separator.
    let (text, named) = match text.split_once('\n') {
        Some((first, rest)) if first.trim().to_lowercase().starts_with("sep=") => {
            (rest, first.trim().as_bytes().get(4).copied())
        }
        _ => (text, None),
    };
    let first_line = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    let delimiter = named.unwrap_or_else(|| {
        [b';', b'\t', b',']
            .into_iter()
            .max_by_key(|d| first_line.bytes().filter(|b| b == d).count())
            .unwrap_or(b';')
    });
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut sheet = Sheet {
        name: file.to_string(),
        visible: true,
        ..Sheet::default()
    };
    for (r, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            Error::invalid(format!(
                "«{file}» kan ikke leses som CSV ({}). Lagre filen på nytt fra Excel som CSV, og prøv igjen. Ingenting er importert.",
                e.position()
                    .map(|p| format!("feil på linje {}", p.line()))
                    .unwrap_or_else(|| "feil i teksten".to_string())
            ))
        })?;
        if r >= MAX_ROWS as usize {
            return Err(too_many_rows(file, file));
        }
        let cells: Vec<Cell> = record
            .iter()
            .map(|f| {
                if f.trim().is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(f.to_string())
                }
            })
            .collect();
        if cells.iter().any(|c| !c.is_empty()) {
            sheet.rows.resize_with(r, Vec::new);
            sheet.rows.push(cells);
        }
    }
    Ok(sheet)
}

/// "A", "B", …, "AA" for a 0-based column.
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

fn column_name(book: &Workbook, col: usize) -> String {
    if book.is_csv {
        format!("{}", col + 1)
    } else {
        column_letter(col)
    }
}

fn row_no(r: usize) -> u32 {
    u32::try_from(r + 1).unwrap_or(u32::MAX)
}

fn formula_error(file: &str, sheet: &str, book: &Workbook, r: usize, c: usize, e: &str) -> Error {
    let place = if book.is_csv {
        format!("linje {}, kolonne {}", r + 1, c + 1)
    } else {
        format!("cellen {}{} i arket «{sheet}»", column_letter(c), r + 1)
    };
    Error::invalid(format!(
        "«{file}»: {place} har formelfeilen {e}. Tavle importerer ikke en feil som om den var tekst. Rett formelen i Excel (eller skriv inn verdien), lagre og prøv igjen. Ingenting er importert."
    ))
}

// ---------------------------------------------------------------- words

/// Lowercase, single spaces, no `:` `?` `*` `.` at the ends, `é` as `e`.
fn normalise_word(s: &str) -> String {
    let lower = s
        .to_lowercase()
        .replace(['é', 'è'], "e")
        .replace('\u{a0}', " ");
    let joined = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    joined
        .trim_matches(|c: char| matches!(c, ':' | '?' | '*' | '.' | '!' | ' '))
        .to_string()
}

/// The board's fields a header can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Number,
    Goal,
    Ideas,
    Measure,
    Owner,
    When,
    Due,
    Status,
    Overdue,
    Result,
}

impl Field {
    fn label(self) -> &'static str {
        match self {
            Field::Number => "Nr",
            Field::Goal => "Mål",
            Field::Ideas => "Ideer",
            Field::Measure => "Tiltak",
            Field::Owner => "Ansvar",
            Field::When => "Når?",
            Field::Due => "Frist",
            Field::Status => "Status",
            Field::Overdue => "Forsinket",
            Field::Result => "Resultat",
        }
    }
}

fn header_field(text: &str) -> Option<Field> {
    let w = normalise_word(text);
    Some(match w.as_str() {
        "nr" | "#" | "nummer" | "løpenr" => Field::Number,
        "mål" | "målsetting" | "målsettinger" | "målsetning" | "mål for tiltaket" | "delmål"
        | "hva vil vi oppnå" => Field::Goal,
        "ideer" | "ide" | "ideer/forslag" | "idear" | "forslag" | "innspill"
        | "ideer og forslag" => Field::Ideas,
        "tiltak" | "tiltaket" | "konkrete tiltak" | "aktivitet" | "aktiviteter" | "handling"
        | "handlinger" => Field::Measure,
        "ansvar" | "ansvaret" | "ansvarlig" | "ansvarlige" | "hvem" | "hvem har ansvar" => {
            Field::Owner
        }
        "når" | "tidspunkt" | "når skal det skje" => Field::When,
        "frist" | "tidsfrist" | "innen" | "ferdig innen" | "dato" | "frist (dato)" => Field::Due,
        "status" | "status på tiltaket" => Field::Status,
        "forsinket" => Field::Overdue,
        "resultat" | "resultater" | "resultat/evaluering" | "evaluering" | "oppnådd resultat" => {
            Field::Result
        }
        _ => return None,
    })
}

/// The six statuses and the everyday words for them.
pub fn status_from_word(text: &str) -> Option<Status> {
    let w = normalise_word(text);
    if let Ok(s) = w.parse::<Status>() {
        return Some(s);
    }
    Some(match w.as_str() {
        "ikke påbegynt" | "ikke begynt" | "ikke start" | "ny" | "planlagt" | "ikkje starta" => {
            Status::NotStarted
        }
        "startet" | "påbegynt" | "i gang" | "igang" | "under arbeid" | "pågående"
        | "jobbes med" => Status::InProgress,
        "ferdig" | "utført" | "gjennomført" | "fullført" | "avsluttet" | "ok" | "done" => {
            Status::Done
        }
        "løpende" | "kontinuerlig" | "alltid" | "fast" | "løpande" => Status::Ongoing,
        "utsatt" | "venter" | "på vent" | "satt på vent" | "pause" => Status::Paused,
        "kansellert"
        | "avlyst"
        | "droppet"
        | "avbrutt"
        | "avbrote"
        | "stoppet"
        | "avsluttet uten resultat" => Status::Dropped,
        _ => return None,
    })
}

/// `15.03.2025`, `15.3.25`, `2025-03-15`, `15/03/2025`: the date, if it is one.
/// `Err(())` when the text looks like a date but the day does not exist.
fn date_from_text(text: &str) -> std::result::Result<Option<NaiveDate>, ()> {
    let t = text.trim();
    let parts: Vec<&str> = t.split(['.', '/', '-']).collect();
    if parts.len() != 3
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    {
        return Ok(None);
    }
    let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    if n.len() != 3 {
        return Ok(None);
    }
    let (y, m, d) = if parts[0].len() == 4 {
        (n[0], n[1], n[2])
    } else {
        let y = match parts[2].len() {
            2 => 2000 + n[2],
            4 => n[2],
            _ => return Ok(None),
        };
        (y, n[1], n[0])
    };
    let year = i32::try_from(y).map_err(|_| ())?;
    match NaiveDate::from_ymd_opt(year, m, d) {
        Some(date) if YEARS.contains(&date.year()) => Ok(Some(date)),
        _ => Err(()),
    }
}

// ---------------------------------------------------------------- a leader's own sheet

struct Header {
    row: usize,
    fields: Vec<(usize, Field)>,
    unknown: Vec<(usize, String)>,
}

fn find_header(sheet: &Sheet) -> Option<Header> {
    for (r, row) in sheet.rows.iter().enumerate().take(HEADER_SEARCH_ROWS) {
        let mut fields: Vec<(usize, Field)> = Vec::new();
        let mut unknown = Vec::new();
        for (c, cell) in row.iter().enumerate() {
            let Cell::Text(t) = cell else { continue };
            if t.trim().is_empty() {
                continue;
            }
            match header_field(t) {
                // The first column of a name wins; a second "Mål" is listed as ignored.
                Some(f) if !fields.iter().any(|(_, g)| *g == f) => fields.push((c, f)),
                _ => unknown.push((c, t.trim().to_string())),
            }
        }
        let has = |f: Field| fields.iter().any(|(_, g)| *g == f);
        let named = fields.iter().filter(|(_, f)| *f != Field::Number).count();
        if (has(Field::Goal) || has(Field::Measure)) && named >= 2 {
            return Some(Header {
                row: r,
                fields,
                unknown,
            });
        }
    }
    None
}

/// "Enhet: Hjemmesykepleien" / "År 2025" above the header, or a year in a title there.
fn unit_and_year_above(sheet: &Sheet, header_row: usize) -> (Option<String>, Option<i32>) {
    let mut unit = None;
    let mut year = None;
    let mut title_year = None;
    for r in 0..header_row {
        let row = &sheet.rows[r];
        for (c, cell) in row.iter().enumerate() {
            let text = cell.text();
            if text.is_empty() {
                continue;
            }
            let (label, inline) = match text.split_once(':') {
                Some((l, v)) => (normalise_word(l), Some(v.trim().to_string())),
                None => (normalise_word(&text), None),
            };
            let next = || {
                row.iter()
                    .skip(c + 1)
                    .find(|x| !x.is_empty())
                    .map(Cell::text)
            };
            let value = inline.filter(|v| !v.is_empty()).or_else(next);
            match label.as_str() {
                "enhet" | "avdeling" | "enhetens navn" | "virksomhet" | "eining" => {
                    if let Some(v) = value {
                        unit = Some(v);
                    }
                }
                "år" | "årstall" | "gjelder år" => {
                    if let Some(y) = value.and_then(|v| v.trim().parse::<i32>().ok()) {
                        year = Some(y);
                    }
                }
                _ => {
                    if title_year.is_none() {
                        title_year = text
                            .split(|c: char| !c.is_ascii_digit())
                            .filter(|w| w.len() == 4)
                            .filter_map(|w| w.parse::<i32>().ok())
                            .find(|y| YEARS.contains(y));
                    }
                }
            }
        }
    }
    (unit, year.or(title_year))
}

fn read_leaders_sheet(file: &str, book: &Workbook) -> Result<SheetImport> {
    let visible: Vec<&Sheet> = book.sheets.iter().filter(|s| s.visible).collect();
    if visible.iter().all(|s| s.is_empty()) {
        let which = if book.is_csv {
            "Filen".to_string()
        } else if visible.len() == 1 {
            format!("Arket «{}»", visible[0].name)
        } else {
            "Alle arkene".to_string()
        };
        return Err(Error::invalid(format!(
            "«{file}»: {which} er tomt. Velg regnearket med tavlen (en overskriftsrad med Mål, Tiltak, Ansvar … og radene under). Ingenting er importert."
        )));
    }
    let Some((sheet, header)) = visible.iter().find_map(|s| find_header(s).map(|h| (*s, h))) else {
        let names: Vec<String> = visible.iter().map(|s| format!("«{}»", s.name)).collect();
        let in_sheets = if book.is_csv {
            String::new()
        } else {
            format!(" i arket {}", names.join(", "))
        };
        return Err(Error::invalid(format!(
            "Fant ingen overskriftsrad med kolonnenavn som Mål, Ideer, Tiltak, Ansvar, Når?, Status og Resultat{in_sheets} i «{file}» (Tavle ser etter dem i de første {HEADER_SEARCH_ROWS} radene; minst Mål eller Tiltak og ett navn til må stå på samme rad). Skriv overskriftene over kolonnene og prøv igjen. Ingenting er importert."
        )));
    };
    let (unit, year) = unit_and_year_above(sheet, header.row);
    let (rows, mut report) = read_table(file, book, sheet, &header)?;
    let mut board = Board::new(unit.clone().unwrap_or_default(), year.unwrap_or(0));
    report.needs_unit = unit.is_none();
    report.needs_year = year.is_none();
    board.rows = rows.into_iter().map(|(_, row)| row).collect();
    Ok(SheetImport { board, report })
}

/// The rows under `header`, each with its 0-based sheet row, and the report of the table.
fn read_table(
    file: &str,
    book: &Workbook,
    sheet: &Sheet,
    header: &Header,
) -> Result<(Vec<(usize, Row)>, ImportReport)> {
    let used_cols: Vec<usize> = header.fields.iter().map(|(c, _)| *c).collect();
    let min_col = used_cols.iter().copied().min().unwrap_or(0);
    let max_col = used_cols.iter().copied().max().unwrap_or(0);
    if let Some(&(r0, c0, r1, c1)) = sheet.merged.iter().find(|&&(_, c0, r1, c1)| {
        r1 as usize >= header.row && (c1 as usize) >= min_col && (c0 as usize) <= max_col
    }) {
        return Err(Error::invalid(format!(
            "Arket «{}» i «{file}» har sammenslåtte celler i tabellen ({}{}:{}{}). Tavle kan ikke vite hvilken rad en sammenslått celle hører til. Opphev sammenslåingen i Excel (Hjem → Slå sammen og midtstill → Del opp celler), fyll inn verdien på hver rad, lagre og prøv igjen. Ingenting er importert.",
            sheet.name,
            column_letter(c0 as usize),
            r0 + 1,
            column_letter(c1 as usize),
            r1 + 1
        )));
    }
    let col_of = |f: Field| header.fields.iter().find(|(_, g)| *g == f).map(|(c, _)| *c);
    let mut report = ImportReport {
        file: file.to_string(),
        kind: SourceKind::Sheet,
        sheet: sheet.name.clone(),
        header_row: row_no(header.row),
        columns: header
            .fields
            .iter()
            .map(|(c, f)| ColumnUse {
                column: column_name(book, *c),
                header: sheet.cell(header.row, *c).text(),
                field: f.label().to_string(),
            })
            .collect(),
        ignored_columns: header
            .unknown
            .iter()
            .map(|(c, h)| ColumnUse {
                column: column_name(book, *c),
                header: h.clone(),
                field: String::new(),
            })
            .collect(),
        problems: Vec::new(),
        skipped_rows: Vec::new(),
        needs_unit: false,
        needs_year: false,
    };
    let mut rows = Vec::new();
    for r in header.row + 1..sheet.rows.len() {
        let get = |f: Field| col_of(f).map(|c| (c, sheet.cell(r, c)));
        if header
            .fields
            .iter()
            .all(|(c, _)| sheet.cell(r, *c).is_empty())
        {
            continue;
        }
        for (c, _) in &header.fields {
            if let Cell::Error(e) = sheet.cell(r, *c) {
                return Err(formula_error(file, &sheet.name, book, r, *c, e));
            }
        }
        let mut problem = |c: usize, value: String, message: String| {
            report.problems.push(CellProblem {
                sheet: sheet.name.clone(),
                row: row_no(r),
                column: column_name(book, c),
                value,
                message,
            });
        };
        let text = |f: Field| get(f).map(|(_, cell)| cell.text()).unwrap_or_default();
        let mut row = Row {
            goal: text(Field::Goal),
            ideas: text(Field::Ideas),
            measure: text(Field::Measure),
            owner: text(Field::Owner),
            result: text(Field::Result),
            ..Row::default()
        };
        // Når?: the words as spoken; a date there (cell or text) is also the Frist.
        if let Some((c, cell)) = get(Field::When) {
            row.when_text = cell.text();
            match cell {
                Cell::Date(d) => row.due = Some(*d),
                Cell::Text(t) => match date_from_text(t) {
                    Ok(d) => row.due = d,
                    Err(()) => problem(
                        c,
                        t.trim().to_string(),
                        "ser ut som en dato, men dagen finnes ikke; teksten er beholdt i Når?, uten frist".into(),
                    ),
                },
                _ => {}
            }
        }
        if let Some((c, cell)) = get(Field::Due) {
            match cell {
                Cell::Empty => {}
                Cell::Date(d) => row.due = Some(*d),
                Cell::Text(t) => match date_from_text(t) {
                    Ok(Some(d)) => row.due = Some(d),
                    Ok(None) => {
                        // Spoken words in the Frist column ("i.a. februar") are Når? text.
                        if row.when_text.is_empty() {
                            row.when_text = cell.text();
                        } else {
                            problem(
                                c,
                                t.trim().to_string(),
                                "er ikke en dato (skriv dd.mm.åååå); ikke importert som frist".into(),
                            );
                        }
                    }
                    Err(()) => {
                        problem(
                            c,
                            t.trim().to_string(),
                            "ser ut som en dato, men dagen finnes ikke; ikke importert som frist".into(),
                        );
                        if row.when_text.is_empty() {
                            row.when_text = t.trim().to_string();
                        }
                    }
                },
                other => problem(
                    c,
                    other.text(),
                    "er et tall, ikke en dato; ikke importert som frist. Formater cellen som dato i Excel".into(),
                ),
            }
        }
        if let Some((c, cell)) = get(Field::Status) {
            let word = cell.text();
            if !word.is_empty() {
                match status_from_word(&word) {
                    Some(s) => row.status = s,
                    None => {
                        problem(
                            c,
                            word.clone(),
                            "er ingen av de seks statusene; raden får «Ikke startet», og ordet står i Resultat".into(),
                        );
                        let note = format!("Status i regnearket: «{word}»");
                        row.result = if row.result.is_empty() {
                            note
                        } else {
                            format!("{}\n{note}", row.result)
                        };
                    }
                }
            }
        }
        if row.goal.trim().is_empty() && row.measure.trim().is_empty() {
            report.skipped_rows.push(row_no(r));
            continue;
        }
        rows.push((r, row));
    }
    Ok((rows, report))
}

// ---------------------------------------------------------------- a workbook from Tavle

fn read_tavle_workbook(
    file: &str,
    book: &Workbook,
    data: &Sheet,
    today: NaiveDate,
) -> Result<SheetImport> {
    let value = |key: &str| -> Option<String> {
        data.rows
            .iter()
            .find(|r| r.first().map(Cell::text).as_deref() == Some(key))
            .map(|r| r.get(1).map(Cell::text).unwrap_or_default())
    };
    let format = value(xlsx::data::FORMAT).unwrap_or_default();
    if format != crate::exchange::FORMAT {
        return Err(Error::invalid(format!(
            "«{file}» har et skjult ark «{}», men det er ikke fra Tavle (format «{format}»). Ingenting er importert.",
            xlsx::DATA_SHEET
        )));
    }
    let version: u64 = value(xlsx::data::VERSION)
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    if version > crate::exchange::VERSION {
        return Err(Error::invalid(format!(
            "«{file}» er laget med en nyere versjon av Tavle (filversjon {version}, denne versjonen forstår opp til {}). Oppdater Tavle for å importere den. Ingenting er importert.",
            crate::exchange::VERSION
        )));
    }
    let year = value(xlsx::data::YEAR).and_then(|y| y.trim().parse::<i32>().ok());
    let unit = value(xlsx::data::UNIT).filter(|u| !u.trim().is_empty());
    let mut board = Board::new(unit.clone().unwrap_or_default(), year.unwrap_or(0));
    if let Some(t) = value(xlsx::data::TITLE) {
        board.title = t;
    }
    board.main_goal = value(xlsx::data::MAIN_GOAL).unwrap_or_default();
    board.focus = value(xlsx::data::FOCUS).unwrap_or_default();
    board.target_pct = value(xlsx::data::TARGET).and_then(|t| t.trim().parse::<f64>().ok());

    let mut report = ImportReport {
        file: file.to_string(),
        kind: SourceKind::Tavle,
        sheet: xlsx::SHEET_BOARD.to_string(),
        header_row: 1,
        columns: Vec::new(),
        ignored_columns: Vec::new(),
        problems: Vec::new(),
        skipped_rows: Vec::new(),
        needs_unit: unit.is_none(),
        needs_year: year.is_none(),
    };

    // The rows, read like a leader's sheet (edits made in Excel count), then put back in
    // the order of their Nr.
    let sheet = book.find(xlsx::SHEET_BOARD).ok_or_else(|| {
        Error::invalid(format!(
            "«{file}» er fra Tavle, men arket «{}» mangler. Ingenting er importert.",
            xlsx::SHEET_BOARD
        ))
    })?;
    let header = find_header(sheet).ok_or_else(|| {
        Error::invalid(format!(
            "«{file}» er fra Tavle, men overskriftene i arket «{}» er endret så Tavle ikke finner Mål og Tiltak. Ingenting er importert.",
            xlsx::SHEET_BOARD
        ))
    })?;
    let (rows, rows_report) = read_table(file, book, sheet, &header)?;
    report.header_row = rows_report.header_row;
    report.columns = rows_report.columns;
    report.ignored_columns = rows_report.ignored_columns;
    report.problems = rows_report.problems;
    report.skipped_rows = rows_report.skipped_rows;
    let nr_col = header
        .fields
        .iter()
        .find(|(_, f)| *f == Field::Number)
        .map(|(c, _)| *c);
    let mut numbered: Vec<(Option<u32>, Row)> = rows
        .into_iter()
        .map(|(r, row)| {
            let nr = nr_col
                .and_then(|c| sheet.cell(r, c).number())
                .filter(|n| *n >= 1.0 && n.fract() == 0.0)
                .map(|n| n as u32);
            (nr, row)
        })
        .collect();
    // Rows typed in Excel without a Nr go last, in the order they stand.
    numbered.sort_by_key(|(nr, _)| nr.unwrap_or(u32::MAX));
    let mut by_nr = std::collections::HashMap::new();
    for (i, (nr, _)) in numbered.iter().enumerate() {
        if let Some(nr) = nr {
            by_nr.insert(*nr, i);
        }
    }
    board.rows = numbered.into_iter().map(|(_, r)| r).collect();

    // The status history from the hidden sheet, by Nr.
    if let Some(start) = data
        .rows
        .iter()
        .position(|r| r.first().map(Cell::text).as_deref() == Some(xlsx::data::HISTORY))
    {
        for r in &data.rows[start + 1..] {
            let get = |i: usize| r.get(i).map(Cell::text).unwrap_or_default();
            let (Ok(nr), Ok(on), Ok(status)) = (
                get(0).trim().parse::<u32>(),
                crate::model::parse_date(&get(1)),
                get(2).parse::<Status>(),
            ) else {
                continue;
            };
            if let Some(&i) = by_nr.get(&nr) {
                board.rows[i].history.push(StatusChange {
                    on,
                    status,
                    note: get(3),
                });
            }
        }
    }
    // A status changed in Excel becomes a new entry in the history, dated today.
    for row in &mut board.rows {
        if let Some(last) = row.history.last() {
            if last.status != row.status {
                let on = last.on.max(today);
                row.history.push(StatusChange {
                    on,
                    status: row.status,
                    note: "Endret i Excel".to_string(),
                });
            }
        }
    }

    if let Some(sheet) = book.find(xlsx::SHEET_ABSENCE) {
        board.absence = read_absence_sheet(file, book, sheet, board.year)?;
    }
    if let Some(sheet) = book.find(xlsx::SHEET_PLAN) {
        read_plan_sheet(sheet, &mut board);
    }
    if let Some(sheet) = book.find(xlsx::SHEET_INPUTS) {
        board.inputs = read_inputs_sheet(file, book, sheet, &by_nr, &mut report)?;
    }
    Ok(SheetImport { board, report })
}

/// A percentage cell (a fraction, `0.091`) as Tavle's number (`9.1`), without the float
/// noise of the multiplication.
fn pct_from_fraction(x: f64) -> f64 {
    (x * 100.0 * 1e9).round() / 1e9
}

fn read_absence_sheet(
    file: &str,
    book: &Workbook,
    sheet: &Sheet,
    year: i32,
) -> Result<Vec<AbsenceMonth>> {
    let mut months = Vec::new();
    for (r, row) in sheet.rows.iter().enumerate().skip(1) {
        let Some(Cell::Date(d)) = row.first() else {
            continue;
        };
        if d.year() != year {
            continue;
        }
        for c in 1..=4 {
            if let Cell::Error(e) = sheet.cell(r, c) {
                return Err(formula_error(file, &sheet.name, book, r, c, e));
            }
        }
        let Ok(month) = crate::model::YearMonth::new(d.year(), d.month()) else {
            continue;
        };
        let agreed = sheet.cell(r, 1).number();
        let lost = sheet.cell(r, 2).number();
        let own = sheet.cell(r, 3).number();
        let pct = sheet.cell(r, 4).number();
        let m = match (agreed, lost, pct) {
            (Some(a), Some(l), _) => {
                let mut m = AbsenceMonth::from_days(month, a, l);
                m.self_certified_days = own;
                m
            }
            (_, _, Some(p)) => AbsenceMonth::from_pct(month, pct_from_fraction(p)),
            _ => continue,
        };
        months.push(m);
    }
    Ok(months)
}

fn read_plan_sheet(sheet: &Sheet, board: &mut Board) {
    let mut milestones_from = None;
    for (r, row) in sheet.rows.iter().enumerate() {
        let label = row.first().map(Cell::text).unwrap_or_default();
        let value = sheet.cell(r, 1);
        let plan = &mut board.plan;
        match label.as_str() {
            xlsx::PLAN_DECEMBER => {
                plan.absence_pct_december = value.number().map(pct_from_fraction)
            }
            xlsx::PLAN_AVERAGE => plan.absence_pct_average = value.number().map(pct_from_fraction),
            xlsx::PLAN_SITUATION => plan.situation = value.text(),
            xlsx::PLAN_WHY => plan.why_change = value.text(),
            xlsx::PLAN_ACTIONS => plan.actions = value.text(),
            xlsx::PLAN_DESIRED => plan.desired_state = value.text(),
            xlsx::PLAN_OBSTACLES => plan.obstacles = value.text(),
            _ => {}
        }
        if value.text() == xlsx::MILESTONES_HEADER[0]
            && sheet.cell(r, 2).text() == xlsx::MILESTONES_HEADER[1]
        {
            milestones_from = Some(r + 1);
        }
    }
    if let Some(start) = milestones_from {
        for r in start..sheet.rows.len() {
            let text = sheet.cell(r, 1).text();
            if text.trim().is_empty() {
                continue;
            }
            let date = |c: usize| match sheet.cell(r, c) {
                Cell::Date(d) => Some(*d),
                Cell::Text(t) => date_from_text(t).ok().flatten(),
                _ => None,
            };
            board.plan.milestones.push(Milestone {
                text,
                due: date(2),
                reached_on: date(3),
            });
        }
    }
}

fn read_inputs_sheet(
    file: &str,
    book: &Workbook,
    sheet: &Sheet,
    by_nr: &std::collections::HashMap<u32, usize>,
    report: &mut ImportReport,
) -> Result<Vec<Input>> {
    let mut inputs = Vec::new();
    for (r, row) in sheet.rows.iter().enumerate().skip(1) {
        if row.iter().all(Cell::is_empty) {
            continue;
        }
        for c in 0..4 {
            if let Cell::Error(e) = sheet.cell(r, c) {
                return Err(formula_error(file, &sheet.name, book, r, c, e));
            }
        }
        let question_text = sheet.cell(r, 0).text();
        let text = sheet.cell(r, 1).text();
        let Some(question) = xlsx::question_from_text(&question_text) else {
            report.problems.push(CellProblem {
                sheet: sheet.name.clone(),
                row: row_no(r),
                column: "A".into(),
                value: question_text,
                message:
                    "er ikke ett av de tre spørsmålene fra workshopen; innspillet er ikke importert"
                        .into(),
            });
            continue;
        };
        let votes = sheet
            .cell(r, 2)
            .number()
            .filter(|v| *v >= 0.0)
            .map(|v| v.round() as u32)
            .unwrap_or(0);
        let row = sheet
            .cell(r, 3)
            .number()
            .and_then(|n| by_nr.get(&(n as u32)).copied());
        inputs.push(Input {
            question,
            text,
            votes,
            row,
        });
    }
    Ok(inputs)
}

// ---------------------------------------------------------------- the report as text

/// The preview as the CLI prints it: where the rows came from, which columns were used and
/// ignored, every cell that could not be read, and the rows as they will land.
pub fn report_text(import: &SheetImport) -> String {
    use std::fmt::Write as _;
    let r = &import.report;
    let b = &import.board;
    let mut out = String::new();
    let kind = match r.kind {
        SourceKind::Tavle => "arbeidsbok fra Tavle, leses tilbake nøyaktig",
        SourceKind::Sheet => "eget regneark",
    };
    let _ = writeln!(out, "Import fra «{}» ({kind})", r.file);
    let _ = writeln!(
        out,
        "Ark: «{}», overskrifter på rad {}",
        r.sheet, r.header_row
    );
    let unit = if r.needs_unit {
        "(mangler — oppgi --unit)".to_string()
    } else {
        b.unit.clone()
    };
    let year = if r.needs_year {
        "(mangler — oppgi --year)".to_string()
    } else {
        b.year.to_string()
    };
    let _ = writeln!(out, "Enhet: {unit}    År: {year}");
    if !r.columns.is_empty() {
        let cols: Vec<String> = r
            .columns
            .iter()
            .map(|c| format!("{} «{}» → {}", c.column, c.header, c.field))
            .collect();
        let _ = writeln!(out, "Kolonner: {}", cols.join(", "));
    }
    if !r.ignored_columns.is_empty() {
        let cols: Vec<String> = r
            .ignored_columns
            .iter()
            .map(|c| format!("{} «{}»", c.column, c.header))
            .collect();
        let _ = writeln!(out, "Ukjente kolonner, ikke importert: {}", cols.join(", "));
    }
    let _ = writeln!(
        out,
        "Rader: {}{}{}{}",
        b.rows.len(),
        if b.absence.is_empty() {
            String::new()
        } else {
            format!(", fraværsmåneder: {}", b.absence.len())
        },
        if b.plan.milestones.is_empty() {
            String::new()
        } else {
            format!(", delmål: {}", b.plan.milestones.len())
        },
        if b.inputs.is_empty() {
            String::new()
        } else {
            format!(", innspill: {}", b.inputs.len())
        },
    );
    if !r.skipped_rows.is_empty() {
        let rows: Vec<String> = r.skipped_rows.iter().map(u32::to_string).collect();
        let _ = writeln!(
            out,
            "Hoppet over (verken Mål eller Tiltak): rad {}",
            rows.join(", ")
        );
    }
    if r.problems.is_empty() {
        let _ = writeln!(out, "Celler som ikke kunne leses: ingen");
    } else {
        let _ = writeln!(out, "Celler som ikke kunne leses ({}):", r.problems.len());
        for p in &r.problems {
            let _ = writeln!(
                out,
                "  {} rad {}, kolonne {}: «{}» {}",
                p.sheet, p.row, p.column, p.value, p.message
            );
        }
    }
    let _ = writeln!(out);
    for (i, row) in b.rows.iter().enumerate() {
        let due = row.due.map(crate::nb::date).unwrap_or_default();
        let one_line = |s: &str| s.replace('\n', " / ");
        let _ = writeln!(
            out,
            "{:>3}. {} | {} | {} | {} | {} | {}",
            i + 1,
            one_line(&row.goal),
            one_line(&row.measure),
            one_line(&row.owner),
            one_line(&row.when_text),
            if due.is_empty() {
                String::new()
            } else {
                format!("frist {due}")
            },
            row.status.label()
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn everyday_status_words_find_the_six_statuses() {
        for (word, status) in [
            ("Ferdig", Status::Done),
            ("FULLFØRT", Status::Done),
            ("Startet", Status::InProgress),
            ("Påbegynt", Status::InProgress),
            ("  pågår ", Status::InProgress),
            ("Ikke påbegynt", Status::NotStarted),
            ("Ikke startet", Status::NotStarted),
            ("Utsatt", Status::Paused),
            ("Kansellert", Status::Dropped),
            ("Løpende", Status::Ongoing),
        ] {
            assert_eq!(status_from_word(word), Some(status), "{word}");
        }
        assert_eq!(status_from_word("Venter på svar"), None);
        assert_eq!(status_from_word("kanskje"), None);
    }

    #[test]
    fn header_names_are_found_whatever_the_case_spacing_and_variant() {
        for (text, field) in [
            ("MÅL", Field::Goal),
            ("Målsetting", Field::Goal),
            ("IDEER", Field::Ideas),
            ("Idé", Field::Ideas),
            ("TILTAK", Field::Measure),
            ("ANSVARET", Field::Owner),
            ("Ansvarlig", Field::Owner),
            ("NÅR?", Field::When),
            ("  Når ", Field::When),
            ("Frist", Field::Due),
            ("Tidsfrist", Field::Due),
            ("STATUS", Field::Status),
            ("Resultat:", Field::Result),
        ] {
            assert_eq!(header_field(text), Some(field), "{text}");
        }
        assert_eq!(header_field("Kommentar"), None);
    }

    #[test]
    fn dates_as_norwegians_write_them() {
        assert_eq!(date_from_text("15.03.2025"), Ok(Some(d(2025, 3, 15))));
        assert_eq!(date_from_text("1.4.25"), Ok(Some(d(2025, 4, 1))));
        assert_eq!(date_from_text("2025-03-15"), Ok(Some(d(2025, 3, 15))));
        assert_eq!(date_from_text("31.02.2025"), Err(()));
        assert_eq!(date_from_text("i.a. februar"), Ok(None));
        assert_eq!(date_from_text("Alltid"), Ok(None));
    }

    #[test]
    fn columns_are_lettered_as_in_excel() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
    }

    #[test]
    fn percent_fractions_come_back_without_float_noise() {
        assert_eq!(pct_from_fraction(0.091), 9.1);
        assert_eq!(pct_from_fraction(0.094), 9.4);
    }
}
