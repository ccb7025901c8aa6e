//! The year report knows when each measure came on the board, whichever way it came: typed,
//! sent from the workshop («Til tavla»), imported from an exchange file or a sheet, or copied
//! into next year's board. The months before are drawn as «før tiltaket kom på tavla», not
//! as a status and not as months still to come.

mod cli_support;
mod common;

use chrono::Datelike;
use cli_support::{exchange, row, Scratch};
use common::pdf::{text, tool};
use tavle::model::{CardsToRow, Question};
use tavle::store::Store;
use tavle::year::{year_report, MonthMark};
use tavle::{BoardId, Status};

/// This year's months before today's: the ones a row added today was not on the board in.
fn months_before_this_one() -> usize {
    tavle::today().month0() as usize
}

/// Every row of the board: months before this one marked as before it came on the board,
/// this month with its status.
fn assert_came_on_today(store: &Store, board: BoardId) {
    let b = store.load_board(board).unwrap().board;
    assert!(!b.rows.is_empty());
    let today = tavle::today();
    let report = year_report(&b, today);
    for (row, m) in b.rows.iter().zip(&report.measures) {
        assert_eq!(row.created_on, Some(today), "{}", row.goal);
        let before = months_before_this_one();
        assert!(
            m.by_month[..before]
                .iter()
                .all(|c| *c == MonthMark::BeforeOnBoard),
            "{}: {:?}",
            row.goal,
            m.by_month
        );
        assert_eq!(m.by_month[before], MonthMark::Status(Status::NotStarted));
    }
}

#[test]
fn a_row_sent_from_a_workshop_card_is_before_the_board_until_today() {
    let s = Scratch::new();
    let year = tavle::today().year();
    let id = s.import_text(&exchange(
        serde_json::json!({"unit": "Kjøkkenet", "year": year}),
    ));
    let mut store = Store::open(&s.file).unwrap();
    let board = BoardId(id.parse().unwrap());
    let card = store
        .add_input(board, Question::Proposals, "Faste møter med kjøkkenet")
        .unwrap();
    let form = CardsToRow {
        goal: "Bedre samarbeid".into(),
        ..CardsToRow::default()
    };
    store.inputs_to_row(board, &[card], &form).unwrap();
    assert_came_on_today(&store, board);
}

#[test]
fn rows_imported_from_an_exchange_file_or_a_sheet_came_on_the_board_the_day_of_the_import() {
    // The exchange file carries no such date: in this file, the rows came on the board the
    // day they were imported.
    let s = Scratch::new();
    let year = tavle::today().year();
    let json = exchange(serde_json::json!({
        "unit": "Kjøkkenet",
        "year": year,
        "rows": [row("Faste møter", None, "not_started")],
    }));
    let id = s.import_text(&json);
    let store = Store::open(&s.file).unwrap();
    assert_came_on_today(&store, BoardId(id.parse().unwrap()));
    drop(store);
    let csv = s.write(
        "tiltak.csv",
        "Mål;Tiltak\nBedre overlevering;Fast sjekkliste\n",
    );
    let year = year.to_string();
    let out = s
        .run(
            "import",
            &[
                csv.to_str().unwrap(),
                "--unit",
                "Kjøkkenet (kopi fra regneark)",
                "--year",
                &year,
            ],
        )
        .ok();
    let id = out.lines().last().unwrap().trim().to_string();
    let store = Store::open(&s.file).unwrap();
    assert_came_on_today(&store, BoardId(id.parse().unwrap()));
}

#[test]
fn the_printed_report_tells_the_months_before_a_measure_apart_in_its_key() {
    let s = Scratch::new();
    let year = tavle::today().year();
    let json = exchange(serde_json::json!({
        "unit": "Kjøkkenet",
        "year": year,
        "rows": [row("Faste møter", None, "not_started")],
    }));
    let id = s.import_text(&json);
    let pdf = s.path("rapport.pdf");
    s.print(&id, "report", &pdf).ok();
    let words = text(&pdf);
    assert!(
        words.contains("Strek: før tiltaket kom på tavlen"),
        "{words}"
    );
    assert!(
        words.contains("Tom rute: måneden er ikke begynt"),
        "{words}"
    );
    if let Ok(dir) = std::env::var("TAVLE_SCREENSHOTS") {
        let out = format!("{dir}/report-before-on-board");
        tool(
            "pdftoppm",
            &["-png", "-r", "60", pdf.to_str().unwrap(), &out],
        );
    }
}
