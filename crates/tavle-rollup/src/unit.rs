//! One unit's line and the total: sums of workdays, the year to date, masking of small
//! units, the direction of the last months and the months missing (see the rules in the
//! module docs of [`crate`]).

use chrono::{Datelike, NaiveDate, Weekday};

use super::LoadedBoard;
use super::{Direction, LineText, Total, UnitLine, FLAT_POINTS, MASK_BELOW_FTE};
use tavle_model::lang::Lang;
use tavle_model::model::{AbsenceMonth, MeasureKind, MeasureLevel, Row, Status, YearMonth};
use tavle_model::nb;
use tavle_model::stats::{year_to_date, YtdBasis};

/// Workday sums of the months that have them.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(super) struct Days {
    pub(super) agreed: f64,
    pub(super) lost: f64,
    /// Σ agreed days / working days, summed over months (for the size).
    fte_months: f64,
    months: usize,
    /// The same without the holiday months ([`HOLIDAY_MONTHS`]).
    fte_working_months: f64,
    working_months: usize,
}

/// Months left out when a unit's size is estimated from its agreed days: July, the common
/// holiday (fellesferien), when agreed days drop as staff take leave without a stand-in,
/// so a unit of five came out at 4,66 årsverk and was hidden.
pub const HOLIDAY_MONTHS: [u32; 1] = [7];

impl Days {
    /// The unit's estimated size in årsverk: the mean over its months with workdays of
    /// agreed days / working days, the holiday months left out (all months when it has
    /// figures for the holiday months alone).
    pub(super) fn fte(&self) -> Option<f64> {
        if self.working_months > 0 {
            Some(self.fte_working_months / self.working_months as f64)
        } else {
            (self.months > 0).then(|| self.fte_months / self.months as f64)
        }
    }
}

/// Where a unit's size (for masking) comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SizeSource {
    /// Antall årsverk as the leader gave it in the board's header.
    Given,
    /// Estimated from agreed days, without the holiday months.
    Estimated,
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

pub(super) fn days_of(months: &[AbsenceMonth]) -> Days {
    let mut d = Days::default();
    for m in months {
        if let Some((agreed, lost)) = m.days() {
            d.agreed += agreed;
            d.lost += lost;
            let fte = agreed / f64::from(working_days(m.month).max(1));
            d.fte_months += fte;
            d.months += 1;
            if !HOLIDAY_MONTHS.contains(&m.month.month) {
                d.fte_working_months += fte;
                d.working_months += 1;
            }
        }
    }
    d
}

