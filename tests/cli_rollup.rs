//! `tavle publish` and `tavle rollup` as a leader and HR use them.

mod cli_support;

use std::ffi::OsStr;
use std::path::Path;

use cli_support::{tavle, Scratch};

fn publish(s: &Scratch, share: &Path) -> String {
    tavle([
        OsStr::new("publish"),
        s.file.as_os_str(),
        OsStr::new("--to"),
        share.as_os_str(),
    ])
    .ok()
}

fn rollup(args: &[&OsStr]) -> cli_support::Run {
    let mut all = vec![OsStr::new("rollup")];
    all.extend_from_slice(args);
    tavle(all)
}

#[test]
fn publish_names_the_file_by_unit_and_year_and_a_second_publish_replaces_it() {
    let (s, _) = Scratch::with_example();
    let share = tempfile::tempdir().unwrap();
    let out = publish(&s, share.path());
    assert!(out.contains("Delt Hjemmesykepleien 2025"), "{out}");
    assert!(share.path().join("Hjemmesykepleien 2025.tavle").exists());
    let out = publish(&s, share.path());
    assert!(out.contains("erstattet forrige deling"), "{out}");
    assert_eq!(std::fs::read_dir(share.path()).unwrap().count(), 1);
}

#[test]
fn publish_to_a_missing_folder_exits_2_and_writes_nothing() {
    let (s, id) = Scratch::with_example();
    let missing = s.path("ingen-mappe");
    let err = s
        .run(
            "publish",
            &["--to", missing.to_str().unwrap(), "--board", &id],
        )
        .refused();
    assert!(err.contains("Fant ikke mappen"), "{err}");
    assert!(!missing.exists());
}

#[test]
fn rollup_shows_every_unit_lists_skipped_files_on_stderr_and_exits_0() {
    let (s, _) = Scratch::with_example();
    let share = tempfile::tempdir().unwrap();
    publish(&s, share.path());
    std::fs::write(share.path().join("rot.tavle"), "ikke en tavle her").unwrap();
    let run = rollup(&[
        share.path().as_os_str(),
        OsStr::new("--year"),
        OsStr::new("2025"),
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains("Oversikt over enheter 2025"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Hjemmesykepleien"));
    assert!(run.stdout.contains("Totalt"));
    assert!(run.stderr.starts_with("Hoppet over (1):"), "{}", run.stderr);
    assert!(
        run.stderr.contains("rot.tavle: ikke en Tavle-fil"),
        "{}",
        run.stderr
    );
}

#[test]
fn rollup_exits_2_only_when_nothing_could_be_read() {
    let share = tempfile::tempdir().unwrap();
    let run = rollup(&[share.path().as_os_str()]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("Fant ingen Tavle-filer"),
        "{}",
        run.stderr
    );
    std::fs::write(share.path().join("tom.tavle"), "").unwrap();
    let run = rollup(&[share.path().as_os_str()]);
    assert_eq!(run.code, 2);
    assert!(run
        .stderr
        .contains("tom.tavle: ikke en Tavle-fil (filen er tom)"));
}

#[test]
fn rollup_writes_csv_xlsx_and_a_pdf_for_the_steering_group() {
    let (s, _) = Scratch::with_example();
    let share = tempfile::tempdir().unwrap();
    publish(&s, share.path());
    let csv = rollup(&[
        share.path().as_os_str(),
        OsStr::new("--format"),
        OsStr::new("csv"),
    ])
    .ok();
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("\u{feff}Enhet;År;Sykefravær hittil i år (%)"));
    assert!(
        lines[1].starts_with("Hjemmesykepleien;2025;"),
        "{}",
        lines[1]
    );
    assert!(lines.last().unwrap().starts_with("Totalt;2025;"));

    let xlsx = s.path("oversikt.xlsx");
    rollup(&[
        share.path().as_os_str(),
        OsStr::new("--format"),
        OsStr::new("xlsx"),
        OsStr::new("-o"),
        xlsx.as_os_str(),
    ])
    .ok();
    assert_eq!(&std::fs::read(&xlsx).unwrap()[..2], b"PK");

    let pdf = s.path("oversikt.pdf");
    rollup(&[
        share.path().as_os_str(),
        OsStr::new("--format"),
        OsStr::new("pdf"),
        OsStr::new("-o"),
        pdf.as_os_str(),
    ])
    .ok();
    let text = std::process::Command::new("pdftotext")
        .args([pdf.as_os_str(), OsStr::new("-")])
        .output()
        .expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout);
    for expected in [
        "Oversikt over enheter 2025",
        "Hjemmesykepleien",
        "Totalt",
        "Sykefravær hittil i år mot målet",
        // The table and the bars on one page, the funnel on a page of its own.
        "side 1 av 2",
        "Traktdiagram",
        "side 2 av 2",
        "Skrevet ut",
    ] {
        assert!(text.contains(expected), "«{expected}» missing in:\n{text}");
    }
    let info = std::process::Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(
        info.contains("841.89 x 595.276") || info.contains("842 x 595"),
        "{info}"
    );
}

#[test]
fn rollup_refuses_pdf_without_an_output_file_and_an_unknown_sort_column() {
    let share = tempfile::tempdir().unwrap();
    let run = rollup(&[
        share.path().as_os_str(),
        OsStr::new("--format"),
        OsStr::new("pdf"),
    ]);
    let err = run.refused();
    assert!(err.contains("-o"), "{err}");
    let run = rollup(&[
        share.path().as_os_str(),
        OsStr::new("--sort"),
        OsStr::new("farge"),
    ]);
    let err = run.refused();
    assert!(err.contains("Ukjent kolonne «farge»"), "{err}");
}
