//! Layout tests on the plain structs: what is on which page, and where.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::board::{cell_texts, columns};
use super::layout::{PageLayout, Role, Shape};
use super::{layout, Paper, What};
use tavle_model::lang::Lang;
use tavle_model::model::{AbsenceMonth, Board, Input, Milestone, Question, Row, Status};

pub(crate) fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    date(2025, 3, 20)
}

/// A board like seed 000, with `n` rows cycling through three real ones.
pub(crate) fn board(n: usize) -> Board {
    let mut b = Board::new("Hjemmesykepleien", 2025);
    b.main_goal = "Hovedmål for hjemmesykepleien er å bidra til at pasienter kan bo hjemme og bli så gode som mulig med tilrettelegging av nødvendig helsehjelp".into();
    b.focus = "trykkløst og trykksikkert.".into();
    b.target_pct = Some(7.0);
    b.absence = vec![
        AbsenceMonth::from_days("2025-01".parse().unwrap(), 200.0, 30.0),
        AbsenceMonth::from_days("2025-02".parse().unwrap(), 400.0, 20.0),
        AbsenceMonth::from_days("2025-03".parse().unwrap(), 400.0, 20.0),
    ];
    let base = [
        Row {
            goal: "Lettere samarbeid med korttidsavdelingen".into(),
            ideas: "Bedre dialoger med de ansatte på korttidsavdelingen for felles pasientforståelse.".into(),
            measure: "For å bedre samarbeidet skal det utvikles nye tiltak og utarbeides en prosedyre for felles pasientforståelse.".into(),
            owner: "Ansatte ved hjemmesykepleien og korttidsavdelingen. Godkjennes av avdelingsleder(e)".into(),
            when_text: "Skal være på plass i.a. Februar.".into(),
            due: Some(date(2025, 2, 28)),
            status: Status::InProgress,
            ..Row::default()
        },
        Row {
            goal: "Økt fagkompetanse".into(),
            ideas: "Ønskelig med økt fagkompetanse. Endring av tid (14-15) Event. halvtime slik at kveldsvakter også får delta.".into(),
            measure: "Det er sendt ut forespørsel på hva som ønskes av fagutvikling. Avdelingsledere skal i samråd se på ønskene og sette opp faghjul for året.".into(),
            owner: "Ansatte og leder".into(),
            when_text: "Faghjul skal være på plass innen midten av Mars.".into(),
            due: Some(date(2025, 3, 15)),
            status: Status::Done,
            result: "Faghjul laget og hengt opp på vaktrommet.".into(),
            ..Row::default()
        },
        Row {
            goal: "Ikke å miste de sykemeldte".into(),
            ideas: "Ansatte kan sende en melding til den sykemeldte for å vise at personen fortsatt har tilhørighet til arbeidsgruppen.".into(),
            measure: "Leder informerer ut etter samtykke fra ansatt.".into(),
            owner: "Alle ansatte".into(),
            when_text: "Alltid.".into(),
            status: Status::Ongoing,
            ..Row::default()
        },
    ];
    b.rows = (0..n).map(|i| base[i % 3].clone()).collect();
    b
}

/// Workshop cards like those on a real wall: `n` of them over the three questions (half on
/// the first, a third on the second, the rest on the third), with votes, Norwegian
/// letters, some long; every fifth became one of the board's rows.
pub(crate) fn with_inputs(mut b: Board, n: usize) -> Board {
    let texts = [
        "Vi hjelper hverandre på travle vakter",
        "God stemning på morgenmøtet, særlig når vi får tid til en kaffe først",
        "Overlevering til og fra korttidsavdelingen må bli tydeligere, både muntlig og skriftlig i journalen",
        "Fagtid som kveldsvaktene også kan delta på",
        "Øve på vanskelige samtaler med pårørende",
        "Send en hilsen til kolleger som er sykemeldt, når de vil det",
    ];
    let rows = b.rows.len();
    b.inputs = (0..n)
        .map(|i| Input {
            question: if i < n / 2 {
                Question::WorksWell
            } else if i < n / 2 + n / 3 {
                Question::DoBetter
            } else {
                Question::Proposals
            },
            text: format!("{} ({})", texts[i % texts.len()], i + 1),
            votes: (i % 5) as u32,
            row: (i % 5 == 4 && rows > 0).then_some(i % rows.max(1)),
        })
        .collect();
    b
}

