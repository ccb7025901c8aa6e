//! "Del med HR": a board published as a whole, single-file snapshot into a shared folder.
//!
//! Each leader's live `.tavle` file stays on the leader's own disk; what goes into the shared
//! folder (a network drive, a OneDrive or SharePoint folder) is one file per unit and year,
//! named after them, written by that unit's leader alone. One writer per file means the
//! folder needs no locking and no server. A snapshot is written under a hidden temporary
//! name in the same folder, synced, and then renamed over the old one: a reader (HR's
//! roll-up) sees the old file or the new one, never half of one.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::output::Temporary;
use crate::store::Store;
use tavle_model::error::{Error, Result};
use tavle_model::model::BoardId;

/// What was published, and where.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Published {
    pub board: BoardId,
    pub unit: String,
    pub year: i32,
    /// The snapshot in the shared folder.
    pub path: PathBuf,
    /// True when this board's earlier snapshot of the same name was replaced.
    pub replaced: bool,
    /// This board's snapshots under an older name, removed (a renamed unit).
    pub removed: Vec<PathBuf>,
}

/// A temporary of this name older than this is a leftover of a killed publish: writing a
/// snapshot takes seconds at most, even on a slow share.
const STALE_TEMPORARY_AGE: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// The longest unit part of a snapshot's name, in characters (file systems and sync
/// clients choke on very long names).
const MAX_NAME_CHARS: usize = 80;

/// The longest snapshot file name, in bytes: file systems count a name's bytes (255 on
/// most), and the hidden temporary name beside it (`.{name}.{pid}-{n}.tmp`) and a
/// `-journal` must fit too. 80 letters like «あ» are 240 bytes.
const MAX_NAME_BYTES: usize = 200;

/// The snapshot's file name for a unit and year: `Hjemmesykepleien Sone 2 2025.tavle`.
/// Letters (æ, ø, å too), digits, spaces, `-`, `_` and dots inside the name are kept; characters that Windows,
/// OneDrive or SharePoint refuse (`/ \ : * ? " < > |`, control characters) become `-`;
/// leading and trailing dots and spaces go (Windows drops them silently).
pub fn snapshot_name(unit: &str, year: i32) -> String {
    let mut name = String::new();
    for c in unit.trim().chars() {
        // A dot inside a name stays («2. etasje»); at the ends it goes below.
        let keep =
            c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '(' | ')' | ',' | '&' | '.');
        let c = if keep { c } else { '-' };
        // No runs of separators: "Sone / 2" is "Sone - 2", not "Sone --- 2".
        if (c == '-' && name.ends_with('-')) || (c == ' ' && name.ends_with(' ')) {
            continue;
        }
        name.push(c);
    }
    let tail = format!(" {year}.tavle");
    let name = cut_to_bytes(&name, MAX_NAME_BYTES.saturating_sub(tail.len()));
    let name: String = name.chars().take(MAX_NAME_CHARS).collect();
    let name = name.trim_matches(|c: char| c == '.' || c == ' ' || c == '-');
    let unnamed = tavle_model::tr!("core-snapshot-unnamed");
    let name = if name.is_empty() { &unnamed } else { name };
    format!("{name}{tail}")
}

/// The longest start of `text` of at most `max` bytes, cut between characters.
fn cut_to_bytes(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The folder must exist and be a folder: publishing never creates a share by mistake
/// (a typo would otherwise leave the snapshot where HR never looks).
fn check_folder(dir: &Path) -> Result<()> {
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(Error::invalid(tavle_model::msg!(
            "core-publish-not-a-folder",
            path = dir.display().to_string()
        ))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Error::NotFound(
            tavle_model::msg!("core-publish-no-folder", path = dir.display().to_string()),
        )),
        Err(e) => Err(Error::Io {
            path: dir.to_path_buf(),
            source: e,
        }),
    }
}

/// What a `.tavle` file already in the shared folder holds, as far as publishing cares.
#[derive(Debug)]
struct InFolder {
    path: PathBuf,
    /// The boards in it: identity, unit, year. An old snapshot (from before boards had an
    /// identity) has an identity made up in memory when it is read, which matches nothing.
    boards: Vec<(String, String, i32)>,
    /// Written before boards had an identity ([`IDENTITY_SINCE`]): who it belongs to can
    /// only be told by its unit and year, as before.
    before_identity: bool,
}

