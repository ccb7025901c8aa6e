//! The year report's second section, Tiltak måned for måned: a row per measure with its
//! status in each month (tinted cell and marker) and its status now, never split over pages.

use super::{section_heading, section_titles, status_head, Repeat, Sections, MONTH_LETTERS};
use crate::flow::Flow;
use crate::font::PT_TO_MM;
use crate::layout::{PageLayout, Rect, Rgb, Role, Stroke, Style, EPS};
use crate::marker::{draw_marker, status_color, Marker};
use crate::sizes::ReportSizes;
use crate::table::{CellSpec, LaidRow, Para, RowSpec, Table};
use crate::typeset::Typesetter;
use tavle_model::lang::Lang;
use tavle_model::model::Status;
use tavle_model::year::{MeasureYear, MonthMark, YearReport};

/// The headings of the measures table around the twelve month letters, in `lang`.
pub fn measure_head(lang: Lang) -> [String; 3] {
    [
        "report-col-measure",
        "report-col-owner",
        "report-col-status-now",
    ]
    .map(|id| lang.text(id))
}

/// Where a measure's row landed: its page, its box and its twelve month cells (what the
/// layout tests check).
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedMeasure {
    pub index: usize,
    pub page: usize,
    pub row: Rect,
    pub months: [Rect; 12],
    /// What each month cell shows.
    pub status: [MonthMark; 12],
}

/// A status colour mixed with white: light enough for the marker on top to show, and to
/// vanish in a black-and-white copy where the marker's shape carries the meaning.
fn tint(c: Rgb) -> Rgb {
    let mix = |v: f32| v * 0.22 + 0.78;
    Rgb(mix(c.0), mix(c.1), mix(c.2))
}

/// Widths of the measures table's two text columns sharing `total`: the owner column as
/// wide as its longest text needs, but between a fifth and a third (and never narrower
/// than its longest word); the goal and measure get the rest.
fn text_widths(ts: &Typesetter, rep: &YearReport, total: f64, sz: &ReportSizes) -> Vec<f64> {
    let body = Style::new(sz.body, false, Rgb::INK);
    let bold = Style::new(sz.body, true, Rgb::INK);
    let pad = 2.0 * sz.pad + 0.5;
    let owners = || rep.measures.iter().map(|m| m.owner.as_str());
    let longest_line = owners()
        .flat_map(str::lines)
        .map(|l| ts.width(l, body))
        .fold(ts.width(&measure_head(sz.lang)[1], bold), f64::max);
    let longest_word = owners()
        .flat_map(str::split_whitespace)
        .map(|w| ts.width(w, body))
        .fold(0.0, f64::max);
    let owner = (longest_line + pad)
        .clamp(total * 0.2, total / 3.0)
        .max((longest_word + pad).min(total / 3.0));
    vec![total - owner, owner]
}

/// The measures table: goal and measure, owner, twelve months, the status now; and its
/// header laid out (the month letters are drawn over it by [`month_letters`]).
pub(super) fn table(
    ts: &Typesetter,
    rep: &YearReport,
    content_w: f64,
    head_style: Style,
    sz: &ReportSizes,
) -> (Table, LaidRow) {
    let bold = Style::new(sz.body, true, Rgb::INK);
    let mm = sz.body * PT_TO_MM;
    let status_w = Status::ALL
        .iter()
        .map(|s| ts.width(&s.label_in(sz.lang), bold))
        .chain([ts.width(&status_head(rep, sz.lang), head_style)])
        .fold(0.0, f64::max)
        + 1.35 * mm
        + 2.0 * sz.pad
        + 0.5;
    let rest = content_w - 12.0 * sz.month_w - status_w;
    let mut widths = text_widths(ts, rep, rest, sz);
    widths.extend([sz.month_w; 12]);
    widths.push(status_w);
    let measures = super::table(widths, sz);
    let [measure, owner, _] = measure_head(sz.lang);
    let mut titles = vec![measure, owner];
    titles.extend(std::iter::repeat_n(String::new(), 12));
    titles.push(status_head(rep, sz.lang));
    let head = measures.lay(ts, &RowSpec::header(&titles, head_style));
    (measures, head)
}

