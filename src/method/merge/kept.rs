//! Records deleted on one side but still used in the merge, brought back with what they use.

use std::collections::BTreeMap;

use serde_json::Value;

use super::WORDS;
use crate::method::diff::json;
use crate::model::{EntityId, Project, validate};

/// The records other records can refer to.
fn typed_ids(p: &Project) -> Vec<EntityId> {
    let mut v: Vec<EntityId> = Vec::new();
    v.extend(p.segments.ids().map(EntityId::Segment));
    v.extend(p.respondents.ids().map(EntityId::Respondent));
    v.extend(p.competitors.ids().map(EntityId::Competitor));
    v.extend(p.remarks.ids().map(EntityId::Remark));
    v.extend(p.items.ids().map(EntityId::Item));
    v.extend(p.groups.ids().map(EntityId::Group));
    v.extend(p.qualities.ids().map(EntityId::Quality));
    v.extend(p.characteristics.ids().map(EntityId::Characteristic));
    v
}

/// Id strings a record refers to (outside the fields that hold words).
fn references(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(xs) => xs.iter().for_each(|x| references(x, out)),
        Value::Object(m) => {
            for (k, x) in m {
                if !WORDS.contains(&k.as_str()) {
                    out.push(k.clone());
                    references(x, out);
                }
            }
        }
        _ => {}
    }
}

/// A record deleted on one side but still referred to in the merge comes back (from the side
/// that kept it, else the base), with whatever it refers to in turn, so no link dangles.
pub(super) fn keep_what_is_used(
    project: &mut Project,
    base: &Project,
    ours: &Project,
    theirs: &Project,
) -> Vec<String> {
    let mut gone: BTreeMap<String, crate::model::Entity> = BTreeMap::new();
    for side in [ours, theirs, base] {
        for id in typed_ids(side) {
            if project.entity(id).is_none()
                && let Some(e) = side.entity(id)
            {
                gone.entry(id.to_string()).or_insert(e);
            }
        }
    }
    fn restore(
        id: &str,
        project: &mut Project,
        gone: &mut BTreeMap<String, crate::model::Entity>,
        kept: &mut Vec<String>,
    ) {
        let Some(e) = gone.remove(id) else { return };
        let mut refs = Vec::new();
        references(&json(&e), &mut refs);
        for r in refs {
            restore(&r, project, gone, kept);
        }
        if project.apply(crate::model::Edit::Put(e)).is_ok() {
            kept.push(id.to_string());
        }
    }
    let mut kept = Vec::new();
    let used: Vec<String> = gone
        .iter()
        .filter(|(_, e)| !validate::referrers(project, e.id()).is_empty())
        .map(|(id, _)| id.clone())
        .collect();
    for id in used {
        restore(&id, project, &mut gone, &mut kept);
    }
    kept
}
