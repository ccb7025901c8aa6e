//! Månedsgjennomgang: the order in which the leader walks through the measures each month.
//!
//! Only measures that are still alive are reviewed (not Fullført, not Avbrutt). The ones
//! that fell behind come first, the oldest due date first, because they need a decision;
//! then those with a due date, soonest first; then the rest in the board's own order.

use chrono::{Datelike, NaiveDate};

use crate::model::{Board, Row, Status, YearMonth};

/// A measure that is still to be followed up.
pub fn is_active(row: &Row) -> bool {
    !matches!(row.status, Status::Done | Status::Dropped)
}

/// The indices into `board.rows` of the measures to review on `today`, in review order.
pub fn review_order(board: &Board, today: NaiveDate) -> Vec<usize> {
    let mut order: Vec<usize> = (0..board.rows.len())
        .filter(|&i| is_active(&board.rows[i]))
        .collect();
    // Group 0: overdue; 1: has a due date; 2: no date. Within a group by due date, then the
    // board's order (the sort is stable, and `order` starts in board order).
    let key = |i: &usize| {
        let row = &board.rows[*i];
        let group = match row.due {
            _ if row.is_overdue(today) => 0,
            Some(_) => 1,
            None => 2,
        };
        (group, row.due)
    };
    order.sort_by_key(key);
    order
}

/// The month whose absence figures the review asks for on `today`: the month before, as the
/// figures for a month come after it ends; kept inside the board's year.
pub fn month_to_report(board_year: i32, today: NaiveDate) -> YearMonth {
    let (y, m) = match today.month() {
        1 => (today.year() - 1, 12),
        m => (today.year(), m - 1),
    };
    let month = match y.cmp(&board_year) {
        std::cmp::Ordering::Less => 1,
        std::cmp::Ordering::Greater => 12,
        std::cmp::Ordering::Equal => m,
    };
    YearMonth {
        year: board_year,
        month,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        crate::parse_date(s).unwrap()
    }

    fn row(goal: &str, status: Status, due: Option<&str>) -> Row {
        Row {
            goal: goal.into(),
            status,
            due: due.map(day),
            ..Row::default()
        }
    }

    fn goals(board: &Board, today: &str) -> Vec<String> {
        review_order(board, day(today))
            .into_iter()
            .map(|i| board.rows[i].goal.clone())
            .collect()
    }

    #[test]
    fn overdue_measures_come_first_oldest_first_then_by_due_date_then_the_rest_in_board_order() {
        let mut board = Board::new("Hjemmesykepleien", 2025);
        board.rows = vec![
            row("uten dato A", Status::NotStarted, None),
            row("frist i juni", Status::InProgress, Some("2025-06-30")),
            row("forsinket mars", Status::InProgress, Some("2025-03-31")),
            row("uten dato B", Status::Ongoing, None),
            row("forsinket februar", Status::NotStarted, Some("2025-02-28")),
            row("frist i mai", Status::NotStarted, Some("2025-05-15")),
        ];
        assert_eq!(
            goals(&board, "2025-04-10"),
            [
                "forsinket februar",
                "forsinket mars",
                "frist i mai",
                "frist i juni",
                "uten dato A",
                "uten dato B"
            ]
        );
    }

    #[test]
    fn finished_and_dropped_measures_are_not_reviewed() {
        let mut board = Board::new("Hjemmesykepleien", 2025);
        board.rows = vec![
            row("ferdig", Status::Done, Some("2025-01-31")),
            row("avbrutt", Status::Dropped, None),
            row("på vent", Status::Paused, None),
            row("løpende", Status::Ongoing, None),
        ];
        assert_eq!(goals(&board, "2025-04-10"), ["på vent", "løpende"]);
    }

    #[test]
    fn a_paused_measure_past_its_date_is_not_overdue_but_keeps_its_date_order() {
        let mut board = Board::new("Hjemmesykepleien", 2025);
        board.rows = vec![
            row("pågår, frist mai", Status::InProgress, Some("2025-05-01")),
            row("på vent, frist januar", Status::Paused, Some("2025-01-15")),
            row("forsinket", Status::InProgress, Some("2025-03-01")),
        ];
        assert_eq!(
            goals(&board, "2025-04-10"),
            ["forsinket", "på vent, frist januar", "pågår, frist mai"]
        );
    }

    #[test]
    fn an_empty_board_has_nothing_to_review() {
        assert!(review_order(&Board::new("X", 2025), day("2025-04-10")).is_empty());
    }

    #[test]
    fn the_review_asks_for_last_months_figures_within_the_boards_year() {
        let ym = |s: &str| s.parse::<YearMonth>().unwrap();
        assert_eq!(month_to_report(2025, day("2025-04-10")), ym("2025-03"));
        assert_eq!(month_to_report(2025, day("2026-01-08")), ym("2025-12"));
        assert_eq!(month_to_report(2025, day("2027-06-01")), ym("2025-12"));
        assert_eq!(month_to_report(2025, day("2025-01-20")), ym("2025-01"));
        assert_eq!(month_to_report(2026, day("2025-11-20")), ym("2026-01"));
    }
}
