//! Import and export of whole boards: the JSON exchange format of design.md, and CSV for
//! Excel in Norway. Readers take `impl Read`, writers take `impl Write`; no storage here.
//!
//! The exchange file is edited by hand and by scripts, so a refusal must say where (line,
//! column, which field) and what to do, in Norwegian. serde_json's messages are English;
//! [`explain_json_error`] translates the common ones and keeps the field names.

use std::io::{Read, Write};
use std::path::Path;

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::{Board, Question, Status};

/// The `format` an exchange file must declare.
pub const FORMAT: &str = "tavle-board";
/// The newest exchange version this Tavle reads and the one it writes.
pub const VERSION: u64 = 1;

const FIX_HINT: &str = "Rett filen og prøv igjen.";

/// The outer object, read first and leniently so that a foreign or too-new file is refused
/// for what it is rather than for the first field of the board that does not fit.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
    board: Option<IgnoredAny>,
}

/// The whole file, read second, now with the board's own types.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileIn {
    #[allow(dead_code)]
    format: IgnoredAny,
    #[allow(dead_code)]
    version: IgnoredAny,
    board: Board,
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    board: &'a Board,
}

/// Reads a board exchange file: refuses unknown fields, a wrong `format` or a newer
/// `version` with a Norwegian message; normalises line endings to `\n`; validates.
pub fn read_board_json(mut reader: impl Read) -> Result<Board> {
    let mut bytes = Vec::new();
    // A read that fails is the disk's fault, not the input's: exit 1, not 2.
    reader.read_to_end(&mut bytes).map_err(|source| Error::Io {
        path: std::path::PathBuf::from("tavlefilen"),
        source,
    })?;
    // Notepad on Windows saves UTF-8 with a byte order mark; serde_json refuses it.
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = std::str::from_utf8(body).map_err(|e| {
        Error::invalid(format!(
            "Tavlefilen er ikke UTF-8-tekst (feil ved byte {}). Lagre filen som UTF-8 og prøv igjen.",
            e.valid_up_to() + 1
        ))
    })?;

    let envelope: Envelope = deserialize(text)?;
    check_envelope(&envelope)?;
    let file: FileIn = deserialize(text)?;
    let mut board = file.board;
    normalise_line_breaks(&mut board);
    board.validate()?;
    Ok(board)
}

fn deserialize<'a, T: Deserialize<'a>>(text: &'a str) -> Result<T> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| Error::invalid(explain_json_error(Some(e.path()), e.inner(), text)))?;
    // Anything after the object (a second object, stray text) is an error too.
    de.end()
        .map_err(|e| Error::invalid(explain_json_error(None, &e, text)))?;
    Ok(value)
}

fn check_envelope(envelope: &Envelope) -> Result<()> {
    let what = "Filen er ikke en tavlefil fra Tavle";
    match &envelope.format {
        None => {
            return Err(Error::invalid(format!(
                "{what}: feltet «format» mangler. En tavlefil begynner med \"format\": \"{FORMAT}\"."
            )))
        }
        Some(serde_json::Value::String(s)) if s == FORMAT => {}
        Some(other) => {
            return Err(Error::invalid(format!(
                "{what}: «format» er {other}, men må være \"{FORMAT}\". Velg en fil som er eksportert fra Tavle."
            )))
        }
    }
    match &envelope.version {
        None => {
            return Err(Error::invalid(format!(
                "Tavlefilen mangler feltet «version». Skriv \"version\": {VERSION}."
            )))
        }
        Some(v) => match v.as_u64() {
            Some(n) if n > VERSION => {
                return Err(Error::invalid(format!(
                    "Tavlefilen er laget med en nyere versjon av Tavle (filversjon {n}, denne versjonen forstår opp til {VERSION}). Oppdater Tavle for å importere den."
                )))
            }
            Some(n) if n >= 1 => {}
            _ => {
                return Err(Error::invalid(format!(
                    "Tavlefilen har ugyldig «version» ({v}). Versjonen må være et helt tall, {VERSION} for denne versjonen av Tavle."
                )))
            }
        },
    }
    if envelope.board.is_none() {
        return Err(Error::invalid(
            "Tavlefilen mangler feltet «board» med selve tavlen. Velg en fil som er eksportert fra Tavle.",
        ));
    }
    Ok(())
}

