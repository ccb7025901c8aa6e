//! Del med HR and Oversikt over enheter, through the core: snapshots in a shared folder
//! that replace the unit's own file atomically, and a roll-up that only ever reads.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use tavle::hr_folder::{overview, read_boards};
use tavle::publish::{publish, publish_all};
use tavle::rollup::roll_up;
use tavle::store::Store;
use tavle::{AbsenceMonth, Board, BoardId, Error, Row, Status, StatusChange};

fn today() -> chrono::NaiveDate {
    common::date(2025, 4, 10)
}

/// A unit's board for 2025 with `agreed` and `lost` days in January and February.
fn unit_board(unit: &str, agreed: f64, lost: f64, rows: usize) -> Board {
    let mut b = Board::new(unit, 2025);
    b.target_pct = Some(7.0);
    b.absence = vec![
        AbsenceMonth::from_days("2025-01".parse().unwrap(), agreed, lost),
        AbsenceMonth::from_days("2025-02".parse().unwrap(), agreed, lost),
    ];
    b.rows = (0..rows)
        .map(|i| Row {
            goal: format!("Mål {i}"),
            measure: format!("Tiltak {i}"),
            ..Row::default()
        })
        .collect();
    b
}

/// A live file for `unit` in `dir` (the leader's own disk); returns the store and board id.
fn live(dir: &Path, unit: &str, agreed: f64, lost: f64) -> (Store, BoardId) {
    let file = format!(
        "{}.tavle",
        unit.replace('/', "_slash_").replace(':', "_colon_")
    );
    let mut store = Store::create(&dir.join(file)).unwrap();
    let id = store
        .insert_board(&unit_board(unit, agreed, lost, 3))
        .unwrap();
    (store, id)
}

/// Every file under `dir` (recursively) with its bytes.
fn snapshot_of_tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(snapshot_of_tree(&path));
        } else {
            out.insert(path.clone(), std::fs::read(&path).unwrap());
        }
    }
    out
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn publishing_twice_replaces_the_units_own_file_and_holds_only_that_board() {
    let home = tempfile::tempdir().unwrap();
    let share = tempfile::tempdir().unwrap();
    let (mut store, id) = live(home.path(), "Hjemmesykepleien", 400.0, 20.0);
    // Another board in the same live file must not travel with it.
    store
        .insert_board(&unit_board("Korttidsavdelingen", 300.0, 30.0, 1))
        .unwrap();
    let first = publish(&store, id, share.path()).unwrap();
    assert_eq!(first.path, share.path().join("Hjemmesykepleien 2025.tavle"));
    assert!(!first.replaced);

    let row = store.load_board(id).unwrap().row_ids[0];
    store
        .change_status(
            row,
            &StatusChange {
                on: common::date(2025, 3, 1),
                status: Status::Done,
                note: String::new(),
            },
        )
        .unwrap();
    let second = publish(&store, id, share.path()).unwrap();
    assert!(second.replaced);
    assert_eq!(second.path, first.path);
    // One file, no temporaries, no -wal / -shm / -journal.
    assert_eq!(names(share.path()), ["Hjemmesykepleien 2025.tavle"]);

    let snap = Store::open_snapshot(&second.path).unwrap();
    let boards = snap.list_boards().unwrap();
    assert_eq!(boards.len(), 1, "{boards:?}");
    assert_eq!(boards[0].unit, "Hjemmesykepleien");
    let board = snap.load_board(boards[0].id).unwrap().board;
    assert_eq!(board.rows[0].status, Status::Done);
    drop(snap);
    // Rollback-journal mode in the header (bytes 18–19 = 1): no WAL on a shared drive.
    let bytes = std::fs::read(&second.path).unwrap();
    assert_eq!((bytes[18], bytes[19]), (1, 1));
    // Nothing of the other unit is left in the file's free pages.
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains("Korttidsavdelingen"));
    assert_eq!(names(share.path()), ["Hjemmesykepleien 2025.tavle"]);
}

#[test]
fn publishing_all_boards_gives_one_file_per_unit_and_year() {
    let home = tempfile::tempdir().unwrap();
    let share = tempfile::tempdir().unwrap();
    let (mut store, _) = live(home.path(), "Sykehjemmet", 400.0, 20.0);
    let mut next = unit_board("Sykehjemmet", 400.0, 10.0, 2);
    next.year = 2026;
    next.absence.clear();
    store.insert_board(&next).unwrap();
    let published = publish_all(&store, share.path()).unwrap();
    assert_eq!(published.len(), 2);
    assert_eq!(
        names(share.path()),
        ["Sykehjemmet 2025.tavle", "Sykehjemmet 2026.tavle"]
    );
}

