//! Wording hints for demanded-quality statements, as the core checks them (METHOD.md §3).

pub use crate::method::wording::{Hint, Rule};

/// The hints on a statement, or `None` where the checks fail on it (see [`super::guard`]): the
/// screen then says so, rather than that the wording follows the rules.
pub fn try_check(text: &str) -> Option<Vec<Hint>> {
    #[cfg(test)]
    if FAIL.with(std::cell::Cell::get) {
        return super::guard::contained(|| panic!("the checks failed on {text:?}"));
    }
    super::guard::contained(|| crate::method::wording::check(text))
}

/// The hints on a statement; none where the checks fail on it.
pub fn check(text: &str) -> Vec<Hint> {
    try_check(text).unwrap_or_default()
}

#[cfg(test)]
thread_local! {
    /// Makes every check fail, for the tests of what the screen shows then.
    pub static FAIL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}
