//! Writing a finished file so that it is either the old one or the whole new one: a hidden
//! temporary file beside the target, synced, then renamed over it. Everyone in Tavle who
//! writes a whole file (exports, prints, published snapshots, the app's settings) goes
//! through here, and a failure is always [`Error::Io`] (exit code 1): the disk's fault,
//! never the input's.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use tavle_model::error::{Error, Result};

/// Writes `bytes` to `path` atomically (see the module docs).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let io = |source: std::io::Error| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut attempt = 0u32;
    let (temporary, mut file) = loop {
        let candidate = Temporary::beside(path);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(candidate.path())
        {
            Ok(f) => break (candidate, f),
            // Left over by a crashed run with the same process id: try the next name.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => {
                candidate.keep();
                attempt += 1
            }
            Err(e) => {
                candidate.keep();
                return Err(io(e));
            }
        }
    };
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(io)?;
    drop(file);
    temporary.replace(path).map_err(io)
}

/// The folder `path` is in (`.` for a bare name).
fn folder_of(path: &Path) -> Option<PathBuf> {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => Some(p.to_path_buf()),
        Some(_) => Some(PathBuf::from(".")),
        None => None,
    }
}

/// Syncs the folder that holds `path`, so that a rename or removal in it is on disk: on
/// Unix a folder's entries are written separately from the files' contents, and a power
/// cut can otherwise bring back the old name. A folder that cannot be synced (some network
/// file systems refuse) is not an error: each file in it is whole either way. Windows has
/// no folder sync; its renames are journaled by NTFS.
pub fn sync_folder(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = folder_of(path) {
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Whether `a` and `b` name the same existing file (through links and `..`): writing one
/// must not destroy the other, such as an export over the `.tavle` file it came from.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// What an output file is, for [`check_replaceable`]: an existing file may only be
/// replaced by an output of its own kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Pdf,
    Csv,
    Xlsx,
    Json,
    Text,
}

impl Kind {
    /// The kind's name as a message says it («en PDF-fil»), in the current language.
    fn name(self) -> String {
        tavle_model::lang::Lang::current().text(match self {
            Kind::Pdf => "core-out-kind-pdf",
            Kind::Csv => "core-out-kind-csv",
            Kind::Xlsx => "core-out-kind-xlsx",
            Kind::Json => "core-out-kind-json",
            Kind::Text => "core-out-kind-text",
        })
    }

    /// The file ending an output of this kind usually has.
    fn ending(self) -> &'static str {
        match self {
            Kind::Pdf => "pdf",
            Kind::Csv => "csv",
            Kind::Xlsx => "xlsx",
            Kind::Json => "json",
            Kind::Text => "txt",
        }
    }
}

/// How much of an existing file is read to judge what it is.
const SNIFF_BYTES: u64 = 64 * 1024;

/// Judges whether an output of `kind` may be written to `path` (a command's `-o`), before
/// anything is written: never to a name ending in `.tavle` (any case), never over a
/// database (a `.tavle` file under another name, a snapshot), and over an existing file only
/// when it is of the same kind (a PDF over a PDF, a CSV over text, a workbook over a
/// workbook, JSON over JSON). A missing file or an empty one may be written. A refusal is
/// [`Error::Invalid`] (exit code 2) and says what to do; nothing is touched.
pub fn check_replaceable(path: &Path, kind: Kind) -> Result<()> {
    let shown = path.display().to_string();
    let is_tavle_name = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("tavle"));
    if is_tavle_name {
        return Err(Error::invalid(tavle_model::msg!(
            "core-out-tavle-name",
            path = shown,
            ending = kind.ending()
        )));
    }
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        // Nothing there (or a dangling link): nothing to lose.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            return Err(Error::Io {
                path: path.to_path_buf(),
                source: e,
            })
        }
    };
    let other_kind = || {
        Error::invalid(tavle_model::msg!(
            "core-out-other-kind",
            path = shown.as_str(),
            kind = kind.name()
        ))
    };
    if !meta.is_file() {
        // A folder, a device or a pipe is never replaced by a file.
        return Err(other_kind());
    }
    let (head, tail) = sniff(path, meta.len()).map_err(|e| Error::Io {
        path: path.to_path_buf(),
        source: e,
    })?;
    if head.is_empty() {
        return Ok(());
    }
    if head.starts_with(b"SQLite format 3\0") {
        return Err(Error::invalid(tavle_model::msg!(
            "core-out-database",
            path = shown
        )));
    }
    if is_kind(kind, &head, &tail) {
        Ok(())
    } else {
        Err(other_kind())
    }
}

