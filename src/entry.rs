//! What the leader types into the app's forms, as text, and the rules that turn it into
//! data: numbers with a decimal comma, a month row that is a percentage or workdays. Parsing
//! lives here (not in the window) so the app, the tests and the messages agree.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::{parse_date, AbsenceMonth, Board, Milestone, Plan, Row, YearMonth};
use crate::nb;
use crate::store::{CardsToRow, RowText};

/// One month of the months table as typed: every field is text, empty when not given.
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

/// A number as people in Norway write it: `9,1`, `9.1`, `9,1 %`, `1 200`. Empty is `None`.
pub fn parse_decimal(what: &str, text: &str) -> Result<Option<f64>> {
    let t: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    if t.is_empty() {
        return Ok(None);
    }
    t.replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|x| x.is_finite())
        .map(Some)
        .ok_or_else(|| {
            Error::invalid(format!(
                "{what}: «{}» er ikke et tall. Skriv for eksempel 9,1 eller 420.",
                text.trim()
            ))
        })
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
            pct: parse_decimal(&format!("{name}, prosent"), &self.pct)?,
            agreed_days: parse_decimal(&format!("{name}, avtalte dagsverk"), &self.agreed)?,
            lost_days: parse_decimal(&format!("{name}, tapte dagsverk"), &self.lost)?,
            self_certified_days: parse_decimal(
                &format!("{name}, egenmeldte dagsverk"),
                &self.self_certified,
            )?,
        };
        month.validate().map_err(|e| match e {
            // The model says "2025-03"; the table says "Mars 2025" at the start of a
            // sentence and "mars 2025" inside one.
            Error::Invalid(msg) => {
                let code = self.month.to_string();
                let word = if msg.starts_with(&code) {
                    name.clone()
                } else {
                    format!("{} {}", nb::month_name(self.month.month), self.month.year)
                };
                Error::Invalid(msg.replacen(&code, &word, 1))
            }
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
                    Some((agreed, lost)) => format!(
                        "{} av {} dagsverk ({})",
                        nb::number(lost),
                        nb::number(agreed),
                        kept.percent().map(nb::pct).unwrap_or_default()
                    ),
                    None => kept.percent().map(nb::pct).unwrap_or_default(),
                };
                problem.message = format!(
                    "{} Lagret for måneden er fortsatt {what}; det er det som regnes med.",
                    problem.message
                );
                months.push(kept.clone());
            }
            None => {
                problem.message = format!(
                    "{} Måneden er ikke lagret og regnes ikke med.",
                    problem.message
                );
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

/// "Prosjekt nærvær" as the form holds it: the two percentages as typed text.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanEntry {
    #[serde(default)]
    pub absence_pct_december: String,
    #[serde(default)]
    pub absence_pct_average: String,
    #[serde(default)]
    pub situation: String,
    #[serde(default)]
    pub why_change: String,
    #[serde(default)]
    pub actions: String,
    #[serde(default)]
    pub milestones: Vec<MilestoneEntry>,
    #[serde(default)]
    pub desired_state: String,
    #[serde(default)]
    pub obstacles: String,
}

/// A milestone as the form holds it: the due date as typed (`15.03.2025`, or empty).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MilestoneEntry {
    pub text: String,
    #[serde(default)]
    pub due: String,
    /// Set by the "Nådd" tick, not typed.
    #[serde(default)]
    pub reached_on: Option<NaiveDate>,
}

impl MilestoneEntry {
    fn parse(&self, number: usize) -> Result<Milestone> {
        let due = match self.due.trim() {
            "" => None,
            text => Some(
                parse_date(text)
                    .map_err(|e| Error::invalid(format!("Delmål nr. {number}, frist: {e}")))?,
            ),
        };
        Ok(Milestone {
            text: self.text.clone(),
            due,
            reached_on: self.reached_on,
        })
    }

    fn of(m: &Milestone) -> MilestoneEntry {
        MilestoneEntry {
            text: m.text.clone(),
            due: m.due.map(nb::date).unwrap_or_default(),
            reached_on: m.reached_on,
        }
    }
}

