//! The month chart's scale, shared by the board's figures box and the year report: twelve
//! month slots, the value axis from 0 to a round top, bars, and the target as a dashed line.

use super::layout::{PageLayout, Rect, Rgb, Role, Stroke, Style};
use super::typeset::Typesetter;
use tavle_model::nb;

/// The month letters under the slots.
pub const MONTH_LETTERS: [&str; 12] = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"];

/// The step of the chart's scale for values up to `max`.
pub(crate) fn scale_step(max: f64) -> f64 {
    if max <= 10.0 {
        2.0
    } else if max <= 25.0 {
        5.0
    } else {
        10.0
    }
}

/// A rounded-up top for the chart's scale.
pub(crate) fn nice_top(max: f64) -> f64 {
    let step = scale_step(max);
    ((max / step).ceil() * step).max(step)
}

/// The target: red, dashed, so it reads in black and white too.
pub(crate) fn target_stroke(k: f64) -> Stroke {
    Stroke {
        color: Rgb::RED,
        width: 0.6 * k,
        dashed: true,
    }
}

/// A month chart's look and its target: the one place the board's figures box and the
/// year report set up their chart's plot and scale.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MonthChart {
    /// The scale's labels (and the month letters).
    pub label: Style,
    /// The target's label on the scale.
    pub target_label: Style,
    pub target: Option<f64>,
    /// Room between the scale's labels and the value axis, mm.
    pub axis_gap: f64,
    /// How far above the highest value (× it) the scale reaches before it is rounded up.
    pub headroom: f64,
    /// Scale from the paper the sizes were made for.
    pub k: f64,
}

impl MonthChart {
    /// The plot in `r`, `h` mm tall under half a line of room for the top label, its scale
    /// reaching above `values` and the target (0–10 % without any); draws the scale's
    /// labels, kept inside `clip`.
    pub fn plot(
        &self,
        page: &mut PageLayout,
        ts: &Typesetter,
        r: Rect,
        h: f64,
        values: impl IntoIterator<Item = f64>,
        clip: Rect,
    ) -> Plot {
        let lh = self.label.line_height();
        let axis_w = ts.width("00 %", self.label) + self.axis_gap;
        let max = values.into_iter().chain(self.target).fold(0.0, f64::max);
        let plot = Plot {
            area: Rect::new(r.x + axis_w, r.y + lh / 2.0, r.w - axis_w, h),
            top: nice_top(if max > 0.0 { max * self.headroom } else { 10.0 }),
            k: self.k,
        };
        plot.scale_labels(page, ts, self.target, self.label, self.target_label, clip);
        plot
    }
}

/// The plot area of a month chart with its scale from 0 to `top` (percent).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Plot {
    pub area: Rect,
    pub top: f64,
    /// Scale from the paper the sizes were made for.
    pub k: f64,
}

impl Plot {
    /// The height of value `v` (clamped to the scale).
    pub fn y_of(&self, v: f64) -> f64 {
        self.area.bottom() - (v.clamp(0.0, self.top) / self.top) * self.area.h
    }

    pub fn slot(&self) -> f64 {
        self.area.w / 12.0
    }

    /// The middle of month slot `i` (0 = January).
    pub fn x_of(&self, i: usize) -> f64 {
        self.area.x + self.slot() * (i as f64 + 0.5)
    }

    /// Labels left of the value axis: the top and zero, and the target in its own style
    /// when it is clear of both.
    pub fn scale_labels(
        &self,
        page: &mut PageLayout,
        ts: &Typesetter,
        target: Option<f64>,
        label: Style,
        target_label: Style,
        clip: Rect,
    ) {
        let lh = label.line_height();
        let axis = |page: &mut PageLayout, text: String, v: f64, style: Style| {
            let w = ts.width(&text, style);
            ts.line(
                page,
                &text,
                self.area.x - 1.0 * self.k - w,
                self.y_of(v) - lh / 2.0,
                style,
                Role::Chart,
                clip,
            );
        };
        axis(page, format!("{} %", nb::number(self.top)), self.top, label);
        axis(page, "0".into(), 0.0, label);
        if let Some(t) = target {
            let clear = |a: f64| (self.y_of(t) - self.y_of(a)).abs() > lh * 1.05;
            if clear(self.top) && clear(0.0) {
                axis(page, nb::number(t), t, target_label);
            }
        }
    }

    /// The month's letter under slot `i`.
    pub fn month_letter(
        &self,
        page: &mut PageLayout,
        ts: &Typesetter,
        i: usize,
        style: Style,
        clip: Rect,
    ) {
        let letter = MONTH_LETTERS[i];
        let w = ts.width(letter, style);
        ts.line(
            page,
            letter,
            self.x_of(i) - w / 2.0,
            self.area.bottom() + 1.0 * self.k,
            style,
            Role::Chart,
            clip,
        );
    }

    /// A solid bar for value `v` in slot `i`; returns the bar's top.
    pub fn bar(&self, page: &mut PageLayout, i: usize, v: f64) -> f64 {
        let y = self.y_of(v);
        let slot = self.slot();
        page.rect(
            Rect::new(
                self.x_of(i) - slot * 0.32,
                y,
                slot * 0.64,
                self.area.bottom() - y,
            ),
            Some(Rgb::BLUE),
            None,
        );
        y
    }

    /// The zero line and the value axis.
    pub fn axes(&self, page: &mut PageLayout) {
        let p = self.area;
        let stroke = Stroke::solid(Rgb::INK, 0.3 * self.k);
        page.line((p.x, p.bottom()), (p.right(), p.bottom()), stroke);
        page.line((p.x, p.y), (p.x, p.bottom()), stroke);
    }

    /// The target across the plot, dashed.
    pub fn target_line(&self, page: &mut PageLayout, t: f64) {
        let y = self.y_of(t);
        page.line(
            (self.area.x, y),
            (self.area.right(), y),
            target_stroke(self.k),
        );
    }
}
