//! The deployment tree derived from group parents and quality placements: siblings in order,
//! pre-order numbering 1 / 1.1 / 1.1.1, and the group path of every quality.

use std::collections::{HashMap, HashSet};

use super::validate::Problem;
use super::{EntityId, Group, GroupId, Project, QualityId};

/// The most levels a group tree may have. KJ trees have three or four; the limit keeps every
/// tree view, numbering ("1.2.1") and export to a size a person can read and a computer can
/// build quickly, whatever a file holds.
pub const MAX_LEVELS: usize = 32;

fn too_deep(level: usize) -> String {
    format!(
        "lies {level} levels deep; a group tree may have at most {MAX_LEVELS} levels, so move it \
         or a group above it higher up"
    )
}

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
                    // Groups beyond the limit are left out (validation names them), so a tree
                    // thousands of levels deep costs no more than a flat one.
                    if matches!(node, Node::Group(_)) && prefix.len() >= MAX_LEVELS {
                        continue;
                    }
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
    let mut seen = HashSet::new();
    let mut cur = group;
    while let Some(g) = cur.and_then(|g| project.groups.get(g)) {
        if !seen.insert(g.id) {
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

/// The shape problems of the whole group tree, found in one pass: groups on a cycle of parents,
/// and the groups that take a branch past [`MAX_LEVELS`].
pub fn shape_problems(project: &Project) -> Vec<Problem> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        New,
        OnPath,
        Level(usize),
        Cycle,
    }
    let groups: Vec<&Group> = project.groups.iter().collect();
    let index: HashMap<GroupId, usize> = groups
        .iter()
        .enumerate()
        .rev()
        .map(|(i, g)| (g.id, i))
        .collect();
    let mut state = vec![State::New; groups.len()];
    let mut out = Vec::new();
    let mut path: Vec<usize> = Vec::new();
    for start in 0..groups.len() {
        if state[start] != State::New {
            continue;
        }
        path.clear();
        let mut cur = start;
        // The level of the group above the path's last one (0: the top), or None for a cycle.
        let above = loop {
            match state[cur] {
                State::Level(l) => break Some(l),
                State::Cycle => break None,
                State::OnPath => {
                    let from = path.iter().position(|&x| x == cur).unwrap_or(0);
                    for &x in &path[from..] {
                        state[x] = State::Cycle;
                        let g = groups[x];
                        let parent = g.parent.map(|p| p.to_string()).unwrap_or_default();
                        out.push(Problem::new(
                            Some(EntityId::Group(g.id)),
                            format!(
                                "its parent {parent} lies inside it: the group tree would have a \
                                 cycle"
                            ),
                        ));
                    }
                    path.truncate(from);
                    break None;
                }
                State::New => {
                    state[cur] = State::OnPath;
                    path.push(cur);
                    match groups[cur].parent.and_then(|p| index.get(&p)) {
                        Some(&p) => cur = p,
                        None => break Some(0),
                    }
                }
            }
        };
        let mut level = above;
        for &x in path.iter().rev() {
            level = level.map(|l| l + 1);
            state[x] = match level {
                Some(l) => {
                    if l == MAX_LEVELS + 1 {
                        out.push(Problem::new(
                            Some(EntityId::Group(groups[x].id)),
                            too_deep(l),
                        ));
                    }
                    State::Level(l)
                }
                None => State::Cycle,
            };
        }
    }
    out
}

/// For an edit putting `group` into the project (its parent exists and leads to no cycle): the
/// problem when it, or a group below it, would lie deeper than [`MAX_LEVELS`].
pub fn depth_problem(project: &Project, group: &Group) -> Option<Problem> {
    let mut level = 1;
    let mut cur = group.parent;
    while let Some(g) = cur.and_then(|p| project.groups.get(p)) {
        level += 1;
        if level > project.groups.len() + 1 {
            break; // a cycle above, which the edit does not touch
        }
        cur = g.parent;
    }
    // A group that already holds groups takes them along: the deepest of them counts.
    let moved = project
        .groups
        .get(group.id)
        .is_some_and(|old| old.parent != group.parent);
    let below = if moved { height(project, group.id) } else { 0 };
    let me = Some(EntityId::Group(group.id));
    if level > MAX_LEVELS {
        Some(Problem::new(me, too_deep(level)))
    } else if level + below > MAX_LEVELS {
        Some(Problem::new(
            me,
            format!(
                "would put the groups below it {} levels deep; a group tree may have at most \
                 {MAX_LEVELS} levels",
                level + below
            ),
        ))
    } else {
        None
    }
}

