//! Importing remarks on the Remarks step and working through the candidates, by key events.

use std::path::PathBuf;

use super::app::importing::ImportDialog;
use super::app::{App, Mode, Step};
use super::strings::Lang;
use super::test_support::{app, chinese, english, keys, screen, settings, type_text};
use crate::model::*;

fn transcript(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/transcripts")
        .join(name)
        .display()
        .to_string()
}

fn candidates(a: &App) -> usize {
    a.project.remarks.iter().filter(|r| r.candidate).count()
}

fn status(a: &App) -> String {
    a.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

/// `I`, the path, Enter: the preview is open.
fn open_preview(a: &mut App, path: &str) {
    keys(a, "I");
    assert!(matches!(a.mode, Mode::Import(ImportDialog::Path(_))));
    type_text(a, path);
    keys(a, "enter");
    assert!(
        matches!(a.mode, Mode::Import(ImportDialog::Preview(_))),
        "{:?}",
        a.status
    );
}

#[test]
fn a_transcript_imported_from_the_screen_is_previewed_filtered_accepted_and_undone_in_one_step() {
    let mut a = app(english(), Lang::En);
    let before = a.project.clone();
    open_preview(&mut a, &transcript("bike-light.en.txt"));
    let s = screen(&a, 100, 30);
    assert!(
        s.contains("Import remarks · bike-light.en.txt · interview transcript"),
        "{s}"
    );
    assert!(
        s.contains("14 candidate remarks (R3–R16), source interview"),
        "{s}"
    );
    assert!(
        s.contains("customer: Customer (10 turns) · left out: Interviewer"),
        "{s}"
    );
    assert!(
        s.contains("2 sentences left out as fillers or too short"),
        "{s}"
    );
    assert!(s.contains("1 respondent added"), "{s}");
    assert!(
        s.contains("   9  The battery says 10 hours on the box"),
        "{s}"
    );
    assert_eq!(a.project, before, "the preview changes nothing");

    keys(&mut a, "enter");
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.project.remarks.len(), 16);
    assert_eq!(candidates(&a), 14);
    assert_eq!(
        status(&a),
        "Imported 14 remarks from bike-light.en.txt (u undoes)"
    );
    assert_eq!(
        a.remark_sel,
        Some(RemarkId(3)),
        "the first new remark is selected"
    );
    let s = screen(&a, 100, 30);
    assert!(s.contains("R3   I ride about 12 km"), "{s}");
    assert!(s.contains("cand · Customer"), "{s}");
    assert!(
        s.contains("Candidate: cut from a transcript; y accepts it"),
        "{s}"
    );

    // Only the candidates, then accept the selected one: the next candidate is selected.
    keys(&mut a, "c");
    assert_eq!(a.remark_rows(Step::Remarks).len(), 14);
    assert!(screen(&a, 100, 30).contains("Remarks (14) · candidates"));
    keys(&mut a, "y");
    assert!(!a.project.remarks.get(RemarkId(3)).unwrap().candidate);
    assert_eq!(status(&a), "Accepted R3");
    assert_eq!(a.remark_rows(Step::Remarks).len(), 13);
    assert_eq!(a.current_remark(Step::Remarks), Some(RemarkId(4)));
    // Edit and delete work on candidates as on any remark.
    keys(&mut a, "e ctrl-u");
    type_text(&mut a, "Rides in the dark both ways in winter.");
    keys(&mut a, "enter");
    let r4 = a.project.remarks.get(RemarkId(4)).unwrap();
    assert_eq!(r4.text, "Rides in the dark both ways in winter.");
    keys(&mut a, "c");
    assert_eq!(a.remark_rows(Step::Remarks).len(), 16, "c again shows all");

    // Undo the edit, the acceptance, then the whole import in one step.
    keys(&mut a, "u u");
    assert_eq!(candidates(&a), 14);
    keys(&mut a, "u");
    assert_eq!(status(&a), "Undone: import bike-light.en.txt");
    assert_eq!(a.project, before);
}

