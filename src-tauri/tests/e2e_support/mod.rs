//! The end-to-end harness: tauri-driver started and stopped, the app launched in a WebDriver
//! session, and small steps on the page (wait for a condition, click, type, call a command,
//! print a PDF and read it back).

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

pub const TAB: &str = "\u{e004}";
pub const CTRL: &str = "\u{e009}";
pub const SHIFT: &str = "\u{e008}";
pub const ENTER: &str = "\u{e007}";
pub const END: &str = "\u{e010}";
pub const ALT: &str = "\u{e00a}";
pub const UP: &str = "\u{e013}";
/// Releases held modifier keys.
pub const RELEASE: &str = "\u{e000}";
const WAIT: Duration = Duration::from_secs(30);

pub type Res<T = ()> = Result<T, Box<dyn std::error::Error>>;

/// Says whether the test can run; `None` skips it (never under CI).
pub fn prerequisites() -> Option<PathBuf> {
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

pub fn find_program(name: &str) -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(Path::new(&home).join(".cargo/bin"));
    }
    dirs.into_iter().map(|d| d.join(name)).find(|p| p.is_file())
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// tauri-driver, stopped with SIGTERM so it takes WebKitWebDriver down with it (a SIGKILL
/// leaves WebKitWebDriver holding its port).
pub struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    pub fn start(bin: &Path, config: &Path) -> Driver {
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
        // tauri-driver opens its port before WebKitWebDriver (which it proxies to) listens
        // on the native one; a session asked for in between fails with "did not respond".
        let deadline = Instant::now() + WAIT;
        for p in [port, native] {
            while TcpStream::connect(("127.0.0.1", p)).is_err() {
                assert!(
                    Instant::now() < deadline,
                    "tauri-driver/WebKitWebDriver svarte ikke på port {p}"
                );
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        Driver { child, port }
    }

    pub fn stop(&mut self) {
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
    pub async fn session(&self, args: &[&str]) -> Res<Client> {
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
        // Tavle runs once per settings folder: an app of the last session still on its way
        // out would take this launch's file and the new window would never come.
        self.wait_for_apps_to_exit().await;
        // A driver that is still starting refuses the first request; ask again for a while
        // rather than fail the whole run on a slow first start of WebKitWebDriver.
        let deadline = Instant::now() + WAIT;
        loop {
            let mut builder = ClientBuilder::native();
            builder.capabilities(caps.clone());
            let url = format!("http://127.0.0.1:{}", self.port);
            let Ok(connected) = tokio::time::timeout(2 * WAIT, builder.connect(&url)).await else {
                return Err(format!(
                    "tavle-app {args:?} åpnet ikke noe vindu på {:?} (kjører en annen Tavle med de samme innstillingene?)",
                    2 * WAIT
                )
                .into());
            };
            match connected {
                Ok(client) => return Ok(client),
                Err(fantoccini::error::NewSessionError::Failed(_))
                | Err(fantoccini::error::NewSessionError::FailedC(_))
                | Err(fantoccini::error::NewSessionError::Lost(_))
                    if Instant::now() < deadline =>
                {
                    tokio::time::sleep(Duration::from_millis(200)).await
                }
                Err(err) => return Err(err.into()),
            }
        }
    }
}

impl Driver {
    /// Waits (a while, not forever) until no `tavle-app` started through this driver runs.
    async fn wait_for_apps_to_exit(&self) {
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline && !apps_under(self.child.id()).is_empty() {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// The `tavle-app` processes below process `root` (its children, theirs, …).
fn apps_under(root: u32) -> Vec<u32> {
    let procs = processes();
    let parent = |pid: u32| procs.iter().find(|p| p.0 == pid).map(|p| p.1);
    procs
        .iter()
        .filter(|p| p.2 == "tavle-app")
        .filter(|p| {
            let mut at = p.1;
            for _ in 0..8 {
                if at == root {
                    return true;
                }
                match parent(at) {
                    Some(up) if up != at => at = up,
                    _ => return false,
                }
            }
            false
        })
        .map(|p| p.0)
        .collect()
}

/// Every process: pid, parent pid, name and resident memory in kB (from /proc).
fn processes() -> Vec<(u32, u32, String, u64)> {
    std::fs::read_dir("/proc")
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
        .collect()
}

impl Drop for Driver {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.stop();
        }
    }
}

pub fn app_binary() -> String {
    std::env::var("TAVLE_E2E_APP").unwrap_or_else(|_| env!("CARGO_BIN_EXE_tavle-app").to_string())
}

/// Polls a JavaScript expression until it is truthy; returns its value.
pub async fn wait_js(c: &Client, what: &str, expr: &str) -> Res<Value> {
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

pub async fn js(c: &Client, script: &str) -> Res<Value> {
    within(&format!("skriptet «{script}»"), c.execute(script, vec![])).await
}

/// A WebDriver call that gets WAIT to answer: a page that stops answering fails the run
/// with what it was asked, instead of hanging it.
pub async fn within<T>(
    what: &str,
    call: impl std::future::Future<Output = Result<T, fantoccini::error::CmdError>>,
) -> Res<T> {
    match tokio::time::timeout(WAIT, call).await {
        Ok(answer) => Ok(answer?),
        Err(_) => Err(format!("siden svarte ikke på {WAIT:?}: {what}").into()),
    }
}

pub async fn find(c: &Client, css: &str) -> Res<fantoccini::elements::Element> {
    Ok(c.wait()
        .at_most(WAIT)
        .for_element(Locator::Css(css))
        .await?)
}

/// Types into whatever has the focus.
pub async fn type_keys(c: &Client, keys: &str) -> Res {
    c.active_element().await?.send_keys(keys).await?;
    Ok(())
}

/// Presses Alt+`key` as a key chord on the page (Actions API): WebKitWebDriver's element
/// send-keys keeps Alt held to the end of the send, and fails when the focus moves away.
pub async fn alt(c: &Client, key: char) -> Res {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let alt = '\u{e00a}';
    let chord = KeyActions::new("tastatur".to_string())
        .then(KeyAction::Down { value: alt })
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key })
        .then(KeyAction::Up { value: alt });
    c.perform_actions(chord).await?;
    Ok(())
}

pub async fn screenshot(c: &Client, name: &str) -> Res {
    if let Some(dir) = std::env::var_os("TAVLE_SCREENSHOTS") {
        std::fs::create_dir_all(&dir)?;
        // Let the page paint what the last step changed before taking the picture.
        within(
            "et bilde tegnet",
            c.execute_async(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true))); setTimeout(() => done(true), 200);",
                vec![],
            ),
        )
        .await?;
        // The whole (virtual) screen with xwd: WebKitGTK's WebDriver screenshot hangs under Xvfb.
        let dump = std::env::temp_dir().join(format!("tavle-{}-{name}.xwd", std::process::id()));
        let xwd = std::process::Command::new("xwd")
            .args(["-root", "-silent", "-out"])
            .arg(&dump)
            .status()?;
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/xwd2png.py");
        let png = std::process::Command::new("python3")
            .arg(script)
            .arg(&dump)
            .arg(Path::new(&dir).join(name))
            .status()?;
        let _ = std::fs::remove_file(&dump);
        if !xwd.success() || !png.success() {
            return Err(format!("skjermbildet {name}: xwd {xwd}, xwd2png {png}").into());
        }
    }
    Ok(())
}

