//! End to end: the real app in a real window, driven through tauri-driver (WebDriver) under
//! Xvfb. One test runs the scenarios in order: they share one driver and one app file, and
//! two drivers at once would fight over the WebKitWebDriver port.
//!
//! Needs a display (`xvfb-run -a cargo test --workspace`), `tauri-driver` (on PATH or in
//! ~/.cargo/bin) and WebKitWebDriver (`webkit2gtk-driver`). Without them the test fails
//! when `CI=true` and is skipped with a loud message otherwise.
//!
//! `TAVLE_SCREENSHOTS=DIR` saves screenshots of the start screen, the editor and the print
//! dialog there; `TAVLE_E2E_LAUNCHES=N` measures N extra launches; `TAVLE_E2E_APP=PATH` runs
//! another build of the app (the release binary, to measure it).

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

const TAB: &str = "\u{e004}";
const CTRL: &str = "\u{e009}";
const SHIFT: &str = "\u{e008}";
const ENTER: &str = "\u{e007}";
const END: &str = "\u{e010}";
/// Releases held modifier keys.
const RELEASE: &str = "\u{e000}";
const WAIT: Duration = Duration::from_secs(30);
const XSS: &str = "<img src=x onerror=alert(1)>";

type Res<T = ()> = Result<T, Box<dyn std::error::Error>>;

#[test]
fn the_app_keeps_boards_rows_and_statuses_across_restarts_and_prints_them() {
    let Some(driver_bin) = prerequisites() else {
        return;
    };
    let work = tempfile::tempdir().expect("temp dir");
    let config = work.path().join("config");
    let mut driver = Driver::start(&driver_bin, &config);
    let runtime = tokio::runtime::Runtime::new().expect("tokio");
    let started = Instant::now();
    let result = runtime.block_on(async {
        scenarios(&driver, work.path()).await?;
        followup_scenarios(&driver, work.path()).await
    });
    driver.stop();
    eprintln!(
        "e2e: alle scenarier tok {:.1} s",
        started.elapsed().as_secs_f64()
    );
    if let Err(err) = result {
        panic!("ende-til-ende-testen feilet: {err}");
    }
}

/// Says whether the test can run; `None` skips it (never under CI).
fn prerequisites() -> Option<PathBuf> {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    let missing = |what: &str| {
        let msg = format!(
            "ENDE-TIL-ENDE-TESTEN KAN IKKE KJØRE: {what}. Kjør `scripts/setup` og `xvfb-run -a cargo test --workspace`."
        );
        if ci {
            panic!("{msg}");
        }
        eprintln!("\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n{msg}\nHOPPER OVER (ikke CI).\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n");
    };
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        missing("ingen skjerm (DISPLAY er ikke satt)");
        return None;
    }
    let Some(driver) = find_program("tauri-driver") else {
        missing("fant ikke tauri-driver (cargo install tauri-driver --locked)");
        return None;
    };
    if find_program("WebKitWebDriver").is_none() {
        missing("fant ikke WebKitWebDriver (pakken webkit2gtk-driver)");
        return None;
    }
    Some(driver)
}

fn find_program(name: &str) -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(Path::new(&home).join(".cargo/bin"));
    }
    dirs.into_iter().map(|d| d.join(name)).find(|p| p.is_file())
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// tauri-driver, stopped with SIGTERM so it takes WebKitWebDriver down with it (a SIGKILL
/// leaves WebKitWebDriver holding its port).
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start(bin: &Path, config: &Path) -> Driver {
        let port = free_port();
        let native = free_port();
        let child = Command::new(bin)
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native.to_string(),
            ])
            // The app inherits this through WebKitWebDriver: its own settings folder.
            .env("TAVLE_CONFIG_DIR", config)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver starts");
        let deadline = Instant::now() + WAIT;
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "tauri-driver svarte ikke på port {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver { child, port }
    }

    fn stop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Launches the app (`tavle-app ARGS`) in a new session.
    async fn session(&self, args: &[&str]) -> Res<Client> {
        let caps = json!({
            "browserName": "wry",
            "tauri:options": {
                "application": app_binary(),
                "args": args,
            }
        });
        let Value::Object(caps) = caps else {
            unreachable!()
        };
        let client = ClientBuilder::native()
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await?;
        Ok(client)
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.stop();
        }
    }
}

