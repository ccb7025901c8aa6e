//! Scenario `first` (with `e2e_followup`): the board editor over restarts, from the first
//! start with no file to next year's board, with the launch times printed.

use std::path::Path;
use std::time::Duration;

use fantoccini::Client;
use serde_json::json;

use crate::e2e_support::*;

const XSS: &str = "<img src=x onerror=alert(1)>";

/// The board editor over restarts: the start screen, a new board typed row by row, the
/// same file reopened and edited, the last file and Storskjerm remembered, next year's
/// board. Prints the launch times.
pub async fn first_scenario(driver: &Driver, work: &Path) -> Res {
    let file = work.join("enhet.tavle");
    let file_arg = file.to_str().ok_or("sti")?;
    let mut launches = Vec::new();

    // 1. First start, no file: the start screen, then the example.
    launches.push(start_screen_and_example(driver).await?);
    // 1b. A file that is not a Tavle file: the start screen, with a Norwegian message.
    not_a_tavle_file(driver, work).await?;
    // 2. A new file named on the command line: make a board and type three rows.
    launches.push(new_board_with_three_rows(driver, file_arg).await?);
    // 3. Reopen the file: everything is still there, and it can be searched, edited, printed.
    launches.push(reopened_board_is_kept_and_edited(driver, file_arg, work).await?);
    // 4. Start without a file: the last file used opens; Storskjerm is remembered.
    launches.extend(last_file_and_large_text_are_remembered(driver).await?);

    let extra: usize = std::env::var("TAVLE_E2E_LAUNCHES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    for _ in 0..extra {
        let (c, t) = launch(driver, &[file_arg], "#rader tr").await?;
        launches.push(t);
        c.close().await?;
    }
    // 5. Ny tavle fra fjorårets: next year's board from the list, with the open measures.
    next_years_board(driver, file_arg).await?;

    let mut ms: Vec<u128> = launches.iter().map(|d| d.as_millis()).collect();
    eprintln!("e2e: oppstart til brukbart vindu (ms): {ms:?}");
    ms.sort_unstable();
    eprintln!("e2e: median oppstart {} ms", ms[ms.len() / 2]);
    Ok(())
}

/// The start screen with its three choices; "Åpne eksempel" imports the sample board into
/// a new file and goes straight into the editor. Returns the launch time.
async fn start_screen_and_example(driver: &Driver) -> Res<Duration> {
    let (c, t) = launch(driver, &[], "#ny-fil").await?;
    wait_js(
        &c,
        "Åpne fil og Åpne eksempel",
        "document.querySelector('#apne-fil') && document.querySelector('#apne-eksempel')",
    )
    .await?;
    wait_js(
        &c,
        "tom liste over nylig brukte",
        "document.querySelector('#nylig').textContent.includes('Ingen filer')",
    )
    .await?;
    screenshot(&c, "app-start.png").await?;
    report_memory("startskjermen");
    click(&c, "#apne-eksempel").await?;
    wait_rows(&c, "eksempeltavlen", 3).await?;
    wait_js(
        &c,
        "tittelen på eksempelet",
        "document.querySelector('#tavletittel').textContent.includes('Hjemmesykepleien')",
    )
    .await?;
    screenshot(&c, "app-editor.png").await?;
    report_memory("eksempeltavlen");
    c.close().await?;
    Ok(t)
}

async fn not_a_tavle_file(driver: &Driver, work: &Path) -> Res {
    let junk = work.join("ikke-tavle.tavle");
    std::fs::write(&junk, b"dette er ingen database")?;
    let (c, _) = launch(driver, &[junk.to_str().ok_or("sti")?], "#ny-fil").await?;
    let msg = wait_js(
        &c,
        "feilmeldingen",
        "(m => m && m.textContent)(document.querySelector('#meldinger .melding.feil'))",
    )
    .await?;
    assert!(
        msg.as_str().unwrap_or("").contains("er ikke en Tavle-fil"),
        "{msg}"
    );
    assert_eq!(
        std::fs::read(&junk)?,
        b"dette er ingen database",
        "filen er ikke endret"
    );
    c.close().await?;
    Ok(())
}

