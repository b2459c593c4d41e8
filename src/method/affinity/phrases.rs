//! The phrases of a card that could name its island: each clause of the card with the words that
//! only frame it taken off ("我希望…", "I wish…", "…就好了", "…please"), and the shorter phrases
//! that start or end where the clause has a seam (after "…时", before "after …", "when …",
//! "但是…"). Every phrase starts and ends on a whole word, and none crosses a clause.

use crate::method::wording::segment;

/// Chinese words that only frame a remark: who speaks, a wish, a turn of the story.
const LEAD_ZH: &[&str] = &[
    "我",
    "我们",
    "咱们",
    "本人",
    "自己",
    "希望",
    "想",
    "想要",
    "要是",
    "如果",
    "觉得",
    "感觉",
    "就是",
    "但是",
    "可是",
    "不过",
    "而且",
    "结果",
    "然后",
    "后来",
    "还有",
    "另外",
    "其实",
    "真的",
    "说实话",
    "总之",
    "反正",
    "建议",
    "最好",
    "能不能",
    "可不可以",
    "总的来说",
    "主要",
    "主要是",
    "关键是",
    "问题是",
    "但",
    "现在",
    "而",
    "却",
    "只是",
    "工单",
    "访谈",
    "问卷",
    "用户",
    "反映",
    "评论",
    "就",
    "才",
    "还",
    "也",
    "又",
    "都",
    "这个",
    "这款",
    "这辆",
    "这台",
    "那个",
    "这",
    "那",
    "它",
    "他",
    "她",
    "你",
    "你们",
    "所以",
    "因为",
    "发现",
    "老是",
    "总是",
];
/// Verbs that report who says a remark: what comes before them is not the remark.
const SPEECH_ZH: &[&str] = &["说", "反映", "表示", "反馈", "吐槽"];
const SPEECH_EN: &[&str] = &["says", "said", "thinks", "reckons", "complains"];

/// Chinese words that only close a remark ("…就好了", "…一点").
const TAIL_ZH: &[&str] = &[
    "了",
    "啊",
    "吧",
    "呢",
    "嘛",
    "呀",
    "哦",
    "就好了",
    "就好",
    "就行了",
    "就行",
    "一点",
    "一些",
    "点",
    "些",
    "才好",
    "就更好了",
    "更好",
];
/// Chinese words after which a phrase may start: the end of a "when …" or a time.
const START_AFTER_ZH: &[&str] = &["时", "后", "的时候", "以后", "之后", "时候"];
/// English openings that frame a remark rather than state a quality, longest first where they
/// overlap. Matched as whole words at the start of a clause, repeatedly.
const LEAD_EN: &[&str] = &[
    "it would be nice if",
    "it would be great if",
    "would be nice if",
    "i would like",
    "i'd like",
    "i wish",
    "i want",
    "i hope",
    "i need",
    "we need",
    "i think",
    "i feel",
    "i find",
    "i guess",
    "i love that",
    "i like that",
    "i hate that",
    "i noticed",
    "only complaint",
    "biggest issue",
    "one thing",
    "minor gripe",
    "big plus",
    "pleasantly surprised",
    "must say",
    "annoying",
    "update",
    "wish i could",
    "wish there was",
    "wish it",
    "wish",
    "interview note",
    "interview",
    "survey",
    "support ticket",
    "ticket",
    "note",
    "to be honest",
    "honestly",
    "really",
    "please",
    "also",
    "and",
    "but",
    "so",
    "then",
    "plus",
    "sadly",
    "unfortunately",
    "frankly",
    "overall",
    "that",
    "even",
    "just",
    "still",
    "now",
];
/// English words that only close a remark.
const TAIL_EN: &[&str] = &[
    "please",
    "though",
    "anyway",
    "honestly",
    "really",
    "again",
    "too",
    "either",
    "lol",
    "now",
    "ever",
    "sometimes",
    "always",
];
/// English verdicts that close a remark without a stop ("The espresso tastes burnt which is a
/// shame").
const TAIL_PHRASES_EN: &[&str] = &[
    "which is a shame",
    "which is annoying",
    "really disappointing",
    "since day one",
    "otherwise fine",
    "so that's a win",
    "love it",
    "very happy",
    "not happy",
    "nothing to complain about",
    "to be honest",
    "to be fair",
    "if i'm honest",
];
/// English words that start an adjunct or a second clause: a phrase may end before them.
pub(super) const SEAMS_EN: &[&str] = &[
    "and", "but", "so", "because", "when", "whenever", "after", "before", "if", "since", "until",
    "while", "which", "though", "although", "every", "on", "in", "at", "for", "with", "from",
    "during", "by", "like", "unless", "once", "as", "than", "or", "between",
];
/// The longest phrase: a name is read from across the room.
pub(super) const MAX_CHARS_ZH: usize = 14;
pub(super) const MAX_WORDS_EN: usize = 9;

