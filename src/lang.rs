//! The two written forms of Norwegian Tavle speaks: bokmål ([`Lang::Nb`]) and nynorsk
//! ([`Lang::Nn`]), and the one message catalogue per language that the prints and the CLI
//! take their fixed words from.
//!
//! The catalogues are Fluent files, `locales/nb/tavle.ftl` and `locales/nn/tavle.ftl`,
//! embedded in the program, so a print never depends on files beside it. Words that depend
//! on a number ("1 måned", "3 måneder") are chosen in the catalogue, not in the code. The
//! board's own data (what the leader typed) is never translated.
//!
//! Unicode isolation marks around placeables are turned off: PDFs and terminals get the
//! text exactly as written.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::error::{Error, Result};

/// The bokmål catalogue, as written.
pub const NB_FTL: &str = include_str!("../locales/nb/tavle.ftl");
/// The nynorsk catalogue, as written.
pub const NN_FTL: &str = include_str!("../locales/nn/tavle.ftl");

/// A written form of Norwegian. Bokmål is the default everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    Nb,
    Nn,
}

impl Lang {
    /// Both, bokmål first.
    pub const ALL: [Lang; 2] = [Lang::Nb, Lang::Nn];

    /// `nb` or `nn`, as on the command line and in files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
        }
    }

    /// The Fluent source of this language's catalogue (for a UI that takes it whole).
    pub fn catalogue(self) -> &'static str {
        match self {
            Lang::Nb => NB_FTL,
            Lang::Nn => NN_FTL,
        }
    }

    /// The language the environment asks for: the first set of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` (the order POSIX gives them); nynorsk when it starts with `nn` (`nn_NO.UTF-8`)
    /// or is the old `no_NY`, bokmål otherwise.
    pub fn from_env() -> Lang {
        let var = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|v| !v.trim().is_empty())
            .unwrap_or_default();
        Lang::from_locale(&var)
    }

    /// The language of a locale name such as `nn_NO.UTF-8`: nynorsk for `nn…` and
    /// `no_NY…`, bokmål for everything else.
    pub fn from_locale(locale: &str) -> Lang {
        let l = locale.trim().to_lowercase();
        if l.starts_with("nn") || l.starts_with("no_ny") || l.starts_with("no-ny") {
            Lang::Nn
        } else {
            Lang::Nb
        }
    }

    /// The message `id` without arguments. A missing id gives the id itself (the tests see
    /// to it that none is missing).
    pub fn text(self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with its arguments: `lang.format("plan-heading", &[("year",
    /// 2025.into())])`. Numbers choose the catalogue's plural forms; pass numbers that are
    /// printed the Norwegian way (`9,1 %`) as strings made by [`crate::nb`].
    pub fn format(self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format_args(id, &fluent_args)
    }

    /// The message `id` with ready-made Fluent arguments.
    pub fn format_args(self, id: &str, args: &FluentArgs) -> String {
        let bundle = bundle(self);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        let args = (args.iter().next().is_some()).then_some(args);
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

/// The parsed catalogue of `lang`, made once per run.
fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static NB: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static NN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let cell = match lang {
        Lang::Nb => &NB,
        Lang::Nn => &NN,
    };
    cell.get_or_init(|| make_bundle(lang).0)
}

/// A bundle of `lang`'s catalogue, and what was wrong with the catalogue (nothing, as the
/// tests keep it). A broken entry leaves the rest usable.
fn make_bundle(lang: Lang) -> (FluentBundle<FluentResource>, Vec<String>) {
    let mut problems = Vec::new();
    let resource = FluentResource::try_new(lang.catalogue().to_string()).unwrap_or_else(
        |(resource, errors)| {
            problems.extend(errors.iter().map(|e| format!("{e:?}")));
            resource
        },
    );
    let id = LanguageIdentifier::from_bytes(lang.code().as_bytes()).unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        problems.extend(errors.iter().map(|e| format!("{e:?}")));
    }
    (bundle, problems)
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = Error;

    /// `nb` (bokmål) or `nn` (nynorsk), any case; the names themselves too.
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_lowercase().as_str() {
            "nb" | "bokmål" | "bokmal" => Ok(Lang::Nb),
            "nn" | "nynorsk" => Ok(Lang::Nn),
            _ => Err(Error::invalid(format!(
                "Ukjent språk «{s}». Velg nb (bokmål) eller nn (nynorsk)."
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use fluent_bundle::FluentValue;
    use fluent_syntax::ast;

    use super::*;

    /// The message ids of a catalogue, and every variable its messages use.
    fn ids_and_variables(source: &str) -> (BTreeSet<String>, BTreeSet<String>) {
        let resource = fluent_syntax::parser::parse(source).expect("the catalogue parses");
        let mut ids = BTreeSet::new();
        let mut vars = BTreeSet::new();
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                ids.insert(m.id.name.to_string());
                if let Some(p) = m.value {
                    pattern_vars(&p, &mut vars);
                }
            }
        }
        (ids, vars)
    }

    fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expression_vars(expression, vars);
            }
        }
    }

    fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, vars);
                for v in variants {
                    pattern_vars(&v.value, vars);
                }
            }
            ast::Expression::Inline(i) => inline_vars(i, vars),
        }
    }

    fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        if let ast::InlineExpression::VariableReference { id } = i {
            vars.insert(id.name.to_string());
        }
    }

    #[test]
    fn both_catalogues_parse_and_have_the_same_keys() {
        let (nb, _) = ids_and_variables(NB_FTL);
        let (nn, _) = ids_and_variables(NN_FTL);
        let only_nb: Vec<_> = nb.difference(&nn).collect();
        let only_nn: Vec<_> = nn.difference(&nb).collect();
        assert!(
            only_nb.is_empty() && only_nn.is_empty(),
            "bare i nb: {only_nb:?}; bare i nn: {only_nn:?}"
        );
        assert!(nb.len() > 50, "{}", nb.len());
        for lang in Lang::ALL {
            let (_, problems) = make_bundle(lang);
            assert!(problems.is_empty(), "{lang}: {problems:?}");
        }
    }

    #[test]
    fn every_key_formats_without_errors_in_both_languages() {
        for lang in Lang::ALL {
            let (ids, vars) = ids_and_variables(lang.catalogue());
            let mut args = FluentArgs::new();
            for v in &vars {
                args.set(v.as_str(), FluentValue::from(3));
            }
            let bundle = bundle(lang);
            for id in &ids {
                let pattern = bundle.get_message(id).and_then(|m| m.value());
                let pattern = pattern.unwrap_or_else(|| panic!("{lang}: {id} har ingen tekst"));
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{lang}: {id}: {errors:?}");
                assert!(!text.trim().is_empty(), "{lang}: {id} er tom");
                assert!(
                    !text.contains('\u{2068}'),
                    "{lang}: {id} har isolasjonstegn"
                );
            }
        }
    }

    #[test]
    fn plural_words_follow_the_number() {
        let one = |lang: Lang| lang.format("months-count", &[("n", 1.into())]);
        let many = |lang: Lang| lang.format("months-count", &[("n", 4.into())]);
        assert_eq!(one(Lang::Nb), "1 måned");
        assert_eq!(many(Lang::Nb), "4 måneder");
        assert_eq!(one(Lang::Nn), "1 månad");
        assert_eq!(many(Lang::Nn), "4 månader");
    }

    #[test]
    fn the_environment_chooses_nynorsk_only_for_nn() {
        assert_eq!(Lang::from_locale("nn_NO.UTF-8"), Lang::Nn);
        assert_eq!(Lang::from_locale("no_NY"), Lang::Nn);
        assert_eq!(Lang::from_locale("nb_NO.UTF-8"), Lang::Nb);
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Lang::Nb);
        assert_eq!(Lang::from_locale(""), Lang::Nb);
        assert_eq!(Lang::from_locale("C"), Lang::Nb);
    }

    #[test]
    fn codes_read_back_and_other_values_are_refused_in_norwegian() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>().unwrap(), lang);
            let json = serde_json::to_string(&lang).unwrap();
            assert_eq!(json, format!("\"{}\"", lang.code()));
        }
        assert_eq!("Nynorsk".parse::<Lang>().unwrap(), Lang::Nn);
        let err = "xx".parse::<Lang>().unwrap_err().to_string();
        assert!(err.contains("Ukjent språk «xx»"), "{err}");
    }

    #[test]
    fn a_missing_key_gives_the_key() {
        assert_eq!(Lang::Nn.text("finst-ikkje"), "finst-ikkje");
    }
}
