//! The `.tavle` file in real use: two writers on one file, a copy taken while Tavle is open,
//! damaged pages, a read-only file, a backup folder that cannot be written, a file that
//! vanishes while open, and backups kept, listed and restored.

mod cli_support;
mod common;

use std::fs;
use std::path::{Path, PathBuf};

use cli_support::{tavle, Scratch};
use tavle::store::{backup_dir, backups, Store};
use tavle::{Board, BoardHeader, Milestone, Plan, Row, RowText, Status, StatusChange};

fn board(unit: &str, rows: usize) -> Board {
    let mut b = Board::new(unit, 2025);
    b.main_goal = "Alle skal bli sett".into();
    b.rows = (0..rows)
        .map(|i| Row {
            goal: format!("Mål nummer {i}: et mål som er en hel setning langt"),
            measure: format!("Tiltak nummer {i}, med litt tekst så radene fyller sider"),
            owner: "Alle ansatte".into(),
            ..Row::default()
        })
        .collect();
    b
}

fn new_file(dir: &Path, rows: usize) -> (PathBuf, tavle::BoardId) {
    let path = dir.join("enhet.tavle");
    let id = Store::create(&path)
        .unwrap()
        .insert_board(&board("Hjemmesykepleien", rows))
        .unwrap();
    (path, id)
}

fn sidecars(path: &Path) -> Vec<String> {
    ["-wal", "-shm", "-journal"]
        .iter()
        .map(|s| format!("{}{s}", path.display()))
        .filter(|p| Path::new(p).exists())
        .collect()
}

