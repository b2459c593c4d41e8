//! What the hints see while a statement is typed: every prefix of a statement, however it
//! breaks off ("High tensile", "希望水"), is checked without a panic; the screen asks for hints
//! on every key.

use super::super::{check, complains, reads_as_statement, subject_head, wanted};
use std::path::Path;

fn texts(file: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(file);
    crate::method::affinity::score::load_labelled(&path)
        .unwrap()
        .into_iter()
        .map(|(text, _)| text)
        .collect()
}

fn every_prefix(text: &str) {
    for (at, _) in text.char_indices().skip(1).chain([(text.len(), ' ')]) {
        let typed = &text[..at];
        let _ = check(typed);
        let _ = reads_as_statement(typed);
        let _ = subject_head(typed);
        let _ = wanted(typed);
        let _ = complains(typed);
    }
}

#[test]
fn every_prefix_of_the_corpus_is_checked_without_a_panic() {
    for file in ["en.csv", "zh.csv", "en-holdout.csv", "zh-holdout.csv"] {
        for text in texts(&format!("wording-corpus/{file}")) {
            every_prefix(&text);
        }
    }
}

#[test]
fn every_prefix_of_the_remarks_is_checked_without_a_panic() {
    // One remark in seven of each set: the sets repeat their remarks with framing words.
    for file in [
        "remarks-500.en.csv",
        "remarks-500.zh.csv",
        "remarks-fresh.en.csv",
        "remarks-fresh.zh.csv",
        "vacuum.en.csv",
        "ebike.zh.csv",
    ] {
        for text in texts(file).iter().step_by(7) {
            every_prefix(text);
        }
    }
}
