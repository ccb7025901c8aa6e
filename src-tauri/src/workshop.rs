//! Commands of the Workshop screen: the cards (innspill) typed while people talk, their
//! sticky dots, and "Til tavla". Like [`crate::commands`], each one parses, calls one core
//! function and returns data; the rules (text length, votes never below 0, which row a card
//! became) live in the core's store.

use tauri::State;
use tavle_model::{BoardId, CardsToRowEntry, InputId, Question, Result, RowId};
use tavle_store::store::{DeletedInput, MergedInputs};

use crate::commands::with_store;
use crate::state::AppState;

/// Adds a card under `question`, last.
#[tauri::command]
pub fn add_input(
    state: State<'_, AppState>,
    board: BoardId,
    question: Question,
    text: String,
) -> Result<InputId> {
    with_store(&state, |s| s.add_input(board, question, &text))
}

/// Changes a card's text; `version` is the card's version the screen read, when it knows it
/// (a card changed elsewhere since is refused as a conflict). Returns the new version.
#[tauri::command]
pub fn update_input(
    state: State<'_, AppState>,
    input: InputId,
    text: String,
    version: Option<tavle_store::store::Version>,
) -> Result<tavle_store::store::Version> {
    with_store(&state, |s| s.update_input_text(input, version, &text))
}

/// Adds (`delta` > 0) or takes off sticky dots; returns the card's new count.
#[tauri::command]
pub fn vote_input(state: State<'_, AppState>, input: InputId, delta: i32) -> Result<u32> {
    with_store(&state, |s| s.vote_input(input, delta))
}

/// Moves a card to `position` (0-based) among the cards of its question.
#[tauri::command]
pub fn move_input(state: State<'_, AppState>, input: InputId, position: usize) -> Result<()> {
    with_store(&state, |s| s.move_input(input, position))
}

/// Deletes a card; the UI keeps the answer to undo with `restore_input`.
#[tauri::command]
pub fn delete_input(state: State<'_, AppState>, input: InputId) -> Result<DeletedInput> {
    with_store(&state, |s| s.delete_input(input))
}

#[tauri::command]
pub fn restore_input(state: State<'_, AppState>, deleted: DeletedInput) -> Result<InputId> {
    with_store(&state, |s| s.restore_input(&deleted))
}

/// Merges card `other` into `keep`; the UI keeps the answer to undo with `unmerge_inputs`.
#[tauri::command]
pub fn merge_inputs(
    state: State<'_, AppState>,
    keep: InputId,
    other: InputId,
) -> Result<MergedInputs> {
    with_store(&state, |s| s.merge_inputs(keep, other))
}

#[tauri::command]
pub fn unmerge_inputs(state: State<'_, AppState>, merge: MergedInputs) -> Result<InputId> {
    with_store(&state, |s| s.unmerge_inputs(&merge))
}

/// "Til tavla": the chosen cards become a new row, last on the board; Frist as typed.
#[tauri::command]
pub fn inputs_to_row(
    state: State<'_, AppState>,
    board: BoardId,
    inputs: Vec<InputId>,
    form: CardsToRowEntry,
) -> Result<RowId> {
    let form = form.parse()?;
    with_store(&state, |s| s.inputs_to_row(board, &inputs, &form))
}
