//! docs/survey-import.md stays true: its worked example (export, map, guessed map, dry run and a
//! refusal) is run through the binary and compared with what the page shows.

use std::fs;

use crate::{Scratch, gemba};

fn doc_blocks() -> Vec<String> {
    crate::doc_blocks("docs/survey-import.md")
}

/// The worked example in the docs is what the binary does: its export, its map and the dry run
/// it shows.
#[test]
fn the_worked_example_in_the_docs_is_true() {
    let blocks = doc_blocks();
    let find = |start: &str| {
        blocks
            .iter()
            .find(|b| b.starts_with(start))
            .unwrap_or_else(|| panic!("no block starting {start:?}"))
            .clone()
    };
    let s = Scratch::new();
    let csv = s.write("export.csv", &find("ID,Region"));
    let map_text = find("(\n    respondent");
    assert!(map_text.lines().count() < 20);
    let map = s.write("map.ron", &map_text);
    let p = s.project("lamp.ron");
    let plan = "group,quality,importance,current,competitor:BrandX\n\
        Light,the beam is bright enough,4,3,4\n\
        Light,the light is soft on the eyes,4,3,3\n\
        Use,the lamp switches itself off,3,2,2\n";
    gemba()
        .args(["import", "planning"])
        .arg(&p)
        .arg("--from")
        .arg(s.write("plan.csv", plan))
        .assert()
        .success();
    let shown = find("$ gemba import survey lamp.ron --from export.csv --map map.ron --dry-run");
    let expected: String = shown.lines().skip(1).map(|l| format!("{l}\n")).collect();
    let out = gemba()
        .current_dir(s.path(""))
        .args([
            "import",
            "survey",
            "lamp.ron",
            "--from",
            "export.csv",
            "--map",
            "map.ron",
            "--dry-run",
        ])
        .assert()
        .success();
    assert_eq!(String::from_utf8_lossy(&out.get_output().stdout), expected);
    let guessed = find("$ gemba import survey lamp.ron --from export.csv --guess");
    let expected: String = guessed.lines().skip(1).map(|l| format!("{l}\n")).collect();
    let out = gemba()
        .current_dir(s.path(""))
        .args([
            "import",
            "survey",
            "lamp.ron",
            "--from",
            "export.csv",
            "--guess",
        ])
        .assert()
        .success();
    assert_eq!(String::from_utf8_lossy(&out.get_output().stdout), expected);
    let bad = fs::read_to_string(&csv)
        .unwrap()
        .replace(",Important,", ",Quite important,");
    fs::write(&csv, bad).unwrap();
    let refusal = find("error: export.csv: nothing was imported");
    crate::refused(
        &p,
        &[
            "import",
            "survey",
            p.to_str().unwrap(),
            "--from",
            csv.to_str().unwrap(),
            "--map",
            map.to_str().unwrap(),
        ],
        refusal.lines().nth(1).unwrap().trim(),
    );
}
