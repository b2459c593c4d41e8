//! Groups are the islands of the affinity diagram; their parent links form the deployment tree.

use serde::{Deserialize, Serialize};

use super::id::GroupId;
use super::table::Record;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: GroupId,
    pub title: String,
    /// The island this one is grouped into; none for a top-level group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<GroupId>,
    /// Position among its siblings (ties are broken by id).
    #[serde(default, skip_serializing_if = "super::is_zero")]
    pub order: u32,
}

impl Record for Group {
    type Id = GroupId;
    fn id(&self) -> GroupId {
        self.id
    }
}