/// The first and the last [`SNIFF_BYTES`] of a file (the same bytes when it is short).
fn sniff(path: &Path, len: u64) -> std::io::Result<(Vec<u8>, Vec<u8>)> {
    use std::io::{Read, Seek, SeekFrom};
    let mut file = std::fs::File::open(path)?;
    let mut head = Vec::new();
    (&mut file).take(SNIFF_BYTES).read_to_end(&mut head)?;
    if len <= SNIFF_BYTES {
        return Ok((head.clone(), head));
    }
    let mut tail = Vec::new();
    file.seek(SeekFrom::Start(len - SNIFF_BYTES))?;
    file.take(SNIFF_BYTES).read_to_end(&mut tail)?;
    Ok((head, tail))
}

/// Whether a file that starts with `head` and ends with `tail` is of `kind`.
fn is_kind(kind: Kind, head: &[u8], tail: &[u8]) -> bool {
    let contains = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).any(|w| w == needle);
    match kind {
        Kind::Pdf => head.starts_with(b"%PDF"),
        // A workbook is a zip whose parts are under xl/ (the names are in the central
        // directory at the end, and usually in the first local headers too).
        Kind::Xlsx => {
            head.starts_with(b"PK\x03\x04") && (contains(tail, b"xl/") || contains(head, b"xl/"))
        }
        Kind::Json => is_text(head) && looks_like_json(head),
        Kind::Csv | Kind::Text => is_text(head) && !looks_like_json(head),
    }
}

/// Text: no NUL and no control bytes other than tab, line breaks and form feed. Bytes
/// from 0x80 up are allowed, so a CSV saved by Excel in Windows-1252 counts as text.
fn is_text(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .all(|&b| b >= 0x20 || matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        && !bytes.starts_with(b"%PDF")
}

/// Text whose first character (after a byte-order mark and spaces) opens a JSON object
/// or array: a board exchange file is JSON, and a CSV or a text export must not replace it.
fn looks_like_json(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    matches!(
        bytes.iter().find(|b| !b.is_ascii_whitespace()),
        Some(b'{' | b'[')
    )
}

/// A hidden temporary name beside a target, `.{name}.{pid}-{n}.tmp`: hidden and not ending
/// in the target's extension, so no one (the roll-up reading a folder of `.tavle` files)
/// takes a half-written file for a whole one. Removed on drop unless
/// [`replace`](Self::replace) moved it over the target.
#[derive(Debug)]
pub struct Temporary {
    path: PathBuf,
    /// Whether the drop removes the file: not once renamed, nor when the name was not ours.
    remove: bool,
}

impl Temporary {
    /// A fresh name in the target's folder (same disk, so the rename is atomic). Nothing is
    /// created: the caller writes the file, with `create_new` or a writer of its own.
    pub fn beside(target: &Path) -> Temporary {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let dir = folder_of(target).unwrap_or_else(|| PathBuf::from("."));
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "utdata".to_string());
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        Temporary {
            path: dir.join(format!(".{name}.{}-{n}.tmp", std::process::id())),
            remove: true,
        }
    }

    /// Where to write the temporary file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Renames the written temporary file over `target`, then syncs the folder so the
    /// rename itself survives a power cut; on failure it is removed.
    pub fn replace(mut self, target: &Path) -> std::io::Result<()> {
        std::fs::rename(&self.path, target)?;
        self.remove = false;
        sync_folder(target);
        Ok(())
    }

    /// Removes this program's hidden temporaries for `target` that a killed run left behind
    /// (older than `age`, so one being written right now by another run is left alone).
    /// Only names Tavle makes for this very target are touched.
    pub fn remove_stale(target: &Path, age: std::time::Duration) {
        let (Some(dir), Some(name)) = (folder_of(target), target.file_name()) else {
            return;
        };
        let prefix = format!(".{}.", name.to_string_lossy());
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return;
        };
        for entry in entries.flatten() {
            let file_name = entry.file_name().to_string_lossy().into_owned();
            let ours = file_name.starts_with(&prefix)
                && file_name.ends_with(".tmp")
                && file_name[prefix.len()..file_name.len() - 4]
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '-');
            let old = entry
                .metadata()
                .ok()
                .filter(|m| m.is_file())
                .and_then(|m| m.modified().ok())
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|elapsed| elapsed >= age);
            if ours && old {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }

    /// Leaves whatever is at the name alone (a file someone else made there).
    fn keep(mut self) {
        self.remove = false;
    }
}

