//! Boards in from spreadsheets: `.xlsx`, `.xls`, `.ods` (read with `calamine`) and `.csv`.
//!
//! Two kinds of workbook come in. One written by Tavle ([`crate::xlsx`]) carries a hidden
//! sheet with the format's name and version, the board's header and the status history; it
//! comes back exactly. Any other sheet is a leader's own: the header row is found by its
//! names (tolerant of case, spacing and the usual variants), unknown columns are listed,
//! status words are matched to the six statuses, dates are Excel dates or `dd.mm.åååå` /
//! `d.m.åå` text. A cell that cannot be read is kept as text where it fits and reported with
//! its sheet, row and column — never guessed.
//!
//! Reading is pure: bytes in, a [`SheetImport`] (the board and its [`ImportReport`]) out, so
//! the app can show the preview and the CLI print the same report before anything is
//! written. Every refusal is an [`Error::Invalid`] (exit code 2) in the current language,
//! saying which file, sheet, row or cell is wrong and what to do.

mod cells;
mod file;
mod leader;
mod months;
mod report;
mod target;
mod tavle_book;
mod words;
mod zip_guard;

pub use cells::column_letter;
pub use report::{report_text, target_text};
pub use target::{apply_import, import_target, ImportChoice, ImportDone, ImportTarget};
pub use words::status_from_word;

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use crate::xlsx;
use file::read_workbook;
use leader::read_leaders_sheet;
use tavle_book::read_tavle_workbook;
use tavle_model::error::{Error, Result};
use tavle_model::model::Board;

/// A sheet may hold at most this many rows; a board has hundreds, not hundreds of thousands.
pub const MAX_ROWS: u32 = 50_000;
const MAX_ROWS_TEXT: &str = "50 000";
/// A cell may hold at most this many characters: Excel's own limit, so no workbook saved
/// by Excel has a longer one, and a board's texts are far shorter
/// ([`tavle_model::model::MAX_TEXT_CHARS`]). A longer cell is a damaged or hostile file.
pub const MAX_CELL_CHARS: usize = 32_767;
/// How far down the header row is looked for.
const HEADER_SEARCH_ROWS: usize = 30;

/// What the command line (`--unit`, `--year`, `--sheet`, `--column`, `--status`) or the
/// app's preview form adds to the sheet.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
pub struct ImportOptions {
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub year: Option<i32>,
    /// The sheet with the board's rows, by its name (else the first with a header row).
    #[serde(default)]
    pub sheet: Option<String>,
    /// A column's header (or letter) and the field it fills: `Hva skal vi gjøre=Tiltak`;
    /// the field `-` leaves the column out on purpose.
    #[serde(default)]
    pub columns: Vec<Mapping>,
    /// A status word of the sheet and the status it means: `Grønn=Pågår`.
    #[serde(default)]
    pub statuses: Vec<Mapping>,
}

/// `from=to`, as given to `--column` and `--status` or chosen in the preview.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, Serialize)]
pub struct Mapping {
    pub from: String,
    pub to: String,
}

impl Mapping {
    /// `Hva skal vi gjøre=Tiltak`, split at the last `=`; `what` names the option in the
    /// refusal (`--column`).
    pub fn parse(text: &str, what: &str) -> Result<Mapping> {
        match text.rsplit_once('=') {
            Some((from, to)) if !from.trim().is_empty() && !to.trim().is_empty() => Ok(Mapping {
                from: from.trim().to_string(),
                to: to.trim().to_string(),
            }),
            _ => Err(Error::invalid(tavle_model::msg!(
                "import-mapping-form",
                option = what,
                text = cells::start_of(text)
            ))),
        }
    }
}

/// The mappings of [`ImportOptions`], checked: each field and status is one Tavle knows.
struct Maps {
    columns: Vec<(String, words::Column)>,
    statuses: Vec<(String, tavle_model::model::Status)>,
}

