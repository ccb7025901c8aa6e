//! The year report's page of its own for the run chart (seriediagram): the unit's months
//! across every year the file has, the median line (of all points, or of a frozen
//! baseline), each measure's start (▲) and finish (■) numbered at its month with a key,
//! the counts against the Anhøj limits and the verdict naming its rule. The numbers come
//! from [`tavle_model::trend`]; this only places them.

use crate::board::median_stroke;
use crate::chart::{nice_top, scale_step};
use crate::flow::Flow;
use crate::layout::{PageLayout, Rect, Rgb, Role, Shape, Stroke, Style, EPS};
use crate::sizes::ReportSizes;
use crate::typeset::Typesetter;
use tavle_model::lang::Lang;
use tavle_model::model::YearMonth;
use tavle_model::nb;
use tavle_model::trend::{MarkerKind, Trend};

/// The role of the page's text (the report's fifth section).
const ROLE: Role = Role::Section(4);

/// One measure in the key: its number on the chart, its text and when it started and was
/// finished.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyEntry {
    pub number: usize,
    pub measure: String,
    pub started: Option<YearMonth>,
    pub finished: Option<YearMonth>,
}

/// The measures on the chart, numbered in the order they first appear (a measure carried
/// into next year's board keeps its number).
pub fn key(trend: &Trend) -> Vec<KeyEntry> {
    let mut key: Vec<KeyEntry> = Vec::new();
    for m in &trend.markers {
        let i = match key.iter().position(|k| k.measure == m.measure) {
            Some(i) => i,
            None => {
                key.push(KeyEntry {
                    number: key.len() + 1,
                    measure: m.measure.clone(),
                    started: None,
                    finished: None,
                });
                key.len() - 1
            }
        };
        let e = &mut key[i];
        match m.kind {
            MarkerKind::Started => {
                e.started = Some(e.started.map_or(m.month, |s| s.min(m.month)));
            }
            MarkerKind::Finished => {
                e.finished = Some(e.finished.map_or(m.month, |f| f.max(m.month)));
            }
        }
    }
    key
}

/// The month `n` months after `m`.
fn after(m: YearMonth, n: usize) -> YearMonth {
    let i = m.year as i64 * 12 + (m.month as i64 - 1) + n as i64;
    YearMonth {
        year: i.div_euclid(12) as i32,
        month: i.rem_euclid(12) as u32 + 1,
    }
}

/// "mars 2025".
fn month_text(m: YearMonth) -> String {
    format!("{} {}", nb::month_name(m.month), m.year)
}

/// "Median: 8,1 % (av alle punktene)" or "(av de første 12 månedene, frosset som grunnlag)".
pub fn median_text(trend: &Trend, lang: Lang) -> Option<String> {
    let median = trend.runs.median?;
    let basis = match trend.baseline {
        Some(b) if b < trend.points.len() => {
            lang.format("core-trend-text-baseline", &[("n", b.into())])
        }
        _ => lang.text("core-trend-text-all-points"),
    };
    Some(lang.format(
        "core-trend-text-median",
        &[("median", nb::pct(median).into()), ("basis", basis.into())],
    ))
}

/// The counts against their limits: "Nyttige punkter … Kryssinger: 5 (signal under 8)."
pub fn counts_text(trend: &Trend, lang: Lang) -> String {
    let r = &trend.runs;
    lang.format(
        "core-trend-text-counts",
        &[
            ("useful", r.useful.into()),
            ("run", r.longest_run.into()),
            ("run_limit", r.longest_run_limit.into()),
            ("crossings", r.crossings.into()),
            ("crossings_limit", r.crossings_limit.into()),
        ],
    )
}

/// A filled regular polygon around `(x, y)`: a dot (12 corners), the ▲ (3) of a start.
fn polygon(cx: f64, cy: f64, r: f64, corners: usize, turn: f64) -> Vec<(f64, f64)> {
    (0..corners)
        .map(|i| {
            let a = turn + i as f64 * std::f64::consts::TAU / corners as f64;
            (cx + r * a.cos(), cy + r * a.sin())
        })
        .collect()
}

fn dot(page: &mut PageLayout, x: f64, y: f64, r: f64, fill: Rgb, stroke: Option<Stroke>) {
    page.shapes.push(Shape::Path {
        points: polygon(x, y, r, 12, 0.0),
        closed: true,
        fill: Some(fill),
        stroke,
    });
}

