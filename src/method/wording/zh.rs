//! Chinese heuristics on characters. Without word segmentation the checks look for fixed
//! words and for characters in telling positions (a leading modal, a trailing noun), with
//! exception lists for the common words that contain a trigger character.

use super::segment::{Word, content_words};
use super::{Hint, Rule, is_han, useful};

fn is_punct(c: char) -> bool {
    matches!(
        c,
        '，' | ','
            | '。'
            | '.'
            | '；'
            | ';'
            | '！'
            | '!'
            | '？'
            | '?'
            | '、'
            | '：'
            | ':'
            | '（'
            | '）'
            | '('
            | ')'
            | '“'
            | '”'
            | '"'
            | '\''
            | '‘'
            | '’'
            | '…'
            | '~'
            | '～'
    ) || c.is_whitespace()
}

fn is_content(c: char) -> bool {
    is_han(c) || c.is_alphanumeric()
}

/// Statement length as a reader feels it: Han characters plus whole Latin words or numbers.
fn content_len(text: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for c in text.chars() {
        if is_han(c) {
            n += 1;
            in_word = false;
        } else if c.is_alphanumeric() {
            if !in_word {
                n += 1;
            }
            in_word = true;
        } else {
            in_word = false;
        }
    }
    n
}

/// Byte offsets of `needle` in `hay`.
fn find_all<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    hay.match_indices(needle).map(|(i, _)| i)
}

fn prev_char(s: &str, at: usize) -> Option<char> {
    s[..at].chars().next_back()
}

fn next_char(s: &str, after: usize) -> Option<char> {
    s[after..].chars().next()
}

pub(super) fn check(text: &str) -> Vec<Hint> {
    let mut hints = Vec::new();
    hints.extend(one_meaning(text));
    hints.extend(bare_noun(text));
    hints.extend(characteristic(text));
    hints.extend(solution(text));
    hints.extend(negation(text));
    hints.extend(object(text));
    hints.extend(concrete(text));
    hints.extend(wish(text));
    hints
}

// ---- rule 1 ------------------------------------------------------------------------

/// Characters that make a segment a predicate ("防漏", "轻", "能折叠") rather than a noun.
const PREDICATE_CHARS: &str =
    "能可会易耐防不没很快慢轻重薄厚稳省干湿净亮暗暖凉冷热软硬紧松强弱结静便滑漏烫吵";
const CLAUSE_ADDERS: &[&str] = &[
    "还", "并", "又", "且", "另外", "同时", "而且", "也要", "这样", "以便", "所以",
];
/// Nouns that name a property, not a thing: "声音小" leaves open whose sound.
pub(super) const ATTRIBUTE_NOUNS: &[&str] = &[
    "声音", "噪音", "颜色", "重量", "体积", "价格", "味道", "温度", "续航", "容量", "尺寸", "速度",
    "气味", "形状",
];

