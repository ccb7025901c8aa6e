//! The backups beside a `.tavle` file: taken, kept by age, listed and restored (putting one
//! back is in [`restore`](restore())).
//!
//! A backup is taken before an import, a restore or deleting a board, and when a file is
//! opened for writing unless its newest backup is younger than [`SMALL_EDIT_BACKUP_GAP`];
//! only after `PRAGMA quick_check` found the file whole, so a damaged file never pushes out
//! a good copy. A backup identical to the newest one is not kept twice. Which to keep goes
//! by age, as restic's `forget` does: the newest [`BACKUPS_KEPT`], the newest of each of the last
//! [`DAYS_KEPT`] days that have backups, and the newest of each of the last
//! [`MONTHS_KEPT`] months. Names are `<stem>-YYYYMMDD-HHMMSS-mmm[-NN].tavle` (local time).

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use chrono::{Datelike, NaiveDateTime};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use super::{backup_dir, file, io_error, BACKUPS_KEPT};
use tavle_model::error::{Error, Result};

mod restore;

pub use restore::{restore, Restored};

/// Days for which the newest backup of the day is kept.
pub const DAYS_KEPT: usize = 14;
/// Months for which the newest backup of the month is kept.
pub const MONTHS_KEPT: usize = 12;

const STAMP_FORMAT: &str = "%Y%m%d-%H%M%S-%3f";

/// One backup of a file, for `tavle backups` and the app's «Sikkerhetskopier …».
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Backup {
    pub path: PathBuf,
    /// When it was taken (local time, from its name).
    pub taken: NaiveDateTime,
    /// Boards and rows in it; `None` when it cannot be read.
    pub boards: Option<usize>,
    pub rows: Option<usize>,
    /// It passes the same check a file must pass to be opened.
    pub good: bool,
}

/// The backups of `file`, newest first, each read to count its boards and rows.
pub fn list(file: &Path) -> Result<Vec<Backup>> {
    let dir = backup_dir(file);
    if !dir.exists() {
        return Ok(Vec::new());
    }
    Ok(scan(&dir, &stem_of(file))?
        .into_iter()
        .map(|(taken, path)| {
            let read = open_backup(&path).ok().and_then(|conn| {
                let counts = counts(&conn).ok()?;
                Some((counts, file::quick_check(&conn).is_ok()))
            });
            Backup {
                taken,
                boards: read.map(|((b, _), _)| b),
                rows: read.map(|((_, r), _)| r),
                good: read.is_some_and(|(_, good)| good),
                path,
            }
        })
        .collect())
}

/// The newest backup of `file` that opens as a Tavle file and passes `quick_check`.
pub(super) fn newest_good(file: &Path) -> Option<PathBuf> {
    let dir = backup_dir(file);
    scan(&dir, &stem_of(file))
        .ok()?
        .into_iter()
        .map(|(_, path)| path)
        .find(|path| is_good(path))
}

fn is_good(path: &Path) -> bool {
    file::check_header(path).is_ok()
        && open_backup(path).is_ok_and(|conn| {
            file::check_database(&conn, path).is_ok() && file::quick_check(&conn).is_ok()
        })
}

/// Boards and rows in a database.
fn counts(conn: &Connection) -> rusqlite::Result<(usize, usize)> {
    let boards = conn.query_row("SELECT count(*) FROM board", [], |r| r.get(0))?;
    let rows = conn.query_row("SELECT count(*) FROM row", [], |r| r.get(0))?;
    Ok((boards, rows))
}

