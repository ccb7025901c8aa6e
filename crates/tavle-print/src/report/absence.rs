//! The year report's first section, Sykefravær: the months table on the left; the key
//! figures and the month chart against the target on the right.

use crate::chart::{scale_step, target_stroke, MonthChart};
use crate::layout::{PageLayout, Rect, Rgb, Role, Shape, Stroke, Style, EPS};
use crate::sizes::ReportSizes;
use crate::table::{CellSpec, Para, RowSpec, Table};
use crate::typeset::Typesetter;
use tavle_model::lang::Lang;
use tavle_model::nb;
use tavle_model::stats::YtdBasis;
use tavle_model::year::YearReport;

/// The headings of the months table, in `lang`.
pub fn month_head(lang: Lang) -> [String; 5] {
    [
        "report-col-month",
        "report-col-absence",
        "so-far-this-year",
        "report-col-lost-days",
        "report-col-basis",
    ]
    .map(|id| lang.text(id))
}

/// The months' text cells: name, percentage, year to date, workdays, basis (in `lang`).
pub fn month_cells(rep: &YearReport, month: u32, lang: Lang) -> [String; 5] {
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
                .map(|(agreed, lost)| {
                    lang.format(
                        "core-print-lost-of-agreed",
                        &[
                            ("lost", nb::number(lost).into()),
                            ("agreed", nb::number(agreed).into()),
                        ],
                    )
                })
                .unwrap_or_default(),
            f.year_to_date.basis.label_in(lang),
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
pub(super) fn section(
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
    let lang = sz.lang;
    let rows: Vec<[String; 5]> = (1..=12).map(|m| month_cells(rep, m, lang)).collect();
    let total_days = rep
        .months
        .iter()
        .map(|m| m.days)
        .collect::<Option<Vec<_>>>()
        .filter(|d| !d.is_empty())
        .map(|d| {
            let (a, l) = d.iter().fold((0.0, 0.0), |(a, l), (x, y)| (a + x, l + y));
            lang.format(
                "core-print-lost-of-agreed",
                &[
                    ("lost", nb::number(l).into()),
                    ("agreed", nb::number(a).into()),
                ],
            )
        })
        .unwrap_or_default();
    let summary: [String; 5] = match rep.year_to_date {
        Some(ytd) => [
            lang.text("so-far-this-year"),
            String::new(),
            nb::pct(ytd.pct),
            total_days,
            ytd.basis.label_in(lang),
        ],
        None => [
            lang.text("so-far-this-year"),
            String::new(),
            lang.text("no-figures"),
            String::new(),
            String::new(),
        ],
    };
    // Columns as wide as their widest text (headings on one line).
    let heads = month_head(lang);
    let widths: Vec<f64> = (0..5)
        .map(|c| {
            rows.iter()
                .map(|r| ts.width(&r[c], body))
                .chain([ts.width(&summary[c], bold), ts.width(&heads[c], head)])
                .chain((c == 4).then(|| ts.width(&YtdBasis::MonthlyMean.label_in(lang), bold)))
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
    let head_row = table.lay(ts, &RowSpec::header(&heads, head));
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
        let note = lang.text("core-print-small-unit-note");
        let style = Style::new(sz.small, false, Rgb::GREY);
        let area = Rect::new(p.x, ty, table.width(), p.bottom() - ty);
        ty = ts.paragraph(page, &note, p.x, ty, table.width(), style, role, area);
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
    let lang = sz.lang;
    let basis = rep.year_to_date.map(|ytd| {
        let months = lang.format("months-count", &[("n", ytd.months.into())]);
        format!("{}, {months}", ytd.basis.label_in(lang))
    });
    let heading = lang.text("absence-ytd");
    let col = [
        ts.width(&heading, label),
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
    y = ts.paragraph(page, &heading, r.x, y, col, label, role, left);
    match rep.year_to_date {
        Some(ytd) => {
            y += ts.line(page, &nb::pct(ytd.pct), r.x, y, big, role, left);
            let text = basis.unwrap_or_default();
            y = ts.paragraph(page, &text, r.x, y, col, small, role, left);
        }
        None => {
            let none = lang.text("no-figures-yet");
            y = ts.paragraph(page, &none, r.x, y, col, small, role, left);
        }
    }
    let x2 = r.x + col + 6.0 * k;
    let right = Rect::new(x2, r.y, r.right() - x2, r.h);
    let mut y2 = r.y;
    let para = |page: &mut PageLayout, text: &str, style: Style, y2: &mut f64| {
        *y2 = ts.paragraph(page, text, x2, *y2, right.w, style, role, right);
    };
    let target_text = rep.target_pct.map_or_else(
        || lang.text("target-not-set"),
        |t| lang.format("target", &[("pct", nb::pct(t).into())]),
    );
    para(page, &target_text, target, &mut y2);
    y2 += 1.0 * k;
    if let Some(gap) = rep.gap {
        let words = lang.text(if gap.points > 0.05 {
            "over-target"
        } else if gap.points < -0.05 {
            "under-target"
        } else {
            "on-target"
        });
        para(page, &lang.text("report-gap"), small, &mut y2);
        let text = format!("{} {words}", nb::points(gap.points));
        para(page, &text, strong, &mut y2);
    }
    if let Some(presence) = rep.presence {
        para(page, &lang.text("report-presence"), small, &mut y2);
        let mut text = nb::pct(presence);
        if let Some(t) = rep.target_pct {
            let pct = nb::pct(tavle_model::stats::presence(t));
            let target = lang.format("target-in-brackets", &[("pct", pct.into())]);
            text.push_str(&format!(" {target}"));
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
    let month_chart = MonthChart {
        label,
        target_label,
        target: rep.target_pct,
        axis_gap: 2.0 * k,
        headroom: 1.25,
        k,
    };
    // Under the plot: the month letters, the figures and the key.
    let h = r.h - lh / 2.0 - 2.0 * lh - 1.0 * k - lh - 2.5 * k;
    let values = rep.months.iter().flat_map(|m| [m.pct, m.year_to_date.pct]);
    let plot = month_chart.plot(page, ts, r, h, values, r);
    let role = Role::Chart;
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
    // A sign's words after it; returns where the next sign goes.
    let words = |page: &mut PageLayout, x: f64, text: &str| {
        // (Sums as `x += …` made them: the same millimetres to the last bit.)
        let x = x + (sw + 1.5 * k);
        ts.line(page, text, x, ky, value, role, r);
        x + (ts.width(text, value) + 5.0 * k)
    };
    x = words(page, x, &sz.lang.text("report-chart-months"));
    page.line((x, mid), (x + sw, mid), ytd_stroke);
    page.rect(
        Rect::new(x + sw / 2.0 - dot / 2.0, mid - dot / 2.0, dot, dot),
        Some(Rgb::DARK),
        None,
    );
    x = words(page, x, &sz.lang.text("so-far-this-year"));
    if let Some(t) = rep.target_pct {
        page.line((x, mid), (x + sw * 1.4, mid), target_stroke);
        x += sw * 1.4 + 1.5 * k;
        let text = sz
            .lang
            .format("target-short", &[("pct", nb::pct(t).into())]);
        ts.line(page, &text, x, ky, target_label, role, r);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::section_titles;
    use crate::report::tests::{a4, report_board, today};
    use tavle_model::lang::Lang;
    use tavle_model::year::year_report;

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
    fn the_months_table_has_every_month_with_a_dash_for_begun_months_without_figures() {
        let b = report_board(1);
        let rep = year_report(&b, today());
        let cells = |m| month_cells(&rep, m, Lang::Nb);
        assert_eq!(cells(1)[1], "15,0 %");
        assert_eq!(cells(1)[3], "30 av 200");
        assert_eq!(cells(4)[1], "–");
        assert_eq!(cells(12)[1], "");
        let t = a4(&b).0[0].text();
        for name in nb::MONTH_NAMES {
            assert!(t.contains(name), "{name}");
        }
        for s in section_titles(Lang::Nb) {
            assert!(a4(&b).0.iter().any(|p| p.text().contains(&s)), "{s}");
        }
    }
}
