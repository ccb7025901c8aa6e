//! Scenario: universal design (WCAG 2.1 A and AA) in the real window. Every screen and
//! dialog of the app is opened as a user opens it, and axe-core (from `tests/tools`,
//! installed by `scripts/setup`, never shipped) checks the page as WebKit shows it. Each
//! screen prints `a11y <screen>: N brudd` (N = rules broken) and what is broken; the
//! scenario fails at the end if anything was.
//!
//! The native file and folder dialogs cannot be driven through WebDriver: their commands
//! are answered with a path by the test, as in `e2e_excel`.

use std::path::{Path, PathBuf};

use fantoccini::Client;
use serde_json::{json, Value};

use crate::e2e_support::*;

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../examples/hjemmesykepleien-2025.json"
);

const TAGS: [&str; 4] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/// The rules checked: WCAG 2.1 A and AA; `TAVLE_A11Y_BEST_PRACTICE=1` adds axe's best
/// practices (landmarks, heading order …), stricter than the goal, to look at by hand.
fn tags() -> Vec<&'static str> {
    let mut tags = TAGS.to_vec();
    if std::env::var("TAVLE_A11Y_BEST_PRACTICE").is_ok_and(|v| v == "1") {
        tags.push("best-practice");
    }
    tags
}

fn axe_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/tools/node_modules/axe-core/axe.min.js")
}

/// The screens checked and what each broke.
#[derive(Default)]
pub(crate) struct Audit {
    axe: String,
    results: Vec<(String, usize, usize)>,
}

impl Audit {
    pub(crate) fn new() -> Res<Audit> {
        let path = axe_path();
        let axe = std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "fant ikke axe-core ({}: {e}); kjør `scripts/setup` (npm ci --prefix tests/tools)",
                path.display()
            )
        })?;
        Ok(Audit {
            axe,
            results: Vec::new(),
        })
    }

    /// Runs axe-core on the whole page as it is now and records the result as `screen`.
    pub(crate) async fn check(&mut self, c: &Client, screen: &str) -> Res {
        // The page is loaded again now and then (a file opened): axe is put in when missing.
        let present = js(c, "return typeof window.axe === 'object';").await?;
        if present != json!(true) {
            within(
                "axe-core lagt inn",
                c.execute(&format!("{}\n;return typeof window.axe;", self.axe), vec![]),
            )
            .await?;
        }
        // Let the screen paint what the last step changed (and CSS transitions finish).
        within(
            "et bilde tegnet",
            c.execute_async(
                "const done = arguments[0]; setTimeout(() => done(true), 350);",
                vec![],
            ),
        )
        .await?;
        let answer = within(
            &format!("axe-core på {screen}"),
            c.execute_async(
                "const [tags, done] = arguments;\
                 axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] })\
                   .then(r => done({ ok: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,\
                      nodes: v.nodes.map(n => ({ target: n.target.join(' '), summary: n.failureSummary })) })),\
                      review: r.incomplete.map(v => {\
                        const why = {};\
                        for (const n of v.nodes) { const k = ((n.any[0] || {}).data || {}).messageKey || (n.any[0] || {}).id || '?'; why[k] = (why[k] || 0) + 1; }\
                        return `${v.id} ${JSON.stringify(why)}`; }) }),\
                         e => done({ err: String(e) }));",
                vec![json!(tags())],
            ),
        )
        .await?;
        let Some(Value::Array(violations)) = answer.get("ok") else {
            return Err(format!("axe-core feilet på {screen}: {answer}").into());
        };
        let nodes: usize = violations
            .iter()
            .map(|v| v["nodes"].as_array().map_or(0, |n| n.len()))
            .sum();
        eprintln!(
            "a11y {screen}: {} brudd ({nodes} elementer)",
            violations.len()
        );
        // What axe could not decide alone (text over a picture, a sticky header …): not a
        // violation, but printed so it can be looked at by eye.
        if let Some(Value::Array(review)) = answer.get("review") {
            if !review.is_empty() {
                let names: Vec<&str> = review.iter().filter_map(|r| r.as_str()).collect();
                eprintln!("  (å se på selv: {})", names.join(", "));
            }
        }
        for v in violations {
            eprintln!(
                "  - {} [{}]: {}",
                v["id"].as_str().unwrap_or("?"),
                v["impact"].as_str().unwrap_or("?"),
                v["help"].as_str().unwrap_or("")
            );
            for n in v["nodes"].as_array().into_iter().flatten().take(6) {
                eprintln!("      {}", n["target"].as_str().unwrap_or(""));
                if let Some(s) = n["summary"].as_str() {
                    for line in s.lines().skip(1).take(2) {
                        eprintln!("        {}", line.trim());
                    }
                }
            }
            let more = v["nodes"]
                .as_array()
                .map_or(0, |n| n.len().saturating_sub(6));
            if more > 0 {
                eprintln!("      … og {more} til");
            }
        }
        self.results
            .push((screen.to_string(), violations.len(), nodes));
        Ok(())
    }

    pub(crate) fn finish(&self) -> Res {
        let total: usize = self.results.iter().map(|r| r.1).sum();
        eprintln!("a11y: oppsummering (regler brutt / elementer):");
        for (screen, n, nodes) in &self.results {
            eprintln!("  {screen:<28} {n:>3} / {nodes}");
        }
        eprintln!(
            "a11y: {total} brudd i alt på {} skjermer",
            self.results.len()
        );
        if total > 0 {
            let bad: Vec<&str> = self
                .results
                .iter()
                .filter(|r| r.1 > 0)
                .map(|r| r.0.as_str())
                .collect();
            return Err(format!(
                "WCAG 2.1 AA (axe-core): {total} brudd på {}",
                bad.join(", ")
            )
            .into());
        }
        Ok(())
    }
}

