//! The year report, "Årsrapport {year} – {unit}": absence per month as a table and a chart
//! against the target ([`absence`]), every measure's status month by month ([`measures`]),
//! what was reached and the counts per status ([`reached`]); over the measures, their
//! counts by Tiltakstype and Innsats ([`kind_lines`]). The numbers come from
//! [`tavle_model::year`]; these modules only place them, with the board's table engine, font and
//! status markers. This one lays out the page flow: the header, the sections in order and
//! the table headers that continued pages repeat.
//!
//! A4 landscape is the design size; A3 scales everything by √2. Text is at least 9 pt on A4.

mod absence;
mod measures;
mod reached;
pub mod trend;

use std::cell::Cell;

use super::flow::{footer_room, footers, Flow};
use super::layout::{PageLayout, Rgb, Role, Stroke, Style, EPS};
use super::sizes::{lines, PageSpec, ReportSizes};
use super::table::{LaidRow, Table};
use super::titles;
use super::typeset::Typesetter;
use tavle_model::lang::Lang;
use tavle_model::model::{Board, MeasureKind, MeasureLevel, YearMonth};
use tavle_model::nb;
use tavle_model::trend::Trend;
use tavle_model::year::{year_report, YearReport};

pub use absence::{month_cells, month_head};
pub use measures::{measure_head, PlacedMeasure};

/// The month columns' headings.
pub use super::chart::MONTH_LETTERS;

/// The report's sections in `lang`, in order (also the `Role::Section` of their text).
pub fn section_titles(lang: Lang) -> [String; 4] {
    [
        "report-section-absence",
        "report-section-measures",
        "report-section-reached",
        "report-section-counts",
    ]
    .map(|id| lang.text(id))
}

/// The status column's heading: once the year is over the report tells its end, not now.
fn status_head(rep: &YearReport, lang: Lang) -> String {
    if rep.as_of >= YearMonth::new(rep.year, 12).map_or(rep.as_of, |m| m.last_day()) {
        lang.text("report-end-of-year")
    } else {
        lang.text("report-col-status-now")
    }
}

/// Which table's column header a new page repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Repeat {
    Nothing,
    Measures,
    Results,
    Milestones,
}

/// What the sections are laid out with: the typesetter, the year's numbers and sizes, and
/// the tables whose header a continued page repeats (`repeat` says which one, now).
struct Sections<'a> {
    ts: &'a Typesetter<'a>,
    rep: &'a YearReport,
    sz: &'a ReportSizes,
    /// The headers' text style.
    head: Style,
    measures: Table,
    measures_head: LaidRow,
    results: Table,
    results_head: LaidRow,
    milestones: Table,
    milestones_head: LaidRow,
    repeat: Cell<Repeat>,
    /// «Tiltak etter type: …» and «Tiltak etter innsats: …» over the measures' table;
    /// empty when no measure has a Tiltakstype or an Innsats.
    kind_lines: Vec<String>,
}

/// The board's measures counted by Tiltakstype and by Innsats, one line each in `lang`:
/// «Tiltak etter type: Basistiltak 3 · Persontiltak 2 · Prosjekttiltak 1 · uten type 2».
/// Nothing when no measure has either (a board that does not use them reads as before).
pub fn kind_lines(board: &Board, lang: Lang) -> Vec<String> {
    let rows = &board.rows;
    if rows.iter().all(|r| r.kind.is_none() && r.level.is_none()) {
        return Vec::new();
    }
    let (kinds, levels) = tavle_rollup::measure_counts(rows);
    let line = |id: &str, mut parts: Vec<String>, none_id: &str, counted: usize| {
        let none = rows.len() - counted;
        if none > 0 {
            parts.push(lang.format(none_id, &[("n", none.into())]));
        }
        lang.format(id, &[("counts", parts.join(" · ").into())])
    };
    let part = |label: String, n: usize| {
        lang.format(
            "report-count-part",
            &[("label", label.into()), ("n", n.into())],
        )
    };
    let kind_parts = MeasureKind::ALL
        .iter()
        .zip(kinds)
        .map(|(k, n)| part(k.label_in(lang), n))
        .collect();
    let level_parts = MeasureLevel::ALL
        .iter()
        .zip(levels)
        .map(|(l, n)| part(l.label_in(lang), n))
        .collect();
    vec![
        line(
            "report-kinds",
            kind_parts,
            "report-kind-none",
            kinds.iter().sum(),
        ),
        line(
            "report-levels",
            level_parts,
            "report-level-none",
            levels.iter().sum(),
        ),
    ]
}

/// A table of the report with `widths`, at the left margin.
fn table(widths: Vec<f64>, sz: &ReportSizes) -> Table {
    Table {
        x: sz.margin,
        widths,
        pad: sz.pad,
        stripe: 0.0,
        grid: Stroke::solid(Rgb::RULE, 0.3 * sz.k),
        continued: Style::new(sz.body, true, Rgb::GREY),
    }
}