/// The marker of a start (▲, green) or a finish (■, dark) with its top-left at `(x, y)`,
/// `s` mm wide.
fn marker(page: &mut PageLayout, kind: MarkerKind, x: f64, y: f64, s: f64) {
    match kind {
        MarkerKind::Started => page.shapes.push(Shape::Path {
            points: vec![(x, y + s), (x + s / 2.0, y), (x + s, y + s)],
            closed: true,
            fill: Some(Rgb::GREEN),
            stroke: None,
        }),
        MarkerKind::Finished => {
            let inset = s * 0.08;
            page.rect(
                Rect::new(x + inset, y + inset, s - 2.0 * inset, s - 2.0 * inset),
                Some(Rgb::DARK),
                None,
            );
        }
    }
}

/// The chart in `r`: scale, year bands, the points joined in month order, the median, and
/// the numbered markers of the measures in a band under the plot.
fn chart(
    page: &mut PageLayout,
    ts: &Typesetter,
    trend: &Trend,
    key: &[KeyEntry],
    r: Rect,
    sz: &ReportSizes,
) {
    let k = sz.k;
    let lang = sz.lang;
    let label = Style::new(sz.small, false, Rgb::GREY);
    let year_style = Style::new(sz.small, true, Rgb::INK);
    let number_style = Style::new(sz.small, true, Rgb::INK);
    let median_style = Style::new(sz.small, true, Rgb::GREEN);
    let lh = label.line_height();
    let months = trend
        .points
        .iter()
        .map(|p| p.month)
        .chain(trend.markers.iter().map(|m| m.month));
    let (Some(first), Some(last)) = (months.clone().min(), months.max()) else {
        return;
    };
    let index =
        |m: YearMonth| ((m.year - first.year) * 12 + m.month as i32 - first.month as i32) as usize;
    let slots = index(last) + 1;
    let median = trend.runs.median;
    let median_label =
        median.map(|m| lang.format("print-trend-median", &[("median", nb::pct(m).into())]));
    let gutter = median_label
        .as_deref()
        .map_or(0.0, |t| ts.width(t, median_style) + 2.0 * k);
    let axis_w = ts.width("00 %", label) + 1.5 * k;
    let plot_x = r.x + axis_w;
    let plot_w = r.w - axis_w - gutter;
    let slot = plot_w / slots as f64;
    let x_of = |i: usize| plot_x + slot * (i as f64 + 0.5);
    // The measures' markers, one per month and kind with the measures' numbers ("1,2,3", or
    // "4…12" for more), each in the first row where it clears the ones before it; with no
    // row free the marker is drawn without its numbers.
    let ms = 2.6 * k;
    let mut groups: Vec<(YearMonth, MarkerKind, Vec<usize>)> = Vec::new();
    for m in &trend.markers {
        let Some(e) = key.iter().find(|e| e.measure == m.measure) else {
            continue;
        };
        match groups.iter_mut().find(|g| g.0 == m.month && g.1 == m.kind) {
            Some(g) if !g.2.contains(&e.number) => g.2.push(e.number),
            Some(_) => {}
            None => groups.push((m.month, m.kind, vec![e.number])),
        }
    }
    let mut rows: Vec<f64> = Vec::new();
    let mut placed = Vec::new();
    for (month, kind, numbers) in &groups {
        let text = if numbers.len() <= 3 {
            numbers
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(",")
        } else {
            format!("{}…{}", numbers[0], numbers[numbers.len() - 1])
        };
        let x0 = x_of(index(*month)) - ms / 2.0;
        let x1 = x0 + ms + 0.4 * k + ts.width(&text, number_style);
        let free = rows.iter().position(|end| *end + 0.8 * k <= x0);
        let (row, text) = match free {
            Some(i) => (i, text),
            None if rows.len() < 6 => {
                rows.push(f64::MIN);
                (rows.len() - 1, text)
            }
            None => (rows.len() - 1, String::new()),
        };
        if !text.is_empty() {
            rows[row] = rows[row].max(x1);
        }
        placed.push((*kind, x0, row, text));
    }
    let mrow = number_style.line_height().max(ms) + 0.4 * k;
    let letters = slot >= ts.width("M", label) + 0.6 * k;
    let below = rows.len() as f64 * mrow + 1.0 * k + if letters { lh } else { 0.0 } + lh + 1.0 * k;
    let plot = Rect::new(plot_x, r.y + lh / 2.0, plot_w, r.h - lh / 2.0 - below);
    let max = trend
        .points
        .iter()
        .map(|p| p.pct)
        .chain(median)
        .fold(0.0, f64::max);
    let top = nice_top(if max > 0.0 { max * 1.15 } else { 10.0 });
    let step = scale_step(top);
    let y_of = |v: f64| plot.bottom() - v.clamp(0.0, top) / top * plot.h;
    // The scale, with a faint grid at every step.
    let mut v = 0.0;
    while v <= top + EPS {
        let y = y_of(v);
        if v > 0.0 {
            page.line(
                (plot.x, y),
                (plot.right(), y),
                Stroke::solid(Rgb::SHADE, 0.3 * k),
            );
        }
        let text = format!("{} %", nb::number(v));
        let w = ts.width(&text, label);
        ts.line(
            page,
            &text,
            plot.x - 1.0 * k - w,
            y - lh / 2.0,
            label,
            Role::Chart,
            r,
        );
        v += step;
    }
    // Years: a rule before each January, the year under its months; month letters when
    // there is room for them.
    let band_top = plot.bottom() + 1.0 * k;
    let letters_y = band_top + rows.len() as f64 * mrow;
    let years_y = letters_y + if letters { lh } else { 0.0 };
    let mut i = 0;
    while i < slots {
        let m = after(first, i);
        let end = (i + (12 - m.month as usize) + 1).min(slots);
        if i > 0 {
            let x = plot_x + slot * i as f64;
            page.line(
                (x, plot.y),
                (x, years_y + lh),
                Stroke::solid(Rgb::RULE, 0.3 * k),
            );
        }
        let text = m.year.to_string();
        let w = ts.width(&text, year_style);
        let span = slot * (end - i) as f64;
        if w + 1.0 * k <= span {
            let x = plot_x + slot * i as f64 + (span - w) / 2.0;
            ts.line(page, &text, x, years_y, year_style, Role::Chart, r);
        }
        i = end;
    }
    if letters {
        for i in 0..slots {
            let m = after(first, i);
            let letter = super::MONTH_LETTERS[m.month as usize - 1];
            let w = ts.width(letter, label);
            ts.line(
                page,
                letter,
                x_of(i) - w / 2.0,
                letters_y,
                label,
                Role::Chart,
                r,
            );
        }
    }
    // The measures: a faint line up through the plot, the marker and its number below.
    for (kind, x0, row, text) in &placed {
        let x = x0 + ms / 2.0;
        page.shapes.push(Shape::Path {
            points: vec![(x, plot.y), (x, plot.bottom())],
            closed: false,
            fill: None,
            stroke: Some(Stroke {
                color: if *kind == MarkerKind::Started {
                    Rgb::GREEN
                } else {
                    Rgb::DARK
                },
                width: 0.2 * k,
                dashed: true,
            }),
        });
        let y = band_top + *row as f64 * mrow;
        marker(page, *kind, *x0, y + (mrow - ms) / 2.0, ms);
        if text.is_empty() {
            continue;
        }
        ts.line(
            page,
            text,
            x0 + ms + 0.4 * k,
            y + (mrow - number_style.line_height()) / 2.0,
            number_style,
            Role::Chart,
            r,
        );
    }
    // The median: solid over the baseline it is taken from, dashed after it.
    if let (Some(m), Some(text)) = (median, median_label) {
        let y = y_of(m);
        let base_end = match trend.baseline {
            Some(b) if b > 0 && b < trend.points.len() => {
                Some(x_of(index(trend.points[b - 1].month)) + slot / 2.0)
            }
            _ => None,
        };
        let solid = median_stroke(k);
        match base_end {
            Some(x) => {
                page.line((plot.x, y), (x, y), solid);
                page.line(
                    (x, y),
                    (plot.right(), y),
                    Stroke {
                        dashed: true,
                        ..solid
                    },
                );
            }
            None => page.line((plot.x, y), (plot.right(), y), solid),
        }
        ts.line(
            page,
            &text,
            plot.right() + 1.5 * k,
            y - median_style.line_height() / 2.0,
            median_style,
            Role::Chart,
            r,
        );
    }
    // The points, joined in month order; on the median hollow (they do not count), in the
    // long run red.
    let pts: Vec<(f64, f64)> = trend
        .points
        .iter()
        .map(|p| (x_of(index(p.month)), y_of(p.pct)))
        .collect();
    if pts.len() > 1 {
        page.shapes.push(Shape::Path {
            points: pts.clone(),
            closed: false,
            fill: None,
            stroke: Some(Stroke::solid(Rgb::BLUE, 0.45 * k)),
        });
    }
    let run = trend.long_run();
    let dot_r = (slot * 0.4).clamp(0.45 * k, 1.0 * k);
    for ((p, (x, y)), in_run) in trend.points.iter().zip(&pts).zip(&run) {
        if Some(p.pct) == median {
            dot(
                page,
                *x,
                *y,
                dot_r,
                Rgb::WHITE,
                Some(Stroke::solid(Rgb::BLUE, 0.35 * k)),
            );
        } else if *in_run {
            dot(page, *x, *y, dot_r * 1.25, Rgb::RED, None);
        } else {
            dot(page, *x, *y, dot_r, Rgb::BLUE, None);
        }
    }
    page.line(
        (plot.x, plot.bottom()),
        (plot.right(), plot.bottom()),
        Stroke::solid(Rgb::INK, 0.3 * k),
    );
    page.line(
        (plot.x, plot.y),
        (plot.x, plot.bottom()),
        Stroke::solid(Rgb::INK, 0.3 * k),
    );
}

