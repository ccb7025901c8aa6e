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

use crate::lang::Lang;
use crate::model::Question;

/// The hidden sheet that makes the workbook readable back into Tavle. Its name and labels
/// are codes, the same in every language; everything a person sees is in [`SheetWords`].
pub const DATA_SHEET: &str = "Tavle-data";

/// The words of a Tavle workbook in one language: the sheets' names, headers and labels.
/// The export writes them in the current language; the import recognises a workbook
/// written in either ([`SheetWords::all`]).
#[derive(Debug, Clone, PartialEq)]
pub struct SheetWords {
    /// The sheets a leader sees, in order.
    pub sheet_board: String,
    pub sheet_absence: String,
    pub sheet_plan: String,
    pub sheet_inputs: String,
    /// The header of the Tavle sheet. `Nr` is the row's place on the board: the history and
    /// the workshop cards point at it, so sorting the sheet in Excel loses nothing.
    pub board_header: [String; 10],
    pub absence_header: [String; 5],
    pub inputs_header: [String; 4],
    pub milestones_header: [String; 3],
    /// The labels of the plan's fields on the Prosjekt nærvær sheet (column A).
    pub plan_december: String,
    pub plan_average: String,
    pub plan_situation: String,
    pub plan_why: String,
    pub plan_actions: String,
    pub plan_desired: String,
    pub plan_obstacles: String,
    pub plan_target: String,
    /// The word in the Forsinket column of an overdue row.
    pub overdue: String,
    /// The label of the year-to-date line on the Fravær sheet.
    pub so_far_this_year: String,
}

impl SheetWords {
    /// The words in `lang`.
    pub fn new(lang: Lang) -> SheetWords {
        SheetWords {
            sheet_board: "Tavle".to_string(),
            sheet_absence: lang.text("import-xlsx-sheet-absence"),
            sheet_plan: lang.text("import-xlsx-sheet-plan"),
            sheet_inputs: lang.text("import-xlsx-sheet-inputs"),
            board_header: [
                lang.text("import-xlsx-col-number"),
                lang.text("field-goal"),
                lang.text("field-ideas"),
                lang.text("field-measure"),
                lang.text("field-owner"),
                lang.text("field-when"),
                lang.text("report-col-due"),
                lang.text("field-status"),
                lang.text("overdue"),
                lang.text("field-result"),
            ],
            absence_header: [
                lang.text("report-col-month"),
                lang.text("import-xlsx-col-agreed-days"),
                lang.text("report-col-lost-days"),
                lang.text("import-xlsx-col-own-days"),
                lang.text("report-section-absence"),
            ],
            inputs_header: [
                lang.text("import-xlsx-col-question"),
                lang.text("import-xlsx-col-input"),
                lang.text("import-xlsx-col-votes"),
                lang.text("import-xlsx-col-board-row"),
            ],
            milestones_header: [
                lang.text("report-col-milestone"),
                lang.text("report-col-due"),
                lang.text("report-col-reached"),
            ],
            plan_december: lang.text("import-xlsx-plan-december"),
            plan_average: lang.text("import-xlsx-plan-average"),
            plan_situation: lang.text("plan-q-now"),
            plan_why: lang.text("import-xlsx-plan-why"),
            plan_actions: lang.text("plan-actions"),
            plan_desired: lang.text("import-xlsx-plan-desired"),
            plan_obstacles: lang.text("plan-q-obstacles"),
            plan_target: lang.text("import-xlsx-plan-target"),
            overdue: lang.text("overdue"),
            so_far_this_year: lang.text("so-far-this-year"),
        }
    }

    /// The words in every language, bokmål first: what the import recognises.
    pub fn all() -> [SheetWords; 2] {
        Lang::ALL.map(SheetWords::new)
    }
}

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

/// The question whose text is `text` (as the Innspill sheet writes it, in either language).
pub fn question_from_text(text: &str) -> Option<Question> {
    let t = text.trim();
    Question::ALL.into_iter().find(|q| {
        q.code() == t
            || q.text().eq_ignore_ascii_case(t)
            || Lang::ALL
                .iter()
                .any(|lang| q.text_in(*lang).eq_ignore_ascii_case(t))
    })
}
