//! The digital wall: a board on the staff-room screen, read-only, pages turning by
//! themselves (the screen is `ui/wall.js`).
//!
//! What the wall shows is decided here from the file, as plain data: the header every page
//! carries (unit, year, Hovedmål, Fokus, the target), the board's rows, the absence page
//! (year to date against the target, the months, the unit's run chart and its verdict),
//! what is overdue and due in the next [`DUE_DAYS`] days, and the workshop's ideas not yet
//! on the board with their votes. How many rows fit on a page is the screen's to measure.
//!
//! The wall never writes: the file is opened with [`Store::open_snapshot`] (read-only, no
//! backup, no journal, nothing left beside it), and [`FileStamp`] lets the screen notice a
//! new version cheaply, also when a published snapshot is replaced by a rename (the path is
//! looked at, not the open handle).

use std::path::Path;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use tavle_model::error::{Error, Result};
use tavle_model::lang::Lang;
use tavle_model::model::{Board, BoardId, RowId};
use tavle_model::nb;
use tavle_model::stats;
use tavle_model::trend::{self, Trend};
use tavle_store::store::Store;

/// Overdue measures and those due within this many days are on the deadlines page.
pub const DUE_DAYS: i64 = 14;

/// At most this many ideas on the ideas page (the ones with most votes).
pub const IDEAS_SHOWN: usize = 12;

/// The header on every page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WallHeader {
    pub unit: String,
    pub year: i32,
    pub main_goal: String,
    pub focus: String,
    /// «7,0 %», empty without a target.
    pub target: String,
}

/// One row of the board as the wall shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WallRow {
    /// The row's id in the file (the tavlemøte changes its status); `None` for a board not
    /// read from a file.
    pub row: Option<RowId>,
    pub goal: String,
    pub measure: String,
    pub owner: String,
    /// «Når?» as written, or the due date «15.03.2026».
    pub when: String,
    pub status: String,
    /// The status code (for its colour and marker).
    pub status_code: &'static str,
    pub overdue: bool,
}

/// One month on the absence page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WallMonth {
    /// «jan», «feb» …
    pub label: String,
    /// «8,1 %».
    pub pct: String,
    pub value: f64,
}

/// The absence page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WallAbsence {
    /// «7,9 %», empty without figures.
    pub year_to_date: String,
    pub target: String,
    /// «+0,9 prosentpoeng over målet» …
    pub gap: String,
    pub months: Vec<WallMonth>,
    /// The unit's run chart across its boards in the file, when it has figures.
    pub trend: Option<Trend>,
    /// The run chart's verdict in words, naming its rule.
    pub verdict: String,
}

/// A measure on the deadlines page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WallDue {
    /// The row's id in the file, as in [`WallRow::row`].
    pub row: Option<RowId>,
    pub measure: String,
    pub owner: String,
    /// «15.03.2026».
    pub due: String,
    pub overdue: bool,
}

/// An idea from the workshop.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WallIdea {
    pub question: String,
    pub text: String,
    pub votes: u32,
}

/// Everything the wall shows of one board.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Wall {
    pub board: BoardId,
    pub header: WallHeader,
    pub rows: Vec<WallRow>,
    pub absence: WallAbsence,
    pub due: Vec<WallDue>,
    pub ideas: Vec<WallIdea>,
    /// The file as it was when read, to notice the next version.
    pub stamp: Option<FileStamp>,
}

/// What identifies a version of the file at a path: which file (device, inode), its size
/// and when it was last written. A publish renames a new file over the old, a save changes
/// the time and often the size; comparing stamps is one `stat`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct FileStamp {
    pub id: u64,
    pub len: u64,
    /// Nanoseconds since 1970.
    pub modified: u128,
}

/// The stamp of the file at `path` now; `None` when there is none (moved away, a share
/// that is gone).
pub fn stamp(path: &Path) -> Option<FileStamp> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let id = {
        use std::os::unix::fs::MetadataExt;
        meta.ino() ^ meta.dev().rotate_left(32)
    };
    #[cfg(not(unix))]
    let id = 0;
    let modified = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_nanos();
    Some(FileStamp {
        id,
        len: meta.len(),
        modified,
    })
}

