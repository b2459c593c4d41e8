//! Snapshots of every screen on a test backend, in English and Chinese, at 80×24 and 160×48,
//! and drawing on tiny terminals.

use std::path::Path;

use super::app::App;
use super::strings::Lang;
use super::test_support::{app, chinese, english, keys, screen, settings, type_text};
use crate::model::*;

fn snap(name: &str, a: &App) {
    for (w, h) in [(80, 24), (160, 48)] {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(a, w, h));
    }
}

#[test]
fn snapshots_of_every_step() {
    for (lang, project, tag) in [(Lang::En, english(), "en"), (Lang::Zh, chinese(), "zh")] {
        let mut a = app(project, lang);
        snap(&format!("remarks_{tag}"), &a);
        keys(&mut a, "2");
        snap(&format!("items_{tag}"), &a);
        keys(&mut a, "right");
        snap(&format!("items_focus_{tag}"), &a);
        keys(&mut a, "3 right");
        snap(&format!("qualities_{tag}"), &a);
        for (key, name) in [
            ("4", "affinity"),
            ("5", "planning"),
            // On the planning table digits type into cells; Tab moves on.
            ("tab", "hoq"),
            ("7", "report"),
        ] {
            keys(&mut a, key);
            snap(&format!("{name}_{tag}"), &a);
        }
        keys(&mut a, "1 ?");
        snap(&format!("help_{tag}"), &a);
    }
}

#[test]
fn snapshots_of_entry_pickers_and_questions() {
    let mut a = app(english(), Lang::En);
    keys(&mut a, "a");
    type_text(
        &mut a,
        "a very long remark that will not fit on one line of an eighty column terminal at all",
    );
    snap("entry_long_en", &a);
    keys(&mut a, "esc p");
    type_text(&mut a, "Be");
    snap("picker_respondent_en", &a);
    keys(&mut a, "esc w");
    snap("scene_form_en", &a);
    keys(&mut a, "esc 3 a");
    type_text(&mut a, "the lid does not leak");
    snap("qualities_typing_en", &a);

    let mut z = app(chinese(), Lang::Zh);
    keys(&mut z, "3 a");
    type_text(&mut z, "长续航");
    snap("qualities_typing_zh", &z);
    keys(&mut z, "esc 1 a");
    type_text(
        &mut z,
        "洗澡时水温忽冷忽热特别是冬天早上真让人受不了希望热水器能一直保持温度稳定",
    );
    snap("entry_long_zh", &z);
    keys(&mut z, "enter esc q");
    snap("ask_quit_zh", &z);
}

#[test]
fn snapshots_of_an_empty_project_and_read_only() {
    let a = app(Project::new(Meta::new("empty")), Lang::En);
    snap("remarks_empty_en", &a);
    let mut s = settings(Lang::Zh);
    s.read_only = true;
    let mut z = App::new(chinese(), Path::new("zh.ron").to_path_buf(), s);
    keys(&mut z, "a");
    snap("read_only_zh", &z);
}

#[test]
fn tiny_terminals_draw_without_panicking() {
    let mut a = app(chinese(), Lang::Zh);
    let scripts = [
        "", "2", "right", "3", "right", "right", "4", "1 a", "esc p", "esc w", "esc ?", "esc q",
    ];
    for script in scripts {
        keys(&mut a, script);
        for (w, h) in [(1, 1), (10, 4), (24, 8), (40, 12)] {
            screen(&a, w, h);
        }
    }
}

/// Every pane keeps its right border on every step, in Chinese at 80 columns: the affinity
/// step's "no islands yet" note ended in a full-width "。" that covered the border.
#[test]
fn wide_text_never_covers_a_border() {
    let mut a = app(chinese(), Lang::Zh);
    for key in ["1", "2", "3", "4", "5", "tab", "7"] {
        keys(&mut a, key);
        let text = screen(&a, 80, 24);
        // Each row is quoted, with the cells hidden behind wide characters noted after it.
        let rows = text
            .lines()
            .filter_map(|l| l.strip_prefix('"')?.split('"').next());
        for line in rows.filter(|l| l.starts_with('│')) {
            // The screen's last cell on a bordered row is a border, never text.
            let last = line.chars().last();
            assert!(
                matches!(last, Some('│' | '┐' | '┘' | '┤' | '║')),
                "step {key}: {line}"
            );
        }
    }
}
