//! The Forbedringstavle for the wall: header with the figures box and chart, then the
//! seven columns, as many pages as the rows need (never smaller text).

use chrono::NaiveDate;

use super::chart::MonthChart;
use super::flow::{footer_room, footers, Flow};
use super::font::PT_TO_MM;
use super::layout::{PageLayout, Rect, Rgb, Role, Stroke, Style};
use super::marker::{draw_marker, status_color, Marker};
use super::sizes::{lines, PageSpec, Sizes};
use super::table::{fit_columns, CellSpec, Para, RowSpec, Table};
use super::titles;
use super::typeset::Typesetter;
use tavle_model::lang::Lang;
use tavle_model::model::{Board, Field, PrintColumn, Row, Status, FIELDS};
use tavle_model::nb;
use tavle_model::stats;
use tavle_model::trend::{Side, Trend, MIN_USEFUL};

/// The fields with a column of their own on the board, in order (Mål … Resultat; Frist
/// is printed under Når?).
fn printed() -> impl Iterator<Item = (Field, PrintColumn)> {
    FIELDS
        .iter()
        .filter_map(|spec| Some((spec.field, spec.print?)))
}

/// The fields printed under `field`'s column (Frist under Når?).
fn under(field: Field) -> impl Iterator<Item = Field> {
    FIELDS
        .iter()
        .filter(move |spec| spec.under == Some(field))
        .map(|spec| spec.field)
}

/// The column headings in `lang`, in order (MÅL, IDEER, …).
pub fn columns(lang: Lang) -> Vec<String> {
    printed().map(|(_, col)| lang.text(col.heading)).collect()
}

/// "Rad 3": the row's number on the wall, as the cards, the workshop print and
/// Månedsgjennomgang name it (`i` is 0-based).
pub fn row_label(i: usize, lang: Lang) -> String {
    lang.format("row-label", &[("n", (i + 1).into())])
}

