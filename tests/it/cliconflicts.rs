//! `gemba set conflict`: the merge conflicts a merge left in a project are settled one by one
//! or all at once, or take their side's value into the record; a wrong one changes nothing.

use std::fs;
use std::path::Path;

use gemba::model::Project;
use gemba::model::conflict::Conflict;
use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;

use crate::cliset::{q, refused, sample, set};
use crate::{Scratch, gemba, load_project};

/// A merge conflict on one field of one record.
fn conflict(record: &str, field: &str, ours: &str, theirs: &str) -> Conflict {
    Conflict {
        record: record.into(),
        field: field.into(),
        ours: ours.into(),
        theirs: theirs.into(),
    }
}

/// Saves the project in `p` with these merge conflicts, as a merge would leave it.
fn with_conflicts(p: &Path, conflicts: Vec<Conflict>) -> Project {
    let mut project = load_project(p);
    project.conflicts = conflicts;
    gemba::store::save(&project, p).unwrap();
    project
}

#[test]
fn merge_conflicts_are_settled_one_by_one_or_all_and_a_wrong_one_changes_nothing() {
    let s = Scratch::new();
    let p = sample(&s);
    let project = with_conflicts(
        &p,
        vec![
            conflict("Q3", "planning.target", "5.0", "4.0"),
            conflict("meta", "title", "Bike light", "Bike lamp"),
        ],
    );
    let target = project.qualities.get(q(3)).unwrap().planning.target;
    let check = || gemba().arg("check").arg(&p).assert();
    check().failure().stderr(contains(
        "gemba set conflict PATH Q3 planning.target --settled",
    ));

    refused(
        &p,
        &["conflict", "Q3", "text", "--settled"],
        "Q3 text: no merge conflict on this field; the conflicts are Q3 planning.target, meta title",
    );
    refused(
        &p,
        &["conflict", "Q4", "planning.target", "--settled"],
        "Q4 planning.target: no merge conflict",
    );

    set(&p, &["conflict", "q3", "planning.target", "--settled"]).stdout(contains(
        "Q3 planning.target: settled (ours “5.0”, theirs “4.0”), the record keeps the value it \
         holds; 1 merge conflict left",
    ));
    let after = load_project(&p);
    assert_eq!(
        after.conflicts,
        vec![conflict("meta", "title", "Bike light", "Bike lamp")]
    );
    assert_eq!(after.qualities.get(q(3)).unwrap().planning.target, target);
    check()
        .failure()
        .stderr(contains("merge conflict in meta title"))
        .stderr(contains("Q3 planning.target").not());

    set(&p, &["conflict", "--all", "--settled"]).stdout(contains(
        "1 merge conflict settled; each record keeps the value it holds; 0 merge conflicts left",
    ));
    check().success();
    assert!(!fs::read_to_string(&p).unwrap().contains("conflicts"));
    refused(
        &p,
        &["conflict", "--all", "--settled"],
        "the project has no merge conflicts to settle",
    );
}

#[test]
fn a_merge_conflict_takes_theirs_into_the_record_or_says_why_not() {
    let s = Scratch::new();
    let p = sample(&s);
    let project = with_conflicts(
        &p,
        vec![
            conflict("Q3", "planning.target", "5.0", "4.0"),
            conflict("Q3", "tags", "—", "beam, glare"),
        ],
    );

    refused(
        &p,
        &["conflict", "Q3", "tags", "--theirs"],
        "Q3 tags: theirs “beam, glare” cannot be written back into this field",
    );
    refused(
        &p,
        &["conflict", "Q3", "text", "--theirs"],
        "Q3 text: no merge conflict on this field",
    );
    set(&p, &["conflict", "Q3", "planning.target", "--theirs"]).stdout(contains(
        "Q3 planning.target: took theirs “4.0” (ours was “5.0”); 1 merge conflict left",
    ));
    let after = load_project(&p);
    assert_eq!(
        after.qualities.get(q(3)).unwrap().planning.target,
        Some(4.0)
    );
    assert_eq!(after.conflicts, vec![project.conflicts[1].clone()]);

    // Neither --settled nor --theirs: nothing to do, and clap says so.
    gemba()
        .args(["set", "conflict"])
        .arg(&p)
        .args(["Q3", "tags"])
        .assert()
        .failure()
        .stderr(contains("--settled"));
}
