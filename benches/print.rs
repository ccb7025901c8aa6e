//! Timing of `tavle::print::pdf`: a 30-row and a 300-row A3 board, and the year report of
//! both (median of several runs), and the PDF sizes. Run with `cargo bench --bench print`. Aim: 30 rows in under 20 ms and
//! under 150 KB.

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use tavle::model::{AbsenceMonth, Board, Row, Status};
use tavle::print::{self, Paper, What};

fn board(rows: usize) -> Board {
    let mut b = Board::new("Hjemmesykepleien", 2025);
    b.main_goal = "Hovedmål for hjemmesykepleien er å bidra til at pasienter kan bo hjemme og bli så gode som mulig med tilrettelegging av nødvendig helsehjelp".into();
    b.focus = "trykkløst og trykksikkert.".into();
    b.target_pct = Some(7.0);
    b.absence = (1..=6)
        .map(|m| {
            AbsenceMonth::from_pct(
                format!("2025-{m:02}").parse().unwrap(),
                6.0 + f64::from(m) * 0.5,
            )
        })
        .collect();
    let statuses = Status::ALL;
    b.rows = (0..rows)
        .map(|i| Row {
            goal: format!("Mål nummer {} for nærvær og trivsel", i + 1),
            ideas: "Bedre dialoger med de ansatte på korttidsavdelingen for felles pasientforståelse.".into(),
            measure: "Det er sendt ut forespørsel på hva som ønskes av fagutvikling. Avdelingsledere skal i samråd se på ønskene og sette opp faghjul for året.".into(),
            owner: "Ansatte og leder".into(),
            when_text: "Skal være på plass i.a. februar.".into(),
            due: NaiveDate::from_ymd_opt(2025, 2, 28),
            status: statuses[i % statuses.len()],
            result: if i % 3 == 0 { "Faghjul laget og hengt opp på vaktrommet.".into() } else { String::new() },
            ..Row::default()
        })
        .collect();
    b
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2025, 3, 20).expect("a date");
    // The first print parses the embedded fonts once per process.
    let start = Instant::now();
    let first = print::pdf(&board(30), What::Board, None, today).expect("prints");
    println!(
        "first print (parses the fonts): {:.1} ms, {} bytes",
        start.elapsed().as_secs_f64() * 1e3,
        first.len()
    );
    for (rows, paper, runs) in [
        (30, Paper::A3, 21),
        (30, Paper::A4, 21),
        (300, Paper::A3, 7),
    ] {
        let b = board(rows);
        let pages = print::layout(&b, What::Board, Some(paper), today)
            .expect("lays out")
            .len();
        let mut times = Vec::new();
        let mut size = 0;
        for _ in 0..runs {
            let t = Instant::now();
            let bytes = print::pdf(&b, What::Board, Some(paper), today).expect("prints");
            times.push(t.elapsed());
            size = bytes.len();
        }
        let layout_times: Vec<Duration> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                let _ = print::layout(&b, What::Board, Some(paper), today);
                t.elapsed()
            })
            .collect();
        println!(
            "board {rows:>3} rows {paper:?}: {pages:>2} pages, median {:.2} ms (layout alone {:.2} ms) over {runs} runs, {:.1} KB",
            median(times).as_secs_f64() * 1e3,
            median(layout_times).as_secs_f64() * 1e3,
            size as f64 / 1024.0
        );
    }
    for rows in [30, 300] {
        let b = board(rows);
        let runs = if rows > 100 { 7 } else { 21 };
        let pages = print::layout(&b, What::Report, None, today)
            .expect("lays out")
            .len();
        let times: Vec<Duration> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                let _ = print::pdf(&b, What::Report, None, today);
                t.elapsed()
            })
            .collect();
        let size = print::pdf(&b, What::Report, None, today)
            .expect("prints")
            .len();
        println!(
            "report {rows:>3} measures A4: {pages:>2} pages, median {:.2} ms over {runs} runs, {:.1} KB",
            median(times).as_secs_f64() * 1e3,
            size as f64 / 1024.0
        );
    }
    for (what, name) in [(What::Plan, "plan"), (What::Workshop, "workshop")] {
        let b = board(3);
        let times: Vec<Duration> = (0..11)
            .map(|_| {
                let t = Instant::now();
                let _ = print::pdf(&b, what, None, today);
                t.elapsed()
            })
            .collect();
        let size = print::pdf(&b, what, None, today).expect("prints").len();
        println!(
            "{name:>9}: median {:.2} ms, {:.1} KB",
            median(times).as_secs_f64() * 1e3,
            size as f64 / 1024.0
        );
    }
    whole_process();
}

/// `tavle print` as a user runs it: a new process that opens the file, loads the board,
/// lays it out, draws it and writes the PDF.
fn whole_process() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("bench.tavle");
    let mut store = tavle::store::Store::create(&file).expect("creates");
    for (rows, runs) in [(30, 21), (300, 7)] {
        let id = store.insert_board(&board(rows)).expect("inserts");
        let out = dir.path().join(format!("{rows}.pdf"));
        let times: Vec<Duration> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                let status = std::process::Command::new(env!("CARGO_BIN_EXE_tavle"))
                    .arg("print")
                    .arg(&file)
                    .args(["--board", &id.to_string(), "--what", "board", "-o"])
                    .arg(&out)
                    .stdout(std::process::Stdio::null())
                    .status()
                    .expect("runs tavle");
                assert!(status.success());
                t.elapsed()
            })
            .collect();
        let size = std::fs::metadata(&out).expect("the pdf").len();
        println!(
            "tavle print (whole process) {rows:>3} rows A3: median {:.1} ms over {runs} runs, {:.1} KB",
            median(times).as_secs_f64() * 1e3,
            size as f64 / 1024.0
        );
    }
}
