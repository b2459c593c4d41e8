//! Reading tables people prepared elsewhere into a project. An import turns the whole file into
//! one `Edit::Batch`: every bad row is reported with its line number, and if there is any, nothing
//! changes.

pub mod hoq;
pub mod pairwise;
pub mod planning;
pub mod remarks;
pub mod respondents;
pub mod responses;
pub mod reviews;
pub mod source;
pub mod survey;
pub mod transcript;

use std::fmt;

use crate::export::table::unneutralize;
use crate::model::text::visible;
use crate::model::{Edit, EditError};
pub use source::{Table, Unit};

/// One problem in an input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// 1-based line in the input file (row of a sheet); none for problems of the file as a whole.
    pub line: Option<u64>,
    pub column: Option<String>,
    pub message: String,
    /// Whether `line` counts lines of a text or rows of a sheet.
    pub unit: Unit,
}

impl RowError {
    pub fn file(message: impl Into<String>) -> Self {
        RowError {
            line: None,
            column: None,
            message: message.into(),
            unit: Unit::Line,
        }
    }

    pub fn at(line: u64, column: Option<&str>, message: impl Into<String>) -> Self {
        RowError {
            line: Some(line),
            column: column.map(String::from),
            message: message.into(),
            unit: Unit::Line,
        }
    }
}

impl RowError {
    /// Problems of one kind share their column and message apart from the values they quote and
    /// the numbers in them ("'x1' is not a number" and "'x2' is not a number" are one kind).
    fn kind(&self) -> String {
        let mut kind = format!("{:?}|", self.column);
        let mut quoted = false;
        let mut previous = ' ';
        for c in self.message.chars() {
            let after = std::mem::replace(&mut previous, c);
            match c {
                // An apostrophe inside a word ("doesn't") quotes nothing.
                '\'' if quoted || !after.is_alphanumeric() => {
                    quoted = !quoted;
                    kind.push(c);
                }
                _ if quoted => {}
                c if c.is_ascii_digit() => {
                    if !kind.ends_with('#') {
                        kind.push('#');
                    }
                }
                c => kind.push(c),
            }
        }
        kind
    }
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.line, &self.column) {
            (Some(l), Some(c)) => write!(f, "{} {l}, column '{c}': {}", self.unit, self.message),
            (Some(l), None) => write!(f, "{} {l}: {}", self.unit, self.message),
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

/// How many problems of one kind a refusal shows; the rest are counted (a file of 100,000 rows
/// can hold as many problems, and a screenful of the same one helps nobody).
pub const SHOWN_PER_KIND: usize = 5;

fn lines(errors: &[RowError]) -> String {
    let mut out = match errors.len() {
        1 => "1 problem:".to_string(),
        n => format!("{} problems:", thousands(n)),
    };
    // Kinds in the order they first appear; each with its problems in file order.
    let mut at: std::collections::HashMap<String, usize> = Default::default();
    let mut kinds: Vec<Vec<&RowError>> = Vec::new();
    for e in errors {
        let i = *at.entry(e.kind()).or_insert_with(|| {
            kinds.push(Vec::new());
            kinds.len() - 1
        });
        kinds[i].push(e);
    }
    for list in &kinds {
        for e in list.iter().take(SHOWN_PER_KIND) {
            out.push_str("\n  ");
            out.push_str(&e.to_string());
        }
        if list.len() > SHOWN_PER_KIND {
            let more = list.len() - SHOWN_PER_KIND;
            out.push_str(&format!("\n  … and {} more of this kind", thousands(more)));
        }
    }
    out
}

/// Every problem, one a line, for `--problems FILE`.
pub fn full_list(errors: &[RowError]) -> String {
    errors.iter().map(|e| format!("{e}\n")).collect()
}

/// How many problems a summary of `errors` leaves out.
pub fn hidden(errors: &[RowError]) -> usize {
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    for e in errors {
        *counts.entry(e.kind()).or_default() += 1;
    }
    counts
        .values()
        .map(|n| n.saturating_sub(SHOWN_PER_KIND))
        .sum()
}

/// 79,760: a count as people read it.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
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

/// The text a CSV reader reads: without a UTF-8 byte-order mark.
fn csv_text(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// A CSV reader that accepts a UTF-8 byte-order mark and rows of differing length.
fn csv_reader(text: &str) -> ::csv::Reader<&[u8]> {
    ::csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(csv_text(text).as_bytes())
}

/// Where each line of a text starts, to name the line of a byte offset. The CSV reader's own line
/// count sees only LF, so CRLF files (Excel) and CR-only files (Excel's "CSV (Macintosh)") were
/// reported on the wrong line; here LF, CRLF and a lone CR each end one line.
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            let ends = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// The 1-based line holding a record that the reader says starts at `byte`: line ends
    /// before the record's first character (the reader may place a record at the LF of a
    /// CRLF, or at blank lines it skipped) are passed over.
    fn line_of_record(&self, text: &str, byte: u64) -> u64 {
        let bytes = text.as_bytes();
        let mut at = byte as usize;
        while at < bytes.len() && matches!(bytes[at], b'\r' | b'\n') {
            at += 1;
        }
        self.starts.partition_point(|&s| s <= at) as u64
    }

    fn line(&self, text: &str, position: Option<&::csv::Position>) -> u64 {
        position.map_or(0, |p| self.line_of_record(text, p.byte()))
    }
}

/// A quote that opens a value and is never closed makes a CSV reader take the rest of the file as
/// that one value, so a whole batch of remarks would arrive as one. Refused, with the line where
/// the quote opened.
fn unclosed_quote(text: &str) -> Result<(), RowError> {
    let mut line = 1u64;
    let mut opened = None;
    let mut field_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (opened, c) {
            (Some(_), '"') if chars.peek() == Some(&'"') => {
                chars.next();
            }
            (Some(_), '"') => opened = None,
            (None, '"') if field_start => opened = Some(line),
            _ => {}
        }
        if c == '\n' || (c == '\r' && chars.peek() != Some(&'\n')) {
            line += 1;
        }
        field_start = opened.is_none() && matches!(c, ',' | '\n' | '\r');
    }
    match opened {
        Some(at) => Err(RowError::at(
            at,
            None,
            "a quote opens a value here and is never closed, so the rest of the file would be \
             read as one value; close the quote (write a quote inside a value as \"\")",
        )),
        None => Ok(()),
    }
}

