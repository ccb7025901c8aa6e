//! The Workshop screen's commands in Tauri's mock runtime: cards typed under the three
//! questions, sticky dots, merge and delete with undo, order, and "Til tavla". The real app
//! configuration and capabilities, no window (`tests/common/`).

mod common;

use common::{app_with_board, TestApp};
use serde_json::{json, Value};

fn add(t: &TestApp, board: &Value, question: &str, text: &str) -> Value {
    t.ok(
        "add_input",
        json!({ "board": board, "question": question, "text": text }),
    )
}

/// The cards as the workshop screen loads them: (question, text, votes, row index).
fn cards(t: &TestApp, board: &Value) -> Vec<(String, String, u64, Option<u64>)> {
    t.view(board)["board"]["inputs"]
        .as_array()
        .expect("inputs")
        .iter()
        .map(|i| {
            (
                i["question"].as_str().unwrap().to_string(),
                i["text"].as_str().unwrap().to_string(),
                i["votes"].as_u64().unwrap(),
                i["row"].as_u64(),
            )
        })
        .collect()
}

fn texts(t: &TestApp, board: &Value) -> Vec<String> {
    cards(t, board).into_iter().map(|c| c.1).collect()
}

#[test]
fn cards_are_added_under_their_question_in_the_order_typed_and_the_view_carries_their_ids() {
    let (t, board) = app_with_board();
    let a = add(&t, &board, "works_well", "Vi hjelper hverandre");
    let b = add(&t, &board, "do_better", "Mer ro i vaktskiftet");
    let c = add(&t, &board, "works_well", "Godt humør <b>alltid</b>");
    // In the order typed; the screen groups them by question.
    let view = t.view(&board);
    assert_eq!(view["input_ids"], json!([a, b, c]));
    assert_eq!(
        cards(&t, &board),
        [
            ("works_well".into(), "Vi hjelper hverandre".into(), 0, None),
            ("do_better".into(), "Mer ro i vaktskiftet".into(), 0, None),
            (
                "works_well".into(),
                "Godt humør <b>alltid</b>".into(),
                0,
                None
            ),
        ]
    );

    let msg = t.refused(
        "add_input",
        json!({ "board": board, "question": "works_well", "text": "   " }),
        "invalid",
    );
    assert!(msg.contains("tom"), "{msg}");
    // Only the three questions exist (the window never sends another; Tauri refuses it).
    assert!(t
        .call(
            "add_input",
            json!({ "board": board, "question": "hva_som_helst", "text": "x" }),
        )
        .is_err());
    assert_eq!(cards(&t, &board).len(), 3, "nothing added by a refusal");
}

#[test]
fn votes_go_up_and_down_but_never_below_zero() {
    let (t, board) = app_with_board();
    let a = add(&t, &board, "proposals", "Faste møtedager");
    assert_eq!(t.ok("vote_input", json!({ "input": a, "delta": 1 })), 1);
    assert_eq!(t.ok("vote_input", json!({ "input": a, "delta": 1 })), 2);
    assert_eq!(t.ok("vote_input", json!({ "input": a, "delta": -5 })), 0);
    assert_eq!(t.ok("vote_input", json!({ "input": a, "delta": 3 })), 3);
    assert_eq!(cards(&t, &board)[0].2, 3);
    let msg = t.refused(
        "vote_input",
        json!({ "input": 9999, "delta": 1 }),
        "not_found",
    );
    assert!(msg.contains("innspill"), "{msg}");
}

#[test]
fn a_card_is_edited_moved_deleted_and_put_back_by_undo() {
    let (t, board) = app_with_board();
    let a = add(&t, &board, "do_better", "En");
    let b = add(&t, &board, "do_better", "To");
    let c = add(&t, &board, "do_better", "Tre");
    t.ok("update_input", json!({ "input": b, "text": "To, rettet" }));
    t.ok("move_input", json!({ "input": c, "position": 0 }));
    assert_eq!(texts(&t, &board), ["Tre", "En", "To, rettet"]);
    t.ok("vote_input", json!({ "input": a, "delta": 2 }));

    let deleted = t.ok("delete_input", json!({ "input": a }));
    assert_eq!(texts(&t, &board), ["Tre", "To, rettet"]);
    t.ok("restore_input", json!({ "deleted": deleted }));
    assert_eq!(
        cards(&t, &board)[1],
        ("do_better".into(), "En".into(), 2, None),
        "back at its place with its votes"
    );
    let msg = t.refused(
        "move_input",
        json!({ "input": b, "position": 7 }),
        "invalid",
    );
    assert!(msg.contains("fra 1 til 3"), "{msg}");
}

