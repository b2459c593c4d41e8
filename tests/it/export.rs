//! Every export format read back and checked for content: faithful numbers, Chinese intact,
//! hostile text inert.

use std::fs;

use calamine::{Data, Reader, Xlsx, open_workbook};
use predicates::str::contains;

use crate::{Scratch, gemba, import, parse_csv};

const HOSTILE: &str = "<script>alert(1)</script>";
const FORMULA: &str = "=HYPERLINK(\"http://x\",\"click\")";
const CHINESE: &str = "洗澡时水温忽冷忽热，很烦";

/// Writes the report of `project` to `out`, in the format its extension names.
fn report(project: impl AsRef<std::ffi::OsStr>, out: impl AsRef<std::ffi::OsStr>) {
    gemba()
        .arg("report")
        .arg(project)
        .arg("-o")
        .arg(out)
        .assert()
        .success();
}

/// The first row of a sheet, as text.
fn header_of(sheet: &calamine::Range<Data>) -> Vec<String> {
    sheet
        .rows()
        .next()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .unwrap_or_default()
}

/// A project with hostile and Chinese text in remarks and qualities, and planning values.
fn project(s: &Scratch) -> std::path::PathBuf {
    let p = s.project("e.ron");
    let remarks = s.write(
        "r.csv",
        &format!(
            "text,respondent,segment\n\"{}\",C-1,家庭\n\"{}\",C-2,家庭\n{CHINESE},C-3,租客\n",
            HOSTILE,
            FORMULA.replace('"', "\"\"")
        ),
    );
    import("remarks", &p, &remarks);
    let planning = s.write(
        "p.csv",
        &format!(
            "group,quality,importance,current,competitor:甲,target,sales_point\n\
             安全 / 点火,\"{}\",4.6,3.6,4.0,5.0,◎\n\
             安全 / 点火,{CHINESE},4.5,4.0,4.0,4.5,\n\
             舒适,\"{}\",3,3,3,4,○\n\
             舒适,incomplete row,3,,3,4,\n",
            HOSTILE,
            FORMULA.replace('"', "\"\"")
        ),
    );
    import("planning", &p, &planning);
    p
}

fn export(project: &std::path::Path, table: &str, format: &str) -> String {
    let out = gemba()
        .arg("export")
        .arg(project)
        .args(["--table", table, "--format", format])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

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
        let scripts = scraper::Selector::parse("script").unwrap();
        assert_eq!(doc.select(&scripts).count(), 0, "{table}");
        let cells = scraper::Selector::parse("td").unwrap();
        let texts: Vec<String> = doc.select(&cells).map(|c| c.text().collect()).collect();
        assert!(texts.iter().any(|t| t == HOSTILE), "{table}: {texts:?}");
        assert!(texts.iter().any(|t| t == CHINESE), "{table}: {texts:?}");
        assert!(texts.iter().any(|t| t == FORMULA), "{table}: {texts:?}");
    }
}

#[test]
fn xlsx_has_numbers_live_formulas_and_inert_text() {
    let s = Scratch::new();
    let p = project(&s);
    let out = s.path("plan.xlsx");
    gemba()
        .arg("export")
        .arg(&p)
        .args(["--table", "planning", "--format", "xlsx", "-o"])
        .arg(&out)
        .assert()
        .success();
    let mut book: Xlsx<_> = open_workbook(&out).unwrap();
    let values = book.worksheet_range("planning").unwrap();
    let formulas = book.worksheet_formula("planning").unwrap();
    let header = header_of(&values);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<&[Data]> = values.rows().skip(1).collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0][col("quality")], Data::String(HOSTILE.into()));
    assert_eq!(rows[0][col("importance")], Data::Float(4.6));
    assert_eq!(rows[0][col("sales_point")], Data::Float(1.5));
    // The formula text is stored as a string, never as a formula.
    assert!(
        rows.iter()
            .any(|r| r[col("quality")] == Data::String(FORMULA.into()))
    );
    assert!(
        rows.iter()
            .any(|r| r[col("quality")] == Data::String(CHINESE.into()))
    );
    // Computed columns are formulas over the input cells, with their values cached.
    let f: Vec<Vec<String>> = formulas.rows().map(|r| r.to_vec()).collect();
    let ratio = &f[0][col("improvement_ratio") - formulas.start().unwrap().1 as usize];
    assert!(ratio.contains("I2/E2") || ratio.contains("/E2"), "{ratio}");
    let relative = &f[0][col("relative_weight") - formulas.start().unwrap().1 as usize];
    assert!(relative.contains("SUM("), "{relative}");
    match &rows[0][col("improvement_ratio")] {
        Data::Float(v) => assert!((v - 5.0 / 3.6).abs() < 1e-9),
        other => panic!("cached ratio is {other:?}"),
    }
    let quality_formulas = f
        .iter()
        .flatten()
        .filter(|x| x.contains("HYPERLINK"))
        .count();
    assert_eq!(quality_formulas, 0, "user text became a formula");
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
fn xlsx_needs_an_output_file() {
    let s = Scratch::new();
    let p = project(&s);
    gemba()
        .arg("export")
        .arg(&p)
        .args(["--table", "planning", "--format", "xlsx"])
        .assert()
        .failure()
        .stderr(contains("-o FILE.xlsx"));
}