impl PlanEntry {
    /// The plan as data, checked.
    pub fn parse(&self) -> Result<Plan> {
        let plan = Plan {
            absence_pct_december: parse_decimal(
                "Sykefravær i desember i fjor",
                &self.absence_pct_december,
            )?,
            absence_pct_average: parse_decimal(
                "Gjennomsnittlig sykefravær i fjor",
                &self.absence_pct_average,
            )?,
            situation: self.situation.clone(),
            why_change: self.why_change.clone(),
            actions: self.actions.clone(),
            milestones: self
                .milestones
                .iter()
                .enumerate()
                .map(|(i, m)| m.parse(i + 1))
                .collect::<Result<_>>()?,
            desired_state: self.desired_state.clone(),
            obstacles: self.obstacles.clone(),
        };
        plan.validate()?;
        Ok(plan)
    }

    /// A stored plan as the form shows it.
    pub fn of(plan: &Plan) -> PlanEntry {
        let text = |x: Option<f64>| x.map(nb::number).unwrap_or_default();
        PlanEntry {
            absence_pct_december: text(plan.absence_pct_december),
            absence_pct_average: text(plan.absence_pct_average),
            situation: plan.situation.clone(),
            why_change: plan.why_change.clone(),
            actions: plan.actions.clone(),
            milestones: plan.milestones.iter().map(MilestoneEntry::of).collect(),
            desired_state: plan.desired_state.clone(),
            obstacles: plan.obstacles.clone(),
        }
    }
}

/// A row's inline-edited fields as the editor holds them: the due date (Frist) is text as
/// typed, `28.02.2025`, `2025-02-28` or empty, so the core reads it and words the refusal.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RowEntry {
    pub goal: String,
    pub ideas: String,
    pub measure: String,
    pub owner: String,
    #[serde(rename = "when")]
    pub when_text: String,
    /// `null` is taken as empty, so a caller that sends "no date" that way is understood.
    #[serde(default, deserialize_with = "text_or_null")]
    pub due: String,
    pub result: String,
}

/// A Frist as typed; empty is no date.
fn parse_due(text: &str) -> Result<Option<NaiveDate>> {
    match text.trim() {
        "" => Ok(None),
        // The forms' field is dd.mm.åååå, so the message shows that form (the ISO form is
        // read as well, for pasted dates).
        text => parse_date(text).map(Some).map_err(|_| {
            Error::invalid(format!(
                "Frist: «{text}» er ikke en gyldig dato. Skriv den som dd.mm.åååå, for eksempel 28.02.2025."
            ))
        }),
    }
}

/// "Til tavla" as typed in the workshop's compact form: Mål, Tiltak, Ansvar, Når and Frist.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardsToRowEntry {
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub measure: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default, rename = "when")]
    pub when_text: String,
    #[serde(default, deserialize_with = "text_or_null")]
    pub due: String,
}

impl CardsToRowEntry {
    /// The form as data; a Frist that is not a real date is refused.
    pub fn parse(&self) -> Result<CardsToRow> {
        Ok(CardsToRow {
            goal: self.goal.clone(),
            measure: self.measure.clone(),
            owner: self.owner.clone(),
            when_text: self.when_text.clone(),
            due: parse_due(&self.due)?,
        })
    }
}

fn text_or_null<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

impl RowEntry {
    /// The row's text as data; a due date that is not a real date is refused, naming Frist.
    pub fn parse(&self) -> Result<RowText> {
        let due = parse_due(&self.due)?;
        Ok(RowText {
            goal: self.goal.clone(),
            ideas: self.ideas.clone(),
            measure: self.measure.clone(),
            owner: self.owner.clone(),
            when_text: self.when_text.clone(),
            due,
            result: self.result.clone(),
        })
    }

