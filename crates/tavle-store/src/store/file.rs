//! Checks a file before SQLite may write to it, and notices it vanishing while open.
//!
//! SQLite happily opens anything: a 0-byte file becomes an empty database, and opening for
//! writing can switch journal modes or replay journals. So the first 100 bytes (the SQLite
//! header) are read by hand and judged first; only a file that looks like ours, of a version
//! we understand and not shorter than its header says, is handed to SQLite.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, ErrorCode};

use super::{backups, io_error, APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION};
use tavle_model::error::{Error, Result};

const MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// `path` with `suffix` added to its file name (`x.tavle-wal`).
pub(super) fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn not_tavle(path: &Path, detail: impl Into<String>) -> Error {
    Error::NotATavleFile {
        path: path.to_path_buf(),
        detail: detail.into(),
    }
}

fn too_new(path: &Path, found: i64) -> Error {
    Error::TooNew {
        path: path.to_path_buf(),
        found,
        supported: SCHEMA_VERSION,
    }
}

fn be_u32(bytes: &[u8; 100], at: usize) -> u32 {
    u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

/// Judges the file by its header without letting SQLite near it. Reads only.
pub(super) fn check_header(path: &Path) -> Result<()> {
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::NotFound(tavle_model::msg!(
                "store-file-not-found",
                path = path.display().to_string()
            )))
        }
        Err(e) => return Err(io_error(path, e)),
    };
    if meta.is_dir() {
        return Err(not_tavle(path, tavle_model::tr!("store-detail-folder")));
    }
    let len = meta.len();
    if len == 0 {
        return Err(not_tavle(path, tavle_model::tr!("store-detail-empty")));
    }
    if len < 100 {
        return Err(not_tavle(path, tavle_model::tr!("store-detail-too-short")));
    }
    let mut head = [0u8; 100];
    fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .map_err(|e| io_error(path, e))?;
    if &head[..16] != MAGIC {
        return Err(not_tavle(path, tavle_model::tr!("store-detail-not-sqlite")));
    }
    let application_id = be_u32(&head, 68) as i32;
    if application_id != APPLICATION_ID {
        return Err(not_tavle(path, tavle_model::tr!("store-detail-foreign")));
    }
    let version = i64::from(be_u32(&head, 60) as i32);
    if version > SCHEMA_VERSION {
        return Err(too_new(path, version));
    }
    if version < 0 {
        return Err(not_tavle(
            path,
            tavle_model::tr!("store-detail-bad-version"),
        ));
    }
    // Page size: a power of two from 512 to 32768, or 1 meaning 65536.
    let page_size = match u16::from_be_bytes([head[16], head[17]]) {
        1 => 65_536u64,
        n if n >= 512 && n.is_power_of_two() => u64::from(n),
        _ => {
            return Err(not_tavle(
                path,
                tavle_model::tr!("store-detail-bad-page-size"),
            ))
        }
    };
    // After a crash in the middle of a checkpoint the main file may be shorter than its
    // header says while the WAL still holds the rest; after a crash in the middle of a
    // commit that grows the file, page 1 (with the new page count) may be written while the
    // pages after the old end are not, and the hot journal holds the way back. SQLite
    // repairs both itself on opening, so size checks only apply when neither is there.
    let wal_has_content = fs::metadata(sidecar(path, "-wal")).is_ok_and(|m| m.len() > 0);
    if !wal_has_content && !has_hot_journal(path) {
        if len % page_size != 0 {
            return Err(not_tavle(
                path,
                tavle_model::tr!("store-detail-cut-mid-page"),
            ));
        }
        let pages = u64::from(be_u32(&head, 28));
        // The page count is only valid when the change counter matches "version valid for".
        let count_is_valid = pages > 0 && be_u32(&head, 24) == be_u32(&head, 92);
        if count_is_valid && len < pages * page_size {
            return Err(not_tavle(
                path,
                tavle_model::tr!(
                    "store-detail-cut",
                    expected = (pages * page_size).to_string(),
                    len = len.to_string()
                ),
            ));
        }
    }
    Ok(())
}

/// True when a rollback journal with content lies beside `path`: a commit was cut off, and
/// SQLite rolls it back the next time a connection that may write reads the file. A journal
/// whose header is zeroed (or that is empty) is not hot.
pub(super) fn has_hot_journal(path: &Path) -> bool {
    let journal = sidecar(path, "-journal");
    if !fs::metadata(&journal).is_ok_and(|m| m.is_file() && m.len() > 0) {
        return false;
    }
    let mut head = [0u8; 8];
    fs::File::open(&journal)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| head != [0; 8])
}

