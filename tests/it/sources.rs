//! Imports from files as they arrive: workbooks (.xlsx, a sheet chosen by name, positions as
//! rows), CSV written in GBK or UTF-16 by Chinese Excel and shop exports, invisible characters,
//! and reviews with their near-duplicates. Every input is built here.

use std::fs;
use std::path::{Path, PathBuf};

use predicates::prelude::*;
use predicates::str::contains;
use rust_xlsxwriter::Workbook;

use crate::{Scratch, gemba, load_project, refused};

/// A project with qualities Q1 and Q2 and characteristic C1, so every importer has something to
/// name.
fn project(s: &Scratch) -> PathBuf {
    let p = s.project("p.ron");
    let plan = s.write(
        "plan.csv",
        "group,quality,importance,current,target\nSafety,lights reliably,4,3,5\nSafety,stays lit,5,3,5\n",
    );
    let chars = s.write("chars.csv", "name,direction\nignition time,min\n");
    for (kind, from) in [("planning", &plan), ("characteristics", &chars)] {
        import(&p, kind, from, &[]).success();
    }
    p
}

fn import(p: &Path, kind: &str, from: &Path, more: &[&str]) -> assert_cmd::assert::Assert {
    gemba()
        .args(["import", kind])
        .arg(p)
        .arg("--from")
        .arg(from)
        .args(more)
        .assert()
}

/// Every importer: a header, a good row, and a row that is refused.
const SHEETS: [(&str, &str, &str, &str); 8] = [
    (
        "remarks",
        "text,source",
        "屏幕太暗,interview",
        "bad,nosuchsource",
    ),
    ("planning", "id,importance", "Q1,4", "Q2,x"),
    (
        "responses",
        "respondent,quality,question,answer",
        "P1,Q1,importance,4",
        "P1,Q1,nosuchquestion,4",
    ),
    ("pairwise", "a,b,value", "Q1,Q2,3", "Q1,Q2,x"),
    (
        "characteristics",
        "name,direction",
        "亮度,max",
        "speed,sideways",
    ),
    ("relationships", "quality,C1", "Q1,◎", "Q1,x"),
    (
        "respondents",
        "label,segment,segment_weight",
        "P1,学生,1",
        "P2,学生,x",
    ),
    ("reviews", "评论,评分", "屏幕太暗,4", "太重了,great"),
];

/// A workbook of sheets, each a list of rows (`None` leaves a row empty); cells that read as
/// numbers are written as numbers, as a spreadsheet holds them.
fn workbook(path: &Path, sheets: &[(&str, Vec<Option<&str>>)]) {
    let mut book = Workbook::new();
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            let Some(row) = row else { continue };
            for (c, cell) in row.split(',').enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell.parse::<f64>() {
                    Ok(n) => sheet.write_number(r, c, n).unwrap(),
                    Err(_) => sheet.write_string(r, c, cell).unwrap(),
                };
            }
        }
    }
    book.save(path).unwrap();
}

fn gbk(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
    assert!(!unmappable, "{text} is not all GBK");
    bytes.into_owned()
}

