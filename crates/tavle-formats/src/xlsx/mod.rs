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
//! The sheets' names, headers, labels, notes and page footer are in the current language
//! ([`Lang::current`]): a nynorsk export has **Fråvær** and **Innspel**, `Idear`,
//! `Forseinka` and the status list `Ikkje starta, …`. The hidden sheet is the same in both.
//!
//! This module holds what the workbook and [`crate::sheet_import`] agree on: the sheets'
//! names, headers and labels ([`SheetWords`], in each language). The board's workbook is
//! written in [`workbook`], with the cell formats and helpers of [`format`].

mod format;
mod workbook;

pub use workbook::{board_workbook, stored_board_workbook};

use tavle_model::lang::Lang;
use tavle_model::model::{Field, Question, FIELDS};

/// A column of the Tavle sheet: `Nr`, one of the row's [`FIELDS`], or Forsinket.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SheetColumn {
    Number,
    Field(Field),
    Overdue,
}

/// The Tavle sheet's columns in order: `Nr`, the row's fields, and Forsinket beside Status.
pub const BOARD_COLUMNS: [SheetColumn; FIELDS.len() + 2] = board_columns();

const fn board_columns() -> [SheetColumn; FIELDS.len() + 2] {
    let mut columns = [SheetColumn::Number; FIELDS.len() + 2];
    let (mut i, mut col) = (0, 1);
    while i < FIELDS.len() {
        columns[col] = SheetColumn::Field(FIELDS[i].field);
        col += 1;
        if matches!(FIELDS[i].field, Field::Status) {
            columns[col] = SheetColumn::Overdue;
            col += 1;
        }
        i += 1;
    }
    columns
}

impl SheetColumn {
    /// The column's heading in `lang` («Ansvar»).
    pub fn heading(self, lang: Lang) -> String {
        match self {
            SheetColumn::Number => lang.text("import-xlsx-col-number"),
            SheetColumn::Field(field) => lang.text(field.spec().label),
            SheetColumn::Overdue => lang.text("overdue"),
        }
    }

    /// The column's width (Excel's character units).
    pub fn width(self) -> f64 {
        match self {
            SheetColumn::Number => 5.0,
            SheetColumn::Field(field) => field.spec().xlsx_width,
            SheetColumn::Overdue => 10.0,
        }
    }
}

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
    pub board_header: Vec<String>,
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
            board_header: BOARD_COLUMNS.iter().map(|c| c.heading(lang)).collect(),
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
    /// The board's identity, Sektor and Antall årsverk: a workbook brought back is the same
    /// board.
    pub const IDENTITY: &str = "identity";
    pub const SECTOR: &str = "sector";
    pub const STAFF: &str = "staff";
    /// The row after which the status history follows: Nr, date, status code, note.
    pub const HISTORY: &str = "history";
    /// The board's id in the file it was exported from.
    pub const BOARD_ID: &str = "board_id";
    /// The header of the Tavle sheet's hidden last column: each row's id in the file, so a
    /// row deleted, added or sorted in Excel or LibreOffice is still matched when the
    /// workbook comes back. A code, not a word: it is never shown.
    pub const ROW_ID_HEADER: &str = "tavle_row_id";
    /// The row after which each exported row follows: row id, status code at export.
    pub const ROWS_AT_EXPORT: &str = "rows_at_export";
}

/// The question whose text is `text` (as the Innspill sheet writes it, in either language).
pub fn question_from_text(text: &str) -> Option<Question> {
    let t = text.trim();
    Question::ALL.into_iter().find(|q| {
        q.code() == t
            || Lang::ALL
                .iter()
                .any(|lang| q.text_in(*lang).eq_ignore_ascii_case(t))
    })
}

#[cfg(test)]
mod tests {
    use std::io::{Cursor, Read};

    use chrono::NaiveDate;

    use super::*;
    use tavle_model::lang;
    use tavle_model::model::{Board, Status};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn example() -> Board {
        let json = include_bytes!("../../../../examples/hjemmesykepleien-2025.json");
        crate::exchange::read_board_json(&json[..]).unwrap()
    }

