//! Absence: months ([`YearMonth`]), a month's figures ([`AbsenceMonth`]) with their rules,
//! and the months table as the leader types it ([`MonthEntry`]): numbers with a decimal
//! comma, a month that is a percentage or workdays. Parsing lives here (not in the window)
//! so the app, the tests and the messages agree.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::checks::{check_pct, parse_decimal, YEARS};
use super::Board;
use crate::error::{Error, OnField, Result};
use crate::nb;

/// A month of a year, written `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct YearMonth {
    pub year: i32,
    /// 1–12.
    pub month: u32,
}

impl YearMonth {
    /// The month, or a Norwegian error if it is not 1–12.
    pub fn new(year: i32, month: u32) -> Result<Self> {
        if !(1..=12).contains(&month) || !YEARS.contains(&year) {
            return Err(Error::invalid(crate::msg!(
                "core-month-invalid",
                value = format!("{year:04}-{month:02}")
            )));
        }
        Ok(YearMonth { year, month })
    }

    /// The first day of the month.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("month is 1-12")
    }

    /// The last day of the month.
    pub fn last_day(self) -> NaiveDate {
        let (y, m) = if self.month == 12 {
            (self.year + 1, 1)
        } else {
            (self.year, self.month + 1)
        };
        NaiveDate::from_ymd_opt(y, m, 1).expect("month is 1-12") - chrono::Days::new(1)
    }

    /// The month a date falls in.
    pub fn of(date: NaiveDate) -> Self {
        YearMonth {
            year: date.year(),
            month: date.month(),
        }
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl FromStr for YearMonth {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        let bad = || Error::invalid(crate::msg!("core-month-invalid", value = s));
        let (y, m) = s.trim().split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.len() != 2 {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u32 = m.parse().map_err(|_| bad())?;
        YearMonth::new(year, month).map_err(|_| bad())
    }
}

impl Serialize for YearMonth {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for YearMonth {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        // Raised with its code, so the exchange file's explanation keeps it (serde keeps
        // only the words).
        s.parse()
            .map_err(|e: Error| crate::message::raise(e.message().into_owned()))
    }
}

/// AbsenceMonth: one month's absence for the unit as stored and exchanged: the percentage
/// alone, or agreed and lost workdays.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AbsenceMonth {
    pub month: YearMonth,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pct: Option<f64>,
    /// Avtalte dagsverk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed_days: Option<f64>,
    /// Tapte dagsverk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lost_days: Option<f64>,
    /// Egenmeldte dagsverk, part of the lost days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_certified_days: Option<f64>,
}

impl AbsenceMonth {
    /// A month given as a percentage.
    pub fn from_pct(month: YearMonth, pct: f64) -> Self {
        AbsenceMonth {
            month,
            pct: Some(pct),
            agreed_days: None,
            lost_days: None,
            self_certified_days: None,
        }
    }

    /// A month given as agreed and lost workdays.
    pub fn from_days(month: YearMonth, agreed: f64, lost: f64) -> Self {
        AbsenceMonth {
            month,
            pct: None,
            agreed_days: Some(agreed),
            lost_days: Some(lost),
            self_certified_days: None,
        }
    }

    /// Agreed and lost workdays, when the month was given that way.
    pub fn days(&self) -> Option<(f64, f64)> {
        self.agreed_days.zip(self.lost_days)
    }

    /// The month's absence in percent: given, or lost / agreed × 100.
    pub fn percent(&self) -> Option<f64> {
        match (self.pct, self.days()) {
            (Some(p), _) => Some(p),
            (None, Some((agreed, lost))) if agreed > 0.0 => Some(lost / agreed * 100.0),
            _ => None,
        }
    }

