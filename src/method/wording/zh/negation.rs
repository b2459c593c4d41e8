//! Rule 5: a negation, and the positive statement that says the same ("屏幕看不清" →
//! "屏幕看得清", "不够亮" → "足够亮").

use super::shared::*;
use crate::method::wording::segment;
use crate::method::wording::{Hint, Rule, useful};

/// Words containing a negation character that are not negations.
#[rustfmt::skip]
pub(super) const NEG_NOT: &[&str] = &[
    "不锈钢", "不倒翁", "差不多", "不粘锅", "了不起", "对不起", "不得了", "不同", "不管", "不断", "不错", "不久", "不仅", "不但",
    "不论", "不少", "淹没", "埋没", "沉没", "出没", "吞没", "没收", "无线", "无人机", "无论", "无限", "无缝", "无比", "无疑",
    "无数", "虚无", "别人", "别的", "别墅", "别针", "别致", "别扭", "别名", "别称", "特别", "区别", "分别", "级别", "类别",
    "识别", "告别", "个别", "性别", "派别", "辨别", "鉴别", "离别", "送别", "差别", "能不能", "可不可以",
    "是不是", "行不行", "要不要", "会不会", "动不动", "别家", "别处", "别款", "别的牌子",
];
/// 不断 before what is cut off ("不断线", "不断电", "不断网") denies the cut, where 不断 alone
/// means "continuously".
const BROKEN_OFF: &[&str] = &["不断线", "不断电", "不断网", "不断连"];
/// Verbs that form "V不R" potential complements ("冻不坏", "摔不碎").
pub(super) const COMPLEMENT_VERBS: &str = "冻摔压用洗穿坐踩撞晒烧泡拉扯碰砸踢折弯看听吃拧关打";
/// "不X" → a positive state.
pub(super) const ANTONYMS: &[(&str, &str)] = &[
    ("不容易坏", "耐用"),
    ("不易坏", "耐用"),
    ("不漏水", "密封"),
    ("不漏气", "密封"),
    ("不烫手", "摸着凉"),
    ("不生锈", "耐锈蚀"),
    ("不变形", "保持形状"),
    ("不掉色", "保持颜色"),
    ("不褪色", "保持颜色"),
    ("不复杂", "简单"),
    ("不漏", "密封"),
    ("不重", "轻"),
    ("不烫", "摸着凉"),
    ("不吵", "安静"),
    ("不闷", "透气"),
    ("不贵", "实惠"),
    ("不坏", "耐用"),
    ("不滑", "防滑"),
    ("不脏", "干净"),
    ("不湿", "干爽"),
    ("不慢", "快"),
    ("不难", "容易"),
    ("不晃", "稳"),
    ("不卡顿", "流畅"),
    ("不卡", "顺畅"),
    ("不堵", "畅通"),
    ("不碎", "结实"),
    ("不足", "充足"),
    ("不冷", "暖和"),
    ("不热", "凉爽"),
];

/// The first negation: (byte offset, the character).
pub(super) fn negation_hit(text: &str) -> Option<(usize, char)> {
    text.char_indices().find(|&(at, c)| {
        // "在不平的地面上": 不X的 describes a noun, the statement itself is positive.
        let modifier = c == '不'
            && text[at + c.len_utf8()..]
                .char_indices()
                .take(3)
                .any(|(i, d)| d == '的' && i > 0);
        !modifier
            && matches!(c, '不' | '没' | '无' | '别' | '勿')
            // "不断线", "不断电": not "continuously" but "does not drop".
            && (BROKEN_OFF.iter().any(|b| text[at..].starts_with(b))
                || !NEG_NOT.iter().any(|w| {
                    // Does an excepted word cover this character? Only starts that put `c`
                    // inside `w` are tried, so the cost does not grow with the text.
                    w.match_indices(c).any(|(off, _)| {
                        at >= off
                            && text.is_char_boundary(at - off)
                            && text[at - off..].starts_with(w)
                    })
                }))
    })
}

