//! The command line's edges, as a leader meets them in a walkthrough: status dates that
//! make sense, a history that can be put right, arguments the wrong way round, output
//! that cannot be written, standard output as `-o -`, and PDFs with real metadata.

mod cli_support;
use cli_support::{row_ids, Scratch, EXAMPLE};

use std::process::Command;

fn first_row(s: &Scratch, board: &str) -> String {
    row_ids(&s.run("show", &["--board", board]).ok())[0].clone()
}

#[test]
fn a_status_date_in_the_future_is_refused_and_the_file_is_unchanged() {
    let (s, id) = Scratch::with_example();
    let row = first_row(&s, &id);
    let before = s.file_bytes();
    let err = s
        .run(
            "status",
            &["--row", &row, "--to", "done", "--on", "2030-01-01"],
        )
        .refused();
    assert!(err.contains("etter i dag"), "{err}");
    assert_eq!(s.file_bytes(), before);
}

#[test]
fn a_status_date_before_the_boards_year_is_refused_but_january_after_it_is_fine() {
    let (s, id) = Scratch::with_example();
    let row = first_row(&s, &id);
    let err = s
        .run(
            "status",
            &["--row", &row, "--to", "done", "--on", "31.12.2024"],
        )
        .refused();
    assert!(err.contains("før tavlens år 2025"), "{err}");
    let out = s
        .run(
            "status",
            &["--row", &row, "--to", "done", "--on", "10.01.2026"],
        )
        .ok();
    assert!(out.contains("Fullført"), "{out}");
}

#[test]
fn the_same_status_again_adds_no_history_line() {
    let (s, id) = Scratch::with_example();
    let row = first_row(&s, &id);
    let history = |s: &Scratch| s.run("history", &["--row", &row]).ok();
    let lines_before = history(&s).lines().count();
    s.run(
        "status",
        &["--row", &row, "--to", "done", "--on", "01.06.2025"],
    )
    .ok();
    let out = s
        .run(
            "status",
            &["--row", &row, "--to", "done", "--on", "02.06.2025"],
        )
        .ok();
    assert!(out.contains("allerede «Fullført»"), "{out}");
    assert_eq!(history(&s).lines().count(), lines_before + 1);
}

/// The entry ids `tavle history` lists, oldest first.
fn entry_ids(history: &str) -> Vec<String> {
    history
        .lines()
        .skip_while(|l| !l.starts_with("Id "))
        .skip(1)
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| w.parse::<i64>().is_ok())
        .map(str::to_string)
        .collect()
}

#[test]
fn a_wrong_history_entry_is_corrected_or_removed_by_its_id() {
    let (s, id) = Scratch::with_example();
    let row = first_row(&s, &id);
    s.run(
        "status",
        &["--row", &row, "--to", "done", "--on", "01.03.2025"],
    )
    .ok();
    let ids = entry_ids(&s.run("history", &["--row", &row]).ok());
    assert!(ids.len() >= 2, "{ids:?}");
    let last = ids.last().unwrap().clone();
    let out = s
        .run(
            "history",
            &[
                "--row",
                &row,
                "--fix",
                &last,
                "--on",
                "15.04.2025",
                "--note",
                "Rettet",
            ],
        )
        .ok();
    assert!(
        out.contains("15.04.2025") && out.contains("Rettet"),
        "{out}"
    );
    let out = s.run("history", &["--row", &row, "--remove", &last]).ok();
    assert!(out.contains("er fjernet"), "{out}");
    assert!(!out.contains("Rettet"), "{out}");
    assert!(!s
        .run("show", &["--board", &id])
        .ok()
        .lines()
        .any(|l| l.contains("Rettet")));
    let err = s
        .run("history", &["--row", &row, "--remove", &last])
        .refused();
    assert!(
        err.contains(&format!("ingen endring med id {last}")),
        "{err}"
    );
}

#[test]
fn swapped_import_arguments_are_told_and_no_database_is_made_under_a_json_name() {
    let s = Scratch::new();
    let json = s.path("tavle.json");
    std::fs::copy(EXAMPLE, &json).unwrap();
    let tavle_file = s.path("enhet.tavle");
    let run = cli_support::tavle([
        "import",
        json.to_str().unwrap(),
        tavle_file.to_str().unwrap(),
    ]);
    let err = run.refused();
    assert!(err.contains("feil rekkefølge"), "{err}");
    assert_eq!(
        std::fs::read(&json).unwrap(),
        std::fs::read(EXAMPLE).unwrap()
    );
    for name in ["ny.json", "ny.csv", "ny.xlsx", "ny.pdf"] {
        let target = s.path(name);
        let run = cli_support::tavle(["import", target.to_str().unwrap(), EXAMPLE]);
        let err = run.refused();
        assert!(err.contains(".tavle"), "{err}");
        assert!(!target.exists(), "{name} was created");
    }
}