/// Settings for every connection to a file, before anything in it is read: a `.tavle` file
/// is data from outside (a mail, a shared folder), so nothing stored in it may run code or
/// reach around SQLite. `trusted_schema = OFF` keeps functions out of views and triggers;
/// `DEFENSIVE` refuses writes to the schema and other ways to corrupt a file on purpose.
/// The schema itself is compared with what the migrations make in [`check_database`].
pub(super) fn harden(conn: &Connection) -> Result<()> {
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
    conn.pragma_update(None, "trusted_schema", false)?;
    conn.pragma_update(None, "cell_size_check", true)?;
    Ok(())
}

/// Asks SQLite for the stamp and the version (it also sees what sits in a WAL) and makes
/// sure it can read the schema. Reads only. Returns the file's version.
///
/// Called after [`check_header`] found the file to be Tavle's: a schema SQLite cannot read
/// is then damage to a Tavle file, [`Error::Damaged`] naming the newest good backup, like
/// damaged pages found by [`check_pages`].
pub(super) fn check_database(conn: &Connection, path: &Path) -> Result<i64> {
    let read = || -> rusqlite::Result<(i32, i64)> {
        let id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })?;
        Ok((id, version))
    };
    let (id, version) = read().map_err(|e| damaged_if_unreadable(Error::Database(e), path))?;
    if id != APPLICATION_ID {
        return Err(not_tavle(path, tavle_model::tr!("store-detail-foreign")));
    }
    if version > SCHEMA_VERSION {
        return Err(too_new(path, version));
    }
    check_schema(conn, path, version)?;
    Ok(version)
}

/// One object in `sqlite_schema`: type, name, table and SQL, as SQLite stores them.
type SchemaEntry = (String, String, String, Option<String>);

fn schema_of(conn: &Connection) -> rusqlite::Result<Vec<SchemaEntry>> {
    let mut stmt =
        conn.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")?;
    let entries = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect();
    entries
}

/// The schema the migrations make, for every version from 0 (a stamped, empty file) to
/// [`SCHEMA_VERSION`]: built once in memory by running the ladder.
fn expected_schemas() -> &'static [Vec<SchemaEntry>] {
    static SCHEMAS: std::sync::OnceLock<Vec<Vec<SchemaEntry>>> = std::sync::OnceLock::new();
    SCHEMAS.get_or_init(|| {
        let conn = Connection::open_in_memory().expect("an in-memory database opens");
        let mut schemas = vec![schema_of(&conn).expect("an empty schema reads")];
        for sql in MIGRATIONS {
            conn.execute_batch(sql).expect("the migrations run");
            schemas.push(schema_of(&conn).expect("the schema reads"));
        }
        schemas
    })
}

/// Refuses a file whose tables, columns, indexes, triggers or views are not exactly what the
/// migrations make for its version: a trigger planted with the sqlite3 shell would run on
/// the next edit (deleting every board, say), a view in a table's place could make a read
/// run forever. Such a file is never written.
fn check_schema(conn: &Connection, path: &Path, version: i64) -> Result<()> {
    let found = schema_of(conn).map_err(|e| damaged_if_unreadable(Error::Database(e), path))?;
    let Some(expected) = usize::try_from(version)
        .ok()
        .and_then(|v| expected_schemas().get(v))
    else {
        return Err(not_tavle(
            path,
            tavle_model::tr!("store-detail-bad-version"),
        ));
    };
    if &found == expected {
        return Ok(());
    }
    let describe = |(kind, name, ..): &SchemaEntry| (kind.clone(), name.clone());
    let detail = if let Some(extra) = found
        .iter()
        .find(|f| !expected.iter().any(|e| describe(e) == describe(f)))
    {
        tavle_model::tr!(
            "store-detail-schema-extra",
            kind = extra.0.as_str(),
            name = extra.1.as_str()
        )
    } else if let Some(missing) = expected
        .iter()
        .find(|e| !found.iter().any(|f| describe(f) == describe(e)))
    {
        tavle_model::tr!(
            "store-detail-schema-missing",
            kind = missing.0.as_str(),
            name = missing.1.as_str()
        )
    } else {
        let changed = found
            .iter()
            .find(|f| !expected.contains(f))
            .map(|f| f.1.clone())
            .unwrap_or_default();
        tavle_model::tr!("store-detail-schema-changed", name = changed)
    };
    Err(not_tavle(path, detail))
}

