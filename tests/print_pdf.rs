//! Printing read back: the PDFs are opened with poppler's tools (pdfinfo, pdftotext,
//! pdffonts, from poppler-utils) and checked for page size, page count, every cell's
//! text, the Norwegian letters, the figures and the embedded fonts. The workshop tests
//! drive the real `tavle` binary on a fixture board with cards.

mod cli_support;
mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::pdf::*;
use common::*;
use tavle::print::{self, Paper, What};

fn today() -> chrono::NaiveDate {
    date(2025, 3, 20)
}

/// Prints `board` and returns the PDF's path (kept alive by `dir`).
fn printed(
    dir: &Path,
    name: &str,
    board: &tavle::Board,
    what: What,
    paper: Option<Paper>,
) -> PathBuf {
    print_to(dir, name, board, what, paper, today())
}

#[test]
fn the_board_is_a3_landscape_and_a4_landscape_on_request_and_the_plan_a4_portrait() {
    let dir = tempfile::tempdir().unwrap();
    let b = seed_board();
    let a3 = printed(dir.path(), "board-a3.pdf", &b, What::Board, None);
    assert_eq!(info(&a3, "Page size"), "1190.55 x 841.89 pts (A3)");
    let a4 = printed(dir.path(), "board-a4.pdf", &b, What::Board, Some(Paper::A4));
    assert_eq!(info(&a4, "Page size"), "841.89 x 595.276 pts (A4)");
    let plan = printed(dir.path(), "plan-a4.pdf", &b, What::Plan, None);
    assert_eq!(info(&plan, "Page size"), "595.276 x 841.89 pts (A4)");
    let plan_a3 = printed(dir.path(), "plan-a3.pdf", &b, What::Plan, Some(Paper::A3));
    assert_eq!(info(&plan_a3, "Page size"), "841.89 x 1190.55 pts (A3)");
    let workshop = printed(dir.path(), "workshop-a3.pdf", &b, What::Workshop, None);
    assert_eq!(info(&workshop, "Page size"), "1190.55 x 841.89 pts (A3)");
    assert_eq!(info(&workshop, "Pages"), "2");
}

#[test]
fn a_24_row_board_has_the_pages_its_layout_says_with_every_cell_readable() {
    let dir = tempfile::tempdir().unwrap();
    let mut b = board_with_rows(24);
    b.rows[5].result = "Særlig god stemning: æøå ÆØÅ".into();
    for paper in [Paper::A3, Paper::A4] {
        let pages = print::layout(&b, What::Board, Some(paper), today()).unwrap();
        let path = printed(
            dir.path(),
            &format!("board-24-{paper:?}.pdf"),
            &b,
            What::Board,
            Some(paper),
        );
        let count: usize = info(&path, "Pages").parse().unwrap();
        assert_eq!(
            count,
            pages.len(),
            "{paper:?}: the layout's pages are the PDF's pages"
        );
        // 24 seed-sized rows: about 9 to a continuation page in A3, fewer in A4.
        assert!(count >= 3, "{paper:?}: {count} pages");

        // Each word is put in the cell whose box holds its centre; a cell's words in
        // reading order must give the cell's text.
        let mut got: BTreeMap<(usize, usize), Vec<Placed>> = BTreeMap::new();
        for w in words(&path) {
            if let Some(cell) = cell_of(&pages, &w) {
                got.entry(cell).or_default().push((
                    w.page,
                    (w.y * 2.0).round() as i64,
                    w.x,
                    w.text,
                ));
            }
        }
        for (i, row) in b.rows.iter().enumerate() {
            for (col, want) in print::board::cell_texts(i, row, today(), tavle::Lang::Nb)
                .iter()
                .enumerate()
            {
                let text = in_reading_order(got.remove(&(i, col)).unwrap_or_default());
                assert_eq!(
                    squeeze(&text),
                    squeeze(want),
                    "{paper:?} row {} column {col}",
                    i + 1
                );
            }
        }
        let all = text(&path);
        assert!(all.contains(&format!("side {count} av {count}")), "{all}");
    }
}

