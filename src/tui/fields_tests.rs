//! Fields the screens had no key for, set the way a person does: keys through `handle_key`,
//! then the project, the screen and undo checked.

use super::strings::Lang;
use super::test_support::{app, chinese, english, keys, screen, type_text};
use crate::model::*;

#[test]
fn a_remark_gets_its_tags_with_hash_shown_in_its_details_and_undone_with_u() {
    for (project, lang, label) in [(english(), Lang::En, "Tags"), (chinese(), Lang::Zh, "标签")] {
        let mut a = app(project, lang);
        keys(&mut a, "#");
        type_text(&mut a, "rain， night, rain");
        keys(&mut a, "enter");
        let tags = &a.project.remarks.get(RemarkId(1)).unwrap().tags;
        assert_eq!(tags, &["rain", "night"], "split on either comma, once each");
        let s = screen(&a, 120, 40);
        assert!(
            s.lines()
                .any(|l| l.contains(label) && l.contains("rain, night")),
            "{s}"
        );
        // Opened again it starts from the tags; emptied, it removes them.
        keys(&mut a, "# ctrl-u enter");
        assert!(a.project.remarks.get(RemarkId(1)).unwrap().tags.is_empty());
        keys(&mut a, "u");
        assert_eq!(
            a.project.remarks.get(RemarkId(1)).unwrap().tags,
            ["rain", "night"]
        );
        keys(&mut a, "u");
        assert!(a.project.remarks.get(RemarkId(1)).unwrap().tags.is_empty());
    }
}

#[test]
fn a_statement_is_linked_to_a_further_item_and_unlinked_with_l_and_shift_l() {
    let items =
        |a: &super::App, q: u32| a.project.qualities.get(QualityId(q)).unwrap().items.clone();
    for (lang, title) in [
        (Lang::En, "Link the statement to item"),
        (Lang::Zh, "将要求质量关联到要求项目"),
    ] {
        let mut a = app(english(), lang);
        keys(&mut a, "3 l");
        let s = screen(&a, 100, 30);
        assert!(
            s.contains(title) && s.contains("I2 small when packed"),
            "{s}"
        );
        let super::app::Mode::Picker(p) = &a.mode else {
            panic!("{:?}", a.mode)
        };
        let offered: Vec<String> = a.choices(p).into_iter().map(|c| c.0).collect();
        assert_eq!(
            offered,
            ["I2 small when packed"],
            "an item already linked is not offered"
        );
        type_text(&mut a, "small");
        keys(&mut a, "enter");
        assert_eq!(items(&a, 1), [ItemId(1), ItemId(2)]);
        // The selection follows the statement to the item it was linked to.
        assert_eq!(a.current_quality(), Some(QualityId(1)));
        keys(&mut a, "L");
        assert_eq!(items(&a, 1), [ItemId(1)]);
        // Unlinked from its last item, a statement moves to the team's row.
        keys(&mut a, "L");
        assert_eq!(items(&a, 2), Vec::<ItemId>::new());
        keys(&mut a, "u u u");
        assert_eq!(
            (items(&a, 1), items(&a, 2)),
            (vec![ItemId(1)], vec![ItemId(2)])
        );
    }
}
