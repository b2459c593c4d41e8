//! Words, word lists and helpers the rules share.

#[derive(Debug, Clone)]
pub(super) struct Tok<'a> {
    /// Lowercase, with typographic apostrophes made plain.
    pub(super) w: String,
    /// The word as written.
    pub(super) orig: &'a str,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) punct: bool,
}

/// Words and the punctuation that separates statements. A '.' inside "3.5" or "e.g" stays
/// part of the word so that numbers do not look like sentence breaks.
pub(super) fn tokenize(text: &str) -> Vec<Tok<'_>> {
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
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "my", "your", "his", "her", "its", "our", "their", "this", "that",
    "these", "those", "every", "each", "any", "some", "all", "both",
];
#[rustfmt::skip]
pub(super) const PRONOUNS: &[&str] = &[
    "it", "they", "i", "we", "you", "he", "she", "one", "it's", "they're", "everyone",
    "everything", "someone", "me", "us", "them", "him", "i've", "i'm", "i'd", "i'll", "we've",
    "we're", "you're", "you've", "they've", "it'll",
];
#[rustfmt::skip]
pub(super) const AUX: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "can", "could", "will", "would",
    "shall", "should", "may", "might", "must", "do", "does", "did", "has", "have", "had",
];
#[rustfmt::skip]
pub(super) const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "by", "for", "with", "without", "from", "to", "into", "onto", "of",
    "under", "over", "during", "after", "before", "through", "across", "between", "inside",
    "outside", "within", "near", "around", "when", "while", "if", "even", "than", "as",
    "after", "up", "down", "off", "out", "per", "about", "against", "along", "behind",
    "beside", "via",
];
#[rustfmt::skip]
pub(super) const FUNCTION: &[&str] = &[
    "and", "or", "but", "so", "very", "really", "quite", "too", "also", "always", "still",
    "just", "more", "most", "less", "least", "much", "then", "there", "here", "which", "who",
    "whom", "whose", "what", "not", "no", "never", "enough", "only", "again", "once", "ever",
    "yet", "such", "other", "another", "same", "own", "please", "well",
];
#[rustfmt::skip]
pub(super) const NEGATIONS: &[&str] = &[
    "not", "no", "never", "without", "nothing", "none", "nor", "cannot", "nobody", "neither",
];

/// Verbs in -s that open a subjectless review ("Tastes like the cafe", "Keeps going"): never a
/// plural noun as the subject.
#[rustfmt::skip]
pub(super) const LIGHT_VERBS: &[&str] = &[
    "tastes", "feels", "looks", "sounds", "smells", "seems", "stays", "gets", "keeps", "goes",
    "comes", "makes", "takes", "works", "runs", "needs", "does", "has", "lets", "gives",
];

/// Whether an -s word followed by `next` is a plural noun as the subject ("Orders arrive",
/// "Returns are free"), not a verb whose subject is left out ("Stays warm", "Tastes like").
pub(super) fn plural_noun_before(w: &str, next: &str) -> bool {
    w.ends_with('s')
        && !w.ends_with("ss")
        && !is_in(LIGHT_VERBS, w)
        && next != "like"
        && (is_in(VERBS, next) && !is_in(ADJECTIVES, next)
            || matches!(next, "are" | "were" | "have"))
}

/// Whether the word at `i` negates: a listed negation or an "n't", but not "no matter" or "no
/// doubt", which deny nothing of the product ("Comes out bitter no matter which beans I use").
pub(super) fn negates_at(words: &[&Tok], i: usize) -> bool {
    let w = words[i].w.as_str();
    let idiom = w == "no"
        && words
            .get(i + 1)
            .is_some_and(|n| matches!(n.w.as_str(), "matter" | "doubt"));
    (is_in(NEGATIONS, w) || w.ends_with("n't")) && !idiom
}

