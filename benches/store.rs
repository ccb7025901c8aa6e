//! How fast the `.tavle` file answers at a realistic worst case: 100 boards with 100 rows
//! each (10 000 rows, each with some status history). Prints the median, fastest and
//! slowest of repeated runs per operation, and the workshop's cards (204 on one board). Run with `cargo bench --bench store`.
//!
//! Writes are one transaction each in the rollback journal with `synchronous = EXTRA` (the
//! file is whole on disk after each, and so is the commit itself): a commit syncs the journal,
//! its folder, the journal again, the file, and — what EXTRA adds — the folder once more after
//! the journal's unlink, which is the commit (seen with strace; `tests/store_crash_points.rs`).
//! On 2026-12-07 (ext4 on a virtual disk, other builds running) an edit took ≈ 1,1–1,3 ms
//! median with FULL and ≈ 0,9–1,0 ms with EXTRA, back to back: the extra folder sync is lost in
//! the noise, far under the 5 ms a cell may take. Earlier (2026-12-03) WAL took ≈ 0,15 ms
//! against ≈ 0,8 ms in rollback mode on a quiet machine; compare runs taken back to back.

mod common;

use common::{day, measure, months};
use std::time::{Duration, Instant};

use tavle::store::Store;
use tavle::{Board, BoardId, RowText, Status, StatusChange};

const BOARDS: usize = 100;
const ROWS_PER_BOARD: usize = 100;
const RUNS: usize = 51;

fn board(n: usize) -> Board {
    let mut b = Board::new(format!("Enhet {n:03}"), 2025);
    b.main_goal = "Et hovedmål som er en hel setning lang, slik de pleier å være.".into();
    b.target_pct = Some(7.0);
    b.rows = (0..ROWS_PER_BOARD)
        .map(|i| {
            measure(
                i,
                Status::ALL[i % Status::ALL.len()],
                "Ansatte ved hjemmesykepleien",
            )
        })
        .collect();
    b.absence = months(420.0, |m| 30.0 + f64::from(m));
    b
}

/// Runs `f` `runs` times and returns the sorted durations.
fn time(runs: usize, mut f: impl FnMut(usize)) -> Vec<Duration> {
    let mut times: Vec<Duration> = (0..runs)
        .map(|i| {
            let start = Instant::now();
            f(i);
            start.elapsed()
        })
        .collect();
    times.sort();
    times
}

fn ms(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1000.0)
}

fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("bench.tavle");
    let mut store = Store::create(&path).expect("a new file");
    let build = Instant::now();
    let ids: Vec<BoardId> = (0..BOARDS)
        .map(|n| store.insert_board(&board(n)).expect("insert"))
        .collect();
    let built = build.elapsed();
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!(
        "built {BOARDS} boards x {ROWS_PER_BOARD} rows in {:.2} s ({} KiB)",
        built.as_secs_f64(),
        size / 1024
    );

    let target = ids[BOARDS / 2];
    let rows = store.load_board(target).expect("load").row_ids;
    let mut results: Vec<(&str, usize, Vec<Duration>)> = Vec::new();

    results.push((
        "list_boards (100 boards)",
        RUNS,
        time(RUNS, |_| {
            assert_eq!(store.list_boards().expect("list").len(), BOARDS);
        }),
    ));
    results.push((
        "load_board (100 rows, ≈ show)",
        RUNS,
        time(RUNS, |_| {
            assert_eq!(
                store.load_board(target).expect("load").board.rows.len(),
                ROWS_PER_BOARD
            );
        }),
    ));
    results.push((
        "due (all 10 000 rows, 30 days)",
        RUNS,
        time(RUNS, |_| {
            store.due(day(6, 1), Some(30)).expect("due");
        }),
    ));
    results.push((
        "change_status (one transaction)",
        RUNS,
        time(RUNS, |i| {
            // Alternating, so every call writes a line (an unchanged status writes nothing).
            let change = StatusChange {
                on: day(3, 1 + (i % 28) as u32),
                status: if i % 2 == 0 {
                    Status::InProgress
                } else {
                    Status::Paused
                },
                note: format!("Endring {i}"),
            };
            store
                .change_status(rows[i % rows.len()], &change)
                .expect("status");
        }),
    ));
    // The most common edit: a cell's text saved, based on the version the editor read.
    let mut versions = store.load_board(target).expect("load").row_versions;
    results.push((
        "update_row_text (a cell saved)",
        RUNS,
        time(RUNS, |i| {
            let j = i % rows.len();
            let mut text = RowText::from(&store.row(rows[j]).expect("row"));
            text.result = format!("Resultat etter endring {i}");
            versions[j] = store
                .update_row_text(rows[j], Some(versions[j]), &text)
                .expect("text");
        }),
    ));
    // Moving the first row last rotates the board, so after i moves `rows[i]` is first.
    results.push((
        "move_row first -> last (100 rows)",
        RUNS,
        time(RUNS, |i| {
            store
                .move_row(rows[i % rows.len()], ROWS_PER_BOARD - 1)
                .expect("move");
        }),
    ));
    let order = store.load_board(target).expect("load").row_ids;
    assert_eq!(
        order[0],
        rows[RUNS % rows.len()],
        "the moves rotated the board"
    );
    // The workshop: a big one (40 people) leaves a few hundred cards; Enter must not wait.
    let questions = tavle::Question::ALL;
    results.push((
        "add_input (workshop card, one transaction)",
        RUNS * 4,
        time(RUNS * 4, |i| {
            store
                .add_input(
                    target,
                    questions[i % 3],
                    &format!("Innspill nummer {i} fra salen"),
                )
                .expect("add card");
        }),
    ));
    let cards = store.load_board(target).expect("load").input_ids;
    results.push((
        "vote_input (+1)",
        RUNS,
        time(RUNS, |i| {
            store.vote_input(cards[i % cards.len()], 1).expect("vote");
        }),
    ));
    results.push((
        "move_input first of its question (≈ 68 cards)",
        RUNS,
        time(RUNS, |i| {
            store
                .move_input(cards[(i * 3) % cards.len()], 0)
                .expect("move card");
        }),
    ));
    drop(store);
    results.push((
        "open for writing (incl. backup)",
        11,
        time(11, |_| {
            drop(Store::open(&path).expect("open"));
        }),
    ));

    println!();
    println!("| operation | runs | median ms | fastest ms | slowest ms |");
    println!("|---|---:|---:|---:|---:|");
    for (name, runs, times) in &results {
        println!(
            "| {name} | {runs} | {} | {} | {} |",
            ms(times[times.len() / 2]),
            ms(times[0]),
            ms(times[times.len() - 1])
        );
    }
}
