//! Printing: the board, the plan ("Prosjekt nærvær"), the workshop's cards (or the blank
//! workshop sheet) and the year report as PDF.
//!
//! Three stages: [`layout()`] turns a board and a [`PageSpec`] into pages of positioned boxes
//! and text lines (pure, in millimetres from the top-left corner, tested as plain
//! structs); [`draw`] turns each page into printpdf operations; [`pdf`] returns the bytes,
//! with DejaVu Sans embedded as a subset (every Norwegian letter, a small file).

pub mod board;
pub mod cards;
mod chart;
pub mod draw;
pub mod flow;
pub mod font;
mod funnel;
pub mod layout;
pub mod marker;
pub mod minutes;
pub mod plan;
pub mod report;
pub mod rollup;
pub mod sizes;
pub mod table;
pub mod titles;
pub mod typeset;
pub mod workshop;
pub mod wrap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use layout::{PageLayout, Rect, Role, Shape, TextLine};
pub use sizes::PageSpec;
use tavle_model::error::{Error, Result};
use tavle_model::lang::Lang;
use tavle_model::model::Board;
use tavle_model::trend::Trend;

/// What to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum What {
    Board,
    Plan,
    /// The workshop's cards grouped by question; the blank sheet when there are none.
    Workshop,
    /// The blank workshop sheet: the three questions to write on, and an empty board.
    WorkshopBlank,
    Report,
    /// «Referat fra tavlemøtet»: the one page the tavlemøte ends with, of the print's day.
    Minutes,
}

/// Paper size; orientation follows from what is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    A3,
    A4,
}

impl Paper {
    /// Width × height in mm, portrait.
    fn portrait(self) -> (f64, f64) {
        match self {
            Paper::A3 => (297.0, 420.0),
            Paper::A4 => (210.0, 297.0),
        }
    }

    fn landscape(self) -> (f64, f64) {
        let (w, h) = self.portrait();
        (h, w)
    }
}

impl std::str::FromStr for What {
    type Err = Error;

    /// `board`, `plan`, `workshop`, `workshop_blank`, `report` or `minutes` (as on the
    /// command line; also `tavle`, `rapport`, `referat`),
    /// any case.
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_lowercase().as_str() {
            "board" | "tavle" => Ok(What::Board),
            "plan" => Ok(What::Plan),
            "workshop" => Ok(What::Workshop),
            "workshop_blank" | "workshop-blank" => Ok(What::WorkshopBlank),
            "report" | "rapport" => Ok(What::Report),
            "minutes" | "referat" => Ok(What::Minutes),
            _ => Err(Error::invalid(tavle_model::msg!(
                "core-print-unknown-what",
                value = s
            ))),
        }
    }
}

impl std::str::FromStr for Paper {
    type Err = Error;

    /// `a3` or `a4`, any case.
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_lowercase().as_str() {
            "a3" => Ok(Paper::A3),
            "a4" => Ok(Paper::A4),
            _ => Err(Error::invalid(tavle_model::msg!(
                "core-print-unknown-paper",
                value = s
            ))),
        }
    }
}

/// The paper `what` is printed on when none is asked for: board and workshop A3 (for the
/// wall), plan, year report and Referat A4 (for a binder or an email).
pub fn default_paper(what: What) -> Paper {
    match what {
        What::Plan | What::Report | What::Minutes => Paper::A4,
        What::Board | What::Workshop | What::WorkshopBlank => Paper::A3,
    }
}

/// The pages of `what` for `board`, laid out but not drawn (in bokmål, the run chart from
/// the board's own months).
pub fn layout(
    board: &Board,
    what: What,
    paper: Option<Paper>,
    today: NaiveDate,
) -> Result<Vec<PageLayout>> {
    layout_in(board, what, paper, today, Lang::Nb, None)
}

/// The pages of `what` for `board` with the fixed words in `lang`, laid out but not drawn.
/// `trend` is the unit's run chart across every board of the file (the board's absence box
/// and the year report show it); `None` takes the board's own months alone.
pub fn layout_in(
    board: &Board,
    what: What,
    paper: Option<Paper>,
    today: NaiveDate,
    lang: Lang,
    trend: Option<&Trend>,
) -> Result<Vec<PageLayout>> {
    lay_out(
        &font::Metrics::new()?,
        board,
        what,
        paper,
        today,
        lang,
        trend,
    )
}

/// The run chart the prints of `board` show: its unit across `boards` (every board of its
/// file, from `Store::load_all_boards`). `None` when they cannot be joined (two boards of
/// the unit for one year): the prints then take the board's own months, and the board
/// still prints.
pub fn unit_trend_for(board: &Board, boards: &[Board]) -> Option<Trend> {
    tavle_model::trend::unit_trend(boards, &board.unit, None).ok()
}

/// `trend` without months that were never validated (not a number, a month 0), analysed
/// again; `None` when every month is fine. A print leaves such a month out rather than
/// drawing it wrong.
fn drawable(trend: &Trend) -> Option<Trend> {
    let fine =
        |p: &tavle_model::trend::TrendPoint| p.pct.is_finite() && (1..=12).contains(&p.month.month);
    if trend.points.iter().all(fine) {
        return None;
    }
    let points: Vec<_> = trend.points.iter().copied().filter(fine).collect();
    let values: Vec<f64> = points.iter().map(|p| p.pct).collect();
    Some(Trend {
        runs: tavle_model::trend::analyse(&values, trend.baseline),
        points,
        ..trend.clone()
    })
}