/// The tag under a column of the choices shown there, «Basistiltak · Forebyggende» under
/// Tiltak; empty when none is chosen.
fn tag_text(row: &Row, field: Field, lang: Lang) -> String {
    under(field)
        .filter(|f| f.spec().choices().is_some())
        .map(|f| row.shown(f, lang))
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Whether any row carries a tag (and the legend explains them).
fn has_tags(board: &Board) -> bool {
    board
        .rows
        .iter()
        .any(|r| Field::choices().any(|f| r.choice(f).is_some()))
}

/// "Frist 28.02.2025" under Når?.
fn due_text(due: NaiveDate, lang: Lang) -> String {
    lang.format("due-on", &[("date", nb::date(due).into())])
}

/// The text of each of a row's cells as printed (for tests that read it back); `i` is the
/// row's place on the board (0-based), printed as "Rad N" over the goal.
pub fn cell_texts(i: usize, row: &Row, today: NaiveDate, lang: Lang) -> Vec<String> {
    printed()
        .map(|(field, _)| {
            let mut text = match field {
                Field::Goal => format!("{}\n{}", row_label(i, lang), row.goal),
                Field::Status => {
                    let mut status = row.status.label_in(lang);
                    if row.is_overdue(today) {
                        status.push('\n');
                        status.push_str(&lang.text("overdue-badge"));
                    }
                    status
                }
                Field::Due => String::new(),
                text => row.text(text).unwrap_or_default().to_string(),
            };
            for below in under(field) {
                if let (Field::Due, Some(due)) = (below, row.due) {
                    text = format!("{text}\n{}", due_text(due, lang));
                }
            }
            let tag = tag_text(row, field, lang);
            if !tag.is_empty() {
                text = format!("{text}\n{tag}");
            }
            text
        })
        .collect()
}

fn row_spec(i: usize, row: &Row, today: NaiveDate, sz: &Sizes) -> RowSpec {
    let body = Style::new(sz.body, false, Rgb::INK);
    let bold = Style::new(sz.body, true, Rgb::INK);
    let overdue = row.is_overdue(today);
    let role = |col| Role::Cell { row: i, col };
    let text = |col: usize, s: &str, style| CellSpec {
        paras: vec![Para::new(s, style, role(col))],
        ..CellSpec::default()
    };
    let cells = printed()
        .enumerate()
        .map(|(col, (field, _))| {
            let mut cell = match field {
                Field::Goal => {
                    let mut goal = text(col, &row.goal, bold);
                    goal.paras.insert(
                        0,
                        Para::new(
                            row_label(i, sz.lang),
                            Style::new(sz.body, true, Rgb::GREY),
                            role(col),
                        ),
                    );
                    goal
                }
                Field::Status => {
                    let mut status = CellSpec {
                        paras: vec![Para::new(row.status.label_in(sz.lang), bold, role(col))
                            .marker(Marker::Status(row.status))],
                        stripe: Some(status_color(row.status)),
                        fill: None,
                    };
                    if overdue {
                        status.paras.push(
                            Para::new(
                                sz.lang.text("overdue-badge"),
                                Style::new(sz.body, true, Rgb::WHITE),
                                role(col),
                            )
                            .badge(Rgb::RED)
                            .space_before(1.5 * sz.k),
                        );
                    }
                    status
                }
                field => text(col, row.text(field).unwrap_or_default(), body),
            };
            for below in under(field) {
                if let (Field::Due, Some(due)) = (below, row.due) {
                    // Only a missed date is bold: in a grey copy it must stand out, not the
                    // others.
                    let style = if overdue {
                        Style::new(sz.body, true, Rgb::RED)
                    } else {
                        body
                    };
                    cell.paras.push(
                        Para::new(due_text(due, sz.lang), style, role(col))
                            .space_before(1.2 * sz.k),
                    );
                }
            }
            let tag = tag_text(row, field, sz.lang);
            if !tag.is_empty() {
                cell.paras.push(
                    Para::new(tag, Style::new(sz.small, true, Rgb::GREY), role(col))
                        .space_before(1.2 * sz.k),
                );
            }
            cell
        })
        .collect();
    RowSpec {
        cells,
        fill: (i % 2 == 1).then_some(Rgb::SHADE),
        min_height: 0.0,
    }
}

/// Column widths that suit the content: each column gets room in proportion to how much
/// text it holds, but at least its heading and (within reason) its longest word, and no
/// more than its longest text needs on one line.
fn column_widths(
    ts: &Typesetter,
    board: &Board,
    today: NaiveDate,
    total: f64,
    sz: &Sizes,
) -> Vec<f64> {
    let body = Style::new(sz.body, false, Rgb::INK);
    let bold = Style::new(sz.body, true, Rgb::INK);
    let head = Style::new(sz.head, true, Rgb::WHITE);
    let pad = 2.0 * sz.pad;
    let mut mins = Vec::new();
    let mut wants = Vec::new();
    let mut maxes = Vec::new();
    let lang = sz.lang;
    for (col, ((field, print), heading)) in printed().zip(columns(lang)).enumerate() {
        let heading = &heading;
        let style = if field == Field::Goal { bold } else { body };
        let texts: Vec<String> = board
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| cell_texts(i, r, today, lang)[col].clone())
            .collect();
        let longest_word = texts
            .iter()
            .flat_map(|t| t.split_whitespace())
            .map(|w| ts.width(w, style))
            .fold(0.0, f64::max);
        let longest_line = texts
            .iter()
            .flat_map(|t| t.lines())
            .map(|l| ts.width(l, style))
            .fold(0.0, f64::max);
        let floor = print.floor;
        // (The 0,5 mm keeps a word that exactly fills a column from breaking on rounding.)
        let mut min = (ts.width(heading, head) + pad + 0.5)
            .max((longest_word + pad + 0.5).min(total * 0.14))
            .max(total * floor);
        let mut want: f64 = texts.iter().map(|t| ts.width(t, style)).sum::<f64>();
        let mut max = longest_line + pad + 1.0;
        match field {
            _ if under(field).any(|f| f == Field::Due)
                && board.rows.iter().any(|r| r.due.is_some()) =>
            {
                let widest = due_text(
                    NaiveDate::from_ymd_opt(2025, 9, 28).unwrap_or_default(),
                    lang,
                );
                min = min.max(ts.width(&widest, bold) + pad + 0.5);
            }
            Field::Status => {
                // Status: room for the widest word with its marker and stripe, and the badge.
                let m = sz.body * PT_TO_MM;
                let word = Status::ALL
                    .iter()
                    .map(|s| ts.width(&s.label_in(lang), bold))
                    .fold(0.0, f64::max);
                let badge = ts.width(&lang.text("overdue-badge"), bold) + 0.7 * m;
                min = min.max(word.max(badge) + 1.35 * m + 3.0 * sz.k + pad * 1.3 + 0.5);
                max = min;
                want = 0.0;
            }
            _ => {}
        }
        // An empty board (or column) still gets a fair share.
        want += total * 0.3;
        mins.push(min);
        wants.push(want);
        maxes.push(max.max(min));
    }
    fit_columns(total, &mins, &wants, &maxes)
}

