//! The Norwegian explanations of a refused exchange file. serde_json's messages are
//! English and name Rust types; a leader editing the file by hand needs the line, the
//! column, the field by its Norwegian name and what to do. The words come from the
//! catalogue (`exchange-*` in `locales/*/exchange.ftl`), in the current language.
//!
//! The explanation is a [`Message`] whose code is the outer sentence's (`exchange-empty`,
//! `exchange-ends-early`, `exchange-not-json`, `exchange-data-error`), with the inner
//! reason's code as the argument `reason` and where serde says the fault is as `line`,
//! `column` and `path` (the JSON path, `board.rows[1].due`).
//!
//! What comes from serde as data is used as data: the category (`classify`), the line and
//! column, the JSON path (serde_path_to_error), and the refusals of Tavle's own
//! `Deserialize` impls, which keep their code ([`tavle_model::message::raise`]). serde_json
//! keeps everything else only as English words, so these are still read from its text,
//! and only these:
//! - which syntax error it is (`expected value`, `trailing comma` …): serde_json's error
//!   code is private;
//! - what a data error is (`unknown field`, `missing field`, `unknown variant`, `invalid
//!   type`, `invalid value`, `invalid length`, `duplicate field`, `recursion limit`):
//!   serde's `de::Error` constructors word them at once and serde_json keeps only the
//!   words; the names, lists and values in them are taken from those words too;
//! - chrono's date refusals (its own English words, through serde's `custom`).

use crate::contract::{FORMAT, VERSION};
use tavle_model::lang::Lang;
use tavle_model::message::{take_raised, Message};
use tavle_model::model::{Field, Question, Status};
use tavle_model::{msg, tr};

/// The Norwegian name of a JSON key, for messages ("«due» (Frist)").
fn field_label(key: &str) -> Option<String> {
    // A row's fields by the one table (`status` of a history entry is named the same).
    if let Some(field) = Field::from_code(key) {
        return Some(Lang::current().text(field.spec().label));
    }
    Some(match key {
        "title" => tr!("exchange-field-title"),
        "unit" => tr!("exchange-field-unit"),
        "year" => tr!("exchange-field-year"),
        "main_goal" => tr!("exchange-field-main-goal"),
        "focus" => tr!("exchange-field-focus"),
        "target_pct" => tr!("exchange-field-target-pct"),
        "history" => tr!("exchange-field-history"),
        "on" => tr!("exchange-field-on"),
        "note" => tr!("exchange-field-note"),
        "absence_pct_december" => tr!("exchange-field-absence-pct-december"),
        "absence_pct_average" => tr!("exchange-field-absence-pct-average"),
        "situation" => tr!("exchange-field-situation"),
        "why_change" => tr!("exchange-field-why-change"),
        "actions" => tr!("exchange-field-actions"),
        "milestones" => tr!("exchange-field-milestones"),
        "reached_on" => tr!("exchange-field-reached-on"),
        "desired_state" => tr!("exchange-field-desired-state"),
        "obstacles" => tr!("exchange-field-obstacles"),
        "month" => tr!("exchange-field-month"),
        "pct" => tr!("exchange-field-pct"),
        "agreed_days" => tr!("exchange-field-agreed-days"),
        "lost_days" => tr!("exchange-field-lost-days"),
        "self_certified_days" => tr!("exchange-field-self-certified-days"),
        "question" => tr!("exchange-field-question"),
        "text" => tr!("exchange-field-text"),
        "votes" => tr!("exchange-field-votes"),
        "row" => tr!("exchange-field-row"),
        _ => return None,
    })
}

fn quoted_field(key: &str) -> String {
    match field_label(key) {
        Some(label) => format!("«{key}» ({label})"),
        None => format!("«{key}»"),
    }
}

