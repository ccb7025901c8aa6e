//! The app's commands. Each one parses its arguments, calls one core function and returns
//! serde data, or a `tavle_model::Error` that reaches the UI as `{kind, message}` in Norwegian.
//!
//! They live in their own module: a `#[tauri::command]` next to `generate_handler!` in
//! `lib.rs` clashes with the macro's generated names (E0255).

use std::path::{Path, PathBuf};

use crate::view::{self, BoardView, SavedRow};
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;
use tavle_model::error::OnField;
use tavle_model::lang::Lang;
use tavle_model::{
    Board, BoardId, Error, HeaderEntry, Result, RowEntry, RowId, Status, StatusChange, Typed,
};
use tavle_print::{Paper, What};
use tavle_store::store::{BoardSummary, DeletedRow, Store, Version};

use crate::state::{lock, AppState, StartupFile};

/// The example board behind "Åpne eksempel" (empty when the checkout lacks it).
const EXAMPLE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/example.json"));

/// The open file as the UI sees it.
#[derive(Debug, Clone, Serialize)]
pub struct FileInfo {
    pub path: String,
    /// The file name, for the title and headings.
    pub name: String,
    pub boards: Vec<BoardSummary>,
    /// The file can only be read (write-protected, or a backup opened to look at).
    pub read_only: bool,
    /// When this is a backup opened to look at: the file it is a backup of.
    pub backup_of: Option<String>,
    /// What the user should know about the open (a backup that could not be written).
    pub warnings: Vec<String>,
}

/// What the UI is told about `store`.
pub(crate) fn file_info(state: &AppState, store: &Store) -> Result<FileInfo> {
    let path = store.path();
    Ok(FileInfo {
        name: file_name(path),
        path: path.display().to_string(),
        boards: store.list_boards()?,
        read_only: store.is_read_only(),
        backup_of: lock(&state.backup_of)
            .as_ref()
            .map(|p| p.display().to_string()),
        warnings: store.warnings().to_vec(),
    })
}

/// One entry of "Nylig brukt".
#[derive(Debug, Clone, Serialize)]
pub struct RecentFile {
    pub path: String,
    pub name: String,
    pub exists: bool,
}

/// The app's settings the UI needs.
#[derive(Debug, Clone, Serialize)]
pub struct AppSettings {
    pub large_text: bool,
    /// The written standard of the prints.
    pub lang: Lang,
}

pub(crate) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn no_file() -> Error {
    Error::invalid(tavle_model::msg!("core-app-no-file"))
}

/// Runs `f` on the open file (every command module goes through this).
pub(crate) fn with_store<T>(
    state: &AppState,
    f: impl FnOnce(&mut Store) -> Result<T>,
) -> Result<T> {
    let mut file = lock(&state.file);
    let store = file.as_mut().ok_or_else(no_file)?;
    f(store)
}

/// Makes `store` the open file: window title, recent list, last file.
pub(crate) fn adopt<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    store: Store,
) -> Result<FileInfo> {
    *lock(&state.backup_of) = None;
    let info = file_info(state, &store)?;
    let path = store.path().to_path_buf();
    *lock(&state.file) = Some(store);
    let mut settings = lock(&state.settings);
    settings.remember(&path);
    // The file is open either way; a settings folder that cannot be written only costs the
    // recent list, so it must not turn a successful open into an error.
    let _ = settings.save(&state.dirs().config);
    set_title(app, Some(&path));
    Ok(info)
}

pub(crate) fn set_title<R: Runtime>(app: &AppHandle<R>, path: Option<&Path>) {
    if let Some(window) = app.get_webview_window("main") {
        let title = match path {
            Some(p) => format!("Tavle — {}", file_name(p)),
            None => "Tavle".to_string(),
        };
        // A title that cannot be set is cosmetic; the file is open regardless.
        let _ = window.set_title(&title);
    }
}

/// The file to show at start: the one named on the command line (created if it does not
/// exist yet), else the last file used; `None` shows the start screen.
#[tauri::command]
pub fn initial_file<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Option<FileInfo>> {
    if lock(&state.file).is_some() {
        // A reload of the window: keep showing the file already open.
        let file = lock(&state.file);
        let store = file.as_ref().ok_or_else(no_file)?;
        return file_info(&state, store).map(Some);
    }
    let named = app.try_state::<StartupFile>().and_then(|s| s.0.clone());
    let last = lock(&state.settings).last.clone();
    match view::startup_store(named.as_deref(), last.as_deref()) {
        Ok(Some(store)) => adopt(&app, &state, store).map(Some),
        Ok(None) => Ok(None),
        Err(err) => {
            if named.is_none() && matches!(err, Error::NotFound(_)) {
                // The last file is gone: start from the start screen next time.
                lock(&state.settings).last = None;
            }
            Err(err)
        }
    }
}