/// Makes the page's file and folder pickers answer without a native dialog.
async fn answer_pickers(c: &Client, sheet: &Path, folder: &Path) -> Res {
    js_args(
        c,
        "const [sheet, folder] = arguments;\
         const core = window.__TAURI__.core;\
         const invoke = (cmd, args) => cmd === 'pick_sheet_path' ? Promise.resolve(sheet)\
           : cmd === 'pick_folder' || cmd === 'pick_dir' ? Promise.resolve(folder) : core.invoke(cmd, args);\
         window.__TAURI__.core = Object.assign(Object.create(null), core, { invoke });\
         return true;",
        vec![json!(sheet), json!(folder)],
    )
    .await?;
    Ok(())
}

async fn js_args(c: &Client, script: &str, args: Vec<Value>) -> Res<Value> {
    within("et skript", c.execute(script, args)).await
}

async fn shown(c: &Client, what: &str, section: &str) -> Res {
    wait_js(
        c,
        what,
        &format!("!document.querySelector('#{section}').hidden"),
    )
    .await?;
    Ok(())
}

/// Presses Tab (as a key, so the browser counts it as keyboard use) and checks that what
/// gets the focus shows a clear ring: an outline of at least 2 px plus the white inner ring.
async fn focus_ring_after_tab(c: &Client, from: &str) -> Res {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    js_args(
        c,
        "document.querySelector(arguments[0]).focus(); return true;",
        vec![json!(from)],
    )
    .await?;
    let tab = '\u{e004}';
    let keys = KeyActions::new("tastatur".to_string())
        .then(KeyAction::Down { value: tab })
        .then(KeyAction::Up { value: tab });
    c.perform_actions(keys).await?;
    let ring = js(
        c,
        "const e = document.activeElement; const s = getComputedStyle(e);\
         return { el: e.id || e.className || e.tagName, visible: e.matches(':focus-visible'),\
                  outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, shadow: s.boxShadow };",
    )
    .await?;
    let outline = ring["outline"].as_str().unwrap_or("");
    let width: f64 = outline
        .split(' ')
        .nth(1)
        .and_then(|w| w.trim_end_matches("px").parse().ok())
        .unwrap_or(0.0);
    eprintln!("a11y fokus etter Tab fra {from}: {ring}");
    if ring["visible"] != json!(true) || outline.starts_with("none") || width < 2.0 {
        return Err(format!("fokus synes ikke etter Tab fra {from}: {ring}").into());
    }
    Ok(())
}

/// Every overdue row in `rows` says «Forsinket» in text beside the colour; returns how many
/// overdue rows there are.
async fn overdue_told_in_text(c: &Client, rows: &str) -> Res<u64> {
    let v = js_args(
        c,
        "const rows = [...document.querySelectorAll(arguments[0])].filter(tr => tr.classList.contains('forsinket'));\
         const bad = rows.filter(tr => ![...tr.querySelectorAll('.merke-forsinket')]\
            .some(m => m.offsetParent !== null && m.textContent.trim() === 'Forsinket'));\
         return { n: rows.length, bad: bad.length };",
        vec![json!(rows)],
    )
    .await?;
    if v["bad"] != json!(0) {
        return Err(format!("forsinkede rader uten teksten «Forsinket» i {rows}: {v}").into());
    }
    Ok(v["n"].as_u64().unwrap_or(0))
}

