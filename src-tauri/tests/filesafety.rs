//! The file-safety commands in Tauri's mock runtime: a save based on an old version is a
//! conflict the screen can show, another process's change is noticed, the backups are
//! listed, looked at and restored, a vanished file can be saved elsewhere, and a PDF must
//! be a `.pdf`.

mod common;

use common::{app_with_board, text};
use serde_json::json;
use tavle_model::RowText;
use tavle_store::store::Store;

#[test]
fn a_row_saved_from_an_old_version_is_a_conflict_and_the_newer_text_stays() {
    let (t, board) = app_with_board();
    let row = t.add_row(&board, "Første mål", json!(null));
    let view = t.view(&board);
    let version = view["row_versions"][0].clone();
    // Another process changes the row.
    let path = t.path("enhet.tavle");
    let mut other = Store::open(std::path::Path::new(&path)).unwrap();
    let id = other
        .load_board(tavle_model::BoardId(board.as_i64().unwrap()))
        .unwrap();
    let mut changed = RowText::from(&id.board.rows[0]);
    changed.owner = "Fra kommandolinjen".into();
    other
        .update_row_text(id.row_ids[0], None, &changed)
        .unwrap();
    assert_eq!(
        t.ok("outside_changes", json!({})),
        json!({ "changed": true, "read_only": false })
    );
    assert_eq!(
        t.ok("outside_changes", json!({})),
        json!({ "changed": false, "read_only": false })
    );
    // The window saves what it typed, from the version it read: refused, nothing lost.
    let message = t.refused(
        "update_row",
        json!({ "row": row, "text": text("Skrevet i vinduet"), "version": version }),
        "conflict",
    );
    assert!(message.contains("endret et annet sted"), "{message}");
    assert_eq!(
        t.view(&board)["board"]["rows"][0]["owner"],
        "Fra kommandolinjen"
    );
    // With the version read again, the save goes through and says the new version.
    let fresh = t.view(&board)["row_versions"][0].clone();
    let saved = t.ok(
        "update_row",
        json!({ "row": row, "text": text("Skrevet i vinduet"), "version": fresh }),
    );
    assert_eq!(saved["version"], json!(fresh.as_i64().unwrap() + 1));
}

#[test]
fn the_plan_and_the_header_carry_versions_that_refuse_old_saves() {
    let (t, board) = app_with_board();
    let form = t.ok("plan_form", json!({ "board": board }));
    let mut plan = form["plan"].clone();
    plan["situation"] = json!("Fra vindu A");
    let v = t.ok(
        "save_plan",
        json!({ "board": board, "plan": plan, "version": form["version"] }),
    );
    assert_eq!(v, json!(form["version"].as_i64().unwrap() + 1));
    plan["situation"] = json!("Fra vindu B");
    t.refused(
        "save_plan",
        json!({ "board": board, "plan": plan, "version": form["version"] }),
        "conflict",
    );
    let view = t.view(&board);
    let header = json!({
        "title": "Forbedringstavle", "unit": "Hjemmesykepleien", "year": 2025,
        "main_goal": "Nytt hovedmål", "focus": "", "target_pct": 7.0
    });
    t.ok(
        "update_board_header",
        json!({ "id": board, "header": header, "version": view["version"] }),
    );
    t.refused(
        "update_board_header",
        json!({ "id": board, "header": header, "version": view["version"] }),
        "conflict",
    );
}

#[test]
fn backups_are_listed_looked_at_read_only_and_restored() {
    let (t, board) = app_with_board();
    let row = t.add_row(&board, "Rad som blir med i kopien", json!(null));
    let file = t.path("enhet.tavle");
    // Opening again takes a backup of the board with its row.
    t.ok("open_file", json!({ "path": file }));
    let list = t.ok("list_backups", json!({ "file": file }));
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(
        (list[0]["boards"].clone(), list[0]["rows"].clone()),
        (json!(1), json!(1))
    );
    let backup = list[0]["path"].clone();
    t.ok("delete_row", json!({ "row": row }));
    // Look first: read-only, and says what it is a backup of.
    let info = t.ok("open_backup", json!({ "file": file, "from": backup }));
    assert_eq!(info["read_only"], json!(true));
    assert_eq!(info["backup_of"], json!(file));
    t.refused(
        "add_row",
        json!({ "board": board, "text": text("x"), "position": null }),
        "read_only",
    );
    assert_eq!(t.goals(&board), vec!["Rad som blir med i kopien"]);
    let back = t.ok("back_to_file", json!({}));
    assert_eq!(back["read_only"], json!(false));
    assert!(t.goals(&board).is_empty());
    // Then restore: the row is back, and the file as it was is kept among the backups.
    let restored = t.ok("restore_backup", json!({ "file": file, "from": backup }));
    assert_eq!(restored["read_only"], json!(false));
    assert_eq!(t.goals(&board), vec!["Rad som blir med i kopien"]);
    assert!(
        t.ok("list_backups", json!({ "file": file }))
            .as_array()
            .unwrap()
            .len()
            >= 2
    );
}

#[test]
fn a_vanished_file_is_told_and_can_be_saved_elsewhere() {
    let (t, board) = app_with_board();
    std::fs::remove_file(t.path("enhet.tavle")).unwrap();
    let message = t.refused(
        "add_row",
        json!({ "board": board, "text": text("Etter at filen forsvant"), "position": null }),
        "vanished",
    );
    assert!(message.contains("Lagre som"), "{message}");
    let info = t.ok("save_file_as", json!({ "path": t.path("reddet.tavle") }));
    assert_eq!(info["name"], "reddet.tavle");
    t.add_row(&board, "Etter at filen forsvant", json!(null));
    assert_eq!(t.goals(&board), vec!["Etter at filen forsvant"]);
}

#[test]
fn a_pdf_must_be_saved_with_a_pdf_name() {
    let (t, board) = app_with_board();
    let message = t.refused(
        "print_pdf",
        json!({ "boardId": board, "what": "board", "paper": "a3", "path": t.path("enhet.tavle.txt") }),
        "invalid",
    );
    assert!(message.contains(".pdf"), "{message}");
}

#[cfg(unix)]
#[test]
fn a_file_made_read_only_while_open_is_told_once_and_then_refuses_edits() {
    use std::os::unix::fs::PermissionsExt;
    let (t, board) = app_with_board();
    let row = t.add_row(&board, "Første mål", json!(null));
    let path = t.path("enhet.tavle");
    // `chmod 444` by the user while the app has the file open. The tests run as root, whom
    // the kernel lets write anyway; the check reads the mode bits, which bite for root too.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&path).unwrap();
    assert_eq!(
        t.ok("outside_changes", json!({})),
        json!({ "changed": false, "read_only": true })
    );
    assert_eq!(
        t.ok("outside_changes", json!({})),
        json!({ "changed": false, "read_only": false })
    );
    let message = t.refused(
        "update_row",
        json!({ "row": row, "text": text("Skrevet etter chmod"), "version": null }),
        "read_only",
    );
    assert!(message.contains("kan bare leses"), "{message}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
}

#[cfg(unix)]
#[test]
fn an_edit_right_after_the_file_was_made_read_only_is_refused_before_the_poll() {
    use std::os::unix::fs::PermissionsExt;
    let (t, board) = app_with_board();
    let row = t.add_row(&board, "Første mål", json!(null));
    let path = t.path("enhet.tavle");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    t.refused(
        "update_row",
        json!({ "row": row, "text": text("Skrevet etter chmod"), "version": null }),
        "read_only",
    );
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        modified
    );
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
}
