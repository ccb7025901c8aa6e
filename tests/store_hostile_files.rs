//! A `.tavle` file is data from outside: a mail, a USB stick, a shared folder where anyone
//! can drop a file. Each hostile file here is made by the test, the way someone with the
//! sqlite3 shell would make it, and Tavle must refuse it with a clear Norwegian message,
//! never run what was planted, never write to it, and never let it stall HR's roll-up.

mod cli_support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use cli_support::{tavle, EXAMPLE};
use rusqlite::Connection;
use tavle::store::Store;
use tavle::{RowId, Status, StatusChange};

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A file with the example board (three rows).
fn example_file(dir: &Path, name: &str) -> PathBuf {
    let file = dir.join(name);
    tavle(["import", path_str(&file), EXAMPLE]).ok();
    file
}

/// A shared folder with two units' snapshots: «Hjemmesykepleien 2025» and «Sone 2 2025».
fn share_with_two_units(dir: &Path) -> PathBuf {
    let share = dir.join("delt");
    std::fs::create_dir(&share).unwrap();
    let file = example_file(dir, "a.tavle");
    tavle(["publish", path_str(&file), "--to", path_str(&share)]).ok();
    let other = dir.join("b.tavle");
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(EXAMPLE).unwrap()).unwrap();
    json["board"]["unit"] = "Sone 2".into();
    let other_json = dir.join("sone2.json");
    std::fs::write(&other_json, json.to_string()).unwrap();
    tavle(["import", path_str(&other), path_str(&other_json)]).ok();
    tavle(["publish", path_str(&other), "--to", path_str(&share)]).ok();
    share
}

fn sql(file: &Path, statements: &str) {
    let conn = Connection::open(file).unwrap();
    conn.execute_batch(statements).unwrap();
}

#[test]
fn a_planted_trigger_never_runs_the_file_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path(), "e.tavle");
    sql(
        &file,
        "CREATE TRIGGER t AFTER UPDATE ON row BEGIN DELETE FROM board; END;",
    );
    let before = std::fs::read(&file).unwrap();

    let stderr = tavle(["status", path_str(&file), "--row", "3", "--to", "done"]).refused();
    assert!(
        stderr.contains("endret utenfor Tavle") && stderr.contains("trigger «t»"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), before, "not a byte written");
    // Every board is still there: read with plain SQLite, nothing of Tavle's in between.
    let conn = Connection::open(&file).unwrap();
    let boards: i64 = conn
        .query_row("SELECT count(*) FROM board", [], |r| r.get(0))
        .unwrap();
    assert_eq!(boards, 1);

    // Reading is refused the same way, and so is opening in the app's store.
    tavle(["list", path_str(&file)]).refused();
    assert!(Store::open(&file).is_err() && Store::open_read_only(&file).is_err());
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn a_changed_table_a_missing_index_and_an_extra_table_are_each_refused_in_nynorsk_too() {
    let dir = tempfile::tempdir().unwrap();
    for (name, tamper, says) in [
        ("ekstra.tavle", "CREATE TABLE spion (x);", "tabell «spion»"),
        (
            "indeks.tavle",
            "DROP INDEX row_by_due;",
            "indeksen «row_by_due» mangler",
        ),
        (
            "kolonne.tavle",
            "ALTER TABLE board ADD COLUMN merknad TEXT;",
            "«board» er ikke slik Tavle laget den",
        ),
    ] {
        let file = example_file(dir.path(), name);
        sql(&file, tamper);
        let stderr = tavle(["show", path_str(&file), "--board", "1"]).refused();
        assert!(stderr.contains(says), "{name}: {stderr}");
    }
    let file = dir.path().join("ekstra.tavle");
    let run = cli_support::tavle_in_env(["list", path_str(&file)], &[("LANG", "nn_NO.UTF-8")]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("endra utanfor Tavle") && run.stderr.contains("ein tabell «spion»"),
        "{}",
        run.stderr
    );
}

/// The unit's `row` table replaced by a view that never ends.
fn plant_endless_view(file: &Path) {
    sql(
        file,
        "ALTER TABLE row RENAME TO row_old;
         CREATE VIEW row AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)
             SELECT n AS id, 1 AS board_id, n AS position, '' AS goal, '' AS ideas,
                    '' AS measure, '' AS owner, '' AS when_text, NULL AS due,
                    'not_started' AS status, '' AS result, 1 AS version,
                    NULL AS created_on FROM r;",
    );
}