    /// Checks the month's rules. A refusal of one figure names it by the month form's key
    /// ([`MonthEntry`]: `pct`, `agreed`, `lost`, `self_certified`).
    pub fn validate(&self) -> Result<()> {
        let m = self.month;
        match (self.pct, self.agreed_days, self.lost_days) {
            (Some(p), None, None) => {
                check_pct(
                    &crate::tr!("core-absence-of-month", month = m.to_string()),
                    p,
                )
                .on_field("pct")?;
                if self.self_certified_days.is_some() {
                    return Err(Error::invalid(crate::msg!(
                        "core-absence-self-certified-alone",
                        month = m.to_string()
                    ))
                    .on_field("self_certified"));
                }
                Ok(())
            }
            (None, Some(agreed), Some(lost)) => {
                if !agreed.is_finite() || agreed <= 0.0 {
                    return Err(Error::invalid(crate::msg!(
                        "core-absence-agreed-positive",
                        month = m.to_string(),
                        value = nb::number(agreed)
                    ))
                    .on_field("agreed"));
                }
                if !lost.is_finite() || lost < 0.0 || lost > agreed {
                    return Err(Error::invalid(crate::msg!(
                        "core-absence-lost-range",
                        month = m.to_string(),
                        agreed = nb::number(agreed),
                        value = nb::number(lost)
                    ))
                    .on_field("lost"));
                }
                if let Some(own) = self.self_certified_days {
                    if !own.is_finite() || own < 0.0 || own > lost {
                        return Err(Error::invalid(crate::msg!(
                            "core-absence-self-certified-range",
                            month = m.to_string(),
                            lost = nb::number(lost),
                            value = nb::number(own)
                        ))
                        .on_field("self_certified"));
                    }
                }
                Ok(())
            }
            (Some(_), _, _) => Err(Error::invalid(crate::msg!(
                "core-absence-both",
                month = m.to_string()
            ))),
            (None, None, None) => Err(Error::invalid(crate::msg!(
                "core-absence-none",
                month = m.to_string()
            ))),
            // The figure that is missing is the one to fill in.
            (None, agreed, _) => Err(Error::invalid(crate::msg!(
                "core-absence-need-both",
                month = m.to_string()
            ))
            .on_field(if agreed.is_none() { "agreed" } else { "lost" })),
        }
    }
}

/// MonthEntry: one month of the months table as typed, every figure text (empty when not
/// given); it becomes an [`AbsenceMonth`] when read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonthEntry {
    pub month: YearMonth,
    #[serde(default)]
    pub pct: String,
    #[serde(default)]
    pub agreed: String,
    #[serde(default)]
    pub lost: String,
    #[serde(default)]
    pub self_certified: String,
}

impl MonthEntry {
    /// An empty row for `month`.
    pub fn blank(month: YearMonth) -> MonthEntry {
        MonthEntry {
            month,
            pct: String::new(),
            agreed: String::new(),
            lost: String::new(),
            self_certified: String::new(),
        }
    }

    /// True when nothing is typed in the row.
    pub fn is_empty(&self) -> bool {
        [&self.pct, &self.agreed, &self.lost, &self.self_certified]
            .iter()
            .all(|t| t.trim().is_empty())
    }

    /// The month as data, checked; `None` when the row is empty. Messages name the month.
    pub fn parse(&self) -> Result<Option<AbsenceMonth>> {
        if self.is_empty() {
            return Ok(None);
        }
        let name = month_label(self.month);
        let month = AbsenceMonth {
            month: self.month,
            pct: parse_decimal(
                &crate::tr!("core-month-pct", month = name.as_str()),
                &self.pct,
            )
            .on_field("pct")?,
            agreed_days: parse_decimal(
                &crate::tr!("core-month-agreed", month = name.as_str()),
                &self.agreed,
            )
            .on_field("agreed")?,
            lost_days: parse_decimal(
                &crate::tr!("core-month-lost", month = name.as_str()),
                &self.lost,
            )
            .on_field("lost")?,
            self_certified_days: parse_decimal(
                &crate::tr!("core-month-self-certified", month = name.as_str()),
                &self.self_certified,
            )
            .on_field("self_certified")?,
        };
        // The model says "2025-03"; the table says "Mars 2025" at the start of a sentence
        // and "mars 2025" inside one.
        let reword = |msg: String| {
            let code = self.month.to_string();
            let word = if msg.starts_with(&code) {
                name.clone()
            } else {
                format!("{} {}", nb::month_name(self.month.month), self.month.year)
            };
            msg.replacen(&code, &word, 1)
        };
        month.validate().map_err(|e| match e {
            Error::Invalid(msg) => Error::Invalid(msg.reworded(reword)),
            Error::InvalidField { field, message } => Error::InvalidField {
                field,
                message: message.reworded(reword),
            },
            other => other,
        })?;
        Ok(Some(month))
    }

