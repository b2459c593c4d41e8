//! Who spoke: customer segments and pseudonymous respondents.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::id::{RespondentId, SegmentId};
use super::table::Record;

/// A group of customers whose voices are kept apart and may be weighted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Segment {
    pub id: SegmentId,
    pub name: String,
    /// Relative weight of this segment when survey means are combined; none means equal weight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
}

/// One person who gave remarks or ratings, known by a label rather than a name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Respondent {
    pub id: RespondentId,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segment: Option<SegmentId>,
    /// Optional attributes such as gender or age band; kept out of exports unless asked for.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
}

impl Record for Segment {
    type Id = SegmentId;
    fn id(&self) -> SegmentId {
        self.id
    }
}

impl Record for Respondent {
    type Id = RespondentId;
    fn id(&self) -> RespondentId {
        self.id
    }
}
