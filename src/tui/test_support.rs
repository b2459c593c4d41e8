//! Shared helpers of the screen tests: the small English and Chinese projects, an app on them,
//! keys and typed text through `handle_key`, and the screen drawn on a test backend.

use std::path::PathBuf;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Command};
use super::app::{App, Settings, update};
use super::handle_key;
use super::keymap::{KeyChord, Keymap};
use super::strings::Lang;
use crate::model::*;

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
