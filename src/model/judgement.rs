//! Pairwise judgements between sibling nodes, and the text form (G2, Q7) they name nodes by.
//!
//! AHP priorities are derived from the judgements (`method::hierarchy`) and never stored.
//!
//! In the file a judgement is one line, sorted: `("G2", "Q3", "Q5", 3.0)` (parent group or
//! `None` for the top level, a, b, how many times a is as important as b).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::id::{GroupId, IdParseError};
use super::table::Record;
use super::tree::Node;

impl fmt::Display for Node {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Node::Group(g) => g.fmt(f),
            Node::Quality(q) => q.fmt(f),
        }
    }
}

impl FromStr for Node {
    type Err = IdParseError;
    /// A group id (G2) or a quality id (Q7).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.trim_start().starts_with(GroupId::PREFIX) {
            s.parse().map(Node::Group)
        } else {
            s.parse().map(Node::Quality).map_err(|_| IdParseError {
                text: s.to_string(),
                kind: "group or quality",
                prefix: "G or Q",
            })
        }
    }
}

impl Serialize for Node {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Which pair a judgement compares, in either order: one judgement per pair and parent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct JudgementKey {
    /// The group whose children are compared; none for the top-level groups.
    pub parent: Option<GroupId>,
    /// The smaller of the two nodes.
    pub low: Node,
    pub high: Node,
}

impl fmt::Display for JudgementKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.parent {
            Some(g) => write!(f, "{g}:{}~{}", self.low, self.high),
            None => write!(f, "top:{}~{}", self.low, self.high),
        }
    }
}

/// A pairwise comparison on Saaty's scale: `a` is `value` times as important as `b`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(from = "JudgementRow", into = "JudgementRow")]
pub struct Judgement {
    pub parent: Option<GroupId>,
    pub a: Node,
    pub b: Node,
    pub value: f64,
}

#[derive(Clone, Copy, Serialize, Deserialize)]
struct JudgementRow(Option<GroupId>, Node, Node, f64);

impl From<JudgementRow> for Judgement {
    fn from(r: JudgementRow) -> Self {
        Judgement {
            parent: r.0,
            a: r.1,
            b: r.2,
            value: r.3,
        }
    }
}

impl From<Judgement> for JudgementRow {
    fn from(j: Judgement) -> Self {
        JudgementRow(j.parent, j.a, j.b, j.value)
    }
}

impl Judgement {
    /// How many times `x` is as important as the other node of the pair, if `x` is in it.
    pub fn value_for(&self, x: Node) -> Option<f64> {
        if x == self.a {
            Some(self.value)
        } else if x == self.b {
            Some(1.0 / self.value)
        } else {
            None
        }
    }
}

impl Record for Judgement {
    type Id = JudgementKey;
    fn id(&self) -> JudgementKey {
        JudgementKey {
            parent: self.parent,
            low: self.a.min(self.b),
            high: self.a.max(self.b),
        }
    }
}

/// The parent a node hangs from in the tree: a quality's group, a group's parent group.
/// `Err(())` for a quality that is not placed in any group (it is in no sibling set).
#[allow(clippy::result_unit_err)]
pub fn parent_of(project: &super::Project, node: Node) -> Result<Option<GroupId>, ()> {
    match node {
        Node::Group(g) => Ok(project.groups.get(g).and_then(|g| g.parent)),
        Node::Quality(q) => project
            .qualities
            .get(q)
            .and_then(|q| q.group)
            .map(Some)
            .ok_or(()),
    }
}

impl super::Project {
    /// How many times `a` is judged as important as `b` among the children of `parent`, if the
    /// pair has been compared (in either order).
    pub fn judgement(&self, parent: Option<GroupId>, a: Node, b: Node) -> Option<f64> {
        let key = JudgementKey {
            parent,
            low: a.min(b),
            high: a.max(b),
        };
        self.judgements.get(key).and_then(|j| j.value_for(a))
    }

    /// The edit that records "`a` is `value` times as important as `b`" under the parent both
    /// hang from. Refused, saying why, when they are not siblings or the value is off Saaty's
    /// scale.
    pub fn judge(&self, a: Node, b: Node, value: f64) -> Result<super::Edit, String> {
        if a == b {
            return Err(format!("{a} cannot be compared with itself"));
        }
        if !super::saaty::on_scale(value) {
            return Err(format!("{value} is outside Saaty's scale 1/9 to 9"));
        }
        let pa = parent_of(self, a).map_err(|()| format!("{a} is not placed in any group"))?;
        let pb = parent_of(self, b).map_err(|()| format!("{b} is not placed in any group"))?;
        if pa != pb {
            return Err(format!("{a} and {b} are not siblings"));
        }
        Ok(super::Edit::Put(super::Entity::Judgement(Judgement {
            parent: pa,
            a,
            b,
            value,
        })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QualityId;
    use crate::model::survey::tests::surveyed;

    #[test]
    fn nodes_print_and_parse() {
        assert_eq!("G2".parse::<Node>(), Ok(Node::Group(GroupId(2))));
        assert_eq!("Q7".parse::<Node>(), Ok(Node::Quality(QualityId(7))));
        assert!("R7".parse::<Node>().is_err());
        assert_eq!(Node::Group(GroupId(3)).to_string(), "G3");
    }

    #[test]
    fn a_judgement_is_keyed_by_its_pair_in_either_order() {
        let j = |a, b| Judgement {
            parent: None,
            a,
            b,
            value: 3.0,
        };
        let (x, y) = (Node::Group(GroupId(1)), Node::Group(GroupId(2)));
        assert_eq!(j(x, y).id(), j(y, x).id());
        assert_eq!(j(y, x).value_for(x), Some(1.0 / 3.0));
    }

    #[test]
    fn judging_a_pair_of_siblings() {
        use super::super::*;
        let mut p = surveyed();
        let (q1, q2) = (Node::Quality(QualityId(1)), Node::Quality(QualityId(2)));
        assert_eq!(p.judgement(Some(GroupId(1)), q1, q2), Some(1.0 / 3.0));
        assert_eq!(p.judgement(Some(GroupId(1)), q2, q1), Some(3.0));
        assert_eq!(p.judgement(None, q2, q1), None);
        let undo = p.apply(p.judge(q1, q2, 5.0).unwrap()).unwrap();
        assert_eq!(p.judgement(Some(GroupId(1)), q1, q2), Some(5.0));
        assert_eq!(p.judgements.len(), 1);
        p.apply(undo).unwrap();
        assert_eq!(p.judgement(Some(GroupId(1)), q2, q1), Some(3.0));
        assert!(
            p.judge(q1, Node::Group(GroupId(1)), 2.0)
                .unwrap_err()
                .contains("siblings")
        );
        assert!(p.judge(q1, q2, 10.0).is_err());
        assert!(p.judge(q1, q1, 1.0).is_err());
    }
}
