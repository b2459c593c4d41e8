//! English heuristics on a word list. Parts of speech are guessed from small tables of
//! function words, verbs and adjectives plus suffixes; unknown words are taken as nouns,
//! which makes the checks that need a verb or a noun err towards silence.

use super::{Hint, Rule, useful};

#[derive(Debug, Clone)]
struct Tok<'a> {
    /// Lowercase, with typographic apostrophes made plain.
    w: String,
    /// The word as written.
    orig: &'a str,
    start: usize,
    end: usize,
    punct: bool,
}

/// Words and the punctuation that separates statements. A '.' inside "3.5" or "e.g" stays
/// part of the word so that numbers do not look like sentence breaks.
fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let next_alnum = |j: usize| chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j].1;
                let joiner = matches!(d, '\'' | '’' | '-' | '.') && next_alnum(j);
                if d.is_alphanumeric() || joiner {
                    j += 1;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
            let orig = &text[start..end];
            toks.push(Tok {
                w: orig.to_lowercase().replace('’', "'"),
                orig,
                start,
                end,
                punct: false,
            });
            i = j;
        } else {
            if matches!(c, ',' | ';' | '.' | '!' | '?' | ':' | '&') {
                let end = start + c.len_utf8();
                toks.push(Tok {
                    w: c.to_string(),
                    orig: &text[start..end],
                    start,
                    end,
                    punct: true,
                });
            }
            i += 1;
        }
    }
    toks
}

#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "my", "your", "his", "her", "its", "our", "their", "this", "that",
    "these", "those", "every", "each", "any", "some", "all", "both",
];
#[rustfmt::skip]
const PRONOUNS: &[&str] = &[
    "it", "they", "i", "we", "you", "he", "she", "one", "it's", "they're", "everyone",
    "everything", "someone", "me", "us", "them", "him",
];
#[rustfmt::skip]
const AUX: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "can", "could", "will", "would",
    "shall", "should", "may", "might", "must", "do", "does", "did", "has", "have", "had",
];
#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "by", "for", "with", "without", "from", "to", "into", "onto", "of",
    "under", "over", "during", "after", "before", "through", "across", "between", "inside",
    "outside", "within", "near", "around", "when", "while", "if", "even", "than", "as",
    "after", "up", "down", "off", "out", "per", "about", "against", "along", "behind",
    "beside", "via",
];
#[rustfmt::skip]
const FUNCTION: &[&str] = &[
    "and", "or", "but", "so", "very", "really", "quite", "too", "also", "always", "still",
    "just", "more", "most", "less", "least", "much", "then", "there", "here", "which", "who",
    "whom", "whose", "what", "not", "no", "never", "enough", "only", "again", "once", "ever",
    "yet", "such", "other", "another", "same", "own", "please", "well",
];
#[rustfmt::skip]
const NEGATIONS: &[&str] = &[
    "not", "no", "never", "without", "nothing", "none", "nor", "cannot", "nobody", "neither",
];

