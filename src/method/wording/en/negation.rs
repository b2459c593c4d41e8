//! Rule 5: a state said without a negation, and the rewrite that drops the "not" where the
//! plain word is the wanted state.

use super::shared::*;
use crate::method::wording::{Hint, Rule, useful};

// ---- rule 5 ------------------------------------------------------------------------

/// "is not X" → "is Y".
pub(super) const ANTONYM_ADJ: &[(&str, &str)] = &[
    ("heavy", "light"),
    ("hot", "cool"),
    ("cold", "warm"),
    ("loud", "quiet"),
    ("noisy", "quiet"),
    ("slippery", "grippy"),
    ("dirty", "clean"),
    ("wet", "dry"),
    ("slow", "fast"),
    ("difficult", "easy"),
    ("hard", "easy"),
    ("complicated", "simple"),
    ("fragile", "sturdy"),
    ("weak", "strong"),
    ("dim", "bright"),
    ("blurry", "sharp"),
    ("uncomfortable", "comfortable"),
    ("unstable", "stable"),
    ("bulky", "compact"),
    ("loose", "tight"),
    ("wobbly", "steady"),
    ("smelly", "odourless"),
];
/// "does not X" → "Y" (third person, base).
pub(super) const ANTONYM_VERB: &[(&str, &str, &str)] = &[
    ("leak", "stays sealed", "stay sealed"),
    ("break", "stays intact", "stay intact"),
    ("slip", "grips firmly", "grip firmly"),
    ("fade", "keeps its colour", "keep their colour"),
    ("rust", "stays rust-free", "stay rust-free"),
    ("wobble", "stands steady", "stand steady"),
    ("overheat", "stays cool", "stay cool"),
    ("crash", "runs stably", "run stably"),
    ("tangle", "stays untangled", "stay untangled"),
    ("fog", "stays clear", "stay clear"),
    ("spill", "keeps its contents in", "keep their contents in"),
    ("tip", "stands steady", "stand steady"),
];

pub(super) fn negation(text: &str, words: &[&Tok]) -> Option<Hint> {
    let k = (0..words.len()).find(|&i| negates_at(words, i))?;
    let neg = words[k].w.as_str();
    // "Can't fill the tank from the top" → "The tank can be filled from the top", rather than
    // "Can fill the tank …", which asks.
    let suggestion = super::wanted::can_be_done(text, words)
        // A modal opening the rewrite asks ("can hear a thing"), however it was meant.
        .or_else(|| negation_rewrite(text, words, k).filter(|r| !opens_on_modal(r)))
        // "No spare parts available locally" → "Spare parts are available locally".
        .or_else(|| {
            (k == 0)
                .then(|| super::wanted::available_instead(text, words))
                .flatten()
        });
    Some(Hint::new(
        Rule::NoNegation,
        format!("'{neg}' says what must not happen; state what should happen instead"),
        format!("“{neg}”是否定说法，请写出应有的状态"),
        suggestion,
    ))
}

/// Whether a text opens on a modal verb, with its subject left out.
fn opens_on_modal(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    matches!(
        first.as_str(),
        "can" | "could" | "will" | "would" | "may" | "might"
    )
}

/// Adjectives of the list whose plain form is not the wanted state, or says too little, so
/// "is not X" gets no rewrite ("is not broken" must not become "is broken").
#[rustfmt::skip]
const NOT_WANTED_ADJ: &[&str] = &[
    "dark", "rough", "dull", "ugly", "empty", "bitter", "sour", "salty", "thirsty", "steep",
    "stiff", "rigid", "cheap", "free", "open", "close", "new", "high", "low", "short", "thin",
    "thick", "round", "square", "natural", "matte", "glossy", "sweet", "narrow", "cold",
];
/// Qualities outside the adjective list that read as the wanted state once "not" goes.
#[rustfmt::skip]
const WANTED_ADJ: &[&str] = &[
    "possible", "adjustable", "removable", "washable", "available", "included", "compatible",
    "charged", "responsive", "sensitive", "powerful", "obvious", "consistent", "enough",
];
/// Verbs whose plain form states the wanted behaviour once "not" goes ("does not fit" →
/// "fits"). Verbs of a failure ("stick", "stop", "jam") are left out: dropping "not" would
/// invert them.
#[rustfmt::skip]
const WANTED_VERBS: &[&str] = &[
    "fit", "hold", "open", "close", "lie", "stay", "reach", "explain", "work", "last",
    "charge", "start", "stand", "lock", "click", "grip", "pick", "dry", "heat", "keep", "get",
    "come", "fold", "slide", "spin", "show", "light", "connect", "pair", "respond", "fill",
    "drain", "seal", "attach", "sit", "cover", "match", "support", "accept", "recognise",
    "recognize", "detect", "cut", "grind", "froth", "boil", "warm", "clean", "suck", "pull",
    "reach", "be", "see", "hear", "read", "find", "keep", "move", "turn", "go", "lift", "carry",
    "store", "hang", "stand", "tell", "load", "shut", "switch", "print", "sync", "update",
];
/// States a verb can end in that are faults ("gets stuck", "comes loose"): denied, they are
/// wanted, so the negation cannot simply be dropped.
#[rustfmt::skip]
const FAULT_STATES: &[&str] = &[
    "stuck", "tangled", "trapped", "jammed", "caught", "lost", "confused", "clogged", "blocked",
    "dirty", "damaged", "scratched", "broken", "loose", "wound", "hung", "stained", "dented",
];
/// Verbs after which the particle decides the direction ("fall into the bin" is wanted, "fall
/// over" is not): rewritten only before these particles.
const WANTED_WITH: &[(&str, &[&str])] = &[
    ("fall", &["into", "in"]),
    ("turn", &["on"]),
    ("go", &["in", "into", "through"]),
];

