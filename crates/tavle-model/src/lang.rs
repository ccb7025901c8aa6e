//! The two written forms of Norwegian Tavle speaks: bokmål ([`Lang::Nb`]) and nynorsk
//! ([`Lang::Nn`]), and the one message catalogue per language that the prints and the CLI
//! take their fixed words from.
//!
//! The catalogues are Fluent files, one folder per language (`locales/nb/`, `locales/nn/`)
//! with one file per part of the program (prints, the core's messages, the CLI, the
//! screens), embedded in the program, so nothing depends on files beside it. The same
//! catalogue reaches the screens through [`Lang::texts`].
//!
//! Messages made deep in the core (errors above all) are written in the *current*
//! language: [`Lang::current`], set once by the CLI ([`Lang::set_current`]) and, in the
//! app, for the length of each command from the app's settings ([`with`]). Use [`tr!`]:
//! `tr!("row-due-invalid", value = text)`. Words that depend
//! on a number ("1 måned", "3 måneder") are chosen in the catalogue, not in the code. The
//! board's own data (what the leader typed) is never translated.
//!
//! Unicode isolation marks around placeables are turned off: PDFs and terminals get the
//! text exactly as written.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// The catalogue files: name, bokmål source, nynorsk source. Every file exists in both
/// folders with the same message ids (a test sees to it).
macro_rules! catalogue_files {
    ($($name:literal),+ $(,)?) => {
        [$((
            $name,
            include_str!(concat!("../../../locales/nb/", $name, ".ftl")),
            include_str!(concat!("../../../locales/nn/", $name, ".ftl")),
        )),+]
    };
}

/// Every catalogue file, as written: `terms` (the words of a row's columns, `-owner`, which
/// the messages use as `{ -owner }`, so each is written once per language), `tavle` (the prints), `core` (the core's and the app
/// commands' messages), `store`, `exchange` (JSON, CSV, text), `import` (spreadsheets in and
/// out), `rollup`, `cli`, and the screens: `ui` (index.html), `ui-board` (start, editor,
/// messages), `ui-followup` (Fraværstall, plan, review, deadlines, Excel), `ui-workshop`
/// (workshop, overview).
pub const FILES: [(&str, &str, &str); 12] = catalogue_files!(
    "terms",
    "tavle",
    "core",
    "store",
    "exchange",
    "import",
    "rollup",
    "cli",
    "ui",
    "ui-board",
    "ui-followup",
    "ui-workshop",
);

/// The message `id` in the current language ([`Lang::current`]), with named arguments:
/// `tr!("file-missing")`, `tr!("row-due-invalid", value = text, row = 3)`. An argument is
/// anything a Fluent value is made from (strings, `&str`, integers); pass numbers meant to
/// be shown the Norwegian way (`9,1 %`) as strings made by [`crate::nb`].
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::lang::Lang::current().text($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::lang::Lang::current().format(
            $id,
            &[$((stringify!($name), $crate::lang::FluentValue::from($value))),+],
        )
    };
}

/// The same message as [`tr!`], as data: a [`crate::message::Message`] that keeps its id
/// (`code`) and arguments beside the words, for errors the screens decide on by code:
/// `Error::invalid(msg!("core-due-invalid", value = text))`. `msg!("id" in lang, …)` words
/// it in `lang` instead of the current language.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::message::Message::new($id, &[])
    };
    ($id:literal in $lang:expr) => {
        $crate::message::Message::in_lang($lang, $id, &[])
    };
    ($id:literal in $lang:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::message::Message::in_lang(
            $lang,
            $id,
            &[$((stringify!($name), $crate::lang::FluentValue::from($value))),+],
        )
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::message::Message::new(
            $id,
            &[$((stringify!($name), $crate::lang::FluentValue::from($value))),+],
        )
    };
}

pub use fluent_bundle::FluentValue;

/// The language of the whole process (the CLI's `--lang`), 0 = bokmål, 1 = nynorsk.
static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// The language set for what this thread is doing now (an app command), over [`CURRENT`].
    static ON_THIS_THREAD: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Runs `f` with `lang` as the current language on this thread: the app wraps each command
