//! End to end: Tavle started a second time while it runs, as a double-click in the file
//! manager does. The first app runs in the WebDriver session; the second is the same binary
//! started as a plain process. With the file already open: the second process hands over
//! and stops, no second window, no second opening of the file, the first window says so.
//! With another file: the first window opens it, after asking when the screen holds input
//! that is not saved. Also «Om Tavle».
//!
//! Needs a D-Bus session bus (`scripts/test` runs the tests under `dbus-run-session`);
//! without one the scenario is skipped loudly, and fails under CI.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::e2e_support::*;
use fantoccini::Client;

pub async fn second_launch_scenario(driver: &Driver, work: &Path, config: &Path) -> Res {
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        let msg = "ANDRE-START-SCENARIOET KAN IKKE KJØRE: ingen D-Bus-sesjonsbuss. Kjør testene under `dbus-run-session` (som `scripts/test` gjør).";
        if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
            panic!("{msg}");
        }
        eprintln!("\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n{msg}\nHOPPER OVER (ikke CI).\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n");
        return Ok(());
    }
    // Names with a space and Norwegian letters, as file managers percent-encode them.
    let dir = work.join("andre start");
    std::fs::create_dir_all(&dir)?;
    let south = board_file(&dir.join("Enhet Sør.tavle"), "Hjemmesykepleien Sør")?;
    let north = board_file(&dir.join("Enhet Nord.tavle"), "Hjemmesykepleien Nord")?;

    let (c, _) = launch(driver, &[south.to_str().ok_or("sti")?], "#rader tr").await?;
    wait_title(&c, "Enhet Sør.tavle").await?;
    let first = app_pids(config);
    assert_eq!(first.len(), 1, "én Tavle kjører: {first:?}");
    let backups_before = count_backups(&south);

    // 1. The same file again, as the file manager passes it (a file:// URL): the running
    //    window is shown, nothing else starts and the file is not opened a second time.
    second_launch(config, &file_url(&south))?;
    wait_js(
        &c,
        "meldingen om at filen alt er åpen",
        "[...document.querySelectorAll('#meldinger .melding')].some(m => m.textContent.includes('«Enhet Sør.tavle» er allerede åpen'))",
    )
    .await?;
    assert_eq!(app_pids(config), first, "ingen ny Tavle, samme prosess");
    assert_eq!(
        count_backups(&south),
        backups_before,
        "filen ble ikke åpnet en gang til (hver åpning tar en sikkerhetskopi)"
    );
    wait_title(&c, "Enhet Sør.tavle").await?;

    // 2. Another file, as a path: the running window opens it.
    second_launch(config, north.to_str().ok_or("sti")?)?;
    wait_title(&c, "Enhet Nord.tavle").await?;
    wait_js(
        &c,
        "tavla i den andre filen",
        "document.querySelector('#tavletittel').textContent.includes('Hjemmesykepleien Nord')",
    )
    .await?;
    assert_eq!(app_pids(config), first, "fortsatt én Tavle");

    // 3. Unsaved input on screen: a new row with only Ansvar typed (a row is stored once it
    //    has a goal or a measure). Tavle asks; «Bli her» keeps the row as typed.
    wait_rows(&c, "radene i Nord", 3).await?;
    click(&c, "#ny-rad").await?;
    fill(&c, "#rader tr.utkast textarea[data-field=owner]", "Kari").await?;
    second_launch(config, &file_url(&south))?;
    wait_open(&c, "spørsmålet om å åpne den andre filen", "#ny-start").await?;
    let asked = js(&c, "return document.querySelector('#ny-start').textContent").await?;
    let asked = asked.as_str().unwrap_or("");
    assert!(
        asked.contains("«Enhet Sør.tavle»") && asked.contains("rad på tavla er ikke lagret"),
        "{asked}"
    );
    screenshot(&c, "app-ny-start.png").await?;
    click(&c, "#ny-start-bli").await?;
    wait_js(
        &c,
        "spørsmålet lukket",
        "!document.querySelector('#ny-start').open",
    )
    .await?;
    wait_title(&c, "Enhet Nord.tavle").await?;
    let kept = js(
        &c,
        "return document.querySelector('#rader tr.utkast textarea[data-field=owner]').value",
    )
    .await?;
    assert_eq!(kept, "Kari", "det som var skrevet, står der fortsatt");

    //    Asked again, «Åpne» opens the other file (the unsaved row is given up knowingly).
    second_launch(config, south.to_str().ok_or("sti")?)?;
    wait_open(&c, "spørsmålet igjen", "#ny-start").await?;
    click(&c, "#ny-start-apne").await?;
    wait_title(&c, "Enhet Sør.tavle").await?;
    wait_js(
        &c,
        "tavla i Sør",
        "document.querySelector('#tavletittel').textContent.includes('Hjemmesykepleien Sør')",
    )
    .await?;
    assert_eq!(app_pids(config), first, "fortsatt én Tavle");

    // 4. Om Tavle: the version, the licence, the file and where its backups are.
    click(&c, "#om-tavle").await?;
    wait_open(&c, "Om Tavle", "#om").await?;
    let about = js(&c, "return document.querySelector('#om').textContent").await?;
    let about = about.as_str().unwrap_or("");
    let backups = dir.join("backups");
    for part in [
        &format!("Tavle {}", env!("CARGO_PKG_VERSION")),
        "MIT",
        "DejaVu",
        south.to_str().ok_or("sti")?,
        backups.to_str().ok_or("sti")?,
    ] {
        assert!(about.contains(part), "«{part}» mangler i Om Tavle: {about}");
    }
    screenshot(&c, "app-om.png").await?;
    click(&c, "#om-lukk").await?;
    c.close().await?;
    Ok(())
}

