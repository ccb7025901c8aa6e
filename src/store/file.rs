//! Checks a file before SQLite may write to it, and keeps the rolling backups.
//!
//! SQLite happily opens anything: a 0-byte file becomes an empty database, and opening for
//! writing can switch journal modes or replay journals. So the first 100 bytes (the SQLite
//! header) are read by hand and judged first; only a file that looks like ours, of a version
//! we understand and not shorter than its header says, is handed to SQLite.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use rusqlite::{Connection, ErrorCode};

use super::{backup_dir, io_error, APPLICATION_ID, BACKUPS_KEPT, SCHEMA_VERSION};
use crate::error::{Error, Result};

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
            return Err(Error::NotFound(format!(
                "Fant ikke filen «{}». Sjekk at navn og mappe er riktige.",
                path.display()
            )))
        }
        Err(e) => return Err(io_error(path, e)),
    };
    if meta.is_dir() {
        return Err(not_tavle(path, "det er en mappe, ikke en fil"));
    }
    let len = meta.len();
    if len == 0 {
        return Err(not_tavle(path, "filen er tom"));
    }
    if len < 100 {
        return Err(not_tavle(path, "filen er for kort til å være en Tavle-fil"));
    }
    let mut head = [0u8; 100];
    fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .map_err(|e| io_error(path, e))?;
    if &head[..16] != MAGIC {
        return Err(not_tavle(path, "filen er ikke en SQLite-database"));
    }
    let application_id = be_u32(&head, 68) as i32;
    if application_id != APPLICATION_ID {
        return Err(not_tavle(path, "filen er en database fra et annet program"));
    }
    let version = i64::from(be_u32(&head, 60) as i32);
    if version > SCHEMA_VERSION {
        return Err(too_new(path, version));
    }
    if version < 0 {
        return Err(not_tavle(path, "filversjonen i filhodet er ugyldig"));
    }
    // Page size: a power of two from 512 to 32768, or 1 meaning 65536.
    let page_size = match u16::from_be_bytes([head[16], head[17]]) {
        1 => 65_536u64,
        n if n >= 512 && n.is_power_of_two() => u64::from(n),
        _ => return Err(not_tavle(path, "sidestørrelsen i filhodet er ugyldig")),
    };
    // After a crash in the middle of a checkpoint the main file may be shorter than its
    // header says while the WAL still holds the rest; SQLite repairs that itself, so size
    // checks only apply when there is no WAL with content.
    let wal_has_content = fs::metadata(sidecar(path, "-wal")).is_ok_and(|m| m.len() > 0);
    if !wal_has_content {
        if len % page_size != 0 {
            return Err(not_tavle(path, "filen er avkortet midt i en side"));
        }
        let pages = u64::from(be_u32(&head, 28));
        // The page count is only valid when the change counter matches "version valid for".
        let count_is_valid = pages > 0 && be_u32(&head, 24) == be_u32(&head, 92);
        if count_is_valid && len < pages * page_size {
            return Err(not_tavle(
                path,
                format!(
                    "filen er avkortet: den skulle vært {} byte, men er {len}",
                    pages * page_size
                ),
            ));
        }
    }
    Ok(())
}

/// Asks SQLite for the stamp and the version (it also sees what sits in a WAL) and makes
/// sure it can read the schema. Reads only. Returns the file's version.
pub(super) fn check_database(conn: &Connection, path: &Path) -> Result<i64> {
    let read = || -> rusqlite::Result<(i32, i64)> {
        let id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })?;
        Ok((id, version))
    };
    let (id, version) = read().map_err(|e| match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
            not_tavle(path, "SQLite kan ikke lese innholdet")
        }
        _ => Error::Database(e),
    })?;
    if id != APPLICATION_ID {
        return Err(not_tavle(path, "filen er en database fra et annet program"));
    }
    if version > SCHEMA_VERSION {
        return Err(too_new(path, version));
    }
    Ok(version)
}

