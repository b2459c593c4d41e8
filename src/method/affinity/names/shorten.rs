//! A card shortened for a draft name: its main clause without framing words, cut where a
//! statement ends and to a length read from across the room.

use super::{PRONOUNS_EN, capitalized, has_cjk};
use crate::method::affinity::phrases;
use crate::method::wording::{self, segment};

/// The draft's length: a name is read from across the room.
const DRAFT_WORDS: usize = 8;
pub(super) const DRAFT_CHARS: usize = 16;
/// The length up to which a card's clause that is already a well-worded statement is kept whole.
const WORDED_WORDS: usize = 12;
const WORDED_CHARS: usize = 20;

/// Whether a run of a card stops right before a seam the card goes on after ("… while the
/// light is | in a bag"): a seam opens an adjunct with words of its own ("… on the dock"), while
/// "spot on." ends on a particle that belongs to the phrase.
pub(super) fn before_seam(card: &str, run: &str) -> bool {
    card.find(run).is_some_and(|at| {
        let mut after = card[at + run.len()..].split_whitespace();
        let seam = after
            .next()
            .is_some_and(|w| phrases::SEAMS_EN.contains(&w.to_lowercase().as_str()));
        seam && after
            .next()
            .is_some_and(|w| w.starts_with(char::is_alphanumeric))
    })
}

/// The first word of a text, lower-cased and without punctuation.
pub(super) fn next_word(s: &str) -> String {
    s.split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
        .to_lowercase()
}

/// Whether an English word opens a new clause after a comma ("…, I have to go over twice"),
/// where a comma inside a phrase goes on with an adjective or a noun ("wet, gritty roads").
pub(super) fn opens_clause(w: &str) -> bool {
    phrases::SEAMS_EN.contains(&w)
        || PRONOUNS_EN.contains(&w)
        || matches!(
            w,
            "the"
                | "a"
                | "an"
                | "there"
                | "then"
                | "still"
                | "not"
                | "no"
                | "nothing"
                | "never"
                | "otherwise"
                | "really"
                | "honestly"
                | "sadly"
                | "annoying"
                | "very"
                | "love"
                | "also"
                | "just"
        )
}

/// A Chinese word that cannot end a shortened statement: a preposition, conjunction, particle,
/// adverb, pronoun or modal verb waits for what follows.
fn leans_on_next_zh(w: &segment::Word) -> bool {
    matches!(w.tag, "p" | "c" | "r" | "rr" | "rz")
        || w.tag.starts_with('u')
        || [
            "能", "能够", "可以", "会", "要", "得", "把", "被", "让", "就", "才", "还", "都", "也",
        ]
        .contains(&w.text)
}

/// An English word that leads on to what follows it: a clause cannot end on it ("Gets stuck
/// under the sofa every. single. day.").
fn leads_on(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "every"
            | "each"
            | "the"
            | "a"
            | "an"
            | "my"
            | "our"
            | "your"
            | "their"
            | "this"
            | "these"
            | "those"
            | "of"
            | "to"
            | "and"
            | "but"
            | "or"
            | "with"
            | "for"
            | "from"
            | "some"
            | "any"
    )
}

/// A verb that wants what follows it: a seam right after it is no end ("the battery went |
/// from full to empty", "the light told | me").
fn wants_more(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "went"
            | "goes"
            | "go"
            | "got"
            | "gets"
            | "get"
            | "became"
            | "becomes"
            | "turned"
            | "turns"
            | "is"
            | "are"
            | "was"
            | "were"
            | "told"
            | "tells"
            | "keeps"
            | "kept"
            | "makes"
            | "made"
            | "takes"
            | "took"
    )
}

/// Whether a draft is short enough to be read from across the room.
pub(super) fn short(d: &str) -> bool {
    if has_cjk(d) {
        d.chars().count() <= DRAFT_CHARS
    } else {
        d.split_whitespace().count() <= DRAFT_WORDS
    }
}

/// A card without its framing label ("Survey: …", "工单：…"): the part after a first colon
/// when what comes before it is a word or three.
fn after_frame(text: &str) -> &str {
    let Some((head, rest)) = text.split_once([':', '：']) else {
        return text;
    };
    let short = if has_cjk(head) {
        head.chars().count() <= 4
    } else {
        head.split_whitespace().count() <= 3
    };
    if short && !rest.trim().is_empty() {
        rest
    } else {
        text
    }
}

