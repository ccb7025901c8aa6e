//! The board's workbook: the sheets Tavle, Fravær, Prosjekt nærvær and Innspill, and the
//! hidden data sheet that lets [`crate::sheet_import`] read the board back exactly. Every
//! word a person sees is in the current language ([`Lang::current`]).

use chrono::NaiveDate;
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, Format, Formula, Workbook, Worksheet, XlsxError,
};

use super::format::*;
use super::*;
use tavle_model::error::Result;
use tavle_model::lang::Lang;
use tavle_model::model::{Board, BoardId, Field, RowId};
use tavle_model::stats::{year_to_date, YtdBasis};
use tavle_store::store::StoredBoard;

/// Excel's paper size code for A3.
const PAPER_A3: u8 = 8;
/// Rows below the last one that still get the Status drop-down, for rows typed in Excel.
const SPARE_STATUS_ROWS: u32 = 200;

/// The workbook for one board as bytes, ready to be written atomically. `today` decides
/// which rows show as Forsinket. The words are in the current language. Without the ids of
/// a stored board: imported back, it becomes a new board ([`stored_board_workbook`] for one
/// that updates the board it came from).
pub fn board_workbook(board: &Board, today: NaiveDate) -> Result<Vec<u8>> {
    workbook(board, None, today)
}

/// [`board_workbook`] of a board in a `.tavle` file, carrying its id and each row's (a
/// hidden column of the Tavle sheet), so that importing the workbook back updates this
/// board, whatever rows were deleted, added or sorted in Excel or LibreOffice.
pub fn stored_board_workbook(stored: &StoredBoard, today: NaiveDate) -> Result<Vec<u8>> {
    workbook(
        &stored.board,
        Some(Ids {
            board: stored.id,
            rows: &stored.row_ids,
        }),
        today,
    )
}

/// The ids a workbook of a stored board carries.
#[derive(Clone, Copy)]
struct Ids<'a> {
    board: BoardId,
    rows: &'a [RowId],
}

fn workbook(board: &Board, ids: Option<Ids<'_>>, today: NaiveDate) -> Result<Vec<u8>> {
    let lang = Lang::current();
    let w = SheetWords::new(lang);
    let f = Formats::new();
    let mut workbook = Workbook::new();
    write_board_sheet(workbook.add_worksheet(), board, ids, today, lang, &w, &f)
        .map_err(xlsx_err)?;
    write_absence_sheet(workbook.add_worksheet(), board, &w, &f).map_err(xlsx_err)?;
    write_plan_sheet(workbook.add_worksheet(), board, &w, &f).map_err(xlsx_err)?;
    write_inputs_sheet(workbook.add_worksheet(), board, lang, &w, &f).map_err(xlsx_err)?;
    write_data_sheet(workbook.add_worksheet(), board, ids, today).map_err(xlsx_err)?;
    workbook.save_to_buffer().map_err(xlsx_err)
}

/// The hidden column of row ids on the Tavle sheet.
const ROW_ID_COL: u16 = BOARD_COLUMNS.len() as u16;

