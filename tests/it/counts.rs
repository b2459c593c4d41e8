//! Numbers agree with their nouns in what the command line prints: "1 remark", "2 remarks".

use predicates::str::contains;

use crate::{Scratch, gemba};

/// Imports `lines` as remarks and returns what `gemba import remarks` printed.
fn import(s: &Scratch, p: &std::path::Path, name: &str, lines: &str) -> String {
    let txt = s.write(name, lines);
    let out = gemba()
        .args(["import", "remarks"])
        .arg(p)
        .arg("--from")
        .arg(&txt)
        .assert()
        .success();
    String::from_utf8_lossy(&out.get_output().stdout).into_owned()
}

#[test]
fn one_remark_is_singular_and_two_are_plural() {
    let s = Scratch::new();
    let p = s.project("c.ron");
    let out = import(&s, &p, "one.txt", "the light dies in the cold\n");
    assert!(out.contains("1 remark added (R1)"), "{out}");
    gemba()
        .arg("check")
        .arg(&p)
        .assert()
        .success()
        .stdout(contains("(1 remark, 0 items, 0 qualities, 0 groups)"))
        .stdout(contains("1 remark with no item: R1"));
    let out = import(&s, &p, "two.txt", "it is too bright\nthe mount rattles\n");
    assert!(out.contains("2 remarks added (R2–R3)"), "{out}");
    gemba()
        .arg("check")
        .arg(&p)
        .assert()
        .success()
        .stdout(contains("(3 remarks, 0 items, 0 qualities, 0 groups)"))
        .stdout(contains("3 remarks with no item: R1, R2, R3"));
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
        .stdout(contains("from 0 respondents in 0 segments"));
}
