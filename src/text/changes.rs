//! What a change said: `tavle status`, `tavle absence` and `tavle history`.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::short;
use crate::model::{AbsenceMonth, ChangeId, Row, RowId, StatusChange};
use crate::nb;

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
    use crate::model::Status;
    use crate::text::fixtures::{board, d};

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
