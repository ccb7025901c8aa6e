//! A leader's own sheet: the header row found by its names, the unit and year looked for
//! above it, and each row below read into a board row, with every cell that cannot be read
//! kept as text where it fits and reported. Headers and status words are recognised in
//! bokmål and nynorsk; what the report says is in the current language.

use super::cells::*;
use super::words::*;
use super::{
    CellProblem, ColumnUse, ImportReport, Maps, SheetImport, SourceKind, UnknownColumn,
    UnknownStatus, HEADER_SEARCH_ROWS,
};
use tavle_model::error::{Error, Result};
use tavle_model::model::{Board, Field, Row, YEARS};

/// The name of a board's field as the report shows it ("Mål"), in the current language.
pub(super) fn field_name(column: Column) -> String {
    match column {
        Column::Number => tavle_model::tr!("import-xlsx-col-number"),
        Column::Field(field) => tavle_model::lang::Lang::current().text(field.spec().label),
        Column::Overdue => tavle_model::tr!("overdue"),
        Column::RowId => crate::xlsx::data::ROW_ID_HEADER.to_string(),
        Column::Skip => "-".to_string(),
    }
}

pub(super) struct Header {
    pub(super) row: usize,
    pub(super) fields: Vec<(usize, Column)>,
    pub(super) unknown: Vec<(usize, String)>,
}

pub(super) fn find_header(sheet: &Sheet, maps: &Maps) -> Option<Header> {
    for (r, row) in sheet.rows.iter().enumerate().take(HEADER_SEARCH_ROWS) {
        let mut fields: Vec<(usize, Column)> = Vec::new();
        let mut unknown = Vec::new();
        for (c, cell) in row.iter().enumerate() {
            let Cell::Text(t) = cell else { continue };
            if t.trim().is_empty() {
                continue;
            }
            // What the user said about the column (`--column`) before what Tavle knows.
            match maps
                .column(t, &column_letter(c))
                .or_else(|| header_field(t))
            {
                // The first column of a name wins; a second "Mål" is listed as unknown. A
                // column the user gave a text field that another column fills already
                // («Kommentar=Resultat» beside Resultat) adds its text to that field.
                Some(f) if !fields.iter().any(|(_, g)| *g == f) => fields.push((c, f)),
                Some(f) if f.is_text() && maps.column(t, &column_letter(c)) == Some(f) => {
                    fields.push((c, f))
                }
                _ => unknown.push((c, t.trim().to_string())),
            }
        }
        let has = |f: Field| fields.iter().any(|(_, g)| *g == Column::Field(f));
        let named = fields
            .iter()
            .filter(|(_, f)| !matches!(f, Column::Number | Column::RowId | Column::Skip))
            .count();
        if (has(Field::Goal) || has(Field::Measure)) && named >= 2 {
            return Some(Header {
                row: r,
                fields,
                unknown,
            });
        }
    }
    None
}

/// A title with two years in it ("Tiltaksplan 2025/2026", a school year): where it is, its
/// text and the years.
struct TwoYearTitle {
    row: usize,
    col: usize,
    text: String,
    years: Vec<i32>,
}

