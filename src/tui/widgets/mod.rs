//! Small widgets and text helpers for the views.

pub mod columns;
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

/// The text wrapped to `width` cells in at most `max_lines` lines; the last line ends in an
/// ellipsis when text was left out.
pub fn wrap_clamped(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
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
    let w = s.width();
    s.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    s
}

/// Breaks text into lines of at most `width` cells: at spaces where possible, anywhere inside
/// longer runs (Chinese has no spaces).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let w = word.width();
        let line_w = line.width();
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
            if line.width() + g.width() > width {
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
    fn wrap_clamped_marks_what_was_left_out() {
        assert_eq!(
            wrap_clamped("one two three four", 9, 2),
            ["one two", "three…"]
        );
        assert_eq!(wrap_clamped("水温忽冷忽热水温忽冷", 4, 2), ["水温", "忽…"]);
        assert_eq!(wrap_clamped("short", 9, 2), ["short"]);
    }
}
