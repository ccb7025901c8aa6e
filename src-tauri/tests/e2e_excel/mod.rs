//! Scenario: Excel both ways in the real window. A leader's own spreadsheet (the
//! LibreOffice-made fixture) is imported through the preview — the rows as they will land,
//! the cell that could not be read, and a choice for the comment column and the status word
//! Tavle does not know, without which nothing can be imported — then the new board is
//! exported with «Eksporter til Excel …», the workbook imported back into the same board
//! («0 endret, 0 nye, 0 finnes ikke lenger i arket»), and the board deleted with «Slett …».
//!
//! The native file dialogs cannot be driven through WebDriver, so the page's
//! `pick_sheet_path` / `pick_save_path` calls are answered with a path by the test (a wrapper
//! around `__TAURI__.core.invoke`); everything else runs as the user runs it.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::e2e_support::*;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/sheets")
        .join(name)
}

/// Makes the page's open and save dialogs answer `open` and `save` without showing.
async fn answer_file_dialogs(c: &fantoccini::Client, open: &Path, save: &Path) -> Res {
    let patched = c
        .execute(
            // `core` is a module namespace (its members are read-only), so the whole `core`
            // is replaced by an object that answers the two dialog commands itself.
            "const [open, save] = arguments;\
         const core = window.__TAURI__.core;\
         const invoke = (cmd, args) => cmd === 'pick_sheet_path' ? Promise.resolve(open)\
           : cmd === 'pick_save_path' ? Promise.resolve(save) : core.invoke(cmd, args);\
         window.__TAURI__.core = Object.assign(Object.create(null), core, { invoke });\
         return window.__TAURI__.core.invoke === invoke;",
            vec![json!(open), json!(save)],
        )
        .await?;
    assert_eq!(patched, json!(true), "the dialogs are answered by the test");
    Ok(())
}

/// The list of boards is showing.
async fn wait_open_board_list(c: &fantoccini::Client) -> Res {
    wait_js(
        c,
        "listen over tavler",
        "!document.querySelector('#tavler').hidden && !!document.querySelector('#tavleliste tr')",
    )
    .await?;
    Ok(())
}

