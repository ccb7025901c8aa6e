//! What the store hands out and takes back: board lists, a board as stored with its ids
//! and versions, the Frister list, and the undo records of deletes and merges. Plain data
//! of the file (ids, positions, versions); the nouns themselves are in [`tavle_model::model`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[cfg(doc)]
use tavle_model::error::Error;
use tavle_model::model::{Board, BoardId, ChangeId, InputId, Question, Row, RowId, Status};

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
    /// The board's stable identity (see [`tavle_model::model::Board::identity`]).
    pub identity: String,
    /// Sektor; empty for none.
    pub sector: String,
    pub rows: usize,
    /// Every status, in `Status::ALL` order, zero counts included.
    pub counts: Vec<StatusCount>,
}

/// A record's version: each write of it raises it by one. A write that names the version it
/// was based on is refused with [`Error::Conflict`] when the stored one is newer.
pub type Version = i64;

/// A board as stored: the data plus the ids of its rows (`row_ids[i]` is `board.rows[i]`)
/// and of its workshop cards (`input_ids[i]` is `board.inputs[i]`), and the versions the
/// screens send back with their edits.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredBoard {
    pub id: BoardId,
    pub board: Board,
    pub row_ids: Vec<RowId>,
    pub input_ids: Vec<InputId>,
    /// `history_ids[i][j]` is the id of `board.rows[i].history[j]`: corrections name it.
    pub history_ids: Vec<Vec<ChangeId>>,
    /// The header's version (title, unit, year, main goal, focus, target).
    pub version: Version,
    /// The plan's version ("Prosjekt nærvær" with its milestones).
    pub plan_version: Version,
    /// `row_versions[i]` is `board.rows[i]`'s.
    pub row_versions: Vec<Version>,
    /// `input_versions[i]` is `board.inputs[i]`'s.
    pub input_versions: Vec<Version>,
}

/// A deleted row, kept by the caller so the delete can be undone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeletedRow {
    pub board: BoardId,
    pub position: usize,
    pub row: Row,
}

/// A deleted workshop card, kept by the caller so the delete can be undone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeletedInput {
    pub board: BoardId,
    /// Its place among all the board's cards.
    pub position: usize,
    pub question: Question,
    pub text: String,
    pub votes: u32,
    /// The row it had become, if any (forgotten on undo if that row is gone by then).
    pub row: Option<RowId>,
}

/// Two cards merged into one: what is needed to split them again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MergedInputs {
    /// The card that holds both texts now.
    pub kept: InputId,
    /// The kept card's text, votes and row before the merge.
    pub kept_text: String,
    pub kept_votes: u32,
    pub kept_row: Option<RowId>,
    /// The card that was merged into it (and deleted).
    pub merged: DeletedInput,
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
