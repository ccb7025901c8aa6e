//! A writer killed with SIGKILL at random moments never damages the file and never loses an
//! edit it had reported as committed.
//!
//! The test binary runs itself as the writer: with `TAVLE_CRASH_CHILD` set, this same test
//! function opens the file and edits it forever, printing `committed N` after each
//! transaction. The parent kills it after a random delay, then checks the file.

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

use chrono::NaiveDate;
use tavle::store::{backup_dir, Store, BACKUPS_KEPT};
use tavle::{Board, BoardId, Row, RowId, Status, StatusChange};

const TEST_NAME: &str = "a_writer_killed_at_random_moments_never_loses_a_committed_edit";
const CHILD_ENV: &str = "TAVLE_CRASH_CHILD";
const ROUND_ENV: &str = "TAVLE_CRASH_ROUND";
const KILLS: usize = 100;

/// Edit `n` of round `round` is one of three kinds, each one transaction.
fn label(round: usize, n: usize) -> String {
    format!("runde {round} endring {n}")
}

/// The writer: never returns; it is killed, or gives up after a while if nobody does.
fn child(path: &Path, round: usize) -> ! {
    let started = Instant::now();
    let mut out = std::io::stdout().lock();
    let mut say = |line: &str| {
        if writeln!(out, "{line}").and_then(|()| out.flush()).is_err() {
            std::process::exit(0); // the parent is gone
        }
    };
    // libtest has printed "test NAME ... " without a line break; start on a fresh line.
    say("");
    let mut store = match Store::open(path) {
        Ok(store) => store,
        Err(e) => {
            say(&format!("error {e}"));
            std::process::exit(1);
        }
    };
    say("ready");
    let board = BoardId(1);
    let mut last_row: Option<RowId> = None;
    let day = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    for n in 0.. {
        if started.elapsed() > Duration::from_secs(20) {
            std::process::exit(0);
        }
        let result = match (n % 3, last_row) {
            // One day for all, so each change goes last; the status alternates, because a
            // change to the status already in force writes nothing.
            (1, Some(row)) => store
                .change_status(
                    row,
                    &StatusChange {
                        on: day,
                        status: if (n / 3) % 2 == 0 {
                            Status::InProgress
                        } else {
                            Status::Paused
                        },
                        note: label(round, n),
                    },
                )
                .map(|_| ()),
            (2, Some(row)) => store.move_row(row, 0),
            _ => {
                let row = Row {
                    goal: label(round, n),
                    measure: "Tiltak skrevet av en prosess som blir drept".into(),
                    ..Row::default()
                };
                // Half the rows go first, so adding renumbers the others too.
                let position = if n % 2 == 0 { None } else { Some(0) };
                store.add_row(board, &row, position).map(|id| {
                    last_row = Some(id);
                })
            }
        };
        match result {
            Ok(()) => say(&format!("committed {n}")),
            Err(e) => {
                say(&format!("error {e}"));
                std::process::exit(1);
            }
        }
    }
    unreachable!()
}

/// xorshift64*: enough randomness for kill moments without a crate.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}

#[test]
fn a_writer_killed_at_random_moments_never_loses_a_committed_edit() {
    if let Ok(path) = std::env::var(CHILD_ENV) {
        let round = std::env::var(ROUND_ENV)
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(0);
        child(Path::new(&path), round);
    }

    let seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    println!("seed {seed}");
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("krasj.tavle");
    let board = Store::create(&path)
        .unwrap()
        .insert_board(&Board::new("Krasjtesten", 2025))
        .unwrap();
    assert_eq!(board, BoardId(1));

    let started = Instant::now();
    let mut total_committed = 0;
    let mut killed_before_ready = 0;
    for round in 0..KILLS {
        let mut writer = Command::new(std::env::current_exe().unwrap())
            .args([TEST_NAME, "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &path)
            .env(ROUND_ENV, round.to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = writer.stdout.take().unwrap();
        let (lines_tx, lines) = mpsc::channel::<String>();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if lines_tx.send(line).is_err() {
                    break;
                }
            }
        });

        let mut seen: Vec<String> = Vec::new();
        if round % 5 == 4 {
            // Now and then kill early: while it opens the file or takes its backup.
            std::thread::sleep(Duration::from_millis(rng.below(40)));
        } else {
            let deadline = Instant::now() + Duration::from_secs(15);
            loop {
                let line = lines
                    .recv_timeout(deadline.saturating_duration_since(Instant::now()))
                    .expect("the writer never said it was ready");
                let ready = line == "ready";
                seen.push(line);
                if ready {
                    break;
                }
            }
            // Let it commit one to three edits first, so every round tests committed work
            // however slow the disk is today, then kill at a random moment of the next.
            let wanted = 1 + rng.below(3) as usize;
            let mut committed = 0;
            while committed < wanted {
                let line = lines
                    .recv_timeout(deadline.saturating_duration_since(Instant::now()))
                    .expect("the writer stopped committing");
                committed += usize::from(line.starts_with("committed "));
                seen.push(line);
            }
            std::thread::sleep(Duration::from_millis(rng.below(8)));
        }
        writer.kill().unwrap(); // SIGKILL on Unix: no destructors, no flush, no checkpoint
        writer.wait().unwrap();
        reader.join().unwrap();
        seen.extend(lines.try_iter());
        if !seen.iter().any(|l| l == "ready") {
            killed_before_ready += 1;
        }

        if let Some(error) = seen.iter().find(|l| l.starts_with("error")) {
            panic!("round {round}: the writer failed: {error} (seed {seed})");
        }
        let committed: Vec<usize> = seen
            .iter()
            .filter_map(|l| l.strip_prefix("committed "))
            .map(|n| n.parse().unwrap())
            .collect();
        total_committed += committed.len();

        let store = Store::open(&path).unwrap_or_else(|e| {
            panic!("round {round}: the file no longer opens: {e} (seed {seed})")
        });
        store
            .integrity_check()
            .unwrap_or_else(|e| panic!("round {round}: {e} (seed {seed})"));
        let loaded = store.load_board(board).unwrap().board;
        loaded
            .validate()
            .unwrap_or_else(|e| panic!("round {round}: {e} (seed {seed})"));
        let goals: HashSet<&str> = loaded.rows.iter().map(|r| r.goal.as_str()).collect();
        let notes: HashSet<&str> = loaded
            .rows
            .iter()
            .flat_map(|r| r.history.iter().map(|c| c.note.as_str()))
            .collect();
        for n in committed {
            let wanted = label(round, n);
            match n % 3 {
                1 => assert!(
                    notes.contains(wanted.as_str()),
                    "round {round}: committed status change {n} is missing (seed {seed})"
                ),
                2 => {} // a move: checked by validate() and the integrity check
                _ => assert!(
                    goals.contains(wanted.as_str()),
                    "round {round}: committed row {n} is missing (seed {seed})"
                ),
            }
        }
    }

    let backups = std::fs::read_dir(backup_dir(&path))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with("krasj-") && name.ends_with(".tavle")
        })
        .count();
    assert!(backups <= BACKUPS_KEPT, "{backups} backups kept");
    println!(
        "{KILLS} kills, {total_committed} committed edits checked, {killed_before_ready} \
         kills before the writer was ready, {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(
        total_committed > KILLS,
        "too few edits were made to mean much"
    );
}