/// A file written into a folder that is not there: the message names the file the user gave and
/// why, never the temporary file the write goes through, and nothing is left behind.
#[test]
fn writing_into_a_missing_folder_names_the_given_file_and_why() {
    let s = Scratch::new();
    let p = s.project("p.ron");
    let missing = s.path("missing");
    let blocker = s.write("blocker", "a file, not a folder");
    let ps = p.to_str().unwrap();
    let runs: Vec<(Vec<&str>, &str)> = vec![
        (vec!["report"], "x.xlsx"),
        (vec!["report"], "x.html"),
        (vec!["report"], "x.md"),
        (vec!["export", "--table", "voc", "--format", "csv"], "x.csv"),
        (vec!["survey", "--kind", "voc", "--format", "md"], "x.md"),
        // The project given last is their side, after the common ancestor and ours.
        (vec!["merge", ps, ps], "m.ron"),
    ];
    for (args, name) in runs {
        for (folder, why) in [
            (
                &missing,
                format!("the folder {} does not exist", missing.display()),
            ),
            (
                &blocker,
                format!("{} is a file, not a folder", blocker.display()),
            ),
        ] {
            let out = folder.join(name);
            let run = gemba()
                .args(&args)
                .arg(&p)
                .arg("-o")
                .arg(&out)
                .assert()
                .failure();
            let err = String::from_utf8(run.get_output().stderr.clone()).unwrap();
            let want = format!("error: cannot write {}: {why}", out.display());
            assert_eq!(err.trim_end(), want, "{args:?}");
            assert!(
                !err.contains(".gemba-") && !err.contains("at path"),
                "{err}"
            );
        }
    }
    assert!(!missing.exists());
    let left: Vec<_> = fs::read_dir(s.path("")).unwrap().flatten().collect();
    assert_eq!(left.len(), 2, "{left:?}");
}

#[test]
fn report_html_is_one_safe_self_contained_page() {
    let s = Scratch::new();
    let p = project(&s);
    let out = s.path("r.html");
    report(&p, &out);
    let html = fs::read_to_string(&out).unwrap();
    assert!(!html.contains(HOSTILE));
    assert!(!html.contains("http://") || html.contains("http://www.w3.org/2000/svg"));
    let doc = scraper::Html::parse_document(&html);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    assert_eq!(doc.select(&sel("script")).count(), 0);
    assert_eq!(doc.select(&sel("link")).count(), 0, "no external resources");
    assert_eq!(doc.select(&sel("img")).count(), 0, "charts are inline");
    assert_eq!(
        doc.select(&sel("svg")).count(),
        3,
        "affinity diagram, Pareto and benchmark charts"
    );
    // The affinity diagram holds every quality as a card, escaped like any other text.
    let affinity = doc
        .select(&sel("svg"))
        .find(|s| s.value().attr("aria-label") == Some("亲和图"))
        .expect("affinity diagram");
    assert_eq!(affinity.select(&sel("rect.card")).count(), 4);
    // The project is Chinese, so the report speaks Chinese.
    let headings: Vec<String> = doc.select(&sel("h2")).map(|h| h.text().collect()).collect();
    assert!(headings.contains(&"品质企划表".to_string()), "{headings:?}");
    assert!(headings.contains(&"追溯".to_string()), "{headings:?}");
    let cells: Vec<String> = doc.select(&sel("td")).map(|c| c.text().collect()).collect();
    assert!(cells.iter().any(|c| c == CHINESE));
    assert!(
        cells.iter().any(|c| c.contains(HOSTILE)),
        "the hostile remark is shown as text"
    );
    // Counts of respondents only, unless asked for.
    let tables: Vec<String> = doc.select(&sel("h3")).map(|h| h.text().collect()).collect();
    assert!(!tables.contains(&"受访者".to_string()), "{tables:?}");
    gemba()
        .arg("report")
        .arg(&p)
        .arg("-o")
        .arg(&out)
        .assert()
        .failure()
        .stderr(contains("--force"));
}

#[test]
fn report_markdown_and_xlsx_hold_every_section() {
    let s = Scratch::new();
    let p = project(&s);
    let md = s.path("r.md");
    report(&p, &md);
    let text = fs::read_to_string(&md).unwrap();
    for heading in [
        "## 客户细分与受访者",
        "## 顾客之声",
        "## 要求质量展开表",
        "## 品质企划表",
        "## 追溯",
    ] {
        assert!(text.contains(heading), "{heading} missing");
    }
    assert!(text.contains("```text"), "charts as text bars");
    let xlsx = s.path("r.xlsx");
    report(&p, &xlsx);
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let names = book.sheet_names();
    for sheet in [
        "segments",
        "sources",
        "voc",
        "deployment",
        "planning",
        "trace",
    ] {
        assert!(
            names.iter().any(|n| n == sheet),
            "{sheet} missing from {names:?}"
        );
    }
    // The planning sheet's formulas still point at the right columns after the headers are
    // translated: 水平提高率 (ratio) = 企划质量 (target) / 本公司现状 (current).
    let values = book.worksheet_range("planning").unwrap();
    let formulas = book.worksheet_formula("planning").unwrap();
    let header = header_of(&values);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let letter = |c: usize| char::from(b'A' + c as u8);
    let first_formula_col = formulas.start().unwrap().1 as usize;
    let ratio = &formulas.rows().next().unwrap()[col("水平提高率") - first_formula_col];
    assert!(
        ratio.contains(&format!(
            "{}2/{}2",
            letter(col("企划质量")),
            letter(col("本公司现状"))
        )),
        "{ratio}"
    );
    gemba()
        .arg("report")
        .arg(&p)
        .arg("-o")
        .arg(s.path("r.pdf"))
        .assert()
        .failure()
        .stderr(contains(".html, .md or .xlsx"));
}

