//! Near-duplicate cards (METHOD.md step A): pairs whose cosine similarity reaches a threshold.

use super::tfidf::Corpus;

/// Pairs `(i, j, similarity)` with `i < j` and similarity ≥ `threshold`, most similar first (ties
/// in input order). Cards without terms are never duplicates of anything. Uses the inverted index,
/// so only pairs sharing a term are ever looked at and memory stays linear.
pub fn near_duplicate_pairs(corpus: &Corpus, threshold: f64) -> Vec<(usize, usize, f64)> {
    let n = corpus.len();
    let postings = corpus.postings();
    let mut row = vec![0.0f32; n];
    let mut pairs = Vec::new();
    // A little slack for f32 rounding, so identical cards (similarity 1 − ε) always count.
    let threshold = threshold - 1e-6;
    for i in 0..n.saturating_sub(1) {
        let len = n - i - 1;
        let row = &mut row[..len];
        row.fill(0.0);
        corpus.similarities_after(i, &postings, row);
        for (k, &s) in row.iter().enumerate() {
            if f64::from(s) >= threshold && s > 0.0 {
                pairs.push((i, i + 1 + k, f64::from(s).min(1.0)));
            }
        }
    }
    pairs.sort_by(|a, b| b.2.total_cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
    pairs
}
