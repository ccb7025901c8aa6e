//! The overview as an Excel workbook read back with calamine, as HR's Excel sees it:
//! percentages without binary noise, «Sist endret» as a date, a subtotal per sector.

use std::io::Cursor;
use std::path::PathBuf;

use calamine::{Data, DataType, Reader, Xlsx};
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

/// A municipality with every kind of line: two sectors, a unit without a sector, a unit of
/// about two årsverk (masked), one with only percentages, rows in several statuses, and a
/// file that could not be read; the measures have Tiltakstype and Innsats.
fn municipality() -> tavle::rollup::Rollup {
    use tavle::{Row, Status};
    let months = |agreed: f64, lost: [f64; 3]| {
        ["2025-01", "2025-02", "2025-03"]
            .iter()
            .zip(lost)
            .map(|(m, l)| AbsenceMonth::from_days(m.parse().unwrap(), agreed, l))
            .collect::<Vec<_>>()
    };
    let mut home = unit("Hjemmesykepleien", "Helse og omsorg", 1.0, 0.0);
    home.board.absence = months(1000.0, [89.0, 95.0, 70.0]);
    // Tiltakstype and Innsats: 2 basis, 1 person; 1 forebyggende, the third without one.
    use tavle::model::{MeasureKind as K, MeasureLevel as L};
    for (status, kind, level) in [
        (Status::Done, K::Basis, Some(L::Preventive)),
        (Status::InProgress, K::Basis, None),
        (Status::NotStarted, K::Person, Some(L::Repairing)),
    ] {
        home.board.rows.push(Row {
            status,
            kind: Some(kind),
            level,
            ..Row::default()
        });
    }
    let mut school = unit("Skolen", "Oppvekst", 1.0, 0.0);
    school.board.absence = months(600.0, [30.0, 42.0, 36.0]);
    let mut small = unit("Barnehage Solsikken", "Oppvekst", 1.0, 0.0);
    small.board.absence = months(40.0, [4.0, 2.0, 3.0]);
    let mut office = unit("Kontor", "", 1.0, 0.0);
    office.board.absence = ["2025-01", "2025-02"]
        .iter()
        .zip([4.0, 5.0])
        .map(|(m, p)| AbsenceMonth::from_pct(m.parse().unwrap(), p))
        .collect();
    office.last_changed = None;
    let loaded = Loaded {
        boards: vec![home, school, small, office],
        skipped: vec![tavle::rollup::Skipped {
            file: PathBuf::from("/delt/rot.tavle"),
            reason: "ikke en Tavle-fil".into(),
        }],
    };
    roll_up(
        loaded,
        Some(2025),
        NaiveDate::from_ymd_opt(2025, 4, 10).unwrap(),
    )
}

/// A Norwegian number as the CSV writes it (decimal comma, a minus or plus sign).
fn csv_number(text: &str) -> Option<f64> {
    text.replace(',', ".").replace('−', "-").parse().ok()
}

/// Every sheet of the overview's workbook, each as its rows of cells.
fn workbook(r: &tavle::rollup::Rollup, lang: tavle::Lang) -> Vec<(String, Vec<Vec<Data>>)> {
    let bytes = export::xlsx_in(r, lang).unwrap();
    let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    wb.sheet_names()
        .into_iter()
        .map(|name| {
            let range = wb.worksheet_range(&name).unwrap();
            (name, range.rows().map(|r| r.to_vec()).collect())
        })
        .collect()
}

