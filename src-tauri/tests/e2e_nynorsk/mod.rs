//! End to end: the prints in nynorsk. On the start screen the leader sets «Målform i
//! utskriftene» to nynorsk; Tavle remembers it after a restart, and the board comes out of
//! the printer as a Forbetringstavle. Back to bokmål, and it is a Forbedringstavle again.
//! Målform is the language of the whole app: the screen changes at once, without a restart,
//! and the editor speaks nynorsk too.

use std::path::Path;

use fantoccini::Client;
use serde_json::{json, Value};
use tavle_model::lang::Lang;
use tavle_store::store::Store;

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

/// No message id shows instead of its words, and every button has words (a message missing
/// from the nynorsk catalogue would show as its id, or as nothing).
async fn words_not_ids(c: &Client, screen: &str) -> Res {
    let found = js(
        c,
        "const id = /^(ui|ed|fu|ws|core|store|exchange|import|rollup|cli|status|question)-[a-z0-9-]+$/;\
         const bad = [];\
         const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);\
         for (let n = walker.nextNode(); n; n = walker.nextNode()) {\
           const t = n.textContent.trim();\
           if (id.test(t) && n.parentElement.getClientRects().length) bad.push(t);\
         }\
         for (const e of document.querySelectorAll('[aria-label], [title], [placeholder]'))\
           for (const a of ['aria-label', 'title', 'placeholder'])\
             if (e.hasAttribute(a) && id.test(e.getAttribute(a).trim())) bad.push(a + '=' + e.getAttribute(a));\
         for (const b of document.querySelectorAll('button'))\
           if (b.getClientRects().length && !(b.textContent.trim() || b.getAttribute('aria-label'))) bad.push('tom knapp ' + (b.id || b.className));\
         return bad;",
    )
    .await?;
    assert_eq!(found, json!([]), "id-ar eller tomme knappar på {screen}");
    Ok(())
}

/// The open board's screens in nynorsk, as the catalogue words them: the status list, a
/// change saved («Lagra»), a refusal from the core, and the workshop with its three
/// questions. Pictures for docs/ when TAVLE_SCREENSHOTS is set.
async fn screen_in_nynorsk(c: &Client) -> Res {
    let nn = |id: &str| Lang::Nn.text(id);
    // What the user sees must be the nynorsk words, and they must differ from bokmål.
    for id in ["status-not-started", "status-dropped", "ed-saved"] {
        assert_ne!(
            nn(id),
            Lang::Nb.text(id),
            "{id} er likt på bokmål og nynorsk"
        );
    }
    let options = js(
        c,
        "return [...document.querySelector('#rader tr[data-id] select.status').options].map(o => o.textContent);",
    )
    .await?;
    for id in ["status-not-started", "status-ongoing", "status-dropped"] {
        assert!(
            options
                .as_array()
                .is_some_and(|o| o.iter().any(|t| *t == json!(nn(id)))),
            "statuslista skal ha «{}»: {options}",
            nn(id)
        );
    }
    fill(
        c,
        "#rader tr[data-id] textarea.celle[data-field=result]",
        "Godt i gang.",
    )
    .await?;
    js(
        c,
        "document.querySelector('#rader tr[data-id] textarea.celle[data-field=result]').blur(); return true;",
    )
    .await?;
    wait_js(
        c,
        "«Lagra»",
        &format!(
            "document.querySelector('#lagret').textContent === {}",
            json!(nn("ed-saved"))
        ),
    )
    .await?;
    screenshot(c, "nynorsk-editor.png").await?;
    words_not_ids(c, "tavla").await?;
    // The follow-up screens, each opened from the board and left again.
    for (opener, section) in [
        ("#til-fravaer", "fravaer"),
        ("#til-plan", "plan"),
        ("#til-gjennomgang", "gjennomgang"),
        ("#editor .til-frister", "frister"),
    ] {
        click(c, opener).await?;
        wait_js(
            c,
            section,
            &format!("(e => e && !e.hidden)(document.querySelector('#{section}'))"),
        )
        .await?;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        words_not_ids(c, section).await?;
        click(c, &format!("#{section} .linje .tilbake")).await?;
        wait_js(
            c,
            "tavla",
            "(e => e && !e.hidden)(document.querySelector('#editor'))",
        )
        .await?;
    }

    // A refusal from the core (a Frist that is no date) reaches the window in nynorsk, word
    // for word as the core says it in nynorsk.
    let entry = tavle_model::model::RowEntry {
        goal: "Eit nytt mål".into(),
        due: "32.13.2025".into(),
        ..Default::default()
    };
    let boards = invoke(c, "list_boards", json!({})).await?;
    let refused = invoke(
        c,
        "add_row",
        json!({ "board": boards[0]["id"], "text": entry, "position": null }),
    )
    .await;
    let said = match refused {
        Err(e) => e.to_string(),
        Ok(v) => {
            return Err(format!("ein frist som ikkje er ein dato vart teken imot: {v}").into())
        }
    };
    let core_says = |lang: Lang| {
        let dir = tempfile::tempdir().expect("mappe");
        let mut store = Store::create(&dir.path().join("f.tavle")).expect("fil");
        let board = store
            .insert_board(&example_board().expect("eksempel"))
            .expect("tavle");
        tavle_model::lang::with(lang, || {
            tavle_app::view::SavedRow::add(&mut store, board, &entry, None, tavle_model::today())
                .map(|_| ())
                .unwrap_err()
                .to_string()
        })
    };
    let (nn_msg, nb_msg) = (core_says(Lang::Nn), core_says(Lang::Nb));
    assert_ne!(nn_msg, nb_msg, "meldinga er lik på bokmål og nynorsk");
    let answer: Value = serde_json::from_str(said.split_once(": ").map_or("", |(_, j)| j))?;
    assert_eq!(
        answer["err"]["message"],
        json!(nn_msg),
        "vindauget skal få den nynorske meldinga: {said}"
    );

    open_workshop(c).await?;
    let heads = js(
        c,
        "return [...document.querySelectorAll('#workshop .ws-hode h2')].map(h => h.textContent);",
    )
    .await?;
    for id in [
        "question-works-well",
        "question-do-better",
        "question-proposals",
    ] {
        assert!(
            heads
                .as_array()
                .is_some_and(|h| h.iter().any(|t| *t == json!(nn(id)))),
            "workshopen skal spørje «{}»: {heads}",
            nn(id)
        );
    }
    screenshot(c, "nynorsk-workshop.png").await?;
    words_not_ids(c, "workshopen").await?;
    click(c, "#workshop .linje .tilbake").await?;
    wait_js(
        c,
        "tavla",
        "(e => e && e.offsetParent !== null)(document.querySelector('#rader'))",
    )
    .await?;
    Ok(())
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
    words_not_ids(&c, "startskjermen").await?;
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
    screen_in_nynorsk(&c).await?;
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
