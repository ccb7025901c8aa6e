//! Unit tests of the store against real files in a temporary folder.

use chrono::NaiveDate;
use rusqlite::Connection;

use super::*;
use tavle_model::model::{
    AbsenceMonth, Board, BoardHeader, CardsToRow, Input, MeasureKind, MeasureLevel, Milestone,
    Plan, Question, Row, RowText, Status, StatusChange, YearMonth, MAX_TEXT_CHARS,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn month(s: &str) -> YearMonth {
    s.parse().unwrap()
}

fn change(on: NaiveDate, status: Status, note: &str) -> StatusChange {
    StatusChange {
        on,
        status,
        note: note.into(),
    }
}

fn row(goal: &str) -> Row {
    Row {
        goal: goal.into(),
        measure: format!("Tiltak for {goal}"),
        ..Row::default()
    }
}

/// A board that uses every field, with texts and numbers that are easy to get wrong.
fn full_board() -> Board {
    let mut board = Board::new("Hjemmesykepleien", 2025);
    board.main_goal = "Pasienter skal bo hjemme\nså lenge de ønsker.".into();
    board.focus = "trykkløst og trykksikkert – «ÆØÅ» 😀".into();
    board.target_pct = Some(0.1 + 0.2);
    board.identity = "5f0c2a9e1b7d4c3a8e6f0a1b2c3d4e5f".into();
    board.sector = "Helse og omsorg".into();
    board.staff = Some(12.5);
    board.rows = vec![
        Row {
            goal: "Lettere samarbeid med korttidsavdelingen".into(),
            ideas: "Bedre dialoger\r\nmed de ansatte".into(),
            measure: "Utarbeide en prosedyre.".into(),
            kind: Some(MeasureKind::Basis),
            level: Some(MeasureLevel::Preventive),
            owner: "Ansatte".into(),
            when_text: "i.a. februar".into(),
            due: Some(day(2025, 2, 28)),
            status: Status::Done,
            result: "Prosedyre på plass".into(),
            history: vec![
                change(day(2025, 1, 20), Status::InProgress, "Første møte holdt"),
                change(day(2025, 1, 20), Status::Paused, ""),
                change(day(2025, 3, 1), Status::Done, "Ferdig"),
            ],
            created_on: None,
        },
        Row {
            when_text: "Alltid".into(),
            status: Status::Ongoing,
            history: vec![change(day(2025, 1, 2), Status::Ongoing, "")],
            ..row("Faghjul")
        },
        Row {
            measure: String::new(),
            ..row("Bare et mål")
        },
    ];
    board.plan = Plan {
        absence_pct_december: Some(11.2),
        absence_pct_average: Some(10.4),
        situation: "Høyt fravær".into(),
        why_change: "Fordi".into(),
        actions: "Tiltak 1\nTiltak 2".into(),
        milestones: vec![
            Milestone {
                text: "Faghjul på plass".into(),
                due: Some(day(2025, 3, 15)),
                reached_on: None,
            },
            Milestone {
                text: "Evaluering".into(),
                due: None,
                reached_on: Some(day(2025, 6, 1)),
            },
        ],
        desired_state: "Nærvær".into(),
        obstacles: String::new(),
    };
    let mut february = AbsenceMonth::from_days(month("2025-02"), 420.0, 38.5);
    february.self_certified_days = Some(6.0);
    board.absence = vec![AbsenceMonth::from_pct(month("2025-01"), 9.4), february];
    board.inputs = vec![
        Input {
            question: Question::WorksWell,
            text: "Vi hjelper hverandre".into(),
            votes: 3,
            row: Some(1),
        },
        Input {
            question: Question::Proposals,
            text: "Faste møter".into(),
            votes: 0,
            row: None,
        },
    ];
    board
}

/// `board` as the store gives it back: rows without a day of their own came on the board
/// the day they were written.
fn as_stored(mut board: Board) -> Board {
    let today = chrono::Local::now().date_naive();
    for r in &mut board.rows {
        r.created_on.get_or_insert(today);
    }
    board
}

struct Fixture {
    _dir: tempfile::TempDir,
    store: Store,
}

fn new_store() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::create(&dir.path().join("test.tavle")).unwrap();
    Fixture { _dir: dir, store }
}

/// A board with rows "A".."E" (or however many names are given).
fn board_with_rows(store: &mut Store, names: &[&str]) -> (BoardId, Vec<RowId>) {
    let mut board = Board::new("Enhet", 2025);
    board.rows = names.iter().map(|n| row(n)).collect();
    let id = store.insert_board(&board).unwrap();
    (id, store.load_board(id).unwrap().row_ids)
}

fn goals(store: &Store, board: BoardId) -> Vec<String> {
    store
        .load_board(board)
        .unwrap()
        .board
        .rows
        .into_iter()
        .map(|r| r.goal)
        .collect()
}

fn positions_are_dense(store: &Store, board: BoardId) -> bool {
    let mut stmt = store
        .conn
        .prepare("SELECT position FROM row WHERE board_id = ?1 ORDER BY position")
        .unwrap();
    let positions: Vec<usize> = stmt
        .query_map([board.0], |r| r.get(0))
        .unwrap()
        .map(|p| p.unwrap())
        .collect();
    positions == (0..positions.len()).collect::<Vec<_>>()
}

#[test]
fn the_migration_ladder_builds_the_whole_schema_from_an_empty_database() {
    let mut conn = Connection::open_in_memory().unwrap();
    migrate(&mut conn).unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap();
    let tables: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|t| t.unwrap())
        .collect();
    for wanted in [
        "absence_month",
        "board",
        "input",
        "milestone",
        "plan",
        "row",
        "status_change",
    ] {
        assert!(tables.iter().any(|t| t == wanted), "{wanted} in {tables:?}");
    }
    drop(stmt);
    // Running the ladder again on an up-to-date file changes nothing.
    migrate(&mut conn).unwrap();
    let again: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(again, SCHEMA_VERSION);
}

#[test]
fn a_new_file_is_stamped_as_tavle_and_uses_the_rollback_journal() {
    let f = new_store();
    let id: i32 = f
        .store
        .conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(id, APPLICATION_ID);
    let mode: String = f
        .store
        .conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    // Not WAL: every commit goes into the file itself (see `configure`).
    assert_eq!(mode, "delete");
    let fk: bool = f
        .store
        .conn
        .pragma_query_value(None, "foreign_keys", |r| r.get(0))
        .unwrap();
    assert!(fk);
    f.store.integrity_check().unwrap();
}

