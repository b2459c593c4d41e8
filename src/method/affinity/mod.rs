//! Affinity suggestions (METHOD.md section 4): which cards could form islands, what each island
//! might be called, and which cards say the same thing twice.
//!
//! Texts become TF-IDF vectors ([`text`], [`tfidf`]): Chinese as characters and character
//! bigrams, English as stemmed words and word bigrams without stop words. Average-linkage
//! clustering on cosine distance ([`cluster`]) builds one tree, cut into a given number of
//! clusters (then refined: outlying cards joined to their closest cluster, cards moved to their
//! closest cluster centroid) or into islands of
//! about N cards; each island gets a suggested name ([`names`]). [`suggest_groups`] does the same
//! one level up, for islands (METHOD.md step D). [`score`] measures a clustering against hand
//! labels (ARI, NMI).
//!
//! Everything here is a proposal: nothing in the project changes.

pub mod cluster;
pub mod duplicates;
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
fn cohesion(corpus: &Corpus, members: &[usize]) -> f64 {
    let m = members.len();
    if m < 2 {
        return 0.0;
    }
    let mut sum: std::collections::HashMap<u32, f64> = Default::default();
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
    let corpus = Corpus::build(texts);
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
            cluster::cut_islands(&tree, max, max_distance)
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
    let clusters = members
        .into_iter()
        .map(|members| {
            let name = names::island_name_full(&corpus, texts, &members);
            Island {
                name: name.text,
                draft: name.draft,
                cohesion: cohesion(&corpus, &members),
                members,
            }
        })
        .collect();
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
    let corpus = Corpus::build(texts);
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
    let clusters = members
        .into_iter()
        .map(|members| {
            let mut cards: Vec<usize> = members.iter().flat_map(|&i| islands[i].clone()).collect();
            cards.sort_unstable();
            cards.dedup();
            let name = names::island_name_full(&corpus, texts, &cards);
            Island {
                name: name.text,
                draft: name.draft,
                cohesion: cohesion(&corpus, &cards),
                members,
            }
        })
        .collect();
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
mod tests {
    use super::*;

    const ENGLISH: [&str; 12] = [
        "The battery runs flat after twenty minutes",
        "Battery life is far too short",
        "I wish the battery lasted longer between charges",
        "Battery drains quickly on the max setting",
        "The motor noise is very loud",
        "It is so loud the dog hides from the noise",
        "Too much noise, my neighbours complain about the loud whine",
        "Loud high-pitched noise when the brush spins",
        "The dust bin is awkward to empty",
        "Emptying the dust bin makes a mess",
        "Dust flies everywhere when I empty the bin",
        "The bin is small and I empty the dust constantly",
    ];

    const CHINESE: [&str; 12] = [
        "电池续航太短，骑二十公里就没电",
        "希望电池续航再长一点",
        "冬天电池续航掉得厉害",
        "电池续航不够上下班用",
        "刹车不灵，下坡很危险",
        "刹车有异响，刹车距离也长",
        "雨天刹车打滑",
        "希望刹车更灵敏一些",
        "座椅太硬，骑久了屁股疼",
        "座椅坐着不舒服",
        "座椅高度不能调节",
        "座椅皮面容易开裂",
    ];

    fn groups(a: &[usize]) -> Vec<Vec<usize>> {
        let mut g: Vec<Vec<usize>> = Vec::new();
        for c in 0..=a.iter().copied().max().unwrap_or(0) {
            g.push((0..a.len()).filter(|&i| a[i] == c).collect());
        }
        g
    }

    fn three_topics() -> Vec<Vec<usize>> {
        vec![vec![0, 1, 2, 3], vec![4, 5, 6, 7], vec![8, 9, 10, 11]]
    }

    #[test]
    fn english_three_topics_come_out_as_three_clusters() {
        let s = suggest(
            &ENGLISH,
            &SuggestOptions {
                cut: Cut::Clusters(3),
                ..Default::default()
            },
        );
        assert_eq!(groups(&s.assignment), three_topics());
        assert_eq!(s.clusters.len(), 3);
        assert!(
            s.clusters[0].name.to_lowercase().contains("battery"),
            "{}",
            s.clusters[0].name
        );
        assert!(
            s.clusters[1].name.to_lowercase().contains("noise")
                || s.clusters[1].name.to_lowercase().contains("loud")
        );
        assert!(
            s.clusters[2].name.to_lowercase().contains("dust")
                || s.clusters[2].name.to_lowercase().contains("bin")
        );
    }

    #[test]
    fn chinese_three_topics_come_out_as_three_clusters() {
        let s = suggest(
            &CHINESE,
            &SuggestOptions {
                cut: Cut::Clusters(3),
                ..Default::default()
            },
        );
        assert_eq!(groups(&s.assignment), three_topics());
        assert!(
            s.clusters[0].name.contains("电池续航"),
            "{}",
            s.clusters[0].name
        );
        assert!(
            s.clusters[1].name.contains("刹车"),
            "{}",
            s.clusters[1].name
        );
        assert!(
            s.clusters[2].name.contains("座椅"),
            "{}",
            s.clusters[2].name
        );
    }

    #[test]
    fn mixed_languages_cluster_by_topic() {
        let mut texts: Vec<&str> = ENGLISH.to_vec();
        texts.extend(CHINESE);
        let s = suggest(
            &texts,
            &SuggestOptions {
                cut: Cut::Clusters(6),
                ..Default::default()
            },
        );
        let mut expected = three_topics();
        expected.extend(
            three_topics()
                .into_iter()
                .map(|g| g.into_iter().map(|i| i + 12).collect()),
        );
        assert_eq!(groups(&s.assignment), expected);
    }

    #[test]
    fn island_size_cut_keeps_islands_small_and_topics_apart() {
        for texts in [&ENGLISH, &CHINESE] {
            for size in [2, 3, 4] {
                let s = suggest(
                    texts,
                    &SuggestOptions {
                        cut: Cut::IslandSize(size),
                        ..Default::default()
                    },
                );
                let max = SuggestOptions::max_island(size);
                for island in &s.clusters {
                    assert!(island.members.len() <= max, "{size}: {island:?}");
                    // No island mixes topics (each topic is four consecutive cards).
                    let topic = island.members[0] / 4;
                    assert!(island.members.iter().all(|&m| m / 4 == topic), "{island:?}");
                }
            }
            // With islands of about five, each topic of four is one island.
            let s = suggest(texts, &SuggestOptions::default());
            assert_eq!(groups(&s.assignment), three_topics());
        }
    }

    #[test]
    fn names_are_statements_and_cohesion_is_a_number() {
        for texts in [
            &ENGLISH[..],
            &CHINESE[..],
            &["噪音大", "噪音大", "声音大"][..],
        ] {
            let s = suggest(texts, &SuggestOptions::default());
            for island in &s.clusters {
                assert!(!island.name.is_empty());
                // A name is one statement, never a list of words.
                assert!(!island.name.contains('、') && !island.name.contains(", "));
                assert!(island.cohesion.is_finite() && (0.0..=1.0).contains(&island.cohesion));
            }
        }
    }

    #[test]
    fn assignment_and_members_agree() {
        let s = suggest(
            &ENGLISH,
            &SuggestOptions {
                cut: Cut::IslandSize(2),
                ..Default::default()
            },
        );
        assert_eq!(s.assignment.len(), ENGLISH.len());
        for (c, island) in s.clusters.iter().enumerate() {
            for &m in &island.members {
                assert_eq!(s.assignment[m], c);
            }
        }
        let total: usize = s.clusters.iter().map(|i| i.members.len()).sum();
        assert_eq!(total, ENGLISH.len());
    }

    #[test]
    fn empty_one_and_identical_inputs() {
        let s = suggest(&[], &SuggestOptions::default());
        assert!(s.clusters.is_empty() && s.assignment.is_empty());

        let s = suggest(&["The lid leaks"], &SuggestOptions::default());
        assert_eq!(s.assignment, [0]);
        assert_eq!(s.clusters[0].members, [0]);
        // One card shares nothing: its own statement is the draft name.
        assert!(s.clusters[0].draft);
        assert_eq!(s.clusters[0].cohesion, 0.0);

        let same = ["水温忽冷忽热"; 4];
        let s = suggest(&same, &SuggestOptions::default());
        assert_eq!(s.assignment, [0, 0, 0, 0]);
        assert!((s.clusters[0].cohesion - 1.0).abs() < 1e-5);
        // Identical cards: the shared statement is the card itself, so the name is a draft.
        assert!(s.clusters[0].draft);
        let s = suggest(
            &same,
            &SuggestOptions {
                cut: Cut::Clusters(2),
                ..Default::default()
            },
        );
        assert_eq!(s.clusters.len(), 2);

        // Texts without any terms: no NaN anywhere, each card alone.
        let blank = ["", "的", "the and of"];
        let s = suggest(&blank, &SuggestOptions::default());
        assert_eq!(s.assignment, [0, 1, 2]);
        assert!(s.clusters.iter().all(|i| i.cohesion == 0.0));
        assert!(near_duplicates(&blank, 0.5).is_empty());
    }

    #[test]
    fn near_duplicates_are_found_and_ordered() {
        let texts = [
            "The battery runs out too fast",
            "the battery runs out too fast!",
            "Battery runs out fast on cold mornings",
            "The lid is hard to open",
            "电池不耐用",
            "电池不耐用。",
        ];
        let d = near_duplicates(&texts, 0.8);
        let pairs: Vec<(usize, usize)> = d.iter().map(|&(a, b, _)| (a, b)).collect();
        assert!(pairs.contains(&(0, 1)) && pairs.contains(&(4, 5)), "{d:?}");
        assert!(!pairs.iter().any(|&(a, b)| a == 3 || b == 3));
        assert!(d.windows(2).all(|w| w[0].2 >= w[1].2));
        assert!(d.iter().all(|&(a, b, s)| a < b && (0.8..=1.0).contains(&s)));
        // A lower threshold finds the paraphrase too; 1.0 only the exact repeats.
        assert!(
            near_duplicates(&texts, 0.5)
                .iter()
                .any(|&(a, b, _)| (a, b) == (0, 2))
        );
        assert_eq!(near_duplicates(&texts, 1.0).len(), 2);
    }

    #[test]
    fn unplaced_cards_of_a_project() {
        use crate::model::{Edit, Entity, Group, GroupId, Meta, Quality};
        let mut p = Project::new(Meta::new("t"));
        p.apply(Edit::Put(Entity::Group(Group {
            id: GroupId(1),
            title: "placed".into(),
            parent: None,
            order: 0,
        })))
        .unwrap();
        for (i, t) in ENGLISH.iter().enumerate() {
            let mut q = Quality::new(QualityId(i as u32 + 1), *t);
            if i == 0 {
                q.group = Some(GroupId(1));
            }
            p.apply(Edit::Put(Entity::Quality(q))).unwrap();
        }
        let s = suggest_unplaced(&p, &SuggestOptions::default(), 0.8);
        let all: Vec<QualityId> = s.islands.iter().flat_map(|i| i.qualities.clone()).collect();
        assert_eq!(all.len(), 11);
        assert!(!all.contains(&QualityId(1)));
        assert!(
            s.islands
                .iter()
                .any(|i| i.qualities == [QualityId(2), QualityId(3), QualityId(4)])
        );
    }

    #[test]
    fn cancelling_gives_nothing_and_not_cancelling_gives_the_suggestion() {
        let opts = SuggestOptions::default();
        let cancel = AtomicBool::new(true);
        assert_eq!(suggest_until(&ENGLISH, &opts, &cancel), None);
        assert_eq!(suggest_until(&[], &opts, &cancel), None);
        let go = AtomicBool::new(false);
        assert_eq!(
            suggest_until(&ENGLISH, &opts, &go),
            Some(suggest(&ENGLISH, &opts))
        );
        // Cancelled from another thread while running: either finished or None, never a panic.
        let texts: Vec<String> = (0..3000)
            .map(|i| format!("word{} word{}", i % 97, i % 89))
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let flag = AtomicBool::new(false);
        std::thread::scope(|s| {
            let h = s.spawn(|| suggest_until(&refs, &opts, &flag));
            flag.store(true, Ordering::Relaxed);
            let r = h.join().unwrap();
            assert!(r.is_none() || r.unwrap().assignment.len() == refs.len());
        });
    }

    #[test]
    fn thirteen_close_cards_give_no_island_of_seven() {
        let texts: Vec<String> = (0..13)
            .map(|i| format!("kettle boils water quickly variant{}", i % 3))
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let s = suggest(&refs, &SuggestOptions::default());
        let sizes: Vec<usize> = s.clusters.iter().map(|c| c.members.len()).collect();
        assert!(sizes.iter().all(|&n| n <= 6), "{sizes:?}");
        assert!(sizes.len() >= 3, "{sizes:?}");
    }

    #[test]
    fn next_level_makes_several_groups_never_one_over_all() {
        let texts = ["kettle boils fast"; 12];
        let islands: Vec<Vec<usize>> = (0..6).map(|i| vec![2 * i, 2 * i + 1]).collect();
        let s = suggest_groups(&texts, &islands, &SuggestOptions::default());
        assert!(s.clusters.len() >= 2, "{:?}", s.assignment);
        for g in &s.clusters {
            assert!(g.members.len() <= MAX_GROUP);
        }
        // Four loosely related islands still split.
        let islands: Vec<Vec<usize>> = (0..4).map(|i| vec![2 * i, 2 * i + 1]).collect();
        let s = suggest_groups(&texts[..8], &islands, &SuggestOptions::default());
        assert!(s.clusters.len() >= 2, "{:?}", s.assignment);
    }

    #[test]
    fn islands_group_into_the_next_level() {
        // Six islands: two about power, two about sound, two about the dust bin.
        let texts = [
            "battery runtime short",
            "battery runtime drains",
            "battery charging slow",
            "battery charging hours",
            "motor noise loud",
            "motor noise whine",
            "fan noise loud",
            "fan noise rattle",
            "dust bin small",
            "dust bin full",
            "dust bin messy emptying",
            "dust bin emptying spills",
        ];
        let islands: Vec<Vec<usize>> = (0..6).map(|i| vec![2 * i, 2 * i + 1]).collect();
        let s = suggest_groups(
            &texts,
            &islands,
            &SuggestOptions {
                cut: Cut::Clusters(3),
                ..Default::default()
            },
        );
        assert_eq!(s.assignment, [0, 0, 1, 1, 2, 2]);
        assert!(
            s.clusters[0].name.to_lowercase().contains("battery"),
            "{}",
            s.clusters[0].name
        );
        assert!(
            s.clusters[1].name.to_lowercase().contains("noise"),
            "{}",
            s.clusters[1].name
        );
        assert!(
            s.clusters[2].name.to_lowercase().contains("dust bin"),
            "{}",
            s.clusters[2].name
        );
        // About two islands per group gives the same three groups.
        let s = suggest_groups(
            &texts,
            &islands,
            &SuggestOptions {
                cut: Cut::IslandSize(2),
                ..Default::default()
            },
        );
        assert_eq!(s.assignment, [0, 0, 1, 1, 2, 2]);
        assert!(
            s.clusters
                .iter()
                .all(|c| c.cohesion > 0.0 && c.cohesion.is_finite())
        );
        // No islands, one island, an empty island.
        assert_eq!(
            suggest_groups(&texts, &[], &SuggestOptions::default()),
            Suggestion::default()
        );
        let s = suggest_groups(&texts, &[vec![0, 1]], &SuggestOptions::default());
        assert_eq!(s.assignment, [0]);
        let s = suggest_groups(
            &texts,
            &[vec![0, 1], vec![], vec![2]],
            &SuggestOptions::default(),
        );
        assert_eq!(s.assignment.len(), 3);
        assert_ne!(s.assignment[1], s.assignment[0]);
    }

    #[test]
    fn largest_island_for_a_size() {
        assert_eq!(SuggestOptions::max_island(5), 7);
        assert_eq!(SuggestOptions::max_island(4), 6);
        assert_eq!(SuggestOptions::max_island(1), 1);
        assert_eq!(SuggestOptions::max_island(0), 1);
    }

    use proptest::prelude::*;

    fn any_texts() -> impl Strategy<Value = Vec<String>> {
        // English words, Chinese characters, stop characters, digits, punctuation and blanks.
        prop::collection::vec("[a-z A-Z0-9,.!'水温热器稳定电池的了是很不]{0,24}", 0..40)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn any_input_gives_a_complete_partition_without_nan(
            texts in any_texts(),
            k in 1usize..8,
            size in 1usize..8,
        ) {
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            for cut in [Cut::Clusters(k), Cut::IslandSize(size)] {
                let s = suggest(&refs, &SuggestOptions { cut, ..Default::default() });
                prop_assert_eq!(s.assignment.len(), refs.len());
                let mut seen = vec![false; refs.len()];
                for (c, island) in s.clusters.iter().enumerate() {
                    prop_assert!(!island.members.is_empty());
                    prop_assert!(!island.name.is_empty());
                    prop_assert!(island.cohesion.is_finite());
                    for &m in &island.members {
                        prop_assert!(!seen[m]);
                        seen[m] = true;
                        prop_assert_eq!(s.assignment[m], c);
                    }
                    if let Cut::IslandSize(n) = cut {
                        let max = SuggestOptions::max_island_of(n, refs.len());
                        prop_assert!(island.members.len() <= max);
                    }
                }
                prop_assert!(seen.iter().all(|&x| x));
                if let Cut::Clusters(k) = cut {
                    prop_assert_eq!(s.clusters.len(), k.min(refs.len()));
                }
            }
            for (a, b, sim) in near_duplicates(&refs, 0.8) {
                prop_assert!(a < b && (0.8 - 1e-6..=1.0).contains(&sim));
            }
        }
    }
}
