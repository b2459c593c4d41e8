//! The live workshop as a facilitator runs it: key sequences through the same path a terminal
//! uses (`handle_key` for keys, `handle_event` for a bracketed paste), in English and Chinese, then
//! the project or the screen is checked.

use ratatui::crossterm::event::Event;

use super::app::{Focus, Mode, Question, Step};
use super::handle_event;
use super::strings::Lang;
use super::test_support::{app, chinese, english, keys, screen, type_text};
use crate::model::*;

/// A bracketed paste, as the terminal sends it.
fn paste(a: &mut super::App, text: &str) {
    handle_event(a, &Event::Paste(text.to_string()));
}

fn status(a: &super::App) -> String {
    a.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

// ----- the next remark, the next item -----

#[test]
fn items_go_to_the_remark_selected_after_down() {
    for (project, lang, first, second) in [
        (english(), Lang::En, "lights in gusts", "fits the pot"),
        (chinese(), Lang::Zh, "风大也能点着", "能放进锅里"),
    ] {
        let mut a = app(project, lang);
        keys(&mut a, "2 a");
        type_text(&mut a, first);
        // Enter stores it, the empty Enter ends the entry; Down is the next remark.
        keys(&mut a, "enter enter down a");
        type_text(&mut a, second);
        keys(&mut a, "enter enter");
        let on = |r: u32| -> Vec<String> {
            a.items_of(RemarkId(r))
                .iter()
                .map(|i| i.text.clone())
                .collect()
        };
        assert!(on(1).contains(&first.to_string()), "{lang:?}");
        assert!(!on(1).contains(&second.to_string()), "{lang:?}");
        assert!(on(2).contains(&second.to_string()), "{lang:?}");
        assert_eq!(a.items_focus, Focus::Left);
    }
}

#[test]
fn statements_go_to_the_item_selected_after_down() {
    let mut a = app(english(), Lang::En);
    keys(&mut a, "3 a");
    type_text(&mut a, "the flame stays lit in strong wind");
    keys(&mut a, "enter enter down a");
    type_text(&mut a, "the stove fits in the cooking pot");
    keys(&mut a, "enter esc");
    let of = |i: u32| -> Vec<String> {
        a.project
            .qualities
            .iter()
            .filter(|q| q.items.contains(&ItemId(i)))
            .map(|q| q.text.clone())
            .collect()
    };
    assert!(of(1).contains(&"the flame stays lit in strong wind".to_string()));
    assert!(of(2).contains(&"the stove fits in the cooking pot".to_string()));
    assert_eq!(a.qualities_focus, Focus::Left);
}

// ----- pasting a block of remarks -----

#[test]
fn a_pasted_block_with_cr_line_ends_becomes_one_remark_per_line() {
    for (lang, block, want) in [
        (
            Lang::En,
            "too heavy\rtoo loud\rhard to clean",
            ["too heavy", "too loud", "hard to clean"],
        ),
        (
            Lang::Zh,
            "太重了\r太吵了\r不好清洗\r",
            ["太重了", "太吵了", "不好清洗"],
        ),
    ] {
        let mut a = app(english(), lang);
        keys(&mut a, "a");
        paste(&mut a, block);
        let texts: Vec<&str> = a.project.remarks.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts[2..], want, "{lang:?}");
        // Nothing is left unsaved in the entry.
        match &a.mode {
            Mode::Input(i) => assert_eq!(i.field.value(), ""),
            m => panic!("{m:?}"),
        }
    }
}

#[test]
fn a_pasted_block_with_lf_line_ends_enters_the_last_line_too() {
    let mut a = app(english(), Lang::En);
    keys(&mut a, "a");
    paste(&mut a, "too heavy\ntoo loud");
    keys(&mut a, "esc");
    let texts: Vec<&str> = a.project.remarks.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(texts[2..], ["too heavy", "too loud"]);
    assert!(a.draft.is_none());
}

#[test]
fn a_pasted_block_in_an_edit_keeps_its_lines_apart() {
    let mut a = app(english(), Lang::En);
    keys(&mut a, "enter ctrl-u");
    paste(&mut a, "first line\rsecond line");
    keys(&mut a, "enter");
    assert_eq!(
        a.project.remarks.get(RemarkId(1)).unwrap().text,
        "first line second line"
    );
}

// ----- deletes say what goes and ask -----