/// Whether what follows a word leaves it whole: nothing, punctuation or a closing particle.
fn closes(after: &str) -> bool {
    after
        .chars()
        .next()
        .is_none_or(|c| is_punct(c) || "了的啊呀吧".contains(c))
}

pub(super) fn negation(text: &str) -> Option<Hint> {
    let (at, _) = negation_hit(text)?;
    // The negation and the words after it, up to three characters or more, never half a word:
    // "不好清洗", not "不好清"; "看不清" whole.
    let words = segment::words(text);
    let from = words
        .iter()
        .find(|w| w.start < at && at < w.end())
        .map_or(at, |w| w.start);
    let mut end = at;
    for w in words.iter().filter(|w| w.end() > at) {
        if w.is_punct() || text[from..end].chars().count() >= 3 {
            break;
        }
        end = w.end();
    }
    let shown = &text[from..end];
    // "冻不坏", "摔不坏": what it withstands, said by 耐 ("耐冻", "耐摔").
    let withstands = WITHSTANDS.iter().find_map(|(neg, pos)| {
        let start = at.checked_sub(neg.find('不')?)?;
        text.get(start..)?
            .starts_with(neg)
            .then(|| format!("{}{pos}{}", &text[..start], &text[start + neg.len()..]))
    });
    let suggestion = withstands
        .or_else(|| {
            ANTONYMS
                .iter()
                .find(|(neg, _)| text[at..].starts_with(neg))
                // "冻不坏" (won't break when frozen) is not "坏" negated on its own.
                .filter(|_| !prev_char(text, at).is_some_and(|p| COMPLEMENT_VERBS.contains(p)))
                // The negated word ends where a word does: "不卡顿" is no "不卡" + 顿.
                // A one-character quality with more after it may start another word the
                // dictionary splits ("不闷汗": 闷汗 is stuffy sweat; "透气汗" says nothing).
                .filter(|(neg, _)| {
                    let end = at + neg.len();
                    closes(&text[end..])
                        || neg.chars().count() > 2 && words.iter().any(|w| w.end() == end)
                })
                .and_then(|(neg, pos)| {
                    let rest = &text[at + neg.len()..];
                    // "从不", "并不", "一点也不" stress the negation; the positive states the quality
                    // alone.
                    let head = [
                        "从来",
                        "从",
                        "并",
                        "一点也",
                        "一点都",
                        "根本",
                        "完全",
                        "绝对",
                    ]
                    .iter()
                    .find_map(|s| text[..at].strip_suffix(s))
                    .unwrap_or(&text[..at]);
                    // "不会漏" and "不能" carry a modal; the table only knows bare forms.
                    useful(text, format!("{head}{pos}{rest}"))
                })
                .or_else(|| positive(text, at))
        })
        // A rewrite that still negates elsewhere is only half done.
        .filter(|s| negation_hit(s).is_none());
    Some(Hint::new(
        Rule::NoNegation,
        format!("'{shown}' says what must not happen; state what should happen instead"),
        format!("“{shown}”是否定说法，请写出应有的状态"),
        suggestion,
    ))
}

/// What a thing withstands, said with a negated result ("冻不坏") and with 耐 ("耐冻").
const WITHSTANDS: &[(&str, &str)] = &[
    ("冻不坏", "耐冻"),
    ("摔不坏", "耐摔"),
    ("压不坏", "耐压"),
    ("晒不坏", "耐晒"),
    ("洗不坏", "耐洗"),
    ("摔不碎", "耐摔"),
];

