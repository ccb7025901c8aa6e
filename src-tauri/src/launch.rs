//! How Tavle is started: `tavle-app [FILE]`, where FILE is a path or a `file://` URL (file
//! managers pass either through the desktop entry's `%F`), plus `--version` and `--help`.
//!
//! A second launch never opens a second window: the single-instance plugin hands its
//! command line to the running app ([`second_launch`]), which brings its window to the
//! front and queues what was asked for. The page takes the queue with
//! [`take_launch_requests`]: a file already open is only shown, another file is opened
//! (after the page has asked about unsaved input).

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use tavle_model::lang::Lang;
use tavle_model::{Error, Result};

use crate::settings::Settings;
use crate::state::{lock, AppState, Dirs};

/// The event that tells the page a second launch is waiting in the queue.
pub const LAUNCH_EVENT: &str = "tavle://ny-start";

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Launch {
    /// `--version`: print the version and stop.
    Version,
    /// `--help`: print the usage and stop.
    Help,
    /// Start (or come to the front), with this file if one was named.
    Open(Option<PathBuf>),
    /// `--vegg FIL [--interval SEKUNDER]`: the file on the wall, read-only, full screen.
    Wall(crate::wall::WallStart),
}

/// `tavle-app --help`, in `lang`.
pub fn usage(lang: Lang) -> String {
    lang.text("core-app-usage")
}

/// The language of what the app says before its window exists (`--help`, a command line
/// it cannot use): the one in the app's settings when they can be read (`TAVLE_CONFIG_DIR`,
/// else the platform's settings folder for `identifier`), else the environment's
/// ([`Lang::from_env`]).
pub fn startup_lang(identifier: &str) -> Lang {
    let dir = Dirs::from_env()
        .map(|d| d.config)
        .or_else(|| platform_config_dir().map(|d| d.join(identifier)));
    dir.and_then(|d| settings_lang(&d))
        .unwrap_or_else(Lang::from_env)
}

/// The language of the settings kept in `dir`, when there are settings there to read.
fn settings_lang(dir: &Path) -> Option<Lang> {
    let text = std::fs::read_to_string(Settings::file(dir)).ok()?;
    serde_json::from_str::<Settings>(&text).ok().map(|s| s.lang)
}

/// The platform's folder for settings, as Tauri finds it once the app runs (its
/// `app_config_dir` is this joined with the identifier).
fn platform_config_dir() -> Option<PathBuf> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if cfg!(target_os = "windows") {
        var("APPDATA")
    } else if cfg!(target_os = "macos") {
        var("HOME").map(|h| h.join("Library/Application Support"))
    } else {
        var("XDG_CONFIG_HOME")
            .filter(|d| d.is_absolute())
            .or_else(|| var("HOME").map(|h| h.join(".config")))
    }
}

/// The first line of `tavle-app --version` (and the version in Om Tavle).
pub fn version_line() -> String {
    format!("Tavle {}", env!("CARGO_PKG_VERSION"))
}

/// Reads a command line (`args[0]` is the program). Relative paths are taken from `cwd`,
/// the folder the launch came from. Options other than `--version` and `--help` are ignored
/// (desktops and launchers sometimes add their own); after `--` everything is a file. Only
/// the first file counts: Tavle shows one file at a time.
pub fn parse(args: &[OsString], cwd: &Path) -> Result<Launch> {
    let mut file = None;
    let mut options = true;
    let mut wall = false;
    let mut interval = None;
    let mut args = args.iter().skip(1);
    while let Some(arg) = args.next() {
        if options && arg == "--" {
            options = false;
        } else if options && (arg == "--version" || arg == "-V") {
            return Ok(Launch::Version);
        } else if options && (arg == "--help" || arg == "-h") {
            return Ok(Launch::Help);
        } else if options && arg == "--vegg" {
            wall = true;
        } else if options && arg == "--interval" {
            let value = args.next().map(|v| v.to_string_lossy().into_owned());
            interval = Some(crate::wall::parse_interval(value.as_deref().unwrap_or(""))?);
        } else if options && arg.to_string_lossy().starts_with('-') {
            continue;
        } else if file.is_none() {
            file = Some(file_argument(arg, cwd)?);
        }
    }
    if wall || interval.is_some() {
        // Without a file (the menu entry «Tavle (vegg)»), the wall asks for one.
        return Ok(Launch::Wall(crate::wall::WallStart::new(
            file,
            interval.unwrap_or(crate::wall::DEFAULT_INTERVAL),
            false,
        )));
    }
    Ok(Launch::Open(file))
}

