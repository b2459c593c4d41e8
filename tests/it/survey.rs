//! Surveys, Kano and AHP through the command line: forms out, answers and judgements in, the
//! derived tables checked against numbers worked out by hand.

use std::fs;
use std::path::{Path, PathBuf};

use gemba::model::{EntityId, Project};
use gemba::store;
use predicates::str::contains;

use crate::{Scratch, gemba, parse_csv};

/// Groups: Light (G1) > Beam (G2) > Q1 bright beam, Q2 wide beam, Q3 no glare; Power (G3) > Q4.
const PLANNING: &str = "\
group,quality,importance,current,competitor:Acme,target,sales_point
Light / Beam,bright beam,4,3,4,5,
Light / Beam,wide beam,3,3,3,4,
Light / Beam,no glare,5,2,3,4,○
Power,long battery,4,4,4,5,
";

fn planned(s: &Scratch) -> PathBuf {
    let p = s.project("s.ron");
    import(&p, "planning", &s.write("plan.csv", PLANNING));
    p
}

fn import(project: &Path, what: &str, from: &Path) {
    gemba()
        .args(["import", what])
        .arg(project)
        .arg("--from")
        .arg(from)
        .assert()
        .success();
}

/// Runs a command that must fail with every `messages` in its error output, and checks that the
/// project file did not change.
fn refused(project: &Path, args: &[&str], from: &Path, messages: &[&str]) {
    let before = fs::read(project).unwrap();
    let out = gemba()
        .args(args)
        .arg(project)
        .arg("--from")
        .arg(from)
        .assert()
        .failure();
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    for m in messages {
        assert!(err.contains(m), "expected {m:?} in:\n{err}");
    }
    assert_eq!(
        fs::read(project).unwrap(),
        before,
        "the project file changed"
    );
}

fn export(project: &Path, table: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let out = gemba()
        .arg("export")
        .arg(project)
        .args(["--table", table, "--format", "csv"])
        .assert()
        .success();
    parse_csv(&String::from_utf8_lossy(&out.get_output().stdout))
}

fn num(s: &str) -> f64 {
    s.parse()
        .unwrap_or_else(|_| panic!("{s:?} is not a number"))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// The row whose first cells are `key`.
fn row<'a>(rows: &'a [Vec<String>], key: &[&str]) -> &'a Vec<String> {
    rows.iter()
        .find(|r| key.iter().enumerate().all(|(i, k)| r[i] == *k))
        .unwrap_or_else(|| panic!("no row {key:?} in {rows:?}"))
}

const RATINGS: &str = "\
respondent,segment,quality,question,answer
a,family,Q1,importance,5
b,family,Q1,importance,3
c,renter,bright beam,importance,2
d,,Q1,importance,4
a,family,Q1,satisfaction,2
b,family,Q1,satisfaction,4
a,family,Q1,satisfaction:Acme,5
";

#[test]
fn survey_means_plain_and_segment_weighted() {
    let s = Scratch::new();
    let p = planned(&s);
    import(&p, "responses", &s.write("r.csv", RATINGS));
    let (headers, rows) = export(&p, "survey");
    assert_eq!(headers, ["id", "quality", "question", "n", "mean", "sd"]);
    // 5, 3, 2, 4: mean 3.5; squared deviations 2.25 + 0.25 + 2.25 + 0.25 = 5; sd = √(5/3).
    let r = row(&rows, &["Q1", "bright beam", "importance"]);
    assert_eq!(r[3], "4");
    assert!(close(num(&r[4]), 3.5));
    assert!(close(num(&r[5]), (5.0f64 / 3.0).sqrt()));
    let r = row(&rows, &["Q1", "bright beam", "satisfaction:Acme"]);
    assert_eq!((r[3].as_str(), r[5].as_str()), ("1", ""));

    // Weight the family segment 3: family mean (5 + 3)/2 = 4, renter 2 (weight 1), the
    // respondent without a segment 4 (weight 1): (3·4 + 2 + 4) / 5 = 3.6.
    let mut project = store::load(&p).unwrap();
    let mut family = project.segment_by_name("family").unwrap().clone();
    family.weight = Some(3.0);
    project
        .apply(gemba::model::Edit::Put(gemba::model::Entity::Segment(
            family,
        )))
        .unwrap();
    store::save(&project, &p).unwrap();
    let (_, rows) = export(&p, "survey");
    let r = row(&rows, &["Q1", "bright beam", "importance"]);
    assert!(close(num(&r[4]), 3.6), "{r:?}");
    assert_eq!(r[3], "4");
    // The spread stays that of the individual answers.
    assert!(close(num(&r[5]), (5.0f64 / 3.0).sqrt()));
}

