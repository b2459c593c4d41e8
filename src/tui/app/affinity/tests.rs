//! The Affinity step driven by keys: every arrangement and its undo, the trace, read-only mode,
//! and the helpers the other Affinity tests share (sample projects, keys, screens, snapshots).

use std::path::{Path, PathBuf};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::model::tree::Tree;
use crate::model::*;
use crate::store;
use crate::tui::app::Settings;
use crate::tui::handle_key;
use crate::tui::keymap::{KeyChord, Keymap};
use crate::tui::strings::Lang;

pub(super) fn settings(lang: Lang, read_only: bool) -> Settings {
    Settings {
        read_only,
        lang,
        keymap: Keymap::default(),
        color: false,
    }
}

pub(super) fn app(project: Project, lang: Lang) -> App {
    App::new(
        project,
        PathBuf::from("/nonexistent/cards.ron"),
        settings(lang, false),
    )
}

pub(super) fn keys(app: &mut App, keys: &str) {
    for k in keys.split_whitespace() {
        let chord = KeyChord::parse(k).unwrap();
        handle_key(app, &KeyEvent::new(chord.code, chord.mods));
    }
}

pub(super) fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        handle_key(app, &KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

pub(super) fn screen(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| crate::tui::view::view(app, f)).unwrap();
    t.backend().to_string()
}

pub(super) fn snap(name: &str, a: &App) {
    for (w, h) in [(80, 24), (160, 48)] {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(a, w, h));
    }
}

pub(super) const CARDS: [&str; 8] = [
    "The battery lasts a whole week of commuting",
    "The battery charges fully overnight",
    "The beam lights the road far ahead",
    "The beam does not dazzle oncoming riders",
    "The light stays on the handlebar over cobbles",
    "The mount fits any handlebar",
    "The battery lasts a whole week of commuting!",
    "The light is seen from the side at junctions",
];

/// Eight unplaced cards, the first traced back to an item, a remark and a respondent.
pub(super) fn cards() -> Project {
    let mut p = Project::new(Meta::new("Bike light"));
    let mut put = |e: Entity| {
        p.apply(Edit::Put(e)).unwrap();
    };
    put(Entity::Respondent(Respondent {
        id: RespondentId(1),
        label: "Commuter Kim".into(),
        segment: None,
        attributes: Default::default(),
    }));
    let mut r = Remark::new(RemarkId(1), "I charge it every other day, annoying");
    r.respondent = Some(RespondentId(1));
    put(Entity::Remark(r));
    put(Entity::Item(Item {
        id: ItemId(1),
        text: "long battery life".into(),
        remarks: vec![RemarkId(1)],
    }));
    for (i, text) in CARDS.iter().enumerate() {
        let mut q = Quality::new(QualityId(i as u32 + 1), *text);
        if i == 0 {
            q.items = vec![ItemId(1)];
        }
        put(Entity::Quality(q));
    }
    p
}

pub(super) fn q(n: u32) -> QualityId {
    QualityId(n)
}

pub(super) fn g(n: u32) -> GroupId {
    GroupId(n)
}

/// Marks the given unplaced cards, makes an island of them and names it.
pub(super) fn island(a: &mut App, cards: &[u32], name: &str) {
    a.affinity.focus = Focus::Left;
    for c in cards {
        a.affinity.card_sel = Some(q(*c));
        keys(a, "space");
    }
    keys(a, "i");
    type_text(a, name);
    keys(a, "enter");
}

pub(super) fn select(a: &mut App, node: Node) {
    a.affinity.focus = Focus::Right;
    a.affinity.node_sel = Some(node);
}

pub(super) fn unplaced(a: &App) -> Vec<u32> {
    a.affinity_rows().unplaced.iter().map(|q| q.0).collect()
}

#[test]
fn an_island_is_made_from_marked_cards_and_undone() {
    let mut a = app(cards(), Lang::En);
    keys(&mut a, "4 space space");
    assert_eq!(a.marked_cards(), [q(1), q(2)]);
    keys(&mut a, "i");
    assert!(matches!(a.mode, Mode::Affinity(Popup::Name(_))));
    type_text(&mut a, "The battery lasts long");
    keys(&mut a, "enter");
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(arrange::cards_of(&a.project, g(1)), [q(1), q(2)]);
    assert_eq!(
        a.project.groups.get(g(1)).unwrap().title,
        "The battery lasts long"
    );
    assert_eq!(unplaced(&a), [3, 4, 5, 6, 7, 8]);
    assert!(a.affinity.marked.is_empty());
    // The left pane keeps a card that is still unplaced selected.
    assert_eq!(a.affinity_card(), Some(q(3)));
    keys(&mut a, "u");
    assert!(a.project.groups.is_empty());
    assert_eq!(unplaced(&a).len(), 8);
    keys(&mut a, "ctrl-r");
    assert_eq!(arrange::cards_of(&a.project, g(1)), [q(1), q(2)]);
    // A marked card already in an island moves into the new island with the unplaced ones.
    select(&mut a, Node::Quality(q(2)));
    keys(&mut a, "space");
    a.affinity.focus = Focus::Left;
    a.affinity.card_sel = Some(q(3));
    keys(&mut a, "space i");
    type_text(&mut a, "The battery charges quickly");
    keys(&mut a, "enter");
    assert_eq!(arrange::cards_of(&a.project, g(2)), [q(2), q(3)]);
    assert_eq!(arrange::cards_of(&a.project, g(1)), [q(1)]);
}