fn write_board_sheet(
    ws: &mut Worksheet,
    board: &Board,
    ids: Option<Ids<'_>>,
    today: NaiveDate,
    lang: Lang,
    w: &SheetWords,
    f: &Formats,
) -> std::result::Result<(), XlsxError> {
    ws.set_name(&w.sheet_board)?;
    for (col, (name, column)) in w.board_header.iter().zip(BOARD_COLUMNS).enumerate() {
        let col = u16::try_from(col).unwrap_or(0);
        ws.write_string_with_format(0, col, name.as_str(), &f.header)?;
        ws.set_column_width(col, column.width())?;
    }
    for (i, row) in board.rows.iter().enumerate() {
        let r = row_num(i + 1);
        for (col, column) in BOARD_COLUMNS.into_iter().enumerate() {
            let col = u16::try_from(col).unwrap_or(0);
            match column {
                SheetColumn::Number => {
                    ws.write_number_with_format(r, col, row_num(i + 1), &f.text)?;
                }
                SheetColumn::Field(Field::Due) => match row.due {
                    Some(d) => {
                        ws.write_datetime_with_format(r, col, excel_date(d)?, &f.date)?;
                    }
                    None => {
                        ws.write_blank(r, col, &f.date)?;
                    }
                },
                SheetColumn::Field(field) => {
                    ws.write_string_with_format(r, col, row.shown(field, lang), &f.text)?;
                }
                SheetColumn::Overdue if row.is_overdue(today) => {
                    ws.write_string_with_format(r, col, w.overdue.as_str(), &f.overdue)?;
                }
                SheetColumn::Overdue => {
                    ws.write_blank(r, col, &f.text)?;
                }
            }
        }
        if let Some(id) = ids.and_then(|ids| ids.rows.get(i)) {
            // A number: a sort in Excel or LibreOffice carries it along with the row.
            ws.write_number(r, ROW_ID_COL, id.0 as f64)?;
        }
        let cells: Vec<(&str, f64)> = Field::texts()
            .filter_map(|field| Some((row.text(field)?, field.spec().xlsx_width)))
            .collect();
        fit_row(ws, r, &cells)?;
    }
    let last = row_num(board.rows.len());
    ws.set_row_height(0, 20)?;
    ws.set_freeze_panes(1, 0)?;
    if ids.is_some() {
        ws.write_string(0, ROW_ID_COL, data::ROW_ID_HEADER)?;
        ws.set_column_hidden(ROW_ID_COL)?;
    }
    // The filter spans the hidden column too: a sort from the filter's menu moves the ids
    // with their rows.
    let filter_to = if ids.is_some() {
        ROW_ID_COL
    } else {
        ROW_ID_COL - 1
    };
    ws.autofilter(0, 0, last.max(1), filter_to)?;
    // A drop-down list on every column of a fixed list of words: Status and the choices.
    for (col, column) in BOARD_COLUMNS.into_iter().enumerate() {
        let SheetColumn::Field(field) = column else {
            continue;
        };
        let spec = field.spec();
        let Some(words) = spec.words_in(lang) else {
            continue;
        };
        let (title, message) = if field == Field::Status {
            (
                lang.text("import-xlsx-status-error-title"),
                lang.text("import-xlsx-status-error"),
            )
        } else {
            let field = lang.text(spec.label);
            (
                lang.format(
                    "import-xlsx-choice-error-title",
                    &[("field", field.clone().into())],
                ),
                lang.format("import-xlsx-choice-error", &[("field", field.into())]),
            )
        };
        let validation = DataValidation::new()
            .allow_list_strings(&words)?
            .set_error_title(title)?
            .set_error_message(message)?
            .set_error_style(DataValidationErrorStyle::Stop);
        let col = u16::try_from(col).unwrap_or(0);
        ws.add_data_validation(1, col, last + SPARE_STATUS_ROWS, col, &validation)?;
    }
    // Print set-up: A3 landscape, all columns on one page width, header row on every page.
    ws.set_paper_size(PAPER_A3);
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    ws.set_header(format!(
        "&L&\"-,Bold\"{} — {} {}",
        header_text(&board.title),
        header_text(&board.unit),
        board.year,
    ));
    ws.set_footer(lang.text("import-xlsx-footer"));
    ws.set_active(true);
    Ok(())
}