/// Results of a "V不R" potential complement that "能VR" states plainly ("连不上" → "能连上");
/// longest first. "了" goes with the negation ("骑不了" → "能骑").
#[rustfmt::skip]
const POTENTIAL_RESULTS: &[&str] = &[
    "回来", "下去", "上去", "起来", "出来", "进去", "过去", "清楚", "干净", "上", "着", "开",
    "动", "进", "到", "住", "下", "出", "清", "见", "通", "满", "完", "远", "快", "去", "了",
    "紧", "稳", "牢", "干", "懂", "掉", "透", "熟", "匀",
];
/// Verbs whose "V不R" is an idiom, not an ability ("受不了" cannot stand, "少不了" is bound to).
const IDIOM_VERBS: &str = "受少免怪忍禁说顾比算谈数靠舍恨差对来犯架";
/// Whole "V不R" idioms whose verb alone is an ordinary one ("用不着" needs not, "看不起" despises).
const IDIOMS: &[&str] = &["用不着", "看不起", "买不起", "吃不消"];
/// Verbs after "不好" that make an idiom, not a difficulty ("不好说" cannot tell, "不好意思"
/// sorry, "日子不好过" hard times).
const HARD_IDIOMS: &[&str] = &["说", "意思", "受", "惹", "过", "讲", "办", "当"];
/// Characters of a verb that "容易" would turn into a mishap ("容易倒水" prone to spill).
const MISHAPS: &str = "倒掉坏碎脏漏滑翻断裂松丢洒溢烫卡";
/// Qualities whose plain form is the wanted state once "不" goes ("水温不稳定" → "水温稳定"),
/// with the word to state it by; longest first.
#[rustfmt::skip]
const WANTED_QUALITIES: &[(&str, &str)] = &[
    ("稳定", "稳定"), ("方便", "方便"), ("清楚", "清楚"), ("清晰", "清晰"), ("准确", "准确"),
    ("准时", "准时"), ("灵敏", "灵敏"), ("灵活", "灵活"), ("舒服", "舒服"), ("舒适", "舒适"),
    ("结实", "结实"), ("牢固", "牢固"), ("耐用", "耐用"), ("安全", "安全"), ("可靠", "可靠"),
    ("好用", "好用"), ("顺畅", "顺畅"), ("流畅", "流畅"), ("均匀", "均匀"), ("干净", "干净"),
    ("及时", "及时"), ("明显", "明显"), ("明亮", "明亮"), ("平稳", "平稳"), ("顺手", "顺手"),
    ("合适", "合适"), ("实用", "实用"), ("轻便", "轻便"), ("省电", "省电"), ("省力", "省力"),
    ("持久", "持久"), ("充足", "充足"), ("透气", "透气"), ("柔软", "柔软"), ("直观", "直观"),
    ("简单", "简单"), ("灵", "灵敏"), ("准", "准确"), ("稳", "稳"), ("亮", "亮"), ("牢", "牢固"),
    ("足", "充足"), ("响", "响"), ("快", "快"), ("紧", "紧"),
];
/// Adverbs that only stress a complaint ("根本抬不动"); they go with the negation.
const STRESS: &[&str] = &[
    "根本",
    "完全",
    "怎么也",
    "怎么都",
    "死活",
    "老是",
    "总是",
    "一直",
    "始终",
    "经常",
    "有时候",
    "有时",
    // "客服也说不清楚", "电话还是打不通": "too" and "still" tell the story, not the state.
    "也",
    "还是",
];

/// A positive statement for the negation at `at`, where one reads naturally: "大灯不够亮" →
/// "大灯足够亮", "水温不稳定" → "水温稳定", "连不上" → "能连上", "无法充电" → "能充电".
/// "不会坏" (a failure that must not happen) and "没有…" get none.
/// Things a customer wants kept out: a negation of them is the wanted state itself.
#[rustfmt::skip]
const UNWANTED: &[&str] = &[
    "骚扰", "推销", "广告", "垃圾", "病毒", "小偷", "灰尘", "蚊子", "虫子", "异味", "噪音", "陌生",
    "雨水", "油烟", "细菌", "黑客", "诈骗", "冷风", "湿气",
];

