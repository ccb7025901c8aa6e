//! The spreadsheet round trip as it is really done: the leader exports the board to .xlsx,
//! a colleague changes two statuses, edits a Tiltak, deletes a row, adds one and sorts the
//! sheet in Excel or LibreOffice and saves it, and the leader imports it back. The board it
//! came from is updated — never a second board — and `tavle delete` removes a board.

mod cli_support;
mod support_sheets;

use cli_support::{exchange, row, Scratch};
use support_sheets::{read_book, text, write_book};

use calamine::Data;

const ROW_ID: &str = "tavle_row_id";

/// A file with one board of six rows (rows 2 and 4 have no history yet).
fn six_rows() -> Scratch {
    let s = Scratch::new();
    let mut rows: Vec<serde_json::Value> = ["A", "B", "C", "D", "E", "F"]
        .iter()
        .map(|m| row(&format!("Tiltak {m}"), None, "not_started"))
        .collect();
    for i in [0, 2, 4, 5] {
        rows[i]["status"] = "in_progress".into();
        rows[i]["history"] =
            serde_json::json!([{ "on": "2026-02-01", "status": "in_progress", "note": "" }]);
    }
    let json = exchange(serde_json::json!({
        "unit": "Lindåsen sykehjem",
        "year": 2026,
        "rows": rows,
    }));
    assert_eq!(s.import_text(&json), "1");
    s
}

fn export(s: &Scratch) -> Vec<u8> {
    let out = s.path("tavle.xlsx");
    assert_eq!(s.export_to("1", "xlsx", &out).code, 0);
    std::fs::read(out).unwrap()
}

/// The board as JSON.
fn board(s: &Scratch, id: &str) -> serde_json::Value {
    let json = s.run("export", &["--board", id, "--format", "json"]).ok();
    serde_json::from_str::<serde_json::Value>(&json).unwrap()["board"].clone()
}

fn measures(board: &serde_json::Value) -> Vec<String> {
    board["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["measure"].as_str().unwrap().to_string())
        .collect()
}

fn row_named<'a>(board: &'a serde_json::Value, measure: &str) -> &'a serde_json::Value {
    board["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["measure"] == measure)
        .unwrap_or_else(|| panic!("no row «{measure}»"))
}

/// What the colleague does in LibreOffice: B becomes Fullført (no history before), C
/// becomes På vent, E's Tiltak is reworded, D is deleted, a row is inserted, and the sheet
/// is sorted by Tiltak, Z to A.
fn colleague_edits(bytes: &[u8]) -> Vec<u8> {
    let mut book = read_book(bytes);
    let tavle = &mut book[0];
    assert_eq!(tavle.name, "Tavle");
    let (measure, status) = (tavle.col("Tiltak"), tavle.col("Status"));
    assert!(tavle.rows[0].iter().any(|c| *c == ROW_ID));
    let b = tavle.row_with(measure, "Tiltak B");
    tavle.rows[b][status] = text("Fullført");
    let c = tavle.row_with(measure, "Tiltak C");
    tavle.rows[c][status] = text("På vent");
    let e = tavle.row_with(measure, "Tiltak E");
    tavle.rows[e][measure] = text("Tiltak E, nå hver uke");
    let d = tavle.row_with(measure, "Tiltak D");
    tavle.rows.remove(d);
    // Inserted between two rows: no Nr, no id.
    let mut new_row = vec![Data::Empty; tavle.rows[0].len()];
    new_row[tavle.col("Mål")] = text("Færre fall");
    new_row[measure] = text("Tiltak G");
    new_row[status] = text("Pågår");
    tavle.rows.insert(2, new_row);
    let header = tavle.rows.remove(0);
    tavle
        .rows
        .sort_by_key(|r| std::cmp::Reverse(r[measure].to_string()));
    tavle.rows.insert(0, header);
    write_book(&book, ROW_ID)
}