/// Characters that end a clause.
pub(super) fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '；'
            | '、'
            | '：'
            | '！'
            | '？'
            | ','
            | ';'
            | ':'
            | '.'
            | '!'
            | '?'
            | '('
            | ')'
            | '（'
            | '）'
            | '—'
            | '…'
            | '"'
            | '“'
            | '”'
    )
}

/// Whether the character `c` at byte `i` of `text` ends a clause: a point or comma between
/// digits does not ("Firmware 4.1", "0.3L", "1,200").
pub(super) fn breaks_at(text: &str, i: usize, c: char) -> bool {
    let in_number = matches!(c, '.' | ',')
        && text[..i].ends_with(|d: char| d.is_ascii_digit())
        && text[i + 1..].starts_with(|d: char| d.is_ascii_digit());
    is_clause_break(c) && !in_number
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(super::text::is_cjk)
}

/// The clauses of a card, trimmed, in order; questions ("…吗？", "Why does …?") state nothing
/// and are left out.
pub(super) fn clauses(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    let spaced_dash = |i: usize, c: char| {
        matches!(c, '-' | '–')
            && text[..i].ends_with(' ')
            && text[i + c.len_utf8()..].starts_with(' ')
    };
    for (i, c) in text.char_indices().chain([(text.len(), '.')]) {
        let breaks = i == text.len() || breaks_at(text, i, c);
        if !(breaks || i < text.len() && spaced_dash(i, c)) {
            continue;
        }
        let clause = text[from..i].trim();
        from = i + c.len_utf8();
        // "数据会不会删掉": a Chinese question by its "X不X" ("能不能…" asks for a change, and
        // its lead-in comes off).
        let asks = ["会不会", "是不是", "有没有", "要不要", "行不行"]
            .iter()
            .any(|q| clause.contains(q));
        let question = matches!(c, '?' | '？')
            || clause.ends_with('吗')
            || asks
            || opens_a_question_en(clause);
        if !clause.is_empty() && !question {
            out.push(clause);
        }
    }
    out
}

/// English words that open a question.
const QUESTION_EN: &[&str] = &[
    "why", "what", "how", "where", "who", "which", "does", "do", "did", "is", "are", "can",
    "could", "will", "should", "would",
];

/// Whether an English clause opens as a question does: with a question word or an auxiliary.
/// A modal that goes on to a wish ("Would like to set the temperature myself", "Should be
/// quieter") states one and asks nothing.
pub(super) fn opens_a_question_en(clause: &str) -> bool {
    let mut words = clause.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    let first = words.next().unwrap_or_default();
    let wish = matches!(first.as_str(), "would" | "could" | "should")
        && words
            .next()
            .is_some_and(|w| matches!(w.as_str(), "like" | "love" | "prefer" | "be" | "have"));
    QUESTION_EN.contains(&first.as_str()) && !wish
}

/// A clause's words as byte spans, with jieba's tag for Chinese ("" for English).
fn spans(clause: &str) -> Vec<(usize, usize, &'static str)> {
    if has_cjk(clause) {
        return segment::words(clause)
            .into_iter()
            .filter(|w| !w.is_punct() && !w.text.trim().is_empty())
            .map(|w| (w.start, w.end(), w.tag))
            .collect();
    }
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in clause.char_indices() {
        let inner = c.is_alphanumeric() || (matches!(c, '\'' | '’' | '-') && start.is_some());
        match (inner, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i, ""));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, clause.len(), ""));
    }
    out
}

/// How many words of `words` (lower case) an English lead-in takes from `at` on.
fn lead_en_len(words: &[String], at: usize) -> usize {
    LEAD_EN
        .iter()
        .map(|lead| lead.split(' ').collect::<Vec<_>>())
        .filter(|lead| {
            words.len() > at + lead.len()
                && lead.iter().zip(&words[at..]).all(|(a, b)| *a == b.as_str())
        })
        .map(|lead| lead.len())
        .max()
        .unwrap_or(0)
}

