//! `tavle trend`: a unit's run chart across its boards in a file, with the Anhøj rules, as
//! text, CSV and JSON, in bokmål and nynorsk.

mod cli_support;

use std::path::{Path, PathBuf};

use cli_support::{tavle, tavle_in_env};
use serde_json::{json, Value};

/// A board for `unit` and `year` with `pcts` as its months from January, and one measure
/// started in March and finished in September of that year.
fn board_json(unit: &str, year: i32, pcts: &[f64]) -> Value {
    let absence: Vec<Value> = pcts
        .iter()
        .enumerate()
        .map(|(i, p)| json!({"month": format!("{year}-{:02}", i + 1), "pct": p}))
        .collect();
    json!({
        "format": "tavle-board",
        "version": 1,
        "board": {
            "unit": unit,
            "year": year,
            "target_pct": 7.0,
            "rows": [{
                "goal": "Færre langtidsfravær",
                "measure": "Tett oppfølging første uke",
                "status": "done",
                "history": [
                    {"on": format!("{year}-03-04"), "status": "in_progress", "note": ""},
                    {"on": format!("{year}-09-20"), "status": "done", "note": ""}
                ]
            }],
            "absence": absence
        }
    })
}

fn import(dir: &Path, file: &Path, board: &Value, name: &str) {
    let json = dir.join(name);
    std::fs::write(&json, board.to_string()).unwrap();
    tavle(["import", file.to_str().unwrap(), json.to_str().unwrap()]).ok();
}

/// 2024 at 7,5 / 8,5 by turns, then 2025 at 6 % every month; another unit beside it.
fn two_years(dir: &Path) -> PathBuf {
    let file = dir.join("e.tavle");
    let high: Vec<f64> = (0..12)
        .map(|i| if i % 2 == 0 { 7.5 } else { 8.5 })
        .collect();
    import(
        dir,
        &file,
        &board_json("Lindåsen", 2025, &[6.0; 12]),
        "b.json",
    );
    import(dir, &file, &board_json("Lindåsen", 2024, &high), "a.json");
    import(
        dir,
        &file,
        &board_json("Sone 2", 2025, &[9.0; 12]),
        "c.json",
    );
    file
}

fn trend_json(file: &Path, extra: &[&str]) -> Value {
    let mut args = vec!["trend", file.to_str().unwrap(), "--unit", "lindåsen"];
    args.extend(extra);
    args.extend(["--format", "json"]);
    serde_json::from_str(&tavle(args).ok()).unwrap()
}

#[test]
fn the_json_has_exactly_the_contracts_fields_across_both_years_in_month_order() {
    let dir = tempfile::tempdir().unwrap();
    let file = two_years(dir.path());
    let v = trend_json(&file, &[]);
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "crossings",
            "crossings_limit",
            "crossings_signal",
            "longest_run",
            "longest_run_limit",
            "median",
            "points",
            "shift",
            "signal",
            "unit",
            "useful"
        ]
    );
    assert_eq!(v["unit"], "Lindåsen");
    let points = v["points"].as_array().unwrap();
    assert_eq!(points.len(), 24);
    assert_eq!(points[0], json!({"month": "2024-01", "pct": 7.5}));
    assert_eq!(points[23], json!({"month": "2025-12", "pct": 6.0}));
    // Median of twelve 6s and twelve 7,5/8,5: (6 + 7,5) / 2. All 24 points are useful; the
    // first 12 lie above and the last 12 below: one crossing, a run of 12 > round(log2 24)+3.
    assert_eq!(v["median"], 6.75);
    assert_eq!(v["useful"], 24);
    assert_eq!(v["longest_run"], 12);
    assert_eq!(v["longest_run_limit"], 8);
    assert_eq!(v["crossings"], 1);
    assert_eq!(v["crossings_limit"], 8);
    assert_eq!(v["shift"], true);
    assert_eq!(v["crossings_signal"], true);
    assert_eq!(v["signal"], true);
}

