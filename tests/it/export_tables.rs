//! Tables exported one at a time (`gemba export`) in every format read back: Chinese intact,
//! hostile text inert, numbers faithful, machine column names kept.

use std::fs;

use predicates::str::contains;

use crate::export_support::{CHINESE, FORMULA, HOSTILE, export, project, sample_project, sel};
use crate::{Scratch, gemba, import, parse_csv};

#[test]
fn csv_keeps_chinese_and_neutralises_formulas_in_every_table() {
    let s = Scratch::new();
    let p = project(&s);
    for table in ["voc", "items", "qualities", "deployment", "planning"] {
        let text = export(&p, table, "csv");
        let (_, rows) = parse_csv(&text);
        let cells: Vec<&String> = rows.iter().flatten().collect();
        assert!(!cells.iter().any(|c| c.starts_with('=')), "{table}: {text}");
        if table != "items" {
            assert!(
                cells.iter().any(|c| c.as_str() == format!("'{FORMULA}")),
                "{table}: {text}"
            );
            assert!(
                cells.iter().any(|c| c.as_str() == CHINESE),
                "{table}: {text}"
            );
        }
    }
}

#[test]
fn markdown_keeps_chinese_and_hostile_text_inside_its_cells() {
    let s = Scratch::new();
    let p = project(&s);
    let pipe = s.write("pipe.txt", "a | b | c, with a pipe\n");
    import("remarks", &p, &pipe);
    assert!(export(&p, "voc", "md").contains("a \\| b \\| c"));
    for table in ["voc", "qualities", "deployment", "planning"] {
        let md = export(&p, table, "md");
        assert!(md.contains(CHINESE), "{table}");
        let rows: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
        let columns = rows[0].matches(" | ").count();
        for r in &rows {
            // Escaped pipes keep every row at the header's column count.
            assert_eq!(
                r.replace("\\|", "").matches(" | ").count(),
                columns,
                "{table}: {r}"
            );
        }
    }
}

#[test]
fn json_reads_back_with_numbers_and_nulls() {
    let s = Scratch::new();
    let p = project(&s);
    let v: serde_json::Value = serde_json::from_str(&export(&p, "planning", "json")).unwrap();
    let rows = v["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 4);
    let first = &rows[0];
    assert_eq!(first["quality"], HOSTILE);
    assert_eq!(first["importance"], 4.6);
    assert_eq!(first["sales_point"], 1.5);
    assert_eq!(first["improvement_ratio"], 1.38888888889);
    let incomplete = rows
        .iter()
        .find(|r| r["quality"] == "incomplete row")
        .unwrap();
    assert!(incomplete["improvement_ratio"].is_null());
    assert!(incomplete["current"].is_null());
    assert!(rows.iter().any(|r| r["quality"] == CHINESE));
    let total: f64 = rows
        .iter()
        .filter_map(|r| r["relative_weight"].as_f64())
        .sum();
    assert!((total - 100.0).abs() < 1e-9);
}

#[test]
fn html_escapes_every_user_string() {
    let s = Scratch::new();
    let p = project(&s);
    for table in ["voc", "qualities", "planning"] {
        let html = export(&p, table, "html");
        assert!(!html.contains(HOSTILE), "{table}: raw script in the page");
        let doc = scraper::Html::parse_document(&html);
        let scripts = sel("script");
        assert_eq!(doc.select(&scripts).count(), 0, "{table}");
        let cells = sel("td");
        let texts: Vec<String> = doc.select(&cells).map(|c| c.text().collect()).collect();
        assert!(texts.iter().any(|t| t == HOSTILE), "{table}: {texts:?}");
        assert!(texts.iter().any(|t| t == CHINESE), "{table}: {texts:?}");
        assert!(texts.iter().any(|t| t == FORMULA), "{table}: {texts:?}");
    }
}

#[test]
fn respondent_attributes_only_when_asked_for() {
    let s = Scratch::new();
    let p = s.project("a.ron");
    let text = fs::read_to_string(&p)
        .unwrap()
        .replace(
            "respondents: [],",
            "respondents: [(id: \"P1\", label: \"C-1\", attributes: {\"age\": \"30-39\"})],",
        )
        .replace(
            "remarks: [],",
            "remarks: [(id: \"R1\", text: \"hello\", respondent: \"P1\")],",
        );
    fs::write(&p, text).unwrap();
    gemba().arg("check").arg(&p).assert().success();
    let plain = export(&p, "voc", "csv");
    assert!(plain.contains("C-1") && !plain.contains("30-39"), "{plain}");
    gemba()
        .arg("export")
        .arg(&p)
        .args(["--table", "voc", "--format", "csv", "--include-respondents"])
        .assert()
        .success()
        .stdout(contains("age=30-39"));
}

#[test]
fn trace_exports_as_links_and_as_a_graph() {
    let s = Scratch::new();
    let p = sample_project("bike-light.en.ron");
    let csv = export(&p, "trace", "csv");
    let (h, rows) = parse_csv(&csv);
    assert_eq!(
        h,
        ["from", "from_kind", "from_text", "to", "to_kind", "to_text"]
    );
    assert!(
        rows.iter()
            .any(|r| r[1] == "respondent" && r[4] == "remark")
    );
    assert!(rows.iter().any(|r| r[1] == "quality" && r[4] == "group"));
    let dot = export(&p, "trace", "dot");
    assert!(dot.starts_with("digraph trace {") && dot.trim_end().ends_with('}'));
    assert_eq!(dot.matches(" -> ").count(), rows.len());
    let planning = s.path("x.dot");
    gemba()
        .arg("export")
        .arg(&p)
        .args(["--table", "planning", "--format", "dot", "-o"])
        .arg(&planning)
        .assert()
        .failure()
        .stderr(contains("--table trace"));
    assert!(!planning.exists());
}

#[test]
fn check_reports_workflow_gaps_without_failing() {
    let s = Scratch::new();
    let p = project(&s);
    gemba()
        .arg("check")
        .arg(&p)
        .assert()
        .success()
        .stdout(contains("coverage: 0 of 3 remarks (0%)"))
        .stdout(contains("3 remarks with no item: R1, R2, R3"));
}

#[test]
fn csv_and_json_in_chinese_name_kano_types_in_chinese_under_machine_column_names() {
    let path = sample_project("water-heater.zh.ron");
    let english = [
        "attractive",
        "one-dimensional",
        "must-be",
        "indifferent",
        "reverse",
        "questionable",
        "unclassified",
    ];
    let run = |table: &str, format: &str, lang: Option<&str>| {
        let mut cmd = gemba();
        cmd.arg("export")
            .arg(&path)
            .args(["--table", table, "--format", format]);
        if let Some(l) = lang {
            cmd.args(["--lang", l]);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    for (table, column) in [("kano", "category"), ("qualities", "kano")] {
        for format in ["csv", "json"] {
            let zh = run(table, format, Some("zh"));
            assert!(
                zh.contains("当然质量") && zh.contains("一元质量"),
                "{table} {format}: {zh}"
            );
            for k in english {
                assert!(
                    !zh.contains(&format!("{k}\"")) && !zh.contains(&format!(",{k},")),
                    "{table} {format}: {k} in {zh}"
                );
            }
            // Column names stay the ones scripts and imports read.
            assert!(
                zh.contains(column) && !zh.contains("Kano 类型"),
                "{table} {format}"
            );
            // Without a language, and in English, the keys stay as they were.
            for lang in [None, Some("en")] {
                let en = run(table, format, lang);
                assert!(
                    en.contains("must-be") && !en.contains("当然质量"),
                    "{table} {format} {lang:?}"
                );
            }
        }
    }
}
