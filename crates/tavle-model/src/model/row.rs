//! A row of the board (a goal and its measure), the rules a row keeps, and the row's
//! inline-edit form, one shape [`RowFields`]: [`RowText`] as the store writes an edit and
//! [`RowEntry`] as the editor types it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::checks::{check_date, check_text, parse_date, text_or_null};
use super::{Field, MeasureKind, MeasureLevel, Status, StatusChange};
use crate::error::{Error, OnField, Result};
use crate::lang::Lang;
use crate::nb;

/// Row: one row of the board as stored and exchanged, a goal and the measure agreed for
/// it, with its status and history.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Row {
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub ideas: String,
    #[serde(default)]
    pub measure: String,
    /// Tiltakstype, when chosen (absent from JSON when not).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<MeasureKind>,
    /// Innsats, when chosen (absent from JSON when not).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<MeasureLevel>,
    #[serde(default)]
    pub owner: String,
    /// "Når?" as spoken: "i.a. februar", "Alltid".
    #[serde(default, rename = "when")]
    pub when_text: String,
    /// A real date for tracking, when there is one.
    #[serde(default)]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub result: String,
    /// Oldest first; the row's status is the last entry's.
    #[serde(default)]
    pub history: Vec<StatusChange>,
    /// The day the row was added to the board in the file (`None`: not known, e.g. an
    /// imported row; it then counts as there all year). Kept in the file only: the year
    /// report leaves the months before it empty.
    #[serde(skip)]
    pub created_on: Option<NaiveDate>,
}

impl Row {
    /// Forsinket: the due date has passed while the measure is not started or in progress.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status.can_be_overdue() && self.due.is_some_and(|due| due < today)
    }

    /// Checks the row's own rules; `place` names it in messages ("Rad 3"). A refusal of
    /// one of the row form's fields names it by the form's key ([`RowEntry`]).
    pub fn validate(&self, place: &str) -> Result<()> {
        if self.goal.trim().is_empty() && self.measure.trim().is_empty() {
            // Either would do; Mål comes first in the form, so the cursor goes there.
            return Err(
                Error::invalid(crate::msg!("core-row-empty", place = place)).on_field("goal")
            );
        }
        for field in Field::texts() {
            let spec = field.spec();
            let name = Lang::current().text(spec.label);
            let text = self.text(field).unwrap_or_default();
            check_text(&format!("{place}, {name}"), text).on_field(spec.code)?;
        }
        let history_entry = |i: usize| crate::tr!("core-history-entry", place = place, n = i + 1);
        for (i, change) in self.history.iter().enumerate() {
            check_text(&history_entry(i), &change.note)?;
        }
        if let Some(due) = self.due {
            let what = format!("{place}, {}", Lang::current().text(Field::Due.spec().label));
            check_date(&what, due).on_field("due")?;
        }
        for (i, change) in self.history.iter().enumerate() {
            check_date(&history_entry(i), change.on)?;
        }
        if self.history.windows(2).any(|w| w[1].on < w[0].on) {
            return Err(Error::invalid(crate::msg!(
                "core-history-order",
                place = place
            )));
        }
        if let Some(last) = self.history.last() {
            if last.status != self.status {
                return Err(Error::invalid(crate::msg!(
                    "core-history-last",
                    place = place,
                    status = self.status.label_in(Lang::current()),
                    last = last.status.label_in(Lang::current())
                )));
            }
        }
        Ok(())
    }
}

/// RowFields: the row's inline-edited fields, one shape for the form as typed and as
/// checked; only the due date (Frist) differs, as `D`. The status is not here because it
/// changes through the history, never by an edit of text.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "D: DueForm<'de>"))]
pub struct RowFields<D> {
    pub goal: String,
    pub ideas: String,
    pub measure: String,
    /// Tiltakstype and Innsats, chosen or not (`null` or absent: not).
    #[serde(default)]
    pub kind: Option<MeasureKind>,
    #[serde(default)]
    pub level: Option<MeasureLevel>,
    pub owner: String,
    #[serde(rename = "when")]
    pub when_text: String,
    #[serde(default, deserialize_with = "D::read")]
    pub due: D,
    pub result: String,
}

/// RowText: the row's text, checked, as the store writes it (the Frist a date).
pub type RowText = RowFields<Option<NaiveDate>>;