fn utf16le(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn stderr(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}

#[test]
fn every_importer_reads_the_first_sheet_of_a_workbook() {
    for (kind, header, good, _) in SHEETS {
        let s = Scratch::new();
        let p = project(&s);
        let from = s.path("in.xlsx");
        workbook(&from, &[("Data", vec![Some(header), None, Some(good)])]);
        let out = import(&p, kind, &from, &[]);
        let out = out.success();
        assert!(
            !String::from_utf8_lossy(&out.get_output().stdout).contains("read as"),
            "{kind}: a workbook has no encoding to report"
        );
    }
    // The cells arrive as the sheet shows them: Chinese text, and the number 4 as "4".
    let s = Scratch::new();
    let p = project(&s);
    let from = s.path("in.xlsx");
    workbook(
        &from,
        &[("Data", vec![Some(SHEETS[7].1), Some(SHEETS[7].2)])],
    );
    import(&p, "reviews", &from, &[]).success();
    let remark = load_project(&p).remarks.iter().last().cloned().unwrap();
    assert_eq!(remark.text, "屏幕太暗");
    assert_eq!(remark.tags, ["review", "rating:4"]);
}

#[test]
fn every_importer_names_the_sheet_row_of_a_problem() {
    for (kind, header, good, bad) in SHEETS {
        let s = Scratch::new();
        let p = project(&s);
        let from = s.path("in.xlsx");
        // Row 3 is empty: the bad row is row 4 of the sheet, as the spreadsheet numbers it.
        workbook(
            &from,
            &[("Data", vec![Some(header), Some(good), None, Some(bad)])],
        );
        let before = fs::read(&p).unwrap();
        let out = import(&p, kind, &from, &[]).failure();
        let err = stderr(&out);
        assert!(
            err.contains("row 4") && !err.contains("line "),
            "{kind}: {err}"
        );
        assert_eq!(fs::read(&p).unwrap(), before, "{kind} changed the project");
    }
}

#[test]
fn a_bad_rating_in_row_4_of_a_workbook_is_reported_as_row_4() {
    let s = Scratch::new();
    let p = s.project("p.ron");
    let from = s.path("reviews.xlsx");
    workbook(
        &from,
        &[(
            "评论",
            vec![
                Some("评论,评分,渠道"),
                Some("屏幕太暗,4,天猫"),
                Some("充电很快,5,京东"),
                Some("太重了,很好,天猫"),
            ],
        )],
    );
    refused(
        &p,
        &[
            "import",
            "reviews",
            p.to_str().unwrap(),
            "--from",
            from.to_str().unwrap(),
        ],
        "row 4, column 'rating': '很好' is not a rating",
    );
}

#[test]
fn every_importer_reads_gbk_and_utf16_text() {
    type Encode = fn(&str) -> Vec<u8>;
    let encodings: [(&str, Encode, &str); 4] = [
        ("gbk", gbk, "read as GB18030 text"),
        ("utf-16le", utf16le, "read as UTF-16LE text"),
        (
            "utf-16le with a mark",
            |t| [b"\xFF\xFE".as_slice(), &utf16le(t)].concat(),
            "read as UTF-16LE text",
        ),
        (
            "gbk with crlf",
            |t| gbk(&t.replace('\n', "\r\n")),
            "read as GB18030 text",
        ),
    ];
    for (name, encode, note) in encodings {
        for (kind, header, good, bad) in SHEETS {
            let s = Scratch::new();
            let p = project(&s);
            let from = s.path("in.csv");
            let text = format!("{header}\n{good}\n");
            fs::write(&from, encode(&text)).unwrap();
            let out = import(&p, kind, &from, &[]).success();
            // ASCII in GBK is the same bytes as in UTF-8, and read as such.
            if !text.is_ascii() || name.starts_with("utf-16") {
                out.stdout(contains(note));
            }
            // A problem is on the line it is on, in any encoding.
            fs::write(&from, encode(&format!("{header}\n{good}\n{bad}\n"))).unwrap();
            let err = stderr(&import(&p, kind, &from, &[]).failure());
            assert!(
                err.contains("line 3") && !err.contains("line 2"),
                "{kind} in {name}: {err}"
            );
        }
    }
    // The Chinese text itself arrives whole.
    let s = Scratch::new();
    let p = s.project("p.ron");
    let from = s.path("in.csv");
    fs::write(&from, gbk("text,where\n屏幕在阳光下太暗,户外骑行\n")).unwrap();
    import(&p, "remarks", &from, &[]).success();
    let remark = load_project(&p).remarks.iter().next().cloned().unwrap();
    assert_eq!(remark.text, "屏幕在阳光下太暗");
    assert_eq!(remark.scene.r#where.as_deref(), Some("户外骑行"));
}

#[test]
fn a_forced_encoding_that_does_not_fit_says_where() {
    let s = Scratch::new();
    let p = s.project("p.ron");
    let from = s.path("in.csv");
    fs::write(&from, gbk("text\nfine\n屏幕太暗\n")).unwrap();
    let path = p.to_str().unwrap();
    let args = ["import", "remarks", path, "--from", from.to_str().unwrap()];
    refused(
        &p,
        &[&args[..], &["--encoding", "utf-8"]].concat(),
        "line 3: the file is not UTF-8 text (the encoding given with --encoding): byte 10",
    );
    // Bytes that are no encoding gemba reads name the first bad byte and the way out.
    fs::write(&from, b"text\nok\n\xFF\xFF\n").unwrap();
    refused(
        &p,
        &args,
        "line 3: the file is neither UTF-8 nor GBK/GB18030 text: byte 8 does not fit; give the \
         file's encoding with --encoding",
    );
    refused(
        &p,
        &[&args[..], &["--encoding", "latin-1"]].concat(),
        "'latin-1' is not an encoding gemba reads",
    );
    // Forced to what it is, the file reads.
    fs::write(&from, gbk("text\n屏幕太暗\n")).unwrap();
    gemba()
        .args(args)
        .args(["--encoding", "gbk"])
        .assert()
        .success()
        .stdout(contains("read as GBK text"));
}

#[test]
fn a_sheet_is_chosen_by_name_and_an_unknown_one_lists_the_sheets() {
    let s = Scratch::new();
    let p = s.project("p.ron");
    let from = s.path("book.xlsx");
    workbook(
        &from,
        &[
            ("说明", vec![Some("read the second sheet")]),
            ("Remarks", vec![Some("text"), Some("屏幕太暗")]),
        ],
    );
    let args = [
        "import",
        "remarks",
        p.to_str().unwrap(),
        "--from",
        from.to_str().unwrap(),
    ];
    refused(
        &p,
        &[&args[..], &["--sheet", "Nope"]].concat(),
        "the workbook has no sheet 'Nope'; its sheets are '说明', 'Remarks'",
    );
    // The first sheet has no text column.
    refused(&p, &args, "unknown column");
    gemba()
        .args(args)
        .args(["--sheet", "remarks"])
        .assert()
        .success()
        .stdout(contains("1 remark added"))
        .stdout(contains("read from sheet 'Remarks'"));
    // --sheet on a text file, --encoding on a workbook: said, not ignored.
    let csv = s.write("in.csv", "text\nx\n");
    refused(
        &p,
        &[
            "import",
            "planning",
            p.to_str().unwrap(),
            "--from",
            csv.to_str().unwrap(),
            "--sheet",
            "A",
        ],
        "--sheet 'A' is for workbooks",
    );
    refused(
        &p,
        &[&args[..], &["--encoding", "gbk"]].concat(),
        "--encoding GBK is for text files",
    );
}

#[test]
fn invisible_characters_are_removed_and_counted() {
    let s = Scratch::new();
    let p = s.project("p.ron");
    let from = s.write(
        "in.csv",
        "\u{feff}text,tags\n屏幕\u{200b}太暗,户外\u{200d}\n\u{1b}[31mred,\n",
    );
    import(&p, "remarks", &from, &[])
        .success()
        .stdout(contains("3 invisible characters removed"));
    let texts: Vec<String> = load_project(&p)
        .remarks
        .iter()
        .map(|r| r.text.clone())
        .collect();
    assert_eq!(texts, ["屏幕太暗", "[31mred"]);
    // A clean file says nothing about it.
    let clean = s.write("clean.csv", "text\nfine\n");
    import(&p, "remarks", &clean, &[])
        .success()
        .stdout(contains("invisible").not());
}

/// A project holding one remark, for reviews to be near.
fn with_remark(s: &Scratch) -> PathBuf {
    let p = s.project("p.ron");
    let old = s.write("old.txt", "battery dies by noon\n");
    import(&p, "remarks", &old, &[]).success();
    p
}

const REVIEWS: &str = "Review,Stars,Date,Channel,Product,Order\n\
    screen is too dim outdoors,4,2024-05-01,Tmall,X1,881\n\
    the battery dies by noon,2,2024-05-02,JD,X1,882\n\
    hinge creaks when opened,3,,Tmall,X2,883\n\
    Screen is too dim outdoors!,4,2024-05-03,JD,X1,884\n";

#[test]
fn reviews_report_near_duplicates_with_their_lines_and_texts() {
    let s = Scratch::new();
    let p = with_remark(&s);
    let from = s.write("reviews.csv", REVIEWS);
    import(&p, "reviews", &from, &[])
        .success()
        .stdout(contains("2 near-duplicates (similarity ≥ 0.9; added)"))
        .stdout(contains(
            "line 3 “the battery dies by noon” ≈ R1 “battery dies by noon”",
        ))
        .stdout(contains(
            "line 5 “Screen is too dim outdoors!” ≈ line 2 “screen is too dim outdoors” (1.00)",
        ))
        .stdout(contains("4 remarks added (R2–R5)"))
        .stdout(contains("columns not read: order"));
    let project = load_project(&p);
    let r2 = project.remarks.iter().nth(1).unwrap();
    assert_eq!(
        r2.tags,
        ["review", "rating:4", "channel:tmall", "product:x1"]
    );
    assert_eq!(r2.scene.when.as_deref(), Some("2024-05-01"));
}

#[test]
fn skip_duplicates_leaves_them_out_and_counts_them() {
    let s = Scratch::new();
    let p = with_remark(&s);
    let from = s.write("reviews.csv", REVIEWS);
    import(
        &p,
        "reviews",
        &from,
        &["--skip-duplicates", "--source", "complaint"],
    )
    .success()
    .stdout(contains("2 near-duplicates left out (--skip-duplicates)"))
    .stdout(contains("2 remarks added (R2–R3)"));
    let project = load_project(&p);
    let texts: Vec<&str> = project.remarks.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "battery dies by noon",
            "screen is too dim outdoors",
            "hinge creaks when opened"
        ]
    );
    let last = project.remarks.iter().last().unwrap();
    assert_eq!(last.source, gemba::model::Source::Complaint);
    assert_eq!(last.tags, ["rating:3", "channel:tmall", "product:x2"]);
}

