//! Rows: their order on the board, inline edits, delete and undo, and the Frister list.
//! The status history of a row is in [`super::history`].
//!
//! `position` is kept dense (0..n-1 per board) by every write here, so a row's position is
//! its index and a move or delete only renumbers the rows in between.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::history::{add_change, add_note, history, write_history};
use super::{board, changed_elsewhere, row_not_found, DeletedRow, DueItem, Store, Version};
use tavle_model::error::{Error, OnField, Result};
use tavle_model::model::{
    check_date, check_text, BoardId, ChangeId, Row, RowId, RowText, Status, StatusChange,
};

const ROW_COLUMNS: &str =
    "id, goal, ideas, measure, owner, when_text, due, status, result, created_on, version, kind, level";

/// A row without its history (read separately).
fn row_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(RowId, Row)> {
    Ok((
        RowId(r.get(0)?),
        Row {
            goal: r.get(1)?,
            ideas: r.get(2)?,
            measure: r.get(3)?,
            owner: r.get(4)?,
            when_text: r.get(5)?,
            due: r.get(6)?,
            status: r.get(7)?,
            result: r.get(8)?,
            history: Vec::new(),
            created_on: r.get(9)?,
            kind: r.get(11)?,
            level: r.get(12)?,
        },
    ))
}

/// Writes a row and its history at `position` (the caller has made room there).
pub(super) fn insert_at(
    conn: &Connection,
    board: BoardId,
    position: usize,
    row: &Row,
) -> Result<RowId> {
    conn.prepare_cached(
        "INSERT INTO row (board_id, position, goal, ideas, measure, owner, when_text, due,
         status, result, created_on, kind, level)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        board.0,
        position,
        row.goal,
        row.ideas,
        row.measure,
        row.owner,
        row.when_text,
        row.due,
        row.status,
        row.result,
        row.created_on,
        row.kind,
        row.level
    ])?;
    let id = RowId(conn.last_insert_rowid());
    write_history(conn, id, &row.history)?;
    Ok(id)
}

/// A board's rows as read, in order.
pub(super) struct LoadedRows {
    pub ids: Vec<RowId>,
    /// `versions[i]` is `rows[i]`'s (conflict checks).
    pub versions: Vec<Version>,
    /// The rows with their history.
    pub rows: Vec<Row>,
    /// `history_ids[i][j]` is the id of `rows[i].history[j]` (corrections name it).
    pub history_ids: Vec<Vec<ChangeId>>,
}

/// Every row of a board in order, with history, their ids and versions and the ids of
/// their history entries.
pub(super) fn load_all(conn: &Connection, board: BoardId) -> Result<LoadedRows> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ROW_COLUMNS} FROM row WHERE board_id = ?1 ORDER BY position, id"
    ))?;
    let mut ids = Vec::new();
    let mut versions = Vec::new();
    let mut rows = Vec::new();
    for item in stmt.query_map([board.0], |r| Ok((row_from_row(r)?, r.get(10)?)))? {
        let ((id, row), version) = item?;
        ids.push(id);
        versions.push(version);
        rows.push(row);
    }
    let index_of: std::collections::HashMap<RowId, usize> =
        ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let mut history_ids = vec![Vec::new(); rows.len()];
    let mut stmt = conn.prepare_cached(
        "SELECT sc.row_id, sc.on_date, sc.status, sc.note, sc.id FROM status_change sc
         JOIN row r ON r.id = sc.row_id WHERE r.board_id = ?1 ORDER BY sc.row_id, sc.seq, sc.id",
    )?;
    let mut entries = stmt.query([board.0])?;
    while let Some(entry) = entries.next()? {
        let row_id = RowId(entry.get(0)?);
        let change = StatusChange {
            on: entry.get(1)?,
            status: entry.get(2)?,
            note: entry.get(3)?,
        };
        if let Some(&i) = index_of.get(&row_id) {
            rows[i].history.push(change);
            history_ids[i].push(ChangeId(entry.get(4)?));
        }
    }
    Ok(LoadedRows {
        ids,
        versions,
        rows,
        history_ids,
    })
}

/// A row's version now.
pub(super) fn version_of(conn: &Connection, row: RowId) -> Result<Version> {
    conn.query_row("SELECT version FROM row WHERE id = ?1", [row.0], |r| {
        r.get(0)
    })
    .optional()?
    .ok_or_else(|| row_not_found(row))
}

/// Raises a row's version: its text or status changed.
pub(super) fn bump(conn: &Connection, row: RowId) -> Result<()> {
    conn.execute(
        "UPDATE row SET version = version + 1 WHERE id = ?1",
        [row.0],
    )?;
    Ok(())
}

