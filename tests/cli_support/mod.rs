//! Shared helpers for the CLI tests (`tests/cli_*.rs`): run the real `tavle` binary on
//! temporary files. Kept apart from `tests/common/`, which holds the core tests' builders.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/hjemmesykepleien-2025.json"
);

/// What a run of `tavle` gave back.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stdout_bytes: Vec<u8>,
    pub stderr: String,
}

impl Run {
    /// Asserts success and returns stdout.
    pub fn ok(self) -> String {
        assert_eq!(self.code, 0, "tavle failed: {}{}", self.stderr, self.stdout);
        self.stdout
    }

    /// Asserts a refusal of bad input: exit code 2 and a Norwegian message on stderr.
    pub fn refused(self) -> String {
        assert_eq!(self.code, 2, "expected exit code 2: {self:?}");
        assert!(
            self.stderr.starts_with("Feil"),
            "stderr should start with «Feil»: {}",
            self.stderr
        );
        let lower = self.stderr.to_lowercase();
        for english in [
            "error", "invalid", "expected", "unknown", "missing", "usage",
        ] {
            assert!(
                !lower.contains(english),
                "English word «{english}» in: {}",
                self.stderr
            );
        }
        self.stderr
    }
}

/// Runs `tavle` with the given arguments, in the C locale (bokmål), whatever the
/// developer's `LANG`.
pub fn tavle<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    tavle_in_env(args, &[])
}

/// Runs `tavle` with the locale variables `LC_ALL`, `LC_MESSAGES` and `LANG` as `env` sets
/// them (those not set: unset, and `LANG` the C locale).
pub fn tavle_in_env<I, S>(args: I, env: &[(&str, &str)]) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut command = Command::new(env!("CARGO_BIN_EXE_tavle"));
    command
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    for (name, value) in env {
        command.env(name, value);
    }
    let out = command.output().expect("the tavle binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stdout_bytes: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A temporary folder with a path for a `.tavle` file in it (not created yet).
pub struct Scratch {
    pub dir: tempfile::TempDir,
    pub file: PathBuf,
}

impl Default for Scratch {
    fn default() -> Self {
        Self::new()
    }
}

impl Scratch {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("enhet.tavle");
        Scratch { dir, file }
    }

    /// A file holding the example board; returns the scratch folder and the board's id.
    pub fn with_example() -> (Self, String) {
        let s = Self::new();
        let id = s.import_example();
        (s, id)
    }

    /// A path in the folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file in the folder and returns its path.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, contents).expect("write");
        p
    }

    /// Runs `tavle SUBCOMMAND FILE args…` on this folder's `.tavle` file.
    pub fn run(&self, subcommand: &str, args: &[&str]) -> Run {
        let mut all: Vec<&OsStr> = vec![OsStr::new(subcommand), self.file.as_os_str()];
        all.extend(args.iter().map(OsStr::new));
        tavle(all)
    }

    /// Runs `tavle print FILE --board ID --what WHAT -o OUT`.
    pub fn print(&self, board: &str, what: &str, out: &Path) -> Run {
        let out = out.to_str().expect("a UTF-8 path");
        self.run("print", &["--board", board, "--what", what, "-o", out])
    }

    /// Imports a board exchange file and returns the new board's id.
    pub fn import(&self, json: &Path) -> String {
        let out = tavle([
            OsStr::new("import"),
            self.file.as_os_str(),
            json.as_os_str(),
        ])
        .ok();
        let id = out.trim().to_string();
        assert!(id.parse::<i64>().is_ok(), "import printed «{out}»");
        id
    }

    /// Imports the example board (`examples/hjemmesykepleien-2025.json`) and returns the
    /// new board's id.
    pub fn import_example(&self) -> String {
        self.import(Path::new(EXAMPLE))
    }

    /// Imports a board given as JSON text and returns the new board's id.
    pub fn import_text(&self, json: &str) -> String {
        let p = self.write("import.json", json);
        self.import(&p)
    }

    /// Tries to import a board given as JSON text.
    pub fn try_import_text(&self, json: &str) -> Run {
        let p = self.write("import.json", json);
        tavle([OsStr::new("import"), self.file.as_os_str(), p.as_os_str()])
    }

    /// Runs `tavle export FILE --board ID --format FORMAT -o OUT`.
    pub fn export_to(&self, id: &str, format: &str, out: &Path) -> Run {
        self.run(
            "export",
            &["--board", id, "--format", format, "-o", path_arg(out)],
        )
    }

    /// Runs `tavle print FILE --board ID --what WHAT [--paper PAPER] -o OUT`.
    pub fn print_to(&self, id: &str, what: &str, paper: Option<&str>, out: &Path) -> Run {
        let mut args = vec!["--board", id, "--what", what];
        if let Some(paper) = paper {
            args.extend(["--paper", paper]);
        }
        args.extend(["-o", path_arg(out)]);
        self.run("print", &args)
    }

    /// The `.tavle` file's bytes (the backups folder beside it is not looked at).
    pub fn file_bytes(&self) -> Vec<u8> {
        std::fs::read(&self.file).expect("the .tavle file exists")
    }
}

/// A temporary path as a command-line argument (temporary folders have UTF-8 names here).
fn path_arg(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

/// A board exchange file around a board object.
pub fn exchange(board: serde_json::Value) -> String {
    serde_json::to_string_pretty(&serde_json::json!({
        "format": "tavle-board",
        "version": 1,
        "board": board,
    }))
    .expect("json")
}

/// The rest of a row's fields given, goal and measure filled in.
pub fn row(measure: &str, due: Option<&str>, status: &str) -> serde_json::Value {
    serde_json::json!({
        "goal": format!("Mål for {measure}"),
        "measure": measure,
        "owner": "Alle ansatte",
        "due": due,
        "status": status,
    })
}

/// The row ids `tavle show` prints, in row order.
pub fn row_ids(show: &str) -> Vec<String> {
    show.lines()
        .filter_map(|l| l.split("(rad-id ").nth(1))
        .filter_map(|rest| rest.split(')').next())
        .map(str::to_string)
        .collect()
}
