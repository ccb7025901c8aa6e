//! The follow-up screens (Fraværstall, Prosjekt nærvær, Månedsgjennomgang, Frister, Excel)
//! and the workshop and overview screens in nynorsk: what `ui/texts.js` gets from
//! `Lang::texts` and shows, filled the way `t()` fills it. A leader who chose nynorsk reads
//! nynorsk on these screens, with the same figures and names in the same places as in
//! bokmål; the bokmål stays as the end-to-end scenarios expect it.

use std::collections::BTreeSet;

use tavle::lang::{Lang, Texts};

/// What `t(id, args)` in ui/texts.js shows: the form for 1 when the message has one and
/// its number's argument is 1, the `{$name}` placeholders filled.
fn t(texts: &Texts, id: &str, args: &[(&str, &str)]) -> String {
    let one = texts
        .one
        .get(id)
        .filter(|form| args.iter().any(|(n, v)| *n == form.number && *v == "1"))
        .map(|form| &form.text);
    let text = one
        .or_else(|| texts.messages.get(id))
        .unwrap_or_else(|| panic!("{id} mangler i katalogen ({:?})", texts.lang));
    args.iter().fold(text.clone(), |acc, (name, value)| {
        acc.replace(&format!("{{${name}}}"), value)
    })
}

/// The ids of these screens' messages (prefix `fu-` and `ws-`).
fn screen_ids(texts: &Texts) -> Vec<&String> {
    texts
        .messages
        .keys()
        .filter(|id| id.starts_with("fu-") || id.starts_with("ws-"))
        .collect()
}

/// The `{$name}` placeholders of a text.
fn placeholders(text: &str) -> BTreeSet<String> {
    text.split("{$")
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
        .collect()
}

#[test]
fn fravaerstal_says_in_nynorsk_which_months_are_not_saved_and_how_to_leave() {
    let nn = Lang::Nn.texts();
    let said = t(&nn, "fu-absence-unsaved", &[("months", "mars, april")]);
    assert_eq!(
        said,
        "Ikkje lagra: mars, april. Rett tala (sjå under månaden), eller vel «Tilbake» ein gong \
         til for å gå utan å lagre dei. Det som er lagra frå før, blir verande."
    );
    assert_eq!(
        t(
            &nn,
            "fu-absence-title",
            &[("title", "Heimesjukepleia 2025")]
        ),
        "Fråværstal · Heimesjukepleia 2025"
    );
    // The same sentence in bokmål, as the screen has always said it.
    let nb = Lang::Nb.texts();
    assert_eq!(
        t(&nb, "fu-absence-unsaved", &[("months", "mars, april")]),
        "Ikke lagret: mars, april. Rett tallene (se under måneden), eller velg «Tilbake» en gang \
         til for å gå uten å lagre dem. Det som er lagret fra før, beholdes."
    );
}

#[test]
fn the_plan_and_the_review_ask_their_questions_in_nynorsk() {
    let nn = Lang::Nn.texts();
    assert_eq!(
        t(&nn, "fu-plan-december", &[("year", "2024")]),
        "Sjukefråvær i desember 2024 (%)"
    );
    assert_eq!(
        t(&nn, "fu-plan-desired-question", &[("year", "2025")]),
        "Korleis har vi det i løpet av 2025 når målet er nådd?"
    );
    assert_eq!(
        t(&nn, "fu-review-no-active", &[]),
        "Tavla har ingen aktive tiltak (alle er fullførte eller avbrotne)."
    );
    assert_eq!(
        t(&nn, "fu-deadlines-none-within", &[("days", "14")]),
        "Ingen tiltak er forseinka eller har frist dei neste 14 dagane."
    );
}

#[test]
fn the_excel_import_counts_rows_with_the_word_for_one() {
    for lang in Lang::ALL {
        let texts = lang.texts();
        assert_eq!(
            t(&texts, "fu-sheets-import-rows", &[("n", "1")]),
            "Importer 1 rad"
        );
        assert_eq!(
            t(&texts, "fu-sheets-import-rows", &[("n", "12")]),
            "Importer 12 rader"
        );
    }
    let nn = Lang::Nn.texts();
    assert_eq!(
        t(&nn, "fu-sheets-unit-missing", &[]),
        "Skriv kva for ei eining tavla gjeld, til dømes «Heimesjukepleia»."
    );
}

