//! What changed between two versions of a project, by id: records added, removed and changed
//! (field by field), cards moved in the tree, and the planning weights and rankings that moved
//! as a result. For reviewers reading a change instead of a RON diff.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::method::hoq::House;
use crate::method::planning::Matrix;
use crate::model::tree::{Tree, group_path_text};
use crate::model::{Project, QualityId, Record};

/// One field that differs: its path ("text", "planning.importance") and both values as text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// A record that differs between the two versions.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "change", rename_all = "lowercase")]
pub enum RecordChange {
    Added {
        id: String,
        text: String,
    },
    Removed {
        id: String,
        text: String,
    },
    Changed {
        id: String,
        text: String,
        fields: Vec<FieldChange>,
    },
}

impl RecordChange {
    pub fn id(&self) -> &str {
        match self {
            RecordChange::Added { id, .. }
            | RecordChange::Removed { id, .. }
            | RecordChange::Changed { id, .. } => id,
        }
    }
}

/// The changes of one kind of record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    pub kind: &'static str,
    pub changes: Vec<RecordChange>,
}

/// A number that moved: a quality's relative weight or a characteristic's share.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Moved {
    pub id: String,
    pub text: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub rank_before: Option<usize>,
    pub rank_after: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diff {
    /// Title, theme, scope, scale and the other settings.
    pub settings: Vec<FieldChange>,
    pub sections: Vec<Section>,
    /// Qualities whose relative weight moved (percent), heaviest after first.
    pub weights: Vec<Moved>,
    /// Characteristics whose share of technical importance moved (percent).
    pub technical: Vec<Moved>,
}

/// Weights closer than this (percentage points) count as unchanged.
const EPSILON: f64 = 0.005;

