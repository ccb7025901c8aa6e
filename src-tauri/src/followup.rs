//! Commands of the year's follow-up: Fraværstall, Prosjekt nærvær, Månedsgjennomgang,
//! corrections of the status story, and Frister. Like [`crate::commands`], each one parses,
//! calls the core and returns data; the arithmetic and the wording live in the core.

use crate::view::{AbsenceCheck, AbsenceTable, DueList, PlanForm, Review, TrendView};
use tauri::State;
use tavle_model::model::{MonthEntry, PlanEntry};
use tavle_model::{BoardId, ChangeId, Result, RowId, Status};

use crate::commands::with_store;
use crate::state::{lock, AppState};

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

/// The run chart of the board's unit across every board of it in the file, with the median
/// frozen on the baseline this leader chose (kept in the app's settings, per file and unit).
#[tauri::command]
pub fn absence_trend(state: State<'_, AppState>, board: BoardId) -> Result<TrendView> {
    let (file, unit) = board_unit(&state, board)?;
    let baseline = lock(&state.settings).baseline(&file, &unit);
    with_store(&state, |s| TrendView::load(s, board, baseline))
}

/// Freezes the run chart's median on the first `baseline` months (`None`: all months) and
/// remembers it for the unit in this file.
#[tauri::command]
pub fn set_trend_baseline(
    state: State<'_, AppState>,
    board: BoardId,
    baseline: Option<usize>,
) -> Result<TrendView> {
    let (file, unit) = board_unit(&state, board)?;
    let view = with_store(&state, |s| match baseline {
        Some(n) => TrendView::freeze(s, board, n),
        None => TrendView::load(s, board, None),
    })?;
    let mut settings = lock(&state.settings);
    settings.set_baseline(&file, &unit, baseline);
    settings.save(&state.dirs().config)?;
    Ok(view)
}

/// The open file and the unit of `board` in it.
fn board_unit(state: &AppState, board: BoardId) -> Result<(std::path::PathBuf, String)> {
    with_store(state, |s| {
        Ok((s.path().to_path_buf(), s.load_board(board)?.board.unit))
    })
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
    version: Option<tavle_store::store::Version>,
) -> Result<tavle_store::store::Version> {
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
    let on = tavle_model::parse_date(&on)?;
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
    with_store(&state, |s| {
        DueList::load(s, tavle_model::today(), within_days)
    })
}

#[tauri::command]
pub fn review_list(state: State<'_, AppState>, board: BoardId) -> Result<Review> {
    with_store(&state, |s| Review::load(s, board, tavle_model::today()))
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
        s.save_review(row, status, &note, &result, tavle_model::today())
            .map(|_| ())
    })
}
