//! Commands that keep the open file safe: changes made by another process, the backups
//! («Sikkerhetskopier …»), "Lagre som …" for a file that vanished or is read-only, and
//! closing the window only after the screen has saved what is pending.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use tauri::{AppHandle, Manager, Runtime, State, WebviewWindow};
use tavle_model::{Error, Result};
use tavle_store::store::backups::{self, Backup};
use tavle_store::store::Store;

use crate::commands::{adopt, file_info, set_title, FileInfo};
use crate::state::{lock, AppState};

/// How long the screen gets to save before a second close request closes anyway (a screen
/// that never answers must not keep the window open forever).
const CLOSE_ANSWER: Duration = Duration::from_secs(5);

/// What happened to the open file since the screen last asked.
#[derive(Debug, Clone, Copy, Default, serde::Serialize)]
pub struct OutsideChanges {
    /// Another process (another window, the `tavle` command) changed it: read it again.
    pub changed: bool,
    /// It became write-protected: from now on it is only read (the screen shows the banner).
    pub read_only: bool,
}

/// What happened to the open file from outside since the last call: the screen polls this
/// every second, reads the file again when it changed and shows the read-only state when
/// it was made read-only.
#[tauri::command]
pub fn outside_changes(state: State<'_, AppState>) -> Result<OutsideChanges> {
    match lock(&state.file).as_mut() {
        Some(store) => Ok(OutsideChanges {
            read_only: store.became_read_only(),
            changed: store.changed_elsewhere()?,
        }),
        None => Ok(OutsideChanges::default()),
    }
}

/// The backups of `file`, newest first (when, boards, rows, whole or not).
#[tauri::command]
pub fn list_backups(file: PathBuf) -> Result<Vec<Backup>> {
    backups::list(&file)
}

/// Restores backup `from` into `file` (a copy of `file` as it was is kept first) and opens
/// `file`. The open file is closed first when it is `file` or a backup being looked at.
#[tauri::command]
pub fn restore_backup<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    file: PathBuf,
    from: PathBuf,
) -> Result<FileInfo> {
    let was_open = lock(&state.file).take();
    let was_backup_of = lock(&state.backup_of).take();
    if let Err(e) = backups::restore(&file, &from) {
        // Nothing was restored: the file (or the backup being looked at) stays open.
        *lock(&state.file) = was_open;
        *lock(&state.backup_of) = was_backup_of;
        return Err(e);
    }
    drop(was_open);
    adopt(&app, &state, Store::open(&file)?)
}

/// Opens backup `from` of `file` to look at, read-only; [`back_to_file`] returns to `file`.
#[tauri::command]
pub fn open_backup<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    file: PathBuf,
    from: PathBuf,
) -> Result<FileInfo> {
    let store = Store::open_read_only(&from)?;
    *lock(&state.backup_of) = Some(file);
    let info = file_info(&state, &store)?;
    set_title(&app, Some(&from));
    *lock(&state.file) = Some(store);
    Ok(info)
}

/// From a backup being looked at, back to the file it is a backup of.
#[tauri::command]
pub fn back_to_file<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<FileInfo> {
    let file = lock(&state.backup_of)
        .clone()
        .ok_or_else(|| Error::invalid(tavle_model::msg!("core-app-no-backup-open")))?;
    *lock(&state.file) = None;
    adopt(&app, &state, Store::open(&file)?)
}

/// "Lagre som …": a whole copy of the open file at `path`, which becomes the open file.
/// Works when the open file was deleted or moved away, and for a read-only file.
#[tauri::command]
pub fn save_file_as<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: PathBuf,
) -> Result<FileInfo> {
    let copy = {
        let file = lock(&state.file);
        let store = file
            .as_ref()
            .ok_or_else(|| Error::invalid(tavle_model::msg!("core-app-no-file-short")))?;
        store.save_as(&path)?
    };
    adopt(&app, &state, copy)
}

/// The screen saved everything pending: the app ends.
#[tauri::command]
pub fn quit_app<R: Runtime>(app: AppHandle<R>) {
    app.exit(0);
}

/// The screen could not save what was pending, so the window stays open.
#[tauri::command]
pub fn close_refused(state: State<'_, AppState>) {
    *lock(&state.close_asked) = None;
}

/// The window's close button (or the window manager) asked to close: the screen saves
/// what is pending first and then calls [`quit_app`]. Returns true when the window may
/// close now (the screen was asked before and never answered).
pub fn close_requested<R: Runtime>(window: &WebviewWindow<R>) -> bool {
    let state = window.state::<AppState>();
    let mut asked = lock(&state.close_asked);
    if asked.is_some_and(|t| t.elapsed() > CLOSE_ANSWER) {
        return true;
    }
    *asked = Some(Instant::now());
    drop(asked);
    // Runs `closeWindow()` of ui/main.js; no permission is needed to run script in our own page.
    window
        .eval("window.tavleCloseRequested && window.tavleCloseRequested()")
        .is_err()
}
