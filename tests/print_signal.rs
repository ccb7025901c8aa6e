//! Signal or noise on paper (issue 25): the year report's run chart page, the A3 board's
//! median and one-line verdict, and the roll-up PDF's funnel page, read back with pdftotext
//! in bokmål and nynorsk; the roll-up's CSV and xlsx carry the funnel's limits and flag.

mod cli_support;
mod common;

use std::path::PathBuf;

use common::pdf::{flat, write_pdf};
use common::{date, example_board};
use tavle::model::{AbsenceMonth, Board, BoardId, Row, Status, StatusChange, YearMonth};
use tavle::print::{self, Paper, What};
use tavle::rollup::{roll_up, Loaded, LoadedBoard, Rollup};
use tavle::trend::{unit_trend, Trend};
use tavle::Lang;

fn month(y: i32, m: u32) -> YearMonth {
    YearMonth::new(y, m).unwrap()
}

fn measure(text: &str, started: (i32, u32), finished: Option<(i32, u32)>) -> Row {
    let mut history = vec![StatusChange {
        on: date(started.0, started.1, 5),
        status: Status::InProgress,
        note: String::new(),
    }];
    if let Some((y, m)) = finished {
        history.push(StatusChange {
            on: date(y, m, 25),
            status: Status::Done,
            note: String::new(),
        });
    }
    Row {
        measure: text.into(),
        status: history.last().unwrap().status,
        history,
        ..Row::default()
    }
}

/// The example unit in 2024 (around 9,7 %, two measures) and 2025 (ten months going down
/// to about 7 %): 22 months, the last eight below the median — a shift signal.
fn two_years() -> (Board, Trend) {
    let mut b24 = example_board();
    b24.year = 2024;
    let high = [
        9.8, 10.4, 8.9, 9.6, 8.7, 9.9, 10.8, 9.1, 8.8, 10.1, 9.4, 11.2,
    ];
    b24.absence = high
        .iter()
        .enumerate()
        .map(|(i, p)| AbsenceMonth::from_pct(month(2024, i as u32 + 1), *p))
        .collect();
    b24.rows = vec![
        measure(
            "Fast møte hver fredag om turnus",
            (2024, 4),
            Some((2024, 9)),
        ),
        measure("Faddere for nyansatte", (2024, 6), None),
    ];
    let mut b25 = example_board();
    let low = [10.6, 9.5, 8.2, 7.9, 7.4, 7.1, 6.8, 7.6, 7.2, 6.9];
    b25.absence = low
        .iter()
        .enumerate()
        .map(|(i, p)| AbsenceMonth::from_days(month(2025, i as u32 + 1), 420.0, 4.2 * p))
        .collect();
    let trend = unit_trend(&[b24, b25.clone()], &b25.unit, None).unwrap();
    assert_eq!(trend.points.len(), 22);
    assert_eq!(trend.runs.shift, Some(true));
    (b25, trend)
}

fn print_pdf(name: &str, board: &Board, what: What, lang: Lang, trend: &Trend) -> PathBuf {
    let dir = std::env::temp_dir().join("tavle-print-signal");
    std::fs::create_dir_all(&dir).unwrap();
    let bytes = print::pdf_in(board, what, None, date(2025, 11, 5), lang, Some(trend)).unwrap();
    write_pdf(&dir, name, &bytes)
}

#[test]
fn the_year_report_has_a_run_chart_page_with_the_median_the_measures_and_the_verdict() {
    let (board, trend) = two_years();
    for (lang, heading, median) in [
        (
            Lang::Nb,
            "Seriediagram: sykefravær måned for måned",
            "av alle punktene",
        ),
        (
            Lang::Nn,
            "Seriediagram: sjukefråvær månad for månad",
            "av alle punkta",
        ),
    ] {
        let text = flat(&print_pdf(
            &format!("report-{lang:?}.pdf"),
            &board,
            What::Report,
            lang,
            &trend,
        ));
        assert!(text.contains(heading), "{text}");
        assert!(text.contains("Median"), "{text}");
        assert!(text.contains(median), "{text}");
        // The verdict naming its rule, whole.
        let verdict = trend.verdict_in(lang);
        assert!(
            verdict.contains("8") && verdict.contains("Regel"),
            "{verdict}"
        );
        assert!(text.contains(&verdict), "«{verdict}» not in {text}");
        // The measures of both years in the key, with the months they started and ended.
        assert!(text.contains("Fast møte hver fredag om turnus"), "{text}");
        assert!(text.contains("april 2024"), "{text}");
        assert!(text.contains("september 2024"), "{text}");
        // The chart's years under the months.
        assert!(text.contains("2024") && text.contains("2025"));
    }
}