#[test]
fn trace_exports_as_links_and_as_a_graph() {
    let s = Scratch::new();
    let p = crate::root().join("projects/bike-light.en.ron");
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
fn the_report_shows_kano_and_ahp_results_where_the_project_has_them() {
    let s = Scratch::new();
    let out = s.path("r.md");
    let sample = crate::root().join("projects/bike-light.en.ron");
    report(&sample, &out);
    let text = fs::read_to_string(&out).unwrap();
    for heading in [
        "## Survey results",
        "### Kano classification",
        "## AHP priorities",
        "### Consistency",
    ] {
        assert!(text.contains(heading), "{heading} missing");
    }
    // The HTML report plots the Kano answers as a Better/Worse scatter.
    let html = s.path("r.html");
    report(&sample, &html);
    let doc = scraper::Html::parse_document(&fs::read_to_string(&html).unwrap());
    let points = scraper::Selector::parse("svg g.kano-point").unwrap();
    assert!(doc.select(&points).count() > 0);
    // A project without survey answers or judgements has no such sections.
    let p = project(&s);
    gemba()
        .arg("report")
        .arg(&p)
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .assert()
        .success();
    let text = fs::read_to_string(&out).unwrap();
    assert!(!text.contains("## 调查结果") && !text.contains("## AHP"));
    gemba()
        .arg("report")
        .arg(&p)
        .arg("-o")
        .arg(&html)
        .arg("--force")
        .assert()
        .success();
    let doc = scraper::Html::parse_document(&fs::read_to_string(&html).unwrap());
    assert_eq!(doc.select(&points).count(), 0);
}

#[test]
fn a_chinese_report_translates_its_own_words_but_not_user_text() {
    let s = Scratch::new();
    let p = s.project("zh.ron");
    let csv = s.write(
        "p.csv",
        "group,quality,importance,current,target\n目标,target,4,3,4\n",
    );
    import("planning", &p, &csv);
    let out = s.path("r.md");
    report(&p, &out);
    let text = fs::read_to_string(&out).unwrap();
    assert!(
        text.contains("| Q1 | 目标 | target |"),
        "the quality's own text stays as typed"
    );
    assert!(
        text.contains("| target | 要求质量 | 顾客 |"),
        "the deployment table's kind and origin are translated"
    );
}

/// Significant digits of a number as written (leading zeros and the exponent do not count).
fn significant_digits(text: &str) -> usize {
    let mantissa = text.split(['e', 'E']).next().unwrap_or("");
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_start_matches('0');
    // Trailing zeros of an integer are magnitude, not precision.
    let digits = if mantissa.contains('.') {
        digits
    } else {
        digits.trim_end_matches('0')
    };
    digits.len()
}

#[test]
fn csv_and_json_of_the_samples_carry_no_float_noise() {
    let mut numbers = 0;
    for sample in ["bike-light.en.ron", "water-heater.zh.ron"] {
        let p = crate::root().join("projects").join(sample);
        for table in [
            "voc",
            "items",
            "qualities",
            "deployment",
            "planning",
            "survey",
            "kano",
            "ahp",
            "ahp-consistency",
            "hoq",
        ] {
            let (_, rows) = parse_csv(&export(&p, table, "csv"));
            for cell in rows.iter().flatten() {
                if cell.parse::<f64>().is_ok() {
                    numbers += 1;
                    assert!(significant_digits(cell) <= 12, "{sample} {table}: {cell}");
                }
            }
            let json: serde_json::Value = serde_json::from_str(&export(&p, table, "json")).unwrap();
            for row in json["rows"].as_array().unwrap() {
                for v in row.as_object().unwrap().values() {
                    if let Some(n) = v.as_number() {
                        let t = n.to_string();
                        assert!(significant_digits(&t) <= 12, "{sample} {table} json: {t}");
                    }
                }
            }
        }
    }
    // The samples have planning matrices full of computed weights; the check saw them.
    assert!(numbers > 100, "{numbers}");
}

#[test]
fn the_report_opens_with_a_first_page_that_stands_alone() {
    let s = Scratch::new();
    let out = s.path("r.html");
    report(crate::root().join("projects/water-heater.zh.ron"), &out);
    let html = fs::read_to_string(&out).unwrap();
    let doc = scraper::Html::parse_document(&html);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    let h2: Vec<String> = doc.select(&sel("h2")).map(|h| h.text().collect()).collect();
    assert_eq!(h2[0], "概要");
    let h3: Vec<String> = doc.select(&sel("h3")).map(|h| h.text().collect()).collect();
    for t in ["最重要的要求质量", "最重要的质量特性", "屋顶中的冲突"] {
        assert!(h3.iter().any(|h| h == t), "{h3:?}");
    }
    // The detail starts on a new page. The break belongs to the part that starts it (an empty
    // element of its own, pushed past the foot of a full first page, printed a blank page):
    // the row that sets who spoke beside what they said, its first heading first.
    let first_break = html
        .find(&format!(
            "<div class=\"beside new-page\">\n<div>\n<h2>{}</h2>",
            h2[1]
        ))
        .unwrap();
    assert!(!html.contains("page-break"));
    assert_eq!(
        html.matches("new-page").count(),
        2,
        "the style and one part"
    );
    assert!(html[..first_break].contains("覆盖率"));
    assert!(html[..first_break].contains("39 条原始资料"));
}

#[test]
fn report_since_an_older_version_says_what_changed_in_short() {
    let s = Scratch::new();
    let sample = fs::read_to_string(crate::root().join("projects/bike-light.en.ron")).unwrap();
    // The older version rated one quality's importance much lower.
    let old = s.write(
        "old.ron",
        &sample.replacen("importance: 4.7,", "importance: 1.0,", 1),
    );
    let new = s.write("new.ron", &sample);
    let out = s.path("r.md");
    gemba()
        .arg("report")
        .arg(&new)
        .arg("--since")
        .arg(&old)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let md = fs::read_to_string(&out).unwrap();
    let at = md.find("## What changed since old.ron").expect(&md);
    let section = &md[at..md[at + 3..].find("\n## ").map_or(md.len(), |e| e + at + 3)];
    assert!(section.contains("| qualities | 0 | 0 | 1 |"), "{section}");
    assert!(section.contains("### Weights that moved most"), "{section}");
    // Short: counts and at most five movers per table, not the field-by-field diff.
    assert!(section.lines().count() < 40, "{section}");
    assert!(!section.contains("planning.importance"), "{section}");
    // Without --since there is no such section.
    gemba()
        .arg("report")
        .arg(&new)
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .assert()
        .success();
    assert!(!fs::read_to_string(&out).unwrap().contains("What changed"));
}

/// Every English word in a text once the project's own strings are taken out.
fn english_words_of_gemba(text: &str, user: &[String]) -> Vec<String> {
    let mut rest = text.to_string();
    for u in user {
        rest = rest.replace(u.as_str(), " ");
    }
    let mut words: Vec<String> = rest
        .split(|c: char| !c.is_ascii_alphabetic() && c != '-' && c != '_')
        .map(|w| w.trim_matches('-').to_string())
        .filter(|w| w.len() >= 2)
        // Names of methods, not words: Kano and AHP are called so in Chinese too; `text` opens
        // a code block and `<br>` breaks a line in a Markdown cell.
        .filter(|w| !["Kano", "AHP", "text", "br"].contains(&w.as_str()))
        .collect();
    words.sort();
    words.dedup();
    words
}

#[test]
fn a_chinese_report_of_the_chinese_sample_writes_no_english_word() {
    let s = Scratch::new();
    let path = crate::root().join("projects/water-heater.zh.ron");
    let project = gemba::store::load(&path).unwrap();
    // The project's own strings, longest first so parts of them go with them.
    let mut user: Vec<String> = Vec::new();
    let v = serde_json::to_value(&project).unwrap();
    fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(o) => o.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    strings(&v, &mut user);
    user.retain(|u| u.chars().any(|c| c.is_ascii_alphabetic()));
    user.sort_by_key(|u| std::cmp::Reverse(u.len()));
    let kano_words = [
        "attractive",
        "one-dimensional",
        "must-be",
        "indifferent",
        "reverse",
        "questionable",
    ];
    for ext in ["html", "md"] {
        let out = s.path(&format!("r.{ext}"));
        gemba()
            .arg("report")
            .arg(&path)
            .args(["--lang", "zh", "-o"])
            .arg(&out)
            .assert()
            .success();
        let raw = fs::read_to_string(&out).unwrap();
        let text = if ext == "html" {
            let doc = scraper::Html::parse_document(&raw);
            let body = scraper::Selector::parse("body").unwrap();
            let body = doc.select(&body).next().unwrap();
            // Tooltips and labels of the charts count as words gemba writes.
            body.text().collect::<Vec<_>>().join("\n")
        } else {
            raw.clone()
        };
        let lower = text.to_lowercase();
        for k in kano_words {
            assert!(!lower.contains(k), "{ext}: {k}");
        }
        let left = english_words_of_gemba(&text, &user);
        assert!(left.is_empty(), "{ext}: {left:?}");
    }
    // The same project asked for in English speaks English, categories included.
    let out = s.path("en.md");
    gemba()
        .arg("report")
        .arg(&path)
        .args(["--lang", "en", "-o"])
        .arg(&out)
        .assert()
        .success();
    let en = fs::read_to_string(&out).unwrap();
    assert!(
        en.contains("## At a glance") && en.contains("must-be"),
        "{en}"
    );
    // Export: headers and categories in Chinese for people, column names kept for machines.
    let md = gemba()
        .arg("export")
        .arg(&path)
        .args(["--table", "kano", "--format", "md", "--lang", "zh"])
        .output()
        .unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.contains("满意系数") && md.contains("当然质量"), "{md}");
    assert!(english_words_of_gemba(&md, &user).is_empty(), "{md}");
    let csv = export(&path, "kano", "csv");
    assert!(csv.starts_with("id,quality,"), "{csv}");
}