/// The text laid out for each card (by its index in `inputs`), over all pages.
fn laid_cards(pages: &[PageLayout], note: bool) -> BTreeMap<usize, String> {
    let mut cards: BTreeMap<usize, String> = BTreeMap::new();
    for page in pages {
        for t in &page.texts {
            match t.role {
                Role::Card(i) if !note => cards.entry(i).or_default().push_str(&t.text),
                Role::CardNote(i) if note => {
                    let s = cards.entry(i).or_default();
                    if !s.is_empty() {
                        s.push(' ');
                    }
                    s.push_str(&t.text);
                }
                _ => {}
            }
        }
    }
    cards
}

/// The boxes of a page that must not overlap: the cards (white with an outline) and the
/// question bars (dark).
fn card_boxes(page: &PageLayout) -> Vec<super::layout::Rect> {
    page.shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Rect {
                rect,
                fill: Some(_),
                ..
            } => Some(*rect),
            _ => None,
        })
        .collect()
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The text of each board cell as laid out, over all pages, "(forts.)" left out.
fn laid_cells(pages: &[PageLayout]) -> BTreeMap<(usize, usize), String> {
    let mut cells: BTreeMap<(usize, usize), String> = BTreeMap::new();
    for page in pages {
        for t in &page.texts {
            if let Role::Cell { row, col } = t.role {
                cells.entry((row, col)).or_default().push_str(&t.text);
            }
        }
    }
    cells
}

/// Pages on which each row has text.
fn row_pages(pages: &[PageLayout]) -> BTreeMap<usize, BTreeSet<usize>> {
    let mut rows: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (i, page) in pages.iter().enumerate() {
        for t in &page.texts {
            if let Role::Cell { row, .. } = t.role {
                rows.entry(row).or_default().insert(i);
            }
        }
    }
    rows
}

pub(crate) fn assert_inside_and_apart(pages: &[PageLayout]) {
    for (n, page) in pages.iter().enumerate() {
        for t in &page.texts {
            assert!(
                t.container.contains(&t.rect()),
                "page {n}: {t:?} outside its box"
            );
            assert!(
                page.printable.contains(&t.container),
                "page {n}: box of {t:?} outside the page"
            );
        }
        for s in &page.shapes {
            assert!(
                page.printable.contains(&s.bounds()),
                "page {n}: {s:?} outside the page"
            );
        }
        for (i, a) in page.texts.iter().enumerate() {
            for b in &page.texts[i + 1..] {
                if a.text.is_empty() || b.text.is_empty() {
                    continue;
                }
                assert!(
                    !a.rect().overlaps(&b.rect()),
                    "page {n}: «{}» overlaps «{}»",
                    a.text,
                    b.text
                );
            }
        }
    }
}

fn every_layout(b: &Board) -> Vec<(String, Vec<PageLayout>)> {
    let mut all = Vec::new();
    for what in [
        What::Board,
        What::Plan,
        What::Workshop,
        What::WorkshopBlank,
        What::Report,
    ] {
        for paper in [Paper::A3, Paper::A4] {
            let pages = layout(b, what, Some(paper), today()).unwrap();
            all.push((format!("{what:?} {paper:?}"), pages));
        }
    }
    all
}

#[test]
fn nothing_is_drawn_outside_its_box_or_the_printable_area_and_no_text_overlaps() {
    for b in [board(3), board(24), board(0), with_inputs(board(3), 60)] {
        for (name, pages) in every_layout(&b) {
            println!("{name}: {} pages", pages.len());
            assert_inside_and_apart(&pages);
        }
    }
}

#[test]
fn every_character_of_every_cell_is_on_the_page() {
    for paper in [Paper::A3, Paper::A4] {
        let b = board(24);
        let pages = layout(&b, What::Board, Some(paper), today()).unwrap();
        let laid = laid_cells(&pages);
        for (i, row) in b.rows.iter().enumerate() {
            for (col, text) in cell_texts(i, row, today(), Lang::Nb).iter().enumerate() {
                let got = laid.get(&(i, col)).map(String::as_str).unwrap_or("");
                assert_eq!(
                    squeeze(got),
                    squeeze(text),
                    "row {i} column {}",
                    columns(Lang::Nb)[col]
                );
            }
        }
    }
}