/// The workbook says, cell for cell, what the CSV says: the same headings, units, totals and
/// sector lines in the same order, percentages as fractions Excel shows as «8,9 %», counts
/// as numbers, «Sist endret» as a date, and the words (skjult, Grunnlag, Retning) as text.
#[test]
fn every_cell_of_the_workbook_says_what_the_csv_says_in_both_languages() {
    let r = municipality();
    for lang in [tavle::Lang::Nb, tavle::Lang::Nn] {
        let mut csv = Vec::new();
        export::write_csv_in(&r, &mut csv, lang).unwrap();
        let csv = String::from_utf8(csv).unwrap();
        let csv: Vec<Vec<&str>> = csv
            .trim_start_matches('\u{feff}')
            .lines()
            .map(|l| l.split(';').collect())
            .collect();
        let sheets = workbook(&r, lang);
        let (name, rows) = &sheets[0];
        assert_eq!(name, &lang.text("rollup-sheet-overview"));
        // Units, the total and two sector lines plus «Uten sektor»: the CSV's lines, in order.
        assert_eq!(csv.len(), 1 + 4 + 1 + 3, "{csv:?}");
        let headings: Vec<&Data> = rows[0].iter().collect();
        assert_eq!(headings.len(), csv[0].len());
        for (row, line) in rows.iter().zip(&csv) {
            for (col, (cell, text)) in row.iter().zip(line).enumerate() {
                let head = &csv[0][col];
                let unit = line[0];
                match cell {
                    Data::String(s) => assert_eq!(s, text, "{unit} / {head}"),
                    Data::Empty => assert_eq!(*text, "", "{unit} / {head}"),
                    Data::Float(_) | Data::Int(_) => {
                        let x = cell.as_f64().unwrap();
                        let want = csv_number(text)
                            .unwrap_or_else(|| panic!("{unit} / {head}: «{text}» is no number"));
                        // Percentages are fractions in the workbook, per cent in the CSV.
                        let same = (x - want).abs() < 0.051 || (x * 100.0 - want).abs() < 0.051;
                        assert!(
                            same,
                            "{unit} / {head}: {x} in the workbook, «{text}» in CSV"
                        );
                    }
                    Data::DateTime(d) => {
                        let day = d.as_datetime().unwrap().format("%d.%m.%Y").to_string();
                        assert!(text.starts_with(&day), "{unit} / {head}: {day} vs «{text}»");
                    }
                    other => panic!("{unit} / {head}: unexpected cell {other:?}"),
                }
            }
        }
        // The six counts by Tiltakstype and Innsats close every line, as numbers.
        assert_eq!(headings.len(), 30);
        assert_eq!(rows[0][24], Data::String(lang.text("measure-kind-basis")));
        assert_eq!(
            rows[0][29],
            Data::String(lang.text("measure-level-repairing"))
        );
        let home = row(rows, "Hjemmesykepleien");
        let counts: Vec<f64> = home[24..30].iter().map(|c| c.as_f64().unwrap()).collect();
        assert_eq!(counts, [2.0, 1.0, 0.0, 0.0, 1.0, 1.0]);
        let total = row(rows, &lang.text("total"));
        let counts: Vec<f64> = total[24..30].iter().map(|c| c.as_f64().unwrap()).collect();
        assert_eq!(counts, [2.0, 1.0, 0.0, 0.0, 1.0, 1.0]);
        // The masked unit's absence is the word, never a number.
        let small = row(rows, "Barnehage Solsikken");
        assert_eq!(small[2], Data::String(lang.text("rollup-hidden")));
        // The notes on how the total is made stand under the lines.
        let notes: Vec<String> = rows
            .iter()
            .skip(csv.len())
            .filter_map(|r| r.first().and_then(|c| c.get_string()).map(str::to_string))
            .collect();
        assert_eq!(notes, tavle::rollup::cells::notes_in(&r, lang));
        // The file that could not be read, with its reason, on a sheet of its own.
        let (skipped_name, skipped) = &sheets[1];
        assert_eq!(skipped_name, &lang.text("rollup-sheet-skipped"));
        let flat: Vec<String> = skipped.iter().flatten().map(|c| c.to_string()).collect();
        assert!(flat.iter().any(|c| c.contains("rot.tavle")), "{flat:?}");
        assert!(flat.iter().any(|c| c == "ikke en Tavle-fil"), "{flat:?}");
    }
}

/// HR opens the workbook ready to use: the header row frozen, a filter over the units (not
/// the totals), percentages formatted as per cent, and A4 landscape, one page wide.
#[test]
fn the_workbook_opens_with_a_frozen_header_a_filter_and_percent_formats() {
    use std::io::Read;
    let r = municipality();
    let bytes = export::xlsx_in(&r, tavle::Lang::Nb).unwrap();
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut part = |name: &str| {
        let mut text = String::new();
        zip.by_name(name)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    };
    let sheet = part("xl/worksheets/sheet1.xml");
    assert!(sheet.contains(r#"<pane xSplit="1" ySplit="1""#), "{sheet}");
    // Header and four units: rows 1–5; the total on row 6 stays out of the filter, which
    // reaches the last of the six counts by Tiltakstype and Innsats (column AD).
    assert!(sheet.contains(r#"<autoFilter ref="A1:AD5"/>"#), "{sheet}");
    assert!(sheet.contains(r#"orientation="landscape""#), "{sheet}");
    assert!(sheet.contains(r#"fitToHeight="0""#), "{sheet}");
    let styles = part("xl/styles.xml");
    assert!(styles.contains(r#"formatCode="0.0 %""#), "{styles}");
    assert!(styles.contains(r#"formatCode="dd.mm.yyyy""#), "{styles}");
}
