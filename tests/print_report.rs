//! The year report read back: the PDF is opened with poppler's tools (pdfinfo, pdftotext)
//! and checked for page size, the figures of each month, the year to date, the target and
//! the gap in prosentpoeng, the status words, every measure and every milestone.

mod common;

use std::path::{Path, PathBuf};

use common::pdf::*;
use common::*;
use tavle::print::{self, Paper, What};
use tavle::{nb, year, Status};

/// Early October: January to September have figures, the last quarter is still to come.
fn today() -> chrono::NaiveDate {
    date(2025, 10, 5)
}

/// Prints the report and returns the PDF's path (kept alive by `dir`).
fn printed(dir: &Path, name: &str, board: &tavle::Board, paper: Option<Paper>) -> PathBuf {
    print_to(dir, name, board, What::Report, paper, today())
}

#[test]
fn the_report_is_a4_landscape_and_a3_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let b = report_board();
    let a4 = printed(dir.path(), "report-a4.pdf", &b, None);
    assert_eq!(info(&a4, "Page size"), "841.89 x 595.276 pts (A4)");
    let a3 = printed(dir.path(), "report-a3.pdf", &b, Some(Paper::A3));
    assert_eq!(info(&a3, "Page size"), "1190.55 x 841.89 pts (A3)");
    // The same design, scaled: as many pages on either paper.
    assert_eq!(info(&a4, "Pages"), info(&a3, "Pages"));
    let pages = print::layout(&b, What::Report, None, today()).unwrap();
    assert_eq!(info(&a4, "Pages"), pages.len().to_string());
}

/// The words on the same printed line as the first word `first` on page 1, left to right.
fn line_starting(words: &[Word], first: &str) -> String {
    lines_starting(words, first)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no «{first}» on page 1"))
}

/// For each word `first` on page 1: the words on its line from it on, left to right.
fn lines_starting(words: &[Word], first: &str) -> Vec<String> {
    words
        .iter()
        .filter(|w| w.page == 0 && w.text == first)
        .map(|w| line_from(words, w))
        .collect()
}

