//! Reading a wide survey export: a header row and one row per respondent, from CSV (UTF-8 with or
//! without a byte-order mark, or GBK as Chinese Excel writes it) or from an XLSX workbook.
//! Everything the import needs from the file goes through `read_sheet`.

use std::path::Path;

use super::super::{ImportError, LineIndex, RowError, csv_error, csv_reader, csv_text};
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

/// Reads a survey export: XLSX by its extension (`sheet` picks a worksheet, else the first),
/// anything else as CSV.
pub fn read_sheet(path: &Path, sheet: Option<&str>) -> Result<Sheet, ImportError> {
    let is_xlsx = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["xlsx", "xlsm"].contains(&e.to_lowercase().as_str()));
    if is_xlsx {
        return read_xlsx(path, sheet);
    }
    if let Some(name) = sheet {
        return Err(rows(RowError::file(format!(
            "--sheet {name}: a CSV file has no worksheets; give --sheet only for an .xlsx file"
        ))));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        rows(RowError::file(format!(
            "cannot read {}: {e}",
            path.display()
        )))
    })?;
    let text = decode(&bytes).map_err(rows)?;
    read_csv(&text)
}

/// Reads CSV text already decoded (for tests and callers holding text).
pub fn read_csv_text(text: &str) -> Result<Sheet, ImportError> {
    read_csv(text)
}

fn rows(e: RowError) -> ImportError {
    ImportError::Rows(vec![e])
}

/// UTF-8 (a byte-order mark is dropped), or else GBK/GB18030, which Excel writes for "CSV" on a
/// Chinese system. Text that is neither is refused rather than read with replacement marks.
pub fn decode(bytes: &[u8]) -> Result<String, RowError> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.strip_prefix('\u{feff}').unwrap_or(text).to_string());
    }
    let mut decoder = encoding_rs::GB18030.new_decoder_without_bom_handling();
    let room = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len().saturating_mul(3));
    let mut text = String::with_capacity(room);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok(text),
        encoding_rs::DecoderResult::Malformed(bad, after) => {
            // `read` is past the malformed bytes and the `after` bytes read beyond them.
            let at = read.saturating_sub(usize::from(bad) + usize::from(after));
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(RowError::at(
                line as u64,
                None,
                "the file is neither UTF-8 nor GBK text; save it as CSV UTF-8",
            ))
        }
        encoding_rs::DecoderResult::OutputFull => {
            Err(RowError::file("the file is too large to read as GBK text"))
        }
    }
}

fn read_csv(text: &str) -> Result<Sheet, ImportError> {
    super::super::unclosed_quote(text).map_err(rows)?;
    let mut reader = csv_reader(text);
    let text = csv_text(text);
    let lines = LineIndex::new(text);
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| rows(csv_error(e, text, &lines)))?
        .iter()
        .map(|h| visible(h).trim().to_string())
        .collect();
    let header_at = lines.line_of_record(text, 0);
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for record in reader.records() {
        match record {
            Ok(r) => {
                let cells: Vec<String> = r
                    .iter()
                    .map(|v| unneutralize(visible(v).trim()).to_string())
                    .collect();
                if cells.iter().all(String::is_empty) {
                    continue;
                }
                out.push(Line {
                    at: lines.line(text, r.position()),
                    cells,
                });
            }
            Err(e) => errors.push(csv_error(e, text, &lines)),
        }
    }
    if !errors.is_empty() {
        return Err(ImportError::Rows(errors));
    }
    Ok(Sheet {
        unit: Unit::Line,
        header_at,
        header,
        rows: out,
    })
}

