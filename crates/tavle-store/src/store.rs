//! The `.tavle` file: one SQLite database holding any number of boards.
//!
//! Every method that writes is one transaction: all or nothing. A file is checked before
//! SQLite may write to it (see [`file`]): foreign, damaged and too-new files are refused
//! and left as they were. The schema is an append-only ladder of SQL migrations tracked in
//! `PRAGMA user_version`. The SQL for each noun lives in its own submodule (`board`, `row`,
//! `history`, `absence`, `plan`, `input`); what the store hands out and takes back (board
//! lists, stored boards, undo records) is in `records`, the backups in [`backups`]. This
//! module holds opening, the connection's settings and transactions.

mod absence;
pub mod backups;
mod board;
mod file;
mod history;
mod input;
mod plan;
mod records;
mod row;
mod snapshot;
#[cfg(test)]
mod tests;
mod update;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use tavle_model::error::{Error, Result};
use tavle_model::model::{BoardId, InputId, RowId};

pub use records::{
    BoardSummary, DeletedInput, DeletedRow, DueItem, MergedInputs, StatusCount, StoredBoard,
    Version,
};
pub use snapshot::sidecars;
pub use update::{RowsUpdate, SheetRow, UpdateCounts};

/// `PRAGMA application_id` of every `.tavle` file: "TAVL" in ASCII.
pub const APPLICATION_ID: i32 = 0x5441_564C;

/// The schema, one migration per step, oldest first. Append only: a shipped step is never
/// edited, because files out there already went through it.
const MIGRATIONS: &[&str] = &[
    include_str!("store/migrations/0001_initial.sql"),
    include_str!("store/migrations/0002_versions.sql"),
    include_str!("store/migrations/0003_row_created_on.sql"),
    include_str!("store/migrations/0004_change_ids_never_reused.sql"),
    include_str!("store/migrations/0005_board_identity.sql"),
    include_str!("store/migrations/0006_measure_kind_level.sql"),
];

/// The file version (`PRAGMA user_version`) this build writes and understands.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// How many of the newest backups are always kept per file in [`backup_dir`] (older ones
/// are kept one a day and one a month, see [`backups`]).
pub const BACKUPS_KEPT: usize = 10;

/// How long a write waits for another process holding the file before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_millis(5000);

/// An open `.tavle` file.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Which file was opened (device and inode), to notice it being moved or deleted.
    identity: Option<file::Identity>,
    read_only: bool,
    warnings: Vec<String>,
    /// The `data_version` last seen, for [`Store::changed_elsewhere`].
    seen_data_version: i64,
}

/// Names a new `.tavle` database must never get: a file called `tavle.json` or `tavle.pdf`
/// that is really a database would be opened by the wrong program, or overwrite an export.
const FOREIGN_ENDINGS: [&str; 7] = ["json", "csv", "xlsx", "xls", "ods", "pdf", "txt"];

/// Refuses to create a `.tavle` file under a name that ends like an exchange, export or
/// print file (most often two arguments in the wrong order).
pub fn check_new_file_name(path: &Path) -> Result<()> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if FOREIGN_ENDINGS.contains(&ext.as_str()) {
        return Err(Error::invalid(tavle_model::msg!(
            "store-wrong-ending",
            path = path.display().to_string(),
            ext = ext
        )));
    }
    Ok(())
}

/// The folder beside a `.tavle` file that holds its rolling backups.
pub fn backup_dir(path: &Path) -> PathBuf {
    path.parent().unwrap_or(Path::new(".")).join("backups")
}

/// A file from an older Tavle, to be read without changing it: copied into memory and
/// migrated there. A current file is read as it is.
fn migrated_copy(file_conn: Connection, version: i64) -> Result<Connection> {
    if version >= SCHEMA_VERSION {
        return Ok(file_conn);
    }
    let mut memory = Connection::open_in_memory()?;
    rusqlite::backup::Backup::new(&file_conn, &mut memory)?.run_to_completion(
        1000,
        Duration::ZERO,
        None,
    )?;
    drop(file_conn);
    migrate(&mut memory)?;
    Ok(memory)
}

