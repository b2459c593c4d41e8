//! A suggested name for an island, made from the terms its cards share.
//!
//! The heuristic:
//! 1. Add up the members' TF-IDF vectors (the island's centroid, unscaled). Each term scores its
//!    summed weight; terms found in at least two cards (or in every card of a one-card island)
//!    are preferred over terms found in one.
//!    Single Chinese characters, and generic English words (always, two, wish, …), come after
//!    all other terms and are used only when nothing else is shared.
//! 2. Walk the terms from the highest score and keep up to three phrases, in their most frequent
//!    surface form ("battery life", not the stem "batteri life"). A term already contained in a
//!    kept phrase is skipped; a phrase that contains a kept one replaces it. In Chinese, a bigram
//!    that overlaps the end or start of a kept phrase by one character extends it when the longer
//!    string occurs in one of the cards and has at most four characters (电池 + 池续 + 续航 →
//!    电池续航). Terms found in one card only are used only when no term is shared.
//! 3. Join the phrases with "、" for Chinese and ", " otherwise.
//! 4. A name must not repeat one of its cards (METHOD.md, step C): if it equals a card, ignoring
//!    case, spaces and punctuation, another phrase is added; if none is left, "等" / "etc." is.

use super::text::is_cjk;
use super::tfidf::Corpus;

const MAX_PHRASES: usize = 3;
/// The longest Chinese phrase made by chaining bigrams (longer chains start to copy a card).
const MAX_CHAINED: usize = 4;

/// Words that are fine for similarity but say nothing as a name (an island called "Always, two"
/// helps nobody); they are left out of names unless nothing else is left.
const GENERIC: &[&str] = &[
    "almost",
    "already",
    "always",
    "another",
    "anything",
    "anyway",
    "around",
    "away",
    "come",
    "comes",
    "else",
    "everything",
    "everywhere",
    "five",
    "four",
    "go",
    "goes",
    "going",
    "keep",
    "keeps",
    "lots",
    "many",
    "maybe",
    "never",
    "nothing",
    "please",
    "put",
    "seems",
    "something",
    "thing",
    "things",
    "though",
    "three",
    "twice",
    "two",
    "want",
    "wants",
    "wish",
    "yet",
];

/// Text reduced for comparison: lower case, letters and digits only.
fn normalised(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(is_cjk)
}

/// Tries to join `a` and `b` where the end of one overlaps the start of the other by one
/// character, if the result occurs in one of the texts.
fn chain(a: &str, b: &str, texts: &[&str]) -> Option<String> {
    let join = |x: &str, y: &str| -> Option<String> {
        let last = x.chars().last()?;
        let mut rest = y.chars();
        if rest.next()? != last {
            return None;
        }
        let joined = format!("{x}{}", rest.as_str());
        if joined.chars().count() > MAX_CHAINED {
            return None;
        }
        texts.iter().any(|t| t.contains(&joined)).then_some(joined)
    };
    if !has_cjk(a) || !has_cjk(b) {
        return None;
    }
    join(a, b).or_else(|| join(b, a))
}

/// Joins kept phrases that overlap by one character (二十公 + 公里 → 二十公里) and drops
/// phrases contained in another, until nothing changes.
fn merge_overlaps(phrases: &mut Vec<String>, texts: &[&str]) {
    'again: loop {
        for i in 0..phrases.len() {
            for j in 0..phrases.len() {
                if i == j {
                    continue;
                }
                if phrases[i].contains(phrases[j].as_str()) {
                    phrases.remove(j);
                    continue 'again;
                }
                if let Some(joined) = chain(&phrases[i], &phrases[j], texts) {
                    phrases[i.min(j)] = joined;
                    phrases.remove(i.max(j));
                    continue 'again;
                }
            }
        }
        break;
    }
}

