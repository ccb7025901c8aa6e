//! The boards the benchmarks measure with, built one way: measures with the texts of a real
//! board, a due date in every month and a status story, and figures for every month. The
//! benches then differ only in how many and in what they time.

use chrono::NaiveDate;
use tavle::model::{MeasureKind, MeasureLevel};
use tavle::{AbsenceMonth, Row, Status, StatusChange, YearMonth};

pub fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, m, d).expect("a real date")
}

/// Measure number `i`: started in January, `status` since February.
pub fn measure(i: usize, status: Status, owner: &str) -> Row {
    Row {
        goal: format!("Mål {i}: lettere samarbeid med avdelingen"),
        ideas: "Bedre dialoger med de ansatte på korttidsavdelingen.".into(),
        measure: "Utarbeide en prosedyre for felles pasientforståelse.".into(),
        // Every third row without a Tiltakstype, as on a board partly filled in.
        kind: [Some(MeasureKind::Basis), Some(MeasureKind::Person), None][i % 3],
        level: [
            None,
            Some(MeasureLevel::Preventive),
            Some(MeasureLevel::Promoting),
        ][i % 3],
        owner: owner.into(),
        when_text: "i.a. februar".into(),
        due: Some(day(1 + (i % 12) as u32, 15)),
        status,
        result: String::new(),
        history: vec![
            StatusChange {
                on: day(1, 10),
                status: Status::InProgress,
                note: "Startet".into(),
            },
            StatusChange {
                on: day(2, 10),
                status,
                note: String::new(),
            },
        ],
        created_on: Some(day(1, 5)),
    }
}

/// Figures for the twelve months of 2025: `agreed` days a month, `lost(month)` of them lost.
pub fn months(agreed: f64, lost: impl Fn(u32) -> f64) -> Vec<AbsenceMonth> {
    (1..=12)
        .map(|m| {
            let month = YearMonth::new(2025, m).expect("a real month");
            AbsenceMonth::from_days(month, agreed, lost(m))
        })
        .collect()
}
