//! Imports of files as spreadsheets write them: every line-end style (LF, CRLF from Excel, CR
//! from Excel's "CSV (Macintosh)"), quoted cells across lines, and refusals with many problems.

use std::fs;
use std::path::{Path, PathBuf};

use predicates::prelude::*;
use predicates::str::contains;

use crate::{Scratch, gemba, load_project};

/// A project with qualities Q1 and Q2 in one group, and characteristic C1.
fn project(s: &Scratch) -> PathBuf {
    let p = s.project("p.ron");
    let plan = s.write(
        "plan.csv",
        "group,quality,importance,current,target\nSafety,lights reliably,4,3,5\nSafety,stays lit,5,3,5\n",
    );
    gemba()
        .args(["import", "planning"])
        .arg(&p)
        .arg("--from")
        .arg(&plan)
        .assert()
        .success();
    let chars = s.write("chars.csv", "name,direction\nignition time,min\n");
    gemba()
        .args(["import", "characteristics"])
        .arg(&p)
        .arg("--from")
        .arg(&chars)
        .assert()
        .success();
    p
}

/// Every importer: a header, a good row, and a row that is refused, in LF line ends.
const SHEETS: [(&str, &str, &str, &str); 7] = [
    (
        "remarks",
        "text,source",
        "fine,interview",
        "bad,nosuchsource",
    ),
    ("planning", "id,importance", "Q1,4", "Q2,x"),
    (
        "responses",
        "respondent,quality,question,answer",
        "P1,Q1,importance,4",
        "P1,Q1,nosuchquestion,4",
    ),
    ("pairwise", "a,b,value", "Q1,Q2,3", "Q1,Q2,x"),
    (
        "characteristics",
        "name,direction",
        "weight,min",
        "speed,sideways",
    ),
    ("relationships", "quality,C1", "Q1,◎", "Q1,x"),
    (
        "respondents",
        "label,segment,segment_weight",
        "P1,S,1",
        "P2,S,x",
    ),
];

fn with_ends(text: &str, end: &str) -> String {
    text.replace('\n', end)
}

fn import(p: &Path, kind: &str, from: &Path) -> assert_cmd::assert::Assert {
    gemba()
        .args(["import", kind])
        .arg(p)
        .arg("--from")
        .arg(from)
        .assert()
}

#[test]
fn every_importer_names_the_right_line_for_every_line_end() {
    for end in ["\n", "\r\n", "\r"] {
        for (kind, header, good, bad) in SHEETS {
            let s = Scratch::new();
            let p = project(&s);
            let text = with_ends(&format!("{header}\n{good}\n{bad}\n"), end);
            let from = s.write("in.csv", &text);
            let out = import(&p, kind, &from).failure();
            let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
            assert!(
                stderr.contains("line 3")
                    && !stderr.contains("line 1")
                    && !stderr.contains("line 2"),
                "{kind} with {end:?}: {stderr}"
            );
        }
    }
}

#[test]
fn a_quoted_cell_over_several_lines_keeps_later_lines_exact() {
    for end in ["\n", "\r\n", "\r"] {
        let s = Scratch::new();
        let p = project(&s);
        let text = with_ends(
            "text,source\n\"one\ntwo\nthree\",interview\nbad,nosuchsource\n",
            end,
        );
        let from = s.write("in.csv", &text);
        import(&p, "remarks", &from)
            .failure()
            .stderr(contains("line 5, column 'source'"));
    }
}

#[test]
fn a_byte_order_mark_and_crlf_import_cleanly() {
    let s = Scratch::new();
    let p = project(&s);
    let from = s.write(
        "in.csv",
        "\u{feff}text,source\r\nfirst,interview\r\nsecond,\r\n",
    );
    import(&p, "remarks", &from)
        .success()
        .stdout(contains("2 remarks added"));
    let texts: Vec<String> = load_project(&p)
        .remarks
        .iter()
        .map(|r| r.text.clone())
        .collect();
    assert_eq!(texts, ["first", "second"]);
}