#[test]
fn two_cards_merge_into_one_and_the_merge_can_be_undone() {
    let (t, board) = app_with_board();
    let a = add(&t, &board, "proposals", "Kortere møter");
    let b = add(&t, &board, "proposals", "Stående møter");
    t.ok("vote_input", json!({ "input": a, "delta": 2 }));
    t.ok("vote_input", json!({ "input": b, "delta": 3 }));
    let merge = t.ok("merge_inputs", json!({ "keep": a, "other": b }));
    assert_eq!(
        cards(&t, &board),
        [(
            "proposals".into(),
            "Kortere møter\nStående møter".into(),
            5,
            None
        )]
    );
    t.ok("unmerge_inputs", json!({ "merge": merge }));
    let back = cards(&t, &board);
    assert_eq!(back[0].1, "Kortere møter");
    assert_eq!(back[0].2, 2);
    assert_eq!(back[1].1, "Stående møter");
    assert_eq!(back[1].2, 3);
    let msg = t.refused("merge_inputs", json!({ "keep": a, "other": a }), "invalid");
    assert!(msg.contains("seg selv"), "{msg}");
}

#[test]
fn til_tavla_makes_a_row_from_the_chosen_cards_and_each_card_shows_its_row() {
    let (t, board) = app_with_board();
    t.add_row(&board, "Finnes fra før", json!(null));
    let a = add(&t, &board, "do_better", "Mye avbrytelser");
    let _b = add(&t, &board, "do_better", "Ingen pauser");
    let c = add(&t, &board, "proposals", "Stillerom for dokumentasjon");
    let row = t.ok(
        "inputs_to_row",
        json!({ "board": board, "inputs": [a, c], "form": {
            "goal": "Mer ro i arbeidsdagen", "measure": "Prøve stillerom i tre måneder",
            "kind": "basis", "level": null,
            "owner": "Kari", "when": "Fra mars", "due": "31.05.2025"
        }}),
    );
    let view = t.view(&board);
    assert_eq!(view["row_ids"][1], row);
    let made = &view["board"]["rows"][1];
    assert_eq!(made["goal"], "Mer ro i arbeidsdagen");
    assert_eq!(
        made["ideas"],
        "Mye avbrytelser\nStillerom for dokumentasjon"
    );
    assert_eq!(made["owner"], "Kari");
    assert_eq!(made["when"], "Fra mars");
    assert_eq!(made["due"], "2025-05-31");
    // Tiltakstype as Til tavla sends it (a code); Innsats left at «–» (null): none.
    assert_eq!(made["kind"], "basis");
    assert_eq!(made.get("level"), None, "{made}");
    let linked: Vec<Option<u64>> = cards(&t, &board).into_iter().map(|c| c.3).collect();
    assert_eq!(linked, [Some(1), None, Some(1)]);

    // A Frist that is no date, or no card chosen: refused, and no row is made.
    let msg = t.refused(
        "inputs_to_row",
        json!({ "board": board, "inputs": [a], "form": {
            "goal": "Noe", "measure": "", "owner": "", "when": "", "due": "31.02.2025"
        }}),
        "invalid",
    );
    assert!(msg.starts_with("Frist: «31.02.2025»"), "{msg}");
    let msg = t.refused(
        "inputs_to_row",
        json!({ "board": board, "inputs": [], "form": { "goal": "Noe" } }),
        "invalid",
    );
    assert!(msg.contains("Velg minst ett innspill"), "{msg}");
    assert_eq!(t.goals(&board).len(), 2);
}
