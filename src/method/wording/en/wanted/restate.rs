//! Complaints a verb or a closing phrase makes, restated one pattern each: a long wait, room
//! taken, what is left behind, a noise, one where more are wanted.

use super::super::statement::is_plural;
use super::*;

/// What a restated complaint keeps after it: nothing, or when or where it holds (a scene,
/// " at the valve"), with its leading space. `None` when something else follows.
pub(super) fn scene_after(text: &str, words: &[&Tok], next: usize) -> Option<String> {
    match words.get(next) {
        None => Some(String::new()),
        Some(t) if is_in(SCENES, &t.w) => Some(format!(
            " {}",
            text[t.start..].trim_end_matches(['.', '!']).trim_end()
        )),
        _ => None,
    }
}

/// "Gets stuck under the sofa" → "Moves freely under the sofa": the product unsaid, and where
/// it sticks.
pub(super) fn moves_freely(text: &str, words: &[&Tok]) -> Option<String> {
    let [gets, stuck, after @ ..] = words else {
        return None;
    };
    // "Gets hung up on the metal strip": moves freely over it.
    let hung = stuck.w == "hung" && after.first().is_some_and(|t| t.w == "up");
    let place = after.get(usize::from(hung))?;
    let stuck_at = matches!(gets.w.as_str(), "gets" | "keeps")
        && (matches!(stuck.w.as_str(), "stuck" | "caught") || hung)
        && matches!(
            place.w.as_str(),
            "under" | "on" | "in" | "between" | "at" | "behind" | "beneath"
        );
    let rest = text[place.end..].trim_end_matches(['.', '!']).trim_end();
    let over = if hung && place.w == "on" {
        "over"
    } else {
        place.orig
    };
    stuck_at.then(|| opened_as(gets.orig, format!("moves freely {over}{rest}")))
}

/// The number of words of a long wait at the start of `after` ("ages", "half an hour", "two
/// weeks"), after "takes" or "took": hours, days and weeks, and minutes from ten on. A minute or
/// two is no complaint ("takes a minute to heat up").
fn long_wait(after: &[&str]) -> Option<usize> {
    if let Some(w) = LONG_WAITS.iter().find(|w| after.starts_with(w)) {
        return Some(w.len());
    }
    // "took me an evening", "takes almost an hour".
    let mut n = 0;
    if matches!(after.first(), Some(&("me" | "us"))) {
        n += 1;
    }
    if matches!(
        after.get(n),
        Some(&("almost" | "nearly" | "over" | "about" | "around" | "at" | "more"))
    ) {
        n += 1;
        if matches!(after.get(n), Some(&("than" | "least"))) {
            n += 1;
        }
    }
    if after.get(n..n + 2) == Some(&["half", "an"]) {
        n += 1;
    }
    let count = *after.get(n)?;
    let unit = after.get(n + 1)?.trim_end_matches('s');
    let many = |c: &str| {
        c.parse::<u32>().is_ok_and(|v| v >= 10)
            || matches!(
                c,
                "ten" | "fifteen" | "twenty" | "thirty" | "forty" | "fifty" | "ninety"
            )
    };
    let long = match unit {
        "hour" | "day" | "week" | "month" | "evening" | "afternoon" | "weekend" => {
            matches!(
                count,
                "a" | "an" | "one" | "two" | "three" | "four" | "five" | "six" | "several" | "many"
            ) || count.parse::<u32>().is_ok()
        }
        "minute" | "min" => many(count),
        _ => false,
    };
    long.then_some(n + 2)
}

