//! The `.tavle` file and what is written beside it: the SQLite store with its versions,
//! transactions, checks and backups ([`store`]), finished files written whole or not at all
//! ([`output`]), the snapshot shared with HR ([`publish`]) and what «Om Tavle» says
//! ([`about`]). Builds on `tavle_model` only.

pub mod about;
pub mod output;
pub mod publish;
pub mod store;

pub use store::Store;