/// The file version from which every board has a stored identity (migration 0005).
const IDENTITY_SINCE: u32 = 5;

/// `PRAGMA user_version` straight from the file's header (bytes 60–63, big-endian), without
/// opening it as a database.
fn file_version(path: &Path) -> Option<u32> {
    use std::io::Read;
    let mut head = [0u8; 64];
    std::fs::File::open(path).ok()?.read_exact(&mut head).ok()?;
    Some(u32::from_be_bytes([head[60], head[61], head[62], head[63]]))
}

/// Every `.tavle` file in `dir` (not hidden, not in subfolders) that Tavle can read, with
/// its boards. Files it cannot read are none of publishing's business here.
fn snapshots_in(dir: &Path) -> Vec<InFolder> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for entry in entries.filter_map(|e| e.ok()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !name.to_lowercase().ends_with(".tavle") {
            continue;
        }
        let path = entry.path();
        let Ok(store) = Store::open_snapshot(&path) else {
            continue;
        };
        let Ok(boards) = store.list_boards() else {
            continue;
        };
        found.push(InFolder {
            before_identity: file_version(&path).is_some_and(|v| v < IDENTITY_SINCE),
            boards: boards
                .into_iter()
                .map(|b| (b.identity, b.unit, b.year))
                .collect(),
            path,
        });
    }
    found.sort_by(|a, b| a.path.cmp(&b.path));
    found
}

impl InFolder {
    /// A snapshot of exactly this board (by identity; an old snapshot by unit and year).
    fn is_snapshot_of(&self, identity: &str, unit: &str, year: i32) -> bool {
        match self.boards.as_slice() {
            [(_, u, y)] if self.before_identity => same_unit(u, unit) && *y == year,
            [(i, _, _)] => i == identity,
            _ => false,
        }
    }
}

/// Two unit names are the same unit for HR when they read the same (case and spaces aside).
fn same_unit(a: &str, b: &str) -> bool {
    tavle_model::nb::sort_key(a.trim()) == tavle_model::nb::sort_key(b.trim())
}

/// A file already at the snapshot's name may only be replaced when it is this board's own
/// earlier snapshot; anything else (another unit whose name gave the same file name,
/// someone's spreadsheet, a file from a newer Tavle) is left alone.
fn check_replaceable(target: &Path, identity: &str, unit: &str, year: i32) -> Result<bool> {
    if std::fs::symlink_metadata(target).is_err() {
        return Ok(false);
    }
    let refuse = |what: String| {
        Error::invalid(tavle_model::msg!(
            "core-publish-taken",
            path = target.display().to_string(),
            what = what
        ))
    };
    let store = Store::open_snapshot(target).map_err(|e| match e {
        Error::TooNew { .. } => refuse(tavle_model::tr!("core-publish-taken-newer")),
        _ => refuse(tavle_model::tr!("core-publish-taken-not-shared")),
    })?;
    let boards = store.list_boards()?;
    let before_identity = file_version(target).is_some_and(|v| v < IDENTITY_SINCE);
    match boards.as_slice() {
        [b] if b.identity == identity => Ok(true),
        [b] if before_identity && same_unit(&b.unit, unit) && b.year == year => Ok(true),
        [b] if same_unit(&b.unit, unit) && b.year == year => {
            Err(same_name_refusal(target, unit, year))
        }
        [b] => Err(refuse(tavle_model::tr!(
            "core-publish-taken-other-unit",
            unit = b.unit.as_str(),
            year = b.year
        ))),
        _ => Err(refuse(tavle_model::tr!(
            "core-publish-taken-boards",
            n = boards.len()
        ))),
    }
}

/// Another board (another leader's) shares this unit's name and year: neither may replace
/// the other's snapshot. The advice names the unit with a word added.
fn same_name_refusal(other: &Path, unit: &str, year: i32) -> Error {
    Error::invalid(tavle_model::msg!(
        "core-publish-same-name",
        path = other.display().to_string(),
        unit = unit.trim(),
        year = year.to_string()
    ))
}

