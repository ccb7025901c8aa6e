//! A file that is not a healthy Tavle file of a version we understand is refused with a
//! Norwegian message and left exactly as it was: no bytes changed, no WAL or shared-memory
//! file left beside it, no backup taken.

use std::fs;
use std::path::{Path, PathBuf};

use tavle::store::{backup_dir, Store, BACKUPS_KEPT, SCHEMA_VERSION};
use tavle::{Board, Row};

fn board(unit: &str, rows: usize) -> Board {
    let mut b = Board::new(unit, 2025);
    b.rows = (0..rows)
        .map(|i| Row {
            goal: format!("Mål nr. {i} for {unit}"),
            measure: "Et tiltak med litt tekst så filen får flere sider. ".repeat(4),
            ..Row::default()
        })
        .collect();
    b
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

type Opener = fn(&Path) -> tavle::Result<Store>;

/// Every way of opening refuses the file with `kind`, and nothing about it changes.
/// Returns the message `Store::open` gave.
fn assert_refused_untouched(path: &Path, kind: &str) -> String {
    let before = fs::read(path).unwrap();
    let openers: [(&str, Opener); 3] = [
        ("open", Store::open),
        ("open_read_only", Store::open_read_only),
        ("open_or_create", Store::open_or_create),
    ];
    for (name, open) in openers {
        let err = match open(path) {
            Ok(_) => panic!("{name} accepted {}", path.display()),
            Err(e) => e,
        };
        assert_eq!(err.kind(), kind, "{name}: {err}");
        let message = err.to_string();
        assert!(
            message.contains("Filen er ikke endret"),
            "{name}: {message}"
        );
        assert!(message.contains(&path.display().to_string()), "{message}");
        assert_eq!(fs::read(path).unwrap(), before, "{name} changed the bytes");
        for suffix in ["-wal", "-shm", "-journal"] {
            assert!(!sidecar(path, suffix).exists(), "{name} left {suffix}");
        }
        assert!(!backup_dir(path).exists(), "{name} took a backup");
    }
    Store::open(path).err().expect("refused above").to_string()
}

/// A path `name` in a new temporary folder (removed when the folder is dropped).
fn temp_path(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    (dir, path)
}

#[test]
fn a_file_of_random_bytes_is_refused_untouched() {
    let (_dir, path) = temp_path("tilfeldig.tavle");
    // A small xorshift: the bytes need not be good randomness, only not a database.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..8192)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    fs::write(&path, bytes).unwrap();
    let message = assert_refused_untouched(&path, "not_a_tavle_file");
    assert!(message.contains("ikke en Tavle-fil"), "{message}");
}

#[test]
fn another_programs_sqlite_database_is_refused_untouched() {
    let (_dir, path) = temp_path("fremmed.tavle");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE kunde (id INTEGER PRIMARY KEY, navn TEXT);
             INSERT INTO kunde (navn) VALUES ('Ola'), ('Kari');",
        )
        .unwrap();
    }
    let message = assert_refused_untouched(&path, "not_a_tavle_file");
    assert!(message.contains("annet program"), "{message}");
}

#[test]
fn another_programs_database_in_wal_mode_is_refused_untouched() {
    let (_dir, path) = temp_path("fremmed-wal.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
    }
    assert_refused_untouched(&path, "not_a_tavle_file");
}

#[test]
fn a_truncated_tavle_file_is_refused_untouched() {
    let (_dir, path) = temp_path("avkortet.tavle");
    {
        let mut store = Store::create(&path).unwrap();
        for unit in ["Hjemmesykepleien", "Korttidsavdelingen", "Kjøkkenet"] {
            store.insert_board(&board(unit, 40)).unwrap();
        }
    }
    // Adding the second and third board backed the file up; only the refusal is judged.
    fs::remove_dir_all(backup_dir(&path)).unwrap();
    let whole = fs::read(&path).unwrap();
    assert!(whole.len() >= 8 * 4096, "the file should span many pages");
    fs::write(&path, &whole[..whole.len() / 2]).unwrap();
    let message = assert_refused_untouched(&path, "not_a_tavle_file");
    assert!(message.contains("avkortet"), "{message}");
}

#[test]
fn an_empty_file_is_refused_untouched() {
    let (_dir, path) = temp_path("tom.tavle");
    fs::write(&path, b"").unwrap();
    let message = assert_refused_untouched(&path, "not_a_tavle_file");
    assert!(message.contains("filen er tom"), "{message}");
}