/// The last (up to) three months with figures: their direction.
pub(super) fn direction(months: &[AbsenceMonth]) -> Option<Direction> {
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
pub fn missing_text(missing: &[u32], through: Option<YearMonth>, lang: Lang) -> String {
    match through {
        Some(t) if !missing.is_empty() && missing.len() as u32 == t.month => {
            lang.text("rollup-missing-all")
        }
        _ => missing
            .iter()
            .map(|&m| SHORT_MONTHS[(m as usize).saturating_sub(1) % 12])
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// "+1,3", "−0,4", "0,0".
pub(super) fn points_short(x: f64) -> String {
    let s = nb::number1(x);
    if s.starts_with('−') || s == "0,0" {
        s
    } else {
        format!("+{s}")
    }
}

/// One unit's line for `year`, given the roll-up's newest month.
pub(super) fn unit_line(b: &LoadedBoard, today: NaiveDate, through: Option<YearMonth>) -> UnitLine {
    let board = &b.board;
    let mut days = days_of(&board.absence);
    let (size, size_source) = match board.staff {
        Some(staff) => (Some(staff), Some(SizeSource::Given)),
        None => (days.fte(), days.fte().map(|_| SizeSource::Estimated)),
    };
    let masked = size.is_some_and(|fte| fte < MASK_BELOW_FTE);
    let unmasked_ytd = year_to_date(&board.absence);
    // One rule for a unit's line and its part of the total: a unit whose months are all in
    // workdays is in the total with them; a unit with a month of percentage only is the
    // mean of its months on its line and not in the total (as a unit with only percentages),
    // so a total of it alone says what its line says.
    let in_total = unmasked_ytd.is_some_and(|y| y.basis == YtdBasis::Workdays);
    if !in_total {
        days = Days {
            fte_months: days.fte_months,
            months: days.months,
            fte_working_months: days.fte_working_months,
            working_months: days.working_months,
            ..Days::default()
        };
    }
    let ytd = if masked { None } else { unmasked_ytd };
    let gap = ytd.zip(board.target_pct).map(|(y, t)| y.pct - t);
    let presence = ytd.map(|y| tavle_model::stats::presence(y.pct));
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
    let (kind_counts, level_counts) = measure_counts(&board.rows);
    let overdue = board.rows.iter().filter(|r| r.is_overdue(today)).count();
    let milestones = board.plan.milestones.len();
    let milestones_reached = board
        .plan
        .milestones
        .iter()
        .filter(|m| m.reached_on.is_some())
        .count();
    let lang = Lang::current();
    let basis = line_basis(
        masked.then_some(size_source).flatten(),
        ytd.map(|y| y.basis),
        lang,
    );
    let text = LineText {
        year_to_date: if masked {
            lang.text("rollup-hidden")
        } else {
            ytd.map(|y| nb::pct(y.pct)).unwrap_or_default()
        },
        basis,
        target: board.target_pct.map(nb::pct).unwrap_or_default(),
        gap: gap.map(points_short).unwrap_or_default(),
        presence: presence.map(nb::pct).unwrap_or_default(),
        direction: direction.map(|d| d.label_in(lang)).unwrap_or_default(),
        missing: missing_text(&missing_months, through, lang),
        milestones: milestones_text(milestones_reached, milestones, lang),
        last_changed: b
            .last_changed
            .map(|t| nb::date(t.date()))
            .unwrap_or_default(),
    };
    let sector = super::sector_of(b);
    UnitLine {
        unit: board.unit.clone(),
        sector,
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
        kind_counts,
        level_counts,
        overdue,
        milestones_reached,
        milestones,
        last_changed: b.last_changed,
        in_total,
        size_source,
        text,
        funnel: None,
        days,
        size,
    }
}

/// A line's basis in `lang`: [`line_basis`] for the line.
pub fn line_basis_of(l: &super::UnitLine, lang: Lang) -> String {
    let masked_by = l.masked.then_some(l.size_source).flatten();
    line_basis(masked_by, l.year_to_date.map(|y| y.basis), lang)
}

/// What a unit's year to date is based on, in `lang`: "dagsverk", "snitt av måneder",
/// "under 5 årsverk (oppgitt)" or "under 5 årsverk (anslått …)" (masked, and by which
/// size) or "ingen tall".
pub(super) fn line_basis(
    masked_by: Option<SizeSource>,
    basis: Option<YtdBasis>,
    lang: Lang,
) -> String {
    if let Some(source) = masked_by {
        return lang.format(
            match source {
                SizeSource::Given => "rollup-basis-masked-given",
                SizeSource::Estimated => "rollup-basis-masked-estimated",
            },
            &[
                ("fte", nb::number(MASK_BELOW_FTE).into()),
                ("months", holiday_months_text(lang).into()),
            ],
        );
    }
    match basis {
        Some(YtdBasis::Workdays) => lang.text("rollup-basis-days"),
        Some(YtdBasis::MonthlyMean) => lang.text("basis-monthly-mean"),
        None => lang.text("no-figures"),
    }
}

/// What the total is based on, in `lang`: "vektet med avtalte dagsverk", "under 5
/// årsverk" (masked) or "ingen dagsverk".
pub fn total_basis(masked: bool, has_pct: bool, lang: Lang) -> String {
    if masked {
        lang.format(
            "rollup-basis-masked",
            &[("fte", nb::number(MASK_BELOW_FTE).into())],
        )
    } else if has_pct {
        lang.text("rollup-basis-weighted")
    } else {
        lang.text("rollup-no-days")
    }
}

/// The holiday months left out of a size estimate, by name ("juli").
pub fn holiday_months_text(_lang: Lang) -> String {
    HOLIDAY_MONTHS
        .iter()
        .map(|&m| nb::month_name(m))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "3 av 8" milestones reached, "" without milestones.
fn milestones_text(reached: usize, total: usize, lang: Lang) -> String {
    if total == 0 {
        String::new()
    } else {
        lang.format(
            "rollup-milestones-of",
            &[
                ("reached", reached.to_string().into()),
                ("total", total.to_string().into()),
            ],
        )
    }
}

/// Rows per Tiltakstype and per Innsats, in `MeasureKind::ALL` and `MeasureLevel::ALL`
/// order; a row without one is in neither count (the measures less the sum is «uten»).
pub fn measure_counts(rows: &[Row]) -> ([usize; 3], [usize; 3]) {
    let mut kinds = [0usize; 3];
    let mut levels = [0usize; 3];
    for row in rows {
        if let Some(i) = row
            .kind
            .and_then(|k| MeasureKind::ALL.iter().position(|x| *x == k))
        {
            kinds[i] += 1;
        }
        if let Some(i) = row
            .level
            .and_then(|k| MeasureLevel::ALL.iter().position(|x| *x == k))
        {
            levels[i] += 1;
        }
    }
    (kinds, levels)
}

/// The total of `lines`: Σ tapte / Σ avtalte, never a mean of percentages.
pub(super) fn total_of(lines: &[UnitLine]) -> Total {
    let lang = Lang::current();
    let in_total: Vec<&UnitLine> = lines.iter().filter(|l| l.in_total).collect();
    let agreed: f64 = in_total.iter().map(|l| l.days.agreed).sum();
    let lost: f64 = in_total.iter().map(|l| l.days.lost).sum();
    let fte: f64 = in_total.iter().filter_map(|l| l.size).sum();
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
    let presence = pct.map(tavle_model::stats::presence);
    let mut status_counts = [0usize; 6];
    for l in lines {
        for (sum, n) in status_counts.iter_mut().zip(l.status_counts) {
            *sum += n;
        }
    }
    let mut kind_counts = [0usize; 3];
    let mut level_counts = [0usize; 3];
    for l in lines {
        for (sum, n) in kind_counts.iter_mut().zip(l.kind_counts) {
            *sum += n;
        }
        for (sum, n) in level_counts.iter_mut().zip(l.level_counts) {
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
        kind_counts,
        level_counts,
        overdue: lines.iter().map(|l| l.overdue).sum(),
        milestones_reached,
        milestones,
        text: LineText {
            year_to_date: if masked {
                lang.text("rollup-hidden")
            } else {
                pct.map(nb::pct).unwrap_or_default()
            },
            basis: total_basis(masked, pct.is_some(), lang),
            target: target.map(nb::pct).unwrap_or_default(),
            gap: gap.map(points_short).unwrap_or_default(),
            presence: presence.map(nb::pct).unwrap_or_default(),
            direction: String::new(),
            missing: String::new(),
            milestones: milestones_text(milestones_reached, milestones, lang),
            last_changed: String::new(),
        },
    }
}

/// The year to show when none is asked for: this year if any board has it, else the newest.
pub(super) fn default_year(years: &[i32], today: NaiveDate) -> Option<i32> {
    if years.contains(&today.year()) {
        Some(today.year())
    } else {
        years.first().copied()
    }
}