async fn back_to_board(c: &Client, section: &str) -> Res {
    click(c, &format!("#{section} .linje .tilbake")).await?;
    shown(c, "tavlen", "editor").await
}

/// Presses one key on the page (Actions API), as a keyboard does.
async fn press(c: &Client, key: char) -> Res {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let keys = KeyActions::new("tastatur".to_string())
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    c.perform_actions(keys).await?;
    Ok(())
}

const ESCAPE: char = '\u{e00c}';
const ENTER_KEY: char = '\u{e007}';

/// A name for the element that has the focus (for the report).
const ACTIVE: &str = "const e = document.activeElement;\
    return e ? (e.id ? '#' + e.id : e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '')) : null;";

/// 200 % text (WCAG 1.4.4 and 1.4.10): the root font size doubled (all of Tavle's sizes are
/// in rem, as a browser's text zoom does it). Every control in `controls` (inside the screen
/// `section` and the top bar) is still shown, can be scrolled into view and clicked there
/// (nothing on top of it), and its text is not cut; no element of the screen with
/// `overflow: hidden` cuts its own text (the editor's cells grow with their text). Reset after.
async fn zoom_200(c: &Client, section: &str, controls: &str) -> Res {
    // Notices float over the page for a few seconds: out of the way first.
    js(
        c,
        "document.querySelectorAll('#meldinger .melding').forEach(m => m.remove()); return true;",
    )
    .await?;
    js_args(
        c,
        "const root = document.documentElement;\
         root.style.fontSize = (parseFloat(getComputedStyle(root).fontSize) * 2) + 'px'; return true;",
        vec![],
    )
    .await?;
    within(
        "et bilde tegnet på 200 %",
        c.execute_async(
            "const done = arguments[0]; requestAnimationFrame(() => setTimeout(() => done(true), 400));",
            vec![],
        ),
    )
    .await?;
    let found = js_args(
        c,
        "const [section, controls] = arguments;\
         const sec = document.querySelector('#' + section);\
         const name = (e) => e.id ? '#' + e.id : (e.getAttribute('aria-label') || e.textContent.trim() || e.tagName).slice(0, 40);\
         const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';\
         const bad = [];\
         const list = [...document.querySelectorAll('header.topp button, header.topp input'), ...sec.querySelectorAll(controls)]\
           .filter((e) => !e.hidden && !e.closest('[hidden]'));\
         for (const e of list) {\
           if (!shown(e)) { bad.push(`${name(e)}: ikke vist`); continue; }\
           e.scrollIntoView({ block: 'nearest', inline: 'nearest' });\
           const r = e.getBoundingClientRect();\
           if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) {\
             bad.push(`${name(e)}: utenfor vinduet også etter rulling (${Math.round(r.left)},${Math.round(r.top)} – ${Math.round(r.right)},${Math.round(r.bottom)} i ${innerWidth}×${innerHeight}; main ${JSON.stringify(document.querySelector('main').getBoundingClientRect())} ${document.querySelector('main').scrollTop}/${document.querySelector('main').scrollHeight})`); continue; }\
           const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);\
           if (!hit || !(hit === e || e.contains(hit) || (e.labels && [...e.labels].some((l) => l.contains(hit))))) bad.push(`${name(e)}: dekket av ${hit ? name(hit) : 'ingenting'}`);\
           if (e.tagName === 'BUTTON' && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1))\
             bad.push(`${name(e)}: teksten er kuttet (${e.scrollWidth}×${e.scrollHeight} i ${e.clientWidth}×${e.clientHeight})`);\
         }\
         for (const e of sec.querySelectorAll('*')) {\
           if (!shown(e) || e.closest('.skjult')) continue;\
           const s = getComputedStyle(e);\
           const clips = (o) => o === 'hidden' || o === 'clip';\
           if (!clips(s.overflowX) && !clips(s.overflowY)) continue;\
           if ((clips(s.overflowY) && e.scrollHeight > e.clientHeight + 1) || (clips(s.overflowX) && s.textOverflow !== 'ellipsis' && e.scrollWidth > e.clientWidth + 1))\
             bad.push(`${name(e)} (${e.tagName.toLowerCase()}.${e.className}): innholdet er kuttet (${e.scrollWidth}×${e.scrollHeight} i ${e.clientWidth}×${e.clientHeight})`);\
         }\
         const main = document.querySelector('main');\
         // The window itself never scrolls sideways: the top bar stays put, and only the
         // content area (or a wide table in it) scrolls.
         if (scrollX > 0 || document.body.getBoundingClientRect().width > innerWidth + 1)
           bad.push(`vinduet ruller sidelengs (scrollX ${scrollX}, body ${Math.round(document.body.getBoundingClientRect().width)} px)`);
         return { checked: list.length, bad, wide: main.scrollWidth, window: innerWidth, font: getComputedStyle(document.documentElement).fontSize };",
        vec![json!(section), json!(controls)],
    )
    .await?;
    js(
        c,
        "document.documentElement.style.fontSize = ''; window.dispatchEvent(new Event('resize'));\
         document.querySelector('main').scrollTo(0, 0); window.scrollTo(0, 0); return true;",
    )
    .await?;
    eprintln!(
        "a11y 200 % tekst på {section}: {} kontroller sjekket, rotskrift {}, innholdet {} px bredt (ruller inne i innholdsflaten) i et vindu på {} px",
        found["checked"], found["font"], found["wide"], found["window"]
    );
    let bad = found["bad"].as_array().cloned().unwrap_or_default();
    if !bad.is_empty() {
        for b in bad.iter().take(40) {
            eprintln!("  - {}", b.as_str().unwrap_or(""));
        }
        return Err(format!(
            "200 % tekst på {section}: {} ting borte eller kuttet",
            bad.len()
        )
        .into());
    }
    Ok(())
}

