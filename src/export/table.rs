//! The neutral table every export format writes.

/// One cell. Numbers stay numbers so each format can choose its precision.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// A finite number; non-finite values are never put in a table.
    Number(f64),
    /// A count, shown without decimals.
    Count(u64),
    /// A number shown as a symbol where the format allows (a sales point as ◎ with 1.5 behind it).
    Symbol(String, f64),
    /// A computed number. Spreadsheets get the formula so they recompute when an input changes;
    /// other formats show the value. In `expr` (no leading `=`), `{column}` stands for the cell of
    /// that column in the same row and `{column:all}` for that column's whole data range.
    Formula {
        expr: String,
        value: Option<f64>,
    },
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    /// Text, or an empty cell for an empty string.
    pub fn text_or_empty(s: impl Into<String>) -> Cell {
        let s = s.into();
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s)
        }
    }

    pub fn number(v: Option<f64>) -> Cell {
        match v {
            Some(v) if v.is_finite() => Cell::Number(v),
            _ => Cell::Empty,
        }
    }

    pub fn formula(expr: impl Into<String>, value: Option<f64>) -> Cell {
        Cell::Formula {
            expr: expr.into(),
            value: value.filter(|v| v.is_finite()),
        }
    }

    /// The number a cell holds, if any (the value of a formula).
    pub fn as_number(&self) -> Option<f64> {
        match self {
            Cell::Number(v) | Cell::Symbol(_, v) => Some(*v),
            Cell::Count(n) => Some(*n as f64),
            Cell::Formula { value, .. } => *value,
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub title: String,
    /// Machine-readable column names (CSV and JSON keys).
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    pub fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h == name)
    }

    /// Whether a column holds numbers only (for alignment).
    pub fn is_numeric(&self, i: usize) -> bool {
        let mut any = false;
        for row in &self.rows {
            match row.get(i) {
                Some(Cell::Number(_) | Cell::Count(_) | Cell::Formula { .. }) => any = true,
                Some(Cell::Empty) | None => {}
                _ => return false,
            }
        }
        any
    }
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
