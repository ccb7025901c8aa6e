//! The plan of a board ("Prosjekt nærvær") and its milestones (Delmål), with their rules
//! and the plan form as typed ([`PlanEntry`]).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::checks::{check_date, check_pct, check_text, parse_date, parse_decimal, text_or_null};
use crate::error::{Error, OnField, Result};
use crate::lang::Lang;
use crate::nb;

/// Milestone: a milestone (Delmål) of the plan as stored and exchanged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub text: String,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub reached_on: Option<NaiveDate>,
}

/// The fields of "Prosjekt nærvær", the one-page plan of a board, written once for both of
/// its shapes: [`Plan`] as stored and exchanged, and [`PlanEntry`], the form as typed. They
/// differ only where typing differs from data: the two percentages (`P`) and the
/// milestones (`M`, with dates or with dates as typed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanFields<P, M> {
    /// Absence % last December.
    #[serde(default)]
    pub absence_pct_december: P,
    /// Average absence % last year.
    #[serde(default)]
    pub absence_pct_average: P,
    #[serde(default)]
    pub situation: String,
    #[serde(default)]
    pub why_change: String,
    #[serde(default)]
    pub actions: String,
    #[serde(default = "Vec::new")]
    pub milestones: Vec<M>,
    #[serde(default)]
    pub desired_state: String,
    #[serde(default)]
    pub obstacles: String,
}

/// Plan: "Prosjekt nærvær" as stored and exchanged: percentages as numbers, milestones with
/// dates.
pub type Plan = PlanFields<Option<f64>, Milestone>;

/// PlanEntry: the plan form as typed: the two percentages and the milestones' dates are
/// text as typed.
pub type PlanEntry = PlanFields<String, MilestoneEntry>;

// By hand: the derive would ask for `M: Default`, and a milestone has no default.
impl<P: Default, M> Default for PlanFields<P, M> {
    fn default() -> Self {
        PlanFields {
            absence_pct_december: P::default(),
            absence_pct_average: P::default(),
            situation: String::new(),
            why_change: String::new(),
            actions: String::new(),
            milestones: Vec::new(),
            desired_state: String::new(),
            obstacles: String::new(),
        }
    }
}

impl Plan {
    /// Checks the plan's rules. A refusal names its field by the plan form's key
    /// ([`PlanEntry`]); a milestone's by its place in the list (`milestones.0.text`).
    pub fn validate(&self) -> Result<()> {
        if let Some(p) = self.absence_pct_december {
            check_pct(&crate::tr!("core-plan-december"), p).on_field("absence_pct_december")?;
        }
        if let Some(p) = self.absence_pct_average {
            check_pct(&crate::tr!("core-plan-average"), p).on_field("absence_pct_average")?;
        }
        for (field, name, text) in [
            ("situation", "core-plan-situation", &self.situation),
            ("why_change", "core-plan-why", &self.why_change),
            ("actions", "core-plan-actions", &self.actions),
            ("desired_state", "core-plan-desired", &self.desired_state),
            ("obstacles", "core-plan-obstacles", &self.obstacles),
        ] {
            check_text(&Lang::current().text(name), text).on_field(field)?;
        }
        for (i, m) in self.milestones.iter().enumerate() {
            if m.text.trim().is_empty() {
                return Err(
                    Error::invalid(crate::msg!("core-milestone-empty", n = i + 1))
                        .on_field(milestone_field(i, "text")),
                );
            }
            let what = crate::tr!("core-milestone-number", n = i + 1);
            check_text(&what, &m.text).on_field(milestone_field(i, "text"))?;
            for (key, date) in [("due", m.due), ("reached_on", m.reached_on)] {
                if let Some(date) = date {
                    check_date(&what, date).on_field(milestone_field(i, key))?;
                }
            }
        }
        Ok(())
    }
}

