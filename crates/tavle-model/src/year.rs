//! The year's story of a board, as data: each measure's status month by month, the
//! absence months against the target, and what was reached. The year report prints this
//! (`print::pdf(…, What::Report, …)`); everything it shows is computed here.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::model::{AbsenceMonth, Board, Milestone, Row, Status, YearMonth};
use crate::stats::{self, Change, YearToDate};

/// The status in force at the end of `month`: the latest history entry on or before the
/// month's last day (of several on the same day, the one listed last). Before the first
/// recorded change a measure was Ikke startet; a row without history has had its current
/// status all along.
pub fn status_at_end_of(row: &Row, month: YearMonth) -> Status {
    // The history is read by its dates, not its order: a hand-edited file may list it out
    // of order, and the report must still tell the month's status.
    status_on(row, month.last_day())
}

/// The status in force on `day`: the latest history entry on or before it; before the
/// first recorded change, Ikke startet; without history, the row's status.
pub fn status_on(row: &Row, day: NaiveDate) -> Status {
    if row.history.is_empty() {
        return row.status;
    }
    row.history
        .iter()
        .filter(|c| c.on <= day)
        .max_by_key(|c| c.on)
        .map_or(Status::NotStarted, |c| c.status)
}

/// The day a row came on the board, as far as `year`'s report is concerned: the day it was
/// added when that was inside the year (or an earlier dated change, if the history was
/// back-dated); otherwise it counts as there all year.
fn on_board_from(row: &Row, year: i32) -> Option<NaiveDate> {
    let created = row.created_on.filter(|d| d.year() == year)?;
    let first_change = row.history.iter().map(|c| c.on).min();
    Some(first_change.map_or(created, |c| c.min(created)))
}

/// What a measure's cell for one month of the year report tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MonthMark {
    /// The month has not begun.
    NotBegun,
    /// The month was over before the measure came on the board: neither a status nor a
    /// month still to come.
    BeforeOnBoard,
    /// The status at the month's end (the status so far in the current month).
    Status(Status),
}

impl MonthMark {
    /// The status shown, if the cell shows one.
    pub fn status(self) -> Option<Status> {
        match self {
            MonthMark::Status(s) => Some(s),
            _ => None,
        }
    }
}

/// A row's status at the end of each month of `year`; months that have not begun by
/// `today` are [`MonthMark::NotBegun`] (the current one shows the status so far), and the
/// months that ended before the row was on the board are [`MonthMark::BeforeOnBoard`].
pub fn status_by_month(row: &Row, year: i32, today: NaiveDate) -> [MonthMark; 12] {
    let from = on_board_from(row, year);
    std::array::from_fn(|i| {
        let month = YearMonth {
            year,
            month: i as u32 + 1,
        };
        if month.first_day() > today {
            MonthMark::NotBegun
        } else if from.is_some_and(|d| d > month.last_day()) {
            MonthMark::BeforeOnBoard
        } else {
            MonthMark::Status(status_at_end_of(row, month))
        }
    })
}

/// The day a report made on `today` tells the status of: the end of its year once the year
/// is over, else today (a report of a year not yet begun tells the status now).
pub fn report_day(year: i32, today: NaiveDate) -> NaiveDate {
    let end = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX);
    today.min(end)
}

/// How many months of `year` have begun by `today` (0–12).
pub fn months_begun(year: i32, today: NaiveDate) -> usize {
    (1..=12)
        .filter(|&m| YearMonth { year, month: m }.first_day() <= today)
        .count()
}

/// One measure's line in the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeasureYear {
    pub goal: String,
    pub measure: String,
    pub owner: String,
    pub status: Status,
    pub result: String,
    /// Each month's cell, January first.
    pub by_month: [MonthMark; 12],
}

/// One month's absence in the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthFigure {
    pub month: YearMonth,
    pub pct: f64,
    /// Year to date up to and including this month.
    pub year_to_date: YearToDate,
    /// Agreed and lost workdays, when the month was entered as workdays.
    pub days: Option<(f64, f64)>,
    /// So few workdays that the percentage may point to one person ([`stats::is_small_unit`]).
    pub small_unit: bool,
}

