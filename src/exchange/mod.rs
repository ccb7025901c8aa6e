//! Import and export of whole boards: the JSON exchange format of design.md ([`json`]),
//! its refusals explained in Norwegian ([`explain`]), and the rows as CSV for Excel in
//! Norway ([`rows_csv`]), written, like every CSV Tavle writes, by [`ExcelCsv`]. Readers
//! take `impl Read`, writers take `impl Write`; no storage here, and files are written by
//! [`crate::output`].

mod excel_csv;
mod explain;
mod json;
mod rows_csv;

pub use excel_csv::ExcelCsv;
pub use explain::explain_json_error;
pub use json::{read_board_json, write_board_json, FORMAT, VERSION};
pub use rows_csv::{csv_header, write_rows_csv};

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::Board;

/// What an export of one board is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The whole board, as the exchange file.
    Json,
    /// The rows, as CSV for Excel in Norway.
    Csv,
    /// The whole board, as an Excel workbook ([`crate::xlsx`]).
    Xlsx,
}

impl std::str::FromStr for Format {
    type Err = Error;

    fn from_str(s: &str) -> Result<Format> {
        match s.trim().to_lowercase().as_str() {
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            "xlsx" | "excel" => Ok(Format::Xlsx),
            _ => Err(Error::invalid(crate::tr!(
                "exchange-unknown-format",
                value = s
            ))),
        }
    }
}

/// The largest file `tavle import` reads, of any kind: a JSON exchange file, a CSV or a
/// workbook. A real board is far smaller: 700 rows of 2 500 characters each is 2.1 MB as
/// JSON and 0.3 MB as .xlsx (`sheet_import`'s test
/// `the_biggest_real_board_is_far_inside_every_import_limit` keeps it so), and a 200 MB
/// file, once taken, would be copied into every backup after it. The size is checked
/// before the file is read.
pub const MAX_IMPORT_BYTES: u64 = 20 * MB;
const MB: u64 = 1024 * 1024;

/// Refuses (exit 2) a file of `bytes` beyond [`MAX_IMPORT_BYTES`], saying the size found,
/// the limit and what to do; `file` names it in the message.
pub fn check_import_size(file: &str, bytes: u64) -> Result<()> {
    if bytes <= MAX_IMPORT_BYTES {
        return Ok(());
    }
    Err(Error::invalid(crate::tr!(
        "import-too-large",
        file = file,
        size = crate::nb::number1(bytes as f64 / MB as f64),
        max = MAX_IMPORT_BYTES / MB
    )))
}

impl Format {
    /// The board written in this format; `today` dates the workbook's year to date.
    pub fn board_bytes(self, board: &Board, today: NaiveDate) -> Result<Vec<u8>> {
        let mut bytes = Vec::new();
        match self {
            Format::Json => write_board_json(board, &mut bytes)?,
            Format::Csv => write_rows_csv(board, &mut bytes)?,
            Format::Xlsx => bytes = crate::xlsx::board_workbook(board, today)?,
        }
        Ok(bytes)
    }

    /// A file name to show in a message, for example when `-o` names a folder; from the
    /// catalogue, in the current language.
    pub fn example_file(self) -> String {
        match self {
            Format::Json => crate::tr!("exchange-example-file-json"),
            Format::Csv => crate::tr!("exchange-example-file-csv"),
            Format::Xlsx => crate::tr!("exchange-example-file-xlsx"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{self, Lang};

    #[test]
    fn an_unknown_format_is_refused_and_example_files_are_named() {
        let e = "pdf".parse::<Format>().unwrap_err().to_string();
        assert_eq!(e, "Ukjent format «pdf». Bruk json, csv eller xlsx.");
        assert_eq!("Excel".parse::<Format>().unwrap(), Format::Xlsx);
        assert_eq!(Format::Csv.example_file(), "tiltak.csv");
        assert_eq!(Format::Json.example_file(), "tavle.json");
        let nn = lang::with(Lang::Nn, || Format::Xlsx.example_file());
        assert_eq!(nn, "tiltak.xlsx");
    }
}
