//! A suggested name for an island: itself a demanded quality (METHOD.md §4, step C), so a short
//! statement in whole words that passes the wording rules, drawn from what the cards share.
//!
//! 1. Every card is cut into words (English: words, compared by stem; Chinese: the segmenter's
//!    words). A word's support is the number of the island's cards that hold it.
//! 2. The candidates are the phrases of the cards ([`super::phrases`]): each clause without its
//!    framing words ("我希望…", "I wish…", "…就好了"), and the shorter runs that start or end at
//!    a seam of the clause ("…时", "after …"); never a run that starts or ends mid-phrase. In
//!    English one starting with a noun gets "The" ("kettle boils quickly" → "The kettle boils
//!    quickly"). A candidate scores the support of its shared content words, less a little for
//!    each word no other card holds; one with more words of its own than shared words is not a
//!    candidate, so the name says what the cards have in common and little else. A card
//!    that says just that may head its island (a header card, in the affinity method).
//! 3. The best candidate that reads as a whole statement (`wording::reads_as_statement`: a
//!    subject, then a verb or an adjective), passes every wording rule (no hint) and states a
//!    quality rather than telling what happened or wishing ("The help desk kept asking",
//!    "电机出了故障", "… would help") is the name. A candidate whose only fault is a negation
//!    stands for the positive statement rule 5 offers, when that passes in its turn ("晚上大灯不够亮"
//!    names its island "晚上大灯足够亮"). A complaint whose quality has a plain opposite names
//!    it by the state wanted (`wording::wanted`: "车筐太小" → "车筐足够大"), when that still holds
//!    a shared word.
//! 4. Otherwise, when at least three in five of three or more cards speak of one need that
//!    customers voice in words of their own (the battery, the price, the support team:
//!    `needs`), the need, said as a demanded quality, names the island ("The battery lasts
//!    long"), unless another island that speaks more of it has taken it.
//! 5. Otherwise the most central card (the one closest to the others) that reads as a well-worded
//!    statement, or else the most central card, is shortened to its clause with most shared
//!    words, at most eight words (cut at a seam) or sixteen characters, ending on a content
//!    word, and offered as a draft, ending in "…": the team words the name.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

mod draft;
mod needs;
mod shorten;
mod story;
#[cfg(test)]
mod tests;

use super::phrases;
use super::text::{is_cjk, is_stop_word, is_stop_word_zh};
use super::tfidf::Corpus;
use crate::method::wording::{self, segment};
use draft::draft;
pub use needs::{is_need, need_share};

use story::{location_only, narrative, recurring_fault};

/// A suggested name, and whether it is only a draft (a card shortened, not a shared statement).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub text: String,
    pub draft: bool,
}

/// A word of a card: the key it is compared by, and whether it carries content.
#[derive(Debug, Clone)]
struct CardWord {
    key: String,
    content: bool,
    /// Whether the word says what the card is about: a content word, and in Chinese no modal
    /// ("会不会", "能"), which asks or hedges whatever the topic.
    particular: bool,
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(is_cjk)
}

thread_local! {
    // While a suggestion is made (Some), each card's words, kept per text.
    static SEEN: std::cell::RefCell<Option<HashMap<String, Vec<CardWord>>>> =
        const { std::cell::RefCell::new(None) };
}

/// While it lives, the cards' words and their segmentation are kept on this thread: naming
/// reads the same cards and phrases many times. Dropped, they are forgotten, so no set's texts
/// stay behind and typing in the workshop keeps nothing.
pub struct Keeping(());

impl Keeping {
    pub fn start() -> Keeping {
        SEEN.with(|seen| *seen.borrow_mut() = Some(HashMap::new()));
        segment::keep();
        Keeping(())
    }
}

impl Drop for Keeping {
    fn drop(&mut self) {
        SEEN.with(|seen| *seen.borrow_mut() = None);
        segment::forget();
    }
}