#[test]
fn creating_refuses_a_path_that_exists() {
    let f = new_store();
    let err = Store::create(f.store.path()).err().unwrap();
    assert_eq!(err.kind(), "invalid");
    assert!(err.to_string().contains("finnes allerede"), "{err}");
}

#[test]
fn every_board_gets_an_identity_of_its_own_and_a_copy_never_shares_one() {
    let mut f = new_store();
    let made = f.store.insert_board(&Board::new("Sone 2", 2026)).unwrap();
    let identity = f.store.load_board(made).unwrap().board.identity;
    assert_eq!(identity.len(), 32, "{identity}");
    assert!(identity.chars().all(|c| c.is_ascii_hexdigit()));
    // An export brought into another file keeps its identity (it is the same board) …
    let kept = f.store.insert_board(&full_board()).unwrap();
    assert_eq!(
        f.store.load_board(kept).unwrap().board.identity,
        full_board().identity
    );
    // … but brought in a second time it is a copy, and a copy is a board of its own.
    let copy = f.store.insert_board(&full_board()).unwrap();
    let copied = f.store.load_board(copy).unwrap().board.identity;
    assert_ne!(copied, full_board().identity);
    assert_eq!(copied.len(), 32);
    let summaries = f.store.list_boards().unwrap();
    assert!(summaries.iter().any(|b| b.identity == identity));
    assert!(summaries.iter().any(|b| b.sector == "Helse og omsorg"));
}

#[test]
fn a_whole_board_comes_back_equal_after_insert_and_load() {
    let mut f = new_store();
    let board = full_board();
    let id = f.store.insert_board(&board).unwrap();
    let stored = f.store.load_board(id).unwrap();
    assert_eq!(stored.id, id);
    assert_eq!(stored.board, as_stored(board.clone()));
    assert_eq!(stored.row_ids.len(), board.rows.len());
    // And the file survives being closed and opened again.
    let path = f.store.path().to_path_buf();
    drop(f.store);
    let reopened = Store::open(&path).unwrap();
    assert_eq!(reopened.load_board(id).unwrap().board, as_stored(board));
}

#[test]
fn absence_comes_back_sorted_by_month() {
    let mut f = new_store();
    let mut board = Board::new("Enhet", 2025);
    board.absence = vec![
        AbsenceMonth::from_pct(month("2025-03"), 7.0),
        AbsenceMonth::from_pct(month("2025-01"), 9.0),
    ];
    let id = f.store.insert_board(&board).unwrap();
    let months: Vec<String> = f
        .store
        .load_board(id)
        .unwrap()
        .board
        .absence
        .iter()
        .map(|m| m.month.to_string())
        .collect();
    assert_eq!(months, ["2025-01", "2025-03"]);
}

#[test]
fn an_invalid_board_is_refused_and_nothing_is_written() {
    let mut f = new_store();
    let mut board = full_board();
    board.rows.push(Row::default());
    let err = f.store.insert_board(&board).unwrap_err();
    assert_eq!(err.kind(), "invalid");
    assert!(err.to_string().contains("Rad 4 mangler"), "{err}");
    assert!(f.store.list_boards().unwrap().is_empty());
}

#[test]
fn a_failing_transaction_leaves_nothing_behind() {
    let mut f = new_store();
    let result: Result<()> = f.store.with_tx(|tx| {
        tx.execute(
            "INSERT INTO board (title, unit, year) VALUES ('T', 'Halvveis', 2025)",
            [],
        )?;
        Err(Error::invalid(tavle_model::msg!("core-identity-bad")))
    });
    assert!(result.is_err());
    assert!(f.store.list_boards().unwrap().is_empty());
}

#[test]
fn rows_keep_their_order_through_add_move_delete_and_restore() {
    let mut f = new_store();
    let (board, ids) = board_with_rows(&mut f.store, &["A", "B", "C", "D", "E"]);
    f.store.move_row(ids[0], 4).unwrap();
    assert_eq!(goals(&f.store, board), ["B", "C", "D", "E", "A"]);
    f.store.move_row(ids[3], 0).unwrap();
    assert_eq!(goals(&f.store, board), ["D", "B", "C", "E", "A"]);
    f.store.move_row(ids[2], 2).unwrap();
    assert_eq!(goals(&f.store, board), ["D", "B", "C", "E", "A"]);

    let loaded = f.store.load_board(board).unwrap();
    assert_eq!(loaded.row_ids, [ids[3], ids[1], ids[2], ids[4], ids[0]]);

    f.store
        .change_status(
            ids[2],
            &change(day(2025, 2, 1), Status::InProgress, "i gang"),
        )
        .unwrap();
    let deleted = f.store.delete_row(ids[2]).unwrap();
    assert_eq!(deleted.position, 2);
    assert_eq!(deleted.board, board);
    assert_eq!(goals(&f.store, board), ["D", "B", "E", "A"]);
    assert!(positions_are_dense(&f.store, board));
    assert_eq!(
        f.store.board_of_row(ids[2]).unwrap_err().kind(),
        "not_found"
    );

    let restored = f.store.restore_row(&deleted).unwrap();
    assert_eq!(goals(&f.store, board), ["D", "B", "C", "E", "A"]);
    let back = f.store.load_board(board).unwrap();
    assert_eq!(back.row_ids[2], restored);
    assert_eq!(back.board.rows[2].status, Status::InProgress);
    assert_eq!(back.board.rows[2].history[0].note, "i gang");

    f.store.add_row(board, &row("F"), Some(0)).unwrap();
    f.store.add_row(board, &row("G"), None).unwrap();
    assert_eq!(goals(&f.store, board), ["F", "D", "B", "C", "E", "A", "G"]);
    assert!(positions_are_dense(&f.store, board));
}

#[test]
fn moving_or_adding_past_the_end_is_refused_with_the_places_there_are() {
    let mut f = new_store();
    let (board, ids) = board_with_rows(&mut f.store, &["A", "B"]);
    let err = f.store.move_row(ids[0], 2).unwrap_err();
    assert_eq!(err.kind(), "invalid");
    assert!(err.to_string().contains("fra 1 til 2"), "{err}");
    let err = f.store.add_row(board, &row("C"), Some(3)).unwrap_err();
    assert!(err.to_string().contains("fra 1 til 3"), "{err}");
    assert_eq!(goals(&f.store, board), ["A", "B"]);
}