#[test]
fn norwegian_letters_figures_and_words_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut b = seed_board();
    b.rows[2].result = "æøå ÆØÅ".into();
    let path = printed(dir.path(), "board.pdf", &b, What::Board, None);
    let t = text(&path);
    for want in [
        "Forbedringstavle",
        "Hjemmesykepleien 2025",
        "Med fokus på verdiene: trykkløst og trykksikkert.",
        "Sykefravær hittil i år",
        "7,0 %",
        "basert på dagsverk",
        "Mål: 7,0 %",
        "0,0 prosentpoeng",
        "MÅL",
        "NÅR?",
        "RESULTAT",
        "Frist 28.02.2025",
        "FORSINKET",
        "Fullført",
        "æøå ÆØÅ",
        "Skrevet ut 20.03.2025",
        "side 1 av 1",
    ] {
        assert!(t.contains(want), "«{want}» not in:\n{t}");
    }
    let mut none = seed_board();
    none.absence.clear();
    let path = printed(dir.path(), "none.pdf", &none, What::Board, None);
    assert!(text(&path).contains("ingen tall ennå"));
}

#[test]
fn fonts_are_embedded_as_subsets_and_a_30_row_board_stays_small() {
    let dir = tempfile::tempdir().unwrap();
    let path = printed(
        dir.path(),
        "board-30.pdf",
        &board_with_rows(30),
        What::Board,
        None,
    );
    let fonts = tool("pdffonts", &[path.to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "regular and bold:\n{fonts}");
    for row in rows {
        assert!(row.contains("DejaVuSans"), "{row}");
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name, type (2 words), encoding, emb, sub, uni, object, id
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "emb sub uni: {row}"
        );
    }
    let size = std::fs::metadata(&path).unwrap().len();
    assert!(size < 150_000, "{size} bytes");
}

#[test]
fn the_plan_and_the_workshop_sheet_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let b = seed_board();
    let plan = text(&printed(dir.path(), "plan.pdf", &b, What::Plan, None));
    for want in [
        "Prosjekt nærvær 2025",
        "Situasjonsbeskrivelse",
        "Hvilken sykefravær % har vi des 2024?",
        "Sykefravær desember 2024: 11,2 %",
        "Gjennomsnitt 2024: 10,4 %",
        "Handlinger",
        "Delmål",
        "Faghjul på plass – frist 15.03.2025 – nådd 10.03.2025",
        "Ønsket situasjon ila",
        "Mål sykefravær %",
        "7,0 %",
    ] {
        assert!(plan.contains(want), "«{want}» not in:\n{plan}");
    }
    let sheet = text(&printed(
        dir.path(),
        "workshop.pdf",
        &b,
        What::Workshop,
        None,
    ));
    let flat = sheet.split_whitespace().collect::<Vec<_>>().join(" ");
    for q in tavle::Question::ALL {
        // The questions may wrap inside their boxes; their words are all there.
        for word in q.text_in(tavle::lang::Lang::Nb).split_whitespace() {
            assert!(flat.contains(word), "{word}");
        }
    }
    for heading in print::board::columns(tavle::Lang::Nb) {
        assert!(sheet.contains(&heading), "{heading}");
    }
}

/// A board with two rows and twelve workshop cards over the three questions: votes from
/// 0 to 12, Norwegian letters, two cards that became rows.
const WORKSHOP_FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/workshop-innspill.json"
);

