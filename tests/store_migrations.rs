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

/// A file as the first Tavle wrote it: schema version 1, in WAL mode, one board and row.
fn version_one_wal_file(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "application_id", APPLICATION_ID)
        .unwrap();
    conn.execute_batch(include_str!(
        "../crates/tavle-store/src/store/migrations/0001_initial.sql"
    ))
    .unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    let _: String = conn
        .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
        .unwrap();
    conn.execute_batch(
        "INSERT INTO board (id, title, unit, year) VALUES (1, 'Forbedringstavle', 'Enhet', 2025);
         INSERT INTO row (id, board_id, position, goal) VALUES (1, 1, 0, 'Et mål fra før');",
    )
    .unwrap();
}

#[test]
fn a_first_version_file_in_wal_mode_gets_versions_and_leaves_wal_behind() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wal.tavle");
    version_one_wal_file(&path);
    let mut store = Store::open(&path).unwrap();
    let board = store.load_board(tavle::BoardId(1)).unwrap();
    assert_eq!(board.board.rows[0].goal, "Et mål fra før");
    assert_eq!((board.version, board.plan_version), (1, 1));
    assert_eq!(board.row_versions, vec![1]);
    let text = tavle::RowText::from(&board.board.rows[0]);
    assert_eq!(
        store
            .update_row_text(board.row_ids[0], Some(1), &text)
            .unwrap(),
        2
    );
    // Out of WAL: nothing beside the file even while it is open.
    for suffix in ["-wal", "-shm", "-journal"] {
        let side = format!("{}{suffix}", path.display());
        assert!(!Path::new(&side).exists(), "{side} is left beside the file");
    }
    drop(store);
    assert_eq!(user_version(&path), SCHEMA_VERSION);
}

/// A file as Tavle wrote it before boards had an identity: schema version 4, two boards.
fn version_four_file(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "application_id", APPLICATION_ID)
        .unwrap();
    for sql in [
        include_str!("../crates/tavle-store/src/store/migrations/0001_initial.sql"),
        include_str!("../crates/tavle-store/src/store/migrations/0002_versions.sql"),
        include_str!("../crates/tavle-store/src/store/migrations/0003_row_created_on.sql"),
        include_str!("../crates/tavle-store/src/store/migrations/0004_change_ids_never_reused.sql"),
    ] {
        conn.execute_batch(sql).unwrap();
    }
    conn.pragma_update(None, "user_version", 4).unwrap();
    conn.execute_batch(
        "INSERT INTO board (id, title, unit, year) VALUES (1, 'Forbedringstavle', 'Nord', 2026);
         INSERT INTO board (id, title, unit, year) VALUES (2, 'Forbedringstavle', 'Sør', 2026);",
    )
    .unwrap();
}

#[test]
fn boards_from_before_identities_get_one_each_when_the_file_is_opened_and_keep_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fire.tavle");
    version_four_file(&path);
    let store = Store::open(&path).unwrap();
    let first: Vec<String> = store
        .list_boards()
        .unwrap()
        .into_iter()
        .map(|b| b.identity)
        .collect();
    drop(store);
    assert_eq!(first.len(), 2);
    assert!(first.iter().all(|i| i.len() == 32), "{first:?}");
    assert_ne!(first[0], first[1]);
    let again: Vec<String> = Store::open(&path)
        .unwrap()
        .list_boards()
        .unwrap()
        .into_iter()
        .map(|b| b.identity)
        .collect();
    assert_eq!(again, first, "an identity never changes once given");
    assert_eq!(user_version(&path), SCHEMA_VERSION);
}

/// A file as Tavle wrote it before rows had a Tiltakstype and an Innsats: schema version 5,
/// one board with one row.
fn version_five_file(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "application_id", APPLICATION_ID)
        .unwrap();
    for sql in [
        include_str!("../crates/tavle-store/src/store/migrations/0001_initial.sql"),
        include_str!("../crates/tavle-store/src/store/migrations/0002_versions.sql"),
        include_str!("../crates/tavle-store/src/store/migrations/0003_row_created_on.sql"),
        include_str!("../crates/tavle-store/src/store/migrations/0004_change_ids_never_reused.sql"),
        include_str!("../crates/tavle-store/src/store/migrations/0005_board_identity.sql"),
    ] {
        conn.execute_batch(sql).unwrap();
    }
    conn.pragma_update(None, "user_version", 5).unwrap();
    conn.execute_batch(
        "INSERT INTO board (id, title, unit, year, identity) VALUES (1, 'Forbedringstavle', 'Nord', 2026, 'abc');
         INSERT INTO row (board_id, position, goal, measure) VALUES (1, 0, 'Mål', 'Tiltak');",
    )
    .unwrap();
}

#[test]
fn rows_from_before_tiltakstype_open_without_one_and_can_be_given_one() {
    use tavle::model::{MeasureKind, MeasureLevel, RowText};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fem.tavle");
    version_five_file(&path);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(user_version(&path), SCHEMA_VERSION);
    let board = store.list_boards().unwrap()[0].id;
    let loaded = store.load_board(board).unwrap();
    let row = &loaded.board.rows[0];
    assert_eq!(
        (row.measure.as_str(), row.kind, row.level),
        ("Tiltak", None, None)
    );
    let text = RowText {
        kind: Some(MeasureKind::Project),
        level: Some(MeasureLevel::Repairing),
        ..RowText::from(row)
    };
    store
        .update_row_text(loaded.row_ids[0], None, &text)
        .unwrap();
    drop(store);
    let row = Store::open(&path)
        .unwrap()
        .load_board(board)
        .unwrap()
        .board
        .rows[0]
        .clone();
    assert_eq!(
        (row.kind, row.level),
        (Some(MeasureKind::Project), Some(MeasureLevel::Repairing))
    );
    // The file refuses a code Tavle does not know.
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert!(conn.execute("UPDATE row SET kind = 'tja'", []).is_err());
}