/// "Takes ages to heat up in the morning" → "Heats up quickly in the morning", "Support took two
/// weeks to answer" → "Support answers quickly", "Setup took an hour" → "Setup is quick": a long
/// wait for what the product does wants it done quickly.
pub(super) fn quick_instead(text: &str, words: &[&Tok]) -> Option<String> {
    let i = words
        .iter()
        .position(|t| matches!(t.w.as_str(), "takes" | "take" | "took"))?;
    // "Only takes an hour to charge" is praise.
    if words[..i]
        .iter()
        .any(|t| matches!(t.w.as_str(), "only" | "just" | "barely" | "never"))
    {
        return None;
    }
    let after: Vec<&str> = words[i + 1..].iter().map(|t| t.w.as_str()).collect();
    let to = i + 1 + long_wait(&after)?;
    // "took" speaks of the past; the wanted state holds now, for the subject as it is.
    let plural = match words[i].w.as_str() {
        "take" => true,
        "took" => i > 0 && is_plural(&words[i - 1].w),
        _ => false,
    };
    let head = &text[..words[i].start];
    if words.get(to).is_none_or(|t| t.w != "to") {
        // No deed after the wait: the thing waited for is quick, if the text names it.
        let scene = scene_after(text, words, to)?;
        let is = if plural { "are" } else { "is" };
        return (i > 0).then(|| format!("{head}{is} quick{scene}"));
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
    let form = if plural {
        verb.w.clone()
    } else {
        third_person(&verb.w)
    };
    Some(format!(
        "{head}{}{particle} quickly{scene}",
        opened_as(words[i].orig, form)
    ))
}

/// "The milk frother makes big bubbles instead of microfoam" → "The milk frother makes
/// microfoam": what comes instead of what is wanted names what is wanted.
pub(super) fn instead_of(text: &str, words: &[&Tok]) -> Option<String> {
    let i = words
        .windows(2)
        .position(|p| p[0].w == "instead" && p[1].w == "of")?;
    // The first verb, after a subject if there is one; a modal leaves it unsaid.
    let v = (0..i).find(|&k| is_verb_at(words, k))?;
    if matches!(
        words[v].w.as_str(),
        "can" | "could" | "would" | "should" | "will" | "may" | "might" | "must"
    ) || words[..v]
        .iter()
        .any(|t| is_in(PRONOUNS, &t.w) && t.w != "it")
    {
        return None;
    }
    let mut kept = v;
    while kept + 1 < i && is_in(PARTICLES, &words[kept + 1].w) {
        kept += 1;
    }
    // Something came instead, and what is wanted is a thing, not a deed ("instead of brewing").
    let wanted = &words[i + 2..];
    let first = wanted.first()?;
    let deed = first.w.ends_with("ing") && is_listed_verb_form(&first.w);
    if kept + 1 >= i || deed || wanted.iter().any(|t| is_in(PRONOUNS, &t.w)) {
        return None;
    }
    Some(format!(
        "{} {}",
        &text[..words[kept].end],
        text[first.start..].trim_end_matches(['.', '!']).trim_end()
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

/// "The assembly steps are badly explained" → "… are clearly explained", "The bag is poorly
/// made" → "The bag is well made": a thing done badly wants it done well.
pub(super) fn done_well(text: &str, words: &[&Tok]) -> Option<String> {
    let v = words
        .iter()
        .position(|t| matches!(t.w.as_str(), "is" | "are" | "was" | "were"))?;
    let [how, done, ..] = words.get(v + 1..)? else {
        return None;
    };
    let participle = done.w.ends_with("ed") || is_in(IRREGULAR, &done.w);
    if v == 0 || !matches!(how.w.as_str(), "badly" | "poorly") || !participle {
        return None;
    }
    let scene = scene_after(text, words, v + 3)?;
    let told = matches!(
        done.w.as_str(),
        "explained"
            | "labelled"
            | "labeled"
            | "documented"
            | "translated"
            | "written"
            | "marked"
            | "described"
            | "signposted"
            | "printed"
    );
    let well = if told { "clearly" } else { "well" };
    // "was" and "were" tell of one time; the wanted state holds now.
    let is = match words[v].w.as_str() {
        "was" => "is",
        "were" => "are",
        _ => words[v].orig,
    };
    Some(format!(
        "{}{is} {well} {}{scene}",
        &text[..words[v].start],
        done.orig
    ))
}
