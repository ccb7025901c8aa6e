//! The Norwegian explanations of a refused exchange file. serde_json's messages are
//! English and name Rust types; a leader editing the file by hand needs the line, the
//! column, the field by its Norwegian name and what to do.

use super::json::{FORMAT, VERSION};
use crate::model::{Question, Status};

const FIX_HINT: &str = "Rett filen og prøv igjen.";

/// The Norwegian name of a JSON key, for messages ("«due» (Frist)").
fn field_label(key: &str) -> Option<&'static str> {
    Some(match key {
        "title" => "Tittel",
        "unit" => "Enhet",
        "year" => "År",
        "main_goal" => "Hovedmål",
        "focus" => "Fokus",
        "target_pct" => "Mål sykefravær %",
        "goal" => "Mål",
        "ideas" => "Ideer",
        "measure" => "Tiltak",
        "owner" => "Ansvar",
        "when" => "Når?",
        "due" => "Frist",
        "status" => "Status",
        "result" => "Resultat",
        "history" => "Statushistorikk",
        "on" => "Dato",
        "note" => "Merknad",
        "absence_pct_december" => "Sykefravær i desember i fjor",
        "absence_pct_average" => "Gjennomsnittlig sykefravær i fjor",
        "situation" => "Situasjonsbeskrivelse",
        "why_change" => "Hvorfor endre",
        "actions" => "Handlinger",
        "milestones" => "Delmål",
        "reached_on" => "Nådd",
        "desired_state" => "Ønsket situasjon",
        "obstacles" => "Hindringer",
        "month" => "Måned",
        "pct" => "Prosent",
        "agreed_days" => "Avtalte dagsverk",
        "lost_days" => "Tapte dagsverk",
        "self_certified_days" => "Egenmeldte dagsverk",
        "question" => "Spørsmål",
        "text" => "Tekst",
        "votes" => "Stemmer",
        "row" => "Rad",
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
                    "plan" => parts.push("Prosjekt nærvær".to_string()),
                    "rows" | "history" | "milestones" | "absence" | "inputs" => {
                        pending_list = Some(key.clone())
                    }
                    _ => {}
                }
            }
            Segment::Seq { index } => {
                let n = index + 1;
                let name = match pending_list.take().as_deref() {
                    Some("rows") => format!("rad {n}"),
                    Some("history") => format!("statushistorikk nr. {n}"),
                    Some("milestones") => format!("delmål nr. {n}"),
                    Some("absence") => format!("fraværstall nr. {n}"),
                    Some("inputs") => format!("innspill nr. {n}"),
                    _ => format!("element nr. {n}"),
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

fn expected_in_norwegian(expected: &str) -> String {
    let e = expected.trim();
    let words = match e {
        "f64" | "f32" | "a number" => "et tall",
        "u32" | "u64" | "usize" | "i32" | "i64" | "u8" | "u16" | "i8" | "i16" => "et helt tall",
        "a string" | "a borrowed string" | "string" => "tekst i anførselstegn",
        "a sequence" => "en liste [ … ]",
        "a boolean" => "true eller false",
        "a formatted date string" => "en dato som \"2025-03-15\"",
        "option" => "en verdi eller null",
        _ if e.starts_with("struct ") || e == "a map" => "et objekt { … }",
        _ if e.starts_with("enum ") => "en av de tillatte verdiene",
        _ if e.starts_with("unit variant") => "en av de tillatte verdiene",
        _ => return e.to_string(),
    };
    words.to_string()
}

fn unexpected_in_norwegian(unexpected: &str) -> String {
    let u = unexpected.trim();
    if let Some(rest) = u.strip_prefix("string ") {
        return format!("teksten {rest}");
    }
    if let Some(rest) = u.strip_prefix("integer ") {
        return format!("tallet {}", plain_list(rest));
    }
    if let Some(rest) = u.strip_prefix("floating point ") {
        return format!("tallet {}", plain_list(rest));
    }
    if let Some(rest) = u.strip_prefix("boolean ") {
        return plain_list(rest);
    }
    match u {
        "null" => "null".to_string(),
        "sequence" => "en liste".to_string(),
        "map" => "et objekt".to_string(),
        _ => u.to_string(),
    }
}

/// A serde_json error in Norwegian: where (line, column, which field), what, and what to do.
pub fn explain_json_error(
    path: Option<&serde_path_to_error::Path>,
    err: &serde_json::Error,
    text: &str,
) -> String {
    use serde_json::error::Category;
    let (line, column) = (err.line(), err.column());
    let raw = err.to_string();
    let msg = raw
        .strip_suffix(&format!(" at line {line} column {column}"))
        .unwrap_or(&raw)
        .to_string();
    let (container, last_key) = path.map(describe_path).unwrap_or_default();

    let at = if line > 0 {
        format!("linje {line}, kolonne {column}")
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
                bits.push(format!("feltet {}", quoted_field(k)));
            }
        }
        match (at.is_empty(), bits.is_empty()) {
            (true, true) => String::new(),
            (false, true) => format!(" ({at})"),
            (true, false) => format!(" ({})", bits.join(", ")),
            (false, false) => format!(" ({at}: {})", bits.join(", ")),
        }
    };

    match err.classify() {
        Category::Eof => {
            if text.trim().is_empty() {
                "Tavlefilen er tom. Velg en fil som er eksportert fra Tavle.".to_string()
            } else {
                format!(
                    "Tavlefilen slutter for tidlig{}: en }} eller ] eller et anførselstegn mangler. Er filen avkortet? {FIX_HINT}",
                    place(false)
                )
            }
        }
        Category::Syntax => {
            let what = if msg.starts_with("expected value") {
                "her ventet Tavle en verdi (tekst, tall, liste eller objekt)".to_string()
            } else if msg.starts_with("expected `,` or `}`") {
                "her mangler et komma eller en avsluttende }".to_string()
            } else if msg.starts_with("expected `,` or `]`") {
                "her mangler et komma eller en avsluttende ]".to_string()
            } else if msg.starts_with("expected `:`") {
                "her mangler et kolon etter feltnavnet".to_string()
            } else if msg.starts_with("trailing comma") {
                "et komma for mye foran } eller ]".to_string()
            } else if msg.starts_with("trailing characters") {
                "det står noe etter slutten av tavlen".to_string()
            } else if msg.starts_with("key must be a string") {
                "feltnavn må stå i anførselstegn".to_string()
            } else if msg.starts_with("control character") {
                "en tekst inneholder et linjeskift eller tabulatortegn direkte; skriv \\n eller \\t"
                    .to_string()
            } else if msg.starts_with("invalid escape") {
                "ugyldig \\-tegn i en tekst (skriv \\\\ for en omvendt skråstrek)".to_string()
            } else if msg.starts_with("invalid number") || msg.starts_with("number out of range") {
                "ugyldig tall (bruk punktum som desimaltegn i filen, for eksempel 9.1)".to_string()
            } else if msg.starts_with("expected ident") {
                "ukjent ord; bruk true, false eller null, eller sett tekst i anførselstegn"
                    .to_string()
            } else if msg.starts_with("EOF") {
                "filen slutter for tidlig".to_string()
            } else {
                format!("ugyldig JSON ({msg})")
            };
            format!(
                "Tavlefilen er ikke gyldig JSON{}: {what}. {FIX_HINT}",
                place(false)
            )
        }
        Category::Data | Category::Io => {
            let what = translate_data_message(&msg, last_key.as_deref(), text, line, column);
            let with_field = !msg.starts_with("unknown field") && !msg.starts_with("missing field");
            format!("Feil i tavlefilen{}: {what} {FIX_HINT}", place(with_field))
        }
    }
}

