//! The voice-of-customer table: every remark with where it came from, who said it (by label), its
//! scene, and what it led to. Respondent attributes appear only when asked for.

use super::table::{Cell, Table};
use crate::model::{Project, Scene};

/// Ids separated by spaces ("I3 I7"), for trace columns.
pub(super) fn id_list<T: std::fmt::Display>(ids: impl IntoIterator<Item = T>) -> Cell {
    let v: Vec<String> = ids.into_iter().map(|i| i.to_string()).collect();
    Cell::text_or_empty(v.join(" "))
}

fn text(v: Option<&str>) -> Cell {
    v.map_or(Cell::Empty, Cell::text)
}

pub fn table(project: &Project, include_respondents: bool) -> Table {
    let mut headers: Vec<String> = ["id", "text", "source", "respondent", "segment"]
        .map(String::from)
        .to_vec();
    if include_respondents {
        headers.push("respondent_attributes".into());
    }
    headers.extend(Scene::FIELDS.map(String::from));
    headers.extend(["tags", "items", "qualities"].map(String::from));
    let rows = project
        .remarks
        .iter()
        .map(|r| {
            let respondent = r.respondent.and_then(|p| project.respondents.get(p));
            let segment = project
                .remark_segment(r)
                .and_then(|s| project.segments.get(s));
            let mut cells = vec![
                Cell::text(r.id.to_string()),
                Cell::text(r.text.clone()),
                Cell::text(r.source.key()),
                text(respondent.map(|p| p.label.as_str())),
                text(segment.map(|s| s.name.as_str())),
            ];
            if include_respondents {
                let attrs: Vec<String> = respondent
                    .map(|p| {
                        p.attributes
                            .iter()
                            .map(|(k, v)| format!("{k}={v}"))
                            .collect()
                    })
                    .unwrap_or_default();
                cells.push(Cell::text_or_empty(attrs.join("; ")));
            }
            cells.extend(r.scene.parts().map(|(_, v)| text(v)));
            cells.push(Cell::text_or_empty(r.tags.join("; ")));
            let items: Vec<_> = project
                .items
                .iter()
                .filter(|i| i.remarks.contains(&r.id))
                .map(|i| i.id)
                .collect();
            let qualities: Vec<_> = project
                .qualities
                .iter()
                .filter(|q| q.items.iter().any(|i| items.contains(i)))
                .map(|q| q.id)
                .collect();
            cells.push(id_list(items));
            cells.push(id_list(qualities));
            cells
        })
        .collect();
    Table {
        title: format!("Voice of the customer — {}", project.meta.title),
        headers,
        rows,
    }
}