/// Section 2, Tiltak måned for måned: the key, then the measures table, its header repeated
/// on every page it continues on; returns where each measure's row went.
pub(super) fn section(flow: &mut Flow, s: &Sections) -> Vec<PlacedMeasure> {
    let (ts, rep, sz) = (s.ts, s.rep, s.sz);
    let k = sz.k;
    let (measures, measures_head) = (&s.measures, &s.measures_head);
    let specs: Vec<RowSpec> = rep
        .measures
        .iter()
        .enumerate()
        .map(|(i, m)| measure_row(i, m, sz))
        .collect();
    let first_row = specs
        .first()
        .map_or(0.0, |s| measures.height(&measures.lay(ts, s)));
    let legend_h = Style::new(sz.small, false, Rgb::INK).line_height() * 2.0 + 2.0 * k;
    // The counts by Tiltakstype and Innsats, a line each, over the legend.
    let kinds_style = Style::new(sz.body, false, Rgb::INK);
    let p = flow.page().printable;
    let kinds_h: f64 = s
        .kind_lines
        .iter()
        .map(|l| ts.paragraph_height(l, p.w, kinds_style))
        .sum::<f64>()
        + if s.kind_lines.is_empty() {
            0.0
        } else {
            1.5 * k
        };
    let h = flow.page().height;
    // (A first row taller than a third of a page does not pull the heading along.)
    let keep = kinds_h
        + legend_h
        + measures.height(measures_head)
        + first_row.min((h - 2.0 * sz.margin) / 3.0);
    let mut y = section_heading(flow, ts, &section_titles(sz.lang)[1], keep, sz);
    let p = flow.page().printable;
    for line in &s.kind_lines {
        y = ts.paragraph(
            flow.page(),
            line,
            p.x,
            y,
            p.w,
            kinds_style,
            Role::Section(1),
            p,
        );
    }
    if !s.kind_lines.is_empty() {
        y += 1.5 * k;
    }
    flow.y = status_legend(flow.page(), ts, p, y, sz) + 2.0 * k;
    let mut placed = Vec::new();
    if rep.measures.is_empty() {
        let style = Style::new(sz.body, false, Rgb::GREY);
        let y = flow.y;
        flow.y += ts.line(
            flow.page(),
            &sz.lang.text("report-no-measures"),
            p.x,
            y,
            style,
            Role::Section(1),
            p,
        ) + 4.0 * k;
    } else {
        let hh = measures.height(measures_head);
        let y = flow.y;
        measures.draw(flow.page(), measures_head, y, hh);
        month_letters(flow.page(), ts, measures, y, hh, s.head);
        flow.y += hh;
        s.repeat.set(Repeat::Measures);
        let full = flow.full_page();
        for (i, (m, spec)) in rep.measures.iter().zip(specs).enumerate() {
            let mut row = measures.lay(ts, &spec);
            if measures.height(&row) > full + EPS {
                // Never split a measure's line: a text longer than a page is shortened
                // (the board print has it in full).
                let spec = shortened_measure_row(ts, i, m, measures, full, sz);
                row = measures.lay(ts, &spec);
            }
            let rh = measures.height(&row).min(full);
            if rh > flow.remaining() + EPS {
                flow.new_page();
            }
            let y = flow.y;
            measures.draw(flow.page(), &row, y, rh);
            let page = flow.pages.len() - 1;
            placed.push(month_markers(flow.page(), measures, i, m, page, y, rh, sz));
            flow.y += rh;
        }
        s.repeat.set(Repeat::Nothing);
        flow.y += 7.0 * k;
    }
    placed
}

