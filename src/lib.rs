//! Tavle's core: improvement boards ("forbedringstavler") for presence at work.
//!
//! Plain data, rules and forms, one module per noun ([`model`]); the `.tavle` file
//! ([`store`]); absence arithmetic ([`stats`]) and the year's story ([`year`]); what each
//! screen shows ([`view`]); printing ([`print`]); exchange formats ([`exchange`], [`xlsx`],
//! [`sheet_import`]); sharing with HR and the overview over units ([`publish`], [`rollup`]).
//! Nothing here knows about Tauri: the desktop app and the `tavle` CLI are thin adapters
//! over it. `docs/map.md` says where each noun, screen and print lives.

pub mod about;
pub mod error;
pub mod exchange;
pub mod lang;
pub mod model;
pub mod nb;
pub mod output;
pub mod print;
pub mod publish;
pub mod review;
pub mod rollup;
pub mod sheet_import;
pub mod stats;
pub mod store;
pub mod text;
pub mod trend;
pub mod view;
pub mod xlsx;
pub mod year;

pub use error::{Error, Result};
pub use lang::Lang;
pub use model::*;

/// Today's date where the user is: what Forsinket, the month to report and a print's footer
/// are reckoned from.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
