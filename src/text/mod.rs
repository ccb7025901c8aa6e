//! What the CLI prints, as plain Norwegian text: a board ([`board`]), what a change did
//! ([`changes`]) and lists of boards, deadlines, backups and shares ([`lists`]). Pure
//! functions of the data, so the CLI stays a thin adapter and the wording is tested here.

mod board;
mod changes;
mod lists;
mod trend;

pub use board::{board_text, board_text_in};
pub use changes::{
    absence_saved_text, change_fixed_text, change_removed_text, history_text, row_choices_text,
    status_after_year_text, status_changed_text, status_unchanged_text,
};
pub use lists::{
    backups_text, board_list_text, due_text, header_text, published_text, restored_text,
    withdrawn_text,
};
pub use trend::{side_text, trend_csv_in, trend_json, trend_text_in};

use std::fmt::Write as _;

/// A text field, with continuation lines indented under the first so multi-line cells
/// stay readable in a terminal.
pub(super) fn field(out: &mut String, indent: &str, label: &str, text: &str) {
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
pub(super) fn short(text: &str, max: usize) -> String {
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

#[cfg(test)]
pub(super) mod fixtures {
    use chrono::NaiveDate;

    use crate::model::{AbsenceMonth, Board, Row, Status, StatusChange};

    pub(in crate::text) fn d(s: &str) -> NaiveDate {
        crate::model::parse_date(s).unwrap()
    }

    pub(in crate::text) fn board() -> Board {
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
}
