//! Suggestion quality against hand labels: adjusted Rand index and NMI of the clustering of each
//! labelled CSV (`text,label`), cut into as many clusters as there are labels, and cut into
//! islands of about five cards, the share of clusters holding one theme, with the fastest time
//! of five runs (one above 5,000 rows).
//! Figures are recorded in docs/performance.md.
//!
//! cargo run --release --example affinity_score [FILE.csv ...]
//! (by default the labelled sets in tests/data)

use std::path::{Path, PathBuf};
use std::time::Instant;

use gemba::method::affinity::score::{adjusted_rand_index, load_labelled, normalized_mutual_info};
use gemba::method::affinity::{Cut, SuggestOptions, suggest};

fn read(path: &Path) -> (Vec<String>, Vec<String>) {
    load_labelled(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .into_iter()
        .unzip()
}

/// The share of clusters of two or more cards in which one label holds at least 80 % of the
/// cards: islands a facilitator can name without first moving cards out.
fn one_theme(labels: &[String], s: &gemba::method::affinity::Suggestion) -> f64 {
    let mut counted = 0;
    let mut pure = 0;
    for c in s.clusters.iter().filter(|c| c.members.len() > 1) {
        let mut tally: std::collections::HashMap<&str, usize> = Default::default();
        for &m in &c.members {
            *tally.entry(labels[m].as_str()).or_default() += 1;
        }
        let top = tally.values().copied().max().unwrap_or(0);
        counted += 1;
        if top * 5 >= c.members.len() * 4 {
            pure += 1;
        }
    }
    if counted == 0 {
        0.0
    } else {
        pure as f64 / counted as f64
    }
}

fn main() {
    let mut files: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if files.is_empty() {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        files = std::fs::read_dir(&dir)
            .expect("tests/data")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "csv"))
            .collect();
        files.sort();
    }
    println!(
        "file\tn\tlabels\tcut\tclusters\tmean size\tsingle\t4-7 cards\tone theme\tARI\tNMI\tseconds"
    );
    for file in &files {
        let (texts, labels) = read(file);
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let mut distinct = labels.clone();
        distinct.sort();
        distinct.dedup();
        let k = distinct.len();
        for (what, cut, refine) in [
            (format!("K={k}, plain"), Cut::Clusters(k), 0),
            (format!("K={k}, refined"), Cut::Clusters(k), 10),
            ("islands of 5".to_string(), Cut::IslandSize(5), 0),
        ] {
            let opts = SuggestOptions {
                cut,
                refine,
                ..Default::default()
            };
            // The fastest of a few runs: the machine may be busy with other work.
            let runs = if texts.len() > 5_000 { 1 } else { 5 };
            let mut secs = f64::INFINITY;
            let mut s = Default::default();
            for _ in 0..runs {
                let start = Instant::now();
                s = suggest(&refs, &opts);
                secs = secs.min(start.elapsed().as_secs_f64());
            }
            let s: gemba::method::affinity::Suggestion = s;
            println!(
                "{}\t{}\t{}\t{}\t{}\t{:.2}\t{}\t{}\t{:.0} %\t{:.3}\t{:.3}\t{:.4}",
                file.file_name().unwrap().to_string_lossy(),
                texts.len(),
                k,
                what,
                s.clusters.len(),
                texts.len() as f64 / s.clusters.len() as f64,
                s.clusters.iter().filter(|c| c.members.len() == 1).count(),
                s.clusters
                    .iter()
                    .filter(|c| (4..=7).contains(&c.members.len()))
                    .count(),
                one_theme(&labels, &s) * 100.0,
                adjusted_rand_index(&labels, &s.assignment),
                normalized_mutual_info(&labels, &s.assignment),
                secs
            );
        }
    }
}
