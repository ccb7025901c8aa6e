//! The mock-runtime harness shared by `tests/commands.rs` and `tests/followup.rs`: the real
//! app configuration and capabilities in Tauri's mock runtime, no window, and IPC requests
//! sent as the UI sends them.
// Each test file is its own crate and uses only part of the harness.
#![allow(dead_code)]

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Builder, Manager, WebviewWindow};

pub struct TestApp {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    pub dir: tempfile::TempDir,
}

/// A fresh app with its own temporary folder.
pub fn app() -> TestApp {
    app_with(tempfile::tempdir().expect("temp dir"), |builder| builder)
}

/// A fresh app with a new file holding one board (see [`TestApp::file_with_board`]).
pub fn app_with_board() -> (TestApp, Value) {
    let t = app();
    let board = t.file_with_board();
    (t, board)
}

/// The app with its settings in `dir`, its builder given to `setup` first (to manage more
/// state, as `main` does).
pub fn app_with(
    dir: tempfile::TempDir,
    setup: impl FnOnce(Builder<MockRuntime>) -> Builder<MockRuntime>,
) -> TestApp {
    let app = setup(tavle_app::configure_with_dirs(
        mock_builder(),
        Some(own_dirs(&dir)),
    ))
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
pub fn own_dirs(dir: &tempfile::TempDir) -> tavle_app::Dirs {
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

/// A row's text fields with the given goal, as the editor sends them.
pub fn text(goal: &str) -> Value {
    json!({ "goal": goal, "ideas": "", "measure": "", "owner": "Alle ansatte",
            "when": "Alltid", "due": null, "result": "" })
}

impl TestApp {
    /// Sends a command as the UI does; `Err` holds the error JSON.
    pub fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
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

    pub fn ok(&self, cmd: &str, args: Value) -> Value {
        self.call(cmd, args)
            .unwrap_or_else(|err| panic!("{cmd} failed: {err}"))
    }

    /// Sends a command that must be refused with the error `kind`; returns the message.
    pub fn refused(&self, cmd: &str, args: Value, kind: &str) -> String {
        let err = match self.call(cmd, args) {
            Ok(answer) => panic!("{cmd} should have been refused, gave {answer}"),
            Err(err) => err,
        };
        assert_eq!(err["kind"], kind, "{cmd}: {err}");
        err["message"]
            .as_str()
            .unwrap_or_else(|| panic!("{cmd}: no message in {err}"))
            .to_string()
    }

    pub fn path(&self, name: &str) -> String {
        self.dir.path().join(name).display().to_string()
    }

    /// A new file with one board; returns the board id.
    pub fn file_with_board(&self) -> Value {
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

    /// A board for `unit` in 2025 with no goal, focus or target, in the open file.
    pub fn bare_board(&self, unit: &str) -> Value {
        self.ok(
            "create_board",
            json!({ "header": {
                "title": "Forbedringstavle", "unit": unit, "year": 2025,
                "main_goal": "", "focus": "", "target_pct": null
            }}),
        )
    }

    /// Adds a row and returns its id (the command answers with the row as saved).
    pub fn add_row(&self, board: &Value, goal: &str, position: Value) -> Value {
        self.ok(
            "add_row",
            json!({ "board": board, "position": position, "text": text(goal) }),
        )["id"]
            .clone()
    }

    /// Gives the row (whose goal is `goal`) a due date, as the editor saves the date cell.
    pub fn set_due(&self, row: &Value, goal: &str, due: &str) {
        let mut changed = text(goal);
        changed["due"] = json!(due);
        self.ok("update_row", json!({ "row": row, "text": changed }));
    }

    pub fn change_status(&self, row: &Value, status: &str, on: &str, note: &str) {
        self.ok(
            "change_status",
            json!({ "row": row, "status": status, "on": on, "note": note }),
        );
    }

    /// The board as the editor loads it (`load_board`).
    pub fn view(&self, board: &Value) -> Value {
        self.ok("load_board", json!({ "id": board }))
    }

    /// The goals of the board's rows, in order.
    pub fn goals(&self, board: &Value) -> Vec<String> {
        self.view(board)["board"]["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| r["goal"].as_str().unwrap_or_default().to_string())
            .collect()
    }
}
