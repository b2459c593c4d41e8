//! Arranging the affinity diagram: every operation a facilitator performs on cards and islands,
//! as a function from the project to the one `Edit` that does it (and so undoes as one).
//! Refusals (a cycle, an unknown id) come from `Project::apply`, which checks every edit.

use crate::method::wording;
use crate::model::*;

/// Islands of about this many cards group well (METHOD.md section 4, step B).
pub const ISLAND_SIZE: std::ops::RangeInclusive<usize> = 4..=5;

fn put_group(g: Group) -> Edit {
    Edit::Put(Entity::Group(g))
}

fn put_quality(q: Quality) -> Edit {
    Edit::Put(Entity::Quality(q))
}

/// The next free position under a parent, so moved things land at the end.
pub fn next_order(project: &Project, parent: Option<GroupId>) -> u32 {
    let groups = project
        .groups
        .iter()
        .filter(|g| g.parent == parent)
        .map(|g| g.order);
    let cards = project
        .qualities
        .iter()
        .filter(|q| parent.is_some() && q.group == parent)
        .map(|q| q.order);
    groups.chain(cards).max().map_or(0, |o| o + 1)
}

/// Cards placed directly in a group.
pub fn cards_of(project: &Project, group: GroupId) -> Vec<QualityId> {
    project
        .qualities
        .iter()
        .filter(|q| q.group == Some(group))
        .map(|q| q.id)
        .collect()
}

/// Groups directly under a parent (None = top level).
pub fn children_of(project: &Project, parent: Option<GroupId>) -> Vec<GroupId> {
    project
        .groups
        .iter()
        .filter(|g| g.parent == parent)
        .map(|g| g.id)
        .collect()
}

/// A new island holding `cards`, under `parent`.
pub fn make_island(
    project: &Project,
    cards: &[QualityId],
    title: &str,
    parent: Option<GroupId>,
) -> Edit {
    let id = project.next_group_id();
    let mut edits = vec![put_group(Group {
        id,
        title: title.trim().to_string(),
        parent,
        order: next_order(project, parent),
    })];
    for (i, q) in cards
        .iter()
        .filter_map(|q| project.qualities.get(*q))
        .enumerate()
    {
        let mut q = q.clone();
        q.group = Some(id);
        q.order = i as u32;
        edits.push(put_quality(q));
    }
    Edit::Batch(edits)
}

/// A new group one level up, holding `groups` (step D: islands of islands).
pub fn nest(project: &Project, groups: &[GroupId], title: &str) -> Edit {
    let parent = groups
        .first()
        .and_then(|g| project.groups.get(*g))
        .and_then(|g| g.parent);
    let id = project.next_group_id();
    let mut edits = vec![put_group(Group {
        id,
        title: title.trim().to_string(),
        parent,
        order: next_order(project, parent),
    })];
    for (i, g) in groups
        .iter()
        .filter_map(|g| project.groups.get(*g))
        .enumerate()
    {
        let mut g = g.clone();
        g.parent = Some(id);
        g.order = i as u32;
        edits.push(put_group(g));
    }
    Edit::Batch(edits)
}

/// Moves a card into a group (or back to the unplaced cards with `None`), at the end.
pub fn move_card(project: &Project, card: QualityId, to: Option<GroupId>) -> Option<Edit> {
    let mut q = project.qualities.get(card)?.clone();
    q.group = to;
    q.order = next_order(project, to);
    Some(put_quality(q))
}

/// Moves a group under another (or to the top level).
pub fn move_group(project: &Project, group: GroupId, to: Option<GroupId>) -> Option<Edit> {
    let mut g = project.groups.get(group)?.clone();
    g.parent = to;
    g.order = next_order(project, to);
    Some(put_group(g))
}

