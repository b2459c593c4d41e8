//! XLSX workbooks: one sheet per table, numbers as numbers, computed columns as live formulas,
//! frozen header row, column widths from the content, formula-like text kept inert; drawings
//! as pictures on sheets of their own.

use std::sync::Arc;

use resvg::usvg::fontdb;
use rust_xlsxwriter::{
    Chart, ChartMarker, ChartMarkerType, ChartType, Color, Format, FormatBorder, Formula, Image,
    Workbook, Worksheet, XlsxError,
};
use unicode_width::UnicodeWidthStr;

use super::raster;
use super::table::{Cell, Table};

/// How a workbook chart draws its columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// A bar per row.
    Columns,
    /// A line per column across the rows.
    Lines,
    /// One point per row: the label column as x, the first series column as y.
    Scatter,
}

/// A native chart drawn from columns of one of the workbook's sheets. It refers to the cells, so
/// it follows any change made in the workbook (the planning weights are live formulas).
#[derive(Debug, Clone, PartialEq)]
pub struct SheetChart {
    pub sheet: &'static str,
    pub kind: ChartKind,
    pub title: String,
    /// The column that labels the rows (for a scatter: the x values).
    pub labels: usize,
    /// The columns drawn, each a series named by its header.
    pub series: Vec<usize>,
    pub x_title: String,
    pub y_title: String,
}

/// A drawing held as a picture on a sheet of its own, under its title.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetPicture {
    pub sheet: &'static str,
    pub title: String,
    /// The drawing, as the HTML report shows it.
    pub svg: String,
    /// Written under the title when no font of this machine has some of the drawing's
    /// characters, so the picture may lack text.
    pub no_font_note: String,
}

/// A sheet of a workbook: a table, or a picture.
#[derive(Debug, Clone, Copy)]
pub enum Sheet<'a> {
    Table(&'a str, &'a Table),
    Picture(&'a SheetPicture),
}

/// A written workbook, and what a person should know about it.
#[derive(Debug, Clone)]
pub struct Written {
    pub bytes: Vec<u8>,
    /// (sheet, character) per picture whose text may be missing: no font has that character.
    pub missing_glyphs: Vec<(&'static str, char)>,
}

/// Writes tables as sheets named by `names` (same order), numbers shown to `precision` decimals.
pub fn render(sheets: &[(&str, &Table)], precision: u8) -> Result<Vec<u8>, XlsxError> {
    render_with_charts(sheets, &[], precision)
}

/// As [`render`], with charts placed to the right of their sheet's table.
pub fn render_with_charts(
    sheets: &[(&str, &Table)],
    charts: &[SheetChart],
    precision: u8,
) -> Result<Vec<u8>, XlsxError> {
    let sheets: Vec<Sheet> = sheets.iter().map(|(n, t)| Sheet::Table(n, t)).collect();
    render_sheets(&sheets, charts, precision, None)
        .map(|w| w.bytes)
        .map_err(XlsxError::ParameterError)
}

/// Writes tables and pictures as sheets in the order given, charts to the right of their
/// sheet's table; pictures are drawn with `fonts`, or this machine's fonts when `None`.
pub fn render_sheets(
    sheets: &[Sheet],
    charts: &[SheetChart],
    precision: u8,
    fonts: Option<Arc<fontdb::Database>>,
) -> Result<Written, String> {
    let mut book = Workbook::new();
    let mut missing_glyphs = Vec::new();
    let formats = Formats::new(precision);
    for sheet in sheets {
        match sheet {
            Sheet::Table(name, table) => {
                let sheet = book.add_worksheet();
                write_table(sheet, name, table, charts, &formats).map_err(|e| e.to_string())?;
            }
            Sheet::Picture(picture) => {
                let fonts = fonts.clone().unwrap_or_else(raster::system_fonts);
                let missing = raster::missing_glyph(&picture.svg, &fonts);
                let png = raster::png(&picture.svg, fonts)
                    .map_err(|e| format!("{}: {e}", picture.sheet))?;
                let sheet = book.add_worksheet();
                write_picture(sheet, picture, &png, missing.is_some(), &formats)
                    .map_err(|e| e.to_string())?;
                if let Some(c) = missing {
                    missing_glyphs.push((picture.sheet, c));
                }
            }
        }
    }
    let bytes = book.save_to_buffer().map_err(|e| e.to_string())?;
    Ok(Written {
        bytes,
        missing_glyphs,
    })
}

/// The cell formats every sheet shares.
struct Formats {
    header: Format,
    number: Format,
    text: Format,
    inert: Format,
    title: Format,
    note: Format,
}

impl Formats {
    fn new(precision: u8) -> Formats {
        let decimals = "0".repeat(usize::from(precision));
        Formats {
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xEEEEEE))
                .set_border_bottom(FormatBorder::Thin),
            number: Format::new().set_num_format(if decimals.is_empty() {
                "0".to_string()
            } else {
                format!("0.{decimals}")
            }),
            text: Format::new().set_text_wrap(),
            // A quote prefix marks text that starts like a formula as plain text.
            inert: Format::new().set_quote_prefix().set_text_wrap(),
            title: Format::new().set_bold().set_font_size(13),
            note: Format::new()
                .set_italic()
                .set_font_color(Color::RGB(0xB03A2E)),
        }
    }
}

/// A picture sheet: the title, the note when text may be missing, and the picture under them
/// shown at the drawing's own size (it holds more pixels, for print).
fn write_picture(
    sheet: &mut Worksheet,
    picture: &SheetPicture,
    png: &raster::Png,
    note: bool,
    formats: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name(sheet_name(picture.sheet))?;
    sheet.write_string_with_format(0, 0, &picture.title, &formats.title)?;
    let mut row = 1;
    if note {
        sheet.write_string_with_format(1, 0, &picture.no_font_note, &formats.note)?;
        row = 2;
    }
    let image = Image::new_from_buffer(&png.bytes)?
        .set_scale_width(1.0 / png.scale)
        .set_scale_height(1.0 / png.scale)
        .set_alt_text(picture.title.clone());
    sheet.insert_image(row, 0, &image)?;
    Ok(())
}

