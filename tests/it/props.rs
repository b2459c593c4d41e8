//! Property tests of the core: files round-trip, weights add up, no input panics the loader.

use std::path::Path;

use gemba::method::planning::Matrix;
use gemba::model::*;
use gemba::store::{from_ron, to_ron};
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    // Latin, Chinese, quotes, backslashes, line breaks and RON punctuation.
    "[a-zA-Z0-9 ,()\\[\\]:水温热器稳定\"'\\\\\n#é]{1,16}"
        .prop_filter("not blank", |s| !s.trim().is_empty())
}

fn rating() -> impl Strategy<Value = Option<f64>> {
    prop::option::of((10u32..=50).prop_map(|v| f64::from(v) / 10.0))
}

fn sales_point() -> impl Strategy<Value = SalesPoint> {
    prop_oneof![
        Just(SalesPoint::None),
        Just(SalesPoint::Moderate),
        Just(SalesPoint::Strong),
        (100u32..=200).prop_map(|v| SalesPoint::from_factor(f64::from(v) / 100.0)),
    ]
}

/// A quality: text, item links, group, [importance, current, competitor, target], sales point.
type QualityShape = (
    String,
    Vec<usize>,
    Option<usize>,
    [Option<f64>; 4],
    SalesPoint,
);

#[derive(Debug, Clone)]
struct Shape {
    remarks: Vec<String>,
    items: Vec<(String, Vec<usize>)>,
    groups: Vec<(String, Option<usize>)>,
    qualities: Vec<QualityShape>,
}

fn shape() -> impl Strategy<Value = Shape> {
    (
        prop::collection::vec(text(), 0..6),
        prop::collection::vec((text(), prop::collection::vec(0usize..6, 0..3)), 0..5),
        prop::collection::vec((text(), prop::option::of(0usize..5)), 0..5),
        prop::collection::vec(
            (
                text(),
                prop::collection::vec(0usize..5, 0..3),
                prop::option::of(0usize..5),
                [rating(), rating(), rating(), rating()],
                sales_point(),
            ),
            0..8,
        ),
    )
        .prop_map(|(remarks, items, groups, qualities)| Shape {
            remarks,
            items,
            groups,
            qualities,
        })
}

/// Builds a valid project from a shape through edits, dropping links that point nowhere.
fn build(s: &Shape) -> Project {
    let mut p = Project::new(Meta::new("性质 property"));
    let competitor = Competitor {
        id: CompetitorId(1),
        name: "A".into(),
        order: 0,
    };
    p.apply(Edit::Put(Entity::Competitor(competitor))).unwrap();
    for (i, t) in s.remarks.iter().enumerate() {
        let mut r = Remark::new(RemarkId(i as u32 + 1), t.clone());
        r.scene.set("where", t);
        p.apply(Edit::Put(Entity::Remark(r))).unwrap();
    }
    for (i, (t, links)) in s.items.iter().enumerate() {
        let mut remarks: Vec<RemarkId> = links
            .iter()
            .filter(|&&l| l < s.remarks.len())
            .map(|&l| RemarkId(l as u32 + 1))
            .collect();
        remarks.dedup();
        let item = Item {
            id: ItemId(i as u32 + 1),
            text: t.clone(),
            remarks,
        };
        p.apply(Edit::Put(Entity::Item(item))).unwrap();
    }
    for (i, (t, parent)) in s.groups.iter().enumerate() {
        // Parents only among earlier groups, so the tree has no cycle.
        let parent = parent.filter(|&x| x < i).map(|x| GroupId(x as u32 + 1));
        let g = Group {
            id: GroupId(i as u32 + 1),
            title: t.clone(),
            parent,
            order: 0,
        };
        p.apply(Edit::Put(Entity::Group(g))).unwrap();
    }
    for (i, (t, links, group, [imp, cur, comp, tgt], sp)) in s.qualities.iter().enumerate() {
        let mut q = Quality::new(QualityId(i as u32 + 1), t.clone());
        q.items = links
            .iter()
            .filter(|&&l| l < s.items.len())
            .map(|&l| ItemId(l as u32 + 1))
            .collect();
        q.items.dedup();
        q.group = group
            .filter(|&g| g < s.groups.len())
            .map(|g| GroupId(g as u32 + 1));
        q.planning.importance = *imp;
        q.planning.current = *cur;
        if let Some(c) = comp {
            q.planning.competitors.insert(CompetitorId(1), *c);
        }
        q.planning.target = *tgt;
        q.planning.sales_point = *sp;
        p.apply(Edit::Put(Entity::Quality(q))).unwrap();
    }
    p
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn save_then_load_is_the_identity(s in shape()) {
        let p = build(&s);
        let text = to_ron(&p).unwrap();
        let back = from_ron(&text, Path::new("p.ron")).unwrap();
        prop_assert_eq!(&back, &p);
        prop_assert_eq!(to_ron(&back).unwrap(), text);
        prop_assert!(gemba::model::validate::validate(&back).is_empty());
    }

    #[test]
    fn relative_weights_of_complete_rows_sum_to_100(s in shape()) {
        let m = Matrix::compute(&build(&s));
        let complete: Vec<_> = m.rows.iter().filter(|r| r.is_complete()).collect();
        let sum: f64 = complete.iter().map(|r| r.relative.unwrap()).sum();
        if complete.is_empty() {
            prop_assert_eq!(m.total_absolute, 0.0);
        } else {
            prop_assert!((sum - 100.0).abs() < 1e-9, "sum {}", sum);
            let last = complete.iter().filter_map(|r| r.cumulative).fold(0.0, f64::max);
            prop_assert!((last - 100.0).abs() < 1e-9);
        }
        for r in &m.rows {
            for v in [r.ratio, r.absolute, r.relative, r.cumulative].into_iter().flatten() {
                prop_assert!(v.is_finite());
            }
        }
    }

    #[test]
    fn random_text_never_panics_the_loader(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = from_ron(&text, Path::new("p.ron"));
    }

    #[test]
    fn damaged_project_files_never_panic_the_loader(s in shape(), cut in any::<prop::sample::Index>(), junk in "[(){}\\[\\]\",:a-z0-9水 ]{0,3}") {
        let text = to_ron(&build(&s)).unwrap();
        let chars: Vec<char> = text.chars().collect();
        let at = cut.index(chars.len().max(1));
        let damaged: String = chars[..at].iter().collect::<String>() + &junk + &chars[at..].iter().skip(1).collect::<String>();
        let _ = from_ron(&damaged, Path::new("p.ron"));
        let truncated: String = chars[..at].iter().collect();
        prop_assert!(from_ron(&truncated, Path::new("p.ron")).is_err() || at + 2 >= chars.len());
    }
}
