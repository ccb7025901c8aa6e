//! «Referat fra tavlemøtet»: the one page A4 the weekly tavlemøte ends with. What changed
//! in the meeting (the status changes dated the meeting day, from → to), who does what by
//! when (the open measures with their owner and due date or «Når?»), the absence line with
//! the run chart's verdict, and the workshop's ideas with most votes.
//!
//! The meeting day is the print's day (`PageSpec::today`). Like the plan, the page is a
//! one-pager: a long board first shrinks the text, and only then continues on a second page.

use chrono::NaiveDate;

use super::flow::{footer_room, footers, Flow};
use super::layout::{PageLayout, Rgb, Role, Stroke, Style};
use super::sizes::{PageSpec, PlanSizes, PLAN_MIN_TEXT_SCALE};
use super::table::{CellSpec, Para, RowSpec, Table};
use super::titles;
use super::typeset::Typesetter;

use tavle_model::lang::Lang;
use tavle_model::model::{Board, Row, Status};
use tavle_model::nb;
use tavle_model::trend::Trend;

/// Ideas on the Referat at the most (those with most votes).
pub const IDEAS_IN_MINUTES: usize = 5;

/// A status change made on the meeting day.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub measure: String,
    pub owner: String,
    pub from: Status,
    pub to: Status,
}

/// An open measure: who does what by when.
#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    pub measure: String,
    pub owner: String,
    /// The due date, else «Når?» as written.
    pub when: String,
    pub status: Status,
    pub overdue: bool,
}

/// What the Referat says, before layout.
#[derive(Debug, Clone, PartialEq)]
pub struct Minutes {
    pub changes: Vec<Change>,
    pub tasks: Vec<Task>,
    /// «Hittil i år 7,9 %, målet er 7,0 % (+0,9 prosentpoeng over målet).»
    pub absence: String,
    /// The run chart's verdict in words; empty without figures.
    pub verdict: String,
    /// «text» and its votes.
    pub ideas: Vec<(String, u32)>,
}

/// The measure's name as the Referat gives it: the measure, or the goal when it has none.
fn name(row: &Row) -> String {
    let measure = row.measure.trim();
    if measure.is_empty() {
        row.goal.trim().to_string()
    } else {
        measure.to_string()
    }
}

/// The status changes of `row` dated `day`, each from the status before it.
fn changes_on(row: &Row, day: NaiveDate) -> Vec<Change> {
    let mut before = Status::default();
    let mut out = Vec::new();
    for change in &row.history {
        if change.on == day && change.status != before {
            out.push(Change {
                measure: name(row),
                owner: row.owner.trim().to_string(),
                from: before,
                to: change.status,
            });
        }
        before = change.status;
    }
    out
}

/// What the Referat of `board`'s meeting on `day` says, in `lang`.
pub fn minutes_of(board: &Board, trend: Option<&Trend>, day: NaiveDate, lang: Lang) -> Minutes {
    let changes = board.rows.iter().flat_map(|r| changes_on(r, day)).collect();
    let open = |s: Status| !matches!(s, Status::Done | Status::Dropped);
    let mut tasks: Vec<(Option<NaiveDate>, Task)> = board
        .rows
        .iter()
        .filter(|r| open(r.status))
        .map(|r| {
            let when = match (r.due, r.when_text.trim()) {
                (Some(d), _) => nb::date(d),
                (None, w) => w.to_string(),
            };
            (
                r.due,
                Task {
                    measure: name(r),
                    owner: r.owner.trim().to_string(),
                    when,
                    status: r.status,
                    overdue: r.is_overdue(day),
                },
            )
        })
        .collect();
    // Dated first, soonest first; the rest («Alltid», «i.a. februar») in the board's order.
    tasks.sort_by_key(|(due, _)| (due.is_none(), *due));
    let summary = tavle_model::lang::with(lang, || {
        tavle_model::stats::summary(&board.absence, board.target_pct)
    });
    let absence = match (
        summary.year_to_date_text.as_str(),
        summary.target_text.as_str(),
    ) {
        ("", _) => lang.text("minutes-absence-none"),
        (ytd, "") => lang.format("minutes-absence-no-target", &[("ytd", ytd.into())]),
        (ytd, target) => lang.format(
            "minutes-absence-line",
            &[
                ("ytd", ytd.into()),
                ("target", target.into()),
                ("gap", summary.gap_text.as_str().into()),
            ],
        ),
    };
    let verdict = trend
        .filter(|t| !t.points.is_empty())
        .map(|t| t.verdict_in(lang))
        .unwrap_or_default();
    let ideas = board
        .top_ideas(IDEAS_IN_MINUTES)
        .into_iter()
        .map(|i| (i.text.trim().to_string(), i.votes))
        .collect();
    Minutes {
        changes,
        tasks: tasks.into_iter().map(|t| t.1).collect(),
        absence,
        verdict,
        ideas,
    }
}

