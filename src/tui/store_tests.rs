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
    drop(a);
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
    drop(a);
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
    drop(a);
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
    drop(a);

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

// ----- the lock and changes on disk -----

#[test]
fn a_second_editor_is_told_who_holds_the_project_and_may_only_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    store::save(&project(&["one"]), &path).unwrap();
    let a = App::start(&path, settings()).unwrap();
    assert_eq!(a.mode, Mode::Browse);
    let lock = store::lock::lock_path(&path);
    assert!(lock.exists());

    let mut b = App::start(&path, settings()).unwrap();
    let Mode::Ask(Question::Locked(Some(holder))) = &b.mode else {
        panic!("not told: {:?}", b.mode);
    };
    assert_eq!(holder.pid, std::process::id());
    let text = screen(&b);
    assert!(text.contains("read-only"), "{text}");
    keys(&mut b, "r");
    assert!(b.read_only && !b.quit);
    keys(&mut b, "a");
    assert!(!matches!(b.mode, Mode::Input(_)), "no editing");
    keys(&mut b, "q");
    finish(&mut b, Ok(())).unwrap();
    drop(b);
    assert!(lock.exists(), "the reader leaves the editor's lock alone");

    let mut c = App::start(&path, settings()).unwrap();
    keys(&mut c, "q");
    assert!(c.quit);
    drop(c);
    drop(a);
    assert!(!lock.exists(), "released when the editor ends");
}

#[cfg(unix)]
#[test]
fn the_lock_of_a_process_that_is_gone_is_taken_over_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    store::save(&project(&["one"]), &path).unwrap();
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let gone = child.id();
    child.wait().unwrap();
    let stale = store::LockInfo {
        pid: gone,
        ..store::LockInfo::mine()
    };
    fs::write(
        store::lock::lock_path(&path),
        ron::to_string(&stale).unwrap(),
    )
    .unwrap();
    let a = App::start(&path, settings()).unwrap();
    assert_eq!(a.mode, Mode::Browse);
    let status = a.status.clone().unwrap().text;
    assert!(status.contains(&format!("process {gone}")), "{status}");
    let text = fs::read_to_string(store::lock::lock_path(&path)).unwrap();
    assert!(
        text.contains(&format!("pid: {}", std::process::id())),
        "{text}"
    );
}

/// Writes the project as another program would, an hour ahead so the change is seen whatever
/// the clock's resolution.
fn change_on_disk(path: &Path, p: &Project) {
    fs::write(path, store::to_ron(p).unwrap()).unwrap();
    set_mtime(path, SystemTime::now() + Duration::from_secs(3600));
}

#[test]
fn a_change_on_disk_is_noticed_and_reloading_keeps_unsaved_work_in_a_recovery_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    store::save(&project(&["one"]), &path).unwrap();
    let mut a = App::start(&path, settings()).unwrap();
    a.check_disk();
    assert_eq!(a.mode, Mode::Browse, "nothing changed yet");
    a.commit(
        Edit::Put(Entity::Remark(Remark::new(RemarkId(5), "typed here"))),
        "add".into(),
    );
    let theirs = project(&["one", "from the other side"]);
    change_on_disk(&path, &theirs);
    a.check_disk();
    assert_eq!(a.mode, Mode::Ask(Question::ChangedOnDisk));
    assert!(screen(&a).contains("changed on disk"));
    keys(&mut a, "r");
    assert!(same(&a.project, &theirs));
    assert!(!a.is_dirty());
    keys(&mut a, "q");
    finish(&mut a, Ok(())).unwrap();
    drop(a);
    let kept = store::load(&store::recovery_path(&path)).unwrap();
    assert!(
        kept.remarks.get(RemarkId(5)).is_some(),
        "the typed work is kept"
    );
    let b = App::start(&path, settings()).unwrap();
    assert!(offered(&b));
}

fn same(a: &Project, b: &Project) -> bool {
    store::to_ron(a).unwrap() == store::to_ron(b).unwrap()
}

#[test]
fn a_save_never_replaces_a_newer_file_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    store::save(&project(&["one"]), &path).unwrap();
    let mut a = App::start(&path, settings()).unwrap();
    a.commit(
        Edit::Put(Entity::Remark(Remark::new(RemarkId(5), "typed here"))),
        "add".into(),
    );
    let theirs = project(&["one", "from the other side"]);
    change_on_disk(&path, &theirs);
    let on_disk = fs::read(&path).unwrap();
    // Decide later: not asked again by the periodic look, but the save asks.
    a.check_disk();
    keys(&mut a, "esc");
    a.check_disk();
    assert_eq!(a.mode, Mode::Browse);
    keys(&mut a, "ctrl-s");
    assert_eq!(a.mode, Mode::Ask(Question::ChangedOnDisk));
    assert_eq!(fs::read(&path).unwrap(), on_disk, "not written over");
    // Keep mine: saved over it, theirs kept as the backup.
    keys(&mut a, "k");
    assert!(!a.is_dirty());
    assert!(
        store::load(&path)
            .unwrap()
            .remarks
            .get(RemarkId(5))
            .is_some()
    );
    assert_eq!(fs::read(store::backup_path(&path)).unwrap(), on_disk);
    assert!(a.status.clone().unwrap().text.contains(".bak"));
}

#[test]
fn a_file_touched_without_change_is_not_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    store::save(&project(&["one"]), &path).unwrap();
    let mut a = App::start(&path, settings()).unwrap();
    set_mtime(&path, SystemTime::now() + Duration::from_secs(3600));
    a.check_disk();
    assert_eq!(a.mode, Mode::Browse);
    keys(&mut a, "ctrl-s");
    assert_eq!(a.mode, Mode::Browse);
}

#[cfg(unix)]
#[test]
fn ctrl_s_on_a_read_only_file_says_why_and_changes_nothing() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    store::save(&project(&["one"]), &path).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let before = fs::read(&path).unwrap();
    let mut a = App::start(&path, settings()).unwrap();
    let told = a.status.clone().unwrap();
    assert!(told.error && told.text.contains("read-only"), "{told:?}");
    a.commit(
        Edit::Put(Entity::Remark(Remark::new(RemarkId(5), "typed here"))),
        "add".into(),
    );
    keys(&mut a, "ctrl-s");
    let status = a.status.clone().unwrap();
    assert!(
        status.error && status.text.contains("read-only"),
        "{status:?}"
    );
    assert!(a.is_dirty());
    assert_eq!(fs::read(&path).unwrap(), before);
}
