//! `tavle show`: the whole board as readable text.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::{field, short};
use crate::lang::Lang;
use crate::model::{Board, Field, Question, RowId, FIELDS};
use crate::nb;
use crate::stats;

/// The whole board as readable text: header, target, year to date (with how it was
/// computed), every row with all its fields and history, the plan, the absence months and
/// the workshop inputs. `row_ids[i]` belongs to `board.rows[i]` (shown so that
/// `tavle status --row ID` can be used); an empty slice shows no ids. `today` decides
/// which rows are Forsinket. The fixed words are in the current language
/// ([`Lang::current`]); [`board_text_in`] takes the language.
pub fn board_text(board: &Board, row_ids: &[RowId], today: NaiveDate) -> String {
    board_text_in(board, row_ids, today, Lang::current())
}

/// [`board_text`] with the fixed words in `lang`; what the leader typed is shown as typed.
pub fn board_text_in(board: &Board, row_ids: &[RowId], today: NaiveDate, lang: Lang) -> String {
    let mut out = String::new();
    let title = crate::print::titles::board_title(board, lang);
    let _ = writeln!(out, "{title} – {} {}", board.unit, board.year);
    field(&mut out, "", &lang.text("main-goal"), &board.main_goal);
    field(&mut out, "", &lang.text("field-focus"), &board.focus);
    field(&mut out, "", &lang.text("field-sector"), &board.sector);
    if let Some(staff) = board.staff {
        field(&mut out, "", &lang.text("field-staff"), &nb::number(staff));
    }
    match board.target_pct {
        Some(t) => {
            let text = lang.format(
                "show-target",
                &[
                    ("pct", nb::pct(t).into()),
                    ("presence", nb::pct(stats::presence(t)).into()),
                ],
            );
            let _ = writeln!(out, "{text}");
        }
        None => {
            let _ = writeln!(out, "{}", lang.text("show-target-not-set"));
        }
    }
    match stats::year_to_date(&board.absence) {
        Some(ytd) => {
            let months = lang.format("months-count", &[("n", ytd.months.into())]);
            let text = lang.format(
                "show-ytd",
                &[
                    ("pct", nb::pct(ytd.pct).into()),
                    ("basis", ytd.basis.label_in(lang).into()),
                    ("months", months.into()),
                    ("presence", nb::pct(stats::presence(ytd.pct)).into()),
                ],
            );
            out.push_str(&text);
            if let Some(t) = board.target_pct {
                let gap = stats::gap_to_target(ytd.pct, t);
                let text = lang.format("show-gap", &[("points", nb::points(gap.points).into())]);
                let _ = write!(out, " · {text}");
            }
            out.push('\n');
        }
        None => {
            let _ = writeln!(out, "{}", lang.text("show-ytd-none"));
        }
    }

    out.push('\n');
    let overdue = board.rows.iter().filter(|r| r.is_overdue(today)).count();
    out.push_str(&lang.format("show-measures", &[("n", board.rows.len().into())]));
    if overdue > 0 {
        let text = lang.format(
            "show-overdue",
            &[("n", overdue.into()), ("date", nb::date(today).into())],
        );
        let _ = write!(out, ", {text}");
    }
    out.push('\n');
    if board.rows.is_empty() {
        let _ = writeln!(out, "  {}", lang.text("show-no-rows"));
    }
    let label = |id: &str| lang.text(id);
    for (i, row) in board.rows.iter().enumerate() {
        let id = row_ids
            .get(i)
            .map(|id| {
                format!(
                    " {}",
                    lang.format("show-row-id", &[("id", id.to_string().into())])
                )
            })
            .unwrap_or_default();
        let late = if row.is_overdue(today) {
            format!(" – {}", lang.text("overdue"))
        } else {
            String::new()
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
        for spec in FIELDS {
            match spec.field {
                Field::Due => {
                    if let Some(due) = row.due {
                        let due = lang.format("show-due", &[("date", nb::date(due).into())]);
                        let _ = writeln!(out, "   {due}");
                    }
                }
                Field::Status => {
                    let _ = writeln!(
                        out,
                        "   {}: {}{late}",
                        label(spec.label),
                        row.status.label_in(lang)
                    );
                }
                other => {
                    let shown = row.shown(other, lang);
                    field(&mut out, "   ", &label(spec.label), &shown);
                }
            }
        }
        if !row.history.is_empty() {
            let _ = writeln!(out, "   {}", lang.text("show-history"));
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
                    change.status.label_in(lang)
                );
            }
        }
    }

    plan_text(&mut out, board, lang);
    absence_text(&mut out, board, lang);
    inputs_text(&mut out, board, lang);
    out
}