#[test]
fn the_printed_report_keeps_headers_whole_the_scene_together_and_headings_with_their_tables() {
    let s = Scratch::new();
    let out = s.path("r.html");
    report(crate::root().join("projects/water-heater.zh.ron"), &out);
    let html = fs::read_to_string(&out).unwrap();
    // Headers break between words only (keep-all keeps Chinese words whole), never anywhere.
    assert!(html.contains("th{word-break:keep-all}"));
    assert!(!html.contains("overflow-wrap:anywhere"));
    let doc = scraper::Html::parse_document(&html);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    // The remarks table (in the workbook and Markdown) shows the 5W1H scene in one cell with
    // labelled lines.
    let md = s.path("r.md");
    report(crate::root().join("projects/water-heater.zh.ron"), &md);
    let md = fs::read_to_string(&md).unwrap();
    let header = md
        .lines()
        .find(|l| l.starts_with("| 编号 | 内容 | 来源"))
        .expect("remarks table");
    assert!(header.contains("| 使用场面 |"), "{header}");
    assert!(
        !header.contains("| 谁 |") && !header.contains("| 哪里 |"),
        "{header}"
    );
    let r1 = md.lines().find(|l| l.starts_with("| R1 |")).unwrap();
    assert!(r1.contains("谁：") && r1.contains("<br>"), "{r1}");
    // Ids stay on one line.
    assert!(
        doc.select(&sel("td.short"))
            .any(|c| c.text().collect::<String>() == "Q1")
    );
    // A heading that introduces a landscape table goes onto its landscape page.
    let planning = doc
        .select(&sel("h2"))
        .find(|h| h.text().collect::<String>() == "品质企划表")
        .unwrap();
    assert_eq!(planning.value().attr("class"), Some("wide"));
    let glance = doc.select(&sel("h2")).next().unwrap();
    assert_eq!(glance.value().attr("class"), None);
}

