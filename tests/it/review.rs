//! `gemba diff` through the binary: two files, the version in git's HEAD, and git's external
//! diff driver.

use std::fs;
use std::process::Command as Process;

use crate::{Scratch, gemba, root};

/// A copy of the English sample, then the same with a remark added and a target raised.
fn two_versions(s: &Scratch) -> (std::path::PathBuf, std::path::PathBuf) {
    let a = s.path("a.ron");
    fs::copy(root().join("projects/bike-light.en.ron"), &a).unwrap();
    let b = s.path("b.ron");
    fs::copy(&a, &b).unwrap();
    let remarks = s.write("more.txt", "The lens scratches in my bag\n");
    gemba()
        .args(["import", "remarks"])
        .arg(&b)
        .arg("--from")
        .arg(&remarks)
        .args(["--format", "text"])
        .assert()
        .success();
    gemba()
        .args(["set", "targets"])
        .arg(&b)
        .args(["scale-max", "--quality", "Q8"])
        .assert()
        .success();
    (a, b)
}

#[test]
fn diff_names_what_changed_by_id_with_the_weights_that_moved() {
    let s = Scratch::new();
    let (a, b) = two_versions(&s);
    let out = gemba().arg("diff").arg(&a).arg(&b).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.contains("+ R37 The lens scratches in my bag"),
        "{text}"
    );
    assert!(text.contains("~ Q8 The battery runs a full week"), "{text}");
    assert!(text.contains("planning.target: 4.5 → 5.0"), "{text}");
    assert!(text.contains("Planning weights that moved"), "{text}");
    assert!(
        text.contains("Q8 The battery runs a full week of commutes on one charge:"),
        "{text}"
    );

    // Markdown for a pull request, JSON for scripts.
    let md = gemba()
        .arg("diff")
        .arg(&a)
        .arg(&b)
        .args(["--format", "md"])
        .assert()
        .success();
    let md = String::from_utf8(md.get_output().stdout.clone()).unwrap();
    assert!(md.starts_with("# gemba diff"), "{md}");
    assert!(
        md.contains("\n## Remarks (added 1, removed 0, changed 0)\n"),
        "{md}"
    );
    let json = gemba()
        .arg("diff")
        .arg(&a)
        .arg(&b)
        .args(["--format", "json"])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&json.get_output().stdout).unwrap();
    let remarks = v["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == "remarks")
        .unwrap();
    assert_eq!(remarks["changes"][0]["change"], "added");
    assert_eq!(remarks["changes"][0]["id"], "R37");

    // The same file twice: nothing.
    let same = gemba().arg("diff").arg(&a).arg(&a).assert().success();
    assert!(String::from_utf8_lossy(&same.get_output().stdout).contains("No differences."));
}

