//! `gemba set` on one record: every field a screen edits can be set from a script, a bad value
//! is refused naming the record and the field, and a refused change leaves the file as it was.

use std::fs;
use std::path::{Path, PathBuf};

use gemba::model::{
    CharacteristicId, CompetitorId, Direction, GroupId, Kano, Origin, QualityId, RemarkId,
    RespondentId, Source,
};
use predicates::str::contains;

use crate::{Scratch, gemba, load_project, open_elsewhere};

/// A copy of the English sample, so the samples never change.
pub(crate) fn sample(s: &Scratch) -> PathBuf {
    s.sample("bike-light.en.ron")
}

pub(crate) fn set(p: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    gemba()
        .arg("set")
        .arg(args[0])
        .arg(p)
        .args(&args[1..])
        .assert()
        .success()
}

/// Runs a `set` that must fail with `message` and checks the file did not change by a byte.
pub(crate) fn refused(p: &Path, args: &[&str], message: &str) {
    let before = fs::read(p).unwrap();
    gemba()
        .arg("set")
        .arg(args[0])
        .arg(p)
        .args(&args[1..])
        .assert()
        .failure()
        .stderr(contains(message))
        .stderr(contains("nothing was changed"));
    assert_eq!(fs::read(p).unwrap(), before, "{args:?} changed the file");
}

pub(crate) fn q(n: u32) -> QualityId {
    format!("Q{n}").parse().unwrap()
}
fn g(n: u32) -> GroupId {
    format!("G{n}").parse().unwrap()
}

#[test]
fn set_quality_changes_each_field_it_is_given() {
    let s = Scratch::new();
    let p = sample(&s);
    let before = load_project(&p).qualities.get(q(3)).unwrap().clone();
    set(
        &p,
        &[
            "quality",
            "Q3",
            "--kano",
            "attractive",
            "--origin",
            "team",
            "--tags",
            "night, law",
            "--group",
            "G4",
        ],
    );
    let project = load_project(&p);
    let after = project.qualities.get(q(3)).unwrap().clone();
    // Moved like a card on screen: it lands after the cards already in the island.
    let others: Vec<u32> = project
        .qualities
        .iter()
        .filter(|c| c.group == Some(g(4)) && c.id != q(3))
        .map(|c| c.order)
        .collect();
    assert!(!others.is_empty());
    assert!(
        others.iter().all(|o| *o < after.order),
        "{others:?} {}",
        after.order
    );
    assert_eq!(after.kano, Kano::Attractive);
    assert_eq!(after.origin, Origin::Team);
    assert_eq!(after.tags, ["night", "law"]);
    assert_eq!(after.group, Some(g(4)));
    assert_eq!(after.text, before.text, "a field not given is kept");
    assert_eq!(after.items, before.items);

    set(
        &p,
        &[
            "quality",
            "Q3",
            "--text",
            "光束不晃眼",
            "--kano",
            "none",
            "--group",
            "none",
        ],
    );
    let after = load_project(&p).qualities.get(q(3)).unwrap().clone();
    assert_eq!(after.text, "光束不晃眼");
    assert_eq!(after.kano, Kano::Unclassified);
    assert_eq!(after.group, None);
    assert_eq!(after.origin, Origin::Team);

    // Chinese names are read too, and an empty tag list removes the tags.
    set(
        &p,
        &[
            "quality",
            "Q3",
            "--kano",
            "当然质量",
            "--origin",
            "顾客",
            "--tags",
            "",
        ],
    );
    let after = load_project(&p).qualities.get(q(3)).unwrap().clone();
    assert_eq!(after.kano, Kano::MustBe);
    assert_eq!(after.origin, Origin::Customer);
    assert!(after.tags.is_empty());
}

#[test]
fn set_group_changes_title_and_parent() {
    let s = Scratch::new();
    let p = sample(&s);
    set(
        &p,
        &[
            "group",
            "G1",
            "--title",
            "Seeing the road",
            "--parent",
            "G10",
        ],
    );
    let project = load_project(&p);
    let g1 = project.groups.get(g(1)).unwrap().clone();
    assert_eq!(g1.title, "Seeing the road");
    assert_eq!(g1.parent, Some(g(10)));
    let siblings: Vec<u32> = project
        .groups
        .iter()
        .filter(|x| x.parent == Some(g(10)) && x.id != g(1))
        .map(|x| x.order)
        .collect();
    assert!(!siblings.is_empty());
    assert!(
        siblings.iter().all(|o| *o < g1.order),
        "lands after its new siblings"
    );
    set(&p, &["group", "G1", "--parent", "none"]);
    assert_eq!(load_project(&p).groups.get(g(1)).unwrap().parent, None);
}