/// Focus in and back out of a dialog: `open` (a CSS selector) gets the focus and is pressed
/// with Enter (or, when `by_change`, is a select whose change opens it); the focus must then
/// be inside `dialog`. `close` closes it (None: Escape); the focus must then be back on the
/// opener.
async fn dialog_focus(c: &Client, opener: &str, dialog: &str, close: Option<&str>) -> Res {
    js_args(
        c,
        "document.querySelector(arguments[0]).focus(); return true;",
        vec![json!(opener)],
    )
    .await?;
    let is_select = js_args(
        c,
        "return document.querySelector(arguments[0]).tagName === 'SELECT';",
        vec![json!(opener)],
    )
    .await?;
    if is_select == json!(true) {
        js_args(
            c,
            "const s = document.querySelector(arguments[0]);\
             s.value = [...s.options].map(o => o.value).find(v => v !== s.value);\
             s.dispatchEvent(new Event('change')); return true;",
            vec![json!(opener)],
        )
        .await?;
    } else {
        press(c, ENTER_KEY).await?;
    }
    wait_open(c, dialog, dialog).await?;
    let inside = js_args(
        c,
        "return document.querySelector(arguments[0]).contains(document.activeElement);",
        vec![json!(dialog)],
    )
    .await?;
    let at = js(c, ACTIVE).await?;
    if inside != json!(true) {
        return Err(format!("{dialog} åpnet, men fokus er ikke i dialogen: {at}").into());
    }
    match close {
        Some(button) => click(c, button).await?,
        None => press(c, ESCAPE).await?,
    }
    wait_js(
        c,
        &format!("{dialog} lukket"),
        &format!("!document.querySelector('{dialog}').open"),
    )
    .await?;
    // The close event and what listens to it run after the dialog has closed.
    within(
        "lukkingen ferdig",
        c.execute_async(
            "const done = arguments[0]; setTimeout(() => done(true), 150);",
            vec![],
        ),
    )
    .await?;
    let back = js_args(
        c,
        "return document.activeElement === document.querySelector(arguments[0]);",
        vec![json!(opener)],
    )
    .await?;
    let after = js(c, ACTIVE).await?;
    eprintln!(
        "a11y fokus i {dialog}: inn til {at}, tilbake til {after} etter {}",
        close.unwrap_or("Escape")
    );
    if back != json!(true) {
        return Err(
            format!("fokus kom ikke tilbake til {opener} da {dialog} lukket: {after}").into(),
        );
    }
    Ok(())
}

