//! `import pairwise`: AHP judgements in the columns `a,b,value`, where a and b are sibling
//! qualities (in one group) or sibling groups (in one parent, or both top-level), named by id or
//! exact text, and a is `value` times as important as b (Saaty's 1/9 … 9; `1/3` accepted).

use std::collections::HashMap;

use super::{Plan, RowError, Table, read_sheet};
use crate::method::ahp;
use crate::method::hierarchy::Priorities;
use crate::model::judgement::parent_of;
use crate::model::tree::Node;
use crate::model::*;

pub const COLUMNS: [&str; 3] = ["a", "b", "value"];

/// A group or quality named by id (G2, Q3) or by its exact title or text.
pub fn find_node(project: &Project, text: &str) -> Result<Node, String> {
    if let Ok(node) = text.parse::<Node>() {
        let exists = match node {
            Node::Group(g) => project.groups.contains(g),
            Node::Quality(q) => project.qualities.contains(q),
        };
        return if exists {
            Ok(node)
        } else {
            Err(format!("there is no {node} in the project"))
        };
    }
    let matches: Vec<Node> = project
        .groups
        .iter()
        .filter(|g| g.title == text)
        .map(|g| Node::Group(g.id))
        .chain(
            project
                .qualities
                .iter()
                .filter(|q| q.text == text)
                .map(|q| Node::Quality(q.id)),
        )
        .collect();
    match matches.as_slice() {
        [one] => Ok(*one),
        [] if text.is_empty() => Err("empty; give a group or quality id or its exact text".into()),
        [] => Err(format!(
            "no group or quality is called '{text}'; give its id (G…, Q…) or its exact text"
        )),
        many => Err(format!(
            "'{text}' names {} ({}); give the id instead",
            many.len(),
            many.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

fn place(parent: Option<GroupId>) -> String {
    parent.map_or_else(|| "at the top level".to_string(), |g| format!("in {g}"))
}

/// Reads judgements into the edit that stores them (replacing earlier judgements of the same
/// pair) and records the RI table in the project.
/// As [`plan_table`], for CSV text.
pub fn plan(project: &Project, text: &str) -> Result<Plan, Vec<RowError>> {
    plan_table(project, &super::csv_table(text)?)
}

pub fn plan_table(project: &Project, table: &Table) -> Result<Plan, Vec<RowError>> {
    let (rows, mut errors) = read_sheet(table, &COLUMNS, &COLUMNS)?;
    let mut judgements: Vec<Judgement> = Vec::new();
    let mut seen: HashMap<JudgementKey, u64> = HashMap::new();
    for row in &rows {
        let line = row.line;
        let get = |name: &str| row.get(name).to_string();
        let (a, b, value) = (get("a"), get("b"), get("value"));
        if a.is_empty() && b.is_empty() && value.is_empty() {
            continue;
        }
        let mut row_ok = true;
        let mut node = |col: &str, text: &str| match find_node(project, text) {
            Ok(n) => Some(n),
            Err(e) => {
                errors.push(RowError::at(line, Some(col), e));
                row_ok = false;
                None
            }
        };
        let (na, nb) = (node("a", &a), node("b", &b));
        let v = match ahp::parse_value(&value) {
            Ok(v) => Some(v),
            Err(e) => {
                errors.push(RowError::at(line, Some("value"), e));
                None
            }
        };
        let (Some(na), Some(nb), Some(v), true) = (na, nb, v, row_ok) else {
            continue;
        };
        if na == nb {
            errors.push(RowError::at(
                line,
                None,
                format!("{na} is compared with itself"),
            ));
            continue;
        }
        let parent = match (parent_of(project, na), parent_of(project, nb)) {
            (Ok(pa), Ok(pb)) if pa == pb => pa,
            (Ok(pa), Ok(pb)) => {
                errors.push(RowError::at(
                    line,
                    None,
                    format!(
                        "{na} ({}) and {nb} ({}) are not siblings; compare qualities within one group, or groups within one parent",
                        place(pa),
                        place(pb)
                    ),
                ));
                continue;
            }
            (Err(()), _) | (_, Err(())) => {
                let q = if parent_of(project, na).is_err() {
                    na
                } else {
                    nb
                };
                errors.push(RowError::at(
                    line,
                    None,
                    format!(
                        "{q} is not placed in any group, so it has no siblings to compare with"
                    ),
                ));
                continue;
            }
        };
        let j = Judgement {
            parent,
            a: na,
            b: nb,
            value: v,
        };
        if let Some(first) = seen.insert(j.id(), line) {
            errors.push(RowError::at(
                line,
                None,
                format!("{na} and {nb} are already compared on line {first}"),
            ));
            continue;
        }
        judgements.push(j);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if judgements.is_empty() {
        return Err(vec![RowError::file(
            "the file holds no comparisons (only a header)",
        )]);
    }
    let replaced = judgements
        .iter()
        .filter(|j| project.judgements.contains(j.id()))
        .count();
    let mut edits: Vec<Edit> = Vec::new();
    if project.meta.ri_table.is_none() {
        let mut meta = project.meta.clone();
        meta.ri_table = Some(crate::model::saaty::RI_TABLE_NAME.to_string());
        edits.push(Edit::SetMeta(meta));
    }
    let mut parents: Vec<Option<GroupId>> = judgements.iter().map(|j| j.parent).collect();
    parents.sort();
    parents.dedup();
    edits.extend(judgements.iter().map(|j| Edit::Put(Entity::Judgement(*j))));
    let edit = Edit::Batch(edits);

    // Report each compared set as it will stand.
    let mut summary = vec![format!(
        "{} read",
        crate::model::count(judgements.len(), "comparison", "comparisons")
    )];
    if replaced > 0 {
        summary.push(format!(
            "{} replaced",
            crate::model::count(replaced, "earlier comparison", "earlier comparisons")
        ));
    }
    let mut after = project.clone();
    if after.apply(edit.clone()).is_ok() {
        let priorities = Priorities::compute(&after);
        for parent in parents {
            let name = parent.map_or_else(|| "top level".to_string(), |g| g.to_string());
            let Some(set) = priorities.set(parent) else {
                continue;
            };
            let line = match set.ahp() {
                Some(a) => match a.cr {
                    Some(cr) if cr > ahp::CR_LIMIT => {
                        let worst = set
                            .worst
                            .map(|(x, y)| format!("; revisit {x} vs {y} first"))
                            .unwrap_or_default();
                        format!("{name}: CR {cr:.3} is above 0.10{worst}")
                    }
                    Some(cr) => format!("{name}: complete, CR {cr:.3}"),
                    None => format!("{name}: complete"),
                },
                None => match &set.result {
                    Some(Err(e)) if !matches!(e, ahp::AhpError::MissingPairs(_)) => {
                        format!("{name}: {e}")
                    }
                    _ => format!(
                        "{name}: {} of {} so far",
                        set.judged,
                        crate::model::count(set.needed(), "comparison", "comparisons")
                    ),
                },
            };
            summary.push(line);
        }
    }
    Ok(Plan { edit, summary })
}
