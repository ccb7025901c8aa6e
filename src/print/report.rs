//! The year report, "Årsrapport {year} – {unit}": absence per month as a table and a chart
//! against the target, every measure's status month by month, what was reached, and the
//! counts per status. The numbers come from [`crate::year`]; this module only places
//! them, with the board's table engine, font and status markers.
//!
//! A4 landscape is the design size; A3 scales everything by √2. Text is at least 9 pt on A4.

use std::cell::Cell;

use super::chart::{nice_top, scale_step, target_stroke, Plot};
use super::flow::{footer_room, footers, Flow};
use super::font::PT_TO_MM;
use super::layout::{PageLayout, Rect, Rgb, Role, Shape, Stroke, Style, EPS};
use super::marker::{draw_marker, status_color, Marker};
use super::sizes::{lines, PageSpec, ReportSizes};
use super::table::{CellSpec, Para, RowSpec, Table};
use super::titles;
use super::typeset::Typesetter;
use crate::model::{Board, Status, YearMonth};
use crate::nb;
use crate::stats::YtdBasis;
use crate::year::{year_report, MeasureYear, YearReport};

/// The month columns' headings.
pub use super::chart::MONTH_LETTERS;

/// The headings of the measures table around the twelve month letters.
pub const MEASURE_HEAD: [&str; 3] = ["Mål og tiltak", "Ansvar", "Status nå"];

/// The status column's heading: once the year is over the report tells its end, not now.
fn status_head(rep: &YearReport) -> &'static str {
    if rep.as_of >= YearMonth::new(rep.year, 12).map_or(rep.as_of, |m| m.last_day()) {
        "Ved årets slutt"
    } else {
        MEASURE_HEAD[2]
    }
}

/// The headings of the months table.
pub const MONTH_HEAD: [&str; 5] = [
    "Måned",
    "Fravær",
    "Hittil i år",
    "Tapte dagsverk",
    "Grunnlag",
];

/// The report's sections, in order (also the `Role::Section` of their text).
pub const SECTIONS: [&str; 4] = [
    "Sykefravær",
    "Tiltak måned for måned",
    "Hva vi oppnådde",
    "Antall per status",
];

/// Where a measure's row landed: its page, its box and its twelve month cells (what the
/// layout tests check).
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedMeasure {
    pub index: usize,
    pub page: usize,
    pub row: Rect,
    pub months: [Rect; 12],
    /// The status drawn in each month cell (`None`: left empty).
    pub status: [Option<Status>; 12],
}

/// Which table's column header a new page repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Repeat {
    Nothing,
    Measures,
    Results,
    Milestones,
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
        .fold(ts.width(MEASURE_HEAD[1], bold), f64::max);
    let longest_word = owners()
        .flat_map(str::split_whitespace)
        .map(|w| ts.width(w, body))
        .fold(0.0, f64::max);
    let owner = (longest_line + pad)
        .clamp(total * 0.2, total / 3.0)
        .max((longest_word + pad).min(total / 3.0));
    vec![total - owner, owner]
}

/// Lays out the report on `spec`'s paper (landscape).
pub(crate) fn pages(ts: &Typesetter, board: &Board, spec: &PageSpec) -> Vec<PageLayout> {
    lay_out(ts, board, spec).0
}

