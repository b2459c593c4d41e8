//! `gemba suggest`: islands for a project's unplaced cards and for any CSV of remarks.

use std::fs;

use predicates::str::contains;

use super::{Scratch, gemba, parse_csv, root};

const REMARKS: &str = "\
id,text,who
1,The battery runs flat after twenty minutes,a
2,Battery life is far too short,b
3,I wish the battery lasted longer between charges,c
4,Battery drains quickly on the max setting,d
5,The motor noise is very loud,e
6,It is so loud the dog hides from the noise,f
7,\"Too much noise, my neighbours complain about the loud whine\",g
8,Loud high-pitched noise when the brush spins,h
9,The dust bin is awkward to empty,i
10,Emptying the dust bin makes a mess,j
11,Dust flies everywhere when I empty the bin,k
12,The bin is small and I empty the dust constantly,l
";

fn remarks_file(s: &Scratch) -> std::path::PathBuf {
    s.write("remarks.csv", REMARKS)
}

fn stdout_of(args: &[&str], file: &std::path::Path) -> String {
    let out = gemba()
        .arg("suggest")
        .arg("--csv")
        .arg(file)
        .args(args)
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn csv_output_has_one_row_per_input_row_in_order() {
    let s = Scratch::new();
    let file = remarks_file(&s);
    let out = stdout_of(&["--clusters", "3"], &file);
    assert!(out.starts_with("text,cluster,name,draft\n"), "{out}");
    let (header, rows) = parse_csv(&out);
    assert_eq!(header, ["text", "cluster", "name", "draft"]);
    let (_, input) = parse_csv(REMARKS);
    assert_eq!(rows.len(), input.len());
    for (row, inp) in rows.iter().zip(&input) {
        assert_eq!(row[0], inp[1]);
    }
    let clusters: Vec<&str> = rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(
        clusters,
        ["1", "1", "1", "1", "2", "2", "2", "2", "3", "3", "3", "3"]
    );
}

/// Four remarks on the battery in words of their own share no phrase that names them: the
/// island is named by the need, not marked a draft.
#[test]
fn an_island_is_named_by_the_need_its_remarks_speak_of() {
    let s = Scratch::new();
    let file = remarks_file(&s);
    let (_, rows) = parse_csv(&stdout_of(&["--clusters", "3"], &file));
    for row in &rows[..4] {
        assert_eq!(row[2], "The battery lasts long", "{row:?}");
        assert_eq!(row[3], "false", "{row:?}");
    }
}

#[test]
fn formulas_are_neutralised_and_blank_rows_kept() {
    let s = Scratch::new();
    let file = s.write(
        "f.csv",
        "text\n=SUM(A1:A3) the lid leaks\n\"\"\nThe lid leaks water\n",
    );
    let (_, rows) = parse_csv(&stdout_of(&[], &file));
    let texts: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        texts,
        ["'=SUM(A1:A3) the lid leaks", "", "The lid leaks water"]
    );
    // The blank row is alone; the two about the lid are together.
    assert_eq!(rows[0][1], rows[2][1]);
    assert_ne!(rows[1][1], rows[0][1]);
}

#[test]
fn island_size_bounds_the_islands() {
    let s = Scratch::new();
    let file = remarks_file(&s);
    let out = stdout_of(&["--island-size", "2"], &file);
    let (_, rows) = parse_csv(&out);
    assert_eq!(rows.len(), 12);
    let mut counts = std::collections::HashMap::new();
    for r in &rows {
        *counts.entry(r[1].clone()).or_insert(0) += 1;
    }
    // About two cards each: at most three, and more islands than topics.
    assert!(counts.values().all(|&c| c <= 3), "{counts:?}");
    assert!(counts.len() > 3);
    // The default, about five, keeps each topic of four together.
    let (_, rows) = parse_csv(&stdout_of(&[], &file));
    let clusters: Vec<&str> = rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(
        clusters,
        ["1", "1", "1", "1", "2", "2", "2", "2", "3", "3", "3", "3"]
    );
}

#[test]
fn json_output_lists_clusters_with_names_and_members() {
    let s = Scratch::new();
    let file = remarks_file(&s);
    let out = stdout_of(&["--clusters", "3", "--format", "json"], &file);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let clusters = v.as_array().expect("an array");
    assert_eq!(clusters.len(), 3);
    let mut rows: Vec<u64> = Vec::new();
    for c in clusters {
        let name = c["name"].as_str().unwrap();
        // One statement (a card may head its island), never a list of words.
        assert!(!name.is_empty() && !name.contains(", "), "{name}");
        for m in c["members"].as_array().unwrap() {
            rows.push(m["row"].as_u64().unwrap());
        }
    }
    rows.sort();
    assert_eq!(rows, (1..=12).collect::<Vec<u64>>());
    let first = clusters[0]["name"].as_str().unwrap().to_lowercase();
    assert!(first.contains("battery"), "{first}");
}

