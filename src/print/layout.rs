//! The pure layout: pages of positioned boxes and text lines, in millimetres from the
//! page's top-left corner. Nothing here knows about PDF; [`super::draw`] turns a page into
//! printpdf operations. Tests check these structs directly (inside, no overlaps, every
//! character, pagination).
//!
//! Besides the plain types this module holds the table engine the board, the plan and
//! the workshop sheet share: cells of wrapped paragraphs, rows that move to the next page
//! whole (and are split with "(forts.)" only when one row alone is taller than a page),
//! a repeated page header, and the footer with "side X av Y".

use chrono::NaiveDate;

use super::font::{Metrics, PT_TO_MM};
use super::wrap::wrap;
use crate::model::Status;

/// Line height as a multiple of the font size.
pub const LEADING: f64 = 1.25;
/// Slack for comparing millimetres computed in different orders.
pub const EPS: f64 = 1e-6;

/// A rectangle in millimetres, top-left origin.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Self {
        Rect { x, y, w, h }
    }
    pub fn right(&self) -> f64 {
        self.x + self.w
    }
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }
    /// `other` lies within this rectangle (edges may touch).
    pub fn contains(&self, other: &Rect) -> bool {
        other.x >= self.x - EPS
            && other.y >= self.y - EPS
            && other.right() <= self.right() + 1e-3
            && other.bottom() <= self.bottom() + 1e-3
    }
    /// The two rectangles share some area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right() - 1e-3
            && other.x < self.right() - 1e-3
            && self.y < other.bottom() - 1e-3
            && other.y < self.bottom() - 1e-3
    }
}

/// A colour, each part 0–1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub f32, pub f32, pub f32);

impl Rgb {
    pub const BLACK: Rgb = Rgb(0.0, 0.0, 0.0);
    pub const WHITE: Rgb = Rgb(1.0, 1.0, 1.0);
    /// Body text: near black, full contrast on paper.
    pub const INK: Rgb = Rgb(0.08, 0.09, 0.1);
    /// Guiding questions and secondary text; dark enough to read in a copy.
    pub const GREY: Rgb = Rgb(0.36, 0.38, 0.4);
    /// Grid lines.
    pub const RULE: Rgb = Rgb(0.55, 0.58, 0.6);
    /// Alternate row shading: light enough to vanish into white on a poor printer.
    pub const SHADE: Rgb = Rgb(0.94, 0.95, 0.96);
    /// Column header and heading bars.
    pub const DARK: Rgb = Rgb(0.13, 0.2, 0.27);
    /// Labels of the plan's sections.
    pub const PALE: Rgb = Rgb(0.87, 0.91, 0.94);
    /// Dark enough to stay darker than black-on-white bold text's neighbours in a grey copy.
    pub const RED: Rgb = Rgb(0.7, 0.05, 0.05);
    pub const BLUE: Rgb = Rgb(0.12, 0.4, 0.69);
    pub const GREEN: Rgb = Rgb(0.15, 0.5, 0.2);
}

/// How a line or outline is painted.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    pub color: Rgb,
    /// Millimetres.
    pub width: f64,
    pub dashed: bool,
}

impl Stroke {
    pub fn solid(color: Rgb, width: f64) -> Self {
        Stroke {
            color,
            width,
            dashed: false,
        }
    }
}

/// Something drawn that is not text.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Rect {
        rect: Rect,
        fill: Option<Rgb>,
        stroke: Option<Stroke>,
    },
    /// A polyline, or a polygon when `closed`.
    Path {
        points: Vec<(f64, f64)>,
        closed: bool,
        fill: Option<Rgb>,
        stroke: Option<Stroke>,
    },
}

impl Shape {
    /// The smallest rectangle around the shape (without the stroke's width).
    pub fn bounds(&self) -> Rect {
        match self {
            Shape::Rect { rect, .. } => *rect,
            Shape::Path { points, .. } => {
                let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
                for &(x, y) in points {
                    x0 = x0.min(x);
                    y0 = y0.min(y);
                    x1 = x1.max(x);
                    y1 = y1.max(y);
                }
                Rect::new(x0, y0, x1 - x0, y1 - y0)
            }
        }
    }
}

