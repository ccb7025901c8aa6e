//! The one error type of the core. Every message is Norwegian (bokmål or nynorsk, the
//! current language's, from the catalogue `core.ftl`) and says what is wrong and
//! what to do; the CLI prints it, the app gets it as `{kind, code, args, message}` (the
//! catalogue id the words came from and their arguments, so a screen decides by the code
//! and never by the words), with `field` added when the refusal is about one field of a
//! form (see [`Error::InvalidField`]).

use std::borrow::Cow;
use std::fmt;
use std::path::PathBuf;

use crate::message::Message;

/// Everything that can go wrong in Tavle's core. Each error has a code (the catalogue id of
/// its words, [`Error::code`]) and arguments ([`Error::args`]) beside its words: the
/// variants that are only words carry a [`Message`], the others make theirs from their
/// fields.
#[derive(Debug)]
pub enum Error {
    /// Input that breaks a rule (a CLI argument, an imported file, a whole board).
    Invalid(Message),

    /// A form field that breaks a rule: the same refusal as [`Error::Invalid`] (same kind,
    /// same exit code), plus the form's key for the field, so the app can show the message
    /// beside it instead of guessing from the wording. Made with [`Error::on_field`].
    InvalidField {
        /// The form's own key in snake_case (`due`, `target_pct`, `when`); nested keys are a
        /// dotted path with a 0-based index, as in the form's list (`milestones.0.due`).
        field: String,
        message: Message,
    },

    /// Something asked for by id or name that is not there.
    NotFound(Message),

    /// A file that is not a Tavle file (random bytes, another program's database, truncated).
    NotATavleFile { path: PathBuf, detail: String },

    /// A file written by a newer Tavle than this one.
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    /// Reading or writing a file failed. Said in Norwegian with what to do; the system's
    /// own text (`os error 13`) is never shown.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },

    /// A file whose content is damaged (its header is ours, its pages are not whole).
    /// `backup` is the newest backup that passed the check, if any.
    Damaged {
        path: PathBuf,
        detail: String,
        backup: Option<PathBuf>,
    },

    /// Something was changed elsewhere (another window, the `tavle` command) since this copy
    /// of it was read: the write is refused so neither change is silently lost.
    Conflict(Message),

    /// The file can only be read (write-protected, or a backup opened to look at).
    ReadOnly(PathBuf),

    /// The open file was moved or deleted (or its disk removed) behind Tavle's back.
    Vanished(PathBuf),

    /// The database said no (locked, disk full, …) to something that may have written:
    /// the message says no change was saved.
    Database(rusqlite::Error),

    /// The database said no while Tavle only read (`tavle list` while another program
    /// holds the file): the same causes, said without a word about saving, since nothing
    /// was to be saved. Made with [`Error::while_reading`].
    DatabaseRead(rusqlite::Error),

    /// Making a PDF failed; `reason` is said as it came (often a catalogue text itself, or
    /// the PDF library's own words), so its code is `core-print-failed`'s.
    Print(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message().text())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            Error::Database(e) => Some(e),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        Error::Database(e)
    }
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
fn database_reason(e: &rusqlite::Error, doing: Doing) -> Message {
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
        (_, Doing::Writing) => return crate::msg!("core-db-other", error = e.to_string()),
        (_, Doing::Reading) => return crate::msg!("core-db-read-other", error = e.to_string()),
    };
    Message::new(id, &[])
}

