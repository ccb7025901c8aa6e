//! The file the app shows at start.

use std::path::Path;

use tavle_model::error::{Error, Result};
use tavle_store::store::Store;

/// The file to show at start: the one named on the command line (created when it does not
/// exist yet), else the last file used; `None` shows the start screen. A last file that is
/// gone is `Error::NotFound`, said so the leader knows why the start screen shows.
pub fn startup_store(named: Option<&Path>, last: Option<&Path>) -> Result<Option<Store>> {
    if let Some(path) = named {
        return Store::open_or_create(path).map(Some);
    }
    match last {
        Some(path) if path.exists() => Store::open(path).map(Some),
        Some(path) => Err(Error::NotFound(tavle_model::msg!(
            "core-last-file-gone",
            path = path.display().to_string()
        ))),
        None => Ok(None),
    }
}

/// "Åpne eksempel": the example board (`json`, in the exchange format) imported into a new
/// file `Eksempel.tavle` in `dir` (`Eksempel 2.tavle` … when that name is taken).
pub fn example_file(dir: &Path, json: &str) -> Result<Store> {
    if json.trim().is_empty() {
        return Err(Error::NotFound(tavle_model::msg!("core-example-missing")));
    }
    let board = tavle_formats::exchange::read_board_json(json.as_bytes())?;
    std::fs::create_dir_all(dir).map_err(|source| Error::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let path = (1..)
        .map(|n| match n {
            1 => dir.join("Eksempel.tavle"),
            n => dir.join(format!("Eksempel {n}.tavle")),
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| dir.join("Eksempel.tavle"));
    let mut store = Store::create(&path)?;
    store.insert_board(&board)?;
    Ok(store)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_opens_in_a_new_file_each_time() {
        let dir = tempfile::tempdir().unwrap();
        let json = include_str!("../../../examples/hjemmesykepleien-2025.json");
        let first = example_file(dir.path(), json).unwrap();
        let second = example_file(dir.path(), json).unwrap();
        assert!(first.path().ends_with("Eksempel.tavle"));
        assert!(second.path().ends_with("Eksempel 2.tavle"));
        assert_eq!(second.list_boards().unwrap()[0].unit, "Hjemmesykepleien");
        let err = example_file(dir.path(), "").err().unwrap();
        assert_eq!(err.kind(), "not_found");
    }

    #[test]
    fn a_named_file_is_created_and_wins_over_the_last_one() {
        let dir = tempfile::tempdir().unwrap();
        let last = dir.path().join("sist.tavle");
        Store::create(&last).unwrap();
        let named = dir.path().join("ny.tavle");
        let store = startup_store(Some(&named), Some(&last)).unwrap().unwrap();
        assert_eq!(store.path(), named.as_path());
        assert!(named.exists());
    }

    #[test]
    fn the_last_file_opens_and_a_vanished_one_is_told() {
        let dir = tempfile::tempdir().unwrap();
        let last = dir.path().join("sist.tavle");
        Store::create(&last).unwrap();
        let store = startup_store(None, Some(&last)).unwrap().unwrap();
        assert_eq!(store.path(), last.as_path());
        drop(store);
        assert!(startup_store(None, None).unwrap().is_none());
        std::fs::remove_file(&last).unwrap();
        let err = startup_store(None, Some(&last)).err().unwrap();
        assert_eq!(err.kind(), "not_found");
        assert!(err.to_string().contains("finnes ikke lenger"), "{err}");
    }
}
