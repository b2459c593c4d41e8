//! Golden tests: the published planning figures in ../shared/reference are reproduced.

use gemba::method::planning::{Matrix, relative_weight};
use gemba::model::*;

use crate::{Scratch, gemba, import, parse_csv, reference};

fn num(s: &str) -> f64 {
    s.trim()
        .parse()
        .unwrap_or_else(|_| panic!("not a number: {s}"))
}

#[test]
fn planning_rows_reproduce_the_published_ratio_and_absolute_weight() {
    let (h, rows) = parse_csv(&reference("planning-rows.csv"));
    let col = |name: &str| h.iter().position(|x| x == name).unwrap();
    let mut p = Project::new(Meta::new("reference"));
    for (i, name) in ["a", "b", "c"].iter().enumerate() {
        let c = Competitor {
            id: CompetitorId(i as u32 + 1),
            name: name.to_string(),
            order: 0,
        };
        p.apply(Edit::Put(Entity::Competitor(c))).unwrap();
    }
    for (i, r) in rows.iter().enumerate() {
        let mut q = Quality::new(QualityId(i as u32 + 1), r[col("quality")].clone());
        q.planning.importance = Some(num(&r[col("importance")]));
        q.planning.current = Some(num(&r[col("current")]));
        for (k, c) in ["competitor_a", "competitor_b", "competitor_c"]
            .iter()
            .enumerate()
        {
            q.planning
                .competitors
                .insert(CompetitorId(k as u32 + 1), num(&r[col(c)]));
        }
        q.planning.target = Some(num(&r[col("target")]));
        q.planning.sales_point = SalesPoint::from_factor(num(&r[col("sales_point")]));
        p.apply(Edit::Put(Entity::Quality(q))).unwrap();
    }
    let m = Matrix::compute(&p);
    assert_eq!(m.rows.len(), 4);
    for (row, r) in m.rows.iter().zip(&rows) {
        let ratio = row.ratio.unwrap();
        let abs = row.absolute.unwrap();
        assert!(
            (ratio - num(&r[col("expected_improvement_ratio")])).abs() <= 0.1,
            "{r:?}: ratio {ratio}"
        );
        assert!(
            (abs - num(&r[col("expected_absolute_weight")])).abs() <= 0.1,
            "{r:?}: absolute {abs}"
        );
    }
}

#[test]
fn planning_weights_reproduce_the_published_relative_weights() {
    let (h, rows) = parse_csv(&reference("planning-weights.csv"));
    let col = |name: &str| h.iter().position(|x| x == name).unwrap();
    // The published table's total absolute weight, as its header comment gives it.
    let total = 88.0;
    for r in &rows {
        let rel = relative_weight(num(&r[col("absolute_weight")]), total).unwrap();
        assert!(
            (rel - num(&r[col("relative_weight")])).abs() <= 0.2,
            "{r:?}: relative {rel}"
        );
        // The published absolute weights are consistent with ratio × sales point × an importance
        // on the 1–5 scale.
        let importance = num(&r[col("absolute_weight")])
            / (num(&r[col("improvement_ratio")]) * num(&r[col("sales_point")]));
        assert!(
            (0.9..=5.6).contains(&importance),
            "{r:?}: implied importance {importance}"
        );
    }
}

/// The reference rows converted to gemba's planning CSV shape, as a user would in a spreadsheet.
fn reference_as_import_csv() -> String {
    let (h, rows) = parse_csv(&reference("planning-rows.csv"));
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "quality",
        "importance",
        "current",
        "competitor:A",
        "competitor:B",
        "competitor:C",
        "target",
        "sales_point",
    ])
    .unwrap();
    for r in &rows {
        let take = |name: &str| r[h.iter().position(|x| x == name).unwrap()].clone();
        w.write_record([
            take("quality"),
            take("importance"),
            take("current"),
            take("competitor_a"),
            take("competitor_b"),
            take("competitor_c"),
            take("target"),
            take("sales_point"),
        ])
        .unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

#[test]
fn the_planning_csv_of_imported_reference_rows_reproduces_the_published_figures() {
    let s = Scratch::new();
    let project = s.project("ref.ron");
    let input = s.write("ref.csv", &reference_as_import_csv());
    import("planning", &project, &input);
    let out = gemba()
        .arg("export")
        .arg(&project)
        .args(["--table", "planning", "--format", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let (h, rows) = parse_csv(&String::from_utf8(out.stdout).unwrap());
    let (_, expected) = parse_csv(&reference("planning-rows.csv"));
    let col = |name: &str| {
        h.iter()
            .position(|x| x == name)
            .unwrap_or_else(|| panic!("no column {name} in {h:?}"))
    };
    assert_eq!(rows.len(), 4);
    let mut rel_sum = 0.0;
    for (row, exp) in rows.iter().zip(&expected) {
        assert_eq!(row[col("quality")], exp[0]);
        let ratio = num(&row[col("improvement_ratio")]);
        let abs = num(&row[col("absolute_weight")]);
        assert!((ratio - num(&exp[8])).abs() <= 0.1, "{row:?}");
        assert!((abs - num(&exp[9])).abs() <= 0.1, "{row:?}");
        rel_sum += num(&row[col("relative_weight")]);
    }
    assert!((rel_sum - 100.0).abs() < 1e-9);
}
