//! The board: one unit's year ([`Board`]) holding rows, plan, absence and workshop cards,
//! the rules of the whole, and the header form ([`BoardHeader`]).

use serde::{Deserialize, Serialize};

use super::checks::{
    check_month_in_year, check_pct, check_text, check_year, parse_decimal, parse_year, Typed,
};
use super::{AbsenceMonth, Input, Plan, Question, Row};
use crate::error::{Error, OnField, Result};

/// The title a board gets when none is given.
pub const DEFAULT_BOARD_TITLE: &str = "Forbedringstavle";

fn default_title() -> String {
    DEFAULT_BOARD_TITLE.to_string()
}

/// Board: one unit's improvement board for one year, whole, as stored and exchanged.
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
    /// The board's stable identity: made when the board is made, kept in its file, its
    /// exports and its snapshots, never changed by a new name or year. Publishing finds the
    /// board's earlier snapshot by it. Empty until the board is stored.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub identity: String,
    /// Sektor ("Helse og omsorg", "Oppvekst"); empty when none is given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sector: String,
    /// Antall årsverk as the leader gives it (masking in the roll-up goes by it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff: Option<f64>,
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
    /// The workshop's ideas not yet on the board (what works well is not an idea), at most
    /// `n`: most votes first, and among equals the one added last (the newest) first. The
    /// wall's ideas page and the tavlemøte's Referat show these.
    pub fn top_ideas(&self, n: usize) -> Vec<&Input> {
        let mut indexed: Vec<(usize, &Input)> = self
            .inputs
            .iter()
            .enumerate()
            .filter(|(_, i)| i.row.is_none() && i.question != Question::WorksWell)
            .collect();
        indexed.sort_by(|a, b| b.1.votes.cmp(&a.1.votes).then(b.0.cmp(&a.0)));
        indexed.into_iter().take(n).map(|(_, i)| i).collect()
    }

    /// An empty board for a unit and year.
    pub fn new(unit: impl Into<String>, year: i32) -> Self {
        Board {
            title: default_title(),
            unit: unit.into(),
            year,
            main_goal: String::new(),
            focus: String::new(),
            target_pct: None,
            identity: String::new(),
            sector: String::new(),
            staff: None,
            rows: Vec::new(),
            plan: Plan::default(),
            absence: Vec::new(),
            inputs: Vec::new(),
        }
    }

    /// Checks the board's header fields (everything but rows, plan, absence and inputs). A
    /// refusal names its field by the header form's key ([`BoardHeader`]).
    pub fn validate_header(&self) -> Result<()> {
        if self.unit.trim().is_empty() {
            return Err(Error::invalid(crate::msg!("core-board-unit-missing")).on_field("unit"));
        }
        check_year(self.year).on_field("year")?;
        check_text(&crate::tr!("core-field-title"), &self.title).on_field("title")?;
        check_text(&crate::tr!("core-field-unit"), &self.unit).on_field("unit")?;
        check_text(&crate::tr!("core-field-main-goal"), &self.main_goal).on_field("main_goal")?;
        check_text(&crate::tr!("core-field-focus"), &self.focus).on_field("focus")?;
        if let Some(t) = self.target_pct {
            check_pct(&crate::tr!("core-field-target"), t).on_field("target_pct")?;
        }
        check_text(&crate::tr!("core-field-sector"), &self.sector).on_field("sector")?;
        if let Some(staff) = self.staff {
            check_staff(staff).on_field("staff")?;
        }
        check_identity(&self.identity)?;
        Ok(())
    }

    /// Checks every rule of the whole board. A whole board comes from a file, not a form,
    /// so its refusals name no form field (the message says where).
    pub fn validate(&self) -> Result<()> {
        self.validate_parts().map_err(Error::without_field)
    }

    fn validate_parts(&self) -> Result<()> {
        self.validate_header()?;
        for (i, row) in self.rows.iter().enumerate() {
            row.validate(&crate::tr!("core-row-place", n = i + 1))?;
        }
        self.plan.validate()?;
        let mut seen = std::collections::HashSet::new();
        for month in &self.absence {
            month.validate()?;
            check_month_in_year(month.month, self.year)?;
            if !seen.insert(month.month) {
                return Err(Error::invalid(crate::msg!(
                    "core-month-twice",
                    month = month.month.to_string()
                )));
            }
        }
        for (i, input) in self.inputs.iter().enumerate() {
            if input.text.trim().is_empty() {
                return Err(Error::invalid(crate::msg!("core-input-empty", n = i + 1)));
            }
            check_text(&crate::tr!("core-input-number", n = i + 1), &input.text)?;
            if let Some(r) = input.row {
                if r >= self.rows.len() {
                    return Err(Error::invalid(crate::msg!(
                        "core-input-row-missing",
                        n = i + 1,
                        row = r + 1,
                        rows = self.rows.len()
                    )));
                }
            }
        }
        Ok(())
    }
}

/// The most årsverk a unit can give: a typing slip (5000 for 50,00) is refused, not kept.
pub const MAX_STAFF: f64 = 10_000.0;

/// Antall årsverk: more than 0, at most [`MAX_STAFF`].
fn check_staff(staff: f64) -> Result<()> {
    if !staff.is_finite() || staff <= 0.0 || staff > MAX_STAFF {
        return Err(Error::invalid(crate::msg!(
            "core-staff-out-of-range",
            value = crate::nb::number(staff),
            max = crate::nb::number(MAX_STAFF)
        )));
    }
    Ok(())
}

/// An identity is empty (one is made when the board is stored) or up to 64 letters, digits
/// and `-` (what Tavle makes is 32 hex digits).
fn check_identity(identity: &str) -> Result<()> {
    let fits = identity.len() <= 64
        && identity
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-');
    if fits {
        Ok(())
    } else {
        Err(Error::invalid(crate::msg!("core-identity-bad")))
    }
}

