//! Survey forms and the commands around them: import errors that name their lines, forms filled
//! in and read back in both languages, respondents deleted with their answers, targets set in
//! bulk, and the help of every survey command.

use std::fs;
use std::path::Path;

use gemba::model::{EntityId, Project};
use gemba::store;
use predicates::str::contains;

use crate::survey::{RATINGS, close, export, import, num, planned, refused};
use crate::{Scratch, gemba, parse_csv};

#[test]
fn pairwise_import_errors_name_their_lines() {
    let s = Scratch::new();
    let p = planned(&s);
    let csv = "\
a,b,value
Q1,Q4,3
Q1,Q99,2
Q2,Q2,1
G2,G3,2
Q1,Q2,12
Q1,Q2,x
Q3,Q2,2
Q2,Q3,1/2
nothing like this,Q1,2
";
    refused(
        &p,
        &["import", "pairwise"],
        &s.write("bad.csv", csv),
        &[
            "line 2: Q1 (in G2) and Q4 (in G3) are not siblings",
            "line 3, column 'b': there is no Q99",
            "line 4: Q2 is compared with itself",
            "line 5: G2 (in G1) and G3 (at the top level) are not siblings",
            "line 6, column 'value': '12' is outside Saaty's scale",
            "line 7, column 'value': 'x' is not a number",
            "line 9: Q2 and Q3 are already compared on line 8",
            "line 10, column 'a': no group or quality is called 'nothing like this'",
            "nothing was imported",
        ],
    );
    refused(
        &p,
        &["import", "pairwise"],
        &s.write("hdr.csv", "a,c,value\nQ1,Q2,3\n"),
        &["line 1, column 'c': unknown column", "needs a 'b' column"],
    );
}

#[test]
fn response_import_errors_name_their_lines() {
    let s = Scratch::new();
    let p = planned(&s);
    // Two qualities with the same text make a text ambiguous.
    import(
        &p,
        "planning",
        &s.write("dup.csv", "group,quality\nPower,long battery\n"),
    );
    let csv = "\
respondent,segment,quality,question,answer
a,family,Q1,importance,6
a,family,Q1,satisfaction,lots
a,family,Q1,kano-functional,love it
a,family,Q1,mood,3
a,family,Q1,satisfaction:Nobody,3
,,Q1,importance,3
a,family,,importance,3
a,family,Q42,importance,3
a,family,long battery,importance,3
a,family,Q1,voc-wish,brighter please
a,family,Q2,importance,3
a,family,Q2,importance,4
a,renter,Q3,importance,4
";
    refused(
        &p,
        &["import", "responses"],
        &s.write("bad.csv", csv),
        &[
            "line 2, column 'answer': 6 is outside the rating scale 1–5",
            "line 3, column 'answer': 'lots' is not a rating",
            "line 4, column 'answer': 'love it' is not a Kano answer",
            "line 5, column 'question': 'mood' is not a question",
            "line 6, column 'question': unknown competitor 'Nobody'; the project has Acme",
            "line 7, column 'respondent': the respondent is empty",
            "line 8, column 'quality': the quality is empty",
            "line 9, column 'quality': there is no quality Q42",
            "line 10, column 'quality': 2 qualities have the text 'long battery' (Q4, Q5)",
            "line 11, column 'quality': VOC answers become remarks and take no quality",
            "line 13: respondent 'a' already answered importance for Q2 on line 12",
            "line 14, column 'segment': respondent 'a' is in segment 'family' on an earlier line, not 'renter'",
            "nothing was imported",
        ],
    );
    refused(
        &p,
        &["import", "responses"],
        &s.write("hdr.csv", "who,quality,question,answer\n"),
        &["line 1, column 'who': unknown column"],
    );
    refused(
        &p,
        &["import", "responses"],
        &s.write(
            "empty.csv",
            "respondent,quality,question,answer\na,Q1,importance,\n",
        ),
        &["the file holds no answers"],
    );
}