impl Maps {
    fn new(options: &ImportOptions) -> Result<Maps> {
        let mut columns = Vec::new();
        for m in &options.columns {
            let field = if m.to.trim() == "-" {
                words::Column::Skip
            } else {
                match words::field_from_code(&m.to).or_else(|| words::header_field(&m.to)) {
                    Some(f) if !matches!(f, words::Column::RowId | words::Column::Skip) => f,
                    _ => {
                        return Err(Error::invalid(tavle_model::msg!(
                            "import-mapping-unknown-field",
                            field = cells::start_of(&m.to),
                            column = cells::start_of(&m.from),
                            fields = field_list()
                        )))
                    }
                }
            };
            columns.push((words::normalise_word(&m.from), field));
        }
        let mut statuses = Vec::new();
        for m in &options.statuses {
            let Some(status) = words::status_from_word(&m.to) else {
                return Err(Error::invalid(tavle_model::msg!(
                    "import-mapping-unknown-status",
                    status = cells::start_of(&m.to),
                    word = cells::start_of(&m.from),
                    statuses = status_list()
                )));
            };
            statuses.push((words::normalise_word(&m.from), status));
        }
        Ok(Maps { columns, statuses })
    }

    /// The field the user gave the column headed `header` (or by its letter).
    fn column(&self, header: &str, letter: &str) -> Option<words::Column> {
        let h = words::normalise_word(header);
        let l = words::normalise_word(letter);
        self.columns
            .iter()
            .find(|(from, _)| (!h.is_empty() && *from == h) || *from == l)
            .map(|(_, f)| *f)
    }

    /// The status the user gave `word`.
    fn status(&self, word: &str) -> Option<tavle_model::model::Status> {
        let w = words::normalise_word(word);
        self.statuses
            .iter()
            .find(|(from, _)| *from == w)
            .map(|(_, s)| *s)
    }
}

/// The fields a column can be mapped to, as the refusals list them: «Mål, Ideer, …».
fn field_list() -> String {
    tavle_model::model::FIELDS
        .iter()
        .map(|spec| leader::field_name(words::Column::Field(spec.field)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn status_list() -> String {
    let lang = tavle_model::lang::Lang::current();
    tavle_model::model::Status::ALL
        .iter()
        .map(|s| s.label_in(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A column with content that Tavle has no field for: the import is refused until it is
/// mapped (`--column "Overskrift=Felt"`, or `=-` to leave it out).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnknownColumn {
    /// "F" (also in a CSV, where `column` is its number): what `--column` may name.
    pub letter: String,
    pub column: String,
    /// The header as written; empty when the column has none.
    pub header: String,
    /// The column's first values.
    pub values: Vec<String>,
}

/// A status word none of the six: the import is refused until it is mapped.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnknownStatus {
    pub word: String,
    /// The cells that hold it ("F3").
    pub cells: Vec<String>,
}

/// Where the board came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A workbook written by Tavle: read back exactly.
    Tavle,
    /// A leader's own sheet (or a CSV).
    Sheet,
}

/// A column of the sheet and what it became.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ColumnUse {
    /// The column's letter ("B"), or its number in a CSV ("2").
    pub column: String,
    /// The header as written in the sheet.
    pub header: String,
    /// The board's field it fills ("Mål"), or empty when it is ignored.
    pub field: String,
}

/// A cell that could not be read as it stands.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CellProblem {
    pub sheet: String,
    /// 1-based, as Excel numbers rows.
    pub row: u32,
    /// "C" (or the column's number in a CSV).
    pub column: String,
    /// What the cell holds.
    pub value: String,
    /// What Tavle did with it, in the current language.
    pub message: String,
}

/// Everything the preview shows besides the rows themselves.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportReport {
    /// The file's name.
    pub file: String,
    pub kind: SourceKind,
    /// The sheet the rows were read from.
    pub sheet: String,
    /// The header row (1-based).
    pub header_row: u32,
    pub columns: Vec<ColumnUse>,
    /// Columns with a header Tavle does not know; their cells are not imported.
    pub ignored_columns: Vec<ColumnUse>,
    pub problems: Vec<CellProblem>,
    /// Rows left out because they have neither Mål nor Tiltak (1-based sheet rows).
    pub skipped_rows: Vec<u32>,
    /// True when the sheet does not say which unit or year: the user must give them.
    pub needs_unit: bool,
    pub needs_year: bool,
    /// Columns with content and no field: refused until mapped.
    pub unknown_columns: Vec<UnknownColumn>,
    /// Status words that are none of the six: refused until mapped.
    pub unknown_statuses: Vec<UnknownStatus>,
    /// The sheets read (the board's, the months') and the sheets left.
    pub sheets_read: Vec<String>,
    pub sheets_left: Vec<String>,
}

