//! The terminal app driven end to end by key events, as a user would type them: a new project,
//! remarks in English and Chinese, an item, a demanded quality, undo and redo, save and quit.
//! The saved file must then hold exactly what was typed.

use gemba::model::{ItemId, Kano, Origin, QualityId, RemarkId, Source};
use gemba::store;
use gemba::tui::app::{Mode, Question};
use gemba::tui::keymap::{KeyChord, Keymap};
use gemba::tui::{App, Lang, Settings, handle_key};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn settings() -> Settings {
    Settings {
        read_only: false,
        lang: Lang::En,
        keymap: Keymap::default(),
        color: true,
    }
}

/// Types text character by character.
fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        handle_key(app, &KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

/// Presses keys written as in the keymap file: "a", "enter", "ctrl-s".
fn press(app: &mut App, keys: &str) {
    for k in keys.split_whitespace() {
        let chord = KeyChord::parse(k).unwrap();
        handle_key(app, &KeyEvent::new(chord.code, chord.mods));
    }
}

/// Draws the app as the terminal would, so every screen on the way is rendered at least once.
fn draw(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| gemba::tui::view::view(app, f)).unwrap();
    t.backend().to_string()
}

#[test]
fn a_workshop_session_ends_in_a_file_with_exactly_what_was_typed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("workshop.ron");
    let mut app = App::start(&path, settings()).unwrap();
    assert_eq!(app.mode, Mode::Ask(Question::Create));
    assert!(draw(&app).contains("does not exist"));
    press(&mut app, "y");
    assert!(path.exists());

    // Two remarks, one after the other, the second in Chinese.
    press(&mut app, "a");
    type_text(&mut app, "The kettle takes ages to boil");
    press(&mut app, "enter");
    type_text(&mut app, "水壶把手太烫，拿不住");
    draw(&app);
    press(&mut app, "enter esc");
    assert!(draw(&app).contains("水壶把手太烫"));

    // Derive an item from the Chinese remark (selected, as it was entered last).
    press(&mut app, "2 a");
    type_text(&mut app, "把手不烫手");
    press(&mut app, "enter esc");
    assert!(draw(&app).contains("I1"));

    // And a demanded quality from the item, with its hints shown while typing.
    press(&mut app, "3 a");
    type_text(&mut app, "把手摸着凉");
    let screen = draw(&app);
    assert!(screen.contains("Q1"), "{screen}");
    press(&mut app, "enter esc");

    // A mistake, undone; then the undo undone.
    press(&mut app, "k");
    assert_eq!(
        app.project.qualities.get(QualityId(1)).unwrap().kano,
        Kano::MustBe
    );
    press(&mut app, "u");
    assert_eq!(
        app.project.qualities.get(QualityId(1)).unwrap().kano,
        Kano::Unclassified
    );
    press(&mut app, "ctrl-r");
    press(&mut app, "u");

    press(&mut app, "ctrl-s q");
    assert!(app.quit, "quit without a question after saving");
    assert!(!store::recovery_path(&path).exists());

    let saved = store::load(&path).unwrap();
    let remarks: Vec<(RemarkId, &str, Source)> = saved
        .remarks
        .iter()
        .map(|r| (r.id, r.text.as_str(), r.source))
        .collect();
    assert_eq!(
        remarks,
        [
            (RemarkId(1), "The kettle takes ages to boil", Source::Other),
            (RemarkId(2), "水壶把手太烫，拿不住", Source::Other),
        ]
    );
    let items: Vec<(ItemId, &str, Vec<RemarkId>)> = saved
        .items
        .iter()
        .map(|i| (i.id, i.text.as_str(), i.remarks.clone()))
        .collect();
    assert_eq!(items, [(ItemId(1), "把手不烫手", vec![RemarkId(2)])]);
    assert_eq!(saved.qualities.len(), 1);
    let q = saved.qualities.get(QualityId(1)).unwrap();
    assert_eq!(q.text, "把手摸着凉");
    assert_eq!(q.items, [ItemId(1)]);
    assert_eq!(q.kano, Kano::Unclassified);
    assert_eq!(q.origin, Origin::Customer);
    assert!(q.tags.is_empty() && q.dismissed.is_empty());
    assert!(saved.respondents.is_empty() && saved.segments.is_empty());
    assert_eq!(saved.meta.title, "workshop");
}