impl Drop for Temporary {
    fn drop(&mut self) {
        // Best effort: the temporary file is ours and useless once not renamed.
        if self.remove {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_atomic_write_replaces_the_whole_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ut.csv");
        std::fs::write(&path, "gammel").unwrap();
        write_atomically(&path, b"ny").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"ny");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_write_into_a_missing_folder_is_an_io_error_with_exit_code_1() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("finnes-ikke").join("ut.csv");
        let err = write_atomically(&missing, b"x").unwrap_err();
        assert_eq!(err.kind(), "io");
        assert_eq!(err.exit_code(), 1);
        assert!(err.to_string().contains("ut.csv"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_write_into_a_read_only_folder_is_an_io_error_and_leaves_nothing() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let locked = dir.path().join("låst");
        std::fs::create_dir(&locked).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
        // Root may write anywhere; the test has nothing to say then.
        if std::fs::write(locked.join("probe"), b"").is_ok() {
            return;
        }
        let err = write_atomically(&locked.join("ut.pdf"), b"x").unwrap_err();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!((err.kind(), err.exit_code()), ("io", 1));
        assert_eq!(std::fs::read_dir(&locked).unwrap().count(), 0);
    }

    #[test]
    fn an_output_replaces_only_a_file_of_its_own_kind() {
        let cases: &[(&[u8], Kind, bool)] = &[
            (b"%PDF-1.7\n%\xe2\xe3\n", Kind::Pdf, true),
            (b"%PDF-1.7\n", Kind::Csv, false),
            // A CSV saved by Excel in Windows-1252 (\xf8 is ø) is still text.
            (b"M\xe5l;Tiltak\r\nm\xf8te;ja\r\n", Kind::Csv, true),
            (
                b"\xEF\xBB\xBF{\"format\": \"tavle-board\"}",
                Kind::Json,
                true,
            ),
            (
                b"\xEF\xBB\xBF{\"format\": \"tavle-board\"}",
                Kind::Csv,
                false,
            ),
            (b"  [1, 2]", Kind::Text, false),
            (b"Husk m\xc3\xb8tet\n", Kind::Json, false),
            (b"Husk m\xc3\xb8tet\n", Kind::Text, true),
            (
                b"PK\x03\x04....[Content_Types].xml....xl/workbook.xml",
                Kind::Xlsx,
                true,
            ),
            // A zip that is not a workbook (a Word document).
            (
                b"PK\x03\x04....[Content_Types].xml....word/document.xml",
                Kind::Xlsx,
                false,
            ),
            (b"PK\x03\x04....xl/workbook.xml", Kind::Csv, false),
        ];
        for (bytes, kind, replaceable) in cases {
            assert_eq!(
                is_kind(*kind, bytes, bytes),
                *replaceable,
                "{kind:?} over {:?}",
                String::from_utf8_lossy(bytes)
            );
        }
    }

    #[test]
    fn a_folder_or_a_tavle_name_is_never_replaced_and_a_missing_file_may_be_written() {
        let dir = tempfile::tempdir().unwrap();
        assert!(check_replaceable(&dir.path().join("ny.pdf"), Kind::Pdf).is_ok());
        let err = check_replaceable(dir.path(), Kind::Pdf).unwrap_err();
        assert_eq!((err.kind(), err.exit_code()), ("invalid", 2));
        let err = check_replaceable(&dir.path().join("x.Tavle"), Kind::Csv).unwrap_err();
        assert!(err.to_string().contains(".csv"), "{err}");
    }

    #[test]
    fn a_temporary_that_is_never_renamed_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("tavle.tavle");
        let temporary = Temporary::beside(&target);
        std::fs::write(temporary.path(), b"halv").unwrap();
        let name = temporary
            .path()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        assert!(
            name.starts_with(".tavle.tavle.") && name.ends_with(".tmp"),
            "{name}"
        );
        drop(temporary);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
