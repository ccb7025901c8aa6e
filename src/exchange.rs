//! Import and export of whole boards: the JSON exchange format of design.md, and CSV for
//! Excel in Norway. Readers take `impl Read`, writers take `impl Write`; no storage here.
//!
//! API CONTRACT (bodies to be written).

use std::io::{Read, Write};

use crate::error::Result;
use crate::model::Board;

/// Reads a board exchange file: refuses unknown fields, a wrong `format` or a newer
/// `version` with a Norwegian message; normalises line endings to `\n`; validates.
#[allow(unused_variables)]
pub fn read_board_json(reader: impl Read) -> Result<Board> {
    unimplemented!()
}

/// Writes a board as an exchange file (pretty JSON, `format` and `version` first).
#[allow(unused_variables)]
pub fn write_board_json(board: &Board, writer: impl Write) -> Result<()> {
    unimplemented!()
}

/// Writes the board's rows as CSV for Excel in Norway: `;`, UTF-8 with BOM, decimal comma,
/// Norwegian status words, header `Mål;Ideer;Tiltak;Ansvar;Når;Frist;Status;Resultat`.
#[allow(unused_variables)]
pub fn write_rows_csv(board: &Board, writer: impl Write) -> Result<()> {
    unimplemented!()
}
