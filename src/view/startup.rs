//! The file the app shows at start.

use std::path::Path;

use crate::error::{Error, Result};
use crate::store::Store;

/// The file to show at start: the one named on the command line (created when it does not
/// exist yet), else the last file used; `None` shows the start screen. A last file that is
/// gone is `Error::NotFound`, said so the leader knows why the start screen shows.
pub fn startup_store(named: Option<&Path>, last: Option<&Path>) -> Result<Option<Store>> {
    if let Some(path) = named {
        return Store::open_or_create(path).map(Some);
    }
    match last {
        Some(path) if path.exists() => Store::open(path).map(Some),
        Some(path) => Err(Error::NotFound(format!(
            "Sist brukte fil «{}» finnes ikke lenger. Åpne en annen fil eller lag en ny.",
            path.display()
        ))),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
