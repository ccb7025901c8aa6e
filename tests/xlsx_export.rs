//! The board as an Excel workbook, read back the way Excel and HR would see it: the cells
//! with `calamine` (not the writer), and what calamine does not give — number formats, the
//! Status drop-down, frozen header, autofilter, page set-up, the hidden sheet — from the
//! workbook's XML. And the round trip: xlsx → board equals the JSON round trip.

mod common;

use std::io::{Cursor, Read};

use calamine::{Data, Reader, SheetVisible, Xlsx};
use common::{date, example_board, seed_board, EXAMPLE};
use tavle::exchange::{read_board_json, write_board_json};
use tavle::model::{AbsenceMonth, Board, Input, Question, Status, StatusChange};
use tavle::sheet_import::{read_sheet_bytes, ImportOptions, SourceKind};
use tavle::xlsx::board_workbook;

fn today() -> chrono::NaiveDate {
    date(2025, 4, 1)
}

/// The seed board with everything a workbook must carry: history, a month given as a
/// percentage, egenmeldte days, workshop cards pointing at rows, line breaks, `&`.
fn full_board() -> Board {
    let mut b = seed_board();
    b.unit = "Drift & vedlikehold".into();
    b.rows[0].ideas = "Første linje\nAndre linje".into();
    b.rows[1].history = vec![
        StatusChange {
            on: date(2025, 1, 10),
            status: Status::InProgress,
            note: "Startet i januar".into(),
        },
        StatusChange {
            on: date(2025, 3, 10),
            status: Status::Done,
            note: String::new(),
        },
    ];
    b.absence[0].self_certified_days = Some(6.5);
    b.absence
        .push(AbsenceMonth::from_pct("2025-04".parse().unwrap(), 9.1));
    b.inputs = vec![
        Input {
            question: Question::WorksWell,
            text: "Vi hjelper hverandre".into(),
            votes: 3,
            row: None,
        },
        Input {
            question: Question::Proposals,
            text: "Fast overlevering".into(),
            votes: 5,
            row: Some(2),
        },
    ];
    b.validate().unwrap();
    b
}

fn workbook(board: &Board) -> Vec<u8> {
    board_workbook(board, today()).unwrap()
}

fn xml(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut file = zip.by_name(name).unwrap();
    let mut s = String::new();
    file.read_to_string(&mut s).unwrap();
    s
}

