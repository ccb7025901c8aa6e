//! The command layer in Tauri's mock runtime: the same app (real configuration, real
//! capabilities), no window. Each test sends IPC requests as the UI does and checks the JSON
//! that comes back.

mod common;

use common::{app, app_with, app_with_board, own_dirs, text};
use serde_json::{json, Value};

#[test]
fn a_new_file_is_opened_and_remembered() {
    let t = app();
    let path = t.path("ny.tavle");
    let file = t.ok("create_file", json!({ "path": path }));
    assert_eq!(file["name"], "ny.tavle");
    assert_eq!(file["boards"], json!([]));
    let recent = t.ok("recent_files", json!({}));
    assert!(recent.as_array().unwrap().iter().any(|r| r["path"] == path));

    // Opening it again works, and creating over it is refused in Norwegian.
    t.ok("open_file", json!({ "path": path }));
    let err = t.call("create_file", json!({ "path": path })).unwrap_err();
    assert!(err["message"].as_str().is_some(), "{err}");
}

#[test]
fn a_created_board_is_listed_with_its_unit_year_and_counts() {
    let (t, board) = app_with_board();
    t.add_row(&board, "Lettere samarbeid", Value::Null);
    let boards = t.ok("list_boards", json!({}));
    let b = &boards[0];
    assert_eq!(b["unit"], "Hjemmesykepleien");
    assert_eq!(b["year"], 2025);
    assert_eq!(b["rows"], 1);
    assert_eq!(
        b["counts"][0],
        json!({ "status": "not_started", "count": 1 })
    );
}

#[test]
fn rows_are_added_updated_and_moved() {
    let (t, board) = app_with_board();
    let first = t.add_row(&board, "Første", Value::Null);
    t.add_row(&board, "Andre", Value::Null);
    t.add_row(&board, "Null", json!(0));
    assert_eq!(t.goals(&board), ["Null", "Første", "Andre"]);

    let mut changed = text("Første, endret");
    changed["due"] = json!("2025-02-28");
    changed["when"] = json!("i.a. februar");
    t.ok("update_row", json!({ "row": first, "text": changed }));
    t.ok("move_row", json!({ "row": first, "position": 2 }));
    assert_eq!(t.goals(&board), ["Null", "Andre", "Første, endret"]);

    let view = t.view(&board);
    let row = &view["board"]["rows"][2];
    assert_eq!(row["due"], "2025-02-28");
    assert_eq!(row["when"], "i.a. februar");
    assert_eq!(view["row_ids"][2], first);
    // Due in February 2025 and not started: Forsinket today.
    assert_eq!(view["overdue"][2], true);
}

#[test]
fn a_deleted_row_comes_back_where_it_was() {
    let (t, board) = app_with_board();
    t.add_row(&board, "En", Value::Null);
    let two = t.add_row(&board, "To", Value::Null);
    t.add_row(&board, "Tre", Value::Null);
    let deleted = t.ok("delete_row", json!({ "row": two }));
    assert_eq!(t.goals(&board), ["En", "Tre"]);
    t.ok("restore_row", json!({ "deleted": deleted }));
    assert_eq!(t.goals(&board), ["En", "To", "Tre"]);
}

#[test]
fn a_status_change_is_recorded_with_its_date_and_note() {
    let (t, board) = app_with_board();
    let row = t.add_row(&board, "Faghjul", Value::Null);
    t.change_status(&row, "in_progress", "2025-01-20", "Første møte holdt");
    let view = t.view(&board);
    let r = &view["board"]["rows"][0];
    assert_eq!(r["status"], "in_progress");
    assert_eq!(
        r["history"],
        json!([{ "on": "2025-01-20", "status": "in_progress", "note": "Første møte holdt" }])
    );
}