/// How many levels of groups lie below a group (0 when it holds none).
fn height(project: &Project, top: GroupId) -> usize {
    let mut children: HashMap<GroupId, Vec<GroupId>> = HashMap::new();
    for g in &project.groups {
        if let Some(p) = g.parent {
            children.entry(p).or_default().push(g.id);
        }
    }
    let mut deepest = 0;
    let mut seen = HashSet::new();
    let mut stack = vec![(top, 0)];
    while let Some((g, d)) = stack.pop() {
        if !seen.insert(g) {
            continue;
        }
        deepest = deepest.max(d);
        for &c in children.get(&g).into_iter().flatten() {
            stack.push((c, d + 1));
        }
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Edit, Entity, Meta, Quality};

    /// Groups G1…Gn, each inside the one before, with a quality in the deepest.
    fn chain(n: u32) -> Project {
        let mut p = Project::new(Meta::new("deep"));
        for i in 1..=n {
            p.groups.put(Group {
                id: GroupId(i),
                title: format!("level {i}"),
                parent: (i > 1).then(|| GroupId(i - 1)),
                order: 0,
            });
        }
        let mut q = Quality::new(QualityId(1), "deepest");
        q.group = Some(GroupId(n));
        p.qualities.put(q);
        p.cover_issued();
        p
    }

    #[test]
    fn a_tree_deeper_than_the_limit_is_a_problem_naming_the_group() {
        assert!(crate::model::validate::validate(&chain(32)).is_empty());
        let problems = crate::model::validate::validate(&chain(40_000));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            problems[0].to_string(),
            "group G33: lies 33 levels deep; a group tree may have at most 32 levels, so move \
             it or a group above it higher up"
        );
    }

    #[test]
    fn the_tree_of_a_very_deep_file_stops_at_the_limit() {
        let tree = Tree::build(&chain(40_000));
        assert_eq!(tree.rows.len(), MAX_LEVELS);
        assert_eq!(tree.depth(), MAX_LEVELS);
        assert_eq!(tree.unplaced, [QualityId(1)]);
        assert_eq!(
            group_path(&chain(40_000), Some(GroupId(40_000))).len(),
            40_000
        );
    }

    #[test]
    fn an_edit_that_would_go_past_the_limit_is_refused() {
        let mut p = chain(32);
        let before = p.clone();
        let deeper = Group {
            id: GroupId(33),
            title: "one too many".into(),
            parent: Some(GroupId(32)),
            order: 0,
        };
        let err = p.apply(Edit::Put(Entity::Group(deeper))).unwrap_err();
        assert!(err.to_string().contains("lies 33 levels deep"), "{err}");
        assert_eq!(p, before);

        // Moving a branch under another takes the branch's own depth along.
        let mut p = chain(20);
        for i in 21..=33 {
            p.apply(Edit::Put(Entity::Group(Group {
                id: GroupId(i),
                title: format!("second {i}"),
                parent: (i > 21).then(|| GroupId(i - 1)),
                order: 0,
            })))
            .unwrap();
        }
        let mut moved = p.groups.get(GroupId(21)).unwrap().clone();
        moved.parent = Some(GroupId(20));
        let err = p
            .apply(Edit::Put(Entity::Group(moved.clone())))
            .unwrap_err();
        assert!(
            err.to_string()
                .contains("would put the groups below it 33 levels deep"),
            "{err}"
        );
        moved.parent = Some(GroupId(19));
        p.apply(Edit::Put(Entity::Group(moved))).unwrap();
    }

    #[test]
    fn cycles_are_found_in_one_pass() {
        let mut p = chain(3);
        p.groups.get_mut(GroupId(1)).unwrap().parent = Some(GroupId(3));
        let problems = shape_problems(&p);
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(
            problems[0]
                .to_string()
                .contains("the group tree would have a cycle")
        );
    }
}
