//! The overview's order and selection: the columns to sort by (with the CLI's names),
//! Norwegian alphabetical order, and the filter on the start of a unit's name.

use std::cmp::Ordering;

use serde::Serialize;

use super::unit::total_of;
use super::{sector_key, Direction, Rollup, UnitLine};
use tavle_model::error::{Error, Result};

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
            .ok_or_else(|| Error::invalid(tavle_model::msg!("rollup-unknown-sort", name = s)))
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
        let by_name =
            || tavle_model::nb::sort_key(&a.unit).cmp(&tavle_model::nb::sort_key(&b.unit));
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
    /// Only the units whose name contains `part` (case-blind, `-`, `–` and `—` alike); the
    /// total is made again for them. Empty: all.
    pub fn filtered(self, part: &str) -> Rollup {
        self.filtered_to(part, "")
    }

    /// Only the units whose name contains `part` and that are in `sector` (its name as a
    /// whole, case-blind, dashes alike); the total and the sector subtotals are made again
    /// for them. Empty: all.
    pub fn filtered_to(mut self, part: &str, sector: &str) -> Rollup {
        let wanted = sector_key(part);
        let wanted_sector = sector_key(sector);
        let before = self.lines.len();
        if !wanted.is_empty() {
            self.lines.retain(|l| sector_key(&l.unit).contains(&wanted));
        }
        if !wanted_sector.is_empty() {
            self.lines
                .retain(|l| sector_key(&l.sector) == wanted_sector);
        }
        self.filtered_out = before - self.lines.len();
        self.filter = part.trim().to_string();
        self.sector = sector.trim().to_string();
        self.total = total_of(&self.lines);
        self.sectors = super::sector_totals(&self.lines);
        self.funnel = super::place_in_funnel(&mut self.lines);
        self
    }

    /// Fails (exit 2) when no unit is in view, saying what was asked and what there is:
    /// «0 enheter» is never an answer.
    pub fn require_units(self) -> Result<Rollup> {
        if !self.lines.is_empty() {
            return Ok(self);
        }
        let years: Vec<String> = self.years.iter().map(i32::to_string).collect();
        let mut asked = Vec::new();
        if !self.filter.is_empty() {
            asked.push(tavle_model::tr!(
                "rollup-asked-filter",
                filter = self.filter.as_str()
            ));
        }
        if !self.sector.is_empty() {
            asked.push(tavle_model::tr!(
                "rollup-asked-sector",
                sector = self.sector.as_str()
            ));
        }
        Err(Error::invalid(tavle_model::msg!(
            "rollup-no-unit-found",
            year = self.year.to_string(),
            asked = asked.join(","),
            years = years.join(", ")
        )))
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

    /// [`Rollup::arranged`] with a sector too (`tavle rollup --sector`).
    pub fn arranged_in(
        self,
        filter: Option<&str>,
        sector: Option<&str>,
        key: Option<SortKey>,
        reverse: bool,
    ) -> Rollup {
        let key = key.unwrap_or(SortKey::Gap);
        let descending = (key != SortKey::Unit) != reverse;
        self.filtered_to(filter.unwrap_or(""), sector.unwrap_or(""))
            .sorted(key, descending)
    }
}
