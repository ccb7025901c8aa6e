//! "Del med HR" and "Oversikt over enheter": thin commands over `tavle::publish` and
//! `tavle::rollup`. The folder read for the overview is kept here (what was read, not the
//! files), so sorting, filtering, another year and opening one unit need no second read.

use std::path::PathBuf;
use std::sync::Mutex;

use chrono::{Local, NaiveDate};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use tavle::publish::Published;
use tavle::rollup::{read_some, roll_up, Loaded, Rollup, SortKey};
use tavle::{Board, BoardId, Error, Result};

use crate::commands::with_store;
use crate::state::{lock, AppState};

/// What the overview read last: the folder and everything in it.
#[derive(Default)]
pub struct RollupState {
    read: Mutex<Option<(PathBuf, Loaded)>>,
}

fn today() -> NaiveDate {
    Local::now().date_naive()
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
            tavle::publish::publish(s, board_id, &dir)?,
        ))
    })?;
    let mut settings = lock(&state.settings);
    settings.publish_dirs.insert(file, dir);
    // The snapshot is written either way; only the remembered folder is lost.
    let _ = settings.save(&state.dirs().config);
    Ok(published)
}

/// The folder the overview showed last time.
#[tauri::command]
pub fn rollup_folder(state: State<'_, AppState>) -> Option<PathBuf> {
    lock(&state.settings).rollup_dir.clone()
}

/// How the overview is shown: year (`None`: this year or the newest), filter, sort.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct ViewOptions {
    pub year: Option<i32>,
    #[serde(default)]
    pub filter: String,
    pub sort: Option<SortKey>,
    #[serde(default)]
    pub descending: Option<bool>,
}

fn view(loaded: &Loaded, options: &ViewOptions) -> Rollup {
    let key = options.sort.unwrap_or(SortKey::Gap);
    let descending = options.descending.unwrap_or(key != SortKey::Unit);
    roll_up(loaded.clone(), options.year, today())
        .filtered(&options.filter)
        .sorted(key, descending)
}

/// Reads every `.tavle` file in `dir` (read-only) and shows the overview.
#[tauri::command]
pub fn rollup_open(
    state: State<'_, AppState>,
    rollup: State<'_, RollupState>,
    dir: PathBuf,
    options: ViewOptions,
) -> Result<Rollup> {
    let loaded = read_some(std::slice::from_ref(&dir))?;
    let shown = view(&loaded, &options);
    *lock(&rollup.read) = Some((dir.clone(), loaded));
    let mut settings = lock(&state.settings);
    settings.rollup_dir = Some(dir);
    let _ = settings.save(&state.dirs().config);
    Ok(shown)
}

/// The overview read last, shown another way (year, filter, sort).
#[tauri::command]
pub fn rollup_view(rollup: State<'_, RollupState>, options: ViewOptions) -> Result<Rollup> {
    let read = lock(&rollup.read);
    let (_, loaded) = read.as_ref().ok_or_else(no_overview)?;
    Ok(view(loaded, &options))
}

fn no_overview() -> Error {
    Error::invalid("Ingen oversikt er åpen. Velg mappen dere deler, og «Vis oversikt».")
}

/// One unit's board, to look at (never to edit).
#[derive(Debug, Clone, Serialize)]
pub struct UnitBoard {
    pub board: Board,
    pub file: PathBuf,
    /// Forsinket, per row.
    pub overdue: Vec<bool>,
    pub summary: tavle::stats::AbsenceSummary,
    /// The absence is hidden (under 5 årsverk): the window shows no figures.
    pub masked: bool,
}

/// A unit's board from the overview, read-only. A masked unit's monthly figures are not
/// sent to the window either.
#[tauri::command]
pub fn rollup_board(
    rollup: State<'_, RollupState>,
    file: PathBuf,
    board: BoardId,
) -> Result<UnitBoard> {
    let read = lock(&rollup.read);
    let (_, loaded) = read.as_ref().ok_or_else(no_overview)?;
    let found = loaded
        .boards
        .iter()
        .find(|b| b.file == file && b.id == board)
        .ok_or_else(|| {
            Error::NotFound(format!(
                "Fant ikke tavlen i «{}». Vis oversikten på nytt.",
                file.display()
            ))
        })?;
    let line = roll_up(
        Loaded {
            boards: vec![found.clone()],
            skipped: Vec::new(),
        },
        Some(found.board.year),
        today(),
    );
    let masked = line.lines.first().is_some_and(|l| l.masked);
    let mut b = found.board.clone();
    if masked {
        b.absence.clear();
    }
    let today = today();
    Ok(UnitBoard {
        overdue: b.rows.iter().map(|r| r.is_overdue(today)).collect(),
        summary: tavle::stats::summary(&b.absence, b.target_pct),
        file: found.file.clone(),
        board: b,
        masked,
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
    let shown = {
        let read = lock(&rollup.read);
        let (_, loaded) = read.as_ref().ok_or_else(no_overview)?;
        view(loaded, &options)
    };
    let bytes = tavle::print::rollup_pdf(&shown, today())?;
    tavle::output::write_atomically(&path, &bytes)?;
    *lock(&state.printed) = Some(path.clone());
    Ok(path)
}