    /// A part of the workbook's zip as text.
    fn part(bytes: &[u8], name: &str) -> String {
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut file = zip.by_name(name).unwrap();
        let mut s = String::new();
        file.read_to_string(&mut s).unwrap();
        s
    }

    #[test]
    fn a_nynorsk_export_has_nynorsk_sheets_headers_status_list_and_page_footer() {
        let mut board = example();
        board.rows[0].status = Status::NotStarted;
        board.rows[0].due = Some(date(2025, 3, 1));
        let bytes = lang::with(Lang::Nn, || board_workbook(&board, date(2025, 4, 1))).unwrap();

        let book = part(&bytes, "xl/workbook.xml");
        for name in ["Tavle", "Fråvær", "Prosjekt nærvær", "Innspel", DATA_SHEET] {
            assert!(
                book.contains(&format!("<sheet name=\"{name}\"")),
                "{name}: {book}"
            );
        }
        let strings = part(&bytes, "xl/sharedStrings.xml");
        for word in [
            // Tavle: the header and an overdue row.
            "<t>Idear</t>",
            "<t>Forseinka</t>",
            "<t>Ikkje starta</t>",
            // Fråvær, Prosjekt nærvær and Innspel.
            "<t>Månad</t>",
            "<t>Eigenmelde dagsverk</t>",
            "<t>Sjukefråvær</t>",
            "<t>Korleis er situasjonen akkurat no?</t>",
            "<t>Kva hindringar må vi førebu oss på?</t>",
            "<t>Mål sjukefråvær</t>",
            "<t>Rad på tavla</t>",
            "<t>Kva gjer vi som fungerer bra i dag?</t>",
        ] {
            assert!(strings.contains(word), "{word}: {strings}");
        }
        for bokmål in [
            "Ideer",
            "Forsinket",
            "Ikke startet",
            "Sykefravær",
            "Innspill",
        ] {
            assert!(
                !strings.contains(&format!("<t>{bokmål}</t>")),
                "{bokmål}: {strings}"
            );
        }
        let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
        assert!(
            sheet.contains(
                "<formula1>\"Ikkje starta,Pågår,Fullført,Løpande,På vent,Avbrote\"</formula1>"
            ),
            "the status list in nynorsk: {sheet}"
        );
        assert!(sheet.contains("errorTitle=\"Ukjend status\""), "{sheet}");
        assert!(
            sheet.contains("error=\"Vel ein av dei seks statusane i lista.\""),
            "{sheet}"
        );
        assert!(
            sheet.contains("&amp;LSkrive ut &amp;D&amp;RSide &amp;P av &amp;N"),
            "the page footer in nynorsk: {sheet}"
        );
        let absence = part(&bytes, "xl/worksheets/sheet2.xml");
        let notes = format!("{strings}{absence}");
        assert!(
            notes.contains(
                "Σ tapte dagsverk / Σ avtalte dagsverk (3 månader), rekna på same måte som i Tavle"
            ),
            "the year-to-date note in nynorsk: {notes}"
        );
    }

    #[test]
    fn the_workbook_words_are_bokmål_by_default_and_differ_in_nynorsk() {
        let nb = SheetWords::new(Lang::Nb);
        assert_eq!(
            nb.board_header,
            [
                "Nr",
                "Mål",
                "Ideer",
                "Tiltak",
                "Tiltakstype",
                "Innsats",
                "Ansvar",
                "Når?",
                "Frist",
                "Status",
                "Forsinket",
                "Resultat"
            ]
            .map(String::from)
        );
        assert_eq!(nb.sheet_absence, "Fravær");
        assert_eq!(nb.plan_why, "Hvorfor skal vi forandre, utvikle, endre?");
        let nn = SheetWords::new(Lang::Nn);
        assert_eq!(nn.sheet_inputs, "Innspel");
        assert_eq!(nn.board_header[10], "Forseinka");
        assert_eq!(
            question_from_text("Kva kan vi gjere betre eller annleis?"),
            Some(Question::DoBetter)
        );
    }
}