#[test]
fn a_row_restored_after_others_were_deleted_goes_last() {
    let mut f = new_store();
    let (board, ids) = board_with_rows(&mut f.store, &["A", "B", "C"]);
    let c = f.store.delete_row(ids[2]).unwrap();
    f.store.delete_row(ids[1]).unwrap();
    f.store.restore_row(&c).unwrap();
    assert_eq!(goals(&f.store, board), ["A", "C"]);
}

#[test]
fn status_history_stays_in_date_order_and_the_row_follows_the_latest_entry() {
    let mut f = new_store();
    let (board, ids) = board_with_rows(&mut f.store, &["A"]);
    let r = ids[0];
    f.store
        .change_status(r, &change(day(2025, 3, 1), Status::InProgress, "mars"))
        .unwrap();
    // Back-dated: goes before March, so March is still the latest.
    f.store
        .change_status(r, &change(day(2025, 1, 10), Status::Paused, "januar"))
        .unwrap();
    // Same day as an existing entry: comes after it, and is now the latest.
    f.store
        .change_status(r, &change(day(2025, 3, 1), Status::Done, "samme dag"))
        .unwrap();
    let loaded = f.store.load_board(board).unwrap().board.rows.remove(0);
    let notes: Vec<&str> = loaded.history.iter().map(|c| c.note.as_str()).collect();
    assert_eq!(notes, ["januar", "mars", "samme dag"]);
    assert_eq!(loaded.status, Status::Done);
    loaded.validate("Rad 1").unwrap();

    // Correcting "januar" to April moves it last; the row follows it. The entry is named
    // by its id, which stays the same while the list around it changes.
    let januar = f.store.load_board(board).unwrap().history_ids[0][0];
    f.store
        .correct_status_change(r, januar, day(2025, 4, 2), "april")
        .unwrap();
    let loaded = f.store.load_board(board).unwrap().board.rows.remove(0);
    let notes: Vec<&str> = loaded.history.iter().map(|c| c.note.as_str()).collect();
    assert_eq!(notes, ["mars", "samme dag", "april"]);
    assert_eq!(loaded.status, Status::Paused);

    let stored = f.store.load_board(board).unwrap();
    assert_eq!(stored.history_ids[0][2], januar);
    let err = f
        .store
        .correct_status_change(r, tavle_model::model::ChangeId(9999), day(2025, 4, 2), "")
        .unwrap_err();
    assert_eq!(err.kind(), "not_found");
    assert!(
        err.to_string().contains("ingen endring med id 9999"),
        "{err}"
    );
}

#[test]
fn status_dates_in_the_future_or_before_the_boards_year_are_refused_in_norwegian() {
    let mut f = new_store();
    let (board, ids) = board_with_rows(&mut f.store, &["A"]);
    let year = f.store.load_board(board).unwrap().board.year;
    let today = day(year + 1, 3, 15);
    let err = f
        .store
        .change_status_on(
            ids[0],
            &change(day(year + 5, 1, 1), Status::Done, ""),
            today,
        )
        .unwrap_err();
    assert_eq!(err.kind(), "invalid");
    assert!(err.to_string().contains("er etter i dag"), "{err}");
    let err = f
        .store
        .change_status_on(
            ids[0],
            &change(day(year - 1, 12, 31), Status::Done, ""),
            today,
        )
        .unwrap_err();
    assert_eq!(err.kind(), "invalid");
    assert!(
        err.to_string().contains(&format!("før tavlens år {year}")),
        "{err}"
    );
    // Finished in January of the next year: a measure of last year's board may well be.
    assert!(f
        .store
        .change_status_on(
            ids[0],
            &change(day(year + 1, 1, 10), Status::Done, ""),
            today
        )
        .unwrap());
    let row = f.store.row(ids[0]).unwrap();
    assert_eq!(row.history.len(), 1);
    assert_eq!(row.status, Status::Done);
}

#[test]
fn a_change_to_the_status_already_in_force_writes_no_history_line() {
    let mut f = new_store();
    let (_, ids) = board_with_rows(&mut f.store, &["A"]);
    let r = ids[0];
    let today = day(2026, 12, 3);
    assert!(!f
        .store
        .change_status_on(r, &change(day(2025, 2, 1), Status::NotStarted, ""), today)
        .unwrap());
    assert!(f
        .store
        .change_status_on(r, &change(day(2025, 2, 1), Status::InProgress, ""), today)
        .unwrap());
    assert!(!f
        .store
        .change_status_on(
            r,
            &change(day(2025, 3, 1), Status::InProgress, "igjen"),
            today
        )
        .unwrap());
    assert_eq!(f.store.row(r).unwrap().history.len(), 1);
}

#[test]
fn a_wrong_history_entry_is_removed_by_its_id_and_the_row_follows_what_is_left() {
    let mut f = new_store();
    let (board, ids) = board_with_rows(&mut f.store, &["A"]);
    let r = ids[0];
    f.store
        .change_status(r, &change(day(2025, 1, 20), Status::InProgress, "i gang"))
        .unwrap();
    f.store
        .change_status(r, &change(day(2025, 2, 20), Status::Done, "feil"))
        .unwrap();
    let history = f.store.status_history(r).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(
        f.store.load_board(board).unwrap().history_ids[0],
        history.iter().map(|(id, _)| *id).collect::<Vec<_>>()
    );
    let removed = f.store.remove_status_change(r, history[1].0).unwrap();
    assert_eq!(removed.note, "feil");
    let row = f.store.row(r).unwrap();
    assert_eq!(row.status, Status::InProgress);
    assert_eq!(row.history.len(), 1);
    f.store.remove_status_change(r, history[0].0).unwrap();
    assert_eq!(f.store.row(r).unwrap().status, Status::NotStarted);
    let err = f.store.remove_status_change(r, history[0].0).unwrap_err();
    assert_eq!(err.kind(), "not_found");
}

