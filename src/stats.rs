//! Absence arithmetic: year to date, presence, and the distance to the target.
//!
//! Two different differences exist between percentages and they are never mixed up:
//! the gap in **prosentpoeng** (9,1 % → 7 % is −2,1) and the relative change in
//! **percent** (the same move is a 23 % reduction).

use serde::Serialize;

use crate::model::AbsenceMonth;

/// How the year to date was computed; always shown to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum YtdBasis {
    /// Σ lost workdays / Σ agreed workdays: every month had workdays.
    Workdays,
    /// The mean of the monthly percentages: some month had only a percentage.
    MonthlyMean,
}

impl YtdBasis {
    /// The words printed beside the figure.
    pub fn label(self) -> &'static str {
        match self {
            YtdBasis::Workdays => "basert på dagsverk",
            YtdBasis::MonthlyMean => "snitt av måneder",
        }
    }
}

/// Sykefravær hittil i år.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct YearToDate {
    pub pct: f64,
    pub basis: YtdBasis,
    /// How many months it covers.
    pub months: usize,
}

/// Year to date over the given months: weighted by workdays when every month has them,
/// otherwise the mean of the monthly percentages. `None` when there are no months.
pub fn year_to_date(months: &[AbsenceMonth]) -> Option<YearToDate> {
    let with_pct: Vec<f64> = months.iter().filter_map(AbsenceMonth::percent).collect();
    if with_pct.is_empty() {
        return None;
    }
    let days: Option<Vec<(f64, f64)>> = months.iter().map(AbsenceMonth::days).collect();
    match days {
        Some(days) if days.iter().map(|d| d.0).sum::<f64>() > 0.0 => {
            let agreed: f64 = days.iter().map(|d| d.0).sum();
            let lost: f64 = days.iter().map(|d| d.1).sum();
            Some(YearToDate {
                pct: lost / agreed * 100.0,
                basis: YtdBasis::Workdays,
                months: days.len(),
            })
        }
        _ => Some(YearToDate {
            pct: with_pct.iter().sum::<f64>() / with_pct.len() as f64,
            basis: YtdBasis::MonthlyMean,
            months: with_pct.len(),
        }),
    }
}

/// Nærvær = 100 − fravær.
pub fn presence(absence_pct: f64) -> f64 {
    100.0 - absence_pct
}

/// The difference between two percentages, in both of its honest forms.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Change {
    /// `to − from`, in prosentpoeng.
    pub points: f64,
    /// `(to − from) / from × 100`, in percent; `None` when `from` is 0.
    pub relative_pct: Option<f64>,
}

/// The change from one percentage to another (9,1 → 7: −2,1 prosentpoeng, −23 %).
pub fn change(from: f64, to: f64) -> Change {
    Change {
        points: to - from,
        relative_pct: (from != 0.0).then(|| (to - from) / from * 100.0),
    }
}

/// How far the current absence is from the target: positive means above target.
pub fn gap_to_target(current: f64, target: f64) -> Change {
    change(target, current)
}

/// Under this many agreed workdays in a month (about five full-time employees), a
/// percentage can point to one person.
pub const SMALL_UNIT_AGREED_DAYS: f64 = 5.0 * 20.0;

/// True when a month's workdays are so few that its percentage may identify a person.
pub fn is_small_unit(month: &AbsenceMonth) -> bool {
    month
        .agreed_days
        .is_some_and(|agreed| agreed < SMALL_UNIT_AGREED_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::YearMonth;

    fn ym(s: &str) -> YearMonth {
        s.parse().unwrap()
    }

    #[test]
    fn year_to_date_is_weighted_by_workdays_when_every_month_has_them() {
        let months = [
            AbsenceMonth::from_days(ym("2025-01"), 200.0, 30.0),
            AbsenceMonth::from_days(ym("2025-02"), 400.0, 20.0),
            AbsenceMonth::from_days(ym("2025-03"), 400.0, 20.0),
        ];
        let ytd = year_to_date(&months).unwrap();
        assert_eq!(ytd.basis, YtdBasis::Workdays);
        assert_eq!(crate::nb::pct(ytd.pct), "7,0 %");
        // The mean of the months would have said 8,3 %.
        let mean = months.iter().filter_map(AbsenceMonth::percent).sum::<f64>() / 3.0;
        assert_eq!(crate::nb::pct(mean), "8,3 %");
    }

    #[test]
    fn year_to_date_falls_back_to_the_mean_when_a_month_has_only_a_percentage() {
        let months = [
            AbsenceMonth::from_pct(ym("2025-01"), 9.0),
            AbsenceMonth::from_days(ym("2025-02"), 400.0, 20.0),
        ];
        let ytd = year_to_date(&months).unwrap();
        assert_eq!(ytd.basis, YtdBasis::MonthlyMean);
        assert!((ytd.pct - 7.0).abs() < 1e-9);
        assert_eq!(ytd.months, 2);
    }

    #[test]
    fn no_months_no_year_to_date() {
        assert_eq!(year_to_date(&[]), None);
    }

    #[test]
    fn points_and_percent_are_different_things() {
        let c = change(9.1, 7.0);
        assert_eq!(crate::nb::points(c.points), "−2,1 prosentpoeng");
        assert_eq!(c.relative_pct.unwrap().round(), -23.0);
        let gap = gap_to_target(9.1, 7.0);
        assert!((gap.points - 2.1).abs() < 1e-9);
        assert!((presence(9.1) - 90.9).abs() < 1e-9);
    }

    #[test]
    fn few_workdays_warn_of_a_small_unit() {
        assert!(is_small_unit(&AbsenceMonth::from_days(
            ym("2025-01"),
            80.0,
            4.0
        )));
        assert!(!is_small_unit(&AbsenceMonth::from_days(
            ym("2025-01"),
            420.0,
            4.0
        )));
        assert!(!is_small_unit(&AbsenceMonth::from_pct(ym("2025-01"), 4.0)));
    }
}
