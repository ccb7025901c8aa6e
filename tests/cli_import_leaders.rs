//! Leaders' own workbooks as they are really made: other words over the columns, a comment
//! column, traffic-light statuses and ticks, one Mål merged over three Tiltak, and a
//! sick-leave sheet of months beside the board. Nothing with content is dropped without a
//! word, nothing is guessed, and nothing is written until the import can be whole.

mod cli_support;
use cli_support::Scratch;

use rust_xlsxwriter::{Format, Workbook, Worksheet};

/// Writes `rows` from A1 (a title and «Enhet:» above the header, as leaders do).
fn fill(ws: &mut Worksheet, rows: &[&[&str]]) {
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if !cell.is_empty() {
                ws.write_string(r as u32, c as u16, *cell).unwrap();
            }
        }
    }
}

fn save(s: &Scratch, name: &str, book: &mut Workbook) -> String {
    let path = s.write(name, book.save_to_buffer().unwrap());
    path.to_str().unwrap().to_string()
}

fn board(s: &Scratch) -> serde_json::Value {
    let json = s.run("export", &["--board", "1", "--format", "json"]).ok();
    serde_json::from_str::<serde_json::Value>(&json).unwrap()["board"].clone()
}

fn column(board: &serde_json::Value, field: &str) -> Vec<String> {
    board["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r[field].as_str().unwrap_or_default().to_string())
        .collect()
}

/// «Hva skal vi gjøre?» over the measures, «Kommentar» over the results, a «Prioritet»
/// column Tavle has no field for, and «Status (R/G/G)» with ticks and colours.
fn own_words(s: &Scratch) -> String {
    let mut book = Workbook::new();
    fill(
        book.add_worksheet(),
        &[
            &["Forbedringstavle 2026"],
            &["Enhet:", "Lindåsen sykehjem"],
            &[],
            &[
                "Mål",
                "Hva skal vi gjøre?",
                "Ansvarlig",
                "Status (R/G/G)",
                "Kommentar",
                "Prioritet",
            ],
            &[
                "Færre fall",
                "Sensormatter på alle rom",
                "Kari",
                "✓",
                "Kjøpt inn",
                "Høy",
            ],
            &[
                "Færre fall",
                "Gåtrening to ganger i uka",
                "Per",
                "Grønn",
                "",
                "Middels",
            ],
            &["Mer nærvær", "Tidlig samtale", "Leder", "Ferdig ✓", "", ""],
            &["Mer nærvær", "Turnus med ønsker", "Leder", "x", "", "Lav"],
            &["Bedre mat", "Felles middag", "Kjøkken", "Gul", "", ""],
            &["Bedre mat", "Smaksdag", "Kjøkken", "Grønn", "", ""],
        ],
    );
    save(s, "egne-ord.xlsx", &mut book)
}

#[test]
fn a_column_with_content_and_no_field_is_refused_naming_it_and_how_to_map_it() {
    let s = Scratch::new();
    let sheet = own_words(&s);
    let err = s.run("import", &[&sheet]).refused();
    assert!(
        err.contains("kolonne F «Prioritet», første verdier: «Høy», «Middels», «Lav»"),
        "{err}"
    );
    assert!(
        err.contains("--column \"Prioritet=Tiltak\"") && err.contains("--column \"Prioritet=-\""),
        "{err}"
    );
    assert!(!s.file.exists(), "nothing written");
}

#[test]
fn a_status_word_none_of_the_six_is_refused_with_its_cells_until_mapped() {
    let s = Scratch::new();
    let sheet = own_words(&s);
    let err = s
        .run("import", &[&sheet, "--column", "Prioritet=-"])
        .refused();
    assert!(err.contains("«Grønn» i D6; D10"), "{err}");
    assert!(err.contains("«Gul» i D9"), "{err}");
    assert!(err.contains("--status \"Grønn=Pågår\""), "{err}");
    assert!(!err.contains("Ferdig"), "a tick is a known word: {err}");
    assert!(!s.file.exists(), "nothing written");
}

#[test]
fn other_header_words_ticks_and_mapped_words_fill_the_board() {
    let s = Scratch::new();
    let sheet = own_words(&s);
    let run = s.run(
        "import",
        &[
            &sheet,
            "--column",
            "Prioritet=-",
            "--status",
            "Grønn=Pågår",
            "--status",
            "Gul=På vent",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.contains("B «Hva skal vi gjøre?» → Tiltak")
            && run.stderr.contains("D «Status (R/G/G)» → Status")
            && run.stderr.contains("E «Kommentar» → Resultat"),
        "{}",
        run.stderr
    );
    let b = board(&s);
    assert_eq!(
        column(&b, "measure"),
        [
            "Sensormatter på alle rom",
            "Gåtrening to ganger i uka",
            "Tidlig samtale",
            "Turnus med ønsker",
            "Felles middag",
            "Smaksdag"
        ]
    );
    assert_eq!(
        column(&b, "status"),
        [
            "done",
            "in_progress",
            "done",
            "done",
            "paused",
            "in_progress"
        ]
    );
    assert_eq!(column(&b, "result")[0], "Kjøpt inn");
}

#[test]
fn a_goal_merged_over_three_measures_is_filled_into_each_row() {
    let s = Scratch::new();
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    fill(
        ws,
        &[
            &["Enhet:", "Lindåsen sykehjem", "År:", "2026"],
            &["Mål", "Tiltak", "Ansvar", "Status"],
            &["", "Sensormatter", "Kari", "Pågår"],
            &["", "Gåtrening", "Per", "Ikke startet"],
            &["", "Medisingjennomgang", "Lege", "Ferdig"],
            &["", "Tidlig samtale", "Leder", "Pågår"],
            &["", "Turnus med ønsker", "Leder", "Pågår"],
        ],
    );
    let wrap = Format::new().set_text_wrap();
    ws.merge_range(2, 0, 4, 0, "Færre fall", &wrap).unwrap();
    ws.merge_range(5, 0, 6, 0, "Mer nærvær", &wrap).unwrap();
    let sheet = save(&s, "sammenslatt.xlsx", &mut book);
    let run = s.run("import", &[&sheet]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        column(&board(&s), "goal"),
        [
            "Færre fall",
            "Færre fall",
            "Færre fall",
            "Mer nærvær",
            "Mer nærvær"
        ]
    );
}

#[test]
fn merges_that_cannot_be_filled_are_all_reported_at_once() {
    let s = Scratch::new();
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    fill(
        ws,
        &[
            &["Enhet:", "Lindåsen sykehjem", "År:", "2026"],
            &["Mål", "Tiltak", "", "Ansvar", "Status"],
            &["Færre fall", "Sensormatter", "", "Kari", "Pågår"],
            &["Mer nærvær", "Samtale", "", "Leder", "Pågår"],
        ],
    );
    let f = Format::new();
    // The header «Tiltak» merged over two columns, and a cell over Ansvar and Status.
    ws.merge_range(1, 1, 1, 2, "Tiltak", &f).unwrap();
    ws.merge_range(3, 3, 3, 4, "Leder", &f).unwrap();
    let sheet = save(&s, "overskrift.xlsx", &mut book);
    let err = s.run("import", &[&sheet]).refused();
    assert!(
        err.contains("2 sammenslåtte celler som Tavle ikke kan fylle ut: B2:C2, D4:E4"),
        "{err}"
    );
    assert!(!s.file.exists());
}

/// A workbook with a sick-leave sheet first (months with percent as Excel keeps them), the
/// board's sheet, and a notes sheet.
fn with_sick_leave(s: &Scratch, days: bool) -> String {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Sykefravær").unwrap();
    let pct = Format::new().set_num_format("0.0%");
    if days {
        fill(ws, &[&["Måned", "Avtalte dagsverk", "Tapte dagsverk"]]);
        for (i, m) in ["jan", "feb", "mar"].iter().enumerate() {
            let r = i as u32 + 1;
            ws.write_string(r, 0, *m).unwrap();
            ws.write_number(r, 1, 400.0).unwrap();
            ws.write_number(r, 2, 30.0 + i as f64).unwrap();
        }
    } else {
        fill(ws, &[&["Måned", "Sykefravær %"]]);
        for (i, (m, p)) in [("januar", 0.091), ("februar", 0.084), ("mars", 0.102)]
            .iter()
            .enumerate()
        {
            let r = i as u32 + 1;
            ws.write_string(r, 0, *m).unwrap();
            ws.write_number_with_format(r, 1, *p, &pct).unwrap();
        }
    }
    let ws = book.add_worksheet();
    ws.set_name("Tiltak").unwrap();
    fill(
        ws,
        &[
            &["Enhet:", "Lindåsen sykehjem", "År:", "2026"],
            &["Mål", "Tiltak", "Status"],
            &["Færre fall", "Sensormatter", "Pågår"],
        ],
    );
    let ws = book.add_worksheet();
    ws.set_name("Notater").unwrap();
    fill(ws, &[&["Husk personalmøtet"]]);
    save(s, "med-fravaer.xlsx", &mut book)
}

#[test]
fn a_sick_leave_sheet_of_months_becomes_the_boards_absence_figures() {
    let s = Scratch::new();
    let sheet = with_sick_leave(&s, false);
    let run = s.run("import", &[&sheet, "--sheet", "Tiltak"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.contains("Ark lest: «Tiltak», «Sykefravær»")
            && run.stderr.contains("Ark ikke lest: «Notater»"),
        "{}",
        run.stderr
    );
    let b = board(&s);
    let months: Vec<(String, f64)> = b["absence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["month"].as_str().unwrap().to_string(),
                m["pct"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        months,
        [
            ("2026-01".to_string(), 9.1),
            ("2026-02".to_string(), 8.4),
            ("2026-03".to_string(), 10.2)
        ]
    );
    assert_eq!(column(&b, "measure"), ["Sensormatter"]);
}

#[test]
fn agreed_and_lost_days_by_short_month_names_are_read_as_days() {
    let s = Scratch::new();
    let sheet = with_sick_leave(&s, true);
    let run = s.run("import", &[&sheet]);
    assert_eq!(run.code, 0, "{run:?}");
    let b = board(&s);
    let absence = b["absence"].as_array().unwrap();
    assert_eq!(absence.len(), 3, "{b}");
    assert_eq!(absence[1]["month"], "2026-02");
    assert_eq!(absence[1]["agreed_days"], 400.0);
    assert_eq!(absence[1]["lost_days"], 31.0);
}

#[test]
fn sheet_names_a_sheet_that_is_not_there() {
    let s = Scratch::new();
    let sheet = with_sick_leave(&s, false);
    let err = s.run("import", &[&sheet, "--sheet", "Tavla"]).refused();
    assert!(
        err.contains("Fant ikke arket «Tavla»")
            && err.contains("«Sykefravær», «Tiltak», «Notater»"),
        "{err}"
    );
}