#[test]
fn deleting_a_remark_with_items_asks_and_names_what_goes() {
    for (project, lang, keep, gone) in [
        (english(), Lang::En, "Nothing deleted", "Deleted R1"),
        (chinese(), Lang::Zh, "未删除任何内容", "已删除 R1"),
    ] {
        let mut a = app(project, lang);
        let before = a.project.clone();
        keys(&mut a, "d");
        assert_eq!(
            a.mode,
            Mode::Ask(Question::Delete(EntityId::Remark(RemarkId(1))))
        );
        let s = screen(&a, 100, 30);
        assert!(
            s.contains("I1"),
            "{lang:?}: the question names the item\n{s}"
        );
        keys(&mut a, "n");
        assert_eq!(a.project, before);
        assert_eq!(status(&a), keep);
        keys(&mut a, "d y");
        assert!(!a.project.remarks.contains(RemarkId(1)));
        assert!(status(&a).starts_with(gone), "{lang:?}: {}", status(&a));
        keys(&mut a, "u");
        assert_eq!(a.project, before);
    }
}

#[test]
fn deleting_a_remark_nothing_depends_on_is_immediate_and_named() {
    let mut a = app(english(), Lang::En);
    keys(&mut a, "a");
    type_text(&mut a, "a passing thought");
    keys(&mut a, "enter esc d");
    assert_eq!(a.mode, Mode::Browse);
    assert!(!a.project.remarks.contains(RemarkId(3)));
    assert_eq!(status(&a), "Deleted R3 “a passing thought”; undo with u");
}

#[test]
fn deleting_an_item_with_statements_asks_on_the_items_step() {
    let mut a = app(english(), Lang::En);
    keys(&mut a, "2 right d");
    assert_eq!(
        a.mode,
        Mode::Ask(Question::Delete(EntityId::Item(ItemId(1))))
    );
    assert!(screen(&a, 100, 30).contains("Q1"));
    keys(&mut a, "esc");
    assert!(a.project.items.contains(ItemId(1)));
}

// ----- Esc keeps a draft -----

#[test]
fn esc_on_typed_text_keeps_a_draft_for_the_next_entry() {
    for (lang, text) in [(Lang::En, "the strap snaps"), (Lang::Zh, "绑带会断")] {
        let mut a = app(english(), lang);
        keys(&mut a, "a");
        type_text(&mut a, text);
        keys(&mut a, "esc");
        assert_eq!(a.mode, Mode::Browse);
        assert!(status(&a).contains('a'), "{lang:?}: {}", status(&a));
        assert_eq!(a.project.remarks.len(), 2);
        keys(&mut a, "a");
        match &a.mode {
            Mode::Input(i) => assert_eq!(i.field.value(), text),
            m => panic!("{m:?}"),
        }
        keys(&mut a, "enter esc");
        assert_eq!(a.project.remarks.get(RemarkId(3)).unwrap().text, text);
    }
}

#[test]
fn esc_on_a_changed_edit_keeps_a_draft_for_that_record_only() {
    let mut a = app(english(), Lang::En);
    keys(&mut a, "enter ctrl-u");
    type_text(&mut a, "rewritten");
    keys(&mut a, "esc");
    // Another remark's edit starts from its own text.
    keys(&mut a, "down enter");
    match &a.mode {
        Mode::Input(i) => assert_eq!(i.field.value(), "It should fit in my cooking pot"),
        m => panic!("{m:?}"),
    }
    keys(&mut a, "esc up enter");
    match &a.mode {
        Mode::Input(i) => assert_eq!(i.field.value(), "rewritten"),
        m => panic!("{m:?}"),
    }
    // An edit left unchanged keeps no draft.
    keys(&mut a, "enter enter esc");
    assert!(a.draft.is_none());
    assert_eq!(a.step, Step::Remarks);
}

// ----- help, key bar and the remark box at 80×24 -----

#[test]
fn help_opens_at_the_keys_of_the_current_step() {
    use super::strings::S;
    for (step, section) in [
        ("1", S::HelpRemarks),
        ("2", S::HelpItems),
        ("3", S::HelpQualities),
        ("4", S::HelpAffinity),
        ("5", S::HelpPlanning),
        ("6", S::HelpHoq),
        ("7", S::HelpReport),
    ] {
        for lang in [Lang::En, Lang::Zh] {
            let mut a = app(english(), lang);
            keys(&mut a, &format!("{step} ?"));
            assert!(matches!(a.mode, Mode::Help { .. }));
            let first = super::view::help_lines(&a, 100)[0].to_string();
            assert_eq!(first, a.t(section), "step {step}");
            let s = screen(&a, 80, 24);
            assert!(s.contains(a.t(section)), "step {step}\n{s}");
            keys(&mut a, "esc");
        }
    }
}

