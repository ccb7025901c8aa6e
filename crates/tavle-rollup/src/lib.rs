//! "Oversikt over enheter": every unit's board for one year, side by side, for HR and the
//! steering group, and one total for all of them.
//!
//! The arithmetic here is pure (loaded boards in, lines and a total out), and so are the
//! words of its cells ([`cells`]). Reading the shared folder is `tavle_formats::hr_folder`,
//! the CSV and Excel files `tavle_formats::rollup_files`, the PDF `tavle_print::rollup`.
//!
//! The rules, as SSB and NAV count sick leave:
//! - A unit's **sykefravær hittil i år** is Σ tapte dagsverk / Σ avtalte dagsverk × 100
//!   when every month has workdays; when some month has only a percentage it is the mean
//!   of the months, and the line says so ([`YtdBasis::MonthlyMean`]).
//! - The **total** is Σ tapte / Σ avtalte over every month with workdays of every unit in
//!   view: weighted by avtalte dagsverk, never a mean of percentages. A unit that gave only
//!   percentages has no weight, so it is not in the total, and the total says how many
//!   such units there are.
//! - **Masking**: a unit smaller than [`MASK_BELOW_FTE`] årsverk has its absence hidden in
//!   its own line (a percentage of three people points at a person), as NAV masks groups
//!   under five. Its days still count in the total. Årsverk for a month = avtalte dagsverk
//!   / the month's working days (Monday to Friday); a unit's size is the mean over its
//!   months with workdays. A unit with only percentages has no known size and is shown
//!   (its leader chose to share the percentage). A total that is itself under the limit
//!   (a filter that leaves one small unit) is masked too.
//! - **Retning**: the last (up to) three months with figures; the last against the first
//!   of them, [`FLAT_POINTS`] prosentpoeng or less either way is "stabil".
//! - **Mangler**: months from January up to the newest month any unit in the roll-up has
//!   figures for, where this unit has none.

pub mod cells;
pub mod funnel;
mod json;
mod loaded;
mod sort;
mod unit;

use std::path::PathBuf;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::Serialize;

use tavle_model::lang::Lang;
use tavle_model::model::{BoardId, YearMonth};
use tavle_model::nb;
use tavle_model::stats::YearToDate;

pub use json::rollup_json;
pub use loaded::{Loaded, LoadedBoard, Skipped};
pub use sort::{sort_lines, SortKey};
use unit::{default_year, total_of, unit_line, Days};
pub use unit::{holiday_months_text, SizeSource, HOLIDAY_MONTHS};
pub use unit::{measure_counts, working_days};

/// Units under this many årsverk have their absence hidden in their own line.
pub const MASK_BELOW_FTE: f64 = 5.0;

/// A change over the last three months of at most this many prosentpoeng is "stabil".
pub const FLAT_POINTS: f64 = 0.5;

/// Which way the last three months went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Flat,
    Down,
}

impl Direction {
    /// The words in the overview, in `lang`.
    pub fn label_in(self, lang: Lang) -> String {
        lang.text(match self {
            Direction::Up => "direction-up",
            Direction::Flat => "direction-flat",
            Direction::Down => "direction-down",
        })
    }
}

/// One unit's line in the overview.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitLine {
    pub unit: String,
    /// Sektor: the board's own, else the name of the subfolder it was found in; "" for none.
    pub sector: String,
    pub year: i32,
    /// The file it was read from, and the board's id in it (to open it read-only).
    pub file: PathBuf,
    pub board: BoardId,
    /// Absence hidden: the unit is under [`MASK_BELOW_FTE`] årsverk.
    pub masked: bool,
    /// Year to date; `None` when masked or without figures.
    pub year_to_date: Option<YearToDate>,
    pub target: Option<f64>,
    /// Year to date minus the target, in prosentpoeng (positive: above target).
    pub gap_points: Option<f64>,
    pub presence: Option<f64>,
    pub direction: Option<Direction>,
    /// Months (1–12) without figures up to the roll-up's newest month.
    pub missing_months: Vec<u32>,
    /// Rows per status, in `Status::ALL` order.
    pub status_counts: [usize; 6],
    pub measures: usize,
    /// Rows per Tiltakstype, in `MeasureKind::ALL` order (basis, person, project); rows
    /// without one are in none.
    pub kind_counts: [usize; 3],
    /// Rows per Innsats, in `MeasureLevel::ALL` order (promoting, preventive, repairing).
    pub level_counts: [usize; 3],
    pub overdue: usize,
    pub milestones_reached: usize,
    pub milestones: usize,
    /// When the file was last written (the snapshot's publishing time).
    pub last_changed: Option<NaiveDateTime>,
    /// Its months with workdays count in the total (every month it has figures for is in
    /// workdays).
    pub in_total: bool,
    /// Where its size for masking came from; `None` without any (only percentages, no
    /// Antall årsverk).
    pub size_source: Option<SizeSource>,
    /// The texts of the line, in the language current when the roll-up was made (the
    /// CLI's `--lang`, the app's setting), so every screen and export says the same.
    pub text: LineText,
    /// The unit's point and limits in the funnel; `None` when masked or without workdays.
    pub funnel: Option<funnel::FunnelPoint>,
    /// Workday sums behind the total; never shown (a masked unit's figure is in them).
    #[serde(skip)]
    days: Days,
    /// Årsverk for masking: as given, or estimated; never shown.
    #[serde(skip)]
    size: Option<f64>,
}

