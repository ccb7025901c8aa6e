//! Where a measure stands ([`Status`]) and the dated changes that make up a row's year
//! ([`StatusChange`]), with the rule for a change's date ([`check_status_date`]).

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{Error, OnField, Result};
use crate::lang::Lang;
use crate::nb;

/// Where a measure stands. Words follow NAV's action plans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    NotStarted,
    InProgress,
    Done,
    /// For measures that are "Alltid": never finished, never overdue.
    Ongoing,
    Paused,
    Dropped,
}

impl Status {
    /// Every status, in the order the UI lists them.
    pub const ALL: [Status; 6] = [
        Status::NotStarted,
        Status::InProgress,
        Status::Done,
        Status::Ongoing,
        Status::Paused,
        Status::Dropped,
    ];

    /// The code used in files and on the command line (`in_progress`).
    pub fn code(self) -> &'static str {
        match self {
            Status::NotStarted => "not_started",
            Status::InProgress => "in_progress",
            Status::Done => "done",
            Status::Ongoing => "ongoing",
            Status::Paused => "paused",
            Status::Dropped => "dropped",
        }
    }

    /// The word shown to people in `lang` (bokmål `Ikke startet`, nynorsk `Ikkje starta`).
    pub fn label_in(self, lang: Lang) -> String {
        lang.text(self.message_id())
    }

    /// The status's id in the message catalogues.
    fn message_id(self) -> &'static str {
        match self {
            Status::NotStarted => "status-not-started",
            Status::InProgress => "status-in-progress",
            Status::Done => "status-done",
            Status::Ongoing => "status-ongoing",
            Status::Paused => "status-paused",
            Status::Dropped => "status-dropped",
        }
    }

    /// A measure in this status can fall behind its due date (it is Forsinket then).
    pub fn can_be_overdue(self) -> bool {
        matches!(self, Status::NotStarted | Status::InProgress)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label_in(Lang::current()))
    }
}

impl FromStr for Status {
    type Err = Error;

    /// Accepts the code (`in_progress`) or the word in bokmål or nynorsk (`Pågår`,
    /// `Ikkje starta`), any case.
    fn from_str(s: &str) -> Result<Self> {
        let wanted = s.trim().to_lowercase();
        Status::ALL
            .into_iter()
            .find(|st| {
                st.code() == wanted
                    || Lang::ALL
                        .iter()
                        .any(|lang| st.label_in(*lang).to_lowercase() == wanted)
            })
            .ok_or_else(|| {
                let lang = Lang::current();
                let codes: Vec<String> = Status::ALL
                    .iter()
                    .map(|st| format!("{} ({})", st.code(), st.label_in(lang)))
                    .collect();
                Error::invalid(crate::msg!(
                    "core-status-unknown",
                    value = s,
                    codes = codes.join(", ")
                ))
            })
    }
}

/// One change of a row's status: the year's story of a measure is a list of these.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub on: NaiveDate,
    pub status: Status,
    #[serde(default)]
    pub note: String,
}

impl StatusChange {
    /// The status dialog as filled in: the date as typed (`today` when left empty) and the
    /// note trimmed.
    pub fn entered(
        status: Status,
        on: Option<&str>,
        note: Option<&str>,
        today: NaiveDate,
    ) -> Result<StatusChange> {
        let on = match on.map(str::trim) {
            None | Some("") => today,
            Some(text) => super::checks::parse_date(text).on_field("on")?,
        };
        Ok(StatusChange {
            on,
            status,
            note: note.unwrap_or_default().trim().to_string(),
        })
    }
}

/// A status date must be a day that has come, and not before the board's year: a change
/// belongs to the year the board follows. After the year is fine (a measure of last year's
/// board may well be finished in January), up to today.
pub fn check_status_date(on: NaiveDate, board_year: i32, today: NaiveDate) -> Result<()> {
    if on > today {
        return Err(Error::invalid(crate::msg!(
            "core-status-date-future",
            date = nb::date(on),
            today = nb::date(today)
        )));
    }
    let first = NaiveDate::from_ymd_opt(board_year, 1, 1).unwrap_or(NaiveDate::MIN);
    if on < first {
        return Err(Error::invalid(crate::msg!(
            "core-status-date-before-year",
            date = nb::date(on),
            year = board_year
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_reads_codes_and_norwegian_words() {
        assert_eq!("in_progress".parse::<Status>().unwrap(), Status::InProgress);
        assert_eq!("pågår".parse::<Status>().unwrap(), Status::InProgress);
        assert_eq!(
            "Ikke startet".parse::<Status>().unwrap(),
            Status::NotStarted
        );
        assert_eq!(Status::NotStarted.label_in(Lang::Nb), "Ikke startet");
        assert_eq!(Status::Dropped.label_in(Lang::Nb), "Avbrutt");
        assert_eq!(Status::NotStarted.label_in(Lang::Nn), "Ikkje starta");
        assert_eq!(Status::Dropped.label_in(Lang::Nn), "Avbrote");
        let err = "kanskje".parse::<Status>().unwrap_err().to_string();
        assert!(err.contains("Ukjent status «kanskje»") && err.contains("not_started"));
    }

    #[test]
    fn a_status_is_read_in_nynorsk_too_and_refused_in_the_current_language() {
        assert_eq!(
            "ikkje starta".parse::<Status>().unwrap(),
            Status::NotStarted
        );
        assert_eq!("Avbrote".parse::<Status>().unwrap(), Status::Dropped);
        let err = crate::lang::with(Lang::Nn, || {
            "kanskje".parse::<Status>().unwrap_err().to_string()
        });
        assert!(
            err.starts_with("Ukjend status «kanskje». Bruk ein av: not_started (Ikkje starta),"),
            "{err}"
        );
        let day = |d| NaiveDate::from_ymd_opt(2025, 3, d).unwrap();
        let err = crate::lang::with(Lang::Nn, || {
            check_status_date(day(20), 2025, day(10))
                .unwrap_err()
                .to_string()
        });
        assert!(
            err.starts_with("Datoen 20.03.2025 er etter i dag (10.03.2025)."),
            "{err}"
        );
        assert!(
            err.contains("skriv datoen i dag eller ein dag før"),
            "{err}"
        );
    }
}
