//! "Prosjekt nærvær {year}": the one-page template of five sections, each with its guiding
//! questions in small grey text and the plan's content under them. Long content first
//! shrinks to fit the one page, then continues on the next; nothing is cut.

use super::flow::{footer_room, footers, Flow};
use super::layout::{PageLayout, Rgb, Role, Stroke, Style};
use super::marker::Marker;
use super::sizes::{PageSpec, PlanSizes, PLAN_MIN_TEXT_SCALE};
use super::table::{CellSpec, Para, RowSpec, Table};
use super::titles;
use super::typeset::Typesetter;
use fluent_bundle::FluentValue;

use tavle_model::lang::Lang;
use tavle_model::model::Board;
use tavle_model::nb;

/// The five sections' titles and guiding questions, as in the paper template (bokmål).
pub fn sections(year: i32) -> [(String, Vec<String>); 5] {
    sections_in(year, Lang::Nb)
}

/// The five sections' titles and guiding questions in `lang`.
pub fn sections_in(year: i32, lang: Lang) -> [(String, Vec<String>); 5] {
    let last = || [("last", FluentValue::from(year - 1))];
    let this = || [("year", FluentValue::from(year))];
    let t = |id: &str| lang.text(id);
    [
        (
            t("plan-situation"),
            vec![
                lang.format("plan-q-december", &last()),
                lang.format("plan-q-average", &last()),
                t("plan-q-now"),
                t("plan-q-why"),
            ],
        ),
        (
            t("plan-actions"),
            vec![t("plan-q-what"), t("plan-q-how"), t("plan-q-who")],
        ),
        (
            t("plan-milestones"),
            vec![t("plan-q-milestones"), t("plan-q-progress")],
        ),
        (
            lang.format("plan-desired", &this()),
            vec![
                lang.format("plan-q-desired", &this()),
                t("plan-q-obstacles"),
            ],
        ),
        (
            lang.format("plan-target", &this()),
            vec![lang.format("plan-q-target", &this())],
        ),
    ]
}

/// Lays out the plan on `spec`'s paper (portrait). The template is a one-pager: when the
/// content does not fit, the text shrinks step by step (down to [`PLAN_MIN_TEXT_SCALE`] of
/// the A4 sizes); only then does it continue on a second page. On A3 the text starts larger
/// (`k`), so the bigger sheet is used for bigger text.
pub(crate) fn pages(ts: &Typesetter, board: &Board, spec: &PageSpec) -> Vec<PageLayout> {
    let mut t = spec.k;
    loop {
        let pages = pages_at(ts, board, spec, t);
        if pages.len() <= 1 || t <= PLAN_MIN_TEXT_SCALE {
            return pages;
        }
        t = (t * 0.95).max(PLAN_MIN_TEXT_SCALE);
    }
}

