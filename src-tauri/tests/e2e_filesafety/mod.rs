//! The file kept safe, in the real window: a change made by another process shows within a
//! second or two; a cell typed while another process changed the same row keeps the typed
//! text and shows the other; text typed just before Ctrl+Q is in the file when the app is
//! opened again; the «Sikkerhetskopier …» list; a write-protected file opens with a banner.

use std::path::Path;
use std::time::{Duration, Instant};

use fantoccini::Client;
use tavle_model::{Board, Row, RowText};
use tavle_store::store::Store;

use crate::e2e_support::*;

/// The board the scenario starts from: one row.
fn one_row_file(path: &Path) -> Res<tavle_model::BoardId> {
    let mut board = Board::new("Sykehjemmet", 2026);
    board.rows.push(Row {
        goal: "Bedre overlapp".into(),
        measure: "Faste overlappsmøter".into(),
        ..Row::default()
    });
    Ok(Store::create(path)?.insert_board(&board)?)
}

/// Another process (here: the core, on its own connection) changes the one row.
fn change_elsewhere(
    path: &Path,
    board: tavle_model::BoardId,
    edit: impl FnOnce(&mut RowText),
) -> Res {
    let mut store = Store::open(path)?;
    let stored = store.load_board(board)?;
    let mut text = RowText::from(&stored.board.rows[0]);
    edit(&mut text);
    store.update_row_text(stored.row_ids[0], None, &text)?;
    Ok(())
}

/// The value of field `field` of the editor's first row.
fn cell(field: &str) -> String {
    format!("document.querySelector('#rader tr:nth-child(1) [data-field={field}]').value")
}