fn plan_text(out: &mut String, board: &Board, lang: Lang) {
    let plan = &board.plan;
    if *plan == crate::model::Plan::default() {
        return;
    }
    let _ = writeln!(
        out,
        "\n{}",
        lang.format("plan-heading", &[("year", board.year.into())])
    );
    let last_year = board.year - 1;
    let pct_line = |id: &str, p: f64| {
        lang.format(
            id,
            &[("year", last_year.into()), ("pct", nb::pct(p).into())],
        )
    };
    if let Some(p) = plan.absence_pct_december {
        let _ = writeln!(out, "   {}", pct_line("plan-december", p));
    }
    if let Some(p) = plan.absence_pct_average {
        let _ = writeln!(out, "   {}", pct_line("show-plan-average", p));
    }
    field(out, "   ", &lang.text("field-situation"), &plan.situation);
    field(out, "   ", &lang.text("field-why"), &plan.why_change);
    field(out, "   ", &lang.text("plan-actions"), &plan.actions);
    if !plan.milestones.is_empty() {
        let _ = writeln!(out, "   {}:", lang.text("plan-milestones"));
        for m in &plan.milestones {
            let mut when = Vec::new();
            if let Some(d) = m.due {
                when.push(lang.format("milestone-due", &[("date", nb::date(d).into())]));
            }
            match m.reached_on {
                Some(d) => {
                    when.push(lang.format("milestone-reached", &[("date", nb::date(d).into())]))
                }
                None => when.push(lang.text("milestone-not-reached")),
            }
            let _ = writeln!(out, "     – {} ({})", short(&m.text, 100), when.join(", "));
        }
    }
    field(out, "   ", &lang.text("field-desired"), &plan.desired_state);
    field(out, "   ", &lang.text("field-obstacles"), &plan.obstacles);
}

fn absence_text(out: &mut String, board: &Board, lang: Lang) {
    if board.absence.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", lang.text("show-absence"));
    let mut months = board.absence.clone();
    months.sort_by_key(|m| m.month);
    for m in &months {
        let name = nb::month_name(m.month.month);
        let pct = m.percent().map(nb::pct).unwrap_or_else(|| "–".to_string());
        let mut line = format!("   {:<15} {pct:>7}", format!("{name} {}", m.month.year));
        if let Some((agreed, lost)) = m.days() {
            let days = lang.format(
                "show-days-lost",
                &[
                    ("lost", nb::number(lost).into()),
                    ("agreed", nb::number(agreed).into()),
                ],
            );
            let _ = write!(line, "   {days}");
            if let Some(own) = m.self_certified_days {
                let own = lang.format("show-self-certified", &[("n", nb::number(own).into())]);
                let _ = write!(line, " {own}");
            }
            if stats::is_small_unit(m) {
                let _ = write!(line, " – {}", lang.text("show-small-unit"));
            }
        }
        let _ = writeln!(out, "{line}");
    }
}

fn inputs_text(out: &mut String, board: &Board, lang: Lang) {
    if board.inputs.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n{}",
        lang.format("show-inputs", &[("n", board.inputs.len().into())])
    );
    for q in Question::ALL {
        let mine: Vec<_> = board.inputs.iter().filter(|i| i.question == q).collect();
        if mine.is_empty() {
            continue;
        }
        let _ = writeln!(out, "   {}", q.text_in(lang));
        for input in mine {
            let votes = match input.votes {
                0 => String::new(),
                n => format!(" ({})", lang.format("votes", &[("n", n.into())])),
            };
            let row = input
                .row
                .map(|r| format!(" {}", lang.format("show-to-row", &[("n", (r + 1).into())])))
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

    /// `tavle show` in nynorsk: the fixed words in nynorsk (from the current language),
    /// what the leader typed as typed.
    #[test]
    fn the_board_text_in_nynorsk() {
        let t = crate::lang::with(Lang::Nn, || {
            board_text(&board(), &[RowId(11), RowId(12)], d("2025-03-10"))
        });
        assert!(
            t.starts_with("Forbetringstavle – Hjemmesykepleien 2025\n"),
            "{t}"
        );
        assert!(
            t.contains("1. Lettere samarbeid (rad-id 11) – Forseinka\n"),
            "{t}"
        );
        assert!(t.contains("   Status: Pågår – Forseinka\n"), "{t}");
        assert!(t.contains("   Status: Løpande\n"), "{t}");
        assert!(
            t.contains("2. Ikke miste de sykemeldte (rad-id 12)\n"),
            "{t}"
        );
        assert!(!t.contains("Forsinket"), "{t}");
        assert_eq!(
            t,
            board_text_in(&board(), &[RowId(11), RowId(12)], d("2025-03-10"), Lang::Nn)
        );
    }
}
