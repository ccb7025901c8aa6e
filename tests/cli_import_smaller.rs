//! Smaller things seen when leaders import their own sheets (issue 23, item 11): a week
//! number in Frist is kept in Når?, and the preview shows every text of a row.

mod cli_support;

use std::ffi::OsStr;

use cli_support::{tavle, Scratch};

/// A leader's sheet as Excel saves it, with Frist as numbers where the leader typed a week.
fn workbook_with_weeks(s: &Scratch) -> std::path::PathBuf {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    let rows: [[&str; 6]; 3] = [
        ["Mål", "Ideer", "Tiltak", "Når", "Frist", "Resultat"],
        [
            "Faste møter",
            "Kort morgenmøte",
            "Tavlemøte hver mandag",
            "Etter påske",
            "",
            "Godt i gang",
        ],
        ["Mindre stress", "Pauserom", "Rydde pauserommet", "", "", ""],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            if !text.is_empty() {
                ws.write(r as u32, c as u16, *text).unwrap();
            }
        }
    }
    ws.write(1, 4, 12).unwrap();
    ws.write(2, 4, "uke 20").unwrap();
    let path = s.path("tiltak.xlsx");
    wb.save(&path).unwrap();
    path
}

fn import(s: &Scratch, sheet: &std::path::Path, extra: &[&str]) -> cli_support::Run {
    let mut args: Vec<&OsStr> = vec![
        OsStr::new("import"),
        s.file.as_os_str(),
        sheet.as_os_str(),
        OsStr::new("--unit"),
        OsStr::new("Kjøkkenet"),
        OsStr::new("--year"),
        OsStr::new("2026"),
    ];
    args.extend(extra.iter().map(OsStr::new));
    tavle(args)
}

#[test]
fn a_week_number_in_frist_is_kept_in_naar_not_dropped() {
    let s = Scratch::new();
    let sheet = workbook_with_weeks(&s);
    let id = import(&s, &sheet, &[]).ok().trim().to_string();
    let json = s.run("export", &["--board", &id, "--format", "json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["board"]["rows"][0]["when"], "Etter påske (uke 12)");
    assert_eq!(v["board"]["rows"][1]["when"], "uke 20");
    assert_eq!(v["board"]["rows"][0]["due"], serde_json::Value::Null);
}

#[test]
fn the_preview_lines_show_ideas_and_result_too() {
    let s = Scratch::new();
    let sheet = workbook_with_weeks(&s);
    let out = import(&s, &sheet, &["--preview"]).ok();
    let line = out
        .lines()
        .find(|l| l.trim_start().starts_with("1. Faste møter"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains("| Kort morgenmøte |"), "{line}");
    assert!(line.ends_with("| Godt i gang"), "{line}");
}

#[test]
fn a_school_year_in_the_title_gives_the_first_year_and_says_so() {
    let s = Scratch::new();
    let sheet = s.write(
        "skoleaar.csv",
        "Tiltaksplan Solstua barnehage 2025/2026;\nEnhet:;Solstua\n;\nMål;Tiltak\nRo i garderoben;Faste plasser\n",
    );
    let run = tavle([OsStr::new("import"), s.file.as_os_str(), sheet.as_os_str()]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.contains(
            "tittelen har to år (2025/2026); tavlen får år 2025. Gjelder den et annet år, importer med --year 2026."
        ),
        "{}",
        run.stderr
    );
    let list = s.run("list", &[]).ok();
    assert!(list.contains("Solstua") && list.contains("2025"), "{list}");
}

/// An empty CSV and a workbook whose sheets are all empty are refused in plain bokmål: the
/// file is «tom», the sheets «tomme» (the words agree with what they are about).
#[test]
fn an_empty_csv_or_workbook_is_said_in_words_that_agree() {
    let s = Scratch::new();
    let csv = s.write("tiltak.csv", ";;\n;;\n");
    let err = s.run("import", &[csv.to_str().unwrap()]).refused();
    assert!(
        err.contains("«tiltak.csv»: Filen er tom. Velg regnearket"),
        "{err}"
    );
    let mut wb = rust_xlsxwriter::Workbook::new();
    wb.add_worksheet();
    wb.add_worksheet();
    let book = s.path("tom.xlsx");
    wb.save(&book).unwrap();
    let err = s.run("import", &[book.to_str().unwrap()]).refused();
    assert!(
        err.contains("«tom.xlsx»: Alle arkene er tomme. Velg"),
        "{err}"
    );
    assert!(!s.file.exists(), "nothing imported, no file made");
}
