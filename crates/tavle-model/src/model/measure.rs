//! The two choices a measure may carry: its Tiltakstype ([`MeasureKind`]) and its Innsats
//! ([`MeasureLevel`]). Both are optional on a row; their place among a row's fields and the
//! other words a leader's sheet may use for them are in the table of `field.rs`.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// Tiltakstype (seed 004): basistiltak aim at the workplace's structure, culture and processes;
/// persontiltak at people; prosjekttiltak are either, organised as a project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MeasureKind {
    Basis,
    Person,
    Project,
}

/// Innsats (seed 002): helsefremmende, forebyggende, reparerende.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MeasureLevel {
    Promoting,
    Preventive,
    Repairing,
}

macro_rules! choice_enum {
    ($ty:ident, $($v:ident => $code:literal, $label:literal);*) => {
        impl $ty {
            /// Every value, in the order they are offered.
            pub const ALL: [$ty; 3] = [$($ty::$v),*];

            /// The code in JSON, the file and the app's commands.
            pub const fn code(self) -> &'static str {
                match self {
                    $($ty::$v => $code,)*
                }
            }

            /// The catalogue message with its word.
            pub const fn label_id(self) -> &'static str {
                match self {
                    $($ty::$v => $label,)*
                }
            }

            /// The value of a code; `None` for a code it does not know.
            pub fn from_code(code: &str) -> Option<$ty> {
                $ty::ALL.into_iter().find(|v| v.code() == code)
            }

            /// The word shown to people in `lang` («Basistiltak»).
            pub fn label_in(self, lang: Lang) -> String {
                lang.text(self.label_id())
            }

            /// The word in the current language.
            pub fn label(self) -> String {
                self.label_in(Lang::current())
            }
        }
    };
}

choice_enum!(MeasureKind,
    Basis => "basis", "measure-kind-basis";
    Person => "person", "measure-kind-person";
    Project => "project", "measure-kind-project");
choice_enum!(MeasureLevel,
    Promoting => "promoting", "measure-level-promoting";
    Preventive => "preventive", "measure-level-preventive";
    Repairing => "repairing", "measure-level-repairing");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_codes_are_the_json_words_and_the_words_are_in_both_languages() {
        for kind in MeasureKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.code()));
            assert_eq!(MeasureKind::from_code(kind.code()), Some(kind));
        }
        for level in MeasureLevel::ALL {
            let json = serde_json::to_string(&level).unwrap();
            assert_eq!(json, format!("\"{}\"", level.code()));
        }
        assert_eq!(MeasureKind::Project.label_in(Lang::Nb), "Prosjekttiltak");
        assert_eq!(MeasureLevel::Promoting.label_in(Lang::Nn), "Helsefremjande");
        assert_eq!(MeasureLevel::Preventive.label_in(Lang::Nn), "Førebyggjande");
        assert_eq!(MeasureLevel::Repairing.label_in(Lang::Nb), "Reparerende");
    }
}
