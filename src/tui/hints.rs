//! Wording hints for demanded-quality statements, as the core checks them (METHOD.md §3).

pub use crate::method::wording::{Hint, Rule, check};