/// The month letters of the measures header, centred over their cells.
pub(super) fn month_letters(
    page: &mut PageLayout,
    ts: &Typesetter,
    t: &Table,
    y: f64,
    h: f64,
    style: Style,
) {
    let mut x = t.x + t.widths[0] + t.widths[1];
    for (i, letter) in MONTH_LETTERS.iter().enumerate() {
        let w = t.widths[2 + i];
        let cell = Rect::new(x, y, w, h);
        let tw = ts.width(letter, style);
        ts.line(
            page,
            letter,
            x + (w - tw) / 2.0,
            y + t.pad,
            style,
            Role::ColumnHeader,
            cell,
        );
        x += w;
    }
}

/// A measure's row: goal and measure, owner, twelve month cells tinted by status, and
/// the status now (word and marker).
fn measure_row(i: usize, m: &MeasureYear, sz: &ReportSizes) -> RowSpec {
    measure_row_with(i, m, &m.goal, &m.measure, &m.owner, sz)
}

fn measure_row_with(
    i: usize,
    m: &MeasureYear,
    goal: &str,
    measure: &str,
    owner: &str,
    sz: &ReportSizes,
) -> RowSpec {
    let body = Style::new(sz.body, false, Rgb::INK);
    let bold = Style::new(sz.body, true, Rgb::INK);
    let role = |col| Role::Cell { row: i, col };
    let mut text = Vec::new();
    if !goal.trim().is_empty() {
        text.push(Para::new(goal, bold, role(0)));
    }
    if !measure.trim().is_empty() {
        text.push(Para::new(measure, body, role(0)).space_before(0.8 * sz.k));
    }
    let mut cells = vec![
        CellSpec {
            paras: text,
            ..CellSpec::default()
        },
        CellSpec {
            paras: vec![Para::new(owner, body, role(1))],
            ..CellSpec::default()
        },
    ];
    cells.extend(m.by_month.iter().map(|s| CellSpec {
        fill: Some(month_fill(*s)),
        ..CellSpec::default()
    }));
    cells.push(CellSpec {
        paras: vec![
            Para::new(m.status.label_in(sz.lang), bold, role(14)).marker(Marker::Status(m.status))
        ],
        ..CellSpec::default()
    });
    RowSpec {
        cells,
        fill: (i % 2 == 1).then_some(Rgb::SHADE),
        min_height: 0.0,
    }
}

/// A month cell's fill: its status's tint; white for a month not begun and for one before
/// the measure came on the board, even on a shaded row (the key tells them apart: the
/// latter has a dash).
fn month_fill(mark: MonthMark) -> Rgb {
    mark.status().map_or(Rgb::WHITE, |s| tint(status_color(s)))
}

/// The dash of a month before the measure came on the board, `s` wide, centred at `x` on
/// the line at `y`.
fn before_dash(page: &mut PageLayout, x: f64, y: f64, s: f64, k: f64) {
    page.line(
        (x - s * 0.6, y),
        (x + s * 0.6, y),
        Stroke::solid(Rgb::GREY, 0.35 * k),
    );
}

/// The row of a measure whose texts are longer than a page, cut to fit one with "…".
fn shortened_measure_row(
    ts: &Typesetter,
    i: usize,
    m: &MeasureYear,
    t: &Table,
    full: f64,
    sz: &ReportSizes,
) -> RowSpec {
    let body = Style::new(sz.body, false, Rgb::INK);
    let bold = Style::new(sz.body, true, Rgb::INK);
    let lines = (((full - 2.0 * t.pad - 0.8 * sz.k) / body.line_height()).floor() as usize)
        .saturating_sub(1)
        .max(2);
    let inner = |col: usize| t.widths[col] - 2.0 * t.pad;
    let goal = ts.capped(&m.goal, inner(0), bold, (lines / 3).max(1));
    let measure = ts.capped(
        &m.measure,
        inner(0),
        body,
        lines.saturating_sub(goal.len()).max(1),
    );
    let owner = ts.capped(&m.owner, inner(1), body, lines);
    measure_row_with(
        i,
        m,
        &goal.join("\n"),
        &measure.join("\n"),
        &owner.join("\n"),
        sz,
    )
}

