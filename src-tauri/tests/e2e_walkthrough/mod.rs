//! Issue #17 in the real window: what a leader met in a full walkthrough. A new board from
//! the keyboard (Enhet told at the field, the cursor in row 1's Mål, Enter and Ctrl+N),
//! the Frist error put right, the status drop-down by arrows and a dd.mm.åååå date, Enter
//! in the note, Fraværstall that never disagrees with the file, Månedsgjennomgang counts
//! that agree, Til tavla by Enter, and the plan's title.

use std::path::Path;

use fantoccini::Client;
use serde_json::{json, Value};

use crate::e2e_support::*;

const DOWN: &str = "\u{e015}";

/// The whole walkthrough in one window on a new file.
pub async fn walkthrough_scenario(driver: &Driver, work: &Path) -> Res {
    let file = work.join("gjennomgang.tavle");
    let (c, _) = launch(driver, &[file.to_str().ok_or("sti")?], "#ny-tavle").await?;
    let board = new_board_from_the_keyboard(&c).await?;
    frist_error_is_put_right(&c).await?;
    status_by_arrows_and_enter(&c).await?;
    absence_screen_agrees_with_the_file(&c, &board).await?;
    review_counts_agree(&c).await?;
    plan_title_names_the_year_once(&c).await?;
    til_tavla_by_enter(&c).await?;
    c.close().await?;
    Ok(())
}

async fn today_nb(c: &Client) -> Res<String> {
    let v = js(
        c,
        "const d = new Date(); const p = n => String(n).padStart(2, '0'); return `${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()}`",
    )
    .await?;
    Ok(v.as_str().ok_or("dato")?.to_string())
}

/// Ny tavle without Enhet is told at the field; Lag tavlen puts the cursor in row 1's Mål;
/// Enter at the last row starts a new row at Mål; Ctrl+N on an empty new row adds no second.
async fn new_board_from_the_keyboard(c: &Client) -> Res<Value> {
    click(c, "#ny-tavle").await?;
    wait_open(c, "skjemaet Ny tavle", "#tavleskjema").await?;
    fill(c, "#tavleskjema input[name=target_pct]", "6").await?;
    click(c, "#tavleskjema-ok").await?;
    wait_js(
        c,
        "feilen ved Enhet",
        "!document.querySelector('#enhet-feil').hidden && document.querySelector('#enhet-feil').textContent.includes('Skriv enheten') && document.querySelector('#tavleskjema input[name=unit]').getAttribute('aria-invalid') === 'true' && document.activeElement.name === 'unit' && document.querySelector('#tavleskjema').open",
    )
    .await?;
    type_keys(c, "Barnehagen").await?;
    wait_js(
        c,
        "feilen borte når Enhet er skrevet",
        "document.querySelector('#enhet-feil').hidden",
    )
    .await?;
    click(c, "#tavleskjema-ok").await?;
    wait_js(
        c,
        "markøren i rad 1, Mål",
        "document.activeElement && document.activeElement.dataset.field === 'goal' && document.activeElement.closest('tr') === document.querySelector('#rader tr:nth-child(1)')",
    )
    .await?;
    type_keys(
        c,
        &format!("Mindre stress{TAB}{TAB}Faste pauser{TAB}Alle{TAB}Fra mars"),
    )
    .await?;
    // Enter in Når? of the last row: a new row, starting at Mål.
    type_keys(c, ENTER).await?;
    wait_js(
        c,
        "ny rad fra Mål",
        "document.querySelectorAll('#rader tr').length === 2 && document.activeElement.dataset.field === 'goal' && document.activeElement.closest('tr') === document.querySelector('#rader tr:nth-child(2)')",
    )
    .await?;
    // Ctrl+N while that new row is still empty: the same row, not a second.
    ctrl(c, "n").await?;
    wait_js(
        c,
        "Ctrl+N bruker den tomme raden",
        "document.querySelectorAll('#rader tr').length === 2 && document.activeElement.dataset.field === 'goal' && document.activeElement.closest('tr') === document.querySelector('#rader tr:nth-child(2)')",
    )
    .await?;
    // Only Ideer, no Mål or Tiltak: kept on screen, and the leader is told why it is not
    // saved yet (the same rule as Til tavla and imports).
    type_keys(c, &format!("{TAB}Bare en idé")).await?;
    click(c, "#sok").await?;
    wait_js(
        c,
        "beskjed om at raden trenger mål eller tiltak",
        "document.querySelector('#meldinger').textContent.includes('Raden lagres når den har et mål eller et tiltak')",
    )
    .await?;
    click(c, "#rader tr:nth-child(2) [data-field=goal]").await?;
    type_keys(c, &format!("Bedre overlapp{TAB}{TAB}Fast tid for overlapp")).await?;
    click(c, "#sok").await?;
    wait_rows(c, "to lagrede rader", 2).await?;
    let ideas = js(
        c,
        "return document.querySelector('#rader tr:nth-child(2) [data-field=ideas]').value",
    )
    .await?;
    assert_eq!(ideas, json!("Bare en idé"), "ideen er ikke tapt");
    let boards = invoke(c, "list_boards", json!({})).await?;
    let board = boards
        .as_array()
        .and_then(|b| b.iter().find(|b| b["unit"] == "Barnehagen"))
        .ok_or("tavlen Barnehagen")?["id"]
        .clone();
    Ok(board)
}

