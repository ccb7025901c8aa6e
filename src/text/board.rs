//! `tavle show`: the whole board as readable text.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::{field, short};
use crate::model::{Board, Question, RowId};
use crate::nb;
use crate::stats;

/// The whole board as readable text: header, target, year to date (with how it was
/// computed), every row with all its fields and history, the plan, the absence months and
/// the workshop inputs. `row_ids[i]` belongs to `board.rows[i]` (shown so that
/// `tavle status --row ID` can be used); an empty slice shows no ids. `today` decides
/// which rows are Forsinket.
pub fn board_text(board: &Board, row_ids: &[RowId], today: NaiveDate) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} – {} {}", board.title, board.unit, board.year);
    field(&mut out, "", "Hovedmål", &board.main_goal);
    field(&mut out, "", "Fokus", &board.focus);
    match board.target_pct {
        Some(t) => {
            let _ = writeln!(
                out,
                "Mål sykefravær: {} (nærvær {})",
                nb::pct(t),
                nb::pct(stats::presence(t))
            );
        }
        None => {
            let _ = writeln!(out, "Mål sykefravær: ikke satt");
        }
    }
    match stats::year_to_date(&board.absence) {
        Some(ytd) => {
            let months = if ytd.months == 1 {
                "1 måned".to_string()
            } else {
                format!("{} måneder", ytd.months)
            };
            let _ = write!(
                out,
                "Sykefravær hittil i år: {} ({}, {months}) · nærvær {}",
                nb::pct(ytd.pct),
                ytd.basis.label(),
                nb::pct(stats::presence(ytd.pct))
            );
            if let Some(t) = board.target_pct {
                let gap = stats::gap_to_target(ytd.pct, t);
                let _ = write!(out, " · {} mot målet", nb::points(gap.points));
            }
            out.push('\n');
        }
        None => {
            let _ = writeln!(out, "Sykefravær hittil i år: ingen fraværstall ennå");
        }
    }

    out.push('\n');
    let overdue = board.rows.iter().filter(|r| r.is_overdue(today)).count();
    let _ = write!(out, "Tiltak ({})", board.rows.len());
    if overdue > 0 {
        let _ = write!(out, ", {overdue} forsinket per {}", nb::date(today));
    }
    out.push('\n');
    if board.rows.is_empty() {
        let _ = writeln!(out, "  Ingen rader ennå.");
    }
    for (i, row) in board.rows.iter().enumerate() {
        let id = row_ids
            .get(i)
            .map(|id| format!(" (rad-id {id})"))
            .unwrap_or_default();
        let late = if row.is_overdue(today) {
            " – Forsinket"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "\n{}. {}{id}{late}",
            i + 1,
            if row.goal.trim().is_empty() {
                short(&row.measure, 80)
            } else {
                short(&row.goal, 80)
            }
        );
        field(&mut out, "   ", "Mål", &row.goal);
        field(&mut out, "   ", "Ideer", &row.ideas);
        field(&mut out, "   ", "Tiltak", &row.measure);
        field(&mut out, "   ", "Ansvar", &row.owner);
        field(&mut out, "   ", "Når?", &row.when_text);
        if let Some(due) = row.due {
            let _ = writeln!(out, "   Frist: {}", nb::date(due));
        }
        let _ = writeln!(out, "   Status: {}{late}", row.status.label());
        field(&mut out, "   ", "Resultat", &row.result);
        if !row.history.is_empty() {
            let _ = writeln!(out, "   Statushistorikk:");
            for change in &row.history {
                let note = if change.note.trim().is_empty() {
                    String::new()
                } else {
                    format!(" – {}", change.note.replace('\n', " "))
                };
                let _ = writeln!(
                    out,
                    "     {} {}{note}",
                    nb::date(change.on),
                    change.status.label()
                );
            }
        }
    }

    plan_text(&mut out, board);
    absence_text(&mut out, board);
    inputs_text(&mut out, board);
    out
}

fn plan_text(out: &mut String, board: &Board) {
    let plan = &board.plan;
    if *plan == crate::model::Plan::default() {
        return;
    }
    let _ = writeln!(out, "\nProsjekt nærvær {}", board.year);
    let last_year = board.year - 1;
    if let Some(p) = plan.absence_pct_december {
        let _ = writeln!(out, "   Sykefravær desember {last_year}: {}", nb::pct(p));
    }
    if let Some(p) = plan.absence_pct_average {
        let _ = writeln!(out, "   Sykefravær snitt {last_year}: {}", nb::pct(p));
    }
    field(out, "   ", "Situasjonen nå", &plan.situation);
    field(out, "   ", "Hvorfor endre", &plan.why_change);
    field(out, "   ", "Handlinger", &plan.actions);
    if !plan.milestones.is_empty() {
        let _ = writeln!(out, "   Delmål:");
        for m in &plan.milestones {
            let mut when = Vec::new();
            if let Some(d) = m.due {
                when.push(format!("frist {}", nb::date(d)));
            }
            match m.reached_on {
                Some(d) => when.push(format!("nådd {}", nb::date(d))),
                None => when.push("ikke nådd".to_string()),
            }
            let _ = writeln!(out, "     – {} ({})", short(&m.text, 100), when.join(", "));
        }
    }
    field(out, "   ", "Ønsket situasjon", &plan.desired_state);
    field(out, "   ", "Hindringer", &plan.obstacles);
}