impl Store {
    /// Creates a new, empty `.tavle` file; refuses a path that exists, and a name that says
    /// the file is something else (see [`check_new_file_name`]).
    pub fn create(path: &Path) -> Result<Store> {
        check_new_file_name(path)?;
        // Claiming the name with create_new means two creators can never share one file.
        if let Err(e) = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
        {
            return Err(if e.kind() == std::io::ErrorKind::AlreadyExists {
                Error::invalid(tavle_model::msg!(
                    "store-file-exists-create",
                    path = path.display().to_string()
                ))
            } else {
                io_error(path, e)
            });
        }
        Store::initialise(path).inspect_err(|_| {
            // A half-made file would later be refused as foreign; better not to leave it.
            for leftover in [path.to_path_buf(), file::sidecar(path, "-journal")] {
                let _ = std::fs::remove_file(leftover);
            }
        })
    }

    /// Stamps a fresh (0-byte) file as Tavle's and builds the schema.
    fn initialise(path: &Path) -> Result<Store> {
        let mut conn = Connection::open_with_flags(path, write_flags())?;
        configure(&conn)?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.commit()?;
        migrate(&mut conn)?;
        Store::wrap(conn, path, false)
    }

    fn wrap(conn: Connection, path: &Path, read_only: bool) -> Result<Store> {
        let seen_data_version = data_version(&conn)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            identity: file::identity(path),
            read_only,
            warnings: Vec::new(),
            seen_data_version,
        })
    }

    /// Opens an existing file for writing: refuses foreign, damaged and too-new files without
    /// touching them, takes a backup, and runs pending migrations. A file the user may not
    /// write to opens for reading only (see [`Store::is_read_only`]); a backup that cannot be
    /// written is a warning ([`Store::warnings`]), not a refusal.
    pub fn open(path: &Path) -> Result<Store> {
        // A schema SQLite cannot read shows at the first statement, wherever that is.
        Store::open_for_writing(path).map_err(|e| file::damaged_if_unreadable(e, path))
    }

    fn open_for_writing(path: &Path) -> Result<Store> {
        file::check_header(path)?;
        if file::is_write_protected(path) {
            return Store::open_read_only(path);
        }
        let conn = Connection::open_with_flags(path, write_flags())?;
        configure(&conn)?;
        // Nothing has been written yet: reading the header through SQLite also sees a newer
        // version that still sits in an old Tavle's WAL.
        let version = file::check_database(&conn, path)?;
        file::check_pages(&conn, path)?;
        // SQLite opened it read-only after all (a folder or a disk that refuses writes).
        if conn.is_readonly(rusqlite::MAIN_DB)? {
            drop(conn);
            return Store::open_read_only(path);
        }
        leave_wal(&conn);
        let mut store = Store::wrap(conn, path, false)?;
        // The backup comes before any migration, so the old file can always be got back. A
        // backup that cannot be written only warns, unless a migration is about to run.
        // Without a migration it is taken at most once per SMALL_EDIT_BACKUP_GAP.
        if let Err(e) = backups::take_if_due(&store.conn, path, version < SCHEMA_VERSION) {
            if version < SCHEMA_VERSION {
                return Err(e);
            }
            store.warnings.push(backups::failed_warning(e));
        }
        migrate(&mut store.conn)?;
        store.seen_data_version = data_version(&store.conn)?;
        Ok(store)
    }

    /// Opens an existing file only to read it: same checks, no backup, no migration writes.
    ///
    /// A file from an older Tavle is copied into memory and migrated there, so reading it
    /// works without changing it; such a store, like every read-only one, refuses writes
    /// with [`Error::ReadOnly`].
    pub fn open_read_only(path: &Path) -> Result<Store> {
        // Only reads: a refusal (a lock held too long) must not speak of unsaved changes.
        Store::open_for_reading(path)
            .map_err(|e| file::damaged_if_unreadable(e, path).while_reading())
    }

    fn open_for_reading(path: &Path) -> Result<Store> {
        file::check_header(path)?;
        // Read-write flags when allowed, with `query_only` below: the connection still cannot
        // change the data, but as the last one to close it may clean up an old WAL's files.
        let flags = if file::is_marked_read_only(path) {
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
        } else {
            write_flags()
        };
        let file_conn = Connection::open_with_flags(path, flags)?;
        file::harden(&file_conn)?;
        file_conn.busy_timeout(BUSY_TIMEOUT)?;
        let version = file::check_database(&file_conn, path)?;
        file::check_pages(&file_conn, path)?;
        let conn = migrated_copy(file_conn, version)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "query_only", true)?;
        Store::wrap(conn, path, true)
    }

    /// Opens the file, or creates it when the path does not exist yet.
    pub fn open_or_create(path: &Path) -> Result<Store> {
        match std::fs::symlink_metadata(path) {
            Ok(_) => Store::open(path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => match Store::create(path) {
                // Someone else made it in between: open theirs.
                Err(Error::Invalid(_)) if path.exists() => Store::open(path),
                other => other,
            },
            Err(e) => Err(io_error(path, e)),
        }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True when this store only reads: the file is write-protected, or it was opened with
    /// [`Store::open_read_only`]. Every write is refused with [`Error::ReadOnly`].
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// What the user should know about the open that did not stop it (a backup that could
    /// not be written), in Norwegian.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// True once the file has become write-protected while open (`chmod 444`, the
    /// read-only mark set in the file manager): from then on this store only reads, and
    /// every write is refused with [`Error::ReadOnly`] instead of going into the file. The
    /// app asks every second, beside [`Store::changed_elsewhere`]; every write asks too.
    pub fn became_read_only(&mut self) -> bool {
        if self.read_only || !file::is_marked_read_only(&self.path) {
            return false;
        }
        self.read_only = true;
        true
    }

    /// True once after another connection (another window, the `tavle` command) committed a
    /// change to the file since the last call: the screen should read it again. Cheap
    /// (`PRAGMA data_version` reads no pages), so the app asks every second.
    pub fn changed_elsewhere(&mut self) -> Result<bool> {
        let now = data_version(&self.conn)?;
        let changed = now != self.seen_data_version;
        self.seen_data_version = now;
        Ok(changed)
    }

    /// Checks the pages (`PRAGMA quick_check`) and copies the file into [`backup_dir`] with
    /// SQLite's online backup (consistent even while others write), unless it is identical
    /// to the newest backup; then keeps backups by age ([`backups`]). Returns the newest
    /// backup's path. A damaged file is never backed up. The importer calls this before
    /// adding a board.
    pub fn backup(&self) -> Result<PathBuf> {
        backups::take(&self.conn, &self.path, false)
    }

    /// Before a change of a whole board (an import, deleting a board): a backup of the file
    /// as it is, however recent the last one, unless the file holds no board yet (nothing
    /// to lose). One that cannot be taken is a warning ([`Store::warnings`]), as at opening.
    fn backup_before_whole_board_change(&mut self) {
        if self.read_only {
            return;
        }
        let has_boards = self
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM board)", [], |r| {
                r.get::<_, bool>(0)
            })
            .unwrap_or(true);
        if !has_boards {
            return;
        }
        if let Err(e) = backups::take(&self.conn, &self.path, false) {
            let warning = backups::failed_warning(e);
            // Said once, even when the backup at opening failed the same way.
            if !self.warnings.contains(&warning) {
                self.warnings.push(warning);
            }
        }
    }

    /// Writes a whole copy of the open file to `to` (a new file) and opens that one: "Lagre
    /// som …", also when the open file has vanished from its folder (the open handle can
    /// still read it).
    pub fn save_as(&self, to: &Path) -> Result<Store> {
        if to.exists() {
            return Err(Error::invalid(tavle_model::msg!(
                "store-file-exists-save-as",
                path = to.display().to_string()
            )));
        }
        self.conn
            .backup(rusqlite::MAIN_DB, to, rusqlite::backup::NO_PROGRESS)
            .inspect_err(|_| {
                let _ = std::fs::remove_file(to);
            })?;
        Store::open(to)
    }

    /// Runs SQLite's full integrity and foreign-key checks; a damaged file is
    /// [`Error::NotATavleFile`].
    pub fn integrity_check(&self) -> Result<()> {
        let mut problems: Vec<String> = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        for line in stmt.query_map([], |r| r.get::<_, String>(0))? {
            let line = line?;
            if line != "ok" {
                problems.push(line);
            }
        }
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        for table in stmt.query_map([], |r| r.get::<_, String>(0))? {
            problems.push(tavle_model::tr!("store-broken-link", table = table?));
        }
        if problems.is_empty() {
            return Ok(());
        }
        problems.truncate(5);
        Err(Error::NotATavleFile {
            path: self.path.clone(),
            detail: tavle_model::tr!("store-detail-integrity", problems = problems.join("; ")),
        })
    }

    /// Runs `f` as one IMMEDIATE transaction: all of it is written, or none of it.
    /// IMMEDIATE takes the write lock up front, so a second process waits (busy timeout)
    /// instead of failing halfway when it tries to upgrade a read. Before it, the file is
    /// checked to still be writable and where it was opened: a write into a file that was deleted or
    /// moved away would be lost without a word.
    fn with_tx<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        // A file made read-only since the last look is not written to behind its back.
        self.became_read_only();
        if self.read_only {
            return Err(Error::ReadOnly(self.path.clone()));
        }
        if !file::still_there(&self.path, self.identity) {
            return Err(Error::Vanished(self.path.clone()));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `f` in one read transaction, so everything it reads is from the same moment. A
    /// refusal is said as a read's ([`Error::while_reading`]): nothing was to be saved.
    fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let read = || {
            let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Deferred)?;
            let value = f(&tx)?;
            tx.commit()?;
            Ok(value)
        };
        read().map_err(Error::while_reading)
    }
}

