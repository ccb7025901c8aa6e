//! What several commands share: opening a `.tavle` file that must exist, refusing an `-o`
//! that would destroy something, and writing to standard output.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use tavle::store::Store;
use tavle::{msg, tr, Error, Result};

/// Opens a `.tavle` file that must exist: a command that only reads, or one that changes a
/// row or board that would not be there in a new file, never creates one by mistake.
pub(crate) fn open_existing(path: &Path, write: bool) -> Result<Store> {
    if !path.exists() {
        return Err(Error::NotFound(msg!(
            "cli-file-not-found",
            file = path.display().to_string()
        )));
    }
    let store = if write {
        Store::open(path)?
    } else {
        Store::open_read_only(path)?
    };
    warn(&store);
    Ok(store)
}

/// What the open did not stop for (a backup that could not be written) goes to stderr.
pub(crate) fn warn(store: &Store) {
    for warning in store.warnings() {
        eprintln!("{}", tr!("cli-warning", warning = warning.as_str()));
    }
}

/// `tavle import TAVLE.json FIL.tavle`: the two arguments the wrong way round. Said before
/// anything is opened, so no database is made under the exchange file's name.
pub(crate) fn refuse_swapped_import(file: &Path, board_json: &Path) -> Result<()> {
    let ext = |p: &Path| {
        p.extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default()
    };
    let file_looks_like_input =
        matches!(ext(file).as_str(), "json" | "csv" | "xlsx" | "xls" | "ods");
    let input_looks_like_tavle = ext(board_json) == "tavle";
    if file_looks_like_input || input_looks_like_tavle {
        return Err(Error::invalid(msg!(
            "cli-import-swapped",
            board_file = board_json.display().to_string(),
            file = file.display().to_string()
        )));
    }
    Ok(())
}

/// `-o` naming a folder: said plainly, with what to write instead.
pub(crate) fn refuse_directory(out: &Path, example: &str) -> Result<()> {
    if out.is_dir() {
        return Err(Error::invalid(msg!(
            "cli-out-is-folder",
            out = out.display().to_string(),
            example = out.join(example).display().to_string()
        )));
    }
    Ok(())
}

/// `-o` naming the `.tavle` file itself would replace the whole database with an export.
pub(crate) fn refuse_overwriting(file: &Path, out: &Path) -> Result<()> {
    if tavle::output::same_file(file, out) {
        return Err(Error::invalid(msg!(
            "cli-out-is-board-file",
            out = out.display().to_string()
        )));
    }
    Ok(())
}

/// Opens the board file (JSON) `tavle import` reads; one that is not there is said plainly.
pub(crate) fn open_input(path: &Path) -> Result<std::fs::File> {
    std::fs::File::open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::NotFound(msg!(
                "cli-board-file-not-found",
                file = path.display().to_string()
            ))
        } else {
            Error::Io {
                path: path.to_path_buf(),
                source: e,
            }
        }
    })
}

pub(crate) fn emit(text: &str) -> Result<()> {
    emit_bytes(text.as_bytes())
}

/// Writes to standard output; a reader that stops early (`tavle show … | head`) is fine.
pub(crate) fn emit_bytes(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::Io {
            path: PathBuf::from(tr!("cli-stdout")),
            source: e,
        }),
        _ => Ok(()),
    }
}
