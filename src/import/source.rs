//! Where an import's input comes from: a text file in whatever encoding the spreadsheet or the
//! web shop wrote it (UTF-8 with or without a byte-order mark, UTF-16, GBK/GB18030), or the first
//! (or a named) sheet of a workbook. Both arrive as a [`Table`] of cells with the position people
//! see in their program: the line of a text file, the row of a sheet.
//!
//! ```no_run
//! use gemba::import::source::{self, Options};
//! let text = source::read_text("notes.txt".as_ref(), None).unwrap(); // any encoding
//! let table = source::read_table("reviews.xlsx".as_ref(), &Options::default()).unwrap();
//! for row in &table.rows {
//!     println!("{} {}: {:?}", table.unit, row.at, row.cells);
//! }
//! ```

use std::fmt;
use std::path::Path;

use super::RowError;

/// A text encoding a file can be read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// GBK is decoded as GB18030, its superset (every GBK file is GB18030); the name stays what
    /// the user gave, for messages.
    Gbk,
    Gb18030,
}

impl Encoding {
    pub const NAMES: &'static str = "utf-8, utf-16le, utf-16be, gbk, gb18030";

    fn coding(self) -> &'static encoding_rs::Encoding {
        match self {
            Encoding::Utf8 => encoding_rs::UTF_8,
            Encoding::Utf16Le => encoding_rs::UTF_16LE,
            Encoding::Utf16Be => encoding_rs::UTF_16BE,
            Encoding::Gbk | Encoding::Gb18030 => encoding_rs::GB18030,
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Gbk => "GBK",
            Encoding::Gb18030 => "GB18030",
        })
    }
}

impl std::str::FromStr for Encoding {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let key: String = s
            .trim()
            .to_lowercase()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        Ok(match key.as_str() {
            "utf8" => Encoding::Utf8,
            "utf16le" | "utf16" => Encoding::Utf16Le,
            "utf16be" => Encoding::Utf16Be,
            "gbk" | "cp936" | "gb2312" => Encoding::Gbk,
            "gb18030" => Encoding::Gb18030,
            _ => {
                return Err(format!(
                    "'{s}' is not an encoding gemba reads; use one of {}",
                    Encoding::NAMES
                ));
            }
        })
    }
}

/// A text file read into text.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The text, without the byte-order mark and without invisible characters; line ends kept.
    pub text: String,
    /// The encoding the file was read in (found or given).
    pub encoding: Encoding,
    /// Whether the file began with a byte-order mark.
    pub bom: bool,
    /// How many invisible characters (zero-width, byte-order marks inside the text, control
    /// characters other than tab and line ends) were taken out.
    pub removed: usize,
}

