//! The words and limits the screens share with the core, so none is typed twice: a row's
//! fields and their names, the status labels, the workshop's three questions, the vote limit and the paper each print comes on
//! by default. The app asks for them once at start.

use serde::Serialize;

use tavle_model::lang::Lang;
use tavle_model::model::{FieldKind, Question, Status, FIELDS, MAX_VOTES};
use tavle_print::{default_paper, Paper, What};

/// A code as stored in files and sent by the UI, and its text in the current language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Word {
    pub code: &'static str,
    pub text: String,
}

/// A field of a board row as the editor and the import preview show it, from the core's one
/// table ([`FIELDS`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldWord {
    /// The key in the row form (`owner`).
    pub code: &'static str,
    /// Its name in the current language («Ansvar»).
    pub label: String,
    /// Free text typed in a cell of its own.
    pub text: bool,
    /// What it holds: `text`, `date`, `status` or `choice`.
    pub kind: &'static str,
    /// The field whose column shows this one (Frist under Når?), or none.
    pub under: Option<&'static str>,
    /// A field of a few choices: its choices in order (empty for the others).
    pub choices: Vec<Word>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Vocabulary {
    /// A row's fields, in the order the board shows them.
    pub fields: Vec<FieldWord>,
    /// The six statuses, in the order they are offered.
    pub statuses: Vec<Word>,
    /// The workshop's questions, in the order they are asked.
    pub questions: Vec<Word>,
    /// The most votes a card can hold.
    pub max_votes: u32,
    /// The paper each print comes on when none is chosen, as `[what, paper]` pairs.
    pub default_paper: Vec<(What, Paper)>,
}

impl Vocabulary {
    /// The vocabulary in the current language ([`Lang::current`]: in the app, the one of
    /// its settings).
    pub fn new() -> Vocabulary {
        let lang = Lang::current();
        let whats = [
            What::Board,
            What::Plan,
            What::Workshop,
            What::WorkshopBlank,
            What::Report,
            What::Minutes,
        ];
        Vocabulary {
            fields: FIELDS
                .iter()
                .map(|spec| FieldWord {
                    code: spec.code,
                    label: lang.text(spec.label),
                    text: spec.is_text(),
                    kind: match spec.kind {
                        FieldKind::Text => "text",
                        FieldKind::Date => "date",
                        FieldKind::Status => "status",
                        FieldKind::Choice(_) => "choice",
                    },
                    under: spec.under.map(|f| f.code()),
                    choices: spec
                        .choices()
                        .unwrap_or_default()
                        .iter()
                        .map(|c| Word {
                            code: c.code,
                            text: lang.text(c.label),
                        })
                        .collect(),
                })
                .collect(),
            statuses: Status::ALL
                .iter()
                .map(|s| Word {
                    code: s.code(),
                    text: s.label_in(lang),
                })
                .collect(),
            questions: Question::ALL
                .iter()
                .map(|q| Word {
                    code: q.code(),
                    text: q.text_in(lang),
                })
                .collect(),
            max_votes: MAX_VOTES,
            default_paper: whats.into_iter().map(|w| (w, default_paper(w))).collect(),
        }
    }
}

impl Default for Vocabulary {
    fn default() -> Self {
        Vocabulary::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_screens_get_the_six_statuses_the_three_questions_and_the_default_papers() {
        let json = serde_json::to_value(Vocabulary::new()).unwrap();
        assert_eq!(json["statuses"][0]["code"], "not_started");
        assert_eq!(json["statuses"][0]["text"], "Ikke startet");
        assert_eq!(json["statuses"].as_array().unwrap().len(), 6);
        assert_eq!(
            json["questions"][0]["text"],
            "Hva gjør vi som fungerer bra i dag?"
        );
        let paper: std::collections::HashMap<String, String> =
            serde_json::from_value(json["default_paper"].clone())
                .map(|v: Vec<(String, String)>| v.into_iter().collect())
                .unwrap();
        assert_eq!(paper["board"], "a3");
        assert_eq!(paper["plan"], "a4");
        assert_eq!(paper["report"], "a4");
        assert_eq!(paper["minutes"], "a4");
        assert_eq!(paper["workshop_blank"], "a3");
        assert_eq!(json["max_votes"], 999);
    }

    #[test]
    fn in_nynorsk_the_screens_get_the_nynorsk_statuses_and_questions() {
        let v = tavle_model::lang::with(Lang::Nn, Vocabulary::new);
        assert_eq!(v.statuses[0].code, "not_started");
        assert_eq!(v.statuses[0].text, "Ikkje starta");
        assert_eq!(v.statuses[5].text, "Avbrote");
        let questions: Vec<&str> = v.questions.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(
            questions,
            [
                "Kva gjer vi som fungerer bra i dag?",
                "Kva kan vi gjere betre eller annleis?",
                "Kva konkrete forslag til forbetringar har vi?",
            ]
        );
        // Bokmål stays the default.
        assert_eq!(Vocabulary::new().statuses[0].text, "Ikke startet");
    }

    #[test]
    fn the_editor_gets_the_rows_fields_with_their_names_and_frist_under_naar() {
        let json = serde_json::to_value(Vocabulary::new()).unwrap();
        let codes: Vec<&str> = json["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["code"].as_str().unwrap())
            .collect();
        assert_eq!(
            codes,
            [
                "goal", "ideas", "measure", "kind", "level", "owner", "when", "due", "status",
                "result"
            ]
        );
        assert_eq!(json["fields"][3]["label"], "Tiltakstype");
        assert_eq!(json["fields"][3]["under"], "measure");
        let kinds: Vec<&str> = json["fields"][3]["choices"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["text"].as_str().unwrap())
            .collect();
        assert_eq!(kinds, ["Basistiltak", "Persontiltak", "Prosjekttiltak"]);
        assert_eq!(json["fields"][5]["label"], "Ansvar");
        assert_eq!(json["fields"][5]["text"], true);
        assert_eq!(json["fields"][7]["under"], "when");
        assert_eq!(json["fields"][8]["text"], false);
        assert_eq!(json["fields"][3]["text"], false);
        let nn = tavle_model::lang::with(Lang::Nn, Vocabulary::new);
        assert_eq!(nn.fields[1].label, "Idear");
    }
}
