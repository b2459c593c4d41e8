//! What the Affinity step tells the facilitator: island sizes, the prompt for a quality the
//! team adds, reordering at the ends, deletes that say what goes with them, counts that agree
//! with their nouns, and how the two panes share the width.

use super::tests::*;
use super::*;
use crate::model::Origin;
use crate::tui::strings::Lang;

fn status(a: &App) -> String {
    a.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

#[test]
fn islands_of_one_to_three_cards_are_flagged_as_small() {
    for (lang, few) in [(Lang::En, "!few"), (Lang::Zh, "!偏少")] {
        let mut a = app(cards(), lang);
        keys(&mut a, "4");
        island(&mut a, &[1, 2], "The battery lasts long");
        island(&mut a, &[3, 4, 5], "The beam shows the road");
        island(&mut a, &[6, 7, 8], "The light stays put");
        let s = screen(&a, 160, 48);
        let flagged = s.lines().filter(|l| l.contains(few)).count();
        assert_eq!(flagged, 3, "{s}");
        // Four cards is the size the method asks for: no flag.
        select(&mut a, Node::Group(g(2)));
        keys(&mut a, "m");
        type_text(&mut a, "g1");
        keys(&mut a, "enter");
        let s = screen(&a, 160, 48);
        let line = s.lines().find(|l| l.contains("G1 ")).unwrap();
        assert!(!line.contains('!'), "{line}");
    }
    assert_eq!(arrange::size_flag(3), Some(arrange::SizeFlag::Few));
    assert_eq!(arrange::size_flag(4), None);
}

#[test]
fn a_asks_for_a_basic_quality_not_an_island_name() {
    for (lang, what, not) in [
        (Lang::En, "take for granted", "say what the cards share"),
        (Lang::Zh, "理所当然", "说出这些卡片的共同点"),
    ] {
        let mut a = app(cards(), lang);
        keys(&mut a, "4 a");
        let s = screen(&a, 80, 24);
        assert!(s.contains(what), "{s}");
        assert!(!s.contains(not), "{s}");
        // An empty Enter says the text (not a name) is empty.
        keys(&mut a, "enter");
        assert_eq!(status(&a), a.t(S::EmptyText));
        keys(&mut a, "a");
        // The wording rules apply as for any demanded quality.
        type_text(&mut a, "high battery reliability");
        let s = screen(&a, 80, 24);
        assert!(s.contains(&format!("{} 3", a.t(S::LabelRule))), "{s}");
        keys(&mut a, "enter");
        let added = a.project.qualities.get(q(9)).unwrap();
        assert_eq!(added.origin, Origin::Team);
    }
}

#[test]
fn reordering_at_the_ends_says_which_end() {
    for (lang, top, bottom) in [
        (Lang::En, "Already at the top", "Already at the bottom"),
        (Lang::Zh, "已经在最上面", "已经在最下面"),
    ] {
        let mut a = app(cards(), lang);
        keys(&mut a, "4");
        island(&mut a, &[1, 2], "The battery lasts long");
        island(&mut a, &[3, 4], "The beam shows the road");
        select(&mut a, Node::Group(g(1)));
        keys(&mut a, "ctrl-up");
        assert_eq!(status(&a), top);
        select(&mut a, Node::Group(g(2)));
        keys(&mut a, "ctrl-down");
        assert_eq!(status(&a), bottom);
        select(&mut a, Node::Quality(q(2)));
        keys(&mut a, "ctrl-down");
        assert_eq!(status(&a), bottom);
        keys(&mut a, "ctrl-up");
        assert!(status(&a).contains("Q2"), "{}", status(&a));
    }
}

#[test]
fn deleting_a_card_names_it_and_asks_when_something_goes_with_it() {
    // Nothing depends on an unplaced card of its own: it goes at once, and the status says which.
    for (lang, deleted, undo) in [
        (Lang::En, "Deleted Q3 “", "undo with u"),
        (Lang::Zh, "已删除 Q3“", "按 u 撤销"),
    ] {
        let mut a = app(cards(), lang);
        keys(&mut a, "4");
        a.affinity.card_sel = Some(q(3));
        keys(&mut a, "d");
        assert!(!a.project.qualities.contains(q(3)));
        let s = status(&a);
        assert!(
            s.starts_with(deleted) && s.contains(&CARDS[2][..20]) && s.ends_with(undo),
            "{s}"
        );
        keys(&mut a, "u");
        assert!(a.project.qualities.contains(q(3)));
    }
    // A card of the sample carries survey answers and House of Quality relationships: asked first.
    let mut a = app(sample("bike-light.en.ron"), Lang::En);
    let card = q(1);
    let before = a.project.clone();
    keys(&mut a, "4");
    select(&mut a, Node::Quality(card));
    keys(&mut a, "d");
    let Mode::Affinity(Popup::ConfirmDelete { question, .. }) = &a.mode else {
        panic!("{:?}", a.mode)
    };
    assert!(question.starts_with("Delete Q1 “The beam"), "{question}");
    assert!(question.contains("House of Quality"), "{question}");
    let s = screen(&a, 80, 24);
    assert!(s.contains("y delete"), "{s}");
    keys(&mut a, "n");
    assert_eq!(a.project, before);
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(status(&a), "Nothing deleted");
    keys(&mut a, "d y");
    assert!(!a.project.qualities.contains(card));
    assert!(a.project.relationships.iter().all(|r| r.quality != card));
    let s = status(&a);
    assert!(
        s.starts_with("Deleted Q1 “The beam") && s.contains("House of Quality"),
        "{s}"
    );
    keys(&mut a, "u");
    assert_eq!(a.project, before);
}

#[test]
fn several_consequences_are_listed_with_the_language_s_punctuation() {
    // G1 of the Chinese sample holds cards and has AHP comparisons among them.
    let mut a = app(sample("water-heater.zh.ron"), Lang::Zh);
    keys(&mut a, "4");
    select(&mut a, Node::Group(g(1)));
    keys(&mut a, "d");
    let Mode::Affinity(Popup::ConfirmDelete { question, .. }) = &a.mode else {
        panic!("{:?}", a.mode)
    };
    assert!(question.contains("张卡片移入 G8；"), "{question}");
    assert!(question.contains("条 AHP 比较一并删除"), "{question}");
    assert!(!question.contains(';'), "{question}");
}

#[test]
fn deleting_an_island_says_where_its_cards_go() {
    for (lang, one, two) in [
        (
            Lang::En,
            "its 1 card goes back to the unplaced cards",
            "its 2 cards go into G3",
        ),
        (Lang::Zh, "其 1 张卡片退回未归组", "其 2 张卡片移入 G3"),
    ] {
        let mut a = app(cards(), lang);
        keys(&mut a, "4");
        island(&mut a, &[1], "The battery lasts long");
        island(&mut a, &[3, 4], "The beam shows the road");
        select(&mut a, Node::Group(g(2)));
        keys(&mut a, "space n");
        type_text(&mut a, "The light works on every ride");
        keys(&mut a, "enter");
        select(&mut a, Node::Group(g(1)));
        keys(&mut a, "d");
        let Mode::Affinity(Popup::ConfirmDelete { question, .. }) = &a.mode else {
            panic!("{:?}", a.mode)
        };
        assert!(question.contains(one), "{question}");

        keys(&mut a, "esc");
        assert!(a.project.groups.contains(g(1)));
        keys(&mut a, "d y");
        assert!(!a.project.groups.contains(g(1)));
        assert_eq!(a.project.qualities.get(q(1)).unwrap().group, None);
        assert!(status(&a).contains(one), "{}", status(&a));
        // The cards of a nested island move up into the island above.
        select(&mut a, Node::Group(g(2)));
        keys(&mut a, "d y");
        assert!(status(&a).contains(two), "{}", status(&a));
        assert_eq!(arrange::cards_of(&a.project, g(3)), [q(3), q(4)]);
        keys(&mut a, "u u");
        assert_eq!(arrange::cards_of(&a.project, g(1)), [q(1)]);
        assert_eq!(arrange::cards_of(&a.project, g(2)), [q(3), q(4)]);
    }
}

#[test]
fn arrangement_messages_agree_with_their_counts() {
    for lang in [Lang::En, Lang::Zh] {
        let expect = |en: &str, zh: &str| match lang {
            Lang::En => en.to_string(),
            Lang::Zh => zh.to_string(),
        };
        let mut a = app(cards(), lang);
        keys(&mut a, "4");
        // The name prompt of an island of one card.
        keys(&mut a, "i");
        let s = screen(&a, 80, 24);
        let prompt = expect(
            "Name the new island of 1 card ",
            "为 1 张卡片组成的新岛命名",
        );
        assert!(s.contains(&prompt), "{s}");
        keys(&mut a, "esc");
        island(&mut a, &[1], "The battery lasts long");
        assert_eq!(
            status(&a),
            expect("make island G1 of 1 card", "组成岛 G1（1 张卡片）")
        );
        island(&mut a, &[2, 3], "The beam shows the road");
        assert_eq!(
            status(&a),
            expect("make island G2 of 2 cards", "组成岛 G2（2 张卡片）")
        );
        island(&mut a, &[4, 5], "The light stays put");
        // Moving one card, then two.
        a.affinity.focus = Focus::Left;
        a.affinity.card_sel = Some(q(6));
        keys(&mut a, "m");
        type_text(&mut a, "g1");
        keys(&mut a, "enter");
        assert_eq!(status(&a), expect("move 1 entry to G1", "把 1 项移到 G1"));
        a.affinity.card_sel = Some(q(7));
        keys(&mut a, "space space m");
        type_text(&mut a, "g1");
        keys(&mut a, "enter");
        assert_eq!(status(&a), expect("move 2 entries to G1", "把 2 项移到 G1"));
        // Merging one island, then two.
        select(&mut a, Node::Group(g(2)));
        keys(&mut a, "space");
        select(&mut a, Node::Group(g(1)));
        keys(&mut a, "M");
        assert_eq!(
            status(&a),
            expect("merge 1 island into G1", "把 1 个岛合并到 G1")
        );
        keys(&mut a, "u");
        select(&mut a, Node::Group(g(2)));
        keys(&mut a, "space");
        select(&mut a, Node::Group(g(3)));
        keys(&mut a, "space");
        select(&mut a, Node::Group(g(1)));
        keys(&mut a, "M");
        assert_eq!(
            status(&a),
            expect("merge 2 islands into G1", "把 2 个岛合并到 G1")
        );
    }
}

/// The width of the unplaced pane: where its right border meets the tree's left border.
fn left_width(s: &str) -> usize {
    let line = s.lines().nth(1).unwrap().trim_matches('"');
    line.chars().position(|c| c == '┐').unwrap() + 1
}

#[test]
fn the_panes_share_the_width_by_what_they_hold() {
    // No islands yet: the unplaced cards get most of the width and show their whole text.
    let mut a = app(cards(), Lang::En);
    keys(&mut a, "4");
    let s = screen(&a, 80, 24);
    assert!(left_width(&s) >= 54, "{s}");
    for text in CARDS {
        assert!(s.contains(text), "{text}\n{s}");
    }
    let wide = screen(&a, 200, 60);
    assert!(left_width(&wide) >= 100, "{wide}");
    // Everything placed: the tree gets most of it, the unplaced pane keeps a usable minimum.
    for (n, cards) in [[1, 2, 7, 0], [3, 4, 8, 0], [5, 6, 0, 0]]
        .iter()
        .enumerate()
    {
        let cards: Vec<u32> = cards.iter().copied().filter(|c| *c > 0).collect();
        island(&mut a, &cards, &format!("Island number {}", n + 1));
    }
    assert!(a.affinity_rows().unplaced.is_empty());
    let s = screen(&a, 80, 24);
    let w = left_width(&s);
    assert!((20..=30).contains(&w), "{w}\n{s}");
    assert!(s.contains(CARDS[7]), "{s}");
    // Both hold cards: neither pane is squeezed below the minimum at 80 columns.
    let a = arranging("bike-light.en.ron", Lang::En);
    let s = screen(&a, 80, 24);
    assert!((28..=52).contains(&left_width(&s)), "{s}");
}

#[test]
fn split_width_gives_each_pane_what_it_needs_within_bounds() {
    use crate::tui::view::affinity::split_width;
    // Tree empty: the unplaced pane takes all but the tree's minimum.
    assert_eq!(split_width(80, 20, (8, 50), (0, 0)), 80 - 26);
    // Nothing unplaced: the unplaced pane keeps its minimum.
    assert_eq!(split_width(80, 20, (0, 0), (30, 70)), 22);
    // Both fit: each gets its widest line, the rest shared by rows.
    let l = split_width(200, 50, (10, 60), (10, 60));
    assert_eq!(l, 100);
    // Neither fits: shared by rows × width, never below the minimum.
    let l = split_width(80, 20, (1, 70), (40, 70));
    assert_eq!(l, 28);
    let l = split_width(80, 20, (20, 70), (20, 70));
    assert_eq!(l, 40);
    // A very narrow terminal still splits without panicking.
    assert!(split_width(10, 3, (5, 50), (5, 50)) <= 10);
}