/// The pages, and where each measure's row went.
pub(crate) fn lay_out(
    ts: &Typesetter,
    board: &Board,
    spec: &PageSpec,
) -> (Vec<PageLayout>, Vec<PlacedMeasure>) {
    let rep = year_report(board, spec.today);
    let sz = ReportSizes::new(spec.k);
    let (k, (w, h)) = (spec.k, spec.size);
    let content_w = w - 2.0 * sz.margin;
    let x0 = sz.margin;
    let head_style = Style::new(sz.body, true, Rgb::WHITE);
    let grid = Stroke::solid(Rgb::RULE, 0.3 * k);
    let continued = Style::new(sz.body, true, Rgb::GREY);
    let table = |widths: Vec<f64>| Table {
        x: x0,
        widths,
        pad: sz.pad,
        stripe: 0.0,
        grid,
        continued,
    };

    // The measures table: text, owner, twelve months, the status now.
    let bold = Style::new(sz.body, true, Rgb::INK);
    let mm = sz.body * PT_TO_MM;
    let status_w = Status::ALL
        .iter()
        .map(|s| ts.width(s.label(), bold))
        .chain([ts.width(status_head(&rep), head_style)])
        .fold(0.0, f64::max)
        + 1.35 * mm
        + 2.0 * sz.pad
        + 0.5;
    let rest = content_w - 12.0 * sz.month_w - status_w;
    let mut widths = text_widths(ts, &rep, rest, &sz);
    widths.extend([sz.month_w; 12]);
    widths.push(status_w);
    let measures = table(widths);
    let mut titles = vec![MEASURE_HEAD[0], MEASURE_HEAD[1]];
    titles.extend([""; 12]);
    titles.push(status_head(&rep));
    let measures_head = measures.lay(ts, &RowSpec::header(&titles, head_style));

    // What was reached: results and milestones.
    let results = table(vec![content_w * 0.34, content_w * 0.5, content_w * 0.16]);
    let results_head = results.lay(
        ts,
        &RowSpec::header(&["Mål", "Resultat", status_head(&rep)], head_style),
    );
    let milestones = table(vec![content_w * 0.6, content_w * 0.18, content_w * 0.22]);
    let milestones_head = milestones.lay(
        ts,
        &RowSpec::header(&["Delmål", "Frist", "Nådd"], head_style),
    );

    let repeat = Cell::new(Repeat::Nothing);
    let title = titles::report(rep.year, &rep.unit);
    let running = titles::continued(&title);
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
        let (t, head) = match repeat.get() {
            Repeat::Nothing => return y,
            Repeat::Measures => (&measures, &measures_head),
            Repeat::Results => (&results, &results_head),
            Repeat::Milestones => (&milestones, &milestones_head),
        };
        let hh = t.height(head);
        t.draw(page, head, y, hh);
        if repeat.get() == Repeat::Measures {
            month_letters(page, ts, t, y, hh, head_style);
        }
        y += hh;
        y
    };
    let mut flow = Flow::new(w, h, sz.margin, footer_room(sz.footer), start);

    // 1. Sykefravær: fits under the header of the first page by design.
    let y = section_heading(&mut flow, ts, SECTIONS[0], 0.0, &sz);
    flow.y = absence(flow.page(), ts, &rep, y, &sz) + 7.0 * k;

    // 4. Antall per status, under the figures: the first page is the year at a glance.
    let count_table = table(vec![content_w / 7.0; 7]);
    let counts = counts_row(&rep, &sz);
    let ch = count_table.height(&count_table.lay(ts, &counts));
    section_heading(&mut flow, ts, SECTIONS[3], ch, &sz);
    flow.rows(ts, &count_table, [counts]);
    flow.y += 7.0 * k;

    // 2. Tiltak måned for måned.
    let specs: Vec<RowSpec> = rep
        .measures
        .iter()
        .enumerate()
        .map(|(i, m)| measure_row(i, m, &sz))
        .collect();
    let first_row = specs
        .first()
        .map_or(0.0, |s| measures.height(&measures.lay(ts, s)));
    let legend_h = Style::new(sz.small, false, Rgb::INK).line_height() * 2.0 + 2.0 * k;
    // (A first row taller than a third of a page does not pull the heading along.)
    let keep =
        legend_h + measures.height(&measures_head) + first_row.min((h - 2.0 * sz.margin) / 3.0);
    let y = section_heading(&mut flow, ts, SECTIONS[1], keep, &sz);
    let p = flow.page().printable;
    flow.y = status_legend(flow.page(), ts, p, y, &sz) + 2.0 * k;
    let mut placed = Vec::new();
    if rep.measures.is_empty() {
        let style = Style::new(sz.body, false, Rgb::GREY);
        let y = flow.y;
        flow.y += ts.line(
            flow.page(),
            "Tavlen har ingen tiltak.",
            p.x,
            y,
            style,
            Role::Section(1),
            p,
        ) + 4.0 * k;
    } else {
        let hh = measures.height(&measures_head);
        let y = flow.y;
        measures.draw(flow.page(), &measures_head, y, hh);
        month_letters(flow.page(), ts, &measures, y, hh, head_style);
        flow.y += hh;
        repeat.set(Repeat::Measures);
        let full = flow.full_page();
        for (i, (m, spec)) in rep.measures.iter().zip(specs).enumerate() {
            let mut row = measures.lay(ts, &spec);
            if measures.height(&row) > full + EPS {
                // Never split a measure's line: a text longer than a page is shortened
                // (the board print has it in full).
                let spec = shortened_measure_row(ts, i, m, &measures, full, &sz);
                row = measures.lay(ts, &spec);
            }
            let rh = measures.height(&row).min(full);
            if rh > flow.remaining() + EPS {
                flow.new_page();
            }
            let y = flow.y;
            measures.draw(flow.page(), &row, y, rh);
            let page = flow.pages.len() - 1;
            placed.push(month_markers(
                flow.page(),
                &measures,
                i,
                m,
                page,
                y,
                rh,
                &sz,
            ));
            flow.y += rh;
        }
        repeat.set(Repeat::Nothing);
        flow.y += 7.0 * k;
    }

    // 3. Hva vi oppnådde.
    let body = Style::new(sz.body, false, Rgb::INK);
    let sub = Style::new(sz.sub, true, Rgb::DARK);
    let done = rep
        .counts
        .iter()
        .find(|(s, _)| *s == Status::Done)
        .map_or(0, |c| c.1);
    let summary = format!(
        "{done} av {} tiltak fullført · {} av {} delmål nådd",
        rep.measures.len(),
        rep.milestones_reached(),
        rep.milestones.len()
    );
    let y = section_heading(&mut flow, ts, SECTIONS[2], 3.0 * sub.line_height(), &sz);
    let y = ts.paragraph(
        flow.page(),
        &summary,
        p.x,
        y,
        p.w,
        body,
        Role::Section(2),
        p,
    );
    flow.y = y + 3.0 * k;
    sub_heading(&mut flow, ts, "Resultater", sub, 3.0 * sub.line_height());
    let result_rows: Vec<RowSpec> = rep
        .results()
        .enumerate()
        .map(|(i, m)| result_row(i, m, &sz))
        .collect();
    table_or_none(
        &mut flow,
        ts,
        &repeat,
        Repeat::Results,
        &results,
        &results_head,
        result_rows,
        "Ingen resultater er skrevet inn ennå.",
        &sz,
    );
    sub_heading(
        &mut flow,
        ts,
        "Delmål i Prosjekt nærvær",
        sub,
        3.0 * sub.line_height(),
    );
    let milestone_rows: Vec<RowSpec> = rep
        .milestones
        .iter()
        .enumerate()
        .map(|(i, m)| milestone_row(i, m, &sz))
        .collect();
    table_or_none(
        &mut flow,
        ts,
        &repeat,
        Repeat::Milestones,
        &milestones,
        &milestones_head,
        milestone_rows,
        "Planen har ingen delmål.",
        &sz,
    );

    let mut pages = flow.pages;
    footers(&mut pages, ts, spec.today, &title, sz.footer);
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
        "Forbedringstavle og Prosjekt nærvær",
        p.x,
        y,
        sub,
        Role::Heading,
        p,
    );
    y += 1.5 * k;
    let body = Style::new(sz.body, false, Rgb::INK);
    if !rep.main_goal.trim().is_empty() {
        let text = format!("Hovedmål: {}", rep.main_goal.trim());
        for l in ts.capped(&text, p.w, body, lines::REPORT_MAIN_GOAL) {
            y += ts.line(page, &l, p.x, y, body, Role::Text, p);
        }
    }
    let grey = Style::new(sz.small, false, Rgb::GREY);
    let end = crate::model::YearMonth {
        year: rep.year,
        month: 12,
    }
    .last_day();
    let when = if rep.as_of >= end {
        format!("Hele året {} (status ved årets slutt)", rep.year)
    } else {
        format!(
            "Tall og status per {} ({} av 12 måneder er begynt)",
            nb::date(rep.as_of),
            rep.months_begun
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

/// A smaller heading inside a section, kept with `keep` mm of what follows.
fn sub_heading(flow: &mut Flow, ts: &Typesetter, text: &str, style: Style, keep: f64) {
    if style.line_height() + keep > flow.remaining() + EPS {
        flow.new_page();
    }
    let y = flow.y;
    let p = flow.page().printable;
    flow.y += ts.line(flow.page(), text, p.x, y, style, Role::Heading, p) + 1.0;
}

/// A table with its header (repeated on later pages), or a grey line when it has no rows.
#[allow(clippy::too_many_arguments)]
fn table_or_none(
    flow: &mut Flow,
    ts: &Typesetter,
    repeat: &Cell<Repeat>,
    which: Repeat,
    table: &Table,
    head: &super::table::LaidRow,
    rows: Vec<RowSpec>,
    none: &str,
    sz: &ReportSizes,
) {
    let p = flow.page().printable;
    if rows.is_empty() {
        let style = Style::new(sz.body, false, Rgb::GREY);
        let y = flow.y;
        flow.y += ts.line(flow.page(), none, p.x, y, style, Role::Section(2), p) + 5.0 * sz.k;
        return;
    }
    let hh = table.height(head);
    let first = table.height(&table.lay(ts, &rows[0]));
    if hh + first.min(flow.full_page() - hh) > flow.remaining() + EPS {
        flow.new_page();
    }
    let y = flow.y;
    table.draw(flow.page(), head, y, hh);
    flow.y += hh;
    repeat.set(which);
    flow.rows(ts, table, rows);
    repeat.set(Repeat::Nothing);
    flow.y += 5.0 * sz.k;
}

/// The month letters of the measures header, centred over their cells.
fn month_letters(page: &mut PageLayout, ts: &Typesetter, t: &Table, y: f64, h: f64, style: Style) {
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
        // A month not begun stays white even on a shaded row: "Tom rute" in the key.
        fill: Some(s.map_or(Rgb::WHITE, |s| tint(status_color(s)))),
        ..CellSpec::default()
    }));
    cells.push(CellSpec {
        paras: vec![Para::new(m.status.label(), bold, role(14)).marker(Marker::Status(m.status))],
        ..CellSpec::default()
    });
    RowSpec {
        cells,
        fill: (i % 2 == 1).then_some(Rgb::SHADE),
        min_height: 0.0,
    }
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
    for (cell, status) in months.iter().zip(m.by_month) {
        if let Some(status) = status {
            // In line with the row's first line of text, like the status column's marker.
            let top = (y + t.pad + (lh - s) / 2.0).min(y + (h - s) / 2.0);
            draw_marker(
                page,
                Marker::Status(status),
                cell.x + (cell.w - s) / 2.0,
                top,
                s,
            );
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
        let w = cell_w + 1.5 * sz.k + ts.width(status.label(), style);
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
        ts.line(page, status.label(), tx, y, style, Role::Text, area);
        x += w + gap;
    }
    let empty = "Tom rute: måneden er ikke begynt";
    let cell_w = s * 1.8;
    let w = cell_w + 1.5 * sz.k + ts.width(empty, style);
    fits(w, &mut x, &mut y);
    page.rect(
        Rect::new(x, y, cell_w, lh),
        Some(Rgb::WHITE),
        Some(Stroke::solid(Rgb::RULE, 0.2 * sz.k)),
    );
    ts.line(
        page,
        empty,
        x + cell_w + 1.5 * sz.k,
        y,
        Style::new(sz.small, false, Rgb::GREY),
        Role::Text,
        area,
    );
    y + lh
}

