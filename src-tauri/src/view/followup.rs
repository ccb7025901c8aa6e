//! The follow-up screens' content: Fraværstall (the year's months with the running check),
//! Prosjekt nærvær's form, Månedsgjennomgang (the measures in review order and the month to
//! report) and Frister.

use chrono::NaiveDate;
use serde::Serialize;

use tavle_model::error::Result;
use tavle_model::model::{
    month_label, months_in_force, year_table, AbsenceMonth, Board, BoardId, MonthEntry,
    MonthProblem, PlanEntry, RowId, RowText, Status, StatusChange, YearMonth,
};
use tavle_model::review;
use tavle_model::stats::{self, AbsenceSummary};
use tavle_store::store::{DueItem, Store, Version};

/// "Enhet år", the heading of every follow-up screen.
fn heading(board: &Board) -> String {
    format!("{} {}", board.unit, board.year)
}

/// One month of Fraværstall, with its Norwegian name.
#[derive(Debug, Clone, Serialize)]
pub struct MonthRow {
    pub label: String,
    #[serde(flatten)]
    pub entry: MonthEntry,
}

impl MonthRow {
    fn of(entry: MonthEntry) -> MonthRow {
        MonthRow {
            label: month_label(entry.month),
            entry,
        }
    }
}

/// The Fraværstall screen: twelve months as typed or stored, and the running check.
#[derive(Debug, Clone, Serialize)]
pub struct AbsenceTable {
    pub title: String,
    pub year: i32,
    pub rows: Vec<MonthRow>,
    pub check: AbsenceCheck,
}

/// Year to date and what is wrong in the months, of the figures as typed (the saved ones
/// where a typed figure cannot be read).
#[derive(Debug, Clone, Serialize)]
pub struct AbsenceCheck {
    pub summary: AbsenceSummary,
    pub problems: Vec<MonthProblem>,
}

impl AbsenceCheck {
    pub fn of(months: &[MonthEntry], saved: &[AbsenceMonth], target: Option<f64>) -> AbsenceCheck {
        let (parsed, problems) = months_in_force(months, saved);
        AbsenceCheck {
            summary: stats::summary(&parsed, target),
            problems,
        }
    }

    /// The check of `months` as typed on the Fraværstall screen of board `board`.
    pub fn typed(store: &Store, board: BoardId, months: &[MonthEntry]) -> Result<AbsenceCheck> {
        let b = store.load_board(board)?.board;
        Ok(AbsenceCheck::of(months, &b.absence, b.target_pct))
    }
}

impl AbsenceTable {
    pub fn load(store: &Store, board: BoardId) -> Result<AbsenceTable> {
        let b = store.load_board(board)?.board;
        let entries = year_table(&b);
        Ok(AbsenceTable {
            title: heading(&b),
            year: b.year,
            check: AbsenceCheck::of(&entries, &b.absence, b.target_pct),
            rows: entries.into_iter().map(MonthRow::of).collect(),
        })
    }
}

/// The Prosjekt nærvær screen.
#[derive(Debug, Clone, Serialize)]
pub struct PlanForm {
    pub title: String,
    pub year: i32,
    /// The board's target, shown beside the plan's desired state.
    pub target_text: String,
    pub plan: PlanEntry,
    pub version: Version,
}

impl PlanForm {
    pub fn load(store: &Store, board: BoardId) -> Result<PlanForm> {
        let stored = store.load_board(board)?;
        let b = stored.board;
        Ok(PlanForm {
            title: heading(&b),
            year: b.year,
            target_text: b.target_pct.map(tavle_model::nb::pct).unwrap_or_default(),
            plan: PlanEntry::of(&b.plan),
            version: stored.plan_version,
        })
    }
}

/// The Frister screen: measures overdue, and with `within_days` those due soon, in every
/// board of the file.
#[derive(Debug, Clone, Serialize)]
pub struct DueList {
    pub today: NaiveDate,
    pub items: Vec<DueItem>,
}

