//! Measuring the app as a leader feels it (`scripts/bench-app`): time to a usable board,
//! how long the rows take to render, and key-to-paint latency while typing.
//!
//! Nothing here runs unless `TAVLE_BENCH` is set: then a small script is added to the page
//! (`bench.js`) that watches for the first focusable cell and times key presses, and
//! [`bench_mark`] prints what it saw on stderr, where the benchmark script reads it.

use tauri::plugin::{Builder as PluginBuilder, TauriPlugin};
use tauri::Runtime;

const ENV: &str = "TAVLE_BENCH";

fn enabled() -> bool {
    std::env::var_os(ENV).is_some_and(|v| !v.is_empty())
}

/// The page-side probe, only when `TAVLE_BENCH` is set.
pub fn plugin<R: Runtime>() -> Option<TauriPlugin<R>> {
    enabled().then(|| {
        PluginBuilder::new("tavle-bench")
            .js_init_script(include_str!("bench.js").to_string())
            .build()
    })
}

/// One measurement from the page: `tavle-bench NAME VALUE` on stderr (bench mode only).
#[tauri::command]
pub fn bench_mark(name: String, value: f64) {
    if enabled() {
        eprintln!("tavle-bench {name} {value:.2}");
    }
}