fn write_table(
    sheet: &mut Worksheet,
    name: &str,
    table: &Table,
    charts: &[SheetChart],
    formats: &Formats,
) -> Result<(), XlsxError> {
    let Formats {
        header,
        number,
        text,
        inert,
        ..
    } = formats;
    sheet.set_name(sheet_name(name))?;
    for (c, h) in table.headers.iter().enumerate() {
        sheet.write_string_with_format(0, col(c), h, header)?;
    }
    let rows = table.rows.len() as u32;
    for (r, row) in table.rows.iter().enumerate() {
        let xr = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            let xc = col(c);
            match cell {
                Cell::Empty => {}
                Cell::Text(t) if t.starts_with(['=', '+', '-', '@', '\t', '\r']) => {
                    sheet.write_string_with_format(xr, xc, t, inert)?;
                }
                Cell::Text(t) => {
                    sheet.write_string_with_format(xr, xc, t, text)?;
                }
                Cell::Count(n) => {
                    sheet.write_number(xr, xc, *n as f64)?;
                }
                Cell::Number(v) | Cell::Symbol(_, v) => {
                    sheet.write_number_with_format(xr, xc, *v, number)?;
                }
                Cell::Formula { expr, value } => {
                    let f = Formula::new(format!("={}", resolve(expr, table, xr, rows)))
                        .set_result(value.map(|v| v.to_string()).unwrap_or_default());
                    sheet.write_formula_with_format(xr, xc, f, number)?;
                }
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    for c in 0..table.headers.len() {
        sheet.set_column_width(col(c), column_width(table, c))?;
    }
    if rows > 0 {
        sheet.autofilter(0, 0, rows, col(table.headers.len().saturating_sub(1)))?;
    }
    // Charts of one sheet stand side by side, right of its table, below its header row.
    let mut left = col(table.headers.len() + 1);
    for chart in charts.iter().filter(|c| c.sheet == name) {
        if rows == 0 {
            break;
        }
        let drawn = chart_of(chart, &sheet_name(name), rows);
        sheet.insert_chart(1, left, &drawn)?;
        left = left.saturating_add(9);
    }
    Ok(())
}

/// The native chart for `spec` over data rows 1..=`rows` of sheet `name`.
fn chart_of(spec: &SheetChart, name: &str, rows: u32) -> Chart {
    let mut chart = Chart::new(match spec.kind {
        ChartKind::Columns => ChartType::Column,
        ChartKind::Lines => ChartType::Line,
        ChartKind::Scatter => ChartType::Scatter,
    });
    chart.title().set_name(&spec.title);
    chart.x_axis().set_name(&spec.x_title);
    chart.y_axis().set_name(&spec.y_title);
    chart.set_width(640).set_height(400);
    for &c in &spec.series {
        let series = chart.add_series();
        series
            .set_name((name, 0, col(c)))
            .set_categories((name, 1, col(spec.labels), rows, col(spec.labels)))
            .set_values((name, 1, col(c), rows, col(c)));
        if spec.kind == ChartKind::Scatter {
            series.set_marker(ChartMarker::new().set_type(ChartMarkerType::Circle));
        }
    }
    if spec.series.len() == 1 {
        chart.legend().set_hidden();
    }
    chart
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

/// Excel's sheet names: at most 31 characters, none of []:*?/\.
fn sheet_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '_' } else { c })
        .collect();
    clean.chars().take(31).collect()
}

/// A width in character cells that fits most of the column without letting long text dominate.
fn column_width(table: &Table, c: usize) -> f64 {
    let header = table.headers[c].width();
    let widest = table
        .rows
        .iter()
        .filter_map(|r| r.get(c))
        .map(|cell| match cell {
            Cell::Text(t) => t.lines().map(UnicodeWidthStr::width).max().unwrap_or(0),
            Cell::Empty => 0,
            _ => 8,
        })
        .max()
        .unwrap_or(0);
    (header.max(widest) + 2).clamp(6, 60) as f64
}

/// The A1 name of a column: 0 → A, 25 → Z, 26 → AA.
pub fn column_letters(mut c: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

/// Replaces `{column}`, `{column:all}` and `{column:upto}` with cell references for sheet row
/// `row` (0-based, header at 0) of a table with `rows` data rows.
fn resolve(expr: &str, table: &Table, row: u32, rows: u32) -> String {
    let mut out = String::new();
    let mut rest = expr;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        let inner = &rest[start + 1..start + len];
        let (name, range) = inner.split_once(':').unwrap_or((inner, ""));
        let letters = table
            .column(name)
            .map(column_letters)
            .unwrap_or_else(|| panic!("formula names unknown column {name}"));
        let (first, this, last) = (2, row + 1, rows + 1);
        out.push_str(&match range {
            "all" => format!("${letters}${first}:${letters}${last}"),
            "upto" => format!("${letters}${first}:{letters}{this}"),
            _ => format!("{letters}{this}"),
        });
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_follow_excel() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27 * 26), "AAA");
    }

    #[test]
    fn placeholders_become_references() {
        let t = Table {
            title: "t".into(),
            headers: vec!["a".into(), "b".into()],
            rows: vec![vec![]; 3],
        };
        assert_eq!(
            resolve("{b}/SUM({b:all})+COUNTIF({a:upto},{a})", &t, 2, 3),
            "B3/SUM($B$2:$B$4)+COUNTIF($A$2:A3,A3)"
        );
    }
}
