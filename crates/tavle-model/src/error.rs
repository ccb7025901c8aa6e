//! The one error type of the core. Every message is Norwegian (bokmål or nynorsk, the
//! current language's, from the catalogue `core.ftl`) and says what is wrong and
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
    #[error("{}", crate::tr!("core-not-a-tavle-file", path = path.display().to_string(), detail = detail.as_str()))]
    NotATavleFile { path: PathBuf, detail: String },

    /// A file written by a newer Tavle than this one.
    #[error("{}", crate::tr!("core-too-new", path = path.display().to_string(), found = found.to_string(), supported = supported.to_string()))]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    /// Reading or writing a file failed. Said in Norwegian with what to do; the system's
    /// own text (`os error 13`) is never shown.
    #[error("{}", crate::tr!("core-io", path = path.display().to_string(), reason = io_reason(source)))]
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
    #[error("{}", crate::tr!("core-read-only", path = .0.display().to_string()))]
    ReadOnly(PathBuf),

    /// The open file was moved or deleted (or its disk removed) behind Tavle's back.
    #[error("{}", crate::tr!("core-vanished", path = .0.display().to_string()))]
    Vanished(PathBuf),

    /// The database said no (locked, disk full, …) to something that may have written:
    /// the message says no change was saved.
    #[error("{}", database_reason(.0, Doing::Writing))]
    Database(#[from] rusqlite::Error),

    /// The database said no while Tavle only read (`tavle list` while another program
    /// holds the file): the same causes, said without a word about saving, since nothing
    /// was to be saved. Made with [`Error::while_reading`].
    #[error("{}", database_reason(.0, Doing::Reading))]
    DatabaseRead(rusqlite::Error),

    /// Making a PDF failed.
    #[error("{}", crate::tr!("core-print-failed", reason = .0.as_str()))]
    Print(String),
}

/// ELOOP: too many symbolic links in a path (a link that points to itself). Its
/// `ErrorKind` is not stable yet, so it is known by the system's number.
#[cfg(any(target_os = "linux", target_os = "android"))]
const ELOOP: Option<i32> = Some(40);
#[cfg(any(
    target_os = "macos",
    target_os = "ios",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "netbsd",
    target_os = "dragonfly"
))]
const ELOOP: Option<i32> = Some(62);
/// Windows: ERROR_CANT_RESOLVE_FILENAME.
#[cfg(windows)]
const ELOOP: Option<i32> = Some(1921);
#[cfg(not(any(
    target_os = "linux",
    target_os = "android",
    target_os = "macos",
    target_os = "ios",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "netbsd",
    target_os = "dragonfly",
    windows
)))]
const ELOOP: Option<i32> = None;

/// Why a file could not be used, and what to do, in the current language.
fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    if ELOOP.is_some() && e.raw_os_error() == ELOOP {
        return crate::tr!("core-io-link-loop");
    }
    crate::lang::Lang::current().text(match e.kind() {
        K::NotFound => "core-io-not-found",
        // ENAMETOOLONG (and Windows' name-too-long): not a matter of permission or space.
        K::InvalidFilename => "core-io-name-too-long",
        K::PermissionDenied => "core-io-permission",
        K::IsADirectory => "core-io-is-dir",
        K::NotADirectory => "core-io-not-dir",
        K::AlreadyExists => "core-io-exists",
        K::StorageFull => "core-io-full",
        K::ReadOnlyFilesystem => "core-io-read-only",
        K::ResourceBusy | K::WouldBlock => "core-io-busy",
        K::BrokenPipe => "core-io-broken-pipe",
        _ => "core-io-other",
    })
}

/// What Tavle was doing when the database said no: only a write can say that nothing was
/// saved.
#[derive(Clone, Copy)]
enum Doing {
    Writing,
    Reading,
}

/// The database's refusal in the current language: a file locked by another program is the
/// common one.
fn database_reason(e: &rusqlite::Error, doing: Doing) -> String {
    use rusqlite::ErrorCode as C;
    let id = match (e.sqlite_error_code(), doing) {
        (Some(C::DatabaseBusy | C::DatabaseLocked), Doing::Writing) => "core-db-busy",
        (Some(C::DatabaseBusy | C::DatabaseLocked), Doing::Reading) => "core-db-read-busy",
        (Some(C::DiskFull), Doing::Writing) => "core-db-full",
        (Some(C::DiskFull), Doing::Reading) => "core-db-read-full",
        (Some(C::SystemIoFailure), Doing::Writing) => "core-db-io",
        (Some(C::SystemIoFailure), Doing::Reading) => "core-db-read-io",
        (Some(C::DatabaseCorrupt | C::NotADatabase), Doing::Writing) => "core-db-corrupt",
        (Some(C::DatabaseCorrupt | C::NotADatabase), Doing::Reading) => "core-db-read-corrupt",
        (Some(C::ReadOnly), Doing::Writing) => "core-db-read-only",
        (Some(C::ReadOnly), Doing::Reading) => "core-db-read-read-only",
        (Some(C::PermissionDenied | C::CannotOpen), Doing::Writing) => "core-db-cannot-open",
        (Some(C::PermissionDenied | C::CannotOpen), Doing::Reading) => "core-db-read-cannot-open",
        (_, Doing::Writing) => return crate::tr!("core-db-other", error = e.to_string()),
        (_, Doing::Reading) => return crate::tr!("core-db-read-other", error = e.to_string()),
    };
    crate::lang::Lang::current().text(id)
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
            Error::NotFound(crate::tr!(
                "core-input-not-found",
                what = what,
                path = path.display().to_string()
            ))
        } else {
            Error::Io {
                path: path.to_path_buf(),
                source: e,
            }
        }
    }

    /// The same error, as met while only reading: a database refusal is then said without
    /// «no change was saved» (see [`Error::DatabaseRead`]); every other error passes
    /// unchanged. Also for what only warns after a write went on (a backup not taken).
    pub fn while_reading(self) -> Self {
        match self {
            Error::Database(e) => Error::DatabaseRead(e),
            other => other,
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
            Error::Database(_) | Error::DatabaseRead(_) => "database",
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
            | Error::DatabaseRead(_)
            | Error::Print(_) => 1,
        }
    }
}

