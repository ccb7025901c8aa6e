//! Excel both ways through the app's commands in Tauri's mock runtime (the real
//! configuration and capabilities, no window): the preview writes nothing and lists the
//! columns and status words still to choose, the import adds the board the preview showed,
//! a refused sheet leaves the file as it was, the export writes a workbook that comes back
//! into the board it came from (or a copy on purpose), and a board can be deleted.

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
fn the_preview_shows_rows_unreadable_cells_and_what_is_still_to_choose_and_writes_nothing() {
    let (t, _) = app_with_board();
    let preview = t.ok(
        "preview_sheet_import",
        json!({ "path": fixture("leder-tiltak.ods"), "options": {} }),
    );
    assert_eq!(preview["board"]["rows"].as_array().unwrap().len(), 8);
    assert_eq!(preview["board"]["unit"], "Barnehagen Solstua");
    assert_eq!(preview["target"]["kind"], "new");
    let problems = preview["report"]["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0]["row"], 10);
    assert_eq!(problems[0]["column"], "E");
    assert_eq!(problems[0]["sheet"], "leder-tiltak");
    let unknown = &preview["report"]["unknown_columns"][0];
    assert_eq!(unknown["header"], "Kommentar fra leder");
    assert_eq!(unknown["letter"], "H");
    assert_eq!(unknown["values"][0], "Tatt opp på personalmøtet");
    assert_eq!(
        preview["report"]["unknown_statuses"][0]["word"],
        "Venter på svar"
    );
    // Importing before each is chosen is refused; chosen in the preview, it goes.
    let msg = t.refused(
        "import_sheet",
        json!({ "path": fixture("leder-tiltak.ods"), "options": {} }),
        "invalid",
    );
    assert!(msg.contains("Kommentar fra leder"), "{msg}");
    let options = json!({
        "columns": [{ "from": "Kommentar fra leder", "to": "result" }],
        "statuses": [{ "from": "Venter på svar", "to": "paused" }],
    });
    let preview = t.ok(
        "preview_sheet_import",
        json!({ "path": fixture("leder-tiltak.ods"), "options": options }),
    );
    assert_eq!(preview["report"]["unknown_columns"], json!([]));
    assert_eq!(preview["report"]["unknown_statuses"], json!([]));
    assert_eq!(t.ok("list_boards", json!({})).as_array().unwrap().len(), 1);
    let done = t.ok(
        "import_sheet",
        json!({ "path": fixture("leder-tiltak.ods"), "options": options }),
    );
    let view = t.view(&done["board"]);
    assert_eq!(view["board"]["rows"][7]["status"], "paused");
    // Mapped to Resultat beside the sheet's own Resultat: both texts, one to a line.
    assert_eq!(
        view["board"]["rows"][0]["result"],
        "Alle avdelinger har overlevering\nTatt opp på personalmøtet"
    );
}

#[test]
fn import_adds_the_board_and_a_refusal_changes_nothing() {
    let (t, _) = app_with_board();
    let done = t.ok(
        "import_sheet",
        json!({ "path": fixture("uten-enhet.csv"), "options": { "unit": "Sykehjemmet", "year": 2026 } }),
    );
    let view = t.view(&done["board"]);
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
fn an_exported_workbook_comes_back_into_the_board_it_came_from_or_as_a_copy_on_purpose() {
    let (t, board) = app_with_board();
    t.add_row(&board, "Bedre overlevering", json!(null));
    let path = t.path("tavle.xlsx");
    let written = t.ok("export_xlsx", json!({ "boardId": board, "path": path }));
    assert_eq!(written, json!(path));
    assert!(std::fs::read(&path).unwrap().starts_with(b"PK"));
    let preview = t.ok(
        "preview_sheet_import",
        json!({ "path": path, "options": {} }),
    );
    assert_eq!(preview["target"]["kind"], "update");
    assert_eq!(preview["target"]["counts"]["changed"], 0);
    assert_eq!(preview["target"]["counts"]["added"], 0);
    let before = t.view(&board)["board"].clone();
    let done = t.ok("import_sheet", json!({ "path": path, "options": {} }));
    assert_eq!(done["board"], board);
    assert_eq!(done["target"]["kind"], "update");
    assert_eq!(t.view(&board)["board"], before);
    assert_eq!(t.ok("list_boards", json!({})).as_array().unwrap().len(), 1);
    // A copy on purpose.
    let done = t.ok(
        "import_sheet",
        json!({ "path": path, "options": {}, "choice": { "as_new": true } }),
    );
    assert_ne!(done["board"], board);
    // A copy is a board of its own: its own identity, the same content.
    let (mut copy, mut before) = (t.view(&done["board"])["board"].clone(), before);
    assert_ne!(copy["identity"].take(), before["identity"].take());
    assert_eq!(copy, before);
    assert_eq!(t.ok("list_boards", json!({})).as_array().unwrap().len(), 2);
}

#[test]
fn a_board_is_deleted() {
    let (t, board) = app_with_board();
    t.ok("delete_board", json!({ "boardId": board }));
    assert_eq!(t.ok("list_boards", json!({})), json!([]));
    t.refused("delete_board", json!({ "boardId": board }), "not_found");
}