#[test]
fn invalid_input_comes_back_as_an_invalid_error_in_norwegian() {
    let t = app();
    t.ok("create_file", json!({ "path": t.path("feil.tavle") }));
    let msg = t.refused(
        "create_board",
        json!({ "header": { "title": "Forbedringstavle", "unit": "Kontoret", "year": 1999,
                             "main_goal": "", "focus": "", "target_pct": null } }),
        "invalid",
    );
    assert!(msg.contains("Året 1999"), "{msg}");

    t.ok("create_file", json!({ "path": t.path("feil2.tavle") }));
    let board = t.bare_board("Kontoret");
    let row = t.add_row(&board, "Mål", Value::Null);
    let msg = t.refused(
        "change_status",
        json!({ "row": row, "status": "done", "on": "31.02.2025" }),
        "invalid",
    );
    assert!(msg.contains("ikke en gyldig dato"), "{msg}");
}

#[test]
fn commands_on_a_board_need_an_open_file() {
    let t = app();
    let msg = t.refused("list_boards", json!({}), "invalid");
    assert!(msg.contains("Ingen fil er åpen"), "{msg}");
}

#[test]
fn a_file_named_at_start_is_created_and_opened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fra-kommandolinjen.tavle");
    let t = app_with(dir, |builder| {
        builder.manage(tavle_app::StartupFile(Some(path.clone())))
    });
    let file = t.ok("initial_file", json!({}));
    assert_eq!(file["name"], "fra-kommandolinjen.tavle");
    assert!(path.exists());
}

#[test]
fn print_pdf_writes_the_file_and_only_that_file_may_be_opened() {
    let (t, board) = app_with_board();
    t.add_row(
        &board,
        "Lettere samarbeid med korttidsavdelingen",
        Value::Null,
    );
    let path = t.path("tavle.pdf");
    t.ok(
        "print_pdf",
        json!({ "boardId": board, "what": "board", "paper": "a3", "path": path }),
    );
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    t.refused(
        "open_pdf",
        json!({ "path": t.path("noe-annet.pdf") }),
        "invalid",
    );
}

#[test]
fn the_tavlemote_changes_a_status_by_the_wall_s_row_id_and_prints_the_referat() {
    let (t, board) = app_with_board();
    let row = t.add_row(&board, "Lettere samarbeid", Value::Null);
    // The meeting reads the board as the wall does: each row carries its id.
    let start = t.ok("wall_of_open_file", json!({}));
    let wall = t.ok(
        "wall_read",
        json!({ "path": start["path"], "board": board }),
    );
    assert_eq!(wall["rows"][0]["row"], row);
    // The status changed in place, as the editor does, with the meeting's note.
    t.ok(
        "change_status",
        json!({ "row": wall["rows"][0]["row"], "status": "in_progress", "on": null,
                "note": "Endret i tavlemøtet" }),
    );
    let path = t.path("referat.pdf");
    t.ok(
        "print_pdf",
        json!({ "boardId": board, "what": "minutes", "paper": null, "path": path }),
    );
    let out = std::process::Command::new("pdftotext")
        .args([path.as_str(), "-"])
        .output()
        .expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&out.stdout).replace('\n', " ");
    assert!(text.contains("Referat fra tavlemøtet"), "{text}");
    assert!(text.contains("Ikke startet → Pågår"), "{text}");
    assert!(text.contains("Lettere samarbeid"), "{text}");
}

#[test]
fn the_large_text_switch_is_remembered() {
    let t = app();
    t.ok("set_large_text", json!({ "on": true }));
    assert_eq!(t.ok("app_settings", json!({}))["large_text"], true);
    let saved =
        std::fs::read_to_string(own_dirs(&t.dir).config.join("innstillinger.json")).unwrap();
    assert!(saved.contains("\"large_text\": true"), "{saved}");
    t.ok("set_large_text", json!({ "on": false }));
}

#[test]
fn the_example_opens_as_a_new_file_with_the_sample_board() {
    let t = app();
    let file = t.ok("open_example", json!({}));
    assert!(
        file["name"].as_str().unwrap().starts_with("Eksempel"),
        "{file}"
    );
    let boards = file["boards"].as_array().unwrap();
    assert_eq!(boards.len(), 1);
    assert_eq!(boards[0]["unit"], "Hjemmesykepleien");
    assert_eq!(boards[0]["rows"], 3);
}

