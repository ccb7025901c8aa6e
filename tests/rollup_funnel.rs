//! The funnel for HR in `tavle rollup … --format json`: the centre is the total rate, each
//! unit's limits follow its size, φ the winsorised overdispersion; masked units count but
//! show nothing. Checked against the formulas, computed here by hand.

mod cli_support;

use std::path::Path;

use cli_support::tavle;
use serde_json::{json, Value};

/// A board for `unit` in 2025 with `months` months of `agreed` and `lost` days each.
fn board(unit: &str, months: usize, agreed: f64, lost: f64) -> Value {
    let absence: Vec<Value> = (1..=months)
        .map(|m| json!({"month": format!("2025-{m:02}"), "agreed_days": agreed, "lost_days": lost}))
        .collect();
    json!({"format": "tavle-board", "version": 1,
           "board": {"unit": unit, "year": 2025, "target_pct": 7.0, "rows": [], "absence": absence}})
}

fn file_with(dir: &Path, boards: &[Value]) -> String {
    let file = dir.join("kommune.tavle");
    for (i, b) in boards.iter().enumerate() {
        let json = dir.join(format!("b{i}.json"));
        std::fs::write(&json, b.to_string()).unwrap();
        tavle(["import", file.to_str().unwrap(), json.to_str().unwrap()]).ok();
    }
    file.to_str().unwrap().to_string()
}

fn close(a: &Value, b: f64) -> bool {
    (a.as_f64().unwrap() - b).abs() < 1e-9
}

#[test]
fn the_rollup_json_carries_the_funnel_by_the_stated_formulas() {
    let dir = tempfile::tempdir().unwrap();
    // Twelve units of 440 agreed days a month (≈ 20 årsverk) for 6 months, 6–9,5 % absence,
    // one at 16 %, and one small unit (60 days a month ≈ 2,7 årsverk) that is masked.
    let mut boards: Vec<Value> = (0..11)
        .map(|i| {
            board(
                &format!("Enhet {i:02}"),
                6,
                440.0,
                440.0 * (0.06 + 0.0035 * i as f64),
            )
        })
        .collect();
    boards.push(board("Høy", 6, 440.0, 440.0 * 0.16));
    boards.push(board("Liten", 6, 60.0, 9.0));
    let file = file_with(dir.path(), &boards);
    let out = tavle(["rollup", &file, "--format", "json"]).ok();
    let v: Value = serde_json::from_str(&out).unwrap();

    // By hand: p̄ = Σ lost / Σ agreed over all 13 units (the masked one too).
    let units: Vec<(f64, f64, bool)> = (0..11)
        .map(|i| (6.0 * 440.0, 6.0 * 440.0 * (0.06 + 0.0035 * i as f64), false))
        .chain([
            (6.0 * 440.0, 6.0 * 440.0 * 0.16, false),
            (360.0, 54.0, true),
        ])
        .collect();
    let centre = units.iter().map(|u| u.1).sum::<f64>() / units.iter().map(|u| u.0).sum::<f64>();
    let mut z: Vec<f64> = units
        .iter()
        .map(|u| (u.1 / u.0 - centre) / (centre * (1.0 - centre) / u.0).sqrt())
        .collect();
    // k = 13, w = 1: the lowest z to the second lowest, the highest to the second highest.
    let mut sorted = z.clone();
    sorted.sort_by(f64::total_cmp);
    for x in z.iter_mut() {
        *x = x.clamp(sorted[1], sorted[11]);
    }
    let phi = (z.iter().map(|x| x * x).sum::<f64>() / 13.0).max(1.0);

    assert!(
        close(&v["funnel"]["centre"], centre * 100.0),
        "{}",
        v["funnel"]
    );
    assert!(close(&v["funnel"]["phi"], phi), "{} vs {phi}", v["funnel"]);
    assert!(close(&v["total"], centre * 100.0));

    let list = v["units"].as_array().unwrap();
    assert_eq!(list.len(), 13);
    let by_name = |name: &str| list.iter().find(|u| u["unit"] == name).unwrap();
    let high = by_name("Høy");
    let n = 6.0 * 440.0;
    let half = |z: f64| z * (phi * centre * (1.0 - centre) / n).sqrt() * 100.0;
    assert!(close(&high["pct"], 16.0));
    assert!(close(&high["agreed_days"], n));
    assert!(close(
        &high["funnel"]["upper998"],
        centre * 100.0 + half(3.090232)
    ));
    assert!(close(
        &high["funnel"]["lower95"],
        centre * 100.0 - half(1.959964)
    ));
    let expected_flag = if 0.16 * 100.0 > centre * 100.0 + half(3.090232) {
        "over"
    } else {
        "innenfor"
    };
    assert_eq!(high["funnel"]["flag"], expected_flag);
    assert_eq!(by_name("Enhet 05")["funnel"]["flag"], "innenfor");

    // The masked unit: its name, its measures by Tiltakstype and Innsats (counts of
    // measures, as the CSV and the screen show them), and nothing from which its figure
    // could be worked out.
    let small = by_name("Liten");
    let mut keys: Vec<&str> = small
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(keys, ["kinds", "levels", "masked", "unit"]);
}

#[test]
fn a_unit_far_above_the_rest_is_flagged_over_and_the_rest_are_within() {
    let dir = tempfile::tempdir().unwrap();
    let mut boards: Vec<Value> = (0..20)
        .map(|i| board(&format!("Avdeling {i:02}"), 10, 440.0, 440.0 * 0.08))
        .collect();
    boards.push(board("Avdeling Høy", 10, 440.0, 440.0 * 0.14));
    let file = file_with(dir.path(), &boards);
    let v: Value =
        serde_json::from_str(&tavle(["rollup", &file, "--format", "json"]).ok()).unwrap();
    assert_eq!(v["funnel"]["phi"], 1.0);
    let flags: Vec<(&str, &str)> = v["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            (
                u["unit"].as_str().unwrap(),
                u["funnel"]["flag"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(flags.contains(&("Avdeling Høy", "over")), "{flags:?}");
    assert_eq!(flags.iter().filter(|f| f.1 == "innenfor").count(), 20);
}