#[test]
fn island_names_are_checked_while_typing() {
    let mut a = app(cards(), Lang::En);
    keys(&mut a, "4 space space i");
    type_text(&mut a, "the battery charges fully overnight");
    let Mode::Affinity(Popup::Name(form)) = &a.mode else {
        panic!("{:?}", a.mode)
    };
    let hints = a.name_form_hints(form);
    assert!(
        hints.iter().any(|(_, m, _)| m.contains("repeats Q2")),
        "{hints:?}"
    );
    let s = screen(&a, 80, 24);
    assert!(s.contains("repeats Q2"), "{s}");
    keys(&mut a, "ctrl-u");
    type_text(&mut a, "high battery reliability");
    let Mode::Affinity(Popup::Name(form)) = &a.mode else {
        panic!()
    };
    let hints = a.name_form_hints(form);
    assert!(hints.iter().any(|(r, _, _)| *r == Some(3)), "{hints:?}");
    // Esc leaves everything as it was.
    keys(&mut a, "esc");
    assert!(a.project.groups.is_empty());
    assert_eq!(a.mode, Mode::Browse);
}

#[test]
fn islands_nest_rename_merge_split_and_undo() {
    let mut a = app(cards(), Lang::En);
    keys(&mut a, "4");
    island(&mut a, &[1, 2], "The battery lasts long");
    island(&mut a, &[3, 4], "The beam shows the road");
    island(&mut a, &[5, 6], "The light stays put");

    // Nest: mark two islands, name the new level.
    select(&mut a, Node::Group(g(1)));
    keys(&mut a, "space");
    select(&mut a, Node::Group(g(2)));
    keys(&mut a, "space n");
    type_text(&mut a, "The rider sees and is seen");
    keys(&mut a, "enter");
    assert_eq!(a.project.groups.get(g(1)).unwrap().parent, Some(g(4)));
    assert_eq!(a.project.groups.get(g(2)).unwrap().parent, Some(g(4)));
    let numbers: Vec<String> = a
        .affinity_rows()
        .tree
        .iter()
        .map(|l| l.number.clone())
        .collect();
    assert_eq!(
        numbers,
        [
            "1", "1.1", "1.2", "2", "2.1", "2.1.1", "2.1.2", "2.2", "2.2.1", "2.2.2"
        ]
    );
    keys(&mut a, "u");
    assert_eq!(a.project.groups.get(g(1)).unwrap().parent, None);
    assert!(!a.project.groups.contains(g(4)));
    keys(&mut a, "ctrl-r");

    // Rename.
    select(&mut a, Node::Group(g(3)));
    keys(&mut a, "r ctrl-u");
    type_text(&mut a, "The light stays on the bike");
    keys(&mut a, "enter");
    assert_eq!(
        a.project.groups.get(g(3)).unwrap().title,
        "The light stays on the bike"
    );
    keys(&mut a, "u");
    assert_eq!(
        a.project.groups.get(g(3)).unwrap().title,
        "The light stays put"
    );

    // Merge: mark G3, select G2 (to keep), M.
    select(&mut a, Node::Group(g(3)));
    keys(&mut a, "space");
    select(&mut a, Node::Group(g(2)));
    keys(&mut a, "M");
    assert!(!a.project.groups.contains(g(3)));
    assert_eq!(
        arrange::cards_of(&a.project, g(2)),
        [q(3), q(4), q(5), q(6)]
    );
    keys(&mut a, "u");
    assert_eq!(arrange::cards_of(&a.project, g(3)), [q(5), q(6)]);
    assert_eq!(arrange::cards_of(&a.project, g(2)), [q(3), q(4)]);

    // Split: mark a card of G1, s, name it: a sibling island under the same parent.
    select(&mut a, Node::Quality(q(2)));
    keys(&mut a, "space s");
    type_text(&mut a, "The battery charges quickly");
    keys(&mut a, "enter");
    let new = g(5);
    assert_eq!(arrange::cards_of(&a.project, new), [q(2)]);
    assert_eq!(a.project.groups.get(new).unwrap().parent, Some(g(4)));
    assert_eq!(arrange::cards_of(&a.project, g(1)), [q(1)]);
    keys(&mut a, "u");
    assert!(!a.project.groups.contains(new));
    assert_eq!(arrange::cards_of(&a.project, g(1)), [q(1), q(2)]);
}