/// A printed report a manager reads: the remarks are not a table row each in the body but one
/// short line each in a compact appendix, grouped under the demanded quality they reach; the
/// full tables stay in the workbook, and the report says so.
#[test]
fn the_html_report_lists_remarks_in_a_compact_appendix_not_a_table_row_each() {
    let s = Scratch::new();
    let path = crate::root().join("projects/bike-light.en.ron");
    let project = gemba::store::load(&path).unwrap();
    let out = s.path("r.html");
    report(&path, &out);
    let html = fs::read_to_string(&out).unwrap();
    let doc = scraper::Html::parse_document(&html);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    let ids: Vec<String> = project.remarks.iter().map(|r| r.id.to_string()).collect();
    assert_eq!(ids.len(), 36);
    // No table holds a row per remark.
    let rows_opening_with_a_remark = doc
        .select(&sel("tr"))
        .filter(|tr| {
            tr.select(&sel("td"))
                .next()
                .is_some_and(|td| ids.contains(&td.text().collect::<String>()))
        })
        .count();
    assert_eq!(rows_opening_with_a_remark, 0);
    // The appendix prints small, in two columns, and holds every remark at least once.
    assert!(
        html.contains(".appendix{font-size:7pt;line-height:1.2;column-count:2"),
        "compact print"
    );
    let appendix = doc
        .select(&sel("section.appendix"))
        .next()
        .expect("appendix");
    let heading: String = appendix.select(&sel("h2")).next().unwrap().text().collect();
    assert_eq!(
        heading,
        "Appendix: remarks by demanded quality (36 remarks)"
    );
    let listed: Vec<String> = appendix
        .select(&sel("li b"))
        .map(|b| b.text().collect())
        .collect();
    for id in &ids {
        assert!(listed.contains(id), "{id} missing from the appendix");
    }
    // A line: id, the remark, who said it.
    let r1 = project
        .remarks
        .iter()
        .find(|r| r.id.to_string() == "R1")
        .unwrap();
    let line: String = appendix
        .select(&sel("li"))
        .find(|li| {
            li.select(&sel("b"))
                .next()
                .unwrap()
                .text()
                .collect::<String>()
                == "R1"
        })
        .unwrap()
        .text()
        .collect();
    assert!(line.contains(&r1.text), "{line}");
    let who = r1
        .respondent
        .and_then(|p| project.respondents.get(p))
        .unwrap();
    assert!(line.contains(&who.label), "{line}");
    // Where the full tables are.
    assert!(html.contains("-o FILE.xlsx"));
}

/// Printed, each group of the planning matrix is named once, in a full-width row above its
/// rows, and never as the whole path: a group column made every row of the widest table several
/// lines high and the matrix three landscape pages long. The workbook keeps the path.
#[test]
fn the_printed_planning_matrix_names_each_group_once_above_its_rows() {
    let s = Scratch::new();
    let path = crate::root().join("projects/bike-light.en.ron");
    let project = gemba::store::load(&path).unwrap();
    let out = s.path("r.html");
    report(&path, &out);
    let html = fs::read_to_string(&out).unwrap();
    let doc = scraper::Html::parse_document(&html);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    let planning = doc
        .select(&sel("section"))
        .find(|s| {
            s.select(&sel("h3"))
                .any(|h| h.text().collect::<String>().starts_with("Planning matrix"))
        })
        .expect("planning matrix");
    let headers: Vec<String> = planning
        .select(&sel("thead th"))
        .map(|h| h.text().collect())
        .collect();
    assert!(!headers.iter().any(|h| h == "group"), "{headers:?}");
    let bands: Vec<String> = planning
        .select(&sel("tr.band th"))
        .map(|h| h.text().collect())
        .collect();
    let placed: std::collections::BTreeSet<String> = project
        .qualities
        .iter()
        .filter_map(|q| q.group)
        .filter_map(|g| project.groups.get(g))
        .map(|g| g.title.clone())
        .collect();
    assert_eq!(
        bands
            .iter()
            .cloned()
            .collect::<std::collections::BTreeSet<_>>(),
        placed,
        "each group once"
    );
    assert_eq!(bands.len(), placed.len(), "{bands:?}");
    assert!(bands.iter().all(|g| !g.contains(" / ")), "{bands:?}");
    // Every row holds exactly the printed columns.
    for row in planning.select(&sel("tbody tr:not(.band)")) {
        assert_eq!(row.select(&sel("td")).count(), headers.len());
    }
    // Columns of numbers are marked, so that print can stand their headers on end.
    let numbers: Vec<String> = planning
        .select(&sel("thead th.num"))
        .map(|h| h.text().collect())
        .collect();
    assert!(numbers.iter().any(|h| h == "importance"), "{numbers:?}");
    assert!(
        !numbers.iter().any(|h| h == "demanded quality"),
        "{numbers:?}"
    );
    // The Pareto chart after it is a low strip that opens the portrait page of charts: the
    // matrix has its landscape page to itself.
    let pareto = doc
        .select(&sel("figure"))
        .find(|f| f.html().contains("Relative weights"))
        .expect("Pareto chart");
    assert_eq!(pareto.value().attr("class"), Some("chart"));
    let xlsx = s.path("r.xlsx");
    report(&path, &xlsx);
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let sheet = book.worksheet_range("planning").unwrap();
    assert!(
        sheet
            .rows()
            .any(|r| matches!(&r[1], Data::String(g) if g.contains(" / "))),
        "the workbook keeps the path"
    );
}

