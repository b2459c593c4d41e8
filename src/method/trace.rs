//! Traceability: the graph from the people who spoke to the groups of the deployment tree
//! (respondent → remark → item → quality → group → parent group), built from the id-keyed model
//! when needed, never saved. It answers "where did this come from?" and "what did this lead to?",
//! and measures how much of what customers said reached the tree.

use petgraph::Direction;
use petgraph::graphmap::DiGraphMap;
use petgraph::visit::{Bfs, Reversed};

use crate::model::tree::Tree;
use crate::model::{EntityId, Project};

/// The trace graph of a project.
pub struct Trace {
    graph: DiGraphMap<EntityId, ()>,
}

impl Trace {
    pub fn build(project: &Project) -> Trace {
        let mut graph = DiGraphMap::new();
        for r in &project.remarks {
            graph.add_node(EntityId::Remark(r.id));
            if let Some(p) = r.respondent {
                graph.add_edge(EntityId::Respondent(p), EntityId::Remark(r.id), ());
            }
        }
        for i in &project.items {
            graph.add_node(EntityId::Item(i.id));
            for r in &i.remarks {
                graph.add_edge(EntityId::Remark(*r), EntityId::Item(i.id), ());
            }
        }
        for q in &project.qualities {
            graph.add_node(EntityId::Quality(q.id));
            for i in &q.items {
                graph.add_edge(EntityId::Item(*i), EntityId::Quality(q.id), ());
            }
            if let Some(g) = q.group {
                graph.add_edge(EntityId::Quality(q.id), EntityId::Group(g), ());
            }
        }
        for g in &project.groups {
            graph.add_node(EntityId::Group(g.id));
            if let Some(parent) = g.parent {
                graph.add_edge(EntityId::Group(g.id), EntityId::Group(parent), ());
            }
        }
        Trace { graph }
    }

    /// Everything `from` comes from (items, remarks, respondents, and for a group its cards),
    /// nearest first, without `from` itself.
    pub fn origins(&self, from: EntityId) -> Vec<EntityId> {
        if !self.graph.contains_node(from) {
            return Vec::new();
        }
        let reversed = Reversed(&self.graph);
        let mut bfs = Bfs::new(reversed, from);
        let mut out = Vec::new();
        while let Some(n) = bfs.next(reversed) {
            if n != from {
                out.push(n);
            }
        }
        out
    }

    /// Everything `from` led to (items, qualities, groups up the tree), nearest first.
    pub fn outcomes(&self, from: EntityId) -> Vec<EntityId> {
        if !self.graph.contains_node(from) {
            return Vec::new();
        }
        let mut bfs = Bfs::new(&self.graph, from);
        let mut out = Vec::new();
        while let Some(n) = bfs.next(&self.graph) {
            if n != from {
                out.push(n);
            }
        }
        out
    }

    /// The direct links, as (from, to) pairs in a stable order.
    pub fn edges(&self) -> Vec<(EntityId, EntityId)> {
        let mut v: Vec<(EntityId, EntityId)> =
            self.graph.all_edges().map(|(a, b, _)| (a, b)).collect();
        v.sort();
        v
    }

    fn has_outgoing(&self, n: EntityId) -> bool {
        self.graph
            .neighbors_directed(n, Direction::Outgoing)
            .next()
            .is_some()
    }
}

/// How far the workshop has carried what customers said.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Coverage {
    pub remarks_without_item: Vec<EntityId>,
    pub items_without_quality: Vec<EntityId>,
    pub unplaced_qualities: Vec<EntityId>,
    pub empty_groups: Vec<EntityId>,
    /// Remarks that reach a quality placed in the tree.
    pub remarks_reaching_tree: usize,
    pub remarks: usize,
}

