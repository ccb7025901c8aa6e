//! The overview's files and the HR folder read for it: the CSV in either language, a sector's
//! subtotal line in the CSV, and files that cannot be read skipped with their reasons.

use std::path::PathBuf;

use chrono::NaiveDate;
use tavle::hr_folder::{read_boards, read_some};
use tavle::model::{AbsenceMonth, Board, BoardId, YearMonth};
use tavle::rollup::{roll_up, Loaded, LoadedBoard};
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

/// A row of Tiltakstype `kind` and Innsats `level`.
fn measure(
    kind: Option<tavle::model::MeasureKind>,
    level: Option<tavle::model::MeasureLevel>,
) -> tavle::model::Row {
    tavle::model::Row {
        measure: "Tiltak".into(),
        kind,
        level,
        ..Default::default()
    }
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
