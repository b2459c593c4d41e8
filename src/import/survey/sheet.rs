//! Reading a wide survey export: a header row and one row per respondent, from CSV (UTF-8 with or
//! without a byte-order mark, or GBK as Chinese Excel writes it) or from an XLSX workbook.
//! Everything the import needs from the file goes through `read_sheet`.

use std::path::Path;

use super::super::source::{self, Encoding};
use super::super::{ImportError, RowError, csv_table};
use crate::export::table::unneutralize;
use crate::model::text::visible;

/// Where a value sits: CSV problems name lines of the text, XLSX problems rows of the sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Line,
    Row,
}

/// One row of values with where it is in the file.
#[derive(Debug, Clone)]
pub struct Line {
    /// 1-based line (CSV) or row (XLSX).
    pub at: u64,
    pub cells: Vec<String>,
}

impl Line {
    pub fn get(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", String::as_str)
    }
}

/// A table read from a file: its header and rows, blank rows left out.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub unit: Unit,
    /// The header's line or row.
    pub header_at: u64,
    pub header: Vec<String>,
    pub rows: Vec<Line>,
}

impl Sheet {
    /// A problem at a place in the file: CSV problems carry the line and column as fields (as the
    /// other imports do); XLSX problems say "row N, column 'X' (D)" so nobody looks for a line.
    pub fn problem(&self, at: u64, column: Option<usize>, message: impl Into<String>) -> RowError {
        let message = message.into();
        let name = column.map(|c| self.header.get(c).map_or("", String::as_str));
        match self.unit {
            Unit::Line => RowError::at(at, name, message),
            Unit::Row => RowError::file(match column {
                Some(c) => format!(
                    "row {at}, column '{}' ({}): {message}",
                    name.unwrap_or(""),
                    letters(c)
                ),
                None => format!("row {at}: {message}"),
            }),
        }
    }
}

impl Sheet {
    /// The sheet with its first `n` rows as the header: each row's text carries on to the right
    /// over the blank cells after it (a question over its grid), and a column's texts are joined
    /// with " - ". "Response" and "Open-Ended Response", which SurveyMonkey writes under a
    /// question of one column, are left out.
    pub fn with_header_rows(&self, n: usize) -> Sheet {
        if n < 2 {
            return self.clone();
        }
        let extra = n.saturating_sub(1).min(self.rows.len());
        let mut rows: Vec<Vec<String>> = vec![self.header.clone()];
        rows.extend(self.rows[..extra].iter().map(|r| r.cells.clone()));
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        let mut header = vec![String::new(); width];
        for (k, row) in rows.iter().enumerate() {
            let last = k + 1 == rows.len();
            let mut carried = String::new();
            for (c, h) in header.iter_mut().enumerate() {
                let cell = row.get(c).map_or("", |s| s.trim());
                if !cell.is_empty() {
                    carried = cell.to_string();
                }
                // The lowest row names only its own cell; the rows above carry over.
                let text = if last { cell } else { carried.as_str() };
                let filler =
                    ["response", "open-ended response"].contains(&text.to_lowercase().as_str());
                if text.is_empty() || filler {
                    continue;
                }
                if !h.is_empty() {
                    h.push_str(" - ");
                }
                h.push_str(text);
            }
        }
        Sheet {
            unit: self.unit,
            header_at: self.header_at,
            header,
            rows: self.rows[extra..].to_vec(),
        }
    }
}

/// The spreadsheet letters of a 0-based column: 0 is A, 26 is AA.
pub fn letters(column: usize) -> String {
    let mut n = column + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Reads a survey export through the shared reader: a workbook by its extension (`sheet` picks a
/// worksheet, else the first), anything else as CSV in any encoding `source` reads (`encoding`
/// forces one). Values are trimmed, and rows with no value are left out.
pub fn read_sheet(
    path: &Path,
    sheet: Option<&str>,
    encoding: Option<Encoding>,
) -> Result<Sheet, ImportError> {
    let options = source::Options {
        encoding,
        sheet: sheet.map(String::from),
    };
    let table = source::read_table(path, &options).map_err(ImportError::Rows)?;
    from_table(table)
}

/// Reads CSV text already decoded (for tests and callers holding text).
pub fn read_csv_text(text: &str) -> Result<Sheet, ImportError> {
    from_table(csv_table(text).map_err(ImportError::Rows)?)
}

fn from_table(table: source::Table) -> Result<Sheet, ImportError> {
    if !table.problems.is_empty() {
        return Err(ImportError::Rows(table.problems));
    }
    let rows = table
        .rows
        .into_iter()
        .filter_map(|r| {
            let cells: Vec<String> = r
                .cells
                .iter()
                .map(|v| unneutralize(visible(v).trim()).to_string())
                .collect();
            (!cells.iter().all(String::is_empty)).then_some(Line { at: r.at, cells })
        })
        .collect();
    Ok(Sheet {
        unit: match table.unit {
            source::Unit::Line => Unit::Line,
            source::Unit::Row => Unit::Row,
        },
        header_at: table.header_at,
        header: table
            .header
            .iter()
            .map(|h| visible(h).trim().to_string())
            .collect(),
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gbk_with_crlf_names_the_right_lines() {
        let text = "编号,地区\r\nA1,华北\r\n\r\nA2,\"华\r\n南\"\r\nA3,西部\r\n";
        let (bytes, _, _) = encoding_rs::GBK.encode(text);
        let decoded = source::decode(&bytes, None).unwrap();
        assert_eq!(decoded.text, text);
        let sheet = read_csv_text(&decoded.text).unwrap();
        assert_eq!(sheet.header, ["编号", "地区"]);
        let at: Vec<u64> = sheet.rows.iter().map(|r| r.at).collect();
        assert_eq!(at, [2, 4, 6]);
        assert_eq!(sheet.rows[1].get(1), "华\r\n南");
    }

    #[test]
    fn column_letters() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(29), "AD");
    }
}
