//! Average-linkage agglomerative clustering over cosine distances, and the two ways of cutting
//! the tree: into a given number of clusters, or into islands of bounded size.
//!
//! The condensed distance matrix (`n (n - 1) / 2` f32 values, 200 MB for 10,000 cards) is filled
//! row by row from the inverted index, rows split over the machine's cores; the dendrogram is built
//! by kodama's nearest-neighbour chain, which is O(n²) for average linkage.

use std::sync::atomic::{AtomicBool, Ordering};

use kodama::{Dendrogram, Method};

use super::tfidf::Corpus;

mod islands;
pub use islands::{attach_single_cards, cut_islands};

/// Cosine distances (1 − similarity) between all pairs, condensed: pair (i, j), i < j, is at
/// `n i − i (i + 1) / 2 + j − i − 1`.
pub fn condensed_distances(corpus: &Corpus) -> Vec<f32> {
    condensed_distances_until(corpus, &AtomicBool::new(false))
}

/// Like [`condensed_distances`], but stops early (leaving the matrix incomplete) once `cancel`
/// is set; the caller checks the flag.
pub fn condensed_distances_until(corpus: &Corpus, cancel: &AtomicBool) -> Vec<f32> {
    let n = corpus.len();
    let mut matrix = vec![0.0f32; n * n.saturating_sub(1) / 2];
    if n < 2 {
        return matrix;
    }
    let postings = corpus.postings();
    let threads = std::thread::available_parallelism()
        .map_or(1, |t| t.get())
        .min(8)
        .min(n / 64 + 1);
    // Split the rows into bands of about equal numbers of pairs.
    let total = matrix.len();
    let mut bands: Vec<(usize, &mut [f32])> = Vec::with_capacity(threads);
    let mut rest: &mut [f32] = &mut matrix;
    let mut row = 0;
    for band in 0..threads {
        let target = total * (band + 1) / threads;
        let first = row;
        let mut len = 0;
        let mut offset = total - rest.len();
        while row < n - 1 && (offset < target || band + 1 == threads) {
            let l = n - row - 1;
            len += l;
            offset += l;
            row += 1;
        }
        let (head, tail) = rest.split_at_mut(len);
        bands.push((first, head));
        rest = tail;
    }
    std::thread::scope(|scope| {
        for (first, band) in bands {
            let postings = &postings;
            scope.spawn(move || {
                let mut start = 0;
                let mut i = first;
                while start < band.len() {
                    if i % 64 == 0 && cancel.load(Ordering::Relaxed) {
                        return;
                    }
                    let len = n - i - 1;
                    let row = &mut band[start..start + len];
                    corpus.similarities_after(i, postings, row);
                    for d in row.iter_mut() {
                        *d = (1.0 - *d).clamp(0.0, 1.0);
                    }
                    start += len;
                    i += 1;
                }
            });
        }
    });
    matrix
}

/// The average-linkage dendrogram of the corpus.
pub fn dendrogram(corpus: &Corpus) -> Dendrogram<f32> {
    dendrogram_until(corpus, &AtomicBool::new(false)).expect("never cancelled")
}

/// Like [`dendrogram`], but gives up (None) when `cancel` is set while the distances are being
/// computed or before the linkage starts. The linkage itself runs to its end (about 1 s at 10,000
/// cards on a slow machine, 0.3 s at 5,000).
pub fn dendrogram_until(corpus: &Corpus, cancel: &AtomicBool) -> Option<Dendrogram<f32>> {
    let n = corpus.len();
    let mut matrix = condensed_distances_until(corpus, cancel);
    if cancel.load(Ordering::Relaxed) {
        return None;
    }
    if n < 2 {
        return Some(Dendrogram::new(n));
    }
    Some(kodama::linkage(&mut matrix, n, Method::Average))
}

/// A small union-find over the 2n − 1 dendrogram labels.
pub(super) struct Merges {
    parent: Vec<usize>,
}

impl Merges {
    pub(super) fn new(n: usize) -> Self {
        Merges {
            parent: (0..n).collect(),
        }
    }

    pub(super) fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    pub(super) fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.parent[a.max(b)] = a.min(b);
        }
    }
}

/// Cluster numbers 0, 1, … in order of each cluster's first card.
pub(super) fn number_by_first_member(n: usize, merges: &mut Merges) -> Vec<usize> {
    let mut label_of_root = vec![usize::MAX; n];
    let mut next = 0;
    (0..n)
        .map(|i| {
            let r = merges.find(i);
            if label_of_root[r] == usize::MAX {
                label_of_root[r] = next;
                next += 1;
            }
            label_of_root[r]
        })
        .collect()
}

