//! Sharing a table's width among its columns by what they hold. Each column states a bound: a
//! number column is exactly as wide as its widest value (or header), a text column wants its
//! widest text but can shrink to a useful minimum and may be limited to a share of the width.
//! The columns that do not fit at their minimum scroll; the width left over goes first to text
//! that was cut, then a little evenly to every column, and what remains stays at the right, so
//! a wide screen has no empty band between a row's text and its numbers.

use std::ops::Range;

/// How wide a column may be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    /// Exactly this many cells (numbers: their widest value or header).
    Hard(usize),
    /// At least `min` cells; grows towards `desired`, but not past `max_share` of the whole
    /// width when one is given (a long name must not crowd out the text).
    Soft {
        min: usize,
        desired: usize,
        max_share: Option<f32>,
    },
}

impl Bound {
    /// A soft bound; `min` never exceeds `desired`.
    pub fn soft(min: usize, desired: usize, max_share: Option<f32>) -> Bound {
        Bound::Soft {
            min: min.min(desired),
            desired,
            max_share,
        }
    }

    /// The fewest cells the column is shown with.
    pub fn min(self) -> usize {
        match self {
            Bound::Hard(w) => w,
            Bound::Soft { min, .. } => min,
        }
    }

    /// The most cells the column takes before width is shared out evenly.
    fn cap(self, total: usize) -> usize {
        match self {
            Bound::Hard(w) => w,
            Bound::Soft {
                min,
                desired,
                max_share,
            } => {
                let share = max_share.map_or(usize::MAX, |s| (s * total as f32).floor() as usize);
                desired.min(share).max(min)
            }
        }
    }
}

/// The cells taken by columns at their minimum, with `gap` cells between neighbours.
fn min_total(bounds: &[Bound], gap: usize) -> usize {
    bounds.iter().map(|b| b.min()).sum::<usize>() + gap * bounds.len().saturating_sub(1)
}

/// Widths for columns all shown in `total` cells with `gap` cells between them. Each starts at
/// its minimum; the spare cells go to soft columns up to their cap, a cell at a time to each
/// that still wants one (so a short name is whole before a long text takes the rest), then
/// evenly to every column. When even the minimums do not fit, soft columns give up cells from
/// the right (a tiny terminal clips the rest).
pub fn widths(bounds: &[Bound], total: usize, gap: usize) -> Vec<usize> {
    let mut w: Vec<usize> = bounds.iter().map(|b| b.min()).collect();
    let used = min_total(bounds, gap);
    if used > total {
        let mut over = used - total;
        for (i, b) in bounds.iter().enumerate().rev() {
            if let Bound::Soft { .. } = b {
                let take = over.min(w[i].saturating_sub(1));
                w[i] -= take;
                over -= take;
            }
        }
        return w;
    }
    let mut spare = total - used;
    let caps: Vec<usize> = bounds.iter().map(|b| b.cap(total)).collect();
    // Soft columns grow together towards their caps: first those held to a share (names,
    // short by nature), then the ones without (the text that takes the rest).
    let shared = |i: usize| {
        matches!(
            bounds[i],
            Bound::Soft {
                max_share: Some(_),
                ..
            }
        )
    };
    for tier in [true, false] {
        loop {
            let wanting: Vec<usize> = (0..w.len())
                .filter(|&i| shared(i) == tier && w[i] < caps[i])
                .collect();
            if wanting.is_empty() || spare == 0 {
                break;
            }
            let each = (spare / wanting.len()).max(1);
            for i in wanting {
                let add = each.min(caps[i] - w[i]).min(spare);
                w[i] += add;
                spare -= add;
            }
        }
    }
    // What is left spreads over every column (the leftmost first for the remainder), up to
    // SPREAD_MAX cells each; the rest stays at the right rather than pulling a row's text and
    // its numbers apart.
    if !w.is_empty() {
        let n = w.len();
        let spare = spare.min(SPREAD_MAX * n);
        for (i, x) in w.iter_mut().enumerate() {
            *x += spare / n + usize::from(i < spare % n);
        }
    }
    w
}

/// The most cells a column gains once every column has what it wants.
pub const SPREAD_MAX: usize = 3;

