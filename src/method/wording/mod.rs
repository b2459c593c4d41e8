//! The eight wording rules for demanded-quality statements (METHOD.md section 3) as heuristic
//! hints, for English and Simplified Chinese.
//!
//! The checks run on every keystroke, so they use fixed word tables and scans that stay linear in
//! the text, no regular expressions and no setup per call: a few microseconds for an English
//! sentence, about 30 µs for a Chinese one, which is first segmented into words (`segment`; its
//! dictionary loads once, in about 0.2 s, on first use), in a release build. They are
//! deliberately conservative: a hint that fires on good statements teaches people to ignore
//! hints. Every hint says what triggered it, and carries a rewrite when one reads as a person
//! would write it. A team may override any hint; nothing here blocks an edit.
//!
//! Text containing any Han character is checked with the Chinese rules, other text with the
//! English ones (a Chinese statement quoting "USB-C" stays a Chinese statement).

pub use crate::model::rule::Rule;

/// A reason to reconsider a statement's wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub rule: Rule,
    /// English; names what triggered the hint.
    pub message: String,
    /// Simplified Chinese; same content as `message`.
    pub message_zh: String,
    /// A rewrite of the whole statement, where one reads as a person would write it. For rule 1 the
    /// separate statements are joined by " / ". A "…" marks a gap for the user to fill.
    pub suggestion: Option<String>,
}

impl std::fmt::Display for Hint {
    /// "rule 5 (Avoid negation): 'not' says what must not happen; …", for lists and exports.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "rule {} ({}): {}",
            self.rule.number(),
            self.rule.title(),
            self.message
        )
    }
}

impl Hint {
    /// The hint as `Display` writes it, in the language of `statement` (the one it was checked
    /// as): "规则 5（避免否定）：…" for a statement with Han characters.
    pub fn line_for(&self, statement: &str) -> String {
        if statement.chars().any(is_han) {
            format!(
                "规则 {}（{}）：{}",
                self.rule.number(),
                self.rule.title_zh(),
                self.message_zh
            )
        } else {
            self.to_string()
        }
    }

    fn new(rule: Rule, message: String, message_zh: String, suggestion: Option<String>) -> Self {
        Hint {
            rule,
            message,
            message_zh,
            suggestion,
        }
    }
}

/// Checks a demanded-quality statement against the eight rules. At most one hint per rule,
/// ordered by rule number; an empty list means nothing looked wrong.
pub fn check(text: &str) -> Vec<Hint> {
    let text = text.trim();
    if text.is_empty() {
        return Vec::new();
    }
    let mut hints = if text.chars().any(is_han) {
        zh::check(text)
    } else {
        en::check(text)
    };
    hints.sort_by_key(|h| h.rule);
    hints
}

/// The head noun of an English statement's subject ("robot" in "The robot goes home"), when the
/// text reads as a statement; None for Chinese, whose subjects often go unsaid.
pub fn subject_head(text: &str) -> Option<String> {
    let text = text.trim();
    if text.chars().any(is_han) {
        None
    } else {
        en::statement::subject_head(text)
    }
}

/// Whether an English noun is plural ("robots", "people"), as the statement reader judges it.
pub fn is_plural(noun: &str) -> bool {
    en::statement::is_plural(noun)
}

/// Whether a short text reads as a whole statement (a subject, then a verb or an adjective,
/// ending where a sentence can end), not a fragment. Island names must; the rules above judge
/// its wording, this judges that it is a sentence at all.
pub fn reads_as_statement(text: &str) -> bool {
    let text = text.trim();
    if text.chars().any(is_han) {
        zh::statement::reads_as_statement(text)
    } else {
        en::statement::reads_as_statement(text)
    }
}

fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Keeps a suggestion only when it says something and differs from the original.
/// The state a complaint's customer wants, where an opposite says it plainly: "The front lamp
/// is too dim" → "The front lamp is bright enough", "车筐太小" → "车筐足够大". Not a hint: a
/// complaint is a fair requirement item; island names, which are demanded qualities, use it.
pub fn wanted(text: &str) -> Option<String> {
    let text = text.trim();
    if text.chars().any(is_han) {
        zh::wanted::wanted(text)
    } else {
        en::wanted::wanted(text)
    }
}

/// Whether a statement says what is wrong rather than what is wanted: a complaint [`wanted`]
/// restates, a word of complaint ("too", "only", "musty", 延迟, 只能, 被), or a fault the
/// customer met; in Chinese also a statement left hanging on a verb that waits for its object or
/// result (插入SIM卡后提示, 煮出来). A complaint is a fair requirement item; an island's name should
/// not be one.
pub fn complains(text: &str) -> bool {
    let text = text.trim();
    wanted(text).is_some()
        || if text.chars().any(is_han) {
            zh::wanted::complains(text)
        } else {
            en::wanted::complains(text)
        }
}

fn useful(original: &str, suggestion: String) -> Option<String> {
    let s = suggestion.trim();
    (!s.is_empty() && s != original.trim()).then(|| s.to_string())
}

mod en;
pub mod eval;
pub mod segment;
#[cfg(test)]
mod tests;
mod zh;
