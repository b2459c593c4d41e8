//! Wording hints for demanded-quality statements, as the core checks them (METHOD.md §3).

pub use crate::method::wording::{Hint, Rule};

/// The hints on a statement; none where the checks fail on it (see [`super::guard`]).
pub fn check(text: &str) -> Vec<Hint> {
    super::guard::contained(|| crate::method::wording::check(text)).unwrap_or_default()
}
