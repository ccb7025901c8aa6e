//! Absence figures: one row per board and month.

use rusqlite::{params, Connection};

use super::{board, Store};
use tavle_model::error::{Error, Result};
use tavle_model::model::{check_month_in_year, AbsenceMonth, BoardId, MonthEntry, YearMonth};

fn month_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AbsenceMonth> {
    Ok(AbsenceMonth {
        month: r.get(0)?,
        pct: r.get(1)?,
        agreed_days: r.get(2)?,
        lost_days: r.get(3)?,
        self_certified_days: r.get(4)?,
    })
}

/// Writes one month, replacing what that month had.
pub(super) fn write(conn: &Connection, board: BoardId, month: &AbsenceMonth) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO absence_month
           (board_id, month, pct, agreed_days, lost_days, self_certified_days)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (board_id, month) DO UPDATE SET
           pct = excluded.pct, agreed_days = excluded.agreed_days,
           lost_days = excluded.lost_days, self_certified_days = excluded.self_certified_days",
    )?
    .execute(params![
        board.0,
        month.month,
        month.pct,
        month.agreed_days,
        month.lost_days,
        month.self_certified_days
    ])?;
    Ok(())
}

/// A board's months, oldest first.
pub(super) fn load(conn: &Connection, board: BoardId) -> Result<Vec<AbsenceMonth>> {
    let mut stmt = conn.prepare_cached(
        "SELECT month, pct, agreed_days, lost_days, self_certified_days
         FROM absence_month WHERE board_id = ?1 ORDER BY month",
    )?;
    let months = stmt
        .query_map([board.0], month_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(months)
}

impl Store {
    /// Sets one month's absence figures (replacing what the month had).
    pub fn set_absence(&mut self, board: BoardId, month: &AbsenceMonth) -> Result<()> {
        month.validate()?;
        self.with_tx(|tx| {
            check_month_in_year(month.month, board::year_of(tx, board)?)?;
            write(tx, board, month)
        })
    }

    /// Saves a month of the Fraværstall table as typed: figures are set, a month emptied is
    /// removed (an empty month that had nothing is no change).
    pub fn save_month(&mut self, board: BoardId, entry: &MonthEntry) -> Result<()> {
        match entry.parse()? {
            Some(month) => self.set_absence(board, &month),
            None => match self.remove_absence(board, entry.month) {
                Err(Error::NotFound(_)) => self.with_tx(|tx| board::year_of(tx, board).map(|_| ())),
                other => other,
            },
        }
    }

    /// Removes one month's absence figures.
    pub fn remove_absence(&mut self, board: BoardId, month: YearMonth) -> Result<()> {
        self.with_tx(|tx| {
            board::year_of(tx, board)?;
            let removed = tx.execute(
                "DELETE FROM absence_month WHERE board_id = ?1 AND month = ?2",
                params![board.0, month],
            )?;
            match removed {
                0 => Err(Error::NotFound(tavle_model::msg!(
                    "store-absence-nothing-to-remove",
                    board = board.to_string(),
                    month = month.to_string()
                ))),
                _ => Ok(()),
            }
        })
    }
}
