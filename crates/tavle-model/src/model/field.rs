//! A row's fields, defined once: [`Field`] names them and [`FIELDS`] says, for each, its
//! key in JSON and the forms, its name in the catalogue, where and how wide it is printed
//! and written to Excel, and the header words a leader's own sheet may use for it.
//!
//! Everything that lists a row's columns reads this table: the row's checks, the CSV and
//! the workbook, the sheet import, the printed board, the CLI's text and the editor (through
//! the app's `vocabulary`). A new field is one entry here, its place in [`super::Row`] and
//! the store, and what is truly new about it. A field of a few choices ([`FieldKind::Choice`])
//! is shown, written to CSV and Excel (with a drop-down list), read back from a leader's
//! sheet in either målform and offered in the editor from its entry here alone.

use serde::Serialize;

use super::checks::parse_date;
use super::measure::{MeasureKind, MeasureLevel};
use super::{Row, Status};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::nb;

/// One field of a board row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Goal,
    Ideas,
    Measure,
    Kind,
    Level,
    Owner,
    When,
    Due,
    Status,
    Result,
}

/// A column of the printed board (Forbedringstavle).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PrintColumn {
    /// The heading's catalogue message (in capitals: «ANSVAR»).
    pub heading: &'static str,
    /// The least share of the table's width the column gets, whatever it holds.
    pub floor: f64,
}

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FieldKind {
    /// Free text typed by the leader.
    Text,
    /// A date (Frist), or none.
    Date,
    /// The status, changed through the row's history.
    Status,
    /// One of a few choices, or none.
    Choice(&'static [Choice]),
}

/// One value of a [`FieldKind::Choice`] field.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Choice {
    /// The code in JSON, the file and the app's commands (`basis`).
    pub code: &'static str,
    /// The catalogue message with its word («Basistiltak»).
    pub label: &'static str,
    /// Other words a leader's sheet may use for it, lowercase (its word in either målform
    /// and its code are always understood).
    pub words: &'static [&'static str],
}

/// What the code knows about one field of a row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FieldSpec {
    pub field: Field,
    /// The key in JSON, the forms and the app's commands (`owner`, `when`).
    pub code: &'static str,
    /// The catalogue message with the field's name (`field-owner`: «Ansvar»), used in
    /// messages, the CLI's text, the editor's headings and the workbook's header.
    pub label: &'static str,
    /// The catalogue message with the CSV's header word (`exchange-csv-when`: «Når»).
    pub csv: &'static str,
    /// What it holds: free text typed by the leader, a date, the status or a choice.
    pub kind: FieldKind,
    /// Its own column on the printed board and in the editor; `None`: shown under the
    /// field in [`FieldSpec::under`].
    pub print: Option<PrintColumn>,
    /// The field whose column shows this one on the board (Frist under Når?).
    pub under: Option<Field>,
    /// The column's width in the workbook's Tavle sheet (Excel's character units).
    pub xlsx_width: f64,
    /// The header words a leader's own sheet may use for it, in bokmål and nynorsk,
    /// lowercase and without `?` or `:` (as the import compares them).
    pub header_words: &'static [&'static str],
}

/// Tiltakstype's choices, in the order they are offered.
const KIND_CHOICES: &[Choice] = &[
    Choice {
        code: MeasureKind::Basis.code(),
        label: MeasureKind::Basis.label_id(),
        words: &["basis", "basistiltaket"],
    },
    Choice {
        code: MeasureKind::Person.code(),
        label: MeasureKind::Person.label_id(),
        words: &["person", "persontiltaket"],
    },
    Choice {
        code: MeasureKind::Project.code(),
        label: MeasureKind::Project.label_id(),
        words: &["prosjekt", "prosjekttiltaket"],
    },
];

/// Innsats's choices, in the order they are offered.
const LEVEL_CHOICES: &[Choice] = &[
    Choice {
        code: MeasureLevel::Promoting.code(),
        label: MeasureLevel::Promoting.label_id(),
        words: &[
            "helsefremming",
            "helsefremjing",
            "helsefremmande",
            "helsefremjende",
        ],
    },
    Choice {
        code: MeasureLevel::Preventive.code(),
        label: MeasureLevel::Preventive.label_id(),
        words: &[
            "forebygging",
            "førebygging",
            "førebyggande",
            "forebyggjande",
            "forebyggande",
        ],
    },
    Choice {
        code: MeasureLevel::Repairing.code(),
        label: MeasureLevel::Repairing.label_id(),
        words: &["reparasjon", "reparering", "reparere"],
    },
];