#[test]
fn next_years_board_starts_from_last_years_unfinished_measures() {
    let (t, board) = app_with_board();
    let done = t.add_row(&board, "Ferdig tiltak", Value::Null);
    t.add_row(&board, "Pågående tiltak", Value::Null);
    t.change_status(&done, "done", "2025-06-01", "");
    let next = t.ok("new_board_from", json!({ "from": board, "year": 2026 }));
    let view = t.ok("load_board", json!({ "id": next }));
    assert_eq!(view["board"]["year"], 2026);
    assert_eq!(view["board"]["unit"], "Hjemmesykepleien");
    assert_eq!(t.goals(&next), ["Pågående tiltak"]);
}

#[test]
fn two_windows_can_work_on_the_same_file() {
    let first = app();
    let board = first.file_with_board();
    let path = first.path("enhet.tavle");
    let second = app();
    second.ok("open_file", json!({ "path": path }));
    first.add_row(&board, "Fra det første vinduet", Value::Null);
    second.add_row(&board, "Fra det andre vinduet", Value::Null);
    assert_eq!(
        first.goals(&board),
        ["Fra det første vinduet", "Fra det andre vinduet"]
    );
}

#[test]
fn a_frist_typed_as_dd_mm_yyyy_is_stored_and_a_date_that_does_not_exist_is_refused_in_norwegian() {
    let t = app();
    let board = t.file_with_board();
    let row = t.add_row(&board, "Færre vikarer", Value::Null);

    let mut bad = text("Færre vikarer");
    bad["due"] = json!("31.02.2025");
    bad["owner"] = json!("Endret eier");
    let err = t
        .call("update_row", json!({ "row": row, "text": bad }))
        .unwrap_err();
    assert_eq!(err["kind"], "invalid", "{err}");
    let message = err["message"].as_str().unwrap_or_default();
    assert!(
        message.starts_with("Frist: «31.02.2025» er ikke en gyldig dato"),
        "{err}"
    );
    // Nothing of the refused save was written.
    let view = t.ok("load_board", json!({ "id": board }));
    assert_eq!(view["board"]["rows"][0]["owner"], "Alle ansatte");
    assert_eq!(view["board"]["rows"][0]["due"], Value::Null);
    // A new row with a wrong date is not added either.
    let err = t
        .call(
            "add_row",
            json!({ "board": board, "position": null, "text": bad }),
        )
        .unwrap_err();
    assert_eq!(err["kind"], "invalid", "{err}");
    assert_eq!(t.goals(&board).len(), 1);

    let mut good = text("Færre vikarer");
    good["due"] = json!("28.02.2025");
    let saved = t.ok("update_row", json!({ "row": row, "text": good }));
    assert_eq!(saved["due"], "2025-02-28");
    // Ikke startet and due in the past: the core says Forsinket.
    assert_eq!(saved["overdue"], true);
    let view = t.ok("load_board", json!({ "id": board }));
    assert_eq!(view["board"]["rows"][0]["due"], "2025-02-28");

    // Done: no longer Forsinket; an empty Frist removes the date.
    t.ok(
        "change_status",
        json!({ "row": row, "status": "done", "on": "2025-03-01", "note": "" }),
    );
    assert_eq!(
        t.ok("update_row", json!({ "row": row, "text": good }))["overdue"],
        false
    );
    good["due"] = json!("");
    let saved = t.ok("update_row", json!({ "row": row, "text": good }));
    assert_eq!(saved["due"], Value::Null);
}

