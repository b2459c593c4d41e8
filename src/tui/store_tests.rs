//! Tests of opening, recovering, saving and quitting: the paths where a team's work could be
//! lost. Driven by keys through `handle_key`, ended through `finish` as the terminal app ends.

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyEvent;

use super::app::{App, Mode, Question, Settings};
use super::keymap::{KeyChord, Keymap};
use super::strings::Lang;
use super::{finish, handle_key};
use crate::model::*;
use crate::store;

fn settings() -> Settings {
    Settings {
        read_only: false,
        lang: Lang::En,
        keymap: Keymap::default(),
        color: false,
    }
}

fn keys(app: &mut App, keys: &str) {
    for k in keys.split_whitespace() {
        let chord = KeyChord::parse(k).unwrap();
        handle_key(app, &KeyEvent::new(chord.code, chord.mods));
    }
}

fn screen(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(100, 30)).unwrap();
    t.draw(|f| super::view::view(app, f)).unwrap();
    t.backend().to_string()
}

fn project(remarks: &[&str]) -> Project {
    let mut p = Project::new(Meta::new("Stove"));
    for (i, text) in remarks.iter().enumerate() {
        let r = Remark::new(RemarkId(i as u32 + 1), *text);
        p.apply(Edit::Put(Entity::Remark(r))).unwrap();
    }
    p
}

fn set_mtime(path: &Path, t: SystemTime) {
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(t)
        .unwrap();
}

/// A saved project and a recovery file holding one more remark, written `rec_age` before the
/// project (negative: after it).
fn crashed(dir: &Path, project_newer: bool) -> std::path::PathBuf {
    let path = dir.join("p.ron");
    store::save(&project(&["saved"]), &path).unwrap();
    let rec =
        super::app::write_recovery(&project(&["saved", "typed before the crash"]), &path).unwrap();
    let now = SystemTime::now();
    let hour = Duration::from_secs(3600);
    if project_newer {
        set_mtime(&rec, now - 2 * hour);
        set_mtime(&path, now - hour);
    } else {
        set_mtime(&path, now - 2 * hour);
        set_mtime(&rec, now - hour);
    }
    path
}

fn offered(app: &App) -> bool {
    matches!(app.mode, Mode::Ask(Question::Recover(_)))
}

#[test]
fn deciding_later_then_quitting_keeps_the_recovery_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = crashed(dir.path(), false);
    let mut a = App::start(&path, settings()).unwrap();
    assert!(offered(&a));
    keys(&mut a, "esc q");
    assert!(a.quit);
    finish(&mut a, Ok(())).unwrap();
    assert!(store::recovery_path(&path).exists());
    let b = App::start(&path, settings()).unwrap();
    assert!(offered(&b), "offered again at the next start");
}

#[test]
fn a_recovery_file_older_than_the_project_is_offered_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = crashed(dir.path(), true);
    let mut a = App::start(&path, settings()).unwrap();
    let Mode::Ask(Question::Recover(r)) = &a.mode else {
        panic!("not offered: {:?}", a.mode);
    };
    assert!(r.project_changed);
    assert!(screen(&a).contains("changed on disk"), "{}", screen(&a));
    keys(&mut a, "esc q");
    finish(&mut a, Ok(())).unwrap();
    assert!(store::recovery_path(&path).exists());
    // Recovering it and saving is the choice that removes it.
    let mut b = App::start(&path, settings()).unwrap();
    keys(&mut b, "y ctrl-s q");
    finish(&mut b, Ok(())).unwrap();
    assert!(!store::recovery_path(&path).exists());
    assert_eq!(store::load(&path).unwrap().remarks.len(), 2);
}

#[test]
fn work_done_while_a_recovery_file_waits_goes_to_a_second_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = crashed(dir.path(), false);
    let kept = fs::read(store::recovery_path(&path)).unwrap();
    let mut a = App::start(&path, settings()).unwrap();
    keys(&mut a, "esc");
    a.commit(
        Edit::Put(Entity::Remark(Remark::new(RemarkId(9), "new this time"))),
        "add".into(),
    );
    let own = a.write_recovery().unwrap();
    assert_eq!(own, store::numbered_recovery_path(&path, 2));
    assert_eq!(fs::read(store::recovery_path(&path)).unwrap(), kept);
    // Saving keeps the undecided file; both are offered next time if the second survives.
    keys(&mut a, "ctrl-s q");
    finish(&mut a, Ok(())).unwrap();
    assert_eq!(fs::read(store::recovery_path(&path)).unwrap(), kept);
    assert!(!own.exists());
    let b = App::start(&path, settings()).unwrap();
    assert!(offered(&b));
}

#[test]
fn discarding_or_quitting_without_saving_after_recovering_removes_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = crashed(dir.path(), false);
    let mut a = App::start(&path, settings()).unwrap();
    keys(&mut a, "n q");
    finish(&mut a, Ok(())).unwrap();
    assert!(!store::recovery_path(&path).exists());

    let path = crashed(dir.path(), false);
    let mut b = App::start(&path, settings()).unwrap();
    keys(&mut b, "y q y");
    assert!(b.quit);
    finish(&mut b, Ok(())).unwrap();
    assert!(!store::recovery_path(&path).exists());
    assert_eq!(store::load(&path).unwrap().remarks.len(), 1);
}

#[test]
fn an_error_end_keeps_unsaved_work_in_the_sessions_own_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = crashed(dir.path(), false);
    let kept = fs::read(store::recovery_path(&path)).unwrap();
    let mut a = App::start(&path, settings()).unwrap();
    keys(&mut a, "esc");
    a.commit(
        Edit::Put(Entity::Remark(Remark::new(RemarkId(9), "new this time"))),
        "add".into(),
    );
    let err = finish(&mut a, Err(anyhow::anyhow!("terminal gone"))).unwrap_err();
    assert!(format!("{err:#}").contains(".recover.2"), "{err:#}");
    assert_eq!(fs::read(store::recovery_path(&path)).unwrap(), kept);
}
