//! Crash points on demand: the real `tavle` command killed at its k-th write, sync, unlink
//! or rename (strace's fault injection, `-e inject=SYSCALL:signal=KILL:when=N`), for
//! `import`, `status`, `restore` and `publish`. After every kill the file must open
//! (`tavle list` exits 0) and hold either everything it held before the command or
//! everything the command saved: never less than what was saved before the crash, never
//! half of the command.
//!
//! And the power cut right after a save: with a rollback journal the commit is the
//! journal's unlink, so the folder must be synced after it (`synchronous = EXTRA`); strace
//! with `-y` shows which file or folder each sync touches.
//!
//! Needs strace (scripts/setup installs it); without it the tests say so and fail.

mod cli_support;

use std::path::{Path, PathBuf};
use std::process::Command;

use cli_support::{tavle, EXAMPLE};
use tavle::store::Store;

/// The system calls a save is made of: data written, synced, journals removed, files renamed.
const CALLS: [&str; 6] = [
    "pwrite64",
    "fsync",
    "fdatasync",
    "unlink",
    "rename",
    "renameat2",
];

/// At most this many kill points per system call and command (spread evenly over all of
/// them, always including the first and the last), so the sweep stays within seconds.
const POINTS_PER_CALL: usize = 14;

fn tavle_bin() -> &'static str {
    env!("CARGO_BIN_EXE_tavle")
}

fn strace() -> &'static str {
    for candidate in ["/usr/bin/strace", "/bin/strace"] {
        if Path::new(candidate).exists() {
            return candidate;
        }
    }
    panic!("strace mangler: kjør scripts/setup (apt-get install strace)");
}

/// Everything a user could see in a file: each board as the store loads it.
fn state(path: &Path) -> Vec<String> {
    let store = Store::open_read_only(path)
        .unwrap_or_else(|e| panic!("{} opens after the crash: {e}", path.display()));
    store
        .list_boards()
        .unwrap()
        .iter()
        .map(|b| without_identity(store.load_board(b.id).unwrap().board))
        .collect()
}

/// A board as text, without its identity: an import gives each new board a random one, so
/// the reference run's board and a killed run's whole board differ only there.
fn without_identity(mut board: tavle::Board) -> String {
    board.identity.clear();
    format!("{board:?}")
}

/// The shared folder's snapshots, each read as HR's roll-up reads it.
fn snapshots(dir: &Path) -> Vec<(String, Vec<String>)> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            !name.starts_with('.') && name.ends_with(".tavle")
        })
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| {
            let store = Store::open_snapshot(p)
                .unwrap_or_else(|e| panic!("snapshot {} opens: {e}", p.display()));
            let boards = store
                .list_boards()
                .unwrap()
                .iter()
                .map(|b| without_identity(store.load_board(b.id).unwrap().board))
                .collect();
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                boards,
            )
        })
        .collect()
}