/// "Enhet: Hjemmesykepleien" / "År 2025" above the header, or a year in a title there; and
/// the title the year came from when it named two years.
fn unit_and_year_with_title(
    sheet: &Sheet,
    header_row: usize,
) -> (Option<String>, Option<i32>, Option<TwoYearTitle>) {
    let mut unit = None;
    let mut year = None;
    let mut title_year = None;
    let mut two_years = None;
    for r in 0..header_row {
        let row = &sheet.rows[r];
        for (c, cell) in row.iter().enumerate() {
            let text = cell.text();
            if text.is_empty() {
                continue;
            }
            let (label, inline) = match text.split_once(':') {
                Some((l, v)) => (normalise_word(l), Some(v.trim().to_string())),
                None => (normalise_word(&text), None),
            };
            let next = || {
                row.iter()
                    .skip(c + 1)
                    .find(|x| !x.is_empty())
                    .map(Cell::text)
            };
            let value = inline.filter(|v| !v.is_empty()).or_else(next);
            match above_label(&label) {
                Some(AboveLabel::Unit) => {
                    if let Some(v) = value {
                        unit = Some(v);
                    }
                }
                Some(AboveLabel::Year) => {
                    if let Some(y) = value.and_then(|v| v.trim().parse::<i32>().ok()) {
                        year = Some(y);
                    }
                }
                None => {
                    if title_year.is_none() {
                        let mut years: Vec<i32> = text
                            .split(|c: char| !c.is_ascii_digit())
                            .filter(|w| w.len() == 4)
                            .filter_map(|w| w.parse::<i32>().ok())
                            .filter(|y| YEARS.contains(y))
                            .collect();
                        years.dedup();
                        title_year = years.first().copied();
                        if years.len() > 1 {
                            two_years = Some(TwoYearTitle {
                                row: r,
                                col: c,
                                text: text.clone(),
                                years,
                            });
                        }
                    }
                }
            }
        }
    }
    // An År given above the header settles it; only a title's year is a guess to be told.
    let two_years = two_years.filter(|_| year.is_none());
    (unit, year.or(title_year), two_years)
}

pub(super) fn read_leaders_sheet(
    file: &str,
    book: &Workbook,
    maps: &Maps,
    named: Option<&str>,
) -> Result<SheetImport> {
    let visible: Vec<&Sheet> = book.sheets.iter().filter(|s| s.visible).collect();
    if visible.iter().all(|s| s.is_empty()) {
        return Err(Error::invalid(if book.is_csv {
            tavle_model::msg!("import-empty-csv", file = file)
        } else if visible.len() == 1 {
            tavle_model::msg!(
                "import-empty-sheet",
                file = file,
                sheet = visible[0].name.as_str()
            )
        } else {
            tavle_model::msg!("import-empty-sheets", file = file)
        }));
    }
    if let Some(name) = named {
        // `--sheet NAVN`: that sheet and no other, hidden or not.
        let Some(sheet) = book
            .sheets
            .iter()
            .find(|s| normalise_word(&s.name) == normalise_word(name))
        else {
            let names: Vec<String> = book
                .sheets
                .iter()
                .map(|s| format!("«{}»", s.name))
                .collect();
            return Err(Error::invalid(tavle_model::msg!(
                "import-sheet-not-found",
                sheet = start_of(name),
                file = file,
                sheets = names.join(", ")
            )));
        };
        let Some(header) = find_header(sheet, maps) else {
            return Err(Error::invalid(tavle_model::msg!(
                "import-no-header-in-sheets",
                sheets = format!("«{}»", sheet.name),
                file = file,
                rows = HEADER_SEARCH_ROWS
            )));
        };
        return leaders_board(file, book, sheet, &header, maps);
    }
    let Some((sheet, header)) = visible
        .iter()
        .find_map(|s| find_header(s, maps).map(|h| (*s, h)))
    else {
        let names: Vec<String> = visible.iter().map(|s| format!("«{}»", s.name)).collect();
        return Err(Error::invalid(if book.is_csv {
            tavle_model::msg!("import-no-header", file = file, rows = HEADER_SEARCH_ROWS)
        } else {
            tavle_model::msg!(
                "import-no-header-in-sheets",
                sheets = names.join(", "),
                file = file,
                rows = HEADER_SEARCH_ROWS
            )
        }));
    };
    leaders_board(file, book, sheet, &header, maps)
}