#[test]
fn a_workbook_edited_in_libreoffice_updates_the_board_it_came_from() {
    let s = six_rows();
    let before = board(&s, "1");
    let edited = s.write("fra-kollega.xlsx", colleague_edits(&export(&s)));
    let sheet = edited.to_str().unwrap();

    let preview = s.run("import", &[sheet, "--preview"]).ok();
    assert!(
        preview.contains(
            "Oppdaterer tavlen Lindåsen sykehjem 2026 (id 1) som arbeidsboken ble eksportert fra: \
             3 endret, 1 nye, 1 finnes ikke lenger i arket."
        ),
        "{preview}"
    );
    assert!(
        preview.contains("beholdes (--remove-missing fjerner dem)"),
        "{preview}"
    );

    let run = s.run("import", &[sheet]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout.trim(), "1", "the same board's id");
    let list = s.run("list", &[]).ok();
    assert_eq!(
        list.matches("Lindåsen sykehjem").count(),
        1,
        "one board, not two: {list}"
    );
    let after = board(&s, "1");
    // Matched rows keep their places, D is kept (not in the sheet), G comes last.
    assert_eq!(
        measures(&after),
        [
            "Tiltak A",
            "Tiltak B",
            "Tiltak C",
            "Tiltak D",
            "Tiltak E, nå hver uke",
            "Tiltak F",
            "Tiltak G"
        ]
    );
    let today = chrono::Local::now().date_naive().to_string();
    for (measure, status, entries) in [("Tiltak B", "done", 1), ("Tiltak C", "paused", 2)] {
        let r = row_named(&after, measure);
        assert_eq!(r["status"], status, "{measure}");
        let history = r["history"].as_array().unwrap();
        assert_eq!(history.len(), entries, "{measure}: {history:?}");
        let last = history.last().unwrap();
        assert_eq!(last["on"], today.as_str(), "{measure}");
        assert_eq!(last["note"], "Endret i Excel", "{measure}");
        assert_eq!(last["status"], status, "{measure}");
    }
    // Untouched rows are as they were, history and all.
    for measure in ["Tiltak A", "Tiltak F"] {
        let old = row_named(&before, measure);
        assert_eq!(row_named(&after, measure), old, "{measure}");
    }
    assert_eq!(row_named(&after, "Tiltak G")["status"], "in_progress");

    // The same workbook again: nothing changed, nothing new.
    let again = s.run("import", &[sheet, "--preview"]).ok();
    assert!(
        again.contains("0 endret, 0 nye, 1 finnes ikke lenger"),
        "{again}"
    );

    // --remove-missing takes D away.
    let run = s.run("import", &[sheet, "--remove-missing"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("fjernes"), "{}", run.stderr);
    let after = board(&s, "1");
    assert!(!measures(&after).contains(&"Tiltak D".to_string()));
    assert_eq!(measures(&after).len(), 6);
}

#[test]
fn as_new_makes_a_separate_copy_on_purpose() {
    let s = six_rows();
    let sheet = s.write("kopi.xlsx", export(&s));
    let run = s.run("import", &[sheet.to_str().unwrap(), "--as-new"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout.trim(), "2");
    assert_eq!(measures(&board(&s, "2")), measures(&board(&s, "1")));
}

#[test]
fn a_leaders_own_sheet_for_a_unit_and_year_already_in_the_file_is_refused_with_advice() {
    let s = six_rows();
    let csv = s.write(
        "egen.csv",
        "Enhet:;Lindåsen sykehjem\nÅr:;2026\nMål;Tiltak;Status\nFærre fall;Kurs;Pågår\n",
    );
    let before = s.file_bytes();
    let err = s.run("import", &[csv.to_str().unwrap()]).refused();
    assert!(
        err.contains("Filen har allerede en tavle for Lindåsen sykehjem 2026 (id 1)")
            && err.contains("--as-new")
            && err.contains("tavle delete FIL --board 1"),
        "{err}"
    );
    assert_eq!(s.file_bytes(), before, "nothing written");
    let run = s.run("import", &[csv.to_str().unwrap(), "--as-new"]);
    assert_eq!(run.stdout.trim(), "2", "{run:?}");
}

#[test]
fn a_board_is_deleted_with_a_backup_first() {
    let s = six_rows();
    let run = s.run("delete", &["--board", "1"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .contains("Slettet tavlen Lindåsen sykehjem 2026 (id 1)"),
        "{}",
        run.stdout
    );
    let list = s.run("list", &[]).ok();
    assert!(!list.contains("Lindåsen"), "{list}");
    let backups = s.run("backups", &[]).ok();
    // «Tatt  Tavler  Rader  Kopi»: the newest backup, taken before the delete, has the
    // board and its six rows.
    let newest: Vec<&str> = backups.lines().nth(1).unwrap().split_whitespace().collect();
    assert_eq!(newest[3..5], ["1", "6"], "{backups}");
    let err = s.run("delete", &["--board", "1"]);
    assert_ne!(err.code, 0);
}