#[test]
fn cards_and_islands_move_reorder_and_go_back() {
    let mut a = app(cards(), Lang::En);
    keys(&mut a, "4");
    island(&mut a, &[1, 2], "The battery lasts long");
    island(&mut a, &[3, 4], "The beam shows the road");

    // Move an unplaced card with the picker, choosing the island by typing its id.
    a.affinity.focus = Focus::Left;
    a.affinity.card_sel = Some(q(5));
    keys(&mut a, "m");
    let Mode::Affinity(Popup::MoveTo(p)) = &a.mode else {
        panic!("{:?}", a.mode)
    };
    let choices = a.move_choices(p);
    assert_eq!(choices.len(), 3, "{choices:?}");
    type_text(&mut a, "g2");
    keys(&mut a, "enter");
    assert_eq!(arrange::cards_of(&a.project, g(2)), [q(3), q(4), q(5)]);
    keys(&mut a, "u");
    assert_eq!(a.project.qualities.get(q(5)).unwrap().group, None);

    // An island cannot be moved into itself: it is not offered.
    select(&mut a, Node::Group(g(1)));
    keys(&mut a, "m");
    let Mode::Affinity(Popup::MoveTo(p)) = &a.mode else {
        panic!()
    };
    let dests: Vec<Dest> = a.move_choices(p).into_iter().map(|(_, d)| d).collect();
    assert_eq!(dests, [Dest::Out, Dest::Group(g(2))]);
    keys(&mut a, "down enter");
    assert_eq!(a.project.groups.get(g(1)).unwrap().parent, Some(g(2)));
    keys(&mut a, "u");
    assert_eq!(a.project.groups.get(g(1)).unwrap().parent, None);

    // Reorder with Shift-↑ / Ctrl-↓.
    select(&mut a, Node::Quality(q(2)));
    keys(&mut a, "shift-up");
    let order: Vec<QualityId> = Tree::build(&a.project).qualities_in_order();
    assert_eq!(order[..2], [q(2), q(1)]);
    keys(&mut a, "ctrl-down");
    assert_eq!(
        Tree::build(&a.project).qualities_in_order()[..2],
        [q(1), q(2)]
    );
    keys(&mut a, "u");
    assert_eq!(
        Tree::build(&a.project).qualities_in_order()[..2],
        [q(2), q(1)]
    );
    keys(&mut a, "u");
    assert_eq!(
        Tree::build(&a.project).qualities_in_order()[..2],
        [q(1), q(2)]
    );

    // x sends a card back to the unplaced cards.
    select(&mut a, Node::Quality(q(1)));
    keys(&mut a, "x");
    assert_eq!(a.project.qualities.get(q(1)).unwrap().group, None);
    keys(&mut a, "u");
    assert_eq!(a.project.qualities.get(q(1)).unwrap().group, Some(g(1)));

    // d ungroups an island, once confirmed: its cards move up (here: back to unplaced).
    select(&mut a, Node::Group(g(1)));
    keys(&mut a, "d y");
    assert!(!a.project.groups.contains(g(1)));
    assert_eq!(a.project.qualities.get(q(1)).unwrap().group, None);
    keys(&mut a, "u");
    assert_eq!(arrange::cards_of(&a.project, g(1)), [q(1), q(2)]);
}

#[test]
fn branches_fold_and_unfold() {
    let mut a = app(cards(), Lang::En);
    keys(&mut a, "4");
    island(&mut a, &[1, 2], "The battery lasts long");
    select(&mut a, Node::Group(g(1)));
    assert_eq!(a.affinity_rows().tree.len(), 3);
    keys(&mut a, "left");
    assert_eq!(a.affinity_rows().tree.len(), 1);
    assert_eq!(a.affinity_rows().tree[0].open, Some(false));
    keys(&mut a, "right");
    assert_eq!(a.affinity_rows().tree.len(), 3);
    keys(&mut a, "enter");
    assert_eq!(a.affinity_rows().tree.len(), 1);
    // Left on a folded top-level island goes to the unplaced cards.
    keys(&mut a, "left");
    assert_eq!(a.affinity.focus, Focus::Left);
}

#[test]
fn the_team_adds_a_basic_quality_into_the_selected_island() {
    let mut a = app(cards(), Lang::En);
    keys(&mut a, "4");
    island(&mut a, &[3, 4], "The beam shows the road");
    select(&mut a, Node::Group(g(1)));
    keys(&mut a, "a");
    type_text(&mut a, "The light meets the road-traffic rules");
    keys(&mut a, "enter");
    let added = a.project.qualities.get(q(9)).unwrap();
    assert_eq!(added.origin, Origin::Team);
    assert_eq!(added.kano, Kano::MustBe);
    assert_eq!(added.group, Some(g(1)));
    assert!(screen(&a, 80, 24).contains("+team"));
    keys(&mut a, "u");
    assert!(!a.project.qualities.contains(q(9)));
}

