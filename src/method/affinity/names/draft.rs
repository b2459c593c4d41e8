//! A draft name: the most central card, shortened to a clause and a readable length, when no
//! phrase of the cards names the island.

use super::story::narrative;
use super::{PRONOUNS_EN, has_cjk, has_figure};
use crate::method::affinity::phrases;
use crate::method::affinity::tfidf::Corpus;
use crate::method::wording::{self, segment};

/// The draft's length: a name is read from across the room.
const DRAFT_WORDS: usize = 8;
pub(super) const DRAFT_CHARS: usize = 16;

/// The most central card's statement, cut to its first clause and a readable length.
pub(super) fn draft(
    corpus: &Corpus,
    texts: &[&str],
    members: &[usize],
    weight: &dyn Fn(&str) -> f32,
    fill: &dyn Fn(String) -> String,
) -> String {
    let close = |i: usize| -> f32 {
        members
            .iter()
            .filter(|&&j| j != i)
            .map(|&j| corpus.vectors[i].dot(&corpus.vectors[j]))
            .sum()
    };
    let mut order: Vec<(f32, usize)> = members.iter().map(|&m| (close(m), m)).collect();
    order.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let drafts: Vec<String> = order
        .iter()
        .filter_map(|&(_, m)| texts.get(m))
        .map(|t| fill(shortened(t, weight)))
        // A framing word left alone ("Update: …") is no draft.
        .filter(|d| {
            if has_cjk(d) {
                d.chars().count() >= 2
            } else {
                d.split_whitespace().count() >= 2
            }
        })
        .collect();
    // The most central card that already reads as a well-worded statement, or else the most
    // central card.
    let well_worded = |d: &&String| wording::reads_as_statement(d) && wording::check(d).is_empty();
    // A question asks; it names nothing ("手表收集的数据会不会用来推送广告").
    let asks = |d: &&String| !question(d);
    // Best of all, a card that states a quality of the product as a name would: no figure of
    // one customer's ("It shows 80% in the morning"), no "it" or "my" for a subject, and a
    // complaint only where its wanted state can be said.
    let like_a_name = |d: &&String| {
        let first = d.split_whitespace().next().unwrap_or("").to_lowercase();
        !has_figure(d)
            && !PRONOUNS_EN.contains(&first.replace('’', "'").as_str())
            && !d.starts_with('我')
            && (!wording::complains(d) || wording::wanted(d).is_some())
    };
    drafts
        .iter()
        .find(|d| well_worded(d) && !narrative(d) && asks(d) && like_a_name(d))
        .or_else(|| {
            drafts
                .iter()
                .find(|d| well_worded(d) && !narrative(d) && asks(d))
        })
        .or_else(|| drafts.iter().find(|d| well_worded(d) && asks(d)))
        .or_else(|| drafts.iter().find(asks))
        .or(drafts.first())
        .cloned()
        .unwrap_or_default()
}

/// Whether a text asks a question: 会不会, 能不能 … or a closing 吗 in Chinese; an opening
/// auxiliary or question word in English ("Why does a vacuum need my location").
fn question(text: &str) -> bool {
    // A quoted question asks all the same ("\"Does one robot make sense…").
    let t = text
        .trim()
        .trim_end_matches('…')
        .trim_start_matches(['"', '\'', '“', '‘', '「', '『']);
    if has_cjk(t) {
        [
            "会不会",
            "是不是",
            "能不能",
            "有没有",
            "要不要",
            "可不可以",
            "为什么",
            "怎么",
        ]
        .iter()
        .any(|q| t.contains(q))
            || t.ends_with(['吗', '呢', '么'])
    } else {
        let first = t.split_whitespace().next().unwrap_or("").to_lowercase();
        matches!(
            first.as_str(),
            "why"
                | "how"
                | "what"
                | "when"
                | "where"
                | "who"
                | "which"
                | "is"
                | "are"
                | "can"
                | "could"
                | "does"
                | "do"
                | "did"
                | "will"
                | "would"
                | "should"
        )
    }
}

