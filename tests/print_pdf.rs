//! Printing read back: the PDFs are opened with poppler's tools (pdfinfo, pdftotext,
//! pdffonts) and checked for page size, page count, every cell's text and the fonts.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;
use tavle::print::{self, Paper, What};

/// Writes the PDF to a temporary directory (or to `TAVLE_PRINT_KEEP` to look at it).
fn write_pdf(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    if let Ok(keep) = std::env::var("TAVLE_PRINT_KEEP") {
        std::fs::create_dir_all(&keep).unwrap();
        std::fs::copy(&path, Path::new(&keep).join(name)).unwrap();
    }
    path
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} (poppler-utils) must be installed: {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn demo_files_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let today = date(2025, 3, 20);
    let b = board_with_rows(24);
    for (name, what, paper) in [
        ("board-a3.pdf", What::Board, None),
        ("board-a4.pdf", What::Board, Some(Paper::A4)),
        ("plan-a4.pdf", What::Plan, None),
        ("workshop-a3.pdf", What::Workshop, None),
    ] {
        let board = if name.starts_with("board-a3") {
            seed_board()
        } else {
            b.clone()
        };
        let bytes = print::pdf(&board, what, paper, today).unwrap();
        let p = write_pdf(dir.path(), name, &bytes);
        println!(
            "{name}: {} bytes\n{}",
            bytes.len(),
            tool("pdfinfo", &[p.to_str().unwrap()])
        );
    }
}