/// A result's row: the measure, its result, its status now.
fn result_row(i: usize, m: &MeasureYear, sz: &ReportSizes) -> RowSpec {
    let body = Style::new(sz.body, false, Rgb::INK);
    let bold = Style::new(sz.body, true, Rgb::INK);
    let role = Role::Section(2);
    let name = if m.goal.trim().is_empty() {
        &m.measure
    } else {
        &m.goal
    };
    RowSpec {
        cells: vec![
            CellSpec {
                paras: vec![Para::new(name, bold, role)],
                ..CellSpec::default()
            },
            CellSpec {
                paras: vec![Para::new(&m.result, body, role)],
                ..CellSpec::default()
            },
            CellSpec {
                paras: vec![
                    Para::new(m.status.label(), bold, role).marker(Marker::Status(m.status))
                ],
                ..CellSpec::default()
            },
        ],
        fill: (i % 2 == 1).then_some(Rgb::SHADE),
        min_height: 0.0,
    }
}

/// A milestone's row: ticked box and text, due date, and reached (with the date) or not.
fn milestone_row(i: usize, m: &crate::model::Milestone, sz: &ReportSizes) -> RowSpec {
    let body = Style::new(sz.body, false, Rgb::INK);
    let role = Role::Section(2);
    let reached = match m.reached_on {
        Some(on) => Para::new(
            format!("✓ {}", nb::date(on)),
            Style::new(sz.body, true, Rgb::GREEN),
            role,
        ),
        None => Para::new("Ikke nådd", Style::new(sz.body, false, Rgb::GREY), role),
    };
    let text = if m.text.trim().is_empty() {
        "(uten tekst)"
    } else {
        m.text.as_str()
    };
    RowSpec {
        cells: vec![
            CellSpec {
                paras: vec![
                    Para::new(text, body, role).marker(Marker::Check(m.reached_on.is_some()))
                ],
                ..CellSpec::default()
            },
            CellSpec {
                paras: vec![Para::new(
                    m.due.map_or("–".to_string(), nb::date),
                    body,
                    role,
                )],
                ..CellSpec::default()
            },
            CellSpec {
                paras: vec![reached],
                ..CellSpec::default()
            },
        ],
        fill: (i % 2 == 1).then_some(Rgb::SHADE),
        min_height: 0.0,
    }
}