/// The legend under the chart: the points, the long run, the median, started, finished.
fn legend(
    page: &mut PageLayout,
    ts: &Typesetter,
    trend: &Trend,
    x: f64,
    y: f64,
    area: Rect,
    sz: &ReportSizes,
) -> f64 {
    let k = sz.k;
    let lang = sz.lang;
    let style = Style::new(sz.small, false, Rgb::INK);
    let lh = style.line_height();
    let s = 2.6 * k;
    let mut cx = x;
    let mut items: Vec<(u8, String)> = vec![(0, lang.text("print-trend-legend-points"))];
    if trend.runs.shift == Some(true) {
        items.push((1, lang.text("print-trend-legend-run")));
    }
    if let Some(t) = median_text(trend, lang) {
        items.push((2, t));
    }
    if trend.markers.iter().any(|m| m.kind == MarkerKind::Started) {
        items.push((3, lang.text("print-trend-legend-started")));
    }
    if trend.markers.iter().any(|m| m.kind == MarkerKind::Finished) {
        items.push((4, lang.text("print-trend-legend-finished")));
    }
    let mut y = y;
    for (what, text) in items {
        let sample = if what == 2 { 7.0 * k } else { s };
        let w = sample + 1.2 * k + ts.width(&text, style);
        if cx + w > area.right() && cx > x {
            cx = x;
            y += lh;
        }
        let mid = y + lh / 2.0;
        match what {
            0 => dot(page, cx + s / 2.0, mid, 0.9 * k, Rgb::BLUE, None),
            1 => dot(page, cx + s / 2.0, mid, 1.1 * k, Rgb::RED, None),
            2 => page.line((cx, mid), (cx + sample, mid), median_stroke(k)),
            3 => marker(page, MarkerKind::Started, cx, mid - s / 2.0, s),
            _ => marker(page, MarkerKind::Finished, cx, mid - s / 2.0, s),
        }
        ts.line(page, &text, cx + sample + 1.2 * k, y, style, ROLE, area);
        cx += w + 5.0 * k;
    }
    y + lh
}