/// Numbers for the figures box.
struct Figures {
    ytd: Option<stats::YearToDate>,
    target: Option<f64>,
    months: [Option<f64>; 12],
}

fn figures(board: &Board) -> Figures {
    let this_year: Vec<_> = board
        .absence
        .iter()
        .filter(|m| m.month.year == board.year)
        .cloned()
        .collect();
    // Unvalidated numbers (NaN, a month 0) are left out rather than drawn wrong.
    let mut months = [None; 12];
    for m in &this_year {
        let slot = (m.month.month as usize)
            .checked_sub(1)
            .and_then(|i| months.get_mut(i));
        if let Some(slot) = slot {
            *slot = m.percent().filter(|p| p.is_finite());
        }
    }
    Figures {
        ytd: stats::year_to_date(&this_year).filter(|y| y.pct.is_finite()),
        target: board.target_pct.filter(|t| t.is_finite()),
        months,
    }
}

/// The run chart's verdict in a few words, for one line on the wall: «Ingen signal: …»,
/// «Signal: 9 måneder på rad under medianen», or why there is none yet (the year report
/// says it in full, with the rule).
pub fn short_verdict(trend: &Trend, lang: Lang) -> String {
    let r = &trend.runs;
    match (r.shift, r.crossings_signal) {
        (None, _) | (_, None) => lang.format(
            "print-trend-short-too-few",
            &[("n", r.useful.into()), ("min", MIN_USEFUL.into())],
        ),
        (Some(true), _) => lang.format(
            match r.longest_run_side {
                Some(Side::Above) => "print-trend-short-above",
                _ => "print-trend-short-below",
            },
            &[("n", r.longest_run.into())],
        ),
        (Some(false), Some(true)) => {
            lang.format("print-trend-short-crossings", &[("n", r.crossings.into())])
        }
        (Some(false), Some(false)) => lang.text("print-trend-short-none"),
    }
}

/// The run chart's line in the figures box: «Median 8,1 % · Ingen signal: …» in the
/// largest size up to `style` that fits `width` on one line (the verdict alone when the
/// median does not fit with it); `None` without any month.
fn trend_line(
    ts: &Typesetter,
    trend: &Trend,
    width: f64,
    style: Style,
    sz: &Sizes,
) -> Option<(String, Style)> {
    let median = trend.runs.median?;
    let verdict = short_verdict(trend, sz.lang);
    let both = sz.lang.format(
        "print-board-trend-line",
        &[
            ("median", nb::pct(median).into()),
            ("verdict", verdict.as_str().into()),
        ],
    );
    let smallest = sz.small.min(style.size);
    let mut size = style.size;
    loop {
        let s = Style { size, ..style };
        for text in [&both, &verdict] {
            if ts.width(text, s) <= width {
                return Some((text.clone(), s));
            }
        }
        if size <= smallest {
            let line = ts.capped(&verdict, width, s, 1).into_iter().next();
            return line.map(|l| (l, s));
        }
        size = (size - 0.5 * sz.k).max(smallest);
    }
}

