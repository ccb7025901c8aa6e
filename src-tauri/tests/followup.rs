//! The follow-up commands in Tauri's mock runtime (Fraværstall, Prosjekt nærvær,
//! Månedsgjennomgang, corrections of the status story, Frister): the real app configuration
//! and capabilities, no window. The harness is shared with `tests/commands.rs` (`tests/common/`).

mod common;

use common::{app_with_board, TestApp};
use serde_json::{json, Value};

/// A month's figures as the Fraværstall form sends them.
fn month(m: &str, pct: &str, agreed: &str, lost: &str) -> Value {
    json!({ "month": m, "pct": pct, "agreed": agreed, "lost": lost, "self_certified": "" })
}

/// Saves one month's figures, as leaving a row of the Fraværstall form does.
fn set_month(t: &TestApp, board: &Value, month: Value) {
    t.ok("set_absence", json!({ "board": board, "month": month }));
}

#[test]
fn absence_is_set_as_a_percentage_or_as_workdays_and_the_table_shows_year_to_date() {
    let (t, board) = app_with_board();
    set_month(&t, &board, month("2025-01", "", "200", "30"));
    set_month(&t, &board, month("2025-02", "", "400", "20"));
    set_month(&t, &board, month("2025-03", "", "400", "20"));
    let table = t.ok("absence_table", json!({ "board": board }));
    assert_eq!(table["rows"].as_array().unwrap().len(), 12);
    assert_eq!(table["rows"][0]["label"], "Januar 2025");
    assert_eq!(table["rows"][0]["lost"], "30");
    let s = &table["check"]["summary"];
    assert_eq!(s["year_to_date_text"], "7,0 %");
    assert_eq!(s["presence_text"], "93,0 %");
    assert_eq!(s["gap_text"], "på målet");

    // A percentage for April: the year to date is then the mean of the months.
    set_month(&t, &board, month("2025-04", "9,4", "", ""));
    let view = t.view(&board);
    assert_eq!(
        view["board"]["absence"][3],
        json!({ "month": "2025-04", "pct": 9.4 })
    );
    let table = t.ok("absence_table", json!({ "board": board }));
    assert_eq!(
        table["check"]["summary"]["basis_text"],
        "snitt av måneder, 4 måneder"
    );

    // Emptying a row removes the month.
    set_month(&t, &board, month("2025-04", "", "", ""));
    let view = t.view(&board);
    assert_eq!(view["board"]["absence"].as_array().unwrap().len(), 3);
}

#[test]
fn the_live_summary_follows_the_typed_months_and_names_the_ones_it_cannot_read() {
    let (t, board) = app_with_board();
    let check = t.ok(
        "absence_summary",
        json!({ "board": board, "months": [
            month("2025-01", "", "200", "30"),
            month("2025-02", "", "80", "2"),
            month("2025-03", "", "400", "tjue"),
        ]}),
    );
    assert_eq!(check["summary"]["year_to_date_text"], "11,4 %");
    assert_eq!(check["summary"]["small_unit_months"], json!(["2025-02"]));
    assert_eq!(check["problems"][0]["month"], "2025-03");
    let msg = check["problems"][0]["message"].as_str().unwrap();
    assert!(msg.contains("«tjue» er ikke et tall"), "{msg}");
    // Nothing was stored.
    let view = t.view(&board);
    assert_eq!(view["board"]["absence"], json!([]));
}

#[test]
fn invalid_months_are_refused_with_a_norwegian_message() {
    let (t, board) = app_with_board();
    for (bad, says) in [
        (
            month("2025-03", "", "200", ""),
            "Mars 2025: oppgi både avtalte og tapte dagsverk",
        ),
        (
            month("2025-03", "", "100", "150"),
            "tapte dagsverk må være mellom 0",
        ),
        (month("2025-03", "7", "100", "5"), "ikke begge"),
        (month("2025-03", "ni", "", ""), "«ni» er ikke et tall"),
        (month("2024-03", "7", "", ""), "2024"),
    ] {
        let msg = t.refused(
            "set_absence",
            json!({ "board": board, "month": bad }),
            "invalid",
        );
        assert!(msg.contains(says), "«{msg}» skulle nevne «{says}»");
    }
    let view = t.view(&board);
    assert_eq!(view["board"]["absence"], json!([]));
}

