//! Shared builders for the integration tests: boards like the real one in seed 000, and
//! (`pdf`) reading printed PDFs back.
#![allow(dead_code)]

pub mod pdf;

use chrono::NaiveDate;
use tavle::model::{AbsenceMonth, Board, Milestone, Plan, Row, Status, StatusChange};

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

/// The three rows of the paper board, with due dates and statuses as a leader would set them.
pub fn seed_rows() -> Vec<Row> {
    vec![
        Row {
            goal: "Lettere samarbeid med korttidsavdelingen".into(),
            ideas: "Bedre dialoger med de ansatte på korttidsavdelingen for felles pasientforståelse.".into(),
            measure: "For å bedre samarbeidet skal det utvikles nye tiltak og utarbeides en prosedyre for felles pasientforståelse.".into(),
            owner: "Ansatte ved hjemmesykepleien og korttidsavdelingen. Godkjennes av avdelingsleder(e)".into(),
            when_text: "Skal være på plass i.a. Februar.".into(),
            due: Some(date(2025, 2, 28)),
            status: Status::InProgress,
            result: String::new(),
            history: vec![StatusChange { on: date(2025, 1, 20), status: Status::InProgress, note: "Første møte holdt".into() }],
            created_on: None,
        },
        Row {
            goal: "Økt fagkompetanse".into(),
            ideas: "Ønskelig med økt fagkompetanse. Endring av tid (14-15) Event. halvtime slik at kveldsvakter også får delta.".into(),
            measure: "Det er sendt ut forespørsel på hva som ønskes av fagutvikling. Avdelingsledere skal i samråd se på ønskene og sette opp faghjul for året. Krysser hjemmesykepleien og korttidsavdelingen".into(),
            owner: "Ansatte og leder".into(),
            when_text: "Faghjul skal være på plass innen midten av Mars.".into(),
            due: Some(date(2025, 3, 15)),
            status: Status::Done,
            result: "Faghjul for året er laget og hengt opp på vaktrommet.".into(),
            history: vec![],
            created_on: None,
        },
        Row {
            goal: "Ikke å miste de sykemeldte".into(),
            ideas: "Ansatte kan for eksempel sende en melding til den sykemeldte for å vise at personen fortsatt har tilhørighet til arbeidsgruppen. Ønskelig at leder informerer arbeidsgruppen om arbeidskapasitet til den sykemeldte.".into(),
            measure: "Leder informerer ut etter samtykke fra ansatt.".into(),
            owner: "Alle ansatte".into(),
            when_text: "Alltid.".into(),
            due: None,
            status: Status::Ongoing,
            result: String::new(),
            history: vec![],
            created_on: None,
        },
    ]
}

/// A board like seed 000: Hjemmesykepleien 2025, target 7 %, three months of figures.
pub fn seed_board() -> Board {
    let mut b = Board::new("Hjemmesykepleien", 2025);
    b.main_goal = "Hovedmål for hjemmesykepleien er å bidra til at pasienter kan bo hjemme og bli så gode som mulig med tilrettelegging av nødvendig helsehjelp".into();
    b.focus = "trykkløst og trykksikkert.".into();
    b.target_pct = Some(7.0);
    b.rows = seed_rows();
    // Workdays in every month: year to date is Σ lost / Σ agreed = 70 / 1000 = 7,0 %.
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
