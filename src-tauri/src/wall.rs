//! The wall: `tavle-app --vegg FIL [--interval SEKUNDER]`, or «Vis på veggen» in the app.
//! Full screen, read-only, the pages turning by themselves (`ui/wall.js`). The commands only
//! hand over the start, read the file through the core ([`crate::view::wall`]) and switch
//! full screen; the file is never opened for writing.

use std::path::PathBuf;

use crate::view::wall::{self, FileStamp, Wall};
use serde::Serialize;
use tauri::{AppHandle, Manager, PhysicalPosition, PhysicalSize, Runtime, State, WebviewWindow};
use tavle_model::{BoardId, Error, Result};

use crate::state::{lock, AppState};

/// Seconds a page stays when `--interval` is not given.
pub const DEFAULT_INTERVAL: u32 = 20;
/// The shortest and longest page time `--interval` takes.
pub const INTERVAL_RANGE: std::ops::RangeInclusive<u32> = 3..=3600;

/// What the wall shows, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WallStart {
    /// The file shown; `None` when started without one (the page asks for it).
    pub path: Option<PathBuf>,
    /// Seconds per page.
    pub interval: u32,
    /// Milliseconds per page: the interval, unless [`INTERVAL_MS_ENV`] says otherwise.
    pub interval_ms: u64,
    /// Opened from the app («Vis på veggen»): Esc goes back. From `--vegg`: it stays.
    pub from_app: bool,
}

/// Milliseconds per page, for the soak test only (it turns thousands of pages): a person
/// sets seconds with `--interval`.
pub const INTERVAL_MS_ENV: &str = "TAVLE_WALL_INTERVAL_MS";

impl WallStart {
    /// The wall of `path`, turning every `interval` seconds.
    pub fn new(path: Option<PathBuf>, interval: u32, from_app: bool) -> WallStart {
        let interval_ms = std::env::var(INTERVAL_MS_ENV)
            .ok()
            .and_then(|v| v.trim().parse::<u64>().ok())
            .filter(|ms| *ms >= 20)
            .unwrap_or(u64::from(interval) * 1000);
        WallStart {
            path,
            interval,
            interval_ms,
            from_app,
        }
    }
}

/// The wall asked for on the command line, if any (managed at start by `run`, like the
/// startup file; an app without it is the ordinary app).
pub struct WallLaunch(pub Option<WallStart>);

/// `--interval SEKUNDER`: a whole number of seconds within [`INTERVAL_RANGE`].
pub fn parse_interval(text: &str) -> Result<u32> {
    match text.trim().parse::<u32>() {
        Ok(n) if INTERVAL_RANGE.contains(&n) => Ok(n),
        _ => Err(Error::invalid(tavle_model::msg!(
            "core-wall-interval",
            value = text,
            min = *INTERVAL_RANGE.start(),
            max = *INTERVAL_RANGE.end()
        ))),
    }
}

/// The wall the app was started with (`--vegg`), or none for the ordinary app.
#[tauri::command]
pub fn wall_launch<R: Runtime>(app: AppHandle<R>) -> Option<WallStart> {
    app.try_state::<WallLaunch>().and_then(|w| w.0.clone())
}

/// «Vis på veggen»: the open file on the wall, from the app (Esc leaves).
#[tauri::command]
pub fn wall_of_open_file(state: State<'_, AppState>) -> Result<WallStart> {
    let file = lock(&state.file);
    let store = file
        .as_ref()
        .ok_or_else(|| Error::NotFound(tavle_model::msg!("core-wall-no-open-file")))?;
    Ok(WallStart::new(
        Some(store.path().to_path_buf()),
        DEFAULT_INTERVAL,
        true,
    ))
}

/// Everything the wall shows of `path` (one board: `board`, or the one of this year).
#[tauri::command]
pub fn wall_read(path: PathBuf, board: Option<i64>) -> Result<Wall> {
    wall::read_wall(&path, board.map(BoardId), tavle_model::today())
}

/// The file's stamp now: the page reads the wall again when it differs from the last one.
#[tauri::command]
pub fn wall_stamp(path: PathBuf) -> Option<FileStamp> {
    wall::stamp(&path)
}

/// The window's size and place before the wall took the whole screen.
static BEFORE_WALL: std::sync::Mutex<Option<(PhysicalSize<u32>, PhysicalPosition<i32>)>> =
    std::sync::Mutex::new(None);

/// Full screen on or off (the wall is full screen; leaving it restores the window). Where
/// no window manager grants full screen (a bare X server on a wall PC), the window is also
/// sized to its monitor, so the wall fills the screen either way.
#[tauri::command]
pub fn wall_full_screen<R: Runtime>(window: WebviewWindow<R>, on: bool) -> Result<()> {
    let fail = |e: tauri::Error| {
        Error::invalid(tavle_model::msg!(
            "core-wall-full-screen-failed",
            error = e.to_string()
        ))
    };
    if on {
        if let (Ok(size), Ok(place)) = (window.outer_size(), window.outer_position()) {
            lock(&BEFORE_WALL).get_or_insert((size, place));
        }
        window.set_fullscreen(true).map_err(fail)?;
        if let Ok(Some(monitor)) = window.current_monitor() {
            let _ = window.set_position(*monitor.position());
            let _ = window.set_size(*monitor.size());
        }
    } else {
        window.set_fullscreen(false).map_err(fail)?;
        if let Some((size, place)) = lock(&BEFORE_WALL).take() {
            let _ = window.set_size(size);
            let _ = window.set_position(place);
        }
    }
    Ok(())
}