#[test]
fn a_new_row_comes_back_as_saved_so_the_editor_needs_no_second_call() {
    let (t, board) = app_with_board();
    let mut entry = text("Færre vikarer");
    entry["due"] = json!("28.02.2025");
    let saved = t.ok(
        "add_row",
        json!({ "board": board, "position": null, "text": entry }),
    );
    assert!(saved["id"].is_i64(), "{saved}");
    assert_eq!(saved["due"], "2025-02-28");
    // Ikke startet and due in the past: Forsinket at once.
    assert_eq!(saved["overdue"], true);
    let view = t.view(&board);
    assert_eq!(view["row_ids"][0], saved["id"]);
    assert_eq!(view["row_versions"][0], saved["version"]);
}

#[test]
fn the_screens_get_their_words_and_limits_from_the_core() {
    let t = app();
    let words = t.ok("vocabulary", json!({}));
    let statuses: Vec<&str> = words["statuses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        [
            "Ikke startet",
            "Pågår",
            "Fullført",
            "Løpende",
            "På vent",
            "Avbrutt"
        ]
    );
    assert_eq!(words["questions"][2]["code"], "proposals");
    assert_eq!(words["max_votes"], 999);
    assert!(words["default_paper"]
        .as_array()
        .unwrap()
        .contains(&json!(["plan", "a4"])));
}

#[test]
fn the_header_form_is_read_by_the_core_and_a_refusal_names_its_field() {
    let t = app();
    t.ok("create_file", json!({ "path": t.path("enhet.tavle") }));
    let header = |year: &str, target: &str| {
        json!({ "header": {
            "title": "Forbedringstavle", "unit": "Sykehjemmet", "year": year,
            "main_goal": "", "focus": "", "target_pct": target
        }})
    };
    let err = t.call("create_board", header("tjuefem", "")).unwrap_err();
    assert_eq!(err["field"], "year", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("årstall"),
        "{err}"
    );
    let err = t.call("create_board", header("2025", "sju")).unwrap_err();
    assert_eq!(err["field"], "target_pct", "{err}");
    assert!(t
        .ok("list_boards", json!({}))
        .as_array()
        .unwrap()
        .is_empty());
    let board = t.ok("create_board", header("2025", "6,5 %"));
    assert_eq!(t.view(&board)["board"]["target_pct"], 6.5);
    let err = t
        .call(
            "new_board_from",
            json!({ "from": board, "year": "neste år" }),
        )
        .unwrap_err();
    assert_eq!(err["field"], "year", "{err}");
}

#[test]
fn after_nynorsk_is_chosen_refusals_texts_and_words_come_in_nynorsk() {
    let t = app();
    // Bokmål until the user chooses.
    let before = t.refused("list_boards", json!({}), "invalid");
    assert_eq!(
        before,
        "Ingen fil er åpen. Åpne en fil eller lag en ny først."
    );

    t.ok("set_lang", json!({ "lang": "nn" }));
    assert_eq!(t.ok("app_settings", json!({}))["lang"], "nn");

    // A refusal of the app itself.
    let message = t.refused("list_boards", json!({}), "invalid");
    assert_eq!(
        message,
        "Inga fil er open. Opne ei fil eller lag ei ny først."
    );

    // A refusal of the core: a Frist that is no date, about the field `due`.
    let board = t.file_with_board();
    let mut row = text("Betre flyt");
    row["due"] = json!("30.02.2025");
    let err = t
        .call(
            "add_row",
            json!({ "board": board, "position": null, "text": row }),
        )
        .unwrap_err();
    assert_eq!(err["field"], "due", "{err}");
    assert_eq!(
        err["message"],
        "Frist: «30.02.2025» er ikkje ein gyldig dato. Skriv han som dd.mm.åååå, til dømes 28.02.2025."
    );

    // A refusal worded when it is shown (a file that is not a Tavle file).
    let junk = t.path("notat.tavle");
    std::fs::write(&junk, "ikkje ei tavle").unwrap();
    let message = t.refused("open_file", json!({ "path": junk }), "not_a_tavle_file");
    assert!(
        message.starts_with(&format!("«{junk}» er ikkje ei Tavle-fil")),
        "{message}"
    );

    // The screens' catalogue and the core's words.
    let texts = t.ok("texts", json!({}));
    assert_eq!(texts["lang"], "nn");
    assert_eq!(texts["messages"]["status-not-started"], "Ikkje starta");
    assert_eq!(
        texts["messages"]["core-app-no-file"],
        "Inga fil er open. Opne ei fil eller lag ei ny først."
    );
    let words = t.ok("vocabulary", json!({}));
    assert_eq!(words["statuses"][0]["text"], "Ikkje starta");
    assert_eq!(
        words["questions"][0]["text"],
        "Kva gjer vi som fungerer bra i dag?"
    );

    // And back to bokmål.
    t.ok("set_lang", json!({ "lang": "nb" }));
    assert_eq!(
        t.ok("vocabulary", json!({}))["statuses"][0]["text"],
        "Ikke startet"
    );
}

