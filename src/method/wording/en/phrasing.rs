//! Rules 6 to 8: the object, concreteness, a state rather than a wish.

use super::shared::*;
use super::structure::*;
use crate::method::wording::{Hint, Rule, useful};

// ---- rule 6 ------------------------------------------------------------------------

#[rustfmt::skip]
pub(super) const TIME_NOUNS: &[&str] = &[
    "time", "times", "day", "days", "night", "nights", "morning", "week", "hour", "hours",
    "minute", "minutes", "second", "seconds", "year", "years", "season", "overnight",
];

/// "the noise is low": only a property is named, so what it belongs to is left open.
pub(super) fn property_only(words: &[&Tok]) -> Option<Hint> {
    if words.len() > 5 {
        return None;
    }
    let verb_at = words
        .iter()
        .position(|t| is_in(AUX, &t.w) || is_listed_verb_form(&t.w))?;
    // A property after the verb is its object ("can change colour evenly").
    let nouns: Vec<&&Tok> = words.iter().filter(|t| is_noun_like(&t.w)).collect();
    let before = words[..verb_at]
        .iter()
        .any(|t| is_in(ATTRIBUTE_NOUNS, &t.w));
    // "the colour changes evenly" says what changes; "the noise is low" rates a property.
    let rated = is_in(AUX, &words[verb_at].w)
        && words[verb_at + 1..]
            .iter()
            .any(|t| is_adjective(&t.w) || is_adverb(&t.w));
    if !rated {
        return None;
    }
    if !before || !nouns.iter().all(|t| is_in(ATTRIBUTE_NOUNS, &t.w)) {
        return None;
    }
    let noun = &nouns[0].w;
    Some(Hint::new(
        Rule::ExplicitObject,
        format!("'{noun}' of what? Name the thing it belongs to"),
        format!("是什么的“{noun}”？请写出它属于的对象"),
        None,
    ))
}

pub(super) fn object(text: &str, words: &[&Tok]) -> Option<Hint> {
    if let Some(h) = property_only(words) {
        return Some(h);
    }
    let w0 = words[0].w.as_str();
    let next_adverb = words.get(1).is_some_and(|t| is_adverb(&t.w));
    let adjective_to = is_adjective(w0) && words.get(1).is_some_and(|t| t.w == "to");
    // "cheap", "light and compact": qualities with nothing to hold them.
    let only_qualifiers = is_adjective(w0)
        && words
            .iter()
            .all(|t| is_adjective(&t.w) || is_adverb(&t.w) || is_in(FUNCTION, &t.w));
    let adjective_to = adjective_to || only_qualifiers;
    let starts_predicate = is_in(AUX, w0)
        || is_listed_verb_form(w0)
        || (is_adverb(w0) && !is_in(NEGATIONS, w0))
        || adjective_to
        || ((w0.ends_with('s') || w0.ends_with("ed")) && next_adverb && !is_function(w0));
    // "mounts that don't break": a relative clause makes the first word a noun.
    let relative = words
        .get(1)
        .is_some_and(|t| matches!(t.w.as_str(), "that" | "which" | "who"));
    // "water drains …": a bare word followed by a verb in -s is the subject.
    let subject_first = words
        .get(1)
        .is_some_and(|t| t.w.ends_with('s') && is_listed_verb_form(&t.w) && !w0.ends_with('s'));
    // "Orders arrive …", "Returns are free": an -s word before a plural verb is the subject.
    let plural_subject = words.get(1).is_some_and(|t| plural_noun_before(w0, &t.w));
    // "Would like to …" leaves out the customer, not the product: rule 8's to say.
    let wish = WISH_LEADS.iter().any(|seq| starts_with_seq(words, 0, seq));
    if !starts_predicate
        || relative
        || subject_first
        || plural_subject
        || wish
        // A lone auxiliary is a statement half typed.
        || words.len() == 1 && is_in(AUX, w0)
        || is_in(PRONOUNS, w0)
        || is_in(DETERMINERS, w0)
    {
        return None;
    }
    // "daily use is effortless": a noun before the first verb is the subject.
    let first_verb = (1..words.len()).find(|&k| is_in(AUX, &words[k].w));
    let subject_before = first_verb
        .is_some_and(|v| (1..v).any(|k| is_noun_like(&words[k].w) || is_in(VERBS, &words[k].w)));
    if subject_before {
        return None;
    }
    // Anything named: a noun, a pronoun, or a word after a determiner ("the boot"). Times and
    // conditions ("every time", "in the rain", "with one hand") set the scene; "in a pocket"
    // names a thing.
    let names_something = (1..words.len()).any(|k| {
        let w = words[k].w.as_str();
        let scene = is_in(TIME_NOUNS, w)
            || is_in(CONDITION_NOUNS, w)
            || is_in(NUMBERS, w)
            || matches!(w, "one" | "hand" | "hands");
        !scene
            && !is_in(ADVERBS, w)
            && (is_noun_like(w)
                || is_in(PRONOUNS, w)
                || (is_in(DETERMINERS, &words[k - 1].w) && !is_adjective(w) && !is_adverb(w)))
    });
    if names_something {
        return None;
    }
    // "Lights every time" → "The … lights every time": the blank opens the statement.
    let rest = super::structure::lower_first(text);
    let suggestion = opened_as(
        text,
        if adjective_to {
            format!("the … is {rest}")
        } else {
            format!("the … {rest}")
        },
    );
    Some(Hint::new(
        Rule::ExplicitObject,
        format!(
            "'{}' has no object: name what it acts on or what it is about",
            words[0].orig
        ),
        format!("“{}”缺少对象：请写出作用于什么、说的是什么", words[0].orig),
        Some(suggestion),
    ))
}

