//! Rules 1 and 2: one meaning per statement, and a verb phrase with a qualifier.

use super::content::*;
use super::shared::*;
use crate::method::wording::{Hint, Rule};

// ---- rule 1 ------------------------------------------------------------------------

/// "and" inside these pairs names one thing.
pub(super) const AND_PHRASES: &[(&str, &str)] = &[
    ("black", "white"),
    ("salt", "pepper"),
    ("up", "down"),
    ("back", "forth"),
    ("in", "out"),
    ("on", "off"),
    ("pros", "cons"),
    ("nuts", "bolts"),
    ("rock", "roll"),
    ("bread", "butter"),
    ("knife", "fork"),
    ("cup", "saucer"),
    ("hook", "loop"),
    ("plug", "play"),
    ("wear", "tear"),
    ("drag", "drop"),
    ("odds", "ends"),
    ("trial", "error"),
];
#[rustfmt::skip]
pub(super) const WHILE_SECOND: &[&str] = &[
    "also", "still", "staying", "keeping", "remaining", "being", "providing", "offering",
];

/// What triggered a hint, quoted for each language.
pub(super) struct Label {
    pub(super) en: String,
    pub(super) zh: String,
}

impl Label {
    fn word(w: &str) -> Self {
        Label {
            en: format!("'{w}'"),
            zh: format!("“{w}”"),
        }
    }
    fn new(en: &str, zh: &str) -> Self {
        Label {
            en: en.into(),
            zh: zh.into(),
        }
    }
}

pub(super) fn one_meaning(toks: &[Tok]) -> Option<Hint> {
    let last_word = toks.iter().rposition(|t| !t.punct);
    let first_word = toks.iter().position(|t| !t.punct);
    // Find the first joiner, as (token index in `toks`, tokens it spans, label).
    let mut found: Option<(usize, usize, Label)> = None;
    for (i, t) in toks.iter().enumerate() {
        let next = |k: usize| toks.get(i + k).map(|t| t.w.as_str());
        let prev = i.checked_sub(1).map(|k| toks[k].w.as_str());
        let hit = match t.w.as_str() {
            "and" => {
                let fixed = AND_PHRASES
                    .iter()
                    .any(|&(a, b)| prev == Some(a) && next(1) == Some(b));
                let starts = first_word.is_none_or(|f| f >= i);
                // "fits every bar size and shape": two objects of one demand.
                let right_end = toks[i + 1..]
                    .iter()
                    .position(|t| t.punct)
                    .map_or(toks.len(), |p| i + 1 + p);
                let right: Vec<&Tok> = toks[i + 1..right_end].iter().collect();
                let nouns = prev.is_some_and(is_noun_like)
                    && next(1).is_some_and(is_noun_like)
                    && !(0..right.len()).any(|k| is_verb_at(&right, k));
                (!fixed && !starts && !nouns && next(1).is_some()).then(|| (1, Label::word("and")))
            }
            "&" => (i > 0 && next(1).is_some()).then(|| (1, Label::word("&"))),
            "plus" => (i > 0 && next(1).is_some()).then(|| (1, Label::word("plus"))),
            "as" if next(1) == Some("well") && next(2) == Some("as") => {
                Some((3, Label::word("as well as")))
            }
            "but" if next(1) == Some("also") => Some((2, Label::word("but also"))),
            "while" if next(1).is_some_and(|n| WHILE_SECOND.contains(&n)) => Some((
                1,
                Label::word(&format!("while {}", next(1).unwrap_or_default())),
            )),
            ";" if i > 0 && next(1).is_some() => Some((1, Label::word(";"))),
            "." | "!" | "?" if i > 0 && last_word.is_some_and(|l| l > i) => {
                Some((1, Label::new("a second sentence", "第二个句子")))
            }
            "," if i > 0 => {
                // The clauses either side run to the neighbouring punctuation, so each
                // comma looks at its own stretch only and long texts stay linear.
                let left_start = toks[..i].iter().rposition(|t| t.punct).map_or(0, |p| p + 1);
                let left: Vec<&Tok> = toks[left_start..i].iter().collect();
                let right_end = toks[i + 1..]
                    .iter()
                    .position(|t| t.punct)
                    .map_or(toks.len(), |p| i + 1 + p);
                let right: Vec<&Tok> = toks[i + 1..right_end].iter().filter(|t| !t.punct).collect();
                let clause = |ws: &[&Tok]| {
                    ws.len() >= 2
                        && (0..ws.len()).any(|k| is_verb_at(ws, k))
                        && !is_in(PREPOSITIONS, &ws[0].w)
                };
                (clause(&left) && clause(&right)).then(|| {
                    (
                        1,
                        Label::new("a comma between two clauses", "逗号隔开的两个分句"),
                    )
                })
            }
            _ => None,
        };
        if let Some((span, label)) = hit {
            found = Some((i, span, label));
            break;
        }
    }
    let Some((i, span, label)) = found else {
        return conditions(toks);
    };
    let left: Vec<&Tok> = toks[..i].iter().filter(|t| !t.punct).collect();
    let right: Vec<&Tok> = toks[i + span..]
        .iter()
        .filter(|t| !t.punct || t.w == "&")
        .collect();
    let suggestion = split_suggestion(&left, &right);
    let message = format!(
        "{} joins two demands; write one statement for each",
        label.en
    );
    let message_zh = format!("{}连接了两个要求，请各写一条", label.zh);
    Some(Hint::new(Rule::OneMeaning, message, message_zh, suggestion))
}