/// One row of seven cells: each status with its marker and count, then the total.
fn counts_row(rep: &YearReport, sz: &ReportSizes) -> RowSpec {
    let label = Style::new(sz.body, true, Rgb::INK);
    let count = Style::new(sz.lead * 1.3, true, Rgb::DARK);
    let role = Role::Section(3);
    let mut cells: Vec<CellSpec> = rep
        .counts
        .iter()
        .map(|(s, n)| CellSpec {
            paras: vec![
                Para::new(s.label(), label, role).marker(Marker::Status(*s)),
                Para::new(n.to_string(), count, role).space_before(0.8 * sz.k),
            ],
            ..CellSpec::default()
        })
        .collect();
    cells.push(CellSpec {
        paras: vec![
            Para::new("Totalt", label, role),
            Para::new(rep.measures.len().to_string(), count, role).space_before(0.8 * sz.k),
        ],
        fill: Some(Rgb::PALE),
        stripe: None,
    });
    RowSpec {
        cells,
        fill: None,
        min_height: 0.0,
    }
}

/// The months' text cells: name, percentage, year to date, workdays, basis.
pub fn month_cells(rep: &YearReport, month: u32) -> [String; 5] {
    let name = nb::month_name(month).to_string();
    match rep.month(month) {
        Some(f) => [
            name,
            if f.small_unit {
                format!("{} *", nb::pct(f.pct))
            } else {
                nb::pct(f.pct)
            },
            nb::pct(f.year_to_date.pct),
            f.days
                .map(|(agreed, lost)| format!("{} av {}", nb::number(lost), nb::number(agreed)))
                .unwrap_or_default(),
            f.year_to_date.basis.label().to_string(),
        ],
        None if (month as usize) <= rep.months_begun => [
            name,
            "–".into(),
            String::new(),
            String::new(),
            String::new(),
        ],
        None => [
            name,
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ],
    }
}