/// A `.tavle` file with the example board under another unit's name.
fn board_file(path: &Path, unit: &str) -> Res<PathBuf> {
    let mut board = example_board()?;
    board.unit = unit.to_string();
    let mut store = tavle_store::store::Store::create(path)?;
    store.insert_board(&board)?;
    Ok(path.to_path_buf())
}

/// `file:///…` with the name percent-encoded, as a file manager writes it.
fn file_url(path: &Path) -> String {
    let mut url = String::from("file://");
    for b in path.to_string_lossy().bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' => {
                url.push(b as char)
            }
            _ => url.push_str(&format!("%{b:02X}")),
        }
    }
    url
}

/// Starts `tavle-app ARG` as a plain process (as the file manager does) and waits for it to
/// stop: a second launch must hand over and exit at once, with success.
fn second_launch(config: &Path, arg: &str) -> Res {
    let mut child = Command::new(app_binary())
        .arg(arg)
        .env("TAVLE_CONFIG_DIR", config)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()?;
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(status) = child.try_wait()? {
            if !status.success() {
                return Err(format!("den andre starten av Tavle feilet: {status}").into());
            }
            return Ok(());
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(
                "den andre starten av Tavle ble ikke avsluttet: den åpnet et eget vindu".into(),
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The running Tavle apps with this settings folder (other tests on the machine have theirs).
fn app_pids(config: &Path) -> Vec<u32> {
    let wanted = format!("TAVLE_CONFIG_DIR={}", config.display());
    let mut pids: Vec<u32> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let pid: u32 = e.file_name().to_str()?.parse().ok()?;
            let comm = std::fs::read_to_string(e.path().join("comm")).ok()?;
            if comm.trim() != "tavle-app" {
                return None;
            }
            let env = std::fs::read(e.path().join("environ")).ok()?;
            env.split(|b| *b == 0)
                .any(|v| v == wanted.as_bytes())
                .then_some(pid)
        })
        .collect();
    pids.sort_unstable();
    pids
}

fn count_backups(file: &Path) -> usize {
    let dir = tavle_store::store::backup_dir(file);
    std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0)
}

async fn wait_title(c: &Client, name: &str) -> Res {
    wait_js(
        c,
        &format!("tittelen med «{name}»"),
        &format!("document.title === 'Tavle — {name}'"),
    )
    .await?;
    Ok(())
}