/// "withstands strong impact in rain for a long time": a duration on top of a condition makes
/// two demands (lasting, and coping with the condition), which the team may want apart.
pub(super) fn conditions(toks: &[Tok]) -> Option<Hint> {
    let w: Vec<&str> = toks.iter().map(|t| t.w.as_str()).collect();
    let duration = w.windows(4).any(|p| p == ["for", "a", "long", "time"])
        || w.windows(2)
            .any(|p| p == ["for", "years"] || p == ["for", "long"]);
    let condition = w.windows(2).find(|p| {
        matches!(p[0], "in" | "under" | "during")
            && (is_in(CONDITION_NOUNS, p[1])
                || p[1] == "the"
                || p[1] == "heavy"
                || p[1] == "strong")
    });
    if !duration || condition.is_none() {
        return None;
    }
    Some(Hint::new(
        Rule::OneMeaning,
        "a condition and 'for a long time' are two demands; write one statement for each".into(),
        "条件和“长时间”是两个要求，请各写一条".into(),
        None,
    ))
}

#[rustfmt::skip]
pub(super) const CONDITION_NOUNS: &[&str] = &[
    "rain", "wind", "snow", "cold", "heat", "water", "mud", "dust", "sun", "sunlight", "load",
    "use",
];

/// "the tent is light and compact" → "the tent is light / the tent is compact": the
/// second part borrows the first part's subject (and verb, when it has none of its own).
pub(super) fn split_suggestion(left: &[&Tok], right: &[&Tok]) -> Option<String> {
    if left.is_empty() || right.is_empty() {
        return None;
    }
    let first = join(left);
    // ", and the menus are clear", "while also staying cool": the joiner's companions go too.
    let skip = right
        .iter()
        .take_while(|t| matches!(t.w.as_str(), "and" | "also" | "still" | "plus" | "then"))
        .count();
    let right = &right[skip..];
    if right.is_empty() {
        return None;
    }
    // "staying cool" after "The jacket keeps me dry": the second demand takes the first one's
    // subject and a finite verb ("The jacket stays cool").
    let left_verb = (0..left.len()).find(|&k| is_verb_at(left, k));
    if let (Some(base), Some(v)) = (right[0].w.strip_suffix("ing"), left_verb) {
        if v > 0 && right.len() > 1 && !base.is_empty() {
            let lv = left[v].w.as_str();
            let singular = lv == "is" || lv.ends_with('s') && !is_in(AUX, lv);
            let verb = match (base, singular) {
                ("be", true) => "is".to_string(),
                ("be", false) => "are".to_string(),
                (b, true) => format!("{b}s"),
                (b, false) => b.to_string(),
            };
            let second = format!("{} {verb} {}", join(&left[..v]), join(&right[1..]));
            return Some(format!("{first} / {second}"));
        }
    }
    let right_starts_subject = is_in(DETERMINERS, &right[0].w) || is_in(PRONOUNS, &right[0].w);
    // "light" is a verb too, but after "is light and" it is the adjective.
    let verbal = |ws: &[&Tok], k: usize| {
        is_verb_at(ws, k) && (is_in(AUX, &ws[k].w) || !is_adjective(&ws[k].w))
    };
    let verb_at = (0..left.len()).find(|&k| verbal(left, k));
    let second = match verb_at {
        _ if right_starts_subject => join(right),
        Some(v) if v > 0 => {
            let right_has_verb = (0..right.len()).any(|k| verbal(right, k));
            let right_starts_verb = verbal(right, 0) || is_adverb(&right[0].w);
            if right_starts_verb && right_has_verb {
                format!("{} {}", join(&left[..v]), join(right))
            } else if !right_has_verb {
                format!("{} {}", join(&left[..=v]), join(right))
            } else {
                join(right)
            }
        }
        _ => join(right),
    };
    // Each statement opens as the first one does.
    Some(format!("{first} / {}", opened_as(&first, second)))
}

