//! Speed of affinity suggestions (`suggest`: tokenise, TF-IDF, distances, average linkage, cut,
//! names) and of near-duplicate search, on 2,000 and 10,000 remarks built deterministically from
//! the hand-labelled sets in tests/data. Results are recorded in docs/performance.md.

#[path = "support/corpus.rs"]
mod corpus;

use gemba::method::affinity::{Cut, SuggestOptions, near_duplicates, suggest};

fn main() {
    divan::main();
}

fn texts(n: usize) -> Vec<String> {
    corpus::synthetic(n).into_iter().map(|(t, _)| t).collect()
}

#[divan::bench(args = [2_000, 10_000], sample_count = 5, sample_size = 1)]
fn suggest_islands(bencher: divan::Bencher, n: usize) {
    let owned = texts(n);
    let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
    bencher.bench(|| suggest(divan::black_box(&refs), &SuggestOptions::default()));
}

#[divan::bench(args = [2_000, 10_000], sample_count = 5, sample_size = 1)]
fn suggest_k_clusters(bencher: divan::Bencher, n: usize) {
    let owned = texts(n);
    let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
    let opts = SuggestOptions {
        cut: Cut::Clusters(60),
        ..Default::default()
    };
    bencher.bench(|| suggest(divan::black_box(&refs), &opts));
}

#[divan::bench(args = [2_000, 10_000], sample_count = 5, sample_size = 1)]
fn duplicates(bencher: divan::Bencher, n: usize) {
    let owned = texts(n);
    let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
    bencher.bench(|| near_duplicates(divan::black_box(&refs), 0.8));
}
