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
    /// The words printed beside the figure, in `lang`.
    pub fn label_in(self, lang: crate::lang::Lang) -> String {
        lang.text(match self {
            YtdBasis::Workdays => "basis-workdays",
            YtdBasis::MonthlyMean => "basis-monthly-mean",
        })
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
    // From the absence as shown (one decimal), so the two shown side by side add up to
    // exactly 100,0 (8,85 would otherwise show as 8,9 % beside 91,2 %).
    100.0 - (absence_pct * 10.0).round() / 10.0
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

/// One month as the months table and its chart show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthPct {
    pub month: crate::model::YearMonth,
    /// The month's absence in percent (given, or from workdays).
    pub pct: f64,
    /// `pct` the Norwegian way: "9,1 %".
    pub pct_text: String,
    /// Too few workdays to show without care ([`is_small_unit`]).
    pub small_unit: bool,
}

/// The figures that follow the months table while the leader types: year to date, presence
/// and the gap to the target, each also as Norwegian text so the window does no arithmetic.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AbsenceSummary {
    pub year_to_date: Option<YearToDate>,
    /// "7,0 %", empty without months.
    pub year_to_date_text: String,
    /// "basert på dagsverk, 3 måneder", empty without months.
    pub basis_text: String,
    /// Why the figure is a mean of months, when it is; empty otherwise.
    pub basis_note: String,
    pub presence: Option<f64>,
    /// "93,0 %".
    pub presence_text: String,
    pub target: Option<f64>,
    pub target_text: String,
    /// Year to date minus the target, in prosentpoeng (positive: above target).
    pub gap: Option<Change>,
    /// "+0,5 prosentpoeng over målet", "−1,0 prosentpoeng under målet", "på målet".
    pub gap_text: String,
    /// Months whose workdays are so few that a percentage may point to one person.
    pub small_unit_months: Vec<crate::model::YearMonth>,
    /// Every month with a percentage, oldest first.
    pub months: Vec<MonthPct>,
}

