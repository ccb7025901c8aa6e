//! Reading the shared folder for the roll-up: every `.tavle` file in it and in its
//! subfolders one level down (a folder per sector) opened with
//! [`Store::open_snapshot`] (read-only, no backups, nothing left beside the files), each
//! checked with SQLite's `quick_check`, every board loaded. A file that cannot be read is
//! a [`Skipped`] with its reason; the rest is still read.

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};

use tavle_model::error::{Error, Result};
use tavle_model::lang::Lang;
use tavle_rollup::{roll_up, Loaded, LoadedBoard, Rollup, Skipped};
use tavle_store::store::{sidecars, Store};

/// The folder name Tavle keeps its backups in beside a file; never read as a sector.
const BACKUPS_FOLDER: &str = "backups";

/// The `.tavle` files in `dir` (with "" as their folder) and in its subfolders one level
/// down (a folder per sector, named after it), by name. Never deeper, never `backups`, and
/// hidden files and folders are left out (a snapshot being written is a hidden temporary).
fn tavle_files_by_folder(dir: &Path) -> std::io::Result<Vec<(PathBuf, String)>> {
    let mut found: Vec<(PathBuf, String)> = tavle_files(dir)?
        .into_iter()
        .map(|p| (p, String::new()))
        .collect();
    let mut subfolders: Vec<(PathBuf, String)> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let skip = name.starts_with('.') || name.eq_ignore_ascii_case(BACKUPS_FOLDER);
            (!skip).then(|| (e.path(), name))
        })
        .collect();
    subfolders.sort();
    for (sub, name) in subfolders {
        // A subfolder that cannot be listed is left out quietly: it may be someone's own.
        if let Ok(files) = tavle_files(&sub) {
            found.extend(files.into_iter().map(|p| (p, name.clone())));
        }
    }
    Ok(found)
}

/// The `.tavle` files in `dir` itself, by name. Hidden files are left out.
fn tavle_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file() || t.is_symlink()))
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
            name.is_some_and(|n| !n.starts_with('.') && n.to_lowercase().ends_with(".tavle"))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// Why a file could not be read, said for the "Hoppet over" list.
fn reason(e: &Error) -> String {
    match e {
        Error::NotATavleFile { detail, .. } => {
            if tavle_store::store::detail_is_foreign(detail) {
                tavle_model::tr!("rollup-reason-not-tavle", detail = detail.as_str())
            } else {
                tavle_model::tr!("rollup-reason-damaged", detail = detail.as_str())
            }
        }
        Error::Damaged { detail, .. } => {
            tavle_model::tr!("rollup-reason-damaged", detail = detail.as_str())
        }
        Error::TooNew {
            found, supported, ..
        } => tavle_model::tr!(
            "rollup-reason-too-new",
            found = found.to_string(),
            supported = supported.to_string()
        ),
        Error::NotFound(_) => tavle_model::tr!("rollup-reason-missing"),
        Error::Database(e) | Error::DatabaseRead(e) => {
            tavle_model::tr!("rollup-reason-sqlite", error = e.to_string())
        }
        other => other.to_string(),
    }
}

fn modified(path: &Path) -> Option<NaiveDateTime> {
    let newest = [path.to_path_buf(), sidecars(path)[0].clone()]
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok()?.modified().ok())
        .max()?;
    Some(chrono::DateTime::<chrono::Local>::from(newest).naive_local())
}

/// Every board of one file, or why not.
fn read_file(path: &Path, folder: &str) -> Result<Vec<LoadedBoard>, String> {
    let store = Store::open_snapshot(path).map_err(|e| reason(&e))?;
    store.quick_check().map_err(|e| reason(&e))?;
    let last_changed = modified(path);
    let summaries = store.list_boards().map_err(|e| reason(&e))?;
    if summaries.is_empty() {
        return Err(tavle_model::tr!("rollup-reason-no-boards"));
    }
    summaries
        .iter()
        .map(|s| {
            let stored = store.load_board(s.id).map_err(|e| reason(&e))?;
            Ok(LoadedBoard {
                file: path.to_path_buf(),
                id: s.id,
                board: stored.board,
                last_changed,
                folder: folder.to_string(),
            })
        })
        .collect()
}

/// Reads every `.tavle` file in the folders and every file named in `inputs`, a few at a
/// time in parallel. Never writes to any of them.
pub fn read_boards(inputs: &[PathBuf]) -> Loaded {
    let mut loaded = Loaded::default();
    let mut files = Vec::new();
    for input in inputs {
        match std::fs::metadata(input) {
            Ok(m) if m.is_dir() => match tavle_files_by_folder(input) {
                Ok(found) => files.extend(found),
                Err(e) => loaded.skipped.push(Skipped {
                    file: input.clone(),
                    reason: tavle_model::tr!("rollup-reason-folder", error = e.to_string()),
                }),
            },
            Ok(_) => files.push((input.clone(), String::new())),
            Err(_) => loaded.skipped.push(Skipped {
                file: input.clone(),
                reason: tavle_model::tr!("rollup-reason-missing"),
            }),
        }
    }
    files.dedup_by(|a, b| a.0 == b.0);
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 4)
        .min(files.len().max(1));
    let chunk = files.len().div_ceil(workers).max(1);
    // The workers say why a file was skipped in this thread's language (an app command's).
    let lang = Lang::current();
    let results: Vec<(PathBuf, Result<Vec<LoadedBoard>, String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    tavle_model::lang::with(lang, || {
                        part.iter()
                            .map(|(p, folder)| (p.clone(), read_file(p, folder)))
                            .collect::<Vec<_>>()
                    })
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    for (file, result) in results {
        match result {
            Ok(boards) => loaded.boards.extend(boards),
            Err(reason) => loaded.skipped.push(Skipped { file, reason }),
        }
    }
    loaded
}

/// Reads `inputs` (folders of `.tavle` files, or files) and builds the overview of `year`.
/// Fails only when nothing at all could be read; the message then lists what was skipped.
pub fn overview(inputs: &[PathBuf], year: Option<i32>, today: NaiveDate) -> Result<Rollup> {
    Ok(roll_up(read_some(inputs)?, year, today))
}

/// [`read_boards`], failing (with what was skipped, and why) when not one board was read.
pub fn read_some(inputs: &[PathBuf]) -> Result<Loaded> {
    let loaded = read_boards(inputs);
    if loaded.boards.is_empty() {
        let places: Vec<String> = inputs
            .iter()
            .map(|p| format!("«{}»", p.display()))
            .collect();
        // The code is the main sentence's; the list of what was skipped follows it.
        let mut list = String::new();
        if !loaded.skipped.is_empty() {
            list.push('\n');
            list.push_str(&tavle_model::tr!("rollup-skipped-list"));
            for s in &loaded.skipped {
                list.push_str(&format!("\n  {}: {}", s.file.display(), s.reason));
            }
        }
        let message = tavle_model::msg!("rollup-nothing-read", places = places.join(", "));
        return Err(Error::invalid(message.followed_by(&list)));
    }
    Ok(loaded)
}
