//! Boards, board lists and deadlines as plain Norwegian text: what `tavle show`, `tavle list`
//! and `tavle due` print. Pure functions of the data, so the CLI stays a thin adapter and
//! the wording is tested here.

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::model::{AbsenceMonth, Board, ChangeId, Question, Row, RowId, StatusChange};
use crate::nb;
use crate::stats;
use crate::store::backups::{Backup, Restored};
use crate::store::{BoardSummary, DueItem};

/// A text field, with continuation lines indented under the first so multi-line cells
/// stay readable in a terminal.
fn field(out: &mut String, indent: &str, label: &str, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    let pad = " ".repeat(label.chars().count() + 2);
    let mut lines = text.lines();
    let first = lines.next().unwrap_or("");
    let _ = writeln!(out, "{indent}{label}: {first}");
    for line in lines {
        let _ = writeln!(out, "{indent}{pad}{line}");
    }
}

/// The first line of a text, cut to `max` characters.
fn short(text: &str, max: usize) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    if line.chars().count() > max {
        let cut: String = line.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    } else if text.trim().lines().count() > 1 {
        format!("{line} …")
    } else {
        line.to_string()
    }
}

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

/// What `tavle status` says after a change: the new status, or, when a later entry in the
/// history still decides it, that the change was recorded but the status stays.
pub fn status_changed_text(row_id: RowId, change: &StatusChange, row: &Row) -> String {
    let latest = row.history.last();
    match latest {
        Some(last) if last.on > change.on => format!(
            "Rad-id {row_id}: «{}» fra {} er ført i statushistorikken. Status er fortsatt «{}», fordi endringen {} er nyere.\n",
            change.status.label(),
            nb::date(change.on),
            row.status.label(),
            nb::date(last.on)
        ),
        _ => format!(
            "Rad-id {row_id}: status er nå «{}» fra {}.\n",
            row.status.label(),
            nb::date(change.on)
        ),
    }
}

/// What `tavle status` says when the status asked for is the one already in force on that
/// date: nothing was written.
pub fn status_unchanged_text(row_id: RowId, change: &StatusChange) -> String {
    let note = if change.note.trim().is_empty() {
        ""
    } else {
        " Notatet er ikke lagret."
    };
    format!(
        "Rad-id {row_id}: status var allerede «{}» {}. Ingenting er endret i statushistorikken.{note}\n",
        change.status.label(),
        nb::date(change.on)
    )
}

/// What `tavle absence` says: the month's figure, and what it replaced, if anything
/// ("erstattet 35,2 av 430 dagsverk med 8,0 %").
pub fn absence_saved_text(month: &AbsenceMonth, before: Option<&AbsenceMonth>) -> String {
    let label = format!("{} {}", nb::month_name(month.month.month), month.month.year);
    let now = describe_absence(month, true);
    match before {
        Some(old) if old != month => format!(
            "Fraværstall for {label} er lagret: erstattet {} med {now}.\n",
            describe_absence(old, false)
        ),
        Some(_) => format!("Fraværstall for {label} er lagret: {now} (uendret).\n"),
        None => format!("Fraværstall for {label} er lagret: {now}.\n"),
    }
}

/// "8,0 %", or "35,2 av 430 dagsverk", with the percentage after the days when `with_pct`.
fn describe_absence(m: &AbsenceMonth, with_pct: bool) -> String {
    let pct = m.percent().map(nb::pct).unwrap_or_default();
    match m.days() {
        Some((agreed, lost)) if with_pct => format!(
            "{} av {} dagsverk ({pct})",
            nb::number(lost),
            nb::number(agreed)
        ),
        Some((agreed, lost)) => {
            format!("{} av {} dagsverk", nb::number(lost), nb::number(agreed))
        }
        None => pct,
    }
}