/// Opens a backup to read it without leaving anything beside it: a backup never changes,
/// so SQLite may treat it as immutable (no locks, no journal or WAL files).
fn open_backup(path: &Path) -> Result<Connection> {
    let absolute = std::path::absolute(path).map_err(|e| io_error(path, e))?;
    let mut uri = String::from("file:");
    // Percent-encoded byte by byte (SQLite decodes `%XX` to bytes), so no character of a
    // folder name can end the path or start a query.
    for &b in absolute.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || b"/._-".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    let conn = Connection::open_with_flags(
        uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    file::harden(&conn)?;
    Ok(conn)
}

/// The least time between two backups taken only because a file was opened for writing
/// (small edits): ten `tavle status` calls in a second make one backup, not ten. A
/// whole-board change (an import, deleting a board, a restore) and a migration always take one.
pub const SMALL_EDIT_BACKUP_GAP: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// The backup of opening `path` for writing: taken when `always` (a migration is about to
/// run) or when the newest backup of the file is older than [`SMALL_EDIT_BACKUP_GAP`] (by the
/// time in its name). `None` when none was due.
pub(super) fn take_if_due(conn: &Connection, path: &Path, always: bool) -> Result<Option<PathBuf>> {
    if always || !recent_backup(path) {
        return take(conn, path, true).map(Some);
    }
    Ok(None)
}

/// What the user is told when a backup could not be taken and the open or the change went
/// on: the cause, said without «no change was saved», since changes are saved.
pub(super) fn failed_warning(e: Error) -> String {
    tavle_model::tr!(
        "store-backup-failed-warning",
        error = e.while_reading().to_string()
    )
}

/// Whether the newest backup of `file` was taken less than [`SMALL_EDIT_BACKUP_GAP`] ago. A
/// stamp in the future (the clock was set back, or summer time ended) is not recent: better
/// one backup too many than none.
fn recent_backup(file: &Path) -> bool {
    let Ok(found) = scan(&backup_dir(file), &stem_of(file)) else {
        return false;
    };
    let Some((newest, _)) = found.first() else {
        return false;
    };
    let age = chrono::Local::now().naive_local() - *newest;
    chrono::TimeDelta::from_std(SMALL_EDIT_BACKUP_GAP)
        .is_ok_and(|gap| age >= chrono::TimeDelta::zero() && age < gap)
}

/// Checks the file behind `conn` unless the caller just did, copies it into the backup
/// folder (unless it equals the newest backup) and prunes by age. Returns the newest backup.
pub(super) fn take(conn: &Connection, path: &Path, checked: bool) -> Result<PathBuf> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    if !checked {
        file::quick_check(conn).map_err(|detail| Error::Damaged {
            path: path.to_path_buf(),
            detail,
            backup: newest_good(path),
        })?;
    }
    let dir = backup_dir(path);
    fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
    let stem = stem_of(path);
    let now = chrono::Local::now().naive_local();
    let stamp = now.format(STAMP_FORMAT).to_string();
    // Copied under a hidden temporary name first and then renamed, so a file that carries
    // a backup name is always a whole copy, even if this process is killed halfway.
    let temporary = dir.join(format!(
        ".{stem}-{stamp}-{}-{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let remove_temporary = || {
        let _ = fs::remove_file(&temporary);
        let _ = fs::remove_file(file::sidecar(&temporary, "-journal"));
    };
    if let Err(e) = conn.backup(rusqlite::MAIN_DB, &temporary, rusqlite::backup::NO_PROGRESS) {
        remove_temporary();
        return Err(e.into());
    }
    let existing = scan(&dir, &stem)?;
    if let Some((_, newest)) = existing.first() {
        if same_content(&temporary, newest) {
            remove_temporary();
            return Ok(newest.clone());
        }
    }
    let target = match free_name(&dir, &stem, &stamp).and_then(|target| {
        fs::rename(&temporary, &target).map_err(|e| io_error(&target, e))?;
        crate::output::sync_folder(&target);
        Ok(target)
    }) {
        Ok(target) => target,
        Err(e) => {
            remove_temporary();
            return Err(e);
        }
    };
    prune(&dir, &stem)?;
    Ok(target)
}

/// Two copies of a database with the same pages. The first 100 bytes (the header) hold
/// counters that differ between copies of the same content; any change of the content
/// changes a page.
fn same_content(a: &Path, b: &Path) -> bool {
    match (fs::read(a), fs::read(b)) {
        (Ok(a), Ok(b)) => a.len() == b.len() && a.len() >= 100 && a[100..] == b[100..],
        _ => false,
    }
}

fn stem_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "tavle".to_string())
}