/// The box "Sykefravær hittil i år" with the target, the gap, a month chart with the run
/// chart's median, and the run chart's verdict in one line along the bottom.
fn figures_box(
    page: &mut PageLayout,
    ts: &Typesetter,
    board: &Board,
    trend: &Trend,
    r: Rect,
    sz: &Sizes,
) -> f64 {
    let k = sz.k;
    let f = figures(board);
    let pad = 4.0 * k;
    let text_w = 66.0 * k;
    let x = r.x + pad;
    // Measure the text first to know the box's height.
    let label = Style::new(sz.label + 1.0 * k, true, Rgb::INK);
    let big = Style::new(sz.big, true, Rgb::DARK);
    let none = Style::new(sz.lead, true, Rgb::GREY);
    let small = Style::new(sz.small, false, Rgb::GREY);
    let target = Style::new(sz.lead, true, Rgb::RED);
    let gap = Style::new(sz.small, false, Rgb::INK);
    let lang = sz.lang;
    let mut lines: Vec<(String, Style, f64)> = vec![(lang.text("absence-ytd"), label, 0.0)];
    match f.ytd {
        Some(ytd) => {
            lines.push((nb::pct(ytd.pct), big, 0.0));
            let months = lang.format("months-count", &[("n", ytd.months.into())]);
            lines.push((
                format!("{}, {months}", ytd.basis.label_in(lang)),
                small,
                0.0,
            ));
        }
        None => lines.push((lang.text("no-figures-yet"), none, 1.0 * k)),
    }
    match f.target {
        Some(t) => {
            let text = lang.format("target", &[("pct", nb::pct(t).into())]);
            lines.push((text, target, 2.5 * k));
            if let Some(ytd) = f.ytd {
                let g = stats::gap_to_target(ytd.pct, t).points;
                let words = lang.text(if g > 0.05 {
                    "over-target"
                } else if g < -0.05 {
                    "under-target"
                } else {
                    "on-target"
                });
                lines.push((format!("{} ({words})", nb::points(g)), gap, 0.0));
            }
        }
        None => lines.push((lang.text("target-not-set"), target, 2.5 * k)),
    }
    let wrapped: Vec<(String, Style, f64)> = lines
        .into_iter()
        .flat_map(|(t, s, before)| {
            ts.wrap(&t, text_w, s)
                .into_iter()
                .enumerate()
                .map(move |(i, l)| (l, s, if i == 0 { before } else { 0.0 }))
                .collect::<Vec<_>>()
        })
        .collect();
    let text_h: f64 = wrapped.iter().map(|(_, s, b)| s.line_height() + b).sum();
    let verdict_style = Style::new(sz.lead, true, Rgb::DARK);
    let verdict = trend_line(ts, trend, r.w - 2.0 * pad, verdict_style, sz);
    let verdict_h = verdict
        .as_ref()
        .map_or(0.0, |(_, s)| s.line_height() + 2.0 * k);
    let top_h = (text_h + 2.0 * pad).max(58.0 * k);
    let h = top_h + verdict_h;
    let rect = Rect::new(r.x, r.y, r.w, h);
    page.rect(
        rect,
        Some(Rgb::WHITE),
        Some(Stroke::solid(Rgb::DARK, 0.6 * k)),
    );
    let mut y = r.y + pad;
    for (t, s, before) in &wrapped {
        y += before;
        y += ts.line(page, t, x, y, *s, Role::Text, rect);
    }
    // The chart fills the rest of the box.
    let chart = Rect::new(
        x + text_w + 4.0 * k,
        r.y + pad,
        r.right() - pad - (x + text_w + 4.0 * k),
        top_h - 2.0 * pad,
    );
    month_chart(page, ts, &f, trend.runs.median, chart, rect, sz);
    if let Some((text, style)) = verdict {
        let y = r.y + top_h - pad + 2.0 * k;
        page.line(
            (x, y - 1.0 * k),
            (rect.right() - pad, y - 1.0 * k),
            Stroke::solid(Rgb::RULE, 0.3 * k),
        );
        ts.line(page, &text, x, y, style, Role::Text, rect);
    }
    h
}

/// The run chart's median: dark green, solid, so it reads apart from the red dashed target
/// in black and white too.
pub(crate) fn median_stroke(k: f64) -> Stroke {
    Stroke::solid(Rgb::GREEN, 0.7 * k)
}