impl ImportReport {
    fn empty(file: &str, kind: SourceKind, sheet: &str) -> ImportReport {
        ImportReport {
            file: file.to_string(),
            kind,
            sheet: sheet.to_string(),
            header_row: 1,
            columns: Vec::new(),
            ignored_columns: Vec::new(),
            problems: Vec::new(),
            skipped_rows: Vec::new(),
            needs_unit: false,
            needs_year: false,
            unknown_columns: Vec::new(),
            unknown_statuses: Vec::new(),
            sheets_read: Vec::new(),
            sheets_left: Vec::new(),
        }
    }
}

/// Where a workbook Tavle wrote came from: the board's id and header in the file it was
/// exported from, and each row's id (the hidden column), so an import updates that board.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TavleSource {
    pub board: Option<tavle_model::model::BoardId>,
    pub unit: String,
    pub year: i32,
    /// `row_ids[i]` is the id carried by `board.rows[i]`, if any.
    pub row_ids: Vec<Option<tavle_model::model::RowId>>,
    /// `exported[i]` is `board.rows[i]`'s status when the workbook was exported, if known.
    pub exported: Vec<Option<tavle_model::model::Status>>,
    /// The row fields the Tavle sheet has no column for (a workbook exported before
    /// Tiltakstype and Innsats, a column deleted in Excel): the board keeps what it has.
    pub absent: Vec<tavle_model::model::Field>,
}

/// A board read from a spreadsheet, not yet written anywhere.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SheetImport {
    pub board: Board,
    pub report: ImportReport,
    /// Set for a workbook Tavle wrote.
    #[serde(skip)]
    pub source: Option<TavleSource>,
}

impl SheetImport {
    /// The board, ready to insert: refuses (exit 2) when the unit or year is still missing
    /// or a rule of the board is broken.
    pub fn into_board(self) -> Result<Board> {
        self.check()?;
        Ok(self.board)
    }