fn backup_names(path: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(backup_dir(path))
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn two_stores_editing_the_same_row_plan_and_header_never_silently_lose_a_change() {
    let dir = tempfile::tempdir().unwrap();
    let (path, id) = new_file(dir.path(), 2);
    let mut a = Store::open(&path).unwrap();
    let mut b = Store::open(&path).unwrap();
    // Both windows show the board as it is now.
    let seen_a = a.load_board(id).unwrap();
    let seen_b = b.load_board(id).unwrap();
    let row = seen_a.row_ids[0];

    // The row: A saves first; B's save, based on what B saw, is refused and changes nothing.
    let mut text_a = RowText::from(&seen_a.board.rows[0]);
    text_a.measure = "Skrevet i vindu A".into();
    a.update_row_text(row, Some(seen_a.row_versions[0]), &text_a)
        .unwrap();
    let mut text_b = RowText::from(&seen_b.board.rows[0]);
    text_b.owner = "Skrevet i vindu B".into();
    let err = b
        .update_row_text(row, Some(seen_b.row_versions[0]), &text_b)
        .unwrap_err();
    assert_eq!(err.kind(), "conflict", "{err}");
    assert!(err.to_string().contains("endret et annet sted"), "{err}");
    assert_eq!(a.row(row).unwrap().measure, "Skrevet i vindu A");
    // B reads again and saves on top of A's change, knowingly: both changes are there.
    let fresh = b.load_board(id).unwrap();
    let mut text_b = RowText::from(&fresh.board.rows[0]);
    text_b.owner = "Skrevet i vindu B".into();
    b.update_row_text(row, Some(fresh.row_versions[0]), &text_b)
        .unwrap();
    let now = a.row(row).unwrap();
    assert_eq!(
        (now.measure.as_str(), now.owner.as_str()),
        ("Skrevet i vindu A", "Skrevet i vindu B")
    );
    // A status change elsewhere also makes an older text save a conflict.
    let before_status = a.load_board(id).unwrap().row_versions[1];
    b.change_status(
        seen_b.row_ids[1],
        &StatusChange {
            on: common::date(2025, 3, 1),
            status: Status::InProgress,
            note: String::new(),
        },
    )
    .unwrap();
    let err = a
        .update_row_text(
            seen_a.row_ids[1],
            Some(before_status),
            &RowText::from(&seen_a.board.rows[1]),
        )
        .unwrap_err();
    assert_eq!(err.kind(), "conflict");

    // The plan.
    let plan_a = Plan {
        situation: "Situasjonen sett fra A".into(),
        ..Plan::default()
    };
    let plan_b = Plan {
        actions: "Handlinger fra B".into(),
        milestones: vec![Milestone {
            text: "Delmål fra B".into(),
            due: None,
            reached_on: None,
        }],
        ..Plan::default()
    };
    a.set_plan(id, Some(seen_a.plan_version), &plan_a).unwrap();
    let err = b
        .set_plan(id, Some(seen_b.plan_version), &plan_b)
        .unwrap_err();
    assert_eq!(err.kind(), "conflict", "{err}");
    assert_eq!(
        b.load_board(id).unwrap().board.plan.situation,
        "Situasjonen sett fra A"
    );

    // The header.
    let header = |unit: &str, goal: &str| BoardHeader {
        title: "Forbedringstavle".into(),
        unit: unit.into(),
        year: 2025,
        main_goal: goal.into(),
        focus: String::new(),
        target_pct: Some(7.0),
        sector: String::new(),
        staff: None,
    };
    a.update_board_header(
        id,
        Some(seen_a.version),
        &header("Hjemmesykepleien", "Mål fra A"),
    )
    .unwrap();
    let err = b
        .update_board_header(
            id,
            Some(seen_b.version),
            &header("Sykehjemmet", "Mål fra B"),
        )
        .unwrap_err();
    assert_eq!(err.kind(), "conflict", "{err}");
    let stored = b.load_board(id).unwrap().board;
    assert_eq!(
        (stored.unit.as_str(), stored.main_goal.as_str()),
        ("Hjemmesykepleien", "Mål fra A")
    );
}

#[test]
fn a_change_by_another_process_is_noticed_once_and_own_changes_are_not() {
    let dir = tempfile::tempdir().unwrap();
    let (path, id) = new_file(dir.path(), 1);
    let mut app = Store::open(&path).unwrap();
    assert!(!app.changed_elsewhere().unwrap());
    app.add_row(id, &board("x", 1).rows[0], None).unwrap();
    assert!(!app.changed_elsewhere().unwrap(), "its own write");
    // The `tavle` command changes a status, as another process would.
    let row = app.load_board(id).unwrap().row_ids[0];
    cli_support::tavle([
        "status",
        path.to_str().unwrap(),
        "--row",
        &row.to_string(),
        "--to",
        "pågår",
    ])
    .ok();
    assert!(app.changed_elsewhere().unwrap());
    assert!(!app.changed_elsewhere().unwrap(), "told only once");
    assert_eq!(
        app.load_board(id).unwrap().board.rows[0].status,
        Status::InProgress
    );
}

#[test]
fn a_copy_taken_while_the_file_is_open_and_idle_holds_every_saved_edit() {
    let dir = tempfile::tempdir().unwrap();
    let (path, id) = new_file(dir.path(), 3);
    let mut store = Store::open(&path).unwrap();
    let row = store.load_board(id).unwrap().row_ids[1];
    let mut text = RowText::from(&store.row(row).unwrap());
    text.result = "Lagret rett før kopien".into();
    store.update_row_text(row, None, &text).unwrap();
    store
        .add_row(
            id,
            &Row {
                goal: "Ny rad, også lagret".into(),
                ..Row::default()
            },
            None,
        )
        .unwrap();
    // Idle: nothing beside the file, and a plain copy (USB stick, mail, OneDrive) is whole.
    assert!(sidecars(&path).is_empty(), "{:?}", sidecars(&path));
    let copy = dir.path().join("kopi på minnepinne.tavle");
    fs::copy(&path, &copy).unwrap();
    let plain =
        rusqlite::Connection::open_with_flags(&copy, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let result: String = plain
        .query_row("SELECT result FROM row WHERE id = ?1", [row.0], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(result, "Lagret rett før kopien");
    let rows: i64 = plain
        .query_row("SELECT count(*) FROM row", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 4);
    drop(plain);
    assert!(sidecars(&copy).is_empty());
    drop(store);
}

/// Overwrites the file's data pages (never page 1, the header and schema) with garbage.
fn damage_data_pages(path: &Path) {
    let mut bytes = fs::read(path).unwrap();
    let page = usize::from(u16::from_be_bytes([bytes[16], bytes[17]]));
    let pages = bytes.len() / page;
    assert!(pages >= 6, "only {pages} pages");
    for p in [2, pages / 2, pages - 1] {
        for (i, b) in bytes[p * page..(p + 1) * page].iter_mut().enumerate() {
            *b = (i * 7 + p) as u8 ^ 0x5a;
        }
    }
    fs::write(path, bytes).unwrap();
}

#[test]
fn damaged_pages_are_refused_naming_the_newest_good_backup_which_restore_brings_back() {
    let s = Scratch::new();
    let path = s.file.clone();
    let id = Store::create(&path)
        .unwrap()
        .insert_board(&board("Hjemmesykepleien", 150))
        .unwrap();
    // Three sessions of work, each backed up first (opening alone backs up at most once
    // every ten minutes).
    for i in 0..3 {
        let mut store = Store::open(&path).unwrap();
        store.backup().unwrap();
        store
            .add_row(
                id,
                &Row {
                    goal: format!("Økt {i}"),
                    ..Row::default()
                },
                None,
            )
            .unwrap();
    }
    let good_backups = backup_names(&path);
    assert_eq!(good_backups.len(), 3, "{good_backups:?}");
    let newest = backup_dir(&path).join(good_backups.last().unwrap());

    damage_data_pages(&path);
    let err = Store::open(&path).err().expect("a damaged file is refused");
    assert_eq!(err.kind(), "damaged", "{err}");
    let message = err.to_string();
    assert!(message.contains("er skadet"), "{message}");
    assert!(message.contains(&newest.display().to_string()), "{message}");
    assert!(message.contains("tavle restore"), "{message}");
    // Retrying again and again (as the CLI would) never touches the good backups.
    for _ in 0..12 {
        let run = s.run("status", &["--row", "1", "--to", "pågår"]);
        assert_eq!(run.code, 2, "{run:?}");
        assert!(run.stderr.contains("er skadet"), "{}", run.stderr);
    }
    assert_eq!(backup_names(&path), good_backups);
    // Reading commands name the backup too.
    let run = s.run("list", &[]);
    assert!(
        run.stderr.contains(&newest.display().to_string()),
        "{run:?}"
    );

    // `tavle backups` lists them, `tavle restore` brings the boards back.
    let listed = s.run("backups", &[]).ok();
    assert!(listed.contains(&newest.display().to_string()), "{listed}");
    assert!(listed.contains("152"), "row count of the newest: {listed}");
    let restored = s.run("restore", &["--from", newest.to_str().unwrap()]).ok();
    assert!(restored.contains("hentet tilbake"), "{restored}");
    let list = s.run("list", &[]).ok();
    assert!(list.contains("Hjemmesykepleien"), "{list}");
    let store = Store::open(&path).unwrap();
    store.integrity_check().unwrap();
    assert_eq!(store.load_board(id).unwrap().board.rows.len(), 152);
    // The damaged file was kept aside, and the good backups are all still there.
    let after = backup_names(&path);
    assert!(
        after.iter().any(|n| n.ends_with("-skadet.tavle")),
        "{after:?}"
    );
    for name in &good_backups {
        assert!(after.contains(name), "{name} gone: {after:?}");
    }
}

#[test]
fn restoring_a_good_file_keeps_a_copy_of_it_and_an_open_store_sees_the_change() {
    let dir = tempfile::tempdir().unwrap();
    let (path, id) = new_file(dir.path(), 2);
    let first_backup = {
        let store = Store::open(&path).unwrap();
        store.backup().unwrap()
    };
    let mut app = Store::open(&path).unwrap();
    app.delete_board(id).unwrap();
    assert!(app.list_boards().unwrap().is_empty());
    let restored = backups::restore(&path, &first_backup).unwrap();
    assert_eq!((restored.boards, restored.rows), (1, 2));
    let kept = restored
        .kept_copy
        .expect("a copy of the file before the restore");
    assert_eq!(
        Store::open_read_only(&kept)
            .unwrap()
            .list_boards()
            .unwrap()
            .len(),
        0
    );
    // The window that had the file open notices and reads the board again.
    assert!(app.changed_elsewhere().unwrap());
    assert_eq!(app.list_boards().unwrap().len(), 1);
    // The name alone, as `tavle backups` shows it, is found in the backup folder.
    app.delete_board(id).unwrap();
    let name = Path::new(first_backup.file_name().unwrap());
    assert_eq!(backups::restore(&path, name).unwrap().boards, 1);
    assert_eq!(app.list_boards().unwrap().len(), 1);
    // A backup that is not a Tavle file is refused, and the file is left alone.
    let junk = dir.path().join("søppel.tavle");
    fs::write(&junk, b"ikke en database").unwrap();
    let before = fs::read(&path).unwrap();
    let err = backups::restore(&path, &junk).unwrap_err();
    assert_eq!(err.kind(), "invalid");
    assert!(err.to_string().contains("kan ikke brukes"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn an_unchanged_file_opened_again_and_again_gets_no_new_backups() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = new_file(dir.path(), 2);
    for _ in 0..5 {
        drop(Store::open(&path).unwrap());
    }
    assert_eq!(backup_names(&path).len(), 1, "{:?}", backup_names(&path));
    let list = backups::list(&path).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(
        (list[0].boards, list[0].rows, list[0].good),
        (Some(1), Some(2), true)
    );
}

#[test]
fn a_backup_name_with_letters_like_ae_oe_aa_anywhere_does_not_stop_the_file_opening() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = new_file(dir.path(), 1);
    fs::create_dir_all(backup_dir(&path)).unwrap();
    for name in [
        "enhet-20251123-172300-12ø.tavle",
        "enhet-20251123-172300-123-ø.tavle",
        "enhet-2025112å-172300-123-01.tavle",
    ] {
        fs::write(backup_dir(&path).join(name), b"x").unwrap();
    }
    drop(Store::open(&path).unwrap());
    assert_eq!(backups::list(&path).unwrap().len(), 1);
}

#[cfg(unix)]
fn make_read_only(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o444)).unwrap();
}

#[cfg(unix)]
#[test]
fn a_read_only_file_opens_for_reading_printing_and_export_and_refuses_edits_politely() {
    let s = Scratch::new();
    let id = s.import_example();
    let before_backups = backup_names(&s.file);
    make_read_only(&s.file);
    let before = fs::read(&s.file).unwrap();

    let mut store = Store::open(&s.file).unwrap();
    assert!(store.is_read_only());
    let stored = store
        .load_board(id.parse().map(tavle::BoardId).unwrap())
        .unwrap();
    assert!(!stored.board.rows.is_empty());
    let err = store
        .update_row_text(
            stored.row_ids[0],
            None,
            &RowText::from(&stored.board.rows[0]),
        )
        .unwrap_err();
    assert_eq!(err.kind(), "read_only");
    assert!(err.to_string().contains("kan bare leses"), "{err}");
    drop(store);

    // The CLI reads, prints and exports it; a change is exit 1 with the same message.
    assert!(s
        .run("show", &["--board", &id])
        .ok()
        .contains("Hjemmesykepleien"));
    let pdf = s.path("tavle.pdf");
    s.print(&id, "board", &pdf).ok();
    assert!(pdf.exists());
    s.run("export", &["--board", &id, "--format", "json"]).ok();
    let run = s.run("status", &["--row", "1", "--to", "pågår"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("kan bare leses"), "{}", run.stderr);
    assert!(
        !run.stderr.to_lowercase().contains("readonly"),
        "{}",
        run.stderr
    );
    assert_eq!(fs::read(&s.file).unwrap(), before);
    assert_eq!(backup_names(&s.file), before_backups);
}

#[test]
fn a_backup_folder_that_cannot_be_written_is_a_warning_and_the_file_still_opens() {
    let s = Scratch::new();
    let id = s.import_example();
    // A plain file where the folder should be: no backup can be written there.
    let _ = fs::remove_dir_all(backup_dir(&s.file));
    fs::write(backup_dir(&s.file), b"ikke en mappe").unwrap();
    let mut store = Store::open(&s.file).unwrap();
    assert!(!store.is_read_only());
    assert_eq!(store.warnings().len(), 1);
    assert!(store.warnings()[0].contains("Sikkerhetskopien kunne ikke tas"));
    let board = tavle::BoardId(id.parse().unwrap());
    let row = store.load_board(board).unwrap().row_ids[0];
    store
        .change_status(
            row,
            &StatusChange {
                on: common::date(2025, 4, 1),
                status: Status::Done,
                note: String::new(),
            },
        )
        .unwrap();
    drop(store);
    let run = s.run("status", &["--row", &row.to_string(), "--to", "pågår"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr
            .contains("Advarsel: Sikkerhetskopien kunne ikke tas"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_file_deleted_or_moved_while_open_is_noticed_before_the_next_write_and_can_be_saved_elsewhere()
{
    let dir = tempfile::tempdir().unwrap();
    let (path, id) = new_file(dir.path(), 2);
    let mut store = Store::open(&path).unwrap();
    let extra = Row {
        goal: "Skrevet etter at filen forsvant".into(),
        ..Row::default()
    };
    fs::remove_file(&path).unwrap();
    let err = store.add_row(id, &extra, None).unwrap_err();
    assert_eq!(err.kind(), "vanished");
    assert_eq!(err.exit_code(), 1);
    assert!(err.to_string().contains("finnes ikke lenger"), "{err}");
    assert!(err.to_string().contains("Lagre som"), "{err}");
    assert!(!path.exists(), "the write must not bring the file back");
    // "Lagre som …": the board is still there to save.
    let elsewhere = dir.path().join("reddet.tavle");
    let mut saved = store.save_as(&elsewhere).unwrap();
    saved.add_row(id, &extra, None).unwrap();
    assert_eq!(saved.load_board(id).unwrap().board.rows.len(), 3);

    // Moved away, and another file put in its place: also noticed.
    let mut store = Store::open(&elsewhere).unwrap();
    fs::rename(&elsewhere, dir.path().join("flyttet.tavle")).unwrap();
    fs::copy(dir.path().join("flyttet.tavle"), &elsewhere).unwrap();
    assert_eq!(
        store.add_row(id, &extra, None).unwrap_err().kind(),
        "vanished"
    );
}

#[test]
fn disk_errors_exit_1_with_a_norwegian_message_and_bad_input_exits_2() {
    let s = Scratch::new();
    // A folder that does not exist: the file cannot be made (I/O), not bad input.
    let missing = s.path("finnes-ikke").join("enhet.tavle");
    let run = tavle(["import", missing.to_str().unwrap(), cli_support::EXAMPLE]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.starts_with("Feil: Kunne ikke bruke"),
        "{}",
        run.stderr
    );
    // A PDF must be a .pdf.
    let id = s.import_example();
    let run = s.print(&id, "board", &s.path("tavle.txt"));
    assert!(run.refused().contains(".pdf"));
    assert!(!s.path("tavle.txt").exists());
}

#[test]
fn save_review_is_one_transaction_a_failed_status_change_keeps_the_old_result() {
    let dir = tempfile::tempdir().unwrap();
    let (path, id) = new_file(dir.path(), 1);
    let mut store = Store::open(&path).unwrap();
    let row = store.load_board(id).unwrap().row_ids[0];
    // Make the second half (the history entry) fail inside the transaction.
    let other = rusqlite::Connection::open(&path).unwrap();
    other
        .execute_batch(
            "CREATE TRIGGER feil BEFORE INSERT ON status_change BEGIN SELECT RAISE(ABORT, 'nei'); END;",
        )
        .unwrap();
    let err = store
        .save_review(
            row,
            Status::Done,
            "",
            "Et nytt resultat",
            common::date(2025, 5, 1),
        )
        .unwrap_err();
    assert_eq!(err.exit_code(), 1);
    let now = store.row(row).unwrap();
    assert_eq!(now.result, "", "half a review was saved");
    assert_eq!(now.status, Status::NotStarted);
    other.execute_batch("DROP TRIGGER feil;").unwrap();
    store
        .save_review(
            row,
            Status::Done,
            "Ferdig",
            "Et nytt resultat",
            common::date(2025, 5, 1),
        )
        .unwrap();
    let now = store.row(row).unwrap();
    assert_eq!(
        (now.result.as_str(), now.status),
        ("Et nytt resultat", Status::Done)
    );
}
