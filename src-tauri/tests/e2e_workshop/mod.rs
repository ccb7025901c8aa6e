//! Scenario "workshop": Workshop mode in the real window, cards typed, voted on, deleted
//! and taken back, merged, turned into rows by «Til tavla», and kept over a reopening.

use std::path::Path;

use fantoccini::Client;
use serde_json::{json, Value};

use crate::e2e_support::*;

/// The cards of the Workshop screen, per question, as shown: (text, votes, "→ Rad" line).
async fn workshop_cards(c: &Client) -> Res<Value> {
    js(
        c,
        "return ['works_well', 'do_better', 'proposals'].map(q =>
           [...document.querySelectorAll(`#ws-kort-${q} .kort`)].map(k => [
             k.querySelector('.korttekst').textContent,
             k.querySelectorAll('.prikk').length,
             k.querySelector('.til-rad').hidden ? '' : k.querySelector('.til-rad').textContent,
           ]))",
    )
    .await
}

/// Workshop mode in the real window: ten cards typed with the keyboard alone and no pause
/// after Enter, sticky dots, a delete undone, cards turned into rows by "Til tavla", and
/// everything still there after the file is closed and opened again.
pub async fn workshop_scenario(driver: &Driver, work: &Path) -> Res {
    let file = work.join("workshop.tavle");
    let file_arg = file.to_str().ok_or("sti")?;
    let (c, _) = launch(driver, &[file_arg], "#ny-tavle").await?;
    let board = invoke(
        &c,
        "create_board",
        json!({ "header": {
            "title": "Forbedringstavle", "unit": "Bofellesskapet", "year": 2026,
            "main_goal": "Et godt sted å jobbe", "focus": "", "target_pct": 8.0
        }}),
    )
    .await?;
    js(&c, "location.reload(); return true").await?;
    wait_js(
        &c,
        "tavlen åpnet",
        "(b => b && b.offsetParent !== null)(document.querySelector('#til-workshop'))",
    )
    .await?;
    open_workshop(&c).await?;

    // Ten cards typed straight on, nothing waited for between them; Alt+2 and Alt+3 go to
    // the next question.
    type_keys(
        &c,
        &format!(
            "Vi hjelper hverandre{ENTER}Godt humør på morgenmøtet{ENTER}Fleksible vakter{ENTER}"
        ),
    )
    .await?;
    alt(&c, '2').await?;
    type_keys(
        &c,
        &format!(
            "Mye avbrytelser{ENTER}For lite tid til opplæring{ENTER}\
             Uklare beskjeder ved vaktskifte{ENTER}Tunge løft alene{ENTER}"
        ),
    )
    .await?;
    alt(&c, '3').await?;
    type_keys(
        &c,
        &format!(
            "Stillerom for dokumentasjon{ENTER}Fast tid for overlapp{ENTER}\
             Låne løftehjelp fra nabobasen{ENTER}"
        ),
    )
    .await?;
    if let Err(err) = wait_js(
        &c,
        "ti lagrede innspill",
        "document.querySelectorAll('#workshop .kort[data-id]').length === 10",
    )
    .await
    {
        let fields = js(
            &c,
            "return [...document.querySelectorAll('.ws-felt')].map(f => f.value)",
        )
        .await?;
        let shown = workshop_cards(&c).await?;
        let messages = js(
            &c,
            "return document.querySelector('#meldinger').textContent",
        )
        .await?;
        return Err(format!("{err}; kort: {shown}; felt: {fields}; meldinger: {messages}").into());
    }
    let cards = workshop_cards(&c).await?;
    assert_eq!(
        cards[1],
        json!([
            ["Mye avbrytelser", 0, ""],
            ["For lite tid til opplæring", 0, ""],
            ["Uklare beskjeder ved vaktskifte", 0, ""],
            ["Tunge løft alene", 0, ""]
        ]),
        "{cards}"
    );
    assert_eq!(cards[0].as_array().map(Vec::len), Some(3), "{cards}");
    assert_eq!(cards[2].as_array().map(Vec::len), Some(3), "{cards}");
    let fields_empty = js(
        &c,
        "return [...document.querySelectorAll('.ws-felt')].every(f => f.value === '')",
    )
    .await?;
    assert_eq!(fields_empty, json!(true), "Enter empties the field");

    // Sticky dots from the keyboard: Tab from the field to its first card, + three times.
    type_keys(&c, &format!("{TAB}+++")).await?;
    wait_js(
        &c,
        "tre stemmer på stillerommet",
        "(k => k.dataset.votes === '3' && k.querySelectorAll('.prikk').length === 3 && k.textContent.includes('3 stemmer'))(document.querySelector('#ws-kort-proposals .kort'))",
    )
    .await?;
    // And with the mouse, one dot on "Mye avbrytelser".
    click(&c, "#ws-kort-do_better .kort:first-child .kortknapp.pluss").await?;

    // Delete a card with the Delete key and take it back with Ctrl+Z.
    js(
        &c,
        "document.querySelector('#ws-kort-works_well .kort:nth-child(3)').focus(); return true",
    )
    .await?;
    type_keys(&c, "\u{e017}").await?;
    wait_js(
        &c,
        "innspillet slettet",
        "document.querySelectorAll('#ws-kort-works_well .kort').length === 2 && document.querySelector('#meldinger [data-id=angre-innspill]')",
    )
    .await?;
    ctrl(&c, "z").await?;
    wait_js(
        &c,
        "innspillet tilbake",
        "(l => l.length === 3 && l[2].textContent.includes('Fleksible vakter'))(document.querySelectorAll('#ws-kort-works_well .kort'))",
    )
    .await?;

    // Alt+↑ moves "Fleksible vakter" up one place.
    alt(&c, '\u{e013}').await?;
    wait_js(
        &c,
        "Fleksible vakter flyttet opp",
        "(l => l[1].textContent.includes('Fleksible vakter') && document.activeElement === l[1])(document.querySelectorAll('#ws-kort-works_well .kort'))",
    )
    .await?;

    // Merge two cards with the button, then take the merge back with Ctrl+Z.
    for css in [
        "#ws-kort-proposals .kort:nth-child(2)",
        "#ws-kort-proposals .kort:nth-child(3)",
    ] {
        js(
            &c,
            &format!("document.querySelector('{css}').focus(); return true"),
        )
        .await?;
        type_keys(&c, " ").await?;
    }
    click(&c, "#ws-slaa-sammen").await?;
    wait_js(
        &c,
        "to kort slått sammen til ett",
        "(l => l.length === 2 && l[1].querySelector('.korttekst').textContent === 'Fast tid for overlapp\\nLåne løftehjelp fra nabobasen')(document.querySelectorAll('#ws-kort-proposals .kort'))",
    )
    .await?;
    ctrl(&c, "z").await?;
    wait_js(
        &c,
        "sammenslåingen angret",
        "(l => l.length === 3 && l[2].querySelector('.korttekst').textContent === 'Låne løftehjelp fra nabobasen' && !l[1].classList.contains('valgt'))(document.querySelectorAll('#ws-kort-proposals .kort'))",
    )
    .await?;

    // Til tavla: two cards (Space selects the focused card) become one row.
    for css in [
        "#ws-kort-do_better .kort:first-child",
        "#ws-kort-proposals .kort:first-child",
    ] {
        js(
            &c,
            &format!("document.querySelector('{css}').focus(); return true"),
        )
        .await?;
        type_keys(&c, " ").await?;
    }
    wait_js(
        &c,
        "to valgt",
        "document.querySelector('#ws-til-tavla').textContent.includes('(2)')",
    )
    .await?;
    click(&c, "#ws-til-tavla").await?;
    wait_open(&c, "Til tavla-skjemaet", "#tiltavla").await?;
    fill(&c, "#tiltavla-form [name=goal]", "Mer ro i arbeidsdagen").await?;
    fill(
        &c,
        "#tiltavla-form [name=measure]",
        "Prøve stillerom i tre måneder",
    )
    .await?;
    fill(&c, "#tiltavla-form [name=owner]", "Kari").await?;
    fill(&c, "#tiltavla-form [name=when]", "Fra mars").await?;
    fill(&c, "#tiltavla-form [name=due]", "31.05.2026").await?;
    click(&c, "#tiltavla-ok").await?;
    wait_js(
        &c,
        "to innspill som viser raden",
        "[...document.querySelectorAll('#workshop .til-rad')].filter(p => !p.hidden && p.textContent === '→ Rad 1: Mer ro i arbeidsdagen').length === 2",
    )
    .await?;
    // A second row from one card, by the keyboard: T on the card.
    js(
        &c,
        "document.querySelector('#ws-kort-do_better .kort:nth-child(4)').focus(); return true",
    )
    .await?;
    type_keys(&c, "t").await?;
    wait_open(&c, "Til tavla-skjemaet", "#tiltavla").await?;
    fill(&c, "#tiltavla-form [name=goal]", "Ingen løfter alene").await?;
    click(&c, "#tiltavla-ok").await?;
    wait_js(
        &c,
        "den andre raden",
        "(p => !p.hidden && p.textContent === '→ Rad 2: Ingen løfter alene')(document.querySelector('#ws-kort-do_better .kort:nth-child(4) .til-rad'))",
    )
    .await?;
    // The quiet timer: Start shows the minutes left, Stopp takes them away.
    // The timer sits in the question's head, seen at the top of the screen; WebKitWebDriver
    // misplaces its click in a scrolled <main> under a sticky bar, so scroll up as a user would.
    js(
        &c,
        "document.querySelector('main').scrollTop = 0; return true",
    )
    .await?;
    click(&c, "#ws-tid-do_better").await?;
    wait_js(
        &c,
        "tidtakeren går",
        "/^(10:00|9:5\\d)$/.test(document.querySelector('#ws-klokke-do_better').textContent) && document.querySelector('#ws-tid-do_better').textContent === 'Stopp'",
    )
    .await?;
    click(&c, "#ws-tid-do_better").await?;
    wait_js(
        &c,
        "tidtakeren stoppet",
        "document.querySelector('#ws-klokke-do_better').textContent === '' && document.querySelector('#ws-tid-do_better').textContent === 'Start'",
    )
    .await?;
    // A card that cannot be saved (the file was closed behind the screen) is not lost: it
    // leaves the list again, its text goes back in the field, and the reason is told.
    invoke(&c, "close_file", json!({})).await?;
    alt(&c, '1').await?;
    type_keys(&c, &format!("Dette skal ikke gå tapt{ENTER}")).await?;
    wait_js(
        &c,
        "teksten tilbake i feltet",
        "document.querySelector('#ws-felt-works_well').value === 'Dette skal ikke gå tapt' && ![...document.querySelectorAll('#workshop .korttekst')].some(k => k.textContent === 'Dette skal ikke gå tapt') && document.querySelector('#meldinger').textContent.includes('Ingen fil er åpen')",
    )
    .await?;
    c.close().await?;

    // Open the file again: the rows are on the board, the cards keep their dots and links.
    let (c, _) = launch(driver, &[file_arg], "#til-workshop").await?;
    wait_rows(&c, "to rader fra workshopen", 2).await?;
    let view = invoke(&c, "load_board", json!({ "id": board })).await?;
    let row = &view["board"]["rows"][0];
    assert_eq!(row["ideas"], "Mye avbrytelser\nStillerom for dokumentasjon");
    assert_eq!(row["measure"], "Prøve stillerom i tre måneder");
    assert_eq!(row["due"], "2026-05-31");
    click(&c, "#til-workshop").await?;
    wait_js(
        &c,
        "ti innspill etter ny åpning",
        "document.querySelectorAll('#workshop .kort[data-id]').length === 10",
    )
    .await?;
    let cards = workshop_cards(&c).await?;
    assert_eq!(
        cards,
        json!([
            [
                ["Vi hjelper hverandre", 0, ""],
                ["Fleksible vakter", 0, ""],
                ["Godt humør på morgenmøtet", 0, ""]
            ],
            [
                ["Mye avbrytelser", 1, "→ Rad 1: Mer ro i arbeidsdagen"],
                ["For lite tid til opplæring", 0, ""],
                ["Uklare beskjeder ved vaktskifte", 0, ""],
                ["Tunge løft alene", 0, "→ Rad 2: Ingen løfter alene"]
            ],
            [
                [
                    "Stillerom for dokumentasjon",
                    3,
                    "→ Rad 1: Mer ro i arbeidsdagen"
                ],
                ["Fast tid for overlapp", 0, ""],
                ["Låne løftehjelp fra nabobasen", 0, ""]
            ]
        ]),
        "{cards}"
    );
    if std::env::var_os("TAVLE_SCREENSHOTS").is_some() {
        // As the projector shows it (run under a 1920×1080 Xvfb screen for docs/workshop.png).
        c.set_window_rect(0, 0, 1920, 1080).await?;
        js(&c, "document.activeElement.blur(); return true").await?;
        screenshot(&c, "workshop.png").await?;
    }
    let text = print_pdf(&c, &board, "workshop", None, &work.join("innspill.pdf")).await?;
    assert!(text.contains("Stillerom for dokumentasjon"), "{text}");
    assert!(text.contains("3 stemmer"), "{text}");

    // With Målform nynorsk the workshop speaks nynorsk (the cards stay as typed), and back.
    invoke(&c, "set_lang", json!({ "lang": "nn" })).await?;
    js(&c, "location.reload(); return true").await?;
    wait_js(
        &c,
        "tavla opna på nytt",
        "(b => b && b.offsetParent !== null)(document.querySelector('#til-workshop'))",
    )
    .await?;
    open_workshop(&c).await?;
    wait_js(
        &c,
        "workshopen på nynorsk",
        "document.querySelector('#ws-valgt').textContent === 'Vel innspel med mellomrom eller avkryssing' \
         && document.querySelector('#ws-antall-works_well').textContent === '3 innspel' \
         && document.querySelector('#ws-felt-works_well').placeholder === 'Skriv det som blir sagt, og trykk Enter' \
         && document.querySelector('#ws-kort-works_well .kort .slett').title === 'Slett innspelet (Delete)' \
         && [...document.querySelectorAll('#workshop .korttekst')].some(k => k.textContent === 'Stillerom for dokumentasjon')",
    )
    .await?;
    // An empty card is refused, in nynorsk, with what to do instead.
    js(
        &c,
        "const card = document.querySelector('#ws-kort-works_well .kort'); card.focus(); \
         card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); \
         const area = card.querySelector('textarea'); area.value = ''; \
         area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); return true",
    )
    .await?;
    wait_js(
        &c,
        "tomt kort avvist på nynorsk",
        "document.querySelector('#meldinger').textContent.includes('Innspelet kan ikkje vere tomt. Vil du fjerne det, vel «Slett» (Delete).')",
    )
    .await?;
    invoke(&c, "set_lang", json!({ "lang": "nb" })).await?;
    js(&c, "location.reload(); return true").await?;
    wait_js(
        &c,
        "tavlen åpnet igjen",
        "(b => b && b.offsetParent !== null)(document.querySelector('#til-workshop'))",
    )
    .await?;
    open_workshop(&c).await?;
    wait_js(
        &c,
        "workshopen på bokmål igjen",
        "document.querySelector('#ws-valgt').textContent === 'Velg innspill med mellomrom eller avkrysning' \
         && document.querySelector('#ws-antall-works_well').textContent === '3 innspill'",
    )
    .await?;
    c.close().await?;
    Ok(())
}
