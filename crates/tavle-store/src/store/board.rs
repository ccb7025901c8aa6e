//! Boards: the list, whole boards in and out, the header, and "Ny tavle fra fjorårets".

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension};

use super::{
    absence, board_not_found, changed_elsewhere, plan, row, BoardSummary, StatusCount, Store,
    StoredBoard, Version,
};
use tavle_model::error::{Error, Result};
use tavle_model::model::{
    check_month_in_year, check_year, Board, BoardHeader, BoardId, Input, InputId, Row, RowId,
    Status,
};

const BOARD_COLUMNS: &str =
    "id, title, unit, year, main_goal, focus, target_pct, identity, sector, staff";

/// A new identity, as SQLite makes it: 16 random bytes as 32 lowercase hex digits.
const NEW_IDENTITY: &str = "lower(hex(randomblob(16)))";

/// A board's own fields; rows, plan, absence and inputs are read by their modules.
fn board_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(BoardId, Board)> {
    let mut board = Board::new(r.get::<_, String>(2)?, r.get(3)?);
    board.title = r.get(1)?;
    board.main_goal = r.get(4)?;
    board.focus = r.get(5)?;
    board.target_pct = r.get(6)?;
    board.identity = r.get(7)?;
    board.sector = r.get(8)?;
    board.staff = r.get(9)?;
    Ok((BoardId(r.get(0)?), board))
}

/// Fails with a Norwegian "not found" unless the board exists; returns its year.
pub(super) fn year_of(conn: &Connection, id: BoardId) -> Result<i32> {
    conn.query_row("SELECT year FROM board WHERE id = ?1", [id.0], |r| r.get(0))
        .optional()?
        .ok_or_else(|| board_not_found(id))
}

/// Writes the board's own fields as a new board (no rows yet). The board keeps the
/// identity it comes with (an export brought back, a snapshot) unless the file already holds
/// a board of that identity (the same export imported twice is a copy, and a copy is a
/// board of its own); without one it gets a new one.
fn insert_header(conn: &Connection, board: &Board) -> Result<BoardId> {
    let taken: bool = board.identity.is_empty()
        || conn
            .query_row(
                "SELECT 1 FROM board WHERE identity = ?1",
                [&board.identity],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
    let identity = (!taken).then_some(board.identity.as_str());
    conn.execute(
        &format!(
            "INSERT INTO board (title, unit, year, main_goal, focus, target_pct, identity,
             sector, staff)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, coalesce(?7, {NEW_IDENTITY}), ?8, ?9)"
        ),
        params![
            board.title,
            board.unit,
            board.year,
            board.main_goal,
            board.focus,
            board.target_pct,
            identity,
            board.sector,
            board.staff
        ],
    )?;
    Ok(BoardId(conn.last_insert_rowid()))
}

/// Writes a whole, already validated board. A row that does not say when it came on the
/// board (an exchange file or a sheet carries no such date; a copied row is new on its new
/// board) came on it in this file today: the year report draws the months before as
/// before the measure, not as months it stood still in.
fn insert_whole(conn: &Connection, board: &Board) -> Result<BoardId> {
    let id = insert_header(conn, board)?;
    let mut row_ids = Vec::with_capacity(board.rows.len());
    let today = tavle_model::today();
    for (position, r) in board.rows.iter().enumerate() {
        let stamped;
        let r = match r.created_on {
            Some(_) => r,
            None => {
                stamped = Row {
                    created_on: Some(today),
                    ..r.clone()
                };
                &stamped
            }
        };
        row_ids.push(row::insert_at(conn, id, position, r)?);
    }
    plan::write(conn, id, &board.plan)?;
    for month in &board.absence {
        absence::write(conn, id, month)?;
    }
    let mut stmt = conn.prepare(
        "INSERT INTO input (board_id, position, question, text, votes, row_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (position, input) in board.inputs.iter().enumerate() {
        // Validation has checked the index; `get` keeps a bad one from panicking anyway.
        let row_id = input.row.and_then(|i| row_ids.get(i)).map(|r| r.0);
        stmt.execute(params![
            id.0,
            position,
            input.question,
            input.text,
            // Saturating: a file with absurd vote counts is capped, never overflows later sums.
            input.votes.min(tavle_model::model::MAX_VOTES),
            row_id
        ])?;
    }
    Ok(id)
}

