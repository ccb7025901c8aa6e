//! Snapshots: a single-file copy of one board for a shared folder, and opening such a file
//! (or any `.tavle` file) strictly read-only for the roll-up.
//!
//! A snapshot is written in rollback-journal mode (never WAL): SQLite's WAL needs shared
//! memory on one host and is unsafe on network file systems, and a reader of a snapshot
//! must never need a `-wal` or `-shm` file beside it.
//!
//! Opening for the roll-up never writes anything: no backup, no migration in the file, no
//! `-wal`, `-shm` or `-journal` left behind, and it works while another Tavle holds the file
//! open (the other process's WAL is read through its own `-shm`).

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::{board_not_found, file, migrated_copy, Store, BUSY_TIMEOUT};
use tavle_model::error::{Error, Result};
use tavle_model::model::BoardId;

/// `file:` URI for `path` with its query, every byte outside the safe set percent-encoded
/// (so `?`, `#` and `%` in a folder name cannot end the path early).
fn file_uri(path: &Path, query: &str) -> Result<String> {
    let absolute = std::path::absolute(path).map_err(|e| super::io_error(path, e))?;
    let text = absolute.to_string_lossy().replace('\\', "/");
    let mut uri = String::from("file:");
    if !text.starts_with('/') {
        // A Windows path (C:/…) becomes file:///C:/….
        uri.push_str("///");
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~:".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push('?');
    uri.push_str(query);
    Ok(uri)
}

/// Bytes 18–19 of the header: 2 means the file is in WAL mode.
fn is_wal_mode(path: &Path) -> Result<bool> {
    use std::io::Read;
    let mut head = [0u8; 20];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .map_err(|e| super::io_error(path, e))?;
    Ok(head[18] == 2 || head[19] == 2)
}

impl Store {
    /// Opens a file only to read it, for the roll-up: the same checks as [`Store::open`]
    /// (foreign, damaged and too-new files are refused), but never writes, never takes a
    /// backup and never leaves a `-wal`, `-shm` or `-journal` file. An older file is
    /// migrated in memory. Every write on the returned store is refused.
    ///
    /// How it opens: a rollback-journal file (every snapshot) with `mode=ro`, taking only
    /// SQLite's shared read lock, so a publisher renaming a new snapshot over it or a writer
    /// committing cannot give it half a file. A WAL file that another process holds open
    /// (its `-wal` and `-shm` exist) also with `mode=ro`, which reads that process's latest
    /// commits through the existing `-shm`. A WAL file nobody holds open with
    /// `immutable=1`: everything is in the main file, and without it SQLite would create
    /// a `-shm` that a read-only connection can never remove.
    pub fn open_snapshot(path: &Path) -> Result<Store> {
        only_regular_files(path)?;
        file::check_header(path)?;
        if file::has_hot_journal(path) {
            return Store::open_snapshot_rolled_back(path);
        }
        let held_open =
            file::sidecar(path, "-wal").exists() && file::sidecar(path, "-shm").exists();
        let query = if is_wal_mode(path)? && !held_open {
            "mode=ro&immutable=1"
        } else {
            "mode=ro"
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let file_conn = Connection::open_with_flags(file_uri(path, query)?, flags)?;
        file::harden(&file_conn)?;
        file_conn.busy_timeout(BUSY_TIMEOUT)?;
        let version = file::check_database(&file_conn, path)?;
        let mut conn = migrated_copy(file_conn, version)?;
        conn.pragma_update(None, "query_only", true)?;
        bound_work(&mut conn)?;
        Store::wrap(conn, path, true)
    }

    /// A file with a hot journal beside it (a write to it was cut off): the roll-up may not
    /// roll it back in place (it never writes), so the file and its journal are copied into
    /// a private folder, SQLite rolls the copy back there, and the result is read into
    /// memory. What HR sees is the file as it was before the cut-off write, as Tavle itself
    /// would see it. The journal is copied first: a writer still busy with the file changes
    /// the file only after its journal holds the way back.
    fn open_snapshot_rolled_back(path: &Path) -> Result<Store> {
        let private = tempfile::tempdir().map_err(|e| super::io_error(path, e))?;
        let copy = private.path().join("snapshot.tavle");
        let journal = file::sidecar(path, "-journal");
        std::fs::copy(&journal, file::sidecar(&copy, "-journal"))
            .and_then(|_| std::fs::copy(path, &copy))
            .map_err(|e| super::io_error(path, e))?;
        let file_conn = Connection::open_with_flags(
            &copy,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        file::harden(&file_conn)?;
        let version = file::check_database(&file_conn, path)?;
        let mut memory = Connection::open_in_memory()?;
        rusqlite::backup::Backup::new(&file_conn, &mut memory)?.run_to_completion(
            1000,
            std::time::Duration::ZERO,
            None,
        )?;
        drop(file_conn);
        let mut conn = migrated_copy(memory, version)?;
        conn.pragma_update(None, "query_only", true)?;
        bound_work(&mut conn)?;
        Store::wrap(conn, path, true)
    }

    /// SQLite's `quick_check`: a file whose pages are damaged is [`Error::NotATavleFile`].
    pub fn quick_check(&self) -> Result<()> {
        file::quick_check(&self.conn).map_err(|detail| Error::NotATavleFile {
            path: self.path.clone(),
            detail,
        })
    }

    /// Writes a single-file copy of board `id` alone to `target` (a new file, which must
    /// not exist): SQLite's online backup (consistent even while this file is being
    /// written), then the other boards removed and the file rebuilt with `VACUUM` so
    /// nothing of them is left in free pages, in rollback-journal mode, and synced to disk.
    /// On failure `target` is removed.
    pub fn write_snapshot(&self, id: BoardId, target: &Path) -> Result<()> {
        super::board::year_of(&self.conn, id)?;
        let result = (|| -> Result<()> {
            self.conn
                .backup("main", target, rusqlite::backup::NO_PROGRESS)?;
            let conn = Connection::open_with_flags(
                target,
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            file::harden(&conn)?;
            let _mode: String =
                conn.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get(0))?;
            conn.pragma_update(None, "foreign_keys", true)?;
            let removed = conn.execute("DELETE FROM board WHERE id <> ?1", [id.0])?;
            let left: i64 = conn.query_row("SELECT count(*) FROM board", [], |r| r.get(0))?;
            if left != 1 {
                return Err(board_not_found(id));
            }
            if removed > 0 {
                conn.execute_batch("VACUUM")?;
            }
            drop(conn);
            std::fs::File::open(target)
                .and_then(|f| f.sync_all())
                .map_err(|e| super::io_error(target, e))
        })();
        if result.is_err() {
            for leftover in [
                target.to_path_buf(),
                file::sidecar(target, "-journal"),
                file::sidecar(target, "-wal"),
                file::sidecar(target, "-shm"),
            ] {
                let _ = std::fs::remove_file(leftover);
            }
        }
        result
    }
}

/// The most a read of one snapshot may take before it is stopped: a real board reads in
/// milliseconds; a file made to make SQLite work forever must not stall HR's roll-up.
const READ_BUDGET: std::time::Duration = std::time::Duration::from_secs(5);

/// Stops any statement on `conn` once [`READ_BUDGET`] has passed since the store was
/// opened (SQLite calls the handler every few thousand steps of its program).
fn bound_work(conn: &mut Connection) -> Result<()> {
    let started = std::time::Instant::now();
    conn.progress_handler(10_000, Some(move || started.elapsed() > READ_BUDGET))?;
    Ok(())
}

/// Refuses a path, or a journal or WAL beside it, that is not a regular file: SQLite opens
/// its side files by name, and a FIFO called `X.tavle-journal` would block the reader
/// forever. Links are followed; one that goes nowhere or round in a loop is refused too.
fn only_regular_files(path: &Path) -> Result<()> {
    let refuse = |p: &Path, detail: String| Error::NotATavleFile {
        path: p.to_path_buf(),
        detail,
    };
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => return Err(refuse(path, tavle_model::tr!("store-detail-folder"))),
        Ok(m) if !m.is_file() => {
            return Err(refuse(path, tavle_model::tr!("store-detail-not-a-file")))
        }
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::NotFound(tavle_model::msg!(
                "store-file-not-found",
                path = path.display().to_string()
            )))
        }
        Err(e) => return Err(super::io_error(path, e)),
    }
    for side in sidecars(path) {
        match std::fs::metadata(&side) {
            Ok(m) if !m.is_file() => {
                let name = side
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                return Err(refuse(
                    path,
                    tavle_model::tr!("store-detail-side-not-a-file", name = name),
                ));
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(super::io_error(&side, e)),
        }
    }
    Ok(())
}

/// The files beside `path` that SQLite may make (for tests and the roll-up's promise).
pub fn sidecars(path: &Path) -> [PathBuf; 3] {
    [
        file::sidecar(path, "-wal"),
        file::sidecar(path, "-shm"),
        file::sidecar(path, "-journal"),
    ]
}

#[cfg(test)]
mod tests {
    use super::file_uri;
    use std::path::Path;

    #[test]
    fn a_uri_keeps_question_marks_and_hashes_in_the_path() {
        let uri = file_uri(Path::new("/delt/HR?#%/Enhet æ.tavle"), "mode=ro").unwrap();
        assert_eq!(uri, "file:/delt/HR%3F%23%25/Enhet%20%C3%A6.tavle?mode=ro");
    }
}
