//! A workbook written by Tavle ([`crate::xlsx`]): the hidden data sheet gives the format's
//! version, the board's header and the status history, so the board comes back exactly;
//! the visible sheets give the rows, the months, the plan and the workshop's cards. The
//! visible sheets' names and labels are recognised in either language, so a workbook
//! exported in nynorsk comes back as well as one in bokmål.

use chrono::{Datelike, NaiveDate};

use super::cells::*;
use super::leader::*;
use super::words::*;
use super::{CellProblem, ImportReport, Maps, SheetImport, SourceKind, TavleSource};
use crate::xlsx::{self, SheetWords};
use tavle_model::error::{Error, Result};
use tavle_model::model::{AbsenceMonth, Board, Input, Milestone, Row, Status, StatusChange};

pub(super) fn read_tavle_workbook(
    file: &str,
    book: &Workbook,
    data: &Sheet,
    today: NaiveDate,
    maps: &Maps,
) -> Result<SheetImport> {
    let value = |key: &str| -> Option<String> {
        data.rows
            .iter()
            .find(|r| r.first().map(Cell::text).as_deref() == Some(key))
            .map(|r| r.get(1).map(Cell::text).unwrap_or_default())
    };
    let format = value(xlsx::data::FORMAT).unwrap_or_default();
    if format != crate::contract::FORMAT {
        return Err(Error::invalid(tavle_model::msg!(
            "import-not-from-tavle",
            file = file,
            sheet = xlsx::DATA_SHEET,
            format = format
        )));
    }
    let version: u64 = value(xlsx::data::VERSION)
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    if version > crate::contract::VERSION {
        return Err(Error::invalid(tavle_model::msg!(
            "import-too-new",
            file = file,
            version = version,
            supported = crate::contract::VERSION
        )));
    }
    let year = value(xlsx::data::YEAR).and_then(|y| y.trim().parse::<i32>().ok());
    let unit = value(xlsx::data::UNIT).filter(|u| !u.trim().is_empty());
    let mut board = Board::new(unit.clone().unwrap_or_default(), year.unwrap_or(0));
    if let Some(t) = value(xlsx::data::TITLE) {
        board.title = t;
    }
    board.main_goal = value(xlsx::data::MAIN_GOAL).unwrap_or_default();
    board.focus = value(xlsx::data::FOCUS).unwrap_or_default();
    board.target_pct = value(xlsx::data::TARGET).and_then(|t| tavle_model::model::read_number(&t));
    board.identity = value(xlsx::data::IDENTITY).unwrap_or_default();
    board.sector = value(xlsx::data::SECTOR).unwrap_or_default();
    board.staff = value(xlsx::data::STAFF).and_then(|t| tavle_model::model::read_number(&t));

    let words = SheetWords::all();
    let mut report = ImportReport {
        needs_unit: unit.is_none(),
        needs_year: year.is_none(),
        ..ImportReport::empty(file, SourceKind::Tavle, &words[0].sheet_board)
    };
    let board_id = value(xlsx::data::BOARD_ID)
        .and_then(|v| v.trim().parse::<i64>().ok())
        .map(tavle_model::model::BoardId);

    // The rows, read like a leader's sheet (edits made in Excel count), then put back in
    // the order of their Nr.
    let sheet = book
        .find_any(words.iter().map(|w| &w.sheet_board))
        .ok_or_else(|| {
            Error::invalid(tavle_model::msg!(
                "import-tavle-sheet-missing",
                file = file,
                sheet = SheetWords::new(tavle_model::lang::Lang::current()).sheet_board
            ))
        })?;
    report.sheet = sheet.name.clone();
    let header = find_header(sheet, maps).ok_or_else(|| {
        Error::invalid(tavle_model::msg!(
            "import-tavle-header-changed",
            file = file,
            sheet = sheet.name.as_str()
        ))
    })?;
    let (rows, rows_report) = read_table(file, book, sheet, &header, maps)?;
    report.header_row = rows_report.header_row;
    report.columns = rows_report.columns;
    report.ignored_columns = rows_report.ignored_columns;
    report.problems = rows_report.problems;
    report.skipped_rows = rows_report.skipped_rows;
    report.unknown_columns = rows_report.unknown_columns;
    report.unknown_statuses = rows_report.unknown_statuses;
    let nr_col = header
        .fields
        .iter()
        .find(|(_, f)| *f == Column::Number)
        .map(|(c, _)| *c);
    let mut numbered: Vec<(Option<u32>, Option<i64>, Row)> = rows
        .into_iter()
        .map(|t| {
            let nr = nr_col
                .and_then(|c| sheet.cell(t.at, c).number())
                .filter(|n| *n >= 1.0 && n.fract() == 0.0)
                .map(|n| n as u32);
            (nr, t.id, t.row)
        })
        .collect();
    // Rows typed in Excel without a Nr go last, in the order they stand.
    numbered.sort_by_key(|(nr, _, _)| nr.unwrap_or(u32::MAX));
    let mut by_nr = std::collections::HashMap::new();
    let mut by_id = std::collections::HashMap::new();
    for (i, (nr, id, _)) in numbered.iter().enumerate() {
        if let Some(nr) = nr {
            by_nr.entry(*nr).or_insert(i);
        }
        if let Some(id) = id {
            by_id.entry(*id).or_insert(i);
        }
    }
    let row_ids: Vec<Option<tavle_model::model::RowId>> = numbered
        .iter()
        .map(|(_, id, _)| id.map(tavle_model::model::RowId))
        .collect();
    board.rows = numbered.into_iter().map(|(_, _, r)| r).collect();

    // The status history from the hidden sheet, by Nr.
    if let Some(start) = data
        .rows
        .iter()
        .position(|r| r.first().map(Cell::text).as_deref() == Some(xlsx::data::HISTORY))
    {
        for r in &data.rows[start + 1..] {
            let get = |i: usize| r.get(i).map(Cell::text).unwrap_or_default();
            if get(0) == xlsx::data::ROWS_AT_EXPORT {
                break;
            }
            let (Ok(nr), Ok(on), Ok(status)) = (
                get(0).trim().parse::<u32>(),
                tavle_model::model::parse_date(&get(1)),
                get(2).parse::<Status>(),
            ) else {
                continue;
            };
            // By the row's id where the workbook carries one: the Nr may have been retyped.
            let at = match get(4).trim().parse::<i64>() {
                Ok(id) => by_id.get(&id),
                Err(_) => by_nr.get(&nr),
            };
            if let Some(&i) = at {
                board.rows[i].history.push(StatusChange {
                    on,
                    status,
                    note: get(3),
                });
            }
        }
    }
    // Each row's status when it was exported, by its id.
    let mut exported = std::collections::HashMap::new();
    if let Some(start) = data
        .rows
        .iter()
        .position(|r| r.first().map(Cell::text).as_deref() == Some(xlsx::data::ROWS_AT_EXPORT))
    {
        for r in &data.rows[start + 1..] {
            let get = |i: usize| r.get(i).map(Cell::text).unwrap_or_default();
            if let (Ok(id), Ok(status)) = (get(0).trim().parse::<i64>(), get(1).parse::<Status>()) {
                exported.insert(id, status);
            }
        }
    }
    // A status changed in Excel becomes a new entry in the history, dated today; also on a
    // row with no history yet, when the workbook says what its status was.
    for (row, id) in board.rows.iter_mut().zip(&row_ids) {
        let before = match row.history.last() {
            Some(last) => Some((last.status, last.on)),
            None => id
                .and_then(|id| exported.get(&id.0))
                .map(|s| (*s, NaiveDate::MIN)),
        };
        if let Some((status, on)) = before {
            if status != row.status {
                row.history.push(StatusChange {
                    on: on.max(today),
                    status: row.status,
                    note: tavle_model::tr!("import-changed-in-excel"),
                });
            }
        }
    }

    let mut read = vec![sheet.name.clone()];
    if let Some(sheet) = book.find_any(words.iter().map(|w| &w.sheet_absence)) {
        board.absence = read_absence_sheet(file, book, sheet, board.year)?;
        read.push(sheet.name.clone());
    }
    if let Some(sheet) = book.find_any(words.iter().map(|w| &w.sheet_plan)) {
        read_plan_sheet(sheet, &mut board, &words);
        read.push(sheet.name.clone());
    }
    if let Some(sheet) = book.find_any(words.iter().map(|w| &w.sheet_inputs)) {
        board.inputs = read_inputs_sheet(file, book, sheet, &by_nr, &mut report)?;
        read.push(sheet.name.clone());
    }
    report.sheets_left = book
        .sheets
        .iter()
        .filter(|s| s.visible && !read.contains(&s.name))
        .map(|s| s.name.clone())
        .collect();
    report.sheets_read = read;
    let exported_statuses = row_ids
        .iter()
        .map(|id| id.and_then(|id| exported.get(&id.0).copied()))
        .collect();
    let absent = tavle_model::model::FIELDS
        .iter()
        .map(|spec| spec.field)
        .filter(|f| !header.fields.iter().any(|(_, c)| *c == Column::Field(*f)))
        .collect();
    let source = TavleSource {
        absent,
        exported: exported_statuses,
        board: board_id,
        unit: unit.clone().unwrap_or_default(),
        year: year.unwrap_or(0),
        row_ids,
    };
    Ok(SheetImport {
        board,
        report,
        source: Some(source),
    })
}