/// Cuts the tree into `k` clusters (fewer only if there are fewer cards; at least one): the
/// first `n − k` merges are applied, as in any standard cut of an agglomerative tree.
pub fn cut_clusters(dendrogram: &Dendrogram<f32>, k: usize) -> Vec<usize> {
    let n = dendrogram.observations();
    let k = k.clamp(1, n.max(1));
    let mut merges = Merges::new(n);
    // Step s creates label n + s; map labels to a card of theirs.
    let mut card_of = (0..n).collect::<Vec<_>>();
    for step in dendrogram.steps().iter().take(n.saturating_sub(k)) {
        let (a, b) = (card_of[step.cluster1], card_of[step.cluster2]);
        merges.union(a, b);
        card_of.push(a);
    }
    number_by_first_member(n, &mut merges)
}

/// Cuts the tree into `k` clusters without spending clusters on outlying single cards: the cut is
/// made where the tree holds `k` clusters of two or more cards (the last point where that count
/// comes down to `k`; or, if it never exceeds `k`, the last point where it is largest), and the
/// cards still alone there are given to the cluster whose centroid they are most similar to —
/// except that, when fewer than `k` clusters of two or more exist, the cards least similar to any
/// cluster stay alone to make up the number. A plain cut often spends a third of its clusters on
/// single outliers and lumps the rest together; this one does not.
pub fn cut_clusters_attaching_singles(
    corpus: &Corpus,
    dendrogram: &Dendrogram<f32>,
    k: usize,
) -> Vec<usize> {
    let n = dendrogram.observations();
    let k = k.clamp(1, n.max(1));
    let steps = dendrogram.steps();
    // How many clusters of 2+ cards there are after each prefix of merges.
    let mut size: Vec<usize> = vec![1; n];
    let mut big = 0usize;
    let mut counts = Vec::with_capacity(steps.len());
    for step in steps {
        let (a, b) = (size[step.cluster1], size[step.cluster2]);
        match (a > 1, b > 1) {
            (false, false) => big += 1,
            (true, true) => big -= 1,
            _ => {}
        }
        size.push(a + b);
        counts.push(big);
    }
    let prefix = match counts.iter().rposition(|&c| c > k) {
        Some(s) => s + 2,
        None => match counts.iter().max() {
            Some(&max) => counts.iter().rposition(|&c| c == max).map_or(0, |s| s + 1),
            None => 0,
        },
    };
    let mut merges = Merges::new(n);
    let mut card_of: Vec<usize> = (0..n).collect();
    for step in &steps[..prefix.min(steps.len())] {
        let (a, b) = (card_of[step.cluster1], card_of[step.cluster2]);
        merges.union(a, b);
        card_of.push(a);
    }
    let mut root_size = vec![0usize; n];
    for i in 0..n {
        root_size[merges.find(i)] += 1;
    }
    // Number the clusters of 2+ cards; single cards wait.
    let mut label_of_root = vec![usize::MAX; n];
    let mut clusters = 0;
    let mut assignment = vec![usize::MAX; n];
    for (i, slot) in assignment.iter_mut().enumerate() {
        let r = merges.find(i);
        if root_size[r] > 1 {
            if label_of_root[r] == usize::MAX {
                label_of_root[r] = clusters;
                clusters += 1;
            }
            *slot = label_of_root[r];
        }
    }
    // Centroid sums as postings, term → (cluster, summed weight), and their squared lengths.
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); corpus.terms.len()];
    let mut norms = vec![0.0f32; clusters];
    for (i, v) in corpus.vectors.iter().enumerate() {
        if assignment[i] == usize::MAX {
            continue;
        }
        let c = assignment[i] as u32;
        for (&t, &w) in v.terms.iter().zip(&v.weights) {
            let list = &mut postings[t as usize];
            match list.last_mut() {
                Some((lc, lw)) if *lc == c => *lw += w,
                _ => list.push((c, w)),
            }
        }
    }
    for list in &mut postings {
        // Cards of one cluster are not always adjacent: merge repeated clusters.
        list.sort_unstable_by_key(|&(c, _)| c);
        list.dedup_by(|b, a| {
            if a.0 == b.0 {
                a.1 += b.1;
                true
            } else {
                false
            }
        });
        for &(c, w) in list.iter() {
            norms[c as usize] += w * w;
        }
    }
    // Each single card's best cluster and how similar it is.
    let mut singles: Vec<(usize, usize, f32)> = Vec::new();
    let mut scores = vec![0.0f32; clusters];
    for (i, v) in corpus.vectors.iter().enumerate() {
        if assignment[i] != usize::MAX {
            continue;
        }
        scores.fill(0.0);
        for (&t, &w) in v.terms.iter().zip(&v.weights) {
            for &(c, cw) in &postings[t as usize] {
                scores[c as usize] += w * cw;
            }
        }
        let (mut best, mut best_cos) = (0, 0.0f32);
        for c in 0..clusters {
            if norms[c] > 0.0 && scores[c] / norms[c].sqrt() > best_cos {
                best = c;
                best_cos = scores[c] / norms[c].sqrt();
            }
        }
        singles.push((i, best, best_cos));
    }
    if clusters + singles.len() < k {
        // Small trees: not enough clusters and single cards to make up k; cut plainly.
        return cut_clusters(dendrogram, k);
    }
    // Too few clusters: the singles least like any cluster make up the number on their own.
    let missing = k.saturating_sub(clusters).min(singles.len());
    singles.sort_by(|a, b| a.2.total_cmp(&b.2).then(a.0.cmp(&b.0)));
    for (j, &(i, best, _)) in singles.iter().enumerate() {
        assignment[i] = if j < missing { clusters + j } else { best };
    }
    renumber_by_first_card(&mut assignment);
    assignment
}