/// Whether a character is taken out of imported text: the invisible ones the project never
/// holds, and control characters (a NUL, an escape) other than tab and line ends.
pub fn unwanted(c: char) -> bool {
    crate::model::text::invisible(c) || (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

/// The text without unwanted characters, and how many there were.
pub fn clean(text: String) -> (String, usize) {
    let removed = text.chars().filter(|&c| unwanted(c)).count();
    if removed == 0 {
        return (text, 0);
    }
    (text.chars().filter(|&c| !unwanted(c)).collect(), removed)
}

/// Reads a text file: in `encoding` when given, else in the encoding its byte-order mark names,
/// else UTF-16 when the file looks like it (every other byte NUL), else UTF-8 when it is valid
/// UTF-8, else GB18030 (GBK's superset) when it decodes without error. A file that is none of
/// them is refused with the line and byte of the first that does not fit.
pub fn read_text(path: &Path, encoding: Option<Encoding>) -> Result<Decoded, Vec<RowError>> {
    let bytes = std::fs::read(path)
        .map_err(|e| vec![RowError::file(format!("cannot read the file: {e}"))])?;
    decode(&bytes, encoding).map_err(|e| vec![e])
}

/// Decodes the bytes of a text file as [`read_text`] does.
pub fn decode(bytes: &[u8], encoding: Option<Encoding>) -> Result<Decoded, RowError> {
    let boms: [(&[u8], Encoding); 3] = [
        (b"\xEF\xBB\xBF", Encoding::Utf8),
        (b"\xFF\xFE", Encoding::Utf16Le),
        (b"\xFE\xFF", Encoding::Utf16Be),
    ];
    let bom = boms
        .iter()
        .find(|(mark, _)| bytes.starts_with(mark))
        .map(|&(mark, e)| (mark.len(), e));
    let (body, bom_found, chosen) = match (encoding, bom) {
        // A forced encoding that matches the mark drops the mark; any other reads every byte.
        (Some(e), Some((len, b))) if e == b => (&bytes[len..], true, e),
        (Some(e), _) => (bytes, false, e),
        (None, Some((len, b))) => (&bytes[len..], true, b),
        (None, None) => match utf16_by_nuls(bytes) {
            Some(e) => (bytes, false, e),
            None => return guess(bytes),
        },
    };
    let text = exactly(chosen, body).map_err(|(at, prefix)| {
        let how = if encoding.is_some() {
            "given with --encoding"
        } else if bom_found {
            "named by the file's byte-order mark"
        } else {
            "found from its pattern of NUL bytes"
        };
        bad_byte(
            at + (bytes.len() - body.len()),
            &prefix,
            format!("the file is not {chosen} text (the encoding {how})"),
        )
    })?;
    let (text, removed) = clean(text);
    Ok(Decoded {
        text,
        encoding: chosen,
        bom: bom_found,
        removed,
    })
}

/// No mark and no NUL pattern: UTF-8, or else GB18030.
fn guess(bytes: &[u8]) -> Result<Decoded, RowError> {
    let utf8_error = match std::str::from_utf8(bytes) {
        Ok(text) => {
            let (text, removed) = clean(text.to_string());
            return Ok(Decoded {
                text,
                encoding: Encoding::Utf8,
                bom: false,
                removed,
            });
        }
        Err(e) => e,
    };
    let valid = utf8_error.valid_up_to();
    let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or("");
    // Chinese written in UTF-8 before the first bad byte: a UTF-8 file with a broken byte, not
    // GBK (GBK text almost never holds a valid three-byte UTF-8 sequence before its first error).
    let broken_utf8 = prefix.chars().any(|c| c as u32 >= 0x800);
    if !broken_utf8 && let Ok(text) = exactly(Encoding::Gb18030, bytes) {
        let (text, removed) = clean(text);
        return Ok(Decoded {
            text,
            encoding: Encoding::Gb18030,
            bom: false,
            removed,
        });
    }
    Err(bad_byte(
        valid,
        prefix,
        "the file is neither UTF-8 nor GBK/GB18030 text".to_string(),
    ))
}

fn bad_byte(at: usize, prefix: &str, what: String) -> RowError {
    RowError::at(
        line_count(prefix),
        None,
        format!(
            "{what}: byte {at} does not fit; give the file's encoding with --encoding ({}) \
             or save it as UTF-8",
            Encoding::NAMES
        ),
    )
}

/// The 1-based line at the end of `prefix` (LF, CRLF and a lone CR each end a line).
fn line_count(prefix: &str) -> u64 {
    let bytes = prefix.as_bytes();
    let ends = bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count();
    ends as u64 + 1
}

/// UTF-16 without a byte-order mark: ASCII letters in UTF-16 have a NUL byte beside them, on the
/// odd bytes for little-endian and the even ones for big-endian; UTF-8 and GBK text has no NUL.
fn utf16_by_nuls(bytes: &[u8]) -> Option<Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs == 0 {
        return None;
    }
    let even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    // Chinese text in UTF-16 has NULs only beside its commas, digits and line ends: a few are
    // enough, when they keep to one side (a binary file has them on both).
    let enough = 2.max(pairs / 64);
    if odd >= enough && even * 8 <= odd {
        Some(Encoding::Utf16Le)
    } else if even >= enough && odd * 8 <= even {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// Decodes without replacing anything; a byte that does not fit is returned with its offset and
/// the text before it.
fn exactly(encoding: Encoding, bytes: &[u8]) -> Result<String, (usize, String)> {
    use encoding_rs::DecoderResult;
    let mut decoder = encoding.coding().new_decoder_without_bom_handling();
    let room = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len().saturating_mul(3));
    let mut out = String::with_capacity(room);
    let mut read = 0;
    loop {
        let (result, n) =
            decoder.decode_to_string_without_replacement(&bytes[read..], &mut out, true);
        read += n;
        match result {
            DecoderResult::InputEmpty => return Ok(out),
            DecoderResult::OutputFull => out.reserve(bytes.len() - read + 16),
            DecoderResult::Malformed(bad, after) => {
                return Err((read - bad as usize - after as usize, out));
            }
        }
    }
}

/// What position numbers in a table count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Unit {
    /// Lines of a text file (a value over several lines is at the line it starts on).
    #[default]
    Line,
    /// Rows of a sheet, as the spreadsheet program numbers them.
    Row,
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Unit::Line => "line",
            Unit::Row => "row",
        })
    }
}

/// One record of a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// 1-based line (text) or row (sheet) where the record starts.
    pub at: u64,
    /// The values, as written (not trimmed); a sheet's numbers and dates as text.
    pub cells: Vec<String>,
}