    /// Refuses (exit 2) what cannot be imported as it stands: a column with content and no
    /// field, a status word none of the six, a missing unit or year, a broken rule.
    pub fn check(&self) -> Result<()> {
        let r = &self.report;
        if !r.unknown_columns.is_empty() {
            let columns: Vec<String> = r
                .unknown_columns
                .iter()
                .map(|c| {
                    let values = c
                        .values
                        .iter()
                        .map(|v| format!("«{v}»"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    if c.header.is_empty() {
                        tavle_model::tr!(
                            "import-unknown-column-no-header",
                            column = c.letter.as_str(),
                            values = values
                        )
                    } else {
                        tavle_model::tr!(
                            "import-unknown-column",
                            column = c.letter.as_str(),
                            header = c.header.as_str(),
                            values = values
                        )
                    }
                })
                .collect();
            let first = &r.unknown_columns[0];
            let name = if first.header.is_empty() {
                first.letter.as_str()
            } else {
                first.header.as_str()
            };
            return Err(Error::invalid(tavle_model::msg!(
                "import-unknown-columns",
                file = r.file.as_str(),
                n = columns.len(),
                columns = columns.join("\n"),
                example = name,
                fields = field_list()
            )));
        }
        if !r.unknown_statuses.is_empty() {
            let words: Vec<String> = r
                .unknown_statuses
                .iter()
                .map(|u| {
                    let mut cells = u.cells.iter().take(10).cloned().collect::<Vec<_>>();
                    if u.cells.len() > 10 {
                        cells.push("…".to_string());
                    }
                    tavle_model::tr!(
                        "import-unknown-status-word",
                        word = u.word.as_str(),
                        cells = cells.join("; ")
                    )
                })
                .collect();
            return Err(Error::invalid(tavle_model::msg!(
                "import-unknown-statuses",
                file = r.file.as_str(),
                n = words.len(),
                words = words.join("\n"),
                example = r.unknown_statuses[0].word.as_str(),
                statuses = status_list()
            )));
        }
        if self.report.needs_unit {
            return Err(Error::invalid(tavle_model::msg!("import-needs-unit")));
        }
        if self.report.needs_year {
            return Err(Error::invalid(tavle_model::msg!("import-needs-year")));
        }
        self.board.validate()?;
        Ok(())
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

/// Whether `tavle import` reads `path` as a spreadsheet: by its extension, and a file
/// without a known one by its first bytes (a JSON exchange file starts with `{`). `-` is
/// standard input, always JSON.
pub fn is_spreadsheet(path: &Path) -> Result<bool> {
    use std::io::Read as _;
    if path.as_os_str() == "-" {
        return Ok(false);
    }
    match extension(path).as_str() {
        "json" => return Ok(false),
        "xlsx" | "xlsm" | "xls" | "ods" | "csv" => return Ok(true),
        _ => {}
    }
    let mut head = [0u8; 64];
    let n = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .map_err(|e| Error::opening_input(&tavle_model::tr!("import-what-board-file"), path, e))?;
    let text = String::from_utf8_lossy(&head[..n]);
    Ok(!text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('{'))
}

/// Reads `path` and makes a board of it (see the module's docs). Nothing is written.
pub fn read_sheet_file(
    path: &Path,
    options: &ImportOptions,
    today: NaiveDate,
) -> Result<SheetImport> {
    let opening = |e| Error::opening_input(&tavle_model::tr!("import-what-sheet-file"), path, e);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    // Refused by its size before a byte is read.
    crate::contract::check_import_size(&name, std::fs::metadata(path).map_err(opening)?.len())?;
    let bytes = std::fs::read(path).map_err(opening)?;
    read_sheet_bytes(&name, &extension(path), &bytes, options, today)
}

/// [`read_sheet_file`] on bytes already read; `ext` is the file's extension, lowercase.
pub fn read_sheet_bytes(
    file: &str,
    ext: &str,
    bytes: &[u8],
    options: &ImportOptions,
    today: NaiveDate,
) -> Result<SheetImport> {
    let maps = Maps::new(options)?;
    let sheets = read_workbook(file, ext, bytes)?;
    let tavle_data = sheets
        .find(xlsx::DATA_SHEET)
        .filter(|_| options.sheet.is_none());
    let mut import = if let Some(data) = tavle_data {
        read_tavle_workbook(file, &sheets, data, today, &maps)?
    } else {
        read_leaders_sheet(file, &sheets, &maps, options.sheet.as_deref())?
    };
    if let Some(unit) = options
        .unit
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty())
    {
        import.board.unit = unit.to_string();
        import.report.needs_unit = false;
    }
    if let Some(year) = options.year {
        tavle_model::model::check_year(year)?;
        if import.report.kind == SourceKind::Tavle && year != import.board.year {
            // The months belong to the year they were recorded for.
            for month in &mut import.board.absence {
                month.month.year = year;
            }
        }
        import.board.year = year;
        import.report.needs_year = false;
    }
    if import.report.kind == SourceKind::Sheet {
        // A leader's sheet of months (sick leave) beside the board's sheet.
        months::read_months_sheets(file, &sheets, &mut import)?;
    }
    Ok(import)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tavle_model::lang::{self, Lang};
    use tavle_model::model::{Row, Status, StatusChange};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn example() -> Board {
        let json = include_bytes!("../../../../examples/hjemmesykepleien-2025.json");
        crate::exchange::read_board_json(&json[..]).unwrap()
    }

    fn csv(text: &str) -> Result<SheetImport> {
        read_sheet_bytes(
            "tiltak.csv",
            "csv",
            text.as_bytes(),
            &ImportOptions::default(),
            date(2025, 4, 1),
        )
    }

    /// The biggest board the issue saw in real use: 700 rows of 2 500 characters of
    /// Norwegian text (words drawn from a list, so it packs like real text).
    fn big_real_board() -> Board {
        let words = [
            "pasient",
            "vakt",
            "rapport",
            "overlevering",
            "fall",
            "nærvær",
            "sykefravær",
            "samtale",
            "oppfølging",
            "tiltak",
            "kurs",
            "rutine",
            "prosedyre",
            "ansvar",
            "tidlig",
            "møte",
            "hver",
            "uke",
            "måned",
            "leder",
            "ansatte",
            "tillitsvalgt",
            "verneombud",
            "bedre",
            "færre",
            "økt",
            "trivsel",
            "arbeidsmiljø",
            "hjemmebesøk",
        ];
        let mut seed = 7u32;
        let mut text = |chars: usize| {
            let mut t = String::new();
            while t.chars().count() < chars {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                t.push_str(words[(seed >> 16) as usize % words.len()]);
                t.push(' ');
            }
            t.chars().take(chars).collect::<String>()
        };
        let mut board = example();
        let first = board.rows[0].clone();
        board.rows = (0..700)
            .map(|_| Row {
                goal: text(400),
                ideas: text(800),
                measure: text(600),
                owner: text(100),
                when_text: text(100),
                result: text(500),
                ..first.clone()
            })
            .collect();
        board
    }

    #[test]
    fn the_biggest_real_board_is_far_inside_every_import_limit() {
        let board = big_real_board();
        board.validate().unwrap();
        let mut json = Vec::new();
        crate::exchange::write_board_json(&board, &mut json).unwrap();
        let max = crate::contract::MAX_IMPORT_BYTES as usize;
        // About 2 MB: the limit is ten times that.
        assert!(json.len() < max / 5, "{} bytes of JSON", json.len());
        let today = date(2025, 4, 1);
        let bytes = crate::xlsx::board_workbook(&board, today).unwrap();
        assert!(bytes.len() < max / 10, "{} bytes of xlsx", bytes.len());
        // Every part and the ratio well inside the zip limits: read back whole.
        let back = read_sheet_bytes("t.xlsx", "xlsx", &bytes, &ImportOptions::default(), today)
            .unwrap()
            .into_board()
            .unwrap();
        assert_eq!(back.rows.len(), 700);
    }

    #[test]
    fn a_workbook_exported_in_nynorsk_comes_back_with_the_same_rows_and_statuses() {
        let mut board = example();
        // The statuses whose words differ in nynorsk: Ikkje starta, Løpande, Avbrote.
        for (row, status) in
            board
                .rows
                .iter_mut()
                .zip([Status::NotStarted, Status::Ongoing, Status::Dropped])
        {
            row.status = status;
            row.history = vec![StatusChange {
                on: date(2025, 2, 1),
                status,
                note: String::new(),
            }];
        }
        board.validate().unwrap();
        let today = date(2025, 4, 1);
        let bytes = lang::with(Lang::Nn, || crate::xlsx::board_workbook(&board, today)).unwrap();
        // Read back by a bokmål Tavle as well as a nynorsk one.
        for lang in Lang::ALL {
            let import = lang::with(lang, || {
                read_sheet_bytes(
                    "tavle.xlsx",
                    "xlsx",
                    &bytes,
                    &ImportOptions::default(),
                    today,
                )
            })
            .unwrap();
            assert_eq!(import.report.kind, SourceKind::Tavle, "{lang:?}");
            assert_eq!(import.report.sheet, "Tavle");
            assert!(
                import.report.problems.is_empty(),
                "{lang:?}: {:?}",
                import.report.problems
            );
            assert!(import.report.ignored_columns.is_empty(), "{lang:?}");
            let back = import.into_board().unwrap();
            assert_eq!(
                back.rows.iter().map(|r| r.status).collect::<Vec<_>>(),
                [Status::NotStarted, Status::Ongoing, Status::Dropped]
            );
            assert!(!back.inputs.is_empty() && !back.plan.milestones.is_empty());
            assert_eq!(back, board, "{lang:?}");
        }
    }

    #[test]
    fn a_status_changed_in_excel_is_noted_in_the_history_in_the_current_language() {
        // The Status cell says Fullført, the history's last entry Pågår: as after an edit
        // of the drop-down in Excel.
        let mut board = example();
        board.rows[0].history = vec![StatusChange {
            on: date(2025, 2, 1),
            status: Status::InProgress,
            note: String::new(),
        }];
        board.rows[0].status = Status::Done;
        let today = date(2025, 4, 1);
        let bytes = lang::with(Lang::Nn, || crate::xlsx::board_workbook(&board, today)).unwrap();
        for (lang, note) in [(Lang::Nn, "Endra i Excel"), (Lang::Nb, "Endret i Excel")] {
            let back = lang::with(lang, || {
                read_sheet_bytes("t.xlsx", "xlsx", &bytes, &ImportOptions::default(), today)
            })
            .unwrap()
            .board;
            let last = back.rows[0].history.last().unwrap();
            assert_eq!((last.status, last.on), (Status::Done, today));
            assert_eq!(last.note, note);
        }
    }

    #[test]
    fn a_leaders_sheet_with_nynorsk_headers_and_status_words_is_read() {
        // The words a nynorsk leader writes, the report in nynorsk.
        let import = lang::with(Lang::Nn, || {
            csv("Mål;Idear;Tiltak;Ansvarleg;Når;Status;Forseinka\nFærre fall;;Kurs;Kari;mars;Løpande;\nMeir nærvær;;Samtalar;Per;april;Avbrote;\n")
        })
        .unwrap();
        assert!(import.report.ignored_columns.is_empty());
        assert_eq!(
            import
                .report
                .columns
                .iter()
                .map(|c| c.field.as_str())
                .collect::<Vec<_>>(),
            [
                "Mål",
                "Idear",
                "Tiltak",
                "Ansvar",
                "Når?",
                "Status",
                "Forseinka"
            ]
        );
        assert_eq!(
            import
                .board
                .rows
                .iter()
                .map(|r| r.status)
                .collect::<Vec<_>>(),
            [Status::Ongoing, Status::Dropped]
        );
    }

    #[test]
    fn the_report_and_a_cell_it_cannot_read_are_in_nynorsk() {
        let text = lang::with(Lang::Nn, || {
            let import = csv(
                "Mål;Tiltak;Frist;Status\nFærre fall;Kurs;31.02.2025;Pågår\n;;;\nNærvær;Samtalar;;Løpande\n",
            )
            .unwrap();
            report_text(&import)
        });
        for line in [
            "Import frå «tiltak.csv» (eige rekneark)",
            "Eining: (manglar — oppgi --unit)    År: (manglar — oppgi --year)",
            "Kolonnar: 1 «Mål» → Mål, 2 «Tiltak» → Tiltak, 3 «Frist» → Frist, 4 «Status» → Status",
            "Celler som ikkje kunne lesast (1):",
            "  tiltak.csv rad 2, kolonne 3: «31.02.2025» ser ut som ein dato, men dagen finst ikkje; ikkje importert som frist",
            "| Pågår",
            "| Løpande",
        ] {
            assert!(text.contains(line), "{line}\n{text}");
        }
    }

    #[test]
    fn a_status_word_none_of_the_six_is_refused_in_nynorsk_with_its_cells_until_mapped() {
        let sheet = "Mål;Tiltak;Status\nFærre fall;Kurs;kanskje\nNærvær;Samtalar;Kanskje\n";
        let err = lang::with(Lang::Nn, || {
            csv(sheet).unwrap().check().unwrap_err().to_string()
        });
        assert!(
            err.contains("«kanskje» i linje 2, kolonne 3; linje 3, kolonne 3")
                && err.contains("--status \"kanskje=Pågår\""),
            "{err}"
        );
        assert!(err.contains("Tavle gjettar ikkje på status"), "{err}");
        let options = ImportOptions {
            unit: Some("Heimetenesta".into()),
            year: Some(2025),
            statuses: vec![Mapping::parse("Kanskje=Pause", "--status").unwrap()],
            ..ImportOptions::default()
        };
        let board = read_sheet_bytes("t.csv", "csv", sheet.as_bytes(), &options, date(2025, 4, 1))
            .unwrap()
            .into_board()
            .unwrap();
        assert!(board.rows.iter().all(|r| r.status == Status::Paused));
    }

    #[test]
    fn a_refused_import_says_in_nynorsk_what_is_wrong_and_what_to_do() {
        let err = lang::with(Lang::Nn, || {
            csv("Mål;Tiltak\nFærre fall;Kurs\n")
                .unwrap()
                .into_board()
                .unwrap_err()
                .to_string()
        });
        assert!(
            err.starts_with("Reknearket seier ikkje kva for eining tavla gjeld. Oppgi eininga"),
            "{err}"
        );
        let err = lang::with(Lang::Nn, || csv("").map(|_| ()).unwrap_err().to_string());
        assert_eq!(
            err,
            "«tiltak.csv» er tom (0 byte). Vel reknearket med tavla. Ingenting er importert."
        );
        let err = lang::with(Lang::Nn, || {
            csv("Kommentar;Anna\nhei;hå\n")
                .map(|_| ())
                .unwrap_err()
                .to_string()
        });
        assert!(
            err.starts_with("Fann inga overskriftsrad med kolonnenamn som Mål, Idear, Tiltak"),
            "{err}"
        );
        // The same in bokmål, as before.
        let err = csv("").map(|_| ()).unwrap_err().to_string();
        assert_eq!(
            err,
            "«tiltak.csv» er tom (0 byte). Velg regnearket med tavlen. Ingenting er importert."
        );
    }
}