/// What a text line is, so tests (and readers of the layout) can find it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Title,
    Heading,
    /// Header text that is not a cell (main goal, focus, figures).
    Text,
    /// Content of a board cell: the row's index and the column (0 = MÅL … 6 = RESULTAT).
    /// In the year report: the measure's index and 0 = goal and measure, 1 = owner,
    /// 14 = status now (2–13 are the month cells, which hold no text).
    Cell {
        row: usize,
        col: usize,
    },
    /// Content of the plan (section 0–4) or of the year report (0 = Sykefravær, 1 = Tiltak
    /// måned for måned, 2 = Hva vi oppnådde, 3 = Antall per status).
    Section(usize),
    /// The text of a workshop card: the index of its input in the board's `inputs`.
    Card(usize),
    /// A card's votes and the row it became (index in `inputs`).
    CardNote(usize),
    ColumnHeader,
    /// "(forts.)" at the top of a row continued from the previous page.
    Continued,
    /// Guiding questions of the plan.
    Guide,
    /// Labels of the small chart.
    Chart,
    Footer,
}

/// One line of text, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    pub text: String,
    /// Left edge, mm.
    pub x: f64,
    /// Top of the line box, mm.
    pub y: f64,
    /// Measured width with the font's glyph advances, mm.
    pub width: f64,
    /// Height of the line box (size × [`LEADING`]), mm.
    pub height: f64,
    pub size_pt: f64,
    pub bold: bool,
    pub color: Rgb,
    pub role: Role,
    /// The box this line belongs to (a cell, the header, the figure box): it must stay
    /// inside it.
    pub container: Rect,
}

impl TextLine {
    /// The line's box.
    pub fn rect(&self) -> Rect {
        Rect::new(self.x, self.y, self.width, self.height)
    }
}

/// One page, laid out.
#[derive(Debug, Clone, PartialEq)]
pub struct PageLayout {
    /// Page size, mm.
    pub width: f64,
    pub height: f64,
    /// Inside the margins: everything is drawn in here.
    pub printable: Rect,
    /// Drawn first, in order.
    pub shapes: Vec<Shape>,
    /// Drawn over the shapes.
    pub texts: Vec<TextLine>,
}

impl PageLayout {
    pub fn new(width: f64, height: f64, margin: f64) -> Self {
        PageLayout {
            width,
            height,
            printable: Rect::new(margin, margin, width - 2.0 * margin, height - 2.0 * margin),
            shapes: Vec::new(),
            texts: Vec::new(),
        }
    }

    /// All the text of the page, line by line (for tests and debugging).
    pub fn text(&self) -> String {
        self.texts
            .iter()
            .map(|t| t.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn rect(&mut self, rect: Rect, fill: Option<Rgb>, stroke: Option<Stroke>) {
        self.shapes.push(Shape::Rect { rect, fill, stroke });
    }

    pub fn line(&mut self, from: (f64, f64), to: (f64, f64), stroke: Stroke) {
        self.shapes.push(Shape::Path {
            points: vec![from, to],
            closed: false,
            fill: None,
            stroke: Some(stroke),
        });
    }
}

/// Font size, weight and colour of a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f64,
    pub bold: bool,
    pub color: Rgb,
}

impl Style {
    pub fn new(size: f64, bold: bool, color: Rgb) -> Self {
        Style { size, bold, color }
    }
    /// Height of one line, mm.
    pub fn line_height(&self) -> f64 {
        self.size * PT_TO_MM * LEADING
    }
}

/// Places text lines: measuring, wrapping and pushing them onto a page.
pub struct Typesetter<'m> {
    pub metrics: &'m Metrics,
}