/// Lays out the report on `spec`'s paper (landscape), with the unit's run chart `trend`
/// on a page of its own.
pub(crate) fn pages(
    ts: &Typesetter,
    board: &Board,
    trend: &Trend,
    spec: &PageSpec,
) -> Vec<PageLayout> {
    lay_out(ts, board, trend, spec).0
}

/// The pages, and where each measure's row went.
pub(crate) fn lay_out(
    ts: &Typesetter,
    board: &Board,
    trend: &Trend,
    spec: &PageSpec,
) -> (Vec<PageLayout>, Vec<PlacedMeasure>) {
    let rep = year_report(board, spec.today);
    let sz = ReportSizes::new(spec.k, spec.lang);
    let (k, (w, h)) = (spec.k, spec.size);
    let content_w = w - 2.0 * sz.margin;
    let head = Style::new(sz.body, true, Rgb::WHITE);
    let (measures, measures_head) = measures::table(ts, &rep, content_w, head, &sz);
    let (results, results_head, milestones, milestones_head) =
        reached::tables(ts, &rep, content_w, head, &sz);
    let sections = Sections {
        ts,
        rep: &rep,
        sz: &sz,
        head,
        measures,
        measures_head,
        results,
        results_head,
        milestones,
        milestones_head,
        repeat: Cell::new(Repeat::Nothing),
        kind_lines: kind_lines(board, spec.lang),
    };

    let title = titles::report(rep.year, &rep.unit, sz.lang);
    let running = titles::continued(&title, sz.lang);
    let start = |page: &mut PageLayout, index: usize| {
        let p = page.printable;
        let mut y = if index == 0 {
            first_header(page, ts, &rep, &title, &sz)
        } else {
            let style = Style::new(sz.sub, true, Rgb::DARK);
            let mut y = p.y;
            for l in ts.capped(&running, p.w, style, lines::ONE) {
                y += ts.line(page, &l, p.x, y, style, Role::Heading, p);
            }
            y + 3.0 * k
        };
        let t = &sections;
        let (table, head) = match t.repeat.get() {
            Repeat::Nothing => return y,
            Repeat::Measures => (&t.measures, &t.measures_head),
            Repeat::Results => (&t.results, &t.results_head),
            Repeat::Milestones => (&t.milestones, &t.milestones_head),
        };
        let hh = table.height(head);
        table.draw(page, head, y, hh);
        if t.repeat.get() == Repeat::Measures {
            measures::month_letters(page, ts, table, y, hh, t.head);
        }
        y += hh;
        y
    };
    let mut flow = Flow::new(w, h, sz.margin, footer_room(sz.footer), start);

    // 1. Sykefravær: fits under the header of the first page by design.
    let y = section_heading(&mut flow, ts, &section_titles(sz.lang)[0], 0.0, &sz);
    flow.y = absence::section(flow.page(), ts, &rep, y, &sz) + 7.0 * k;
    // 4. Antall per status, under the figures: the first page is the year at a glance.
    reached::counts(&mut flow, ts, &rep, content_w, &sz);
    // 5. Seriediagram: the unit's months across its years, on a page of its own.
    trend::section(&mut flow, ts, trend, &sz);
    // 2. Tiltak måned for måned.
    let placed = measures::section(&mut flow, &sections);
    // 3. Hva vi oppnådde.
    reached::section(&mut flow, &sections);

    let mut pages = flow.pages;
    footers(&mut pages, ts, spec, &title, sz.footer);
    (pages, placed)
}

/// The first page's header: title, subtitle, main goal and the date the figures are from.
fn first_header(
    page: &mut PageLayout,
    ts: &Typesetter,
    rep: &YearReport,
    title: &str,
    sz: &ReportSizes,
) -> f64 {
    let k = sz.k;
    let p = page.printable;
    let mut y = p.y;
    let style = Style::new(sz.title, true, Rgb::DARK);
    for l in ts.capped(title, p.w, style, lines::TITLE) {
        y += ts.line(page, &l, p.x, y, style, Role::Title, p);
    }
    let sub = Style::new(sz.subtitle, true, Rgb::INK);
    y += ts.line(
        page,
        &sz.lang.text("report-subtitle"),
        p.x,
        y,
        sub,
        Role::Heading,
        p,
    );
    y += 1.5 * k;
    let body = Style::new(sz.body, false, Rgb::INK);
    if !rep.main_goal.trim().is_empty() {
        let text = sz
            .lang
            .format("report-main-goal", &[("goal", rep.main_goal.trim().into())]);
        for l in ts.capped(&text, p.w, body, lines::REPORT_MAIN_GOAL) {
            y += ts.line(page, &l, p.x, y, body, Role::Text, p);
        }
    }
    let grey = Style::new(sz.small, false, Rgb::GREY);
    let end = tavle_model::model::YearMonth {
        year: rep.year,
        month: 12,
    }
    .last_day();
    let when = if rep.as_of >= end {
        sz.lang
            .format("report-whole-year", &[("year", rep.year.into())])
    } else {
        sz.lang.format(
            "report-as-of",
            &[
                ("date", nb::date(rep.as_of).into()),
                ("n", rep.months_begun.into()),
            ],
        )
    };
    y += ts.line(page, &when, p.x, y, grey, Role::Text, p);
    y + 4.0 * k
}

