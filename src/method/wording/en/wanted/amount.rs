//! Complaints of too little: a capacity or a span that falls short ("holds barely a week's
//! worth", "fills up after three coffees"), a wait on the phone, a poor result the product
//! gives ("gives a watery mug").

use super::*;

/// Verbs of how much a thing holds or how long it lasts: after them "barely" or "only" falls
/// short. ("Takes only two minutes" and "costs only ten euros" are praise.)
#[rustfmt::skip]
const SPANS: &[&str] = &[
    "holds", "hold", "lasts", "last", "runs", "run", "covers", "cover", "reaches", "reach",
    "fits", "fit",
];
/// Words a quantity may open with ("a week's worth", "ten minutes", "half a tank").
#[rustfmt::skip]
const QUANTITY: &[&str] = &[
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "twenty", "thirty", "forty", "fifty", "half", "few",
];
/// Who a service keeps waiting.
const WAITERS: &[&str] = &["you", "me", "us", "customers", "people", "everyone"];
/// What a thing gives or makes, whose quality the adjective before it states.
#[rustfmt::skip]
const YIELDS: &[&str] = &[
    "gives", "give", "makes", "make", "produces", "produce", "brews", "brew", "pours", "pour",
    "takes", "take", "prints", "print",
];

/// Whether a word opens a quantity: a number word or figure, an article, "half".
fn opens_quantity(w: &str) -> bool {
    is_in(QUANTITY, w) || w.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// "The bean hopper holds barely a week's worth" → "The bean hopper holds more than a week's
/// worth", "Runtime on max power is barely ten minutes" → "… is more than ten minutes": a
/// span that falls short wants more than it gave.
pub(super) fn more_than(text: &str, words: &[&Tok]) -> Option<String> {
    // After "is" only "barely" falls short, and of a figure: "is only 20 cm wide" may be
    // praise, "is just a joke" no span.
    let is_barely = |i: usize| {
        matches!(words[i - 1].w.as_str(), "is" | "are")
            && matches!(words[i].w.as_str(), "barely" | "hardly")
            && !matches!(words[i + 1].w.as_str(), "a" | "an")
    };
    let i = (1..words.len().saturating_sub(1)).find(|&i| {
        let short = matches!(words[i].w.as_str(), "barely" | "hardly" | "only" | "just")
            && is_in(SPANS, &words[i - 1].w);
        (short || is_barely(i)) && opens_quantity(&words[i + 1].w)
    })?;
    // A subject of the product before the verb.
    if i < 2 || is_in(PRONOUNS, &words[0].w) {
        return None;
    }
    let rest = text[words[i + 1].start..]
        .trim_end_matches(['.', '!'])
        .trim_end();
    Some(format!("{}more than {rest}", &text[..words[i].start]))
}

/// "The drip tray fills up after three coffees" → "The drip tray lasts more than three
/// coffees", "The bin is full after one room" → "The bin lasts more than one room": a part
/// that fills too soon wants to last longer.
pub(super) fn fills_later(text: &str, words: &[&Tok]) -> Option<String> {
    let lower: Vec<&str> = words.iter().map(|t| t.w.as_str()).collect();
    let (verb, after) = (1..lower.len()).find_map(|i| match lower[i..] {
        ["fills" | "fill" | "filled", "up", "after" | "within", ..] => Some((i, i + 3)),
        ["is" | "are" | "was", "full", "after" | "within", ..] => Some((i, i + 3)),
        _ => None,
    })?;
    let q = words.get(after)?;
    if !opens_quantity(&q.w) || is_in(PRONOUNS, &words[0].w) {
        return None;
    }
    let plural = super::super::statement::is_plural(&words[verb - 1].w);
    let lasts = if plural || lower[verb] == "fill" || lower[verb] == "are" {
        "last"
    } else {
        "lasts"
    };
    let rest = text[q.start..].trim_end_matches(['.', '!']).trim_end();
    Some(format!(
        "{}{lasts} more than {rest}",
        &text[..words[verb].start]
    ))
}

/// "The hotline keeps you on hold forever" → "The hotline answers quickly": a service that
/// keeps its customers waiting wants to answer quickly.
pub(super) fn answers_quickly(text: &str, words: &[&Tok]) -> Option<String> {
    let i = words
        .iter()
        .position(|t| matches!(t.w.as_str(), "keeps" | "keep" | "kept"))?;
    let [who, what, ..] = words.get(i + 1..)? else {
        return None;
    };
    let waiting = is_in(WAITERS, &who.w)
        && (what.w == "waiting"
            || what.w == "on" && words.get(i + 3).is_some_and(|t| t.w == "hold"));
    if !waiting || i == 0 || is_in(PRONOUNS, &words[0].w) {
        return None;
    }
    let plural = super::super::statement::is_plural(&words[i - 1].w) && words[i].w != "keeps";
    let answers = if plural { "answer" } else { "answers" };
    Some(format!("{}{answers} quickly", &text[..words[i].start]))
}

/// "Double shot button gives a watery mug" → "Double shot button gives a rich mug", "The
/// camera takes blurry photos" → "… takes sharp photos": a poor result the product gives,
/// named by an adjective before the last noun, wants the opposite.
pub(super) fn gives_better(text: &str, words: &[&Tok]) -> Option<String> {
    let n = words.len();
    if n < 4 {
        return None;
    }
    let (adj, noun) = (words[n - 2], words[n - 1]);
    let &(_, good, _) = OPPOSITES.iter().find(|(bad, ..)| *bad == adj.w)?;
    // A noise wants quiet, not a quiet noise ([`quiet_instead`]).
    let heard = matches!(noun.w.as_str(), "noise" | "noises" | "sound" | "sounds");
    let verb_at = (1..n - 2).find(|&i| is_in(YIELDS, &words[i].w))?;
    let between_ok = words[verb_at + 1..n - 2].iter().all(|t| {
        matches!(
            t.w.as_str(),
            "a" | "an" | "the" | "really" | "very" | "pretty"
        )
    });
    if heard || !between_ok || !is_noun_like(&noun.w) || is_in(PRONOUNS, &words[0].w) {
        return None;
    }
    // "a" stays "a" before the good word unless that opens on a vowel.
    let article = words[verb_at + 1..n - 2]
        .iter()
        .find(|t| matches!(t.w.as_str(), "a" | "an"));
    let head = match article {
        Some(a) => {
            let an = good.starts_with(['a', 'e', 'i', 'o', 'u']);
            format!("{}{} ", &text[..a.start], if an { "an" } else { "a" })
        }
        None => text[..adj.start].to_string(),
    };
    let noun_text = text[noun.start..].trim_end_matches(['.', '!']).trim_end();
    Some(format!("{head}{good} {noun_text}"))
}
