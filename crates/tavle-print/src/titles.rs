//! The titles of the prints, as the PDF's document title, the first page and the footer
//! give them: made in one place so the three never drift apart, in the print's language.

use tavle_model::lang::Lang;
use tavle_model::model::Board;

/// The board's title as printed in `lang`: the leader's own title as typed, but the
/// default title ("Forbedringstavle", which nobody typed) in the print's language.
pub fn board_title(b: &Board, lang: Lang) -> String {
    if b.title == tavle_model::model::DEFAULT_BOARD_TITLE {
        lang.text("board-default-title")
    } else {
        b.title.clone()
    }
}

/// "Forbedringstavle – Hjemmesykepleien 2025": the board print.
pub fn board(b: &Board, lang: Lang) -> String {
    format!("{} – {} {}", board_title(b, lang), b.unit, b.year)
}

/// "Workshop – Hjemmesykepleien 2025": the blank workshop sheet and the cards.
pub fn workshop(b: &Board, lang: Lang) -> String {
    lang.format(
        "workshop-title",
        &[("unit", b.unit.as_str().into()), ("year", b.year.into())],
    )
}

/// "Prosjekt nærvær 2025": the plan's first line.
pub fn plan_heading(year: i32, lang: Lang) -> String {
    lang.format("plan-heading", &[("year", year.into())])
}

/// "Prosjekt nærvær 2025 – Hjemmesykepleien": the plan.
pub fn plan(b: &Board, lang: Lang) -> String {
    format!("{} – {}", plan_heading(b.year, lang), b.unit)
}

/// "Årsrapport 2025 – Hjemmesykepleien": the year report.
pub fn report(year: i32, unit: &str, lang: Lang) -> String {
    lang.format(
        "report-title",
        &[("year", year.into()), ("unit", unit.into())],
    )
}

/// "Oversikt over enheter 2025": the overview for the steering group.
pub fn rollup(year: i32, lang: Lang) -> String {
    lang.format("rollup-title", &[("year", year.into())])
}

/// "Referat fra tavlemøtet": the Referat's first line.
pub fn minutes_heading(lang: Lang) -> String {
    lang.text("minutes-heading")
}

/// A title as the running header of a page that continues it.
pub fn continued(title: &str, lang: Lang) -> String {
    lang.format("continued", &[("title", title.into())])
}
