//! A suggested name for an island: itself a demanded quality (METHOD.md §4, step C), so a short
//! statement in whole words that passes the wording rules, drawn from what the cards share.
//!
//! 1. Every card is cut into words (English: words, compared by stem; Chinese: the segmenter's
//!    words). A word's support is the number of the island's cards that hold it.
//! 2. Every stretch of two to six consecutive words of a card, inside one clause, starting and
//!    ending on a content word, is a candidate; in English one starting with a noun gets "The"
//!    ("kettle boils quickly" → "The kettle boils quickly"). It scores the support of its shared
//!    content words, less a little for each word no other card holds, so the name says what the
//!    cards have in common and little else.
//! 3. The best candidate that reads as a whole statement (`wording::reads_as_statement`: a
//!    subject, then a verb or an adjective), passes every wording rule (no hint), shares
//!    at least two words with other cards and is not a whole card is the name.
//! 4. Otherwise the most central card (the one closest to the others) is shortened to its first
//!    clause and at most eight words (Chinese: twelve characters) and offered as a draft, ending
//!    in "…": the team words the name.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

use super::text::{is_cjk, is_stop_word, is_stop_word_zh};
use super::tfidf::Corpus;
use crate::method::wording::{self, segment};

/// A suggested name, and whether it is only a draft (a card shortened, not a shared statement).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub text: String,
    pub draft: bool,
}

/// Chinese words that lean on the word before them and cannot open a name.
const BOUND: &[&str] = &[
    "时", "后", "前", "中", "里", "上", "下", "内", "外", "间", "处", "起", "来", "去", "等",
];
const MIN_WORDS: usize = 2;
const MAX_WORDS: usize = 6;
/// The draft's length: a name is read from across the room.
const DRAFT_WORDS: usize = 8;
const DRAFT_CHARS: usize = 12;

/// A word of a card: where it is, the key it is compared by, and whether it carries content.
#[derive(Debug, Clone)]
struct CardWord {
    start: usize,
    end: usize,
    key: String,
    content: bool,
    /// A clause break (punctuation) follows this word.
    breaks: bool,
    /// Whether a name may end on this word: not on an adverb, conjunction or particle ("…照常").
    can_end: bool,
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(is_cjk)
}

/// Text reduced for comparison: lower case, letters and digits only.
fn normalised(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn card_words(text: &str, stemmer: &Stemmer) -> Vec<CardWord> {
    let mut out: Vec<CardWord> = Vec::new();
    if has_cjk(text) {
        for w in segment::words(text) {
            if w.is_punct() || w.text.trim().is_empty() {
                let punct = w.text.chars().any(|c| !c.is_whitespace());
                if let (Some(last), true) = (out.last_mut(), punct) {
                    last.breaks = true;
                }
                continue;
            }
            out.push(CardWord {
                start: w.start,
                end: w.end(),
                key: w.text.to_string(),
                content: !is_stop_word_zh(&w),
                breaks: false,
                can_end: !matches!(w.tag, "d" | "c" | "p") && !w.tag.starts_with('u'),
            });
        }
        return out;
    }
    let mut start: Option<usize> = None;
    let push = |s: usize, e: usize, out: &mut Vec<CardWord>| {
        let w = text[s..e].to_lowercase().replace('’', "'");
        let base = w.strip_suffix("'s").unwrap_or(&w);
        out.push(CardWord {
            start: s,
            end: e,
            key: stemmer.stem(base).into_owned(),
            content: !is_stop_word(base) && !base.chars().all(|c| c.is_ascii_digit()),
            breaks: false,
            can_end: true,
        });
    };
    for (i, c) in text.char_indices() {
        let inner = c.is_alphanumeric() || (matches!(c, '\'' | '’' | '-') && start.is_some());
        match (inner, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push(s, i, &mut out);
                start = None;
            }
            _ => {}
        }
        if !inner && !c.is_whitespace() {
            if let Some(last) = out.last_mut() {
                last.breaks = true;
            }
        }
    }
    if let Some(s) = start {
        push(s, text.len(), &mut out);
    }
    out
}

