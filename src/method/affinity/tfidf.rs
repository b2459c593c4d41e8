//! Sparse TF-IDF vectors and cosine similarity.
//!
//! Term frequency is the raw count in the text; inverse document frequency is smoothed,
//! `idf(t) = ln((1 + n) / (1 + df(t))) + 1`, so a term in every text still counts a little and no
//! division by zero can happen; each vector is scaled to unit length (L2), so the cosine of two
//! texts is the dot product of their vectors. A text without terms has the empty vector and a
//! similarity of 0 with everything.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::text::{Terms, Tokenizer};

/// A unit-length sparse vector: term ids in increasing order and their weights.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SparseVec {
    pub terms: Vec<u32>,
    pub weights: Vec<f32>,
}

impl SparseVec {
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The dot product (the cosine, both being unit vectors), by merging the sorted term lists.
    pub fn dot(&self, other: &SparseVec) -> f32 {
        let (mut i, mut j, mut sum) = (0, 0, 0.0f32);
        while i < self.terms.len() && j < other.terms.len() {
            match self.terms[i].cmp(&other.terms[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += self.weights[i] * other.weights[j];
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }
}

/// The vectors of a set of texts and what is known about their terms.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// One vector per text, in input order.
    pub vectors: Vec<SparseVec>,
    /// Term text by id (stems for English words).
    pub terms: Vec<String>,
    /// The most frequent surface form of each term, for names.
    pub surfaces: Vec<String>,
    /// The number of texts each term occurs in.
    pub df: Vec<u32>,
    /// Term ids by text, built on first use by [`Corpus::df_of`].
    index: OnceLock<HashMap<String, u32>>,
}

impl Corpus {
    /// The vectors of the texts' words (see [`Terms::Words`]).
    pub fn build(texts: &[&str]) -> Corpus {
        Self::build_with(texts, Terms::Words)
    }

    /// The vectors of the texts' terms of the given kind; a term's count is the sum of its
    /// tokens' weights.
    pub fn build_with(texts: &[&str], kind: Terms) -> Corpus {
        let tokenizer = Tokenizer::with(kind);
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut terms: Vec<String> = Vec::new();
        // Surface forms seen for each term, with counts (usually one or two per term).
        let mut surface_counts: Vec<Vec<(String, u32)>> = Vec::new();
        let mut df: Vec<u32> = Vec::new();
        let mut counts: Vec<Vec<(u32, f32)>> = Vec::with_capacity(texts.len());
        let mut local: HashMap<u32, f32> = HashMap::new();
        for text in texts {
            local.clear();
            for tok in tokenizer.tokens(text) {
                let id = match ids.get(&tok.term) {
                    Some(&id) => id,
                    None => {
                        let id = terms.len() as u32;
                        ids.insert(tok.term.clone(), id);
                        terms.push(tok.term);
                        surface_counts.push(Vec::new());
                        df.push(0);
                        id
                    }
                };
                let seen = &mut surface_counts[id as usize];
                match seen.iter_mut().find(|(s, _)| *s == tok.surface) {
                    Some((_, c)) => *c += 1,
                    None => seen.push((tok.surface, 1)),
                }
                *local.entry(id).or_insert(0.0) += tok.weight;
            }
            let mut row: Vec<(u32, f32)> = local.iter().map(|(&t, &c)| (t, c)).collect();
            row.sort_unstable_by_key(|&(t, _)| t);
            for &(t, _) in &row {
                df[t as usize] += 1;
            }
            counts.push(row);
        }
        let n = texts.len() as f64;
        let idf: Vec<f64> = df
            .iter()
            .map(|&d| ((1.0 + n) / (1.0 + f64::from(d))).ln() + 1.0)
            .collect();
        let vectors = counts
            .into_iter()
            .map(|row| {
                let raw: Vec<f64> = row
                    .iter()
                    .map(|&(t, c)| f64::from(c) * idf[t as usize])
                    .collect();
                let norm = raw.iter().map(|w| w * w).sum::<f64>().sqrt();
                if norm == 0.0 {
                    return SparseVec::default();
                }
                SparseVec {
                    terms: row.iter().map(|&(t, _)| t).collect(),
                    weights: raw.iter().map(|w| (w / norm) as f32).collect(),
                }
            })
            .collect();
        let surfaces = surface_counts
            .into_iter()
            .map(|mut seen| {
                // Most frequent first; ties go to the shorter, then alphabetical, for stability.
                seen.sort_by(|a, b| {
                    b.1.cmp(&a.1)
                        .then(a.0.len().cmp(&b.0.len()))
                        .then(a.0.cmp(&b.0))
                });
                seen.into_iter().next().map(|(s, _)| s).unwrap_or_default()
            })
            .collect();
        Corpus {
            vectors,
            terms,
            surfaces,
            df,
            index: OnceLock::new(),
        }
    }

    /// The number of texts a term occurs in, if any text holds it.
    pub fn df_of(&self, term: &str) -> Option<u32> {
        let index = self.index.get_or_init(|| {
            self.terms
                .iter()
                .enumerate()
                .map(|(i, t)| (t.clone(), i as u32))
                .collect()
        });
        index.get(term).map(|&i| self.df[i as usize])
    }

    pub fn len(&self) -> usize {
        self.vectors.len()
    }

    pub fn is_empty(&self) -> bool {
        self.vectors.is_empty()
    }

    /// For each term, the texts containing it and the term's weight there, in text order.
    pub fn postings(&self) -> Vec<Vec<(u32, f32)>> {
        let mut postings: Vec<Vec<(u32, f32)>> = self
            .df
            .iter()
            .map(|&d| Vec::with_capacity(d as usize))
            .collect();
        for (doc, v) in self.vectors.iter().enumerate() {
            for (&t, &w) in v.terms.iter().zip(&v.weights) {
                postings[t as usize].push((doc as u32, w));
            }
        }
        postings
    }

    /// Cosine similarities of text `i` with every later text `j > i`, added into `row[j - i - 1]`
    /// (which must start at zero). Walks only the texts sharing a term with `i`.
    pub fn similarities_after(&self, i: usize, postings: &[Vec<(u32, f32)>], row: &mut [f32]) {
        let v = &self.vectors[i];
        for (&t, &w) in v.terms.iter().zip(&v.weights) {
            let list = &postings[t as usize];
            let start = list.partition_point(|&(d, _)| d as usize <= i);
            for &(j, wj) in &list[start..] {
                row[j as usize - i - 1] += w * wj;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vectors_are_unit_length_and_cosine_is_symmetric() {
        let c = Corpus::build(&[
            "battery life is short",
            "the battery dies fast",
            "水温不稳定",
        ]);
        for v in &c.vectors {
            let norm: f32 = v.weights.iter().map(|w| w * w).sum();
            assert!((norm - 1.0).abs() < 1e-5);
        }
        let ab = c.vectors[0].dot(&c.vectors[1]);
        assert!(ab > 0.0 && ab < 1.0);
        assert_eq!(ab, c.vectors[1].dot(&c.vectors[0]));
        assert_eq!(c.vectors[0].dot(&c.vectors[2]), 0.0);
        assert!((c.vectors[2].dot(&c.vectors[2]) - 1.0).abs() < 1e-5);
    }

    #[test]
    fn smooth_idf_weights_rare_terms_higher() {
        // "batteri" is in two texts, "short" in one: within text 0, "short" weighs more.
        let c = Corpus::build(&["battery short", "battery dies"]);
        let v = &c.vectors[0];
        let w = |term: &str| {
            let id = c.terms.iter().position(|t| t == term).unwrap() as u32;
            v.weights[v.terms.iter().position(|&t| t == id).unwrap()]
        };
        assert!(w("short") > w("batteri"));
        // idf: ln(3/3)+1 = 1 and ln(3/2)+1; tf is 1 for each of the three terms.
        let (a, b) = (1.0f64, (1.5f64).ln() + 1.0);
        let norm = (a * a + b * b + b * b).sqrt();
        assert!((f64::from(w("batteri")) - a / norm).abs() < 1e-6);
    }

    #[test]
    fn empty_text_has_empty_vector_and_no_nan() {
        let c = Corpus::build(&["", "the of and", "noise"]);
        assert!(c.vectors[0].is_empty() && c.vectors[1].is_empty());
        assert_eq!(c.vectors[0].dot(&c.vectors[2]), 0.0);
        assert!(
            c.vectors
                .iter()
                .flat_map(|v| &v.weights)
                .all(|w| w.is_finite())
        );
    }

    #[test]
    fn postings_similarities_match_dot_products() {
        let texts = [
            "loud motor noise",
            "the motor is loud",
            "quiet motor",
            "电池不耐用",
            "电池续航短",
        ];
        let c = Corpus::build(&texts);
        let postings = c.postings();
        for i in 0..texts.len() {
            let mut row = vec![0.0f32; texts.len() - i - 1];
            c.similarities_after(i, &postings, &mut row);
            for j in i + 1..texts.len() {
                let d = c.vectors[i].dot(&c.vectors[j]);
                assert!((row[j - i - 1] - d).abs() < 1e-6, "{i} {j}");
            }
        }
    }

    #[test]
    fn surfaces_are_the_most_frequent_form() {
        let c = Corpus::build(&["batteries die", "battery dies", "battery weak"]);
        let id = c.terms.iter().position(|t| t == "batteri").unwrap();
        assert_eq!(c.surfaces[id], "battery");
    }

    /// Topic terms: remarks on one facet meet though they share no word, and a shared scene
    /// ("every morning") brings two remarks on different needs less close than their words do.
    #[test]
    fn topic_terms_bring_facets_together_and_scenes_apart() {
        let texts = [
            "so loud I cannot hear the television",
            "the whine drives me mad",
            "the battery dies every morning",
            "the floor is wet every morning",
        ];
        let words = Corpus::build(&texts);
        let topics = Corpus::build_with(&texts, Terms::Topics);
        assert_eq!(words.vectors[0].dot(&words.vectors[1]), 0.0);
        let facet = topics.vectors[0].dot(&topics.vectors[1]);
        assert!(facet > 0.15, "{facet}");
        let (w, t) = (
            words.vectors[2].dot(&words.vectors[3]),
            topics.vectors[2].dot(&topics.vectors[3]),
        );
        assert!(t < w / 2.0, "{t} against {w}");
    }
}
