//! The overview's PDF over several pages: a page that holds only the notes starts with the
//! running title, not with an empty repeated table header (which looks like a table that
//! lost its rows), and neither does the table of measures by Tiltakstype and Innsats.

use std::path::PathBuf;

use chrono::NaiveDate;
use tavle::rollup::{roll_up, Loaded, LoadedBoard, Skipped};
use tavle::{AbsenceMonth, Board, BoardId, Lang};

fn overview(units: usize) -> tavle::rollup::Rollup {
    let boards = (0..units)
        .map(|n| {
            let mut board = Board::new(format!("Enhet {n:02}"), 2025);
            board.target_pct = Some(7.0);
            board.absence = vec![AbsenceMonth::from_days(
                "2025-01".parse().unwrap(),
                400.0,
                20.0 + n as f64,
            )];
            LoadedBoard {
                file: PathBuf::from(format!("/delt/{n}.tavle")),
                id: BoardId(1),
                board,
                last_changed: None,
                folder: String::new(),
            }
        })
        .collect();
    // Long notes: files that could not be read, each with its reason.
    let skipped = (0..8)
        .map(|n| Skipped {
            file: PathBuf::from(format!("/delt/gammel kopi av en enhet nummer {n}.tavle")),
            reason: "skadet (SQLite: database disk image is malformed); be lederen dele på nytt"
                .into(),
        })
        .collect();
    roll_up(
        Loaded { boards, skipped },
        Some(2025),
        NaiveDate::from_ymd_opt(2025, 4, 1).unwrap(),
    )
}

fn pages_text(pdf: &[u8]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("o.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", path.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .split('\u{c}')
        .map(String::from)
        .filter(|p| !p.trim().is_empty())
        .collect()
}

#[test]
fn no_page_has_a_table_header_without_rows_under_it() {
    let mut notes_alone = 0;
    for units in 8..=30 {
        let pdf = tavle::print::rollup_pdf_in(
            &overview(units),
            NaiveDate::from_ymd_opt(2025, 4, 1).unwrap(),
            Lang::Nb,
        )
        .unwrap();
        if units == 20 {
            if let Some(dir) = std::env::var_os("TAVLE_SCREENSHOTS") {
                std::fs::write(
                    std::path::Path::new(&dir).join("rollup-notes-page.pdf"),
                    &pdf,
                )
                .unwrap();
            }
        }
        for (i, page) in pages_text(&pdf).iter().enumerate() {
            // A line of the main table has a percentage; a line of the table by
            // Tiltakstype and Innsats (after the notes) has only counts.
            let unit_or_total = |l: &str| {
                (0..units).any(|n| l.contains(&format!("Enhet {n:02}")))
                    || l.trim_start().starts_with("Totalt  ")
            };
            let has_rows = page.lines().any(|l| unit_or_total(l) && l.contains('%'));
            let has_kinds_rows = page.lines().any(|l| unit_or_total(l) && !l.contains('%'));
            if page.contains("Basistiltak") {
                assert!(
                    has_kinds_rows,
                    "{units} enheter, side {}: tabellhodet for tiltakstype står alene:\n{page}",
                    i + 1
                );
            }
            if page.contains("Hittil i år") && !page.contains("Sykefravær hittil i år mot målet")
            {
                assert!(
                    has_rows,
                    "{units} enheter, side {}: tabellhodet står alene:\n{page}",
                    i + 1
                );
            }
            if page.contains("Totalt = Σ tapte") && !has_rows {
                notes_alone += 1;
            }
        }
    }
    assert!(
        notes_alone > 0,
        "no case put the notes on a page of their own"
    );
}

/// The table «Tiltak etter type og innsats» after the notes: a line per unit with its six
/// counts, the total, in bokmål and nynorsk. Enhet 00 has 2 basis (helsefremmende) and
/// 1 person (forebyggende); Enhet 01 has a measure with neither.
#[test]
fn the_measures_by_tiltakstype_and_innsats_have_a_table_of_their_own() {
    use tavle::model::{MeasureKind, MeasureLevel, Row};
    let measure = |kind, level| Row {
        measure: "Tiltak".into(),
        kind,
        level,
        ..Row::default()
    };
    let boards: Vec<LoadedBoard> = (0..3)
        .map(|n| {
            let mut board = Board::new(format!("Enhet {n:02}"), 2025);
            board.absence = vec![AbsenceMonth::from_days(
                "2025-01".parse().unwrap(),
                400.0,
                20.0 + n as f64,
            )];
            board.rows = match n {
                0 => vec![
                    measure(Some(MeasureKind::Basis), Some(MeasureLevel::Promoting)),
                    measure(Some(MeasureKind::Basis), Some(MeasureLevel::Promoting)),
                    measure(Some(MeasureKind::Person), Some(MeasureLevel::Preventive)),
                ],
                1 => vec![measure(None, None)],
                _ => Vec::new(),
            };
            LoadedBoard {
                file: PathBuf::from(format!("/delt/{n}.tavle")),
                id: BoardId(1),
                board,
                last_changed: None,
                folder: String::new(),
            }
        })
        .collect();
    let r = roll_up(
        Loaded {
            boards,
            skipped: Vec::new(),
        },
        Some(2025),
        NaiveDate::from_ymd_opt(2025, 4, 1).unwrap(),
    );
    for (lang, heads) in [
        (
            Lang::Nb,
            "Enhet Basistiltak Persontiltak Prosjekttiltak Helsefremmende Forebyggende Reparerende",
        ),
        (
            Lang::Nn,
            "Eining Basistiltak Persontiltak Prosjekttiltak Helsefremjande Førebyggjande Reparerande",
        ),
    ] {
        let pdf = tavle::print::rollup_pdf_in(&r, NaiveDate::from_ymd_opt(2025, 4, 1).unwrap(), lang)
            .unwrap();
        if let Some(dir) = std::env::var_os("TAVLE_PRINT_KEEP") {
            std::fs::create_dir_all(&dir).unwrap();
            let name = format!("rollup-kinds-{lang:?}.pdf").to_lowercase();
            std::fs::write(std::path::Path::new(&dir).join(name), &pdf).unwrap();
        }
        let text: String = pages_text(&pdf).join("\n");
        let squeezed: Vec<String> = text
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        let after = squeezed
            .iter()
            .position(|l| l.contains("Tiltak etter type og innsats"))
            .unwrap_or_else(|| panic!("{text}"));
        let table = &squeezed[after..];
        assert!(table.iter().any(|l| l == heads), "{text}");
        let line = |first: &str| {
            table
                .iter()
                .find(|l| l.starts_with(first))
                .unwrap_or_else(|| panic!("{first}: {text}"))
                .clone()
        };
        assert_eq!(line("Enhet 00"), "Enhet 00 2 1 0 2 1 0");
        assert_eq!(line("Enhet 01"), "Enhet 01 0 0 0 0 0 0");
        assert_eq!(line("Enhet 02"), "Enhet 02 0 0 0 0 0 0");
        assert_eq!(line("Totalt"), "Totalt 2 1 0 2 1 0");
    }
}
