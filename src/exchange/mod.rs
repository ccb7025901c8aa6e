//! Import and export of whole boards: the JSON exchange format of design.md ([`json`]),
//! its refusals explained in Norwegian ([`explain`]), and the rows as CSV for Excel in
//! Norway ([`rows_csv`]). Readers take `impl Read`, writers take `impl Write`; no storage
//! here, and files are written by [`crate::output`].

mod explain;
mod json;
mod rows_csv;

pub use explain::explain_json_error;
pub use json::{read_board_json, write_board_json, FORMAT, VERSION};
pub use rows_csv::{write_rows_csv, CSV_HEADER};
