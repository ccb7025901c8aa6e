//! "Oversikt over enheter": every unit's board for one year, side by side, for HR and the
//! steering group, and one total for all of them.
//!
//! The arithmetic here is pure (loaded boards in, lines and a total out); reading the
//! shared folder is in [`read`], the text, CSV and Excel forms in [`export`], the PDF in
//! `print::rollup`.
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

pub mod export;
pub mod read;

use std::cmp::Ordering;
use std::path::PathBuf;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::{AbsenceMonth, BoardId, Status, YearMonth};
use crate::nb;
use crate::stats::{year_to_date, YearToDate, YtdBasis};

pub use read::{read_boards, Loaded, LoadedBoard, Skipped};

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
    /// The words in the overview.
    pub fn label(self) -> &'static str {
        match self {
            Direction::Up => "↑ stiger",
            Direction::Flat => "→ stabil",
            Direction::Down => "↓ synker",
        }
    }
}

/// One unit's line in the overview.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitLine {
    pub unit: String,
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
    pub overdue: usize,
    pub milestones_reached: usize,
    pub milestones: usize,
    /// When the file was last written (the snapshot's publishing time).
    pub last_changed: Option<NaiveDateTime>,
    /// Its months with workdays count in the total.
    pub in_total: bool,
    /// The Norwegian texts of the line, so every screen and export says the same.
    pub text: LineText,
    /// Workday sums behind the total; never shown (a masked unit's figure is in them).
    #[serde(skip)]
    days: Days,
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

/// Workday sums of the months that have them.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Days {
    agreed: f64,
    lost: f64,
    /// Σ agreed days / working days, summed over months (for the size).
    fte_months: f64,
    months: usize,
}

impl Days {
    fn fte(&self) -> Option<f64> {
        (self.months > 0).then(|| self.fte_months / self.months as f64)
    }
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
    /// Files (or boards) that could not be read, and why.
    pub skipped: Vec<Skipped>,
    /// The filter in use ("" for none) and how many units it hid.
    pub filter: String,
    pub filtered_out: usize,
}

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

    /// The CLI's names (Norwegian or English).
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s.trim().to_lowercase().as_str() {
            "enhet" | "unit" => SortKey::Unit,
            "fravær" | "fravaer" | "hittil" | "ytd" => SortKey::YearToDate,
            "mål" | "maal" | "mal" | "target" => SortKey::Target,
            "avstand" | "gap" => SortKey::Gap,
            "nærvær" | "naervaer" | "presence" => SortKey::Presence,
            "retning" | "direction" => SortKey::Direction,
            "mangler" | "missing" => SortKey::Missing,
            "tiltak" | "measures" => SortKey::Measures,
            "forsinket" | "forsinkede" | "overdue" => SortKey::Overdue,
            "delmål" | "delmal" | "milestones" => SortKey::Milestones,
            "endret" | "sist-endret" | "changed" => SortKey::LastChanged,
            _ => {
                return Err(Error::invalid(format!(
                    "Ukjent kolonne «{s}» å sortere etter. Bruk enhet, fravær, mål, avstand, nærvær, retning, mangler, tiltak, forsinket, delmål eller endret."
                )))
            }
        })
    }
}

/// Working days (Monday to Friday) in a month: what one full-time employee is agreed for.
pub fn working_days(month: YearMonth) -> u32 {
    let first = month.first_day();
    let weekdays = (0..month.last_day().day())
        .filter_map(|d| first.checked_add_days(chrono::Days::new(u64::from(d))))
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .count();
    weekdays as u32
}

fn days_of(months: &[AbsenceMonth]) -> Days {
    let mut d = Days::default();
    for m in months {
        if let Some((agreed, lost)) = m.days() {
            d.agreed += agreed;
            d.lost += lost;
            d.fte_months += agreed / f64::from(working_days(m.month).max(1));
            d.months += 1;
        }
    }
    d
}

/// The last (up to) three months with figures: their direction.
fn direction(months: &[AbsenceMonth]) -> Option<Direction> {
    let mut with_pct: Vec<(YearMonth, f64)> = months
        .iter()
        .filter_map(|m| m.percent().map(|p| (m.month, p)))
        .collect();
    with_pct.sort_by_key(|m| m.0);
    let last3 = &with_pct[with_pct.len().saturating_sub(3)..];
    let (first, last) = (last3.first()?, last3.last()?);
    if last3.len() < 2 {
        return None;
    }
    let change = last.1 - first.1;
    Some(if change > FLAT_POINTS {
        Direction::Up
    } else if change < -FLAT_POINTS {
        Direction::Down
    } else {
        Direction::Flat
    })
}

const SHORT_MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des",
];

