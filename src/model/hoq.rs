//! The House of Quality: quality characteristics (the columns), how strongly each demanded
//! quality relates to each characteristic (the matrix), and how characteristics pull on each
//! other (the roof). The technical importance is derived in `method::hoq`.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::id::{CharacteristicId, CompetitorId, QualityId};
use super::table::Record;

/// Which way a characteristic should go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Direction {
    #[default]
    Maximize,
    Minimize,
    /// Best at its target value.
    Nominal,
}

impl Direction {
    pub fn parse(text: &str) -> Option<Direction> {
        match text.trim().to_lowercase().as_str() {
            "max" | "maximize" | "maximise" | "up" | "↑" | "越大越好" | "望大" => {
                Some(Direction::Maximize)
            }
            "min" | "minimize" | "minimise" | "down" | "↓" | "越小越好" | "望小" => {
                Some(Direction::Minimize)
            }
            "nominal" | "target" | "◎" | "望目" => Some(Direction::Nominal),
            _ => None,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Direction::Maximize => "↑",
            Direction::Minimize => "↓",
            Direction::Nominal => "◎",
        }
    }
}

/// A measurable, technical property that realises demanded qualities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Characteristic {
    pub id: CharacteristicId,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    #[serde(default)]
    pub direction: Direction,
    /// Our product's measured value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ours: Option<f64>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub competitors: BTreeMap<CompetitorId, f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// How hard the target is to reach, 1 (easy) to 5 (hard).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub difficulty: Option<u8>,
    #[serde(default, skip_serializing_if = "super::is_zero")]
    pub order: u32,
}

impl Characteristic {
    pub fn new(id: CharacteristicId, name: impl Into<String>) -> Self {
        Characteristic {
            id,
            name: name.into(),
            unit: String::new(),
            direction: Direction::Maximize,
            ours: None,
            competitors: BTreeMap::new(),
            target: None,
            difficulty: None,
            order: 0,
        }
    }
}

impl Record for Characteristic {
    type Id = CharacteristicId;
    fn id(&self) -> CharacteristicId {
        self.id
    }
}

/// How strongly a demanded quality and a characteristic are related: ◎ strong, ○ medium, △ weak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Strength {
    Weak,
    Medium,
    Strong,
}

impl Strength {
    /// Reads ◎ ○ △, the words, or a value of the given scale (9/3/1 or 5/3/1).
    pub fn parse(text: &str, scale: RelationScale) -> Option<Strength> {
        let t = text.trim().to_lowercase();
        match t.as_str() {
            "◎" | "strong" | "强" => return Some(Strength::Strong),
            "○" | "o" | "medium" | "中" => return Some(Strength::Medium),
            "△" | "weak" | "弱" => return Some(Strength::Weak),
            _ => {}
        }
        let v = super::number::parse_number(&t).ok()?;
        [Strength::Strong, Strength::Medium, Strength::Weak]
            .into_iter()
            .find(|s| scale.value(*s) == v)
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Strength::Strong => "◎",
            Strength::Medium => "○",
            Strength::Weak => "△",
        }
    }
}

/// The numbers behind ◎ ○ △, chosen per project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum RelationScale {
    /// 9 / 3 / 1, the usual scale.
    #[default]
    NineThreeOne,
    /// 5 / 3 / 1.
    FiveThreeOne,
}

impl RelationScale {
    pub fn value(self, s: Strength) -> f64 {
        match (self, s) {
            (RelationScale::NineThreeOne, Strength::Strong) => 9.0,
            (RelationScale::FiveThreeOne, Strength::Strong) => 5.0,
            (_, Strength::Medium) => 3.0,
            (_, Strength::Weak) => 1.0,
        }
    }

    pub fn is_default(&self) -> bool {
        *self == RelationScale::NineThreeOne
    }
}

impl fmt::Display for RelationScale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RelationScale::NineThreeOne => "9-3-1",
            RelationScale::FiveThreeOne => "5-3-1",
        })
    }
}

/// Which cell of the matrix a relationship fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct RelationshipKey {
    pub quality: QualityId,
    pub characteristic: CharacteristicId,
}

impl fmt::Display for RelationshipKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}×{}", self.quality, self.characteristic)
    }
}

/// A filled cell of the matrix, written as `("Q3", "C2", Strong)`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(from = "RelationshipRow", into = "RelationshipRow")]
pub struct Relationship {
    pub quality: QualityId,
    pub characteristic: CharacteristicId,
    pub strength: Strength,
}

#[derive(Clone, Copy, Serialize, Deserialize)]
struct RelationshipRow(QualityId, CharacteristicId, Strength);

impl From<RelationshipRow> for Relationship {
    fn from(r: RelationshipRow) -> Self {
        Relationship {
            quality: r.0,
            characteristic: r.1,
            strength: r.2,
        }
    }
}

impl From<Relationship> for RelationshipRow {
    fn from(r: Relationship) -> Self {
        RelationshipRow(r.quality, r.characteristic, r.strength)
    }
}

impl Record for Relationship {
    type Id = RelationshipKey;
    fn id(&self) -> RelationshipKey {
        RelationshipKey {
            quality: self.quality,
            characteristic: self.characteristic,
        }
    }
}

/// How two characteristics pull on each other (the roof): categorical, no arithmetic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Roof {
    StrongPositive,
    Positive,
    Negative,
    StrongNegative,
}

impl Roof {
    pub fn parse(text: &str) -> Option<Roof> {
        match text.trim() {
            "++" | "◎" => Some(Roof::StrongPositive),
            "+" | "○" => Some(Roof::Positive),
            "-" | "−" | "×" => Some(Roof::Negative),
            "--" | "−−" | "××" => Some(Roof::StrongNegative),
            _ => None,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Roof::StrongPositive => "++",
            Roof::Positive => "+",
            Roof::Negative => "−",
            Roof::StrongNegative => "−−",
        }
    }
}

/// Which pair of characteristics a correlation joins (the smaller id first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct CorrelationKey {
    pub low: CharacteristicId,
    pub high: CharacteristicId,
}

impl fmt::Display for CorrelationKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}~{}", self.low, self.high)
    }
}

/// A cell of the roof, written as `("C1", "C4", Negative)`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(from = "CorrelationRow", into = "CorrelationRow")]
pub struct Correlation {
    pub a: CharacteristicId,
    pub b: CharacteristicId,
    pub roof: Roof,
}

#[derive(Clone, Copy, Serialize, Deserialize)]
struct CorrelationRow(CharacteristicId, CharacteristicId, Roof);

impl From<CorrelationRow> for Correlation {
    fn from(r: CorrelationRow) -> Self {
        Correlation {
            a: r.0,
            b: r.1,
            roof: r.2,
        }
    }
}

impl From<Correlation> for CorrelationRow {
    fn from(r: Correlation) -> Self {
        CorrelationRow(r.a, r.b, r.roof)
    }
}

impl Record for Correlation {
    type Id = CorrelationKey;
    fn id(&self) -> CorrelationKey {
        CorrelationKey {
            low: self.a.min(self.b),
            high: self.a.max(self.b),
        }
    }
}