/// Takes one backup of the database behind `conn` and prunes the oldest.
pub(super) fn backup(conn: &Connection, path: &Path) -> Result<PathBuf> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let dir = backup_dir(path);
    fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
    let stem = stem_of(path);
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S-%3f").to_string();
    // Copied under a hidden temporary name first and then renamed, so a file that carries
    // a backup name is always a whole copy, even if this process is killed halfway.
    let temporary = dir.join(format!(
        ".{stem}-{stamp}-{}-{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let copied = conn
        .backup("main", &temporary, rusqlite::backup::NO_PROGRESS)
        .map_err(Error::from)
        .and_then(|()| {
            let target = free_name(&dir, &stem, &stamp)?;
            fs::rename(&temporary, &target).map_err(|e| io_error(&target, e))?;
            Ok(target)
        });
    let target = match copied {
        Ok(target) => target,
        Err(e) => {
            let _ = fs::remove_file(&temporary);
            let _ = fs::remove_file(sidecar(&temporary, "-journal"));
            return Err(e);
        }
    };
    prune(&dir, &stem)?;
    Ok(target)
}

fn stem_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "tavle".to_string())
}

/// `<stem>-<stamp>.tavle`, or `<stem>-<stamp>-NN.tavle` when that is taken (two backups
/// within one millisecond). Two processes picking the same name at the same instant would
/// replace one whole copy of the file with another, which loses nothing.
fn free_name(dir: &Path, stem: &str, stamp: &str) -> Result<PathBuf> {
    (0..100)
        .map(|n| match n {
            0 => dir.join(format!("{stem}-{stamp}.tavle")),
            n => dir.join(format!("{stem}-{stamp}-{n:02}.tavle")),
        })
        .find(|candidate| !candidate.exists())
        .ok_or_else(|| {
            Error::invalid(format!(
                "For mange sikkerhetskopier på samme tid i «{}». Prøv igjen om litt.",
                dir.display()
            ))
        })
}

/// When a backup name of `stem` was taken: (timestamp, same-millisecond number).
/// Names of other files' backups (another stem) give `None`.
fn backup_key(name: &str, stem: &str) -> Option<(String, u32)> {
    let rest = name.strip_prefix(stem)?.strip_prefix('-')?;
    let rest = rest.strip_suffix(".tavle")?;
    let (stamp, n) = match rest.len() {
        19 => (rest, 0),
        22 => (&rest[..19], rest[20..].parse().ok()?),
        _ => return None,
    };
    let shape_ok = stamp.char_indices().all(|(i, c)| match i {
        8 | 15 => c == '-',
        _ => c.is_ascii_digit(),
    });
    (shape_ok && (rest.len() == 19 || rest.as_bytes()[19] == b'-')).then(|| (stamp.to_string(), n))
}

/// Keeps the newest [`BACKUPS_KEPT`] backups of `stem`.
fn prune(dir: &Path, stem: &str) -> Result<()> {
    let mut backups: Vec<((String, u32), PathBuf)> = fs::read_dir(dir)
        .map_err(|e| io_error(dir, e))?
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            backup_key(&name, stem).map(|key| (key, entry.path()))
        })
        .collect();
    backups.sort();
    remove_stale_temporaries(dir, stem);
    let excess = backups.len().saturating_sub(BACKUPS_KEPT);
    for (_, old) in backups.into_iter().take(excess) {
        match fs::remove_file(&old) {
            // Another process pruning at the same moment got there first.
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io_error(&old, e)),
            _ => {}
        }
    }
    Ok(())
}

/// Temporary copies left by a process that was killed while copying; an hour is far
/// longer than any backup takes, so no copy in progress is touched.
fn remove_stale_temporaries(dir: &Path, stem: &str) {
    let prefix = format!(".{stem}-");
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 3600);
        if name.starts_with(&prefix) && name.contains(".tmp") && stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::backup_key;

    #[test]
    fn backup_names_sort_by_time_then_number_and_ignore_other_files() {
        let a = backup_key("hjemme-20251123-172300-123.tavle", "hjemme").unwrap();
        let b = backup_key("hjemme-20251123-172300-123-01.tavle", "hjemme").unwrap();
        let c = backup_key("hjemme-20251123-172300-124.tavle", "hjemme").unwrap();
        assert!(a < b && b < c);
        // Backups of "hjemme-2025.tavle" are not backups of "hjemme.tavle".
        assert!(backup_key("hjemme-2025-20251123-172300-123.tavle", "hjemme").is_none());
        assert!(backup_key("hjemme-20251123-172300-123.tavle.tmp", "hjemme").is_none());
        assert!(backup_key("notater.txt", "hjemme").is_none());
    }
}
