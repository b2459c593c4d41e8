//! The Affinity step on the sample projects: snapshots of the step, the deployment table and
//! the overlays in English and Chinese, tiny terminals, and a whole tree built by keys.

use super::tests::*;
use super::*;
use crate::model::tree::Tree;
use crate::model::*;
use crate::tui::app::Step;
use crate::tui::strings::Lang;

#[test]
fn snapshots_of_the_affinity_step_and_the_deployment_table() {
    for (file, lang, tag) in [
        ("bike-light.en.ron", Lang::En, "en"),
        ("water-heater.zh.ron", Lang::Zh, "zh"),
    ] {
        let mut a = arranging(file, lang);
        assert_eq!(a.step, Step::Affinity);
        snap(&format!("affinity_{tag}"), &a);
        // Fold the second island of the first branch.
        keys(&mut a, "down down left");
        snap(&format!("affinity_folded_{tag}"), &a);
        keys(&mut a, "T");
        snap(&format!("deployment_{tag}"), &a);
        keys(&mut a, "T");
        // Card islands from the unplaced cards, then the next level up from the tree.
        a.affinity.focus = Focus::Left;
        keys(&mut a, "S");
        snap(&format!("suggestions_{tag}"), &a);
        keys(&mut a, "esc right S");
        snap(&format!("suggestions_level_{tag}"), &a);
        keys(&mut a, "esc i");
        type_text(
            &mut a,
            match lang {
                Lang::En => "high brightness",
                Lang::Zh => "出水温度稳定性",
            },
        );
        snap(&format!("name_island_{tag}"), &a);
        // The trace of the first island: its islands, cards, items, remarks and respondents.
        keys(&mut a, "esc home t");
        snap(&format!("trace_{tag}"), &a);
    }
}

#[test]
fn the_deployment_table_numbers_every_row() {
    let a = app(sample("bike-light.en.ron"), Lang::En);
    let rows = a.affinity_rows();
    assert_eq!(rows.levels, 3);
    assert!(rows.unplaced.is_empty());
    let mut b = a;
    keys(&mut b, "4 T");
    let s = screen(&b, 160, 48);
    assert!(s.contains("1.1.1"), "{s}");
    assert!(s.contains("Level 3"), "{s}");
    assert!(s.contains("leaf"), "{s}");
}

#[test]
fn tiny_terminals_draw_the_step_without_panicking() {
    let mut a = arranging("water-heater.zh.ron", Lang::Zh);
    for script in ["", "T", "T S", "esc i", "esc t", "esc m", "esc D"] {
        keys(&mut a, script);
        for (w, h) in [(1, 1), (10, 4), (24, 8), (40, 12)] {
            screen(&a, w, h);
        }
    }
}

#[test]
fn a_sample_goes_from_unplaced_cards_to_a_named_three_level_tree_by_keys() {
    let mut p = sample("bike-light.en.ron");
    let groups: Vec<GroupId> = p.groups.ids().collect();
    for group in groups {
        p.apply(p.delete(EntityId::Group(group))).unwrap();
    }
    let mut a = app(p, Lang::En);
    assert_eq!(a.affinity_rows().unplaced.len(), a.project.qualities.len());
    // Accept every suggested island, then rename the first one.
    keys(&mut a, "4 S A");
    assert!(a.affinity_rows().unplaced.is_empty());
    // The accepted names are statements, not keyword lists, and no name that is not a draft is
    // flagged on the tree.
    let s = screen(&a, 160, 48);
    for g in &a.project.groups {
        assert!(!g.title.contains(", "), "{}", g.title);
    }
    for line in s.lines().filter(|l| l.contains("!name")) {
        assert!(line.contains('…'), "{line}\n{s}");
    }
    let islands = arrange::children_of(&a.project, None);
    assert!(islands.len() >= 2, "{islands:?}");
    select(&mut a, Node::Group(islands[0]));
    keys(&mut a, "r ctrl-u");
    type_text(&mut a, "The road ahead is lit clearly");
    keys(&mut a, "enter");
    // Nest the islands into two higher-level islands, each named.
    let (first, rest) = islands.split_at(islands.len() / 2);
    for (part, name) in [
        (first, "The rider sees and is seen"),
        (rest, "The light works on every ride"),
    ] {
        for i in part {
            select(&mut a, Node::Group(*i));
            keys(&mut a, "space");
        }
        keys(&mut a, "n");
        type_text(&mut a, name);
        keys(&mut a, "enter");
    }
    let tree = Tree::build(&a.project);
    assert_eq!(tree.depth(), 3);
    assert_eq!(arrange::children_of(&a.project, None).len(), 2);
    // Undo both nestings and let the tree pane suggest the next level up instead.
    keys(&mut a, "u u");
    assert_eq!(arrange::children_of(&a.project, None).len(), islands.len());
    select(&mut a, Node::Group(islands[0]));
    keys(&mut a, "S");
    let Mode::Affinity(Popup::Suggestions { proposals, .. }) = &a.mode else {
        panic!("{:?}", a.mode)
    };
    assert!(proposals.iter().all(|p| !p.islands.is_empty()));
    let grouped: usize = proposals.iter().map(|p| p.islands.len()).sum();
    assert_eq!(grouped, islands.len());
    keys(&mut a, "A");
    let tree = Tree::build(&a.project);
    assert_eq!(tree.depth(), 3);
    // Several parents, never one over every island.
    let parents = arrange::children_of(&a.project, None).len();
    assert!(parents >= 2 && parents < islands.len(), "{parents}");
    assert!(tree.unplaced.is_empty());
    for g in &a.project.groups {
        assert!(!g.title.trim().is_empty(), "{g:?}");
    }
    // Every leaf a customer gave traces back to the remarks it came from.
    let trace = crate::method::trace::Trace::build(&a.project);
    for q in a.project.qualities.iter().filter(|q| !q.items.is_empty()) {
        assert!(
            trace
                .origins(EntityId::Quality(q.id))
                .iter()
                .any(|e| matches!(e, EntityId::Remark(_))),
            "{}",
            q.id
        );
    }
    // The deployment table numbers it 1 / 1.1 / 1.1.1.
    keys(&mut a, "T");
    let s = screen(&a, 160, 48);
    assert!(s.contains("1.1.1") && s.contains("2.1.1"), "{s}");
}