/// Base forms of verbs that turn up in product statements. Inflections are derived.
#[rustfmt::skip]
const VERBS: &[&str] = &[
    "fit", "last", "hold", "keep", "stay", "remain", "work", "light", "start", "run", "open",
    "close", "dry", "heat", "warm", "cool", "charge", "fold", "pack", "carry", "clean", "wash",
    "change", "show", "display", "read", "feel", "look", "sound", "smell", "taste", "move",
    "turn", "stop", "lock", "seal", "store", "grip", "fill", "pour", "boil", "cook", "cut",
    "protect", "resist", "withstand", "survive", "absorb", "support", "connect", "load",
    "save", "print", "respond", "adjust", "set", "rotate", "slide", "roll", "break", "leak",
    "rust", "fade", "go", "come", "take", "make", "give", "let", "help", "allow", "need",
    "want", "like", "wish", "hope", "use", "add", "install", "get", "become", "seem", "stand",
    "sit", "lie", "sleep", "breathe", "drain", "flow", "spray", "shine", "glow", "burn",
    "ignite", "melt", "freeze", "bend", "stretch", "tear", "wear", "fasten", "attach",
    "detach", "mount", "hang", "clip", "zip", "snap", "press", "push", "pull", "lift", "weigh",
    "cost", "buy", "ship", "arrive", "deliver", "reach", "cover", "contain", "include",
    "block", "filter", "reduce", "increase", "prevent", "avoid", "stick", "slip", "wobble",
    "shake", "vibrate", "fall", "drop", "crack", "scratch", "dent", "stain", "smudge", "fog",
    "hear", "see", "find", "know", "learn", "understand", "follow", "switch", "operate",
    "function", "perform", "handle", "steer", "brake", "ride", "drive", "walk", "climb",
    "swim", "play", "ring", "beep", "alert", "warn", "tell", "indicate", "measure", "count",
    "track", "record", "sync", "pair", "update", "boot", "launch", "crash", "react",
    "recharge", "dim", "brighten", "brew", "grind", "mix", "blend", "chop", "peel", "slice",
    "serve", "endure", "wick", "insulate", "ventilate", "rinse", "wipe", "dust", "pitch",
    "assemble", "reheat", "defrost", "drink", "eat", "hear", "stow", "fix", "repair",
    "replace", "refill", "empty", "collapse", "expand", "extend", "retract", "sit", "lean",
    "rest", "feed", "water", "grow", "last", "mute", "answer", "call", "send", "receive",
    "stream", "download", "upload", "scan", "pay", "order", "return", "check", "notice", "list",
    "dazzle", "annoy", "spread", "meet", "leave", "die", "snap", "bounce", "corrode", "outrun",
    "lose", "remember", "forget", "recognise", "recognize", "wake", "disturb",
];
#[rustfmt::skip]
const IRREGULAR: &[&str] = &[
    "held", "kept", "ran", "broke", "broken", "fell", "fallen", "stood", "sat", "lay", "went",
    "gone", "came", "took", "taken", "made", "gave", "given", "got", "gotten", "became",
    "felt", "found", "knew", "known", "shone", "wore", "worn", "tore", "torn", "hung", "froze",
    "frozen", "bought", "paid", "heard", "saw", "seen", "understood", "lit", "ground", "stuck",
    "slid", "bent", "shook", "shaken", "drove", "driven", "rode", "ridden", "swam", "told",
    "dealt", "grew", "grown", "ate", "eaten", "drank", "drunk",
];
/// Words ending in -ing/-ed that are not verb forms.
#[rustfmt::skip]
const NOT_VERB_FORMS: &[&str] = &[
    "string", "spring", "ceiling", "clothing", "bedding", "building", "morning", "evening",
    "lining", "padding", "something", "anything", "nothing", "everything", "thing", "king",
    "ring", "wing", "sling", "during", "awning", "icing", "speed", "seed", "need", "bed",
    "red", "shed", "bred", "led", "hundred", "sled", "feed", "weed", "reed", "sacred",
    "wicked", "naked", "rugged", "ragged", "wretched",
];
#[rustfmt::skip]
const ADJECTIVES: &[&str] = &[
    "light", "heavy", "small", "large", "big", "long", "short", "wide", "narrow", "thin",
    "thick", "soft", "hard", "warm", "cold", "hot", "cool", "dry", "wet", "clean", "quiet",
    "loud", "fast", "quick", "slow", "safe", "strong", "weak", "stable", "steady", "sturdy",
    "compact", "cheap", "easy", "simple", "bright", "dark", "clear", "sharp", "smooth",
    "rough", "flat", "tight", "loose", "firm", "stiff", "portable", "waterproof", "durable",
    "reliable", "accurate", "precise", "efficient", "silent", "odourless", "odorless", "tidy",
    "neat", "fresh", "new", "good", "nice", "great", "better", "best", "high", "low", "full",
    "empty", "ready", "visible", "readable", "legible", "secure", "intact", "solid", "robust",
    "tough", "gentle", "mild", "lightweight", "handy", "practical", "useful", "intuitive",
    "pleasant", "comfortable", "convenient", "affordable", "cosy", "cozy", "crisp", "dim",
    "dull", "even", "exact", "fine", "flexible", "free", "glossy", "matte", "natural", "open",
    "close", "rigid", "round", "square", "steep", "straight", "sweet", "sour", "bitter",
    "salty", "tasty", "thirsty", "warmer", "cooler", "lighter", "smaller", "bigger", "faster",
    "quicker", "quieter", "cheaper", "stronger", "longer", "shorter", "safer", "easier",
    "simpler", "excellent", "perfect", "awesome", "amazing", "wonderful", "decent", "ok",
    "okay", "superior", "ideal", "optimal", "premium", "fantastic", "satisfactory",
    "user-friendly", "high-quality", "hygienic", "elegant", "beautiful", "pretty", "ugly",
    "modern", "stylish", "sealed", "level",
];
#[rustfmt::skip]
const ADJ_SUFFIXES: &[&str] = &[
    "able", "ible", "ful", "ous", "ive", "less", "proof", "-free", "-tight", "-resistant",
];
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "fast", "well", "long", "hard", "always", "often", "never", "straight", "together",
    "anywhere", "everywhere", "indoors", "outdoors", "apart", "soon", "instantly", "again",
    "evenly", "tight", "firmly", "overnight", "abroad", "first",
];
#[rustfmt::skip]
const LY_NOT_ADVERBS: &[&str] = &[
    "only", "family", "supply", "apply", "reply", "fly", "ally", "rely", "assembly", "jelly",
    "belly", "holly", "bully", "italy", "july", "lily", "rally",
];