/// Twelve month slots, a bar for each month with figures, the target as a dashed line and
/// the run chart's median (across the unit's years) as a solid one.
fn month_chart(
    page: &mut PageLayout,
    ts: &Typesetter,
    f: &Figures,
    median: Option<f64>,
    r: Rect,
    container: Rect,
    sz: &Sizes,
) {
    let k = sz.k;
    let label = Style::new(sz.chart, false, Rgb::GREY);
    let chart = MonthChart {
        label,
        target_label: Style::new(sz.chart, true, Rgb::RED),
        target: f.target,
        axis_gap: 1.5 * k,
        headroom: 1.2,
        k,
    };
    let lh = label.line_height();
    let h = r.h - lh - lh / 2.0 - 1.0 * k;
    let plot = chart.plot(
        page,
        ts,
        r,
        h,
        f.months.iter().flatten().copied().chain(median),
        container,
    );
    let p = plot.area;
    page.line(
        (p.x, plot.y_of(plot.top)),
        (p.right(), plot.y_of(plot.top)),
        Stroke::solid(Rgb::SHADE, 0.2 * k),
    );
    for (i, v) in f.months.iter().enumerate() {
        if let Some(v) = v {
            plot.bar(page, i, *v);
        }
        plot.month_letter(page, ts, i, label, container);
    }
    plot.axes(page);
    if let Some(m) = median {
        let y = plot.y_of(m);
        page.line((p.x, y), (p.right(), y), median_stroke(k));
        let text = sz
            .lang
            .format("print-trend-median", &[("median", nb::pct(m).into())]);
        let style = Style::new(sz.chart, true, Rgb::GREEN);
        let w = ts.width(&text, style);
        // Above the line at the right, or under it when the top of the chart is too near.
        let lh = style.line_height();
        let ty = if y - lh - 0.3 * k >= p.y {
            y - lh - 0.3 * k
        } else {
            y + 0.3 * k
        };
        page.rect(
            Rect::new(p.right() - w - 1.0 * k, ty, w + 1.0 * k, lh),
            Some(Rgb::WHITE),
            None,
        );
        ts.line(
            page,
            &text,
            p.right() - w - 0.5 * k,
            ty,
            style,
            Role::Chart,
            container,
        );
    }
    if let Some(t) = f.target {
        plot.target_line(page, t);
    }
}

/// The first page's header: title, unit and year, main goal, focus, and the figures box.
fn header(page: &mut PageLayout, ts: &Typesetter, board: &Board, trend: &Trend, sz: &Sizes) -> f64 {
    let k = sz.k;
    let p = page.printable;
    let box_w = 165.0 * k;
    let left = Rect::new(p.x, p.y, p.w - box_w - 8.0 * k, p.h * 0.45);
    let box_h = figures_box(
        page,
        ts,
        board,
        trend,
        Rect::new(p.right() - box_w, p.y, box_w, 0.0),
        sz,
    );
    let mut y = p.y;
    let title = Style::new(sz.title, true, Rgb::DARK);
    let board_title = titles::board_title(board, sz.lang);
    for l in ts.capped(&board_title, left.w, title, lines::TITLE) {
        y += ts.line(page, &l, p.x, y, title, Role::Title, left);
    }
    let sub = Style::new(sz.subtitle, true, Rgb::INK);
    for l in ts.capped(
        &format!("{} {}", board.unit, board.year),
        left.w,
        sub,
        lines::SUBTITLE,
    ) {
        y += ts.line(page, &l, p.x, y, sub, Role::Heading, left);
    }
    y += 2.5 * k;
    let lead = Style::new(sz.lead, false, Rgb::INK);
    if !board.main_goal.trim().is_empty() {
        let label = Style::new(sz.label, true, Rgb::GREY);
        let text = sz.lang.text("main-goal");
        y += ts.line(page, &text, p.x, y, label, Role::Text, left);
        for l in ts.capped(&board.main_goal, left.w, lead, lines::MAIN_GOAL) {
            y += ts.line(page, &l, p.x, y, lead, Role::Text, left);
        }
        y += 1.5 * k;
    }
    if !board.focus.trim().is_empty() {
        let text = sz
            .lang
            .format("focus", &[("focus", board.focus.trim().into())]);
        for l in ts.capped(&text, left.w, lead, lines::FOCUS) {
            y += ts.line(page, &l, p.x, y, lead, Role::Text, left);
        }
    }
    y = legend(page, ts, left, y + 3.0 * k, has_tags(board), sz);
    y.max(p.y + box_h) + 6.0 * k
}

/// A key to the status markers, so a black-and-white copy can be read without colour; with
/// `tags`, a line saying what the tags under Tiltak are.
fn legend(
    page: &mut PageLayout,
    ts: &Typesetter,
    area: Rect,
    y: f64,
    tags: bool,
    sz: &Sizes,
) -> f64 {
    let style = Style::new(sz.small, false, Rgb::INK);
    let lh = style.line_height();
    let s = sz.small * PT_TO_MM * 0.95;
    let mut x = area.x;
    let mut y = y;
    for status in Status::ALL {
        let label = status.label_in(sz.lang);
        let w = s * 1.35 + ts.width(&label, style);
        if x + w > area.right() && x > area.x {
            x = area.x;
            y += lh;
        }
        draw_marker(page, Marker::Status(status), x, y + (lh - s) / 2.0, s);
        ts.line(page, &label, x + s * 1.35, y, style, Role::Text, area);
        x += w + 5.0 * sz.k;
    }
    let mut y = y + lh;
    if tags {
        let key = sz.lang.text("print-legend-tags");
        for l in ts.capped(&key, area.w, style, 2) {
            y += ts.line(page, &l, area.x, y, style, Role::Text, area);
        }
    }
    y
}

