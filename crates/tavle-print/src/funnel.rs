//! The funnel plot page of the overview over units (Spiegelhalter 2005): each unit a dot by
//! its size (avtalte dagsverk) and its absence, the centre line (all units together), the
//! 95 % and 99,8 % limits as curves, the units above or below the 99,8 % limit marked and
//! named, and a key table with every drawn unit's number, limits and verdict. Masked units
//! are not drawn. The numbers come from [`tavle_rollup::funnel`]; this only places them.

use super::flow::{footer_room, Flow};
use super::layout::{PageLayout, Rect, Rgb, Role, Shape, Stroke, Style, EPS};
use super::sizes::{rollup as sz, PageSpec};
use super::table::{CellSpec, Para, RowSpec, Table};
use super::titles;
use super::typeset::Typesetter;
use tavle_model::lang::Lang;
use tavle_model::nb;
use tavle_rollup::funnel::{limits, FunnelFlag, FunnelPoint, Z95, Z998};
use tavle_rollup::{Rollup, MASK_BELOW_FTE};

/// A drawn unit: its number on the plot, its name and its point.
struct Drawn<'a> {
    number: usize,
    unit: &'a str,
    point: FunnelPoint,
}

/// A round step for an axis from 0 to `max` with about `ticks` steps: 1, 2, 2,5 or 5 × 10ᵏ.
fn nice_step(max: f64, ticks: f64) -> f64 {
    let raw = (max / ticks).max(f64::MIN_POSITIVE);
    let mag = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag)
}

/// "1 234" or "2,5" for an axis label.
fn axis_number(v: f64) -> String {
    if v.fract().abs() < 1e-9 && v.abs() < 1e15 {
        nb::whole(v.round() as u64)
    } else {
        nb::number(v)
    }
}

/// The flag's colour: red above, green below, blue within.
fn flag_color(flag: FunnelFlag) -> Rgb {
    match flag {
        FunnelFlag::Over => Rgb::RED,
        FunnelFlag::Under => Rgb::GREEN,
        FunnelFlag::Within => Rgb::BLUE,
    }
}

/// A unit's mark: a dot within the limits, ▲ above, ▼ below (so a grey copy tells them apart).
fn mark(page: &mut PageLayout, flag: FunnelFlag, x: f64, y: f64, r: f64) {
    let points: Vec<(f64, f64)> = match flag {
        FunnelFlag::Within => (0..12)
            .map(|i| {
                let a = i as f64 * std::f64::consts::TAU / 12.0;
                (x + r * a.cos(), y + r * a.sin())
            })
            .collect(),
        FunnelFlag::Over => {
            let r = r * 1.5;
            vec![(x - r, y + r * 0.8), (x, y - r), (x + r, y + r * 0.8)]
        }
        FunnelFlag::Under => {
            let r = r * 1.5;
            vec![(x - r, y - r * 0.8), (x, y + r), (x + r, y - r * 0.8)]
        }
    };
    page.shapes.push(Shape::Path {
        points,
        closed: true,
        fill: Some(flag_color(flag)),
        stroke: None,
    });
}

/// "φ = 1,43": the overdispersion with two decimals (it widens every limit by √φ).
fn phi_text(phi: f64) -> String {
    format!("{phi:.2}").replace('.', ",")
}