/// Fills a CSV form: every row gets the respondent, the segment and an answer from `answer`.
fn fill(form: &str, who: &[(&str, &str)], answer: impl Fn(&str, &str, usize) -> String) -> String {
    let (headers, rows) = parse_csv(form);
    assert_eq!(
        headers,
        [
            "respondent",
            "segment",
            "quality",
            "question",
            "answer",
            "prompt"
        ]
    );
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&headers).unwrap();
    for (n, (label, segment)) in who.iter().enumerate() {
        for r in &rows {
            let mut r = r.clone();
            r[0] = label.to_string();
            r[1] = segment.to_string();
            r[4] = answer(&r[2], &r[3], n);
            w.write_record(&r).unwrap();
        }
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

fn form(project: &Path, kind: &str) -> String {
    let out = gemba()
        .arg("survey")
        .arg(project)
        .args(["--kind", kind, "--format", "csv"])
        .assert()
        .success();
    String::from_utf8_lossy(&out.get_output().stdout).to_string()
}

#[test]
fn forms_filled_in_read_back() {
    let s = Scratch::new();
    let p = planned(&s);
    let who = [("r1", "family"), ("r2", "family"), ("r3", "renter")];

    // Rating form: importance 5, 4, 3 by respondent; satisfaction 2 for us, 4 for Acme; the
    // third respondent leaves Acme blank.
    let rating = form(&p, "rating");
    assert!(rating.contains("satisfaction:Acme"));
    let filled = fill(&rating, &who, |_, question, n| match question {
        "importance" => (5 - n).to_string(),
        "satisfaction" => "2".into(),
        _ if n == 2 => String::new(),
        _ => "4".into(),
    });
    gemba()
        .args(["import", "responses"])
        .arg(&p)
        .arg("--from")
        .arg(s.write("rating.csv", &filled))
        .assert()
        .success()
        .stdout(contains("4 unanswered questions skipped"));
    let (_, rows) = export(&p, "survey");
    assert_eq!(
        rows.len(),
        4 * 3,
        "three questions on each of four qualities"
    );
    for q in ["Q1", "Q2", "Q3", "Q4"] {
        let imp = rows
            .iter()
            .find(|r| r[0] == q && r[2] == "importance")
            .unwrap();
        assert_eq!(imp[3], "3");
        assert!(close(num(&imp[4]), 4.0));
        let acme = rows
            .iter()
            .find(|r| r[0] == q && r[2] == "satisfaction:Acme")
            .unwrap();
        assert_eq!(acme[3], "2");
    }

    // Kano form: everyone likes having it and dislikes missing it → one-dimensional.
    let kano = form(&p, "kano");
    let filled = fill(&kano, &who, |_, question, _| {
        if question == "kano-functional" {
            "like"
        } else {
            "dislike"
        }
        .into()
    });
    import(&p, "responses", &s.write("kano.csv", &filled));
    let (_, rows) = export(&p, "kano");
    assert_eq!(rows.len(), 4);
    assert!(
        rows.iter()
            .all(|r| r[3] == "3" && r[8] == "one-dimensional")
    );

    // VOC form: answers become remarks with their question kind.
    let voc = form(&p, "voc");
    let filled = fill(&voc, &who[..1], |_, question, _| {
        format!("answer to {question}")
    });
    import(&p, "responses", &s.write("voc.csv", &filled));
    let (h, rows) = export(&p, "voc");
    let source = h.iter().position(|x| x == "source").unwrap();
    assert_eq!(rows.len(), 12);
    assert_eq!(
        rows.iter()
            .filter(|r| r[source] == "questionnaire:wish")
            .count(),
        3
    );
    gemba().arg("check").arg(&p).assert().success();
}

#[test]
fn forms_follow_the_project_language() {
    let s = Scratch::new();
    let p = planned(&s); // titled "Test 测试": Chinese
    let out = gemba()
        .arg("survey")
        .arg(&p)
        .args(["--kind", "kano"])
        .assert()
        .success();
    let md = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(md.contains("卡诺问卷") && md.contains("理所当然"), "{md}");
    let out = gemba()
        .arg("survey")
        .arg(&p)
        .args(["--kind", "voc", "--lang", "en", "--format", "html"])
        .assert()
        .success();
    let html = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(html.contains("Customer questionnaire") && html.contains("<html lang=\"en\">"));
    let o = s.path("form.md");
    gemba()
        .arg("survey")
        .arg(&p)
        .args(["--kind", "rating", "-o"])
        .arg(&o)
        .assert()
        .success();
    gemba()
        .arg("survey")
        .arg(&p)
        .args(["--kind", "rating", "-o"])
        .arg(&o)
        .assert()
        .failure()
        .stderr(contains("--force"));
}

#[test]
fn deleting_a_respondent_removes_answers_and_undo_restores_them() {
    let s = Scratch::new();
    let p = planned(&s);
    import(&p, "responses", &s.write("r.csv", RATINGS));
    let mut project: Project = store::load(&p).unwrap();
    let before = project.clone();
    let a = project.respondent_by_label("a").unwrap().id;
    let undo = project
        .apply(project.delete(EntityId::Respondent(a)))
        .unwrap();
    assert_eq!(project.responses.len(), 4);
    assert!(project.responses.iter().all(|r| r.respondent != a));
    project.apply(undo).unwrap();
    assert_eq!(project, before);
}

#[test]
fn target_helpers_set_many_rows_at_once() {
    let s = Scratch::new();
    let p = planned(&s);
    let target = |p: &Path| -> Vec<String> {
        let (h, rows) = export(p, "planning");
        let t = h.iter().position(|x| x == "target").unwrap();
        rows.iter().map(|r| r[t].clone()).collect()
    };
    assert_eq!(target(&p), ["5", "4", "4", "5"]);
    gemba()
        .args(["set", "targets"])
        .arg(&p)
        .args(["best-competitor", "--quality", "Q1,no glare"])
        .assert()
        .success()
        .stdout(contains("2 targets changed"));
    // Acme: Q1 4, Q3 3.
    assert_eq!(target(&p), ["4", "4", "3", "5"]);
    // Current 3, 3, 2, 4 plus 1.5, kept on the 1–5 scale.
    gemba()
        .args(["set", "targets"])
        .arg(&p)
        .args(["current-plus", "--by", "1.5"])
        .assert()
        .success();
    assert_eq!(target(&p), ["4.5", "4.5", "3.5", "5"]);
    let before = fs::read(&p).unwrap();
    gemba()
        .args(["set", "targets"])
        .arg(&p)
        .args(["scale-max", "--quality", "Q9"])
        .assert()
        .failure()
        .stderr(contains("there is no quality Q9"));
    assert_eq!(fs::read(&p).unwrap(), before);
}

#[test]
fn new_subcommands_have_help() {
    for sub in [
        &["survey"][..],
        &["set", "importance-source"],
        &["set", "satisfaction-source"],
        &["set", "kano-types"],
        &["set", "targets"],
        &["import", "responses"],
        &["import", "pairwise"],
    ] {
        gemba()
            .args(sub)
            .arg("--help")
            .assert()
            .success()
            .stdout(contains("Usage"));
    }
}