#[test]
fn importance_source_switches_the_planning_matrix() {
    let s = Scratch::new();
    let p = planned(&s);
    import(&p, "responses", &s.write("r.csv", RATINGS));
    gemba()
        .args(["set", "importance-source"])
        .arg(&p)
        .arg("survey")
        .assert()
        .success()
        .stdout(contains("survey means"));
    gemba()
        .args(["set", "satisfaction-source"])
        .arg(&p)
        .arg("survey")
        .assert()
        .success();
    let out = gemba()
        .arg("export")
        .arg(&p)
        .args(["--table", "planning"])
        .assert()
        .success();
    let md = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        md.contains("importance: survey means; satisfaction: survey means"),
        "{md}"
    );
    let (h, rows) = export(&p, "planning");
    let col = |name: &str| h.iter().position(|x| x == name).unwrap();
    let q1 = row(&rows, &["Q1"]);
    // Importance 3.5 and satisfaction (2 + 4)/2 = 3 from the survey; Acme 5; target 5 as entered.
    assert!(close(num(&q1[col("importance")]), 3.5));
    assert!(close(num(&q1[col("current")]), 3.0));
    assert!(close(num(&q1[col("competitor:Acme")]), 5.0));
    assert!(close(num(&q1[col("absolute_weight")]), 3.5 * 5.0 / 3.0));
    // Q2 was not surveyed: no importance, so the row is incomplete and carries no weight.
    let q2 = row(&rows, &["Q2"]);
    assert_eq!(q2[col("importance")], "");
    assert_eq!(q2[col("relative_weight")], "");
    assert!(close(num(&q1[col("relative_weight")]), 100.0));
    gemba()
        .arg("show")
        .arg(&p)
        .assert()
        .success()
        .stdout(contains("重要度来自调查均值；满意度来自调查均值"))
        .stdout(contains("7 条评分，0 条 Kano 回答"))
        .stdout(contains("3 项要求质量在调查中没有重要度评分"));

    // Exported survey values read back with `import planning` do not overwrite the entered ones.
    let out = gemba()
        .arg("export")
        .arg(&p)
        .args(["--table", "planning", "--format", "csv"])
        .assert()
        .success();
    let csv = s.write(
        "planning-out.csv",
        &String::from_utf8_lossy(&out.get_output().stdout),
    );
    import(&p, "planning", &csv);
    for setting in ["importance-source", "satisfaction-source"] {
        gemba()
            .args(["set", setting])
            .arg(&p)
            .arg("direct")
            .assert()
            .success();
    }
    let (h, rows) = export(&p, "planning");
    let q1 = row(&rows, &["Q1"]);
    let col = |name: &str| h.iter().position(|x| x == name).unwrap();
    assert_eq!(
        (
            q1[col("importance")].as_str(),
            q1[col("competitor:Acme")].as_str()
        ),
        ("4", "4")
    );
    assert_eq!(row(&rows, &["Q2"])[col("importance")], "3");
}

