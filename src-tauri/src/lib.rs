//! Tavle's desktop app: a thin Tauri shell over the `tavle` core.
//!
//! The commands (in [`commands`]) parse their arguments, call one core function and return
//! serde data or a `{kind, message}` error in Norwegian. [`configure`] is generic over the
//! runtime so the tests can drive the same app with Tauri's mock runtime.

pub mod bench;
pub mod commands;
pub mod followup;
pub mod settings;
pub mod state;
pub mod webview;
pub mod workshop;

use std::path::PathBuf;

use tauri::{Builder, Manager, Runtime};

pub use state::{AppState, Dirs, StartupFile};

/// Registers the plugins, the app state and every command on `builder`.
pub fn configure<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    configure_with_dirs(builder, Dirs::from_env())
}

/// [`configure`] with the app's folders given (`None`: the platform's). Tests give each app
/// its own folder, since the environment is shared by tests running in parallel.
pub fn configure_with_dirs<R: Runtime>(builder: Builder<R>, dirs: Option<Dirs>) -> Builder<R> {
    let state = AppState::default();
    if let Some(dirs) = dirs {
        state.init(dirs);
    }
    let builder = match bench::plugin() {
        Some(probe) => builder.plugin(probe),
        None => builder,
    };
    builder
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(state)
        .setup(|app| {
            let dirs = Dirs::resolve(app.handle())?;
            app.state::<AppState>().init(dirs);
            if let Some(window) = app.get_webview_window("main") {
                webview::tune(&window);
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::initial_file,
            commands::app_settings,
            commands::set_large_text,
            commands::recent_files,
            commands::open_file,
            commands::create_file,
            commands::open_example,
            commands::close_file,
            commands::pick_open_path,
            commands::pick_save_path,
            commands::list_boards,
            commands::create_board,
            commands::new_board_from,
            commands::load_board,
            commands::update_board_header,
            commands::add_row,
            commands::update_row,
            commands::move_row,
            commands::delete_row,
            commands::restore_row,
            commands::change_status,
            commands::print_pdf,
            commands::open_pdf,
            followup::absence_table,
            followup::absence_summary,
            followup::set_absence,
            followup::plan_form,
            followup::save_plan,
            followup::correct_status,
            followup::due_list,
            followup::review_list,
            followup::save_review,
            workshop::add_input,
            workshop::update_input,
            workshop::vote_input,
            workshop::move_input,
            workshop::delete_input,
            workshop::restore_input,
            workshop::merge_inputs,
            workshop::unmerge_inputs,
            workshop::inputs_to_row,
            bench::bench_mark,
        ])
}

/// Starts the app: `tavle-app [FILE]`.
pub fn run() {
    let file = std::env::args_os().nth(1).map(PathBuf::from);
    let result = configure(tauri::Builder::default())
        .manage(StartupFile(file))
        .run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("Tavle kunne ikke starte: {err}");
        std::process::exit(1);
    }
}