#[test]
fn another_units_file_with_the_same_name_is_never_replaced() {
    let home = tempfile::tempdir().unwrap();
    let share = tempfile::tempdir().unwrap();
    let (a, a_id) = live(home.path(), "Sone/2", 400.0, 20.0);
    let (b, b_id) = live(home.path(), "Sone:2", 400.0, 40.0);
    let first = publish(&a, a_id, share.path()).unwrap();
    let before = std::fs::read(&first.path).unwrap();
    let err = publish(&b, b_id, share.path()).unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "{err}");
    assert!(err.to_string().contains("Sone/2"), "{err}");
    assert_eq!(std::fs::read(&first.path).unwrap(), before);
    assert_eq!(names(share.path()), ["Sone-2 2025.tavle"]);
}

#[test]
fn publishing_into_a_folder_that_is_not_there_is_refused_in_norwegian() {
    let home = tempfile::tempdir().unwrap();
    let (store, id) = live(home.path(), "Kontoret", 400.0, 20.0);
    let err = publish(&store, id, &home.path().join("finnes-ikke")).unwrap_err();
    assert!(err.to_string().starts_with("Fant ikke mappen"), "{err}");
}

#[test]
fn a_reader_opening_the_snapshot_while_publish_runs_never_sees_a_broken_file() {
    let home = tempfile::tempdir().unwrap();
    let share = tempfile::tempdir().unwrap();
    let (mut store, id) = live(home.path(), "Hjemmesykepleien", 400.0, 20.0);
    let target = publish(&store, id, share.path()).unwrap().path;
    let rounds = 40;
    let reads = std::thread::scope(|s| {
        let reader = s.spawn(|| {
            let mut reads = 0;
            let mut row_counts = std::collections::BTreeSet::new();
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
            while !share.path().join("ferdig").exists() && std::time::Instant::now() < deadline {
                let snap = Store::open_snapshot(&target).expect("a whole snapshot every time");
                snap.quick_check().expect("not damaged");
                let boards = snap.list_boards().unwrap();
                assert_eq!(boards.len(), 1);
                let board = snap.load_board(boards[0].id).unwrap().board;
                row_counts.insert(board.rows.len());
                reads += 1;
            }
            (reads, row_counts)
        });
        for i in 0..rounds {
            // Each round adds a row, so the reader sees a growing board, whole each time.
            store
                .add_row(
                    id,
                    &Row {
                        goal: format!("Ny {i}"),
                        ..Row::default()
                    },
                    None,
                )
                .unwrap();
            publish(&store, id, share.path()).unwrap();
        }
        std::fs::write(share.path().join("ferdig"), "").unwrap();
        reader.join().unwrap()
    });
    let (reads, row_counts) = reads;
    assert!(reads > 0);
    assert!(row_counts.iter().all(|n| (3..=3 + rounds).contains(n)));
    let mut left = names(share.path());
    left.retain(|n| n != "ferdig");
    assert_eq!(left, ["Hjemmesykepleien 2025.tavle"]);
}

#[test]
fn the_roll_up_never_changes_a_byte_of_any_input_and_leaves_no_sidecars_or_backups() {
    let home = tempfile::tempdir().unwrap();
    let share = tempfile::tempdir().unwrap();
    for (unit, lost) in [
        ("Hjemmesykepleien", 40.0),
        ("Sykehjemmet", 20.0),
        ("Kontoret", 8.0),
    ] {
        let (store, id) = live(home.path(), unit, 400.0, lost);
        publish(&store, id, share.path()).unwrap();
    }
    // A live file that another Tavle holds open, with an edit just saved.
    let (mut held, held_id) = live(share.path(), "Legekontoret", 400.0, 4.0);
    held.set_absence(
        held_id,
        &AbsenceMonth::from_days("2025-03".parse().unwrap(), 400.0, 40.0),
    )
    .unwrap();
    std::fs::write(share.path().join("notater.tavle"), "ikke en tavle").unwrap();
    let before = snapshot_of_tree(share.path());
    let listing = names(share.path());
    // The holder writes whole files (rollback journal): nothing beside it while idle.
    assert!(
        !listing
            .iter()
            .any(|n| n.ends_with("-wal") || n.ends_with("-journal")),
        "{listing:?}"
    );

    let r = roll_up(
        read_boards(&[share.path().to_path_buf()]),
        Some(2025),
        today(),
    );
    assert_eq!(r.lines.len(), 4);
    // The held-open file's newest month is read: (4+4+40) / 1200 = 4 %.
    let lege = r.lines.iter().find(|l| l.unit == "Legekontoret").unwrap();
    assert_eq!(lege.text.year_to_date, "4,0 %");
    assert_eq!(r.skipped.len(), 1);

    assert_eq!(
        names(share.path()),
        listing,
        "no new files, no backups folder"
    );
    let after = snapshot_of_tree(share.path());
    for (path, bytes) in &before {
        // The holder's shared-memory index is SQLite's scratch space, not the data.
        if path.to_string_lossy().ends_with("-shm") {
            continue;
        }
        assert!(after.get(path) == Some(bytes), "{} changed", path.display());
    }
    drop(held);
}

