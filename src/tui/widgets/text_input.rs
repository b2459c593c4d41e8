//! A single-line text input measured in terminal cells: Chinese characters take two cells, the
//! cursor moves by grapheme, and the text scrolls sideways so the cursor stays visible.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::model::text::{clean, invisible};

/// An edit of the text in an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextEdit {
    Insert(char),
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    /// Ctrl-u: delete everything before the cursor.
    ClearToStart,
    /// Ctrl-k: delete everything after the cursor.
    ClearToEnd,
    /// Ctrl-w: delete the word before the cursor.
    DeleteWord,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    text: String,
    /// Byte offset of the cursor, always on a grapheme boundary.
    cursor: usize,
}

impl TextInput {
    pub fn new(text: impl Into<String>) -> Self {
        let mut text = text.into();
        clean(&mut text);
        let cursor = text.len();
        TextInput { text, cursor }
    }

    pub fn value(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn set(&mut self, text: impl Into<String>) {
        self.text = text.into();
        clean(&mut self.text);
        self.cursor = self.text.len();
    }

    pub fn insert_str(&mut self, s: &str) {
        // A line break of any kind (LF, CRLF, or the lone CR many terminals paste) is a space,
        // so pasted lines never run together.
        let clean: String = s
            .replace("\r\n", "\n")
            .chars()
            .map(|c| {
                if matches!(c, '\n' | '\r' | '\t') {
                    ' '
                } else {
                    c
                }
            })
            .filter(|&c| !c.is_control() && !invisible(c))
            .collect();
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
    }

    fn prev_boundary(&self) -> usize {
        self.text[..self.cursor]
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn next_boundary(&self) -> usize {
        self.text[self.cursor..]
            .graphemes(true)
            .next()
            .map_or(self.cursor, |g| self.cursor + g.len())
    }

    pub fn edit(&mut self, edit: &TextEdit) {
        match edit {
            TextEdit::Insert(c) => {
                // Invisible characters are not taken: they would shift the cursor on some
                // terminals and never reach the project anyway.
                if !c.is_control() && !invisible(*c) {
                    self.text.insert(self.cursor, *c);
                    self.cursor += c.len_utf8();
                }
            }
            TextEdit::Backspace => {
                let p = self.prev_boundary();
                self.text.replace_range(p..self.cursor, "");
                self.cursor = p;
            }
            TextEdit::Delete => {
                let n = self.next_boundary();
                self.text.replace_range(self.cursor..n, "");
            }
            TextEdit::Left => self.cursor = self.prev_boundary(),
            TextEdit::Right => self.cursor = self.next_boundary(),
            TextEdit::Home => self.cursor = 0,
            TextEdit::End => self.cursor = self.text.len(),
            TextEdit::ClearToStart => {
                self.text.replace_range(..self.cursor, "");
                self.cursor = 0;
            }
            TextEdit::ClearToEnd => self.text.truncate(self.cursor),
            TextEdit::DeleteWord => {
                let before = &self.text[..self.cursor];
                let trimmed = before.trim_end();
                let start = trimmed
                    .unicode_word_indices()
                    .next_back()
                    .map_or(0, |(i, _)| i);
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
        }
    }

    /// Draws the text into one row of `area` and returns where the terminal cursor belongs.
    /// When the text is wider than the row, it scrolls so the cursor stays visible and an
    /// ellipsis marks the hidden part on either side.
    pub fn render(&self, area: Rect, buf: &mut Buffer, style: Style) -> Option<Position> {
        if area.width == 0 || area.height == 0 {
            return None;
        }
        let width = area.width as usize;
        let (shown, cursor_col) = visible_window(&self.text, self.cursor, width);
        let mut x = area.x;
        for (text, st) in shown {
            let w = text.width() as u16;
            buf.set_stringn(x, area.y, &text, w as usize, style.patch(st));
            x += w;
        }
        Some(Position::new(area.x + cursor_col as u16, area.y))
    }
}

/// The pieces of text to show in `width` cells with the cursor at byte `cursor` kept in view, and
/// the cursor's column. Pieces are (text, style) so the ellipses can be dimmed.
fn visible_window(text: &str, cursor: usize, width: usize) -> (Vec<(String, Style)>, usize) {
    let dim = Style::new().add_modifier(ratatui::style::Modifier::DIM);
    let graphemes: Vec<(usize, &str)> = text.grapheme_indices(true).collect();
    let total: usize = text.width();
    if total < width {
        let col = text[..cursor].width();
        return (vec![(text.to_string(), Style::new())], col);
    }
    // Room for the cursor cell at the end of the line.
    let cursor_index = graphemes
        .iter()
        .position(|(i, _)| *i >= cursor)
        .unwrap_or(graphemes.len());
    // Start as far left as possible while the cursor still fits.
    let mut start = 0;
    loop {
        let left = if start > 0 { 1 } else { 0 };
        let used: usize = graphemes[start..cursor_index]
            .iter()
            .map(|(_, g)| g.width())
            .sum();
        if left + used < width || start >= cursor_index {
            break;
        }
        start += 1;
    }
    let mut pieces = Vec::new();
    let mut col = 0;
    if start > 0 {
        pieces.push(("…".to_string(), dim));
        col = 1;
    }
    let mut body = String::new();
    let mut cursor_col = col;
    let mut end = start;
    for (k, (_, g)) in graphemes.iter().enumerate().skip(start) {
        let w = g.width();
        let room_for_more = k + 1 < graphemes.len();
        let limit = if room_for_more { width - 1 } else { width };
        if col + w > limit {
            break;
        }
        body.push_str(g);
        col += w;
        end = k + 1;
        if k + 1 == cursor_index {
            cursor_col = col;
        }
    }
    if cursor_index == start {
        cursor_col = if start > 0 { 1 } else { 0 };
    }
    pieces.push((body, Style::new()));
    if end < graphemes.len() {
        pieces.push(("…".to_string(), dim));
    }
    (pieces, cursor_col.min(width - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> TextInput {
        let mut t = TextInput::default();
        for c in s.chars() {
            t.edit(&TextEdit::Insert(c));
        }
        t
    }

    fn draw(t: &TextInput, width: u16) -> (String, u16) {
        let area = Rect::new(0, 0, width, 1);
        let mut buf = Buffer::empty(area);
        let pos = t.render(area, &mut buf, Style::new()).unwrap();
        let mut line = String::new();
        let mut x = 0;
        while x < width {
            let sym = buf[(x, 0)].symbol();
            line.push_str(sym);
            x += unicode_width::UnicodeWidthStr::width(sym).max(1) as u16;
        }
        (line, pos.x)
    }

    #[test]
    fn the_cursor_sits_right_after_chinese_characters() {
        let t = typed("水温ab");
        assert_eq!(draw(&t, 20).1, 6);
        let mut t = typed("洗澡");
        assert_eq!(draw(&t, 20).1, 4);
        t.edit(&TextEdit::Left);
        assert_eq!(draw(&t, 20).1, 2);
        t.edit(&TextEdit::Backspace);
        assert_eq!(t.value(), "澡");
        assert_eq!(draw(&t, 20).1, 0);
    }

    #[test]
    fn long_text_scrolls_with_an_ellipsis_and_keeps_the_cursor_visible() {
        let t = typed("热水器的水温忽冷忽热很不舒服");
        let (line, x) = draw(&t, 10);
        assert!(line.starts_with('…'), "{line:?}");
        assert!(x <= 9, "{x}");
        assert!(line.contains("舒服"), "{line:?}");
        let mut t = t;
        t.edit(&TextEdit::Home);
        let (line, x) = draw(&t, 10);
        assert_eq!(x, 0);
        assert!(line.starts_with("热水器"), "{line:?}");
        assert!(line.trim_end().ends_with('…'), "{line:?}");
    }

    #[test]
    fn invisible_characters_are_not_taken() {
        let mut t = typed("a\u{200D}b\u{FEFF}");
        t.insert_str("\u{AD}c\u{115F}");
        assert_eq!(t.value(), "abc");
        assert_eq!(draw(&t, 10).1, 3);
        let t = TextInput::new("\u{2060}水");
        assert_eq!(t.value(), "水");
        assert_eq!(draw(&t, 10).1, 2);
    }

    #[test]
    fn editing_keys_work_on_graphemes() {
        let mut t = typed("hot water");
        t.edit(&TextEdit::DeleteWord);
        assert_eq!(t.value(), "hot ");
        t.edit(&TextEdit::Home);
        t.edit(&TextEdit::Delete);
        assert_eq!(t.value(), "ot ");
        t.edit(&TextEdit::ClearToEnd);
        assert_eq!(t.value(), "");
        let mut t = typed("e\u{301}x");
        t.edit(&TextEdit::Left);
        t.edit(&TextEdit::Left);
        assert_eq!(t.cursor(), 0);
        t.insert_str("a\nb");
        assert_eq!(t.value(), "a be\u{301}x");
    }
}