/// A card's words, kept per text while a suggestion is made ([`Keeping`]).
fn card_words(text: &str, stemmer: &Stemmer) -> Vec<CardWord> {
    let kept = SEEN.with(|seen| seen.borrow().as_ref().map(|seen| seen.get(text).cloned()));
    match kept {
        None => card_words_of(text, stemmer),
        Some(Some(ws)) => ws,
        Some(None) => {
            let ws = card_words_of(text, stemmer);
            SEEN.with(|seen| {
                if let Some(seen) = seen.borrow_mut().as_mut() {
                    if seen.len() >= 50_000 {
                        seen.clear();
                    }
                    seen.insert(text.to_string(), ws.clone());
                }
            });
            ws
        }
    }
}

fn card_words_of(text: &str, stemmer: &Stemmer) -> Vec<CardWord> {
    if has_cjk(text) {
        return segment::words(text)
            .into_iter()
            .filter(|w| !w.is_punct() && !w.text.trim().is_empty())
            .map(|w| {
                let content = !is_stop_word_zh(&w);
                CardWord {
                    key: w.text.to_string(),
                    content,
                    particular: content && !MODALS_ZH.contains(&w.text),
                }
            })
            .collect();
    }
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| {
            let w = w.to_lowercase().replace('’', "'");
            let base = w.strip_suffix("'s").unwrap_or(&w);
            let content = !is_stop_word(base) && !base.chars().all(|c| c.is_ascii_digit());
            CardWord {
                key: stemmer.stem(base).into_owned(),
                content,
                particular: content,
            }
        })
        .collect()
}