/// Header problems are made on line 1; the header may be further down (blank lines before it),
/// and the problems move with it.
fn at_header(errors: &mut [RowError], table: &Table) {
    for e in errors.iter_mut().filter(|e| e.line == Some(1)) {
        e.line = Some(table.header_at);
    }
}

/// Reads a CSV text into a table: records with the line each starts on (LF, CRLF and CR end
/// lines; a quoted value over several lines is at its first). An unclosed quote or an unreadable
/// header refuses the file; a record the reader cannot read becomes one of the table's problems.
pub fn csv_table(text: &str) -> Result<Table, Vec<RowError>> {
    unclosed_quote(text).map_err(|e| vec![e])?;
    let mut reader = csv_reader(text);
    let text = csv_text(text);
    let lines = LineIndex::new(text);
    let header = reader
        .headers()
        .map_err(|e| vec![csv_error(e, text, &lines)])?
        .iter()
        .map(String::from)
        .collect();
    let mut table = Table {
        header,
        header_at: lines.line_of_record(text, 0),
        ..Table::default()
    };
    for record in reader.records() {
        match record {
            Ok(r) => table.rows.push(source::Row {
                at: lines.line(text, r.position()),
                cells: r.iter().map(String::from).collect(),
            }),
            Err(e) => table.problems.push(csv_error(e, text, &lines)),
        }
    }
    Ok(table)
}

/// The problems of a plan made from `table`, numbered in its unit (rows of a sheet).
pub fn located(table: &Table, plan: Result<Plan, Vec<RowError>>) -> Result<Plan, Vec<RowError>> {
    plan.map_err(|mut errors| {
        for e in &mut errors {
            e.unit = table.unit;
        }
        errors
    })
}

/// Two header columns with the same name: which one a value comes from would be a guess.
fn duplicate_columns(names: &[String]) -> Vec<RowError> {
    let mut first: std::collections::HashMap<&str, usize> = Default::default();
    let mut errors = Vec::new();
    for (i, n) in names.iter().enumerate() {
        if let Some(&j) = first.get(n.as_str()) {
            errors.push(RowError::at(
                1,
                Some(n),
                format!(
                    "columns {} and {} have the same name; keep one of them",
                    j + 1,
                    i + 1
                ),
            ));
        } else {
            first.insert(n, i);
        }
    }
    errors
}

fn csv_error(e: ::csv::Error, text: &str, lines: &LineIndex) -> RowError {
    let line = e.position().map(|p| lines.line_of_record(text, p.byte()));
    let message = match e.kind() {
        ::csv::ErrorKind::Utf8 { .. } => "the file is not valid UTF-8 text".to_string(),
        _ => e.to_string(),
    };
    RowError {
        line,
        column: None,
        message,
        unit: Unit::Line,
    }
}

