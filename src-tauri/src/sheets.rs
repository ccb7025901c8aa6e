//! Commands for Excel both ways: **Eksporter til Excel …** writes the board as a workbook,
//! **Importer fra Excel …** reads a spreadsheet into a preview (where it lands: the board it
//! came from updated, or a new board) and, once the user confirms, imports it through the
//! same core path as `tavle import` ([`tavle_formats::sheet_import::apply_import`]); **Slett tavle …**
//! deletes a board. Like [`crate::commands`], each parses, calls the core ([`tavle_formats::xlsx`],
//! [`tavle_formats::sheet_import`]) and returns data or a Norwegian error.

use std::path::PathBuf;

use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use tavle_formats::sheet_import::{
    apply_import, import_target, read_sheet_file, ImportChoice, ImportDone, ImportOptions,
    ImportTarget, SheetImport,
};
use tavle_model::{BoardId, Result};

use crate::commands::with_store;
use crate::state::AppState;

/// The native open dialog for a spreadsheet; `None` when the user cancels.
#[tauri::command]
pub async fn pick_sheet_path<R: Runtime>(app: AppHandle<R>) -> Option<PathBuf> {
    // Outside the command's language (the picker waits on another thread): the settings'.
    let lang = app.state::<AppState>().lang();
    app.dialog()
        .file()
        .set_title(lang.text("core-pick-sheet-title"))
        .add_filter(
            lang.text("core-pick-sheet-filter"),
            &["xlsx", "xls", "ods", "csv"],
        )
        .blocking_pick_file()
        .and_then(|f| f.into_path().ok())
}

/// The preview: what the sheet gives, and where it would land in the open file.
#[derive(Debug, Serialize)]
pub struct SheetPreview {
    #[serde(flatten)]
    pub import: SheetImport,
    pub target: ImportTarget,
}

/// What an import of `path` would give: the rows as they will land, every cell that could
/// not be read, the columns and status words still to map, and whether it updates the board
/// it came from (with «n endret, n nye, n finnes ikke lenger i arket») or makes a new one.
/// Nothing is written.
#[tauri::command]
pub fn preview_sheet_import(
    state: State<'_, AppState>,
    path: PathBuf,
    options: ImportOptions,
    choice: Option<ImportChoice>,
) -> Result<SheetPreview> {
    let today = tavle_model::today();
    let import = read_sheet_file(&path, &options, today)?;
    let choice = choice.unwrap_or_default();
    let target = with_store(&state, |s| import_target(s, &import, &choice, today))?;
    Ok(SheetPreview { import, target })
}

/// Imports `path` into the open file (read again, so what lands is what the file holds
/// now): the board it came from is updated, or a new board is made; returns which.
#[tauri::command]
pub fn import_sheet(
    state: State<'_, AppState>,
    path: PathBuf,
    options: ImportOptions,
    choice: Option<ImportChoice>,
) -> Result<ImportDone> {
    let today = tavle_model::today();
    let import = read_sheet_file(&path, &options, today)?;
    let choice = choice.unwrap_or_default();
    with_store(&state, |s| apply_import(s, import, &choice, today))
}

/// «Slett tavle …»: the board and everything on it, with a backup of the file first.
#[tauri::command]
pub fn delete_board(state: State<'_, AppState>, board_id: BoardId) -> Result<()> {
    with_store(&state, |s| s.delete_board(board_id))
}

/// Writes board `board_id` as an Excel workbook at `path`, whole or not at all.
#[tauri::command]
pub fn export_xlsx(
    state: State<'_, AppState>,
    board_id: BoardId,
    path: PathBuf,
) -> Result<PathBuf> {
    let stored = with_store(&state, |s| s.load_board(board_id))?;
    // With the board's and rows' ids: imported back, it updates this board.
    let bytes = tavle_formats::xlsx::stored_board_workbook(&stored, tavle_model::today())?;
    tavle_store::output::write_atomically(&path, &bytes)?;
    Ok(path)
}
