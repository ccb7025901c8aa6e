//! How the model's small types are written to and read from SQL columns (here, beside the
//! types, because Rust lets only the crate of a type implement another crate's trait for it).
//!
//! Enums are stored as their codes (TEXT with a CHECK in the schema); a value the code does
//! not know is a conversion error, never a panic. Dates use rusqlite's chrono support
//! (ISO `YYYY-MM-DD`).

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use super::{MeasureKind, MeasureLevel, Question, Status, YearMonth};

/// A value in the file that Tavle does not understand (the file was edited by hand or damaged).
#[derive(Debug)]
struct BadValue(String);

impl std::fmt::Display for BadValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::tr!("store-bad-value", what = self.0.as_str()))
    }
}

impl std::error::Error for BadValue {}

fn bad(what: String) -> FromSqlError {
    FromSqlError::Other(Box::new(BadValue(what)))
}

impl ToSql for Status {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.code()))
    }
}

impl FromSql for Status {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let code = value.as_str()?;
        Status::ALL
            .into_iter()
            .find(|s| s.code() == code)
            .ok_or_else(|| bad(crate::tr!("store-unknown-status", code = code)))
    }
}

impl ToSql for Question {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.code()))
    }
}

impl FromSql for Question {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let code = value.as_str()?;
        Question::ALL
            .into_iter()
            .find(|q| q.code() == code)
            .ok_or_else(|| bad(crate::tr!("store-unknown-question", code = code)))
    }
}

impl ToSql for MeasureKind {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.code()))
    }
}

impl FromSql for MeasureKind {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let code = value.as_str()?;
        MeasureKind::from_code(code).ok_or_else(|| bad(code.to_string()))
    }
}

impl ToSql for MeasureLevel {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.code()))
    }
}

impl FromSql for MeasureLevel {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let code = value.as_str()?;
        MeasureLevel::from_code(code).ok_or_else(|| bad(code.to_string()))
    }
}

impl ToSql for YearMonth {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.to_string()))
    }
}

impl FromSql for YearMonth {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        text.parse()
            .map_err(|_| bad(crate::tr!("store-bad-month", text = text)))
    }
}