#[test]
fn kano_table_on_a_hand_checked_set() {
    let s = Scratch::new();
    let p = planned(&s);
    let answers = "\
respondent,segment,quality,question,answer
a,,Q1,kano-functional,like
a,,Q1,kano-dysfunctional,dislike
b,,Q1,kano-functional,Like
b,,Q1,kano-dysfunctional,neutral
c,,Q1,kano-functional,无所谓
c,,Q1,kano-dysfunctional,不喜欢
d,,Q1,kano-functional,must be
d,,Q1,kano-dysfunctional,dislike
a,,Q2,kano-functional,like
a,,Q2,kano-dysfunctional,like
b,,Q2,kano-functional,dislike
b,,Q2,kano-dysfunctional,like
c,,Q2,kano-functional,neutral
c,,Q2,kano-dysfunctional,能忍受
d,,Q2,kano-functional,like
d,,Q2,kano-dysfunctional,must-be
e,,Q3,kano-functional,like
";
    import(&p, "responses", &s.write("k.csv", answers));
    let (headers, rows) = export(&p, "kano");
    assert_eq!(
        headers.join(","),
        "id,quality,A,O,M,I,R,Q,category,better,worse"
    );
    // Q1: O (like/dislike), A (like/neutral), M (neutral/dislike), M (must-be/dislike).
    // Better (1 + 1)/4 = 0.5, Worse −(1 + 2)/4 = −0.75; M is the most frequent.
    assert_eq!(
        row(&rows, &["Q1"]).join(","),
        "Q1,bright beam,1,1,2,0,0,0,must-be,0.5,-0.75"
    );
    // Q2: Q, R, I, A — a four-way tie won by A (M > O > A > I); Better 1/2, Worse 0.
    assert_eq!(
        row(&rows, &["Q2"]).join(","),
        "Q2,wide beam,1,0,0,1,1,1,attractive,0.5,0"
    );
    // Q3 has an unpaired answer only: no row.
    assert_eq!(rows.len(), 2);
    gemba()
        .args(["set", "kano-types"])
        .arg(&p)
        .assert()
        .success()
        .stdout(contains("2 Kano types changed"));
    let (h, rows) = export(&p, "qualities");
    let kano = h.iter().position(|x| x == "kano").unwrap();
    assert_eq!(row(&rows, &["Q1"])[kano], "must-be");
    assert_eq!(row(&rows, &["Q2"])[kano], "attractive");
    assert_eq!(row(&rows, &["Q3"])[kano], "unclassified");
}

#[test]
fn kano_types_adopt_indifferent_reverse_and_questionable_too() {
    let s = Scratch::new();
    let p = planned(&s);
    // Q1 indifferent (neutral/neutral), Q2 reverse (dislike/like), Q3 questionable (like/like).
    let answers = "\
respondent,segment,quality,question,answer
a,,Q1,kano-functional,neutral
a,,Q1,kano-dysfunctional,neutral
a,,Q2,kano-functional,dislike
a,,Q2,kano-dysfunctional,like
a,,Q3,kano-functional,like
a,,Q3,kano-dysfunctional,like
";
    import(&p, "responses", &s.write("k.csv", answers));
    gemba()
        .args(["set", "kano-types"])
        .arg(&p)
        .assert()
        .success()
        .stdout(contains("3 Kano types changed"));
    let (h, rows) = export(&p, "qualities");
    let kano = h.iter().position(|x| x == "kano").unwrap();
    let got: Vec<&str> = ["Q1", "Q2", "Q3"]
        .iter()
        .map(|q| row(&rows, &[q])[kano].as_str())
        .collect();
    assert_eq!(got, ["indifferent", "reverse", "questionable"]);
    // The file names the new types by their variant names and reads back.
    let text = fs::read_to_string(&p).unwrap();
    assert!(text.contains("kano: Indifferent"), "{text}");
    // A Chinese report names all three in Chinese.
    let mut project = store::load(&p).unwrap();
    project.meta.language = Some(gemba::model::Language::Zh);
    store::save(&project, &p).unwrap();
    let out = p.with_file_name("r.md");
    gemba()
        .args(["report"])
        .arg(&p)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let report = fs::read_to_string(&out).unwrap();
    for zh in ["无差异", "反向", "可疑"] {
        assert!(report.contains(zh), "{zh} missing from:\n{report}");
    }
    assert!(!report.contains("indifferent"), "{report}");
}

const PAIRWISE: &str = "\
a,b,value
Light,Power,3
Q1,Q2,2
bright beam,no glare,4
wide beam,Q3,2
";

