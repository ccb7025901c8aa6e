//! Scenario: signal or noise in the real window. A leader with two years of figures opens
//! Fraværstall and reads the run chart (its verdict, its text alternative, its points by
//! keyboard) and freezes the median on the first year with the keyboard; HR opens a shared
//! folder of thirteen units and finds the one above chance named in the funnel and the table.
//! Both screens are checked with axe-core (WCAG 2.1 AA).

use std::path::Path;

use fantoccini::Client;
use serde_json::json;
use tavle_model::{AbsenceMonth, Board};
use tavle_store::store::Store;

use crate::e2e_a11y::Audit;
use crate::e2e_support::*;

const HOME: &str = "\u{e011}";
const RIGHT: &str = "\u{e014}";

/// Hjemmesykepleien's file: 2024 around 10 %, and the example board of 2025 with every
/// month around 7 % (its measures started in January).
fn two_years(file: &Path) -> Res {
    let mut store = Store::create(file)?;
    let mut earlier = Board::new("Hjemmesykepleien", 2024);
    earlier.target_pct = Some(7.0);
    let mut later = example_board()?;
    later.absence.clear();
    for m in 1..=12u32 {
        let high = 10.0 + f64::from(m % 2) + f64::from(m % 3) / 10.0;
        let low = 6.5 + f64::from(m % 2) + f64::from(m % 3) / 10.0;
        earlier.absence.push(AbsenceMonth::from_pct(
            format!("2024-{m:02}").parse()?,
            high,
        ));
        later
            .absence
            .push(AbsenceMonth::from_pct(format!("2025-{m:02}").parse()?, low));
    }
    store.insert_board(&earlier)?;
    store.insert_board(&later)?;
    Ok(())
}

/// Thirteen units of 2025 shared into `share`: eleven from 4,5 to 7,5 %, Omsorgsboligen at
/// 12 %, and a unit too small to show.
fn shared_units(work: &Path, share: &Path) -> Res {
    let dir = work.join("signal-enheter");
    std::fs::create_dir_all(&dir)?;
    let mut units: Vec<(String, f64, f64)> = (0..11)
        .map(|i| {
            let agreed = 300.0 + 50.0 * f64::from(i);
            let name = [
                "Avlastningen",
                "Bofellesskapet",
                "Dagsenteret",
                "Hjemmetjenesten nord",
                "Hjemmetjenesten sør",
                "Kjøkkenet",
                "Korttidsavdelingen",
                "Psykisk helse",
                "Rehabiliteringen",
                "Sykehjemmet",
                "Tildelingskontoret",
            ][i as usize];
            (
                name.to_string(),
                agreed,
                agreed * (0.045 + 0.003 * f64::from(i)),
            )
        })
        .collect();
    units.push(("Omsorgsboligen".into(), 500.0, 60.0));
    units.push(("Lille avdeling".into(), 20.0, 1.0));
    for (unit, agreed, lost) in units {
        let mut store = Store::create(&dir.join(format!("{unit}.tavle")))?;
        let mut board = Board::new(&unit, 2025);
        board.absence = ["2025-01", "2025-02", "2025-03"]
            .iter()
            .map(|m| AbsenceMonth::from_days(m.parse().unwrap(), agreed, lost))
            .collect();
        let id = store.insert_board(&board)?;
        tavle_store::publish::publish(&store, id, share)?;
    }
    Ok(())
}

async fn text(c: &Client, css: &str) -> Res<String> {
    let v = js(
        c,
        &format!("return document.querySelector('{css}').textContent;"),
    )
    .await?;
    Ok(v.as_str().unwrap_or_default().to_string())
}

/// Scrolls `css` to the top with the notices closed: the picture for the docs.
async fn scroll_to(c: &Client, css: &str) -> Res {
    js(
        c,
        &format!(
            "document.querySelectorAll('#meldinger .melding').forEach(m => m.remove());\
             document.querySelector('{css}').scrollIntoView({{block: 'start'}}); return true;"
        ),
    )
    .await?;
    Ok(())
}

