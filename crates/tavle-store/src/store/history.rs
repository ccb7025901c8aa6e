//! A row's status history: changes kept in date order (the row's status is the latest
//! entry's), dated notes, and corrections and removals of entries by their id.
//!
//! Every write here raises the row's version, like an edit of its text: a screen that read
//! the row before sees the change as a conflict instead of overwriting it.

use chrono::NaiveDate;
use rusqlite::{params, Connection};

use super::row::{bump, place};
use super::{board, Store};
use tavle_model::error::{Error, Result};
use tavle_model::model::{check_status_date, check_text, ChangeId, RowId, Status, StatusChange};
use tavle_model::today;

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

/// Replaces a row's history with `history` (already in date order).
pub(super) fn write_history(conn: &Connection, row: RowId, history: &[StatusChange]) -> Result<()> {
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
pub(super) fn history_with_ids(
    conn: &Connection,
    row: RowId,
) -> Result<Vec<(ChangeId, StatusChange)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, on_date, status, note FROM status_change WHERE row_id = ?1 ORDER BY seq, id",
    )?;
    let changes = stmt
        .query_map([row.0], change_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(changes)
}

pub(super) fn history(conn: &Connection, row: RowId) -> Result<Vec<StatusChange>> {
    Ok(history_with_ids(conn, row)?
        .into_iter()
        .map(|(_, c)| c)
        .collect())
}

/// Adds a history entry in date order (after earlier entries of the same day); the row's
/// status becomes that of the latest entry. The date is checked against the board's year
/// and `today`; a change to the status already in force on that date writes nothing and
/// returns `false`.
pub(super) fn add_change(
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
pub(super) fn add_note(
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
    Error::NotFound(tavle_model::msg!(
        "store-change-not-found",
        row = row.to_string(),
        entry = entry.to_string()
    ))
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
        check_text(&tavle_model::tr!("store-what-note"), &change.note)?;
        self.with_tx(|tx| add_change(tx, row, change, today))
    }

    /// A dated note in the story with the status unchanged (Månedsgjennomgang's "gått
    /// gjennom, med notat"): the only way a line without a change of status is written.
    pub fn add_status_note(&mut self, row: RowId, on: NaiveDate, note: &str) -> Result<()> {
        check_text(&tavle_model::tr!("store-what-note"), note)?;
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
        check_text(&tavle_model::tr!("store-what-note"), note)?;
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
}
