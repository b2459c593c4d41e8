//! Tests of the terminal app: update logic driven by actions and keys, and snapshots of every
//! screen on a test backend, in English and Chinese, at 80×24 and 160×48.

use std::path::{Path, PathBuf};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Command};
use super::app::{App, Focus, Mode, Question, Settings, Slot, Step, update};
use super::keymap::{KeyChord, Keymap};
use super::strings::Lang;
use super::{Rescue, handle_key, rescue_message};
use crate::model::*;
use crate::store;

pub(super) fn settings(lang: Lang) -> Settings {
    Settings {
        read_only: false,
        lang,
        keymap: Keymap::default(),
        color: false,
    }
}

pub(super) fn put(p: &mut Project, e: Entity) {
    p.apply(Edit::Put(e)).unwrap();
}

/// A small English project: two remarks from one respondent, items, qualities.
pub(super) fn english() -> Project {
    let mut p = Project::new(Meta::new("Camping stove"));
    put(
        &mut p,
        Entity::Segment(Segment {
            id: SegmentId(1),
            name: "hikers".into(),
            weight: None,
        }),
    );
    put(
        &mut p,
        Entity::Respondent(Respondent {
            id: RespondentId(1),
            label: "Anna".into(),
            segment: Some(SegmentId(1)),
            attributes: Default::default(),
        }),
    );
    let mut r = Remark::new(
        RemarkId(1),
        "The stove would not light in the wind last weekend and my hands got cold",
    );
    r.respondent = Some(RespondentId(1));
    r.source = Source::Interview;
    r.scene.set("where", "campsite on a ridge");
    r.scene.set("when", "windy evening");
    put(&mut p, Entity::Remark(r));
    let mut r = Remark::new(RemarkId(2), "It should fit in my cooking pot");
    r.source = Source::Questionnaire(Some(QuestionKind::Wish));
    put(&mut p, Entity::Remark(r));
    put(
        &mut p,
        Entity::Item(Item {
            id: ItemId(1),
            text: "lights in wind".into(),
            remarks: vec![RemarkId(1)],
        }),
    );
    put(
        &mut p,
        Entity::Item(Item {
            id: ItemId(2),
            text: "small when packed".into(),
            remarks: vec![RemarkId(2), RemarkId(1)],
        }),
    );
    let mut q = Quality::new(QualityId(1), "the burner lights reliably in wind");
    q.items = vec![ItemId(1)];
    q.kano = Kano::MustBe;
    q.tags = vec!["complaint".into()];
    put(&mut p, Entity::Quality(q));
    let mut q = Quality::new(QualityId(2), "the stove is light and compact");
    q.items = vec![ItemId(2)];
    put(&mut p, Entity::Quality(q));
    p
}

/// A small Chinese project.
pub(super) fn chinese() -> Project {
    let mut p = Project::new(Meta::new("热水器"));
    put(
        &mut p,
        Entity::Respondent(Respondent {
            id: RespondentId(1),
            label: "王女士".into(),
            segment: None,
            attributes: Default::default(),
        }),
    );
    let mut r = Remark::new(
        RemarkId(1),
        "洗澡时水温忽冷忽热，特别是冬天早上，真让人受不了",
    );
    r.respondent = Some(RespondentId(1));
    r.source = Source::Complaint;
    r.scene.set("where", "浴室");
    put(&mut p, Entity::Remark(r));
    put(
        &mut p,
        Entity::Remark(Remark::new(RemarkId(2), "希望打开就有热水")),
    );
    put(
        &mut p,
        Entity::Item(Item {
            id: ItemId(1),
            text: "水温稳定".into(),
            remarks: vec![RemarkId(1)],
        }),
    );
    let mut q = Quality::new(QualityId(1), "帐篷轻并且结实");
    q.items = vec![ItemId(1)];
    put(&mut p, Entity::Quality(q));
    let mut q = Quality::new(QualityId(2), "出水温度稳定");
    q.items = vec![ItemId(1)];
    q.kano = Kano::OneDimensional;
    put(&mut p, Entity::Quality(q));
    p
}

