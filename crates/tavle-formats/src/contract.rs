//! What every file Tavle reads or writes agrees on: the exchange format's name and version
//! (the JSON file and the workbook's hidden data sheet carry them) and the largest file an
//! import reads. Kept apart so that the JSON exchange, the workbook and the sheet import
//! depend on it and not on each other.

use tavle_model::error::{Error, Result};

/// The `format` an exchange file must declare.
pub const FORMAT: &str = "tavle-board";
/// The newest exchange version this Tavle reads and the one it writes.
pub const VERSION: u64 = 1;

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
    Err(Error::invalid(tavle_model::msg!(
        "import-too-large",
        file = file,
        size = tavle_model::nb::number1(bytes as f64 / MB as f64),
        max = MAX_IMPORT_BYTES / MB
    )))
}