/// Where in the board a JSON path points, in words: "rad 3, feltet «due» (Frist)".
fn describe_path(path: &serde_path_to_error::Path) -> (String, Option<String>) {
    use serde_path_to_error::Segment;
    let mut parts: Vec<String> = Vec::new();
    let mut last_key: Option<String> = None;
    let mut pending_list: Option<String> = None;
    for segment in path.iter() {
        match segment {
            Segment::Map { key } => {
                if let Some(list) = pending_list.take() {
                    parts.push(quoted_field(&list));
                }
                last_key = Some(key.clone());
                match key.as_str() {
                    "board" => {}
                    "plan" => parts.push(tr!("exchange-path-plan")),
                    "rows" | "history" | "milestones" | "absence" | "inputs" => {
                        pending_list = Some(key.clone())
                    }
                    _ => {}
                }
            }
            Segment::Seq { index } => {
                let n = index + 1;
                let name = match pending_list.take().as_deref() {
                    Some("rows") => tr!("exchange-path-row", n = n),
                    Some("history") => tr!("exchange-path-history", n = n),
                    Some("milestones") => tr!("exchange-path-milestone", n = n),
                    Some("absence") => tr!("exchange-path-absence", n = n),
                    Some("inputs") => tr!("exchange-path-input", n = n),
                    _ => tr!("exchange-path-element", n = n),
                };
                parts.push(name);
                last_key = None;
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    if let Some(list) = pending_list {
        parts.push(quoted_field(&list));
        last_key = None;
    }
    let container = parts.join(", ");
    (container, last_key)
}

/// The JSON string that ends just before `column` on `line` (1-based), for messages
/// about a value chrono or serde refused without repeating it.
fn string_before(text: &str, line: usize, column: usize) -> Option<String> {
    let l = text.lines().nth(line.checked_sub(1)?)?;
    // serde_json counts columns in bytes.
    let mut end = column.min(l.len());
    while !l.is_char_boundary(end) {
        end -= 1;
    }
    let head = l[..end]
        .trim_end()
        .trim_end_matches([',', '}', ']'])
        .trim_end();
    let inner = head.strip_suffix('"')?;
    let start = inner.rfind('"')?;
    Some(inner[start + 1..].to_string())
}

/// Turns a list like "`a`, `b`, `c`" from serde into "a, b, c".
fn plain_list(s: &str) -> String {
    s.replace('`', "")
}

/// What serde expected, as a kind: numbers matter, since a number typed in quotes gets
/// a hint of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expected {
    Number,
    Integer,
    String,
    List,
    Boolean,
    Date,
    Option,
    Object,
    Allowed,
}

impl Expected {
    fn of(expected: &str) -> Option<Expected> {
        let e = expected.trim();
        Some(match e {
            "f64" | "f32" | "a number" => Expected::Number,
            "u32" | "u64" | "usize" | "i32" | "i64" | "u8" | "u16" | "i8" | "i16" => {
                Expected::Integer
            }
            "a string" | "a borrowed string" | "string" => Expected::String,
            "a sequence" => Expected::List,
            "a boolean" => Expected::Boolean,
            "a formatted date string" => Expected::Date,
            "option" => Expected::Option,
            _ if e.starts_with("struct ") || e == "a map" => Expected::Object,
            _ if e.starts_with("enum ") => Expected::Allowed,
            _ if e.starts_with("unit variant") => Expected::Allowed,
            _ => return None,
        })
    }

    fn is_number(self) -> bool {
        matches!(self, Expected::Number | Expected::Integer)
    }

    fn words(self) -> String {
        match self {
            Expected::Number => tr!("exchange-expected-number"),
            Expected::Integer => tr!("exchange-expected-integer"),
            Expected::String => tr!("exchange-expected-string"),
            Expected::List => tr!("exchange-expected-list"),
            Expected::Boolean => tr!("exchange-expected-boolean"),
            Expected::Date => tr!("exchange-expected-date"),
            Expected::Option => tr!("exchange-expected-option"),
            Expected::Object => tr!("exchange-expected-object"),
            Expected::Allowed => tr!("exchange-expected-allowed"),
        }
    }
}

fn expected_in_norwegian(expected: &str) -> String {
    match Expected::of(expected) {
        Some(kind) => kind.words(),
        None => expected.trim().to_string(),
    }
}

fn unexpected_in_norwegian(unexpected: &str) -> String {
    let u = unexpected.trim();
    if let Some(rest) = u.strip_prefix("string ") {
        return tr!("exchange-got-string", value = rest);
    }
    if let Some(rest) = u.strip_prefix("integer ") {
        return tr!("exchange-got-number", value = plain_list(rest));
    }
    if let Some(rest) = u.strip_prefix("floating point ") {
        return tr!("exchange-got-number", value = plain_list(rest));
    }
    if let Some(rest) = u.strip_prefix("boolean ") {
        return plain_list(rest);
    }
    match u {
        "null" => "null".to_string(),
        "sequence" => tr!("exchange-got-list"),
        "map" => tr!("exchange-got-object"),
        _ => u.to_string(),
    }
}

/// A serde_json error in Norwegian: where (line, column, which field), what, and what to do.
pub fn explain_json_error(
    path: Option<&serde_path_to_error::Path>,
    err: &serde_json::Error,
    text: &str,
) -> Message {
    use serde_json::error::Category;
    let (line, column) = (err.line(), err.column());
    let raw = err.to_string();
    let msg = raw
        .strip_suffix(&format!(" at line {line} column {column}"))
        .unwrap_or(&raw)
        .to_string();
    let (container, last_key) = path.map(describe_path).unwrap_or_default();

    let at = if line > 0 {
        tr!("exchange-at", line = line, column = column)
    } else {
        String::new()
    };
    let place = |with_field: bool| -> String {
        let mut bits = Vec::new();
        if !container.is_empty() {
            bits.push(container.clone());
        }
        if with_field {
            if let Some(k) = &last_key {
                bits.push(tr!("exchange-the-field", field = quoted_field(k)));
            }
        }
        match (at.is_empty(), bits.is_empty()) {
            (true, true) => String::new(),
            (false, true) => format!(" ({at})"),
            (true, false) => format!(" ({})", bits.join(", ")),
            (false, false) => format!(" ({at}: {})", bits.join(", ")),
        }
    };

    let mut explained = match err.classify() {
        Category::Eof => {
            if text.trim().is_empty() {
                msg!("exchange-empty")
            } else {
                msg!("exchange-ends-early", place = place(false))
            }
        }
        Category::Syntax => {
            let what = if msg.starts_with("expected value") {
                msg!("exchange-syntax-expected-value")
            } else if msg.starts_with("expected `,` or `}`") {
                msg!("exchange-syntax-comma-or-brace")
            } else if msg.starts_with("expected `,` or `]`") {
                msg!("exchange-syntax-comma-or-bracket")
            } else if msg.starts_with("expected `:`") {
                msg!("exchange-syntax-colon")
            } else if msg.starts_with("trailing comma") {
                msg!("exchange-syntax-trailing-comma")
            } else if msg.starts_with("trailing characters") {
                msg!("exchange-syntax-trailing-characters")
            } else if msg.starts_with("key must be a string") {
                msg!("exchange-syntax-key-in-quotes")
            } else if msg.starts_with("control character") {
                msg!("exchange-syntax-control-character")
            } else if msg.starts_with("invalid escape") {
                msg!("exchange-syntax-escape")
            } else if msg.starts_with("invalid number") || msg.starts_with("number out of range") {
                msg!("exchange-syntax-number")
            } else if msg.starts_with("expected ident") {
                msg!("exchange-syntax-ident")
            } else if msg.starts_with("EOF") {
                msg!("exchange-syntax-eof")
            } else {
                msg!("exchange-syntax-other", detail = msg.as_str())
            };
            let mut m = msg!(
                "exchange-not-json",
                place = place(false),
                what = what.text()
            );
            m.args.push(("reason", what.code.to_string()));
            m
        }
        Category::Data | Category::Io => {
            let what = translate_data_message(&msg, last_key.as_deref(), text, line, column);
            let with_field = !msg.starts_with("unknown field") && !msg.starts_with("missing field");
            let mut m = msg!(
                "exchange-data-error",
                place = place(with_field),
                what = what.text()
            );
            m.args.push(("reason", what.code.to_string()));
            m.args.extend(what.args);
            m
        }
    };
    if line > 0 {
        explained.args.push(("line", line.to_string()));
        explained.args.push(("column", column.to_string()));
    }
    if let Some(path) = path {
        explained.args.push(("path", path.to_string()));
    }
    explained
}

fn translate_data_message(
    msg: &str,
    last_key: Option<&str>,
    text: &str,
    line: usize,
    column: usize,
) -> Message {
    // One of Tavle's own types refused the value (a month like "2025-13"): its message,
    // with its code, as it raised it.
    if let Some(own) = take_raised(msg) {
        return own;
    }
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let (name, tail) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed = tail
            .strip_prefix(", expected one of ")
            .or_else(|| tail.strip_prefix(", expected "))
            .map(plain_list);
        return match allowed {
            Some(list) => msg!(
                "exchange-unknown-field-allowed",
                name = name,
                allowed = list
            ),
            None => msg!("exchange-unknown-field", name = name),
        };
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return msg!("exchange-missing-field", field = quoted_field(name));
    }
    if let Some(rest) = msg.strip_prefix("unknown variant `") {
        let (value, _) = rest.split_once('`').unwrap_or((rest, ""));
        let lang = Lang::current();
        return match last_key {
            Some("status") => {
                let allowed = Status::ALL
                    .iter()
                    .map(|s| format!("{} ({})", s.code(), s.label_in(lang)))
                    .collect::<Vec<_>>()
                    .join(", ");
                msg!("exchange-unknown-status", value = value, allowed = allowed)
            }
            Some("question") => {
                let allowed = Question::ALL
                    .iter()
                    .map(|q| format!("{} («{}»)", q.code(), q.text_in(lang)))
                    .collect::<Vec<_>>()
                    .join(", ");
                msg!(
                    "exchange-unknown-question",
                    value = value,
                    allowed = allowed
                )
            }
            _ => {
                let allowed = plain_list(rest.split_once("expected one of ").map_or("", |x| x.1));
                msg!("exchange-unknown-value", value = value, allowed = allowed)
            }
        };
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (got, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        let got_words = unexpected_in_norwegian(got);
        let expected_words = expected_in_norwegian(expected);
        // "9,1" in quotes is the usual slip: numbers in the file are plain JSON numbers.
        let number_in_quotes =
            got.starts_with("string") && Expected::of(expected).is_some_and(Expected::is_number);
        return if number_in_quotes {
            msg!(
                "exchange-wrong-type-number-in-quotes",
                got = got_words,
                expected = expected_words
            )
        } else {
            msg!(
                "exchange-wrong-type",
                got = got_words,
                expected = expected_words
            )
        };
    }
    if let Some(rest) = msg.strip_prefix("invalid value: ") {
        let (got, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        let expected = match expected.trim() {
            "u32" | "u64" | "usize" => tr!("exchange-expected-count"),
            other => expected_in_norwegian(other),
        };
        return msg!(
            "exchange-invalid-value",
            got = unexpected_in_norwegian(got),
            expected = expected
        );
    }
    if msg.contains("struct Envelope") || msg.contains("struct FileIn") {
        return msg!(
            "exchange-not-an-exchange-object",
            format = FORMAT,
            version = VERSION.to_string()
        );
    }
    if let Some(rest) = msg.strip_prefix("invalid length ") {
        return msg!("exchange-wrong-length", detail = plain_list(rest));
    }
    if let Some(rest) = msg.strip_prefix("duplicate field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return msg!("exchange-duplicate-field", field = quoted_field(name));
    }
    // chrono's date parse errors: name the value when it can be found in the text.
    const CHRONO: [&str; 7] = [
        "input is out of range",
        "input contains invalid characters",
        "premature end of input",
        "trailing input",
        "no possible date and time matching input",
        "input is not enough for unique date and time",
        "bad or unsupported format string",
    ];
    if CHRONO.contains(&msg) || matches!(last_key, Some("due" | "on" | "reached_on")) {
        return match string_before(text, line, column) {
            Some(value) => msg!("exchange-invalid-date-value", value = value),
            None => msg!("exchange-invalid-date"),
        };
    }
    if msg.starts_with("recursion limit") {
        return msg!("exchange-too-deep");
    }
    // Anything else serde or a library said: its own words, as they came.
    msg!("exchange-data-other", detail = msg)
}

#[cfg(test)]
mod tests {
    use crate::exchange::read_board_json;
    use tavle_model::lang::{self, Lang};

    use super::super::json::tests::err;

    #[test]
    fn an_unknown_field_is_named_with_its_place_and_line() {
        let json =
            "{\"format\":\"tavle-board\",\"version\":1,\"board\":{\"unit\":\"A\",\"year\":2025,\n\
            \"rows\":[{\"goal\":\"x\"},{\"goal\":\"y\",\"colour\":\"red\"}]}}";
        let e = err(json);
        assert!(e.contains("ukjent felt «colour»"), "{e}");
        assert!(e.contains("rad 2"), "{e}");
        assert!(e.contains("linje 2"), "{e}");
        assert!(e.contains("Tillatte felt her: goal, ideas"), "{e}");
        let e = err(r#"{"format":"tavle-board","version":1,"board":{},"extra":1}"#);
        assert!(e.contains("ukjent felt «extra»"), "{e}");
    }

    #[test]
    fn a_missing_field_is_named() {
        let e = err(r#"{"format":"tavle-board","version":1,"board":{"year":2025}}"#);
        assert!(e.contains("feltet «unit» (Enhet) mangler"), "{e}");
    }

    #[test]
    fn a_date_that_does_not_exist_is_named_with_its_field() {
        let json = r#"{"format":"tavle-board","version":1,"board":{"unit":"A","year":2025,
"rows":[{"goal":"x","due":"2025-02-30"}]}}"#;
        let e = err(json);
        assert!(e.contains("«2025-02-30» er ikke en gyldig dato"), "{e}");
        assert!(e.contains("rad 1, feltet «due» (Frist)"), "{e}");
        assert!(e.contains("linje 2"), "{e}");
        // Non-ASCII text before the date on the same line does not confuse the column.
        let json = r#"{"format":"tavle-board","version":1,"board":{"unit":"Øst","year":2025,"rows":[{"goal":"Økt nærvær","due":"2025-04-31","status":"done"}]}}"#;
        let e = err(json);
        assert!(e.contains("«2025-04-31» er ikke en gyldig dato"), "{e}");
    }

    #[test]
    fn an_unknown_status_or_question_lists_the_allowed_ones() {
        let e = err(
            r#"{"format":"tavle-board","version":1,"board":{"unit":"A","year":2025,"rows":[{"goal":"x","status":"kanskje"}]}}"#,
        );
        assert!(e.contains("ukjent status «kanskje»"), "{e}");
        assert!(e.contains("in_progress (Pågår)"), "{e}");
        let e = err(
            r#"{"format":"tavle-board","version":1,"board":{"unit":"A","year":2025,"inputs":[{"question":"why","text":"x"}]}}"#,
        );
        assert!(e.contains("ukjent spørsmål «why»"), "{e}");
        assert!(e.contains("works_well"), "{e}");
        assert!(e.contains("innspill nr. 1"), "{e}");
    }

    #[test]
    fn a_wrong_type_is_explained() {
        let e = err(r#"{"format":"tavle-board","version":1,"board":{"unit":"A","year":"2025"}}"#);
        assert!(
            e.contains("feil type: fikk teksten \"2025\", ventet et helt tall"),
            "{e}"
        );
        assert!(e.contains("feltet «year» (År)"), "{e}");
        let e = err(
            r#"{"format":"tavle-board","version":1,"board":{"unit":"A","year":2025,"target_pct":"7,0"}}"#,
        );
        assert!(e.contains("fikk teksten \"7,0\", ventet et tall"), "{e}");
        assert!(e.contains("med punktum som desimaltegn"), "{e}");
    }

    #[test]
    fn broken_json_gets_a_line_and_column_in_norwegian() {
        let e = err("{\"format\":\"tavle-board\",\n\"version\":1,,}");
        assert!(e.contains("ikke gyldig JSON (linje 2, kolonne"), "{e}");
        let e = err("{\"format\":\"tavle-board\",\"version\":1,\"board\":{\"unit\":\"A\"");
        assert!(e.contains("slutter for tidlig"), "{e}");
        assert!(err("").contains("tom"));
        let e = err(r#"{"format":"tavle-board","version":1,"board":{"unit":"A","year":2025}} x"#);
        assert!(e.contains("etter slutten"), "{e}");
        let e = err("[1]");
        assert!(e.contains("ett JSON-objekt"), "{e}");
    }

    #[test]
    fn a_month_error_keeps_tavles_own_message() {
        let e = err(
            r#"{"format":"tavle-board","version":1,"board":{"unit":"A","year":2025,"absence":[{"month":"2025-13","pct":5}]}}"#,
        );
        assert!(e.contains("«2025-13» er ikke en gyldig måned"), "{e}");
        assert!(e.contains("fraværstall nr. 1"), "{e}");
    }

    #[test]
    fn the_board_rules_are_checked_after_reading() {
        let e = err(r#"{"format":"tavle-board","version":1,"board":{"unit":"A","year":1999}}"#);
        assert!(e.contains("1999"), "{e}");
        let e = err(
            r#"{"format":"tavle-board","version":1,"board":{"unit":"A","year":2025,"rows":[{"owner":"x"}]}}"#,
        );
        assert!(e.contains("mangler både mål og tiltak"), "{e}");
    }

    /// The same refusals in nynorsk: where the fault is (line, column, row, field) and what
    /// to do, in the leader's own written form.
    #[test]
    fn a_broken_file_is_explained_in_nynorsk() {
        let nn = |json: &str| lang::with(Lang::Nn, || err(json));
        let e = nn("{\"format\":\"tavle-board\",\n\"version\":1,,}");
        assert!(
            e.starts_with("Tavlefila er ikkje gyldig JSON (linje 2, kolonne"),
            "{e}"
        );
        assert!(e.contains("feltnamn må stå i hermeteikn"), "{e}");
        assert!(e.ends_with("Rett fila og prøv igjen."), "{e}");

        let e = nn("{\"format\":\"tavle-board\",\"version\":1,\"board\":{\"unit\":\"A\"");
        assert!(e.starts_with("Tavlefila sluttar for tidleg"), "{e}");
        assert!(e.contains("Er fila avkorta?"), "{e}");
        assert_eq!(
            nn(""),
            "Tavlefila er tom. Vel ei fil som er eksportert frå Tavle."
        );

        let json =
            "{\"format\":\"tavle-board\",\"version\":1,\"board\":{\"unit\":\"A\",\"year\":2025,\n\
            \"rows\":[{\"goal\":\"x\"},{\"goal\":\"y\",\"colour\":\"red\"}]}}";
        let e = nn(json);
        assert!(e.starts_with("Feil i tavlefila (linje 2, kolonne"), "{e}");
        assert!(e.contains(": rad 2): ukjent felt «colour»"), "{e}");
        assert!(e.contains("Tillatne felt her: goal, ideas"), "{e}");
        assert!(e.contains("Fjern feltet eller rett skrivemåten."), "{e}");

        let e = nn(r#"{"format":"tavle-board","version":1,"board":{"year":2025}}"#);
        assert!(
            e.contains("feltet «unit» (Eining) manglar. Legg det til."),
            "{e}"
        );

        let e = nn(
            r#"{"format":"tavle-board","version":1,"board":{"unit":"A","year":2025,
"rows":[{"goal":"x","due":"2025-02-30"}]}}"#,
        );
        assert!(
            e.contains("(linje 2, kolonne 38: rad 1, feltet «due» (Frist))"),
            "{e}"
        );
        assert!(
            e.contains("«2025-02-30» er ikkje ein gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, til dømes 2025-03-15, og sjekk at dagen finst i månaden."),
            "{e}"
        );

        let e = nn(
            r#"{"format":"tavle-board","version":1,"board":{"unit":"A","year":2025,"target_pct":"7,0"}}"#,
        );
        assert!(e.contains("feltet «target_pct» (Mål sjukefråvær %)"), "{e}");
        assert!(
            e.contains("feil type: fekk teksten \"7,0\", venta eit tal. Skriv talet utan hermeteikn og med punktum som desimalteikn, til dømes 9.1."),
            "{e}"
        );

        let e = nn(
            r#"{"format":"tavle-board","version":1,"board":{"unit":"A","year":2025,"rows":[{"goal":"x","status":"kanskje"}]}}"#,
        );
        assert!(e.contains("ukjent status «kanskje». Bruk ein av:"), "{e}");
        assert!(
            e.contains("not_started (Ikkje starta)") && e.contains("ongoing (Løpande)"),
            "{e}"
        );
        let e = nn(
            r#"{"format":"tavle-board","version":1,"board":{"unit":"A","year":2025,"inputs":[{"question":"why","text":"x"}]}}"#,
        );
        assert!(e.contains("innspel nr. 1"), "{e}");
        assert!(e.contains("ukjent spørsmål «why». Bruk eitt av:"), "{e}");

        let e = nn("[1]");
        assert!(e.contains("fila må vere eitt JSON-objekt som byrjar med { \"format\": \"tavle-board\", \"version\": 1, \"board\": … }. Vel ei fil som er eksportert frå Tavle."), "{e}");
    }

    /// Bokmål stays word for word what it was before the catalogue.
    #[test]
    fn the_bokmal_explanations_are_whole_sentences() {
        assert_eq!(
            err("{\"format\":\"tavle-board\",\n\"version\":1,,}"),
            "Tavlefilen er ikke gyldig JSON (linje 2, kolonne 13): feltnavn må stå i anførselstegn. Rett filen og prøv igjen."
        );
        assert_eq!(
            err(r#"{"format":"tavle-board","version":1,"board":{"unit":"A","year":2025,"target_pct":"7,0"}}"#),
            "Feil i tavlefilen (linje 1, kolonne 86: feltet «target_pct» (Mål sykefravær %)): feil type: fikk teksten \"7,0\", ventet et tall. Skriv tallet uten anførselstegn og med punktum som desimaltegn, for eksempel 9.1. Rett filen og prøv igjen."
        );
        assert_eq!(
            err("{\"format\":\"tavle-board\",\"version\":1,\"board\":{\"unit\":\"A\""),
            "Tavlefilen slutter for tidlig (linje 1, kolonne 55): en } eller ] eller et anførselstegn mangler. Er filen avkortet? Rett filen og prøv igjen."
        );
        assert_eq!(
            err("[1]"),
            "Feil i tavlefilen (linje 1, kolonne 3): filen må være ett JSON-objekt som begynner med { \"format\": \"tavle-board\", \"version\": 1, \"board\": … }. Velg en fil som er eksportert fra Tavle. Rett filen og prøv igjen."
        );
    }

    /// The refusal as data: its code is the outer sentence's, the inner reason's code and
    /// where serde placed the fault are arguments, so nothing needs reading from the words.
    #[test]
    fn an_explanation_carries_its_codes_and_where_as_arguments() {
        let refusal = |json: &str| read_board_json(json.as_bytes()).unwrap_err();
        let e = refusal(
            "{\"format\":\"tavle-board\",\"version\":1,\"board\":{\"unit\":\"A\",\"year\":2025,\n\
            \"rows\":[{\"goal\":\"x\"},{\"goal\":\"y\",\"colour\":\"red\"}]}}",
        );
        assert_eq!((e.kind(), e.code()), ("invalid", "exchange-data-error"));
        let m = e.message();
        assert_eq!(m.arg("reason"), Some("exchange-unknown-field-allowed"));
        assert_eq!(m.arg("name"), Some("colour"));
        assert_eq!(m.arg("line"), Some("2"));
        assert_eq!(m.arg("path"), Some("board.rows[1].colour"));

        let e = refusal("{\"format\":\"tavle-board\",\n\"version\":1,,}");
        assert_eq!(e.code(), "exchange-not-json");
        assert_eq!(
            e.message().arg("reason"),
            Some("exchange-syntax-key-in-quotes")
        );
        assert_eq!(e.message().arg("column"), Some("13"));
        assert_eq!(refusal("").code(), "exchange-empty");
        assert_eq!(
            refusal("{\"format\":\"tavle-board\"").code(),
            "exchange-ends-early"
        );
    }

    /// A refusal raised by Tavle's own type (a month) keeps its code through serde, which
    /// keeps only words.
    #[test]
    fn a_month_refused_inside_the_file_keeps_the_models_code() {
        let e = read_board_json(
            &br#"{"format":"tavle-board","version":1,"board":{"unit":"A","year":2025,"absence":[{"month":"2025-13","pct":5}]}}"#[..],
        )
        .unwrap_err();
        assert_eq!(e.code(), "exchange-data-error");
        let m = e.message();
        assert_eq!(m.arg("reason"), Some("core-month-invalid"));
        assert_eq!(m.arg("value"), Some("2025-13"));
        assert_eq!(m.arg("path"), Some("board.absence[0].month"));
    }

    #[test]
    fn not_utf8_is_refused() {
        let e = read_board_json(&b"{\"format\":\"tavle-board\xF8\"}"[..])
            .unwrap_err()
            .to_string();
        assert!(e.contains("ikke UTF-8"), "{e}");
    }
}
