//! End to end: the prints in nynorsk. On the start screen the leader sets «Målform i
//! utskriftene» to nynorsk; Tavle remembers it after a restart, and the board comes out of
//! the printer as a Forbetringstavle. Back to bokmål, and it is a Forbedringstavle again.

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
    let text = print_board(&c, &file, &work.join("tavle-nb.pdf")).await?;
    assert!(text.contains("Forbedringstavle"), "bokmål igjen:\n{text}");
    assert!(!text.contains("Forbetringstavle"), "bokmål igjen:\n{text}");
    click(&c, "#lukk-fil").await?;
    c.close().await?;
    Ok(())
}