/// The suggested name for the island made of `members` (indices into `texts` and the corpus).
pub fn island_name(corpus: &Corpus, texts: &[&str], members: &[usize]) -> String {
    let mut score: std::collections::HashMap<u32, (u32, f32)> = Default::default();
    for &m in members {
        let v = &corpus.vectors[m];
        for (&t, &w) in v.terms.iter().zip(&v.weights) {
            let e = score.entry(t).or_insert((0, 0.0));
            e.0 += 1;
            e.1 += w;
        }
    }
    let shared_min = if members.len() >= 2 { 2 } else { 1 };
    // Shared terms first, single Chinese characters and generic words after the others (a lone
    // character rarely reads as a name), then by weight; ties by term id for a stable result.
    // The flags are worked out once per term, not in the comparisons.
    struct Ranked<'a> {
        surface: &'a str,
        shared: bool,
        single_char: bool,
        generic: bool,
        weight: f32,
        term: u32,
    }
    let mut ranked: Vec<Ranked> = score
        .into_iter()
        .map(|(t, (support, weight))| {
            let surface = corpus.surfaces[t as usize].as_str();
            Ranked {
                surface,
                shared: support >= shared_min,
                single_char: surface.chars().nth(1).is_none() && has_cjk(surface),
                generic: GENERIC.contains(&surface),
                weight,
                term: t,
            }
        })
        .collect();
    ranked.sort_by(|a, b| {
        b.shared
            .cmp(&a.shared)
            .then(a.single_char.cmp(&b.single_char))
            .then(a.generic.cmp(&b.generic))
            .then(b.weight.total_cmp(&a.weight))
            .then(a.term.cmp(&b.term))
    });
    let member_texts: Vec<&str> = members.iter().map(|&m| texts[m]).collect();
    let forbidden: Vec<String> = member_texts.iter().map(|t| normalised(t)).collect();

    let mut phrases: Vec<String> = Vec::new();
    // Lone Chinese characters and generic words only ever name an island on their own.
    let mut candidates = ranked
        .iter()
        .map(|r| (r.surface, r.shared, r.generic || r.single_char));
    let add = |phrases: &mut Vec<String>, surface: &str| {
        if phrases.iter().any(|p| p.contains(surface)) {
            return false;
        }
        if let Some(k) = phrases.iter().position(|p| surface.contains(p.as_str())) {
            // The longer phrase takes the place of the first it contains; the others go.
            phrases[k] = surface.to_string();
            let mut i = 0;
            phrases.retain(|p| {
                i += 1;
                i - 1 == k || !surface.contains(p.as_str())
            });
            return true;
        }
        for p in phrases.iter_mut() {
            if let Some(joined) = chain(p, surface, &member_texts) {
                *p = joined;
                return true;
            }
        }
        phrases.push(surface.to_string());
        true
    };
    let render = |phrases: &[String]| {
        let sep = if phrases.iter().any(|p| has_cjk(p)) {
            "、"
        } else {
            ", "
        };
        let mut name = phrases.join(sep);
        if let Some(first) = name.chars().next().filter(char::is_ascii_lowercase) {
            name.replace_range(..first.len_utf8(), &first.to_ascii_uppercase().to_string());
        }
        name
    };
    for (surface, shared, minor) in candidates.by_ref() {
        // A term from one card only names the island when nothing is shared.
        if !shared && !phrases.is_empty() {
            break;
        }
        if minor && !phrases.is_empty() {
            continue;
        }
        add(&mut phrases, surface);
        if phrases.len() >= MAX_PHRASES {
            break;
        }
    }
    merge_overlaps(&mut phrases, &member_texts);
    let mut name = render(&phrases);
    while forbidden.contains(&normalised(&name)) || name.is_empty() {
        match candidates.next() {
            Some((surface, _, _)) => {
                if add(&mut phrases, surface) {
                    name = render(&phrases);
                }
            }
            None => {
                name = if name.is_empty() {
                    if member_texts.iter().any(|t| has_cjk(t)) {
                        "其他".to_string()
                    } else {
                        "Other".to_string()
                    }
                } else if has_cjk(&name) {
                    format!("{name}等")
                } else {
                    format!("{name} etc.")
                };
                if forbidden.contains(&normalised(&name)) {
                    name.push_str(if has_cjk(&name) {
                        "（建议）"
                    } else {
                        " (suggested)"
                    });
                }
                break;
            }
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(texts: &[&str], members: &[usize]) -> String {
        island_name(&Corpus::build(texts), texts, members)
    }

    #[test]
    fn english_name_uses_shared_terms_in_surface_form() {
        let texts = [
            "The battery life is too short",
            "Battery life drops after a month",
            "Short battery life on cold days",
            "The handle is slippery",
        ];
        let n = name(&texts, &[0, 1, 2]);
        assert!(n.starts_with("Battery life"), "{n}");
        assert!(!texts.iter().any(|t| normalised(t) == normalised(&n)));
    }

    #[test]
    fn chinese_name_chains_overlapping_bigrams() {
        let texts = [
            "电池续航太短",
            "希望电池续航更长",
            "电池续航一般",
            "外观好看",
        ];
        let n = name(&texts, &[0, 1, 2]);
        assert!(n.starts_with("电池续航"), "{n}");
    }

    #[test]
    fn overlapping_phrases_are_merged() {
        let texts = ["骑了二十公里就没电", "二十公里都骑不到"];
        let mut phrases = vec!["公里".to_string(), "二十公".to_string(), "电".to_string()];
        merge_overlaps(&mut phrases, &texts);
        assert_eq!(phrases, ["二十公里", "电"]);
        let mut phrases = vec!["battery".to_string(), "battery life".to_string()];
        merge_overlaps(&mut phrases, &texts);
        assert_eq!(phrases, ["battery life"]);
    }

    #[test]
    fn name_never_repeats_a_card() {
        // Identical short cards: every term is the whole card.
        let texts = ["噪音大", "噪音大", "噪音大"];
        let n = name(&texts, &[0, 1, 2]);
        assert_ne!(normalised(&n), normalised("噪音大"));
        assert!(n.contains("噪音"), "{n}");
        let texts = ["Noise", "noise!"];
        let n = name(&texts, &[0, 1]);
        assert_ne!(normalised(&n), "noise");
        assert!(n.starts_with("Noise"), "{n}");
    }

    #[test]
    fn cards_without_terms_still_get_a_name() {
        assert_eq!(name(&["", "the"], &[0, 1]), "Other");
        assert_eq!(name(&["的", "了"], &[0, 1]), "其他");
    }
}
