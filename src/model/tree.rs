//! The deployment tree derived from group parents and quality placements: siblings in order,
//! pre-order numbering 1 / 1.1 / 1.1.1, and the group path of every quality.

use std::collections::{HashMap, HashSet};

use super::{GroupId, Project, QualityId};

/// A node of the deployment tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Node {
    Group(GroupId),
    Quality(QualityId),
}

/// One line of the tree in pre-order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeRow {
    pub node: Node,
    /// 0 for a top-level group.
    pub depth: usize,
    /// The position at each level, e.g. [1, 2, 1] for "1.2.1".
    pub number: Vec<u32>,
}

impl TreeRow {
    pub fn numbering(&self) -> String {
        let parts: Vec<String> = self.number.iter().map(u32::to_string).collect();
        parts.join(".")
    }
}

/// A child of a group with its sort key: (order, 0 for groups / 1 for qualities, id number).
type Sibling = (u32, u8, u32, Node);

/// The tree of a project, built once and queried many times.
#[derive(Debug, Clone, Default)]
pub struct Tree {
    pub rows: Vec<TreeRow>,
    /// Qualities not placed in any (existing, reachable) group, by id.
    pub unplaced: Vec<QualityId>,
}

impl Tree {
    pub fn build(project: &Project) -> Tree {
        // Children of each parent (None = the top level), ordered by (order, groups first, id).
        let mut children: HashMap<Option<GroupId>, Vec<Sibling>> = HashMap::new();
        for g in &project.groups {
            let parent = g.parent.filter(|p| project.groups.contains(*p));
            children
                .entry(parent)
                .or_default()
                .push((g.order, 0, g.id.0, Node::Group(g.id)));
        }
        for q in &project.qualities {
            if let Some(g) = q.group.filter(|g| project.groups.contains(*g)) {
                children.entry(Some(g)).or_default().push((
                    q.order,
                    1,
                    q.id.0,
                    Node::Quality(q.id),
                ));
            }
        }
        for list in children.values_mut() {
            list.sort_by_key(|&(o, k, i, _)| (o, k, i));
        }

        let mut rows = Vec::new();
        let mut seen: HashSet<GroupId> = HashSet::new();
        // Iterative pre-order walk; groups caught in a cycle are never reached from the top.
        let mut stack: Vec<(Node, Vec<u32>)> = Vec::new();
        let push_children = |stack: &mut Vec<(Node, Vec<u32>)>, parent, prefix: &[u32]| {
            if let Some(list) = children.get(&parent) {
                for (i, &(_, _, _, node)) in list.iter().enumerate().rev() {
                    let mut number = prefix.to_vec();
                    number.push(i as u32 + 1);
                    stack.push((node, number));
                }
            }
        };
        push_children(&mut stack, None, &[]);
        let mut placed: HashSet<QualityId> = HashSet::new();
        while let Some((node, number)) = stack.pop() {
            let depth = number.len() - 1;
            if let Node::Group(g) = node {
                if !seen.insert(g) {
                    continue;
                }
                push_children(&mut stack, Some(g), &number);
            }
            if let Node::Quality(q) = node {
                placed.insert(q);
            }
            rows.push(TreeRow {
                node,
                depth,
                number,
            });
        }
        let unplaced = project
            .qualities
            .ids()
            .filter(|q| !placed.contains(q))
            .collect();
        Tree { rows, unplaced }
    }

    /// Qualities in tree order, then the unplaced ones.
    pub fn qualities_in_order(&self) -> Vec<QualityId> {
        let mut out: Vec<QualityId> = self
            .rows
            .iter()
            .filter_map(|r| match r.node {
                Node::Quality(q) => Some(q),
                Node::Group(_) => None,
            })
            .collect();
        out.extend(&self.unplaced);
        out
    }

    /// The deepest level in the tree (1 for groups holding qualities directly).
    pub fn depth(&self) -> usize {
        self.rows.iter().map(|r| r.depth + 1).max().unwrap_or(0)
    }
}

/// Group titles from the top level down to the quality's own group.
pub fn group_path(project: &Project, group: Option<GroupId>) -> Vec<GroupId> {
    let mut path = Vec::new();
    let mut cur = group;
    while let Some(g) = cur.and_then(|g| project.groups.get(g)) {
        if path.contains(&g.id) || path.len() > project.groups.len() {
            break; // a cycle; validation reports it
        }
        path.push(g.id);
        cur = g.parent;
    }
    path.reverse();
    path
}

/// The group path as titles joined by " / ", as in the planning CSV.
pub fn group_path_text(project: &Project, group: Option<GroupId>) -> String {
    let titles: Vec<&str> = group_path(project, group)
        .into_iter()
        .filter_map(|g| project.groups.get(g).map(|g| g.title.as_str()))
        .collect();
    titles.join(" / ")
}