#[test]
fn a_word_of_three_thousand_characters_is_broken_and_stays_inside_its_cell() {
    let mut b = board(2);
    let word: String = "æøåÆØÅ".chars().cycle().take(3000).collect();
    b.rows[1].owner = word.clone();
    let pages = layout(&b, What::Board, None, today()).unwrap();
    assert_inside_and_apart(&pages);
    let lines: Vec<_> = pages
        .iter()
        .flat_map(|p| &p.texts)
        .filter(|t| t.role == (Role::Cell { row: 1, col: 3 }))
        .collect();
    assert!(lines.len() > 20, "{} lines", lines.len());
    assert!(lines.iter().all(|t| t.container.contains(&t.rect())));
    assert_eq!(laid_cells(&pages)[&(1, 3)], word);
}

#[test]
fn rows_move_to_the_next_page_whole_and_every_page_repeats_the_column_header() {
    for paper in [Paper::A3, Paper::A4] {
        let pages = layout(&board(24), What::Board, Some(paper), today()).unwrap();
        assert!(
            pages.len() >= 2,
            "{paper:?}: 24 rows need more than one page"
        );
        for (row, on) in row_pages(&pages) {
            assert_eq!(
                on.len(),
                1,
                "{paper:?}: row {row} is split over pages {on:?}"
            );
        }
        for (n, page) in pages.iter().enumerate() {
            let heads: Vec<_> = page
                .texts
                .iter()
                .filter(|t| t.role == Role::ColumnHeader)
                .map(|t| t.text.as_str())
                .collect();
            assert_eq!(heads, columns(Lang::Nb), "{paper:?} page {}", n + 1);
            assert!(!page.texts.iter().any(|t| t.role == Role::Continued));
        }
    }
}

#[test]
fn a_row_taller_than_a_page_continues_on_the_next_with_forts() {
    let mut b = board(3);
    b.rows[1].ideas =
        "Vi prøver ut nye ting på vaktene og skriver ned hva som virker. ".repeat(150);
    let pages = layout(&b, What::Board, None, today()).unwrap();
    assert_inside_and_apart(&pages);
    let on = row_pages(&pages);
    assert!(on[&1].len() >= 2, "the tall row spans {:?}", on[&1]);
    assert_eq!(on[&0].len(), 1);
    assert_eq!(on[&2].len(), 1);
    for &p in on[&1].iter().skip(1) {
        let forts: Vec<_> = pages[p]
            .texts
            .iter()
            .filter(|t| t.role == Role::Continued)
            .collect();
        assert_eq!(forts.len(), 1, "page {}", p + 1);
        assert_eq!(forts[0].text, "(forts.)");
        // It is the first thing in the row: above every cell line of the page.
        let top_cell = pages[p]
            .texts
            .iter()
            .filter(|t| matches!(t.role, Role::Cell { .. }))
            .map(|t| t.y)
            .fold(f64::MAX, f64::min);
        assert!(forts[0].y <= top_cell + 1e-9);
    }
    let laid = laid_cells(&pages);
    assert_eq!(squeeze(&laid[&(1, 1)]), squeeze(&b.rows[1].ideas));
}

#[test]
fn the_footer_says_when_it_was_printed_and_side_x_av_y() {
    let pages = layout(&board(24), What::Board, Some(Paper::A4), today()).unwrap();
    let n = pages.len();
    for (i, page) in pages.iter().enumerate() {
        let footer: Vec<_> = page
            .texts
            .iter()
            .filter(|t| t.role == Role::Footer)
            .map(|t| t.text.clone())
            .collect();
        assert!(
            footer.contains(&"Skrevet ut 20.03.2025".to_string()),
            "{footer:?}"
        );
        assert!(
            footer.contains(&format!("side {} av {n}", i + 1)),
            "{footer:?}"
        );
    }
}