fn read_xlsx(path: &Path, sheet: Option<&str>) -> Result<Sheet, ImportError> {
    use calamine::{Reader, Xlsx, open_workbook};
    let mut book: Xlsx<_> = open_workbook(path).map_err(|e| {
        rows(RowError::file(format!(
            "cannot read {} as an XLSX workbook: {e}",
            path.display()
        )))
    })?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(s) => names
            .iter()
            .find(|n| n.as_str() == s)
            .cloned()
            .ok_or_else(|| {
                rows(RowError::file(format!(
                    "the workbook has no worksheet '{s}'; it has {}",
                    names.join(", ")
                )))
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| rows(RowError::file("the workbook has no worksheets")))?,
    };
    let range = book.worksheet_range(&name).map_err(|e| {
        rows(RowError::file(format!(
            "cannot read worksheet '{name}': {e}"
        )))
    })?;
    let (top, left) = range.start().unwrap_or((0, 0));
    // Cells left of the used range are empty columns; keep them so letters stay right.
    let pad = left as usize;
    let mut all = range.rows().enumerate().map(|(i, r)| {
        let mut cells = vec![String::new(); pad];
        cells.extend(
            r.iter()
                .map(|c| unneutralize(visible(&cell_text(c)).trim()).to_string()),
        );
        Line {
            at: u64::from(top) + i as u64 + 1,
            cells,
        }
    });
    let Some(header) = all.by_ref().find(|l| l.cells.iter().any(|c| !c.is_empty())) else {
        return Err(rows(RowError::file(format!("worksheet '{name}' is empty"))));
    };
    let rows_: Vec<Line> = all
        .filter(|l| l.cells.iter().any(|c| !c.is_empty()))
        .collect();
    Ok(Sheet {
        unit: Unit::Row,
        header_at: header.at,
        header: header.cells,
        rows: rows_,
    })
}

/// A cell as the spreadsheet shows it: dates as 2026-03-01 or 2026-03-01 09:14 (calamine gives
/// Excel's serial day number), everything else as its value.
fn cell_text(cell: &calamine::Data) -> String {
    match cell {
        calamine::Data::DateTime(d) if d.is_datetime() => {
            let (y, mo, day, h, mi, s, _) = d.to_ymd_hms_milli();
            match (h, mi, s) {
                (0, 0, 0) => format!("{y:04}-{mo:02}-{day:02}"),
                (h, mi, 0) => format!("{y:04}-{mo:02}-{day:02} {h:02}:{mi:02}"),
                (h, mi, s) => format!("{y:04}-{mo:02}-{day:02} {h:02}:{mi:02}:{s:02}"),
            }
        }
        c => c.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gbk_with_crlf_names_the_right_lines() {
        let text = "编号,地区\r\nA1,华北\r\n\r\nA2,\"华\r\n南\"\r\nA3,西部\r\n";
        let (bytes, _, _) = encoding_rs::GBK.encode(text);
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded, text);
        let sheet = read_csv(&decoded).unwrap();
        assert_eq!(sheet.header, ["编号", "地区"]);
        let at: Vec<u64> = sheet.rows.iter().map(|r| r.at).collect();
        assert_eq!(at, [2, 4, 6]);
        assert_eq!(sheet.rows[1].get(1), "华\r\n南");
    }

    #[test]
    fn utf8_with_a_byte_order_mark_and_text_that_is_neither() {
        assert_eq!(decode("\u{feff}a,b\n".as_bytes()).unwrap(), "a,b\n");
        let e = decode(b"a,b\n\xff\xff\xff\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        // Valid GBK up to line 3, where a lead byte is followed by a line end.
        let mut gbk = encoding_rs::GBK.encode("编号\n华北\n").0.into_owned();
        gbk.extend_from_slice(b"\xb1\n");
        assert_eq!(decode(&gbk).unwrap_err().line, Some(3));
    }

    #[test]
    fn dates_read_as_dates() {
        use calamine::{Data, ExcelDateTime, ExcelDateTimeType};
        let at = |v| Data::DateTime(ExcelDateTime::new(v, ExcelDateTimeType::DateTime, false));
        assert_eq!(cell_text(&at(45943.0)), "2025-10-13");
        assert_eq!(cell_text(&at(45943.5)), "2025-10-13 12:00");
        assert_eq!(cell_text(&at(45943.541)), "2025-10-13 12:59:02");
        assert_eq!(cell_text(&Data::Float(4.0)), "4");
    }

    #[test]
    fn column_letters() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(29), "AD");
    }
}