/// The words and limits the screens share with the core, asked for once at start.
#[tauri::command]
pub fn vocabulary() -> view::Vocabulary {
    view::Vocabulary::new()
}

/// Every message of the app's language, for the screens (asked for once at start and again
/// when the user changes Målform).
#[tauri::command]
pub fn texts(state: State<'_, AppState>) -> tavle_model::lang::Texts {
    state.lang().texts()
}

#[tauri::command]
pub fn app_settings(state: State<'_, AppState>) -> AppSettings {
    let settings = lock(&state.settings);
    AppSettings {
        large_text: settings.large_text,
        lang: settings.lang,
    }
}

/// The app's written standard (Målform): screens, messages and prints; remembered for next time.
#[tauri::command]
pub fn set_lang(state: State<'_, AppState>, lang: Lang) -> Result<()> {
    let mut settings = lock(&state.settings);
    settings.lang = lang;
    settings.save(&state.dirs().config)
}

/// The Storskjerm switch, remembered for next time.
#[tauri::command]
pub fn set_large_text(state: State<'_, AppState>, on: bool) -> Result<()> {
    let mut settings = lock(&state.settings);
    settings.large_text = on;
    settings.save(&state.dirs().config)
}

#[tauri::command]
pub fn recent_files(state: State<'_, AppState>) -> Vec<RecentFile> {
    lock(&state.settings)
        .recent
        .iter()
        .map(|p| RecentFile {
            path: p.display().to_string(),
            name: file_name(p),
            exists: p.exists(),
        })
        .collect()
}

#[tauri::command]
pub fn open_file<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: PathBuf,
) -> Result<FileInfo> {
    let store = Store::open(&path)?;
    adopt(&app, &state, store)
}

#[tauri::command]
pub fn create_file<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: PathBuf,
) -> Result<FileInfo> {
    let store = Store::create(&path)?;
    adopt(&app, &state, store)
}

/// "Åpne eksempel": the sample board imported into a new file in the app's data folder.
#[tauri::command]
pub fn open_example<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<FileInfo> {
    let store = view::example_file(&state.dirs().data, EXAMPLE_JSON)?;
    adopt(&app, &state, store)
}

/// Back to the start screen.
#[tauri::command]
pub fn close_file<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) {
    *lock(&state.file) = None;
    *lock(&state.backup_of) = None;
    lock(&state.settings).last = None;
    let _ = lock(&state.settings).save(&state.dirs().config);
    set_title(&app, None);
}

/// The native open dialog for `.tavle` files; `None` when the user cancels. Like every
/// picker it runs outside the command's language (it waits on another thread), so it words
/// itself in the language of the settings.
#[tauri::command]
pub async fn pick_open_path<R: Runtime>(app: AppHandle<R>) -> Option<PathBuf> {
    let lang = app.state::<AppState>().lang();
    app.dialog()
        .file()
        .set_title(lang.text("core-pick-open-title"))
        .add_filter(lang.text("core-pick-tavle-filter"), &["tavle"])
        .blocking_pick_file()
        .and_then(|f| f.into_path().ok())
}

/// The native save dialog, for a new `.tavle` file (`kind` "tavle"), a PDF (`kind` "pdf") or
/// an Excel workbook (`kind` "xlsx").
#[tauri::command]
pub async fn pick_save_path<R: Runtime>(
    app: AppHandle<R>,
    kind: String,
    suggested: String,
) -> Result<Option<PathBuf>> {
    let lang = app.state::<AppState>().lang();
    let (title, filter, ext) = match kind.as_str() {
        "tavle" => ("core-pick-new-title", "core-pick-tavle-filter", "tavle"),
        "pdf" => ("core-pick-pdf-title", "core-pick-pdf-filter", "pdf"),
        "xlsx" => ("core-pick-xlsx-title", "core-pick-xlsx-filter", "xlsx"),
        other => {
            return Err(Error::invalid(tavle_model::msg!(
                "core-pick-unknown-kind" in lang,
                kind = other
            )))
        }
    };
    let (title, filter) = (lang.text(title), lang.text(filter));
    let picked = app
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(&suggested)
        .add_filter(filter, &[ext])
        .blocking_save_file()
        .and_then(|f| f.into_path().ok());
    Ok(picked.map(|p| {
        if p.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext)) {
            p
        } else {
            p.with_extension(ext)
        }
    }))
}

#[tauri::command]
pub fn list_boards(state: State<'_, AppState>) -> Result<Vec<BoardSummary>> {
    with_store(&state, |s| s.list_boards())
}

/// "Ny tavle": a board with the header's fields as typed and nothing else yet.
#[tauri::command]
pub fn create_board(state: State<'_, AppState>, header: HeaderEntry) -> Result<BoardId> {
    let header = header.parse()?;
    with_store(&state, |s| s.insert_board(&Board::from(header)))
}