#[test]
fn a_snapshot_with_an_endless_view_is_skipped_and_the_rollup_of_the_rest_finishes() {
    let dir = tempfile::tempdir().unwrap();
    let share = share_with_two_units(dir.path());
    let planted = share.join("Sone 2 2025.tavle");
    plant_endless_view(&planted);

    let started = Instant::now();
    let run = tavle(["rollup", path_str(&share), "--format", "csv"]);
    let took = started.elapsed();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(took < Duration::from_secs(2), "the roll-up took {took:?}");
    assert!(run.stdout.contains("Hjemmesykepleien"), "{}", run.stdout);
    assert!(!run.stdout.contains("Sone 2"), "{}", run.stdout);
    assert!(
        run.stderr.contains("Sone 2 2025.tavle") && run.stderr.contains("endret utenfor Tavle"),
        "the skipped file and why: {}",
        run.stderr
    );

    // list and show refuse it at once, and another leader's publish onto that name stops.
    for args in [
        vec!["list", path_str(&planted)],
        vec!["show", path_str(&planted), "--board", "1"],
    ] {
        let started = Instant::now();
        tavle(&args).refused();
        assert!(started.elapsed() < Duration::from_secs(2), "{args:?}");
    }
    let other = dir.path().join("b.tavle");
    let started = Instant::now();
    let run = tavle(["publish", path_str(&other), "--to", path_str(&share)]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[cfg(unix)]
#[test]
fn a_fifo_named_like_a_journal_beside_a_snapshot_does_not_hang_the_rollup() {
    let dir = tempfile::tempdir().unwrap();
    let share = share_with_two_units(dir.path());
    let fifo = share.join("Sone 2 2025.tavle-journal");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());

    let started = Instant::now();
    let run = tavle(["rollup", path_str(&share), "--format", "csv"]);
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Hjemmesykepleien"));
    assert!(
        run.stderr.contains("Sone 2 2025.tavle-journal") && run.stderr.contains("vanlig fil"),
        "{}",
        run.stderr
    );
}

/// Kills `tavle status` on `file` in the middle of its commit, so a hot journal is left.
fn leave_hot_journal(file: &Path) {
    let journal = PathBuf::from(format!("{}-journal", file.display()));
    // Every attempt takes the same path, a backup first and then the commit: opening backs
    // up at most once every ten minutes, so the attempts run with a backup folder of their
    // own, and the one there before is put back afterwards.
    let backups = file.parent().unwrap().join("backups");
    let saved = file.parent().unwrap().join("backups-lagt-bort");
    let had_backups = backups.exists();
    if had_backups {
        std::fs::rename(&backups, &saved).unwrap();
    }
    let put_back = || {
        let _ = std::fs::remove_dir_all(&backups);
        if had_backups {
            std::fs::rename(&saved, &backups).unwrap();
        }
    };
    for n in 1..40 {
        let _ = std::fs::remove_dir_all(&backups);
        let copy = file.with_extension("kopi");
        std::fs::copy(file, &copy).unwrap();
        let status = Command::new("strace")
            .args(["-f", "-o", "/dev/null", "-e", "trace=pwrite64"])
            .arg(format!("-einject=pwrite64:signal=KILL:when={n}"))
            .arg(env!("CARGO_BIN_EXE_tavle"))
            .args(["status", path_str(file), "--row", "1", "--to", "paused"])
            .env("LANG", "C")
            .status()
            .unwrap();
        let hot = std::fs::read(&journal).is_ok_and(|j| j.len() > 8 && j[..8] != [0; 8]);
        if !status.success() && hot {
            std::fs::remove_file(copy).unwrap();
            put_back();
            return;
        }
        std::fs::rename(&copy, file).unwrap();
        let _ = std::fs::remove_file(&journal);
    }
    panic!("no kill point left a hot journal");
}

#[test]
fn a_leftover_journal_beside_a_snapshot_is_read_as_sqlite_would_roll_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let share = share_with_two_units(dir.path());
    let snapshot = share.join("Sone 2 2025.tavle");
    leave_hot_journal(&snapshot);
    let listing = |dir: &Path| {
        let mut names: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().is_file())
            .map(|e| {
                let e = e.unwrap();
                (
                    e.file_name().to_string_lossy().into_owned(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        names.sort();
        names
    };
    let before = listing(&share);

    let run = tavle(["rollup", path_str(&share), "--format", "csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("Sone 2") && !run.stderr.contains("Hoppet over"),
        "the unit is read, not skipped: {}{}",
        run.stdout,
        run.stderr
    );
    assert_eq!(listing(&share), before, "the roll-up wrote nothing");
    // What it read is the board before the cut-off change: row 1 not paused.
    let store = Store::open_snapshot(&snapshot).unwrap();
    let board = store.load_board(tavle::BoardId(1)).unwrap().board;
    assert_ne!(board.rows[0].status, Status::Paused);
}

#[test]
fn restore_over_a_file_with_a_hot_journal_keeps_the_rolled_back_file_and_never_deletes_a_journal() {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path(), "e.tavle");
    // Opening for a change takes the first backup (the board as imported).
    tavle(["status", path_str(&file), "--row", "2", "--to", "done"]).ok();
    let before = format!(
        "{:?}",
        Store::open_read_only(&file)
            .unwrap()
            .load_board(tavle::BoardId(1))
            .unwrap()
            .board
    );
    let backup = tavle::store::backups::list(&file).unwrap().remove(0).path;

    // A status change cut off mid-commit: the kept copy is the file as SQLite rolls it back.
    leave_hot_journal(&file);
    let run = tavle(["restore", path_str(&file), "--from", path_str(&backup)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let kept = tavle::store::backups::list(&file).unwrap().remove(0);
    assert!(kept.good, "the kept copy is whole: {kept:?}");
    let kept_board = Store::open_read_only(&kept.path)
        .unwrap()
        .load_board(tavle::BoardId(1))
        .unwrap()
        .board;
    assert_eq!(format!("{kept_board:?}"), before);

    // A file SQLite cannot open at all, with a journal beside it: replaced whole by the
    // backup, and the journal moves beside the kept copy of the damaged file, unchanged.
    leave_hot_journal(&file);
    let journal = dir.path().join("e.tavle-journal");
    let journal_bytes = std::fs::read(&journal).unwrap();
    let mut bytes = std::fs::read(&file).unwrap();
    bytes[..16].copy_from_slice(b"ikke en database");
    std::fs::write(&file, bytes).unwrap();
    let run = tavle(["restore", path_str(&file), "--from", path_str(&backup)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        !journal.exists(),
        "the old journal is not left to be played into the new file"
    );
    let kept: Vec<PathBuf> = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with("-skadet.tavle-journal"))
        .collect();
    assert_eq!(kept.len(), 1, "the journal was kept: {kept:?}");
    assert_eq!(std::fs::read(&kept[0]).unwrap(), journal_bytes);
    let kept_copy = PathBuf::from(kept[0].to_string_lossy().trim_end_matches("-journal"));
    assert!(
        kept_copy.exists(),
        "beside the kept copy of the damaged file"
    );
    tavle(["list", path_str(&file)]).ok();
}

#[test]
fn a_removed_status_change_never_gives_its_id_to_the_next_one() {
    let dir = tempfile::tempdir().unwrap();
    let file = example_file(dir.path(), "e.tavle");
    let mut store = Store::open(&file).unwrap();
    let row = RowId(3);
    let day = |d| NaiveDate::from_ymd_opt(2025, 3, d).unwrap();
    for (d, status) in [(1, Status::InProgress), (2, Status::Paused)] {
        store
            .change_status(
                row,
                &StatusChange {
                    on: day(d),
                    status,
                    note: String::new(),
                },
            )
            .unwrap();
    }
    let (last, _) = store.status_history(row).unwrap().pop().unwrap();
    store.remove_status_change(row, last).unwrap();
    store
        .change_status(
            row,
            &StatusChange {
                on: day(3),
                status: Status::Done,
                note: String::new(),
            },
        )
        .unwrap();
    let ids: Vec<_> = store
        .status_history(row)
        .unwrap()
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert!(!ids.contains(&last), "{last:?} came back in {ids:?}");
    // An older window's «Rett» on the removed id finds nothing, rather than the new entry.
    assert!(store.remove_status_change(row, last).is_err());
}

#[test]
fn a_publish_cleans_up_what_a_killed_publish_left_and_the_rollup_never_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let share = share_with_two_units(dir.path());
    let stale = share.join(".Hjemmesykepleien 2025.tavle.4242-0.tmp");
    let fresh = share.join(".Hjemmesykepleien 2025.tavle.4343-0.tmp");
    let someone_elses = share.join(".Sone 2 2025.tavle.4242-0.tmp");
    let snapshot = std::fs::read(share.join("Hjemmesykepleien 2025.tavle")).unwrap();
    let an_hour_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
    for leftover in [&stale, &fresh, &someone_elses] {
        std::fs::write(leftover, &snapshot).unwrap();
    }
    for leftover in [&stale, &someone_elses] {
        let f = std::fs::OpenOptions::new()
            .write(true)
            .open(leftover)
            .unwrap();
        f.set_modified(an_hour_ago).unwrap();
    }

    let run = tavle(["rollup", path_str(&share), "--format", "csv"]);
    assert_eq!(
        run.stdout
            .lines()
            .filter(|l| l.starts_with("Hjemmesykepleien;"))
            .count(),
        1,
        "{}",
        run.stdout
    );

    tavle([
        "publish",
        path_str(&dir.path().join("a.tavle")),
        "--to",
        path_str(&share),
    ])
    .ok();
    assert!(!stale.exists(), "the killed publish's leftover is removed");
    assert!(fresh.exists(), "one being written right now is left alone");
    assert!(
        someone_elses.exists(),
        "another unit's name is not ours to clean"
    );
}
