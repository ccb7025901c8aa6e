//! clap's own messages are English; the common ones are said again here in the user's
//! language (from the catalogue), with exit code 2 (help and version: standard output,
//! code 0).

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use tavle::{tr, Lang};

fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The commands, for the messages that list them (names, not words: never translated).
const SUBCOMMANDS: [&str; 17] = [
    "import", "export", "list", "show", "print", "status", "row", "history", "absence", "due",
    "trend", "backups", "restore", "delete", "publish", "rollup", "board",
];

/// clap's own messages are English; the common ones are said again here, from the
/// catalogue in the current language. Help goes to standard output with code 0; every other
/// parse error is code 2.
pub(crate) fn usage_error(e: &clap::Error) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            let message = tr!("cli-usage-no-command", commands = SUBCOMMANDS.join(", "));
            eprintln!("{}", tr!("cli-usage-error", message = message));
            eprintln!("{}", tr!("cli-usage-see-help", command = "tavle"));
            return ExitCode::from(2);
        }
        _ => {}
    }
    let arg = context(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = context(e, ContextKind::InvalidValue).unwrap_or_default();
    let suggestion = context(e, ContextKind::SuggestedArg)
        .or_else(|| context(e, ContextKind::SuggestedSubcommand));
    let with_suggestion = |message: String| match &suggestion {
        Some(s) => format!(
            "{message} {}",
            tr!("cli-usage-did-you-mean", suggestion = s.as_str())
        ),
        None => message,
    };
    let message = match e.kind() {
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e)
                .map(ToString::to_string)
                .unwrap_or_default();
            tr!("cli-usage-invalid-value-because", arg = arg, reason = why)
        }
        ErrorKind::InvalidValue if value.is_empty() => tr!("cli-usage-value-missing", arg = arg),
        ErrorKind::InvalidValue => match context(e, ContextKind::ValidValue) {
            Some(valid) => tr!(
                "cli-usage-invalid-value-choices",
                value = value,
                arg = arg,
                valid = valid
            ),
            None => tr!("cli-usage-invalid-value", value = value, arg = arg),
        },
        ErrorKind::UnknownArgument => with_suggestion(tr!("cli-usage-unknown-arg", arg = arg)),
        ErrorKind::InvalidSubcommand => {
            let sub = context(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            with_suggestion(tr!(
                "cli-usage-unknown-command",
                command = sub,
                commands = SUBCOMMANDS.join(", ")
            ))
        }
        ErrorKind::MissingRequiredArgument if arg.starts_with("--pct") => {
            tr!("cli-usage-absence-figures-missing")
        }
        ErrorKind::MissingRequiredArgument => tr!("cli-usage-missing", arg = arg),
        ErrorKind::ArgumentConflict => match context(e, ContextKind::PriorArg) {
            Some(prior) if prior == arg => tr!("cli-usage-given-twice", arg = arg),
            Some(prior) => tr!("cli-usage-conflict", arg = arg, other = prior),
            None => tr!("cli-usage-conflict-others", arg = arg),
        },
        ErrorKind::TooManyValues => tr!("cli-usage-too-many-values", arg = arg, value = value),
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            tr!("cli-usage-wrong-number-of-values", arg = arg)
        }
        ErrorKind::InvalidUtf8 => tr!("cli-usage-not-utf8"),
        _ => {
            // A rare case without a translation: keep clap's first line, inside our words.
            let rendered = e.to_string();
            let first = rendered
                .lines()
                .next()
                .unwrap_or("")
                .trim_start_matches("error: ");
            first.to_string()
        }
    };
    eprintln!("{}", tr!("cli-usage-error", message = message));
    eprintln!("{}", tr!("cli-usage-see-help", command = command_path()));
    ExitCode::from(2)
}

/// "tavle status" when the error was in a subcommand, else "tavle": the first argument, or
/// the one after `tavle --lang nb|nn`.
fn command_path() -> String {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let is_lang = |v: &str| v.parse::<Lang>().is_ok();
    let sub = match args.as_slice() {
        [flag, lang, sub, ..] if flag == "--lang" && is_lang(lang) => sub,
        [flag, sub, ..] if flag.strip_prefix("--lang=").is_some_and(is_lang) => sub,
        [sub, ..] => sub,
        [] => "",
    };
    if SUBCOMMANDS.contains(&sub) {
        format!("tavle {sub}")
    } else {
        "tavle".to_string()
    }
}
