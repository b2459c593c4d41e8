//! Surveys, Kano and AHP through the command line: forms out, answers and judgements in, the
//! derived tables checked against numbers worked out by hand.

use std::fs;
use std::path::{Path, PathBuf};

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

pub(crate) fn planned(s: &Scratch) -> PathBuf {
    let p = s.project("s.ron");
    import(&p, "planning", &s.write("plan.csv", PLANNING));
    p
}

pub(crate) fn import(project: &Path, what: &str, from: &Path) {
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
pub(crate) fn refused(project: &Path, args: &[&str], from: &Path, messages: &[&str]) {
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

pub(crate) fn export(project: &Path, table: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let out = gemba()
        .arg("export")
        .arg(project)
        .args(["--table", table, "--format", "csv"])
        .assert()
        .success();
    parse_csv(&String::from_utf8_lossy(&out.get_output().stdout))
}

pub(crate) fn num(s: &str) -> f64 {
    s.parse()
        .unwrap_or_else(|_| panic!("{s:?} is not a number"))
}

pub(crate) fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// The row whose first cells are `key`.
pub(crate) fn row<'a>(rows: &'a [Vec<String>], key: &[&str]) -> &'a Vec<String> {
    rows.iter()
        .find(|r| key.iter().enumerate().all(|(i, k)| r[i] == *k))
        .unwrap_or_else(|| panic!("no row {key:?} in {rows:?}"))
}

pub(crate) const RATINGS: &str = "\
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
