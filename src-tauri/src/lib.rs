//! Tavle's desktop app: a thin Tauri shell over the `tavle` core.
//!
//! The commands (in [`commands`]) parse their arguments, call one core function and return
//! serde data or a `{kind, message}` error in Norwegian. [`configure`] is generic over the
//! runtime so the tests can drive the same app with Tauri's mock runtime.

pub mod about;
pub mod bench;
pub mod commands;
pub mod filesafety;
pub mod followup;
pub mod launch;
pub mod rollup;
pub mod settings;
pub mod sheets;
pub mod state;
pub mod view;
pub mod wall;
pub mod webview;
pub mod workshop;

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
        .manage(rollup::RollupState::default())
        .setup(|app| {
            let dirs = Dirs::resolve(app.handle())?;
            app.state::<AppState>().init(dirs);
            if let Some(window) = app.get_webview_window("main") {
                webview::tune(&window);
            }
            Ok(())
        })
        .invoke_handler(in_the_apps_language(tauri::generate_handler![
            commands::initial_file,
            commands::texts,
            commands::app_settings,
            commands::vocabulary,
            commands::set_lang,
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
            followup::absence_trend,
            followup::set_trend_baseline,
            followup::plan_form,
            followup::save_plan,
            followup::correct_status,
            followup::remove_status,
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
            filesafety::outside_changes,
            filesafety::list_backups,
            filesafety::restore_backup,
            filesafety::open_backup,
            filesafety::back_to_file,
            filesafety::save_file_as,
            filesafety::quit_app,
            filesafety::close_refused,
            sheets::pick_sheet_path,
            sheets::preview_sheet_import,
            sheets::import_sheet,
            sheets::delete_board,
            sheets::export_xlsx,
            rollup::publish_folder,
            rollup::pick_folder,
            rollup::publish_board,
            rollup::withdraw_board,
            rollup::rollup_folder,
            rollup::rollup_open,
            rollup::rollup_view,
            rollup::rollup_board,
            rollup::print_rollup,
            launch::take_launch_requests,
            launch::open_launched_file,
            about::about_tavle,
            wall::wall_launch,
            wall::wall_of_open_file,
            wall::wall_read,
            wall::wall_stamp,
            wall::wall_full_screen,
            bench::bench_mark,
        ]))
        .on_window_event(|window, event| {
            // Closing saves what the screen still holds first (ui/main.js `closeWindow`).
            if let tauri::WindowEvent::CloseRequested { api, .. } = event {
                if let Some(webview) = window.app_handle().get_webview_window(window.label()) {
                    if !filesafety::close_requested(&webview) {
                        api.prevent_close();
                    }
                }
            }
        })
}

/// Starts the app: `tavle-app [FILE]` (FILE a path or a `file://` URL), `--version`, `--help`.
pub fn run() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cwd = std::env::current_dir().unwrap_or_default();
    let context = tauri::generate_context!();
    // What is said before the window exists (and outside any command) is in the language
    // of the settings, or of the environment when there are none yet.
    let lang = launch::startup_lang(&context.config().identifier);
    lang.set_current();
    let mut wall = None;
    let file = match launch::parse(&args, &cwd) {
        Ok(launch::Launch::Version) => {
            println!("{}", launch::version_line());
            return;
        }
        Ok(launch::Launch::Help) => {
            println!("{}", launch::usage(lang));
            return;
        }
        Ok(launch::Launch::Open(file)) => file,
        // The wall opens no file for editing: it reads its own, read-only.
        Ok(launch::Launch::Wall(start)) => {
            wall = Some(start);
            None
        }
        Err(err) => {
            eprintln!(
                "{}",
                tavle_model::tr!("core-app-error", error = err.to_string())
            );
            std::process::exit(2);
        }
    };
    // First of the plugins: a second launch must hand over its file and stop before any
    // other setup (and before it opens the file or a window).
    // A wall is its own instance: a leader's Tavle on the same machine is not it.
    let id = instance_id(&context.config().identifier);
    let id = if wall.is_some() {
        format!("{id}.vegg")
    } else {
        id
    };
    let single = tauri_plugin_single_instance::Builder::new()
        .dbus_id(id)
        .callback(launch::second_launch)
        .build();
    let result = configure(tauri::Builder::default().plugin(single))
        .manage(StartupFile(file))
        .manage(wall::WallLaunch(wall))
        .run(context);
    if let Err(err) = result {
        eprintln!(
            "{}",
            tavle_model::tr!("core-app-cannot-start", error = err.to_string())
        );
        std::process::exit(1);
    }
}

/// The name that makes one running Tavle per user. An app given its own settings folder
/// (`TAVLE_CONFIG_DIR`, as the tests do) is its own instance, so runs apart stay apart.
fn instance_id(identifier: &str) -> String {
    match Dirs::from_env() {
        Some(dirs) => {
            use std::hash::{Hash, Hasher};
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            dirs.config.hash(&mut hasher);
            format!("{identifier}.c{:016x}", hasher.finish())
        }
        None => identifier.to_string(),
    }
}

/// Runs every command in the language of the app's settings, so the core's messages (and
/// anything else it words) come in bokmål or nynorsk as the user chose. Commands run on the
/// thread that receives them; the file pickers, which wait on another thread, word their
/// own titles from the settings.
fn in_the_apps_language<R: Runtime>(
    commands: impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static,
) -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    move |invoke| {
        let lang = invoke.message.webview().state::<AppState>().lang();
        tavle_model::lang::with(lang, || commands(invoke))
    }
}