/// A printed report of a handful of pages: short parts that each left half a page empty stand
/// side by side. Who spoke beside what they said; the tall benchmark chart beside the survey
/// results (Kano scatter and AHP), under the Pareto chart, on one page of charts.
#[test]
fn the_printed_report_sets_short_parts_side_by_side_to_share_a_page() {
    let s = Scratch::new();
    let out = s.path("r.html");
    report(crate::root().join("projects/bike-light.en.ron"), &out);
    let html = fs::read_to_string(&out).unwrap();
    let doc = scraper::Html::parse_document(&html);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    let rows: Vec<_> = doc.select(&sel("div.beside")).collect();
    assert_eq!(rows.len(), 2, "people and voice; benchmark and survey");
    let columns = |row: &scraper::ElementRef| -> Vec<String> {
        row.select(&sel(":scope > div"))
            .map(|c| c.html())
            .collect::<Vec<_>>()
    };
    let people = columns(&rows[0]);
    assert_eq!(people.len(), 2);
    assert!(people[0].contains("<h2>Segments and respondents</h2>"));
    assert!(people[1].contains("<h2>Voice of the customer</h2>"));
    assert!(people[1].contains("Remarks by source"));
    let charts = columns(&rows[1]);
    assert_eq!(charts.len(), 2);
    assert!(charts[0].contains("aria-label=\"Competitor benchmark\""));
    for part in [
        "<h2>Survey results</h2>",
        "aria-label=\"Kano: Better and Worse coefficients\"",
        "<h2>AHP priorities</h2>",
    ] {
        assert!(charts[1].contains(part), "{part}");
    }
    // The row of charts follows the Pareto chart, and the house follows them.
    let pareto = html.find("aria-label=\"Relative weights").unwrap();
    let row = html.find("<div class=\"beside\">").unwrap();
    let house = html.find("<h2>House of Quality</h2>").unwrap();
    assert!(html.find("<div class=\"beside new-page\">").unwrap() < pareto);
    assert!(pareto < row && row < house);
    // A row stays whole on its page; its columns share the width.
    assert!(html.contains(".beside{break-inside:avoid}"));
    assert!(html.contains(".beside{display:flex;"));
    // Markdown reads the columns one after the other, in the order they had before.
    let md = s.path("r.md");
    report(crate::root().join("projects/bike-light.en.ron"), &md);
    let md = fs::read_to_string(&md).unwrap();
    let at = |h: &str| md.find(h).unwrap_or_else(|| panic!("{h}"));
    assert!(at("## Segments and respondents") < at("## Voice of the customer"));
    assert!(at("## Voice of the customer") < at("## Affinity diagram"));
    assert!(at("### Competitor benchmark") < at("## Survey results"));
    assert!(at("## Survey results") < at("## AHP priorities"));
}

/// The house draws the roof and the first page lists its conflicts: printed, the roof is not
/// a third time a table. Markdown and the workbook, which cannot draw it, keep the table.
#[test]
fn the_printed_report_leaves_the_roof_table_to_markdown_and_the_workbook() {
    let s = Scratch::new();
    for (sample, roof, conflicts, house) in [
        (
            "bike-light.en.ron",
            "Roof: how characteristics pull on each other",
            "Conflicts in the roof",
            "House of Quality",
        ),
        (
            "water-heater.zh.ron",
            "屋顶：质量特性之间的相关",
            "屋顶中的冲突",
            "质量屋",
        ),
    ] {
        let path = crate::root().join("projects").join(sample);
        let out = s.path("r.html");
        gemba()
            .arg("report")
            .arg(&path)
            .arg("-o")
            .arg(&out)
            .arg("--force")
            .assert()
            .success();
        let html = fs::read_to_string(&out).unwrap();
        let doc = scraper::Html::parse_document(&html);
        let sel = |s: &str| scraper::Selector::parse(s).unwrap();
        let h3: Vec<String> = doc.select(&sel("h3")).map(|h| h.text().collect()).collect();
        assert!(h3.iter().any(|h| h == conflicts), "{sample}: {h3:?}");
        assert!(!h3.iter().any(|h| h == roof), "{sample}: {h3:?}");
        let drawing = doc
            .select(&sel("svg"))
            .find(|s| s.value().attr("aria-label") == Some(house))
            .unwrap_or_else(|| panic!("{sample}: the house"));
        // Every correlation of the roof table is drawn in the roof, each with its symbol.
        let project = gemba::store::load(&path).unwrap();
        let drawn = drawing.select(&sel("text.corr")).count();
        assert!(drawn > 0, "{sample}: the roof is drawn");
        assert_eq!(drawn, project.correlations.len(), "{sample}");
        let md = s.path("r.md");
        gemba()
            .arg("report")
            .arg(&path)
            .arg("-o")
            .arg(&md)
            .arg("--force")
            .assert()
            .success();
        let md = fs::read_to_string(&md).unwrap();
        assert!(md.contains(&format!("### {roof}")), "{sample}");
        let xlsx = s.path("r.xlsx");
        gemba()
            .arg("report")
            .arg(&path)
            .arg("-o")
            .arg(&xlsx)
            .arg("--force")
            .assert()
            .success();
        let book: Xlsx<_> = open_workbook(&xlsx).unwrap();
        assert!(book.sheet_names().iter().any(|n| n == "roof"), "{sample}");
    }
}

/// Every number of a JSON text with the digits it is written with.
fn json_numbers(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Number(n) => out.push(n.to_string()),
        serde_json::Value::Array(a) => a.iter().for_each(|v| json_numbers(v, out)),
        serde_json::Value::Object(o) => o.values().for_each(|v| json_numbers(v, out)),
        _ => {}
    }
}

#[test]
fn suggest_and_diff_json_carry_no_float_noise() {
    let s = Scratch::new();
    let sample = crate::root().join("projects/bike-light.en.ron");
    let remarks = s.write(
        "r.csv",
        "text\nbattery dies in cold\nbattery dies in the cold weather\nlight too dim at night\n\
         light is dim at night\nmount breaks\n",
    );
    let suggest = gemba()
        .arg("suggest")
        .arg("--csv")
        .arg(&remarks)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(suggest.status.success());
    // A changed importance moves every weight: derived numbers full of binary noise.
    let text = fs::read_to_string(&sample).unwrap();
    let changed = s.write(
        "changed.ron",
        &text.replacen("importance: 4.7,", "importance: 3.3,", 1),
    );
    let diff = gemba()
        .arg("diff")
        .arg(&sample)
        .arg(&changed)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(diff.status.success());
    for out in [suggest.stdout, diff.stdout] {
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let mut numbers = Vec::new();
        json_numbers(&v, &mut numbers);
        assert!(numbers.iter().any(|n| n.contains('.')), "{numbers:?}");
        let noisy: Vec<&String> = numbers
            .iter()
            .filter(|n| significant_digits(n) > 12)
            .collect();
        assert!(noisy.is_empty(), "{noisy:?}");
    }
}

