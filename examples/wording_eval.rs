//! Wording hints against the labelled corpora in tests/data/wording-corpus (en.csv, zh.csv and the
//! held-out en-holdout.csv, zh-holdout.csv):
//! precision and recall per rule, the share of broken rules found and of clean statements
//! flagged, and every statement where the hints and the labels differ.
//! Figures are recorded in docs/method.md.
//!
//! Then the suggested island names on the labelled remark sets of tests/data (`text,label`):
//! the share made only of whole words of one of their cards or written out by a need (or of the positive rewrite rule 5
//! offers for it: `eval::whole_words_of`), the share that passes the wording rules,
//! the share of drafts, the share that still states a complaint, and the island sizes; and the
//! same for the next level up.
//!
//! cargo run --release --example wording_eval [FILE.csv ...]

use std::path::PathBuf;

use gemba::method::affinity::names::is_need;
use gemba::method::affinity::score::load_labelled;
use gemba::method::affinity::{SuggestOptions, suggest, suggest_groups};
use gemba::method::wording::eval::{card_words_of, load, score, whole_words_in};
use gemba::method::wording::{Rule, check, complains, reads_as_statement};

fn names_report() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/data")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    files.sort();
    println!("island names (islands of about 5; next level over those islands)");
    println!(
        "file\tlevel\tislands\twhole words (words from a rewrite)\tneeds\tpass rules\tdrafts (of them statements)\tcomplaints\tsizes (size: count)"
    );
    for file in &files {
        let texts: Vec<String> = load_labelled(file)
            .expect("a labelled set")
            .into_iter()
            .map(|(text, _)| text)
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let s = suggest(&refs, &SuggestOptions::default());
        let islands: Vec<Vec<usize>> = s.clusters.iter().map(|c| c.members.clone()).collect();
        let up = suggest_groups(&refs, &islands, &SuggestOptions::default());
        let levels = [
            (
                "islands",
                s.clusters
                    .iter()
                    .map(|c| (c.name.clone(), c.draft, c.members.clone()))
                    .collect::<Vec<_>>(),
            ),
            (
                "next level",
                up.clusters
                    .iter()
                    .map(|g| {
                        let cards: Vec<usize> =
                            g.members.iter().flat_map(|&i| islands[i].clone()).collect();
                        (g.name.clone(), g.draft, cards)
                    })
                    .collect(),
            ),
        ];
        for (level, named) in levels {
            let n = named.len();
            let texts_of =
                |cards: &[usize]| -> Vec<&str> { cards.iter().map(|&c| refs[c]).collect() };
            // A need is whole words written out, not words cut from a card.
            let needs = named.iter().filter(|(name, _, _)| is_need(name)).count();
            let whole = named
                .iter()
                .filter(|(name, _, cards)| is_need(name) || whole_words_in(name, &texts_of(cards)))
                .count();
            // Of those, the names that are whole words only by a rewrite or an added subject.
            let rewritten = named
                .iter()
                .filter(|(name, _, cards)| {
                    whole_words_in(name, &texts_of(cards))
                        && !cards.iter().any(|&c| card_words_of(name, refs[c]))
                })
                .count();
            let pass = named
                .iter()
                .filter(|(name, _, _)| check(name.trim_end_matches('…')).is_empty())
                .count();
            let drafts = named.iter().filter(|(_, d, _)| *d).count();
            // Drafts that are whole statements passing the rules, not a remark cut short.
            let stating = named
                .iter()
                .filter(|(name, d, _)| {
                    let name = name.trim_end_matches('…');
                    *d && reads_as_statement(name) && check(name).is_empty()
                })
                .count();
            // Names that still say what is wrong, where a demanded quality says what is wanted.
            let complaints = named
                .iter()
                .filter(|(name, _, _)| complains(name.trim_end_matches('…')))
                .count();
            let mut sizes = std::collections::BTreeMap::new();
            for (_, _, cards) in &named {
                *sizes
                    .entry(if level == "islands" { cards.len() } else { 0 })
                    .or_insert(0) += 1;
            }
            let sizes = if level == "islands" {
                sizes
                    .iter()
                    .map(|(k, v)| format!("{k}: {v}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            } else {
                let mut g = std::collections::BTreeMap::new();
                for c in &up.clusters {
                    *g.entry(c.members.len()).or_insert(0) += 1;
                }
                g.iter()
                    .map(|(k, v)| format!("{k}: {v}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let pct = |a: usize| 100.0 * a as f64 / n.max(1) as f64;
            println!(
                "{}\t{level}\t{n}\t{:.0} % ({rewritten})\t{needs}\t{:.0} %\t{:.0} % ({stating})\t{:.0} %\t{sizes}",
                file.file_name().unwrap().to_string_lossy(),
                pct(whole),
                pct(pass),
                pct(drafts),
                pct(complaints)
            );
        }
    }
}

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
    names_report();
}