#[test]
fn body_text_is_at_least_12_pt_on_a3_and_9_pt_on_a4_however_many_rows() {
    for (paper, min) in [(Paper::A3, 12.0), (Paper::A4, 9.0)] {
        let few = layout(&board(3), What::Board, Some(paper), today()).unwrap();
        let many = layout(&board(300), What::Board, Some(paper), today()).unwrap();
        assert!(many.len() > few.len() * 20, "more rows make more pages");
        for pages in [&few, &many] {
            let sizes: BTreeSet<u64> = pages
                .iter()
                .flat_map(|p| &p.texts)
                .filter(|t| matches!(t.role, Role::Cell { .. }))
                .map(|t| (t.size_pt * 100.0) as u64)
                .collect();
            assert!(
                sizes.iter().all(|&s| s as f64 / 100.0 >= min),
                "{paper:?}: {sizes:?}"
            );
            // Nothing on the page is tiny either.
            assert!(
                pages
                    .iter()
                    .flat_map(|p| &p.texts)
                    .all(|t| t.size_pt >= 7.4),
                "{paper:?}"
            );
        }
    }
}

#[test]
fn overdue_rows_say_forsinket_and_others_do_not() {
    let b = board(3);
    let pages = layout(&b, What::Board, None, today()).unwrap();
    let laid = laid_cells(&pages);
    assert_eq!(laid[&(0, 5)], "PågårFORSINKET");
    assert_eq!(laid[&(1, 5)], "Fullført");
    assert_eq!(laid[&(2, 5)], "Løpende");
    assert_eq!(
        squeeze(&laid[&(0, 4)]),
        squeeze("Skal være på plass i.a. Februar. Frist 28.02.2025")
    );
    // Before the due date it is not late.
    let early = layout(&b, What::Board, None, date(2025, 2, 1)).unwrap();
    assert_eq!(laid_cells(&early)[&(0, 5)], "Pågår");
}

#[test]
fn each_status_has_a_stripe_and_a_marker() {
    let mut b = board(6);
    for (row, status) in b.rows.iter_mut().zip(Status::ALL) {
        row.status = status;
        row.due = None;
    }
    let pages = layout(&b, What::Board, None, today()).unwrap();
    let laid = laid_cells(&pages);
    for (i, status) in Status::ALL.iter().enumerate() {
        assert_eq!(laid[&(i, 5)], status.label_in(Lang::Nb));
    }
    // Six stripes in six colours (one per status).
    let colours: Vec<_> = pages
        .iter()
        .flat_map(|p| &p.shapes)
        .filter_map(|s| match s {
            Shape::Rect {
                rect,
                fill: Some(f),
                stroke: None,
            } if rect.w < 3.0 && rect.h > 10.0 => Some(*f),
            _ => None,
        })
        .collect();
    assert_eq!(colours.len(), 6, "{colours:?}");
    for (i, a) in colours.iter().enumerate() {
        assert!(!colours[i + 1..].contains(a));
    }
}

#[test]
fn the_figures_box_shows_year_to_date_target_and_gap() {
    let text = |b: &Board| {
        layout(b, What::Board, None, today()).unwrap()[0]
            .text()
            .replace('\n', " ")
    };
    let b = board(3);
    let t = text(&b);
    assert!(t.contains("Sykefravær hittil i år"), "{t}");
    assert!(t.contains("7,0 %"), "{t}");
    assert!(t.contains("basert på dagsverk"), "{t}");
    assert!(t.contains("Mål: 7,0 %"), "{t}");
    assert!(t.contains("0,0 prosentpoeng"), "{t}");
    let mut pct = board(3);
    pct.absence = vec![
        AbsenceMonth::from_pct("2025-01".parse().unwrap(), 9.4),
        AbsenceMonth::from_pct("2025-02".parse().unwrap(), 8.8),
    ];
    let t = text(&pct);
    assert!(t.contains("9,1 %") && t.contains("snitt av måneder"), "{t}");
    assert!(t.contains("+2,1 prosentpoeng (over målet)"), "{t}");
    let mut none = board(3);
    none.absence.clear();
    assert!(text(&none).contains("ingen tall ennå"));
}

