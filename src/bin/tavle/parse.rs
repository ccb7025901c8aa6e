//! Value parsers for the arguments: each refusal is a Norwegian sentence that says what to
//! write instead (clap shows it after "ugyldig verdi for …").

use chrono::NaiveDate;

use crate::args::RollupFormat;
use tavle::exchange::Format;
use tavle::print::{Paper, What};
use tavle::{BoardId, ChangeId, Error, Lang, RowId, Status};

pub(crate) fn parse_rollup_format(s: &str) -> std::result::Result<RollupFormat, String> {
    match s.trim().to_lowercase().as_str() {
        "text" | "tekst" => Ok(RollupFormat::Text),
        "csv" => Ok(RollupFormat::Csv),
        "xlsx" | "excel" => Ok(RollupFormat::Xlsx),
        "pdf" => Ok(RollupFormat::Pdf),
        _ => Err(format!(
            "Ukjent format «{s}». Bruk text, csv, xlsx eller pdf."
        )),
    }
}

pub(crate) fn parse_lang(s: &str) -> std::result::Result<Lang, String> {
    s.parse().map_err(|e: Error| e.to_string())
}

pub(crate) fn parse_sort(s: &str) -> std::result::Result<tavle::rollup::SortKey, String> {
    s.parse().map_err(|e: Error| e.to_string())
}
pub(crate) fn parse_board_id(s: &str) -> std::result::Result<BoardId, String> {
    s.trim().parse::<i64>().map(BoardId).map_err(|_| {
        format!("«{s}» er ikke en tavle-id. Bruk tallet fra «tavle list», for eksempel 1.")
    })
}

pub(crate) fn parse_row_id(s: &str) -> std::result::Result<RowId, String> {
    s.trim().parse::<i64>().map(RowId).map_err(|_| {
        format!("«{s}» er ikke en rad-id. Bruk tallet fra «tavle show», for eksempel 3.")
    })
}

pub(crate) fn parse_change_id(s: &str) -> std::result::Result<ChangeId, String> {
    s.trim().parse::<i64>().map(ChangeId).map_err(|_| {
        format!("«{s}» er ikke en id for en endring. Bruk tallet fra «tavle history FIL --row ID», for eksempel 12.")
    })
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
    tavle::read_number(s)
        .ok_or_else(|| format!("«{s}» er ikke et tall. Skriv for eksempel 9,1 eller 420."))
}

pub(crate) fn parse_year(s: &str) -> std::result::Result<i32, String> {
    s.trim()
        .parse::<i32>()
        .ok()
        .filter(|y| tavle::YEARS.contains(y))
        .ok_or_else(|| format!("«{s}» er ikke et årstall Tavle godtar. Skriv året med fire sifre, for eksempel 2025."))
}

pub(crate) fn parse_days(s: &str) -> std::result::Result<u32, String> {
    s.trim()
        .parse::<u32>()
        .map_err(|_| format!("«{s}» er ikke et antall dager. Skriv et helt tall, for eksempel 14."))
}
