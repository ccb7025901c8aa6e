//! The blank workshop sheet: the three questions with room to write, then an empty board.
//! (After the workshop, [`super::cards`] prints what was written.)

use super::board::empty_grid;
use super::flow::{footer_room, footers};
use super::layout::{PageLayout, Rect, Rgb, Role, Stroke, Style};
use super::sizes::{PageSpec, Sizes};
use super::titles;
use super::typeset::Typesetter;
use tavle_model::model::{Board, Question};

/// Lays out the two pages on `spec`'s paper (landscape).
pub(crate) fn pages(ts: &Typesetter, board: &Board, spec: &PageSpec) -> Vec<PageLayout> {
    let sz = Sizes::new(spec.k, spec.lang);
    let (k, (w, h)) = (spec.k, spec.size);
    let bottom = h - sz.margin - footer_room(sz.footer);
    let title = Style::new(sz.title, true, Rgb::DARK);
    let sub = Style::new(sz.subtitle, true, Rgb::INK);
    let question = Style::new(sz.subtitle, true, Rgb::WHITE);

    let mut first = PageLayout::new(w, h, sz.margin);
    let p = first.printable;
    let mut y = p.y;
    y = ts.paragraph(
        &mut first,
        &sz.lang.text("workshop-heading"),
        p.x,
        y,
        p.w,
        title,
        Role::Title,
        p,
    );
    let unit = titles::workshop(board, sz.lang);
    y = ts.paragraph(&mut first, &unit, p.x, y, p.w, sub, Role::Heading, p) + 6.0 * k;
    let gap = 8.0 * k;
    let col_w = (p.w - 2.0 * gap) / 3.0;
    let pad = 4.0 * k;
    for (i, q) in Question::ALL.iter().enumerate() {
        let x = p.x + i as f64 * (col_w + gap);
        let cell = Rect::new(x, y, col_w, bottom - y);
        let q_text = q.text_in(sz.lang);
        let head_h = ts.paragraph_height(&q_text, col_w - 2.0 * pad, question) + 2.0 * pad;
        first.rect(Rect::new(x, y, col_w, head_h), Some(Rgb::DARK), None);
        ts.paragraph(
            &mut first,
            &q_text,
            x + pad,
            y + pad,
            col_w - 2.0 * pad,
            question,
            Role::Heading,
            cell,
        );
        // Ruled lines to write on.
        let step = 13.0 * k;
        let mut ly = y + head_h + step;
        while ly < cell.bottom() - 2.0 * k {
            first.line(
                (x + pad, ly),
                (x + col_w - pad, ly),
                Stroke::solid(Rgb::RULE, 0.25 * k),
            );
            ly += step;
        }
        first.rect(cell, None, Some(Stroke::solid(Rgb::DARK, 0.5 * k)));
    }

    let mut second = PageLayout::new(w, h, sz.margin);
    let p = second.printable;
    let text = titles::board(board, sz.lang);
    let y = ts.paragraph(&mut second, &text, p.x, p.y, p.w, title, Role::Title, p) + 4.0 * k;
    empty_grid(&mut second, ts, y, bottom, &sz);

    let mut pages = vec![first, second];
    footers(&mut pages, ts, spec, &unit, sz.footer);
    pages
}
