//! clap's own messages are English; the common ones are said again in Norwegian here, with
//! exit code 2 (help and version: standard output, code 0).

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

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

/// clap's own messages are English; the common ones are said again in Norwegian here.
/// Help goes to standard output with code 0; every other parse error is code 2.
pub(crate) fn usage_error(e: &clap::Error) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            eprintln!("Feil i kommandoen: kommando mangler. Bruk en av: import, export, list, show, print, status, history, absence, due, backups, restore, publish, rollup.");
            eprintln!("Se «tavle --help».");
            return ExitCode::from(2);
        }
        _ => {}
    }
    let arg = context(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = context(e, ContextKind::InvalidValue).unwrap_or_default();
    let suggestion = context(e, ContextKind::SuggestedArg)
        .or_else(|| context(e, ContextKind::SuggestedSubcommand))
        .map(|s| format!(" Mente du «{s}»?"))
        .unwrap_or_default();
    let message = match e.kind() {
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e)
                .map(ToString::to_string)
                .unwrap_or_default();
            format!("ugyldig verdi for {arg}: {why}")
        }
        ErrorKind::InvalidValue if value.is_empty() => {
            format!("{arg} mangler en verdi.")
        }
        ErrorKind::InvalidValue => {
            let valid = context(e, ContextKind::ValidValue)
                .map(|v| format!(" Bruk en av: {v}."))
                .unwrap_or_default();
            format!("ugyldig verdi «{value}» for {arg}.{valid}")
        }
        ErrorKind::UnknownArgument => format!("ukjent valg eller argument «{arg}».{suggestion}"),
        ErrorKind::InvalidSubcommand => {
            let sub = context(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            format!("ukjent kommando «{sub}». Bruk en av: import, export, list, show, print, status, history, absence, due, backups, restore, publish, rollup.{suggestion}")
        }
        ErrorKind::MissingRequiredArgument if arg.starts_with("--pct") => {
            "mangler tall for måneden: oppgi --pct, eller --agreed og --lost.".to_string()
        }
        ErrorKind::MissingRequiredArgument => format!("mangler {arg}."),
        ErrorKind::ArgumentConflict => match context(e, ContextKind::PriorArg) {
            Some(prior) if prior == arg => format!("{arg} er gitt mer enn én gang."),
            Some(prior) => format!("{arg} kan ikke brukes sammen med {prior}."),
            None => format!("{arg} kan ikke brukes sammen med de andre valgene."),
        },
        ErrorKind::TooManyValues => format!("for mange verdier for {arg}: «{value}»."),
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("feil antall verdier for {arg}.")
        }
        ErrorKind::InvalidUtf8 => "et argument er ikke gyldig UTF-8-tekst.".to_string(),
        _ => {
            // A rare case without a translation: keep clap's first line, say it in Norwegian.
            let rendered = e.to_string();
            let first = rendered
                .lines()
                .next()
                .unwrap_or("")
                .trim_start_matches("error: ");
            first.to_string()
        }
    };
    eprintln!("Feil i kommandoen: {message}");
    eprintln!("Se «{} --help».", command_path());
    ExitCode::from(2)
}

/// "tavle status" when the error was in a subcommand, else "tavle".
fn command_path() -> String {
    const SUBCOMMANDS: [&str; 13] = [
        "import", "export", "list", "show", "print", "status", "history", "absence", "due",
        "backups", "restore", "publish", "rollup",
    ];
    std::env::args()
        .nth(1)
        .filter(|a| SUBCOMMANDS.contains(&a.as_str()))
        .map(|sub| format!("tavle {sub}"))
        .unwrap_or_else(|| "tavle".to_string())
}