// ---- rule 7 ------------------------------------------------------------------------

pub(super) const MAX_WORDS: usize = 12;
/// Praise without content, wherever it appears.
#[rustfmt::skip]
pub(super) const ABSTRACT: &[&str] = &[
    "good", "nice", "great", "better", "best", "excellent", "perfect", "awesome", "amazing",
    "wonderful", "decent", "ok", "okay", "quality", "user-friendly", "high-quality", "premium",
    "superior", "ideal", "optimal", "satisfactory", "fantastic", "satisfying", "pleasing",
];
/// Praise without content when it is what the statement says of its subject ("The voice control
/// is cool", "The zones are a lifesaver"); elsewhere the word may carry content ("fine dust").
#[rustfmt::skip]
pub(super) const ABSTRACT_PREDICATE: &[&str] = &[
    "fine", "cool", "impressive", "lifesaver", "brilliant", "solid", "superb", "alright",
    "terrific", "incredible", "fab", "neat", "lovely", "fabulous", "outstanding", "magic",
];
/// Vague unless the statement says what about it ("easy to use" vs "easy to pitch alone").
#[rustfmt::skip]
pub(super) const VAGUE: &[&str] = &[
    "convenient", "comfortable", "easy", "simple", "handy", "practical", "useful", "intuitive",
    "pleasant",
];

