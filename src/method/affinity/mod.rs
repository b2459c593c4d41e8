//! Affinity suggestions (METHOD.md section 4): which cards could form islands, what each island
//! might be called, and which cards say the same thing twice.
//!
//! Texts become TF-IDF vectors ([`text`], [`tfidf`]): Chinese as words and word bigrams,
//! English as stemmed words and word bigrams without stop words, plus the quality facets their
//! words name, with scene words (who, when, where) counting less ([`facets`]). Average-linkage
//! clustering on cosine distance ([`cluster`]) builds one tree, cut into a given number of
//! clusters (then refined: outlying cards joined to their closest cluster, cards moved to their
//! closest cluster centroid) or into islands of about N cards (cards the cut leaves alone then
//! join the island they are like); each island gets a suggested name ([`names`]).
//! [`suggest_groups`] does the same one level up, for islands (METHOD.md step D). [`score`]
//! measures a clustering against hand labels (ARI, NMI).
//!
//! Everything here is a proposal: nothing in the project changes.

pub mod cluster;
pub mod duplicates;
pub mod facets;
pub mod names;
mod parents;
mod phrases;
pub mod score;
pub mod text;
pub mod tfidf;

use std::sync::atomic::{AtomicBool, Ordering};

use crate::model::tree::Tree;
use crate::model::{Project, QualityId};

use tfidf::Corpus;

/// How to cut the tree of cards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cut {
    /// Exactly this many clusters (fewer only when there are fewer cards).
    Clusters(usize),
    /// Islands of about this many cards: see [`SuggestOptions::max_island`].
    IslandSize(usize),
}

/// What to suggest.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SuggestOptions {
    pub cut: Cut,
    /// For island cuts: cards join an island only when their average similarity reaches this
    /// (cosine, 0–1). With the default (0.02), cards sharing no term never end up together.
    pub min_similarity: f64,
    /// For cuts into K clusters: improve the tree's cut by giving outlying single cards to their
    /// closest cluster instead of a cluster each (see
    /// [`cluster::cut_clusters_attaching_singles`]), then by up to this many rounds of moving
    /// cards to their closest cluster centroid ([`cluster::refine`]). 0: the plain tree cut.
    pub refine: usize,
}

/// The island size asked for when none is given: METHOD.md step B's "about 4–5 cards".
pub const DEFAULT_ISLAND_SIZE: usize = 5;
/// The most texts one suggestion should take: the distance matrix grows with the square of the
/// number of texts (n² × 2 bytes: 450 MB at 15,000, 800 MB at 20,000). Larger sets should be
/// split first, by segment or source; callers check this before calling [`suggest`].
pub const MAX_TEXTS: usize = 15_000;
/// The similarity at which two cards count as near-duplicates when none is given.
pub const DEFAULT_DUPLICATE_THRESHOLD: f64 = 0.8;

impl Default for SuggestOptions {
    fn default() -> Self {
        SuggestOptions {
            cut: Cut::IslandSize(DEFAULT_ISLAND_SIZE),
            min_similarity: 0.02,
            refine: 10,
        }
    }
}

impl SuggestOptions {
    /// The largest island for a requested size N: N + N/2 (7 for 5). Taking the largest subtrees
    /// of at most this size gives islands that average close to N on real remarks (see
    /// docs/performance.md), because a subtree too big to keep falls apart into parts that are
    /// usually well below the bound.
    pub fn max_island(size: usize) -> usize {
        let size = size.max(1);
        size + size / 2
    }

    /// The largest island for `count` cards: [`max_island`](Self::max_island), and, once there
    /// are more cards than that, never more than half of them (13 cards give no island of 7).
    pub fn max_island_of(size: usize, count: usize) -> usize {
        let max = Self::max_island(size);
        if count > max {
            max.min((count / 2).max(2))
        } else {
            max
        }
    }
}

/// The most islands one next-level group takes (METHOD.md step D: a handful per group).
pub const MAX_GROUP: usize = 6;

/// One suggested island.
#[derive(Debug, Clone, PartialEq)]
pub struct Island {
    /// Indices into the input texts, increasing.
    pub members: Vec<usize>,
    /// A suggested name: a statement of what the cards share, or, when there is none, the most
    /// central card shortened (then `draft` is set).
    pub name: String,
    /// The name is a card shortened, for the team to reword, not a statement the cards share.
    pub draft: bool,
    /// The mean cosine similarity over all pairs of members (0 for a single card).
    pub cohesion: f64,
}

/// The suggestion for a list of texts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Suggestion {
    /// Islands in order of their first member.
    pub clusters: Vec<Island>,
    /// The island of each input text.
    pub assignment: Vec<usize>,
}