/// A percentage cell (a fraction, `0.091`) as Tavle's number (`9.1`), without the float
/// noise of the multiplication.
pub(super) fn pct_from_fraction(x: f64) -> f64 {
    (x * 100.0 * 1e9).round() / 1e9
}

pub(super) fn read_absence_sheet(
    file: &str,
    book: &Workbook,
    sheet: &Sheet,
    year: i32,
) -> Result<Vec<AbsenceMonth>> {
    let mut months = Vec::new();
    for (r, row) in sheet.rows.iter().enumerate().skip(1) {
        let Some(Cell::Date(d)) = row.first() else {
            continue;
        };
        if d.year() != year {
            continue;
        }
        for c in 1..=4 {
            if let Cell::Error(e) = sheet.cell(r, c) {
                return Err(formula_error(file, &sheet.name, book, r, c, e));
            }
        }
        let Ok(month) = tavle_model::model::YearMonth::new(d.year(), d.month()) else {
            continue;
        };
        let agreed = sheet.cell(r, 1).number();
        let lost = sheet.cell(r, 2).number();
        let own = sheet.cell(r, 3).number();
        let pct = sheet.cell(r, 4).number();
        let m = match (agreed, lost, pct) {
            (Some(a), Some(l), _) => {
                let mut m = AbsenceMonth::from_days(month, a, l);
                m.self_certified_days = own;
                m
            }
            (_, _, Some(p)) => AbsenceMonth::from_pct(month, pct_from_fraction(p)),
            _ => continue,
        };
        months.push(m);
    }
    Ok(months)
}