/// Section 1: the months table on the left; the figures and the chart on the right.
/// Returns the bottom of the section.
fn absence(
    page: &mut PageLayout,
    ts: &Typesetter,
    rep: &YearReport,
    y: f64,
    sz: &ReportSizes,
) -> f64 {
    let k = sz.k;
    let p = page.printable;
    let body = Style::new(sz.body, false, Rgb::INK);
    let bold = Style::new(sz.body, true, Rgb::INK);
    let head = Style::new(sz.body, true, Rgb::WHITE);
    let grey = Style::new(sz.body, false, Rgb::GREY);
    let role = Role::Section(0);
    let rows: Vec<[String; 5]> = (1..=12).map(|m| month_cells(rep, m)).collect();
    let total_days = rep
        .months
        .iter()
        .map(|m| m.days)
        .collect::<Option<Vec<_>>>()
        .filter(|d| !d.is_empty())
        .map(|d| {
            let (a, l) = d.iter().fold((0.0, 0.0), |(a, l), (x, y)| (a + x, l + y));
            format!("{} av {}", nb::number(l), nb::number(a))
        })
        .unwrap_or_default();
    let summary: [String; 5] = match rep.year_to_date {
        Some(ytd) => [
            "Hittil i år".into(),
            String::new(),
            nb::pct(ytd.pct),
            total_days,
            ytd.basis.label().to_string(),
        ],
        None => [
            "Hittil i år".into(),
            String::new(),
            "ingen tall".into(),
            String::new(),
            String::new(),
        ],
    };
    // Columns as wide as their widest text (headings on one line).
    let widths: Vec<f64> = (0..5)
        .map(|c| {
            rows.iter()
                .map(|r| ts.width(&r[c], body))
                .chain([ts.width(&summary[c], bold), ts.width(MONTH_HEAD[c], head)])
                .chain((c == 4).then(|| ts.width(YtdBasis::MonthlyMean.label(), bold)))
                .fold(0.0, f64::max)
                + 2.0 * sz.pad
                + 1.0
        })
        .collect();
    let table = Table {
        x: p.x,
        widths,
        pad: sz.pad,
        stripe: 0.0,
        grid: Stroke::solid(Rgb::RULE, 0.3 * k),
        continued: grey,
    };
    let mut ty = y;
    let head_row = table.lay(ts, &RowSpec::header(&MONTH_HEAD, head));
    let hh = table.height(&head_row);
    table.draw(page, &head_row, ty, hh);
    ty += hh;
    let cell = |text: &str, style| CellSpec {
        paras: vec![Para::new(text, style, role)],
        ..CellSpec::default()
    };
    for (i, r) in rows.iter().enumerate() {
        let begun = i < rep.months_begun;
        let spec = RowSpec {
            cells: r
                .iter()
                .enumerate()
                .map(|(c, t)| cell(t, if begun || c > 0 { body } else { grey }))
                .collect(),
            fill: (i % 2 == 1).then_some(Rgb::SHADE),
            min_height: 0.0,
        };
        let row = table.lay(ts, &spec);
        let rh = table.height(&row);
        table.draw(page, &row, ty, rh);
        ty += rh;
    }
    let spec = RowSpec {
        cells: summary.iter().map(|t| cell(t, bold)).collect(),
        fill: Some(Rgb::PALE),
        min_height: 0.0,
    };
    let row = table.lay(ts, &spec);
    let rh = table.height(&row);
    table.draw(page, &row, ty, rh);
    ty += rh;
    let left = Rect::new(p.x, y, table.width(), ty - y);
    if rep.small_unit {
        ty += 1.0 * k;
        let note = "* Under 100 avtalte dagsverk i måneden: tallet kan peke på enkeltpersoner. \
                    Del det med omtanke.";
        let style = Style::new(sz.small, false, Rgb::GREY);
        let area = Rect::new(p.x, ty, table.width(), p.bottom() - ty);
        ty = ts.paragraph(page, note, p.x, ty, table.width(), style, role, area);
    }
    // The right side: figures above, the chart below, as tall as the table.
    let gap = 8.0 * k;
    let right = Rect::new(
        left.right() + gap,
        y,
        p.right() - left.right() - gap,
        left.h,
    );
    let fy = figures(page, ts, rep, right, sz);
    let chart_rect = Rect::new(
        right.x,
        fy + 3.0 * k,
        right.w,
        (right.bottom() - fy - 3.0 * k).max(40.0 * k),
    );
    chart(page, ts, rep, chart_rect, sz);
    ty.max(chart_rect.bottom())
}

