//! The overview as an Excel workbook read back with calamine, as HR's Excel sees it:
//! percentages without binary noise, «Sist endret» as a date, a subtotal per sector.

use std::io::Cursor;
use std::path::PathBuf;

use calamine::{Data, Reader, Xlsx};
use chrono::NaiveDate;
use tavle::rollup::{roll_up, Loaded, LoadedBoard};
use tavle::rollup_files as export;
use tavle::{AbsenceMonth, Board, BoardId};

fn unit(name: &str, sector: &str, agreed: f64, lost: f64) -> LoadedBoard {
    let mut board = Board::new(name, 2025);
    board.target_pct = Some(7.0);
    board.absence = vec![AbsenceMonth::from_days(
        "2025-01".parse().unwrap(),
        agreed,
        lost,
    )];
    LoadedBoard {
        file: PathBuf::from(format!("/delt/{sector}/{name}.tavle")),
        id: BoardId(1),
        board,
        last_changed: NaiveDate::from_ymd_opt(2025, 3, 14)
            .unwrap()
            .and_hms_opt(9, 30, 0),
        folder: sector.into(),
    }
}

fn sheet() -> Vec<Vec<Data>> {
    let loaded = Loaded {
        boards: vec![
            // 8,9 % → Nærvær 91,1 %, which is 0.9109999999999999 when divided by 100.
            unit("Hjemmesykepleien", "Helse og omsorg", 1000.0, 89.0),
            unit("Skolen", "Oppvekst", 600.0, 30.0),
        ],
        skipped: Vec::new(),
    };
    let r = roll_up(
        loaded,
        Some(2025),
        NaiveDate::from_ymd_opt(2025, 4, 1).unwrap(),
    );
    let bytes = export::xlsx(&r).unwrap();
    let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let range = wb.worksheet_range("Oversikt").unwrap();
    range.rows().map(|r| r.to_vec()).collect()
}

fn row<'a>(rows: &'a [Vec<Data>], first: &str) -> &'a [Data] {
    rows.iter()
        .find(|r| r[0] == Data::String(first.into()))
        .unwrap_or_else(|| panic!("no row «{first}»: {rows:?}"))
}

#[test]
fn presence_is_a_clean_number_without_float_noise() {
    let rows = sheet();
    let line = row(&rows, "Hjemmesykepleien");
    assert_eq!(line[2], Data::Float(0.089));
    assert_eq!(line[6], Data::Float(0.911), "Nærvær: {:?}", line[6]);
}

#[test]
fn last_changed_is_a_date_excel_can_sort_not_text() {
    let rows = sheet();
    let line = row(&rows, "Skolen");
    match &line[19] {
        Data::DateTime(d) => {
            let when = d.as_datetime().unwrap();
            assert_eq!(when.to_string(), "2025-03-14 09:30:00");
        }
        other => panic!("Sist endret is {other:?}, not a date"),
    }
}

#[test]
fn each_sector_has_its_subtotal_under_the_total() {
    let rows = sheet();
    let health = row(&rows, "Sektor Helse og omsorg");
    assert_eq!(health[2], Data::Float(0.089));
    let school = row(&rows, "Sektor Oppvekst");
    assert_eq!(school[2], Data::Float(0.05));
}
