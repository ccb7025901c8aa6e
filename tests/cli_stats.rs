//! Sykefravær hittil i år is weighted by workdays, and `tavle show` says so.

mod cli_support;
use cli_support::{exchange, Scratch};

use serde_json::json;

#[test]
fn year_to_date_is_weighted_by_workdays_not_the_mean_of_months() {
    let s = Scratch::new();
    let id = s.import_text(&exchange(json!({
        "unit": "Sykehjemmet",
        "year": 2025,
        "target_pct": 7.0
    })));
    // Entered month by month, with a decimal comma as people in Norway write it.
    for (month, agreed, lost) in [
        ("2025-01", "200", "30,0"),
        ("2025-02", "400", "20"),
        ("2025-03", "400", "20.0"),
    ] {
        s.run(
            "absence",
            &[
                "--board", &id, "--month", month, "--agreed", agreed, "--lost", lost,
            ],
        )
        .ok();
    }
    let show = s.run("show", &["--board", &id]).ok();
    // 70 / 1000 = 7,0 %; the mean of 15 %, 5 % and 5 % would have said 8,3 %.
    assert!(
        show.contains("Sykefravær hittil i år: 7,0 % (basert på dagsverk, 3 måneder)"),
        "{show}"
    );
    assert!(!show.contains("8,3 %"), "{show}");
}

#[test]
fn a_month_with_only_a_percentage_makes_it_a_mean_and_says_so() {
    let s = Scratch::new();
    let id = s.import_text(&exchange(json!({ "unit": "Barnehagen", "year": 2025 })));
    s.run(
        "absence",
        &["--board", &id, "--month", "2025-01", "--pct", "9,1"],
    )
    .ok();
    s.run(
        "absence",
        &[
            "--board", &id, "--month", "2025-02", "--agreed", "400", "--lost", "20",
        ],
    )
    .ok();
    let show = s.run("show", &["--board", &id]).ok();
    assert!(
        show.contains("Sykefravær hittil i år: 7,1 % (snitt av måneder, 2 måneder)"),
        "{show}"
    );
}

#[test]
fn entering_a_month_again_replaces_it() {
    let s = Scratch::new();
    let id = s.import_text(&exchange(json!({ "unit": "Barnehagen", "year": 2025 })));
    for pct in ["12", "9,1"] {
        s.run(
            "absence",
            &["--board", &id, "--month", "2025-01", "--pct", pct],
        )
        .ok();
    }
    let show = s.run("show", &["--board", &id]).ok();
    assert!(show.contains("Sykefravær hittil i år: 9,1 %"), "{show}");
    assert!(!show.contains("12,0 %"), "{show}");
}