/// Mean pairwise cosine of unit vectors: (|Σv|² − m) / (m (m − 1)).
pub(crate) fn cohesion(corpus: &Corpus, members: &[usize]) -> f64 {
    let m = members.len();
    if m < 2 {
        return 0.0;
    }
    // Ordered, so that the sum below adds in the same order every run.
    let mut sum: std::collections::BTreeMap<u32, f64> = Default::default();
    let mut self_dot = 0.0;
    for &i in members {
        let v = &corpus.vectors[i];
        for (&t, &w) in v.terms.iter().zip(&v.weights) {
            *sum.entry(t).or_insert(0.0) += f64::from(w);
            self_dot += f64::from(w) * f64::from(w);
        }
    }
    let sq: f64 = sum.values().map(|w| w * w).sum();
    let m = m as f64;
    ((sq - self_dot) / (m * (m - 1.0))).clamp(0.0, 1.0)
}

/// Islands of `members` (cards, or islands a level down), named from their `cards`. A need
/// names one island only ([`names::need_share`]): the islands that speak most of theirs are
/// named first, and the others then look for another name.
fn named_islands(
    corpus: &Corpus,
    texts: &[&str],
    members: Vec<Vec<usize>>,
    cards: &[Vec<usize>],
) -> Vec<Island> {
    let shares: Vec<f32> = cards
        .iter()
        .map(|c| names::need_share(corpus, texts, c))
        .collect();
    let mut order: Vec<usize> = (0..cards.len()).collect();
    order.sort_by(|&a, &b| shares[b].total_cmp(&shares[a]).then(a.cmp(&b)));
    let mut names: Vec<Option<names::Name>> = vec![None; cards.len()];
    let mut taken: Vec<String> = Vec::new();
    for i in order {
        let name = names::island_name_among(corpus, texts, &cards[i], &taken);
        taken.push(name.text.clone());
        names[i] = Some(name);
    }
    members
        .into_iter()
        .zip(names)
        .zip(cards)
        .map(|((members, name), cards)| {
            let name = name.expect("every island named");
            Island {
                name: name.text,
                draft: name.draft,
                cohesion: cohesion(corpus, cards),
                members,
            }
        })
        .collect()
}

/// Groups `texts` into suggested islands.
pub fn suggest(texts: &[&str], opts: &SuggestOptions) -> Suggestion {
    suggest_until(texts, opts, &AtomicBool::new(false)).expect("never cancelled")
}

/// Like [`suggest`], for running on a background thread: returns None soon after `cancel` is
/// set (at the latest when the average-linkage step, which cannot be interrupted, ends).
pub fn suggest_until(
    texts: &[&str],
    opts: &SuggestOptions,
    cancel: &AtomicBool,
) -> Option<Suggestion> {
    let cancelled = || cancel.load(Ordering::Relaxed);
    if texts.is_empty() {
        return (!cancelled()).then(Suggestion::default);
    }
    // The words kept while reading and naming the cards are this suggestion's.
    let _keeping = names::Keeping::start();
    let corpus = Corpus::build_with(texts, text::Terms::Topics);
    if cancelled() {
        return None;
    }
    let tree = cluster::dendrogram_until(&corpus, cancel)?;
    if cancelled() {
        return None;
    }
    let assignment = match opts.cut {
        Cut::Clusters(k) => {
            if opts.refine > 0 {
                let mut a = cluster::cut_clusters_attaching_singles(&corpus, &tree, k);
                cluster::refine(&corpus, &mut a, opts.refine);
                a
            } else {
                cluster::cut_clusters(&tree, k)
            }
        }
        Cut::IslandSize(n) => {
            let max_distance = (1.0 - opts.min_similarity.clamp(0.0, 1.0)) as f32;
            let max = SuggestOptions::max_island_of(n, texts.len());
            let mut a = cluster::cut_islands(&tree, max, max_distance);
            cluster::attach_single_cards(&corpus, &mut a, max, opts.min_similarity as f32);
            a
        }
    };
    drop(tree);
    let count = assignment.iter().max().map_or(0, |m| m + 1);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (i, &c) in assignment.iter().enumerate() {
        members[c].push(i);
    }
    if cancelled() {
        return None;
    }
    let cards: Vec<Vec<usize>> = members.clone();
    let clusters = named_islands(&corpus, texts, members, &cards);
    (!cancelled()).then_some(Suggestion {
        clusters,
        assignment,
    })
}

