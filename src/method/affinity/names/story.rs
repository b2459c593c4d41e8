//! What a name must not be: a story of what happened, a wish, what a person felt or did, or a
//! fault that keeps coming back.

use super::has_cjk;
use crate::method::wording::segment;

/// English verbs in the past tense: a remark telling what happened ("The help desk kept
/// asking", "The battery died"), not the state the customer wants.
const PAST: &[&str] = &[
    "was", "were", "had", "did", "kept", "went", "got", "took", "broke", "came", "said", "told",
    "gave", "found", "left", "ran", "fell", "sent", "made", "began", "bought", "thought", "saw",
    "stood", "wore", "tore", "shook", "spent", "lost", "caught", "brought", "became", "died",
    "stuck", "bent", "hung", "paid", "sold",
];
/// Words after which "-ed" is an adjective, not a past tense ("is clogged", "gets tangled").
const BEFORE_PARTICIPLE: &[&str] = &[
    "is", "are", "be", "been", "being", "gets", "get", "stays", "stay", "feels", "feel", "looks",
    "look", "seems", "seem", "becomes", "become", "remains", "remain", "too", "very", "so",
    "fully", "well", "badly", "easily", "not", "never", "always", "properly", "securely", "neatly",
    "firmly", "tightly", "evenly",
];

/// Chinese words for the people who use a product, as the subject of a remark.
#[rustfmt::skip]
const PEOPLE_ZH: &[&str] = &[
    "孩子", "小孩", "我", "我们", "家长", "妈妈", "爸爸", "爷爷", "奶奶", "老人", "同学", "老师",
    "女儿", "儿子", "老公", "老婆", "家人", "朋友", "邻居", "客户", "用户", "大家",
];

/// Words that make a wish or a condition of a name ("A brighter lamp would help").
const WISH_EN: &[&str] = &["would", "should", "could", "might", "wish", "hope"];

/// Whether a name tells what happened ("The help desk kept asking", "电机出了故障") or wishes
/// ("… would help") instead of stating a quality.
pub(super) fn narrative(name: &str) -> bool {
    if has_cjk(name) {
        // 了 after a verb: something happened.
        let words = segment::words(name);
        if words.iter().any(|w| w.tag == "ul") {
            return true;
        }
        // "孩子很喜欢", "孩子把音量调成静音": what a person feels or did. A person states a
        // quality by what the product lets them do ("老人一眼就能看清…", "孩子自己能添加联系人").
        // When it happened may come first ("夏天孩子玩水枪").
        let person = words
            .iter()
            .find(|w| w.tag != "t")
            .is_some_and(|w| PEOPLE_ZH.contains(&w.text) || w.tag == "nr")
            // "厨房有人开龙头洗碗": someone in a scene; "家里有宝宝": who lives there.
            || name.contains("有人")
            || ["家里有", "家有", "我家有", "家中有"].iter().any(|h| name.starts_with(h));
        // "得" only as a potential complement ("看得清"), not "玩得太多"; "会" is "will".
        let able = [
            "能", "可以", "容易", "方便", "不用", "得清", "得见", "得到", "得上", "得下", "得住",
            "得出", "得动",
        ]
        .iter()
        .any(|a| name.contains(a));
        return person && !able;
    }
    let words: Vec<String> = name
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    // "My hair is waist long", "My kids ride it like a toy car": a customer's own story.
    if matches!(
        words.first().map(String::as_str),
        Some("my" | "our" | "i" | "we")
    ) {
        return true;
    }
    words.iter().enumerate().any(|(i, w)| {
        // "… are clearly explained": an adverb may stand between the link and its participle.
        let link_at = |k: usize| BEFORE_PARTICIPLE.contains(&words[k].as_str());
        let after_link =
            i > 0 && (link_at(i - 1) || i > 1 && words[i - 1].ends_with("ly") && link_at(i - 2));
        PAST.contains(&w.as_str()) && !after_link
            || WISH_EN.contains(&w.as_str())
            || (i > 0
                && w.len() > 4
                && w.ends_with("ed")
                && !w.ends_with("eed")
                && !after_link
                && !crate::method::affinity::text::is_stop_word(&words[i - 1]))
    })
}

/// Whether an English name only says where a thing is ("The repair center is in another
/// country", "The wet pad sits on the dock"): a fact of one remark, not a quality.
pub(super) fn location_only(name: &str) -> bool {
    if has_cjk(name) {
        return false;
    }
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    words.windows(2).any(|p| {
        matches!(
            p[0].as_str(),
            "is" | "are" | "sits" | "sit" | "lies" | "lie"
        ) && matches!(
            p[1].as_str(),
            "in" | "on" | "at" | "under" | "inside" | "behind" | "next" | "beside"
        )
    })
}

/// Whether a name reports a fault that keeps happening ("通话经常断", "The virtual walls keep
/// disappearing"): a complaint with no plain opposite, which the team words, not a demanded
/// quality.
pub(super) fn recurring_fault(name: &str) -> bool {
    if has_cjk(name) {
        return ["经常", "老是", "总是", "动不动", "频繁", "时不时"]
            .iter()
            .any(|w| name.contains(w));
    }
    let words: Vec<String> = name
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words
        .windows(2)
        .any(|p| matches!(p[0].as_str(), "keeps" | "keep") && p[1].ends_with("ing"))
        || words
            .iter()
            .any(|w| matches!(w.as_str(), "constantly" | "randomly" | "repeatedly"))
}