impl DueList {
    pub fn load(store: &Store, today: NaiveDate, within_days: Option<u32>) -> Result<DueList> {
        Ok(DueList {
            today,
            items: store.due(today, within_days)?,
        })
    }
}

/// One measure of Månedsgjennomgang.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewItem {
    pub row: RowId,
    /// The row's number on the board (1-based).
    pub number: usize,
    pub text: RowText,
    pub status: Status,
    pub overdue: bool,
    pub last: Option<StatusChange>,
}

/// Månedsgjennomgang: the measures in the order they are gone through, and the month whose
/// figures are due.
#[derive(Debug, Clone, Serialize)]
pub struct Review {
    pub title: String,
    pub today: NaiveDate,
    pub items: Vec<ReviewItem>,
    pub month: MonthRow,
}

impl Review {
    pub fn load(store: &Store, board: BoardId, today: NaiveDate) -> Result<Review> {
        let stored = store.load_board(board)?;
        let b = &stored.board;
        let items = review::review_order(b, today)
            .into_iter()
            .map(|i| {
                let r = &b.rows[i];
                ReviewItem {
                    row: stored.row_ids[i],
                    number: i + 1,
                    text: RowText::from(r),
                    status: r.status,
                    overdue: r.is_overdue(today),
                    last: r.history.last().cloned(),
                }
            })
            .collect();
        let month: YearMonth = review::month_to_report(b.year, today);
        let entry = year_table(b)
            .into_iter()
            .find(|e| e.month == month)
            .unwrap_or_else(|| MonthEntry::blank(month));
        Ok(Review {
            title: heading(b),
            today,
            items,
            month: MonthRow::of(entry),
        })
    }
}

/// Fraværstall's run chart (seriediagram): the unit's months across all its boards in the
/// file, the median, the runs analysis and its verdict, and where measures started and were
/// finished, with every text the screen shows (also as a text alternative for the chart).
#[derive(Debug, Clone, Serialize)]
pub struct TrendView {
    pub unit: String,
    pub points: Vec<TrendPointView>,
    /// The centre line in percent; `None` without points.
    pub median: Option<f64>,
    /// "8,1 %".
    pub median_text: String,
    /// "av alle punktene" or "av de første 12 månedene, frosset som grunnlag".
    pub basis_text: String,
    /// The number of first months the median is frozen on, when it is.
    pub baseline: Option<usize>,
    pub runs: tavle_model::trend::Runs,
    /// The verdict naming its rule, or why there is none yet.
    pub verdict: String,
    /// The counts against their limits, in words.
    pub counts_text: String,
    pub markers: Vec<MarkerView>,
    /// The chart in one paragraph: its text alternative.
    pub summary: String,
    /// Fewer useful points than this give no verdict.
    pub min_useful: usize,
}

/// One month on the run chart.
#[derive(Debug, Clone, Serialize)]
pub struct TrendPointView {
    pub month: YearMonth,
    pub pct: f64,
    /// "Januar 2025".
    pub label: String,
    pub pct_text: String,
    /// Above or below the median; `None` on it (such a point is not useful).
    pub side: Option<tavle_model::trend::Side>,
    /// "over", "under" or "på medianen".
    pub side_text: String,
    /// One of the points of the long run that gives a shift signal.
    pub in_signal_run: bool,
}

/// A measure started or finished, at its month.
#[derive(Debug, Clone, Serialize)]
pub struct MarkerView {
    pub month: YearMonth,
    pub label: String,
    pub measure: String,
    pub kind: tavle_model::trend::MarkerKind,
    /// "startet" or "fullført".
    pub kind_text: String,
}

impl TrendView {
    /// The run chart of the unit of board `board`, with the median of all its months or of
    /// the first `baseline`.
    pub fn load(store: &Store, board: BoardId, baseline: Option<usize>) -> Result<TrendView> {
        let unit = store.load_board(board)?.board.unit;
        let trend = tavle_model::trend::unit_trend(&store.load_all_boards()?, &unit, baseline)?;
        Ok(TrendView::of(&trend, tavle_model::lang::Lang::current()))
    }

