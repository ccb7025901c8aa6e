//! The roll-up's arithmetic on hand-computed figures.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::*;
use crate::model::{AbsenceMonth, Board, Milestone, Row, Status};

fn ym(s: &str) -> YearMonth {
    s.parse().unwrap()
}

fn days(unit: &str, target: Option<f64>, months: &[(&str, f64, f64)]) -> Board {
    let mut b = Board::new(unit, 2025);
    b.target_pct = target;
    b.absence = months
        .iter()
        .map(|(m, agreed, lost)| AbsenceMonth::from_days(ym(m), *agreed, *lost))
        .collect();
    b
}

fn pcts(unit: &str, target: Option<f64>, months: &[(&str, f64)]) -> Board {
    let mut b = Board::new(unit, 2025);
    b.target_pct = target;
    b.absence = months
        .iter()
        .map(|(m, p)| AbsenceMonth::from_pct(ym(m), *p))
        .collect();
    b
}

fn loaded(boards: Vec<Board>) -> Loaded {
    Loaded {
        boards: boards
            .into_iter()
            .enumerate()
            .map(|(i, board)| LoadedBoard {
                file: PathBuf::from(format!("/delt/{i}.tavle")),
                id: BoardId(1),
                board,
                last_changed: None,
            })
            .collect(),
        skipped: Vec::new(),
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 4, 10).unwrap()
}

/// A: 120 / 1200 = 10 %, B: 120 / 2400 = 5 %, C (small, about 2,7 årsverk): 30 / 180,
/// D and E only percentages.
fn municipality() -> Vec<Board> {
    let q1 = ["2025-01", "2025-02", "2025-03"];
    vec![
        days(
            "Omsorg – Hjemmesykepleien",
            Some(8.0),
            &[
                (q1[0], 400.0, 40.0),
                (q1[1], 400.0, 36.0),
                (q1[2], 400.0, 44.0),
            ],
        ),
        days(
            "Omsorg – Sykehjemmet",
            Some(6.0),
            &[
                (q1[0], 800.0, 40.0),
                (q1[1], 800.0, 40.0),
                (q1[2], 800.0, 40.0),
            ],
        ),
        days(
            "Barnehage Solsikken",
            Some(7.0),
            &[(q1[0], 60.0, 12.0), (q1[1], 60.0, 6.0), (q1[2], 60.0, 12.0)],
        ),
        pcts("Kontor", None, &[(q1[0], 4.0), (q1[1], 5.0), (q1[2], 6.0)]),
        pcts("Administrasjon", Some(5.0), &[(q1[0], 6.0)]),
    ]
}

#[test]
fn working_days_are_monday_to_friday() {
    assert_eq!(working_days(ym("2025-01")), 23);
    assert_eq!(working_days(ym("2025-02")), 20);
    assert_eq!(working_days(ym("2024-02")), 21);
}

#[test]
fn the_total_is_lost_over_agreed_days_of_every_unit_never_a_mean_of_percentages() {
    let r = roll_up(loaded(municipality()), Some(2025), today());
    // (120 + 120 + 30) / (1200 + 2400 + 180) = 270 / 3780 = 7,142… %
    let total = r.total.pct.unwrap();
    assert!((total - 270.0 / 3780.0 * 100.0).abs() < 1e-9);
    assert_eq!(r.total.text.year_to_date, "7,1 %");
    assert_eq!(r.total.units_in_total, 3);
    assert_eq!(r.total.units_without_days, 2);
    // Targets weighted the same way: (8·1200 + 6·2400 + 7·180) / 3780 = 6,68 %.
    assert!((r.total.target.unwrap() - 25260.0 / 3780.0).abs() < 1e-9);
    assert_eq!(r.total.text.target, "6,7 %");
    assert_eq!(r.total.text.gap, "+0,5");
    assert_eq!(r.total.text.presence, "92,9 %");
    // A mean of the lines' percentages would have said something else.
    let mean: f64 = [10.0, 5.0, 30.0 / 180.0 * 100.0].iter().sum::<f64>() / 3.0;
    assert_ne!(nb::pct(mean), r.total.text.year_to_date);
}

#[test]
fn a_unit_with_only_percentages_shows_the_mean_of_its_months_marked_as_such() {
    let r = roll_up(loaded(municipality()), Some(2025), today());
    let kontor = r.lines.iter().find(|l| l.unit == "Kontor").unwrap();
    assert_eq!(kontor.text.year_to_date, "5,0 %");
    assert_eq!(kontor.text.basis, "snitt av måneder");
    assert_eq!(
        kontor.year_to_date.unwrap().basis,
        crate::stats::YtdBasis::MonthlyMean
    );
    assert!(!kontor.in_total);
    let a = r.lines.iter().find(|l| l.unit.contains("Hjemme")).unwrap();
    assert_eq!(a.text.year_to_date, "10,0 %");
    assert_eq!(a.text.basis, "dagsverk");
}