#[test]
fn every_way_a_row_comes_on_a_board_remembers_the_day() {
    let mut f = new_store();
    let today = chrono::Local::now().date_naive();
    // An imported board (exchange file, sheet): the file carries no such day, so the rows
    // came on the board in this file today.
    let (board, _) = board_with_rows(&mut f.store, &["A"]);
    // Typed in the editor.
    f.store.add_row(board, &row("B"), None).unwrap();
    // «Til tavla» from workshop cards.
    let card = f
        .store
        .add_input(board, Question::Proposals, "Fadderordning")
        .unwrap();
    let form = CardsToRow {
        goal: "Trygge nyansatte".into(),
        ..CardsToRow::default()
    };
    f.store.inputs_to_row(board, &[card], &form).unwrap();
    let stored = f.store.load_board(board).unwrap();
    let days: Vec<_> = stored.board.rows.iter().map(|r| r.created_on).collect();
    assert_eq!(days, [Some(today); 3]);
    // A day the row already has is kept (a row moved with its day).
    let mut dated = Board::new("Enhet", 2025);
    dated.rows = vec![Row {
        created_on: Some(day(2025, 4, 2)),
        ..row("C")
    }];
    let id = f.store.insert_board(&dated).unwrap();
    let back = f.store.load_board(id).unwrap().board;
    assert_eq!(back.rows[0].created_on, Some(day(2025, 4, 2)));
    // Next year's board from last year's: the copied rows came on it today.
    let next = f.store.new_board_from(board, 2026).unwrap();
    let copied = f.store.load_board(next).unwrap().board;
    assert!(!copied.rows.is_empty());
    assert!(copied.rows.iter().all(|r| r.created_on == Some(today)));
}

#[test]
fn a_new_board_from_last_year_takes_unfinished_rows_as_not_started() {
    let mut f = new_store();
    let mut old = full_board();
    old.rows.push(Row {
        status: Status::Dropped,
        ..row("Avbrutt")
    });
    old.rows.push(Row {
        due: Some(day(2024, 2, 29)),
        status: Status::InProgress,
        ..row("Skuddår")
    });
    old.year = 2024;
    old.absence.clear();
    let from = f.store.insert_board(&old).unwrap();
    let id = f.store.new_board_from(from, 2025).unwrap();
    let new = f.store.load_board(id).unwrap().board;
    assert_eq!(new.year, 2025);
    assert_eq!(new.unit, old.unit);
    assert_eq!(new.title, old.title);
    assert_eq!(new.main_goal, old.main_goal);
    assert_eq!(new.focus, old.focus);
    assert_eq!(new.target_pct, old.target_pct);
    let goals: Vec<&str> = new.rows.iter().map(|r| r.goal.as_str()).collect();
    assert_eq!(goals, ["Faghjul", "Bare et mål", "Skuddår"]);
    assert!(new
        .rows
        .iter()
        .all(|r| r.status == Status::NotStarted && r.history.is_empty()));
    assert_eq!(new.rows[2].due, Some(day(2025, 2, 28)));
    assert_eq!(new.plan, Plan::default());
    assert!(new.absence.is_empty() && new.inputs.is_empty());
    // The old board is untouched; the new year's board is a board of its own.
    assert_eq!(
        f.store.load_board(from).unwrap().board,
        as_stored(old.clone())
    );
    assert_eq!(new.sector, "Helse og omsorg");
    assert_eq!(new.identity.len(), 32);
    assert_ne!(new.identity, old.identity);

    let err = f.store.new_board_from(from, 1999).unwrap_err();
    assert_eq!(err.kind(), "invalid");
    let err = f.store.new_board_from(BoardId(99), 2026).unwrap_err();
    assert_eq!(err.kind(), "not_found");
}

#[test]
fn due_lists_overdue_first_then_soon_and_never_finished_measures() {
    let mut f = new_store();
    let mut board = Board::new("Enhet", 2025);
    let mk = |goal: &str, due: NaiveDate, status: Status| Row {
        due: Some(due),
        status,
        ..row(goal)
    };
    board.rows = vec![
        mk("snart", day(2025, 3, 5), Status::InProgress),
        mk("forsinket-sent", day(2025, 2, 20), Status::NotStarted),
        mk("forsinket-tidlig", day(2025, 1, 5), Status::InProgress),
        mk("i dag", day(2025, 3, 1), Status::NotStarted),
        mk("for langt frem", day(2025, 4, 1), Status::NotStarted),
        mk("fullført", day(2025, 1, 1), Status::Done),
        mk("løpende", day(2025, 1, 1), Status::Ongoing),
        mk("på vent", day(2025, 1, 1), Status::Paused),
        mk("avbrutt", day(2025, 1, 1), Status::Dropped),
        row("uten frist"),
    ];
    let id = f.store.insert_board(&board).unwrap();
    let on = day(2025, 3, 1);

    let only_overdue = f.store.due(on, None).unwrap();
    let names: Vec<&str> = only_overdue.iter().map(|d| d.goal.as_str()).collect();
    assert_eq!(names, ["forsinket-tidlig", "forsinket-sent"]);
    assert!(only_overdue.iter().all(|d| d.overdue && d.board == id));

    let week = f.store.due(on, Some(7)).unwrap();
    let names: Vec<(&str, bool)> = week.iter().map(|d| (d.goal.as_str(), d.overdue)).collect();
    assert_eq!(
        names,
        [
            ("forsinket-tidlig", true),
            ("forsinket-sent", true),
            ("i dag", false),
            ("snart", false)
        ]
    );
    assert_eq!(week[0].unit, "Enhet");
    assert_eq!(week[0].year, 2025);
    assert_eq!(week[0].status, Status::InProgress);
}

#[test]
fn the_board_list_is_by_unit_in_norwegian_order_then_year_with_all_status_counts() {
    let mut f = new_store();
    for (unit, year) in [
        ("Åsen", 2025),
        ("Øya", 2025),
        ("bakken", 2026),
        ("Bakken", 2025),
    ] {
        let mut b = Board::new(unit, year);
        b.rows = vec![
            Row {
                status: Status::Done,
                ..row("x")
            },
            row("y"),
            row("z"),
        ];
        f.store.insert_board(&b).unwrap();
    }
    let list = f.store.list_boards().unwrap();
    let order: Vec<(&str, i32)> = list.iter().map(|b| (b.unit.as_str(), b.year)).collect();
    assert_eq!(
        order,
        [
            ("Bakken", 2025),
            ("bakken", 2026),
            ("Øya", 2025),
            ("Åsen", 2025)
        ]
    );
    let first = &list[0];
    assert_eq!(first.rows, 3);
    assert_eq!(first.counts.len(), 6);
    assert_eq!(
        first.counts.iter().map(|c| c.status).collect::<Vec<_>>(),
        Status::ALL
    );
    assert_eq!(first.counts[0].count, 2);
    assert_eq!(first.counts[2].count, 1);
    assert_eq!(first.counts[1].count, 0);
}

