//! "Oversikt over enheter" as the window shows it: the overview read from a folder, shown
//! for a year, filtered and sorted as chosen, and one unit's board to look at (never to edit).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::{Board, BoardId};
use crate::rollup::{roll_up, Loaded, Rollup, SortKey};
use crate::stats::{self, AbsenceSummary};

/// How the overview is shown: year (`None`: this year or the newest), filter, sort.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ViewOptions {
    pub year: Option<i32>,
    #[serde(default)]
    pub filter: String,
    /// One sector only ("" for all).
    #[serde(default)]
    pub sector: String,
    pub sort: Option<SortKey>,
    #[serde(default)]
    pub descending: Option<bool>,
}

/// The overview of `loaded` as `options` ask: furthest above target first unless another
/// sort is chosen; number columns largest first, Enhet A–Å.
pub fn overview(loaded: &Loaded, options: &ViewOptions, today: NaiveDate) -> Rollup {
    let key = options.sort.unwrap_or(SortKey::Gap);
    let descending = options.descending.unwrap_or(key != SortKey::Unit);
    roll_up(loaded.clone(), options.year, today)
        .filtered_to(&options.filter, &options.sector)
        .sorted(key, descending)
}

/// One unit's board from the overview, read-only.
#[derive(Debug, Clone, Serialize)]
pub struct UnitBoard {
    pub board: Board,
    pub file: PathBuf,
    /// Forsinket, per row.
    pub overdue: Vec<bool>,
    pub summary: AbsenceSummary,
    /// The absence is hidden (under 5 årsverk): the window shows no figures.
    pub masked: bool,
}

impl UnitBoard {
    /// Board `board` of `file` in the overview `loaded`. A masked unit's monthly figures are
    /// left out, so they never reach the window.
    pub fn of(loaded: &Loaded, file: &Path, board: BoardId, today: NaiveDate) -> Result<UnitBoard> {
        let found = loaded
            .boards
            .iter()
            .find(|b| b.file == file && b.id == board)
            .ok_or_else(|| {
                Error::NotFound(crate::tr!(
                    "core-rollup-unit-gone",
                    path = file.display().to_string()
                ))
            })?;
        let line = roll_up(
            Loaded {
                boards: vec![found.clone()],
                skipped: Vec::new(),
            },
            Some(found.board.year),
            today,
        );
        let masked = line.lines.first().is_some_and(|l| l.masked);
        let mut b = found.board.clone();
        if masked {
            b.absence.clear();
        }
        Ok(UnitBoard {
            overdue: b.rows.iter().map(|r| r.is_overdue(today)).collect(),
            summary: stats::summary(&b.absence, b.target_pct),
            file: found.file.clone(),
            board: b,
            masked,
        })
    }
}