#[test]
fn the_trace_goes_back_to_remarks_and_respondents() {
    let mut a = app(cards(), Lang::En);
    keys(&mut a, "4");
    island(&mut a, &[1, 2], "The battery lasts long");
    select(&mut a, Node::Group(g(1)));
    keys(&mut a, "t");
    let Mode::Affinity(Popup::Trace { lines, .. }) = &a.mode else {
        panic!("{:?}", a.mode)
    };
    let entries: Vec<EntityId> = lines
        .iter()
        .filter_map(|l| match l {
            TraceLine::Entry(id, _) => Some(*id),
            TraceLine::Heading(..) => None,
        })
        .collect();
    assert_eq!(
        entries,
        [
            EntityId::Quality(q(1)),
            EntityId::Quality(q(2)),
            EntityId::Item(ItemId(1)),
            EntityId::Remark(RemarkId(1)),
            EntityId::Respondent(RespondentId(1)),
        ]
    );
    let s = screen(&a, 80, 24);
    assert!(s.contains("I charge it every other day"), "{s}");
    assert!(s.contains("Commuter Kim"), "{s}");
    keys(&mut a, "esc");
    assert_eq!(a.mode, Mode::Browse);
    // A card placed in a nested island also says where it sits, nearest island first.
    select(&mut a, Node::Group(g(1)));
    keys(&mut a, "space n");
    type_text(&mut a, "The light works on every ride");
    keys(&mut a, "enter");
    select(&mut a, Node::Quality(q(1)));
    keys(&mut a, "t");
    let Mode::Affinity(Popup::Trace { lines, .. }) = &a.mode else {
        panic!("{:?}", a.mode)
    };
    assert_eq!(lines[0], TraceLine::Heading(S::AffTracePlaced, 2));
    assert_eq!(
        lines[1..3],
        [
            TraceLine::Entry(EntityId::Group(g(1)), "The battery lasts long".into()),
            TraceLine::Entry(
                EntityId::Group(g(2)),
                "The light works on every ride".into()
            ),
        ]
    );
}

#[test]
fn read_only_refuses_every_arrangement() {
    let mut a = App::new(
        cards(),
        Path::new("ro.ron").to_path_buf(),
        settings(Lang::En, true),
    );
    let before = a.project.clone();
    for script in ["4 space i", "S", "a", "right r", "right n", "m", "s", "M"] {
        keys(&mut a, script);
        assert_eq!(a.mode, Mode::Browse, "{script}");
    }
    keys(&mut a, "D enter");
    assert_eq!(a.project, before);
    assert!(a.status.as_ref().is_some_and(|s| s.error));
    // Looking is fine.
    keys(&mut a, "esc T");
    assert!(a.affinity.table);
}

// ----- snapshots -----

pub(super) fn sample(name: &str) -> Project {
    store::load(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("projects")
            .join(name),
    )
    .unwrap()
}

/// A sample project with its first cards sent back to the unplaced cards and one card added by
/// the team.
pub(super) fn arranging(name: &str, lang: Lang) -> App {
    let mut p = sample(name);
    let first: Vec<QualityId> = Tree::build(&p).qualities_in_order()[..5].to_vec();
    for c in first {
        let e = arrange::move_card(&p, c, None).unwrap();
        p.apply(e).unwrap();
    }
    let top = arrange::children_of(&p, None)[0];
    let island = arrange::children_of(&p, Some(top))[1];
    let text = match lang {
        Lang::En => "The light meets the road-traffic rules",
        Lang::Zh => "热水器符合燃气安全标准",
    };
    p.apply(arrange::add_team_quality(&p, text, Some(island)))
        .unwrap();
    let mut a = app(p, lang);
    keys(&mut a, "4 space down space right");
    a
}

#[test]
fn slash_filters_the_unplaced_cards_and_esc_clears_the_filter() {
    let mut a = app(cards(), Lang::En);
    keys(&mut a, "4");
    let all = a.affinity_rows().unplaced.len();
    keys(&mut a, "/");
    for c in "battery".chars() {
        keys(&mut a, &c.to_string());
    }
    keys(&mut a, "enter");
    let shown = a.affinity_rows().unplaced.clone();
    assert!(
        !shown.is_empty() && shown.len() < all,
        "{} of {all}",
        shown.len()
    );
    for q in &shown {
        assert!(
            a.project
                .qualities
                .get(*q)
                .unwrap()
                .text
                .to_lowercase()
                .contains("battery")
        );
    }
    keys(&mut a, "esc");
    assert_eq!(a.affinity_rows().unplaced.len(), all);
}