#[test]
fn a_snapshot_opens_read_only_and_refuses_writes() {
    let home = tempfile::tempdir().unwrap();
    let share = tempfile::tempdir().unwrap();
    let (store, id) = live(home.path(), "Kontoret", 400.0, 8.0);
    let path = publish(&store, id, share.path()).unwrap().path;
    let mut snap = Store::open_snapshot(&path).unwrap();
    let boards = snap.list_boards().unwrap();
    assert!(snap.delete_board(boards[0].id).is_err());
    drop(snap);
    assert_eq!(names(share.path()), ["Kontoret 2025.tavle"]);
}

#[test]
fn each_file_that_cannot_be_read_is_skipped_with_its_reason_and_the_rest_is_shown() {
    let home = tempfile::tempdir().unwrap();
    let share = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for unit in ["Hjemmesykepleien", "Sykehjemmet", "Kontoret", "Barnehagen"] {
        let (store, id) = live(home.path(), unit, 400.0, 20.0);
        paths.push(publish(&store, id, share.path()).unwrap().path);
    }
    // Not Tavle: text, and another program's SQLite database.
    std::fs::write(
        share.path().join("liste.tavle"),
        "Dette er en handleliste\n".repeat(20),
    )
    .unwrap();
    let other = share.path().join("annet.tavle");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    // Damaged: pages in the middle overwritten.
    let mut bytes = std::fs::read(&paths[1]).unwrap();
    let page = 4096;
    for b in &mut bytes[page * 2..page * 4] {
        *b = 0xA5;
    }
    std::fs::write(&paths[1], &bytes).unwrap();
    // Too new: a file version from the future.
    rusqlite::Connection::open(&paths[2])
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    // One board shared twice: a copy under another name (the same identity).
    std::fs::copy(&paths[3], share.path().join("Barnehagen 2025 (kopi).tavle")).unwrap();
    // Two boards of the same unit and year: another leader's «Barnehagen», put there by hand
    // (publishing would refuse it).
    let other_home = tempfile::tempdir().unwrap();
    let (other_leader, other_id) = live(other_home.path(), "Barnehagen", 300.0, 30.0);
    other_leader
        .write_snapshot(
            other_id,
            &share.path().join("Barnehagen 2025 (annen).tavle"),
        )
        .unwrap();

    let r = overview(&[share.path().to_path_buf()], Some(2025), today()).unwrap();
    let units: Vec<&str> = r.lines.iter().map(|l| l.unit.as_str()).collect();
    assert_eq!(units, ["Hjemmesykepleien"]);
    let reason = |name: &str| {
        r.skipped
            .iter()
            .find(|s| s.file.file_name().unwrap().to_string_lossy() == name)
            .unwrap_or_else(|| panic!("{name} not skipped: {:?}", r.skipped))
            .reason
            .clone()
    };
    assert!(reason("liste.tavle").starts_with("ikke en Tavle-fil"));
    assert!(reason("annet.tavle").starts_with("ikke en Tavle-fil"));
    assert!(
        reason("Sykehjemmet 2025.tavle").starts_with("skadet"),
        "{}",
        reason("Sykehjemmet 2025.tavle")
    );
    assert!(reason("Kontoret 2025.tavle").contains("nyere Tavle"));
    // The same board twice: the older copy is named with the newer; the newer is then one
    // of two different boards of the same unit and year, and both of those are left out.
    let twice = ["Barnehagen 2025.tavle", "Barnehagen 2025 (kopi).tavle"];
    let older: Vec<&str> = twice
        .iter()
        .copied()
        .filter(|n| reason(n).starts_with("to delinger av samme tavle («Barnehagen»)"))
        .collect();
    assert_eq!(older.len(), 1, "{:?}", r.skipped);
    let newer = twice.iter().find(|n| **n != older[0]).unwrap();
    assert!(reason(older[0]).contains(newer), "{}", reason(older[0]));
    assert!(reason(newer).contains("to tavler for samme enhet og år"));
    assert!(reason("Barnehagen 2025 (annen).tavle").contains(newer));
    assert_eq!(r.skipped.len(), 7);
}

#[test]
fn nothing_readable_is_an_error_that_lists_what_was_skipped() {
    let share = tempfile::tempdir().unwrap();
    std::fs::write(share.path().join("tom.tavle"), "").unwrap();
    let err = overview(&[share.path().to_path_buf()], None, today()).unwrap_err();
    assert_eq!(err.exit_code(), 2);
    let msg = err.to_string();
    assert!(msg.starts_with("Fant ingen Tavle-filer"), "{msg}");
    assert!(
        msg.contains("tom.tavle: ikke en Tavle-fil (filen er tom)"),
        "{msg}"
    );
}
