//! The eight wording rules for demanded-quality statements (METHOD.md section 3) as heuristic
//! hints, for English and Simplified Chinese.
//!
//! The checks run on every keystroke, so they use fixed word tables and scans that stay linear in
//! the text: no regular expressions and no setup per call (a few microseconds for a sentence in
//! a release build). They are deliberately conservative: a hint that fires on good statements
//! teaches people to ignore hints. Every hint says what triggered it, and carries a rewrite when
//! one can be made mechanically. A team may override any hint; nothing here blocks an edit.
//!
//! Text containing any Han character is checked with the Chinese rules, other text with the
//! English ones (a Chinese statement quoting "USB-C" stays a Chinese statement).

use serde::{Deserialize, Serialize};

/// One of the eight wording rules, in METHOD.md order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Rule {
    OneMeaning,
    NotBareNoun,
    NoCharacteristicWords,
    NoSolution,
    NoNegation,
    ExplicitObject,
    Concrete,
    StateNotWish,
}

impl Rule {
    pub const ALL: [Rule; 8] = [
        Rule::OneMeaning,
        Rule::NotBareNoun,
        Rule::NoCharacteristicWords,
        Rule::NoSolution,
        Rule::NoNegation,
        Rule::ExplicitObject,
        Rule::Concrete,
        Rule::StateNotWish,
    ];

    /// The rule's number in METHOD.md, 1..=8.
    pub fn number(self) -> u8 {
        match self {
            Rule::OneMeaning => 1,
            Rule::NotBareNoun => 2,
            Rule::NoCharacteristicWords => 3,
            Rule::NoSolution => 4,
            Rule::NoNegation => 5,
            Rule::ExplicitObject => 6,
            Rule::Concrete => 7,
            Rule::StateNotWish => 8,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Rule::OneMeaning => "One meaning only",
            Rule::NotBareNoun => "Not a bare noun phrase",
            Rule::NoCharacteristicWords => "No characteristic words",
            Rule::NoSolution => "No solutions or means",
            Rule::NoNegation => "Avoid negation",
            Rule::ExplicitObject => "Explicit object",
            Rule::Concrete => "Concrete and concise",
            Rule::StateNotWish => "A state, not a wish",
        }
    }

    pub fn title_zh(self) -> &'static str {
        match self {
            Rule::OneMeaning => "一句一义",
            Rule::NotBareNoun => "不用名词短语",
            Rule::NoCharacteristicWords => "不用品质特性词",
            Rule::NoSolution => "不写解决手段",
            Rule::NoNegation => "避免否定",
            Rule::ExplicitObject => "对象明确",
            Rule::Concrete => "具体简洁",
            Rule::StateNotWish => "写状态，不写愿望",
        }
    }
}

/// A reason to reconsider a statement's wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub rule: Rule,
    /// English; names what triggered the hint.
    pub message: String,
    /// Simplified Chinese; same content as `message`.
    pub message_zh: String,
    /// A rewrite of the whole statement, where one can be made mechanically. For rule 1 the
    /// separate statements are joined by " / ". A "…" marks a gap for the user to fill.
    pub suggestion: Option<String>,
}

impl std::fmt::Display for Hint {
    /// "rule 5 (Avoid negation): 'not' says what must not happen; …", for lists and exports.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "rule {} ({}): {}",
            self.rule.number(),
            self.rule.title(),
            self.message
        )
    }
}

impl Hint {
    fn new(rule: Rule, message: String, message_zh: String, suggestion: Option<String>) -> Self {
        Hint {
            rule,
            message,
            message_zh,
            suggestion,
        }
    }
}

/// Checks a demanded-quality statement against the eight rules. At most one hint per rule,
/// ordered by rule number; an empty list means nothing looked wrong.
pub fn check(text: &str) -> Vec<Hint> {
    let text = text.trim();
    if text.is_empty() {
        return Vec::new();
    }
    let mut hints = if text.chars().any(is_han) {
        zh::check(text)
    } else {
        en::check(text)
    };
    hints.sort_by_key(|h| h.rule);
    hints
}

fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Keeps a suggestion only when it says something and differs from the original.
fn useful(original: &str, suggestion: String) -> Option<String> {
    let s = suggestion.trim();
    (!s.is_empty() && s != original.trim()).then(|| s.to_string())
}

mod en {
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
        "stream", "download", "upload", "scan", "pay", "order", "return", "check", "notice",
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
        "evenly", "tight", "firmly",
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
                    (!fixed && !starts && !nouns && next(1).is_some())
                        .then(|| (1, Label::word("and")))
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
                    let right: Vec<&Tok> =
                        toks[i + 1..right_end].iter().filter(|t| !t.punct).collect();
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
        let (i, span, label) = found?;
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

