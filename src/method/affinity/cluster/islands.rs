//! Cutting the tree into islands of about N cards (METHOD.md step B), and placing the cards the
//! cut leaves alone.

use std::collections::BTreeMap;

use kodama::Dendrogram;

use super::{Merges, number_by_first_member, renumber_by_first_card};
use crate::method::affinity::tfidf::Corpus;

/// Cuts the tree into islands: the largest subtrees holding at most `max_size` cards whose merges
/// all happened at a distance of at most `max_distance`. Subtrees are taken from the top down, so
/// an island is never split where the tree says its cards belong together; cards that share
/// (almost) nothing with the rest stay alone.
pub fn cut_islands(dendrogram: &Dendrogram<f32>, max_size: usize, max_distance: f32) -> Vec<usize> {
    let n = dendrogram.observations();
    let mut merges = Merges::new(n);
    // Per label: a card of it, and whether it is still a whole island (all merges accepted).
    let mut card_of: Vec<usize> = (0..n).collect();
    let mut whole: Vec<bool> = vec![true; n];
    for step in dendrogram.steps() {
        let (a, b) = (step.cluster1, step.cluster2);
        let ok =
            whole[a] && whole[b] && step.size <= max_size && step.dissimilarity <= max_distance;
        if ok {
            merges.union(card_of[a], card_of[b]);
        }
        card_of.push(card_of[a]);
        whole.push(ok);
    }
    number_by_first_member(n, &mut merges)
}

/// How alike a lone card must be to an island, against the island's cohesion, to join it.
/// Measured on the labelled sets (docs/method.md): at 0.5 the fresh English set keeps 8 of 500
/// cards alone instead of 41, and as many islands hold one theme.
const ALIKE_AS_ISLAND: f32 = 0.5;

/// Gives each card the island cut left alone to the island of fewer than `max_size` cards it is
/// most like on average (mean cosine with the island's cards), when that reaches
/// `min_similarity` and half the island's own cohesion. A cut from the top down leaves a card
/// alone when the subtree it joined grew one card too big, though its island-to-be was right
/// there; the cards most like some island are placed first. Islands are renumbered by first card.
pub fn attach_single_cards(
    corpus: &Corpus,
    assignment: &mut [usize],
    max_size: usize,
    min_similarity: f32,
) {
    let k = assignment.iter().max().map_or(0, |m| m + 1);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); k];
    for (i, &c) in assignment.iter().enumerate() {
        members[c].push(i);
    }
    // Each island's summed vector, as a map term → weight (ordered: sums add up the same way
    // every run).
    let mut sums: Vec<BTreeMap<u32, f32>> = vec![Default::default(); k];
    for (c, cards) in members.iter().enumerate() {
        if cards.len() < 2 {
            continue;
        }
        for &i in cards {
            let v = &corpus.vectors[i];
            for (&t, &w) in v.terms.iter().zip(&v.weights) {
                *sums[c].entry(t).or_insert(0.0) += w;
            }
        }
    }
    let mut sizes: Vec<usize> = members.iter().map(Vec::len).collect();
    // Each island's cohesion (mean pairwise cosine): a card joins only when it is about as
    // alike to the island as its cards are to each other.
    let cohesion: Vec<f32> = (0..k)
        .map(|c| {
            let m = sizes[c] as f32;
            if m < 2.0 {
                return 0.0;
            }
            let sq: f32 = sums[c].values().map(|w| w * w).sum();
            let self_dot: f32 = members[c]
                .iter()
                .map(|&i| corpus.vectors[i].weights.iter().map(|w| w * w).sum::<f32>())
                .sum();
            (sq - self_dot) / (m * (m - 1.0))
        })
        .collect();
    let singles: Vec<usize> = members
        .iter()
        .filter(|m| m.len() == 1)
        .map(|m| m[0])
        .collect();
    let mean_with = |i: usize, c: usize, sums: &[BTreeMap<u32, f32>], sizes: &[usize]| -> f32 {
        let v = &corpus.vectors[i];
        let dot: f32 = v
            .terms
            .iter()
            .zip(&v.weights)
            .map(|(t, w)| w * sums[c].get(t).copied().unwrap_or(0.0))
            .sum();
        dot / sizes[c] as f32
    };
    // Best island per single, most alike first; an island that fills up is skipped after.
    let mut order: Vec<(usize, f32)> = singles
        .iter()
        .map(|&i| {
            let best = (0..k)
                .filter(|&c| sizes[c] >= 2 && sizes[c] < max_size)
                .map(|c| mean_with(i, c, &sums, &sizes))
                .fold(0.0f32, f32::max);
            (i, best)
        })
        .collect();
    order.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    for (i, _) in order {
        let best = (0..k)
            .filter(|&c| sizes[c] >= 2 && sizes[c] < max_size)
            .map(|c| (c, mean_with(i, c, &sums, &sizes)))
            .filter(|&(c, s)| s >= min_similarity && s >= ALIKE_AS_ISLAND * cohesion[c])
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        if let Some((c, _)) = best {
            sizes[assignment[i]] -= 1;
            assignment[i] = c;
            sizes[c] += 1;
            let v = &corpus.vectors[i];
            for (&t, &w) in v.terms.iter().zip(&v.weights) {
                *sums[c].entry(t).or_insert(0.0) += w;
            }
        }
    }
    renumber_by_first_card(assignment);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::method::affinity::cluster::dendrogram;

    fn corpus(texts: &[&str]) -> Corpus {
        Corpus::build(texts)
    }

    #[test]
    fn island_cut_respects_size_and_distance() {
        let texts = [
            "noise loud",
            "noise loud motor",
            "noise loud fan",
            "noise loud night",
            "noise loud start",
            "noise loud again",
            "battery",
        ];
        let c = corpus(&texts);
        let d = dendrogram(&c);
        let a = cut_islands(&d, 3, 0.99);
        let mut sizes = vec![0; a.iter().max().unwrap() + 1];
        for &x in &a {
            sizes[x] += 1;
        }
        assert!(sizes.iter().all(|&s| s <= 3), "{sizes:?}");
        // "battery" shares nothing: it stays alone.
        assert_eq!(a.iter().filter(|&&x| x == a[6]).count(), 1);
        // Without limits everything related ends up together, the unrelated card still alone.
        let a = cut_islands(&d, 100, 0.99);
        assert_eq!(a, [0, 0, 0, 0, 0, 0, 1]);
    }

    /// A card the cut left alone joins the island it is like when there is room, and a card like
    /// no island stays alone.
    #[test]
    fn a_lone_card_joins_the_island_it_is_like() {
        let c = corpus(&[
            "the filter clogs with dust",
            "dust clogs the filter fast",
            "a clogged dust filter",
            "the filter is clogged with dust again",
            "completely unrelated words here",
        ]);
        let mut a = vec![0, 0, 0, 1, 2];
        attach_single_cards(&c, &mut a, 7, 0.02);
        assert_eq!(a, vec![0, 0, 0, 0, 1]);
        // A full island takes no more.
        let mut full = vec![0, 0, 0, 1, 2];
        attach_single_cards(&c, &mut full, 3, 0.02);
        assert_eq!(full, vec![0, 0, 0, 1, 2]);
    }
}