#[test]
fn a_dry_run_shows_the_reviews_and_changes_nothing() {
    let s = Scratch::new();
    let p = with_remark(&s);
    let from = s.path("reviews.csv");
    fs::write(
        &from,
        gbk("评论,评分,日期,渠道\n屏幕太暗,4,2024-05-01,天猫\n充电很快,5,,京东\n"),
    )
    .unwrap();
    let before = fs::read(&p).unwrap();
    import(&p, "reviews", &from, &["--dry-run"])
        .success()
        .stdout(contains("dry run: nothing is saved"))
        .stdout(contains(
            "text from '评论', rating from '评分', date from '日期', channel from '渠道'",
        ))
        .stdout(contains(
            "R2 “屏幕太暗” [review, rating:4, channel:天猫] when 2024-05-01",
        ))
        .stdout(contains("2 remarks added (R2–R3)"))
        .stdout(contains("saved /").not());
    assert_eq!(
        fs::read(&p).unwrap(),
        before,
        "a dry run changed the project"
    );
    // Problems are shown too, and nothing changes.
    fs::write(&from, "text,rating\nfine,4\nbad,x\n").unwrap();
    refused(
        &p,
        &[
            "import",
            "reviews",
            p.to_str().unwrap(),
            "--from",
            from.to_str().unwrap(),
            "--dry-run",
        ],
        "line 3, column 'rating': 'x' is not a rating",
    );
}