#[test]
fn the_header_changes_and_a_year_that_would_orphan_absence_is_refused() {
    let mut f = new_store();
    let id = f.store.insert_board(&full_board()).unwrap();
    let mut header = BoardHeader {
        title: "Ny tittel".into(),
        unit: "Hjemmesykepleien sør".into(),
        year: 2025,
        main_goal: "Mål".into(),
        focus: "Fokus".into(),
        target_pct: Some(6.5),
        sector: String::new(),
        staff: None,
    };
    f.store.update_board_header(id, None, &header).unwrap();
    let board = f.store.load_board(id).unwrap().board;
    assert_eq!(board.title, "Ny tittel");
    assert_eq!(board.target_pct, Some(6.5));
    assert_eq!(board.rows.len(), 3);

    header.year = 2026;
    let err = f.store.update_board_header(id, None, &header).unwrap_err();
    assert!(err.to_string().contains("fraværstall for 2025-01"), "{err}");
    assert_eq!(err.field(), Some("year"));
    header.year = 2025;
    header.unit = " ".into();
    let err = f.store.update_board_header(id, None, &header).unwrap_err();
    assert_eq!(err.kind(), "invalid");
    assert_eq!(err.field(), Some("unit"));
}

#[test]
fn absence_months_are_set_replaced_and_removed() {
    let mut f = new_store();
    let id = f.store.insert_board(&Board::new("Enhet", 2025)).unwrap();
    f.store
        .set_absence(id, &AbsenceMonth::from_pct(month("2025-02"), 9.0))
        .unwrap();
    f.store
        .set_absence(id, &AbsenceMonth::from_days(month("2025-02"), 100.0, 5.0))
        .unwrap();
    let absence = f.store.load_board(id).unwrap().board.absence;
    assert_eq!(
        absence,
        [AbsenceMonth::from_days(month("2025-02"), 100.0, 5.0)]
    );
    let err = f
        .store
        .set_absence(id, &AbsenceMonth::from_pct(month("2024-12"), 9.0))
        .unwrap_err();
    assert!(err.to_string().contains("hører ikke til"), "{err}");
    f.store.remove_absence(id, month("2025-02")).unwrap();
    assert!(f.store.load_board(id).unwrap().board.absence.is_empty());
    let err = f.store.remove_absence(id, month("2025-02")).unwrap_err();
    assert_eq!(err.kind(), "not_found");
}

#[test]
fn the_plan_is_replaced_whole() {
    let mut f = new_store();
    let id = f.store.insert_board(&full_board()).unwrap();
    let plan = Plan {
        situation: "Ny".into(),
        milestones: vec![Milestone {
            text: "Bare én".into(),
            due: None,
            reached_on: None,
        }],
        ..Plan::default()
    };
    f.store.set_plan(id, None, &plan).unwrap();
    assert_eq!(f.store.load_board(id).unwrap().board.plan, plan);
    let bad = Plan {
        absence_pct_average: Some(120.0),
        ..Plan::default()
    };
    assert_eq!(
        f.store.set_plan(id, None, &bad).unwrap_err().kind(),
        "invalid"
    );
    assert_eq!(f.store.load_board(id).unwrap().board.plan, plan);
}

#[test]
fn deleting_a_board_takes_everything_on_it_and_unknown_ids_say_where_to_look() {
    let mut f = new_store();
    let id = f.store.insert_board(&full_board()).unwrap();
    f.store.delete_board(id).unwrap();
    let err = f.store.load_board(id).unwrap_err();
    assert_eq!(err.kind(), "not_found");
    assert_eq!(
        err.to_string(),
        format!("Fant ingen tavle med id {id}. Se `tavle list FILE` for tavlene i filen.")
    );
    for table in [
        "row",
        "status_change",
        "plan",
        "milestone",
        "absence_month",
        "input",
    ] {
        let n: i64 = f
            .store
            .conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0, "{table}");
    }
    assert_eq!(f.store.delete_board(id).unwrap_err().kind(), "not_found");
    let err = f.store.move_row(RowId(42), 0).unwrap_err();
    assert!(
        err.to_string().starts_with("Fant ingen rad med id 42."),
        "{err}"
    );
}

#[test]
fn row_text_edits_are_saved_and_validated() {
    let mut f = new_store();
    let (board, ids) = board_with_rows(&mut f.store, &["A"]);
    let text = RowText {
        goal: "Nytt mål".into(),
        ideas: "Idé".into(),
        measure: "Tiltak".into(),
        kind: Some(MeasureKind::Person),
        level: None,
        owner: "Kari".into(),
        when_text: "Mars".into(),
        due: Some(day(2025, 3, 31)),
        result: "Bra".into(),
    };
    f.store.update_row_text(ids[0], None, &text).unwrap();
    let r = f.store.load_board(board).unwrap().board.rows.remove(0);
    assert_eq!(
        (r.goal.as_str(), r.owner.as_str(), r.due, r.kind, r.level),
        (
            "Nytt mål",
            "Kari",
            Some(day(2025, 3, 31)),
            Some(MeasureKind::Person),
            None
        )
    );
    let empty = RowText::default();
    let err = f.store.update_row_text(ids[0], None, &empty).unwrap_err();
    assert_eq!(err.kind(), "invalid");
    assert_eq!(err.field(), Some("goal"));
    let long = RowText {
        owner: "x".repeat(MAX_TEXT_CHARS + 1),
        ..text.clone()
    };
    let err = f.store.update_row_text(ids[0], None, &long).unwrap_err();
    assert_eq!(err.field(), Some("owner"), "{err}");
    let err = f
        .store
        .save_review(
            ids[0],
            Status::Done,
            "",
            &"x".repeat(MAX_TEXT_CHARS + 1),
            day(2025, 3, 1),
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("result"), "{err}");
    assert_eq!(
        f.store
            .update_row_text(RowId(999), None, &text)
            .unwrap_err()
            .kind(),
        "not_found"
    );
}

