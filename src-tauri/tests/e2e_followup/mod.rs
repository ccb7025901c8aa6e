//! Scenario "first", second part: the year's follow-up in the real window. Fraværstall,
//! Prosjekt nærvær, Månedsgjennomgang (keyboard only), Frister, a corrected history entry
//! and the year report, on a board with four measures made through the commands.

use std::path::Path;

use fantoccini::Client;
use serde_json::{json, Value};

use crate::e2e_support::*;

/// The rows made for the follow-up: their ids.
struct Rows {
    board: Value,
    plain: Value,
    late: Value,
    soon: Value,
}

/// The year's follow-up in the real window: Fraværstall, Prosjekt nærvær,
/// Månedsgjennomgang (keyboard only), Frister, a corrected history entry, the year report.
pub async fn followup_scenario(driver: &Driver, work: &Path) -> Res {
    let file = work.join("oppfolging.tavle");
    let (c, _) = launch(driver, &[file.to_str().ok_or("sti")?], "#ny-tavle").await?;
    let rows = board_with_four_measures(&c).await?;
    absence_figures_follow_the_typing(&c, &rows.board).await?;
    project_plan_with_a_reached_milestone(&c, &rows.board).await?;
    monthly_review_by_keyboard(&c, &rows.board).await?;
    deadlines_show_the_overdue_measure(&c, &rows).await?;
    corrected_history_entry(&c, &rows.plain).await?;
    year_report_is_printed(&c, &rows.board, &work.join("arsrapport.pdf")).await?;
    c.close().await?;
    Ok(())
}

/// A board with a measure without a due date, one overdue, one due far ahead and one done,
/// made through the commands; the page is reloaded to show them.
async fn board_with_four_measures(c: &Client) -> Res<Rows> {
    let board = invoke(
        c,
        "create_board",
        json!({ "header": {
            "title": "Forbedringstavle", "unit": "Sykehjemmet", "year": 2025,
            "main_goal": "Flere friske dager", "focus": "", "target_pct": 6.5
        }}),
    )
    .await?;
    // add_row answers with the row as saved; the scenario needs its id.
    let add = |goal: &str, measure: &str, due: Value| {
        let call = invoke(
            c,
            "add_row",
            json!({ "board": board, "position": null, "text": {
                "goal": goal, "ideas": "", "measure": measure, "owner": "Avdelingsleder",
                "when": "", "due": due, "result": "" } }),
        );
        async move { call.await.map(|saved| saved["id"].clone()) }
    };
    let plain = add("Bedre turnus", "Ønsketurnus", Value::Null).await?;
    let late = add(
        "Færre vikarer",
        "Faste vikarer på kveld",
        json!("2025-02-28"),
    )
    .await?;
    let soon = add("Trivsel", "Felles lunsj", json!("2099-06-30")).await?;
    let done = add("Ferdig", "Allerede gjort", Value::Null).await?;
    invoke(
        c,
        "change_status",
        json!({ "row": done, "status": "done", "on": "2025-01-10", "note": "" }),
    )
    .await?;
    js(c, "location.reload(); return true").await?;
    wait_rows(c, "tavlen med fire rader", 4).await?;
    Ok(Rows {
        board,
        plain,
        late,
        soon,
    })
}

