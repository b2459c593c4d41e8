//! `import survey`: a wide export of 200 respondents × 30 columns, as a GBK CSV with CRLF line
//! ends and as an XLSX workbook, read through a short map; refusals leave the project as it was.

use std::fs;
use std::path::{Path, PathBuf};

use gemba::method::kano::Answer;
use gemba::model::{CompetitorId, Project, QuestionKind, Reply, Source};
use predicates::str::contains;

use crate::{Scratch, gemba, load_project, open_elsewhere};

const QUALITIES: [&str; 5] = ["亮度足够", "光线柔和", "定时关灯", "方便携带", "续航持久"];

/// The map a person writes for the export: under 20 lines.
const MAP: &str = r#"(
    respondent: "编号",
    segment: "地区",
    attributes: ["年龄", "性别"],
    open: [(column: "Q5*", kind: wish), (column: "Q6*", kind: trouble), (column: "Q7*", kind: free)],
    grids: [
        (columns: "Q1_*", measure: importance),
        (columns: "Q2_*", measure: satisfaction),
        (columns: "Q3_*", measure: competitor("BrandX")),
        (columns: "Q4_*", measure: competitor("BrandY")),
    ],
    qualities: ["Q1", "Q2", "Q3", "Q4", "Q5"],
    kano: [(functional: "Q8*", dysfunctional: "Q9*", quality: "Q3")],
    labels: {"非常重要": 5, "比较重要": 4},
)
"#;

/// One cell: text, or a number (written as a number into the workbook).
#[derive(Clone)]
enum Cell {
    Text(String),
    Number(f64),
    /// A time of day on a date in March 2026: (day, hour, minute); a date cell in the workbook.
    When(u8, u16, u8),
}

impl Cell {
    fn text(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Number(n) => n.to_string(),
            Cell::When(d, h, m) => format!("2026-03-{d:02} {h:02}:{m:02}"),
        }
    }
}

/// The export and what a correct import must find in it.
struct Export {
    header: Vec<String>,
    rows: Vec<Vec<Cell>>,
    remarks: [usize; 3],
    ratings: [usize; 4],
    kano: usize,
}

/// The respondent row that holds an answer over two lines (a newline inside a quoted cell).
const TWO_LINES: usize = 10;

/// 200 respondents: id, region, age, gender, submitted at, three open questions, four grids of
/// five ratings and a Kano pair; a fixed pseudo-random sequence, so every run is the same.
fn export() -> Export {
    let mut seed: u64 = 7;
    let mut next = move |n: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    let mut header: Vec<String> = ["编号", "地区", "年龄", "性别", "提交时间"]
        .map(String::from)
        .to_vec();
    header.push("Q5 您希望台灯还能做到什么？".into());
    header.push("Q6 使用中遇到过哪些困扰？".into());
    header.push("Q7 其他意见和建议".into());
    for g in 1..=4 {
        for q in 1..=5 {
            header.push(format!("Q{g}_{q}"));
        }
    }
    header.push("Q8 如果台灯有定时功能，您觉得？".into());
    header.push("Q9 如果台灯没有定时功能，您觉得？".into());
    assert_eq!(header.len(), 30);
    let wishes = [
        "能跟着人转",
        "夜里不刺眼",
        "一键调色温",
        "充电快一点",
        "能记住亮度",
    ];
    let troubles = [
        "底座太轻",
        "按键难找",
        "充电线太短",
        "光线发蓝",
        "开关声音大",
    ];
    let places = ["在卧室里", "在书桌上", "出差时", "看书时", "孩子写作业时"];
    let kano = [
        "喜欢",
        "理所当然",
        "无所谓",
        "能忍受",
        "不喜欢",
        "1",
        "2",
        "3",
    ];
    let mut e = Export {
        header,
        rows: Vec::new(),
        remarks: [0; 3],
        ratings: [0; 4],
        kano: 0,
    };
    for i in 0..200 {
        let t = |s: String| Cell::Text(s);
        let mut row = vec![
            t(format!("R{:03}", i + 1)),
            t(["华北", "华东", "华南", "西部"][next(4) as usize].into()),
            Cell::Number((20 + next(40)) as f64),
            t(["男", "女"][next(2) as usize].into()),
            Cell::When(1 + next(28) as u8, next(24) as u16, next(60) as u8),
        ];
        for (k, pool) in [wishes, troubles, wishes].iter().enumerate() {
            if next(5) == 0 {
                row.push(t(String::new()));
                continue;
            }
            let mut text = format!("{}{}", places[next(5) as usize], pool[next(5) as usize]);
            if i == TWO_LINES && k == 0 {
                text.push_str("\n而且要好看");
            }
            e.remarks[k] += 1;
            row.push(t(text));
        }
        for g in 0..4 {
            for _ in 0..5 {
                match next(12) {
                    0 => row.push(t(String::new())),
                    1 if g == 0 => {
                        row.push(t("非常重要".into()));
                        e.ratings[g] += 1;
                    }
                    2 if g == 0 => {
                        row.push(t("比较重要".into()));
                        e.ratings[g] += 1;
                    }
                    _ => {
                        row.push(Cell::Number((1 + next(5)) as f64));
                        e.ratings[g] += 1;
                    }
                }
            }
        }
        for _ in 0..2 {
            row.push(t(kano[next(kano.len() as u64) as usize].into()));
            e.kano += 1;
        }
        e.rows.push(row);
    }
    e
}