pub(super) fn concrete(words: &[&Tok]) -> Option<Hint> {
    let mut reasons: Vec<(String, String)> = Vec::new();
    // "It would be great if …" is a wish (rule 8), not praise.
    let lead = WISH_LEADS
        .iter()
        .find(|seq| starts_with_seq(words, 0, seq))
        .map_or(0, |s| s.len());
    if words.len() > MAX_WORDS {
        reasons.push((
            format!(
                "{} words; keep it to one short statement (at most {MAX_WORDS})",
                words.len()
            ),
            format!(
                "共 {} 个词，请写成一条简短的陈述（不超过 {MAX_WORDS} 个词）",
                words.len()
            ),
        ));
    }
    let every_way = words.windows(2).find(|p| {
        matches!(p[0].w.as_str(), "every" | "all")
            && matches!(p[1].w.as_str(), "respect" | "respects" | "way" | "ways")
    });
    // "The reliability is good", "good durability": praise that rates a characteristic word is
    // rule 3's to name; it is not abstract on its own.
    let rates = |i: usize| {
        let measure = |k: usize| super::content::characteristic_at(words, k).is_some();
        i + 1 < words.len() && measure(i + 1)
            || i >= 2 && is_in(AUX, &words[i - 1].w) && measure(i - 2)
    };
    if let Some(t) = words
        .iter()
        .enumerate()
        .skip(lead)
        .find(|&(i, t)| is_in(ABSTRACT, &t.w) && !rates(i))
        .map(|(_, t)| t)
    {
        reasons.push((
            format!("'{}' is abstract; say what makes it so", t.w),
            format!("“{}”太抽象，请写出具体表现", t.w),
        ));
    } else if let Some(t) = words.windows(2).enumerate().find_map(|(i, p)| {
        let link =
            is_in(AUX, &p[0].w) || matches!(p[0].w.as_str(), "a" | "looks" | "look" | "seems");
        // "The light looks neat on a city bike": how tidy a thing looks is its look.
        let look = matches!(p[0].w.as_str(), "looks" | "look") && p[1].w == "neat";
        (link && !look && is_in(ABSTRACT_PREDICATE, &p[1].w) && !rates(i + 1)).then_some(p[1])
    }) {
        reasons.push((
            format!("'{}' is abstract; say what makes it so", t.w),
            format!("“{}”太抽象，请写出具体表现", t.w),
        ));
    } else if let Some(t) = words.iter().find(|t| is_in(VAGUE, &t.w)) {
        let content = words
            .iter()
            .filter(|o| o.w != t.w)
            .filter(|o| is_noun_like(&o.w) || (is_listed_verb_form(&o.w) && !is_in(AUX, &o.w)))
            .count();
        // "is convenient" says nothing more; "is easy to carry" says in what way, "easy to
        // use" does not.
        let ends = words.last().is_some_and(|l| l.w == t.w);
        let generic = words
            .iter()
            .any(|o| matches!(o.w.as_str(), "use" | "operate" | "handle"));
        if content == 0 || ends || (content == 1 && generic) {
            reasons.push((
                format!("'{}' alone is vague; say in what way", t.w),
                format!("只说“{}”太笼统，请写出具体在哪方面", t.w),
            ));
        }
    }
    if let (Some(p), true) = (every_way, reasons.is_empty()) {
        let phrase = format!("{} {}", p[0].w, p[1].w);
        reasons.push((
            format!("'{phrase}' is abstract; name the respect that matters"),
            format!("“{phrase}”太抽象，请写出具体在哪方面"),
        ));
    }
    if reasons.is_empty() {
        return None;
    }
    let (en, zh): (Vec<String>, Vec<String>) = reasons.into_iter().unzip();
    Some(Hint::new(
        Rule::Concrete,
        en.join("; "),
        zh.join("；"),
        None,
    ))
}

// ---- rule 8 ------------------------------------------------------------------------

/// Wish openers, longest first; removed whole in the suggestion.
pub(super) const WISH_LEADS: &[&[&str]] = &[
    &["it", "would", "be", "great", "if"],
    &["it", "would", "be", "nice", "if"],
    &["it", "would", "be", "good", "if"],
    &["would", "be", "great", "if"],
    &["would", "be", "nice", "if"],
    &["would", "be", "good", "if"],
    &["i", "would", "like"],
    &["we", "would", "like"],
    &["i", "would", "love"],
    &["would", "like"],
    &["would", "love"],
    &["i'd", "like"],
    &["we'd", "like"],
    &["i", "want"],
    &["we", "want"],
    &["i", "wish"],
    &["we", "wish"],
    &["i", "hope"],
    &["we", "hope"],
    &["i", "need"],
    &["we", "need"],
    &["please"],
];
/// Wish words inside a statement; the following verb is inflected in the suggestion.
pub(super) const WISH_MODALS: &[&[&str]] = &[
    &["should"],
    &["must"],
    &["ought", "to"],
    &["needs", "to"],
    &["need", "to"],
    &["has", "to"],
    &["have", "to"],
    &["would"],
];