    /// A stored month as the table shows it.
    pub fn of(month: &AbsenceMonth) -> MonthEntry {
        let text = |x: Option<f64>| x.map(nb::number).unwrap_or_default();
        MonthEntry {
            month: month.month,
            pct: text(month.pct),
            agreed: text(month.agreed_days),
            lost: text(month.lost_days),
            self_certified: text(month.self_certified_days),
        }
    }
}

/// "Mars 2025".
pub fn month_label(month: YearMonth) -> String {
    format!("{} {}", nb::month_name_capital(month.month), month.year)
}

/// A row of the months table that could not be read, with the reason.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthProblem {
    pub month: YearMonth,
    pub message: String,
    /// The figure refused ([`MonthEntry`]'s key), when the reason is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

/// Reads every typed row: the months that are fine, and a message for each that is not.
pub fn parse_months(entries: &[MonthEntry]) -> (Vec<AbsenceMonth>, Vec<MonthProblem>) {
    let mut months = Vec::new();
    let mut problems = Vec::new();
    for entry in entries {
        match entry.parse() {
            Ok(Some(m)) => months.push(m),
            Ok(None) => {}
            Err(e) => problems.push(MonthProblem {
                month: entry.month,
                message: e.to_string(),
                field: e.field().map(str::to_string),
            }),
        }
    }
    (months, problems)
}

/// The months the figures are made from while the table is being typed in: each month as
/// typed when it can be read, and otherwise the month as saved, so the figures beside the
/// table never disagree with the file (and the wall print). A problem says what is still
/// saved for its month.
pub fn months_in_force(
    entries: &[MonthEntry],
    saved: &[AbsenceMonth],
) -> (Vec<AbsenceMonth>, Vec<MonthProblem>) {
    let (mut months, mut problems) = parse_months(entries);
    for problem in &mut problems {
        match saved.iter().find(|m| m.month == problem.month) {
            Some(kept) => {
                let what = match kept.days() {
                    Some((agreed, lost)) => crate::tr!(
                        "core-month-kept-days",
                        lost = nb::number(lost),
                        agreed = nb::number(agreed),
                        pct = kept.percent().map(nb::pct).unwrap_or_default()
                    ),
                    None => kept.percent().map(nb::pct).unwrap_or_default(),
                };
                problem.message = crate::tr!(
                    "core-month-kept",
                    problem = problem.message.as_str(),
                    kept = what
                );
                months.push(kept.clone());
            }
            None => {
                problem.message =
                    crate::tr!("core-month-not-kept", problem = problem.message.as_str());
            }
        }
    }
    // Months typed but not in the table (none today) and saved months never typed keep
    // their saved figures.
    for kept in saved {
        if !entries.iter().any(|e| e.month == kept.month) {
            months.push(kept.clone());
        }
    }
    months.sort_by_key(|m| m.month);
    (months, problems)
}

