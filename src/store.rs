//! The `.tavle` file: one SQLite database holding any number of boards.
//!
//! API CONTRACT (bodies to be written; signatures are what the CLI and the app call).
//! Every method that writes is one transaction: all or nothing.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::model::{
    AbsenceMonth, Board, BoardId, Plan, Row, RowId, Status, StatusChange, YearMonth,
};

/// An open `.tavle` file.
pub struct Store {
    #[allow(dead_code)]
    conn: rusqlite::Connection,
    path: PathBuf,
}

/// How many of a board's rows are in each status.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatusCount {
    pub status: Status,
    pub count: usize,
}

/// One line of the board list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BoardSummary {
    pub id: BoardId,
    pub title: String,
    pub unit: String,
    pub year: i32,
    pub rows: usize,
    /// Every status, in `Status::ALL` order, zero counts included.
    pub counts: Vec<StatusCount>,
}

/// A board as stored: the data plus the ids of its rows (`row_ids[i]` is `board.rows[i]`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredBoard {
    pub id: BoardId,
    pub board: Board,
    pub row_ids: Vec<RowId>,
}

/// The board's own fields, edited together in the app's "Ny tavle" / header form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoardHeader {
    pub title: String,
    pub unit: String,
    pub year: i32,
    pub main_goal: String,
    pub focus: String,
    pub target_pct: Option<f64>,
}

/// Everything of a row that is edited inline; the status has its own path (history).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RowText {
    pub goal: String,
    pub ideas: String,
    pub measure: String,
    pub owner: String,
    #[serde(rename = "when")]
    pub when_text: String,
    pub due: Option<NaiveDate>,
    pub result: String,
}

/// A deleted row, kept by the caller so the delete can be undone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeletedRow {
    pub board: BoardId,
    pub position: usize,
    pub row: Row,
}

/// A measure that is overdue or due soon (the Frister list and `tavle due`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DueItem {
    pub board: BoardId,
    pub unit: String,
    pub year: i32,
    pub row: RowId,
    pub goal: String,
    pub measure: String,
    pub owner: String,
    pub due: NaiveDate,
    pub status: Status,
    /// Due date before the day asked about.
    pub overdue: bool,
}

/// The folder beside a `.tavle` file that holds its rolling backups.
pub fn backup_dir(path: &Path) -> PathBuf {
    path.parent().unwrap_or(Path::new(".")).join("backups")
}

#[allow(unused_variables)]
impl Store {
    /// Creates a new, empty `.tavle` file; refuses a path that exists.
    pub fn create(path: &Path) -> Result<Store> {
        unimplemented!()
    }

    /// Opens an existing file for writing: refuses foreign, damaged and too-new files without
    /// touching them, takes a backup, and runs pending migrations.
    pub fn open(path: &Path) -> Result<Store> {
        unimplemented!()
    }

    /// Opens an existing file only to read it: same checks, no backup, no migration writes.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        unimplemented!()
    }

    /// Opens the file, or creates it when the path does not exist yet.
    pub fn open_or_create(path: &Path) -> Result<Store> {
        unimplemented!()
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Every board in the file, by unit then year.
    pub fn list_boards(&self) -> Result<Vec<BoardSummary>> {
        unimplemented!()
    }

    /// Adds a whole board (rows with history, plan, absence, inputs) after validating it.
    pub fn insert_board(&mut self, board: &Board) -> Result<BoardId> {
        unimplemented!()
    }

    /// Reads a whole board.
    pub fn load_board(&self, id: BoardId) -> Result<StoredBoard> {
        unimplemented!()
    }

    /// Changes the board's own fields.
    pub fn update_board_header(&mut self, id: BoardId, header: &BoardHeader) -> Result<()> {
        unimplemented!()
    }

    /// Removes a board and everything on it.
    pub fn delete_board(&mut self, id: BoardId) -> Result<()> {
        unimplemented!()
    }

    /// "Ny tavle fra fjorårets": copies unit, title, main goal, focus and target, and the rows
    /// that are not Fullført or Avbrutt (status back to Ikke startet, no history), into a new
    /// board for `year`.
    pub fn new_board_from(&mut self, from: BoardId, year: i32) -> Result<BoardId> {
        unimplemented!()
    }

    /// Adds a row at `position` (0-based; `None` = last).
    pub fn add_row(&mut self, board: BoardId, row: &Row, position: Option<usize>) -> Result<RowId> {
        unimplemented!()
    }

    /// Saves the inline-edited fields of a row.
    pub fn update_row_text(&mut self, row: RowId, text: &RowText) -> Result<()> {
        unimplemented!()
    }

    /// Moves a row to `position` (0-based) among its board's rows.
    pub fn move_row(&mut self, row: RowId, position: usize) -> Result<()> {
        unimplemented!()
    }

    /// Deletes a row and returns what is needed to undo it.
    pub fn delete_row(&mut self, row: RowId) -> Result<DeletedRow> {
        unimplemented!()
    }

    /// Puts a deleted row back where it was, with its history.
    pub fn restore_row(&mut self, deleted: &DeletedRow) -> Result<RowId> {
        unimplemented!()
    }

    /// Records a change of status in the row's history (kept in date order); the row's status
    /// becomes that of the latest entry.
    pub fn change_status(&mut self, row: RowId, change: &StatusChange) -> Result<()> {
        unimplemented!()
    }

    /// Corrects the date and note of history entry `index` (0-based, oldest first); the
    /// history is re-sorted by date and the row's status follows the latest entry.
    pub fn correct_status_change(
        &mut self,
        row: RowId,
        index: usize,
        on: NaiveDate,
        note: &str,
    ) -> Result<()> {
        unimplemented!()
    }

    /// The board a row belongs to.
    pub fn board_of_row(&self, row: RowId) -> Result<BoardId> {
        unimplemented!()
    }

    /// Sets one month's absence figures (replacing what the month had).
    pub fn set_absence(&mut self, board: BoardId, month: &AbsenceMonth) -> Result<()> {
        unimplemented!()
    }

    /// Removes one month's absence figures.
    pub fn remove_absence(&mut self, board: BoardId, month: YearMonth) -> Result<()> {
        unimplemented!()
    }

    /// Replaces the board's "Prosjekt nærvær" plan, milestones included.
    pub fn set_plan(&mut self, board: BoardId, plan: &Plan) -> Result<()> {
        unimplemented!()
    }

    /// Measures across all boards that are overdue on `on` (due before it, Ikke startet or
    /// Pågår) or, with `within_days`, due from `on` to `on + within_days`; overdue first, then
    /// by due date.
    pub fn due(&self, on: NaiveDate, within_days: Option<u32>) -> Result<Vec<DueItem>> {
        unimplemented!()
    }
}