pub(super) fn app(project: Project, lang: Lang) -> App {
    App::new(
        project,
        PathBuf::from("/nonexistent/stove.ron"),
        settings(lang),
    )
}

pub(super) fn cmd(app: &mut App, c: Command) {
    update(app, Action::Cmd(c));
}

pub(super) fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        handle_key(app, &KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

/// Presses keys written as in the keymap file, separated by spaces: "a", "enter", "ctrl-s".
pub(super) fn keys(app: &mut App, keys: &str) {
    for k in keys.split_whitespace() {
        let chord = KeyChord::parse(k).unwrap();
        handle_key(app, &KeyEvent::new(chord.code, chord.mods));
    }
}

pub(super) fn render(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| super::view::view(app, f)).unwrap();
    t
}

pub(super) fn screen(app: &App, w: u16, h: u16) -> String {
    render(app, w, h).backend().to_string()
}

// ----- update logic -----

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
fn quitting_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    store::save(&english(), &path).unwrap();
    let mut a = App::start(&path, settings(Lang::En)).unwrap();
    keys(&mut a, "a");
    type_text(&mut a, "new");
    keys(&mut a, "enter esc q");
    assert_eq!(a.mode, Mode::Ask(Question::QuitUnsaved));
    assert!(!a.quit);
    keys(&mut a, "esc");
    assert_eq!(a.mode, Mode::Browse);
    keys(&mut a, "q s");
    assert!(a.quit);
    assert!(store::load(&path).unwrap().remarks.contains(RemarkId(3)));
}

#[test]
fn items_split_a_remark_and_link_to_further_remarks() {
    let mut a = app(english(), Lang::En);
    keys(&mut a, "2 down a");
    // The keyboard stays on the remarks, so after the entry Down goes to the next remark.
    assert_eq!(a.items_focus, Focus::Left);
    type_text(&mut a, "fits in a pot");
    keys(&mut a, "enter");
    type_text(&mut a, "light to carry");
    keys(&mut a, "enter esc");
    let items: Vec<&str> = a
        .items_of(RemarkId(2))
        .iter()
        .map(|i| i.text.as_str())
        .collect();
    assert_eq!(
        items,
        ["small when packed", "fits in a pot", "light to carry"]
    );
    assert_eq!(a.current_item(), Some(ItemId(4)));
    // Link I4 to R1 through the picker, filtering by typing.
    keys(&mut a, "l");
    type_text(&mut a, "wind");
    keys(&mut a, "enter");
    assert_eq!(
        a.project.items.get(ItemId(4)).unwrap().remarks,
        vec![RemarkId(2), RemarkId(1)]
    );
    // Unlink it from R2 again.
    keys(&mut a, "x");
    assert_eq!(
        a.project.items.get(ItemId(4)).unwrap().remarks,
        vec![RemarkId(1)]
    );
    keys(&mut a, "u u");
    assert_eq!(
        a.project.items.get(ItemId(4)).unwrap().remarks,
        vec![RemarkId(2)]
    );
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
fn statements_get_kano_origin_tags_and_live_hints() {
    let mut a = app(english(), Lang::En);
    keys(&mut a, "3 a");
    type_text(&mut a, "long battery life");
    // Hints follow the typed text before anything is saved.
    let rules: Vec<u8> = a
        .current_hints()
        .iter()
        .map(|(h, _)| h.rule.number())
        .collect();
    assert!(rules.contains(&2), "{rules:?}");
    keys(&mut a, "ctrl-t");
    assert_eq!(
        a.mode,
        Mode::Input(super::app::Input {
            target: super::app::Target::NewQuality(Slot::Item(ItemId(1))),
            field: super::widgets::text_input::TextInput::new("the battery life is long"),
        })
    );
    keys(&mut a, "enter esc");
    let q = a.project.qualities.get(QualityId(3)).unwrap().clone();
    assert_eq!(q.text, "the battery life is long");
    assert_eq!(q.items, vec![ItemId(1)]);
    assert_eq!(a.current_quality(), Some(QualityId(3)));
    keys(&mut a, "k k o t");
    type_text(&mut a, "purchase, 广告，purchase");
    keys(&mut a, "enter");
    let q = a.project.qualities.get(QualityId(3)).unwrap();
    assert_eq!(q.kano, Kano::OneDimensional);
    assert_eq!(q.origin, Origin::Team);
    assert_eq!(q.tags, ["purchase", "广告"]);
}

#[test]
fn hints_are_applied_or_dismissed_per_statement_and_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("zh.ron");
    store::save(&chinese(), &path).unwrap();
    let mut a = App::start(&path, settings(Lang::Zh)).unwrap();
    keys(&mut a, "3 right");
    assert_eq!(a.current_quality(), Some(QualityId(1)));
    let hint = a.current_hints()[0].0.clone();
    assert_eq!(hint.rule.number(), 1);
    // Dismiss rule 1 for Q1: it stays listed, marked, and is saved in the file.
    keys(&mut a, "right x");
    assert!(a.current_hints()[0].1);
    keys(&mut a, "ctrl-s");
    let saved = store::load(&path).unwrap();
    assert_eq!(
        saved.qualities.get(QualityId(1)).unwrap().dismissed,
        vec![hint.rule]
    );
    // Restore it, then apply its suggestion: one statement per meaning.
    keys(&mut a, "x f");
    let texts: Vec<&str> = a
        .qualities_of(Slot::Item(ItemId(1)))
        .iter()
        .map(|q| q.text.as_str())
        .collect();
    assert_eq!(texts, ["帐篷轻", "出水温度稳定", "帐篷结实"]);
    assert!(a.project.qualities.get(QualityId(3)).unwrap().items == vec![ItemId(1)]);
    keys(&mut a, "u");
    assert_eq!(
        a.project.qualities.get(QualityId(1)).unwrap().text,
        "帐篷轻并且结实"
    );
    assert!(!a.project.qualities.contains(QualityId(3)));
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
fn a_missing_file_is_offered_for_creation() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.ron");
    let mut a = App::start(&path, settings(Lang::En)).unwrap();
    assert_eq!(a.mode, Mode::Ask(Question::Create));
    keys(&mut a, "y");
    assert_eq!(a.mode, Mode::Browse);
    assert!(!a.is_dirty());
    assert_eq!(store::load(&path).unwrap().meta.title, "new");
    let mut b = App::start(&dir.path().join("other.ron"), settings(Lang::En)).unwrap();
    keys(&mut b, "n");
    assert!(b.quit);
    assert!(!dir.path().join("other.ron").exists());
}