/// A row's fields in the order every table shows them.
pub const FIELDS: &[FieldSpec] = &[
    FieldSpec {
        field: Field::Goal,
        code: "goal",
        label: "field-goal",
        csv: "exchange-csv-goal",
        kind: FieldKind::Text,
        print: Some(PrintColumn {
            heading: "col-goal",
            floor: 0.07,
        }),
        under: None,
        xlsx_width: 30.0,
        header_words: &[
            "mål",
            "målsetting",
            "målsettinger",
            "målsetning",
            "mål for tiltaket",
            "delmål",
            "hva vil vi oppnå",
            "kva vil vi oppnå",
        ],
    },
    FieldSpec {
        field: Field::Ideas,
        code: "ideas",
        label: "field-ideas",
        csv: "exchange-csv-ideas",
        kind: FieldKind::Text,
        print: Some(PrintColumn {
            heading: "col-ideas",
            floor: 0.07,
        }),
        under: None,
        xlsx_width: 34.0,
        header_words: &[
            "ideer",
            "ide",
            "ideer/forslag",
            "idear",
            "forslag",
            "innspill",
            "ideer og forslag",
            "idear og forslag",
            "idear/forslag",
            "innspel",
        ],
    },
    FieldSpec {
        field: Field::Measure,
        code: "measure",
        label: "field-measure",
        csv: "exchange-csv-measure",
        kind: FieldKind::Text,
        print: Some(PrintColumn {
            heading: "col-measure",
            floor: 0.07,
        }),
        under: None,
        xlsx_width: 34.0,
        header_words: &[
            "tiltak",
            "tiltaket",
            "konkrete tiltak",
            "aktivitet",
            "aktiviteter",
            "handling",
            "handlinger",
            "handlingar",
            "hva skal vi gjøre",
            "kva skal vi gjere",
            "tiltak/aktivitet",
            "tiltak/aktiviteter",
            "tiltak / aktivitet",
            "tiltak og aktiviteter",
            "aktivitet/tiltak",
        ],
    },
    FieldSpec {
        field: Field::Kind,
        code: "kind",
        label: "field-kind",
        csv: "field-kind",
        kind: FieldKind::Choice(KIND_CHOICES),
        // A small tag under Tiltak, on the board and in the editor.
        print: None,
        under: Some(Field::Measure),
        xlsx_width: 15.0,
        header_words: &[
            "tiltakstype",
            "tiltakstyper",
            "tiltakstypar",
            "type tiltak",
            "typen tiltak",
            "type",
            "type av tiltak",
            "slags tiltak",
        ],
    },
    FieldSpec {
        field: Field::Level,
        code: "level",
        label: "field-level",
        csv: "field-level",
        kind: FieldKind::Choice(LEVEL_CHOICES),
        print: None,
        under: Some(Field::Measure),
        xlsx_width: 15.0,
        header_words: &[
            "innsats",
            "innsatsen",
            "nivå",
            "innsatsnivå",
            "nivå på innsats",
            "nivå på innsatsen",
            "innsatsområde",
        ],
    },
    FieldSpec {
        field: Field::Owner,
        code: "owner",
        label: "field-owner",
        csv: "exchange-csv-owner",
        kind: FieldKind::Text,
        print: Some(PrintColumn {
            heading: "col-owner",
            floor: 0.07,
        }),
        under: None,
        xlsx_width: 20.0,
        header_words: &[
            "ansvar",
            "ansvaret",
            "ansvarlig",
            "ansvarlige",
            "hvem",
            "hvem har ansvar",
            "ansvarleg",
            "ansvarlege",
            "kven",
            "kven har ansvar",
        ],
    },
    FieldSpec {
        field: Field::When,
        code: "when",
        label: "field-when",
        csv: "exchange-csv-when",
        kind: FieldKind::Text,
        print: Some(PrintColumn {
            heading: "col-when",
            floor: 0.07,
        }),
        under: None,
        xlsx_width: 18.0,
        header_words: &["når", "tidspunkt", "når skal det skje"],
    },
    FieldSpec {
        field: Field::Due,
        code: "due",
        label: "field-due",
        csv: "exchange-csv-due",
        kind: FieldKind::Date,
        print: None,
        under: Some(Field::When),
        xlsx_width: 11.0,
        header_words: &[
            "frist",
            "tidsfrist",
            "innen",
            "ferdig innen",
            "dato",
            "frist (dato)",
        ],
    },
    FieldSpec {
        field: Field::Status,
        code: "status",
        label: "field-status",
        csv: "exchange-csv-status",
        kind: FieldKind::Status,
        print: Some(PrintColumn {
            heading: "col-status",
            floor: 0.07,
        }),
        under: None,
        xlsx_width: 13.0,
        header_words: &["status", "status på tiltaket"],
    },
    FieldSpec {
        field: Field::Result,
        code: "result",
        label: "field-result",
        csv: "exchange-csv-result",
        kind: FieldKind::Text,
        // Results are written during the year: keep room for them from the start.
        print: Some(PrintColumn {
            heading: "col-result",
            floor: 0.11,
        }),
        under: None,
        xlsx_width: 30.0,
        header_words: &[
            "resultat",
            "resultater",
            "resultat/evaluering",
            "evaluering",
            "oppnådd resultat",
            "resultata",
            "kommentar",
            "kommentarer",
            "kommentarar",
            "merknad",
            "merknader",
            "merknadar",
        ],
    },
];

