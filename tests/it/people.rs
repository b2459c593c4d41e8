//! Project settings, segment weights and respondents through the command line: `gemba set` and
//! `gemba import respondents`, with their refusals.

use std::fs;
use std::path::Path;

use gemba::model::{Language, Scale};
use gemba::store;
use predicates::prelude::*;

use crate::{Scratch, gemba, open_elsewhere};

fn set(project: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    gemba()
        .arg("set")
        .arg(args[0])
        .arg(project)
        .args(&args[1..])
        .assert()
}

/// A refused command: fails, names every `messages`, leaves the file as it was.
fn refused(project: &Path, args: &[&str], messages: &[&str]) {
    let before = fs::read(project).unwrap();
    let out = set(project, args).failure();
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    for m in messages {
        assert!(err.contains(m), "expected {m:?} in:\n{err}");
    }
    assert_eq!(fs::read(project).unwrap(), before, "the project changed");
}

#[test]
fn every_project_setting_is_set_from_the_command_line() {
    let s = Scratch::new();
    let p = s.project("p.ron");
    set(&p, &["title", "燃气热水器"])
        .success()
        .stdout(predicate::str::contains("燃气热水器"));
    set(&p, &["theme", "water heater"]).success();
    set(&p, &["scope", "a flat for a family of four"]).success();
    set(&p, &["scale", "1-7"])
        .success()
        .stdout(predicate::str::contains("1–7"));
    set(&p, &["precision", "3"]).success();
    set(&p, &["lang", "zh"]).success();
    let m = store::load(&p).unwrap().meta;
    assert_eq!(m.title, "燃气热水器");
    assert_eq!(m.theme, "water heater");
    assert_eq!(m.scope, "a flat for a family of four");
    assert_eq!(m.scale, Scale { min: 1, max: 7 });
    assert_eq!(m.precision, 3);
    assert_eq!(m.language, Some(Language::Zh));
    set(&p, &["lang", "auto"]).success();
    assert_eq!(store::load(&p).unwrap().meta.language, None);
}

#[test]
fn settings_that_do_not_fit_are_refused_with_the_reason() {
    let s = Scratch::new();
    let p = s.project("p.ron");
    gemba()
        .args(["import", "planning"])
        .arg(&p)
        .arg("--from")
        .arg(s.write(
            "plan.csv",
            "group,quality,importance,current\nLight,bright beam,5,4\nLight,wide beam,2,2\n",
        ))
        .assert()
        .success();
    refused(
        &p,
        &["scale", "1-3"],
        &["outside the new scale 1–3", "Q1", "nothing was changed"],
    );
    refused(&p, &["scale", "5-1"], &["is empty"]);
    refused(
        &p,
        &["scale", "seven"],
        &["'seven' is not a rating scale", "1-7"],
    );
    refused(&p, &["precision", "9"], &["'9'", "0 to 6"]);
    refused(&p, &["lang", "fr"], &["'fr'", "en, zh or auto"]);
    refused(&p, &["title", "  "], &["no title"]);
}

#[test]
fn a_segment_weight_is_set_by_name_or_id_and_refused_when_not_a_weight() {
    let s = Scratch::new();
    let p = s.project("p.ron");
    gemba()
        .args(["import", "respondents"])
        .arg(&p)
        .arg("--from")
        .arg(s.write("r.csv", "label,segment\nann,Commuters\nbo,Families\n"))
        .assert()
        .success();
    set(&p, &["segment-weight", "Commuters", "2,5"])
        .success()
        .stdout(predicate::str::contains("now weighs 2.5"));
    set(&p, &["segment-weight", "S2", "1"]).success();
    let pr = store::load(&p).unwrap();
    let w: Vec<Option<f64>> = pr.segments.iter().map(|s| s.weight).collect();
    assert_eq!(w, [Some(2.5), Some(1.0)]);
    refused(
        &p,
        &["segment-weight", "Nobody", "1"],
        &["no segment 'Nobody'", "S1 Commuters"],
    );
    refused(&p, &["segment-weight", "S1", "-1"], &["below 0"]);
    refused(&p, &["segment-weight", "S1", "4,000"], &["ambiguous"]);
    set(&p, &["segment-weight", "S1", "none"]).success();
    assert_eq!(
        store::load(&p)
            .unwrap()
            .segments
            .iter()
            .next()
            .unwrap()
            .weight,
        None
    );
}

