//! The checks every noun shares: years, dates, percentages, text lengths, and reading
//! dates and numbers as people in Norway type them. One place, so the CLI, the app and the
//! importer refuse the same things with the same Norwegian words.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::YearMonth;
use crate::error::{Error, Result};
use crate::lang::Lang;

/// Longest text a cell or field may hold, in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Years a board may be for.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// Refuses a year outside 2000–2100.
pub fn check_year(year: i32) -> Result<()> {
    if !YEARS.contains(&year) {
        return Err(Error::invalid(crate::msg!(
            "core-year-out-of-range",
            year = year,
            first = *YEARS.start(),
            last = *YEARS.end()
        )));
    }
    Ok(())
}

/// Refuses a date outside the years Tavle accepts ([`YEARS`]); `what` names the field.
pub fn check_date(what: &str, date: NaiveDate) -> Result<()> {
    if !YEARS.contains(&date.year()) {
        return Err(Error::invalid(crate::msg!(
            "core-date-out-of-range",
            what = what,
            date = date.format("%d.%m.%Y").to_string(),
            first = *YEARS.start(),
            last = *YEARS.end()
        )));
    }
    Ok(())
}

/// Refuses a percentage outside 0–100 (or not a number).
pub fn check_pct(what: &str, pct: f64) -> Result<()> {
    if !pct.is_finite() || !(0.0..=100.0).contains(&pct) {
        return Err(Error::invalid(crate::msg!(
            "core-pct-out-of-range",
            what = what,
            value = crate::nb::number(pct)
        )));
    }
    Ok(())
}

/// Refuses a text longer than [`MAX_TEXT_CHARS`].
pub fn check_text(what: &str, text: &str) -> Result<()> {
    let n = text.chars().count();
    if n > MAX_TEXT_CHARS {
        return Err(Error::invalid(crate::msg!(
            "core-text-too-long",
            what = what,
            n = n,
            max = MAX_TEXT_CHARS
        )));
    }
    Ok(())
}

/// Refuses an absence month that does not belong to the board's year.
pub fn check_month_in_year(month: YearMonth, year: i32) -> Result<()> {
    if month.year != year {
        return Err(Error::invalid(crate::msg!(
            "core-month-not-in-year",
            month = month.to_string(),
            year = year,
            other = month.year
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
        .ok_or_else(|| Error::invalid(crate::msg!("core-date-invalid", value = s)))
}

/// A number as people in Norway write it: `9,1`, `9.1`, `9,1 %`, `1 200`. `None` when the
/// text is empty or not a number; the one rule every form, import and CLI argument reads by.
pub fn read_number(text: &str) -> Option<f64> {
    let t: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    t.replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|x| x.is_finite())
}

/// Text with its line breaks kept, but always as `\n`: a text typed or saved on Windows must
/// not make the same board look different.
pub fn unix_line_breaks(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// [`read_number`] for a form field: empty is `None`, anything else that is not a number is
/// refused, named by `what`.
pub fn parse_decimal(what: &str, text: &str) -> Result<Option<f64>> {
    if text.trim().trim_end_matches('%').trim().is_empty() {
        return Ok(None);
    }
    read_number(text).map(Some).ok_or_else(|| {
        Error::invalid(crate::msg!(
            "core-not-a-number",
            what = what,
            value = text.trim()
        ))
    })
}

/// A year as typed in a form (`2025`): four digits within the years Tavle accepts.
pub fn parse_year(text: &str) -> Result<i32> {
    let year = text
        .trim()
        .parse::<i32>()
        .map_err(|_| Error::invalid(crate::msg!("core-not-a-year", value = text.trim())))?;
    check_year(year)?;
    Ok(year)
}

/// A form field as typed, sent as text or (from a script or a test) as a number: either is
/// read as the text it shows, so the core does the reading in both cases.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(transparent)]
pub struct Typed(pub String);

impl<'de> Deserialize<'de> for Typed {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Sent {
            Whole(i64),
            Number(f64),
            Text(String),
        }
        Ok(Typed(match Option::<Sent>::deserialize(d)? {
            None => String::new(),
            Some(Sent::Whole(n)) => n.to_string(),
            Some(Sent::Number(x)) => x.to_string(),
            Some(Sent::Text(t)) => t,
        }))
    }
}

impl From<&str> for Typed {
    fn from(text: &str) -> Typed {
        Typed(text.to_string())
    }
}

/// Serde helper for a form's text field: `null` is taken as empty, so a caller that sends
/// "no date" that way is understood.
pub(crate) fn text_or_null<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

/// The målform as typed (`--lang`, the settings): here with the other checks of input, so
/// that the catalogue (`lang`) does not depend on the error type that depends on it.
impl std::str::FromStr for Lang {
    type Err = Error;

    /// `nb` (bokmål) or `nn` (nynorsk), any case; the names themselves too.
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_lowercase().as_str() {
            "nb" | "bokmål" | "bokmal" => Ok(Lang::Nb), // input: the names a user may type
            "nn" | "nynorsk" => Ok(Lang::Nn),
            _ => Err(Error::invalid(crate::msg!("core-unknown-lang", value = s))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_field_is_read_as_text_whether_sent_as_text_or_number() {
        let typed: Vec<Typed> = serde_json::from_str(r#"["6,5", 2025, 6.5, null]"#).unwrap();
        let texts: Vec<&str> = typed.iter().map(|t| t.0.as_str()).collect();
        assert_eq!(texts, ["6,5", "2025", "6.5", ""]);
        assert_eq!(parse_year(" 2026 ").unwrap(), 2026);
        let err = parse_year("tjuefem").unwrap_err().to_string();
        assert!(err.contains("«tjuefem» er ikke et årstall"), "{err}");
        assert!(parse_year("1850").is_err());
    }

    #[test]
    fn numbers_are_read_the_norwegian_way_everywhere() {
        assert_eq!(read_number("9,1"), Some(9.1));
        assert_eq!(read_number(" 9.1 % "), Some(9.1));
        assert_eq!(read_number("1\u{a0}200"), Some(1200.0));
        assert_eq!(read_number(""), None);
        assert_eq!(read_number("ni"), None);
        assert_eq!(read_number("inf"), None);
        assert_eq!(parse_decimal("Tapte", " % ").unwrap(), None);
        let err = parse_decimal("Tapte", "ni").unwrap_err().to_string();
        assert!(err.starts_with("Tapte: «ni» er ikke et tall"), "{err}");
    }

    #[test]
    fn line_breaks_from_windows_and_old_macs_become_one_kind() {
        assert_eq!(unix_line_breaks("a\r\nb\rc\nd"), "a\nb\nc\nd");
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
    fn numbers_are_read_with_a_decimal_comma_spaces_and_a_percent_sign() {
        assert_eq!(parse_decimal("x", "9,1").unwrap(), Some(9.1));
        assert_eq!(parse_decimal("x", " 9.1 % ").unwrap(), Some(9.1));
        assert_eq!(parse_decimal("x", "1 200").unwrap(), Some(1200.0));
        assert_eq!(parse_decimal("x", "  ").unwrap(), None);
        let err = parse_decimal("Mars 2025, prosent", "ni").unwrap_err();
        assert_eq!(err.kind(), "invalid");
        assert!(err.to_string().contains("«ni» er ikke et tall"), "{err}");
    }
}
