//! A three-way merge of projects by id, for teams whose branches each add and change records.
//!
//! Records added on both sides under the same id are renumbered on their side (every reference
//! follows), so neither side's additions are lost. Each record is merged field by field: a field
//! changed on one side takes that change; changed the same way on both, that value; changed
//! differently, a conflict — settled by a preferred side, or kept (ours in the record, both in
//! the project's `conflicts`). A record deleted on one side and still used or changed on the other
//! stays.

mod kept;
mod renumber;

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::diff::{Records, json, show, tables};
use crate::model::conflict::Conflict;
use crate::model::{Issued, Project};
use kept::keep_what_is_used;
use renumber::renumber;

/// How to settle a field changed differently on both sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefer {
    /// Keep ours in the record and both values in `conflicts`.
    Neither,
    Ours,
    Theirs,
}

#[derive(Debug)]
pub struct Merged {
    pub project: Project,
    /// Their ids that were renumbered, old → new.
    pub renumbered: Vec<(String, String)>,
    /// Conflicts, whether settled by a preference or kept in the project.
    pub conflicts: Vec<Conflict>,
    /// Records deleted on one side that the other still used or changed, kept.
    pub kept: Vec<String>,
}

/// Fields whose values are a person's words, never ids to renumber.
const WORDS: [&str; 10] = [
    "text",
    "title",
    "name",
    "label",
    "theme",
    "scope",
    "unit",
    "tags",
    "attributes",
    "scene",
];

pub fn merge(
    base: &Project,
    ours: &Project,
    theirs: &Project,
    prefer: Prefer,
) -> Result<Merged, String> {
    let (theirs, renumbered) = renumber(base, ours, theirs)?;
    let mut conflicts = Vec::new();
    let mut out = Map::new();
    out.insert("format".into(), json(&ours.format));
    out.insert(
        "meta".into(),
        merge_value(
            "meta",
            "",
            &json(&base.meta),
            &json(&ours.meta),
            &json(&theirs.meta),
            prefer,
            &mut conflicts,
        ),
    );
    out.insert(
        "issued".into(),
        json(&max_issued(ours.issued, theirs.issued)),
    );
    let (tb, to, tt) = (tables(base), tables(ours), tables(&theirs));
    for (((field, _, b), (_, _, o)), (_, _, t)) in tb.into_iter().zip(to).zip(tt) {
        let rows = merge_table(&b, &o, &t, prefer, &mut conflicts);
        out.insert(field.into(), Value::Array(rows));
    }
    let mut project: Project = serde_json::from_value(Value::Object(out))
        .map_err(|e| format!("the merged project does not read back: {e}"))?;
    project.normalize();
    let kept = keep_what_is_used(&mut project, base, ours, &theirs);
    project.conflicts = ours.conflicts.clone();
    for c in &theirs.conflicts {
        if !project.conflicts.contains(c) {
            project.conflicts.push(c.clone());
        }
    }
    if prefer == Prefer::Neither {
        project.conflicts.extend(conflicts.iter().cloned());
    }
    Ok(Merged {
        project,
        renumbered,
        conflicts,
        kept,
    })
}

fn max_issued(a: Issued, b: Issued) -> Issued {
    Issued {
        segment: a.segment.max(b.segment),
        respondent: a.respondent.max(b.respondent),
        remark: a.remark.max(b.remark),
        item: a.item.max(b.item),
        quality: a.quality.max(b.quality),
        group: a.group.max(b.group),
        competitor: a.competitor.max(b.competitor),
        characteristic: a.characteristic.max(b.characteristic),
    }
}

fn merge_table(
    base: &Records,
    ours: &Records,
    theirs: &Records,
    prefer: Prefer,
    conflicts: &mut Vec<Conflict>,
) -> Vec<Value> {
    let index = |r: &Records| -> BTreeMap<String, Value> { r.iter().cloned().collect() };
    let (b, o, t) = (index(base), index(ours), index(theirs));
    // Ours in order, then theirs' additions; the loader sorts by id anyway.
    let mut ids: Vec<&String> = ours.iter().map(|(id, _)| id).collect();
    ids.extend(
        theirs
            .iter()
            .map(|(id, _)| id)
            .filter(|id| !o.contains_key(*id)),
    );
    ids.extend(
        base.iter()
            .map(|(id, _)| id)
            .filter(|id| !o.contains_key(*id) && !t.contains_key(*id)),
    );
    let mut out = Vec::new();
    for id in ids {
        let merged = match (b.get(id), o.get(id), t.get(id)) {
            (_, Some(x), None) | (_, None, Some(x)) if !b.contains_key(id) => Some(x.clone()),
            (Some(bv), Some(ov), None) => (ov != bv).then(|| ov.clone()),
            (Some(bv), None, Some(tv)) => (tv != bv).then(|| tv.clone()),
            (Some(bv), Some(ov), Some(tv)) => {
                Some(merge_value(id, "", bv, ov, tv, prefer, conflicts))
            }
            (None, Some(ov), Some(tv)) => {
                Some(merge_value(id, "", &Value::Null, ov, tv, prefer, conflicts))
            }
            _ => None,
        };
        out.extend(merged);
    }
    out
}

