//! The neutral table every export format writes.

/// One cell. Numbers stay numbers so each format can choose its precision.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// A finite number; non-finite values are never put in a table.
    Number(f64),
    /// A number shown as a symbol where the format allows (a sales point as ◎ with 1.5 behind it).
    Symbol(String, f64),
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    pub fn number(v: Option<f64>) -> Cell {
        match v {
            Some(v) if v.is_finite() => Cell::Number(v),
            _ => Cell::Empty,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub title: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// Characters that make a spreadsheet treat a cell as a formula or control input.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Makes text inert in a spreadsheet: a leading formula character gets an apostrophe before it.
pub fn neutralize(text: &str) -> String {
    if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// Undoes `neutralize` on text read back from a spreadsheet or CSV.
pub fn unneutralize(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_text_is_made_inert_and_restored() {
        for t in ["=HYPERLINK(\"x\")", "+1", "-x", "@SUM(A1)", "\tx"] {
            let n = neutralize(t);
            assert!(n.starts_with('\''), "{n}");
            assert_eq!(unneutralize(&n), t);
        }
        assert_eq!(neutralize("plain 水温"), "plain 水温");
        assert_eq!(unneutralize("'quoted"), "'quoted");
    }
}
