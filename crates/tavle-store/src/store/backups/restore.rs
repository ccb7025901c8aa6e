//! Putting a backup back into its file: the backup is checked first, the file as it is is
//! kept as a copy, and the content goes in through SQLite when it can (so an open window
//! notices) or replaces the file whole when SQLite cannot open it.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde::Serialize;

use super::{counts, open_backup, stem_of, take, STAMP_FORMAT};
use crate::store::{backup_dir, configure, file, io_error, write_flags};
use tavle_model::error::{Error, Result};

/// What `restore` did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Restored {
    /// Where the file as it was before the restore was copied (none when there was no file).
    pub kept_copy: Option<PathBuf>,
    pub boards: usize,
    pub rows: usize,
}

/// Puts the content of backup `from` (a path, or a name in the file's backup folder) back
/// into `file`, after keeping a copy of `file` as it
/// is (a normal backup when it is whole, `<stem>-<stamp>-skadet.tavle` when not). The backup
/// must be a whole Tavle file. The content is written through SQLite's backup API into the
/// file itself when SQLite can open it (one transaction: a window that has the file open
/// sees the change and reads it again); a file SQLite cannot open is replaced whole.
pub fn restore(file: &Path, from: &Path) -> Result<Restored> {
    // A bare name as `tavle backups` lists it is looked for in the file's backup folder.
    let in_folder = backup_dir(file).join(from);
    let from = if !from.exists() && from.components().count() == 1 && in_folder.exists() {
        in_folder.as_path()
    } else {
        from
    };
    let refuse = |why: String| {
        Error::invalid(tavle_model::msg!(
            "store-restore-refused",
            path = from.display().to_string(),
            why = why
        ))
    };
    file::check_header(from).map_err(|e| match e {
        Error::NotFound(_) => refuse(tavle_model::tr!("store-restore-missing")),
        other => refuse(other.to_string()),
    })?;
    let (boards, rows) = {
        let src = open_backup(from)?;
        file::check_database(&src, from).map_err(|e| refuse(e.to_string()))?;
        file::quick_check(&src).map_err(refuse)?;
        counts(&src)?
    };
    if std::path::absolute(file).ok() == std::path::absolute(from).ok() {
        return Err(refuse(tavle_model::tr!("store-restore-same-file")));
    }
    let kept_copy = if file.exists() {
        Some(keep_current(file)?)
    } else {
        None
    };
    let through_sqlite = file.exists()
        && file::check_header(file).is_ok()
        && Connection::open_with_flags(file, write_flags())
            .map_err(Error::from)
            .and_then(|mut conn| {
                configure(&conn)?;
                conn.restore(rusqlite::MAIN_DB, from, rusqlite::backup::NO_PROGRESS)?;
                Ok(())
            })
            .is_ok();
    if !through_sqlite {
        replace_whole(file, from, kept_copy.as_deref())?;
    }
    Ok(Restored {
        kept_copy,
        boards,
        rows,
    })
}

/// A copy of `file` as it is now, before a restore overwrites it.
fn keep_current(file: &Path) -> Result<PathBuf> {
    let whole = file::check_header(file).is_ok()
        && Connection::open_with_flags(file, write_flags()).is_ok_and(|conn| {
            configure(&conn).is_ok()
                && file::check_database(&conn, file).is_ok()
                && file::quick_check(&conn).is_ok()
        });
    if whole {
        let conn = Connection::open_with_flags(file, write_flags())?;
        configure(&conn)?;
        return take(&conn, file, true);
    }
    let dir = backup_dir(file);
    fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
    let stamp = chrono::Local::now().format(STAMP_FORMAT);
    let copy = dir.join(format!("{}-{stamp}-skadet.tavle", stem_of(file)));
    fs::copy(file, &copy).map_err(|e| io_error(&copy, e))?;
    Ok(copy)
}

/// Replaces `file` with a copy of `from`: written beside it, synced, then renamed over it,
/// and the folder synced. A journal (or WAL) left beside the old file belongs to the old
/// content and must not be played into the new one; it is never deleted either: it moves
/// beside the kept copy of the old file (`…-skadet.tavle-journal`), where SQLite can still
/// use it on that copy.
fn replace_whole(file: &Path, from: &Path, kept_copy: Option<&Path>) -> Result<()> {
    let bytes = fs::read(from).map_err(|e| io_error(from, e))?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "tavle".into());
    let temporary = file.with_file_name(format!(".{name}.{}.restore.tmp", std::process::id()));
    let written = fs::File::create(&temporary)
        .and_then(|mut f| f.write_all(&bytes).and_then(|()| f.sync_all()))
        .map_err(|e| io_error(&temporary, e));
    if let Err(e) = written {
        let _ = fs::remove_file(&temporary);
        return Err(e);
    }
    let keep_beside = match kept_copy {
        Some(copy) => copy.to_path_buf(),
        None => {
            let stamp = chrono::Local::now().format(STAMP_FORMAT);
            backup_dir(file).join(format!("{}-{stamp}-skadet.tavle", stem_of(file)))
        }
    };
    for suffix in ["-journal", "-wal", "-shm"] {
        let side = file::sidecar(file, suffix);
        if fs::symlink_metadata(&side).is_err() {
            continue;
        }
        let aside = file::sidecar(&keep_beside, suffix);
        let moved = keep_beside
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| fs::rename(&side, &aside));
        if let Err(e) = moved {
            let _ = fs::remove_file(&temporary);
            return Err(io_error(&side, e));
        }
        crate::output::sync_folder(&aside);
    }
    fs::rename(&temporary, file).map_err(|e| {
        let _ = fs::remove_file(&temporary);
        io_error(file, e)
    })?;
    crate::output::sync_folder(file);
    Ok(())
}
