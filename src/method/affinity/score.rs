//! Agreement between two clusterings of the same items, for measuring suggestions against hand
//! labels: the adjusted Rand index (Hubert and Arabie, 1985) and normalised mutual information
//! (arithmetic-mean normalisation, as in scikit-learn's default).

use std::collections::HashMap;
use std::path::Path;

/// A hand-labelled set of remarks (`text,label`, with a header row), as (text, label) pairs in
/// file order: the sets in tests/data that suggestions and names are measured on.
pub fn load_labelled(path: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let mut r = csv::Reader::from_path(path)?;
    let mut rows = Vec::new();
    for rec in r.records() {
        let rec = rec?;
        let text = rec.get(0).unwrap_or_default().to_string();
        let label = rec.get(1).unwrap_or_default().to_string();
        rows.push((text, label));
    }
    Ok(rows)
}

/// The contingency table of two labelings: counts per (a, b) pair and the marginals.
struct Contingency {
    /// (row, column, count) for the non-empty cells.
    cells: Vec<(usize, usize, f64)>,
    rows: Vec<f64>,
    cols: Vec<f64>,
    n: f64,
}

fn contingency<A, B>(a: &[A], b: &[B]) -> Contingency
where
    A: std::hash::Hash + Eq,
    B: std::hash::Hash + Eq,
{
    assert_eq!(a.len(), b.len(), "both labelings must cover the same items");
    let mut ia: HashMap<&A, usize> = HashMap::new();
    let mut ib: HashMap<&B, usize> = HashMap::new();
    let mut cells: HashMap<(usize, usize), f64> = HashMap::new();
    for (x, y) in a.iter().zip(b) {
        let na = ia.len();
        let r = *ia.entry(x).or_insert(na);
        let nb = ib.len();
        let c = *ib.entry(y).or_insert(nb);
        *cells.entry((r, c)).or_insert(0.0) += 1.0;
    }
    let mut rows = vec![0.0; ia.len()];
    let mut cols = vec![0.0; ib.len()];
    for (&(r, c), &v) in &cells {
        rows[r] += v;
        cols[c] += v;
    }
    Contingency {
        cells: cells.into_iter().map(|((r, c), v)| (r, c, v)).collect(),
        rows,
        cols,
        n: a.len() as f64,
    }
}

fn pairs(x: f64) -> f64 {
    x * (x - 1.0) / 2.0
}

/// Adjusted Rand index: 1 for identical partitions, about 0 for chance agreement.
pub fn adjusted_rand_index<A, B>(a: &[A], b: &[B]) -> f64
where
    A: std::hash::Hash + Eq,
    B: std::hash::Hash + Eq,
{
    let t = contingency(a, b);
    let index: f64 = t.cells.iter().map(|&(_, _, v)| pairs(v)).sum();
    let sum_a: f64 = t.rows.iter().map(|&v| pairs(v)).sum();
    let sum_b: f64 = t.cols.iter().map(|&v| pairs(v)).sum();
    let total = pairs(t.n);
    if total == 0.0 {
        return 1.0;
    }
    let expected = sum_a * sum_b / total;
    let max = (sum_a + sum_b) / 2.0;
    if max == expected {
        // Both partitions trivial (all one cluster, or all singletons) and equal.
        return 1.0;
    }
    (index - expected) / (max - expected)
}

fn entropy(counts: &[f64], n: f64) -> f64 {
    counts
        .iter()
        .filter(|&&c| c > 0.0)
        .map(|&c| {
            let p = c / n;
            -p * p.ln()
        })
        .sum()
}

/// Normalised mutual information, I(A;B) / ((H(A) + H(B)) / 2): 1 for identical partitions.
pub fn normalized_mutual_info<A, B>(a: &[A], b: &[B]) -> f64
where
    A: std::hash::Hash + Eq,
    B: std::hash::Hash + Eq,
{
    let t = contingency(a, b);
    if t.n == 0.0 {
        return 1.0;
    }
    let (ha, hb) = (entropy(&t.rows, t.n), entropy(&t.cols, t.n));
    if ha == 0.0 && hb == 0.0 {
        return 1.0;
    }
    let mi: f64 = t
        .cells
        .iter()
        .map(|&(r, c, v)| v / t.n * (t.n * v / (t.rows[r] * t.cols[c])).ln())
        .sum();
    (mi / ((ha + hb) / 2.0)).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn textbook_example() {
        // Worked by hand: contingency cells 2, 1, 1; row sums 2, 2; column sums 2, 1, 1.
        // ARI = (1 − 1/3) / (3/2 − 1/3) = 4/7.
        // H(A) = ln 2, H(B) = 1.5 ln 2, I = ln 2, NMI = ln 2 / (1.25 ln 2) = 0.8.
        let a = [0, 0, 1, 1];
        let b = [0, 0, 1, 2];
        assert!((adjusted_rand_index(&a, &b) - 4.0 / 7.0).abs() < 1e-12);
        assert!((normalized_mutual_info(&a, &b) - 0.8).abs() < 1e-12);
    }

    #[test]
    fn hubert_arabie_style_table() {
        // A 3 × 3 example checked against the formula by hand:
        // cells 1,1,0 / 1,2,1 / 0,0,4 → Σ C(nij,2) = 1 + 6 = 7; rows 2,4,4 → 1+6+6 = 13;
        // cols 2,3,5 → 1+3+10 = 14; C(10,2) = 45; expected = 13·14/45; max = 13.5.
        let a = ["x", "x", "y", "y", "y", "y", "z", "z", "z", "z"];
        let b = [1, 2, 1, 2, 2, 3, 3, 3, 3, 3];
        let expected = 13.0 * 14.0 / 45.0;
        let ari = (7.0 - expected) / (13.5 - expected);
        assert!((adjusted_rand_index(&a, &b) - ari).abs() < 1e-12);
    }

    #[test]
    fn identical_and_relabelled_partitions_score_one() {
        let a = [0, 0, 1, 1, 2, 2];
        let b = ["b", "b", "c", "c", "a", "a"];
        assert!((adjusted_rand_index(&a, &b) - 1.0).abs() < 1e-12);
        assert!((normalized_mutual_info(&a, &b) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn independent_partitions_score_near_zero() {
        let a = [0, 0, 1, 1];
        let b = [0, 1, 0, 1];
        assert!(adjusted_rand_index(&a, &b) < 0.0);
        assert!(normalized_mutual_info(&a, &b).abs() < 1e-12);
    }
}