/// Live regions: «Lagret» is said (polite) after an edit is saved, and the undo notice after
/// a deleted row comes in a polite region with an «Angre» the keyboard reaches (Tab from the
/// last control before it) and that brings the row back with Enter.
async fn live_regions(c: &Client) -> Res {
    let live = js(
        c,
        "const l = document.querySelector('#lagret');\
         window.__lagret = [];\
         new MutationObserver(() => window.__lagret.push(l.textContent)).observe(l, { childList: true, characterData: true, subtree: true });\
         return l.getAttribute('aria-live');",
    )
    .await?;
    if live != json!("polite") {
        return Err(format!("#lagret har ikke aria-live=\"polite\": {live}").into());
    }
    fill(
        c,
        "#rader tr[data-id]:last-of-type textarea[data-field=result]",
        " Sjekket.",
    )
    .await?;
    wait_js(
        c,
        "«Lagret» i #lagret etter en endring",
        "window.__lagret.includes('Lagret')",
    )
    .await?;
    eprintln!("a11y «Lagret»: #lagret (aria-live=polite) fikk teksten «Lagret» etter en endring");

    let rows = js(
        c,
        "return document.querySelectorAll('#rader tr[data-id]').length;",
    )
    .await?;
    click(c, "#rader tr[data-id]:last-of-type .slett").await?;
    wait_js(
        c,
        "«Rad slettet» med Angre",
        "document.querySelector('#meldinger [data-id=\"angre\"] button.handling')",
    )
    .await?;
    let region = js(
        c,
        "const n = document.querySelector('#meldinger [data-id=\"angre\"]');\
         const r = n.parentElement.closest('[aria-live=\"polite\"], [role=\"status\"]');\
         return { own: n.getAttribute('role'), region: r ? (r.id || r.className) + ' ' + (r.getAttribute('role') || '') + ' ' + (r.getAttribute('aria-live') || '') : null };",
    )
    .await?;
    if region["region"].is_null() || region["own"] == json!("alert") {
        return Err(
            format!("«Rad slettet» er ikke i en høflig (polite) levende region: {region}").into(),
        );
    }
    // The control just before the notice in the Tab order, then Tab.
    let from = js(
        c,
        "const box = document.querySelector('#meldinger');\
         const all = [...document.querySelectorAll('button, input, select, textarea, a[href], [tabindex]')]\
           .filter((e) => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0 && !box.contains(e)\
             && (e.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING));\
         const last = all[all.length - 1]; last.focus();\
         return last.id || last.className || last.tagName;",
    )
    .await?;
    press(c, '\u{e004}').await?;
    let on_undo = js(
        c,
        "return document.activeElement === document.querySelector('#meldinger [data-id=\"angre\"] button.handling');",
    )
    .await?;
    let at = js(c, ACTIVE).await?;
    if on_undo != json!(true) {
        return Err(format!("Tab fra {from} nådde ikke «Angre» i meldingen: fokus på {at}").into());
    }
    press(c, ENTER_KEY).await?;
    wait_js(
        c,
        "raden tilbake etter Angre",
        &format!("document.querySelectorAll('#rader tr[data-id]').length === {rows}"),
    )
    .await?;
    eprintln!(
        "a11y «Rad slettet»: i {} , «Angre» nådd med Tab fra {from} og trykket med Enter",
        region["region"]
    );
    Ok(())
}