/// A card cut to its first clause without framing words, and to a readable length.
pub(super) fn shortened(text: &str, weight: &dyn Fn(&str) -> f32) -> String {
    let card = text;
    let stated = phrases::main_clause(text, weight);
    // What the card goes on with after a comma that follows the clause, if one does.
    let after_stated = stated.as_deref().and_then(|s| {
        let at = card.find(s)? + s.len();
        card[at..].trim_start().strip_prefix(',')
    });
    let text = stated
        .as_deref()
        .unwrap_or_else(|| phrases::after_lead_in(after_frame(text)))
        .trim();
    let clause_end = text
        .char_indices()
        .find(|&(i, c)| i > 0 && phrases::breaks_at(text, i, c))
        .map_or(text.len(), |(i, _)| i);
    let clause = &text[..clause_end];
    let after_comma = after_stated.or_else(|| text[clause_end..].strip_prefix(','));
    // A comma inside a phrase ("sealed on wet, gritty roads") leaves the clause unfinished; one
    // that opens a new clause ("hard to click back in, I've broken a nail") does not. In
    // Chinese a comma is taken as inside.
    let comma_inside = after_comma.is_some_and(|a| has_cjk(clause) || !opens_clause(&next_word(a)));
    // A whole clause that is already a well-worded statement stays whole, up to a longer limit:
    // "The beam spreads evenly to both edges of the lane" loses its sense when cut at "edges".
    let worded = || wording::reads_as_statement(clause) && wording::check(clause).is_empty();
    let within = if has_cjk(clause) {
        clause.chars().count() <= WORDED_CHARS
    } else {
        clause.split_whitespace().count() <= WORDED_WORDS
    };
    if within && !comma_inside && worded() {
        return capitalized(clause);
    }
    if has_cjk(clause) {
        return cut_zh(clause);
    }
    capitalized(&cut_en(card, clause, comma_inside).join(" "))
}

/// A Chinese clause in whole words up to the length limit, not ending on a word that leans on
/// the next ("…凭面板就能").
fn cut_zh(clause: &str) -> String {
    let mut kept: Vec<segment::Word> = Vec::new();
    let mut count = 0;
    let words = segment::words(clause);
    let all = words.len();
    for w in words {
        let n = w.text.chars().count();
        if count + n > DRAFT_CHARS && !kept.is_empty() {
            break;
        }
        count += n;
        kept.push(w);
    }
    // A clause kept whole loses only its closing particles ("…算丰富的了"): "打火一次就着" ends
    // on 着 (lit), which the dictionary tags a particle too.
    let whole = kept.len() == all;
    let closing =
        |w: &segment::Word| ["了", "啦", "啊", "呀", "吧", "呢", "的", "嘛"].contains(&w.text);
    while kept.len() > 1
        && kept.last().is_some_and(|w| {
            if whole {
                closing(w)
            } else {
                leans_on_next_zh(w)
            }
        })
    {
        kept.pop();
    }
    kept.iter().map(|w| w.text).collect()
}