/// `<stem>-<stamp>.tavle`, or `<stem>-<stamp>-NN.tavle` when that is taken (two backups
/// within one millisecond).
fn free_name(dir: &Path, stem: &str, stamp: &str) -> Result<PathBuf> {
    (0..100)
        .map(|n| match n {
            0 => dir.join(format!("{stem}-{stamp}.tavle")),
            n => dir.join(format!("{stem}-{stamp}-{n:02}.tavle")),
        })
        .find(|candidate| !candidate.exists())
        .ok_or_else(|| {
            Error::invalid(tavle_model::msg!(
                "store-backup-too-many",
                dir = dir.display().to_string()
            ))
        })
}

/// When a backup name of `stem` was taken, and its same-millisecond number. Names of other
/// files' backups (another stem) and anything else give `None`; never panics, whatever
/// the name holds.
fn backup_key(name: &str, stem: &str) -> Option<(NaiveDateTime, u32)> {
    let rest = name.strip_prefix(stem)?.strip_prefix('-')?;
    let rest = rest.strip_suffix(".tavle")?;
    if !rest.is_ascii() {
        return None;
    }
    let (stamp, n) = match rest.len() {
        19 => (rest, 0),
        22 => {
            let (stamp, tail) = rest.split_at(19);
            let digits = tail.strip_prefix('-')?;
            if !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            (stamp, digits.parse().ok()?)
        }
        _ => return None,
    };
    let shape_ok = stamp.char_indices().all(|(i, c)| match i {
        8 | 15 => c == '-',
        _ => c.is_ascii_digit(),
    });
    if !shape_ok {
        return None;
    }
    let taken = NaiveDateTime::parse_from_str(stamp, STAMP_FORMAT).ok()?;
    Some((taken, n))
}

/// The backups of `stem` in `dir`, newest first.
fn scan(dir: &Path, stem: &str) -> Result<Vec<(NaiveDateTime, PathBuf)>> {
    let mut found: Vec<((NaiveDateTime, u32), PathBuf)> = fs::read_dir(dir)
        .map_err(|e| io_error(dir, e))?
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            backup_key(&name, stem).map(|key| (key, entry.path()))
        })
        .collect();
    found.sort_by_key(|(key, _)| std::cmp::Reverse(*key));
    Ok(found.into_iter().map(|((t, _), p)| (t, p)).collect())
}

/// Which backups to keep, given their times newest first: the newest [`BACKUPS_KEPT`], the
/// newest of each of the last [`DAYS_KEPT`] days that have one, and the newest of each of
/// the last [`MONTHS_KEPT`] months that have one.
pub fn to_keep(newest_first: &[NaiveDateTime]) -> Vec<bool> {
    let mut keep: Vec<bool> = (0..newest_first.len()).map(|i| i < BACKUPS_KEPT).collect();
    let mut by = |period: &dyn Fn(&NaiveDateTime) -> (i32, u32, u32), how_many: usize| {
        let mut last = None;
        let mut counted = 0;
        for (i, t) in newest_first.iter().enumerate() {
            let p = period(t);
            if last != Some(p) {
                if counted == how_many {
                    break;
                }
                last = Some(p);
                counted += 1;
                keep[i] = true;
            }
        }
    };
    by(&|t| (t.year(), t.month(), t.day()), DAYS_KEPT);
    by(&|t| (t.year(), t.month(), 0), MONTHS_KEPT);
    keep
}

