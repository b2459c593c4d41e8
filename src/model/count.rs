//! Numbers with their nouns in the English messages of the command line and the importers:
//! "1 remark added", "2 remarks added". (The terminal UI has its own catalog in both languages.)

/// The form of a noun that agrees with `n`: `one` for 1, `many` otherwise (0 included).
pub fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// `n` followed by the form of its noun: `count(1, "file", "files")` is "1 file".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", plural(n, one, many))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_everything_else_plural() {
        assert_eq!(count(1, "file", "files"), "1 file");
        assert_eq!(count(2, "file", "files"), "2 files");
        assert_eq!(count(0, "file", "files"), "0 files");
        assert_eq!(count(1, "quality has", "qualities have"), "1 quality has");
        assert_eq!(plural(3, "entry", "entries"), "entries");
    }
}
