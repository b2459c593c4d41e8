//! `import survey`: a wide export of 200 respondents × 30 columns, as a GBK CSV with CRLF line
//! ends and as an XLSX workbook, read through a short map; refusals leave the project as it was.

use std::fs;
use std::path::{Path, PathBuf};

use predicates::str::contains;

use crate::survey_wide_export::{
    Cell, MAP, QUALITIES, check_project, csv_line, export, write_csv, write_xlsx,
};
use crate::{Scratch, gemba, load_project, open_elsewhere};

/// A project with the five qualities and competitor BrandX (BrandY comes with the import).
fn planned(s: &Scratch, name: &str) -> PathBuf {
    let p = s.project(name);
    let mut plan = String::from("group,quality,importance,competitor:BrandX\n");
    for q in QUALITIES {
        plan.push_str(&format!("台灯,{q},3,3\n"));
    }
    gemba()
        .args(["import", "planning"])
        .arg(&p)
        .arg("--from")
        .arg(s.write(&format!("{name}.plan.csv"), &plan))
        .assert()
        .success();
    p
}

/// `gemba import survey PROJECT --from FROM`, ready for more arguments.
fn import_survey(project: &Path, from: &Path) -> assert_cmd::Command {
    let mut c = gemba();
    c.args(["import", "survey"])
        .arg(project)
        .arg("--from")
        .arg(from);
    c
}

/// `gemba import survey` with a map, which must succeed; returns what it printed.
fn import(project: &Path, from: &Path, map: &Path) -> String {
    let out = import_survey(project, from)
        .arg("--map")
        .arg(map)
        .assert()
        .success();
    String::from_utf8_lossy(&out.get_output().stdout).into_owned()
}

#[test]
fn a_wide_export_comes_in_from_gbk_csv_and_xlsx_alike() {
    let s = Scratch::new();
    let e = export();
    let csv = s.path("export.csv");
    let xlsx = s.path("export.xlsx");
    write_csv(&e, &csv);
    write_xlsx(&e, &xlsx);
    // The submission time as an attribute too: a date cell in the workbook, text in the CSV.
    let map = s.write(
        "map.ron",
        &MAP.replace("\"性别\"]", "\"性别\", \"提交时间\"]"),
    );
    assert!(MAP.lines().count() < 20);

    let from_csv = planned(&s, "csv.ron");
    let said = import(&from_csv, &csv, &map);
    assert!(said.contains("200 respondents added (P1–P200)"), "{said}");
    assert!(said.contains("1 competitor added (BrandY)"), "{said}");
    assert!(
        said.contains(&format!(
            "{} Kano pairs ({} answers) on 1 quality",
            e.kano / 2,
            e.kano
        )),
        "{said}"
    );
    let p = load_project(&from_csv);
    check_project(&p, &e);
    gemba().arg("check").arg(&from_csv).assert().success();

    let from_xlsx = planned(&s, "xlsx.ron");
    let said_xlsx = import(&from_xlsx, &xlsx, &map);
    assert_eq!(said_xlsx.lines().next(), said.lines().next());
    let q = load_project(&from_xlsx);
    check_project(&q, &e);
    gemba().arg("check").arg(&from_xlsx).assert().success();
    assert!(
        p.respondents
            .iter()
            .all(|r| r.attributes.contains_key("提交时间"))
    );
    assert_eq!(
        p.respondents, q.respondents,
        "dates read as the CSV writes them"
    );
    assert_eq!(p.remarks, q.remarks);
    assert_eq!(p.responses, q.responses);
}