/// The base form of a verb written as base or third person, when it is one of `bases`.
fn verb_base<'a>(bases: &[&'a str], w: &str) -> Option<&'a str> {
    bases
        .iter()
        .find(|b| **b == w || third_person(b) == w)
        .copied()
}

/// Things a customer wants kept out: "Spam calls don't get through" is the wanted state.
#[rustfmt::skip]
const UNWANTED: &[&str] = &[
    "spam", "dust", "rain", "bugs", "insects", "thieves", "strangers", "malware",
    "viruses", "draughts", "drafts", "smoke", "odours", "odors", "ads", "scammers",
    // Who must be kept out ("The toddler cannot open the cabinet" is child safety).
    "toddler", "toddlers", "child", "children", "kids", "kid", "baby", "babies", "pets", "dog",
    "dogs", "cat", "cats", "burglars", "intruders", "hackers", "others",
];

pub(super) fn negation_rewrite(text: &str, words: &[&Tok], k: usize) -> Option<String> {
    // Where the subject is the unwanted thing, the negation is what is wanted.
    if words[..k].iter().take(2).any(|t| is_in(UNWANTED, &t.w)) {
        return None;
    }
    let w = |i: usize| words.get(i).map_or("", |t| t.w.as_str());
    let splice = |from: usize, to: usize, with: &str| {
        let after = &text[words[to].end..];
        // An empty replacement takes the space after it along.
        let after = if with.is_empty() {
            after.trim_start()
        } else {
            after
        };
        useful(
            text,
            format!("{}{}{}", &text[..words[from].start], with, after),
        )
    };
    // "So noisy I cannot hear the TV", "the lid doesn't seal so beans go stale": the negation
    // is one end of a cause and its effect, which a positive would contradict.
    if words
        .iter()
        .any(|t| matches!(t.w.as_str(), "so" | "too" | "because" | "since"))
    {
        return None;
    }
    let neg = w(k);
    // Copula: "is not hot", "isn't hot".
    let copula = match neg {
        "isn't" => Some((k, "is")),
        "aren't" => Some((k, "are")),
        "wasn't" => Some((k, "was")),
        "not" if k > 0 && matches!(w(k - 1), "is" | "are") => Some((k - 1, w(k - 1))),
        _ => None,
    };
    let adj = w(k + 1);
    // "is not hot enough": the adjective is the wanted state, only "not" goes.
    if let Some((from, c)) = copula
        && w(k + 2) == "enough"
        && is_adjective(adj)
    {
        return splice(from, k, c);
    }
    // "not hard to open" is easy; "not hard" alone may be of a seat, which is soft.
    let of_effort = adj != "hard" || w(k + 2) == "to";
    if !of_effort {
        return None;
    }
    if let Some(&(_, ant)) = ANTONYM_ADJ.iter().find(|(a, _)| *a == adj && of_effort) {
        if let Some((from, c)) = copula {
            return splice(from, k + 1, &format!("{c} {ant}"));
        }
        if neg == "not" && k > 0 {
            return splice(k, k + 1, ant);
        }
    }
    if let Some((from, c)) = copula {
        let wanted =
            (is_in(ADJECTIVES, adj) && !is_in(NOT_WANTED_ADJ, adj)) || is_in(WANTED_ADJ, adj);
        return wanted.then(|| splice(from, k, c)).flatten();
    }
    // Verbs: "does not leak", "doesn't leak", "never leaks", "won't leak", "can't fold".
    #[derive(PartialEq)]
    enum Aux {
        Does,
        Do,
        Never,
        Will,
        Can,
    }
    let (aux, start) = match neg {
        "doesn't" => (Aux::Does, k),
        "don't" => (Aux::Do, k),
        "won't" => (Aux::Will, k),
        "can't" | "cannot" => (Aux::Can, k),
        "never" => (Aux::Never, k),
        "not" if k > 0 => match w(k - 1) {
            "does" => (Aux::Does, k - 1),
            "do" => (Aux::Do, k - 1),
            "will" => (Aux::Will, k - 1),
            "can" => (Aux::Can, k - 1),
            _ => return None,
        },
        _ => return None,
    };
    let verb = w(k + 1);
    // "It never gets stuck": what is denied is a fault; without it the statement says the
    // opposite ("It gets stuck").
    if is_in(FAULT_STATES, w(k + 2)) {
        return None;
    }
    if let Some(entry) = ANTONYM_VERB
        .iter()
        .find(|(base, _, _)| *base == verb || (aux == Aux::Never && third_person(base) == verb))
    {
        let never_base = aux == Aux::Never && entry.0 == verb;
        let with = match aux {
            Aux::Will => format!("will {}", entry.2),
            Aux::Does | Aux::Never if !never_base => entry.1.to_string(),
            Aux::Can => return None,
            _ => entry.2.to_string(),
        };
        return splice(start, k + 1, &with);
    }
    let particle_ok = |base: &str| {
        WANTED_WITH
            .iter()
            .find(|(b, _)| *b == base)
            .is_none_or(|(_, ps)| ps.contains(&w(k + 2)))
    };
    let wanted: Vec<&str> = WANTED_VERBS
        .iter()
        .chain(WANTED_WITH.iter().map(|(b, _)| b))
        .copied()
        .collect();
    let base = verb_base(&wanted, verb).filter(|b| particle_ok(b))?;
    match aux {
        // "never" keeps the verb as written: "the rugs never come out clean".
        Aux::Never => splice(k, k, ""),
        Aux::Does if base == verb => splice(start, k + 1, &third_person(base)),
        Aux::Do if base == verb => splice(start, k, ""),
        Aux::Will if base == verb => splice(start, k, "will"),
        Aux::Can if base == verb => splice(start, k, "can"),
        _ => None,
    }
}
