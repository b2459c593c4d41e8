//! A draft name: the most central card, shortened to a clause and a readable length, when no
//! phrase of the cards names the island.

use super::shorten::{before_seam, next_word, opens_clause, short, shortened};
use super::story::narrative;
use super::{PRONOUNS_EN, capitalized, good_name, has_cjk, has_figure, phrase_as_name};
use crate::method::affinity::phrases;
use crate::method::affinity::tfidf::Corpus;
use crate::method::wording;

/// The most central card's statement, cut to its first clause and a readable length.
pub(super) fn draft(
    corpus: &Corpus,
    texts: &[&str],
    members: &[usize],
    phrases_of: &[Vec<String>],
    weight: &dyn Fn(&str) -> f32,
    shared: &dyn Fn(&str) -> f32,
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
    // Best, a whole clause of a card that reads as a name would, as it stands or in its wanted
    // state ("Won't connect to WiFi" → "The robot connects to WiFi"): from the most central
    // card that has one, the clause holding most of what the island shares. It must hold at
    // least half as much as the clause that holds most, so that a tidy remark on a side topic
    // does not stand for the island.
    let none = Vec::new();
    let card_phrases: Vec<&Vec<String>> = order
        .iter()
        .map(|&(_, m)| {
            members
                .iter()
                .position(|&x| x == m)
                .and_then(|i| phrases_of.get(i))
                .unwrap_or(&none)
        })
        .collect();
    let most = card_phrases
        .iter()
        .flat_map(|c| c.iter())
        .map(|p| shared(p))
        .fold(0.0_f32, f32::max);
    for (&(_, m), card) in order.iter().zip(&card_phrases) {
        let Some(text) = texts.get(m) else { continue };
        let best = card
            .iter()
            .filter(|raw| shared(raw) > 0.0 && shared(raw) >= 0.5 * most)
            .filter(|raw| !question(raw) && starts_whole(text, raw) && ends_whole(text, raw))
            .map(|raw| (weight(raw), as_wanted(fill(phrase_as_name(raw)))))
            .filter(|(_, d)| short(d) && !question(d) && like_a_name(d) && good_name(d))
            .max_by(|a, b| {
                a.0.total_cmp(&b.0)
                    .then(b.1.chars().count().cmp(&a.1.chars().count()))
            });
        if let Some((_, d)) = best {
            return d;
        }
    }
    let drafts: Vec<String> = order
        .iter()
        .filter_map(|&(_, m)| texts.get(m))
        .map(|t| as_wanted(fill(shortened(t, weight))))
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
    // Else a card that states a quality of the product as a name would, with a complaint only
    // where its wanted state can be said.
    let like_a_name =
        |d: &&String| like_a_name(d) && (!wording::complains(d) || wording::wanted(d).is_some());
    drafts
        .iter()
        .find(|d| well_worded(d) && !narrative(d) && asks(d) && like_a_name(d))
        .or_else(|| {
            drafts
                .iter()
                .find(|d| well_worded(d) && !narrative(d) && asks(d))
        })
        .or_else(|| drafts.iter().find(|d| well_worded(d) && asks(d)))
        // A remark that reads as no statement still names the product better than one
        // customer's figure or their own story ("1200 for a vacuum…", "My cat rides it…").
        .or_else(|| {
            drafts
                .iter()
                .find(|d| asks(d) && self::like_a_name(d) && !wishes(d))
        })
        .or_else(|| drafts.iter().find(asks))
        .or(drafts.first())
        .cloned()
        .unwrap_or_default()
}

/// A draft states what is wanted, too: the rewrite a hint offers where it mends the hint and
/// words the rest no worse ("… should be included" → "… are included", "不够亮" → "足够亮"),
/// then the wanted state of a complaint.
fn as_wanted(mut text: String) -> String {
    // A question is asked, not stated: "能不能设置…" is no "能设置…". Nor does a contrast turn
    // ("… sits on the dock but doesn't charge" is no "… but charges").
    if question(&text) || super::contrast(&text) {
        return text;
    }
    // A measure stays as the customer gave it: "0.3L is not enough" is no "0.3L is enough",
    // "限速二十五公里太慢" no "限速二十五公里快".
    if text.starts_with(|c: char| c.is_ascii_digit()) || measured_zh(&text) {
        return text;
    }
    let was = Worded::of(&text);
    for h in &was.hints {
        // Rule 1 splits into two statements, and "…" leaves a gap: neither is one name.
        // Nor does a noun phrase rule 2 makes a statement ("Dark tiles in the hallway confuse
        // it" does not say "The tiles are dark").
        let one = |w: &String| {
            !matches!(
                h.rule,
                wording::Rule::OneMeaning | wording::Rule::NotBareNoun
            ) && !w.contains('…')
        };
        // A rewrite that mends its hint and words the rest no worse ("提手不结实" → "提手结实",
        // which still leaves the product unsaid, as the card did).
        let mends = |w: &String| {
            let got = Worded::of(w);
            got.stated && got.hints.is_empty()
                || got.no_worse_than(&was) && !got.hints.iter().any(|g| g.rule == h.rule)
        };
        if let Some(w) = h
            .suggestion
            .as_deref()
            .map(|w| opened_like(&text, w))
            // "Can't fill the tank" gives "Can fill the tank", which asks.
            .filter(|w| one(w) && !question(w) && mends(w))
        {
            text = w;
            break;
        }
    }
    let was = Worded::of(&text);
    if let Some(w) =
        wording::wanted(&text).filter(|w| !question(w) && Worded::of(w).no_worse_than(&was))
    {
        text = super::articled(&w);
    }
    text
}