/// The plot in `r`: axes, the centre, the limit curves, the units and their labels.
fn plot(
    page: &mut PageLayout,
    ts: &Typesetter,
    drawn: &[Drawn],
    centre: f64,
    phi: f64,
    r: Rect,
    lang: Lang,
) {
    let label = Style::new(sz::SMALL, false, Rgb::GREY);
    let lh = label.line_height();
    let max_n = drawn
        .iter()
        .map(|d| d.point.agreed_days)
        .fold(0.0, f64::max);
    let min_n = drawn
        .iter()
        .map(|d| d.point.agreed_days)
        .fold(f64::MAX, f64::min);
    let x_step = nice_step(max_n * 1.08, 6.0);
    let x_top = (max_n * 1.08 / x_step).ceil() * x_step;
    // The rates to show: every unit, the centre, and the limits at the smallest unit drawn.
    let (lo, hi) = limits(centre, phi, min_n, Z998);
    let values =
        drawn
            .iter()
            .map(|d| d.point.rate * 100.0)
            .chain([centre * 100.0, lo * 100.0, hi * 100.0]);
    let (mut y_lo, mut y_hi) = values.fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(v), b.max(v)));
    let pad = ((y_hi - y_lo) * 0.06).max(0.2);
    y_lo = (y_lo - pad).max(0.0);
    y_hi = (y_hi + pad).min(100.0);
    let y_step = nice_step(y_hi - y_lo, 6.0);
    y_lo = (y_lo / y_step).floor() * y_step;
    y_hi = (y_hi / y_step).ceil() * y_step;
    let axis_w = ts.width("00,0 %", label) + 1.5;
    let x_title = lang.text("rollup-funnel-x");
    let area = Rect::new(
        r.x + axis_w,
        r.y + lh / 2.0,
        r.w - axis_w - 2.0,
        r.h - lh / 2.0 - 2.0 * lh - 1.5,
    );
    let x_of = |n: f64| area.x + n.clamp(0.0, x_top) / x_top * area.w;
    let y_of = |pct: f64| area.bottom() - (pct.clamp(y_lo, y_hi) - y_lo) / (y_hi - y_lo) * area.h;
    // Grid and scale.
    let grid = Stroke::solid(Rgb::SHADE, 0.3);
    let mut v = y_lo;
    while v <= y_hi + EPS {
        let y = y_of(v);
        page.line((area.x, y), (area.right(), y), grid);
        let text = format!("{} %", nb::number(v));
        let w = ts.width(&text, label);
        ts.line(
            page,
            &text,
            area.x - 1.0 - w,
            y - lh / 2.0,
            label,
            Role::Chart,
            r,
        );
        v += y_step;
    }
    let mut n = 0.0;
    while n <= x_top + EPS {
        let x = x_of(n);
        if n > 0.0 {
            page.line((x, area.y), (x, area.bottom()), grid);
        }
        let text = axis_number(n);
        let w = ts.width(&text, label);
        let tx = (x - w / 2.0).clamp(r.x, r.right() - w);
        ts.line(page, &text, tx, area.bottom() + 0.8, label, Role::Chart, r);
        n += x_step;
    }
    let tw = ts.width(&x_title, label);
    ts.line(
        page,
        &x_title,
        area.x + (area.w - tw) / 2.0,
        area.bottom() + 0.8 + lh,
        label,
        Role::Chart,
        r,
    );
    // The limits as curves from where they come inside the plot, the centre across.
    let samples: Vec<f64> = (0..=120)
        .map(|i| x_top * (0.004 + 0.996 * (i as f64 / 120.0).powi(2)))
        .collect();
    for (z, dashed) in [(Z95, true), (Z998, false)] {
        for side in [0, 1] {
            let pts: Vec<(f64, f64)> = samples
                .iter()
                .filter_map(|&n| {
                    let (a, b) = limits(centre, phi, n, z);
                    let pct = if side == 0 { a } else { b } * 100.0;
                    (pct >= y_lo - EPS && pct <= y_hi + EPS).then(|| (x_of(n), y_of(pct)))
                })
                .collect();
            if pts.len() > 1 {
                page.shapes.push(Shape::Path {
                    points: pts,
                    closed: false,
                    fill: None,
                    stroke: Some(Stroke {
                        color: Rgb::DARK,
                        width: if dashed { 0.35 } else { 0.5 },
                        dashed,
                    }),
                });
            }
        }
    }
    let cy = y_of(centre * 100.0);
    page.line(
        (area.x, cy),
        (area.right(), cy),
        Stroke::solid(Rgb::GREEN, 0.7),
    );
    page.line(
        (area.x, area.bottom()),
        (area.right(), area.bottom()),
        Stroke::solid(Rgb::INK, 0.3),
    );
    page.line(
        (area.x, area.y),
        (area.x, area.bottom()),
        Stroke::solid(Rgb::INK, 0.3),
    );
    // The units, flagged ones last (on top); labels placed clear of each other.
    let mut order: Vec<&Drawn> = drawn.iter().collect();
    order.sort_by_key(|d| d.point.flag != FunnelFlag::Within);
    let mut taken: Vec<Rect> = Vec::new();
    let dot = 1.0;
    for d in &order {
        let (x, y) = (x_of(d.point.agreed_days), y_of(d.point.rate * 100.0));
        mark(page, d.point.flag, x, y, dot);
        taken.push(Rect::new(
            x - dot * 1.5,
            y - dot * 1.5,
            dot * 3.0,
            dot * 3.0,
        ));
    }
    let mut labels: Vec<&Drawn> = order.clone();
    labels.reverse(); // flagged ones choose their place first
    for d in labels {
        let (x, y) = (x_of(d.point.agreed_days), y_of(d.point.rate * 100.0));
        let flagged = d.point.flag != FunnelFlag::Within;
        let style = if flagged {
            Style::new(sz::SMALL, true, flag_color(d.point.flag))
        } else {
            Style::new(sz::SMALL, false, Rgb::INK)
        };
        let text = if flagged {
            format!("{} {}", d.number, d.unit)
        } else {
            d.number.to_string()
        };
        let text = ts
            .capped(&text, area.w * 0.45, style, 1)
            .into_iter()
            .next()
            .unwrap_or_default();
        let w = ts.width(&text, style);
        let h = style.line_height();
        let gap = dot * 1.6;
        let tries = [
            (x + gap, y - h / 2.0),
            (x - gap - w, y - h / 2.0),
            (x - w / 2.0, y - gap - h),
            (x - w / 2.0, y + gap),
            (x + gap, y - h),
            (x + gap, y),
            (x - gap - w, y - h),
            (x - gap - w, y),
        ];
        let spot = tries
            .into_iter()
            .map(|(tx, ty)| Rect::new(tx, ty, w, h))
            .find(|c| r.contains(c) && !taken.iter().any(|t| t.overlaps(c)));
        if let Some(c) = spot {
            ts.line(page, &text, c.x, c.y, style, Role::Chart, r);
            taken.push(c);
        }
    }
}