#[test]
fn a_unit_under_five_fte_is_hidden_in_its_line_but_counted_in_the_total() {
    let r = roll_up(loaded(municipality()), Some(2025), today());
    let small = r
        .lines
        .iter()
        .find(|l| l.unit.starts_with("Barnehage"))
        .unwrap();
    assert!(small.masked);
    assert_eq!(small.year_to_date, None);
    assert_eq!(small.gap_points, None);
    assert_eq!(small.direction, None);
    assert_eq!(small.text.year_to_date, "skjult");
    assert_eq!(small.text.basis, "under 5 årsverk");
    // Nothing of its figure reaches the window or a file.
    let json = serde_json::to_string(small).unwrap();
    assert!(!json.contains("16.6") && !json.contains("16,7"), "{json}");
    let text = export::text(&r);
    assert!(!text.contains("16,7"), "{text}");
    // Its days are in the total (checked above: 270 / 3780).
    assert!(small.in_total);
}

#[test]
fn a_filter_that_leaves_only_a_small_unit_masks_the_total_too() {
    let r = roll_up(loaded(municipality()), Some(2025), today()).filtered("barnehage");
    assert_eq!(r.lines.len(), 1);
    assert!(r.total.masked);
    assert_eq!(r.total.pct, None);
    assert_eq!(r.total.text.year_to_date, "skjult");
    assert_eq!(r.filtered_out, 4);
}

#[test]
fn filtering_by_sector_makes_the_total_again_for_the_units_shown() {
    let r = roll_up(loaded(municipality()), Some(2025), today()).filtered("Omsorg");
    assert_eq!(r.lines.len(), 2);
    // 240 / 3600.
    assert_eq!(r.total.text.year_to_date, "6,7 %");
    assert_eq!(r.filtered_out, 3);
}

#[test]
fn lines_come_furthest_above_target_first_and_units_without_a_figure_last_by_name() {
    let r = roll_up(loaded(municipality()), Some(2025), today());
    let order: Vec<&str> = r.lines.iter().map(|l| l.unit.as_str()).collect();
    assert_eq!(
        order,
        [
            "Omsorg – Hjemmesykepleien",
            "Administrasjon",
            "Omsorg – Sykehjemmet",
            "Barnehage Solsikken",
            "Kontor"
        ]
    );
    let gaps: Vec<&str> = r.lines.iter().map(|l| l.text.gap.as_str()).collect();
    assert_eq!(gaps, ["+2,0", "+1,0", "−1,0", "", ""]);
}

#[test]
fn sorting_by_a_column_keeps_hidden_figures_out_of_the_order() {
    let mut r = roll_up(loaded(municipality()), Some(2025), today());
    sort_lines(&mut r.lines, SortKey::YearToDate, true);
    let order: Vec<&str> = r.lines.iter().map(|l| l.unit.as_str()).collect();
    // 10 %, 6 %, 5 % (Kontor before Sykehjemmet by name at 5,0), then the masked unit.
    assert_eq!(
        order,
        [
            "Omsorg – Hjemmesykepleien",
            "Administrasjon",
            "Kontor",
            "Omsorg – Sykehjemmet",
            "Barnehage Solsikken"
        ]
    );
    sort_lines(&mut r.lines, SortKey::Unit, false);
    assert_eq!(r.lines[0].unit, "Administrasjon");
    assert_eq!(r.lines[4].unit, "Omsorg – Sykehjemmet");
}

#[test]
fn direction_and_missing_months_follow_the_last_three_months() {
    let r = roll_up(loaded(municipality()), Some(2025), today());
    let line = |name: &str| r.lines.iter().find(|l| l.unit.starts_with(name)).unwrap();
    // 10 %, 9 %, 11 %: up by 1 prosentpoeng.
    assert_eq!(line("Omsorg – Hjemme").direction, Some(Direction::Up));
    assert_eq!(line("Omsorg – Sykehjem").direction, Some(Direction::Flat));
    assert_eq!(line("Kontor").text.direction, "↑ stiger");
    assert_eq!(line("Administrasjon").direction, None);
    assert_eq!(line("Administrasjon").missing_months, [2, 3]);
    assert_eq!(line("Administrasjon").text.missing, "feb, mar");
    assert_eq!(line("Kontor").text.missing, "");
    assert_eq!(r.through, Some(ym("2025-03")));
}

