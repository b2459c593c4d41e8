//! English heuristics on a word list. Parts of speech are guessed from small tables of
//! function words, verbs and adjectives plus suffixes; unknown words are taken as nouns,
//! which makes the checks that need a verb or a noun err towards silence.

use super::Hint;

mod content;
mod negation;
mod phrasing;
mod shared;
pub(super) mod statement;
mod structure;
pub(super) mod wanted;

use content::*;
use negation::*;
use phrasing::*;
use shared::*;
use structure::*;

pub(super) fn check(text: &str) -> Vec<Hint> {
    let toks = tokenize(text);
    let words: Vec<&Tok> = toks.iter().filter(|t| !t.punct).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let negated = (0..words.len()).any(|i| negates_at(&words, i));
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
