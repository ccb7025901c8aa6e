//! The import's report as text in the current language: what the CLI prints (and `--preview` shows)
//! before anything is written.

use super::cells::start_of;
use super::{ImportChoice, ImportTarget, SheetImport, SourceKind};

/// Where the import lands, as the report says it: a new board, or «n endret, n nye, n finnes
/// ikke lenger i arket» of the board it updates.
pub fn target_text(target: &ImportTarget, choice: &ImportChoice) -> String {
    use tavle_model::tr;
    match target {
        ImportTarget::New => format!("{}\n", tr!("import-report-target-new")),
        ImportTarget::Update {
            board,
            unit,
            year,
            counts,
        } => {
            let mut out = format!(
                "{}\n",
                tr!(
                    "import-report-target-update",
                    unit = start_of(unit),
                    year = year.to_string(),
                    board = board.to_string(),
                    changed = counts.changed,
                    added = counts.added,
                    missing = counts.missing
                )
            );
            if counts.missing > 0 {
                out.push_str(&if choice.remove_missing {
                    tr!("import-report-missing-removed")
                } else {
                    tr!("import-report-missing-kept")
                });
                out.push('\n');
            }
            out
        }
        ImportTarget::Exists { board, unit, year } => format!(
            "{}\n",
            tr!(
                "import-report-target-exists",
                unit = start_of(unit),
                year = year.to_string(),
                board = board.to_string()
            )
        ),
    }
}

/// The preview as the CLI prints it: where the rows came from, which columns were used and
/// ignored, every cell that could not be read, and the rows as they will land.
pub fn report_text(import: &SheetImport) -> String {
    use std::fmt::Write as _;
    use tavle_model::tr;
    let r = &import.report;
    let b = &import.board;
    let mut out = String::new();
    let kind = match r.kind {
        SourceKind::Tavle => tr!("import-kind-tavle"),
        SourceKind::Sheet => tr!("import-kind-sheet"),
    };
    let _ = writeln!(
        out,
        "{}",
        tr!("import-report-from", file = r.file.as_str(), kind = kind)
    );
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "import-report-sheet",
            sheet = r.sheet.as_str(),
            row = r.header_row
        )
    );
    let unit = if r.needs_unit {
        tr!("import-report-unit-missing")
    } else {
        start_of(&b.unit)
    };
    let year = if r.needs_year {
        tr!("import-report-year-missing")
    } else {
        b.year.to_string()
    };
    let _ = writeln!(
        out,
        "{}",
        tr!("import-report-unit-year", unit = unit, year = year)
    );
    if !r.columns.is_empty() {
        let cols: Vec<String> = r
            .columns
            .iter()
            .map(|c| format!("{} «{}» → {}", c.column, c.header, c.field))
            .collect();
        let _ = writeln!(
            out,
            "{}",
            tr!("import-report-columns", columns = cols.join(", "))
        );
    }
    if !r.ignored_columns.is_empty() {
        let cols: Vec<String> = r
            .ignored_columns
            .iter()
            .map(|c| format!("{} «{}»", c.column, c.header))
            .collect();
        let _ = writeln!(
            out,
            "{}",
            tr!("import-report-ignored", columns = cols.join(", "))
        );
    }
    let quoted = |names: &[String]| {
        names
            .iter()
            .map(|n| format!("«{}»", start_of(n)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !r.sheets_read.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            tr!("import-report-sheets-read", sheets = quoted(&r.sheets_read))
        );
    }
    if !r.sheets_left.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            tr!("import-report-sheets-left", sheets = quoted(&r.sheets_left))
        );
    }
    let mut counts = vec![tr!("import-report-rows", n = b.rows.len())];
    if !b.absence.is_empty() {
        counts.push(tr!("import-report-absence-months", n = b.absence.len()));
    }
    if !b.plan.milestones.is_empty() {
        counts.push(tr!("import-report-milestones", n = b.plan.milestones.len()));
    }
    if !b.inputs.is_empty() {
        counts.push(tr!("import-report-inputs", n = b.inputs.len()));
    }
    let _ = writeln!(out, "{}", counts.join(", "));
    if !r.skipped_rows.is_empty() {
        let rows: Vec<String> = r.skipped_rows.iter().map(u32::to_string).collect();
        let _ = writeln!(
            out,
            "{}",
            tr!("import-report-skipped", rows = rows.join(", "))
        );
    }
    if r.problems.is_empty() {
        let _ = writeln!(out, "{}", tr!("import-report-problems-none"));
    } else {
        let _ = writeln!(
            out,
            "{}",
            tr!("import-report-problems", n = r.problems.len())
        );
        for p in &r.problems {
            let _ = writeln!(
                out,
                "  {}",
                tr!(
                    "import-report-problem",
                    sheet = p.sheet.as_str(),
                    row = p.row,
                    column = p.column.as_str(),
                    value = p.value.as_str(),
                    message = p.message.as_str()
                )
            );
        }
    }
    let _ = writeln!(out);
    let lang = tavle_model::lang::Lang::current();
    for (i, row) in b.rows.iter().enumerate() {
        let due = row.due.map(tavle_model::nb::date).unwrap_or_default();
        // The start of each text: the preview is for finding the rows, and a hostile cell
        // is never printed whole.
        let one_line = |s: &str| start_of(&s.replace('\n', " / "));
        let _ = writeln!(
            out,
            "{:>3}. {} | {} | {} | {} | {} | {} | {} | {}",
            i + 1,
            one_line(&row.goal),
            one_line(&row.ideas),
            one_line(&row.measure),
            one_line(&row.owner),
            one_line(&row.when_text),
            if due.is_empty() {
                String::new()
            } else {
                tr!("import-report-due", date = due)
            },
            row.status.label_in(lang),
            one_line(&row.result)
        );
    }
    out
}
