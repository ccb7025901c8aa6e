//! What the running app holds: the open file, where its settings live, the last PDF printed.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use tauri::{AppHandle, Manager, Runtime};
use tavle::store::Store;

use crate::settings::Settings;

/// Set this to keep the app's settings and example files in one folder (tests do, to stay
/// apart from each other and from the user's own settings).
pub const CONFIG_DIR_ENV: &str = "TAVLE_CONFIG_DIR";

/// The file named on the command line, if any.
pub struct StartupFile(pub Option<PathBuf>);

/// Where the app keeps its settings and the files it makes itself (the example).
#[derive(Debug, Clone)]
pub struct Dirs {
    pub config: PathBuf,
    pub data: PathBuf,
}

impl Dirs {
    /// `TAVLE_CONFIG_DIR` when set, otherwise the platform's folders for this app.
    pub fn resolve<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Dirs> {
        if let Some(dir) = std::env::var_os(CONFIG_DIR_ENV).filter(|d| !d.is_empty()) {
            let dir = PathBuf::from(dir);
            return Ok(Dirs {
                config: dir.clone(),
                data: dir,
            });
        }
        Ok(Dirs {
            config: app.path().app_config_dir()?,
            data: app.path().app_data_dir()?,
        })
    }
}

/// The app's state, shared by every command.
pub struct AppState {
    pub dirs: Dirs,
    /// The open `.tavle` file; `None` on the start screen.
    pub file: Mutex<Option<Store>>,
    pub settings: Mutex<Settings>,
    /// The last PDF this app wrote: the only file `open_pdf` will hand to the system.
    pub printed: Mutex<Option<PathBuf>>,
}

impl AppState {
    pub fn new(dirs: Dirs) -> AppState {
        let settings = Settings::load(&dirs.config);
        AppState {
            dirs,
            file: Mutex::new(None),
            settings: Mutex::new(settings),
            printed: Mutex::new(None),
        }
    }
}

/// Locks a mutex even if a panic poisoned it: the data inside stays usable, and a poisoned
/// lock must not lock the user out of the open file.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
