//! The command line as clap sees it: every command and its arguments. Nothing here runs
//! anything; [`crate::run`] does.
//!
//! The derive below gives only the shape (names, flags, parsers, what goes with what). Every
//! text the help shows — descriptions, usage lines, value names, headings — is set in
//! [`command`] from the catalogue (`locales/*/cli.ftl`) in the current language, which
//! [`crate::main`] sets from `--lang` (see [`lang_asked_for`]) before clap reads anything.

use std::ffi::OsString;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Arg, ArgAction, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::parse::*;
use tavle::export::Format;
use tavle::print::{Paper, What};
use tavle::{tr, BoardId, ChangeId, Lang, RowId, Status};

/// The command line `args` (the program's name first), read with the help in the current
/// language.
pub(crate) fn parse(args: Vec<OsString>) -> Result<Cli, clap::Error> {
    let matches = command().try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}

/// The language the command line asks for before clap has read it, so that clap's help and
/// refusals already come in it: the last `--lang X` or `--lang=X` that names a language
/// Tavle has (a command's own `--lang` comes after `tavle --lang`, and wins, as in
/// [`Cli::lang_of_messages`]). Nothing after `--` counts. `None`: the environment decides.
pub(crate) fn lang_asked_for(args: &[OsString]) -> Option<Lang> {
    let mut found = None;
    let mut args = args.iter().skip(1).map(|a| a.to_str());
    while let Some(arg) = args.next() {
        let value = match arg {
            Some("--") => break,
            Some("--lang") => args.next().flatten(),
            Some(a) => a.strip_prefix("--lang="),
            None => None,
        };
        if let Some(lang) = value.and_then(|v| v.parse::<Lang>().ok()) {
            found = Some(lang);
        }
    }
    found
}

/// The whole command with its texts from the catalogue, in the current language.
pub(crate) fn command() -> clap::Command {
    let template = format!(
        "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        tr!("cli-help-usage")
    );
    let arguments = kept(tr!("cli-help-arguments"));
    let options = kept(tr!("cli-help-options"));
    let headings = |a: Arg| {
        let heading = if a.is_positional() {
            arguments
        } else {
            options
        };
        a.help_heading(heading)
    };
    Cli::command()
        .help_template(&template)
        .about(tr!("cli-about"))
        .long_about(None)
        .override_usage(tr!("cli-usage"))
        .subcommand_help_heading(kept(tr!("cli-help-commands")))
        .subcommand_value_name(kept(tr!("cli-value-command")))
        .after_help(tr!("cli-after-help"))
        .mut_args(|a| match a.get_id().as_str() {
            "help" => a.help(tr!("cli-arg-help")),
            "version" => a.help(tr!("cli-arg-version")),
            "lang" => a
                .help(tr!("cli-arg-lang"))
                .value_name(kept(tr!("cli-value-lang"))),
            _ => a,
        })
        .mut_args(headings)
        .mut_subcommands(|sub| {
            subcommand_texts(sub.mut_args(shared_arg_texts))
                .help_template(&template)
                .long_about(None)
                .mut_args(headings)
        })
}

/// A text for the places clap keeps a name for the whole run (value names, headings): clap
/// takes those as `&'static str` only. The few dozen short texts of one run are kept.
fn kept(text: String) -> &'static str {
    text.leak()
}

/// The arguments several commands share (the `.tavle` file, a board, a row), as most of
/// them describe them; [`subcommand_texts`] says it otherwise where a command needs to.
fn shared_arg_texts(a: Arg) -> Arg {
    match a.get_id().as_str() {
        "file" => a
            .help(tr!("cli-arg-file"))
            .value_name(kept(tr!("cli-value-file"))),
        "board" => a
            .help(tr!("cli-arg-board"))
            .value_name(kept(tr!("cli-value-id"))),
        "row" => a
            .help(tr!("cli-arg-row"))
            .value_name(kept(tr!("cli-value-id"))),
        _ => a,
    }
}