#[test]
fn the_board_header_has_title_unit_year_main_goal_and_focus() {
    let t = layout(&board(3), What::Board, None, today()).unwrap()[0].text();
    for want in [
        "Forbedringstavle",
        "Hjemmesykepleien 2025",
        "Hovedmål",
        "Med fokus på verdiene: trykkløst og trykksikkert.",
    ] {
        assert!(t.contains(want), "{want} in {t}");
    }
}

#[test]
fn the_plan_has_the_five_sections_with_last_years_questions() {
    let mut b = board(0);
    b.plan.absence_pct_december = Some(11.2);
    b.plan.absence_pct_average = Some(10.4);
    b.plan.milestones = vec![
        Milestone {
            text: "Faghjul på plass".into(),
            due: Some(date(2025, 3, 15)),
            reached_on: Some(date(2025, 3, 10)),
        },
        Milestone {
            text: "Under 9 %".into(),
            due: None,
            reached_on: None,
        },
    ];
    let pages = layout(&b, What::Plan, None, today()).unwrap();
    assert_eq!(pages.len(), 1);
    assert!((pages[0].width - 210.0).abs() < 1e-9 && (pages[0].height - 297.0).abs() < 1e-9);
    let t = pages[0].text();
    for want in [
        "Prosjekt nærvær 2025",
        "Situasjonsbeskrivelse",
        "Handlinger",
        "Delmål",
        "Ønsket situasjon ila",
        "Mål sykefravær %",
        "• Hvilken sykefravær % har vi des 2024?",
        "• Hvilken sykefravær % har vi i gjsn 2024?",
        "• Hvilket mål er realistisk å oppnå i 2025?",
        "Sykefravær desember 2024: 11,2 %",
        "Gjennomsnitt 2024: 10,4 %",
        "Faghjul på plass – frist 15.03.2025 – nådd 10.03.2025",
        "7,0 %",
    ] {
        assert!(t.contains(want), "{want} in {t}");
    }
    // Guiding questions are small and grey; the target is large.
    let guide = pages[0]
        .texts
        .iter()
        .find(|t| t.role == Role::Guide)
        .unwrap();
    let target = pages[0].texts.iter().find(|t| t.text == "7,0 %").unwrap();
    assert!(guide.size_pt < 10.0 && target.size_pt > 30.0);
    // One tick: the reached milestone (a green check mark path).
    let ticks = pages[0]
        .shapes
        .iter()
        .filter(|s| matches!(s, Shape::Path { points, closed: false, stroke: Some(st), .. } if points.len() == 3 && st.color == super::layout::Rgb::GREEN))
        .count();
    assert_eq!(ticks, 1);
}

#[test]
fn a_plan_too_long_for_one_page_continues_on_the_next_and_keeps_every_word() {
    let mut b = board(0);
    b.plan.situation =
        "Vi har hatt mye fravær på kveldsvakter, og mange er slitne etter en lang høst. "
            .repeat(60);
    b.plan.actions = "Faste samtaler, faghjul og tavlemøter hver fjortende dag. ".repeat(40);
    let pages = layout(&b, What::Plan, None, today()).unwrap();
    assert!(pages.len() >= 2, "{} pages", pages.len());
    assert_inside_and_apart(&pages);
    let all: String = pages
        .iter()
        .flat_map(|p| &p.texts)
        .filter(|t| t.role == Role::Section(0))
        .map(|t| t.text.as_str())
        .collect();
    assert!(squeeze(&all).contains(&squeeze(&b.plan.situation)));
    // Shrunk to the smallest readable size first, it still goes on: page 2 says so.
    assert!(pages[1].texts.iter().any(|t| t.text.contains("(forts.)")));
}

#[test]
fn the_workshop_sheet_asks_the_three_questions_and_has_an_empty_board() {
    let pages = layout(&board(0), What::WorkshopBlank, None, today()).unwrap();
    assert_eq!(pages.len(), 2);
    let first = pages[0].text().replace('\n', " ");
    for q in tavle_model::model::Question::ALL {
        assert!(
            first.contains(&q.text_in(Lang::Nb)),
            "{}",
            q.text_in(Lang::Nb)
        );
    }
    let heads: Vec<_> = pages[1]
        .texts
        .iter()
        .filter(|t| t.role == Role::ColumnHeader)
        .map(|t| t.text.as_str())
        .collect();
    assert_eq!(heads, columns(Lang::Nb));
}

