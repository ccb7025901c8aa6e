//! The app's own small memory: recent files, the last file used and the Storskjerm switch,
//! kept as JSON in the app's config folder. Losing it is harmless, so a damaged file is
//! replaced rather than refused.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How many files "Nylig brukt" remembers.
pub const MAX_RECENT: usize = 8;

/// What the app remembers between runs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    /// The file to reopen when the app starts without one.
    pub last: Option<PathBuf>,
    /// Storskjerm: large text for a projector.
    pub large_text: bool,
    /// "Del med HR": the shared folder chosen for each `.tavle` file.
    pub publish_dirs: std::collections::BTreeMap<PathBuf, PathBuf>,
    /// "Oversikt over enheter": the folder last opened.
    pub rollup_dir: Option<PathBuf>,
    /// The written standard of the prints (bokmål or nynorsk), chosen on the start screen.
    pub lang: tavle_model::lang::Lang,
    /// Fraværstall's run chart: the baseline a leader froze the median on, as the number of
    /// first months, per `.tavle` file and unit (the unit's name in lower case). Kept here,
    /// not in the file: it is how this leader reads the chart, and the file and its
    /// snapshots stay the figures alone.
    pub trend_baselines:
        std::collections::BTreeMap<PathBuf, std::collections::BTreeMap<String, usize>>,
}

impl Settings {
    /// The settings file in `dir`.
    pub fn file(dir: &Path) -> PathBuf {
        dir.join("innstillinger.json")
    }

    /// Reads the settings; a missing or unreadable file gives the defaults.
    pub fn load(dir: &Path) -> Settings {
        std::fs::read_to_string(Self::file(dir))
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Writes the settings through a temporary file, so a crash never leaves half a file.
    pub fn save(&self, dir: &Path) -> tavle_model::Result<()> {
        let path = Self::file(dir);
        let io = |source| tavle_model::Error::Io {
            path: path.clone(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(io)?;
        let text = serde_json::to_string_pretty(self).unwrap_or_default();
        tavle_store::output::write_atomically(&path, text.as_bytes())
    }

    /// Brings the settings over from `old_dir`, the folder of the identifier Tavle had before
    /// (`no.tavle.app`), unless `new_dir` has its own already. The old folder is left as it
    /// was: the recent list may point at files in it (the example), and they stay there.
    /// Returns whether settings were brought over.
    pub fn migrate(old_dir: &Path, new_dir: &Path) -> bool {
        let (old, new) = (Self::file(old_dir), Self::file(new_dir));
        if new.exists() || !old.is_file() {
            return false;
        }
        // Through load and save: a damaged old file gives defaults, and the write is atomic.
        Self::load(old_dir).save(new_dir).is_ok()
    }

    /// The baseline frozen for `unit` in `file`, if any.
    pub fn baseline(&self, file: &Path, unit: &str) -> Option<usize> {
        self.trend_baselines
            .get(file)
            .and_then(|units| units.get(&unit_key(unit)))
            .copied()
    }

    /// Freezes the median of `unit` in `file` on the first `months` (`None`: all months).
    pub fn set_baseline(&mut self, file: &Path, unit: &str, months: Option<usize>) {
        let units = self.trend_baselines.entry(file.to_path_buf()).or_default();
        match months {
            Some(n) => {
                units.insert(unit_key(unit), n);
            }
            None => {
                units.remove(&unit_key(unit));
                if units.is_empty() {
                    self.trend_baselines.remove(file);
                }
            }
        }
    }

    /// Notes that `path` was opened: first in the recent list, and the last file.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(MAX_RECENT);
        self.last = Some(path.to_path_buf());
    }
}

/// A unit's name as the run chart compares it: case and spaces at either end do not count.
fn unit_key(unit: &str) -> String {
    unit.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reopened_file_moves_to_the_top_of_the_recent_list_once() {
        let mut s = Settings::default();
        s.remember(Path::new("/a.tavle"));
        s.remember(Path::new("/b.tavle"));
        s.remember(Path::new("/a.tavle"));
        assert_eq!(
            s.recent,
            vec![PathBuf::from("/a.tavle"), PathBuf::from("/b.tavle")]
        );
        assert_eq!(s.last, Some(PathBuf::from("/a.tavle")));
    }

    #[test]
    fn a_frozen_baseline_is_kept_per_file_and_unit_and_can_be_let_go() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (Path::new("/a.tavle"), Path::new("/b.tavle"));
        let mut s = Settings::default();
        s.set_baseline(a, "Hjemmesykepleien", Some(12));
        s.save(dir.path()).unwrap();
        let s2 = Settings::load(dir.path());
        assert_eq!(s2.baseline(a, " hjemmesykepleien "), Some(12));
        assert_eq!(s2.baseline(b, "Hjemmesykepleien"), None);
        assert_eq!(s2.baseline(a, "Sykehjemmet"), None);
        let mut s3 = s2;
        s3.set_baseline(a, "HJEMMESYKEPLEIEN", None);
        assert_eq!(s3.baseline(a, "Hjemmesykepleien"), None);
        assert!(s3.trend_baselines.is_empty());
    }

    #[test]
    fn settings_survive_a_save_and_a_damaged_file_gives_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Settings {
            large_text: true,
            ..Settings::default()
        };
        s.remember(Path::new("/x.tavle"));
        s.save(dir.path()).unwrap();
        assert_eq!(Settings::load(dir.path()), s);
        std::fs::write(Settings::file(dir.path()), "{ikke json").unwrap();
        assert_eq!(Settings::load(dir.path()), Settings::default());
    }

    #[test]
    fn settings_from_the_old_identifier_are_brought_over_once_and_never_over_new_ones() {
        let base = tempfile::tempdir().unwrap();
        let (old, new) = (base.path().join("no.tavle.app"), base.path().join("ny"));
        let mut before = Settings {
            large_text: true,
            ..Settings::default()
        };
        before.remember(Path::new("/home/leder/enhet.tavle"));
        before.save(&old).unwrap();

        assert!(Settings::migrate(&old, &new));
        assert_eq!(Settings::load(&new), before);
        assert!(
            Settings::file(&old).exists(),
            "the old folder is left alone"
        );

        // Settings made under the new identifier win from then on.
        let mut after = Settings::load(&new);
        after.large_text = false;
        after.save(&new).unwrap();
        assert!(!Settings::migrate(&old, &new));
        assert_eq!(Settings::load(&new), after);

        // Nothing to bring over: nothing made.
        let empty = base.path().join("tom");
        assert!(!Settings::migrate(&base.path().join("finnes-ikke"), &empty));
        assert!(!empty.exists());
    }
}
