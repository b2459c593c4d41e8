//! AHP over the deployment tree (METHOD.md section 7): the children of each group (and the
//! top-level groups) are compared pairwise; their local weights come from the stored judgements,
//! and a node's global weight is the product of the local weights on its path from the top.
//!
//! A sibling set with one member gives it local weight 1. A set of two or more gets weights only
//! when every pair of its current members is judged; judgements stored for a node that has since
//! moved elsewhere are counted as stale and left out.

use std::collections::{BTreeMap, HashMap};

use super::ahp::{self, Ahp, AhpError};
use crate::model::tree::{Node, Tree};
use crate::model::{GroupId, Project};

/// One sibling set: the children of a group, or the top-level groups.
#[derive(Debug, Clone, PartialEq)]
pub struct Set {
    /// The group whose children these are; none for the top level.
    pub parent: Option<GroupId>,
    /// The members, in tree order.
    pub children: Vec<Node>,
    /// Judged pairs among the current members.
    pub judged: usize,
    /// Judgements stored under this parent that name a node no longer in the set.
    pub stale: usize,
    /// Weights and consistency; none when there is nothing to compare (fewer than two members,
    /// or no judgement yet).
    pub result: Option<Result<Ahp, AhpError>>,
    /// When CR exceeds 0.10, the comparison that disagrees most with the weights.
    pub worst: Option<(Node, Node)>,
}

impl Set {
    /// Pairs needed for a complete comparison: n(n − 1)/2.
    pub fn needed(&self) -> usize {
        let n = self.children.len();
        n * n.saturating_sub(1) / 2
    }

    pub fn ahp(&self) -> Option<&Ahp> {
        self.result.as_ref().and_then(|r| r.as_ref().ok())
    }
}

/// Local and global weights of every node that has them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Priorities {
    /// Sibling sets in tree order (top level first).
    pub sets: Vec<Set>,
    pub local: HashMap<Node, f64>,
    pub global: HashMap<Node, f64>,
}

impl Priorities {
    pub fn compute(project: &Project) -> Priorities {
        Self::compute_with_tree(project, &Tree::build(project))
    }

    pub fn compute_with_tree(project: &Project, tree: &Tree) -> Priorities {
        // Members of each set, in tree order; parents in the order they first appear.
        let mut order: Vec<Option<GroupId>> = Vec::new();
        let mut members: BTreeMap<Option<GroupId>, Vec<Node>> = BTreeMap::new();
        let mut parent_of: HashMap<Node, Option<GroupId>> = HashMap::new();
        let mut stack: Vec<(usize, GroupId)> = Vec::new();
        for row in &tree.rows {
            while stack.last().is_some_and(|&(d, _)| d >= row.depth) {
                stack.pop();
            }
            let parent = stack.last().map(|&(_, g)| g);
            if !members.contains_key(&parent) {
                order.push(parent);
            }
            members.entry(parent).or_default().push(row.node);
            parent_of.insert(row.node, parent);
            if let Node::Group(g) = row.node {
                stack.push((row.depth, g));
            }
        }

        let mut local: HashMap<Node, f64> = HashMap::new();
        let mut sets = Vec::new();
        for parent in order {
            let children = members.remove(&parent).unwrap_or_default();
            let index = |n: Node| children.iter().position(|c| *c == n);
            let mut pairs = Vec::new();
            let mut stale = 0;
            for j in project.judgements.iter().filter(|j| j.parent == parent) {
                match (index(j.a), index(j.b)) {
                    (Some(a), Some(b)) => pairs.push((a, b, j.value)),
                    _ => stale += 1,
                }
            }
            let mut set = Set {
                parent,
                judged: pairs.len(),
                stale,
                result: None,
                worst: None,
                children,
            };
            if set.children.len() == 1 {
                local.insert(set.children[0], 1.0);
            } else if !pairs.is_empty() && set.children.len() > ahp::MAX_ITEMS {
                // Say so at once rather than after all n(n − 1)/2 comparisons.
                set.result = Some(Err(AhpError::TooMany {
                    n: set.children.len(),
                }));
            } else if !pairs.is_empty() {
                let result = ahp::matrix_from_pairs(set.children.len(), &pairs)
                    .and_then(|m| ahp::priorities(&m).map(|a| (m, a)));
                set.result = Some(result.map(|(m, a)| {
                    for (c, w) in set.children.iter().zip(&a.weights) {
                        local.insert(*c, *w);
                    }
                    if !a.acceptable() {
                        set.worst = ahp::most_inconsistent(&m, &a)
                            .map(|(i, j)| (set.children[i], set.children[j]));
                    }
                    a
                }));
            }
            sets.push(set);
        }
        // Sets without judgements of their own are still listed (incomplete); add the ones
        // that only hold stale judgements so nothing stored goes unreported.
        for j in &project.judgements {
            if !sets.iter().any(|s| s.parent == j.parent) {
                sets.push(Set {
                    parent: j.parent,
                    children: Vec::new(),
                    judged: 0,
                    stale: project
                        .judgements
                        .iter()
                        .filter(|x| x.parent == j.parent)
                        .count(),
                    result: None,
                    worst: None,
                });
            }
        }

        // Global weights in pre-order: a parent is always seen before its children.
        let mut global: HashMap<Node, f64> = HashMap::new();
        for row in &tree.rows {
            let above = match parent_of.get(&row.node).copied().flatten() {
                None => Some(1.0),
                Some(g) => global.get(&Node::Group(g)).copied(),
            };
            if let (Some(a), Some(l)) = (above, local.get(&row.node)) {
                global.insert(row.node, a * l);
            }
        }
        Priorities {
            sets,
            local,
            global,
        }
    }