#[test]
fn a_plain_text_file_with_cr_line_ends_is_one_remark_a_line() {
    for end in ["\n", "\r\n", "\r"] {
        let s = Scratch::new();
        let p = project(&s);
        let from = s.write("in.txt", &with_ends("first\nsecond 第二\n\nthird\n", end));
        import(&p, "remarks", &from)
            .success()
            .stdout(contains("3 remarks added"));
        let texts: Vec<String> = load_project(&p)
            .remarks
            .iter()
            .map(|r| r.text.clone())
            .collect();
        assert_eq!(texts, ["first", "second 第二", "third"], "{end:?}");
    }
}

/// A planning file of `n` rows whose importance is not a number, and one whose current is out
/// of range.
fn many_bad_rows(n: usize) -> String {
    let mut text = String::from("quality,importance,current\n");
    for i in 0..n {
        text.push_str(&format!("quality {i},x{i},3\n"));
    }
    text.push_str("one more,4,99\n");
    text
}

#[test]
fn many_problems_show_a_few_of_each_kind_and_a_count() {
    let s = Scratch::new();
    let p = project(&s);
    let before = fs::read(&p).unwrap();
    let from = s.write("big.csv", &many_bad_rows(1000));
    let out = import(&p, "planning", &from)
        .failure()
        .code(1)
        .stderr(contains("1,001 problems"))
        .stderr(contains("line 2, column 'importance'"))
        .stderr(contains("line 6, column 'importance'"))
        .stderr(contains("… and 995 more of this kind"))
        .stderr(contains("line 1002, column 'current'"))
        .stderr(contains("--problems FILE"))
        .stderr(contains("line 7,").not());
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.lines().count() < 20, "{stderr}");
    assert_eq!(fs::read(&p).unwrap(), before, "the project changed");
}

#[test]
fn problems_file_holds_every_problem() {
    let s = Scratch::new();
    let p = project(&s);
    let before = fs::read(&p).unwrap();
    let from = s.write("big.csv", &many_bad_rows(1000));
    let list = s.path("problems.txt");
    gemba()
        .args(["import", "planning"])
        .arg(&p)
        .arg("--from")
        .arg(&from)
        .arg("--problems")
        .arg(&list)
        .assert()
        .failure()
        .code(1)
        .stderr(contains("every problem is listed in"))
        .stderr(contains("problems.txt"))
        .stderr(contains("… and 995 more of this kind"));
    let text = fs::read_to_string(&list).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1001, "{text}");
    assert!(
        lines[0].starts_with("line 2, column 'importance'"),
        "{}",
        lines[0]
    );
    assert!(lines[999].starts_with("line 1001, column 'importance'"));
    assert!(lines[1000].starts_with("line 1002, column 'current'"));
    assert_eq!(fs::read(&p).unwrap(), before, "the project changed");
}

#[test]
fn the_problems_list_never_replaces_the_project_or_the_input() {
    let s = Scratch::new();
    let p = project(&s);
    let from = s.write("big.csv", &many_bad_rows(10));
    let (project_before, input_before) = (fs::read(&p).unwrap(), fs::read(&from).unwrap());
    for target in [&p, &from] {
        gemba()
            .args(["import", "planning"])
            .arg(&p)
            .arg("--from")
            .arg(&from)
            .arg("--problems")
            .arg(target)
            .assert()
            .failure()
            .code(1)
            .stderr(contains("give a new file for the list of problems"));
    }
    assert_eq!(fs::read(&p).unwrap(), project_before);
    assert_eq!(fs::read(&from).unwrap(), input_before);
}

#[test]
fn header_problems_name_the_header_line_after_blank_lines() {
    for (kind, header) in [("remarks", "text,bogus"), ("planning", "quality,bogus")] {
        for end in ["\n", "\r\n", "\r"] {
            let s = Scratch::new();
            let p = project(&s);
            let from = s.write("in.csv", &with_ends(&format!("\n\n{header}\nx,y\n"), end));
            import(&p, kind, &from)
                .failure()
                .stderr(contains("line 3, column 'bogus'"));
        }
    }
}
