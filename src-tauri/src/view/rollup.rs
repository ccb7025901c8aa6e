//! "Oversikt over enheter" as the window shows it: the overview read from a folder, shown
//! for a year, filtered and sorted as chosen, and one unit's board to look at (never to edit).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use tavle_model::error::{Error, Result};
use tavle_model::model::{Board, BoardId};
use tavle_model::nb;
use tavle_model::stats::{self, AbsenceSummary};
use tavle_rollup::funnel::{self, FunnelFlag};
use tavle_rollup::{roll_up, Loaded, Rollup, SortKey};

/// How the overview is shown: year (`None`: this year or the newest), filter, sort.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ViewOptions {
    pub year: Option<i32>,
    #[serde(default)]
    pub filter: String,
    /// One sector only ("" for all).
    #[serde(default)]
    pub sector: String,
    pub sort: Option<SortKey>,
    #[serde(default)]
    pub descending: Option<bool>,
}

/// The overview of `loaded` as `options` ask: furthest above target first unless another
/// sort is chosen; number columns largest first, Enhet A–Å.
pub fn overview(loaded: &Loaded, options: &ViewOptions, today: NaiveDate) -> Rollup {
    let key = options.sort.unwrap_or(SortKey::Gap);
    let descending = options.descending.unwrap_or(key != SortKey::Unit);
    roll_up(loaded.clone(), options.year, today)
        .filtered_to(&options.filter, &options.sector)
        .sorted(key, descending)
}

/// One unit's board from the overview, read-only.
#[derive(Debug, Clone, Serialize)]
pub struct UnitBoard {
    pub board: Board,
    pub file: PathBuf,
    /// Forsinket, per row.
    pub overdue: Vec<bool>,
    pub summary: AbsenceSummary,
    /// The absence is hidden (under 5 årsverk): the window shows no figures.
    pub masked: bool,
}

impl UnitBoard {
    /// Board `board` of `file` in the overview `loaded`. A masked unit's monthly figures are
    /// left out, so they never reach the window.
    pub fn of(loaded: &Loaded, file: &Path, board: BoardId, today: NaiveDate) -> Result<UnitBoard> {
        let found = loaded
            .boards
            .iter()
            .find(|b| b.file == file && b.id == board)
            .ok_or_else(|| {
                Error::NotFound(tavle_model::msg!(
                    "core-rollup-unit-gone",
                    path = file.display().to_string()
                ))
            })?;
        let line = roll_up(
            Loaded {
                boards: vec![found.clone()],
                skipped: Vec::new(),
            },
            Some(found.board.year),
            today,
        );
        let masked = line.lines.first().is_some_and(|l| l.masked);
        let mut b = found.board.clone();
        if masked {
            b.absence.clear();
        }
        Ok(UnitBoard {
            overdue: b.rows.iter().map(|r| r.is_overdue(today)).collect(),
            summary: stats::summary(&b.absence, b.target_pct),
            file: found.file.clone(),
            board: b,
            masked,
        })
    }
}

/// The overview as the window shows it: the roll-up, and the funnel plot drawn from it.
#[derive(Debug, Clone, Serialize)]
pub struct OverviewScreen {
    #[serde(flatten)]
    pub rollup: Rollup,
    /// `None` when no unit shown has workdays (nothing to draw).
    pub funnel_plot: Option<FunnelPlot>,
}

impl OverviewScreen {
    pub fn of(rollup: Rollup) -> OverviewScreen {
        let funnel_plot = FunnelPlot::of(&rollup, tavle_model::lang::Lang::current());
        OverviewScreen {
            rollup,
            funnel_plot,
        }
    }
}

/// How many places along the size axis the limits are given at (enough for smooth curves).
const CURVE_STEPS: usize = 64;

/// The funnel plot: the centre, the limits as curves over unit size, one point per unit
/// (masked units are not drawn), and the words to read it by. Percentages here are percent
/// (9,1 for 9,1 %), as the screen draws them.
#[derive(Debug, Clone, Serialize)]
pub struct FunnelPlot {
    pub centre: f64,
    pub phi: f64,
    pub centre_text: String,
    pub phi_text: String,
    /// How to read the plot, with φ in words.
    pub reading: String,
    pub phi_reading: String,
    /// The plot in one paragraph: its text alternative.
    pub summary: String,
    /// The limits at sizes from the smallest unit's half to the largest unit's size and a bit.
    pub curve: Vec<FunnelCurvePoint>,
    pub points: Vec<FunnelPlotPoint>,
    /// Units counted in the centre and φ but not drawn (under 5 årsverk).
    pub masked: usize,
}

