//! The Report step's folder, driven by keys: a folder that does not exist is offered to be
//! created, and a failure to create it is said plainly.

use std::path::{Path, PathBuf};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::model::{Meta, Project};
use crate::tui::app::{Question, Settings};
use crate::tui::handle_key;
use crate::tui::keymap::{KeyChord, Keymap};
use crate::tui::strings::Lang;

fn app(dir: &Path, lang: Lang) -> App {
    App::new(
        Project::new(Meta::new("Stove")),
        dir.join("stove.ron"),
        Settings {
            read_only: false,
            lang,
            keymap: Keymap::default(),
            color: false,
        },
    )
}

fn keys(app: &mut App, keys: &str) {
    for k in keys.split_whitespace() {
        let chord = KeyChord::parse(k).unwrap();
        handle_key(app, &KeyEvent::new(chord.code, chord.mods));
    }
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        handle_key(app, &KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

fn screen(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(100, 30)).unwrap();
    t.draw(|f| crate::tui::view::view(app, f)).unwrap();
    t.backend().to_string()
}

fn status(a: &App) -> String {
    a.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

/// Types `folder` into the folder prompt (`o`) of the Report step.
fn choose_folder(a: &mut App, folder: &Path) {
    keys(a, "7 o ctrl-u");
    type_text(a, folder.to_str().unwrap());
    keys(a, "enter");
}

#[test]
fn a_missing_folder_is_created_on_yes_and_the_files_are_written_there() {
    for (lang, ask, wrote) in [
        (Lang::En, "does not exist", "Wrote 1 file to"),
        (Lang::Zh, "不存在", "已写出 1 个文件到"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut a = app(dir.path(), lang);
        let out = dir.path().join("reports").join("week 1");
        choose_folder(&mut a, &out);
        assert_eq!(a.mode, Mode::Ask(Question::CreateFolder(out.clone())));
        let s = screen(&a);
        assert!(s.contains(ask), "{s}");
        keys(&mut a, "y");
        assert!(out.is_dir());
        assert_eq!(folder(&a), out);
        while a.busy() {
            a.work();
        }
        assert!(out.join("stove-report.html").is_file());
        assert!(status(&a).starts_with(wrote), "{}", status(&a));
    }
}

#[test]
fn no_keeps_the_folder_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app(dir.path(), Lang::En);
    let out = dir.path().join("later");
    choose_folder(&mut a, &out);
    keys(&mut a, "n");
    assert_eq!(a.mode, Mode::Browse);
    assert!(!out.exists());
    assert_eq!(folder(&a), dir.path());
    assert!(!a.busy());
}

#[test]
fn a_folder_that_cannot_be_created_is_reported() {
    for (lang, msg) in [(Lang::En, "Could not create"), (Lang::Zh, "无法创建")] {
        let dir = tempfile::tempdir().unwrap();
        // A file stands where a folder on the way should be.
        let blocker = dir.path().join("blocker");
        std::fs::write(&blocker, "x").unwrap();
        let out: PathBuf = blocker.join("sub");
        let mut a = app(dir.path(), lang);
        choose_folder(&mut a, &out);
        keys(&mut a, "y");
        let st = a.status.clone().unwrap();
        assert!(st.error && st.text.starts_with(msg), "{st:?}");
        assert!(st.text.contains("blocker"), "{st:?}");
        assert_eq!(folder(&a), dir.path());
        assert!(!a.busy());
        // The folder given is a file: said so, nothing asked.
        choose_folder(&mut a, &blocker);
        assert_eq!(a.mode, Mode::Browse);
        assert!(a.status.as_ref().unwrap().error);
    }
}

/// A file that cannot be written is listed with the path shown once and the reason, never the
/// temporary file the write goes through.
#[test]
fn a_file_that_cannot_be_written_is_listed_once_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app(dir.path(), Lang::En);
    // A folder stands where the report should be written.
    let report = dir.path().join("stove-report.html");
    std::fs::create_dir(&report).unwrap();
    // The first w asks before replacing what is there, the second writes.
    keys(&mut a, "7 w w");
    while a.busy() {
        a.work();
    }
    let line = a
        .report
        .log
        .iter()
        .find(|l| l.error)
        .expect("a failed file");
    assert_eq!(
        line.text,
        format!("✗ cannot write {}: it is a folder", report.display())
    );
}

#[test]
fn tables_written_here_speak_the_report_language_kano_types_included() {
    let dir = tempfile::tempdir().unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/water-heater.zh.ron");
    let project = crate::store::load(&sample).unwrap();
    let mut a = App::new(
        project,
        dir.path().join("heater.ron"),
        Settings {
            read_only: false,
            lang: Lang::En,
            keymap: Keymap::default(),
            color: false,
        },
    );
    // Leave out the full report, choose the Kano table, as CSV.
    keys(&mut a, "7 space");
    let kano = Entry::all()
        .iter()
        .position(|e| *e == Entry::Table(TableKind::Kano))
        .unwrap();
    for _ in 0..kano {
        keys(&mut a, "down");
    }
    keys(&mut a, "space f f f w");
    while a.busy() {
        a.work();
    }
    let csv = std::fs::read_to_string(dir.path().join("heater-kano.csv")).unwrap();
    // The column names stay the ones scripts read; the categories are in Chinese, as in the
    // report of this Chinese project.
    assert!(csv.starts_with("id,quality,"), "{csv}");
    assert!(
        csv.contains("当然质量") && !csv.contains("must-be"),
        "{csv}"
    );
}
