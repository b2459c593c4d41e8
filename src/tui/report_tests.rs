//! Tests of the Report step (7): writing the chosen files with progress, asking before
//! overwriting, and choosing the folder.

use super::action::Command;
use super::app::{App, Mode, Question};
use super::strings::Lang;
use super::test_support::{cmd, english, keys, screen, settings, type_text};

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
