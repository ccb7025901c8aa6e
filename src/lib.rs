//! The `tavle` command: every action of the app, from a terminal, over the same core
//! functions. What it prints is in [`text`]; the binary (`src/bin/tavle/`) parses the
//! arguments and calls the layers.
//!
//! The layers are crates whose dependencies Cargo keeps (an upward `use` does not build):
//! `tavle_model` → `tavle_rollup` (pure) → `tavle_store` → `tavle_formats`, and
//! `tavle_print` (values in, PDF out: never the store). They are re-exported here under
//! their module names, so the command and the integration tests in `tests/` name the whole
//! core from one place. `docs/map.md` says where each noun, screen and print lives.

pub use tavle_formats::{contract, exchange, export, hr_folder, rollup_files, sheet_import, xlsx};
pub use tavle_model::*;
pub use tavle_model::{error, lang, model, nb, review, stats, trend, year};
pub use tavle_print as print;
pub use tavle_rollup as rollup;
pub use tavle_store::{about, output, publish, store};

pub mod text;