#[test]
fn respondents_come_in_with_segments_weights_and_attributes_all_or_nothing() {
    let s = Scratch::new();
    let p = s.project("p.ron");
    let good = s.write(
        "r.csv",
        "label,segment,segment_weight,age band,region\n\
         P-ann,Commuters,2,30-39,north\n\
         P-bo,Families,,40-49,\n\
         P-cy,Commuters,2,,south\n",
    );
    gemba()
        .args(["import", "respondents"])
        .arg(&p)
        .arg("--from")
        .arg(&good)
        .assert()
        .success()
        .stdout(predicate::str::contains("3 respondents added (P1–P3)"))
        .stdout(predicate::str::contains("2 segments added"));
    let pr = store::load(&p).unwrap();
    let ann = pr.respondent_by_label("P-ann").unwrap();
    assert_eq!(ann.attributes["age band"], "30-39");
    assert_eq!(ann.attributes["region"], "north");
    assert!(
        !pr.respondent_by_label("P-bo")
            .unwrap()
            .attributes
            .contains_key("region")
    );
    assert_eq!(pr.segment_by_name("Commuters").unwrap().weight, Some(2.0));

    // A bad file changes nothing and names every bad row by line and column.
    let before = fs::read(&p).unwrap();
    let bad = s.write(
        "bad.csv",
        "label,segment,segment_weight\nP-dee,Commuters,3\n,Families,\nP-eve,Families,x\n",
    );
    let out = gemba()
        .args(["import", "respondents"])
        .arg(&p)
        .arg("--from")
        .arg(&bad)
        .assert()
        .failure();
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    for m in [
        "nothing was imported",
        "line 3, column 'label'",
        "line 4, column 'segment_weight': 'x' is not a number",
    ] {
        assert!(err.contains(m), "expected {m:?} in:\n{err}");
    }
    assert!(!err.contains("line 2"), "{err}");
    assert_eq!(fs::read(&p).unwrap(), before);
}

#[test]
fn set_and_import_respondents_respect_the_lock() {
    let s = Scratch::new();
    let p = s.project("p.ron");
    open_elsewhere(&p);
    refused(&p, &["title", "x"], &["is open in gemba by", "--force"]);
    let from = s.write("r.csv", "label\nann\n");
    gemba()
        .args(["import", "respondents"])
        .arg(&p)
        .arg("--from")
        .arg(&from)
        .assert()
        .failure()
        .stderr(predicate::str::contains("is open in gemba by"));
    gemba()
        .args(["set", "--force", "title"])
        .arg(&p)
        .arg("forced")
        .assert()
        .success();
    assert_eq!(store::load(&p).unwrap().meta.title, "forced");
}

#[test]
fn show_speaks_the_language_the_project_sets() {
    let s = Scratch::new();
    let p = s.project("p.ron");
    set(&p, &["title", "Stove study"]).success();
    // An English title: English, steps named as the step bar names them.
    gemba()
        .arg("show")
        .arg(&p)
        .assert()
        .success()
        .stdout(predicate::str::contains("Workflow"))
        .stdout(predicate::str::contains("  1 Remarks"))
        .stdout(predicate::str::contains("  6 House of Quality"))
        .stdout(predicate::str::contains("  7 Report"));
    set(&p, &["lang", "zh"]).success();
    gemba()
        .arg("show")
        .arg(&p)
        .assert()
        .success()
        .stdout(predicate::str::contains("工作流程"))
        .stdout(predicate::str::contains("  1 原始资料"))
        .stdout(predicate::str::contains("  6 质量屋"))
        .stdout(predicate::str::contains("  7 报告"))
        .stdout(predicate::str::contains("Workflow").not());
}