/// A rewrite opened as its text was: "Can't fill the tank" → "Can fill the tank", not "can …".
fn opened_like(text: &str, rewrite: &str) -> String {
    if text.starts_with(char::is_uppercase) {
        capitalized(rewrite)
    } else {
        rewrite.to_string()
    }
}

/// Whether a Chinese text gives a measure: a number in characters before a unit
/// ("二十五公里", "三百块"); a count of things ("一锅饭") is none.
fn measured_zh(text: &str) -> bool {
    const UNITS: &[&str] = &[
        "公里", "公斤", "斤", "小时", "分钟", "秒", "度", "瓦", "升", "毫升", "厘米", "毫米", "米",
        "元", "块", "寸", "克", "伏", "毫安",
    ];
    let numeral = |c: char| "零一二三四五六七八九十两百千万半".contains(c) || c.is_ascii_digit();
    text.char_indices().any(|(at, c)| {
        numeral(c) && {
            let rest = text[at..].trim_start_matches(numeral);
            UNITS.iter().any(|u| rest.starts_with(u))
        }
    })
}

/// How a text words itself: whether it reads as a statement, and the hints it gets.
struct Worded<'a> {
    text: &'a str,
    stated: bool,
    hints: Vec<wording::Hint>,
}

impl<'a> Worded<'a> {
    fn of(text: &'a str) -> Self {
        Worded {
            text,
            stated: wording::reads_as_statement(text),
            hints: wording::check(text),
        }
    }

    /// Whether a wanted state words itself no worse than the complaint it restates: a
    /// statement where the complaint was one, no hint the complaint did not get, and no
    /// complaint left. A remark that leaves the product unsaid ("Takes ages to heat up") may
    /// give a wanted state that leaves it unsaid too ("Heats up quickly").
    fn no_worse_than(&self, complaint: &Worded) -> bool {
        (self.stated || !complaint.stated)
            && !wording::complains(self.text)
            && self.hints.iter().all(|h| {
                complaint.hints.iter().any(|g| g.rule == h.rule)
                    || h.rule == wording::Rule::ExplicitObject && !complaint.stated
            })
    }
}

/// Whether a phrase starts where its card's thought does: not inside a noun phrase, right after
/// a quoted name ("The \"deep clean\" mode goes…" gives no "mode goes…").
fn starts_whole(card: &str, phrase: &str) -> bool {
    let Some(at) = card.find(phrase) else {
        return false;
    };
    !card[..at]
        .trim_end()
        .ends_with(['"', '”', '\'', '’', ')', '）', '」', '』'])
}

/// Whether an English phrase ends where its card's thought does: at the card's end, a stop, a
/// seam ("… when", "… after"), or a comma that opens a new clause ("…, I have to go over twice");
/// not at a comma inside a phrase ("stays sealed on wet, gritty roads").
fn ends_whole(card: &str, phrase: &str) -> bool {
    if has_cjk(phrase) {
        return true;
    }
    let Some(at) = card.find(phrase) else {
        return false;
    };
    let after = card[at + phrase.len()..].trim_start();
    match after.chars().next() {
        None => true,
        Some(',') => opens_clause(&next_word(&after[1..])),
        Some(c) if c.is_alphanumeric() => {
            before_seam(card, phrase) && !super::denied_after(card, phrase)
        }
        Some(_) => true,
    }
}

/// Whether a statement has the product for its subject, as a name does: no figure of one
/// customer's ("It shows 80% in the morning"), no "it" or "my" for a subject.
fn like_a_name(d: &str) -> bool {
    let first = d.split_whitespace().next().unwrap_or("").to_lowercase();
    !has_figure(d)
        && !PRONOUNS_EN.contains(&first.replace('’', "'").as_str())
        && !d.starts_with('我')
}

/// Whether a text states a wish the hints could not restate ("Would love a colour that isn't
/// black"): no name for a quality.
fn wishes(text: &str) -> bool {
    wording::check(text)
        .iter()
        .any(|h| h.rule == wording::Rule::StateNotWish)
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
        phrases::opens_a_question_en(t)
    }
}