/// A field-by-field three-way merge of one record at `path` (objects recurse; anything else is
/// a value).
#[allow(clippy::too_many_arguments)]
fn merge_value(
    record: &str,
    path: &str,
    b: &Value,
    o: &Value,
    t: &Value,
    prefer: Prefer,
    conflicts: &mut Vec<Conflict>,
) -> Value {
    if o == t || t == b {
        return o.clone();
    }
    if o == b {
        return t.clone();
    }
    if let (Value::Object(bo), Value::Object(oo), Value::Object(to)) = (b, o, t) {
        let mut keys: Vec<&String> = oo.keys().collect();
        keys.extend(to.keys().filter(|k| !oo.contains_key(*k)));
        let null = Value::Null;
        let mut m = Map::new();
        for k in keys {
            let p = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            let field = |x: &Map<String, Value>| x.get(k).unwrap_or(&null).clone();
            let v = merge_value(
                record,
                &p,
                &field(bo),
                &field(oo),
                &field(to),
                prefer,
                conflicts,
            );
            if !v.is_null() || oo.contains_key(k) {
                m.insert(k.clone(), v);
            }
        }
        return Value::Object(m);
    }
    conflicts.push(Conflict {
        record: record.to_string(),
        field: path.to_string(),
        ours: show(o),
        theirs: show(t),
    });
    match prefer {
        Prefer::Theirs => t.clone(),
        _ => o.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn sample() -> Project {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/bike-light.en.ron");
        crate::store::load(&path).unwrap()
    }

    fn add_remark(p: &mut Project, text: &str) -> RemarkId {
        let id = p.next_remark_id();
        p.apply(Edit::Put(Entity::Remark(Remark::new(id, text))))
            .unwrap();
        id
    }

    #[test]
    fn additions_on_both_sides_under_one_id_are_renumbered_with_their_links() {
        let base = sample();
        let mut ours = base.clone();
        let mut theirs = base.clone();
        let r_ours = add_remark(&mut ours, "ours: the lens scratches");
        let r_theirs = add_remark(&mut theirs, "theirs: the strap smells");
        assert_eq!(r_ours, r_theirs);
        let i = theirs.next_item_id();
        theirs
            .apply(Edit::Put(Entity::Item(Item {
                id: i,
                text: "no smell".into(),
                remarks: vec![r_theirs],
            })))
            .unwrap();
        let m = merge(&base, &ours, &theirs, Prefer::Neither).unwrap();
        let p = &m.project;
        assert!(
            validate::validate(p).is_empty(),
            "{:?}",
            validate::validate(p)
        );
        let texts: Vec<&str> = p.remarks.iter().map(|r| r.text.as_str()).collect();
        assert!(texts.contains(&"ours: the lens scratches"));
        assert!(texts.contains(&"theirs: the strap smells"));
        // Their remark moved to a new id, and their item's link followed it.
        let moved = p
            .remarks
            .iter()
            .find(|r| r.text.starts_with("theirs"))
            .unwrap()
            .id;
        assert_ne!(moved, r_ours);
        assert_eq!(p.items.get(i).unwrap().remarks, vec![moved]);
        assert_eq!(
            m.renumbered,
            vec![(r_theirs.to_string(), moved.to_string())]
        );
        assert!(p.issued.remark >= moved.0);
    }

    #[test]
    fn fields_merge_one_by_one_and_real_conflicts_keep_both_values() {
        let base = sample();
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        let mut q = ours.qualities.get(QualityId(1)).unwrap().clone();
        q.planning.target = Some(5.0);
        q.text = "ours wording".into();
        ours.apply(Edit::Put(Entity::Quality(q))).unwrap();
        let mut q = theirs.qualities.get(QualityId(1)).unwrap().clone();
        q.planning.importance = Some(2.0);
        q.text = "their wording".into();
        theirs.apply(Edit::Put(Entity::Quality(q))).unwrap();

        let m = merge(&base, &ours, &theirs, Prefer::Neither).unwrap();
        let q = m.project.qualities.get(QualityId(1)).unwrap();
        assert_eq!(q.planning.target, Some(5.0));
        assert_eq!(q.planning.importance, Some(2.0));
        assert_eq!(q.text, "ours wording");
        assert_eq!(
            m.project.conflicts,
            vec![Conflict {
                record: "Q1".into(),
                field: "text".into(),
                ours: "ours wording".into(),
                theirs: "their wording".into(),
            }]
        );
        // The conflict is a problem `check` reports.
        assert!(
            validate::validate(&m.project)[0]
                .to_string()
                .contains("merge conflict in Q1 text")
        );

        let m = merge(&base, &ours, &theirs, Prefer::Theirs).unwrap();
        assert_eq!(
            m.project.qualities.get(QualityId(1)).unwrap().text,
            "their wording"
        );
        assert!(m.project.conflicts.is_empty());
        assert_eq!(m.conflicts.len(), 1);
    }

    #[test]
    fn a_record_deleted_on_one_side_but_used_on_the_other_stays() {
        let base = sample();
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        // Ours deletes R2; theirs links a new item to it.
        ours.apply(ours.delete(EntityId::Remark(RemarkId(2))))
            .unwrap();
        let i = theirs.next_item_id();
        theirs
            .apply(Edit::Put(Entity::Item(Item {
                id: i,
                text: "from R2".into(),
                remarks: vec![RemarkId(2)],
            })))
            .unwrap();
        let m = merge(&base, &ours, &theirs, Prefer::Neither).unwrap();
        assert!(m.project.remarks.contains(RemarkId(2)));
        assert!(validate::validate(&m.project).is_empty());
        assert_eq!(m.kept, vec!["R2".to_string()]);
        // Deleted on one side and untouched on the other: gone.
        let m = merge(&base, &ours, &base, Prefer::Neither).unwrap();
        assert!(!m.project.remarks.contains(RemarkId(2)));
    }

    #[test]
    fn merging_a_side_with_the_base_gives_that_side() {
        let base = sample();
        let mut ours = base.clone();
        add_remark(&mut ours, "only ours");
        let m = merge(&base, &ours, &base, Prefer::Neither).unwrap();
        assert_eq!(
            crate::store::to_ron(&m.project).unwrap(),
            crate::store::to_ron(&ours).unwrap()
        );
        let m = merge(&base, &base, &ours, Prefer::Neither).unwrap();
        assert_eq!(m.project.remarks, ours.remarks);
    }

    #[derive(Debug, Clone)]
    enum Step {
        Remark,
        Item(usize),
        Quality(usize),
        Target(usize, u8),
        Delete(usize),
    }

    fn step() -> impl proptest::strategy::Strategy<Value = Step> {
        use proptest::prelude::*;
        prop_oneof![
            Just(Step::Remark),
            any::<usize>().prop_map(Step::Item),
            any::<usize>().prop_map(Step::Quality),
            (any::<usize>(), 1u8..=5).prop_map(|(q, v)| Step::Target(q, v)),
            any::<usize>().prop_map(Step::Delete),
        ]
    }

    /// Applies the steps; returns the texts of the records it added.
    fn play(p: &mut Project, steps: &[Step], side: &str) -> Vec<String> {
        let mut added = Vec::new();
        for (k, s) in steps.iter().enumerate() {
            let text = format!("{side} {k}");
            let pick = |n: usize, len: usize| n % len.max(1);
            match s {
                Step::Remark => {
                    add_remark(p, &text);
                    added.push(text);
                }
                Step::Item(n) => {
                    let rs: Vec<RemarkId> = p.remarks.ids().collect();
                    let id = p.next_item_id();
                    let item = Item {
                        id,
                        text: text.clone(),
                        remarks: vec![rs[pick(*n, rs.len())]],
                    };
                    p.apply(Edit::Put(Entity::Item(item))).unwrap();
                    added.push(text);
                }
                Step::Quality(n) => {
                    let is: Vec<ItemId> = p.items.ids().collect();
                    let mut q = Quality::new(p.next_quality_id(), text.clone());
                    q.items = vec![is[pick(*n, is.len())]];
                    p.apply(Edit::Put(Entity::Quality(q))).unwrap();
                    added.push(text);
                }
                Step::Target(n, v) => {
                    let qs: Vec<QualityId> = p.qualities.ids().collect();
                    let mut q = p.qualities.get(qs[pick(*n, qs.len())]).unwrap().clone();
                    q.planning.target = Some(f64::from(*v));
                    p.apply(Edit::Put(Entity::Quality(q))).unwrap();
                }
                Step::Delete(n) => {
                    // Only the base's own remarks, so an addition is never deleted.
                    let rs: Vec<RemarkId> = p.remarks.ids().filter(|r| r.0 <= 36).collect();
                    if !rs.is_empty() {
                        let r = rs[pick(*n, rs.len())];
                        p.apply(p.delete(EntityId::Remark(r))).unwrap();
                    }
                }
            }
        }
        added
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(32))]

        /// Two branches of random edits from one base: the merge holds every record either
        /// side added, and nothing in it refers to a record that is not there.
        #[test]
        fn a_merge_keeps_every_addition_of_both_sides(
            a in proptest::collection::vec(step(), 0..25),
            b in proptest::collection::vec(step(), 0..25),
        ) {
            let base = sample();
            let (mut ours, mut theirs) = (base.clone(), base.clone());
            let mut added = play(&mut ours, &a, "ours");
            added.extend(play(&mut theirs, &b, "theirs"));
            let m = merge(&base, &ours, &theirs, Prefer::Neither).unwrap();
            let p = &m.project;
            let mut texts: Vec<&str> = p.remarks.iter().map(|r| r.text.as_str()).collect();
            texts.extend(p.items.iter().map(|r| r.text.as_str()));
            texts.extend(p.qualities.iter().map(|r| r.text.as_str()));
            for t in &added {
                proptest::prop_assert!(texts.contains(&t.as_str()), "{t} is missing");
            }
            let problems: Vec<String> = validate::validate(p)
                .iter()
                .map(|x| x.to_string())
                .filter(|x| !x.contains("merge conflict"))
                .collect();
            proptest::prop_assert!(problems.is_empty(), "{problems:?}");
        }
    }
}