/// The fixture's cards as (question code, text).
fn fixture_cards() -> Vec<(String, String)> {
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(WORKSHOP_FIXTURE).unwrap()).unwrap();
    json["board"]["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["question"].as_str().unwrap().to_string(),
                i["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Runs `tavle print` on the fixture with `args` after `--board ID`.
fn print_fixture(s: &cli_support::Scratch, args: &[&str]) -> cli_support::Run {
    let id = s.import(Path::new(WORKSHOP_FIXTURE));
    let mut all = vec!["--board", id.as_str()];
    all.extend(args);
    s.run("print", &all)
}

#[test]
fn the_workshop_prints_every_card_under_its_question_with_votes_and_the_row_it_became() {
    let s = cli_support::Scratch::new();
    let out = s.path("innspill.pdf");
    print_fixture(&s, &["--what", "workshop", "-o", out.to_str().unwrap()]).ok();
    assert_eq!(info(&out, "Page size"), "1190.55 x 841.89 pts (A3)");
    let pages: usize = info(&out, "Pages").parse().unwrap();
    let t = flat(&out);
    for want in [
        "Innspill fra workshopen",
        "Workshop – Sykehjemmet Solsiden 2025",
        "3 stemmer",
        "1 stemme",
        "12 stemmer",
        "→ Ble til rad 1 på tavla: Tryggere overlevering mellom vaktene",
        // The second row has no goal: its measure names it.
        "→ Ble til rad 2 på tavla: Leder sender en hilsen fra gruppen når den sykemeldte ønsker det.",
        "Skrevet ut",
        &format!("side {pages} av {pages}"),
    ] {
        assert!(t.contains(want), "«{want}» not in:\n{t}");
    }
    // No card without votes says "0 stemmer".
    assert!(!t.contains(" 0 stemmer"), "{t}");
    // Each card's whole text, after its question's heading and before the next question's.
    let heading_at = |code: &str| {
        let q = tavle::Question::ALL
            .into_iter()
            .find(|q| q.code() == code)
            .unwrap();
        t.find(&q.text_in(tavle::lang::Lang::Nb))
            .unwrap_or_else(|| panic!("{} in {t}", q.text_in(tavle::lang::Lang::Nb)))
    };
    let order = ["works_well", "do_better", "proposals"];
    for (code, text) in fixture_cards() {
        let at = t
            .find(&text)
            .unwrap_or_else(|| panic!("«{text}» not in:\n{t}"));
        let n = order.iter().position(|c| *c == code).unwrap();
        assert!(at > heading_at(&code), "«{text}» after its question");
        if let Some(next) = order.get(n + 1) {
            assert!(at < heading_at(next), "«{text}» before the next question");
        }
    }
}

#[test]
fn the_workshop_on_a4_is_landscape_and_keeps_every_card() {
    let s = cli_support::Scratch::new();
    let out = s.path("innspill-a4.pdf");
    print_fixture(
        &s,
        &[
            "--what",
            "workshop",
            "--paper",
            "a4",
            "-o",
            out.to_str().unwrap(),
        ],
    )
    .ok();
    assert_eq!(info(&out, "Page size"), "841.89 x 595.276 pts (A4)");
    let t = flat(&out);
    for (_, text) in fixture_cards() {
        assert!(t.contains(&text), "«{text}» not in:\n{t}");
    }
}

#[test]
fn blank_prints_the_empty_workshop_sheet_without_any_card() {
    let s = cli_support::Scratch::new();
    let out = s.path("arbeidsark.pdf");
    let msg = print_fixture(
        &s,
        &["--what", "workshop", "--blank", "-o", out.to_str().unwrap()],
    )
    .ok();
    assert!(msg.contains("Utskriften er lagret"), "{msg}");
    assert_eq!(info(&out, "Pages"), "2");
    assert_eq!(info(&out, "Page size"), "1190.55 x 841.89 pts (A3)");
    let t = flat(&out);
    for q in tavle::Question::ALL {
        // The questions may wrap inside their boxes; their words are all there.
        for word in q.text_in(tavle::lang::Lang::Nb).split_whitespace() {
            assert!(t.contains(word), "{word} in {t}");
        }
    }
    for heading in print::board::columns(tavle::Lang::Nb) {
        assert!(t.contains(&heading), "{heading} in {t}");
    }
    for (_, text) in fixture_cards() {
        assert!(!t.contains(&text), "«{text}» on the blank sheet");
    }
    assert!(
        !t.contains("stemme") && !t.contains("Innspill fra workshopen"),
        "{t}"
    );
    // workshop_blank is the same sheet.
    let same = s.path("arbeidsark-2.pdf");
    s.print("1", "workshop_blank", &same).ok();
    assert_eq!(flat(&same), t);
}

#[test]
fn blank_with_anything_but_the_workshop_is_refused_and_writes_no_file() {
    let s = cli_support::Scratch::new();
    let id = s.import(Path::new(WORKSHOP_FIXTURE));
    for what in ["board", "plan", "report"] {
        let out = s.path(&format!("{what}.pdf"));
        let err = s
            .run(
                "print",
                &[
                    "--board",
                    &id,
                    "--what",
                    what,
                    "--blank",
                    "-o",
                    out.to_str().unwrap(),
                ],
            )
            .refused();
        assert!(
            err.contains("--blank gjelder bare --what workshop"),
            "{err}"
        );
        assert!(!out.exists(), "{what}: no file written");
    }
}
