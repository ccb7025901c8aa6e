//! Where an import lands — the one path the CLI and the app share. A workbook Tavle wrote
//! updates the board it came from (found by the board's id in the workbook's hidden sheet,
//! its rows by the ids in the Tavle sheet's hidden column); anything else becomes a new
//! board, unless the file already has a board for that unit and year: then the app asks
//! and the CLI refuses with advice, never a silent second board. `as_new` makes a separate
//! copy on purpose.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::SheetImport;
use tavle_model::error::{Error, Result};
use tavle_model::model::BoardId;
use tavle_store::store::{RowsUpdate, SheetRow, Store, UpdateCounts};

/// What the user chose (`--as-new`, `--remove-missing`, or the preview's choices).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
pub struct ImportChoice {
    /// A new board even when the workbook came from a board of this file, or the file has
    /// one for the same unit and year.
    #[serde(default)]
    pub as_new: bool,
    /// Remove the board's rows that are no longer in the sheet (else they are kept).
    #[serde(default)]
    pub remove_missing: bool,
}

/// Where an import would land, for the preview.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ImportTarget {
    /// A new board.
    New,
    /// The board the workbook came from is updated.
    Update {
        board: BoardId,
        unit: String,
        year: i32,
        counts: UpdateCounts,
    },
    /// The file already has a board for this unit and year (and the workbook did not come
    /// from it): the user must choose.
    Exists {
        board: BoardId,
        unit: String,
        year: i32,
    },
}

impl ImportTarget {
    /// The refusal of an import that would make a second board for a unit and year
    /// (exit 2, with advice), if this is one.
    pub fn refusal(&self) -> Option<Error> {
        match self {
            ImportTarget::Exists { board, unit, year } => Some(Error::invalid(tavle_model::msg!(
                "import-board-exists",
                unit = unit.as_str(),
                year = year.to_string(),
                board = board.to_string()
            ))),
            _ => None,
        }
    }
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportDone {
    pub board: BoardId,
    pub target: ImportTarget,
}

fn same_unit(a: &str, b: &str) -> bool {
    tavle_model::nb::sort_key(a.trim()) == tavle_model::nb::sort_key(b.trim())
}

/// The rows and months of `import` as an update of a stored board.
fn rows_update(import: &SheetImport, choice: &ImportChoice, today: NaiveDate) -> RowsUpdate {
    let source = import.source.clone().unwrap_or_default();
    RowsUpdate {
        rows: import
            .board
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| SheetRow {
                id: source.row_ids.get(i).copied().flatten(),
                row: row.clone(),
                exported: source.exported.get(i).copied().flatten(),
            })
            .collect(),
        absence: import.board.absence.clone(),
        remove_missing: choice.remove_missing,
        on: today,
        note: tavle_model::tr!("import-changed-in-excel"),
        absent: source.absent,
    }
}

/// Where `import` would land in `store` (see the module's docs). Nothing is written.
pub fn import_target(
    store: &Store,
    import: &SheetImport,
    choice: &ImportChoice,
    today: NaiveDate,
) -> Result<ImportTarget> {
    if choice.as_new {
        return Ok(ImportTarget::New);
    }
    let boards = store.list_boards()?;
    if let Some(source) = &import.source {
        // The board it came from: its id, and the year it had (a file where the id is some
        // other board's is told apart by the year, or by none of its rows being there).
        let from = source
            .board
            .and_then(|id| boards.iter().find(|b| b.id == id))
            .filter(|b| b.year == source.year);
        if let Some(b) = from {
            let update = rows_update(import, choice, today);
            let counts = store.count_board_update(b.id, &update)?;
            let any_row_known = counts.added < update.rows.len() || update.rows.is_empty();
            if same_unit(&b.unit, &source.unit) || any_row_known {
                return Ok(ImportTarget::Update {
                    board: b.id,
                    unit: b.unit.clone(),
                    year: b.year,
                    counts,
                });
            }
        }
    }
    let unit = &import.board.unit;
    if let Some(b) = boards
        .iter()
        .find(|b| b.year == import.board.year && same_unit(&b.unit, unit))
    {
        return Ok(ImportTarget::Exists {
            board: b.id,
            unit: b.unit.clone(),
            year: b.year,
        });
    }
    Ok(ImportTarget::New)
}

/// Imports `import` into `store` where [`import_target`] says, in one transaction with a
/// backup of the file first. A file that already has a board for the unit and year is
/// refused (exit 2) with advice unless `choice.as_new`.
pub fn apply_import(
    store: &mut Store,
    import: SheetImport,
    choice: &ImportChoice,
    today: NaiveDate,
) -> Result<ImportDone> {
    import.check()?;
    let target = import_target(store, &import, choice, today)?;
    if let Some(refusal) = target.refusal() {
        return Err(refusal);
    }
    let board = match &target {
        ImportTarget::New => store.insert_board(&import.board)?,
        ImportTarget::Update { board, .. } => {
            store.update_board_rows(*board, &rows_update(&import, choice, today))?;
            *board
        }
        ImportTarget::Exists { board, .. } => *board,
    };
    Ok(ImportDone { board, target })
}