/// The four limits at one size.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct FunnelCurvePoint {
    pub agreed_days: f64,
    pub lower95: f64,
    pub upper95: f64,
    pub lower998: f64,
    pub upper998: f64,
}

/// One unit in the funnel.
#[derive(Debug, Clone, Serialize)]
pub struct FunnelPlotPoint {
    pub unit: String,
    pub agreed_days: f64,
    pub pct: f64,
    pub flag: FunnelFlag,
    /// "høyere enn tilfeldig variasjon", "lavere …" or "innenfor".
    pub flag_text: String,
    /// The point read out: unit, absence, size and flag.
    pub label: String,
}

impl FunnelPlot {
    /// The plot of `rollup` in `lang`; `None` when its funnel has no centre.
    pub fn of(rollup: &Rollup, lang: tavle_model::lang::Lang) -> Option<FunnelPlot> {
        let (centre, phi) = rollup.funnel.centre.zip(rollup.funnel.phi)?;
        let points: Vec<FunnelPlotPoint> = rollup
            .lines
            .iter()
            .filter_map(|l| {
                let f = l.funnel?;
                let pct = f.rate * 100.0;
                let flag_text = f.flag.label_in(lang);
                let label = lang.format(
                    "rollup-funnel-point",
                    &[
                        ("unit", l.unit.as_str().into()),
                        ("pct", nb::pct(pct).into()),
                        ("days", nb::whole(f.agreed_days.round() as u64).into()),
                        ("flag", flag_text.as_str().into()),
                    ],
                );
                Some(FunnelPlotPoint {
                    unit: l.unit.clone(),
                    agreed_days: f.agreed_days,
                    pct,
                    flag: f.flag,
                    flag_text,
                    label,
                })
            })
            .collect();
        let masked = rollup
            .lines
            .iter()
            .filter(|l| l.masked && l.in_total)
            .count();
        let smallest = points
            .iter()
            .map(|p| p.agreed_days)
            .fold(f64::INFINITY, f64::min);
        let largest = points.iter().map(|p| p.agreed_days).fold(0.0, f64::max);
        let curve = if points.is_empty() {
            Vec::new()
        } else {
            // From half the smallest unit to a tenth past the largest, evenly in log(size):
            // the curves bend most where units are small.
            let (from, to) = ((smallest / 2.0).max(1.0), largest * 1.1);
            (0..=CURVE_STEPS)
                .map(|i| {
                    let n = from * (to / from).powf(i as f64 / CURVE_STEPS as f64);
                    let (lower95, upper95) = funnel::limits(centre, phi, n, funnel::Z95);
                    let (lower998, upper998) = funnel::limits(centre, phi, n, funnel::Z998);
                    FunnelCurvePoint {
                        agreed_days: n,
                        lower95: lower95 * 100.0,
                        upper95: upper95 * 100.0,
                        lower998: lower998 * 100.0,
                        upper998: upper998 * 100.0,
                    }
                })
                .collect()
        };
        let centre_text = nb::pct(centre * 100.0);
        let phi_text = nb::number1(phi);
        let phi_reading = if phi > 1.0 {
            lang.format(
                "rollup-funnel-phi-wide",
                &[
                    ("phi", phi_text.as_str().into()),
                    ("widen", nb::number1(phi.sqrt()).into()),
                ],
            )
        } else {
            lang.text("rollup-funnel-phi-one")
        };
        let named = |flag: FunnelFlag| -> Vec<&str> {
            points
                .iter()
                .filter(|p| p.flag == flag)
                .map(|p| p.unit.as_str())
                .collect()
        };
        let (over, under) = (named(FunnelFlag::Over), named(FunnelFlag::Under));
        let none = lang.text("rollup-funnel-nobody");
        let list = |names: &[&str]| {
            if names.is_empty() {
                none.clone()
            } else {
                names.join(", ")
            }
        };
        let summary = lang.format(
            "rollup-funnel-summary",
            &[
                ("n", points.len().into()),
                ("centre", centre_text.as_str().into()),
                ("over", list(&over).into()),
                ("under", list(&under).into()),
            ],
        );
        Some(FunnelPlot {
            centre: centre * 100.0,
            phi,
            reading: lang.format(
                "rollup-funnel-reading",
                &[("centre", centre_text.as_str().into())],
            ),
            centre_text,
            phi_text,
            phi_reading,
            summary,
            curve,
            points,
            masked,
        })
    }
}
