//! Which commands create a `.tavle` file, which refuse a missing one, and that output
//! files are whole or not there at all.

mod cli_support;
use cli_support::{tavle, Scratch, EXAMPLE};

#[test]
fn import_creates_the_file_and_prints_the_new_id() {
    let s = Scratch::new();
    assert!(!s.file.exists());
    let first = s.import_example();
    assert!(s.file.exists());
    let second = s.import_example();
    assert_ne!(first, second);
    let list = s.run("list", &[]).ok();
    assert_eq!(list.matches("Hjemmesykepleien").count(), 2, "{list}");
    assert!(
        list.contains("Ikke startet 1 · Pågår 1 · Løpende 1"),
        "{list}"
    );
}

#[test]
fn reading_commands_on_a_missing_file_say_so_and_create_nothing() {
    let s = Scratch::new();
    for (sub, args) in [
        ("list", vec![]),
        ("show", vec!["--board", "1"]),
        ("export", vec!["--board", "1", "--format", "json"]),
        ("due", vec![]),
        ("status", vec!["--row", "1", "--to", "done"]),
        (
            "absence",
            vec!["--board", "1", "--month", "2025-01", "--pct", "9"],
        ),
    ] {
        let err = s.run(sub, &args).refused();
        assert!(err.contains("Finner ikke filen"), "{sub}: {err}");
        assert!(!s.file.exists(), "{sub} created the file");
    }
}

#[test]
fn a_bad_import_file_does_not_create_the_tavle_file() {
    let s = Scratch::new();
    let err = s.try_import_text("{\"format\":\"tavle-board\"}").refused();
    assert!(err.contains("version"), "{err}");
    assert!(!s.file.exists());
    let missing = s.path("finnes-ikke.json");
    let err = tavle([
        "import",
        s.file.to_str().unwrap(),
        missing.to_str().unwrap(),
    ])
    .refused();
    assert!(err.contains("Finner ikke tavlefilen"), "{err}");
    assert!(!s.file.exists());
}

#[test]
fn a_file_that_is_not_a_tavle_file_is_refused_and_left_alone() {
    let s = Scratch::new();
    std::fs::write(&s.file, "dette er ikke en database").unwrap();
    let err = s.run("list", &[]).refused();
    assert!(err.contains("ikke en Tavle-fil"), "{err}");
    let run = tavle(["import", s.file.to_str().unwrap(), EXAMPLE]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(
        std::fs::read(&s.file).unwrap(),
        b"dette er ikke en database"
    );
}

#[test]
fn export_to_a_folder_that_does_not_exist_fails_and_leaves_nothing() {
    let (s, id) = Scratch::with_example();
    let out = s.path("mangler").join("ut.json");
    let run = s.export_to(&id, "json", &out);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.starts_with("Feil: "), "{}", run.stderr);
    assert!(!out.exists());
}

#[test]
fn print_writes_a_whole_pdf_and_no_temporary_files() {
    let (s, id) = Scratch::with_example();
    for (what, paper) in [
        ("board", "a3"),
        ("plan", "a4"),
        ("workshop", "a4"),
        ("report", "a3"),
    ] {
        let out = s.path(&format!("{what}.pdf"));
        let msg = s.print_to(&id, what, Some(paper), &out).ok();
        assert!(msg.contains("Utskriften er lagret"), "{msg}");
        let pdf = std::fs::read(&out).unwrap();
        assert!(pdf.starts_with(b"%PDF"), "{what} is a PDF");
    }
    let leftovers: Vec<_> = std::fs::read_dir(s.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn show_prints_the_whole_example_board() {
    let (s, id) = Scratch::with_example();
    let show = s.run("show", &["--board", &id]).ok();
    assert!(
        show.starts_with("Forbedringstavle – Hjemmesykepleien 2025\n"),
        "{show}"
    );
    assert!(show.contains("Fokus: trykkløst og trykksikkert"), "{show}");
    assert!(show.contains("Mål sykefravær: 7,0 %"), "{show}");
    // (44,5 + 38 + 35,2) / (420 + 400 + 430) = 9,4 %
    assert!(
        show.contains("Sykefravær hittil i år: 9,4 % (basert på dagsverk, 3 måneder)"),
        "{show}"
    );
    assert!(show.contains("Ansvar: Alle ansatte"), "{show}");
    assert!(show.contains("Prosjekt nærvær 2025"), "{show}");
    assert_eq!(cli_support::row_ids(&show).len(), 3, "{show}");
}

#[test]
fn importing_into_an_existing_file_keeps_a_backup_of_it_first() {
    let s = Scratch::new();
    s.import_example();
    s.import_example();
    let backups: Vec<_> = std::fs::read_dir(s.path("backups"))
        .expect("a backups folder beside the file")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "tavle"))
        .collect();
    assert!(!backups.is_empty(), "no backup taken before the import");
    // The backup holds the one board that was there before the import.
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("kopi.tavle");
    std::fs::copy(&backups[0], &copy).unwrap();
    let list = tavle(["list", copy.to_str().unwrap()]).ok();
    assert_eq!(list.matches("Hjemmesykepleien").count(), 1, "{list}");
}

#[test]
fn import_reads_the_board_from_standard_input_given_a_dash() {
    use std::io::Write;
    let s = Scratch::new();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(["import", s.file.to_str().unwrap(), "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&std::fs::read(EXAMPLE).unwrap())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "1");
    assert!(s.run("list", &[]).ok().contains("Hjemmesykepleien"));
}

#[test]
fn export_or_print_never_overwrites_the_tavle_file_itself() {
    let (s, id) = Scratch::with_example();
    let before = s.file_bytes();
    let err = s.export_to(&id, "json", &s.file).refused();
    assert!(err.contains("er selve tavlefilen"), "{err}");
    let err = s.print_to(&id, "board", None, &s.file).refused();
    assert!(err.contains("er selve tavlefilen"), "{err}");
    assert_eq!(s.file_bytes(), before);
}

#[test]
fn reading_a_file_leaves_no_wal_or_shm_files_beside_it() {
    let s = Scratch::new();
    s.import_example();
    for (sub, args) in [
        ("list", vec![]),
        ("show", vec!["--board", "1"]),
        ("due", vec![]),
    ] {
        s.run(sub, &args).ok();
        let mut beside: Vec<String> = std::fs::read_dir(s.file.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with("-wal") || name.ends_with("-shm"))
            .collect();
        beside.sort();
        assert!(beside.is_empty(), "{sub} left {beside:?}");
    }
}

#[test]
fn print_report_writes_the_year_report_on_a4_landscape_by_default() {
    let (s, id) = Scratch::with_example();
    let out = s.path("rapport.pdf");
    let msg = s.print_to(&id, "rapport", None, &out).ok();
    assert!(msg.contains("Utskriften er lagret"), "{msg}");
    let info = std::process::Command::new("pdfinfo")
        .arg(&out)
        .output()
        .expect("pdfinfo (poppler-utils) must be installed");
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("841.89 x 595.276 pts (A4)"), "{info}");
    assert!(info.contains("Årsrapport"), "{info}");
}
