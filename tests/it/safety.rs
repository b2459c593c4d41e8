//! Nothing a team made is lost or silently damaged: invisible characters, trees too deep,
//! projects that fail validation, ambiguous CSV headers, unclosed quotes, error messages.

use std::fs;

use predicates::str::contains;

use crate::{Scratch, gemba, refused};

#[test]
fn imported_text_loses_its_invisible_characters() {
    let s = Scratch::new();
    let p = s.project("r.ron");
    let txt = s.write("r.txt", "hot\u{200D} water\u{AD}\n\u{200B}\u{FEFF}\n");
    gemba()
        .args(["import", "remarks"])
        .arg(&p)
        .arg("--from")
        .arg(&txt)
        .assert()
        .success()
        .stdout(contains("1 remark added (R1)"));
    let csv = s.write(
        "r.csv",
        "text,segment\n\u{115F}rain gets in,\u{200B}commuters\nok,commuters\n\u{2060},\n",
    );
    gemba()
        .args(["import", "remarks"])
        .arg(&p)
        .arg("--from")
        .arg(&csv)
        .assert()
        .success()
        .stdout(contains("2 remarks added (R2–R3)"));
    let project = gemba::store::load(&p).unwrap();
    let texts: Vec<&str> = project.remarks.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(texts, ["hot water", "rain gets in", "ok"]);
    assert_eq!(project.segments.len(), 1);
}

/// A group tree 40,000 levels deep (a file of a few megabytes): `check` names the group that
/// goes past the limit, and the deployment table is refused rather than built.
#[test]
fn a_group_tree_too_deep_is_a_problem_and_is_not_exported() {
    use gemba::model::*;
    let s = Scratch::new();
    let mut p = Project::new(Meta::new("deep"));
    for i in 1..=40_000 {
        p.groups.put(Group {
            id: GroupId(i),
            title: format!("level {i}"),
            parent: (i > 1).then(|| GroupId(i - 1)),
            order: 0,
        });
    }
    p.cover_issued();
    let path = s.write("deep.ron", &gemba::store::to_ron(&p).unwrap());
    gemba()
        .arg("check")
        .arg(&path)
        .assert()
        .failure()
        .stderr(contains("group G33: lies 33 levels deep"));
    let out = s.path("deep.csv");
    gemba()
        .args(["export", "--table", "deployment"])
        .arg(&path)
        .arg("-o")
        .arg(&out)
        .assert()
        .failure()
        .stderr(contains("gemba check"));
    assert!(!out.exists());
}

/// The bike-light sample broken the way hand edits and merges break files: a matrix cell and a
/// roof cell naming characteristics that do not exist.
fn broken_sample(s: &Scratch) -> std::path::PathBuf {
    let text = fs::read_to_string("projects/bike-light.en.ron").unwrap();
    let broken = text
        .replacen("(\"Q1\", \"C1\", Strong)", "(\"Q1\", \"C99\", Strong)", 1)
        .replacen(
            "(\"C1\", \"C3\", Positive)",
            "(\"C1\", \"C98\", Positive)",
            1,
        );
    assert_ne!(broken, text);
    s.write("broken.ron", &broken)
}

#[test]
fn matrix_and_roof_problems_carry_their_line() {
    let s = Scratch::new();
    let p = broken_sample(&s);
    let text = fs::read_to_string(&p).unwrap();
    let line = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let out = gemba()
        .arg("check")
        .arg(&p)
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    let file = p.display().to_string();
    assert!(
        err.contains(&format!("{file}:{}: relationship Q1×C99", line("\"C99\""))),
        "{err}"
    );
    assert!(
        err.contains(&format!("{file}:{}: correlation C1~C98", line("\"C98\""))),
        "{err}"
    );
}