/// An English clause cut where a statement ends: whole when it is short and finished, else
/// before the last seam that leaves a statement within the length ("The bin is easy to pop out |
/// and empty"), else without the phrase that qualifies its subject ("The cleaning history [with
/// the map of each run] is neat"), else at the length limit.
fn cut_en<'a>(card: &str, clause: &'a str, comma_inside: bool) -> Vec<&'a str> {
    let all: Vec<&str> = clause.split_whitespace().collect();
    let mut words: Vec<&str> = all.iter().copied().take(DRAFT_WORDS).collect();
    let whole = all.len() == words.len() && !comma_inside;
    if whole {
        while words.len() > 1 && words.last().is_some_and(|w| leads_on(w)) {
            words.pop();
        }
        // A run cut at a seam inside a clause may be no statement ("The switch stays locked
        // while the light is"): it is cut again where a statement ends, if one does.
        if wording::reads_as_statement(clause) || !before_seam(card, clause) {
            return words;
        }
    }
    let statement = |ws: &[&str]| {
        ws.last().is_some_and(|w| !leads_on(w)) && wording::reads_as_statement(&ws.join(" "))
    };
    let last = all.len().min(DRAFT_WORDS + 1) - 1;
    if let Some(i) = (2..=last)
        .rev()
        .find(|&i| cuts_before(&all, i) && statement(&all[..i]))
    {
        return all[..i].to_vec();
    }
    if let Some(kept) = without_qualifier(&all).filter(|k| statement(k)) {
        return kept;
    }
    // No statement ends within the length: the clause up to its last seam, as a phrase of the
    // card ends ("It never gets stuck anymore | since I put …"), when that keeps most of the
    // length ("Would be great | if …" says nothing), or else the words up to the length, without
    // the grammar words a cut leaves hanging.
    if let Some(i) = (DRAFT_WORDS / 2 + 1..=last)
        .rev()
        .find(|&i| cuts_before(&all, i) && !leads_on(all[i - 1]) && !wants_more(all[i - 1]))
    {
        return all[..i].to_vec();
    }
    while words.len() > 1
        && words.last().is_some_and(|w| {
            crate::method::affinity::text::is_stop_word(&w.to_lowercase()) || leads_on(w)
        })
    {
        words.pop();
    }
    // A finished clause a word or two past the length stays whole where the cut leaves no
    // statement but a phrase hanging ("… takes half | an hour", "… drives | me mad"); "The front
    // lamp is too dim | to be useful" is cut.
    let finished =
        all.len() <= DRAFT_WORDS + 2 && !comma_inside && !all.last().is_some_and(|w| leads_on(w));
    if finished && !wording::reads_as_statement(&words.join(" ")) {
        return all;
    }
    words
}

/// Whether a clause may be cut before its word `i`: at a seam ("… | when it rains"), where "so"
/// or "as" open a clause rather than a degree ("so loud" goes on), and before the result of a
/// degree ("so loud | it wakes the whole house").
fn cuts_before(words: &[&str], i: usize) -> bool {
    let lower = |k: usize| next_word(words.get(k).copied().unwrap_or(""));
    let w = lower(i);
    match w.as_str() {
        // After a linking verb, or before "much", "so" and "as" say how much ("is so loud",
        // "so much"); elsewhere they open a clause ("… open fully | so debris gets stuck").
        "so" | "as" => {
            let degree = i > 0
                && matches!(
                    lower(i - 1).as_str(),
                    "is" | "are"
                        | "was"
                        | "were"
                        | "be"
                        | "been"
                        | "feels"
                        | "feel"
                        | "looks"
                        | "look"
                        | "sounds"
                        | "sound"
                        | "gets"
                        | "get"
                        | "seems"
                        | "seem"
                        | "stays"
                        | "stay"
                )
                || matches!(
                    lower(i + 1).as_str(),
                    "much" | "many" | "little" | "few" | "far" | "long" | "well" | "as"
                );
            !degree
        }
        // "easy to read | even without my glasses": a concession goes with the complaint.
        "even" => true,
        _ if phrases::SEAMS_EN.contains(&w.as_str()) => true,
        _ => {
            (PRONOUNS_EN.contains(&w.as_str()) || w == "that")
                && i >= 2
                && matches!(lower(i - 2).as_str(), "so" | "such")
        }
    }
}

/// A clause whose subject is qualified by a phrase ("The cleaning history with the map of each
/// run is neat") without that phrase, when what is left is short enough: the subject, then its
/// linking verb and what follows.
fn without_qualifier<'a>(words: &[&'a str]) -> Option<Vec<&'a str>> {
    let from = (2..words.len()).find(|&s| {
        matches!(
            next_word(words[s]).as_str(),
            "of" | "on" | "in" | "with" | "for" | "at" | "from"
        )
    })?;
    if wording::reads_as_statement(&words[..from].join(" ")) {
        return None;
    }
    // The phrase runs up to the verb, and holds no clause of its own ("… which", "… and").
    let to = (from + 1..words.len()).find(|&k| {
        matches!(
            next_word(words[k]).as_str(),
            "is" | "are" | "was" | "were" | "stays" | "stay" | "looks" | "look" | "feels" | "feel"
        )
    })?;
    let plain = words[from + 1..to].iter().all(|w| {
        let w = next_word(w);
        !matches!(w.as_str(), "which" | "that" | "who" | "where")
            && (!phrases::SEAMS_EN.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "of" | "on" | "in" | "with" | "for" | "at" | "from"
                ))
    });
    let kept: Vec<&str> = words[..from].iter().chain(&words[to..]).copied().collect();
    (plain && kept.len() <= DRAFT_WORDS).then_some(kept)
}