fn positive(text: &str, at: usize) -> Option<String> {
    // "后座太小，坐不下大人", "坐垫太窄坐着不舒服": the negation is the effect of a cause the
    // statement keeps, and a positive would contradict it.
    // "不太方便" only softens the negation.
    let too = text
        .match_indices('太')
        .any(|(i, _)| !text[..i].ends_with('不'));
    // "骚扰电话都打不进来", "灰尘进不去": what must not get in or happen is the subject, and the
    // negation is the wanted state.
    let unwanted = UNWANTED.iter().any(|u| text.contains(u));
    if too
        || unwanted
        || ["所以", "因为", "导致", "以至于"]
            .iter()
            .any(|c| text.contains(c))
    {
        return None;
    }
    let words = segment::words(text);
    let rest = &text[at..];
    // Where the stated verb starts, with a stressing adverb before it taken off.
    let unstressed = |from: usize| {
        STRESS
            .iter()
            .find(|s| text[..from].ends_with(*s))
            .map_or(from, |s| from - s.len())
    };
    // A sentence-final "了" marks the change to the bad state; the wanted state has none.
    let finish = |head: &str, body: &str, tail: &str| {
        let tail = match tail.strip_prefix('了') {
            Some(t) if t.chars().next().is_none_or(is_punct) => t,
            _ => tail,
        };
        // "洗车之后就启动不了", "手表关机了就找不到": after 就 the failure follows a condition,
        // and what is wanted holds under it too ("洗车之后也能启动", not "…就能启动", which
        // would say "right after").
        let head = match head.strip_suffix('就') {
            Some(h) if !h.is_empty() => format!("{h}也"),
            _ => head.to_string(),
        };
        useful(text, format!("{head}{body}{tail}"))
    };
    let word_after = |from: usize| words.iter().find(|w| w.start == from);
    // "不能用", "无法充电", "没法骑", "没办法调" → "能 V".
    for modal in ["不能", "无法", "没法", "没办法"] {
        if let Some(tail) = rest.strip_prefix(modal) {
            let v = word_after(at + modal.len())?;
            // jieba tags 用 in "不能用" as the preposition, and 调小 as an adjective.
            if !(v.is_verb() || v.text == "用" || v.text.starts_with('调')) {
                return None;
            }
            let from = unstressed(at);
            // "不能关掉自动保温" → "自动保温能关掉": with nothing before it, the object is what
            // the statement is about.
            let object = &text[v.end()..];
            let named = !object.is_empty()
                && words
                    .iter()
                    .filter(|w| w.start >= v.end())
                    .all(|w| w.is_noun());
            if from == 0 && named && v.is_verb() {
                return useful(text, format!("{object}能{}", v.text));
            }
            return finish(&text[..from], "能", tail);
        }
    }
    if rest.starts_with("不会") {
        return None;
    }
    let after_bu = &rest['不'.len_utf8()..];
    if !rest.starts_with('不') {
        return None;
    }
    // "按键不好按" → "按键好按", "滤网不好清洗" → "滤网容易清洗": 不好 + a verb says it is
    // hard to do. "不好用", "不好看" segment as 不 + an adjective and are left to the table below.
    if words.iter().any(|w| w.start == at && w.text == "不好") {
        // "睡不好觉", "修不好": after a one-character verb 不好 is its complement (cannot V well).
        let complement = words
            .iter()
            .any(|w| w.end() == at && w.is_verb() && w.text.chars().count() == 1);
        let v = word_after(at + "不好".len())?;
        let tail = &text[v.end()..];
        // A preposition with nothing after it is the verb ("不好按").
        let verbal = v.is_verb() || (v.tag == "p" && tail.chars().next().is_none_or(is_punct));
        if complement || !verbal || HARD_IDIOMS.contains(&v.text) {
            return None;
        }
        // "容易倒水" would read as "prone to spill"; "好倒水" says only "easy to pour".
        let mishap = v.text.chars().any(|c| MISHAPS.contains(c));
        let body = if v.text.chars().count() == 1 || mishap {
            format!("好{}", v.text)
        } else {
            format!("容易{}", v.text)
        };
        return finish(&text[..unstressed(at)], &body, tail);
    }
    // "V不R": the verb is the word that ends at 不, or the part before 不 of a word that holds
    // the whole "找不到".
    let holder = words.iter().find(|w| w.start < at && at <= w.end());
    if let Some(w) = holder {
        let verb = &text[w.start..at];
        // A word that holds the whole "连不上" is tagged as an idiom ("l") or worse; the verb
        // before 不 decides.
        // The part before 不 of a word that holds it must be what is done, not when or how
        // often ("跑步时不掉" is cut "时不掉": 时 is when). Single characters are tagged too
        // loosely to ask the dictionary (夹 is tagged a noun).
        let verbal = if w.end() == at {
            w.is_verb()
        } else {
            !w.is_punct()
                && !verb.ends_with(['时', '候', '也', '都', '还', '就', '又', '再', '总', '老'])
        };
        // "说不定" is an idiom, "说不清楚" the ability to explain.
        let explains = verb.ends_with('说') && after_bu.starts_with('清');
        let idiom = !explains
            && (verb
                .chars()
                .next_back()
                .is_some_and(|c| IDIOM_VERBS.contains(c))
                || IDIOMS.iter().any(|i| text[w.start..].starts_with(i)));
        if verbal && !idiom {
            if let Some(r) = POTENTIAL_RESULTS.iter().find(|r| after_bu.starts_with(*r)) {
                let tail = &after_bu[r.len()..];
                // "煮不了多少" says how little; "能煮多少" would ask how much.
                if ["多少", "几", "多久", "多长", "多远", "什么"]
                    .iter()
                    .any(|q| tail.starts_with(q))
                {
                    return None;
                }
                let from = unstressed(w.start);
                // "屏幕看不清" → "屏幕看得清" keeps the complement; without a subject "能看清"
                // states the ability, and "调不了" → "能调" ("调得了" reads as coping).
                let subject = words[..words.partition_point(|x| x.start < from)]
                    .iter()
                    .any(|x| (x.is_noun() || x.tag == "r") && !matches!(x.tag, "t" | "m" | "mq"));
                let body = match *r {
                    "了" => format!("能{verb}"),
                    r if subject => format!("{verb}得{r}"),
                    r => format!("能{verb}{r}"),
                };
                return finish(&text[..from], &body, tail);
            }
        }
    }
    // "不够亮" → "足够亮"; "载重能力不够" → "载重能力足够".
    if let Some(tail) = after_bu.strip_prefix('够') {
        if tail.starts_with('用') {
            return finish(&text[..at], "够用", &tail['用'.len_utf8()..]);
        }
        let adj = word_after(at + "不够".len());
        let ends = tail.chars().next().is_none_or(is_punct) || tail.starts_with('了');
        // jieba tags 亮 a verb; the common measures are listed.
        let quality = adj
            .is_some_and(|w| w.is_adjective() || "亮大长快多高宽强硬稳".contains(w.text))
            || WANTED_QUALITIES.iter().any(|(q, _)| tail.starts_with(q));
        if ends || quality {
            return finish(&text[..at], "足够", tail);
        }
        return None;
    }
    // "不稳定", "不太方便", "不是很清楚" → the quality itself.
    let adj_text = ["太", "大", "是很", "怎么", "很"]
        .iter()
        .find_map(|d| after_bu.strip_prefix(d))
        .unwrap_or(after_bu);
    let (q, pos) = WANTED_QUALITIES
        .iter()
        .find(|(q, _)| adj_text.starts_with(q))?;
    let tail = &adj_text[q.len()..];
    // The quality must be a whole word: "不准备" is not "不准". A one-character quality with
    // more after it may be the start of another word the dictionary splits ("不闷汗": 闷汗 is
    // stuffy sweat, and "透气汗" says nothing), unless a particle closes it.
    let q_at = text.len() - adj_text.len();
    let closed = closes(tail);
    let whole = words
        .iter()
        .any(|w| w.start <= q_at && w.end() == q_at + q.len())
        && q.chars().count() > 1
        || closed;
    if !whole {
        return None;
    }
    finish(&text[..unstressed(at)], pos, tail)
}
