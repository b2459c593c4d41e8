//! The deployment table: the affinity tree as rows in pre-order, each node's text in the column
//! of its level, numbered 1 / 1.1 / 1.1.1.

use super::table::{Cell, Table};
use crate::model::tree::{Node, Tree};
use crate::model::{Origin, Project};

pub fn table(project: &Project) -> Table {
    let tree = Tree::build(project);
    let levels = tree.depth().max(1);
    let mut headers = vec!["number".to_string(), "id".to_string()];
    headers.extend((1..=levels).map(|l| format!("level {l}")));
    headers.extend(["kind".to_string(), "origin".to_string()]);

    let row = |number: String, id: String, depth: usize, text: &str, kind: &str, origin: &str| {
        let mut cells = vec![Cell::text(number), Cell::text(id)];
        cells.extend((0..levels).map(|l| {
            if l == depth {
                Cell::text(text)
            } else {
                Cell::Empty
            }
        }));
        cells.push(Cell::text(kind));
        cells.push(Cell::text_or_empty(origin));
        cells
    };
    let origin = |o: Origin| match o {
        Origin::Customer => "customer",
        Origin::Team => "added by team",
    };
    let mut rows = Vec::new();
    for r in &tree.rows {
        match r.node {
            Node::Group(g) => {
                if let Some(g) = project.groups.get(g) {
                    rows.push(row(
                        r.numbering(),
                        g.id.to_string(),
                        r.depth,
                        &g.title,
                        "group",
                        "",
                    ));
                }
            }
            Node::Quality(q) => {
                if let Some(q) = project.qualities.get(q) {
                    rows.push(row(
                        r.numbering(),
                        q.id.to_string(),
                        r.depth,
                        &q.text,
                        "quality",
                        origin(q.origin),
                    ));
                }
            }
        }
    }
    for id in &tree.unplaced {
        if let Some(q) = project.qualities.get(*id) {
            rows.push(row(
                String::new(),
                q.id.to_string(),
                0,
                &q.text,
                "unplaced quality",
                origin(q.origin),
            ));
        }
    }
    Table {
        title: format!("Deployment table — {}", project.meta.title),
        headers,
        rows,
    }
}