#[test]
fn a_read_only_store_reads_but_refuses_to_write() {
    let mut f = new_store();
    let id = f.store.insert_board(&full_board()).unwrap();
    let path = f.store.path().to_path_buf();
    let mut reader = Store::open_read_only(&path).unwrap();
    assert_eq!(
        reader.load_board(id).unwrap().board,
        as_stored(full_board())
    );
    assert!(reader.delete_board(id).is_err());
    assert_eq!(f.store.list_boards().unwrap().len(), 1);
}

#[test]
fn an_input_loses_its_row_when_the_row_is_deleted() {
    let mut f = new_store();
    let id = f.store.insert_board(&full_board()).unwrap();
    let ids = f.store.load_board(id).unwrap().row_ids;
    // Deleting row 0 shifts the input's row (1) to index 0.
    f.store.delete_row(ids[0]).unwrap();
    assert_eq!(f.store.load_board(id).unwrap().board.inputs[0].row, Some(0));
    f.store.delete_row(ids[1]).unwrap();
    assert_eq!(f.store.load_board(id).unwrap().board.inputs[0].row, None);
}

// Workshop cards ("innspill").

/// The board's cards as (question, text, votes, row index).
fn cards(store: &Store, board: BoardId) -> Vec<(Question, String, u32, Option<usize>)> {
    store
        .load_board(board)
        .unwrap()
        .board
        .inputs
        .into_iter()
        .map(|i| (i.question, i.text, i.votes, i.row))
        .collect()
}

fn texts_under(store: &Store, board: BoardId, question: Question) -> Vec<String> {
    cards(store, board)
        .into_iter()
        .filter(|c| c.0 == question)
        .map(|c| c.1)
        .collect()
}

#[test]
fn cards_are_kept_in_the_order_they_were_captured_under_their_question() {
    let mut f = new_store();
    let (board, _) = board_with_rows(&mut f.store, &[]);
    let (w, p) = (Question::WorksWell, Question::Proposals);
    let a = f
        .store
        .add_input(board, w, "  Vi hjelper hverandre\r\n")
        .unwrap();
    f.store.add_input(board, p, "Faste møter").unwrap();
    f.store.add_input(board, w, "God tone").unwrap();
    assert_eq!(
        texts_under(&f.store, board, w),
        ["Vi hjelper hverandre", "God tone"]
    );
    assert_eq!(texts_under(&f.store, board, p), ["Faste møter"]);
    let stored = f.store.load_board(board).unwrap();
    assert_eq!(stored.input_ids.len(), 3);
    assert_eq!(stored.input_ids[0], a);
}

#[test]
fn an_empty_or_too_long_card_is_refused_and_nothing_is_added() {
    let mut f = new_store();
    let (board, _) = board_with_rows(&mut f.store, &[]);
    let err = f
        .store
        .add_input(board, Question::DoBetter, " \n ")
        .unwrap_err();
    assert!(err.to_string().contains("tomt"), "{err}");
    let long = "x".repeat(MAX_TEXT_CHARS + 1);
    let err = f
        .store
        .add_input(board, Question::DoBetter, &long)
        .unwrap_err();
    assert!(err.to_string().contains("for lang"), "{err}");
    assert!(cards(&f.store, board).is_empty());
    let missing = f.store.add_input(BoardId(999), Question::DoBetter, "Hei");
    assert!(matches!(missing, Err(Error::NotFound(_))));
}

#[test]
fn votes_go_up_and_down_but_never_below_zero() {
    let mut f = new_store();
    let (board, _) = board_with_rows(&mut f.store, &[]);
    let id = f
        .store
        .add_input(board, Question::WorksWell, "Kaffe")
        .unwrap();
    assert_eq!(f.store.vote_input(id, 1).unwrap(), 1);
    assert_eq!(f.store.vote_input(id, 1).unwrap(), 2);
    assert_eq!(f.store.vote_input(id, -1).unwrap(), 1);
    assert_eq!(f.store.vote_input(id, -5).unwrap(), 0);
    assert_eq!(cards(&f.store, board)[0].2, 0);
    assert!(matches!(
        f.store.vote_input(InputId(12345), 1),
        Err(Error::NotFound(_))
    ));
}

#[test]
fn a_card_moves_within_its_question_and_the_other_questions_stay_put() {
    let mut f = new_store();
    let (board, _) = board_with_rows(&mut f.store, &[]);
    let (w, d) = (Question::WorksWell, Question::DoBetter);
    let mut ids = Vec::new();
    for (q, t) in [(w, "A"), (d, "x"), (w, "B"), (d, "y"), (w, "C")] {
        ids.push(f.store.add_input(board, q, t).unwrap());
    }
    f.store.move_input(ids[4], 0).unwrap(); // C first
    assert_eq!(texts_under(&f.store, board, w), ["C", "A", "B"]);
    f.store.move_input(ids[4], 2).unwrap(); // and last again
    assert_eq!(texts_under(&f.store, board, w), ["A", "B", "C"]);
    assert_eq!(texts_under(&f.store, board, d), ["x", "y"]);
    let err = f.store.move_input(ids[1], 2).unwrap_err();
    assert!(err.to_string().contains("fra 1 til 2"), "{err}");
}