/// Result with Tavle's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Shorthand for a validation error: `Error::invalid(msg!("core-date-invalid", value = s))`.
    pub fn invalid(message: Message) -> Self {
        Error::Invalid(message)
    }

    /// The error's words with their code and arguments: carried as made, or made from the
    /// fields of the variants that hold data (a path, a version, the system's error).
    pub fn message(&self) -> Cow<'_, Message> {
        let path = |p: &PathBuf| p.display().to_string();
        Cow::Owned(match self {
            Error::Invalid(m)
            | Error::InvalidField { message: m, .. }
            | Error::NotFound(m)
            | Error::Conflict(m) => return Cow::Borrowed(m),
            Error::NotATavleFile { path: p, detail } => {
                crate::msg!(
                    "core-not-a-tavle-file",
                    path = path(p),
                    detail = detail.as_str()
                )
            }
            Error::TooNew {
                path: p,
                found,
                supported,
            } => crate::msg!(
                "core-too-new",
                path = path(p),
                found = found.to_string(),
                supported = supported.to_string()
            ),
            Error::Io { path: p, source } => {
                crate::msg!("core-io", path = path(p), reason = io_reason(source))
            }
            Error::Damaged {
                path: p,
                detail,
                backup,
            } => damaged_message(p, detail, backup.as_deref()),
            Error::ReadOnly(p) => crate::msg!("core-read-only", path = path(p)),
            Error::Vanished(p) => crate::msg!("core-vanished", path = path(p)),
            Error::Database(e) => database_reason(e, Doing::Writing),
            Error::DatabaseRead(e) => database_reason(e, Doing::Reading),
            Error::Print(reason) => crate::msg!("core-print-failed", reason = reason.as_str()),
        })
    }

    /// The catalogue id of the error's words (`core-due-invalid`, `core-damaged`): what a
    /// screen decides by.
    pub fn code(&self) -> &'static str {
        self.message().code
    }

    /// The arguments the error was worded with, by name (`path`, `value` …).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        self.message().args.clone()
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
            Error::NotFound(crate::msg!(
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

/// A damaged file's words: the main sentence (`core-damaged`, whose code the whole
/// message has) followed by where the newest good backup is, or that there is none; the
/// backup's path is an argument too when there is one.
fn damaged_message(
    path: &std::path::Path,
    detail: &str,
    backup: Option<&std::path::Path>,
) -> Message {
    let file = path.display().to_string();
    let mut main = crate::msg!("core-damaged", path = file.as_str(), detail = detail);
    let text = match backup {
        Some(b) => {
            let backup = b.display().to_string();
            main.args.push(("backup", backup.clone()));
            crate::tr!(
                "core-damaged-backup",
                head = main.text(),
                backup = backup,
                path = file
            )
        }
        None => crate::tr!("core-damaged-no-backup", head = main.text()),
    };
    main.reworded(|_| text)
}

/// The app receives errors as `{ "kind": ..., "code": ..., "args": {...}, "message": ... }`
/// (`code` the catalogue id of the words, `args` their arguments as strings by name), and
/// with `"field": "due"` added when a form field is refused.
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        struct Args<'a>(&'a [(&'static str, String)]);
        impl serde::Serialize for Args<'_> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_map(self.0.iter().map(|(k, v)| (*k, v)))
            }
        }
        let field = self.field();
        let message = self.message();
        let mut s = serializer.serialize_struct("Error", if field.is_some() { 5 } else { 4 })?;
        s.serialize_field("kind", self.kind())?;
        s.serialize_field("code", message.code)?;
        s.serialize_field("args", &Args(&message.args))?;
        s.serialize_field("message", message.text())?;
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

    use crate::msg;
    use serde_json::json;

    #[test]
    fn an_error_without_a_field_is_kind_code_args_and_message() {
        let err = Error::invalid(msg!("core-date-invalid", value = "31.02"));
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(
            json,
            json!({
                "kind": "invalid",
                "code": "core-date-invalid",
                "args": {"value": "31.02"},
                "message": err.to_string()
            })
        );
        assert!(err.to_string().contains("«31.02»"), "{err}");
    }

    #[test]
    fn a_refused_field_edit_carries_its_code_its_value_and_its_field() {
        let err = Error::invalid(msg!("core-due-invalid", value = "x")).on_field("due");
        assert_eq!(err.kind(), "invalid");
        assert_eq!(err.exit_code(), 2);
        assert_eq!(err.code(), "core-due-invalid");
        assert_eq!(err.args(), vec![("value", "x".to_string())]);
        assert_eq!(
            err.to_string(),
            "Frist: «x» er ikke en gyldig dato. Skriv den som dd.mm.åååå, for eksempel 28.02.2025."
        );
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(
            json,
            json!({
                "kind": "invalid",
                "code": "core-due-invalid",
                "args": {"value": "x"},
                "message": err.to_string(),
                "field": "due"
            })
        );
        // The screens' own wording of the same refusal, without the field's name.
        assert_eq!(
            crate::tr!("core-due-invalid-value", value = "x"),
            "«x» er ikke en gyldig dato. Skriv den som dd.mm.åååå, for eksempel 28.02.2025."
        );
    }

    #[test]
    fn only_refusals_of_input_take_a_field() {
        let err = Error::NotFound(msg!("store-row-not-found", id = "7")).on_field("due");
        assert_eq!(err.field(), None);
        assert_eq!(err.kind(), "not_found");
        assert_eq!(err.code(), "store-row-not-found");
        let inner = Error::invalid(msg!("core-identity-bad"))
            .on_field("due")
            .on_field("milestones.0.due");
        assert_eq!(inner.field(), Some("milestones.0.due"));
        assert_eq!(inner.without_field().code(), "core-identity-bad");
    }

    #[test]
    fn a_damaged_file_carries_the_main_sentences_code_its_path_and_its_backup() {
        let damaged = |backup: Option<&str>| Error::Damaged {
            path: PathBuf::from("enhet.tavle"),
            detail: "side 3".into(),
            backup: backup.map(PathBuf::from),
        };
        let err = damaged(Some("backups/enhet-1.tavle"));
        assert_eq!((err.kind(), err.code()), ("damaged", "core-damaged"));
        assert_eq!(
            err.args(),
            vec![
                ("path", "enhet.tavle".to_string()),
                ("detail", "side 3".to_string()),
                ("backup", "backups/enhet-1.tavle".to_string())
            ]
        );
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(json["args"]["path"], "enhet.tavle");
        assert_eq!(json["message"], err.to_string());
        let none = damaged(None);
        assert_eq!(none.code(), "core-damaged");
        assert_eq!(none.message().arg("backup"), None);
        assert!(
            none.to_string().contains("ingen god sikkerhetskopi"),
            "{none}"
        );
    }

    #[test]
    fn a_too_new_file_carries_its_path_and_both_versions() {
        let err = Error::TooNew {
            path: PathBuf::from("/delt/ny.tavle"),
            found: 9,
            supported: 4,
        };
        assert_eq!((err.kind(), err.code()), ("too_new", "core-too-new"));
        assert_eq!(
            err.args(),
            vec![
                ("path", "/delt/ny.tavle".to_string()),
                ("found", "9".to_string()),
                ("supported", "4".to_string())
            ]
        );
        assert_eq!(
            err.to_string(),
            crate::tr!(
                "core-too-new",
                path = "/delt/ny.tavle",
                found = "9",
                supported = "4"
            )
        );
    }

    #[test]
    fn a_conflict_and_the_errors_made_from_data_carry_their_codes() {
        let err = Error::Conflict(msg!("store-changed-elsewhere", what = "raden"));
        assert_eq!(
            (err.kind(), err.code()),
            ("conflict", "store-changed-elsewhere")
        );
        assert_eq!(err.args(), vec![("what", "raden".to_string())]);
        assert_eq!(err.exit_code(), 1);
        let path = PathBuf::from("a.tavle");
        assert_eq!(Error::ReadOnly(path.clone()).code(), "core-read-only");
        assert_eq!(Error::Vanished(path.clone()).code(), "core-vanished");
        let io = Error::Io {
            path: path.clone(),
            source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        };
        assert_eq!(io.code(), "core-io");
        assert_eq!(io.message().arg("path"), Some("a.tavle"));
        let busy = Error::Database(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        ));
        assert_eq!(busy.code(), "core-db-busy");
        assert_eq!(busy.while_reading().code(), "core-db-read-busy");
        let print = Error::Print("ingen skrift".into());
        assert_eq!(print.code(), "core-print-failed");
        assert_eq!(print.message().arg("reason"), Some("ingen skrift"));
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
        let other = Error::invalid(msg!("core-identity-bad"));
        let said = other.to_string();
        assert_eq!(other.while_reading().to_string(), said);
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
