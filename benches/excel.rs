//! Excel both ways at 10 000 rows, in release: `cargo bench --bench excel`.
//!
//! Each part runs in its own child process (this program started again with the part's
//! name), so the peak memory printed (VmHWM from /proc) is that part's alone: export of the
//! board to .xlsx, import of that workbook back, and import of a leader's own sheet of
//! 10 000 rows. Prints the median, fastest and slowest of repeated runs. Aim: ≤ 1 s and
//! ≤ 200 MB each.

mod common;

use common::{day, measure, months};
use std::time::{Duration, Instant};

use tavle::sheet_import::{read_sheet_bytes, ImportOptions};
use tavle::{Board, Status};

const ROWS: usize = 10_000;
const RUNS: usize = 11;

fn board() -> Board {
    let mut b = Board::new("Hjemmesykepleien", 2025);
    b.main_goal = "Et hovedmål som er en hel setning lang, slik de pleier å være.".into();
    b.target_pct = Some(7.0);
    b.rows = (0..ROWS)
        .map(|i| {
            let mut row = measure(
                i,
                Status::ALL[i % Status::ALL.len()],
                "Ansatte ved hjemmesykepleien og korttidsavdelingen",
            );
            if i % 3 == 0 {
                row.result = "Prosedyren er laget.".into();
            }
            row
        })
        .collect();
    b.absence = months(420.0, |m| 30.0 + f64::from(m));
    b
}

/// A leader's own sheet: title, «Enhet:», a header in capitals, 10 000 rows with date cells.
fn leaders_sheet() -> Vec<u8> {
    let b = board();
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    let date = rust_xlsxwriter::Format::new().set_num_format("dd.mm.yyyy");
    ws.write_string(0, 0, "Forbedringstavle 2025").unwrap();
    ws.write_string(1, 0, "Enhet:").unwrap();
    ws.write_string(1, 1, "Hjemmesykepleien").unwrap();
    for (c, h) in [
        "MÅL",
        "IDEER",
        "TILTAK",
        "ANSVARLIG",
        "NÅR?",
        "STATUS",
        "RESULTAT",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(3, c as u16, *h).unwrap();
    }
    for (i, r) in b.rows.iter().enumerate() {
        let row = 4 + i as u32;
        ws.write_string(row, 0, &r.goal).unwrap();
        ws.write_string(row, 1, &r.ideas).unwrap();
        ws.write_string(row, 2, &r.measure).unwrap();
        ws.write_string(row, 3, &r.owner).unwrap();
        let due = r.due.unwrap();
        let d =
            rust_xlsxwriter::ExcelDateTime::from_ymd(2025, chrono::Datelike::month(&due) as u8, 15)
                .unwrap();
        ws.write_datetime_with_format(row, 4, d, &date).unwrap();
        ws.write_string(
            row,
            5,
            [
                "Ikke påbegynt",
                "Startet",
                "Ferdig",
                "Løpende",
                "Utsatt",
                "Kansellert",
            ][i % 6],
        )
        .unwrap();
        ws.write_string(row, 6, &r.result).unwrap();
    }
    book.save_to_buffer().unwrap()
}

fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .unwrap_or(0.0)
        / 1024.0
}

fn timed(name: &str, mut f: impl FnMut()) {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "{name:<40} median {:>7.1} ms   fastest {:>7.1} ms   slowest {:>7.1} ms   peak memory {:>6.1} MB",
        times[RUNS / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[RUNS - 1].as_secs_f64() * 1e3,
        peak_mb()
    );
}

fn part(name: &str) {
    let today = day(6, 1);
    match name {
        "export" => {
            let b = board();
            let mut size = 0;
            timed("export .xlsx, 10 000 rows", || {
                size = tavle::xlsx::board_workbook(&b, today).unwrap().len();
            });
            println!("{:<40} {:.1} MB", "  workbook size", size as f64 / 1e6);
        }
        "import" => {
            let bytes = tavle::xlsx::board_workbook(&board(), today).unwrap();
            timed("import Tavle's .xlsx, 10 000 rows", || {
                let b =
                    read_sheet_bytes("t.xlsx", "xlsx", &bytes, &ImportOptions::default(), today)
                        .unwrap()
                        .into_board()
                        .unwrap();
                assert_eq!(b.rows.len(), ROWS);
            });
        }
        "leader" => {
            let bytes = leaders_sheet();
            timed("import a leader's .xlsx, 10 000 rows", || {
                let i =
                    read_sheet_bytes("l.xlsx", "xlsx", &bytes, &ImportOptions::default(), today)
                        .unwrap();
                assert_eq!(i.board.rows.len(), ROWS);
            });
        }
        other => panic!("unknown part {other}"),
    }
}

fn main() {
    if let Ok(name) = std::env::var("TAVLE_EXCEL_BENCH_PART") {
        part(&name);
        return;
    }
    if std::env::args().any(|a| a == "--test" || a == "--list") {
        return; // `cargo test --benches` only checks that it builds.
    }
    let exe = std::env::current_exe().expect("this program");
    for name in ["export", "import", "leader"] {
        let status = std::process::Command::new(&exe)
            .env("TAVLE_EXCEL_BENCH_PART", name)
            .status()
            .expect("the bench part runs");
        assert!(status.success(), "{name} failed");
    }
}
