//! Workbooks, exported or as the report: live formulas over inert text, native charts drawn from
//! their own cells, and the house and affinity diagram as pictures.

use std::fs;

use calamine::{Data, Reader, Xlsx, open_workbook};
use predicates::str::contains;

use crate::export_support::{
    CHINESE, FORMULA, HOSTILE, header_of, project, report, report_with, sample_project,
};
use crate::{Scratch, gemba};

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

/// The workbook draws the report's charts natively from its own cells: relative weights and the
/// competitor benchmark on the planning sheet, the Kano Better/Worse scatter on the kano sheet.
#[test]
fn the_workbook_draws_its_charts_from_its_own_cells() {
    let s = Scratch::new();
    for (sample, weight_title) in [
        ("bike-light.en.ron", "Relative weight (%)"),
        ("water-heater.zh.ron", "相对权重（%）"),
    ] {
        let out = s.path("r.xlsx");
        report_with(sample_project(sample), &out, &["--force"]);
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
fn the_workbook_holds_the_house_and_the_affinity_diagram_as_pictures() {
    let s = Scratch::new();
    for (sample, house, affinity) in [
        ("bike-light.en.ron", "House of Quality", "Affinity diagram"),
        ("water-heater.zh.ron", "质量屋", "亲和图"),
    ] {
        let xlsx = s.path(&format!("{sample}.xlsx"));
        report(sample_project(sample), &xlsx);
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
        .arg(sample_project("water-heater.zh.ron"))
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

/// Width and height from a PNG's header, after checking that it is one.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let be = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
    (be(16), be(20))
}