/// A row's status history with the entries' ids, for `tavle history`.
pub fn history_text(row_id: RowId, row: &Row, entries: &[(ChangeId, StatusChange)]) -> String {
    let what = if row.measure.trim().is_empty() {
        &row.goal
    } else {
        &row.measure
    };
    let mut out = format!(
        "Rad-id {row_id}: {}\nStatus nå: {}\n",
        short(what, 80),
        row.status.label()
    );
    if entries.is_empty() {
        out.push_str("Ingen endringer i statushistorikken ennå.\n");
        return out;
    }
    out.push_str("Id     Dato        Status        Notat\n");
    for (id, c) in entries {
        let _ = writeln!(
            out,
            "{:<6} {}  {:<13} {}",
            id.to_string(),
            nb::date(c.on),
            c.status.label(),
            short(&c.note, 80)
        );
    }
    out.push_str(
        "Rett en endring med --fix ID --on DATO [--note TEKST], eller fjern den med --remove ID.\n",
    );
    out
}

/// The boards of a file, one line each: id, unit, year, rows and status counts.
pub fn board_list_text(boards: &[BoardSummary]) -> String {
    if boards.is_empty() {
        return "Filen har ingen tavler ennå. Legg til en med «tavle import FIL TAVLE.json».\n"
            .to_string();
    }
    let unit_width = boards
        .iter()
        .map(|b| b.unit.chars().count().min(40))
        .max()
        .unwrap_or(0)
        .max("Enhet".len());
    let mut out = format!(
        "{:<4} {:<unit_width$}  {:<4}  {:>5}  Status\n",
        "ID", "Enhet", "År", "Rader"
    );
    for b in boards {
        let counts: Vec<String> = b
            .counts
            .iter()
            .filter(|c| c.count > 0)
            .map(|c| format!("{} {}", c.status.label(), c.count))
            .collect();
        let counts = if counts.is_empty() {
            "–".to_string()
        } else {
            counts.join(" · ")
        };
        let _ = writeln!(
            out,
            "{:<4} {:<unit_width$}  {:<4}  {:>5}  {counts}",
            b.id.to_string(),
            short(&b.unit, 40),
            b.year,
            b.rows
        );
    }
    out
}

/// The `tavle due` list: overdue measures first, then those due within the window.
pub fn due_text(items: &[DueItem], on: NaiveDate, within_days: Option<u32>) -> String {
    let line = |item: &DueItem| {
        let what = if item.measure.trim().is_empty() {
            &item.goal
        } else {
            &item.measure
        };
        let owner = if item.owner.trim().is_empty() {
            String::new()
        } else {
            format!(" (Ansvar: {})", short(&item.owner, 40))
        };
        format!(
            "  {}  {} {}, rad-id {}  {}: {}{owner}\n",
            nb::date(item.due),
            short(&item.unit, 40),
            item.year,
            item.row,
            item.status.label(),
            short(what, 80)
        )
    };
    let overdue: Vec<&DueItem> = items.iter().filter(|i| i.overdue).collect();
    let soon: Vec<&DueItem> = items.iter().filter(|i| !i.overdue).collect();
    let mut out = String::new();
    if overdue.is_empty() {
        let _ = writeln!(out, "Ingen forsinkede tiltak per {}.", nb::date(on));
    } else {
        let _ = writeln!(out, "Forsinket per {} ({}):", nb::date(on), overdue.len());
        for item in overdue {
            out.push_str(&line(item));
        }
    }
    if let Some(days) = within_days {
        let dager = if days == 1 { "dag" } else { "dager" };
        if soon.is_empty() {
            let _ = writeln!(out, "Ingen tiltak har frist de neste {days} {dager}.");
        } else {
            let _ = writeln!(out, "Frist de neste {days} {dager} ({}):", soon.len());
            for item in soon {
                out.push_str(&line(item));
            }
        }
    }
    out
}

