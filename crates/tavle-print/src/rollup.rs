//! "Oversikt over enheter" for the steering group, on A4 landscape: the table of units with
//! the total (header repeated on every page), the notes on how the total is made, a table
//! of the measures by Tiltakstype and Innsats per unit (the main table has no room for six
//! more columns), and a chart of each unit's year to date against its own target, with the total first, and the
//! funnel plot ([`super::funnel`]) that says which units differ more than chance. Same
//! font, colours, table engine, target line (red, dashed) and footer as the other prints.

use super::chart::{nice_top, scale_step, target_stroke};
use super::flow::{footer_room, footers, Flow};
use super::layout::{PageLayout, Rect, Rgb, Role, Stroke, Style, EPS};
use super::sizes::{lines, rollup as sz, PageSpec};
use super::table::{CellSpec, Para, RowSpec, Table};
use super::titles;
use super::typeset::Typesetter;
use tavle_model::nb;
use tavle_rollup::cells::{cells_in, headings_in, kinds_rows_in, notes_in};
use tavle_rollup::{file_label, Rollup, MASK_BELOW_FTE};

/// The columns' widths: their shares of `total`, but never narrower than a heading's longest
/// word (a word one language makes longer, like «Forseinka»), the room taken from the
/// widest column.
fn column_widths(ts: &Typesetter, heads: &[String], total: f64, style: Style) -> Vec<f64> {
    let share: f64 = sz::COLUMN_SHARES.iter().sum();
    let mut widths: Vec<f64> = sz::COLUMN_SHARES
        .iter()
        .map(|s| s / share * total)
        .collect();
    for (i, head) in heads.iter().enumerate() {
        let need = head
            .split_whitespace()
            .map(|w| ts.width(w, style))
            .fold(0.0, f64::max)
            + 2.0 * sz::PAD;
        if widths[i] + EPS >= need {
            continue;
        }
        let widest = (0..widths.len())
            .filter(|&j| j != i)
            .max_by(|&a, &b| widths[a].total_cmp(&widths[b]));
        if let Some(j) = widest {
            widths[j] -= need - widths[i];
            widths[i] = need;
        }
    }
    widths
}

