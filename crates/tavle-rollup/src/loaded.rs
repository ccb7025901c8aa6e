//! What the roll-up is made from: the boards read from the shared folder (read by
//! `tavle_formats::hr_folder`), and the files left out with their reasons.

use std::path::PathBuf;

use chrono::NaiveDateTime;
use serde::Serialize;

use tavle_model::model::{Board, BoardId};

/// A board read for the roll-up.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedBoard {
    pub file: PathBuf,
    pub id: BoardId,
    pub board: Board,
    /// When the file (or the WAL of a live file) was last written.
    pub last_changed: Option<NaiveDateTime>,
    /// The name of the subfolder it was found in (a folder per sector), "" at the top.
    pub folder: String,
}

/// A file left out of the overview, and why (in Norwegian).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub file: PathBuf,
    pub reason: String,
}

/// Everything read from the folders and files given.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Loaded {
    pub boards: Vec<LoadedBoard>,
    pub skipped: Vec<Skipped>,
}
