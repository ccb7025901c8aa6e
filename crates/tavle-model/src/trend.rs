//! Signal or noise: the run chart (seriediagram) of one unit's monthly absence, across all
//! its boards in a file, with the Anhøj rules.
//!
//! The rules, as in Anhøj & Olesen 2014 («Run charts revisited», PLoS ONE 9(11):e113825)
//! and the runs analysis of the R package qicharts2 (`runs.analysis`):
//! - The centre line is the median of all points, or of the first N (a baseline).
//! - Points exactly on the median are not useful; `n` is the number of useful points.
//! - **Shift**: the longest run of useful points on one side of the median is longer than
//!   `round(log2(n)) + 3`.
//! - **Crossings**: the line crosses the median (consecutive useful points on opposite
//!   sides) fewer times than `qbinom(0.05, n - 1, 0.5)`, the 5th percentile of
//!   Binomial(n − 1, ½).
//! - Under [`MIN_USEFUL`] useful points there is no verdict.
//!
//! Nothing is rounded before a rule is applied: a month's value is `tapte / avtalte × 100`
//! or the percent entered, as stored.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::model::{Board, Status, YearMonth};

/// Fewer useful points than this give no verdict (Anhøj: the rules need at least 10).
pub const MIN_USEFUL: usize = 10;

/// One month on the chart.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TrendPoint {
    pub month: YearMonth,
    pub pct: f64,
}

/// Which side of the median a run is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Above,
    Below,
}

/// The runs analysis of a series against its centre line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Runs {
    /// The centre line; `None` only for an empty series.
    pub median: Option<f64>,
    /// Points not exactly on the median.
    pub useful: usize,
    pub longest_run: usize,
    /// The side of the longest run (the latest, when two are equally long).
    pub longest_run_side: Option<Side>,
    /// A run longer than this is a shift signal: `round(log2(useful)) + 3`.
    pub longest_run_limit: usize,
    pub crossings: usize,
    /// Fewer crossings than this is a signal: `qbinom(0.05, useful - 1, 0.5)`.
    pub crossings_limit: usize,
    /// `None` when there are fewer than [`MIN_USEFUL`] useful points: no verdict.
    pub shift: Option<bool>,
    pub crossings_signal: Option<bool>,
    pub signal: Option<bool>,
}

/// The median of `values` (the mean of the two middle ones for an even count).
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    Some(if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    })
}

/// `round(log2(n)) + 3`: the longest run expected by chance among `n` useful points.
pub fn longest_run_limit(useful: usize) -> usize {
    if useful == 0 {
        return 0;
    }
    // log2(n) is never exactly k + ½ for a whole n, so how halves round does not matter.
    (useful as f64).log2().round() as usize + 3
}

/// `qbinom(0.05, useful - 1, 0.5)`: the smallest `x` with P(X ≤ x) ≥ 0.05 for
/// X ~ Binomial(useful − 1, ½). Exact in whole numbers up to 126 trials (ten years of months),
/// in logarithms beyond.
pub fn crossings_limit(useful: usize) -> usize {
    let trials = useful.saturating_sub(1);
    if trials <= 126 {
        // P(X ≤ x) ≥ 1/20  ⟺  20 · Σ C(trials, i) ≥ 2^trials, all in u128.
        let total: u128 = 1u128 << trials;
        let mut coefficient: u128 = 1;
        let mut sum: u128 = 0;
        for x in 0..=trials {
            sum += coefficient;
            if sum.saturating_mul(20) >= total {
                return x;
            }
            coefficient = coefficient * (trials - x) as u128 / (x as u128 + 1);
        }
        return trials;
    }
    let n = trials as f64;
    let ln_half_n = n * 0.5f64.ln();
    let mut ln_coefficient = 0.0f64;
    let mut sum = 0.0f64;
    for x in 0..=trials {
        sum += (ln_coefficient + ln_half_n).exp();
        if sum >= 0.05 {
            return x;
        }
        ln_coefficient += ((trials - x) as f64).ln() - ((x + 1) as f64).ln();
    }
    trials
}

