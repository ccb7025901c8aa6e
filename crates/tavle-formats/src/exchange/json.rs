//! The exchange contract: a board as one JSON object `{ format, version, board }`, read
//! strictly (unknown fields, a foreign `format` or a newer `version` are refused) and
//! written pretty with `format` and `version` first.

use std::io::{Read, Write};

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

use super::explain::explain_json_error;
use tavle_model::error::{Error, Result};
use tavle_model::model::{Board, Field};
use tavle_model::{msg, tr};

use crate::contract::{FORMAT, VERSION};

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
/// `version` with a Norwegian message, and input beyond [`crate::contract::MAX_IMPORT_BYTES`] (never
/// read further); normalises line endings to `\n`; validates.
pub fn read_board_json(mut reader: impl Read) -> Result<Board> {
    let mut bytes = Vec::new();
    // A read that fails is the disk's fault, not the input's: exit 1, not 2. One byte past
    // the limit is enough to know, so a stream without end (standard input) costs no more.
    let limit = crate::contract::MAX_IMPORT_BYTES;
    (&mut reader)
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| Error::Io {
            path: std::path::PathBuf::from(tr!("exchange-board-file")),
            source,
        })?;
    if bytes.len() as u64 > limit {
        return Err(Error::invalid(msg!(
            "import-too-large-input",
            max = limit / (1024 * 1024)
        )));
    }
    // Notepad on Windows saves UTF-8 with a byte order mark; serde_json refuses it.
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = std::str::from_utf8(body).map_err(|e| {
        Error::invalid(msg!(
            "exchange-not-utf8",
            byte = (e.valid_up_to() + 1).to_string()
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
    let version = VERSION.to_string();
    match &envelope.format {
        None => {
            return Err(Error::invalid(msg!(
                "exchange-format-missing",
                format = FORMAT
            )))
        }
        Some(serde_json::Value::String(s)) if s == FORMAT => {}
        Some(other) => {
            return Err(Error::invalid(msg!(
                "exchange-format-wrong",
                value = other.to_string(),
                format = FORMAT
            )))
        }
    }
    match &envelope.version {
        None => {
            return Err(Error::invalid(msg!(
                "exchange-version-missing",
                version = version
            )))
        }
        Some(v) => match v.as_u64() {
            Some(n) if n > VERSION => {
                return Err(Error::invalid(msg!(
                    "exchange-version-newer",
                    n = n.to_string(),
                    version = version
                )))
            }
            Some(n) if n >= 1 => {}
            _ => {
                return Err(Error::invalid(msg!(
                    "exchange-version-invalid",
                    value = v.to_string(),
                    version = version
                )))
            }
        },
    }
    if envelope.board.is_none() {
        return Err(Error::invalid(msg!("exchange-board-missing")));
    }
    Ok(())
}

/// Texts keep their line breaks, but always as `\n`: a file edited on Windows must not
/// make the same board look different.
fn normalise_line_breaks(board: &mut Board) {
    fn fix(s: &mut String) {
        if s.contains('\r') {
            *s = tavle_model::model::unix_line_breaks(s);
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
        for field in Field::texts() {
            if let Some(s) = row.text_mut(field) {
                fix(s);
            }
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

/// Writes a board as an exchange file (pretty JSON, `format` and `version` first).
pub fn write_board_json(board: &Board, mut writer: impl Write) -> Result<()> {
    let file = FileOut {
        format: FORMAT,
        version: VERSION,
        board,
    };
    // A write that fails is the disk's fault, not the board's: exit 1, not 2.
    let write_err = |source: std::io::Error| Error::Io {
        path: std::path::PathBuf::from(tr!("exchange-board-file")),
        source,
    };
    serde_json::to_writer_pretty(&mut writer, &file)
        .map_err(|e| write_err(std::io::Error::from(e)))?;
    writer.write_all(b"\n").map_err(write_err)?;
    writer.flush().map_err(write_err)
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use chrono::NaiveDate;
    use tavle_model::model::{AbsenceMonth, Row, Status, StatusChange};

    fn date(s: &str) -> NaiveDate {
        tavle_model::model::parse_date(s).unwrap()
    }

    #[test]
    fn input_without_end_is_refused_at_the_limit_not_read_to_its_end() {
        // Standard input has no size to check first: an endless stream of spaces.
        let err = read_board_json(std::io::repeat(b' ')).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert_eq!(
            err.to_string(),
            "Det som kom inn er mer enn 20 MB. Tavle leser filer opp til 20 MB, og en \
             forbedringstavle er langt mindre (700 tiltak med 2 500 tegn hver er omtrent 2 MB). \
             Sjekk at det er riktig fil. Ingenting er importert."
        );
    }

    pub(in crate::exchange) fn sample() -> Board {
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

    pub(in crate::exchange) fn write_json(b: &Board) -> String {
        let mut out = Vec::new();
        write_board_json(b, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    pub(in crate::exchange) fn read(s: &str) -> Result<Board> {
        read_board_json(s.as_bytes())
    }

    pub(in crate::exchange) fn err(s: &str) -> String {
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
    fn a_file_that_is_not_a_board_file_is_refused_in_nynorsk() {
        use tavle_model::lang::{self, Lang};
        let nn = |json: &str| lang::with(Lang::Nn, || err(json));
        assert_eq!(
            nn(r#"{"format":"excel","version":1,"board":{}}"#),
            "Fila er ikkje ei tavlefil frå Tavle: «format» er \"excel\", men må vere \"tavle-board\". Vel ei fil som er eksportert frå Tavle."
        );
        assert_eq!(
            nn(r#"{"format":"tavle-board","version":2,"board":{}}"#),
            "Tavlefila er laga med ein nyare versjon av Tavle (filversjon 2, denne versjonen forstår opp til 1). Oppdater Tavle for å importere ho."
        );
        assert_eq!(
            nn(r#"{"format":"tavle-board","version":1}"#),
            "Tavlefila manglar feltet «board» med sjølve tavla. Vel ei fil som er eksportert frå Tavle."
        );
        let e = lang::with(Lang::Nn, || {
            read_board_json(&b"{\"format\":\"tavle-board\xF8\"}"[..])
                .unwrap_err()
                .to_string()
        });
        assert!(
            e.contains("Tavlefila er ikkje UTF-8-tekst (feil ved byte 23). Lagre fila som UTF-8"),
            "{e}"
        );
        // Bokmål as before.
        assert_eq!(
            err(r#"{"format":"tavle-board","version":99999999999,"board":{}}"#),
            "Tavlefilen er laget med en nyere versjon av Tavle (filversjon 99999999999, denne versjonen forstår opp til 1). Oppdater Tavle for å importere den."
        );
        assert_eq!(
            err(r#"{"version":1,"board":{}}"#),
            "Filen er ikke en tavlefil fra Tavle: feltet «format» mangler. En tavlefil begynner med \"format\": \"tavle-board\"."
        );
    }

    #[test]
    fn the_example_board_reads_and_is_written_back_byte_for_byte() {
        let text = include_str!("../../../../examples/hjemmesykepleien-2025.json");
        let board = read(text).unwrap();
        assert_eq!(board.rows.len(), 3);
        assert_eq!(board.focus, "trykkløst og trykksikkert");
        assert_eq!(board.rows[2].status, Status::Ongoing);
        assert_eq!(write_json(&board), text);
    }
}
