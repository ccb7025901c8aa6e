//! The table engine the board, the plan, the workshop sheet, the year report and the
//! overview share: cells of wrapped paragraphs (with a status stripe, a marker or a badge),
//! laid out to their columns, drawn at a given height, and split with "(forts.)" when one
//! row alone is taller than a page ([`super::flow`] decides where rows go).

use super::font::PT_TO_MM;
use super::layout::{PageLayout, Rect, Rgb, Role, Stroke, Style, TextLine, EPS};
use super::marker::{draw_marker, Marker};
use super::typeset::Typesetter;

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
    pub fn header<S: AsRef<str>>(titles: &[S], style: Style) -> RowSpec {
        RowSpec {
            cells: titles
                .iter()
                .map(|t| CellSpec {
                    paras: vec![Para::new(t.as_ref(), style, Role::ColumnHeader)],
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
    pub(super) fn split(
        &self,
        ts: &Typesetter,
        row: LaidRow,
        limit: f64,
    ) -> (LaidRow, Option<LaidRow>) {
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
}
