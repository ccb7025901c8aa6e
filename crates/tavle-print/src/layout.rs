//! The pure layout's page types: pages of positioned boxes and text lines, in millimetres
//! from the page's top-left corner. Nothing here knows about PDF; [`super::draw`] turns a
//! page into printpdf operations. Tests check these structs directly (inside, no overlaps,
//! every character, pagination).
//!
//! Placing text is [`super::typeset`]'s job, tables [`super::table`]'s and pages that fill
//! one after the other [`super::flow`]'s.

use super::font::PT_TO_MM;

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
    /// måned for måned, 2 = Hva vi oppnådde, 3 = Antall per status, 4 = Seriediagram).
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rectangles_know_inside_and_overlap() {
        let a = Rect::new(0.0, 0.0, 10.0, 10.0);
        assert!(a.contains(&Rect::new(1.0, 1.0, 9.0, 9.0)));
        assert!(!a.contains(&Rect::new(1.0, 1.0, 10.0, 9.0)));
        assert!(a.overlaps(&Rect::new(9.0, 9.0, 5.0, 5.0)));
        assert!(!a.overlaps(&Rect::new(10.0, 0.0, 5.0, 5.0)));
    }
}