impl Typesetter<'_> {
    pub fn width(&self, text: &str, style: Style) -> f64 {
        self.metrics.width(text, style.size, style.bold)
    }

    pub fn wrap(&self, text: &str, width: f64, style: Style) -> Vec<String> {
        wrap(text, width, |s| self.width(s, style)).lines
    }

    /// One line at `(x, y)`; returns its height.
    #[allow(clippy::too_many_arguments)]
    pub fn line(
        &self,
        page: &mut PageLayout,
        text: &str,
        x: f64,
        y: f64,
        style: Style,
        role: Role,
        container: Rect,
    ) -> f64 {
        let height = style.line_height();
        page.texts.push(TextLine {
            text: text.to_string(),
            x,
            y,
            width: self.width(text, style),
            height,
            size_pt: style.size,
            bold: style.bold,
            color: style.color,
            role,
            container,
        });
        height
    }

    /// A wrapped paragraph in the column `x .. x + width` from `y`; returns the new `y`.
    #[allow(clippy::too_many_arguments)]
    pub fn paragraph(
        &self,
        page: &mut PageLayout,
        text: &str,
        x: f64,
        y: f64,
        width: f64,
        style: Style,
        role: Role,
        container: Rect,
    ) -> f64 {
        let mut y = y;
        for line in self.wrap(text, width, style) {
            y += self.line(page, &line, x, y, style, role, container);
        }
        y
    }

    /// Height a wrapped paragraph would take.
    pub fn paragraph_height(&self, text: &str, width: f64, style: Style) -> f64 {
        self.wrap(text, width, style).len() as f64 * style.line_height()
    }
}

/// A small drawn sign before a paragraph's first line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Marker {
    /// A shape per status that reads without colour.
    Status(Status),
    /// A check box, ticked when reached.
    Check(bool),
}

/// A paragraph in a cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    pub text: String,
    pub style: Style,
    pub role: Role,
    pub marker: Option<Marker>,
    /// Filled box behind the text (FORSINKET).
    pub badge: Option<Rgb>,
    /// Space above the paragraph, mm.
    pub space_before: f64,
}

impl Para {
    pub fn new(text: impl Into<String>, style: Style, role: Role) -> Self {
        Para {
            text: text.into(),
            style,
            role,
            marker: None,
            badge: None,
            space_before: 0.0,
        }
    }
    pub fn marker(mut self, marker: Marker) -> Self {
        self.marker = Some(marker);
        self
    }
    pub fn badge(mut self, color: Rgb) -> Self {
        self.badge = Some(color);
        self
    }
    pub fn space_before(mut self, mm: f64) -> Self {
        self.space_before = mm;
        self
    }
}

/// A cell before layout.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CellSpec {
    pub paras: Vec<Para>,
    pub fill: Option<Rgb>,
    /// A coloured band down the cell's left edge.
    pub stripe: Option<Rgb>,
}

/// A table row before layout.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RowSpec {
    pub cells: Vec<CellSpec>,
    pub fill: Option<Rgb>,
    /// Room to write by hand (the workshop's empty rows), mm.
    pub min_height: f64,
}

impl RowSpec {
    /// A header row of `titles` in `style` on dark.
    pub fn header(titles: &[&str], style: Style) -> RowSpec {
        RowSpec {
            cells: titles
                .iter()
                .map(|t| CellSpec {
                    paras: vec![Para::new(*t, style, Role::ColumnHeader)],
                    ..CellSpec::default()
                })
                .collect(),
            fill: Some(Rgb::DARK),
            min_height: 0.0,
        }
    }
}

/// A wrapped line inside a cell, not yet placed.
#[derive(Debug, Clone, PartialEq)]
struct CellLine {
    text: String,
    style: Style,
    role: Role,
    width: f64,
    indent: f64,
    marker: Option<Marker>,
    badge: Option<Rgb>,
    space_before: f64,
}

impl CellLine {
    fn extent(&self) -> f64 {
        self.space_before + self.style.line_height()
    }
}

#[derive(Debug, Clone, PartialEq)]
struct LaidCell {
    lines: Vec<CellLine>,
    fill: Option<Rgb>,
    stripe: Option<Rgb>,
}

/// A row whose cells are wrapped to their column widths.
#[derive(Debug, Clone, PartialEq)]
pub struct LaidRow {
    cells: Vec<LaidCell>,
    fill: Option<Rgb>,
    min_height: f64,
}

/// Column geometry and the look of a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub x: f64,
    pub widths: Vec<f64>,
    /// Padding inside each cell, mm.
    pub pad: f64,
    /// Width of a cell's coloured stripe, mm.
    pub stripe: f64,
    pub grid: Stroke,
    /// Style of the "(forts.)" line.
    pub continued: Style,
}

/// Horizontal padding inside a badge, as a fraction of the font size.
const BADGE_PAD: f64 = 0.35;

impl Table {
    pub fn width(&self) -> f64 {
        self.widths.iter().sum()
    }

