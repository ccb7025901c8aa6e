//! `--lang nb|nn` on the command line: prints in nynorsk when asked (on `print`, on `rollup
//! --format pdf`, or before the command), or when the locale is nynorsk; any other language
//! refused in Norwegian with exit code 2.

mod cli_support;
mod common;

use std::ffi::OsStr;
use std::path::Path;

use cli_support::{tavle, tavle_in_env, Run, Scratch};
use common::pdf::flat;

/// `tavle [before…] print FIL --board ID --what board args… -o out`, with `env` as locale.
fn print_board(s: &Scratch, id: &str, before: &[&str], args: &[&str], env: &[(&str, &str)]) -> Run {
    let out = s.path("tavle.pdf");
    let mut all: Vec<&OsStr> = before.iter().map(OsStr::new).collect();
    all.extend([OsStr::new("print"), s.file.as_os_str()]);
    all.extend(["--board", id, "--what", "board"].map(OsStr::new));
    all.extend(args.iter().map(OsStr::new));
    all.extend([OsStr::new("-o"), out.as_os_str()]);
    tavle_in_env(all, env)
}

fn printed(s: &Scratch) -> String {
    flat(&s.path("tavle.pdf"))
}

fn is_nynorsk(text: &str) -> bool {
    assert!(
        text.contains("Forbetringstavle") != text.contains("Forbedringstavle"),
        "{text}"
    );
    text.contains("Forbetringstavle") && text.contains("Ikkje starta") && text.contains("IDEAR")
}

#[test]
fn print_with_lang_nn_gives_the_board_in_nynorsk_and_nb_or_nothing_in_bokmal() {
    let (s, id) = Scratch::with_example();
    print_board(&s, &id, &[], &["--lang", "nn"], &[]).ok();
    assert!(is_nynorsk(&printed(&s)));
    print_board(&s, &id, &["--lang", "nn"], &[], &[]).ok();
    assert!(is_nynorsk(&printed(&s)), "tavle --lang nn print …");
    print_board(&s, &id, &[], &["--lang", "nb"], &[]).ok();
    assert!(!is_nynorsk(&printed(&s)));
    print_board(&s, &id, &[], &[], &[]).ok();
    assert!(!is_nynorsk(&printed(&s)), "the C locale is bokmål");
}

#[test]
fn a_nynorsk_locale_prints_nynorsk_unless_lang_says_otherwise() {
    let (s, id) = Scratch::with_example();
    print_board(&s, &id, &[], &[], &[("LANG", "nn_NO.UTF-8")]).ok();
    assert!(is_nynorsk(&printed(&s)), "LANG=nn_NO.UTF-8");
    print_board(
        &s,
        &id,
        &[],
        &[],
        &[("LANG", "nb_NO.UTF-8"), ("LC_ALL", "nn_NO.UTF-8")],
    )
    .ok();
    assert!(is_nynorsk(&printed(&s)), "LC_ALL comes before LANG");
    print_board(&s, &id, &[], &["--lang", "nb"], &[("LANG", "nn_NO.UTF-8")]).ok();
    assert!(!is_nynorsk(&printed(&s)), "--lang nb over LANG=nn");
    // The command's own --lang before tavle --lang.
    print_board(&s, &id, &["--lang", "nb"], &["--lang", "nn"], &[]).ok();
    assert!(is_nynorsk(&printed(&s)));
}

#[test]
fn show_in_nynorsk_has_nynorsk_labels_and_the_leaders_own_text() {
    let (s, id) = Scratch::with_example();
    let file = s.file.to_str().unwrap();
    let nn = tavle(["--lang", "nn", "show", file, "--board", &id]).ok();
    for w in [
        "Forbetringstavle – Hjemmesykepleien 2025",
        "Hovudmål:",
        "Sjukefråvær hittil i år:",
        "Idear:",
        "Status: Ikkje starta",
        "Fråværstal",
        "Innspel frå workshop (6)",
        "Kva gjer vi som fungerer bra i dag?",
        "Lettere samarbeid med korttidsavdelingen",
    ] {
        assert!(nn.contains(w), "«{w}» mangler i {nn}");
    }
    for w in [
        "Forbedringstavle",
        "Sykefravær hittil",
        "Ideer:",
        "Ikke startet",
        "Innspill fra",
    ] {
        assert!(!nn.contains(w), "bokmål «{w}» i {nn}");
    }
    let by_locale = tavle_in_env(["show", file, "--board", &id], &[("LANG", "nn_NO.UTF-8")]).ok();
    assert_eq!(by_locale, nn);
    let nb = tavle(["show", file, "--board", &id]).ok();
    assert!(
        nb.starts_with("Forbedringstavle – Hjemmesykepleien 2025"),
        "{nb}"
    );
}

#[test]
fn another_language_is_refused_in_norwegian_with_code_2_and_nothing_printed() {
    let (s, id) = Scratch::with_example();
    for (before, args) in [
        (&[][..], &["--lang", "xx"][..]),
        (&["--lang", "en"][..], &[][..]),
    ] {
        let err = print_board(&s, &id, before, args, &[]).refused();
        assert!(err.contains("Ukjent språk"), "{err}");
        assert!(err.contains("nb (bokmål) eller nn (nynorsk)"), "{err}");
        assert!(!s.path("tavle.pdf").exists());
    }
}

#[test]
fn the_overview_as_pdf_in_nynorsk_says_einingar_and_the_statuses_in_nynorsk() {
    let (s, _) = Scratch::with_example();
    let share = s.path("delt");
    std::fs::create_dir(&share).unwrap();
    s.run("publish", &["--to", share.to_str().unwrap()]).ok();
    let out = s.path("oversikt.pdf");
    let run = |lang: &str| {
        tavle([
            OsStr::new("rollup"),
            share.as_os_str(),
            OsStr::new("--year"),
            OsStr::new("2025"),
            OsStr::new("--format"),
            OsStr::new("pdf"),
            OsStr::new("--lang"),
            OsStr::new(lang),
            OsStr::new("-o"),
            out.as_os_str(),
        ])
        .ok()
    };
    run("nn");
    let t = flat(Path::new(&out));
    for w in [
        "Oversikt over einingar 2025",
        "Sjukefråvær og tiltak per eining",
        "Eining",
        "Forseinka",
        "ikkje starta",
        "1 eining med dagsverk",
        "Skrive ut",
    ] {
        assert!(t.contains(w), "«{w}» mangler i {t}");
    }
    for w in [
        "Oversikt over enheter",
        "Sykefravær",
        "Forsinket",
        "ikke startet",
        "Skrevet ut",
    ] {
        assert!(!t.contains(w), "bokmål «{w}» i {t}");
    }
    run("nb");
    let t = flat(Path::new(&out));
    assert!(
        t.contains("Oversikt over enheter 2025") && t.contains("Forsinket"),
        "{t}"
    );
}
