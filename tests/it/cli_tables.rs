//! Tables in and out through the command line: the planning matrix as CSV and Markdown, the
//! deployment table, export refusals, planning and remark imports, and every bad row named with
//! its line while the project file stays unchanged.

use std::fs;

use predicates::str::contains;

use crate::cli::planned;
use crate::export_support::export;
use crate::{Scratch, gemba, import, parse_csv, refused};

#[test]
fn planning_csv_has_the_documented_header_and_full_precision() {
    let s = Scratch::new();
    let p = planned(&s);
    let (h, rows) = parse_csv(&export(&p, "planning", "csv"));
    assert_eq!(
        h,
        [
            "id",
            "group",
            "quality",
            "importance",
            "current",
            "competitor:A",
            "competitor:B",
            "target",
            "sales_point",
            "improvement_ratio",
            "absolute_weight",
            "relative_weight",
            "cumulative_weight"
        ]
    );
    let flame = rows
        .iter()
        .find(|r| r[2] == "the flame stays lit in a draught")
        .unwrap();
    assert_eq!(flame[1], "Safety / Burner");
    assert_eq!(flame[8], "1.5");
    // Twelve significant digits: all the precision, none of the float noise.
    assert_eq!(flame[9], "1.38888888889");
    // A formula in user text arrives inert.
    assert!(rows.iter().any(|r| r[2] == "'=HYPERLINK(\"x\")"));
    assert!(rows.iter().any(|r| r[2] == "水温稳定"));
}

#[test]
fn markdown_rounds_to_the_project_precision() {
    let s = Scratch::new();
    let p = planned(&s);
    gemba()
        .arg("export")
        .arg(&p)
        .args(["--table", "planning", "--format", "md"])
        .assert()
        .success()
        .stdout(contains("| 1.39 |"))
        .stdout(contains("◎"));
}

#[test]
fn deployment_table_numbers_the_levels() {
    let s = Scratch::new();
    let p = planned(&s);
    let (h, rows) = parse_csv(&export(&p, "deployment", "csv"));
    assert_eq!(
        h,
        [
            "number", "id", "level 1", "level 2", "level 3", "kind", "origin"
        ]
    );
    let numbered: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r[0].as_str(),
                r[2..5]
                    .iter()
                    .find(|c| !c.is_empty())
                    .map_or("", |c| c.as_str()),
            )
        })
        .collect();
    assert_eq!(
        numbered,
        [
            ("1", "Safety"),
            ("1.1", "Burner"),
            ("1.1.1", "the burner lights reliably"),
            ("1.1.2", "the flame stays lit in a draught"),
            ("2", "Comfort"),
            ("2.1", "Water"),
            ("2.1.1", "水温稳定"),
            ("2.2", "'=HYPERLINK(\"x\")"),
        ]
    );
    gemba()
        .arg("export")
        .arg(&p)
        .args(["--table", "deployment", "--format", "md"])
        .assert()
        .success()
        .stdout(contains("| 1.1.1 |"));
}

#[test]
fn export_refuses_unknown_names_and_existing_files() {
    let s = Scratch::new();
    let p = planned(&s);
    gemba()
        .arg("export")
        .arg(&p)
        .args(["--table", "budget"])
        .assert()
        .code(2)
        .stderr(contains(
            "unknown table 'budget'; valid: voc, items, qualities, deployment, planning",
        ));
    gemba()
        .arg("export")
        .arg(&p)
        .args(["--table", "planning", "--format", "pdf"])
        .assert()
        .code(2)
        .stderr(contains("valid: md, csv, html, xlsx, json"));
    let out = s.write("out.md", "keep me");
    gemba()
        .arg("export")
        .arg(&p)
        .args(["--table", "planning", "-o"])
        .arg(&out)
        .assert()
        .failure()
        .stderr(contains("--force"));
    assert_eq!(fs::read_to_string(&out).unwrap(), "keep me");
    gemba()
        .arg("export")
        .arg(&p)
        .args(["--table", "planning", "--force", "-o"])
        .arg(&out)
        .assert()
        .success();
    assert!(
        fs::read_to_string(&out)
            .unwrap()
            .contains("Planning matrix")
    );
}

#[test]
fn planning_round_trip_through_a_spreadsheet_changes_nothing() {
    let s = Scratch::new();
    let p = planned(&s);
    let before = fs::read(&p).unwrap();
    let csv = s.write("round.csv", &export(&p, "planning", "csv"));
    gemba()
        .args(["import", "planning"])
        .arg(&p)
        .arg("--from")
        .arg(&csv)
        .assert()
        .success()
        .stdout(contains("4 qualities updated"));
    assert_eq!(fs::read(&p).unwrap(), before);
}

#[test]
fn planning_import_edits_existing_rows_by_id() {
    let s = Scratch::new();
    let p = planned(&s);
    let csv = s.write(
        "edit.csv",
        "id,quality,target\nQ1,the burner lights every time,4.5\n",
    );
    import("planning", &p, &csv);
    let text = fs::read_to_string(&p).unwrap();
    assert!(text.contains("the burner lights every time"));
    assert!(text.contains("target: 4.5"));
}