/// One row of a CSV file read by column name.
pub struct SheetRow {
    /// 1-based line in the file.
    pub line: u64,
    columns: std::rc::Rc<[String]>,
    values: Vec<String>,
}

impl SheetRow {
    /// The trimmed value of a column (empty when the column or the cell is missing), with the
    /// apostrophe an export put before formula-like text taken off again.
    pub fn get(&self, column: &str) -> &str {
        self.columns
            .iter()
            .position(|c| c == column)
            .and_then(|i| self.values.get(i))
            .map_or("", |v| v.as_str())
    }

    /// The column names, lower-cased, in file order.
    pub fn columns(&self) -> &[String] {
        &self.columns
    }

    pub fn is_blank(&self) -> bool {
        self.values.iter().all(|v| v.is_empty())
    }
}

/// Reads a table whose header must use only `allowed` column names (lower-cased, trimmed) and
/// include every `required` one. Header problems stop the import at once; rows that cannot be
/// read are returned as errors beside the rows that can, so every problem is reported together.
pub fn read_sheet(
    table: &Table,
    allowed: &[&str],
    required: &[&str],
) -> Result<(Vec<SheetRow>, Vec<RowError>), Vec<RowError>> {
    read_sheet_with(
        table,
        |c| allowed.contains(&c),
        &allowed.join(", "),
        required,
    )
}

/// As `read_sheet`, for headers whose columns follow a pattern (such as `competitor:<name>`):
/// `allowed` says whether a column name is one, `expected` describes them in messages.
pub fn read_sheet_with(
    table: &Table,
    allowed: impl Fn(&str) -> bool,
    expected: &str,
    required: &[&str],
) -> Result<(Vec<SheetRow>, Vec<RowError>), Vec<RowError>> {
    let columns: std::rc::Rc<[String]> = table
        .header
        .iter()
        .map(|h| visible(h).trim().to_lowercase())
        .collect();
    let mut errors = duplicate_columns(&columns);
    for c in columns.iter().filter(|c| !allowed(c.as_str())) {
        errors.push(RowError::at(
            1,
            Some(c),
            format!("unknown column; expected {expected}"),
        ));
    }
    for need in required.iter().filter(|r| !columns.iter().any(|c| c == *r)) {
        errors.push(RowError::at(
            1,
            None,
            format!("the header needs a '{need}' column"),
        ));
    }
    if !errors.is_empty() {
        at_header(&mut errors, table);
        return Err(errors);
    }
    let rows = table
        .rows
        .iter()
        .map(|r| SheetRow {
            line: r.at,
            columns: columns.clone(),
            values: r
                .cells
                .iter()
                .map(|v| unneutralize(visible(v).trim()).to_string())
                .collect(),
        })
        .collect();
    Ok((rows, table.problems.clone()))
}

/// "R13–R24" for a run of new ids, "R13" for one.
fn id_range<T: fmt::Display>(ids: &[T]) -> String {
    match ids {
        [] => String::new(),
        [one] => one.to_string(),
        [first, .., last] => format!("{first}–{last}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_quote_opening_a_value_must_close() {
        assert!(unclosed_quote("a,b\n5\" screen,x\n").is_ok());
        assert!(unclosed_quote("a\n\"x\"\"y\",\"multi\nline\"\n").is_ok());
        assert_eq!(unclosed_quote("a\nb\n\"c\n").unwrap_err().line, Some(3));
        assert_eq!(unclosed_quote("a,\"b\nc\n").unwrap_err().line, Some(1));
        assert_eq!(
            unclosed_quote("a\r\nb\r\n\"c\r\n").unwrap_err().line,
            Some(3)
        );
        assert_eq!(unclosed_quote("a\rb\r\"c\r").unwrap_err().line, Some(3));
    }

    #[test]
    fn problems_of_one_kind_differ_only_in_quoted_values_and_numbers() {
        let a = RowError::at(2, Some("importance"), "'x0' is not a number");
        let b = RowError::at(9, Some("importance"), "'long value' is not a number");
        let c = RowError::at(9, Some("current"), "'x' is not a number");
        let d = RowError::at(3, None, "the row doesn't name 'Q1' or 'Q2'");
        let e = RowError::at(4, None, "the row doesn't name 'Q7'");
        assert_eq!(a.kind(), b.kind());
        assert_ne!(a.kind(), c.kind());
        assert_ne!(
            d.kind(),
            e.kind(),
            "a different shape of message is another kind"
        );
        assert_eq!(
            RowError::at(5, None, "99 is outside 1–5").kind(),
            RowError::at(6, None, "0 is outside 1–5").kind()
        );
        assert_eq!(thousands(79_755), "79,755");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }
}
