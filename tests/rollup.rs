//! The roll-up on hand-computed figures: its arithmetic (tavle-rollup), its words, and its
//! files and the HR folder read for it (tavle-formats), from one set of municipalities.

use std::path::PathBuf;

use chrono::NaiveDate;

use tavle::hr_folder::{read_boards, read_some};
use tavle::lang::Lang;
use tavle::model::{AbsenceMonth, Board, MeasureKind, MeasureLevel, Milestone, Row, Status};
use tavle::model::{BoardId, YearMonth};
use tavle::nb;
use tavle::rollup::*;
use tavle::rollup_files as export;

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
                folder: String::new(),
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
        tavle::stats::YtdBasis::MonthlyMean
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
    assert_eq!(small.text.basis, "under 5 årsverk (anslått uten juli)");
    assert_eq!(small.size_source, Some(SizeSource::Estimated));
    // Nothing of its figure reaches the window or a file.
    let json = serde_json::to_string(small).unwrap();
    assert!(!json.contains("16.6") && !json.contains("16,7"), "{json}");
    let text = cells::text(&r);
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
        cells::measures_text(&a.status_counts, a.measures),
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
    use tavle::lang::{self, Lang};
    let r = roll_up(loaded(municipality()), Some(2025), today());
    let text = cells::text_in(&r, Lang::Nn);
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
    assert_eq!(lang::with(Lang::Nn, || cells::text(&r)), text);
    // Bokmål stays as it was.
    let nb = cells::text_in(&r, Lang::Nb);
    assert!(nb.starts_with(
        "Oversikt over enheter 2025 – 5 enheter\nFraværstall til og med mars 2025\n\nEnhet"
    ));
    assert_eq!(cells::text(&r), nb);
}