fn one_meaning(text: &str) -> Option<Hint> {
    let words = content_words(text);
    let mut found: Option<(usize, usize, String)> = None; // (byte start, byte len, label)
    let mut consider = |at: usize, len: usize, label: &str| {
        if found.as_ref().is_none_or(|f| at < f.0) {
            found = Some((at, len, label.to_string()));
        }
    };
    for word in ["并且", "而且", "以及", "另外"] {
        if let Some(at) = text.find(word) {
            consider(at, word.len(), word);
        }
    }
    if let Some(at) = find_all(text, "且").find(|&at| {
        at > 0
            && !matches!(
                prev_char(text, at),
                Some('而' | '并' | '尚' | '暂' | '姑' | '况')
            )
    }) {
        consider(at, "且".len(), "且");
    }
    // 又…又, 既…又, 和…又: the split point is the second part's 又.
    if let Some(last) = text.rfind('又') {
        let before = &text[..last];
        let paired = [('又', "又…又"), ('既', "既…又"), ('和', "和…又")]
            .into_iter()
            .find(|(first, _)| before.contains(*first));
        match paired {
            Some((_, label)) => consider(last, 0, label),
            None => {
                // "坚固耐用又轻便": a single 又 after a predicate adds a second demand.
                let seg: String = before.chars().rev().take_while(|&c| !is_punct(c)).collect();
                let after_has = text[last + '又'.len_utf8()..].chars().any(is_han);
                if after_has && seg.chars().any(|c| PREDICATE_CHARS.contains(c)) {
                    consider(last, '又'.len_utf8(), "又");
                }
            }
        }
    }
    let first_content = text.find(is_content).unwrap_or(text.len());
    let last_content = text.rfind(is_content).unwrap_or(0);
    for (at, c) in text.char_indices() {
        let after = &text[at + c.len_utf8()..];
        if first_content > at || last_content < at {
            continue;
        }
        match c {
            '；' | ';' | '。' | '！' | '!' | '？' | '?' => {
                consider(at, c.len_utf8(), &c.to_string());
            }
            '，' | ',' => {
                let rest = after.trim_start();
                if let Some(a) = CLAUSE_ADDERS.iter().find(|a| rest.starts_with(**a)) {
                    consider(at, c.len_utf8(), &format!("，{a}"));
                }
            }
            '、' => {
                let seg_before: String = text[..at]
                    .chars()
                    .rev()
                    .take_while(|&c| !is_punct(c))
                    .collect();
                let seg_after: String = after.chars().take_while(|&c| !is_punct(c)).collect();
                let pred = |s: &str| {
                    s.chars().any(|c| PREDICATE_CHARS.contains(c))
                        || content_words(s)
                            .iter()
                            .any(|w| w.is_verb() || w.is_adjective())
                };
                if pred(&seg_before) && pred(&seg_after) {
                    consider(at, c.len_utf8(), "、");
                }
            }
            _ => {}
        }
    }
    let Some((at, len, label)) = found else {
        return adverbials(&words);
    };
    let trim = |s: &str| s.trim_matches(|c: char| is_punct(c)).to_string();
    let left = trim(&text[..at]);
    let right = trim(&text[at + len..]);
    let right = with_subject(&words, &left, right);
    let suggestion =
        (len > 0 && !left.is_empty() && !right.is_empty()).then(|| format!("{left} / {right}"));
    Some(Hint::new(
        Rule::OneMeaning,
        format!("'{label}' joins two demands; write one statement for each"),
        format!("“{label}”连接了两个要求，请各写一条"),
        suggestion,
    ))
}

/// "水壶烧水快而且声音小": the second statement borrows the first one's subject when it names no
/// thing of its own ("声音小" → "水壶声音小"), so each half stands on its own.
fn with_subject(words: &[Word], left: &str, right: String) -> String {
    let subject = words
        .iter()
        .take_while(|w| w.is_noun() && !ATTRIBUTE_NOUNS.contains(&w.text))
        .map(|w| w.text)
        .collect::<String>();
    // The first half must say something about the subject, or there is no subject to lend.
    if subject.is_empty()
        || !left.starts_with(&subject)
        || left.len() == subject.len()
        || right.starts_with(&subject)
    {
        return right;
    }
    let rw = content_words(&right);
    let names_thing = rw
        .iter()
        .take_while(|w| !w.is_verb() && !w.is_adjective())
        .any(|w| w.is_noun() && !ATTRIBUTE_NOUNS.contains(&w.text) && w.tag != "t");
    if names_thing {
        right
    } else {
        format!("{subject}{right}")
    }
}

/// "能在雨中持久地经受大强度地冲击": two or more manner adverbials (…地) each add a demand.
fn adverbials(words: &[Word]) -> Option<Hint> {
    let marks: Vec<String> = words
        .windows(2)
        .filter(|p| p[1].text == "地" && p[1].tag == "uv")
        .map(|p| format!("{}地", p[0].text))
        .collect();
    if marks.len() < 2 {
        return None;
    }
    let shown = marks.join("”“");
    Some(Hint::new(
        Rule::OneMeaning,
        format!(
            "'{}' each add a demand; write one statement for each",
            marks.join("', '")
        ),
        format!("“{shown}”各是一个要求，请各写一条"),
        None,
    ))
}

// ---- rule 2 ------------------------------------------------------------------------

