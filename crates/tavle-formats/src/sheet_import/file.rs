//! Reading the file per format: the first bytes say zip (.xlsx, .ods), OLE (.xls, or an
//! encrypted .xlsx) or text (.csv); each becomes the same [`Workbook`] of [`Sheet`]s.
//! Empty, huge, password-protected and damaged files, zip bombs and cells longer than
//! Excel allows are refused here.

use std::io::Cursor;

use calamine::{Data, Ods, Range, Reader, Xls, Xlsx};

use super::cells::*;
use super::zip_guard::{check_zip, LIMITS};
use super::{MAX_CELL_CHARS, MAX_ROWS, MAX_ROWS_TEXT};
use tavle_model::error::{Error, Result};

/// The workbook in `bytes`, by what its first bytes say it is; `ext` (lowercase) only
/// tells a `.csv` from a text file that claims to be a workbook.
pub(super) fn read_workbook(file: &str, ext: &str, bytes: &[u8]) -> Result<Workbook> {
    if bytes.is_empty() {
        return Err(Error::invalid(tavle_model::msg!(
            "import-empty-file",
            file = file
        )));
    }
    crate::contract::check_import_size(file, bytes.len() as u64)?;
    match (sniff(bytes), ext) {
        (Some(Container::Zip), _) => {
            // Before calamine unpacks anything: see zip_guard.
            check_zip(file, bytes, LIMITS)?;
            read_zip_workbook(file, bytes)
        }
        (Some(Container::Ole), _) => read_ole_workbook(file, bytes),
        (Some(Container::Text), "xlsx" | "xlsm" | "xls" | "ods") | (None, _) => {
            Err(not_a_sheet(file))
        }
        (Some(Container::Text), _) => Ok(Workbook {
            sheets: vec![read_csv(file, bytes)?],
            is_csv: true,
        }),
    }
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
    Error::invalid(tavle_model::msg!("import-not-a-sheet", file = file))
}

fn password_protected(file: &str) -> Error {
    Error::invalid(tavle_model::msg!("import-password", file = file))
}

pub(super) fn damaged(file: &str) -> Error {
    Error::invalid(tavle_model::msg!("import-damaged", file = file))
}

fn too_many_rows(file: &str, sheet: &str) -> Error {
    Error::invalid(if sheet == file {
        tavle_model::msg!(
            "import-too-many-rows-file",
            file = file,
            max = MAX_ROWS_TEXT
        )
    } else {
        tavle_model::msg!(
            "import-too-many-rows-sheet",
            sheet = sheet,
            file = file,
            max = MAX_ROWS_TEXT
        )
    })
}

/// A sheet passing [`MAX_CELLS`] at `place`: a cell ("XFD124") in a workbook, a line and
/// column in a CSV.
fn too_many_cells(file: &str, sheet: &str, place: String) -> Error {
    Error::invalid(if sheet == file {
        tavle_model::msg!(
            "import-too-many-cells-file",
            file = file,
            place = place,
            max = MAX_CELLS_TEXT
        )
    } else {
        tavle_model::msg!(
            "import-too-many-cells-sheet",
            sheet = start_of(sheet),
            file = file,
            cell = place,
            max = MAX_CELLS_TEXT
        )
    })
}

/// Refuses a cell longer than [`MAX_CELL_CHARS`], naming it (`place`) and showing only its
/// start.
fn check_length(file: &str, cell: &Cell, place: impl FnOnce() -> String) -> Result<()> {
    let Cell::Text(text) = cell else {
        return Ok(());
    };
    // A character is at least a byte: most cells are decided without counting.
    if text.len() <= MAX_CELL_CHARS {
        return Ok(());
    }
    let chars = text.chars().count();
    if chars <= MAX_CELL_CHARS {
        return Ok(());
    }
    Err(Error::invalid(tavle_model::msg!(
        "import-cell-too-long",
        file = file,
        place = place(),
        chars = tavle_model::nb::whole(chars as u64),
        max = tavle_model::nb::whole(MAX_CELL_CHARS as u64),
        start = start_of(text)
    )))
}

/// A cell as Excel names it: "B7".
fn cell_name(row: usize, col: usize) -> String {
    format!("{}{}", column_letter(col), row + 1)
}

/// A cell of a workbook as a message names it: «cellen B7 i arket «Tiltak»».
fn cell_place(sheet: &str, row: usize, col: usize) -> String {
    tavle_model::tr!(
        "import-place-cell",
        cell = cell_name(row, col),
        sheet = start_of(sheet)
    )
}