/// The twelve months of the board's year as the table shows them, filled in where stored.
pub fn year_table(board: &Board) -> Vec<MonthEntry> {
    (1..=12)
        .filter_map(|m| YearMonth::new(board.year, m).ok())
        .map(|ym| {
            board
                .absence
                .iter()
                .find(|a| a.month == ym)
                .map(MonthEntry::of)
                .unwrap_or_else(|| MonthEntry::blank(ym))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(s: &str) -> YearMonth {
        s.parse().unwrap()
    }

    fn entry(month: &str, pct: &str, agreed: &str, lost: &str) -> MonthEntry {
        MonthEntry {
            month: ym(month),
            pct: pct.into(),
            agreed: agreed.into(),
            lost: lost.into(),
            self_certified: String::new(),
        }
    }

    #[test]
    fn months_are_yyyy_mm_and_real() {
        assert_eq!(
            "2025-03".parse::<YearMonth>().unwrap().to_string(),
            "2025-03"
        );
        for bad in ["2025-13", "2025-3", "25-03", "2025/03", "mars"] {
            assert!(bad.parse::<YearMonth>().is_err(), "{bad}");
        }
        let feb = "2024-02".parse::<YearMonth>().unwrap();
        assert_eq!(
            feb.last_day(),
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()
        );
    }

    #[test]
    fn absence_days_follow_the_rules() {
        let m: YearMonth = "2025-01".parse().unwrap();
        assert!(AbsenceMonth::from_days(m, 400.0, 20.0).validate().is_ok());
        assert!(AbsenceMonth::from_days(m, 0.0, 0.0).validate().is_err());
        assert!(AbsenceMonth::from_days(m, 100.0, 101.0).validate().is_err());
        assert!(AbsenceMonth::from_days(m, 100.0, -1.0).validate().is_err());
        let mut own = AbsenceMonth::from_days(m, 100.0, 10.0);
        own.self_certified_days = Some(11.0);
        assert!(own.validate().is_err());
        assert!(AbsenceMonth::from_pct(m, 100.5).validate().is_err());
        let mut both = AbsenceMonth::from_pct(m, 5.0);
        both.agreed_days = Some(100.0);
        both.lost_days = Some(5.0);
        assert!(both.validate().is_err());
    }

    #[test]
    fn a_row_is_a_percentage_or_workdays_and_empty_rows_are_nothing() {
        let pct = entry("2025-01", "9,4", "", "").parse().unwrap().unwrap();
        assert_eq!(pct.pct, Some(9.4));
        let days = entry("2025-02", "", "420", "38,5")
            .parse()
            .unwrap()
            .unwrap();
        assert_eq!(days.days(), Some((420.0, 38.5)));
        assert_eq!(entry("2025-03", "", "", "").parse().unwrap(), None);
    }

    #[test]
    fn a_wrong_row_is_refused_with_the_month_named_in_norwegian() {
        let err = entry("2025-03", "", "200", "").parse().unwrap_err();
        assert_eq!(err.kind(), "invalid");
        assert!(err.to_string().starts_with("Mars 2025:"), "{err}");
        let err = entry("2025-03", "", "100", "150").parse().unwrap_err();
        assert!(
            err.to_string().contains("tapte dagsverk må være mellom 0"),
            "{err}"
        );
        let err = entry("2025-03", "7", "100", "5").parse().unwrap_err();
        assert!(err.to_string().contains("ikke begge"), "{err}");
    }

    #[test]
    fn a_month_inside_a_sentence_is_written_in_lower_case() {
        let err = entry("2026-05", "140", "", "").parse().unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("for mai 2026"), "{msg}");
        assert!(!msg.contains("Mai"), "{msg}");
    }

    #[test]
    fn parse_months_keeps_the_good_rows_and_reports_the_bad_ones() {
        let (months, problems) = parse_months(&[
            entry("2025-01", "", "200", "30"),
            entry("2025-02", "", "400", "x"),
            entry("2025-03", "", "", ""),
        ]);
        assert_eq!(months.len(), 1);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].month, ym("2025-02"));
    }

    #[test]
    fn a_refused_month_keeps_its_saved_figure_in_the_sums() {
        let saved = vec![
            AbsenceMonth::from_pct(ym("2025-01"), 9.0),
            AbsenceMonth::from_pct(ym("2025-02"), 8.5),
            AbsenceMonth::from_pct(ym("2025-03"), 12.5),
        ];
        // Days typed beside the saved 12,5 %: refused ("ikke begge"), so 12,5 % still counts.
        let typed = vec![
            entry("2025-01", "9", "", ""),
            entry("2025-02", "8,5", "", ""),
            entry("2025-03", "12,5", "200", "10"),
        ];
        let (months, problems) = months_in_force(&typed, &saved);
        assert_eq!(months.len(), 3);
        assert_eq!(months[2].pct, Some(12.5));
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].message.contains("fortsatt 12,5 %"),
            "{}",
            problems[0].message
        );
        let summary = crate::stats::summary(&months, None);
        assert_eq!(summary.year_to_date_text, "10,0 %");
    }

    #[test]
    fn in_nynorsk_a_refused_month_says_what_is_wrong_and_what_still_counts() {
        let saved = vec![AbsenceMonth::from_pct(ym("2025-03"), 12.5)];
        let typed = vec![
            entry("2025-03", "12,5", "200", "10"),
            entry("2025-04", "", "0", "3"),
        ];
        let (_, problems) =
            crate::lang::with(crate::lang::Lang::Nn, || months_in_force(&typed, &saved));
        assert_eq!(
            problems[0].message,
            "Mars 2025: oppgje anten prosent eller avtalte og tapte dagsverk, ikkje begge. \
             Lagra for månaden er framleis 12,5 %; det er det som blir rekna med."
        );
        assert_eq!(
            problems[1].message,
            "April 2025: avtalte dagsverk må vere større enn 0 (fekk 0). \
             Månaden er ikkje lagra og blir ikkje rekna med."
        );
        assert_eq!(problems[1].field.as_deref(), Some("agreed"));
    }

    #[test]
    fn the_year_table_has_twelve_months_with_the_stored_ones_filled_in() {
        let mut board = Board::new("Hjemmesykepleien", 2025);
        board.absence = vec![AbsenceMonth::from_days(ym("2025-02"), 420.0, 38.5)];
        let table = year_table(&board);
        assert_eq!(table.len(), 12);
        assert_eq!(table[1].agreed, "420");
        assert_eq!(table[1].lost, "38,5");
        assert!(table[0].is_empty() && table[11].month == ym("2025-12"));
        assert_eq!(month_label(ym("2025-12")), "Desember 2025");
    }

    #[test]
    fn a_refused_figure_is_about_its_own_key_in_the_months_table() {
        let field = |e: MonthEntry| e.parse().unwrap_err().field().map(str::to_string);
        assert_eq!(
            field(entry("2025-03", "ni", "", "")).as_deref(),
            Some("pct")
        );
        assert_eq!(
            field(entry("2025-03", "140", "", "")).as_deref(),
            Some("pct")
        );
        assert_eq!(
            field(entry("2025-03", "", "0", "0")).as_deref(),
            Some("agreed")
        );
        assert_eq!(
            field(entry("2025-03", "", "x", "1")).as_deref(),
            Some("agreed")
        );
        assert_eq!(
            field(entry("2025-03", "", "100", "150")).as_deref(),
            Some("lost")
        );
        assert_eq!(
            field(entry("2025-03", "", "200", "")).as_deref(),
            Some("lost")
        );
        assert_eq!(
            field(entry("2025-03", "", "", "20")).as_deref(),
            Some("agreed")
        );
        let mut own = entry("2025-03", "", "100", "10");
        own.self_certified = "11".into();
        assert_eq!(field(own).as_deref(), Some("self_certified"));
        // Percent and days together are about no one figure.
        assert_eq!(field(entry("2025-03", "7", "100", "5")), None);
        let err = entry("2025-03", "", "200", "").parse().unwrap_err();
        assert!(err.to_string().starts_with("Mars 2025:"), "{err}");
        let (_, problems) = parse_months(&[entry("2025-02", "", "400", "x")]);
        assert_eq!(problems[0].field.as_deref(), Some("lost"));
    }
}