/// Modal, verb and particle characters: any of these makes the text more than a noun phrase.
const VERB_MARKERS: &str = "能可会要是有地得很太更最不没无易着了过让使把被对给在从用比放进出装拿开关洗擦走跑看听吃喝坐站睡点烧煮加充拉推提握折收挂插连保防耐挡遮抗透吸排流漏滑卡转调变换稳静暖凉热冷干净亮配采附含具";
/// Characters that end Chinese nouns for products, parts and measures.
const NOUN_ENDINGS: &str = "器机件品具盖袋包头灯线池量命观计色料材构统钮板屏幕口套座椅架盒瓶杯锅壶箱柜桌垫链轮胎扣锁键面壳网格式型款码价钱航寸积质";
/// Leading adjectives that can move behind the noun: "长续航" → "续航长".
const MOVABLE_ADJ: &str = "长短大小高低轻薄厚快慢强多少宽窄新";

/// Characters that end a resultative or directional complement ("挡住", "装进", "打开"):
/// the verb already says how it ends, so it is more than a bare function.
const COMPLEMENT_ENDS: &str = "住起下进出到在亮开好完满上来去干净透着清见懂会";
const MODALS: &[&str] = &["能", "能够", "可以", "可", "会"];

/// "能改变颜色", "调温", "座椅加热": a function with nothing about how well. The rule asks for the
/// qualifier (简单地, 很快地, 均匀地…); which one is the team's call, so there is no rewrite.
fn function_without_qualifier(text: &str) -> Option<Hint> {
    let words = content_words(text);
    if words.is_empty() || words.iter().map(|w| w.text.chars().count()).sum::<usize>() > 8 {
        return None;
    }
    let mut i = 0;
    while words.get(i).is_some_and(|w| w.is_noun() && w.tag != "t") {
        i += 1;
    }
    let subject_end = i;
    if words.get(i).is_some_and(|w| MODALS.contains(&w.text)) {
        i += 1;
    }
    let modal = i > subject_end;
    let verb = words.get(i)?;
    // After a modal the next word is the verb whatever its tag (烧水 is tagged a noun).
    let verbal = verb.is_verb() || verb.tag == "vn" || (modal && !verb.is_adjective());
    if !verbal
        || verb.text.chars().count() > 2
        || verb.text.ends_with(|c| COMPLEMENT_ENDS.contains(c))
        || ["是", "有", "用"].contains(&verb.text)
    {
        return None;
    }
    // Without a modal a lone noun + verb must be the whole statement ("座椅加热").
    if !modal && subject_end == 0 && words.len() > 1 {
        return None;
    }
    let object = &words[i + 1..];
    if !object
        .iter()
        .all(|w| w.is_noun() && w.tag != "t" && w.tag != "m")
    {
        return None;
    }
    let phrase: String = words[subject_end..].iter().map(|w| w.text).collect();
    Some(Hint::new(
        Rule::NotBareNoun,
        format!("'{phrase}' states a function only; add how well (easily, quickly, evenly…)"),
        format!("“{phrase}”只写了功能；请加上做到什么程度（如简单地、很快地、均匀地）"),
        None,
    ))
}

fn bare_noun(text: &str) -> Option<Hint> {
    // A negation is rule 5's ("无添加剂"); a design direction rule 4's ("小型化").
    if negation_hit(text).is_some() || DIRECTIONS.iter().any(|d| text.contains(d)) {
        return None;
    }
    if let Some(h) = function_without_qualifier(text) {
        return Some(h);
    }
    let content: String = text.chars().filter(|&c| is_content(c)).collect();
    let n = content.chars().count();
    if n == 0 || n > 8 {
        return None;
    }
    // Segmented: modifiers and nouns only, ending in a noun ("低噪音", "免费早餐", "无线遥控").
    let words = content_words(text);
    let noun_phrase = words.last().is_some_and(|w| w.is_noun())
        && words.iter().all(|w| {
            w.is_noun() || w.is_adjective() || matches!(w.tag, "b" | "m" | "q" | "f" | "uj")
        })
        && !words
            .iter()
            .any(|w| MODALS.contains(&w.text) || w.text == "很");
    if noun_phrase && characteristic_hit(text).is_none() {
        return Some(noun_phrase_hint(&content, &words));
    }
    if content.chars().any(|c| VERB_MARKERS.contains(c)) {
        return None;
    }
    let last = content.chars().last()?;
    // Adjectives that happen to end in a noun character.
    let adjective_end = ["美观", "直观", "乐观", "壮观", "可观"]
        .iter()
        .any(|a| content.ends_with(a));
    if !NOUN_ENDINGS.contains(last) || adjective_end || characteristic_hit(text).is_some() {
        return None;
    }
    Some(noun_phrase_hint(&content, &content_words(text)))
}

