//! Complaints of what a part should keep: clear of what gathers in it, clean where mess spreads
//! or is left, on where it came loose, fresh where it smells.

use super::super::statement::is_plural;
use super::restate::scene_after;
use super::*;

/// What gathers where it should not ("Mould in the water tank"); water wants the place dry.
#[rustfmt::skip]
const GATHERS: &[&str] = &[
    "mould", "mold", "limescale", "scale", "rust", "dust", "grime", "gunk", "residue", "hair",
    "crumbs", "grease", "water", "condensation", "moisture", "fluff", "lint", "sand", "grit",
];

/// The part a statement names from `from` on, up to a scene or a grammar word ("the water tank
/// | after a week away"), stated as keeping `state`: "The water tank stays free of mould after a
/// week away". `verb` is the verb for one part and for several ("stays", "stay").
fn part_keeps(
    text: &str,
    words: &[&Tok],
    from: usize,
    verb: (&str, &str),
    state: &str,
) -> Option<String> {
    let to = (from..words.len())
        .find(|&k| is_in(SCENES, &words[k].w) || is_function(&words[k].w))
        .unwrap_or(words.len());
    let part = words.get(from..to)?;
    // A base form may name a part ("the water tank", "the filter").
    let named = |t: &&Tok| is_noun_like(&t.w) || is_in(VERBS, &t.w);
    if part.is_empty() || part.len() > 3 || !part.iter().all(named) {
        return None;
    }
    let scene = scene_after(text, words, to)?;
    let verb = if is_plural(&part[part.len() - 1].w) {
        verb.1
    } else {
        verb.0
    };
    let name = &text[part[0].start..part[part.len() - 1].end];
    Some(opened_as(text, format!("the {name} {verb} {state}{scene}")))
}

/// "Mould in the water tank after a week away" → "The water tank stays free of mould after a
/// week away", "Water collects in the drip tray" → "The drip tray stays dry": what gathers in a
/// part wants the part kept clear of it.
pub(super) fn free_of(text: &str, words: &[&Tok]) -> Option<String> {
    let (what, rest) = words.split_first()?;
    if !is_in(GATHERS, &what.w) {
        return None;
    }
    // "Mould in …", "Mould grows in …", "Limescale builds up inside …".
    let mut i = 0;
    if rest.first().is_some_and(|t| {
        matches!(
            t.w.as_str(),
            "grows" | "collects" | "gathers" | "forms" | "builds" | "gets" | "pools" | "sits"
        )
    }) {
        i += 1;
        if rest.get(i).is_some_and(|t| t.w == "up") {
            i += 1;
        }
    }
    let place = rest.get(i)?;
    if !matches!(
        place.w.as_str(),
        "in" | "inside" | "on" | "under" | "behind" | "around" | "into"
    ) || rest.get(i + 1)?.w != "the"
    {
        return None;
    }
    let state = if matches!(what.w.as_str(), "water" | "condensation" | "moisture") {
        "dry".to_string()
    } else {
        format!("free of {}", what.w)
    };
    part_keeps(text, rest, i + 2, ("stays", "stay"), &state)
}

/// "Rubber feet came off" → "Rubber feet stay on", "Pods cost more than the machine over a
/// year" → "Pods are affordable": a named part that came loose, a cost above another.
pub(super) fn stays_instead(text: &str, words: &[&Tok]) -> Option<String> {
    let i = words
        .iter()
        .position(|t| matches!(t.w.as_str(), "came" | "fell" | "cost" | "costs" | "wore"))?;
    let subject = &words[..i];
    let named = subject
        .last()
        .is_some_and(|t| is_noun_like(&t.w) || is_in(VERBS, &t.w))
        && !subject.iter().any(|t| is_in(PRONOUNS, &t.w));
    if !named {
        return None;
    }
    // The head noun comes before a phrase that qualifies it ("Wheels [on the head]").
    let head = subject
        .iter()
        .position(|t| is_in(PREPOSITIONS, &t.w))
        .filter(|&p| p > 0)
        .map_or(subject.len() - 1, |p| p - 1);
    let plural = is_plural(&subject[head].w);
    let next = |k: usize| words.get(i + k).map_or("", |t| t.w.as_str());
    let state = match (words[i].w.as_str(), next(1), next(2)) {
        // "comes off" and "falls off" in the present are in the table of phrases.
        ("came" | "fell", "off", _) => {
            // A scene told in the past ("… when I tipped it") does not hold for the wanted state.
            let told = words[i + 2..]
                .iter()
                .any(|t| matches!(t.w.as_str(), "i" | "we" | "you" | "he" | "she" | "they"));
            if told {
                return None;
            }
            // What it fell off, as where it stays ("Robot fell off the landing" → "Robot stays
            // on the landing"), then a scene, or a scene alone.
            let place = match words.get(i + 2) {
                Some(t) if matches!(t.w.as_str(), "the" | "its") => {
                    let end = (i + 3..words.len())
                        .find(|&k| is_in(SCENES, &words[k].w))
                        .unwrap_or(words.len());
                    let named = end > i + 3
                        && (i + 3..end).all(|k| {
                            let w = words[k].w.as_str();
                            is_noun_like(w) && !is_adverb(w) && !matches!(w, "twice" | "again")
                        });
                    if !named {
                        return None;
                    }
                    let to = words
                        .get(end)
                        .map_or(text.trim_end_matches(['.', '!']).trim_end().len(), |t| {
                            t.start
                        });
                    (format!(" {}", text[t.start..to].trim_end()), end)
                }
                _ => (String::new(), i + 2),
            };
            // How soon it fell ("… after a week") is no scene where it stays on.
            let scene = scene_after(text, words, place.1)?;
            let scene = if scene.starts_with(" after ") {
                String::new()
            } else {
                scene
            };
            format!(
                "{} on{}{scene}",
                if plural { "stay" } else { "stays" },
                place.0
            )
        }
        // "Wheels on the head wore down quickly": a part that wore soon wants to last.
        ("wore", "down" | "out", "quickly" | "fast" | "soon") => {
            scene_after(text, words, i + 3).filter(String::is_empty)?;
            format!("{} long", if plural { "last" } else { "lasts" })
        }
        ("cost" | "costs", "more", "than") => {
            // "Cost more" in the past of a plural says the same ("They cost more than …").
            let is = if plural { "are" } else { "is" };
            format!("{is} affordable")
        }
        _ => return None,
    };
    Some(format!("{}{state}", &text[..words[i].start]))
}