#[test]
fn measures_per_status_overdue_and_milestones_are_counted_per_unit_and_in_total() {
    let mut boards = municipality();
    let due = |d: u32| Some(NaiveDate::from_ymd_opt(2025, 3, d).unwrap());
    boards[0].rows = vec![
        Row {
            status: Status::InProgress,
            due: due(1),
            ..Row::default()
        },
        Row {
            status: Status::Done,
            due: due(1),
            ..Row::default()
        },
        Row::default(),
    ];
    boards[0].plan.milestones = vec![
        Milestone {
            text: "Faghjul".into(),
            due: None,
            reached_on: due(2),
        },
        Milestone {
            text: "Rutiner".into(),
            due: None,
            reached_on: None,
        },
    ];
    boards[1].rows = vec![Row {
        status: Status::NotStarted,
        due: due(20),
        ..Row::default()
    }];
    let r = roll_up(loaded(boards), Some(2025), today());
    let a = r.lines.iter().find(|l| l.unit.contains("Hjemme")).unwrap();
    assert_eq!(a.status_counts, [1, 1, 1, 0, 0, 0]);
    assert_eq!(a.overdue, 1);
    assert_eq!(a.text.milestones, "1 av 2");
    assert_eq!(
        export::measures_text(&a.status_counts, a.measures),
        "3 (1 ikke startet, 1 pågår, 1 fullført)"
    );
    assert_eq!(r.total.measures, 4);
    assert_eq!(r.total.overdue, 2);
    assert_eq!(r.total.status_counts, [2, 1, 1, 0, 0, 0]);
}

#[test]
fn two_boards_of_one_unit_and_year_are_both_left_out_and_named() {
    let mut boards = municipality();
    boards.push(days(
        "omsorg – hjemmesykepleien",
        Some(8.0),
        &[("2025-01", 400.0, 4.0)],
    ));
    let r = roll_up(loaded(boards), Some(2025), today());
    assert!(!r
        .lines
        .iter()
        .any(|l| l.unit.to_lowercase().contains("hjemmesykepleien")));
    assert_eq!(r.skipped.len(), 2);
    for s in &r.skipped {
        assert!(
            s.reason.contains("to tavler for samme enhet og år"),
            "{}",
            s.reason
        );
    }
    assert!(r.skipped[0].reason.contains("5.tavle"));
}

#[test]
fn the_year_shown_is_this_year_if_present_else_the_newest() {
    let mut boards = municipality();
    let mut old = days("Gammel", None, &[("2024-01", 400.0, 4.0)]);
    old.year = 2024;
    old.absence[0].month = ym("2024-01");
    boards.push(old);
    let r = roll_up(loaded(boards.clone()), None, today());
    assert_eq!(r.year, 2025);
    assert_eq!(r.years, [2025, 2024]);
    let r = roll_up(loaded(boards), Some(2024), today());
    assert_eq!(r.lines.len(), 1);
}

// Nynorsk: the text and CSV exports take their words from the catalogue of the language
// asked for (or the current one), never from the figures.

#[test]
fn the_text_export_in_nynorsk_has_nynorsk_column_words_and_notes() {
    use crate::lang::{self, Lang};
    let r = roll_up(loaded(municipality()), Some(2025), today());
    let text = export::text_in(&r, Lang::Nn);
    let first: Vec<&str> = text.lines().take(4).collect();
    assert_eq!(first[0], "Oversikt over einingar 2025 – 5 einingar");
    assert_eq!(first[1], "Fråværstal til og med mars 2025");
    for word in [
        "Eining",
        "Manglar",
        "Forseinka",
        "Delmål nådde",
        "Sist endra",
    ] {
        assert!(first[3].contains(word), "{word} not in {:?}", first[3]);
    }
    assert!(text.contains("\nTotalt "), "{text}");
    assert!(text.contains("einingar med dagsverk"), "{text}");
    assert!(!text.contains("Enhet"), "{text}");
    // The current language is what `text` uses: the CLI's --lang, an app command's setting.
    assert_eq!(lang::with(Lang::Nn, || export::text(&r)), text);
    // Bokmål stays as it was.
    let nb = export::text_in(&r, Lang::Nb);
    assert!(nb.starts_with(
        "Oversikt over enheter 2025 – 5 enheter\nFraværstall til og med mars 2025\n\nEnhet"
    ));
    assert_eq!(export::text(&r), nb);
}

