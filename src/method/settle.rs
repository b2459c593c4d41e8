//! Taking their side of a merge conflict: the value the other branch gave a field, written into
//! the record, and the entry settled, as one edit. Works for fields whose value reads back from
//! how the conflict shows it (text, numbers, a value left out); lists and nested values are set
//! with the record's own command instead.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::diff::{json, tables};
use crate::model::conflict::{self, Conflict};
use crate::model::{Edit, Entity, Project};

/// The edit that sets `record`'s `field` to theirs and settles the conflict; why not, otherwise.
pub fn take_theirs(project: &Project, record: &str, field: &str) -> Result<Edit, String> {
    let c = project
        .conflicts
        .iter()
        .find(|c| c.is(record, field))
        .ok_or_else(|| {
            format!(
                "{} {}: no merge conflict on this field",
                record.trim(),
                field.trim()
            )
        })?;
    let settle = conflict::settle(project, record, field).expect("the conflict was found");
    let put = if c.record == "meta" {
        Edit::SetMeta(with_theirs(c, json(&project.meta), |v| {
            serde_json::from_value(v)
        })?)
    } else {
        let (table, value) = tables(project)
            .into_iter()
            .find_map(|(table, _, rows)| {
                rows.into_iter()
                    .find(|(id, _)| *id == c.record)
                    .map(|(_, v)| (table, v))
            })
            .ok_or_else(|| format!("{} {}: the record is gone", c.record, c.field))?;
        Edit::Put(with_theirs(c, value, |v| entity(table, v))?)
    };
    Ok(Edit::Batch(vec![put, settle]))
}

/// The record with its field set to theirs, read back as `T`: the first reading of the shown
/// value that the record's type accepts (as it was typed before: text stays text).
fn with_theirs<T>(
    c: &Conflict,
    record: Value,
    read: impl Fn(Value) -> Result<T, serde_json::Error>,
) -> Result<T, String> {
    let cannot = || {
        format!(
            "{} {}: theirs “{}” cannot be written back into this field; set it with the \
             record's own key or command, then settle the conflict",
            c.record, c.field, c.theirs
        )
    };
    // The value there now says how theirs was shown: text stays text, a number a number.
    let mut now = Some(&record);
    for part in c.field.split('.') {
        now = match now {
            Some(Value::Object(m)) => m.get(part),
            Some(Value::Null) | None => None,
            Some(_) => return Err(cannot()),
        };
    }
    let shown = c.theirs.as_str();
    let number = serde_json::from_str::<Value>(shown)
        .ok()
        .filter(Value::is_number);
    let text = Some(Value::String(shown.to_string()));
    let absent = (shown == "—").then_some(Value::Null);
    let tries = match now {
        Some(Value::String(_)) => vec![text, absent],
        Some(Value::Number(_) | Value::Null) | None => vec![absent, number, text],
        Some(_) => vec![],
    };
    for v in tries.into_iter().flatten() {
        let mut r = record.clone();
        *leaf(&mut r, &c.field) = v;
        if let Ok(t) = read(r) {
            return Ok(t);
        }
    }
    Err(cannot())
}

/// The field's place in the record, made where it is missing.
fn leaf<'a>(record: &'a mut Value, field: &str) -> &'a mut Value {
    let mut slot = record;
    for part in field.split('.') {
        if !slot.is_object() {
            *slot = Value::Object(Default::default());
        }
        slot = slot
            .as_object_mut()
            .expect("made an object above")
            .entry(part.to_string())
            .or_insert(Value::Null);
    }
    slot
}

fn entity(table: &str, v: Value) -> Result<Entity, serde_json::Error> {
    fn read<T: DeserializeOwned>(v: Value) -> Result<T, serde_json::Error> {
        serde_json::from_value(v)
    }
    Ok(match table {
        "segments" => Entity::Segment(read(v)?),
        "respondents" => Entity::Respondent(read(v)?),
        "competitors" => Entity::Competitor(read(v)?),
        "remarks" => Entity::Remark(read(v)?),
        "items" => Entity::Item(read(v)?),
        "groups" => Entity::Group(read(v)?),
        "qualities" => Entity::Quality(read(v)?),
        "responses" => Entity::Response(read(v)?),
        "judgements" => Entity::Judgement(read(v)?),
        "characteristics" => Entity::Characteristic(read(v)?),
        "relationships" => Entity::Relationship(read(v)?),
        _ => Entity::Correlation(read(v)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn conflict(record: &str, field: &str, ours: &str, theirs: &str) -> Conflict {
        Conflict {
            record: record.into(),
            field: field.into(),
            ours: ours.into(),
            theirs: theirs.into(),
        }
    }

    fn merged() -> Project {
        let mut p = Project::new(Meta::new("Kettle"));
        let mut q = Quality::new(QualityId(3), "the water boils fast");
        q.planning.target = Some(5.0);
        q.tags = vec!["speed".into()];
        p.apply(Edit::Batch(vec![
            Edit::Put(Entity::Remark(Remark::new(RemarkId(1), "slow to boil"))),
            Edit::Put(Entity::Quality(q)),
        ]))
        .unwrap();
        p.conflicts = vec![
            conflict("Q3", "planning.target", "5.0", "4.0"),
            conflict("R1", "text", "slow to boil", "5"),
            conflict("meta", "title", "Kettle", "Travel kettle"),
            conflict("Q3", "tags", "speed", "speed, noise"),
        ];
        p
    }

    #[test]
    fn theirs_is_written_into_the_record_and_the_entry_settled_as_one_edit() {
        let mut p = merged();
        let before = p.clone();
        let undo = p
            .apply(take_theirs(&p, "Q3", "planning.target").unwrap())
            .unwrap();
        assert_eq!(
            p.qualities.get(QualityId(3)).unwrap().planning.target,
            Some(4.0)
        );
        assert_eq!(p.conflicts.len(), 3);
        p.apply(undo).unwrap();
        assert_eq!(p, before);

        // Text stays text even when it reads as a number.
        p.apply(take_theirs(&p, "r1", "text").unwrap()).unwrap();
        assert_eq!(p.remarks.get(RemarkId(1)).unwrap().text, "5");
        p.apply(take_theirs(&p, "meta", "title").unwrap()).unwrap();
        assert_eq!(p.meta.title, "Travel kettle");
        assert_eq!(
            p.conflicts,
            vec![before.conflicts[0].clone(), before.conflicts[3].clone()]
        );
    }

    #[test]
    fn a_value_left_out_on_their_side_is_left_out() {
        let mut p = merged();
        p.conflicts = vec![conflict("Q3", "planning.target", "5.0", "—")];
        p.apply(take_theirs(&p, "Q3", "planning.target").unwrap())
            .unwrap();
        assert_eq!(p.qualities.get(QualityId(3)).unwrap().planning.target, None);
        assert!(p.conflicts.is_empty());
    }

    #[test]
    fn lists_and_unknown_entries_are_refused_with_the_record_and_field() {
        let p = merged();
        let err = take_theirs(&p, "Q3", "tags").unwrap_err();
        assert!(
            err.starts_with("Q3 tags: theirs “speed, noise” cannot be written back"),
            "{err}"
        );
        let err = take_theirs(&p, "Q3", "text").unwrap_err();
        assert_eq!(err, "Q3 text: no merge conflict on this field");
    }
}