/// Everything the year report shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearReport {
    pub year: i32,
    pub unit: String,
    pub main_goal: String,
    /// The day the report was made: months after it have no status yet.
    pub as_of: NaiveDate,
    /// Months of the year begun by `as_of` (0–12).
    pub months_begun: usize,
    /// The year's months with a figure, in order (at most one per month).
    pub months: Vec<MonthFigure>,
    pub year_to_date: Option<YearToDate>,
    pub target_pct: Option<f64>,
    /// Year to date against the target, when both exist: positive is above the target.
    pub gap: Option<Change>,
    /// Nærvær hittil i år (100 − year to date).
    pub presence: Option<f64>,
    pub measures: Vec<MeasureYear>,
    /// The plan's milestones (Delmål), reached or not.
    pub milestones: Vec<Milestone>,
    /// Every status in `Status::ALL` order with its count (zero included).
    pub counts: Vec<(Status, usize)>,
    /// Some month had so few workdays that its figure may point to one person.
    pub small_unit: bool,
}

impl YearReport {
    /// The measures that have a result written down, in board order.
    pub fn results(&self) -> impl Iterator<Item = &MeasureYear> {
        self.measures.iter().filter(|m| !m.result.trim().is_empty())
    }

    /// How many milestones are reached.
    pub fn milestones_reached(&self) -> usize {
        self.milestones
            .iter()
            .filter(|m| m.reached_on.is_some())
            .count()
    }

    /// The figure for month 1–12, if entered.
    pub fn month(&self, month: u32) -> Option<&MonthFigure> {
        self.months.iter().find(|m| m.month.month == month)
    }
}

/// The board's absence months that belong in its year's report: of the board's year, a
/// real month, a finite percentage; of two entries for one month the later one counts.
/// (Unvalidated numbers are left out rather than printed wrong.)
fn usable_months(board: &Board) -> Vec<AbsenceMonth> {
    let mut months: Vec<AbsenceMonth> = Vec::new();
    for m in &board.absence {
        let ok = m.month.year == board.year
            && (1..=12).contains(&m.month.month)
            && m.percent().is_some_and(f64::is_finite);
        if !ok {
            continue;
        }
        months.retain(|k| k.month != m.month);
        months.push(m.clone());
    }
    months.sort_by_key(|m| m.month);
    months
}