/// A command's description, usage line, closing text and the texts of its own arguments.
fn subcommand_texts(sub: clap::Command) -> clap::Command {
    match sub.get_name() {
        "import" => sub
            .about(tr!("cli-import-about"))
            .override_usage(tr!("cli-import-usage"))
            .after_help(tr!("cli-import-after-help"))
            .mut_args(|a| match a.get_id().as_str() {
                "file" => a.help(tr!("cli-import-file")),
                "board_json" => a
                    .help(tr!("cli-import-board"))
                    .value_name(kept(tr!("cli-value-board-file"))),
                "unit" => a
                    .help(tr!("cli-import-unit"))
                    .value_name(kept(tr!("cli-value-unit"))),
                "year" => a
                    .help(tr!("cli-import-year"))
                    .value_name(kept(tr!("cli-value-year"))),
                "preview" => a.help(tr!("cli-import-preview")),
                "sheet" => a
                    .help(tr!("cli-import-sheet"))
                    .value_name(kept(tr!("cli-value-sheet"))),
                "columns" => a
                    .help(tr!("cli-import-column"))
                    .value_name(kept(tr!("cli-value-column-map"))),
                "statuses" => a
                    .help(tr!("cli-import-status"))
                    .value_name(kept(tr!("cli-value-status-map"))),
                "as_new" => a.help(tr!("cli-import-as-new")),
                "remove_missing" => a.help(tr!("cli-import-remove-missing")),
                _ => a,
            }),
        "delete" => sub
            .about(tr!("cli-delete-about"))
            .override_usage(tr!("cli-delete-usage"))
            .after_help(tr!("cli-delete-after-help")),
        "export" => sub
            .about(tr!("cli-export-about"))
            .override_usage(tr!("cli-export-usage"))
            .after_help(tr!("cli-export-after-help"))
            .mut_args(|a| match a.get_id().as_str() {
                "format" => a
                    .help(tr!("cli-export-format"))
                    .value_name(kept(tr!("cli-value-format"))),
                "out" => a
                    .help(tr!("cli-export-out"))
                    .value_name(kept(tr!("cli-value-out"))),
                _ => a,
            }),
        "list" => sub
            .about(tr!("cli-list-about"))
            .override_usage(tr!("cli-list-usage")),
        "show" => sub
            .about(tr!("cli-show-about"))
            .override_usage(tr!("cli-show-usage")),
        "print" => sub
            .about(tr!("cli-print-about"))
            .override_usage(tr!("cli-print-usage"))
            .after_help(tr!("cli-print-after-help"))
            .mut_args(|a| match a.get_id().as_str() {
                "what" => a
                    .help(tr!("cli-print-what"))
                    .value_name(kept(tr!("cli-value-what"))),
                "blank" => a.help(tr!("cli-print-blank")),
                "paper" => a
                    .help(tr!("cli-print-paper"))
                    .value_name(kept(tr!("cli-value-paper"))),
                "lang" => a
                    .help(tr!("cli-print-lang"))
                    .value_name(kept(tr!("cli-value-lang"))),
                "on" => a
                    .help(tr!("cli-print-on"))
                    .value_name(kept(tr!("cli-value-date"))),
                "out" => a
                    .help(tr!("cli-print-out"))
                    .value_name(kept(tr!("cli-value-out"))),
                _ => a,
            }),
        "status" => sub
            .about(tr!("cli-status-about"))
            .override_usage(tr!("cli-status-usage"))
            .after_help(tr!("cli-status-after-help"))
            .mut_args(|a| match a.get_id().as_str() {
                "to" => a
                    .help(tr!("cli-status-to"))
                    .value_name(kept(tr!("cli-value-status"))),
                "on" => a
                    .help(tr!("cli-status-on"))
                    .value_name(kept(tr!("cli-value-date"))),
                "note" => a
                    .help(tr!("cli-status-note"))
                    .value_name(kept(tr!("cli-value-text"))),
                _ => a,
            }),
        "row" => sub
            .about(tr!("cli-row-about"))
            .override_usage(tr!("cli-row-usage"))
            .after_help(tr!("cli-row-after-help"))
            .mut_args(|a| match a.get_id().as_str() {
                "kind" => a
                    .help(tr!("cli-row-kind"))
                    .value_name(kept(tr!("cli-value-kind"))),
                "level" => a
                    .help(tr!("cli-row-level"))
                    .value_name(kept(tr!("cli-value-level"))),
                _ => a,
            }),
        "history" => sub
            .about(tr!("cli-history-about"))
            .override_usage(tr!("cli-history-usage"))
            .after_help(tr!("cli-history-after-help"))
            .mut_args(|a| match a.get_id().as_str() {
                "fix" => a
                    .help(tr!("cli-history-fix"))
                    .value_name(kept(tr!("cli-value-change"))),
                "remove" => a
                    .help(tr!("cli-history-remove"))
                    .value_name(kept(tr!("cli-value-change"))),
                "on" => a
                    .help(tr!("cli-history-on"))
                    .value_name(kept(tr!("cli-value-date"))),
                "note" => a
                    .help(tr!("cli-history-note"))
                    .value_name(kept(tr!("cli-value-text"))),
                _ => a,
            }),
        "absence" => sub
            .about(tr!("cli-absence-about"))
            .override_usage(tr!("cli-absence-usage"))
            .after_help(tr!("cli-absence-after-help"))
            .mut_args(|a| match a.get_id().as_str() {
                "month" => a
                    .help(tr!("cli-absence-month"))
                    .value_name(kept(tr!("cli-value-month"))),
                "pct" => a
                    .help(tr!("cli-absence-pct"))
                    .value_name(kept(tr!("cli-value-percent"))),
                "agreed" => a
                    .help(tr!("cli-absence-agreed"))
                    .value_name(kept(tr!("cli-value-day-works"))),
                "lost" => a
                    .help(tr!("cli-absence-lost"))
                    .value_name(kept(tr!("cli-value-day-works"))),
                "self_certified" => a
                    .help(tr!("cli-absence-self-certified"))
                    .value_name(kept(tr!("cli-value-day-works"))),
                _ => a,
            }),
        "due" => sub
            .about(tr!("cli-due-about"))
            .override_usage(tr!("cli-due-usage"))
            .after_help(tr!("cli-due-after-help"))
            .mut_args(|a| match a.get_id().as_str() {
                "on" => a
                    .help(tr!("cli-due-on"))
                    .value_name(kept(tr!("cli-value-date"))),
                "within" => a
                    .help(tr!("cli-due-within"))
                    .value_name(kept(tr!("cli-value-days"))),
                _ => a,
            }),
        "trend" => sub
            .about(tr!("cli-trend-about"))
            .override_usage(tr!("cli-trend-usage"))
            .after_help(tr!("cli-trend-after-help"))
            .mut_args(|a| match a.get_id().as_str() {
                "unit" => a
                    .help(tr!("cli-trend-unit"))
                    .value_name(kept(tr!("cli-value-unit"))),
                "baseline" => a
                    .help(tr!("cli-trend-baseline"))
                    .value_name(kept(tr!("cli-value-months"))),
                "format" => a
                    .help(tr!("cli-trend-format"))
                    .value_name(kept(tr!("cli-value-format"))),
                _ => a,
            }),
        "backups" => sub
            .about(tr!("cli-backups-about"))
            .override_usage(tr!("cli-backups-usage"))
            .after_help(tr!("cli-backups-after-help")),
        "restore" => sub
            .about(tr!("cli-restore-about"))
            .override_usage(tr!("cli-restore-usage"))
            .after_help(tr!("cli-restore-after-help"))
            .mut_args(|a| match a.get_id().as_str() {
                "file" => a.help(tr!("cli-restore-file")),
                "from" => a
                    .help(tr!("cli-restore-from"))
                    .value_name(kept(tr!("cli-value-copy"))),
                _ => a,
            }),
        "publish" => sub
            .about(tr!("cli-publish-about"))
            .override_usage(tr!("cli-publish-usage"))
            .after_help(tr!("cli-publish-after-help"))
            .mut_args(|a| match a.get_id().as_str() {
                "file" => a.help(tr!("cli-publish-file")),
                "to" => a
                    .help(tr!("cli-publish-to"))
                    .value_name(kept(tr!("cli-value-folder"))),
                "board" => a.help(tr!("cli-publish-board")),
                "withdraw" => a.help(tr!("cli-publish-withdraw")),
                _ => a,
            }),
        "board" => sub
            .about(tr!("cli-board-about"))
            .override_usage(tr!("cli-board-usage"))
            .after_help(tr!("cli-board-after-help"))
            .mut_args(|a| match a.get_id().as_str() {
                "unit" => a
                    .help(tr!("cli-board-unit"))
                    .value_name(kept(tr!("cli-value-unit"))),
                "year" => a
                    .help(tr!("cli-board-year"))
                    .value_name(kept(tr!("cli-value-year"))),
                "target" => a
                    .help(tr!("cli-board-target"))
                    .value_name(kept(tr!("cli-value-percent"))),
                "sector" => a
                    .help(tr!("cli-board-sector"))
                    .value_name(kept(tr!("cli-value-sector"))),
                "staff" => a
                    .help(tr!("cli-board-staff"))
                    .value_name(kept(tr!("cli-value-fte"))),
                "main_goal" => a
                    .help(tr!("cli-board-main-goal"))
                    .value_name(kept(tr!("cli-value-text"))),
                "focus" => a
                    .help(tr!("cli-board-focus"))
                    .value_name(kept(tr!("cli-value-text"))),
                _ => a,
            }),
        "rollup" => sub
            .about(tr!("cli-rollup-about"))
            .override_usage(tr!("cli-rollup-usage"))
            .after_help(tr!("cli-rollup-after-help"))
            .mut_args(|a| match a.get_id().as_str() {
                "inputs" => a
                    .help(tr!("cli-rollup-inputs"))
                    .value_name(kept(tr!("cli-value-inputs"))),
                "year" => a
                    .help(tr!("cli-rollup-year"))
                    .value_name(kept(tr!("cli-value-year"))),
                "format" => a
                    .help(tr!("cli-rollup-format"))
                    .value_name(kept(tr!("cli-value-format"))),
                "out" => a
                    .help(tr!("cli-rollup-out"))
                    .value_name(kept(tr!("cli-value-out"))),
                "sort" => a
                    .help(tr!("cli-rollup-sort"))
                    .value_name(kept(tr!("cli-value-column"))),
                "lang" => a
                    .help(tr!("cli-rollup-lang"))
                    .value_name(kept(tr!("cli-value-lang"))),
                "reverse" => a.help(tr!("cli-rollup-reverse")),
                "filter" => a
                    .help(tr!("cli-rollup-filter"))
                    .value_name(kept(tr!("cli-value-prefix"))),
                "sector" => a
                    .help(tr!("cli-rollup-sector"))
                    .value_name(kept(tr!("cli-value-sector"))),
                _ => a,
            }),
        _ => sub,
    }
}

