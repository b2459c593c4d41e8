//! Whether a short English text reads as a statement: a subject, then a verb, ending on a word
//! that can close a sentence. Used to keep fragments ("the max power is barely", "the long
//! runs") out of suggested island names.

use super::shared::*;

/// Plural nouns without an -s.
#[rustfmt::skip]
const PLURALS: &[&str] = &[
    "people", "children", "kids'", "feet", "teeth", "men", "women", "mice", "geese", "data",
    "staff", "police", "cattle", "sheep", "fish",
];

/// Verbs that need what follows them: a statement cannot end on one ("The robot shows", "The
/// hair on the carpet goes"). Base forms; -s forms are matched too.
#[rustfmt::skip]
const NEEDS_COMPLEMENT: &[&str] = &[
    "show", "make", "get", "have", "has", "need", "want", "take", "give", "put", "leave", "find",
    "say", "tell", "go", "come", "keep", "let", "see", "do", "use", "bring", "hold",
    "turn", "become", "seem", "look", "feel", "sound", "stay", "remain", "help", "allow", "cause",
    "require", "reach", "hit", "miss", "push", "pull", "lose", "throw", "cover", "sit", "lie",
];
/// Words of the customer's own voice: a statement about the product does not hold them ("The
/// start button on top is all I use").
const FIRST_PERSON: &[&str] = &[
    "i", "me", "my", "we", "us", "our", "you", "your", "i'm", "i've",
];

/// Words that leave a sentence hanging: adverbs in -ly, and objects that say nothing ("Every
/// update breaks something").
#[rustfmt::skip]
const DANGLING: &[&str] = &[
    "barely", "only", "nearly", "hardly", "really", "early", "something", "anything",
    "everything", "stuff",
];
/// Subjects that name nothing in particular ("This thing is magic", "The second is how long it
/// lasts").
const EMPTY_SUBJECTS: &[&str] = &[
    "thing", "things", "stuff", "first", "second", "third", "rest", "former", "latter",
];

/// Whether a noun is plural: an -s that is not -ss, or a listed plural ("people").
pub(in crate::method::wording) fn is_plural(noun: &str) -> bool {
    noun.ends_with('s') && !noun.ends_with("ss") || is_in(PLURALS, noun)
}

pub(in crate::method::wording) fn reads_as_statement(text: &str) -> bool {
    subject_head(text).is_some()
}