#[test]
fn a_newer_recovery_file_is_offered_and_recovered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    store::save(&english(), &path).unwrap();
    let mut changed = english();
    put(
        &mut changed,
        Entity::Remark(Remark::new(RemarkId(3), "typed before the crash")),
    );
    std::thread::sleep(std::time::Duration::from_millis(20));
    super::app::write_recovery(&changed, &path).unwrap();
    let mut a = App::start(&path, settings(Lang::En)).unwrap();
    assert!(matches!(a.mode, Mode::Ask(Question::Recover(_))));
    keys(&mut a, "y");
    assert_eq!(a.project, changed);
    assert!(a.is_dirty());
    drop(a);
    // Declining removes it; Esc keeps it for next time.
    let mut b = App::start(&path, settings(Lang::En)).unwrap();
    keys(&mut b, "esc");
    assert!(store::recovery_path(&path).exists());
    drop(b);
    let mut c = App::start(&path, settings(Lang::En)).unwrap();
    keys(&mut c, "n");
    assert!(!store::recovery_path(&path).exists());
    assert_eq!(c.project, english());
}

#[test]
fn the_panic_rescue_writes_a_loadable_recovery_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let rescue = Rescue::new();
    assert_eq!(rescue.write(), None);
    let project = chinese();
    rescue.keep(&path, &project, Lang::Zh);
    let (result, lang) = rescue.write().unwrap();
    let written = result.clone().unwrap();
    let msg = rescue_message(&result, lang);
    assert_eq!(written, store::recovery_path(&path));
    assert!(msg.contains(&written.display().to_string()), "{msg}");
    assert!(msg.contains("恢复"), "{msg}");
    assert_eq!(store::load(&written).unwrap(), project);
    // Simulate the panic path end to end: a thread panics while the hook-side rescue is set.
    let rescue = std::sync::Arc::new(Rescue::new());
    let path2 = dir.path().join("q.ron");
    rescue.keep(&path2, &english(), Lang::En);
    let r2 = rescue.clone();
    let joined = std::thread::spawn(move || {
        let _guard = Finally(r2);
        panic!("simulated crash");
    })
    .join();
    assert!(joined.is_err());
    assert_eq!(
        store::load(&store::recovery_path(&path2)).unwrap(),
        english()
    );
}

