//! Imports of files as spreadsheets write them: every line-end style (LF, CRLF from Excel, CR
//! from Excel's "CSV (Macintosh)"), quoted cells across lines, and refusals with many problems.

use std::path::{Path, PathBuf};

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