/// Lays out the overview: the table pages, then the chart pages.
pub(crate) fn pages(ts: &Typesetter, r: &Rollup, spec: &PageSpec) -> Vec<PageLayout> {
    let (w, h) = spec.size;
    let lang = spec.lang;
    let content_w = w - 2.0 * sz::MARGIN;
    let title = titles::rollup(r.year, lang);
    let head_style = Style::new(sz::BODY, true, Rgb::WHITE);
    let heads = headings_in(lang);
    let table = Table {
        x: sz::MARGIN,
        widths: column_widths(ts, &heads, content_w, head_style),
        pad: sz::PAD,
        stripe: 0.0,
        grid: Stroke::solid(Rgb::RULE, 0.3),
        continued: Style::new(sz::BODY, true, Rgb::GREY),
    };
    let head = table.lay(ts, &RowSpec::header(&heads, head_style));
    let running = titles::continued(&title, lang);
    // The measures by Tiltakstype and Innsats: the unit's column as wide as the main
    // table's, then six equal columns, each at least as wide as its heading's longest word.
    let kinds_title = lang.text("rollup-kinds-title");
    let kinds_rows = kinds_rows_in(r, lang);
    let kinds_heads = &kinds_rows[0];
    let count_w = kinds_heads[1..]
        .iter()
        .flat_map(|h| h.split_whitespace())
        .map(|w| ts.width(w, head_style) + 2.0 * sz::PAD)
        .fold(sz::KIND_COLUMN, f64::max);
    let mut kinds_widths = vec![table.widths[0].max(sz::KIND_UNIT)];
    kinds_widths.extend([count_w; 6]);
    let kinds_table = Table {
        widths: kinds_widths,
        ..table.clone()
    };
    let kinds_head = kinds_table.lay(ts, &RowSpec::header(kinds_heads, head_style));
    let heading_style = Style::new(sz::HEADING, true, Rgb::DARK);
    // What a new page starts with under its title: the main table's header while it runs,
    // nothing for the notes (a header over nothing looks like a table that lost its rows),
    // then the heading and header of the table by Tiltakstype and Innsats.
    #[derive(Clone, Copy, PartialEq)]
    enum Part {
        Units,
        Notes,
        /// The table by Tiltakstype and Innsats starts on this page.
        KindsStart,
        /// It goes on from the page before.
        Kinds,
    }
    let part = std::cell::Cell::new(Part::Units);
    let start = |page: &mut PageLayout, index: usize| {
        let p = page.printable;
        let mut y = p.y;
        if index == 0 {
            let style = Style::new(sz::TITLE, true, Rgb::DARK);
            for l in ts.capped(&title, p.w, style, lines::ONE) {
                y += ts.line(page, &l, p.x, y, style, Role::Title, p);
            }
            let sub = Style::new(sz::SUBTITLE, true, Rgb::INK);
            let text = lang.format(
                "rollup-subtitle",
                &[
                    ("through", r.through_text_in(lang).into()),
                    ("n", r.lines.len().into()),
                ],
            );
            for l in ts.capped(&text, p.w, sub, lines::SUBTITLE) {
                y += ts.line(page, &l, p.x, y, sub, Role::Heading, p);
            }
            y += 3.0;
        } else {
            let style = Style::new(sz::SUBTITLE, true, Rgb::DARK);
            y += ts.line(page, &running, p.x, y, style, Role::Heading, p) + 2.0;
        }
        match part.get() {
            Part::Units => {
                let hh = table.height(&head);
                table.draw(page, &head, y, hh);
                y + hh
            }
            Part::Notes => y,
            Part::KindsStart | Part::Kinds => {
                let heading = if part.get() == Part::Kinds {
                    titles::continued(&kinds_title, lang)
                } else {
                    kinds_title.clone()
                };
                y += 2.0 + kinds_heading(ts, page, &heading, y, heading_style);
                let hh = kinds_table.height(&kinds_head);
                kinds_table.draw(page, &kinds_head, y, hh);
                y + hh
            }
        }
    };
    let mut flow = Flow::new(w, h, sz::MARGIN, footer_room(sz::FOOTER), start);
    let body = Style::new(sz::BODY, false, Rgb::INK);
    let bold = Style::new(sz::BODY, true, Rgb::INK);
    let above = Style::new(sz::BODY, true, Rgb::RED);
    let grey = Style::new(sz::BODY, false, Rgb::GREY);
    let row =
        |i: usize, texts: [String; 11], gap: Option<f64>, masked: bool, total: bool| RowSpec {
            cells: texts
                .into_iter()
                .enumerate()
                .map(|(col, text)| {
                    let style = match col {
                        _ if total => bold,
                        0 => bold,
                        1 if masked => grey,
                        3 if gap.is_some_and(|g| g > 0.05) => above,
                        _ => body,
                    };
                    CellSpec {
                        paras: vec![Para::new(text, style, Role::Cell { row: i, col })],
                        ..CellSpec::default()
                    }
                })
                .collect(),
            fill: if total {
                Some(Rgb::PALE)
            } else {
                (i % 2 == 1).then_some(Rgb::SHADE)
            },
            min_height: 0.0,
        };
    let mut specs: Vec<RowSpec> = r
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            row(
                i,
                cells_in(
                    &l.unit,
                    &l.text,
                    l.direction,
                    &l.status_counts,
                    l.measures,
                    l.overdue,
                    lang,
                ),
                l.gap_points,
                l.masked,
                false,
            )
        })
        .collect();
    let t = &r.total;
    specs.push(row(
        r.lines.len(),
        cells_in(
            &lang.text("total"),
            &t.text,
            None,
            &t.status_counts,
            t.measures,
            t.overdue,
            lang,
        ),
        t.gap_points,
        t.masked,
        true,
    ));
    // A subtotal per sector under the total, as the total: Σ tapte / Σ avtalte.
    for (k, sector) in r.sectors.iter().enumerate() {
        let t = &sector.total;
        specs.push(row(
            r.lines.len() + 1 + k,
            cells_in(
                &tavle_rollup::cells::sector_label_in(sector, lang),
                &t.text,
                None,
                &t.status_counts,
                t.measures,
                t.overdue,
                lang,
            ),
            t.gap_points,
            t.masked,
            true,
        ));
    }
    flow.rows(ts, &table, specs);
    part.set(Part::Notes);
    // The notes, kept together under the table.
    let p = flow.page().printable;
    let small = Style::new(sz::SMALL, false, Rgb::GREY);
    let mut notes = notes_in(r, lang);
    if r.lines.is_empty() {
        notes.insert(0, lang.format("rollup-none", &[("year", r.year.into())]));
    }
    if !r.skipped.is_empty() {
        let files = r
            .skipped
            .iter()
            .map(|s| format!("{} – {}", file_label(&s.file), s.reason))
            .collect::<Vec<_>>()
            .join(" · ");
        notes.push(lang.format(
            "rollup-skipped",
            &[("n", r.skipped.len().into()), ("files", files.into())],
        ));
    }
    let needed: f64 = notes
        .iter()
        .map(|n| ts.paragraph_height(n, p.w, small) + 1.0)
        .sum::<f64>()
        + 3.0;
    if needed > flow.remaining() + EPS {
        flow.new_page();
    }
    let mut y = flow.y + 3.0;
    for n in &notes {
        y = ts.paragraph(flow.page(), n, p.x, y, p.w, small, Role::Text, p) + 1.0;
    }
    flow.y = y;
    if !r.lines.is_empty() {
        // Its heading, header and first two lines together, else on a new page.
        let first: f64 = kinds_rows[1..]
            .iter()
            .take(2)
            .map(|texts| kinds_table.height(&kinds_table.lay(ts, &kinds_row(0, texts, false))))
            .sum();
        let start_h =
            6.0 + heading_style.line_height() + 4.5 + kinds_table.height(&kinds_head) + first;
        if start_h > flow.remaining() + EPS {
            part.set(Part::KindsStart);
            flow.new_page();
        } else {
            let mut y = flow.y + 6.0;
            y += 2.0 + kinds_heading(ts, flow.page(), &kinds_title, y, heading_style);
            let hh = kinds_table.height(&kinds_head);
            kinds_table.draw(flow.page(), &kinds_head, y, hh);
            flow.y = y + hh;
        }
        part.set(Part::Kinds);
        // The units, the total and the sectors' subtotals, as in the main table.
        let units = r.lines.len();
        let specs: Vec<RowSpec> = kinds_rows[1..]
            .iter()
            .enumerate()
            .map(|(i, texts)| kinds_row(i, texts, i >= units))
            .collect();
        flow.rows(ts, &kinds_table, specs);
        y = flow.y;
    }
    let mut pages = flow.pages;
    // The chart goes under the table when all of it fits there (a short list on one page).
    chart_pages(ts, r, spec, &mut pages, y + 5.0);
    // Signal or noise: the funnel, on pages of its own.
    super::funnel::pages(ts, r, spec, &mut pages);
    footers(&mut pages, ts, spec, &title, sz::FOOTER);
    pages
}