#[test]
fn the_plan_is_saved_with_its_milestones_and_shown_again_in_the_form() {
    let (t, board) = app_with_board();
    let plan = json!({
        "absence_pct_december": "11,2", "absence_pct_average": "10,4",
        "situation": "Mye korttidsfravær", "why_change": "Pasientene merker det",
        "actions": "Faghjul, samtaler", "desired_state": "Færre vakter dekkes av vikar",
        "obstacles": "Travle høstmåneder",
        "milestones": [
            { "text": "Faghjul på plass", "due": "15.03.2025", "reached_on": "10.03.2025" },
            { "text": "Alle har hatt samtale", "due": "30.06.2025", "reached_on": "" }
        ]
    });
    t.ok("save_plan", json!({ "board": board, "plan": plan }));
    let view = t.view(&board);
    assert_eq!(view["board"]["plan"]["absence_pct_december"], 11.2);
    assert_eq!(
        view["board"]["plan"]["milestones"][0]["reached_on"],
        "2025-03-10"
    );
    let form = t.ok("plan_form", json!({ "board": board }));
    assert_eq!(form["plan"], plan);
    assert_eq!(form["target_text"], "7,0 %");
    // An older screen's null is read as not reached.
    let mut old = plan.clone();
    old["milestones"][1]["reached_on"] = json!(null);
    t.ok("save_plan", json!({ "board": board, "plan": old }));
    assert_eq!(t.ok("plan_form", json!({ "board": board }))["plan"], plan);

    let msg = t.refused(
        "save_plan",
        json!({ "board": board, "plan": { "milestones": [ { "text": " " } ] } }),
        "invalid",
    );
    assert!(msg.contains("Delmål nr. 1 mangler tekst"), "{msg}");
}