/// Base forms of verbs that turn up in product statements. Inflections are derived.
#[rustfmt::skip]
pub(super) const VERBS: &[&str] = &[
    "fit", "last", "hold", "keep", "stay", "remain", "work", "light", "start", "run", "open",
    "close", "dry", "heat", "warm", "cool", "charge", "fold", "pack", "carry", "clean", "wash",
    "change", "show", "display", "read", "feel", "look", "sound", "smell", "taste", "move",
    "turn", "stop", "lock", "seal", "store", "grip", "fill", "pour", "boil", "cook", "cut",
    "protect", "resist", "hide", "withstand", "survive", "absorb", "support", "connect", "load",
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
    // Verbs of product statements that the list above lacked ("The bag repels water").
    "crush", "repel", "glide", "stir", "froth", "purify", "reflect", "shield", "spin", "tilt",
    "swivel", "raise", "tighten", "loosen", "locate", "navigate", "notify", "remind", "reply",
    "tolerate", "flex", "dispense", "blink", "preheat",
    "explain", "detect", "unlock", "guide", "teach", "sense", "suck", "sweep",
    "cancel", "dissolve", "soak", "shut",
];
#[rustfmt::skip]
pub(super) const IRREGULAR: &[&str] = &[
    "held", "kept", "ran", "broke", "broken", "fell", "fallen", "stood", "sat", "lay", "went",
    "gone", "came", "took", "taken", "made", "gave", "given", "got", "gotten", "became",
    "felt", "found", "knew", "known", "shone", "wore", "worn", "tore", "torn", "hung", "froze",
    "frozen", "bought", "paid", "heard", "saw", "seen", "understood", "lit", "ground", "stuck",
    "slid", "bent", "shook", "shaken", "drove", "driven", "rode", "ridden", "swam", "told",
    "dealt", "grew", "grown", "ate", "eaten", "drank", "drunk",
];
/// Words ending in -ing/-ed that are not verb forms.
#[rustfmt::skip]
pub(super) const NOT_VERB_FORMS: &[&str] = &[
    "string", "spring", "ceiling", "clothing", "bedding", "building", "morning", "evening",
    "lining", "padding", "something", "anything", "nothing", "everything", "thing", "king",
    "ring", "wing", "sling", "during", "awning", "icing", "speed", "seed", "need", "bed",
    "red", "shed", "bred", "led", "hundred", "sled", "feed", "weed", "reed", "sacred",
    "wicked", "naked", "rugged", "ragged", "wretched",
];
#[rustfmt::skip]
pub(super) const ADJECTIVES: &[&str] = &[
    // Adjectives in -ly, which are no adverbs.
    "friendly", "unfriendly", "lovely", "ugly", "costly", "silly", "smelly", "wobbly", "fiddly",
    "timely", "orderly", "oily", "chilly", "bubbly", "flimsy", "unsightly", "likely",
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
pub(super) const ADJ_SUFFIXES: &[&str] = &[
    "able", "ible", "ful", "ous", "ive", "less", "proof", "-free", "-tight", "-resistant",
];
#[rustfmt::skip]
pub(super) const ADVERBS: &[&str] = &[
    "fast", "well", "long", "hard", "always", "often", "never", "straight", "together",
    "anywhere", "everywhere", "indoors", "outdoors", "apart", "soon", "instantly", "again",
    "evenly", "tight", "firmly", "overnight", "abroad", "first",
];
#[rustfmt::skip]
pub(super) const LY_NOT_ADVERBS: &[&str] = &[
    "only", "family", "supply", "apply", "reply", "fly", "ally", "rely", "assembly", "jelly",
    "belly", "holly", "bully", "italy", "july", "lily", "rally",
];

pub(super) fn is_in(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

/// Whether `w` is a listed verb or an inflection of one ("lights", "dries", "stopped").
pub(super) fn is_listed_verb_form(w: &str) -> bool {
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
pub(super) fn looks_verbal(w: &str) -> bool {
    is_listed_verb_form(w)
        || is_in(AUX, w)
        || ((w.ends_with("ing") || w.ends_with("ed"))
            && w.chars().count() > 4
            && !is_in(NOT_VERB_FORMS, w))
        || w.ends_with("n't")
}

pub(super) fn is_adverb(w: &str) -> bool {
    is_in(ADVERBS, w) || (w.ends_with("ly") && w.len() > 3 && !is_in(LY_NOT_ADVERBS, w))
}

pub(super) fn is_adjective(w: &str) -> bool {
    is_in(ADJECTIVES, w)
        || ADJ_SUFFIXES
            .iter()
            .any(|s| w.len() > s.len() + 2 && w.ends_with(s))
}

pub(super) fn is_function(w: &str) -> bool {
    is_in(DETERMINERS, w)
        || is_in(PRONOUNS, w)
        || is_in(AUX, w)
        || is_in(PREPOSITIONS, w)
        || is_in(FUNCTION, w)
        || is_in(NEGATIONS, w)
        || w.ends_with("n't")
}

/// A word that names a thing: anything not recognised as another part of speech.
pub(super) fn is_noun_like(w: &str) -> bool {
    !is_function(w) && !is_listed_verb_form(w) && !is_adverb(w) && !is_adjective(w)
}

pub(super) fn is_verb_at(words: &[&Tok], i: usize) -> bool {
    let w = words[i].w.as_str();
    if is_in(AUX, w) || w.ends_with("n't") {
        return true;
    }
    if i > 0 && is_in(DETERMINERS, &words[i - 1].w) {
        return false;
    }
    is_listed_verb_form(w)
}

/// Whether a verb ends in a "y" after a consonant, which turns to "i" before an ending
/// ("dry" → "dries", "dried").
fn consonant_y(base: &str) -> bool {
    let b = base.as_bytes();
    b.len() > 1
        && b[b.len() - 1] == b'y'
        && !matches!(b[b.len() - 2], b'a' | b'e' | b'i' | b'o' | b'u')
}

pub(super) fn third_person(base: &str) -> String {
    match base {
        "be" => "is".into(),
        "have" => "has".into(),
        "do" => "does".into(),
        "go" => "goes".into(),
        _ => {
            if consonant_y(base) {
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

/// The past participle of a listed verb, for a passive ("set" → "set", "adjust" →
/// "adjusted"); None for a verb this cannot form it for.
pub(super) fn past_participle(base: &str) -> Option<String> {
    let irregular = match base {
        "set" | "put" | "cut" | "shut" | "read" | "run" => Some(base),
        "choose" => Some("chosen"),
        "see" => Some("seen"),
        "take" => Some("taken"),
        "make" => Some("made"),
        "keep" => Some("kept"),
        "hold" => Some("held"),
        "find" => Some("found"),
        _ => None,
    };
    if let Some(p) = irregular {
        return Some(p.to_string());
    }
    // A final consonant doubled after one short vowel ("control" → "controlled").
    const DOUBLED: &[&str] = &[
        "control", "stop", "drop", "plan", "plug", "program", "swap", "tap", "trim", "wrap",
    ];
    if DOUBLED.contains(&base) {
        let last = &base[base.len() - 1..];
        return Some(format!("{base}{last}ed"));
    }
    if !is_in(VERBS, base) {
        return None;
    }
    Some(if base.ends_with('e') {
        format!("{base}d")
    } else if consonant_y(base) {
        format!("{}ied", &base[..base.len() - 1])
    } else {
        format!("{base}ed")
    })
}

/// Joins tokens back into text: words separated by spaces, punctuation attached.
pub(super) fn join(toks: &[&Tok]) -> String {
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

/// A rewrite that opens as the statement it rewrites did: with a capital after a capital
/// ("Quiet fans" → "The fans are quiet"), as written after a lower-case start.
pub(super) fn opened_as(original: &str, rewrite: String) -> String {
    if !original.trim_start().starts_with(char::is_uppercase) {
        return rewrite;
    }
    let mut cs = rewrite.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}