/// Whether "would" at `i` says what a thing would do for the customer: "would help", "would be
/// nice", "would make it easier".
fn would_help(words: &[&Tok], i: usize) -> bool {
    let w = |k: usize| words.get(k).map_or("", |t| t.w.as_str());
    i > 0
        && !is_in(PRONOUNS, w(i - 1))
        && (matches!(w(i + 1), "help" | "make" | "save")
            // "would blend in better"
            || (i + 2..i + 5).any(|k| w(k) == "better") && is_listed_verb_form(w(i + 1))
            || w(i + 1) == "be"
                && matches!(
                    w(i + 2),
                    "nice" | "great" | "good" | "handy" | "useful" | "welcome" | "better" | "ideal"
                ))
}

pub(super) fn starts_with_seq(words: &[&Tok], at: usize, seq: &[&str]) -> bool {
    seq.iter()
        .enumerate()
        .all(|(j, s)| words.get(at + j).is_some_and(|t| t.w == *s))
}

pub(super) fn wish(text: &str, words: &[&Tok]) -> Option<Hint> {
    let lead = WISH_LEADS.iter().find(|seq| starts_with_seq(words, 0, seq));
    let mut trigger: Option<String> = lead.map(|seq| join(&words[..seq.len()]));
    let mut modal: Option<(usize, usize)> = None;
    // The lead's own words ("it would be great if") are not the statement's modal.
    let start = lead.map_or(0, |s| s.len());
    for i in start..words.len() {
        if let Some(seq) = WISH_MODALS
            .iter()
            .find(|seq| starts_with_seq(words, i, seq))
        {
            // "would" only counts when the sentence is a wish ("I wish it would fold"), or
            // when it says what a thing would do for the customer ("A brighter lamp would
            // help"), which wishes for the thing.
            if seq[0] == "would" && lead.is_none() {
                if !would_help(words, i) {
                    continue;
                }
                trigger.get_or_insert_with(|| join(&words[i..(i + 2).min(words.len())]));
                break;
            }
            // "Must say …", "I have to admit …" frame a remark; they wish for nothing.
            if words
                .get(i + seq.len())
                .is_some_and(|t| matches!(t.w.as_str(), "say" | "admit"))
            {
                continue;
            }
            trigger.get_or_insert_with(|| seq.join(" "));
            modal = Some((i, seq.len()));
            break;
        }
        if trigger.is_none() && matches!(words[i].w.as_str(), "please" | "wish" | "hope") {
            trigger = Some(words[i].w.clone());
        }
    }
    let trigger = trigger?;
    let suggestion = wish_rewrite(text, words, lead.map_or(0, |s| s.len()), modal)
        .filter(|s| states_something(s));
    Some(Hint::new(
        Rule::StateNotWish,
        format!("'{trigger}' states a wish; describe the state instead"),
        format!("“{trigger}”是愿望的说法，请写成状态"),
        suggestion,
    ))
}