#[test]
fn the_csv_in_nynorsk_has_nynorsk_headings_and_words_and_the_same_numbers() {
    use crate::lang::Lang;
    let r = roll_up(loaded(municipality()), Some(2025), today());
    let csv = |lang| {
        let mut out = Vec::new();
        export::write_csv_in(&r, &mut out, lang).unwrap();
        String::from_utf8(out).unwrap()
    };
    let (nb, nn) = (csv(Lang::Nb), csv(Lang::Nn));
    let head_nn = nn.lines().next().unwrap();
    assert!(head_nn.starts_with("\u{feff}Eining;År;Sjukefråvær hittil i år (%);Grunnlag;"));
    assert!(head_nn.contains(
        ";Manglar månader;Tiltak;Ikkje starta;Pågår;Fullført;Løpande;På vent;Avbrote;Forseinka;"
    ));
    let head_nb = nb.lines().next().unwrap();
    assert!(head_nb.starts_with("\u{feff}Enhet;År;Sykefravær hittil i år (%);Grunnlag;"));
    let kontor_nn = nn.lines().find(|l| l.starts_with("Kontor;")).unwrap();
    assert!(kontor_nn.contains(";snitt av månader;"), "{kontor_nn}");
    let kontor_nb = nb.lines().find(|l| l.starts_with("Kontor;")).unwrap();
    assert!(kontor_nb.contains(";snitt av måneder;"), "{kontor_nb}");
    assert!(
        nn.contains("Barnehage Solsikken;2025;skjult;under 5 årsverk;"),
        "{nn}"
    );
    let numbers = |line: &str| -> Vec<String> {
        line.split(';')
            .filter(|c| c.chars().any(|ch| ch.is_ascii_digit()))
            .map(String::from)
            .collect()
    };
    assert_eq!(numbers(kontor_nn), numbers(kontor_nb));
}

#[test]
fn the_lines_are_said_in_the_current_language_when_the_rollup_is_made() {
    use crate::lang::{self, Lang};
    let r = lang::with(Lang::Nn, || {
        roll_up(loaded(municipality()), Some(2025), today())
    });
    let kontor = r.lines.iter().find(|l| l.unit == "Kontor").unwrap();
    assert_eq!(kontor.text.basis, "snitt av månader");
    assert_eq!(kontor.text.direction, "↑ stig");
    // The PDF's cells, in either language, still see the monthly mean.
    let cells = export::cells_in(
        &kontor.unit,
        &kontor.text,
        kontor.direction,
        &kontor.status_counts,
        kontor.measures,
        kontor.overdue,
        Lang::Nb,
    );
    assert_eq!(cells[1], "5,0 % (snitt av mnd.)");
    assert_eq!(r.total.text.basis, "vekta med avtalte dagsverk");
    let err = lang::with(Lang::Nn, || "kvalitet".parse::<SortKey>().unwrap_err());
    assert!(
        err.to_string()
            .starts_with("Ukjend kolonne «kvalitet» å sortere etter. Bruk eining, fråvær"),
        "{err}"
    );
    assert_eq!("forseinka".parse::<SortKey>().unwrap(), SortKey::Overdue);
}

#[test]
fn files_that_cannot_be_read_are_skipped_with_reasons_in_nynorsk() {
    use crate::lang::{self, Lang};
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("tom.tavle"), b"").unwrap();
    let newer = dir.path().join("nyare.tavle");
    crate::store::Store::create(&newer).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", crate::store::SCHEMA_VERSION + 1)
        .unwrap();
    let inputs = [dir.path().to_path_buf(), dir.path().join("borte.tavle")];
    // The files are read in worker threads: they must still speak nynorsk.
    let loaded = lang::with(Lang::Nn, || read_boards(&inputs));
    let reason = |name: &str| {
        loaded
            .skipped
            .iter()
            .find(|s| s.file.ends_with(name))
            .map(|s| s.reason.clone())
            .unwrap()
    };
    assert_eq!(reason("tom.tavle"), "ikkje ei Tavle-fil (fila er tom)");
    assert_eq!(
        reason("nyare.tavle"),
        format!(
            "laga med ein nyare Tavle (filversjon {}, denne forstår opp til {}); oppdater Tavle",
            crate::store::SCHEMA_VERSION + 1,
            crate::store::SCHEMA_VERSION
        )
    );
    assert_eq!(reason("borte.tavle"), "finst ikkje");
    let err = lang::with(Lang::Nn, || read_some(&inputs).unwrap_err());
    assert!(
        err.to_string()
            .starts_with("Fann ingen Tavle-filer som kunne lesast i "),
        "{err}"
    );
    assert!(err.to_string().contains("\nHoppa over:\n"), "{err}");
}