/// A sector's subtotal: Σ tapte / Σ avtalte over its units in view, never a mean.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SectorTotal {
    /// The sector's name; "" for the units without one.
    pub name: String,
    /// Its units in view.
    pub units: usize,
    pub total: Total,
}

/// A line's cells as text.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LineText {
    /// "9,1 %", "skjult", or "" without figures.
    pub year_to_date: String,
    /// "dagsverk", "snitt av måneder", "under 5 årsverk" or "ingen tall".
    pub basis: String,
    pub target: String,
    /// "+1,3" or "−0,4" (prosentpoeng), "0,0".
    pub gap: String,
    pub presence: String,
    pub direction: String,
    /// "mar, apr" or "" when nothing is missing; "alle" when there are no figures at all.
    pub missing: String,
    /// "3 av 8".
    pub milestones: String,
    /// "03.12.2026".
    pub last_changed: String,
}

/// The total line: every unit in view, weighted by avtalte dagsverk.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Total {
    /// Σ tapte / Σ avtalte × 100; `None` without workdays, or when masked.
    pub pct: Option<f64>,
    pub masked: bool,
    /// Σ target × avtalte / Σ avtalte over the units in the total that have a target.
    pub target: Option<f64>,
    pub gap_points: Option<f64>,
    pub presence: Option<f64>,
    /// Units whose workdays are in the total.
    pub units_in_total: usize,
    /// Units with only percentages, which have no weight and are not in the total.
    pub units_without_days: usize,
    pub status_counts: [usize; 6],
    pub measures: usize,
    /// As [`UnitLine::kind_counts`], summed over the lines.
    pub kind_counts: [usize; 3],
    /// As [`UnitLine::level_counts`], summed over the lines.
    pub level_counts: [usize; 3],
    pub overdue: usize,
    pub milestones_reached: usize,
    pub milestones: usize,
    pub text: LineText,
}

/// The overview of one year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rollup {
    pub year: i32,
    /// Years found in the files, newest first (to choose another).
    pub years: Vec<i32>,
    /// The day it was made (Forsinket, the print's date).
    pub today: NaiveDate,
    /// The newest month any unit has figures for: "missing" is counted up to it.
    pub through: Option<YearMonth>,
    pub lines: Vec<UnitLine>,
    pub total: Total,
    /// A subtotal per sector, by name (units without a sector last); empty when no unit in
    /// view has a sector.
    pub sectors: Vec<SectorTotal>,
    /// The sector asked for ("" for all).
    pub sector: String,
    /// The funnel's centre and overdispersion over the units in view.
    pub funnel: funnel::Funnel,
    /// Files (or boards) that could not be read, and why.
    pub skipped: Vec<Skipped>,
    /// The filter in use ("" for none) and how many units it hid.
    pub filter: String,
    pub filtered_out: usize,
}

/// Builds the overview of `year` (default: this year, or the newest found) from what was
/// read. Two boards of the same unit and year are both left out and listed as skipped:
/// which of them is right is for a person to say. Lines come sorted furthest above target
/// first.
pub fn roll_up(loaded: Loaded, year: Option<i32>, today: NaiveDate) -> Rollup {
    let Loaded {
        boards,
        mut skipped,
    } = loaded;
    let mut years: Vec<i32> = boards.iter().map(|b| b.board.year).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    let year = year
        .or_else(|| default_year(&years, today))
        .unwrap_or(today.year());
    let of_year: Vec<&LoadedBoard> = boards.iter().filter(|b| b.board.year == year).collect();
    let mut of_year = newest_of_each_board(of_year, &mut skipped);
    // A unit is its name within its sector: «Kontoret» in Oppvekst and in Teknisk are two.
    let unit_key = |b: &LoadedBoard| (sector_key(&sector_of(b)), nb::sort_key(b.board.unit.trim()));
    of_year.sort_by_cached_key(|b| (unit_key(b), b.file.clone(), b.id));
    // Two boards of one unit and year: both out, each naming the other.
    let mut kept: Vec<&LoadedBoard> = Vec::new();
    let mut i = 0;
    while i < of_year.len() {
        let key = unit_key(of_year[i]);
        let mut j = i + 1;
        while j < of_year.len() && unit_key(of_year[j]) == key {
            j += 1;
        }
        if j - i == 1 {
            kept.push(of_year[i]);
        } else {
            let group = &of_year[i..j];
            for b in group {
                let others: Vec<String> = group
                    .iter()
                    .filter(|o| !std::ptr::eq(**o, *b))
                    .map(|o| format!("«{}»", file_label(&o.file)))
                    .collect();
                skipped.push(Skipped {
                    file: b.file.clone(),
                    reason: tavle_model::tr!(
                        "rollup-duplicate",
                        unit = b.board.unit.trim(),
                        year = year.to_string(),
                        others = others.join(", ")
                    ),
                });
            }
        }
        i = j;
    }
    let through = kept
        .iter()
        .flat_map(|b| b.board.absence.iter())
        .filter(|m| m.percent().is_some())
        .map(|m| m.month)
        .max();
    let mut lines: Vec<UnitLine> = kept.iter().map(|b| unit_line(b, today, through)).collect();
    sort_lines(&mut lines, SortKey::Gap, true);
    skipped.sort_by(|a, b| a.file.cmp(&b.file));
    let total = total_of(&lines);
    let sectors = sector_totals(&lines);
    let funnel = place_in_funnel(&mut lines);
    Rollup {
        year,
        years,
        today,
        through,
        lines,
        total,
        sectors,
        sector: String::new(),
        funnel,
        skipped,
        filter: String::new(),
        filtered_out: 0,
    }
}