/// Which of the `scrolling` columns to show beside the `fixed` ones (shown always, at their
/// minimum): the run from the left that holds the `cursor` column, as many as fit at their
/// minimum, and always at least the cursor's.
pub fn window(
    fixed: &[Bound],
    scrolling: &[Bound],
    cursor: usize,
    total: usize,
    gap: usize,
) -> Range<usize> {
    let cursor = cursor.min(scrolling.len().saturating_sub(1));
    let base = min_total(fixed, gap);
    let fits = |r: Range<usize>| {
        let cols = min_total(&scrolling[r.clone()], gap);
        let between = if fixed.is_empty() || r.is_empty() {
            0
        } else {
            gap
        };
        base + between + cols <= total
    };
    let mut first = 0;
    while first < cursor && !fits(first..cursor + 1) {
        first += 1;
    }
    let mut end = first;
    while end < scrolling.len() && fits(first..end + 1) {
        end += 1;
    }
    first..end.max((cursor + 1).min(scrolling.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_width_and_the_text_takes_the_spare() {
        let text = Bound::soft(20, 60, None);
        let b = [text, Bound::Hard(4), Bound::Hard(5)];
        // 20 + 4 + 5 + 2 gaps = 31; 69 spare: the text reaches its 60, the 29 left spread a
        // little (SPREAD_MAX each) and the rest stays at the right.
        assert_eq!(widths(&b, 100, 1), [63, 7, 8]);
        assert_eq!(widths(&b, 74, 1), [61, 5, 6]);
        // Narrow: the text shrinks towards its minimum, the numbers do not.
        assert_eq!(widths(&b, 40, 1), [29, 4, 5]);
        assert_eq!(widths(&b, 31, 1), [20, 4, 5]);
    }

    #[test]
    fn names_are_whole_before_the_text_takes_the_rest() {
        let b = [
            Bound::soft(20, 80, None),
            Bound::soft(6, 10, Some(0.3)),
            Bound::soft(6, 14, Some(0.3)),
        ];
        // 34 at the minimum, 26 spare: the names grow to 10 and 14, the text takes the rest.
        assert_eq!(widths(&b, 60, 1), [34, 10, 14]);
        // 12 spare: the names share it (the short one stops at 10, the long one at 30 % of
        // 46, 13), the text gets the cell left.
        assert_eq!(widths(&b, 46, 1), [21, 10, 13]);
        assert_eq!(widths(&b, 40, 1), [20, 9, 9]);
        // Columns held to a share grow together.
        let b = [
            Bound::soft(10, 40, Some(0.5)),
            Bound::soft(4, 30, Some(0.5)),
        ];
        assert_eq!(widths(&b, 24, 0), [12, 12]);
        // A share caps a long name: 20 % of 50 is 10.
        let w = widths(
            &[Bound::soft(10, 40, None), Bound::soft(4, 30, Some(0.2))],
            50,
            0,
        );
        assert_eq!(w, [40, 10]);
    }

    #[test]
    fn too_little_room_takes_from_soft_columns_from_the_right() {
        let b = [
            Bound::soft(10, 20, None),
            Bound::Hard(4),
            Bound::soft(6, 9, None),
        ];
        assert_eq!(widths(&b, 18, 1), [10, 4, 2]);
        assert_eq!(widths(&b, 2, 1), [1, 4, 1]);
        assert_eq!(widths(&[], 10, 1), Vec::<usize>::new());
    }

    #[test]
    fn the_window_scrolls_to_keep_the_cursor_column() {
        let fixed = [Bound::soft(10, 30, None)];
        let cols = [Bound::Hard(4); 8];
        // 10 + 1 + 5 × 4 + 4 gaps = 35 fits in 35; a sixth column does not.
        assert_eq!(window(&fixed, &cols, 0, 35, 1), 0..5);
        assert_eq!(window(&fixed, &cols, 4, 35, 1), 0..5);
        assert_eq!(window(&fixed, &cols, 5, 35, 1), 1..6);
        assert_eq!(window(&fixed, &cols, 7, 35, 1), 3..8);
        assert_eq!(window(&fixed, &cols, 0, 100, 1), 0..8);
        // Even when nothing fits, the cursor's column is shown.
        assert_eq!(window(&fixed, &cols, 3, 5, 1), 3..4);
        assert_eq!(window(&fixed, &[], 0, 50, 1), 0..0);
    }
}