/// A wrong Frist shows its error and says which date is in force; the right date typed
/// again clears it.
async fn frist_error_is_put_right(c: &Client) -> Res {
    let due = "#rader tr:nth-child(1) [data-field=due]";
    let set = |value: &str| {
        format!("const d = document.querySelector('{due}'); d.value = '{value}'; d.dispatchEvent(new Event('change')); return true")
    };
    js(c, &set("15.03.2026")).await?;
    wait_saved(c).await?;
    js(c, &set("31.02.2026")).await?;
    wait_js(
        c,
        "feilen ved Frist med datoen som gjelder",
        "((tr) => !tr.querySelector('.feltfeil').hidden && tr.querySelector('.feltfeil').textContent.includes('Lagret frist er fortsatt 15.03.2026'))(document.querySelector('#rader tr:nth-child(1)'))",
    )
    .await?;
    js(c, &set("15.03.2026")).await?;
    wait_js(
        c,
        "feilen borte når datoen er rettet",
        "((tr) => tr.querySelector('.feltfeil').hidden && !tr.querySelector('[data-field=due]').hasAttribute('aria-invalid'))(document.querySelector('#rader tr:nth-child(1)'))",
    )
    .await?;
    Ok(())
}

/// ↓ ↓ in the status drop-down reaches Fullført without a dialog; Enter opens it with
/// today as dd.mm.åååå; Enter in the note saves.
async fn status_by_arrows_and_enter(c: &Client) -> Res {
    js(
        c,
        "document.querySelector('#rader tr:nth-child(1) select.status').focus(); return true",
    )
    .await?;
    type_keys(c, DOWN).await?;
    type_keys(c, DOWN).await?;
    let state = js(
        c,
        "return { open: document.querySelector('#statusdialog').open, value: document.querySelector('#rader tr:nth-child(1) select.status').value }",
    )
    .await?;
    assert_eq!(
        state["open"],
        json!(false),
        "piltastene åpner ikke dialogen: {state}"
    );
    assert_eq!(
        state["value"],
        json!("done"),
        "to ganger ↓ når Fullført: {state}"
    );
    type_keys(c, ENTER).await?;
    wait_open(c, "statusdialogen", "#statusdialog").await?;
    let today = today_nb(c).await?;
    let shown = js(
        c,
        "return [document.querySelector('#status-form [name=on]').value, document.querySelector('#status-tittel').textContent, document.querySelector('#statusdialog').textContent]",
    )
    .await?;
    assert_eq!(shown[0], json!(today), "datoen som dd.mm.åååå: {shown}");
    assert!(
        shown[1].as_str().unwrap_or("").contains("Fullført"),
        "{shown}"
    );
    assert!(
        shown[2]
            .as_str()
            .unwrap_or("")
            .contains("Enter eller Ctrl+Enter lagrer"),
        "{shown}"
    );
    screenshot(c, "app-status.png").await?;
    type_keys(c, &format!("Ferdig i dag{ENTER}")).await?;
    wait_js(
        c,
        "statusen lagret med Enter",
        "!document.querySelector('#statusdialog').open && document.querySelector('#rader tr:nth-child(1) .status-info').textContent.includes('Ferdig i dag')",
    )
    .await?;
    Ok(())
}

