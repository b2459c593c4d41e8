//! Rules 1 and 2: one meaning per statement, and a verb phrase with a qualifier.

use super::content::*;
use super::negation::negation_hit;
use super::shared::*;
use crate::method::wording::segment::{Word, content_words};
use crate::method::wording::{Hint, Rule, is_han};

// ---- rule 1 ------------------------------------------------------------------------

/// Characters that make a segment a predicate ("防漏", "轻", "能折叠") rather than a noun.
pub(super) const PREDICATE_CHARS: &str =
    "能可会易耐防不没很快慢轻重薄厚稳省干湿净亮暗暖凉冷热软硬紧松强弱结静便滑漏烫吵";
pub(super) const CLAUSE_ADDERS: &[&str] = &[
    "还", "并", "又", "且", "另外", "同时", "而且", "也要", "这样", "以便", "所以",
];
/// Nouns that name a property, not a thing: "声音小" leaves open whose sound.
pub(super) const ATTRIBUTE_NOUNS: &[&str] = &[
    "声音", "噪音", "颜色", "重量", "体积", "价格", "味道", "温度", "续航", "容量", "尺寸", "速度",
    "气味", "形状",
];

pub(super) fn one_meaning(text: &str) -> Option<Hint> {
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
    // "，并且界面清楚", "，还要水温稳": the joiner's words go with it.
    let right = [
        "并且", "而且", "同时", "另外", "还要", "也要", "还", "并", "且",
    ]
    .iter()
    .find_map(|a| right.strip_prefix(a).filter(|r| r.chars().count() >= 2))
    .map_or(right.clone(), str::to_string);
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
pub(super) fn with_subject(words: &[Word], left: &str, right: String) -> String {
    let subject = words
        .iter()
        .take_while(|w| w.is_noun() && !ATTRIBUTE_NOUNS.contains(&w.text))
        .map(|w| w.text)
        .collect::<String>();
    // The first half must say something about the subject, or there is no subject to lend; a
    // measure ("可靠性", "亮度") is no thing to lend.
    if subject.is_empty()
        || subject.ends_with(['性', '度'])
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
pub(super) fn adverbials(words: &[Word]) -> Option<Hint> {
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
pub(super) const VERB_MARKERS: &str = "能可会要是有地得很太更最不没无易着了过让使把被对给在从用比放进出装拿开关洗擦走跑看听吃喝坐站睡点烧煮加充拉推提握折收挂插连保防耐挡遮抗透吸排流漏滑卡转调变换稳静暖凉热冷干净亮配采附含具";
/// Characters that end Chinese nouns for products, parts and measures.
pub(super) const NOUN_ENDINGS: &str = "器机件品具盖袋包头灯线池量命观计色料材构统钮板屏幕口套座椅架盒瓶杯锅壶箱柜桌垫链轮胎扣锁键面壳网格式型款码价钱航寸积质";
/// Leading adjectives that can move behind the noun: "长续航" → "续航长".
pub(super) const MOVABLE_ADJ: &str = "长短大小高低轻薄厚快慢强多少宽窄新";

/// Characters that end a resultative or directional complement ("挡住", "装进", "打开"):
/// the verb already says how it ends, so it is more than a bare function.
pub(super) const COMPLEMENT_ENDS: &str = "住起下进出到在亮开好完满上来去干净透着清见懂会掉";
pub(super) const MODALS: &[&str] = &["能", "能够", "可以", "可", "会"];

/// "能改变颜色", "调温", "座椅加热": a function with nothing about how well. The rule asks for the
/// qualifier (简单地, 很快地, 均匀地…); which one is the team's call, so there is no rewrite.
pub(super) fn function_without_qualifier(text: &str) -> Option<Hint> {
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
        // "耐冻", "耐摔": what it withstands is a quality, not a function.
        || verb.text.starts_with('耐')
        // Adjectives of a right measure or of accuracy, tagged as verbs: a state, not a
        // function ("烤箱温度准").
        || ["适中", "合适", "适宜", "准", "准确", "精准", "稳定", "灵敏"].contains(&verb.text)
    {
        return None;
    }
    // Without a modal a lone noun + verb must be the whole statement ("座椅加热").
    if !modal && subject_end == 0 && words.len() > 1 {
        return None;
    }
    let object = &words[i + 1..];
    // "加热速度快": the dictionary joins 速度快 into one noun, whose last character says how
    // well.
    let rated = object.last().is_some_and(|w| {
        w.text.chars().count() >= 2
            && w.text
                .ends_with(|c| "快慢高低大小多少强弱准稳好".contains(c))
    });
    if rated
        || !object
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

pub(super) fn bare_noun(text: &str) -> Option<Hint> {
    // A negation is rule 5's ("无添加剂"); a design direction rule 4's ("小型化").
    // "希望…" half typed is a wish, rule 8's to say.
    let wish = super::phrasing::WISH_LEADS
        .iter()
        .any(|l| text.trim_start().starts_with(l));
    if wish || negation_hit(text).is_some() || DIRECTIONS.iter().any(|d| text.contains(d)) {
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
pub(super) fn noun_phrase_hint(content: &str, words: &[Word]) -> Hint {
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
