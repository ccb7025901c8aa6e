//! «Om Tavle»: the core's [`tavle_store::about`] for the open file, and the app's settings folder.

use serde::Serialize;
use tauri::State;

use crate::state::{lock, AppState};

/// What the «Om Tavle» dialog shows.
#[derive(Debug, Clone, Serialize)]
pub struct AboutView {
    #[serde(flatten)]
    pub about: tavle_store::about::About,
    /// Where the app keeps its settings (the recent files, Storskjerm).
    pub settings: String,
}

#[tauri::command]
pub fn about_tavle(state: State<'_, AppState>) -> AboutView {
    let file = lock(&state.file).as_ref().map(|s| s.path().to_path_buf());
    AboutView {
        about: tavle_store::about::about(file.as_deref()),
        settings: state.dirs().config.display().to_string(),
    }
}
