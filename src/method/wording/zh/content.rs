//! Rules 3 and 4: no characteristic words, no solutions or means.

use super::shared::*;
use crate::method::wording::segment::content_words;
use crate::method::wording::{Hint, Rule, is_han, useful};

// ---- rule 3 ------------------------------------------------------------------------

/// Listed characteristic words (longest first) with the state to say instead.
pub(super) const CHARACTERISTICS: &[(&str, Option<&str>)] = &[
    ("抗拉强度", Some("用力拉也保持完好")),
    ("使用寿命", Some("耐用")),
    ("可靠性", Some("可靠")),
    ("耐久性", Some("耐用")),
    ("耐用性", Some("耐用")),
    ("稳定性", Some("稳定")),
    ("安全性", Some("安全")),
    ("舒适性", Some("舒适")),
    ("便携性", Some("便于携带")),
    ("防水性", Some("防水")),
    ("透气性", Some("透气")),
    ("灵活性", Some("灵活")),
    ("实用性", Some("实用")),
    ("易用性", Some("容易上手")),
    ("密封性", Some("密封")),
    ("保温性", Some("保温")),
    ("耐磨性", Some("耐磨")),
    ("准确度", Some("准确")),
    ("清晰度", Some("清晰")),
    ("灵敏度", Some("灵敏")),
    ("舒适度", Some("舒适")),
    ("强度", Some("结实")),
    ("硬度", Some("坚硬")),
    ("亮度", Some("明亮")),
    ("精度", Some("准确")),
    ("效率", Some("高效")),
    ("速度", Some("快")),
    ("寿命", Some("耐用")),
    ("性能", None),
    ("功率", None),
    ("能力", None),
];
#[rustfmt::skip]
pub(super) const SUFFIX_NOT: &[&str] = &[
    "态度", "程度", "制度", "过度", "适度", "一度", "再度", "年度", "季度", "额度", "高度", "角度", "个性", "女性", "男性",
    "人性", "天性", "习性", "任性", "理性", "感性", "一次性", "率先", "坦率", "直率", "草率", "轻率", "表率", "统率", "性别",
    "性格", "性感", "度假", "度过", "温度", "长度", "宽度",
    // A scale marked on a part ("刻度线"), not a measure of the product.
    "刻度",
];
#[rustfmt::skip]
pub(super) const QUAL_BEFORE: &[&str] = &[
    "良好的", "优异的", "出色的", "很高的", "较高的", "足够的", "更高的", "高的", "好的", "更高", "很高", "较高", "高", "好",
    "长",
];
#[rustfmt::skip]
pub(super) const QUAL_AFTER: &[&str] = &[
    "非常高", "非常好", "很高", "较高", "更高", "很好", "较好", "更好", "高", "好", "强", "足", "佳", "大", "很长", "长",
];
pub(super) const HAVING: &[&str] = &["具有", "具备", "拥有", "有"];

/// The first characteristic word: (byte start, the word, rewrite). "X性能" is taken whole,
/// so "防水性能好" is about 防水, not "防水性" followed by 能.
pub(super) fn characteristic_hit(text: &str) -> Option<(usize, String, Option<&'static str>)> {
    let mut hit = characteristic_word(text)?;
    if hit.1.ends_with('性') && text[hit.0 + hit.1.len()..].starts_with('能') {
        hit.1.push('能');
    }
    Some(hit)
}

