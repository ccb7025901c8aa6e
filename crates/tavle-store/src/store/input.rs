//! Workshop cards ("innspill"): captured under one of the three questions, edited, voted
//! on, merged, moved, deleted and restored, and turned into board rows ("Til tavla").
//!
//! `position` is kept dense (0..n-1 per board, all questions together) by every write here.
//! A card's place within its question is its order among that question's cards, so moving a
//! card only reshuffles the positions its own question already holds.

use rusqlite::{params, Connection, OptionalExtension};

use super::{
    board, changed_elsewhere, input_not_found, row, DeletedInput, MergedInputs, Store, Version,
};
use tavle_model::error::{Error, Result};
use tavle_model::model::{
    check_text, BoardId, CardsToRow, InputId, Question, Row, RowId, MAX_VOTES,
};

/// A card's board, place, question, text, votes and row.
struct Card {
    board: BoardId,
    position: usize,
    question: Question,
    text: String,
    votes: u32,
    row: Option<RowId>,
}

fn card(conn: &Connection, id: InputId) -> Result<Card> {
    conn.query_row(
        "SELECT board_id, position, question, text, votes, row_id FROM input WHERE id = ?1",
        [id.0],
        |r| {
            Ok(Card {
                board: BoardId(r.get(0)?),
                position: r.get(1)?,
                question: r.get(2)?,
                text: r.get(3)?,
                votes: r.get(4)?,
                row: r.get::<_, Option<i64>>(5)?.map(RowId),
            })
        },
    )
    .optional()?
    .ok_or_else(|| input_not_found(id))
}

/// A card's text as it is stored: trimmed, line endings as `\n`, never empty.
fn card_text(text: &str) -> Result<String> {
    let text = tavle_model::model::unix_line_breaks(text);
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::invalid(tavle_model::msg!("store-input-empty")));
    }
    check_text(&tavle_model::tr!("store-what-input"), text)?;
    Ok(text.to_string())
}

fn count(conn: &Connection, board: BoardId) -> Result<usize> {
    Ok(conn.query_row(
        "SELECT count(*) FROM input WHERE board_id = ?1",
        [board.0],
        |r| r.get(0),
    )?)
}

/// Writes a card at `position` among all the board's cards, making room there.
fn insert_at(conn: &Connection, board: BoardId, position: usize, card: &Card) -> Result<InputId> {
    conn.execute(
        "UPDATE input SET position = position + 1 WHERE board_id = ?1 AND position >= ?2",
        params![board.0, position],
    )?;
    conn.execute(
        "INSERT INTO input (board_id, position, question, text, votes, row_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            board.0,
            position,
            card.question,
            card.text,
            card.votes,
            card.row.map(|r| r.0)
        ],
    )?;
    Ok(InputId(conn.last_insert_rowid()))
}

/// Removes a card and closes the gap it leaves.
fn remove(conn: &Connection, id: InputId, card: &Card) -> Result<()> {
    conn.execute("DELETE FROM input WHERE id = ?1", [id.0])?;
    conn.execute(
        "UPDATE input SET position = position - 1 WHERE board_id = ?1 AND position > ?2",
        params![card.board.0, card.position],
    )?;
    Ok(())
}

/// The row id if it still exists on `board`; a row deleted since is forgotten.
fn live_row(conn: &Connection, board: BoardId, row: Option<RowId>) -> Result<Option<RowId>> {
    let Some(row) = row else { return Ok(None) };
    let found: Option<i64> = conn
        .query_row(
            "SELECT id FROM row WHERE id = ?1 AND board_id = ?2",
            params![row.0, board.0],
            |r| r.get(0),
        )
        .optional()?;
    Ok(found.map(RowId))
}

fn deleted(card: Card) -> DeletedInput {
    DeletedInput {
        board: card.board,
        position: card.position,
        question: card.question,
        text: card.text,
        votes: card.votes,
        row: card.row,
    }
}

