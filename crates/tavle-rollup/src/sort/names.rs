//! The names `tavle rollup --sort` takes for each column, in bokmål, nynorsk and English
//! (with ASCII spellings): input that is matched, never shown, so it stays outside the
//! catalogue and is the same whatever language Tavle speaks.

use super::SortKey;

/// Each accepted name (lower case) and its column.
pub(super) const NAMES: &[(&str, SortKey)] = &[
    ("enhet", SortKey::Unit),
    ("eining", SortKey::Unit),
    ("unit", SortKey::Unit),
    ("fravær", SortKey::YearToDate),
    ("fravaer", SortKey::YearToDate),
    ("fråvær", SortKey::YearToDate),
    ("hittil", SortKey::YearToDate),
    ("ytd", SortKey::YearToDate),
    ("mål", SortKey::Target),
    ("maal", SortKey::Target),
    ("mal", SortKey::Target),
    ("target", SortKey::Target),
    ("avstand", SortKey::Gap),
    ("gap", SortKey::Gap),
    ("nærvær", SortKey::Presence),
    ("naervaer", SortKey::Presence),
    ("presence", SortKey::Presence),
    ("retning", SortKey::Direction),
    ("direction", SortKey::Direction),
    ("mangler", SortKey::Missing),
    ("manglar", SortKey::Missing),
    ("missing", SortKey::Missing),
    ("tiltak", SortKey::Measures),
    ("measures", SortKey::Measures),
    ("forsinket", SortKey::Overdue),
    ("forsinkede", SortKey::Overdue),
    ("forseinka", SortKey::Overdue),
    ("overdue", SortKey::Overdue),
    ("delmål", SortKey::Milestones),
    ("delmal", SortKey::Milestones),
    ("milestones", SortKey::Milestones),
    ("endret", SortKey::LastChanged),
    ("sist-endret", SortKey::LastChanged),
    ("endra", SortKey::LastChanged),
    ("sist-endra", SortKey::LastChanged),
    ("changed", SortKey::LastChanged),
];