#[test]
fn esc_leaves_the_import_at_the_path_or_the_preview_without_a_change() {
    let mut a = app(english(), Lang::En);
    let before = a.project.clone();
    keys(&mut a, "I");
    type_text(&mut a, "whatever.txt");
    keys(&mut a, "esc");
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(status(&a), "Nothing imported");
    open_preview(&mut a, &transcript("bike-light.en.txt"));
    keys(&mut a, "esc");
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.project, before);
    assert!(!a.can_undo());
    // Enter on an empty path asks for one.
    keys(&mut a, "I enter");
    assert!(matches!(a.mode, Mode::Import(ImportDialog::Path(_))));
    assert_eq!(status(&a), "Type the path of a file to import");
}

#[test]
fn a_refused_file_shows_its_problems_and_enter_goes_back_to_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let asks = dir.path().join("asks.md");
    std::fs::write(&asks, "**Q:** What do you ride?\n**Q:** And when?\n").unwrap();
    let mut a = app(english(), Lang::En);
    let before = a.project.clone();
    open_preview(&mut a, &asks.display().to_string());
    let s = screen(&a, 100, 30);
    assert!(s.contains("Nothing can be imported from this file:"), "{s}");
    assert!(s.contains("only the interviewer speaks"), "{s}");
    keys(&mut a, "enter");
    assert!(matches!(a.mode, Mode::Import(ImportDialog::Path(_))));
    keys(&mut a, "esc");
    let missing = dir.path().join("missing.txt");
    open_preview(&mut a, &missing.display().to_string());
    let s = screen(&a, 100, 30);
    assert!(s.contains("cannot read"), "{s}");
    assert!(
        s.contains("Import remarks · missing.txt ─"),
        "no kind for a file not read: {s}"
    );
    keys(&mut a, "esc");
    assert_eq!(a.project, before);
}

#[test]
fn plain_text_and_csv_files_import_through_the_same_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(
        &text,
        "The lid is hard to clean\nPrice: too high for what it does\n",
    )
    .unwrap();
    let csv = dir.path().join("r.csv");
    std::fs::write(&csv, "text,respondent\nToo heavy to carry,Ben\n").unwrap();
    let mut a = app(english(), Lang::En);
    open_preview(&mut a, &text.display().to_string());
    let s = screen(&a, 100, 30);
    assert!(s.contains("text, one remark a line"), "{s}");
    assert!(s.contains("2 remarks (R3–R4)"), "{s}");
    keys(&mut a, "enter");
    open_preview(&mut a, &csv.display().to_string());
    assert!(screen(&a, 100, 30).contains("1 remark (R5)"));
    keys(&mut a, "y");
    assert_eq!(a.project.remarks.len(), 5);
    assert_eq!(candidates(&a), 0, "only transcripts make candidates");
    keys(&mut a, "y");
    assert_eq!(status(&a), "R5 is not a candidate: nothing to accept");
}

#[test]
fn a_chinese_transcript_is_accepted_all_at_once_and_undone_in_one_step() {
    let mut a = app(chinese(), Lang::Zh);
    open_preview(&mut a, &transcript("water-heater.zh.txt"));
    let s = screen(&a, 100, 30);
    assert!(s.contains("15 条候选原始资料（R3–R17），来源：访谈"), "{s}");
    assert!(
        s.contains("顾客：受访者（10 轮发言）· 不导入：访谈者"),
        "{s}"
    );
    keys(&mut a, "enter");
    assert_eq!(candidates(&a), 15);
    assert!(screen(&a, 100, 30).contains("候选 · 受访者"));
    let who = a.project.respondents.iter().find(|r| r.label == "受访者");
    assert!(who.is_some());
    // Without the filter, y moves on to the next candidate.
    keys(&mut a, "y");
    assert_eq!(a.current_remark(Step::Remarks), Some(RemarkId(4)));
    assert_eq!(candidates(&a), 14);
    keys(&mut a, "c Y");
    assert_eq!(candidates(&a), 0);
    assert_eq!(status(&a), "已采纳 14 条候选");
    assert!(screen(&a, 80, 24).contains("没有候选了。按 c 显示全部原始资料。"));
    keys(&mut a, "u");
    assert_eq!(candidates(&a), 14, "accepting all is one step");
}