/// In Markdown the competitor benchmark is a table whose header names every series and whose
/// rows name their quality, not unlabelled rows of numbers.
#[test]
fn the_markdown_benchmark_is_a_labelled_table() {
    let s = Scratch::new();
    let path = crate::root().join("projects/bike-light.en.ron");
    let project = gemba::store::load(&path).unwrap();
    let out = s.path("r.md");
    report(&path, &out);
    let md = fs::read_to_string(&out).unwrap();
    let section = &md[md.find("### Competitor benchmark").expect("benchmark")..];
    let lines: Vec<&str> = section
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .collect();
    let header = lines[0];
    assert!(header.starts_with("| demanded quality | us |"), "{header}");
    for c in project.competitors_in_order() {
        assert!(header.contains(&format!("| {} |", c.name)), "{header}");
    }
    assert!(header.ends_with("| target |"), "{header}");
    let q1 = project.qualities.iter().next().unwrap();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("| {} {} |", q1.id, q1.text))),
        "{lines:?}"
    );
    assert_eq!(lines.len(), 2 + project.qualities.len());
}

/// The workbook draws the report's charts natively from its own cells: relative weights and the
/// competitor benchmark on the planning sheet, the Kano Better/Worse scatter on the kano sheet.
#[test]
fn the_workbook_draws_its_charts_from_its_own_cells() {
    let s = Scratch::new();
    for (sample, weight_title) in [
        ("projects/bike-light.en.ron", "Relative weight (%)"),
        ("projects/water-heater.zh.ron", "相对权重（%）"),
    ] {
        let out = s.path("r.xlsx");
        gemba()
            .arg("report")
            .arg(crate::root().join(sample))
            .arg("-o")
            .arg(&out)
            .arg("--force")
            .assert()
            .success();
        let mut zip = zip::ZipArchive::new(fs::File::open(&out).unwrap()).unwrap();
        let mut charts = Vec::new();
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).unwrap();
            if f.name().unwrap().starts_with("xl/charts/chart") {
                let mut xml = String::new();
                std::io::Read::read_to_string(&mut f, &mut xml).unwrap();
                charts.push(xml);
            }
        }
        assert_eq!(charts.len(), 3, "{sample}");
        let weights = charts
            .iter()
            .find(|c| c.contains(weight_title))
            .unwrap_or_else(|| panic!("{sample}: relative weights"));
        // The bars are the planning sheet's relative weight column, labelled by id.
        let book: Xlsx<_> = open_workbook(&out).unwrap();
        let mut book = book;
        let planning = book.worksheet_range("planning").unwrap();
        let header = header_of(&planning);
        let rows = planning.height() as u32;
        let relative = header
            .iter()
            .position(|h| h.contains("relative") || h.contains("相对权重"))
            .unwrap();
        let letter = gemba::export::xlsx::column_letters(relative);
        assert!(
            weights.contains(&format!("planning!${letter}$2:${letter}${rows}")),
            "{sample}: {weights}"
        );
        assert!(weights.contains(&format!("planning!$A$2:$A${rows}")));
        assert!(
            charts.iter().any(|c| c.contains("<c:lineChart>")),
            "{sample}: benchmark"
        );
        assert!(
            charts
                .iter()
                .any(|c| c.contains("<c:scatterChart>") && c.contains("kano!")),
            "{sample}: Kano"
        );
    }
}

