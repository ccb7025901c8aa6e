//! Lists: the boards of a file (`tavle list`), deadlines (`tavle due`), backups
//! (`tavle backups`, `tavle restore`) and shares (`tavle publish`).

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::short;
use crate::lang::Lang;
use crate::nb;
use crate::store::backups::{Backup, Restored};
use crate::store::{BoardSummary, DueItem};
use crate::tr;

/// The boards of a file, one line each: id, unit, year, rows and status counts.
pub fn board_list_text(boards: &[BoardSummary]) -> String {
    if boards.is_empty() {
        return format!("{}\n", tr!("exchange-list-empty"));
    }
    let lang = Lang::current();
    let unit_word = tr!("rollup-col-unit");
    let unit_width = boards
        .iter()
        .map(|b| b.unit.chars().count().min(40))
        .max()
        .unwrap_or(0)
        .max(unit_word.chars().count());
    let mut out = format!(
        "{:<4} {:<unit_width$}  {:<4}  {:>5}  {}\n",
        tr!("exchange-list-col-id"),
        unit_word,
        tr!("exchange-list-col-year"),
        tr!("exchange-list-col-rows"),
        tr!("field-status")
    );
    for b in boards {
        let counts: Vec<String> = b
            .counts
            .iter()
            .filter(|c| c.count > 0)
            .map(|c| format!("{} {}", c.status.label_in(lang), c.count))
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
    let lang = Lang::current();
    let line = |item: &DueItem| {
        let what = if item.measure.trim().is_empty() {
            &item.goal
        } else {
            &item.measure
        };
        let owner = if item.owner.trim().is_empty() {
            String::new()
        } else {
            format!(" ({}: {})", tr!("field-owner"), short(&item.owner, 40))
        };
        let text = tr!(
            "exchange-due-line",
            date = nb::date(item.due),
            unit = short(&item.unit, 40),
            year = item.year.to_string(),
            row = item.row.to_string(),
            status = item.status.label_in(lang),
            what = short(what, 80)
        );
        format!("  {text}{owner}\n")
    };
    let overdue: Vec<&DueItem> = items.iter().filter(|i| i.overdue).collect();
    let soon: Vec<&DueItem> = items.iter().filter(|i| !i.overdue).collect();
    let mut out = String::new();
    let date = nb::date(on);
    if overdue.is_empty() {
        let _ = writeln!(out, "{}", tr!("exchange-due-none-overdue", date = date));
    } else {
        let _ = writeln!(
            out,
            "{}",
            tr!("exchange-due-overdue", date = date, n = overdue.len())
        );
        for item in overdue {
            out.push_str(&line(item));
        }
    }
    if let Some(days) = within_days {
        if soon.is_empty() {
            let _ = writeln!(out, "{}", tr!("exchange-due-none-soon", days = days));
        } else {
            let _ = writeln!(
                out,
                "{}",
                tr!("exchange-due-soon", days = days, n = soon.len())
            );
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
        return format!("{}\n", tr!("exchange-backups-none"));
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<18}  {:>6}  {:>6}  {}",
        tr!("exchange-backups-col-taken"),
        tr!("exchange-backups-col-boards"),
        tr!("exchange-backups-col-rows"),
        tr!("exchange-backups-col-copy")
    );
    let damaged = format!("  {}", tr!("exchange-backup-damaged"));
    for b in list {
        let count = |n: Option<usize>| n.map(|n| n.to_string()).unwrap_or_else(|| "?".into());
        let taken = tr!(
            "exchange-backup-taken",
            date = b.taken.format("%d.%m.%Y").to_string(),
            time = b.taken.format("%H:%M").to_string()
        );
        let _ = writeln!(
            out,
            "{:<18}  {:>6}  {:>6}  {}{}",
            taken,
            count(b.boards),
            count(b.rows),
            b.path.display(),
            if b.good { "" } else { damaged.as_str() }
        );
    }
    out
}

/// `tavle restore`: what was brought back and where the file as it was went.
pub fn restored_text(file: &std::path::Path, from: &std::path::Path, r: &Restored) -> String {
    let mut out = tr!(
        "exchange-restored",
        file = file.display().to_string(),
        from = from.display().to_string(),
        boards = r.boards,
        rows = r.rows
    );
    out.push('\n');
    if let Some(copy) = &r.kept_copy {
        let _ = writeln!(
            out,
            "{}",
            tr!("exchange-restored-kept", copy = copy.display().to_string())
        );
    }
    out
}

/// `tavle publish`: one line per shared snapshot.
pub fn published_text(published: &[crate::publish::Published]) -> String {
    let mut out = String::new();
    for p in published {
        let (unit, year, path) = (
            p.unit.as_str(),
            p.year.to_string(),
            p.path.display().to_string(),
        );
        let text = if p.replaced {
            tr!(
                "exchange-published-replaced",
                unit = unit,
                year = year,
                path = path
            )
        } else {
            tr!("exchange-published", unit = unit, year = year, path = path)
        };
        let _ = writeln!(out, "{text}");
        for old in &p.removed {
            let _ = writeln!(
                out,
                "  {}",
                tr!(
                    "exchange-published-removed-old",
                    path = old.display().to_string()
                )
            );
        }
    }
    out
}

/// What «Trekk tilbake» removed, one line per board.
pub fn withdrawn_text(withdrawn: &[crate::publish::Withdrawn]) -> String {
    let mut out = String::new();
    for w in withdrawn {
        let paths: Vec<String> = w
            .removed
            .iter()
            .map(|p| format!("«{}»", p.display()))
            .collect();
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "exchange-withdrawn",
                unit = w.unit.as_str(),
                year = w.year.to_string(),
                paths = paths.join(", ")
            )
        );
    }
    out
}

