//! Tiltakstype and Innsats, the two choices of a row, through every way in and out: JSON,
//! CSV and the workbook keep them; a leader's sheet gives them in either målform, any case,
//! under its own headings; an unknown word is refused with the choices named; `tavle show`
//! names them.

mod cli_support;
mod support_sheets;
use cli_support::{exchange, row_ids, Scratch};
use support_sheets::{read_book, text, write_book};

use serde_json::{json, Value};

fn tagged() -> String {
    exchange(json!({
        "unit": "Enhet",
        "year": 2025,
        "rows": [
            { "goal": "Samarbeid", "measure": "Prosedyre", "kind": "basis", "level": "preventive", "status": "in_progress" },
            { "goal": "Kompetanse", "measure": "Faghjul", "kind": "person" },
            { "goal": "Nærvær", "measure": "Hilsen", "level": "promoting" },
            { "goal": "Uten", "measure": "Ingen valg" }
        ]
    }))
}

/// The rows' (kind, level) in the board's JSON export.
fn choices_of(s: &Scratch, id: &str) -> Vec<(Value, Value)> {
    let run = s.run("export", &["--board", id, "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: Value = serde_json::from_str(&run.ok()).unwrap();
    let board = if v.get("board").is_some() {
        &v["board"]
    } else {
        &v
    };
    board["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["kind"].clone(), r["level"].clone()))
        .collect()
}

fn expected() -> Vec<(Value, Value)> {
    vec![
        (json!("basis"), json!("preventive")),
        (json!("person"), Value::Null),
        (Value::Null, json!("promoting")),
        (Value::Null, Value::Null),
    ]
}

#[test]
fn json_keeps_them_and_leaves_them_out_when_unset() {
    let s = Scratch::new();
    let id = s.import_text(&tagged());
    assert_eq!(choices_of(&s, &id), expected());
    let text = s.run("export", &["--board", &id, "--format", "json"]).ok();
    assert_eq!(text.matches("\"kind\"").count(), 2, "{text}");
    assert_eq!(text.matches("\"level\"").count(), 2, "{text}");
}

#[test]
fn csv_and_the_workbook_carry_them_as_words_and_are_read_back_in_both_malformer() {
    for lang in ["nb_NO.UTF-8", "nn_NO.UTF-8"] {
        for format in ["csv", "xlsx"] {
            let s = Scratch::new();
            let id = s.import_text(&tagged());
            let out = s.path(&format!("tavle.{format}"));
            let run = cli_support::tavle_in_env(
                [
                    "export",
                    s.file.to_str().unwrap(),
                    "--board",
                    &id,
                    "--format",
                    format,
                    "-o",
                    out.to_str().unwrap(),
                ],
                &[("LANG", lang)],
            );
            assert_eq!(run.code, 0, "{}", run.stderr);
            if format == "csv" {
                let text = std::fs::read_to_string(&out).unwrap();
                let head = text.lines().next().unwrap();
                assert!(head.contains(";Tiltakstype;Innsats;"), "{head}");
                let words = if lang.starts_with("nn") {
                    "Prosedyre;Basistiltak;Førebyggjande;"
                } else {
                    "Prosedyre;Basistiltak;Forebyggende;"
                };
                assert!(text.contains(words), "{text}");
            }
            let again = Scratch::new();
            let run = again.run(
                "import",
                &[
                    out.to_str().unwrap(),
                    "--unit",
                    "Enhet",
                    "--year",
                    "2025",
                    "--as-new",
                ],
            );
            assert_eq!(run.code, 0, "{lang} {format}: {}", run.stderr);
            let new_id = run.ok().trim().lines().last().unwrap().trim().to_string();
            assert_eq!(choices_of(&again, &new_id), expected(), "{lang} {format}");
        }
    }
}

#[test]
fn a_leaders_sheet_with_type_tiltak_and_niva_in_nynorsk_words_any_case() {
    let s = Scratch::new();
    let sheet = s.write(
        "leiar.csv",
        "\u{feff}Mål;Tiltak;Type tiltak;Nivå;Ansvarleg\r\n\
         Samarbeid;Prosedyre;BASISTILTAK;førebyggjande;Kari\r\n\
         Kompetanse;Faghjul;persontiltak;Helsefremjande;Ola\r\n\
         Nærvær;Hilsen;Prosjekt;REPARERANDE;Alle\r\n\
         Uten;Ingen valg;;;Alle\r\n",
    );
    let run = s.run(
        "import",
        &[
            sheet.to_str().unwrap(),
            "--unit",
            "Eining",
            "--year",
            "2025",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let id = run.ok().trim().lines().last().unwrap().trim().to_string();
    assert_eq!(
        choices_of(&s, &id),
        vec![
            (json!("basis"), json!("preventive")),
            (json!("person"), json!("promoting")),
            (json!("project"), json!("repairing")),
            (Value::Null, Value::Null),
        ]
    );
}

#[test]
fn an_unknown_word_is_refused_with_the_choices_named_and_nothing_written() {
    let s = Scratch::new();
    s.import_text(&tagged());
    let before = s.file_bytes();
    let sheet = s.write(
        "leder.csv",
        "\u{feff}Mål;Tiltak;Tiltakstype;Innsats\r\nSamarbeid;Prosedyre;Kanskje;Forebyggende\r\n",
    );
    let err = s
        .run(
            "import",
            &[sheet.to_str().unwrap(), "--unit", "Enhet", "--year", "2026"],
        )
        .refused();
    assert!(err.contains("«Kanskje»"), "{err}");
    assert!(
        err.contains("Basistiltak, Persontiltak, Prosjekttiltak"),
        "{err}"
    );
    assert!(err.contains("linje 2"), "names the place: {err}");
    assert_eq!(s.file_bytes(), before);
    let sheet = s.write(
        "leiar.csv",
        "\u{feff}Mål;Tiltak;Innsats\r\nSamarbeid;Prosedyre;litt\r\n",
    );
    let err = cli_support::tavle_in_env(
        [
            "import",
            s.file.to_str().unwrap(),
            sheet.to_str().unwrap(),
            "--unit",
            "Eining",
            "--year",
            "2026",
        ],
        &[("LANG", "nn_NO.UTF-8")],
    )
    .refused();
    assert!(
        err.contains("Helsefremjande, Førebyggjande, Reparerande"),
        "{err}"
    );
}

#[test]
fn show_names_them() {
    let s = Scratch::new();
    let id = s.import_text(&tagged());
    let text = s.run("show", &["--board", &id]).ok();
    assert!(text.contains("Tiltakstype: Basistiltak"), "{text}");
    assert!(text.contains("Innsats: Forebyggende"), "{text}");
}

#[test]
fn tavle_row_sets_them_from_words_in_either_malform_any_case_or_the_codes_and_keeps_the_rest() {
    let s = Scratch::new();
    let id = s.import_text(&tagged());
    let rows = row_ids(&s.run("show", &["--board", &id]).ok());
    // Row 4 has neither: shown, nothing written.
    let before = s.file_bytes();
    let out = s.run("row", &["--row", &rows[3]]).ok();
    assert_eq!(
        out,
        format!(
            "Rad-id {}: Tiltakstype ikke valgt, Innsats ikke valgt.\n",
            rows[3]
        )
    );
    assert_eq!(s.file_bytes(), before);
    // Nynorsk words, in capitals; then a code; each keeps the other field.
    let out = s
        .run("row", &["--row", &rows[3], "--level", "FØREBYGGJANDE"])
        .ok();
    assert!(
        out.contains("Tiltakstype ikke valgt, Innsats «Forebyggende»"),
        "{out}"
    );
    s.run("row", &["--row", &rows[3], "--kind", "project"]).ok();
    // Row 1's Innsats cleared with an empty word, its Tiltakstype kept.
    let out = s.run("row", &["--row", &rows[0], "--level", ""]).ok();
    assert!(
        out.contains("Tiltakstype «Basistiltak», Innsats ikke valgt"),
        "{out}"
    );
    let mut want = expected();
    want[0].1 = Value::Null;
    want[3] = (json!("project"), json!("preventive"));
    assert_eq!(choices_of(&s, &id), want);
    // The row's other fields and its status are as they were.
    let text = s.run("show", &["--board", &id]).ok();
    assert!(
        text.contains("Prosedyre") && text.contains("Pågår"),
        "{text}"
    );
}

#[test]
fn tavle_row_refuses_an_unknown_word_with_the_choices_in_the_users_malform_and_writes_nothing() {
    let s = Scratch::new();
    let id = s.import_text(&tagged());
    let rows = row_ids(&s.run("show", &["--board", &id]).ok());
    let before = s.file_bytes();
    let run = s.run(
        "row",
        &[
            "--row",
            &rows[1],
            "--kind",
            "viktig",
            "--level",
            "reparerende",
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("Tiltakstype: «viktig» er ikke et av valgene"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("Basistiltak, Persontiltak, Prosjekttiltak"),
        "{}",
        run.stderr
    );
    assert_eq!(s.file_bytes(), before);
    let err = cli_support::tavle_in_env(
        [
            "row",
            s.file.to_str().unwrap(),
            "--row",
            &rows[1],
            "--level",
            "litt",
        ],
        &[("LANG", "nn_NO.UTF-8")],
    )
    .refused();
    assert!(
        err.contains("Helsefremjande, Førebyggjande, Reparerande"),
        "{err}"
    );
    assert_eq!(s.file_bytes(), before);
    let help = cli_support::tavle_in_env(["row", "--help"], &[("LANG", "nn_NO.UTF-8")]).ok();
    assert!(
        help.contains("Bruk: tavle row FIL --row ID [--kind TYPE] [--level INNSATS]"),
        "{help}"
    );
    assert!(
        help.contains("Helsefremjande, Førebyggjande eller Reparerande"),
        "{help}"
    );
}

/// The board's workbook as one exported before Tiltakstype and Innsats were fields: the
/// Tavle sheet without those two columns; and, in it, row 1's Tiltak reworded and row 2
/// set to Fullført, as a colleague would.
fn old_workbook_edited(s: &Scratch, id: &str) -> std::path::PathBuf {
    let out = s.path("tavle.xlsx");
    assert_eq!(s.export_to(id, "xlsx", &out).code, 0);
    let mut book = read_book(&std::fs::read(&out).unwrap());
    let tavle = &mut book[0];
    assert_eq!(tavle.name, "Tavle");
    for header in ["Tiltakstype", "Innsats"] {
        let c = tavle.col(header);
        for r in &mut tavle.rows {
            r.remove(c);
        }
    }
    let (measure, status) = (tavle.col("Tiltak"), tavle.col("Status"));
    let first = tavle.row_with(measure, "Prosedyre");
    tavle.rows[first][measure] = text("Prosedyre, ny utgave");
    let second = tavle.row_with(measure, "Faghjul");
    tavle.rows[second][status] = text("Fullført");
    s.write("gammel.xlsx", write_book(&book, "tavle_row_id"))
}

#[test]
fn a_workbook_without_the_two_columns_updates_its_board_and_keeps_each_rows_choices() {
    let s = Scratch::new();
    let id = s.import_text(&tagged());
    let sheet = old_workbook_edited(&s, &id);
    let sheet = sheet.to_str().unwrap();
    // The preview counts only what the sheet changed: two rows, not the three with a choice.
    let preview = s.run("import", &[sheet, "--preview"]).ok();
    assert!(preview.contains("2 endret"), "{preview}");
    s.run("import", &[sheet]).ok();
    assert_eq!(choices_of(&s, &id), expected(), "the choices are kept");
    let text = s.run("show", &["--board", &id]).ok();
    assert!(
        text.contains("Prosedyre, ny utgave"),
        "the edit came: {text}"
    );
    assert!(text.contains("Fullført"), "the status came: {text}");
    // The same workbook again changes nothing.
    let again = s.run("import", &[sheet, "--preview"]).ok();
    assert!(again.contains("0 endret"), "{again}");
}

#[test]
fn a_workbook_with_the_columns_emptied_clears_the_choices() {
    let s = Scratch::new();
    let id = s.import_text(&tagged());
    let out = s.path("tavle.xlsx");
    assert_eq!(s.export_to(&id, "xlsx", &out).code, 0);
    let mut book = read_book(&std::fs::read(&out).unwrap());
    let tavle = &mut book[0];
    let (kind, level) = (tavle.col("Tiltakstype"), tavle.col("Innsats"));
    for r in tavle.rows.iter_mut().skip(1) {
        r[kind] = calamine::Data::Empty;
        r[level] = calamine::Data::Empty;
    }
    let sheet = s.write("tomme.xlsx", write_book(&book, "tavle_row_id"));
    s.run("import", &[sheet.to_str().unwrap()]).ok();
    assert_eq!(choices_of(&s, &id), vec![(Value::Null, Value::Null); 4]);
}