#[test]
fn each_app_keeps_its_own_language() {
    // Each app has its own settings folder, so choosing nynorsk in one leaves the other be.
    let nynorsk = app();
    let bokmal = app();
    nynorsk.ok("set_lang", json!({ "lang": "nn" }));
    assert_eq!(
        nynorsk.refused("back_to_file", json!({}), "invalid"),
        "Ingen tryggingskopi er open."
    );
    assert_eq!(
        bokmal.refused("back_to_file", json!({}), "invalid"),
        "Ingen sikkerhetskopi er åpen."
    );
}

/// Every refusal reaches the screens as data: the catalogue id of its words (`code`) and
/// their arguments (`args`, strings by name) beside the worded `message`, so a screen
/// decides by the code and never reads the words.
#[test]
fn a_refusal_reaches_the_screens_as_a_code_with_arguments() {
    let (t, board) = app_with_board();

    // A Frist that is no date: the editor shows it beside the field, in the catalogue's
    // own wording without the field's name.
    let mut row = text("Bedre flyt");
    row["due"] = json!("30.02.2025");
    let err = t
        .call(
            "add_row",
            json!({ "board": board, "position": null, "text": row }),
        )
        .unwrap_err();
    assert_eq!(err["kind"], "invalid", "{err}");
    assert_eq!(err["code"], "core-due-invalid", "{err}");
    assert_eq!(err["args"], json!({ "value": "30.02.2025" }), "{err}");
    assert_eq!(err["field"], "due", "{err}");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .starts_with("Frist: «30.02.2025» er ikke en gyldig dato"),
        "{err}"
    );
    let texts = t.ok("texts", json!({}));
    assert_eq!(
        texts["messages"]["core-due-invalid-value"],
        "«{$value}» er ikke en gyldig dato. Skriv den som dd.mm.åååå, for eksempel 28.02.2025."
    );

    // A row saved from an old version: a conflict, with what was changed elsewhere.
    let row = t.add_row(&board, "Første mål", json!(null));
    let version = t.view(&board)["row_versions"][0].clone();
    t.ok(
        "update_row",
        json!({ "row": row, "text": text("Andre mål"), "version": version }),
    );
    let err = t
        .call(
            "update_row",
            json!({ "row": row, "text": text("Tredje mål"), "version": version }),
        )
        .unwrap_err();
    assert_eq!(err["kind"], "conflict", "{err}");
    assert_eq!(err["code"], "store-changed-elsewhere", "{err}");
    assert!(err["args"]["what"].is_string(), "{err}");

    // A file that is not a Tavle file: made from the error's own fields, the path among
    // the arguments exactly as it was asked for (start.js finds the recent file by it).
    let junk = t.path("notat.tavle");
    std::fs::write(&junk, "ikke en tavle").unwrap();
    let err = t.call("open_file", json!({ "path": junk })).unwrap_err();
    assert_eq!(err["kind"], "not_a_tavle_file", "{err}");
    assert_eq!(err["code"], "core-not-a-tavle-file", "{err}");
    assert_eq!(err["args"]["path"], junk.as_str(), "{err}");
    assert!(err["args"]["detail"].is_string(), "{err}");
    assert!(err.get("field").is_none(), "{err}");
}