/// The distinct keys of the content words, each once.
fn content_keys(words: &[CardWord]) -> Vec<&str> {
    let mut keys: Vec<&str> = words
        .iter()
        .filter(|w| w.content)
        .map(|w| w.key.as_str())
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// An English stretch as a statement: a leading noun gets "The", the first letter a capital.
fn as_statement(text: &str, first_is_article: bool) -> String {
    if has_cjk(text) {
        return text.to_string();
    }
    // Shouted emphasis is not how a name is written ("The auto empty is SO loud").
    let text: String = text
        .split(' ')
        .map(|w| {
            let lower = w.to_lowercase();
            let shouted = w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase());
            if shouted && EMPHASIS.contains(&lower.as_str()) {
                lower
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    let text = text.as_str();
    // A pronoun takes no article ("The i've broken…"); the name is then judged as it stands.
    let first_word = text.split_whitespace().next().unwrap_or("").to_lowercase();
    let pronoun = PRONOUNS_EN.contains(&first_word.replace('’', "'").as_str())
        || QUANTIFIERS.contains(&first_word.as_str());
    // "Support answers quickly", "Setup is quick": a service or a step alone as the subject
    // reads without an article ("The support arm" keeps its).
    let mass = MASS_EN.contains(&first_word.as_str())
        && wording::subject_head(text).is_some_and(|h| h == first_word);
    let pronoun = pronoun || mass;
    // "Cleaning the house…" after "the" loses its capital; "LED" keeps its.
    let body = if first_is_article || pronoun {
        text.to_string()
    } else {
        let mut cs = text.chars();
        let first: String = cs.next().into_iter().collect();
        let rest = cs.as_str();
        let acronym = rest.chars().next().is_some_and(char::is_uppercase);
        let first = if acronym { first } else { first.to_lowercase() };
        format!("the {first}{rest}")
    };
    capitalized(&body)
}

/// A text with its first letter a capital.
fn capitalized(text: &str) -> String {
    let mut cs = text.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

/// A wanted state as a name: it may read as a statement where its complaint did not, and then
/// a single thing as its subject takes its article ("Hotline keeps you on hold" → "The hotline
/// answers quickly"); things in the plural or stuff do not ("Long hair stays off the brush").
fn articled(wanted: &str) -> String {
    let bare = |h: &str| wording::is_plural(h) || MASS_EN.contains(&h) || MATTER_EN.contains(&h);
    match wording::subject_head(wanted) {
        Some(h) if !has_cjk(wanted) && !bare(&h) => phrase_as_name(wanted),
        _ => wanted.to_string(),
    }
}

/// A card's phrase written as a name: "kettle boils quickly" gets its article, "Crumbs stay
/// buried" reads without one.
fn phrase_as_name(raw: &str) -> String {
    let article = matches!(
        raw.split_whitespace()
            .next()
            .map(str::to_lowercase)
            .as_deref(),
        Some("the" | "a" | "an" | "my" | "its" | "this" | "your" | "our")
    );
    let with = as_statement(raw, article);
    let gerund = raw
        .split_whitespace()
        .next()
        .is_some_and(|w| w.to_lowercase().ends_with("ing"));
    if article || !gerund && wording::reads_as_statement(&with) {
        with
    } else {
        as_statement(raw, true)
    }
}

/// The subject most of an island's cards name ("robot" when two or more cards say "The robot
/// …"), for the reviews among them that drop theirs.
fn island_subject(card_phrases: &[Vec<String>]) -> Option<String> {
    let mut count: HashMap<String, usize> = HashMap::new();
    for phrases in card_phrases {
        let mut heads: Vec<String> = phrases
            .iter()
            .filter(|p| !has_cjk(p))
            .filter_map(|p| wording::subject_head(&as_statement(p, false)))
            .filter(|h| !PRONOUNS_EN.contains(&h.as_str()))
            .collect();
        heads.sort();
        heads.dedup();
        for h in heads {
            *count.entry(h).or_insert(0) += 1;
        }
    }
    // Named by half the cards at least: a subject a few cards share (the "matte black" of
    // one island among five) is no subject of the rest ("The black tastes like the cafe").
    let least = 2.max(card_phrases.len().div_ceil(2));
    count
        .into_iter()
        .filter(|&(_, c)| c >= least)
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(h, _)| h)
}

/// "Goes home on its own" with "robot" → "The robot goes home on its own", when that reads as a
/// statement and the text opens on a word in lower case once lowered (not a name or an acronym).
fn with_subject(text: &str, subject: &str) -> Option<String> {
    let mut cs = text.chars();
    let first = cs.next()?;
    let rest = cs.as_str();
    if rest.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let filled = format!("The {subject} {}{rest}", first.to_lowercase());
    // The draft's "…" stays where it was.
    let bare = filled.trim_end_matches('…');
    wording::reads_as_statement(bare).then_some(filled)
}

/// "It goes home on its own" with "robot" → "The robot goes home on its own": in a review,
/// "it" is the product, which the island's cards name.
fn for_it(text: &str, subject: &str) -> Option<String> {
    let (first, rest) = text.split_once(' ')?;
    if !first.eq_ignore_ascii_case("it") {
        return None;
    }
    let filled = format!("The {subject} {rest}");
    wording::reads_as_statement(filled.trim_end_matches('…')).then_some(filled)
}

/// Whether a text holds a figure: one customer's fact ("The dock's clean water tank is 4L", "…
/// is off by 6 hours"), not the quality an island of cards shares.
pub(super) fn has_figure(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// Chinese modals, which say how sure or able, not what of.
const MODALS_ZH: &[&str] = &[
    "会",
    "不会",
    "能",
    "不能",
    "可以",
    "要",
    "想",
    "应该",
    "得",
    "会不会",
    "能不能",
];

/// Determiners that take no "The" ("The every update…").
const QUANTIFIERS: &[&str] = &[
    "every", "each", "all", "some", "any", "no", "most", "many", "few", "both", "either",
    "neither", "several", "one",
];
/// Services and steps named without an article when they stand alone as the subject.
#[rustfmt::skip]
const MASS_EN: &[&str] = &[
    "support", "setup", "delivery", "shipping", "installation", "assembly", "maintenance",
    "descaling", "cleaning", "charging", "suction", "documentation", "packaging", "pairing",
];
/// Stuff, not things: no article as a subject ("Hair stays off the brush").
const MATTER_EN: &[&str] = &[
    "hair", "fur", "water", "coffee", "milk", "tea", "dust", "dirt", "food", "rice", "steam",
    "foam", "mud", "grit", "sand",
];
/// Words written in capitals only to stress them.
const EMPHASIS: &[&str] = &[
    "so", "very", "really", "too", "not", "never", "always", "still", "super", "way", "much",
];
/// Pronouns and their contractions, which never take "The".
#[rustfmt::skip]
pub(super) const PRONOUNS_EN: &[&str] = &[
    "i", "i've", "i'm", "i'd", "i'll", "it", "it's", "we", "we've", "we're", "you", "you're",
    "they", "they're", "he", "she", "my", "our", "your", "their", "this", "that", "these",
    "those",
];

/// The name of an island, as text (see [`island_name_full`]).
pub fn island_name(corpus: &Corpus, texts: &[&str], members: &[usize]) -> String {
    island_name_full(corpus, texts, members).text
}

pub fn island_name_full(corpus: &Corpus, texts: &[&str], members: &[usize]) -> Name {
    island_name_among(corpus, texts, members, &[])
}

/// An island's name when other islands have already taken the names in `taken`: a need that
/// names one island names no other ([`needs`]).
pub fn island_name_among(
    corpus: &Corpus,
    texts: &[&str],
    members: &[usize],
    taken: &[String],
) -> Name {
    let stemmer = Stemmer::create(Algorithm::English);
    let words: Vec<Vec<CardWord>> = members
        .iter()
        .map(|&m| card_words(texts[m], &stemmer))
        .collect();
    let mut support: HashMap<&str, usize> = HashMap::new();
    for ws in &words {
        for k in content_keys(ws) {
            *support.entry(k).or_insert(0) += 1;
        }
    }
    // A rewritten name must still hold a word the other cards share, and in Chinese one that is
    // not only a quality word: "转向灯不明显" shares only 明显 with "续航明显缩水", so "转向灯明显"
    // would name an island about range.
    let holds_shared = |name: &str| {
        let of = |k: &str| support.get(k).copied().unwrap_or(0);
        if has_cjk(name) {
            segment::words(name).iter().any(|w| {
                of(w.text) >= 2 && !is_stop_word_zh(w) && !w.is_adjective() && w.tag != "d"
            })
        } else {
            // Not only the word that states the quality, which ends the name ("The dustbin
            // is tiny" shares only "tiny" with "Buttons on the robot are tiny").
            let ws = card_words(name, &stemmer);
            ws.iter()
                .take(ws.len().saturating_sub(1))
                .any(|w| w.content && of(&w.key) >= 2)
        }
    };
    // Each card's phrases, once: they give the island's subject and the candidate names. A
    // single card has no island to name, and a subject needs two cards.
    let card_phrases: Vec<Vec<String>> = if members.len() >= 2 {
        members
            .iter()
            .map(|&m| phrases::phrases(texts[m]))
            .collect()
    } else {
        Vec::new()
    };
    let subject = island_subject(&card_phrases);
    let fill = |text: String| match subject.as_deref() {
        Some(subj) => {
            if let Some(named) = for_it(&text, subj) {
                named
            } else if !wording::reads_as_statement(&text) {
                with_subject(&text, subj).unwrap_or(text)
            } else {
                text
            }
        }
        None => text,
    };
    let mut best: Option<(f32, usize, String)> = None;
    if members.len() >= 2 {
        let mut seen: Vec<String> = Vec::new();
        let mut scored: Vec<(f32, usize, String)> = Vec::new();
        for (phrases, &m) in card_phrases.iter().zip(members) {
            for raw in phrases {
                if leads_to_a_complaint(texts[m], raw) || denied_after(texts[m], raw) {
                    continue;
                }
                // "Goes home on its own when done": a review that drops its subject gets the
                // one its island's cards name ("The robot goes home on its own when done").
                let own = phrase_as_name(raw);
                let name = fill(own.clone());
                if seen.contains(&name) {
                    continue;
                }
                seen.push(name.clone());
                // Scored on the card's own words: a lent subject says nothing more of what the
                // cards share.
                let ws = card_words(&own, &stemmer);
                let keys = content_keys(&ws);
                let of = |k: &str| support.get(k).copied().unwrap_or(0);
                let shared: Vec<usize> = keys.iter().map(|k| of(k)).filter(|&s| s >= 2).collect();
                if shared.is_empty() {
                    continue;
                }
                let lone = keys.len() - shared.len();
                let score = shared.iter().sum::<usize>() as f32 - 0.5 * lone as f32;
                // A card (or its clause) may head its island when it says at least as much that
                // the others share as what they do not (a header card, in the affinity method).
                if lone <= shared.len() {
                    scored.push((score, ws.len(), name));
                }
            }
        }
        // Highest score first, then the shorter, then a fixed order.
        scored.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(a.1.cmp(&b.1))
                .then_with(|| a.2.cmp(&b.2))
        });
        best = scored
            .into_iter()
            .find_map(|(score, len, name)| named(&name, &holds_shared).map(|n| (score, len, n)));
    }
    if let Some((_, _, text)) = best {
        return Name { text, draft: false };
    }
    // No phrase of the cards names what they share, but most of them speak of one need in
    // words of their own ("dies after one room", "lasts all week"): the need names the island.
    let member_texts: Vec<&str> = members.iter().map(|&m| texts[m]).collect();
    if let Some((need, _)) = needs::need_of(&member_texts, &words, &stemmer, corpus) {
        if !taken.iter().any(|t| t == need) {
            return Name {
                text: need.to_string(),
                draft: false,
            };
        }
    }
    // The trailing "…" marks the draft wherever the name is shown, and keeps it from repeating
    // its card.
    let weight = |phrase: &str| -> f32 {
        let ws = card_words(phrase, &stemmer);
        let keys = content_keys(&ws);
        keys.iter()
            .map(|k| support.get(k).copied().unwrap_or(0) as f32)
            .sum::<f32>()
            + 0.01 * keys.len() as f32
    };
    // What a phrase holds of the words two or more cards share.
    let shared = |phrase: &str| -> f32 {
        let ws = card_words(phrase, &stemmer);
        content_keys(&ws)
            .iter()
            .map(|k| support.get(k).copied().unwrap_or(0))
            .filter(|&s| s >= 2)
            .sum::<usize>() as f32
    };
    // A draft that drops its subject gets the island's, as names do.
    // The cards' phrases were cut once, above; a single card has none to offer.
    let mut text = draft(
        corpus,
        texts,
        members,
        &card_phrases,
        &weight,
        &shared,
        &fill,
    );
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

/// Whether a card goes on from a phrase to a consequence it complains of: "孩子自己能添加联系人，
/// 等于拦截白设了" names no wanted state by its first clause, which is the cause of the complaint.
/// A phrase that denies what is wanted is the complaint's cause as it stands ("Bean hopper lid
/// doesn't seal so beans go stale"): its positive statement names the island.
fn leads_to_a_complaint(card: &str, phrase: &str) -> bool {
    let Some(at) = card.find(phrase) else {
        return false;
    };
    let rest = card[at + phrase.len()..]
        .trim_start_matches(|c: char| c.is_whitespace() || ",，;；、".contains(c));
    CONSEQUENCES
        .iter()
        .find_map(|c| {
            rest.get(..c.len())
                .filter(|head| head.eq_ignore_ascii_case(c))
                .map(|_| &rest[c.len()..])
        })
        .is_some_and(|effect| {
            let effect: String = effect
                .chars()
                .take_while(|c| !"。.!！?？;；".contains(*c))
                .collect();
            let denied = || {
                wording::check(phrase)
                    .iter()
                    .any(|h| h.rule == wording::Rule::NoNegation)
            };
            wording::complains(effect.trim()) && !denied()
        })
}

/// Whether an English card goes on from a phrase, in the same clause, with an adjunct that
/// denies ("Error light comes on | for no reason", "… | without warning"): the adjunct holds the
/// complaint, and the phrase without it says the opposite.
fn denied_after(card: &str, phrase: &str) -> bool {
    let Some(at) = card.find(phrase) else {
        return false;
    };
    !has_cjk(phrase)
        && card[at + phrase.len()..]
            .trim_start()
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .map(str::to_lowercase)
            // Up to the end of the clause: "… tiny | and the icons make no sense" denies in a
            // clause of its own.
            .take_while(|w| {
                !w.is_empty()
                    && !matches!(
                        w.as_str(),
                        "and"
                            | "but"
                            | "so"
                            | "because"
                            | "which"
                            | "when"
                            | "while"
                            | "if"
                            | "since"
                            | "until"
                            | "or"
                            | "though"
                            | "although"
                    )
            })
            .any(|w| matches!(w.as_str(), "no" | "without" | "never" | "nothing"))
}

/// Words that open the consequence of what came before.
const CONSEQUENCES: &[&str] = &[
    "等于",
    "所以",
    "结果",
    "害得",
    "搞得",
    "导致",
    "so ",
    "which means ",
    "meaning ",
];

/// "The floors look clean but feel a bit sticky" says two things, one of them a complaint.
fn contrast(name: &str) -> bool {
    [" but ", "但", "却", "可是", " unless ", " yet "]
        .iter()
        .any(|c| name.contains(c))
}

/// Whether a name reads as one statement of a quality: no contrast, figure, story or place
/// only. The cheap tests first: the wording check is the dearest, and left to the caller.
fn sentence(name: &str) -> bool {
    // "孩子说话我这边听得到声音": the customer's own voice, as "I" is in English.
    let own_voice = name.contains('我') || name.contains("咱");
    !own_voice
        && !contrast(name)
        && !has_figure(name)
        && !narrative(name)
        && !recurring_fault(name)
        && !location_only(name)
        && wording::reads_as_statement(name)
}

/// A name states what is wanted, passing every wording rule; a complaint only through its
/// wanted state.
fn good_name(name: &str) -> bool {
    sentence(name) && !wording::complains(name) && wording::check(name).is_empty()
}

/// A candidate as a name: itself when it is a well-worded statement of a quality; or, when its
/// only fault is a negation ("晚上大灯不够亮", "The milk never gets hot enough"), the positive
/// statement rule 5 offers ("晚上大灯足够亮"), when that passes in its turn.
fn named(candidate: &str, holds_shared: &dyn Fn(&str) -> bool) -> Option<String> {
    let plain = |name: &str| sentence(name) && wording::check(name).is_empty();
    let good = good_name;
    // "… sits on the dock but doesn't charge": a negation set against what comes before it
    // turns into nonsense when dropped ("… but charges").
    let fits = |s: &String| !contrast(candidate) && good(s) && holds_shared(s);
    let wanted = |text: &str| wording::wanted(text).map(|w| articled(&w));
    if plain(candidate) && holds_shared(candidate) {
        // A complaint names its island by the state the customer wants ("车筐太小" → "车筐足够
        // 大"), when that keeps a shared word; otherwise it is no name.
        let wanted = wanted(candidate).filter(fits);
        return wanted.or_else(|| (!wording::complains(candidate)).then(|| candidate.to_string()));
    }
    match wording::check(candidate).as_slice() {
        [h] if h.rule == wording::Rule::NoNegation => h
            .suggestion
            .clone()
            .filter(fits)
            .or_else(|| wanted(candidate).filter(fits)),
        // A complaint that reads as no sentence as it stands may still state its wanted state
        // ("后盖的螺丝掉了一颗" → "后盖的螺丝牢固").
        [] => wanted(candidate).filter(fits),
        _ => None,
    }
}
