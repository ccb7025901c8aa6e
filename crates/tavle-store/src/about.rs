//! What «Om Tavle» and `tavle --version` tell: the version, the licences, and where the open
//! file and its backups are.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::store::{backup_dir, BACKUPS_KEPT};

/// Tavle's version (the same for the app, the CLI and the packages).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Tavle's own licence.
pub const LICENCE: &str = "MIT";

/// The font built into the PDFs, and its licence (installed beside Tavle's documentation),
/// in the current language.
pub fn font_licence() -> String {
    tavle_model::tr!("core-font-licence")
}

/// «Om Tavle» as data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct About {
    pub version: String,
    pub licence: String,
    pub font_licence: String,
    /// The open file, if any.
    pub file: Option<PathBuf>,
    /// The folder that holds the open file's backups.
    pub backups: Option<PathBuf>,
    /// How many backups are kept per file.
    pub backups_kept: usize,
}

/// «Om Tavle» for the open `file` (`None` on the start screen).
pub fn about(file: Option<&Path>) -> About {
    About {
        version: VERSION.to_string(),
        licence: LICENCE.to_string(),
        font_licence: font_licence(),
        file: file.map(Path::to_path_buf),
        backups: file.map(backup_dir),
        backups_kept: BACKUPS_KEPT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn about_names_the_file_and_the_backup_folder_beside_it() {
        let a = about(Some(Path::new("/home/leder/tavler/enhet.tavle")));
        assert_eq!(a.version, env!("CARGO_PKG_VERSION"));
        assert_eq!(a.licence, "MIT");
        assert_eq!(
            a.file.as_deref(),
            Some(Path::new("/home/leder/tavler/enhet.tavle"))
        );
        assert_eq!(
            a.backups.as_deref(),
            Some(Path::new("/home/leder/tavler/backups"))
        );
        assert!(a.backups_kept > 0);
    }

    #[test]
    fn about_without_a_file_has_no_paths() {
        let a = about(None);
        assert_eq!((a.file, a.backups), (None, None));
    }
}