#[test]
fn chinese_remarks_and_another_text_column() {
    let s = Scratch::new();
    let file = s.write(
        "zh.csv",
        "意见\n电池续航太短\n希望电池续航再长一点\n电池续航不够用\n刹车不灵\n雨天刹车打滑\n刹车有异响\n",
    );
    let out = stdout_of(&["--text-column", "意见", "--clusters", "2"], &file);
    let (_, rows) = parse_csv(&out);
    let clusters: Vec<&str> = rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(clusters, ["1", "1", "1", "2", "2", "2"]);
    let out = stdout_of(&["--text-column", "意见", "--format", "text"], &file);
    assert!(out.contains("电池续航"), "{out}");
    assert!(out.contains("刹车"), "{out}");
}

#[test]
fn text_format_lists_near_duplicates() {
    let s = Scratch::new();
    let file = s.write(
        "d.csv",
        "text\nThe lid is hard to open\nthe lid is hard to open!\nBattery dies fast\n",
    );
    gemba()
        .args(["suggest", "--format", "text", "--csv"])
        .arg(&file)
        .assert()
        .success()
        .stdout(contains("Near-duplicates (similarity ≥ 0.80): 1"))
        .stdout(contains("rows 1 and 2"));
    gemba()
        .args(["suggest", "--format", "text", "--duplicates", "1", "--csv"])
        .arg(&file)
        .assert()
        .success()
        .stdout(contains("rows 1 and 2"));
}

#[test]
fn too_many_rows_are_refused_before_any_work() {
    let s = Scratch::new();
    let mut text = String::from("text\n");
    for i in 0..15_001 {
        text.push_str(&format!("remark {i}\n"));
    }
    let file = s.write("big.csv", &text);
    gemba()
        .args(["suggest", "--csv"])
        .arg(&file)
        .assert()
        .failure()
        .stderr(contains("15001 rows; suggestions take at most 15000"));
}

#[test]
fn a_missing_column_names_the_columns_found() {
    let s = Scratch::new();
    let file = remarks_file(&s);
    gemba()
        .args(["suggest", "--text-column", "remark", "--csv"])
        .arg(&file)
        .assert()
        .failure()
        .stderr(contains("no column 'remark'"))
        .stderr(contains("id, text, who"));
}

#[test]
fn empty_files_are_refused() {
    let s = Scratch::new();
    for (name, text, message) in [
        ("empty.csv", "", "the file is empty"),
        ("header.csv", "text\n", "no rows"),
    ] {
        let file = s.write(name, text);
        gemba()
            .args(["suggest", "--csv"])
            .arg(&file)
            .assert()
            .failure()
            .stderr(contains(message));
    }
    gemba()
        .args(["suggest", "--csv"])
        .arg(s.path("missing.csv"))
        .assert()
        .failure()
        .stderr(contains("cannot read"));
}

#[test]
fn bad_numbers_and_conflicting_options_are_refused() {
    let s = Scratch::new();
    let file = remarks_file(&s);
    for (args, message) in [
        (
            &["--clusters", "0"][..],
            "'0' is not a whole number of at least 1",
        ),
        (
            &["--clusters", "three"][..],
            "'three' is not a whole number",
        ),
        (&["--island-size", "-2"][..], "-2"),
        (&["--island-size", "2.5"][..], "'2.5' is not a whole number"),
        (
            &["--duplicates", "1.5"][..],
            "'1.5' is not a number from 0 to 1",
        ),
        (
            &["--clusters", "3", "--island-size", "4"][..],
            "cannot be used with",
        ),
        (&["--format", "xml"][..], "invalid value 'xml'"),
    ] {
        gemba()
            .arg("suggest")
            .arg("--csv")
            .arg(&file)
            .args(args)
            .assert()
            .failure()
            .stderr(contains(message));
    }
    gemba()
        .arg("suggest")
        .assert()
        .failure()
        .stderr(contains("required"));
    gemba()
        .args(["suggest", "--text-column", "remark"])
        .arg(root().join("projects/bike-light.en.ron"))
        .assert()
        .failure()
        .stderr(contains("--text-column applies to --csv input"));
    gemba()
        .args(["suggest", "--help"])
        .assert()
        .success()
        .stdout(contains("--island-size"));
}

/// The English sample with every card taken out of its island.
fn unplaced_sample(s: &Scratch) -> std::path::PathBuf {
    let text = fs::read_to_string(root().join("projects/bike-light.en.ron")).unwrap();
    let stripped: Vec<&str> = text
        .lines()
        .filter(|l| !(l.trim_start().starts_with("group: \"G") && l.starts_with("            ")))
        .collect();
    s.write("unplaced.ron", &(stripped.join("\n") + "\n"))
}

