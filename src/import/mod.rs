//! Reading tables people prepared elsewhere into a project. An import turns the whole file into
//! one `Edit::Batch`: every bad row is reported with its line number, and if there is any, nothing
//! changes.

pub mod pairwise;
pub mod planning;
pub mod remarks;
pub mod responses;

use std::fmt;

use crate::model::{Edit, EditError};

/// One problem in an input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// 1-based line in the input file; none for problems of the file as a whole.
    pub line: Option<u64>,
    pub column: Option<String>,
    pub message: String,
}

impl RowError {
    pub fn file(message: impl Into<String>) -> Self {
        RowError {
            line: None,
            column: None,
            message: message.into(),
        }
    }

    pub fn at(line: u64, column: Option<&str>, message: impl Into<String>) -> Self {
        RowError {
            line: Some(line),
            column: column.map(String::from),
            message: message.into(),
        }
    }
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.line, &self.column) {
            (Some(l), Some(c)) => write!(f, "line {l}, column '{c}': {}", self.message),
            (Some(l), None) => write!(f, "line {l}: {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

/// Why an import changed nothing.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ImportError {
    #[error("{}", lines(.0))]
    Rows(Vec<RowError>),
    #[error("the import does not fit the project: {0}")]
    Edit(#[from] EditError),
}

fn lines(errors: &[RowError]) -> String {
    let mut out = match errors.len() {
        1 => "1 problem:".to_string(),
        n => format!("{n} problems:"),
    };
    for e in errors {
        out.push_str("\n  ");
        out.push_str(&e.to_string());
    }
    out
}

/// What an import will do, for the command to apply and report.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub edit: Edit,
    /// One line per kind of change, e.g. "12 remarks added (R13–R24)".
    pub summary: Vec<String>,
}

/// A CSV reader that accepts a UTF-8 byte-order mark and rows of differing length.
fn csv_reader(text: &str) -> ::csv::Reader<&[u8]> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    ::csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes())
}

fn csv_error(e: ::csv::Error) -> RowError {
    let line = e.position().map(|p| p.line());
    let message = match e.kind() {
        ::csv::ErrorKind::Utf8 { .. } => "the file is not valid UTF-8 text".to_string(),
        _ => e.to_string(),
    };
    RowError {
        line,
        column: None,
        message,
    }
}

/// "R13–R24" for a run of new ids, "R13" for one.
fn id_range<T: fmt::Display>(ids: &[T]) -> String {
    match ids {
        [] => String::new(),
        [one] => one.to_string(),
        [first, .., last] => format!("{first}–{last}"),
    }
}