/// Moves everything in `absorb` into `keep` and removes `absorb`.
pub fn merge_groups(project: &Project, keep: GroupId, absorb: GroupId) -> Edit {
    let mut order = next_order(project, Some(keep));
    let mut edits = Vec::new();
    for q in cards_of(project, absorb)
        .into_iter()
        .filter_map(|q| project.qualities.get(q))
    {
        let mut q = q.clone();
        q.group = Some(keep);
        q.order = order;
        order += 1;
        edits.push(put_quality(q));
    }
    for g in children_of(project, Some(absorb))
        .into_iter()
        .filter_map(|g| project.groups.get(g))
    {
        let mut g = g.clone();
        g.parent = Some(keep);
        g.order = order;
        order += 1;
        edits.push(put_group(g));
    }
    edits.push(Edit::Remove(EntityId::Group(absorb)));
    Edit::Batch(edits)
}

/// Takes `cards` out of their island into a new sibling island.
pub fn split_group(project: &Project, group: GroupId, cards: &[QualityId], title: &str) -> Edit {
    let parent = project.groups.get(group).and_then(|g| g.parent);
    make_island(project, cards, title, parent)
}

/// Moves a card or group one place up (`-1`) or down (`+1`) among its siblings.
pub fn reorder(project: &Project, node: tree::Node, delta: i32) -> Option<Edit> {
    let parent = match node {
        tree::Node::Group(g) => project.groups.get(g)?.parent,
        tree::Node::Quality(q) => project.qualities.get(q)?.group,
    };
    let t = tree::Tree::build(project);
    let siblings: Vec<tree::Node> = t
        .rows
        .iter()
        .filter(|r| match r.node {
            tree::Node::Group(g) => project.groups.get(g).is_some_and(|g| g.parent == parent),
            tree::Node::Quality(q) => {
                parent.is_some() && project.qualities.get(q).is_some_and(|q| q.group == parent)
            }
        })
        .map(|r| r.node)
        .collect();
    let at = siblings.iter().position(|n| *n == node)?;
    let to = at
        .checked_add_signed(delta as isize)
        .filter(|&i| i < siblings.len())?;
    let mut order = siblings.clone();
    order.swap(at, to);
    // Renumber all siblings so the order is explicit and stable.
    let edits = order
        .iter()
        .enumerate()
        .filter_map(|(i, n)| match *n {
            tree::Node::Group(g) => project.groups.get(g).map(|g| {
                put_group(Group {
                    order: i as u32,
                    ..g.clone()
                })
            }),
            tree::Node::Quality(q) => project.qualities.get(q).map(|q| {
                put_quality(Quality {
                    order: i as u32,
                    ..q.clone()
                })
            }),
        })
        .collect();
    Some(Edit::Batch(edits))
}

/// Merges a duplicate card into the one kept: the kept card gains the other's items and tags,
/// so it keeps the trace of both (step A).
pub fn merge_cards(project: &Project, keep: QualityId, duplicate: QualityId) -> Option<Edit> {
    let mut k = project.qualities.get(keep)?.clone();
    let d = project.qualities.get(duplicate)?;
    for i in &d.items {
        if !k.items.contains(i) {
            k.items.push(*i);
        }
    }
    for t in &d.tags {
        if !k.tags.contains(t) {
            k.tags.push(t.clone());
        }
    }
    Some(Edit::Batch(vec![
        put_quality(k),
        Edit::Remove(EntityId::Quality(duplicate)),
    ]))
}

/// A basic quality customers take for granted, added by the team (step F).
pub fn add_team_quality(project: &Project, text: &str, group: Option<GroupId>) -> Edit {
    let mut q = Quality::new(project.next_quality_id(), text.trim());
    q.origin = Origin::Team;
    q.kano = Kano::MustBe;
    q.group = group;
    q.order = next_order(project, group);
    put_quality(q)
}

/// Why an island's size deserves a look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeFlag {
    Empty,
    /// Fewer cards than the method's islands of about 4–5: merge it or look for more cards.
    Few,
    /// Well above 4–5: it probably holds more than one idea.
    Many,
}