/// BoardHeader: the board's own fields as the "Ny tavle" / header form sends them, without
/// the rows, plan, absence and cards a [`Board`] holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoardHeader {
    pub title: String,
    pub unit: String,
    pub year: i32,
    pub main_goal: String,
    pub focus: String,
    pub target_pct: Option<f64>,
    /// Sektor; empty for none.
    #[serde(default)]
    pub sector: String,
    /// Antall årsverk.
    #[serde(default)]
    pub staff: Option<f64>,
}

/// HeaderEntry: the header form as typed; År and Mål sykefravær are text, read by the core
/// (a refusal names its field), so the window does no number reading of its own.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeaderEntry {
    pub title: String,
    pub unit: String,
    pub year: Typed,
    pub main_goal: String,
    pub focus: String,
    pub target_pct: Typed,
    #[serde(default)]
    pub sector: String,
    /// Antall årsverk as typed ("12,5").
    #[serde(default)]
    pub staff: Typed,
}

impl HeaderEntry {
    /// The header the form describes, or a refusal of År or Mål sykefravær; the rest of the
    /// header's rules are checked where it is stored (insert_board, update_board_header).
    pub fn parse(&self) -> Result<BoardHeader> {
        Ok(BoardHeader {
            title: self.title.trim().to_string(),
            unit: self.unit.trim().to_string(),
            year: parse_year(&self.year.0).on_field("year")?,
            main_goal: self.main_goal.clone(),
            focus: self.focus.clone(),
            target_pct: parse_decimal(&crate::tr!("core-field-target"), &self.target_pct.0)
                .on_field("target_pct")?,
            sector: self.sector.trim().to_string(),
            staff: parse_decimal(&crate::tr!("core-field-staff"), &self.staff.0)
                .on_field("staff")?,
        })
    }
}

impl From<BoardHeader> for Board {
    /// "Ny tavle": a board with the header's fields and nothing else yet.
    fn from(header: BoardHeader) -> Board {
        Board {
            title: header.title,
            main_goal: header.main_goal,
            focus: header.focus,
            target_pct: header.target_pct,
            sector: header.sector,
            staff: header.staff,
            ..Board::new(header.unit, header.year)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Row, YearMonth};

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
    fn a_refused_header_field_is_named_by_the_forms_key() {
        let header = |f: fn(&mut BoardHeader)| {
            let mut h = BoardHeader {
                title: "Forbedringstavle".into(),
                unit: "Hjemmesykepleien".into(),
                year: 2025,
                main_goal: String::new(),
                focus: String::new(),
                target_pct: None,
                sector: String::new(),
                staff: None,
            };
            f(&mut h);
            Board::from(h).validate_header().unwrap_err()
        };
        fn long() -> String {
            "x".repeat(crate::model::MAX_TEXT_CHARS + 1)
        }
        let err = header(|h| h.unit = " ".into());
        assert_eq!(err.field(), Some("unit"));
        assert!(
            err.to_string().starts_with("Tavlen mangler enhet."),
            "{err}"
        );
        assert_eq!(header(|h| h.year = 1999).field(), Some("year"));
        assert_eq!(header(|h| h.title = long()).field(), Some("title"));
        assert_eq!(header(|h| h.unit = long()).field(), Some("unit"));
        assert_eq!(header(|h| h.main_goal = long()).field(), Some("main_goal"));
        assert_eq!(header(|h| h.focus = long()).field(), Some("focus"));
        let err = header(|h| h.target_pct = Some(120.0));
        assert_eq!(err.field(), Some("target_pct"));
        assert_eq!(
            serde_json::to_value(&err).unwrap(),
            serde_json::json!({
                "kind": "invalid",
                "code": "core-pct-out-of-range",
                "args": {"what": "Mål sykefravær", "value": "120"},
                "message": "Mål sykefravær må være en prosent mellom 0 og 100, fikk 120.",
                "field": "target_pct"
            })
        );
    }

    #[test]
    fn a_whole_board_from_a_file_names_no_form_field() {
        let mut b = Board::new("Hjemmesykepleien", 2025);
        b.rows = vec![Row::default()];
        let err = b.validate().unwrap_err();
        assert!(matches!(err, Error::Invalid(_)), "{err}");
        assert!(err.to_string().starts_with("Rad 1 mangler"), "{err}");
    }

    #[test]
    fn a_target_that_is_no_number_is_refused_in_nynorsk() {
        let form = HeaderEntry {
            title: "Forbetringstavle".into(),
            unit: "Heimesjukepleia".into(),
            year: "2025".into(),
            target_pct: "sju".into(),
            ..HeaderEntry::default()
        };
        let err = crate::lang::with(crate::lang::Lang::Nn, || form.parse().unwrap_err());
        assert_eq!(
            err.to_string(),
            "Mål sjukefråvær: «sju» er ikkje eit tal. Skriv til dømes 9,1 eller 420."
        );
        assert_eq!(err.field(), Some("target_pct"));
        let mut board = Board::new("Heimesjukepleia", 2025);
        board.target_pct = Some(120.0);
        let err = crate::lang::with(crate::lang::Lang::Nn, || board.validate().unwrap_err());
        assert_eq!(
            err.to_string(),
            "Mål sjukefråvær må vere ein prosent mellom 0 og 100, fekk 120."
        );
        let unitless = crate::lang::with(crate::lang::Lang::Nn, || {
            Board::new(" ", 2025).validate().unwrap_err().to_string()
        });
        assert!(unitless.starts_with("Tavla manglar eining."), "{unitless}");
    }
}