impl Field {
    /// What the table says about this field.
    pub fn spec(self) -> &'static FieldSpec {
        FIELDS
            .iter()
            .find(|s| s.field == self)
            .unwrap_or(&FIELDS[0])
    }

    /// The key in JSON and the forms (`owner`).
    pub fn code(self) -> &'static str {
        self.spec().code
    }

    /// The field of a JSON or form key (`owner`), the same in every language.
    pub fn from_code(code: &str) -> Option<Field> {
        FIELDS.iter().find(|s| s.code == code).map(|s| s.field)
    }

    /// The free-text fields, in order.
    pub fn texts() -> impl Iterator<Item = Field> {
        FIELDS.iter().filter(|s| s.is_text()).map(|s| s.field)
    }

    /// The fields of a few choices, in order.
    pub fn choices() -> impl Iterator<Item = Field> {
        FIELDS
            .iter()
            .filter(|s| s.choices().is_some())
            .map(|s| s.field)
    }
}

impl FieldSpec {
    /// Free text typed by the leader (not a date, not a status, not a choice).
    pub fn is_text(&self) -> bool {
        self.kind == FieldKind::Text
    }

    /// The choices of a choice field; `None` for the others.
    pub fn choices(&self) -> Option<&'static [Choice]> {
        match self.kind {
            FieldKind::Choice(choices) => Some(choices),
            _ => None,
        }
    }

    /// The words a cell of this field may hold, in `lang`, when there is a fixed list: the
    /// six statuses, or the choices (for the workbook's drop-down and the refusals).
    pub fn words_in(&self, lang: Lang) -> Option<Vec<String>> {
        match self.kind {
            FieldKind::Status => Some(Status::ALL.iter().map(|s| s.label_in(lang)).collect()),
            FieldKind::Choice(choices) => {
                Some(choices.iter().map(|c| lang.text(c.label)).collect())
            }
            FieldKind::Text | FieldKind::Date => None,
        }
    }

    /// The choice `words` name: its code, its word in bokmål or nynorsk, or one of its
    /// other words, in any case and spacing. `None` for no match (or no choice field).
    pub fn choice_of(&self, words: &str) -> Option<&'static Choice> {
        let w = words
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        self.choices()?.iter().find(|c| {
            c.code == w
                || c.words.contains(&w.as_str())
                || Lang::ALL
                    .iter()
                    .any(|l| l.text(c.label).to_lowercase() == w)
        })
    }
}

impl Row {
    /// The field as a reader sees it in `lang`: the text as typed, the date as `dd.mm.åååå`,
    /// the status's or the choice's word; empty when there is none.
    pub fn shown(&self, field: Field, lang: Lang) -> String {
        match field.spec().kind {
            FieldKind::Text => self.text(field).unwrap_or_default().to_string(),
            FieldKind::Date => self.due.map(nb::date).unwrap_or_default(),
            FieldKind::Status => self.status.label_in(lang),
            FieldKind::Choice(choices) => self
                .choice(field)
                .and_then(|code| choices.iter().find(|c| c.code == code))
                .map(|c| lang.text(c.label))
                .unwrap_or_default(),
        }
    }