/// Launches the app and waits until `ready` (a CSS selector) shows; returns the session and
/// the time from launch to a usable window.
pub async fn launch(driver: &Driver, args: &[&str], ready: &str) -> Res<(Client, Duration)> {
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

pub fn pdf_text(pdf: &Path) -> Res<String> {
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
pub fn pss_kb(pid: u32) -> u64 {
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
pub fn report_memory(when: &str) {
    let procs = processes();
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
pub async fn invoke(c: &Client, cmd: &str, args: Value) -> Res<Value> {
    let answer = within(
        &format!("kommandoen {cmd}"),
        c.execute_async(
            "const [cmd, args, done] = arguments;\
             window.__TAURI__.core.invoke(cmd, args).then(v => done({ ok: v }), e => done({ err: e }));",
            vec![json!(cmd), args],
        ),
    )
    .await?;
    match answer.get("ok") {
        Some(v) => Ok(v.clone()),
        None => Err(format!("{cmd} feilet: {answer}").into()),
    }
}

/// Polls a command until `check` accepts its answer.
pub async fn wait_invoke(
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

/// Clicks the element `css` (once it is there).
pub async fn click(c: &Client, css: &str) -> Res {
    find(c, css).await?.click().await?;
    Ok(())
}

/// Types `text` into the field `css`.
pub async fn fill(c: &Client, css: &str, text: &str) -> Res {
    find(c, css).await?.send_keys(text).await?;
    Ok(())
}

/// Empties the field `css`.
pub async fn clear(c: &Client, css: &str) -> Res {
    find(c, css).await?.clear().await?;
    Ok(())
}

/// Empties the field `css` and types `text` into it.
pub async fn replace(c: &Client, css: &str, text: &str) -> Res {
    clear(c, css).await?;
    fill(c, css, text).await
}

/// Presses Ctrl+`key` in whatever has the focus.
pub async fn ctrl(c: &Client, key: &str) -> Res {
    type_keys(c, &format!("{CTRL}{key}{RELEASE}")).await
}

/// Waits until the dialog `css` is open.
pub async fn wait_open(c: &Client, what: &str, css: &str) -> Res {
    wait_js(c, what, &format!("document.querySelector('{css}').open")).await?;
    Ok(())
}

/// Waits until the editor shows `n` saved rows.
pub async fn wait_rows(c: &Client, what: &str, n: usize) -> Res {
    wait_js(
        c,
        what,
        &format!("document.querySelectorAll('#rader tr[data-id]').length === {n}"),
    )
    .await?;
    Ok(())
}

/// Waits until the editor says «Lagret».
pub async fn wait_saved(c: &Client) -> Res {
    wait_js(
        c,
        "Lagret-merket",
        "document.querySelector('#lagret').textContent === 'Lagret'",
    )
    .await?;
    Ok(())
}

/// Opens the print dialog with Ctrl+P.
pub async fn open_print_dialog(c: &Client) -> Res {
    ctrl(c, "p").await?;
    wait_open(c, "utskriftsdialogen", "#utskrift").await
}

pub async fn cancel_print_dialog(c: &Client) -> Res {
    click(c, "#utskrift-form button.avbryt").await
}

/// Prints through the app's `print_pdf` command, as the print dialog does, to `path`;
/// returns the PDF's text.
pub async fn print_pdf(
    c: &Client,
    board: &Value,
    what: &str,
    paper: Option<&str>,
    path: &Path,
) -> Res<String> {
    invoke(
        c,
        "print_pdf",
        json!({ "boardId": board, "what": what, "paper": paper, "path": path }),
    )
    .await?;
    pdf_text(path)
}

/// The Fraværstall field `field` (agreed, lost) of `month` (yyyy-mm).
pub fn month_field(month: &str, field: &str) -> String {
    format!("#fravaer-rader tr[data-month='{month}'] input[data-field={field}]")
}

/// The example board, `examples/hjemmesykepleien-2025.json` (the board «Åpne eksempel»
/// opens), read as the app reads it.
pub fn example_board() -> Res<tavle_model::Board> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/hjemmesykepleien-2025.json");
    Ok(tavle_formats::exchange::read_board_json(
        std::fs::File::open(path)?,
    )?)
}

/// Workshop from the board editor: the cursor waits in the first question's field.
pub async fn open_workshop(c: &Client) -> Res {
    click(c, "#til-workshop").await?;
    wait_js(
        c,
        "markøren i det første feltet",
        "document.activeElement && document.activeElement.id === 'ws-felt-works_well'",
    )
    .await?;
    Ok(())
}

/// Importer fra Excel … with the file dialog already answered: the preview opens (or the
/// error shown instead is the failure's message).
pub async fn open_excel_preview(c: &Client) -> Res {
    click(c, "#importer-excel").await?;
    let opened = wait_js(
        c,
        "forhåndsvisningen (eller en feilmelding)",
        "document.querySelector('#excel-import').open || (m => m && m.textContent)(document.querySelector('#meldinger .melding.feil'))",
    )
    .await?;
    assert_eq!(opened, json!(true), "the Excel preview opens: {opened}");
    Ok(())
}