/// "Grounds spray all over the counter when grinding" → "The counter stays clean when
/// grinding": what spreads over a place wants the place clean.
pub(super) fn spread_clean(text: &str, words: &[&Tok]) -> Option<String> {
    let i = words.windows(3).position(|p| {
        matches!(
            p[0].w.as_str(),
            "spray"
                | "sprays"
                | "splash"
                | "splashes"
                | "go"
                | "goes"
                | "get"
                | "gets"
                | "fly"
                | "flies"
                | "spill"
                | "spills"
                | "end"
                | "ends"
        ) && (p[1].w == "all" && p[2].w == "over" || p[1].w == "up" && p[2].w == "on")
    })?;
    if i == 0 || words.get(i + 3)?.w != "the" {
        return None;
    }
    part_keeps(text, words, i + 4, ("stays", "stay"), "clean")
}

/// "The mop pad leaves streaks on the tiles" → "The mop pad leaves the tiles clean": what is
/// left behind on a place wants the place clean ("leaves no streaks" would state a negative).
pub(super) fn leaves_clean(text: &str, words: &[&Tok]) -> Option<String> {
    let i = words
        .iter()
        .position(|t| matches!(t.w.as_str(), "leaves" | "leave"))
        .filter(|&i| i > 0 && is_noun_like(&words[i - 1].w))?;
    let mut j = i + 1;
    if words
        .get(j)
        .is_some_and(|t| matches!(t.w.as_str(), "a" | "an" | "some"))
    {
        j += 1;
    }
    words.get(j).filter(|t| is_in(LEFT_BEHIND, &t.w))?;
    words.get(j + 1).filter(|t| {
        matches!(
            t.w.as_str(),
            "on" | "inside" | "in" | "over" | "across" | "around"
        )
    })?;
    let the = words.get(j + 2).filter(|t| t.w == "the")?;
    let place = words.get(j + 3).filter(|t| is_noun_like(&t.w))?;
    // The place may take more words ("the kitchen tiles"), and nothing after them.
    let rest = &words[j + 3..];
    if !rest.iter().all(|t| is_noun_like(&t.w)) || rest.len() > 3 {
        return None;
    }
    let end = rest.last().map_or(place.end, |t| t.end);
    Some(format!(
        "{} {} clean",
        &text[..words[i].end],
        &text[the.start..end]
    ))
}

/// "The roller is always wrapped in fibres" → "The roller stays free of fibres": what a part is
/// caked in wants the part kept clear of it.
pub(super) fn clear_of(text: &str, words: &[&Tok]) -> Option<String> {
    let v = words
        .iter()
        .position(|t| matches!(t.w.as_str(), "is" | "are" | "gets" | "get"))?;
    let mut k = v + 1;
    while words.get(k).is_some_and(|t| is_in(DEGREE, &t.w)) {
        k += 1;
    }
    let caked = words.get(k).is_some_and(|t| {
        matches!(
            t.w.as_str(),
            "wrapped" | "clogged" | "covered" | "caked" | "tangled" | "matted" | "coated"
        )
    }) && words
        .get(k + 1)
        .is_some_and(|t| matches!(t.w.as_str(), "in" | "with"));
    let what = words.get(k + 2..)?;
    let plain = !what.is_empty()
        && what.len() <= 2
        && what
            .iter()
            .all(|t| is_noun_like(&t.w) || is_in(VERBS, &t.w));
    let subject = &words[..v];
    let named = subject.last().is_some_and(|t| is_noun_like(&t.w))
        && !subject.iter().any(|t| is_in(PRONOUNS, &t.w));
    if !caked || !plain || !named {
        return None;
    }
    let stays = if is_plural(&subject[subject.len() - 1].w) {
        "stay"
    } else {
        "stays"
    };
    let end = what[what.len() - 1].end;
    Some(format!(
        "{}{stays} free of {}",
        &text[..words[v].start],
        &text[what[0].start..end]
    ))
}

/// "A musty smell comes from the filter after a month" → "The filter smells fresh after a
/// month": an off smell wants the part it comes from fresh.
pub(super) fn smells_fresh(text: &str, words: &[&Tok]) -> Option<String> {
    let at = words.iter().position(|t| t.w == "smell")?;
    let comes = words.get(at + 1).is_some_and(|t| t.w == "comes")
        && words
            .get(at + 2)
            .is_some_and(|t| matches!(t.w.as_str(), "from" | "out"));
    if !comes
        || !words[..at]
            .iter()
            .all(|t| is_in(DETERMINERS, &t.w) || is_adjective(&t.w) || is_noun_like(&t.w))
    {
        return None;
    }
    let mut from = at + 3;
    if words[at + 2].w == "out" && words.get(from).is_some_and(|t| t.w == "of") {
        from += 1;
    }
    words.get(from).filter(|t| t.w == "the")?;
    part_keeps(text, words, from + 1, ("smells", "smell"), "fresh")
}