fn leaders_board(
    file: &str,
    book: &Workbook,
    sheet: &Sheet,
    header: &Header,
    maps: &Maps,
) -> Result<SheetImport> {
    let (unit, year, two_years) = unit_and_year_with_title(sheet, header.row);
    let (rows, mut report) = read_table(file, book, sheet, header, maps)?;
    // «2025/2026» (a school year): the board gets the first, and the report says so.
    if let (Some(t), Some(y)) = (two_years, year) {
        let years: Vec<String> = t.years.iter().map(i32::to_string).collect();
        report.problems.insert(
            0,
            CellProblem {
                sheet: sheet.name.clone(),
                row: row_no(t.row),
                column: column_name(book, t.col),
                value: start_of(&t.text),
                message: tavle_model::tr!(
                    "import-problem-two-years",
                    years = years.join("/"),
                    year = y.to_string(),
                    other = years.last().cloned().unwrap_or_default()
                ),
            },
        );
    }
    let mut board = Board::new(unit.clone().unwrap_or_default(), year.unwrap_or(0));
    report.needs_unit = unit.is_none();
    report.needs_year = year.is_none();
    board.rows = rows.into_iter().map(|r| r.row).collect();
    Ok(SheetImport {
        board,
        report,
        source: None,
    })
}

/// A row read from the table: its 0-based sheet row, the row, and the id in the hidden
/// column of a Tavle workbook, if any.
pub(super) struct TableRow {
    pub(super) at: usize,
    pub(super) row: Row,
    pub(super) id: Option<i64>,
}

/// How many of a column's first values the refusal shows.
const FIRST_VALUES: usize = 3;

/// The merged areas of the table: the value of each one filled into every cell it covers,
/// or, when an area cannot be filled (it covers the header row, or more than one of the
/// table's columns), all such areas at once as one refusal.
fn fill_merged(
    file: &str,
    sheet: &Sheet,
    header: &Header,
) -> Result<std::collections::HashMap<(usize, usize), Cell>> {
    let used: Vec<usize> = header.fields.iter().map(|(c, _)| *c).collect();
    let mut filled = std::collections::HashMap::new();
    let mut refused = Vec::new();
    for &(r0, c0, r1, c1) in &sheet.merged {
        let (r0, c0, r1, c1) = (r0 as usize, c0 as usize, r1 as usize, c1 as usize);
        let covered: Vec<usize> = used
            .iter()
            .copied()
            .filter(|c| (c0..=c1).contains(c))
            .collect();
        if r1 < header.row || covered.is_empty() {
            // A title above the table, or beside it: not the table's business.
            continue;
        }
        if r0 <= header.row || covered.len() > 1 {
            refused.push(format!(
                "{}{}:{}{}",
                column_letter(c0),
                r0 + 1,
                column_letter(c1),
                r1 + 1
            ));
            continue;
        }
        let value = sheet.cell(r0, c0).clone();
        for r in r0..=r1 {
            for &c in &covered {
                filled.insert((r, c), value.clone());
            }
        }
    }
    if refused.is_empty() {
        Ok(filled)
    } else {
        Err(Error::invalid(tavle_model::msg!(
            "import-merged",
            sheet = sheet.name.as_str(),
            file = file,
            n = refused.len(),
            range = refused.join(", ")
        )))
    }
}

/// A week number (1–53) as a Frist cell gives it: the number alone, or "uke 12", "veke 12",
/// "v12", "v. 12", "week 12".
fn week_number(cell: &Cell) -> Option<u32> {
    let n = match cell {
        Cell::Number(x) if x.fract() == 0.0 => *x as i64,
        Cell::Text(t) => {
            let t = t.trim().to_lowercase();
            let digits = ["uke", "veke", "week", "v."]
                .iter()
                .chain(std::iter::once(&"v"))
                .find_map(|p| t.strip_prefix(p))
                .unwrap_or(&t)
                .trim();
            digits.parse::<i64>().ok()?
        }
        _ => return None,
    };
    (1..=53).contains(&n).then_some(n as u32)
}