pub(super) fn characteristic_word(text: &str) -> Option<(usize, String, Option<&'static str>)> {
    let mut best: Option<(usize, String, Option<&'static str>)> = None;
    for &(word, rewrite) in CHARACTERISTICS {
        if let Some(at) = text.find(word) {
            let covered = best
                .as_ref()
                .is_some_and(|(b, w, _)| at >= *b && at < *b + w.len());
            if !covered && best.as_ref().is_none_or(|(b, _, _)| at < *b) {
                best = Some((at, word.to_string(), rewrite));
            }
        }
    }
    // Generic suffix words: a Han character followed by 度, 性 or 率.
    for (at, c) in text.char_indices() {
        if !matches!(c, '度' | '性' | '率') || at == 0 {
            continue;
        }
        let Some(p) = prev_char(text, at) else {
            continue;
        };
        // "二十度" is a temperature, not a characteristic word.
        if !is_han(p) || "零一二三四五六七八九十百千万两几多半".contains(p) {
            continue;
        }
        let start = at - p.len_utf8();
        let word = &text[start..at + c.len_utf8()];
        let following = next_char(text, at + c.len_utf8())
            .map(|n| format!("{c}{n}"))
            .unwrap_or_default();
        let with_prev2 = prev_char(text, start).map(|q| format!("{q}{word}"));
        let excepted = SUFFIX_NOT.contains(&word)
            || SUFFIX_NOT.contains(&following.as_str())
            || with_prev2
                .as_deref()
                .is_some_and(|w| SUFFIX_NOT.contains(&w));
        if excepted {
            continue;
        }
        // "温度可调": an adjustable setting is a fine statement.
        if c == '度'
            && next_char(text, at + c.len_utf8()).is_some_and(|n| matches!(n, '可' | '能' | '调'))
        {
            continue;
        }
        let inside_listed = best
            .as_ref()
            .is_some_and(|(b, w, _)| start < *b + w.len() && at + c.len_utf8() > *b);
        if !inside_listed && best.as_ref().is_none_or(|(b, _, _)| start < *b) {
            best = Some((start, word.to_string(), None));
        }
        break;
    }
    best
}

pub(super) fn characteristic(text: &str) -> Option<Hint> {
    let (at, word, rewrite) = characteristic_hit(text)?;
    // Measured against the words: "热效率" is one word, so the rewrite of 效率 alone ("热高效")
    // would break it; "大强度地冲击" uses the word as a manner, not as a measure of the product.
    let words = content_words(text);
    let holder = words
        .iter()
        .position(|w| w.start <= at && at < w.end())
        .map(|k| (k, words[k]));
    let mut word = word;
    let mut rewrite = rewrite;
    if let Some((k, w)) = holder {
        if words.get(k + 1).is_some_and(|n| n.text == "地") {
            return None;
        }
        // "高强度" is the word with its rating; "热效率" is another measure, named whole.
        let prefix = &text[w.start..at];
        let suffix = &text[(at + word.len()).min(w.end())..w.end()];
        let rated = (prefix.is_empty() || QUAL_BEFORE.contains(&prefix))
            && (suffix.is_empty() || QUAL_AFTER.contains(&suffix) || suffix == "能");
        if !rated {
            word = w.text.to_string();
            rewrite = None;
        }
    }
    let suggestion = rewrite.and_then(|r| {
        let mut start = at;
        let mut end = at + word.len();
        if let Some(q) = QUAL_BEFORE.iter().find(|q| text[..start].ends_with(**q)) {
            start -= q.len();
        }
        if let Some(h) = HAVING.iter().find(|h| text[..start].ends_with(**h)) {
            start -= h.len();
        }
        if let Some(q) = QUAL_AFTER.iter().find(|q| text[end..].starts_with(**q)) {
            end += q.len();
        }
        // "补电速度太慢": a rating the state does not take in stays behind it and contradicts
        // it ("补电快太慢").
        let unrated = start == at && end == at + word.len();
        if unrated && text[end..].chars().next().is_some_and(|c| !is_punct(c)) {
            return None;
        }
        // "耐久性提高": a change of the measure has no state to say in its place.
        // Nor has the first of two demands ("可靠性好而且噪音低").
        let rest = &text[end..];
        let second = ["而且", "并且", "以及", "和", "又", "，", "、", ","]
            .iter()
            .any(|j| rest.starts_with(j));
        if second
            || ["提高", "增加", "改善", "提升", "增强", "降低"]
                .iter()
                .any(|v| rest.starts_with(v))
        {
            return None;
        }
        // "车灯的亮度高" → "车灯明亮": the state is said of the thing, without 的.
        let head = text[..start].strip_suffix('的').unwrap_or(&text[..start]);
        // Without a thing before it, the state leaves a place for one ("…稳定").
        let head = if head.chars().any(is_han) {
            head
        } else {
            "…"
        };
        useful(text, format!("{head}{r}{}", &text[end..]))
    });
    let word = word.as_str();
    Some(Hint::new(
        Rule::NoCharacteristicWords,
        format!(
            "'{word}' is a quality characteristic (a measure), not what the customer experiences"
        ),
        format!("“{word}”是品质特性（指标），不是顾客感受到的状态"),
        suggestion,
    ))
}

// ---- rule 4 ------------------------------------------------------------------------

#[rustfmt::skip]
pub(super) const MEANS: &[&str] = &[
    "采用", "改用", "使用", "用上", "加装", "安装", "装上", "配备", "配有", "装有", "内置", "加一个", "加个", "装一个",
    "增加一个", "换成", "制成", "做成", "配一个", "配个", "配上",
];
/// "小型化", "轻量化": a design direction, not the need behind it (METHOD.md §3, rule 4).
pub(super) const DIRECTIONS: &[&str] = &[
    "小型化",
    "轻量化",
    "智能化",
    "自动化",
    "数字化",
    "模块化",
    "集成化",
    "一体化",
    "微型化",
];
/// Before 用上 these make it "get to use" (全家随时用上热水), not a chosen means.
pub(super) const USE_UP_NOT_AFTER: &[&str] =
    &["随时", "都", "就", "马上", "立刻", "全家", "能", "就能"];
/// After 使用/安装 these make it about the act of using, not a chosen means.
#[rustfmt::skip]
pub(super) const USE_FOLLOWED_NOT: &[&str] = &[
    "时", "中", "后", "前", "方便", "简单", "容易", "起来", "过程", "寿命", "说明", "感", "体验", "便捷", "安全", "场景",
    "场合", "环境", "次数", "年限", "期间", "的", "维修", "调试", "快", "牢固", "占地", "位置", "空间", "尺寸", "者", "多", "几", "一",
    "两", "三", "四", "五", "六", "七", "八", "九", "十", "半", "数", "了", "过", "久", "都", "也",
    "就", "才", "还", "很", "更", "最", "得", "着", "上", "下", "来", "去",
];
#[rustfmt::skip]
pub(super) const USE_PRECEDED_NOT: &[&str] = &[
    "可以", "可", "能够", "能", "易于", "便于", "方便", "容易", "长期", "反复", "重复", "多次", "单手", "双手", "自行",
    "自己", "免", "易", "快速", "好", "日常", "平时", "正常", "经常", "的",
];

pub(super) fn solution(text: &str) -> Option<Hint> {
    let mut best: Option<(usize, &str)> = None;
    if let Some(d) = DIRECTIONS.iter().find(|d| text.contains(**d)) {
        best = Some((text.find(d).unwrap_or(0), d));
    }
    // "用电子打火器": a statement that opens with 用 and a thing names the means.
    let words = content_words(text);
    if words.first().is_some_and(|w| w.text == "用")
        && words.get(1).is_some_and(|w| w.is_noun() && w.tag != "t")
    {
        best = Some((0, "用"));
    }
    for &m in MEANS {
        for at in find_all(text, m) {
            if m == "用上" && USE_UP_NOT_AFTER.iter().any(|p| text[..at].ends_with(p)) {
                continue;
            }
            if matches!(m, "使用" | "安装") {
                let after = &text[at + m.len()..];
                let before = &text[..at];
                if after.is_empty()
                    || USE_FOLLOWED_NOT.iter().any(|f| after.starts_with(f))
                    || USE_PRECEDED_NOT.iter().any(|p| before.ends_with(p))
                {
                    continue;
                }
            }
            if best.is_none_or(|(b, _)| at < b) {
                best = Some((at, m));
            }
            break;
        }
    }
    let (_, m) = best?;
    let m = m.trim_end_matches(['一', '个']);
    Some(Hint::new(
        Rule::NoSolution,
        format!("'{m}' names a means or a part; state the need it serves"),
        format!("“{m}”写的是手段或部件，请写出它满足的需要"),
        None,
    ))
}
