//! Commands for Excel both ways: **Eksporter til Excel …** writes the board as a workbook,
//! **Importer fra Excel …** reads a spreadsheet into a preview and, once the user confirms,
//! into a new board. Like [`crate::commands`], each parses, calls the core
//! ([`tavle::xlsx`], [`tavle::sheet_import`]) and returns data or a Norwegian error.

use std::path::PathBuf;

use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use tavle::sheet_import::{read_sheet_file, ImportOptions, SheetImport};
use tavle::{BoardId, Result};

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

/// What an import of `path` would give: the rows as they will land and every cell that could
/// not be read. Nothing is written.
#[tauri::command]
pub fn preview_sheet_import(path: PathBuf, options: ImportOptions) -> Result<SheetImport> {
    read_sheet_file(&path, &options, tavle::today())
}

/// Imports `path` as a new board in the open file (read again, so what lands is what the
/// file holds now); returns the new board's id.
#[tauri::command]
pub fn import_sheet(
    state: State<'_, AppState>,
    path: PathBuf,
    options: ImportOptions,
) -> Result<BoardId> {
    let board = read_sheet_file(&path, &options, tavle::today())?.into_board()?;
    with_store(&state, |s| s.insert_board(&board))
}

/// Writes board `board_id` as an Excel workbook at `path`, whole or not at all.
#[tauri::command]
pub fn export_xlsx(
    state: State<'_, AppState>,
    board_id: BoardId,
    path: PathBuf,
) -> Result<PathBuf> {
    let stored = with_store(&state, |s| s.load_board(board_id))?;
    let bytes = tavle::xlsx::board_workbook(&stored.board, tavle::today())?;
    tavle::output::write_atomically(&path, &bytes)?;
    Ok(path)
}