/// SQLite's «malformed» or «not a database» for a file whose header [`check_header`] found
/// to be Tavle's (the first statement on a connection reads the schema, so it shows there
/// first): damage, [`Error::Damaged`] naming the newest good backup. Anything else passes.
pub(super) fn damaged_if_unreadable(e: Error, path: &Path) -> Error {
    match &e {
        Error::Database(db)
            if matches!(
                db.sqlite_error_code(),
                Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt)
            ) =>
        {
            Error::Damaged {
                path: path.to_path_buf(),
                detail: tavle_model::tr!("store-detail-unreadable"),
                backup: backups::newest_good(path),
            }
        }
        _ => e,
    }
}

/// Runs `PRAGMA quick_check` (every page's structure, without the slow index
/// cross-checks). A damaged file is refused with [`Error::Damaged`], which names the newest
/// backup that passes the same check.
pub(super) fn check_pages(conn: &Connection, path: &Path) -> Result<()> {
    match quick_check(conn) {
        Ok(()) => Ok(()),
        Err(detail) => Err(Error::Damaged {
            path: path.to_path_buf(),
            detail,
            backup: backups::newest_good(path),
        }),
    }
}

/// `Ok` when SQLite finds every page whole; otherwise what it found, in Norwegian.
pub(super) fn quick_check(conn: &Connection) -> std::result::Result<(), String> {
    let lines: rusqlite::Result<Vec<String>> = conn
        .prepare("PRAGMA quick_check(5)")
        .and_then(|mut stmt| stmt.query_map([], |r| r.get(0))?.collect());
    match lines {
        Ok(lines) if lines.iter().all(|l| l == "ok") => Ok(()),
        Ok(lines) => Err(tavle_model::tr!(
            "store-detail-check-found",
            problems = lines.join("; ")
        )),
        Err(e) => Err(match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => {
                tavle_model::tr!("store-detail-parts-unreadable")
            }
            _ => tavle_model::tr!("store-detail-not-checked", error = e.to_string()),
        }),
    }
}

/// True when the file is marked read-only (no write permission bit, or the read-only
/// attribute), or this user cannot open it for writing, or its folder is marked read-only
/// or this user cannot create a file in it (the rollback journal is written beside the
/// file, so no change could be saved). A folder's permission bits say nothing of who may
/// write: one of mode 0755 owned by someone else is closed to this user.
pub(super) fn is_write_protected(path: &Path) -> bool {
    is_marked_read_only(path) || !folder_takes_new_files(folder_of(path))
}

/// [`is_write_protected`] without trying the folder: what the file's and the folder's
/// permissions say, and whether the file opens for writing. Nothing is created, so a
/// read-only open (a listing, the roll-up, a wall) leaves the folder exactly as it was; and
/// cheap enough to ask every second of an open file (`chmod 444` while it is open).
pub(super) fn is_marked_read_only(path: &Path) -> bool {
    let marked = |p: &Path| fs::metadata(p).is_ok_and(|m| m.permissions().readonly());
    // Windows sets the read-only attribute on customised folders; it says nothing there.
    marked(path)
        || (cfg!(unix) && marked(folder_of(path)))
        || fs::OpenOptions::new()
            .write(true)
            .open(path)
            .is_err_and(|e| e.kind() == std::io::ErrorKind::PermissionDenied)
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Whether this user may create a file in `folder`, found by doing it: a hidden, empty
/// probe file is made and removed at once. Only a refusal (no permission, a read-only
/// disk) says no; any other failure is left for the write itself to report.
fn folder_takes_new_files(folder: &Path) -> bool {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    for _ in 0..10 {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let probe = folder.join(format!(".tavle-probe-{}-{n}.tmp", std::process::id()));
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&probe)
        {
            Ok(file) => {
                drop(file);
                let _ = fs::remove_file(&probe);
                return true;
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => {
                return !matches!(
                    e.kind(),
                    std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
                )
            }
        }
    }
    true
}

/// Which file a path named when it was opened: device and inode on Unix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Identity {
    #[cfg(unix)]
    dev: u64,
    #[cfg(unix)]
    ino: u64,
}

pub(super) fn identity(path: &Path) -> Option<Identity> {
    let meta = fs::metadata(path).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some(Identity {
            dev: meta.dev(),
            ino: meta.ino(),
        })
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        Some(Identity {})
    }
}

/// True when `path` still names the file that was opened (not deleted, moved away, replaced
/// by another file, or on a disk that is gone).
pub(super) fn still_there(path: &Path, opened: Option<Identity>) -> bool {
    match (opened, identity(path)) {
        (Some(was), Some(now)) => was == now,
        (Some(_), None) => false,
        // A file that could not be looked at when opened: nothing to compare with.
        (None, _) => true,
    }
}