#[test]
fn a_dry_run_shows_counts_first_rows_and_changes_nothing() {
    let s = Scratch::new();
    let e = export();
    let csv = s.path("export.csv");
    write_csv(&e, &csv);
    let map = s.write("map.ron", MAP);
    let p = planned(&s, "p.ron");
    let before = fs::read(&p).unwrap();
    import_survey(&p, &csv)
        .arg("--map")
        .arg(&map)
        .arg("--dry-run")
        .assert()
        .success()
        .stdout(contains("dry run: 200 rows"))
        .stdout(contains("200 respondents added (P1–P200)"))
        .stdout(contains(format!(
            "{} wish, {} trouble, {} free",
            e.remarks[0], e.remarks[1], e.remarks[2]
        )))
        .stdout(contains(format!("{} importance", e.ratings[0])))
        .stdout(contains(format!(
            "{} satisfaction with BrandY",
            e.ratings[3]
        )))
        .stdout(contains("line 2: P1 'R001'"))
        .stdout(contains("columns the map leaves out: 提交时间"));
    assert_eq!(
        fs::read(&p).unwrap(),
        before,
        "a dry run changed the project"
    );
}

/// Runs an import that must be refused with `message`, leaving the project byte-identical.
fn refused(project: &Path, from: &Path, map: &str, s: &Scratch, message: &str) {
    let map = s.write("bad-map.ron", map);
    crate::refused(
        project,
        &[
            "import",
            "survey",
            project.to_str().unwrap(),
            "--from",
            from.to_str().unwrap(),
            "--map",
            map.to_str().unwrap(),
        ],
        message,
    );
}

#[test]
fn refusals_name_the_line_or_row_and_column_and_change_nothing() {
    let s = Scratch::new();
    let mut e = export();
    // A rating no label explains, in respondent 50's second importance column.
    e.rows[49][9] = Cell::Text("很重要".into());
    let csv = s.path("export.csv");
    let xlsx = s.path("export.xlsx");
    write_csv(&e, &csv);
    write_xlsx(&e, &xlsx);
    let p = planned(&s, "p.ron");
    let line = csv_line(49);
    refused(
        &p,
        &csv,
        MAP,
        &s,
        &format!("line {line}, column 'Q1_2': '很重要' is not a rating"),
    );
    refused(
        &p,
        &xlsx,
        MAP,
        &s,
        "row 51, column 'Q1_2' (J): '很重要' is not a rating",
    );
    let unknown_column = MAP.replace("\"Q4_*\"", "\"Q10_*\"");
    refused(
        &p,
        &csv,
        &unknown_column,
        &s,
        "line 1, column 'Q10_*': the map names this for the satisfaction with BrandY grid, but no \
         column of the header fits it",
    );
    refused(
        &p,
        &xlsx,
        &unknown_column,
        &s,
        "row 1, column 'Q10_*': the map names this",
    );
    let unknown_quality = MAP.replace("\"Q5\"]", "\"Q9\"]");
    refused(
        &p,
        &csv,
        &unknown_quality,
        &s,
        "line 1, column 'Q1_5': there is no quality Q9 in the project",
    );
}

#[test]
fn a_guessed_map_imports_the_export_after_naming_competitors_and_the_kano_quality() {
    let s = Scratch::new();
    let e = export();
    let csv = s.path("export.csv");
    write_csv(&e, &csv);
    let p = planned(&s, "p.ron");
    let before = fs::read(&p).unwrap();
    import_survey(&p, &csv)
        .arg("--guess")
        .assert()
        .success()
        .stdout(contains("wrote "))
        .stdout(contains("export.map.ron"))
        .stdout(contains(
            "3 open questions, 4 rating grids (20 columns), 1 Kano pair",
        ));
    assert_eq!(fs::read(&p).unwrap(), before);
    let guessed = s.path("export.map.ron");
    let text = fs::read_to_string(&guessed).unwrap();
    let map = gemba::import::survey::map::parse(&text).unwrap();
    assert_eq!(map.respondent, "编号");
    assert_eq!(map.segment.as_deref(), Some("地区"));
    assert_eq!(map.attributes, ["年龄", "性别"]);
    assert_eq!(map.qualities, ["Q1", "Q2", "Q3", "Q4", "Q5"]);
    // A second guess keeps the edited map unless told otherwise.
    import_survey(&p, &csv)
        .arg("--guess")
        .assert()
        .failure()
        .stderr(contains("already exists; add --force"));
    // Not even --force writes a map over the project or the export.
    for target in [&p, &csv] {
        let before = fs::read(target).unwrap();
        gemba()
            .args(["import", "--force", "survey"])
            .arg(&p)
            .arg("--from")
            .arg(&csv)
            .arg("--guess")
            .arg("--map")
            .arg(target)
            .assert()
            .failure()
            .stderr(contains("not the project or the export"));
        assert_eq!(fs::read(target).unwrap(), before);
    }
    // What a person must fill in: the competitors' names and the Kano pair's quality.
    let edited = text
        .replace("\"Competitor 1\"", "\"BrandX\"")
        .replace("\"Competitor 2\"", "\"BrandY\"")
        .replace("您觉得？\")", "您觉得？\", quality: \"Q3\")");
    assert_ne!(edited, text);
    fs::write(&guessed, &edited).unwrap();
    import(&p, &csv, &guessed);
    check_project(&load_project(&p), &e);
}