fn translate_data_message(
    msg: &str,
    last_key: Option<&str>,
    text: &str,
    line: usize,
    column: usize,
) -> String {
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let (name, tail) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed = tail
            .strip_prefix(", expected one of ")
            .or_else(|| tail.strip_prefix(", expected "))
            .map(plain_list);
        return match allowed {
            Some(list) => format!(
                "ukjent felt «{name}». Tillatte felt her: {list}. Fjern feltet eller rett skrivemåten."
            ),
            None => format!("ukjent felt «{name}». Fjern feltet."),
        };
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return format!("feltet {} mangler. Legg det til.", quoted_field(name));
    }
    if let Some(rest) = msg.strip_prefix("unknown variant `") {
        let (value, _) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed = match last_key {
            Some("status") => Status::ALL
                .iter()
                .map(|s| format!("{} ({})", s.code(), s.label()))
                .collect::<Vec<_>>()
                .join(", "),
            Some("question") => Question::ALL
                .iter()
                .map(|q| format!("{} («{}»)", q.code(), q.text()))
                .collect::<Vec<_>>()
                .join(", "),
            _ => plain_list(rest.split_once("expected one of ").map_or("", |x| x.1)),
        };
        let what = match last_key {
            Some("status") => "status",
            Some("question") => "spørsmål",
            _ => "verdi",
        };
        return format!("ukjent {what} «{value}». Bruk en av: {allowed}.");
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (got, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        let expected = expected_in_norwegian(expected);
        // "9,1" in quotes is the usual slip: numbers in the file are plain JSON numbers.
        let hint = if got.starts_with("string") && expected.contains("tall") {
            " Skriv tallet uten anførselstegn og med punktum som desimaltegn, for eksempel 9.1."
        } else {
            ""
        };
        return format!(
            "feil type: fikk {}, ventet {expected}.{hint}",
            unexpected_in_norwegian(got)
        );
    }
    if let Some(rest) = msg.strip_prefix("invalid value: ") {
        let (got, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        let expected = match expected.trim() {
            "u32" | "u64" | "usize" => "et helt tall, 0 eller større".to_string(),
            other => expected_in_norwegian(other),
        };
        return format!(
            "ugyldig verdi: fikk {}, ventet {expected}.",
            unexpected_in_norwegian(got)
        );
    }
    if msg.contains("struct Envelope") || msg.contains("struct FileIn") {
        return format!(
            "filen må være ett JSON-objekt som begynner med {{ \"format\": \"{FORMAT}\", \"version\": {VERSION}, \"board\": … }}. Velg en fil som er eksportert fra Tavle."
        );
    }
    if let Some(rest) = msg.strip_prefix("invalid length ") {
        return format!("feil antall elementer ({}).", plain_list(rest));
    }
    if let Some(rest) = msg.strip_prefix("duplicate field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return format!(
            "feltet {} står to ganger. Fjern det ene.",
            quoted_field(name)
        );
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
        let value = string_before(text, line, column)
            .map(|v| format!("«{v}» "))
            .unwrap_or_default();
        return format!(
            "{value}er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2025-03-15, og sjekk at dagen finnes i måneden."
        );
    }
    if msg.starts_with("recursion limit") {
        return "tavlefilen er nøstet for dypt.".to_string();
    }
    // Messages from Tavle's own types (a month like "2025-13") are already Norwegian.
    msg.to_string()
}

#[cfg(test)]
mod tests {
    use crate::exchange::read_board_json;

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

    #[test]
    fn not_utf8_is_refused() {
        let e = read_board_json(&b"{\"format\":\"tavle-board\xF8\"}"[..])
            .unwrap_err()
            .to_string();
        assert!(e.contains("ikke UTF-8"), "{e}");
    }
}