#[test]
fn a_board_without_inputs_prints_the_blank_workshop_sheet_and_blank_ignores_the_inputs() {
    let b = board(3);
    assert!(b.inputs.is_empty());
    for paper in [Paper::A3, Paper::A4] {
        let blank = layout(&b, What::WorkshopBlank, Some(paper), today()).unwrap();
        assert_eq!(blank.len(), 2);
        assert_eq!(
            layout(&b, What::Workshop, Some(paper), today()).unwrap(),
            blank,
            "{paper:?}"
        );
        // The blank sheet is blank even when the board has cards.
        let cards = with_inputs(board(3), 12);
        assert_eq!(
            layout(&cards, What::WorkshopBlank, Some(paper), today()).unwrap(),
            blank,
            "{paper:?}"
        );
    }
}

#[test]
fn workshop_cards_keep_every_word_under_their_question_in_order() {
    let b = with_inputs(board(3), 12);
    for paper in [Paper::A3, Paper::A4] {
        let pages = layout(&b, What::Workshop, Some(paper), today()).unwrap();
        assert_inside_and_apart(&pages);
        let first = pages[0].text();
        assert!(first.starts_with("Innspill fra workshopen\nWorkshop – Hjemmesykepleien 2025"));
        let laid = laid_cards(&pages, false);
        assert_eq!(laid.len(), b.inputs.len(), "{paper:?}");
        for (i, input) in b.inputs.iter().enumerate() {
            assert_eq!(
                squeeze(&laid[&i]),
                squeeze(&input.text),
                "{paper:?} card {i}"
            );
        }
        // Reading down the pages: each question's heading, then its cards in their order.
        let mut seen = Vec::new();
        for page in &pages {
            for t in &page.texts {
                match t.role {
                    Role::Heading => {
                        if let Some(q) =
                            Question::ALL.iter().find(|q| t.text == q.text_in(Lang::Nb))
                        {
                            seen.push(format!("? {}", q.code()));
                        }
                    }
                    Role::Card(i) if !seen.contains(&format!("card {i}")) => {
                        seen.push(format!("card {i}"))
                    }
                    _ => {}
                }
            }
        }
        let mut want = Vec::new();
        for q in Question::ALL {
            want.push(format!("? {}", q.code()));
            for (i, input) in b.inputs.iter().enumerate() {
                if input.question == q {
                    want.push(format!("card {i}"));
                }
            }
        }
        // Cards side by side are laid out left to right, so the order holds per line too.
        assert_eq!(seen, want, "{paper:?}");
        for page in &pages {
            let boxes = card_boxes(page);
            for (i, a) in boxes.iter().enumerate() {
                for b in &boxes[i + 1..] {
                    assert!(!a.overlaps(b), "{paper:?}: {a:?} overlaps {b:?}");
                }
            }
        }
    }
}

#[test]
fn sixty_cards_take_several_pages_each_card_whole_and_the_question_repeated_with_forts() {
    let b = with_inputs(board(3), 60);
    for paper in [Paper::A3, Paper::A4] {
        let pages = layout(&b, What::Workshop, Some(paper), today()).unwrap();
        assert!(pages.len() >= 3, "{paper:?}: {} pages", pages.len());
        assert_inside_and_apart(&pages);
        let mut on: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        for (n, page) in pages.iter().enumerate() {
            for t in &page.texts {
                if let Role::Card(i) | Role::CardNote(i) = t.role {
                    on.entry(i).or_default().insert(n);
                }
            }
        }
        assert_eq!(on.len(), 60);
        assert!(on.values().all(|p| p.len() == 1), "{paper:?}: {on:?}");
        let used: BTreeSet<usize> = on.values().flatten().copied().collect();
        assert_eq!(used.len(), pages.len(), "{paper:?}: every page has cards");
        let laid = laid_cards(&pages, false);
        for (i, input) in b.inputs.iter().enumerate() {
            assert_eq!(squeeze(&laid[&i]), squeeze(&input.text));
        }
        // A page whose first card belongs to a question begun on an earlier page starts
        // with that question again, marked "(forts.)", above every card.
        let mut forts = 0;
        for (n, page) in pages.iter().enumerate().skip(1) {
            let Some(first) = page.texts.iter().find_map(|t| match t.role {
                Role::Card(i) => Some((i, t.y)),
                _ => None,
            }) else {
                continue;
            };
            let q = b.inputs[first.0].question;
            let begun_before = pages[..n]
                .iter()
                .flat_map(|p| &p.texts)
                .any(|t| t.text == q.text_in(Lang::Nb));
            let heads: Vec<_> = page
                .texts
                .iter()
                .filter(|t| t.role == Role::Heading)
                .collect();
            if begun_before {
                let want = format!("{} (forts.)", q.text_in(Lang::Nb));
                let head = heads.iter().find(|t| t.text == want);
                let head = head.unwrap_or_else(|| panic!("{paper:?} page {}: {heads:?}", n + 1));
                assert!(head.y < first.1);
                forts += 1;
            }
            assert!(!page.texts.iter().any(|t| t.role == Role::Continued));
        }
        assert!(forts >= 1, "{paper:?}: some page continues a question");
        let last = pages.last().unwrap().text();
        assert!(
            last.contains(&format!("side {0} av {0}", pages.len())),
            "{last}"
        );
    }
}

