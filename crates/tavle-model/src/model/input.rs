//! The workshop's cards: the three questions ([`Question`]), the answers captured under
//! them ([`Input`]), and "Til tavla", the form that turns chosen cards into a row
//! ([`CardsToRowEntry`] as typed, [`CardsToRow`] as the store takes it).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::checks::text_or_null;
use super::row::parse_due;
use super::{MeasureKind, MeasureLevel};
use crate::error::Result;
use crate::lang::Lang;

/// The three workshop questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    WorksWell,
    DoBetter,
    Proposals,
}

impl Question {
    /// All three, in the order they are asked.
    pub const ALL: [Question; 3] = [Question::WorksWell, Question::DoBetter, Question::Proposals];

    /// The code used in files.
    pub fn code(self) -> &'static str {
        match self {
            Question::WorksWell => "works_well",
            Question::DoBetter => "do_better",
            Question::Proposals => "proposals",
        }
    }
}

impl Question {
    /// The question as asked in the workshop, in `lang`.
    pub fn text_in(self, lang: Lang) -> String {
        lang.text(match self {
            Question::WorksWell => "question-works-well",
            Question::DoBetter => "question-do-better",
            Question::Proposals => "question-proposals",
        })
    }
}

/// Most sticky dots one card can hold; far above any workshop, low enough to catch a runaway.
pub const MAX_VOTES: u32 = 999;

/// Input: a workshop card, a raw answer captured in the workshop, as stored and exchanged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub question: Question,
    pub text: String,
    /// Sticky dots.
    #[serde(default)]
    pub votes: u32,
    /// Index in the board's rows of the row this input became.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
}

/// CardsToRow: "Til tavla" checked, as the store takes it; no Ideer (they come from the
/// cards) and no Resultat (a new row has none), which is what sets it apart from
/// [`RowText`](super::RowText).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardsToRow {
    pub goal: String,
    pub measure: String,
    /// Tiltakstype and Innsats, when chosen (`None`: «–», the default).
    #[serde(default)]
    pub kind: Option<MeasureKind>,
    #[serde(default)]
    pub level: Option<MeasureLevel>,
    pub owner: String,
    #[serde(rename = "when")]
    pub when_text: String,
    pub due: Option<NaiveDate>,
}

/// CardsToRowEntry: "Til tavla" as typed in the workshop's compact form (Mål, Tiltak,
/// Tiltakstype, Innsats, Ansvar, Når and Frist): text as typed, the two choices by their
/// codes (`null` or absent: none chosen).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardsToRowEntry {
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub measure: String,
    #[serde(default)]
    pub kind: Option<MeasureKind>,
    #[serde(default)]
    pub level: Option<MeasureLevel>,
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
            kind: self.kind,
            level: self.level,
            owner: self.owner.clone(),
            when_text: self.when_text.clone(),
            due: parse_due(&self.due)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_til_tavla_form_reads_its_frist_like_the_editor_and_trims_nothing_away() {
        let form = CardsToRowEntry {
            goal: "Bedre flyt".into(),
            measure: "Ukentlig tavlemøte".into(),
            owner: "Kari".into(),
            when_text: "Fra mars".into(),
            due: "28.02.2025".into(),
            ..CardsToRowEntry::default()
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
        let no_date = no_date.parse().unwrap();
        assert_eq!(
            (no_date.due, no_date.kind, no_date.level),
            (None, None, None)
        );
    }

    #[test]
    fn the_til_tavla_form_takes_a_tiltakstype_and_an_innsats_by_their_codes_or_none() {
        let form: CardsToRowEntry = serde_json::from_str(
            r#"{"goal":"Mål","kind":"project","level":"preventive","due":""}"#,
        )
        .unwrap();
        let parsed = form.parse().unwrap();
        assert_eq!(parsed.kind, Some(MeasureKind::Project));
        assert_eq!(parsed.level, Some(MeasureLevel::Preventive));
        let none: CardsToRowEntry =
            serde_json::from_str(r#"{"goal":"Mål","kind":null,"level":null}"#).unwrap();
        assert_eq!((none.kind, none.level), (None, None));
        assert!(serde_json::from_str::<CardsToRowEntry>(r#"{"kind":"basistiltak"}"#).is_err());
    }

    #[test]
    fn the_questions_are_the_catalogues_in_both_languages() {
        assert_eq!(
            Question::WorksWell.text_in(Lang::Nb),
            "Hva gjør vi som fungerer bra i dag?"
        );
        assert_eq!(
            Question::DoBetter.text_in(Lang::Nn),
            "Kva kan vi gjere betre eller annleis?"
        );
    }

    #[test]
    fn a_wrong_frist_in_til_tavla_is_about_the_field_due() {
        let form = CardsToRowEntry {
            goal: "Mål".into(),
            due: "30.02.2025".into(),
            ..CardsToRowEntry::default()
        };
        assert_eq!(form.parse().unwrap_err().field(), Some("due"));
    }
}