#[test]
fn a_deleted_card_comes_back_in_its_place_with_votes_and_row() {
    let mut f = new_store();
    let (board, rows) = board_with_rows(&mut f.store, &["A"]);
    let w = Question::WorksWell;
    let ids: Vec<InputId> = ["1", "2", "3"]
        .iter()
        .map(|t| f.store.add_input(board, w, t).unwrap())
        .collect();
    f.store.vote_input(ids[1], 4).unwrap();
    f.store
        .inputs_to_row(
            board,
            &[ids[1]],
            &CardsToRow {
                goal: "Mål".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let before = cards(&f.store, board);
    let deleted = f.store.delete_input(ids[1]).unwrap();
    assert_eq!(texts_under(&f.store, board, w), ["1", "3"]);
    f.store.restore_input(&deleted).unwrap();
    assert_eq!(cards(&f.store, board), before);
    // A row deleted meanwhile is forgotten, not an error.
    let id = f.store.load_board(board).unwrap().input_ids[1];
    let deleted = f.store.delete_input(id).unwrap();
    let new_row = f.store.load_board(board).unwrap().row_ids[1];
    assert_ne!(new_row, rows[0]);
    f.store.delete_row(new_row).unwrap();
    f.store.restore_input(&deleted).unwrap();
    assert_eq!(cards(&f.store, board)[1], (w, "2".into(), 4, None));
}

#[test]
fn merging_two_cards_joins_their_texts_and_votes_and_can_be_undone() {
    let mut f = new_store();
    let (board, _) = board_with_rows(&mut f.store, &[]);
    let (w, d) = (Question::WorksWell, Question::DoBetter);
    let a = f.store.add_input(board, w, "Kaffepause sammen").unwrap();
    let x = f.store.add_input(board, d, "Mellom").unwrap();
    let b = f.store.add_input(board, w, "Felles lunsj").unwrap();
    f.store.vote_input(a, 2).unwrap();
    f.store.vote_input(b, 3).unwrap();
    let before = cards(&f.store, board);
    let merge = f.store.merge_inputs(a, b).unwrap();
    assert_eq!(
        cards(&f.store, board),
        [
            (w, "Kaffepause sammen\nFelles lunsj".to_string(), 5, None),
            (d, "Mellom".to_string(), 0, None)
        ]
    );
    f.store.unmerge_inputs(&merge).unwrap();
    assert_eq!(cards(&f.store, board), before);
    assert!(f.store.merge_inputs(x, x).is_err());
}

#[test]
fn cards_become_a_row_whose_ideas_are_their_texts_and_each_card_remembers_it() {
    let mut f = new_store();
    let (board, _) = board_with_rows(&mut f.store, &["Eksisterende"]);
    let p = Question::Proposals;
    let a = f
        .store
        .add_input(board, p, "Fadderordning for nye")
        .unwrap();
    let other = f.store.add_input(board, p, "Ikke valgt").unwrap();
    let b = f.store.add_input(board, p, "Opplæringsplan").unwrap();
    let form = CardsToRow {
        goal: " Trygge nyansatte ".into(),
        measure: "Fadder for hver nyansatt".into(),
        owner: "Avdelingsleder".into(),
        when_text: "innen mars".into(),
        due: Some(day(2025, 3, 31)),
        ..CardsToRow::default()
    };
    let row_id = f.store.inputs_to_row(board, &[a, b], &form).unwrap();
    let stored = f.store.load_board(board).unwrap();
    assert_eq!(stored.row_ids[1], row_id);
    let row = &stored.board.rows[1];
    assert_eq!(row.goal, "Trygge nyansatte");
    assert_eq!(row.ideas, "Fadderordning for nye\nOpplæringsplan");
    assert_eq!(row.measure, "Fadder for hver nyansatt");
    assert_eq!(
        (row.owner.as_str(), row.when_text.as_str()),
        ("Avdelingsleder", "innen mars")
    );
    assert_eq!(row.due, Some(day(2025, 3, 31)));
    assert_eq!(row.status, Status::NotStarted);
    assert_eq!((row.kind, row.level), (None, None));
    let links: Vec<Option<usize>> = stored.board.inputs.iter().map(|i| i.row).collect();
    assert_eq!(links, [Some(1), None, Some(1)]);
    let _ = other;
}

#[test]
fn til_tavla_gives_the_new_row_the_tiltakstype_and_innsats_chosen_and_the_file_keeps_them() {
    let mut f = new_store();
    let (board, _) = board_with_rows(&mut f.store, &[]);
    let a = f
        .store
        .add_input(board, Question::Proposals, "Fagdag om vold og trusler")
        .unwrap();
    let form = CardsToRow {
        measure: "Fagdag for alle".into(),
        kind: Some(MeasureKind::Basis),
        level: Some(MeasureLevel::Preventive),
        ..CardsToRow::default()
    };
    f.store.inputs_to_row(board, &[a], &form).unwrap();
    let path = f.store.path().to_path_buf();
    drop(f.store);
    let reopened = Store::open(&path).unwrap();
    let row = &reopened.load_board(board).unwrap().board.rows[0];
    assert_eq!(row.measure, "Fagdag for alle");
    assert_eq!(row.kind, Some(MeasureKind::Basis));
    assert_eq!(row.level, Some(MeasureLevel::Preventive));
}

#[test]
fn til_tavla_without_cards_or_without_goal_and_measure_adds_nothing() {
    let mut f = new_store();
    let (board, _) = board_with_rows(&mut f.store, &[]);
    let a = f
        .store
        .add_input(board, Question::Proposals, "Idé")
        .unwrap();
    let err = f.store.inputs_to_row(
        board,
        &[],
        &CardsToRow {
            goal: "Mål".into(),
            ..Default::default()
        },
    );
    assert!(err.unwrap_err().to_string().contains("minst ett innspill"));
    let err = f
        .store
        .inputs_to_row(board, &[a], &CardsToRow::default())
        .unwrap_err();
    assert_eq!(err.kind(), "invalid", "{err}");
    let stored = f.store.load_board(board).unwrap();
    assert!(stored.board.rows.is_empty());
    assert_eq!(stored.board.inputs[0].row, None);
    // A card from another board is refused too.
    let (other, _) = board_with_rows(&mut f.store, &[]);
    let form = CardsToRow {
        goal: "Mål".into(),
        ..Default::default()
    };
    assert!(f.store.inputs_to_row(other, &[a], &form).is_err());
    assert!(f.store.load_board(other).unwrap().board.rows.is_empty());
}

#[test]
fn cards_votes_and_links_survive_closing_and_reopening_the_file() {
    let mut f = new_store();
    let (board, _) = board_with_rows(&mut f.store, &[]);
    let a = f
        .store
        .add_input(board, Question::DoBetter, "Bedre overlapp")
        .unwrap();
    f.store.vote_input(a, 3).unwrap();
    let form = CardsToRow {
        measure: "Skriftlig overlapp".into(),
        ..Default::default()
    };
    f.store.inputs_to_row(board, &[a], &form).unwrap();
    let path = f.store.path().to_path_buf();
    let before = f.store.load_board(board).unwrap();
    drop(f.store);
    let reopened = Store::open(&path).unwrap();
    assert_eq!(reopened.load_board(board).unwrap(), before);
    assert_eq!(
        cards(&reopened, board),
        [(Question::DoBetter, "Bedre overlapp".into(), 3, Some(0))]
    );
}

// Nynorsk: what a leader meets when a file cannot be used, said in the current language.

#[test]
fn an_empty_or_foreign_file_is_refused_in_nynorsk_saying_what_is_wrong() {
    use tavle_model::lang::{self, Lang};
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("tom.tavle");
    std::fs::write(&empty, b"").unwrap();
    let err = lang::with(Lang::Nn, || Store::open(&empty).err().unwrap());
    assert_eq!(err.kind(), "not_a_tavle_file", "{err}");
    assert!(err.to_string().contains("fila er tom"), "{err}");
    assert!(!err.to_string().contains("filen er tom"), "{err}");

    // Another program's SQLite database.
    let foreign = dir.path().join("anna.tavle");
    Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let err = lang::with(Lang::Nn, || Store::open(&foreign).err().unwrap());
    assert!(
        err.to_string()
            .contains("fila er ein database frå eit anna program"),
        "{err}"
    );
    // Bokmål as before, and the rollup knows both as "not a Tavle file".
    let err = Store::open(&foreign).err().unwrap();
    assert!(
        err.to_string()
            .contains("(filen er en database fra et annet program)"),
        "{err}"
    );
    assert!(detail_is_foreign("fila er tom"));
    assert!(detail_is_foreign(
        "filen er en database fra et annet program"
    ));
    assert!(!detail_is_foreign("filen er avkortet midt i en side"));
}

#[test]
fn a_missing_file_is_named_in_nynorsk_with_what_to_check() {
    use tavle_model::lang::{self, Lang};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("borte.tavle");
    let err = lang::with(Lang::Nn, || Store::open(&path).err().unwrap());
    assert_eq!(err.kind(), "not_found");
    assert_eq!(
        err.to_string(),
        format!(
            "Fann ikkje fila «{}». Sjekk at namn og mappe er rette.",
            path.display()
        )
    );
    let err = Store::open(&path).err().unwrap();
    assert_eq!(
        err.to_string(),
        format!(
            "Fant ikke filen «{}». Sjekk at navn og mappe er riktige.",
            path.display()
        )
    );
}

#[test]
fn a_row_changed_elsewhere_is_a_conflict_said_in_nynorsk_and_nothing_is_lost() {
    use tavle_model::lang::{self, Lang};
    let mut f = new_store();
    let (board, ids) = board_with_rows(&mut f.store, &["A"]);
    let seen = f.store.load_board(board).unwrap();
    let mut text = RowText::from(&seen.board.rows[0]);
    text.measure = "Først".into();
    f.store
        .update_row_text(ids[0], Some(seen.row_versions[0]), &text)
        .unwrap();
    text.measure = "Sist, på gammalt grunnlag".into();
    let err = lang::with(Lang::Nn, || {
        f.store
            .update_row_text(ids[0], Some(seen.row_versions[0]), &text)
            .unwrap_err()
    });
    assert_eq!(err.kind(), "conflict");
    assert_eq!(
        err.to_string(),
        "Rada vart endra ein annan stad (i eit anna vindauge eller med tavle-kommandoen) etter at du byrja å skrive, så endringa di er ikkje lagra enno. Det du skreiv er teke vare på: sjå over, og lagre igjen."
    );
    assert_eq!(f.store.row(ids[0]).unwrap().measure, "Først");
    // The same refusal in bokmål, word for word as before.
    let err = f
        .store
        .update_row_text(ids[0], Some(seen.row_versions[0]), &text)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Raden ble endret et annet sted (i et annet vindu eller med tavle-kommandoen) etter at du begynte å skrive, så endringen din er ikke lagret ennå. Det du skrev er tatt vare på: se over, og lagre igjen."
    );
}

#[test]
fn rows_boards_and_cards_that_are_not_there_say_where_to_look_in_nynorsk() {
    use tavle_model::lang::{self, Lang};
    let mut f = new_store();
    let (board, ids) = board_with_rows(&mut f.store, &["A", "B"]);
    lang::with(Lang::Nn, || {
        let err = f.store.row(RowId(999)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Fann inga rad med id 999. Sjå `tavle show FILE --board ID` for radene og id-ane deira."
        );
        let err = f.store.load_board(BoardId(77)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Fann inga tavle med id 77. Sjå `tavle list FILE` for tavlene i fila."
        );
        let err = f.store.move_row(ids[0], 5).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("Plass 6 finst ikkje på tavle {board}: vel ein plass frå 1 til 2.")
        );
        let err = f.store.merge_inputs(InputId(1), InputId(1)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Eit innspel kan ikkje slåast saman med seg sjølv. Vel to ulike innspel."
        );
    });
}

