//! Printing: board, plan, workshop sheet (and later the year report) as PDF.
//!
//! API CONTRACT (bodies to be written): layout (pure) → drawing (printpdf) → bytes.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::model::Board;

/// What to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum What {
    Board,
    Plan,
    Workshop,
    Report,
}

/// Paper size; orientation follows from what is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    A3,
    A4,
}

/// The PDF bytes of `what` for `board`, as printed on `today` (the footer's date, Forsinket).
/// `paper` `None` takes the default for `what` (board and workshop A3, plan A4).
#[allow(unused_variables)]
pub fn pdf(board: &Board, what: What, paper: Option<Paper>, today: NaiveDate) -> Result<Vec<u8>> {
    unimplemented!()
}
