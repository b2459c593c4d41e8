//! Renumbering their additions whose ids ours took for something else; references follow.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::Value;

use super::WORDS;
use crate::method::diff::{json, tables};
use crate::model::Project;

/// "R37" → ("R", 37).
fn split_id(id: &str) -> Option<(&str, u32)> {
    let at = id.find(|c: char| c.is_ascii_digit())?;
    let (prefix, n) = id.split_at(at);
    (!prefix.is_empty() && prefix.chars().all(|c| c.is_ascii_uppercase()))
        .then(|| n.parse().ok().map(|n| (prefix, n)))
        .flatten()
}

/// Their records added under an id that ours also added for something else get fresh ids after
/// both sides' counters; every reference in their project follows.
pub(super) fn renumber(
    base: &Project,
    ours: &Project,
    theirs: &Project,
) -> Result<(Project, Vec<(String, String)>), String> {
    let typed = [
        "segments",
        "respondents",
        "competitors",
        "remarks",
        "items",
        "groups",
        "qualities",
        "characteristics",
    ];
    let (tb, to, tt) = (tables(base), tables(ours), tables(theirs));
    let mut next: HashMap<String, u32> = HashMap::new();
    let mut map: BTreeMap<String, String> = BTreeMap::new();
    for (((field, _, b), (_, _, o)), (_, _, t)) in tb.iter().zip(&to).zip(&tt) {
        if !typed.contains(field) {
            continue;
        }
        let in_base: BTreeSet<&str> = b.iter().map(|(id, _)| id.as_str()).collect();
        let in_ours: HashMap<&str, &Value> = o.iter().map(|(id, v)| (id.as_str(), v)).collect();
        let top = o
            .iter()
            .chain(t)
            .filter_map(|(id, _)| split_id(id))
            .map(|(_, n)| n)
            .max()
            .unwrap_or(0);
        for (id, v) in t {
            let clash =
                !in_base.contains(id.as_str()) && in_ours.get(id.as_str()).is_some_and(|x| *x != v);
            if !clash {
                continue;
            }
            let (prefix, _) = split_id(id).ok_or_else(|| format!("cannot renumber {id}"))?;
            let n = next.entry(prefix.to_string()).or_insert(top);
            *n = n
                .checked_add(1)
                .ok_or_else(|| format!("no new {prefix} id is left"))?;
            map.insert(id.clone(), format!("{prefix}{n}"));
        }
    }
    if map.is_empty() {
        return Ok((theirs.clone(), Vec::new()));
    }
    let mut v = json(theirs);
    rewrite(&mut v, &map);
    let mut project: Project =
        serde_json::from_value(v).map_err(|e| format!("renumbering failed: {e}"))?;
    project.normalize();
    Ok((project, map.into_iter().collect()))
}

/// Every id string (value or map key) in `map` replaced, outside the fields that hold words.
fn rewrite(v: &mut Value, map: &BTreeMap<String, String>) {
    match v {
        Value::String(s) => {
            if let Some(new) = map.get(s.as_str()) {
                *s = new.clone();
            }
        }
        Value::Array(xs) => xs.iter_mut().for_each(|x| rewrite(x, map)),
        Value::Object(m) => {
            let old = std::mem::take(m);
            for (k, mut x) in old {
                if !WORDS.contains(&k.as_str()) {
                    rewrite(&mut x, map);
                }
                let k = map.get(&k).cloned().unwrap_or(k);
                m.insert(k, x);
            }
        }
        _ => {}
    }
}