/// The rows under `header`, each with its 0-based sheet row, and the report of the table.
pub(super) fn read_table(
    file: &str,
    book: &Workbook,
    sheet: &Sheet,
    header: &Header,
    maps: &Maps,
) -> Result<(Vec<TableRow>, ImportReport)> {
    let filled = fill_merged(file, sheet, header)?;
    let cell_at = |r: usize, c: usize| filled.get(&(r, c)).unwrap_or_else(|| sheet.cell(r, c));
    let col_of = |f: Column| header.fields.iter().find(|(_, g)| *g == f).map(|(c, _)| *c);
    let mut report = ImportReport {
        file: file.to_string(),
        kind: SourceKind::Sheet,
        sheet: sheet.name.clone(),
        header_row: row_no(header.row),
        columns: header
            .fields
            .iter()
            .filter(|(_, f)| !matches!(f, Column::RowId | Column::Skip))
            .map(|(c, f)| ColumnUse {
                column: column_name(book, *c),
                header: start_of(&sheet.cell(header.row, *c).text()),
                field: field_name(*f),
            })
            .collect(),
        ignored_columns: Vec::new(),
        ..ImportReport::empty(file, SourceKind::Sheet, &sheet.name)
    };
    // Columns Tavle has no field for: left out when empty or left out on purpose
    // (`--column "Kommentar=-"`), refused when they hold something.
    let mut unknown: Vec<(usize, String)> = header.unknown.clone();
    unknown.extend(
        header
            .fields
            .iter()
            .filter(|(_, f)| *f == Column::Skip)
            .map(|(c, _)| (*c, sheet.cell(header.row, *c).text())),
    );
    // A column with content below the header but no name in it is not dropped either.
    let widest = sheet
        .rows
        .iter()
        .skip(header.row + 1)
        .map(Vec::len)
        .max()
        .unwrap_or(0);
    for c in 0..widest {
        let named =
            header.fields.iter().any(|(fc, _)| *fc == c) || unknown.iter().any(|(uc, _)| *uc == c);
        if !named {
            unknown.push((c, String::new()));
        }
    }
    unknown.sort_by_key(|(c, _)| *c);
    for (c, h) in unknown {
        let skipped = header
            .fields
            .iter()
            .any(|(fc, f)| *fc == c && *f == Column::Skip)
            || maps.column(&h, &column_letter(c)) == Some(Column::Skip);
        let values: Vec<String> = (header.row + 1..sheet.rows.len())
            .map(|r| cell_at(r, c))
            .filter(|cell| !cell.is_empty())
            .take(FIRST_VALUES)
            .map(|cell| start_of(&cell.text()))
            .collect();
        let use_ = ColumnUse {
            column: column_name(book, c),
            header: start_of(&h),
            field: String::new(),
        };
        if values.is_empty() || skipped {
            if !h.trim().is_empty() || skipped {
                report.ignored_columns.push(use_);
            }
        } else {
            report.unknown_columns.push(UnknownColumn {
                letter: column_letter(c),
                column: use_.column,
                header: use_.header,
                values,
            });
        }
    }
    let mut rows = Vec::new();
    for r in header.row + 1..sheet.rows.len() {
        let get = |f: Field| col_of(Column::Field(f)).map(|c| (c, cell_at(r, c)));
        if header
            .fields
            .iter()
            .filter(|(_, f)| !matches!(f, Column::RowId | Column::Skip))
            .all(|(c, _)| cell_at(r, *c).is_empty())
        {
            continue;
        }
        for (c, f) in &header.fields {
            if *f == Column::Skip {
                continue;
            }
            if let Cell::Error(e) = cell_at(r, *c) {
                return Err(formula_error(file, &sheet.name, book, r, *c, e));
            }
        }
        let problems = &mut report.problems;
        let mut problem = |c: usize, value: String, message: String| {
            problems.push(CellProblem {
                sheet: sheet.name.clone(),
                row: row_no(r),
                column: column_name(book, c),
                value: start_of(&value),
                message,
            });
        };
        // A text field filled by more than one column: their texts, one to a line.
        let text = |f: Field| {
            header
                .fields
                .iter()
                .filter(|(_, g)| *g == Column::Field(f))
                .map(|(c, _)| cell_at(r, *c).text())
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        };
        let mut row = Row::default();
        // Når? is read below: its words as spoken, and a date there is also the Frist.
        for field in Field::texts().filter(|f| *f != Field::When) {
            if let Some(slot) = row.text_mut(field) {
                *slot = text(field);
            }
        }
        // Når?: the words as spoken; a date there (cell or text) is also the Frist.
        if let Some((c, cell)) = get(Field::When) {
            row.when_text = cell.text();
            match cell {
                Cell::Date(d) => row.due = Some(*d),
                Cell::Text(t) => match date_from_text(t) {
                    Ok(d) => row.due = d,
                    Err(()) => problem(
                        c,
                        t.trim().to_string(),
                        tavle_model::tr!("import-problem-when-no-day"),
                    ),
                },
                _ => {}
            }
        }
        if let Some((c, cell)) = get(Field::Due) {
            match cell {
                Cell::Empty => {}
                // A week number in Frist ("12", "uke 12", "v. 12") is no day, but it is what
                // the leader planned: it is kept in Når? as "uke 12", never dropped.
                _ if week_number(cell).is_some() => {
                    let week = tavle_model::tr!("import-week", n = week_number(cell).unwrap_or(0));
                    row.when_text = if row.when_text.trim().is_empty() {
                        week
                    } else {
                        format!("{} ({week})", row.when_text.trim_end())
                    };
                }
                Cell::Date(d) => row.due = Some(*d),
                Cell::Text(t) => match date_from_text(t) {
                    Ok(Some(d)) => row.due = Some(d),
                    Ok(None) => {
                        // Spoken words in the Frist column ("i.a. februar") are Når? text.
                        if row.when_text.is_empty() {
                            row.when_text = cell.text();
                        } else {
                            problem(
                                c,
                                t.trim().to_string(),
                                tavle_model::tr!("import-problem-not-a-date"),
                            );
                        }
                    }
                    Err(()) => {
                        problem(
                            c,
                            t.trim().to_string(),
                            tavle_model::tr!("import-problem-due-no-day"),
                        );
                        if row.when_text.is_empty() {
                            row.when_text = t.trim().to_string();
                        }
                    }
                },
                other => problem(
                    c,
                    other.text(),
                    tavle_model::tr!("import-problem-number-not-date"),
                ),
            }
        }
        // A choice's word in either målform, any case; an unknown word is refused with the
        // choices named, never guessed.
        for field in Field::choices() {
            if let Some((c, cell)) = get(field) {
                if let Err(e) = row.set_from_words(field, &cell.text()) {
                    let place = if book.is_csv {
                        tavle_model::tr!("import-place-line", line = r + 1, column = c + 1)
                    } else {
                        format!("{}{}", column_letter(c), row_no(r))
                    };
                    return Err(Error::invalid(tavle_model::msg!(
                        "import-unknown-choice",
                        file = report.file.as_str(),
                        place = place,
                        problem = e.to_string()
                    )));
                }
            }
        }
        if let Some((c, cell)) = get(Field::Status) {
            let word = cell.text();
            if !word.is_empty() {
                match maps.status(&word).or_else(|| status_from_word(&word)) {
                    Some(s) => row.status = s,
                    None => {
                        // Never guessed: the import is refused until the word is mapped.
                        let place = if book.is_csv {
                            tavle_model::tr!("import-place-line", line = r + 1, column = c + 1)
                        } else {
                            format!("{}{}", column_letter(c), row_no(r))
                        };
                        let key = normalise_word(&word);
                        match report
                            .unknown_statuses
                            .iter_mut()
                            .find(|u| normalise_word(&u.word) == key)
                        {
                            Some(u) => u.cells.push(place),
                            None => report.unknown_statuses.push(UnknownStatus {
                                word: start_of(&word),
                                cells: vec![place],
                            }),
                        }
                    }
                }
            }
        }
        let id = col_of(Column::RowId)
            .and_then(|c| cell_at(r, c).number())
            .filter(|n| *n >= 1.0 && n.fract() == 0.0)
            .map(|n| n as i64);
        if row.goal.trim().is_empty() && row.measure.trim().is_empty() {
            report.skipped_rows.push(row_no(r));
            continue;
        }
        rows.push(TableRow { at: r, row, id });
    }
    Ok((rows, report))
}
