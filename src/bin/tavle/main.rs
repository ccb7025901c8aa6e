//! `tavle`: the command line over the same core functions the app calls.
//!
//! [`args`] says what the commands and their arguments are (clap, with Norwegian help),
//! [`usage`] says clap's refusals in Norwegian, [`run`] runs a parsed command by calling
//! the core and printing what it returns; the wording of what is printed lives in
//! `tavle::text` and is tested there. Exit codes: 0 done, 2 bad input (the user can fix
//! it), 1 other failures.

mod args;
mod files;
mod parse;
mod run;
mod usage;

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match args::parse() {
        Ok(cli) => cli,
        Err(e) => return usage::usage_error(&e),
    };
    match run::run(cli.command, cli.lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Feil: {e}");
            ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(1))
        }
    }
}