/// The key figures: year to date, target, gap in prosentpoeng, presence. Returns the
/// bottom of the block.
fn figures(
    page: &mut PageLayout,
    ts: &Typesetter,
    rep: &YearReport,
    r: Rect,
    sz: &ReportSizes,
) -> f64 {
    let k = sz.k;
    let role = Role::Section(0);
    let label = Style::new(sz.sub, true, Rgb::INK);
    let big = Style::new(sz.big, true, Rgb::DARK);
    let small = Style::new(sz.small, false, Rgb::GREY);
    // The left column as wide as its widest line, the rest for target, gap and presence.
    let basis = rep.year_to_date.map(|ytd| {
        let months = if ytd.months == 1 {
            "1 måned".to_string()
        } else {
            format!("{} måneder", ytd.months)
        };
        format!("{}, {months}", ytd.basis.label())
    });
    let col = [
        ts.width("Sykefravær hittil i år", label),
        ts.width("00,0 %", big),
        basis.as_deref().map_or(0.0, |b| ts.width(b, small)),
    ]
    .into_iter()
    .fold(0.0, f64::max)
    .min((r.w - 6.0 * k) * 0.5)
        + 0.5;
    let target = Style::new(sz.lead, true, Rgb::RED);
    let body = Style::new(sz.body, false, Rgb::INK);
    let strong = Style::new(sz.body, true, Rgb::INK);
    let left = Rect::new(r.x, r.y, col, r.h);
    let mut y = r.y;
    y = ts.paragraph(
        page,
        "Sykefravær hittil i år",
        r.x,
        y,
        col,
        label,
        role,
        left,
    );
    match rep.year_to_date {
        Some(ytd) => {
            y += ts.line(page, &nb::pct(ytd.pct), r.x, y, big, role, left);
            let text = basis.unwrap_or_default();
            y = ts.paragraph(page, &text, r.x, y, col, small, role, left);
        }
        None => {
            y = ts.paragraph(page, "ingen tall ennå", r.x, y, col, small, role, left);
        }
    }
    let x2 = r.x + col + 6.0 * k;
    let right = Rect::new(x2, r.y, r.right() - x2, r.h);
    let mut y2 = r.y;
    let para = |page: &mut PageLayout, text: &str, style: Style, y2: &mut f64| {
        *y2 = ts.paragraph(page, text, x2, *y2, right.w, style, role, right);
    };
    let target_text = rep.target_pct.map_or("Mål: ikke satt".to_string(), |t| {
        format!("Mål: {}", nb::pct(t))
    });
    para(page, &target_text, target, &mut y2);
    y2 += 1.0 * k;
    if let Some(gap) = rep.gap {
        let words = if gap.points > 0.05 {
            "over målet"
        } else if gap.points < -0.05 {
            "under målet"
        } else {
            "på målet"
        };
        para(page, "Avstand til målet", small, &mut y2);
        let text = format!("{} {words}", nb::points(gap.points));
        para(page, &text, strong, &mut y2);
    }
    if let Some(presence) = rep.presence {
        para(page, "Nærvær hittil i år", small, &mut y2);
        let mut text = nb::pct(presence);
        if let Some(t) = rep.target_pct {
            text.push_str(&format!(" (mål {})", nb::pct(crate::stats::presence(t))));
        }
        para(page, &text, body, &mut y2);
    }
    y.max(y2)
}