fn app_binary() -> String {
    std::env::var("TAVLE_E2E_APP").unwrap_or_else(|_| env!("CARGO_BIN_EXE_tavle-app").to_string())
}

/// Polls a JavaScript expression until it is truthy; returns its value.
async fn wait_js(c: &Client, what: &str, expr: &str) -> Res<Value> {
    let deadline = Instant::now() + WAIT;
    let script = format!("return ({expr});");
    loop {
        let value = c.execute(&script, vec![]).await?;
        let truthy = !matches!(&value, Value::Null | Value::Bool(false))
            && value != json!(0)
            && value != json!("");
        if truthy {
            return Ok(value);
        }
        if Instant::now() > deadline {
            return Err(format!("ventet forgjeves på: {what} ({expr} = {value})").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn js(c: &Client, script: &str) -> Res<Value> {
    Ok(c.execute(script, vec![]).await?)
}

async fn find(c: &Client, css: &str) -> Res<fantoccini::elements::Element> {
    Ok(c.wait()
        .at_most(WAIT)
        .for_element(Locator::Css(css))
        .await?)
}

/// Types into whatever has the focus.
async fn type_keys(c: &Client, keys: &str) -> Res {
    c.active_element().await?.send_keys(keys).await?;
    Ok(())
}

async fn screenshot(c: &Client, name: &str) -> Res {
    if let Some(dir) = std::env::var_os("TAVLE_SCREENSHOTS") {
        std::fs::create_dir_all(&dir)?;
        // Let the page paint what the last step changed before taking the picture.
        c.execute_async(
            "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
            vec![],
        )
        .await?;
        std::fs::write(Path::new(&dir).join(name), c.screenshot().await?)?;
    }
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

/// Launches the app and waits until `ready` (a CSS selector) shows; returns the session and
/// the time from launch to a usable window.
async fn launch(driver: &Driver, args: &[&str], ready: &str) -> Res<(Client, Duration)> {
    let t0 = Instant::now();
    let c = driver.session(args).await?;
    wait_js(
        &c,
        ready,
        &format!("(e => e && e.offsetParent !== null)(document.querySelector('{ready}'))"),
    )
    .await?;
    Ok((c, t0.elapsed()))
}

async fn scenarios(driver: &Driver, work: &Path) -> Res {
    let file = work.join("enhet.tavle");
    let file_arg = file.to_str().ok_or("sti")?;
    let mut launches = Vec::new();

    // 1. First start, no file: the start screen with its three choices.
    let (c, t) = launch(driver, &[], "#ny-fil").await?;
    launches.push(t);
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
    // "Åpne eksempel": the sample board, imported into a new file, straight into the editor.
    find(&c, "#apne-eksempel").await?.click().await?;
    wait_js(
        &c,
        "eksempeltavlen",
        "document.querySelectorAll('#rader tr[data-id]').length === 3",
    )
    .await?;
    wait_js(
        &c,
        "tittelen på eksempelet",
        "document.querySelector('#tavletittel').textContent.includes('Hjemmesykepleien')",
    )
    .await?;
    screenshot(&c, "app-editor.png").await?;
    report_memory("eksempeltavlen");
    c.close().await?;

    // 1b. A file that is not a Tavle file: the start screen, with a Norwegian message.
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

    // 2. A new file named on the command line: make a board and type three rows.
    let (c, t) = launch(driver, &[file_arg], "#ny-tavle").await?;
    launches.push(t);
    find(&c, "#ny-tavle").await?.click().await?;
    wait_js(
        &c,
        "skjemaet Ny tavle",
        "document.querySelector('#tavleskjema').open",
    )
    .await?;
    find(&c, "#tavleskjema input[name=unit]")
        .await?
        .send_keys("Hjemmesykepleien")
        .await?;
    let year = find(&c, "#tavleskjema input[name=year]").await?;
    // A year the core refuses: the reason shows in the form, in Norwegian.
    year.clear().await?;
    year.send_keys("1999").await?;
    find(&c, "#tavleskjema-ok").await?.click().await?;
    screenshot(&c, "app-new-board.png").await?;
    wait_js(
        &c,
        "feil om året",
        "document.querySelector('#tavleskjema .skjemafeil').textContent.includes('Året 1999')",
    )
    .await?;
    year.clear().await?;
    year.send_keys("2025").await?;
    find(&c, "#tavleskjema textarea[name=main_goal]")
        .await?
        .send_keys("Pasienter skal kunne bo hjemme så lenge de ønsker")
        .await?;
    find(&c, "#tavleskjema input[name=focus]")
        .await?
        .send_keys("trykkløst og trykksikkert")
        .await?;
    find(&c, "#tavleskjema input[name=target_pct]")
        .await?
        .send_keys("6,5")
        .await?;
    find(&c, "#tavleskjema-ok").await?.click().await?;
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

    // Row 1 through the button, typed cell to cell with Tab.
    find(&c, "#ny-rad").await?.click().await?;
    wait_js(
        &c,
        "fokus i første rad",
        "document.activeElement.dataset.field === 'goal'",
    )
    .await?;
    type_keys(&c, &format!("Lettere samarbeid med korttidsavdelingen{TAB}Bedre dialoger{TAB}Utarbeide en prosedyre{TAB}Alle ansatte{TAB}i.a. februar")).await?;
    // Row 2 with Ctrl+N: text that looks like HTML must stay text.
    type_keys(&c, &format!("{CTRL}n{RELEASE}")).await?;
    wait_js(&c, "ny rad med Ctrl+N", "document.querySelectorAll('#rader tr').length === 2 && document.activeElement.dataset.field === 'goal'").await?;
    type_keys(&c, &format!("{XSS}{TAB}{TAB}Vise tekst som tekst")).await?;
    // Row 3: Shift+Enter is a new line inside the cell.
    type_keys(&c, &format!("{CTRL}n{RELEASE}")).await?;
    wait_js(
        &c,
        "tredje rad",
        "document.querySelectorAll('#rader tr').length === 3",
    )
    .await?;
    type_keys(&c, "Faghjul").await?;
    type_keys(&c, &format!("{SHIFT}{ENTER}")).await?; // modifiers are released after each call
    type_keys(&c, "med to linjer").await?;
    find(&c, "#sok").await?.click().await?; // leaving the cell saves it
    wait_js(
        &c,
        "tre lagrede rader",
        "document.querySelectorAll('#rader tr[data-id]').length === 3",
    )
    .await?;
    wait_js(
        &c,
        "Lagret-merket",
        "document.querySelector('#lagret').textContent === 'Lagret'",
    )
    .await?;

    // Enter moves down to the same column of the next row.
    find(&c, "#rader tr:nth-child(1) [data-field=goal]")
        .await?
        .click()
        .await?;
    type_keys(&c, &format!("{END}{ENTER}")).await?;
    wait_js(&c, "Enter flytter ned", "document.activeElement.closest('tr') === document.querySelector('#rader tr:nth-child(2)') && document.activeElement.dataset.field === 'goal'").await?;

    // A date that does not exist is refused at the Frist field, in Norwegian.
    js(&c, "const d = document.querySelector('#rader tr:nth-child(1) [data-field=due]'); d.value = '31.02.2025'; d.dispatchEvent(new Event('change')); return true").await?;
    wait_js(&c, "feilen ved Frist", "((tr) => !tr.querySelector('.feltfeil').hidden && tr.querySelector('.feltfeil').textContent.includes('«31.02.2025» er ikke en gyldig dato') && tr.querySelector('[data-field=due]').getAttribute('aria-invalid') === 'true')(document.querySelector('#rader tr:nth-child(1)'))").await?;
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
    wait_js(
        &c,
        "statusdialogen",
        "document.querySelector('#statusdialog').open",
    )
    .await?;
    find(&c, "#status-form textarea[name=note]")
        .await?
        .send_keys("Første møte holdt")
        .await?;
    screenshot(&c, "app-status.png").await?;
    find(&c, "#status-ok").await?.click().await?;
    wait_js(&c, "statusnotatet på raden", "document.querySelector('#rader tr:nth-child(1) .status-info').textContent.includes('Første møte holdt')").await?;
    c.close().await?;

    // 3. Reopen the file: everything is still there.
    let (c, t) = launch(driver, &[file_arg], "#rader tr").await?;
    launches.push(t);
    wait_js(
        &c,
        "tre rader etter omstart",
        "document.querySelectorAll('#rader tr[data-id]').length === 3",
    )
    .await?;
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
    find(&c, "#sok").await?.send_keys("onerror").await?;
    wait_js(
        &c,
        "søket viser én rad",
        "[...document.querySelectorAll('#rader tr')].filter(tr => !tr.hidden).length === 1",
    )
    .await?;
    find(&c, "#sok").await?.clear().await?;
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
    find(&c, "#rader tr:nth-child(2) button.slett")
        .await?
        .click()
        .await?;
    wait_js(
        &c,
        "raden er slettet",
        "document.querySelectorAll('#rader tr').length === 2",
    )
    .await?;
    wait_js(&c, "Rad slettet — Angre", "(m => m && m.textContent.includes('Rad slettet') && m.textContent.includes('Angre'))(document.querySelector('#meldinger [data-id=angre]'))").await?;
    type_keys(&c, &format!("{CTRL}z{RELEASE}")).await?;
    wait_js(
        &c,
        "raden er tilbake",
        "document.querySelectorAll('#rader tr[data-id]').length === 3",
    )
    .await?;
    assert_eq!(
        goals(&c).await?[1],
        XSS,
        "den gjenopprettede raden står der den stod"
    );

    // Move row 3 up with Alt+↑.
    find(&c, "#rader tr:nth-child(3) [data-field=goal]")
        .await?
        .click()
        .await?;
    type_keys(&c, &format!("\u{e00a}\u{e013}{RELEASE}")).await?;
    wait_js(&c, "raden er flyttet opp", "document.querySelector('#rader tr:nth-child(2) [data-field=goal]').value.startsWith('Faghjul')").await?;
    screenshot(&c, "app-editor-e2e.png").await?;

    // The print dialog (Ctrl+P), then a PDF through the print command.
    type_keys(&c, &format!("{CTRL}p{RELEASE}")).await?;
    wait_js(
        &c,
        "utskriftsdialogen",
        "document.querySelector('#utskrift').open",
    )
    .await?;
    screenshot(&c, "app-print.png").await?;
    find(&c, "#utskrift-form button.avbryt")
        .await?
        .click()
        .await?;
    let pdf = work.join("tavle.pdf");
    let answer = c
        .execute_async(
            "const [path, done] = arguments; const inv = window.__TAURI__.core.invoke;\
             inv('list_boards').then(b => inv('print_pdf', { boardId: b[0].id, what: 'board', paper: 'a3', path }))\
               .then(p => done({ ok: p }), e => done({ err: e }));",
            vec![json!(pdf.to_str().ok_or("sti")?)],
        )
        .await?;
    assert!(answer.get("ok").is_some(), "utskriften feilet: {answer}");
    let text = pdf_text(&pdf)?;
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

    // 4. Start without a file: the last file used opens; Storskjerm is remembered.
    let (c, t) = launch(driver, &[], "#rader tr").await?;
    launches.push(t);
    find(&c, "#storskjerm").await?.click().await?;
    wait_js(
        &c,
        "Storskjerm på",
        "document.documentElement.classList.contains('storskjerm')",
    )
    .await?;
    screenshot(&c, "app-storskjerm.png").await?;
    find(&c, "#til-tavler").await?.click().await?;
    wait_js(
        &c,
        "tavlelisten",
        "document.querySelectorAll('#tavleliste tr').length === 1",
    )
    .await?;
    screenshot(&c, "app-boards.png").await?;
    c.close().await?;
    let (c, t) = launch(driver, &[], "#rader tr").await?;
    launches.push(t);
    wait_js(
        &c,
        "Storskjerm husket",
        "document.documentElement.classList.contains('storskjerm')",
    )
    .await?;
    find(&c, "#storskjerm").await?.click().await?;
    wait_js(
        &c,
        "Storskjerm av",
        "!document.documentElement.classList.contains('storskjerm')",
    )
    .await?;
    c.close().await?;

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
    let (c, _) = launch(driver, &[file_arg], "#rader tr").await?;
    find(&c, "#til-tavler").await?.click().await?;
    find(&c, "#fra-fjoraret").await?.click().await?;
    wait_js(
        &c,
        "dialogen Ny tavle fra fjorårets",
        "document.querySelector('#fjoraret').open",
    )
    .await?;
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
    find(&c, "#fjoraret button[type=submit]")
        .await?
        .click()
        .await?;
    wait_js(
        &c,
        "neste års tavle",
        "document.querySelector('#tavletittel').textContent.includes('Hjemmesykepleien 2026')",
    )
    .await?;
    wait_js(
        &c,
        "tiltakene er med",
        "document.querySelectorAll('#rader tr[data-id]').length === 3",
    )
    .await?;
    c.close().await?;

    let mut ms: Vec<u128> = launches.iter().map(|d| d.as_millis()).collect();
    eprintln!("e2e: oppstart til brukbart vindu (ms): {ms:?}");
    ms.sort_unstable();
    eprintln!("e2e: median oppstart {} ms", ms[ms.len() / 2]);
    Ok(())
}

fn pdf_text(pdf: &Path) -> Res<String> {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()?;
    if !out.status.success() {
        return Err(format!("pdftotext feilet: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Proportional set size in kB (shared libraries counted once across processes).
fn pss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .ok()
        .and_then(|t| {
            t.lines().find(|l| l.starts_with("Pss:")).and_then(|l| {
                l["Pss:".len()..]
                    .trim()
                    .trim_end_matches(" kB")
                    .trim()
                    .parse()
                    .ok()
            })
        })
        .unwrap_or(0)
}

/// Prints the resident memory of the running app and its WebKit processes (from /proc).
fn report_memory(when: &str) {
    let procs: Vec<(u32, u32, String, u64)> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let pid: u32 = e.file_name().to_str()?.parse().ok()?;
            let status = std::fs::read_to_string(e.path().join("status")).ok()?;
            let field = |name: &str| {
                status
                    .lines()
                    .find(|l| l.starts_with(name))
                    .map(|l| l[name.len()..].trim().to_string())
            };
            let ppid = field("PPid:")?.parse().ok()?;
            let rss_kb = field("VmRSS:")
                .and_then(|v| v.trim_end_matches(" kB").trim().parse().ok())
                .unwrap_or(0);
            Some((pid, ppid, field("Name:")?, rss_kb))
        })
        .collect();
    for (pid, _, name, rss) in procs.iter().filter(|p| p.2 == "tavle-app") {
        let children: Vec<&(u32, u32, String, u64)> =
            procs.iter().filter(|p| p.1 == *pid).collect();
        let total: u64 = rss + children.iter().map(|c| c.3).sum::<u64>();
        let parts: Vec<String> = children
            .iter()
            .map(|c| format!("{} {} MB", c.2, c.3 / 1024))
            .collect();
        let pss: u64 = pss_kb(*pid) + children.iter().map(|c| pss_kb(c.0)).sum::<u64>();
        eprintln!(
            "e2e: minne ({when}): {name} {} MB + [{}] = {} MB RSS, {} MB PSS",
            rss / 1024,
            parts.join(", "),
            total / 1024,
            pss / 1024
        );
    }
}

/// Calls an app command from the page, as the UI does; `Err` carries the error JSON.
async fn invoke(c: &Client, cmd: &str, args: Value) -> Res<Value> {
    let answer = c
        .execute_async(
            "const [cmd, args, done] = arguments;\
             window.__TAURI__.core.invoke(cmd, args).then(v => done({ ok: v }), e => done({ err: e }));",
            vec![json!(cmd), args],
        )
        .await?;
    match answer.get("ok") {
        Some(v) => Ok(v.clone()),
        None => Err(format!("{cmd} feilet: {answer}").into()),
    }
}

/// Polls a command until `check` accepts its answer.
async fn wait_invoke(
    c: &Client,
    what: &str,
    cmd: &str,
    args: Value,
    check: impl Fn(&Value) -> bool,
) -> Res<Value> {
    let deadline = Instant::now() + WAIT;
    loop {
        let v = invoke(c, cmd, args.clone()).await?;
        if check(&v) {
            return Ok(v);
        }
        if Instant::now() > deadline {
            return Err(format!("ventet forgjeves på: {what} ({v})").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The year's follow-up in the real window: Fraværstall, Prosjekt nærvær,
/// Månedsgjennomgang (keyboard only), Frister, a corrected history entry, the year report.
async fn followup_scenarios(driver: &Driver, work: &Path) -> Res {
    let file = work.join("oppfolging.tavle");
    let (c, _) = launch(driver, &[file.to_str().ok_or("sti")?], "#ny-tavle").await?;
    let board = invoke(
        &c,
        "create_board",
        json!({ "header": {
            "title": "Forbedringstavle", "unit": "Sykehjemmet", "year": 2025,
            "main_goal": "Flere friske dager", "focus": "", "target_pct": 6.5
        }}),
    )
    .await?;
    let row = |goal: &str, measure: &str, due: Value| {
        json!({ "board": board, "position": null, "text": {
            "goal": goal, "ideas": "", "measure": measure, "owner": "Avdelingsleder",
            "when": "", "due": due, "result": "" } })
    };
    let plain = invoke(
        &c,
        "add_row",
        row("Bedre turnus", "Ønsketurnus", Value::Null),
    )
    .await?;
    let late = invoke(
        &c,
        "add_row",
        row(
            "Færre vikarer",
            "Faste vikarer på kveld",
            json!("2025-02-28"),
        ),
    )
    .await?;
    let soon = invoke(
        &c,
        "add_row",
        row("Trivsel", "Felles lunsj", json!("2099-06-30")),
    )
    .await?;
    let done = invoke(&c, "add_row", row("Ferdig", "Allerede gjort", Value::Null)).await?;
    invoke(
        &c,
        "change_status",
        json!({ "row": done, "status": "done", "on": "2025-01-10", "note": "" }),
    )
    .await?;
    js(&c, "location.reload(); return true").await?;
    wait_js(
        &c,
        "tavlen med fire rader",
        "document.querySelectorAll('#rader tr[data-id]').length === 4",
    )
    .await?;

    // Fraværstall: three months of workdays; the year to date follows the typing.
    find(&c, "#til-fravaer").await?.click().await?;
    wait_js(
        &c,
        "fokus i januar",
        "document.activeElement.closest('tr')?.dataset.month === '2025-01' && document.activeElement.dataset.field === 'agreed'",
    )
    .await?;
    type_keys(&c, &format!("200{TAB}30")).await?;
    wait_js(
        &c,
        "januar alene",
        "document.querySelector('#fravaer-hittil').textContent === '15,0 %'",
    )
    .await?;
    for month in ["2025-02", "2025-03"] {
        find(
            &c,
            &format!("#fravaer-rader tr[data-month='{month}'] input[data-field=agreed]"),
        )
        .await?
        .click()
        .await?;
        type_keys(&c, &format!("400{TAB}20")).await?;
    }
    let ytd = wait_js(
        &c,
        "hittil i år 7,0 %",
        "(t => t === '7,0 %' && t)(document.querySelector('#fravaer-hittil').textContent)",
    )
    .await?;
    assert_eq!(ytd, json!("7,0 %"));
    let shown = js(&c, "return ['#fravaer-grunnlag', '#fravaer-naervaer', '#fravaer-mal', '#fravaer-avstand'].map(s => document.querySelector(s).textContent)").await?;
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
    find(
        &c,
        "#fravaer-rader tr[data-month='2025-04'] input[data-field=agreed]",
    )
    .await?
    .click()
    .await?;
    type_keys(&c, &format!("400{TAB}tjue")).await?;
    wait_js(
        &c,
        "feilen under april",
        "(e => e && !e.closest('tr').hidden && e.textContent.includes('«tjue» er ikke et tall'))(document.querySelector('#fravaer-rader tr[data-month=\"2025-04\"] + tr .radfeil'))",
    )
    .await?;
    // A small unit (80 agreed workdays) is warned about.
    find(
        &c,
        "#fravaer-rader tr[data-month='2025-04'] input[data-field=lost]",
    )
    .await?
    .clear()
    .await?;
    find(
        &c,
        "#fravaer-rader tr[data-month='2025-04'] input[data-field=agreed]",
    )
    .await?
    .clear()
    .await?;
    find(
        &c,
        "#fravaer-rader tr[data-month='2025-05'] input[data-field=agreed]",
    )
    .await?
    .click()
    .await?;
    type_keys(&c, &format!("80{TAB}2")).await?;
    wait_js(
        &c,
        "advarsel om liten enhet",
        "(e => !e.hidden && e.textContent.includes('i mai 2025'))(document.querySelector('#fravaer-smaa'))",
    )
    .await?;
    find(&c, "#fravaer-tittel").await?.click().await?; // leaving the field stores the month
    let view = wait_invoke(
        &c,
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
    screenshot(&c, "app-absence.png").await?;

    // Prosjekt nærvær: the form with the template's questions, a milestone ticked as reached.
    find(&c, "#fravaer .tilbake").await?.click().await?;
    find(&c, "#til-plan").await?.click().await?;
    wait_js(
        &c,
        "planskjemaet",
        "document.activeElement.name === 'absence_pct_december'",
    )
    .await?;
    type_keys(
        &c,
        &format!("11,2{TAB}10,4{TAB}Mye korttidsfravær på kveld"),
    )
    .await?;
    find(&c, "#nytt-delmal").await?.click().await?;
    type_keys(&c, "Faste vikarer ansatt").await?;
    type_keys(&c, &format!("{TAB}15.03.2025{TAB} ")).await?; // Tab to the tick, Space ticks it
    let view = wait_invoke(
        &c,
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
        &c,
        "document.querySelector('main').scrollTop = 0; return true",
    )
    .await?;
    screenshot(&c, "app-plan.png").await?;

    // Månedsgjennomgang, keyboard only: overdue first, then by due date, then the rest.
    find(&c, "#plan .tilbake").await?.click().await?;
    find(&c, "#til-gjennomgang").await?.click().await?;
    let order = ["Faste vikarer på kveld", "Felles lunsj", "Ønsketurnus"];
    for (i, measure) in order.iter().enumerate() {
        wait_js(
            &c,
            &format!("tiltak {}: {measure}", i + 1),
            &format!(
                "document.querySelector('#gj-tiltak').textContent === '{measure}' && document.activeElement.name === 'gj-status'"
            ),
        )
        .await?;
        if i == 0 {
            assert_eq!(
                js(&c, "return !document.querySelector('#gj-forsinket').hidden").await?,
                json!(true),
                "det forsinkede tiltaket er merket"
            );
        }
        type_keys(&c, &format!("2{TAB}Notat {}{TAB}", i + 1)).await?;
        type_keys(&c, &format!("Resultat {}", i + 1)).await?;
        if i == 0 {
            screenshot(&c, "app-review.png").await?;
        }
        type_keys(&c, &format!("{CTRL}{ENTER}{RELEASE}")).await?;
    }
    // The end asks for the month's figures, then offers to print the board.
    wait_js(
        &c,
        "spørsmålet om fraværstall",
        "!document.querySelector('#gj-slutt').hidden && document.activeElement.name === 'agreed'",
    )
    .await?;
    type_keys(&c, &format!("400{TAB}24{ENTER}")).await?;
    wait_js(
        &c,
        "tallene lagret og utskrift tilbudt",
        "document.querySelector('#gj-hittil').textContent.includes('Sykefravær hittil i år') && document.activeElement.id === 'gj-skriv-ut'",
    )
    .await?;
    screenshot(&c, "app-review-end.png").await?;
    let view = invoke(&c, "load_board", json!({ "id": board })).await?;
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

    // Frister: the overdue measure, across the file's boards.
    find(&c, "#gjennomgang .tilbake:not(.stille)")
        .await?
        .click()
        .await?;
    find(&c, "#editor .til-frister").await?.click().await?;
    wait_js(
        &c,
        "det forsinkede tiltaket i Frister",
        &format!("(tr => tr && tr.classList.contains('forsinket') && tr.textContent.includes('Faste vikarer på kveld') && tr.textContent.includes('28.02.2025') && tr.textContent.includes('Forsinket'))(document.querySelector('#frister-rader tr[data-row=\"{late}\"]'))"),
    )
    .await?;
    assert_eq!(
        js(
            &c,
            &format!("return !!document.querySelector('#frister-rader tr[data-row=\"{soon}\"]')")
        )
        .await?,
        json!(false),
        "en frist langt fram er ikke med innen 14 dager"
    );
    screenshot(&c, "app-deadlines.png").await?;

    // The status story: correct an entry's date in the editor's timeline.
    find(&c, "#frister .tilbake").await?.click().await?;
    let tr = format!("#rader tr[data-id='{plain}']");
    find(&c, &format!("{tr} .tidslinje summary"))
        .await?
        .click()
        .await?;
    find(&c, &format!("{tr} .tidslinje .rett"))
        .await?
        .click()
        .await?;
    wait_js(
        &c,
        "rettedialogen",
        "document.querySelector('#rettdialog').open",
    )
    .await?;
    wait_js(
        &c,
        "datoen vist som dd.mm.åååå",
        r"/^\d\d\.\d\d\.\d{4}$/.test(document.querySelector('#rett-form input[name=on]').value)",
    )
    .await?;
    find(&c, "#rett-form input[name=on]").await?.clear().await?;
    find(&c, "#rett-form input[name=on]")
        .await?
        .send_keys("01.03.2025")
        .await?;
    find(&c, "#rett-form textarea[name=note]")
        .await?
        .clear()
        .await?;
    find(&c, "#rett-form textarea[name=note]")
        .await?
        .send_keys("Rettet notat")
        .await?;
    find(&c, "#rett-form button[type=submit]")
        .await?
        .click()
        .await?;
    wait_js(
        &c,
        "den rettede historikken",
        &format!("(d => d && d.textContent.includes('01.03.2025') && d.textContent.includes('Rettet notat'))(document.querySelector(\"{tr} .tidslinje\"))"),
    )
    .await?;
    screenshot(&c, "app-timeline.png").await?;

    // The year report is in the print dialog (on A4), and prints.
    type_keys(&c, &format!("{CTRL}p{RELEASE}")).await?;
    wait_js(
        &c,
        "utskriftsdialogen",
        "document.querySelector('#utskrift').open",
    )
    .await?;
    find(&c, "#utskrift input[name=what][value=report]")
        .await?
        .click()
        .await?;
    wait_js(
        &c,
        "Årsrapport på A4",
        "document.querySelector('#utskrift-form').paper.value === 'a4' && document.querySelector('#utskrift input[value=report]').closest('label').textContent.includes('Årsrapport')",
    )
    .await?;
    find(&c, "#utskrift-form button.avbryt")
        .await?
        .click()
        .await?;
    let pdf = work.join("arsrapport.pdf");
    invoke(
        &c,
        "print_pdf",
        json!({ "boardId": board, "what": "report", "paper": null, "path": pdf }),
    )
    .await?;
    let text = pdf_text(&pdf)?;
    assert!(text.contains("Sykehjemmet"), "{text}");
    c.close().await?;
    Ok(())
}
