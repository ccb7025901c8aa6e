//! Excel both ways at 10 000 rows, in release: `cargo bench --bench excel`.
//!
//! Each part runs in its own child process (this program started again with the part's
//! name), so the peak memory printed (VmHWM from /proc) is that part's alone: export of the
//! board to .xlsx, import of that workbook back, import of a leader's own sheet of
//! 10 000 rows, and the round trip: a workbook exported from a stored board of 10 000 rows,
//! 1 000 of them changed as a colleague would in Excel (500 statuses, 500 Tiltak) and the
//! file rewritten whole, imported back into that board (read, matched, written in one
//! transaction with its backup). Prints the median, fastest and slowest of repeated runs.
//! Aim: ≤ 1 s and ≤ 200 MB each.

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
        "update" => update_part(today),
        other => panic!("unknown part {other}"),
    }
}

/// The exported workbook with 1 000 rows changed: every 10th row's status (Fullført, or På
/// vent where it was Fullført) or Tiltak, and the whole file written again, as LibreOffice
/// saves it.
fn edited(bytes: &[u8]) -> Vec<u8> {
    use calamine::{Data, Reader, SheetVisible, Xlsx};
    let mut book = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let metas = book.sheets_metadata().to_vec();
    let mut out = rust_xlsxwriter::Workbook::new();
    for m in metas {
        let range = book.worksheet_range(&m.name).unwrap();
        let ws = out.add_worksheet();
        ws.set_name(&m.name).unwrap();
        if m.visible != SheetVisible::Visible {
            ws.set_hidden(true);
        }
        let status_col = range
            .rows()
            .next()
            .and_then(|h| h.iter().position(|c| *c == "Status"));
        let measure_col = range
            .rows()
            .next()
            .and_then(|h| h.iter().position(|c| *c == "Tiltak"));
        for (r, row) in range.rows().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let mut cell = cell.clone();
                if m.name == "Tavle" && r > 0 && r % 10 == 0 {
                    if r % 20 == 0 && Some(c) == status_col {
                        let done = cell == "Fullført";
                        cell = Data::String(if done { "På vent" } else { "Fullført" }.into());
                    } else if r % 20 == 10 && Some(c) == measure_col {
                        cell = Data::String(format!("{cell}, endret i Excel"));
                    }
                }
                let (r, c) = (r as u32, c as u16);
                match cell {
                    Data::Empty => {}
                    Data::String(s) => {
                        ws.write_string(r, c, s).unwrap();
                    }
                    Data::Float(f) => {
                        ws.write_number(r, c, f).unwrap();
                    }
                    Data::Int(i) => {
                        ws.write_number(r, c, i as f64).unwrap();
                    }
                    Data::DateTime(d) => {
                        let dt = rust_xlsxwriter::ExcelDateTime::from_serial_datetime(d.as_f64())
                            .unwrap();
                        let f = rust_xlsxwriter::Format::new().set_num_format("dd.mm.yyyy");
                        ws.write_datetime_with_format(r, c, dt, &f).unwrap();
                    }
                    other => {
                        ws.write_string(r, c, other.to_string()).unwrap();
                    }
                }
            }
        }
    }
    out.save_to_buffer().unwrap()
}

/// The round trip into the stored board: each run on a fresh copy of the same file.
fn update_part(today: chrono::NaiveDate) {
    use tavle::sheet_import::{apply_import, read_sheet_bytes, ImportChoice, ImportTarget};
    let dir = tempfile::tempdir().unwrap();
    let pristine = dir.path().join("pristine.tavle");
    let id = {
        let mut store = tavle::store::Store::create(&pristine).unwrap();
        store.insert_board(&board()).unwrap()
    };
    let bytes = {
        let store = tavle::store::Store::open(&pristine).unwrap();
        let stored = store.load_board(id).unwrap();
        edited(&tavle::xlsx::stored_board_workbook(&stored, today).unwrap())
    };
    let mut times = Vec::new();
    for run in 0..RUNS {
        let file = dir.path().join(format!("run{run}.tavle"));
        std::fs::copy(&pristine, &file).unwrap();
        let mut store = tavle::store::Store::open(&file).unwrap();
        let t = Instant::now();
        let import =
            read_sheet_bytes("t.xlsx", "xlsx", &bytes, &ImportOptions::default(), today).unwrap();
        let done = apply_import(&mut store, import, &ImportChoice::default(), today).unwrap();
        times.push(t.elapsed());
        let ImportTarget::Update { counts, .. } = done.target else {
            panic!("not an update: {:?}", done.target);
        };
        assert_eq!(
            (counts.changed, counts.added, counts.missing),
            (1_000, 0, 0)
        );
        assert_eq!(counts.status_changed, 500);
        drop(store);
        let _ = std::fs::remove_file(&file);
    }
    times.sort();
    println!(
        "{:<40} median {:>7.1} ms   fastest {:>7.1} ms   slowest {:>7.1} ms   peak memory {:>6.1} MB",
        "update from .xlsx, 1 000 of 10 000 changed",
        times[RUNS / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[RUNS - 1].as_secs_f64() * 1e3,
        peak_mb()
    );
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
    for name in ["export", "import", "leader", "update"] {
        let status = std::process::Command::new(&exe)
            .env("TAVLE_EXCEL_BENCH_PART", name)
            .status()
            .expect("the bench part runs");
        assert!(status.success(), "{name} failed");
    }
}
