//! The one error type of the core. Every message is Norwegian and says what is wrong and
//! what to do; the CLI prints it, the app shows it as `{kind, message}`, with `field` added
//! when the refusal is about one field of a form (see [`Error::InvalidField`]).

use std::path::PathBuf;

/// Everything that can go wrong in Tavle's core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that breaks a rule (a CLI argument, an imported file, a whole board).
    #[error("{0}")]
    Invalid(String),

    /// A form field that breaks a rule: the same refusal as [`Error::Invalid`] (same kind,
    /// same exit code), plus the form's key for the field, so the app can show the message
    /// beside it instead of guessing from the wording. Made with [`Error::on_field`].
    #[error("{message}")]
    InvalidField {
        /// The form's own key in snake_case (`due`, `target_pct`, `when`); nested keys are a
        /// dotted path with a 0-based index, as in the form's list (`milestones.0.due`).
        field: String,
        message: String,
    },

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

    /// Reading or writing a file failed. Said in Norwegian with what to do; the system's
    /// own text (`os error 13`) is never shown.
    #[error("Kunne ikke bruke «{}»: {}", path.display(), io_reason(source))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// A file whose content is damaged (its header is ours, its pages are not whole).
    /// `backup` is the newest backup that passed the check, if any.
    #[error("{}", damaged_message(path, detail, backup.as_deref()))]
    Damaged {
        path: PathBuf,
        detail: String,
        backup: Option<PathBuf>,
    },

    /// Something was changed elsewhere (another window, the `tavle` command) since this copy
    /// of it was read: the write is refused so neither change is silently lost.
    #[error("{0}")]
    Conflict(String),

    /// The file can only be read (write-protected, or a backup opened to look at).
    #[error("«{}» kan bare leses, så endringen er ikke lagret. Du kan lese, skrive ut og eksportere; for å endre, lagre tavlen som en ny fil eller be om skrivetilgang til filen.", .0.display())]
    ReadOnly(PathBuf),

    /// The open file was moved or deleted (or its disk removed) behind Tavle's back.
    #[error("Filen «{}» finnes ikke lenger der den ble åpnet (flyttet, slettet, eller minnepinnen er tatt ut). Endringen er ikke lagret. Lagre tavlen et annet sted med «Lagre som …», eller sett filen tilbake og åpne den igjen.", .0.display())]
    Vanished(PathBuf),

    /// The database said no (locked, disk full, …).
    #[error("{}", database_reason(.0))]
    Database(#[from] rusqlite::Error),

    /// Making a PDF failed.
    #[error("Utskriften kunne ikke lages: {0}")]
    Print(String),
}

/// Why a file could not be used, and what to do, in Norwegian.
fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "mappen eller filen finnes ikke. Sjekk navnet, eller lag mappen først.".into(),
        K::PermissionDenied => "du har ikke lov til å skrive eller lese der. Velg en annen mappe, for eksempel i hjemmemappen din, eller be om tilgang.".into(),
        K::IsADirectory => "det er en mappe, ikke en fil. Skriv et filnavn i mappen, for eksempel «mappe/tavle.pdf».".into(),
        K::NotADirectory => "en del av stien er en fil, ikke en mappe. Sjekk stien.".into(),
        K::AlreadyExists => "filen finnes allerede. Velg et annet navn.".into(),
        K::StorageFull => "disken er full. Frigjør plass og prøv igjen.".into(),
        K::ReadOnlyFilesystem => "stedet kan bare leses (for eksempel en skrivebeskyttet minnepinne). Velg en annen mappe.".into(),
        K::ResourceBusy | K::WouldBlock => "filen er i bruk av et annet program. Lukk det og prøv igjen.".into(),
        K::BrokenPipe => "mottakeren sluttet å lese.".into(),
        _ => "lesing eller skriving feilet. Sjekk at stedet finnes og at det er plass på disken, og prøv igjen.".into(),
    }
}

/// The database's refusal in Norwegian: a file locked by another program is the common one.
fn database_reason(e: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode as C;
    match e.sqlite_error_code() {
        Some(C::DatabaseBusy | C::DatabaseLocked) => "Filen er i bruk av et annet program (kanskje Tavle i et annet vindu, eller en annen «tavle»-kommando) og kunne ikke låses. Ingen endring er lagret. Lukk det andre programmet, eller vent litt, og prøv igjen.".into(),
        Some(C::DiskFull) => "Disken er full. Ingen endring er lagret. Frigjør plass og prøv igjen.".into(),
        Some(C::SystemIoFailure) => "Lese- eller skrivefeil på disken. Ingen endring er lagret; sjekk disken og prøv igjen.".into(),
        Some(C::DatabaseCorrupt | C::NotADatabase) => "Filen er skadet. Ingen endring er lagret; hent tilbake en sikkerhetskopi (Sikkerhetskopier …).".into(),
        Some(C::ReadOnly) => "Filen kan bare leses (skrivebeskyttet). Ingen endring er lagret. Lagre en kopi et sted du kan skrive, eller be om tilgang.".into(),
        Some(C::PermissionDenied | C::CannotOpen) => "Filen kunne ikke åpnes for skriving (mangler tilgang, eller mappen finnes ikke). Ingen endring er lagret.".into(),
        _ => format!("Databasefeil: {e}. Ingen endring er lagret; prøv igjen."),
    }
}