/// What one command is run on and what the user sees afterwards.
struct Case {
    name: &'static str,
    /// Builds the folder the command runs in (the file, backups, the shared folder).
    prepare: fn(&Path),
    args: fn(&Path) -> Vec<String>,
    /// What the user sees: the live file and, for publish, the shared folder.
    observe: fn(&Path) -> String,
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// How often `tavle` makes each call in the command, counted with `strace -c`.
fn count_calls(dir: &Path, args: &[String]) -> Vec<(&'static str, usize)> {
    let summary = dir.join("..").join(format!(
        "count-{}.txt",
        dir.file_name().unwrap().to_string_lossy()
    ));
    let status = Command::new(strace())
        .args(["-f", "-c", "-o"])
        .arg(&summary)
        .arg(format!("-e trace={}", CALLS.join(",")).replace(' ', ""))
        .arg(tavle_bin())
        .args(args)
        .current_dir(dir)
        .env("LANG", "C")
        .status()
        .unwrap();
    assert!(status.success(), "the command runs under strace: {args:?}");
    let text = std::fs::read_to_string(&summary).unwrap();
    CALLS
        .iter()
        .filter_map(|call| {
            let line = text
                .lines()
                .find(|l| l.split_whitespace().last() == Some(call))?;
            // % time, seconds, usecs/call, calls, [errors], syscall
            let calls: usize = line.split_whitespace().nth(3)?.parse().ok()?;
            Some((*call, calls))
        })
        .collect()
}

/// Kill points 1..=count, at most [`POINTS_PER_CALL`] of them, first and last included.
fn points(count: usize) -> Vec<usize> {
    if count <= POINTS_PER_CALL {
        return (1..=count).collect();
    }
    let mut points: Vec<usize> = (0..POINTS_PER_CALL)
        .map(|i| 1 + i * (count - 1) / (POINTS_PER_CALL - 1))
        .collect();
    points.dedup();
    points
}

fn sweep(case: &Case) -> usize {
    let root = tempfile::tempdir().unwrap();
    let prepared = root.path().join("prepared");
    std::fs::create_dir(&prepared).unwrap();
    (case.prepare)(&prepared);
    let before = (case.observe)(&prepared);

    let reference = root.path().join("reference");
    copy_dir(&prepared, &reference);
    let args = (case.args)(&reference);
    let calls = count_calls(&reference, &args);
    eprintln!("{}: {calls:?}", case.name);
    let after = (case.observe)(&reference);
    assert_ne!(
        before, after,
        "{}: the command changes something",
        case.name
    );
    assert!(
        calls.iter().any(|(c, n)| *c == "pwrite64" && *n > 0),
        "{}: strace saw the writes: {calls:?}",
        case.name
    );

    let mut kills = 0;
    for (call, count) in calls {
        for n in points(count) {
            let run = root.path().join(format!("{call}-{n}"));
            copy_dir(&prepared, &run);
            let args = (case.args)(&run);
            let status = Command::new(strace())
                .args(["-f", "-o", "/dev/null"])
                .arg(format!("-e trace={call}").replace(' ', ""))
                .arg(format!("-e inject={call}:signal=KILL:when={n}").replace(' ', ""))
                .arg(tavle_bin())
                .args(&args)
                .current_dir(&run)
                .env("LANG", "C")
                .status()
                .unwrap();
            if !status.success() {
                kills += 1;
            }
            let what = format!("{} killed at {call} #{n}", case.name);
            let listed = tavle(["list", run.join("e.tavle").to_str().unwrap()]);
            assert_eq!(listed.code, 0, "{what}: tavle list: {}", listed.stderr);
            let seen = (case.observe)(&run);
            assert!(
                seen == before || seen == after,
                "{what}: the file holds neither the state before nor the state after"
            );
            std::fs::remove_dir_all(&run).unwrap();
        }
    }
    kills
}

fn run_ok(dir: &Path, args: &[&str]) {
    let out = Command::new(tavle_bin())
        .args(args)
        .current_dir(dir)
        .env("LANG", "C")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "tavle {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The example board, then a change of status: what was saved before the crash.
fn small_board(dir: &Path) {
    run_ok(dir, &["import", "e.tavle", EXAMPLE]);
    run_ok(dir, &["status", "e.tavle", "--row", "2", "--to", "done"]);
}

/// A board of 700 rows of 2 500 characters (a file that grows by megabytes in one commit).
fn big_board_json(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(EXAMPLE).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["board"]["unit"] = "Stor enhet".into();
    let long = "Tiltak med mye tekst. ".repeat(114);
    let rows: Vec<serde_json::Value> = (0..700)
        .map(|i| {
            serde_json::json!({
                "goal": format!("Mål {i}"),
                "measure": long[..2500].to_string(),
                "status": "in_progress",
            })
        })
        .collect();
    json["board"]["rows"] = rows.into();
    let path = dir.join("stor.json");
    std::fs::write(&path, serde_json::to_vec(&json).unwrap()).unwrap();
    path
}

fn live_file(dir: &Path) -> String {
    format!("{:?}", state(&dir.join("e.tavle")))
}

fn live_file_and_share(dir: &Path) -> String {
    format!(
        "{:?} {:?}",
        state(&dir.join("e.tavle")),
        snapshots(&dir.join("delt"))
    )
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

#[test]
fn an_import_that_grows_the_file_killed_at_any_write_keeps_every_earlier_change() {
    let kills = sweep(&Case {
        name: "import",
        prepare: |dir| {
            small_board(dir);
            big_board_json(dir);
        },
        args: |_| strings(&["import", "e.tavle", "stor.json"]),
        observe: live_file,
    });
    eprintln!("import: {kills} kills");
    assert!(kills > 20, "the sweep killed the import {kills} times");
}

#[test]
fn a_status_change_killed_at_any_write_is_either_saved_or_not_and_the_file_opens() {
    let kills = sweep(&Case {
        name: "status",
        prepare: small_board,
        args: |_| strings(&["status", "e.tavle", "--row", "3", "--to", "done"]),
        observe: live_file,
    });
    assert!(
        kills > 5,
        "the sweep killed the status change {kills} times"
    );
}

#[test]
fn a_restore_killed_at_any_write_leaves_the_file_as_it_was_or_restored() {
    let kills = sweep(&Case {
        name: "restore",
        prepare: |dir| {
            small_board(dir);
            // A copy of the file as it is now; then the file gets one more change.
            let newest = dir.join("e.tavle");
            std::fs::copy(&newest, dir.join("kopi.tavle")).unwrap();
            run_ok(dir, &["status", "e.tavle", "--row", "1", "--to", "paused"]);
        },
        args: |_| strings(&["restore", "e.tavle", "--from", "kopi.tavle"]),
        observe: live_file,
    });
    assert!(kills > 5, "the sweep killed the restore {kills} times");
}

#[test]
fn a_publish_killed_at_any_write_leaves_the_old_or_the_new_snapshot_and_the_file_untouched() {
    let kills = sweep(&Case {
        name: "publish",
        prepare: |dir| {
            small_board(dir);
            std::fs::create_dir(dir.join("delt")).unwrap();
            run_ok(dir, &["publish", "e.tavle", "--to", "delt"]);
            run_ok(dir, &["status", "e.tavle", "--row", "3", "--to", "done"]);
        },
        args: |_| strings(&["publish", "e.tavle", "--to", "delt"]),
        observe: live_file_and_share,
    });
    assert!(kills > 5, "the sweep killed the publish {kills} times");
}

/// The lines of an `strace -f -y` log for `tavle status`.
fn traced_status(dir: &Path) -> Vec<String> {
    small_board(dir);
    let log = dir.join("strace.log");
    let status = Command::new(strace())
        .args(["-f", "-y", "-o"])
        .arg(&log)
        .arg("-e")
        .arg("trace=unlink,unlinkat,fsync,fdatasync")
        .arg(tavle_bin())
        .args(["status", "e.tavle", "--row", "3", "--to", "done"])
        .current_dir(dir)
        .env("LANG", "C")
        .status()
        .unwrap();
    assert!(status.success());
    std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn a_saved_change_survives_a_power_cut_because_the_folder_is_synced_after_the_commit() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().canonicalize().unwrap();
    let lines = traced_status(&folder);
    let journal = format!("{}", folder.join("e.tavle-journal").display());
    let commits: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.contains("unlink") && l.contains(&journal) && l.contains("= 0"))
        .map(|(i, _)| i)
        .collect();
    assert!(
        !commits.is_empty(),
        "the status change commits by removing its journal:\n{}",
        lines.join("\n")
    );
    let folder_sync = format!("<{}>)", folder.display());
    for commit in commits {
        let synced = lines[commit + 1..]
            .iter()
            .take_while(|l| !(l.contains("unlink") && l.contains(&journal)))
            .any(|l| l.contains("sync(") && l.contains(&folder_sync));
        assert!(
            synced,
            "the folder is synced after the journal's unlink (line {commit}):\n{}",
            lines.join("\n")
        );
    }
}

#[test]
fn every_rename_of_a_finished_file_is_followed_by_a_sync_of_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().canonicalize().unwrap();
    small_board(&folder);
    std::fs::create_dir(folder.join("delt")).unwrap();
    let share = folder.join("delt");
    let commands: [(&str, Vec<&str>, PathBuf); 4] = [
        (
            "export -o",
            vec![
                "export", "e.tavle", "--board", "1", "--format", "csv", "-o", "ut.csv",
            ],
            folder.clone(),
        ),
        (
            "print -o",
            vec![
                "print", "e.tavle", "--board", "1", "--what", "plan", "-o", "plan.pdf",
            ],
            folder.clone(),
        ),
        (
            "publish",
            vec!["publish", "e.tavle", "--to", "delt"],
            share.clone(),
        ),
        (
            "rollup -o",
            vec!["rollup", "delt", "--format", "csv", "-o", "oversikt.csv"],
            folder.clone(),
        ),
    ];
    for (what, args, renamed_into) in commands {
        let log = folder.join("rename.log");
        let status = Command::new(strace())
            .args(["-f", "-y", "-o"])
            .arg(&log)
            .arg("-e")
            .arg("trace=rename,renameat,renameat2,fsync,fdatasync")
            .arg(tavle_bin())
            .args(&args)
            .current_dir(&folder)
            .env("LANG", "C")
            .status()
            .unwrap();
        assert!(status.success(), "{what} runs");
        let lines: Vec<String> = std::fs::read_to_string(&log)
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect();
        let renames: Vec<usize> = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.contains("rename") && l.contains("= 0"))
            .map(|(i, _)| i)
            .collect();
        assert!(!renames.is_empty(), "{what} renames a finished file");
        let folder_sync = format!("<{}>)", renamed_into.display());
        let last = *renames.last().unwrap();
        assert!(
            lines[last + 1..]
                .iter()
                .any(|l| l.contains("sync(") && l.contains(&folder_sync)),
            "{what}: the folder is synced after the rename:\n{}",
            lines.join("\n")
        );
    }
}