// ---- rule 2 ------------------------------------------------------------------------

/// Adjective + noun phrases with the state a person would write, behind "the …".
pub(super) const PHRASE_STATES: &[(&str, &str, &str)] = &[
    ("low", "noise", "is quiet"),
    ("low", "weight", "is light"),
    ("low", "price", "is cheap"),
    ("low", "cost", "is cheap"),
    ("fast", "charging", "charges quickly"),
    ("quick", "charging", "charges quickly"),
    ("easy", "cleaning", "is easy to clean"),
    ("quick", "release", "comes off quickly"),
];
/// Nouns that name a property of something rather than a thing: "the noise is low" still
/// leaves open what makes the noise.
#[rustfmt::skip]
pub(super) const ATTRIBUTE_NOUNS: &[&str] = &[
    "noise", "sound", "weight", "price", "cost", "colour", "color", "size", "smell", "taste",
    "temperature", "volume", "shape",
];

pub(super) fn bare_noun(words: &[&Tok], negated: bool) -> Option<Hint> {
    if !negated {
        if let Some(h) = function_without_qualifier(words) {
            return Some(h);
        }
    }
    if words.len() > 5 || negated || words.iter().any(|t| is_in(PRONOUNS, &t.w)) {
        return None;
    }
    // A listed verb in base form after another word is a noun here ("ergonomic handle",
    // "quick release"); first, or after "to" or a modal, it is a verb ("fold flat").
    // "Refunds arrive within three days": after a plural noun, a base form followed by a
    // preposition or an adverb is the verb.
    let plural_verb = |k: usize| {
        let prev = words[k - 1].w.as_str();
        let plural = prev.ends_with('s') && !prev.ends_with("ss") && is_noun_like(prev);
        plural
            && words
                .get(k + 1)
                .is_some_and(|n| is_in(PREPOSITIONS, &n.w) || is_adverb(&n.w))
    };
    let base_as_noun = |k: usize| {
        k > 0
            && is_in(VERBS, &words[k].w)
            && !is_in(AUX, &words[k - 1].w)
            && words[k - 1].w != "to"
            && !plural_verb(k)
    };
    let k_last = words.len() - 1;
    // "heated seats": a participle before a noun describes it.
    let participle = |k: usize| {
        let w = words[k].w.as_str();
        k < k_last
            && (w.ends_with("ed") || w.ends_with("ing"))
            && !is_in(AUX, w)
            && is_noun_like(&words[k + 1].w)
    };
    // "easy cleaning", "fast charging": an -ing word after a qualifier names an activity.
    let gerund = |k: usize| {
        let w = words[k].w.as_str();
        k == k_last
            && k > 0
            && w.ends_with("ing")
            && (is_adjective(&words[k - 1].w) || is_noun_like(&words[k - 1].w))
            && !is_in(AUX, &words[k - 1].w)
    };
    if (0..words.len())
        .any(|k| looks_verbal(&words[k].w) && !base_as_noun(k) && !participle(k) && !gerund(k))
    {
        return None;
    }
    let last = words[k_last];
    let noun_last =
        is_noun_like(&last.w) || (base_as_noun(k_last) && !is_adjective(&last.w)) || gerund(k_last);
    if !noun_last || characteristic_at(words, k_last).is_some() {
        return None;
    }
    if last.w.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    // "long battery life" → "the battery life is long"; "low noise" → "the … is quiet". A
    // property noun ("noise") or an activity ("cleaning") needs its thing named, so those get a
    // rewrite only from the table.
    let listed = (words.len() == 2)
        .then(|| {
            PHRASE_STATES
                .iter()
                .find(|(a, n, _)| *a == words[0].w && *n == words[1].w)
        })
        .flatten();
    let suggestion = match listed {
        Some((_, _, state)) => Some(format!("the … {state}")),
        // "Pretty normal": a degree word before an adjective, not an adjective before a noun.
        None => (words.len() >= 2
            && is_adjective(&words[0].w)
            && !matches!(
                words[0].w.as_str(),
                "pretty" | "quite" | "rather" | "very" | "really" | "fairly"
            )
            && !is_in(ATTRIBUTE_NOUNS, &last.w)
            && !gerund(k_last)
            && (1..words.len()).all(|k| is_noun_like(&words[k].w) || base_as_noun(k)))
        .then(|| {
            let noun: Vec<&Tok> = words[1..].to_vec();
            let verb = if super::statement::is_plural(&last.w) {
                "are"
            } else {
                "is"
            };
            format!("the {} {verb} {}", join(&noun), lower_first(words[0].orig))
        }),
    };
    // A statement begun with a capital keeps it.
    let suggestion = suggestion.map(|s| opened_as(words[0].orig, s));
    let phrase = join(words);
    Some(Hint::new(
        Rule::NotBareNoun,
        format!("'{phrase}' is a noun phrase; say what it does or how it is, with a verb"),
        format!("“{phrase}”是名词短语，请用动词写出功能或状态"),
        suggestion,
    ))
}

