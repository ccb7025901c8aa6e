//! The overview's order and selection: the columns to sort by (with the CLI's names),
//! Norwegian alphabetical order, and the filter on the start of a unit's name.

use std::cmp::Ordering;

use serde::Serialize;

use super::unit::total_of;
use super::{Direction, Rollup, UnitLine};
use crate::error::{Error, Result};

mod names;

/// A column of the overview to sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortKey {
    Unit,
    YearToDate,
    Target,
    Gap,
    Presence,
    Direction,
    Missing,
    Measures,
    Overdue,
    Milestones,
    LastChanged,
}

impl std::str::FromStr for SortKey {
    type Err = Error;

    /// The CLI's names (bokmål, nynorsk or English, see [`names::NAMES`]).
    fn from_str(s: &str) -> Result<Self> {
        let wanted = s.trim().to_lowercase();
        names::NAMES
            .iter()
            .find(|(name, _)| *name == wanted)
            .map(|(_, key)| *key)
            .ok_or_else(|| Error::invalid(crate::tr!("rollup-unknown-sort", name = s)))
    }
}

/// Sorts the lines by `key`; lines without a value (masked, no figures) go last either way,
/// by unit name, so a hidden figure cannot be guessed from its place in the order.
pub fn sort_lines(lines: &mut [UnitLine], key: SortKey, descending: bool) {
    fn value(l: &UnitLine, key: SortKey) -> Option<f64> {
        match key {
            SortKey::Unit => None,
            SortKey::YearToDate => l.year_to_date.map(|y| y.pct),
            SortKey::Target => l.target,
            SortKey::Gap => l.gap_points,
            SortKey::Presence => l.presence,
            SortKey::Direction => l.direction.map(|d| match d {
                Direction::Up => 1.0,
                Direction::Flat => 0.0,
                Direction::Down => -1.0,
            }),
            SortKey::Missing => Some(l.missing_months.len() as f64),
            SortKey::Measures => Some(l.measures as f64),
            SortKey::Overdue => Some(l.overdue as f64),
            SortKey::Milestones => {
                (l.milestones > 0).then(|| l.milestones_reached as f64 / l.milestones as f64)
            }
            SortKey::LastChanged => l.last_changed.map(|t| t.and_utc().timestamp() as f64),
        }
    }
    lines.sort_by(|a, b| {
        let by_name = || crate::nb::sort_key(&a.unit).cmp(&crate::nb::sort_key(&b.unit));
        if key == SortKey::Unit {
            return if descending {
                by_name().reverse()
            } else {
                by_name()
            };
        }
        match (value(a, key), value(b, key)) {
            (Some(x), Some(y)) => {
                let o = x.total_cmp(&y);
                let o = if descending { o.reverse() } else { o };
                o.then_with(by_name)
            }
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => by_name(),
        }
    });
}

impl Rollup {
    /// Only the units whose name starts with `prefix` (a sector such as "Omsorg", or the
    /// start of a name), case-blind; the total is made again for them. Empty: all.
    pub fn filtered(mut self, prefix: &str) -> Rollup {
        let prefix = prefix.trim().to_lowercase();
        let before = self.lines.len();
        if !prefix.is_empty() {
            self.lines
                .retain(|l| l.unit.trim().to_lowercase().starts_with(&prefix));
        }
        self.filtered_out = before - self.lines.len();
        self.filter = prefix;
        self.total = total_of(&self.lines);
        self.funnel = super::place_in_funnel(&mut self.lines);
        self
    }

    /// The lines sorted by `key`.
    pub fn sorted(mut self, key: SortKey, descending: bool) -> Rollup {
        sort_lines(&mut self.lines, key, descending);
        self
    }

    /// What `tavle rollup` shows: the units starting with `filter`, sorted by `key` (without
    /// one: furthest over the target first). Numbers sort largest first and units A–Å;
    /// `reverse` turns that round.
    pub fn arranged(self, filter: Option<&str>, key: Option<SortKey>, reverse: bool) -> Rollup {
        let key = key.unwrap_or(SortKey::Gap);
        let descending = (key != SortKey::Unit) != reverse;
        self.filtered(filter.unwrap_or("")).sorted(key, descending)
    }
}
