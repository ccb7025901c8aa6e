//! How often backups are taken: before every change of a whole board (an import, deleting
//! a board) and every migration, but for small edits at most one per file every ten
//! minutes, so ten `tavle status` calls in a second make one backup, not ten.

mod cli_support;

use std::fs;
use std::path::{Path, PathBuf};

use cli_support::Scratch;
use tavle::store::{backup_dir, backups, Store, APPLICATION_ID};
use tavle::Board;

fn backup_paths(file: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = fs::read_dir(backup_dir(file))
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    paths.sort();
    paths
}

fn boards_in(path: &Path) -> usize {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("SELECT count(*) FROM board", [], |r| r.get(0))
        .unwrap()
}

/// Renames every backup of `file` as if it was taken `minutes` earlier than its name says.
fn age_backups(file: &Path, minutes: i64) {
    let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
    for path in backup_paths(file) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let stamp = &name[stem.len() + 1..stem.len() + 20];
        let taken = chrono::NaiveDateTime::parse_from_str(stamp, "%Y%m%d-%H%M%S-%3f").unwrap();
        let older = (taken - chrono::Duration::minutes(minutes)).format("%Y%m%d-%H%M%S-%3f");
        let renamed = name.replacen(stamp, &older.to_string(), 1);
        fs::rename(&path, path.with_file_name(renamed)).unwrap();
    }
}

#[test]
fn ten_status_changes_in_a_row_make_one_backup_and_an_import_always_makes_one() {
    let (s, _) = Scratch::with_example();
    for i in 0..10 {
        let to = if i % 2 == 0 { "done" } else { "pågår" };
        s.run("status", &["--row", "1", "--to", to]).ok();
    }
    let after_edits = backup_paths(&s.file);
    assert_eq!(after_edits.len(), 1, "{after_edits:?}");

    // An import right after still backs up the file as it was (one board).
    s.import_example();
    let after_import = backup_paths(&s.file);
    assert_eq!(after_import.len(), 2, "{after_import:?}");
    assert_eq!(boards_in(after_import.last().unwrap()), 1);
    assert_eq!(boards_in(&s.file), 2);
}

#[test]
fn a_small_edit_backs_up_again_once_the_newest_backup_is_ten_minutes_old() {
    let (s, _) = Scratch::with_example();
    s.run("status", &["--row", "1", "--to", "done"]).ok();
    assert_eq!(backup_paths(&s.file).len(), 1);
    age_backups(&s.file, 9);
    s.run("status", &["--row", "1", "--to", "pågår"]).ok();
    assert_eq!(backup_paths(&s.file).len(), 1, "nine minutes is recent");
    age_backups(&s.file, 2);
    s.run("status", &["--row", "1", "--to", "done"]).ok();
    assert_eq!(backup_paths(&s.file).len(), 2, "eleven minutes is not");
}

#[test]
fn deleting_a_board_backs_up_the_file_however_recent_the_last_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("enhet.tavle");
    let (a, b) = {
        let mut store = Store::create(&path).unwrap();
        let a = store.insert_board(&Board::new("Sone 1", 2025)).unwrap();
        (a, store.insert_board(&Board::new("Sone 2", 2025)).unwrap())
    };
    let mut store = Store::open(&path).unwrap();
    let before = backup_paths(&path).len();
    store.delete_board(a).unwrap();
    store.delete_board(b).unwrap();
    let taken = backup_paths(&path);
    assert_eq!(taken.len(), before + 2, "{taken:?}");
    assert_eq!(boards_in(&taken[taken.len() - 2]), 2);
    assert_eq!(boards_in(taken.last().unwrap()), 1);
    assert!(store.warnings().is_empty(), "{:?}", store.warnings());
    assert_eq!(backups::list(&path).unwrap()[0].boards, Some(1));
}

#[test]
fn a_migration_is_backed_up_even_right_after_another_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gammel.tavle");
    // A backup taken a moment ago, of other content.
    let other = dir.path().join("annen.tavle");
    drop(Store::create(&other).unwrap());
    fs::create_dir_all(backup_dir(&path)).unwrap();
    let stamp = chrono::Local::now()
        .naive_local()
        .format("%Y%m%d-%H%M%S-%3f");
    fs::copy(
        &other,
        backup_dir(&path).join(format!("gammel-{stamp}.tavle")),
    )
    .unwrap();
    // A file from the first Tavle (version 0).
    rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_update(None, "application_id", APPLICATION_ID)
        .unwrap();
    drop(Store::open(&path).unwrap());
    let taken = backup_paths(&path);
    assert_eq!(taken.len(), 2, "{taken:?}");
    let version: i64 = rusqlite::Connection::open(taken.last().unwrap())
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 0, "the newest backup is the file before migrating");
}
