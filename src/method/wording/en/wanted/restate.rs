//! Complaints a verb or a closing phrase makes, restated one pattern each: a long wait, room
//! taken, what is left behind, a noise, one where more are wanted.

use super::super::statement::is_plural;
use super::*;

/// What a restated complaint keeps after it: nothing, or when or where it holds (a scene,
/// " at the valve"), with its leading space. `None` when something else follows.
fn scene_after(text: &str, words: &[&Tok], next: usize) -> Option<String> {
    match words.get(next) {
        None => Some(String::new()),
        Some(t) if is_in(SCENES, &t.w) => Some(format!(
            " {}",
            text[t.start..].trim_end_matches(['.', '!']).trim_end()
        )),
        _ => None,
    }
}

/// The verb of "takes" as its subject needs it: "Takes ages to heat" opens on the product
/// unsaid, which "heats" agrees with; "The pods take ages to heat" keeps "heat".
fn agreeing(takes: &Tok, base: &str) -> String {
    let form = if takes.w == "take" {
        base.to_string()
    } else {
        third_person(base)
    };
    opened_as(takes.orig, form)
}

/// "Gets stuck under the sofa" → "Moves freely under the sofa": the product unsaid, and where
/// it sticks.
pub(super) fn moves_freely(text: &str, words: &[&Tok]) -> Option<String> {
    let [gets, stuck, place, ..] = words else {
        return None;
    };
    let stuck_at = matches!(gets.w.as_str(), "gets" | "keeps")
        && matches!(stuck.w.as_str(), "stuck" | "caught")
        && matches!(
            place.w.as_str(),
            "under" | "on" | "in" | "between" | "at" | "behind" | "beneath"
        );
    let rest = text[place.start..].trim_end_matches(['.', '!']).trim_end();
    stuck_at.then(|| opened_as(gets.orig, format!("moves freely {rest}")))
}

/// "Takes ages to heat up in the morning" → "Heats up quickly in the morning": a long wait for
/// what the product does wants it done quickly.
pub(super) fn quick_instead(text: &str, words: &[&Tok]) -> Option<String> {
    let i = words
        .iter()
        .position(|t| matches!(t.w.as_str(), "takes" | "take"))?;
    let after: Vec<&str> = words[i + 1..].iter().map(|t| t.w.as_str()).collect();
    let wait = LONG_WAITS.iter().find(|w| after.starts_with(w))?;
    let to = i + 1 + wait.len();
    if words.get(to)?.w != "to" {
        return None;
    }
    let verb = words.get(to + 1)?;
    if !verb.w.chars().all(|c| c.is_ascii_alphabetic()) || is_function(&verb.w) {
        return None;
    }
    // The manner goes after the verb's particle ("heats up quickly").
    let mut last = to + 1;
    if words.get(last + 1).is_some_and(|t| is_in(PARTICLES, &t.w)) {
        last += 1;
    }
    let scene = scene_after(text, words, last + 1)?;
    let particle = &text[verb.end..words[last].end];
    Some(format!(
        "{}{}{particle} quickly{scene}",
        &text[..words[i].start],
        agreeing(words[i], &verb.w)
    ))
}

