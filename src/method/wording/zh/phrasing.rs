//! Rules 6 to 8: the object, concreteness, a state rather than a wish.

use super::content::*;
use super::negation::negation_hit;
use super::shared::*;
use super::structure::*;
use crate::method::wording::segment::{Word, content_words};
use crate::method::wording::{Hint, Rule, useful};

// ---- rule 6 ------------------------------------------------------------------------

/// Openers that show the subject is missing, longest first.
#[rustfmt::skip]
pub(super) const LEADS: &[&str] = &[
    "能够", "可以", "容易", "易于", "便于", "方便", "非常", "比较", "十分", "特别", "总是", "一直", "始终", "随时", "快速",
    "迅速", "轻松", "能", "可", "会", "很", "易", "挺", "更",
];

/// Nouns that say how or when, not what: "单手能打开" still names nothing.
pub(super) const MANNER_NOUNS: &[&str] =
    &["单手", "双手", "一只手", "每次", "随时", "整夜", "全天"];

/// Whether the statement names a thing: a noun that is not a time, a manner or (before the
/// predicate) a bare property. "声音小" names only a property; "能改变颜色" names 颜色 as
/// what is acted on.
pub(super) fn names_thing(words: &[Word]) -> bool {
    let pred = words
        .iter()
        .position(|w| w.is_verb() || w.is_adjective() || MODALS.contains(&w.text));
    // "颜色改变" says what changes; "声音小" rates a property of something unnamed.
    let rated = pred.is_some_and(|p| words[p].is_adjective() || words[p].tag == "d");
    words.iter().enumerate().any(|(k, w)| {
        let after_pred = pred.is_some_and(|p| k > p) || !rated;
        (w.is_noun() || (w.tag == "r" && w.text != "每次") || (after_pred && w.tag == "s"))
            && !matches!(w.tag, "t" | "m" | "mq")
            && !MANNER_NOUNS.contains(&w.text)
            && (after_pred || !ATTRIBUTE_NOUNS.contains(&w.text))
    })
}

pub(super) fn object(text: &str) -> Option<Hint> {
    let words = content_words(text);
    let len: usize = words.iter().map(|w| w.text.chars().count()).sum();
    let has_pred = words
        .iter()
        .any(|w| w.is_verb() || w.is_adjective() || w.tag == "d" || MODALS.contains(&w.text));
    // A characteristic word ("强度高") is rule 3's to report.
    let measured = characteristic_hit(text).is_some();
    // "希望…" leaves out the customer, not the product: rule 8's to say. A lone modal ("能") is
    // a statement half typed.
    let content: String = text.chars().filter(|&c| is_content(c)).collect();
    let wish = WISH_LEADS.iter().any(|l| content.starts_with(l));
    let lone_modal = words.len() == 1 && MODALS.contains(&words[0].text);
    if wish || lone_modal {
        return None;
    }
    if len <= 10 && has_pred && !measured && !words.is_empty() && !names_thing(&words) {
        let first = words[0].text;
        let property = ATTRIBUTE_NOUNS.contains(&first);
        let (en, zh, suggestion) = if property {
            (
                format!("'{first}' of what? Name the thing it belongs to"),
                format!("是什么的“{first}”？请写出它属于的对象"),
                format!("…的{text}"),
            )
        } else {
            (
                format!("'{text}' names nothing: say what it acts on or what it is about"),
                format!("“{text}”没有写出对象：请写明作用于什么、说的是什么"),
                format!("…{text}"),
            )
        };
        return Some(Hint::new(Rule::ExplicitObject, en, zh, Some(suggestion)));
    }
    let content: String = text.chars().filter(|&c| is_content(c)).collect();
    let first = LEADS.iter().find(|l| content.starts_with(**l))?;
    // Strip openers and adverbials ("可靠地") to see what is left to carry the object.
    let mut rest = &content[first.len()..];
    loop {
        if let Some(l) = LEADS.iter().find(|l| rest.starts_with(**l)) {
            rest = &rest[l.len()..];
            continue;
        }
        let adverbial = rest
            .char_indices()
            .take(5)
            .find(|&(_, c)| c == '地')
            .map(|(i, c)| i + c.len_utf8());
        match adverbial {
            Some(end) if end < rest.len() => rest = &rest[end..],
            _ => break,
        }
    }
    if rest.chars().count() > 2 {
        return None;
    }
    Some(Hint::new(
        Rule::ExplicitObject,
        format!("starts with '{first}' and names nothing: say what it acts on or what it is about"),
        format!("以“{first}”开头，没有写出对象：请写明作用于什么、说的是什么"),
        Some(format!("…{text}")),
    ))
}

