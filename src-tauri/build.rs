//! Lists every app command so Tauri generates one permission per command; the capability
//! file then grants them one by one.

use std::path::Path;

fn main() {
    embed_example();
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&[
            "initial_file",
            "app_settings",
            "vocabulary",
            "texts",
            "set_lang",
            "set_large_text",
            "recent_files",
            "open_file",
            "create_file",
            "open_example",
            "close_file",
            "pick_open_path",
            "pick_save_path",
            "list_boards",
            "create_board",
            "new_board_from",
            "load_board",
            "update_board_header",
            "add_row",
            "update_row",
            "move_row",
            "delete_row",
            "restore_row",
            "change_status",
            "print_pdf",
            "open_pdf",
            "absence_table",
            "absence_summary",
            "set_absence",
            "absence_trend",
            "set_trend_baseline",
            "plan_form",
            "save_plan",
            "correct_status",
            "remove_status",
            "due_list",
            "review_list",
            "save_review",
            "add_input",
            "update_input",
            "vote_input",
            "move_input",
            "delete_input",
            "restore_input",
            "merge_inputs",
            "unmerge_inputs",
            "inputs_to_row",
            "outside_changes",
            "list_backups",
            "restore_backup",
            "open_backup",
            "back_to_file",
            "save_file_as",
            "wall_launch",
            "wall_of_open_file",
            "wall_read",
            "wall_stamp",
            "wall_full_screen",
            "quit_app",
            "close_refused",
            "pick_sheet_path",
            "preview_sheet_import",
            "import_sheet",
            "delete_board",
            "export_xlsx",
            "publish_folder",
            "pick_folder",
            "publish_board",
            "withdraw_board",
            "rollup_folder",
            "rollup_open",
            "rollup_view",
            "rollup_board",
            "print_rollup",
            "take_launch_requests",
            "open_launched_file",
            "about_tavle",
            "bench_mark",
        ]),
    ))
    .expect("tauri build step failed");
}

/// "Åpne eksempel" embeds `examples/hjemmesykepleien-2025.json`. It is copied to OUT_DIR so the
/// app still builds (and says the example is missing) in a checkout without it.
fn embed_example() {
    let source = Path::new("../examples/hjemmesykepleien-2025.json");
    println!("cargo:rerun-if-changed=../examples");
    let text = std::fs::read_to_string(source).unwrap_or_default();
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("example.json");
    std::fs::write(out, text).expect("could not write the embedded example");
}
