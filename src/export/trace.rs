//! The trace graph as a table of links (CSV and the other table formats) or as Graphviz DOT.

use std::fmt::Write as _;

use super::table::{Cell, Table};
use crate::method::trace::Trace;
use crate::model::{EntityId, Project};

/// The text of a record, for labels.
fn label(project: &Project, id: EntityId) -> String {
    match id {
        EntityId::Segment(i) => project.segments.get(i).map(|x| x.name.clone()),
        EntityId::Respondent(i) => project.respondents.get(i).map(|x| x.label.clone()),
        EntityId::Competitor(i) => project.competitors.get(i).map(|x| x.name.clone()),
        EntityId::Remark(i) => project.remarks.get(i).map(|x| x.text.clone()),
        EntityId::Item(i) => project.items.get(i).map(|x| x.text.clone()),
        EntityId::Group(i) => project.groups.get(i).map(|x| x.title.clone()),
        EntityId::Quality(i) => project.qualities.get(i).map(|x| x.text.clone()),
        // Survey answers and judgements are not part of the trace graph.
        EntityId::Characteristic(i) => project.characteristics.get(i).map(|x| x.name.clone()),
        // Survey answers, judgements and House of Quality cells are not part of the trace graph.
        EntityId::Response(_)
        | EntityId::Judgement(_)
        | EntityId::Relationship(_)
        | EntityId::Correlation(_) => None,
    }
    .unwrap_or_default()
}

pub fn table(project: &Project) -> Table {
    let headers = ["from", "from_kind", "from_text", "to", "to_kind", "to_text"]
        .map(String::from)
        .to_vec();
    let rows = Trace::build(project)
        .edges()
        .into_iter()
        .map(|(a, b)| {
            vec![
                Cell::text(a.to_string()),
                Cell::text(a.kind()),
                Cell::text(label(project, a)),
                Cell::text(b.to_string()),
                Cell::text(b.kind()),
                Cell::text(label(project, b)),
            ]
        })
        .collect();
    Table {
        title: format!("Trace — {}", project.meta.title),
        headers,
        rows,
    }
}

/// Graphviz DOT, left to right from respondents to the top of the tree.
pub fn dot(project: &Project) -> String {
    let trace = Trace::build(project);
    let quote = |s: &str| {
        crate::model::printable::without_controls(s)
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', " ")
    };
    let mut nodes: Vec<EntityId> = trace
        .edges()
        .into_iter()
        .flat_map(|(a, b)| [a, b])
        .collect();
    nodes.sort();
    nodes.dedup();
    let mut out = String::from(
        "digraph trace {\n  rankdir=LR;\n  node [shape=box, fontname=\"sans-serif\"];\n",
    );
    for n in nodes {
        let shape = match n {
            EntityId::Respondent(_) => "ellipse",
            EntityId::Group(_) => "folder",
            _ => "box",
        };
        let text: String = label(project, n).chars().take(60).collect();
        let _ = writeln!(
            out,
            "  \"{n}\" [shape={shape}, label=\"{n}\\n{}\"];",
            quote(&text)
        );
    }
    for (a, b) in trace.edges() {
        let _ = writeln!(out, "  \"{a}\" -> \"{b}\";");
    }
    out.push_str("}\n");
    out
}
