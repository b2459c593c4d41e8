//! Small widgets and text helpers for the views.

pub mod text_input;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The text cut to at most `width` terminal cells, ending in an ellipsis when something was cut.
/// Line breaks become spaces so one record stays on one row.
pub fn fit(text: &str, width: usize) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if flat.width() <= width {
        return flat;
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in flat.graphemes(true) {
        let w = g.width();
        if used + w > width - 1 {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// The text padded with spaces (or cut) to exactly `width` cells.
pub fn pad(text: &str, width: usize) -> String {
    let mut s = fit(text, width);
    let w = s.width();
    s.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_counts_cells_not_chars() {
        assert_eq!(fit("水温忽冷忽热", 12), "水温忽冷忽热");
        assert_eq!(fit("水温忽冷忽热", 7), "水温忽…");
        assert_eq!(fit("水温忽冷忽热", 8), "水温忽…");
        assert_eq!(fit("abc\ndef", 10), "abc def");
        assert_eq!(pad("水", 4), "水  ");
        assert_eq!(fit("abc", 0), "");
    }
}