pub async fn excel_scenario(driver: &Driver, work: &Path) -> Res {
    let file = work.join("excel.tavle");
    let file_arg = file.to_str().ok_or("sti")?;
    let (c, _) = launch(driver, &[file_arg], "#importer-excel").await?;
    let out = work.join("Barnehagen Solstua 2025.xlsx");
    answer_file_dialogs(&c, &fixture("leder-tiltak.xlsx"), &out).await?;

    // Importer fra Excel …: the preview opens, nothing is written yet.
    open_excel_preview(&c).await?;
    wait_js(
        &c,
        "åtte rader i forhåndsvisningen",
        "document.querySelectorAll('#ei-rader tbody tr').length === 8",
    )
    .await?;
    let first: Value = js(
        &c,
        "return [...document.querySelectorAll('#ei-rader tbody tr:first-child td')].map(td => td.textContent)",
    )
    .await?;
    assert_eq!(
        first,
        json!([
            "1",
            "Bedre overlevering mellom vaktene",
            "Innføre 10 minutters overlevering kl. 14.30",
            "Pedagogisk leder",
            "15.03.2025",
            "15.03.2025",
            "Fullført",
            "Alle avdelinger har overlevering"
        ])
    );
    let problems: Value = js(
        &c,
        "return [...document.querySelectorAll('#ei-problemer tbody tr')].map(tr => [...tr.cells].slice(0, 4).map(td => td.textContent))",
    )
    .await?;
    assert_eq!(problems, json!([["leder-tiltak", "10", "E", "31.02.2025"]]));
    // The comment column and «Venter på svar» wait for a choice; until then no import.
    let choices: Value = js(
        &c,
        "return [...document.querySelectorAll('#ei-koblinger label')].map(l => l.textContent)",
    )
    .await?;
    assert_eq!(
        choices,
        json!([
            "Kolonne H «Kommentar fra leder» (Tatt opp på personalmøtet, Kurset ble flyttet):",
            "Statusordet «Venter på svar» (F12):"
        ])
    );
    let blocked = js(
        &c,
        "return document.querySelector('#excel-import-ok').disabled",
    )
    .await?;
    assert_eq!(
        blocked,
        json!(true),
        "nothing imported before each is chosen"
    );
    if std::env::var_os("TAVLE_SCREENSHOTS").is_some() {
        c.set_window_rect(0, 0, 1600, 1000).await?;
        js(
            &c,
            "document.querySelector('#ei-koblinger').scrollIntoView(); return true",
        )
        .await?;
        screenshot(&c, "excel-import-choices.png").await?;
    }
    find(&c, "#ei-kol-H").await?.select_by_value("-").await?;
    wait_js(
        &c,
        "kolonnen er valgt bort",
        "document.querySelector('#ei-ukjente').textContent === 'H «Kommentar fra leder»'",
    )
    .await?;
    find(&c, "#ei-status-0")
        .await?
        .select_by_value("paused")
        .await?;
    wait_js(
        &c,
        "importen kan gjøres",
        "!document.querySelector('#excel-import-ok').disabled",
    )
    .await?;
    let unit = js(
        &c,
        "return document.querySelector('#excel-import-form').unit.value",
    )
    .await?;
    assert_eq!(unit, json!("Barnehagen Solstua"));
    let boards = invoke(&c, "list_boards", json!({})).await?;
    assert_eq!(
        boards,
        json!([]),
        "nothing written before the import is confirmed"
    );
    if std::env::var_os("TAVLE_SCREENSHOTS").is_some() {
        js(
            &c,
            "document.querySelector('#excel-import').scrollTop = 0; return true",
        )
        .await?;
        screenshot(&c, "excel-import.png").await?;
    }

    // Confirm: the new board opens in the editor with its eight rows.
    let label = js(
        &c,
        "return document.querySelector('#excel-import-ok').textContent",
    )
    .await?;
    assert_eq!(label, json!("Importer 8 rader"));
    click(&c, "#excel-import-ok").await?;
    wait_rows(&c, "den importerte tavlen", 8).await?;
    wait_js(
        &c,
        "tittelen",
        "document.querySelector('#tavletittel').textContent.includes('Barnehagen Solstua 2025')",
    )
    .await?;

    // Eksporter til Excel …: the workbook lands where the save dialog said, and reads back.
    click(&c, "#eksporter-excel").await?;
    let shown = wait_js(
        &c,
        "meldingen om Excel-filen",
        "(m => m && m.textContent)([...document.querySelectorAll('#meldinger .melding')].find(m => m.textContent.includes('Excel-filen er lagret')))",
    )
    .await?;
    assert!(
        shown
            .as_str()
            .unwrap_or("")
            .contains("Barnehagen Solstua 2025.xlsx"),
        "{shown}"
    );
    let back = tavle_formats::sheet_import::read_sheet_file(
        &out,
        &Default::default(),
        chrono::Local::now().date_naive(),
    )?;
    assert_eq!(
        back.report.kind,
        tavle_formats::sheet_import::SourceKind::Tavle
    );
    let board = back.into_board()?;
    assert_eq!(board.unit, "Barnehagen Solstua");
    assert_eq!(board.rows.len(), 8);
    assert_eq!(board.rows[5].status, tavle_model::Status::Paused);

    // The exported workbook imported back: the same board, updated, not a second one.
    answer_file_dialogs(&c, &out, &out).await?;
    click(&c, "#til-tavler").await?;
    wait_open_board_list(&c).await?;
    open_excel_preview(&c).await?;
    let target = wait_js(
        &c,
        "hvor importen havner",
        "(t => t.includes('Oppdaterer') && t)(document.querySelector('#ei-maal').textContent)",
    )
    .await?;
    assert_eq!(
        target,
        json!("Oppdaterer tavlen Barnehagen Solstua 2025 som arbeidsboken ble eksportert fra: 0 endret, 0 nye, 0 finnes ikke lenger i arket.")
    );
    let label = js(
        &c,
        "return document.querySelector('#excel-import-ok').textContent",
    )
    .await?;
    assert_eq!(label, json!("Oppdater tavlen"));
    if std::env::var_os("TAVLE_SCREENSHOTS").is_some() {
        screenshot(&c, "excel-import-update.png").await?;
    }
    click(&c, "#excel-import-ok").await?;
    wait_rows(&c, "den oppdaterte tavlen", 8).await?;
    let boards = invoke(&c, "list_boards", json!({})).await?;
    assert_eq!(boards.as_array().map(Vec::len), Some(1), "{boards}");

    // Slett tavle …: the confirmation names unit and year; the list is empty after it.
    click(&c, "#til-tavler").await?;
    wait_open_board_list(&c).await?;
    click(&c, "#tavleliste .board-delete").await?;
    wait_open(&c, "Slett tavle", "#slettdialog").await?;
    let asked = js(
        &c,
        "return document.querySelector('#slett-tittel').textContent",
    )
    .await?;
    assert_eq!(asked, json!("Slette tavlen Barnehagen Solstua 2025?"));
    if std::env::var_os("TAVLE_SCREENSHOTS").is_some() {
        screenshot(&c, "slett-tavle.png").await?;
    }
    click(&c, "#slett-ok").await?;
    wait_js(
        &c,
        "tom liste",
        "!document.querySelector('#ingen-tavler').hidden",
    )
    .await?;
    assert_eq!(invoke(&c, "list_boards", json!({})).await?, json!([]));
    c.close().await?;
    Ok(())
}
