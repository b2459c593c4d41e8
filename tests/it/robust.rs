//! Whatever a file holds, gemba neither panics nor changes the project when it refuses it, and
//! every problem it names in a CSV row names the row's line.

use std::fs;
use std::path::Path;

use gemba::import::{self, RowError};
use gemba::model::{Project, Source};
use gemba::store::{self, StoreError};
use proptest::prelude::*;

use crate::Scratch;

fn sample() -> Project {
    store::load(Path::new("projects/bike-light.en.ron")).unwrap()
}

/// Bytes that look like a project file in parts: RON punctuation, field names, ids, numbers,
/// quotes, invalid UTF-8 and invisible characters, in any order.
fn project_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..8),
        prop::sample::select(vec![
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            ",",
            ":",
            "\"",
            "\\",
            "\n",
            "format: 1",
            "format: 99",
            "meta: (title: \"t\")",
            "remarks: [",
            "id: \"R1\"",
            "id: \"G1\"",
            "parent: \"G1\"",
            "text: \"",
            "NaN",
            "inf",
            "-1e999",
            "Some(",
            "None",
            "#![enable(implicit_some)]",
            "\u{FEFF}",
            "\u{200D}",
            "水",
            "\u{7f}",
            "groups: [(id: \"G1\", title: \"a\", parent: \"G1\")]",
        ])
        .prop_map(|s| s.as_bytes().to_vec()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// CSV text with headers drawn from every importer's columns, and values with quotes, commas,
/// line breaks, numbers in every notation, ids, Kano answers and invisible characters.
fn csv_text() -> impl Strategy<Value = String> {
    let header = prop::sample::select(vec![
        "text",
        "source",
        "respondent",
        "segment",
        "where",
        "tags",
        "id",
        "group",
        "quality",
        "importance",
        "current",
        "target",
        "sales_point",
        "competitor:Helios",
        "competitor:X",
        "question",
        "answer",
        "a",
        "b",
        "value",
        "name",
        "unit",
        "direction",
        "ours",
        "difficulty",
        "C1",
        "Text",
        " text ",
        "weight",
    ]);
    let value = prop_oneof![
        prop::sample::select(vec![
            "",
            "Q1",
            "Q2",
            "G1",
            "C1",
            "P1",
            "R1",
            "4",
            "4.5",
            "4,5",
            "4,000",
            "1/3",
            "9",
            "NaN",
            "-0",
            "1e308",
            "like",
            "dislike",
            "importance",
            "kano-functional",
            "voc-wish",
            "satisfaction:Helios",
            "◎",
            "○",
            "△",
            "max",
            "interview",
            "\"",
            "\"\"",
            "a,b",
            "line\nbreak",
            "\u{FEFF}",
            "\u{200B}",
            "水温",
            "=cmd",
            "'=cmd",
        ])
        .prop_map(String::from),
        "[a-z0-9 .,\"\n]{0,6}",
    ];
    (
        prop::collection::vec(header, 1..6),
        prop::collection::vec(prop::collection::vec(value, 0..7), 0..6),
    )
        .prop_map(|(h, rows)| {
            let mut s = h.join(",");
            for r in rows {
                s.push('\n');
                s.push_str(&r.join(","));
            }
            s
        })
}

/// Problems of the file as a whole, which have no one line.
fn names_a_line(e: &RowError) -> bool {
    e.line.is_some()
        || [
            "the file holds no",
            "the header needs",
            "no answers",
            "no judgements",
            "holds nothing",
        ]
        .iter()
        .any(|m| e.message.contains(m))
}

/// Every importer on the same text: each either plans an edit that applies (or is refused as a
/// whole) or names the line of every problem.
fn every_importer(project: &Project, text: &str) -> Result<(), TestCaseError> {
    let plans = [
        import::remarks::plan_csv(project, text, Source::Other),
        import::remarks::plan_text(project, text, Source::Other),
        import::planning::plan(project, text, false),
        import::planning::plan(project, text, true),
        import::responses::plan(project, text),
        import::pairwise::plan(project, text),
        import::hoq::plan_characteristics(project, text),
        import::hoq::plan_relationships(project, text, project.meta.relation_scale),
    ];
    for plan in plans {
        match plan {
            Ok(plan) => {
                let mut after = project.clone();
                let _ = after.apply(plan.edit);
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                for e in &errors {
                    prop_assert!(names_a_line(e), "no line: {e}\n{text:?}");
                }
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_as_a_project_file_are_loaded_or_refused_with_a_line(bytes in project_bytes()) {
        let s = Scratch::new();
        let path = s.path("p.ron");
        fs::write(&path, &bytes).unwrap();
        match store::load(&path) {
            Ok(p) => {
                // Whatever loads can be validated, built into a tree and saved again.
                let _ = gemba::model::validate::validate(&p);
                let _ = gemba::model::tree::Tree::build(&p);
                store::to_ron(&p).unwrap();
            }
            Err(StoreError::Syntax { line, .. }) => prop_assert!(line >= 1),
            Err(StoreError::TooNew { .. } | StoreError::UnknownFormat { .. }) => {}
            Err(e) => prop_assert!(false, "unexpected error: {e}"),
        }
        prop_assert_eq!(fs::read(&path).unwrap(), bytes);
    }

    #[test]
    fn any_csv_to_every_importer_is_planned_or_refused_with_lines(text in csv_text()) {
        every_importer(&sample(), &text)?;
    }
}

proptest! {
    // Each case runs the importers of the command line in this process, writing files.
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn a_refused_import_leaves_the_project_file_as_it_was(text in csv_text()) {
        use clap::Parser;
        let s = Scratch::new();
        let path = s.path("p.ron");
        fs::copy("projects/bike-light.en.ron", &path).unwrap();
        let from = s.write("in.csv", &text);
        for kind in ["remarks", "planning", "responses", "pairwise", "characteristics", "relationships"] {
            let before = fs::read(&path).unwrap();
            let cli = gemba::cli::Cli::try_parse_from([
                "gemba",
                "import",
                kind,
                path.to_str().unwrap(),
                "--from",
                from.to_str().unwrap(),
            ])
            .unwrap();
            let refused = !matches!(gemba::cli::run(cli), Ok(gemba::cli::Outcome::Ok));
            if refused {
                prop_assert_eq!(fs::read(&path).unwrap(), before, "{} changed the file", kind);
            }
            // Whatever was written loads.
            store::load(&path).unwrap();
        }
    }
}