fn is_in(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

/// Whether `w` is a listed verb or an inflection of one ("lights", "dries", "stopped").
fn is_listed_verb_form(w: &str) -> bool {
    if is_in(VERBS, w) || is_in(IRREGULAR, w) {
        return true;
    }
    let base_in = |stem: &str, extra: &str| {
        let mut s = String::with_capacity(stem.len() + extra.len());
        s.push_str(stem);
        s.push_str(extra);
        is_in(VERBS, &s)
    };
    // "stopped" → "stop". Compared by char: equal trailing bytes of one multi-byte
    // character must not be mistaken for a doubled letter.
    let undouble = |stem: &str| {
        let mut cs = stem.char_indices().rev();
        match (cs.next(), cs.next()) {
            (Some((i, a)), Some((_, b))) => a == b && is_in(VERBS, &stem[..i]),
            _ => false,
        }
    };
    if let Some(s) = w.strip_suffix("ies").or_else(|| w.strip_suffix("ied")) {
        if base_in(s, "y") {
            return true;
        }
    }
    if let Some(s) = w.strip_suffix("es") {
        if base_in(s, "") || base_in(s, "e") {
            return true;
        }
    }
    if let Some(s) = w.strip_suffix('s') {
        if !w.ends_with("ss") && base_in(s, "") {
            return true;
        }
    }
    if let Some(s) = w.strip_suffix("ed") {
        if base_in(s, "") || base_in(s, "e") || undouble(s) {
            return true;
        }
    }
    if let Some(s) = w.strip_suffix("ing") {
        if base_in(s, "") || base_in(s, "e") || undouble(s) {
            return true;
        }
    }
    false
}

/// Any -ing/-ed word counts as verbal for the bare-noun check ("folding chair" is left alone).
fn looks_verbal(w: &str) -> bool {
    is_listed_verb_form(w)
        || is_in(AUX, w)
        || ((w.ends_with("ing") || w.ends_with("ed"))
            && w.chars().count() > 4
            && !is_in(NOT_VERB_FORMS, w))
        || w.ends_with("n't")
}

fn is_adverb(w: &str) -> bool {
    is_in(ADVERBS, w) || (w.ends_with("ly") && w.len() > 3 && !is_in(LY_NOT_ADVERBS, w))
}

fn is_adjective(w: &str) -> bool {
    is_in(ADJECTIVES, w)
        || ADJ_SUFFIXES
            .iter()
            .any(|s| w.len() > s.len() + 2 && w.ends_with(s))
}

fn is_function(w: &str) -> bool {
    is_in(DETERMINERS, w)
        || is_in(PRONOUNS, w)
        || is_in(AUX, w)
        || is_in(PREPOSITIONS, w)
        || is_in(FUNCTION, w)
        || is_in(NEGATIONS, w)
        || w.ends_with("n't")
}

/// A word that names a thing: anything not recognised as another part of speech.
fn is_noun_like(w: &str) -> bool {
    !is_function(w) && !is_listed_verb_form(w) && !is_adverb(w) && !is_adjective(w)
}

fn is_verb_at(words: &[&Tok], i: usize) -> bool {
    let w = words[i].w.as_str();
    if is_in(AUX, w) || w.ends_with("n't") {
        return true;
    }
    if i > 0 && is_in(DETERMINERS, &words[i - 1].w) {
        return false;
    }
    is_listed_verb_form(w)
}

fn third_person(base: &str) -> String {
    match base {
        "be" => "is".into(),
        "have" => "has".into(),
        "do" => "does".into(),
        "go" => "goes".into(),
        _ => {
            let b = base.as_bytes();
            let consonant_y = base.len() > 1
                && base.ends_with('y')
                && !matches!(b[b.len() - 2], b'a' | b'e' | b'i' | b'o' | b'u');
            if consonant_y {
                format!("{}ies", &base[..base.len() - 1])
            } else if ["s", "sh", "ch", "x", "z", "o"]
                .iter()
                .any(|s| base.ends_with(s))
            {
                format!("{base}es")
            } else {
                format!("{base}s")
            }
        }
    }
}

/// Joins tokens back into text: words separated by spaces, punctuation attached.
fn join(toks: &[&Tok]) -> String {
    let mut s = String::new();
    for t in toks {
        let attached = t.punct && t.w != "&";
        if !attached && !s.is_empty() {
            s.push(' ');
        }
        s.push_str(t.orig);
    }
    s
}

pub(super) fn check(text: &str) -> Vec<Hint> {
    let toks = tokenize(text);
    let words: Vec<&Tok> = toks.iter().filter(|t| !t.punct).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let negated = words
        .iter()
        .any(|t| is_in(NEGATIONS, &t.w) || t.w.ends_with("n't"));
    let mut hints = Vec::new();
    hints.extend(one_meaning(&toks));
    hints.extend(bare_noun(&words, negated));
    hints.extend(characteristic(text, &words));
    hints.extend(solution(&words));
    hints.extend(negation(text, &words));
    hints.extend(object(text, &words));
    hints.extend(concrete(&words));
    hints.extend(wish(text, &words));
    hints
}

// ---- rule 1 ------------------------------------------------------------------------

/// "and" inside these pairs names one thing.
const AND_PHRASES: &[(&str, &str)] = &[
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
const WHILE_SECOND: &[&str] = &[
    "also", "still", "staying", "keeping", "remaining", "being", "providing", "offering",
];

/// What triggered a hint, quoted for each language.
struct Label {
    en: String,
    zh: String,
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

fn one_meaning(toks: &[Tok]) -> Option<Hint> {
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
fn conditions(toks: &[Tok]) -> Option<Hint> {
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
const CONDITION_NOUNS: &[&str] = &[
    "rain", "wind", "snow", "cold", "heat", "water", "mud", "dust", "sun", "sunlight", "load",
    "use",
];

/// "the tent is light and compact" → "the tent is light / the tent is compact": the
/// second part borrows the first part's subject (and verb, when it has none of its own).
fn split_suggestion(left: &[&Tok], right: &[&Tok]) -> Option<String> {
    if left.is_empty() || right.is_empty() {
        return None;
    }
    let first = join(left);
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
    Some(format!("{first} / {second}"))
}

// ---- rule 2 ------------------------------------------------------------------------

/// Adjective + noun phrases with the state a person would write, behind "the …".
const PHRASE_STATES: &[(&str, &str, &str)] = &[
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

fn bare_noun(words: &[&Tok], negated: bool) -> Option<Hint> {
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
    let base_as_noun = |k: usize| {
        k > 0 && is_in(VERBS, &words[k].w) && !is_in(AUX, &words[k - 1].w) && words[k - 1].w != "to"
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
        None => (words.len() >= 2
            && is_adjective(&words[0].w)
            && !is_in(ATTRIBUTE_NOUNS, &last.w)
            && !gerund(k_last)
            && (1..words.len()).all(|k| is_noun_like(&words[k].w) || base_as_noun(k)))
        .then(|| {
            let noun: Vec<&Tok> = words[1..].to_vec();
            format!("the {} is {}", join(&noun), lower_first(words[0].orig))
        }),
    };
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
fn function_without_qualifier(words: &[&Tok]) -> Option<Hint> {
    let m = words
        .iter()
        .position(|t| matches!(t.w.as_str(), "can" | "could" | "will"))?;
    let verb = words.get(m + 1)?;
    if is_function(&verb.w) || is_adjective(&verb.w) || is_adverb(&verb.w) || words.len() > 8 {
        return None;
    }
    let counted = |t: &&Tok| t.w.chars().any(|c| c.is_ascii_digit()) || is_in(NUMBERS, &t.w);
    // The subject may carry adjectives ("the small kettle"); after the verb only an object may
    // follow, since anything else ("flat", "quickly", "in the rain") is a qualifier.
    let subject = |t: &&Tok| {
        !counted(t) && (is_in(DETERMINERS, &t.w) || !is_function(&t.w)) && !is_adverb(&t.w)
    };
    let object = |t: &&Tok| {
        !counted(t)
            && (is_in(DETERMINERS, &t.w) || is_noun_like(&t.w) || is_in(VERBS, &t.w))
            && !is_in(ADVERBS, &t.w)
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

#[rustfmt::skip]
const NUMBERS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
    "twenty", "hundred", "dozen", "half", "several", "many",
];

fn lower_first(w: &str) -> String {
    // Acronyms ("LED") keep their capitals.
    if w.chars().skip(1).any(char::is_uppercase) {
        return w.to_string();
    }
    let mut cs = w.chars();
    cs.next()
        .map(|c| c.to_lowercase().chain(cs).collect())
        .unwrap_or_default()
}

// ---- rule 3 ------------------------------------------------------------------------

/// Listed characteristic words, with a rewrite as a state where a natural one exists.
const CHARACTERISTICS: &[(&str, Option<&str>)] = &[
    ("reliability", Some("works reliably")),
    ("durability", Some("lasts a long time")),
    ("efficiency", Some("uses little energy")),
    ("strength", Some("is strong")),
    ("stability", Some("stays steady")),
    ("safety", Some("is safe to use")),
    ("portability", Some("is easy to carry")),
    ("usability", Some("is easy to use")),
    ("flexibility", Some("bends easily")),
    ("accuracy", Some("measures accurately")),
    ("precision", Some("works precisely")),
    ("visibility", Some("is easy to see")),
    ("readability", Some("is easy to read")),
    ("breathability", Some("lets air through")),
    ("waterproofness", Some("keeps water out")),
    ("capacity", Some("holds a lot")),
    ("speed", Some("works quickly")),
    ("weight", None),
    ("performance", None),
    ("resistance", None),
    ("endurance", None),
    ("tolerance", None),
    ("impedance", None),
    ("frequency", None),
    ("latency", None),
    ("torque", None),
    ("voltage", None),
    ("wattage", None),
    ("throughput", None),
    ("bandwidth", None),
    ("resolution", None),
    ("rate", None),
    ("ratio", None),
    ("coefficient", None),
    ("lifespan", None),
    ("mtbf", None),
    ("tensile", None),
];
/// Characteristic words that are also everyday words: flagged only next to "high", "low", ….
#[rustfmt::skip]
const NEEDS_QUALIFIER: &[&str] = &[
    "speed", "weight", "capacity", "rate", "resolution", "frequency", "performance", "ratio",
];
#[rustfmt::skip]
const ITY_NOT: &[&str] = &[
    "city", "pity", "entity", "activity", "community", "university", "facility", "electricity",
    "opportunity", "identity", "charity", "authority", "majority", "minority", "priority",
    "vicinity", "celebrity", "deity", "trinity", "unity", "humanity", "society", "activity",
    "publicity", "nobility", "amenity", "quality",
];
const NESS_NOT: &[&str] = &["business", "witness", "harness", "wilderness", "awareness"];
#[rustfmt::skip]
const HIGH_QUALIFIERS: &[&str] = &[
    "high", "good", "great", "excellent", "superior", "better", "sufficient", "adequate",
    "enough", "increased", "improved", "more", "maximum", "max", "top", "outstanding",
    "higher", "greater", "best", "extreme",
];
const LOW_QUALIFIERS: &[&str] = &["low", "light", "little", "minimal", "reduced", "lower"];
#[rustfmt::skip]
const HAVING: &[&str] = &[
    "has", "have", "with", "offers", "offer", "provides", "provide", "gives", "delivers",
    "features", "of",
];

/// The characteristic word at `i`, with its table rewrite (if any).
fn characteristic_at(words: &[&Tok], i: usize) -> Option<Option<String>> {
    let w = words[i].w.as_str();
    if w == "tensile" && words.get(i + 1).is_some_and(|t| t.w == "strength") {
        return Some(Some("holds firm when pulled hard".into()));
    }
    if w == "strength" && i > 0 && words[i - 1].w == "tensile" {
        return None; // reported at "tensile"
    }
    if let Some(&(_, s)) = CHARACTERISTICS.iter().find(|(c, _)| *c == w) {
        // Everyday words ("at commuting speed") are measures only when rated.
        if is_in(NEEDS_QUALIFIER, w) {
            let before = i > 0
                && (is_in(HIGH_QUALIFIERS, &words[i - 1].w)
                    || is_in(LOW_QUALIFIERS, &words[i - 1].w));
            let after = words
                .get(i + 1)
                .is_some_and(|t| t.w == "is" || t.w == "are")
                && words
                    .get(i + 2)
                    .is_some_and(|t| is_in(HIGH_QUALIFIERS, &t.w) || is_in(LOW_QUALIFIERS, &t.w));
            if !before && !after {
                return None;
            }
        }
        if w == "weight" {
            let light = i > 0 && is_in(LOW_QUALIFIERS, &words[i - 1].w);
            return Some(light.then(|| "is light".to_string()));
        }
        return Some(s.map(str::to_string));
    }
    let n = w.chars().count();
    if w.ends_with("ity") && n > 5 && !is_in(ITY_NOT, w) {
        let rewrite = w
            .strip_suffix("ability")
            .map(|s| format!("is {s}able"))
            .or_else(|| w.strip_suffix("ibility").map(|s| format!("is {s}ible")));
        return Some(rewrite);
    }
    if w.ends_with("ness") && n > 6 && !is_in(NESS_NOT, w) {
        let stem = &w[..w.len() - 4];
        let adj = match stem.strip_suffix('i') {
            Some(s) => format!("{s}y"),
            None => stem.to_string(),
        };
        return Some(Some(format!("is {adj}")));
    }
    None
}

fn characteristic(text: &str, words: &[&Tok]) -> Option<Hint> {
    let (k, rewrite) =
        (0..words.len()).find_map(|k| characteristic_at(words, k).map(|r| (k, r)))?;
    let word = if words[k].w == "tensile" {
        "tensile strength".to_string()
    } else {
        words[k].w.clone()
    };
    let mut end_k = if words[k].w == "tensile" { k + 1 } else { k };
    let mut start_k = k;
    let high = k > 0 && is_in(HIGH_QUALIFIERS, &words[k - 1].w);
    let low = k > 0 && is_in(LOW_QUALIFIERS, &words[k - 1].w);
    let mut rewrite = rewrite;
    if low && word != "weight" {
        rewrite = None; // "low durability" has no mechanical positive
    }
    if high || low {
        start_k = k - 1;
    }
    // "reliability is high"
    if !high && !low {
        let is_next = words
            .get(end_k + 1)
            .is_some_and(|t| t.w == "is" || t.w == "are");
        let qual_next = words
            .get(end_k + 2)
            .is_some_and(|t| is_in(HIGH_QUALIFIERS, &t.w));
        if is_next && qual_next {
            end_k += 2;
            if start_k > 0 && is_in(DETERMINERS, &words[start_k - 1].w) {
                start_k -= 1;
            }
        }
    }
    if start_k > 0 && is_in(HAVING, &words[start_k - 1].w) {
        start_k -= 1;
    }
    // Only splice after a subject ("the stove has …"), not after "I want".
    let subject_before = words[..start_k]
        .iter()
        .all(|t| is_in(DETERMINERS, &t.w) || is_noun_like(&t.w));
    let suggestion = rewrite.filter(|_| subject_before).and_then(|r| {
        let s = format!(
            "{}{}{}",
            &text[..words[start_k].start],
            r,
            &text[words[end_k].end..]
        );
        useful(text, s)
    });
    Some(Hint::new(
        Rule::NoCharacteristicWords,
        format!(
            "'{word}' is a quality characteristic (a measure), not what the customer experiences"
        ),
        format!("“{word}”是品质特性（指标），不是顾客感受到的状态"),
        suggestion,
    ))
}

// ---- rule 4 ------------------------------------------------------------------------

#[rustfmt::skip]
const USE_NOT_AFTER: &[&str] = &[
    "to", "of", "in", "for", "after", "before", "during", "each", "every", "easy", "when",
    "while", "ready", "between", "per", "daily", "everyday", "heavy", "normal",
];

/// Parts and components: a statement that a product has one names a means, not a need.
#[rustfmt::skip]
const PARTS: &[&str] = &[
    "port", "button", "switch", "timer", "valve", "camera", "membrane", "lift", "curtains",
    "motor", "sensor", "igniter", "element", "chip", "remote", "filter", "fan", "pump",
    "thermostat", "cable", "plug", "socket", "magnet", "hinge", "zip", "zipper", "lens", "bulb",
    "led", "leds", "app", "module", "processor", "frame", "coating", "lining", "clip", "bracket",
    "dial", "knob", "touchscreen", "bluetooth", "wifi", "usb", "usb-c",
];
/// Design orders at the start of a statement: "fit an igniter", "make the case from …".
#[rustfmt::skip]
const ORDER_VERBS: &[&str] = &[
    "fit", "use", "add", "install", "include", "make", "put", "attach", "mount", "provide",
    "equip", "build", "integrate",
];
const HAVE_VERBS: &[&str] = &["has", "have", "features", "comes", "come", "includes"];

fn solution(words: &[&Tok]) -> Option<Hint> {
    let w = |i: usize| words.get(i).map_or("", |t| t.w.as_str());
    let mut hit: Option<String> = None;
    if is_in(ORDER_VERBS, w(0))
        && (is_in(DETERMINERS, w(1)) || is_noun_like(w(1)) || is_adjective(w(1)))
        && words.len() > 1
    {
        hit = Some(words[0].w.clone());
    }
    // "has a USB-C port", "comes with blackout curtains": the part ends the noun group.
    if hit.is_none() {
        if let Some(i) = words.iter().position(|t| is_in(HAVE_VERBS, &t.w)) {
            let in_group = |k: usize| {
                let w = words[k].w.as_str();
                is_noun_like(w)
                    || is_adjective(w)
                    || is_in(DETERMINERS, w)
                    || is_in(VERBS, w)
                    || w == "with"
                    || w.ends_with("ing")
            };
            let group_end = (i + 1..words.len())
                .find(|&k| !in_group(k))
                .unwrap_or(words.len());
            if group_end > i + 1 && is_in(PARTS, &words[group_end - 1].w) {
                hit = Some(format!("{} … {}", words[i].w, words[group_end - 1].w));
            }
        }
    }
    for (i, tok) in words.iter().enumerate() {
        if hit.is_some() {
            break;
        }
        let prev = if i > 0 { w(i - 1) } else { "" };
        let label = match tok.w.as_str() {
            "use" | "uses" | "using" | "utilise" | "utilize" | "utilises" | "utilizes"
                if !is_in(USE_NOT_AFTER, prev)
                    && !w(i + 1).is_empty()
                    && !is_in(PREPOSITIONS, w(i + 1)) =>
            {
                Some(tok.w.clone())
            }
            // "a mug with a lid" names a part; "closes with a click" does not.
            "with" if matches!(w(i + 1), "a" | "an") && is_noun_like(prev) => {
                Some(format!("with {}", w(i + 1)))
            }
            "add" | "adds" | "adding" if matches!(w(i + 1), "a" | "an" | "more") => {
                Some(format!("{} {}", tok.w, w(i + 1)))
            }
            "install" | "installs" | "installed" | "installing"
                if !matches!(prev, "to" | "easy" | "of") =>
            {
                Some(tok.w.clone())
            }
            "equipped" | "fitted" if w(i + 1) == "with" => Some(format!("{} with", w(i))),
            "made" if matches!(w(i + 1), "of" | "from") => Some(format!("made {}", w(i + 1))),
            "powered" if w(i + 1) == "by" => Some("powered by".into()),
            "built-in" | "via" => Some(tok.w.clone()),
            "by" if w(i + 1) == "means" && w(i + 2) == "of" => Some("by means of".into()),
            _ => None,
        };
        if label.is_some() {
            hit = label;
            break;
        }
    }
    let label = hit?;
    Some(Hint::new(
        Rule::NoSolution,
        format!("'{label}' names a means or a part; state the need it serves"),
        format!("“{label}”写的是手段或部件，请写出它满足的需要"),
        None,
    ))
}

// ---- rule 5 ------------------------------------------------------------------------

/// "is not X" → "is Y".
const ANTONYM_ADJ: &[(&str, &str)] = &[
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
const ANTONYM_VERB: &[(&str, &str, &str)] = &[
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

fn negation(text: &str, words: &[&Tok]) -> Option<Hint> {
    let k = words
        .iter()
        .position(|t| is_in(NEGATIONS, &t.w) || t.w.ends_with("n't"))?;
    let neg = words[k].w.as_str();
    let suggestion = negation_rewrite(text, words, k);
    Some(Hint::new(
        Rule::NoNegation,
        format!("'{neg}' says what must not happen; state what should happen instead"),
        format!("“{neg}”是否定说法，请写出应有的状态"),
        suggestion,
    ))
}

fn negation_rewrite(text: &str, words: &[&Tok], k: usize) -> Option<String> {
    let w = |i: usize| words.get(i).map_or("", |t| t.w.as_str());
    let splice = |from: usize, to: usize, with: &str| {
        useful(
            text,
            format!(
                "{}{}{}",
                &text[..words[from].start],
                with,
                &text[words[to].end..]
            ),
        )
    };
    let neg = w(k);
    // Copula: "is not hot", "isn't hot".
    let copula = match neg {
        "isn't" => Some("is"),
        "aren't" => Some("are"),
        "wasn't" => Some("was"),
        "not" if k > 0 && matches!(w(k - 1), "is" | "are" | "was" | "be" | "gets" | "get") => None,
        _ => None,
    };
    if let Some(&(_, ant)) = ANTONYM_ADJ.iter().find(|(a, _)| *a == w(k + 1)) {
        if let Some(c) = copula {
            return splice(k, k + 1, &format!("{c} {ant}"));
        }
        if neg == "not" && k > 0 {
            return splice(k, k + 1, ant);
        }
    }
    // Verbs: "does not leak", "doesn't leak", "never leaks", "won't leak".
    let (aux_len, third, will) = match neg {
        "doesn't" => (1, true, false),
        "don't" => (1, false, false),
        "won't" => (1, false, true),
        "never" => (1, true, false),
        "not" if k > 0 && w(k - 1) == "does" => (1, true, false),
        "not" if k > 0 && w(k - 1) == "do" => (1, false, false),
        "not" if k > 0 && w(k - 1) == "will" => (1, false, true),
        _ => return None,
    };
    let verb = w(k + aux_len);
    let start = if neg == "not" { k - 1 } else { k };
    let entry = ANTONYM_VERB
        .iter()
        .find(|(base, _, _)| *base == verb || (neg == "never" && third_person(base) == verb))?;
    let never_base = neg == "never" && entry.0 == verb;
    let with = if will {
        format!("will {}", entry.2)
    } else if third && !never_base {
        entry.1.to_string()
    } else {
        entry.2.to_string()
    };
    splice(start, k + aux_len, &with)
}

// ---- rule 6 ------------------------------------------------------------------------

#[rustfmt::skip]
const TIME_NOUNS: &[&str] = &[
    "time", "times", "day", "days", "night", "nights", "morning", "week", "hour", "hours",
    "minute", "minutes", "second", "seconds", "year", "years", "season", "overnight",
];

/// "the noise is low": only a property is named, so what it belongs to is left open.
fn property_only(words: &[&Tok]) -> Option<Hint> {
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

fn object(text: &str, words: &[&Tok]) -> Option<Hint> {
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
    if !starts_predicate
        || relative
        || subject_first
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
    let suggestion = if adjective_to {
        format!("the … is {text}")
    } else {
        format!("the … {text}")
    };
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

const MAX_WORDS: usize = 12;
/// Praise without content, wherever it appears.
#[rustfmt::skip]
const ABSTRACT: &[&str] = &[
    "good", "nice", "great", "better", "best", "excellent", "perfect", "awesome", "amazing",
    "wonderful", "decent", "ok", "okay", "quality", "user-friendly", "high-quality", "premium",
    "superior", "ideal", "optimal", "satisfactory", "fantastic", "satisfying", "pleasing",
];
/// Vague unless the statement says what about it ("easy to use" vs "easy to pitch alone").
#[rustfmt::skip]
const VAGUE: &[&str] = &[
    "convenient", "comfortable", "easy", "simple", "handy", "practical", "useful", "intuitive",
    "pleasant",
];

fn concrete(words: &[&Tok]) -> Option<Hint> {
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
    if let Some(t) = words[lead..].iter().find(|t| is_in(ABSTRACT, &t.w)) {
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
const WISH_LEADS: &[&[&str]] = &[
    &["it", "would", "be", "great", "if"],
    &["it", "would", "be", "nice", "if"],
    &["it", "would", "be", "good", "if"],
    &["i", "would", "like"],
    &["we", "would", "like"],
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
const WISH_MODALS: &[&[&str]] = &[
    &["should"],
    &["must"],
    &["ought", "to"],
    &["needs", "to"],
    &["need", "to"],
    &["has", "to"],
    &["have", "to"],
    &["would"],
];

fn starts_with_seq(words: &[&Tok], at: usize, seq: &[&str]) -> bool {
    seq.iter()
        .enumerate()
        .all(|(j, s)| words.get(at + j).is_some_and(|t| t.w == *s))
}

fn wish(text: &str, words: &[&Tok]) -> Option<Hint> {
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
            // "would" only counts when the sentence is a wish ("I wish it would fold").
            if seq[0] == "would" && lead.is_none() {
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
    let suggestion = wish_rewrite(text, words, lead.map_or(0, |s| s.len()), modal);
    Some(Hint::new(
        Rule::StateNotWish,
        format!("'{trigger}' states a wish; describe the state instead"),
        format!("“{trigger}”是愿望的说法，请写成状态"),
        suggestion,
    ))
}

/// "boiled" → "boils", "were" → "is"; None for words that are not a past form of a listed verb.
fn present_of_past(w: &str, plural: bool) -> Option<String> {
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
    let stem = w.strip_suffix("ed")?;
    let base = [stem.to_string(), format!("{stem}e")]
        .into_iter()
        .chain(stem.strip_suffix('i').map(|s| format!("{s}y")))
        .find(|b| is_in(VERBS, b))?;
    Some(if plural { base } else { third_person(&base) })
}

fn wish_rewrite(
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
    useful(text, s)
}