/// Puts a deleted card back at its old place (or last, if the board has fewer cards now).
fn restore(conn: &Connection, deleted: &DeletedInput) -> Result<InputId> {
    board::year_of(conn, deleted.board)?;
    let text = card_text(&deleted.text)?;
    let position = deleted.position.min(count(conn, deleted.board)?);
    let row = live_row(conn, deleted.board, deleted.row)?;
    insert_at(
        conn,
        deleted.board,
        position,
        &Card {
            board: deleted.board,
            position,
            question: deleted.question,
            text,
            votes: deleted.votes.min(MAX_VOTES),
            row,
        },
    )
}

impl Store {
    /// Adds a card under `question`, after the cards already there.
    pub fn add_input(&mut self, board: BoardId, question: Question, text: &str) -> Result<InputId> {
        let text = card_text(text)?;
        self.with_tx(|tx| {
            board::year_of(tx, board)?;
            let position = count(tx, board)?;
            insert_at(
                tx,
                board,
                position,
                &Card {
                    board,
                    position,
                    question,
                    text,
                    votes: 0,
                    row: None,
                },
            )
        })
    }

    /// Changes a card's text, if the card is still at version `expected` (`None`: whatever
    /// the version). Returns the new version.
    pub fn update_input_text(
        &mut self,
        id: InputId,
        expected: Option<Version>,
        text: &str,
    ) -> Result<Version> {
        let text = card_text(text)?;
        self.with_tx(|tx| {
            let changed = tx.execute(
                "UPDATE input SET text = ?2, version = version + 1
                 WHERE id = ?1 AND (?3 IS NULL OR version = ?3)",
                params![id.0, text, expected],
            )?;
            let now: Version = tx
                .query_row("SELECT version FROM input WHERE id = ?1", [id.0], |r| {
                    r.get(0)
                })
                .optional()?
                .ok_or_else(|| input_not_found(id))?;
            match changed {
                0 => Err(changed_elsewhere(tavle_model::tr!("store-what-input"))),
                _ => Ok(now),
            }
        })
    }

    /// Adds `delta` sticky dots (negative takes them off; never below 0). Returns the new count.
    pub fn vote_input(&mut self, id: InputId, delta: i32) -> Result<u32> {
        self.with_tx(|tx| {
            let votes = i64::from(card(tx, id)?.votes) + i64::from(delta);
            let votes = votes.clamp(0, i64::from(MAX_VOTES));
            tx.execute(
                "UPDATE input SET votes = ?2 WHERE id = ?1",
                params![id.0, votes],
            )?;
            Ok(votes as u32)
        })
    }