/// The rule-2 hint for a noun phrase, with "长续航" → "…续航长" when a leading adjective can
/// move behind its noun; a property noun keeps a gap for the thing it belongs to.
fn noun_phrase_hint(content: &str, words: &[Word]) -> Hint {
    let first = words.first().map_or("", |w| w.text);
    let movable = words.len() == 2
        && (words[0].is_adjective()
            || (first.chars().count() == 1 && first.chars().all(|c| MOVABLE_ADJ.contains(c))))
        && words[1].is_noun()
        && words[1].text.chars().count() >= 2;
    let suggestion = movable.then(|| {
        let noun = words[1].text;
        let gap = if ATTRIBUTE_NOUNS.contains(&noun) {
            "…"
        } else {
            ""
        };
        format!("{gap}{noun}{first}")
    });
    Hint::new(
        Rule::NotBareNoun,
        format!("'{content}' is a noun phrase; say what it does or how it is"),
        format!("“{content}”是名词短语，请写出功能或状态（如“能…”“…得/地…”）"),
        suggestion,
    )
}

// ---- rule 3 ------------------------------------------------------------------------

/// Listed characteristic words (longest first) with the state to say instead.
const CHARACTERISTICS: &[(&str, Option<&str>)] = &[
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
const SUFFIX_NOT: &[&str] = &[
    "态度", "程度", "制度", "过度", "适度", "一度", "再度", "年度", "季度", "额度", "高度", "角度", "个性", "女性", "男性",
    "人性", "天性", "习性", "任性", "理性", "感性", "一次性", "率先", "坦率", "直率", "草率", "轻率", "表率", "统率", "性别",
    "性格", "性感", "度假", "度过", "温度", "长度", "宽度",
];
#[rustfmt::skip]
const QUAL_BEFORE: &[&str] = &[
    "良好的", "优异的", "出色的", "很高的", "较高的", "足够的", "更高的", "高的", "好的", "更高", "很高", "较高", "高", "好",
    "长",
];
#[rustfmt::skip]
const QUAL_AFTER: &[&str] = &[
    "非常高", "非常好", "很高", "较高", "更高", "很好", "较好", "更好", "高", "好", "强", "足", "佳", "大", "很长", "长",
];
const HAVING: &[&str] = &["具有", "具备", "拥有", "有"];

/// The first characteristic word: (byte start, the word, rewrite). "X性能" is taken whole,
/// so "防水性能好" is about 防水, not "防水性" followed by 能.
fn characteristic_hit(text: &str) -> Option<(usize, String, Option<&'static str>)> {
    let mut hit = characteristic_word(text)?;
    if hit.1.ends_with('性') && text[hit.0 + hit.1.len()..].starts_with('能') {
        hit.1.push('能');
    }
    Some(hit)
}

fn characteristic_word(text: &str) -> Option<(usize, String, Option<&'static str>)> {
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

fn characteristic(text: &str) -> Option<Hint> {
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
        useful(text, format!("{}{}{}", &text[..start], r, &text[end..]))
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
const MEANS: &[&str] = &[
    "采用", "改用", "使用", "用上", "加装", "安装", "装上", "配备", "配有", "装有", "内置", "加一个", "加个", "装一个",
    "增加一个", "换成", "制成", "做成", "配一个", "配个", "配上",
];
/// "小型化", "轻量化": a design direction, not the need behind it (METHOD.md §3, rule 4).
const DIRECTIONS: &[&str] = &[
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
const USE_UP_NOT_AFTER: &[&str] = &["随时", "都", "就", "马上", "立刻", "全家", "能", "就能"];
/// After 使用/安装 these make it about the act of using, not a chosen means.
#[rustfmt::skip]
const USE_FOLLOWED_NOT: &[&str] = &[
    "时", "中", "后", "前", "方便", "简单", "容易", "起来", "过程", "寿命", "说明", "感", "体验", "便捷", "安全", "场景",
    "场合", "环境", "次数", "年限", "期间", "的", "快", "牢固", "占地", "位置", "空间", "尺寸", "者", "多", "几", "一",
    "两", "三", "四", "五", "六", "七", "八", "九", "十", "半", "数", "了", "过", "久", "都", "也",
    "就", "才", "还", "很", "更", "最", "得", "着", "上", "下", "来", "去",
];
#[rustfmt::skip]
const USE_PRECEDED_NOT: &[&str] = &[
    "可以", "可", "能够", "能", "易于", "便于", "方便", "容易", "长期", "反复", "重复", "多次", "单手", "双手", "自行",
    "自己", "免", "易", "快速", "好", "日常", "平时", "正常", "经常",
];

fn solution(text: &str) -> Option<Hint> {
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

// ---- rule 5 ------------------------------------------------------------------------

/// Words containing a negation character that are not negations.
#[rustfmt::skip]
const NEG_NOT: &[&str] = &[
    "不锈钢", "不倒翁", "差不多", "不粘锅", "了不起", "对不起", "不得了", "不同", "不管", "不断", "不错", "不久", "不仅", "不但",
    "不论", "不少", "淹没", "埋没", "沉没", "出没", "吞没", "没收", "无线", "无人机", "无论", "无限", "无缝", "无比", "无疑",
    "无数", "虚无", "别人", "别的", "别墅", "别针", "别致", "别扭", "别名", "别称", "特别", "区别", "分别", "级别", "类别",
    "识别", "告别", "个别", "性别", "派别", "辨别", "鉴别", "离别", "送别", "差别", "能不能", "可不可以",
    "是不是", "行不行", "要不要", "会不会",
];
/// Verbs that form "V不R" potential complements ("冻不坏", "摔不碎").
const COMPLEMENT_VERBS: &str = "冻摔压用洗穿坐踩撞晒烧泡拉扯碰砸踢折弯看听吃拧关打";
/// "不X" → a positive state.
const ANTONYMS: &[(&str, &str)] = &[
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
    ("不贵", "实惠"),
    ("不坏", "耐用"),
    ("不滑", "防滑"),
    ("不脏", "干净"),
    ("不湿", "干爽"),
    ("不慢", "快"),
    ("不难", "容易"),
    ("不晃", "稳"),
    ("不卡", "顺畅"),
    ("不堵", "畅通"),
    ("不碎", "结实"),
    ("不冷", "暖和"),
    ("不热", "凉爽"),
];

/// The first negation: (byte offset, the character).
fn negation_hit(text: &str) -> Option<(usize, char)> {
    text.char_indices().find(|&(at, c)| {
        // "在不平的地面上": 不X的 describes a noun, the statement itself is positive.
        let modifier = c == '不'
            && text[at + c.len_utf8()..]
                .char_indices()
                .take(3)
                .any(|(i, d)| d == '的' && i > 0);
        !modifier
            && matches!(c, '不' | '没' | '无' | '别' | '勿')
            && !NEG_NOT.iter().any(|w| {
                // Does an excepted word cover this character? Only starts that put `c`
                // inside `w` are tried, so the cost does not grow with the text.
                w.match_indices(c).any(|(off, _)| {
                    at >= off && text.is_char_boundary(at - off) && text[at - off..].starts_with(w)
                })
            })
    })
}

fn negation(text: &str) -> Option<Hint> {
    let (at, _) = negation_hit(text)?;
    let shown: String = text[at..]
        .chars()
        .take(3)
        .take_while(|&c| !is_punct(c))
        .collect();
    let suggestion = ANTONYMS
        .iter()
        .find(|(neg, _)| text[at..].starts_with(neg))
        // "冻不坏" (won't break when frozen) is not "坏" negated on its own.
        .filter(|_| !prev_char(text, at).is_some_and(|p| COMPLEMENT_VERBS.contains(p)))
        .and_then(|(neg, pos)| {
            let rest = &text[at + neg.len()..];
            let head = &text[..at];
            // "不会漏" and "不能" carry a modal; the table only knows bare forms.
            useful(text, format!("{head}{pos}{rest}"))
        });
    Some(Hint::new(
        Rule::NoNegation,
        format!("'{shown}' says what must not happen; state what should happen instead"),
        format!("“{shown}”是否定说法，请写出应有的状态"),
        suggestion,
    ))
}

// ---- rule 6 ------------------------------------------------------------------------

/// Openers that show the subject is missing, longest first.
#[rustfmt::skip]
const LEADS: &[&str] = &[
    "能够", "可以", "容易", "易于", "便于", "方便", "非常", "比较", "十分", "特别", "总是", "一直", "始终", "随时", "快速",
    "迅速", "轻松", "能", "可", "会", "很", "易", "挺", "更",
];

/// Nouns that say how or when, not what: "单手能打开" still names nothing.
const MANNER_NOUNS: &[&str] = &["单手", "双手", "一只手", "每次", "随时", "整夜", "全天"];

/// Whether the statement names a thing: a noun that is not a time, a manner or (before the
/// predicate) a bare property. "声音小" names only a property; "能改变颜色" names 颜色 as
/// what is acted on.
fn names_thing(words: &[Word]) -> bool {
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

fn object(text: &str) -> Option<Hint> {
    let words = content_words(text);
    let len: usize = words.iter().map(|w| w.text.chars().count()).sum();
    let has_pred = words
        .iter()
        .any(|w| w.is_verb() || w.is_adjective() || w.tag == "d" || MODALS.contains(&w.text));
    // A characteristic word ("强度高") is rule 3's to report.
    let measured = characteristic_hit(text).is_some();
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

const MAX_CHARS: usize = 20;
/// Verbs that take 好 as a result ("修好" repaired, "装好" installed).
const RESULT_VERBS: &str = "修做装调备放弄设关盖锁拧洗煮烧搞理收系绑扣插接停摆写办拿包穿戴坐站搭封";
#[rustfmt::skip]
const ABSTRACT: &[&str] = &[
    "不错", "优秀", "完美", "优质", "高品质", "高档", "上档次", "一流", "出色", "很棒", "良好", "更好",
    "各方面", "让人满意", "令人满意", "一种享受",
];
#[rustfmt::skip]
const VAGUE: &[&str] = &[
    "人性化", "方便", "舒服", "舒适", "好用", "好看", "便捷", "实用", "简单", "轻松", "满意",
];
const FILLER: &str = "很非常更比较十分特别挺超太最的了得地啊呀呢吧";

fn concrete(text: &str) -> Option<Hint> {
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
    // "可靠性好而且…": 好 right after a characteristic word rates it without saying how.
    let rated = characteristic_hit(&content).is_some_and(|(at, w, _)| {
        let after = &content[at + w.len()..];
        ["好", "很好", "非常好", "较好", "更好"]
            .iter()
            .any(|g| after.starts_with(g))
    });
    let strong = ABSTRACT
        .iter()
        .find(|w| content.contains(**w))
        .copied()
        .or((ends_hao || rated).then_some("好"));
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
const WISH_WORDS: &[&str] = &[
    "希望", "想要", "但愿", "盼望", "期望", "最好", "能不能", "可不可以", "能否", "应该", "必须", "就好了", "就好啦", "就更好了",
    "我想",
];
#[rustfmt::skip]
const WISH_LEADS: &[&str] = &[
    "我们希望", "我希望", "希望", "我们想要", "我想要", "想要", "但愿", "盼望", "期望", "我想", "最好", "请", "需要", "我需要",
];
const WISH_TAILS: &[&str] = &["就更好了", "就好了", "就好啦", "就好", "吧", "啊", "呀"];
const WISH_INNER: &[(&str, &str)] = &[
    ("能不能", "能"),
    ("可不可以", "可以"),
    ("能否", "能"),
    ("应该", ""),
    ("必须", ""),
];

fn wish(text: &str) -> Option<Hint> {
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
    let (_, word) = trigger?;
    Some(Hint::new(
        Rule::StateNotWish,
        format!("'{word}' states a wish; describe the state instead"),
        format!("“{word}”是愿望的说法，请写成状态"),
        wish_rewrite(text),
    ))
}

fn wish_rewrite(text: &str) -> Option<String> {
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
    if let Some(l) = WISH_LEADS.iter().find(|l| s.starts_with(**l)) {
        s = s[l.len()..]
            .trim_start_matches(|c: char| is_punct(c))
            .to_string();
    }
    for (from, to) in WISH_INNER {
        s = s.replacen(from, to, 1);
    }
    if negation_hit(&s).is_some() {
        return None;
    }
    useful(text, s)
}
