//! Cutting the tree into islands of about N cards (METHOD.md step B), and placing the cards the
//! cut leaves alone.

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
    let mut sizes = vec![0usize; k];
    for &c in assignment.iter() {
        sizes[c] += 1;
    }
    // Postings of the islands' cards, term → (island, weight), so that a card's mean similarity
    // with every island comes from the islands sharing a term with it; a card that joins adds
    // its own.
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); corpus.terms.len()];
    let add = |postings: &mut Vec<Vec<(u32, f32)>>, i: usize, c: usize| {
        let v = &corpus.vectors[i];
        for (&t, &w) in v.terms.iter().zip(&v.weights) {
            postings[t as usize].push((c as u32, w));
        }
    };
    for (i, &c) in assignment.iter().enumerate() {
        if sizes[c] >= 2 {
            add(&mut postings, i, c);
        }
    }
    // Each island's cohesion (mean pairwise cosine): a card joins only when it is about as
    // alike to the island as its cards are to each other.
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); k];
    for (i, &c) in assignment.iter().enumerate() {
        members[c].push(i);
    }
    let cohesion: Vec<f32> = members
        .iter()
        .map(|m| crate::method::affinity::cohesion(corpus, m) as f32)
        .collect();
    drop(members);
    let singles: Vec<usize> = (0..assignment.len())
        .filter(|&i| sizes[assignment[i]] == 1)
        .collect();
    // The mean similarity of card i with every island that shares a term with it.
    let mut scores = vec![0.0f32; k];
    let mut touched: Vec<usize> = Vec::new();
    let mut best_for = |i: usize, postings: &[Vec<(u32, f32)>], sizes: &[usize]| {
        for &c in &touched {
            scores[c] = 0.0;
        }
        touched.clear();
        let v = &corpus.vectors[i];
        for (&t, &w) in v.terms.iter().zip(&v.weights) {
            for &(c, cw) in &postings[t as usize] {
                let c = c as usize;
                if scores[c] == 0.0 {
                    touched.push(c);
                }
                scores[c] += w * cw;
            }
        }
        touched
            .iter()
            .map(|&c| (c, scores[c] / sizes[c] as f32))
            .filter(|&(c, s)| {
                sizes[c] >= 2
                    && sizes[c] < max_size
                    && s >= min_similarity
                    && s >= ALIKE_AS_ISLAND * cohesion[c]
            })
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
    };
    // The cards most like some island first; an island that fills up is skipped after.
    let mut order: Vec<(usize, f32)> = singles
        .iter()
        .map(|&i| (i, best_for(i, &postings, &sizes).map_or(0.0, |b| b.1)))
        .collect();
    order.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    for (i, _) in order {
        if let Some((c, _)) = best_for(i, &postings, &sizes) {
            sizes[assignment[i]] -= 1;
            assignment[i] = c;
            sizes[c] += 1;
            add(&mut postings, i, c);
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
