//! What the running app holds: the open file, where its settings live, the last PDF printed.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard, OnceLock};

use tauri::{AppHandle, Manager, Runtime};
use tavle_store::store::Store;

use crate::settings::Settings;

/// Set this to keep the app's settings and example files in one folder (tests do, to stay
/// apart from each other and from the user's own settings).
pub const CONFIG_DIR_ENV: &str = "TAVLE_CONFIG_DIR";

/// The app's identifier before the packages (`no.tavle.app`; a name ending in `.app` clashes
/// with macOS bundles). It named the settings folder, so settings are brought over from it.
pub const OLD_IDENTIFIER: &str = "no.tavle.app";

/// The file named on the command line, if any.
pub struct StartupFile(pub Option<PathBuf>);

/// Where the app keeps its settings and the files it makes itself (the example).
#[derive(Debug, Clone)]
pub struct Dirs {
    pub config: PathBuf,
    pub data: PathBuf,
}

impl Dirs {
    /// The folder named by `TAVLE_CONFIG_DIR`, when set.
    pub fn from_env() -> Option<Dirs> {
        let dir = PathBuf::from(std::env::var_os(CONFIG_DIR_ENV).filter(|d| !d.is_empty())?);
        Some(Dirs {
            config: dir.clone(),
            data: dir,
        })
    }

    /// `TAVLE_CONFIG_DIR` when set, otherwise the platform's folders for this app.
    pub fn resolve<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Dirs> {
        if let Some(dirs) = Self::from_env() {
            return Ok(dirs);
        }
        let dirs = Dirs {
            config: app.path().app_config_dir()?,
            data: app.path().app_data_dir()?,
        };
        if let Ok(base) = app.path().config_dir() {
            Settings::migrate(&base.join(OLD_IDENTIFIER), &dirs.config);
        }
        Ok(dirs)
    }
}

/// The app's state, shared by every command.
#[derive(Default)]
pub struct AppState {
    /// Set once at start: from the environment at once, else from the platform in `setup`.
    dirs: OnceLock<Dirs>,
    /// The open `.tavle` file; `None` on the start screen.
    pub file: Mutex<Option<Store>>,
    pub settings: Mutex<Settings>,
    /// The last PDF this app wrote: the only file `open_pdf` will hand to the system.
    pub printed: Mutex<Option<PathBuf>>,
    /// While a backup is open to look at: the file it is a backup of.
    pub backup_of: Mutex<Option<PathBuf>>,
    /// When the window was asked to close and the screen is saving what is pending first.
    pub close_asked: Mutex<Option<std::time::Instant>>,
    /// Second launches waiting for the page (see `launch`).
    pub launches: Mutex<Vec<crate::launch::Request>>,
}

impl AppState {
    /// The language the user chose for the app (Målform).
    pub fn lang(&self) -> tavle_model::lang::Lang {
        lock(&self.settings).lang
    }

    /// Sets the folders (the first call wins) and reads the settings kept there.
    pub fn init(&self, dirs: Dirs) {
        if self.dirs.set(dirs).is_ok() {
            *lock(&self.settings) = Settings::load(&self.dirs().config);
        }
    }

    /// The app's folders; a temporary folder if start-up could not tell (settings then
    /// last one run only, which is better than refusing to work).
    pub fn dirs(&self) -> &Dirs {
        self.dirs.get_or_init(|| {
            let dir = std::env::temp_dir().join("tavle");
            Dirs {
                config: dir.clone(),
                data: dir,
            }
        })
    }
}

/// Locks a mutex even if a panic poisoned it: the data inside stays usable, and a poisoned
/// lock must not lock the user out of the open file.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