/// Reads a whole board inside the caller's transaction.
pub(super) fn load(conn: &Connection, id: BoardId) -> Result<StoredBoard> {
    let ((_, mut board), version, plan_version) = conn
        .query_row(
            &format!("SELECT {BOARD_COLUMNS}, version, plan_version FROM board WHERE id = ?1"),
            [id.0],
            |r| Ok((board_from_row(r)?, r.get(10)?, r.get(11)?)),
        )
        .optional()?
        .ok_or_else(|| board_not_found(id))?;
    let row::LoadedRows {
        ids: row_ids,
        versions: row_versions,
        rows,
        history_ids,
    } = row::load_all(conn, id)?;
    board.rows = rows;
    board.plan = plan::load(conn, id)?;
    board.absence = absence::load(conn, id)?;
    let index_of: HashMap<RowId, usize> =
        row_ids.iter().enumerate().map(|(i, r)| (*r, i)).collect();
    let mut stmt = conn.prepare(
        "SELECT id, question, text, votes, row_id, version FROM input WHERE board_id = ?1
         ORDER BY position, id",
    )?;
    let mut input_ids = Vec::new();
    let mut input_versions = Vec::new();
    for item in stmt.query_map([id.0], |r| {
        let row_id: Option<i64> = r.get(4)?;
        Ok((
            InputId(r.get(0)?),
            Input {
                question: r.get(1)?,
                text: r.get(2)?,
                votes: r.get(3)?,
                row: row_id.and_then(|rid| index_of.get(&RowId(rid)).copied()),
            },
            r.get(5)?,
        ))
    })? {
        let (input_id, input, version) = item?;
        input_ids.push(input_id);
        input_versions.push(version);
        board.inputs.push(input);
    }
    Ok(StoredBoard {
        id,
        board,
        row_ids,
        input_ids,
        history_ids,
        version,
        plan_version,
        row_versions,
        input_versions,
    })
}

/// The same date in another year; 29 February becomes 28 February.
fn same_day_in(date: NaiveDate, year: i32) -> Option<NaiveDate> {
    date.with_year(year)
        .or_else(|| NaiveDate::from_ymd_opt(year, date.month(), 28))
}

impl Store {
    /// Every board in the file, whole, by unit then year (a unit's run chart joins its
    /// boards of all years).
    pub fn load_all_boards(&self) -> Result<Vec<Board>> {
        self.list_boards()?
            .iter()
            .map(|b| Ok(self.load_board(b.id)?.board))
            .collect()
    }

