//! Every print in nynorsk (`print::pdf_in(…, Lang::Nn)`), read back with pdftotext: the
//! fixed words are nynorsk and no bokmål word of the catalogue is left, while the board's own
//! text (what the leader typed, here in bokmål) is printed as typed.

mod common;

use std::path::Path;

use common::pdf::*;
use common::{date, example_board};
use tavle::print::{Paper, What};
use tavle::{Board, Lang};

/// A day in the example's spring: row 1 and 2 are past their Frist (Forseinka).
fn today() -> chrono::NaiveDate {
    date(2025, 4, 15)
}

/// The example board; its main goal is the one text that starts with a label word
/// («Hovedmål for …»), so it says the same without it.
fn board() -> Board {
    let mut b = example_board();
    b.main_goal = "Pasientene skal kunne bo hjemme og bli så gode som mulig.".into();
    b
}

/// Words of the bokmål prints that nynorsk writes otherwise.
const BOKMAL: &[&str] = &[
    "Forbedringstavle",
    "IDEER",
    "Hovedmål",
    "Ikke startet",
    "Løpende",
    "Avbrutt",
    "FORSINKET",
    "Sykefravær",
    "Skrevet ut",
    "Med fokus på verdiene",
    "Situasjonsbeskrivelse",
    "Handlinger",
    "Ønsket situasjon",
    "Hva trenger vi",
    "Hvorfor endre",
    "Hindringer",
    "Hvordan står det til",
    "Hva gjør vi",
    "Hva kan vi gjøre",
    "Hvilke konkrete forslag",
    "Innspill fra workshopen",
    "Ble til rad",
    "måneder",
    "Måned",
    "Fravær",
    "Tiltak måned for måned",
    "Hva vi oppnådde",
    "Antall per status",
    "Tall og status",
    "Hele året",
    "ikke satt",
    "ennå",
];

/// The board's own text, which is printed as typed (the title aside: the default title is
/// the print's).
fn data_text(b: &Board) -> String {
    let mut data = b.clone();
    data.title.clear();
    serde_json::to_string(&data).unwrap()
}

/// Prints `what` in nynorsk and returns its text (white space made single spaces).
fn nynorsk(dir: &Path, b: &Board, what: What, paper: Paper) -> String {
    let name = format!("{what:?}-{paper:?}-nn.pdf");
    flat(&print_in_to(
        dir,
        &name,
        b,
        what,
        Some(paper),
        today(),
        Lang::Nn,
    ))
}

fn assert_nynorsk(text: &str, b: &Board, wanted: &[&str], what: &str) {
    for w in wanted {
        assert!(text.contains(w), "{what}: «{w}» mangler i {text}");
    }
    let data = data_text(b);
    let mut checked = 0;
    for w in BOKMAL {
        if data.contains(w) {
            continue;
        }
        checked += 1;
        assert!(!text.contains(w), "{what}: bokmål «{w}» i {text}");
    }
    assert!(checked > 20, "{what}: only {checked} bokmål words checked");
}

#[test]
fn the_board_in_nynorsk_has_nynorsk_headings_statuses_and_figures() {
    let dir = tempfile::tempdir().unwrap();
    let b = board();
    for paper in [Paper::A3, Paper::A4] {
        let t = nynorsk(dir.path(), &b, What::Board, paper);
        assert_nynorsk(
            &t,
            &b,
            &[
                "Forbetringstavle – Hjemmesykepleien 2025",
                "Hovudmål",
                "Med fokus på verdiane",
                "Sjukefråvær hittil i år",
                "månader",
                "IDEAR",
                "TILTAK",
                "NÅR?",
                "Ikkje starta",
                "Pågår",
                "Løpande",
                "Avbrote",
                "FORSEINKA",
                "Frist 28.02.2025",
                "Skrive ut 15.04.2025",
                "side 1 av",
            ],
            &format!("board {paper:?}"),
        );
        // What the leader typed is not translated.
        assert!(
            t.contains("Lettere samarbeid med korttidsavdelingen"),
            "{t}"
        );
        // (The same board in bokmål has the words the nynorsk one must not.)
        let name = format!("board-{paper:?}-nb.pdf");
        let nb = flat(&print_to(
            dir.path(),
            &name,
            &b,
            What::Board,
            Some(paper),
            today(),
        ));
        for w in [
            "Forbedringstavle",
            "Hovedmål",
            "Ikke startet",
            "FORSINKET",
            "IDEER",
        ] {
            assert!(nb.contains(w), "bokmål «{w}» mangler i {nb}");
        }
    }
}