pub async fn a11y_scenario(driver: &Driver, work: &Path) -> Res {
    let mut audit = Audit::new()?;
    let share = work.join("a11y-delt");
    std::fs::create_dir_all(&share)?;

    // The start screen: no file (a file remembered by an earlier scenario is closed first).
    let c = driver.session(&[]).await?;
    wait_js(
        &c,
        "startskjermen eller en fil",
        "(e => e && e.offsetParent !== null)(document.querySelector('#ny-fil')) || (e => e && !e.hidden)(document.querySelector('#lukk-fil'))",
    )
    .await?;
    let on_start = js(&c, "return !document.querySelector('#start').hidden;").await?;
    if on_start != json!(true) {
        click(&c, "#lukk-fil").await?;
        shown(&c, "startskjermen", "start").await?;
    }
    audit.check(&c, "start").await?;
    zoom_200(&c, "start", "button, select, input").await?;
    click(&c, "#om-tavle").await?;
    wait_open(&c, "Om Tavle", "#om").await?;
    audit.check(&c, "om-tavle").await?;
    click(&c, "#om-lukk").await?;

    // The example: the board editor.
    click(&c, "#apne-eksempel").await?;
    wait_rows(&c, "eksempeltavlen", 3).await?;
    answer_pickers(
        &c,
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/sheets/leder-tiltak.xlsx"),
        &share,
    )
    .await?;
    audit.check(&c, "editor").await?;
    let overdue = overdue_told_in_text(&c, "#rader tr").await?;
    assert!(overdue > 0, "the example has overdue rows");
    focus_ring_after_tab(&c, "#sok").await?;
    screenshot(&c, "a11y-fokus.png").await?;
    focus_ring_after_tab(&c, "#storskjerm").await?;
    live_regions(&c).await?;
    zoom_200(
        &c,
        "editor",
        ".linje button, .oppfolging button, .rad-verktoy button, .rad-verktoy select, .rad-verktoy input,\
         #rader tr[data-id]:first-of-type .knapper button",
    )
    .await?;
    // Focus into the status dialog and, after Escape, back on the status it came from.
    dialog_focus(
        &c,
        "#rader tr[data-id] select.status",
        "#statusdialog",
        None,
    )
    .await?;

    // A status changed: the status dialog, then the row's history opened.
    js(
        &c,
        "const s = document.querySelector('#rader tr[data-id] select.status');\
         s.value = [...s.options].map(o => o.value).find(v => v !== s.value);\
         s.dispatchEvent(new Event('change')); return true;",
    )
    .await?;
    wait_open(&c, "statusdialogen", "#statusdialog").await?;
    audit.check(&c, "statusdialog").await?;
    fill(&c, "#status-form textarea[name=note]", "Første møte holdt").await?;
    click(&c, "#status-ok").await?;
    wait_saved(&c).await?;
    wait_js(
        &c,
        "historikken",
        "document.querySelector('#rader details.tidslinje summary')",
    )
    .await?;
    js(
        &c,
        "document.querySelectorAll('#rader details.tidslinje').forEach(d => d.open = true); return true;",
    )
    .await?;
    audit.check(&c, "statushistorikk").await?;
    click(&c, "#rader details.tidslinje button.rett").await?;
    wait_open(&c, "Rett statusendring", "#rettdialog").await?;
    audit.check(&c, "rett-statusendring").await?;
    click(&c, "#rett-form .avbryt").await?;

    click(&c, "#skriv-ut").await?;
    wait_open(&c, "utskriftsdialogen", "#utskrift").await?;
    audit.check(&c, "skriv-ut").await?;
    cancel_print_dialog(&c).await?;
    dialog_focus(&c, "#skriv-ut", "#utskrift", None).await?;

    click(&c, "#rediger-tavle").await?;
    wait_open(&c, "Endre tavlen", "#tavleskjema").await?;
    audit.check(&c, "endre-tavlen").await?;
    click(&c, "#tavleskjema-form .avbryt").await?;
    dialog_focus(
        &c,
        "#rediger-tavle",
        "#tavleskjema",
        Some("#tavleskjema-form .avbryt"),
    )
    .await?;

    // The follow-up screens.
    click(&c, "#til-fravaer").await?;
    shown(&c, "Fraværstall", "fravaer").await?;
    wait_js(
        &c,
        "månedene",
        "document.querySelectorAll('#fravaer-rader tr').length > 0",
    )
    .await?;
    audit.check(&c, "fravaerstall").await?;
    zoom_200(&c, "fravaer", "button, input").await?;
    screenshot(&c, "a11y-fravaer.png").await?;
    // A percent in April of a year in workdays: the question before the basis changes.
    click(&c, &month_field("2025-04", "pct")).await?;
    type_keys(&c, "9").await?;
    click(&c, &month_field("2025-05", "agreed")).await?;
    wait_js(
        &c,
        "spørsmålet om grunnlaget",
        "!document.querySelector(\"#fravaer-rader tr[data-month='2025-04'] + tr + tr\").hidden",
    )
    .await?;
    audit.check(&c, "fravaer-grunnlag").await?;
    click(
        &c,
        "#fravaer-rader tr[data-month='2025-04'] + tr + tr button:nth-of-type(1)",
    )
    .await?;
    back_to_board(&c, "fravaer").await?;

    click(&c, "#til-plan").await?;
    shown(&c, "Prosjekt nærvær", "plan").await?;
    // A milestone ticked «Nådd»: its day shows, to be typed.
    click(&c, "#delmal li .nadd").await?;
    wait_js(
        &c,
        "nådd-datoen",
        "!document.querySelector('#delmal li .nadd-dato').hidden",
    )
    .await?;
    audit.check(&c, "prosjekt-naervaer").await?;
    zoom_200(&c, "plan", "button, input, textarea").await?;
    back_to_board(&c, "plan").await?;

    click(&c, "#til-gjennomgang").await?;
    shown(&c, "Månedsgjennomgang", "gjennomgang").await?;
    audit.check(&c, "maanedsgjennomgang").await?;
    zoom_200(&c, "gjennomgang", "button, select, textarea, input").await?;
    // Through every measure to the end: the month's figures.
    for _ in 0..20 {
        let done = js(&c, "return !document.querySelector('#gj-slutt').hidden;").await?;
        if done == json!(true) {
            break;
        }
        click(&c, "#gj-hopp").await?;
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    }
    shown(&c, "slutten av gjennomgangen", "gj-slutt").await?;
    audit.check(&c, "maanedsgjennomgang-slutt").await?;
    click(&c, "#gj-slutt .dialogknapper .tilbake").await?;
    shown(&c, "tavlen", "editor").await?;

    click(&c, "#editor .til-frister").await?;
    shown(&c, "Frister", "frister").await?;
    audit.check(&c, "frister").await?;
    zoom_200(&c, "frister", "button").await?;
    overdue_told_in_text(&c, "#frister-rader tr").await?;
    back_to_board(&c, "frister").await?;

    // Workshop, with cards under the three questions, one chosen for the board.
    open_workshop(&c).await?;
    type_keys(
        &c,
        &format!("Vi hjelper hverandre{ENTER}Godt humør på morgenmøtet{ENTER}"),
    )
    .await?;
    alt(&c, '2').await?;
    type_keys(&c, &format!("Mye avbrytelser{ENTER}")).await?;
    alt(&c, '3').await?;
    type_keys(&c, &format!("Fast tid for overlapp{ENTER}")).await?;
    if let Err(e) = wait_js(
        &c,
        "fire lagrede innspill",
        "document.querySelectorAll('#workshop .kort[data-id]').length >= 4",
    )
    .await
    {
        let now = js(
            &c,
            "return [...document.querySelectorAll('#workshop .kort')].map(k => k.textContent);",
        )
        .await?;
        return Err(format!("{e}; innspillene: {now}").into());
    }
    click(&c, "#workshop .kort[data-id] .velg").await?;
    audit.check(&c, "workshop").await?;
    zoom_200(&c, "workshop", "button, textarea, input").await?;
    click(&c, "#ws-til-tavla").await?;
    wait_open(&c, "Til tavla", "#tiltavla").await?;
    audit.check(&c, "til-tavla").await?;
    click(&c, "#tiltavla-form .avbryt").await?;
    back_to_board(&c, "workshop").await?;

    // Storskjerm on the editor and the workshop.
    click(&c, "#storskjerm").await?;
    wait_js(
        &c,
        "Storskjerm",
        "document.documentElement.classList.contains('storskjerm')",
    )
    .await?;
    audit.check(&c, "storskjerm-editor").await?;
    screenshot(&c, "a11y-storskjerm.png").await?;
    click(&c, "#til-workshop").await?;
    shown(&c, "Workshop", "workshop").await?;
    audit.check(&c, "storskjerm-workshop").await?;
    back_to_board(&c, "workshop").await?;
    click(&c, "#storskjerm").await?;
    wait_js(
        &c,
        "Storskjerm av",
        "!document.documentElement.classList.contains('storskjerm')",
    )
    .await?;

    // An error message: a status set on a new, empty row.
    click(&c, "#ny-rad").await?;
    wait_js(
        &c,
        "en ny rad",
        "document.querySelector('#rader tr.utkast select.status')",
    )
    .await?;
    js(
        &c,
        "const s = document.querySelector('#rader tr.utkast select.status');\
         s.value = [...s.options].map(o => o.value).find(v => v !== s.value);\
         s.dispatchEvent(new Event('change')); return true;",
    )
    .await?;
    wait_js(
        &c,
        "feilmeldingen",
        "document.querySelector('#meldinger .melding.feil')",
    )
    .await?;
    audit.check(&c, "feilmelding").await?;
    // The error is said at once: role=alert (or inside an assertive live region).
    let alert = js(
        &c,
        "const m = document.querySelector('#meldinger .melding.feil');\
         return !!m.closest('[role=\"alert\"], [aria-live=\"assertive\"]');",
    )
    .await?;
    if alert != json!(true) {
        return Err("feilmeldingen er ikke i role=alert eller aria-live=assertive".into());
    }
    eprintln!("a11y feilmelding: i role=alert");
    js(
        &c,
        "document.querySelectorAll('#meldinger .melding').forEach(m => m.remove()); return true;",
    )
    .await?;

    // Sikkerhetskopier.
    click(&c, "#sikkerhetskopier").await?;
    wait_open(&c, "Sikkerhetskopier", "#kopidialog").await?;
    wait_js(
        &c,
        "kopiene",
        "document.querySelectorAll('#kopi-rader tr').length > 0 || !document.querySelector('#kopi-ingen').hidden",
    )
    .await?;
    audit.check(&c, "sikkerhetskopier").await?;
    click(&c, "#kopi-form .avbryt").await?;

    // Del med HR: the dialog, then the board shared into the folder.
    click(&c, "#del-med-hr").await?;
    wait_open(&c, "Del med HR", "#deldialog").await?;
    audit.check(&c, "del-med-hr").await?;
    replace(
        &c,
        "#del-form input[name=dir]",
        share.to_str().ok_or("sti")?,
    )
    .await?;
    click(&c, "#del-ok").await?;
    wait_js(&c, "delingen", "!document.querySelector('#deldialog').open").await?;
    wait_js(
        &c,
        "meldingen om delingen",
        "[...document.querySelectorAll('#meldinger .melding')].some(m => m.textContent.includes('Delt med HR'))",
    )
    .await?;
    audit.check(&c, "melding").await?;

    // The boards in the file, and what opens from there.
    click(&c, "#til-tavler").await?;
    shown(&c, "Tavler i filen", "tavler").await?;
    wait_js(
        &c,
        "tavlelisten",
        "document.querySelectorAll('#tavleliste tr').length > 0",
    )
    .await?;
    audit.check(&c, "tavler").await?;
    zoom_200(&c, "tavler", "button").await?;
    click(&c, "#ny-tavle").await?;
    wait_open(&c, "Ny tavle", "#tavleskjema").await?;
    audit.check(&c, "ny-tavle").await?;
    fill(&c, "#tavleskjema input[name=unit]", "Dagsenteret").await?;
    replace(&c, "#tavleskjema input[name=year]", "1999").await?;
    click(&c, "#tavleskjema-ok").await?;
    wait_js(
        &c,
        "feil om året",
        "document.querySelector('#tavleskjema .skjemafeil').textContent.includes('1999')",
    )
    .await?;
    audit.check(&c, "ny-tavle-feil").await?;
    click(&c, "#tavleskjema-form .avbryt").await?;
    click(&c, "#fra-fjoraret").await?;
    wait_open(&c, "Ny tavle fra fjorårets", "#fjoraret").await?;
    audit.check(&c, "fra-fjoraret").await?;
    click(&c, "#fjoraret-form .avbryt").await?;
    click(&c, "#tavleliste .board-delete").await?;
    wait_open(&c, "Slett tavle", "#slettdialog").await?;
    audit.check(&c, "slett-tavle").await?;
    click(&c, "#slett-form .avbryt").await?;
    open_excel_preview(&c).await?;
    wait_js(
        &c,
        "radene i forhåndsvisningen",
        "document.querySelectorAll('#ei-rader tbody tr').length > 0",
    )
    .await?;
    audit.check(&c, "excel-import").await?;
    click(&c, "#excel-import-form .avbryt").await?;

    // Oversikt over enheter, and one unit's board read-only.
    click(&c, "#tavler .til-oversikt").await?;
    shown(&c, "oversikten", "oversikt").await?;
    audit.check(&c, "oversikt-tom").await?;
    replace(&c, "#ov-mappe", share.to_str().ok_or("sti")?).await?;
    click(&c, "#ov-mappe-form button[type=submit]").await?;
    wait_js(
        &c,
        "enhetene",
        "document.querySelectorAll('#ov-rader tr').length > 0",
    )
    .await?;
    audit.check(&c, "oversikt").await?;
    zoom_200(&c, "oversikt", "button, input, select").await?;
    click(&c, "#ov-rader tr .ov-apne").await?;
    shown(&c, "enhetens tavle", "enhet").await?;
    wait_js(
        &c,
        "tiltakene",
        "document.querySelectorAll('#en-rader tr').length > 0",
    )
    .await?;
    audit.check(&c, "enhet").await?;
    overdue_told_in_text(&c, "#en-rader tr").await?;

    c.close().await?;

    // A backup opened to look at: the read-only banner. (The example's file is new and has
    // no backup yet; a file opened again gets one.)
    let file = work.join("a11y-kopi.tavle");
    let board = tavle_formats::exchange::read_board_json(std::fs::File::open(EXAMPLE)?)?;
    tavle_store::store::Store::create(&file)?.insert_board(&board)?;
    let (c, _) = launch(driver, &[file.to_str().ok_or("sti")?], "#rader tr").await?;
    click(&c, "#sikkerhetskopier").await?;
    wait_open(&c, "Sikkerhetskopier", "#kopidialog").await?;
    click(&c, "#kopi-rader button:not(.hent-tilbake)").await?;
    wait_js(
        &c,
        "bare lesing",
        "!document.querySelector('#bare-lesing').hidden",
    )
    .await?;
    audit.check(&c, "bare-lesing").await?;
    c.close().await?;

    audit.finish()
}
