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