/// Texts keep their line breaks, but always as `\n`: a file edited on Windows must not
/// make the same board look different.
fn normalise_line_breaks(board: &mut Board) {
    fn fix(s: &mut String) {
        if s.contains('\r') {
            *s = s.replace("\r\n", "\n").replace('\r', "\n");
        }
    }
    for s in [
        &mut board.title,
        &mut board.unit,
        &mut board.main_goal,
        &mut board.focus,
    ] {
        fix(s);
    }
    for row in &mut board.rows {
        for s in [
            &mut row.goal,
            &mut row.ideas,
            &mut row.measure,
            &mut row.owner,
            &mut row.when_text,
            &mut row.result,
        ] {
            fix(s);
        }
        for change in &mut row.history {
            fix(&mut change.note);
        }
    }
    let plan = &mut board.plan;
    for s in [
        &mut plan.situation,
        &mut plan.why_change,
        &mut plan.actions,
        &mut plan.desired_state,
        &mut plan.obstacles,
    ] {
        fix(s);
    }
    for m in &mut plan.milestones {
        fix(&mut m.text);
    }
    for input in &mut board.inputs {
        fix(&mut input.text);
    }
}

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

/// Writes a board as an exchange file (pretty JSON, `format` and `version` first).
pub fn write_board_json(board: &Board, mut writer: impl Write) -> Result<()> {
    let file = FileOut {
        format: FORMAT,
        version: VERSION,
        board,
    };
    let write_err = |e: std::io::Error| {
        Error::invalid(format!(
            "Kunne ikke skrive tavlefilen: {e}. Sjekk at det er plass på disken og at du har skrivetilgang."
        ))
    };
    serde_json::to_writer_pretty(&mut writer, &file).map_err(|e| {
        Error::invalid(format!(
            "Kunne ikke skrive tavlefilen: {e}. Sjekk at det er plass på disken og at du har skrivetilgang."
        ))
    })?;
    writer.write_all(b"\n").map_err(write_err)?;
    writer.flush().map_err(write_err)
}

/// The header of the rows CSV.
pub const CSV_HEADER: [&str; 8] = [
    "Mål", "Ideer", "Tiltak", "Ansvar", "Når", "Frist", "Status", "Resultat",
];

/// Excel runs a cell that starts with `=`, `+`, `-` or `@` as a formula ("CSV injection"),
/// and a board's texts come from many hands and from imported files. Such cells get a
/// leading `'`, as OWASP advises. The price is a visible `'` in front of a text like
/// "- første punkt"; a formula that runs on opening is worse. Tab and CR are included
/// because Excel strips them and then looks at the next character.
fn defuse_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

/// Writes the board's rows as CSV for Excel in Norway: `;`, UTF-8 with BOM, decimal comma,
/// Norwegian status words, header `Mål;Ideer;Tiltak;Ansvar;Når;Frist;Status;Resultat`.
///
/// The rows have no numeric columns today; dates are `dd.mm.yyyy`, which Excel in Norway
/// reads as dates. Quoting is RFC 4180 (fields with `;`, `"` or line breaks), lines end in
/// CRLF.
pub fn write_rows_csv(board: &Board, mut writer: impl Write) -> Result<()> {
    let io_err = |e: std::io::Error| {
        Error::invalid(format!(
            "Kunne ikke skrive CSV-filen: {e}. Sjekk at det er plass på disken og at du har skrivetilgang."
        ))
    };
    let csv_err = |e: csv::Error| {
        Error::invalid(format!(
            "Kunne ikke skrive CSV-filen: {e}. Sjekk at det er plass på disken og at du har skrivetilgang."
        ))
    };
    // Without the BOM, Excel reads UTF-8 as Windows-1252 and æøå come out garbled.
    writer.write_all(b"\xEF\xBB\xBF").map_err(io_err)?;
    let mut csv = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(writer);
    csv.write_record(CSV_HEADER).map_err(csv_err)?;
    for row in &board.rows {
        let due = row.due.map(crate::nb::date).unwrap_or_default();
        let cells = [
            row.goal.as_str(),
            row.ideas.as_str(),
            row.measure.as_str(),
            row.owner.as_str(),
            row.when_text.as_str(),
            due.as_str(),
            row.status.label(),
            row.result.as_str(),
        ];
        csv.write_record(cells.iter().map(|c| defuse_formula(c).into_owned()))
            .map_err(csv_err)?;
    }
    csv.flush().map_err(io_err)
}

