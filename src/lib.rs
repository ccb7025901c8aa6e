//! Tavle's core: improvement boards ("forbedringstavler") for presence at work.
//!
//! Plain data and rules ([`model`]), the `.tavle` file ([`store`]), absence arithmetic
//! ([`stats`]), printing ([`print`]) and exchange formats ([`exchange`]). Nothing here
//! knows about Tauri: the desktop app and the `tavle` CLI are thin adapters over it.

pub mod error;
pub mod model;
pub mod nb;
pub mod stats;

pub use error::{Error, Result};
pub use model::*;
pub mod about;
pub mod entry;
pub mod exchange;
pub mod output;
pub mod print;
pub mod publish;
pub mod report;
pub mod review;
pub mod rollup;
pub mod sheet_import;
pub mod store;
pub mod text;
pub mod xlsx;