/// Read-write, never create: a file that vanished must not come back empty.
fn write_flags() -> OpenFlags {
    OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
}

/// Connection settings that are not part of the schema. None of them writes to the file.
///
/// The journal is SQLite's rollback journal (`journal_mode = DELETE`), not WAL: each commit
/// is written into the `.tavle` file itself and the journal removed, so the file alone is
/// whole whenever Tavle is idle: a copy to a USB stick, a mail to HR or a OneDrive sync
/// while Tavle is open carries every saved edit, and no `-wal`/`-shm` file is left beside
/// it. Unlike WAL (which needs shared memory on one host) it also reads safely from a
/// network folder, which is how HR reads published snapshots; the live file itself belongs
/// on the leader's own disk (`docs/sharing.md`). The price, readers waiting while a writer
/// commits, is milliseconds at human editing speed (`benches/store.rs`).
///
/// In this mode a commit *is* the journal's unlink. `synchronous = FULL` syncs the journal
/// and the file, but not the folder after the unlink: a power cut before the file system
/// writes that folder entry brings the journal back, and the next open rolls the saved edit
/// back. `synchronous = EXTRA` adds exactly that folder sync, so an edit shown as saved
/// survives the laptop dying (`tests/store_crash_points.rs` watches it with strace).
///
/// Every connection is hardened first ([`file::harden`]): a file is data from outside.
fn configure(conn: &Connection) -> Result<()> {
    file::harden(conn)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "synchronous", "EXTRA")?;
    Ok(())
}

