//! Demanded qualities: requirement items rewritten as quality statements. They are the leaves of
//! the deployment tree and the rows of the planning matrix.

use serde::{Deserialize, Serialize};

use super::id::{GroupId, ItemId, QualityId};
use super::planning::Planning;
use super::table::Record;
use crate::method::wording::Rule;

/// Kano's quality types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Kano {
    #[default]
    Unclassified,
    /// Expected; noticed only when missing.
    MustBe,
    /// More is better.
    OneDimensional,
    /// Delights when present.
    Attractive,
}

impl Kano {
    pub fn is_unclassified(&self) -> bool {
        *self == Kano::Unclassified
    }

    pub const ALL: [Kano; 4] = [
        Kano::Unclassified,
        Kano::MustBe,
        Kano::OneDimensional,
        Kano::Attractive,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Kano::Unclassified => "unclassified",
            Kano::MustBe => "must-be",
            Kano::OneDimensional => "one-dimensional",
            Kano::Attractive => "attractive",
        }
    }
}

/// Who brought a quality in: the customers, or the team adding what customers take for granted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Origin {
    #[default]
    Customer,
    Team,
}

impl Origin {
    pub fn is_customer(&self) -> bool {
        *self == Origin::Customer
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quality {
    pub id: QualityId,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ItemId>,
    #[serde(default, skip_serializing_if = "Kano::is_unclassified")]
    pub kano: Kano,
    #[serde(default, skip_serializing_if = "Origin::is_customer")]
    pub origin: Origin,
    /// Free tags such as purchase-decision, complaint, regulation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The island this quality is placed in; none while it is still an unplaced card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<GroupId>,
    /// Position among the cards of its group (ties are broken by id).
    #[serde(default, skip_serializing_if = "super::is_zero")]
    pub order: u32,
    #[serde(default, skip_serializing_if = "Planning::is_empty")]
    pub planning: Planning,
    /// Wording rules the team chose to override for this statement; their hints show as dismissed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dismissed: Vec<Rule>,
}

impl Quality {
    pub fn new(id: QualityId, text: impl Into<String>) -> Self {
        Quality {
            id,
            text: text.into(),
            items: Vec::new(),
            kano: Kano::Unclassified,
            origin: Origin::Customer,
            tags: Vec::new(),
            group: None,
            order: 0,
            planning: Planning::default(),
            dismissed: Vec::new(),
        }
    }
}

impl Record for Quality {
    type Id = QualityId;
    fn id(&self) -> QualityId {
        self.id
    }
}