/// Bars for the months, the year to date as a line with dots, the target dashed; a key
/// below. Readable in black and white: solid bars, a solid line, a dashed line.
fn chart(page: &mut PageLayout, ts: &Typesetter, rep: &YearReport, r: Rect, sz: &ReportSizes) {
    let k = sz.k;
    let label = Style::new(sz.small, false, Rgb::GREY);
    let value = Style::new(sz.small, false, Rgb::INK);
    let target_label = Style::new(sz.small, true, Rgb::RED);
    let lh = label.line_height();
    let axis_w = ts.width("00 %", label) + 2.0 * k;
    let max = rep
        .months
        .iter()
        .flat_map(|m| [m.pct, m.year_to_date.pct])
        .chain(rep.target_pct)
        .fold(0.0, f64::max);
    let plot = Plot {
        area: Rect::new(
            r.x + axis_w,
            r.y + lh / 2.0,
            r.w - axis_w,
            r.h - lh / 2.0 - 2.0 * lh - 1.0 * k - lh - 2.5 * k,
        ),
        top: nice_top(if max > 0.0 { max * 1.25 } else { 10.0 }),
        k,
    };
    let role = Role::Chart;
    plot.scale_labels(page, ts, rep.target_pct, label, target_label, r);
    // Light guide lines at each step of the scale.
    let step = scale_step(plot.top);
    let mut v = step;
    while v < plot.top - EPS {
        page.line(
            (plot.area.x, plot.y_of(v)),
            (plot.area.right(), plot.y_of(v)),
            Stroke::solid(Rgb::SHADE, 0.25 * k),
        );
        v += step;
    }
    for i in 0..12 {
        plot.month_letter(page, ts, i, label, r);
    }
    let mut line = Vec::new();
    for m in &rep.months {
        let i = m.month.month as usize - 1;
        plot.bar(page, i, m.pct);
        // The figure under its month letter, clear of the bars and lines.
        let text = nb::number1(m.pct);
        let w = ts.width(&text, value);
        ts.line(
            page,
            &text,
            plot.x_of(i) - w / 2.0,
            plot.area.bottom() + 1.0 * k + lh,
            value,
            role,
            r,
        );
        line.push((plot.x_of(i), plot.y_of(m.year_to_date.pct)));
    }
    plot.axes(page);
    let target_stroke = target_stroke(k);
    if let Some(t) = rep.target_pct {
        plot.target_line(page, t);
    }
    let ytd_stroke = Stroke::solid(Rgb::DARK, 0.7 * k);
    if line.len() > 1 {
        page.shapes.push(Shape::Path {
            points: line.clone(),
            closed: false,
            fill: None,
            stroke: Some(ytd_stroke),
        });
    }
    let dot = 1.8 * k;
    for &(x, y) in &line {
        page.rect(
            Rect::new(x - dot / 2.0, y - dot / 2.0, dot, dot),
            Some(Rgb::DARK),
            Some(Stroke::solid(Rgb::WHITE, 0.25 * k)),
        );
    }
    // The key.
    let ky = r.bottom() - lh;
    let mid = ky + lh / 2.0;
    let mut x = plot.area.x;
    let sw = 6.0 * k;
    page.rect(
        Rect::new(x, mid - 1.4 * k, sw, 2.8 * k),
        Some(Rgb::BLUE),
        None,
    );
    x += sw + 1.5 * k;
    let text = "Fravær per måned";
    ts.line(page, text, x, ky, value, role, r);
    x += ts.width(text, value) + 5.0 * k;
    page.line((x, mid), (x + sw, mid), ytd_stroke);
    page.rect(
        Rect::new(x + sw / 2.0 - dot / 2.0, mid - dot / 2.0, dot, dot),
        Some(Rgb::DARK),
        None,
    );
    x += sw + 1.5 * k;
    let text = "Hittil i år";
    ts.line(page, text, x, ky, value, role, r);
    x += ts.width(text, value) + 5.0 * k;
    if let Some(t) = rep.target_pct {
        page.line((x, mid), (x + sw * 1.4, mid), target_stroke);
        x += sw * 1.4 + 1.5 * k;
        let text = format!("Mål {}", nb::pct(t));
        ts.line(page, &text, x, ky, target_label, role, r);
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::StatusChange;
    use crate::print::font::Metrics;
    use crate::print::tests::{assert_inside_and_apart, board, date};

    const A4: (f64, f64) = (297.0, 210.0);
    const A3: (f64, f64) = (420.0, 297.0);

    fn today() -> NaiveDate {
        date(2025, 10, 5)
    }

    /// `n` measures, each with a history that changes its status through the year.
    fn report_board(n: usize) -> Board {
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

    fn laid(b: &Board, size: (f64, f64), k: f64) -> (Vec<PageLayout>, Vec<PlacedMeasure>) {
        let metrics = Metrics::new().unwrap();
        let ts = Typesetter { metrics: &metrics };
        let today = today();
        lay_out(&ts, b, &PageSpec { size, k, today })
    }

    fn a4(b: &Board) -> (Vec<PageLayout>, Vec<PlacedMeasure>) {
        laid(b, A4, 1.0)
    }

    fn a3(b: &Board) -> (Vec<PageLayout>, Vec<PlacedMeasure>) {
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
            crate::model::AbsenceMonth::from_days("2025-01".parse().unwrap(), 60.0, 40.0);
        for (pages, _) in [a4(&b), a3(&b)] {
            assert_inside_and_apart(&pages);
            let first = pages[0].text();
            assert!(first.contains("enkeltpersoner"), "{first}");
            assert!(first.contains("desember"), "{first}");
        }
    }

    #[test]
    fn the_chart_has_a_bar_per_month_with_figures_and_the_target_dashed() {
        let b = report_board(2);
        let (pages, _) = a4(&b);
        let bars = pages[0]
            .shapes
            .iter()
            .filter(|s| matches!(s, Shape::Rect { fill: Some(f), .. } if *f == Rgb::BLUE))
            .count();
        // Three months of figures, and the swatch in the key.
        assert_eq!(bars, 3 + 1);
        let dashed = |pages: &[PageLayout]| {
            pages[0].shapes.iter().any(|s| {
                matches!(s, Shape::Path { stroke: Some(st), .. } if st.dashed && st.color == Rgb::RED)
            })
        };
        assert!(dashed(&pages));
        let mut none = b.clone();
        none.target_pct = None;
        assert!(!dashed(&a4(&none).0));
    }

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
            assert!(p.status[..10].iter().all(Option::is_some));
            assert_eq!(p.status[10..], [None, None]);
            let page = &pages[p.page];
            for (cell, status) in p.months.iter().zip(p.status) {
                // The cell's own fill: the status's tint, or white when not begun.
                let want = status.map_or(Rgb::WHITE, |s| tint(status_color(s)));
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
                assert_eq!(markers > 0, status.is_some(), "{cell:?} {status:?}");
            }
        }
        // The six statuses give six different cell colours.
        let mut tints: Vec<Rgb> = Status::ALL.iter().map(|s| tint(status_color(*s))).collect();
        tints.dedup();
        assert_eq!(tints.len(), 6);
    }

    #[test]
    fn every_page_with_measures_repeats_the_header_above_its_rows() {
        let (pages, placed) = a4(&report_board(40));
        let mut want: Vec<&str> = MEASURE_HEAD.to_vec();
        want.extend(MONTH_LETTERS);
        want.sort_unstable();
        let on: std::collections::BTreeSet<usize> = placed.iter().map(|p| p.page).collect();
        assert!(on.len() >= 3);
        for n in on {
            let page = &pages[n];
            let head_y = page
                .texts
                .iter()
                .find(|t| t.text == MEASURE_HEAD[0])
                .unwrap()
                .y;
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

    #[test]
    fn the_months_table_has_every_month_with_a_dash_for_begun_months_without_figures() {
        let b = report_board(1);
        let rep = year_report(&b, today());
        assert_eq!(month_cells(&rep, 1)[1], "15,0 %");
        assert_eq!(month_cells(&rep, 1)[3], "30 av 200");
        assert_eq!(month_cells(&rep, 4)[1], "–");
        assert_eq!(month_cells(&rep, 12)[1], "");
        let t = a4(&b).0[0].text();
        for name in nb::MONTH_NAMES {
            assert!(t.contains(name), "{name}");
        }
        for s in SECTIONS {
            assert!(a4(&b).0.iter().any(|p| p.text().contains(s)), "{s}");
        }
    }
}