/// The run chart of `board`'s own months: what a print shows when its caller has no file
/// to take the unit's other years from.
fn own_trend(board: &Board) -> Result<Trend> {
    tavle_model::trend::unit_trend(std::slice::from_ref(board), &board.unit, None)
}

fn lay_out(
    metrics: &font::Metrics,
    board: &Board,
    what: What,
    paper: Option<Paper>,
    today: NaiveDate,
    lang: Lang,
    trend: Option<&Trend>,
) -> Result<Vec<PageLayout>> {
    let paper = paper.unwrap_or_else(|| default_paper(what));
    let spec = PageSpec {
        lang,
        ..page_spec(what, paper, today)
    };
    let ts = typeset::Typesetter { metrics };
    let own;
    let trend = match trend {
        Some(t) => t,
        None => {
            own = own_trend(board)?;
            &own
        }
    };
    let checked = drawable(trend);
    let trend = checked.as_ref().unwrap_or(trend);
    Ok(match what {
        What::Board => board::pages(&ts, board, trend, &spec),
        What::Workshop if !board.inputs.is_empty() => cards::pages(&ts, board, &spec),
        What::Workshop | What::WorkshopBlank => workshop::pages(&ts, board, &spec),
        What::Plan => plan::pages(&ts, board, &spec),
        What::Report => report::pages(&ts, board, trend, &spec),
        What::Minutes => minutes::pages(&ts, board, Some(trend), &spec),
    })
}

/// The paper `what` is laid out on: the plan and the Referat portrait, the rest landscape. Board and
/// workshop are designed for A3, plan and report for A4; the other paper scales every size
/// alike (A4 is A3 × 1/√2).
fn page_spec(what: What, paper: Paper, today: NaiveDate) -> PageSpec {
    let size = if matches!(what, What::Plan | What::Minutes) {
        paper.portrait()
    } else {
        paper.landscape()
    };
    let wall = matches!(what, What::Board | What::Workshop | What::WorkshopBlank);
    let k = match (wall, paper) {
        (true, Paper::A3) | (false, Paper::A4) => 1.0,
        (true, Paper::A4) => std::f64::consts::FRAC_1_SQRT_2,
        (false, Paper::A3) => std::f64::consts::SQRT_2,
    };
    PageSpec {
        size,
        k,
        today,
        lang: Lang::Nb,
    }
}

/// The document title of `what` for `board` (also in its footer).
fn title(board: &Board, what: What, lang: Lang, today: NaiveDate) -> String {
    match what {
        What::Plan => titles::plan(board, lang),
        What::Workshop | What::WorkshopBlank => titles::workshop(board, lang),
        What::Report => titles::report(board.year, &board.unit, lang),
        What::Board => titles::board(board, lang),
        What::Minutes => minutes::title(board, today, lang),
    }
}

/// The PDF bytes of `what` for `board`, as printed on `today` (the footer's date, Forsinket),
/// in bokmål. `paper` `None` takes the default for `what` (board and workshop A3, plan and
/// report A4).
pub fn pdf(board: &Board, what: What, paper: Option<Paper>, today: NaiveDate) -> Result<Vec<u8>> {
    pdf_in(board, what, paper, today, Lang::Nb, None)
}

/// [`pdf`] with the fixed words in `lang`; the board's own text is printed as typed.
/// `trend` is the unit's run chart across the file's boards (see [`layout_in`]): the caller
/// that has the file makes it with [`unit_trend_for`]; `None` takes the board's own months.
pub fn pdf_in(
    board: &Board,
    what: What,
    paper: Option<Paper>,
    today: NaiveDate,
    lang: Lang,
    trend: Option<&Trend>,
) -> Result<Vec<u8>> {
    let metrics = font::Metrics::new()?;
    let pages = lay_out(&metrics, board, what, paper, today, lang, trend)?;
    draw::to_pdf(&title(board, what, lang, today), &pages, &metrics)
}

/// The pages of the overview over units (A4 landscape), laid out but not drawn.
pub fn rollup_layout(rollup: &tavle_rollup::Rollup, today: NaiveDate) -> Result<Vec<PageLayout>> {
    let metrics = font::Metrics::new()?;
    let ts = typeset::Typesetter { metrics: &metrics };
    Ok(rollup::pages(&ts, rollup, &sizes::rollup_spec(today)))
}

/// The PDF bytes of the overview over units, for the steering group (A4 landscape), in
/// bokmål.
pub fn rollup_pdf(rollup: &tavle_rollup::Rollup, today: NaiveDate) -> Result<Vec<u8>> {
    rollup_pdf_in(rollup, today, Lang::Nb)
}

/// [`rollup_pdf`] with the fixed words in `lang`.
pub fn rollup_pdf_in(
    rollup: &tavle_rollup::Rollup,
    today: NaiveDate,
    lang: Lang,
) -> Result<Vec<u8>> {
    let metrics = font::Metrics::new()?;
    let ts = typeset::Typesetter { metrics: &metrics };
    let spec = PageSpec {
        lang,
        ..sizes::rollup_spec(today)
    };
    let pages = rollup::pages(&ts, rollup, &spec);
    draw::to_pdf(&titles::rollup(rollup.year, lang), &pages, &metrics)
}

#[cfg(test)]
mod tests;

/// Refuses a PDF path that does not end in `.pdf`: a slip of the dialog or the `-o` must not
/// overwrite a `.tavle` file, a spreadsheet or anything else with a PDF.
pub fn check_pdf_path(path: &std::path::Path) -> Result<()> {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
    {
        return Ok(());
    }
    Err(Error::invalid(tavle_model::msg!(
        "core-print-not-pdf",
        path = path.display().to_string()
    )))
}
