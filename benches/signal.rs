//! Signal or noise at the sizes the issue names: the run chart of a unit with 120 months
//! (ten boards of twelve months, 30 measures each with a status story) must take at most
//! 5 ms, and the funnel may add at most 50 ms to a roll-up of 300 units. Prints the median,
//! fastest and slowest of repeated runs of `trend::unit_trend`, of `rollup::roll_up` over
//! 300 boards in memory (which places every unit in the funnel), and of the funnel alone
//! (`rollup::funnel::funnel` and handing each line its point), which is what it adds.
//! Run with `cargo bench --bench signal`.

mod common;

use chrono::Datelike;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use common::{day, measure, months};
use tavle::rollup::funnel::{funnel, FunnelInput};
use tavle::rollup::{roll_up, Loaded, LoadedBoard};
use tavle::{AbsenceMonth, Board, BoardId, Status, YearMonth};

const RUNS: usize = 51;

fn report(what: &str, mut times: Vec<Duration>, limit_ms: Option<f64>) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = ms(times[times.len() / 2]);
    let verdict = match limit_ms {
        Some(l) if median <= l => format!(" — grense {l} ms: innenfor"),
        Some(l) => format!(" — grense {l} ms: OVER"),
        None => String::new(),
    };
    println!(
        "{what}: median {median:.3} ms (fastest {:.3} ms, slowest {:.3} ms, {} runs){verdict}",
        ms(times[0]),
        ms(times[times.len() - 1]),
        times.len(),
    );
}

fn time(mut f: impl FnMut()) -> Vec<Duration> {
    f(); // warm up
    (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect()
}

/// One unit's board for `year`: 30 measures and twelve months of figures.
fn unit_board(unit: &str, year: i32, n: usize) -> Board {
    let mut b = Board::new(unit.to_string(), year);
    b.rows = (0..30)
        .map(|i| {
            let mut row = measure(i, Status::ALL[(i + n) % Status::ALL.len()], "Alle ansatte");
            row.measure = format!("Tiltak {i} i {year}");
            for c in &mut row.history {
                c.on = c.on.with_year(year).unwrap_or(c.on);
            }
            row
        })
        .collect();
    let agreed = 300.0 + (n % 50) as f64 * 20.0;
    b.absence = (1..=12)
        .map(|m| {
            let month = YearMonth::new(year, m).expect("a real month");
            let rate = 0.06 + ((m as usize * 7 + n * 3) % 11) as f64 / 200.0;
            AbsenceMonth::from_days(month, agreed, agreed * rate)
        })
        .collect();
    b
}

fn main() {
    // 1. The run chart of a unit with 120 months, among other units' boards in the file.
    let mut boards: Vec<Board> = (2016..2026)
        .map(|y| unit_board("Lindåsen", y, y as usize))
        .collect();
    boards.extend((0..20).map(|n| unit_board(&format!("Enhet {n}"), 2025, n)));
    let points = tavle::trend::unit_trend(&boards, "Lindåsen", None)
        .expect("trend")
        .points
        .len();
    assert_eq!(points, 120);
    report(
        &format!("trend::unit_trend ({points} måneder, 10 tavler à 30 tiltak)"),
        time(|| {
            black_box(tavle::trend::unit_trend(black_box(&boards), "Lindåsen", None).unwrap());
        }),
        Some(5.0),
    );
    report(
        "  med frosset grunnlag (--baseline 24)",
        time(|| {
            black_box(tavle::trend::unit_trend(black_box(&boards), "Lindåsen", Some(24)).unwrap());
        }),
        Some(5.0),
    );

    // 2. The funnel over 300 units: the roll-up in memory, and the funnel alone.
    let loaded = || Loaded {
        boards: (0..300)
            .map(|n| {
                let mut b = unit_board(&format!("Sektor {} – Enhet {n:03}", n % 7), 2025, n);
                if n % 25 == 0 {
                    // Small units, masked: they count in p̄ and φ but get no point.
                    b.absence = months(70.0, |_| 5.0);
                }
                LoadedBoard {
                    file: PathBuf::from(format!("{n}.tavle")),
                    id: BoardId(1),
                    board: b,
                    last_changed: None,
                    folder: String::new(),
                }
            })
            .collect(),
        skipped: Vec::new(),
    };
    let today = day(12, 31);
    let r = roll_up(loaded(), Some(2025), today);
    let flagged = r
        .lines
        .iter()
        .filter(|l| {
            l.funnel
                .is_some_and(|p| p.flag != tavle::rollup::funnel::FunnelFlag::Within)
        })
        .count();
    println!(
        "300 enheter: {} i trakten, {flagged} utenfor 99,8 %-grensene, φ = {:.2}",
        r.lines.iter().filter(|l| l.funnel.is_some()).count(),
        r.funnel.phi.unwrap_or(f64::NAN)
    );
    let inputs: Vec<FunnelInput> = r
        .lines
        .iter()
        .map(|l| {
            let agreed = l.funnel.map_or(840.0, |p| p.agreed_days);
            FunnelInput {
                agreed_days: agreed,
                lost_days: l.funnel.map_or(60.0, |p| p.rate * agreed),
                masked: l.masked,
            }
        })
        .collect();
    let mut lines = r.lines.clone();
    report(
        "rollup::funnel::funnel + punktet til hver linje (300 enheter)",
        time(|| {
            let f = funnel(black_box(&inputs));
            for (line, point) in lines.iter_mut().zip(&f.points) {
                line.funnel = *point;
            }
            black_box(&lines);
        }),
        Some(50.0),
    );
    let mut times = Vec::new();
    for _ in 0..RUNS {
        let input = loaded();
        let t = Instant::now();
        black_box(roll_up(input, Some(2025), today));
        times.push(t.elapsed());
    }
    report(
        "rollup::roll_up i minnet, trakten med (300 enheter)",
        times,
        None,
    );
}