/// Lays out the board on `spec`'s paper (landscape), with the unit's run chart `trend` in
/// its figures box.
pub(crate) fn pages(
    ts: &Typesetter,
    board: &Board,
    trend: &Trend,
    spec: &PageSpec,
) -> Vec<PageLayout> {
    let sz = Sizes::new(spec.k, spec.lang);
    let (k, (w, h)) = (spec.k, spec.size);
    let content_w = w - 2.0 * sz.margin;
    let table = Table {
        x: sz.margin,
        widths: column_widths(ts, board, spec.today, content_w, &sz),
        pad: sz.pad,
        stripe: 2.2 * k,
        grid: Stroke::solid(Rgb::RULE, 0.3 * k),
        continued: Style::new(sz.body, true, Rgb::GREY),
    };
    let head_style = Style::new(sz.head, true, Rgb::WHITE);
    let head = table.lay(ts, &RowSpec::header(&columns(spec.lang), head_style));
    let head_h = table.height(&head);
    let running = titles::continued(&titles::board(board, spec.lang), spec.lang);
    let start = |page: &mut PageLayout, index: usize| {
        let p = page.printable;
        let mut y = if index == 0 {
            header(page, ts, board, trend, &sz)
        } else {
            let style = Style::new(sz.subtitle * 0.85, true, Rgb::DARK);
            let mut y = p.y;
            for l in ts.capped(&running, p.w, style, lines::ONE) {
                y += ts.line(page, &l, p.x, y, style, Role::Heading, p);
            }
            y + 3.0 * k
        };
        table.draw(page, &head, y, head_h);
        y += head_h;
        y
    };
    let mut flow = Flow::new(w, h, sz.margin, footer_room(sz.footer), start);
    if board.rows.is_empty() {
        let style = Style::new(sz.lead, false, Rgb::GREY);
        let p = flow.page().printable;
        let y = flow.y + 4.0 * k;
        ts.line(
            flow.page(),
            &spec.lang.text("board-empty"),
            p.x,
            y,
            style,
            Role::Text,
            p,
        );
    }
    let specs = board
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| row_spec(i, r, spec.today, &sz));
    flow.rows(ts, &table, specs);
    let mut pages = flow.pages;
    footers(
        &mut pages,
        ts,
        spec,
        &titles::board(board, spec.lang),
        sz.footer,
    );
    pages
}

/// Lays out the headings and empty rows of a board to fill in by hand (workshop sheet).
pub(crate) fn empty_grid(page: &mut PageLayout, ts: &Typesetter, y: f64, bottom: f64, sz: &Sizes) {
    let p = page.printable;
    let weights = [15.0, 17.0, 17.0, 12.0, 11.0, 11.0, 17.0];
    let sum: f64 = weights.iter().sum();
    let table = Table {
        x: p.x,
        widths: weights.iter().map(|w| w / sum * p.w).collect(),
        pad: sz.pad,
        stripe: 0.0,
        grid: Stroke::solid(Rgb::RULE, 0.35 * sz.k),
        continued: Style::new(sz.body, true, Rgb::GREY),
    };
    let head_style = Style::new(sz.head, true, Rgb::WHITE);
    let head = table.lay(ts, &RowSpec::header(&columns(sz.lang), head_style));
    let head_h = table.height(&head);
    table.draw(page, &head, y, head_h);
    let mut y = y + head_h;
    let row_h = 34.0 * sz.k;
    let n = ((bottom - y) / row_h).floor().max(1.0) as usize;
    let row_h = (bottom - y) / n as f64;
    for i in 0..n {
        let row = table.lay(
            ts,
            &RowSpec {
                cells: vec![CellSpec::default(); 7],
                fill: (i % 2 == 1).then_some(Rgb::SHADE),
                min_height: row_h,
            },
        );
        table.draw(page, &row, y, row_h);
        y += row_h;
    }
}