// ---- rule 7 ------------------------------------------------------------------------

pub(super) const MAX_CHARS: usize = 20;
/// Verbs that take 好 as a result ("修好" repaired, "装好" installed).
pub(super) const RESULT_VERBS: &str =
    "修做装调备放弄设关盖锁拧洗煮烧搞理收系绑扣插接停摆写办拿包穿戴坐站搭封热充烤蒸烘晾泡";
#[rustfmt::skip]
pub(super) const ABSTRACT: &[&str] = &[
    "不错", "优秀", "完美", "优质", "高品质", "高档", "上档次", "一流", "出色", "很棒", "良好", "更好",
    "各方面", "让人满意", "令人满意", "一种享受", "很顶", "真顶", "给力", "很赞", "绝了", "yyds",
];
#[rustfmt::skip]
pub(super) const VAGUE: &[&str] = &[
    "人性化", "方便", "舒服", "舒适", "好用", "好看", "便捷", "实用", "简单", "轻松", "满意",
];
pub(super) const FILLER: &str = "很非常更比较十分特别挺超太最的了得地啊呀呢吧";

pub(super) fn concrete(text: &str) -> Option<Hint> {
    let mut reasons: Vec<(String, String)> = Vec::new();
    let n = content_len(text);
    if n > MAX_CHARS {
        reasons.push((
            format!("{n} characters; keep it to one short statement (at most {MAX_CHARS})"),
            format!("共 {n} 个字，请写成一条简短的陈述（不超过 {MAX_CHARS} 个字）"),
        ));
    }
    let content: String = text.chars().filter(|&c| is_content(c)).collect();
    let trimmed = content.trim_end_matches(|c: char| "的了啊呀呢吧".contains(c));
    // "修好", "装好": 好 after a verb says the job is done, not that it is good.
    let ends_hao = trimmed.ends_with('好')
        && ![
            "最好", "正好", "刚好", "只好", "就好", "友好", "爱好", "完好",
        ]
        .iter()
        .any(|w| trimmed.ends_with(w))
        && !trimmed
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|c| RESULT_VERBS.contains(c));
    // "可靠性好", "透气性良好": praise right after a characteristic word rates the measure,
    // which is rule 3's to name; the praise is not abstract on its own.
    let rating_from = characteristic_hit(&content).map(|(at, w, _)| at + w.len());
    let rates = |pos: usize| {
        rating_from.is_some_and(|from| {
            pos >= from
                && content[from..pos]
                    .chars()
                    .all(|c| "很非常较更十分特别挺".contains(c))
        })
    };
    let hao_at = trimmed.len().saturating_sub('好'.len_utf8());
    let strong = ABSTRACT
        .iter()
        .find(|w| content.match_indices(**w).any(|(at, _)| !rates(at)))
        .copied()
        .or((ends_hao && !rates(hao_at)).then_some("好"));
    if let Some(w) = strong {
        reasons.push((
            format!("'{w}' is abstract; say what makes it so"),
            format!("“{w}”太抽象，请写出具体表现"),
        ));
    } else if let Some(w) = VAGUE.iter().find(|w| content.contains(**w)) {
        let left = content.replacen(w, "", 1);
        let rest = left.chars().filter(|&c| !FILLER.contains(c)).count();
        if rest <= 2 {
            reasons.push((
                format!("'{w}' alone is vague; say in what way"),
                format!("只说“{w}”太笼统，请写出具体在哪方面"),
            ));
        }
    }
    if reasons.is_empty() {
        return None;
    }
    let (en, zh): (Vec<String>, Vec<String>) = reasons.into_iter().unzip();
    Some(Hint::new(
        Rule::Concrete,
        en.join("; "),
        zh.join("；"),
        None,
    ))
}