impl Diff {
    pub fn between(a: &Project, b: &Project) -> Diff {
        let settings = fields_of(&json(&a.meta), &json(&b.meta), "");
        let sections = kinds(a)
            .into_iter()
            .zip(kinds(b))
            .map(|((kind, ra), (_, rb))| Section {
                kind,
                changes: compare(a, b, ra, rb),
            })
            .filter(|s| !s.changes.is_empty())
            .collect();
        Diff {
            settings,
            sections,
            weights: weights(a, b),
            technical: technical(a, b),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.settings.is_empty()
            && self.sections.is_empty()
            && self.weights.is_empty()
            && self.technical.is_empty()
    }
}

pub(crate) fn json<T: Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// Records of one kind as (id, record as JSON), in file order.
pub(crate) type Records = Vec<(String, Value)>;

/// Every kind of record: (the project's field, the kind as a reader says it, its records).
pub(crate) fn tables(p: &Project) -> Vec<(&'static str, &'static str, Records)> {
    fn rows<'a, T: Serialize + Record + 'a>(items: impl Iterator<Item = &'a T>) -> Records
    where
        T::Id: std::fmt::Display,
    {
        items.map(|r| (r.id().to_string(), json(r))).collect()
    }
    vec![
        ("segments", "segments", rows(p.segments.iter())),
        ("respondents", "respondents", rows(p.respondents.iter())),
        ("competitors", "competitors", rows(p.competitors.iter())),
        ("remarks", "remarks", rows(p.remarks.iter())),
        ("items", "items", rows(p.items.iter())),
        ("groups", "groups", rows(p.groups.iter())),
        ("qualities", "qualities", rows(p.qualities.iter())),
        ("responses", "survey answers", rows(p.responses.iter())),
        ("judgements", "judgements", rows(p.judgements.iter())),
        (
            "characteristics",
            "characteristics",
            rows(p.characteristics.iter()),
        ),
        (
            "relationships",
            "relationships",
            rows(p.relationships.iter()),
        ),
        ("correlations", "correlations", rows(p.correlations.iter())),
    ]
}

fn kinds(p: &Project) -> Vec<(&'static str, Records)> {
    tables(p)
        .into_iter()
        .map(|(_, kind, r)| (kind, r))
        .collect()
}

/// The words a record is known by: its text, title, name or label.
fn text_of(v: &Value) -> String {
    for key in ["text", "title", "name", "label"] {
        if let Some(Value::String(s)) = v.get(key) {
            return s.clone();
        }
    }
    match v {
        Value::Object(_) => String::new(),
        other => show(other),
    }
}

fn compare(a: &Project, b: &Project, ra: Records, rb: Records) -> Vec<RecordChange> {
    let after: BTreeMap<&str, &Value> = rb.iter().map(|(id, v)| (id.as_str(), v)).collect();
    let before: BTreeMap<&str, &Value> = ra.iter().map(|(id, v)| (id.as_str(), v)).collect();
    let mut out = Vec::new();
    for (id, va) in &ra {
        match after.get(id.as_str()) {
            None => out.push(RecordChange::Removed {
                id: id.clone(),
                text: text_of(va),
            }),
            Some(vb) if *vb != va => {
                let mut fields = fields_of(va, vb, "");
                // A card moved in the tree reads better by island name than by id.
                for f in &mut fields {
                    if f.field == "group" {
                        f.before = island(a, &f.before);
                        f.after = island(b, &f.after);
                    }
                }
                out.push(RecordChange::Changed {
                    id: id.clone(),
                    text: text_of(vb),
                    fields,
                });
            }
            Some(_) => {}
        }
    }
    for (id, vb) in &rb {
        if !before.contains_key(id.as_str()) {
            out.push(RecordChange::Added {
                id: id.clone(),
                text: text_of(vb),
            });
        }
    }
    out
}

/// "G3 Quiet / Fast boiling" for a group id, "—" for none.
fn island(p: &Project, id: &str) -> String {
    let group = p
        .groups
        .iter()
        .find(|g| g.id.to_string() == id)
        .map(|g| g.id);
    match group {
        Some(g) => format!("{id} {}", group_path_text(p, Some(g))),
        None => id.to_string(),
    }
}

/// The fields that differ, nested objects flattened into dotted paths.
pub(crate) fn fields_of(a: &Value, b: &Value, prefix: &str) -> Vec<FieldChange> {
    let path = |k: &str| {
        if prefix.is_empty() {
            k.to_string()
        } else {
            format!("{prefix}.{k}")
        }
    };
    match (a, b) {
        (Value::Object(ma), Value::Object(mb)) => {
            let mut keys: Vec<&String> = ma.keys().collect();
            keys.extend(mb.keys().filter(|k| !ma.contains_key(*k)));
            let null = Value::Null;
            keys.into_iter()
                .flat_map(|k| {
                    let (x, y) = (ma.get(k).unwrap_or(&null), mb.get(k).unwrap_or(&null));
                    if x == y {
                        Vec::new()
                    } else {
                        fields_of(x, y, &path(k))
                    }
                })
                .collect()
        }
        _ if a == b => Vec::new(),
        _ => vec![FieldChange {
            field: prefix.to_string(),
            before: show(a),
            after: show(b),
        }],
    }
}

/// A value as a person reads it: strings bare, nothing as "—", lists and maps compact.
pub(crate) fn show(v: &Value) -> String {
    match v {
        Value::Null => "—".into(),
        Value::String(s) => s.clone(),
        Value::Array(xs) if xs.is_empty() => "—".into(),
        Value::Array(xs) => xs.iter().map(show).collect::<Vec<_>>().join(", "),
        Value::Object(m) if m.is_empty() => "—".into(),
        Value::Object(m) => m
            .iter()
            .map(|(k, v)| format!("{k}: {}", show(v)))
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

/// The project as one line per field of every record ("R12 text: …", "Q3 planning.target: 4.5"),
/// in file order: what `git log -p` compares when gemba is the diff's text converter, so a
/// change reads field by field without an external diff.
pub fn flat_listing(p: &Project) -> String {
    fn walk(out: &mut String, id: &str, path: &str, v: &Value) {
        match v {
            Value::Object(m) if !m.is_empty() => {
                for (k, x) in m {
                    // The id already starts the line.
                    if path.is_empty() && k == "id" {
                        continue;
                    }
                    let sub = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    walk(out, id, &sub, x);
                }
            }
            _ => {
                let line = show(v).replace(['\n', '\r'], " ");
                out.push_str(&format!("{id} {path}: {line}\n"));
            }
        }
    }
    let mut out = String::new();
    walk(&mut out, "meta", "", &json(&p.meta));
    for (_, _, records) in tables(p) {
        for (id, v) in records {
            walk(&mut out, &id, "", &v);
        }
    }
    for c in &p.conflicts {
        out.push_str(&format!(
            "conflict {} {}: ours {} / theirs {}\n",
            c.record, c.field, c.ours, c.theirs
        ));
    }
    out
}

fn quality_text(p: &Project, q: QualityId) -> String {
    p.qualities
        .get(q)
        .map(|x| x.text.clone())
        .unwrap_or_default()
}

fn weights(a: &Project, b: &Project) -> Vec<Moved> {
    let ma = Matrix::compute_with_tree(a, &Tree::build(a));
    let mb = Matrix::compute_with_tree(b, &Tree::build(b));
    let row = |m: &Matrix, q| m.row(q).map(|r| (r.relative, r.rank));
    let mut ids: Vec<QualityId> = mb.rows.iter().map(|r| r.quality).collect();
    ids.extend(
        ma.rows
            .iter()
            .map(|r| r.quality)
            .filter(|q| mb.row(*q).is_none()),
    );
    let mut out: Vec<Moved> = ids
        .into_iter()
        .filter_map(|q| {
            let (before, rank_before) = row(&ma, q).unwrap_or((None, None));
            let (after, rank_after) = row(&mb, q).unwrap_or((None, None));
            let moved = match (before, after) {
                (Some(x), Some(y)) => (x - y).abs() > EPSILON,
                (None, None) => false,
                _ => true,
            };
            (moved || rank_before != rank_after).then(|| Moved {
                id: q.to_string(),
                text: if b.qualities.contains(q) {
                    quality_text(b, q)
                } else {
                    quality_text(a, q)
                },
                before,
                after,
                rank_before,
                rank_after,
            })
        })
        .collect();
    out.sort_by_key(|m| (m.rank_after.unwrap_or(usize::MAX), m.rank_before));
    out
}

fn technical(a: &Project, b: &Project) -> Vec<Moved> {
    let house = |p: &Project| {
        let m = Matrix::compute_with_tree(p, &Tree::build(p));
        House::compute(p, &m)
    };
    let (ha, hb) = (house(a), house(b));
    let mut out = Vec::new();
    let ids: Vec<_> = hb
        .columns
        .iter()
        .map(|c| c.characteristic)
        .chain(
            ha.columns
                .iter()
                .map(|c| c.characteristic)
                .filter(|c| !hb.columns.iter().any(|x| x.characteristic == *c)),
        )
        .collect();
    for c in ids {
        let col = |h: &House| h.columns.iter().find(|x| x.characteristic == c).cloned();
        let (x, y) = (col(&ha), col(&hb));
        let (before, rank_before) = x.map_or((None, None), |x| (x.relative, x.rank));
        let (after, rank_after) = y.map_or((None, None), |y| (y.relative, y.rank));
        let moved = match (before, after) {
            (Some(p), Some(q)) => (p - q).abs() > EPSILON,
            (None, None) => false,
            _ => true,
        };
        if moved || rank_before != rank_after {
            let name = b
                .characteristics
                .get(c)
                .or_else(|| a.characteristics.get(c))
                .map(|x| x.name.clone())
                .unwrap_or_default();
            out.push(Moved {
                id: c.to_string(),
                text: name,
                before,
                after,
                rank_before,
                rank_after,
            });
        }
    }
    out.sort_by_key(|m| (m.rank_after.unwrap_or(usize::MAX), m.rank_before));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn base() -> Project {
        let mut p = Project::new(Meta::new("Kettle"));
        for (id, text) in [(1, "loud at night"), (2, "slow to boil")] {
            p.apply(Edit::Put(Entity::Remark(Remark::new(RemarkId(id), text))))
                .unwrap();
        }
        p.apply(Edit::Put(Entity::Group(Group {
            id: GroupId(1),
            title: "Quiet".into(),
            parent: None,
            order: 0,
        })))
        .unwrap();
        for (id, imp) in [(1, 4.0), (2, 2.0)] {
            let mut q = Quality::new(QualityId(id), format!("quality {id}"));
            q.planning.importance = Some(imp);
            q.planning.current = Some(2.0);
            q.planning.target = Some(4.0);
            p.apply(Edit::Put(Entity::Quality(q))).unwrap();
        }
        p
    }

    #[test]
    fn no_change_is_an_empty_diff() {
        assert!(Diff::between(&base(), &base()).is_empty());
    }

    #[test]
    fn records_are_added_removed_and_changed_field_by_field() {
        let a = base();
        let mut b = a.clone();
        b.apply(Edit::Put(Entity::Remark(Remark::new(RemarkId(3), "leaks"))))
            .unwrap();
        b.apply(b.delete(EntityId::Remark(RemarkId(2)))).unwrap();
        let mut r1 = b.remarks.get(RemarkId(1)).unwrap().clone();
        r1.text = "very loud at night".into();
        b.apply(Edit::Put(Entity::Remark(r1))).unwrap();
        let mut q2 = b.qualities.get(QualityId(2)).unwrap().clone();
        q2.planning.importance = Some(5.0);
        q2.group = Some(GroupId(1));
        b.apply(Edit::Put(Entity::Quality(q2))).unwrap();

        let d = Diff::between(&a, &b);
        let remarks = &d
            .sections
            .iter()
            .find(|s| s.kind == "remarks")
            .unwrap()
            .changes;
        assert_eq!(
            remarks[0],
            RecordChange::Changed {
                id: "R1".into(),
                text: "very loud at night".into(),
                fields: vec![FieldChange {
                    field: "text".into(),
                    before: "loud at night".into(),
                    after: "very loud at night".into(),
                }],
            }
        );
        assert_eq!(remarks[1].id(), "R2");
        assert!(matches!(remarks[1], RecordChange::Removed { .. }));
        assert!(
            matches!(&remarks[2], RecordChange::Added { id, text } if id == "R3" && text == "leaks")
        );

        let q = &d
            .sections
            .iter()
            .find(|s| s.kind == "qualities")
            .unwrap()
            .changes[0];
        let RecordChange::Changed { fields, .. } = q else {
            panic!("{q:?}")
        };
        let f: Vec<(&str, &str, &str)> = fields
            .iter()
            .map(|f| (f.field.as_str(), f.before.as_str(), f.after.as_str()))
            .collect();
        assert!(f.contains(&("group", "—", "G1 Quiet")), "{f:?}");
        assert!(f.contains(&("planning.importance", "2.0", "5.0")), "{f:?}");

        // Weights before → after: Q1 fell from 66.7 % to 44.4 %, Q2 rose and took first place.
        let w: Vec<(&str, Option<usize>, Option<usize>)> = d
            .weights
            .iter()
            .map(|m| (m.id.as_str(), m.rank_before, m.rank_after))
            .collect();
        assert_eq!(w, [("Q2", Some(2), Some(1)), ("Q1", Some(1), Some(2))]);
        assert!((d.weights[1].before.unwrap() - 200.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn settings_changes_are_listed() {
        let a = base();
        let mut b = a.clone();
        let mut m = b.meta.clone();
        m.title = "Quiet kettle".into();
        b.apply(Edit::SetMeta(m)).unwrap();
        let d = Diff::between(&a, &b);
        assert_eq!(d.settings[0].field, "title");
        assert_eq!(d.settings[0].after, "Quiet kettle");
    }
}
