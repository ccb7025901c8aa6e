//! The words of a leader's sheet: header names (tolerant of case, spacing and the usual
//! variants), the everyday words for the six statuses, and dates written as text.

use chrono::{Datelike, NaiveDate};

use tavle_model::model::{Field, Status, FIELDS, YEARS};

/// Lowercase, single spaces, no `:` `?` `*` `.` at the ends, `é` as `e`.
pub(super) fn normalise_word(s: &str) -> String {
    let lower = s
        .to_lowercase()
        .replace(['é', 'è'], "e")
        .replace('\u{a0}', " ");
    let joined = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    joined
        .trim_matches(|c: char| matches!(c, ':' | '?' | '*' | '.' | '!' | ' '))
        .to_string()
}

/// What a header can name: one of the row's fields ([`FIELDS`]) or a column of a Tavle
/// workbook that is no field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Column {
    Number,
    Field(Field),
    Overdue,
    /// The hidden column of a Tavle workbook with each row's id in the file.
    RowId,
    /// A column the user leaves out on purpose (`--column "Kommentar=-"`).
    Skip,
}

/// A field by the code the app's preview sends (`measure`), the same in every language.
pub(super) fn field_from_code(code: &str) -> Option<Column> {
    Field::from_code(code.trim()).map(Column::Field)
}

impl Column {
    /// A field of free text, which more than one column may fill.
    pub(super) fn is_text(self) -> bool {
        matches!(self, Column::Field(f) if f.spec().is_text())
    }
}

pub(super) fn header_field(text: &str) -> Option<Column> {
    let w = normalise_word(text);
    if text.trim() == crate::xlsx::data::ROW_ID_HEADER {
        return Some(Column::RowId);
    }
    // «Status (R/G/G)», «Status (dato)»: the words in brackets only say how it is kept.
    if w.starts_with("status (") || w.starts_with("status(") {
        return Some(Column::Field(Field::Status));
    }
    if let Some(spec) = FIELDS.iter().find(|s| s.header_words.contains(&w.as_str())) {
        return Some(Column::Field(spec.field));
    }
    Some(match w.as_str() {
        "nr" | "#" | "nummer" | "løpenr" | "løpenummer" => Column::Number,
        "forsinket" | "forseinka" => Column::Overdue,
        _ => return None,
    })
}

/// The labels above a leader's table that name the unit or the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AboveLabel {
    Unit,
    Year,
}

/// `label` (normalised) as a unit or year label, in bokmål or nynorsk.
pub(super) fn above_label(label: &str) -> Option<AboveLabel> {
    match label {
        "enhet" | "avdeling" | "enhetens navn" | "virksomhet" | "eining" | "eininga"
        | "namnet på eininga" | "verksemd" => Some(AboveLabel::Unit),
        "år" | "årstall" | "gjelder år" | "årstal" | "gjeld år" => Some(AboveLabel::Year),
        _ => None,
    }
}

/// The six statuses and the everyday words for them, in bokmål and nynorsk (the labels
/// of a workbook Tavle wrote in either language among them).
pub fn status_from_word(text: &str) -> Option<Status> {
    let w = normalise_word(text);
    if let Ok(s) = w.parse::<Status>() {
        return Some(s);
    }
    Some(match w.as_str() {
        "ikke påbegynt" | "ikke begynt" | "ikke start" | "ny" | "planlagt" | "ikkje starta"
        | "ikkje påbyrja" | "ikkje byrja" => Status::NotStarted,
        "startet" | "påbegynt" | "i gang" | "igang" | "under arbeid" | "pågående"
        | "jobbes med" | "starta" | "påbyrja" | "pågåande" => Status::InProgress,
        "ferdig" | "utført" | "gjennomført" | "fullført" | "avsluttet" | "ok" | "done"
        | "avslutta" | "✓" | "✔" | "☑" | "✅" | "x" | "ferdig ✓" | "ferdig ✔" | "✓ ferdig"
        | "✔ ferdig" | "fullført ✓" | "fullført ✔" => Status::Done,
        "løpende" | "kontinuerlig" | "alltid" | "fast" | "løpande" | "kontinuerleg" => {
            Status::Ongoing
        }
        "utsatt" | "venter" | "på vent" | "satt på vent" | "pause" | "utsett" | "ventar" => {
            Status::Paused
        }
        "kansellert"
        | "avlyst"
        | "droppet"
        | "avbrutt"
        | "avbrote"
        | "stoppet"
        | "avsluttet uten resultat"
        | "droppa"
        | "stoppa"
        | "avslutta utan resultat" => Status::Dropped,
        // The labels of a workbook Tavle wrote, in either language, as the catalogue has them.
        _ => {
            return Status::ALL.into_iter().find(|s| {
                tavle_model::lang::Lang::ALL
                    .into_iter()
                    .any(|lang| normalise_word(&s.label_in(lang)) == w)
            })
        }
    })
}

/// What a column of the months' table holds, by its header.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Figure {
    Agreed,
    Lost,
    Own,
    Pct,
}