/// Renumbers clusters 0, 1, … in order of their first card.
fn renumber_by_first_card(assignment: &mut [usize]) {
    let mut relabel: Vec<usize> = vec![usize::MAX; assignment.iter().max().map_or(0, |m| m + 1)];
    let mut next = 0;
    for a in assignment.iter_mut() {
        if relabel[*a] == usize::MAX {
            relabel[*a] = next;
            next += 1;
        }
        *a = relabel[*a];
    }
}

/// Moves each card to the cluster whose centroid it is most similar to, recomputing centroids,
/// until nothing moves or `rounds` are done (spherical k-means started from the tree's cut, as in
/// the Buckshot scheme). A card that is the last of its cluster stays, so the number of clusters
/// never drops; cards without terms stay where they are.
pub fn refine(corpus: &Corpus, assignment: &mut [usize], rounds: usize) {
    let k = assignment.iter().max().map_or(0, |m| m + 1);
    if k < 2 {
        return;
    }
    let mut sizes = vec![0usize; k];
    for &c in assignment.iter() {
        sizes[c] += 1;
    }
    let mut scores = vec![0.0f32; k];
    let mut entries: Vec<(u32, u32, f32)> = Vec::new();
    let mut postings: Vec<(u32, u32, f32)> = Vec::new();
    let mut offsets: Vec<usize> = Vec::new();
    for _ in 0..rounds {
        // Centroid sums as postings, term → (cluster, summed weight), in one flat list sorted
        // by term (offsets per term), plus each centroid's squared length.
        entries.clear();
        for (v, &c) in corpus.vectors.iter().zip(assignment.iter()) {
            for (&t, &w) in v.terms.iter().zip(&v.weights) {
                entries.push((t, c as u32, w));
            }
        }
        entries.sort_unstable_by_key(|&(t, c, _)| (t, c));
        postings.clear();
        offsets.clear();
        offsets.resize(corpus.terms.len() + 1, 0);
        for &(t, c, w) in &entries {
            match postings.last_mut() {
                Some((lt, lc, lw)) if *lt == t && *lc == c => *lw += w,
                _ => postings.push((t, c, w)),
            }
        }
        let mut norms = vec![0.0f32; k];
        for &(t, c, w) in &postings {
            norms[c as usize] += w * w;
            offsets[t as usize + 1] += 1;
        }
        for i in 0..corpus.terms.len() {
            offsets[i + 1] += offsets[i];
        }
        let mut moved = 0;
        for (v, c) in corpus.vectors.iter().zip(assignment.iter_mut()) {
            if v.is_empty() || sizes[*c] == 1 {
                continue;
            }
            scores.fill(0.0);
            for (&t, &w) in v.terms.iter().zip(&v.weights) {
                let (from, to) = (offsets[t as usize], offsets[t as usize + 1]);
                for &(_, cl, cw) in &postings[from..to] {
                    scores[cl as usize] += w * cw;
                }
            }
            // Cosine with each centroid; with its own cluster's centroid leaving the card out
            // (|s − v|² = |s|² − 2 v·s + 1), or small clusters would hold on to every card.
            let own = scores[*c];
            let rest = (norms[*c] - 2.0 * own + 1.0).max(0.0).sqrt();
            let own_cos = if rest > 1e-6 { (own - 1.0) / rest } else { 0.0 };
            let (mut best, mut best_cos) = (*c, own_cos);
            for (cl, &s) in scores.iter().enumerate() {
                if cl != *c && norms[cl] > 0.0 {
                    let cos = s / norms[cl].sqrt();
                    if cos > best_cos + 1e-6 {
                        best = cl;
                        best_cos = cos;
                    }
                }
            }
            if best != *c {
                sizes[*c] -= 1;
                sizes[best] += 1;
                *c = best;
                moved += 1;
            }
        }
        if moved == 0 {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(texts: &[&str]) -> Corpus {
        Corpus::build(texts)
    }

    #[test]
    fn condensed_matrix_matches_pairwise_cosines_with_many_rows() {
        // Enough rows for several bands.
        let texts: Vec<String> = (0..300)
            .map(|i| format!("word{} word{} common{}", i % 7, i % 11, i % 3))
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let c = corpus(&refs);
        let m = condensed_distances(&c);
        let n = refs.len();
        assert_eq!(m.len(), n * (n - 1) / 2);
        let mut k = 0;
        for i in 0..n {
            for j in i + 1..n {
                let d = 1.0 - c.vectors[i].dot(&c.vectors[j]);
                assert!((m[k] - d.clamp(0.0, 1.0)).abs() < 1e-5, "{i} {j}");
                k += 1;
            }
        }
    }

    #[test]
    fn k_cut_gives_k_clusters() {
        let c = corpus(&[
            "red apple",
            "green apple",
            "blue car",
            "fast car",
            "old boat",
            "old ship",
        ]);
        let d = dendrogram(&c);
        for k in 1..=6 {
            let a = cut_clusters(&d, k);
            assert_eq!(a.iter().max().unwrap() + 1, k);
        }
        assert_eq!(cut_clusters(&d, 3), [0, 0, 1, 1, 2, 2]);
        // Asking for more clusters than cards gives one per card.
        assert_eq!(cut_clusters(&d, 10), [0, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn refinement_moves_a_misplaced_card_and_keeps_k() {
        let texts = [
            "loud motor noise",
            "motor noise at night",
            "noise from the motor",
            "battery charge slow",
            "slow battery charge overnight",
            "battery charge takes hours",
        ];
        let c = corpus(&texts);
        // Card 2 starts among the battery cards; it belongs with the noise cards.
        let mut a = vec![0, 0, 1, 1, 1, 1];
        refine(&c, &mut a, 10);
        assert_eq!(a, [0, 0, 0, 1, 1, 1]);
        // From a lone battery card, the other battery cards gather round it.
        let mut a = vec![0, 0, 0, 0, 0, 1];
        refine(&c, &mut a, 10);
        assert_eq!(a, [0, 0, 0, 1, 1, 1]);
        // A cluster's last card never leaves, so K stays even when it fits elsewhere better.
        let mut a = vec![0, 0, 0, 0, 0, 1];
        let texts2 = [
            "battery charge",
            "battery charge",
            "noise",
            "noise",
            "noise",
            "battery",
        ];
        refine(&corpus(&texts2), &mut a, 10);
        assert_eq!(a.iter().max(), Some(&1));
        assert_eq!(a[5], 1);
    }

    #[test]
    fn outlying_cards_join_clusters_instead_of_taking_them() {
        let texts = [
            "battery runs flat quickly",
            "battery runs out fast",
            "battery flat after a week",
            "motor noise loud",
            "loud motor whine",
            "motor noise at night",
            "dust bin small",
            "dust bin messy",
            "small dust bin fills",
            "zebra crossing",
            "quantum lecture",
        ];
        let c = corpus(&texts);
        let d = dendrogram(&c);
        // The plain cut spends two of three clusters on the outliers.
        let plain = cut_clusters(&d, 3);
        assert_eq!(plain.iter().filter(|&&x| x == plain[9]).count(), 1);
        let a = cut_clusters_attaching_singles(&c, &d, 3);
        assert_eq!(&a[..9], [0, 0, 0, 1, 1, 1, 2, 2, 2]);
        // Sharing nothing, the outliers go to the first cluster.
        assert_eq!(&a[9..], [0, 0]);
        // Asking for more clusters than there are groups: the outliers make up the number.
        let a = cut_clusters_attaching_singles(&c, &d, 5);
        assert_eq!(a.iter().max(), Some(&4));
        assert_eq!(&a[..9], [0, 0, 0, 1, 1, 1, 2, 2, 2]);
        // And never more clusters than cards, or fewer than asked.
        for k in 1..=11 {
            let a = cut_clusters_attaching_singles(&c, &d, k);
            assert_eq!(a.iter().max().unwrap() + 1, k, "k = {k}");
        }
    }

    #[test]
    fn tiny_inputs() {
        let c = corpus(&[]);
        let d = dendrogram(&c);
        assert!(cut_clusters(&d, 3).is_empty());
        assert!(cut_clusters_attaching_singles(&c, &d, 3).is_empty());
        assert!(cut_islands(&d, 5, 1.0).is_empty());
        let c = corpus(&["only one"]);
        let d = dendrogram(&c);
        assert_eq!(cut_clusters(&d, 3), [0]);
        assert_eq!(cut_clusters_attaching_singles(&c, &d, 3), [0]);
        assert_eq!(cut_islands(&d, 5, 1.0), [0]);
    }
}