/// The Ny tavle form (refusing a bad year), then three rows typed from the keyboard, a due
/// date and a status with a note. Returns the launch time.
async fn new_board_with_three_rows(driver: &Driver, file_arg: &str) -> Res<Duration> {
    let (c, t) = launch(driver, &[file_arg], "#ny-tavle").await?;
    click(&c, "#ny-tavle").await?;
    wait_open(&c, "skjemaet Ny tavle", "#tavleskjema").await?;
    fill(&c, "#tavleskjema input[name=unit]", "Hjemmesykepleien").await?;
    // A year the core refuses: the reason shows in the form, in Norwegian.
    let year = "#tavleskjema input[name=year]";
    replace(&c, year, "1999").await?;
    click(&c, "#tavleskjema-ok").await?;
    screenshot(&c, "app-new-board.png").await?;
    wait_js(
        &c,
        "feil om året",
        "document.querySelector('#tavleskjema .skjemafeil').textContent.includes('Året 1999')",
    )
    .await?;
    replace(&c, year, "2025").await?;
    fill(
        &c,
        "#tavleskjema textarea[name=main_goal]",
        "Pasienter skal kunne bo hjemme så lenge de ønsker",
    )
    .await?;
    fill(
        &c,
        "#tavleskjema input[name=focus]",
        "trykkløst og trykksikkert",
    )
    .await?;
    fill(&c, "#tavleskjema input[name=target_pct]", "6,5").await?;
    click(&c, "#tavleskjema-ok").await?;
    wait_js(
        &c,
        "editoren med den nye tavlen",
        "document.querySelector('#tavletittel').textContent.includes('Hjemmesykepleien 2025')",
    )
    .await?;
    wait_js(
        &c,
        "målet 6,5 %",
        "document.querySelector('#malpct').textContent === '6,5 %'",
    )
    .await?;

    // Row 1 through the button, typed cell to cell with Tab (past Tiltakstype and Innsats,
    // the two choices under Tiltak, left at «–»).
    click(&c, "#ny-rad").await?;
    wait_js(
        &c,
        "fokus i første rad",
        "document.activeElement.dataset.field === 'goal'",
    )
    .await?;
    type_keys(&c, &format!("Lettere samarbeid med korttidsavdelingen{TAB}Bedre dialoger{TAB}Utarbeide en prosedyre{TAB}{TAB}{TAB}Alle ansatte{TAB}i.a. februar")).await?;
    // Row 2 with Ctrl+N: text that looks like HTML must stay text.
    ctrl(&c, "n").await?;
    wait_js(&c, "ny rad med Ctrl+N", "document.querySelectorAll('#rader tr').length === 2 && document.activeElement.dataset.field === 'goal'").await?;
    type_keys(&c, &format!("{XSS}{TAB}{TAB}Vise tekst som tekst")).await?;
    // Row 3: Shift+Enter is a new line inside the cell.
    ctrl(&c, "n").await?;
    wait_js(
        &c,
        "tredje rad",
        "document.querySelectorAll('#rader tr').length === 3",
    )
    .await?;
    type_keys(&c, "Faghjul").await?;
    type_keys(&c, &format!("{SHIFT}{ENTER}")).await?; // modifiers are released after each call
    type_keys(&c, "med to linjer").await?;
    click(&c, "#sok").await?; // leaving the cell saves it
    wait_rows(&c, "tre lagrede rader", 3).await?;
    wait_saved(&c).await?;

    // Enter moves down to the same column of the next row.
    click(&c, "#rader tr:nth-child(1) [data-field=goal]").await?;
    type_keys(&c, &format!("{END}{ENTER}")).await?;
    wait_js(&c, "Enter flytter ned", "document.activeElement.closest('tr') === document.querySelector('#rader tr:nth-child(2)') && document.activeElement.dataset.field === 'goal'").await?;

    // A date that does not exist is refused at the Frist field, in Norwegian, without the
    // field's name (the field is labelled already).
    js(&c, "const d = document.querySelector('#rader tr:nth-child(1) [data-field=due]'); d.value = '31.02.2025'; d.dispatchEvent(new Event('change')); return true").await?;
    wait_js(&c, "feilen ved Frist", "((tr) => !tr.querySelector('.feltfeil').hidden && tr.querySelector('.feltfeil').textContent.startsWith('«31.02.2025» er ikke en gyldig dato. Skriv den som dd.mm.åååå') && tr.querySelector('[data-field=due]').getAttribute('aria-invalid') === 'true')(document.querySelector('#rader tr:nth-child(1)'))").await?;
    screenshot(&c, "app-due-refused.png").await?;
    // A due date in the past makes row 1 Forsinket.
    js(&c, "const d = document.querySelector('#rader tr:nth-child(1) [data-field=due]'); d.value = '28.02.2025'; d.dispatchEvent(new Event('change')); return true").await?;
    wait_js(
        &c,
        "Forsinket på rad 1",
        "document.querySelector('#rader tr:nth-child(1)').classList.contains('forsinket')",
    )
    .await?;

    // Status through the dropdown and the small dialog with a note.
    find(&c, "#rader tr:nth-child(1) select.status")
        .await?
        .select_by_value("in_progress")
        .await?;
    wait_open(&c, "statusdialogen", "#statusdialog").await?;
    fill(&c, "#status-form textarea[name=note]", "Første møte holdt").await?;
    screenshot(&c, "app-status.png").await?;
    click(&c, "#status-ok").await?;
    wait_js(&c, "statusnotatet på raden", "document.querySelector('#rader tr:nth-child(1) .status-info').textContent.includes('Første møte holdt')").await?;
    c.close().await?;
    Ok(t)
}