    fn stripe_room(&self, cell: &CellSpec) -> f64 {
        if cell.stripe.is_some() {
            self.stripe + self.pad * 0.6
        } else {
            0.0
        }
    }

    /// Wraps every cell of `row` to its column.
    pub fn lay(&self, ts: &Typesetter, row: &RowSpec) -> LaidRow {
        let cells = row
            .cells
            .iter()
            .zip(&self.widths)
            .map(|(cell, &w)| {
                let inner = w - 2.0 * self.pad - self.stripe_room(cell);
                let mut lines = Vec::new();
                for p in &cell.paras {
                    let mm = p.style.size * PT_TO_MM;
                    let indent = if p.marker.is_some() { mm * 1.35 } else { 0.0 };
                    let badge = if p.badge.is_some() {
                        2.0 * BADGE_PAD * mm
                    } else {
                        0.0
                    };
                    let mut wrapped = ts.wrap(&p.text, inner - indent - badge, p.style);
                    if wrapped.is_empty() && p.marker.is_some() {
                        wrapped.push(String::new());
                    }
                    for (i, text) in wrapped.into_iter().enumerate() {
                        lines.push(CellLine {
                            width: ts.width(&text, p.style),
                            text,
                            style: p.style,
                            role: p.role,
                            indent,
                            marker: if i == 0 { p.marker } else { None },
                            badge: p.badge,
                            space_before: if i == 0 && !lines.is_empty() {
                                p.space_before
                            } else {
                                0.0
                            },
                        });
                    }
                }
                LaidCell {
                    lines,
                    fill: cell.fill,
                    stripe: cell.stripe,
                }
            })
            .collect();
        LaidRow {
            cells,
            fill: row.fill,
            min_height: row.min_height,
        }
    }

    /// The row's height: its tallest cell plus padding.
    pub fn height(&self, row: &LaidRow) -> f64 {
        let content = row
            .cells
            .iter()
            .map(|c| c.lines.iter().map(CellLine::extent).sum::<f64>())
            .fold(0.0, f64::max);
        (content + 2.0 * self.pad).max(row.min_height)
    }

    /// Splits `row` so that the first part is at most `limit` high; the rest (if any)
    /// starts with a "(forts.)" line in its first cell.
    fn split(&self, ts: &Typesetter, row: LaidRow, limit: f64) -> (LaidRow, Option<LaidRow>) {
        let room = limit - 2.0 * self.pad;
        let mut head = Vec::new();
        let mut tail = Vec::new();
        for cell in row.cells {
            let mut used = 0.0;
            let mut n = 0;
            for line in &cell.lines {
                if used + line.extent() > room + EPS {
                    break;
                }
                used += line.extent();
                n += 1;
            }
            let mut lines = cell.lines;
            let mut rest = lines.split_off(n);
            if let Some(first) = rest.first_mut() {
                first.space_before = 0.0;
            }
            head.push(LaidCell {
                lines,
                fill: cell.fill,
                stripe: cell.stripe,
            });
            tail.push(LaidCell {
                lines: rest,
                fill: cell.fill,
                stripe: cell.stripe,
            });
        }
        // Progress is guaranteed: if nothing fitted, the first line goes anyway.
        if head.iter().all(|c| c.lines.is_empty()) {
            if let Some(i) = tail.iter().position(|c| !c.lines.is_empty()) {
                let line = tail[i].lines.remove(0);
                head[i].lines.push(line);
            }
        }
        let first = LaidRow {
            cells: head,
            fill: row.fill,
            min_height: 0.0,
        };
        if tail.iter().all(|c| c.lines.is_empty()) {
            return (first, None);
        }
        if let Some(cell) = tail.first_mut() {
            cell.lines.insert(
                0,
                CellLine {
                    text: "(forts.)".to_string(),
                    style: self.continued,
                    role: Role::Continued,
                    width: ts.width("(forts.)", self.continued),
                    indent: 0.0,
                    marker: None,
                    badge: None,
                    space_before: 0.0,
                },
            );
        }
        (
            first,
            Some(LaidRow {
                cells: tail,
                fill: row.fill,
                min_height: 0.0,
            }),
        )
    }