/// RowEntry: the row form as typed, all strings; the due date (Frist) is text as typed,
/// `28.02.2025`, `2025-02-28` or empty, so the core reads it and words the refusal.
pub type RowEntry = RowFields<String>;

/// How a form's Frist is read from JSON: a date (or `null`) when checked; text when typed,
/// where `null` is taken as empty, so a caller that sends "no date" that way is understood.
pub trait DueForm<'de>: Sized + Default {
    fn read<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error>;
}

impl<'de> DueForm<'de> for Option<NaiveDate> {
    fn read<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        Option::<NaiveDate>::deserialize(d)
    }
}

impl<'de> DueForm<'de> for String {
    fn read<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        text_or_null(d)
    }
}

impl<D> RowFields<D> {
    /// A stored row's text, with its Frist as `due`.
    fn of_row(row: &Row, due: D) -> RowFields<D> {
        RowFields {
            goal: row.goal.clone(),
            ideas: row.ideas.clone(),
            measure: row.measure.clone(),
            kind: row.kind,
            level: row.level,
            owner: row.owner.clone(),
            when_text: row.when_text.clone(),
            due,
            result: row.result.clone(),
        }
    }

    /// The same text with another form of the Frist.
    fn with_due<E>(&self, due: E) -> RowFields<E> {
        RowFields {
            goal: self.goal.clone(),
            ideas: self.ideas.clone(),
            measure: self.measure.clone(),
            kind: self.kind,
            level: self.level,
            owner: self.owner.clone(),
            when_text: self.when_text.clone(),
            due,
            result: self.result.clone(),
        }
    }
}

impl From<RowText> for Row {
    /// A new row with the text typed so far: Ikke startet, no history yet.
    fn from(text: RowText) -> Row {
        Row {
            goal: text.goal,
            ideas: text.ideas,
            measure: text.measure,
            kind: text.kind,
            level: text.level,
            owner: text.owner,
            when_text: text.when_text,
            due: text.due,
            result: text.result,
            ..Row::default()
        }
    }
}

impl From<&Row> for RowText {
    /// The inline-edited fields of a stored row.
    fn from(row: &Row) -> RowText {
        RowFields::of_row(row, row.due)
    }
}

/// A Frist as typed; empty is no date. A refusal is about the form field `due`.
pub(crate) fn parse_due(text: &str) -> Result<Option<NaiveDate>> {
    match text.trim() {
        "" => Ok(None),
        // The forms' field is dd.mm.åååå, so the message shows that form (the ISO form is
        // read as well, for pasted dates).
        text => parse_date(text).map(Some).map_err(|_| {
            Error::invalid(crate::msg!("core-due-invalid", value = text)).on_field("due")
        }),
    }
}

impl RowEntry {
    /// The row's text as data; a due date that is not a real date is refused, naming Frist.
    pub fn parse(&self) -> Result<RowText> {
        Ok(self.with_due(parse_due(&self.due)?))
    }

