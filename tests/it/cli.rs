//! The command line as a user meets it, bad input included: every refusal names where and why
//! and leaves the project file byte-for-byte unchanged.

use std::fs;

use predicates::prelude::*;
use predicates::str::contains;

use crate::{Scratch, gemba, import, refused, root};

const PLANNING: &str = "\
group,quality,importance,current,competitor:A,competitor:B,target,sales_point
Safety / Burner,the burner lights reliably,4.1,3.7,4.0,4.0,5.0,
Safety / Burner,the flame stays lit in a draught,4.6,3.6,4.0,3.8,5.0,◎
Comfort / Water,水温稳定,4.5,4.0,4.0,4.0,4.5,○
Comfort,=HYPERLINK(\"x\"),3.0,3.0,3.0,3.0,4.0,1.0
";

/// A project with a three-level tree and planning values, made through the command line.
pub(crate) fn planned(s: &Scratch) -> std::path::PathBuf {
    let p = s.project("plan.ron");
    let csv = s.write("plan.csv", PLANNING);
    import("planning", &p, &csv);
    p
}

#[test]
fn every_subcommand_has_help() {
    for sub in [
        &["new"][..],
        &["check"],
        &["show"],
        &["export"],
        &["import", "remarks"],
        &["import", "planning"],
    ] {
        gemba()
            .args(sub)
            .arg("--help")
            .assert()
            .success()
            .stdout(contains("Usage"));
    }
}

#[cfg(unix)]
#[test]
fn output_cut_short_by_a_closed_pipe_is_no_crash() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let sample = root().join("projects/bike-light.en.ron");
    let mut child = Command::new(env!("CARGO_BIN_EXE_gemba"))
        .arg("show")
        .arg(&sample)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away before gemba writes, as `gemba show p.ron | true` would.
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    child.wait().unwrap();
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn completions_and_manual_page_are_printed() {
    gemba()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(contains("_gemba()"));
    gemba()
        .args(["completions", "fish"])
        .assert()
        .success()
        .stdout(contains("complete -c gemba"));
    gemba()
        .arg("man")
        .assert()
        .success()
        .stdout(contains(".TH gemba 1"));
}

#[test]
fn new_creates_a_valid_project_and_never_overwrites() {
    let s = Scratch::new();
    let p = s.path("p.ron");
    gemba()
        .arg("new")
        .arg(&p)
        .args(["--title", "Bike light", "--theme", "commuter bike light"])
        .assert()
        .success();
    gemba()
        .arg("check")
        .arg(&p)
        .assert()
        .success()
        .stdout(contains("valid"));
    refused(
        &p,
        &["new", p.to_str().unwrap(), "--title", "Other"],
        "already exists",
    );
    assert!(fs::read_to_string(&p).unwrap().contains("Bike light"));
}

#[test]
fn the_samples_are_valid() {
    let mut n = 0;
    for entry in fs::read_dir(root().join("projects")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ron") {
            gemba().arg("check").arg(&path).assert().success();
            n += 1;
        }
    }
    assert!(n >= 2, "expected the two sample projects");
}

#[test]
fn check_names_file_line_and_column_of_a_malformed_file() {
    let s = Scratch::new();
    let p = s.project("p.ron");
    let text = fs::read_to_string(&p)
        .unwrap()
        .replace("precision: 2", "precision: two");
    let bad = s.write("bad.ron", &text);
    let line = text.lines().position(|l| l.contains("two")).unwrap() + 1;
    gemba()
        .arg("check")
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(contains(format!("bad.ron:{line}:")));
    assert_eq!(fs::read_to_string(&bad).unwrap(), text);
}

#[test]
fn check_reports_every_problem_at_once_with_lines() {
    let s = Scratch::new();
    let p = planned(&s);
    let text = fs::read_to_string(&p).unwrap();
    let broken = text
        .replacen("importance: 4.1", "importance: 7.0", 1)
        .replacen("parent: \"G1\"", "parent: \"G9\"", 1)
        .replacen("sales_point: Strong", "sales_point: Custom(9.0)", 1);
    let bad = s.write("bad.ron", &broken);
    let out = gemba()
        .arg("check")
        .arg(&bad)
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    assert!(
        err.contains("importance 7 is outside the rating scale 1–5"),
        "{err}"
    );
    assert!(
        err.contains("refers to group G9, which does not exist"),
        "{err}"
    );
    assert!(err.contains("sales point 9 is outside"), "{err}");
    assert!(err.contains("3 problems"), "{err}");
    assert!(
        err.lines()
            .all(|l| l.starts_with(bad.to_str().unwrap()) || l.ends_with("problems")),
        "{err}"
    );
}

#[test]
fn a_missing_file_gets_a_clear_message() {
    let s = Scratch::new();
    let missing = s.path("nope.ron");
    gemba()
        .arg("check")
        .arg(&missing)
        .assert()
        .code(1)
        .stderr(contains("nope.ron").and(contains("No such file")));
    gemba()
        .arg("show")
        .arg(&missing)
        .assert()
        .failure()
        .stderr(contains("nope.ron"));
}

#[test]
fn show_summarises_steps_incomplete_rows_and_top_weights() {
    let s = Scratch::new();
    let p = planned(&s);
    let csv = s.write(
        "more.csv",
        "quality,importance\na quality without current,3\n",
    );
    import("planning", &p, &csv);
    gemba()
        .arg("show")
        .arg(&p)
        .assert()
        .success()
        .stdout(contains("3 要求质量             5  4 项已归组，1 项未归组"))
        .stdout(contains("不完整的企划行 (1)"))
        .stdout(contains("缺本公司现状"))
        .stdout(contains("权重最高"))
        .stdout(contains("the flame stays lit in a draught"));
    // The project's language, when set, wins over its text; steps are named as on screen.
    gemba()
        .args(["set", "lang"])
        .arg(&p)
        .arg("en")
        .assert()
        .success();
    gemba()
        .arg("show")
        .arg(&p)
        .assert()
        .success()
        .stdout(contains("3 Qualities            5  4 placed, 1 unplaced"))
        .stdout(contains("5 Planning"))
        .stdout(contains("6 House of Quality     0  characteristics"))
        .stdout(contains("7 Report"))
        .stdout(contains("Incomplete planning rows (1)"))
        .stdout(contains("current satisfaction missing"))
        .stdout(contains("Top weights"));
}

#[test]
fn running_with_only_a_path_prints_the_summary() {
    let s = Scratch::new();
    let p = planned(&s);
    gemba()
        .arg(&p)
        .assert()
        .success()
        .stdout(contains("工作流程"));
}
