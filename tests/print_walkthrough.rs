//! Prints as the walkthrough found them, read back with pdfinfo and pdftotext: Prosjekt
//! nærvær on one page (A4 and A3), the year report telling its own year, and the board's
//! row numbers.

mod common;

use std::path::Path;

use common::example_board;
use common::pdf::*;
use tavle::print::{Paper, What};

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap()
}

fn print(
    dir: &Path,
    name: &str,
    board: &tavle::Board,
    what: What,
    paper: Option<Paper>,
) -> std::path::PathBuf {
    print_to(dir, name, board, what, paper, today())
}

#[test]
fn the_example_plan_is_one_page_on_a4_and_on_a3_with_the_target_on_it() {
    let dir = tempfile::tempdir().unwrap();
    let b = example_board();
    for paper in [Paper::A4, Paper::A3] {
        let pdf = print(
            dir.path(),
            &format!("plan-{paper:?}.pdf"),
            &b,
            What::Plan,
            Some(paper),
        );
        assert_eq!(info(&pdf, "Pages"), "1", "{paper:?}");
        let t = squeeze(&text(&pdf));
        assert!(t.contains(&squeeze("Mål sykefravær")), "{t}");
        assert!(t.contains(&squeeze("7,0 %")), "{t}");
        assert!(
            t.contains(&squeeze("Sykefraværet i hjemmesykepleien")),
            "{t}"
        );
    }
}

#[test]
fn a3_uses_its_space_for_bigger_text_than_a4() {
    let dir = tempfile::tempdir().unwrap();
    let b = example_board();
    let height = |paper| {
        let pdf = print(
            dir.path(),
            &format!("h-{paper:?}.pdf"),
            &b,
            What::Plan,
            Some(paper),
        );
        let ws = words(&pdf);
        let w = ws
            .iter()
            .find(|w| w.text == "Handlinger")
            .expect("Handlinger");
        // The word's box height, from its centre and top.
        (w.cy - w.y) * 2.0
    };
    let (a4, a3) = (height(Paper::A4), height(Paper::A3));
    assert!(a3 > a4 * 1.2, "A3 {a3} vs A4 {a4}");
}

#[test]
fn a_plan_too_long_for_one_page_shrinks_first_and_only_then_continues() {
    let dir = tempfile::tempdir().unwrap();
    let mut b = example_board();
    // A little more than fits at full size: shrunk onto one page.
    b.plan.actions = format!(
        "{}\n{}",
        b.plan.actions,
        "Faste samtaler og tavlemøter. ".repeat(20)
    );
    let pdf = print(dir.path(), "plan-more.pdf", &b, What::Plan, None);
    assert_eq!(info(&pdf, "Pages"), "1");
    // Far too much: a second page, nothing cut.
    b.plan.actions = "Faste samtaler, faghjul og tavlemøter hver fjortende dag. ".repeat(120);
    let pdf = print(dir.path(), "plan-long.pdf", &b, What::Plan, None);
    assert_eq!(info(&pdf, "Pages"), "2");
    let all = squeeze(&text(&pdf));
    assert_eq!(all.matches("tavlemøterhverfjortendedag").count(), 120);
}

#[test]
fn the_board_print_numbers_its_rows_in_the_first_column() {
    let dir = tempfile::tempdir().unwrap();
    let b = example_board();
    let pdf = print(dir.path(), "board.pdf", &b, What::Board, None);
    let ws = words(&pdf);
    let goal_x = ws
        .iter()
        .find(|w| w.text == "MÅL")
        .map(|w| w.x)
        .expect("the Mål heading");
    for n in 1..=b.rows.len() {
        let number = ws
            .windows(2)
            .find(|p| p[0].text == "Rad" && p[1].text == n.to_string())
            .unwrap_or_else(|| panic!("«Rad {n}» not printed"));
        assert!(
            (number[0].x - goal_x).abs() < 20.0,
            "«Rad {n}» is not in the first column"
        );
    }
}

#[test]
fn the_year_report_counts_the_status_at_the_end_of_its_year() {
    let dir = tempfile::tempdir().unwrap();
    let mut b = example_board();
    let n = b.rows.len();
    let done_in_2025 = b
        .rows
        .iter()
        .filter(|r| r.status == tavle::Status::Done)
        .count();
    // One more finished on 10.01.2026: not part of 2025's story.
    let row = b
        .rows
        .iter_mut()
        .find(|r| r.status != tavle::Status::Done)
        .unwrap();
    row.history.push(tavle::StatusChange {
        on: chrono::NaiveDate::from_ymd_opt(2026, 1, 10).unwrap(),
        status: tavle::Status::Done,
        note: String::new(),
    });
    row.status = tavle::Status::Done;
    let pdf = print(dir.path(), "report.pdf", &b, What::Report, None);
    let t = text(&pdf);
    assert!(
        t.contains(&format!("{done_in_2025} av {n} tiltak fullført")),
        "{t}"
    );
    assert!(t.contains("status ved årets slutt"), "{t}");
}