/// A project open in the workshop screens refuses the import, but a dry run or a guessed map
/// only reads it.
#[test]
fn only_the_import_itself_waits_for_the_lock() {
    let s = Scratch::new();
    let e = export();
    let csv = s.path("export.csv");
    write_csv(&e, &csv);
    let map = s.write("map.ron", MAP);
    let p = planned(&s, "p.ron");
    open_elsewhere(&p);
    let run = |extra: &[&str]| {
        let mut c = import_survey(&p, &csv);
        c.args(extra);
        c
    };
    run(&["--map", map.to_str().unwrap(), "--dry-run"])
        .assert()
        .success();
    run(&["--guess"]).assert().success();
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
        "is open in gemba by",
    );
}

/// `--problems FILE` lists every problem of a refused survey import.
#[test]
fn every_problem_of_a_refused_export_goes_to_the_problems_file() {
    let s = Scratch::new();
    let mut e = export();
    for row in e.rows.iter_mut().take(40) {
        row[9] = Cell::Text("很重要".into());
    }
    let xlsx = s.path("export.xlsx");
    write_xlsx(&e, &xlsx);
    let map = s.write("map.ron", MAP);
    let p = planned(&s, "p.ron");
    let list = s.path("problems.txt");
    import_survey(&p, &xlsx)
        .arg("--map")
        .arg(&map)
        .arg("--problems")
        .arg(&list)
        .assert()
        .failure()
        .stderr(contains("40 problems"))
        .stderr(contains("… and 35 more of this kind"));
    let listed = fs::read_to_string(&list).unwrap();
    assert_eq!(listed.lines().count(), 40);
    assert!(
        listed
            .lines()
            .last()
            .unwrap()
            .starts_with("row 41, column 'Q1_2' (J): ")
    );
}

/// The survey import reads its file as every import does: UTF-16 as well as GBK, with
/// `--encoding` when the bytes do not say, and the common `--sheet` before the map's.
#[test]
fn the_export_is_read_in_any_encoding_and_from_a_named_sheet() {
    let s = Scratch::new();
    let e = export();
    let gbk = s.path("export.csv");
    write_csv(&e, &gbk);
    let bytes = fs::read(&gbk).unwrap();
    let (text, _, bad) = encoding_rs::GBK.decode(&bytes);
    assert!(!bad);
    let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let csv = s.path("export16.csv");
    fs::write(&csv, utf16).unwrap();
    let map = s.write("map.ron", MAP);
    let p = planned(&s, "u16.ron");
    import_survey(&p, &csv)
        .arg("--map")
        .arg(&map)
        .args(["--encoding", "utf-16le"])
        .assert()
        .success();
    check_project(&load_project(&p), &e);
    // A sheet the workbook does not have is named with the sheets it has.
    let xlsx = s.path("export.xlsx");
    write_xlsx(&e, &xlsx);
    let q = planned(&s, "x.ron");
    let before = fs::read(&q).unwrap();
    import_survey(&q, &xlsx)
        .arg("--map")
        .arg(&map)
        .args(["--sheet", "结果"])
        .assert()
        .failure()
        .stderr(contains("no sheet '结果'"));
    assert_eq!(fs::read(&q).unwrap(), before);
}