/// Writes the rescue when dropped during unwinding, as the panic hook does before unwinding.
struct Finally(std::sync::Arc<Rescue>);

impl Drop for Finally {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.write();
        }
    }
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

// ----- snapshots -----

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

#[test]
fn autosave_waits_for_edits_and_not_for_keystrokes() {
    use super::app::AUTOSAVE_AFTER;
    use std::time::Duration;
    let mut a = app(english(), Lang::En);
    let late = AUTOSAVE_AFTER + Duration::from_millis(1);
    assert!(!a.autosave_due(a.generation, late), "nothing changed");
    keys(&mut a, "a");
    type_text(&mut a, "typing");
    assert!(!a.autosave_due(0, late), "no edit yet while typing");
    keys(&mut a, "enter");
    // The stored remark is kept even while the next one is being typed.
    assert!(a.autosave_due(0, late));
    let written = a.generation;
    type_text(&mut a, "next");
    assert!(!a.autosave_due(written, late), "keystrokes are no edits");
    keys(&mut a, "esc");
    assert!(a.autosave_due(0, late));
    assert!(
        !a.autosave_due(0, Duration::ZERO),
        "too soon after the last write"
    );
    assert!(!a.autosave_due(a.generation, late), "already written");
    // Back at the saved state there is nothing to keep.
    keys(&mut a, "u");
    assert!(!a.autosave_due(0, late));
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
fn team_statements_have_no_item_and_team_origin() {
    let mut a = app(english(), Lang::En);
    keys(&mut a, "3 end a");
    type_text(&mut a, "the stove stands steadily on uneven ground");
    keys(&mut a, "enter esc");
    let q = a.project.qualities.get(QualityId(3)).unwrap();
    assert!(q.items.is_empty());
    assert_eq!(q.origin, Origin::Team);
    assert_eq!(a.current_slot(), Some(Slot::Team));
    // Deleting an item on this step unlinks its statements, undoably.
    keys(&mut a, "left home d y");
    assert!(!a.project.items.contains(ItemId(1)));
    assert!(
        a.project
            .qualities
            .get(QualityId(1))
            .unwrap()
            .items
            .is_empty()
    );
    keys(&mut a, "u");
    assert_eq!(
        a.project.qualities.get(QualityId(1)).unwrap().items,
        [ItemId(1)]
    );
}

#[test]
fn the_selected_hint_scrolls_into_view() {
    let mut p = english();
    let mut q = Quality::new(
        QualityId(3),
        "please use a steel lid with high reliability and no leakage",
    );
    q.items = vec![ItemId(1)];
    put(&mut p, Entity::Quality(q));
    let mut a = app(p, Lang::En);
    keys(&mut a, "3 right end right");
    assert_eq!(a.current_quality(), Some(QualityId(3)));
    let hints = a.current_hints();
    assert!(hints.len() >= 3, "{hints:?}");
    let last = format!("rule {}", hints.last().unwrap().0.rule.number());
    let first = format!("rule {}", hints[0].0.rule.number());
    let s = screen(&a, 80, 18);
    assert!(s.contains(&first) && !s.contains(&last), "{s}");
    keys(&mut a, "end");
    let s = screen(&a, 80, 18);
    assert!(s.contains(&last), "{s}");
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
fn items_left_without_a_remark_stay_reachable_on_the_items_step() {
    let mut a = app(english(), Lang::En);
    // Deleting R1 leaves I1 without a remark.
    keys(&mut a, "d y 2");
    assert!(a.project.items.get(ItemId(1)).unwrap().remarks.is_empty());
    keys(&mut a, "end");
    assert_eq!(a.current_row(), Some(super::app::RemarkRow::Unlinked));
    assert_eq!(a.current_remark(Step::Items), None);
    assert_eq!(a.current_item(), Some(ItemId(1)));
    assert!(screen(&a, 80, 24).contains("(items without"));
    // An item written there has no remark either.
    keys(&mut a, "a");
    type_text(&mut a, "free item");
    keys(&mut a, "enter esc");
    assert!(a.project.items.get(ItemId(3)).unwrap().remarks.is_empty());
    // Link I1 to R2: it moves under R2.
    keys(&mut a, "right home l enter");
    assert_eq!(
        a.project.items.get(ItemId(1)).unwrap().remarks,
        [RemarkId(2)]
    );
    assert_eq!(a.items_in(super::app::RemarkRow::Unlinked).len(), 1);
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

// ----- the Report step -----

#[test]
fn the_report_step_writes_the_chosen_files_with_progress_and_asks_before_overwriting() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = App::new(english(), dir.path().join("stove.ron"), settings(Lang::En));
    keys(&mut a, "7");
    // The full report is chosen by default; add the planning table and switch to XLSX.
    for _ in 0..5 {
        cmd(&mut a, Command::Down);
    }
    cmd(&mut a, Command::ReportToggle);
    cmd(&mut a, Command::ReportFormat);
    let planned: Vec<_> = super::app::report::planned(&a)
        .into_iter()
        .map(|j| j.path)
        .collect();
    assert_eq!(
        planned,
        [
            dir.path().join("stove-report.xlsx"),
            dir.path().join("stove-planning.xlsx")
        ]
    );
    cmd(&mut a, Command::ReportWrite);
    assert!(a.busy());
    assert!(screen(&a, 100, 30).contains("Writing 1 of 2"));
    a.work();
    assert!(screen(&a, 100, 30).contains("Writing 2 of 2"));
    a.work();
    assert!(!a.busy());
    for p in &planned {
        assert!(
            std::fs::metadata(p).unwrap().len() > 1000,
            "{}",
            p.display()
        );
    }
    assert!(a.status.as_ref().unwrap().text.starts_with("Wrote 2 files"));
    // Writing again asks first; a second press overwrites.
    cmd(&mut a, Command::ReportWrite);
    assert!(!a.busy());
    assert!(a.status.as_ref().unwrap().text.contains("Already there"));
    cmd(&mut a, Command::ReportWrite);
    assert!(a.busy());
    // Esc stops what is left.
    cmd(&mut a, Command::Cancel);
    assert!(!a.busy());
    assert!(
        a.status
            .as_ref()
            .unwrap()
            .text
            .contains("2 files were not written")
    );
}

#[test]
fn a_missing_report_folder_is_offered_and_nothing_chosen_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = App::new(english(), dir.path().join("stove.ron"), settings(Lang::En));
    keys(&mut a, "7");
    cmd(&mut a, Command::ReportToggle);
    cmd(&mut a, Command::ReportWrite);
    assert!(a.status.as_ref().unwrap().text.contains("Nothing chosen"));
    cmd(&mut a, Command::ReportFolder);
    keys(&mut a, "ctrl-u");
    type_text(&mut a, "/no/such/folder");
    keys(&mut a, "enter");
    // A missing folder is offered to be created; n keeps the folder as it was.
    assert!(matches!(a.mode, Mode::Ask(Question::CreateFolder(_))));
    keys(&mut a, "n");
    assert!(!std::path::Path::new("/no/such/folder").exists());
    assert_eq!(super::app::report::folder(&a), dir.path());
    let sub = dir.path().join("out");
    std::fs::create_dir(&sub).unwrap();
    cmd(&mut a, Command::ReportFolder);
    keys(&mut a, "ctrl-u");
    type_text(&mut a, sub.to_str().unwrap());
    keys(&mut a, "enter");
    assert_eq!(super::app::report::folder(&a), sub);
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
