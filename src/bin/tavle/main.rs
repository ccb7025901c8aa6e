//! `tavle`: the command line over the same core functions the app calls.
//!
//! [`args`] says what the commands and their arguments are (clap, its help from the
//! catalogue), [`usage`] says clap's refusals in the user's language, [`run`] runs a parsed
//! command by calling the core and printing what it returns; the wording of what is printed
//! lives in `tavle::text` and is tested there. Exit codes: 0 done, 2 bad input (the user can
//! fix it), 1 other failures.
//!
//! Every word comes from the catalogue (`locales/{nb,nn}/`) in one language for the whole
//! run: `--lang nb|nn`, else the environment's (`LC_ALL`, `LC_MESSAGES`, `LANG`), else
//! bokmål. It is made the process's language first of all, so clap's help, Tavle's own
//! messages and the core's come in it.

mod args;
mod files;
mod parse;
mod run;
mod usage;

use std::process::ExitCode;

use tavle::{tr, Lang};

fn main() -> ExitCode {
    let argv: Vec<_> = std::env::args_os().collect();
    args::lang_asked_for(&argv)
        .unwrap_or_else(Lang::from_env)
        .set_current();
    let cli = match args::parse(argv) {
        Ok(cli) => cli,
        Err(e) => return usage::usage_error(&e),
    };
    // The same language as read before, now as clap understood the line.
    cli.lang_of_messages().set_current();
    match run::run(cli.command, cli.lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", tr!("cli-error", message = e.to_string()));
            ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(1))
        }
    }
}
