//! The year's story of a board, as data: each measure's status month by month, the
//! absence months against the target, and what was reached. The year report prints this.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::{Board, Row, Status, YearMonth};
use crate::stats::{self, Change, YearToDate};

/// The status in force at the end of `month`: the latest history entry on or before the
/// month's last day. Before the first recorded change a measure was Ikke startet; a row
/// without history has had its current status all along.
pub fn status_at_end_of(row: &Row, month: YearMonth) -> Status {
    if row.history.is_empty() {
        return row.status;
    }
    let end = month.last_day();
    row.history
        .iter()
        .take_while(|c| c.on <= end)
        .last()
        .map_or(Status::NotStarted, |c| c.status)
}

/// A row's status at the end of each month of `year`; months that have not ended by
/// `today` are `None` (except the current one, which shows the status so far).
pub fn status_by_month(row: &Row, year: i32, today: NaiveDate) -> [Option<Status>; 12] {
    std::array::from_fn(|i| {
        let month = YearMonth {
            year,
            month: i as u32 + 1,
        };
        (month.first_day() <= today).then(|| status_at_end_of(row, month))
    })
}

/// One measure's line in the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeasureYear {
    pub goal: String,
    pub measure: String,
    pub owner: String,
    pub status: Status,
    pub result: String,
    pub by_month: [Option<Status>; 12],
}

/// One month's absence in the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthFigure {
    pub month: YearMonth,
    pub pct: f64,
    /// Year to date up to and including this month.
    pub year_to_date: YearToDate,
}

/// Everything the year report shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearReport {
    pub months: Vec<MonthFigure>,
    pub year_to_date: Option<YearToDate>,
    /// Year to date against the target, when both exist.
    pub gap: Option<Change>,
    pub measures: Vec<MeasureYear>,
    /// Every status in `Status::ALL` order with its count (zero included).
    pub counts: Vec<(Status, usize)>,
}

/// Builds the year report of a board as of `today`.
pub fn year_report(board: &Board, today: NaiveDate) -> YearReport {
    let mut absence = board.absence.clone();
    absence.sort_by_key(|m| m.month);
    let months = (0..absence.len())
        .filter_map(|i| {
            let pct = absence[i].percent()?;
            let ytd = stats::year_to_date(&absence[..=i])?;
            Some(MonthFigure {
                month: absence[i].month,
                pct,
                year_to_date: ytd,
            })
        })
        .collect();
    let year_to_date = stats::year_to_date(&absence);
    let gap = year_to_date
        .zip(board.target_pct)
        .map(|(ytd, target)| stats::gap_to_target(ytd.pct, target));
    let measures = board
        .rows
        .iter()
        .map(|row| MeasureYear {
            goal: row.goal.clone(),
            measure: row.measure.clone(),
            owner: row.owner.clone(),
            status: row.status,
            result: row.result.clone(),
            by_month: status_by_month(row, board.year, today),
        })
        .collect();
    let counts = Status::ALL
        .into_iter()
        .map(|s| (s, board.rows.iter().filter(|r| r.status == s).count()))
        .collect();
    YearReport {
        months,
        year_to_date,
        gap,
        measures,
        counts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AbsenceMonth, StatusChange};

    fn d(s: &str) -> NaiveDate {
        crate::model::parse_date(s).unwrap()
    }

    fn change(on: &str, status: Status) -> StatusChange {
        StatusChange {
            on: d(on),
            status,
            note: String::new(),
        }
    }

    #[test]
    fn the_status_of_each_month_is_rebuilt_from_the_history() {
        let row = Row {
            goal: "Økt fagkompetanse".into(),
            status: Status::Done,
            history: vec![
                change("2025-02-10", Status::InProgress),
                change("2025-04-30", Status::Paused),
                change("2025-05-02", Status::InProgress),
                change("2025-06-20", Status::Done),
            ],
            ..Row::default()
        };
        let months = status_by_month(&row, 2025, d("2025-08-15"));
        use Status::*;
        assert_eq!(
            months,
            [
                Some(NotStarted),
                Some(InProgress),
                Some(InProgress),
                Some(Paused), // changed on the last day of April
                Some(InProgress),
                Some(Done),
                Some(Done),
                Some(Done), // August has begun: status so far
                None,
                None,
                None,
                None
            ]
        );
    }

    #[test]
    fn a_row_without_history_keeps_its_status_all_year() {
        let row = Row {
            goal: "Ikke å miste de sykemeldte".into(),
            status: Status::Ongoing,
            ..Row::default()
        };
        let months = status_by_month(&row, 2025, d("2025-12-31"));
        assert!(months.iter().all(|m| *m == Some(Status::Ongoing)));
    }

    #[test]
    fn the_report_carries_year_to_date_per_month_and_counts() {
        let mut board = Board::new("Hjemmesykepleien", 2025);
        board.target_pct = Some(7.0);
        board.absence = vec![
            AbsenceMonth::from_days("2025-02".parse().unwrap(), 400.0, 20.0),
            AbsenceMonth::from_days("2025-01".parse().unwrap(), 200.0, 30.0),
        ];
        board.rows = vec![
            Row {
                goal: "A".into(),
                status: Status::Done,
                ..Row::default()
            },
            Row {
                goal: "B".into(),
                ..Row::default()
            },
        ];
        let report = year_report(&board, d("2025-03-01"));
        assert_eq!(report.months[0].month.to_string(), "2025-01");
        assert_eq!(crate::nb::pct(report.months[0].year_to_date.pct), "15,0 %");
        assert_eq!(crate::nb::pct(report.months[1].year_to_date.pct), "8,3 %");
        let gap = report.gap.unwrap();
        assert_eq!(crate::nb::points(gap.points), "+1,3 prosentpoeng");
        assert_eq!(report.counts[0], (Status::NotStarted, 1));
        assert_eq!(report.counts[2], (Status::Done, 1));
    }
}