/// The legend under the plot: the marks, the centre and the two limits.
fn legend(
    page: &mut PageLayout,
    ts: &Typesetter,
    centre: f64,
    x: f64,
    y: f64,
    area: Rect,
    lang: Lang,
) -> f64 {
    let style = Style::new(sz::SMALL, false, Rgb::INK);
    let lh = style.line_height();
    let items: Vec<(u8, String)> = vec![
        (0, FunnelFlag::Within.label_in(lang)),
        (1, FunnelFlag::Over.label_in(lang)),
        (2, FunnelFlag::Under.label_in(lang)),
        (
            3,
            lang.format(
                "rollup-funnel-centre",
                &[("pct", nb::pct(centre * 100.0).into())],
            ),
        ),
        (4, lang.text("rollup-funnel-95")),
        (5, lang.text("rollup-funnel-998")),
    ];
    let mut cx = x;
    let mut y = y;
    for (what, text) in items {
        let sample = if what >= 3 { 8.0 } else { 3.0 };
        let w = sample + 1.2 + ts.width(&text, style);
        if cx + w > area.right() && cx > x {
            cx = x;
            y += lh;
        }
        let mid = y + lh / 2.0;
        match what {
            0 => mark(page, FunnelFlag::Within, cx + 1.5, mid, 1.0),
            1 => mark(page, FunnelFlag::Over, cx + 1.5, mid, 1.0),
            2 => mark(page, FunnelFlag::Under, cx + 1.5, mid, 1.0),
            3 => page.line(
                (cx, mid),
                (cx + sample, mid),
                Stroke::solid(Rgb::GREEN, 0.7),
            ),
            4 => page.line(
                (cx, mid),
                (cx + sample, mid),
                Stroke {
                    color: Rgb::DARK,
                    width: 0.35,
                    dashed: true,
                },
            ),
            _ => page.line((cx, mid), (cx + sample, mid), Stroke::solid(Rgb::DARK, 0.5)),
        }
        ts.line(page, &text, cx + sample + 1.2, y, style, Role::Chart, area);
        cx += w + 5.0;
    }
    y + lh
}

/// The key table's headings in `lang`.
fn key_headings(lang: Lang) -> [String; 6] {
    [
        "rollup-funnel-col-nr",
        "rollup-col-unit",
        "rollup-funnel-col-days",
        "rollup-funnel-col-pct",
        "rollup-funnel-col-limits",
        "rollup-funnel-col-flag",
    ]
    .map(|id| lang.text(id))
}