/// "Can change colour", "the kettle can boil water": a bare function. The rule asks for the
/// qualifier that makes it a quality (easily, quickly, evenly…); which one is the team's call,
/// so there is no rewrite.
pub(super) fn function_without_qualifier(words: &[&Tok]) -> Option<Hint> {
    let m = words
        .iter()
        .position(|t| matches!(t.w.as_str(), "can" | "could" | "will"))?;
    let verb = words.get(m + 1)?;
    // After "can" a listed verb is a verb even where it is also an adjective ("can dry").
    let adjective = is_adjective(&verb.w) && !is_in(VERBS, &verb.w);
    if is_function(&verb.w) || adjective || is_adverb(&verb.w) || words.len() > 8 {
        return None;
    }
    let counted = |t: &&Tok| t.w.chars().any(|c| c.is_ascii_digit()) || is_in(NUMBERS, &t.w);
    // The subject may carry adjectives ("the small kettle"); after the verb only an object may
    // follow, since anything else ("flat", "quickly", "in the rain") is a qualifier.
    let subject = |t: &&Tok| {
        !counted(t) && (is_in(DETERMINERS, &t.w) || !is_function(&t.w)) && !is_adverb(&t.w)
    };
    // A place ("send money abroad") says where the function works, not how well.
    let object = |t: &&Tok| {
        !counted(t)
            && (is_in(PLACES, &t.w)
                || (is_in(DETERMINERS, &t.w) || is_noun_like(&t.w) || is_in(VERBS, &t.w))
                    && !is_in(ADVERBS, &t.w))
    };
    if !words[..m].iter().all(subject) || !words[m + 2..].iter().all(object) {
        return None;
    }
    let phrase = join(&words[m..]);
    Some(Hint::new(
        Rule::NotBareNoun,
        format!(
            "'{phrase}' states a function only; add how well it does it (easily, quickly, evenly…)"
        ),
        format!("“{phrase}”只写了功能；请加上做到什么程度（如容易地、很快地、均匀地）"),
        None,
    ))
}

/// Adverbs of place: part of what a function does, not a qualifier of how well.
const PLACES: &[&str] = &[
    "abroad",
    "overseas",
    "indoors",
    "outdoors",
    "inside",
    "outside",
    "upstairs",
    "downstairs",
    "home",
    "anywhere",
    "everywhere",
];

#[rustfmt::skip]
pub(super) const NUMBERS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
    "twenty", "hundred", "dozen", "half", "several", "many",
];

pub(super) fn lower_first(w: &str) -> String {
    // Acronyms ("LED") keep their capitals.
    if w.chars().skip(1).any(char::is_uppercase) {
        return w.to_string();
    }
    let mut cs = w.chars();
    cs.next()
        .map(|c| c.to_lowercase().chain(cs).collect())
        .unwrap_or_default()
}
