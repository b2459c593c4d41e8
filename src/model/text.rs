//! Characters that take no room and show nothing. Pasted text carries them (a byte-order mark
//! from a spreadsheet, a zero-width joiner from a chat, a soft hyphen from a web page, a Hangul
//! filler); terminals disagree on how wide they are, so they leave stray marks and shift the
//! columns of every screen that shows them. Text is cleaned of them where it enters a project.

use std::borrow::Cow;

/// Whether a character is invisible and takes no room: Unicode's default-ignorable code points,
/// which include the zero-width space and joiners, the byte-order mark, the soft hyphen,
/// direction marks and embeddings, variation selectors, tag characters and Hangul fillers.
pub fn invisible(c: char) -> bool {
    matches!(
        c as u32,
        0x00AD
            | 0x034F
            | 0x061C
            | 0x115F..=0x1160
            | 0x17B4..=0x17B5
            | 0x180B..=0x180F
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x206F
            | 0x3164
            | 0xFE00..=0xFE0F
            | 0xFEFF
            | 0xFFA0
            | 0xFFF0..=0xFFF8
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0000..=0xE0FFF
    )
}

/// The text without invisible characters; borrowed when there were none.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(invisible) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().filter(|&c| !invisible(c)).collect())
}

/// Removes invisible characters in place.
pub fn clean(text: &mut String) {
    if text.chars().any(invisible) {
        text.retain(|c| !invisible(c));
    }
}

/// Whether the text shows nothing: empty, white space, or invisible characters only.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || invisible(c))
}

fn clean_respondent(r: &mut super::Respondent) {
    clean(&mut r.label);
    if r.attributes
        .iter()
        .any(|(k, v)| k.chars().chain(v.chars()).any(invisible))
    {
        r.attributes = std::mem::take(&mut r.attributes)
            .into_iter()
            .map(|(k, v)| (visible(&k).into_owned(), visible(&v).into_owned()))
            .collect();
    }
}

fn clean_remark(r: &mut super::Remark) {
    clean(&mut r.text);
    r.tags.iter_mut().for_each(clean);
    let s = &mut r.scene;
    for part in [
        &mut s.who,
        &mut s.r#where,
        &mut s.when,
        &mut s.why,
        &mut s.what,
        &mut s.how,
    ]
    .into_iter()
    .flatten()
    {
        clean(part);
    }
}

fn clean_quality(q: &mut super::Quality) {
    clean(&mut q.text);
    q.tags.iter_mut().for_each(clean);
}

fn clean_characteristic(c: &mut super::Characteristic) {
    clean(&mut c.name);
    clean(&mut c.unit);
}

/// Cleans every piece of text a record holds.
impl super::Entity {
    pub fn clean_text(&mut self) {
        use super::Entity::*;
        match self {
            Segment(r) => clean(&mut r.name),
            Respondent(r) => clean_respondent(r),
            Competitor(r) => clean(&mut r.name),
            Remark(r) => clean_remark(r),
            Item(r) => clean(&mut r.text),
            Group(r) => clean(&mut r.title),
            Quality(r) => clean_quality(r),
            Characteristic(r) => clean_characteristic(r),
            Response(_) | Judgement(_) | Relationship(_) | Correlation(_) => {}
        }
    }
}

impl super::Project {
    /// Cleans every piece of text in the project: what a file written before this cleaning, or
    /// edited by hand, may still hold.
    pub fn clean_text(&mut self) {
        self.meta.clean_text();
        self.segments.iter_mut().for_each(|r| clean(&mut r.name));
        self.respondents.iter_mut().for_each(clean_respondent);
        self.competitors.iter_mut().for_each(|r| clean(&mut r.name));
        self.remarks.iter_mut().for_each(clean_remark);
        self.items.iter_mut().for_each(|r| clean(&mut r.text));
        self.groups.iter_mut().for_each(|r| clean(&mut r.title));
        self.qualities.iter_mut().for_each(clean_quality);
        self.characteristics
            .iter_mut()
            .for_each(clean_characteristic);
    }
}

impl super::Meta {
    /// Cleans the title, theme and scope.
    pub fn clean_text(&mut self) {
        clean(&mut self.title);
        clean(&mut self.theme);
        clean(&mut self.scope);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_removed_and_the_rest_kept() {
        assert_eq!(visible("a\u{200D}b\u{FEFF}c\u{AD}d\u{115F}e"), "abcde");
        assert_eq!(visible("水温\u{200B}忽冷"), "水温忽冷");
        // Combining accents are visible: they belong to the letter before them.
        assert_eq!(visible("e\u{301}"), "e\u{301}");
        assert!(matches!(visible("清楚 plain"), Cow::Borrowed(_)));
        let mut s = String::from("\u{FEFF}title\u{2060}");
        clean(&mut s);
        assert_eq!(s, "title");
    }

    #[test]
    fn only_invisible_characters_is_blank() {
        assert!(is_blank("\u{200B}\u{FEFF} \u{AD}"));
        assert!(is_blank(""));
        assert!(is_blank(" \t"));
        assert!(!is_blank("\u{200B}a"));
        assert!(!is_blank("水"));
    }
}