fn absence_text(out: &mut String, board: &Board) {
    if board.absence.is_empty() {
        return;
    }
    let _ = writeln!(out, "\nFraværstall");
    let mut months = board.absence.clone();
    months.sort_by_key(|m| m.month);
    for m in &months {
        let name = nb::month_name(m.month.month);
        let pct = m.percent().map(nb::pct).unwrap_or_else(|| "–".to_string());
        let mut line = format!("   {:<15} {pct:>7}", format!("{name} {}", m.month.year));
        if let Some((agreed, lost)) = m.days() {
            let _ = write!(
                line,
                "   {} av {} dagsverk tapt",
                nb::number(lost),
                nb::number(agreed)
            );
            if let Some(own) = m.self_certified_days {
                let _ = write!(line, " (egenmeldt {})", nb::number(own));
            }
            if stats::is_small_unit(m) {
                line.push_str(" – liten enhet: tallet kan peke ut enkeltpersoner");
            }
        }
        let _ = writeln!(out, "{line}");
    }
}

fn inputs_text(out: &mut String, board: &Board) {
    if board.inputs.is_empty() {
        return;
    }
    let _ = writeln!(out, "\nInnspill fra workshop ({})", board.inputs.len());
    for q in Question::ALL {
        let mine: Vec<_> = board.inputs.iter().filter(|i| i.question == q).collect();
        if mine.is_empty() {
            continue;
        }
        let _ = writeln!(out, "   {}", q.text());
        for input in mine {
            let votes = match input.votes {
                0 => String::new(),
                1 => " (1 stemme)".to_string(),
                n => format!(" ({n} stemmer)"),
            };
            let row = input
                .row
                .map(|r| format!(" → rad {}", r + 1))
                .unwrap_or_default();
            let _ = writeln!(out, "     – {}{votes}{row}", short(&input.text, 100));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::AbsenceMonth;
    use crate::text::fixtures::{board, d};

    #[test]
    fn the_board_text_shows_header_target_and_year_to_date_by_workdays() {
        let t = board_text(&board(), &[RowId(11), RowId(12)], d("2025-03-10"));
        assert!(
            t.starts_with("Forbedringstavle – Hjemmesykepleien 2025\n"),
            "{t}"
        );
        assert!(t.contains("Fokus: trykkløst og trykksikkert"), "{t}");
        assert!(t.contains("Mål sykefravær: 7,0 % (nærvær 93,0 %)"), "{t}");
        assert!(
            t.contains("Sykefravær hittil i år: 7,0 % (basert på dagsverk, 3 måneder)"),
            "{t}"
        );
        assert!(t.contains("0,0 prosentpoeng mot målet"), "{t}");
    }

    #[test]
    fn the_board_text_shows_every_row_with_status_words_and_forsinket() {
        let t = board_text(&board(), &[RowId(11), RowId(12)], d("2025-03-10"));
        assert!(
            t.contains("1. Lettere samarbeid (rad-id 11) – Forsinket"),
            "{t}"
        );
        assert!(
            t.contains("   Tiltak: Lage prosedyre\n           med to linjer\n"),
            "{t}"
        );
        assert!(t.contains("   Frist: 28.02.2025"), "{t}");
        assert!(t.contains("   Status: Pågår – Forsinket"), "{t}");
        assert!(t.contains("     20.01.2025 Pågår – Første møte"), "{t}");
        assert!(
            t.contains("2. Ikke miste de sykemeldte (rad-id 12)\n"),
            "{t}"
        );
        assert!(t.contains("   Status: Løpende\n"), "{t}");
        assert!(t.contains("Tiltak (2), 1 forsinket per 10.03.2025"), "{t}");
        // The day before the due date nothing is late.
        let t = board_text(&board(), &[], d("2025-02-28"));
        assert!(!t.contains("Forsinket"), "{t}");
        assert!(!t.contains("forsinket"), "{t}");
    }

    #[test]
    fn the_board_text_lists_absence_months_with_workdays() {
        let t = board_text(&board(), &[], d("2025-03-10"));
        assert!(t.contains("Fraværstall\n"), "{t}");
        assert!(t.contains("januar 2025"), "{t}");
        assert!(t.contains("15,0 %   30 av 200 dagsverk tapt"), "{t}");
    }

    #[test]
    fn the_mean_of_months_is_labelled_as_such() {
        let mut b = board();
        b.absence = vec![AbsenceMonth::from_pct("2025-01".parse().unwrap(), 9.1)];
        let t = board_text(&b, &[], d("2025-03-10"));
        assert!(
            t.contains("Sykefravær hittil i år: 9,1 % (snitt av måneder, 1 måned)"),
            "{t}"
        );
        assert!(t.contains("+2,1 prosentpoeng mot målet"), "{t}");
    }

    #[test]
    fn the_example_board_shows_its_plan_and_inputs() {
        let b = crate::exchange::read_board_json(
            &include_bytes!("../../examples/hjemmesykepleien-2025.json")[..],
        )
        .unwrap();
        let t = board_text(&b, &[], d("2025-04-01"));
        assert!(t.contains("Prosjekt nærvær 2025"), "{t}");
        assert!(t.contains("Sykefravær desember 2024: 11,2 %"), "{t}");
        assert!(t.contains("Delmål:\n     – Prosedyre"), "{t}");
        assert!(t.contains("Hva gjør vi som fungerer bra i dag?"), "{t}");
        assert!(t.contains("(7 stemmer) → rad 3"), "{t}");
    }
}