/// The CSV line of a respondent row (0-based): the header is line 1, and one answer before
/// it may hold a line break.
fn csv_line(row: usize) -> usize {
    row + 2 + usize::from(row > TWO_LINES)
}

fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// The export as Chinese Excel saves "CSV": GBK, CRLF.
fn write_csv(e: &Export, path: &Path) {
    let mut text = String::new();
    let line = |cells: Vec<String>| {
        let mut l = cells.iter().map(|c| quote(c)).collect::<Vec<_>>().join(",");
        l.push_str("\r\n");
        l
    };
    text.push_str(&line(e.header.clone()));
    for r in &e.rows {
        text.push_str(&line(r.iter().map(Cell::text).collect()));
    }
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(&text);
    assert!(!unmappable);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the file is not UTF-8"
    );
    fs::write(path, bytes).unwrap();
}

fn write_xlsx(e: &Export, path: &Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("答卷").unwrap();
    for (c, h) in e.header.iter().enumerate() {
        sheet.write_string(0, c as u16, h).unwrap();
    }
    for (r, row) in e.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32 + 1, c as u16);
            match cell {
                Cell::Text(t) if t.is_empty() => {}
                Cell::Text(t) => {
                    sheet.write_string(r, c, t).unwrap();
                }
                Cell::Number(n) => {
                    sheet.write_number(r, c, *n).unwrap();
                }
                Cell::When(d, h, m) => {
                    let when = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 3, *d)
                        .unwrap()
                        .and_hms(*h, *m, 0)
                        .unwrap();
                    let format = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd hh:mm");
                    sheet
                        .write_datetime_with_format(r, c, &when, &format)
                        .unwrap();
                }
            }
        }
    }
    book.save(path).unwrap();
}

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

/// Everything the export should have put into the project.
fn check_project(p: &Project, e: &Export) {
    assert_eq!(p.respondents.len(), 200);
    assert_eq!(p.segments.len(), 4);
    let r7 = p.respondent_by_label("R007").unwrap();
    let row = &e.rows[6];
    assert_eq!(r7.attributes["年龄"], row[2].text());
    assert_eq!(r7.attributes["性别"], row[3].text());
    if let Some(when) = r7.attributes.get("提交时间") {
        assert_eq!(*when, row[4].text());
        assert!(when.starts_with("2026-03-"), "{when}");
    }
    assert_eq!(
        p.segments.get(r7.segment.unwrap()).unwrap().name,
        row[1].text()
    );
    let kinds = [
        Source::Questionnaire(Some(QuestionKind::Wish)),
        Source::Questionnaire(Some(QuestionKind::Trouble)),
        Source::Questionnaire(None),
    ];
    for (k, source) in kinds.iter().enumerate() {
        let n = p.remarks.iter().filter(|r| r.source == *source).count();
        assert_eq!(n, e.remarks[k], "{source:?}");
    }
    assert!(p.remarks.iter().any(|r| r.text.ends_with("\n而且要好看")));
    assert!(p.remarks.iter().all(|r| r.respondent.is_some()));
    let count = |f: &dyn Fn(&Reply) -> bool| p.responses.iter().filter(|r| f(&r.reply)).count();
    assert_eq!(count(&|r| matches!(r, Reply::Importance(_))), e.ratings[0]);
    assert_eq!(
        count(&|r| matches!(r, Reply::Satisfaction(_))),
        e.ratings[1]
    );
    let brand_y = p.competitor_by_name("BrandY").unwrap().id;
    assert_eq!(
        count(&|r| matches!(r, Reply::Competitor(c, _) if *c == CompetitorId(1))),
        e.ratings[2]
    );
    assert_eq!(
        count(&|r| matches!(r, Reply::Competitor(c, _) if *c == brand_y)),
        e.ratings[3]
    );
    assert_eq!(
        count(&|r| matches!(r, Reply::Functional(_) | Reply::Dysfunctional(_))),
        e.kano
    );
    // R001's first importance cell, read back exactly (a label or a number).
    let r1 = p.respondent_by_label("R001").unwrap().id;
    let first = match e.rows[0][8].text().as_str() {
        "" => None,
        "非常重要" => Some(5.0),
        "比较重要" => Some(4.0),
        n => Some(n.parse::<f64>().unwrap()),
    };
    let stored = p
        .responses
        .iter()
        .find(|r| r.respondent == r1 && matches!(r.reply, Reply::Importance(_)) && r.quality.0 == 1)
        .and_then(|r| r.reply.rating());
    assert_eq!(stored, first);
    let kano_q3 = p
        .responses
        .iter()
        .filter(|r| r.quality.0 == 3 && r.reply.kano().is_some())
        .count();
    assert_eq!(kano_q3, e.kano);
    assert!(
        p.responses
            .iter()
            .any(|r| r.reply == Reply::Functional(Answer::MustBe))
    );
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
