//! The wall's content (`tavle_app::view::wall`): what each page shows, decided in the view
//! model, and
//! that reading it never writes a byte and notices a file replaced by a rename.

use chrono::NaiveDate;
use tavle_app::view::wall::{read_wall, stamp, DUE_DAYS};
use tavle_model::model::{Board, Input, Question};
use tavle_store::store::Store;

/// The example board «Hjemmesykepleien 2025», as the app's «Åpne eksempel» has it.
fn example_board() -> Board {
    let json = include_bytes!("../../examples/hjemmesykepleien-2025.json");
    tavle_formats::exchange::read_board_json(&json[..]).expect("the example board reads")
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn listing(dir: &std::path::Path) -> Vec<(String, Vec<u8>, std::time::SystemTime)> {
    let mut all: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let m = e.metadata().unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap_or_default(),
                m.modified().unwrap(),
            )
        })
        .collect();
    all.sort_by(|a, b| a.0.cmp(&b.0));
    all
}

#[test]
fn the_wall_shows_the_header_rows_due_and_ideas_and_never_writes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("e.tavle");
    let mut board = example_board();
    board.inputs = vec![
        Input {
            question: Question::WorksWell,
            text: "Godt humør".into(),
            votes: 9,
            row: None,
        },
        Input {
            question: Question::DoBetter,
            text: "Overlapp".into(),
            votes: 2,
            row: None,
        },
        Input {
            question: Question::Proposals,
            text: "Fredagsmøte".into(),
            votes: 5,
            row: None,
        },
        Input {
            question: Question::Proposals,
            text: "Allerede på tavla".into(),
            votes: 8,
            row: Some(0),
        },
    ];
    {
        let mut store = Store::create(&file).unwrap();
        store.insert_board(&board).unwrap();
    }
    let before = listing(dir.path());
    // The example's first due date is 28.02.2025, the second 15.03.2025.
    let wall = read_wall(&file, None, day(2025, 3, 10)).unwrap();
    assert_eq!(
        listing(dir.path()),
        before,
        "reading the wall wrote something"
    );
    assert_eq!(wall.header.unit, "Hjemmesykepleien");
    assert_eq!(wall.header.target, "7,0 %");
    assert_eq!(wall.rows.len(), 3);
    assert!(wall.rows[0].overdue);
    // Each row and deadline carries its row's id in the file (the tavlemøte changes the
    // status through it).
    let ids = Store::open(&file)
        .unwrap()
        .load_board(wall.board)
        .unwrap()
        .row_ids;
    let rows: Vec<_> = wall.rows.iter().map(|r| r.row.unwrap()).collect();
    assert_eq!(rows, ids);
    assert_eq!(
        wall.due[1].row,
        Some(ids[1]),
        "15.03.2025 is the second row's"
    );
    let due: Vec<(&str, bool)> = wall
        .due
        .iter()
        .map(|d| (d.due.as_str(), d.overdue))
        .collect();
    assert_eq!(
        due,
        [("28.02.2025", true), ("15.03.2025", false)],
        "within {DUE_DAYS} days"
    );
    let ideas: Vec<(&str, u32)> = wall
        .ideas
        .iter()
        .map(|i| (i.text.as_str(), i.votes))
        .collect();
    assert_eq!(
        ideas,
        [("Fredagsmøte", 5), ("Overlapp", 2)],
        "ideas not on the board, most votes first"
    );
    assert!(wall.absence.year_to_date.ends_with('%'));
    assert!(!wall.absence.verdict.is_empty());
    assert_eq!(wall.stamp, stamp(&file));
}

#[test]
fn a_file_replaced_by_a_rename_has_a_new_stamp_and_a_gone_file_has_none() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("Enhet 2025.tavle");
    let other = dir.path().join("ny.tavle");
    for path in [&file, &other] {
        let mut store = Store::create(path).unwrap();
        store.insert_board(&example_board()).unwrap();
    }
    let first = stamp(&file).unwrap();
    std::fs::rename(&other, &file).unwrap();
    assert_ne!(
        stamp(&file).unwrap(),
        first,
        "the same size, but another file"
    );
    std::fs::remove_file(&file).unwrap();
    assert_eq!(stamp(&file), None);
    assert!(read_wall(&file, None, day(2025, 3, 1)).is_err());
}
