//! Small widgets and text helpers for the views.

pub mod columns;
pub mod text_input;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::model::text::invisible;

/// The cells text takes on the screen, measured the way the screen buffer places it: grapheme by
/// grapheme, with invisible characters (which terminals measure differently) left out.
pub fn cells(text: &str) -> usize {
    text.graphemes(true)
        .map(|g| {
            if g.chars().any(invisible) {
                let shown: String = g.chars().filter(|&c| !invisible(c)).collect();
                shown.width()
            } else {
                g.width()
            }
        })
        .sum()
}

/// The text as one row shows it: line breaks and other controls as spaces, invisible characters
/// left out so they leave no mark and take no cell.
fn flat(text: &str) -> String {
    text.chars()
        .filter(|&c| !invisible(c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The text cut to at most `width` terminal cells, ending in an ellipsis when something was cut.
/// Line breaks become spaces so one record stays on one row.
pub fn fit(text: &str, width: usize) -> String {
    let flat = flat(text);
    if cells(&flat) <= width {
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

/// The text wrapped to `width` cells in at most `max_lines` lines; the last line ends in an
/// ellipsis when text was left out.
pub fn wrap_clamped(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let flat = flat(text);
    let mut lines = wrap(&flat, width);
    if lines.len() > max_lines.max(1) {
        lines.truncate(max_lines.max(1));
        if let Some(last) = lines.last_mut() {
            // Room for the ellipsis even when the line is full.
            *last = fit(last, width.saturating_sub(1));
            if !last.ends_with('…') {
                last.push('…');
            }
        }
    }
    lines
}

/// The text padded with spaces (or cut) to exactly `width` cells.
pub fn pad(text: &str, width: usize) -> String {
    let mut s = fit(text, width);
    let w = cells(&s);
    s.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    s
}

/// Breaks text into lines of at most `width` cells: at spaces where possible, anywhere inside
/// longer runs (Chinese has no spaces).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let text = crate::model::text::visible(text);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let w = cells(word);
        let line_w = cells(&line);
        if line_w > 0 && line_w + 1 + w <= width {
            line.push(' ');
            line.push_str(word);
            continue;
        }
        if w <= width {
            if line_w > 0 {
                lines.push(std::mem::take(&mut line));
            }
            line.push_str(word);
            continue;
        }
        // A run longer than a line (Chinese has no spaces) starts right after what is already
        // on the line, so an id before it does not end up alone.
        if line_w > 0 && line_w + 2 < width {
            line.push(' ');
        } else if line_w > 0 {
            lines.push(std::mem::take(&mut line));
        }
        for g in word.graphemes(true) {
            if cells(&line) + g.width() > width {
                lines.push(std::mem::take(&mut line));
            }
            line.push_str(g);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
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

    #[test]
    fn wrap_breaks_at_spaces_and_inside_chinese() {
        assert_eq!(wrap("dismiss the hint", 10), ["dismiss", "the hint"]);
        assert_eq!(
            wrap("对此陈述忽略或恢复", 8),
            ["对此陈述", "忽略或恢", "复"]
        );
        assert_eq!(wrap("", 5), [""]);
        // An id stays on the line where a long Chinese run begins.
        assert_eq!(wrap("R1 水温忽冷忽热", 8), ["R1 水温", "忽冷忽热"]);
    }

    #[test]
    fn invisible_characters_take_no_cell_and_leave_no_mark() {
        // The Hangul filler measures two cells to unicode-width and none to many terminals.
        let text = "\u{FEFF}a\u{200D}b\u{115F}c\u{AD}d 水\u{200B}温";
        assert_eq!(fit(text, 20), "abcd 水温");
        assert_eq!(pad(text, 10), "abcd 水温 ");
        assert_eq!(fit(text, 6), "abcd …");
        assert_eq!(wrap(text, 5), ["abcd", "水温"]);
        assert_eq!(wrap_clamped(text, 5, 1), ["abcd…"]);
        assert_eq!(cells(text), 9);
    }

    #[test]
    fn wrap_clamped_marks_what_was_left_out() {
        assert_eq!(
            wrap_clamped("one two three four", 9, 2),
            ["one two", "three…"]
        );
        assert_eq!(wrap_clamped("水温忽冷忽热水温忽冷", 4, 2), ["水温", "忽…"]);
        assert_eq!(wrap_clamped("short", 9, 2), ["short"]);
    }
}
