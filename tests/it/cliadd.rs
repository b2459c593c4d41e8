//! `gemba add`: a project started with `gemba new` is completed to a full report by `add` and
//! `set` alone, each new record getting the next id; a refused add leaves the file as it was.

use std::fs;
use std::path::Path;

use gemba::model::{GroupId, ItemId, QualityId, RemarkId, SegmentId};
use gemba::store;
use predicates::str::contains;

use crate::{Scratch, gemba, load_project, open_elsewhere, refused};

/// Runs `gemba KIND PATH ARGS…` (add or set), which must succeed; returns what it printed.
fn run(cmd: &str, kind: &str, p: &Path, args: &[&str]) -> String {
    let out = gemba()
        .arg(cmd)
        .arg(kind)
        .arg(p)
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

fn add(kind: &str, p: &Path, args: &[&str]) -> String {
    run("add", kind, p, args)
}

fn new_project(s: &Scratch) -> std::path::PathBuf {
    let p = s.path("kettle.ron");
    gemba()
        .args(["new", p.to_str().unwrap(), "--title", "Kettle"])
        .assert()
        .success();
    p
}

#[test]
fn a_new_project_is_completed_to_a_report_with_add_and_set_only() {
    let s = Scratch::new();
    let p = new_project(&s);
    assert!(
        add(
            "remark",
            &p,
            &["The water takes ages to boil", "--source", "interview"]
        )
        .contains("added R1")
    );
    assert!(add("item", &p, &["Boiling is slow", "--remarks", "R1"]).contains("added I1"));
    assert!(add("quality", &p, &["Water boils quickly", "--items", "I1"]).contains("added Q1"));
    assert!(add("group", &p, &["Fast to use"]).contains("added G1"));
    run("set", "quality", &p, &["Q1", "--group", "G1"]);
    assert!(add("competitor", &p, &["Acme"]).contains("added K1"));
    run(
        "set",
        "planning",
        &p,
        &[
            "Q1",
            "--importance",
            "5",
            "--ours",
            "2",
            "--competitor",
            "Acme=4",
            "--planned",
            "5",
            "--sales-point",
            "1.5",
        ],
    );
    assert!(
        add(
            "characteristic",
            &p,
            &["Boil time", "--unit", "s", "--direction", "min"]
        )
        .contains("added C1")
    );
    assert!(add("characteristic", &p, &["Heating power", "--unit", "W"]).contains("added C2"));
    run("set", "relationship", &p, &["Q1", "C1", "strong"]);
    run("set", "relationship", &p, &["Q1", "C2", "medium"]);
    run("set", "correlation", &p, &["C1", "C2", "+"]);

    let project = load_project(&p);
    let q = project.qualities.get(QualityId(1)).unwrap();
    assert_eq!(q.items, vec![ItemId(1)]);
    assert_eq!(q.group, Some(GroupId(1)));
    assert_eq!(
        project.items.get(ItemId(1)).unwrap().remarks,
        vec![RemarkId(1)]
    );
    assert_eq!(project.characteristics.len(), 2);

    gemba().arg("check").arg(&p).assert().success();
    let report = s.path("r.html");
    gemba()
        .arg("report")
        .arg(&p)
        .arg("-o")
        .arg(&report)
        .assert()
        .success();
    let html = fs::read_to_string(&report).unwrap();
    assert!(
        html.contains("Water boils quickly"),
        "the quality is in the report"
    );
    assert!(
        html.contains("Boil time"),
        "the characteristic is in the report"
    );
}

#[test]
fn add_places_records_under_what_they_refer_to() {
    let s = Scratch::new();
    let p = new_project(&s);
    add("segment", &p, &["Home", "--weight", "2"]);
    add("respondent", &p, &["Ann", "--segment", "Home"]);
    add("remark", &p, &["Too loud", "--respondent", "P1"]);
    add("group", &p, &["Quiet"]);
    add("group", &p, &["Sound", "--parent", "G1"]);
    add("quality", &p, &["The kettle runs quietly", "--group", "G2"]);
    add(
        "quality",
        &p,
        &["The kettle clicks softly", "--group", "G2"],
    );
    let project = load_project(&p);
    assert_eq!(
        project.segments.get(SegmentId(1)).unwrap().weight,
        Some(2.0)
    );
    let r = project.remarks.get(RemarkId(1)).unwrap();
    // A remark takes its respondent's segment.
    assert_eq!(r.segment, Some(SegmentId(1)));
    assert_eq!(
        project.groups.get(GroupId(2)).unwrap().parent,
        Some(GroupId(1))
    );
    let (a, b) = (
        project.qualities.get(QualityId(1)).unwrap(),
        project.qualities.get(QualityId(2)).unwrap(),
    );
    assert_eq!((a.group, b.group), (Some(GroupId(2)), Some(GroupId(2))));
    assert!(
        a.order < b.order,
        "a new card lands after the cards already there"
    );
}

#[test]
fn a_quality_with_wording_hints_is_added_and_the_hints_are_shown() {
    let s = Scratch::new();
    let p = new_project(&s);
    let out = add("quality", &p, &["The kettle is not slow and cheap"]);
    assert!(out.contains("added Q1"), "{out}");
    assert!(out.contains("hint: rule 5"), "{out}");
    assert_eq!(load_project(&p).qualities.len(), 1);
}

#[test]
fn a_chinese_quality_gets_its_hints_in_chinese() {
    let s = Scratch::new();
    let p = new_project(&s);
    let out = add("quality", &p, &["按键不好按"]);
    assert!(out.contains("added Q1"), "{out}");
    assert!(
        out.contains("hint: 规则 5（避免否定）：“不好按”是否定说法"),
        "{out}"
    );
    assert!(!out.contains("Avoid negation"), "{out}");
    // An English statement keeps English hints.
    let out = add("quality", &p, &["The kettle is not slow"]);
    assert!(out.contains("hint: rule 5 (Avoid negation)"), "{out}");
}

#[test]
fn refused_adds_name_what_and_why_and_leave_the_file_as_it_was() {
    let s = Scratch::new();
    let p = new_project(&s);
    add("remark", &p, &["Slow"]);
    add("competitor", &p, &["Acme"]);
    add("segment", &p, &["Home"]);
    add("characteristic", &p, &["Boil time"]);
    let ps = p.to_str().unwrap();
    refused(&p, &["add", "remark", ps, " "], "R2: has an empty text");
    refused(
        &p,
        &["add", "item", ps, "Slow", "--remarks", "R1,R9"],
        "I1 remarks: there is no remark R9",
    );
    refused(
        &p,
        &["add", "quality", ps, "Fast", "--items", "I4"],
        "Q1 items: there is no item I4",
    );
    refused(
        &p,
        &["add", "quality", ps, "Fast", "--group", "G3"],
        "Q1 group: there is no group G3",
    );
    refused(
        &p,
        &["add", "group", ps, "Sub", "--parent", "G1"],
        "G1 parent: there is no group G1",
    );
    refused(
        &p,
        &["add", "competitor", ps, "Acme"],
        "the name 'Acme' is used by another competitor",
    );
    refused(
        &p,
        &["add", "segment", ps, "Home"],
        "the name 'Home' is used by another segment",
    );
    refused(
        &p,
        &["add", "segment", ps, "Work", "--weight", "-1"],
        "S2 weight",
    );
    refused(
        &p,
        &["add", "respondent", ps, "Ann", "--segment", "Nowhere"],
        "P1 segment",
    );
    refused(
        &p,
        &["add", "remark", ps, "Loud", "--respondent", "P3"],
        "R2 respondent: there is no respondent P3",
    );
    refused(
        &p,
        &["add", "remark", ps, "Loud", "--source", "rumour"],
        "R2 source: 'rumour' is not a source",
    );
    refused(
        &p,
        &["add", "characteristic", ps, "Boil time"],
        "used by another characteristic",
    );
    refused(
        &p,
        &[
            "add",
            "characteristic",
            ps,
            "Power",
            "--direction",
            "sideways",
        ],
        "C2 direction",
    );
    // A refused add hands out no id: the next remark is still R2.
    assert!(add("remark", &p, &["Loud"]).contains("added R2"));
}

#[test]
fn add_waits_for_the_lock_unless_forced() {
    let s = Scratch::new();
    let p = new_project(&s);
    open_elsewhere(&p);
    refused(
        &p,
        &["add", "remark", p.to_str().unwrap(), "Slow"],
        "is open in gemba by",
    );
    gemba()
        .args(["add", "remark", "--force"])
        .arg(&p)
        .arg("Slow")
        .assert()
        .success()
        .stdout(contains("added R1"));
}

#[test]
fn a_remark_is_refused_a_segment_other_than_its_respondents() {
    let s = Scratch::new();
    let p = new_project(&s);
    add("segment", &p, &["Home"]);
    add("segment", &p, &["Office"]);
    add("respondent", &p, &["Ann", "--segment", "Home"]);
    let ps = p.to_str().unwrap();
    refused(
        &p,
        &[
            "add",
            "remark",
            ps,
            "Loud",
            "--respondent",
            "P1",
            "--segment",
            "Office",
        ],
        "R1 segment: the respondent belongs to segment S1",
    );
    add(
        "remark",
        &p,
        &["Loud", "--respondent", "P1", "--segment", "Home"],
    );
    assert_eq!(
        load_project(&p).remarks.get(RemarkId(1)).unwrap().segment,
        Some(SegmentId(1))
    );
}

/// `gemba add … | head -1`-style use: whoever reads the output leaves before the "saved" line.
/// The record is saved and the lock file is gone, so the next command is not told of a lock
/// taken over.
#[cfg(unix)]
#[test]
fn a_closed_output_still_saves_and_lets_go_of_the_lock() {
    use std::process::Stdio;
    let s = Scratch::new();
    let p = new_project(&s);
    let bin = assert_cmd::cargo::cargo_bin("gemba");
    let mut child = std::process::Command::new(bin)
        .args(["add", "remark"])
        .arg(&p)
        .arg("Slow")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The reader goes away at once: the command writes into a closed pipe.
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    assert!(status.success(), "{status}");
    assert!(
        !store::lock::lock_path(&p).exists(),
        "the lock file is left"
    );
    assert_eq!(load_project(&p).remarks.len(), 1);
    gemba()
        .args(["add", "remark"])
        .arg(&p)
        .arg("Fast")
        .assert()
        .success()
        .stderr(predicates::prelude::PredicateBooleanExt::not(contains(
            "took over",
        )));
}
