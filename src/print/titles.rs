//! The titles of the prints, as the PDF's document title, the first page and the footer
//! give them: made in one place so the three never drift apart.

use crate::model::Board;

/// "Forbedringstavle – Hjemmesykepleien 2025": the board print.
pub fn board(b: &Board) -> String {
    format!("{} – {} {}", b.title, b.unit, b.year)
}

/// "Workshop – Hjemmesykepleien 2025": the blank workshop sheet and the cards.
pub fn workshop(b: &Board) -> String {
    format!("Workshop – {} {}", b.unit, b.year)
}

/// "Prosjekt nærvær 2025": the plan's first line.
pub fn plan_heading(year: i32) -> String {
    format!("Prosjekt nærvær {year}")
}

/// "Prosjekt nærvær 2025 – Hjemmesykepleien": the plan.
pub fn plan(b: &Board) -> String {
    format!("{} – {}", plan_heading(b.year), b.unit)
}

/// "Årsrapport 2025 – Hjemmesykepleien": the year report.
pub fn report(year: i32, unit: &str) -> String {
    format!("Årsrapport {year} – {unit}")
}

/// "Oversikt over enheter 2025": the overview for the steering group.
pub fn rollup(year: i32) -> String {
    format!("Oversikt over enheter {year}")
}

/// A title as the running header of a page that continues it.
pub fn continued(title: &str) -> String {
    format!("{title} (forts.)")
}
