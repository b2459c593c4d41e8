//! Tokenisation of a card's text into the terms that make up its TF-IDF vector.
//!
//! - Chinese (and any Han, kana or hangul run): words, as the jieba segmenter cuts them (see
//!   `wording::segment`), and bigrams of neighbouring words, after dropping punctuation,
//!   function words (的 了 是 在 很 …, 希望 觉得 比较 已经 …, pronouns, particles, numbers),
//!   which also break the run so no bigram spans them.
//! - Other scripts (English in practice): lower-cased words, a stop-word list, Snowball English
//!   stemming, word unigrams and bigrams of neighbouring content words within a clause.
//!
//! Mixed text is split into runs and each run is treated by its own rule. Every term keeps the
//! surface form it was made from, so suggested names read as words, not stems.

use rust_stemmers::{Algorithm, Stemmer};

use super::facets;
use crate::method::wording::segment;

/// A term and the text it was made from ("batteri" from "battery"; "水温" from "水温"), with
/// the weight it adds to the term's count (1 for a word; less for a scene word or a facet).
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub term: String,
    pub surface: String,
    pub weight: f32,
}

/// Which terms a text gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Terms {
    /// Its words only, each counting 1: for telling whether two texts say the same thing.
    #[default]
    Words,
    /// Its words, scene words counting less, and the facets its words name ([`facets`]): for
    /// telling whether two texts are about the same need.
    Topics,
}

/// Characters that carry grammar rather than topic in Chinese remarks.
const STOP_CHARS: &[char] = &[
    '的', '了', '是', '在', '很', '也', '都', '就', '和', '与', '及', '吗', '呢', '吧', '啊', '呀',
    '嘛', '哦', '着', '过', '把', '被', '让', '给', '又', '还', '太', '挺', '真', '我', '你', '他',
    '她', '它', '们', '这', '那', '个', '些', '么', '啦', '而', '且', '但', '却', '才', '不', '没',
];

/// Chinese words that carry a wish, degree, time or logic rather than a topic; like the stop
/// characters, they end a run.
const STOP_PHRASES: &[&str] = &[
    "希望",
    "根本",
    "觉得",
    "感觉",
    "一点",
    "一下",
    "有点",
    "比较",
    "非常",
    "特别",
    "已经",
    "总是",
    "经常",
    "时候",
    "一直",
    "还是",
    "可以",
    "能够",
    "需要",
    "应该",
    "如果",
    "因为",
    "所以",
    "但是",
    "而且",
    "就是",
    "什么",
    "怎么",
    "一个",
    "好像",
    "实在",
    "一会儿",
    "之后",
    "以后",
    "的话",
];

/// English words that carry grammar rather than topic.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "aren't",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "both",
    "but",
    "by",
    "can",
    "can't",
    "cannot",
    "could",
    "couldn't",
    "did",
    "didn't",
    "do",
    "does",
    "doesn't",
    "doing",
    "don't",
    "each",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "get",
    "gets",
    "getting",
    "got",
    "had",
    "hadn't",
    "has",
    "hasn't",
    "have",
    "haven't",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "i",
    "i'd",
    "i'm",
    "i've",
    "if",
    "in",
    "into",
    "is",
    "isn't",
    "it",
    "it's",
    "its",
    "itself",
    "just",
    "let",
    "like",
    "lot",
    "me",
    "more",
    "most",
    "much",
    "my",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "own",
    "quite",
    "rather",
    "really",
    "same",
    "she",
    "should",
    "shouldn't",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "that's",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "us",
    "very",
    "was",
    "wasn't",
    "we",
    "were",
    "weren't",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "won't",
    "would",
    "wouldn't",
    "you",
    "your",
    "yours",
];

/// Is this a character of a script written without spaces (Han, kana, hangul)?
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}'   // hiragana, katakana
        | '\u{3400}'..='\u{4dbf}' // CJK extension A
        | '\u{4e00}'..='\u{9fff}' // CJK unified ideographs
        | '\u{f900}'..='\u{faff}' // compatibility ideographs
        | '\u{ac00}'..='\u{d7af}' // hangul syllables
        | '\u{20000}'..='\u{2ffff}')
}

pub(crate) fn is_stop_word(w: &str) -> bool {
    STOP_WORDS.binary_search(&w).is_ok()
}