pub(super) fn figure_of(header: &str) -> Option<Figure> {
    let h = normalise_word(header);
    if h.contains("avtalt") {
        Some(Figure::Agreed)
    } else if h.contains("tapt") {
        Some(Figure::Lost)
    } else if h.contains("egenmeld") || h.contains("eigenmeld") {
        Some(Figure::Own)
    } else if h.contains('%')
        || h.contains("prosent")
        || h.contains("fravær")
        || h.contains("fråvær")
    {
        Some(Figure::Pct)
    } else {
        None
    }
}

/// A month by its name or a short form of it (at least three letters: «jan», «des»).
pub(super) fn month_from_name(word: &str) -> Option<u32> {
    tavle_model::nb::MONTH_NAMES
        .iter()
        .position(|name| word == *name || (word.chars().count() >= 3 && name.starts_with(word)))
        .map(|i| i as u32 + 1)
}

/// `15.03.2025`, `15.3.25`, `2025-03-15`, `15/03/2025`: the date, if it is one.
/// `Err(())` when the text looks like a date but the day does not exist.
pub(super) fn date_from_text(text: &str) -> std::result::Result<Option<NaiveDate>, ()> {
    let t = text.trim();
    let parts: Vec<&str> = t.split(['.', '/', '-']).collect();
    if parts.len() != 3
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    {
        return Ok(None);
    }
    let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    if n.len() != 3 {
        return Ok(None);
    }
    let (y, m, d) = if parts[0].len() == 4 {
        (n[0], n[1], n[2])
    } else {
        let y = match parts[2].len() {
            2 => 2000 + n[2],
            4 => n[2],
            _ => return Ok(None),
        };
        (y, n[1], n[0])
    };
    let year = i32::try_from(y).map_err(|_| ())?;
    match NaiveDate::from_ymd_opt(year, m, d) {
        Some(date) if YEARS.contains(&date.year()) => Ok(Some(date)),
        _ => Err(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn everyday_status_words_find_the_six_statuses() {
        for (word, status) in [
            ("Ferdig", Status::Done),
            ("FULLFØRT", Status::Done),
            ("Startet", Status::InProgress),
            ("Påbegynt", Status::InProgress),
            ("  pågår ", Status::InProgress),
            ("Ikke påbegynt", Status::NotStarted),
            ("Ikke startet", Status::NotStarted),
            ("Utsatt", Status::Paused),
            ("Kansellert", Status::Dropped),
            ("Løpende", Status::Ongoing),
            ("Ikkje starta", Status::NotStarted),
            ("Løpande", Status::Ongoing),
            ("Avbrote", Status::Dropped),
            ("Utsett", Status::Paused),
        ] {
            assert_eq!(status_from_word(word), Some(status), "{word}");
        }
        for done in ["✓", "✔", "Ferdig ✓", "x", " X "] {
            assert_eq!(status_from_word(done), Some(Status::Done), "{done}");
        }
        assert_eq!(status_from_word("Venter på svar"), None);
        assert_eq!(status_from_word("Grønn"), None);
        assert_eq!(status_from_word("kanskje"), None);
    }

    #[test]
    fn header_names_are_found_whatever_the_case_spacing_and_variant() {
        for (text, field) in [
            ("MÅL", Column::Field(Field::Goal)),
            ("Målsetting", Column::Field(Field::Goal)),
            ("IDEER", Column::Field(Field::Ideas)),
            ("Idé", Column::Field(Field::Ideas)),
            ("TILTAK", Column::Field(Field::Measure)),
            ("ANSVARET", Column::Field(Field::Owner)),
            ("Ansvarlig", Column::Field(Field::Owner)),
            ("NÅR?", Column::Field(Field::When)),
            ("  Når ", Column::Field(Field::When)),
            ("Frist", Column::Field(Field::Due)),
            ("Tidsfrist", Column::Field(Field::Due)),
            ("STATUS", Column::Field(Field::Status)),
            ("Resultat:", Column::Field(Field::Result)),
            ("Idear", Column::Field(Field::Ideas)),
            ("Ansvarleg", Column::Field(Field::Owner)),
            ("Forseinka", Column::Overdue),
        ] {
            assert_eq!(header_field(text), Some(field), "{text}");
        }
        for (text, field) in [
            ("Hva skal vi gjøre?", Column::Field(Field::Measure)),
            ("Tiltak/aktivitet", Column::Field(Field::Measure)),
            ("Kommentar", Column::Field(Field::Result)),
            ("Merknad", Column::Field(Field::Result)),
            ("Status (R/G/G)", Column::Field(Field::Status)),
        ] {
            assert_eq!(header_field(text), Some(field), "{text}");
        }
        assert_eq!(header_field("Prioritet"), None);
    }

    #[test]
    fn dates_as_norwegians_write_them() {
        assert_eq!(date_from_text("15.03.2025"), Ok(Some(d(2025, 3, 15))));
        assert_eq!(date_from_text("1.4.25"), Ok(Some(d(2025, 4, 1))));
        assert_eq!(date_from_text("2025-03-15"), Ok(Some(d(2025, 3, 15))));
        assert_eq!(date_from_text("31.02.2025"), Err(()));
        assert_eq!(date_from_text("i.a. februar"), Ok(None));
        assert_eq!(date_from_text("Alltid"), Ok(None));
    }
}
