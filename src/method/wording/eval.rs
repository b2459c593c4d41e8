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

/// Whether a suggested island name (without a draft's "…") is made of whole words of `card`:
/// every word of the name, segmented (English: its words, in any case), is a word of the card
/// or a word of the positive rewrite rule 5 offers for a run of the card's words ("大灯足够亮"
/// from "晚上大灯不够亮"), and a leading "The" may be added. A name that cuts a word ("头发轻" from
/// "车头发轻") or brings words of its own is not.
pub fn whole_words_of(name: &str, card: &str) -> bool {
    let (zh, missing) = match missing_words(name, card) {
        Some(m) if m.1.is_empty() => return true,
        Some(m) => m,
        None => return false,
    };
    let rewritten = rewrite_words(card, zh);
    missing.iter().all(|w| rewritten.contains(w))
}

/// Whether a name is whole words of one of an island's cards ([`whole_words_of`]), or is such a
/// name with the subject another card of the island names put before it ("The robot goes home"
/// from "Goes home on its own" and "The robot was lost under the bed").
pub fn whole_words_in(name: &str, cards: &[&str]) -> bool {
    if cards.iter().any(|c| whole_words_of(name, c)) {
        return true;
    }
    let mut words = name.splitn(3, ' ');
    let (Some(the), Some(subject), Some(rest)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let subject = subject.to_lowercase();
    the == "The"
        && cards.iter().any(|c| words_of(c, false).contains(&subject))
        && cards.iter().any(|c| whole_words_of(rest, c))
}

/// Whether every word of `name` is a word of `card` itself, with no rewrite needed.
pub fn card_words_of(name: &str, card: &str) -> bool {
    missing_words(name, card).is_some_and(|(_, m)| m.is_empty())
}

/// (Chinese?, the words of `name` that `card` lacks), or None for a name with no words.
fn missing_words(name: &str, card: &str) -> Option<(bool, Vec<String>)> {
    let name = name.trim_end_matches('…').trim();
    let zh = name.chars().any(super::is_han);
    let name_words = words_of(name, zh);
    if name_words.is_empty() {
        return None;
    }
    let card_words = words_of(card, zh);
    let missing = name_words
        .into_iter()
        .enumerate()
        .filter(|(i, w)| !(card_words.contains(w) || (!zh && *i == 0 && w == "the")))
        .map(|(_, w)| w)
        .collect();
    Some((zh, missing))
}

/// The words of a text: segmented for Chinese, lowercased for English.
fn words_of(text: &str, zh: bool) -> Vec<String> {
    spans(text, zh)
        .into_iter()
        .filter(|&(_, _, word)| word)
        .map(|(a, b, _)| text[a..b].to_lowercase())
        .collect()
}

/// Words and separators of a text as (start, end, is a word); a separator ends a clause.
fn spans(text: &str, zh: bool) -> Vec<(usize, usize, bool)> {
    if zh {
        return super::segment::words(text)
            .iter()
            .filter(|w| !w.text.trim().is_empty())
            .map(|w| (w.start, w.end(), !w.is_punct()))
            .collect();
    }
    let mut out = Vec::new();
    let mut word: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let in_word = c.is_alphanumeric() || matches!(c, '\'' | '’' | '-');
        match (in_word, word) {
            (true, None) => word = Some(i),
            (false, Some(a)) => {
                out.push((a, i, true));
                word = None;
            }
            _ => {}
        }
        if !in_word && !c.is_whitespace() {
            out.push((i, i + c.len_utf8(), false));
        }
    }
    if let Some(a) = word {
        out.push((a, text.len(), true));
    }
    out
}

/// The words of every positive rewrite rule 5 offers for a run of words within a clause of
/// `card`: the names built from a card's clauses and their shorter runs come from these.
fn rewrite_words(card: &str, zh: bool) -> Vec<String> {
    let spans = spans(card, zh);
    let mut out = Vec::new();
    for clause in spans.split(|s| !s.2) {
        for i in 0..clause.len() {
            for j in i..clause.len() {
                let run = &card[clause[i].0..clause[j].1];
                // Rule 5's positive statement or the rewrite of a run's only hint, and the
                // wanted state of a complaint ("车筐太小" → "车筐足够大").
                let hints = super::check(run);
                let positive = hints
                    .iter()
                    .find(|h| h.rule == super::Rule::NoNegation || hints.len() == 1)
                    .and_then(|h| h.suggestion.clone());
                let wanted_of_positive = positive.as_deref().and_then(super::wanted);
                for p in [positive, super::wanted(run), wanted_of_positive]
                    .into_iter()
                    .flatten()
                {
                    out.extend(words_of(&p, zh));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A name rule 5 rewrote is whole words all the same; a name that cuts a word is not.
    #[test]
    fn names_in_whole_words() {
        let whole = [
            ("大灯足够亮", "晚上大灯不够亮"),
            ("晚上大灯足够亮", "说实话，晚上大灯不够亮。"),
            ("锅盖内侧拆得下来", "我妈说锅盖内侧拆不下来，洗不干净"),
            ("老人看得见", "屏幕字太小老人看不见"),
            ("按键好按", "喇叭按键不好按"),
            ("水温稳定", "洗澡时水温稳定"),
            ("车筐足够大", "车筐太小，装不下菜"),
            (
                "The charger is fast",
                "The charger is slow, refilling the pack takes forever",
            ),
            (
                "The milk gets hot enough",
                "Sadly the milk never gets hot enough.",
            ),
            (
                "The tank is easy to see",
                "Honestly, the tank isn't easy to see",
            ),
            ("The kettle boils quickly", "the kettle boils quickly"),
            ("充电器…", "充电器太大太重不好带"),
        ];
        for (name, card) in whole {
            assert!(whole_words_of(name, card), "{name} / {card}");
        }
        assert!(card_words_of("水温稳定", "洗澡时水温稳定"));
        assert!(!card_words_of("大灯足够亮", "晚上大灯不够亮"));
        let cut = [
            // 车头 cut; words the card does not hold; a rewrite of a card with no negation.
            ("头发轻", "骑行时车头发轻"),
            ("电量不足", "电池电量充足"),
            ("大灯足够亮", "晚上大灯很亮"),
            ("洗不干净", "锅盖内侧拆不下来"),
            ("The milk gets hot", "the milk never gets warm"),
            ("The tank is clear to see", "the tank is hard to see"),
        ];
        for (name, card) in cut {
            assert!(!whole_words_of(name, card), "{name} / {card}");
        }
    }

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