#[test]
fn reading_a_file_creates_nothing_in_its_folder_not_even_for_a_moment() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().canonicalize().unwrap();
    small_board(&folder);
    std::fs::create_dir(folder.join("delt")).unwrap();
    run_ok(&folder, &["publish", "e.tavle", "--to", "delt"]);
    for args in [
        vec!["list", "e.tavle"],
        vec!["show", "e.tavle", "--board", "1"],
        vec!["rollup", "delt"],
    ] {
        let log = folder.join("open.log");
        let status = Command::new(strace())
            .args(["-f", "-o"])
            .arg(&log)
            .args(["-e", "trace=openat,creat,mkdir,unlink,unlinkat,rename"])
            .arg(tavle_bin())
            .args(&args)
            .current_dir(&folder)
            .env("LANG", "C")
            .status()
            .unwrap();
        assert!(status.success(), "{args:?}");
        let made: Vec<String> = std::fs::read_to_string(&log)
            .unwrap()
            .lines()
            .filter(|l| {
                (l.contains("O_CREAT") || l.contains("mkdir(") || l.contains("unlink"))
                    && !l.contains("/dev/")
                    && !l.contains("/proc/")
            })
            .map(str::to_string)
            .collect();
        assert!(
            made.is_empty(),
            "tavle {args:?} created or removed: {made:?}"
        );
    }
}