/// The page: heading, what the chart shows, the chart, the counts and the verdict, then the
/// key of measures (continuing on the next page when long); what follows starts on a new
/// page. Nothing when the unit has no month with figures.
pub(super) fn section(flow: &mut Flow, ts: &Typesetter, trend: &Trend, sz: &ReportSizes) {
    if trend.points.is_empty() {
        return;
    }
    let k = sz.k;
    let lang = sz.lang;
    flow.new_page();
    let heading = lang.text("print-trend-heading");
    let mut y = super::section_heading(flow, ts, &heading, 0.0, sz);
    let p = flow.page().printable;
    let area = Rect::new(p.x, y, p.w, flow.bottom - y);
    let small = Style::new(sz.small, false, Rgb::GREY);
    let intro = lang.format(
        "print-trend-intro",
        &[
            ("unit", trend.unit.as_str().into()),
            ("n", trend.points.len().into()),
        ],
    );
    y = ts.paragraph(flow.page(), &intro, p.x, y, p.w, small, ROLE, area) + 2.0 * k;
    let key = key(trend);
    // The chart takes what the verdict, the counts and a few lines of the key leave.
    let body = Style::new(sz.body, false, Rgb::INK);
    let verdict_style = Style::new(sz.lead, true, Rgb::DARK);
    let verdict = trend.verdict_in(lang);
    let counts = counts_text(trend, lang);
    // Room for the legend, the counts, the verdict and up to eight measures of the key.
    let key_room = if key.is_empty() {
        0
    } else {
        key.len().min(8) + 1
    };
    let after = ts.paragraph_height(&verdict, p.w - 4.0 * k, verdict_style)
        + ts.paragraph_height(&counts, p.w, body)
        + (2 + key_room) as f64 * (body.line_height() + 0.6 * k)
        + 14.0 * k;
    let chart_h = (flow.bottom - y - after).clamp(55.0 * k, 105.0 * k);
    chart(
        flow.page(),
        ts,
        trend,
        &key,
        Rect::new(p.x, y, p.w, chart_h),
        sz,
    );
    y += chart_h + 1.5 * k;
    y = legend(flow.page(), ts, trend, p.x, y, area, sz) + 2.0 * k;
    y = ts.paragraph(flow.page(), &counts, p.x, y, p.w, body, ROLE, area) + 1.5 * k;
    // The verdict, naming its rule, on a pale band.
    let vh = ts.paragraph_height(&verdict, p.w - 4.0 * k, verdict_style) + 2.0 * k;
    let band = Rect::new(p.x, y, p.w, vh);
    flow.page().rect(band, Some(Rgb::PALE), None);
    ts.paragraph(
        flow.page(),
        &verdict,
        p.x + 2.0 * k,
        y + 1.0 * k,
        p.w - 4.0 * k,
        verdict_style,
        ROLE,
        band,
    );
    flow.y = y + vh + 3.0 * k;
    key_lines(flow, ts, &key, sz);
    flow.new_page();
}

