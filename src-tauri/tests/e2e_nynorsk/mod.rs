//! End to end: the prints in nynorsk. On the start screen the leader sets «Målform i
//! utskriftene» to nynorsk; Tavle remembers it after a restart, and the board comes out of
//! the printer as a Forbetringstavle. Back to bokmål, and it is a Forbedringstavle again.
//! Målform is the language of the whole app: the screen changes at once, without a restart,
//! and the editor speaks nynorsk too.

use std::path::Path;

use fantoccini::Client;
use serde_json::{json, Value};
use tavle::store::Store;

use crate::e2e_support::*;

/// Chooses `lang` ("nb" or "nn") in the start screen's select, as a user does.
async fn choose(c: &Client, lang: &str) -> Res {
    js(
        c,
        &format!(
            "const s = document.querySelector('#malform'); s.value = '{lang}'; \
             s.dispatchEvent(new Event('change')); return true;"
        ),
    )
    .await?;
    let said = if lang == "nn" { "nynorsk" } else { "bokmål" };
    wait_js(
        c,
        "meldingen om målforma",
        &format!(
            "[...document.querySelectorAll('#meldinger .melding')].some(m => m.textContent.includes('{said}'))"
        ),
    )
    .await?;
    Ok(())
}

/// Opens `file` from «Nylig brukt» on the start screen, as a user does, and prints its
/// first board as the print dialog does; returns the PDF's text.
async fn print_board(c: &Client, file: &Path, pdf: &Path) -> Res<String> {
    let name = file.file_name().and_then(|n| n.to_str()).ok_or("navn")?;
    js(
        c,
        &format!(
            "[...document.querySelectorAll('#nylig button')].find(b => b.textContent.includes('{name}')).click(); return true;"
        ),
    )
    .await?;
    wait_js(
        c,
        "filen åpen",
        "(e => e && e.offsetParent !== null)(document.querySelector('#lukk-fil'))",
    )
    .await?;
    let boards = invoke(c, "list_boards", json!({})).await?;
    let board: Value = boards[0]["id"].clone();
    print_pdf(c, &board, "board", None, pdf).await
}

pub async fn nynorsk_scenario(driver: &Driver, work: &Path) -> Res {
    let file = work.join("Målform.tavle");
    Store::create(&file)?.insert_board(&example_board()?)?;

    // The file opens; Lukk fil leads to the start screen, where the choice is.
    let (c, _) = launch(driver, &[file.to_str().ok_or("sti")?], "#lukk-fil").await?;
    click(&c, "#lukk-fil").await?;
    wait_js(
        &c,
        "startskjermen",
        "(e => e && e.offsetParent !== null)(document.querySelector('#malform'))",
    )
    .await?;
    choose(&c, "nn").await?;
    // At once, without a restart: the page is nynorsk, the notice says so in nynorsk, the
    // start screen is drawn again (the recent file is still listed), and the focus is still
    // on the select, so a keyboard user is where they were.
    let now = js(
        &c,
        "return [document.documentElement.lang, document.activeElement && document.activeElement.id, \
         [...document.querySelectorAll('#meldinger .melding .tekst')].map(m => m.textContent), \
         document.querySelector('#nylig').textContent];",
    )
    .await?;
    assert_eq!(now[0], "nn", "språket på sida: {now}");
    assert_eq!(now[1], "malform", "fokus etter valet: {now}");
    assert!(
        now[2].as_array().is_some_and(|m| m
            .iter()
            .any(|t| t == "Tavle er no på nynorsk, også utskriftene.")),
        "meldinga om målforma: {now}"
    );
    assert!(
        now[3].as_str().is_some_and(|t| t.contains("Målform.tavle")),
        "nyleg brukte filer: {now}"
    );
    c.close().await?;

    // After a restart the start screen still says nynorsk, and the board prints in nynorsk.
    let (c, _) = launch(driver, &[], "#malform").await?;
    wait_js(
        &c,
        "nynorsk valt etter omstart",
        "document.querySelector('#malform').value === 'nn'",
    )
    .await?;
    let text = print_board(&c, &file, &work.join("tavle-nn.pdf")).await?;
    // The editor in nynorsk: the board's default title, the row's buttons and the due field.
    let editor = js(
        &c,
        "return [document.querySelector('#tavletittel').textContent, \
         document.querySelector('#rader tr button.slett').getAttribute('aria-label'), \
         document.querySelector('#rader input.frist').getAttribute('title')];",
    )
    .await?;
    assert!(
        editor[0]
            .as_str()
            .is_some_and(|t| t.starts_with("Forbetringstavle · ")),
        "tittelen i editoren: {editor}"
    );
    assert_eq!(editor[1], "Slett rada", "{editor}");
    assert_eq!(
        editor[2], "Frist: ein dato Tavle kan følgje opp (dd.mm.åååå)",
        "{editor}"
    );
    for word in [
        "Forbetringstavle",
        "IDEAR",
        "Ikkje starta",
        "FORSEINKA",
        "Hovudmål",
    ] {
        assert!(text.contains(word), "«{word}» i nynorsk-utskrifta:\n{text}");
    }
    for word in ["Forbedringstavle", "IDEER", "Ikke startet", "FORSINKET"] {
        assert!(
            !text.contains(word),
            "bokmålsordet «{word}» i nynorsk-utskrifta"
        );
    }

    // Back to bokmål: the start screen again, and the same board in bokmål.
    click(&c, "#lukk-fil").await?;
    wait_js(
        &c,
        "startskjermen igjen",
        "(e => e && e.offsetParent !== null)(document.querySelector('#malform'))",
    )
    .await?;
    choose(&c, "nb").await?;
    wait_js(
        &c,
        "bokmål på skjermen igjen",
        "document.documentElement.lang === 'nb' && [...document.querySelectorAll('#meldinger .melding .tekst')].some(m => m.textContent === 'Tavle er nå på bokmål, også utskriftene.')",
    )
    .await?;
    let text = print_board(&c, &file, &work.join("tavle-nb.pdf")).await?;
    assert!(text.contains("Forbedringstavle"), "bokmål igjen:\n{text}");
    assert!(!text.contains("Forbetringstavle"), "bokmål igjen:\n{text}");
    click(&c, "#lukk-fil").await?;
    c.close().await?;
    Ok(())
}
