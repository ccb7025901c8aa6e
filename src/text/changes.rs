//! What a change said: `tavle status`, `tavle row`, `tavle absence` and `tavle history`.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::short;
use crate::lang::Lang;
use crate::model::{AbsenceMonth, ChangeId, Field, Row, RowId, StatusChange};
use crate::nb;
use crate::tr;

/// What `tavle status` says after a change: the new status, or, when a later entry in the
/// history still decides it, that the change was recorded but the status stays.
pub fn status_changed_text(row_id: RowId, change: &StatusChange, row: &Row) -> String {
    let lang = Lang::current();
    let latest = row.history.last();
    let text = match latest {
        Some(last) if last.on > change.on => tr!(
            "exchange-status-recorded",
            row = row_id.to_string(),
            status = change.status.label_in(lang),
            date = nb::date(change.on),
            current = row.status.label_in(lang),
            latest = nb::date(last.on)
        ),
        _ => tr!(
            "exchange-status-now",
            row = row_id.to_string(),
            status = row.status.label_in(lang),
            date = nb::date(change.on)
        ),
    };
    format!("{text}\n")
}

/// What `tavle row` says: the row's Tiltakstype and Innsats as they are now, each its word
/// in the current language or «ikke valgt».
pub fn row_choices_text(row_id: RowId, row: &Row) -> String {
    let lang = Lang::current();
    let word = |field: Field| match row.shown(field, lang) {
        word if word.is_empty() => tr!("cli-row-not-chosen"),
        word => tr!("cli-row-chosen", word = word),
    };
    let text = tr!(
        "cli-row-choices",
        row = row_id.to_string(),
        kind = word(Field::Kind),
        level = word(Field::Level)
    );
    format!("{text}\n")
}

/// What `tavle status` says when the status asked for is the one already in force on that
/// date: nothing was written.
pub fn status_unchanged_text(row_id: RowId, change: &StatusChange) -> String {
    let mut text = tr!(
        "exchange-status-unchanged",
        row = row_id.to_string(),
        status = change.status.label_in(Lang::current()),
        date = nb::date(change.on)
    );
    if !change.note.trim().is_empty() {
        text.push(' ');
        text.push_str(&tr!("exchange-note-not-saved"));
    }
    text.push('\n');
    text
}

/// What `tavle absence` says: the month's figure, and what it replaced, if anything
/// ("erstattet 35,2 av 430 dagsverk med 8,0 %").
pub fn absence_saved_text(month: &AbsenceMonth, before: Option<&AbsenceMonth>) -> String {
    let label = format!("{} {}", nb::month_name(month.month.month), month.month.year);
    let now = describe_absence(month, true);
    let text = match before {
        Some(old) if old != month => tr!(
            "exchange-absence-replaced",
            month = label,
            before = describe_absence(old, false),
            now = now
        ),
        Some(_) => tr!("exchange-absence-unchanged", month = label, now = now),
        None => tr!("exchange-absence-saved", month = label, now = now),
    };
    format!("{text}\n")
}

/// "8,0 %", or "35,2 av 430 dagsverk", with the percentage after the days when `with_pct`.
fn describe_absence(m: &AbsenceMonth, with_pct: bool) -> String {
    let pct = m.percent().map(nb::pct).unwrap_or_default();
    match m.days() {
        Some((agreed, lost)) if with_pct => tr!(
            "exchange-days-lost-with-pct",
            lost = nb::number(lost),
            agreed = nb::number(agreed),
            pct = pct
        ),
        Some((agreed, lost)) => tr!(
            "exchange-days-lost",
            lost = nb::number(lost),
            agreed = nb::number(agreed)
        ),
        None => pct,
    }
}

/// A row's status history with the entries' ids, for `tavle history`.
pub fn history_text(row_id: RowId, row: &Row, entries: &[(ChangeId, StatusChange)]) -> String {
    let lang = Lang::current();
    let what = if row.measure.trim().is_empty() {
        &row.goal
    } else {
        &row.measure
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "exchange-history-row",
            row = row_id.to_string(),
            what = short(what, 80)
        )
    );
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "exchange-history-status-now",
            status = row.status.label_in(lang)
        )
    );
    if entries.is_empty() {
        let _ = writeln!(out, "{}", tr!("exchange-history-none"));
        return out;
    }
    let _ = writeln!(
        out,
        "{:<6} {:<10}  {:<13} {}",
        tr!("exchange-history-col-id"),
        tr!("exchange-history-col-date"),
        tr!("exchange-history-col-status"),
        tr!("exchange-history-col-note")
    );
    for (id, c) in entries {
        let _ = writeln!(
            out,
            "{:<6} {}  {:<13} {}",
            id.to_string(),
            nb::date(c.on),
            c.status.label_in(lang),
            short(&c.note, 80)
        );
    }
    let _ = writeln!(out, "{}", tr!("exchange-history-how"));
    out
}

/// `tavle history --remove`: which change went.
pub fn change_removed_text(entry: ChangeId, removed: &StatusChange) -> String {
    let text = tr!(
        "exchange-change-removed",
        entry = entry.to_string(),
        status = removed.status.label_in(Lang::current()),
        date = nb::date(removed.on)
    );
    format!("{text}\n")
}

/// `tavle history --fix`: the change's new date.
pub fn change_fixed_text(entry: ChangeId, on: NaiveDate) -> String {
    let text = tr!(
        "exchange-change-fixed",
        entry = entry.to_string(),
        date = nb::date(on)
    );
    format!("{text}\n")
}