    /// Freezes the median on the first `n` months of the unit of board `board`: `n` must be
    /// at least 1 and at most the months the unit has figures for.
    pub fn freeze(store: &Store, board: BoardId, n: usize) -> Result<TrendView> {
        let view = TrendView::load(store, board, None)?;
        let months = view.points.len();
        if n == 0 || n > months {
            return Err(tavle_model::error::Error::invalid(tavle_model::msg!(
                "core-trend-bad-baseline",
                n = n,
                months = months
            ))
            .on_field("baseline"));
        }
        TrendView::load(store, board, Some(n))
    }

    /// The screen's view of `trend`, in `lang`.
    pub fn of(trend: &tavle_model::trend::Trend, lang: tavle_model::lang::Lang) -> TrendView {
        use tavle_model::trend::{MarkerKind, Side};
        let r = &trend.runs;
        let side_of = |pct: f64| match r.median {
            Some(m) if pct > m => Some(Side::Above),
            Some(m) if pct < m => Some(Side::Below),
            _ => None,
        };
        let long_run = trend.long_run();
        let points: Vec<TrendPointView> = trend
            .points
            .iter()
            .zip(long_run)
            .map(|(p, in_signal_run)| {
                let side = side_of(p.pct);
                TrendPointView {
                    month: p.month,
                    pct: p.pct,
                    label: month_label(p.month),
                    pct_text: tavle_model::nb::pct(p.pct),
                    side,
                    side_text: lang.text(match side {
                        Some(Side::Above) => "core-trend-text-above",
                        Some(Side::Below) => "core-trend-text-below",
                        None => "core-trend-text-on",
                    }),
                    in_signal_run,
                }
            })
            .collect();
        let basis_text = match trend.baseline {
            Some(b) if b < trend.points.len() => {
                lang.format("core-trend-text-baseline", &[("n", b.into())])
            }
            _ => lang.text("core-trend-text-all-points"),
        };
        let median_text = r.median.map(tavle_model::nb::pct).unwrap_or_default();
        let verdict = trend.verdict_in(lang);
        let counts_text = lang.format(
            "core-trend-text-counts",
            &[
                ("useful", r.useful.into()),
                ("run", r.longest_run.into()),
                ("run_limit", r.longest_run_limit.into()),
                ("crossings", r.crossings.into()),
                ("crossings_limit", r.crossings_limit.into()),
            ],
        );
        let title = lang.format(
            "core-trend-text-title",
            &[
                ("unit", trend.unit.as_str().into()),
                ("n", trend.points.len().into()),
            ],
        );
        let summary = match (points.first(), points.last()) {
            (Some(first), Some(last)) => lang.format(
                "core-trend-summary",
                &[
                    ("title", title.into()),
                    ("first", first.label.to_lowercase().into()),
                    ("last", last.label.to_lowercase().into()),
                    ("median", median_text.as_str().into()),
                    ("basis", basis_text.as_str().into()),
                    ("verdict", verdict.as_str().into()),
                ],
            ),
            _ => lang.format("core-trend-summary-empty", &[("title", title.into())]),
        };
        let markers = trend
            .markers
            .iter()
            .map(|m| MarkerView {
                month: m.month,
                label: month_label(m.month),
                measure: m.measure.clone(),
                kind: m.kind,
                kind_text: lang.text(match m.kind {
                    MarkerKind::Started => "core-trend-started",
                    MarkerKind::Finished => "core-trend-finished",
                }),
            })
            .collect();
        TrendView {
            unit: trend.unit.clone(),
            points,
            median: r.median,
            median_text,
            basis_text,
            baseline: trend.baseline,
            runs: r.clone(),
            verdict,
            counts_text,
            markers,
            summary,
            min_useful: tavle_model::trend::MIN_USEFUL,
        }
    }
}