/// Two snapshots of one board (the same identity: a copy left under an old name, a file
/// copied by hand into another sector's folder): the newest is kept, the others are listed
/// under «Hoppet over», each naming the one kept.
fn newest_of_each_board<'a>(
    boards: Vec<&'a LoadedBoard>,
    skipped: &mut Vec<Skipped>,
) -> Vec<&'a LoadedBoard> {
    let mut by_identity: std::collections::HashMap<&str, Vec<&'a LoadedBoard>> =
        std::collections::HashMap::new();
    let mut kept = Vec::with_capacity(boards.len());
    for b in boards {
        if b.board.identity.is_empty() {
            kept.push(b);
        } else {
            by_identity.entry(&b.board.identity).or_default().push(b);
        }
    }
    for (_, mut group) in by_identity {
        // Newest first; the same time: by file name, so the choice never wavers.
        group.sort_by(|a, b| {
            b.last_changed
                .cmp(&a.last_changed)
                .then_with(|| a.file.cmp(&b.file))
        });
        let newest = group[0];
        for older in &group[1..] {
            skipped.push(Skipped {
                file: older.file.clone(),
                reason: tavle_model::tr!(
                    "rollup-same-board-twice",
                    unit = older.board.unit.trim(),
                    file = file_label(&older.file),
                    newest = file_label(&newest.file)
                ),
            });
        }
        kept.push(newest);
    }
    kept
}

/// A subtotal per sector, by name in Norwegian order, the units without a sector last;
/// nothing when no line has a sector.
pub(crate) fn sector_totals(lines: &[UnitLine]) -> Vec<SectorTotal> {
    if lines.iter().all(|l| l.sector.is_empty()) {
        return Vec::new();
    }
    let mut names: Vec<String> = lines.iter().map(|l| sector_key(&l.sector)).collect();
    names.sort_by_cached_key(|n| (n.is_empty(), nb::sort_key(n)));
    names.dedup();
    names
        .into_iter()
        .map(|key| {
            let mine: Vec<UnitLine> = lines
                .iter()
                .filter(|l| sector_key(&l.sector) == key)
                .cloned()
                .collect();
            SectorTotal {
                // As the first unit of it spells it.
                name: mine.first().map(|l| l.sector.clone()).unwrap_or_default(),
                units: mine.len(),
                total: total_of(&mine),
            }
        })
        .collect()
}

/// A board's sector: its own, else the subfolder it was found in.
pub(crate) fn sector_of(b: &LoadedBoard) -> String {
    if b.board.sector.trim().is_empty() {
        b.folder.trim().to_string()
    } else {
        b.board.sector.trim().to_string()
    }
}

/// A name as compared for filters and sectors: trimmed, lower case, every dash (- – —) one.
pub(crate) fn sector_key(name: &str) -> String {
    name.trim()
        .to_lowercase()
        .chars()
        .map(|c| {
            if matches!(c, '–' | '—' | '‐' | '‑' | '−') {
                '-'
            } else {
                c
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The funnel over `lines` (units with workdays; masked ones count but get no point), each
/// line given its point.
fn place_in_funnel(lines: &mut [UnitLine]) -> funnel::Funnel {
    let inputs: Vec<funnel::FunnelInput> = lines
        .iter()
        .map(|l| funnel::FunnelInput {
            agreed_days: l.days.agreed,
            lost_days: l.days.lost,
            masked: l.masked,
        })
        .collect();
    let funnel = funnel::funnel(&inputs);
    for (line, point) in lines.iter_mut().zip(&funnel.points) {
        line.funnel = *point;
    }
    funnel
}

/// A file's name for messages (the whole path is long and the same folder for all).
pub fn file_label(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

impl Rollup {
    /// "Fraværstall til og med oktober 2026" or "Ingen fraværstall ennå", in the current
    /// language.
    pub fn through_text(&self) -> String {
        self.through_text_in(Lang::current())
    }

    /// [`Rollup::through_text`] in `lang`.
    pub fn through_text_in(&self, lang: Lang) -> String {
        match self.through {
            Some(t) => lang.format(
                "rollup-through",
                &[
                    ("month", nb::month_name(t.month).into()),
                    ("year", t.year.to_string().into()),
                ],
            ),
            None => lang.text("rollup-no-through"),
        }
    }
}