// ---- rule 8 ------------------------------------------------------------------------

#[rustfmt::skip]
pub(super) const WISH_WORDS: &[&str] = &[
    "希望", "想要", "但愿", "盼望", "期望", "最好", "能不能", "可不可以", "能否", "应该", "必须", "就好了", "就好啦", "就更好了",
    "我想",
];
#[rustfmt::skip]
pub(super) const WISH_LEADS: &[&str] = &[
    "我们希望", "我希望", "希望", "我们想要", "我想要", "想要", "但愿", "盼望", "期望", "我想", "最好", "请", "需要", "我需要",
];
pub(super) const WISH_TAILS: &[&str] = &["就更好了", "就好了", "就好啦", "就好", "吧", "啊", "呀"];
pub(super) const WISH_INNER: &[(&str, &str)] = &[
    ("能不能", "能"),
    ("可不可以", "可以"),
    ("能否", "能"),
    ("应该", ""),
    ("必须", ""),
];

pub(super) fn wish(text: &str) -> Option<Hint> {
    let mut trigger: Option<(usize, &str)> = None;
    for &w in WISH_WORDS {
        if let Some(at) = text.find(w) {
            if trigger.is_none_or(|(b, _)| at < b) {
                trigger = Some((at, w));
            }
        }
    }
    let content_start = text.trim_start_matches(|c: char| !is_content(c));
    for lead in ["请", "需要", "我需要", "我们需要"] {
        if content_start.starts_with(lead) && trigger.is_none() {
            trigger = Some((0, lead));
        }
    }
    // "携带时别把包搞脏了": 别 and 不要 plead rather than describe.
    if trigger.is_none() {
        if let Some((at, '别')) = negation_hit(text) {
            trigger = Some((at, "别"));
        } else if let Some(at) = text.find("不要") {
            trigger = Some((at, "不要"));
        }
    }
    // "安全保护要齐全", "外观要干净好看": 要 before a state says it must be so.
    if trigger.is_none() {
        if let Some(rest) = must_be(text) {
            return Some(Hint::new(
                Rule::StateNotWish,
                "'要' states a requirement to meet; describe the state instead".into(),
                "“要”是要求的说法，请写成状态".into(),
                Some(rest),
            ));
        }
    }
    let (_, word) = trigger?;
    Some(Hint::new(
        Rule::StateNotWish,
        format!("'{word}' states a wish; describe the state instead"),
        format!("“{word}”是愿望的说法，请写成状态"),
        wish_rewrite(text),
    ))
}

/// The statement without its 要 where 要 says a thing must be in a state ("安全保护要齐全" →
/// "安全保护齐全"); not where it tells a wait, a step to take or a need ("要一个多小时", "要先放
/// 冷水", "要用手机").
fn must_be(text: &str) -> Option<String> {
    let words = content_words(text);
    let at = words.iter().position(|w| w.text == "要")?;
    let (before, after) = (&words[..at], &words[at + 1..]);
    let named = before.iter().any(|w| w.is_noun() || w.tag == "an");
    // A state: an adjective, an ability ("要能防水") or a verb with its complement ("要来得快");
    // a verb alone is a step to take ("要下来推", "要双方同意").
    let state = after.first().is_some_and(|w| {
        w.is_adjective() || w.tag == "l" || MODALS.contains(&w.text) || w.text.contains('得')
    });
    // "补胎要拆后轮…": a verb with its object is a step to take.
    let step = after.first().is_some_and(|w| w.is_verb()) && after[1..].iter().any(|w| w.is_noun());
    let short: usize = after.iter().map(|w| w.text.chars().count()).sum();
    if !named || !state || step || short > 6 {
        return None;
    }
    let w = &words[at];
    let rewrite = format!("{}{}", &text[..w.start], &text[w.end()..]);
    super::statement::reads_as_statement(&rewrite).then_some(rewrite)
}

