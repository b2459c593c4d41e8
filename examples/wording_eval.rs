//! Wording hints against the labelled corpora in tests/data/wording-corpus (en.csv, zh.csv and the
//! held-out en-holdout.csv, zh-holdout.csv):
//! precision and recall per rule, the share of broken rules found and of clean statements
//! flagged, and every statement where the hints and the labels differ.
//! Figures are recorded in docs/method.md.
//!
//! cargo run --example wording_eval [FILE.csv ...]

use std::path::PathBuf;

use gemba::method::wording::Rule;
use gemba::method::wording::eval::{load, score};

fn main() {
    let mut files: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if files.is_empty() {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/wording-corpus");
        files = ["en.csv", "zh.csv", "en-holdout.csv", "zh-holdout.csv"]
            .iter()
            .map(|f| dir.join(f))
            .collect();
    }
    for file in &files {
        let corpus = load(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let s = score(&corpus);
        println!(
            "{} ({} statements, {} clean)",
            file.display(),
            corpus.len(),
            s.clean
        );
        println!("rule\tlabelled\tflagged\tagreed\tprecision\trecall\ttitle");
        for r in Rule::ALL {
            let c = s.rules[usize::from(r.number() - 1)];
            println!(
                "{}\t{}\t{}\t{}\t{:.0} %\t{:.0} %\t{}",
                r.number(),
                c.labelled,
                c.flagged,
                c.agreed,
                c.precision() * 100.0,
                c.recall() * 100.0,
                r.title()
            );
        }
        println!(
            "overall: precision {:.1} %, broken rules found {:.1} %, clean statements flagged {:.1} % ({} of {})",
            s.precision() * 100.0,
            s.recall() * 100.0,
            s.clean_flag_rate() * 100.0,
            s.clean_flagged,
            s.clean
        );
        if !s.disagreements.is_empty() {
            println!("differences (statement: labelled -> flagged):");
            for (text, want, got) in &s.disagreements {
                println!("  {text}: {want:?} -> {got:?}");
            }
        }
        println!();
    }
}