/// `tavle status` without `--on` after the board's year: the change is dated today, so the
/// year report (status at the year's end) will not show it; say how to date it back.
pub fn status_after_year_text(file: &std::path::Path, row_id: RowId, year: i32) -> String {
    let text = tr!(
        "exchange-status-after-year",
        year = year.to_string(),
        file = file.display().to_string(),
        row = row_id.to_string()
    );
    format!("{text}\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang;
    use crate::model::Status;
    use crate::text::fixtures::{board, d};

    fn entries() -> Vec<(ChangeId, StatusChange)> {
        vec![
            (
                ChangeId(31),
                StatusChange {
                    on: d("2025-01-20"),
                    status: Status::NotStarted,
                    note: "Første møte".into(),
                },
            ),
            (
                ChangeId(32),
                StatusChange {
                    on: d("2025-02-03"),
                    status: Status::Ongoing,
                    note: String::new(),
                },
            ),
        ]
    }

    #[test]
    fn the_history_is_a_table_with_ids_and_what_to_do() {
        let row = board().rows[1].clone();
        assert_eq!(
            history_text(RowId(12), &row, &entries()),
            "Rad-id 12: Ikke miste de sykemeldte\n\
             Status nå: Løpende\n\
             Id     Dato        Status        Notat\n\
             31     20.01.2025  Ikke startet  Første møte\n\
             32     03.02.2025  Løpende       \n\
             Rett en endring med --fix ID --on DATO [--note TEKST], eller fjern den med --remove ID.\n"
        );
        assert_eq!(
            history_text(RowId(12), &row, &[]),
            "Rad-id 12: Ikke miste de sykemeldte\nStatus nå: Løpende\nIngen endringer i statushistorikken ennå.\n"
        );
    }

    #[test]
    fn the_history_and_the_changes_in_nynorsk() {
        let row = board().rows[1].clone();
        let t = lang::with(Lang::Nn, || history_text(RowId(12), &row, &entries()));
        assert!(t.contains("Status no: Løpande\n"), "{t}");
        assert!(
            t.contains("31     20.01.2025  Ikkje starta  Første møte\n"),
            "{t}"
        );
        assert!(
            t.ends_with("Rett ei endring med --fix ID --on DATO [--note TEKST], eller fjern ho med --remove ID.\n"),
            "{t}"
        );
        let t = lang::with(Lang::Nn, || history_text(RowId(12), &row, &[]));
        assert!(
            t.ends_with("Ingen endringar i statushistorikken enno.\n"),
            "{t}"
        );

        let (_, change) = entries().remove(0);
        let t = lang::with(Lang::Nn, || status_unchanged_text(RowId(12), &change));
        assert_eq!(
            t,
            "Rad-id 12: status var allereie «Ikkje starta» 20.01.2025. Ingenting er endra i statushistorikken. Notatet er ikkje lagra.\n"
        );
        let t = lang::with(Lang::Nn, || change_removed_text(ChangeId(31), &change));
        assert_eq!(
            t,
            "Endring 31 («Ikkje starta» 20.01.2025) er fjerna frå statushistorikken.\n"
        );
        let t = lang::with(Lang::Nn, || {
            status_after_year_text(std::path::Path::new("eining.tavle"), RowId(12), 2024)
        });
        assert!(
            t.starts_with("Merk: datoen er i dag, etter året til tavla (2024)."),
            "{t}"
        );
        assert!(
            t.contains("«tavle history eining.tavle --row 12 --fix ID --on DATO»"),
            "{t}"
        );

        let month = AbsenceMonth::from_pct("2025-03".parse().unwrap(), 8.0);
        let old = AbsenceMonth::from_days("2025-03".parse().unwrap(), 430.0, 35.2);
        let t = lang::with(Lang::Nn, || absence_saved_text(&month, Some(&old)));
        assert_eq!(
            t,
            "Fråværstal for mars 2025 er lagra: erstatta 35,2 av 430 dagsverk med 8,0 %.\n"
        );
    }

    #[test]
    fn the_bokmal_change_texts_are_as_before() {
        let (_, change) = entries().remove(0);
        assert_eq!(
            status_unchanged_text(RowId(12), &change),
            "Rad-id 12: status var allerede «Ikke startet» 20.01.2025. Ingenting er endret i statushistorikken. Notatet er ikke lagret.\n"
        );
        assert_eq!(
            change_removed_text(ChangeId(31), &change),
            "Endring 31 («Ikke startet» 20.01.2025) er fjernet fra statushistorikken.\n"
        );
        assert_eq!(
            change_fixed_text(ChangeId(31), d("2025-01-21")),
            "Endring 31 er rettet: 21.01.2025.\n"
        );
        assert_eq!(
            status_after_year_text(std::path::Path::new("enhet.tavle"), RowId(12), 2024),
            "Merk: datoen er i dag, etter tavlens år 2024. Årsrapporten for 2024 viser status ved årets slutt; skal endringen høre til 2024, rett datoen med «tavle history enhet.tavle --row 12 --fix ID --on DATO».\n"
        );
        let month = AbsenceMonth::from_pct("2025-03".parse().unwrap(), 8.0);
        let old = AbsenceMonth::from_days("2025-03".parse().unwrap(), 430.0, 35.2);
        assert_eq!(
            absence_saved_text(&month, Some(&old)),
            "Fraværstall for mars 2025 er lagret: erstattet 35,2 av 430 dagsverk med 8,0 %.\n"
        );
        assert_eq!(
            absence_saved_text(&old, None),
            "Fraværstall for mars 2025 er lagret: 35,2 av 430 dagsverk (8,2 %).\n"
        );
        assert_eq!(
            absence_saved_text(&month, Some(&month)),
            "Fraværstall for mars 2025 er lagret: 8,0 % (uendret).\n"
        );
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