/// Builds the year report of a board as of `today`.
pub fn year_report(board: &Board, today: NaiveDate) -> YearReport {
    let absence = usable_months(board);
    let months: Vec<MonthFigure> = (0..absence.len())
        .filter_map(|i| {
            let m = &absence[i];
            Some(MonthFigure {
                month: m.month,
                pct: m.percent()?,
                year_to_date: stats::year_to_date(&absence[..=i])?,
                days: m.days(),
                small_unit: stats::is_small_unit(m),
            })
        })
        .collect();
    let year_to_date = stats::year_to_date(&absence).filter(|y| y.pct.is_finite());
    let target_pct = board.target_pct.filter(|t| t.is_finite());
    let gap = year_to_date
        .zip(target_pct)
        .map(|(ytd, target)| stats::gap_to_target(ytd.pct, target));
    // Counts and "status ved årets slutt" tell the report's year: a change made after it
    // (a 2025 measure finished in January 2026) is not part of the 2025 story.
    let day = report_day(board.year, today);
    let measures: Vec<MeasureYear> = board
        .rows
        .iter()
        .map(|row| MeasureYear {
            goal: row.goal.clone(),
            measure: row.measure.clone(),
            owner: row.owner.clone(),
            status: status_on(row, day),
            result: row.result.clone(),
            by_month: status_by_month(row, board.year, today),
        })
        .collect();
    let counts = Status::ALL
        .into_iter()
        .map(|s| (s, measures.iter().filter(|m| m.status == s).count()))
        .collect();
    YearReport {
        year: board.year,
        unit: board.unit.clone(),
        main_goal: board.main_goal.clone(),
        as_of: today,
        months_begun: months_begun(board.year, today),
        small_unit: months.iter().any(|m| m.small_unit),
        months,
        year_to_date,
        target_pct,
        gap,
        presence: year_to_date.map(|y| stats::presence(y.pct)),
        measures,
        milestones: board.plan.milestones.clone(),
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
        use MonthMark::{NotBegun, Status as S};
        use Status::*;
        assert_eq!(
            months,
            [
                S(NotStarted),
                S(InProgress),
                S(InProgress),
                S(Paused), // changed on the last day of April
                S(InProgress),
                S(Done),
                S(Done),
                S(Done), // August has begun: status so far
                NotBegun,
                NotBegun,
                NotBegun,
                NotBegun
            ]
        );
    }

    #[test]
    fn counts_and_status_tell_the_end_of_the_reports_year_not_today() {
        // Finished on 10.01.2026: the 2025 report says it was not started at the end of 2025.
        let mut board = Board::new("Hjemmesykepleien", 2025);
        board.rows = vec![
            Row {
                goal: "Fullført i januar året etter".into(),
                status: Status::Done,
                history: vec![change("2026-01-10", Status::Done)],
                ..Row::default()
            },
            Row {
                goal: "Pågår".into(),
                status: Status::InProgress,
                history: vec![change("2025-05-01", Status::InProgress)],
                ..Row::default()
            },
        ];
        let report = year_report(&board, d("2026-12-03"));
        assert_eq!(report.measures[0].status, Status::NotStarted);
        assert_eq!(
            report.measures[0].by_month[11],
            MonthMark::Status(Status::NotStarted)
        );
        assert_eq!(report.measures[1].status, Status::InProgress);
        let count = |s: Status| report.counts.iter().find(|(k, _)| *k == s).unwrap().1;
        assert_eq!(count(Status::Done), 0);
        assert_eq!(count(Status::NotStarted), 1);
        // Inside the year, the report tells the status on its date.
        let mid = year_report(&board, d("2025-03-01"));
        assert_eq!(mid.measures[1].status, Status::NotStarted);
    }

    #[test]
    fn months_before_a_measure_came_on_the_board_are_marked_as_before_it() {
        let row = Row {
            goal: "Lagt til i mai".into(),
            created_on: Some(d("2025-05-10")),
            ..Row::default()
        };
        let months = status_by_month(&row, 2025, d("2025-12-31"));
        // Neither a status nor a month to come: a mark of its own.
        assert!(
            months[..4].iter().all(|m| *m == MonthMark::BeforeOnBoard),
            "{months:?}"
        );
        assert!(months[4..]
            .iter()
            .all(|m| *m == MonthMark::Status(Status::NotStarted)));
        // Added in May with the year not over: June on has begun, December not yet.
        let months = status_by_month(&row, 2025, d("2025-06-03"));
        assert_eq!(months[3], MonthMark::BeforeOnBoard);
        assert_eq!(months[5], MonthMark::Status(Status::NotStarted));
        assert_eq!(months[6], MonthMark::NotBegun);
        // Added after the year (typed in afterwards): there all year.
        let late = Row {
            created_on: Some(d("2026-02-01")),
            ..row.clone()
        };
        assert!(status_by_month(&late, 2025, d("2026-12-31"))
            .iter()
            .all(|m| m.status().is_some()));
        // A back-dated change before the day it was added counts from the change.
        let back = Row {
            status: Status::InProgress,
            history: vec![change("2025-03-02", Status::InProgress)],
            ..row
        };
        let months = status_by_month(&back, 2025, d("2025-12-31"));
        assert_eq!(months[1], MonthMark::BeforeOnBoard);
        assert_eq!(months[2], MonthMark::Status(Status::InProgress));
    }

    #[test]
    fn a_row_without_history_keeps_its_status_all_year() {
        let row = Row {
            goal: "Ikke å miste de sykemeldte".into(),
            status: Status::Ongoing,
            ..Row::default()
        };
        let months = status_by_month(&row, 2025, d("2025-12-31"));
        assert!(months
            .iter()
            .all(|m| *m == MonthMark::Status(Status::Ongoing)));
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

    fn history(changes: &[(&str, Status)]) -> Row {
        Row {
            goal: "Økt fagkompetanse".into(),
            status: changes.last().map_or(Status::NotStarted, |c| c.1),
            history: changes.iter().map(|(on, s)| change(on, *s)).collect(),
            ..Row::default()
        }
    }

    fn ym(s: &str) -> YearMonth {
        s.parse().unwrap()
    }

    #[test]
    fn a_change_on_the_first_or_last_day_of_a_month_counts_for_that_month() {
        let row = history(&[
            ("2025-03-01", Status::InProgress),
            ("2025-05-31", Status::Done),
        ]);
        assert_eq!(status_at_end_of(&row, ym("2025-02")), Status::NotStarted);
        assert_eq!(status_at_end_of(&row, ym("2025-03")), Status::InProgress);
        assert_eq!(status_at_end_of(&row, ym("2025-04")), Status::InProgress);
        assert_eq!(status_at_end_of(&row, ym("2025-05")), Status::Done);
        // A change on the first of the next month does not reach back.
        let row = history(&[("2025-04-01", Status::Paused)]);
        assert_eq!(status_at_end_of(&row, ym("2025-03")), Status::NotStarted);
    }

    #[test]
    fn of_several_changes_in_one_month_the_last_one_wins() {
        let row = history(&[
            ("2025-06-02", Status::InProgress),
            ("2025-06-11", Status::Paused),
            ("2025-06-25", Status::InProgress),
        ]);
        assert_eq!(status_at_end_of(&row, ym("2025-06")), Status::InProgress);
        // Two changes on the same day: the one recorded last.
        let row = history(&[
            ("2025-06-02", Status::Done),
            ("2025-06-02", Status::Dropped),
        ]);
        assert_eq!(status_at_end_of(&row, ym("2025-06")), Status::Dropped);
    }

    #[test]
    fn a_history_out_of_order_is_read_by_its_dates() {
        let row = history(&[
            ("2025-09-01", Status::Done),
            ("2025-02-01", Status::InProgress),
        ]);
        assert_eq!(status_at_end_of(&row, ym("2025-03")), Status::InProgress);
        assert_eq!(status_at_end_of(&row, ym("2025-09")), Status::Done);
    }

    #[test]
    fn a_change_made_the_year_before_sets_january() {
        let row = history(&[
            ("2024-11-15", Status::Ongoing),
            ("2025-04-10", Status::Paused),
        ]);
        let months = status_by_month(&row, 2025, d("2025-12-31"));
        assert_eq!(months[0], MonthMark::Status(Status::Ongoing));
        assert_eq!(months[2], MonthMark::Status(Status::Ongoing));
        assert_eq!(months[3], MonthMark::Status(Status::Paused));
        assert_eq!(months[11], MonthMark::Status(Status::Paused));
    }

    #[test]
    fn months_that_have_not_begun_have_no_status() {
        let row = history(&[("2025-01-05", Status::InProgress)]);
        assert_eq!(
            status_by_month(&row, 2025, d("2024-12-31")),
            [MonthMark::NotBegun; 12]
        );
        let march = status_by_month(&row, 2025, d("2025-03-01"));
        assert_eq!(march.iter().filter_map(|m| m.status()).count(), 3);
        assert_eq!(months_begun(2025, d("2025-03-01")), 3);
        assert_eq!(months_begun(2025, d("2026-02-01")), 12);
        assert_eq!(months_begun(2025, d("2024-06-01")), 0);
    }

    fn board_with(absence: Vec<AbsenceMonth>) -> Board {
        let mut board = Board::new("Hjemmesykepleien", 2025);
        board.target_pct = Some(7.0);
        board.absence = absence;
        board
    }

    #[test]
    fn year_to_date_per_month_is_weighted_by_workdays_when_every_month_has_them() {
        let board = board_with(vec![
            AbsenceMonth::from_days(ym("2025-01"), 200.0, 30.0),
            AbsenceMonth::from_days(ym("2025-02"), 400.0, 20.0),
            AbsenceMonth::from_days(ym("2025-03"), 400.0, 20.0),
        ]);
        let report = year_report(&board, d("2025-04-02"));
        let ytd: Vec<String> = report
            .months
            .iter()
            .map(|m| crate::nb::pct(m.year_to_date.pct))
            .collect();
        assert_eq!(ytd, ["15,0 %", "8,3 %", "7,0 %"]);
        assert!(report
            .months
            .iter()
            .all(|m| m.year_to_date.basis == stats::YtdBasis::Workdays));
        assert_eq!(report.months[0].days, Some((200.0, 30.0)));
        assert_eq!(crate::nb::pct(report.presence.unwrap()), "93,0 %");
        assert_eq!(
            crate::nb::points(report.gap.unwrap().points),
            "0,0 prosentpoeng"
        );
    }

    #[test]
    fn year_to_date_is_the_mean_of_months_when_only_percentages_were_entered() {
        let board = board_with(vec![
            AbsenceMonth::from_pct(ym("2025-01"), 9.4),
            AbsenceMonth::from_pct(ym("2025-02"), 8.8),
        ]);
        let report = year_report(&board, d("2025-03-01"));
        let ytd = report.year_to_date.unwrap();
        assert_eq!(ytd.basis, stats::YtdBasis::MonthlyMean);
        assert_eq!(crate::nb::pct(ytd.pct), "9,1 %");
        assert_eq!(
            crate::nb::points(report.gap.unwrap().points),
            "+2,1 prosentpoeng"
        );
    }

    #[test]
    fn a_mix_switches_to_the_mean_from_the_first_month_with_only_a_percentage() {
        let board = board_with(vec![
            AbsenceMonth::from_days(ym("2025-01"), 200.0, 30.0),
            AbsenceMonth::from_days(ym("2025-02"), 400.0, 20.0),
            AbsenceMonth::from_pct(ym("2025-03"), 4.0),
        ]);
        let report = year_report(&board, d("2025-04-01"));
        let basis: Vec<_> = report.months.iter().map(|m| m.year_to_date.basis).collect();
        use stats::YtdBasis::*;
        assert_eq!(basis, [Workdays, Workdays, MonthlyMean]);
        // (15 + 5 + 4) / 3 = 8,0: each month counts once.
        assert_eq!(crate::nb::pct(report.months[2].year_to_date.pct), "8,0 %");
        assert_eq!(report.year_to_date.unwrap().basis, MonthlyMean);
    }

    #[test]
    fn a_month_with_few_workdays_is_flagged_as_a_small_unit() {
        let board = board_with(vec![
            AbsenceMonth::from_days(ym("2025-01"), 80.0, 4.0),
            AbsenceMonth::from_days(ym("2025-02"), 420.0, 4.0),
        ]);
        let report = year_report(&board, d("2025-03-01"));
        assert!(report.months[0].small_unit);
        assert!(!report.months[1].small_unit);
        assert!(report.small_unit);
        // A percentage alone says nothing about the unit's size.
        let pct = year_report(
            &board_with(vec![AbsenceMonth::from_pct(ym("2025-01"), 30.0)]),
            d("2025-03-01"),
        );
        assert!(!pct.small_unit);
    }

    #[test]
    fn months_of_other_years_and_broken_numbers_are_left_out() {
        let mut board = board_with(vec![
            AbsenceMonth::from_pct(ym("2024-12"), 11.2),
            AbsenceMonth::from_pct(ym("2025-02"), f64::NAN),
            AbsenceMonth::from_pct(
                YearMonth {
                    year: 2025,
                    month: 13,
                },
                5.0,
            ),
            AbsenceMonth::from_pct(ym("2025-03"), 9.0),
            AbsenceMonth::from_pct(ym("2025-03"), 8.0),
        ]);
        board.target_pct = Some(f64::INFINITY);
        let report = year_report(&board, d("2025-04-01"));
        assert_eq!(report.months.len(), 1);
        assert_eq!(report.months[0].month, ym("2025-03"));
        // Two entries for March: the later one counts.
        assert_eq!(report.months[0].pct, 8.0);
        assert_eq!(report.target_pct, None);
        assert_eq!(report.gap, None);
        let empty = year_report(&board_with(vec![]), d("2025-04-01"));
        assert_eq!(
            (empty.year_to_date, empty.gap, empty.presence),
            (None, None, None)
        );
    }

    #[test]
    fn what_was_reached_lists_results_and_milestones() {
        let mut board = board_with(vec![]);
        board.rows = vec![
            Row {
                goal: "A".into(),
                result: "Faghjul på plass".into(),
                status: Status::Done,
                ..Row::default()
            },
            Row {
                goal: "B".into(),
                result: "  ".into(),
                ..Row::default()
            },
        ];
        board.plan.milestones = vec![
            crate::model::Milestone {
                text: "Faghjul".into(),
                due: None,
                reached_on: Some(d("2025-03-10")),
            },
            crate::model::Milestone {
                text: "Under 9 %".into(),
                due: Some(d("2025-06-30")),
                reached_on: None,
            },
        ];
        let report = year_report(&board, d("2025-04-01"));
        let results: Vec<_> = report.results().map(|m| m.goal.as_str()).collect();
        assert_eq!(results, ["A"]);
        assert_eq!(report.milestones.len(), 2);
        assert_eq!(report.milestones_reached(), 1);
        assert_eq!(report.month(3), None);
    }
}
