//! «Referat fra tavlemøtet» (`What::Minutes`): one A4 portrait page that says what changed
//! in the meeting (from → to), who does what by when, the absence line with the run chart's
//! verdict and the ideas with most votes — read back from the PDF in bokmål and nynorsk, and
//! from `tavle print --what minutes --on DATO`.

mod cli_support;
mod common;

use common::pdf::{self, flat};
use tavle::model::{Input, Question, Status, StatusChange};
use tavle::print::{self, What};
use tavle::Lang;

/// The example board with its first measure set from Pågår to Fullført on the meeting day
/// (12.03.2025), and two ideas from the workshop.
fn after_the_meeting() -> tavle::Board {
    let mut b = common::example_board();
    b.rows[0].history.push(StatusChange {
        on: common::date(2025, 3, 12),
        status: Status::Done,
        note: "Endret i tavlemøtet".into(),
    });
    b.rows[0].status = Status::Done;
    b.inputs = vec![
        Input {
            question: Question::Proposals,
            text: "Fredagsmøte med kaffe".into(),
            votes: 7,
            row: None,
        },
        Input {
            question: Question::WorksWell,
            text: "Godt humør".into(),
            votes: 9,
            row: None,
        },
    ];
    b
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_minutes_say_what_changed_who_does_what_and_the_verdict_on_one_a4_page() {
    let dir = tempfile::tempdir().unwrap();
    let board = after_the_meeting();
    let day = common::date(2025, 3, 12);
    let trend = print::unit_trend_for(&board, std::slice::from_ref(&board));
    let verdict = trend.as_ref().unwrap().verdict_in(Lang::Nb);
    let bytes = print::pdf_in(&board, What::Minutes, None, day, Lang::Nb, trend.as_ref()).unwrap();
    let path = pdf::write_pdf(dir.path(), "referat.pdf", &bytes);
    assert_eq!(pdf::info(&path, "Pages"), "1");
    assert!(
        pdf::info(&path, "Page size").starts_with("595.276 x 841.89"),
        "A4 portrait: {}",
        pdf::info(&path, "Page size")
    );
    let text = flat(&path);
    for want in [
        "Referat fra tavlemøtet",
        "Hjemmesykepleien 2025 · 12.03.2025",
        "Endret i møtet",
        "Pågår → Fullført",
        "Hvem gjør hva innen når",
        // The second measure: its owner and due date, not yet started.
        "Ansatte og leder",
        "15.03.2025",
        "Ikke startet",
        "Hittil i år 9,4 %, målet er 7,0 %",
        "Fredagsmøte med kaffe",
        "7 stemmer",
    ] {
        assert!(text.contains(want), "«{want}» missing from: {text}");
    }
    assert!(text.contains(&one_line(&verdict)), "the verdict: {text}");
    // What works well is not an idea; the measure done is no longer someone's to do.
    assert!(!text.contains("Godt humør"));
    let tasks = text.split("Hvem gjør hva").nth(1).unwrap();
    assert!(!tasks.contains("felles pasientforståelse"), "{tasks}");
    assert_eq!(
        pdf::info(&path, "Title"),
        "Referat fra tavlemøtet 12.03.2025 – Hjemmesykepleien"
    );

    // The day after, nothing changed in that meeting.
    let next = print::pdf(&board, What::Minutes, None, common::date(2025, 3, 13)).unwrap();
    let path = pdf::write_pdf(dir.path(), "referat-dagen-etter.pdf", &next);
    assert!(flat(&path).contains("Ingen tiltak fikk ny status i møtet."));
}

#[test]
fn the_minutes_in_nynorsk() {
    let dir = tempfile::tempdir().unwrap();
    let board = after_the_meeting();
    let day = common::date(2025, 3, 12);
    let trend = print::unit_trend_for(&board, std::slice::from_ref(&board));
    let verdict = trend.as_ref().unwrap().verdict_in(Lang::Nn);
    let bytes = print::pdf_in(&board, What::Minutes, None, day, Lang::Nn, trend.as_ref()).unwrap();
    let path = pdf::write_pdf(dir.path(), "referat-nn.pdf", &bytes);
    let text = flat(&path);
    for want in [
        "Referat frå tavlemøtet",
        "Endra i møtet",
        "Pågår → Fullført",
        "Kven gjer kva innan når",
        "Ansvarleg",
        "Ansatte og leder",
        "15.03.2025",
        "Ikkje starta",
        "Fråvær",
    ] {
        assert!(text.contains(want), "«{want}» missing from: {text}");
    }
    assert!(text.contains(&one_line(&verdict)), "the verdict: {text}");
    assert!(!text.contains("Hvem gjør"));
}

#[test]
fn tavle_print_what_minutes_on_the_meeting_day() {
    let (s, id) = cli_support::Scratch::with_example();
    let show = s.run("show", &["--board", &id]).ok();
    let first = cli_support::row_ids(&show)[0].clone();
    s.run(
        "status",
        &[
            "--row",
            &first,
            "--to",
            "done",
            "--on",
            "12.03.2025",
            "--note",
            "Endret i tavlemøtet",
        ],
    )
    .ok();
    let out = s.path("referat.pdf");
    let said = s
        .run(
            "print",
            &[
                "--board",
                &id,
                "--what",
                "minutes",
                "--on",
                "12.03.2025",
                "-o",
                out.to_str().unwrap(),
            ],
        )
        .ok();
    assert!(said.contains("referat.pdf"), "{said}");
    let text = flat(&out);
    assert!(text.contains("Referat fra tavlemøtet"), "{text}");
    assert!(text.contains("Pågår → Fullført"), "{text}");
    assert!(text.contains("Skrevet ut 12.03.2025"), "{text}");
    // `referat` is the Norwegian word for it, and nynorsk goes with --lang.
    let nn = s.path("referat-nn.pdf");
    s.run(
        "print",
        &[
            "--board",
            &id,
            "--what",
            "referat",
            "--on",
            "12.03.2025",
            "--lang",
            "nn",
            "-o",
            nn.to_str().unwrap(),
        ],
    )
    .ok();
    assert!(flat(&nn).contains("Referat frå tavlemøtet"));
    // A day that is not a date is refused, saying so.
    let refused = s
        .run(
            "print",
            &[
                "--board", &id, "--what", "minutes", "--on", "i går", "-o", "x.pdf",
            ],
        )
        .refused();
    assert!(refused.contains("i går"), "{refused}");
}
