//! The workshop's cards ("innspill") printed after the workshop: grouped by the three
//! questions, each card a box with its text, its votes as red dots with "N stemmer" (so it
//! reads in black and white too) and, when it became a row, which row.
//!
//! Cards sit three to a line on landscape paper. A line of cards moves to the next page
//! whole; only a line taller than a page is split, its cards continuing with "(forts.)".
//! A page that continues a question starts with the question again, marked "(forts.)".

use super::flow::{footer_room, footers, Flow};
use super::layout::{PageLayout, Rect, Rgb, Role, Shape, Stroke, Style, EPS};
use super::marker::circle;
use super::sizes::{PageSpec, Sizes, CARDS_PER_LINE as COLUMNS, MAX_DOTS};
use super::titles;
use super::typeset::Typesetter;
use tavle_model::lang::Lang;
use tavle_model::model::{Board, Input, Question};

/// "1 stemme", "3 stemmer".
pub fn votes_text(votes: u32, lang: Lang) -> String {
    lang.format("votes", &[("n", votes.into())])
}

/// "→ Ble til rad 2 på tavla: Økt fagkompetanse" for a card that became row `row`
/// (0-based) of `board`: the row's goal, or its measure when it has no goal.
pub fn row_text(board: &Board, row: usize, lang: Lang) -> String {
    let head = lang.format("card-became-row", &[("n", (row + 1).into())]);
    let what = board
        .rows
        .get(row)
        .map(|r| {
            if r.goal.trim().is_empty() {
                r.measure.trim()
            } else {
                r.goal.trim()
            }
        })
        .unwrap_or("");
    if what.is_empty() {
        head
    } else {
        format!("{head}: {what}")
    }
}

/// A line stacked in a card: text, or the votes' red dots followed by "N stemmer".
#[derive(Debug, Clone, PartialEq)]
struct Item {
    text: String,
    style: Style,
    role: Role,
    space_before: f64,
    /// Red dots before the text (the votes).
    dots: Option<u32>,
}

impl Item {
    fn line(text: String, style: Style, role: Role, space_before: f64) -> Self {
        Item {
            text,
            style,
            role,
            space_before,
            dots: None,
        }
    }

    fn height(&self) -> f64 {
        self.space_before + self.style.line_height()
    }

    /// The same item at the top of a continued part (no space above it).
    fn at_top(mut self) -> Self {
        self.space_before = 0.0;
        self
    }
}

/// A card wrapped to its column, not yet placed.
#[derive(Debug, Clone, PartialEq)]
struct Card {
    /// Column on its line of cards.
    col: usize,
    items: Vec<Item>,
    /// The rest of a card begun on the previous page.
    continued: bool,
}

/// Sizes and styles of the cards; all scale with the paper.
struct Look {
    k: f64,
    lang: Lang,
    width: f64,
    gap: f64,
    pad: f64,
    text: Style,
    votes: Style,
    link: Style,
    heading: Style,
    forts: Style,
    /// Diameter of a vote dot, mm.
    dot: f64,
}

impl Look {
    fn new(sz: &Sizes, printable_w: f64) -> Self {
        let k = sz.k;
        let gap = 7.0 * k;
        Look {
            k,
            lang: sz.lang,
            width: (printable_w - gap * (COLUMNS as f64 - 1.0)) / COLUMNS as f64,
            gap,
            pad: 5.0 * k,
            // Larger than the board's cells: the cards are read from the back of the room.
            text: Style::new(20.0 * k, false, Rgb::INK),
            votes: Style::new(16.0 * k, true, Rgb::INK),
            link: Style::new(14.0 * k, true, Rgb::DARK),
            heading: Style::new(22.0 * k, true, Rgb::WHITE),
            forts: Style::new(sz.small, false, Rgb::GREY),
            dot: 5.4 * k,
        }
    }

    fn inner(&self) -> f64 {
        self.width - 2.0 * self.pad
    }

    fn x(&self, left: f64, col: usize) -> f64 {
        left + col as f64 * (self.width + self.gap)
    }

    fn heading_height(&self, ts: &Typesetter, text: &str, width: f64) -> f64 {
        ts.paragraph_height(text, width - 2.0 * self.pad, self.heading) + 2.0 * self.pad * 0.6
    }

    /// Room below a heading before the cards.
    fn after_heading(&self) -> f64 {
        self.gap * 0.7
    }

