//! A complaint restated as the state the customer wants: "The front lamp is too dim" → "The
//! front lamp is bright enough", "The charger is slow" → "The charger is fast". Island names
//! are demanded qualities, and a demanded quality says what is wanted, not what is wrong.
//! Only the pattern "subject + linking verb + (degree) + adjective" is restated, and only with
//! adjectives whose opposite is the plain wanted state; anything else gets no rewrite.

use super::shared::*;

/// (complaint, wanted state, whether the wanted state reads better with "enough": "The cup is
/// big enough", not "The cup is big").
#[rustfmt::skip]
const OPPOSITES: &[(&str, &str, bool)] = &[
    ("dim", "bright", true), ("small", "big", true), ("tiny", "big", true),
    ("short", "long", true), ("weak", "strong", false), ("low", "high", true),
    ("narrow", "wide", true), ("thin", "thick", true),
    ("slow", "fast", false), ("sluggish", "responsive", false), ("laggy", "responsive", false),
    ("heavy", "light", false), ("loud", "quiet", false), ("noisy", "quiet", false),
    ("expensive", "affordable", false), ("pricey", "affordable", false),
    ("overpriced", "affordable", false), ("hard", "easy", false), ("difficult", "easy", false),
    ("awkward", "easy", false), ("fiddly", "easy", false), ("complicated", "simple", false),
    ("confusing", "clear", false), ("unclear", "clear", false), ("poor", "good", false),
    ("bad", "good", false), ("terrible", "good", false), ("flimsy", "sturdy", false),
    ("fragile", "sturdy", false), ("blurry", "sharp", false), ("dirty", "clean", false),
    ("messy", "clean", false), ("uncomfortable", "comfortable", false),
    ("wobbly", "steady", false), ("unstable", "stable", false), ("bulky", "compact", false),
("unreliable", "reliable", false),
    ("inaccurate", "accurate", false), ("useless", "useful", false), ("smelly", "odourless", false),
    ("loose", "secure", false), ("ugly", "attractive", false), ("unresponsive", "responsive", false),
    ("painful", "comfortable", false), ("harsh", "gentle", false), ("stiff", "smooth", false),
];
/// Adjectives that are a complaint only after "looks" or "feels" ("looks cheap"; "is cheap" is
/// praise of the price).
const LOOKS: &[(&str, &str)] = &[("cheap", "well made"), ("plasticky", "well made")];
/// Verbs that link a subject to its state. "gets" becomes "stays": "The cloth gets dirty" →
/// "The cloth stays clean".
#[rustfmt::skip]
const LINKS: &[&str] = &[
    "is", "are", "feels", "feel", "looks", "look", "seems", "seem", "sounds", "sound", "gets",
    "get", "becomes", "become",
];
/// Degree words before the adjective; they go with the complaint.
#[rustfmt::skip]
const DEGREE: &[&str] = &[
    "too", "very", "so", "really", "quite", "pretty", "rather", "way", "far", "extremely",
    "super", "incredibly", "ridiculously", "painfully", "a", "bit", "little", "kind", "of",
    "somewhat", "fairly", "much", "still", "always", "often", "sometimes", "constantly",
];

pub(crate) fn wanted(text: &str) -> Option<String> {
    let toks = tokenize(text);
    if toks
        .iter()
        .any(|t| t.punct && t.end < text.trim_end().len())
    {
        return None;
    }
    let words: Vec<&Tok> = toks.iter().filter(|t| !t.punct).collect();
    if words
        .iter()
        .any(|t| is_in(NEGATIONS, &t.w) || t.w.ends_with("n't"))
    {
        return None;
    }
    // The first linking verb, after a subject of at least one word.
    let k = (1..words.len()).find(|&i| is_in(LINKS, &words[i].w))?;
    let mut j = k + 1;
    let mut too = false;
    while j < words.len() && is_in(DEGREE, &words[j].w) {
        too |= words[j].w == "too";
        j += 1;
    }
    let adj = words.get(j)?;
    let link = words[k].w.as_str();
    let seen = matches!(link, "looks" | "look" | "feels" | "feel");
    let (good, enough) = OPPOSITES
        .iter()
        .find(|(bad, ..)| *bad == adj.w)
        .map(|&(_, good, enough)| (good, enough))
        .or_else(|| {
            LOOKS
                .iter()
                .find(|(bad, _)| seen && *bad == adj.w)
                .map(|&(_, good)| (good, false))
        })?;
    // After the adjective: nothing, or a purpose or a measure ("too small to hold a mug", "too
    // small for a family"), which keeps "enough" in the wanted state.
    let tail = match words.get(j + 1).map(|t| t.w.as_str()) {
        None => "",
        Some("to" | "for") => &text[words[j + 1].start..],
        Some(_) => return None,
    };
    let tail = tail.trim_end_matches(['.', '!']).trim_end();
    let verb = match link {
        "gets" | "becomes" => "stays",
        "get" | "become" => "stay",
        _ => words[k].orig,
    };
    let enough = if enough || too { " enough" } else { "" };
    let space = if tail.is_empty() { "" } else { " " };
    Some(format!(
        "{}{verb} {good}{enough}{space}{tail}",
        &text[..words[k].start]
    ))
}

#[cfg(test)]
mod tests {
    use super::wanted;

    #[test]
    fn complaints_become_the_wanted_state() {
        for (complaint, state) in [
            (
                "The front lamp is too dim",
                "The front lamp is bright enough",
            ),
            ("The charger is slow", "The charger is fast"),
            (
                "Suction on thick carpet is weak",
                "Suction on thick carpet is strong",
            ),
            ("The dust cup is tiny", "The dust cup is big enough"),
            (
                "The replacement filters are expensive",
                "The replacement filters are affordable",
            ),
            ("The display is hard to read", "The display is easy to read"),
            (
                "The transparent bin looks cheap",
                "The transparent bin looks well made",
            ),
            ("The cloth gets dirty", "The cloth stays clean"),
            (
                "The basket is too small for a family",
                "The basket is big enough for a family",
            ),
            ("The handle is way too heavy.", "The handle is light enough"),
            ("The corners are still dirty", "The corners are clean"),
            (
                "The quiet mode is still pretty loud",
                "The quiet mode is quiet",
            ),
        ] {
            assert_eq!(wanted(complaint).as_deref(), Some(state), "{complaint}");
        }
    }

    #[test]
    fn other_statements_are_left_alone() {
        for text in [
            "The kettle boils quickly",
            "The price is cheap",
            "The lamp is not dim",
            "The lamp is dim, the mount is loose",
            "The cup is small but sturdy",
            "Too heavy",
            "The colour is purple",
        ] {
            assert_eq!(wanted(text), None, "{text}");
        }
    }
}