#[test]
fn read_only_refuses_the_import_and_acceptance() {
    let mut s = settings(Lang::En);
    s.read_only = true;
    let mut a = App::new(english(), PathBuf::from("x.ron"), s);
    keys(&mut a, "I");
    assert_eq!(a.mode, Mode::Browse);
    assert!(status(&a).starts_with("Read-only"));
}

#[test]
fn snapshots_of_the_import_preview() {
    for (lang, project, name, tag) in [
        (Lang::En, english(), "bike-light.en.txt", "en"),
        (Lang::Zh, chinese(), "water-heater.zh.txt", "zh"),
    ] {
        let mut a = app(project, lang);
        open_preview(&mut a, &transcript(name));
        insta::assert_snapshot!(format!("import_preview_{tag}_80x24"), screen(&a, 80, 24));
        keys(&mut a, "enter c");
        insta::assert_snapshot!(format!("candidates_{tag}_80x24"), screen(&a, 80, 24));
    }
}

#[test]
fn a_digit_chooses_the_customer_when_more_than_one_person_answers() {
    let dir = tempfile::tempdir().unwrap();
    let three = dir.path().join("three.txt");
    std::fs::write(
        &three,
        "Interviewer: What do you use?\nAnna: A clip-on light.\nBen: A dynamo on the front wheel.\nInterviewer: Why?\nAnna: It was cheap.\nBen: It never runs out.\n",
    )
    .unwrap();
    let mut a = app(english(), Lang::En);
    open_preview(&mut a, &three.display().to_string());
    let s = screen(&a, 100, 30);
    assert!(
        s.contains("1–3 chooses the customer: 1 Interviewer · 2 Anna · 3 Ben"),
        "{s}"
    );
    assert!(
        s.contains("more than one speaker besides the interviewer"),
        "{s}"
    );
    keys(&mut a, "3");
    let s = screen(&a, 100, 30);
    assert!(
        s.contains("customer: Ben (2 turns) · left out: Interviewer, Anna"),
        "{s}"
    );
    assert!(s.contains("   3  A dynamo on the front wheel."), "{s}");
    keys(&mut a, "enter");
    let ben = a
        .project
        .respondents
        .iter()
        .find(|r| r.label == "Ben")
        .unwrap()
        .id;
    let new: Vec<&Remark> = a.project.remarks.iter().filter(|r| r.candidate).collect();
    assert_eq!(new.len(), 2);
    assert!(new.iter().all(|r| r.respondent == Some(ben)));
}

#[test]
fn candidates_are_marked_on_the_items_step_too() {
    let mut a = app(english(), Lang::En);
    open_preview(&mut a, &transcript("bike-light.en.txt"));
    keys(&mut a, "enter 2");
    let s = screen(&a, 100, 30);
    assert!(s.contains("R3   I ride about 12 km"), "{s}");
    assert!(s.contains(" cand│"), "{s}");
    keys(&mut a, "1 y 2");
    let s = screen(&a, 100, 30);
    assert_eq!(s.matches(" cand│").count(), 13, "R3 was accepted: {s}");
}

#[test]
fn a_path_pasted_with_quotes_or_escaped_spaces_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("my notes.txt");
    std::fs::copy(transcript("bike-light.en.txt"), &file).unwrap();
    for pasted in [
        format!("'{}'", file.display()),
        file.display().to_string().replace(' ', "\\ "),
    ] {
        let mut a = app(english(), Lang::En);
        keys(&mut a, "I");
        super::app::update(&mut a, super::action::Action::Paste(pasted.clone()));
        keys(&mut a, "enter");
        let s = screen(&a, 100, 30);
        assert!(s.contains("14 candidate remarks"), "{pasted}: {s}");
    }
}

/// Esc clears every filter of the list, the candidates filter as well as typed text, as the
/// help says ("Esc: cancel, clear the filter").
#[test]
fn esc_shows_all_remarks_again_after_the_candidates_filter() {
    let mut a = app(english(), Lang::En);
    open_preview(&mut a, &transcript("bike-light.en.txt"));
    keys(&mut a, "enter c");
    assert_eq!(a.remark_rows(Step::Remarks).len(), 14);
    keys(&mut a, "esc");
    assert!(!a.candidates_only);
    assert_eq!(a.remark_rows(Step::Remarks).len(), 16);
    assert!(screen(&a, 100, 30).contains("Remarks (16)"));
}
