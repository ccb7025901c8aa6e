//! A board as a real Excel workbook (`.xlsx`), written with `rust_xlsxwriter`.
//!
//! Four sheets a leader or HR can work in — **Tavle** (the rows, ready to print on A3),
//! **Fravær** (the months, year to date and target), **Prosjekt nærvær** (the plan and its
//! milestones) and **Innspill** (the workshop's cards) — and one hidden sheet,
//! [`DATA_SHEET`], with the exchange format's name and version, the board's header and the
//! status history, so that [`crate::sheet_import`] reads the workbook back exactly.
//!
//! Percentages are written as fractions with the format `0.0%`: Excel stores formats in US
//! notation and shows them in the reader's locale, so Norwegian Excel shows `9,1 %`.
//!
//! This module holds what the workbook and [`crate::sheet_import`] agree on: the sheets'
//! names, headers and labels. The board's workbook is written in [`workbook`], with the
//! cell formats and helpers of [`format`].

mod format;
mod workbook;

pub use workbook::board_workbook;

use crate::model::Question;

/// The hidden sheet that makes the workbook readable back into Tavle.
pub const DATA_SHEET: &str = "Tavle-data";
/// The sheets a leader sees, in order.
pub const SHEET_BOARD: &str = "Tavle";
pub const SHEET_ABSENCE: &str = "Fravær";
pub const SHEET_PLAN: &str = "Prosjekt nærvær";
pub const SHEET_INPUTS: &str = "Innspill";

/// The header of the Tavle sheet. `Nr` is the row's place on the board: the history and the
/// workshop cards point at it, so sorting the sheet in Excel loses nothing.
pub const BOARD_HEADER: [&str; 10] = [
    "Nr",
    "Mål",
    "Ideer",
    "Tiltak",
    "Ansvar",
    "Når?",
    "Frist",
    "Status",
    "Forsinket",
    "Resultat",
];

pub const ABSENCE_HEADER: [&str; 5] = [
    "Måned",
    "Avtalte dagsverk",
    "Tapte dagsverk",
    "Egenmeldte dagsverk",
    "Sykefravær",
];
pub const INPUTS_HEADER: [&str; 4] = ["Spørsmål", "Innspill", "Stemmer", "Rad på tavlen"];
pub const MILESTONES_HEADER: [&str; 3] = ["Delmål", "Frist", "Nådd"];

/// The labels of the plan's fields on the Prosjekt nærvær sheet (column A).
pub const PLAN_DECEMBER: &str = "Sykefravær i desember i fjor";
pub const PLAN_AVERAGE: &str = "Gjennomsnittlig sykefravær i fjor";
pub const PLAN_SITUATION: &str = "Hvordan er situasjonen akkurat nå?";
pub const PLAN_WHY: &str = "Hvorfor skal vi forandre, utvikle, endre?";
pub const PLAN_ACTIONS: &str = "Handlinger";
pub const PLAN_DESIRED: &str = "Hvordan har vi det når målet er nådd?";
pub const PLAN_OBSTACLES: &str = "Hvilke hindringer må vi forberede oss på?";
pub const PLAN_TARGET: &str = "Mål sykefravær";

/// The labels of the hidden sheet's first column.
pub mod data {
    pub const FORMAT: &str = "format";
    pub const VERSION: &str = "version";
    pub const TITLE: &str = "title";
    pub const UNIT: &str = "unit";
    pub const YEAR: &str = "year";
    pub const MAIN_GOAL: &str = "main_goal";
    pub const FOCUS: &str = "focus";
    pub const TARGET: &str = "target_pct";
    pub const ROWS: &str = "rows";
    pub const EXPORTED: &str = "exported_on";
    /// The row after which the status history follows: Nr, date, status code, note.
    pub const HISTORY: &str = "history";
}

/// The question whose text is `text` (as the Innspill sheet writes it).
pub fn question_from_text(text: &str) -> Option<Question> {
    let t = text.trim();
    Question::ALL
        .into_iter()
        .find(|q| q.text().eq_ignore_ascii_case(t) || q.code() == t)
}
