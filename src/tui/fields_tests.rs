//! Fields the screens had no key for, set the way a person does: keys through `handle_key`,
//! then the project, the screen and undo checked.

use super::strings::Lang;
use super::tests::{app, chinese, english, keys, screen, type_text};
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
