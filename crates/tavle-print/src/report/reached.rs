//! The year report's third and fourth sections: what was reached (the results written on
//! the board and the plan's milestones) and the count of measures per status.

use std::cell::Cell;

use super::{section_heading, section_titles, status_head, Repeat, Sections};
use crate::flow::Flow;
use crate::layout::{Rgb, Role, Style, EPS};
use crate::marker::Marker;
use crate::sizes::ReportSizes;
use crate::table::{CellSpec, LaidRow, Para, RowSpec, Table};
use crate::typeset::Typesetter;
use tavle_model::model::{Milestone, Status};
use tavle_model::nb;
use tavle_model::year::{MeasureYear, YearReport};

/// Section 3, Hva vi oppnådde: the summary line, the results and the milestones.
pub(super) fn section(flow: &mut Flow, s: &Sections) {
    let (ts, rep, sz) = (s.ts, s.rep, s.sz);
    let k = sz.k;
    let p = flow.page().printable;
    let body = Style::new(sz.body, false, Rgb::INK);
    let sub = Style::new(sz.sub, true, Rgb::DARK);
    let done = rep
        .counts
        .iter()
        .find(|(s, _)| *s == Status::Done)
        .map_or(0, |c| c.1);
    let lang = sz.lang;
    let summary = lang.format(
        "report-reached-summary",
        &[
            ("done", done.into()),
            ("measures", rep.measures.len().into()),
            ("reached", rep.milestones_reached().into()),
            ("milestones", rep.milestones.len().into()),
        ],
    );
    let y = section_heading(
        flow,
        ts,
        &section_titles(lang)[2],
        3.0 * sub.line_height(),
        sz,
    );
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
    let results = lang.text("report-results");
    sub_heading(flow, ts, &results, sub, 3.0 * sub.line_height());
    let result_rows: Vec<RowSpec> = rep
        .results()
        .enumerate()
        .map(|(i, m)| result_row(i, m, sz))
        .collect();
    let results = (Repeat::Results, &s.results, &s.results_head);
    let none = lang.text("report-no-results");
    table_or_none(flow, ts, &s.repeat, results, result_rows, &none, sz);
    let heading = lang.text("report-plan-milestones");
    sub_heading(flow, ts, &heading, sub, 3.0 * sub.line_height());
    let milestone_rows: Vec<RowSpec> = rep
        .milestones
        .iter()
        .enumerate()
        .map(|(i, m)| milestone_row(i, m, sz))
        .collect();
    let milestones = (Repeat::Milestones, &s.milestones, &s.milestones_head);
    let none = lang.text("report-no-milestones");
    table_or_none(flow, ts, &s.repeat, milestones, milestone_rows, &none, sz);
}

/// Section 4, Antall per status: one row of each status's count and the total.
pub(super) fn counts(
    flow: &mut Flow,
    ts: &Typesetter,
    rep: &YearReport,
    content_w: f64,
    sz: &ReportSizes,
) {
    let count_table = super::table(vec![content_w / 7.0; 7], sz);
    let counts = counts_row(rep, sz);
    let ch = count_table.height(&count_table.lay(ts, &counts));
    section_heading(flow, ts, &section_titles(sz.lang)[3], ch, sz);
    flow.rows(ts, &count_table, [counts]);
    flow.y += 7.0 * sz.k;
}

/// The results table and the milestones table, with their headers laid out.
pub(super) fn tables(
    ts: &Typesetter,
    rep: &YearReport,
    content_w: f64,
    head_style: Style,
    sz: &ReportSizes,
) -> (Table, LaidRow, Table, LaidRow) {
    let results = super::table(
        vec![content_w * 0.34, content_w * 0.5, content_w * 0.16],
        sz,
    );
    let results_head = results.lay(
        ts,
        &RowSpec::header(
            &[
                sz.lang.text("report-col-goal"),
                sz.lang.text("report-col-result"),
                status_head(rep, sz.lang),
            ],
            head_style,
        ),
    );
    let milestones = super::table(
        vec![content_w * 0.6, content_w * 0.18, content_w * 0.22],
        sz,
    );
    let milestones_head = milestones.lay(
        ts,
        &RowSpec::header(
            &[
                "report-col-milestone",
                "report-col-due",
                "report-col-reached",
            ]
            .map(|id| sz.lang.text(id)),
            head_style,
        ),
    );
    (results, results_head, milestones, milestones_head)
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
fn table_or_none(
    flow: &mut Flow,
    ts: &Typesetter,
    repeat: &Cell<Repeat>,
    (which, table, head): (Repeat, &Table, &LaidRow),
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
                paras: vec![Para::new(m.status.label_in(sz.lang), bold, role)
                    .marker(Marker::Status(m.status))],
                ..CellSpec::default()
            },
        ],
        fill: (i % 2 == 1).then_some(Rgb::SHADE),
        min_height: 0.0,
    }
}

/// A milestone's row: ticked box and text, due date, and reached (with the date) or not.
fn milestone_row(i: usize, m: &Milestone, sz: &ReportSizes) -> RowSpec {
    let body = Style::new(sz.body, false, Rgb::INK);
    let role = Role::Section(2);
    let reached = match m.reached_on {
        Some(on) => Para::new(
            format!("✓ {}", nb::date(on)),
            Style::new(sz.body, true, Rgb::GREEN),
            role,
        ),
        None => Para::new(
            sz.lang.text("report-not-reached"),
            Style::new(sz.body, false, Rgb::GREY),
            role,
        ),
    };
    let text = if m.text.trim().is_empty() {
        sz.lang.text("report-no-text")
    } else {
        m.text.clone()
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
                Para::new(s.label_in(sz.lang), label, role).marker(Marker::Status(*s)),
                Para::new(n.to_string(), count, role).space_before(0.8 * sz.k),
            ],
            ..CellSpec::default()
        })
        .collect();
    cells.push(CellSpec {
        paras: vec![
            Para::new(sz.lang.text("total"), label, role),
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
