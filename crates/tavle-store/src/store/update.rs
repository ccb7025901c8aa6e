//! A board updated from a spreadsheet it was exported to: rows matched by the id each
//! carried in the sheet (so rows deleted, added or sorted in Excel or LibreOffice are still
//! matched), new rows added at the end, rows gone from the sheet kept or removed, and each
//! status changed in the sheet written as a dated history line. One transaction, with a
//! backup of the file first.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use rusqlite::{params, Connection};

use super::history::add_change;
use super::row::{bump, insert_at, load_all};
use super::{absence, board, Store};
use tavle_model::error::Result;
use tavle_model::model::{AbsenceMonth, BoardId, Field, Row, RowId, RowText, Status, StatusChange};

/// What a spreadsheet says a board's rows are now.
#[derive(Debug, Clone, PartialEq)]
pub struct RowsUpdate {
    /// The sheet's rows in the sheet's order.
    pub rows: Vec<SheetRow>,
    /// Months of absence in the sheet: each replaces the board's figures for its month;
    /// a month not in the sheet is left as it is.
    pub absence: Vec<AbsenceMonth>,
    /// Remove the board's rows that are no longer in the sheet (else they are kept).
    pub remove_missing: bool,
    /// The day of the import: the date of the history lines it writes.
    pub on: NaiveDate,
    /// The note of those lines («Endret i Excel»).
    pub note: String,
    /// The row fields the sheet has no column for (a workbook exported before Tiltakstype
    /// and Innsats were fields): a matched row keeps its stored value of each, a new row
    /// has none.
    pub absent: Vec<Field>,
}

/// A row as the sheet has it.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetRow {
    /// The id it carried (the hidden column), if any.
    pub id: Option<RowId>,
    pub row: Row,
    /// Its status when the workbook was exported, if the workbook says: a status the sheet
    /// left as it was does not undo a change made on the board since.
    pub exported: Option<Status>,
}

impl SheetRow {
    /// Whether the sheet changed the status of `stored`.
    fn changes_status(&self, stored: &Row) -> bool {
        self.row.status != stored.status && self.exported != Some(self.row.status)
    }
}

/// What an update does (or did): «n endret, n nye, n finnes ikke lenger i arket».
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct UpdateCounts {
    /// Rows whose text or status differs from the board's.
    pub changed: usize,
    /// Of those, rows whose status changed (each gets a history line).
    pub status_changed: usize,
    /// Rows of the sheet without a matching row on the board: added at the end.
    pub added: usize,
    /// Rows of the board no longer in the sheet.
    pub missing: usize,
    /// Of those, the rows removed (all of them with `remove_missing`, else none).
    pub removed: usize,
}

/// How the sheet's rows meet the board's.
struct Matching {
    /// (board row id, index into the update's rows).
    matched: Vec<(RowId, usize)>,
    /// Indexes into the update's rows of the rows to add.
    added: Vec<usize>,
    missing: Vec<RowId>,
    /// The board's rows by id, as stored.
    stored: HashMap<RowId, Row>,
}

/// The same text and Frist: what an edit of the row's form can change.
fn same_text(a: &Row, b: &Row) -> bool {
    RowText::from(a) == RowText::from(b)
}

fn matching(conn: &Connection, id: BoardId, update: &RowsUpdate) -> Result<Matching> {
    board::year_of(conn, id)?;
    let loaded = load_all(conn, id)?;
    let stored: HashMap<RowId, Row> = loaded.ids.iter().copied().zip(loaded.rows).collect();
    let mut seen = HashSet::new();
    let mut matched = Vec::new();
    let mut added = Vec::new();
    for (i, sheet_row) in update.rows.iter().enumerate() {
        // An id of another board, or a row copied in the sheet (its id twice): a new row.
        match &sheet_row.id {
            Some(r) if stored.contains_key(r) && seen.insert(*r) => matched.push((*r, i)),
            _ => added.push(i),
        }
    }
    // A row without an id (typed in the sheet) that is word for word a row of the board
    // not matched yet is that row: the same workbook imported twice adds nothing twice.
    let mut still_new = Vec::new();
    for i in added {
        let r = &update.rows[i].row;
        let same = loaded.ids.iter().copied().find(|id| {
            !seen.contains(id)
                && stored
                    .get(id)
                    .is_some_and(|s| s.goal == r.goal && s.measure == r.measure)
        });
        match same {
            Some(id) if update.rows[i].id.is_none() => {
                seen.insert(id);
                matched.push((id, i));
            }
            _ => still_new.push(i),
        }
    }
    let added = still_new;
    let missing = loaded
        .ids
        .iter()
        .copied()
        .filter(|r| !seen.contains(r))
        .collect();
    Ok(Matching {
        matched,
        added,
        missing,
        stored,
    })
}