pub async fn signal_scenario(driver: &Driver, work: &Path) -> Res {
    let file = work.join("signal.tavle");
    two_years(&file)?;
    let share = work.join("signal-delt");
    std::fs::create_dir_all(&share)?;
    shared_units(work, &share)?;
    let mut audit = Audit::new()?;

    // 1. Two boards: the list; open 2025 and go to Fraværstall.
    let (c, _) = launch(driver, &[file.to_str().ok_or("sti")?], "#tavleliste tr").await?;
    js(
        &c,
        "[...document.querySelectorAll('#tavleliste tr')].find(tr => tr.textContent.includes('2025')).querySelector('.apne-tavle').click(); return true;",
    )
    .await?;
    wait_js(
        &c,
        "tavla",
        "document.querySelectorAll('#rader tr').length > 0",
    )
    .await?;
    click(&c, "#til-fravaer").await?;
    let verdict = wait_js(
        &c,
        "dommen i seriediagrammet",
        "(t => t.startsWith('Signal:') && t)(document.querySelector('#trend-dom').textContent)",
    )
    .await?;
    let verdict = verdict.as_str().unwrap_or_default().to_string();
    assert!(
        verdict.starts_with("Signal: 12 måneder på rad under medianen — fraværet har gått ned.")
            && verdict.contains("Regel: lange serier"),
        "{verdict}"
    );
    // The text alternative: what the chart shows and the verdict, on the chart itself.
    let label = js(
        &c,
        "return document.querySelector('#trend-graf').getAttribute('aria-label');",
    )
    .await?;
    let label = label.as_str().unwrap_or_default();
    assert!(
        label.starts_with("Seriediagram for Hjemmesykepleien: 24 måneder med fraværstall, fra januar 2024 til desember 2025.")
            && label.ends_with(&verdict),
        "{label}"
    );
    let points = js(
        &c,
        "const p = [...document.querySelectorAll('#trend-graf circle[role=img]')];\
         return [p.length, p.filter(e => e.getAttribute('tabindex') === '0').length];",
    )
    .await?;
    assert_eq!(points, json!([24, 1]), "24 points, one tab stop");
    let in_run = js(
        &c,
        "return document.querySelectorAll('#trend-graf .punkt.signal').length;",
    )
    .await?;
    assert_eq!(in_run, json!(12), "the run of 2025 marked");
    // The measures of the example are marked where they started.
    let markers = text(&c, "#trend-tiltak").await?;
    assert!(markers.contains("Januar 2025, startet"), "{markers}");
    let median_before = text(&c, "#trend-tall").await?;
    assert!(
        median_before.contains("av alle punktene"),
        "{median_before}"
    );
    audit.check(&c, "seriediagram").await?;

    // 2. The points by keyboard: Home to the first month, → to the next; each read out.
    js(
        &c,
        "document.querySelector('#trend-graf circle[tabindex=\"0\"]').focus(); return true;",
    )
    .await?;
    type_keys(&c, HOME).await?;
    wait_js(
        &c,
        "januar 2024 lest opp",
        "document.querySelector('#trend-punkt').textContent === 'Januar 2024: 11,1 %, over medianen'",
    )
    .await?;
    type_keys(&c, RIGHT).await?;
    wait_js(
        &c,
        "februar 2024 lest opp",
        "document.activeElement.getAttribute('aria-label') === 'Februar 2024: 10,2 %, over medianen'",
    )
    .await?;

    // 3. Freeze the median on the first twelve months, by keyboard: Tab to the field, 12, Enter.
    type_keys(&c, TAB).await?;
    wait_js(
        &c,
        "markøren i grunnlagsfeltet",
        "document.activeElement && document.activeElement.id === 'trend-n'",
    )
    .await?;
    type_keys(&c, &format!("12{ENTER}")).await?;
    let after = wait_js(
        &c,
        "medianen frosset",
        "(t => t.includes('av de første 12 månedene') && t)(document.querySelector('#trend-tall').textContent)",
    )
    .await?;
    let after = after.as_str().unwrap_or_default().to_string();
    let median = |t: &str| t.split(" (").next().unwrap_or_default().to_string();
    assert_ne!(median(&after), median(&median_before), "the median moved");
    eprintln!(
        "e2e signal: {} → {}",
        median(&median_before),
        median(&after)
    );
    scroll_to(&c, "#seriediagram").await?;
    screenshot(&c, "app-trend.png").await?;
    // The points as a table too, opened from the keyboard.
    js(
        &c,
        "document.querySelector('.trend-tabell summary').focus(); return true;",
    )
    .await?;
    type_keys(&c, ENTER).await?;
    wait_js(
        &c,
        "tabellen med 24 måneder",
        "document.querySelector('.trend-tabell').open && document.querySelectorAll('#trend-rader tr').length === 24",
    )
    .await?;
    let first_row = text(&c, "#trend-rader tr").await?;
    assert_eq!(first_row, "Januar 202411,1 %over");
    scroll_to(&c, "#trend-tiltak").await?;
    screenshot(&c, "app-trend-table.png").await?;

    // Kept: back to the board and in again, the median is still frozen.
    click(&c, "#fravaer .tilbake").await?;
    wait_js(&c, "tavla", "!document.querySelector('#editor').hidden").await?;
    click(&c, "#til-fravaer").await?;
    wait_js(
        &c,
        "grunnlaget husket",
        "document.querySelector('#trend-n').value === '12' && document.querySelector('#trend-tall').textContent.includes('de første 12')",
    )
    .await?;

    // 4. HR: the overview of the shared folder, with its funnel plot.
    click(&c, "#fravaer .tilbake").await?;
    wait_js(&c, "tavla", "!document.querySelector('#editor').hidden").await?;
    click(&c, "#til-tavler").await?;
    click(&c, "#tavler .til-oversikt").await?;
    wait_js(
        &c,
        "oversikten",
        "!document.querySelector('#oversikt').hidden",
    )
    .await?;
    replace(&c, "#ov-mappe", share.to_str().ok_or("sti")?).await?;
    click(&c, "#ov-mappe-form button[type=submit]").await?;
    wait_js(
        &c,
        "tretten enheter",
        "document.querySelectorAll('#ov-rader tr').length === 13",
    )
    .await?;
    let drawn = wait_js(
        &c,
        "prikkene i traktdiagrammet",
        "document.querySelectorAll('#ov-trakt-graf circle[role=img]').length",
    )
    .await?;
    assert_eq!(drawn, json!(12), "the small unit is not drawn");
    let named = js(
        &c,
        "return [...document.querySelectorAll('#ov-trakt-graf .enhetsnavn')].map(t => t.textContent);",
    )
    .await?;
    assert_eq!(named, json!(["Omsorgsboligen"]));
    let flag = text(
        &c,
        "#ov-rader tr[data-unit=\"Omsorgsboligen\"] td[data-col=funnel]",
    )
    .await?;
    assert_eq!(flag, "høyere enn tilfeldig variasjon");
    let summary = js(
        &c,
        "return document.querySelector('#ov-trakt-graf').getAttribute('aria-label');",
    )
    .await?;
    assert!(
        summary
            .as_str()
            .unwrap_or_default()
            .contains("Høyere enn tilfeldig variasjon: Omsorgsboligen."),
        "{summary}"
    );
    let reading = text(&c, "#ov-trakt-lesing").await?;
    // Eleven units spread wider than chance: the limits are widened, and it says so.
    assert!(
        reading.contains("φ = ") && reading.contains("grensene er gjort"),
        "{reading}"
    );
    eprintln!("e2e signal: {reading}");
    // The points by keyboard, smallest unit first; End to the largest.
    js(
        &c,
        "document.querySelector('#ov-trakt-graf circle[tabindex=\"0\"]').focus(); return true;",
    )
    .await?;
    type_keys(&c, END).await?;
    wait_js(
        &c,
        "den største enheten lest opp",
        "document.querySelector('#ov-trakt-punkt').textContent.startsWith('Tildelingskontoret: ')",
    )
    .await?;
    audit.check(&c, "traktdiagram").await?;
    scroll_to(&c, "#ov-trakt").await?;
    screenshot(&c, "app-funnel.png").await?;
    c.close().await?;
    audit.finish()
}
