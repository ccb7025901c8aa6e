//! Commands of the year's follow-up: Fraværstall, Prosjekt nærvær, Månedsgjennomgang,
//! corrections of the status story, and Frister. Like [`crate::commands`], each one parses,
//! calls the core and returns data; the arithmetic and the wording live in the core.

use serde::Serialize;
use tauri::State;
use tavle::model::{month_label, months_in_force, year_table, MonthEntry, MonthProblem, PlanEntry};
use tavle::review;
use tavle::stats::{self, AbsenceSummary};
use tavle::store::DueItem;
use tavle::{BoardId, ChangeId, Error, Result, RowId, RowText, Status, StatusChange, YearMonth};

use crate::commands::with_store;
use crate::state::AppState;

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// One row of the months table.
#[derive(Debug, Clone, Serialize)]
pub struct MonthRow {
    /// "Mars 2025".
    pub label: String,
    #[serde(flatten)]
    pub entry: MonthEntry,
}

/// The Fraværstall screen: the board's twelve months and the figures that follow them.
#[derive(Debug, Clone, Serialize)]
pub struct AbsenceTable {
    pub title: String,
    pub year: i32,
    pub rows: Vec<MonthRow>,
    pub check: AbsenceCheck,
}

/// The live figures for the months as typed, and what could not be read.
#[derive(Debug, Clone, Serialize)]
pub struct AbsenceCheck {
    pub summary: AbsenceSummary,
    pub problems: Vec<MonthProblem>,
}

/// The figures for the months as typed; a month that cannot be read counts as saved.
fn check(
    months: &[MonthEntry],
    saved: &[tavle::AbsenceMonth],
    target: Option<f64>,
) -> AbsenceCheck {
    let (parsed, problems) = months_in_force(months, saved);
    AbsenceCheck {
        summary: stats::summary(&parsed, target),
        problems,
    }
}

fn month_rows(entries: Vec<MonthEntry>) -> Vec<MonthRow> {
    entries
        .into_iter()
        .map(|entry| MonthRow {
            label: month_label(entry.month),
            entry,
        })
        .collect()
}

#[tauri::command]
pub fn absence_table(state: State<'_, AppState>, board: BoardId) -> Result<AbsenceTable> {
    let stored = with_store(&state, |s| s.load_board(board))?;
    let b = stored.board;
    let entries = year_table(&b);
    Ok(AbsenceTable {
        title: format!("{} {}", b.unit, b.year),
        year: b.year,
        check: check(&entries, &b.absence, b.target_pct),
        rows: month_rows(entries),
    })
}

/// The figures for the months being typed; nothing is stored.
#[tauri::command]
pub fn absence_summary(
    state: State<'_, AppState>,
    board: BoardId,
    months: Vec<MonthEntry>,
) -> Result<AbsenceCheck> {
    let b = with_store(&state, |s| s.load_board(board))?.board;
    Ok(check(&months, &b.absence, b.target_pct))
}

/// Stores one typed month; an emptied row removes the month's figures.
#[tauri::command]
pub fn set_absence(state: State<'_, AppState>, board: BoardId, month: MonthEntry) -> Result<()> {
    let parsed = month.parse()?;
    with_store(&state, |s| match parsed {
        Some(m) => s.set_absence(board, &m),
        None => match s.remove_absence(board, month.month) {
            Err(Error::NotFound(_)) => s.load_board(board).map(|_| ()),
            other => other,
        },
    })
}

/// The Prosjekt nærvær form.
#[derive(Debug, Clone, Serialize)]
pub struct PlanForm {
    pub title: String,
    pub year: i32,
    /// The board's target ("7,0 %"), set in the board's header.
    pub target_text: String,
    pub plan: PlanEntry,
    /// The plan's version, sent back with each save.
    pub version: tavle::store::Version,
}

#[tauri::command]
pub fn plan_form(state: State<'_, AppState>, board: BoardId) -> Result<PlanForm> {
    let stored = with_store(&state, |s| s.load_board(board))?;
    let b = stored.board;
    Ok(PlanForm {
        title: format!("{} {}", b.unit, b.year),
        year: b.year,
        target_text: b.target_pct.map(tavle::nb::pct).unwrap_or_default(),
        plan: PlanEntry::of(&b.plan),
        version: stored.plan_version,
    })
}

/// Saves the plan; `version` is the one the form was filled from (a plan changed elsewhere
/// since is refused as a conflict). Returns the new version.
#[tauri::command]
pub fn save_plan(
    state: State<'_, AppState>,
    board: BoardId,
    plan: PlanEntry,
    version: Option<tavle::store::Version>,
) -> Result<tavle::store::Version> {
    let plan = plan.parse()?;
    with_store(&state, |s| s.set_plan(board, version, &plan))
}

/// Corrects the date and note of history entry `entry` (by id) of a row.
#[tauri::command]
pub fn correct_status(
    state: State<'_, AppState>,
    row: RowId,
    entry: ChangeId,
    on: String,
    note: String,
) -> Result<()> {
    let on = tavle::parse_date(&on)?;
    with_store(&state, |s| {
        s.correct_status_change(row, entry, on, note.trim())
    })
}

/// Removes history entry `entry` (by id) of a row: a change recorded by mistake.
#[tauri::command]
pub fn remove_status(state: State<'_, AppState>, row: RowId, entry: ChangeId) -> Result<()> {
    with_store(&state, |s| s.remove_status_change(row, entry).map(|_| ()))
}

/// Frister: overdue measures and those due within `within_days`, across the file's boards.
#[derive(Debug, Clone, Serialize)]
pub struct DueList {
    pub today: chrono::NaiveDate,
    pub items: Vec<DueItem>,
}

#[tauri::command]
pub fn due_list(state: State<'_, AppState>, within_days: Option<u32>) -> Result<DueList> {
    let today = today();
    let items = with_store(&state, |s| s.due(today, within_days))?;
    Ok(DueList { today, items })
}

/// One measure of the monthly review.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewItem {
    pub row: RowId,
    /// 1-based number on the board.
    pub number: usize,
    pub text: RowText,
    pub status: Status,
    pub overdue: bool,
    /// The latest entry of the status story, if any.
    pub last: Option<StatusChange>,
}

/// Månedsgjennomgang: the measures in review order, then the month to enter figures for.
#[derive(Debug, Clone, Serialize)]
pub struct Review {
    pub title: String,
    pub today: chrono::NaiveDate,
    pub items: Vec<ReviewItem>,
    pub month: MonthRow,
}

#[tauri::command]
pub fn review_list(state: State<'_, AppState>, board: BoardId) -> Result<Review> {
    let stored = with_store(&state, |s| s.load_board(board))?;
    let today = today();
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
    let table = year_table(b);
    let entry = table
        .into_iter()
        .find(|e| e.month == month)
        .unwrap_or_else(|| MonthEntry::blank(month));
    Ok(Review {
        title: format!("{} {}", b.unit, b.year),
        today,
        items,
        month: MonthRow {
            label: month_label(month),
            entry,
        },
    })
}

/// Saves one reviewed measure: its result, and a dated entry in its status story when the
/// status changed or a note was written (today, with the note).
#[tauri::command]
pub fn save_review(
    state: State<'_, AppState>,
    row: RowId,
    status: Status,
    note: String,
    result: String,
) -> Result<()> {
    // One transaction in the core: the result and the status change are saved together.
    with_store(&state, |s| {
        s.save_review(row, status, &note, &result, today())
            .map(|_| ())
    })
}