/// Removes the backups of `stem` that [`to_keep`] does not keep.
fn prune(dir: &Path, stem: &str) -> Result<()> {
    let backups = scan(dir, stem)?;
    remove_stale_temporaries(dir, stem);
    let times: Vec<NaiveDateTime> = backups.iter().map(|(t, _)| *t).collect();
    for (keep, (_, old)) in to_keep(&times).into_iter().zip(backups) {
        if keep {
            continue;
        }
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
    use super::{backup_key, to_keep, BACKUPS_KEPT, DAYS_KEPT, MONTHS_KEPT};
    use chrono::{Duration, NaiveDate, NaiveDateTime};

    #[test]
    fn a_backup_that_failed_is_a_warning_that_never_says_nothing_was_saved() {
        use tavle_model::lang::{with, Lang};
        let full = || {
            tavle_model::Error::Database(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
                None,
            ))
        };
        let nb = super::failed_warning(full());
        assert_eq!(
            nb,
            "Sikkerhetskopien kunne ikke tas: Disken er full. Frigjør plass og prøv igjen. \
             Filen er åpen, og endringene dine lagres som vanlig, men uten en ny kopi i mappen \
             «backups»."
        );
        let nn = with(Lang::Nn, || super::failed_warning(full()));
        assert!(!nn.contains("Inga endring er lagra"), "{nn}");
        assert!(nn.contains("endringane dine blir lagra som vanleg"), "{nn}");
    }

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
        assert!(backup_key("hjemme-20251123-172300-123-skadet.tavle", "hjemme").is_none());
    }

    #[test]
    fn backup_names_with_any_characters_never_panic() {
        // Non-ASCII where the slicing used to cut (bytes 19 and 20 of the stamp part).
        for name in [
            "hjemme-20251123-172300-12ø.tavle",
            "hjemme-20251123-172300-123øx.tavle",
            "hjemme-20251123-172300-123-ø.tavle",
            "hjemme-2025112å-172300-123-01.tavle",
            "hjemme-ææææææææææø.tavle",
            "hjemme-20251399-172300-123.tavle",
            "hjemme-",
            "",
        ] {
            assert!(backup_key(name, "hjemme").is_none(), "{name}");
        }
        // Every cut of a name with multi-byte characters.
        let name = "hjemme-2025ø1123-17å300-1æ3-0ø.tavle";
        for end in 0..=name.len() {
            if let Some(part) = name.get(..end) {
                let _ = backup_key(part, "hjemme");
            }
        }
    }

    fn at(y: i32, m: u32, d: u32, h: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
    }

    #[test]
    fn backups_are_kept_by_age_the_last_ten_one_a_day_and_one_a_month() {
        // Four backups a day for two years, newest first.
        let start = at(2026, 12, 3, 20);
        let times: Vec<NaiveDateTime> = (0..4 * 730)
            .map(|i| start - Duration::hours(6 * i))
            .collect();
        let keep = to_keep(&times);
        let kept: Vec<&NaiveDateTime> = times
            .iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|(t, _)| t)
            .collect();
        // The newest ten.
        assert!(keep[..BACKUPS_KEPT].iter().all(|k| *k));
        // One for each of the last 14 days (the first three days are inside the ten).
        for d in 0..DAYS_KEPT as i64 {
            let day = (start - Duration::days(d)).date();
            assert!(
                kept.iter().any(|t| t.date() == day),
                "no backup kept for {day}"
            );
        }
        // One for each of the last 12 months, and nothing older than a year.
        for m in 0..MONTHS_KEPT as u32 {
            let (y, mo) = if m < 12 {
                (2026, 12 - m)
            } else {
                (2025, 24 - m)
            };
            assert!(
                kept.iter().any(|t| t.year_month() == (y, mo)),
                "no backup kept for {y}-{mo}"
            );
        }
        assert!(kept.iter().all(|t| **t > at(2025, 12, 1, 0)), "{kept:?}");
        assert!(kept.len() <= BACKUPS_KEPT + DAYS_KEPT + MONTHS_KEPT);
        // Many backups within one minute keep only the newest ten.
        let burst: Vec<NaiveDateTime> = (0..30).map(|i| start - Duration::seconds(i)).collect();
        assert_eq!(to_keep(&burst).iter().filter(|k| **k).count(), BACKUPS_KEPT);
    }

    trait YearMonthOf {
        fn year_month(&self) -> (i32, u32);
    }
    impl YearMonthOf for NaiveDateTime {
        fn year_month(&self) -> (i32, u32) {
            use chrono::Datelike;
            (self.year(), self.month())
        }
    }
}