#[test]
fn the_key_bar_keeps_help_and_cuts_no_label() {
    for lang in [Lang::En, Lang::Zh] {
        for step in ["1", "2", "3", "4", "5", "6", "7"] {
            let mut a = app(english(), lang);
            keys(&mut a, step);
            let s = screen(&a, 80, 24);
            let bar = s.lines().last().unwrap();
            let help = if lang == Lang::En {
                "? help"
            } else {
                "? 帮助"
            };
            assert!(bar.contains(help), "step {step}: {bar}");
            assert!(!bar.contains('…'), "step {step}: {bar}");
        }
    }
}

#[test]
fn the_remark_box_on_the_items_step_wraps_with_the_id_and_an_ellipsis() {
    let mut p = chinese();
    let long = "洗澡时水温忽冷忽热，特别是冬天早上，真让人受不了。".repeat(8);
    let mut r = p.remarks.get(RemarkId(1)).unwrap().clone();
    r.text = long;
    p.apply(Edit::Put(Entity::Remark(r))).unwrap();
    let mut a = app(p, Lang::Zh);
    keys(&mut a, "2");
    let s = screen(&a, 80, 24);
    let lines: Vec<&str> = s.lines().collect();
    let first = lines.iter().position(|l| l.contains("│R1 ")).expect(&s);
    assert!(
        lines[first].contains("R1 洗澡"),
        "the id starts the text\n{s}"
    );
    assert!(lines[first + 3].contains('…'), "cut text ends in …\n{s}");
}

// ----- what next -----

fn status_bar(a: &super::App, w: u16) -> String {
    let s = screen(a, w, 24);
    s.lines().nth(22).unwrap().to_string()
}

#[test]
fn the_status_line_says_what_to_do_next_as_the_workshop_goes_on() {
    let empty = || Project::new(Meta::new("Kettle"));
    let mut a = app(empty(), Lang::En);
    assert!(status_bar(&a, 80).contains("No remarks yet — a adds one"));
    keys(&mut a, "a");
    type_text(&mut a, "the kettle is loud at night");
    keys(&mut a, "enter esc");
    assert!(
        status_bar(&a, 80).contains("Remarks without an item: 1 — press 2"),
        "{}",
        status_bar(&a, 80)
    );
    keys(&mut a, "2");
    assert!(status_bar(&a, 80).contains("Remarks without an item: 1 — a adds one"));
    keys(&mut a, "a");
    type_text(&mut a, "quiet boiling");
    keys(&mut a, "enter esc");
    assert!(status_bar(&a, 80).contains("Items without a demanded quality: 1 — press 3"));
    keys(&mut a, "3 a");
    type_text(&mut a, "the kettle boils quietly");
    keys(&mut a, "enter esc");
    assert!(status_bar(&a, 80).contains("Unplaced cards: 1 — press 4"));
    keys(&mut a, "4");
    assert!(
        status_bar(&a, 80).contains("Unplaced cards: 1 — Space marks, i groups"),
        "{}",
        status_bar(&a, 80)
    );

    let mut a = app(empty(), Lang::Zh);
    keys(&mut a, "a");
    type_text(&mut a, "晚上烧水声音太大");
    keys(&mut a, "enter esc");
    assert!(
        status_bar(&a, 80).contains("尚无要求项目的原始资料：1 — 按 2"),
        "{}",
        status_bar(&a, 80)
    );
}

// ----- the presentation view -----

#[test]
fn the_presentation_shows_the_selected_record_in_full_and_steps_through() {
    for (project, lang) in [(english(), Lang::En), (chinese(), Lang::Zh)] {
        let mut a = app(project, lang);
        let r1 = a.project.remarks.get(RemarkId(1)).unwrap().text.clone();
        keys(&mut a, "P");
        assert!(matches!(a.mode, Mode::Present(_)));
        let s = screen(&a, 80, 24);
        // The whole text is there, wrapped: every word of it is on the screen.
        let flat: String = s
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '│')
            .collect();
        let want: String = r1.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(flat.contains(&want), "{lang:?}\n{s}");
        // Its trace: the item drawn from it.
        assert!(s.contains("→ I1"), "{lang:?}\n{s}");
        keys(&mut a, "right");
        assert!(screen(&a, 80, 24).contains("R2"));
        keys(&mut a, "space");
        // At the last record it stays there.
        assert!(screen(&a, 80, 24).contains("R2"));
        keys(&mut a, "esc");
        assert_eq!(a.mode, Mode::Browse);
        // The step's selection follows what was shown last.
        assert_eq!(a.remark_sel, Some(RemarkId(2)));
    }
}