    /// Draws `row` with its top at `y`, `h` high.
    pub fn draw(&self, page: &mut PageLayout, row: &LaidRow, y: f64, h: f64) {
        if let Some(fill) = row.fill {
            page.rect(Rect::new(self.x, y, self.width(), h), Some(fill), None);
        }
        let mut x = self.x;
        for (cell, &w) in row.cells.iter().zip(&self.widths) {
            let rect = Rect::new(x, y, w, h);
            if cell.fill.is_some() {
                page.rect(rect, cell.fill, None);
            }
            let mut left = x + self.pad;
            if let Some(color) = cell.stripe {
                page.rect(Rect::new(x, y, self.stripe, h), Some(color), None);
                left += self.stripe + self.pad * 0.6;
            }
            let mut ty = y + self.pad;
            for line in &cell.lines {
                ty += line.space_before;
                let lh = line.style.line_height();
                let mm = line.style.size * PT_TO_MM;
                if let Some(marker) = line.marker {
                    let s = mm * 0.95;
                    draw_marker(page, marker, left, ty + (lh - s) / 2.0, s);
                }
                let mut tx = left + line.indent;
                if let Some(color) = line.badge {
                    let bw = line.width + 2.0 * BADGE_PAD * mm;
                    page.rect(Rect::new(tx, ty, bw, lh), Some(color), None);
                    tx += BADGE_PAD * mm;
                }
                if !line.text.is_empty() {
                    page.texts.push(TextLine {
                        text: line.text.clone(),
                        x: tx,
                        y: ty,
                        width: line.width,
                        height: lh,
                        size_pt: line.style.size,
                        bold: line.style.bold,
                        color: line.style.color,
                        role: line.role,
                        container: rect,
                    });
                }
                ty += lh;
            }
            page.rect(rect, None, Some(self.grid));
            x += w;
        }
    }
}

/// The colour of a status: used for the stripe and the marker (the word and the shape
/// carry the meaning in black and white).
pub fn status_color(status: Status) -> Rgb {
    match status {
        Status::NotStarted => Rgb(0.55, 0.57, 0.6),
        Status::InProgress => Rgb::BLUE,
        Status::Done => Rgb::GREEN,
        Status::Ongoing => Rgb(0.0, 0.47, 0.45),
        Status::Paused => Rgb(0.85, 0.55, 0.0),
        Status::Dropped => Rgb(0.3, 0.3, 0.3),
    }
}

/// Points of a regular polygon approximating a circle.
pub(crate) fn circle(cx: f64, cy: f64, r: f64) -> Vec<(f64, f64)> {
    (0..24)
        .map(|i| {
            let a = f64::from(i) * std::f64::consts::TAU / 24.0;
            (cx + r * a.cos(), cy + r * a.sin())
        })
        .collect()
}

/// Draws a marker in the square `(x, y, s, s)`. Each status has its own shape, so the
/// marker still reads on a black-and-white copy.
pub fn draw_marker(page: &mut PageLayout, marker: Marker, x: f64, y: f64, s: f64) {
    let outline = |color| Some(Stroke::solid(color, s * 0.12));
    let square = Rect::new(x, y, s, s);
    let check = |page: &mut PageLayout, color: Rgb, width: f64| {
        page.shapes.push(Shape::Path {
            points: vec![
                (x + s * 0.18, y + s * 0.52),
                (x + s * 0.42, y + s * 0.78),
                (x + s * 0.84, y + s * 0.22),
            ],
            closed: false,
            fill: None,
            stroke: Some(Stroke::solid(color, width)),
        });
    };
    match marker {
        Marker::Check(reached) => {
            page.rect(square, Some(Rgb::WHITE), outline(Rgb::INK));
            if reached {
                check(page, Rgb::GREEN, s * 0.2);
            }
        }
        Marker::Status(status) => {
            let color = status_color(status);
            match status {
                // An empty square: nothing done yet.
                Status::NotStarted => page.rect(square, Some(Rgb::WHITE), outline(color)),
                // Half filled: under way.
                Status::InProgress => {
                    page.rect(square, Some(Rgb::WHITE), outline(color));
                    page.shapes.push(Shape::Path {
                        points: vec![(x, y + s), (x + s, y), (x + s, y + s)],
                        closed: true,
                        fill: Some(color),
                        stroke: None,
                    });
                }
                // Filled with a tick: finished.
                Status::Done => {
                    page.rect(square, Some(color), None);
                    check(page, Rgb::WHITE, s * 0.18);
                }
                // A filled circle: always going on.
                Status::Ongoing => page.shapes.push(Shape::Path {
                    points: circle(x + s / 2.0, y + s / 2.0, s / 2.0),
                    closed: true,
                    fill: Some(color),
                    stroke: None,
                }),
                // Two bars: the pause sign.
                Status::Paused => {
                    page.rect(Rect::new(x + s * 0.1, y, s * 0.3, s), Some(color), None);
                    page.rect(Rect::new(x + s * 0.6, y, s * 0.3, s), Some(color), None);
                }
                // A crossed square: stopped.
                Status::Dropped => {
                    page.rect(square, Some(Rgb::WHITE), outline(color));
                    let st = Stroke::solid(color, s * 0.14);
                    page.line((x, y), (x + s, y + s), st);
                    page.line((x + s, y), (x, y + s), st);
                }
            }
        }
    }
}

