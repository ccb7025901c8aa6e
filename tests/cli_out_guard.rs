//! `-o` never destroys what is not the output's own: a `.tavle` file, a snapshot in the
//! HR folder, another program's database, or a file of another kind. Such a name is refused
//! (exit 2) before anything is read or written, and the file is left byte for byte.

mod cli_support;

use std::ffi::OsStr;
use std::path::Path;

use cli_support::{tavle, Scratch};

/// Asserts a refusal (exit 2, a Norwegian message that names the file) that left `path`
/// exactly as `before` (or still missing), and returns the message.
fn refused_untouched(run: cli_support::Run, path: &Path, before: Option<&[u8]>) -> String {
    let message = run.refused();
    assert!(
        message.contains(&path.display().to_string()),
        "the message should name the file: {message}"
    );
    assert!(message.contains("Ingenting er endret"), "{message}");
    match before {
        Some(bytes) => assert_eq!(std::fs::read(path).unwrap(), bytes, "{message}"),
        None => assert!(!path.exists(), "{} was created", path.display()),
    }
    message
}

#[test]
fn export_refuses_to_write_over_another_tavle_file() {
    let (s, id) = Scratch::with_example();
    let other = Scratch::new();
    other.import_example();
    let before = other.file_bytes();
    let message = refused_untouched(
        s.export_to(&id, "csv", &other.file),
        &other.file,
        Some(&before),
    );
    assert!(message.contains(".tavle"), "{message}");
    // A new name ending in .tavle (any case) is refused too, and not created.
    let new = s.path("ny.TAVLE");
    refused_untouched(s.export_to(&id, "json", &new), &new, None);
}

#[test]
fn rollup_refuses_to_write_over_a_snapshot_in_the_shared_folder() {
    let (s, _) = Scratch::with_example();
    let share = tempfile::tempdir().unwrap();
    tavle([
        OsStr::new("publish"),
        s.file.as_os_str(),
        OsStr::new("--to"),
        share.path().as_os_str(),
    ])
    .ok();
    let snapshot = share.path().join("Hjemmesykepleien 2025.tavle");
    let before = std::fs::read(&snapshot).unwrap();
    for format in ["csv", "text", "pdf", "xlsx"] {
        let run = tavle([
            OsStr::new("rollup"),
            share.path().as_os_str(),
            OsStr::new("--format"),
            OsStr::new(format),
            OsStr::new("-o"),
            snapshot.as_os_str(),
        ]);
        refused_untouched(run, &snapshot, Some(&before));
    }
    // The same snapshot under a name that does not say .tavle is still a database.
    let renamed = share.path().join("oversikt.csv");
    std::fs::rename(&snapshot, &renamed).unwrap();
    let run = tavle([
        OsStr::new("rollup"),
        share.path().as_os_str(),
        OsStr::new("--format"),
        OsStr::new("csv"),
        OsStr::new("-o"),
        renamed.as_os_str(),
    ]);
    let message = refused_untouched(run, &renamed, Some(&before));
    assert!(message.contains("database"), "{message}");
}

#[test]
fn a_database_under_any_name_is_never_replaced_by_an_export_or_a_print() {
    let (s, id) = Scratch::with_example();
    let before = s.file_bytes();
    for name in ["tavle.csv", "tavle.json", "tavle.xlsx", "tavle.pdf"] {
        let copy = s.write(name, &before);
        let format = name.rsplit('.').next().unwrap();
        let run = if format == "pdf" {
            s.print_to(&id, "board", None, &copy)
        } else {
            s.export_to(&id, format, &copy)
        };
        let message = refused_untouched(run, &copy, Some(&before));
        assert!(message.contains("database"), "{name}: {message}");
    }
}

#[test]
fn an_existing_file_of_another_kind_is_refused_and_one_of_the_same_kind_replaced() {
    let (s, id) = Scratch::with_example();
    // A board exchange file (JSON) is not replaced by a CSV, nor notes by JSON.
    let json = s.write("tavle.json", "{\"format\": \"tavle-board\"}\n");
    let message = refused_untouched(
        s.export_to(&id, "csv", &json),
        &json,
        Some(b"{\"format\": \"tavle-board\"}\n"),
    );
    assert!(message.contains("CSV"), "{message}");
    let notes = s.write("notater.txt", "Husk møtet.\n");
    refused_untouched(
        s.export_to(&id, "json", &notes),
        &notes,
        Some("Husk møtet.\n".as_bytes()),
    );
    // A text file is not replaced by a PDF, nor a PDF by a workbook.
    let text_pdf = s.write("notat.pdf", "bare tekst\n");
    let message = refused_untouched(
        s.print_to(&id, "board", None, &text_pdf),
        &text_pdf,
        Some(b"bare tekst\n"),
    );
    assert!(message.contains("PDF"), "{message}");
    let pdf = s.path("tavle.pdf");
    s.print_to(&id, "board", None, &pdf).ok();
    let pdf_bytes = std::fs::read(&pdf).unwrap();
    refused_untouched(s.export_to(&id, "xlsx", &pdf), &pdf, Some(&pdf_bytes));

    // The same kind is replaced: a PDF over a PDF, a CSV over a CSV, a workbook over a
    // workbook, JSON over JSON; and an empty file is nothing to lose.
    s.print_to(&id, "plan", None, &pdf).ok();
    assert_ne!(std::fs::read(&pdf).unwrap(), pdf_bytes);
    let csv = s.write("rader.csv", "Mål;Tiltak\r\nen;to\r\n");
    s.export_to(&id, "csv", &csv).ok();
    assert_ne!(
        std::fs::read(&csv).unwrap(),
        "Mål;Tiltak\r\nen;to\r\n".as_bytes()
    );
    let xlsx = s.path("tavle.xlsx");
    s.export_to(&id, "xlsx", &xlsx).ok();
    s.export_to(&id, "xlsx", &xlsx).ok();
    s.export_to(&id, "json", &json).ok();
    assert!(std::fs::read_to_string(&json)
        .unwrap()
        .contains("Hjemmesykepleien"));
    let empty = s.write("tom.csv", "");
    s.export_to(&id, "csv", &empty).ok();
    assert!(std::fs::metadata(&empty).unwrap().len() > 0);
}

#[test]
fn a_refusal_is_said_in_nynorsk_too() {
    let (s, id) = Scratch::with_example();
    let other = s.write("anna.tavle", b"x");
    let run = tavle([
        OsStr::new("--lang"),
        OsStr::new("nn"),
        OsStr::new("export"),
        s.file.as_os_str(),
        OsStr::new("--board"),
        OsStr::new(&id),
        OsStr::new("--format"),
        OsStr::new("csv"),
        OsStr::new("-o"),
        other.as_os_str(),
    ]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("Ingenting er endra"), "{}", run.stderr);
    assert!(
        run.stderr.contains("blir aldri lagra under det"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read(&other).unwrap(), b"x");
}