/// Reads the wall of `path`: board `board`, or the file's only board, or the board of
/// `today`'s year, or the newest. Opened strictly read-only (see the module docs).
pub fn read_wall(path: &Path, board: Option<BoardId>, today: NaiveDate) -> Result<Wall> {
    let before = stamp(path);
    let store = Store::open_snapshot(path)?;
    let summaries = store.list_boards()?;
    let chosen = match board {
        Some(id) => summaries.iter().find(|b| b.id == id),
        None => summaries
            .iter()
            .filter(|b| b.year <= today.year())
            .max_by_key(|b| b.year)
            .or_else(|| summaries.iter().min_by_key(|b| b.year)),
    }
    .ok_or_else(|| {
        Error::NotFound(tavle_model::msg!(
            "core-wall-no-board",
            path = path.display().to_string()
        ))
    })?;
    let all = store.load_all_boards()?;
    let stored = store.load_board(chosen.id)?;
    let mut wall = wall_with_ids(
        chosen.id,
        &stored.board,
        &stored.row_ids,
        &all,
        today,
        Lang::current(),
    );
    // A file that changed while it was read is read again on the next look.
    wall.stamp = if stamp(path) == before { before } else { None };
    Ok(wall)
}

/// The wall of `board` (`boards`: every board in the file, for the run chart across years).
pub fn wall_of(id: BoardId, board: &Board, boards: &[Board], today: NaiveDate, lang: Lang) -> Wall {
    wall_with_ids(id, board, &[], boards, today, lang)
}

/// [`wall_of`] with the rows' ids in the file (`row_ids[i]` is `board.rows[i]`'s), so each
/// row and deadline carries its id.
fn wall_with_ids(
    id: BoardId,
    board: &Board,
    row_ids: &[RowId],
    boards: &[Board],
    today: NaiveDate,
    lang: Lang,
) -> Wall {
    let header = WallHeader {
        unit: board.unit.trim().to_string(),
        year: board.year,
        main_goal: board.main_goal.trim().to_string(),
        focus: board.focus.trim().to_string(),
        target: board.target_pct.map(nb::pct).unwrap_or_default(),
    };
    let rows = board
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| WallRow {
            row: row_ids.get(i).copied(),
            goal: r.goal.trim().to_string(),
            measure: r.measure.trim().to_string(),
            owner: r.owner.trim().to_string(),
            when: match (r.when_text.trim(), r.due) {
                ("", Some(d)) => nb::date(d),
                (w, _) => w.to_string(),
            },
            status: r.status.label_in(lang),
            status_code: r.status.code(),
            overdue: r.is_overdue(today),
        })
        .collect();
    let summary = stats::summary(&board.absence, board.target_pct);
    let trend = trend::unit_trend(boards, &board.unit, None)
        .ok()
        .filter(|t| !t.points.is_empty());
    let verdict = trend
        .as_ref()
        .map(|t| t.verdict_in(lang))
        .unwrap_or_default();
    let mut months: Vec<_> = board
        .absence
        .iter()
        .filter_map(|m| m.percent().map(|p| (m.month, p)))
        .collect();
    months.sort_by_key(|m| m.0);
    let absence = WallAbsence {
        year_to_date: summary.year_to_date_text,
        target: summary.target_text,
        gap: summary.gap_text,
        months: months
            .into_iter()
            .map(|(m, p)| WallMonth {
                label: tavle_model::model::month_label(m),
                pct: nb::pct(p),
                value: p,
            })
            .collect(),
        trend,
        verdict,
    };
    let soon = today + chrono::Duration::days(DUE_DAYS);
    let mut due: Vec<(NaiveDate, WallDue)> = board
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.status.can_be_overdue())
        .filter_map(|(i, r)| {
            let d = r.due?;
            (d <= soon).then(|| {
                (
                    d,
                    WallDue {
                        row: row_ids.get(i).copied(),
                        measure: if r.measure.trim().is_empty() {
                            r.goal.trim().to_string()
                        } else {
                            r.measure.trim().to_string()
                        },
                        owner: r.owner.trim().to_string(),
                        due: nb::date(d),
                        overdue: d < today,
                    },
                )
            })
        })
        .collect();
    due.sort_by_key(|d| d.0);
    let ideas = top_ideas(board, lang, IDEAS_SHOWN);
    Wall {
        board: id,
        header,
        rows,
        absence,
        due: due.into_iter().map(|d| d.1).collect(),
        ideas,
        stamp: None,
    }
}

/// The workshop's ideas not yet on the board, at most `n`, in [`Board::top_ideas`]'s order.
pub fn top_ideas(board: &Board, lang: Lang, n: usize) -> Vec<WallIdea> {
    board
        .top_ideas(n)
        .into_iter()
        .map(|i| WallIdea {
            question: i.question.text_in(lang),
            text: i.text.trim().to_string(),
            votes: i.votes,
        })
        .collect()
}
