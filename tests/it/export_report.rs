//! The whole-workshop report (`gemba report`) in HTML, Markdown and XLSX: its sections, its
//! language, what it refuses, and how a file that cannot be written is named.

use std::fs;

use calamine::{Reader, Xlsx, open_workbook};
use predicates::str::contains;

use crate::export_support::{
    CHINESE, HOSTILE, export, header_of, project, report, report_text, report_with, sample_project,
    sel,
};
use crate::{Scratch, gemba, import};

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
    // `gemba new` creates its file in place, and says the same.
    let new = missing.join("n.ron");
    gemba()
        .arg("new")
        .arg(&new)
        .args(["--title", "x"])
        .assert()
        .failure()
        .stderr(format!(
            "error: cannot write {}: the folder {} does not exist\n",
            new.display(),
            missing.display()
        ));
    assert!(!missing.exists());
    let left: Vec<_> = fs::read_dir(s.path("")).unwrap().flatten().collect();
    assert_eq!(left.len(), 2, "{left:?}");
}

#[test]
fn report_html_is_one_safe_self_contained_page() {
    let s = Scratch::new();
    let p = project(&s);
    let out = s.path("r.html");
    let html = report_text(&p, &out);
    assert!(!html.contains(HOSTILE));
    assert!(!html.contains("http://") || html.contains("http://www.w3.org/2000/svg"));
    let doc = scraper::Html::parse_document(&html);
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
    let text = report_text(&p, &md);
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
fn the_report_shows_kano_and_ahp_results_where_the_project_has_them() {
    let s = Scratch::new();
    let out = s.path("r.md");
    let sample = sample_project("bike-light.en.ron");
    let text = report_text(&sample, &out);
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
    let points = sel("svg g.kano-point");
    assert!(doc.select(&points).count() > 0);
    // A project without survey answers or judgements has no such sections.
    let p = project(&s);
    report_with(&p, &out, &["--force"]);
    let text = fs::read_to_string(&out).unwrap();
    assert!(!text.contains("## 调查结果") && !text.contains("## AHP"));
    report_with(&p, &html, &["--force"]);
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
    let text = report_text(&p, &out);
    assert!(
        text.contains("| Q1 | 目标 | target |"),
        "the quality's own text stays as typed"
    );
    assert!(
        text.contains("| target | 要求质量 | 顾客 |"),
        "the deployment table's kind and origin are translated"
    );
}

#[test]
fn the_report_opens_with_a_first_page_that_stands_alone() {
    let s = Scratch::new();
    let out = s.path("r.html");
    let html = report_text(sample_project("water-heater.zh.ron"), &out);
    let doc = scraper::Html::parse_document(&html);
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
    let sample = fs::read_to_string(sample_project("bike-light.en.ron")).unwrap();
    // The older version rated one quality's importance much lower.
    let old = s.write(
        "old.ron",
        &sample.replacen("importance: 4.7,", "importance: 1.0,", 1),
    );
    let new = s.write("new.ron", &sample);
    let out = s.path("r.md");
    report_with(&new, &out, &["--since", old.to_str().unwrap()]);
    let md = fs::read_to_string(&out).unwrap();
    let at = md.find("## What changed since old.ron").expect(&md);
    let section = &md[at..md[at + 3..].find("\n## ").map_or(md.len(), |e| e + at + 3)];
    assert!(section.contains("| qualities | 0 | 0 | 1 |"), "{section}");
    assert!(section.contains("### Weights that moved most"), "{section}");
    // Short: counts and at most five movers per table, not the field-by-field diff.
    assert!(section.lines().count() < 40, "{section}");
    assert!(!section.contains("planning.importance"), "{section}");
    // Without --since there is no such section.
    report_with(&new, &out, &["--force"]);
    assert!(!fs::read_to_string(&out).unwrap().contains("What changed"));
}

/// In Markdown the competitor benchmark is a table whose header names every series and whose
/// rows name their quality, not unlabelled rows of numbers.
#[test]
fn the_markdown_benchmark_is_a_labelled_table() {
    let s = Scratch::new();
    let path = sample_project("bike-light.en.ron");
    let project = gemba::store::load(&path).unwrap();
    let out = s.path("r.md");
    let md = report_text(&path, &out);
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
    let path = sample_project("water-heater.zh.ron");
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
        report_with(&path, &out, &["--lang", "zh"]);
        let raw = fs::read_to_string(&out).unwrap();
        let text = if ext == "html" {
            let doc = scraper::Html::parse_document(&raw);
            let body = sel("body");
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
    report_with(&path, &out, &["--lang", "en"]);
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