/// The live figures of a months table: `months` may come in any order; `target` is the
/// board's absence target.
pub fn summary(months: &[AbsenceMonth], target: Option<f64>) -> AbsenceSummary {
    let mut sorted: Vec<&AbsenceMonth> = months.iter().collect();
    sorted.sort_by_key(|m| m.month);
    let ytd = year_to_date(months);
    let presence = ytd.map(|y| presence(y.pct));
    let gap = ytd.zip(target).map(|(y, t)| gap_to_target(y.pct, t));
    let gap_text = match gap {
        None => String::new(),
        Some(g) if crate::nb::number1(g.points) == "0,0" => crate::tr!("on-target"),
        Some(g) if g.points > 0.0 => {
            format!(
                "{} {}",
                crate::nb::points(g.points),
                crate::tr!("over-target")
            )
        }
        Some(g) => format!(
            "{} {}",
            crate::nb::points(g.points),
            crate::tr!("under-target")
        ),
    };
    AbsenceSummary {
        year_to_date: ytd,
        year_to_date_text: ytd.map(|y| crate::nb::pct(y.pct)).unwrap_or_default(),
        basis_text: ytd
            .map(|y| {
                let lang = crate::lang::Lang::current();
                format!(
                    "{}, {}",
                    y.basis.label_in(lang),
                    crate::tr!("months-count", n = y.months)
                )
            })
            .unwrap_or_default(),
        basis_note: match ytd.map(|y| y.basis) {
            Some(YtdBasis::MonthlyMean) => crate::tr!("core-basis-note"),
            _ => String::new(),
        },
        presence,
        presence_text: presence.map(crate::nb::pct).unwrap_or_default(),
        target,
        target_text: target.map(crate::nb::pct).unwrap_or_default(),
        gap,
        gap_text,
        small_unit_months: sorted
            .iter()
            .filter(|m| is_small_unit(m))
            .map(|m| m.month)
            .collect(),
        months: sorted
            .iter()
            .filter_map(|m| {
                m.percent().map(|pct| MonthPct {
                    month: m.month,
                    pct,
                    pct_text: crate::nb::pct(pct),
                    small_unit: is_small_unit(m),
                })
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::YearMonth;

    fn ym(s: &str) -> YearMonth {
        s.parse().unwrap()
    }

    #[test]
    fn absence_and_presence_shown_side_by_side_add_up_to_100() {
        for x in [8.85, 8.849_999, 9.05, 0.05, 12.345] {
            let a = crate::nb::number1(x)
                .replace(',', ".")
                .parse::<f64>()
                .unwrap();
            let p = crate::nb::number1(presence(x))
                .replace(',', ".")
                .parse::<f64>()
                .unwrap();
            assert!((a + p - 100.0).abs() < 1e-9, "{x}: {a} + {p}");
        }
    }

    #[test]
    fn a_mean_of_months_says_why() {
        let months = [
            AbsenceMonth::from_pct(ym("2025-01"), 9.0),
            AbsenceMonth::from_days(ym("2025-02"), 200.0, 10.0),
        ];
        let s = summary(&months, None);
        assert!(
            s.basis_note.contains("snittet av månedenes prosenter"),
            "{}",
            s.basis_note
        );
        let days = [AbsenceMonth::from_days(ym("2025-02"), 200.0, 10.0)];
        assert_eq!(summary(&days, None).basis_note, "");
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

    #[test]
    fn the_summary_follows_the_months_typed_so_far() {
        let months = [
            AbsenceMonth::from_days(ym("2025-03"), 400.0, 20.0),
            AbsenceMonth::from_days(ym("2025-01"), 200.0, 30.0),
            AbsenceMonth::from_days(ym("2025-02"), 400.0, 20.0),
        ];
        let s = summary(&months, Some(6.5));
        assert_eq!(s.year_to_date_text, "7,0 %");
        assert_eq!(s.basis_text, "basert på dagsverk, 3 måneder");
        assert_eq!(s.presence_text, "93,0 %");
        assert_eq!(s.target_text, "6,5 %");
        assert_eq!(s.gap_text, "+0,5 prosentpoeng over målet");
        // Oldest first for the chart, whatever order they were typed in.
        let shown: Vec<&str> = s.months.iter().map(|m| m.pct_text.as_str()).collect();
        assert_eq!(shown, ["15,0 %", "5,0 %", "5,0 %"]);
        assert!(s.small_unit_months.is_empty());
    }

    #[test]
    fn the_summary_names_months_of_a_small_unit_and_says_below_target() {
        let months = [
            AbsenceMonth::from_days(ym("2025-01"), 80.0, 2.0),
            AbsenceMonth::from_pct(ym("2025-02"), 4.0),
        ];
        let s = summary(&months, Some(7.0));
        assert_eq!(s.small_unit_months, [ym("2025-01")]);
        assert!(s.months[0].small_unit && !s.months[1].small_unit);
        assert_eq!(s.basis_text, "snitt av måneder, 2 måneder");
        assert_eq!(s.year_to_date_text, "3,3 %");
        assert_eq!(s.gap_text, "−3,8 prosentpoeng under målet");
    }

    #[test]
    fn an_empty_table_has_no_figures_and_no_target_no_gap() {
        let s = summary(&[], Some(7.0));
        assert_eq!(s.year_to_date, None);
        assert_eq!(s.year_to_date_text, "");
        assert_eq!(s.gap_text, "");
        let s = summary(&[AbsenceMonth::from_pct(ym("2025-01"), 7.0)], None);
        assert_eq!(s.gap, None);
        assert_eq!(s.target_text, "");
        let s = summary(&[AbsenceMonth::from_pct(ym("2025-01"), 7.0)], Some(7.0));
        assert_eq!(s.gap_text, "på målet");
    }

    #[test]
    fn the_figures_beside_the_months_table_come_in_nynorsk_when_chosen() {
        let months = [
            AbsenceMonth::from_pct(ym("2025-01"), 8.0),
            AbsenceMonth::from_pct(ym("2025-02"), 7.0),
        ];
        let s = crate::lang::with(crate::lang::Lang::Nn, || summary(&months, Some(7.0)));
        assert_eq!(s.basis_text, "snitt av månader, 2 månader");
        assert_eq!(s.gap_text, "+0,5 prosentpoeng over målet");
        assert!(
            s.basis_note.starts_with("Nokre månader har berre prosent"),
            "{}",
            s.basis_note
        );
        let nb = summary(&months, Some(7.0));
        assert_eq!(nb.basis_text, "snitt av måneder, 2 måneder");
        assert!(nb.basis_note.starts_with("Noen måneder har bare prosent"));
        let one = crate::lang::with(crate::lang::Lang::Nn, || summary(&months[..1], Some(8.0)));
        assert_eq!(one.basis_text, "snitt av månader, 1 månad");
        assert_eq!(one.gap_text, "på målet");
    }
}
