//! What a leader is told when the file system or another program gets in the way: each
//! message names the real cause (a lock held while only reading, a symbolic link loop, a
//! folder this user may not write, a damaged schema page with a good backup), and a unit
//! name in a script of wide letters publishes.

mod cli_support;

use std::ffi::OsStr;
use std::path::Path;

use cli_support::{exchange, tavle, Scratch};
use serde_json::json;
use tavle::store::{backup_dir, Store};
use tavle::{Board, Row};

#[test]
fn a_read_while_another_program_holds_the_write_lock_does_not_speak_of_unsaved_changes() {
    let (s, _) = Scratch::with_example();
    let before = s.file_bytes();
    let holder = rusqlite::Connection::open(&s.file).unwrap();
    holder
        .execute_batch("BEGIN EXCLUSIVE; UPDATE board SET unit = unit;")
        .unwrap();
    // Waits out the busy timeout (5 s), then gives up.
    let run = s.run("list", &[]);
    holder.execute_batch("ROLLBACK").unwrap();
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains("i bruk av et annet program"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("kunne ikke leses"), "{}", run.stderr);
    assert!(!run.stderr.contains("Ingen endring"), "{}", run.stderr);
    assert_eq!(s.file_bytes(), before);
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_loop_is_said_as_such_not_as_a_full_disk() {
    let (s, id) = Scratch::with_example();
    let looping = s.path("løkke");
    std::os::unix::fs::symlink(&looping, &looping).unwrap();
    // Into a folder that is a link to itself.
    let out = looping.join("rader.csv");
    let run = s.export_to(&id, "csv", &out);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("symbolske lenker"), "{}", run.stderr);
    assert!(!run.stderr.contains("plass på disken"), "{}", run.stderr);
    // A .tavle file that is a link to itself.
    let file = s.path("løkke.tavle");
    std::os::unix::fs::symlink(&file, &file).unwrap();
    let run = tavle([
        OsStr::new("import"),
        file.as_os_str(),
        OsStr::new(cli_support::EXAMPLE),
    ]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("symbolske lenker"), "{}", run.stderr);
    assert!(!run.stderr.contains("plass på disken"), "{}", run.stderr);
}

#[test]
fn a_unit_named_in_wide_letters_publishes_under_a_name_the_disk_takes() {
    let s = Scratch::new();
    let unit = "あ".repeat(80);
    s.import_text(&exchange(json!({ "unit": unit, "year": 2026, "rows": [] })));
    let share = tempfile::tempdir().unwrap();
    let run = tavle([
        OsStr::new("publish"),
        s.file.as_os_str(),
        OsStr::new("--to"),
        share.path().as_os_str(),
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let names: Vec<String> = std::fs::read_dir(share.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].len() <= 200, "{} bytes", names[0].len());
    assert!(names[0].starts_with("あああ") && names[0].ends_with(" 2026.tavle"));
    // The roll-up reads it back with the whole unit name.
    let text = tavle([OsStr::new("rollup"), share.path().as_os_str()]).ok();
    assert!(text.contains(&unit), "{text}");
}

/// Runs the `tavle` binary as the user `nobody` (uid and gid 65534, no groups), with the
/// C locale, or says why it cannot.
#[cfg(unix)]
fn run_as_nobody(args: &[&OsStr]) -> Result<cli_support::Run, String> {
    use std::os::unix::fs::MetadataExt;
    if std::fs::metadata("/proc/self")
        .map(|m| m.uid())
        .unwrap_or(1)
        != 0
    {
        return Err("not root: no other user to run as".into());
    }
    let out = std::process::Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(env!("CARGO_BIN_EXE_tavle"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .output()
        .map_err(|e| format!("setpriv (util-linux) cannot run: {e}"))?;
    Ok(cli_support::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stdout_bytes: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    })
}

#[cfg(unix)]
#[test]
fn a_folder_only_its_owner_may_write_opens_the_file_for_reading_only() {
    use std::os::unix::fs::PermissionsExt;
    let (s, _) = Scratch::with_example();
    // The folder: 0755, owned by root (the test's user); the file: writable by anyone.
    let dir = s.dir.path();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&s.file, std::fs::Permissions::from_mode(0o666)).unwrap();
    let before = s.file_bytes();
    let status = [
        OsStr::new("status"),
        s.file.as_os_str(),
        OsStr::new("--row"),
        OsStr::new("1"),
        OsStr::new("--to"),
        OsStr::new("done"),
    ];
    let run = match run_as_nobody(&status) {
        Ok(run) => run,
        Err(why) => {
            println!("skipped: {why}");
            return;
        }
    };
    // Said plainly as a file that can only be read, with no failed backup on the way.
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("kan bare leses"), "{}", run.stderr);
    assert!(!run.stderr.contains("Sikkerhetskopien"), "{}", run.stderr);
    assert_eq!(s.file_bytes(), before);
    assert!(!backup_dir(&s.file).exists());
    let names: Vec<_> = std::fs::read_dir(dir).unwrap().collect();
    assert_eq!(names.len(), 1, "left beside the file: {names:?}");
    // Reading still works.
    let list = run_as_nobody(&[OsStr::new("list"), s.file.as_os_str()]).unwrap();
    assert!(list.ok().contains("Hjemmesykepleien"));
}

/// Overwrites page 1 after the 100-byte file header (the schema's b-tree page) with junk.
fn damage_schema_page(path: &Path) {
    let mut bytes = std::fs::read(path).unwrap();
    let page = usize::from(u16::from_be_bytes([bytes[16], bytes[17]]));
    for (i, b) in bytes[100..page].iter_mut().enumerate() {
        *b = (i * 13) as u8 ^ 0xa5;
    }
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn a_damaged_schema_page_names_the_newest_good_backup() {
    let s = Scratch::new();
    let id = Store::create(&s.file)
        .unwrap()
        .insert_board(&Board::new("Hjemmesykepleien", 2025))
        .unwrap();
    {
        let mut store = Store::open(&s.file).unwrap();
        let row = Row {
            goal: "Mål".into(),
            ..Row::default()
        };
        store.add_row(id, &row, None).unwrap();
    }
    let backups: Vec<_> = std::fs::read_dir(backup_dir(&s.file))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    damage_schema_page(&s.file);
    let before = s.file_bytes();

    let err = Store::open(&s.file)
        .err()
        .expect("a damaged file is refused");
    assert_eq!(err.kind(), "damaged", "{err}");
    let message = err.to_string();
    assert!(
        message.contains(&backups[0].display().to_string()),
        "{message}"
    );
    assert!(message.contains("tavle restore"), "{message}");
    for command in ["list", "status"] {
        let args: &[&str] = if command == "list" {
            &[]
        } else {
            &["--row", "1", "--to", "done"]
        };
        let run = s.run(command, args);
        assert_eq!(run.code, 2, "{run:?}");
        assert!(
            run.stderr.contains(&backups[0].display().to_string()),
            "{command}: {}",
            run.stderr
        );
    }
    assert_eq!(s.file_bytes(), before);
}
