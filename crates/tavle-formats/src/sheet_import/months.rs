//! A leader's sick-leave sheet beside the board's: a column of months (januar–desember,
//! jan–des, 1–12 or dates) with the absence as a percentage or as agreed and lost
//! dagsverk, read into the board's absence figures. Which sheets were read and which were
//! left goes into the report.

use chrono::Datelike;

use super::cells::*;
use super::tavle_book::pct_from_fraction;
use super::words::{figure_of, month_from_name, normalise_word, Figure};
use super::SheetImport;
use tavle_model::error::Result;
use tavle_model::model::{AbsenceMonth, YearMonth};

/// A month cell's month (1–12): a month's name or its short form, a number, or a date of
/// `year`.
fn month_of(cell: &Cell, year: i32) -> Option<u32> {
    match cell {
        Cell::Date(d) if d.year() == year || year == 0 => Some(d.month()),
        Cell::Number(n) if n.fract() == 0.0 && (1.0..=12.0).contains(n) => Some(*n as u32),
        Cell::Text(t) => {
            let w = normalise_word(t);
            // «Januar 2026», «jan.», «1»
            let first = w.split([' ', '-', '.']).next().unwrap_or_default();
            if let Ok(n) = first.parse::<u32>() {
                return (1..=12).contains(&n).then_some(n);
            }
            month_from_name(first)
        }
        _ => None,
    }
}

/// The months of `sheet`, if it is a sheet of months: at least three month cells in one
/// column and a figure beside them.
fn months_of(sheet: &Sheet, year: i32) -> Option<Vec<AbsenceMonth>> {
    let widest = sheet.rows.iter().map(Vec::len).max().unwrap_or(0);
    let (month_col, count) = (0..widest)
        .map(|c| {
            let n = sheet
                .rows
                .iter()
                .filter(|r| r.get(c).and_then(|cell| month_of(cell, year)).is_some())
                .count();
            (c, n)
        })
        .max_by_key(|(c, n)| (*n, std::cmp::Reverse(*c)))?;
    if count < 3 {
        return None;
    }
    let first = sheet
        .rows
        .iter()
        .position(|r| r.get(month_col).and_then(|c| month_of(c, year)).is_some())?;
    // The header: the nearest row above the first month with words in it.
    let header = (0..first).rev().find(|r| {
        sheet.rows[*r]
            .iter()
            .any(|c| matches!(c, Cell::Text(t) if !t.trim().is_empty()))
    });
    let mut figures: Vec<(usize, Figure)> = Vec::new();
    if let Some(h) = header {
        for (c, cell) in sheet.rows[h].iter().enumerate() {
            if c == month_col {
                continue;
            }
            if let Some(f) = figure_of(&cell.text()) {
                if !figures.iter().any(|(_, g)| *g == f) {
                    figures.push((c, f));
                }
            }
        }
    }
    let col = |f: Figure| figures.iter().find(|(_, g)| *g == f).map(|(c, _)| *c);
    let days = col(Figure::Agreed).zip(col(Figure::Lost));
    // Without headers that say: the first column of numbers after the months, as percent.
    let pct_col = col(Figure::Pct).or_else(|| {
        if days.is_some() {
            return None;
        }
        (month_col + 1..widest).find(|c| {
            sheet.rows[first..]
                .iter()
                .any(|r| r.get(*c).and_then(Cell::number).is_some())
        })
    });
    if days.is_none() && pct_col.is_none() {
        return None;
    }
    // A percent column of fractions (0,091 shown as 9,1 %) or of percents (9,1).
    let fractions = pct_col.is_some_and(|c| {
        sheet.rows[first..]
            .iter()
            .filter_map(|r| r.get(c))
            .filter(|cell| matches!(cell, Cell::Number(_)))
            .filter_map(Cell::number)
            .all(|x| x <= 1.0)
    });
    let mut months: Vec<AbsenceMonth> = Vec::new();
    for r in first..sheet.rows.len() {
        let Some(m) = month_of(sheet.cell(r, month_col), year) else {
            continue;
        };
        let Ok(month) = YearMonth::new(year, m) else {
            continue;
        };
        if months.iter().any(|a| a.month == month) {
            continue;
        }
        let value = match days {
            Some((a, l)) => match (sheet.cell(r, a).number(), sheet.cell(r, l).number()) {
                (Some(agreed), Some(lost)) => {
                    let mut m = AbsenceMonth::from_days(month, agreed, lost);
                    m.self_certified_days =
                        col(Figure::Own).and_then(|c| sheet.cell(r, c).number());
                    Some(m)
                }
                _ => None,
            },
            None => None,
        };
        let value = value.or_else(|| {
            let c = pct_col?;
            let cell = sheet.cell(r, c);
            let x = cell.number()?;
            let pct = match cell {
                Cell::Number(_) if fractions => pct_from_fraction(x),
                _ => x,
            };
            Some(AbsenceMonth::from_pct(month, pct))
        });
        if let Some(v) = value {
            months.push(v);
        }
    }
    (!months.is_empty()).then_some(months)
}

/// Reads the first sheet of months beside the board's sheet into the board's absence
/// figures, and says in the report which sheets were read and which were left.
pub(super) fn read_months_sheets(
    _file: &str,
    book: &Workbook,
    import: &mut SheetImport,
) -> Result<()> {
    if book.is_csv {
        // One sheet, nothing to say about which were read.
        return Ok(());
    }
    let board_sheet = import.report.sheet.clone();
    let year = import.board.year;
    let mut read = vec![board_sheet.clone()];
    let mut left = Vec::new();
    for sheet in book.sheets.iter().filter(|s| s.visible) {
        if sheet.name == board_sheet {
            continue;
        }
        match months_of(sheet, year) {
            Some(months) if import.board.absence.is_empty() => {
                import.board.absence = months;
                read.push(sheet.name.clone());
            }
            _ => left.push(sheet.name.clone()),
        }
    }
    import.report.sheets_read = read;
    import.report.sheets_left = left;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_read_by_name_short_name_number_and_date() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        for (cell, m) in [
            (Cell::Text("Januar".into()), Some(1)),
            (Cell::Text("jan.".into()), Some(1)),
            (Cell::Text("des".into()), Some(12)),
            (Cell::Text("Mai 2026".into()), Some(5)),
            (Cell::Number(7.0), Some(7)),
            (Cell::Date(d), Some(3)),
            (Cell::Text("Sum".into()), None),
            (Cell::Number(13.0), None),
        ] {
            assert_eq!(month_of(&cell, 2026), m, "{cell:?}");
        }
    }
}