// The shape of the command line. No texts here: [`command`] gives them all, so nothing the
// user reads is written outside the catalogue (`about = None` keeps clap from taking the
// package description).
#[derive(Parser, Debug)]
#[command(
    name = "tavle",
    version,
    about = None,
    long_about = None,
    disable_help_flag = true,
    disable_help_subcommand = true,
    disable_version_flag = true
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,

    #[arg(short = 'h', long = "help", action = ArgAction::Help, global = true)]
    pub(crate) help: Option<bool>,

    #[arg(short = 'V', long = "version", action = ArgAction::Version)]
    pub(crate) version: Option<bool>,

    // The language of the prints, of `tavle show` and of every message.
    #[arg(long, value_parser = parse_lang)]
    pub(crate) lang: Option<Lang>,
}

impl Cli {
    /// The language of what this run says: the command's own `--lang` (print, rollup), else
    /// `tavle --lang`, else the environment's.
    pub(crate) fn lang_of_messages(&self) -> Lang {
        let own = match &self.command {
            Command::Print(a) => a.lang,
            Command::Rollup(a) => a.lang,
            _ => None,
        };
        own.or(self.lang).unwrap_or_else(Lang::from_env)
    }
}

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    Import(Import),
    Export(Export),
    List(TavleFile),
    Show(OneBoard),
    Print(Print),
    Status(StatusCmd),
    Row(RowCmd),
    History(HistoryCmd),
    Absence(Absence),
    Due(Due),
    Trend(Trend),
    Backups(TavleFile),
    Restore(Restore),
    Delete(OneBoard),
    Publish(Publish),
    Rollup(RollupCmd),
    Board(BoardCmd),
}

