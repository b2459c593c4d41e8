//! The House of Quality through the command line: the 1-3-5 reference reproduced, bad input
//! refused with line numbers and nothing changed.

use std::fs;

use predicates::str::contains;

use crate::{Scratch, gemba, parse_csv, reference};

/// A project whose planning weights are proportional to the reference's importance ratings
/// (target = current, no sales point), with the reference's characteristics and matrix.
fn reference_house(s: &Scratch) -> std::path::PathBuf {
    let p = s.project("hoq.ron");
    let (h, rows) = parse_csv(&reference("hoq-135.csv"));
    let mut planning = String::from("quality,importance,current,target\n");
    let mut matrix = format!("quality,{}\n", h[2..].join(","));
    for r in &rows {
        planning.push_str(&format!("{},{},3,3\n", r[0], r[1]));
        matrix.push_str(&format!("{},{}\n", r[0], r[2..].join(",")));
    }
    let names: Vec<String> = h[2..].iter().map(|n| format!("{n},↑")).collect();
    let characteristics = format!("name,direction\n{}\n", names.join("\n"));
    for (kind, csv, extra) in [
        ("planning", planning, None),
        ("characteristics", characteristics, None),
        ("relationships", matrix, Some("5-3-1")),
    ] {
        let file = s.write(&format!("{kind}.csv"), &csv);
        let mut cmd = gemba();
        cmd.args(["import", kind]).arg(&p).arg("--from").arg(&file);
        if let Some(scale) = extra {
            cmd.args(["--scale", scale]);
        }
        cmd.assert().success();
    }
    p
}

#[test]
fn the_reference_house_gives_the_published_column_totals() {
    let s = Scratch::new();
    let p = reference_house(&s);
    gemba().arg("check").arg(&p).assert().success();
    let out = gemba()
        .arg("export")
        .arg(&p)
        .args(["--table", "hoq", "--format", "csv"])
        .output()
        .unwrap();
    let (h, rows) = parse_csv(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(h[..3], ["id", "quality", "weight"]);
    // Weights are relative (importance / 14 × 100), so the totals are the published ones scaled
    // by the same factor and their shares are exactly those of 28, 38, 32, 52, 28.
    let published = [28.0, 38.0, 32.0, 52.0, 28.0];
    let technical = rows
        .iter()
        .find(|r| r[1] == "technical importance")
        .unwrap();
    let relative = rows.iter().find(|r| r[1] == "relative %").unwrap();
    for (j, t) in published.iter().enumerate() {
        let got: f64 = technical[3 + j].parse().unwrap();
        assert!((got - t * 100.0 / 14.0).abs() < 1e-9, "column {j}: {got}");
        let share: f64 = relative[3 + j].parse().unwrap();
        assert!(
            (share - t / 178.0 * 100.0).abs() < 1e-9,
            "column {j}: {share}"
        );
    }
    // The matrix cells carry the 5-3-1 values; Markdown shows the symbols.
    assert_eq!(rows[0][3..8], ["1", "1", "1", "5", "3"]);
    gemba()
        .arg("export")
        .arg(&p)
        .args(["--table", "hoq", "--format", "md"])
        .assert()
        .success()
        .stdout(contains("| △ | △ | △ | ◎ | ○ |"))
        .stdout(contains("House of Quality (5-3-1)"));
    gemba()
        .arg("show")
        .arg(&p)
        .assert()
        .success()
        .stdout(contains(
            "6 质量屋               5  项质量特性，25 个关系（5-3-1）；最重要：C4 tc4 29.2%",
        ));
    let report = s.path("r.md");
    gemba()
        .arg("report")
        .arg(&p)
        .arg("-o")
        .arg(&report)
        .assert()
        .success();
    assert!(
        fs::read_to_string(&report).unwrap().contains("## 质量屋"),
        "the project is Chinese, so is its report"
    );
}

#[test]
fn bad_house_input_is_refused_with_lines_and_nothing_changes() {
    let s = Scratch::new();
    let p = reference_house(&s);
    let before = fs::read(&p).unwrap();
    let bad = s.write("bad.csv", "quality,tc1,tc2\nneed 1,◎,7\nneed 9,○,\n");
    gemba()
        .args(["import", "relationships"])
        .arg(&p)
        .arg("--from")
        .arg(&bad)
        .assert()
        .failure()
        .stderr(contains(
            "line 2, column 'tc2': '7' is not a relationship on the 5-3-1 scale",
        ))
        .stderr(contains("line 3, column 'quality': 'need 9' is neither"));
    let cols = s.write("cols.csv", "quality,tc9\nneed 1,◎\n");
    gemba()
        .args(["import", "relationships"])
        .arg(&p)
        .arg("--from")
        .arg(&cols)
        .assert()
        .failure()
        .stderr(contains("column 'tc9': unknown column"));
    let chars = s.write(
        "c.csv",
        "id,name,difficulty,competitor:nobody\nC1,tc1,9,3\n,,,\nC77,x,,\n",
    );
    gemba()
        .args(["import", "characteristics"])
        .arg(&p)
        .arg("--from")
        .arg(&chars)
        .assert()
        .failure()
        .stderr(contains(
            "line 2, column 'difficulty': 9 is not a whole number from 1 to 5",
        ))
        .stderr(contains(
            "line 2, column 'competitor:nobody': unknown competitor",
        ))
        .stderr(contains(
            "line 4, column 'id': there is no characteristic C77",
        ));
    assert_eq!(fs::read(&p).unwrap(), before);
}

#[test]
fn deleting_a_quality_takes_its_relationships_and_check_sees_dangling_cells() {
    let s = Scratch::new();
    let p = reference_house(&s);
    let text = fs::read_to_string(&p).unwrap();
    assert!(text.contains("relationships: ["), "{text}");
    let broken = text.replacen("(\"Q1\", \"C1\", Weak)", "(\"Q9\", \"C1\", Weak)", 1);
    assert_ne!(
        broken, text,
        "the file writes cells as (quality, characteristic, strength)"
    );
    let bad = s.write("bad.ron", &broken);
    gemba()
        .arg("check")
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(contains("refers to quality Q9, which does not exist"));
}

#[test]
fn the_exported_matrix_imports_back_to_the_same_matrix() {
    for sample in ["bike-light.en.ron", "water-heater.zh.ron"] {
        let s = Scratch::new();
        let original = s.path("original.ron");
        fs::copy(crate::root().join("projects").join(sample), &original).unwrap();
        let csv = s.path("hoq.csv");
        gemba()
            .arg("export")
            .arg(&original)
            .args(["--table", "hoq", "--format", "csv", "-o"])
            .arg(&csv)
            .assert()
            .success();
        let want = gemba::store::load(&original).unwrap();
        assert!(!want.relationships.is_empty(), "{sample} has a matrix");
        // Into the same project: nothing changes.
        gemba()
            .args(["import", "relationships"])
            .arg(&original)
            .arg("--from")
            .arg(&csv)
            .assert()
            .success();
        assert_eq!(gemba::store::load(&original).unwrap(), want, "{sample}");
        // Into a copy whose matrix was emptied: the same matrix again.
        let mut empty = want.clone();
        empty.relationships = Default::default();
        let copy = s.path("copy.ron");
        gemba::store::save(&empty, &copy).unwrap();
        gemba()
            .args(["import", "relationships"])
            .arg(&copy)
            .arg("--from")
            .arg(&csv)
            .assert()
            .success();
        let got = gemba::store::load(&copy).unwrap();
        assert_eq!(got.relationships, want.relationships, "{sample}");
    }
}
