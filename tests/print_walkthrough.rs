//! Prints as the walkthrough found them, read back with pdfinfo and pdftotext: Prosjekt
//! nærvær on one page (A4 and A3), the year report telling its own year, and the board's
//! row numbers.

mod common;

use std::path::Path;

use common::pdf::*;
use tavle::print::{Paper, What};

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/hjemmesykepleien-2025.json"
);

fn example() -> tavle::Board {
    let file = std::fs::File::open(EXAMPLE).unwrap();
    tavle::exchange::read_board_json(std::io::BufReader::new(file)).unwrap()
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap()
}

fn print(dir: &Path, name: &str, board: &tavle::Board, what: What, paper: Option<Paper>) -> std::path::PathBuf {
    print_to(dir, name, board, what, paper, today())
}

#[test]
fn the_example_plan_is_one_page_on_a4_and_on_a3_with_the_target_on_it() {
    let dir = tempfile::tempdir().unwrap();
    let b = example();
    for paper in [Paper::A4, Paper::A3] {
        let pdf = print(dir.path(), &format!("plan-{paper:?}.pdf"), &b, What::Plan, Some(paper));
        assert_eq!(info(&pdf, "Pages"), "1", "{paper:?}");
        let t = squeeze(&text(&pdf));
        assert!(t.contains(&squeeze("Mål sykefravær")), "{t}");
        assert!(t.contains(&squeeze("7,0 %")), "{t}");
        assert!(t.contains(&squeeze("Sykefraværet i hjemmesykepleien")), "{t}");
    }
}

#[test]
fn a3_uses_its_space_for_bigger_text_than_a4() {
    let dir = tempfile::tempdir().unwrap();
    let b = example();
    let height = |paper| {
        let pdf = print(dir.path(), &format!("h-{paper:?}.pdf"), &b, What::Plan, Some(paper));
        let ws = words(&pdf);
        let w = ws.iter().find(|w| w.text == "Handlinger").expect("Handlinger");
        // The word's box height, from its centre and top.
        (w.cy - w.y) * 2.0
    };
    let (a4, a3) = (height(Paper::A4), height(Paper::A3));
    assert!(a3 > a4 * 1.2, "A3 {a3} vs A4 {a4}");
}

#[test]
fn a_plan_too_long_for_one_page_shrinks_first_and_only_then_continues() {
    let dir = tempfile::tempdir().unwrap();
    let mut b = example();
    // A little more than fits at full size: shrunk onto one page.
    b.plan.actions = format!("{}\n{}", b.plan.actions, "Faste samtaler og tavlemøter. ".repeat(20));
    let pdf = print(dir.path(), "plan-more.pdf", &b, What::Plan, None);
    assert_eq!(info(&pdf, "Pages"), "1");
    // Far too much: a second page, nothing cut.
    b.plan.actions = "Faste samtaler, faghjul og tavlemøter hver fjortende dag. ".repeat(120);
    let pdf = print(dir.path(), "plan-long.pdf", &b, What::Plan, None);
    assert_eq!(info(&pdf, "Pages"), "2");
    let all = squeeze(&text(&pdf));
    assert_eq!(all.matches("tavlemøterhverfjortendedag").count(), 120);
}
