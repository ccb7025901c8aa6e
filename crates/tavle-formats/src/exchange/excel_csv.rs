//! The one CSV writer for Excel in Norway that every CSV Tavle writes goes through (the
//! board's rows, the roll-up): `;`, UTF-8 with BOM, CRLF, RFC 4180 quoting, and every cell
//! that Excel would run as a formula defused ([`defuse_formula`]). Having one writer means a
//! new CSV cannot forget the defusing.

use std::borrow::Cow;
use std::io::Write;

/// Excel runs a cell that starts with `=`, `+`, `-` or `@` as a formula ("CSV injection"),
/// and the texts in a CSV come from many hands: a board's rows, imported files, the unit
/// names and file names in an HR folder. Such cells get a leading `'`, as OWASP advises.
/// The price is a visible `'` in front of a text like "- første punkt"; a formula that runs
/// on opening is worse. Tab and CR are included because Excel strips them and then looks at
/// the next character.
///
/// A plain number (`-3,5`, `-12`) is left alone: it cannot be a formula, and a defused one
/// would be text Excel cannot compute with (the roll-up's gap is often negative).
pub fn defuse_formula(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('-') if is_plain_number(&cell[1..]) => cell.into(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

/// Digits, with at most one decimal comma or point between digits: `12`, `3,5`.
fn is_plain_number(s: &str) -> bool {
    let (whole, fraction) = match s.split_once([',', '.']) {
        Some((w, f)) => (w, Some(f)),
        None => (s, None),
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && fraction.is_none_or(digits)
}

/// A CSV being written for Excel in Norway; [`ExcelCsv::record`] defuses every cell.
pub struct ExcelCsv<W: Write> {
    csv: csv::Writer<W>,
}

impl<W: Write> ExcelCsv<W> {
    /// Starts the CSV with the byte order mark: without it, Excel reads UTF-8 as
    /// Windows-1252 and æøå come out garbled.
    pub fn new(mut writer: W) -> std::io::Result<Self> {
        writer.write_all(b"\xEF\xBB\xBF")?;
        let csv = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .quote_style(csv::QuoteStyle::Necessary)
            .from_writer(writer);
        Ok(ExcelCsv { csv })
    }

    /// One line, every cell defused.
    pub fn record<I, S>(&mut self, cells: I) -> std::io::Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.csv
            .write_record(
                cells
                    .into_iter()
                    .map(|c| defuse_formula(c.as_ref()).into_owned()),
            )
            .map_err(std::io::Error::from)
    }

    /// Writes out what is buffered.
    pub fn finish(mut self) -> std::io::Result<()> {
        self.csv.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_excel_would_run_are_defused_and_plain_numbers_are_not() {
        for (cell, want) in [
            ("=1+1", "'=1+1"),
            ("+1", "'+1"),
            ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("- første punkt", "'- første punkt"),
            ("-", "'-"),
            ("-3,5", "-3,5"),
            ("-12", "-12"),
            ("-1.5", "-1.5"),
            ("-1,", "'-1,"),
            ("-,5", "'-,5"),
            ("Hjemmesykepleien", "Hjemmesykepleien"),
            ("", ""),
        ] {
            assert_eq!(defuse_formula(cell), want, "{cell:?}");
        }
    }

    #[test]
    fn the_csv_has_a_bom_semicolons_and_crlf() {
        let mut out = Vec::new();
        let mut csv = ExcelCsv::new(&mut out).unwrap();
        csv.record(["a;b", "=x"]).unwrap();
        csv.record(["c", "-1"]).unwrap();
        csv.finish().unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\u{feff}\"a;b\";'=x\r\nc;-1\r\n"
        );
    }
}