#[test]
fn csv_and_json_in_chinese_name_kano_types_in_chinese_under_machine_column_names() {
    let path = crate::root().join("projects/water-heater.zh.ron");
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

/// Every picture of both sample reports is a well-formed SVG document: tags balanced and
/// properly nested, attributes quoted and unique, no entity but XML's own. Five per sample:
/// the affinity diagram, the Pareto chart, the benchmark, the Kano scatter and the house.
#[test]
fn the_report_pictures_are_well_formed_svg() {
    use quick_xml::events::Event;
    let s = Scratch::new();
    for sample in ["water-heater.zh.ron", "bike-light.en.ron"] {
        let out = s.path(&format!("{sample}.html"));
        report(crate::root().join("projects").join(sample), &out);
        let html = fs::read_to_string(&out).unwrap();
        let mut svgs = 0;
        let mut rest = html.as_str();
        while let Some(at) = rest.find("<svg") {
            let end = rest[at..].find("</svg>").expect("a closed svg") + at + "</svg>".len();
            let svg = &rest[at..end];
            rest = &rest[end..];
            svgs += 1;
            let mut reader = quick_xml::Reader::from_str(svg);
            reader.config_mut().check_end_names = true;
            let mut depth = 0usize;
            loop {
                match reader.read_event() {
                    Ok(Event::Start(e)) => {
                        depth += 1;
                        for a in e.attributes().with_checks(true) {
                            a.unwrap_or_else(|err| panic!("{sample}: svg {svgs}: {err}"));
                        }
                    }
                    Ok(Event::Empty(e)) => {
                        for a in e.attributes().with_checks(true) {
                            a.unwrap_or_else(|err| panic!("{sample}: svg {svgs}: {err}"));
                        }
                    }
                    Ok(Event::End(_)) => depth -= 1,
                    Ok(Event::GeneralRef(r)) => {
                        let name = r.into_inner().to_string();
                        assert!(
                            name.starts_with('#')
                                || ["lt", "gt", "amp", "quot", "apos"].contains(&name.as_str()),
                            "{sample}: svg {svgs}: entity &{name}; is not XML's"
                        );
                    }
                    Ok(Event::Eof) => break,
                    Ok(_) => {}
                    Err(e) => panic!("{sample}: svg {svgs} is not well-formed: {e}"),
                }
            }
            assert_eq!(depth, 0, "{sample}: svg {svgs} leaves elements open");
        }
        assert_eq!(
            svgs, 5,
            "{sample}: affinity, Pareto, benchmark, Kano, house"
        );
    }
}

/// The elements `<tag …>` of an XML text, each as its attributes.
fn elements(xml: &str, tag: &str) -> Vec<std::collections::HashMap<String, String>> {
    let open = format!("<{tag} ");
    xml.match_indices(&open)
        .map(|(at, _)| {
            let rest = &xml[at + open.len()..];
            let body = &rest[..rest.find('>').unwrap()];
            let mut attrs = std::collections::HashMap::new();
            for pair in body.split("\" ") {
                if let Some((k, v)) = pair.split_once("=\"") {
                    attrs.insert(k.trim().to_string(), v.trim_end_matches(['"', '/']).into());
                }
            }
            attrs
        })
        .collect()
}

/// A part's path from a relationship target, relative to the folder of the part that names it.
fn part_path(from: &str, target: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for step in target.split('/') {
        match step {
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// The pictures of a workbook: (sheet, PNG bytes) for each image each sheet's drawing holds.
fn workbook_pictures(path: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    use std::io::Read as _;
    let mut zip = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    let mut read = |name: &str| -> Option<Vec<u8>> {
        let mut f = zip.by_name(name).ok()?;
        let mut out = Vec::new();
        f.read_to_end(&mut out).unwrap();
        Some(out)
    };
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    // The rels of a part, as (type, target path).
    let rels_of = |part: &str, read: &mut dyn FnMut(&str) -> Option<Vec<u8>>| {
        let (dir, file) = part.rsplit_once('/').unwrap();
        read(&format!("{dir}/_rels/{file}.rels"))
            .map(|b| {
                elements(&text(b), "Relationship")
                    .into_iter()
                    .map(|r| {
                        (
                            r["Type"].clone(),
                            r["Id"].clone(),
                            part_path(part, &r["Target"]),
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let book = text(read("xl/workbook.xml").unwrap());
    let book_rels = rels_of("xl/workbook.xml", &mut read);
    let mut out = Vec::new();
    for sheet in elements(&book, "sheet") {
        let (_, _, part) = book_rels
            .iter()
            .find(|(_, id, _)| *id == sheet["r:id"])
            .unwrap();
        for (kind, _, drawing) in rels_of(part, &mut read) {
            if !kind.ends_with("/drawing") {
                continue;
            }
            for (kind, _, image) in rels_of(&drawing, &mut read) {
                if kind.ends_with("/image") {
                    out.push((sheet["name"].clone(), read(&image).unwrap()));
                }
            }
        }
    }
    out
}

/// Width and height from a PNG's header, after checking that it is one.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let be = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
    (be(16), be(20))
}

#[test]
fn the_workbook_holds_the_house_and_the_affinity_diagram_as_pictures() {
    let s = Scratch::new();
    for (sample, house, affinity) in [
        ("bike-light.en.ron", "House of Quality", "Affinity diagram"),
        ("water-heater.zh.ron", "质量屋", "亲和图"),
    ] {
        let xlsx = s.path(&format!("{sample}.xlsx"));
        report(crate::root().join("projects").join(sample), &xlsx);
        let pictures = workbook_pictures(&xlsx);
        let sheets: Vec<&str> = pictures.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(sheets, ["affinity", "house"], "{sample}");
        for (_, png) in &pictures {
            let (w, h) = png_size(png);
            assert!(w > 0 && h > 0, "{sample}: {w}×{h}");
        }
        let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
        for (sheet, title) in [("house", house), ("affinity", affinity)] {
            let range = book.worksheet_range(sheet).unwrap();
            assert_eq!(range.get_value((0, 0)).unwrap().to_string(), title);
        }
        // The tables of the house stay beside its picture.
        let names = book.sheet_names();
        for sheet in ["hoq", "roof", "deployment"] {
            assert!(names.iter().any(|n| n == sheet), "{sample}: no {sheet}");
        }
    }
}

#[test]
fn without_fonts_the_workbook_and_the_command_say_the_pictures_may_lack_text() {
    let s = Scratch::new();
    // A font configuration naming one empty folder: this run of gemba finds no font at all.
    let empty = s.path("no-fonts");
    fs::create_dir_all(&empty).unwrap();
    let config = s.write(
        "fonts.conf",
        &format!("<fontconfig><dir>{}</dir></fontconfig>\n", empty.display()),
    );
    let xlsx = s.path("r.xlsx");
    let out = gemba()
        .env("FONTCONFIG_FILE", &config)
        .arg("report")
        .arg(crate::root().join("projects/water-heater.zh.ron"))
        .arg("-o")
        .arg(&xlsx)
        .assert()
        .success()
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    let warnings: Vec<&str> = err.lines().filter(|l| l.contains("warning")).collect();
    assert_eq!(warnings.len(), 1, "{err}");
    assert!(warnings[0].contains("HTML"), "{err}");
    assert!(warnings[0].contains("affinity, house"), "{err}");
    // The pictures are there all the same, each under a note in the report's language.
    assert_eq!(workbook_pictures(&xlsx).len(), 2);
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    for sheet in ["house", "affinity"] {
        let note = book.worksheet_range(sheet).unwrap();
        let note = note.get_value((1, 0)).unwrap().to_string();
        assert!(
            note.contains("字体") && note.contains("HTML 报告"),
            "{note}"
        );
    }
}
