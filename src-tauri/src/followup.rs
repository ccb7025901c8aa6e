//! Commands of the year's follow-up: Fraværstall, Prosjekt nærvær, Månedsgjennomgang,
//! corrections of the status story, and Frister. Like [`crate::commands`], each one parses,
//! calls the core and returns data; the arithmetic and the wording live in the core.

use tauri::State;
use tavle::model::{MonthEntry, PlanEntry};
use tavle::view::{AbsenceCheck, AbsenceTable, DueList, PlanForm, Review};
use tavle::{BoardId, ChangeId, Result, RowId, Status};

use crate::commands::with_store;
use crate::state::AppState;

#[tauri::command]
pub fn absence_table(state: State<'_, AppState>, board: BoardId) -> Result<AbsenceTable> {
    with_store(&state, |s| AbsenceTable::load(s, board))
}

#[tauri::command]
pub fn absence_summary(
    state: State<'_, AppState>,
    board: BoardId,
    months: Vec<MonthEntry>,
) -> Result<AbsenceCheck> {
    with_store(&state, |s| AbsenceCheck::typed(s, board, &months))
}

#[tauri::command]
pub fn set_absence(state: State<'_, AppState>, board: BoardId, month: MonthEntry) -> Result<()> {
    with_store(&state, |s| s.save_month(board, &month))
}

#[tauri::command]
pub fn plan_form(state: State<'_, AppState>, board: BoardId) -> Result<PlanForm> {
    with_store(&state, |s| PlanForm::load(s, board))
}

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

#[tauri::command]
pub fn due_list(state: State<'_, AppState>, within_days: Option<u32>) -> Result<DueList> {
    with_store(&state, |s| DueList::load(s, tavle::today(), within_days))
}

#[tauri::command]
pub fn review_list(state: State<'_, AppState>, board: BoardId) -> Result<Review> {
    with_store(&state, |s| Review::load(s, board, tavle::today()))
}

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
        s.save_review(row, status, &note, &result, tavle::today())
            .map(|_| ())
    })
}