/// in it, with the language of the app's settings; tests use it to ask for nynorsk
/// without touching other tests.
pub fn with<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = ON_THIS_THREAD.with(|cell| cell.replace(Some(lang)));
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            ON_THIS_THREAD.with(|cell| cell.set(self.0));
        }
    }
    let _restore = Restore(before);
    f()
}

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

    /// The Fluent sources of this language's catalogue files, as (file name, source).
    pub fn catalogue(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        FILES.iter().map(move |(name, nb, nn)| match self {
            Lang::Nb => (*name, *nb),
            Lang::Nn => (*name, *nn),
        })
    }

    /// The language messages are written in now: this thread's (see [`with`]), else the
    /// process's ([`Lang::set_current`]), else bokmål.
    pub fn current() -> Lang {
        ON_THIS_THREAD.with(|cell| cell.get()).unwrap_or_else(|| {
            match CURRENT.load(Ordering::Relaxed) {
                1 => Lang::Nn,
                _ => Lang::Nb,
            }
        })
    }

    /// Makes this the language of the whole process (the CLI does, once, at start).
    pub fn set_current(self) {
        CURRENT.store(self as u8, Ordering::Relaxed);
    }

    /// Every message of this language for the screens, which format them themselves:
    /// each message with its variables left as `{$name}`, and for a message whose words
    /// follow a number (a select), also its form for exactly 1 under `one`.
    pub fn texts(self) -> Texts {
        let mut texts = Texts {
            lang: self,
            messages: BTreeMap::new(),
            one: BTreeMap::new(),
        };
        let bundle = bundle(self);
        for (_, source) in self.catalogue() {
            let Ok(resource) = fluent_syntax::parser::parse(source) else {
                continue;
            };
            for entry in resource.body {
                let fluent_syntax::ast::Entry::Message(m) = entry else {
                    continue;
                };
                let Some(value) = &m.value else { continue };
                let (mut vars, mut selectors) = (Vec::new(), Vec::new());
                pattern_variables(value, &mut vars, &mut selectors);
                let placeholder = |name: &str| FluentValue::from(format!("{{${name}}}"));
                let mut args = FluentArgs::new();
                for v in &vars {
                    args.set(*v, placeholder(v));
                }
                let id = m.id.name;
                texts
                    .messages
                    .insert(id.to_string(), self.format_in(bundle, id, &args));
                if let Some(number) = selectors.first() {
                    args.set(*number, FluentValue::from(1));
                    let text = self.format_in(bundle, id, &args);
                    texts.one.insert(
                        id.to_string(),
                        OneForm {
                            number: number.to_string(),
                            text,
                        },
                    );
                }
            }
        }
        texts
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
        self.format_in(bundle(self), id, args)
    }

    fn format_in(
        self,
        bundle: &FluentBundle<FluentResource>,
        id: &str,
        args: &FluentArgs,
    ) -> String {
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

/// A language's whole catalogue as the screens take it (see [`Lang::texts`]).
#[derive(Debug, Clone, Serialize)]
pub struct Texts {
    pub lang: Lang,
    /// Message id → text, variables left as `{$name}`.
    pub messages: BTreeMap<String, String>,
    /// Message id → its text when its number is 1, for messages whose words follow a number.
    pub one: BTreeMap<String, OneForm>,
}

/// A message's text when the number its words follow (the variable `number`) is 1.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OneForm {
    pub number: String,
    pub text: String,
}