#[test]
fn votes_are_red_dots_and_words_and_a_card_that_became_a_row_names_the_row() {
    let mut b = board(3);
    b.rows[1].goal.clear();
    let card = |text: &str, votes, row| Input {
        question: Question::DoBetter,
        text: text.into(),
        votes,
        row,
    };
    b.inputs = vec![
        card("Ingen stemmer her", 0, None),
        card("Én stemme", 1, None),
        card("Tre stemmer", 3, Some(0)),
        card("Mange stemmer", 25, Some(1)),
    ];
    let pages = layout(&b, What::Workshop, None, today()).unwrap();
    assert_inside_and_apart(&pages);
    let notes = laid_cards(&pages, true);
    assert!(!notes.contains_key(&0), "{notes:?}");
    assert_eq!(notes[&1], "1 stemme");
    assert_eq!(
        notes[&2],
        "3 stemmer → Ble til rad 1 på tavla: Lettere samarbeid med korttidsavdelingen"
    );
    // No goal: the row is named by its measure.
    assert!(
        notes[&3].starts_with("25 stemmer → Ble til rad 2 på tavla: Det er sendt ut"),
        "{}",
        notes[&3]
    );
    // One red dot per vote, ten at most: 1 + 3 + 10.
    let dots = pages[0]
        .shapes
        .iter()
        .filter(|s| {
            matches!(s, Shape::Path { closed: true, fill: Some(f), .. } if *f == super::layout::Rgb::RED)
        })
        .count();
    assert_eq!(dots, 14);
    // The other questions say they have none.
    assert_eq!(pages[0].text().matches("Ingen innspill.").count(), 2);
    // Text read from two metres: cards at least 12 pt on A3.
    assert!(pages[0]
        .texts
        .iter()
        .filter(|t| matches!(t.role, Role::Card(_) | Role::CardNote(_)))
        .all(|t| t.size_pt >= 12.0));
}

#[test]
fn a_card_taller_than_a_page_continues_on_the_next_with_forts() {
    let mut b = with_inputs(board(3), 6);
    b.inputs[1].text =
        "Vi prøver ut nye ting på vaktene og skriver ned hva som virker. ".repeat(60);
    b.inputs[1].votes = 4;
    let pages = layout(&b, What::Workshop, None, today()).unwrap();
    assert_inside_and_apart(&pages);
    let on: BTreeSet<usize> = pages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.texts.iter().any(|t| t.role == Role::Card(1)))
        .map(|(n, _)| n)
        .collect();
    assert!(on.len() >= 2, "{on:?}");
    // The tall card is on the first line: it starts on the first page, under its
    // question, and no page is left without a card.
    assert_eq!(on.first(), Some(&0));
    assert!(pages[0]
        .texts
        .iter()
        .any(|t| t.text == Question::WorksWell.text_in(Lang::Nb)));
    for (n, page) in pages.iter().enumerate() {
        assert!(
            page.texts.iter().any(|t| matches!(t.role, Role::Card(_))),
            "page {} has no card",
            n + 1
        );
    }
    for &n in on.iter().skip(1) {
        let forts: Vec<_> = pages[n]
            .texts
            .iter()
            .filter(|t| t.role == Role::Continued)
            .collect();
        assert_eq!(forts.len(), 1, "page {}", n + 1);
        assert_eq!(forts[0].text, "(forts.)");
        assert!(pages[n]
            .texts
            .iter()
            .any(|t| t.text == format!("{} (forts.)", Question::WorksWell.text_in(Lang::Nb))));
    }
    assert_eq!(
        squeeze(&laid_cards(&pages, false)[&1]),
        squeeze(&b.inputs[1].text)
    );
    assert_eq!(laid_cards(&pages, true)[&1], "4 stemmer");
}