/// `tavle board`: the header fields to change; what is not given stays as it is.
#[derive(Args, Debug)]
pub(crate) struct BoardCmd {
    #[command(flatten)]
    pub(crate) at: OneBoard,
    #[arg(long)]
    pub(crate) unit: Option<String>,
    #[arg(long, value_parser = parse_year)]
    pub(crate) year: Option<i32>,
    #[arg(long)]
    pub(crate) target: Option<String>,
    #[arg(long)]
    pub(crate) sector: Option<String>,
    #[arg(long)]
    pub(crate) staff: Option<String>,
    #[arg(long = "main-goal")]
    pub(crate) main_goal: Option<String>,
    #[arg(long)]
    pub(crate) focus: Option<String>,
}

#[derive(Args, Debug)]
pub(crate) struct Restore {
    pub(crate) file: PathBuf,
    #[arg(long = "from")]
    pub(crate) from: PathBuf,
}

#[derive(Args, Debug)]
pub(crate) struct Publish {
    pub(crate) file: PathBuf,
    #[arg(long = "to")]
    pub(crate) to: PathBuf,
    #[arg(long, value_parser = parse_board_id)]
    pub(crate) board: Option<BoardId>,
    #[arg(long)]
    pub(crate) withdraw: bool,
}

#[derive(Args, Debug)]
pub(crate) struct RollupCmd {
    #[arg(required = true)]
    pub(crate) inputs: Vec<PathBuf>,
    #[arg(long, value_parser = parse_year)]
    pub(crate) year: Option<i32>,
    #[arg(long, value_parser = parse_rollup_format, default_value = "text", hide_default_value = true)]
    pub(crate) format: RollupFormat,
    #[arg(short = 'o', long = "out")]
    pub(crate) out: Option<PathBuf>,
    #[arg(long, value_parser = parse_sort)]
    pub(crate) sort: Option<tavle::rollup::SortKey>,
    #[arg(long, value_parser = parse_lang)]
    pub(crate) lang: Option<Lang>,
    #[arg(long)]
    pub(crate) reverse: bool,
    #[arg(long)]
    pub(crate) filter: Option<String>,
    #[arg(long)]
    pub(crate) sector: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RollupFormat {
    Text,
    Csv,
    Xlsx,
    Pdf,
    Json,
}

#[derive(Args, Debug)]
pub(crate) struct Import {
    pub(crate) file: PathBuf,
    pub(crate) board_json: PathBuf,
    #[arg(long)]
    pub(crate) unit: Option<String>,
    #[arg(long, value_parser = parse_year)]
    pub(crate) year: Option<i32>,
    #[arg(long)]
    pub(crate) preview: bool,
    #[arg(long)]
    pub(crate) sheet: Option<String>,
    #[arg(long = "column")]
    pub(crate) columns: Vec<String>,
    #[arg(long = "status")]
    pub(crate) statuses: Vec<String>,
    #[arg(long)]
    pub(crate) as_new: bool,
    #[arg(long)]
    pub(crate) remove_missing: bool,
}

#[derive(Args, Debug)]
pub(crate) struct Export {
    #[command(flatten)]
    pub(crate) at: OneBoard,
    #[arg(long, value_parser = parse_format)]
    pub(crate) format: Format,
    #[arg(short = 'o', long = "out")]
    pub(crate) out: Option<PathBuf>,
}

// The arguments many commands share: the `.tavle` file; the file and a board in it; the
// file and a row in it.
#[derive(Args, Debug)]
pub(crate) struct TavleFile {
    pub(crate) file: PathBuf,
}

#[derive(Args, Debug)]
pub(crate) struct OneBoard {
    pub(crate) file: PathBuf,
    #[arg(long, value_parser = parse_board_id)]
    pub(crate) board: BoardId,
}

#[derive(Args, Debug)]
pub(crate) struct OneRow {
    pub(crate) file: PathBuf,
    #[arg(long, value_parser = parse_row_id)]
    pub(crate) row: RowId,
}

#[derive(Args, Debug)]
pub(crate) struct Print {
    #[command(flatten)]
    pub(crate) at: OneBoard,
    #[arg(long, value_parser = parse_what)]
    pub(crate) what: What,
    #[arg(long)]
    pub(crate) blank: bool,
    #[arg(long, value_parser = parse_paper)]
    pub(crate) paper: Option<Paper>,
    #[arg(long, value_parser = parse_lang)]
    pub(crate) lang: Option<Lang>,
    /// The day printed (the Referat's meeting day); today when not given.
    #[arg(long, value_parser = parse_date)]
    pub(crate) on: Option<NaiveDate>,
    #[arg(short = 'o', long = "out")]
    pub(crate) out: PathBuf,
}

#[derive(Args, Debug)]
#[command(allow_negative_numbers = true)]
pub(crate) struct StatusCmd {
    #[command(flatten)]
    pub(crate) at: OneRow,
    #[arg(long, value_parser = parse_status)]
    pub(crate) to: Status,
    #[arg(long, value_parser = parse_date)]
    pub(crate) on: Option<NaiveDate>,
    #[arg(long, default_value = "", hide_default_value = true)]
    pub(crate) note: String,
}

/// `tavle row`: a row's Tiltakstype and Innsats, shown or changed; what is not given stays
/// as it is, an empty word clears it. The words are read by the core (either målform, any
/// case, or the codes), which refuses an unknown one with the choices.
#[derive(Args, Debug)]
pub(crate) struct RowCmd {
    #[command(flatten)]
    pub(crate) at: OneRow,
    #[arg(long)]
    pub(crate) kind: Option<String>,
    #[arg(long)]
    pub(crate) level: Option<String>,
}

#[derive(Args, Debug)]
pub(crate) struct HistoryCmd {
    #[command(flatten)]
    pub(crate) at: OneRow,
    #[arg(long, value_parser = parse_change_id, conflicts_with = "remove", requires = "on")]
    pub(crate) fix: Option<ChangeId>,
    #[arg(long, value_parser = parse_change_id)]
    pub(crate) remove: Option<ChangeId>,
    #[arg(long, value_parser = parse_date, requires = "fix")]
    pub(crate) on: Option<NaiveDate>,
    #[arg(long, requires = "fix")]
    pub(crate) note: Option<String>,
}

#[derive(Args, Debug)]
#[command(allow_negative_numbers = true)]
pub(crate) struct Absence {
    #[command(flatten)]
    pub(crate) at: OneBoard,
    #[arg(long, value_parser = parse_month)]
    pub(crate) month: tavle::YearMonth,
    #[arg(long, value_parser = parse_number,
          conflicts_with_all = ["agreed", "lost", "self_certified"],
          required_unless_present_any = ["agreed", "lost"])]
    pub(crate) pct: Option<f64>,
    #[arg(long, value_parser = parse_number, requires = "lost")]
    pub(crate) agreed: Option<f64>,
    #[arg(long, value_parser = parse_number, requires = "agreed")]
    pub(crate) lost: Option<f64>,
    #[arg(long = "self-certified", value_parser = parse_number, requires = "lost")]
    pub(crate) self_certified: Option<f64>,
}