impl Coverage {
    pub fn measure(project: &Project) -> Coverage {
        let trace = Trace::build(project);
        let tree = Tree::build(project);
        let placed =
            |q: EntityId| matches!(q, EntityId::Quality(id) if !tree.unplaced.contains(&id));
        let mut c = Coverage {
            remarks: project.remarks.len(),
            ..Coverage::default()
        };
        for r in &project.remarks {
            let id = EntityId::Remark(r.id);
            if !trace.has_outgoing(id) {
                c.remarks_without_item.push(id);
            }
            if trace.outcomes(id).into_iter().any(placed) {
                c.remarks_reaching_tree += 1;
            }
        }
        for i in &project.items {
            let id = EntityId::Item(i.id);
            if !trace.has_outgoing(id) {
                c.items_without_quality.push(id);
            }
        }
        c.unplaced_qualities = tree
            .unplaced
            .iter()
            .map(|q| EntityId::Quality(*q))
            .collect();
        for g in &project.groups {
            let id = EntityId::Group(g.id);
            if trace
                .graph
                .neighbors_directed(id, Direction::Incoming)
                .next()
                .is_none()
            {
                c.empty_groups.push(id);
            }
        }
        c
    }

    /// Share of remarks that reach a placed quality, in percent (none without remarks).
    pub fn share(&self) -> Option<f64> {
        (self.remarks > 0).then(|| self.remarks_reaching_tree as f64 / self.remarks as f64 * 100.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn project() -> Project {
        let mut p = Project::new(Meta::new("t"));
        let e = |p: &mut Project, e: Entity| {
            p.apply(Edit::Put(e)).unwrap();
        };
        e(
            &mut p,
            Entity::Respondent(Respondent {
                id: RespondentId(1),
                label: "C-1".into(),
                segment: None,
                attributes: Default::default(),
            }),
        );
        for i in 1..=3 {
            let mut r = Remark::new(RemarkId(i), format!("r{i}"));
            r.respondent = Some(RespondentId(1)).filter(|_| i == 1);
            e(&mut p, Entity::Remark(r));
        }
        e(
            &mut p,
            Entity::Item(Item {
                id: ItemId(1),
                text: "i1".into(),
                remarks: vec![RemarkId(1), RemarkId(2)],
            }),
        );
        e(
            &mut p,
            Entity::Item(Item {
                id: ItemId(2),
                text: "i2".into(),
                remarks: vec![],
            }),
        );
        e(
            &mut p,
            Entity::Group(Group {
                id: GroupId(1),
                title: "top".into(),
                parent: None,
                order: 0,
            }),
        );
        e(
            &mut p,
            Entity::Group(Group {
                id: GroupId(2),
                title: "island".into(),
                parent: Some(GroupId(1)),
                order: 0,
            }),
        );
        e(
            &mut p,
            Entity::Group(Group {
                id: GroupId(3),
                title: "empty".into(),
                parent: None,
                order: 0,
            }),
        );
        let mut q = Quality::new(QualityId(1), "q1");
        q.items = vec![ItemId(1)];
        q.group = Some(GroupId(2));
        e(&mut p, Entity::Quality(q));
        e(&mut p, Entity::Quality(Quality::new(QualityId(2), "q2")));
        p
    }

    #[test]
    fn a_group_traces_back_to_remarks_and_respondents() {
        let t = Trace::build(&project());
        let back = t.origins(EntityId::Group(GroupId(1)));
        for id in [
            EntityId::Group(GroupId(2)),
            EntityId::Quality(QualityId(1)),
            EntityId::Item(ItemId(1)),
            EntityId::Remark(RemarkId(1)),
            EntityId::Remark(RemarkId(2)),
            EntityId::Respondent(RespondentId(1)),
        ] {
            assert!(back.contains(&id), "{id} missing from {back:?}");
        }
        assert!(!back.contains(&EntityId::Remark(RemarkId(3))));
        let forward = t.outcomes(EntityId::Remark(RemarkId(2)));
        assert_eq!(
            forward,
            vec![
                EntityId::Item(ItemId(1)),
                EntityId::Quality(QualityId(1)),
                EntityId::Group(GroupId(2)),
                EntityId::Group(GroupId(1))
            ]
        );
    }

    #[test]
    fn coverage_names_every_gap() {
        let c = Coverage::measure(&project());
        assert_eq!(c.remarks_without_item, vec![EntityId::Remark(RemarkId(3))]);
        assert_eq!(c.items_without_quality, vec![EntityId::Item(ItemId(2))]);
        assert_eq!(c.unplaced_qualities, vec![EntityId::Quality(QualityId(2))]);
        assert_eq!(c.empty_groups, vec![EntityId::Group(GroupId(3))]);
        assert_eq!(c.remarks_reaching_tree, 2);
        assert!((c.share().unwrap() - 200.0 / 3.0).abs() < 1e-9);
    }
}