impl std::fmt::Display for SizeFlag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SizeFlag::Empty => "empty",
            SizeFlag::Few => "few cards",
            SizeFlag::Many => "many cards",
        })
    }
}

/// Why an island of `cards` cards deserves a look, if it does: 1–3 cards are few (islands hold
/// about 4–5), more than two above that are many.
pub fn size_flag(cards: usize) -> Option<SizeFlag> {
    match cards {
        0 => Some(SizeFlag::Empty),
        n if n < *ISLAND_SIZE.start() => Some(SizeFlag::Few),
        n if n > ISLAND_SIZE.end() + 2 => Some(SizeFlag::Many),
        _ => None,
    }
}

/// The first of `names` (an id with its text) that an island name merely repeats, ignoring case,
/// spaces and punctuation: a name must say what its cards (or islands) share.
pub fn repeats<'a, T>(title: &str, names: impl IntoIterator<Item = (T, &'a str)>) -> Option<T> {
    let norm = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    let name = norm(title);
    if name.is_empty() {
        return None;
    }
    names
        .into_iter()
        .find(|(_, text)| norm(text) == name)
        .map(|(id, _)| id)
}

/// Hints on an island's name: the wording rules, and that it must say more than one of its cards.
pub fn name_hints(project: &Project, group: GroupId, title: &str) -> Vec<String> {
    let mut out: Vec<String> = wording::check(title)
        .into_iter()
        .map(|h| h.to_string())
        .collect();
    let cards = project
        .qualities
        .iter()
        .filter(|q| q.group == Some(group))
        .map(|q| (q.id, q.text.as_str()));
    if let Some(q) = repeats(title, cards) {
        out.push(format!(
            "the name repeats card {q}; name what the cards share"
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project() -> Project {
        let mut p = Project::new(Meta::new("t"));
        for i in 1..=6 {
            p.apply(Edit::Put(Entity::Quality(Quality::new(
                QualityId(i),
                format!("card {i}"),
            ))))
            .unwrap();
        }
        p
    }

    /// Applies the edit `make` builds, checks undo and redo, and leaves it applied.
    fn apply_and_undo(p: &mut Project, make: impl Fn(&Project) -> Edit) -> Edit {
        let before = p.clone();
        let undo = p.apply(make(p)).unwrap();
        let after = p.clone();
        let redo = p.apply(undo.clone()).unwrap();
        assert_eq!(p.qualities, before.qualities);
        assert_eq!(p.groups, before.groups);
        p.apply(redo).unwrap();
        assert_eq!(*p, after);
        undo
    }

    #[test]
    fn islands_nest_merge_split_and_undo() {
        let mut p = project();
        apply_and_undo(&mut p, |p| {
            make_island(p, &[QualityId(1), QualityId(2)], "warm water", None)
        });
        apply_and_undo(&mut p, |p| make_island(p, &[QualityId(3)], "safe", None));
        assert_eq!(cards_of(&p, GroupId(1)), [QualityId(1), QualityId(2)]);
        apply_and_undo(&mut p, |p| {
            nest(p, &[GroupId(1), GroupId(2)], "comfortable and safe")
        });
        assert_eq!(p.groups.get(GroupId(1)).unwrap().parent, Some(GroupId(3)));
        apply_and_undo(&mut p, |p| merge_groups(p, GroupId(1), GroupId(2)));
        assert_eq!(
            cards_of(&p, GroupId(1)),
            [QualityId(1), QualityId(2), QualityId(3)]
        );
        assert!(!p.groups.contains(GroupId(2)));
        apply_and_undo(&mut p, |p| {
            split_group(p, GroupId(1), &[QualityId(3)], "safe again")
        });
        let g = p.groups.get(GroupId(4)).unwrap();
        assert_eq!(g.parent, Some(GroupId(3)));
        assert_eq!(cards_of(&p, GroupId(4)), [QualityId(3)]);
    }

    #[test]
    fn moving_a_group_into_itself_is_refused() {
        let mut p = project();
        p.apply(make_island(&p, &[QualityId(1)], "a", None))
            .unwrap();
        p.apply(nest(&p, &[GroupId(1)], "b")).unwrap();
        let err = p
            .apply(move_group(&p, GroupId(2), Some(GroupId(1))).unwrap())
            .unwrap_err();
        assert!(err.to_string().contains("cycle"), "{err}");
    }

    #[test]
    fn reorder_swaps_neighbours_and_stops_at_the_ends() {
        let mut p = project();
        p.apply(make_island(
            &p,
            &[QualityId(1), QualityId(2), QualityId(3)],
            "a",
            None,
        ))
        .unwrap();
        apply_and_undo(&mut p, |p| {
            reorder(p, tree::Node::Quality(QualityId(3)), -1).unwrap()
        });
        let order: Vec<_> = tree::Tree::build(&p)
            .qualities_in_order()
            .into_iter()
            .take(3)
            .collect();
        assert_eq!(order, [QualityId(1), QualityId(3), QualityId(2)]);
        assert!(reorder(&p, tree::Node::Quality(QualityId(1)), -1).is_none());
        assert!(reorder(&p, tree::Node::Quality(QualityId(2)), 1).is_none());
    }

    #[test]
    fn merged_duplicates_keep_both_traces() {
        let mut p = project();
        for i in 1..=2 {
            p.apply(Edit::Put(Entity::Item(Item {
                id: ItemId(i),
                text: format!("i{i}"),
                remarks: vec![],
            })))
            .unwrap();
        }
        let mut a = p.qualities.get(QualityId(1)).unwrap().clone();
        a.items = vec![ItemId(1)];
        let mut b = p.qualities.get(QualityId(2)).unwrap().clone();
        b.items = vec![ItemId(2)];
        p.apply(Edit::Put(Entity::Quality(a))).unwrap();
        p.apply(Edit::Put(Entity::Quality(b))).unwrap();
        apply_and_undo(&mut p, |p| {
            merge_cards(p, QualityId(1), QualityId(2)).unwrap()
        });
        assert_eq!(
            p.qualities.get(QualityId(1)).unwrap().items,
            [ItemId(1), ItemId(2)]
        );
        assert!(!p.qualities.contains(QualityId(2)));
    }

    #[test]
    fn island_names_must_say_more_than_a_card() {
        let mut p = project();
        p.apply(make_island(&p, &[QualityId(1), QualityId(2)], "x", None))
            .unwrap();
        assert!(
            name_hints(&p, GroupId(1), "Card 1")
                .iter()
                .any(|h| h.contains("repeats card Q1"))
        );
        assert!(name_hints(&p, GroupId(1), "the water stays warm").is_empty());
        let names = [(GroupId(1), "Warm water"), (GroupId(2), "安全")];
        assert_eq!(repeats("warm  WATER!", names), Some(GroupId(1)));
        assert_eq!(repeats("安全。", names), Some(GroupId(2)));
        assert_eq!(repeats("water", names), None);
        assert_eq!(repeats("", [(1, "")]), None);
    }

    #[test]
    fn islands_below_four_cards_are_few() {
        assert_eq!(size_flag(0), Some(SizeFlag::Empty));
        for n in 1..=3 {
            assert_eq!(size_flag(n), Some(SizeFlag::Few), "{n}");
        }
        for n in 4..=7 {
            assert_eq!(size_flag(n), None, "{n}");
        }
        assert_eq!(size_flag(8), Some(SizeFlag::Many));
        assert_eq!(SizeFlag::Few.to_string(), "few cards");
    }

    #[test]
    fn team_qualities_are_marked() {
        let p = project();
        let Edit::Put(Entity::Quality(q)) = add_team_quality(&p, "the gas line stays sealed", None)
        else {
            panic!()
        };
        assert_eq!(
            (q.origin, q.kano, q.id),
            (Origin::Team, Kano::MustBe, QualityId(7))
        );
    }
}
