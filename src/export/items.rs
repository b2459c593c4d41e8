//! Requirement items with the remarks they come from and the qualities they became.

use super::table::{Cell, Table};
use super::voc::id_list;
use crate::model::Project;

pub fn table(project: &Project) -> Table {
    let headers = ["id", "text", "remarks", "qualities"]
        .map(String::from)
        .to_vec();
    let rows = project
        .items
        .iter()
        .map(|i| {
            let qualities = project
                .qualities
                .iter()
                .filter(|q| q.items.contains(&i.id))
                .map(|q| q.id);
            vec![
                Cell::text(i.id.to_string()),
                Cell::text(i.text.clone()),
                id_list(i.remarks.iter()),
                id_list(qualities),
            ]
        })
        .collect();
    Table {
        title: format!("Requirement items — {}", project.meta.title),
        headers,
        rows,
    }
}
