//! Words, word lists and helpers the rules share.

use crate::method::wording::is_han;

pub(super) fn is_punct(c: char) -> bool {
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

pub(super) fn is_content(c: char) -> bool {
    is_han(c) || c.is_alphanumeric()
}

/// Statement length as a reader feels it: Han characters plus whole Latin words or numbers.
pub(super) fn content_len(text: &str) -> usize {
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
pub(super) fn find_all<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    hay.match_indices(needle).map(|(i, _)| i)
}

pub(super) fn prev_char(s: &str, at: usize) -> Option<char> {
    s[..at].chars().next_back()
}

pub(super) fn next_char(s: &str, after: usize) -> Option<char> {
    s[after..].chars().next()
}