/// An English stretch as a statement: a leading noun gets "The", the first letter a capital.
fn as_statement(text: &str, first_is_article: bool) -> String {
    if has_cjk(text) {
        return text.to_string();
    }
    // "Cleaning the house…" after "the" loses its capital; "LED" keeps its.
    let body = if first_is_article {
        text.to_string()
    } else {
        let mut cs = text.chars();
        let first: String = cs.next().into_iter().collect();
        let rest = cs.as_str();
        let acronym = rest.chars().next().is_some_and(char::is_uppercase);
        let first = if acronym { first } else { first.to_lowercase() };
        format!("the {first}{rest}")
    };
    let mut cs = body.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

/// The name of an island, as text (see [`island_name_full`]).
pub fn island_name(corpus: &Corpus, texts: &[&str], members: &[usize]) -> String {
    island_name_full(corpus, texts, members).text
}

pub fn island_name_full(corpus: &Corpus, texts: &[&str], members: &[usize]) -> Name {
    let stemmer = Stemmer::create(Algorithm::English);
    let words: Vec<Vec<CardWord>> = members
        .iter()
        .map(|&m| card_words(texts[m], &stemmer))
        .collect();
    let mut support: HashMap<&str, usize> = HashMap::new();
    for ws in &words {
        let mut keys: Vec<&str> = ws
            .iter()
            .filter(|w| w.content)
            .map(|w| w.key.as_str())
            .collect();
        keys.sort_unstable();
        keys.dedup();
        for k in keys {
            *support.entry(k).or_insert(0) += 1;
        }
    }
    let forbidden: Vec<String> = members.iter().map(|&m| normalised(texts[m])).collect();
    let mut best: Option<(f32, usize, String)> = None;
    if members.len() >= 2 {
        for (ci, ws) in words.iter().enumerate() {
            let text = texts[members[ci]];
            for a in 0..ws.len() {
                if !ws[a].content {
                    continue;
                }
                // "时热水器照常": a locative or time suffix belongs to the word before it.
                if BOUND.contains(&&text[ws[a].start..ws[a].end]) {
                    continue;
                }
                for b in a + MIN_WORDS - 1..(a + MAX_WORDS).min(ws.len()) {
                    if ws[b - 1].breaks && b > a {
                        break; // the stretch would cross a clause
                    }
                    if !ws[b].content || !ws[b].can_end {
                        continue;
                    }
                    let span = &ws[a..=b];
                    let shared = span
                        .iter()
                        .filter(|w| w.content && support.get(w.key.as_str()) >= Some(&2))
                        .count();
                    if shared < 2 {
                        continue;
                    }
                    let lone = span
                        .iter()
                        .filter(|w| w.content && support.get(w.key.as_str()) < Some(&2))
                        .count();
                    let score: f32 = span
                        .iter()
                        .filter(|w| w.content)
                        .map(|w| support.get(w.key.as_str()).copied().unwrap_or(0) as f32)
                        .filter(|&s| s >= 2.0)
                        .sum::<f32>()
                        - 0.5 * lone as f32;
                    let better = best
                        .as_ref()
                        .is_none_or(|(s, len, _)| score > *s || (score == *s && span.len() < *len));
                    if !better {
                        continue;
                    }
                    let raw = &text[span[0].start..span[span.len() - 1].end];
                    let article = matches!(
                        raw.split_whitespace()
                            .next()
                            .map(str::to_lowercase)
                            .as_deref(),
                        Some("the" | "a" | "an" | "my" | "its" | "this")
                    );
                    let name = as_statement(raw, article);
                    if forbidden.contains(&normalised(&name))
                        || !wording::reads_as_statement(&name)
                        || !wording::check(&name).is_empty()
                    {
                        continue;
                    }
                    best = Some((score, span.len(), name));
                }
            }
        }
    }
    if let Some((_, _, text)) = best {
        return Name { text, draft: false };
    }
    // The trailing "…" marks the draft wherever the name is shown, and keeps it from repeating
    // its card.
    let mut text = draft(corpus, texts, members);
    if !text.is_empty() {
        text.push('…');
    }
    if text.is_empty() {
        // Nothing to shorten (cards of punctuation only): a placeholder the team replaces.
        let cjk = members.iter().any(|&m| has_cjk(texts[m]));
        text = if cjk { "其他" } else { "Other" }.to_string();
    }
    Name { text, draft: true }
}

/// The most central card's statement, cut to its first clause and a readable length.
fn draft(corpus: &Corpus, texts: &[&str], members: &[usize]) -> String {
    let central = members
        .iter()
        .copied()
        .max_by(|&a, &b| {
            let close = |i: usize| -> f32 {
                members
                    .iter()
                    .filter(|&&j| j != i)
                    .map(|&j| corpus.vectors[i].dot(&corpus.vectors[j]))
                    .sum()
            };
            close(a).total_cmp(&close(b)).then(b.cmp(&a))
        })
        .unwrap_or(0);
    let Some(text) = texts.get(central) else {
        return String::new();
    };
    let text = text.trim();
    let clause_end = text
        .char_indices()
        .find(|&(i, c)| {
            i > 0
                && matches!(
                    c,
                    '，' | '。' | '；' | ',' | ';' | '.' | '!' | '?' | '！' | '？'
                )
        })
        .map_or(text.len(), |(i, _)| i);
    let clause = &text[..clause_end];
    if has_cjk(clause) {
        // Whole words up to the length limit.
        let mut out = String::new();
        for w in segment::words(clause) {
            if out.chars().count() + w.text.chars().count() > DRAFT_CHARS && !out.is_empty() {
                break;
            }
            out.push_str(w.text);
        }
        out
    } else {
        clause
            .split_whitespace()
            .take(DRAFT_WORDS)
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(texts: &[&str], members: &[usize]) -> Name {
        island_name_full(&Corpus::build(texts), texts, members)
    }

    #[test]
    fn english_name_is_a_statement_of_shared_words() {
        let texts = [
            "The kettle boils quickly in the morning",
            "I like that the kettle boils quickly",
            "Even a full kettle boils quickly",
        ];
        let n = name(&texts, &[0, 1, 2]);
        assert_eq!(n.text, "The kettle boils quickly");
        assert!(!n.draft);
        assert!(wording::check(&n.text).is_empty());
    }

    #[test]
    fn chinese_name_is_whole_words_not_fragments() {
        let texts = [
            "打开龙头后热水很快流出来",
            "冬天热水很快流出",
            "早上热水很快流出就好了",
        ];
        let n = name(&texts, &[0, 1, 2]);
        assert!(!n.draft, "{n:?}");
        assert!(n.text.contains("热水很快流出"), "{n:?}");
        assert!(!n.text.contains('、'));
        assert!(
            wording::check(&n.text).is_empty(),
            "{:?}",
            wording::check(&n.text)
        );
    }

    /// Cards that share words but no statement: the central card, shortened, as a draft, never
    /// a fragment list like "水壶烧、烧水时声、声音" or "Kettle, boils, quiet".
    #[test]
    fn without_a_good_phrase_the_central_card_is_a_draft() {
        let texts = ["水壶太吵了，吵醒孩子", "水壶的盖子松", "水壶把手烫"];
        let n = name(&texts, &[0, 1, 2]);
        assert!(n.draft, "{n:?}");
        assert!(!n.text.contains('、') && !n.text.contains('，'), "{n:?}");
        assert!(n.text.chars().count() <= DRAFT_CHARS, "{n:?}");
        let texts = ["Kettle too loud", "Quiet please", "Boils"];
        let n = name(&texts, &[0, 1, 2]);
        assert!(n.draft);
        assert!(!n.text.contains(','));
    }

    #[test]
    fn a_name_never_repeats_a_card() {
        let texts = [
            "The kettle boils quickly",
            "The kettle boils quickly",
            "Kettle boils",
        ];
        let n = name(&texts, &[0, 1, 2]);
        assert_ne!(normalised(&n.text), normalised(texts[0]), "{n:?}");
    }

    #[test]
    fn cards_without_words_still_get_a_name() {
        let texts = ["!!!", "？？"];
        let n = name(&texts, &[0, 1]);
        assert!(n.draft);
    }
}