fn range_to_sheet(file: &str, name: &str, range: &Range<Data>) -> Result<Sheet> {
    let mut sheet = Sheet {
        name: start_of(name),
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
            let cell = cell_from(data);
            let col = col0 as usize + c;
            check_length(file, &cell, || cell_place(name, abs_row, col))?;
            sheet
                .set(abs_row, col, cell)
                .map_err(|_| too_many_cells(file, name, cell_name(abs_row, col)))?;
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
                    name: start_of(&meta.name),
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
                        check_length(file, &value, || {
                            cell_place(&meta.name, row as usize, col as usize)
                        })?;
                        let (row, col) = (row as usize, col as usize);
                        sheet
                            .set(row, col, value)
                            .map_err(|_| too_many_cells(file, &meta.name, cell_name(row, col)))?;
                    }
                }
                sheet.merged = merged(book.merge_cells_by_sheet_name(&meta.name).ok());
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
                    sheets.push(sheet_from_range(file, &mut book, &meta)?);
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

/// A sheet read whole through calamine's range: the formats it cannot stream (.ods, .xls).
fn sheet_from_range<RS, R>(file: &str, book: &mut R, meta: &calamine::Sheet) -> Result<Sheet>
where
    RS: std::io::Read + std::io::Seek,
    R: Reader<RS>,
{
    let range = book
        .worksheet_range(&meta.name)
        .map_err(|_| damaged(file))?;
    let mut sheet = range_to_sheet(file, &meta.name, &range)?;
    sheet.visible = meta.visible == calamine::SheetVisible::Visible;
    Ok(sheet)
}

/// A sheet's merged areas as (first row, first column, last row, last column).
fn merged(areas: Option<Vec<calamine::Dimensions>>) -> Vec<(u32, u32, u32, u32)> {
    areas
        .unwrap_or_default()
        .iter()
        .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1))
        .collect()
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
            return Err(Error::invalid(tavle_model::msg!(
                "import-office-not-sheet",
                file = file
            )))
        }
    };
    let metas = book.sheets_metadata().to_vec();
    let mut sheets = Vec::new();
    for meta in metas {
        if meta.typ != calamine::SheetType::WorkSheet {
            continue;
        }
        let mut sheet = sheet_from_range(file, &mut book, &meta)?;
        sheet.merged = merged(book.merge_cells_by_sheet_name(&meta.name).ok());
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
            // A Norwegian letter in Windows-1252 is the usual cause: name it.
            let letter = match byte {
                0xE6 => Some('\u{e6}'),
                0xF8 => Some('\u{f8}'),
                0xE5 => Some('\u{e5}'),
                0xC6 => Some('\u{c6}'),
                0xD8 => Some('\u{d8}'),
                0xC5 => Some('\u{c5}'),
                _ => None,
            };
            let place = match letter {
                Some(letter) => tavle_model::tr!(
                    "import-not-utf8-letter",
                    letter = letter.to_string(),
                    byte = format!("{byte:02X}"),
                    line = line
                ),
                None => tavle_model::tr!("import-not-utf8-line", line = line),
            };
            return Err(Error::invalid(tavle_model::msg!(
                "import-not-utf8",
                file = file,
                place = place
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
            let detail = e
                .position()
                .map(|p| tavle_model::tr!("import-csv-error-line", line = p.line()))
                .unwrap_or_else(|| tavle_model::tr!("import-csv-error-text"));
            Error::invalid(tavle_model::msg!(
                "import-csv-unreadable",
                file = file,
                detail = detail
            ))
        })?;
        if r >= MAX_ROWS as usize {
            return Err(too_many_rows(file, file));
        }
        let place = |c: usize| tavle_model::tr!("import-place-line", line = r + 1, column = c + 1);
        // Checked field by field: one line of 20 MB of `;` would otherwise be 10 million
        // cells before the row is added.
        if sheet.cells + record.len() > MAX_CELLS {
            let c = MAX_CELLS.saturating_sub(sheet.cells);
            return Err(too_many_cells(file, file, place(c)));
        }
        let mut cells = Vec::with_capacity(record.len());
        for (c, f) in record.iter().enumerate() {
            let cell = if f.trim().is_empty() {
                Cell::Empty
            } else {
                Cell::Text(f.to_string())
            };
            check_length(file, &cell, || place(c))?;
            cells.push(cell);
        }
        if cells.iter().any(|c| !c.is_empty()) {
            let last = cells.len() - 1;
            sheet
                .push_row(r, cells)
                .map_err(|_| too_many_cells(file, file, place(last)))?;
        }
    }
    Ok(sheet)
}