fn line_from(words: &[Word], w: &Word) -> String {
    let mut line: Vec<&Word> = words
        .iter()
        .filter(|o| o.page == 0 && (o.cy - w.cy).abs() < 2.0 && o.x >= w.x - 0.5)
        .collect();
    line.sort_by(|a, b| a.x.total_cmp(&b.x));
    line.iter()
        .map(|w| w.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_month_reads_back_with_its_figure_year_to_date_workdays_and_basis() {
    let dir = tempfile::tempdir().unwrap();
    let path = printed(dir.path(), "report.pdf", &report_board(), None);
    let ws = words(&path);
    for (month, want) in [
        (
            "januar",
            "januar 9,4 % 9,4 % 39,5 av 420 basert på dagsverk",
        ),
        (
            "februar",
            "februar 9,4 % 9,4 % 37,6 av 400 basert på dagsverk",
        ),
        ("mars", "mars 8,4 % 9,1 % 36,1 av 430 basert på dagsverk"),
        ("april", "april 8,1 % 8,8 % 33,2 av 410 basert på dagsverk"),
        // May was entered as a percentage: from May on the year to date is a mean.
        ("mai", "mai 7,9 % 8,6 % snitt av måneder"),
        ("juli", "juli 6,0 % 8,2 % 18 av 300 snitt av måneder"),
        (
            "september",
            "september 6,9 % 7,9 % 29 av 420 snitt av måneder",
        ),
        // Begun but without figures yet.
        ("oktober", "oktober –"),
    ] {
        let line = line_starting(&ws, month);
        assert!(line.starts_with(want), "«{want}» but read «{line}»");
    }
    assert_eq!(line_starting(&ws, "desember"), "desember");
    // The months table ends with the year to date.
    let ytd = lines_starting(&ws, "Hittil");
    assert!(
        ytd.iter()
            .any(|l| l == "Hittil i år 7,9 % snitt av måneder"),
        "{ytd:?}"
    );
}

#[test]
fn the_year_to_date_the_target_and_the_gap_in_prosentpoeng_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let b = report_board();
    let t = flat(&printed(dir.path(), "report.pdf", &b, None));
    let rep = year::year_report(&b, today());
    let ytd = rep.year_to_date.unwrap();
    assert_eq!(nb::pct(ytd.pct), "7,9 %");
    for want in [
        "Årsrapport 2025 – Hjemmesykepleien",
        "Forbedringstavle og Prosjekt nærvær",
        "Tall og status per 05.10.2025",
        "Sykefravær hittil i år",
        "7,9 %",
        "snitt av måneder, 9 måneder",
        "Mål: 7,0 %",
        "Avstand til målet",
        "+0,9 prosentpoeng over målet",
        "Nærvær hittil i år",
        "92,1 % (mål 93,0 %)",
        // The chart's key.
        "Fravær per måned",
        "Mål 7,0 %",
    ] {
        assert!(t.contains(want), "«{want}» not in:\n{t}");
    }
    // A year below target says so, with a minus.
    let mut low = report_board();
    low.target_pct = Some(9.0);
    let t = flat(&printed(dir.path(), "low.pdf", &low, None));
    assert!(t.contains("−1,1 prosentpoeng under målet"), "{t}");
}

#[test]
fn the_status_key_has_the_norwegian_words_and_the_counts_add_up() {
    let dir = tempfile::tempdir().unwrap();
    let t = flat(&printed(dir.path(), "report.pdf", &report_board(), None));
    for status in Status::ALL {
        assert!(
            t.contains(&status.label_in(tavle::lang::Lang::Nb)),
            "{}",
            status.label_in(tavle::lang::Lang::Nb)
        );
    }
    assert!(t.contains("Tom rute: måneden er ikke begynt"));
    for want in [
        "Antall per status",
        "Tiltak måned for måned",
        "Hva vi oppnådde",
        "2 av 5 tiltak fullført · 1 av 2 delmål nådd",
        "Totalt 5",
    ] {
        assert!(t.contains(want), "«{want}» not in:\n{t}");
    }
}

#[test]
fn every_measure_result_and_milestone_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let b = report_board();
    let path = printed(dir.path(), "report.pdf", &b, None);
    let pages = print::layout(&b, What::Report, None, today()).unwrap();
    // Each word goes to the measure cell that holds its centre; in reading order a cell's
    // words give back its goal and measure.
    let mut cells: Vec<Vec<Placed>> = vec![Vec::new(); b.rows.len()];
    for w in words(&path) {
        if let Some((row, 0)) = cell_of(&pages, &w) {
            cells[row].push((w.page, (w.cy * 2.0).round() as i64, w.x, w.text));
        }
    }
    for (i, row) in b.rows.iter().enumerate() {
        let text = in_reading_order(std::mem::take(&mut cells[i]));
        assert_eq!(
            squeeze(&text),
            squeeze(&format!("{}{}", row.goal, row.measure)),
            "measure {}",
            i + 1
        );
    }
    let t = flat(&path);
    for row in b.rows.iter().filter(|r| !r.result.is_empty()) {
        assert!(t.contains(&row.result), "{}", row.result);
    }
    assert!(
        t.contains("Faghjul på plass 15.03.2025 ✓ 10.03.2025"),
        "{t}"
    );
    assert!(
        t.contains("Fravær under 9 % i tre måneder på rad 30.06.2025 Ikke nådd"),
        "{t}"
    );
    let n = pages.len();
    assert!(t.contains(&format!("side {n} av {n}")));
    assert!(t.contains("Skrevet ut 05.10.2025"));
}

#[test]
fn a_month_with_few_workdays_carries_a_star_and_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let mut b = report_board();
    b.absence[0] = tavle::AbsenceMonth::from_days("2025-01".parse().unwrap(), 80.0, 6.0);
    let t = flat(&printed(dir.path(), "small.pdf", &b, None));
    assert!(t.contains("januar 7,5 % *"), "{t}");
    assert!(
        t.contains("* Under 100 avtalte dagsverk i måneden: tallet kan peke på enkeltpersoner."),
        "{t}"
    );
    let t = flat(&printed(dir.path(), "report.pdf", &report_board(), None));
    assert!(!t.contains("enkeltpersoner"));
}

