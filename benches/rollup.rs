//! The roll-up at the size it is meant for: 300 units' shared snapshots (30 measures and
//! 12 months each) spread over a folder per sector, as shared drives are laid out. Prints the median, fastest and slowest of repeated runs
//! of reading the folder and building the overview, the same through the `tavle rollup`
//! command (a fresh process each time, as HR runs it), and the peak memory of each.
//! Run with `cargo bench --bench rollup`.

mod common;

use common::{day, measure, months};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use tavle::store::Store;
use tavle::{Board, Milestone, Status};

const UNITS: usize = 300;
const ROWS: usize = 30;
const RUNS: usize = 9;

fn board(n: usize) -> Board {
    let mut b = Board::new(format!("Sektor {} – Enhet {n:03}", n % 7), 2025);
    b.main_goal = "Et hovedmål som er en hel setning lang, slik de pleier å være.".into();
    b.target_pct = Some(6.0 + (n % 5) as f64);
    b.rows = (0..ROWS)
        .map(|i| {
            measure(
                i,
                Status::ALL[(i + n) % Status::ALL.len()],
                "Ansatte ved enheten",
            )
        })
        .collect();
    b.plan.milestones = (0..4)
        .map(|i| Milestone {
            text: format!("Delmål {i}"),
            due: Some(day(3 * (i + 1), 1)),
            reached_on: (i < 2).then(|| day(3 * (i + 1), 1)),
        })
        .collect();
    // Some small units (masked), the rest 10–60 årsverk.
    let agreed = if n.is_multiple_of(25) {
        70.0
    } else {
        210.0 + (n % 50) as f64 * 21.0
    };
    b.absence = months(agreed, |_| agreed * (0.04 + (n % 9) as f64 / 100.0));
    b
}

/// The sector folders the units are shared into.
const SECTORS: usize = 7;

/// 300 leaders each publish their board into their sector's folder of the shared folder.
fn make_share(share: &Path, live: &Path) {
    for n in 0..UNITS {
        let mut store = Store::create(&live.join(format!("{n}.tavle"))).expect("live file");
        let id = store.insert_board(&board(n)).expect("board");
        let folder = share.join(format!("Sektor {}", n % SECTORS));
        std::fs::create_dir_all(&folder).expect("sector folder");
        tavle::publish::publish(&store, id, &folder).expect("publish");
    }
}

/// Peak resident memory of this process since the last reset, kB.
fn peak_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// Resets the peak (Linux: writing 5 to clear_refs).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn report(what: &str, mut times: Vec<Duration>) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{what}: median {:.0} ms (fastest {:.0} ms, slowest {:.0} ms, {} runs)",
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1]),
        times.len()
    );
}

fn main() {
    let work = tempfile::tempdir().expect("temp dir");
    let share = work.path().join("delt");
    let live = work.path().join("ledere");
    std::fs::create_dir_all(&share).unwrap();
    std::fs::create_dir_all(&live).unwrap();
    let t = Instant::now();
    make_share(&share, &live);
    let bytes: u64 = std::fs::read_dir(&share)
        .unwrap()
        .flat_map(|sector| std::fs::read_dir(sector.unwrap().path()).unwrap())
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    println!(
        "{UNITS} delte filer i {SECTORS} sektormapper ({ROWS} tiltak, 12 måneder hver), {:.1} MB, laget på {:.1} s",
        bytes as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
    let today = day(12, 31);
    let inputs: Vec<PathBuf> = vec![share.clone()];

    let base = peak_kb();
    reset_peak();
    let mut times = Vec::new();
    let mut lines = 0;
    for _ in 0..RUNS {
        let t = Instant::now();
        let r = tavle::hr_folder::overview(&inputs, Some(2025), today).expect("roll-up");
        times.push(t.elapsed());
        lines = r.lines.len();
        assert!(r.skipped.is_empty());
        assert_eq!(r.sectors.len(), SECTORS);
    }
    report(&format!("rollup i prosessen ({lines} enheter)"), times);
    println!(
        "  høyeste minne i prosessen: {} MB (før: {} MB)",
        peak_kb() / 1024,
        base / 1024
    );

    let tavle = env!("CARGO_BIN_EXE_tavle");
    for format in ["text", "pdf"] {
        let out = work.path().join(format!("oversikt.{format}"));
        let mut times = Vec::new();
        let mut peak = 0u64;
        for _ in 0..RUNS {
            let t = Instant::now();
            let run = Command::new("/usr/bin/time")
                .args(["-f", "%M"])
                .arg(tavle)
                .arg("rollup")
                .arg(&share)
                .args(["--year", "2025", "--format", format, "-o"])
                .arg(&out)
                .output()
                .expect("tavle rollup");
            times.push(t.elapsed());
            assert!(
                run.status.success(),
                "{}",
                String::from_utf8_lossy(&run.stderr)
            );
            let kb: u64 = String::from_utf8_lossy(&run.stderr)
                .lines()
                .last()
                .and_then(|l| l.trim().parse().ok())
                .unwrap_or(0);
            peak = peak.max(kb);
        }
        report(
            &format!("tavle rollup --format {format} (ny prosess)"),
            times,
        );
        println!("  høyeste minne (maks RSS): {} MB", peak / 1024);
    }
}