/// Publishes board `id` of `store` into `dir` as `snapshot_name(unit, year)`, replacing
/// this board's earlier snapshot, found by the board's identity whatever the unit was called
/// when it was published (a renamed unit's old snapshot is removed, not left to be counted
/// twice). A different board with the same unit and year is refused. Atomic: a hidden
/// temporary file in `dir`, synced, then renamed over the old name, and the folder synced.
pub fn publish(store: &Store, id: BoardId, dir: &Path) -> Result<Published> {
    check_folder(dir)?;
    let summary = board_summary(store, id)?;
    let name = snapshot_name(&summary.unit, summary.year);
    let target = dir.join(&name);
    if crate::output::same_file(store.path(), &target) {
        return Err(Error::invalid(tavle_model::msg!(
            "core-publish-own-file",
            path = target.display().to_string()
        )));
    }
    let replaced = check_replaceable(&target, &summary.identity, &summary.unit, summary.year)?;
    let others = snapshots_in(dir);
    // Another board of the same unit and year under another file name is refused too.
    if let Some(clash) = others.iter().find(|f| {
        !f.before_identity
            && !crate::output::same_file(&f.path, &target)
            && f.boards.iter().any(|(i, u, y)| {
                *i != summary.identity && same_unit(u, &summary.unit) && *y == summary.year
            })
    }) {
        return Err(same_name_refusal(&clash.path, &summary.unit, summary.year));
    }
    // A publish killed halfway leaves its temporary behind; each unit's leader cleans up
    // their own name's leftovers here (one writer per name, so nobody else's).
    Temporary::remove_stale(&target, STALE_TEMPORARY_AGE);
    // Hidden and not ending in .tavle: the roll-up never reads a half-written temporary.
    let temporary = Temporary::beside(&target);
    store.write_snapshot(id, temporary.path())?;
    if let Err(e) = temporary.replace(&target) {
        return Err(Error::Io {
            path: target,
            source: std::io::Error::new(
                e.kind(),
                tavle_model::tr!("core-publish-rename-failed", error = e.to_string()),
            ),
        });
    }
    // The same board's snapshots under an older name (the unit was renamed, or its year
    // changed): gone once the new one is in place, so HR counts the board once.
    let mut removed = Vec::new();
    for old in others.iter().filter(|f| {
        !crate::output::same_file(&f.path, &target)
            && !f.before_identity
            && f.is_snapshot_of(&summary.identity, &summary.unit, summary.year)
    }) {
        if std::fs::remove_file(&old.path).is_ok() {
            removed.push(old.path.clone());
        }
    }
    Ok(Published {
        board: id,
        unit: summary.unit,
        year: summary.year,
        path: target,
        replaced,
        removed,
    })
}

fn board_summary(store: &Store, id: BoardId) -> Result<crate::store::BoardSummary> {
    store
        .list_boards()?
        .into_iter()
        .find(|b| b.id == id)
        .ok_or_else(|| {
            Error::NotFound(tavle_model::msg!(
                "core-publish-no-board",
                id = id.to_string()
            ))
        })
}

/// What «Trekk tilbake» removed from the shared folder.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Withdrawn {
    pub board: BoardId,
    pub unit: String,
    pub year: i32,
    /// The snapshots removed.
    pub removed: Vec<PathBuf>,
}

/// «Trekk tilbake»: removes board `id`'s snapshots from `dir`, found by identity (and an
/// old snapshot from before identities by its unit and year). Nobody else's file is
/// touched. A board that was not shared there is refused with what to check.
pub fn withdraw(store: &Store, id: BoardId, dir: &Path) -> Result<Withdrawn> {
    check_folder(dir)?;
    let summary = board_summary(store, id)?;
    let mut removed = Vec::new();
    for f in snapshots_in(dir) {
        if crate::output::same_file(store.path(), &f.path)
            || !f.is_snapshot_of(&summary.identity, &summary.unit, summary.year)
        {
            continue;
        }
        std::fs::remove_file(&f.path).map_err(|e| Error::Io {
            path: f.path.clone(),
            source: e,
        })?;
        removed.push(f.path);
    }
    if removed.is_empty() {
        return Err(Error::NotFound(tavle_model::msg!(
            "core-withdraw-nothing",
            unit = summary.unit.trim(),
            year = summary.year.to_string(),
            path = dir.display().to_string()
        )));
    }
    Ok(Withdrawn {
        board: id,
        unit: summary.unit,
        year: summary.year,
        removed,
    })
}

