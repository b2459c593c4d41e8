//! Rules 3 and 4: no characteristic words, no solutions or means.

use super::shared::*;
use crate::method::wording::{Hint, Rule, useful};

// ---- rule 3 ------------------------------------------------------------------------

/// Listed characteristic words, with a rewrite as a state where a natural one exists.
pub(super) const CHARACTERISTICS: &[(&str, Option<&str>)] = &[
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
pub(super) const NEEDS_QUALIFIER: &[&str] = &[
    "speed", "weight", "capacity", "rate", "resolution", "frequency", "performance", "ratio",
];
#[rustfmt::skip]
pub(super) const ITY_NOT: &[&str] = &[
    "city", "pity", "entity", "activity", "community", "university", "facility", "electricity",
    "opportunity", "identity", "charity", "authority", "majority", "minority", "priority",
    "vicinity", "celebrity", "deity", "trinity", "unity", "humanity", "society", "activity",
    "publicity", "nobility", "amenity", "quality",
];
pub(super) const NESS_NOT: &[&str] = &["business", "witness", "harness", "wilderness", "awareness"];
#[rustfmt::skip]
pub(super) const HIGH_QUALIFIERS: &[&str] = &[
    "high", "good", "great", "excellent", "superior", "better", "sufficient", "adequate",
    "enough", "increased", "improved", "more", "maximum", "max", "top", "outstanding",
    "higher", "greater", "best", "extreme",
];
pub(super) const LOW_QUALIFIERS: &[&str] =
    &["low", "light", "little", "minimal", "reduced", "lower"];
#[rustfmt::skip]
pub(super) const HAVING: &[&str] = &[
    "has", "have", "with", "offers", "offer", "provides", "provide", "gives", "delivers",
    "features", "of",
];

/// The characteristic word at `i`, with its table rewrite (if any).
/// Parts that set or show a measure, which a measure word before them names.
#[rustfmt::skip]
const SETTING_PARTS: &[&str] = &[
    "setting", "settings", "control", "controls", "dial", "dials", "knob", "knobs", "button",
    "buttons", "mode", "modes", "selector", "slider", "switch", "options", "option", "menu",
    "display", "indicator", "gauge", "sensor", "readout",
];

pub(super) fn characteristic_at(words: &[&Tok], i: usize) -> Option<Option<String>> {
    let w = words[i].w.as_str();
    if w == "tensile" && words.get(i + 1).is_some_and(|t| t.w == "strength") {
        return Some(Some("holds firm when pulled hard".into()));
    }
    if w == "strength" && i > 0 && words[i - 1].w == "tensile" {
        return None; // reported at "tensile"
    }
    // "Strength settings", "the speed dial": a measure naming the part that sets or shows it
    // is no measure stated.
    let rated = i > 0
        && (is_in(HIGH_QUALIFIERS, &words[i - 1].w) || is_in(LOW_QUALIFIERS, &words[i - 1].w));
    if !rated && words.get(i + 1).is_some_and(|t| is_in(SETTING_PARTS, &t.w)) {
        return None;
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

pub(super) fn characteristic(text: &str, words: &[&Tok]) -> Option<Hint> {
    let (k, rewrite) =
        (0..words.len()).find_map(|k| characteristic_at(words, k).map(|r| (k, r)))?;
    // "tensile strength" is one characteristic; "High tensile" half typed is "tensile" alone.
    let tensile = words[k].w == "tensile" && words.get(k + 1).is_some_and(|t| t.w == "strength");
    let word = if tensile {
        "tensile strength".to_string()
    } else {
        words[k].w.clone()
    };
    let mut end_k = if tensile { k + 1 } else { k };
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
    // "The jacket's breathability is high" → "The jacket lets air through": a possessor is the
    // subject, and what stood between it and the measure goes with the measure.
    let possessor = words[..start_k]
        .iter()
        .rposition(|t| t.w.ends_with("'s"))
        .map(|p| &text[..words[p].end - 2]);
    let head = match possessor {
        Some(p) => format!("{p} "),
        None => text[..words[start_k].start].to_string(),
    };
    let rest = &text[words[end_k].end..];
    // "Good reliability and low noise": the rewrite of the first of two demands is neither.
    let second_demand = rest.trim_start().starts_with(['&', ',']) || rest.starts_with(" and ");
    // "Reliability issues are frequent": the measure qualifies a noun, which a rewrite would
    // leave without its sentence.
    let compound = rest.starts_with(' ')
        && words
            .get(end_k + 1)
            .is_some_and(|t| is_noun_like(&t.w) && t.start == words[end_k].end + 1);
    let suggestion = rewrite
        .filter(|_| subject_before && !second_demand && !compound)
        .and_then(|r| {
            // Without a subject the rewrite needs one, left for the team ("The … works reliably").
            let named = head
                .split_whitespace()
                .any(|w| !is_in(DETERMINERS, &w.to_lowercase()));
            let s = if named {
                format!("{head}{r}{rest}")
            } else {
                opened_as(text, format!("the … {r}{rest}"))
            };
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
pub(super) const USE_NOT_AFTER: &[&str] = &[
    "to", "of", "in", "for", "after", "before", "during", "each", "every", "easy", "when",
    "while", "ready", "between", "per", "daily", "everyday", "heavy", "normal",
];

/// Parts and components: a statement that a product has one names a means, not a need.
#[rustfmt::skip]
pub(super) const PARTS: &[&str] = &[
    "port", "button", "switch", "timer", "valve", "camera", "membrane", "lift", "curtains",
    "motor", "sensor", "igniter", "element", "chip", "remote", "filter", "fan", "pump",
    "thermostat", "cable", "plug", "socket", "magnet", "hinge", "zip", "zipper", "lens", "bulb",
    "led", "leds", "app", "module", "processor", "frame", "coating", "lining", "clip", "bracket",
    "dial", "knob", "touchscreen", "bluetooth", "wifi", "usb", "usb-c",
    // Features named as what the product has ("has an auto shut-off function", "has a hood").
    "function", "mode", "feature", "hood", "wall", "handle", "display", "screen", "alarm",
    "lid", "battery", "batteries", "strap", "pocket", "pockets", "wheels",
];
/// Design orders at the start of a statement: "fit an igniter", "make the case from …".
#[rustfmt::skip]
pub(super) const ORDER_VERBS: &[&str] = &[
    "fit", "use", "add", "install", "include", "make", "put", "attach", "mount", "provide",
    "equip", "build", "integrate",
];
pub(super) const HAVE_VERBS: &[&str] = &["has", "have", "features", "comes", "come", "includes"];

pub(super) fn solution(words: &[&Tok]) -> Option<Hint> {
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
                    && !is_in(PREPOSITIONS, w(i + 1))
                    // "uses little power" says how much it spends, not by what means.
                    && !matches!(w(i + 1), "little" | "less" | "much" | "more" | "no")
                    && (w(i + 1) != "a" || w(i + 2) != "lot") =>
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