    /// A stored row as the editor shows it: the due date as dd.mm.åååå.
    pub fn of(row: &Row) -> RowEntry {
        RowEntry {
            goal: row.goal.clone(),
            ideas: row.ideas.clone(),
            measure: row.measure.clone(),
            owner: row.owner.clone(),
            when_text: row.when_text.clone(),
            due: row.due.map(nb::date).unwrap_or_default(),
            result: row.result.clone(),
        }
    }
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
    fn numbers_are_read_with_a_decimal_comma_spaces_and_a_percent_sign() {
        assert_eq!(parse_decimal("x", "9,1").unwrap(), Some(9.1));
        assert_eq!(parse_decimal("x", " 9.1 % ").unwrap(), Some(9.1));
        assert_eq!(parse_decimal("x", "1 200").unwrap(), Some(1200.0));
        assert_eq!(parse_decimal("x", "  ").unwrap(), None);
        let err = parse_decimal("Mars 2025, prosent", "ni").unwrap_err();
        assert_eq!(err.kind(), "invalid");
        assert!(err.to_string().contains("«ni» er ikke et tall"), "{err}");
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
    fn a_plan_form_reads_its_percentages_and_keeps_its_milestones() {
        let form = PlanEntry {
            absence_pct_december: "11,2".into(),
            absence_pct_average: "".into(),
            situation: "Høyt korttidsfravær".into(),
            milestones: vec![MilestoneEntry {
                text: "Faghjul på plass".into(),
                due: "15.03.2025".into(),
                reached_on: None,
            }],
            ..PlanEntry::default()
        };
        let plan = form.parse().unwrap();
        assert_eq!(plan.absence_pct_december, Some(11.2));
        assert_eq!(plan.absence_pct_average, None);
        assert_eq!(
            plan.milestones[0].due,
            Some(crate::parse_date("2025-03-15").unwrap())
        );
        assert_eq!(PlanEntry::of(&plan), form);
        let bad_date = PlanEntry {
            milestones: vec![MilestoneEntry {
                text: "Faghjul".into(),
                due: "15.15.2025".into(),
                reached_on: None,
            }],
            ..PlanEntry::default()
        };
        let err = bad_date.parse().unwrap_err();
        assert!(
            err.to_string()
                .starts_with("Delmål nr. 1, frist: «15.15.2025» er ikke en gyldig dato"),
            "{err}"
        );
        let bad = PlanEntry {
            absence_pct_average: "ti".into(),
            ..PlanEntry::default()
        };
        let err = bad.parse().unwrap_err();
        assert!(
            err.to_string()
                .starts_with("Gjennomsnittlig sykefravær i fjor: «ti»"),
            "{err}"
        );
    }

    #[test]
    fn a_due_date_is_read_as_dd_mm_yyyy_or_iso_and_a_wrong_one_is_refused_naming_frist() {
        let typed = |due: &str| RowEntry {
            goal: "Færre vikarer".into(),
            due: due.into(),
            ..RowEntry::default()
        };
        let date = NaiveDate::from_ymd_opt(2025, 2, 28);
        assert_eq!(typed("28.02.2025").parse().unwrap().due, date);
        assert_eq!(typed(" 2025-02-28 ").parse().unwrap().due, date);
        assert_eq!(typed("  ").parse().unwrap().due, None);
        let err = typed("31.02.2025").parse().unwrap_err();
        assert_eq!(err.kind(), "invalid");
        assert!(
            err.to_string()
                .starts_with("Frist: «31.02.2025» er ikke en gyldig dato"),
            "{err}"
        );
        let row = Row::from(typed("28.02.2025").parse().unwrap());
        assert_eq!(RowEntry::of(&row).due, "28.02.2025");
    }

    #[test]
    fn a_due_date_sent_as_null_is_no_due_date() {
        let entry: RowEntry = serde_json::from_value(serde_json::json!({
            "goal": "Mål", "ideas": "", "measure": "", "owner": "", "when": "", "due": null, "result": ""
        }))
        .unwrap();
        assert_eq!(entry.parse().unwrap().due, None);
    }

    #[test]
    fn the_til_tavla_form_reads_its_frist_like_the_editor_and_trims_nothing_away() {
        let form = CardsToRowEntry {
            goal: "Bedre flyt".into(),
            measure: "Ukentlig tavlemøte".into(),
            owner: "Kari".into(),
            when_text: "Fra mars".into(),
            due: "28.02.2025".into(),
        };
        let parsed = form.parse().unwrap();
        assert_eq!(parsed.due, NaiveDate::from_ymd_opt(2025, 2, 28));
        assert_eq!(parsed.when_text, "Fra mars");
        let wrong = CardsToRowEntry {
            due: "30.02.2025".into(),
            ..form
        };
        let err = wrong.parse().unwrap_err();
        assert!(err.to_string().starts_with("Frist: «30.02.2025»"), "{err}");
        let no_date: CardsToRowEntry =
            serde_json::from_str(r#"{"goal":"Mål","due":null}"#).unwrap();
        assert_eq!(no_date.parse().unwrap().due, None);
    }
}
