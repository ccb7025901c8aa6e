//! The board editor's view: the board as stored, plus Forsinket per row as of today and the
//! ids and versions the editor sends back with its saves.

use chrono::NaiveDate;
use serde::Serialize;

use tavle_model::error::Result;
use tavle_model::model::{Board, BoardId, ChangeId, InputId, Row, RowEntry, RowId};
use tavle_store::store::{Store, Version};

/// A board for the editor, with what is derived rather than stored.
#[derive(Debug, Clone, Serialize)]
pub struct BoardView {
    pub id: BoardId,
    pub board: Board,
    /// `row_ids[i]` is `board.rows[i]`.
    pub row_ids: Vec<RowId>,
    /// `input_ids[i]` is `board.inputs[i]` (the workshop's cards).
    pub input_ids: Vec<InputId>,
    /// `history_ids[i][j]` is the id of `board.rows[i].history[j]` (for corrections).
    pub history_ids: Vec<Vec<ChangeId>>,
    /// Forsinket, per row, as of `today`.
    pub overdue: Vec<bool>,
    pub today: NaiveDate,
    /// The header's version the editor sends back with its saves (see [`Version`]).
    pub version: Version,
    pub row_versions: Vec<Version>,
    pub input_versions: Vec<Version>,
}

impl BoardView {
    /// Board `id` of `store` as the editor shows it on `today`.
    pub fn load(store: &Store, id: BoardId, today: NaiveDate) -> Result<BoardView> {
        let stored = store.load_board(id)?;
        Ok(BoardView {
            overdue: stored
                .board
                .rows
                .iter()
                .map(|r| r.is_overdue(today))
                .collect(),
            id: stored.id,
            board: stored.board,
            row_ids: stored.row_ids,
            input_ids: stored.input_ids,
            history_ids: stored.history_ids,
            today,
            version: stored.version,
            row_versions: stored.row_versions,
            input_versions: stored.input_versions,
        })
    }
}

/// What the editor shows again after a row is saved: the due date as stored and whether the
/// row is Forsinket now (the core's rule, so the window does no date arithmetic).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SavedRow {
    pub id: RowId,
    pub due: Option<NaiveDate>,
    pub overdue: bool,
    /// The row's version after the save.
    pub version: Version,
}

impl SavedRow {
    fn read(store: &Store, id: RowId, today: NaiveDate) -> Result<SavedRow> {
        let row = store.row(id)?;
        Ok(SavedRow {
            id,
            due: row.due,
            overdue: row.is_overdue(today),
            version: store.row_version(id)?,
        })
    }

    /// Adds a row with the text typed so far at `position` (`None` = last). A due date that
    /// does not exist is refused and nothing is added.
    pub fn add(
        store: &mut Store,
        board: BoardId,
        entry: &RowEntry,
        position: Option<usize>,
        today: NaiveDate,
    ) -> Result<SavedRow> {
        let text = entry.parse()?;
        let id = store.add_row(board, &Row::from(text), position)?;
        SavedRow::read(store, id, today)
    }

    /// Saves a row's text, if the row is still at `version` (the one the editor last read;
    /// a row changed elsewhere since is refused as a conflict, and nothing is written).
    pub fn update(
        store: &mut Store,
        row: RowId,
        entry: &RowEntry,
        version: Option<Version>,
        today: NaiveDate,
    ) -> Result<SavedRow> {
        let text = entry.parse()?;
        store.update_row_text(row, version, &text)?;
        SavedRow::read(store, row, today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn entry(goal: &str, due: &str) -> RowEntry {
        RowEntry {
            goal: goal.into(),
            due: due.into(),
            ..RowEntry::default()
        }
    }

    #[test]
    fn an_added_row_comes_back_saved_with_its_due_date_and_forsinket() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::create(&dir.path().join("t.tavle")).unwrap();
        let board = store.insert_board(&Board::new("Enhet", 2025)).unwrap();
        let today = date(2025, 3, 10);
        let saved =
            SavedRow::add(&mut store, board, &entry("Mål", "28.02.2025"), None, today).unwrap();
        assert_eq!(saved.due, Some(date(2025, 2, 28)));
        assert!(saved.overdue, "a due date before today is Forsinket");
        assert_eq!(saved.version, store.row_version(saved.id).unwrap());
        let later = SavedRow::update(
            &mut store,
            saved.id,
            &entry("Mål", "1.4.2025"),
            Some(saved.version),
            today,
        )
        .unwrap();
        assert!(!later.overdue);
        assert!(later.version > saved.version);
        let view = BoardView::load(&store, board, today).unwrap();
        assert_eq!(view.row_ids, vec![saved.id]);
        assert_eq!(view.overdue, vec![false]);
        assert_eq!(view.row_versions, vec![later.version]);
    }

    #[test]
    fn a_row_with_a_date_that_does_not_exist_is_not_added() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::create(&dir.path().join("t.tavle")).unwrap();
        let board = store.insert_board(&Board::new("Enhet", 2025)).unwrap();
        let err = SavedRow::add(
            &mut store,
            board,
            &entry("Mål", "30.02.2025"),
            None,
            date(2025, 1, 1),
        )
        .unwrap_err();
        assert_eq!(err.kind(), "invalid");
        assert!(store.load_board(board).unwrap().board.rows.is_empty());
    }
}