fn json(board: &Board) -> String {
    let mut out = Vec::new();
    write_board_json(board, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn the_workbook_has_the_four_sheets_and_a_hidden_one() {
    let bytes = workbook(&full_board());
    let book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let sheets: Vec<(String, SheetVisible)> = book
        .sheets_metadata()
        .iter()
        .map(|s| (s.name.clone(), s.visible))
        .collect();
    assert_eq!(
        sheets,
        vec![
            ("Tavle".to_string(), SheetVisible::Visible),
            ("Fravær".to_string(), SheetVisible::Visible),
            ("Prosjekt nærvær".to_string(), SheetVisible::Visible),
            ("Innspill".to_string(), SheetVisible::Visible),
            ("Tavle-data".to_string(), SheetVisible::Hidden),
        ]
    );
}

#[test]
fn the_board_sheet_holds_the_columns_dates_statuses_and_forsinket() {
    let board = full_board();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(workbook(&board))).unwrap();
    let range = book.worksheet_range("Tavle").unwrap();
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(
        header,
        [
            "Nr",
            "Mål",
            "Ideer",
            "Tiltak",
            "Tiltakstype",
            "Innsats",
            "Ansvar",
            "Når?",
            "Frist",
            "Status",
            "Forsinket",
            "Resultat"
        ]
    );
    assert_eq!(range.height(), 4, "header and three rows");
    let row1 = &range.rows().nth(1).unwrap();
    assert_eq!(
        row1[1],
        Data::String("Lettere samarbeid med korttidsavdelingen".into())
    );
    assert_eq!(row1[2], Data::String("Første linje\nAndre linje".into()));
    assert_eq!(
        row1[7],
        Data::String("Skal være på plass i.a. Februar.".into())
    );
    // Frist is a real date cell, not text.
    match &row1[8] {
        Data::DateTime(dt) => assert_eq!(dt.as_datetime().unwrap().date(), date(2025, 2, 28)),
        other => panic!("Frist should be a date cell, got {other:?}"),
    }
    assert_eq!(row1[9], Data::String("Pågår".into()));
    // 28.02.2025 has passed on 1 April while the measure is Pågår.
    assert_eq!(row1[10], Data::String("Forsinket".into()));
    let row2 = &range.rows().nth(2).unwrap();
    assert_eq!(row2[9], Data::String("Fullført".into()));
    assert!(
        matches!(row2[10], Data::Empty),
        "Fullført is never late: {:?}",
        row2[10]
    );
    assert_eq!(
        range.rows().nth(3).unwrap()[9],
        Data::String("Løpende".into())
    );
}

#[test]
fn status_has_a_drop_down_of_the_six_words_and_the_sheet_prints_a3_landscape() {
    let bytes = workbook(&full_board());
    let sheet = xml(&bytes, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains(r#"<dataValidation type="list""#),
        "a list validation: {sheet}"
    );
    assert!(
        sheet.contains(
            "<formula1>\"Ikke startet,Pågår,Fullført,Løpende,På vent,Avbrutt\"</formula1>"
        ),
        "the six Norwegian status words: {sheet}"
    );
    assert!(
        sheet.contains(r#"sqref="J2:J"#),
        "on the Status column: {sheet}"
    );
    // Tiltakstype and Innsats get their lists too, on their own columns.
    assert!(
        sheet.contains("<formula1>\"Basistiltak,Persontiltak,Prosjekttiltak\"</formula1>")
            && sheet.contains(r#"sqref="E2:E"#),
        "Tiltakstype: {sheet}"
    );
    assert!(
        sheet.contains("<formula1>\"Helsefremmende,Forebyggende,Reparerende\"</formula1>")
            && sheet.contains(r#"sqref="F2:F"#),
        "Innsats: {sheet}"
    );
    // Frozen, bold header row with an autofilter.
    assert!(sheet.contains(r#"ySplit="1""#) && sheet.contains(r#"state="frozen""#));
    assert!(sheet.contains(r#"<autoFilter ref="A1:L4""#), "{sheet}");
    // A3 (paper size 8), landscape, one page wide and as many pages down as it takes.
    assert!(sheet.contains(r#"<pageSetUpPr fitToPage="1"/>"#), "{sheet}");
    assert!(sheet.contains(r#"paperSize="8""#), "{sheet}");
    assert!(sheet.contains(r#"orientation="landscape""#), "{sheet}");
    assert!(sheet.contains(r#"fitToHeight="0""#), "{sheet}");
    // The header row repeated on every printed page.
    let book = xml(&bytes, "xl/workbook.xml");
    assert!(
        book.contains(
            r#"<definedName name="_xlnm.Print_Titles" localSheetId="0">Tavle!$1:$1</definedName>"#
        ),
        "{book}"
    );
    assert!(
        book.contains(r#"<sheet name="Tavle-data" sheetId="5" state="hidden""#),
        "{book}"
    );
    // The page header names the board; `&` is escaped for Excel's header codes.
    assert!(
        sheet.contains("Drift &amp;&amp; vedlikehold 2025"),
        "{sheet}"
    );
    // Wrapped text and widths set for the text columns.
    let styles = xml(&bytes, "xl/styles.xml");
    assert!(styles.contains(r#"wrapText="1""#));
    assert!(sheet.contains("<cols>"), "{sheet}");
    assert!(styles.contains(r#"<b/>"#), "a bold header");
}

#[test]
fn absence_is_percent_cells_with_year_to_date_from_the_days() {
    let board = full_board();
    let bytes = workbook(&board);
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.clone())).unwrap();
    let range = book.worksheet_range("Fravær").unwrap();
    let cell = |r: u32, c: u32| range.get_value((r, c)).cloned().unwrap_or(Data::Empty);
    assert_eq!(cell(0, 0), Data::String("Måned".into()));
    // One line per month of the year.
    for m in 1..=12u32 {
        match cell(m, 0) {
            Data::DateTime(dt) => {
                assert_eq!(dt.as_datetime().unwrap().date(), date(2025, m, 1))
            }
            other => panic!("month {m}: {other:?}"),
        }
    }
    assert_eq!(cell(1, 1), Data::Float(200.0));
    assert_eq!(cell(1, 2), Data::Float(30.0));
    assert_eq!(cell(1, 3), Data::Float(6.5));
    assert_eq!(cell(1, 4), Data::Float(0.15), "30/200 as a fraction");
    // April was given as 9,1 %: the cell is the fraction 0.091, shown 9,1 % in Norway.
    assert_eq!(cell(4, 4), Data::Float(0.091));
    assert_eq!(cell(5, 4), Data::Empty, "May has no figures");
    // The target and the year to date: with a month given only as a percentage, the mean
    // of the months, as the app computes it ((15 + 5 + 5 + 9,1) / 4 = 8,525 %).
    assert_eq!(cell(14, 0), Data::String("Hittil i år".into()));
    match cell(14, 4) {
        Data::Float(x) => assert!((x - 0.085_25).abs() < 1e-12, "{x}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(cell(15, 4), Data::Float(0.07));
    let note = cell(17, 0).to_string();
    assert!(note.contains("snittet av månedsprosentene"), "{note}");

    // The percent cells carry the format 0.0% (US notation in the file; Norwegian Excel
    // shows 9,1 %), never a localised "0,0 %".
    let styles = xml(&bytes, "xl/styles.xml");
    assert!(styles.contains(r#"formatCode="0.0%""#), "{styles}");
    assert!(!styles.contains("0,0"), "{styles}");
    let sheet = xml(&bytes, "xl/worksheets/sheet2.xml");
    let pct_style = percent_style_index(&styles);
    assert!(
        sheet.contains(&format!(r#"<c r="E5" s="{pct_style}""#)),
        "April's percentage uses the 0.0% style {pct_style}: {sheet}"
    );
}

/// The index of the first cell style (`cellXfs`) whose number format is `0.0%`.
fn percent_style_index(styles: &str) -> usize {
    let id_at = styles.find(r#"formatCode="0.0%""#).unwrap();
    let numfmt = &styles[..id_at];
    let id_start = numfmt.rfind("numFmtId=\"").unwrap() + 10;
    let id: String = numfmt[id_start..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    let xfs = &styles[styles.find("<cellXfs").unwrap()..];
    xfs.split("<xf ")
        .skip(1)
        .position(|xf| xf.starts_with(&format!("numFmtId=\"{id}\"")))
        .unwrap()
}

#[test]
fn with_workdays_in_every_month_year_to_date_is_a_formula_of_the_sums() {
    let board = seed_board();
    let bytes = workbook(&board);
    let sheet = xml(&bytes, "xl/worksheets/sheet2.xml");
    assert!(
        sheet.contains("<f>IF(B15&gt;0,C15/B15,\"\")</f>"),
        "{sheet}"
    );
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range("Fravær").unwrap();
    // Σ lost / Σ agreed = 70 / 1000, the cached value a reader without Excel sees.
    assert_eq!(range.get_value((14, 4)), Some(&Data::Float(0.07)));
    let note = range.get_value((17, 0)).unwrap().to_string();
    assert!(
        note.contains("Σ tapte dagsverk / Σ avtalte dagsverk"),
        "{note}"
    );
}

#[test]
fn the_plan_and_the_workshop_cards_have_their_sheets() {
    let board = full_board();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(workbook(&board))).unwrap();
    let plan = book.worksheet_range("Prosjekt nærvær").unwrap();
    let text: Vec<String> = plan.cells().map(|(_, _, c)| c.to_string()).collect();
    assert!(text.iter().any(|t| t == "Sykefravær i desember i fjor"));
    assert!(text.iter().any(|t| t == &board.plan.situation));
    assert!(text.iter().any(|t| t == "Faghjul på plass"));
    let inputs = book.worksheet_range("Innspill").unwrap();
    let row = inputs.rows().nth(2).unwrap();
    assert_eq!(
        row[0],
        Data::String(Question::Proposals.text_in(tavle::lang::Lang::Nb))
    );
    assert_eq!(row[1], Data::String("Fast overlevering".into()));
    assert_eq!(row[2], Data::Float(5.0));
    assert_eq!(row[3], Data::Float(3.0), "the row's Nr on the board");
}

#[test]
fn a_workbook_from_tavle_comes_back_equal_to_the_json_round_trip() {
    for board in [full_board(), seed_board(), Board::new("Tom enhet", 2026)] {
        let via_json = read_board_json(json(&board).as_bytes()).unwrap();
        let import = read_sheet_bytes(
            "tavle.xlsx",
            "xlsx",
            &workbook(&board),
            &ImportOptions::default(),
            today(),
        )
        .unwrap();
        assert_eq!(import.report.kind, SourceKind::Tavle);
        assert!(
            import.report.problems.is_empty(),
            "{:?}",
            import.report.problems
        );
        let back = import.into_board().unwrap();
        assert_eq!(json(&back), json(&via_json));
        assert_eq!(back, board);
    }
}

#[test]
fn the_example_board_comes_back_exactly() {
    let text = std::fs::read_to_string(EXAMPLE).unwrap();
    let board = example_board();
    let back = read_sheet_bytes(
        "t.xlsx",
        "xlsx",
        &workbook(&board),
        &ImportOptions::default(),
        today(),
    )
    .unwrap()
    .into_board()
    .unwrap();
    assert_eq!(json(&back), text);
}
