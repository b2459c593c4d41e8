//! What the customer cannot do with a thing, restated as what can be done with it: "Can't fill
//! the tank from the top", "No way to preheat the cup" → "The tank can be filled from the top",
//! "The cup can be preheated". The one negation besides "No … available" whose wanted state is
//! plain, so the rule-5 hint offers it too.

use super::super::shared::*;

/// The word where the verb of what cannot be done starts, after "can't", "cannot", "no way to",
/// "unable to", with or without "I", "you" or "we" before it.
fn verb_at(words: &[&Tok]) -> Option<usize> {
    let w = |i: usize| words.get(i).map_or("", |t| t.w.as_str());
    let person = usize::from(matches!(w(0), "i" | "you" | "we"));
    match (w(person), w(person + 1), w(person + 2)) {
        ("can't" | "cannot" | "cant", ..) => Some(person + 1),
        ("can", "not", _) | ("unable", "to", _) => Some(person + 2),
        ("no", "way", "to") if person == 0 => Some(3),
        ("am" | "are", "unable", "to") if person == 1 => Some(4),
        _ => None,
    }
}

/// Prepositions that open when, where or how the thing is handled ("from the top", "with one
/// hand"): they stay after the restatement.
const SCENE_OPENERS: &[&str] = &[
    "from", "at", "in", "on", "during", "when", "while", "after", "with", "without", "by",
    "between", "under", "through", "into", "onto", "before", "inside", "outside",
];

/// "Can't fill the tank from the top" → "The tank can be filled from the top". None unless a
/// listed verb takes "the", "my" or "our" and a plain noun phrase, followed by nothing or by a
/// phrase of when, where or how.
pub(in crate::method::wording::en) fn can_be_done(text: &str, words: &[&Tok]) -> Option<String> {
    let at = verb_at(words)?;
    let verb = words.get(at)?;
    let mut done = past_participle(&verb.w)?;
    let mut next = at + 1;
    // "turn off the beeps": the particle follows the participle ("can be turned off").
    if let Some(p) = words
        .get(next)
        .filter(|p| matches!(p.w.as_str(), "off" | "on" | "up" | "down" | "out"))
    {
        done = format!("{done} {}", p.w);
        next += 1;
    }
    let det = words.get(next)?;
    let article = match det.w.as_str() {
        "the" | "my" | "our" => "the",
        "a" | "an" => det.w.as_str(),
        _ => return None,
    };
    // The noun phrase runs up to the scene ("the height of the handle | from the seat").
    let from = next + 1;
    let to = (from..words.len())
        .find(|&k| k > from && is_in(SCENE_OPENERS, &words[k].w))
        .unwrap_or(words.len());
    let noun = &words[from..to];
    let plain = noun
        .last()
        .is_some_and(|t| !is_function(&t.w) && !is_adverb(&t.w) && !is_in(PRONOUNS, &t.w))
        && noun.iter().all(|t| {
            !is_in(AUX, &t.w)
                && (!is_function(&t.w) || matches!(t.w.as_str(), "of" | "the"))
                && !is_adverb(&t.w)
                && t.w.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    // "Can't see a thing" names nothing.
    let empty = noun.len() == 1 && matches!(noun[0].w.as_str(), "thing" | "lot" | "bit" | "way");
    if !plain || empty {
        return None;
    }
    // The scene keeps a noun phrase of its own ("from the top"), not a clause ("when I …").
    let scene = match words.get(to) {
        None => String::new(),
        Some(s) => {
            let rest = &words[to + 1..];
            let clause = |t: &&Tok| {
                matches!(
                    t.w.as_str(),
                    "i" | "you" | "we" | "it" | "they" | "he" | "she" | "is" | "are"
                )
            };
            if rest.is_empty() || rest.iter().any(clause) {
                return None;
            }
            format!(
                " {}",
                text[s.start..].trim_end_matches(['.', '!']).trim_end()
            )
        }
    };
    // "A coffee can be made" says nothing without when or how.
    if article != "the" && scene.is_empty() {
        return None;
    }
    let s = format!("{article} {} can be {done}{scene}", join(noun));
    crate::method::wording::useful(text, opened_as(text, s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn restated(text: &str) -> Option<String> {
        let toks = tokenize(text);
        let words: Vec<&Tok> = toks.iter().filter(|t| !t.punct).collect();
        can_be_done(text, &words)
    }

    #[test]
    fn what_cannot_be_done_is_restated_as_what_can() {
        for (text, want) in [
            (
                "Can't fill the tank from the top",
                "The tank can be filled from the top",
            ),
            ("No way to preheat the cup", "The cup can be preheated"),
            (
                "I can't adjust the height of the handle",
                "The height of the handle can be adjusted",
            ),
            (
                "You cannot turn off the beeps",
                "The beeps can be turned off",
            ),
            (
                "unable to lift the pot with one hand",
                "the pot can be lifted with one hand",
            ),
        ] {
            assert_eq!(restated(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn what_is_not_plainly_a_thing_handled_is_left_alone() {
        for text in [
            // No determiner: not one named thing; nor is "a thing".
            "Can't see anything at night",
            "Can't hear a thing",
            "I can't make a coffee",
            // A clause after the scene.
            "Can't fill the tank when it is on the counter",
            // Not a listed verb.
            "Can't frobnicate the widget",
            // Not what cannot be done.
            "The tank fills from the top",
            "I can fill the tank from the top",
        ] {
            assert_eq!(restated(text), None, "{text}");
        }
    }
}
