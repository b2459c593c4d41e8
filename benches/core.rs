//! Core speed at sizes a large study reaches: loading, saving, validating and computing the
//! planning matrix for projects of 1,000 and 10,000 demanded qualities. Results are recorded in
//! docs/performance.md.

use std::path::Path;

use gemba::method::planning::Matrix;
use gemba::model::tree::Tree;
use gemba::model::validate::validate;
use gemba::model::*;
use gemba::store::{from_ron, to_ron};

fn main() {
    divan::main();
}

/// A project with `n` qualities, each from one item from one remark, in islands of five under
/// ten top-level groups, with full planning values against three competitors.
fn project(n: u32) -> Project {
    let mut p = Project::new(Meta::new("bench 基准"));
    for c in 1..=3 {
        p.apply(Edit::Put(Entity::Competitor(Competitor {
            id: CompetitorId(c),
            name: format!("Brand {c}"),
            order: 0,
        })))
        .unwrap();
    }
    for g in 1..=10 {
        p.apply(Edit::Put(Entity::Group(Group {
            id: GroupId(g),
            title: format!("level one {g}"),
            parent: None,
            order: 0,
        })))
        .unwrap();
    }
    let islands = n.div_ceil(5);
    for i in 0..islands {
        let id = GroupId(11 + i);
        let parent = Some(GroupId(1 + i % 10));
        p.apply(Edit::Put(Entity::Group(Group {
            id,
            title: format!("island {i} 岛"),
            parent,
            order: 0,
        })))
        .unwrap();
    }
    for i in 1..=n {
        p.apply(Edit::Put(Entity::Remark(Remark::new(
            RemarkId(i),
            format!("remark {i}: 洗澡时水温忽冷忽热"),
        ))))
        .unwrap();
        p.apply(Edit::Put(Entity::Item(Item {
            id: ItemId(i),
            text: format!("item {i}"),
            remarks: vec![RemarkId(i)],
        })))
        .unwrap();
        let mut q = Quality::new(QualityId(i), format!("quality {i} 水温稳定"));
        q.items = vec![ItemId(i)];
        q.group = Some(GroupId(11 + (i - 1) / 5));
        let v = |k: u32| 1.0 + f64::from((i * 7 + k) % 40) / 10.0;
        q.planning.importance = Some(v(1));
        q.planning.current = Some(v(2));
        for c in 1..=3 {
            q.planning.competitors.insert(CompetitorId(c), v(c + 2));
        }
        q.planning.target = Some(v(9));
        q.planning.sales_point =
            [SalesPoint::None, SalesPoint::Moderate, SalesPoint::Strong][(i % 3) as usize];
        p.apply(Edit::Put(Entity::Quality(q))).unwrap();
    }
    p
}

const SIZES: [u32; 2] = [1_000, 10_000];

#[divan::bench(args = SIZES)]
fn save_to_text(bencher: divan::Bencher, n: u32) {
    let p = project(n);
    bencher.bench(|| to_ron(divan::black_box(&p)).unwrap());
}

#[divan::bench(args = SIZES)]
fn load_from_text(bencher: divan::Bencher, n: u32) {
    let text = to_ron(&project(n)).unwrap();
    bencher.bench(|| from_ron(divan::black_box(&text), Path::new("bench.ron")).unwrap());
}

#[divan::bench(args = SIZES)]
fn validate_project(bencher: divan::Bencher, n: u32) {
    let p = project(n);
    bencher.bench(|| validate(divan::black_box(&p)));
}

#[divan::bench(args = SIZES)]
fn planning_matrix(bencher: divan::Bencher, n: u32) {
    let p = project(n);
    bencher.bench(|| Matrix::compute(divan::black_box(&p)));
}

#[divan::bench(args = SIZES)]
fn deployment_tree(bencher: divan::Bencher, n: u32) {
    let p = project(n);
    bencher.bench(|| Tree::build(divan::black_box(&p)));
}

#[divan::bench(args = SIZES)]
fn edit_and_undo(bencher: divan::Bencher, n: u32) {
    let mut p = project(n);
    let q = p.qualities.get(QualityId(n / 2)).unwrap().clone();
    bencher.bench_local(|| {
        let mut changed = q.clone();
        changed.planning.target = Some(5.0);
        let undo = p.apply(Edit::Put(Entity::Quality(changed))).unwrap();
        p.apply(undo).unwrap();
    });
}

/// Sizes of a large import: a survey export or a measurement sheet with tens of thousands of rows.
const IMPORT_ROWS: [u32; 3] = [10_000, 40_000, 160_000];

/// `import remarks` of `n` rows, each naming a new respondent in one of ten segments: planning
/// the edit (finding or creating respondents and segments by name) and applying it.
#[divan::bench(args = IMPORT_ROWS, sample_count = 3, sample_size = 1)]
fn import_remarks_with_new_respondents(bencher: divan::Bencher, n: u32) {
    let mut csv = String::from("text,respondent,segment\n");
    for i in 0..n {
        csv.push_str(&format!(
            "remark {i} 水温忽冷忽热,P-{i},segment {}\n",
            i % 10
        ));
    }
    let base = Project::new(Meta::new("import"));
    bencher.bench_local(|| {
        let mut p = base.clone();
        let plan = gemba::import::remarks::plan_csv(&p, &csv, Source::Other).unwrap();
        p.apply(plan.edit).unwrap();
        p
    });
}

/// `import characteristics` of `n` new rows.
#[divan::bench(args = IMPORT_ROWS, sample_count = 3, sample_size = 1)]
fn import_new_characteristics(bencher: divan::Bencher, n: u32) {
    let mut csv = String::from("name,unit,direction,ours,target\n");
    for i in 0..n {
        csv.push_str(&format!("characteristic {i},mm,max,{i},{}\n", i + 1));
    }
    let base = Project::new(Meta::new("import"));
    bencher.bench_local(|| {
        let mut p = base.clone();
        let plan = gemba::import::hoq::plan_characteristics(&p, &csv).unwrap();
        p.apply(plan.edit).unwrap();
        p
    });
}

/// The two halves of `import_remarks_with_new_respondents`: planning (reading the CSV, names)
/// and applying the edit (checks, tables, unique names).
#[divan::bench(args = IMPORT_ROWS, sample_count = 3, sample_size = 1)]
fn import_remarks_plan_only(bencher: divan::Bencher, n: u32) {
    let mut csv = String::from("text,respondent,segment\n");
    for i in 0..n {
        csv.push_str(&format!(
            "remark {i} 水温忽冷忽热,P-{i},segment {}\n",
            i % 10
        ));
    }
    let base = Project::new(Meta::new("import"));
    bencher.bench_local(|| gemba::import::remarks::plan_csv(&base, &csv, Source::Other).unwrap());
}

#[divan::bench(args = IMPORT_ROWS, sample_count = 3, sample_size = 1)]
fn import_remarks_apply_only(bencher: divan::Bencher, n: u32) {
    let mut csv = String::from("text,respondent,segment\n");
    for i in 0..n {
        csv.push_str(&format!(
            "remark {i} 水温忽冷忽热,P-{i},segment {}\n",
            i % 10
        ));
    }
    let base = Project::new(Meta::new("import"));
    let plan = gemba::import::remarks::plan_csv(&base, &csv, Source::Other).unwrap();
    bencher
        .with_inputs(|| (base.clone(), plan.edit.clone()))
        .bench_local_values(|(mut p, edit)| {
            p.apply(edit).unwrap();
            p
        });
}
