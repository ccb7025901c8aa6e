//! A board exported whole or as its rows, in the format asked for: the one place that
//! chooses between the JSON exchange, the CSV and the workbook.

use chrono::NaiveDate;

use tavle_model::error::{Error, Result};
use tavle_model::model::Board;

use crate::exchange::{write_board_json, write_rows_csv};

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
            _ => Err(Error::invalid(tavle_model::msg!(
                "exchange-unknown-format",
                value = s
            ))),
        }
    }
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
            Format::Json => tavle_model::tr!("exchange-example-file-json"),
            Format::Csv => tavle_model::tr!("exchange-example-file-csv"),
            Format::Xlsx => tavle_model::tr!("exchange-example-file-xlsx"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tavle_model::lang::{self, Lang};

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