/// The file from step 2 reopened: rows, due date and status kept, HTML-looking text shown
/// as text; then search, delete and undo, move a row, and print. Returns the launch time.
async fn reopened_board_is_kept_and_edited(
    driver: &Driver,
    file_arg: &str,
    work: &Path,
) -> Res<Duration> {
    let (c, t) = launch(driver, &[file_arg], "#rader tr").await?;
    wait_rows(&c, "tre rader etter omstart", 3).await?;
    let g = goals(&c).await?;
    assert_eq!(
        g,
        [
            "Lettere samarbeid med korttidsavdelingen",
            XSS,
            "Faghjul\nmed to linjer"
        ],
        "radene etter omstart"
    );
    let row1 = js(&c, "const tr = document.querySelector('#rader tr:nth-child(1)'); return { owner: tr.querySelector('[data-field=owner]').value, when: tr.querySelector('[data-field=when]').value, due: tr.querySelector('[data-field=due]').value, status: tr.querySelector('select.status').value, info: tr.querySelector('.status-info').textContent, late: tr.classList.contains('forsinket') }").await?;
    assert_eq!(row1["owner"], "Alle ansatte");
    assert_eq!(row1["when"], "i.a. februar");
    assert_eq!(row1["due"], "28.02.2025");
    assert_eq!(row1["status"], "in_progress");
    assert!(
        row1["info"]
            .as_str()
            .unwrap_or("")
            .contains("Første møte holdt"),
        "{row1}"
    );
    assert_eq!(row1["late"], true);
    // The HTML-looking text is text: no element was made from it, and it shows as typed.
    assert_eq!(
        js(&c, "return document.querySelectorAll('img[src=x]').length").await?,
        json!(0)
    );
    assert_eq!(
        js(
            &c,
            "return document.querySelector('#rader tr:nth-child(2) [data-field=goal]').value"
        )
        .await?,
        json!(XSS)
    );

    // Search finds the row by its text.
    fill(&c, "#sok", "onerror").await?;
    wait_js(
        &c,
        "søket viser én rad",
        "[...document.querySelectorAll('#rader tr')].filter(tr => !tr.hidden).length === 1",
    )
    .await?;
    clear(&c, "#sok").await?;
    js(
        &c,
        "document.querySelector('#sok').dispatchEvent(new Event('input')); return true",
    )
    .await?;
    wait_js(
        &c,
        "alle rader igjen",
        "[...document.querySelectorAll('#rader tr')].filter(tr => !tr.hidden).length === 3",
    )
    .await?;

    // Delete a row, then undo with Ctrl+Z.
    click(&c, "#rader tr:nth-child(2) button.slett").await?;
    wait_js(
        &c,
        "raden er slettet",
        "document.querySelectorAll('#rader tr').length === 2",
    )
    .await?;
    wait_js(&c, "Rad slettet — Angre", "(m => m && m.textContent.includes('Rad slettet') && m.textContent.includes('Angre'))(document.querySelector('#meldinger [data-id=angre]'))").await?;
    ctrl(&c, "z").await?;
    wait_rows(&c, "raden er tilbake", 3).await?;
    assert_eq!(
        goals(&c).await?[1],
        XSS,
        "den gjenopprettede raden står der den stod"
    );

    // Move row 3 up with Alt+↑.
    click(&c, "#rader tr:nth-child(3) [data-field=goal]").await?;
    type_keys(&c, &format!("{ALT}{UP}{RELEASE}")).await?;
    wait_js(&c, "raden er flyttet opp", "document.querySelector('#rader tr:nth-child(2) [data-field=goal]').value.startsWith('Faghjul')").await?;
    screenshot(&c, "app-editor-e2e.png").await?;

    // The print dialog (Ctrl+P), then a PDF through the print command.
    open_print_dialog(&c).await?;
    screenshot(&c, "app-print.png").await?;
    cancel_print_dialog(&c).await?;
    let boards = invoke(&c, "list_boards", json!({})).await?;
    let text = print_pdf(
        &c,
        &boards[0]["id"],
        "board",
        Some("a3"),
        &work.join("tavle.pdf"),
    )
    .await?;
    for expected in ["Hjemmesykepleien", "Lettere samarbeid", "Faghjul"] {
        assert!(
            text.contains(expected),
            "PDF-en mangler «{expected}»:\n{text}"
        );
    }
    assert!(
        text.contains("<img src=x"),
        "teksten som ser ut som HTML står som tekst i PDF-en"
    );
    report_memory("editoren");
    c.close().await?;
    Ok(t)
}