impl Plan {
    /// The rule for a milestone's «Nådd» date, as for a status change: a day that has come,
    /// and not before the board's year. Only dates that are new against `stored` (the plan
    /// as it is in the file) are checked, so a date that came in with an import never stops
    /// the leader from saving another change.
    pub fn check_reached(&self, stored: &Plan, board_year: i32, today: NaiveDate) -> Result<()> {
        let first = NaiveDate::from_ymd_opt(board_year, 1, 1).unwrap_or(NaiveDate::MIN);
        for (i, m) in self.milestones.iter().enumerate() {
            let Some(on) = m.reached_on else { continue };
            if stored.milestones.iter().any(|s| s.reached_on == Some(on)) {
                continue;
            }
            let field = milestone_field(i, "reached_on");
            if on > today {
                return Err(Error::invalid(crate::msg!(
                    "core-milestone-reached-future",
                    n = i + 1,
                    date = nb::date(on),
                    today = nb::date(today)
                ))
                .on_field(field));
            }
            if on < first {
                return Err(Error::invalid(crate::msg!(
                    "core-milestone-reached-before-year",
                    n = i + 1,
                    date = nb::date(on),
                    year = board_year
                ))
                .on_field(field));
            }
        }
        Ok(())
    }
}

/// The form key of a milestone's field: `milestones.0.due` (0-based, as in the form's list).
fn milestone_field(index: usize, key: &str) -> String {
    format!("milestones.{index}.{key}")
}

/// MilestoneEntry: a milestone as the form holds it, the due date and the day it was
/// reached as typed (`15.03.2025`, or empty: no due date, not reached).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MilestoneEntry {
    pub text: String,
    #[serde(default)]
    pub due: String,
    /// «Nådd»: today when ticked, and the leader may type the real day.
    #[serde(default, deserialize_with = "text_or_null")]
    pub reached_on: String,
}

impl MilestoneEntry {
    fn parse(&self, number: usize) -> Result<Milestone> {
        let due = match self.due.trim() {
            "" => None,
            text => Some(parse_date(text).map_err(|e| {
                Error::invalid(crate::msg!(
                    "core-milestone-due-invalid",
                    n = number,
                    reason = e.to_string()
                ))
                .on_field(milestone_field(number - 1, "due"))
            })?),
        };
        let reached_on = match self.reached_on.trim() {
            "" => None,
            text => Some(parse_date(text).map_err(|e| {
                Error::invalid(crate::msg!(
                    "core-milestone-reached-invalid",
                    n = number,
                    reason = e.to_string()
                ))
                .on_field(milestone_field(number - 1, "reached_on"))
            })?),
        };
        Ok(Milestone {
            text: self.text.clone(),
            due,
            reached_on,
        })
    }

    fn of(m: &Milestone) -> MilestoneEntry {
        MilestoneEntry {
            text: m.text.clone(),
            due: m.due.map(nb::date).unwrap_or_default(),
            reached_on: m.reached_on.map(nb::date).unwrap_or_default(),
        }
    }
}