/// "Referat fra tavlemøtet 07.12.2026 – Hjemmesykepleien": the document title and footer.
pub fn title(board: &Board, day: NaiveDate, lang: Lang) -> String {
    lang.format(
        "minutes-title",
        &[
            ("date", nb::date(day).into()),
            ("unit", board.unit.trim().into()),
        ],
    )
}

/// Lays out the Referat on `spec`'s paper (portrait), shrinking the text step by step to
/// keep it on one page (down to the plan's smallest text) before continuing on a second.
pub(crate) fn pages(
    ts: &Typesetter,
    board: &Board,
    trend: Option<&Trend>,
    spec: &PageSpec,
) -> Vec<PageLayout> {
    let minutes = minutes_of(board, trend, spec.today, spec.lang);
    let mut t = spec.k;
    loop {
        let pages = pages_at(ts, board, &minutes, spec, t);
        if pages.len() <= 1 || t <= PLAN_MIN_TEXT_SCALE {
            return pages;
        }
        t = (t * 0.95).max(PLAN_MIN_TEXT_SCALE);
    }
}

/// Column shares of the three tables (of the text width).
const CHANGE_COLUMNS: [f64; 3] = [0.44, 0.28, 0.28];
const TASK_COLUMNS: [f64; 4] = [0.4, 0.28, 0.16, 0.16];
const IDEA_COLUMNS: [f64; 2] = [0.8, 0.2];

