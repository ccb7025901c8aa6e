//! PDFs read back with poppler's tools (pdfinfo, pdftotext, from poppler-utils), for the
//! print tests (`tests/print_*.rs`).

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use tavle::print::{self, PageLayout, Paper, Role, What};

/// Points in a millimetre: the layout is in mm, poppler answers in pt.
pub const PT_PER_MM: f64 = 72.0 / 25.4;

/// Prints `board` as of `today` into `dir/name` and returns the PDF's path (also copied to
/// `TAVLE_PRINT_KEEP`, to look at it).
pub fn print_to(
    dir: &Path,
    name: &str,
    board: &tavle::Board,
    what: What,
    paper: Option<Paper>,
    today: NaiveDate,
) -> PathBuf {
    print_in_to(dir, name, board, what, paper, today, tavle::Lang::Nb)
}

/// [`print_to`] with the fixed words in `lang`.
pub fn print_in_to(
    dir: &Path,
    name: &str,
    board: &tavle::Board,
    what: What,
    paper: Option<Paper>,
    today: NaiveDate,
    lang: tavle::Lang,
) -> PathBuf {
    let bytes = print::pdf_in(board, what, paper, today, lang, None).unwrap();
    write_pdf(dir, name, &bytes)
}

/// Writes the PDF to a temporary directory (and to `TAVLE_PRINT_KEEP`, to look at it).
pub fn write_pdf(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    if let Ok(keep) = std::env::var("TAVLE_PRINT_KEEP") {
        std::fs::create_dir_all(&keep).unwrap();
        std::fs::copy(&path, Path::new(&keep).join(name)).unwrap();
    }
    path
}

/// Runs a poppler tool and returns what it printed.
pub fn tool(name: &str, args: &[&str]) -> String {
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

/// One field of `pdfinfo` ("Pages", "Page size", …).
pub fn info(path: &Path, key: &str) -> String {
    let out = tool("pdfinfo", &[path.to_str().unwrap()]);
    out.lines()
        .find_map(|l| l.strip_prefix(&format!("{key}:")))
        .unwrap_or_else(|| panic!("no {key} in {out}"))
        .trim()
        .to_string()
}

/// The text laid out as on the page (`pdftotext -layout`).
pub fn text(path: &Path) -> String {
    tool("pdftotext", &["-layout", path.to_str().unwrap(), "-"])
}

/// The text with every run of white space made one space (wrapped lines read on).
pub fn flat(path: &Path) -> String {
    tool("pdftotext", &[path.to_str().unwrap(), "-"])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A word read back with `pdftotext -bbox`, in points from the page's top-left corner.
pub struct Word {
    pub page: usize,
    pub x: f64,
    pub y: f64,
    pub cx: f64,
    pub cy: f64,
    pub text: String,
}

fn attr(tag: &str, name: &str) -> f64 {
    let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
    let end = start + tag[start..].find('"').unwrap();
    tag[start..end].parse().unwrap()
}

/// Every word of the PDF with its page and box.
pub fn words(path: &Path) -> Vec<Word> {
    let html = tool("pdftotext", &["-bbox", path.to_str().unwrap(), "-"]);
    let mut out = Vec::new();
    let mut page = 0;
    for part in html.split('<').skip(1) {
        if part.starts_with("page ") {
            page += 1;
        } else if let Some(rest) = part.strip_prefix("word ") {
            let (tag, text) = rest.split_once('>').unwrap();
            let (x0, y0, x1, y1) = (
                attr(tag, "xMin"),
                attr(tag, "yMin"),
                attr(tag, "xMax"),
                attr(tag, "yMax"),
            );
            let text = text
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
            out.push(Word {
                page: page - 1,
                x: x0,
                y: y0,
                cx: (x0 + x1) / 2.0,
                cy: (y0 + y1) / 2.0,
                text,
            });
        }
    }
    out
}

/// The table cell (row, column) of the layout whose box holds the word's centre.
pub fn cell_of(pages: &[PageLayout], w: &Word) -> Option<(usize, usize)> {
    pages[w.page].texts.iter().find_map(|t| match t.role {
        Role::Cell { row, col } => {
            let c = t.container;
            let inside = w.cx >= c.x * PT_PER_MM
                && w.cx <= c.right() * PT_PER_MM
                && w.cy >= c.y * PT_PER_MM
                && w.cy <= c.bottom() * PT_PER_MM;
            inside.then_some((row, col))
        }
        _ => None,
    })
}

/// A word in a cell: page, line (half points), x, text.
pub type Placed = (usize, i64, f64, String);

/// A cell's words in reading order (page, line, then left to right), run together.
pub fn in_reading_order(mut ws: Vec<Placed>) -> String {
    ws.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)).then(a.2.total_cmp(&b.2)));
    ws.into_iter().map(|w| w.3).collect()
}