    fn card(
        &self,
        ts: &Typesetter,
        board: &Board,
        index: usize,
        input: &Input,
        col: usize,
    ) -> Card {
        let mut items: Vec<Item> = ts
            .wrap(&input.text, self.inner(), self.text)
            .into_iter()
            .map(|text| Item::line(text, self.text, Role::Card(index), 0.0))
            .collect();
        if items.is_empty() {
            // An empty card is still a card: keep its box.
            items.push(Item::line(String::new(), self.text, Role::Card(index), 0.0));
        }
        let space = 2.5 * self.k;
        if input.votes > 0 {
            let text = votes_text(input.votes, self.lang);
            let dots = input.votes.min(MAX_DOTS);
            let need = self.dots_width(dots) + ts.width(&text, self.votes);
            if need <= self.inner() + EPS {
                items.push(Item {
                    dots: Some(dots),
                    ..Item::line(text, self.votes, Role::CardNote(index), space)
                });
            } else {
                // Too narrow for dots and words on one line: the words alone still say it.
                items.push(Item::line(text, self.votes, Role::CardNote(index), space));
            }
        }
        if let Some(row) = input.row {
            for (i, text) in ts
                .wrap(&row_text(board, row, self.lang), self.inner(), self.link)
                .into_iter()
                .enumerate()
            {
                items.push(Item::line(
                    text,
                    self.link,
                    Role::CardNote(index),
                    if i == 0 { space } else { 0.0 },
                ));
            }
        }
        Card {
            col,
            items,
            continued: false,
        }
    }

    /// Width of `n` dots and the space after them.
    fn dots_width(&self, n: u32) -> f64 {
        f64::from(n) * self.dot * 1.3 + self.dot * 0.5
    }

    fn forts_height(&self) -> f64 {
        self.forts.line_height()
    }

    fn card_height(&self, card: &Card) -> f64 {
        let forts = if card.continued {
            self.forts_height()
        } else {
            0.0
        };
        2.0 * self.pad + forts + card.items.iter().map(Item::height).sum::<f64>()
    }

    fn line_height(&self, cards: &[Card]) -> f64 {
        cards
            .iter()
            .map(|c| self.card_height(c))
            .fold(0.0, f64::max)
    }

    /// Splits a line of cards so the first part is at most `room` tall; the rest (if any)
    /// continues with "(forts.)". Each card keeps at least one item even when `room` is
    /// too small for it, so a split always moves on.
    fn split(&self, cards: Vec<Card>, room: f64) -> (Vec<Card>, Option<Vec<Card>>) {
        let mut part = Vec::new();
        let mut more = Vec::new();
        for card in cards {
            let mut left = room - 2.0 * self.pad;
            if card.continued {
                left -= self.forts_height();
            }
            let mut items = card.items.into_iter();
            let mut taken = Vec::new();
            let mut rest = Vec::new();
            for item in items.by_ref() {
                let h = item.height();
                if h > left + EPS && !taken.is_empty() {
                    rest.push(item.at_top());
                    break;
                }
                left -= h;
                taken.push(item);
            }
            rest.extend(items);
            part.push(Card {
                col: card.col,
                items: taken,
                continued: card.continued,
            });
            if !rest.is_empty() {
                more.push(Card {
                    col: card.col,
                    items: rest,
                    continued: true,
                });
            }
        }
        (part, (!more.is_empty()).then_some(more))
    }

    /// Draws a line of cards at `y`, each box `h` tall; when the line is split, the cards
    /// that end on this page (not in `going_on`) are only as tall as their text.
    #[allow(clippy::too_many_arguments)]
    fn draw(
        &self,
        ts: &Typesetter,
        page: &mut PageLayout,
        left: f64,
        y: f64,
        h: f64,
        cards: &[Card],
        going_on: Option<&[Card]>,
    ) {
        for card in cards {
            let x = self.x(left, card.col);
            let ends_here = going_on.is_some_and(|more| more.iter().all(|m| m.col != card.col));
            let h = if ends_here {
                self.card_height(card).min(h)
            } else {
                h
            };
            let rect = Rect::new(x, y, self.width, h);
            page.rect(
                rect,
                Some(Rgb::WHITE),
                Some(Stroke::solid(Rgb::DARK, 0.5 * self.k)),
            );
            let tx = x + self.pad;
            let mut ty = y + self.pad;
            if card.continued {
                let forts = self.lang.text("forts");
                ty += ts.line(page, &forts, tx, ty, self.forts, Role::Continued, rect);
            }
            for item in &card.items {
                ty += item.space_before;
                let mut text_x = tx;
                if let Some(dots) = item.dots {
                    let r = self.dot / 2.0;
                    let cy = ty + item.style.line_height() / 2.0;
                    for i in 0..dots {
                        let cx = tx + r + f64::from(i) * self.dot * 1.3;
                        page.shapes.push(Shape::Path {
                            points: circle(cx, cy, r),
                            closed: true,
                            fill: Some(Rgb::RED),
                            stroke: None,
                        });
                    }
                    text_x += self.dots_width(dots);
                }
                ty += ts.line(page, &item.text, text_x, ty, item.style, item.role, rect);
            }
        }
    }