/// A wish to handle a thing ("set the brew temperature myself") as the state that the thing can
/// be so handled ("The brew temperature can be set"); None unless the verb and its object say it
/// plainly.
fn wished_handling(text: &str, rest: &[&Tok]) -> Option<String> {
    let (verb, mut object) = rest.split_first()?;
    let mut done = past_participle(&verb.w)?;
    // "turn off the beeps": the particle follows the participle ("can be turned off").
    if let Some((p, after)) = object.split_first() {
        if matches!(p.w.as_str(), "off" | "on" | "up" | "down" | "out") {
            done = format!("{done} {}", p.w);
            object = after;
        }
    }
    let object: Vec<&Tok> = object
        .iter()
        .copied()
        .take_while(|t| !t.punct)
        .filter(|t| !matches!(t.w.as_str(), "myself" | "ourselves" | "yourself" | "please"))
        .collect();
    let (det, noun) = object.split_first()?;
    // The object names one thing by a noun phrase and nothing more ("the brew temperature",
    // "the height of the handle"; not "it at work").
    let plain = noun
        .last()
        .is_some_and(|t| !is_function(&t.w) && !is_adverb(&t.w))
        && noun.iter().all(|t| {
            !is_in(AUX, &t.w)
                && (!is_function(&t.w) || matches!(t.w.as_str(), "of" | "the"))
                && !is_adverb(&t.w)
        });
    if !matches!(det.w.as_str(), "the" | "my" | "our") || !plain {
        return None;
    }
    let s = format!("the {} can be {done}", join(noun));
    useful(text, opened_as(text, s))
}

/// Whether a wish's rewrite states something: not a bare noun phrase ("I want a timer" is no
/// "A timer") nor an order ("Please add a timer" is no "Add a timer").
fn states_something(s: &str) -> bool {
    let toks = tokenize(s);
    let words: Vec<&Tok> = toks.iter().filter(|t| !t.punct).collect();
    let order = words
        .first()
        .is_some_and(|t| is_in(VERBS, &t.w) && !is_in(AUX, &t.w));
    let verb = words
        .iter()
        .any(|t| is_in(AUX, &t.w) || is_listed_verb_form(&t.w));
    !order && verb
}

/// "boiled" → "boils", "were" → "is"; None for words that are not a past form of a listed verb.
pub(super) fn present_of_past(w: &str, plural: bool) -> Option<String> {
    let irregular = match w {
        "were" | "was" => Some(if plural { "are" } else { "is" }),
        "had" => Some(if plural { "have" } else { "has" }),
        "could" => Some("can"),
        "did" => Some(if plural { "do" } else { "does" }),
        _ => None,
    };
    if let Some(p) = irregular {
        return Some(p.to_string());
    }
    // Irregular pasts of listed verbs ("told" → "tells", "kept" → "keeps").
    let base = match w {
        "told" => Some("tell"),
        "kept" => Some("keep"),
        "held" => Some("hold"),
        "gave" => Some("give"),
        "took" => Some("take"),
        "made" => Some("make"),
        "came" => Some("come"),
        "went" => Some("go"),
        "ran" => Some("run"),
        "stood" => Some("stand"),
        "sat" => Some("sit"),
        "lay" => Some("lie"),
        "shone" => Some("shine"),
        "knew" => Some("know"),
        "found" => Some("find"),
        "felt" => Some("feel"),
        "got" => Some("get"),
        "became" => Some("become"),
        "slid" => Some("slide"),
        "froze" => Some("freeze"),
        "woke" => Some("wake"),
        "lit" => Some("light"),
        _ => None,
    };
    if let Some(b) = base {
        return Some(if plural {
            b.to_string()
        } else {
            third_person(b)
        });
    }
    let stem = w.strip_suffix("ed")?;
    let base = [stem.to_string(), format!("{stem}e")]
        .into_iter()
        .chain(stem.strip_suffix('i').map(|s| format!("{s}y")))
        .find(|b| is_in(VERBS, b))?;
    Some(if plural { base } else { third_person(&base) })
}

