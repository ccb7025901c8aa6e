//! End to end: Del med HR and Oversikt over enheter in the real window. A leader shares the
//! board into a folder that already holds two other units' snapshots; HR opens the folder,
//! sorts, filters, opens one unit read-only and prints the overview for the steering group.

use std::path::Path;

use fantoccini::Client;
use serde_json::json;
use tavle_store::store::Store;

use crate::e2e_support::*;

/// The units' names in the overview, top to bottom.
async fn order(c: &Client) -> Res<Vec<String>> {
    let v = js(
        c,
        "return [...document.querySelectorAll('#ov-rader tr')].map(tr => tr.dataset.unit);",
    )
    .await?;
    Ok(serde_json::from_value(v)?)
}

async fn wait_order(c: &Client, what: &str, expected: &[&str]) -> Res {
    let expr = format!(
        "JSON.stringify([...document.querySelectorAll('#ov-rader tr')].map(tr => tr.dataset.unit)) === '{}'",
        serde_json::to_string(expected)?
    );
    if let Err(e) = wait_js(c, what, &expr).await {
        let now = order(c).await.unwrap_or_default();
        return Err(format!("{e}; rekkefølgen var {now:?}").into());
    }
    Ok(())
}

/// Another unit's board for 2025 in `sector` (given on the board when not empty),
/// published by its own leader into `share`.
fn other_unit(
    work: &Path,
    share: &Path,
    unit: &str,
    (agreed, lost, target): (f64, f64, f64),
    sector: &str,
) -> Res {
    let dir = work.join("andre-ledere");
    std::fs::create_dir_all(&dir)?;
    let mut store = Store::create(&dir.join(format!("{unit}.tavle")))?;
    let mut board = tavle_model::Board::new(unit, 2025);
    board.target_pct = Some(target);
    board.sector = sector.into();
    board.absence = ["2025-01", "2025-02", "2025-03"]
        .iter()
        .map(|m| tavle_model::AbsenceMonth::from_days(m.parse().unwrap(), agreed, lost))
        .collect();
    // A basistiltak, forebyggende; and a measure with neither.
    board.rows = vec![
        tavle_model::Row {
            goal: "Bedre turnus".into(),
            measure: "Ønsketurnus prøves ut".into(),
            kind: Some(tavle_model::MeasureKind::Basis),
            level: Some(tavle_model::MeasureLevel::Preventive),
            ..tavle_model::Row::default()
        },
        tavle_model::Row {
            goal: "Færre korte fravær".into(),
            measure: "Samtale etter tredje fravær".into(),
            ..tavle_model::Row::default()
        },
    ];
    let id = store.insert_board(&board)?;
    tavle_store::publish::publish(&store, id, share)?;
    Ok(())
}

