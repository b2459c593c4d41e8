//! The wording rules for Chinese: checks on the words jieba segments a statement into, and on
//! fixed words and characters in telling positions (a leading modal, a trailing noun), with
//! exception lists for the common words that contain a trigger character.

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
use structure::*;

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