    /// A stored row as the editor shows it: the due date as dd.mm.åååå.
    pub fn of(row: &Row) -> RowEntry {
        RowFields::of_row(row, row.due.map(nb::date).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MAX_TEXT_CHARS;

    fn row(goal: &str, measure: &str) -> Row {
        Row {
            goal: goal.into(),
            measure: measure.into(),
            ..Row::default()
        }
    }

    #[test]
    fn a_row_needs_a_goal_or_a_measure() {
        assert!(row("Mål", "").validate("Rad 1").is_ok());
        assert!(row("", "Tiltak").validate("Rad 1").is_ok());
        let err = row("  ", "").validate("Rad 1").unwrap_err().to_string();
        assert!(err.contains("Rad 1 mangler både mål og tiltak"), "{err}");
    }

    #[test]
    fn texts_longer_than_ten_thousand_characters_are_refused() {
        let ok = row(&"ø".repeat(MAX_TEXT_CHARS), "");
        assert!(ok.validate("Rad 1").is_ok());
        let long = row(&"ø".repeat(MAX_TEXT_CHARS + 1), "");
        assert!(long
            .validate("Rad 1")
            .unwrap_err()
            .to_string()
            .contains("for lang"));
    }

    #[test]
    fn overdue_only_while_not_started_or_in_progress() {
        let today = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
        let mut r = row("Mål", "");
        r.due = NaiveDate::from_ymd_opt(2025, 2, 28);
        for (status, overdue) in [
            (Status::NotStarted, true),
            (Status::InProgress, true),
            (Status::Done, false),
            (Status::Ongoing, false),
            (Status::Paused, false),
            (Status::Dropped, false),
        ] {
            r.status = status;
            assert_eq!(r.is_overdue(today), overdue, "{status:?}");
        }
        r.status = Status::NotStarted;
        assert!(!r.is_overdue(NaiveDate::from_ymd_opt(2025, 2, 28).unwrap()));
    }

    #[test]
    fn history_must_end_in_the_rows_status() {
        let mut r = row("Mål", "");
        r.history = vec![StatusChange {
            on: NaiveDate::from_ymd_opt(2025, 1, 20).unwrap(),
            status: Status::InProgress,
            note: String::new(),
        }];
        assert!(r.validate("Rad 1").is_err());
        r.status = Status::InProgress;
        assert!(r.validate("Rad 1").is_ok());
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
    fn a_wrong_due_date_is_about_the_field_due() {
        let entry = RowEntry {
            goal: "Mål".into(),
            due: "31.02.2025".into(),
            ..RowEntry::default()
        };
        let err = entry.parse().unwrap_err();
        assert_eq!(err.field(), Some("due"));
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(json["kind"], "invalid");
        assert_eq!(json["field"], "due");
        let mut far = row("Mål", "");
        far.due = NaiveDate::from_ymd_opt(2150, 1, 1);
        assert_eq!(far.validate("Raden").unwrap_err().field(), Some("due"));
    }

    #[test]
    fn each_text_of_the_row_form_is_refused_by_its_own_key() {
        let long = "x".repeat(MAX_TEXT_CHARS + 1);
        for field in ["goal", "ideas", "measure", "owner", "when", "result"] {
            let mut text = RowText {
                goal: "Mål".into(),
                ..RowText::default()
            };
            match field {
                "goal" => text.goal = long.clone(),
                "ideas" => text.ideas = long.clone(),
                "measure" => text.measure = long.clone(),
                "owner" => text.owner = long.clone(),
                "when" => text.when_text = long.clone(),
                _ => text.result = long.clone(),
            }
            let err = Row::from(text).validate("Raden").unwrap_err();
            assert_eq!(err.field(), Some(field), "{err}");
            assert!(err.to_string().contains("for lang"), "{err}");
        }
        let empty = Row::from(RowText::default()).validate("Raden").unwrap_err();
        assert_eq!(empty.field(), Some("goal"));
        assert_eq!(
            empty.to_string(),
            "Raden mangler både mål og tiltak. Skriv inn minst ett av dem."
        );
    }

    #[test]
    fn a_frist_that_is_no_date_is_refused_in_nynorsk_when_nynorsk_is_chosen() {
        let entry = RowEntry {
            goal: "Betre flyt".into(),
            due: "30.02.2025".into(),
            ..RowEntry::default()
        };
        let err = crate::lang::with(Lang::Nn, || entry.parse().unwrap_err());
        assert_eq!(
            err.to_string(),
            "Frist: «30.02.2025» er ikkje ein gyldig dato. Skriv han som dd.mm.åååå, til dømes 28.02.2025."
        );
        assert_eq!(err.field(), Some("due"));
        // The same refusal in bokmål, as before.
        assert!(entry
            .parse()
            .unwrap_err()
            .to_string()
            .starts_with("Frist: «30.02.2025» er ikke en gyldig dato."));
    }

    #[test]
    fn a_whole_board_names_the_row_and_its_field_in_nynorsk() {
        let mut board = crate::model::Board::new("Heimesjukepleia", 2025);
        board.rows.push(row("", ""));
        let err = crate::lang::with(Lang::Nn, || board.validate().unwrap_err());
        assert_eq!(
            err.to_string(),
            "Rad 1 manglar både mål og tiltak. Skriv inn minst eitt av dei."
        );
        board.rows[0] = Row {
            goal: "x".repeat(MAX_TEXT_CHARS + 1),
            ..row("", "")
        };
        let err = crate::lang::with(Lang::Nn, || board.validate().unwrap_err());
        assert!(
            err.to_string()
                .starts_with("Rad 1, Mål er for lang (10001 teikn). Største lengd er 10000 teikn"),
            "{err}"
        );
    }
}
