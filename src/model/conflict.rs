//! A merge conflict kept in the project: the same field changed differently on two branches.
//! The merged project holds one side's value in the record; the conflict keeps both, until the
//! team settles it and removes the entry.

use serde::{Deserialize, Serialize};

use super::Project;
use super::edit::Edit;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// The record ("R12", "meta" for the settings).
    pub record: String,
    /// The field, as a path ("text", "planning.target").
    pub field: String,
    pub ours: String,
    pub theirs: String,
}

impl Conflict {
    /// Whether this is the entry of `record`'s `field` (record ids ignore case: "q3" is Q3).
    pub fn is(&self, record: &str, field: &str) -> bool {
        self.record.eq_ignore_ascii_case(record.trim()) && self.field == field.trim()
    }
}

/// The edit that settles the conflict of `record`'s `field`: the record keeps the value it holds
/// now and the entry goes. None when there is no such entry.
pub fn settle(project: &Project, record: &str, field: &str) -> Option<Edit> {
    let rest: Vec<Conflict> = project
        .conflicts
        .iter()
        .filter(|c| !c.is(record, field))
        .cloned()
        .collect();
    (rest.len() < project.conflicts.len()).then_some(Edit::SetConflicts(rest))
}

/// The edit that settles every conflict at once; None when there are none.
pub fn settle_all(project: &Project) -> Option<Edit> {
    (!project.conflicts.is_empty()).then_some(Edit::SetConflicts(Vec::new()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Meta;
    use crate::model::validate::validate;

    fn conflict(record: &str, field: &str) -> Conflict {
        Conflict {
            record: record.into(),
            field: field.into(),
            ours: "ours".into(),
            theirs: "theirs".into(),
        }
    }

    #[test]
    fn settling_one_conflict_removes_its_entry_and_undo_brings_it_back() {
        let mut p = Project::new(Meta::new("t"));
        p.conflicts = vec![conflict("meta", "title"), conflict("Q3", "planning.target")];
        let before = p.clone();
        assert_eq!(validate(&p).len(), 2);

        assert_eq!(settle(&p, "Q3", "text"), None);
        assert_eq!(settle(&p, "Q4", "planning.target"), None);
        let undo = p
            .apply(settle(&p, "q3", "planning.target").unwrap())
            .unwrap();
        assert_eq!(p.conflicts, vec![conflict("meta", "title")]);
        assert_eq!(validate(&p).len(), 1);

        p.apply(undo).unwrap();
        assert_eq!(p, before);

        let undo = p.apply(settle_all(&p).unwrap()).unwrap();
        assert!(p.conflicts.is_empty());
        assert!(validate(&p).is_empty());
        assert_eq!(settle_all(&p), None);
        p.apply(undo).unwrap();
        assert_eq!(p, before);
    }
}
