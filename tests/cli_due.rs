//! `tavle due` lists exactly the measures that are overdue: due date passed while Ikke
//! startet or Pågår; never Fullført, Avbrutt, Løpende or På vent ones.

mod cli_support;
use cli_support::{exchange, row, Scratch};

use serde_json::json;

fn board_with_one_row_of_each_status() -> String {
    let past = Some("2025-01-31");
    exchange(json!({
        "unit": "Hjemmesykepleien",
        "year": 2025,
        "rows": [
            row("Tiltak ikke startet", past, "not_started"),
            row("Tiltak pågår", past, "in_progress"),
            row("Tiltak fullført", past, "done"),
            row("Tiltak løpende", past, "ongoing"),
            row("Tiltak på vent", past, "paused"),
            row("Tiltak avbrutt", past, "dropped"),
            row("Tiltak med frist snart", Some("2025-03-10"), "not_started"),
            row("Tiltak uten frist", None, "not_started"),
        ]
    }))
}

#[test]
fn due_lists_only_overdue_measures_that_are_not_started_or_in_progress() {
    let s = Scratch::new();
    s.import_text(&board_with_one_row_of_each_status());
    let out = s.run("due", &["--on", "2025-03-01"]).ok();
    assert!(out.starts_with("Forsinket per 01.03.2025 (2):\n"), "{out}");
    assert!(out.contains("31.01.2025  Hjemmesykepleien 2025"), "{out}");
    assert!(out.contains("Ikke startet: Tiltak ikke startet"), "{out}");
    assert!(out.contains("Pågår: Tiltak pågår"), "{out}");
    for never in [
        "Tiltak fullført",
        "Tiltak løpende",
        "Tiltak på vent",
        "Tiltak avbrutt",
        "Tiltak med frist snart",
        "Tiltak uten frist",
    ] {
        assert!(!out.contains(never), "«{never}» listed: {out}");
    }
}

#[test]
fn due_within_days_adds_the_measures_due_soon() {
    let s = Scratch::new();
    s.import_text(&board_with_one_row_of_each_status());
    let out = s.run("due", &["--on", "01.03.2025", "--within", "14"]).ok();
    assert!(out.contains("Forsinket per 01.03.2025 (2):"), "{out}");
    assert!(
        out.contains("Frist de neste 14 dager (1):\n  10.03.2025  Hjemmesykepleien 2025"),
        "{out}"
    );
    assert!(out.contains("Tiltak med frist snart"), "{out}");
    assert!(!out.contains("Tiltak fullført"), "{out}");
}

#[test]
fn nothing_is_overdue_on_the_due_date_itself() {
    let s = Scratch::new();
    s.import_text(&board_with_one_row_of_each_status());
    let out = s.run("due", &["--on", "2025-01-31"]).ok();
    assert_eq!(out, "Ingen forsinkede tiltak per 31.01.2025.\n");
}

#[test]
fn a_measure_marked_done_leaves_the_due_list() {
    let s = Scratch::new();
    let id = s.import_text(&board_with_one_row_of_each_status());
    let show = s.run("show", &["--board", &id]).ok();
    let ids = cli_support::row_ids(&show);
    assert_eq!(ids.len(), 8, "{show}");
    let out = s
        .run(
            "status",
            &[
                "--row",
                &ids[1],
                "--to",
                "fullført",
                "--on",
                "2025-02-20",
                "--note",
                "Ferdig",
            ],
        )
        .ok();
    assert!(out.contains("Fullført"), "{out}");
    let out = s.run("due", &["--on", "2025-03-01"]).ok();
    assert!(out.starts_with("Forsinket per 01.03.2025 (1):"), "{out}");
    assert!(!out.contains("Tiltak pågår"), "{out}");
    let show = s.run("show", &["--board", &id]).ok();
    assert!(show.contains("20.02.2025 Fullført – Ferdig"), "{show}");
}