#[test]
fn the_a3_board_says_the_median_and_the_verdict_in_one_line() {
    let (board, trend) = two_years();
    for (lang, verdict) in [
        (Lang::Nb, "Signal: 8 måneder på rad under medianen"),
        (Lang::Nn, "Signal: 8 månader på rad under medianen"),
    ] {
        let path = print_pdf(
            &format!("board-{lang:?}.pdf"),
            &board,
            What::Board,
            lang,
            &trend,
        );
        let layout = common::pdf::text(&path);
        assert!(
            layout.lines().any(|l| l.contains(verdict)),
            "one line «{verdict}» in {layout}"
        );
        assert!(layout.contains("Median 9,0 %"), "{layout}");
    }
    // Without a trend from the file, the board's own months: too few for a verdict.
    let pages = print::layout(&board, What::Board, Some(Paper::A3), date(2025, 11, 5)).unwrap();
    assert!(
        pages[0]
            .text()
            .contains("For få måneder til en vurdering ennå (10 av 10)")
            || pages[0].text().contains("Ingen signal")
            || pages[0].text().contains("Signal")
    );
}

/// Twenty units of 2025 with days: one far above the rest, one far below, one masked.
fn municipality() -> Rollup {
    let names = [
        "Lindåsen sykehjem",
        "Solbakken barnehage",
        "Fjordvik skole",
        "Kjøkkenet",
        "Renholdet",
        "Korttid",
        "Rehabilitering",
        "Psykisk helse",
        "Bofellesskapet",
        "Tildeling",
        "NAV-kontoret",
        "Helsestasjonen",
        "Legevakten",
        "Kulturskolen",
        "Biblioteket",
        "Teknisk drift",
        "Vann og avløp",
        "Servicetorget",
        "Barnevernet",
        "Småtjenesten",
    ];
    let boards = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let mut b = Board::new(name.to_string(), 2025);
            let (agreed, rate) = match *name {
                "Lindåsen sykehjem" => (1100.0, 0.14),
                "Kulturskolen" => (900.0, 0.03),
                "Småtjenesten" => (50.0, 0.2),
                _ => (300.0 + 40.0 * i as f64, 0.08 + (i % 5) as f64 * 0.002),
            };
            b.absence = (1..=10)
                .map(|m| AbsenceMonth::from_days(month(2025, m), agreed, agreed * rate))
                .collect();
            LoadedBoard {
                file: PathBuf::from(format!("{i}.tavle")),
                id: BoardId(1),
                board: b,
                last_changed: None,
                folder: String::new(),
            }
        })
        .collect();
    roll_up(
        Loaded {
            boards,
            skipped: Vec::new(),
        },
        Some(2025),
        date(2025, 11, 5),
    )
}

#[test]
fn the_steering_groups_pdf_has_a_funnel_page_naming_the_flagged_units() {
    let r = municipality();
    let flag = |unit: &str| {
        r.lines
            .iter()
            .find(|l| l.unit == unit)
            .and_then(|l| l.funnel)
            .map(|p| p.flag)
    };
    use tavle::rollup::funnel::FunnelFlag;
    assert_eq!(flag("Lindåsen sykehjem"), Some(FunnelFlag::Over));
    assert_eq!(flag("Kulturskolen"), Some(FunnelFlag::Under));
    assert_eq!(flag("Småtjenesten"), None);
    let dir = std::env::temp_dir().join("tavle-print-signal");
    std::fs::create_dir_all(&dir).unwrap();
    for (lang, heading, over, under, phi) in [
        (
            Lang::Nb,
            "Traktdiagram: høyere eller lavere enn tilfeldig variasjon?",
            "høyere enn tilfeldig variasjon",
            "lavere enn tilfeldig variasjon",
            "overspredning: φ =",
        ),
        (
            Lang::Nn,
            "Traktdiagram: høgare eller lågare enn tilfeldig variasjon?",
            "høgare enn tilfeldig variasjon",
            "lågare enn tilfeldig variasjon",
            "overspreiing: φ =",
        ),
    ] {
        let bytes = print::rollup_pdf_in(&r, date(2025, 11, 5), lang).unwrap();
        let text = flat(&write_pdf(&dir, &format!("rollup-{lang:?}.pdf"), &bytes));
        assert!(text.contains(heading), "{text}");
        assert!(text.contains(phi), "{text}");
        // The flagged units are named on the plot (with their number) and in the key with
        // their size, rate, limits and verdict.
        let funnel_page = &text[text.find(heading).unwrap()..];
        let number = r
            .lines
            .iter()
            .filter(|l| l.funnel.is_some())
            .position(|l| l.unit == "Lindåsen sykehjem")
            .unwrap()
            + 1;
        let named = format!("{number} Lindåsen sykehjem");
        assert_eq!(funnel_page.matches(&named).count(), 2, "{funnel_page}");
        assert!(
            funnel_page.contains(&format!("{named} 11 000 14,0 % 7,7 % – 9,4 % {over}")),
            "{funnel_page}"
        );
        assert!(
            funnel_page.contains(&format!("Kulturskolen 9 000 3,0 % 7,6 % – 9,4 % {under}")),
            "{funnel_page}"
        );
        // The masked unit is neither drawn nor in the key; the page says one unit is left out.
        assert!(!funnel_page.contains("Småtjenesten"), "{funnel_page}");
        assert!(
            funnel_page.contains("1 enhet er ikke tegnet")
                || funnel_page.contains("1 eining er ikkje teikna"),
            "{funnel_page}"
        );
    }
}