/// A Chinese word that cannot end a shortened statement: a preposition, conjunction, particle,
/// adverb, pronoun or modal verb waits for what follows.
fn leans_on_next_zh(w: &segment::Word) -> bool {
    matches!(w.tag, "p" | "c" | "r" | "rr" | "rz")
        || w.tag.starts_with('u')
        || [
            "能", "能够", "可以", "会", "要", "得", "把", "被", "让", "就", "才", "还", "都", "也",
        ]
        .contains(&w.text)
}

/// A card without its framing label ("Survey: …", "工单：…"): the part after a first colon
/// when what comes before it is a word or three.
fn after_frame(text: &str) -> &str {
    let Some((head, rest)) = text.split_once([':', '：']) else {
        return text;
    };
    let short = if has_cjk(head) {
        head.chars().count() <= 4
    } else {
        head.split_whitespace().count() <= 3
    };
    if short && !rest.trim().is_empty() {
        rest
    } else {
        text
    }
}

/// A card cut to its first clause without framing words, and to a readable length.
fn shortened(text: &str, weight: &dyn Fn(&str) -> f32) -> String {
    let stated = phrases::main_clause(text, weight);
    // Whether the card goes on after a comma ("sealed on wet, gritty roads").
    let comma_after = stated.as_deref().is_some_and(|s| {
        text.find(s)
            .is_some_and(|i| text[i + s.len()..].trim_start().starts_with(','))
    });
    let text = stated
        .as_deref()
        .unwrap_or_else(|| after_frame(text))
        .trim();
    let clause_end = text
        .char_indices()
        .find(|&(i, c)| i > 0 && phrases::breaks_at(text, i, c))
        .map_or(text.len(), |(i, _)| i);
    let clause = &text[..clause_end];
    if has_cjk(clause) {
        // Whole words up to the length limit, not ending on a word that leans on the next
        // ("…凭面板就能").
        let mut kept: Vec<segment::Word> = Vec::new();
        let mut count = 0;
        for w in segment::words(clause) {
            let n = w.text.chars().count();
            if count + n > DRAFT_CHARS && !kept.is_empty() {
                break;
            }
            count += n;
            kept.push(w);
        }
        while kept.len() > 1 && kept.last().is_some_and(|w| leans_on_next_zh(w)) {
            kept.pop();
        }
        kept.iter().map(|w| w.text).collect()
    } else {
        let mut words: Vec<&str> = clause.split_whitespace().take(DRAFT_WORDS).collect();
        // A comma inside a phrase ("sealed on wet, gritty roads") cuts it short as well.
        let comma = comma_after || text[clause_end..].starts_with(',');
        let whole = clause.split_whitespace().count() == words.len() && !comma;
        // "… to both edges of": a cut clause ends on a content word ("… to pull out" is whole
        // and keeps its particle).
        while !whole
            && words.len() > 1
            && words
                .last()
                .is_some_and(|w| crate::method::affinity::text::is_stop_word(&w.to_lowercase()))
        {
            words.pop();
        }
        // A clause cut short ends before its last seam where it has one ("The switch stays
        // locked", not "The switch stays locked while the light").
        // The cut keeps a statement: "The cup warmer on top barely warms anything" is not cut
        // to "The cup warmer".
        if !whole || words.len() < clause.split_whitespace().count() {
            let seam = (3..words.len()).rev().find(|&i| {
                phrases::SEAMS_EN.contains(&words[i].to_lowercase().as_str())
                    && wording::reads_as_statement(&words[..i].join(" "))
            });
            if let Some(i) = seam {
                words.truncate(i);
            }
        }
        let out = words.join(" ");
        let mut cs = out.chars();
        cs.next()
            .map(|c| c.to_uppercase().chain(cs).collect())
            .unwrap_or_default()
    }
}
