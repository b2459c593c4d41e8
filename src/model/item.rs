//! Requirement items: what the customer wants, freely worded, traced to the remarks they came from.

use serde::{Deserialize, Serialize};

use super::id::{ItemId, RemarkId};
use super::table::Record;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: ItemId,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remarks: Vec<RemarkId>,
}

impl Record for Item {
    type Id = ItemId;
    fn id(&self) -> ItemId {
        self.id
    }
}