/// Moves a file from an older Tavle out of WAL mode (its WAL is checkpointed into the file
/// and removed). While an older Tavle still holds the file in WAL mode SQLite cannot switch;
/// the file then stays in WAL until the next open, which is safe, only not whole on disk.
fn leave_wal(conn: &Connection) {
    let _ = conn.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get::<_, String>(0));
}

/// `PRAGMA data_version`: changes when another connection commits to the file.
fn data_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "data_version", |r| r.get(0))?)
}

/// Brings the schema up to [`SCHEMA_VERSION`], one migration per transaction.
fn migrate(conn: &mut Connection) -> Result<()> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version >= SCHEMA_VERSION {
        return Ok(());
    }
    for (done, sql) in MIGRATIONS.iter().enumerate() {
        let target = done as i64 + 1;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Read inside the write lock: another process may have migrated meanwhile.
        let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version >= target {
            continue;
        }
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", target)?;
        tx.commit()?;
    }
    Ok(())
}

/// True when `detail` of an [`Error::NotATavleFile`] says the file is not a Tavle file at
/// all (empty, a folder, another program's) rather than a damaged one, in either language.
pub fn detail_is_foreign(detail: &str) -> bool {
    const FOREIGN: [&str; 5] = [
        "store-detail-not-sqlite",
        "store-detail-foreign",
        "store-detail-empty",
        "store-detail-folder",
        "store-detail-too-short",
    ];
    tavle_model::lang::Lang::ALL
        .iter()
        .any(|lang| FOREIGN.iter().any(|id| detail == lang.text(id)))
}

fn io_error(path: &Path, source: std::io::Error) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn board_not_found(id: BoardId) -> Error {
    Error::NotFound(tavle_model::msg!(
        "store-board-not-found",
        id = id.to_string()
    ))
}

fn input_not_found(id: InputId) -> Error {
    Error::NotFound(tavle_model::msg!(
        "store-input-not-found",
        id = id.to_string()
    ))
}

/// "Changed elsewhere": `what` is the thing, as a sentence starts ("Raden", "Planen"),
/// already in the current language (`tr!("store-what-row")`).
fn changed_elsewhere(what: String) -> Error {
    Error::Conflict(tavle_model::msg!("store-changed-elsewhere", what = what))
}

fn row_not_found(id: RowId) -> Error {
    Error::NotFound(tavle_model::msg!(
        "store-row-not-found",
        id = id.to_string()
    ))
}
