//! "Del med HR" and "Oversikt over enheter": thin commands over `tavle_store::publish` and
//! `tavle_rollup`. The folder read for the overview is kept here (what was read, not the
//! files), so sorting, filtering, another year and opening one unit need no second read.

use std::path::PathBuf;
use std::sync::Mutex;

use crate::view::rollup::{overview, OverviewScreen, UnitBoard, ViewOptions};
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use tavle_formats::hr_folder::read_some;
use tavle_model::{BoardId, Error, Result};
use tavle_rollup::Loaded;
use tavle_store::publish::{Published, Withdrawn};

use crate::commands::with_store;
use crate::state::{lock, AppState};

/// What the overview read last: the folder and everything in it.
#[derive(Default)]
pub struct RollupState {
    read: Mutex<Option<(PathBuf, Loaded)>>,
}

/// The folder this file was last shared to, if any.
#[tauri::command]
pub fn publish_folder(state: State<'_, AppState>) -> Result<Option<PathBuf>> {
    let file = with_store(&state, |s| Ok(s.path().to_path_buf()))?;
    Ok(lock(&state.settings).publish_dirs.get(&file).cloned())
}

/// The native folder dialog; `None` when the user cancels.
#[tauri::command]
pub async fn pick_folder<R: Runtime>(app: AppHandle<R>, title: String) -> Option<PathBuf> {
    app.dialog()
        .file()
        .set_title(title)
        .blocking_pick_folder()
        .and_then(|f| f.into_path().ok())
}

/// "Del med HR": a snapshot of the board in `dir`; the folder is remembered for the file.
#[tauri::command]
pub fn publish_board(
    state: State<'_, AppState>,
    board_id: BoardId,
    dir: PathBuf,
) -> Result<Published> {
    let (file, published) = with_store(&state, |s| {
        Ok((
            s.path().to_path_buf(),
            tavle_store::publish::publish(s, board_id, &dir)?,
        ))
    })?;
    let mut settings = lock(&state.settings);
    settings.publish_dirs.insert(file, dir);
    // The snapshot is written either way; only the remembered folder is lost.
    let _ = settings.save(&state.dirs().config);
    Ok(published)
}

/// «Trekk tilbake»: removes the board's snapshot from `dir` (found by the board's identity).
#[tauri::command]
pub fn withdraw_board(
    state: State<'_, AppState>,
    board_id: BoardId,
    dir: PathBuf,
) -> Result<Withdrawn> {
    with_store(&state, |s| {
        tavle_store::publish::withdraw(s, board_id, &dir)
    })
}

/// The folder the overview showed last time.
#[tauri::command]
pub fn rollup_folder(state: State<'_, AppState>) -> Option<PathBuf> {
    lock(&state.settings).rollup_dir.clone()
}

/// Reads every `.tavle` file in `dir` (read-only) and shows the overview.
#[tauri::command]
pub fn rollup_open(
    state: State<'_, AppState>,
    rollup: State<'_, RollupState>,
    dir: PathBuf,
    options: ViewOptions,
) -> Result<OverviewScreen> {
    let loaded = read_some(std::slice::from_ref(&dir))?;
    let shown = OverviewScreen::of(overview(&loaded, &options, tavle_model::today()));
    *lock(&rollup.read) = Some((dir.clone(), loaded));
    let mut settings = lock(&state.settings);
    settings.rollup_dir = Some(dir);
    let _ = settings.save(&state.dirs().config);
    Ok(shown)
}

/// The overview read last, shown another way (year, filter, sort).
#[tauri::command]
pub fn rollup_view(rollup: State<'_, RollupState>, options: ViewOptions) -> Result<OverviewScreen> {
    with_overview(&rollup, |loaded| {
        Ok(OverviewScreen::of(overview(
            loaded,
            &options,
            tavle_model::today(),
        )))
    })
}

/// Runs `f` on the overview read last.
fn with_overview<T>(rollup: &RollupState, f: impl FnOnce(&Loaded) -> Result<T>) -> Result<T> {
    let read = lock(&rollup.read);
    let (_, loaded) = read
        .as_ref()
        .ok_or_else(|| Error::invalid(tavle_model::msg!("core-app-no-overview")))?;
    f(loaded)
}

/// A unit's board from the overview, read-only. A masked unit's monthly figures are not
/// sent to the window either.
#[tauri::command]
pub fn rollup_board(
    rollup: State<'_, RollupState>,
    file: PathBuf,
    board: BoardId,
) -> Result<UnitBoard> {
    with_overview(&rollup, |loaded| {
        UnitBoard::of(loaded, &file, board, tavle_model::today())
    })
}

/// Prints the overview as shown (A4 landscape PDF) to `path`.
#[tauri::command]
pub fn print_rollup(
    state: State<'_, AppState>,
    rollup: State<'_, RollupState>,
    options: ViewOptions,
    path: PathBuf,
) -> Result<PathBuf> {
    let shown = with_overview(&rollup, |loaded| {
        Ok(overview(loaded, &options, tavle_model::today()))
    })?;
    let lang = lock(&state.settings).lang;
    let bytes = tavle_print::rollup_pdf_in(&shown, tavle_model::today(), lang)?;
    tavle_store::output::write_atomically(&path, &bytes)?;
    *lock(&state.printed) = Some(path.clone());
    Ok(path)
}