#[test]
fn ahp_weights_multiply_down_the_tree() {
    let s = Scratch::new();
    let p = planned(&s);
    gemba()
        .args(["import", "pairwise"])
        .arg(&p)
        .arg("--from")
        .arg(s.write("pw.csv", PAIRWISE))
        .assert()
        .success()
        .stdout(contains("G2: complete, CR 0.000"));
    let (headers, rows) = export(&p, "ahp");
    assert_eq!(
        headers,
        ["id", "quality", "group", "local_weight", "global_weight"]
    );
    let local = |id: &str| num(&row(&rows, &[id])[3]);
    let global = |id: &str| num(&row(&rows, &[id])[4]);
    // Top: Light 3 : 1 Power. Beam is Light's only child (1); Q1 : Q2 : Q3 = 4 : 2 : 1.
    assert!(close(local("G1"), 0.75) && close(local("G3"), 0.25));
    assert!(close(local("G2"), 1.0) && close(local("Q4"), 1.0));
    assert!(close(local("Q1"), 4.0 / 7.0) && close(local("Q3"), 1.0 / 7.0));
    for (q, path) in [
        ("Q1", ["G1", "G2"]),
        ("Q2", ["G1", "G2"]),
        ("Q3", ["G1", "G2"]),
    ] {
        assert!(close(global(q), local(path[0]) * local(path[1]) * local(q)));
    }
    assert!(close(global("Q1"), 3.0 / 7.0));
    assert!(close(global("Q4"), 0.25));
    let leaves: f64 = ["Q1", "Q2", "Q3", "Q4"].iter().map(|q| global(q)).sum();
    assert!(close(leaves, 1.0));
    assert_eq!(row(&rows, &["Q2"])[2], "Light / Beam");

    let (headers, rows) = export(&p, "ahp-consistency");
    assert_eq!(headers, ["group", "n", "lambda_max", "ci", "cr"]);
    let top = row(&rows, &["top"]);
    assert_eq!((top[1].as_str(), top[4].as_str()), ("2", ""));
    let g2 = row(&rows, &["G2"]);
    assert_eq!(g2[1], "3");
    assert!((num(&g2[2]) - 3.0).abs() < 1e-9 && num(&g2[4]).abs() < 1e-9);

    // AHP as the importance source: global priority in percent.
    gemba()
        .args(["set", "importance-source"])
        .arg(&p)
        .arg("ahp")
        .assert()
        .success();
    let (h, rows) = export(&p, "planning");
    let imp = h.iter().position(|x| x == "importance").unwrap();
    assert!(close(num(&row(&rows, &["Q1"])[imp]), 300.0 / 7.0));
    let text = fs::read_to_string(&p).unwrap();
    assert!(text.contains("ri_table: \"Saaty 1980\""), "{text}");
    assert!(text.contains("importance: Ahp"));
    gemba().arg("check").arg(&p).assert().success();
}

#[test]
fn golden_drinks_through_the_command_line() {
    let s = Scratch::new();
    let p = s.project("drinks.ron");
    let mut planning = String::from("group,quality\n");
    for drink in ["coffee", "wine", "tea", "beer", "soda", "milk", "water"] {
        planning.push_str(&format!("drinks,{drink}\n"));
    }
    import(&p, "planning", &s.write("q.csv", &planning));
    let pairs = s.write("drinks.csv", &crate::reference("ahp-drinks.csv"));
    gemba()
        .args(["import", "pairwise"])
        .arg(&p)
        .arg("--from")
        .arg(&pairs)
        .assert()
        .success()
        .stdout(contains("21 comparisons read"))
        .stdout(contains("G1: complete, CR 0.022"));
    let (_, rows) = export(&p, "ahp");
    for (drink, w) in [
        ("water", "0.3268"),
        ("soda", "0.1896"),
        ("coffee", "0.1775"),
        ("milk", "0.1288"),
        ("beer", "0.1164"),
        ("tea", "0.0418"),
        ("wine", "0.0191"),
    ] {
        let r = rows.iter().find(|r| r[1] == drink).unwrap();
        assert_eq!(format!("{:.4}", num(&r[3])), w, "{drink} local");
        // The only group at the top level has weight 1, so global = local.
        assert_eq!(format!("{:.4}", num(&r[4])), w, "{drink} global");
    }
    let (_, rows) = export(&p, "ahp-consistency");
    let g1 = row(&rows, &["G1"]);
    assert_eq!(g1[1], "7");
    assert_eq!(format!("{:.4}", num(&g1[2])), "7.1766");
    assert_eq!(format!("{:.4}", num(&g1[3])), "0.0294");
    assert_eq!(format!("{:.4}", num(&g1[4])), "0.0223");
}

#[test]
fn inconsistent_judgements_are_named() {
    let s = Scratch::new();
    let p = planned(&s);
    let csv = "a,b,value\nQ1,Q2,9\nQ2,Q3,9\nQ3,Q1,9\n";
    gemba()
        .args(["import", "pairwise"])
        .arg(&p)
        .arg("--from")
        .arg(s.write("pw.csv", csv))
        .assert()
        .success()
        .stdout(contains("is above 0.10; revisit"));
    gemba()
        .arg("show")
        .arg(&p)
        .assert()
        .success()
        .stdout(contains("警告：G2 的 CR 为"));
}

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