/// The plan with margins scaled by `spec.k` and text (and the room around it) by `t`.
fn pages_at(ts: &Typesetter, board: &Board, spec: &PageSpec, t: f64) -> Vec<PageLayout> {
    let (w, h) = spec.size;
    let sz = PlanSizes::new(spec.k, t);
    let margin = sz.margin;
    let body = Style::new(sz.body, false, Rgb::INK);
    let strong = Style::new(sz.body, true, Rgb::INK);
    let guide = Style::new(sz.guide, false, Rgb::GREY);
    let missing = Style::new(sz.body, false, Rgb::GREY);
    let label = Style::new(sz.label, true, Rgb::DARK);
    let footer = sz.footer;
    let content_w = w - 2.0 * margin;
    let pad = sz.pad;
    // The section names are never broken inside a word: the column fits the longest word.
    let lang = spec.lang;
    let label_w = sections_in(board.year, lang)
        .iter()
        .flat_map(|(name, _)| {
            name.split_whitespace()
                .map(|w| ts.width(w, label))
                .collect::<Vec<_>>()
        })
        .fold(sz.label_min, f64::max)
        + 2.0 * pad
        + 1.0;
    let table = Table {
        x: margin,
        widths: vec![label_w, content_w - label_w],
        pad,
        stripe: 0.0,
        grid: Stroke::solid(Rgb::RULE, 0.35 * t),
        continued: Style::new(sz.body, true, Rgb::GREY),
    };
    let plan = &board.plan;
    let year = board.year;
    let title = titles::plan_heading(year, lang);
    let start = |page: &mut PageLayout, index: usize| {
        let p = page.printable;
        let mut y = p.y;
        if index == 0 {
            let style = Style::new(sz.title, true, Rgb::DARK);
            y += ts.line(page, &title, p.x, y, style, Role::Title, p);
            let sub = Style::new(sz.sub, true, Rgb::INK);
            y = ts.paragraph(page, &board.unit, p.x, y, p.w, sub, Role::Heading, p);
            y + 5.0 * t
        } else {
            let style = Style::new(sz.sub, true, Rgb::DARK);
            let text = titles::continued(&titles::plan(board, lang), lang);
            y = ts.paragraph(page, &text, p.x, y, p.w, style, Role::Heading, p);
            y + 3.0 * t
        }
    };
    let mut flow = Flow::new(w, h, margin, footer_room(footer), start);
    let gap = sz.gap;
    let text_or_missing = |paras: &mut Vec<Para>, text: &str, section: usize| {
        if text.trim().is_empty() {
            paras.push(
                Para::new(
                    lang.text("plan-not-filled"),
                    missing,
                    Role::Section(section),
                )
                .space_before(gap),
            );
        } else {
            paras.push(Para::new(text, body, Role::Section(section)).space_before(gap));
        }
    };
    let mut rows = Vec::new();
    for (i, (name, questions)) in sections_in(year, lang).into_iter().enumerate() {
        let mut paras: Vec<Para> = questions
            .iter()
            .map(|q| Para::new(format!("• {q}"), guide, Role::Guide))
            .collect();
        let role = Role::Section(i);
        match i {
            0 => {
                let pct = |v: Option<f64>| {
                    v.filter(|p| p.is_finite())
                        .map_or_else(|| lang.text("plan-not-given"), nb::pct)
                };
                paras.push(
                    Para::new(
                        lang.format(
                            "plan-december",
                            &[
                                ("year", (year - 1).into()),
                                ("pct", pct(plan.absence_pct_december).into()),
                            ],
                        ),
                        strong,
                        role,
                    )
                    .space_before(gap * 1.5),
                );
                paras.push(Para::new(
                    lang.format(
                        "plan-average",
                        &[
                            ("year", (year - 1).into()),
                            ("pct", pct(plan.absence_pct_average).into()),
                        ],
                    ),
                    strong,
                    role,
                ));
                text_or_missing(&mut paras, &plan.situation, i);
                if !plan.why_change.trim().is_empty() {
                    paras.push(Para::new(lang.text("plan-why"), strong, role).space_before(gap));
                    paras.push(Para::new(&plan.why_change, body, role));
                }
            }
            1 => text_or_missing(&mut paras, &plan.actions, i),
            2 => {
                if plan.milestones.is_empty() {
                    text_or_missing(&mut paras, "", i);
                }
                for (j, m) in plan.milestones.iter().enumerate() {
                    let mut text = m.text.trim().to_string();
                    if let Some(due) = m.due {
                        let due = lang.format("milestone-due", &[("date", nb::date(due).into())]);
                        text.push_str(&format!(" – {due}"));
                    }
                    if let Some(on) = m.reached_on {
                        let on = lang.format("milestone-reached", &[("date", nb::date(on).into())]);
                        text.push_str(&format!(" – {on}"));
                    }
                    paras.push(
                        Para::new(text, body, role)
                            .marker(Marker::Check(m.reached_on.is_some()))
                            .space_before(if j == 0 { gap * 1.5 } else { gap * 0.6 }),
                    );
                }
            }
            3 => {
                text_or_missing(&mut paras, &plan.desired_state, i);
                if !plan.obstacles.trim().is_empty() {
                    paras.push(
                        Para::new(lang.text("plan-obstacles"), strong, role).space_before(gap),
                    );
                    paras.push(Para::new(&plan.obstacles, body, role));
                }
            }
            _ => match board.target_pct.filter(|t| t.is_finite()) {
                Some(target) => {
                    paras.push(
                        Para::new(nb::pct(target), Style::new(sz.big, true, Rgb::RED), role)
                            .space_before(gap),
                    );
                    paras.push(Para::new(
                        lang.format(
                            "presence",
                            &[("pct", nb::pct(tavle_model::stats::presence(target)).into())],
                        ),
                        strong,
                        role,
                    ));
                }
                None => text_or_missing(&mut paras, "", i),
            },
        }
        rows.push(RowSpec {
            cells: vec![
                CellSpec {
                    paras: vec![Para::new(name, label, Role::Heading)],
                    fill: Some(Rgb::PALE),
                    stripe: None,
                },
                CellSpec {
                    paras,
                    ..CellSpec::default()
                },
            ],
            fill: None,
            // The form has room in every section even when it is empty.
            min_height: sz.min_row,
        });
    }
    flow.rows(ts, &table, rows);
    let mut pages = flow.pages;
    footers(&mut pages, ts, spec, &titles::plan(board, lang), footer);
    pages
}