    fn bare_noun(words: &[&Tok], negated: bool) -> Option<Hint> {
        if words.len() > 5 || negated || words.iter().any(|t| is_in(PRONOUNS, &t.w)) {
            return None;
        }
        // A listed verb in base form after another word is a noun here ("ergonomic handle",
        // "quick release"); first, or after "to" or a modal, it is a verb ("fold flat").
        let base_as_noun = |k: usize| {
            k > 0
                && is_in(VERBS, &words[k].w)
                && !is_in(AUX, &words[k - 1].w)
                && words[k - 1].w != "to"
        };
        if (0..words.len()).any(|k| looks_verbal(&words[k].w) && !base_as_noun(k)) {
            return None;
        }
        let k_last = words.len() - 1;
        let last = words[k_last];
        let noun_last = is_noun_like(&last.w) || (base_as_noun(k_last) && !is_adjective(&last.w));
        if !noun_last || characteristic_at(words, k_last).is_some() {
            return None;
        }
        if last.w.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        // "long battery life" → "the battery life is long".
        let suggestion = (words.len() >= 2
            && is_adjective(&words[0].w)
            && (1..words.len()).all(|k| is_noun_like(&words[k].w) || base_as_noun(k)))
        .then(|| {
            let noun: Vec<&Tok> = words[1..].to_vec();
            format!("the {} is {}", join(&noun), words[0].orig)
        });
        let phrase = join(words);
        Some(Hint::new(
            Rule::NotBareNoun,
            format!("'{phrase}' is a noun phrase; say what it does or how it is, with a verb"),
            format!("“{phrase}”是名词短语，请用动词写出功能或状态"),
            suggestion,
        ))
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
        "publicity", "nobility", "amenity",
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
                    && words.get(i + 2).is_some_and(|t| {
                        is_in(HIGH_QUALIFIERS, &t.w) || is_in(LOW_QUALIFIERS, &t.w)
                    });
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

    fn solution(words: &[&Tok]) -> Option<Hint> {
        let w = |i: usize| words.get(i).map_or("", |t| t.w.as_str());
        let mut hit: Option<String> = None;
        for (i, tok) in words.iter().enumerate() {
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
            "not" if k > 0 && matches!(w(k - 1), "is" | "are" | "was" | "be" | "gets" | "get") => {
                None
            }
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

    fn object(text: &str, words: &[&Tok]) -> Option<Hint> {
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
        // Anything named: a noun, a pronoun, or a word after a determiner ("the boot").
        let names_something = (1..words.len()).any(|k| {
            let w = words[k].w.as_str();
            is_noun_like(w)
                || is_in(PRONOUNS, w)
                || (is_in(DETERMINERS, &words[k - 1].w) && !is_adjective(w) && !is_adverb(w))
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
        "superior", "ideal", "optimal", "satisfactory", "fantastic",
    ];
    /// Vague unless the statement says what about it ("easy to use" vs "easy to pitch alone").
    #[rustfmt::skip]
    const VAGUE: &[&str] = &[
        "convenient", "comfortable", "easy", "simple", "handy", "practical", "useful", "intuitive",
        "pleasant",
    ];

    fn concrete(words: &[&Tok]) -> Option<Hint> {
        let mut reasons: Vec<(String, String)> = Vec::new();
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
        if let Some(t) = words.iter().find(|t| is_in(ABSTRACT, &t.w)) {
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
            if content <= 1 {
                reasons.push((
                    format!("'{}' alone is vague; say in what way", t.w),
                    format!("只说“{}”太笼统，请写出具体在哪方面", t.w),
                ));
            }
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
        for i in 0..words.len() {
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
}

mod zh {
    //! Chinese heuristics on characters. Without word segmentation the checks look for fixed
    //! words and for characters in telling positions (a leading modal, a trailing noun), with
    //! exception lists for the common words that contain a trigger character.

    use super::{Hint, Rule, is_han, useful};

    fn is_punct(c: char) -> bool {
        matches!(
            c,
            '，' | ','
                | '。'
                | '.'
                | '；'
                | ';'
                | '！'
                | '!'
                | '？'
                | '?'
                | '、'
                | '：'
                | ':'
                | '（'
                | '）'
                | '('
                | ')'
                | '“'
                | '”'
                | '"'
                | '\''
                | '‘'
                | '’'
                | '…'
                | '~'
                | '～'
        ) || c.is_whitespace()
    }

    fn is_content(c: char) -> bool {
        is_han(c) || c.is_alphanumeric()
    }

    /// Statement length as a reader feels it: Han characters plus whole Latin words or numbers.
    fn content_len(text: &str) -> usize {
        let mut n = 0;
        let mut in_word = false;
        for c in text.chars() {
            if is_han(c) {
                n += 1;
                in_word = false;
            } else if c.is_alphanumeric() {
                if !in_word {
                    n += 1;
                }
                in_word = true;
            } else {
                in_word = false;
            }
        }
        n
    }

    /// Byte offsets of `needle` in `hay`.
    fn find_all<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
        hay.match_indices(needle).map(|(i, _)| i)
    }

    fn prev_char(s: &str, at: usize) -> Option<char> {
        s[..at].chars().next_back()
    }

    fn next_char(s: &str, after: usize) -> Option<char> {
        s[after..].chars().next()
    }

    pub(super) fn check(text: &str) -> Vec<Hint> {
        let mut hints = Vec::new();
        hints.extend(one_meaning(text));
        hints.extend(bare_noun(text));
        hints.extend(characteristic(text));
        hints.extend(solution(text));
        hints.extend(negation(text));
        hints.extend(object(text));
        hints.extend(concrete(text));
        hints.extend(wish(text));
        hints
    }

    // ---- rule 1 ------------------------------------------------------------------------

    /// Characters that make a segment a predicate ("防漏", "轻", "能折叠") rather than a noun.
    const PREDICATE_CHARS: &str =
        "能可会易耐防不没很快慢轻重薄厚稳省干湿净亮暗暖凉冷热软硬紧松强弱结静便滑漏烫吵";
    const CLAUSE_ADDERS: &[&str] = &["还", "并", "又", "且", "另外", "同时", "而且", "也要"];

    fn one_meaning(text: &str) -> Option<Hint> {
        let mut found: Option<(usize, usize, String)> = None; // (byte start, byte len, label)
        let mut consider = |at: usize, len: usize, label: &str| {
            if found.as_ref().is_none_or(|f| at < f.0) {
                found = Some((at, len, label.to_string()));
            }
        };
        for word in ["并且", "而且", "以及", "另外"] {
            if let Some(at) = text.find(word) {
                consider(at, word.len(), word);
            }
        }
        if let Some(at) = find_all(text, "且").find(|&at| {
            at > 0
                && !matches!(
                    prev_char(text, at),
                    Some('而' | '并' | '尚' | '暂' | '姑' | '况')
                )
        }) {
            consider(at, "且".len(), "且");
        }
        // 又…又, 既…又, 和…又: the split point is the second part's 又.
        if let Some(last) = text.rfind('又') {
            let before = &text[..last];
            let paired = [('又', "又…又"), ('既', "既…又"), ('和', "和…又")]
                .into_iter()
                .find(|(first, _)| before.contains(*first));
            match paired {
                Some((_, label)) => consider(last, 0, label),
                None => {
                    // "坚固耐用又轻便": a single 又 after a predicate adds a second demand.
                    let seg: String = before.chars().rev().take_while(|&c| !is_punct(c)).collect();
                    let after_has = text[last + '又'.len_utf8()..].chars().any(is_han);
                    if after_has && seg.chars().any(|c| PREDICATE_CHARS.contains(c)) {
                        consider(last, '又'.len_utf8(), "又");
                    }
                }
            }
        }
        let first_content = text.find(is_content).unwrap_or(text.len());
        let last_content = text.rfind(is_content).unwrap_or(0);
        for (at, c) in text.char_indices() {
            let after = &text[at + c.len_utf8()..];
            if first_content > at || last_content < at {
                continue;
            }
            match c {
                '；' | ';' | '。' | '！' | '!' | '？' | '?' => {
                    consider(at, c.len_utf8(), &c.to_string());
                }
                '，' | ',' => {
                    let rest = after.trim_start();
                    if let Some(a) = CLAUSE_ADDERS.iter().find(|a| rest.starts_with(**a)) {
                        consider(at, c.len_utf8(), &format!("，{a}"));
                    }
                }
                '、' => {
                    let seg_before: String = text[..at]
                        .chars()
                        .rev()
                        .take_while(|&c| !is_punct(c))
                        .collect();
                    let seg_after: String = after.chars().take_while(|&c| !is_punct(c)).collect();
                    let pred = |s: &str| s.chars().any(|c| PREDICATE_CHARS.contains(c));
                    if pred(&seg_before) && pred(&seg_after) {
                        consider(at, c.len_utf8(), "、");
                    }
                }
                _ => {}
            }
        }
        let (at, len, label) = found?;
        let trim = |s: &str| s.trim_matches(|c: char| is_punct(c)).to_string();
        let left = trim(&text[..at]);
        let right = trim(&text[at + len..]);
        let suggestion =
            (len > 0 && !left.is_empty() && !right.is_empty()).then(|| format!("{left} / {right}"));
        Some(Hint::new(
            Rule::OneMeaning,
            format!("'{label}' joins two demands; write one statement for each"),
            format!("“{label}”连接了两个要求，请各写一条"),
            suggestion,
        ))
    }

    // ---- rule 2 ------------------------------------------------------------------------

    /// Modal, verb and particle characters: any of these makes the text more than a noun phrase.
    const VERB_MARKERS: &str = "能可会要是有地得很太更最不没无易着了过让使把被对给在从用比放进出装拿开关洗擦走跑看听吃喝坐站睡点烧煮加充拉推提握折收挂插连保防耐挡遮抗透吸排流漏滑卡转调变换稳静暖凉热冷干净亮配采附含具";
    /// Characters that end Chinese nouns for products, parts and measures.
    const NOUN_ENDINGS: &str = "器机件品具盖袋包头灯线池量命观计色料材构统钮板屏幕口套座椅架盒瓶杯锅壶箱柜桌垫链轮胎扣锁键面壳网格式型款码价钱航寸积质";
    /// Leading adjectives that can move behind the noun: "长续航" → "续航长".
    const MOVABLE_ADJ: &str = "长短大小高低轻薄厚快慢强多少宽窄新";

    fn bare_noun(text: &str) -> Option<Hint> {
        let content: String = text.chars().filter(|&c| is_content(c)).collect();
        let n = content.chars().count();
        if n == 0 || n > 8 || content.chars().any(|c| VERB_MARKERS.contains(c)) {
            return None;
        }
        let last = content.chars().last()?;
        // Adjectives that happen to end in a noun character.
        let adjective_end = ["美观", "直观", "乐观", "壮观", "可观"]
            .iter()
            .any(|a| content.ends_with(a));
        if !NOUN_ENDINGS.contains(last) || adjective_end || characteristic_hit(text).is_some() {
            return None;
        }
        let mut cs = content.chars();
        let first = cs.next()?;
        let rest: String = cs.collect();
        let suggestion = (MOVABLE_ADJ.contains(first) && rest.chars().count() >= 2)
            .then(|| format!("{rest}{first}"));
        Some(Hint::new(
            Rule::NotBareNoun,
            format!("'{content}' is a noun phrase; say what it does or how it is"),
            format!("“{content}”是名词短语，请写出功能或状态（如“能…”“…得/地…”）"),
            suggestion,
        ))
    }

    // ---- rule 3 ------------------------------------------------------------------------

    /// Listed characteristic words (longest first) with the state to say instead.
    const CHARACTERISTICS: &[(&str, Option<&str>)] = &[
        ("抗拉强度", Some("用力拉也保持完好")),
        ("使用寿命", Some("耐用")),
        ("可靠性", Some("可靠")),
        ("耐久性", Some("耐用")),
        ("耐用性", Some("耐用")),
        ("稳定性", Some("稳定")),
        ("安全性", Some("安全")),
        ("舒适性", Some("舒适")),
        ("便携性", Some("便于携带")),
        ("防水性", Some("防水")),
        ("透气性", Some("透气")),
        ("灵活性", Some("灵活")),
        ("实用性", Some("实用")),
        ("易用性", Some("容易上手")),
        ("密封性", Some("密封")),
        ("保温性", Some("保温")),
        ("耐磨性", Some("耐磨")),
        ("准确度", Some("准确")),
        ("清晰度", Some("清晰")),
        ("灵敏度", Some("灵敏")),
        ("舒适度", Some("舒适")),
        ("强度", Some("结实")),
        ("硬度", Some("坚硬")),
        ("亮度", Some("明亮")),
        ("精度", Some("准确")),
        ("效率", Some("高效")),
        ("速度", Some("快")),
        ("寿命", Some("耐用")),
        ("性能", None),
        ("功率", None),
    ];
    #[rustfmt::skip]
    const SUFFIX_NOT: &[&str] = &[
        "态度", "程度", "制度", "过度", "适度", "一度", "再度", "年度", "季度", "额度", "高度", "角度", "个性", "女性", "男性",
        "人性", "天性", "习性", "任性", "理性", "感性", "一次性", "率先", "坦率", "直率", "草率", "轻率", "表率", "统率", "性别",
        "性格", "性感", "度假", "度过", "温度", "长度", "宽度",
    ];
    #[rustfmt::skip]
    const QUAL_BEFORE: &[&str] = &[
        "良好的", "优异的", "出色的", "很高的", "较高的", "足够的", "更高的", "高的", "好的", "更高", "很高", "较高", "高", "好",
        "长",
    ];
    #[rustfmt::skip]
    const QUAL_AFTER: &[&str] = &[
        "非常高", "非常好", "很高", "较高", "更高", "很好", "较好", "更好", "高", "好", "强", "足", "佳", "大", "很长", "长",
    ];
    const HAVING: &[&str] = &["具有", "具备", "拥有", "有"];

    /// The first characteristic word: (byte start, the word, rewrite). "X性能" is taken whole,
    /// so "防水性能好" is about 防水, not "防水性" followed by 能.
    fn characteristic_hit(text: &str) -> Option<(usize, String, Option<&'static str>)> {
        let mut hit = characteristic_word(text)?;
        if hit.1.ends_with('性') && text[hit.0 + hit.1.len()..].starts_with('能') {
            hit.1.push('能');
        }
        Some(hit)
    }

    fn characteristic_word(text: &str) -> Option<(usize, String, Option<&'static str>)> {
        let mut best: Option<(usize, String, Option<&'static str>)> = None;
        for &(word, rewrite) in CHARACTERISTICS {
            if let Some(at) = text.find(word) {
                let covered = best
                    .as_ref()
                    .is_some_and(|(b, w, _)| at >= *b && at < *b + w.len());
                if !covered && best.as_ref().is_none_or(|(b, _, _)| at < *b) {
                    best = Some((at, word.to_string(), rewrite));
                }
            }
        }
        // Generic suffix words: a Han character followed by 度, 性 or 率.
        for (at, c) in text.char_indices() {
            if !matches!(c, '度' | '性' | '率') || at == 0 {
                continue;
            }
            let Some(p) = prev_char(text, at) else {
                continue;
            };
            // "二十度" is a temperature, not a characteristic word.
            if !is_han(p) || "零一二三四五六七八九十百千万两几多半".contains(p) {
                continue;
            }
            let start = at - p.len_utf8();
            let word = &text[start..at + c.len_utf8()];
            let following = next_char(text, at + c.len_utf8())
                .map(|n| format!("{c}{n}"))
                .unwrap_or_default();
            let with_prev2 = prev_char(text, start).map(|q| format!("{q}{word}"));
            let excepted = SUFFIX_NOT.contains(&word)
                || SUFFIX_NOT.contains(&following.as_str())
                || with_prev2
                    .as_deref()
                    .is_some_and(|w| SUFFIX_NOT.contains(&w));
            if excepted {
                continue;
            }
            // "温度可调": an adjustable setting is a fine statement.
            if c == '度'
                && next_char(text, at + c.len_utf8())
                    .is_some_and(|n| matches!(n, '可' | '能' | '调'))
            {
                continue;
            }
            let inside_listed = best
                .as_ref()
                .is_some_and(|(b, w, _)| start < *b + w.len() && at + c.len_utf8() > *b);
            if !inside_listed && best.as_ref().is_none_or(|(b, _, _)| start < *b) {
                best = Some((start, word.to_string(), None));
            }
            break;
        }
        best
    }

    fn characteristic(text: &str) -> Option<Hint> {
        let (at, word, rewrite) = characteristic_hit(text)?;
        let suggestion = rewrite.and_then(|r| {
            let mut start = at;
            let mut end = at + word.len();
            if let Some(q) = QUAL_BEFORE.iter().find(|q| text[..start].ends_with(**q)) {
                start -= q.len();
            }
            if let Some(h) = HAVING.iter().find(|h| text[..start].ends_with(**h)) {
                start -= h.len();
            }
            if let Some(q) = QUAL_AFTER.iter().find(|q| text[end..].starts_with(**q)) {
                end += q.len();
            }
            useful(text, format!("{}{}{}", &text[..start], r, &text[end..]))
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
    const MEANS: &[&str] = &[
        "采用", "改用", "使用", "用上", "加装", "安装", "装上", "配备", "配有", "装有", "内置", "加一个", "加个", "装一个",
        "增加一个", "换成", "制成", "做成",
    ];
    /// After 使用/安装 these make it about the act of using, not a chosen means.
    #[rustfmt::skip]
    const USE_FOLLOWED_NOT: &[&str] = &[
        "时", "中", "后", "前", "方便", "简单", "容易", "起来", "过程", "寿命", "说明", "感", "体验", "便捷", "安全", "场景",
        "场合", "环境", "次数", "年限", "期间", "的", "快", "牢固", "占地", "位置", "空间", "尺寸", "者", "多", "几", "一",
        "两", "三", "四", "五", "六", "七", "八", "九", "十", "半", "数", "了", "过", "久", "都", "也",
        "就", "才", "还", "很", "更", "最", "得", "着", "上", "下", "来", "去",
    ];
    #[rustfmt::skip]
    const USE_PRECEDED_NOT: &[&str] = &[
        "可以", "可", "能够", "能", "易于", "便于", "方便", "容易", "长期", "反复", "重复", "多次", "单手", "双手", "自行",
        "自己", "免", "易", "快速", "好", "日常", "平时", "正常", "经常",
    ];

    fn solution(text: &str) -> Option<Hint> {
        let mut best: Option<(usize, &str)> = None;
        for &m in MEANS {
            for at in find_all(text, m) {
                if matches!(m, "使用" | "安装") {
                    let after = &text[at + m.len()..];
                    let before = &text[..at];
                    if after.is_empty()
                        || USE_FOLLOWED_NOT.iter().any(|f| after.starts_with(f))
                        || USE_PRECEDED_NOT.iter().any(|p| before.ends_with(p))
                    {
                        continue;
                    }
                }
                if best.is_none_or(|(b, _)| at < b) {
                    best = Some((at, m));
                }
                break;
            }
        }
        let (_, m) = best?;
        Some(Hint::new(
            Rule::NoSolution,
            format!("'{m}' names a means or a part; state the need it serves"),
            format!("“{m}”写的是手段或部件，请写出它满足的需要"),
            None,
        ))
    }

    // ---- rule 5 ------------------------------------------------------------------------

    /// Words containing a negation character that are not negations.
    #[rustfmt::skip]
    const NEG_NOT: &[&str] = &[
        "不锈钢", "不倒翁", "差不多", "不粘锅", "了不起", "对不起", "不得了", "不同", "不管", "不断", "不错", "不久", "不仅", "不但",
        "不论", "不少", "淹没", "埋没", "沉没", "出没", "吞没", "没收", "无线", "无人机", "无论", "无限", "无缝", "无比", "无疑",
        "无数", "虚无", "别人", "别的", "别墅", "别针", "别致", "别扭", "别名", "别称", "特别", "区别", "分别", "级别", "类别",
        "识别", "告别", "个别", "性别", "派别", "辨别", "鉴别", "离别", "送别", "差别",
    ];
    /// Verbs that form "V不R" potential complements ("冻不坏", "摔不碎").
    const COMPLEMENT_VERBS: &str = "冻摔压用洗穿坐踩撞晒烧泡拉扯碰砸踢折弯看听吃拧关打";
    /// "不X" → a positive state.
    const ANTONYMS: &[(&str, &str)] = &[
        ("不容易坏", "耐用"),
        ("不易坏", "耐用"),
        ("不漏水", "密封"),
        ("不漏气", "密封"),
        ("不烫手", "摸着凉"),
        ("不生锈", "耐锈蚀"),
        ("不变形", "保持形状"),
        ("不掉色", "保持颜色"),
        ("不褪色", "保持颜色"),
        ("不复杂", "简单"),
        ("不漏", "密封"),
        ("不重", "轻"),
        ("不烫", "摸着凉"),
        ("不吵", "安静"),
        ("不贵", "实惠"),
        ("不坏", "耐用"),
        ("不滑", "防滑"),
        ("不脏", "干净"),
        ("不湿", "干爽"),
        ("不慢", "快"),
        ("不难", "容易"),
        ("不晃", "稳"),
        ("不卡", "顺畅"),
        ("不堵", "畅通"),
        ("不碎", "结实"),
        ("不冷", "暖和"),
        ("不热", "凉爽"),
    ];

    /// The first negation: (byte offset, the character).
    fn negation_hit(text: &str) -> Option<(usize, char)> {
        text.char_indices().find(|&(at, c)| {
            matches!(c, '不' | '没' | '无' | '别' | '勿')
                && !NEG_NOT.iter().any(|w| {
                    // Does an excepted word cover this character? Only starts that put `c`
                    // inside `w` are tried, so the cost does not grow with the text.
                    w.match_indices(c).any(|(off, _)| {
                        at >= off
                            && text.is_char_boundary(at - off)
                            && text[at - off..].starts_with(w)
                    })
                })
        })
    }

    fn negation(text: &str) -> Option<Hint> {
        let (at, _) = negation_hit(text)?;
        let shown: String = text[at..]
            .chars()
            .take(3)
            .take_while(|&c| !is_punct(c))
            .collect();
        let suggestion = ANTONYMS
            .iter()
            .find(|(neg, _)| text[at..].starts_with(neg))
            // "冻不坏" (won't break when frozen) is not "坏" negated on its own.
            .filter(|_| !prev_char(text, at).is_some_and(|p| COMPLEMENT_VERBS.contains(p)))
            .and_then(|(neg, pos)| {
                let rest = &text[at + neg.len()..];
                let head = &text[..at];
                // "不会漏" and "不能" carry a modal; the table only knows bare forms.
                useful(text, format!("{head}{pos}{rest}"))
            });
        Some(Hint::new(
            Rule::NoNegation,
            format!("'{shown}' says what must not happen; state what should happen instead"),
            format!("“{shown}”是否定说法，请写出应有的状态"),
            suggestion,
        ))
    }

    // ---- rule 6 ------------------------------------------------------------------------

    /// Openers that show the subject is missing, longest first.
    #[rustfmt::skip]
    const LEADS: &[&str] = &[
        "能够", "可以", "容易", "易于", "便于", "方便", "非常", "比较", "十分", "特别", "总是", "一直", "始终", "随时", "快速",
        "迅速", "轻松", "能", "可", "会", "很", "易", "挺", "更",
    ];

    fn object(text: &str) -> Option<Hint> {
        let content: String = text.chars().filter(|&c| is_content(c)).collect();
        let first = LEADS.iter().find(|l| content.starts_with(**l))?;
        // Strip openers and adverbials ("可靠地") to see what is left to carry the object.
        let mut rest = &content[first.len()..];
        loop {
            if let Some(l) = LEADS.iter().find(|l| rest.starts_with(**l)) {
                rest = &rest[l.len()..];
                continue;
            }
            let adverbial = rest
                .char_indices()
                .take(5)
                .find(|&(_, c)| c == '地')
                .map(|(i, c)| i + c.len_utf8());
            match adverbial {
                Some(end) if end < rest.len() => rest = &rest[end..],
                _ => break,
            }
        }
        if rest.chars().count() > 2 {
            return None;
        }
        Some(Hint::new(
            Rule::ExplicitObject,
            format!(
                "starts with '{first}' and names nothing: say what it acts on or what it is about"
            ),
            format!("以“{first}”开头，没有写出对象：请写明作用于什么、说的是什么"),
            Some(format!("…{text}")),
        ))
    }

    // ---- rule 7 ------------------------------------------------------------------------

    const MAX_CHARS: usize = 25;
    /// Verbs that take 好 as a result ("修好" repaired, "装好" installed).
    const RESULT_VERBS: &str = "修做装调备放弄设关盖锁拧洗煮烧搞理收系绑扣插接停摆写办拿包穿戴坐站";
    #[rustfmt::skip]
    const ABSTRACT: &[&str] = &[
        "不错", "优秀", "完美", "优质", "高品质", "高档", "上档次", "一流", "出色", "很棒", "良好", "更好",
    ];
    #[rustfmt::skip]
    const VAGUE: &[&str] = &[
        "人性化", "方便", "舒服", "舒适", "好用", "好看", "便捷", "实用", "简单", "轻松", "满意",
    ];
    const FILLER: &str = "很非常更比较十分特别挺超太最的了得地啊呀呢吧";

    fn concrete(text: &str) -> Option<Hint> {
        let mut reasons: Vec<(String, String)> = Vec::new();
        let n = content_len(text);
        if n > MAX_CHARS {
            reasons.push((
                format!("{n} characters; keep it to one short statement (at most {MAX_CHARS})"),
                format!("共 {n} 个字，请写成一条简短的陈述（不超过 {MAX_CHARS} 个字）"),
            ));
        }
        let content: String = text.chars().filter(|&c| is_content(c)).collect();
        let trimmed = content.trim_end_matches(|c: char| "的了啊呀呢吧".contains(c));
        // "修好", "装好": 好 after a verb says the job is done, not that it is good.
        let ends_hao = trimmed.ends_with('好')
            && ![
                "最好", "正好", "刚好", "只好", "就好", "友好", "爱好", "完好",
            ]
            .iter()
            .any(|w| trimmed.ends_with(w))
            && !trimmed
                .chars()
                .rev()
                .nth(1)
                .is_some_and(|c| RESULT_VERBS.contains(c));
        let strong = ABSTRACT
            .iter()
            .find(|w| content.contains(**w))
            .copied()
            .or(ends_hao.then_some("好"));
        if let Some(w) = strong {
            reasons.push((
                format!("'{w}' is abstract; say what makes it so"),
                format!("“{w}”太抽象，请写出具体表现"),
            ));
        } else if let Some(w) = VAGUE.iter().find(|w| content.contains(**w)) {
            let left = content.replacen(w, "", 1);
            let rest = left.chars().filter(|&c| !FILLER.contains(c)).count();
            if rest <= 2 {
                reasons.push((
                    format!("'{w}' alone is vague; say in what way"),
                    format!("只说“{w}”太笼统，请写出具体在哪方面"),
                ));
            }
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

    #[rustfmt::skip]
    const WISH_WORDS: &[&str] = &[
        "希望", "想要", "但愿", "盼望", "期望", "最好", "能不能", "可不可以", "能否", "应该", "必须", "就好了", "就好啦", "就更好了",
        "我想",
    ];
    #[rustfmt::skip]
    const WISH_LEADS: &[&str] = &[
        "我们希望", "我希望", "希望", "我们想要", "我想要", "想要", "但愿", "盼望", "期望", "我想", "最好", "请", "需要", "我需要",
    ];
    const WISH_TAILS: &[&str] = &["就更好了", "就好了", "就好啦", "就好", "吧", "啊", "呀"];
    const WISH_INNER: &[(&str, &str)] = &[
        ("能不能", "能"),
        ("可不可以", "可以"),
        ("能否", "能"),
        ("应该", ""),
        ("必须", ""),
    ];

    fn wish(text: &str) -> Option<Hint> {
        let mut trigger: Option<(usize, &str)> = None;
        for &w in WISH_WORDS {
            if let Some(at) = text.find(w) {
                if trigger.is_none_or(|(b, _)| at < b) {
                    trigger = Some((at, w));
                }
            }
        }
        let content_start = text.trim_start_matches(|c: char| !is_content(c));
        for lead in ["请", "需要", "我需要", "我们需要"] {
            if content_start.starts_with(lead) && trigger.is_none() {
                trigger = Some((0, lead));
            }
        }
        let (_, word) = trigger?;
        Some(Hint::new(
            Rule::StateNotWish,
            format!("'{word}' states a wish; describe the state instead"),
            format!("“{word}”是愿望的说法，请写成状态"),
            wish_rewrite(text),
        ))
    }

    fn wish_rewrite(text: &str) -> Option<String> {
        let mut s = text
            .trim()
            .trim_end_matches(|c: char| is_punct(c))
            .to_string();
        let mut tail = false;
        for t in WISH_TAILS {
            if let Some(x) = s.strip_suffix(t) {
                s = x.to_string();
                tail = t.starts_with('就');
                break;
            }
        }
        if tail {
            for cond in ["要是", "如果", "假如", "若是"] {
                if let Some(x) = s.strip_prefix(cond) {
                    s = x.to_string();
                    break;
                }
            }
        }
        if let Some(l) = WISH_LEADS.iter().find(|l| s.starts_with(**l)) {
            s = s[l.len()..]
                .trim_start_matches(|c: char| is_punct(c))
                .to_string();
        }
        for (from, to) in WISH_INNER {
            s = s.replacen(from, to, 1);
        }
        if negation_hit(&s).is_some() {
            return None;
        }
        useful(text, s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str) -> Vec<u8> {
        check(text).iter().map(|h| h.rule.number()).collect()
    }

    fn hint(text: &str, rule: Rule) -> Hint {
        check(text)
            .into_iter()
            .find(|h| h.rule == rule)
            .unwrap_or_else(|| {
                panic!(
                    "no rule {} hint for {text:?}: {:?}",
                    rule.number(),
                    check(text)
                )
            })
    }

    fn assert_clean(text: &str) {
        assert_eq!(check(text), Vec::new(), "{text:?} should give no hints");
    }

    #[test]
    fn rule_numbers_and_titles() {
        let numbers: Vec<u8> = Rule::ALL.iter().map(|r| r.number()).collect();
        assert_eq!(numbers, (1..=8).collect::<Vec<u8>>());
        for r in Rule::ALL {
            assert!(!r.title().is_empty());
            assert!(r.title_zh().chars().any(is_han));
        }
        let mut sorted = Rule::ALL;
        sorted.sort();
        assert_eq!(sorted, Rule::ALL);
    }

    #[test]
    fn good_statements_give_no_hints() {
        for text in [
            "the burner lights reliably",
            "the light fits in a jersey pocket",
            "the burner lights the flame reliably",
            "the container is sturdy",
            "the package is sealed",
            "the tent is easy to pitch alone",
            "the battery lasts a whole day",
            "the lid seals tightly",
            "the handle stays cool while cooking",
            "the colour changes evenly",
            "水温稳定",
            "炉头点火可靠",
            "盖子密封",
            "灯能放进骑行服口袋",
            "手柄握着凉",
            "电池能用一整天",
            "颜色变化均匀",
            "无线耳机能放进口袋",
            "不锈钢锅身容易清洗干净",
            "外观美观",
            "热水出得快",
            "冬天水温也稳定",
            "水温能精确调节",
            "the heater fits under the sink",
            "the unit is quiet at night",
            "The beam lights the road far ahead at commuting speed",
            "The beam stays below the eyes of oncoming road users",
            "The light warns the rider well before the battery runs flat",
            "The charging port stays sealed on wet, gritty roads",
            "The mount fits every common handlebar size",
            "The switch stays locked while the light is in a bag",
            "The battery stays cool while charging",
            "两处同时用水时淋浴水温依然平稳",
            "使用者能精确地设定水温",
            "使用多年后出水量依然充足",
            "热水器出故障当天就能修好",
            "老人一眼就能看清显示屏上的数字",
            "燃烧器每次都能顺利点火",
            "机身牢固地固定在墙上",
            "初次使用的人凭面板就能学会操作",
            "the lid closes with a click",
            "water drains out of the boot quickly",
            "the zip opens with gloves on",
            "the coat stays warm at minus twenty",
            "外套在零下二十度也保暖",
            "手机摔到地上也完好",
            "电池在零下十度也能用一整天",
            "婴儿车在石板路上推着平稳",
        ] {
            assert_clean(text);
        }
    }

    // ---- rule 1 ----

    #[test]
    fn rule1_english() {
        let h = hint("the tent is light and compact", Rule::OneMeaning);
        assert!(h.message.contains("'and'"), "{}", h.message);
        assert_eq!(
            h.suggestion.as_deref(),
            Some("the tent is light / the tent is compact")
        );
        let h = hint("the tent is light and packs small", Rule::OneMeaning);
        assert_eq!(
            h.suggestion.as_deref(),
            Some("the tent is light / the tent packs small")
        );
        assert!(rules("the pump is quiet as well as light").contains(&1));
        assert!(rules("the lamp lights quickly while staying cool").contains(&1));
        assert!(rules("the lid seals; the cup stays warm").contains(&1));
        assert!(rules("the lid seals, the cup stays warm").contains(&1));
    }

    #[test]
    fn rule1_english_no_false_alarms() {
        assert!(!rules("the screen shows black and white clearly").contains(&1));
        assert!(!rules("the handle stays cool while cooking").contains(&1));
        assert!(!rules("when it rains, the light stays on").contains(&1));
        assert!(!rules("the battery lasts 3.5 hours").contains(&1));
        assert!(!rules("fits every bar size and shape").contains(&1));
        assert!(!rules("the knife cuts bread and cheese").contains(&1));
    }

    #[test]
    fn rule1_chinese() {
        let h = hint("帐篷轻并且结实", Rule::OneMeaning);
        assert!(h.message_zh.contains("并且"));
        assert_eq!(h.suggestion.as_deref(), Some("帐篷轻 / 结实"));
        assert!(rules("帐篷轻且结实").contains(&1));
        assert!(rules("盖子防漏、防烫").contains(&1));
        assert!(rules("杯子又轻又结实").contains(&1));
        assert!(rules("杯子能保温，还能防摔").contains(&1));
        assert!(rules("盖子密封；杯身保温").contains(&1));
        assert!(!rules("能泡茶、咖啡").contains(&1));
        assert!(rules("杯子能保温，同时能防摔").contains(&1));
        let h = hint("坚固耐用又轻便", Rule::OneMeaning);
        assert_eq!(h.suggestion.as_deref(), Some("坚固耐用 / 轻便"));
        assert!(!rules("充电的同时能照明").contains(&1));
    }

    // ---- rule 2 ----

    #[test]
    fn rule2_english() {
        let h = hint("long battery life", Rule::NotBareNoun);
        assert_eq!(h.suggestion.as_deref(), Some("the battery life is long"));
        let h = hint("battery life", Rule::NotBareNoun);
        assert_eq!(h.suggestion, None);
        assert!(!rules("the battery lasts long").contains(&2));
        assert!(!rules("the case is waterproof").contains(&2));
        // A characteristic word is rule 3's business.
        assert!(!rules("high reliability").contains(&2));
        assert!(!rules("drivers notice me in daylight").contains(&2));
        assert!(rules("ergonomic handle").contains(&2));
        assert!(!rules("fold flat").contains(&2));
    }

    #[test]
    fn rule2_chinese() {
        let h = hint("长续航", Rule::NotBareNoun);
        assert_eq!(h.suggestion.as_deref(), Some("续航长"));
        assert!(rules("电池容量").contains(&2));
        assert!(!rules("续航长").contains(&2));
        assert!(!rules("放进口袋").contains(&2));
        assert!(!rules("配备大容量电池").contains(&2));
    }

    // ---- rule 3 ----

    #[test]
    fn rule3_english() {
        let h = hint("high reliability", Rule::NoCharacteristicWords);
        assert!(h.message.contains("'reliability'"));
        assert_eq!(h.suggestion.as_deref(), Some("works reliably"));
        let h = hint(
            "the stove has high reliability",
            Rule::NoCharacteristicWords,
        );
        assert_eq!(h.suggestion.as_deref(), Some("the stove works reliably"));
        let h = hint("high tensile strength", Rule::NoCharacteristicWords);
        assert!(h.message.contains("tensile strength"));
        let h = hint(
            "the screen has good brightness",
            Rule::NoCharacteristicWords,
        );
        assert_eq!(h.suggestion.as_deref(), Some("the screen is bright"));
        let h = hint("the frame has low weight", Rule::NoCharacteristicWords);
        assert_eq!(h.suggestion.as_deref(), Some("the frame is light"));
        assert!(rules("the pump's efficiency is high").contains(&3));
        assert!(!rules("the city bike rides smoothly").contains(&3));
        assert!(!rules("the beam reaches far at commuting speed").contains(&3));
        assert!(rules("high speed").contains(&3));
        assert!(!rules("the business card fits in the wallet").contains(&3));
    }

    #[test]
    fn rule3_chinese() {
        let h = hint("炉头可靠性高", Rule::NoCharacteristicWords);
        assert_eq!(h.suggestion.as_deref(), Some("炉头可靠"));
        let h = hint("高强度", Rule::NoCharacteristicWords);
        assert_eq!(h.suggestion.as_deref(), Some("结实"));
        let h = hint("防水性能好", Rule::NoCharacteristicWords);
        assert!(h.message_zh.contains("防水性能"));
        assert_eq!(h.suggestion.as_deref(), Some("防水"));
        let h = hint("加热效率高", Rule::NoCharacteristicWords);
        assert!(h.message_zh.contains("效率"));
        let h = hint("外壳透光率高", Rule::NoCharacteristicWords);
        assert!(h.message_zh.contains("光率"), "{}", h.message_zh);
        assert!(!rules("服务态度热情").contains(&3));
        assert!(!rules("座椅高度可调").contains(&3));
        assert!(!rules("一次性杯子能回收").contains(&3));
    }

    // ---- rule 4 ----

    #[test]
    fn rule4_english() {
        let h = hint("use an electronic igniter", Rule::NoSolution);
        assert!(h.message.contains("'use'"));
        assert!(rules("a mug with a lid").contains(&4));
        assert!(!rules("the lid closes with a click").contains(&4));
        assert!(rules("add a second battery").contains(&4));
        assert!(rules("the frame is made of titanium").contains(&4));
        assert!(!rules("the stove is easy to use").contains(&4));
        assert!(!rules("the light fits in a jersey pocket").contains(&4));
    }

    #[test]
    fn rule4_chinese() {
        let h = hint("采用电子点火器", Rule::NoSolution);
        assert!(h.message_zh.contains("采用"));
        assert!(rules("加装防滑垫").contains(&4));
        assert!(rules("使用电子点火").contains(&4));
        assert!(rules("配备大容量电池").contains(&4));
        assert!(!rules("日常使用都很顺手").contains(&4));
        assert!(!rules("使用方便").contains(&4));
        assert!(!rules("灯安装简单").contains(&4));
        assert!(!rules("便于安装").contains(&4));
        assert!(!rules("安装占地小").contains(&4));
    }

    // ---- rule 5 ----

    #[test]
    fn rule5_english() {
        let h = hint("the bottle does not leak", Rule::NoNegation);
        assert!(h.message.contains("'not'"));
        assert_eq!(h.suggestion.as_deref(), Some("the bottle stays sealed"));
        let h = hint("the bottle doesn't leak", Rule::NoNegation);
        assert_eq!(h.suggestion.as_deref(), Some("the bottle stays sealed"));
        let h = hint("the bottle never leaks", Rule::NoNegation);
        assert_eq!(h.suggestion.as_deref(), Some("the bottle stays sealed"));
        let h = hint("the handle is not hot", Rule::NoNegation);
        assert_eq!(h.suggestion.as_deref(), Some("the handle is cool"));
        let h = hint("the handle isn't hot", Rule::NoNegation);
        assert_eq!(h.suggestion.as_deref(), Some("the handle is cool"));
        let h = hint("the lids won't leak", Rule::NoNegation);
        assert_eq!(h.suggestion.as_deref(), Some("the lids will stay sealed"));
        let h = hint("opens without tools", Rule::NoNegation);
        assert_eq!(h.suggestion, None);
        assert!(!rules("the knot holds firmly").contains(&5));
    }

    #[test]
    fn rule5_chinese() {
        let h = hint("水壶不漏水", Rule::NoNegation);
        assert_eq!(h.suggestion.as_deref(), Some("水壶密封"));
        let h = hint("外壳不烫手", Rule::NoNegation);
        assert_eq!(h.suggestion.as_deref(), Some("外壳摸着凉"));
        assert!(rules("没有异味").contains(&5));
        assert!(rules("请勿倒置").contains(&5));
        assert!(rules("无需工具即可打开").contains(&5));
        assert!(!rules("无线耳机连接稳定").contains(&5));
        assert!(!rules("不锈钢锅身容易清洗干净").contains(&5));
        assert!(!rules("外观特别").contains(&5));
        // A potential complement ("won't break from frost") has no bare antonym.
        assert_eq!(
            hint("冬天装在阳台上也冻不坏", Rule::NoNegation).suggestion,
            None
        );
    }

    // ---- rule 6 ----

    #[test]
    fn rule6_english() {
        let h = hint("lights reliably", Rule::ExplicitObject);
        assert!(h.message.contains("'lights'"));
        assert_eq!(h.suggestion.as_deref(), Some("the … lights reliably"));
        assert!(rules("dries quickly").contains(&6));
        assert!(rules("can be cleaned easily").contains(&6));
        assert!(rules("ignites reliably").contains(&6));
        assert!(!rules("lights the flame reliably").contains(&6));
        assert!(!rules("can change colour easily").contains(&6));
        assert!(!rules("fits in a pocket").contains(&6));
        assert!(!rules("it lights reliably").contains(&6));
        assert!(!rules("mounts that don't break").contains(&6));
        let h = hint("cheap", Rule::ExplicitObject);
        assert_eq!(h.suggestion.as_deref(), Some("the … is cheap"));
    }

    #[test]
    fn rule6_chinese() {
        let h = hint("能快速点火", Rule::ExplicitObject);
        assert!(h.message_zh.contains("能"));
        assert_eq!(h.suggestion.as_deref(), Some("…能快速点火"));
        assert!(rules("能可靠地点火").contains(&6));
        assert!(rules("容易清洗").contains(&6));
        assert!(rules("很耐用").contains(&6));
        assert!(!rules("能可靠地点燃火焰").contains(&6));
        assert!(!rules("可以快速加热饭菜").contains(&6));
    }

    // ---- rule 7 ----

    #[test]
    fn rule7_english() {
        let h = hint(
            "the jacket keeps me warm and dry when I cycle to work in the rain in winter",
            Rule::Concrete,
        );
        assert!(h.message.contains("words"), "{}", h.message);
        assert!(rules("the stove is good").contains(&7));
        assert!(rules("easy to use").contains(&7));
        assert!(rules("the seat is comfortable").contains(&7));
        assert!(!rules("the seat is comfortable for a two-hour ride").contains(&7));
        assert!(!rules("the tent is easy to pitch alone").contains(&7));
    }

    #[test]
    fn rule7_chinese() {
        let h = hint("质量好", Rule::Concrete);
        assert!(h.message_zh.contains("好"));
        assert!(rules("很方便").contains(&7));
        assert!(rules("座椅舒服").contains(&7));
        assert!(rules("做工不错").contains(&7));
        assert!(
            rules("冬天骑车上班的时候下着大雨外套依然能让我的身体保持温暖干燥而且不会闷热出汗")
                .contains(&7)
        );
        assert!(!rules("座椅坐两个小时也舒服").contains(&7));
        assert!(!rules("水温稳定").contains(&7));
    }

    // ---- rule 8 ----

    #[test]
    fn rule8_english() {
        let h = hint("please make it quiet", Rule::StateNotWish);
        assert!(h.message.contains("'please'"));
        let h = hint("I want the lid to seal tightly", Rule::StateNotWish);
        assert_eq!(h.suggestion.as_deref(), Some("the lid seals tightly"));
        let h = hint("the lid should be tight", Rule::StateNotWish);
        assert_eq!(h.suggestion.as_deref(), Some("the lid is tight"));
        let h = hint("the lids should seal", Rule::StateNotWish);
        assert_eq!(h.suggestion.as_deref(), Some("the lids seal"));
        let h = hint("I want a light that fits in my pocket", Rule::StateNotWish);
        assert_eq!(h.suggestion.as_deref(), Some("the light fits in my pocket"));
        let h = hint("please don't let it dirty my bag", Rule::StateNotWish);
        assert_eq!(h.suggestion, None);
        assert!(rules("I wish it would fold flat").contains(&8));
        assert!(rules("I hope the strap lasts").contains(&8));
        assert!(!rules("the strap lasts a season").contains(&8));
    }

    #[test]
    fn rule8_chinese() {
        let h = hint("希望水温稳定", Rule::StateNotWish);
        assert!(h.message_zh.contains("希望"));
        assert_eq!(h.suggestion.as_deref(), Some("水温稳定"));
        let h = hint("要是杯子能折叠就好了", Rule::StateNotWish);
        assert_eq!(h.suggestion.as_deref(), Some("杯子能折叠"));
        let h = hint("请不要弄脏我的包", Rule::StateNotWish);
        assert_eq!(h.suggestion, None);
        assert!(rules("最好能折叠").contains(&8));
        assert!(rules("想要杯子轻一点").contains(&8));
        assert!(rules("盖子应该密封").contains(&8));
        assert!(!rules("申请流程简单明了").contains(&8));
    }

    #[test]
    fn hints_are_ordered_and_unique() {
        let hs = check("I want high reliability and no noise");
        let ns: Vec<u8> = hs.iter().map(|h| h.rule.number()).collect();
        let mut sorted = ns.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(ns, sorted);
        assert!(ns.contains(&1) && ns.contains(&3) && ns.contains(&5) && ns.contains(&8));
        for h in hs {
            assert!(!h.message.is_empty() && !h.message_zh.is_empty());
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            " ",
            "\t\n",
            "🔥🔥🔥",
            "🔥 and 🔥",
            "不",
            "别",
            "、",
            "，还",
            "又",
            "a",
            "and",
            "'",
            "’s",
            "...",
            "3.5",
            "-",
            "—",
            "“”",
            "٣ و ٤",
            "é and è",
            "ü-ß",
            "then.",
            "ကed",
            "ကing",
            "ကs",
            "the ကed item",
            "ÿies",
        ] {
            let _ = check(text);
        }
        assert!(check("").is_empty());
        assert!(check("   ").is_empty());
        let long_en = "the handle stays cool ".repeat(2000);
        assert!(rules(&long_en).contains(&7));
        // Inputs that would be slow if any check rescanned the text per character.
        for text in [
            "，".repeat(20_000),
            "a, b".repeat(5_000),
            ". ".repeat(20_000),
            "不锈钢".repeat(5_000),
            "轻、".repeat(5_000),
        ] {
            let _ = check(&text);
        }
        let long_zh = "手柄握着凉".repeat(2000);
        assert!(rules(&long_zh).contains(&7));
    }

    proptest::proptest! {
        #[test]
        fn never_panics(text in "\\PC{0,60}") {
            let hints = check(&text);
            let ns: Vec<u8> = hints.iter().map(|h| h.rule.number()).collect();
            let mut sorted = ns.clone();
            sorted.sort();
            sorted.dedup();
            proptest::prop_assert_eq!(ns, sorted);
        }

        /// Any letters with English endings: the suffix stripping must respect char boundaries.
        #[test]
        fn never_panics_on_inflected_words(
            text in "([\\p{L}\\p{N}]{1,3}(ed|ing|s|ies|es|ness|ity|ly|n't)? ?){1,6}"
        ) {
            let _ = check(&text);
        }

        #[test]
        fn never_panics_on_mixed_words(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "the", "and", "not", "lid", "is", "high", "reliability", "please", "I", "want",
                    "to", "seal", "doesn't", "leak", ",", ";", ".", "with", "a", "use", "lights",
                    "reliably", "不", "漏水", "希望", "能", "可靠性", "高", "、", "且", "就好了",
                    "要是", "又", "，还", "使用", "🔥", " ", "’",
                ]),
                0..16,
            )
        ) {
            let text: String = parts.concat();
            let _ = check(&text);
            let spaced = parts.join(" ");
            for h in check(&spaced) {
                if let Some(s) = h.suggestion {
                    proptest::prop_assert!(!s.trim().is_empty());
                }
            }
        }
    }
}
