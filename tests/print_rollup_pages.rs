//! The overview's PDF over several pages: a page that holds only the notes starts with the
//! running title, not with an empty repeated table header (which looks like a table that
//! lost its rows).

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
            let has_rows = (0..units).any(|n| page.contains(&format!("Enhet {n:02}")))
                || page.lines().any(|l| l.trim_start().starts_with("Totalt  "));
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
