//! The status markers: a small shape per status (and a check box for milestones) that
//! reads without colour, so a black-and-white copy still tells the status.

use super::layout::{PageLayout, Rect, Rgb, Shape, Stroke};
use tavle_model::model::Status;

/// A small drawn sign before a paragraph's first line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Marker {
    /// A shape per status that reads without colour.
    Status(Status),
    /// A check box, ticked when reached.
    Check(bool),
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