/// Fraværstall: a refused entry leaves the saved figure in the sums (screen = file), days
/// typed where a percent is saved replace it, leaving with unsaved input warns; the
/// chart's legend has the bars' colours; a mean of months says why; absence and presence
/// add up to 100,0.
async fn absence_screen_agrees_with_the_file(c: &Client, board: &Value) -> Res {
    click(c, "#til-fravaer").await?;
    wait_js(
        c,
        "Fraværstall",
        "!document.querySelector('#fravaer').hidden",
    )
    .await?;
    let year = js(c, "return new Date().getFullYear()").await?;
    let m = |n: u32| format!("{}-{n:02}", year);
    // Two months as percentages, saved.
    replace(c, &month_field(&m(1), "pct"), "5").await?;
    replace(c, &month_field(&m(2), "pct"), "12,5").await?;
    click(c, &month_field(&m(3), "agreed")).await?;
    wait_invoke(
        c,
        "to måneder lagret",
        "absence_table",
        json!({ "board": board }),
        |t| t["check"]["summary"]["months"].as_array().map(Vec::len) == Some(2),
    )
    .await?;
    // Days typed in February where 12,5 % is saved: the percent field is emptied (the
    // days will replace it), and lost > agreed is refused: 12,5 % still counts.
    click(c, &month_field(&m(2), "agreed")).await?;
    type_keys(c, "100").await?;
    wait_js(
        c,
        "prosenten tømt når dagsverk skrives",
        &format!(
            "document.querySelector(\"{}\").value === ''",
            month_field(&m(2), "pct")
        ),
    )
    .await?;
    click(c, &month_field(&m(2), "lost")).await?;
    type_keys(c, "150").await?;
    click(c, &month_field(&m(3), "agreed")).await?;
    wait_js(
        c,
        "feilen under februar",
        &format!("document.querySelector(\"#fravaer-rader tr[data-month='{}'] + tr\").textContent.includes('fortsatt 12,5 %')", m(2)),
    )
    .await?;
    let table = invoke(c, "absence_table", json!({ "board": board })).await?;
    let file_ytd = table["check"]["summary"]["year_to_date_text"].clone();
    let screen = js(
        c,
        &format!("return [document.querySelector('#fravaer-hittil').textContent, document.querySelector(\"#fravaer-rader tr[data-month='{}'] .beregnet\").textContent, document.querySelector('#fravaer-naervaer').textContent, document.querySelector('#fravaer-hvorfor').textContent, document.querySelector('#fravaer-hvorfor').hidden]", m(2)),
    )
    .await?;
    assert_eq!(
        screen[0], file_ytd,
        "hittil i år på skjermen = i filen: {screen}"
    );
    assert_eq!(screen[0], json!("8,8 %"), "{screen}");
    assert_eq!(
        screen[1],
        json!("12,5 %"),
        "februar viser det lagrede: {screen}"
    );
    let num = |v: &Value| -> f64 {
        v.as_str()
            .unwrap_or("")
            .trim_end_matches(" %")
            .replace(',', ".")
            .parse()
            .unwrap_or(f64::NAN)
    };
    assert!(
        (num(&screen[0]) + num(&screen[2]) - 100.0).abs() < 1e-9,
        "{screen}"
    );
    assert_eq!(
        screen[4],
        json!(false),
        "snitt av måneder forklares: {screen}"
    );
    assert!(
        screen[3]
            .as_str()
            .unwrap_or("")
            .contains("snittet av månedenes prosenter"),
        "{screen}"
    );
    // The legend's colour is the bars' colour (over the 6 % target).
    let colours = js(
        c,
        "return [getComputedStyle(document.querySelector('#fravaer-graf .stolpe.over')).fill, getComputedStyle(document.querySelector('.forklaring-stolpe.over')).backgroundColor, getComputedStyle(document.querySelector('#fravaer-graf .stolpe:not(.over):not(.liten)')).fill, getComputedStyle(document.querySelector('.forklaring-stolpe:not(.over)')).backgroundColor]",
    )
    .await?;
    assert_eq!(colours[0], colours[1], "over målet: {colours}");
    assert_eq!(colours[2], colours[3], "på eller under målet: {colours}");
    screenshot(c, "app-absence-refused.png").await?;
    // Leaving with February unsaved: a warning, and the screen stays.
    click(c, "#fravaer .tilbake").await?;
    wait_js(
        c,
        "advarsel om det som ikke er lagret",
        "!document.querySelector('#fravaer-ulagret').hidden && !document.querySelector('#fravaer').hidden",
    )
    .await?;
    // Put right: 15 lost of 100 is saved and replaces the 12,5 %.
    replace(c, &month_field(&m(2), "lost"), "15").await?;
    click(c, &month_field(&m(3), "agreed")).await?;
    wait_invoke(
        c,
        "dagsverkene erstattet prosenten",
        "load_board",
        json!({ "id": board }),
        |v| {
            v["board"]["absence"].as_array().is_some_and(|a| {
                a.iter().any(|m| {
                    m["agreed_days"] == 100.0 && m["lost_days"] == 15.0 && m["pct"].is_null()
                })
            })
        },
    )
    .await?;
    click(c, "#fravaer .tilbake").await?;
    wait_js(
        c,
        "tilbake i tavlen",
        "!document.querySelector('#editor').hidden",
    )
    .await?;
    Ok(())
}

