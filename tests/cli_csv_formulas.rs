//! Every CSV `tavle` writes (the board's rows, the roll-up) defuses a cell that Excel would
//! run as a formula: a unit named `=HYPERLINK(…)` arrives at HR as text, not as a link.

mod cli_support;

use std::ffi::OsStr;

use cli_support::{exchange, tavle, Scratch};
use serde_json::json;

const HOSTILE: &str = "=HYPERLINK(\"http://x.invalid\",\"klikk\")";

/// The cells of a CSV as Excel in Norway reads it (`;`, BOM), read with the csv crate.
fn cells(bytes: &[u8]) -> Vec<Vec<String>> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").expect("a BOM");
    csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .flexible(true)
        .from_reader(body)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// No cell starts the way Excel starts a formula, except a plain number like `-3,5`.
fn assert_no_formula(what: &str, rows: &[Vec<String>]) {
    for cell in rows.iter().flatten() {
        let is_number = cell
            .strip_prefix('-')
            .is_some_and(|n| n.replace(',', "").parse::<u64>().is_ok());
        assert!(
            is_number || !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "{what}: a cell Excel would run: {cell:?}"
        );
    }
}

/// A file with one board whose unit and texts are formulas.
fn hostile_board() -> (Scratch, String) {
    let s = Scratch::new();
    let id = s.import_text(&exchange(json!({
        "unit": HOSTILE,
        "year": 2025,
        "rows": [
            { "goal": HOSTILE, "measure": "@SUM(1+1)*cmd|' /C calc'!A0", "owner": "+47 99",
              "when": "-1 dag", "result": "\t=1+1", "status": "in_progress" }
        ]
    })));
    (s, id)
}

#[test]
fn the_rollup_csv_of_a_unit_named_as_a_formula_has_the_cell_defused() {
    let (s, _) = hostile_board();
    let share = tempfile::tempdir().unwrap();
    tavle([
        OsStr::new("publish"),
        s.file.as_os_str(),
        OsStr::new("--to"),
        share.path().as_os_str(),
    ])
    .ok();
    let run = tavle([
        OsStr::new("rollup"),
        share.path().as_os_str(),
        OsStr::new("--format"),
        OsStr::new("csv"),
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let rows = cells(&run.stdout_bytes);
    assert_eq!(rows[1][0], format!("'{HOSTILE}"), "{rows:?}");
    assert_no_formula("rollup --format csv", &rows);
}

#[test]
fn the_board_csv_has_every_formula_cell_defused() {
    let (s, id) = hostile_board();
    let run = s.run("export", &["--board", &id, "--format", "csv"]);
    assert_eq!(run.code, 0, "{run:?}");
    let rows = cells(&run.stdout_bytes);
    assert_eq!(rows[1][0], format!("'{HOSTILE}"), "{rows:?}");
    let column = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    assert_eq!(rows[1][column("Ansvar")], "'+47 99", "{rows:?}");
    assert_eq!(rows[1][column("Når")], "'-1 dag", "{rows:?}");
    assert_no_formula("export --format csv", &rows);
}