/// Writes `bytes` to `path` so that the file is either the old one or the whole new one:
/// a temporary file in the same folder, synced, then renamed over the target.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let io = |source: std::io::Error| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "utdata".to_string());
    let mut attempt = 0u32;
    let (tmp_path, mut file) = loop {
        let candidate = dir.join(format!(".{name}.{}.{attempt}.tmp", std::process::id()));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(f) => break (candidate, f),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => {
                attempt += 1
            }
            Err(e) => return Err(io(e)),
        }
    };
    let result = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            std::fs::rename(&tmp_path, path)
        });
    if let Err(e) = result {
        // Best effort: the temporary file is ours and useless now.
        let _ = std::fs::remove_file(&tmp_path);
        return Err(io(e));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AbsenceMonth, Row, StatusChange};
    use chrono::NaiveDate;

    fn date(s: &str) -> NaiveDate {
        crate::model::parse_date(s).unwrap()
    }

    fn sample() -> Board {
        let mut b = Board::new("Hjemmesykepleien", 2025);
        b.main_goal = "Pasienter skal kunne bo hjemme".into();
        b.target_pct = Some(7.0);
        b.rows.push(Row {
            goal: "Lettere samarbeid".into(),
            measure: "Lage prosedyre".into(),
            owner: "Alle".into(),
            when_text: "i.a. februar".into(),
            due: Some(date("2025-02-28")),
            status: Status::InProgress,
            history: vec![StatusChange {
                on: date("2025-01-20"),
                status: Status::InProgress,
                note: "Første møte".into(),
            }],
            ..Row::default()
        });
        b.absence.push(AbsenceMonth::from_days(
            "2025-01".parse().unwrap(),
            420.0,
            44.5,
        ));
        b
    }

    fn write_json(b: &Board) -> String {
        let mut out = Vec::new();
        write_board_json(b, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn read(s: &str) -> Result<Board> {
        read_board_json(s.as_bytes())
    }

    fn err(s: &str) -> String {
        read(s).unwrap_err().to_string()
    }

    #[test]
    fn a_written_board_reads_back_the_same_and_writes_the_same_bytes() {
        let b = sample();
        let json = write_json(&b);
        assert!(json.starts_with("{\n  \"format\": \"tavle-board\",\n  \"version\": 1,"));
        assert!(json.contains("\"when\": \"i.a. februar\""));
        let back = read(&json).unwrap();
        assert_eq!(back, b);
        assert_eq!(write_json(&back), json);
    }

    #[test]
    fn the_design_example_is_read() {
        let json = r#"{
  "format": "tavle-board", "version": 1,
  "board": {
    "title": "Forbedringstavle", "unit": "Hjemmesykepleien", "year": 2025,
    "target_pct": 7.0,
    "rows": [ { "goal": "Lettere samarbeid", "due": "2025-02-28", "status": "in_progress",
                "history": [ { "on": "2025-01-20", "status": "in_progress", "note": "Første møte holdt" } ] } ],
    "plan": { "absence_pct_december": 11.2,
              "milestones": [ { "text": "Faghjul på plass", "due": "2025-03-15", "reached_on": null } ] },
    "absence": [ { "month": "2025-01", "pct": 9.4 },
                 { "month": "2025-02", "agreed_days": 420, "lost_days": 38.5, "self_certified_days": 6 } ],
    "inputs": [ { "question": "works_well", "text": "Vi hjelper hverandre", "votes": 3, "row": 0 } ]
  }
}"#;
        let b = read(json).unwrap();
        assert_eq!(b.rows[0].status, Status::InProgress);
        assert_eq!(b.absence[1].self_certified_days, Some(6.0));
        assert_eq!(b.inputs[0].row, Some(0));
    }

    #[test]
    fn line_breaks_come_back_as_newlines() {
        let json = "{\"format\":\"tavle-board\",\"version\":1,\"board\":{\"unit\":\"A\\r\\nB\",\"year\":2025,\
            \"rows\":[{\"goal\":\"en\\rto\\r\\ntre\\nfire\"}]}}";
        let b = read(json).unwrap();
        assert_eq!(b.unit, "A\nB");
        assert_eq!(b.rows[0].goal, "en\nto\ntre\nfire");
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let json = format!("\u{feff}{}", write_json(&sample()));
        assert_eq!(read(&json).unwrap(), sample());
    }

    #[test]
    fn a_wrong_format_or_a_newer_version_is_refused_in_norwegian() {
        let e = err(r#"{"format":"excel","version":1,"board":{}}"#);
        assert!(
            e.contains("ikke en tavlefil") && e.contains("tavle-board"),
            "{e}"
        );
        let e = err(r#"{"format":"tavle-board","version":2,"board":{}}"#);
        assert!(e.contains("laget med en nyere versjon av Tavle"), "{e}");
        let e = err(r#"{"format":"tavle-board","version":"1","board":{}}"#);
        assert!(e.contains("ugyldig «version»"), "{e}");
        let e = err(r#"{"version":1,"board":{}}"#);
        assert!(e.contains("«format» mangler"), "{e}");
    }

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

    fn csv_of(b: &Board) -> String {
        let mut out = Vec::new();
        write_rows_csv(b, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_has_a_bom_the_norwegian_header_and_crlf() {
        let out = csv_of(&sample());
        assert!(out.starts_with("\u{feff}Mål;Ideer;Tiltak;Ansvar;Når;Frist;Status;Resultat\r\n"));
        assert!(
            out.contains(
                "\r\nLettere samarbeid;;Lage prosedyre;Alle;i.a. februar;28.02.2025;Pågår;\r\n"
            ),
            "{out}"
        );
    }

    #[test]
    fn csv_quotes_semicolons_quotes_and_line_breaks() {
        let mut b = sample();
        b.rows[0].goal = "a;b".into();
        b.rows[0].ideas = "si \"hei\"".into();
        b.rows[0].measure = "linje 1\nlinje 2".into();
        let out = csv_of(&b);
        assert!(
            out.contains("\"a;b\";\"si \"\"hei\"\"\";\"linje 1\nlinje 2\";"),
            "{out}"
        );
    }

    #[test]
    fn csv_cells_that_excel_would_run_as_formulas_are_defused() {
        let mut b = sample();
        b.rows[0].goal = "=HYPERLINK(\"http://x\")".into();
        b.rows[0].ideas = "+1".into();
        b.rows[0].measure = "-2".into();
        b.rows[0].owner = "@SUM(A1)".into();
        let out = csv_of(&b);
        assert!(
            out.contains("\"'=HYPERLINK(\"\"http://x\"\")\";'+1;'-2;'@SUM(A1);"),
            "{out}"
        );
    }

    #[test]
    fn an_atomic_write_replaces_the_whole_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ut.csv");
        std::fs::write(&path, "gammel").unwrap();
        write_file_atomically(&path, b"ny").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"ny");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let missing = dir.path().join("finnes-ikke").join("ut.csv");
        let err = write_file_atomically(&missing, b"x").unwrap_err();
        assert_eq!(err.kind(), "io");
        assert!(err.to_string().contains("ut.csv"), "{err}");
    }

    #[test]
    fn the_example_board_reads_and_is_written_back_byte_for_byte() {
        let text = include_str!("../examples/hjemmesykepleien-2025.json");
        let board = read(text).unwrap();
        assert_eq!(board.rows.len(), 3);
        assert_eq!(board.focus, "trykkløst og trykksikkert");
        assert_eq!(board.rows[2].status, Status::Ongoing);
        assert_eq!(write_json(&board), text);
    }
}