fn damaged_message(
    path: &std::path::Path,
    detail: &str,
    backup: Option<&std::path::Path>,
) -> String {
    let file = path.display().to_string();
    let head = crate::tr!("core-damaged", path = file.as_str(), detail = detail);
    match backup {
        Some(b) => crate::tr!(
            "core-damaged-backup",
            head = head,
            backup = b.display().to_string(),
            path = file
        ),
        None => crate::tr!("core-damaged-no-backup", head = head),
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

    #[test]
    fn a_name_too_long_or_a_link_loop_is_said_as_such_not_as_access_or_a_full_disk() {
        let io = |raw: i32| Error::Io {
            path: PathBuf::from("delt/x.tavle"),
            source: std::io::Error::from_raw_os_error(raw),
        };
        #[cfg(target_os = "linux")]
        let (name_too_long, link_loop) = (36, 40);
        #[cfg(not(target_os = "linux"))]
        let (name_too_long, link_loop) = (63, 62);
        let said = io(name_too_long).to_string();
        assert!(said.contains("navnet er for langt"), "{said}");
        assert!(!said.contains("tilgang"), "{said}");
        let said = io(link_loop).to_string();
        assert!(said.contains("symbolske lenker"), "{said}");
        assert!(!said.contains("plass på disken"), "{said}");
        let nn = crate::lang::with(crate::lang::Lang::Nn, || io(link_loop).to_string());
        assert!(nn.contains("peikar på seg sjølv"), "{nn}");
    }

    #[test]
    fn a_database_refusal_while_reading_does_not_speak_of_unsaved_changes() {
        let busy = || {
            Error::Database(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                None,
            ))
        };
        assert!(busy().to_string().contains("Ingen endring er lagret"));
        let read = busy().while_reading();
        assert_eq!((read.kind(), read.exit_code()), ("database", 1));
        let said = read.to_string();
        assert!(said.contains("i bruk av et annet program"), "{said}");
        assert!(!said.contains("endring"), "{said}");
        let nn = crate::lang::with(crate::lang::Lang::Nn, || busy().while_reading().to_string());
        assert!(nn.contains("kunne ikkje lesast"), "{nn}");
        assert!(!nn.contains("endring"), "{nn}");
        // Other errors pass unchanged.
        assert_eq!(Error::invalid("x").while_reading().to_string(), "x");
    }

    #[test]
    fn a_file_that_cannot_be_used_is_told_in_nynorsk_with_what_to_do() {
        let err = Error::Io {
            path: PathBuf::from("/mnt/minnepinne/tavle.pdf"),
            source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        };
        let nn = crate::lang::with(crate::lang::Lang::Nn, || err.to_string());
        assert_eq!(
            nn,
            "Kunne ikkje bruke «/mnt/minnepinne/tavle.pdf»: du har ikkje lov til å skrive eller \
             lese der. Vel ei anna mappe, til dømes i heimemappa di, eller be om tilgang."
        );
        assert!(err
            .to_string()
            .starts_with("Kunne ikke bruke «/mnt/minnepinne/tavle.pdf»: du har ikke lov"));
        let damaged = Error::Damaged {
            path: PathBuf::from("enhet.tavle"),
            detail: "side 3".into(),
            backup: Some(PathBuf::from("backups/enhet-1.tavle")),
        };
        let nn = crate::lang::with(crate::lang::Lang::Nn, || damaged.to_string());
        assert_eq!(
            nn,
            "«enhet.tavle» er skadd (side 3). Fila er ikkje endra. Den nyaste gode tryggingskopien \
             er «backups/enhet-1.tavle». Hent han tilbake med «Tryggingskopiar …» i Tavle, eller \
             med `tavle restore \"enhet.tavle\" --from \"backups/enhet-1.tavle\"`."
        );
        assert_eq!(
            damaged.to_string(),
            "«enhet.tavle» er skadet (side 3). Filen er ikke endret. Den nyeste gode sikkerhetskopien \
             er «backups/enhet-1.tavle». Hent den tilbake med «Sikkerhetskopier …» i Tavle, eller \
             med `tavle restore \"enhet.tavle\" --from \"backups/enhet-1.tavle\"`."
        );
    }
}