fn git(dir: &std::path::Path, args: &[&str]) -> String {
    let out = Process::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=Reviewer", "-c", "user.email=r@example.org"])
        .args(args)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn one_file_is_compared_with_git_head_and_git_diff_uses_the_driver() {
    let s = Scratch::new();
    let (a, b) = two_versions(&s);
    let repo = s.path("repo");
    fs::create_dir(&repo).unwrap();
    git(&repo, &["init", "-q"]);
    let p = repo.join("study.ron");
    fs::copy(&a, &p).unwrap();
    git(&repo, &["add", "study.ron"]);
    git(&repo, &["commit", "-qm", "base"]);
    fs::copy(&b, &p).unwrap();

    let out = gemba().arg("diff").arg(&p).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.starts_with("gemba diff HEAD:"), "{text}");
    assert!(
        text.contains("+ R37 The lens scratches in my bag"),
        "{text}"
    );

    // The documented set-up: an attribute and the driver command.
    fs::write(repo.join(".gitattributes"), "*.ron diff=gemba\n").unwrap();
    let bin = assert_cmd::cargo::cargo_bin("gemba");
    let driver = format!("{} git-diff", bin.display());
    git(&repo, &["config", "diff.gemba.command", &driver]);
    let text = git(&repo, &["diff", "study.ron"]);
    assert!(
        text.contains("gemba diff a/study.ron → b/study.ron"),
        "{text}"
    );
    assert!(
        text.contains("+ R37 The lens scratches in my bag"),
        "{text}"
    );

    // A file new to git is compared with an empty project (git passes /dev/null).
    let out = gemba()
        .arg("git-diff")
        .arg("study.ron")
        .arg("/dev/null")
        .args([".", "."])
        .arg(&p)
        .args(["0123abc", "100644"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.contains("Remarks (added 37, removed 0, changed 0)"),
        "{text}"
    );
}

#[test]
fn a_file_that_is_not_a_project_is_named() {
    let s = Scratch::new();
    let bad = s.write("bad.ron", "(format: 1, meta: (title: ");
    let good = s.project("good.ron");
    let out = gemba().arg("diff").arg(&good).arg(&bad).assert().failure();
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(err.contains("bad.ron"), "{err}");
}

fn import_remark(p: &std::path::Path, s: &Scratch, name: &str, text: &str) {
    let f = s.write(name, &format!("{text}\n"));
    gemba()
        .args(["import", "remarks"])
        .arg(p)
        .arg("--from")
        .arg(&f)
        .args(["--format", "text"])
        .assert()
        .success();
}

#[test]
fn two_branches_merge_through_git_with_the_driver() {
    let s = Scratch::new();
    let repo = s.path("repo");
    fs::create_dir(&repo).unwrap();
    git(&repo, &["init", "-q", "-b", "main"]);
    let p = repo.join("study.ron");
    fs::copy(root().join("projects/bike-light.en.ron"), &p).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("gemba");
    fs::write(
        repo.join(".gitattributes"),
        "*.ron merge=gemba diff=gemba\n",
    )
    .unwrap();
    git(
        &repo,
        &[
            "config",
            "merge.gemba.driver",
            &format!("{} merge %O %A %B -o %A", bin.display()),
        ],
    );
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-qm", "base"]);

    // One branch adds a remark (R37) and raises Q1's target.
    git(&repo, &["checkout", "-q", "-b", "lights"]);
    import_remark(&p, &s, "a.txt", "The lens scratches in my bag");
    gemba()
        .args(["set", "targets"])
        .arg(&p)
        .args(["scale-max", "--quality", "Q1"])
        .assert()
        .success();
    git(&repo, &["commit", "-qam", "lights"]);

    // The other adds a different remark, also as R37, and moves Q2's target.
    git(&repo, &["checkout", "-q", "main"]);
    import_remark(&p, &s, "b.txt", "The strap smells of rubber");
    gemba()
        .args(["set", "targets"])
        .arg(&p)
        .args(["current-plus", "--by", "1", "--quality", "Q2"])
        .assert()
        .success();
    git(&repo, &["commit", "-qam", "straps"]);

    git(&repo, &["merge", "-q", "--no-edit", "lights"]);
    gemba().arg("check").arg(&p).assert().success();
    let merged = crate::load_project(&p);
    let texts: Vec<&str> = merged.remarks.iter().map(|r| r.text.as_str()).collect();
    assert!(texts.contains(&"The lens scratches in my bag"), "{texts:?}");
    assert!(texts.contains(&"The strap smells of rubber"), "{texts:?}");
    assert_eq!(merged.remarks.len(), 38);
    let q = |n| {
        merged
            .qualities
            .get(gemba::model::QualityId(n))
            .unwrap()
            .planning
            .target
    };
    assert_eq!(q(1), Some(5.0));
    let base = gemba::store::load(&root().join("projects/bike-light.en.ron")).unwrap();
    let q2 = base.qualities.get(gemba::model::QualityId(2)).unwrap();
    assert_eq!(q(2), q2.planning.current.map(|c| (c + 1.0).min(5.0)));
}

#[test]
fn a_conflict_is_kept_for_check_or_settled_by_a_preference() {
    let s = Scratch::new();
    let base = s.path("base.ron");
    fs::copy(root().join("projects/bike-light.en.ron"), &base).unwrap();
    let (ours, theirs) = (s.path("ours.ron"), s.path("theirs.ron"));
    fs::copy(&base, &ours).unwrap();
    fs::copy(&base, &theirs).unwrap();
    gemba()
        .args(["set", "targets"])
        .arg(&ours)
        .args(["scale-max", "--quality", "Q3"])
        .assert()
        .success();
    gemba()
        .args(["set", "targets"])
        .arg(&theirs)
        .args(["current-plus", "--by", "0", "--quality", "Q3"])
        .assert()
        .success();
    let out = s.path("out.ron");
    let run = gemba()
        .arg("merge")
        .args([&base, &ours, &theirs])
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&run.get_output().stderr).to_string();
    assert!(err.contains("conflict in Q3 planning.target"), "{err}");
    let check = gemba().arg("check").arg(&out).assert().failure();
    let text = String::from_utf8_lossy(&check.get_output().stdout).to_string()
        + &String::from_utf8_lossy(&check.get_output().stderr);
    assert!(
        text.contains("merge conflict in Q3 planning.target"),
        "{text}"
    );

    gemba()
        .arg("merge")
        .args([&base, &ours, &theirs])
        .arg("-o")
        .arg(&out)
        .args(["--prefer", "theirs"])
        .assert()
        .success();
    gemba().arg("check").arg(&out).assert().success();
}

#[test]
fn git_log_shows_changes_field_by_field_through_the_text_converter() {
    let s = Scratch::new();
    let (a, b) = two_versions(&s);
    let repo = s.path("repo");
    fs::create_dir(&repo).unwrap();
    git(&repo, &["init", "-q"]);
    let bin = assert_cmd::cargo::cargo_bin("gemba");
    fs::write(repo.join(".gitattributes"), "*.ron diff=gemba\n").unwrap();
    git(
        &repo,
        &[
            "config",
            "diff.gemba.textconv",
            &format!("{} git-textconv", bin.display()),
        ],
    );
    let p = repo.join("study.ron");
    fs::copy(&a, &p).unwrap();
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-qm", "base"]);
    fs::copy(&b, &p).unwrap();
    git(&repo, &["commit", "-qam", "more"]);
    let log = git(&repo, &["log", "-p", "-1"]);
    assert!(
        log.contains("+R37 text: The lens scratches in my bag"),
        "{log}"
    );
    assert!(log.contains("-Q8 planning.target: 4.5"), "{log}");
    assert!(log.contains("+Q8 planning.target: 5.0"), "{log}");
}
