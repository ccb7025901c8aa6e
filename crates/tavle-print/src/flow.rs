//! Pages that fill from top to bottom: rows that move to the next page whole (and are
//! split with "(forts.)" only when one row alone is taller than a page), a running header
//! on every page, and the footer with "side X av Y".

use super::layout::{PageLayout, Rgb, Role, Stroke, Style, EPS};
use super::sizes::PageSpec;
use super::table::{RowSpec, Table};
use super::typeset::Typesetter;

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

/// Writes the footer on every page: the date printed, a title, and "side X av Y", in the
/// language of `spec`.
pub fn footers(pages: &mut [PageLayout], ts: &Typesetter, spec: &PageSpec, title: &str, size: f64) {
    let lang = spec.lang;
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
        let printed = lang.format(
            "printed-on",
            &[("date", tavle_model::nb::date(spec.today).into())],
        );
        ts.line(page, &printed, p.x, y, style, Role::Footer, p);
        let pages = lang.format(
            "page-of",
            &[("page", (i + 1).into()), ("total", total.into())],
        );
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
