//! Tests of keeping a team's work: asking before quitting with unsaved changes, creating a
//! missing file, offering a newer recovery file, the panic rescue and autosave.

use super::app::{App, Mode, Question};
use super::strings::Lang;
use super::test_support::{app, chinese, english, keys, put, settings, type_text};
use super::{Rescue, rescue_message};
use crate::model::*;
use crate::store;

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