#[derive(Args, Debug)]
#[command(allow_negative_numbers = true)]
pub(crate) struct Due {
    #[command(flatten)]
    pub(crate) at: TavleFile,
    #[arg(long, value_parser = parse_date)]
    pub(crate) on: Option<NaiveDate>,
    #[arg(long, value_parser = parse_days)]
    pub(crate) within: Option<u32>,
}

#[derive(Args, Debug)]
pub(crate) struct Trend {
    #[command(flatten)]
    pub(crate) at: TavleFile,
    #[arg(long)]
    pub(crate) unit: String,
    #[arg(long, value_parser = parse_baseline)]
    pub(crate) baseline: Option<usize>,
    #[arg(long, value_parser = parse_trend_format, default_value = "text", hide_default_value = true)]
    pub(crate) format: TrendFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TrendFormat {
    Text,
    Csv,
    Json,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(args: &[&str]) -> Vec<OsString> {
        std::iter::once("tavle")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn the_language_is_found_before_clap_reads_the_line() {
        let asked = |args: &[&str]| lang_asked_for(&argv(args));
        assert_eq!(asked(&["--lang", "nn", "list", "f.tavle"]), Some(Lang::Nn));
        assert_eq!(asked(&["--lang=nn", "--help"]), Some(Lang::Nn));
        assert_eq!(asked(&["list", "f.tavle"]), None);
        // The print's own --lang comes last and wins, as it does for the print.
        let print = ["--lang", "nb", "print", "f", "--lang", "nn", "-o", "t.pdf"];
        assert_eq!(asked(&print), Some(Lang::Nn));
        // A language Tavle does not have is left to clap to refuse.
        assert_eq!(asked(&["--lang", "en", "--help"]), None);
        assert_eq!(asked(&["--lang", "nn", "--lang", "xx"]), Some(Lang::Nn));
        assert_eq!(asked(&["status", "f", "--", "--lang", "nn"]), None);
        assert_eq!(asked(&["--lang"]), None);
    }

    #[test]
    fn every_command_and_argument_has_a_text_from_the_catalogue() {
        for lang in Lang::ALL {
            let mut cmd = tavle::lang::with(lang, command);
            cmd.build();
            let mut commands = vec![cmd.clone()];
            commands.extend(cmd.get_subcommands().cloned());
            for c in &commands {
                let about = c.get_about().map(ToString::to_string).unwrap_or_default();
                assert!(!about.is_empty(), "{lang} {}", c.get_name());
                assert!(!about.starts_with("cli-"), "{lang}: {about}");
                for a in c.get_arguments() {
                    let help = a.get_help().map(ToString::to_string).unwrap_or_default();
                    assert!(!help.is_empty(), "{lang} {} {}", c.get_name(), a.get_id());
                    assert!(!help.starts_with("cli-"), "{lang}: {help}");
                    assert!(a.get_help_heading().is_some(), "{lang} {}", a.get_id());
                    for name in a.get_value_names().unwrap_or_default() {
                        assert!(!name.starts_with("cli-"), "{lang}: {name}");
                        assert_eq!(name.as_str(), name.to_uppercase(), "{}", a.get_id());
                    }
                }
            }
        }
    }
}