/// The header as `tavle board` left it: one line each for what the header form holds.
pub fn header_text(board: &crate::model::Board) -> String {
    let lang = Lang::current();
    let mut out = format!(
        "{}\n",
        tr!(
            "exchange-header-saved",
            unit = board.unit.as_str(),
            year = board.year.to_string()
        )
    );
    let none = lang.text("exchange-header-none");
    let lines = [
        (lang.text("field-sector"), board.sector.clone()),
        (
            lang.text("field-staff"),
            board.staff.map(nb::number).unwrap_or_default(),
        ),
        (
            lang.text("core-field-target"),
            board.target_pct.map(nb::pct).unwrap_or_default(),
        ),
        (lang.text("main-goal"), super::short(&board.main_goal, 60)),
        (lang.text("field-focus"), super::short(&board.focus, 60)),
    ];
    for (label, value) in lines {
        let value = if value.trim().is_empty() {
            none.clone()
        } else {
            value
        };
        let _ = writeln!(out, "  {label}: {value}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang;
    use crate::model::{BoardId, RowId, Status};
    use crate::store::StatusCount;
    use crate::text::fixtures::d;

    fn summaries() -> Vec<BoardSummary> {
        vec![BoardSummary {
            id: BoardId(1),
            title: "Forbedringstavle".into(),
            unit: "Hjemmesykepleien".into(),
            year: 2025,
            identity: "a1".into(),
            sector: String::new(),
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
        }]
    }

    #[test]
    fn the_board_list_shows_counts_without_zeroes() {
        let list = summaries();
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
    fn the_lists_in_nynorsk() {
        let t = lang::with(Lang::Nn, || board_list_text(&summaries()));
        assert_eq!(
            t,
            "ID   Eining            År    Rader  Status\n\
             1    Hjemmesykepleien  2025      3  Ikkje starta 1 · Pågår 1 · Løpande 1\n"
        );
        assert_eq!(
            lang::with(Lang::Nn, || board_list_text(&[])),
            "Fila har ingen tavler enno. Legg til ei med «tavle import FIL TAVLE.json».\n"
        );

        let items = [
            item("Lage prosedyre", "2025-02-28", true),
            item("Faghjul", "2025-03-15", false),
        ];
        let t = lang::with(Lang::Nn, || due_text(&items, d("2025-03-10"), Some(14)));
        assert_eq!(
            t,
            "Forseinka per 10.03.2025 (1):\n\
             \x20 28.02.2025  Hjemmesykepleien 2025, rad-id 7  Pågår: Lage prosedyre (Ansvar: Alle ansatte)\n\
             Frist dei neste 14 dagar (1):\n\
             \x20 15.03.2025  Hjemmesykepleien 2025, rad-id 7  Pågår: Faghjul (Ansvar: Alle ansatte)\n"
        );
        let t = lang::with(Lang::Nn, || due_text(&[], d("2025-03-10"), Some(1)));
        assert_eq!(
            t,
            "Ingen forseinka tiltak per 10.03.2025.\nIngen tiltak har frist dei neste 1 dag.\n"
        );

        let t = lang::with(Lang::Nn, || backups_text(&backups()));
        assert!(
            t.starts_with("Teken               Tavler   Rader  Kopi\n"),
            "{t}"
        );
        assert!(t.contains("  (skadd, kan ikkje brukast)\n"), "{t}");
        assert!(
            lang::with(Lang::Nn, || backups_text(&[])).starts_with("Ingen tryggingskopiar enno.")
        );

        let t = lang::with(Lang::Nn, || restored(1, 3));
        assert_eq!(
            t,
            "«a.tavle» er henta tilbake frå «b.tavle»: 1 tavle, 3 rader.\n\
             Fila, slik ho var, er teken vare på i «c.tavle».\n"
        );
        let t = lang::with(Lang::Nn, || published_text(&published()));
        assert_eq!(
            t,
            "Delt Hjemmesykepleien 2025: «delt/h.json» (erstatta førre deling)\n"
        );
    }

    fn backups() -> Vec<Backup> {
        let taken = d("2025-03-10").and_hms_opt(14, 5, 0).unwrap();
        vec![
            Backup {
                path: "kopi/a.tavle".into(),
                taken,
                boards: Some(2),
                rows: Some(14),
                good: true,
            },
            Backup {
                path: "kopi/b.tavle".into(),
                taken,
                boards: None,
                rows: None,
                good: false,
            },
        ]
    }

    fn restored(boards: usize, rows: usize) -> String {
        let r = Restored {
            kept_copy: Some("c.tavle".into()),
            boards,
            rows,
        };
        restored_text("a.tavle".as_ref(), "b.tavle".as_ref(), &r)
    }

    fn published() -> Vec<crate::publish::Published> {
        vec![crate::publish::Published {
            board: BoardId(1),
            unit: "Hjemmesykepleien".into(),
            year: 2025,
            path: "delt/h.json".into(),
            replaced: true,
            removed: Vec::new(),
        }]
    }

    #[test]
    fn the_bokmal_lists_are_as_before() {
        assert_eq!(
            backups_text(&backups()),
            "Tatt                Tavler   Rader  Kopi\n\
             10.03.2025 kl. 14:05       2      14  kopi/a.tavle\n\
             10.03.2025 kl. 14:05       ?       ?  kopi/b.tavle  (skadet, kan ikke brukes)\n"
        );
        assert_eq!(
            backups_text(&[]),
            "Ingen sikkerhetskopier ennå. De tas når filen åpnes for endring og før en import.\n"
        );
        assert_eq!(
            restored(1, 1),
            "«a.tavle» er hentet tilbake fra «b.tavle»: 1 tavle, 1 rad.\n\
             Filen slik den var, er tatt vare på i «c.tavle».\n"
        );
        assert!(restored(2, 14)
            .starts_with("«a.tavle» er hentet tilbake fra «b.tavle»: 2 tavler, 14 rader.\n"));
        assert_eq!(
            published_text(&published()),
            "Delt Hjemmesykepleien 2025: «delt/h.json» (erstattet forrige deling)\n"
        );
        let t = due_text(&[], d("2025-03-10"), Some(1));
        assert_eq!(
            t,
            "Ingen forsinkede tiltak per 10.03.2025.\nIngen tiltak har frist de neste 1 dag.\n"
        );
        assert_eq!(
            board_list_text(&[]),
            "Filen har ingen tavler ennå. Legg til en med «tavle import FIL TAVLE.json».\n"
        );
    }
}
