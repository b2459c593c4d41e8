//! Random workshops on the sample projects: any keys keep the project valid and undo to the file.

use std::path::Path;

use proptest::prelude::*;

use super::super::action::Command;
use super::super::app::{App, Settings};
use super::super::keymap::Keymap;
use super::super::strings::Lang;
use super::super::test_support::{keys, screen, type_text};
use crate::model::validate::validate;
use crate::store;

/// Every key the default keymap binds, plus what a facilitator types into entries: answers,
/// editing keys, digits and decimals, English and Chinese text.
fn tokens() -> Vec<String> {
    let mut t: Vec<String> = Command::ALL
        .iter()
        .flat_map(|c| c.default_keys().iter().map(|k| k.to_string()))
        .filter(|k| k != "ctrl-c" && k != "q")
        .collect();
    t.sort();
    t.dedup();
    for extra in [
        "enter",
        "esc",
        "tab",
        "backspace",
        "y",
        "n",
        "left",
        "right",
        "ctrl-u",
        "ctrl-w",
    ] {
        t.push(extra.to_string());
    }
    for text in [
        "#3",
        "#3.5",
        "#1,5",
        "#4",
        "#0",
        "#9",
        "#-1",
        "#abc",
        "#the lid shuts firmly",
        "#热水来得快",
        "#能很快地出热水",
        "#a, b",
    ] {
        t.push(text.to_string());
    }
    t
}

fn sample(name: &str) -> (std::path::PathBuf, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("projects")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    (path, text)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// Any keys on a sample project: no panic, a valid project after every key, and undoing
    /// every edit gives back the file byte for byte.
    #[test]
    fn random_keys_on_the_samples_keep_the_project_valid_and_undo_to_the_file(
        seq in proptest::collection::vec(any::<prop::sample::Index>(), 1..80),
        zh in any::<bool>(),
    ) {
        let tokens = tokens();
        let (name, lang) = if zh {
            ("water-heater.zh.ron", Lang::Zh)
        } else {
            ("bike-light.en.ron", Lang::En)
        };
        let (src, text) = sample(name);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::copy(&src, &path).unwrap();
        let settings = Settings { read_only: false, lang, keymap: Keymap::default(), color: false };
        let mut a = App::start(&path, settings).unwrap();
        let mut done: Vec<&str> = Vec::new();
        for ix in seq {
            let tok = ix.get(&tokens);
            done.push(tok);
            match tok.strip_prefix('#') {
                Some(t) => type_text(&mut a, t),
                None => keys(&mut a, tok),
            }
            let problems = validate(&a.project);
            prop_assert!(problems.is_empty(), "after {done:?}: {problems:?}");
            screen(&a, 80, 24);
        }
        screen(&a, 200, 60);
        for _ in 0..4 {
            keys(&mut a, "esc");
        }
        // Leave any question unanswered, then undo everything.
        while a.can_undo() {
            keys(&mut a, "u");
            if !matches!(a.mode, super::super::app::Mode::Browse) {
                keys(&mut a, "esc");
            }
        }
        // A save during the run put its ids on disk: they stay issued (never reused), so
        // then only the records must be back; otherwise the whole file, byte for byte.
        let saved = std::fs::read_to_string(&path).unwrap() != text;
        let mut back = a.project.clone();
        if saved {
            let original = store::load(&src).unwrap().issued;
            prop_assert!(back.issued.remark >= original.remark && back.issued.segment >= original.segment);
            back.issued = original;
        }
        let back = store::to_ron(&back).unwrap();
        prop_assert!(back == text, "undoing everything after {done:?} did not give back {name}");
    }
}