#[test]
fn a_corrected_history_entry_keeps_the_story_in_date_order() {
    let (t, board) = app_with_board();
    let row = t.add_row(&board, "Faghjul", Value::Null);
    for (status, on, note) in [
        ("in_progress", "2025-01-20", "Første møte"),
        ("paused", "2025-03-01", "Sykdom"),
        ("in_progress", "2025-04-01", "I gang igjen"),
    ] {
        t.change_status(&row, status, on, note);
    }
    // "Første møte" was really in May: it moves last, and the row follows it. The entry
    // is named by its id from the board view.
    let first = t.view(&board)["history_ids"][0][0].clone();
    t.ok(
        "correct_status",
        json!({ "row": row, "entry": first, "on": "15.05.2025", "note": "Første møte (flyttet)" }),
    );
    let view = t.view(&board);
    let history = view["board"]["rows"][0]["history"]
        .as_array()
        .unwrap()
        .clone();
    let dates: Vec<&str> = history.iter().map(|h| h["on"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2025-03-01", "2025-04-01", "2025-05-15"]);
    assert_eq!(history[2]["note"], "Første møte (flyttet)");
    assert_eq!(view["board"]["rows"][0]["status"], "in_progress");

    let msg = t.refused(
        "correct_status",
        json!({ "row": row, "entry": first, "on": "31.02.2025", "note": "" }),
        "invalid",
    );
    assert!(msg.contains("er ikke en gyldig dato"), "{msg}");
    t.refused(
        "correct_status",
        json!({ "row": row, "entry": 7777, "on": "2025-05-01", "note": "" }),
        "not_found",
    );
}

#[test]
fn the_due_list_has_the_overdue_measures_of_every_board_first() {
    let (t, board) = app_with_board();
    let other = t.bare_board("Korttidsavdelingen");
    let late = t.add_row(&board, "Sen", Value::Null);
    t.set_due(&late, "Sen", "2025-02-28");
    let soon = t.add_row(&other, "Snart", Value::Null);
    t.set_due(&soon, "Snart", "2099-12-31");
    t.add_row(&other, "Uten frist", Value::Null);

    let due = t.ok("due_list", json!({ "withinDays": 14 }));
    let items = due["items"].as_array().unwrap();
    assert_eq!(
        items.len(),
        1,
        "bare den forsinkede er innen 14 dager: {due}"
    );
    assert_eq!(items[0]["goal"], "Sen");
    assert_eq!(items[0]["overdue"], true);
    assert_eq!(items[0]["unit"], "Hjemmesykepleien");
    assert!(due["today"].as_str().is_some());

    let all = t.ok("due_list", json!({ "withinDays": 400000 }));
    let goals: Vec<&str> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["goal"].as_str().unwrap())
        .collect();
    assert_eq!(goals, ["Sen", "Snart"]);
}

#[test]
fn the_review_lists_active_measures_overdue_first_and_saves_status_note_and_result() {
    let (t, board) = app_with_board();
    let plain = t.add_row(&board, "Uten frist", Value::Null);
    let late = t.add_row(&board, "Forsinket", Value::Null);
    let done = t.add_row(&board, "Ferdig", Value::Null);
    t.set_due(&late, "Forsinket", "2025-02-28");
    t.change_status(&done, "done", "2025-01-10", "");

    let review = t.ok("review_list", json!({ "board": board }));
    let items = review["items"].as_array().unwrap();
    let goals: Vec<&str> = items
        .iter()
        .map(|i| i["text"]["goal"].as_str().unwrap())
        .collect();
    assert_eq!(goals, ["Forsinket", "Uten frist"]);
    assert_eq!(items[0]["overdue"], true);
    assert_eq!(items[0]["number"], 2);
    assert_eq!(review["month"]["month"].as_str().unwrap().len(), 7);

    t.ok(
        "save_review",
        json!({ "row": late, "status": "in_progress", "note": "Startet i mars", "result": "Halvveis" }),
    );
    // Same status and no note: only the result changes, no new history entry.
    t.ok(
        "save_review",
        json!({ "row": plain, "status": "not_started", "note": " ", "result": "" }),
    );
    let view = t.view(&board);
    let rows = view["board"]["rows"].as_array().unwrap();
    assert_eq!(rows[1]["status"], "in_progress");
    assert_eq!(rows[1]["result"], "Halvveis");
    assert_eq!(rows[1]["history"][0]["note"], "Startet i mars");
    assert_eq!(rows[0]["history"], json!([]));

    t.refused(
        "save_review",
        json!({ "row": 9999, "status": "done", "note": "", "result": "" }),
        "not_found",
    );
}

#[test]
fn a_month_typed_wrong_over_a_saved_one_keeps_the_saved_figure_in_the_live_summary() {
    let (t, board) = app_with_board();
    set_month(&t, &board, month("2025-01", "9", "", ""));
    set_month(&t, &board, month("2025-02", "8,5", "", ""));
    set_month(&t, &board, month("2025-03", "12,5", "", ""));
    // Days typed where 12,5 % is saved, the percent still in its field: refused.
    let typed = json!([
        month("2025-01", "9", "", ""),
        month("2025-02", "8,5", "", ""),
        month("2025-03", "12,5", "200", "10"),
    ]);
    t.refused(
        "set_absence",
        json!({ "board": board, "month": month("2025-03", "12,5", "200", "10") }),
        "invalid",
    );
    let check = t.ok(
        "absence_summary",
        json!({ "board": board, "months": typed }),
    );
    let table = t.ok("absence_table", json!({ "board": board }));
    assert_eq!(
        check["summary"]["year_to_date_text"], table["check"]["summary"]["year_to_date_text"],
        "the screen's figure is the file's"
    );
    assert_eq!(check["summary"]["year_to_date_text"], "10,0 %");
    let problem = check["problems"][0]["message"].as_str().unwrap();
    assert!(problem.contains("fortsatt 12,5 %"), "{problem}");
}

#[test]
fn a_history_entry_is_removed_by_its_id_and_a_status_date_in_the_future_is_refused() {
    let (t, board) = app_with_board();
    let row = t.add_row(&board, "Faghjul", Value::Null);
    t.change_status(&row, "in_progress", "2025-01-20", "");
    t.change_status(&row, "done", "2025-02-20", "feil");
    let id = t.view(&board)["history_ids"][0][1].clone();
    t.ok("remove_status", json!({ "row": row, "entry": id }));
    let view = t.view(&board);
    assert_eq!(view["board"]["rows"][0]["status"], "in_progress");
    assert_eq!(
        view["board"]["rows"][0]["history"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let msg = t.refused(
        "change_status",
        json!({ "row": row, "status": "done", "on": "01.01.2099", "note": "" }),
        "invalid",
    );
    assert!(msg.contains("etter i dag"), "{msg}");
    // The same status again: nothing written, and the answer says so.
    let changed = t.ok(
        "change_status",
        json!({ "row": row, "status": "in_progress", "on": "2025-03-01", "note": "" }),
    );
    assert_eq!(changed, json!(false));
}

/// Two years of Hjemmesykepleien: 2024 around 10 %, 2025 around 7 %, one measure started
/// in January 2025 and finished in June. Returns the 2025 board.
fn two_years(t: &common::TestApp) -> Value {
    let board = t.file_with_board();
    let earlier = t.ok(
        "create_board",
        json!({ "header": {
            "title": "Forbedringstavle", "unit": "Hjemmesykepleien", "year": 2024,
            "main_goal": "", "focus": "", "target_pct": 7.0
        }}),
    );
    for m in 1..=12 {
        let high = format!("{},{}", 10 + m % 2, m % 3);
        let low = format!("{},{}", 6 + m % 2, m % 3);
        set_month(t, &earlier, month(&format!("2024-{m:02}"), &high, "", ""));
        set_month(t, &board, month(&format!("2025-{m:02}"), &low, "", ""));
    }
    let row = t.add_row(&board, "Faghjul", Value::Null);
    t.change_status(&row, "in_progress", "2025-01-10", "");
    t.change_status(&row, "done", "2025-06-20", "");
    board
}

#[test]
fn the_run_chart_joins_the_units_years_names_its_verdict_and_marks_the_measures() {
    let (t, _) = (common::app(), ());
    let board = two_years(&t);
    let trend = t.ok("absence_trend", json!({ "board": board }));
    assert_eq!(trend["unit"], "Hjemmesykepleien");
    let points = trend["points"].as_array().unwrap();
    assert_eq!(points.len(), 24, "both years, in month order");
    assert_eq!(points[0]["label"], "Januar 2024");
    assert_eq!(points[23]["month"], "2025-12");
    assert_eq!(points[0]["side"], "above");
    assert_eq!(points[23]["side"], "below");
    // Twelve months under the median at the end: a shift (limit round(log2 24) + 3 = 8).
    assert_eq!(trend["runs"]["longest_run"], 12);
    assert_eq!(trend["runs"]["longest_run_limit"], 8);
    assert_eq!(trend["runs"]["signal"], true);
    // The twelve points of that run are marked, and only they.
    let in_run: Vec<bool> = points
        .iter()
        .map(|p| p["in_signal_run"].as_bool().unwrap())
        .collect();
    assert_eq!(in_run, [[false; 12], [true; 12]].concat());
    let verdict = trend["verdict"].as_str().unwrap();
    assert!(
        verdict.starts_with("Signal: 12 måneder på rad under medianen — fraværet har gått ned."),
        "{verdict}"
    );
    assert!(verdict.contains("Regel: lange serier"), "{verdict}");
    // The text alternative says what the chart shows, and the verdict.
    let summary = trend["summary"].as_str().unwrap();
    assert!(
        summary.starts_with("Seriediagram for Hjemmesykepleien: 24 måneder med fraværstall, fra januar 2024 til desember 2025. Median:"),
        "{summary}"
    );
    assert!(summary.ends_with(verdict), "{summary}");
    let markers: Vec<(String, String)> = trend["markers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["month"].as_str().unwrap().into(),
                m["kind_text"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        markers,
        [
            ("2025-01".to_string(), "startet".to_string()),
            ("2025-06".to_string(), "fullført".to_string())
        ]
    );
    assert_eq!(trend["baseline"], Value::Null);
    assert_eq!(trend["basis_text"], "av alle punktene");
}

#[test]
fn a_frozen_baseline_moves_the_median_and_is_remembered_for_the_file_and_unit() {
    let t = common::app();
    let board = two_years(&t);
    let all = t.ok("absence_trend", json!({ "board": board }));
    let frozen = t.ok(
        "set_trend_baseline",
        json!({ "board": board, "baseline": 12 }),
    );
    assert_eq!(frozen["baseline"], 12);
    assert_eq!(
        frozen["basis_text"],
        "av de første 12 månedene, frosset som grunnlag"
    );
    // The median of 2024 alone is higher than that of both years.
    assert!(frozen["median"].as_f64().unwrap() > all["median"].as_f64().unwrap());
    assert_ne!(frozen["median_text"], all["median_text"]);
    // Every 2025 month under the 2024 median, and December 2024 (10,0 %) too: a shift of 13.
    assert_eq!(frozen["runs"]["longest_run"], 13);
    assert_eq!(frozen["points"][11]["side"], "below");
    // Kept: the chart opened again has it, and the settings file holds it for this file.
    let again = t.ok("absence_trend", json!({ "board": board }));
    assert_eq!(again["median"], frozen["median"]);
    let settings = std::fs::read_to_string(t.dir.path().join("app/innstillinger.json")).unwrap();
    assert!(settings.contains("\"hjemmesykepleien\": 12"), "{settings}");

    // Out of range: refused, said why, nothing changed.
    for bad in [0, 25] {
        let err = t.call(
            "set_trend_baseline",
            json!({ "board": board, "baseline": bad }),
        );
        let err = err.expect_err("refused");
        assert_eq!(err["kind"], "invalid");
        assert_eq!(err["field"], "baseline");
        let msg = err["message"].as_str().unwrap();
        assert!(msg.contains("fra 1 til 24 måneder"), "{msg}");
    }
    assert_eq!(
        t.ok("absence_trend", json!({ "board": board }))["baseline"],
        12
    );
    // Let go: the median of all months again.
    let back = t.ok(
        "set_trend_baseline",
        json!({ "board": board, "baseline": null }),
    );
    assert_eq!(back["median"], all["median"]);
    assert_eq!(
        t.ok("absence_trend", json!({ "board": board }))["baseline"],
        Value::Null
    );
}

#[test]
fn under_ten_months_the_chart_gives_no_verdict_and_a_saved_month_shows_at_once() {
    let (t, board) = app_with_board();
    let empty = t.ok("absence_trend", json!({ "board": board }));
    assert_eq!(empty["points"], json!([]));
    for m in 1..=5 {
        set_month(
            &t,
            &board,
            month(&format!("2025-{m:02}"), &format!("{m},5"), "", ""),
        );
    }
    let trend = t.ok("absence_trend", json!({ "board": board }));
    assert_eq!(trend["points"].as_array().unwrap().len(), 5);
    assert_eq!(trend["runs"]["signal"], Value::Null);
    let verdict = trend["verdict"].as_str().unwrap();
    assert!(verdict.starts_with("Ingen vurdering ennå"), "{verdict}");
    assert!(verdict.contains("minst 10"), "{verdict}");
    set_month(&t, &board, month("2025-06", "", "400", "20"));
    let trend = t.ok("absence_trend", json!({ "board": board }));
    assert_eq!(trend["points"][5]["pct_text"], "5,0 %");
}

#[test]
fn in_nynorsk_the_run_chart_speaks_nynorsk() {
    let t = common::app();
    let board = two_years(&t);
    t.ok("set_lang", json!({ "lang": "nn" }));
    let trend = t.ok("absence_trend", json!({ "board": board }));
    let verdict = trend["verdict"].as_str().unwrap();
    assert!(
        verdict.starts_with("Signal: 12 månader på rad under medianen — fråværet har gått ned."),
        "{verdict}"
    );
    assert_eq!(trend["basis_text"], "av alle punkta");
    assert_eq!(trend["markers"][0]["kind_text"], "starta");
    let frozen = t.ok(
        "set_trend_baseline",
        json!({ "board": board, "baseline": 12 }),
    );
    assert_eq!(
        frozen["basis_text"],
        "av dei første 12 månadene, frose som grunnlag"
    );
    let err = t
        .call(
            "set_trend_baseline",
            json!({ "board": board, "baseline": 30 }),
        )
        .expect_err("refused");
    let msg = err["message"].as_str().unwrap();
    assert!(
        msg.starts_with("Grunnlaget for medianen må vere frå 1 til 24 månader"),
        "{msg}"
    );
}

#[test]
fn a_milestones_reached_day_is_typed_and_refused_in_the_future_or_before_the_year() {
    let (t, board) = app_with_board();
    let year = t.view(&board)["board"]["year"].as_i64().unwrap();
    let today = chrono::Local::now().date_naive();
    let plan = |reached: String| json!({ "milestones": [ { "text": "Faghjul på plass", "due": "", "reached_on": reached } ] });
    // Reached on a day of its own, not the day it was ticked.
    let day = format!("02.01.{year}");
    t.ok(
        "save_plan",
        json!({ "board": board, "plan": plan(day.clone()) }),
    );
    let form = t.ok("plan_form", json!({ "board": board }));
    assert_eq!(form["plan"]["milestones"][0]["reached_on"], json!(day));
    let tomorrow = (today + chrono::Days::new(1))
        .format("%d.%m.%Y")
        .to_string();
    let err = t.call(
        "save_plan",
        json!({ "board": board, "plan": plan(tomorrow) }),
    );
    let err = err.unwrap_err();
    assert_eq!(err["kind"], "invalid");
    assert_eq!(err["field"], "milestones.0.reached_on");
    assert!(
        err["message"].as_str().unwrap().contains("etter i dag"),
        "{err}"
    );
    let before = format!("31.12.{}", year - 1);
    let err = t
        .call("save_plan", json!({ "board": board, "plan": plan(before) }))
        .unwrap_err();
    assert_eq!(err["field"], "milestones.0.reached_on");
    assert!(
        err["message"].as_str().unwrap().contains("før tavlens år"),
        "{err}"
    );
    // Refused, the day saved before is kept.
    let form = t.ok("plan_form", json!({ "board": board }));
    assert_eq!(form["plan"]["milestones"][0]["reached_on"], json!(day));
}
