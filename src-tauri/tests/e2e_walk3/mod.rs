//! Issue #24 in the real window at 1366×768: what a leader met in the third walkthrough.
//! Frist saved as typed (and «Lagret» not said before it is); a milestone reached on a day
//! of its own; Fraværstall's «Ikke lagret» warning in view and gone once the month is put
//! right, and a percent in a year of workdays asked about before the basis changes; text
//! typed in a workshop question kept on Ctrl+Q, «Lukk fil» and the window's close; a file
//! made read-only while open switches to the read-only state, where nothing invites an edit.
//! Issue #22: Tiltakstype and Innsats chosen on a row with the keyboard, filtered by, kept
//! when the file is opened again, and given to a new row by Til tavla.

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{Datelike, NaiveDate};
use fantoccini::Client;
use serde_json::Value;
use tavle_model::model::{AbsenceMonth, MeasureKind, MeasureLevel, Milestone};
use tavle_model::{Board, BoardId, Question, Row};
use tavle_store::store::Store;

use crate::e2e_support::*;

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// This year's board: two rows, January to March in workdays, one milestone not reached.
fn board_file(path: &Path) -> Res<BoardId> {
    let year = today().year();
    let mut board = Board::new("Kjøkkenet", year);
    board.target_pct = Some(7.0);
    for (goal, measure) in [
        ("Bedre overlapp", "Faste overlappsmøter"),
        ("Tryggere løft", "Løftehjelp på alle vakter"),
    ] {
        board.rows.push(Row {
            goal: goal.into(),
            measure: measure.into(),
            ..Row::default()
        });
    }
    for (m, agreed, lost) in [(1, 420.0, 30.0), (2, 400.0, 34.0), (3, 410.0, 31.0)] {
        board.absence.push(AbsenceMonth::from_days(
            format!("{year}-{m:02}").parse()?,
            agreed,
            lost,
        ));
    }
    board.plan.milestones.push(Milestone {
        text: "Faghjul på plass".into(),
        due: None,
        reached_on: None,
    });
    Ok(Store::create(path)?.insert_board(&board)?)
}

/// The board as it is in the file now.
fn in_file(path: &Path, board: BoardId) -> Res<Board> {
    Ok(Store::open_read_only(path)?.load_board(board)?.board)
}

