//! Tests of the Remarks step (1): continuous entry, deleting, respondents, segments and sources
//! by picker, the scene form, search, pasting, the cursor in Chinese text and the trace of a
//! remark; driven by keys as a person uses the screen.

use std::path::PathBuf;

use super::action::{Action, Command};
use super::app::{App, Mode, Step, update};
use super::strings::Lang;
use super::test_support::{app, chinese, cmd, english, keys, render, screen, settings, type_text};
use crate::model::*;

#[test]
fn remarks_are_entered_continuously_and_inherit_the_respondent() {
    let mut a = app(english(), Lang::En);
    cmd(&mut a, Command::Add);
    type_text(&mut a, "the flame goes out");
    update(&mut a, Action::Confirm);
    type_text(&mut a, "火太小");
    update(&mut a, Action::Confirm);
    // An empty Enter ends the entry.
    update(&mut a, Action::Confirm);
    assert_eq!(a.mode, Mode::Browse);
    let r3 = a.project.remarks.get(RemarkId(3)).unwrap();
    assert_eq!(r3.text, "the flame goes out");
    assert_eq!(r3.respondent, Some(RespondentId(1)));
    assert_eq!(r3.source, Source::Interview);
    assert_eq!(a.project.remarks.get(RemarkId(4)).unwrap().text, "火太小");
    assert_eq!(a.remark_sel, Some(RemarkId(4)));
    assert!(a.is_dirty());
}

#[test]
fn deleting_a_remark_unlinks_its_items_and_is_undoable() {
    let mut a = app(english(), Lang::En);
    let before = a.project.clone();
    keys(&mut a, "d y");
    assert!(!a.project.remarks.contains(RemarkId(1)));
    assert_eq!(
        a.project.items.get(ItemId(2)).unwrap().remarks,
        vec![RemarkId(2)]
    );
    assert_eq!(a.remark_sel, Some(RemarkId(2)));
    keys(&mut a, "u");
    assert_eq!(a.project, before);
}

#[test]
fn respondents_and_segments_are_picked_or_created() {
    let mut a = app(english(), Lang::En);
    keys(&mut a, "down p");
    type_text(&mut a, "Ben");
    keys(&mut a, "enter");
    let r2 = a.project.remarks.get(RemarkId(2)).unwrap().clone();
    let ben = a.project.respondent_by_label("Ben").unwrap().clone();
    assert_eq!(r2.respondent, Some(ben.id));
    // A segment for a remark with a respondent goes to the respondent.
    keys(&mut a, "g");
    type_text(&mut a, "hik");
    keys(&mut a, "enter");
    assert_eq!(
        a.project.respondents.get(ben.id).unwrap().segment,
        Some(SegmentId(1))
    );
    // Source by picker.
    keys(&mut a, "s");
    type_text(&mut a, "complaint");
    keys(&mut a, "enter");
    assert_eq!(
        a.project.remarks.get(RemarkId(2)).unwrap().source,
        Source::Complaint
    );
    // The whole respondent creation undoes as one step.
    keys(&mut a, "u u u");
    assert!(a.project.respondent_by_label("Ben").is_none());
}

#[test]
fn the_scene_form_sets_5w1h() {
    let mut a = app(chinese(), Lang::Zh);
    keys(&mut a, "w");
    type_text(&mut a, "王女士");
    keys(&mut a, "tab tab");
    type_text(&mut a, "冬天早上");
    keys(&mut a, "enter");
    let s = &a.project.remarks.get(RemarkId(1)).unwrap().scene;
    assert_eq!(s.who.as_deref(), Some("王女士"));
    assert_eq!(s.r#where.as_deref(), Some("浴室"));
    assert_eq!(s.when.as_deref(), Some("冬天早上"));
}

#[test]
fn search_filters_the_list_and_esc_clears_it() {
    let mut a = app(english(), Lang::En);
    keys(&mut a, "/");
    type_text(&mut a, "POT");
    keys(&mut a, "enter");
    let rows: Vec<RemarkId> = a.remark_rows(Step::Remarks).iter().map(|r| r.id).collect();
    assert_eq!(rows, [RemarkId(2)]);
    assert_eq!(a.current_remark(Step::Remarks), Some(RemarkId(2)));
    keys(&mut a, "esc");
    assert_eq!(a.remark_rows(Step::Remarks).len(), 2);
}

#[test]
fn the_cursor_follows_chinese_text_in_cells() {
    let mut a = app(chinese(), Lang::Zh);
    keys(&mut a, "a");
    type_text(&mut a, "水温");
    let mut t = render(&a, 80, 24);
    let before = t.get_cursor_position().unwrap();
    type_text(&mut a, "稳定");
    let mut t2 = render(&a, 80, 24);
    let after = t2.get_cursor_position().unwrap();
    assert_eq!(after.x, before.x + 4);
    assert_eq!(after.y, 21);
    drop(t);
}

#[test]
fn saving_a_record_unchanged_adds_nothing_to_undo() {
    let mut a = app(english(), Lang::En);
    keys(&mut a, "enter enter");
    assert!(!a.can_undo());
    assert!(!a.is_dirty());
    keys(&mut a, "enter");
    type_text(&mut a, "!");
    keys(&mut a, "enter");
    assert!(a.can_undo());
}

#[test]
fn emptying_a_text_changes_nothing_and_says_so() {
    let mut a = app(english(), Lang::En);
    let before = a.project.clone();
    keys(&mut a, "enter ctrl-u enter");
    assert_eq!(a.project, before);
    assert_eq!(a.mode, Mode::Browse);
    assert!(a.status.as_ref().is_some_and(|s| s.error));
    // An empty Enter in continuous entry just ends it.
    keys(&mut a, "a enter");
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.status, None);
}

#[test]
fn pasting_several_lines_during_entry_adds_one_remark_per_line() {
    let mut a = app(english(), Lang::En);
    keys(&mut a, "a");
    type_text(&mut a, "from the survey: ");
    update(
        &mut a,
        Action::Paste("too heavy\n\n太吵了\r\nhard to clean".into()),
    );
    let texts: Vec<&str> = a.project.remarks.iter().map(|r| r.text.as_str()).collect();
    // Every line is entered, the last one too; the entry stays open and empty for more.
    assert_eq!(
        texts[2..],
        ["from the survey: too heavy", "太吵了", "hard to clean"]
    );
    match &a.mode {
        Mode::Input(i) => assert_eq!(i.field.value(), ""),
        m => panic!("{m:?}"),
    }
    keys(&mut a, "esc");
    // Elsewhere a paste stays on one line.
    keys(&mut a, "/");
    update(&mut a, Action::Paste("a\nb".into()));
    assert_eq!(a.filter(Step::Remarks), "a b");
}

#[test]
fn a_remark_traces_forward_to_its_items_cards_and_islands() {
    let mut a = App::new(
        crate::store::load(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/projects/bike-light.en.ron"
        )))
        .unwrap(),
        PathBuf::from("/nonexistent/bike.ron"),
        settings(Lang::En),
    );
    keys(&mut a, "t");
    let s = screen(&a, 100, 30);
    assert!(s.contains("Trace of R1"), "{s}");
    assert!(s.contains("I1 enough light on unlit paths"), "{s}");
    assert!(s.contains("Q1 The beam lights the road far ahead"), "{s}");
    assert!(
        s.contains("G9 The light keeps the rider safe on the road"),
        "{s}"
    );
    assert!(s.contains("P1 C-01"), "{s}");
    keys(&mut a, "esc");
    assert!(matches!(a.mode, Mode::Browse));
}