#[test]
fn the_csv_and_the_workbook_have_the_funnels_limits_and_flag_empty_for_masked_units() {
    let r = municipality();
    for (lang, flag_head, over) in [
        (Lang::Nb, "Trakt (99,8 %)", "høyere enn tilfeldig variasjon"),
        (Lang::Nn, "Trakt (99,8 %)", "høgare enn tilfeldig variasjon"),
    ] {
        let mut out = Vec::new();
        tavle::rollup_files::write_csv_in(&r, &mut out, lang).unwrap();
        let text = String::from_utf8(out).unwrap();
        let mut rd = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let heads = rd.headers().unwrap().clone();
        let col = |name: &str| heads.iter().position(|h| h == name).unwrap();
        let (lower, upper, flag) = (
            col("Nedre 99,8 %-grense (%)"),
            col("Øvre 99,8 %-grense (%)"),
            col(flag_head),
        );
        let records: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
        let row = |unit: &str| records.iter().find(|r| &r[0] == unit).unwrap().clone();
        let lindas = row("Lindåsen sykehjem");
        assert_eq!(&lindas[flag], over);
        let point = r
            .lines
            .iter()
            .find(|l| l.unit == "Lindåsen sykehjem")
            .unwrap()
            .funnel
            .unwrap();
        let upper_pct: f64 = lindas[upper].replace(',', ".").parse().unwrap();
        assert!(
            (upper_pct - point.upper998 * 100.0).abs() < 0.005,
            "{upper_pct}"
        );
        assert!(lindas[lower].contains(','));
        let small = row("Småtjenesten");
        assert_eq!((&small[lower], &small[upper], &small[flag]), ("", "", ""));
        // The text format says the flag too.
        let plain = tavle::rollup::cells::text_in(&r, lang);
        assert!(
            plain
                .lines()
                .any(|l| l.starts_with("Lindåsen sykehjem") && l.contains(over)),
            "{plain}"
        );
    }
    // In Excel the limits are numbers (fractions formatted as percent), the flag words.
    use calamine::{Data, Reader, Xlsx};
    let bytes = tavle::rollup_files::xlsx_in(&r, Lang::Nb).unwrap();
    let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let sheet = wb.worksheet_range("Oversikt").unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    let head: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    let lindas = rows.iter().find(|r| r[0] == "Lindåsen sykehjem").unwrap();
    let point = r
        .lines
        .iter()
        .find(|l| l.unit == "Lindåsen sykehjem")
        .unwrap()
        .funnel
        .unwrap();
    match &lindas[col("Øvre 99,8 %-grense (%)")] {
        Data::Float(v) => assert_eq!(*v, point.upper998),
        other => panic!("not a number: {other:?}"),
    }
    assert!(matches!(
        lindas[col("Nedre 99,8 %-grense (%)")],
        Data::Float(_)
    ));
    assert_eq!(
        lindas[col("Trakt (99,8 %)")].to_string(),
        "høyere enn tilfeldig variasjon"
    );
    let small = rows.iter().find(|r| r[0] == "Småtjenesten").unwrap();
    assert!(matches!(small[col("Trakt (99,8 %)")], Data::Empty));
}

#[test]
fn tavle_print_takes_the_run_chart_from_every_board_of_the_unit_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("e.tavle");
    let (b25, _) = two_years();
    let mut b24 = b25.clone();
    b24.year = 2024;
    b24.absence = (1..=12)
        .map(|m| AbsenceMonth::from_pct(month(2024, m), 9.0 + (m % 3) as f64))
        .collect();
    for (name, b) in [("a.json", &b24), ("b.json", &b25)] {
        let json = dir.path().join(name);
        let mut out = Vec::new();
        tavle::exchange::write_board_json(b, &mut out).unwrap();
        std::fs::write(&json, out).unwrap();
        cli_support::tavle(["import", file.to_str().unwrap(), json.to_str().unwrap()]).ok();
    }
    let pdf = dir.path().join("rapport.pdf");
    cli_support::tavle([
        "print",
        file.to_str().unwrap(),
        "--board",
        "2",
        "--what",
        "report",
        "-o",
        pdf.to_str().unwrap(),
    ])
    .ok();
    let text = flat(&pdf);
    // 12 months of 2024 and the 10 of 2025, not the 2025 board's alone.
    assert!(text.contains("i filen (22 måneder)"), "{text}");
}