/// Distributes `total` over columns in proportion to `wants`, but never below a column's
/// `min` nor above its `max` (unless every column is at its max, then all grow).
pub fn fit_columns(total: f64, mins: &[f64], wants: &[f64], maxes: &[f64]) -> Vec<f64> {
    let n = mins.len();
    let mut fixed: Vec<Option<f64>> = vec![None; n];
    loop {
        let left = total - fixed.iter().flatten().sum::<f64>();
        let free: Vec<usize> = (0..n).filter(|&i| fixed[i].is_none()).collect();
        if free.is_empty() {
            // Everyone at its max: share what is left in proportion.
            let sum: f64 = fixed.iter().flatten().sum();
            return fixed
                .iter()
                .map(|w| w.unwrap_or(0.0) * total / sum.max(EPS))
                .collect();
        }
        let want_sum: f64 = free.iter().map(|&i| wants[i].max(EPS)).sum();
        let share = |i: usize| left * wants[i].max(EPS) / want_sum;
        // Fix the column that is furthest below its minimum first, then above its max.
        let under = free
            .iter()
            .copied()
            .filter(|&i| share(i) < mins[i])
            .max_by(|&a, &b| (mins[a] - share(a)).total_cmp(&(mins[b] - share(b))));
        if let Some(i) = under {
            fixed[i] = Some(mins[i]);
            continue;
        }
        let over = free
            .iter()
            .copied()
            .filter(|&i| share(i) > maxes[i].max(mins[i]))
            .max_by(|&a, &b| (share(a) - maxes[a]).total_cmp(&(share(b) - maxes[b])));
        if let Some(i) = over {
            fixed[i] = Some(maxes[i].max(mins[i]));
            continue;
        }
        return (0..n)
            .map(|i| fixed[i].unwrap_or_else(|| share(i)))
            .collect();
    }
}

/// Draws a page's running header (given the page's index); returns where content starts.
pub type StartPage<'a> = dyn FnMut(&mut PageLayout, usize) -> f64 + 'a;

/// Pages filled from top to bottom; a new page starts with the running header that the
/// `start` function draws (returning where content begins).
pub struct Flow<'a> {
    pub pages: Vec<PageLayout>,
    /// Where the next thing goes on the current page.
    pub y: f64,
    /// Lowest point content may reach (above the footer).
    pub bottom: f64,
    width: f64,
    height: f64,
    margin: f64,
    start: Box<StartPage<'a>>,
}

impl<'a> Flow<'a> {
    pub fn new(
        width: f64,
        height: f64,
        margin: f64,
        footer: f64,
        start: impl FnMut(&mut PageLayout, usize) -> f64 + 'a,
    ) -> Self {
        let mut flow = Flow {
            pages: Vec::new(),
            y: 0.0,
            bottom: height - margin - footer,
            width,
            height,
            margin,
            start: Box::new(start),
        };
        flow.new_page();
        flow
    }

    pub fn new_page(&mut self) {
        let mut page = PageLayout::new(self.width, self.height, self.margin);
        self.y = (self.start)(&mut page, self.pages.len());
        self.pages.push(page);
    }

    pub fn page(&mut self) -> &mut PageLayout {
        self.pages.last_mut().expect("a flow always has a page")
    }

    pub fn remaining(&self) -> f64 {
        self.bottom - self.y
    }