/// "Takes up half my counter" → "Takes up little space on the counter".
pub(super) fn little_room(text: &str, words: &[&Tok]) -> Option<String> {
    let i = words
        .windows(2)
        .position(|p| matches!(p[0].w.as_str(), "takes" | "take") && p[1].w == "up")?;
    let after: Vec<&str> = words[i + 2..].iter().map(|t| t.w.as_str()).collect();
    let much = MUCH_ROOM.iter().find(|m| after.starts_with(m))?;
    let mut j = i + 2 + much.len();
    if words.get(j).is_some_and(|t| t.w == "of") {
        j += 1;
    }
    if words
        .get(j)
        .is_some_and(|t| matches!(t.w.as_str(), "my" | "the" | "our" | "your" | "a"))
    {
        j += 1;
    }
    let noun = words.get(j)?;
    if !is_noun_like(&noun.w) || !noun.w.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let scene = scene_after(text, words, j + 1)?;
    let room = if matches!(noun.w.as_str(), "space" | "room") {
        String::new()
    } else {
        format!(" on the {}", noun.orig)
    };
    Some(format!(
        "{} up little space{room}{scene}",
        &text[..words[i].end]
    ))
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

/// "The brush makes a rattling sound" → "The brush runs quietly".
pub(super) fn quiet_instead(text: &str, words: &[&Tok]) -> Option<String> {
    let i = words
        .iter()
        .position(|t| matches!(t.w.as_str(), "makes" | "make"))
        .filter(|&i| i > 0 && is_noun_like(&words[i - 1].w))?;
    let [a, noise, sound] = words.get(i + 1..i + 4)? else {
        return None;
    };
    let noisy = matches!(a.w.as_str(), "a" | "an")
        && is_in(NOISES, &noise.w)
        && matches!(sound.w.as_str(), "sound" | "noise");
    let scene = scene_after(text, words, i + 4)?;
    let runs = if words[i].w == "makes" { "runs" } else { "run" };
    noisy.then(|| format!("{}{runs} quietly{scene}", &text[..words[i].start]))
}

/// "Too tall to fit under the kitchen cupboards" → "Fits under the kitchen cupboards": too big
/// for what the product itself must do, where it must go.
pub(super) fn fits_instead(text: &str, words: &[&Tok]) -> Option<String> {
    let [too, _adj, to, verb, place, ..] = words else {
        return None;
    };
    let goes = too.w == "too"
        && to.w == "to"
        && matches!(verb.w.as_str(), "fit" | "pass" | "slide" | "go")
        && matches!(
            place.w.as_str(),
            "under" | "in" | "into" | "through" | "between" | "on" | "beneath" | "inside"
        );
    goes.then(|| {
        let s = format!(
            "{} {}",
            third_person(&verb.w),
            text[place.start..].trim_end_matches(['.', '!'])
        );
        opened_as(text, s)
    })
}

/// "Uses a lot of power keeping warm" → "Uses little power keeping warm": much of a cost the
/// product spends.
pub(super) fn little_spent(text: &str, words: &[&Tok]) -> Option<String> {
    let i = words
        .iter()
        .position(|t| matches!(t.w.as_str(), "uses" | "use" | "wastes" | "waste" | "eats"))?;
    let [a, lot, of, cost, ..] = words.get(i + 1..)? else {
        return None;
    };
    let much = a.w == "a"
        && lot.w == "lot"
        && of.w == "of"
        && matches!(
            cost.w.as_str(),
            "power" | "energy" | "electricity" | "water" | "gas"
        );
    let verb = if words[i].w.ends_with('s') {
        "uses"
    } else {
        "use"
    };
    much.then(|| {
        let s = format!(
            "{}{verb} little {}",
            &text[..words[i].start],
            text[cost.start..].trim_end_matches(['.', '!'])
        );
        opened_as(text, s)
    })
}

/// "No spare parts available locally" → "Spare parts are available locally": what is missing is
/// wanted at hand.
pub(in crate::method::wording::en) fn available_instead(
    text: &str,
    words: &[&Tok],
) -> Option<String> {
    let (no, rest) = words.split_first()?;
    let at = rest.iter().position(|t| t.w == "available")?;
    let named = &rest[..at];
    let plain = !named.is_empty()
        && named.len() <= 3
        && named
            .iter()
            .all(|t| !is_function(&t.w) && !is_adverb(&t.w))
        // "No way available" names no thing.
        && !matches!(
            named[named.len() - 1].w.as_str(),
            "way" | "option" | "options" | "point" | "reason" | "need" | "idea"
        );
    if no.w != "no" || !plain {
        return None;
    }
    let head = &named[named.len() - 1].w;
    let verb = if is_plural(head) { "are" } else { "is" };
    let s = format!(
        "{} {verb} {}",
        &text[named[0].start..named[named.len() - 1].end],
        text[rest[at].start..].trim_end_matches(['.', '!'])
    );
    Some(opened_as(text, s))
}

/// "Turns off in the middle of a room", "Randomly switches off mid brew" → "Keeps running …":
/// stopping while at work, not when done.
pub(super) fn keeps_running(text: &str, words: &[&Tok]) -> Option<String> {
    let i = words.iter().position(|t| {
        matches!(
            t.w.as_str(),
            "turns" | "switches" | "shuts" | "turn" | "switch"
        )
    })?;
    if words.get(i + 1)?.w != "off" {
        return None;
    }
    let suddenly = i > 0 && matches!(words[i - 1].w.as_str(), "randomly" | "suddenly");
    let after: Vec<&str> = words[i + 2..].iter().map(|t| t.w.as_str()).collect();
    let midway = matches!(after.as_slice(), ["in", "the", "middle", ..] | ["mid", ..]);
    if !suddenly && !midway {
        return None;
    }
    let from = if suddenly { i - 1 } else { i };
    let keeps = if words[i].w.ends_with('s') {
        "keeps"
    } else {
        "keep"
    };
    let tail = words
        .get(i + 2)
        .map_or("", |t| text[t.start..].trim_end_matches(['.', '!']));
    let space = if tail.is_empty() { "" } else { " " };
    let s = format!("{}{keeps} running{space}{tail}", &text[..words[from].start]);
    Some(opened_as(text, s))
}

/// "The drip tray cover cracked after a month" → "The drip tray cover stays intact", "Left wheel
/// stopped working after 6 months" → "Left wheel keeps working": a part that gave out soon wants
/// to last.
pub(super) fn lasts_instead(text: &str, words: &[&Tok]) -> Option<String> {
    let i = words.iter().position(|t| {
        matches!(
            t.w.as_str(),
            "cracked" | "broke" | "snapped" | "stopped" | "died" | "failed"
        )
    })?;
    let working = words[i].w == "stopped";
    let next = i + 1 + usize::from(working);
    if working && words.get(i + 1).is_none_or(|t| t.w != "working") {
        return None;
    }
    // Soon after it came: "after a month", "within a week".
    let soon = words
        .get(next)
        .is_some_and(|t| matches!(t.w.as_str(), "after" | "within"));
    let subject = &words[..i];
    // "cover", "handle" are verbs too; after their determiner they name the part.
    let named = subject
        .last()
        .is_some_and(|t| !is_function(&t.w) && !is_adverb(&t.w) && !is_adjective(&t.w))
        && !subject.iter().any(|t| is_in(PRONOUNS, &t.w));
    if !soon || !named {
        return None;
    }
    let plural = is_plural(&subject[subject.len() - 1].w);
    let state = match (
        working || words[i].w == "died" || words[i].w == "failed",
        plural,
    ) {
        (true, false) => "keeps working",
        (true, true) => "keep working",
        (false, false) => "stays intact",
        (false, true) => "stay intact",
    };
    Some(format!("{}{state}", &text[..words[i].start]))
}

/// "Only makes one cup at a time" → "Makes more than one cup at a time": one where more are
/// wanted.
pub(super) fn more_than_one(text: &str, words: &[&Tok]) -> Option<String> {
    let i = words.iter().position(|t| t.w == "only")?;
    let [verb, one, noun, ..] = words.get(i + 1..)? else {
        return None;
    };
    let counted = one.w == "one"
        && is_listed_verb_form(&verb.w)
        && !is_in(AUX, &verb.w)
        && is_noun_like(&noun.w);
    counted.then(|| {
        let s = format!(
            "{}{}more than {}",
            &text[..words[i].start],
            &text[verb.start..one.start],
            text[one.start..].trim_end_matches(['.', '!'])
        );
        opened_as(text, s)
    })
}

/// "The cup warmer barely warms anything" → "The cup warmer warms well".
pub(super) fn barely_does(text: &str, words: &[&Tok]) -> Option<String> {
    let [.., before, barely, verb, anything] = words else {
        return None;
    };
    let does = matches!(barely.w.as_str(), "barely" | "hardly")
        && anything.w == "anything"
        && verb.w.chars().all(|c| c.is_ascii_alphabetic())
        && !is_function(&verb.w)
        && is_noun_like(&before.w);
    does.then(|| format!("{}{} well", &text[..barely.start], verb.orig))
}

/// "The mop smells" → "The mop smells fresh": a subject, frequency words, and a verb that
/// complains on its own, last.
pub(super) fn verb_complaint(text: &str, words: &[&Tok]) -> Option<String> {
    // The verb comes last, or before how much and a scene ("The tank leaks a little at the
    // valve" → "The tank stays sealed at the valve"); a state ("smells fresh") follows no
    // complaint.
    let at = words
        .iter()
        .position(|t| VERB_OPPOSITES.iter().any(|(bad, ..)| *bad == t.w))
        .filter(|&i| {
            i == 0 || !is_in(PREPOSITIONS, &words[i - 1].w) && !is_in(DETERMINERS, &words[i - 1].w)
        })?;
    let after: Vec<&str> = words[at + 1..].iter().map(|t| t.w.as_str()).collect();
    let how_much = match after.as_slice() {
        ["slightly", ..] => 1,
        ["a", "little" | "bit", ..] => 2,
        _ => 0,
    };
    let next = at + 1 + how_much;
    let spilled = words
        .get(next)
        .is_some_and(|t| is_in(SPILLS, &t.w) && words[at].w.starts_with("leak"));
    let scene = if spilled {
        String::new()
    } else {
        scene_after(text, words, next)?
    };
    let last = words[at];
    let &(_, one, many) = VERB_OPPOSITES.iter().find(|(bad, ..)| *bad == last.w)?;
    // Frequency words go with the complaint ("The app always crashes").
    let mut k = at;
    while k > 0 && is_in(DEGREE, &words[k - 1].w) {
        k -= 1;
    }
    // Only a subject before it: "The dog hair makes it stink" has a verb of its own.
    // "It" opening the statement is its subject ("It drips after …").
    let it = k == 1 && words[0].w == "it";
    if !it && (k == 0 || is_in(PRONOUNS, &words[k - 1].w) || !is_noun_like(&words[k - 1].w)) {
        return None;
    }
    let plural = !last.w.ends_with('s') || last.w.ends_with("ss");
    let state = if plural { many } else { one };
    Some(format!("{}{state}{scene}", &text[..words[k].start]))
}