/// Draws each month's status marker in its cell; returns where the cells are.
#[allow(clippy::too_many_arguments)]
fn month_markers(
    page: &mut PageLayout,
    t: &Table,
    index: usize,
    m: &MeasureYear,
    page_index: usize,
    y: f64,
    h: f64,
    sz: &ReportSizes,
) -> PlacedMeasure {
    let s = sz.body * PT_TO_MM * 0.95;
    let lh = Style::new(sz.body, false, Rgb::INK).line_height();
    let mut x = t.x + t.widths[0] + t.widths[1];
    let months: [Rect; 12] = std::array::from_fn(|i| {
        let r = Rect::new(x, y, t.widths[2 + i], h);
        x += t.widths[2 + i];
        r
    });
    // In line with the row's first line of text, like the status column's marker.
    let top = (y + t.pad + (lh - s) / 2.0).min(y + (h - s) / 2.0);
    for (cell, mark) in months.iter().zip(m.by_month) {
        match mark {
            MonthMark::Status(status) => draw_marker(
                page,
                Marker::Status(status),
                cell.x + (cell.w - s) / 2.0,
                top,
                s,
            ),
            MonthMark::BeforeOnBoard => {
                before_dash(page, cell.x + cell.w / 2.0, top + s / 2.0, s, sz.k)
            }
            MonthMark::NotBegun => {}
        }
    }
    PlacedMeasure {
        index,
        page: page_index,
        row: Rect::new(t.x, y, t.width(), h),
        months,
        status: m.by_month,
    }
}