/// A heading with a rule under it, as the chart's; returns its height.
fn kinds_heading(ts: &Typesetter, page: &mut PageLayout, text: &str, y: f64, style: Style) -> f64 {
    let p = page.printable;
    let h = ts.line(page, text, p.x, y, style, Role::Heading, p);
    let rule = y + h + 0.6;
    page.line(
        (p.x, rule),
        (p.right(), rule),
        Stroke::solid(Rgb::DARK, 0.5),
    );
    h + 2.5
}

/// A line of the table by Tiltakstype and Innsats: the unit (or total) in bold, then its
/// six counts; totals in bold on pale, the units striped as in the main table.
fn kinds_row(i: usize, texts: &[String], total: bool) -> RowSpec {
    let body = Style::new(sz::BODY, false, Rgb::INK);
    let bold = Style::new(sz::BODY, true, Rgb::INK);
    RowSpec {
        cells: texts
            .iter()
            .enumerate()
            .map(|(col, text)| CellSpec {
                paras: vec![Para::new(
                    text.clone(),
                    if total || col == 0 { bold } else { body },
                    Role::Cell { row: i, col },
                )],
                ..CellSpec::default()
            })
            .collect(),
        fill: if total {
            Some(Rgb::PALE)
        } else {
            (i % 2 == 1).then_some(Rgb::SHADE)
        },
        min_height: 0.0,
    }
}