/// A header and records, from a CSV text or a sheet.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub header: Vec<String>,
    /// Where the header is (blank lines or rows before it are passed over).
    pub header_at: u64,
    /// The records after the header, blank ones included for CSV (importers skip them).
    pub rows: Vec<Row>,
    pub unit: Unit,
    /// Records that could not be read (a CSV record the reader refused), reported with the
    /// importer's own problems.
    pub problems: Vec<RowError>,
    /// How many invisible characters were taken out of the file's text.
    pub removed: usize,
    /// The encoding of a text file; none for a sheet.
    pub encoding: Option<Encoding>,
    /// The sheet a workbook's table was read from.
    pub sheet: Option<String>,
}

/// How to read an input file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// The text encoding; found from the file when none.
    pub encoding: Option<Encoding>,
    /// The sheet of a workbook; the first when none.
    pub sheet: Option<String>,
}

/// Whether a file is a workbook (read as a sheet) by its extension.
pub fn is_workbook(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["xlsx", "xlsm", "xlsb", "xls", "ods"]
            .iter()
            .any(|w| e.eq_ignore_ascii_case(w))
    })
}

/// Reads a CSV file (any encoding [`read_text`] reads) or a sheet of a workbook (.xlsx, .xlsm,
/// .xlsb, .xls, .ods: the first sheet or `options.sheet`) into a table. `sheet` for a text file
/// and `encoding` for a workbook are refused, so a mistaken option does not pass unnoticed.
pub fn read_table(path: &Path, options: &Options) -> Result<Table, Vec<RowError>> {
    if is_workbook(path) {
        if let Some(e) = options.encoding {
            return Err(vec![RowError::file(format!(
                "--encoding {e} is for text files; a workbook's cells carry their own text"
            ))]);
        }
        return read_sheet(path, options.sheet.as_deref());
    }
    if let Some(sheet) = &options.sheet {
        return Err(vec![RowError::file(format!(
            "--sheet '{sheet}' is for workbooks (.xlsx, .xlsm, .xls, .ods); this is a text file"
        ))]);
    }
    let decoded = read_text(path, options.encoding)?;
    let mut table = super::csv_table(&decoded.text)?;
    table.removed = decoded.removed;
    table.encoding = Some(decoded.encoding);
    Ok(table)
}

fn read_sheet(path: &Path, sheet: Option<&str>) -> Result<Table, Vec<RowError>> {
    use calamine::Reader;
    let fail = |what: String| vec![RowError::file(what)];
    let mut book = calamine::open_workbook_auto(path)
        .map_err(|e| fail(format!("cannot read the workbook: {e}")))?;
    let names = book.sheet_names();
    let quoted = || {
        names
            .iter()
            .map(|n| format!("'{n}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let name = match sheet {
        None => names
            .first()
            .cloned()
            .ok_or_else(|| fail("the workbook has no sheets".to_string()))?,
        Some(want) => names
            .iter()
            .find(|n| *n == want)
            .or_else(|| {
                names
                    .iter()
                    .find(|n| n.trim().eq_ignore_ascii_case(want.trim()))
            })
            .cloned()
            .ok_or_else(|| {
                fail(format!(
                    "the workbook has no sheet '{want}'; its sheets are {}",
                    quoted()
                ))
            })?,
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|e| fail(format!("cannot read sheet '{name}': {e}")))?;
    let Some((top, left)) = range.start() else {
        return Err(fail(format!("sheet '{name}' is empty")));
    };
    let mut removed = 0;
    let mut rows = range.rows().enumerate().filter_map(|(i, cells)| {
        // Columns left of the used range stay as empty values, so that a value's position is
        // its column in the sheet (D is the fourth) wherever the table starts.
        let mut padded = vec![String::new(); left as usize];
        padded.extend(cells.iter().map(|c| {
            let (text, n) = clean(cell_text(c));
            removed += n;
            text
        }));
        let cells = padded;
        // Empty rows are left out, as a CSV reader leaves out empty lines.
        (!cells.iter().all(|c| c.is_empty())).then(|| Row {
            at: u64::from(top) + i as u64 + 1,
            cells,
        })
    });
    let header = rows.next().expect("a range with a start has a cell");
    let rows: Vec<Row> = rows.collect();
    Ok(Table {
        header: header.cells,
        header_at: header.at,
        rows,
        unit: Unit::Row,
        problems: Vec::new(),
        removed,
        encoding: None,
        sheet: Some(name),
    })
}

/// A cell as the text a person sees: whole numbers without ".0", dates as ISO 8601.
fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => b.to_string(),
        Data::Error(e) => e.to_string(),
        Data::DateTime(d) if d.is_datetime() => {
            // As a spreadsheet shows a date: seconds only when there are some.
            let (y, mo, day, h, mi, s, _) = d.to_ymd_hms_milli();
            match (h, mi, s) {
                (0, 0, 0) => format!("{y:04}-{mo:02}-{day:02}"),
                (h, mi, 0) => format!("{y:04}-{mo:02}-{day:02} {h:02}:{mi:02}"),
                (h, mi, s) => format!("{y:04}-{mo:02}-{day:02} {h:02}:{mi:02}:{s:02}"),
            }
        }
        Data::DateTime(d) => number_text(d.as_f64()),
    }
}