mod props {
    use std::path::Path;

    use gemba::method::hierarchy::Priorities;
    use gemba::method::kano::Answer;
    use gemba::method::survey::Survey;
    use gemba::model::tree::Node;
    use gemba::model::*;
    use gemba::store::{from_ron, to_ron};
    use proptest::prelude::*;

    /// (quality, respondent, question 0–4, rating 1–5 or Kano answer 0–4)
    type Answered = (u32, u32, u8, u8);

    /// Two groups under one top group; qualities 1–3 in G2, 4–5 in G3; three respondents.
    fn build(answers: &[Answered], judgements: &[(u8, u8, u8)]) -> Project {
        let mut p = Project::new(Meta::new("性质 property"));
        let mut edits = vec![Edit::Put(Entity::Competitor(Competitor {
            id: CompetitorId(1),
            name: "A".into(),
            order: 0,
        }))];
        for (id, parent) in [(1, None), (2, Some(GroupId(1))), (3, Some(GroupId(1)))] {
            edits.push(Edit::Put(Entity::Group(Group {
                id: GroupId(id),
                title: format!("g{id}"),
                parent,
                order: 0,
            })));
        }
        for i in 1..=5u32 {
            let mut q = Quality::new(QualityId(i), format!("q{i}"));
            q.group = Some(GroupId(if i <= 3 { 2 } else { 3 }));
            edits.push(Edit::Put(Entity::Quality(q)));
        }
        for i in 1..=3u32 {
            edits.push(Edit::Put(Entity::Respondent(Respondent {
                id: RespondentId(i),
                label: format!("p{i}"),
                segment: None,
                attributes: Default::default(),
            })));
        }
        for &(q, r, kind, v) in answers {
            let rating = f64::from(v % 5 + 1);
            let kano = Answer::ALL[usize::from(v % 5)];
            let reply = match kind % 5 {
                0 => Reply::Importance(rating),
                1 => Reply::Satisfaction(rating),
                2 => Reply::Competitor(CompetitorId(1), rating),
                3 => Reply::Functional(kano),
                _ => Reply::Dysfunctional(kano),
            };
            edits.push(Edit::Put(Entity::Response(Response {
                quality: QualityId(q),
                respondent: RespondentId(r),
                reply,
            })));
        }
        const SCALE: [f64; 9] = [
            1.0 / 9.0,
            1.0 / 5.0,
            1.0 / 3.0,
            0.5,
            1.0,
            2.0,
            3.0,
            5.0,
            9.0,
        ];
        for &(a, b, v) in judgements {
            let (a, b) = (u32::from(a % 3) + 1, u32::from(b % 3) + 1);
            if a != b {
                edits.push(Edit::Put(Entity::Judgement(Judgement {
                    parent: Some(GroupId(2)),
                    a: Node::Quality(QualityId(a)),
                    b: Node::Quality(QualityId(b)),
                    value: SCALE[usize::from(v % 9)],
                })));
            }
        }
        p.apply(Edit::Batch(edits)).unwrap();
        p
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn answers_and_judgements_round_trip_and_stay_in_range(
            answers in prop::collection::vec((1u32..=5, 1u32..=3, 0u8..5, 0u8..5), 0..40),
            judgements in prop::collection::vec((0u8..3, 0u8..3, 0u8..9), 0..6),
        ) {
            let p = build(&answers, &judgements);
            let text = to_ron(&p).unwrap();
            let back = from_ron(&text, Path::new("p.ron")).unwrap();
            prop_assert_eq!(&back, &p);
            prop_assert_eq!(to_ron(&back).unwrap(), text);
            prop_assert!(gemba::model::validate::validate(&back).is_empty());
            let survey = Survey::compute(&p);
            for stat in survey.ratings.values() {
                let m = stat.mean.unwrap();
                prop_assert!((1.0..=5.0).contains(&m));
                prop_assert!(stat.sd.is_none_or(|sd| (0.0..=4.0).contains(&sd)));
            }
            let pr = Priorities::compute(&p);
            if let Some(a) = pr.set(Some(GroupId(2))).and_then(|s| s.ahp()) {
                prop_assert!((a.weights.iter().sum::<f64>() - 1.0).abs() < 1e-9);
            }
        }
    }
}