#[test]
fn numbers_that_were_never_validated_do_not_break_the_print() {
    let mut b = board(3);
    b.target_pct = Some(f64::NAN);
    b.plan.absence_pct_december = Some(f64::INFINITY);
    b.absence = vec![
        AbsenceMonth::from_pct(
            tavle_model::model::YearMonth {
                year: 2025,
                month: 0,
            },
            5.0,
        ),
        AbsenceMonth::from_pct("2025-02".parse().unwrap(), f64::NAN),
    ];
    for what in [What::Board, What::Plan, What::Report] {
        let pages = layout(&b, what, None, today()).unwrap();
        assert!(!pages
            .iter()
            .any(|p| p.text().contains("NaN") || p.text().contains("inf %")));
        assert!(super::pdf(&b, what, None, today()).is_ok());
    }
}

#[test]
fn what_and_paper_read_the_command_line_words() {
    assert_eq!("board".parse::<What>().unwrap(), What::Board);
    assert_eq!("Workshop".parse::<What>().unwrap(), What::Workshop);
    assert_eq!(
        "workshop_blank".parse::<What>().unwrap(),
        What::WorkshopBlank
    );
    assert_eq!(
        serde_json::to_string(&What::WorkshopBlank).unwrap(),
        "\"workshop_blank\""
    );
    assert_eq!(super::default_paper(What::WorkshopBlank), Paper::A3);
    assert_eq!(super::default_paper(What::Workshop), Paper::A3);
    assert_eq!("A4".parse::<Paper>().unwrap(), Paper::A4);
    let err = "a5".parse::<Paper>().unwrap_err();
    assert_eq!(err.exit_code(), 2);
    assert!(err.to_string().contains("Velg a3 eller a4"));
    assert!("plakat"
        .parse::<What>()
        .unwrap_err()
        .to_string()
        .contains("Ukjent utskrift «plakat»"));
}

#[test]
fn characters_the_font_lacks_still_print() {
    let mut b = board(2);
    b.rows[0].ideas = "Tommel opp 👍, 漢字, tab\there, nul\u{0}, e\u{301}, linje\r\nneste".into();
    let pages = layout(&b, What::Board, None, today()).unwrap();
    assert_inside_and_apart(&pages);
    let bytes = super::pdf(&b, What::Board, None, today()).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
}

#[test]
fn tiltakstype_and_innsats_are_a_tag_under_tiltak_in_either_language_and_only_when_chosen() {
    use tavle_model::model::{MeasureKind, MeasureLevel};
    let mut row = Row {
        goal: "Mål".into(),
        measure: "Lage prosedyre".into(),
        ..Row::default()
    };
    let measure = columns(Lang::Nb)
        .iter()
        .position(|c| c == "TILTAK")
        .unwrap();
    assert_eq!(
        cell_texts(0, &row, today(), Lang::Nb)[measure],
        "Lage prosedyre"
    );
    row.kind = Some(MeasureKind::Basis);
    row.level = Some(MeasureLevel::Preventive);
    assert_eq!(
        cell_texts(0, &row, today(), Lang::Nb)[measure],
        "Lage prosedyre\nBasistiltak · Forebyggende"
    );
    row.kind = None;
    assert_eq!(
        cell_texts(0, &row, today(), Lang::Nn)[measure],
        "Lage prosedyre\nFørebyggjande"
    );
    // No new column: the tag lives under Tiltak.
    assert_eq!(columns(Lang::Nb).len(), 7);
}