#[test]
fn read_only_review_changes_nothing_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.ron");
    let mut app = App::start(&path, settings()).unwrap();
    press(&mut app, "y a");
    type_text(&mut app, "one remark");
    press(&mut app, "enter esc ctrl-s");
    let before = std::fs::read(&path).unwrap();

    let mut s = settings();
    s.read_only = true;
    let mut app = App::start(&path, s).unwrap();
    press(&mut app, "d a ctrl-s");
    assert!(draw(&app).contains("Read-only"));
    press(&mut app, "q");
    assert!(app.quit);
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// The sample project with invisible characters pasted into every text, title and name, as an
/// older file or a hand edit may hold them: a byte-order mark, a Hangul filler (two cells to one
/// measure, none to many terminals), a zero-width joiner and a soft hyphen.
fn with_invisible_characters(ron: &str) -> String {
    let mut out = ron.to_string();
    for key in ["text", "title", "name", "unit"] {
        out = out.replace(
            &format!(" {key}: \""),
            &format!(" {key}: \"\u{FEFF}\u{115F}"),
        );
    }
    out.replace("The ", "The\u{200D}\u{AD} ")
        .replace("水", "水\u{200B}")
}

#[test]
fn invisible_characters_leave_no_marks_and_columns_line_up_on_every_screen() {
    for sample in ["bike-light.en.ron", "water-heater.zh.ron"] {
        let original = std::fs::read_to_string(format!("projects/{sample}")).unwrap();
        let dirty = with_invisible_characters(&original);
        assert_ne!(dirty, original);
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let (clean_path, dirty_path) = (a.path().join(sample), b.path().join(sample));
        std::fs::write(&clean_path, &original).unwrap();
        std::fs::write(&dirty_path, &dirty).unwrap();
        let mut clean = App::start(&clean_path, settings()).unwrap();
        let mut dirty = App::start(&dirty_path, settings()).unwrap();
        for keys in ["1", "2", "3", "4", "5", "6", "6 l l"] {
            press(&mut clean, keys);
            press(&mut dirty, keys);
            let (want, got) = (draw(&clean), draw(&dirty));
            for (w, g) in want.lines().zip(got.lines()) {
                assert_eq!(g, w, "{sample}, after {keys}:\n{got}");
            }
        }
    }
}

#[test]
fn invisible_characters_typed_into_an_entry_are_not_stored() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("zw.ron");
    let mut app = App::start(&path, settings()).unwrap();
    press(&mut app, "y a");
    type_text(&mut app, "\u{FEFF}hot\u{200D} water\u{AD}");
    press(&mut app, "enter");
    // Invisible characters alone are not a remark.
    type_text(&mut app, "\u{200B}\u{2060}");
    press(&mut app, "enter esc");
    let texts: Vec<&str> = app
        .project
        .remarks
        .iter()
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(texts, ["hot water"]);
}

#[test]
fn a_project_that_fails_validation_opens_with_a_warning() {
    let text = std::fs::read_to_string("projects/bike-light.en.ron").unwrap();
    let broken = text.replacen("(\"Q1\", \"C1\", Strong)", "(\"Q1\", \"C99\", Strong)", 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    std::fs::write(&path, broken).unwrap();
    let app = App::start(&path, settings()).unwrap();
    let mut t = Terminal::new(TestBackend::new(200, 24)).unwrap();
    t.draw(|f| gemba::tui::view::view(&app, f)).unwrap();
    let screen = t.backend().to_string();
    assert!(
        screen.contains(
            "This project has problems (1): figures may be wrong; see `gemba check broken.ron`"
        ),
        "{screen}"
    );
    // A valid project opens without it.
    let clean = dir.path().join("clean.ron");
    std::fs::write(&clean, text).unwrap();
    let app = App::start(&clean, settings()).unwrap();
    assert!(!draw(&app).contains("has problems"));
}