/// A file named on the command line: a `file://` URL (percent-encoded, as file managers
/// write æ, ø, å and spaces) or a path, made absolute against `cwd`.
pub fn file_argument(arg: &OsStr, cwd: &Path) -> Result<PathBuf> {
    let text = arg.to_string_lossy();
    let path = if has_scheme(&text) {
        let url = url::Url::parse(&text).map_err(|_| not_a_file(&text))?;
        if url.scheme() != "file" {
            return Err(not_a_file(&text));
        }
        url.to_file_path().map_err(|()| not_a_file(&text))?
    } else {
        PathBuf::from(arg)
    };
    Ok(if path.is_absolute() {
        path
    } else {
        cwd.join(path)
    })
}

/// `scheme:` in front, as in `file:///…` (a Windows path such as `C:\x` is not a URL).
fn has_scheme(text: &str) -> bool {
    match text.split_once(':') {
        Some((scheme, _)) => {
            scheme.len() > 1
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

fn not_a_file(text: &str) -> Error {
    Error::invalid(tavle_model::msg!("core-app-not-local", text = text))
}

/// Whether `a` and `b` name the same file (through links and `..`, when both exist).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// A second launch, waiting for the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Come to the front (no file named, or `--version` sent to the running app).
    Front,
    Open(PathBuf),
    /// The command line could not be used; the message says why.
    Refused(String),
}

/// A second launch as the page sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LaunchRequest {
    /// The file named is the one on screen: nothing to open.
    AlreadyOpen {
        name: String,
    },
    /// Open this file (the page asks first if there is unsaved input).
    Open {
        path: String,
        name: String,
    },
    Refused {
        message: String,
    },
}

/// Called by the single-instance plugin in the running app with the command line and
/// folder of a second launch: brings the window to the front and queues the request.
pub fn second_launch<R: Runtime>(app: &AppHandle<R>, argv: Vec<String>, cwd: String) {
    let args: Vec<OsString> = argv.into_iter().map(OsString::from).collect();
    // Not a command: the refusal is worded in the language of the settings here.
    let lang = app.state::<AppState>().lang();
    let request = tavle_model::lang::with(lang, || match parse(&args, Path::new(&cwd)) {
        Ok(Launch::Open(Some(path))) => Request::Open(path),
        Ok(_) => Request::Front,
        Err(err) => Request::Refused(err.to_string()),
    });
    if let Some(window) = app.get_webview_window("main") {
        // Each step is best effort: a window that cannot be raised is still there.
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
    if request != Request::Front {
        lock(&app.state::<AppState>().launches).push(request);
        let _ = app.emit(LAUNCH_EVENT, ());
    }
}

/// What second launches asked for since the last call, oldest first. A file that is
/// already the open one comes back as `already_open`, since it needs no opening.
#[tauri::command]
pub fn take_launch_requests(state: State<'_, AppState>) -> Vec<LaunchRequest> {
    let requests = std::mem::take(&mut *lock(&state.launches));
    let open = lock(&state.file).as_ref().map(|s| s.path().to_path_buf());
    requests
        .into_iter()
        .filter_map(|r| match r {
            Request::Front => None,
            Request::Open(path) => {
                let name = crate::commands::file_name(&path);
                Some(match &open {
                    Some(open) if same_file(open, &path) => LaunchRequest::AlreadyOpen { name },
                    _ => LaunchRequest::Open {
                        path: path.display().to_string(),
                        name,
                    },
                })
            }
            Request::Refused(message) => Some(LaunchRequest::Refused { message }),
        })
        .collect()
}

/// Opens the file a second launch named, as the first launch would: a file that does not
/// exist yet is made.
#[tauri::command]
pub fn open_launched_file<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: PathBuf,
) -> Result<crate::commands::FileInfo> {
    let store = tavle_store::store::Store::open_or_create(&path)?;
    crate::commands::adopt(&app, &state, store)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        std::iter::once("tavle-app")
            .chain(list.iter().copied())
            .map(OsString::from)
            .collect()
    }

    fn open(list: &[&str]) -> Option<PathBuf> {
        match parse(&args(list), Path::new("/home/leder")).unwrap() {
            Launch::Open(file) => file,
            other => panic!("ventet Open, fikk {other:?}"),
        }
    }

    #[test]
    fn vegg_starts_the_wall_on_a_file_with_its_interval_or_asks_for_a_file() {
        let cwd = Path::new("/home/leder");
        match parse(
            &args(&["--vegg", "delt/Enhet 2026.tavle", "--interval", "30"]),
            cwd,
        )
        .unwrap()
        {
            Launch::Wall(start) => {
                assert_eq!(
                    start.path,
                    Some(PathBuf::from("/home/leder/delt/Enhet 2026.tavle"))
                );
                assert_eq!((start.interval, start.from_app), (30, false));
            }
            other => panic!("ventet Wall, fikk {other:?}"),
        }
        match parse(&args(&["--vegg"]), cwd).unwrap() {
            Launch::Wall(start) => {
                assert_eq!(start.path, None);
                assert_eq!(start.interval, crate::wall::DEFAULT_INTERVAL);
            }
            other => panic!("ventet Wall, fikk {other:?}"),
        }
        for bad in ["0", "2", "tjue", "99999"] {
            let err = parse(&args(&["--vegg", "a.tavle", "--interval", bad]), cwd).unwrap_err();
            assert_eq!(err.exit_code(), 2);
            assert!(err.to_string().contains("--interval 20"), "{err}");
        }
    }

    #[test]
    fn no_argument_starts_without_a_file() {
        assert_eq!(open(&[]), None);
    }

    #[test]
    fn a_path_is_kept_and_a_relative_one_is_taken_from_the_launch_folder() {
        assert_eq!(
            open(&["/srv/enhet.tavle"]),
            Some(PathBuf::from("/srv/enhet.tavle"))
        );
        assert_eq!(
            open(&["tavler/enhet.tavle"]),
            Some(PathBuf::from("/home/leder/tavler/enhet.tavle"))
        );
    }

    #[test]
    fn a_file_url_from_the_file_manager_becomes_its_path_with_spaces_and_norwegian_letters() {
        assert_eq!(
            open(&["file:///home/leder/Dokumenter/S%C3%B8r%20%C3%A6%C3%B8%C3%A5.tavle"]),
            Some(PathBuf::from("/home/leder/Dokumenter/Sør æøå.tavle"))
        );
        assert_eq!(
            open(&["file://localhost/srv/enhet.tavle"]),
            Some(PathBuf::from("/srv/enhet.tavle"))
        );
    }

    #[test]
    fn a_url_that_is_not_a_local_file_is_refused_in_norwegian() {
        for url in [
            "https://example.no/enhet.tavle",
            "file://server/del/enhet.tavle",
        ] {
            let err = parse(&args(&[url]), Path::new("/")).unwrap_err();
            assert!(err.to_string().contains("bare åpne filer"), "{err}");
        }
    }

    #[test]
    fn help_and_refusals_come_in_the_language_asked_for() {
        assert!(usage(Lang::Nb).starts_with(
            "Bruk: tavle-app [FIL.tavle]\n      tavle-app --vegg FIL.tavle [--interval SEKUNDER]\n\nStarter Tavle."
        ));
        assert!(usage(Lang::Nb).contains("--vegg      vis tavla på veggen"));
        assert!(usage(Lang::Nb).ends_with("  --help      vis denne hjelpen"));
        let nn = usage(Lang::Nn);
        assert!(
            nn.contains("Startar Tavle. Med ei fil blir ho opna"),
            "{nn}"
        );
        assert!(nn.ends_with("  --help      vis denne hjelpa"), "{nn}");
        let err = tavle_model::lang::with(Lang::Nn, || {
            parse(&args(&["https://example.no/enhet.tavle"]), Path::new("/")).unwrap_err()
        });
        assert!(
            err.to_string()
                .starts_with("Tavle kan berre opne filer på denne maskina, ikkje «https:"),
            "{err}"
        );
    }

    #[test]
    fn before_the_window_the_language_is_read_from_the_settings_when_there_are_some() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(settings_lang(dir.path()), None);
        let settings = Settings {
            lang: Lang::Nn,
            ..Settings::default()
        };
        settings.save(dir.path()).unwrap();
        assert_eq!(settings_lang(dir.path()), Some(Lang::Nn));
    }

    #[test]
    fn a_path_with_a_colon_is_a_path_not_a_url() {
        assert_eq!(
            open(&["/srv/møte 10:30.tavle"]),
            Some(PathBuf::from("/srv/møte 10:30.tavle"))
        );
        assert_eq!(
            open(&["møte:2025.tavle"]),
            Some(PathBuf::from("/home/leder/møte:2025.tavle"))
        );
    }

    #[test]
    fn version_and_help_win_and_unknown_options_are_ignored() {
        assert_eq!(
            parse(&args(&["x.tavle", "--version"]), Path::new("/")).unwrap(),
            Launch::Version
        );
        assert_eq!(parse(&args(&["-h"]), Path::new("/")).unwrap(), Launch::Help);
        assert_eq!(
            open(&["--noe-annet", "/a.tavle", "/b.tavle"]),
            Some(PathBuf::from("/a.tavle"))
        );
        assert_eq!(
            open(&["--", "--version"]),
            Some(PathBuf::from("/home/leder/--version"))
        );
    }

    #[test]
    fn the_same_file_is_recognised_through_another_spelling_of_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("enhet.tavle");
        std::fs::write(&file, b"x").unwrap();
        let other = dir.path().join("sub/../enhet.tavle");
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        assert!(same_file(&file, &other));
        assert!(!same_file(&file, &dir.path().join("annen.tavle")));
    }
}
