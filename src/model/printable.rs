//! Text from a project on its way out. A remark can hold anything a person pasted, including
//! control characters: an escape sequence printed to a terminal can move the cursor, hide text or
//! change the window title, and a NUL cuts text short in many programs. These functions keep
//! such characters from acting.

use std::borrow::Cow;

/// Whether a character acts on a terminal rather than showing: C0 controls (except line break
/// and tab), DEL, and C1 controls.
fn acts(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || c == '\u{7f}'
}

/// Text for a terminal: every control character shown as an escape (`\x1b`, `\r`, `\x00`,
/// `\u{9b}`), line breaks and tabs kept.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\r' => out.push_str("\\r"),
            c if acts(c) && (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if acts(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Text for a file other programs read (Markdown, CSV, DOT): control characters dropped, except
/// line breaks and tabs (and carriage returns, which CSV quotes).
pub fn without_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| acts(c) && c != '\r') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().filter(|&c| !acts(c) || c == '\r').collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_acted_on() {
        assert_eq!(printable("plain 中文\n\tok"), "plain 中文\n\tok");
        assert_eq!(printable("a\u{1b}[2Jb"), "a\\x1b[2Jb");
        assert_eq!(
            printable("nul\0 cr\r bel\u{7} del\u{7f}"),
            "nul\\x00 cr\\r bel\\x07 del\\x7f"
        );
        assert_eq!(printable("csi\u{9b}31m"), "csi\\u{9b}31m");
    }

    #[test]
    fn exports_drop_control_characters() {
        assert_eq!(without_controls("a\u{1b}[31mred\0\n"), "a[31mred\n");
        assert_eq!(without_controls("line\r\nnext\t"), "line\r\nnext\t");
        assert!(matches!(without_controls("清楚"), Cow::Borrowed(_)));
    }
}