    /// Moves a card to `position` (0-based) among the cards of its own question.
    pub fn move_input(&mut self, id: InputId, position: usize) -> Result<()> {
        self.with_tx(|tx| {
            let moving = card(tx, id)?;
            let mut stmt = tx.prepare_cached(
                "SELECT id, position FROM input WHERE board_id = ?1 AND question = ?2
                 ORDER BY position, id",
            )?;
            let (mut ids, places): (Vec<i64>, Vec<i64>) = stmt
                .query_map(params![moving.board.0, moving.question], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?
                .collect::<rusqlite::Result<Vec<(i64, i64)>>>()?
                .into_iter()
                .unzip();
            if position >= ids.len() {
                return Err(Error::invalid(tavle_model::msg!(
                    "store-input-no-place",
                    n = (position + 1).to_string(),
                    count = ids.len().to_string()
                )));
            }
            ids.retain(|&i| i != id.0);
            ids.insert(position, id.0);
            // The question keeps the places it had; only who sits where changes.
            let mut update = tx.prepare_cached("UPDATE input SET position = ?2 WHERE id = ?1")?;
            for (card_id, place) in ids.iter().zip(&places) {
                update.execute(params![card_id, place])?;
            }
            Ok(())
        })
    }

    /// Deletes a card and returns what is needed to undo it.
    pub fn delete_input(&mut self, id: InputId) -> Result<DeletedInput> {
        self.with_tx(|tx| {
            let card = card(tx, id)?;
            remove(tx, id, &card)?;
            Ok(deleted(card))
        })
    }

    /// Puts a deleted card back where it was, with its votes and row. It gets a new id.
    pub fn restore_input(&mut self, deleted: &DeletedInput) -> Result<InputId> {
        self.with_tx(|tx| restore(tx, deleted))
    }

    /// Merges card `other` into card `keep`: one card with both texts (a line each), the
    /// votes added up, and `keep`'s row or else `other`'s. `other` is deleted.
    pub fn merge_inputs(&mut self, keep: InputId, other: InputId) -> Result<MergedInputs> {
        if keep == other {
            return Err(Error::invalid(tavle_model::msg!("store-merge-self")));
        }
        self.with_tx(|tx| {
            let kept = card(tx, keep)?;
            let merged = card(tx, other)?;
            if kept.board != merged.board {
                return Err(Error::invalid(tavle_model::msg!("store-merge-other-board")));
            }
            let text = format!("{}\n{}", kept.text, merged.text);
            check_text(&tavle_model::tr!("store-what-merged-input"), &text)?;
            // Saturating: votes from a hand-edited file cannot overflow the sum.
            let votes = kept.votes.saturating_add(merged.votes).min(MAX_VOTES);
            tx.execute(
                "UPDATE input SET text = ?2, votes = ?3, row_id = ?4, version = version + 1
                 WHERE id = ?1",
                params![keep.0, text, votes, kept.row.or(merged.row).map(|r| r.0)],
            )?;
            remove(tx, other, &merged)?;
            Ok(MergedInputs {
                kept: keep,
                kept_text: kept.text,
                kept_votes: kept.votes,
                kept_row: kept.row,
                merged: deleted(merged),
            })
        })
    }

    /// Undoes a merge: the kept card gets back its text, votes and row, and the merged card
    /// comes back at its old place (with a new id, which is returned).
    pub fn unmerge_inputs(&mut self, merge: &MergedInputs) -> Result<InputId> {
        let text = card_text(&merge.kept_text)?;
        self.with_tx(|tx| {
            let kept = card(tx, merge.kept)?;
            let row = live_row(tx, kept.board, merge.kept_row)?;
            tx.execute(
                "UPDATE input SET text = ?2, votes = ?3, row_id = ?4, version = version + 1
                 WHERE id = ?1",
                params![
                    merge.kept.0,
                    text,
                    merge.kept_votes.min(MAX_VOTES),
                    row.map(|r| r.0)
                ],
            )?;
            restore(tx, &merge.merged)
        })
    }

    /// "Til tavla": a new row, last on the board, whose Ideer are the cards' texts (one per
    /// line, in the order given) and the rest from the form; every card remembers the row.
    pub fn inputs_to_row(
        &mut self,
        board: BoardId,
        cards: &[InputId],
        form: &CardsToRow,
    ) -> Result<RowId> {
        if cards.is_empty() {
            return Err(Error::invalid(tavle_model::msg!("store-to-row-none")));
        }
        self.with_tx(|tx| {
            board::year_of(tx, board)?;
            let mut texts = Vec::with_capacity(cards.len());
            for &id in cards {
                let card = card(tx, id)?;
                if card.board != board {
                    return Err(Error::invalid(tavle_model::msg!(
                        "store-to-row-other-board",
                        id = id.to_string()
                    )));
                }
                if !texts.contains(&card.text) {
                    texts.push(card.text);
                }
            }
            let new_row = Row {
                goal: form.goal.trim().to_string(),
                ideas: texts.join("\n"),
                measure: form.measure.trim().to_string(),
                kind: form.kind,
                level: form.level,
                owner: form.owner.trim().to_string(),
                when_text: form.when_text.trim().to_string(),
                due: form.due,
                created_on: Some(tavle_model::today()),
                ..Row::default()
            };
            new_row.validate(&tavle_model::tr!("store-what-row"))?;
            let position = row::count(tx, board)?;
            let row_id = row::insert_at(tx, board, position, &new_row)?;
            let mut link = tx.prepare_cached("UPDATE input SET row_id = ?2 WHERE id = ?1")?;
            for id in cards {
                link.execute(params![id.0, row_id.0])?;
            }
            Ok(row_id)
        })
    }
}