impl PlanEntry {
    /// The plan as data, checked.
    pub fn parse(&self) -> Result<Plan> {
        let plan = PlanFields {
            absence_pct_december: parse_decimal(
                &crate::tr!("core-plan-december"),
                &self.absence_pct_december,
            )
            .on_field("absence_pct_december")?,
            absence_pct_average: parse_decimal(
                &crate::tr!("core-plan-average"),
                &self.absence_pct_average,
            )
            .on_field("absence_pct_average")?,
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
        PlanFields {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn milestone(text: &str, due: &str) -> MilestoneEntry {
        MilestoneEntry {
            text: text.into(),
            due: due.into(),
            reached_on: String::new(),
        }
    }

    #[test]
    fn a_plan_form_reads_its_percentages_and_keeps_its_milestones() {
        let form = PlanEntry {
            absence_pct_december: "11,2".into(),
            absence_pct_average: "".into(),
            situation: "Høyt korttidsfravær".into(),
            milestones: vec![milestone("Faghjul på plass", "15.03.2025")],
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
            milestones: vec![milestone("Faghjul", "15.15.2025")],
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
    fn a_refused_plan_field_is_named_by_the_forms_key() {
        let field = |form: PlanEntry| form.parse().unwrap_err().field().map(str::to_string);
        let form = |f: fn(&mut PlanEntry)| {
            let mut p = PlanEntry::default();
            f(&mut p);
            p
        };
        assert_eq!(
            field(form(|p| p.absence_pct_december = "ti".into())).as_deref(),
            Some("absence_pct_december")
        );
        assert_eq!(
            field(form(|p| p.absence_pct_average = "101".into())).as_deref(),
            Some("absence_pct_average")
        );
        fn long() -> String {
            "x".repeat(crate::model::MAX_TEXT_CHARS + 1)
        }
        assert_eq!(
            field(form(
                |p| p.situation = "x".repeat(crate::model::MAX_TEXT_CHARS + 1)
            ))
            .as_deref(),
            Some("situation")
        );
        for (key, f) in [
            (
                "why_change",
                (|p: &mut PlanEntry| p.why_change = long()) as fn(&mut PlanEntry),
            ),
            ("actions", |p| p.actions = long()),
            ("desired_state", |p| p.desired_state = long()),
            ("obstacles", |p| p.obstacles = long()),
        ] {
            assert_eq!(field(form(f)).as_deref(), Some(key));
        }
        let milestones = |list: Vec<MilestoneEntry>| PlanEntry {
            milestones: list,
            ..PlanEntry::default()
        };
        let ok = MilestoneEntry {
            text: "Faghjul".into(),
            ..MilestoneEntry::default()
        };
        let no_text = MilestoneEntry::default();
        assert_eq!(
            field(milestones(vec![ok.clone(), no_text])).as_deref(),
            Some("milestones.1.text")
        );
        let bad_due = MilestoneEntry {
            due: "31.02.2025".into(),
            ..ok.clone()
        };
        let err = milestones(vec![ok.clone(), bad_due]).parse().unwrap_err();
        assert_eq!(err.field(), Some("milestones.1.due"));
        assert!(err.to_string().starts_with("Delmål nr. 2, frist:"), "{err}");
        let far = MilestoneEntry {
            reached_on: "01.01.2150".into(),
            ..ok.clone()
        };
        assert_eq!(
            field(milestones(vec![far])).as_deref(),
            Some("milestones.0.reached_on")
        );
        let typo = MilestoneEntry {
            reached_on: "31.04.2025".into(),
            ..ok
        };
        let err = milestones(vec![typo]).parse().unwrap_err();
        assert_eq!(err.field(), Some("milestones.0.reached_on"));
        assert!(err.to_string().starts_with("Delmål nr. 1, nådd:"), "{err}");
    }

    #[test]
    fn the_reached_day_is_typed_and_kept_as_typed() {
        let form = PlanEntry {
            milestones: vec![MilestoneEntry {
                reached_on: "14.04.2025".into(),
                ..milestone("Faghjul på plass", "")
            }],
            ..PlanEntry::default()
        };
        let plan = form.parse().unwrap();
        assert_eq!(
            plan.milestones[0].reached_on,
            NaiveDate::from_ymd_opt(2025, 4, 14)
        );
        assert_eq!(PlanEntry::of(&plan).milestones[0].reached_on, "14.04.2025");
        // Sent as null by an older screen: not reached.
        let old: MilestoneEntry =
            serde_json::from_str(r#"{"text": "A", "reached_on": null}"#).unwrap();
        assert_eq!(old.reached_on, "");
    }

    #[test]
    fn a_reached_day_is_not_in_the_future_nor_before_the_boards_year() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let reached = |on| Plan {
            milestones: vec![Milestone {
                text: "Faghjul".into(),
                due: None,
                reached_on: Some(on),
            }],
            ..Plan::default()
        };
        let today = day(2025, 12, 7);
        let none = Plan::default();
        assert!(reached(day(2025, 4, 14))
            .check_reached(&none, 2025, today)
            .is_ok());
        assert!(reached(today).check_reached(&none, 2025, today).is_ok());
        let err = reached(day(2025, 12, 8))
            .check_reached(&none, 2025, today)
            .unwrap_err();
        assert_eq!(err.field(), Some("milestones.0.reached_on"));
        assert!(
            err.to_string().contains("etter i dag (07.12.2025)"),
            "{err}"
        );
        let err = reached(day(2024, 12, 31))
            .check_reached(&none, 2025, today)
            .unwrap_err();
        assert!(err.to_string().contains("før tavlens år 2025"), "{err}");
        // A date already in the file is left alone.
        let stored = reached(day(2024, 12, 31));
        assert!(stored.check_reached(&stored, 2025, today).is_ok());
    }
}