/// The head noun of a statement's subject ("robot" in "The robot goes home"), when the text
/// reads as a statement.
pub(in crate::method::wording) fn subject_head(text: &str) -> Option<String> {
    let toks = tokenize(text);
    let words: Vec<&Tok> = toks.iter().filter(|t| !t.punct).collect();
    if words.len() < 2 || toks.iter().any(|t| t.punct) {
        return None;
    }
    // The subject: determiners and adjectives, then at least one noun, before the verb.
    // A base form right before the verb names a thing ("The HEPA filter is …").
    let noun_use = |k: usize| {
        is_in(VERBS, &words[k].w)
            && words.get(k + 1).is_some_and(|n| {
                is_in(AUX, &n.w) || is_listed_verb_form(&n.w) && !is_in(VERBS, &n.w)
            })
    };
    let verb = (1..words.len()).find(|&k| {
        let w = words[k].w.as_str();
        is_in(AUX, w)
            || (is_listed_verb_form(w) && !is_in(DETERMINERS, &words[k - 1].w) && !noun_use(k))
    });
    let v = verb?;
    let subject = &words[..v];
    // "Orders arrive", "Returns are free": an -s form alone before a plural verb is a noun.
    let plural_noun = subject.len() == 1 && plural_noun_before(&subject[0].w, &words[v].w);
    // "A quick mode that does just the main walkways": a relative clause makes a noun phrase.
    if subject
        .iter()
        .any(|t| matches!(t.w.as_str(), "that" | "which" | "who"))
        || words.iter().any(|t| is_in(FIRST_PERSON, &t.w))
        // "Would be great": an auxiliary opens no subject; nor does an inflected verb ("Gets
        // hung up").
        || subject.iter().any(|t| is_in(AUX, &t.w))
        || subject.len() == 1
            && is_listed_verb_form(&subject[0].w)
            && !is_in(VERBS, &subject[0].w)
            && !plural_noun
        || is_in(EMPTY_SUBJECTS, &subject[subject.len() - 1].w)
    {
        return None;
    }
    // A verb that needs an object or a complement cannot end the statement.
    if v + 1 == words.len() {
        let w = words[v].w.as_str();
        // "goes", "does" → "go", "do"; "shows" → "show".
        let base = w
            .strip_suffix("es")
            .filter(|b| b.ends_with('o'))
            .or_else(|| w.strip_suffix('s'))
            .unwrap_or(w);
        if is_in(NEEDS_COMPLEMENT, w) || is_in(NEEDS_COMPLEMENT, base) {
            return None;
        }
    }
    // "Suction on thick carpet", "The readout of the power mode": a noun, then a phrase that
    // places or qualifies it.
    let qualifier = |i: usize| {
        i > 0
            && i + 1 < subject.len()
            && !subject[0].w.ends_with("ing")
            && matches!(
                subject[i].w.as_str(),
                "of" | "on" | "in" | "for" | "with" | "at"
            )
            // A base form after a determiner names a thing too ("The clip for extra tools").
            && (is_noun_like(&subject[i - 1].w)
                || is_in(VERBS, &subject[i - 1].w) && i >= 2 && is_in(DETERMINERS, &subject[i - 2].w))
    };
    // "Cleaning tablets", "Charging time": an -ing word naming the kind of a noun.
    let kind = |i: usize| {
        i + 1 < subject.len() && subject[i].w.ends_with("ing") && is_noun_like(&subject[i + 1].w)
    };
    // The head noun is the one before the first qualifying phrase ("Wheels on the head last
    // long" agrees with "Wheels"), else the last word of the subject.
    let head_at = (0..subject.len())
        .find(|&i| qualifier(i))
        .map_or(subject.len() - 1, |i| i - 1);
    let head = subject[head_at].w.as_str();
    // The verb must be finite and agree with its subject: "The battery lasting longer", "The
    // spot clean by tapping" and "The red blinking light" are noun phrases, not statements.
    let vw = words[v].w.as_str();
    if !is_in(AUX, vw) {
        if vw.ends_with("ing") {
            return None;
        }
        if is_in(VERBS, vw) && !is_plural(head) && !is_in(PRONOUNS, head) {
            return None;
        }
    }
    let subject_ok = subject
        .iter()
        .any(|t| is_noun_like(&t.w) || is_in(VERBS, &t.w))
        || plural_noun;
    let subject_ok = subject_ok
        && subject.iter().enumerate().all(|(i, t)| {
            plural_noun
                || is_in(DETERMINERS, &t.w)
                || is_adjective(&t.w)
                || is_noun_like(&t.w)
                || is_in(VERBS, &t.w)
                || qualifier(i)
                || kind(i)
        })
        && !is_in(PRONOUNS, &subject[0].w);
    let last = words[words.len() - 1].w.as_str();
    // "… to pull out", "… dries off", "… easy to click back in": a particle closes its verb,
    // a listed one or one after "to".
    let n = words.len();
    let adverbial = |w: &str| matches!(w, "out" | "up" | "off" | "down" | "away" | "back");
    let verb_at = if matches!(last, "in" | "on") && n > 2 && words[n - 2].w == "back" {
        n.checked_sub(3)
    } else if adverbial(last) || last == "on" && n > 2 && n - 2 == v {
        n.checked_sub(2)
    } else {
        None
    };
    // The finite verb itself may take it ("The handle came off").
    let particle = verb_at.is_some_and(|k| {
        k == v && !is_in(AUX, &words[k].w)
            || k > v && (is_in(VERBS, &words[k].w) || k > 0 && words[k - 1].w == "to")
    });
    // "… is bright enough": "enough" closes its adjective.
    let enough = last == "enough" && words.len() > v + 2 && is_adjective(&words[words.len() - 2].w);
    // "… works well": "well" closes its verb (it is a function word in "as well as").
    let well = last == "well" && n > 2 && words[n - 2].w != "as";
    let last_ok = (particle || enough || well || !is_function(last))
        && !is_in(DANGLING, last)
        && !last.chars().all(|c| c.is_ascii_digit())
        && !matches!(last, "two" | "three" | "four" | "five" | "ten")
        && (v + 1 < words.len() || !is_in(AUX, last))
        // "The mount leaves room": room for what.
        && !(last == "room"
            && n > 1
            && matches!(words[n - 2].w.as_str(), "leaves" | "leave" | "has" | "have" | "makes" | "make"))
        // "the steps are badly": after a copula an adverb leaves it hanging.
        && !(is_in(AUX, &words[v].w) && is_adverb(last) && !is_adjective(last));
    (subject_ok && last_ok).then(|| head.to_string())
}
