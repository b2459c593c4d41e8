//! A merge conflict kept in the project: the same field changed differently on two branches.
//! The merged project holds one side's value in the record; the conflict keeps both, until the
//! team settles it and removes the entry.

use serde::{Deserialize, Serialize};

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
