//! Scores the wording checks against a labelled corpus (`statement,rules,note`, rules as "2;6" or
//! empty for a clean statement): the share of broken rules found, the share of clean statements
//! flagged, and precision and recall per rule. Used by `examples/wording_eval.rs` and by the test
//! that keeps the targets met.

use std::path::Path;

use super::{Rule, check};

/// One statement with the rules a person judged it to break.
#[derive(Debug, Clone)]
pub struct Labelled {
    pub text: String,
    pub rules: Vec<u8>,
}

/// Reads a labelled corpus; an unknown rule number is an error, not a silent zero.
pub fn load(path: &Path) -> anyhow::Result<Vec<Labelled>> {
    let mut r = csv::Reader::from_path(path)?;
    let mut out = Vec::new();
    for rec in r.records() {
        let rec = rec?;
        let text = rec.get(0).unwrap_or_default().to_string();
        let mut rules = Vec::new();
        for part in rec.get(1).unwrap_or_default().split(';') {
            let part = part.trim();
            if part.is_empty() {
                continue;
            }
            let n: u8 = part.parse()?;
            anyhow::ensure!((1..=8).contains(&n), "rule {n} in {text:?}");
            rules.push(n);
        }
        out.push(Labelled { text, rules });
    }
    Ok(out)
}

/// Counts for one rule.
#[derive(Debug, Clone, Copy, Default)]
pub struct RuleCount {
    /// Statements labelled as breaking the rule.
    pub labelled: usize,
    /// Statements the checker flagged for the rule.
    pub flagged: usize,
    /// Both.
    pub agreed: usize,
}

impl RuleCount {
    pub fn recall(&self) -> f64 {
        ratio(self.agreed, self.labelled)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.agreed, self.flagged)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Score {
    pub rules: [RuleCount; 8],
    pub clean: usize,
    pub clean_flagged: usize,
    /// (statement, labelled rules, flagged rules) where the two differ.
    pub disagreements: Vec<(String, Vec<u8>, Vec<u8>)>,
}

impl Score {
    /// Share of broken rules found, over all labelled (statement, rule) pairs.
    pub fn recall(&self) -> f64 {
        let found: usize = self.rules.iter().map(|r| r.agreed).sum();
        let all: usize = self.rules.iter().map(|r| r.labelled).sum();
        ratio(found, all)
    }
    /// Share of flags that name a labelled rule.
    pub fn precision(&self) -> f64 {
        let agreed: usize = self.rules.iter().map(|r| r.agreed).sum();
        let flagged: usize = self.rules.iter().map(|r| r.flagged).sum();
        ratio(agreed, flagged)
    }
    /// Share of clean statements that got any hint.
    pub fn clean_flag_rate(&self) -> f64 {
        ratio(self.clean_flagged, self.clean)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

pub fn score(corpus: &[Labelled]) -> Score {
    let mut s = Score::default();
    for l in corpus {
        let flagged: Vec<u8> = check(&l.text).iter().map(|h| h.rule.number()).collect();
        for r in Rule::ALL {
            let n = r.number();
            let c = &mut s.rules[usize::from(n - 1)];
            let lab = l.rules.contains(&n);
            let fl = flagged.contains(&n);
            c.labelled += usize::from(lab);
            c.flagged += usize::from(fl);
            c.agreed += usize::from(lab && fl);
        }
        if l.rules.is_empty() {
            s.clean += 1;
            s.clean_flagged += usize::from(!flagged.is_empty());
        }
        let mut want = l.rules.clone();
        want.sort_unstable();
        if want != flagged {
            s.disagreements.push((l.text.clone(), want, flagged));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(lang: &str) -> Vec<Labelled> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/wording-corpus")
            .join(format!("{lang}.csv"));
        load(&path).unwrap()
    }

    fn assert_targets(lang: &str) {
        let c = corpus(lang);
        assert!(c.len() >= 150, "{lang}: {} statements", c.len());
        let s = score(&c);
        assert!(
            s.clean * 4 >= c.len(),
            "{lang}: only {} clean statements",
            s.clean
        );
        let misses: Vec<_> = s
            .disagreements
            .iter()
            .filter(|(_, want, got)| want.iter().any(|r| !got.contains(r)) || want.is_empty())
            .collect();
        assert!(
            s.recall() >= 0.90,
            "{lang}: found {:.1} % of broken rules; misses: {misses:#?}",
            s.recall() * 100.0
        );
        assert!(
            s.clean_flag_rate() <= 0.05,
            "{lang}: flagged {:.1} % of clean statements; {misses:#?}",
            s.clean_flag_rate() * 100.0
        );
    }

    #[test]
    fn english_corpus_meets_targets() {
        assert_targets("en");
    }

    #[test]
    fn chinese_corpus_meets_targets() {
        assert_targets("zh");
    }

    #[test]
    fn the_corpus_holds_the_method_seeds() {
        let zh = corpus("zh");
        for seed in [
            "能在雨中持久地经受大强度地冲击",
            "能改变颜色",
            "可靠性好",
            "抗拉强度高",
            "用电子打火器",
            "能稳定地点着",
            "携带时别把包搞脏了",
        ] {
            assert!(zh.iter().any(|l| l.text == seed), "{seed}");
        }
    }
}