    /// Sets the field from words as a reader writes them (a cell of a sheet, an argument):
    /// text as it is, a date as `dd.mm.åååå` or `åååå-mm-dd`, a status or a choice by its
    /// word in bokmål or nynorsk (any case) or its code. Empty words clear a date or a
    /// choice. Unknown words are refused with the words that are understood.
    pub fn set_from_words(&mut self, field: Field, words: &str) -> Result<()> {
        let spec = field.spec();
        let lang = Lang::current();
        let refused = || {
            let choices = spec.words_in(lang).unwrap_or_default().join(", ");
            Error::invalid(crate::msg!(
                "core-field-unknown-word",
                field = lang.text(spec.label),
                value = words.trim(),
                choices = choices
            ))
            .on_field(spec.code)
        };
        match spec.kind {
            FieldKind::Text => {
                if let Some(text) = self.text_mut(field) {
                    *text = words.to_string();
                }
            }
            FieldKind::Date => {
                self.due = match words.trim() {
                    "" => None,
                    text => Some(parse_date(text).map_err(|_| refused())?),
                }
            }
            FieldKind::Status => {
                let w = words.trim().to_lowercase();
                self.status = Status::ALL
                    .into_iter()
                    .find(|s| {
                        s.code() == w
                            || Lang::ALL.iter().any(|l| s.label_in(*l).to_lowercase() == w)
                    })
                    .ok_or_else(refused)?;
            }
            FieldKind::Choice(_) => {
                let code = match words.trim() {
                    "" => None,
                    _ => Some(spec.choice_of(words).ok_or_else(refused)?.code),
                };
                self.set_choice(field, code);
            }
        }
        Ok(())
    }

    /// This row with `stored`'s value of each of `fields`: what a sheet without those
    /// columns (a workbook exported before Tiltakstype and Innsats were fields, a column
    /// deleted) cannot have meant to change.
    pub fn keeping(mut self, stored: &Row, fields: &[Field]) -> Row {
        for &field in fields {
            match field.spec().kind {
                FieldKind::Text => {
                    if let (Some(text), Some(old)) = (self.text_mut(field), stored.text(field)) {
                        *text = old.to_string();
                    }
                }
                FieldKind::Date => self.due = stored.due,
                FieldKind::Status => {
                    self.status = stored.status;
                    self.history = stored.history.clone();
                }
                FieldKind::Choice(_) => {
                    self.set_choice(field, stored.choice(field));
                }
            }
        }
        self
    }