/// Hopp over on every measure: the end says so, and no line contradicts another.
async fn review_counts_agree(c: &Client) -> Res {
    click(c, "#til-gjennomgang").await?;
    wait_js(
        c,
        "Månedsgjennomgang",
        "!document.querySelector('#gjennomgang').hidden",
    )
    .await?;
    let n = js(
        c,
        "return Number(document.querySelector('#gj-framdrift').textContent.match(/av (\\d+)/)[1])",
    )
    .await?;
    let n = n.as_u64().ok_or("antall")?;
    for _ in 0..n {
        click(c, "#gj-hopp").await?;
    }
    wait_js(c, "slutten", "!document.querySelector('#gj-slutt').hidden").await?;
    let texts = js(
        c,
        "return [document.querySelector('#gj-framdrift').textContent, document.querySelector('#gj-oppsummering').textContent, document.querySelector('#gj-slutt-tittel').textContent]",
    )
    .await?;
    let (progress, summary) = (
        texts[0].as_str().unwrap_or(""),
        texts[1].as_str().unwrap_or(""),
    );
    assert!(progress.contains(&format!("0 av {n}")), "{texts}");
    assert!(!progress.contains(&format!("{n} av {n}")), "{texts}");
    assert!(
        summary.contains(&format!("0 av {n} tiltak gått gjennom")),
        "{texts}"
    );
    assert!(summary.contains(&format!("{n} hoppet over")), "{texts}");
    assert!(
        !texts[2]
            .as_str()
            .unwrap_or("")
            .contains("Alle aktive tiltak er gått gjennom"),
        "{texts}"
    );
    click(c, "#gjennomgang .tilbake:not(.stille)").await?;
    wait_js(
        c,
        "tilbake i tavlen",
        "!document.querySelector('#editor').hidden",
    )
    .await
    .map(|_| ())
}

/// Prosjekt nærvær's title names the year once.
async fn plan_title_names_the_year_once(c: &Client) -> Res {
    click(c, "#til-plan").await?;
    wait_js(
        c,
        "Prosjekt nærvær",
        "!document.querySelector('#plan').hidden",
    )
    .await?;
    let title = js(
        c,
        "return document.querySelector('#plan-tittel').textContent",
    )
    .await?;
    let year = js(c, "return String(new Date().getFullYear())").await?;
    let (title, year) = (title.as_str().unwrap_or(""), year.as_str().unwrap_or("-"));
    assert_eq!(title.matches(year).count(), 1, "«{title}»");
    click(c, "#plan .tilbake").await?;
    wait_js(
        c,
        "tilbake i tavlen",
        "!document.querySelector('#editor').hidden",
    )
    .await
    .map(|_| ())
}

/// Workshop: the card buttons at full strength; Til tavla's Mål field saves with Enter.
async fn til_tavla_by_enter(c: &Client) -> Res {
    open_workshop(c).await?;
    type_keys(c, &format!("Vi hjelper hverandre{ENTER}")).await?;
    wait_js(
        c,
        "kortet",
        "(k => k && k.dataset.id)(document.querySelector('#ws-kort-works_well .kort'))",
    )
    .await?;
    let opacity = js(
        c,
        "return getComputedStyle(document.querySelector('#ws-kort-works_well .kortverktoy')).opacity",
    )
    .await?;
    assert_eq!(
        opacity,
        json!("1"),
        "kortknappene er like tydelige hele tiden"
    );
    js(
        c,
        "document.querySelector('#ws-kort-works_well .kort').focus(); return true",
    )
    .await?;
    type_keys(c, " ").await?;
    click(c, "#ws-til-tavla").await?;
    wait_open(c, "Til tavla-skjemaet", "#tiltavla").await?;
    let help = js(c, "return document.querySelector('#tiltavla').textContent").await?;
    assert!(
        help.as_str()
            .unwrap_or("")
            .contains("Enter eller Ctrl+Enter"),
        "{help}"
    );
    fill(c, "#tiltavla-form [name=goal]", "Hjelpe hverandre mer").await?;
    type_keys(c, ENTER).await?;
    wait_js(
        c,
        "raden lagt til med Enter",
        "!document.querySelector('#tiltavla').open && document.querySelector('#ws-kort-works_well .kort').textContent.includes('Rad 3')",
    )
    .await?;
    Ok(())
}