fn pages_at(
    ts: &Typesetter,
    board: &Board,
    m: &Minutes,
    spec: &PageSpec,
    t: f64,
) -> Vec<PageLayout> {
    let lang = spec.lang;
    let (w, h) = spec.size;
    let sz = PlanSizes::new(spec.k, t);
    let margin = sz.margin;
    let content_w = w - 2.0 * margin;
    let body = Style::new(sz.body, false, Rgb::INK);
    let strong = Style::new(sz.body, true, Rgb::INK);
    let quiet = Style::new(sz.body, false, Rgb::GREY);
    let head = Style::new(sz.guide, true, Rgb::WHITE);
    let section = Style::new(sz.label, true, Rgb::DARK);
    let grid = Stroke::solid(Rgb::RULE, 0.35 * t);
    let table = |shares: &[f64]| Table {
        x: margin,
        widths: shares.iter().map(|s| s * content_w).collect(),
        pad: sz.pad,
        stripe: 0.0,
        grid,
        continued: Style::new(sz.body, true, Rgb::GREY),
    };
    let whole = table(&[1.0]);
    let heading = |text: String| RowSpec {
        cells: vec![CellSpec {
            paras: vec![Para::new(text, section, Role::Heading)],
            fill: Some(Rgb::PALE),
            stripe: None,
        }],
        fill: None,
        min_height: 0.0,
    };
    let one = |paras: Vec<Para>| RowSpec {
        cells: vec![CellSpec {
            paras,
            ..CellSpec::default()
        }],
        fill: None,
        min_height: 0.0,
    };
    let cells = |texts: Vec<(String, Style)>, role: usize| RowSpec {
        cells: texts
            .into_iter()
            .map(|(text, style)| CellSpec {
                paras: vec![Para::new(text, style, Role::Section(role))],
                ..CellSpec::default()
            })
            .collect(),
        fill: None,
        min_height: 0.0,
    };
    let text = |id: &str| lang.text(id);
    let heading_text = titles::minutes_heading(lang);
    let sub = format!(
        "{} {} · {}",
        board.unit.trim(),
        board.year,
        nb::date(spec.today)
    );
    let start = |page: &mut PageLayout, index: usize| {
        let p = page.printable;
        let mut y = p.y;
        if index == 0 {
            let style = Style::new(sz.title, true, Rgb::DARK);
            y += ts.line(page, &heading_text, p.x, y, style, Role::Title, p);
            let style = Style::new(sz.sub, true, Rgb::INK);
            y = ts.paragraph(page, &sub, p.x, y, p.w, style, Role::Heading, p);
            y + 4.0 * t
        } else {
            let style = Style::new(sz.sub, true, Rgb::DARK);
            let text = titles::continued(&heading_text, lang);
            y = ts.paragraph(page, &text, p.x, y, p.w, style, Role::Heading, p);
            y + 3.0 * t
        }
    };
    let mut flow = Flow::new(w, h, margin, footer_room(sz.footer), start);
    let gap = |flow: &mut Flow| flow.y += 4.0 * t;

    // 1 Fravær: the line and the verdict.
    let mut paras = vec![Para::new(&m.absence, strong, Role::Section(0))];
    if !m.verdict.is_empty() {
        paras.push(Para::new(&m.verdict, body, Role::Section(0)).space_before(sz.gap));
    }
    flow.rows(ts, &whole, [heading(text("minutes-absence")), one(paras)]);
    gap(&mut flow);

    // 2 What changed in the meeting.
    flow.rows(ts, &whole, [heading(text("minutes-changed"))]);
    if m.changes.is_empty() {
        let none = Para::new(text("minutes-changed-none"), quiet, Role::Section(1));
        flow.rows(ts, &whole, [one(vec![none])]);
    } else {
        let cols = table(&CHANGE_COLUMNS);
        let header = RowSpec::header(
            &[
                text("minutes-col-measure"),
                text("minutes-col-owner"),
                text("minutes-col-change"),
            ],
            head,
        );
        let rows = m.changes.iter().map(|c| {
            let change = format!("{} → {}", c.from.label_in(lang), c.to.label_in(lang));
            cells(
                vec![
                    (c.measure.clone(), body),
                    (c.owner.clone(), body),
                    (change, strong),
                ],
                1,
            )
        });
        flow.rows(ts, &cols, std::iter::once(header).chain(rows));
    }
    gap(&mut flow);

    // 3 Who does what by when.
    flow.rows(ts, &whole, [heading(text("minutes-tasks"))]);
    if m.tasks.is_empty() {
        let none = Para::new(text("minutes-tasks-none"), quiet, Role::Section(2));
        flow.rows(ts, &whole, [one(vec![none])]);
    } else {
        let cols = table(&TASK_COLUMNS);
        let header = RowSpec::header(
            &[
                text("minutes-col-measure"),
                text("minutes-col-owner"),
                text("minutes-col-when"),
                text("minutes-col-status"),
            ],
            head,
        );
        let late = Style::new(sz.body, true, Rgb::RED);
        let rows = m.tasks.iter().map(|task| {
            let status = if task.overdue {
                (text("overdue"), late)
            } else {
                (task.status.label_in(lang), body)
            };
            cells(
                vec![
                    (task.measure.clone(), body),
                    (task.owner.clone(), body),
                    (task.when.clone(), body),
                    status,
                ],
                2,
            )
        });
        flow.rows(ts, &cols, std::iter::once(header).chain(rows));
    }
    gap(&mut flow);

    // 4 The ideas with most votes.
    flow.rows(ts, &whole, [heading(text("minutes-ideas"))]);
    if m.ideas.is_empty() {
        let none = Para::new(text("minutes-ideas-none"), quiet, Role::Section(3));
        flow.rows(ts, &whole, [one(vec![none])]);
    } else {
        let cols = table(&IDEA_COLUMNS);
        let rows = m.ideas.iter().map(|(idea, votes)| {
            let votes = lang.format("votes", &[("n", (*votes).into())]);
            cells(vec![(idea.clone(), body), (votes, quiet)], 3)
        });
        flow.rows(ts, &cols, rows);
    }

    let mut pages = flow.pages;
    let footer = title(board, spec.today, lang);
    footers(&mut pages, ts, spec, &footer, sz.footer);
    pages
}
