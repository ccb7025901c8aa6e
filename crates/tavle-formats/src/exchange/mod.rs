//! Import and export of whole boards: the JSON exchange format of design.md ([`json`]),
//! its refusals explained in Norwegian ([`explain`]), and the rows as CSV for Excel in
//! Norway ([`rows_csv`]), written, like every CSV Tavle writes, by [`ExcelCsv`]. Readers
//! take `impl Read`, writers take `impl Write`; no storage here, and files are written by
//! [`tavle_store::output`].

mod excel_csv;
mod explain;
mod json;
mod rows_csv;

pub use excel_csv::ExcelCsv;
pub use explain::explain_json_error;
pub use json::{read_board_json, write_board_json};
pub use rows_csv::{csv_header, write_rows_csv};