#[test]
fn the_workshop_says_in_nynorsk_what_to_do_with_an_empty_card() {
    let nn = Lang::Nn.texts();
    assert_eq!(
        t(&nn, "ws-empty-card", &[]),
        "Innspelet kan ikkje vere tomt. Vil du fjerne det, vel «Slett» (Delete)."
    );
    assert_eq!(t(&nn, "ws-votes", &[("n", "1")]), "1 stemme");
    assert_eq!(t(&nn, "ws-votes", &[("n", "4")]), "4 stemmer");
    assert_eq!(t(&nn, "ws-selected", &[("n", "2")]), "2 innspel valt");
    assert_eq!(
        t(&nn, "ws-select-hint", &[]),
        "Vel innspel med mellomrom eller avkryssing"
    );
    // Bokmål as the workshop scenario reads it.
    let nb = Lang::Nb.texts();
    assert_eq!(t(&nb, "ws-votes", &[("n", "1")]), "1 stemme");
    assert_eq!(t(&nb, "ws-count", &[("n", "2")]), "2 innspill");
}

#[test]
fn the_overview_names_the_months_and_the_units_in_nynorsk() {
    let nn = Lang::Nn.texts();
    let months: Vec<&str> = nn.messages["ws-month-names"].split(' ').collect();
    assert_eq!(months.len(), 12);
    assert_eq!(
        t(&nn, "ws-through", &[("month", months[2]), ("year", "2025")]),
        "fråværstal til og med mars 2025"
    );
    assert_eq!(
        t(&nn, "ws-overview-title", &[("year", "2025")]),
        "Oversikt over einingar 2025"
    );
    assert_eq!(
        t(
            &nn,
            "ws-unit-file",
            &[("file", "Kontor.tavle"), ("changed", "03.12.2026")]
        ),
        "Frå «Kontor.tavle», sist endra 03.12.2026. Berre lesing: endringar gjer leiaren i si \
         eiga fil og deler på nytt."
    );
    for lang in Lang::ALL {
        let texts = lang.texts();
        assert_eq!(texts.messages["ws-month-names"].split(' ').count(), 12);
        assert_eq!(
            texts.messages["fu-absence-month-letters"]
                .split(' ')
                .count(),
            12
        );
    }
}

#[test]
fn every_screen_message_fills_the_same_placeholders_in_both_languages() {
    // A placeholder spelt otherwise in one language would show as «{$name}» on the screen.
    let nb = Lang::Nb.texts();
    let nn = Lang::Nn.texts();
    let ids = screen_ids(&nb);
    assert!(ids.len() > 150, "{} meldinger", ids.len());
    for id in ids {
        assert_eq!(
            placeholders(&nb.messages[id]),
            placeholders(&nn.messages[id]),
            "{id}"
        );
    }
}

#[test]
fn no_bokmal_word_is_left_in_the_nynorsk_screens() {
    const BOKMAL: &[&str] = &[
        "ikke",
        "hva",
        "hvor",
        "hvilken",
        "hvordan",
        "noe",
        "bare",
        "velg",
        "finnes",
        "filen",
        "tavlen",
        "mappen",
        "lagret",
        "endret",
        "slettet",
        "måned",
        "måneder",
        "sykefravær",
        "fravær",
        "fraværstall",
        "enhet",
        "enheter",
        "innspill",
        "innspillet",
        "innspillene",
        "forsinket",
        "endringer",
        "handlinger",
        "hindringer",
        "ennå",
        "fra",
        "åpne",
        "ukjent",
        "eksempel",
        "valgt",
        "dere",
        "leser",
        "lederen",
        "egen",
    ];
    let nn = Lang::Nn.texts();
    for id in screen_ids(&nn) {
        let text = &nn.messages[id];
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            assert!(
                !BOKMAL.contains(&word.to_lowercase().as_str()),
                "bokmålsordet «{word}» i {id}: {text}"
            );
        }
    }
}