fn write_absence_sheet(
    ws: &mut Worksheet,
    board: &Board,
    w: &SheetWords,
    f: &Formats,
) -> std::result::Result<(), XlsxError> {
    ws.set_name(&w.sheet_absence)?;
    for (col, name) in w.absence_header.iter().enumerate() {
        let col = u16::try_from(col).unwrap_or(0);
        ws.write_string_with_format(0, col, name.as_str(), &f.header)?;
        ws.set_column_width(col, if col == 0 { 16.0 } else { 14.0 })?;
    }
    ws.set_row_height(0, 30)?;
    let month_format = f.text.clone().set_num_format("mmmm yyyy");
    // One line per month of the year; a month without figures stays empty.
    for m in 1..=12u32 {
        let r = m;
        let first = NaiveDate::from_ymd_opt(board.year, m, 1).unwrap_or_default();
        ws.write_datetime_with_format(r, 0, excel_date(first)?, &month_format)?;
        let month = board
            .absence
            .iter()
            .find(|a| a.month.year == board.year && a.month.month == m);
        let Some(month) = month else {
            for col in 1..=4 {
                ws.write_blank(r, col, &f.text)?;
            }
            continue;
        };
        for (col, value) in [
            (1, month.agreed_days),
            (2, month.lost_days),
            (3, month.self_certified_days),
        ] {
            match value {
                Some(v) => ws.write_number_with_format(r, col, v, &f.number)?,
                None => ws.write_blank(r, col, &f.text)?,
            };
        }
        match (month.pct, month.days()) {
            (Some(p), _) => {
                ws.write_number_with_format(r, 4, pct_fraction(p), &f.pct)?;
            }
            (None, Some((agreed, lost))) if agreed > 0.0 => {
                let formula = Formula::new(format!("=C{0}/B{0}", r + 1))
                    .set_result((lost / agreed).to_string());
                ws.write_formula_with_format(r, 4, formula, &f.pct)?;
            }
            _ => {
                ws.write_blank(r, 4, &f.pct)?;
            }
        }
    }
    let ytd_row = 14;
    ws.write_string_with_format(ytd_row, 0, w.so_far_this_year.as_str(), &f.label)?;
    let target_row = 15;
    ws.write_string_with_format(target_row, 0, w.plan_target.as_str(), &f.label)?;
    match board.target_pct {
        Some(t) => ws.write_number_with_format(target_row, 4, pct_fraction(t), &f.pct)?,
        None => ws.write_blank(target_row, 4, &f.pct)?,
    };
    let note = match year_to_date(&board.absence) {
        Some(ytd) if ytd.basis == YtdBasis::Workdays => {
            // A formula, so the figure follows when someone adds a month in Excel.
            let agreed: f64 = board.absence.iter().filter_map(|a| a.agreed_days).sum();
            let lost: f64 = board.absence.iter().filter_map(|a| a.lost_days).sum();
            let own: f64 = board
                .absence
                .iter()
                .filter_map(|a| a.self_certified_days)
                .sum();
            ws.write_formula_with_format(
                ytd_row,
                1,
                Formula::new("=SUM(B2:B13)").set_result(agreed.to_string()),
                &f.number,
            )?;
            ws.write_formula_with_format(
                ytd_row,
                2,
                Formula::new("=SUM(C2:C13)").set_result(lost.to_string()),
                &f.number,
            )?;
            ws.write_formula_with_format(
                ytd_row,
                3,
                Formula::new("=SUM(D2:D13)").set_result(own.to_string()),
                &f.number,
            )?;
            ws.write_formula_with_format(
                ytd_row,
                4,
                Formula::new("=IF(B15>0,C15/B15,\"\")").set_result((ytd.pct / 100.0).to_string()),
                &f.pct,
            )?;
            tavle_model::tr!("import-xlsx-ytd-workdays", months = ytd.months)
        }
        Some(ytd) => {
            ws.write_number_with_format(ytd_row, 4, ytd.pct / 100.0, &f.pct)?;
            tavle_model::tr!("import-xlsx-ytd-mean", months = ytd.months)
        }
        None => tavle_model::tr!("import-xlsx-ytd-none"),
    };
    ws.merge_range(17, 0, 17, 4, &note, &f.note)?;
    ws.set_row_height(17, 45)?;
    ws.set_freeze_panes(1, 0)?;
    ws.set_paper_size(9);
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 1);
    Ok(())
}

fn write_plan_sheet(
    ws: &mut Worksheet,
    board: &Board,
    w: &SheetWords,
    f: &Formats,
) -> std::result::Result<(), XlsxError> {
    ws.set_name(&w.sheet_plan)?;
    ws.set_column_width(0, 34)?;
    ws.set_column_width(1, 70)?;
    ws.set_column_width(2, 12)?;
    ws.set_column_width(3, 12)?;
    ws.write_string_with_format(
        0,
        0,
        tavle_model::tr!(
            "import-xlsx-plan-title",
            year = board.year.to_string(),
            unit = board.unit.as_str()
        ),
        &Format::new().set_bold().set_font_size(14),
    )?;
    let plan = &board.plan;
    let mut r = 2;
    for (label, pct) in [
        (&w.plan_december, plan.absence_pct_december),
        (&w.plan_average, plan.absence_pct_average),
    ] {
        ws.write_string_with_format(r, 0, label.as_str(), &f.label)?;
        match pct {
            Some(p) => ws.write_number_with_format(r, 1, pct_fraction(p), &f.pct)?,
            None => ws.write_blank(r, 1, &f.pct)?,
        };
        r += 1;
    }
    for (label, text) in [
        (&w.plan_situation, &plan.situation),
        (&w.plan_why, &plan.why_change),
        (&w.plan_actions, &plan.actions),
        (&w.plan_desired, &plan.desired_state),
        (&w.plan_obstacles, &plan.obstacles),
    ] {
        ws.write_string_with_format(r, 0, label.as_str(), &f.label)?;
        ws.write_string_with_format(r, 1, text.as_str(), &f.text)?;
        fit_row(ws, r, &[(label.as_str(), 34.0), (text.as_str(), 70.0)])?;
        r += 1;
    }
    ws.write_string_with_format(r, 0, w.plan_target.as_str(), &f.label)?;
    match board.target_pct {
        Some(t) => ws.write_number_with_format(r, 1, pct_fraction(t), &f.pct)?,
        None => ws.write_blank(r, 1, &f.pct)?,
    };
    r += 2;
    for (col, name) in w.milestones_header.iter().enumerate() {
        let col = u16::try_from(col + 1).unwrap_or(1);
        ws.write_string_with_format(r, col, name.as_str(), &f.header)?;
    }
    r += 1;
    for m in &plan.milestones {
        ws.write_string_with_format(r, 1, m.text.as_str(), &f.text)?;
        fit_row(ws, r, &[(m.text.as_str(), 70.0)])?;
        for (col, d) in [(2, m.due), (3, m.reached_on)] {
            match d {
                Some(d) => ws.write_datetime_with_format(r, col, excel_date(d)?, &f.date)?,
                None => ws.write_blank(r, col, &f.date)?,
            };
        }
        r += 1;
    }
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    Ok(())
}

