//! The board's rows as CSV for Excel in Norway: `;`, UTF-8 with BOM, CRLF, Norwegian
//! status words and dates, and cells Excel would run as formulas defused (all by the one
//! [`ExcelCsv`] writer).
//!
//! The header and the status words are in the current language ([`Lang::current`]). A CSV
//! written in either language is read back by `tavle import` (the spreadsheet import knows
//! both languages' header and status words; the tests below see to it).

use std::io::Write;

use super::excel_csv::ExcelCsv;
use tavle_model::error::{Error, Result};
use tavle_model::lang::Lang;
use tavle_model::model::{Board, FIELDS};

/// The header of the rows CSV in `lang`, one word per field of [`FIELDS`]:
/// `Mål;Ideer;Tiltak;Ansvar;Når;Frist;Status;Resultat` in bokmål.
pub fn csv_header(lang: Lang) -> Vec<String> {
    FIELDS.iter().map(|spec| lang.text(spec.csv)).collect()
}

/// Writes the board's rows as CSV for Excel in Norway: `;`, UTF-8 with BOM, decimal comma,
/// status words and header ([`csv_header`]) in the current language.
///
/// The rows have no numeric columns today; dates are `dd.mm.yyyy`, which Excel in Norway
/// reads as dates. Quoting is RFC 4180 (fields with `;`, `"` or line breaks), lines end in
/// CRLF.
pub fn write_rows_csv(board: &Board, writer: impl Write) -> Result<()> {
    // A write that fails is the disk's fault, not the board's: exit 1, not 2.
    let io_err = |source: std::io::Error| Error::Io {
        path: std::path::PathBuf::from(tavle_model::tr!("exchange-csv-file")),
        source,
    };
    let mut csv = ExcelCsv::new(writer).map_err(io_err)?;
    let lang = Lang::current();
    csv.record(csv_header(lang)).map_err(io_err)?;
    for row in &board.rows {
        // The text as typed, the date as `dd.mm.yyyy`, the status's and the choices' words.
        let cells = FIELDS.iter().map(|spec| row.shown(spec.field, lang));
        csv.record(cells).map_err(io_err)?;
    }
    csv.finish().map_err(io_err)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::json::tests::sample;
    use crate::sheet_import::ImportOptions;
    use tavle_model::lang;
    use tavle_model::model::{Row, Status};

    fn csv_of(b: &Board) -> String {
        let mut out = Vec::new();
        write_rows_csv(b, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_has_a_bom_the_norwegian_header_and_crlf() {
        let out = csv_of(&sample());
        assert!(out.starts_with(
            "\u{feff}Mål;Ideer;Tiltak;Tiltakstype;Innsats;Ansvar;Når;Frist;Status;Resultat\r\n"
        ));
        assert!(
            out.contains(
                "\r\nLettere samarbeid;;Lage prosedyre;;;Alle;i.a. februar;28.02.2025;Pågår;\r\n"
            ),
            "{out}"
        );
    }

    #[test]
    fn csv_in_nynorsk_has_the_nynorsk_header_and_status_words() {
        let mut b = sample();
        b.rows[0].status = Status::NotStarted;
        let out = lang::with(Lang::Nn, || csv_of(&b));
        assert!(
            out.starts_with(
                "\u{feff}Mål;Idear;Tiltak;Tiltakstype;Innsats;Ansvar;Når;Frist;Status;Resultat\r\n"
            ),
            "{out}"
        );
        assert!(
            out.contains(
                "\r\nLettere samarbeid;;Lage prosedyre;;;Alle;i.a. februar;28.02.2025;Ikkje starta;\r\n"
            ),
            "{out}"
        );
    }

    /// A board with one row per status and every column filled.
    fn every_status_board() -> Board {
        let mut b = sample();
        let first = b.rows[0].clone();
        b.rows = Status::ALL
            .iter()
            .enumerate()
            .map(|(i, &status)| Row {
                goal: format!("Mål {i}"),
                ideas: format!("Idé {i}"),
                measure: format!("Tiltak {i}; med semikolon"),
                owner: format!("Ansvarleg {i}"),
                when_text: "Kvar veke".into(),
                due: Some(
                    tavle_model::model::parse_date(&format!("2025-0{}-1{i}", i + 1)).unwrap(),
                ),
                status,
                result: format!("Resultat {i}\nto linjer"),
                ..first.clone()
            })
            .collect();
        b
    }

    /// What `tavle import tiltak.csv` makes of the file, read in `reader`'s language.
    fn import(bytes: &[u8], reader: Lang) -> Board {
        let options = ImportOptions {
            unit: Some("Hjemmesykepleien".into()),
            year: Some(2025),
            ..ImportOptions::default()
        };
        let today = tavle_model::model::parse_date("2025-06-01").unwrap();
        lang::with(reader, || {
            crate::sheet_import::read_sheet_bytes("tiltak.csv", "csv", bytes, &options, today)
                .unwrap()
                .into_board()
                .unwrap()
        })
    }

    /// A CSV exported in nynorsk (or bokmål) is imported again with every column and every
    /// status, whichever language the import runs in.
    #[test]
    fn a_csv_export_in_either_language_imports_back() {
        let b = every_status_board();
        for writer in Lang::ALL {
            let bytes = lang::with(writer, || {
                let mut out = Vec::new();
                write_rows_csv(&b, &mut out).unwrap();
                out
            });
            for reader in Lang::ALL {
                let back = import(&bytes, reader);
                assert_eq!(back.rows.len(), b.rows.len(), "{writer} → {reader}");
                for (got, want) in back.rows.iter().zip(&b.rows) {
                    let what = format!("{writer} → {reader}: {got:?}");
                    assert_eq!(got.goal, want.goal, "{what}");
                    assert_eq!(got.ideas, want.ideas, "{what}");
                    assert_eq!(got.measure, want.measure, "{what}");
                    assert_eq!(got.owner, want.owner, "{what}");
                    assert_eq!(got.when_text, want.when_text, "{what}");
                    assert_eq!(got.due, want.due, "{what}");
                    assert_eq!(got.status, want.status, "{what}");
                    assert_eq!(got.result, want.result, "{what}");
                }
            }
        }
    }

    #[test]
    fn csv_quotes_semicolons_quotes_and_line_breaks() {
        let mut b = sample();
        b.rows[0].goal = "a;b".into();
        b.rows[0].ideas = "si \"hei\"".into();
        b.rows[0].measure = "linje 1\nlinje 2".into();
        let out = csv_of(&b);
        assert!(
            out.contains("\"a;b\";\"si \"\"hei\"\"\";\"linje 1\nlinje 2\";"),
            "{out}"
        );
    }

    #[test]
    fn csv_cells_that_excel_would_run_as_formulas_are_defused() {
        let mut b = sample();
        b.rows[0].goal = "=HYPERLINK(\"http://x\")".into();
        b.rows[0].ideas = "+1".into();
        b.rows[0].measure = "-2+3".into();
        b.rows[0].owner = "@SUM(A1)".into();
        let out = csv_of(&b);
        assert!(
            out.contains("\"'=HYPERLINK(\"\"http://x\"\")\";'+1;'-2+3;;;'@SUM(A1);"),
            "{out}"
        );
    }
}
