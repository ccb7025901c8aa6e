//! Value parsers for the arguments: each refusal is a sentence in the current language that
//! says what to write instead (shown after `cli-usage-invalid-value-because`).

use chrono::NaiveDate;

use crate::args::{RollupFormat, TrendFormat};
use tavle::export::Format;
use tavle::print::{Paper, What};
use tavle::{tr, BoardId, ChangeId, Error, Lang, RowId, Status};

pub(crate) fn parse_rollup_format(s: &str) -> std::result::Result<RollupFormat, String> {
    match s.trim().to_lowercase().as_str() {
        "text" | "tekst" => Ok(RollupFormat::Text),
        "csv" => Ok(RollupFormat::Csv),
        "xlsx" | "excel" => Ok(RollupFormat::Xlsx),
        "pdf" => Ok(RollupFormat::Pdf),
        "json" => Ok(RollupFormat::Json),
        _ => Err(tr!("cli-format-unknown", value = s)),
    }
}

pub(crate) fn parse_trend_format(s: &str) -> std::result::Result<TrendFormat, String> {
    match s.trim().to_lowercase().as_str() {
        "text" | "tekst" => Ok(TrendFormat::Text),
        "csv" => Ok(TrendFormat::Csv),
        "json" => Ok(TrendFormat::Json),
        _ => Err(tr!("cli-trend-format-unknown", value = s)),
    }
}

/// A baseline of at least 1 month (the median of the first N).
pub(crate) fn parse_baseline(s: &str) -> std::result::Result<usize, String> {
    match s.trim().parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(tr!("cli-trend-baseline-invalid", value = s)),
    }
}

pub(crate) fn parse_lang(s: &str) -> std::result::Result<Lang, String> {
    s.parse()
        .map_err(|_: Error| tr!("cli-lang-unknown", value = s))
}

pub(crate) fn parse_sort(s: &str) -> std::result::Result<tavle::rollup::SortKey, String> {
    s.parse().map_err(|e: Error| e.to_string())
}
pub(crate) fn parse_board_id(s: &str) -> std::result::Result<BoardId, String> {
    s.trim()
        .parse::<i64>()
        .map(BoardId)
        .map_err(|_| tr!("cli-board-id-invalid", value = s))
}

pub(crate) fn parse_row_id(s: &str) -> std::result::Result<RowId, String> {
    s.trim()
        .parse::<i64>()
        .map(RowId)
        .map_err(|_| tr!("cli-row-id-invalid", value = s))
}

pub(crate) fn parse_change_id(s: &str) -> std::result::Result<ChangeId, String> {
    s.trim()
        .parse::<i64>()
        .map(ChangeId)
        .map_err(|_| tr!("cli-change-id-invalid", value = s))
}

pub(crate) fn parse_format(s: &str) -> std::result::Result<Format, String> {
    s.parse().map_err(|e: Error| e.to_string())
}

pub(crate) fn parse_what(s: &str) -> std::result::Result<What, String> {
    s.parse().map_err(|e: Error| e.to_string())
}

pub(crate) fn parse_paper(s: &str) -> std::result::Result<Paper, String> {
    s.parse().map_err(|e: Error| e.to_string())
}

pub(crate) fn parse_status(s: &str) -> std::result::Result<Status, String> {
    s.parse::<Status>().map_err(|e| e.to_string())
}

pub(crate) fn parse_date(s: &str) -> std::result::Result<NaiveDate, String> {
    tavle::parse_date(s).map_err(|e| e.to_string())
}

pub(crate) fn parse_month(s: &str) -> std::result::Result<tavle::YearMonth, String> {
    s.parse().map_err(|e: Error| e.to_string())
}

/// A number as people in Norway write it: `9,1` or `9.1`.
pub(crate) fn parse_number(s: &str) -> std::result::Result<f64, String> {
    tavle::read_number(s).ok_or_else(|| tr!("cli-number-invalid", value = s))
}

pub(crate) fn parse_year(s: &str) -> std::result::Result<i32, String> {
    s.trim()
        .parse::<i32>()
        .ok()
        .filter(|y| tavle::YEARS.contains(y))
        .ok_or_else(|| tr!("cli-year-invalid", value = s))
}

pub(crate) fn parse_days(s: &str) -> std::result::Result<u32, String> {
    s.trim()
        .parse::<u32>()
        .map_err(|_| tr!("cli-days-invalid", value = s))
}