/// Suggests the next level up (METHOD.md step D): groups of the given islands, each a list of
/// indices into `texts`. Two islands are as close as their cards are on average (the mean cosine
/// over all pairs of their cards), and islands are merged by average linkage and cut as `opts`
/// says (`IslandSize(n)`: groups of at most n + n/2 and at most [`MAX_GROUP`] islands, however
/// weakly alike, never one group over all of them, and from four islands on never a group of
/// one ([`parents`]); `min_similarity` is not used here). In the result, `members` and `assignment`
/// refer to islands; names and cohesion come from all the cards of a group.
pub fn suggest_groups(texts: &[&str], islands: &[Vec<usize>], opts: &SuggestOptions) -> Suggestion {
    let m = islands.len();
    if m == 0 {
        return Suggestion::default();
    }
    let _keeping = names::Keeping::start();
    let corpus = Corpus::build_with(texts, text::Terms::Topics);
    // Each island's vector sum, as sorted sparse vectors (not unit length).
    let sums: Vec<tfidf::SparseVec> = islands
        .iter()
        .map(|cards| {
            let mut acc: std::collections::HashMap<u32, f32> = Default::default();
            for &c in cards {
                let v = &corpus.vectors[c];
                for (&t, &w) in v.terms.iter().zip(&v.weights) {
                    *acc.entry(t).or_insert(0.0) += w;
                }
            }
            let mut pairs: Vec<(u32, f32)> = acc.into_iter().collect();
            pairs.sort_unstable_by_key(|&(t, _)| t);
            tfidf::SparseVec {
                terms: pairs.iter().map(|&(t, _)| t).collect(),
                weights: pairs.iter().map(|&(_, w)| w).collect(),
            }
        })
        .collect();
    let mut matrix = Vec::with_capacity(m * (m - 1) / 2);
    for i in 0..m {
        for j in i + 1..m {
            let pairs = (islands[i].len() * islands[j].len()) as f32;
            let mean = if pairs > 0.0 {
                sums[i].dot(&sums[j]) / pairs
            } else {
                0.0
            };
            matrix.push((1.0 - mean).clamp(0.0, 1.0));
        }
    }
    // The distances stay for placing lone islands after the cut (linkage overwrites its copy).
    let distances = matrix.clone();
    let dist = |i: usize, j: usize| -> f32 {
        let (i, j) = if i < j { (i, j) } else { (j, i) };
        if i == j {
            0.0
        } else {
            distances[i * m - i * (i + 1) / 2 + (j - i - 1)]
        }
    };
    let tree = if m < 2 {
        kodama::Dendrogram::new(m)
    } else {
        kodama::linkage(&mut matrix, m, kodama::Method::Average)
    };
    let assignment = match opts.cut {
        Cut::Clusters(k) => cluster::cut_clusters(&tree, k),
        Cut::IslandSize(n) => {
            // Several groups of 2 to 6 islands, never one group over everything. Islands are
            // already the close cards, so the next level takes weaker likeness too (a team
            // places every island somewhere): the similarity floor applies to cards, not here.
            let max = SuggestOptions::max_island_of(n, m).min(MAX_GROUP);
            let a = cluster::cut_islands(&tree, max, 1.0);
            let groups = a.iter().max().map_or(0, |g| g + 1);
            let mut a = if groups == 1 && m >= 2 {
                cluster::cut_clusters(&tree, 2)
            } else {
                a
            };
            parents::without_lone_islands(&mut a, dist);
            a
        }
    };
    let count = assignment.iter().max().map_or(0, |c| c + 1);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (i, &c) in assignment.iter().enumerate() {
        members[c].push(i);
    }
    let cards: Vec<Vec<usize>> = members
        .iter()
        .map(|members| {
            let mut cards: Vec<usize> = members.iter().flat_map(|&i| islands[i].clone()).collect();
            cards.sort_unstable();
            cards.dedup();
            cards
        })
        .collect();
    let clusters = named_islands(&corpus, texts, members, &cards);
    Suggestion {
        clusters,
        assignment,
    }
}

/// Pairs of near-duplicate texts `(i, j, similarity)`, `i < j`, similarity ≥ `threshold`,
/// most similar first.
pub fn near_duplicates(texts: &[&str], threshold: f64) -> Vec<(usize, usize, f64)> {
    duplicates::near_duplicate_pairs(&Corpus::build(texts), threshold)
}

/// A suggested island of a project's cards.
#[derive(Debug, Clone, PartialEq)]
pub struct CardIsland {
    pub qualities: Vec<QualityId>,
    pub name: String,
    /// The name is a card shortened, for the team to reword (see [`Island::draft`]).
    pub draft: bool,
    pub cohesion: f64,
}

/// Suggestions for the unplaced cards of a project.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CardSuggestion {
    pub islands: Vec<CardIsland>,
    pub duplicates: Vec<(QualityId, QualityId, f64)>,
}

/// Suggests islands and near-duplicate pairs for the qualities not yet placed in the tree.
pub fn suggest_unplaced(
    project: &Project,
    opts: &SuggestOptions,
    duplicate_threshold: f64,
) -> CardSuggestion {
    let ids = Tree::build(project).unplaced;
    let texts: Vec<&str> = ids
        .iter()
        .map(|&q| project.qualities.get(q).map_or("", |q| q.text.as_str()))
        .collect();
    let s = suggest(&texts, opts);
    let islands = s
        .clusters
        .into_iter()
        .map(|i| CardIsland {
            qualities: i.members.iter().map(|&m| ids[m]).collect(),
            name: i.name,
            draft: i.draft,
            cohesion: i.cohesion,
        })
        .collect();
    let duplicates = near_duplicates(&texts, duplicate_threshold)
        .into_iter()
        .map(|(a, b, s)| (ids[a], ids[b], s))
        .collect();
    CardSuggestion {
        islands,
        duplicates,
    }
}

#[cfg(test)]
mod labelled_tests;
#[cfg(test)]
mod tests;