/// A clause's words without its framing: the index of the first word after the lead-in
/// ("Update:", "My partner says", "说实话") and of the last before the closing words; `None`
/// for a clause of framing words only ("Support ticket: …", "工单：…").
fn unframed_bounds(clause: &str, ws: &[(usize, usize, &str)]) -> Option<(usize, usize)> {
    if ws.len() < 2 {
        return None;
    }
    let zh = has_cjk(clause);
    let word = |i: usize| &clause[ws[i].0..ws[i].1];
    let lower: Vec<String> = (0..ws.len())
        .map(|i| word(i).to_lowercase().replace('’', "'"))
        .collect();
    if LEAD_EN.contains(&lower.join(" ").as_str())
        || zh && (0..ws.len()).all(|i| LEAD_ZH.contains(&word(i)))
    {
        return None;
    }
    // The lead-in: framing words at the clause's start, and who says it ("我妈说…",
    // "My partner says…").
    let mut first = (0..ws.len().min(4))
        .find(|&i| {
            i + 2 < ws.len()
                && if zh {
                    SPEECH_ZH.contains(&word(i))
                } else {
                    SPEECH_EN.contains(&lower[i].as_str())
                }
        })
        .map_or(0, |i| i + 1);
    loop {
        let take = if zh {
            let w = word(first);
            let pronoun = matches!(ws[first].2, "r" | "rr") && first + 1 < ws.len();
            usize::from(first + 1 < ws.len() && (LEAD_ZH.contains(&w) || pronoun))
        } else {
            lead_en_len(&lower, first)
        };
        if take == 0 {
            break;
        }
        first += take;
    }
    // The tail: words that only close the remark.
    let mut last = ws.len() - 1;
    while last > first {
        let w = if zh {
            word(last).to_string()
        } else {
            lower[last].clone()
        };
        // A closing verdict of several words ("… which is a shame", "… since day one").
        let verdict = (!zh)
            .then(|| {
                TAIL_PHRASES_EN.iter().find_map(|p| {
                    let n = p.split(' ').count();
                    (last >= first + n
                        && p.split(' ')
                            .zip(&lower[last + 1 - n..=last])
                            .all(|(a, b)| a == b))
                    .then_some(n)
                })
            })
            .flatten();
        if let Some(n) = verdict {
            last -= n;
            continue;
        }
        let closing = if zh {
            TAIL_ZH.contains(&w.as_str()) || ws[last].2 == "y"
        } else {
            TAIL_EN.contains(&w.as_str())
        };
        if !closing {
            break;
        }
        last -= 1;
    }
    (last > first).then_some((first, last))
}

/// A text from the end of its first clause's lead-in on ("must say the whole thing is easy
/// …" → "the whole thing is easy …"), for a clause too long to give a phrase.
pub(super) fn after_lead_in(text: &str) -> &str {
    let Some(clause) = clauses(text).into_iter().next() else {
        return text;
    };
    let ws = spans(clause);
    match unframed_bounds(clause, &ws) {
        Some((first, _)) if first > 0 => {
            let at = clause.as_ptr() as usize - text.as_ptr() as usize + ws[first].0;
            &text[at..]
        }
        _ => text,
    }
}