/// Fraværstall: three months of workdays; the year to date follows the typing; a figure
/// that is not a number and a small unit are named; the months are stored.
async fn absence_figures_follow_the_typing(c: &Client, board: &Value) -> Res {
    click(c, "#til-fravaer").await?;
    wait_js(
        c,
        "fokus i januar",
        "document.activeElement.closest('tr')?.dataset.month === '2025-01' && document.activeElement.dataset.field === 'agreed'",
    )
    .await?;
    type_keys(c, &format!("200{TAB}30")).await?;
    wait_js(
        c,
        "januar alene",
        "document.querySelector('#fravaer-hittil').textContent === '15,0 %'",
    )
    .await?;
    for month in ["2025-02", "2025-03"] {
        click(c, &month_field(month, "agreed")).await?;
        type_keys(c, &format!("400{TAB}20")).await?;
    }
    let ytd = wait_js(
        c,
        "hittil i år 7,0 %",
        "(t => t === '7,0 %' && t)(document.querySelector('#fravaer-hittil').textContent)",
    )
    .await?;
    assert_eq!(ytd, json!("7,0 %"));
    let shown = js(c, "return ['#fravaer-grunnlag', '#fravaer-naervaer', '#fravaer-mal', '#fravaer-avstand'].map(s => document.querySelector(s).textContent)").await?;
    assert_eq!(
        shown,
        json!([
            "basert på dagsverk, 3 måneder",
            "93,0 %",
            "6,5 %",
            "+0,5 prosentpoeng over målet"
        ])
    );
    // A figure that is not a number: the month says why, in Norwegian.
    click(c, &month_field("2025-04", "agreed")).await?;
    type_keys(c, &format!("400{TAB}tjue")).await?;
    wait_js(
        c,
        "feilen under april",
        "(e => e && !e.closest('tr').hidden && e.textContent.includes('«tjue» er ikke et tall'))(document.querySelector('#fravaer-rader tr[data-month=\"2025-04\"] + tr .radfeil'))",
    )
    .await?;
    // A small unit (80 agreed workdays) is warned about.
    clear(c, &month_field("2025-04", "lost")).await?;
    clear(c, &month_field("2025-04", "agreed")).await?;
    click(c, &month_field("2025-05", "agreed")).await?;
    type_keys(c, &format!("80{TAB}2")).await?;
    wait_js(
        c,
        "advarsel om liten enhet",
        "(e => !e.hidden && e.textContent.includes('i mai 2025'))(document.querySelector('#fravaer-smaa'))",
    )
    .await?;
    click(c, "#fravaer-tittel").await?; // leaving the field stores the month
    let view = wait_invoke(
        c,
        "fire lagrede måneder",
        "load_board",
        json!({ "id": board }),
        |v| v["board"]["absence"].as_array().map_or(0, |a| a.len()) == 4,
    )
    .await?;
    let january = &view["board"]["absence"][0];
    assert_eq!(january["month"], "2025-01");
    assert_eq!(january["agreed_days"], 200.0);
    assert_eq!(january["lost_days"], 30.0);
    screenshot(c, "app-absence.png").await?;
    click(c, "#fravaer .tilbake").await
}

/// Prosjekt nærvær: the form with the template's questions, a milestone ticked as reached.
async fn project_plan_with_a_reached_milestone(c: &Client, board: &Value) -> Res {
    click(c, "#til-plan").await?;
    wait_js(
        c,
        "planskjemaet",
        "document.activeElement.name === 'absence_pct_december'",
    )
    .await?;
    type_keys(c, &format!("11,2{TAB}10,4{TAB}Mye korttidsfravær på kveld")).await?;
    click(c, "#nytt-delmal").await?;
    type_keys(c, "Faste vikarer ansatt").await?;
    type_keys(c, &format!("{TAB}15.03.2025{TAB} ")).await?; // Tab to the tick, Space ticks it
    let view = wait_invoke(
        c,
        "planen lagret",
        "load_board",
        json!({ "id": board }),
        |v| {
            v["board"]["plan"]["milestones"][0]["reached_on"].is_string()
                && v["board"]["plan"]["situation"] == "Mye korttidsfravær på kveld"
        },
    )
    .await?;
    assert_eq!(view["board"]["plan"]["absence_pct_december"], 11.2);
    assert_eq!(view["board"]["plan"]["milestones"][0]["due"], "2025-03-15");
    js(
        c,
        "document.querySelector('main').scrollTop = 0; return true",
    )
    .await?;
    screenshot(c, "app-plan.png").await?;
    click(c, "#plan .tilbake").await
}