#[test]
fn a_file_from_a_newer_tavle_is_refused_untouched() {
    let (_dir, path) = temp_path("nyere.tavle");
    {
        let mut store = Store::create(&path).unwrap();
        store.insert_board(&board("Hjemmesykepleien", 3)).unwrap();
    }
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
    }
    assert_refused_untouched(&path, "too_new");
    let err = Store::open(&path).err().unwrap();
    let message = err.to_string();
    assert!(message.contains("nyere versjon av Tavle"), "{message}");
    assert!(
        message.contains(&format!("filversjon {}", SCHEMA_VERSION + 1)),
        "{message}"
    );
    assert_eq!(err.exit_code(), 2);
}

#[test]
fn a_newer_version_still_waiting_in_the_write_ahead_log_is_seen() {
    let (_dir, path) = temp_path("nyere-i-wal.tavle");
    drop(Store::create(&path).unwrap());
    // A newer Tavle has the file open in WAL mode and has migrated it, but not yet
    // checkpointed: the main file's header still shows the old version.
    let newer = rusqlite::Connection::open(&path).unwrap();
    let _: String = newer
        .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
        .unwrap();
    newer
        .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    let before = fs::read(&path).unwrap();
    let header_version = u32::from_be_bytes([before[60], before[61], before[62], before[63]]);
    assert_eq!(i64::from(header_version), SCHEMA_VERSION);
    let err = Store::open(&path).err().unwrap();
    assert_eq!(err.kind(), "too_new", "{err}");
    assert_eq!(
        Store::open_read_only(&path).err().unwrap().kind(),
        "too_new"
    );
    assert_eq!(fs::read(&path).unwrap(), before);
    assert!(!backup_dir(&path).exists());
    drop(newer);
}

#[test]
fn a_folder_or_a_missing_path_is_refused_with_a_norwegian_message() {
    let dir = tempfile::tempdir().unwrap();
    let err = Store::open(dir.path()).err().unwrap();
    assert_eq!(err.kind(), "not_a_tavle_file");
    assert!(err.to_string().contains("mappe"), "{err}");
    let missing = dir.path().join("finnes-ikke.tavle");
    let err = Store::open(&missing).err().unwrap();
    assert_eq!(err.kind(), "not_found");
    assert!(err.to_string().contains("Fant ikke filen"), "{err}");
    assert!(!missing.exists());
}

#[test]
fn opening_a_changed_file_keeps_the_newest_ten_backups_that_open_as_tavle_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hjemme.tavle");
    let id = {
        let mut store = Store::create(&path).unwrap();
        store.insert_board(&board("Hjemmesykepleien", 5)).unwrap()
    };
    // A backup of another file in the same folder is never pruned by this one.
    let other = dir.path().join("hjemme-2024.tavle");
    drop(Store::create(&other).unwrap());
    drop(Store::open(&other).unwrap());

    let mut taken = Vec::new();
    for i in 0..BACKUPS_KEPT + 3 {
        let mut store = Store::open(&path).unwrap();
        // The open took a backup; the same content again is not copied twice.
        taken.push(store.backup().unwrap());
        let row = Row {
            goal: format!("endring {i}"),
            ..Row::default()
        };
        store.add_row(id, &row, None).unwrap();
    }
    let mut names: Vec<String> = fs::read_dir(backup_dir(&path))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let ours: Vec<&String> = names
        .iter()
        .filter(|n| n.starts_with("hjemme-2") && !n.starts_with("hjemme-2024"))
        .collect();
    assert_eq!(ours.len(), BACKUPS_KEPT, "{names:?}");
    assert_eq!(
        names
            .iter()
            .filter(|n| n.starts_with("hjemme-2024-"))
            .count(),
        1,
        "{names:?}"
    );
    // The newest backup is kept, and is a whole Tavle file with the board in it.
    let newest = taken.last().unwrap();
    assert!(newest.exists());
    let copy = Store::open_read_only(newest).unwrap();
    copy.integrity_check().unwrap();
    assert_eq!(
        copy.load_board(id).unwrap().board.rows.len(),
        5 + BACKUPS_KEPT + 2
    );
}

#[test]
fn two_stores_on_one_file_both_write_without_losing_anything() {
    let (_dir, path) = temp_path("delt.tavle");
    let id = Store::create(&path)
        .unwrap()
        .insert_board(&board("Delt", 0))
        .unwrap();
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut store = Store::open(&path).unwrap();
                for i in 0..25 {
                    let row = Row {
                        goal: format!("skriver {w} rad {i}"),
                        ..Row::default()
                    };
                    store.add_row(id, &row, None).unwrap();
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.load_board(id).unwrap().board.rows.len(), 50);
    store.integrity_check().unwrap();
}