#[test]
fn the_plan_in_nynorsk_has_its_sections_and_guiding_questions() {
    let dir = tempfile::tempdir().unwrap();
    let b = board();
    for paper in [Paper::A4, Paper::A3] {
        let t = nynorsk(dir.path(), &b, What::Plan, paper);
        assert_nynorsk(
            &t,
            &b,
            &[
                "Prosjekt nærvær 2025",
                "Situasjonsskildring",
                "Kva sjukefråvær % har vi des 2024?",
                "Korleis er situasjonen akkurat no?",
                "Handlingar",
                "Kva treng vi å gjere?",
                "Kven skal gjere det?",
                "Delmål",
                "Ønskt situasjon ila 2025",
                "Kva hindringar må vi førebu oss på?",
                "Mål sjukefråvær % 2025",
                "Sjukefråvær desember 2024",
                "Kvifor endre:",
                "Hindringar vi må førebu oss på:",
                "frist 28.02.2025",
                "Nærvær 93,0 %",
            ],
            &format!("plan {paper:?}"),
        );
    }
}

#[test]
fn the_workshop_sheet_and_the_cards_in_nynorsk_ask_the_nynorsk_questions() {
    let dir = tempfile::tempdir().unwrap();
    let b = board();
    let questions = [
        "Kva gjer vi som fungerer bra i dag?",
        "Kva kan vi gjere betre eller annleis?",
        "Kva konkrete forslag til forbetringar har vi?",
    ];
    let sheet = nynorsk(dir.path(), &b, What::WorkshopBlank, Paper::A3);
    let mut wanted = vec![
        "Korleis står det til hos oss?",
        "Workshop – Hjemmesykepleien 2025",
        "Forbetringstavle – Hjemmesykepleien 2025",
        "IDEAR",
        "RESULTAT",
    ];
    wanted.extend(questions);
    assert_nynorsk(&sheet, &b, &wanted, "workshop sheet");

    let cards = nynorsk(dir.path(), &b, What::Workshop, Paper::A3);
    let mut wanted = vec![
        "Innspel frå workshopen",
        "stemmer",
        "→ Vart til rad 1 på tavla",
    ];
    wanted.extend(questions);
    assert_nynorsk(&cards, &b, &wanted, "cards");
}

#[test]
fn the_year_report_in_nynorsk_has_nynorsk_sections_tables_and_figures() {
    let dir = tempfile::tempdir().unwrap();
    let b = board();
    for paper in [Paper::A4, Paper::A3] {
        let t = nynorsk(dir.path(), &b, What::Report, paper);
        assert_nynorsk(
            &t,
            &b,
            &[
                "Årsrapport 2025 – Hjemmesykepleien",
                "Forbetringstavle og Prosjekt nærvær",
                "Hovudmål:",
                "Tal og status per 15.04.2025",
                "Sjukefråvær",
                "Månad",
                "Fråvær",
                "Tapte dagsverk",
                "Sjukefråvær hittil i år",
                "Avstand til målet",
                "Fråvær per månad",
                "Tiltak månad for månad",
                "Status no",
                "Tom rute: månaden har ikkje byrja",
                "Kva vi nådde",
                "Delmål i Prosjekt nærvær",
                "Ikkje nådd",
                "Tal per status",
                "Ikkje starta",
                "Totalt",
            ],
            &format!("report {paper:?}"),
        );
    }
}

#[test]
fn nynorsk_and_bokmal_differ_only_in_the_fixed_words() {
    // The same pages in both languages: nynorsk takes no more pages than bokmål.
    let b = board();
    for what in [What::Board, What::Plan, What::Workshop, What::Report] {
        for paper in [Paper::A3, Paper::A4] {
            let nb =
                tavle::print::layout_in(&b, what, Some(paper), today(), Lang::Nb, None).unwrap();
            let nn =
                tavle::print::layout_in(&b, what, Some(paper), today(), Lang::Nn, None).unwrap();
            assert_eq!(nb.len(), nn.len(), "{what:?} {paper:?}");
            let bokmal = tavle::print::layout(&b, what, Some(paper), today()).unwrap();
            assert_eq!(bokmal, nb, "{what:?} {paper:?}: print::layout is bokmål");
        }
    }
}