#[test]
fn an_empty_board_still_prints_a_report_that_says_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let b = tavle::Board::new("Kjøkkenet", 2025);
    let path = printed(dir.path(), "empty.pdf", &b, None);
    let t = flat(&path);
    for want in [
        "Årsrapport 2025 – Kjøkkenet",
        "ingen tall ennå",
        "Mål: ikke satt",
        "Tavlen har ingen tiltak.",
        "Ingen resultater er skrevet inn ennå.",
        "Planen har ingen delmål.",
    ] {
        assert!(t.contains(want), "«{want}» not in:\n{t}");
    }
    let pages: usize = info(&path, "Pages").parse().unwrap();
    assert!(pages <= 2, "{pages} pages for an empty board");
}

/// The report board's measures with Tiltakstype and Innsats set by hand: 3 basis,
/// 2 person, 1 project and the rest without a type; 2 helsefremmende, 3 forebyggende,
/// 1 reparerende and the rest without an Innsats.
fn report_board_with_kinds() -> (tavle::Board, usize) {
    use tavle::model::{MeasureKind::*, MeasureLevel::*};
    let mut b = report_board();
    let kinds = [
        Some(Basis),
        Some(Basis),
        Some(Basis),
        Some(Person),
        Some(Person),
        Some(Project),
    ];
    let levels = [
        Some(Promoting),
        Some(Promoting),
        Some(Preventive),
        Some(Preventive),
        Some(Preventive),
        Some(Repairing),
    ];
    while b.rows.len() < 8 {
        let mut row = b.rows[0].clone();
        row.measure = format!("Ekstra tiltak {}", b.rows.len() + 1);
        b.rows.push(row);
    }
    for (i, row) in b.rows.iter_mut().enumerate() {
        row.kind = kinds.get(i).copied().flatten();
        row.level = levels.get(i).copied().flatten();
    }
    let n = b.rows.len();
    (b, n)
}

#[test]
fn the_measures_are_counted_by_tiltakstype_and_innsats_in_bokmal_and_nynorsk() {
    let dir = tempfile::tempdir().unwrap();
    let (b, n) = report_board_with_kinds();
    let nb_pdf = printed(dir.path(), "report-kinds.pdf", &b, None);
    let text = flat(&nb_pdf);
    let without = n - 6;
    assert!(
        text.contains(&format!(
            "Tiltak etter type: Basistiltak 3 · Persontiltak 2 · Prosjekttiltak 1 · uten type {without}"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "Tiltak etter innsats: Helsefremmende 2 · Forebyggende 3 · Reparerende 1 · uten innsats {without}"
        )),
        "{text}"
    );
    // Over the measures' table, under its heading.
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s}: {text}"));
    assert!(at("Tiltak måned for måned") < at("Tiltak etter type:"));
    let nn_pdf = print_in_to(
        dir.path(),
        "report-kinds-nn.pdf",
        &b,
        What::Report,
        None,
        today(),
        tavle::Lang::Nn,
    );
    let text = flat(&nn_pdf);
    assert!(
        text.contains(&format!(
            "Tiltak etter type: Basistiltak 3 · Persontiltak 2 · Prosjekttiltak 1 · utan type {without}"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "Tiltak etter innsats: Helsefremjande 2 · Førebyggjande 3 · Reparerande 1 · utan innsats {without}"
        )),
        "{text}"
    );
}

#[test]
fn a_board_without_tiltakstype_or_innsats_has_no_such_lines() {
    let dir = tempfile::tempdir().unwrap();
    let path = printed(dir.path(), "report-plain.pdf", &report_board(), None);
    let text = flat(&path);
    assert!(!text.contains("Tiltak etter type"), "{text}");
    assert!(!text.contains("Tiltak etter innsats"), "{text}");
}
