//! A file from an older Tavle opens in this one: it is backed up as it was, then migrated.
//! Opening it only to read changes nothing.

use std::fs;
use std::path::Path;

use tavle::store::{backup_dir, Store, APPLICATION_ID, SCHEMA_VERSION};
use tavle::Board;

/// A file stamped as Tavle's at version 0: what the oldest ladder step starts from.
fn version_zero_file(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "application_id", APPLICATION_ID)
        .unwrap();
}

fn user_version(path: &Path) -> i64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap()
}

#[test]
fn an_older_file_is_backed_up_as_it_was_and_then_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gammel.tavle");
    version_zero_file(&path);

    let mut store = Store::open(&path).unwrap();
    let id = store.insert_board(&Board::new("Enhet", 2025)).unwrap();
    assert_eq!(store.list_boards().unwrap()[0].id, id);
    drop(store);
    assert_eq!(user_version(&path), SCHEMA_VERSION);

    let backups: Vec<_> = fs::read_dir(backup_dir(&path))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert_eq!(
        user_version(&backups[0]),
        0,
        "the backup is the file before migrating"
    );
}

#[test]
fn reading_an_older_file_works_and_leaves_it_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gammel.tavle");
    version_zero_file(&path);
    let before = fs::read(&path).unwrap();

    let store = Store::open_read_only(&path).unwrap();
    assert!(store.list_boards().unwrap().is_empty());
    drop(store);

    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(user_version(&path), 0);
    assert!(!backup_dir(&path).exists());
}