    /// Every board in the file, by unit then year.
    pub fn list_boards(&self) -> Result<Vec<BoardSummary>> {
        self.read(|conn| {
            let mut counts: HashMap<(i64, Status), usize> = HashMap::new();
            let mut stmt = conn
                .prepare("SELECT board_id, status, count(*) FROM row GROUP BY board_id, status")?;
            for item in stmt.query_map([], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))? {
                let (key, n) = item?;
                counts.insert(key, n);
            }
            let mut stmt = conn.prepare(&format!("SELECT {BOARD_COLUMNS} FROM board"))?;
            let mut list: Vec<BoardSummary> = stmt
                .query_map([], board_from_row)?
                .map(|item| {
                    let (id, board) = item?;
                    let counts: Vec<StatusCount> = Status::ALL
                        .into_iter()
                        .map(|status| StatusCount {
                            status,
                            count: counts.get(&(id.0, status)).copied().unwrap_or(0),
                        })
                        .collect();
                    Ok(BoardSummary {
                        id,
                        title: board.title,
                        unit: board.unit,
                        year: board.year,
                        identity: board.identity,
                        sector: board.sector,
                        rows: counts.iter().map(|c| c.count).sum(),
                        counts,
                    })
                })
                .collect::<rusqlite::Result<_>>()?;
            list.sort_by_cached_key(|b| (tavle_model::nb::sort_key(&b.unit), b.year, b.id));
            Ok(list)
        })
    }

    /// Adds a whole board (rows with history, plan, absence, inputs) after validating it,
    /// with a backup of the file first (an import can always be undone).
    pub fn insert_board(&mut self, board: &Board) -> Result<BoardId> {
        board.validate()?;
        self.backup_before_whole_board_change();
        self.with_tx(|tx| insert_whole(tx, board))
    }

    /// Reads a whole board: rows in their order, absence by month, inputs with their row index.
    pub fn load_board(&self, id: BoardId) -> Result<StoredBoard> {
        self.read(|conn| load(conn, id))
    }

    /// Changes the board's own fields, if the header is still at version `expected` (the one
    /// the form was filled from; `None` writes whatever the version). Returns the new version.
    pub fn update_board_header(
        &mut self,
        id: BoardId,
        expected: Option<Version>,
        header: &BoardHeader,
    ) -> Result<Version> {
        let mut check = Board::new(header.unit.clone(), header.year);
        check.title = header.title.clone();
        check.main_goal = header.main_goal.clone();
        check.focus = header.focus.clone();
        check.target_pct = header.target_pct;
        check.sector = header.sector.clone();
        check.staff = header.staff;
        check.validate_header()?;
        self.with_tx(|tx| {
            year_of(tx, id)?;
            // Absence figures belong to the board's year; a new year would orphan them.
            for month in absence::load(tx, id)? {
                check_month_in_year(month.month, header.year).map_err(|_| {
                    Error::invalid(tavle_model::msg!(
                        "store-year-has-absence",
                        month = month.month.to_string(),
                        year = header.year.to_string()
                    ))
                    .on_field("year")
                })?;
            }
            let changed = tx.execute(
                "UPDATE board SET title = ?2, unit = ?3, year = ?4, main_goal = ?5, focus = ?6,
                 target_pct = ?7, sector = ?9, staff = ?10, version = version + 1
                 WHERE id = ?1 AND (?8 IS NULL OR version = ?8)",
                params![
                    id.0,
                    header.title,
                    header.unit,
                    header.year,
                    header.main_goal,
                    header.focus,
                    header.target_pct,
                    expected,
                    header.sector,
                    header.staff
                ],
            )?;
            if changed == 0 {
                return Err(changed_elsewhere(tavle_model::tr!("store-what-header")));
            }
            Ok(
                tx.query_row("SELECT version FROM board WHERE id = ?1", [id.0], |r| {
                    r.get(0)
                })?,
            )
        })
    }

    /// Removes a board and everything on it.
    pub fn delete_board(&mut self, id: BoardId) -> Result<()> {
        self.backup_before_whole_board_change();
        self.with_tx(|tx| {
            // Rows, history, plan, absence and inputs go with it (ON DELETE CASCADE).
            match tx.execute("DELETE FROM board WHERE id = ?1", [id.0])? {
                0 => Err(board_not_found(id)),
                _ => Ok(()),
            }
        })
    }

    /// "Ny tavle fra fjorårets": copies unit, title, main goal, focus and target, and the rows
    /// that are not Fullført or Avbrutt (status back to Ikke startet, no history), into a new
    /// board for `year`. A copied row's due date moves to the same day in `year`, so last
    /// year's dates do not make every copied measure overdue at once. Plan, absence and
    /// workshop inputs belong to their year and are not copied.
    pub fn new_board_from(&mut self, from: BoardId, year: i32) -> Result<BoardId> {
        check_year(year)?;
        self.with_tx(|tx| {
            let old = load(tx, from)?.board;
            let years_on = year - old.year;
            let mut new = Board::new(old.unit, year);
            new.title = old.title;
            new.main_goal = old.main_goal;
            new.focus = old.focus;
            new.target_pct = old.target_pct;
            new.sector = old.sector;
            new.staff = old.staff;
            new.rows = old
                .rows
                .into_iter()
                .filter(|r| !matches!(r.status, Status::Done | Status::Dropped))
                .map(|mut r| {
                    r.status = Status::NotStarted;
                    r.history.clear();
                    // On next year's board from the day it is made (a board made before
                    // its year has them from January).
                    r.created_on = None;
                    r.due = r.due.and_then(|d| same_day_in(d, d.year() + years_on));
                    r
                })
                .collect();
            new.validate()?;
            insert_whole(tx, &new)
        })
    }
}