/// Splits texts into terms; holds the stemmer so it is built once.
pub struct Tokenizer {
    stemmer: Stemmer,
    terms: Terms,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Tokenizer {
    pub fn new() -> Self {
        Self::with(Terms::Words)
    }

    pub fn with(terms: Terms) -> Self {
        Tokenizer {
            stemmer: Stemmer::create(Algorithm::English),
            terms,
        }
    }

    /// The terms of one text, in order of appearance (repeats kept: they are the term counts).
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        // Where a remark came from is how it was said (5W1H), not what it is about: a support
        // ticket about the wifi belongs with the wifi.
        let text = if self.terms == Terms::Topics {
            facets::without_channel(text)
        } else {
            text
        };
        let mut out = Vec::new();
        // The current clause's content words (stem, surface), for word bigrams.
        let mut clause: Vec<(String, String, f32)> = Vec::new();
        // The current CJK run, segmented into words when it ends.
        let mut run = String::new();
        let mut word = String::new();
        for c in text.chars() {
            if is_cjk(c) {
                self.end_word(&mut word, &mut clause, &mut out);
                self.end_clause(&mut clause, &mut out);
                run.push(c);
            } else if c.is_alphanumeric() || (c == '\'' || c == '’') && !word.is_empty() {
                self.end_run(&mut run, &mut out);
                word.extend(c.to_lowercase());
            } else {
                self.end_run(&mut run, &mut out);
                self.end_word(&mut word, &mut clause, &mut out);
                if !c.is_whitespace() && c != '-' && c != '/' {
                    self.end_clause(&mut clause, &mut out);
                }
            }
        }
        self.end_run(&mut run, &mut out);
        self.end_word(&mut word, &mut clause, &mut out);
        self.end_clause(&mut clause, &mut out);
        out
    }

    /// Finishes a word: content words become unigrams and join the clause for bigrams.
    fn end_word(
        &self,
        word: &mut String,
        clause: &mut Vec<(String, String, f32)>,
        out: &mut Vec<Token>,
    ) {
        if word.is_empty() {
            return;
        }
        let w = std::mem::take(word).replace('’', "'");
        let w = w.trim_end_matches('\'');
        // Numbers alone say nothing about a topic; a single letter neither.
        if is_stop_word(w) || w.chars().all(|c| c.is_ascii_digit()) || w.chars().count() < 2 {
            return;
        }
        let base = w.strip_suffix("'s").unwrap_or(w);
        let stem = self.stemmer.stem(base).into_owned();
        let weight = self.weight_of(&stem);
        self.push_facet(&stem, out);
        out.push(Token {
            term: stem.clone(),
            surface: base.to_string(),
            weight,
        });
        clause.push((stem, base.to_string(), weight));
    }

    /// A word's weight: less for a scene word when topics are asked for.
    fn weight_of(&self, term: &str) -> f32 {
        if self.terms == Terms::Topics && facets::is_scene(term) {
            facets::SCENE_WEIGHT
        } else {
            1.0
        }
    }

    /// A pair of neighbouring words' weight: for topics, half a word's. Pairs say the same
    /// thing twice over ("battery life" adds to "battery" and "life"), and at full weight two
    /// remarks sharing one incidental phrase ("living room") outweigh their topics
    /// (docs/performance.md).
    fn pair_weight(&self) -> f32 {
        match self.terms {
            Terms::Words => 1.0,
            Terms::Topics => facets::PAIR_WEIGHT,
        }
    }

    /// The facet a word names, as a term of its own, when topics are asked for.
    fn push_facet(&self, term: &str, out: &mut Vec<Token>) {
        if self.terms != Terms::Topics {
            return;
        }
        if let Some(f) = facets::facet_of(term) {
            out.push(Token {
                term: format!("#{f}"),
                surface: f.to_string(),
                weight: facets::FACET_WEIGHT,
            });
        }
    }

    /// Finishes a clause: bigrams of neighbouring content words.
    fn end_clause(&self, clause: &mut Vec<(String, String, f32)>, out: &mut Vec<Token>) {
        for pair in clause.windows(2) {
            out.push(Token {
                term: format!("{} {}", pair[0].0, pair[1].0),
                surface: format!("{} {}", pair[0].1, pair[1].1),
                weight: pair[0].2.min(pair[1].2) * self.pair_weight(),
            });
        }
        clause.clear();
    }

