//! Markdown tables that paste cleanly: numbers rounded to the project's precision, pipes escaped.
//! User text never becomes markup: HTML is written as text, brackets cannot form links, and
//! control characters are dropped.

use crate::model::printable::without_controls;

use super::table::{Cell, Table};

pub fn render(table: &Table, precision: u8) -> String {
    let p = usize::from(precision);
    let cell = |c: &Cell| match c {
        Cell::Empty => String::new(),
        Cell::Text(t) => escape(t),
        Cell::Number(v) => format!("{v:.p$}"),
        Cell::Count(n) => n.to_string(),
        Cell::Symbol(s, _) => escape(s),
        Cell::Formula { value, .. } => value.map(|v| format!("{v:.p$}")).unwrap_or_default(),
    };
    let mut out = format!("## {}\n\n", escape(&table.title));
    let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    out.push_str(&line(table.headers.iter().map(|h| escape(h)).collect()));
    out.push_str(&line(
        table
            .headers
            .iter()
            .enumerate()
            .map(|(i, _)| {
                if table.is_numeric(i) {
                    "---:".into()
                } else {
                    "---".into()
                }
            })
            .collect(),
    ));
    for row in &table.rows {
        out.push_str(&line(row.iter().map(cell).collect()));
    }
    out
}

/// User text inside Markdown, shown as written: `<img onerror=…>` stays text (HTML is escaped),
/// `[x](javascript:…)` cannot become a link (brackets are escaped), control characters go.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in without_controls(text).chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            c => out.push(c),
        }
    }
    out
}

/// Keeps user text from breaking the table: pipes and line breaks would end a cell or a row.
fn escape(text: &str) -> String {
    inline(text)
        .replace('|', "\\|")
        .replace("\r\n", "<br>")
        .replace(['\n', '\r'], "<br>")
}