#[test]
fn a_frozen_baseline_takes_the_median_of_the_first_months_only() {
    let dir = tempfile::tempdir().unwrap();
    let file = two_years(dir.path());
    let v = trend_json(&file, &["--baseline", "12"]);
    assert_eq!(v["median"], 8.0);
    // Below 8: the six 7,5s of 2024 and all of 2025; December 2024 (8,5) is above, so the
    // longest run is 2025's twelve.
    assert_eq!(v["longest_run"], 12);
    assert_eq!(v["longest_run_limit"], 8);
    let refused = tavle([
        "trend",
        file.to_str().unwrap(),
        "--unit",
        "Lindåsen",
        "--baseline",
        "0",
    ]);
    assert_eq!(refused.code, 2);
    assert!(
        refused.stderr.contains("--baseline 12"),
        "{}",
        refused.stderr
    );
}

#[test]
fn the_text_names_the_rule_the_direction_and_the_measures_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let file = two_years(dir.path());
    let args = ["trend", file.to_str().unwrap(), "--unit", "Lindåsen"];
    let text = tavle(args).ok();
    assert!(
        text.contains("Signal: 12 måneder på rad under medianen — fraværet har gått ned."),
        "{text}"
    );
    assert!(text.contains("lange serier"), "{text}");
    assert!(text.contains("Median: 6,8 %"), "{text}");
    assert!(
        text.contains("2024-03  startet: Tett oppfølging første uke"),
        "{text}"
    );
    assert!(
        text.contains("2025-09  fullført: Tett oppfølging første uke"),
        "{text}"
    );

    let nn = tavle_in_env(
        [
            "--lang",
            "nn",
            "trend",
            file.to_str().unwrap(),
            "--unit",
            "Lindåsen",
        ],
        &[],
    );
    assert_eq!(nn.code, 0, "{}", nn.stderr);
    assert!(
        nn.stdout
            .contains("Signal: 12 månader på rad under medianen — fråværet har gått ned."),
        "{}",
        nn.stdout
    );
    assert!(nn.stdout.contains("2024-03  starta:"), "{}", nn.stdout);
}

#[test]
fn random_variation_gives_no_signal_and_too_few_months_give_no_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("e.tavle");
    // Twelve months up and down around 7: every point useful, crossings galore.
    let zigzag = [6.5, 7.4, 6.8, 7.2, 6.6, 7.5, 6.9, 7.3, 6.7, 7.1, 6.4, 7.6];
    import(
        dir.path(),
        &file,
        &board_json("Kontoret", 2025, &zigzag),
        "k.json",
    );
    let args = ["trend", file.to_str().unwrap(), "--unit", "Kontoret"];
    assert!(tavle(args)
        .ok()
        .contains("Ingen signal: variasjonen ser tilfeldig ut."));

    import(
        dir.path(),
        &file,
        &board_json("Ny enhet", 2025, &[7.0, 8.0, 6.0]),
        "n.json",
    );
    let out = tavle([
        "trend",
        file.to_str().unwrap(),
        "--unit",
        "Ny enhet",
        "--format",
        "json",
    ])
    .ok();
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["useful"], 2);
    assert_eq!(
        (&v["shift"], &v["crossings_signal"], &v["signal"]),
        (&Value::Null, &Value::Null, &Value::Null)
    );
    let text = tavle(["trend", file.to_str().unwrap(), "--unit", "Ny enhet"]).ok();
    assert!(text.contains("Ingen vurdering ennå: 2 måneder"), "{text}");
    assert!(text.contains("minst 10"), "{text}");
}

#[test]
fn the_csv_is_for_excel_and_an_unknown_unit_names_the_units_there_are() {
    let dir = tempfile::tempdir().unwrap();
    let file = two_years(dir.path());
    let run = tavle([
        "trend",
        file.to_str().unwrap(),
        "--unit",
        "Lindåsen",
        "--format",
        "csv",
    ]);
    assert_eq!(run.code, 0);
    assert!(run.stdout_bytes.starts_with(b"\xEF\xBB\xBF"));
    let lines: Vec<&str> = run.stdout.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines[0], "Måned;Sykefravær (%);Median (%);Side av medianen");
    assert_eq!(lines[1], "2024-01;7,5;6,75;over");
    assert_eq!(lines[24], "2025-12;6;6,75;under");
    assert_eq!(lines.len(), 25);

    let missing = tavle(["trend", file.to_str().unwrap(), "--unit", "Lindås"]);
    assert_ne!(missing.code, 0);
    assert!(
        missing.stderr.contains("«Lindås»") && missing.stderr.contains("Lindåsen, Sone 2"),
        "{}",
        missing.stderr
    );
}
