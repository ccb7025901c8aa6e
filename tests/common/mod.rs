//! Shared builders for the integration tests: the example board (read from
//! `examples/hjemmesykepleien-2025.json`, the one copy), boards shaped from it like the real
//! one in seed 000, and (`pdf`) reading printed PDFs back.
#![allow(dead_code)]

pub mod pdf;

use chrono::NaiveDate;
use tavle::model::{AbsenceMonth, Board, Milestone, Plan, Row, Status, StatusChange};

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

/// The example board, `examples/hjemmesykepleien-2025.json`: the board «Åpne eksempel» opens
/// and the CLI tests import. Tests that mean "the example board" read it from there.
pub const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/hjemmesykepleien-2025.json"
);

/// The example board, read as the app reads it.
pub fn example_board() -> Board {
    let file = std::fs::File::open(EXAMPLE).expect("the example board is there");
    tavle::exchange::read_board_json(std::io::BufReader::new(file))
        .expect("the example board reads")
}

/// The example's three rows later in the spring: the first with a short note in its history,
/// the second done with a result, the third without a history.
pub fn seed_rows() -> Vec<Row> {
    let mut rows = example_board().rows;
    shape_seed_rows(&mut rows);
    rows
}

fn shape_seed_rows(rows: &mut [Row]) {
    rows[0].history[0].note = "Første møte holdt".into();
    rows[1].status = Status::Done;
    rows[1].result = "Faghjul for året er laget og hengt opp på vaktrommet.".into();
    rows[2].history.clear();
}

/// A board like seed 000: the example board with the rows of [`seed_rows`], three months of
/// figures that give exactly 7,0 % (the target), a plan with a reached milestone and no
/// workshop cards.
pub fn seed_board() -> Board {
    let mut b = example_board();
    // The focus as the leader typed it, with a full stop (the print test reads it so).
    b.focus = "trykkløst og trykksikkert.".into();
    shape_seed_rows(&mut b.rows);
    b.inputs.clear();
    b.absence = vec![
        AbsenceMonth::from_days("2025-01".parse().unwrap(), 200.0, 30.0),
        AbsenceMonth::from_days("2025-02".parse().unwrap(), 400.0, 20.0),
        AbsenceMonth::from_days("2025-03".parse().unwrap(), 400.0, 20.0),
    ];
    b.plan = Plan {
        absence_pct_december: Some(11.2),
        absence_pct_average: Some(10.4),
        situation: "Høyt fravær på kveldsvakter og i helger. Mange korte fravær etter travle perioder, og lite kontakt med de som er sykmeldt.".into(),
        why_change: "Fraværet gir overtid og slitne kolleger, og pasientene møter for mange ulike ansatte.".into(),
        actions: "Månedlige tall på tavlen, faste samtaler mellom leder og HR, egenmelding før sykmelding når det er forsvarlig, og et faghjul som alle kan delta i.".into(),
        milestones: vec![
            Milestone { text: "Faghjul på plass".into(), due: Some(date(2025, 3, 15)), reached_on: Some(date(2025, 3, 10)) },
            Milestone { text: "Fravær under 9 % i tre måneder på rad".into(), due: Some(date(2025, 6, 30)), reached_on: None },
        ],
        desired_state: "Vi har et godt arbeidsmiljø der folk trives, og fraværet er stabilt under 7 %.".into(),
        obstacles: "Ferieavvikling, influensasesong og turnover i sommervikarer.".into(),
    };
    b
}

/// The seed board with `n` rows (the three real ones repeated with numbers).
pub fn board_with_rows(n: usize) -> Board {
    let mut b = seed_board();
    let base = seed_rows();
    b.rows = (0..n)
        .map(|i| {
            let mut r = base[i % base.len()].clone();
            r.goal = format!("{} ({})", r.goal, i + 1);
            r
        })
        .collect();
    b
}

/// The seed board late in the year, as the year report sees it: figures for January to
/// September (May entered as a percentage only), a history for each measure, more
/// measures with results, and the plan's milestones.
pub fn report_board() -> Board {
    let mut b = seed_board();
    let days = [
        (1, 420.0, 39.5),
        (2, 400.0, 37.6),
        (3, 430.0, 36.1),
        (4, 410.0, 33.2),
        (6, 380.0, 30.4),
        (7, 300.0, 18.0),
        (8, 400.0, 27.2),
        (9, 420.0, 29.0),
    ];
    b.absence = days
        .iter()
        .map(|&(m, agreed, lost)| {
            AbsenceMonth::from_days(
                tavle::YearMonth {
                    year: 2025,
                    month: m,
                },
                agreed,
                lost,
            )
        })
        .collect();
    b.absence.push(AbsenceMonth::from_pct(
        tavle::YearMonth {
            year: 2025,
            month: 5,
        },
        7.9,
    ));
    let change = |on: NaiveDate, status: Status| StatusChange {
        on,
        status,
        note: String::new(),
    };
    b.rows[0].history = vec![
        change(date(2025, 1, 20), Status::InProgress),
        change(date(2025, 4, 3), Status::Paused),
        change(date(2025, 5, 12), Status::InProgress),
        change(date(2025, 8, 29), Status::Done),
    ];
    b.rows[0].status = Status::Done;
    b.rows[0].result = "Prosedyre for felles pasientforståelse tatt i bruk fra september.".into();
    b.rows[1].history = vec![
        change(date(2025, 2, 3), Status::InProgress),
        change(date(2025, 3, 10), Status::Done),
    ];
    b.rows[2].history = vec![change(date(2024, 11, 1), Status::Ongoing)];
    b.rows.push(Row {
        goal: "Færre korte fravær etter travle helger".into(),
        measure: "Prøve ut egenmelding før sykmelding når det er forsvarlig.".into(),
        owner: "Leder og HR".into(),
        status: Status::Dropped,
        result: "Avbrutt: ordningen ble innført for hele kommunen i stedet.".into(),
        history: vec![
            change(date(2025, 3, 1), Status::InProgress),
            change(date(2025, 6, 30), Status::Dropped),
        ],
        ..Row::default()
    });
    b.rows.push(Row {
        goal: "Tavlemøter hver fjortende dag".into(),
        measure: "Korte stående møter ved tavlen med status på tiltakene.".into(),
        owner: "Avdelingsleder".into(),
        status: Status::NotStarted,
        ..Row::default()
    });
    b
}
