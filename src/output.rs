//! Writing a finished file so that it is either the old one or the whole new one: a hidden
//! temporary file beside the target, synced, then renamed over it. Everyone in Tavle who
//! writes a whole file (exports, prints, published snapshots, the app's settings) goes
//! through here, and a failure is always [`Error::Io`] (exit code 1): the disk's fault,
//! never the input's.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use crate::error::{Error, Result};

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