/// The plan's fields by their labels in column A, in the language of `words` they are
/// written in.
pub(super) fn read_plan_sheet(sheet: &Sheet, board: &mut Board, words: &[SheetWords]) {
    let mut milestones_from = None;
    for (r, row) in sheet.rows.iter().enumerate() {
        let label = row.first().map(Cell::text).unwrap_or_default();
        let value = sheet.cell(r, 1);
        let plan = &mut board.plan;
        let is = |pick: fn(&SheetWords) -> &String| words.iter().any(|w| *pick(w) == label);
        if is(|w| &w.plan_december) {
            plan.absence_pct_december = value.number().map(pct_from_fraction);
        } else if is(|w| &w.plan_average) {
            plan.absence_pct_average = value.number().map(pct_from_fraction);
        } else if is(|w| &w.plan_situation) {
            plan.situation = value.text();
        } else if is(|w| &w.plan_why) {
            plan.why_change = value.text();
        } else if is(|w| &w.plan_actions) {
            plan.actions = value.text();
        } else if is(|w| &w.plan_desired) {
            plan.desired_state = value.text();
        } else if is(|w| &w.plan_obstacles) {
            plan.obstacles = value.text();
        }
        let (first, second) = (value.text(), sheet.cell(r, 2).text());
        if words
            .iter()
            .any(|w| first == w.milestones_header[0] && second == w.milestones_header[1])
        {
            milestones_from = Some(r + 1);
        }
    }
    if let Some(start) = milestones_from {
        for r in start..sheet.rows.len() {
            let text = sheet.cell(r, 1).text();
            if text.trim().is_empty() {
                continue;
            }
            let date = |c: usize| match sheet.cell(r, c) {
                Cell::Date(d) => Some(*d),
                Cell::Text(t) => date_from_text(t).ok().flatten(),
                _ => None,
            };
            board.plan.milestones.push(Milestone {
                text,
                due: date(2),
                reached_on: date(3),
            });
        }
    }
}

pub(super) fn read_inputs_sheet(
    file: &str,
    book: &Workbook,
    sheet: &Sheet,
    by_nr: &std::collections::HashMap<u32, usize>,
    report: &mut ImportReport,
) -> Result<Vec<Input>> {
    let mut inputs = Vec::new();
    for (r, row) in sheet.rows.iter().enumerate().skip(1) {
        if row.iter().all(Cell::is_empty) {
            continue;
        }
        for c in 0..4 {
            if let Cell::Error(e) = sheet.cell(r, c) {
                return Err(formula_error(file, &sheet.name, book, r, c, e));
            }
        }
        let question_text = sheet.cell(r, 0).text();
        let text = sheet.cell(r, 1).text();
        let Some(question) = xlsx::question_from_text(&question_text) else {
            report.problems.push(CellProblem {
                sheet: sheet.name.clone(),
                row: row_no(r),
                column: "A".into(),
                value: start_of(&question_text),
                message: tavle_model::tr!("import-problem-unknown-question"),
            });
            continue;
        };
        let votes = sheet
            .cell(r, 2)
            .number()
            .filter(|v| *v >= 0.0)
            .map(|v| v.round() as u32)
            .unwrap_or(0);
        let row = sheet
            .cell(r, 3)
            .number()
            .and_then(|n| by_nr.get(&(n as u32)).copied());
        inputs.push(Input {
            question,
            text,
            votes,
            row,
        });
    }
    Ok(inputs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_fractions_come_back_without_float_noise() {
        assert_eq!(pct_from_fraction(0.091), 9.1);
        assert_eq!(pct_from_fraction(0.094), 9.4);
    }
}