/// `tavle backups`: one line per backup, newest first: when, boards, rows, and the path.
pub fn backups_text(list: &[Backup]) -> String {
    if list.is_empty() {
        return "Ingen sikkerhetskopier ennå. De tas når filen åpnes for endring og før en import.\n"
            .to_string();
    }
    let mut out = String::new();
    let _ = writeln!(out, "{:<18}  {:>6}  {:>6}  Kopi", "Tatt", "Tavler", "Rader");
    for b in list {
        let count = |n: Option<usize>| n.map(|n| n.to_string()).unwrap_or_else(|| "?".into());
        let _ = writeln!(
            out,
            "{:<18}  {:>6}  {:>6}  {}{}",
            b.taken.format("%d.%m.%Y kl. %H:%M"),
            count(b.boards),
            count(b.rows),
            b.path.display(),
            if b.good {
                ""
            } else {
                "  (skadet, kan ikke brukes)"
            }
        );
    }
    out
}

/// `tavle restore`: what was brought back and where the file as it was went.
pub fn restored_text(file: &std::path::Path, from: &std::path::Path, r: &Restored) -> String {
    let mut out = format!(
        "«{}» er hentet tilbake fra «{}»: {} {}, {} {}.\n",
        file.display(),
        from.display(),
        r.boards,
        if r.boards == 1 { "tavle" } else { "tavler" },
        r.rows,
        if r.rows == 1 { "rad" } else { "rader" },
    );
    if let Some(copy) = &r.kept_copy {
        let _ = writeln!(
            out,
            "Filen slik den var, er tatt vare på i «{}».",
            copy.display()
        );
    }
    out
}

/// `tavle publish`: one line per shared snapshot.
pub fn published_text(published: &[crate::publish::Published]) -> String {
    let mut out = String::new();
    for p in published {
        let how = if p.replaced {
            " (erstattet forrige deling)"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "Delt {} {}: «{}»{how}",
            p.unit,
            p.year,
            p.path.display()
        );
    }
    out
}

/// `tavle history --remove`: which change went.
pub fn change_removed_text(entry: ChangeId, removed: &StatusChange) -> String {
    format!(
        "Endring {entry} («{}» {}) er fjernet fra statushistorikken.\n",
        removed.status.label(),
        nb::date(removed.on)
    )
}

/// `tavle history --fix`: the change's new date.
pub fn change_fixed_text(entry: ChangeId, on: NaiveDate) -> String {
    format!("Endring {entry} er rettet: {}.\n", nb::date(on))
}

