//! "Prosjekt nærvær": one plan per board, with its milestones in order.

use rusqlite::{params, Connection, OptionalExtension};

use super::{board, changed_elsewhere, Store, Version};
use tavle_model::error::Result;
use tavle_model::model::{BoardId, Milestone, Plan};

fn plan_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Plan> {
    Ok(Plan {
        absence_pct_december: r.get(0)?,
        absence_pct_average: r.get(1)?,
        situation: r.get(2)?,
        why_change: r.get(3)?,
        actions: r.get(4)?,
        milestones: Vec::new(),
        desired_state: r.get(5)?,
        obstacles: r.get(6)?,
    })
}

fn milestone_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Milestone> {
    Ok(Milestone {
        text: r.get(0)?,
        due: r.get(1)?,
        reached_on: r.get(2)?,
    })
}

/// Writes the whole plan, replacing the one the board had.
pub(super) fn write(conn: &Connection, board: BoardId, plan: &Plan) -> Result<()> {
    conn.execute(
        "INSERT INTO plan (board_id, absence_pct_december, absence_pct_average, situation,
           why_change, actions, desired_state, obstacles)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (board_id) DO UPDATE SET
           absence_pct_december = excluded.absence_pct_december,
           absence_pct_average = excluded.absence_pct_average,
           situation = excluded.situation, why_change = excluded.why_change,
           actions = excluded.actions, desired_state = excluded.desired_state,
           obstacles = excluded.obstacles",
        params![
            board.0,
            plan.absence_pct_december,
            plan.absence_pct_average,
            plan.situation,
            plan.why_change,
            plan.actions,
            plan.desired_state,
            plan.obstacles
        ],
    )?;
    conn.execute("DELETE FROM milestone WHERE board_id = ?1", [board.0])?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO milestone (board_id, position, text, due, reached_on)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (position, m) in plan.milestones.iter().enumerate() {
        stmt.execute(params![board.0, position, m.text, m.due, m.reached_on])?;
    }
    Ok(())
}

/// The board's plan; a board without one has the empty plan.
pub(super) fn load(conn: &Connection, board: BoardId) -> Result<Plan> {
    let mut plan = conn
        .query_row(
            "SELECT absence_pct_december, absence_pct_average, situation, why_change, actions,
             desired_state, obstacles FROM plan WHERE board_id = ?1",
            [board.0],
            plan_from_row,
        )
        .optional()?
        .unwrap_or_default();
    let mut stmt = conn.prepare_cached(
        "SELECT text, due, reached_on FROM milestone WHERE board_id = ?1 ORDER BY position, id",
    )?;
    plan.milestones = stmt
        .query_map([board.0], milestone_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(plan)
}

impl Store {
    /// Replaces the board's "Prosjekt nærvær" plan, milestones included, if the plan is
    /// still at version `expected` (the one the form was filled from; `None` writes whatever
    /// the version). Returns the new version.
    pub fn set_plan(
        &mut self,
        board: BoardId,
        expected: Option<Version>,
        plan: &Plan,
    ) -> Result<Version> {
        plan.validate()?;
        self.with_tx(|tx| {
            let year = board::year_of(tx, board)?;
            plan.check_reached(&load(tx, board)?, year, tavle_model::today())?;
            let changed = tx.execute(
                "UPDATE board SET plan_version = plan_version + 1
                 WHERE id = ?1 AND (?2 IS NULL OR plan_version = ?2)",
                params![board.0, expected],
            )?;
            if changed == 0 {
                return Err(changed_elsewhere(tavle_model::tr!("store-what-plan")));
            }
            write(tx, board, plan)?;
            Ok(tx.query_row(
                "SELECT plan_version FROM board WHERE id = ?1",
                [board.0],
                |r| r.get(0),
            )?)
        })
    }
}