/// The funnel's pages, added to `pages`: the plot with how to read it, then the key of
/// drawn units (continued on more pages for a long list). Nothing for a roll-up without
/// units.
pub(crate) fn pages(ts: &Typesetter, r: &Rollup, spec: &PageSpec, pages: &mut Vec<PageLayout>) {
    if r.lines.is_empty() {
        return;
    }
    let (w, h) = spec.size;
    let lang = spec.lang;
    let drawn: Vec<Drawn> = r
        .lines
        .iter()
        .filter_map(|l| l.funnel.map(|p| (l.unit.as_str(), p)))
        .enumerate()
        .map(|(i, (unit, point))| Drawn {
            number: i + 1,
            unit,
            point,
        })
        .collect();
    let not_drawn = r.lines.len() - drawn.len();
    let heading = lang.text("rollup-funnel-heading");
    let running = titles::continued(&heading, lang);
    let small = Style::new(sz::SMALL, false, Rgb::GREY);
    let body = Style::new(sz::BODY, false, Rgb::INK);
    let head_style = Style::new(sz::BODY, true, Rgb::WHITE);
    let content_w = w - 2.0 * sz::MARGIN;
    let shares = [9.0, 70.0, 26.0, 18.0, 30.0, 55.0];
    let total: f64 = shares.iter().sum();
    let table = Table {
        x: sz::MARGIN,
        widths: shares.iter().map(|s| s / total * content_w).collect(),
        pad: sz::PAD,
        stripe: 0.0,
        grid: Stroke::solid(Rgb::RULE, 0.3),
        continued: Style::new(sz::BODY, true, Rgb::GREY),
    };
    let head = table.lay(ts, &RowSpec::header(&key_headings(lang), head_style));
    let funnel = &r.funnel;
    let start = |page: &mut PageLayout, index: usize| {
        let p = page.printable;
        let mut y = p.y;
        if index > 0 {
            let style = Style::new(sz::SUBTITLE, true, Rgb::DARK);
            y += ts.line(page, &running, p.x, y, style, Role::Heading, p) + 2.0;
        } else {
            let style = Style::new(sz::HEADING, true, Rgb::DARK);
            for l in ts.capped(&heading, p.w, style, 1) {
                y += ts.line(page, &l, p.x, y, style, Role::Heading, p);
            }
            page.line(
                (p.x, y + 0.6),
                (p.right(), y + 0.6),
                Stroke::solid(Rgb::DARK, 0.5),
            );
            y += 2.5;
            let (Some(centre), Some(phi), false) = (funnel.centre, funnel.phi, drawn.is_empty())
            else {
                let none = lang.text("rollup-funnel-none");
                y = ts.paragraph(page, &none, p.x, y, p.w, body, Role::Text, p) + 3.0;
                return y;
            };
            let how = lang.format(
                "rollup-funnel-how",
                &[
                    ("centre", nb::pct(centre * 100.0).into()),
                    ("phi", phi_text(phi).into()),
                ],
            );
            y = ts.paragraph(page, &how, p.x, y, p.w, small, Role::Text, p) + 2.0;
            let plot_h = (p.bottom() - footer_room(sz::FOOTER) - y - 30.0).clamp(70.0, 118.0);
            plot(
                page,
                ts,
                &drawn,
                centre,
                phi,
                Rect::new(p.x, y, p.w, plot_h),
                lang,
            );
            y += plot_h + 1.0;
            y = legend(page, ts, centre, p.x, y, p, lang) + 1.0;
            if not_drawn > 0 {
                let text = lang.format(
                    "rollup-funnel-not-drawn",
                    &[
                        ("n", not_drawn.into()),
                        ("fte", nb::number(MASK_BELOW_FTE).into()),
                    ],
                );
                y = ts.paragraph(page, &text, p.x, y, p.w, small, Role::Text, p);
            }
            y += 2.0;
            if drawn.is_empty() {
                return y;
            }
        }
        let hh = table.height(&head);
        table.draw(page, &head, y, hh);
        y + hh
    };
    let mut flow = Flow::new(w, h, sz::MARGIN, footer_room(sz::FOOTER), start);
    let bold = Style::new(sz::BODY, true, Rgb::INK);
    let specs: Vec<RowSpec> = drawn
        .iter()
        .map(|d| {
            let p = d.point;
            let flag_style = match p.flag {
                FunnelFlag::Within => body,
                f => Style::new(sz::BODY, true, flag_color(f)),
            };
            let cells = [
                (d.number.to_string(), bold),
                (
                    d.unit.to_string(),
                    if p.flag == FunnelFlag::Within {
                        body
                    } else {
                        bold
                    },
                ),
                (axis_number(p.agreed_days), body),
                (nb::pct(p.rate * 100.0), body),
                (
                    lang.format(
                        "rollup-funnel-limits",
                        &[
                            ("lower", nb::pct(p.lower998 * 100.0).into()),
                            ("upper", nb::pct(p.upper998 * 100.0).into()),
                        ],
                    ),
                    body,
                ),
                (p.flag.label_in(lang), flag_style),
            ];
            RowSpec {
                cells: cells
                    .into_iter()
                    .enumerate()
                    .map(|(col, (text, style))| CellSpec {
                        paras: vec![Para::new(
                            text,
                            style,
                            Role::Cell {
                                row: d.number - 1,
                                col,
                            },
                        )],
                        ..CellSpec::default()
                    })
                    .collect(),
                fill: (d.number % 2 == 0).then_some(Rgb::SHADE),
                min_height: 0.0,
            }
        })
        .collect();
    if !specs.is_empty() && funnel.centre.is_some() {
        flow.rows(ts, &table, specs);
    }
    pages.extend(flow.pages);
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use crate::tests::{assert_inside_and_apart, date};
    use tavle_model::model::{AbsenceMonth, Board, BoardId, YearMonth};
    use tavle_rollup::{roll_up, Loaded, LoadedBoard};

    /// `n` units with days, of every size from 5 to 60 årsverk, some masked, two far out.
    fn rollup_of(n: usize) -> tavle_rollup::Rollup {
        let boards = (0..n)
            .map(|i| {
                let mut b = Board::new(format!("Enhet {i:03} med et langt navn"), 2025);
                let agreed = if i % 25 == 7 {
                    60.0
                } else {
                    120.0 + (i % 50) as f64 * 26.0
                };
                let rate = match i {
                    3 => 0.2,
                    4 => 0.01,
                    _ => 0.07 + (i % 9) as f64 / 400.0,
                };
                b.absence = (1..=10)
                    .map(|m| {
                        let month = YearMonth::new(2025, m).unwrap();
                        AbsenceMonth::from_days(month, agreed, agreed * rate)
                    })
                    .collect();
                LoadedBoard {
                    file: PathBuf::from(format!("{i}.tavle")),
                    id: BoardId(1),
                    board: b,
                    last_changed: None,
                    folder: String::new(),
                }
            })
            .collect();
        let loaded = Loaded {
            boards,
            skipped: Vec::new(),
        };
        roll_up(loaded, Some(2025), date(2025, 11, 5))
    }

    #[test]
    fn the_funnel_pages_keep_everything_inside_and_apart_and_list_every_drawn_unit() {
        for n in [1, 3, 22, 300] {
            let r = rollup_of(n);
            let pages = crate::rollup_layout(&r, date(2025, 11, 5)).unwrap();
            assert_inside_and_apart(&pages);
            let text: String = pages
                .iter()
                .map(|p| p.text())
                .collect::<Vec<_>>()
                .join("\n");
            let drawn = r.lines.iter().filter(|l| l.funnel.is_some()).count();
            assert!(text.contains("Traktdiagram"), "{n} units");
            // Every drawn unit is a row of the key: its number, then its name.
            for (i, l) in r.lines.iter().filter(|l| l.funnel.is_some()).enumerate() {
                assert!(
                    text.contains(&format!("{}\n{}", i + 1, l.unit)),
                    "{n}: {}",
                    l.unit
                );
            }
            assert!(drawn <= n);
        }
    }

    #[test]
    fn a_roll_up_without_workdays_says_the_funnel_cannot_be_drawn() {
        let mut r = rollup_of(2);
        for l in &mut r.lines {
            l.funnel = None;
        }
        r.funnel.centre = None;
        r.funnel.phi = None;
        let pages = crate::rollup_layout(&r, date(2025, 11, 5)).unwrap();
        assert_inside_and_apart(&pages);
        let last = pages.last().unwrap().text();
        assert!(last.contains("trakten kan ikke tegnes"), "{last}");
    }
}