/// Writes the inline-edited fields when the row is still at `expected` (any version when
/// `None`); returns the new version.
fn write_text(
    conn: &Connection,
    row: RowId,
    expected: Option<Version>,
    text: &RowText,
) -> Result<Version> {
    let changed = conn.execute(
        "UPDATE row SET goal = ?2, ideas = ?3, measure = ?4, owner = ?5, when_text = ?6,
         due = ?7, result = ?8, kind = ?10, level = ?11, version = version + 1
         WHERE id = ?1 AND (?9 IS NULL OR version = ?9)",
        params![
            row.0,
            text.goal,
            text.ideas,
            text.measure,
            text.owner,
            text.when_text,
            text.due,
            text.result,
            expected,
            text.kind,
            text.level
        ],
    )?;
    let now = version_of(conn, row)?;
    match changed {
        0 => Err(changed_elsewhere(tavle_model::tr!("store-what-row"))),
        _ => Ok(now),
    }
}

/// The board a row is on and its position there.
pub(super) fn place(conn: &Connection, row: RowId) -> Result<(BoardId, usize)> {
    conn.query_row(
        "SELECT board_id, position FROM row WHERE id = ?1",
        [row.0],
        |r| Ok((BoardId(r.get(0)?), r.get(1)?)),
    )
    .optional()?
    .ok_or_else(|| row_not_found(row))
}

pub(super) fn count(conn: &Connection, board: BoardId) -> Result<usize> {
    Ok(conn.query_row(
        "SELECT count(*) FROM row WHERE board_id = ?1",
        [board.0],
        |r| r.get(0),
    )?)
}

fn load_one(conn: &Connection, id: RowId) -> Result<Row> {
    let (_, mut row) = conn
        .query_row(
            &format!("SELECT {ROW_COLUMNS} FROM row WHERE id = ?1"),
            [id.0],
            row_from_row,
        )
        .optional()?
        .ok_or_else(|| row_not_found(id))?;
    row.history = history(conn, id)?;
    Ok(row)
}

/// Refuses a position past the end; `n` is the number of places there are.
fn check_position(position: usize, n: usize, board: BoardId) -> Result<()> {
    if position >= n {
        return Err(Error::invalid(tavle_model::msg!(
            "store-row-no-place",
            n = (position + 1).to_string(),
            board = board.to_string(),
            count = n.to_string()
        )));
    }
    Ok(())
}

/// Makes room at `position` and writes the row there.
fn insert_into(conn: &Connection, board: BoardId, row: &Row, position: usize) -> Result<RowId> {
    conn.execute(
        "UPDATE row SET position = position + 1 WHERE board_id = ?1 AND position >= ?2",
        params![board.0, position],
    )?;
    insert_at(conn, board, position, row)
}

impl Store {
    /// Adds a row at `position` (0-based; `None` = last).
    /// The row remembers the day it was added (today, unless it says otherwise), so the
    /// year report knows which months it was on the board.
    pub fn add_row(&mut self, board: BoardId, row: &Row, position: Option<usize>) -> Result<RowId> {
        row.validate(&tavle_model::tr!("store-what-row"))?;
        let mut row = row.clone();
        row.created_on = row.created_on.or_else(|| Some(tavle_model::today()));
        self.with_tx(|tx| {
            board::year_of(tx, board)?;
            let n = count(tx, board)?;
            let position = position.unwrap_or(n);
            check_position(position, n + 1, board)?;
            insert_into(tx, board, &row, position)
        })
    }

    /// Saves the inline-edited fields of a row, if the row is still at version `expected`
    /// (the one the screen read; `None` writes whatever the version). A row changed
    /// elsewhere meanwhile is refused with [`Error::Conflict`] and left as it is. Returns the
    /// row's new version.
    pub fn update_row_text(
        &mut self,
        row: RowId,
        expected: Option<Version>,
        text: &RowText,
    ) -> Result<Version> {
        let check = Row::from(text.clone());
        check.validate(&tavle_model::tr!("store-what-row"))?;
        self.with_tx(|tx| write_text(tx, row, expected, text))
    }

    /// Månedsgjennomgang's "Lagre": the result, and a status change dated `on` (or, with the
    /// status kept, a dated note when one was written), in one transaction: all or nothing.
    pub fn save_review(
        &mut self,
        row: RowId,
        status: Status,
        note: &str,
        result: &str,
        on: NaiveDate,
    ) -> Result<Version> {
        // The review form's keys, as its command names them.
        check_text(&tavle_model::tr!("store-what-note"), note).on_field("note")?;
        check_text(&tavle_model::tr!("store-what-result"), result).on_field("result")?;
        check_date(&tavle_model::tr!("store-what-status-change"), on)?;
        let today = tavle_model::today();
        self.with_tx(|tx| {
            let current = load_one(tx, row)?;
            if current.result != result {
                let text = RowText {
                    result: result.to_string(),
                    ..RowText::from(&current)
                };
                write_text(tx, row, None, &text)?;
            }
            let note = note.trim();
            if status != current.status {
                let change = StatusChange {
                    on,
                    status,
                    note: note.to_string(),
                };
                add_change(tx, row, &change, today)?;
            } else if !note.is_empty() {
                add_note(tx, row, on, note, today)?;
            }
            version_of(tx, row)
        })
    }

