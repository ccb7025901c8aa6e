//! The board and its parts as plain data, with the rules that keep them sane, one module
//! per noun. Each noun's module holds its data, its rules and its form (what the leader
//! types, as text) together.
//!
//! These types are also the exchange format of design.md (serde), so a board read from
//! JSON, stored, loaded and written again is the same value. Validation lives here so
//! that the CLI, the app and the importer all refuse the same things with the same
//! Norwegian messages; a refusal of one form field says which ([`crate::Error::on_field`]).

mod absence;
mod board;
mod checks;
mod field;
mod ids;
mod input;
mod measure;
mod plan;
mod row;
mod sql;
mod status;

pub use absence::{
    month_label, months_in_force, parse_months, year_table, AbsenceMonth, MonthEntry, MonthProblem,
    YearMonth,
};
pub use board::{Board, BoardHeader, HeaderEntry, DEFAULT_BOARD_TITLE};
pub use checks::{
    check_date, check_month_in_year, check_pct, check_text, check_year, parse_date, parse_decimal,
    parse_year, read_number, unix_line_breaks, Typed, MAX_TEXT_CHARS, YEARS,
};
pub use field::{Choice, Field, FieldKind, FieldSpec, PrintColumn, FIELDS};
pub use ids::{BoardId, ChangeId, InputId, RowId};
pub use input::{CardsToRow, CardsToRowEntry, Input, Question, MAX_VOTES};
pub use measure::{MeasureKind, MeasureLevel};
pub use plan::{Milestone, MilestoneEntry, Plan, PlanEntry, PlanFields};
pub use row::{DueForm, Row, RowEntry, RowFields, RowText};
pub use status::{check_status_date, Status, StatusChange};