    /// Finishes a CJK run: its content words, and bigrams of neighbouring content words (a stop
    /// word ends the pair).
    fn end_run(&self, run: &mut String, out: &mut Vec<Token>) {
        if run.is_empty() {
            return;
        }
        let mut prev: Option<(String, f32)> = None;
        for w in segment::words(run) {
            if w.is_punct() || is_stop_word_zh(&w) {
                prev = None;
                continue;
            }
            let s = w.text.to_string();
            let weight = self.weight_of(&s);
            self.push_facet(&s, out);
            if let Some((p, pw)) = prev.take() {
                let pair = format!("{p}{s}");
                out.push(Token {
                    term: pair.clone(),
                    surface: pair,
                    weight: weight.min(pw) * self.pair_weight(),
                });
            }
            out.push(Token {
                term: s.clone(),
                surface: s.clone(),
                weight,
            });
            // The characters of a longer word as weaker terms of their own, so that 电池 and 电量
            // still meet on 电 when the words differ.
            let chars: Vec<char> = s.chars().collect();
            if chars.len() > 1 {
                for c in chars.iter().filter(|c| !STOP_CHARS.contains(c)) {
                    out.push(Token {
                        term: c.to_string(),
                        surface: c.to_string(),
                        weight,
                    });
                }
            }
            // Longer words also give their two-character parts (充电器 → 充电, 电器), as jieba's
            // search mode does.
            if chars.len() > 2 {
                for pair in chars.windows(2) {
                    if pair.iter().any(|c| STOP_CHARS.contains(c)) {
                        continue;
                    }
                    let p: String = pair.iter().collect();
                    out.push(Token {
                        term: p.clone(),
                        surface: p,
                        weight,
                    });
                }
            }
            prev = Some((s, weight));
        }
        run.clear();
    }
}

/// Whether a Chinese word carries grammar rather than topic: a listed stop word or character,
/// or a pronoun, particle, conjunction, preposition, interjection or number.
pub(crate) fn is_stop_word_zh(w: &segment::Word) -> bool {
    let single_stop = {
        let mut cs = w.text.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if STOP_CHARS.contains(&c))
    };
    single_stop
        || STOP_PHRASES.contains(&w.text)
        || w.text.chars().all(|c| STOP_CHARS.contains(&c))
        || matches!(
            w.tag,
            "r" | "rr" | "rz" | "c" | "p" | "y" | "e" | "o" | "m" | "mq" | "q"
        )
        || w.tag.starts_with('u')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        Tokenizer::new()
            .tokens(text)
            .into_iter()
            .map(|t| t.term)
            .collect()
    }

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        let mut sorted = STOP_WORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, STOP_WORDS);
    }

    #[test]
    fn english_words_are_lowered_stemmed_and_paired() {
        let t = terms("The batteries don't last; charging takes hours.");
        assert_eq!(
            t,
            [
                "batteri",
                "last",
                "batteri last",
                "charg",
                "take",
                "hour",
                "charg take",
                "take hour"
            ]
        );
    }

    #[test]
    fn possessives_and_numbers_are_dropped() {
        assert_eq!(
            terms("the kettle's lid, 3 times"),
            ["kettl", "lid", "kettl lid", "time"]
        );
    }

    #[test]
    fn chinese_gives_words_their_characters_and_word_pairs() {
        let t = terms("水温很不稳定。");
        // 很 and 不 are stop words: they end the pair, so 水温 and 稳定 are not joined.
        assert_eq!(t, ["水温", "水", "温", "稳定", "稳", "定"]);
        // Neighbouring content words pair up; a word of three characters gives its parts.
        let t = terms("充电器发烫");
        assert_eq!(
            t,
            [
                "充电器",
                "充",
                "电",
                "器",
                "充电",
                "电器",
                "充电器发烫",
                "发烫",
                "发",
                "烫"
            ]
        );
    }

    #[test]
    fn chinese_stop_words_break_runs() {
        assert_eq!(
            terms("希望刹车灵敏"),
            ["刹车", "刹", "车", "刹车灵敏", "灵敏", "灵", "敏"]
        );
        assert_eq!(terms("一会儿满一会儿空"), ["满", "空"]);
    }

    #[test]
    fn mixed_text_keeps_both_rules() {
        // 不 is a stop character: it gives no term of its own, inside a word or out.
        let t = terms("App软件不闪退");
        assert_eq!(t[..4], ["app", "软件", "软", "件"]);
        assert!(t.contains(&"闪退".to_string()), "{t:?}");
        assert!(!t.iter().any(|x| x == "不" || x == "不闪"), "{t:?}");
    }

    #[test]
    fn surface_forms_are_kept() {
        let toks = Tokenizer::new().tokens("Heavy batteries");
        assert_eq!(toks[1].surface, "batteries");
        assert_eq!(toks[2].surface, "heavy batteries");
    }

    #[test]
    fn empty_and_punctuation_only_texts_have_no_terms() {
        assert!(terms("").is_empty());
        assert!(terms("……！？ ,.;").is_empty());
        assert!(terms("的了是").is_empty());
    }
}
