//! A row's fields, defined once: [`Field`] names them and [`FIELDS`] says, for each, its
//! key in JSON and the forms, its name in the catalogue, where and how wide it is printed
//! and written to Excel, and the header words a leader's own sheet may use for it.
//!
//! Everything that lists a row's columns reads this table: the row's checks, the CSV and
//! the workbook, the sheet import, the printed board, the CLI's text and the editor (through
//! the app's `vocabulary`). A new field is one entry here, its place in [`super::Row`] and
//! the store, and what is truly new about it.

use serde::Serialize;

use super::Row;

/// One field of a board row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Goal,
    Ideas,
    Measure,
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
    /// Free text typed by the leader (not a date, not a status).
    pub text: bool,
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

/// A row's fields in the order every table shows them.
pub const FIELDS: &[FieldSpec] = &[
    FieldSpec {
        field: Field::Goal,
        code: "goal",
        label: "field-goal",
        csv: "exchange-csv-goal",
        text: true,
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
        text: true,
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
        text: true,
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
        field: Field::Owner,
        code: "owner",
        label: "field-owner",
        csv: "exchange-csv-owner",
        text: true,
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
        text: true,
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
        text: false,
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
        text: false,
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
        text: true,
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
        FIELDS.iter().filter(|s| s.text).map(|s| s.field)
    }
}

impl Row {
    /// The text of a free-text field; `None` for Frist and Status.
    pub fn text(&self, field: Field) -> Option<&str> {
        let text = match field {
            Field::Goal => &self.goal,
            Field::Ideas => &self.ideas,
            Field::Measure => &self.measure,
            Field::Owner => &self.owner,
            Field::When => &self.when_text,
            Field::Result => &self.result,
            Field::Due | Field::Status => return None,
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
            Field::Due | Field::Status => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_in_the_table_once_with_its_own_code() {
        for (i, spec) in FIELDS.iter().enumerate() {
            assert_eq!(spec.field.spec(), spec);
            assert_eq!(Field::from_code(spec.code), Some(spec.field));
            assert!(FIELDS[..i].iter().all(|s| s.code != spec.code));
        }
        assert_eq!(FIELDS.len(), 8);
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