/// The variables a pattern uses, and those among them that choose between variants.
fn pattern_variables<'s>(
    pattern: &fluent_syntax::ast::Pattern<&'s str>,
    vars: &mut Vec<&'s str>,
    selectors: &mut Vec<&'s str>,
) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline<'s>(i: &InlineExpression<&'s str>, vars: &mut Vec<&'s str>) -> Option<&'s str> {
        match i {
            InlineExpression::VariableReference { id } => {
                if !vars.contains(&id.name) {
                    vars.push(id.name);
                }
                Some(id.name)
            }
            _ => None,
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(i) => {
                    inline(i, vars);
                }
                Expression::Select { selector, variants } => {
                    if let Some(name) = inline(selector, vars) {
                        if !selectors.contains(&name) {
                            selectors.push(name);
                        }
                    }
                    for v in variants {
                        pattern_variables(&v.value, vars, selectors);
                    }
                }
            }
        }
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
    let id = LanguageIdentifier::from_bytes(lang.code().as_bytes()).unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for (name, source) in lang.catalogue() {
        let resource =
            FluentResource::try_new(source.to_string()).unwrap_or_else(|(resource, errors)| {
                problems.extend(errors.iter().map(|e| format!("{name}: {e:?}")));
                resource
            });
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.iter().map(|e| format!("{name}: {e:?}")));
        }
    }
    (bundle, problems)
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
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

    /// The terms of a catalogue file by the name messages use (`-owner`).
    fn term_ids(source: &str) -> BTreeSet<String> {
        let resource = fluent_syntax::parser::parse(source).expect("the catalogue parses");
        resource
            .body
            .into_iter()
            .filter_map(|entry| match entry {
                ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
                _ => None,
            })
            .collect()
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
    fn every_catalogue_file_has_the_same_keys_in_both_languages() {
        let mut all = BTreeSet::new();
        for (name, nb, nn) in FILES {
            let (mut nb_ids, _) = ids_and_variables(nb);
            let (mut nn_ids, _) = ids_and_variables(nn);
            nb_ids.extend(term_ids(nb));
            nn_ids.extend(term_ids(nn));
            let only_nb: Vec<_> = nb_ids.difference(&nn_ids).collect();
            let only_nn: Vec<_> = nn_ids.difference(&nb_ids).collect();
            assert!(
                only_nb.is_empty() && only_nn.is_empty(),
                "{name}.ftl: bare i nb: {only_nb:?}; bare i nn: {only_nn:?}"
            );
            for id in nb_ids {
                assert!(all.insert(id.clone()), "{id} står i to filer ({name}.ftl)");
            }
        }
        assert!(all.len() > 50, "{}", all.len());
        for lang in Lang::ALL {
            let (_, problems) = make_bundle(lang);
            assert!(problems.is_empty(), "{lang}: {problems:?}");
        }
    }

    #[test]
    fn every_key_formats_without_errors_in_both_languages() {
        for lang in Lang::ALL {
            for (name, source) in lang.catalogue() {
                let (ids, vars) = ids_and_variables(source);
                let mut args = FluentArgs::new();
                for v in &vars {
                    args.set(v.as_str(), FluentValue::from(3));
                }
                let bundle = bundle(lang);
                for id in &ids {
                    let pattern = bundle.get_message(id).and_then(|m| m.value());
                    let pattern =
                        pattern.unwrap_or_else(|| panic!("{lang}/{name}: {id} har ingen tekst"));
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                    assert!(errors.is_empty(), "{lang}/{name}: {id}: {errors:?}");
                    assert!(!text.trim().is_empty(), "{lang}/{name}: {id} er tom");
                    assert!(
                        !text.contains('\u{2068}'),
                        "{lang}/{name}: {id} har isolasjonstegn"
                    );
                }
            }
        }
    }

    #[test]
    fn the_screens_get_every_message_with_placeholders_and_the_form_for_one() {
        let texts = Lang::Nn.texts();
        assert_eq!(texts.lang, Lang::Nn);
        assert_eq!(texts.messages["status-not-started"], "Ikkje starta");
        assert_eq!(texts.messages["plan-heading"], "Prosjekt nærvær {$year}");
        assert_eq!(texts.messages["months-count"], "{$n} månader");
        assert_eq!(texts.one["months-count"].text, "1 månad");
        assert_eq!(texts.one["months-count"].number, "n");
        assert!(!texts.one.contains_key("plan-heading"));
        let every: usize = Lang::Nn
            .catalogue()
            .map(|(_, s)| ids_and_variables(s).0.len())
            .sum();
        assert_eq!(texts.messages.len(), every);
    }

    #[test]
    fn a_column_word_is_written_once_and_every_message_using_it_gets_it() {
        for (name, nb, nn) in FILES {
            let terms = term_ids(nb);
            assert!(
                name == "terms" || terms.is_empty(),
                "{name}.ftl har termer; de står i terms.ftl"
            );
            assert_eq!(terms, term_ids(nn), "{name}.ftl");
        }
        assert_eq!(Lang::Nb.text("field-owner"), "Ansvar");
        assert_eq!(Lang::Nb.text("col-owner"), "ANSVAR");
        assert_eq!(Lang::Nn.text("col-ideas"), "IDEAR");
        assert_eq!(Lang::Nb.text("field-when"), "Når?");
        assert_eq!(Lang::Nn.text("exchange-csv-ideas"), "Idear");
        // The screens get the words, never the reference.
        for lang in Lang::ALL {
            let texts = lang.texts();
            assert_eq!(texts.messages["ui-col-owner"], "Ansvar");
            assert_eq!(texts.messages["ui-wall-col-when"], "Når");
            assert_eq!(texts.messages["ws-due"], "Frist {$date}");
            let leaks: Vec<_> = texts
                .messages
                .iter()
                .filter(|(_, text)| text.contains("{ -") || text.contains("{-"))
                .collect();
            assert!(leaks.is_empty(), "{lang}: {leaks:?}");
        }
    }

    #[test]
    fn the_current_language_is_the_threads_then_the_processs() {
        assert_eq!(Lang::current(), Lang::Nb);
        let inside = with(Lang::Nn, || (Lang::current(), crate::tr!("status-dropped")));
        assert_eq!(inside, (Lang::Nn, "Avbrote".to_string()));
        assert_eq!(Lang::current(), Lang::Nb);
        let other = std::thread::spawn(|| with(Lang::Nn, Lang::current))
            .join()
            .unwrap();
        assert_eq!(other, Lang::Nn);
        assert_eq!(crate::tr!("months-count", n = 2), "2 måneder");
        assert_eq!(
            with(Lang::Nn, || crate::tr!("months-count", n = 1)),
            "1 månad"
        );
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