/// A section's heading with a rule under it, on a new page unless the heading and `keep`
/// mm of what follows fit; returns where the section's content starts.
fn section_heading(
    flow: &mut Flow,
    ts: &Typesetter,
    text: &str,
    keep: f64,
    sz: &ReportSizes,
) -> f64 {
    let style = Style::new(sz.heading, true, Rgb::DARK);
    let h = style.line_height() + 2.5 * sz.k;
    if h + keep > flow.remaining() + EPS {
        flow.new_page();
    }
    let y = flow.y;
    let p = flow.page().printable;
    ts.line(flow.page(), text, p.x, y, style, Role::Heading, p);
    let rule = y + style.line_height() + 0.6 * sz.k;
    flow.page().line(
        (p.x, rule),
        (p.right(), rule),
        Stroke::solid(Rgb::DARK, 0.5 * sz.k),
    );
    flow.y = y + h;
    flow.y
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::font::Metrics;
    use crate::tests::{assert_inside_and_apart, board, date};
    use tavle_model::model::{Status, StatusChange};

    pub(super) const A4: (f64, f64) = (297.0, 210.0);
    pub(super) const A3: (f64, f64) = (420.0, 297.0);

    pub(super) fn today() -> NaiveDate {
        date(2025, 10, 5)
    }

    /// `n` measures, each with a history that changes its status through the year.
    pub(super) fn report_board(n: usize) -> Board {
        let mut b = board(n);
        for (i, row) in b.rows.iter_mut().enumerate() {
            let first = Status::ALL[i % 6];
            row.history = vec![
                StatusChange {
                    on: date(2025, 2, 1 + (i % 20) as u32),
                    status: first,
                    note: String::new(),
                },
                StatusChange {
                    on: date(2025, 6, 30),
                    status: Status::ALL[(i + 2) % 6],
                    note: String::new(),
                },
            ];
            row.status = Status::ALL[(i + 2) % 6];
        }
        b
    }

    pub(super) fn laid(
        b: &Board,
        size: (f64, f64),
        k: f64,
    ) -> (Vec<PageLayout>, Vec<PlacedMeasure>) {
        let metrics = Metrics::new().unwrap();
        let ts = Typesetter { metrics: &metrics };
        let today = today();
        let trend = tavle_model::trend::unit_trend(std::slice::from_ref(b), &b.unit, None).unwrap();
        lay_out(
            &ts,
            b,
            &trend,
            &PageSpec {
                size,
                k,
                today,
                lang: Lang::Nb,
            },
        )
    }

    pub(super) fn a4(b: &Board) -> (Vec<PageLayout>, Vec<PlacedMeasure>) {
        laid(b, A4, 1.0)
    }

    pub(super) fn a3(b: &Board) -> (Vec<PageLayout>, Vec<PlacedMeasure>) {
        laid(b, A3, std::f64::consts::SQRT_2)
    }

    #[test]
    fn nothing_is_outside_its_box_or_the_page_and_no_text_overlaps() {
        for n in [0, 1, 5, 40] {
            for (pages, _) in [a4(&report_board(n)), a3(&report_board(n))] {
                assert_inside_and_apart(&pages);
            }
        }
        assert_inside_and_apart(&a4(&Board::new("Kjøkkenet", 2025)).0);
        // Long names, a small unit, a high month and no target: the absence section still
        // fits the first page (what follows moves on when it must).
        let mut b = report_board(4);
        b.unit =
            "Hjemmesykepleien og korttidsavdelingen i sone nord, sone sør og sentrum ".repeat(3);
        b.main_goal = "Pasientene skal kunne bo hjemme og bli så gode som mulig. ".repeat(8);
        b.target_pct = None;
        b.absence[0] =
            tavle_model::model::AbsenceMonth::from_days("2025-01".parse().unwrap(), 60.0, 40.0);
        for (pages, _) in [a4(&b), a3(&b)] {
            assert_inside_and_apart(&pages);
            let first = pages[0].text();
            assert!(first.contains("enkeltpersoner"), "{first}");
            assert!(first.contains("desember"), "{first}");
        }
    }

    #[test]
    fn text_is_at_least_9_pt_on_a4_and_a3_is_a4_scaled() {
        let b = report_board(12);
        let (four, placed4) = a4(&b);
        let (three, placed3) = a3(&b);
        for t in four.iter().flat_map(|p| &p.texts) {
            assert!(t.size_pt >= 9.0 - EPS, "{} at {} pt", t.text, t.size_pt);
        }
        assert_eq!(four.len(), three.len());
        let k = std::f64::consts::SQRT_2;
        for (a, b) in placed4.iter().zip(&placed3) {
            assert_eq!(a.page, b.page);
            assert!((a.row.y * k - b.row.y).abs() < 0.5, "{a:?} {b:?}");
        }
    }
}