#[test]
fn the_lines_are_said_in_the_current_language_when_the_rollup_is_made() {
    use tavle::lang::{self, Lang};
    let r = lang::with(Lang::Nn, || {
        roll_up(loaded(municipality()), Some(2025), today())
    });
    let kontor = r.lines.iter().find(|l| l.unit == "Kontor").unwrap();
    assert_eq!(kontor.text.basis, "snitt av månader");
    assert_eq!(kontor.text.direction, "↑ stig");
    // The PDF's cells, in either language, still see the monthly mean.
    let cells = cells::cells_in(
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

/// no stand-in: the July agreed days fall to a third.
fn five_people_with_a_july_holiday() -> Board {
    let mut b = Board::new("Kjøkkenet", 2025);
    b.absence = (1..=8)
        .map(|m| {
            let month = ym(&format!("2025-{m:02}"));
            let full = 5.0 * f64::from(working_days(month));
            let agreed = if m == 7 { full / 3.0 } else { full };
            AbsenceMonth::from_days(month, agreed, agreed * 0.06)
        })
        .collect();
    b
}

#[test]
fn a_unit_of_five_with_a_july_holiday_is_not_hidden_july_is_left_out_of_its_size() {
    let today = NaiveDate::from_ymd_opt(2025, 9, 10).unwrap();
    let r = roll_up(
        loaded(vec![five_people_with_a_july_holiday()]),
        Some(2025),
        today,
    );
    let line = &r.lines[0];
    assert!(!line.masked, "{:?}", line.text);
    assert_eq!(line.text.year_to_date, "6,0 %");
    assert_eq!(line.size_source, Some(SizeSource::Estimated));
    // With July in, the mean would have been under five: (7 × 5 + 5/3) / 8 = 4,58.
    let with_july = (7.0 * 5.0 + 5.0 / 3.0) / 8.0;
    assert!(with_july < MASK_BELOW_FTE);
    // The note says how the size is found and which month is left out, and why.
    let mut small = five_people_with_a_july_holiday();
    small.unit = "Vaktmester".into();
    for m in &mut small.absence {
        *m = AbsenceMonth::from_days(m.month, m.days().unwrap().0 / 5.0, 1.0);
    }
    let r = roll_up(loaded(vec![small]), Some(2025), today);
    let notes = cells::notes(&r).join("\n");
    assert!(
        notes.contains("anslått fra avtalte dagsverk / virkedager uten juli (ferien"),
        "{notes}"
    );
}

#[test]
fn the_staff_size_the_leader_gives_decides_the_masking_and_the_line_says_so() {
    // Days say about 17 årsverk; the leader says 3: hidden, «oppgitt».
    let mut told_small = days(
        "Omsorg – Hjemmesykepleien",
        None,
        &[("2025-01", 400.0, 40.0)],
    );
    told_small.staff = Some(3.0);
    // Days say about 2,6 årsverk (a part-time month); the leader says 8: shown.
    let mut told_big = days("Kontoret", None, &[("2025-01", 60.0, 3.0)]);
    told_big.staff = Some(8.0);
    let r = roll_up(loaded(vec![told_small, told_big]), Some(2025), today());
    let small = r.lines.iter().find(|l| l.unit.contains("Hjemme")).unwrap();
    assert!(small.masked);
    assert_eq!(small.text.basis, "under 5 årsverk (oppgitt på tavlen)");
    assert_eq!(small.size_source, Some(SizeSource::Given));
    let big = r.lines.iter().find(|l| l.unit == "Kontoret").unwrap();
    assert!(!big.masked);
    assert_eq!(big.text.year_to_date, "5,0 %");
    // The total is the sizes given: 3 + 8 = 11, so it is shown.
    assert!(!r.total.masked);
    // A filter to the unit of three alone masks its total too.
    let alone = r.filtered("hjemme");
    assert!(alone.total.masked);
}

#[test]
fn a_unit_mixing_workdays_and_percentages_is_one_figure_on_its_line_and_in_a_total() {
    let mut mixed = days(
        "Blanda",
        None,
        &[("2025-01", 400.0, 40.0), ("2025-02", 400.0, 40.0)],
    );
    mixed
        .absence
        .push(AbsenceMonth::from_pct(ym("2025-03"), 4.0));
    let r = roll_up(loaded(vec![mixed]), Some(2025), today());
    let line = &r.lines[0];
    // (10 + 10 + 4) / 3 = 8,0 %: the mean of its months, said so.
    assert_eq!(line.text.year_to_date, "8,0 %");
    assert_eq!(line.text.basis, "snitt av måneder");
    assert!(!line.in_total);
    // Not another figure (10,0 % from its two months of workdays) as its own total.
    assert_eq!(r.total.pct, None);
    assert_eq!(r.total.units_without_days, 1);
    assert!(!cells::text(&r).contains("10,0 %"), "{}", cells::text(&r));
}

fn in_folder(board: Board, folder: &str, file: &str) -> LoadedBoard {
    LoadedBoard {
        file: PathBuf::from(format!("/delt/{folder}/{file}")),
        id: BoardId(1),
        board,
        last_changed: None,
        folder: folder.into(),
    }
}

fn sectors() -> Loaded {
    let mut school = days("Skole – Nord", Some(5.0), &[("2025-01", 600.0, 30.0)]);
    // The board's own sector wins over the folder it lies in.
    school.sector = "Oppvekst".into();
    Loaded {
        boards: vec![
            in_folder(
                days("Hjemmesykepleien", Some(8.0), &[("2025-01", 400.0, 40.0)]),
                "Helse og omsorg",
                "a.tavle",
            ),
            in_folder(
                days("Sykehjemmet", Some(6.0), &[("2025-01", 800.0, 40.0)]),
                "Helse og omsorg",
                "b.tavle",
            ),
            in_folder(school, "Diverse", "c.tavle"),
            in_folder(
                days("Rådhuset", None, &[("2025-01", 200.0, 4.0)]),
                "",
                "d.tavle",
            ),
        ],
        skipped: Vec::new(),
    }
}

#[test]
fn a_subtotal_per_sector_is_lost_over_agreed_days_of_its_units() {
    let r = roll_up(sectors(), Some(2025), today());
    let names: Vec<&str> = r.sectors.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Helse og omsorg", "Oppvekst", ""]);
    let health = &r.sectors[0];
    assert_eq!(health.units, 2);
    // (40 + 40) / (400 + 800) = 6,67 %, not the mean of 10 % and 5 % (7,5 %).
    assert!((health.total.pct.unwrap() - 80.0 / 1200.0 * 100.0).abs() < 1e-9);
    assert_eq!(health.total.text.year_to_date, "6,7 %");
    let text = cells::text(&r);
    assert!(text.contains("Sektor Helse og omsorg"), "{text}");
    assert!(text.contains("Uten sektor"), "{text}");
    assert!(cells::notes(&r).iter().any(|n| n.contains("Sektorlinjene")));
}

#[test]
fn one_sector_is_shown_alone_and_the_filter_matches_any_part_with_any_dash() {
    let r = roll_up(sectors(), Some(2025), today()).filtered_to("", "helse OG omsorg");
    assert_eq!(r.lines.len(), 2);
    assert_eq!(r.total.text.year_to_date, "6,7 %");
    assert_eq!(r.sector, "helse OG omsorg");
    let r = roll_up(sectors(), Some(2025), today()).filtered("skole - nord");
    assert_eq!(r.lines.len(), 1, "a hyphen finds an en dash");
    let r = roll_up(sectors(), Some(2025), today()).filtered("HJEMMES");
    assert_eq!(r.lines.len(), 1);
    let r = roll_up(sectors(), Some(2025), today()).filtered("hjemmet");
    assert_eq!(r.lines.len(), 1, "any part of the name: Sykehjemmet");
    let err = roll_up(sectors(), Some(2025), today())
        .filtered_to("", "Teknisk")
        .require_units()
        .unwrap_err();
    assert_eq!(err.exit_code(), 2);
    assert_eq!(
        err.to_string(),
        "Ingen enheter å vise for 2025 i sektoren «Teknisk». Årene i mappen: 2025. \
         Sjekk utvalget, eller velg et annet år med --year."
    );
}

#[test]
fn two_snapshots_of_one_board_count_once_the_newest_and_the_older_is_named() {
    let when = |d: u32| {
        NaiveDate::from_ymd_opt(2025, 3, d)
            .unwrap()
            .and_hms_opt(12, 0, 0)
    };
    let mut board = days("Hjemmetjenesten", None, &[("2025-01", 400.0, 40.0)]);
    board.identity = "a1b2".into();
    let mut renamed = board.clone();
    renamed.unit = "Hjemmetjenesten Nord".into();
    renamed.absence = vec![AbsenceMonth::from_days(ym("2025-01"), 400.0, 20.0)];
    let mut old = in_folder(board, "", "Hjemmetjenesten 2025.tavle");
    old.last_changed = when(1);
    let mut new = in_folder(renamed, "", "Hjemmetjenesten Nord 2025.tavle");
    new.last_changed = when(5);
    let r = roll_up(
        Loaded {
            boards: vec![old, new],
            skipped: Vec::new(),
        },
        Some(2025),
        today(),
    );
    assert_eq!(r.lines.len(), 1);
    assert_eq!(r.lines[0].unit, "Hjemmetjenesten Nord");
    assert_eq!(r.total.text.year_to_date, "5,0 %");
    assert_eq!(r.skipped.len(), 1);
    let reason = &r.skipped[0].reason;
    assert!(
        reason.contains(
            "«Hjemmetjenesten 2025.tavle» er eldre enn «Hjemmetjenesten Nord 2025.tavle»"
        ),
        "{reason}"
    );
}

#[test]
fn the_same_unit_name_in_two_sectors_is_two_units_but_twice_in_one_is_left_out() {
    let office = || days("Kontoret", None, &[("2025-01", 400.0, 20.0)]);
    let r = roll_up(
        Loaded {
            boards: vec![
                in_folder(office(), "Oppvekst", "a.tavle"),
                in_folder(office(), "Teknisk", "b.tavle"),
            ],
            skipped: Vec::new(),
        },
        Some(2025),
        today(),
    );
    assert_eq!(r.lines.len(), 2);
    assert!(r.skipped.is_empty());
    let r = roll_up(
        Loaded {
            boards: vec![
                in_folder(office(), "Oppvekst", "a.tavle"),
                in_folder(office(), "oppvekst", "b.tavle"),
            ],
            skipped: Vec::new(),
        },
        Some(2025),
        today(),
    );
    assert!(r.lines.is_empty());
    assert_eq!(r.skipped.len(), 2);
}

/// A row of Tiltakstype `kind` and Innsats `level` (either may be unset).
fn measure(kind: Option<MeasureKind>, level: Option<MeasureLevel>) -> Row {
    Row {
        measure: "Tiltak".into(),
        kind,
        level,
        ..Row::default()
    }
}

/// [`sectors`] with measures: Hjemmesykepleien 2 basis (one helsefremmende, one
/// forebyggende) and 1 person and one row with neither; Sykehjemmet two rows with neither;
/// Skole – Nord one prosjekttiltak, reparerende; Rådhuset no rows.
fn sectors_with_measures() -> Loaded {
    use MeasureKind::*;
    use MeasureLevel::*;
    let mut loaded = sectors();
    for b in &mut loaded.boards {
        b.board.rows = match b.board.unit.as_str() {
            "Hjemmesykepleien" => vec![
                measure(Some(Basis), Some(Promoting)),
                measure(Some(Basis), Some(Preventive)),
                measure(Some(Person), None),
                measure(None, None),
            ],
            "Sykehjemmet" => vec![measure(None, None), measure(None, None)],
            "Skole – Nord" => vec![measure(Some(Project), Some(Repairing))],
            _ => Vec::new(),
        };
    }
    loaded
}

#[test]
fn measures_are_counted_per_tiltakstype_and_innsats_per_unit_sector_and_in_total() {
    let r = roll_up(sectors_with_measures(), Some(2025), today());
    let line = |name: &str| r.lines.iter().find(|l| l.unit == name).unwrap();
    let home = line("Hjemmesykepleien");
    assert_eq!(home.measures, 4);
    assert_eq!(home.kind_counts, [2, 1, 0]);
    assert_eq!(home.level_counts, [1, 1, 0]);
    let nursing = line("Sykehjemmet");
    assert_eq!(nursing.measures, 2);
    assert_eq!(nursing.kind_counts, [0, 0, 0]);
    assert_eq!(nursing.level_counts, [0, 0, 0]);
    assert_eq!(line("Skole – Nord").kind_counts, [0, 0, 1]);
    assert_eq!(line("Skole – Nord").level_counts, [0, 0, 1]);
    assert_eq!(line("Rådhuset").kind_counts, [0, 0, 0]);
    // The total is the sum over the units: 2 + 0 + 0 + 0 basis, 1 person, 1 project.
    assert_eq!(r.total.measures, 7);
    assert_eq!(r.total.kind_counts, [2, 1, 1]);
    assert_eq!(r.total.level_counts, [1, 1, 1]);
    // Helse og omsorg: Hjemmesykepleien and Sykehjemmet only.
    let health = &r.sectors[0];
    assert_eq!(health.name, "Helse og omsorg");
    assert_eq!(health.total.kind_counts, [2, 1, 0]);
    assert_eq!(health.total.level_counts, [1, 1, 0]);
    assert_eq!(r.sectors[1].total.kind_counts, [0, 0, 1]);
    // Filtered to one sector, the total is made again for the units shown.
    let only = roll_up(sectors_with_measures(), Some(2025), today()).filtered_to("", "oppvekst");
    assert_eq!(only.total.kind_counts, [0, 0, 1]);
    assert_eq!(only.total.level_counts, [0, 0, 1]);
}

#[test]
fn the_text_has_a_table_of_measures_by_tiltakstype_and_innsats_in_either_language() {
    let r = roll_up(sectors_with_measures(), Some(2025), today());
    let text = cells::text_in(&r, Lang::Nb);
    let table = text
        .split("Tiltak etter type og innsats\n\n")
        .nth(1)
        .unwrap_or_else(|| panic!("{text}"));
    let lines: Vec<Vec<&str>> = table
        .lines()
        .take_while(|l| !l.is_empty())
        .map(|l| {
            l.split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect()
        })
        .collect();
    assert_eq!(
        lines[0],
        [
            "Enhet",
            "Basistiltak",
            "Persontiltak",
            "Prosjekttiltak",
            "Helsefremmende",
            "Forebyggende",
            "Reparerende"
        ]
    );
    let row = |label: &str| {
        lines
            .iter()
            .find(|l| l[0] == label)
            .unwrap_or_else(|| panic!("{label}: {table}"))[1..]
            .to_vec()
    };
    assert_eq!(row("Hjemmesykepleien"), ["2", "1", "0", "1", "1", "0"]);
    assert_eq!(row("Sykehjemmet"), ["0", "0", "0", "0", "0", "0"]);
    assert_eq!(row("Totalt"), ["2", "1", "1", "1", "1", "1"]);
    assert_eq!(
        row("Sektor Helse og omsorg"),
        ["2", "1", "0", "1", "1", "0"]
    );
    let nn = cells::text_in(&r, Lang::Nn);
    assert!(
        nn.contains(
            "Basistiltak  Persontiltak  Prosjekttiltak  Helsefremjande  Førebyggjande  Reparerande"
        ),
        "{nn}"
    );
}

#[test]
fn the_json_counts_measures_by_code_per_unit_sector_and_total_masked_units_too() {
    let r = roll_up(sectors_with_measures(), Some(2025), today());
    let json = rollup_json(&r);
    let unit = |name: &str| {
        json["units"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["unit"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(
        unit("Hjemmesykepleien")["kinds"],
        serde_json::json!({"basis": 2, "person": 1, "project": 0})
    );
    assert_eq!(
        unit("Hjemmesykepleien")["levels"],
        serde_json::json!({"promoting": 1, "preventive": 1, "repairing": 0})
    );
    assert_eq!(
        json["total_measures"],
        serde_json::json!({
            "measures": 7,
            "kinds": {"basis": 2, "person": 1, "project": 1},
            "levels": {"promoting": 1, "preventive": 1, "repairing": 1},
        })
    );
    assert_eq!(
        json["sectors"][0]["kinds"],
        serde_json::json!({"basis": 2, "person": 1, "project": 0})
    );
    // A masked unit (Barnehage Solsikken, about 2,7 årsverk) shows its counts of measures,
    // as its other measure counts are shown, and still no absence.
    let mut boards = municipality();
    boards[2].rows = vec![measure(
        Some(MeasureKind::Person),
        Some(MeasureLevel::Promoting),
    )];
    let r = roll_up(loaded(boards), Some(2025), today());
    let json = rollup_json(&r);
    let small = json["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["unit"] == "Barnehage Solsikken")
        .unwrap();
    assert_eq!(small["masked"], true);
    assert!(small.get("pct").is_none());
    assert_eq!(small["kinds"]["person"], 1);
    assert_eq!(small["levels"]["promoting"], 1);
}

#[test]
fn the_csv_in_nynorsk_has_nynorsk_headings_and_words_and_the_same_numbers() {
    use tavle::lang::Lang;
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
        nn.contains("Barnehage Solsikken;2025;skjult;under 5 årsverk (rekna utan juli);"),
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
fn files_that_cannot_be_read_are_skipped_with_reasons_in_nynorsk() {
    use tavle::lang::{self, Lang};
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("tom.tavle"), b"").unwrap();
    let newer = dir.path().join("nyare.tavle");
    tavle::store::Store::create(&newer).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", tavle::store::SCHEMA_VERSION + 1)
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
            tavle::store::SCHEMA_VERSION + 1,
            tavle::store::SCHEMA_VERSION
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

/// Five people, 21–23 working days a month each, and in July most of them on holiday with

#[test]
fn a_sector_has_its_subtotal_line_in_the_csv() {
    let r = roll_up(sectors(), Some(2025), today());
    let mut csv = Vec::new();
    export::write_csv(&r, &mut csv).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.lines()
            .any(|l| l.starts_with("Sektor Helse og omsorg;2025;6,7;")),
        "{csv}"
    );
}

/// The last six cells of each CSV line are the measures by Tiltakstype and Innsats, headed
/// by the words in the CSV's language: Hjemmesykepleien 2 basis / 1 person / 0 project,
/// Sykehjemmet none set, the total and Helse og omsorg's subtotal their sums.
#[test]
fn the_csv_counts_measures_by_tiltakstype_and_innsats_after_the_other_columns() {
    use tavle::lang::Lang;
    use tavle::model::{MeasureKind::*, MeasureLevel::*};
    let mut loaded = sectors();
    loaded.boards[0].board.rows = vec![
        measure(Some(Basis), Some(Preventive)),
        measure(Some(Basis), Some(Preventive)),
        measure(Some(Person), Some(Promoting)),
    ];
    loaded.boards[1].board.rows = vec![measure(None, None)];
    loaded.boards[2].board.rows = vec![measure(Some(Project), None)];
    let r = roll_up(loaded, Some(2025), today());
    let csv = |lang| {
        let mut out = Vec::new();
        export::write_csv_in(&r, &mut out, lang).unwrap();
        String::from_utf8(out).unwrap()
    };
    let last_six = |line: &str| -> Vec<String> {
        let cells: Vec<&str> = line.split(';').collect();
        cells[cells.len() - 6..]
            .iter()
            .map(|c| c.to_string())
            .collect()
    };
    let nb = csv(Lang::Nb);
    let line = |start: &str| {
        let found = nb.lines().find(|l| l.starts_with(start));
        last_six(found.unwrap_or_else(|| panic!("{start}: {nb}")))
    };
    assert_eq!(
        line("\u{feff}Enhet;"),
        [
            "Basistiltak",
            "Persontiltak",
            "Prosjekttiltak",
            "Helsefremmende",
            "Forebyggende",
            "Reparerende"
        ]
    );
    // The six come after Trakt (99,8 %), the last column before them.
    assert!(nb
        .lines()
        .next()
        .unwrap()
        .contains(";Trakt (99,8 %);Basistiltak;"));
    assert_eq!(line("Hjemmesykepleien;"), ["2", "1", "0", "1", "2", "0"]);
    assert_eq!(line("Sykehjemmet;"), ["0", "0", "0", "0", "0", "0"]);
    assert_eq!(line("Skole – Nord;"), ["0", "0", "1", "0", "0", "0"]);
    assert_eq!(line("Totalt;"), ["2", "1", "1", "1", "2", "0"]);
    assert_eq!(
        line("Sektor Helse og omsorg;"),
        ["2", "1", "0", "1", "2", "0"]
    );
    let nn = csv(Lang::Nn);
    assert_eq!(
        last_six(nn.lines().next().unwrap()),
        [
            "Basistiltak",
            "Persontiltak",
            "Prosjekttiltak",
            "Helsefremjande",
            "Førebyggjande",
            "Reparerande"
        ]
    );
    let total_nn = nn.lines().find(|l| l.starts_with("Totalt;")).unwrap();
    assert_eq!(last_six(total_nn), ["2", "1", "1", "1", "2", "0"]);
}