/// Launches the app on `args` and waits for `ready`. A script run while the first page is
/// still loading can fail ("… before the unload event"); that is waited out, not failed on.
async fn open_app(driver: &Driver, args: &[&str], ready: &str) -> Res<Client> {
    let c = driver.session(args).await?;
    let deadline = Instant::now() + Duration::from_secs(30);
    let script = format!("return !!document.querySelector('{ready}')");
    loop {
        match c.execute(&script, vec![]).await {
            Ok(serde_json::Value::Bool(true)) => return Ok(c),
            Ok(_) => {}
            Err(e) if Instant::now() > deadline => return Err(format!("{ready}: {e}").into()),
            Err(_) => {}
        }
        if Instant::now() > deadline {
            return Err(format!("ventet forgjeves på {ready}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Presses Ctrl+Q and waits until the app has ended (the session stops answering).
async fn quit_with_ctrl_q(c: Client) -> Res {
    // The app may end while the key press is still being answered: that is the point.
    let _ = ctrl(&c, "q").await;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if c.execute("return 1", vec![]).await.is_err() {
            break;
        }
        if Instant::now() > deadline {
            return Err("appen ble ikke avsluttet med Ctrl+Q".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = c.close().await;
    Ok(())
}

pub async fn file_safety_scenario(driver: &Driver, work: &Path) -> Res {
    let file = work.join("trygg.tavle");
    let file_arg = file.to_str().ok_or("sti")?;
    let board = one_row_file(&file)?;
    let c = open_app(driver, &[file_arg], "#rader tr[data-id]").await?;

    // Another process changes the row: the open screen shows it within a second or two.
    let t0 = Instant::now();
    change_elsewhere(&file, board, |t| {
        t.owner = "Endret av tavle-kommandoen".into()
    })?;
    wait_js(
        &c,
        "endringen fra en annen prosess",
        &format!("{} === 'Endret av tavle-kommandoen'", cell("owner")),
    )
    .await?;
    let seen = t0.elapsed();
    eprintln!(
        "e2e: endring fra en annen prosess vist etter {:.2} s",
        seen.as_secs_f64()
    );
    if seen > Duration::from_secs(3) {
        return Err(format!("endringen kom først etter {seen:?}").into());
    }

    // Typing in a cell while another process changes another field of the same row: both
    // changes end up in the file.
    click(&c, "#rader tr:nth-child(1) [data-field=goal]").await?;
    type_keys(&c, &format!("{END} – skrevet i vinduet")).await?;
    change_elsewhere(&file, board, |t| {
        t.measure = "Tiltak endret et annet sted".into()
    })?;
    click(&c, "#sok").await?; // leaving the cell saves it, with the version it read
    wait_js(&c, "melding om endring et annet sted", "[...document.querySelectorAll('#meldinger .melding')].some(m => m.textContent.includes('endret et annet sted samtidig'))").await?;
    wait_js(
        &c,
        "begge endringene på skjermen",
        &format!(
            "{} === 'Bedre overlapp – skrevet i vinduet' && {} === 'Tiltak endret et annet sted'",
            cell("goal"),
            cell("measure")
        ),
    )
    .await?;
    wait_saved(&c).await?;
    let stored = Store::open_read_only(&file)?.load_board(board)?.board;
    let row = &stored.rows[0];
    if row.goal != "Bedre overlapp – skrevet i vinduet"
        || row.measure != "Tiltak endret et annet sted"
    {
        return Err(format!(
            "noe gikk tapt: mål «{}», tiltak «{}»",
            row.goal, row.measure
        )
        .into());
    }

    // Both change the same field: the typed text stays in the field, the other text is
    // shown beside it (in the message) with a button to take it instead.
    click(&c, "#rader tr:nth-child(1) [data-field=owner]").await?;
    type_keys(&c, &format!("{END} og lederen")).await?;
    change_elsewhere(&file, board, |t| t.owner = "Avdelingsleder".into())?;
    click(&c, "#sok").await?;
    wait_js(&c, "melding med den andre teksten", "[...document.querySelectorAll('#meldinger .melding')].some(m => m.textContent.includes('endret et annet sted') && m.textContent.includes('Ansvar: «Avdelingsleder»') && m.querySelector('.handling'))").await?;
    wait_js(
        &c,
        "den skrevne teksten står igjen",
        &format!(
            "{} === 'Endret av tavle-kommandoen og lederen'",
            cell("owner")
        ),
    )
    .await?;
    screenshot(&c, "app-conflict.png").await?;
    // Closing saves the typed text on top, knowingly.
    quit_with_ctrl_q(c).await?;
    let owner = Store::open_read_only(&file)?.load_board(board)?.board.rows[0]
        .owner
        .clone();
    if owner != "Endret av tavle-kommandoen og lederen" {
        return Err(format!("den skrevne teksten ble ikke lagret ved lukking: «{owner}»").into());
    }

    // Text typed in a cell and the window closed at once (Ctrl+Q, no pause): it is there
    // when the file is opened again.
    let c = open_app(driver, &[file_arg], "#rader tr[data-id]").await?;
    click(&c, "#rader tr:nth-child(1) [data-field=result]").await?;
    type_keys(&c, "Skrevet rett før lukking").await?;
    quit_with_ctrl_q(c).await?;
    let c = open_app(driver, &[file_arg], "#rader tr[data-id]").await?;
    wait_js(
        &c,
        "teksten skrevet rett før lukking",
        &format!("{} === 'Skrevet rett før lukking'", cell("result")),
    )
    .await?;

    // The same with «Lukk fil» pressed at once: the text is saved before the file closes.
    click(&c, "#rader tr:nth-child(1) [data-field=when]").await?;
    type_keys(&c, "Innen påske").await?;
    click(&c, "#lukk-fil").await?;
    wait_js(
        &c,
        "startskjermen",
        "!document.querySelector('#start').hidden",
    )
    .await?;
    let when = Store::open_read_only(&file)?.load_board(board)?.board.rows[0]
        .when_text
        .clone();
    if when != "Innen påske" {
        return Err(format!("teksten skrevet rett før Lukk fil ble ikke lagret: «{when}»").into());
    }
    c.close().await?;
    let c = open_app(driver, &[file_arg], "#rader tr[data-id]").await?;

    // «Sikkerhetskopier …»: the backup taken at the first open, newest first (the opens
    // that follow within ten minutes take none: small edits are backed up at most that often).
    click(&c, "#sikkerhetskopier").await?;
    wait_open(&c, "Sikkerhetskopier", "#kopidialog").await?;
    wait_js(
        &c,
        "kopiene i listen",
        "document.querySelectorAll('#kopi-rader tr').length >= 1",
    )
    .await?;
    screenshot(&c, "app-backups.png").await?;
    // Open the oldest to look at: read-only, with a banner and the way back.
    js(&c, "const rows = document.querySelectorAll('#kopi-rader tr'); rows[rows.length - 1].querySelector('button').click(); return true").await?;
    wait_js(&c, "banneret for sikkerhetskopien", "!document.querySelector('#bare-lesing').hidden && document.querySelector('#bare-lesing-tekst').textContent.includes('sikkerhetskopi')").await?;
    click(&c, "#bare-lesing-tilbake").await?;
    wait_js(
        &c,
        "tilbake i filen",
        "document.querySelector('#bare-lesing').hidden",
    )
    .await?;
    c.close().await?;

    // A write-protected file opens for reading, with a banner that says so.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444))?;
        let c = open_app(driver, &[file_arg], "#rader tr[data-id]").await?;
        wait_js(&c, "banneret for skrivebeskyttet fil", "!document.querySelector('#bare-lesing').hidden && document.querySelector('#bare-lesing-tekst').textContent.includes('kan bare leses')").await?;
        // Nothing invites an edit that would only be refused (issue 24): the cells take no
        // typing, «+ Ny rad», ✕ and the status lists are disabled.
        wait_js(&c, "cellene tar ikke imot skriving", "[...document.querySelectorAll('#rader textarea, #rader input')].every(e => e.readOnly) && [...document.querySelectorAll('#rader select, #rader .knapper button')].every(e => e.disabled) && document.querySelector('#ny-rad').disabled").await?;
        screenshot(&c, "app-read-only.png").await?;
        c.close().await?;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644))?;
    }
    Ok(())
}