    /// Draws a question's heading bar at `y`; returns the height used.
    fn heading(
        &self,
        ts: &Typesetter,
        page: &mut PageLayout,
        y: f64,
        q: Question,
        continued: bool,
    ) -> f64 {
        let p = page.printable;
        let text = heading_text(q, continued, self.lang);
        let h = self.heading_height(ts, &text, p.w);
        let bar = Rect::new(p.x, y, p.w, h);
        page.rect(bar, Some(Rgb::DARK), None);
        ts.paragraph(
            page,
            &text,
            p.x + self.pad,
            y + self.pad * 0.6,
            p.w - 2.0 * self.pad,
            self.heading,
            Role::Heading,
            bar,
        );
        h + self.after_heading()
    }
}

/// A question's heading, with "(forts.)" on a page that continues it.
pub fn heading_text(q: Question, continued: bool, lang: Lang) -> String {
    if continued {
        titles::continued(&q.text_in(lang), lang)
    } else {
        q.text_in(lang)
    }
}

/// Lays out the cards of `board` on `spec`'s paper (landscape), as many pages as they
/// need.
pub(crate) fn pages(ts: &Typesetter, board: &Board, spec: &PageSpec) -> Vec<PageLayout> {
    let sz = Sizes::new(spec.k, spec.lang);
    let (k, (w, h)) = (spec.k, spec.size);
    let lang = spec.lang;
    let subtitle = titles::workshop(board, lang);
    let page_title = lang.text("cards-title");
    let title = Style::new(sz.title, true, Rgb::DARK);
    let sub = Style::new(sz.subtitle, true, Rgb::INK);
    let running = Style::new(sz.lead, true, Rgb::DARK);
    let start = |page: &mut PageLayout, index: usize| {
        let p = page.printable;
        if index == 0 {
            let y = ts.paragraph(page, &page_title, p.x, p.y, p.w, title, Role::Title, p);
            ts.paragraph(page, &subtitle, p.x, y, p.w, sub, Role::Heading, p) + 6.0 * k
        } else {
            let text = lang.format(
                "cards-running",
                &[
                    ("unit", board.unit.as_str().into()),
                    ("year", board.year.into()),
                ],
            );
            ts.paragraph(page, &text, p.x, p.y, p.w, running, Role::Title, p) + 4.0 * k
        }
    };
    let mut flow = Flow::new(w, h, sz.margin, footer_room(sz.footer), start);
    let left = flow.page().printable.x;
    let pw = flow.page().printable.w;
    let look = Look::new(&sz, pw);
    let empty = Style::new(sz.body, false, Rgb::GREY);

    for q in Question::ALL {
        let cards: Vec<Card> = board
            .inputs
            .iter()
            .enumerate()
            .filter(|(_, input)| input.question == q)
            .enumerate()
            .map(|(n, (i, input))| look.card(ts, board, i, input, n % COLUMNS))
            .collect();
        let mut lines: Vec<Vec<Card>> = Vec::new();
        for card in cards {
            match lines.last_mut() {
                Some(line) if line.len() < COLUMNS && card.col > 0 => line.push(card),
                _ => lines.push(vec![card]),
            }
        }
        let head = look.heading_height(ts, &heading_text(q, true, lang), pw) + look.after_heading();
        // Room for a line of cards on a page that continues this question.
        let full = flow.full_page() - head;
        // The heading stays with the first line of cards (or with "Ingen innspill"); with
        // a fair part of it when that line is taller than a page.
        let first = lines
            .first()
            .map_or(empty.line_height(), |l| look.line_height(l));
        let first = if first <= full + EPS {
            first
        } else {
            full * 0.25
        };
        if head + first > flow.remaining() + EPS {
            flow.new_page();
        }
        let y = flow.y;
        flow.y += look.heading(ts, flow.page(), y, q, false);
        if lines.is_empty() {
            let p = flow.page().printable;
            let y = flow.y;
            let none = lang.text("cards-none");
            flow.y += ts.line(flow.page(), &none, p.x, y, empty, Role::Text, p);
        }
        let new_page = |flow: &mut Flow| {
            flow.new_page();
            let y = flow.y;
            flow.y += look.heading(ts, flow.page(), y, q, true);
        };
        for line in lines {
            let h = look.line_height(&line);
            if h > flow.remaining() + EPS && h <= full + EPS {
                new_page(&mut flow);
            }
            if h <= flow.remaining() + EPS {
                let y = flow.y;
                look.draw(ts, flow.page(), left, y, h, &line, None);
                flow.y += h + look.gap;
                continue;
            }
            // Taller than a page: start here if a fair part fits, and continue on the next.
            if flow.remaining() < full * 0.25 {
                new_page(&mut flow);
            }
            let mut rest = line;
            loop {
                let room = flow.remaining();
                let (part, more) = look.split(rest, room);
                let h = look.line_height(&part).min(room);
                let y = flow.y;
                look.draw(ts, flow.page(), left, y, h, &part, more.as_deref());
                flow.y += h + look.gap;
                match more {
                    Some(more) => {
                        new_page(&mut flow);
                        rest = more;
                    }
                    None => break,
                }
            }
        }
        flow.y += look.gap;
    }

    let mut pages = flow.pages;
    footers(&mut pages, ts, spec, &subtitle, sz.footer);
    pages
}
