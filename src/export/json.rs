//! JSON: an object with the title and an array of rows keyed by column name; numbers as numbers,
//! empty cells as null.

use serde_json::{Map, Value, json};

use super::table::{Cell, Table};

pub fn render(table: &Table) -> String {
    let rows: Vec<Value> = table
        .rows
        .iter()
        .map(|row| {
            let mut obj = Map::new();
            for (h, c) in table.headers.iter().zip(row) {
                let v = match c {
                    Cell::Empty => Value::Null,
                    Cell::Text(t) => Value::String(t.clone()),
                    Cell::Count(n) => json!(n),
                    Cell::Number(_) | Cell::Symbol(..) | Cell::Formula { .. } => c
                        .as_number()
                        .map_or(Value::Null, |n| json!(super::number::tidy(n))),
                };
                obj.insert(h.clone(), v);
            }
            Value::Object(obj)
        })
        .collect();
    let doc = json!({ "title": table.title, "columns": table.headers, "rows": rows });
    let mut text = serde_json::to_string_pretty(&doc).expect("JSON of plain values");
    text.push('\n');
    text
}