/// Two starts without a file: Storskjerm switched on in the first is on in the second.
/// Returns both launch times.
async fn last_file_and_large_text_are_remembered(driver: &Driver) -> Res<[Duration; 2]> {
    let (c, first) = launch(driver, &[], "#rader tr").await?;
    click(&c, "#storskjerm").await?;
    wait_large_text(&c, "Storskjerm på", true).await?;
    screenshot(&c, "app-storskjerm.png").await?;
    click(&c, "#til-tavler").await?;
    wait_js(
        &c,
        "tavlelisten",
        "document.querySelectorAll('#tavleliste tr').length === 1",
    )
    .await?;
    screenshot(&c, "app-boards.png").await?;
    c.close().await?;
    let (c, second) = launch(driver, &[], "#rader tr").await?;
    wait_large_text(&c, "Storskjerm husket", true).await?;
    click(&c, "#storskjerm").await?;
    wait_large_text(&c, "Storskjerm av", false).await?;
    c.close().await?;
    Ok([first, second])
}

/// Waits until Storskjerm is `on` (or off).
async fn wait_large_text(c: &Client, what: &str, on: bool) -> Res {
    let not = if on { "" } else { "!" };
    wait_js(
        c,
        what,
        &format!("{not}document.documentElement.classList.contains('storskjerm')"),
    )
    .await?;
    Ok(())
}

async fn next_years_board(driver: &Driver, file_arg: &str) -> Res {
    let (c, _) = launch(driver, &[file_arg], "#rader tr").await?;
    click(&c, "#til-tavler").await?;
    click(&c, "#fra-fjoraret").await?;
    wait_open(&c, "dialogen Ny tavle fra fjorårets", "#fjoraret").await?;
    let next_year = js(
        &c,
        "return document.querySelector('#fjoraret input[name=year]').value",
    )
    .await?;
    assert_eq!(
        next_year,
        json!("2026"),
        "året etter tavlens år er foreslått"
    );
    click(&c, "#fjoraret button[type=submit]").await?;
    wait_js(
        &c,
        "neste års tavle",
        "document.querySelector('#tavletittel').textContent.includes('Hjemmesykepleien 2026')",
    )
    .await?;
    wait_rows(&c, "tiltakene er med", 3).await?;
    c.close().await?;
    Ok(())
}

/// The goal text of every row in the editor, in order.
async fn goals(c: &Client) -> Res<Vec<String>> {
    let v = js(
        c,
        "return [...document.querySelectorAll('#rader tr')].map(tr => tr.querySelector('[data-field=goal]').value)",
    )
    .await?;
    Ok(serde_json::from_value(v)?)
}
