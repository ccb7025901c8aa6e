//! Word wrapping as a pure function of a text, a width and a way to measure.
//!
//! Lines break at spaces; the text's own line breaks are kept; a word longer than the
//! width is broken between characters without adding a hyphen (so every character of
//! the text is on some line, and copying text out of the PDF gives the word back).
//! A single character wider than the whole width cannot fit anywhere: it gets a line of
//! its own and the result says so in `overflow`, never a panic.

/// The lines of a wrapped text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Wrapped {
    pub lines: Vec<String>,
    /// Some line is wider than the width (only when one character is wider than it).
    pub overflow: bool,
}

/// Wraps `text` into lines no wider than `max_width`.
///
/// `measure` gives the width of a piece of text; it must be additive over concatenation
/// (true for the PDF, which draws glyph advances without kerning). Runs of spaces collapse
/// to one; empty text gives no lines.
pub fn wrap(text: &str, max_width: f64, measure: impl Fn(&str) -> f64) -> Wrapped {
    let mut out = Wrapped::default();
    let space = measure(" ");
    let mut buf = [0u8; 4];
    for paragraph in text.trim().lines() {
        let mut line = String::new();
        let mut line_w = 0.0;
        for word in paragraph.split_whitespace() {
            let word_w = measure(word);
            let joined_w = if line.is_empty() {
                word_w
            } else {
                line_w + space + word_w
            };
            if joined_w <= max_width {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
                line_w = joined_w;
                continue;
            }
            if !line.is_empty() {
                out.lines.push(std::mem::take(&mut line));
            }
            line_w = 0.0;
            if word_w <= max_width {
                line.push_str(word);
                line_w = word_w;
                continue;
            }
            // A word longer than the line: break it between characters.
            for c in word.chars() {
                let c_w = measure(c.encode_utf8(&mut buf));
                if line_w + c_w > max_width && !line.is_empty() {
                    out.lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                if c_w > max_width {
                    out.overflow = true;
                }
                line.push(c);
                line_w += c_w;
            }
        }
        // An empty line inside the text is kept as a gap.
        out.lines.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character 1 wide: easy to reason about.
    fn mono(s: &str) -> f64 {
        s.chars().count() as f64
    }

    #[test]
    fn words_wrap_at_spaces_and_never_exceed_the_width() {
        let w = wrap("Lettere samarbeid med korttidsavdelingen", 20.0, mono);
        assert_eq!(
            w.lines,
            vec!["Lettere samarbeid", "med", "korttidsavdelingen"]
        );
        assert!(!w.overflow);
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken_without_a_hyphen_and_keeps_every_letter() {
        let word = "æøå".repeat(1000);
        let w = wrap(&word, 40.0, mono);
        assert!(w.lines.iter().all(|l| mono(l) <= 40.0));
        assert_eq!(w.lines.concat(), word);
        assert_eq!(w.lines.len(), 75);
        assert!(!w.overflow);
    }

    #[test]
    fn text_after_a_broken_word_continues_on_its_last_line() {
        let w = wrap("abcdefghij kl", 4.0, mono);
        assert_eq!(w.lines, vec!["abcd", "efgh", "ij", "kl"]);
        let w = wrap("abcdefg h", 4.0, mono);
        assert_eq!(w.lines, vec!["abcd", "efg", "h"]);
    }

    #[test]
    fn the_texts_own_line_breaks_are_kept() {
        let w = wrap("Første linje\n\nTredje", 100.0, mono);
        assert_eq!(w.lines, vec!["Første linje", "", "Tredje"]);
        assert!(wrap("   ", 10.0, mono).lines.is_empty());
    }

    #[test]
    fn a_character_wider_than_the_width_is_overflow_not_a_panic() {
        let w = wrap("ab", 0.5, mono);
        assert_eq!(w.lines, vec!["a", "b"]);
        assert!(w.overflow);
    }
}
