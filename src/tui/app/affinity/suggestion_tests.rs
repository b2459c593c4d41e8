//! Suggested islands and duplicate cards on the Affinity step: accepted, rejected, undone.

use super::tests::*;
use super::*;
use crate::model::*;
use crate::tui::strings::Lang;

#[test]
fn a_suggestion_is_accepted_with_its_name_and_undone() {
    let mut a = app(cards(), Lang::En);
    keys(&mut a, "4 S");
    let Mode::Affinity(Popup::Suggestions { proposals, .. }) = &a.mode else {
        panic!("{:?}", a.mode)
    };
    assert!(!proposals.is_empty());
    // Nothing moved yet.
    assert!(a.project.groups.is_empty());
    let first = proposals[0].clone();
    // Edit the name, then accept.
    keys(&mut a, "e ctrl-u");
    type_text(&mut a, "The battery lasts long");
    keys(&mut a, "enter");
    assert!(matches!(a.mode, Mode::Affinity(Popup::Suggestions { .. })));
    keys(&mut a, "enter");
    let group = a.project.groups.get(g(1)).unwrap();
    assert_eq!(group.title, "The battery lasts long");
    assert_eq!(arrange::cards_of(&a.project, g(1)), first.cards);
    keys(&mut a, "esc u");
    assert!(a.project.groups.is_empty());
    assert_eq!(unplaced(&a).len(), 8);

    // Rejecting leaves the cards; accepting all places every proposal in one step.
    keys(&mut a, "S x");
    assert!(a.project.groups.is_empty());
    keys(&mut a, "A");
    assert_eq!(a.mode, Mode::Browse);
    let rows = a.affinity_rows();
    assert!(!a.project.groups.is_empty());
    assert!(rows.unplaced.len() < 8 && !rows.unplaced.is_empty());
    keys(&mut a, "u");
    assert!(a.project.groups.is_empty());
}

#[test]
fn large_card_sets_are_suggested_in_the_background() {
    let mut p = Project::new(Meta::new("many"));
    for i in 0..BACKGROUND_FROM as u32 + 10 {
        let text = format!("{} {}", CARDS[i as usize % CARDS.len()], i % 17);
        p.apply(Edit::Put(Entity::Quality(Quality::new(
            QualityId(i + 1),
            text,
        ))))
        .unwrap();
    }
    let mut a = app(p, Lang::En);
    keys(&mut a, "4 S");
    assert!(matches!(a.mode, Mode::Affinity(Popup::Working(_))));
    assert!(screen(&a, 80, 24).contains("Suggesting islands"));
    let start = std::time::Instant::now();
    while !a.tick() {
        assert!(
            start.elapsed().as_secs() < 120,
            "the suggestions never came"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(matches!(a.mode, Mode::Affinity(Popup::Suggestions { .. })));
    assert!(!a.working());
    // Esc while the work goes on stops waiting for it; nothing arrives later.
    keys(&mut a, "esc S");
    assert!(a.working());
    keys(&mut a, "esc");
    assert_eq!(a.mode, Mode::Browse);
    assert!(!a.working());
    assert!(!a.tick());
}

#[test]
fn duplicates_merge_keeping_both_traces() {
    let mut a = app(cards(), Lang::En);
    let mut q7 = a.project.qualities.get(q(7)).unwrap().clone();
    q7.items = vec![ItemId(2)];
    let edits = Edit::Batch(vec![
        Edit::Put(Entity::Item(Item {
            id: ItemId(2),
            text: "lasts a week".into(),
            remarks: vec![RemarkId(1)],
        })),
        Edit::Put(Entity::Quality(q7)),
    ]);
    assert!(a.commit(edits, "setup".into()));
    keys(&mut a, "4 D");
    let Mode::Affinity(Popup::Duplicates { pairs, .. }) = &a.mode else {
        panic!("{:?}", a.mode)
    };
    assert_eq!((pairs[0].0, pairs[0].1), (q(1), q(7)));
    snap("duplicates_en", &a);
    keys(&mut a, "enter");
    assert!(!a.project.qualities.contains(q(7)));
    assert_eq!(
        a.project.qualities.get(q(1)).unwrap().items,
        [ItemId(1), ItemId(2)]
    );
    keys(&mut a, "esc u");
    assert!(a.project.qualities.contains(q(7)));
    assert_eq!(a.project.qualities.get(q(1)).unwrap().items, [ItemId(1)]);
}

/// Remarks on one need in words of their own: the proposal is named by the need, shown so,
/// and accepted under that name.
#[test]
fn a_proposal_named_by_a_need_is_accepted_under_it() {
    const REMARKS: [&str; 10] = [
        "Upstairs has no dock so it runs out of battery and I have to carry it down to charge.",
        "Battery is fine, it never needs a second charge for our 80 m².",
        "Battery replacement is $79, which is a lot for a 14 month old robot.",
        "Batteries need to be replaceable without a screwdriver, like on my drill.",
        "After a year battery is toast. It dies after one room.",
        "Battery life is good, 120 m² on a single charge with power to spare.",
        "The side brush flicks debris away from the wall instead of toward the intake.",
        "Side brush spins so fast it throws dirt into the middle of the room.",
        "The side brush bristles get bent with hair and don't sweep properly anymore.",
        "It scatters cereal around the kitchen with the side brush instead of picking it up.",
    ];
    let mut p = Project::new(Meta::new("reviews"));
    for (i, text) in REMARKS.iter().enumerate() {
        p.apply(Edit::Put(Entity::Quality(Quality::new(
            QualityId(i as u32 + 1),
            *text,
        ))))
        .unwrap();
    }
    let mut a = app(p, Lang::En);
    keys(&mut a, "4 S");
    let Mode::Affinity(Popup::Suggestions { proposals, .. }) = &a.mode else {
        panic!("{:?}", a.mode)
    };
    let at = proposals
        .iter()
        .position(|p| p.name == "The battery lasts long")
        .unwrap_or_else(|| panic!("{proposals:?}"));
    assert!(!proposals[at].draft);
    let cards = proposals[at].cards.clone();
    assert!(screen(&a, 80, 24).contains("The battery lasts long"));
    for _ in 0..at {
        keys(&mut a, "down");
    }
    keys(&mut a, "enter");
    let group = a.project.groups.get(g(1)).unwrap();
    assert_eq!(group.title, "The battery lasts long");
    assert_eq!(arrange::cards_of(&a.project, g(1)), cards);
}
