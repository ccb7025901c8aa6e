//! The follow-up screens' content: Fraværstall (the year's months with the running check),
//! Prosjekt nærvær's form, Månedsgjennomgang (the measures in review order and the month to
//! report) and Frister.

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::Result;
use crate::model::{
    month_label, months_in_force, year_table, AbsenceMonth, Board, BoardId, MonthEntry,
    MonthProblem, PlanEntry, RowId, RowText, Status, StatusChange, YearMonth,
};
use crate::review;
use crate::stats::{self, AbsenceSummary};
use crate::store::{DueItem, Store, Version};

/// "Enhet år", the heading of every follow-up screen.
fn heading(board: &Board) -> String {
    format!("{} {}", board.unit, board.year)
}

/// One month of Fraværstall, with its Norwegian name.
#[derive(Debug, Clone, Serialize)]
pub struct MonthRow {
    pub label: String,
    #[serde(flatten)]
    pub entry: MonthEntry,
}

impl MonthRow {
    fn of(entry: MonthEntry) -> MonthRow {
        MonthRow {
            label: month_label(entry.month),
            entry,
        }
    }
}

/// The Fraværstall screen: twelve months as typed or stored, and the running check.
#[derive(Debug, Clone, Serialize)]
pub struct AbsenceTable {
    pub title: String,
    pub year: i32,
    pub rows: Vec<MonthRow>,
    pub check: AbsenceCheck,
}

/// Year to date and what is wrong in the months, of the figures as typed (the saved ones
/// where a typed figure cannot be read).
#[derive(Debug, Clone, Serialize)]
pub struct AbsenceCheck {
    pub summary: AbsenceSummary,
    pub problems: Vec<MonthProblem>,
}

impl AbsenceCheck {
    pub fn of(months: &[MonthEntry], saved: &[AbsenceMonth], target: Option<f64>) -> AbsenceCheck {
        let (parsed, problems) = months_in_force(months, saved);
        AbsenceCheck {
            summary: stats::summary(&parsed, target),
            problems,
        }
    }

    /// The check of `months` as typed on the Fraværstall screen of board `board`.
    pub fn typed(store: &Store, board: BoardId, months: &[MonthEntry]) -> Result<AbsenceCheck> {
        let b = store.load_board(board)?.board;
        Ok(AbsenceCheck::of(months, &b.absence, b.target_pct))
    }
}

impl AbsenceTable {
    pub fn load(store: &Store, board: BoardId) -> Result<AbsenceTable> {
        let b = store.load_board(board)?.board;
        let entries = year_table(&b);
        Ok(AbsenceTable {
            title: heading(&b),
            year: b.year,
            check: AbsenceCheck::of(&entries, &b.absence, b.target_pct),
            rows: entries.into_iter().map(MonthRow::of).collect(),
        })
    }
}

/// The Prosjekt nærvær screen.
#[derive(Debug, Clone, Serialize)]
pub struct PlanForm {
    pub title: String,
    pub year: i32,
    /// The board's target, shown beside the plan's desired state.
    pub target_text: String,
    pub plan: PlanEntry,
    pub version: Version,
}

impl PlanForm {
    pub fn load(store: &Store, board: BoardId) -> Result<PlanForm> {
        let stored = store.load_board(board)?;
        let b = stored.board;
        Ok(PlanForm {
            title: heading(&b),
            year: b.year,
            target_text: b.target_pct.map(crate::nb::pct).unwrap_or_default(),
            plan: PlanEntry::of(&b.plan),
            version: stored.plan_version,
        })
    }
}

/// The Frister screen: measures overdue, and with `within_days` those due soon, in every
/// board of the file.
#[derive(Debug, Clone, Serialize)]
pub struct DueList {
    pub today: NaiveDate,
    pub items: Vec<DueItem>,
}

impl DueList {
    pub fn load(store: &Store, today: NaiveDate, within_days: Option<u32>) -> Result<DueList> {
        Ok(DueList {
            today,
            items: store.due(today, within_days)?,
        })
    }
}

/// One measure of Månedsgjennomgang.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewItem {
    pub row: RowId,
    /// The row's number on the board (1-based).
    pub number: usize,
    pub text: RowText,
    pub status: Status,
    pub overdue: bool,
    pub last: Option<StatusChange>,
}

/// Månedsgjennomgang: the measures in the order they are gone through, and the month whose
/// figures are due.
#[derive(Debug, Clone, Serialize)]
pub struct Review {
    pub title: String,
    pub today: NaiveDate,
    pub items: Vec<ReviewItem>,
    pub month: MonthRow,
}

impl Review {
    pub fn load(store: &Store, board: BoardId, today: NaiveDate) -> Result<Review> {
        let stored = store.load_board(board)?;
        let b = &stored.board;
        let items = review::review_order(b, today)
            .into_iter()
            .map(|i| {
                let r = &b.rows[i];
                ReviewItem {
                    row: stored.row_ids[i],
                    number: i + 1,
                    text: RowText::from(r),
                    status: r.status,
                    overdue: r.is_overdue(today),
                    last: r.history.last().cloned(),
                }
            })
            .collect();
        let month: YearMonth = review::month_to_report(b.year, today);
        let entry = year_table(b)
            .into_iter()
            .find(|e| e.month == month)
            .unwrap_or_else(|| MonthEntry::blank(month));
        Ok(Review {
            title: heading(b),
            today,
            items,
            month: MonthRow::of(entry),
        })
    }
}