/// 3 for 3.0, 3.5 for 3.5: at most the 15 significant digits a spreadsheet shows, so binary
/// noise (0.1 + 0.2 = 0.30000000000000004) reads as the 0.3 the user sees.
fn number_text(f: f64) -> String {
    let shown: f64 = format!("{f:.14e}").parse().unwrap_or(f);
    if shown.fract() == 0.0 && shown.abs() < 1e15 {
        format!("{}", shown as i64)
    } else {
        format!("{shown}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gbk(text: &str) -> Vec<u8> {
        encoding_rs::GBK.encode(text).0.into_owned()
    }

    fn utf16(text: &str, big: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| {
                if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn encodings_are_found_from_marks_nuls_and_validity() {
        let text = "text,评分\r\n屏幕太暗,4\r\n";
        let d = decode(text.as_bytes(), None).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding, d.bom),
            (text, Encoding::Utf8, false)
        );
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        let d = decode(&with_bom, None).unwrap();
        assert_eq!((d.text.as_str(), d.bom, d.removed), (text, true, 0));
        let d = decode(&gbk(text), None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (text, Encoding::Gb18030));
        // Long Chinese texts hold few ASCII characters beside which UTF-16 puts a NUL.
        let long = "评论,评分\r\n这款车灯在雨天骑行时亮度明显不够而且充电口的盖子容易脱落,2\r\n";
        assert_eq!(decode(&utf16(long, false), None).unwrap().text, long);
        for big in [false, true] {
            let bare = utf16(text, big);
            let d = decode(&bare, None).unwrap();
            assert_eq!(d.text, text);
            assert_eq!(
                d.encoding,
                [Encoding::Utf16Le, Encoding::Utf16Be][big as usize]
            );
            let mark = if big { b"\xFE\xFF" } else { b"\xFF\xFE" };
            let d = decode(&[mark.as_slice(), &bare].concat(), None).unwrap();
            assert_eq!((d.text.as_str(), d.bom), (text, true));
        }
    }

    #[test]
    fn undecodable_bytes_are_named_with_their_line_and_offset() {
        // A UTF-8 file with one broken byte on line 3 is not taken for GBK.
        let bytes = ["a\n屏幕\nok ".as_bytes(), b"\xFF"].concat();
        let e = decode(&bytes, None).unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(
            e.message.contains(&format!("byte {}", bytes.len() - 1)),
            "{e}"
        );
        assert!(e.message.contains("--encoding"), "{e}");
        // GBK forced on bytes that are not GBK says where.
        let e = decode(b"ok\nfine\n\x81\x20", Some(Encoding::Gbk)).unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(
            e.message
                .contains("not GBK text (the encoding given with --encoding)")
        );
        assert!(e.message.contains("byte 8"), "{e}");
        // UTF-8 forced on GBK text.
        let e = decode(&gbk("a\n屏幕"), Some(Encoding::Utf8)).unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("not UTF-8 text"), "{e}");
    }

    #[test]
    fn invisible_and_control_characters_are_counted_out() {
        let d = decode("a\u{200b}b\u{feff},\u{0}c\td\r\n".as_bytes(), None).unwrap();
        assert_eq!((d.text.as_str(), d.removed), ("ab,c\td\r\n", 3));
    }

    #[test]
    fn numbers_read_as_people_wrote_them() {
        assert_eq!(number_text(3.0), "3");
        assert_eq!(number_text(3.5), "3.5");
        assert_eq!(number_text(0.1 + 0.2), "0.3");
        assert_eq!(number_text(1.0 / 3.0), "0.333333333333333");
        assert_eq!(number_text(-2.0), "-2");
        assert_eq!("GBK".parse::<Encoding>(), Ok(Encoding::Gbk));
        assert_eq!("utf-16le".parse::<Encoding>(), Ok(Encoding::Utf16Le));
        assert!(
            "latin1"
                .parse::<Encoding>()
                .unwrap_err()
                .contains("gb18030")
        );
    }
}