/// Månedsgjennomgang, keyboard only: overdue first, then by due date, then the rest; the
/// end asks for the month's figures, then offers to print the board.
async fn monthly_review_by_keyboard(c: &Client, board: &Value) -> Res {
    click(c, "#til-gjennomgang").await?;
    let order = ["Faste vikarer på kveld", "Felles lunsj", "Ønsketurnus"];
    for (i, measure) in order.iter().enumerate() {
        wait_js(
            c,
            &format!("tiltak {}: {measure}", i + 1),
            &format!(
                "document.querySelector('#gj-tiltak').textContent === '{measure}' && document.activeElement.name === 'gj-status'"
            ),
        )
        .await?;
        if i == 0 {
            assert_eq!(
                js(c, "return !document.querySelector('#gj-forsinket').hidden").await?,
                json!(true),
                "det forsinkede tiltaket er merket"
            );
        }
        type_keys(c, &format!("2{TAB}Notat {}{TAB}", i + 1)).await?;
        type_keys(c, &format!("Resultat {}", i + 1)).await?;
        if i == 0 {
            screenshot(c, "app-review.png").await?;
        }
        type_keys(c, &format!("{CTRL}{ENTER}{RELEASE}")).await?;
    }
    wait_js(
        c,
        "spørsmålet om fraværstall",
        "!document.querySelector('#gj-slutt').hidden && document.activeElement.name === 'agreed'",
    )
    .await?;
    type_keys(c, &format!("400{TAB}24{ENTER}")).await?;
    wait_js(
        c,
        "tallene lagret og utskrift tilbudt",
        "document.querySelector('#gj-hittil').textContent.includes('Sykefravær hittil i år') && document.activeElement.id === 'gj-skriv-ut'",
    )
    .await?;
    screenshot(c, "app-review-end.png").await?;
    let view = invoke(c, "load_board", json!({ "id": board })).await?;
    let rows = view["board"]["rows"].as_array().ok_or("rader")?;
    for (r, n) in [(0, 3), (1, 1), (2, 2)] {
        assert_eq!(rows[r]["status"], "in_progress", "rad {r}: {}", rows[r]);
        assert_eq!(rows[r]["result"], format!("Resultat {n}"));
        assert_eq!(rows[r]["history"][0]["note"], format!("Notat {n}"));
    }
    assert_eq!(
        rows[3]["history"].as_array().map(Vec::len),
        Some(1),
        "det fullførte tiltaket er ikke gått gjennom"
    );
    assert!(
        view["board"]["absence"]
            .as_array()
            .ok_or("fravær")?
            .iter()
            .any(|m| m["agreed_days"] == 400.0 && m["lost_days"] == 24.0),
        "månedens tall er lagret: {}",
        view["board"]["absence"]
    );
    click(c, "#gjennomgang .tilbake:not(.stille)").await
}

/// Frister: the overdue measure, across the file's boards; one due far ahead is not there.
async fn deadlines_show_the_overdue_measure(c: &Client, rows: &Rows) -> Res {
    let (late, soon) = (&rows.late, &rows.soon);
    click(c, "#editor .til-frister").await?;
    wait_js(
        c,
        "det forsinkede tiltaket i Frister",
        &format!("(tr => tr && tr.classList.contains('forsinket') && tr.textContent.includes('Faste vikarer på kveld') && tr.textContent.includes('28.02.2025') && tr.textContent.includes('Forsinket'))(document.querySelector('#frister-rader tr[data-row=\"{late}\"]'))"),
    )
    .await?;
    assert_eq!(
        js(
            c,
            &format!("return !!document.querySelector('#frister-rader tr[data-row=\"{soon}\"]')")
        )
        .await?,
        json!(false),
        "en frist langt fram er ikke med innen 14 dager"
    );
    screenshot(c, "app-deadlines.png").await?;
    click(c, "#frister .tilbake").await
}

/// The status story: correct an entry's date and note in the editor's timeline.
async fn corrected_history_entry(c: &Client, row: &Value) -> Res {
    let tr = format!("#rader tr[data-id='{row}']");
    click(c, &format!("{tr} .tidslinje summary")).await?;
    click(c, &format!("{tr} .tidslinje .rett")).await?;
    wait_open(c, "rettedialogen", "#rettdialog").await?;
    wait_js(
        c,
        "datoen vist som dd.mm.åååå",
        r"/^\d\d\.\d\d\.\d{4}$/.test(document.querySelector('#rett-form input[name=on]').value)",
    )
    .await?;
    replace(c, "#rett-form input[name=on]", "01.03.2025").await?;
    replace(c, "#rett-form textarea[name=note]", "Rettet notat").await?;
    click(c, "#rett-form button[type=submit]").await?;
    wait_js(
        c,
        "den rettede historikken",
        &format!("(d => d && d.textContent.includes('01.03.2025') && d.textContent.includes('Rettet notat'))(document.querySelector(\"{tr} .tidslinje\"))"),
    )
    .await?;
    screenshot(c, "app-timeline.png").await
}

/// The year report is in the print dialog (on A4), and prints.
async fn year_report_is_printed(c: &Client, board: &Value, pdf: &Path) -> Res {
    open_print_dialog(c).await?;
    click(c, "#utskrift input[name=what][value=report]").await?;
    wait_js(
        c,
        "Årsrapport på A4",
        "document.querySelector('#utskrift-form').paper.value === 'a4' && document.querySelector('#utskrift input[value=report]').closest('label').textContent.includes('Årsrapport')",
    )
    .await?;
    cancel_print_dialog(c).await?;
    let text = print_pdf(c, board, "report", None, pdf).await?;
    assert!(text.contains("Sykehjemmet"), "{text}");
    Ok(())
}
