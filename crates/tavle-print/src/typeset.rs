//! The typesetter: measures text with the font's glyph advances, wraps it to a width, and
//! pushes placed lines onto a page. Every print places its text through it.

use super::font::Metrics;
use super::layout::{PageLayout, Rect, Role, Style, TextLine};
use super::wrap::wrap;

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

    /// Lines of at most `max` lines; a longer text ends in "…" (a header must leave room
    /// for what follows; the full text is in the app).
    pub fn capped(&self, text: &str, width: f64, style: Style, max: usize) -> Vec<String> {
        let mut lines = self.wrap(text, width, style);
        if lines.len() > max {
            lines.truncate(max);
            if let Some(last) = lines.last_mut() {
                while !last.is_empty() && self.width(&format!("{last} …"), style) > width {
                    last.pop();
                }
                last.push_str(" …");
            }
        }
        lines
    }
}
