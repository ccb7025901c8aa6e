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
//!
//! The harness (driver, launch, page steps, PDF text) is in `e2e_support/`; each scenario is
//! a module of its own (`e2e_first/`, `e2e_followup/`, `e2e_walkthrough/`, …), a list of
//! steps as a user takes them. This file has the one test: the driver and the scenarios in
//! order.

mod e2e_a11y;
mod e2e_excel;
mod e2e_filesafety;
mod e2e_first;
mod e2e_followup;
mod e2e_launch;
mod e2e_meeting;
mod e2e_nynorsk;
mod e2e_rollup;
mod e2e_signal;
mod e2e_support;
mod e2e_walk3;
mod e2e_walkthrough;
mod e2e_wall;
mod e2e_workshop;

use std::time::Instant;

use e2e_support::*;

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
    let only = std::env::var("TAVLE_E2E_ONLY").unwrap_or_default();
    let result = runtime.block_on(async {
        // TAVLE_E2E_ONLY=NAME runs one scenario alone (while working on it): first (with
        // follow-up), walkthrough, walk3, filesafety, workshop, excel, rollup, signal, a11y,
        // nynorsk, wall, meeting or launch.
        let run = |name: &str| only.is_empty() || only == name;
        if run("first") {
            e2e_first::first_scenario(&driver, work.path()).await?;
            e2e_followup::followup_scenario(&driver, work.path()).await?;
        }
        if run("walkthrough") {
            e2e_walkthrough::walkthrough_scenario(&driver, work.path()).await?;
        }
        if run("walk3") {
            e2e_walk3::walk3_scenario(&driver, work.path()).await?;
        }
        if run("filesafety") {
            e2e_filesafety::file_safety_scenario(&driver, work.path()).await?;
        }
        if run("workshop") {
            e2e_workshop::workshop_scenario(&driver, work.path()).await?;
        }
        if run("excel") {
            e2e_excel::excel_scenario(&driver, work.path()).await?;
        }
        if run("rollup") {
            e2e_rollup::rollup_scenario(&driver, work.path()).await?;
        }
        if run("signal") {
            e2e_signal::signal_scenario(&driver, work.path()).await?;
        }
        if run("a11y") {
            e2e_a11y::a11y_scenario(&driver, work.path()).await?;
        }
        if run("nynorsk") {
            e2e_nynorsk::nynorsk_scenario(&driver, work.path()).await?;
        }
        if run("wall") {
            e2e_wall::wall_scenario(&driver, work.path()).await?;
        }
        if run("meeting") {
            e2e_meeting::meeting_scenario(&driver, work.path()).await?;
        }
        if run("launch") {
            e2e_launch::second_launch_scenario(&driver, work.path(), &config).await?;
        }
        Res::Ok(())
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