#[test]
fn project_cards_are_each_suggested_once() {
    let s = Scratch::new();
    let path = unplaced_sample(&s);
    let out = gemba()
        .args(["suggest", "--format", "json"])
        .arg(&path)
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let mut ids: Vec<String> = v["islands"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|i| i["members"].as_array().unwrap().clone())
        .map(|m| m["id"].as_str().unwrap().to_string())
        .collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "a card in two islands");
    assert_eq!(n, 28, "every quality of the sample is unplaced");
    assert!(v["duplicates"].is_array());
    for island in v["islands"].as_array().unwrap() {
        assert!(island["members"].as_array().unwrap().len() <= 7);
    }

    gemba()
        .arg("suggest")
        .arg(&path)
        .assert()
        .success()
        .stdout(contains("28 unplaced cards in"))
        .stdout(contains("Q1 "))
        .stdout(contains("Near-duplicates"));
}

#[test]
fn a_project_with_every_card_placed_has_nothing_to_suggest() {
    gemba()
        .arg("suggest")
        .arg(root().join("projects/water-heater.zh.ron"))
        .assert()
        .success()
        .stdout(contains("0 unplaced cards in 0 suggested islands"));
}

/// Every island name says whether it is a draft (a card shortened, for the team to word), in
/// the CSV and the JSON, for a CSV of remarks and for a project's cards.
#[test]
fn csv_and_json_say_which_names_are_drafts() {
    let s = Scratch::new();
    let file = remarks_file(&s);
    let out = stdout_of(&["--clusters", "3"], &file);
    let (header, rows) = parse_csv(&out);
    assert_eq!(header, ["text", "cluster", "name", "draft"]);
    for row in &rows {
        assert!(!row[2].is_empty(), "{row:?}");
        assert!(row[3] == "true" || row[3] == "false", "{row:?}");
        // A draft's name ends in "…", and only a draft's.
        assert_eq!(row[3] == "true", row[2].ends_with('…'), "{row:?}");
    }
    let out = stdout_of(&["--clusters", "3", "--format", "json"], &file);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    for c in v.as_array().unwrap() {
        let draft = c["draft"].as_bool().expect("draft is true or false");
        assert_eq!(draft, c["name"].as_str().unwrap().ends_with('…'), "{c}");
    }

    let path = unplaced_sample(&s);
    let out = gemba()
        .args(["suggest", "--format", "csv"])
        .arg(&path)
        .assert()
        .success();
    let (header, rows) = parse_csv(&String::from_utf8_lossy(&out.get_output().stdout));
    assert_eq!(header, ["id", "text", "cluster", "name", "draft"]);
    assert!(rows.iter().any(|r| r[4] == "true") && rows.iter().any(|r| r[4] == "false"));
    let out = gemba()
        .args(["suggest", "--format", "json"])
        .arg(&path)
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    for i in v["islands"].as_array().unwrap() {
        let draft = i["draft"].as_bool().expect("draft is true or false");
        assert_eq!(draft, i["name"].as_str().unwrap().ends_with('…'), "{i}");
    }
}

/// The 500-remark sets through the binary: `gemba suggest --csv` gives every remark one island,
/// names each island as the core does (whose names are checked word by word in
/// `method::affinity::tests`), never with a list, and the next level puts every island under a
/// parent of 2 to 6.
#[test]
fn five_hundred_remarks_come_out_named_and_under_parents_of_two_to_six() {
    use gemba::method::affinity::{MAX_GROUP, SuggestOptions, suggest, suggest_groups};
    for file in [
        "remarks-500.en.csv",
        "remarks-500.zh.csv",
        "remarks-fresh.en.csv",
        "remarks-fresh.zh.csv",
    ] {
        let path = root().join("tests/data").join(file);
        let out = gemba()
            .args(["suggest", "--format", "json", "--csv"])
            .arg(&path)
            .assert()
            .success();
        let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        let islands = v.as_array().unwrap();
        let names: Vec<&str> = islands
            .iter()
            .map(|i| i["name"].as_str().unwrap())
            .collect();
        let rows: usize = islands
            .iter()
            .map(|i| i["members"].as_array().unwrap().len())
            .sum();
        assert_eq!(rows, 500, "{file}");
        for name in &names {
            assert!(
                !name.contains(',') && !name.contains('，') && !name.contains('、'),
                "{file}: '{name}' is a list"
            );
        }

        let text = fs::read_to_string(&path).unwrap();
        let (_, records) = parse_csv(&text);
        let texts: Vec<&str> = records.iter().map(|r| r[0].as_str()).collect();
        let s = suggest(&texts, &SuggestOptions::default());
        let core: Vec<&str> = s.clusters.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, core, "{file}");
        let members: Vec<Vec<usize>> = s.clusters.iter().map(|c| c.members.clone()).collect();
        let up = suggest_groups(&texts, &members, &SuggestOptions::default());
        assert!(up.clusters.len() >= 2, "{file}");
        for parent in &up.clusters {
            assert!(
                (2..=MAX_GROUP).contains(&parent.members.len()),
                "{file}: a parent of {}",
                parent.members.len()
            );
        }
    }
}