/// The key to the month cells: each status's marker and word, and what an empty cell means.
fn status_legend(
    page: &mut PageLayout,
    ts: &Typesetter,
    area: Rect,
    y: f64,
    sz: &ReportSizes,
) -> f64 {
    let style = Style::new(sz.small, false, Rgb::INK);
    let lh = style.line_height();
    let s = sz.small * PT_TO_MM * 0.95;
    let gap = 5.0 * sz.k;
    let mut x = area.x;
    let mut y = y;
    let fits = |w: f64, x: &mut f64, y: &mut f64| {
        if *x + w > area.right() && *x > area.x {
            *x = area.x;
            *y += lh;
        }
    };
    for status in Status::ALL {
        // The cell as in the table: tinted, with the marker.
        let cell_w = s * 1.8;
        let label = status.label_in(sz.lang);
        let w = cell_w + 1.5 * sz.k + ts.width(&label, style);
        fits(w, &mut x, &mut y);
        page.rect(
            Rect::new(x, y, cell_w, lh),
            Some(tint(status_color(status))),
            Some(Stroke::solid(Rgb::RULE, 0.2 * sz.k)),
        );
        draw_marker(
            page,
            Marker::Status(status),
            x + (cell_w - s) / 2.0,
            y + (lh - s) / 2.0,
            s,
        );
        let tx = x + cell_w + 1.5 * sz.k;
        ts.line(page, &label, tx, y, style, Role::Text, area);
        x += w + gap;
    }
    // The two cells without a status: a month to come, and one before the measure.
    for (id, dash) in [("report-empty-cell", false), ("report-before-cell", true)] {
        let text = &sz.lang.text(id);
        let cell_w = s * 1.8;
        let w = cell_w + 1.5 * sz.k + ts.width(text, style);
        fits(w, &mut x, &mut y);
        page.rect(
            Rect::new(x, y, cell_w, lh),
            Some(Rgb::WHITE),
            Some(Stroke::solid(Rgb::RULE, 0.2 * sz.k)),
        );
        if dash {
            before_dash(page, x + cell_w / 2.0, y + lh / 2.0, s, sz.k);
        }
        ts.line(
            page,
            text,
            x + cell_w + 1.5 * sz.k,
            y,
            Style::new(sz.small, false, Rgb::GREY),
            Role::Text,
            area,
        );
        x += w + gap;
    }
    y + lh
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Shape;
    use crate::report::tests::{a3, a4, report_board, today};
    use crate::tests::assert_inside_and_apart;
    use tavle_model::year::year_report;

    #[test]
    fn every_measure_has_one_row_on_one_page_with_twelve_month_cells_in_order() {
        for (pages, placed) in [a4(&report_board(40)), a3(&report_board(40))] {
            assert!(pages.len() >= 4, "40 measures need pages: {}", pages.len());
            let indexes: Vec<usize> = placed.iter().map(|p| p.index).collect();
            assert_eq!(indexes, (0..40).collect::<Vec<_>>());
            for p in &placed {
                let page = &pages[p.page];
                assert!(page.printable.contains(&p.row), "measure {}", p.index);
                assert_eq!(p.months.len(), 12);
                for (i, cell) in p.months.iter().enumerate() {
                    assert!(p.row.contains(cell), "measure {} month {i}", p.index);
                    assert!((cell.y - p.row.y).abs() < EPS && (cell.h - p.row.h).abs() < EPS);
                    if i > 0 {
                        assert!((cell.x - p.months[i - 1].right()).abs() < EPS);
                    }
                }
                // The row's text is all on its page: a row is never split.
                for (n, other) in pages.iter().enumerate() {
                    let here = other
                        .texts
                        .iter()
                        .any(|t| matches!(t.role, Role::Cell { row, .. } if row == p.index));
                    assert_eq!(here, n == p.page, "measure {} on page {n}", p.index);
                }
            }
            // Rows on the same page follow each other without overlapping.
            for w in placed.windows(2) {
                if w[0].page == w[1].page {
                    assert!(w[1].row.y >= w[0].row.bottom() - EPS);
                    assert!(!w[0].row.overlaps(&w[1].row));
                }
            }
        }
    }

    #[test]
    fn month_cells_carry_the_status_at_the_months_end_and_are_empty_before_they_begin() {
        let b = report_board(6);
        let (pages, placed) = a4(&b);
        let rep = year_report(&b, today());
        for p in &placed {
            assert_eq!(p.status, rep.measures[p.index].by_month);
            // January to October have begun (today is 5 October); November and December not.
            assert!(p.status[..10].iter().all(|m| m.status().is_some()));
            assert_eq!(p.status[10..], [MonthMark::NotBegun, MonthMark::NotBegun]);
            let page = &pages[p.page];
            for (cell, status) in p.months.iter().zip(p.status) {
                // The cell's own fill: the status's tint, or white when not begun.
                let want = month_fill(status);
                assert!(page.shapes.iter().any(|s| matches!(s,
                    Shape::Rect { rect, fill: Some(f), .. } if rect == cell && *f == want)));
                // A marker inside the cell (any shape smaller than the cell), only when begun.
                let markers = page
                    .shapes
                    .iter()
                    .filter(|s| {
                        let r = s.bounds();
                        cell.contains(&r) && r.w < cell.w - EPS && r.h < cell.h - EPS
                    })
                    .count();
                assert_eq!(
                    markers > 0,
                    status.status().is_some(),
                    "{cell:?} {status:?}"
                );
            }
        }
        // The six statuses give six different cell colours.
        let mut tints: Vec<Rgb> = Status::ALL.iter().map(|s| tint(status_color(*s))).collect();
        tints.dedup();
        assert_eq!(tints.len(), 6);
    }

    #[test]
    fn months_before_a_measure_came_on_the_board_have_a_dash_and_a_line_in_the_key() {
        let mut b = report_board(2);
        // Came on the board in May (from the workshop, say) and has no history yet.
        b.rows[1].history.clear();
        b.rows[1].status = Status::NotStarted;
        b.rows[1].created_on = Some(crate::tests::date(2025, 5, 12));
        let (pages, placed) = a4(&b);
        let p = &placed[1];
        assert_eq!(p.status[..4], [MonthMark::BeforeOnBoard; 4]);
        assert_eq!(p.status[4], MonthMark::Status(Status::NotStarted));
        let page = &pages[p.page];
        for (i, cell) in p.months.iter().enumerate().take(10) {
            // White, not the tint of Ikke startet; a grey dash inside, no status marker.
            let fill = if i < 4 {
                Rgb::WHITE
            } else {
                tint(status_color(Status::NotStarted))
            };
            assert!(page.shapes.iter().any(|s| matches!(s,
                Shape::Rect { rect, fill: Some(f), .. } if rect == cell && *f == fill)));
            let inside: Vec<&Shape> = page
                .shapes
                .iter()
                .filter(|s| {
                    let r = s.bounds();
                    cell.contains(&r) && r.w < cell.w - EPS && r.h < cell.h - EPS
                })
                .collect();
            let dash = inside.iter().any(|s| {
                matches!(s, Shape::Path { points, closed: false, .. }
                    if points.len() == 2 && (points[0].1 - points[1].1).abs() < EPS)
            });
            assert_eq!(dash, i < 4, "month {}", i + 1);
            assert!(!inside.is_empty(), "month {}", i + 1);
        }
        // The key says what the dash means, apart from a month not begun.
        let text = page.text();
        assert!(text.contains("Strek: før tiltaket kom på tavlen"), "{text}");
        assert!(text.contains("Tom rute: måneden er ikke begynt"), "{text}");
    }

    #[test]
    fn every_page_with_measures_repeats_the_header_above_its_rows() {
        let (pages, placed) = a4(&report_board(40));
        let head = measure_head(Lang::Nb);
        let mut want: Vec<&str> = head.iter().map(String::as_str).collect();
        want.extend(MONTH_LETTERS);
        want.sort_unstable();
        let on: std::collections::BTreeSet<usize> = placed.iter().map(|p| p.page).collect();
        assert!(on.len() >= 3);
        for n in on {
            let page = &pages[n];
            let head_y = page.texts.iter().find(|t| t.text == head[0]).unwrap().y;
            // The header's texts all sit on its one line (other tables have their own).
            let mut heads: Vec<&str> = page
                .texts
                .iter()
                .filter(|t| t.role == Role::ColumnHeader && (t.y - head_y).abs() < EPS)
                .map(|t| t.text.as_str())
                .collect();
            heads.sort_unstable();
            assert_eq!(heads, want, "page {}", n + 1);
            let first_row = placed.iter().find(|p| p.page == n).unwrap().row.y;
            assert!(head_y < first_row, "page {}", n + 1);
        }
        // The continuation pages say whose report they are.
        assert!(pages[1]
            .text()
            .contains("Årsrapport 2025 – Hjemmesykepleien (forts.)"));
    }

    #[test]
    fn a_measure_longer_than_a_page_is_shortened_not_split() {
        let mut b = report_board(3);
        b.rows[1].measure =
            "Vi prøver ut nye ting på vaktene og skriver ned hva som virker. ".repeat(120);
        let (pages, placed) = a4(&b);
        assert_inside_and_apart(&pages);
        assert_eq!(placed.len(), 3);
        let long = &placed[1];
        assert!(long.row.h <= pages[long.page].printable.h);
        let text: String = pages[long.page]
            .texts
            .iter()
            .filter(|t| t.role == (Role::Cell { row: 1, col: 0 }))
            .map(|t| t.text.as_str())
            .collect();
        assert!(text.ends_with(" …"), "{text}");
        assert!(text.starts_with("Økt fagkompetanse"));
        assert!(!pages
            .iter()
            .any(|p| p.texts.iter().any(|t| t.role == Role::Continued)));
    }
}
