//! Work whose failure need not stop a workshop: advice worked out by heuristics (wording hints,
//! suggested islands and their names) and reports written for others. A panic inside it gives
//! no result, where elsewhere a panic ends the app and writes the unsaved work out.

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};

thread_local! {
    /// Whether this thread is in such work, so the panic hook leaves the screen alone.
    static CONTAINED: Cell<bool> = const { Cell::new(false) };
}

/// What `f` gives, or `None` when it panicked.
pub fn contained<T>(f: impl FnOnce() -> T) -> Option<T> {
    let was = CONTAINED.with(|a| a.replace(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    CONTAINED.with(|a| a.set(was));
    result.ok()
}

/// Whether a panic now is one that [`contained`] catches.
pub fn containing() -> bool {
    CONTAINED.with(Cell::get)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_contained_gives_none_and_the_flag_is_restored() {
        assert_eq!(contained(|| 2 + 2), Some(4));
        let none: Option<u8> = contained(|| {
            assert!(containing());
            panic!("a heuristic gave up")
        });
        assert_eq!(none, None);
        assert!(!containing());
        // Nested, the outer work stays contained.
        let outer = contained(|| {
            let inner: Option<()> = contained(|| panic!("inner"));
            (inner, containing())
        });
        assert_eq!(outer, Some((None, true)));
    }
}