/// The sheet's row `i`, matched to `stored`, with the stored value of each field the sheet
/// has no column for.
fn as_meant(update: &RowsUpdate, i: usize, stored: &Row) -> SheetRow {
    let sheet_row = &update.rows[i];
    SheetRow {
        row: sheet_row.row.clone().keeping(stored, &update.absent),
        ..sheet_row.clone()
    }
}

fn counts(m: &Matching, update: &RowsUpdate) -> UpdateCounts {
    let mut c = UpdateCounts {
        added: m.added.len(),
        missing: m.missing.len(),
        removed: if update.remove_missing {
            m.missing.len()
        } else {
            0
        },
        ..UpdateCounts::default()
    };
    for (id, i) in &m.matched {
        let old = &m.stored[id];
        let new = as_meant(update, *i, old);
        let status = new.changes_status(old);
        if status || !same_text(old, &new.row) {
            c.changed += 1;
        }
        if status {
            c.status_changed += 1;
        }
    }
    c
}

fn apply(conn: &Connection, id: BoardId, update: &RowsUpdate) -> Result<UpdateCounts> {
    let m = matching(conn, id, update)?;
    let counts = counts(&m, update);
    let mut write_text = conn.prepare_cached(
        "UPDATE row SET goal = ?2, ideas = ?3, measure = ?4, owner = ?5, when_text = ?6,
         due = ?7, result = ?8, kind = ?9, level = ?10, version = version + 1 WHERE id = ?1",
    )?;
    let year = board::year_of(conn, id)?;
    let first_day = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN);
    for (row_id, i) in &m.matched {
        let old = &m.stored[row_id];
        let sheet_row = as_meant(update, *i, old);
        let new = &sheet_row.row;
        if !same_text(old, new) {
            write_text.execute(params![
                row_id.0,
                new.goal,
                new.ideas,
                new.measure,
                new.owner,
                new.when_text,
                new.due,
                new.result,
                new.kind,
                new.level
            ])?;
        }
        if sheet_row.changes_status(old) {
            if update.on >= first_day {
                let change = StatusChange {
                    on: update.on,
                    status: new.status,
                    note: update.note.clone(),
                };
                add_change(conn, *row_id, &change, update.on)?;
            } else {
                // A board of a year not begun: no date of its year has come yet.
                conn.execute(
                    "UPDATE row SET status = ?2 WHERE id = ?1",
                    params![row_id.0, new.status],
                )?;
                bump(conn, *row_id)?;
            }
        }
    }
    if update.remove_missing {
        let mut delete = conn.prepare_cached("DELETE FROM row WHERE id = ?1")?;
        for row_id in &m.missing {
            delete.execute([row_id.0])?;
        }
        // Dense positions again, in the order the rows had.
        let kept = load_all(conn, id)?.ids;
        let mut place = conn.prepare_cached("UPDATE row SET position = ?2 WHERE id = ?1")?;
        for (position, row_id) in kept.iter().enumerate() {
            place.execute(params![row_id.0, position])?;
        }
    }
    let first_free = super::row::count(conn, id)?;
    for (position, i) in (first_free..).zip(&m.added) {
        let mut row = update.rows[*i].row.clone();
        if row.created_on.is_none() {
            row.created_on = Some(update.on);
        }
        insert_at(conn, id, position, &row)?;
    }
    for month in &update.absence {
        absence::write(conn, id, month)?;
    }
    Ok(counts)
}

impl Store {
    /// What [`Store::update_board_rows`] would do, without writing anything: the preview.
    pub fn count_board_update(&self, id: BoardId, update: &RowsUpdate) -> Result<UpdateCounts> {
        self.read(|conn| Ok(counts(&matching(conn, id, update)?, update)))
    }

    /// Updates board `id` from a spreadsheet (see the module's docs), in one transaction,
    /// with a backup of the file first. Matched rows keep their place on the board; new
    /// rows come last, in the sheet's order.
    pub fn update_board_rows(&mut self, id: BoardId, update: &RowsUpdate) -> Result<UpdateCounts> {
        for (i, r) in update.rows.iter().enumerate() {
            r.row
                .validate(&tavle_model::tr!("core-row-place", n = i + 1))?;
        }
        self.backup_before_whole_board_change();
        self.with_tx(|tx| apply(tx, id, update))
    }
}
