//! XLSX workbooks: one sheet per table, numbers as numbers, computed columns as live formulas,
//! frozen header row, column widths from the content, formula-like text kept inert.

use rust_xlsxwriter::{
    Chart, ChartMarker, ChartMarkerType, ChartType, Color, Format, FormatBorder, Formula, Workbook,
    XlsxError,
};
use unicode_width::UnicodeWidthStr;

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
    let mut book = Workbook::new();
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xEEEEEE))
        .set_border_bottom(FormatBorder::Thin);
    let decimals = "0".repeat(usize::from(precision));
    let number = Format::new().set_num_format(if decimals.is_empty() {
        "0".to_string()
    } else {
        format!("0.{decimals}")
    });
    let text = Format::new().set_text_wrap();
    // A quote prefix marks text that starts like a formula as plain text.
    let inert = Format::new().set_quote_prefix().set_text_wrap();
    for (name, table) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(sheet_name(name))?;
        for (c, h) in table.headers.iter().enumerate() {
            sheet.write_string_with_format(0, col(c), h, &header)?;
        }
        let rows = table.rows.len() as u32;
        for (r, row) in table.rows.iter().enumerate() {
            let xr = r as u32 + 1;
            for (c, cell) in row.iter().enumerate() {
                let xc = col(c);
                match cell {
                    Cell::Empty => {}
                    Cell::Text(t) if t.starts_with(['=', '+', '-', '@', '\t', '\r']) => {
                        sheet.write_string_with_format(xr, xc, t, &inert)?;
                    }
                    Cell::Text(t) => {
                        sheet.write_string_with_format(xr, xc, t, &text)?;
                    }
                    Cell::Count(n) => {
                        sheet.write_number(xr, xc, *n as f64)?;
                    }
                    Cell::Number(v) | Cell::Symbol(_, v) => {
                        sheet.write_number_with_format(xr, xc, *v, &number)?;
                    }
                    Cell::Formula { expr, value } => {
                        let f = Formula::new(format!("={}", resolve(expr, table, xr, rows)))
                            .set_result(value.map(|v| v.to_string()).unwrap_or_default());
                        sheet.write_formula_with_format(xr, xc, f, &number)?;
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
        for chart in charts.iter().filter(|c| c.sheet == *name) {
            if rows == 0 {
                break;
            }
            let drawn = chart_of(chart, &sheet_name(name), rows);
            sheet.insert_chart(1, left, &drawn)?;
            left = left.saturating_add(9);
        }
    }
    book.save_to_buffer()
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