/// The key: "1  Utarbeide en prosedyre … — startet mars 2025, fullført juni 2025", a line
/// (or two) per measure, moving on to a new page when the page is full.
fn key_lines(flow: &mut Flow, ts: &Typesetter, key: &[KeyEntry], sz: &ReportSizes) {
    if key.is_empty() {
        return;
    }
    let k = sz.k;
    let lang = sz.lang;
    let bold = Style::new(sz.body, true, Rgb::INK);
    let body = Style::new(sz.body, false, Rgb::INK);
    let lh = body.line_height();
    let num_w = ts.width("00", bold) + 1.5 * k;
    let s = 2.6 * k;
    let lead = num_w + 2.0 * (s + 0.8 * k) + 1.5 * k;
    if flow.remaining() < 2.0 * lh + EPS {
        flow.new_page();
    }
    let p = flow.page().printable;
    let heading = lang.text("print-trend-key-heading");
    let y = flow.y;
    flow.y += ts.line(flow.page(), &heading, p.x, y, bold, ROLE, p) + 0.5 * k;
    for e in key {
        let mut when = Vec::new();
        if let Some(m) = e.started {
            when.push(lang.format(
                "print-trend-key-started",
                &[("month", month_text(m).into())],
            ));
        }
        if let Some(m) = e.finished {
            when.push(lang.format(
                "print-trend-key-finished",
                &[("month", month_text(m).into())],
            ));
        }
        let text = format!("{} — {}", e.measure, when.join(", "));
        let lines = ts.capped(&text, p.w - lead, body, 2);
        let h = lines.len() as f64 * lh + 0.6 * k;
        if h > flow.remaining() + EPS {
            flow.new_page();
        }
        let y = flow.y;
        let page = flow.page();
        let number = e.number.to_string();
        let nw = ts.width(&number, bold);
        ts.line(page, &number, p.x + num_w - 1.5 * k - nw, y, bold, ROLE, p);
        let mut mx = p.x + num_w;
        let my = y + (lh - s) / 2.0;
        if e.started.is_some() {
            marker(page, MarkerKind::Started, mx, my, s);
        }
        mx += s + 0.8 * k;
        if e.finished.is_some() {
            marker(page, MarkerKind::Finished, mx, my, s);
        }
        let mut ly = y;
        for l in &lines {
            ly += ts.line(page, l, p.x + lead, ly, body, ROLE, p);
        }
        flow.y = y + h;
    }
}
