//! The core's layers, kept by Cargo and checked here: each crate under `crates/` depends only
//! on the Tavle crates below it (the print never on the store), and inside a crate no two
//! top-level modules use each other in a ring, however long. An upward `use` then fails to
//! build, and a new ring fails this test with its modules named.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Each crate and the Tavle crates it may depend on: the layers, bottom up.
const LAYERS: &[(&str, &[&str])] = &[
    ("tavle-model", &[]),
    ("tavle-rollup", &["tavle-model"]),
    ("tavle-store", &["tavle-model"]),
    (
        "tavle-formats",
        &["tavle-model", "tavle-rollup", "tavle-store"],
    ),
    ("tavle-print", &["tavle-model", "tavle-rollup"]),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `tavle-…` names in a Cargo.toml's `[dependencies]` (not dev- or build-dependencies).
fn tavle_dependencies(manifest: &str) -> BTreeSet<String> {
    let mut in_deps = false;
    let mut found = BTreeSet::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_deps = line == "[dependencies]";
            continue;
        }
        if in_deps && line.starts_with("tavle-") {
            let name: String = line
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '-')
                .collect();
            found.insert(name);
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Which top-level module of `src` each other one names as `crate::name` (or `super::name`
/// from a file right under the crate root), outside tests (a `tests.rs` file, or a file's
/// `#[cfg(test)] mod tests` at its end) and comments.
fn module_uses(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let modules: BTreeSet<String> = fs::read_dir(src)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .map(|n| n.trim_end_matches(".rs").to_string())
        .collect();
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(src).unwrap();
        let top = rel.iter().next().unwrap().to_string_lossy();
        let top = top.trim_end_matches(".rs").to_string();
        if top == "lib" || top == "bin" || file.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        // `super::` means the crate root in `src/name.rs` and `src/name/mod.rs`.
        let depth = rel.iter().count();
        let super_is_root = depth == 1 || (depth == 2 && rel.ends_with("mod.rs"));
        let prefixes: &[&str] = if super_is_root {
            &["crate::", "super::"]
        } else {
            &["crate::"]
        };
        let text = fs::read_to_string(&file).unwrap();
        let code = text.split("#[cfg(test)]\nmod tests").next().unwrap();
        for line in code.lines() {
            let line = line.split("//").next().unwrap();
            for prefix in prefixes {
                for (i, _) in line.match_indices(prefix) {
                    let before = &line[..i];
                    if before.ends_with('$') || before.ends_with("::") {
                        continue;
                    }
                    let name: String = line[i + prefix.len()..]
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if name != top && modules.contains(&name) {
                        uses.entry(top.clone()).or_default().insert(name);
                    }
                }
            }
        }
    }
    uses
}

/// A ring in `uses`, as the modules along it, if there is one.
fn find_ring(uses: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        uses: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut ring = path[at..].to_vec();
            ring.push(node.to_string());
            return Some(ring);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in uses.get(node).into_iter().flatten() {
            if let Some(ring) = visit(next, uses, path, done) {
                return Some(ring);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    uses.keys()
        .find_map(|start| visit(start, uses, &mut Vec::new(), &mut done))
}

#[test]
fn each_crate_depends_only_on_the_layers_below_it() {
    let on_disk: BTreeSet<String> = fs::read_dir(root().join("crates"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let known: BTreeSet<String> = LAYERS.iter().map(|(c, _)| c.to_string()).collect();
    assert_eq!(
        on_disk, known,
        "a crate under crates/ that LAYERS does not place"
    );
    for (krate, allowed) in LAYERS {
        let manifest = fs::read_to_string(root().join("crates").join(krate).join("Cargo.toml"));
        let found = tavle_dependencies(&manifest.unwrap());
        let allowed: BTreeSet<String> = allowed.iter().map(|s| s.to_string()).collect();
        let extra: Vec<&String> = found.difference(&allowed).collect();
        assert!(
            extra.is_empty(),
            "{krate} depends on {extra:?}, above or beside it"
        );
    }
}

#[test]
fn no_crate_has_modules_that_use_each_other_in_a_ring() {
    let mut crates: Vec<PathBuf> = LAYERS
        .iter()
        .map(|(c, _)| root().join("crates").join(c).join("src"))
        .collect();
    crates.push(root().join("src"));
    for src in crates {
        let uses = module_uses(&src);
        // Every layer's modules use one another somewhere; none found means the scan is blind.
        // (The CLI's own library is `text/` alone.)
        assert!(!uses.is_empty() || src == root().join("src"), "{src:?}");
        if let Some(ring) = find_ring(&uses) {
            panic!("{}: modules in a ring: {}", src.display(), ring.join(" → "));
        }
    }
}

#[test]
fn the_checks_see_an_upward_dependency_and_a_ring() {
    let manifest = "[dependencies]\ntavle-store.workspace = true\nserde = \"1\"\n\n\
                    [dev-dependencies]\ntavle-formats.workspace = true\n";
    assert_eq!(
        tavle_dependencies(manifest),
        BTreeSet::from(["tavle-store".to_string()])
    );
    let edges = |list: &[(&str, &str)]| {
        let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (a, b) in list {
            uses.entry(a.to_string()).or_default().insert(b.to_string());
        }
        uses
    };
    let ring = find_ring(&edges(&[("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")]));
    assert_eq!(ring.unwrap().len(), 4);
    assert_eq!(
        find_ring(&edges(&[("a", "b"), ("b", "c"), ("a", "c")])),
        None
    );
}