    /// The code of a choice field's value (`basis`); `None` when unset or no choice field.
    pub fn choice(&self, field: Field) -> Option<&'static str> {
        match field {
            Field::Kind => self.kind.map(MeasureKind::code),
            Field::Level => self.level.map(MeasureLevel::code),
            Field::Goal
            | Field::Ideas
            | Field::Measure
            | Field::Owner
            | Field::When
            | Field::Due
            | Field::Status
            | Field::Result => None,
        }
    }

    /// Sets a choice field by its code (`None`: unset); false when the code is none of its
    /// choices or the field is no choice field, and nothing changed.
    pub fn set_choice(&mut self, field: Field, code: Option<&str>) -> bool {
        match field {
            Field::Kind => match code.map(MeasureKind::from_code) {
                Some(None) => false,
                kind => {
                    self.kind = kind.flatten();
                    true
                }
            },
            Field::Level => match code.map(MeasureLevel::from_code) {
                Some(None) => false,
                level => {
                    self.level = level.flatten();
                    true
                }
            },
            Field::Goal
            | Field::Ideas
            | Field::Measure
            | Field::Owner
            | Field::When
            | Field::Due
            | Field::Status
            | Field::Result => false,
        }
    }

    /// The text of a free-text field; `None` for Frist and Status.
    pub fn text(&self, field: Field) -> Option<&str> {
        let text = match field {
            Field::Goal => &self.goal,
            Field::Ideas => &self.ideas,
            Field::Measure => &self.measure,
            Field::Owner => &self.owner,
            Field::When => &self.when_text,
            Field::Result => &self.result,
            Field::Due | Field::Status | Field::Kind | Field::Level => return None,
        };
        Some(text)
    }

    /// The text of a free-text field to change; `None` for Frist and Status.
    pub fn text_mut(&mut self, field: Field) -> Option<&mut String> {
        Some(match field {
            Field::Goal => &mut self.goal,
            Field::Ideas => &mut self.ideas,
            Field::Measure => &mut self.measure,
            Field::Owner => &mut self.owner,
            Field::When => &mut self.when_text,
            Field::Result => &mut self.result,
            Field::Due | Field::Status | Field::Kind | Field::Level => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_keeping_fields_takes_the_stored_value_of_those_and_only_those() {
        let stored = Row {
            goal: "Gammelt mål".into(),
            result: "Halvveis".into(),
            kind: Some(MeasureKind::Person),
            level: Some(MeasureLevel::Repairing),
            due: chrono::NaiveDate::from_ymd_opt(2025, 5, 1),
            status: Status::InProgress,
            ..Row::default()
        };
        let sheet = Row {
            goal: "Nytt mål".into(),
            ..Row::default()
        };
        let kept = sheet
            .clone()
            .keeping(&stored, &[Field::Kind, Field::Level, Field::Result]);
        assert_eq!(kept.goal, "Nytt mål");
        assert_eq!(kept.result, "Halvveis");
        assert_eq!(kept.kind, Some(MeasureKind::Person));
        assert_eq!(kept.level, Some(MeasureLevel::Repairing));
        assert_eq!((kept.due, kept.status), (None, Status::NotStarted));
        assert_eq!(sheet.clone().keeping(&stored, &[]), sheet);
    }

    #[test]
    fn every_field_is_in_the_table_once_with_its_own_code() {
        for (i, spec) in FIELDS.iter().enumerate() {
            assert_eq!(spec.field.spec(), spec);
            assert_eq!(Field::from_code(spec.code), Some(spec.field));
            assert!(FIELDS[..i].iter().all(|s| s.code != spec.code));
        }
        assert_eq!(FIELDS.len(), 10);
    }

    #[test]
    fn a_text_field_reads_and_writes_the_rows_text_and_the_others_have_none() {
        let mut row = Row::default();
        for field in Field::texts() {
            *row.text_mut(field).unwrap() = field.code().to_string();
        }
        assert_eq!(row.when_text, "when");
        assert_eq!(row.text(Field::Owner), Some("owner"));
        assert_eq!(row.text(Field::Due), None);
        assert!(row.text_mut(Field::Status).is_none());
    }

    #[test]
    fn a_field_set_from_its_words_is_shown_with_them_in_either_language() {
        let mut row = Row::default();
        row.set_from_words(Field::Due, "28.02.2025").unwrap();
        row.set_from_words(Field::Status, "  PÅGÅR ").unwrap();
        row.set_from_words(Field::Owner, "Alle").unwrap();
        assert_eq!(row.shown(Field::Due, Lang::Nn), "28.02.2025");
        assert_eq!(row.shown(Field::Status, Lang::Nb), "Pågår");
        assert_eq!(row.shown(Field::Owner, Lang::Nb), "Alle");
        row.set_from_words(Field::Status, "ikkje starta").unwrap();
        assert_eq!(row.status, Status::NotStarted);
        let err = row.set_from_words(Field::Status, "kanskje").unwrap_err();
        assert_eq!(err.field(), Some("status"));
        assert!(err.to_string().contains("Ikke startet, "), "{err}");
        row.set_from_words(Field::Due, "").unwrap();
        assert_eq!(row.due, None);
    }

    #[test]
    fn a_choice_is_read_in_either_malform_in_any_case_and_shown_in_the_language_asked() {
        let mut row = Row::default();
        for (words, kind) in [
            ("Basistiltak", MeasureKind::Basis),
            ("PERSONTILTAK", MeasureKind::Person),
            (" prosjekt ", MeasureKind::Project),
            ("basis", MeasureKind::Basis),
        ] {
            row.set_from_words(Field::Kind, words).unwrap();
            assert_eq!(row.kind, Some(kind), "{words}");
        }
        for (words, level) in [
            ("helsefremjande", MeasureLevel::Promoting),
            ("Helsefremmende", MeasureLevel::Promoting),
            ("FØREBYGGJANDE", MeasureLevel::Preventive),
            ("førebyggande", MeasureLevel::Preventive),
            ("Forebygging", MeasureLevel::Preventive),
            ("reparerande", MeasureLevel::Repairing),
            ("Reparasjon", MeasureLevel::Repairing),
        ] {
            row.set_from_words(Field::Level, words).unwrap();
            assert_eq!(row.level, Some(level), "{words}");
        }
        assert_eq!(row.shown(Field::Level, Lang::Nn), "Reparerande");
        assert_eq!(row.shown(Field::Kind, Lang::Nb), "Basistiltak");
        let err = row.set_from_words(Field::Kind, "tja").unwrap_err();
        assert_eq!(err.field(), Some("kind"));
        assert!(
            err.to_string()
                .contains("Basistiltak, Persontiltak, Prosjekttiltak"),
            "{err}"
        );
        assert_eq!(
            row.kind,
            Some(MeasureKind::Basis),
            "a refused word changes nothing"
        );
        row.set_from_words(Field::Kind, "").unwrap();
        assert_eq!(
            (row.kind, row.shown(Field::Kind, Lang::Nb)),
            (None, String::new())
        );
        assert!(!row.set_choice(Field::Level, Some("tja")));
        assert_eq!(row.choice(Field::Level), Some("repairing"));
    }

    #[test]
    fn no_header_word_belongs_to_two_fields() {
        let mut seen = std::collections::HashSet::new();
        for spec in FIELDS {
            for word in spec.header_words {
                assert!(seen.insert(*word), "«{word}» står to ganger");
                assert_eq!(*word, word.to_lowercase());
            }
        }
    }
}