/// "mar, apr", "alle" when every month up to `through` is missing, "" when none.
fn missing_text(missing: &[u32], through: Option<YearMonth>) -> String {
    match through {
        Some(t) if !missing.is_empty() && missing.len() as u32 == t.month => "alle".to_string(),
        _ => missing
            .iter()
            .map(|&m| SHORT_MONTHS[(m as usize).saturating_sub(1) % 12])
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// "+1,3", "−0,4", "0,0".
fn points_short(x: f64) -> String {
    let s = nb::number1(x);
    if s.starts_with('−') || s == "0,0" {
        s
    } else {
        format!("+{s}")
    }
}

/// One unit's line for `year`, given the roll-up's newest month.
fn unit_line(b: &LoadedBoard, today: NaiveDate, through: Option<YearMonth>) -> UnitLine {
    let board = &b.board;
    let days = days_of(&board.absence);
    let masked = days.fte().is_some_and(|fte| fte < MASK_BELOW_FTE);
    let ytd = if masked {
        None
    } else {
        year_to_date(&board.absence)
    };
    let gap = ytd.zip(board.target_pct).map(|(y, t)| y.pct - t);
    let presence = ytd.map(|y| crate::stats::presence(y.pct));
    let direction = if masked {
        None
    } else {
        direction(&board.absence)
    };
    let missing_months: Vec<u32> = match through {
        Some(t) if t.year == board.year => (1..=t.month)
            .filter(|&m| {
                !board
                    .absence
                    .iter()
                    .any(|a| a.month.month == m && a.percent().is_some())
            })
            .collect(),
        _ => Vec::new(),
    };
    let mut status_counts = [0usize; 6];
    for row in &board.rows {
        if let Some(i) = Status::ALL.iter().position(|s| *s == row.status) {
            status_counts[i] += 1;
        }
    }
    let overdue = board.rows.iter().filter(|r| r.is_overdue(today)).count();
    let milestones = board.plan.milestones.len();
    let milestones_reached = board
        .plan
        .milestones
        .iter()
        .filter(|m| m.reached_on.is_some())
        .count();
    let basis = if masked {
        format!("under {} årsverk", nb::number(MASK_BELOW_FTE))
    } else {
        match ytd.map(|y| y.basis) {
            Some(YtdBasis::Workdays) => "dagsverk".to_string(),
            Some(YtdBasis::MonthlyMean) => "snitt av måneder".to_string(),
            None => "ingen tall".to_string(),
        }
    };
    let text = LineText {
        year_to_date: if masked {
            "skjult".to_string()
        } else {
            ytd.map(|y| nb::pct(y.pct)).unwrap_or_default()
        },
        basis,
        target: board.target_pct.map(nb::pct).unwrap_or_default(),
        gap: gap.map(points_short).unwrap_or_default(),
        presence: presence.map(nb::pct).unwrap_or_default(),
        direction: direction.map(|d| d.label().to_string()).unwrap_or_default(),
        missing: missing_text(&missing_months, through),
        milestones: if milestones == 0 {
            String::new()
        } else {
            format!("{milestones_reached} av {milestones}")
        },
        last_changed: b
            .last_changed
            .map(|t| nb::date(t.date()))
            .unwrap_or_default(),
    };
    UnitLine {
        unit: board.unit.clone(),
        year: board.year,
        file: b.file.clone(),
        board: b.id,
        masked,
        year_to_date: ytd,
        target: board.target_pct,
        gap_points: gap,
        presence,
        direction,
        missing_months,
        status_counts,
        measures: board.rows.len(),
        overdue,
        milestones_reached,
        milestones,
        last_changed: b.last_changed,
        in_total: days.months > 0,
        text,
        days,
    }
}

/// The total of `lines`: Σ tapte / Σ avtalte, never a mean of percentages.
fn total_of(lines: &[UnitLine]) -> Total {
    let in_total: Vec<&UnitLine> = lines.iter().filter(|l| l.in_total).collect();
    let agreed: f64 = in_total.iter().map(|l| l.days.agreed).sum();
    let lost: f64 = in_total.iter().map(|l| l.days.lost).sum();
    let fte: f64 = in_total.iter().filter_map(|l| l.days.fte()).sum();
    let masked = !in_total.is_empty() && fte < MASK_BELOW_FTE;
    let pct = (agreed > 0.0 && !masked).then(|| lost / agreed * 100.0);
    let with_target: Vec<(f64, f64)> = in_total
        .iter()
        .filter_map(|l| l.target.map(|t| (t, l.days.agreed)))
        .collect();
    let weight: f64 = with_target.iter().map(|(_, a)| a).sum();
    let target =
        (weight > 0.0).then(|| with_target.iter().map(|(t, a)| t * a).sum::<f64>() / weight);
    let gap = pct.zip(target).map(|(p, t)| p - t);
    let presence = pct.map(crate::stats::presence);
    let mut status_counts = [0usize; 6];
    for l in lines {
        for (sum, n) in status_counts.iter_mut().zip(l.status_counts) {
            *sum += n;
        }
    }
    let milestones: usize = lines.iter().map(|l| l.milestones).sum();
    let milestones_reached: usize = lines.iter().map(|l| l.milestones_reached).sum();
    let units_without_days = lines
        .iter()
        .filter(|l| !l.in_total && l.year_to_date.is_some())
        .count();
    Total {
        pct,
        masked,
        target,
        gap_points: gap,
        presence,
        units_in_total: in_total.len(),
        units_without_days,
        status_counts,
        measures: lines.iter().map(|l| l.measures).sum(),
        overdue: lines.iter().map(|l| l.overdue).sum(),
        milestones_reached,
        milestones,
        text: LineText {
            year_to_date: if masked {
                "skjult".to_string()
            } else {
                pct.map(nb::pct).unwrap_or_default()
            },
            basis: if masked {
                format!("under {} årsverk", nb::number(MASK_BELOW_FTE))
            } else if pct.is_some() {
                "vektet med avtalte dagsverk".to_string()
            } else {
                "ingen dagsverk".to_string()
            },
            target: target.map(nb::pct).unwrap_or_default(),
            gap: gap.map(points_short).unwrap_or_default(),
            presence: presence.map(nb::pct).unwrap_or_default(),
            direction: String::new(),
            missing: String::new(),
            milestones: if milestones == 0 {
                String::new()
            } else {
                format!("{milestones_reached} av {milestones}")
            },
            last_changed: String::new(),
        },
    }
}

/// The year to show when none is asked for: this year if any board has it, else the newest.
fn default_year(years: &[i32], today: NaiveDate) -> Option<i32> {
    if years.contains(&today.year()) {
        Some(today.year())
    } else {
        years.first().copied()
    }
}

/// Norwegian sort key: case-blind, æ, ø, å after z.
fn nb_key(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'æ' => '\u{7b}',
            'ø' => '\u{7c}',
            'å' => '\u{7d}',
            other => other,
        })
        .collect()
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
    let mut of_year: Vec<&LoadedBoard> = boards.iter().filter(|b| b.board.year == year).collect();
    of_year.sort_by_cached_key(|b| (nb_key(b.board.unit.trim()), b.file.clone(), b.id));
    // Two boards of one unit and year: both out, each naming the other.
    let mut kept: Vec<&LoadedBoard> = Vec::new();
    let mut i = 0;
    while i < of_year.len() {
        let key = nb_key(of_year[i].board.unit.trim());
        let mut j = i + 1;
        while j < of_year.len() && nb_key(of_year[j].board.unit.trim()) == key {
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
                    reason: format!(
                        "to tavler for samme enhet og år: «{}» {year} finnes også i {}. Ingen av dem er med; fjern den som er feil.",
                        b.board.unit.trim(),
                        others.join(", ")
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
    Rollup {
        year,
        years,
        today,
        through,
        lines,
        total,
        skipped,
        filter: String::new(),
        filtered_out: 0,
    }
}

/// Reads `inputs` (folders of `.tavle` files, or files) and builds the overview of `year`.
/// Fails only when nothing at all could be read; the message then lists what was skipped.
pub fn overview(inputs: &[PathBuf], year: Option<i32>, today: NaiveDate) -> Result<Rollup> {
    Ok(roll_up(read_some(inputs)?, year, today))
}

/// [`read_boards`], failing (with what was skipped, and why) when not one board was read.
pub fn read_some(inputs: &[PathBuf]) -> Result<Loaded> {
    let loaded = read_boards(inputs);
    if loaded.boards.is_empty() {
        let places: Vec<String> = inputs
            .iter()
            .map(|p| format!("«{}»", p.display()))
            .collect();
        let mut message = format!(
            "Fant ingen Tavle-filer som kunne leses i {}. Sjekk at mappen er den dere deler, og at lederne har delt tavlene sine (Del med HR).",
            places.join(", ")
        );
        if !loaded.skipped.is_empty() {
            message.push_str("\nHoppet over:");
            for s in &loaded.skipped {
                message.push_str(&format!("\n  {}: {}", s.file.display(), s.reason));
            }
        }
        return Err(Error::invalid(message));
    }
    Ok(loaded)
}

/// A file's name for messages (the whole path is long and the same folder for all).
pub fn file_label(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
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
        let by_name = || nb_key(&a.unit).cmp(&nb_key(&b.unit));
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

    /// "Tall til og med oktober 2026" or "Ingen fraværstall ennå".
    pub fn through_text(&self) -> String {
        match self.through {
            Some(t) => format!(
                "Fraværstall til og med {} {}",
                nb::month_name(t.month),
                t.year
            ),
            None => "Ingen fraværstall ennå".to_string(),
        }
    }

    /// The statuses' labels, in the order of every `status_counts`.
    pub fn status_labels() -> [&'static str; 6] {
        Status::ALL.map(Status::label)
    }
}

#[cfg(test)]
mod tests;