/// `tavle status` without `--on` after the board's year: the change is dated today, so the
/// year report (status at the year's end) will not show it; say how to date it back.
pub fn status_after_year_text(file: &std::path::Path, row_id: RowId, year: i32) -> String {
    format!(
        "Merk: datoen er i dag, etter tavlens år {year}. Årsrapporten for {year} viser status ved årets slutt; skal endringen høre til {year}, rett datoen med «tavle history {} --row {row_id} --fix ID --on DATO».\n",
        file.display(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AbsenceMonth, BoardId, Status};
    use crate::store::StatusCount;

    fn d(s: &str) -> NaiveDate {
        crate::model::parse_date(s).unwrap()
    }

    fn board() -> Board {
        let mut b = Board::new("Hjemmesykepleien", 2025);
        b.focus = "trykkløst og trykksikkert".into();
        b.target_pct = Some(7.0);
        b.rows = vec![
            Row {
                goal: "Lettere samarbeid".into(),
                measure: "Lage prosedyre\nmed to linjer".into(),
                due: Some(d("2025-02-28")),
                status: Status::InProgress,
                history: vec![StatusChange {
                    on: d("2025-01-20"),
                    status: Status::InProgress,
                    note: "Første møte".into(),
                }],
                ..Row::default()
            },
            Row {
                goal: "Ikke miste de sykemeldte".into(),
                when_text: "Alltid.".into(),
                status: Status::Ongoing,
                ..Row::default()
            },
        ];
        b.absence = vec![
            AbsenceMonth::from_days("2025-01".parse().unwrap(), 200.0, 30.0),
            AbsenceMonth::from_days("2025-02".parse().unwrap(), 400.0, 20.0),
            AbsenceMonth::from_days("2025-03".parse().unwrap(), 400.0, 20.0),
        ];
        b
    }

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
            &include_bytes!("../examples/hjemmesykepleien-2025.json")[..],
        )
        .unwrap();
        let t = board_text(&b, &[], d("2025-04-01"));
        assert!(t.contains("Prosjekt nærvær 2025"), "{t}");
        assert!(t.contains("Sykefravær desember 2024: 11,2 %"), "{t}");
        assert!(t.contains("Delmål:\n     – Prosedyre"), "{t}");
        assert!(t.contains("Hva gjør vi som fungerer bra i dag?"), "{t}");
        assert!(t.contains("(7 stemmer) → rad 3"), "{t}");
    }

    #[test]
    fn the_board_list_shows_counts_without_zeroes() {
        let list = vec![BoardSummary {
            id: BoardId(1),
            title: "Forbedringstavle".into(),
            unit: "Hjemmesykepleien".into(),
            year: 2025,
            rows: 3,
            counts: Status::ALL
                .iter()
                .map(|&status| StatusCount {
                    status,
                    count: match status {
                        Status::NotStarted | Status::InProgress | Status::Ongoing => 1,
                        _ => 0,
                    },
                })
                .collect(),
        }];
        let t = board_list_text(&list);
        assert!(t.starts_with("ID   Enhet"), "{t}");
        assert!(
            t.contains("1    Hjemmesykepleien  2025      3  Ikke startet 1 · Pågår 1 · Løpende 1"),
            "{t}"
        );
        assert!(board_list_text(&[]).contains("ingen tavler"));
    }

    fn item(measure: &str, due: &str, overdue: bool) -> DueItem {
        DueItem {
            board: BoardId(1),
            unit: "Hjemmesykepleien".into(),
            year: 2025,
            row: RowId(7),
            goal: "Mål".into(),
            measure: measure.into(),
            owner: "Alle ansatte".into(),
            due: d(due),
            status: Status::InProgress,
            overdue,
        }
    }

    #[test]
    fn the_due_list_separates_overdue_from_due_soon() {
        let items = [
            item("Lage prosedyre", "2025-02-28", true),
            item("Faghjul", "2025-03-15", false),
        ];
        let t = due_text(&items, d("2025-03-10"), Some(14));
        assert!(t.starts_with("Forsinket per 10.03.2025 (1):\n  28.02.2025  Hjemmesykepleien 2025, rad-id 7  Pågår: Lage prosedyre (Ansvar: Alle ansatte)\n"), "{t}");
        assert!(
            t.contains("Frist de neste 14 dager (1):\n  15.03.2025"),
            "{t}"
        );
        let t = due_text(&[], d("2025-03-10"), None);
        assert_eq!(t, "Ingen forsinkede tiltak per 10.03.2025.\n");
    }

    #[test]
    fn a_status_change_says_when_a_later_entry_still_decides() {
        let mut row = board().rows[0].clone();
        let late = StatusChange {
            on: d("2025-02-20"),
            status: Status::Done,
            note: String::new(),
        };
        row.history.push(late.clone());
        row.status = Status::Done;
        assert_eq!(
            status_changed_text(RowId(4), &late, &row),
            "Rad-id 4: status er nå «Fullført» fra 20.02.2025.\n"
        );
        let early = StatusChange {
            on: d("2025-01-01"),
            status: Status::Paused,
            note: String::new(),
        };
        let t = status_changed_text(RowId(4), &early, &row);
        assert!(
            t.contains("«På vent» fra 01.01.2025 er ført i statushistorikken"),
            "{t}"
        );
        assert!(
            t.contains("Status er fortsatt «Fullført», fordi endringen 20.02.2025 er nyere"),
            "{t}"
        );
    }
}
