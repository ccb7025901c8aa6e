//! `tavle export --format csv` gives a file Excel in Norway opens right: UTF-8 with BOM,
//! `;` between cells, Norwegian header and status words, dates as dd.mm.yyyy, RFC 4180
//! quoting, CRLF line ends, and no cell that Excel would run as a formula.

mod cli_support;
use cli_support::{exchange, Scratch};

use serde_json::json;

#[test]
fn the_example_board_exports_as_excel_csv() {
    let (s, id) = Scratch::with_example();
    let out = s.path("tiltak.csv");
    s.export_to(&id, "csv", &out).ok();
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM first");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Mål;Ideer;Tiltak;Tiltakstype;Innsats;Ansvar;Når;Frist;Status;Resultat"
    );
    assert_eq!(
        lines.len(),
        5,
        "header, three rows, empty after the last CRLF: {text}"
    );
    assert!(lines[1].starts_with("Lettere samarbeid med korttidsavdelingen;"));
    assert!(
        lines[1].ends_with(";Skal være på plass i.a. Februar.;28.02.2025;Pågår;"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].ends_with(";15.03.2025;Ikke startet;"),
        "{}",
        lines[2]
    );
    assert!(lines[3].ends_with(";Alltid.;;Løpende;"), "{}", lines[3]);
}

#[test]
fn csv_quotes_and_defuses_what_it_must() {
    let s = Scratch::new();
    let id = s.import_text(&exchange(json!({
        "unit": "Enhet",
        "year": 2025,
        "rows": [
            { "goal": "Mål; med semikolon", "ideas": "Si \"hei\"", "measure": "Linje 1\nLinje 2",
              "owner": "=HYPERLINK(\"http://x\")", "when": "-1 dag", "status": "done", "result": "+5 % nærvær" },
            { "goal": "Enkel", "status": "dropped" }
        ]
    })));
    let run = s.run("export", &["--board", &id, "--format", "csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = String::from_utf8(run.stdout_bytes).unwrap();
    assert!(text.starts_with('\u{feff}'));
    assert!(text.contains(
        "\r\n\"Mål; med semikolon\";\"Si \"\"hei\"\"\";\"Linje 1\nLinje 2\";;;\"'=HYPERLINK(\"\"http://x\"\")\";'-1 dag;;Fullført;'+5 % nærvær\r\n"
    ), "{text}");
    assert!(text.ends_with("\r\nEnkel;;;;;;;;Avbrutt;\r\n"), "{text}");
}

#[test]
fn xlsx_is_written_as_a_workbook_and_never_over_the_tavle_file() {
    // Excel is supported now (tests/xlsx_export.rs reads the workbook back in detail).
    let (s, id) = Scratch::with_example();
    let out = s.path("tavle.xlsx");
    s.export_to(&id, "xlsx", &out).ok();
    assert!(
        std::fs::read(&out).unwrap().starts_with(b"PK\x03\x04"),
        "a zip: .xlsx"
    );
    let before = s.file_bytes();
    let err = s.export_to(&id, "xlsx", &s.file.clone()).refused();
    assert!(err.contains("selve tavlefilen"), "{err}");
    assert_eq!(s.file_bytes(), before);
}

#[test]
fn an_export_into_a_folder_that_does_not_exist_is_an_io_error_with_exit_code_1() {
    let (s, id) = Scratch::with_example();
    for format in ["csv", "json", "xlsx"] {
        let out = s.path("finnes-ikke").join(format!("tiltak.{format}"));
        let run = s.export_to(&id, format, &out);
        assert_eq!(run.code, 1, "{format}: {}", run.stderr);
        assert!(
            run.stderr.contains("finnes ikke"),
            "{format}: {}",
            run.stderr
        );
        assert!(!out.exists());
    }
}