#[test]
fn bad_planning_rows_are_all_reported_and_nothing_changes() {
    let s = Scratch::new();
    let p = planned(&s);
    let csv = s.write(
        "bad.csv",
        "id,quality,importance,current,target,sales_point\n\
         Q1,ok,4,3,5,\n\
         Q2,too high,7,3,5,\n\
         ,not a number,lots,3,5,\n\
         Q99,unknown,4,3,5,\n\
         Q3,odd sales point,4,3,5,9\n",
    );
    let p_str = p.to_str().unwrap();
    let c_str = csv.to_str().unwrap();
    let args = ["import", "planning", p_str, "--from", c_str];
    refused(
        &p,
        &args,
        "line 3, column 'importance': 7 is outside the rating scale 1–5",
    );
    refused(
        &p,
        &args,
        "line 4, column 'importance': 'lots' is not a number",
    );
    refused(&p, &args, "line 5, column 'id': there is no quality Q99");
    refused(
        &p,
        &args,
        "line 6, column 'sales_point': sales point 9 is outside",
    );
    refused(&p, &args, "nothing was imported");
}

#[test]
fn an_unknown_competitor_is_refused_unless_asked_for() {
    let s = Scratch::new();
    let p = planned(&s);
    let csv = s.write(
        "comp.csv",
        "id,quality,competitor:Brand C\nQ1,the burner lights reliably,3\n",
    );
    let args = [
        "import",
        "planning",
        p.to_str().unwrap(),
        "--from",
        csv.to_str().unwrap(),
    ];
    refused(
        &p,
        &args,
        "unknown competitor 'Brand C'; the project has A, B",
    );
    gemba()
        .args(args)
        .arg("--add-competitors")
        .assert()
        .success()
        .stdout(contains("1 competitor added: K3 'Brand C'"));
}

#[test]
fn unknown_columns_are_named() {
    let s = Scratch::new();
    let p = planned(&s);
    let csv = s.write("cols.csv", "quality,competitor_a\nx,3\n");
    refused(
        &p,
        &[
            "import",
            "planning",
            p.to_str().unwrap(),
            "--from",
            csv.to_str().unwrap(),
        ],
        "column 'competitor_a': unknown column",
    );
}

#[test]
fn remarks_import_from_text_and_csv() {
    let s = Scratch::new();
    let p = s.project("r.ron");
    let txt = s.write(
        "r.txt",
        "the light dies in the cold\n\n灯光太刺眼，对面的人看不清\n",
    );
    gemba()
        .args(["import", "remarks"])
        .arg(&p)
        .arg("--from")
        .arg(&txt)
        .args(["--source", "interview"])
        .assert()
        .success()
        .stdout(contains("2 remarks added (R1–R2)"));
    let csv = s.write(
        "r.csv",
        "text,source,respondent,segment,where,when,tags\n\
         \"rain gets in, then it flickers\",complaint,C-01,commuters,on the road,winter,complaint;rain\n\
         I want to see the battery level,questionnaire:wish,C-02,commuters,,,\n\
         充电口盖子容易丢,投诉,,学生,,,\n",
    );
    gemba()
        .args(["import", "remarks"])
        .arg(&p)
        .arg("--from")
        .arg(&csv)
        .assert()
        .success()
        .stdout(contains("3 remarks added (R3–R5)"));
    let text = fs::read_to_string(&p).unwrap();
    assert!(text.contains("灯光太刺眼，对面的人看不清"));
    assert!(text.contains("source: Complaint"));
    assert!(text.contains("source: Questionnaire(Wish)"));
    assert!(text.contains("where: \"on the road\""));
    assert!(text.contains("label: \"C-01\""));
    assert!(text.contains("name: \"学生\""));
    gemba().arg("check").arg(&p).assert().success();
}

#[test]
fn bad_remark_rows_are_reported_with_line_numbers() {
    let s = Scratch::new();
    let p = s.project("r.ron");
    let csv = s.write(
        "r.csv",
        "text,source\nfine,interview\nodd,telepathy\n,complaint\n",
    );
    let args = [
        "import",
        "remarks",
        p.to_str().unwrap(),
        "--from",
        csv.to_str().unwrap(),
    ];
    refused(
        &p,
        &args,
        "line 3, column 'source': 'telepathy' is not a source",
    );
    refused(&p, &args, "line 4, column 'text': the remark text is empty");
    let cols = s.write("c.csv", "txt\nhello\n");
    refused(
        &p,
        &[
            "import",
            "remarks",
            p.to_str().unwrap(),
            "--from",
            cols.to_str().unwrap(),
        ],
        "the header needs a 'text' column",
    );
    let binary = s.path("b.txt");
    fs::write(&binary, b"ok\n\xff\xfe broken\n").unwrap();
    refused(
        &p,
        &[
            "import",
            "remarks",
            p.to_str().unwrap(),
            "--from",
            binary.to_str().unwrap(),
        ],
        "line 2: the file is neither UTF-8 nor GBK/GB18030 text",
    );
    refused(
        &p,
        &[
            "import",
            "remarks",
            p.to_str().unwrap(),
            "--from",
            s.path("none.txt").to_str().unwrap(),
        ],
        "cannot read",
    );
}

#[test]
fn imports_never_write_into_a_file_that_fails_to_load() {
    let s = Scratch::new();
    let bad = s.write(
        "bad.ron",
        "(format: 1, meta: (title: \"x\"), remarks: [(id: \"R1\", text: )])",
    );
    let txt = s.write("r.txt", "hello\n");
    refused(
        &bad,
        &[
            "import",
            "remarks",
            bad.to_str().unwrap(),
            "--from",
            txt.to_str().unwrap(),
        ],
        "bad.ron:1:",
    );
}
