//! Whether a short Chinese text reads as a statement: a noun to talk about, then a predicate
//! (a verb or an adjective), ending on a word that can close a sentence. Used to keep fragments
//! ("带人的时候续航明显", "钥匙就骑") out of suggested island names.

use super::shared::*;
use crate::method::wording::segment::content_words;

pub(in crate::method::wording) fn reads_as_statement(text: &str) -> bool {
    if text.chars().any(is_punct) {
        return false;
    }
    let all = content_words(text);
    // "周末中午的饭…": when it is said comes before the subject, with its 的.
    let mut skip = all.iter().take_while(|w| w.tag == "t").count();
    if skip > 0 && all.get(skip).is_some_and(|w| w.text == "的") {
        skip += 1;
    }
    let words = if skip > 0 && all.get(skip).is_some_and(|w| w.is_noun() && w.tag != "vn") {
        &all[skip..]
    } else {
        &all[..]
    };
    if words.len() < 2 {
        return false;
    }
    let first = words[0];
    // The subject: nouns, where a verb may qualify the noun after it ("挡水效果", "制动距离");
    // or a verb alone talked about, with only its degree and quality after it ("充电太慢").
    let noun_at = |i: usize| words.get(i).is_some_and(|w| w.is_noun() && w.tag != "vn");
    // "预约设置", "煮粥的水位线": a verb before a noun, or a verb and 的 before one.
    // "煮出来的饭": a verb, its directional or resultative complement, 的, then the noun.
    let complemented = first.is_verb()
        && words
            .get(1)
            .is_some_and(|w| ["出来", "起来", "出", "好", "完"].contains(&w.text))
        && words.get(2).is_some_and(|w| w.text == "的")
        && noun_at(3);
    // A modal ("能家长确认") qualifies no noun.
    let modal = ["能", "能够", "可以", "可", "会", "要"].contains(&first.text);
    // "测量结果": a verbal noun qualifies the noun after it as a verb does.
    let qualified = (first.is_verb() || first.tag == "vn" && noun_at(1))
        && !modal
        && (noun_at(1)
            || words.get(1).is_some_and(|w| w.tag == "vn")
            || words.get(1).is_some_and(|w| w.text == "的") && noun_at(2))
        || complemented;
    // "充电太慢", "设计很贴心": an act, or a verbal noun, talked about.
    // "升级很快完成": or a verb, after the manner that qualifies it.
    let topic = (first.is_verb() || first.tag == "vn")
        && first.text.chars().count() >= 2
        && words.len() <= 3
        // jieba tags 足够 a verb; before an adjective it says how much ("震动足够强").
        && words[1..words.len() - 1]
            .iter()
            .all(|w| w.tag == "d" || w.text == "足够")
        && (words[words.len() - 1].is_adjective()
            || words.len() == 3 && words[2].is_verb() && words[2].text.chars().count() >= 2);
    let opens = first.is_noun() && first.tag != "vn" || first.tag == "eng" || qualified || topic;
    let from = if complemented {
        4
    } else if qualified && words[1].text == "的" {
        3
    } else {
        usize::from(qualified || topic)
    };
    let pred = words
        .iter()
        .skip(from)
        // A four-character idiom states as a predicate does ("准时到达", "经久耐用").
        .position(|w| w.is_verb() || w.is_adjective() || w.tag == "l")
        .map(|p| p + from);
    let last = words[words.len() - 1];
    // A preposition cannot close a sentence: at the end it is the verb ("按键容易按").
    let last_verb = last.is_verb() || last.tag == "p" && last.text.chars().count() == 1;
    // An adverbial adjective ("明显") waits for its verb.
    let modal_end = ["能", "能够", "可以", "可", "会", "要", "得"].contains(&last.text);
    // "网点足够多": the dictionary takes 多 and 少 for numerals, which after a degree state.
    let much = ["多", "少"].contains(&last.text)
        && words.len() >= 2
        && (words[words.len() - 2].text == "足够" || words[words.len() - 2].tag == "d");
    let closes = !modal_end && last_verb
        || much
        || (last.is_adjective() && last.tag != "ad")
        // After 得 an adverbial adjective is the complement ("写得详细"), as a result is
        // after a verb ("擦得掉", where the dictionary knows 掉 on its own as no verb).
        || (last.tag == "ad" && words.len() >= 2 && words[words.len() - 2].text == "得")
        || (last.text.chars().count() == 1
            && "掉动开完好住到下上起透熟清懂见着进出".contains(last.text)
            && words.len() >= 3
            && words[words.len() - 2].text == "得"
            && words[words.len() - 3].is_verb())
        || last.tag == "l"
        || (last.is_noun() && pred.is_some_and(|p| p + 1 < words.len()));
    // 就/才/还 after a bare subject and before a one-character verb hang ("钥匙就骑").
    let hanging = words.len() == 3
        && matches!(words[1].text, "就" | "才" | "还" | "都")
        && last.text.chars().count() == 1;
    // "…的时候" opens a condition whose main clause is missing.
    let condition = text.contains("时候");
    // "买手表送的流量卡": after its last 的, only the noun it describes: a noun phrase.
    let noun_phrase = words
        .iter()
        .rposition(|w| w.text == "的")
        .is_some_and(|d| d + 1 < words.len() && words[d + 1..].iter().all(|w| w.is_noun()));
    // "孩子记得住": a verb of knowing with its potential complement says nothing until what is
    // known is named; before it stand only the people who know.
    let unknown = KNOWING
        .iter()
        .any(|k| last.text.ends_with(k) || text.ends_with(k))
        && words[..words.len() - 1]
            .iter()
            .filter(|w| w.is_noun())
            .all(|w| PEOPLE.contains(&w.text));
    // "…防水到什么程度": a question word inside asks instead of stating.
    let asks = ["什么", "怎么", "哪里", "哪个", "哪些"]
        .iter()
        .any(|q| text.contains(q));
    opens && pred.is_some() && closes && !hanging && !condition && !noun_phrase && !unknown && !asks
}

/// Verbs of remembering, understanding and learning with their potential complement.
const KNOWING: &[&str] = &[
    "记得住",
    "记不住",
    "看得懂",
    "看不懂",
    "听得懂",
    "听不懂",
    "学得会",
    "学不会",
    "记住",
    "看懂",
    "听懂",
    "学会",
    "弄懂",
    "搞懂",
    "弄明白",
    "搞明白",
];
/// People who use a product, the subjects of knowing.
const PEOPLE: &[&str] = &[
    "孩子", "小孩", "老人", "家长", "父母", "用户", "大人", "我", "我们", "他", "她", "爸爸",
    "妈妈", "爷爷", "奶奶", "学生", "宝宝", "儿子", "女儿",
];
