//! The board and its parts as plain data, with the rules that keep them sane.
//!
//! These types are also the exchange format of design.md (serde), so a board read from
//! JSON, stored, loaded and written again is the same value. Validation lives here so
//! that the CLI, the app and the importer all refuse the same things with the same
//! Norwegian messages.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Longest text a cell or field may hold, in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Years a board may be for.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// A board's id in a `.tavle` file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct BoardId(pub i64);

/// A row's id in a `.tavle` file; stable while the row lives, whatever its position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RowId(pub i64);

/// A status history entry's id in a `.tavle` file: a correction or removal names the entry
/// by this, never by its place in a list a screen may have shown before another change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ChangeId(pub i64);

impl fmt::Display for ChangeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A workshop card's (input's) id in a `.tavle` file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct InputId(pub i64);

impl fmt::Display for InputId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl fmt::Display for BoardId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl fmt::Display for RowId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

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

    /// The Norwegian word shown to people (`Pågår`).
    pub fn label(self) -> &'static str {
        match self {
            Status::NotStarted => "Ikke startet",
            Status::InProgress => "Pågår",
            Status::Done => "Fullført",
            Status::Ongoing => "Løpende",
            Status::Paused => "På vent",
            Status::Dropped => "Avbrutt",
        }
    }

    /// A measure in this status can fall behind its due date (it is Forsinket then).
    pub fn can_be_overdue(self) -> bool {
        matches!(self, Status::NotStarted | Status::InProgress)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl FromStr for Status {
    type Err = Error;

    /// Accepts the code (`in_progress`) or the Norwegian word (`Pågår`), any case.
    fn from_str(s: &str) -> Result<Self> {
        let wanted = s.trim().to_lowercase();
        Status::ALL
            .into_iter()
            .find(|st| st.code() == wanted || st.label().to_lowercase() == wanted)
            .ok_or_else(|| {
                let codes: Vec<String> = Status::ALL
                    .iter()
                    .map(|st| format!("{} ({})", st.code(), st.label()))
                    .collect();
                Error::invalid(format!(
                    "Ukjent status «{s}». Bruk en av: {}.",
                    codes.join(", ")
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

/// One row of the board: a goal and the measure agreed for it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Row {
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub ideas: String,
    #[serde(default)]
    pub measure: String,
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

    /// Checks the row's own rules; `place` names it in messages ("Rad 3").
    pub fn validate(&self, place: &str) -> Result<()> {
        if self.goal.trim().is_empty() && self.measure.trim().is_empty() {
            return Err(Error::invalid(format!(
                "{place} mangler både mål og tiltak. Skriv inn minst ett av dem."
            )));
        }
        for (name, text) in [
            ("Mål", &self.goal),
            ("Ideer", &self.ideas),
            ("Tiltak", &self.measure),
            ("Ansvar", &self.owner),
            ("Når?", &self.when_text),
            ("Resultat", &self.result),
        ] {
            check_text(&format!("{place}, {name}"), text)?;
        }
        for (i, change) in self.history.iter().enumerate() {
            check_text(
                &format!("{place}, statushistorikk nr. {}", i + 1),
                &change.note,
            )?;
        }
        if let Some(due) = self.due {
            check_date(&format!("{place}, Frist"), due)?;
        }
        for (i, change) in self.history.iter().enumerate() {
            check_date(
                &format!("{place}, statushistorikk nr. {}", i + 1),
                change.on,
            )?;
        }
        if self.history.windows(2).any(|w| w[1].on < w[0].on) {
            return Err(Error::invalid(format!(
                "{place}: statushistorikken må stå i datorekkefølge, eldste først."
            )));
        }
        if let Some(last) = self.history.last() {
            if last.status != self.status {
                return Err(Error::invalid(format!(
                    "{place}: status er «{}», men siste endring i historikken er «{}». De må være like.",
                    self.status.label(),
                    last.status.label()
                )));
            }
        }
        Ok(())
    }
}

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
            return Err(Error::invalid(format!(
                "«{year:04}-{month:02}» er ikke en gyldig måned. Skriv måneden som ÅÅÅÅ-MM, for eksempel 2025-03."
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
        let bad = || {
            Error::invalid(format!(
                "«{s}» er ikke en gyldig måned. Skriv måneden som ÅÅÅÅ-MM, for eksempel 2025-03."
            ))
        };
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
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// One month's absence for the unit: the percentage alone, or agreed and lost workdays.
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

    /// Checks the month's rules.
    pub fn validate(&self) -> Result<()> {
        let m = self.month;
        match (self.pct, self.agreed_days, self.lost_days) {
            (Some(p), None, None) => {
                check_pct(&format!("Sykefravær for {m}"), p)?;
                if self.self_certified_days.is_some() {
                    return Err(Error::invalid(format!(
                        "{m}: egenmeldte dagsverk kan bare oppgis sammen med avtalte og tapte dagsverk."
                    )));
                }
                Ok(())
            }
            (None, Some(agreed), Some(lost)) => {
                if !agreed.is_finite() || agreed <= 0.0 {
                    return Err(Error::invalid(format!(
                        "{m}: avtalte dagsverk må være større enn 0 (fikk {}).",
                        crate::nb::number(agreed)
                    )));
                }
                if !lost.is_finite() || lost < 0.0 || lost > agreed {
                    return Err(Error::invalid(format!(
                        "{m}: tapte dagsverk må være mellom 0 og avtalte dagsverk ({}), fikk {}.",
                        crate::nb::number(agreed),
                        crate::nb::number(lost)
                    )));
                }
                if let Some(own) = self.self_certified_days {
                    if !own.is_finite() || own < 0.0 || own > lost {
                        return Err(Error::invalid(format!(
                            "{m}: egenmeldte dagsverk må være mellom 0 og tapte dagsverk ({}), fikk {}.",
                            crate::nb::number(lost),
                            crate::nb::number(own)
                        )));
                    }
                }
                Ok(())
            }
            (Some(_), _, _) => Err(Error::invalid(format!(
                "{m}: oppgi enten prosent eller avtalte og tapte dagsverk, ikke begge."
            ))),
            (None, None, None) => Err(Error::invalid(format!(
                "{m}: mangler tall. Oppgi prosent, eller avtalte og tapte dagsverk."
            ))),
            (None, _, _) => Err(Error::invalid(format!(
                "{m}: oppgi både avtalte og tapte dagsverk."
            ))),
        }
    }
}

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

    /// The question as asked in the workshop.
    pub fn text(self) -> &'static str {
        match self {
            Question::WorksWell => "Hva gjør vi som fungerer bra i dag?",
            Question::DoBetter => "Hva kan vi gjøre bedre eller annerledes?",
            Question::Proposals => "Hvilke konkrete forslag til forbedringer har vi?",
        }
    }
}

/// A raw answer captured in the workshop.
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

/// A milestone (Delmål) of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub text: String,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub reached_on: Option<NaiveDate>,
}

/// "Prosjekt nærvær": the one-page plan of a board.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Absence % last December.
    #[serde(default)]
    pub absence_pct_december: Option<f64>,
    /// Average absence % last year.
    #[serde(default)]
    pub absence_pct_average: Option<f64>,
    #[serde(default)]
    pub situation: String,
    #[serde(default)]
    pub why_change: String,
    #[serde(default)]
    pub actions: String,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    #[serde(default)]
    pub desired_state: String,
    #[serde(default)]
    pub obstacles: String,
}

impl Plan {
    /// Checks the plan's rules.
    pub fn validate(&self) -> Result<()> {
        if let Some(p) = self.absence_pct_december {
            check_pct("Sykefravær i desember i fjor", p)?;
        }
        if let Some(p) = self.absence_pct_average {
            check_pct("Gjennomsnittlig sykefravær i fjor", p)?;
        }
        for (name, text) in [
            ("Situasjonsbeskrivelse", &self.situation),
            ("Hvorfor endre", &self.why_change),
            ("Handlinger", &self.actions),
            ("Ønsket situasjon", &self.desired_state),
            ("Hindringer", &self.obstacles),
        ] {
            check_text(name, text)?;
        }
        for (i, m) in self.milestones.iter().enumerate() {
            if m.text.trim().is_empty() {
                return Err(Error::invalid(format!(
                    "Delmål nr. {} mangler tekst. Skriv hva delmålet er, eller fjern det.",
                    i + 1
                )));
            }
            check_text(&format!("Delmål nr. {}", i + 1), &m.text)?;
            for date in [m.due, m.reached_on].into_iter().flatten() {
                check_date(&format!("Delmål nr. {}", i + 1), date)?;
            }
        }
        Ok(())
    }
}

fn default_title() -> String {
    "Forbedringstavle".to_string()
}

/// One unit's improvement board for one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Board {
    #[serde(default = "default_title")]
    pub title: String,
    pub unit: String,
    pub year: i32,
    /// Hovedmål.
    #[serde(default)]
    pub main_goal: String,
    /// The focus / values line ("trykkløst og trykksikkert").
    #[serde(default)]
    pub focus: String,
    /// Mål sykefravær % for the year.
    #[serde(default)]
    pub target_pct: Option<f64>,
    #[serde(default)]
    pub rows: Vec<Row>,
    #[serde(default)]
    pub plan: Plan,
    /// Oldest month first, one entry per month.
    #[serde(default)]
    pub absence: Vec<AbsenceMonth>,
    #[serde(default)]
    pub inputs: Vec<Input>,
}

impl Board {
    /// An empty board for a unit and year.
    pub fn new(unit: impl Into<String>, year: i32) -> Self {
        Board {
            title: default_title(),
            unit: unit.into(),
            year,
            main_goal: String::new(),
            focus: String::new(),
            target_pct: None,
            rows: Vec::new(),
            plan: Plan::default(),
            absence: Vec::new(),
            inputs: Vec::new(),
        }
    }

    /// Checks the board's header fields (everything but rows, plan, absence and inputs).
    pub fn validate_header(&self) -> Result<()> {
        if self.unit.trim().is_empty() {
            return Err(Error::invalid(
                "Tavlen mangler enhet. Skriv navnet på enheten, for eksempel «Hjemmesykepleien».",
            ));
        }
        check_year(self.year)?;
        check_text("Tittel", &self.title)?;
        check_text("Enhet", &self.unit)?;
        check_text("Hovedmål", &self.main_goal)?;
        check_text("Fokus", &self.focus)?;
        if let Some(t) = self.target_pct {
            check_pct("Mål sykefravær", t)?;
        }
        Ok(())
    }

    /// Checks every rule of the whole board.
    pub fn validate(&self) -> Result<()> {
        self.validate_header()?;
        for (i, row) in self.rows.iter().enumerate() {
            row.validate(&format!("Rad {}", i + 1))?;
        }
        self.plan.validate()?;
        let mut seen = std::collections::HashSet::new();
        for month in &self.absence {
            month.validate()?;
            check_month_in_year(month.month, self.year)?;
            if !seen.insert(month.month) {
                return Err(Error::invalid(format!(
                    "Måneden {} står flere ganger i fraværstallene. Hver måned kan bare stå én gang.",
                    month.month
                )));
            }
        }
        for (i, input) in self.inputs.iter().enumerate() {
            if input.text.trim().is_empty() {
                return Err(Error::invalid(format!(
                    "Innspill nr. {} er tomt. Skriv hva som ble sagt, eller ta det ut av filen.",
                    i + 1
                )));
            }
            check_text(&format!("Innspill nr. {}", i + 1), &input.text)?;
            if let Some(r) = input.row {
                if r >= self.rows.len() {
                    return Err(Error::invalid(format!(
                        "Innspill nr. {} viser til rad {}, men tavlen har bare {} rader.",
                        i + 1,
                        r + 1,
                        self.rows.len()
                    )));
                }
            }
        }
        Ok(())
    }
}

/// Refuses a year outside 2000–2100.
pub fn check_year(year: i32) -> Result<()> {
    if !YEARS.contains(&year) {
        return Err(Error::invalid(format!(
            "Året {year} er utenfor det Tavle godtar. Skriv et år mellom {} og {}.",
            YEARS.start(),
            YEARS.end()
        )));
    }
    Ok(())
}

/// Refuses a date outside the years Tavle accepts ([`YEARS`]); `what` names the field.
pub fn check_date(what: &str, date: NaiveDate) -> Result<()> {
    if !YEARS.contains(&date.year()) {
        return Err(Error::invalid(format!(
            "{what}: datoen {} er utenfor det Tavle godtar. Bruk en dato fra år {} til {}.",
            date.format("%d.%m.%Y"),
            YEARS.start(),
            YEARS.end()
        )));
    }
    Ok(())
}

/// Refuses a percentage outside 0–100 (or not a number).
pub fn check_pct(what: &str, pct: f64) -> Result<()> {
    if !pct.is_finite() || !(0.0..=100.0).contains(&pct) {
        return Err(Error::invalid(format!(
            "{what} må være en prosent mellom 0 og 100, fikk {}.",
            crate::nb::number(pct)
        )));
    }
    Ok(())
}

/// Refuses a text longer than [`MAX_TEXT_CHARS`].
pub fn check_text(what: &str, text: &str) -> Result<()> {
    let n = text.chars().count();
    if n > MAX_TEXT_CHARS {
        return Err(Error::invalid(format!(
            "{what} er for lang ({n} tegn). Største lengde er {MAX_TEXT_CHARS} tegn; kort ned teksten."
        )));
    }
    Ok(())
}

/// Refuses an absence month that does not belong to the board's year.
pub fn check_month_in_year(month: YearMonth, year: i32) -> Result<()> {
    if month.year != year {
        return Err(Error::invalid(format!(
            "Måneden {month} hører ikke til tavlens år {year}. Før fraværet på tavlen for {}.",
            month.year
        )));
    }
    Ok(())
}

/// Reads a date written `2025-03-15` or `15.03.2025`; refuses dates that do not exist.
pub fn parse_date(s: &str) -> Result<NaiveDate> {
    let t = s.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d.%m.%Y"))
        .ok()
        .filter(|d| YEARS.contains(&d.year()))
        .ok_or_else(|| {
            Error::invalid(format!(
                "«{s}» er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD (2025-03-15) eller DD.MM.ÅÅÅÅ (15.03.2025)."
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn status_reads_codes_and_norwegian_words() {
        assert_eq!("in_progress".parse::<Status>().unwrap(), Status::InProgress);
        assert_eq!("pågår".parse::<Status>().unwrap(), Status::InProgress);
        assert_eq!(
            "Ikke startet".parse::<Status>().unwrap(),
            Status::NotStarted
        );
        let err = "kanskje".parse::<Status>().unwrap_err().to_string();
        assert!(err.contains("Ukjent status «kanskje»") && err.contains("not_started"));
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
    fn dates_must_exist() {
        assert_eq!(
            parse_date("15.03.2025").unwrap(),
            NaiveDate::from_ymd_opt(2025, 3, 15).unwrap()
        );
        assert!(parse_date("2025-02-30").is_err());
        assert!(parse_date("31.04.2025").is_err());
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
    fn a_board_refuses_bad_years_duplicate_months_and_foreign_months() {
        let mut b = Board::new("Hjemmesykepleien", 2025);
        assert!(b.validate().is_ok());
        b.year = 1999;
        assert!(b.validate().unwrap_err().to_string().contains("1999"));
        b.year = 2025;
        let jan: YearMonth = "2025-01".parse().unwrap();
        b.absence = vec![
            AbsenceMonth::from_pct(jan, 9.0),
            AbsenceMonth::from_pct(jan, 8.0),
        ];
        assert!(b
            .validate()
            .unwrap_err()
            .to_string()
            .contains("flere ganger"));
        b.absence = vec![AbsenceMonth::from_pct("2024-12".parse().unwrap(), 9.0)];
        assert!(b
            .validate()
            .unwrap_err()
            .to_string()
            .contains("hører ikke til"));
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
}
