//! How far a workshop has got, step by step: the counts behind the "what next" line of the
//! screens. Linear in the size of the project, with no graph built, so it can be measured after
//! every edit.

use std::collections::HashSet;

use crate::model::{GroupId, ItemId, Project, RemarkId};

/// What is left to do at each step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    pub remarks: usize,
    pub remarks_without_item: usize,
    pub items: usize,
    pub items_without_quality: usize,
    pub qualities: usize,
    /// Cards not placed in an (existing) island.
    pub unplaced: usize,
    pub characteristics: usize,
    /// Placed qualities with no relationship to any characteristic.
    pub qualities_without_relationship: usize,
    /// Merge conflicts not settled yet.
    pub conflicts: usize,
}

impl Progress {
    pub fn measure(project: &Project) -> Progress {
        let linked_remarks: HashSet<RemarkId> = project
            .items
            .iter()
            .flat_map(|i| i.remarks.iter().copied())
            .collect();
        let linked_items: HashSet<ItemId> = project
            .qualities
            .iter()
            .flat_map(|q| q.items.iter().copied())
            .collect();
        let groups: HashSet<GroupId> = project.groups.ids().collect();
        let related: HashSet<_> = project.relationships.iter().map(|r| r.quality).collect();
        let placed = |g: Option<GroupId>| g.is_some_and(|g| groups.contains(&g));
        Progress {
            remarks: project.remarks.len(),
            remarks_without_item: project
                .remarks
                .ids()
                .filter(|r| !linked_remarks.contains(r))
                .count(),
            items: project.items.len(),
            items_without_quality: project
                .items
                .ids()
                .filter(|i| !linked_items.contains(i))
                .count(),
            qualities: project.qualities.len(),
            unplaced: project
                .qualities
                .iter()
                .filter(|q| !placed(q.group))
                .count(),
            characteristics: project.characteristics.len(),
            qualities_without_relationship: project
                .qualities
                .iter()
                .filter(|q| placed(q.group) && !related.contains(&q.id))
                .count(),
            conflicts: project.conflicts.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    #[test]
    fn counts_what_each_step_leaves_to_do() {
        let mut p = Project::new(Meta::new("t"));
        let mut put = |e| {
            p.apply(Edit::Put(e)).unwrap();
        };
        put(Entity::Remark(Remark::new(RemarkId(1), "a")));
        put(Entity::Remark(Remark::new(RemarkId(2), "b")));
        put(Entity::Item(Item {
            id: ItemId(1),
            text: "i".into(),
            remarks: vec![RemarkId(1)],
        }));
        put(Entity::Item(Item {
            id: ItemId(2),
            text: "j".into(),
            remarks: vec![RemarkId(1)],
        }));
        put(Entity::Group(Group {
            id: GroupId(1),
            title: "g".into(),
            parent: None,
            order: 0,
        }));
        let mut q = Quality::new(QualityId(1), "q");
        q.items = vec![ItemId(1)];
        q.group = Some(GroupId(1));
        put(Entity::Quality(q));
        put(Entity::Quality(Quality::new(QualityId(2), "r")));
        let n = Progress::measure(&p);
        assert_eq!(n.remarks_without_item, 1);
        assert_eq!(n.items_without_quality, 1);
        assert_eq!(n.unplaced, 1);
        assert_eq!(n.characteristics, 0);
        assert_eq!(n.qualities_without_relationship, 1);
        assert_eq!(n.conflicts, 0);
        p.conflicts.push(crate::model::conflict::Conflict {
            record: "Q1".into(),
            field: "text".into(),
            ours: "q".into(),
            theirs: "p".into(),
        });
        assert_eq!(Progress::measure(&p).conflicts, 1);
    }
}
