//! The command layer in Tauri's mock runtime: the same app (real configuration, real
//! capabilities), no window. Each test sends IPC requests as the UI does and checks the JSON
//! that comes back.

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow};

struct TestApp {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    dir: tempfile::TempDir,
}

fn app() -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = tavle_app::configure_with_dirs(mock_builder(), Some(own_dirs(&dir)))
        .build(tauri::generate_context!())
        .expect("the app builds in the mock runtime");
    let window = main_window(&app);
    TestApp {
        _app: app,
        window,
        dir,
    }
}

/// The app's own settings folder inside the test's folder: tests run in parallel and must
/// not share a settings file.
fn own_dirs(dir: &tempfile::TempDir) -> tavle_app::Dirs {
    let app_dir = dir.path().join("app");
    tavle_app::Dirs {
        config: app_dir.clone(),
        data: app_dir,
    }
}

/// The window the capabilities are granted to (the mock runtime does not open the
/// configured windows by itself).
fn main_window(app: &App<MockRuntime>) -> WebviewWindow<MockRuntime> {
    app.get_webview_window("main").unwrap_or_else(|| {
        tauri::WebviewWindowBuilder::new(app, "main", Default::default())
            .build()
            .expect("the main window")
    })
}

impl TestApp {
    /// Sends a command as the UI does; `Err` holds the error JSON.
    fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        get_ipc_response(
            &self.window,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                // On Linux the app's own pages come from tauri://localhost.
                url: "tauri://localhost".parse().expect("url"),
                body: InvokeBody::Json(args),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|body| body.deserialize::<Value>().expect("json answer"))
    }

    fn ok(&self, cmd: &str, args: Value) -> Value {
        self.call(cmd, args)
            .unwrap_or_else(|err| panic!("{cmd} failed: {err}"))
    }

    fn path(&self, name: &str) -> String {
        self.dir.path().join(name).display().to_string()
    }

    /// A new file with one board; returns the board id.
    fn file_with_board(&self) -> Value {
        self.ok("create_file", json!({ "path": self.path("enhet.tavle") }));
        self.ok(
            "create_board",
            json!({ "header": {
                "title": "Forbedringstavle", "unit": "Hjemmesykepleien", "year": 2025,
                "main_goal": "Pasienter skal kunne bo hjemme", "focus": "trykkløst og trykksikkert",
                "target_pct": 7.0
            }}),
        )
    }

    fn add_row(&self, board: &Value, goal: &str, position: Value) -> Value {
        self.ok(
            "add_row",
            json!({ "board": board, "position": position, "text": text(goal) }),
        )
    }

    fn goals(&self, board: &Value) -> Vec<String> {
        let view = self.ok("load_board", json!({ "id": board }));
        view["board"]["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| r["goal"].as_str().unwrap_or_default().to_string())
            .collect()
    }
}

fn text(goal: &str) -> Value {
    json!({ "goal": goal, "ideas": "", "measure": "", "owner": "Alle ansatte",
            "when": "Alltid", "due": null, "result": "" })
}

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
    let t = app();
    let board = t.file_with_board();
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
    let t = app();
    let board = t.file_with_board();
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

    let view = t.ok("load_board", json!({ "id": board }));
    let row = &view["board"]["rows"][2];
    assert_eq!(row["due"], "2025-02-28");
    assert_eq!(row["when"], "i.a. februar");
    assert_eq!(view["row_ids"][2], first);
    // Due in February 2025 and not started: Forsinket today.
    assert_eq!(view["overdue"][2], true);
}

#[test]
fn a_deleted_row_comes_back_where_it_was() {
    let t = app();
    let board = t.file_with_board();
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
    let t = app();
    let board = t.file_with_board();
    let row = t.add_row(&board, "Faghjul", Value::Null);
    t.ok(
        "change_status",
        json!({ "row": row, "status": "in_progress", "on": "2025-01-20", "note": "Første møte holdt" }),
    );
    let view = t.ok("load_board", json!({ "id": board }));
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
    let err = t
        .call(
            "create_board",
            json!({ "header": { "title": "Forbedringstavle", "unit": "Kontoret", "year": 1999,
                                 "main_goal": "", "focus": "", "target_pct": null } }),
        )
        .unwrap_err();
    assert_eq!(err["kind"], "invalid", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("Året 1999"),
        "{err}"
    );

    let board = t.file_with_board_in("feil2.tavle");
    let row = t.add_row(&board, "Mål", Value::Null);
    let err = t
        .call(
            "change_status",
            json!({ "row": row, "status": "done", "on": "31.02.2025" }),
        )
        .unwrap_err();
    assert_eq!(err["kind"], "invalid");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("ikke en gyldig dato"),
        "{err}"
    );
}

#[test]
fn commands_on_a_board_need_an_open_file() {
    let t = app();
    let err = t.call("list_boards", json!({})).unwrap_err();
    assert_eq!(err["kind"], "invalid");
    assert!(err["message"]
        .as_str()
        .unwrap()
        .contains("Ingen fil er åpen"));
}

#[test]
fn a_file_named_at_start_is_created_and_opened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fra-kommandolinjen.tavle");
    let app = tavle_app::configure_with_dirs(mock_builder(), Some(own_dirs(&dir)))
        .manage(tavle_app::StartupFile(Some(path.clone())))
        .build(tauri::generate_context!())
        .unwrap();
    let window = main_window(&app);
    let t = TestApp {
        _app: app,
        window,
        dir,
    };
    let file = t.ok("initial_file", json!({}));
    assert_eq!(file["name"], "fra-kommandolinjen.tavle");
    assert!(path.exists());
}

#[test]
fn print_pdf_writes_the_file_and_only_that_file_may_be_opened() {
    let t = app();
    let board = t.file_with_board();
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
    let err = t
        .call("open_pdf", json!({ "path": t.path("noe-annet.pdf") }))
        .unwrap_err();
    assert_eq!(err["kind"], "invalid");
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

impl TestApp {
    fn file_with_board_in(&self, name: &str) -> Value {
        self.ok("create_file", json!({ "path": self.path(name) }));
        self.ok(
            "create_board",
            json!({ "header": { "title": "Forbedringstavle", "unit": "Kontoret", "year": 2025,
                                 "main_goal": "", "focus": "", "target_pct": null } }),
        )
    }
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
    let t = app();
    let board = t.file_with_board();
    let done = t.add_row(&board, "Ferdig tiltak", Value::Null);
    t.add_row(&board, "Pågående tiltak", Value::Null);
    t.ok(
        "change_status",
        json!({ "row": done, "status": "done", "on": "2025-06-01", "note": "" }),
    );
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
