//! Demanded qualities: requirement items rewritten as quality statements. They are the leaves of
//! the deployment tree and the rows of the planning matrix.

use serde::{Deserialize, Serialize};

use super::id::{GroupId, ItemId, QualityId};
use super::planning::Planning;
use super::rule::Rule;
use super::table::Record;

/// Kano's quality types: the six categories a Kano survey gives, and none while the team has not
/// classified the quality. The serde names are the variant names, so files written before the
/// last three were added still load.
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
    /// Customers do not care either way.
    Indifferent,
    /// Customers prefer it absent.
    Reverse,
    /// The answers contradict each other: the question or the respondent misread it.
    Questionable,
}

impl Kano {
    pub fn is_unclassified(&self) -> bool {
        *self == Kano::Unclassified
    }

    /// In the order a team cycles through them: unclassified, the three quality types, then
    /// the three categories that say the quality matters little or the question failed.
    pub const ALL: [Kano; 7] = [
        Kano::Unclassified,
        Kano::MustBe,
        Kano::OneDimensional,
        Kano::Attractive,
        Kano::Indifferent,
        Kano::Reverse,
        Kano::Questionable,
    ];

    /// The name in files, CSV exports and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Kano::Unclassified => "unclassified",
            Kano::MustBe => "must-be",
            Kano::OneDimensional => "one-dimensional",
            Kano::Attractive => "attractive",
            Kano::Indifferent => "indifferent",
            Kano::Reverse => "reverse",
            Kano::Questionable => "questionable",
        }
    }

    /// The Chinese name, as Chinese screens, exports and reports print it.
    pub fn name_zh(self) -> &'static str {
        match self {
            Kano::Unclassified => "未分类",
            Kano::MustBe => "当然质量",
            Kano::OneDimensional => "一元质量",
            Kano::Attractive => "魅力质量",
            Kano::Indifferent => "无差异",
            Kano::Reverse => "反向",
            Kano::Questionable => "可疑",
        }
    }

    /// The name in the language asked for.
    pub fn name(self, zh: bool) -> &'static str {
        if zh { self.name_zh() } else { self.key() }
    }

    /// Reads an English key or a Chinese name.
    pub fn parse(text: &str) -> Option<Kano> {
        let t = text.trim();
        Kano::ALL
            .into_iter()
            .find(|k| k.key().eq_ignore_ascii_case(t) || k.name_zh() == t)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kano_type_reads_back_from_its_names_and_old_names_still_load() {
        for k in Kano::ALL {
            assert_eq!(Kano::parse(k.key()), Some(k));
            assert_eq!(Kano::parse(k.name_zh()), Some(k));
            let text = ron::to_string(&k).unwrap();
            assert_eq!(ron::from_str::<Kano>(&text).unwrap(), k);
        }
        // The names files have always used.
        for (old, k) in [
            ("Unclassified", Kano::Unclassified),
            ("MustBe", Kano::MustBe),
            ("OneDimensional", Kano::OneDimensional),
            ("Attractive", Kano::Attractive),
        ] {
            assert_eq!(ron::from_str::<Kano>(old).unwrap(), k);
        }
        assert_eq!(ron::to_string(&Kano::Indifferent).unwrap(), "Indifferent");
        assert_eq!(Kano::parse("delightful"), None);
    }
}