    /// Room on a page that is not the first (what a row taller than a page is split by).
    pub fn full_page(&mut self) -> f64 {
        let mut scratch = PageLayout::new(self.width, self.height, self.margin);
        let top = (self.start)(&mut scratch, self.pages.len().max(1));
        self.bottom - top
    }

    /// Places rows: each whole on one page, moving to a new page when it does not fit;
    /// only a row taller than a whole page is split, continuing with "(forts.)".
    pub fn rows(
        &mut self,
        ts: &Typesetter,
        table: &Table,
        rows: impl IntoIterator<Item = RowSpec>,
    ) {
        let full = self.full_page();
        for spec in rows {
            let row = table.lay(ts, &spec);
            let h = table.height(&row);
            if h > self.remaining() + EPS && h <= full + EPS {
                self.new_page();
            }
            if h <= self.remaining() + EPS {
                let y = self.y;
                table.draw(self.page(), &row, y, h);
                self.y += h;
                continue;
            }
            // Taller than a page: start here if a fair part fits, and continue on the next.
            if self.remaining() < full * 0.25 {
                self.new_page();
            }
            let mut rest = row;
            loop {
                let (part, more) = table.split(ts, rest, self.remaining());
                let h = table.height(&part).min(self.remaining());
                let y = self.y;
                table.draw(self.page(), &part, y, h);
                self.y += h;
                match more {
                    Some(more) => {
                        self.new_page();
                        rest = more;
                    }
                    None => break,
                }
            }
        }
    }
}

/// Writes the footer on every page: the date printed, a title, and "side X av Y".
pub fn footers(
    pages: &mut [PageLayout],
    ts: &Typesetter,
    today: NaiveDate,
    title: &str,
    size: f64,
) {
    let total = pages.len();
    let style = Style::new(size, false, Rgb::GREY);
    for (i, page) in pages.iter_mut().enumerate() {
        let p = page.printable;
        let y = p.bottom() - style.line_height();
        page.line(
            (p.x, y - style.line_height() * 0.3),
            (p.right(), y - style.line_height() * 0.3),
            Stroke::solid(Rgb::RULE, 0.25),
        );
        let printed = format!("Skrevet ut {}", crate::nb::date(today));
        ts.line(page, &printed, p.x, y, style, Role::Footer, p);
        let pages = format!("side {} av {}", i + 1, total);
        let w = ts.width(&pages, style);
        ts.line(page, &pages, p.right() - w, y, style, Role::Footer, p);
        // The title goes in the middle when there is room for it between the two.
        let tw = ts.width(title, style);
        let left_end = p.x + ts.width(&printed, style);
        let cx = p.x + (p.w - tw) / 2.0;
        if cx > left_end + 5.0 && cx + tw < p.right() - w - 5.0 {
            ts.line(page, title, cx, y, style, Role::Footer, p);
        }
    }
}

/// Footer height to keep free at the bottom of each page for [`footers`].
pub fn footer_room(size: f64) -> f64 {
    Style::new(size, false, Rgb::GREY).line_height() * 1.8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_get_their_minimum_and_share_the_rest_by_content() {
        let w = fit_columns(100.0, &[10.0, 10.0, 10.0], &[1.0, 8.0, 1.0], &[100.0; 3]);
        assert_eq!(w[0], 10.0);
        assert_eq!(w[2], 10.0);
        assert!((w[1] - 80.0).abs() < 1e-9);
        let w = fit_columns(100.0, &[10.0, 10.0], &[1.0, 1.0], &[20.0, 100.0]);
        assert!((w[0] - 20.0).abs() < 1e-9 && (w[1] - 80.0).abs() < 1e-9);
        let w = fit_columns(100.0, &[10.0, 10.0], &[1.0, 1.0], &[20.0, 30.0]);
        assert!((w.iter().sum::<f64>() - 100.0).abs() < 1e-9);
    }

    #[test]
    fn rectangles_know_inside_and_overlap() {
        let a = Rect::new(0.0, 0.0, 10.0, 10.0);
        assert!(a.contains(&Rect::new(1.0, 1.0, 9.0, 9.0)));
        assert!(!a.contains(&Rect::new(1.0, 1.0, 10.0, 9.0)));
        assert!(a.overlaps(&Rect::new(9.0, 9.0, 5.0, 5.0)));
        assert!(!a.overlaps(&Rect::new(10.0, 0.0, 5.0, 5.0)));
    }
}
