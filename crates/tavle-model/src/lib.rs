//! Tavle's model, the bottom layer: the nouns of an improvement board ("forbedringstavle")
//! with their rules and forms ([`model`]), the one error type ([`error`]), bokmål and
//! nynorsk with the message catalogues ([`lang`]), Norwegian numbers and dates ([`nb`]),
//! and the arithmetic on them: absence ([`stats`]), the year's story ([`year`]),
//! Månedsgjennomgang's order ([`review`]) and the run chart ([`trend`]). No files, no
//! windows: every other crate of Tavle builds on this one.

pub mod error;
pub mod lang;
pub mod message;
pub mod model;
pub mod nb;
pub mod review;
pub mod stats;
pub mod trend;
pub mod year;

pub use error::{Error, Result};
pub use lang::Lang;
pub use message::Message;
pub use model::*;

/// Today's date where the user is: what Forsinket, the month to report and a print's footer
/// are reckoned from.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