#[test]
fn show_export_and_report_say_when_a_project_fails_validation() {
    let s = Scratch::new();
    let p = broken_sample(&s);
    gemba()
        .arg("show")
        .arg(&p)
        .assert()
        .code(1)
        .stdout(contains("2 problems; run `gemba check"))
        .stderr(contains("2 problems"));
    let out = s.path("planning.csv");
    gemba()
        .arg("export")
        .arg(&p)
        .args(["--table", "hoq", "--format", "csv", "-o"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(contains(
            "2 problems; no export was written: run `gemba check",
        ));
    assert!(!out.exists());
    let report = s.path("report.html");
    gemba()
        .arg("report")
        .arg(&p)
        .arg("-o")
        .arg(&report)
        .assert()
        .code(1)
        .stderr(contains("no report was written"));
    assert!(!report.exists());
}

#[test]
fn a_header_naming_a_column_twice_is_refused_naming_both() {
    let s = Scratch::new();
    let p = s.project("r.ron");
    let before = fs::read(&p).unwrap();
    let csv = s.write("r.csv", "text,source,Text\nfirst,interview,second\n");
    refused(
        &p,
        &[
            "import",
            "remarks",
            p.to_str().unwrap(),
            "--from",
            csv.to_str().unwrap(),
        ],
        "line 1, column 'text': columns 1 and 3 have the same name",
    );
    let planning = s.write("p.csv", "id,importance,importance\nQ1,4,5\n");
    refused(
        &p,
        &[
            "import",
            "planning",
            p.to_str().unwrap(),
            "--from",
            planning.to_str().unwrap(),
        ],
        "columns 2 and 3 have the same name",
    );
    assert_eq!(fs::read(&p).unwrap(), before);
}

#[test]
fn a_quote_never_closed_is_refused_with_the_line_it_opened_on() {
    let s = Scratch::new();
    let p = s.project("r.ron");
    let before = fs::read(&p).unwrap();
    let csv = s.write(
        "r.csv",
        "text,source\nfine,interview\n\"it said \"\"hi\"\", fine\",interview\n\"the rest,complaint\nmore,interview\nlast,interview\n",
    );
    refused(
        &p,
        &[
            "import",
            "remarks",
            p.to_str().unwrap(),
            "--from",
            csv.to_str().unwrap(),
        ],
        "line 4: a quote opens a value here and is never closed",
    );
    assert_eq!(fs::read(&p).unwrap(), before);
}

#[test]
fn an_io_error_names_its_cause_once() {
    let s = Scratch::new();
    let missing = s.path("missing.ron");
    let out = gemba().arg("show").arg(&missing).assert().failure();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert_eq!(err.matches("No such file or directory").count(), 1, "{err}");
}

/// Thousands of problems each get their line (found in one pass over the file).
#[test]
fn every_one_of_many_problems_names_its_line() {
    use gemba::model::*;
    let s = Scratch::new();
    let mut p = Project::new(Meta::new("same labels"));
    for i in 1..=3_000 {
        p.respondents.put(Respondent {
            id: RespondentId(i),
            label: "P".into(),
            segment: None,
            attributes: Default::default(),
        });
    }
    p.cover_issued();
    let path = s.write("same.ron", &gemba::store::to_ron(&p).unwrap());
    let text = fs::read_to_string(&path).unwrap();
    let out = gemba()
        .arg("check")
        .arg(&path)
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    let file = path.display().to_string();
    let lines: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("is used by another"))
        .collect();
    assert_eq!(lines.len(), 3_000);
    let id_lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, t)| t.trim_start().starts_with("id: \"P"))
        .map(|(n, _)| n + 1)
        .collect();
    for (i, l) in lines.iter().enumerate() {
        let want = id_lines[i];
        assert!(
            l.starts_with(&format!("{file}:{want}: respondent P{}:", i + 1)),
            "{l}"
        );
    }
}

#[test]
fn new_takes_the_title_without_invisible_characters() {
    let s = Scratch::new();
    let blank = s.path("blank.ron");
    gemba()
        .arg("new")
        .arg(&blank)
        .args(["--title", "\u{200B}\u{FEFF} "])
        .assert()
        .failure()
        .stderr(contains("the project has no title"));
    assert!(!blank.exists());
    let p = s.path("k.ron");
    gemba()
        .arg("new")
        .arg(&p)
        .args([
            "--title",
            "\u{FEFF}Kettle\u{200D}",
            "--theme",
            "\u{AD}kettle",
        ])
        .assert()
        .success();
    let project = gemba::store::load(&p).unwrap();
    assert_eq!(project.meta.title, "Kettle");
    assert_eq!(project.meta.theme, "kettle");
    assert!(!fs::read_to_string(&p).unwrap().contains('\u{200D}'));
}