/// The runs analysis of `values` (in time order) with the median of all of them, or of the
/// first `baseline` when given (a baseline longer than the series is the whole series).
pub fn analyse(values: &[f64], baseline: Option<usize>) -> Runs {
    let base = match baseline {
        Some(b) if b > 0 => &values[..b.min(values.len())],
        _ => values,
    };
    let median = median(base);
    let sides: Vec<Side> = match median {
        Some(m) => values
            .iter()
            .filter(|v| **v != m)
            .map(|v| if *v > m { Side::Above } else { Side::Below })
            .collect(),
        None => Vec::new(),
    };
    let useful = sides.len();
    let mut longest_run = 0;
    let mut longest_run_side = None;
    let mut crossings = 0;
    let mut run = 0;
    for (i, side) in sides.iter().enumerate() {
        if i > 0 && sides[i - 1] != *side {
            crossings += 1;
            run = 0;
        }
        run += 1;
        if run >= longest_run {
            longest_run = run;
            longest_run_side = Some(*side);
        }
    }
    let longest_run_limit = longest_run_limit(useful);
    let crossings_limit = crossings_limit(useful);
    let judged = useful >= MIN_USEFUL;
    let shift = judged.then_some(longest_run > longest_run_limit);
    let crossings_signal = judged.then_some(crossings < crossings_limit);
    Runs {
        median,
        useful,
        longest_run,
        longest_run_side,
        longest_run_limit,
        crossings,
        crossings_limit,
        shift,
        crossings_signal,
        signal: shift.zip(crossings_signal).map(|(a, b)| a || b),
    }
}

/// Where a measure started or was finished, from its status history.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Marker {
    pub month: YearMonth,
    /// The measure as written on the board (its Tiltak, or its goal when that is empty).
    pub measure: String,
    pub kind: MarkerKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkerKind {
    Started,
    Finished,
}

/// One unit's run chart across its boards in a file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trend {
    pub unit: String,
    /// Every month with a figure, oldest first, across the unit's boards.
    pub points: Vec<TrendPoint>,
    /// The number of first points the median is taken from, when frozen.
    pub baseline: Option<usize>,
    pub runs: Runs,
    pub markers: Vec<Marker>,
}

