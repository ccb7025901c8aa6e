//! Excel both ways through the app's commands in Tauri's mock runtime (the real
//! configuration and capabilities, no window): the preview writes nothing, the import adds
//! the board the preview showed, a refused sheet leaves the file as it was, and the export
//! writes a workbook that reads back as the same board.

mod common;

use common::app_with_board;
use serde_json::json;

fn fixture(name: &str) -> String {
    format!(
        "{}/../tests/fixtures/sheets/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn the_preview_shows_rows_and_unreadable_cells_and_writes_nothing() {
    let (t, _) = app_with_board();
    let preview = t.ok(
        "preview_sheet_import",
        json!({ "path": fixture("leder-tiltak.ods"), "options": {} }),
    );
    assert_eq!(preview["board"]["rows"].as_array().unwrap().len(), 8);
    assert_eq!(preview["board"]["unit"], "Barnehagen Solstua");
    let problems = preview["report"]["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 2);
    assert_eq!(problems[0]["row"], 10);
    assert_eq!(problems[0]["column"], "E");
    assert_eq!(problems[0]["sheet"], "leder-tiltak");
    assert_eq!(
        preview["report"]["ignored_columns"][0]["header"],
        "Kommentar fra leder"
    );
    assert_eq!(t.ok("list_boards", json!({})).as_array().unwrap().len(), 1);
}

#[test]
fn import_adds_the_board_and_a_refusal_changes_nothing() {
    let (t, _) = app_with_board();
    let id = t.ok(
        "import_sheet",
        json!({ "path": fixture("uten-enhet.csv"), "options": { "unit": "Sykehjemmet", "year": 2026 } }),
    );
    let view = t.view(&id);
    assert_eq!(view["board"]["unit"], "Sykehjemmet");
    assert_eq!(view["board"]["rows"][1]["measure"], "Kartlegge støy");
    let msg = t.refused(
        "import_sheet",
        json!({ "path": fixture("uten-enhet.csv"), "options": {} }),
        "invalid",
    );
    assert!(msg.contains("hvilken enhet"), "{msg}");
    let msg = t.refused(
        "import_sheet",
        json!({ "path": fixture("passord.xlsx"), "options": {} }),
        "invalid",
    );
    assert!(msg.contains("passord"), "{msg}");
    assert_eq!(t.ok("list_boards", json!({})).as_array().unwrap().len(), 2);
}

#[test]
fn export_writes_a_workbook_that_imports_back_as_the_same_board() {
    let (t, board) = app_with_board();
    t.add_row(&board, "Bedre overlevering", json!(null));
    let path = t.path("tavle.xlsx");
    let written = t.ok("export_xlsx", json!({ "boardId": board, "path": path }));
    assert_eq!(written, json!(path));
    assert!(std::fs::read(&path).unwrap().starts_with(b"PK"));
    let id = t.ok("import_sheet", json!({ "path": path, "options": {} }));
    let (mut copy, mut first) = (
        t.view(&id)["board"].clone(),
        t.view(&board)["board"].clone(),
    );
    // Brought into the file it came from, it is a copy: a board of its own identity.
    let (a, b) = (copy["identity"].take(), first["identity"].take());
    assert_ne!(a, b);
    assert_eq!(copy, first);
}
