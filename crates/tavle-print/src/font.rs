//! The embedded fonts (DejaVu Sans, regular and bold: every Norwegian letter) and their
//! real glyph widths, so the layout wraps text exactly where the PDF will draw it.
//!
//! The PDF shows glyphs at their advance widths without kerning, so the width of a text
//! is the sum of its glyphs' advances: measuring is additive, which the wrapper relies on.

use tavle_model::error::{Error, Result};

/// DejaVu Sans (licence: `assets/fonts/LICENSE-DejaVu.txt`).
pub(crate) const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold.
pub(crate) const BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// Millimetres in one typographic point.
pub const PT_TO_MM: f64 = 25.4 / 72.0;

/// Characters below this code point have their advance looked up once, in a table.
const TABLE: usize = 0x250;

/// Glyph widths of one face.
struct Face {
    /// Advances in em of the first [`TABLE`] code points.
    table: Vec<f64>,
    face: ttf_parser::Face<'static>,
    units_per_em: f64,
    /// Advance of the glyph shown for characters the font lacks (.notdef), in em.
    notdef: f64,
}

impl Face {
    fn parse(data: &'static [u8], name: &str) -> Result<Self> {
        let face = ttf_parser::Face::parse(data, 0).map_err(|e| {
            Error::Print(tavle_model::tr!(
                "core-print-font-named",
                name = name,
                error = e.to_string()
            ))
        })?;
        let units_per_em = f64::from(face.units_per_em());
        let notdef =
            f64::from(face.glyph_hor_advance(ttf_parser::GlyphId(0)).unwrap_or(0)) / units_per_em;
        let mut f = Face {
            table: Vec::new(),
            face,
            units_per_em,
            notdef,
        };
        f.table = (0..TABLE as u32)
            .map(|c| char::from_u32(c).map_or(notdef, |c| f.lookup(c)))
            .collect();
        Ok(f)
    }

    fn lookup(&self, c: char) -> f64 {
        self.face
            .glyph_index(c)
            .and_then(|g| self.face.glyph_hor_advance(g))
            .map_or(self.notdef, |a| f64::from(a) / self.units_per_em)
    }

    fn advance(&self, c: char) -> f64 {
        self.table
            .get(c as usize)
            .copied()
            .unwrap_or_else(|| self.lookup(c))
    }
}

/// Measures text in the two embedded faces.
pub struct Metrics {
    regular: Face,
    bold: Face,
}

impl Metrics {
    /// Reads the embedded fonts' tables.
    pub fn new() -> Result<Self> {
        Ok(Metrics {
            regular: Face::parse(REGULAR, "DejaVu Sans")?,
            bold: Face::parse(BOLD, "DejaVu Sans Bold")?,
        })
    }

    /// Width of `text` in millimetres at `size_pt`.
    pub fn width(&self, text: &str, size_pt: f64, bold: bool) -> f64 {
        let face = if bold { &self.bold } else { &self.regular };
        let em: f64 = text.chars().map(|c| face.advance(c)).sum();
        em * size_pt * PT_TO_MM
    }

    /// The ascender as a fraction of the font size (where the baseline sits below a line's
    /// top).
    pub fn ascender(&self, bold: bool) -> f64 {
        let face = if bold { &self.bold } else { &self.regular };
        f64::from(face.face.ascender()) / face.units_per_em
    }

    /// The descender (negative) as a fraction of the font size.
    pub fn descender(&self, bold: bool) -> f64 {
        let face = if bold { &self.bold } else { &self.regular };
        f64::from(face.face.descender()) / face.units_per_em
    }

    /// True when the regular face has a glyph for `c`.
    pub fn has_glyph(&self, c: char) -> bool {
        self.regular.face.glyph_index(c).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_font_has_every_norwegian_letter_in_both_weights() {
        let m = Metrics::new().unwrap();
        for c in "æøåÆØÅéüö«»–−✓•".chars() {
            assert!(m.has_glyph(c), "{c}");
            assert!(m.bold.face.glyph_index(c).is_some(), "{c}");
        }
    }

    #[test]
    fn widths_are_real_glyph_widths_and_bold_is_wider() {
        let m = Metrics::new().unwrap();
        let w = m.width("Forbedringstavle", 12.0, false);
        assert!(w > 30.0 && w < 50.0, "{w}");
        assert!(m.width("Forbedringstavle", 12.0, true) > w);
        assert!(m.width("iiii", 12.0, false) < m.width("MMMM", 12.0, false));
        // Additive: the wrapper adds word widths.
        let a = m.width("Hei ", 12.0, false) + m.width("på deg", 12.0, false);
        assert!((a - m.width("Hei på deg", 12.0, false)).abs() < 1e-9);
    }
}
