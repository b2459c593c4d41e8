//! CSV: numbers at full precision without float noise (see `number`), text made
//! inert for spreadsheets.

use super::table::{Cell, Table, neutralize};

pub fn render(table: &Table) -> String {
    let mut w = ::csv::WriterBuilder::new().from_writer(Vec::new());
    w.write_record(&table.headers).expect("writing to memory");
    for row in &table.rows {
        let fields: Vec<String> = row
            .iter()
            .map(|c| match c {
                Cell::Empty => String::new(),
                Cell::Text(t) => neutralize(t),
                Cell::Number(v) | Cell::Symbol(_, v) => super::number::text(*v),
                Cell::Count(n) => n.to_string(),
                Cell::Formula { value, .. } => value.map(super::number::text).unwrap_or_default(),
            })
            .collect();
        w.write_record(&fields).expect("writing to memory");
    }
    let text = String::from_utf8(w.into_inner().expect("writing to memory"))
        .expect("csv of strings is UTF-8");
    // ESC, NUL and the like in a remark would act in a terminal or cut the text short.
    crate::model::printable::without_controls(&text).into_owned()
}