fn write_inputs_sheet(
    ws: &mut Worksheet,
    board: &Board,
    lang: Lang,
    w: &SheetWords,
    f: &Formats,
) -> std::result::Result<(), XlsxError> {
    ws.set_name(&w.sheet_inputs)?;
    for (col, (name, width)) in w
        .inputs_header
        .iter()
        .zip([44.0, 60.0, 10.0, 14.0])
        .enumerate()
    {
        let col = u16::try_from(col).unwrap_or(0);
        ws.write_string_with_format(0, col, name.as_str(), &f.header)?;
        ws.set_column_width(col, width)?;
    }
    for (i, input) in board.inputs.iter().enumerate() {
        let r = row_num(i + 1);
        ws.write_string_with_format(r, 0, input.question.text_in(lang), &f.text)?;
        ws.write_string_with_format(r, 1, input.text.as_str(), &f.text)?;
        fit_row(ws, r, &[(input.text.as_str(), 60.0)])?;
        ws.write_number_with_format(r, 2, input.votes, &f.text)?;
        match input.row {
            Some(row) => ws.write_number_with_format(r, 3, row_num(row + 1), &f.text)?,
            None => ws.write_blank(r, 3, &f.text)?,
        };
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, row_num(board.inputs.len()).max(1), 3)?;
    ws.set_paper_size(PAPER_A3);
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    Ok(())
}

fn write_data_sheet(
    ws: &mut Worksheet,
    board: &Board,
    ids: Option<Ids<'_>>,
    today: NaiveDate,
) -> std::result::Result<(), XlsxError> {
    ws.set_name(DATA_SHEET)?;
    ws.set_hidden(true);
    let header: [(&str, String); 13] = [
        (data::FORMAT, crate::contract::FORMAT.to_string()),
        (data::VERSION, crate::contract::VERSION.to_string()),
        (data::TITLE, board.title.clone()),
        (data::UNIT, board.unit.clone()),
        (data::YEAR, board.year.to_string()),
        (data::MAIN_GOAL, board.main_goal.clone()),
        (data::FOCUS, board.focus.clone()),
        (
            data::TARGET,
            board.target_pct.map(|t| t.to_string()).unwrap_or_default(),
        ),
        (data::ROWS, board.rows.len().to_string()),
        (data::EXPORTED, today.to_string()),
        (data::IDENTITY, board.identity.clone()),
        (data::SECTOR, board.sector.clone()),
        (
            data::STAFF,
            board.staff.map(|t| t.to_string()).unwrap_or_default(),
        ),
    ];
    // Everything as text: numbers such as the target come back exactly, not via a float cell.
    for (r, (key, value)) in header.iter().enumerate() {
        ws.write_string(row_num(r), 0, *key)?;
        ws.write_string(row_num(r), 1, value.as_str())?;
    }
    let mut r = row_num(header.len());
    if let Some(ids) = ids {
        ws.write_string(r, 0, data::BOARD_ID)?;
        ws.write_string(r, 1, ids.board.to_string())?;
    }
    r += 1;
    ws.write_string(r, 0, data::HISTORY)?;
    let row_id = |i: usize| {
        ids.and_then(|ids| ids.rows.get(i))
            .map(|id| id.to_string())
            .unwrap_or_default()
    };
    for (i, row) in board.rows.iter().enumerate() {
        for change in &row.history {
            r += 1;
            ws.write_string(r, 0, (i + 1).to_string())?;
            ws.write_string(r, 1, change.on.to_string())?;
            ws.write_string(r, 2, change.status.code())?;
            ws.write_string(r, 3, change.note.as_str())?;
            ws.write_string(r, 4, row_id(i))?;
        }
    }
    if ids.is_some() {
        // Each row's status as exported: a status changed in the sheet on a row with no
        // history yet is still seen as a change.
        r += 1;
        ws.write_string(r, 0, data::ROWS_AT_EXPORT)?;
        for (i, row) in board.rows.iter().enumerate() {
            r += 1;
            ws.write_string(r, 0, row_id(i))?;
            ws.write_string(r, 1, row.status.code())?;
        }
    }
    Ok(())
}