#[test]
fn a_backup_that_is_not_there_or_is_the_file_itself_is_refused_in_nynorsk() {
    use tavle_model::lang::{self, Lang};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("eining.tavle");
    Store::create(&path).unwrap();
    let missing = dir.path().join("backups").join("finst-ikkje.tavle");
    let err = lang::with(Lang::Nn, || backups::restore(&path, &missing).unwrap_err());
    assert_eq!(
        err.to_string(),
        format!(
            "Tryggingskopien «{}» kan ikkje brukast: han finst ikkje. Vel ein annan (sjå `tavle backups FILE`).",
            missing.display()
        )
    );
    let err = lang::with(Lang::Nn, || backups::restore(&path, &path).unwrap_err());
    assert!(
        err.to_string()
            .contains("det er den same fila. Vel ein annan"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_file_made_read_only_while_open_is_no_longer_written_to() {
    use std::os::unix::fs::PermissionsExt;
    let mut f = new_store();
    let (board, _) = board_with_rows(&mut f.store, &["A"]);
    assert!(!f.store.became_read_only());
    let path = f.store.path().to_path_buf();
    // `chmod 444` while the file is open. (The mode bits are read, so this holds for root
    // too, whom the kernel would still let write.)
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = f.store.add_row(board, &row("B"), None).unwrap_err();
    assert_eq!(err.kind(), "read_only", "{err}");
    assert!(f.store.is_read_only());
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // The store still reads; the poll has nothing more to tell.
    assert_eq!(f.store.load_board(board).unwrap().board.rows.len(), 1);
    assert!(!f.store.became_read_only());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
}

#[cfg(unix)]
#[test]
fn the_poll_tells_once_that_the_file_became_read_only() {
    use std::os::unix::fs::PermissionsExt;
    let f = new_store();
    let mut store = f.store;
    let path = store.path().to_path_buf();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    assert!(store.became_read_only());
    assert!(store.is_read_only());
    assert!(!store.became_read_only());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
}