#[test]
fn set_remark_changes_text_source_respondent_and_scene() {
    let s = Scratch::new();
    let p = sample(&s);
    let r3: RemarkId = "R3".parse().unwrap();
    set(
        &p,
        &[
            "remark",
            "R3",
            "--text",
            "fog on the lanes",
            "--source",
            "interview",
            "--respondent",
            "P2",
            "--where",
            "forest track",
            "--who",
            "",
            "--how",
            "by torch",
        ],
    );
    let r = load_project(&p).remarks.get(r3).unwrap().clone();
    assert_eq!(r.text, "fog on the lanes");
    assert_eq!(r.source, Source::Interview);
    assert_eq!(r.respondent, Some("P2".parse::<RespondentId>().unwrap()));
    assert_eq!(r.scene.r#where.as_deref(), Some("forest track"));
    assert_eq!(r.scene.who, None, "an empty value clears a scene part");
    assert_eq!(r.scene.how.as_deref(), Some("by torch"));
    assert_eq!(r.scene.when.as_deref(), Some("Sunday mornings"), "kept");
    set(
        &p,
        &[
            "remark",
            "R3",
            "--respondent",
            "none",
            "--source",
            "questionnaire:wish",
        ],
    );
    let r = load_project(&p).remarks.get(r3).unwrap().clone();
    assert_eq!(r.respondent, None);
    assert_eq!(
        r.source,
        Source::parse("questionnaire:wish").expect("a source")
    );
}

#[test]
fn set_characteristic_changes_values_and_competitors_by_name_or_id() {
    let s = Scratch::new();
    let p = sample(&s);
    let c1: CharacteristicId = "C1".parse().unwrap();
    let k = |n: u32| format!("K{n}").parse::<CompetitorId>().unwrap();
    set(
        &p,
        &[
            "characteristic",
            "C1",
            "--name",
            "Beam throw",
            "--unit",
            "ft",
            "--direction",
            "nominal",
            "--target",
            "1200.5",
            "--difficulty",
            "4",
            "--ours",
            "-3",
            "--competitor",
            "Helio City 400=70",
            "--competitor",
            "K2=none",
        ],
    );
    let c = load_project(&p).characteristics.get(c1).unwrap().clone();
    assert_eq!(c.name, "Beam throw");
    assert_eq!(c.unit, "ft");
    assert_eq!(c.direction, Direction::Nominal);
    assert_eq!(c.target, Some(1200.5));
    assert_eq!(c.difficulty, Some(4));
    assert_eq!(c.ours, Some(-3.0));
    assert_eq!(c.competitors.get(&k(1)), Some(&70.0));
    assert_eq!(c.competitors.get(&k(2)), None, "none removes the value");
    assert_eq!(c.competitors.get(&k(3)), Some(&30.0), "kept");
    set(
        &p,
        &[
            "characteristic",
            "C1",
            "--target",
            "none",
            "--difficulty",
            "none",
        ],
    );
    let c = load_project(&p).characteristics.get(c1).unwrap().clone();
    assert_eq!((c.target, c.difficulty), (None, None));
}

#[test]
fn bad_values_are_refused_naming_record_and_field() {
    let s = Scratch::new();
    let p = sample(&s);
    let cases: &[(&[&str], &str)] = &[
        (
            &["quality", "Q999", "--kano", "attractive"],
            "no quality Q999",
        ),
        (&["quality", "Q3"], "no field of Q3"),
        (
            &["quality", "Q3", "--kano", "sometimes"],
            "Q3 kano: 'sometimes'",
        ),
        (
            &["quality", "Q3", "--origin", "market"],
            "Q3 origin: 'market'",
        ),
        (
            &["quality", "Q3", "--group", "G99"],
            "Q3 group: there is no group G99",
        ),
        (&["quality", "Q3", "--text", "  "], "Q3"),
        (&["group", "G9", "--parent", "G1"], "cycle"),
        (
            &["group", "G1", "--parent", "X1"],
            "G1 parent: 'X1' is not a group id",
        ),
        (
            &["remark", "R3", "--source", "rumour"],
            "R3 source: 'rumour'",
        ),
        (
            &["remark", "R3", "--respondent", "P99"],
            "R3 respondent: there is no respondent P99",
        ),
        (
            &["characteristic", "C1", "--direction", "up-ish"],
            "C1 direction: 'up-ish'",
        ),
        (
            &["characteristic", "C1", "--difficulty", "6"],
            "C1 difficulty: '6'",
        ),
        (
            &["characteristic", "C1", "--target", "lots"],
            "C1 target 'lots'",
        ),
        (
            &["characteristic", "C1", "--ours", "1.2.3"],
            "C1 ours '1.2.3'",
        ),
        (
            &["characteristic", "C1", "--competitor", "Nobody=3"],
            "C1 competitor: no competitor 'Nobody'",
        ),
        (
            &["characteristic", "C1", "--competitor", "K1"],
            "C1 competitor: 'K1' is not NAME_OR_ID=VALUE",
        ),
        (
            &["characteristic", "C1", "--competitor", "K1=x"],
            "C1 competitor K1 value 'x'",
        ),
        (
            &[
                "characteristic",
                "C1",
                "--name",
                "Runtime on commuting mode",
            ],
            "C1",
        ),
    ];
    for (args, message) in cases {
        refused(&p, args, message);
    }
}

#[test]
fn a_project_open_elsewhere_is_refused_unless_forced() {
    let s = Scratch::new();
    let p = sample(&s);
    open_elsewhere(&p);
    for args in [
        &["quality", "Q3", "--kano", "attractive"][..],
        &["group", "G1", "--title", "x"],
        &["remark", "R3", "--text", "x"],
        &["characteristic", "C1", "--unit", "x"],
    ] {
        refused(&p, args, "is open in gemba by");
    }
    gemba()
        .args(["set", "--force", "quality"])
        .arg(&p)
        .args(["Q3", "--kano", "attractive"])
        .assert()
        .success();
    assert_eq!(
        load_project(&p).qualities.get(q(3)).unwrap().kano,
        Kano::Attractive
    );
}
