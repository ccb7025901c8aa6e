//! Every rule is refused with exit code 2 and a Norwegian message, and the `.tavle` file
//! is left exactly as it was (its bytes; the backups folder beside it is not compared).

mod cli_support;
use cli_support::{exchange, Scratch};

use serde_json::{json, Value};

fn base_board() -> Value {
    json!({ "unit": "Hjemmesykepleien", "year": 2025, "rows": [ { "goal": "Mål", "measure": "Tiltak" } ] })
}

/// Imports `board` (an edit of the base board) and expects a refusal naming `needle`.
fn import_refused(edit: impl FnOnce(&mut Value), needle: &str) {
    let mut board = base_board();
    edit(&mut board);
    import_text_refused(&exchange(board), needle);
}

fn import_text_refused(text: &str, needle: &str) {
    let (s, _) = Scratch::with_example();
    let before = s.file_bytes();
    let err = s.try_import_text(text).refused();
    assert!(err.contains(needle), "expected «{needle}» in: {err}");
    assert_eq!(s.file_bytes(), before, "the .tavle file changed");
}

/// Runs a command on a file with the example board and expects a refusal naming `needle`.
fn command_refused(subcommand: &str, args: &[&str], needle: &str) {
    let (s, id) = Scratch::with_example();
    let args: Vec<String> = args.iter().map(|a| a.replace("{id}", &id)).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let before = s.file_bytes();
    let err = s.run(subcommand, &args).refused();
    assert!(err.contains(needle), "expected «{needle}» in: {err}");
    assert_eq!(s.file_bytes(), before, "the .tavle file changed");
}

fn absence_refused(args: &[&str], needle: &str) {
    let mut all = vec!["--board", "{id}"];
    all.extend_from_slice(args);
    command_refused("absence", &all, needle);
}

#[test]
fn a_year_outside_2000_to_2100_is_refused() {
    import_refused(|b| b["year"] = json!(1999), "Året 1999");
    import_refused(|b| b["year"] = json!(2101), "Året 2101");
}

#[test]
fn a_percentage_outside_0_to_100_is_refused() {
    absence_refused(&["--month", "2025-04", "--pct", "-1"], "mellom 0 og 100");
    absence_refused(&["--month", "2025-04", "--pct", "100,5"], "mellom 0 og 100");
    absence_refused(&["--month", "2025-04", "--pct", "100.5"], "mellom 0 og 100");
    import_refused(
        |b| b["target_pct"] = json!(-1),
        "Mål sykefravær må være en prosent",
    );
    import_refused(
        |b| b["absence"] = json!([{ "month": "2025-01", "pct": 100.5 }]),
        "mellom 0 og 100",
    );
}

#[test]
fn zero_agreed_workdays_are_refused() {
    absence_refused(
        &["--month", "2025-04", "--agreed", "0", "--lost", "0"],
        "avtalte dagsverk",
    );
}

#[test]
fn more_lost_than_agreed_workdays_are_refused() {
    absence_refused(
        &["--month", "2025-04", "--agreed", "100", "--lost", "100,5"],
        "tapte dagsverk må være mellom 0 og avtalte dagsverk",
    );
    import_refused(
        |b| b["absence"] = json!([{ "month": "2025-01", "agreed_days": 100, "lost_days": 101 }]),
        "tapte dagsverk",
    );
}

#[test]
fn more_self_certified_than_lost_workdays_are_refused() {
    absence_refused(
        &[
            "--month",
            "2025-04",
            "--agreed",
            "100",
            "--lost",
            "10",
            "--self-certified",
            "10,5",
        ],
        "egenmeldte dagsverk må være mellom 0 og tapte dagsverk",
    );
}

#[test]
fn a_month_of_another_year_is_refused() {
    absence_refused(&["--month", "2024-12", "--pct", "9"], "2024-12");
}

#[test]
fn a_date_that_does_not_exist_is_refused() {
    import_refused(
        |b| b["rows"][0]["due"] = json!("2025-02-30"),
        "«2025-02-30» er ikke en gyldig dato",
    );
    import_refused(
        |b| b["plan"] = json!({ "milestones": [ { "text": "x", "due": "2025-02-30" } ] }),
        "delmål nr. 1",
    );
}

#[test]
fn month_thirteen_and_duplicate_months_are_refused() {
    absence_refused(
        &["--month", "2025-13", "--pct", "9"],
        "«2025-13» er ikke en gyldig måned",
    );
    import_refused(
        |b| b["absence"] = json!([{ "month": "2025-13", "pct": 9 }]),
        "«2025-13» er ikke en gyldig måned",
    );
    import_refused(
        |b| {
            b["absence"] = json!([
                { "month": "2025-01", "pct": 9 },
                { "month": "2025-01", "pct": 8 }
            ])
        },
        "står flere ganger",
    );
}

#[test]
fn a_row_without_goal_and_measure_is_refused() {
    import_refused(
        |b| b["rows"] = json!([{ "goal": "Mål" }, { "owner": "Alle", "ideas": "Noe" }]),
        "Rad 2 mangler både mål og tiltak",
    );
}

#[test]
fn a_text_over_ten_thousand_characters_is_refused() {
    import_refused(
        |b| b["rows"][0]["ideas"] = json!("ø".repeat(10_001)),
        "for lang (10001 tegn)",
    );
}

#[test]
fn an_unknown_status_question_or_field_is_refused() {
    import_refused(
        |b| b["rows"][0]["status"] = json!("kanskje"),
        "ukjent status «kanskje»",
    );
    import_refused(
        |b| b["inputs"] = json!([{ "question": "hvorfor", "text": "x" }]),
        "ukjent spørsmål «hvorfor»",
    );
    import_refused(
        |b| b["rows"][0]["farge"] = json!("rød"),
        "ukjent felt «farge»",
    );
    import_refused(|b| b["colour"] = json!("red"), "ukjent felt «colour»");
}

#[test]
fn a_wrong_format_or_newer_version_is_refused() {
    let board = base_board();
    let text = serde_json::to_string(&json!({ "format": "trello", "version": 1, "board": board }))
        .unwrap();
    import_text_refused(&text, "ikke en tavlefil");
    let text =
        serde_json::to_string(&json!({ "format": "tavle-board", "version": 2, "board": board }))
            .unwrap();
    import_text_refused(&text, "laget med en nyere versjon av Tavle");
    import_text_refused("{ \"format\": \"tavle-board\", ", "slutter for tidlig");
    import_text_refused("ikke json", "ikke gyldig JSON");
}

#[test]
fn bad_command_arguments_are_refused() {
    command_refused(
        "status",
        &["--row", "1", "--to", "kanskje"],
        "Ukjent status «kanskje»",
    );
    absence_refused(
        &["--month", "2025-04", "--pct", "abc"],
        "«abc» er ikke et tall",
    );
    command_refused(
        "status",
        &["--row", "1", "--to", "done", "--on", "31.04.2025"],
        "«31.04.2025» er ikke en gyldig dato",
    );
    absence_refused(
        &["--month", "2025-04", "--pct", "5", "--agreed", "100"],
        "kan ikke brukes sammen med",
    );
    absence_refused(&["--month", "2025-04", "--agreed", "100"], "mangler --lost");
    absence_refused(&["--month", "2025-04"], "mangler tall for måneden");
}

#[test]
fn a_board_or_row_that_does_not_exist_is_refused() {
    command_refused("show", &["--board", "999"], "");
    command_refused("status", &["--row", "999", "--to", "done"], "");
    command_refused(
        "absence",
        &["--board", "999", "--month", "2025-04", "--pct", "9"],
        "",
    );
}