/// [`withdraw`] for every board of the file that is shared in `dir`.
pub fn withdraw_all(store: &Store, dir: &Path) -> Result<Vec<Withdrawn>> {
    let boards = store.list_boards()?;
    if boards.is_empty() {
        return Err(Error::invalid(tavle_model::msg!("core-publish-no-boards")));
    }
    let mut all = Vec::new();
    let mut last_refusal = None;
    for b in &boards {
        match withdraw(store, b.id, dir) {
            Ok(w) => all.push(w),
            Err(e @ Error::NotFound(_)) => last_refusal = Some(e),
            Err(e) => return Err(e),
        }
    }
    match (all.is_empty(), last_refusal) {
        (true, Some(e)) => Err(e),
        _ => Ok(all),
    }
}

/// Publishes every board of the file, one snapshot each.
pub fn publish_all(store: &Store, dir: &Path) -> Result<Vec<Published>> {
    let boards = store.list_boards()?;
    if boards.is_empty() {
        return Err(Error::invalid(tavle_model::msg!("core-publish-no-boards")));
    }
    boards.iter().map(|b| publish(store, b.id, dir)).collect()
}

#[cfg(test)]
mod tests {
    use super::snapshot_name;

    #[test]
    fn snapshot_names_keep_norwegian_letters_and_drop_what_file_systems_refuse() {
        assert_eq!(
            snapshot_name("Hjemmesykepleien", 2025),
            "Hjemmesykepleien 2025.tavle"
        );
        assert_eq!(
            snapshot_name("Omsorg/Bø sykehjem: avd. 2", 2026),
            "Omsorg-Bø sykehjem- avd. 2 2026.tavle"
        );
        // A floor as leaders write it keeps its dot.
        assert_eq!(
            snapshot_name("Lindåsen sykehjem, 2. etasje", 2026),
            "Lindåsen sykehjem, 2. etasje 2026.tavle"
        );
        assert_eq!(snapshot_name("Kontor...", 2026), "Kontor 2026.tavle");
        assert_eq!(snapshot_name("  ..Kontor?*  ", 2025), "Kontor 2025.tavle");
        assert_eq!(snapshot_name("???", 2025), "Enhet 2025.tavle");
        assert_eq!(
            snapshot_name(&"Å".repeat(300), 2025).chars().count(),
            80 + " 2025.tavle".len()
        );
    }

    #[test]
    fn snapshot_names_are_cut_by_bytes_between_characters() {
        // 80 × «あ» is 240 bytes: within the character cap, over what a file name may hold
        // once the temporary name's extra bytes are added.
        let name = snapshot_name(&"あ".repeat(80), 2026);
        assert!(name.len() <= super::MAX_NAME_BYTES, "{} bytes", name.len());
        assert!(name.ends_with("あ 2026.tavle"), "{name}");
        assert_eq!(name.chars().filter(|&c| c == 'あ').count(), 63);
        // Mixed widths never cut a character in two.
        for unit in [
            "a".repeat(200),
            "ø".repeat(150),
            format!("a{}", "あ".repeat(90)),
        ] {
            let name = snapshot_name(&unit, 2026);
            assert!(name.len() <= super::MAX_NAME_BYTES, "{name}");
            assert!(name.ends_with(" 2026.tavle"), "{name}");
        }
        // Short names are as before.
        assert_eq!(snapshot_name("Sone 2", 2026), "Sone 2 2026.tavle");
    }

    #[test]
    fn sharing_is_refused_in_nynorsk_with_what_to_do() {
        use tavle_model::lang::{with, Lang};
        let dir = tempfile::tempdir().unwrap();
        let store = crate::store::Store::create(&dir.path().join("enhet.tavle")).unwrap();
        let share = dir.path().join("delt");
        let err = with(Lang::Nn, || super::publish_all(&store, &share).unwrap_err());
        assert_eq!(
            err.to_string(),
            "Fila har ingen tavler å dele. Lag ei tavle først."
        );
        let err = with(Lang::Nn, || {
            super::publish(&store, tavle_model::model::BoardId(1), &share).unwrap_err()
        });
        assert!(
            err.to_string().starts_with("Fann ikkje mappa «")
                && err.to_string().contains("vel ei anna mappe"),
            "{err}"
        );
        assert_eq!(
            with(Lang::Nn, || snapshot_name("???", 2025)),
            "Eining 2025.tavle"
        );
    }
}