/// Result with Tavle's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Shorthand for a validation error.
    pub fn invalid(message: impl Into<String>) -> Self {
        Error::Invalid(message.into())
    }

    /// The same refusal, said to be about the form field `field` (see
    /// [`Error::InvalidField`]). Errors that are not refusals of input pass unchanged: a
    /// full disk is about no field.
    pub fn on_field(self, field: impl Into<String>) -> Self {
        match self {
            Error::Invalid(message) | Error::InvalidField { message, .. } => Error::InvalidField {
                field: field.into(),
                message,
            },
            other => other,
        }
    }

    /// The same refusal about no field: for checks that reuse a form's rules on something
    /// that is not a form (a whole board read from a file).
    pub fn without_field(self) -> Self {
        match self {
            Error::InvalidField { message, .. } => Error::Invalid(message),
            other => other,
        }
    }

    /// The form field a refusal is about, when it is about one.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::InvalidField { field, .. } => Some(field),
            _ => None,
        }
    }

    /// A file to import (`what`: "tavlefilen", "regnearket") that could not be opened: not
    /// there is the user's to fix (exit 2), anything else is the disk's (exit 1).
    pub fn opening_input(what: &str, path: &std::path::Path, e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::NotFound(format!(
                "Finner ikke {what} «{}». Sjekk navnet og mappen.",
                path.display()
            ))
        } else {
            Error::Io {
                path: path.to_path_buf(),
                source: e,
            }
        }
    }

    /// A stable machine name for the kind of error (the app's `{kind, message}`).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Invalid(_) | Error::InvalidField { .. } => "invalid",
            Error::NotFound(_) => "not_found",
            Error::NotATavleFile { .. } => "not_a_tavle_file",
            Error::TooNew { .. } => "too_new",
            Error::Io { .. } => "io",
            Error::Damaged { .. } => "damaged",
            Error::Conflict(_) => "conflict",
            Error::ReadOnly(_) => "read_only",
            Error::Vanished(_) => "vanished",
            Error::Database(_) => "database",
            Error::Print(_) => "print",
        }
    }

    /// The CLI's exit code: 2 for bad input (the user can fix it), 1 for other failures.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Invalid(_)
            | Error::InvalidField { .. }
            | Error::NotFound(_)
            | Error::NotATavleFile { .. }
            | Error::TooNew { .. }
            | Error::Damaged { .. } => 2,
            // Disk, permissions and other writers: nothing the input could have fixed.
            Error::Io { .. }
            | Error::Conflict(_)
            | Error::ReadOnly(_)
            | Error::Vanished(_)
            | Error::Database(_)
            | Error::Print(_) => 1,
        }
    }
}

fn damaged_message(
    path: &std::path::Path,
    detail: &str,
    backup: Option<&std::path::Path>,
) -> String {
    let file = path.display();
    let head = format!("«{file}» er skadet ({detail}). Filen er ikke endret.");
    match backup {
        Some(b) => format!(
            "{head} Den nyeste gode sikkerhetskopien er «{}». Hent den tilbake med «Sikkerhetskopier …» i Tavle, eller med `tavle restore \"{file}\" --from \"{}\"`.",
            b.display(),
            b.display()
        ),
        None => format!(
            "{head} Det finnes ingen god sikkerhetskopi av den i mappen «backups» ved siden av filen; spør IT om en kopi fra deres sikkerhetskopiering."
        ),
    }
}

/// The app receives errors as `{ "kind": ..., "message": ... }`, and as
/// `{ "kind": "invalid", "message": ..., "field": "due" }` when a form field is refused.
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let field = self.field();
        let mut s = serializer.serialize_struct("Error", if field.is_some() { 3 } else { 2 })?;
        s.serialize_field("kind", self.kind())?;
        s.serialize_field("message", &self.to_string())?;
        if let Some(field) = field {
            s.serialize_field("field", field)?;
        }
        s.end()
    }
}

/// Marks the refusal in a result as being about one form field: `check(…).on_field("due")?`.
pub trait OnField<T> {
    /// See [`Error::on_field`].
    fn on_field(self, field: impl Into<String>) -> Result<T>;
}

impl<T> OnField<T> for Result<T> {
    fn on_field(self, field: impl Into<String>) -> Result<T> {
        self.map_err(|e| e.on_field(field))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_without_a_field_is_kind_and_message() {
        let json = serde_json::to_value(Error::invalid("Feil.")).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"kind": "invalid", "message": "Feil."})
        );
    }

    #[test]
    fn an_error_about_a_field_is_kind_message_and_field() {
        let err = Error::invalid("Frist: «x» er ikke en gyldig dato.").on_field("due");
        assert_eq!(err.kind(), "invalid");
        assert_eq!(err.exit_code(), 2);
        assert_eq!(err.to_string(), "Frist: «x» er ikke en gyldig dato.");
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "kind": "invalid",
                "message": "Frist: «x» er ikke en gyldig dato.",
                "field": "due"
            })
        );
    }

    #[test]
    fn only_refusals_of_input_take_a_field() {
        let err = Error::NotFound("Borte.".into()).on_field("due");
        assert_eq!(err.field(), None);
        assert_eq!(err.kind(), "not_found");
        let inner = Error::invalid("x")
            .on_field("due")
            .on_field("milestones.0.due");
        assert_eq!(inner.field(), Some("milestones.0.due"));
    }
}
