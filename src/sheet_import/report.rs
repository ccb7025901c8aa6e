//! The import's report as Norwegian text: what the CLI prints (and `--preview` shows)
//! before anything is written.

use super::{SheetImport, SourceKind};

/// The preview as the CLI prints it: where the rows came from, which columns were used and
/// ignored, every cell that could not be read, and the rows as they will land.
pub fn report_text(import: &SheetImport) -> String {
    use std::fmt::Write as _;
    let r = &import.report;
    let b = &import.board;
    let mut out = String::new();
    let kind = match r.kind {
        SourceKind::Tavle => "arbeidsbok fra Tavle, leses tilbake nøyaktig",
        SourceKind::Sheet => "eget regneark",
    };
    let _ = writeln!(out, "Import fra «{}» ({kind})", r.file);
    let _ = writeln!(
        out,
        "Ark: «{}», overskrifter på rad {}",
        r.sheet, r.header_row
    );
    let unit = if r.needs_unit {
        "(mangler — oppgi --unit)".to_string()
    } else {
        b.unit.clone()
    };
    let year = if r.needs_year {
        "(mangler — oppgi --year)".to_string()
    } else {
        b.year.to_string()
    };
    let _ = writeln!(out, "Enhet: {unit}    År: {year}");
    if !r.columns.is_empty() {
        let cols: Vec<String> = r
            .columns
            .iter()
            .map(|c| format!("{} «{}» → {}", c.column, c.header, c.field))
            .collect();
        let _ = writeln!(out, "Kolonner: {}", cols.join(", "));
    }
    if !r.ignored_columns.is_empty() {
        let cols: Vec<String> = r
            .ignored_columns
            .iter()
            .map(|c| format!("{} «{}»", c.column, c.header))
            .collect();
        let _ = writeln!(out, "Ukjente kolonner, ikke importert: {}", cols.join(", "));
    }
    let _ = writeln!(
        out,
        "Rader: {}{}{}{}",
        b.rows.len(),
        if b.absence.is_empty() {
            String::new()
        } else {
            format!(", fraværsmåneder: {}", b.absence.len())
        },
        if b.plan.milestones.is_empty() {
            String::new()
        } else {
            format!(", delmål: {}", b.plan.milestones.len())
        },
        if b.inputs.is_empty() {
            String::new()
        } else {
            format!(", innspill: {}", b.inputs.len())
        },
    );
    if !r.skipped_rows.is_empty() {
        let rows: Vec<String> = r.skipped_rows.iter().map(u32::to_string).collect();
        let _ = writeln!(
            out,
            "Hoppet over (verken Mål eller Tiltak): rad {}",
            rows.join(", ")
        );
    }
    if r.problems.is_empty() {
        let _ = writeln!(out, "Celler som ikke kunne leses: ingen");
    } else {
        let _ = writeln!(out, "Celler som ikke kunne leses ({}):", r.problems.len());
        for p in &r.problems {
            let _ = writeln!(
                out,
                "  {} rad {}, kolonne {}: «{}» {}",
                p.sheet, p.row, p.column, p.value, p.message
            );
        }
    }
    let _ = writeln!(out);
    for (i, row) in b.rows.iter().enumerate() {
        let due = row.due.map(crate::nb::date).unwrap_or_default();
        let one_line = |s: &str| s.replace('\n', " / ");
        let _ = writeln!(
            out,
            "{:>3}. {} | {} | {} | {} | {} | {}",
            i + 1,
            one_line(&row.goal),
            one_line(&row.measure),
            one_line(&row.owner),
            one_line(&row.when_text),
            if due.is_empty() {
                String::new()
            } else {
                format!("frist {due}")
            },
            row.status.label()
        );
    }
    out
}
