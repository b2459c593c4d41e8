//! Demanded qualities with their trace, classification and place in the tree.

use super::table::{Cell, Table};
use super::voc::id_list;
use crate::method::wording;
use crate::model::tree::group_path_text;
use crate::model::{Origin, Project};

pub fn table(project: &Project) -> Table {
    let headers = [
        "id",
        "text",
        "items",
        "group",
        "kano",
        "origin",
        "tags",
        "wording_hints",
    ]
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
                Cell::text_or_empty(group),
                Cell::text(q.kano.key()),
                Cell::text(match q.origin {
                    Origin::Customer => "customer",
                    Origin::Team => "added by team",
                }),
                Cell::text_or_empty(q.tags.join("; ")),
                hints(&q.text),
            ]
        })
        .collect();
    Table {
        title: format!("Demanded qualities — {}", project.meta.title),
        headers,
        rows,
    }
}

/// The wording rules a statement breaks, as "rule 5 (no negation): …" lines.
fn hints(text: &str) -> Cell {
    let lines: Vec<String> = wording::check(text).iter().map(|h| h.to_string()).collect();
    Cell::text_or_empty(lines.join("\n"))
}
