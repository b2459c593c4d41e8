//! The printed HTML report: page breaks, compact parts side by side, headers kept whole, and
//! pictures that are well-formed SVG.

use std::fs;

use calamine::{Data, Reader, Xlsx, open_workbook};

use crate::Scratch;
use crate::export_support::{report, report_text, report_with, sample_project, sel};

#[test]
fn the_printed_report_keeps_headers_whole_the_scene_together_and_headings_with_their_tables() {
    let s = Scratch::new();
    let out = s.path("r.html");
    let html = report_text(sample_project("water-heater.zh.ron"), &out);
    // Headers break between words only (keep-all keeps Chinese words whole), never anywhere.
    assert!(html.contains("th{word-break:keep-all}"));
    assert!(!html.contains("overflow-wrap:anywhere"));
    let doc = scraper::Html::parse_document(&html);
    // The remarks table (in the workbook and Markdown) shows the 5W1H scene in one cell with
    // labelled lines.
    let md = s.path("r.md");
    let md = report_text(sample_project("water-heater.zh.ron"), &md);
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
    let path = sample_project("bike-light.en.ron");
    let project = gemba::store::load(&path).unwrap();
    let out = s.path("r.html");
    let html = report_text(&path, &out);
    let doc = scraper::Html::parse_document(&html);
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
    let path = sample_project("bike-light.en.ron");
    let project = gemba::store::load(&path).unwrap();
    let out = s.path("r.html");
    let html = report_text(&path, &out);
    let doc = scraper::Html::parse_document(&html);
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
    let html = report_text(sample_project("bike-light.en.ron"), &out);
    let doc = scraper::Html::parse_document(&html);
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
    let md = report_text(sample_project("bike-light.en.ron"), &md);
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
        let path = sample_project(sample);
        let out = s.path("r.html");
        report_with(&path, &out, &["--force"]);
        let html = fs::read_to_string(&out).unwrap();
        let doc = scraper::Html::parse_document(&html);
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
        report_with(&path, &md, &["--force"]);
        let md = fs::read_to_string(&md).unwrap();
        assert!(md.contains(&format!("### {roof}")), "{sample}");
        let xlsx = s.path("r.xlsx");
        report_with(&path, &xlsx, &["--force"]);
        let book: Xlsx<_> = open_workbook(&xlsx).unwrap();
        assert!(book.sheet_names().iter().any(|n| n == "roof"), "{sample}");
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
        let html = report_text(sample_project(sample), &out);
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
