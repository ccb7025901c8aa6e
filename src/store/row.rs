//! Rows: their order on the board, inline edits, delete and undo, and status history.
//!
//! `position` is kept dense (0..n-1 per board) by every write here, so a row's position is
//! its index and a move or delete only renumbers the rows in between.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::{board, changed_elsewhere, row_not_found, DeletedRow, DueItem, Store, Version};
use crate::error::{Error, Result};
use crate::model::{
    check_date, check_text, BoardId, ChangeId, Row, RowId, RowText, Status, StatusChange,
};
use crate::nb;

const ROW_COLUMNS: &str =
    "id, goal, ideas, measure, owner, when_text, due, status, result, created_on, version";

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
        },
    ))
}

/// One history entry and its id from `id, on_date, status, note`.
fn change_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(ChangeId, StatusChange)> {
    Ok((
        ChangeId(r.get(0)?),
        StatusChange {
            on: r.get(1)?,
            status: r.get(2)?,
            note: r.get(3)?,
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
         status, result, created_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
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
        row.created_on
    ])?;
    let id = RowId(conn.last_insert_rowid());
    write_history(conn, id, &row.history)?;
    Ok(id)
}

/// Replaces a row's history with `history` (already in date order).
fn write_history(conn: &Connection, row: RowId, history: &[StatusChange]) -> Result<()> {
    conn.execute("DELETE FROM status_change WHERE row_id = ?1", [row.0])?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO status_change (row_id, seq, on_date, status, note)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (seq, change) in history.iter().enumerate() {
        stmt.execute(params![row.0, seq, change.on, change.status, change.note])?;
    }
    Ok(())
}

/// A row's history, oldest first, with the entries' ids.
fn history_with_ids(conn: &Connection, row: RowId) -> Result<Vec<(ChangeId, StatusChange)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, on_date, status, note FROM status_change WHERE row_id = ?1 ORDER BY seq, id",
    )?;
    let changes = stmt
        .query_map([row.0], change_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(changes)
}

fn history(conn: &Connection, row: RowId) -> Result<Vec<StatusChange>> {
    Ok(history_with_ids(conn, row)?
        .into_iter()
        .map(|(_, c)| c)
        .collect())
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
fn bump(conn: &Connection, row: RowId) -> Result<()> {
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
         due = ?7, result = ?8, version = version + 1
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
            expected
        ],
    )?;
    let now = version_of(conn, row)?;
    match changed {
        0 => Err(changed_elsewhere("Raden")),
        _ => Ok(now),
    }
}

/// Adds a history entry in date order (after earlier entries of the same day); the row's
/// status becomes that of the latest entry. The date is checked against the board's year
/// and `today`; a change to the status already in force on that date writes nothing and
/// returns `false`.
fn add_change(
    conn: &Connection,
    row: RowId,
    change: &StatusChange,
    today: NaiveDate,
) -> Result<bool> {
    let (board, _) = place(conn, row)?;
    check_status_date(change.on, board::year_of(conn, board)?, today)?;
    let mut changes = history(conn, row)?;
    let at = changes.partition_point(|c| c.on <= change.on);
    let in_force = match at {
        0 if changes.is_empty() => current_status(conn, row)?,
        0 => Status::NotStarted,
        _ => changes[at - 1].status,
    };
    if in_force == change.status {
        return Ok(false);
    }
    insert_change(conn, row, at, change)?;
    changes.insert(at, change.clone());
    follow_history(conn, row, &changes)?;
    bump(conn, row)?;
    Ok(true)
}

/// Adds a dated note with the status in force on that day (no change of status).
fn add_note(
    conn: &Connection,
    row: RowId,
    on: NaiveDate,
    note: &str,
    today: NaiveDate,
) -> Result<()> {
    let (board, _) = place(conn, row)?;
    check_status_date(on, board::year_of(conn, board)?, today)?;
    let mut changes = history(conn, row)?;
    let at = changes.partition_point(|c| c.on <= on);
    let status = match at {
        0 if changes.is_empty() => current_status(conn, row)?,
        0 => Status::NotStarted,
        _ => changes[at - 1].status,
    };
    let change = StatusChange {
        on,
        status,
        note: note.trim().to_string(),
    };
    insert_change(conn, row, at, &change)?;
    changes.insert(at, change);
    follow_history(conn, row, &changes)?;
    bump(conn, row)
}