pub(super) fn wish_rewrite(
    text: &str,
    words: &[&Tok],
    lead: usize,
    modal: Option<(usize, usize)>,
) -> Option<String> {
    let mut rest: Vec<String> = Vec::new();
    let mut i = lead;
    if words.get(i).is_some_and(|t| t.w == "that") {
        i += 1;
    }
    // "I would like to set the brew temperature myself": the wish is that the thing can be
    // so handled ("The brew temperature can be set"), not "To set …".
    if lead > 0 && modal.is_none() && words.get(i).is_some_and(|t| t.w == "to") {
        return wished_handling(text, &words[i + 1..]);
    }
    // "I want the lid to seal tightly": the word before "to" ends the subject.
    let to_at = (lead > 0 && modal.is_none())
        .then(|| (i..words.len().min(i + 6)).find(|&k| words[k].w == "to" && k > i))
        .flatten();
    let plural_subject = |upto: usize| {
        upto > 0 && {
            let w = &words[upto - 1].w;
            (w.ends_with('s') && !w.ends_with("ss")) || w == "they" || w == "we"
        }
    };
    while i < words.len() {
        let t = words[i];
        if Some(i) == to_at {
            let verb = words.get(i + 1)?;
            let v = verb.w.as_str();
            rest.push(if plural_subject(i) {
                v.to_string()
            } else {
                third_person(v)
            });
            i += 2;
            continue;
        }
        if let Some((m, len)) = modal {
            if i == m {
                let verb = words.get(i + len)?;
                let v = verb.w.as_str();
                if is_in(NEGATIONS, v) {
                    return None;
                }
                let form = match (v, plural_subject(i)) {
                    ("be", true) => "are".to_string(),
                    (_, true) => v.to_string(),
                    (_, false) => third_person(v),
                };
                rest.push(form);
                i += len + 1;
                continue;
            }
        }
        if t.w == "please" {
            i += 1;
            continue;
        }
        // "if the kettle boiled faster", "I wish it were": the wish's past is the state's present.
        if lead > 0 && modal.is_none() && i > lead {
            if let Some(present) = present_of_past(&t.w, plural_subject(i)) {
                rest.push(present);
                i += 1;
                continue;
            }
        }
        rest.push(t.orig.to_string());
        i += 1;
    }
    if lead == 0 && modal.is_none() && !words.iter().any(|t| t.w == "please") {
        return None;
    }
    // A wish that is also a negation ("please don't let it …") needs rethinking, not editing.
    if rest.iter().any(|w| {
        let w = w.to_lowercase();
        is_in(NEGATIONS, &w) || w.ends_with("n't")
    }) {
        return None;
    }
    // Imperatives after "please" ("please make …") have no state to keep.
    if rest
        .first()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "make" | "let" | "give"))
    {
        return None;
    }
    // "Please keep the room cool": what is kept so is the state ("the room stays cool").
    if rest.first().is_some_and(|w| w.eq_ignore_ascii_case("keep")) {
        let last = rest.last().map(|w| w.to_lowercase()).unwrap_or_default();
        if rest.len() < 3 || !is_adjective(&last) {
            return None;
        }
        let object = &rest[1..rest.len() - 1];
        let plural = object
            .last()
            .is_some_and(|w| w.ends_with('s') && !w.ends_with("ss"));
        let stays = if plural { "stay" } else { "stays" };
        rest = [object.to_vec(), vec![stays.to_string(), last]].concat();
    }
    let mut s = rest.join(" ");
    if let Some(first) = s.get(..1) {
        if lead > 0 && first != first.to_lowercase() && !s.starts_with("I ") {
            s = format!("{}{}", first.to_lowercase(), &s[1..]);
        }
    }
    if s.starts_with("a ") || s.starts_with("an ") {
        // "I want a light that fits …" → "the light fits …"
        if let Some(pos) = s.find(" that ") {
            let head = s[..pos].split_once(' ').map_or("", |(_, n)| n).to_string();
            s = format!("the {} {}", head, &s[pos + 6..]);
        }
    }
    // The statement opens as the wish did: "It would be great if the kettle boiled faster" →
    // "The kettle boils faster".
    useful(text, opened_as(text, s))
}