    pub fn set(&self, parent: Option<GroupId>) -> Option<&Set> {
        self.sets.iter().find(|s| s.parent == parent)
    }

    /// Sets whose CR is above the limit.
    pub fn inconsistent(&self) -> impl Iterator<Item = &Set> {
        self.sets
            .iter()
            .filter(|s| s.ahp().is_some_and(|a| !a.acceptable()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn g(id: u32) -> Node {
        Node::Group(GroupId(id))
    }
    fn q(id: u32) -> Node {
        Node::Quality(QualityId(id))
    }

    /// G1 { Q1, Q2 }, G2 { G3 { Q3, Q4, Q5 } }.
    fn project() -> Project {
        let mut p = Project::new(Meta::new("t"));
        let mut edits = Vec::new();
        for (id, parent) in [(1, None), (2, None), (3, Some(GroupId(2)))] {
            edits.push(Edit::Put(Entity::Group(Group {
                id: GroupId(id),
                title: format!("g{id}"),
                parent,
                order: 0,
            })));
        }
        for (id, group) in [(1, 1), (2, 1), (3, 3), (4, 3), (5, 3)] {
            let mut x = Quality::new(QualityId(id), format!("q{id}"));
            x.group = Some(GroupId(group));
            edits.push(Edit::Put(Entity::Quality(x)));
        }
        p.apply(Edit::Batch(edits)).unwrap();
        p
    }

    fn judge(p: &mut Project, parent: Option<u32>, a: Node, b: Node, value: f64) {
        p.apply(Edit::Put(Entity::Judgement(Judgement {
            parent: parent.map(GroupId),
            a,
            b,
            value,
        })))
        .unwrap();
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn global_is_the_product_of_locals_down_the_tree() {
        let mut p = project();
        judge(&mut p, None, g(1), g(2), 3.0); // G1 0.75, G2 0.25
        judge(&mut p, Some(1), q(2), q(1), 4.0); // Q1 0.2, Q2 0.8
        // Q3 : Q4 : Q5 = 2 : 1 : 1, consistent.
        judge(&mut p, Some(3), q(3), q(4), 2.0);
        judge(&mut p, Some(3), q(3), q(5), 2.0);
        judge(&mut p, Some(3), q(4), q(5), 1.0);
        let pr = Priorities::compute(&p);
        assert!(close(pr.local[&g(1)], 0.75));
        assert!(close(pr.local[&q(1)], 0.2));
        assert!(close(pr.global[&q(1)], 0.75 * 0.2));
        assert!(close(pr.global[&q(2)], 0.75 * 0.8));
        // G3 is G2's only child: local 1.
        assert!(close(pr.local[&g(3)], 1.0));
        assert!(close(pr.global[&q(3)], 0.25 * 0.5));
        assert!(close(pr.global[&q(5)], 0.25 * 0.25));
        let leaves: f64 = (1..=5).map(|i| pr.global[&q(i)]).sum();
        assert!(close(leaves, 1.0));
        let s = pr.set(Some(GroupId(3))).unwrap();
        assert_eq!((s.judged, s.needed(), s.stale), (3, 3, 0));
        assert!(s.ahp().unwrap().cr.unwrap().abs() < 1e-9);
        assert_eq!(pr.inconsistent().count(), 0);
    }

    #[test]
    fn more_than_ten_siblings_are_refused_at_once() {
        let mut p = project();
        for id in 6..=13 {
            let mut x = Quality::new(QualityId(id), format!("q{id}"));
            x.group = Some(GroupId(3));
            p.apply(Edit::Put(Entity::Quality(x))).unwrap();
        }
        judge(&mut p, Some(3), q(3), q(4), 2.0);
        let pr = Priorities::compute(&p);
        let s = pr.set(Some(GroupId(3))).unwrap();
        assert_eq!(s.result, Some(Err(AhpError::TooMany { n: 11 })));
    }

    #[test]
    fn incomplete_sets_give_no_weights_below_them() {
        let mut p = project();
        judge(&mut p, Some(3), q(3), q(4), 2.0);
        let pr = Priorities::compute(&p);
        let s = pr.set(Some(GroupId(3))).unwrap();
        assert!(matches!(s.result, Some(Err(AhpError::MissingPairs(_)))));
        assert!(!pr.local.contains_key(&q(3)));
        // The top level is not compared, so nothing has a global weight.
        assert!(pr.global.is_empty());
        assert!(pr.set(None).unwrap().result.is_none());
    }

    #[test]
    fn inconsistent_sets_name_the_worst_pair_and_moved_nodes_are_stale() {
        let mut p = project();
        judge(&mut p, Some(3), q(3), q(4), 9.0);
        judge(&mut p, Some(3), q(4), q(5), 9.0);
        judge(&mut p, Some(3), q(5), q(3), 9.0);
        let pr = Priorities::compute(&p);
        let s = pr.set(Some(GroupId(3))).unwrap();
        assert!(s.ahp().unwrap().cr.unwrap() > ahp::CR_LIMIT);
        assert!(s.worst.is_some());
        assert_eq!(pr.inconsistent().count(), 1);

        let mut moved = p.qualities.get(QualityId(5)).unwrap().clone();
        moved.group = Some(GroupId(1));
        p.apply(Edit::Put(Entity::Quality(moved))).unwrap();
        let pr = Priorities::compute(&p);
        let s = pr.set(Some(GroupId(3))).unwrap();
        assert_eq!((s.judged, s.stale), (1, 2));
        assert!(close(pr.local[&q(3)], 0.9));
    }
}