#[test]
fn the_presentation_of_a_card_shows_its_island_and_origins() {
    let mut a = app(english(), Lang::En);
    keys(&mut a, "3 P");
    let s = screen(&a, 200, 60);
    assert!(s.contains("the burner lights reliably in wind"), "{s}");
    assert!(s.contains("← I1 lights in wind"), "{s}");
    assert!(s.contains("← R1 The stove would not light"), "{s}");
    keys(&mut a, "down");
    assert!(screen(&a, 200, 60).contains("the stove is light and compact"));
    keys(&mut a, "P");
    assert_eq!(a.mode, Mode::Browse);
    assert!(a.project == english());
}

#[test]
fn the_presentation_on_an_empty_step_says_so() {
    let mut a = app(Project::new(Meta::new("empty")), Lang::En);
    keys(&mut a, "P");
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(status(&a), "Nothing to present on this step yet");
}

mod random;
mod settings;

#[test]
fn a_planning_cell_takes_a_decimal_comma_but_never_misreads_thousands() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/bike-light.en.ron");
    let mut a = app(crate::store::load(&path).unwrap(), Lang::En);
    keys(&mut a, "5");
    let q = a.plan_quality().unwrap();
    let before = a.project.qualities.get(q).unwrap().planning.importance;
    keys(&mut a, "enter ctrl-u");
    type_text(&mut a, "4,000");
    keys(&mut a, "enter");
    assert_eq!(
        a.project.qualities.get(q).unwrap().planning.importance,
        before
    );
    assert!(a.status.as_ref().is_some_and(|s| s.error), "{:?}", a.status);
    keys(&mut a, "ctrl-u");
    type_text(&mut a, "3,5");
    keys(&mut a, "enter");
    assert_eq!(
        a.project.qualities.get(q).unwrap().planning.importance,
        Some(3.5)
    );
}

#[test]
fn removing_a_competitor_names_it_in_the_status_line() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/bike-light.en.ron");
    let mut a = app(crate::store::load(&path).unwrap(), Lang::En);
    let first = a.project.competitors_in_order()[0].id;
    let name = a.project.competitors.get(first).unwrap().name.clone();
    keys(&mut a, "5 C d y");
    assert!(!a.project.competitors.contains(first));
    assert_eq!(status(&a), format!("Deleted {name}; undo with u"));
}

#[test]
fn a_following_app_reloads_each_save_and_keeps_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    crate::store::save(&english(), &path).unwrap();
    let mut s = super::test_support::settings(Lang::En);
    s.read_only = true;
    let mut a = super::App::start(&path, s).unwrap();
    a.follow();
    keys(&mut a, "down");
    assert_eq!(a.current_remark(Step::Remarks), Some(RemarkId(2)));
    let mut p = english();
    p.apply(Edit::Put(Entity::Remark(Remark::new(
        RemarkId(3),
        "the pot wobbles",
    ))))
    .unwrap();
    crate::store::save(&p, &path).unwrap();
    a.check_disk();
    assert_eq!(a.project.remarks.len(), 3);
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.current_remark(Step::Remarks), Some(RemarkId(2)));
    // Typing changes nothing.
    keys(&mut a, "a");
    assert!(a.status.as_ref().is_some_and(|s| s.error));
}

#[test]
fn a_suggested_name_that_is_only_a_card_shortened_says_it_is_a_draft() {
    use super::app::affinity::Popup;
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/bike-light.en.ron");
    let mut a = app(crate::store::load(&path).unwrap(), Lang::En);
    keys(&mut a, "4 right S");
    let Mode::Affinity(Popup::Suggestions { proposals, .. }) = &mut a.mode else {
        panic!("{:?}", a.mode)
    };
    for p in proposals.iter_mut() {
        p.draft = false;
    }
    assert!(!screen(&a, 120, 40).contains("draft name"));
    if let Mode::Affinity(Popup::Suggestions { proposals, .. }) = &mut a.mode {
        proposals[0].draft = true;
    }
    let s = screen(&a, 120, 40);
    let line = s.lines().find(|l| l.contains("  1. ")).unwrap_or_default();
    assert!(line.contains("draft name"), "{s}");
}
