//! HTML: one self-contained page per table (no scripts, no network), every user string escaped.

use super::table::{Cell, Table};

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The styles shared by table pages and reports: readable on screen, printable on A4 and Letter.
pub const STYLE: &str = "\
body{font-family:system-ui,-apple-system,'Segoe UI','Noto Sans','Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;margin:2rem;color:#1b1b1b;line-height:1.45}
h1,h2{font-weight:600}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}
th,td{border:1px solid #c8c8c8;padding:.25rem .5rem;vertical-align:top}
th{background:#f0f0f0;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
th{word-break:keep-all}
td.short{white-space:nowrap}
td.long{min-width:12em}
tr.band th{background:#fafafa;font-weight:600;border-top:2px solid #999}
@page{size:auto;margin:15mm}
@page wide{size:landscape}
@media print{body{margin:0;font-size:10pt}h1{font-size:18pt;margin:0 0 .4em}h2{font-size:13pt}h3{font-size:11pt}thead{display:table-header-group}tr{break-inside:avoid}tr.band{break-after:avoid}table:has(td.long){width:100%}table{margin:.5rem 0}table.wide th.num{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;text-align:left;vertical-align:bottom;padding:.3rem .15rem}table.wide td{padding:.15rem .3rem}h2,h3{break-after:avoid}.wide{page:wide}}
";

/// From this many columns on, a table prints on landscape pages.
const WIDE_COLUMNS: usize = 9;

/// Whether a table prints on landscape pages.
pub fn is_wide(table: &Table) -> bool {
    prints_wide(table, None)
}

/// Whether a table prints on landscape pages when its `band` column, if any, is left out.
pub fn prints_wide(table: &Table, band: Option<usize>) -> bool {
    table.headers.len() - usize::from(band.is_some()) > WIDE_COLUMNS
}

/// The table as an HTML `<table>` element; numbers rounded to `precision`.
pub fn table_element(table: &Table, precision: u8) -> String {
    let p = usize::from(precision);
    // Tables with many columns print on landscape pages so that none is cut off.
    let class = if is_wide(table) {
        " class=\"wide\""
    } else {
        ""
    };
    let mut out = format!("<table{class}>\n<thead><tr>");
    for (i, h) in table.headers.iter().enumerate() {
        push_header(&mut out, table, i, h);
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        out.push_str("<tr>");
        for c in row {
            push_cell(&mut out, c, p);
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// The table without its `band` column, each run of rows sharing that column's text headed by
/// one full-width row holding it: a group named once above its rows instead of on every row.
pub fn banded_table_element(table: &Table, band: usize, precision: u8) -> String {
    let p = usize::from(precision);
    let class = if prints_wide(table, Some(band)) {
        " class=\"wide\""
    } else {
        ""
    };
    let mut out = format!("<table{class}>\n<thead><tr>");
    for (i, h) in table.headers.iter().enumerate() {
        if i != band {
            push_header(&mut out, table, i, h);
        }
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    let span = table.headers.len().saturating_sub(1);
    let mut current: Option<String> = None;
    for row in &table.rows {
        let value = match row.get(band) {
            Some(Cell::Text(t)) => t.clone(),
            _ => String::new(),
        };
        if current.as_ref() != Some(&value) {
            out.push_str(&format!(
                "<tr class=\"band\"><th colspan=\"{span}\">{}</th></tr>\n",
                escape(&value)
            ));
            current = Some(value);
        }
        out.push_str("<tr>");
        for (i, c) in row.iter().enumerate() {
            if i != band {
                push_cell(&mut out, c, p);
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// One `<th>`. A column of numbers or short marks is marked: printed in a wide table its header
/// stands on end, so the column is as narrow as its values and the text columns get the room.
fn push_header(out: &mut String, table: &Table, i: usize, h: &str) {
    let class = if is_narrow(table, i) {
        " class=\"num\""
    } else {
        ""
    };
    out.push_str(&format!("<th{class}>{}</th>", escape(h)));
}

/// One `<td>`: numbers rounded to `p` places and right-aligned, text given the room it needs.
fn push_cell(out: &mut String, c: &Cell, p: usize) {
    match c {
        Cell::Empty => out.push_str("<td></td>"),
        // Ids, codes and short words stay on one line; the column takes their width.
        Cell::Text(t) if is_short(t) => {
            out.push_str(&format!("<td class=\"short\">{}</td>", escape(t)))
        }
        // Long text gets room to read in a few lines instead of a narrow column of
        // single words that makes every row of a wide table a screen high.
        Cell::Text(t) if unicode_width::UnicodeWidthStr::width(t.as_str()) > LONG => {
            out.push_str(&format!(
                "<td class=\"long\">{}</td>",
                escape(t).replace('\n', "<br>")
            ))
        }
        Cell::Text(t) => out.push_str(&format!("<td>{}</td>", escape(t).replace('\n', "<br>"))),
        Cell::Count(n) => out.push_str(&format!("<td class=\"num\">{n}</td>")),
        Cell::Symbol(s, _) => out.push_str(&format!("<td class=\"num\">{}</td>", escape(s))),
        Cell::Number(_) | Cell::Formula { .. } => match c.as_number() {
            Some(v) => out.push_str(&format!("<td class=\"num\">{v:.p$}</td>")),
            None => out.push_str("<td></td>"),
        },
    }
}

/// Whether every value of a column is a number, a symbol or a mark of a few cells.
fn is_narrow(table: &Table, i: usize) -> bool {
    let mut any = false;
    for row in &table.rows {
        match row.get(i) {
            Some(Cell::Empty) | None => {}
            Some(Cell::Text(t)) if unicode_width::UnicodeWidthStr::width(t.as_str()) > 6 => {
                return false;
            }
            Some(_) => any = true,
        }
    }
    any
}

/// Text wider than this many cells is given a column of some width.
const LONG: usize = 40;

/// Text short enough never to wrap: at most ten cells and no space (ids like C-01, I3, a unit).
fn is_short(text: &str) -> bool {
    unicode_width::UnicodeWidthStr::width(text) <= 10 && !text.contains([' ', '\n'])
}

/// A complete page for one table.
pub fn render(table: &Table, precision: u8) -> String {
    format!(
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n{table}</body>\n</html>\n",
        title = escape(&table.title),
        table = table_element(table, precision),
    )
}