/// Unit names compare as a leader would: case, and spaces at either end, do not count.
fn same_unit(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The run chart of `unit` from every board of that unit among `boards` (any years), with
/// the median of all points or of the first `baseline`. A unit with no board is
/// [`Error::NotFound`]; two boards of the unit for one year are refused, since which
/// figures are right is for a person to decide.
pub fn unit_trend(boards: &[Board], unit: &str, baseline: Option<usize>) -> Result<Trend> {
    let mut mine: Vec<&Board> = boards.iter().filter(|b| same_unit(&b.unit, unit)).collect();
    if mine.is_empty() {
        let mut units: Vec<String> = boards.iter().map(|b| b.unit.trim().to_string()).collect();
        units.sort();
        units.dedup();
        return Err(Error::NotFound(crate::msg!(
            "core-trend-no-unit",
            unit = unit.trim(),
            units = units.join(", ")
        )));
    }
    mine.sort_by_key(|b| b.year);
    if let Some(pair) = mine.windows(2).find(|w| w[0].year == w[1].year) {
        return Err(Error::invalid(crate::msg!(
            "core-trend-two-boards",
            unit = pair[0].unit.trim(),
            year = pair[0].year
        )));
    }
    let mut points: Vec<TrendPoint> = mine
        .iter()
        .flat_map(|b| b.absence.iter())
        .filter_map(|m| {
            m.percent().map(|pct| TrendPoint {
                month: m.month,
                pct,
            })
        })
        .collect();
    points.sort_by_key(|p| p.month);
    let values: Vec<f64> = points.iter().map(|p| p.pct).collect();
    let runs = analyse(&values, baseline);
    let markers = mine.iter().flat_map(|b| markers_of(b)).collect();
    Ok(Trend {
        unit: mine[0].unit.trim().to_string(),
        points,
        baseline: baseline.filter(|b| *b > 0),
        runs,
        markers,
    })
}

/// Where each measure of `board` started (its first change to «Pågår» or «Løpende») and
/// was finished (its last change to «Fullført»), in month order.
fn markers_of(board: &Board) -> Vec<Marker> {
    let mut markers = Vec::new();
    for row in &board.rows {
        let measure = if row.measure.trim().is_empty() {
            row.goal.trim()
        } else {
            row.measure.trim()
        };
        // Long enough to know the measure by, cut where a word ends, with «…» when cut.
        let measure = if measure.chars().count() > 80 {
            let cut: String = measure.chars().take(79).collect();
            let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
            format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
        } else {
            measure.to_string()
        };
        if let Some(start) = row
            .history
            .iter()
            .find(|c| matches!(c.status, Status::InProgress | Status::Ongoing))
        {
            markers.push(Marker {
                month: YearMonth::of(start.on),
                measure: measure.clone(),
                kind: MarkerKind::Started,
            });
        }
        if let Some(done) = row.history.iter().rev().find(|c| c.status == Status::Done) {
            markers.push(Marker {
                month: YearMonth::of(done.on),
                measure,
                kind: MarkerKind::Finished,
            });
        }
    }
    markers.sort_by_key(|m| m.month);
    markers
}

impl Trend {
    /// The verdict in plain words, naming the rule: «Ingen signal: …», «Signal: 9 måneder
    /// på rad under medianen — fraværet har gått ned», or why there is none yet.
    pub fn verdict_in(&self, lang: Lang) -> String {
        let r = &self.runs;
        match (r.shift, r.crossings_signal) {
            (None, _) | (_, None) => lang.format(
                "core-trend-too-few",
                &[("n", r.useful.into()), ("min", MIN_USEFUL.into())],
            ),
            (Some(true), _) => {
                let id = match r.longest_run_side {
                    Some(Side::Above) => "core-trend-shift-above",
                    _ => "core-trend-shift-below",
                };
                lang.format(
                    id,
                    &[
                        ("n", r.longest_run.into()),
                        ("limit", r.longest_run_limit.into()),
                    ],
                )
            }
            (Some(false), Some(true)) => lang.format(
                "core-trend-crossings",
                &[
                    ("n", r.crossings.into()),
                    ("limit", r.crossings_limit.into()),
                ],
            ),
            (Some(false), Some(false)) => lang.text("core-trend-no-signal"),
        }
    }

    /// Which points make the longest run, when it is a shift signal (drawn in red on paper,
    /// marked on the screen): one flag per point. Points on the median inside the run are
    /// not useful and stay unflagged.
    pub fn long_run(&self) -> Vec<bool> {
        let mut out = vec![false; self.points.len()];
        let (Some(m), Some(true)) = (self.runs.median, self.runs.shift) else {
            return out;
        };
        let want = self.runs.longest_run;
        let side = |v: f64| {
            (v > m)
                .then_some(Side::Above)
                .or((v < m).then_some(Side::Below))
        };
        let mut start = 0;
        let mut len = 0;
        let mut current = None;
        let mut found = None;
        for (i, p) in self.points.iter().enumerate() {
            let Some(s) = side(p.pct) else { continue };
            if current != Some(s) {
                current = Some(s);
                start = i;
                len = 0;
            }
            len += 1;
            if len == want && Some(s) == self.runs.longest_run_side {
                found = Some((start, i));
            }
        }
        if let Some((a, b)) = found {
            for (i, flag) in out.iter_mut().enumerate().take(b + 1).skip(a) {
                *flag = side(self.points[i].pct).is_some();
            }
        }
        out
    }

    /// [`Trend::verdict_in`] in the current language.
    pub fn verdict(&self) -> String {
        self.verdict_in(Lang::current())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limits_are_those_published_for_the_anhoej_rules() {
        // Anhøj & Olesen 2014, table 1, and the figures (n → run limit, crossings).
        for (n, run, cross) in [
            (10, 6, 2),
            (12, 7, 3),
            (15, 7, 4),
            (18, 7, 5),
            (20, 7, 6),
            (24, 8, 8),
            (30, 8, 10),
            (36, 8, 13),
        ] {
            assert_eq!(longest_run_limit(n), run, "run limit for n = {n}");
            assert_eq!(crossings_limit(n), cross, "crossings limit for n = {n}");
        }
    }

    #[test]
    fn the_exact_and_the_logarithmic_binomial_agree_where_both_work() {
        // Above 127 trials only the logarithmic sum is used; check it on the exact range.
        for useful in 2..=127usize {
            let trials = useful - 1;
            let ln_half_n = trials as f64 * 0.5f64.ln();
            let mut ln_c = 0.0f64;
            let mut sum = 0.0;
            let mut found = trials;
            for x in 0..=trials {
                sum += (ln_c + ln_half_n).exp();
                if sum >= 0.05 {
                    found = x;
                    break;
                }
                ln_c += ((trials - x) as f64).ln() - ((x + 1) as f64).ln();
            }
            assert_eq!(found, crossings_limit(useful), "n = {useful}");
        }
        // A long series still gets a limit close to (n − 1)/2 − 1.645·√(n − 1)/2.
        let limit = crossings_limit(401) as f64;
        assert!((limit - (200.0 - 1.645 * 10.0)).abs() <= 1.0, "{limit}");
    }

    #[test]
    fn a_hand_counted_series_gives_its_runs_crossings_and_no_signal() {
        // Median of 1..=12 is 6,5: B B B B B B A A A A A A would be a shift; alternate instead.
        let values = [
            1.0, 12.0, 2.0, 11.0, 3.0, 10.0, 4.0, 9.0, 5.0, 8.0, 6.0, 7.0,
        ];
        let r = analyse(&values, None);
        assert_eq!(r.median, Some(6.5));
        assert_eq!(r.useful, 12);
        assert_eq!(r.longest_run, 1);
        assert_eq!(r.crossings, 11);
        assert_eq!(
            (r.shift, r.crossings_signal, r.signal),
            (Some(false), Some(false), Some(false))
        );
    }

    #[test]
    fn points_on_the_median_are_not_useful_and_do_not_break_a_run() {
        // Median 5: 4 4 5 4 4 5 4 | 6 6 6 6 6 — the 5s drop out, the run below is 5 long.
        let values = [
            4.0, 4.0, 5.0, 4.0, 4.0, 5.0, 4.0, 6.0, 6.0, 6.0, 6.0, 6.0, 5.0,
        ];
        let r = analyse(&values, None);
        assert_eq!(r.median, Some(5.0));
        assert_eq!(r.useful, 10);
        assert_eq!(r.longest_run, 5);
        assert_eq!(r.longest_run_side, Some(Side::Above));
        assert_eq!(r.crossings, 1);
        assert_eq!(r.crossings_limit, 2);
        assert_eq!(r.crossings_signal, Some(true));
        assert_eq!(r.shift, Some(false));
    }

    #[test]
    fn a_baseline_sets_the_median_from_the_first_points_only() {
        // Twelve months at 8 % ± 0,5, then nine at 6 %: with the first 12 as baseline the
        // last nine are a run of nine below a median of 8,0.
        let mut values: Vec<f64> = (0..12)
            .map(|i| if i % 2 == 0 { 7.5 } else { 8.5 })
            .collect();
        values.extend([6.0; 9]);
        let r = analyse(&values, Some(12));
        assert_eq!(r.median, Some(8.0));
        assert_eq!(r.useful, 21);
        assert_eq!(r.longest_run, 9); // the nine 6s (December before them is 8,5, above)
        assert_eq!(r.longest_run_side, Some(Side::Below));
        assert_eq!(r.longest_run_limit, 7);
        assert_eq!(r.shift, Some(true));
        assert_eq!(r.signal, Some(true));
    }

    #[test]
    fn under_ten_useful_points_there_is_no_verdict() {
        let r = analyse(&[5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0], None);
        assert_eq!(r.useful, 8);
        assert_eq!((r.shift, r.crossings_signal, r.signal), (None, None, None));
    }

    /// A small deterministic generator for the property tests (xorshift64*).
    struct Random(u64);
    impl Random {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn pct(&mut self) -> f64 {
            // Figures as leaders type them: one decimal, with many ties.
            (self.next() % 150) as f64 / 10.0
        }
    }

    #[test]
    fn over_random_series_the_counts_agree_with_a_plain_recount() {
        let mut random = Random(0x5EED_1234_ABCD_0001);
        for _ in 0..2000 {
            let len = (random.next() % 60) as usize;
            let values: Vec<f64> = (0..len).map(|_| random.pct()).collect();
            let baseline = random
                .next()
                .is_multiple_of(3)
                .then(|| (random.next() % 30) as usize);
            let r = analyse(&values, baseline);
            let Some(m) = r.median else {
                assert!(values.is_empty());
                continue;
            };
            // The median splits the baseline in halves.
            let base = match baseline {
                Some(b) if b > 0 => &values[..b.min(len)],
                _ => &values[..],
            };
            let below = base.iter().filter(|v| **v < m).count();
            let above = base.iter().filter(|v| **v > m).count();
            assert!(below * 2 <= base.len() && above * 2 <= base.len());
            // Useful points, runs and crossings, recounted from the signs.
            let signs: Vec<i8> = values
                .iter()
                .filter(|v| **v != m)
                .map(|v| if *v > m { 1 } else { -1 })
                .collect();
            assert_eq!(r.useful, signs.len());
            let runs = signs.chunk_by(|a, b| a == b).count();
            assert_eq!(r.crossings, runs.saturating_sub(1));
            let longest = signs
                .chunk_by(|a, b| a == b)
                .map(<[i8]>::len)
                .max()
                .unwrap_or(0);
            assert_eq!(r.longest_run, longest);
            assert!(r.longest_run <= r.useful && r.crossings < r.useful.max(1));
            let judged = r.useful >= MIN_USEFUL;
            assert_eq!(r.signal.is_some(), judged);
            if judged {
                assert_eq!(
                    r.signal,
                    Some(longest > r.longest_run_limit || r.crossings < r.crossings_limit)
                );
            }
        }
    }
}