/// The candidate phrases of one card, each a run of its whole words inside one clause.
pub(super) fn phrases(card: &str) -> Vec<String> {
    let mut out = Vec::new();
    for clause in clauses(card) {
        let ws = spans(clause);
        let Some((first, last)) = unframed_bounds(clause, &ws) else {
            continue;
        };
        let zh = has_cjk(clause);
        let word = |i: usize| &clause[ws[i].0..ws[i].1];
        let lower: Vec<String> = (0..ws.len())
            .map(|i| word(i).to_lowercase().replace('’', "'"))
            .collect();
        // Seams: where a shorter phrase may start or end.
        let mut starts = vec![first];
        let mut ends = vec![last];
        for i in first + 1..last {
            if zh {
                if START_AFTER_ZH.contains(&word(i)) {
                    starts.push(i + 1);
                }
                if ws[i + 1].2 == "c" {
                    ends.push(i);
                }
            } else if SEAMS_EN.contains(&lower[i + 1].as_str()) {
                // A short "with …" or "without …" at the end says how ("fits the mount with
                // one hand", "comes apart without tools"): the quality, not a scene to drop.
                let manner = matches!(lower[i + 1].as_str(), "with" | "without") && last - i <= 4;
                if !manner {
                    ends.push(i);
                }
            }
        }
        if zh && ws[first].2 == "t" && first + 1 < last {
            starts.push(first + 1);
        }
        for &s in &starts {
            for &e in &ends {
                if e <= s || s > last {
                    continue;
                }
                let text = &clause[ws[s].0..ws[e].1];
                let long = if zh {
                    text.chars().count() > MAX_CHARS_ZH
                } else {
                    e + 1 - s > MAX_WORDS_EN
                };
                if !long {
                    out.push(text.to_string());
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The clause of a card that says most of what `weight` values (the island's shared words),
/// with its framing words taken off, for a draft name; the first such clause on a tie, and
/// never a clause of framing words only ("After a month: …", "用了一个月，…").
pub(super) fn main_clause(card: &str, weight: impl Fn(&str) -> f32) -> Option<String> {
    let mut best: Option<(f32, String)> = None;
    for clause in clauses(card) {
        // The clause is weighed by its longest phrase, so that a long clause does not outweigh a
        // short one by its length alone.
        // An English clause too long for a phrase of its own ("Waiting for the steam to be
        // ready drives me mad since day one") still stands for its card, weighing nothing.
        let longest = phrases(clause).into_iter().max_by_key(|p| p.len());
        if longest.is_none() && has_cjk(clause) {
            continue;
        }
        // Only more of the shared words wins over an earlier clause: a remark opens on what it
        // is about ("接通要等好几秒，孩子以为没打通就挂了"), and a longer aside does not outweigh it.
        let w = longest.as_deref().map_or(0.0, &weight);
        if best.as_ref().is_some_and(|(b, _)| w.floor() <= b.floor()) {
            continue;
        }
        // An English clause is kept whole without its lead-in and tail, however long: the draft
        // cuts it where a statement ends ("The cleaning history with the map of each run is
        // neat" says more than its longest phrase, "The cleaning history"). A Chinese draft is
        // cut to its length in characters, so its longest phrase serves (one that starts after
        // a time, "…后").
        let ws = spans(clause);
        let p = match (unframed_bounds(clause, &ws), longest) {
            (Some((first, last)), _) if !has_cjk(clause) => {
                clause[ws[first].0..ws[last].1].to_string()
            }
            (_, Some(longest)) => longest,
            (_, None) => continue,
        };
        best = Some((w, p));
    }
    best.map(|(_, p)| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Between clauses that hold as much of the shared words, the first stands for the card,
    /// however long the aside after it.
    #[test]
    fn the_main_clause_is_the_first_unless_another_holds_more() {
        let by_length = |p: &str| 0.01 * p.chars().count() as f32;
        assert_eq!(
            main_clause("接通要等好几秒，孩子以为没打通就挂了", by_length).as_deref(),
            Some("接通要等好几秒")
        );
        let shared = |p: &str| if p.contains("挂") { 1.0 } else { 0.0 };
        assert_eq!(
            main_clause("接通要等好几秒，孩子以为没打通就挂了", shared).as_deref(),
            Some("孩子以为没打通就挂")
        );
    }

    #[test]
    fn lead_ins_and_tails_come_off() {
        let p = phrases("我希望起步柔和一点");
        assert!(p.contains(&"起步柔和".to_string()), "{p:?}");
        let p = phrases("I wish the battery lasted longer, please");
        assert!(
            p.contains(&"the battery lasted longer".to_string()),
            "{p:?}"
        );
        let p = phrases("The battery runs flat after twenty minutes");
        assert!(p.contains(&"The battery runs flat".to_string()), "{p:?}");
        assert!(p.iter().all(|s| !s.contains(',')), "{p:?}");
    }

    /// "with one hand" says how the rider fits the mount: the phrase keeps it.
    #[test]
    fn a_short_with_phrase_stays_with_its_verb() {
        let p = phrases("The rider fits the mount with one hand");
        assert!(
            !p.contains(&"The rider fits the mount".to_string()),
            "{p:?}"
        );
        let p = phrases("The robot gets stuck with cables lying all over the floor");
        assert!(p.contains(&"The robot gets stuck".to_string()), "{p:?}");
    }

    #[test]
    fn phrases_never_start_mid_word() {
        for card in ["凭面板就能学会操作", "爬坡时车头发轻", "下雨天骑完车座全湿"]
        {
            let ws: Vec<&str> = segment::words(card).iter().map(|w| w.text).collect();
            for p in phrases(card) {
                // Every phrase is a run of the card's own words.
                let ok = (0..ws.len()).any(|a| (a..ws.len()).any(|b| ws[a..=b].concat() == p));
                assert!(ok, "{card}: {p}");
            }
        }
    }
}