/// "Ny tavle fra fjorårets", for the year as typed.
#[tauri::command]
pub fn new_board_from(state: State<'_, AppState>, from: BoardId, year: Typed) -> Result<BoardId> {
    let year = tavle_model::parse_year(&year.0).on_field("year")?;
    with_store(&state, |s| s.new_board_from(from, year))
}

#[tauri::command]
pub fn load_board(state: State<'_, AppState>, id: BoardId) -> Result<BoardView> {
    with_store(&state, |s| BoardView::load(s, id, tavle_model::today()))
}

/// Saves the header form; `version` is the header's version the form was filled from
/// (a header changed elsewhere since is refused as a conflict). Returns the new version.
#[tauri::command]
pub fn update_board_header(
    state: State<'_, AppState>,
    id: BoardId,
    header: HeaderEntry,
    version: Option<Version>,
) -> Result<Version> {
    let header = header.parse()?;
    with_store(&state, |s| s.update_board_header(id, version, &header))
}

/// Adds a row with the text typed so far, at `position` (`None` = last), and returns it as
/// saved. The due date comes as typed (`28.02.2025`); a date that does not exist is refused
/// and nothing is added.
#[tauri::command]
pub fn add_row(
    state: State<'_, AppState>,
    board: BoardId,
    text: RowEntry,
    position: Option<usize>,
) -> Result<SavedRow> {
    with_store(&state, |s| {
        SavedRow::add(s, board, &text, position, tavle_model::today())
    })
}

/// Saves a row's text; `version` is the row's version the editor last read (a row changed
/// elsewhere since is refused as a conflict, and nothing is written).
#[tauri::command]
pub fn update_row(
    state: State<'_, AppState>,
    row: RowId,
    text: RowEntry,
    version: Option<Version>,
) -> Result<SavedRow> {
    with_store(&state, |s| {
        SavedRow::update(s, row, &text, version, tavle_model::today())
    })
}

#[tauri::command]
pub fn move_row(state: State<'_, AppState>, row: RowId, position: usize) -> Result<()> {
    with_store(&state, |s| s.move_row(row, position))
}

/// Deletes a row; the UI keeps the answer to undo with `restore_row`.
#[tauri::command]
pub fn delete_row(state: State<'_, AppState>, row: RowId) -> Result<DeletedRow> {
    with_store(&state, |s| s.delete_row(row))
}

#[tauri::command]
pub fn restore_row(state: State<'_, AppState>, deleted: DeletedRow) -> Result<RowId> {
    with_store(&state, |s| s.restore_row(&deleted))
}

/// Records a change of status, dated `on` (today when empty), with an optional note.
#[tauri::command]
pub fn change_status(
    state: State<'_, AppState>,
    row: RowId,
    status: Status,
    on: Option<String>,
    note: Option<String>,
) -> Result<bool> {
    let change =
        StatusChange::entered(status, on.as_deref(), note.as_deref(), tavle_model::today())?;
    // `false`: the status was already that on the date, and nothing was written.
    with_store(&state, |s| s.change_status(row, &change))
}

/// Prints `what` of a board to a PDF at `path`, written whole or not at all.
#[tauri::command]
pub fn print_pdf(
    state: State<'_, AppState>,
    board_id: BoardId,
    what: What,
    paper: Option<Paper>,
    path: PathBuf,
) -> Result<PathBuf> {
    let (board, trend) = with_store(&state, |s| {
        let board = s.load_board(board_id)?.board;
        let trend = match what {
            What::Board | What::Report | What::Minutes => {
                tavle_print::unit_trend_for(&board, &s.load_all_boards()?)
            }
            _ => None,
        };
        Ok((board, trend))
    })?;
    let lang = lock(&state.settings).lang;
    tavle_print::check_pdf_path(&path)?;
    let pdf = tavle_print::pdf_in(
        &board,
        what,
        paper,
        tavle_model::today(),
        lang,
        trend.as_ref(),
    )?;
    tavle_store::output::write_atomically(&path, &pdf)?;
    *lock(&state.printed) = Some(path.clone());
    Ok(path)
}

/// Opens the PDF just printed in the system's viewer. Only that file: the UI cannot make the
/// app open anything else.
#[tauri::command]
pub fn open_pdf<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: PathBuf,
) -> Result<()> {
    if lock(&state.printed).as_deref() != Some(path.as_path()) {
        return Err(Error::invalid(tavle_model::msg!(
            "core-app-only-printed-pdf"
        )));
    }
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|err| {
            Error::NotFound(tavle_model::msg!(
                "core-app-no-pdf-viewer",
                error = err.to_string(),
                path = path.display().to_string()
            ))
        })
}
