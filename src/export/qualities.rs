//! Demanded qualities with their trace, classification and place in the tree.

use super::table::{Cell, Table};
use super::voc::id_list;
use crate::model::tree::group_path_text;
use crate::model::{Origin, Project};

pub fn table(project: &Project) -> Table {
    let headers = ["id", "text", "items", "group", "kano", "origin", "tags"]
        .map(String::from)
        .to_vec();
    let rows = project
        .qualities
        .iter()
        .map(|q| {
            let group = group_path_text(project, q.group);
            vec![
                Cell::text(q.id.to_string()),
                Cell::text(q.text.clone()),
                id_list(q.items.iter()),
                if group.is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(group)
                },
                Cell::text(q.kano.key()),
                Cell::text(match q.origin {
                    Origin::Customer => "customer",
                    Origin::Team => "added by team",
                }),
                if q.tags.is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(q.tags.join("; "))
                },
            ]
        })
        .collect();
    Table {
        title: format!("Demanded qualities — {}", project.meta.title),
        headers,
        rows,
    }
}