#[test]
fn reviews_without_a_text_column_name_the_columns() {
    let s = Scratch::new();
    let p = s.project("p.ron");
    let from = s.write("r.csv", "what they said,stars\nsnaps off,1\n");
    let path = p.to_str().unwrap();
    let args = ["import", "reviews", path, "--from", from.to_str().unwrap()];
    refused(
        &p,
        &args,
        "no column holds the text (text, review, comment, content, 评论, 内容 …); name it with \
         --text-column; the columns are what they said, stars",
    );
    gemba()
        .args(args)
        .args(["--text-column", "What They Said"])
        .assert()
        .success()
        .stdout(contains("1 remark added"));
}

#[test]
fn workbook_dates_and_numbers_read_as_the_sheet_shows_them() {
    let s = Scratch::new();
    let p = s.project("p.ron");
    let from = s.path("reviews.xlsx");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    let moment = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd hh:mm");
    for (c, h) in ["text", "rating", "date"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    let rows = [
        ("dim", 4.0, "2024-05-01", &date),
        ("heavy", 4.5, "2024-05-02 13:30", &moment),
        ("loud", 0.1 + 0.2, "2024-12-31", &date),
    ];
    for (r, (text, rating, when, format)) in rows.into_iter().enumerate() {
        let r = r as u32 + 1;
        sheet.write_string(r, 0, text).unwrap();
        sheet.write_number(r, 1, rating).unwrap();
        let when = rust_xlsxwriter::ExcelDateTime::parse_from_str(when).unwrap();
        sheet
            .write_datetime_with_format(r, 2, &when, format)
            .unwrap();
    }
    book.save(&from).unwrap();
    import(&p, "reviews", &from, &[]).success();
    let project = load_project(&p);
    let read: Vec<(String, Option<String>)> = project
        .remarks
        .iter()
        .map(|r| (r.tags[1].clone(), r.scene.when.clone()))
        .collect();
    assert_eq!(
        read,
        [
            ("rating:4".to_string(), Some("2024-05-01".to_string())),
            (
                "rating:4.5".to_string(),
                Some("2024-05-02 13:30".to_string())
            ),
            ("rating:0.3".to_string(), Some("2024-12-31".to_string())),
        ]
    );
}

/// docs/reviews.md stays true: its export is imported through the binary, in UTF-8 and as Excel
/// on a Chinese system writes it (GBK, CRLF), and what the page shows is what the binary says
/// and saves.
#[test]
fn the_reviews_worked_example_in_the_docs_is_true() {
    let blocks = crate::doc_blocks("docs/reviews.md");
    let find = |start: &str| {
        blocks
            .iter()
            .find(|b| b.starts_with(start))
            .unwrap_or_else(|| panic!("no block starting {start:?}"))
            .clone()
    };
    let csv = find("评论,");
    let s = Scratch::new();
    let sample = fs::read(crate::root().join("projects/water-heater.zh.ron")).unwrap();
    let run = |project: &str, from: &str, args: &[&str]| {
        let out = gemba()
            .current_dir(s.path(""))
            .args(["import", "reviews", project, "--from", from])
            .args(args)
            .assert()
            .success();
        String::from_utf8_lossy(&out.get_output().stdout).into_owned()
    };
    let shown =
        |block: &str| -> String { block.lines().skip(1).map(|l| format!("{l}\n")).collect() };
    fs::write(s.path("water-heater.zh.ron"), &sample).unwrap();
    fs::write(s.path("reviews.csv"), &csv).unwrap();
    let dry = find("$ gemba import reviews water-heater.zh.ron --from reviews.csv --dry-run");
    assert_eq!(
        run("water-heater.zh.ron", "reviews.csv", &["--dry-run"]),
        shown(&dry)
    );
    assert_eq!(fs::read(s.path("water-heater.zh.ron")).unwrap(), sample);
    let real =
        find("$ gemba import reviews water-heater.zh.ron --from reviews.csv --skip-duplicates");
    assert_eq!(
        run("water-heater.zh.ron", "reviews.csv", &["--skip-duplicates"]),
        shown(&real)
    );
    let saved = fs::read_to_string(s.path("water-heater.zh.ron")).unwrap();
    assert!(
        saved.contains(&find("        (\n            id: \"R40\"")),
        "{saved}"
    );
    // Saved by Excel on a Chinese system: GBK with CRLF line ends.
    let crlf = csv.replace('\n', "\r\n");
    let (gbk, _, bad) = encoding_rs::GBK.encode(&crlf);
    assert!(!bad);
    fs::write(s.path("gbk.ron"), &sample).unwrap();
    fs::write(s.path("reviews.gbk.csv"), &gbk).unwrap();
    let said = run("gbk.ron", "reviews.gbk.csv", &["--skip-duplicates"]);
    assert!(said.contains("read as GB18030 text"), "{said}");
    assert_eq!(
        crate::load_project(&s.path("gbk.ron")).remarks,
        crate::load_project(&s.path("water-heater.zh.ron")).remarks
    );
}