/// The chart: one bar per unit (the total first) against its target, as many pages as it
/// takes, the scale on top of each. It starts at `y` on the last page in `pages` when the
/// whole chart fits there, else on a new page.
fn chart_pages(ts: &Typesetter, r: &Rollup, spec: &PageSpec, pages: &mut Vec<PageLayout>, y: f64) {
    let mut continue_at = Some(y);
    let mut first = true;
    let (w, h) = spec.size;
    struct Bar {
        label: String,
        value: Option<f64>,
        target: Option<f64>,
        note: String,
        total: bool,
    }
    let lang = spec.lang;
    let masked = || {
        lang.format(
            "rollup-masked",
            &[("fte", nb::number(MASK_BELOW_FTE).into())],
        )
    };
    let mut bars = vec![Bar {
        label: lang.text("total"),
        value: r.total.pct,
        target: r.total.target,
        note: if r.total.masked {
            masked()
        } else if r.total.pct.is_none() {
            lang.text("rollup-no-days")
        } else {
            String::new()
        },
        total: true,
    }];
    bars.extend(r.lines.iter().map(|l| Bar {
        label: l.unit.clone(),
        value: l.year_to_date.map(|y| y.pct),
        target: l.target,
        note: if l.masked {
            masked()
        } else if l.year_to_date.is_none() {
            lang.text("no-figures")
        } else {
            String::new()
        },
        total: false,
    }));
    let max = bars
        .iter()
        .flat_map(|b| [b.value, b.target])
        .flatten()
        .fold(0.0, f64::max);
    let top = nice_top(max.max(1.0));
    let step = scale_step(max.max(1.0));
    let label_w = 70.0;
    let value_w = 44.0;
    let body = Style::new(sz::BODY, false, Rgb::INK);
    let bold = Style::new(sz::BODY, true, Rgb::INK);
    let small = Style::new(sz::SMALL, false, Rgb::GREY);
    let mut rest: &[Bar] = &bars;
    let bottom = h - sz::MARGIN - footer_room(sz::FOOTER);
    let head_h = Style::new(sz::HEADING, true, Rgb::DARK).line_height()
        + 2.5
        + 2.0 * small.line_height()
        + 2.5;
    while !rest.is_empty() {
        let fits_here = continue_at
            .take()
            .filter(|y| y + head_h + rest.len() as f64 * sz::BAR_ROW <= bottom + EPS);
        let (mut page, mut y) = match (fits_here, pages.pop()) {
            (Some(y), Some(page)) => (page, y),
            (_, last) => {
                pages.extend(last);
                let page = PageLayout::new(w, h, sz::MARGIN);
                let y = page.printable.y;
                (page, y)
            }
        };
        let p = page.printable;
        let style = Style::new(sz::HEADING, true, Rgb::DARK);
        let heading = if first {
            lang.text("rollup-chart")
        } else {
            titles::continued(&lang.text("rollup-chart"), lang)
        };
        y += ts.line(&mut page, &heading, p.x, y, style, Role::Heading, p);
        let rule = y + 0.6;
        page.line(
            (p.x, rule),
            (p.right(), rule),
            Stroke::solid(Rgb::DARK, 0.5),
        );
        y += 2.5;
        // Legend: the bar and the dashed target.
        let lh = small.line_height();
        page.rect(
            Rect::new(p.x, y + lh * 0.25, 8.0, lh * 0.5),
            Some(Rgb::BLUE),
            None,
        );
        let t1 = lang.text("absence-ytd");
        ts.line(&mut page, &t1, p.x + 10.0, y, small, Role::Chart, p);
        let x2 = p.x + 14.0 + ts.width(&t1, small);
        page.line(
            (x2, y + lh / 2.0),
            (x2 + 8.0, y + lh / 2.0),
            target_stroke(1.0),
        );
        let t2 = lang.text("rollup-chart-target");
        ts.line(&mut page, &t2, x2 + 10.0, y, small, Role::Chart, p);
        y += lh + 2.0;
        // The scale along the top.
        let plot_x = p.x + label_w;
        let plot_w = p.w - label_w - value_w;
        let x_of = |v: f64| plot_x + v.clamp(0.0, top) / top * plot_w;
        let mut v = 0.0;
        while v <= top + EPS {
            let text = format!("{} %", nb::number(v));
            let tw = ts.width(&text, small);
            ts.line(
                &mut page,
                &text,
                x_of(v) - tw / 2.0,
                y,
                small,
                Role::Chart,
                p,
            );
            v += step;
        }
        y += lh + 0.5;
        let fit = (((bottom - y) / sz::BAR_ROW).floor() as usize).max(1);
        let (now, later) = rest.split_at(fit.min(rest.len()));
        let plot_top = y;
        let plot_bottom = y + now.len() as f64 * sz::BAR_ROW;
        // Grid lines at every step, under the bars.
        let mut v = step;
        while v <= top + EPS {
            page.line(
                (x_of(v), plot_top),
                (x_of(v), plot_bottom),
                Stroke::solid(Rgb::SHADE, 0.3),
            );
            v += step;
        }
        for (i, b) in now.iter().enumerate() {
            let ry = y + i as f64 * sz::BAR_ROW;
            if b.total {
                page.rect(Rect::new(p.x, ry, p.w, sz::BAR_ROW), Some(Rgb::PALE), None);
            }
            let style = if b.total { bold } else { body };
            let label = ts
                .capped(&b.label, label_w - 3.0, style, 1)
                .into_iter()
                .next()
                .unwrap_or_default();
            let ty = ry + (sz::BAR_ROW - style.line_height()) / 2.0;
            ts.line(&mut page, &label, p.x + 1.0, ty, style, Role::Chart, p);
            if let Some(v) = b.value {
                let color = if b.total { Rgb::DARK } else { Rgb::BLUE };
                page.rect(
                    Rect::new(
                        plot_x,
                        ry + sz::BAR_ROW * 0.2,
                        x_of(v) - plot_x,
                        sz::BAR_ROW * 0.6,
                    ),
                    Some(color),
                    None,
                );
            }
            if let Some(t) = b.target {
                page.line(
                    (x_of(t), ry + 0.4),
                    (x_of(t), ry + sz::BAR_ROW - 0.4),
                    target_stroke(1.0),
                );
            }
            let value = match (b.value, b.target) {
                (Some(v), Some(t)) => lang.format(
                    "rollup-value-target",
                    &[("pct", nb::pct(v).into()), ("target", nb::pct(t).into())],
                ),
                (Some(v), None) => nb::pct(v),
                (None, _) => b.note.clone(),
            };
            let vs = if b.value.is_some() { style } else { small };
            let value = ts
                .capped(&value, value_w - 2.0, vs, 1)
                .into_iter()
                .next()
                .unwrap_or_default();
            ts.line(
                &mut page,
                &value,
                plot_x + plot_w + 2.0,
                ry + (sz::BAR_ROW - vs.line_height()) / 2.0,
                vs,
                Role::Chart,
                p,
            );
        }
        page.line(
            (plot_x, plot_top),
            (plot_x, plot_bottom),
            Stroke::solid(Rgb::INK, 0.3),
        );
        pages.push(page);
        rest = later;
        first = false;
    }
}
