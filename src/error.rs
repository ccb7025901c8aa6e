//! The one error type of the core. Every message is Norwegian and says what is wrong and
//! what to do; the CLI prints it, the app shows it as `{kind, message}`.

use std::path::PathBuf;

/// Everything that can go wrong in Tavle's core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that breaks a rule (a form field, a CLI argument, an imported file).
    #[error("{0}")]
    Invalid(String),

    /// Something asked for by id or name that is not there.
    #[error("{0}")]
    NotFound(String),

    /// A file that is not a Tavle file (random bytes, another program's database, truncated).
    #[error("«{}» er ikke en Tavle-fil, eller den er skadet ({detail}). Filen er ikke endret. Velg en annen fil, eller hent en kopi fra mappen «backups» ved siden av filen.", path.display())]
    NotATavleFile { path: PathBuf, detail: String },

    /// A file written by a newer Tavle than this one.
    #[error("«{}» er laget med en nyere versjon av Tavle (filversjon {found}, denne versjonen forstår opp til {supported}). Filen er ikke endret. Oppdater Tavle for å åpne den.", path.display())]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    /// Reading or writing a file failed.
    #[error("Kunne ikke bruke «{}»: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// The database said no (locked, disk full, …).
    #[error("Databasefeil: {0}. Ingen endring er lagret; prøv igjen.")]
    Database(#[from] rusqlite::Error),

    /// Making a PDF failed.
    #[error("Utskriften kunne ikke lages: {0}")]
    Print(String),
}

/// Result with Tavle's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Shorthand for a validation error.
    pub fn invalid(message: impl Into<String>) -> Self {
        Error::Invalid(message.into())
    }

    /// A stable machine name for the kind of error (the app's `{kind, message}`).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Invalid(_) => "invalid",
            Error::NotFound(_) => "not_found",
            Error::NotATavleFile { .. } => "not_a_tavle_file",
            Error::TooNew { .. } => "too_new",
            Error::Io { .. } => "io",
            Error::Database(_) => "database",
            Error::Print(_) => "print",
        }
    }

    /// The CLI's exit code: 2 for bad input (the user can fix it), 1 for other failures.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Invalid(_)
            | Error::NotFound(_)
            | Error::NotATavleFile { .. }
            | Error::TooNew { .. } => 2,
            Error::Io { .. } | Error::Database(_) | Error::Print(_) => 1,
        }
    }
}

/// The app receives errors as `{ "kind": ..., "message": ... }`.
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Error", 2)?;
        s.serialize_field("kind", self.kind())?;
        s.serialize_field("message", &self.to_string())?;
        s.end()
    }
}
