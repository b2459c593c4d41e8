//! Keys that work on every step: undo and redo, read-only refusing edits, changing steps, the
//! help overlay, and random key sequences that must draw and undo back to the start.

use std::path::PathBuf;

use super::app::{App, Mode, Step};
use super::keymap::Keymap;
use super::strings::Lang;
use super::test_support::{app, chinese, english, keys, screen, settings, type_text};
use crate::model::*;

#[test]
fn undo_and_redo_walk_the_history() {
    let mut a = app(english(), Lang::En);
    let before = a.project.clone();
    keys(&mut a, "a");
    type_text(&mut a, "x");
    keys(&mut a, "enter esc");
    keys(&mut a, "d");
    assert_eq!(a.project.remarks.len(), 2);
    keys(&mut a, "u");
    assert_eq!(a.project.remarks.len(), 3);
    keys(&mut a, "ctrl-z");
    assert_eq!(a.project.remarks, before.remarks);
    assert!(!a.is_dirty());
    keys(&mut a, "ctrl-r");
    assert!(a.project.remarks.contains(RemarkId(3)));
    keys(&mut a, "ctrl-y");
    assert_eq!(a.project.remarks.len(), 2);
    keys(&mut a, "ctrl-y");
    assert_eq!(a.status.as_ref().unwrap().text, "Nothing to redo");
}

#[test]
fn read_only_refuses_every_edit_with_a_message() {
    let mut s = settings(Lang::En);
    s.read_only = true;
    let mut a = App::new(english(), PathBuf::from("x.ron"), s);
    let before = a.project.clone();
    for k in ["a", "d", "enter", "s", "ctrl-s", "u"] {
        keys(&mut a, k);
        assert_eq!(a.mode, Mode::Browse, "{k}");
        let st = a.status.clone().unwrap();
        assert!(st.error && st.text.starts_with("Read-only"), "{k}: {st:?}");
    }
    assert_eq!(a.project, before);
    keys(&mut a, "q");
    assert!(a.quit);
}

#[test]
fn steps_change_by_digit_and_tab() {
    let mut a = app(english(), Lang::En);
    keys(&mut a, "7");
    assert_eq!(a.step, Step::Report);
    keys(&mut a, "tab");
    assert_eq!(a.step, Step::Remarks);
    keys(&mut a, "shift-tab shift-tab");
    assert_eq!(a.step, Step::Hoq);
    keys(&mut a, "3");
    assert_eq!(a.step, Step::Qualities);
}

#[test]
fn the_help_overlay_lists_every_binding_of_the_keymap() {
    let mut patch = std::collections::BTreeMap::new();
    patch.insert("kano".to_string(), vec!["K".to_string()]);
    let mut a = app(english(), Lang::En);
    a.keymap = Keymap::patched(&patch).0;
    let text: String = super::view::help_lines(&a, 200)
        .iter()
        .map(|l| l.to_string() + "\n")
        .collect();
    for (c, _) in a.keymap.bindings() {
        let keys = a.keymap.keys_text(*c);
        assert!(
            text.lines()
                .any(|l| l.contains(a.t(c.describe())) && l.contains(&keys)),
            "{} ({keys}) missing from the help",
            c.name()
        );
    }
    assert!(text.contains("K "));
    keys(&mut a, "?");
    assert!(matches!(a.mode, Mode::Help { .. }));
    let s = screen(&a, 80, 24);
    assert!(s.contains("Ctrl-s"), "{s}");
    keys(&mut a, "esc");
    assert_eq!(a.mode, Mode::Browse);
}

mod random {
    use super::*;
    use proptest::prelude::*;

    const TOKENS: &[&str] = &[
        "a",
        "enter",
        "esc",
        "d",
        "u",
        "ctrl-r",
        "1",
        "2",
        "3",
        "5",
        "right",
        "left",
        "up",
        "down",
        "home",
        "end",
        "pagedown",
        "l",
        "x",
        "k",
        "o",
        "t",
        "f",
        "p",
        "g",
        "s",
        "w",
        "tab",
        "shift-tab",
        "/",
        "?",
        "ctrl-t",
        "backspace",
        "#hello",
        "#水温稳定",
        "#a, b",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Any sequence of keys draws without panicking, and undoing every edit brings back
        /// the project it started from.
        #[test]
        fn any_keys_draw_and_undo_back_to_the_start(
            seq in proptest::collection::vec(0..TOKENS.len(), 1..60),
            zh in any::<bool>(),
        ) {
            let (project, lang) = if zh { (chinese(), Lang::Zh) } else { (english(), Lang::En) };
            let start = project.clone();
            let mut a = app(project, lang);
            for i in seq {
                match TOKENS[i].strip_prefix('#') {
                    Some(text) => type_text(&mut a, text),
                    None => keys(&mut a, TOKENS[i]),
                }
                screen(&a, 80, 24);
            }
            keys(&mut a, "esc esc esc");
            while a.can_undo() {
                keys(&mut a, "u");
            }
            prop_assert_eq!(&a.project.remarks, &start.remarks);
            prop_assert_eq!(&a.project.items, &start.items);
            prop_assert_eq!(&a.project.qualities, &start.qualities);
            prop_assert_eq!(&a.project.respondents, &start.respondents);
            prop_assert_eq!(&a.project.segments, &start.segments);
            prop_assert!(!a.is_dirty());
        }
    }
}