/// Waits until the file's board passes `check`.
async fn wait_file(path: &Path, board: BoardId, what: &str, check: impl Fn(&Board) -> bool) -> Res {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Ok(b) = in_file(path, board) {
            if check(&b) {
                return Ok(());
            }
        }
        if Instant::now() > deadline {
            return Err(format!("ventet forgjeves på i fila: {what}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Launches the app on the file with its one board open in the editor.
async fn open_board(driver: &Driver, file: &Path) -> Res<Client> {
    let (c, _) = launch(driver, &[file.to_str().ok_or("sti")?], "#rader tr[data-id]").await?;
    Ok(c)
}

/// Waits until the app has ended (the session stops answering).
async fn wait_ended(c: Client, how: &str) -> Res {
    let deadline = Instant::now() + Duration::from_secs(20);
    while c.execute("return 1", vec![]).await.is_ok() {
        if Instant::now() > deadline {
            return Err(format!("appen ble ikke avsluttet med {how}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = c.close().await;
    Ok(())
}

/// Types `text` over what the «Nådd» date field holds, and leaves it with Tab.
async fn type_reached(c: &Client, text: &str) -> Res {
    js(
        c,
        "const d = document.querySelector('#delmal li .nadd-dato'); d.focus(); d.select(); return true",
    )
    .await?;
    type_keys(c, &format!("{text}{TAB}")).await
}

fn nb(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

pub async fn walk3_scenario(driver: &Driver, work: &Path) -> Res {
    let file = work.join("tredje.tavle");
    let board = board_file(&file)?;
    let c = open_board(driver, &file).await?;
    frist_is_saved_as_typed(&c, &file, board).await?;
    milestone_reached_on_a_day_of_its_own(&c, &file, board).await?;
    absence_warning_in_view_and_basis_asked(&c, &file, board).await?;
    workshop_text_kept_on_every_close(driver, c, &file, board).await?;
    read_only_while_open(driver, &file, board).await?;
    measure_choices(driver, work).await?;
    Ok(())
}

const DOWN: &str = "\u{e015}";

/// The measures of the rows the editor shows (not filtered away), top to bottom.
const SHOWN: &str = "return [...document.querySelectorAll('#rader tr[data-id]')].filter(tr => !tr.hidden).map(tr => tr.querySelector('[data-field=measure]').value)";

/// Tiltakstype and Innsats on a board of their own: chosen on row 2 from the keyboard (Tab
/// from Tiltak, arrow keys), the filter shows that row alone, the choices are there after
/// the app is closed and the file opened again, and Til tavla (T on a card) gives the new
/// row the Tiltakstype chosen in its form.
async fn measure_choices(driver: &Driver, work: &Path) -> Res {
    let file = work.join("tiltakstype.tavle");
    let board = board_file(&file)?;
    let c = open_board(driver, &file).await?;
    click(&c, "#rader tr:nth-child(2) [data-field=measure]").await?;
    // Tab to Tiltakstype; ↓↓↓ is Prosjekttiltak. Tab to Innsats; ↓ is Helsefremmende (the
    // longest words, to see them whole).
    type_keys(&c, &format!("{TAB}{DOWN}{DOWN}{DOWN}{TAB}{DOWN}")).await?;
    wait_file(
        &file,
        board,
        "Prosjekttiltak og Helsefremmende på rad 2",
        |b| {
            b.rows[1].kind == Some(MeasureKind::Project)
                && b.rows[1].level == Some(MeasureLevel::Promoting)
        },
    )
    .await?;
    let first = in_file(&file, board)?;
    assert_eq!((first.rows[0].kind, first.rows[0].level), (None, None));
    wait_saved(&c).await?;
    let focused = js(&c, "return document.activeElement.dataset.field").await?;
    assert_eq!(focused, Value::from("level"), "the cursor stays on Innsats");
    let names = js(
        &c,
        "const r = document.querySelector('#rader tr:nth-child(2)'); return ['kind', 'level'].map(f => r.querySelector(`select[data-field=${f}]`)).map(s => [s.getAttribute('aria-label'), s.selectedOptions[0].textContent])",
    )
    .await?;
    assert_eq!(
        names,
        serde_json::json!([
            ["Tiltakstype", "Prosjekttiltak"],
            ["Innsats", "Helsefremmende"]
        ])
    );
    screenshot(&c, "walk3-tiltakstype-rad.png").await?;

    // The filter, from the keyboard: ↓↓↓ from «Alle» is Tiltakstype's Prosjekttiltak.
    js(
        &c,
        "document.querySelector('#filter-valg').focus(); return true",
    )
    .await?;
    type_keys(&c, &DOWN.repeat(3)).await?;
    wait_js(
        &c,
        "filteret Prosjekttiltak",
        "document.querySelector('#filter-valg').value === 'kind:project'",
    )
    .await?;
    assert_eq!(
        js(&c, SHOWN).await?,
        serde_json::json!(["Løftehjelp på alle vakter"])
    );
    screenshot(&c, "walk3-tiltakstype-filter.png").await?;
    // Innsats's Helsefremmende: the next one down.
    type_keys(&c, DOWN).await?;
    wait_js(
        &c,
        "filteret Helsefremmende",
        "document.querySelector('#filter-valg').value === 'level:promoting'",
    )
    .await?;
    assert_eq!(
        js(&c, SHOWN).await?,
        serde_json::json!(["Løftehjelp på alle vakter"])
    );
    type_keys(&c, DOWN).await?;
    wait_js(
        &c,
        "filteret Forebyggende: ingen treff",
        "document.querySelector('#filter-valg').value === 'level:preventive' && !document.querySelector('#ingen-treff').hidden",
    )
    .await?;
    assert_eq!(js(&c, SHOWN).await?, serde_json::json!([]));

    // Storskjerm: the choices readable on the projector's width.
    js(&c, "const f = document.querySelector('#filter-valg'); f.value = ''; f.dispatchEvent(new Event('change')); return true").await?;
    click(&c, "#storskjerm").await?;
    wait_js(
        &c,
        "Storskjerm",
        "document.documentElement.classList.contains('storskjerm')",
    )
    .await?;
    js(
        &c,
        "document.querySelector('#rader tr:nth-child(2)').scrollIntoView(); return true",
    )
    .await?;
    screenshot(&c, "walk3-tiltakstype-storskjerm.png").await?;
    click(&c, "#storskjerm").await?;

    // Closed and opened again: the choices are there.
    let _ = ctrl(&c, "q").await;
    wait_ended(c, "Ctrl+Q").await?;
    let c = open_board(driver, &file).await?;
    let kept = js(
        &c,
        "return [...document.querySelectorAll('#rader tr[data-id]')].map(tr => [tr.querySelector('select[data-field=kind]').value, tr.querySelector('select[data-field=level]').value])",
    )
    .await?;
    assert_eq!(
        kept,
        serde_json::json!([["", ""], ["project", "promoting"]])
    );

    // Til tavla from the keyboard: a card, T on it, Basistiltak (↓) in the form.
    open_workshop(&c).await?;
    type_keys(&c, &format!("Fagdag om løfteteknikk{ENTER}")).await?;
    wait_js(
        &c,
        "kortet",
        "document.querySelector('#ws-kort-works_well .kort') && document.querySelector('#ws-kort-works_well .kort').dataset.id !== undefined",
    )
    .await?;
    js(
        &c,
        "document.querySelector('#ws-kort-works_well .kort').focus(); return true",
    )
    .await?;
    type_keys(&c, "t").await?;
    wait_open(&c, "Til tavla-skjemaet", "#tiltavla").await?;
    type_keys(&c, &format!("Tryggere løft{TAB}Fagdag for alle{TAB}{DOWN}")).await?;
    let form = js(
        &c,
        "const f = document.querySelector('#tiltavla-form'); return [f.elements.kind.value, f.elements.level.value, document.activeElement.name, [...document.querySelectorAll('#tiltavla-valg label')].map(l => [l.firstChild.textContent, l.querySelector('select').options[0].textContent])]",
    )
    .await?;
    assert_eq!(form[0], Value::from("basis"), "{form}");
    assert_eq!(form[1], Value::from(""), "Innsats stays «–»: {form}");
    assert_eq!(form[2], Value::from("kind"), "{form}");
    assert_eq!(
        form[3],
        serde_json::json!([
            ["Tiltakstype (valgfritt)", "–"],
            ["Innsats (valgfritt)", "–"]
        ]),
        "{form}"
    );
    screenshot(&c, "walk3-tiltakstype-til-tavla.png").await?;
    click(&c, "#tiltavla-ok").await?;
    wait_file(&file, board, "den nye raden med Basistiltak", |b| {
        b.rows.len() == 3
            && b.rows[2].measure == "Fagdag for alle"
            && b.rows[2].kind == Some(MeasureKind::Basis)
            && b.rows[2].level.is_none()
            && b.rows[2].ideas == "Fagdag om løfteteknikk"
    })
    .await?;
    c.close().await?;
    Ok(())
}

/// Frist: a whole date is saved while the cursor is still in the field; a date half typed
/// is not, and the top bar does not say «Lagret» meanwhile.
async fn frist_is_saved_as_typed(c: &Client, file: &Path, board: BoardId) -> Res {
    let due = "#rader tr:nth-child(1) [data-field=due]";
    let year = today().year();
    // A save just done says «Lagret» for a while: the field typed next must not borrow it.
    click(c, "#rader tr:nth-child(1) [data-field=owner]").await?;
    type_keys(c, "Kokken").await?;
    click(c, due).await?;
    wait_saved(c).await?;
    type_keys(c, "15.0").await?;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let bar = js(c, "return document.querySelector('#lagret').textContent").await?;
    assert_eq!(
        bar,
        Value::from(""),
        "half a date typed: the bar says nothing"
    );
    assert_eq!(in_file(file, board)?.rows[0].due, None);
    type_keys(c, &format!("4.{year}")).await?;
    let want = NaiveDate::from_ymd_opt(year, 4, 15);
    wait_file(
        file,
        board,
        "Frist 15.04 lagret mens markøren står i feltet",
        |b| b.rows[0].due == want,
    )
    .await?;
    wait_saved(c).await?;
    let still = js(
        c,
        &format!("return document.activeElement === document.querySelector('{due}')"),
    )
    .await?;
    assert_eq!(still, Value::Bool(true), "the cursor never left Frist");
    screenshot(c, "walk3-frist.png").await
}

/// Prosjekt nærvær: «Nådd» ticked is today, and the day can be typed; a day after today is
/// refused at the field; the plan prints the day typed.
async fn milestone_reached_on_a_day_of_its_own(c: &Client, file: &Path, board: BoardId) -> Res {
    click(c, "#til-plan").await?;
    wait_js(c, "planen", "!document.querySelector('#plan').hidden").await?;
    click(c, "#delmal li .nadd").await?;
    let shown = wait_js(
        c,
        "dagens dato ved Nådd",
        "(d => !d.hidden && d.value)(document.querySelector('#delmal li .nadd-dato'))",
    )
    .await?;
    assert_eq!(shown, Value::from(nb(today())));
    wait_file(file, board, "nådd i dag", |b| {
        b.plan.milestones[0].reached_on == Some(today())
    })
    .await?;
    // Reached in April (or on 2 January, early in the year).
    let year = today().year();
    let april = NaiveDate::from_ymd_opt(year, 4, 14).ok_or("dato")?;
    let day = if april <= today() {
        april
    } else {
        NaiveDate::from_ymd_opt(year, 1, 2).ok_or("dato")?
    };
    type_reached(c, &nb(day)).await?;
    wait_file(file, board, "nådd-datoen som skrevet", |b| {
        b.plan.milestones[0].reached_on == Some(day)
    })
    .await?;
    // Tomorrow is refused, at the field, and the day saved stays.
    let tomorrow = today() + chrono::Days::new(1);
    type_reached(c, &nb(tomorrow)).await?;
    wait_js(
        c,
        "nei til en dag etter i dag",
        "document.querySelector('#plan-feil').textContent.includes('etter i dag') && document.querySelector('#delmal li .nadd-dato').getAttribute('aria-invalid') === 'true' && (e => e && e.textContent.includes('etter i dag'))(document.querySelector('#delmal li .feltfeil'))",
    )
    .await?;
    screenshot(c, "walk3-plan-reached-refused.png").await?;
    assert_eq!(
        in_file(file, board)?.plan.milestones[0].reached_on,
        Some(day)
    );
    type_reached(c, &nb(day)).await?;
    wait_js(
        c,
        "feilen borte",
        "document.querySelector('#plan-feil').textContent === '' && !document.querySelector('#delmal .feltfeil')",
    )
    .await?;
    screenshot(c, "walk3-plan-reached.png").await?;
    let pdf = file.with_file_name("plan-nadd.pdf");
    let text = print_pdf(c, &Value::from(board.0), "plan", None, &pdf).await?;
    let want = format!("nådd {}", nb(day));
    assert!(text.contains(&want), "the plan prints «{want}»: {text}");
    click(c, "#plan .tilbake").await?;
    wait_js(c, "tavlen", "!document.querySelector('#editor').hidden").await?;
    Ok(())
}

/// Fraværstall: April as a percent in a year of workdays is asked about before it is saved;
/// a month that cannot be saved is told at the top, in view, when leaving, and the warning
/// goes once the month is put right.
async fn absence_warning_in_view_and_basis_asked(c: &Client, file: &Path, board: BoardId) -> Res {
    let year = today().year();
    let m = |n: u32| format!("{year}-{n:02}");
    click(c, "#til-fravaer").await?;
    wait_js(
        c,
        "Fraværstall",
        "!document.querySelector('#fravaer').hidden",
    )
    .await?;
    click(c, &month_field(&m(4), "pct")).await?;
    type_keys(c, "9").await?;
    click(c, &month_field(&m(5), "agreed")).await?;
    let note = format!("#fravaer-rader tr[data-month='{}'] + tr + tr", m(4));
    wait_js(
        c,
        "spørsmålet om grunnlaget",
        &format!("(n => !n.hidden && n.textContent.includes('snitt av månedene') && n.textContent.includes('Lagre prosenten likevel'))(document.querySelector(\"{note}\"))"),
    )
    .await?;
    screenshot(c, "walk3-absence-basis.png").await?;
    assert!(
        in_file(file, board)?.absence.len() == 3,
        "April is not saved before the question is answered"
    );
    click(c, &format!("{note} button:nth-of-type(2)")).await?;
    wait_file(file, board, "april lagret som prosent", |b| {
        b.absence
            .iter()
            .any(|a| a.month.month == 4 && a.pct == Some(9.0))
    })
    .await?;

    // June with more lost than agreed workdays cannot be saved: «Tilbake» says so at the top.
    click(c, &month_field(&m(6), "agreed")).await?;
    type_keys(c, "100").await?;
    click(c, &month_field(&m(6), "lost")).await?;
    type_keys(c, "150").await?;
    click(c, &month_field(&m(7), "agreed")).await?;
    // Scrolled down to the year's end, as a leader typing June is.
    js(
        c,
        &format!(
            "document.querySelector(\"{}\").scrollIntoView(); return true",
            month_field(&m(12), "agreed")
        ),
    )
    .await?;
    click(c, "#fravaer .tilbake").await?;
    let place = wait_js(
        c,
        "advarselen synlig",
        "(w => !w.hidden && w.textContent.includes('juni') && (r => r.top >= 0 && r.bottom <= window.innerHeight)(w.getBoundingClientRect()) && [Math.round(w.getBoundingClientRect().top), window.innerHeight])(document.querySelector('#fravaer-ulagret'))",
    )
    .await?;
    eprintln!("e2e: «Ikke lagret» øverst på {place} (topp, vindushøyde)");
    screenshot(c, "walk3-absence-unsaved.png").await?;
    replace(c, &month_field(&m(6), "lost"), "15").await?;
    click(c, &month_field(&m(7), "agreed")).await?;
    wait_js(
        c,
        "advarselen borte når juni er rettet",
        "document.querySelector('#fravaer-ulagret').hidden",
    )
    .await?;
    wait_file(file, board, "juni lagret", |b| {
        b.absence
            .iter()
            .any(|a| a.month.month == 6 && a.lost_days == Some(15.0))
    })
    .await?;
    click(c, "#fravaer .tilbake").await?;
    wait_js(c, "tavlen", "!document.querySelector('#editor').hidden").await?;
    Ok(())
}

/// The cards of `question` in the file.
fn cards(file: &Path, board: BoardId, question: Question) -> Res<Vec<String>> {
    Ok(in_file(file, board)?
        .inputs
        .into_iter()
        .filter(|i| i.question == question)
        .map(|i| i.text)
        .collect())
}

/// Text typed in a question's field, no Enter: kept as a card on Ctrl+Q, on «Lukk fil» and
/// when the window is closed.
async fn workshop_text_kept_on_every_close(
    driver: &Driver,
    c: Client,
    file: &Path,
    board: BoardId,
) -> Res {
    open_workshop(&c).await?;
    type_keys(&c, "Vi hjelper hverandre").await?;
    // Ctrl+Q at once.
    let _ = ctrl(&c, "q").await;
    wait_ended(c, "Ctrl+Q").await?;
    assert_eq!(
        cards(file, board, Question::WorksWell)?,
        ["Vi hjelper hverandre"]
    );

    let c = open_board(driver, file).await?;
    open_workshop(&c).await?;
    click(&c, "#ws-felt-do_better").await?;
    type_keys(&c, "Mindre avbrytelser").await?;
    click(&c, "#lukk-fil").await?;
    wait_js(
        &c,
        "startskjermen",
        "!document.querySelector('#start').hidden",
    )
    .await?;
    assert_eq!(
        cards(file, board, Question::DoBetter)?,
        ["Mindre avbrytelser"]
    );
    c.close().await?;

    // The window's close button: the app runs `tavleCloseRequested` in the page (see
    // `filesafety::close_requested`); WebDriver cannot press the window manager's button.
    let c = open_board(driver, file).await?;
    open_workshop(&c).await?;
    click(&c, "#ws-felt-proposals").await?;
    type_keys(&c, "Fast tid for overlapp").await?;
    screenshot(&c, "walk3-workshop-typed.png").await?;
    let _ = js(&c, "window.tavleCloseRequested(); return true").await;
    wait_ended(c, "lukkeknappen").await?;
    assert_eq!(
        cards(file, board, Question::Proposals)?,
        ["Fast tid for overlapp"]
    );
    Ok(())
}

/// `chmod 444` while the board is open: the edit typed just before is refused, not
/// «Lagret»; the banner says why and offers «Lagre som …»; cells, «+ Ny rad», ✕ and the
/// status lists take no edit; the file is not written.
async fn read_only_while_open(driver: &Driver, file: &Path, board: BoardId) -> Res {
    use std::os::unix::fs::PermissionsExt;
    let c = open_board(driver, file).await?;
    click(&c, "#rader tr:nth-child(2) [data-field=result]").await?;
    type_keys(&c, "Skrevet etter chmod").await?;
    std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o444))?;
    let before = std::fs::read(file)?;
    let t0 = Instant::now();
    click(&c, "#sok").await?;
    wait_js(
        &c,
        "banneret for skrivebeskyttet fil",
        "!document.querySelector('#bare-lesing').hidden && document.querySelector('#bare-lesing-tekst').textContent.includes('kan bare leses') && !document.querySelector('#bare-lesing-lagre-som').hidden",
    )
    .await?;
    eprintln!(
        "e2e: skrivebeskyttet vist etter {:.2} s",
        t0.elapsed().as_secs_f64()
    );
    let state = wait_js(
        &c,
        "ingenting inviterer til endring",
        "(() => { const q = (s) => [...document.querySelectorAll(s)]; return q('#rader textarea, #rader input').every(e => e.readOnly) && q('#rader select').every(e => e.disabled) && q('#rader .knapper button').every(e => e.disabled) && document.querySelector('#ny-rad').disabled && { cells: q('#rader textarea').length, bar: document.querySelector('#lagret').textContent, typed: document.querySelector('#rader tr:nth-child(2) [data-field=result]').value }; })()",
    )
    .await?;
    assert_ne!(state["bar"], Value::from("Lagret"), "{state}");
    assert_eq!(
        state["typed"],
        Value::from("Skrevet etter chmod"),
        "the typed text stays on screen"
    );
    // ✕ pressed anyway: nothing happens.
    js(
        &c,
        "document.querySelector('#rader tr:nth-child(1) .slett').click(); return true",
    )
    .await?;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    screenshot(&c, "walk3-read-only.png").await?;
    assert_eq!(std::fs::read(file)?, before, "the file is not written");
    assert_eq!(in_file(file, board)?.rows.len(), 2);
    std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o644))?;
    c.close().await?;
    Ok(())
}
