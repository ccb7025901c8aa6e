//! Del med HR and Oversikt over enheter through the app's commands in Tauri's mock runtime
//! (the real configuration and capabilities, no window).

mod common;

use common::app_with_board;
use serde_json::{json, Value};

fn options(sort: &str, descending: bool, filter: &str) -> Value {
    json!({ "year": null, "filter": filter, "sort": sort, "descending": descending })
}

fn units(r: &Value) -> Vec<String> {
    r["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|l| l["unit"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_board_is_shared_into_the_folder_and_the_folder_is_remembered_for_the_file() {
    let (t, board) = app_with_board();
    let share = t.dir.path().join("delt");
    std::fs::create_dir(&share).unwrap();
    assert_eq!(t.ok("publish_folder", json!({})), Value::Null);
    let done = t.ok("publish_board", json!({ "boardId": board, "dir": share }));
    assert_eq!(done["unit"], "Hjemmesykepleien");
    assert_eq!(done["replaced"], false);
    assert!(share.join("Hjemmesykepleien 2025.tavle").exists());
    assert_eq!(t.ok("publish_folder", json!({})), json!(share));
    let again = t.ok("publish_board", json!({ "boardId": board, "dir": share }));
    assert_eq!(again["replaced"], true);
    let msg = t.refused(
        "publish_board",
        json!({ "boardId": board, "dir": t.dir.path().join("borte") }),
        "not_found",
    );
    assert!(msg.starts_with("Fant ikke mappen"), "{msg}");
}

#[test]
fn the_overview_reads_the_folder_once_sorts_filters_and_opens_a_unit_read_only() {
    let (t, board) = app_with_board();
    let share = t.dir.path().join("delt");
    std::fs::create_dir(&share).unwrap();
    t.ok(
        "set_absence",
        json!({ "board": board, "month": { "month": "2025-01", "agreed": "400", "lost": "40" } }),
    );
    t.ok("publish_board", json!({ "boardId": board, "dir": share }));
    let other = t.bare_board("Barnehagen");
    t.ok(
        "set_absence",
        json!({ "board": other, "month": { "month": "2025-01", "agreed": "400", "lost": "8" } }),
    );
    t.ok("publish_board", json!({ "boardId": other, "dir": share }));
    std::fs::write(share.join("rot.tavle"), "ikke en tavle").unwrap();

    let r = t.ok(
        "rollup_open",
        json!({ "dir": share, "options": options("gap", true, "") }),
    );
    assert_eq!(units(&r), ["Hjemmesykepleien", "Barnehagen"]);
    // (40 + 8) / 800.
    assert_eq!(r["total"]["text"]["year_to_date"], "6,0 %");
    assert_eq!(r["skipped"].as_array().unwrap().len(), 1);
    assert_eq!(t.ok("rollup_folder", json!({})), json!(share));

    // Another order and a filter, without reading the files again: the folder is emptied first.
    for entry in std::fs::read_dir(&share).unwrap() {
        std::fs::remove_file(entry.unwrap().path()).unwrap();
    }
    let r = t.ok(
        "rollup_view",
        json!({ "options": options("unit", false, "") }),
    );
    assert_eq!(units(&r), ["Barnehagen", "Hjemmesykepleien"]);
    let r = t.ok(
        "rollup_view",
        json!({ "options": options("unit", false, "hjemme") }),
    );
    assert_eq!(units(&r), ["Hjemmesykepleien"]);
    assert_eq!(r["total"]["text"]["year_to_date"], "10,0 %");

    let line = &r["lines"][0];
    let unit = t.ok(
        "rollup_board",
        json!({ "file": line["file"], "board": line["board"] }),
    );
    assert_eq!(unit["board"]["unit"], "Hjemmesykepleien");
    assert_eq!(unit["masked"], false);
    assert_eq!(unit["summary"]["year_to_date_text"], "10,0 %");

    let pdf = t.dir.path().join("oversikt.pdf");
    let written = t.ok(
        "print_rollup",
        json!({ "options": options("gap", true, ""), "path": pdf }),
    );
    assert_eq!(written, json!(pdf));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}

#[test]
fn a_folder_with_nothing_readable_is_refused_with_the_reasons() {
    let (t, _) = app_with_board();
    let share = t.dir.path().join("tom");
    std::fs::create_dir(&share).unwrap();
    std::fs::write(share.join("x.tavle"), "").unwrap();
    let msg = t.refused(
        "rollup_open",
        json!({ "dir": share, "options": options("gap", true, "") }),
        "invalid",
    );
    assert!(
        msg.contains("x.tavle: ikke en Tavle-fil (filen er tom)"),
        "{msg}"
    );
    let msg = t.refused(
        "rollup_view",
        json!({ "options": options("gap", true, "") }),
        "invalid",
    );
    assert!(msg.starts_with("Ingen oversikt er åpen"), "{msg}");
}

#[test]
fn the_overview_carries_a_funnel_plot_that_names_the_unit_above_chance_and_hides_the_masked() {
    let (t, board) = app_with_board();
    let share = t.dir.path().join("delt");
    std::fs::create_dir(&share).unwrap();
    // Eleven units around 6 %, one at 12 %, one too small to show (60 agreed days a month).
    let mut boards = vec![(board, 1200.0, 72.0)];
    let names = [
        "Avdeling A",
        "Avdeling B",
        "Avdeling C",
        "Avdeling D",
        "Avdeling E",
        "Avdeling F",
        "Avdeling G",
        "Avdeling H",
        "Avdeling I",
        "Avdeling J",
    ];
    for (i, name) in names.iter().enumerate() {
        let agreed = 900.0 + 150.0 * i as f64;
        let rate = 0.055 + 0.001 * i as f64;
        boards.push((t.bare_board(name), agreed, agreed * rate));
    }
    boards.push((t.bare_board("Omsorgsboligen"), 1500.0, 180.0));
    boards.push((t.bare_board("Lille avdeling"), 60.0, 3.0));
    for (b, agreed, lost) in &boards {
        t.ok(
            "set_absence",
            json!({ "board": b, "month": { "month": "2025-01", "agreed": agreed.to_string(), "lost": format!("{lost:.1}") } }),
        );
        t.ok("publish_board", json!({ "boardId": b, "dir": share }));
    }
    let r = t.ok(
        "rollup_open",
        json!({ "dir": share, "options": options("gap", true, "") }),
    );
    assert_eq!(r["lines"].as_array().unwrap().len(), 13);
    let plot = &r["funnel_plot"];
    let points = plot["points"].as_array().unwrap();
    assert_eq!(points.len(), 12, "the masked unit is not drawn");
    assert!(points.iter().all(|p| p["unit"] != "Lille avdeling"));
    assert_eq!(plot["masked"], 1);
    let over: Vec<&str> = points
        .iter()
        .filter(|p| p["flag"] == "over")
        .map(|p| p["unit"].as_str().unwrap())
        .collect();
    assert_eq!(over, ["Omsorgsboligen"]);
    let flagged = points
        .iter()
        .find(|p| p["unit"] == "Omsorgsboligen")
        .unwrap();
    assert_eq!(
        flagged["label"],
        "Omsorgsboligen: 12,0 %, 1 500 avtalte dagsverk — høyere enn tilfeldig variasjon"
    );
    let summary = plot["summary"].as_str().unwrap();
    assert!(
        summary.contains("Høyere enn tilfeldig variasjon: Omsorgsboligen."),
        "{summary}"
    );
    assert!(
        summary.starts_with("Traktdiagram over 12 enheter"),
        "{summary}"
    );
    let reading = plot["phi_reading"].as_str().unwrap();
    assert!(reading.starts_with("φ = "), "{reading}");
    // The limits as curves: widest at the smallest size, the 99,8 % outside the 95 %.
    let curve = plot["curve"].as_array().unwrap();
    assert_eq!(curve.len(), 65);
    let (first, last) = (&curve[0], &curve[64]);
    let width = |c: &Value| c["upper998"].as_f64().unwrap() - c["lower998"].as_f64().unwrap();
    assert!(width(first) > width(last));
    assert!(first["upper998"].as_f64().unwrap() > first["upper95"].as_f64().unwrap());
    assert!((plot["centre"].as_f64().unwrap() - r["total"]["pct"].as_f64().unwrap()).abs() < 1e-9);
    // The table's lines carry the same flag, and the masked line none.
    let line = |unit: &str| {
        r["lines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["unit"] == unit)
            .unwrap()
            .clone()
    };
    assert_eq!(line("Omsorgsboligen")["funnel"]["flag"], "over");
    assert_eq!(line("Avdeling A")["funnel"]["flag"], "innenfor");
    assert_eq!(line("Lille avdeling")["funnel"], Value::Null);
    // Shown another way, the plot comes along.
    let r = t.ok(
        "rollup_view",
        json!({ "options": options("unit", false, "Avd") }),
    );
    assert_eq!(r["funnel_plot"]["points"].as_array().unwrap().len(), 10);
    // In nynorsk, the words too.
    t.ok("set_lang", json!({ "lang": "nn" }));
    let r = t.ok(
        "rollup_view",
        json!({ "options": options("gap", true, "") }),
    );
    let plot = &r["funnel_plot"];
    let summary = plot["summary"].as_str().unwrap();
    assert!(
        summary.starts_with("Traktdiagram over 12 einingar"),
        "{summary}"
    );
    assert!(
        summary.contains("Høgare enn tilfeldig variasjon: Omsorgsboligen."),
        "{summary}"
    );
    assert!(plot["reading"]
        .as_str()
        .unwrap()
        .starts_with("Kvar prikk er ei eining"));
}

#[test]
fn the_header_takes_a_sector_and_staff_and_a_share_is_withdrawn_by_identity() {
    let (t, board) = app_with_board();
    let share = t.dir.path().join("delt");
    std::fs::create_dir(&share).unwrap();
    let header = |unit: &str, staff: &str| {
        json!({ "id": board, "version": null, "header": {
            "title": "Forbedringstavle", "unit": unit, "year": "2025",
            "main_goal": "", "focus": "", "target_pct": "7",
            "sector": " Helse og omsorg ", "staff": staff
        }})
    };
    let msg = t.refused(
        "update_board_header",
        header("Hjemmesykepleien", "0"),
        "invalid",
    );
    assert!(
        msg.starts_with("Antall årsverk må være et tall over 0"),
        "{msg}"
    );
    t.ok("update_board_header", header("Hjemmesykepleien", "12,5"));
    let view = t.ok("load_board", json!({ "id": board }));
    assert_eq!(view["board"]["sector"], "Helse og omsorg");
    assert_eq!(view["board"]["staff"], 12.5);
    let listed = t.ok("list_boards", json!({}));
    assert_eq!(listed[0]["identity"].as_str().unwrap().len(), 32);

    t.ok("publish_board", json!({ "boardId": board, "dir": share }));
    // Renamed: the same board's share under the old name goes when it is shared again.
    t.ok(
        "update_board_header",
        header("Hjemmesykepleien Nord", "12,5"),
    );
    let done = t.ok("publish_board", json!({ "boardId": board, "dir": share }));
    assert_eq!(done["removed"].as_array().unwrap().len(), 1);
    let names: Vec<String> = std::fs::read_dir(&share)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["Hjemmesykepleien Nord 2025.tavle"]);
    // «Trekk tilbake».
    let gone = t.ok("withdraw_board", json!({ "boardId": board, "dir": share }));
    assert_eq!(gone["unit"], "Hjemmesykepleien Nord");
    assert_eq!(std::fs::read_dir(&share).unwrap().count(), 0);
    let msg = t.refused(
        "withdraw_board",
        json!({ "boardId": board, "dir": share }),
        "not_found",
    );
    assert!(
        msg.starts_with("Fant ingen deling av Hjemmesykepleien Nord 2025"),
        "{msg}"
    );
}

#[test]
fn the_overview_reads_a_folder_per_sector_with_a_subtotal_each_and_shows_one_sector() {
    let (t, board) = app_with_board();
    let share = t.dir.path().join("delt");
    let health = share.join("Helse og omsorg");
    let school = share.join("Oppvekst");
    std::fs::create_dir_all(&health).unwrap();
    std::fs::create_dir_all(&school).unwrap();
    t.ok(
        "set_absence",
        json!({ "board": board, "month": { "month": "2025-01", "agreed": "400", "lost": "40" } }),
    );
    t.ok("publish_board", json!({ "boardId": board, "dir": health }));
    let other = t.bare_board("Sykehjemmet");
    t.ok(
        "set_absence",
        json!({ "board": other, "month": { "month": "2025-01", "agreed": "800", "lost": "40" } }),
    );
    t.ok("publish_board", json!({ "boardId": other, "dir": health }));
    let third = t.bare_board("Skolen");
    t.ok(
        "set_absence",
        json!({ "board": third, "month": { "month": "2025-01", "agreed": "600", "lost": "30" } }),
    );
    t.ok("publish_board", json!({ "boardId": third, "dir": school }));

    let r = t.ok(
        "rollup_open",
        json!({ "dir": share, "options": options("gap", true, "") }),
    );
    assert_eq!(units(&r).len(), 3);
    let sectors = r["sectors"].as_array().unwrap();
    assert_eq!(sectors.len(), 2);
    assert_eq!(sectors[0]["name"], "Helse og omsorg");
    // (40 + 40) / 1200, not the mean of 10 % and 5 %.
    assert_eq!(sectors[0]["total"]["text"]["year_to_date"], "6,7 %");
    assert_eq!(sectors[1]["total"]["text"]["year_to_date"], "5,0 %");
    let r = t.ok(
        "rollup_view",
        json!({ "options": { "year": null, "filter": "", "sector": "oppvekst", "sort": "gap", "descending": true } }),
    );
    assert_eq!(units(&r), ["Skolen"]);
    assert_eq!(r["sector"], "oppvekst");
}