    /// Moves a row to `position` (0-based) among its board's rows.
    pub fn move_row(&mut self, row: RowId, position: usize) -> Result<()> {
        self.with_tx(|tx| {
            let (board, from) = place(tx, row)?;
            check_position(position, count(tx, board)?, board)?;
            // Only the rows between the old and the new place shift by one.
            if position > from {
                tx.execute(
                    "UPDATE row SET position = position - 1
                     WHERE board_id = ?1 AND position > ?2 AND position <= ?3",
                    params![board.0, from, position],
                )?;
            } else if position < from {
                tx.execute(
                    "UPDATE row SET position = position + 1
                     WHERE board_id = ?1 AND position >= ?2 AND position < ?3",
                    params![board.0, position, from],
                )?;
            }
            tx.execute(
                "UPDATE row SET position = ?2 WHERE id = ?1",
                params![row.0, position],
            )?;
            Ok(())
        })
    }

    /// Deletes a row and returns what is needed to undo it.
    pub fn delete_row(&mut self, row: RowId) -> Result<DeletedRow> {
        self.with_tx(|tx| {
            let (board, position) = place(tx, row)?;
            let data = load_one(tx, row)?;
            // History goes with the row (ON DELETE CASCADE); inputs forget it (SET NULL).
            tx.execute("DELETE FROM row WHERE id = ?1", [row.0])?;
            tx.execute(
                "UPDATE row SET position = position - 1 WHERE board_id = ?1 AND position > ?2",
                params![board.0, position],
            )?;
            Ok(DeletedRow {
                board,
                position,
                row: data,
            })
        })
    }

    /// Puts a deleted row back where it was, with its history. The row gets a new id.
    /// If the board has fewer rows by now, it goes last.
    pub fn restore_row(&mut self, deleted: &DeletedRow) -> Result<RowId> {
        deleted.row.validate(&tavle_model::tr!("store-what-row"))?;
        self.with_tx(|tx| {
            board::year_of(tx, deleted.board)?;
            let position = deleted.position.min(count(tx, deleted.board)?);
            insert_into(tx, deleted.board, &deleted.row, position)
        })
    }

    /// One row with its history.
    pub fn row(&self, id: RowId) -> Result<Row> {
        self.read(|conn| load_one(conn, id))
    }

    /// A row's version now (what the editor sends back with its next save).
    pub fn row_version(&self, id: RowId) -> Result<Version> {
        self.read(|conn| version_of(conn, id))
    }

    /// The board a row belongs to.
    pub fn board_of_row(&self, row: RowId) -> Result<BoardId> {
        self.read(|conn| place(conn, row).map(|(board, _)| board))
    }

    /// Measures across all boards that are overdue on `on` (due before it, Ikke startet or
    /// Pågår) or, with `within_days`, due from `on` to `on + within_days`; overdue first, then
    /// by due date.
    pub fn due(&self, on: NaiveDate, within_days: Option<u32>) -> Result<Vec<DueItem>> {
        // Past the calendar's end everything counts as "within".
        let until = within_days.map(|days| {
            on.checked_add_days(chrono::Days::new(u64::from(days)))
                .unwrap_or(NaiveDate::MAX)
        });
        // Only these two can fall behind (`Status::can_be_overdue`); the rest are never listed.
        let (a, b) = (Status::NotStarted, Status::InProgress);
        debug_assert!(a.can_be_overdue() && b.can_be_overdue());
        self.read(|conn| {
            let mut stmt = conn.prepare(
                "SELECT b.id, b.unit, b.year, r.id, r.goal, r.measure, r.owner, r.due, r.status
                 FROM row r JOIN board b ON b.id = r.board_id
                 WHERE r.due IS NOT NULL AND r.status IN (?3, ?4)
                   AND (r.due < ?1 OR r.due <= ?2)
                 ORDER BY r.due < ?1 DESC, r.due, b.unit, b.year, b.id, r.position",
            )?;
            let items = stmt
                .query_map(params![on, until, a, b], |r| {
                    let due: NaiveDate = r.get(7)?;
                    Ok(DueItem {
                        board: BoardId(r.get(0)?),
                        unit: r.get(1)?,
                        year: r.get(2)?,
                        row: RowId(r.get(3)?),
                        goal: r.get(4)?,
                        measure: r.get(5)?,
                        owner: r.get(6)?,
                        due,
                        status: r.get(8)?,
                        overdue: due < on,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            Ok(items)
        })
    }
}
