//! The wide survey export the `import survey` tests read: 200 respondents × 30 columns, made
//! from a fixed pseudo-random sequence, written as a GBK CSV or an XLSX workbook, and what a
//! correct import must find in it.

use std::fs;
use std::path::Path;

use gemba::method::kano::Answer;
use gemba::model::{CompetitorId, Project, QuestionKind, Reply, Source};

pub const QUALITIES: [&str; 5] = ["亮度足够", "光线柔和", "定时关灯", "方便携带", "续航持久"];

/// The map a person writes for the export: under 20 lines.
pub const MAP: &str = r#"(
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
pub enum Cell {
    Text(String),
    Number(f64),
    /// A time of day on a date in March 2026: (day, hour, minute); a date cell in the workbook.
    When(u8, u16, u8),
}

impl Cell {
    pub fn text(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Number(n) => n.to_string(),
            Cell::When(d, h, m) => format!("2026-03-{d:02} {h:02}:{m:02}"),
        }
    }
}

/// The export and what a correct import must find in it.
pub struct Export {
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    pub remarks: [usize; 3],
    pub ratings: [usize; 4],
    pub kano: usize,
}

/// The respondent row that holds an answer over two lines (a newline inside a quoted cell).
pub const TWO_LINES: usize = 10;

/// 200 respondents: id, region, age, gender, submitted at, three open questions, four grids of
/// five ratings and a Kano pair; a fixed pseudo-random sequence, so every run is the same.
pub fn export() -> Export {
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
pub fn csv_line(row: usize) -> usize {
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
pub fn write_csv(e: &Export, path: &Path) {
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

pub fn write_xlsx(e: &Export, path: &Path) {
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

/// Everything the export should have put into the project.
pub fn check_project(p: &Project, e: &Export) {
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
