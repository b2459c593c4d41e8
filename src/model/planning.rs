//! The values a team enters in the planning matrix. Everything computed from them (ratios,
//! weights) lives in `method::planning` and is never stored.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::id::CompetitorId;
use super::table::Record;

/// The rating scale of a project, 1–5 unless the project sets another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub min: u8,
    pub max: u8,
}

impl Default for Scale {
    fn default() -> Self {
        Scale { min: 1, max: 5 }
    }
}

impl Scale {
    pub fn contains(self, value: f64) -> bool {
        value.is_finite() && value >= f64::from(self.min) && value <= f64::from(self.max)
    }
}

impl fmt::Display for Scale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}–{}", self.min, self.max)
    }
}

/// A product the team benchmarks against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competitor {
    pub id: CompetitorId,
    pub name: String,
    /// Position in the planning table; competitors are listed by (order, id).
    #[serde(default, skip_serializing_if = "super::is_zero")]
    pub order: u32,
}

impl super::Project {
    /// Competitors in the order of the planning table: by (order, id).
    pub fn competitors_in_order(&self) -> Vec<&Competitor> {
        let mut v: Vec<&Competitor> = self.competitors.iter().collect();
        v.sort_by_key(|c| (c.order, c.id));
        v
    }
}

impl Record for Competitor {
    type Id = CompetitorId;
    fn id(&self) -> CompetitorId {
        self.id
    }
}

/// How strongly a quality can be used as a selling argument.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub enum SalesPoint {
    /// 1.0
    #[default]
    None,
    /// ○ 1.2
    Moderate,
    /// ◎ 1.5
    Strong,
    /// A factor the team chose.
    Custom(f64),
}

impl SalesPoint {
    /// The range a custom factor must lie in to make sense as a sales point.
    pub const CUSTOM_RANGE: (f64, f64) = (1.0, 2.0);

    pub fn factor(self) -> f64 {
        match self {
            SalesPoint::None => 1.0,
            SalesPoint::Moderate => 1.2,
            SalesPoint::Strong => 1.5,
            SalesPoint::Custom(v) => v,
        }
    }

    /// The symbol shown in tables: ◎, ○ or – (a custom factor shows its number).
    pub fn symbol(self) -> String {
        match self {
            SalesPoint::None => "–".into(),
            SalesPoint::Moderate => "○".into(),
            SalesPoint::Strong => "◎".into(),
            SalesPoint::Custom(v) => format!("{v}"),
        }
    }

    /// Reads a sales point as a factor (1, 1.2, 1.5 or another), a symbol (◎ ○ – or blank) or a word.
    pub fn parse(text: &str) -> Result<SalesPoint, String> {
        let t = text.trim();
        match t.to_lowercase().as_str() {
            "" | "-" | "–" | "none" | "无" => return Ok(SalesPoint::None),
            "○" | "o" | "moderate" | "中" => return Ok(SalesPoint::Moderate),
            "◎" | "strong" | "强" => return Ok(SalesPoint::Strong),
            _ => {}
        }
        let v = super::number::parse_number(t).map_err(|e| {
            format!("{e}: not a sales point (use 1.0, 1.2, 1.5, ◎, ○ or leave it blank)")
        })?;
        let sp = SalesPoint::from_factor(v);
        sp.problem().map_or(Ok(sp), Err)
    }

    /// The named level when the factor is one of the standard ones.
    pub fn from_factor(v: f64) -> SalesPoint {
        if v == 1.0 {
            SalesPoint::None
        } else if v == 1.2 {
            SalesPoint::Moderate
        } else if v == 1.5 {
            SalesPoint::Strong
        } else {
            SalesPoint::Custom(v)
        }
    }

    /// Why this sales point makes no sense, if it does not.
    pub fn problem(self) -> Option<String> {
        let (lo, hi) = Self::CUSTOM_RANGE;
        match self {
            SalesPoint::Custom(v) if !(v.is_finite() && (lo..=hi).contains(&v)) => Some(format!(
                "sales point {v} is outside {lo}–{hi} (1.0 none, 1.2 moderate, 1.5 strong)"
            )),
            _ => None,
        }
    }
}

/// Planning values of one demanded quality. Missing values make the row incomplete.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Planning {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub importance: Option<f64>,
    /// Customers' satisfaction with our current product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<f64>,
    /// Customers' satisfaction with each competitor's product.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub competitors: BTreeMap<CompetitorId, f64>,
    /// The planned level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    #[serde(default, skip_serializing_if = "is_no_sales_point")]
    pub sales_point: SalesPoint,
}

fn is_no_sales_point(sp: &SalesPoint) -> bool {
    *sp == SalesPoint::None
}

impl Planning {
    pub fn is_empty(&self) -> bool {
        *self == Planning::default()
    }

    /// The ratings of this row with their names, for range checks.
    pub fn ratings(&self) -> Vec<(String, f64)> {
        let mut out = Vec::new();
        if let Some(v) = self.importance {
            out.push(("importance".to_string(), v));
        }
        if let Some(v) = self.current {
            out.push(("current".to_string(), v));
        }
        for (k, v) in &self.competitors {
            out.push((format!("competitor {k}"), *v));
        }
        if let Some(v) = self.target {
            out.push(("target".to_string(), v));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn competitors_are_listed_by_order_then_id() {
        use crate::model::{Edit, Entity, Meta, Project};
        let mut p = Project::new(Meta::new("t"));
        for (id, order) in [(1, 2), (2, 0), (3, 2), (4, 1)] {
            let c = Competitor {
                id: CompetitorId(id),
                name: format!("c{id}"),
                order,
            };
            p.apply(Edit::Put(Entity::Competitor(c))).unwrap();
        }
        let ids: Vec<u32> = p.competitors_in_order().iter().map(|c| c.id.0).collect();
        assert_eq!(ids, [2, 4, 1, 3]);
        // A zero order is left out of the file, so older files read the same.
        let text = ron::to_string(&p).unwrap();
        assert_eq!(text.matches("order:").count(), 3, "{text}");
    }

    #[test]
    fn sales_points_read_from_symbols_numbers_and_words() {
        assert_eq!(SalesPoint::parse("◎"), Ok(SalesPoint::Strong));
        assert_eq!(SalesPoint::parse(" ○ "), Ok(SalesPoint::Moderate));
        assert_eq!(SalesPoint::parse(""), Ok(SalesPoint::None));
        assert_eq!(SalesPoint::parse("1.2"), Ok(SalesPoint::Moderate));
        assert_eq!(SalesPoint::parse("1.3"), Ok(SalesPoint::Custom(1.3)));
        assert!(SalesPoint::parse("7").unwrap_err().contains("outside"));
        assert!(
            SalesPoint::parse("lots")
                .unwrap_err()
                .contains("not a sales point")
        );
    }
}