/// Writes a history entry at place `at`, shifting the later ones.
fn insert_change(conn: &Connection, row: RowId, at: usize, change: &StatusChange) -> Result<()> {
    conn.execute(
        "UPDATE status_change SET seq = seq + 1 WHERE row_id = ?1 AND seq >= ?2",
        params![row.0, at],
    )?;
    conn.execute(
        "INSERT INTO status_change (row_id, seq, on_date, status, note)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![row.0, at, change.on, change.status, change.note],
    )?;
    Ok(())
}

/// The board a row is on and its position there.
fn place(conn: &Connection, row: RowId) -> Result<(BoardId, usize)> {
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
        return Err(Error::invalid(format!(
            "Plass {} finnes ikke på tavle {board}: velg en plass fra 1 til {n}.",
            position + 1
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

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Gives the entries `seq` 0..n-1 in the order given; their ids stay as they are.
fn renumber(conn: &Connection, changes: &[(ChangeId, StatusChange)]) -> Result<()> {
    let mut stmt = conn.prepare_cached("UPDATE status_change SET seq = ?2 WHERE id = ?1")?;
    for (seq, (id, _)) in changes.iter().enumerate() {
        stmt.execute(params![id.0, seq])?;
    }
    Ok(())
}

fn current_status(conn: &Connection, row: RowId) -> Result<Status> {
    Ok(
        conn.query_row("SELECT status FROM row WHERE id = ?1", [row.0], |r| {
            r.get(0)
        })?,
    )
}

fn entry_not_found(row: RowId, entry: ChangeId) -> Error {
    Error::NotFound(format!(
        "Rad {row} har ingen endring med id {entry} i statushistorikken. Se id-ene med «tavle history FIL --row {row}»."
    ))
}

/// A status date must be a day that has come, and not before the board's year: a change
/// belongs to the year the board follows. After the year is fine (a measure of last year's
/// board may well be finished in January), up to today.
pub fn check_status_date(on: NaiveDate, board_year: i32, today: NaiveDate) -> Result<()> {
    if on > today {
        return Err(Error::invalid(format!(
            "Datoen {} er etter i dag ({}). En statusendring føres når den har skjedd: skriv dagens dato eller en dag før.",
            nb::date(on),
            nb::date(today)
        )));
    }
    let first = NaiveDate::from_ymd_opt(board_year, 1, 1).unwrap_or(NaiveDate::MIN);
    if on < first {
        return Err(Error::invalid(format!(
            "Datoen {} er før tavlens år {board_year}. Statushistorikken forteller året tavlen følger, så datoen må være 01.01.{board_year} eller senere.",
            nb::date(on)
        )));
    }
    Ok(())
}

/// Sets the row's status to that of its latest history entry.
fn follow_history(conn: &Connection, row: RowId, history: &[StatusChange]) -> Result<()> {
    if let Some(last) = history.last() {
        conn.execute(
            "UPDATE row SET status = ?2 WHERE id = ?1",
            params![row.0, last.status],
        )?;
    }
    Ok(())
}

impl Store {
    /// Adds a row at `position` (0-based; `None` = last).
    /// The row remembers the day it was added (today, unless it says otherwise), so the
    /// year report knows which months it was on the board.
    pub fn add_row(&mut self, board: BoardId, row: &Row, position: Option<usize>) -> Result<RowId> {
        row.validate("Raden")?;
        let mut row = row.clone();
        row.created_on = row.created_on.or_else(|| Some(today()));
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
        check.validate("Raden")?;
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
        check_text("Notatet", note)?;
        check_text("Resultat", result)?;
        check_date("Statusendringen", on)?;
        let today = today();
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
        deleted.row.validate("Raden")?;
        self.with_tx(|tx| {
            board::year_of(tx, deleted.board)?;
            let position = deleted.position.min(count(tx, deleted.board)?);
            insert_into(tx, deleted.board, &deleted.row, position)
        })
    }

    /// Records a change of status in the row's history (kept in date order; a change dated
    /// the same day as earlier ones comes after them); the row's status becomes that of the
    /// latest entry. The date is checked against today (see [`check_status_date`]); a change
    /// to the status already in force on that date writes nothing and returns `false`.
    pub fn change_status(&mut self, row: RowId, change: &StatusChange) -> Result<bool> {
        self.change_status_on(row, change, today())
    }

    /// [`Store::change_status`] with "today" given (tests, and callers that know the day).
    pub fn change_status_on(
        &mut self,
        row: RowId,
        change: &StatusChange,
        today: NaiveDate,
    ) -> Result<bool> {
        check_text("Notatet", &change.note)?;
        self.with_tx(|tx| add_change(tx, row, change, today))
    }

    /// A dated note in the story with the status unchanged (Månedsgjennomgang's "gått
    /// gjennom, med notat"): the only way a line without a change of status is written.
    pub fn add_status_note(&mut self, row: RowId, on: NaiveDate, note: &str) -> Result<()> {
        check_text("Notatet", note)?;
        if note.trim().is_empty() {
            return Ok(());
        }
        let today = today();
        self.with_tx(|tx| add_note(tx, row, on, note, today))
    }

    /// The row's history with the entries' ids, oldest first.
    pub fn status_history(&self, row: RowId) -> Result<Vec<(ChangeId, StatusChange)>> {
        self.read(|conn| {
            place(conn, row)?;
            history_with_ids(conn, row)
        })
    }

    /// Corrects the date and note of history entry `entry` of `row`; the history is
    /// re-sorted by date and the row's status follows the latest entry. The new date is
    /// checked like a new change's.
    pub fn correct_status_change(
        &mut self,
        row: RowId,
        entry: ChangeId,
        on: NaiveDate,
        note: &str,
    ) -> Result<()> {
        check_text("Notatet", note)?;
        let today = today();
        self.with_tx(|tx| {
            let (board, _) = place(tx, row)?;
            check_status_date(on, board::year_of(tx, board)?, today)?;
            let mut changes = history_with_ids(tx, row)?;
            let Some((_, change)) = changes.iter_mut().find(|(id, _)| *id == entry) else {
                return Err(entry_not_found(row, entry));
            };
            change.on = on;
            change.note = note.to_string();
            tx.execute(
                "UPDATE status_change SET on_date = ?2, note = ?3 WHERE id = ?1",
                params![entry.0, on, note],
            )?;
            // Stable: entries on the same day keep the order they had.
            changes.sort_by_key(|(_, c)| c.on);
            renumber(tx, &changes)?;
            let changes: Vec<StatusChange> = changes.into_iter().map(|(_, c)| c).collect();
            follow_history(tx, row, &changes)?;
            bump(tx, row)
        })
    }

    /// Removes history entry `entry` of `row` (a change typed by mistake); the row's status
    /// follows the latest entry left, or Ikke startet when none is left. Returns the entry.
    pub fn remove_status_change(&mut self, row: RowId, entry: ChangeId) -> Result<StatusChange> {
        self.with_tx(|tx| {
            place(tx, row)?;
            let mut changes = history_with_ids(tx, row)?;
            let Some(at) = changes.iter().position(|(id, _)| *id == entry) else {
                return Err(entry_not_found(row, entry));
            };
            let (_, removed) = changes.remove(at);
            tx.execute("DELETE FROM status_change WHERE id = ?1", [entry.0])?;
            renumber(tx, &changes)?;
            let changes: Vec<StatusChange> = changes.into_iter().map(|(_, c)| c).collect();
            if changes.is_empty() {
                tx.execute(
                    "UPDATE row SET status = ?2 WHERE id = ?1",
                    params![row.0, Status::NotStarted],
                )?;
            }
            follow_history(tx, row, &changes)?;
            bump(tx, row)?;
            Ok(removed)
        })
    }

    /// One row with its history.
    pub fn row(&self, id: RowId) -> Result<Row> {
        self.read(|conn| load_one(conn, id))
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
