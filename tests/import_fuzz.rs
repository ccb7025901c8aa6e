//! JSON import against thousands of damaged board files: random mutations of the example
//! board (a seeded mutator, so a failure can be replayed). Never a panic; every refusal is
//! bad input (exit 2) and leaves the `.tavle` file byte for byte as it was. Most cases call
//! the core in-process (what `tavle import` calls); a handful go through the binary.
//! Plus the rules the mutations hunt for, as plain cases: dates outside the years Tavle
//! accepts, empty cards and absurd vote counts.

mod cli_support;

use std::panic::{catch_unwind, AssertUnwindSafe};

use cli_support::{Scratch, EXAMPLE};
use tavle::exchange::read_board_json;
use tavle::store::Store;

/// A small xorshift generator: enough randomness, no dependency, same cases every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Values that sit on the edges of what the format allows.
const TOKENS: &[&str] = &[
    "\"-0001-01-01\"",
    "\"+10000-01-01\"",
    "\"2025-02-30\"",
    "\"1999-12-31\"",
    "\"2101-01-01\"",
    "\"\"",
    "\"   \"",
    "null",
    "true",
    "-1",
    "0",
    "4294967295",
    "4294967296",
    "18446744073709551616",
    "1e309",
    "-0.0",
    "100.0001",
    "\"ø\"",
    "[]",
    "{}",
    "[",
    "}",
    ",",
    ":",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"done\"",
    "\"works_well\"",
    "\"2025-13\"",
    "\"2025-00\"",
    "\"ekstra\": 1,",
];

fn mutate(base: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut bytes = base.to_vec();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(bytes.len());
        match rng.below(7) {
            0 => bytes[at] ^= 1 << rng.below(8),
            1 => {
                let end = (at + 1 + rng.below(40)).min(bytes.len());
                bytes.drain(at..end);
            }
            2 => {
                let end = (at + 1 + rng.below(60)).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                let to = rng.below(bytes.len());
                bytes.splice(to..to, copy);
            }
            3 => bytes.truncate(at),
            // Replace a JSON value (after a colon) with an edge value.
            4 | 5 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                if let Some(colon) = bytes[at..].iter().position(|&b| b == b':') {
                    let start = at + colon + 1;
                    let end = bytes[start..]
                        .iter()
                        .position(|&b| b == b',' || b == b'\n' || b == b'}')
                        .map_or(bytes.len(), |p| start + p);
                    bytes.splice(start..end, token.iter().copied());
                }
            }
            _ => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                bytes.splice(at..at, token.iter().copied());
            }
        }
        if bytes.is_empty() {
            break;
        }
    }
    bytes
}

#[test]
fn thousands_of_mutated_board_files_never_panic_and_every_refusal_leaves_the_file_untouched() {
    let base = std::fs::read(EXAMPLE).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fuzz.tavle");
    let mut store = Store::create(&path).unwrap();
    let mut rng = Rng(0x7a76_6c65_2025_1203);
    let (mut accepted, mut refused) = (0, 0);
    for case in 0..3000 {
        let input = mutate(&base, &mut rng);
        let before = std::fs::read(&path).unwrap();
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let board = read_board_json(input.as_slice())?;
            store.insert_board(&board)
        }));
        let result = outcome.unwrap_or_else(|_| {
            panic!(
                "case {case} panicked on:\n{}",
                String::from_utf8_lossy(&input)
            )
        });
        match result {
            Ok(_) => accepted += 1,
            Err(e) => {
                refused += 1;
                assert_eq!(
                    e.exit_code(),
                    2,
                    "case {case}: {e}\n{}",
                    String::from_utf8_lossy(&input)
                );
                assert!(!e.to_string().is_empty());
                assert_eq!(
                    std::fs::read(&path).unwrap(),
                    before,
                    "case {case} changed the file although it was refused: {e}"
                );
            }
        }
    }
    // The mutator must reach both sides, or it tests nothing.
    assert!(
        accepted > 50 && refused > 1000,
        "{accepted} accepted, {refused} refused"
    );
    store.integrity_check().unwrap();
}

#[test]
fn mutated_board_files_through_the_binary_exit_0_or_2_and_a_refusal_changes_nothing() {
    let base = std::fs::read(EXAMPLE).unwrap();
    let s = Scratch::new();
    s.import_example();
    let mut rng = Rng(0x0bad_f11e_0000_0011);
    for case in 0..20 {
        let input = mutate(&base, &mut rng);
        let json = s.write("mutert.json", &input);
        let before = std::fs::read(&s.file).unwrap();
        let run = cli_support::tavle([
            std::ffi::OsStr::new("import"),
            s.file.as_os_str(),
            json.as_os_str(),
        ]);
        match run.code {
            0 => {}
            2 => {
                assert!(run.stderr.starts_with("Feil"), "case {case}: {run:?}");
                assert_eq!(std::fs::read(&s.file).unwrap(), before, "case {case}");
            }
            other => panic!("case {case}: exit {other}: {run:?}"),
        }
        assert!(!run.stderr.contains("panicked"), "case {case}: {run:?}");
    }
}

fn example_with(from: &str, to: &str) -> String {
    let text = std::fs::read_to_string(EXAMPLE).unwrap();
    assert!(text.contains(from), "the example has no «{from}»");
    text.replacen(from, to, 1)
}

#[test]
fn dates_outside_the_years_tavle_accepts_are_refused_on_import_in_norwegian() {
    let s = Scratch::new();
    s.import_example();
    let before = std::fs::read(&s.file).unwrap();
    for (from, to, says) in [
        (
            "\"due\": \"2025-02-28\"",
            "\"due\": \"-0001-01-01\"",
            "Frist",
        ),
        (
            "\"due\": \"2025-02-28\"",
            "\"due\": \"2101-01-01\"",
            "Frist",
        ),
        (
            "\"on\": \"2025-01-20\"",
            "\"on\": \"1999-12-31\"",
            "statushistorikk",
        ),
    ] {
        let run = s.try_import_text(&example_with(from, to));
        let err = run.refused();
        assert!(
            err.contains(says) && err.contains("utenfor det Tavle godtar"),
            "{err}"
        );
        assert_eq!(std::fs::read(&s.file).unwrap(), before);
    }
}

#[test]
fn an_empty_card_is_refused_on_import_and_absurd_votes_are_capped() {
    let s = Scratch::new();
    let text = std::fs::read_to_string(EXAMPLE).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["board"]["inputs"] = serde_json::json!([
        { "question": "works_well", "text": "  ", "votes": 1 }
    ]);
    let err = s.try_import_text(&value.to_string()).refused();
    assert!(err.contains("Innspill nr. 1 er tomt"), "{err}");
    assert!(
        !s.file.exists(),
        "a refused import must not create the file"
    );

    value["board"]["inputs"] = serde_json::json!([
        { "question": "works_well", "text": "Mange stemmer", "votes": 4294967295u32 },
        { "question": "works_well", "text": "Også mange", "votes": 4294967295u32 }
    ]);
    let id = s.import_text(&value.to_string());
    let mut store = Store::open(&s.file).unwrap();
    let board = store
        .load_board(tavle::BoardId(id.parse().unwrap()))
        .unwrap();
    assert_eq!(board.board.inputs[0].votes, 999);
    // Merging two full cards saturates instead of overflowing.
    let merged = store
        .merge_inputs(board.input_ids[0], board.input_ids[1])
        .unwrap();
    assert_eq!(merged.kept_votes, 999);
    let after = store.load_board(board.id).unwrap();
    assert_eq!(after.board.inputs[0].votes, 999);
}
