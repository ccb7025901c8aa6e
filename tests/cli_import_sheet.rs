//! `tavle import FILE SHEET`: a leader's own spreadsheet (made in LibreOffice with Norwegian
//! settings, saved as .xlsx, .ods, .xls and .csv; see `tests/fixtures/sheets/LAG.md`), a
//! workbook written by Tavle, and every bad input: a clear Norwegian message, exit code 2,
//! and the `.tavle` file byte for byte as it was.

mod cli_support;
use cli_support::Scratch;

use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/sheets")
        .join(name)
}

fn arg(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Imports `sheet` into the scratch file with extra args; returns the run.
fn import(s: &Scratch, sheet: &Path, extra: &[&str]) -> cli_support::Run {
    let mut args = vec![arg(sheet)];
    args.extend_from_slice(extra);
    s.run("import", &args)
}

#[test]
fn a_leaders_sheet_in_every_format_gives_the_same_board() {
    let mut shown = Vec::new();
    for name in [
        "leder-tiltak.xlsx",
        "leder-tiltak.ods",
        "leder-tiltak.xls",
        "leder-tiltak.csv",
    ] {
        let s = Scratch::new();
        // The comment column holds text and the sheet a status word none of the six: refused
        // until the user says what they are, with nothing written.
        let err = import(&s, &fixture(name), &[]).refused();
        assert!(
            err.contains("«Kommentar fra leder», første verdier: «Tatt opp på personalmøtet»")
                && err.contains("--column \"Kommentar fra leder=-\""),
            "{name}: {err}"
        );
        assert!(!s.file.exists(), "{name}: nothing written");
        let err = import(&s, &fixture(name), &["--column", "Kommentar fra leder=-"]).refused();
        assert!(
            err.contains("«Venter på svar» i ")
                && err.contains("--status \"Venter på svar=Pågår\""),
            "{name}: {err}"
        );
        let run = import(
            &s,
            &fixture(name),
            &[
                "--column",
                "Kommentar fra leder=-",
                "--status",
                "Venter på svar=På vent",
            ],
        );
        assert_eq!(run.code, 0, "{name}: {run:?}");
        let report = run.stderr.clone();
        let id = run.stdout.trim().to_string();
        assert_eq!(id, "1", "{name}: the new board's id on stdout");
        // The report: where the header was found, what each column became, what was ignored.
        assert!(report.contains("overskrifter på rad 4"), "{name}: {report}");
        assert!(report.contains("«MÅL» → Mål"), "{report}");
        assert!(report.contains("«IDÉ» → Ideer"), "{report}");
        assert!(report.contains("«ANSVARLIG» → Ansvar"), "{report}");
        assert!(report.contains("«NÅR?» → Når?"), "{report}");
        assert!(
            report.contains("Ukjente kolonner, ikke importert:")
                && report.contains("«Kommentar fra leder»"),
            "left out on purpose, and said so: {report}"
        );
        // Unreadable cells with sheet, row and column.
        assert!(
            report.contains("rad 10, kolonne")
                && report.contains("«31.02.2025» ser ut som en dato, men dagen finnes ikke"),
            "{report}"
        );
        assert!(
            report.contains("Hoppet over (verken Mål eller Tiltak): rad 13"),
            "{report}"
        );

        let list = s.run("list", &[]).ok();
        assert!(
            list.contains("Barnehagen Solstua"),
            "unit from «Enhet:» above the header: {list}"
        );
        assert!(list.contains("2025"), "year from the title: {list}");
        let json = s.run("export", &["--board", "1", "--format", "json"]).ok();
        let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
        // Each import is a board of its own, with an identity of its own.
        assert_eq!(v["board"]["identity"].as_str().map(str::len), Some(32));
        v["board"].as_object_mut().unwrap().remove("identity");
        let json = v.to_string();
        let rows = v["board"]["rows"].as_array().unwrap();
        assert_eq!(rows.len(), 8, "{name}");
        let statuses: Vec<&str> = rows.iter().map(|r| r["status"].as_str().unwrap()).collect();
        assert_eq!(
            statuses,
            [
                "done",        // Ferdig
                "in_progress", // Startet
                "in_progress", // Påbegynt
                "ongoing",     // Løpende
                "not_started", // Ikke påbegynt
                "paused",      // Utsatt
                "dropped",     // Kansellert
                "paused",      // Venter på svar, as the user said
            ],
            "{name}"
        );
        // A date cell (or dd.mm.åååå text) is the Frist; spoken Når? text stays as it is.
        assert_eq!(rows[0]["due"], "2025-03-15", "{name}");
        assert_eq!(rows[1]["due"], "2025-04-01", "{name}: 1.4.25");
        assert_eq!(rows[2]["when"], "i.a. mai");
        assert_eq!(rows[2]["due"], serde_json::Value::Null);
        assert_eq!(rows[3]["when"], "Alltid");
        assert_eq!(rows[5]["when"], "31.02.2025", "kept as text");
        assert_eq!(rows[5]["due"], serde_json::Value::Null);
        assert_eq!(rows[0]["owner"], "Pedagogisk leder");
        assert_eq!(rows[0]["ideas"], "Fast tidspunkt for overlevering");
        shown.push(json);
    }
    assert!(
        shown.windows(2).all(|w| w[0] == w[1]),
        "all four formats agree"
    );
}

#[test]
fn preview_prints_the_report_and_the_rows_and_writes_nothing() {
    let s = Scratch::new();
    let out = import(
        &s,
        &fixture("leder-tiltak.xlsx"),
        &[
            "--preview",
            "--column",
            "Kommentar fra leder=-",
            "--status",
            "Venter på svar=Pågår",
        ],
    )
    .ok();
    assert!(
        out.contains("Import fra «leder-tiltak.xlsx» (eget regneark)"),
        "{out}"
    );
    assert!(
        out.contains("Enhet: Barnehagen Solstua    År: 2025"),
        "{out}"
    );
    assert!(
        out.contains("  1. Bedre overlevering mellom vaktene |"),
        "{out}"
    );
    assert!(out.contains("frist 15.03.2025 | Fullført"), "{out}");
    assert!(out.contains("Ingenting er importert (--preview)."), "{out}");
    assert!(!s.file.exists(), "--preview creates no file");
}

#[test]
fn a_sheet_without_unit_and_year_needs_unit_and_year() {
    let s = Scratch::new();
    let sheet = fixture("uten-enhet.csv");
    let err = import(&s, &sheet, &[]).refused();
    assert!(
        err.contains("hvilken enhet") && err.contains("--unit"),
        "{err}"
    );
    assert!(!s.file.exists(), "nothing written");
    let err = import(&s, &sheet, &["--unit", "Sykehjemmet"]).refused();
    assert!(
        err.contains("hvilket år") && err.contains("--year"),
        "{err}"
    );
    assert!(!s.file.exists());
    import(&s, &sheet, &["--unit", "Sykehjemmet", "--year", "2026"]).ok();
    let list = s.run("list", &[]).ok();
    assert!(
        list.contains("Sykehjemmet") && list.contains("2026"),
        "{list}"
    );
    let json = s.run("export", &["--board", "1", "--format", "json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    // A comma-separated file, header Tiltak/Ansvar/Frist/Status.
    assert_eq!(v["board"]["rows"][0]["measure"], "Innføre overlevering");
    assert_eq!(v["board"]["rows"][0]["due"], "2025-03-15");
    assert_eq!(v["board"]["rows"][0]["status"], "in_progress");
    let err = import(&s, &sheet, &["--unit", "X", "--year", "1999"]).refused();
    assert!(err.contains("1999"), "{err}");
}

#[test]
fn an_exported_workbook_imports_back_equal_to_the_json_round_trip() {
    let (s, id) = Scratch::with_example();
    let xlsx = s.path("tavle.xlsx");
    let out = s.export_to(&id, "xlsx", &xlsx);
    let out = out.ok();
    assert!(!out.contains("ikke støttet"), "{out}");
    assert!(
        std::fs::read(&xlsx).unwrap().starts_with(b"PK"),
        "a real .xlsx (zip)"
    );
    let original = s.run("export", &["--board", &id, "--format", "json"]).ok();

    let other = Scratch::new();
    let run = import(&other, &xlsx, &[]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.contains("arbeidsbok fra Tavle"),
        "{}",
        run.stderr
    );
    let back = other
        .run("export", &["--board", "1", "--format", "json"])
        .ok();
    assert_eq!(back, original);
}

#[test]
fn export_xlsx_help_no_longer_says_not_supported() {
    let help = cli_support::tavle(["export", "--help"]).ok();
    assert!(
        help.contains("xlsx") && !help.contains("ikke støttet"),
        "{help}"
    );
    let help = cli_support::tavle(["import", "--help"]).ok();
    for word in [".xlsx", ".ods", ".csv", "--unit", "--year", "--preview"] {
        assert!(help.contains(word), "{word}: {help}");
    }
}

// ---------------------------------------------------------------- bad input

/// Imports `sheet` into a file that already holds the example board and checks the refusal:
/// exit code 2, a Norwegian message, the `.tavle` file byte for byte the same.
fn refused_and_unchanged(sheet: &Path) -> String {
    let (s, _) = Scratch::with_example();
    let before = s.file_bytes();
    let err = import(&s, sheet, &[]).refused();
    assert!(err.contains("Ingenting er importert"), "{err}");
    assert_eq!(s.file_bytes(), before, "the .tavle file is unchanged");
    let list = s.run("list", &[]).ok();
    assert_eq!(
        list.lines()
            .filter(|l| l.contains("Hjemmesykepleien"))
            .count(),
        1,
        "{list}"
    );
    err
}

#[test]
fn a_file_that_is_not_a_spreadsheet_is_refused() {
    let s = Scratch::new();
    let pdf = s.write(
        "tiltak.xlsx",
        b"%PDF-1.4\n1 0 obj << >> endobj\n\x00\x01binary",
    );
    let err = refused_and_unchanged(&pdf);
    assert!(err.contains("er ikke et regneark Tavle kan lese"), "{err}");
    let png = s.write(
        "bilde.ods",
        std::fs::read(fixture("../../../docs/report.png")).unwrap(),
    );
    let err = refused_and_unchanged(&png);
    assert!(err.contains("er ikke et regneark"), "{err}");
}

#[test]
fn a_damaged_zip_is_refused() {
    let s = Scratch::new();
    let whole = std::fs::read(fixture("leder-tiltak.xlsx")).unwrap();
    let cut = s.write("avkuttet.xlsx", &whole[..whole.len() / 2]);
    let err = refused_and_unchanged(&cut);
    assert!(err.contains("skadet eller ufullstendig"), "{err}");
}

#[test]
fn a_password_protected_workbook_is_refused() {
    let err = refused_and_unchanged(&fixture("passord.xlsx"));
    assert!(err.contains("beskyttet med passord"), "{err}");
    assert!(err.contains("ta bort passordet"), "{err}");
}

#[test]
fn an_empty_sheet_is_refused() {
    let err = refused_and_unchanged(&fixture("tomt.xlsx"));
    assert!(err.contains("«Ark1» er tomt"), "{err}");
    let s = Scratch::new();
    let err = refused_and_unchanged(&s.write("tom.csv", b""));
    assert!(err.contains("er tom"), "{err}");
}

#[test]
fn a_goal_merged_down_over_rows_is_filled_into_each_row() {
    // Made in LibreOffice: a title merged across the top (above the table) and Mål merged
    // down over two rows: the Mål belongs to both.
    let s = Scratch::new();
    let run = import(
        &s,
        &fixture("sammenslatte.xlsx"),
        &["--unit", "Sykehjemmet", "--year", "2025"],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let json = s.run("export", &["--board", "1", "--format", "json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rows = v["board"]["rows"].as_array().unwrap();
    assert!(rows.len() >= 2, "{json}");
    assert_eq!(rows[0]["goal"], rows[1]["goal"], "{json}");
    assert!(!rows[1]["goal"].as_str().unwrap().is_empty(), "{json}");
}

#[test]
fn a_sheet_with_a_million_rows_is_refused_without_reading_it_all() {
    let s = Scratch::new();
    // A CSV of 60 000 rows (one of a million is 32 MB, refused by its size before its rows
    // are counted).
    let mut csv = String::from("Mål;Tiltak;Status\n");
    for i in 0..60_000 {
        csv.push_str(&format!("Mål {i};Tiltak {i};Pågår\n"));
    }
    let path = s.write("million.csv", csv);
    let err = refused_and_unchanged(&path);
    assert!(err.contains("har mer enn 50 000 rader"), "{err}");
    // An .xlsx whose last cell is on row 1 000 000.
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.write_string(0, 0, "Mål").unwrap();
    ws.write_string(0, 1, "Tiltak").unwrap();
    ws.write_string(1, 0, "Bedre overlevering").unwrap();
    ws.write_string(999_999, 1, "Siste rad").unwrap();
    let path = s.write("million.xlsx", book.save_to_buffer().unwrap());
    let err = refused_and_unchanged(&path);
    assert!(err.contains("har mer enn 50 000 rader"), "{err}");
}

#[test]
fn a_formula_error_cell_is_refused_with_its_place() {
    // Made in LibreOffice: =1/0 in the Status column.
    let err = refused_and_unchanged(&fixture("formelfeil.xlsx"));
    assert!(
        err.contains("cellen D3 i arket «Tiltak» har formelfeilen #DIV/0!"),
        "{err}"
    );
}

#[test]
fn a_windows_1252_csv_is_refused_with_what_to_do() {
    // Saved by LibreOffice with the Windows-1252 character set, as old Excel does.
    let err = refused_and_unchanged(&fixture("windows-1252.csv"));
    assert!(err.contains("Windows-1252"), "{err}");
    assert!(err.contains("CSV UTF-8"), "{err}");
}

#[test]
fn a_sheet_without_a_header_row_writes_nothing() {
    let s = Scratch::new();
    let path = s.write("noe.csv", "Navn;Telefon\nKari;12345678\n");
    let err = refused_and_unchanged(&path);
    assert!(err.contains("Fant ingen overskriftsrad"), "{err}");
    let fresh = Scratch::new();
    import(&fresh, &path, &[]).refused();
    assert!(!fresh.file.exists(), "no .tavle file created");
}

#[test]
fn a_missing_sheet_file_is_named() {
    let s = Scratch::new();
    let run = import(&s, &s.path("finnes-ikke.xlsx"), &[]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("Finner ikke regnearket"),
        "{}",
        run.stderr
    );
}