/// A state asked for as more than now ("再小一点", "更亮一些", "更加安静") said as the state
/// ("小", "亮", "安静"), when a one- or two-character adjective follows the degree word.
fn more_of_a_state(s: &str) -> String {
    let words = content_words(s);
    let tail_of = |end: usize| {
        let rest = &s[end..];
        ["一点儿", "一点", "一些", "点儿", "点", "些"]
            .iter()
            .find_map(|t| rest.strip_prefix(t))
            .unwrap_or(rest)
            .to_string()
    };
    // jieba may join the degree word to a one-character adjective ("更亮").
    if let Some(w) = words.iter().find(|w| {
        let mut cs = w.text.chars();
        matches!((cs.next(), cs.next(), cs.next()), (Some('再' | '更'), Some(a), None)
            if "亮大小快慢轻高低长短宽强稳静薄厚软硬".contains(a))
    }) {
        let adj = &w.text['更'.len_utf8()..];
        return format!("{}{adj}{}", &s[..w.start], tail_of(w.end()));
    }
    let Some(i) = words
        .iter()
        .position(|w| ["再", "更", "更加"].contains(&w.text))
    else {
        return s.to_string();
    };
    let Some(adj) = words.get(i + 1).filter(|w| w.is_adjective()) else {
        return s.to_string();
    };
    let rest = tail_of(adj.end());
    format!("{}{}{}", &s[..words[i].start], adj.text, rest)
}

pub(super) fn wish_rewrite(text: &str) -> Option<String> {
    let mut s = text
        .trim()
        .trim_end_matches(|c: char| is_punct(c))
        .to_string();
    let mut tail = false;
    for t in WISH_TAILS {
        if let Some(x) = s.strip_suffix(t) {
            s = x.to_string();
            tail = t.starts_with('就');
            break;
        }
    }
    if tail {
        for cond in ["要是", "如果", "假如", "若是"] {
            if let Some(x) = s.strip_prefix(cond) {
                s = x.to_string();
                break;
            }
        }
    }
    // "想要防扎的轮胎" wants a thing: without the lead it is a noun phrase, no statement.
    let mut wants_a_thing = false;
    if let Some(l) = WISH_LEADS.iter().find(|l| s.starts_with(**l)) {
        wants_a_thing = l.ends_with("想要") || l.ends_with("需要");
        s = s[l.len()..]
            .trim_start_matches(|c: char| is_punct(c))
            .to_string();
    }
    if wants_a_thing && !super::statement::reads_as_statement(&s) {
        return None;
    }
    for (from, to) in WISH_INNER {
        s = s.replacen(from, to, 1);
    }
    // "请让房间保持凉爽", "能不能让绑带一直保持紧": asked of someone; the state is what follows
    // 让 ("房间保持凉爽", "绑带一直保持紧").
    for ask in ["能让", "让"] {
        if let Some(x) = s.strip_prefix(ask).filter(|x| x.chars().count() >= 3) {
            s = x.to_string();
            break;
        }
    }
    // "希望声音再小一点" → "声音小": more of a state than now is the state itself; a
    // comparison with now is no demanded quality.
    s = more_of_a_state(&s);
    // "希望水温" half typed gives no "水温": the rewrite states something of it.
    let states = content_words(&s)
        .iter()
        .any(|w| w.is_verb() || w.is_adjective() || w.tag == "l");
    if negation_hit(&s).is_some() || !states {
        return None;
    }
    useful(text, s)
}