#[test]
fn output_that_cannot_be_written_is_told_in_norwegian_without_os_error() {
    let (s, id) = Scratch::with_example();
    let missing = s.path("finnes-ikke/tavle.pdf");
    let run = s.print_to(&id, "board", None, &missing);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("finnes ikke"), "{}", run.stderr);
    assert!(!run.stderr.contains("os error"), "{}", run.stderr);
    let run = s.export_to(&id, "csv", s.dir.path());
    let err = run.refused();
    assert!(err.contains("er en mappe"), "{err}");
    let run = s.print_to(&id, "board", None, s.dir.path());
    let err = run.refused();
    assert!(err.contains("er en mappe"), "{err}");
}

#[test]
fn a_locked_file_is_told_in_norwegian() {
    let (s, id) = Scratch::with_example();
    let row = first_row(&s, &id);
    // Another program holding the file: an exclusive transaction kept open.
    let holder = rusqlite::Connection::open(&s.file).unwrap();
    holder.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let run = s.run(
        "status",
        &["--row", &row, "--to", "done", "--on", "01.06.2025"],
    );
    holder.execute_batch("ROLLBACK").unwrap();
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("i bruk"), "{}", run.stderr);
    assert!(!run.stderr.contains("locked"), "{}", run.stderr);
    assert!(!run.stderr.contains("os error"), "{}", run.stderr);
}

#[test]
fn dash_o_writes_the_pdf_and_the_export_to_standard_output() {
    let (s, id) = Scratch::with_example();
    let run = s.run("print", &["--board", &id, "--what", "plan", "-o", "-"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout_bytes.starts_with(b"%PDF"));
    assert!(!s.path("-").exists());
    let run = s.run("export", &["--board", &id, "--format", "json", "-o", "-"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("\"tavle-board\""));
    assert!(!s.path("-").exists());
}

#[test]
fn export_says_where_it_wrote() {
    let (s, id) = Scratch::with_example();
    let out = s.path("tiltak.csv");
    let run = s.export_to(&id, "csv", &out);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.contains("tiltak.csv") || run.stdout.contains("tiltak.csv"),
        "{run:?}"
    );
}

#[test]
fn absence_says_what_it_replaced() {
    let (s, id) = Scratch::with_example();
    let out = s
        .run(
            "absence",
            &["--board", &id, "--month", "2025-03", "--pct", "8"],
        )
        .ok();
    assert!(
        out.contains("erstattet 35,2 av 430 dagsverk med 8,0 %"),
        "{out}"
    );
}

#[test]
fn pdfs_carry_a_title_a_creation_date_and_tavle_as_producer_and_are_not_called_pdf_x() {
    let (s, id) = Scratch::with_example();
    let pdf = s.path("plan.pdf");
    s.print_to(&id, "plan", None, &pdf).ok();
    let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("Producer:        Tavle"), "{info}");
    assert!(info.contains("Prosjekt nærvær"), "{info}");
    assert!(!info.contains("1970"), "{info}");
    let year = chrono::Local::now().format("%Y").to_string();
    assert!(
        info.lines()
            .any(|l| l.starts_with("CreationDate:") && l.contains(&year)),
        "{info}"
    );
    assert!(!info.contains("PDF/X"), "{info}");
    assert!(!info.contains("PDF subtype"), "{info}");
}

#[test]
fn the_readme_and_help_use_the_same_words_and_the_readme_lists_every_flag() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let usages: Vec<&str> = readme
        .lines()
        .filter(|l| l.starts_with("tavle ") && !l.starts_with("tavle KOMMANDO"))
        .collect();
    for sub in [
        "import", "export", "list", "show", "print", "status", "row", "history", "absence", "due",
        "trend", "backups", "restore", "delete", "publish", "rollup", "board",
    ] {
        let help = cli_support::tavle([sub, "--help"]).ok();
        let usage = help
            .lines()
            .find_map(|l| l.strip_prefix("Bruk: "))
            .unwrap_or_else(|| panic!("no usage in {help}"));
        assert!(
            usages.iter().any(|u| u.starts_with(usage)),
            "README lacks «{usage}»"
        );
        for flag in help
            .split_whitespace()
            .filter(|w| w.starts_with("--") && *w != "--help")
        {
            let flag = flag.trim_end_matches([',', '.', ']', ')', '»', ':']);
            // -o is the usage's short name for --out.
            let named = if flag == "--out" { "-o" } else { flag };
            assert!(
                usage.contains(named),
                "«{flag}» of «tavle {sub}» is missing in the usage line «{usage}»"
            );
        }
    }
    for word in ["FILE", "BOARD.json", "OUT", " DATE"] {
        assert!(
            !usages.iter().any(|u| u.contains(word)),
            "README uses {word}"
        );
    }
}