pub async fn rollup_scenario(driver: &Driver, work: &Path) -> Res {
    let share = work.join("delt med HR");
    std::fs::create_dir_all(&share)?;
    // Sykehjemmet gives its sector on the board; the kindergarten lies in a folder per
    // sector, whose name is then its sector; the leader's own board has none.
    other_unit(
        work,
        &share,
        "Sykehjemmet",
        (800.0, 24.0, 6.0),
        "Helse og omsorg",
    )?;
    let school = share.join("Oppvekst");
    std::fs::create_dir_all(&school)?;
    other_unit(work, &school, "Barnehagen Solsikken", (60.0, 9.0, 7.0), "")?;
    let leader = work.join("leder.tavle");
    let board = example_board()?;
    Store::create(&leader)?.insert_board(&board)?;
    let share_arg = share.to_str().ok_or("sti")?;

    // 1. The leader: Del med HR from the board, the folder typed, Enter.
    let (c, _) = launch(driver, &[leader.to_str().ok_or("sti")?], "#rader tr").await?;
    click(&c, "#del-med-hr").await?;
    wait_open(&c, "Del med HR", "#deldialog").await?;
    fill(
        &c,
        "#del-form input[name=dir]",
        &format!("{share_arg}{ENTER}"),
    )
    .await?;
    wait_js(
        &c,
        "meldingen om delingen",
        "[...document.querySelectorAll('#meldinger .melding')].some(m => m.textContent.includes('Delt med HR: Hjemmesykepleien 2025'))",
    )
    .await?;
    assert!(share.join("Hjemmesykepleien 2025.tavle").exists());
    // «Trekk tilbake» removes it again, and it is shared once more.
    js(
        &c,
        "document.querySelectorAll('#meldinger .melding').forEach(m => m.remove()); return true;",
    )
    .await?;
    click(&c, "#del-med-hr").await?;
    wait_open(&c, "Del med HR", "#deldialog").await?;
    screenshot(&c, "app-share-withdraw.png").await?;
    click(&c, "#del-trekk").await?;
    wait_js(
        &c,
        "meldingen om tilbaketrekkingen",
        "[...document.querySelectorAll('#meldinger .melding')].some(m => m.textContent.includes('Trukket tilbake: Hjemmesykepleien 2025'))",
    )
    .await?;
    assert!(!share.join("Hjemmesykepleien 2025.tavle").exists());
    click(&c, "#del-med-hr").await?;
    wait_open(&c, "Del med HR", "#deldialog").await?;
    click(&c, "#del-ok").await?;
    wait_js(
        &c,
        "delt igjen",
        "[...document.querySelectorAll('#meldinger .melding')].some(m => m.textContent.includes('Delt med HR: Hjemmesykepleien 2025'))",
    )
    .await?;
    assert!(share.join("Hjemmesykepleien 2025.tavle").exists());
    // The folder is remembered for this file.
    click(&c, "#del-med-hr").await?;
    wait_js(
        &c,
        "mappen huskes",
        &format!(
            "document.querySelector('#del-form input[name=dir]').value === {}",
            serde_json::to_string(share_arg)?
        ),
    )
    .await?;
    click(&c, "#del-form .avbryt").await?;

    // 2. HR: Oversikt over enheter from the list of boards, the shared folder.
    click(&c, "#til-tavler").await?;
    click(&c, "#tavler .til-oversikt").await?;
    wait_js(
        &c,
        "oversikten",
        "!document.querySelector('#oversikt').hidden",
    )
    .await?;
    replace(&c, "#ov-mappe", share_arg).await?;
    click(&c, "#ov-mappe-form button[type=submit]").await?;
    // Furthest above target first: Hjemmesykepleien (+2,4), Sykehjemmet (3 % mot 6 %),
    // then the small unit, whose absence is hidden.
    wait_order(
        &c,
        "tre enheter, lengst over målet først",
        &["Hjemmesykepleien", "Sykehjemmet", "Barnehagen Solsikken"],
    )
    .await?;
    let masked = js(
        &c,
        "return document.querySelector('#ov-rader tr[data-unit=\"Barnehagen Solsikken\"] td[data-col=year_to_date]').textContent;",
    )
    .await?;
    assert_eq!(masked, json!("skjult"));
    let total = js(
        &c,
        "return document.querySelector('#ov-total td[data-col=year_to_date]').textContent;",
    )
    .await?;
    assert!(total.as_str().unwrap_or("").ends_with('%'), "{total}");
    // A subtotal per sector under the total: the leader's own board has none.
    let sectors = js(
        &c,
        "return [...document.querySelectorAll('#ov-total tr.sektor th')].map(th => th.textContent);",
    )
    .await?;
    assert_eq!(
        sectors,
        json!(["Sektor Helse og omsorg", "Sektor Oppvekst", "Uten sektor"])
    );
    // The measures by Tiltakstype and Innsats, a table of their own: each unit's six counts
    // as the shared files hold them, and the total their sum.
    let heads = js(
        &c,
        "return [...document.querySelectorAll('#ov-typer-hode th')].map(th => th.textContent);",
    )
    .await?;
    assert_eq!(
        heads,
        json!([
            "Enhet",
            "Basistiltak",
            "Persontiltak",
            "Prosjekttiltak",
            "Helsefremmende",
            "Forebyggende",
            "Reparerende"
        ])
    );
    let shown = js(
        &c,
        "return Object.fromEntries([...document.querySelectorAll('#ov-typer tr')].filter(tr => tr.querySelector('th[scope=row]')).map(tr => [tr.querySelector('th').textContent, [...tr.querySelectorAll('td')].map(td => Number(td.textContent))]));",
    )
    .await?;
    let loaded = tavle_formats::hr_folder::read_boards(std::slice::from_ref(&share));
    let mut total = [0usize; 6];
    for b in &loaded.boards {
        let (kinds, levels) = tavle_rollup::measure_counts(&b.board.rows);
        let six = tavle_rollup::cells::kind_numbers(&kinds, &levels);
        assert_eq!(
            shown[&b.board.unit],
            json!(six),
            "{}: {shown}",
            b.board.unit
        );
        for (sum, n) in total.iter_mut().zip(six) {
            *sum += n;
        }
    }
    assert_eq!(shown["Totalt"], json!(total), "{shown}");
    assert_eq!(
        shown["Sektor Helse og omsorg"].as_array().map(Vec::len),
        Some(6)
    );
    // The picture without the notice from the sharing on top.
    js(
        &c,
        "document.querySelectorAll('#meldinger .melding').forEach(m => m.remove()); return true;",
    )
    .await?;
    screenshot(&c, "app-rollup.png").await?;
    js(
        &c,
        "document.querySelector('#ov-typer').scrollIntoView({block: 'center'}); return true;",
    )
    .await?;
    screenshot(&c, "app-rollup-kinds.png").await?;
    js(&c, "window.scrollTo(0, 0); return true;").await?;

    // 3. Sort by Enhet with the mouse, then the other way with the keyboard.
    click(&c, "#ov-hode button[data-key=unit]").await?;
    wait_order(
        &c,
        "sortert etter enhet A–Å",
        &["Barnehagen Solsikken", "Hjemmesykepleien", "Sykehjemmet"],
    )
    .await?;
    wait_js(
        &c,
        "fokus på kolonneoverskriften",
        "document.activeElement && document.activeElement.dataset.key === 'unit'",
    )
    .await?;
    type_keys(&c, ENTER).await?;
    wait_order(
        &c,
        "sortert etter enhet Å–A",
        &["Sykehjemmet", "Hjemmesykepleien", "Barnehagen Solsikken"],
    )
    .await?;
    // Filter by any part of the name.
    fill(&c, "#ov-filter", "KEHJEM").await?;
    wait_order(&c, "bare Sykehjemmet", &["Sykehjemmet"]).await?;
    clear(&c, "#ov-filter").await?;
    js(
        &c,
        "document.querySelector('#ov-filter').dispatchEvent(new Event('input')); return true;",
    )
    .await?;
    wait_js(
        &c,
        "alle tre igjen",
        "document.querySelectorAll('#ov-rader tr').length === 3",
    )
    .await?;

    // One sector.
    js(
        &c,
        "const s = document.querySelector('#ov-sektor'); s.value = 'Helse og omsorg'; s.dispatchEvent(new Event('change')); return true;",
    )
    .await?;
    wait_order(&c, "bare Helse og omsorg", &["Sykehjemmet"]).await?;
    screenshot(&c, "app-rollup-sector.png").await?;
    js(
        &c,
        "const s = document.querySelector('#ov-sektor'); s.value = ''; s.dispatchEvent(new Event('change')); return true;",
    )
    .await?;
    wait_js(
        &c,
        "alle sektorer igjen",
        "document.querySelectorAll('#ov-rader tr').length === 3",
    )
    .await?;

    // 4. Open one unit read-only, from the keyboard.
    js(
        &c,
        "document.querySelector('#ov-rader tr[data-unit=\"Hjemmesykepleien\"] .ov-apne').focus(); return true;",
    )
    .await?;
    type_keys(&c, ENTER).await?;
    wait_js(
        &c,
        "enhetens tavle",
        "!document.querySelector('#enhet').hidden",
    )
    .await?;
    wait_js(
        &c,
        "tiltakene til Hjemmesykepleien",
        "document.querySelectorAll('#en-rader tr').length === 3",
    )
    .await?;
    let editable = js(
        &c,
        "return document.querySelectorAll('#enhet input, #enhet textarea, #enhet select, #enhet [contenteditable]').length;",
    )
    .await?;
    assert_eq!(editable, json!(0), "bare lesing: ingen felt å skrive i");
    let title = js(
        &c,
        "return document.querySelector('#en-tittel').textContent;",
    )
    .await?;
    assert_eq!(title, json!("Hjemmesykepleien 2025"));
    screenshot(&c, "app-rollup-unit.png").await?;
    type_keys(&c, "\u{e00c}").await?; // Escape
    wait_js(
        &c,
        "tilbake i oversikten",
        "!document.querySelector('#oversikt').hidden",
    )
    .await?;

    // 5. Print the overview for the steering group (as «Skriv ut …» does after the dialog).
    let pdf = work.join("oversikt.pdf");
    invoke(
        &c,
        "print_rollup",
        json!({ "options": { "year": null, "filter": "", "sort": "gap", "descending": true }, "path": pdf }),
    )
    .await?;
    let text = pdf_text(&pdf)?;
    for expected in [
        "Oversikt over enheter 2025",
        "Hjemmesykepleien",
        "Sykehjemmet",
        "Barnehagen Solsikken",
        "skjult",
        "Totalt",
        "Sektor Helse og omsorg",
        "Sykefravær hittil i år mot målet",
        // The measures by Tiltakstype and Innsats, in a table of their own.
        "Tiltak etter type og innsats",
        "Basistiltak",
        "Reparerende",
        // The overview with its sector subtotals and the measures' table, the chart against
        // the targets on the next page, and the funnel on a page of its own.
        "Traktdiagram",
        "side 1 av 3",
        "side 3 av 3",
    ] {
        assert!(
            text.contains(expected),
            "«{expected}» mangler i PDF-en:\n{text}"
        );
    }
    // The PDF as pictures, to look at.
    if let Some(dir) = std::env::var_os("TAVLE_SCREENSHOTS") {
        let out = Path::new(&dir).join("rollup-a4");
        std::process::Command::new("pdftoppm")
            .args(["-png", "-r", "60"])
            .arg(&pdf)
            .arg(&out)
            .status()?;
    }
    c.close().await?;

    // The overview read the folder and wrote nothing into it.
    let mut names: Vec<String> = std::fs::read_dir(&share)?
        .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect::<Result<_, _>>()?;
    names.sort();
    assert_eq!(
        names,
        [
            "Hjemmesykepleien 2025.tavle",
            "Oppvekst",
            "Sykehjemmet 2025.tavle"
        ]
    );
    Ok(())
}
