//! Numbers and dates the Norwegian way: `9,1 %`, `−2,1 prosentpoeng`, `15.03.2025`.

use chrono::NaiveDate;

/// A number with a decimal comma and at most one decimal: `7`, `9,1`, `38,5`.
pub fn number(x: f64) -> String {
    if !x.is_finite() {
        return x.to_string();
    }
    let rounded = (x * 10.0).round() / 10.0;
    let s = if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    };
    // Avoid "-0".
    let s = if s == "-0" { "0".to_string() } else { s };
    s.replace('.', ",").replace('-', "−")
}

/// A whole number in groups of three: `32 767`, `1 073 741 824`.
pub fn whole(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(d);
    }
    out
}

/// A number with a decimal comma and exactly one decimal: `7,0`, `9,1`.
pub fn number1(x: f64) -> String {
    let s = format!("{:.1}", (x * 10.0).round() / 10.0);
    let s = if s == "-0.0" { "0.0".to_string() } else { s };
    s.replace('.', ",").replace('-', "−")
}

/// A percentage with one decimal: `9,1 %`.
pub fn pct(x: f64) -> String {
    format!("{} %", number1(x))
}

/// A difference between two percentages, signed: `+1,3 prosentpoeng`, `−2,1 prosentpoeng`.
pub fn points(x: f64) -> String {
    let s = number1(x);
    if s.starts_with('−') || s == "0,0" {
        format!("{s} prosentpoeng")
    } else {
        format!("+{s} prosentpoeng")
    }
}

/// A date as `15.03.2025`.
pub fn date(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// Month names as written in Norwegian running text.
pub const MONTH_NAMES: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

/// The name of month `m` (1 = januar), as in running text: "mars". "?" for no month.
pub fn month_name(m: u32) -> &'static str {
    (m as usize)
        .checked_sub(1)
        .and_then(|i| MONTH_NAMES.get(i))
        .copied()
        .unwrap_or("?")
}

/// The month's name with a capital, for the start of a line or a table cell: "Mars".
pub fn month_name_capital(m: u32) -> String {
    let name = month_name(m);
    let mut chars = name.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Norwegian sort key: case-blind, æ, ø, å after z.
pub fn sort_key(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'æ' => '\u{7b}',
            'ø' => '\u{7c}',
            'å' => '\u{7d}',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_use_decimal_comma_and_a_real_minus() {
        assert_eq!(pct(9.1), "9,1 %");
        assert_eq!(pct(7.0), "7,0 %");
        assert_eq!(number(38.5), "38,5");
        assert_eq!(number(420.0), "420");
        assert_eq!(points(-2.1), "−2,1 prosentpoeng");
        assert_eq!(points(1.25), "+1,3 prosentpoeng");
        assert_eq!(points(-0.01), "0,0 prosentpoeng");
    }

    #[test]
    fn dates_are_day_month_year() {
        assert_eq!(
            date(NaiveDate::from_ymd_opt(2025, 3, 5).unwrap()),
            "05.03.2025"
        );
    }

    #[test]
    fn months_are_named_in_norwegian_with_or_without_a_capital() {
        assert_eq!(month_name(1), "januar");
        assert_eq!(month_name(12), "desember");
        assert_eq!(month_name(0), "?");
        assert_eq!(month_name(13), "?");
        assert_eq!(month_name_capital(3), "Mars");
    }
}
