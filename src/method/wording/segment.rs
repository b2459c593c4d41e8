//! Chinese word segmentation, shared by the wording rules, the affinity suggestions and the
//! island names. jieba-rs with its default dictionary compiled in (no download at run time);
//! loaded once, on first use, and kept for the life of the process.

use std::sync::OnceLock;

use jieba_rs::Jieba;

/// A word of the text with its part-of-speech tag (jieba's ICTCLAS-style tags: "n" noun, "v"
/// verb, "a" adjective, "d" adverb, "p" preposition, "uj" 的, "uv" 地, "x" punctuation, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub tag: &'static str,
    /// Byte offset in the segmented text.
    pub start: usize,
}

impl Word<'_> {
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
    pub fn is_noun(&self) -> bool {
        self.tag.starts_with('n') || self.tag == "vn" || self.tag == "an"
    }
    pub fn is_verb(&self) -> bool {
        self.tag.starts_with('v') && self.tag != "vn"
    }
    pub fn is_adjective(&self) -> bool {
        self.tag.starts_with('a') && self.tag != "an"
    }
    pub fn is_punct(&self) -> bool {
        self.tag == "x" && !self.text.chars().any(char::is_alphanumeric)
    }
}

/// Words the default dictionary splits or tags in a way that misleads the rules on product
/// statements (e.g. 把手 as the verb "hold", 热 as a noun); the tag given here wins over the
/// dictionary's. Tags follow the dictionary's set.
const PRODUCT_WORDS: &[(&str, &str)] = &[
    ("把手", "n"),
    // The delivery service, as in "快递很快"; the dictionary has only the verb.
    ("快递", "n"),
    ("热", "a"),
    ("烧水", "v"),
    ("密封", "a"),
    ("坚固耐用", "a"),
    ("耐用", "a"),
    ("美观", "a"),
    ("直观", "a"),
    ("可观", "a"),
    ("打火器", "n"),
    ("电子打火器", "n"),
    ("遥控器", "n"),
    ("续航", "n"),
    ("噪音", "n"),
    ("出水", "vn"),
    ("点着", "v"),
    ("搭好", "v"),
    ("好用", "a"),
    ("水温", "n"),
    ("车灯", "n"),
    ("尾灯", "n"),
    ("水壶", "n"),
    ("壶盖", "n"),
    ("内胆", "n"),
    ("车把", "n"),
    ("袖带", "n"),
    ("绑带", "n"),
    ("热水器", "n"),
    ("吸尘器", "n"),
    ("血压计", "n"),
    ("血糖仪", "n"),
    ("体温计", "n"),
    ("结实", "a"),
    ("暗", "a"),
    ("新鲜", "a"),
    ("顺", "a"),
    ("很", "d"),
    ("有点", "d"),
    ("刷", "v"),
    ("启动", "v"),
    ("安静", "a"),
    ("银行卡", "n"),
    ("阳光", "n"),
    ("包装", "n"),
    ("入住", "vn"),
    ("定时器", "n"),
    ("抗拉强度", "n"),
    ("灵敏", "a"),
    ("车头", "n"),
    ("香", "a"),
    ("顺手", "a"),
    ("贴心", "a"),
    ("剩余时间", "n"),
    // "手机App能连上" otherwise reads 连 as a surname and 上 as a place word.
    ("连上", "v"),
    ("大方", "a"),
    // Tagged a conjunction by the dictionary.
    ("及时", "a"),
    ("公道", "a"),
    ("实惠", "a"),
    // Tagged an adverb ("定时时间"), a verb ("后盖") and an adverb ("高级感十足").
    ("定时", "vn"),
    ("后盖", "n"),
    ("十足", "a"),
    // Tagged a person's name.
    ("齐全", "a"),
];

/// States the dictionary joins to the noun before them ("价格合理" as one noun).
const STATES: &[&str] = &[
    "合理", "稳定", "安全", "实惠", "公道", "大方", "准确", "及时", "可靠",
];

/// One-character adjectives that jieba, meeting "太" or "很" before them, guesses into one noun
/// ("太短", "很土"); 太阳 and 太空 are not among them.
const TOO_ADJECTIVES: &str =
    "差小短长大重轻慢快贵硬软薄厚窄宽吵暗亮高低土丑烫冷热松紧难弱沉少多远近湿干脏粗细旧笨浅深香";

fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(|| {
        let mut j = Jieba::new();
        for (w, tag) in PRODUCT_WORDS {
            // A frequency that wins over the dictionary's split of the same characters.
            j.add_word(w, Some(50_000), Some(tag));
        }
        j
    })
}

/// The words of `text`, tagged, in order; whitespace and punctuation come back as words
/// tagged "x".
pub fn words(text: &str) -> Vec<Word<'_>> {
    let kept = SEEN.with(|seen| {
        seen.borrow().as_ref().map(|seen| {
            seen.get(text).map(|spans| {
                spans
                    .iter()
                    .map(|&(start, end, tag)| Word {
                        text: &text[start..end],
                        tag,
                        start,
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    match kept {
        // Not keeping: typing a statement segments each text once.
        None => segmented(text),
        Some(Some(ws)) => ws,
        Some(None) => {
            let ws = segmented(text);
            SEEN.with(|seen| {
                if let Some(seen) = seen.borrow_mut().as_mut() {
                    // Bounded: a suggestion over a huge set forgets and starts again.
                    if seen.len() >= SEEN_MAX {
                        seen.clear();
                    }
                    seen.insert(
                        text.to_string(),
                        ws.iter().map(|w| (w.start, w.end(), w.tag)).collect(),
                    );
                }
            });
            ws
        }
    }
}

/// How many texts' segmentations are kept per thread.
const SEEN_MAX: usize = 50_000;

type Spans = Vec<(usize, usize, &'static str)>;

thread_local! {
    // Naming an island segments each of its cards many times over (its words, its phrases,
    // the rules on each candidate), so while a suggestion is made the segmentation of its texts
    // is kept; at other times (None) nothing is.
    static SEEN: std::cell::RefCell<Option<std::collections::HashMap<String, Spans>>> =
        const { std::cell::RefCell::new(None) };
}

/// Keeps the segmentation of every text on this thread until [`forget`].
pub fn keep() {
    SEEN.with(|seen| *seen.borrow_mut() = Some(std::collections::HashMap::new()));
}

/// Forgets the kept segmentations of this thread and keeps no more.
pub fn forget() {
    SEEN.with(|seen| *seen.borrow_mut() = None);
}

fn segmented(text: &str) -> Vec<Word<'_>> {
    let tags = jieba().tag(text, true);
    let mut out = Vec::with_capacity(tags.len());
    let mut at = 0;
    for t in tags {
        // jieba returns the words in order and covering the text.
        let start = text[at..].find(t.word).map_or(at, |o| at + o);
        let fixed = PRODUCT_WORDS.iter().find(|(w, _)| *w == t.word);
        let tag = fixed.map_or_else(|| intern(t.tag), |(_, tag)| *tag);
        // "太短", "很土": unknown to the dictionary, guessed as one noun; they are a degree
        // adverb and an adjective, as "太硬" is.
        let mut cs = t.word.chars();
        // "很慢", "挺快" at the end of a statement come back as one adverb or verb; "很快" before
        // a verb is the adverb it reads as ("热水很快流出").
        let end = start + t.word.len();
        let closes = text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() || c == '了');
        if let (Some(deg @ ('太' | '很' | '挺')), Some(adj), None) =
            (cs.next(), cs.next(), cs.next())
        {
            let joined = if deg == '太' {
                !matches!(tag, "d" | "a" | "v")
            } else {
                // "颜色很土": guessed into one noun, as 太短 is.
                !matches!(tag, "d" | "a" | "v") || closes && tag != "a"
            };
            if joined && TOO_ADJECTIVES.contains(adj) {
                let split = start + deg.len_utf8();
                out.push(Word {
                    text: &text[start..split],
                    tag: "d",
                    start,
                });
                out.push(Word {
                    text: &text[split..start + t.word.len()],
                    tag: "a",
                    start: split,
                });
                at = start + t.word.len();
                continue;
            }
        }
        // "太多", "挺多": after a degree word a measure character is an adjective, not a number.
        let degree_before = out.last().is_some_and(|w: &Word| {
            ["太", "很", "挺", "真", "超", "比较", "非常", "特别"].contains(&w.text)
        });
        let mut cs = t.word.chars();
        let tag = match (cs.next(), cs.next()) {
            (Some(c), None)
                if degree_before && TOO_ADJECTIVES.contains(c) && !matches!(tag, "a" | "v") =>
            {
                "a"
            }
            _ => tag,
        };
        // "颜色有点土": alone, such an adjective is tagged a bound morpheme ("zg").
        let tag = if tag == "zg" && t.word.chars().count() == 1 && TOO_ADJECTIVES.contains(t.word) {
            "a"
        } else {
            tag
        };
        let end = start + t.word.len();
        // "放得下", "连得上": jieba splits the potential complement off as a place or time
        // word ("放得/v 下/f"); it is one verb, as "看得清" is.
        if let Some(prev) = out.last_mut() {
            let joins = prev.end() == start
                && prev.is_verb()
                && prev.text.chars().count() == 2
                && prev.text.ends_with('得')
                && !matches!(tag, "v" | "a")
                && POTENTIAL_COMPLEMENTS.contains(&t.word);
            if joins {
                prev.text = &text[prev.start..end];
                prev.tag = "v";
                at = end;
                continue;
            }
        }
        // "价格合理", "保持稳定", "信息安全": the dictionary holds a subject and its state as one
        // noun; they are two words, and the state is what the statement says.
        if tag.starts_with('n') || tag == "vn" {
            let state = STATES
                .iter()
                .find(|s| t.word.ends_with(*s) && t.word.len() > s.len());
            if let Some(state) = state {
                let split = end - state.len();
                let head = &text[start..split];
                let head_tag = match jieba().tag(head, false).as_slice() {
                    [one] => intern(one.tag),
                    _ => "n",
                };
                out.push(Word {
                    text: head,
                    tag: head_tag,
                    start,
                });
                out.push(Word {
                    text: &text[split..end],
                    tag: "a",
                    start: split,
                });
                at = end;
                continue;
            }
        }
        out.push(Word {
            text: &text[start..end],
            tag,
            start,
        });
        at = end;
    }
    out
}

/// Complements that follow "V得" in a potential form ("放得下", "拿得出来").
#[rustfmt::skip]
const POTENTIAL_COMPLEMENTS: &[&str] = &[
    "下", "上", "下来", "上来", "下去", "上去", "出来", "进去", "进来", "起来", "过去", "回来",
    "出", "进", "到", "开", "动", "住", "完", "清", "见", "通", "着", "满", "去",
];

/// Tags are a small closed set; keeping them 'static frees callers from jieba's lifetimes.
fn intern(tag: &str) -> &'static str {
    const TAGS: &[&str] = &[
        "a", "ad", "ag", "an", "b", "c", "d", "df", "dg", "e", "eng", "f", "g", "h", "i", "j", "k",
        "l", "m", "mg", "mq", "n", "ng", "nr", "nrfg", "nrt", "ns", "nt", "nz", "o", "p", "q", "r",
        "rg", "rr", "rz", "s", "t", "tg", "u", "ud", "ug", "uj", "ul", "uv", "uz", "v", "vd", "vg",
        "vi", "vn", "vq", "x", "y", "z", "zg",
    ];
    TAGS.iter().find(|t| **t == tag).copied().unwrap_or("x")
}

/// Content words only (no punctuation or whitespace), for counting and matching.
pub fn content_words(text: &str) -> Vec<Word<'_>> {
    words(text)
        .into_iter()
        .filter(|w| !w.is_punct() && !w.text.trim().is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_cover_the_text_in_order() {
        let text = "水壶烧水快，而且声音小";
        let ws = words(text);
        let joined: String = ws.iter().map(|w| w.text).collect();
        assert_eq!(joined, text);
        for w in &ws {
            assert_eq!(&text[w.start..w.end()], w.text);
        }
        let texts: Vec<&str> = content_words(text).iter().map(|w| w.text).collect();
        assert_eq!(texts, ["水壶", "烧水", "快", "而且", "声音", "小"]);
    }

    /// A text's words with their tags.
    fn tagged(t: &str) -> Vec<(String, &'static str)> {
        words(t)
            .iter()
            .map(|w| (w.text.to_string(), w.tag))
            .collect()
    }

    /// A kept segmentation is the one made afresh, for the text it was kept for.
    #[test]
    fn kept_words_are_the_words() {
        let of = tagged;
        let fresh = of("价格合理，热水很快流出");
        keep();
        assert_eq!(of("价格合理，热水很快流出"), fresh);
        assert_eq!(of("价格合理，热水很快流出"), fresh);
        assert_ne!(of("价格合理"), fresh);
        forget();
        assert_eq!(of("价格合理，热水很快流出"), fresh);
        let spans: Vec<(usize, usize)> = words("价格合理，热水很快流出")
            .iter()
            .map(|w| (w.start, w.end()))
            .collect();
        assert_eq!(
            spans.last().map(|s| s.1),
            Some("价格合理，热水很快流出".len())
        );
    }

    #[test]
    fn too_and_an_adjective_are_two_words() {
        let tags = tagged;
        assert_eq!(
            tags("充电器线太短"),
            [
                ("充电器".into(), "n"),
                ("线".into(), "n"),
                ("太".into(), "d"),
                ("短".into(), "a")
            ]
        );
        assert!(tags("太阳很大").iter().any(|(w, _)| w == "太阳"));
    }

    #[test]
    fn a_potential_complement_is_one_verb() {
        for (text, verb) in [("后备箱放得下", "放得下"), ("锅盖内侧拆得下来", "拆得下来")]
        {
            let ws = words(text);
            let last = ws.last().unwrap();
            assert_eq!((last.text, last.tag), (verb, "v"), "{text}");
        }
    }

    #[test]
    fn product_words_are_kept_whole() {
        let texts: Vec<&str> = words("人体工学把手").iter().map(|w| w.text).collect();
        assert_eq!(texts.last(), Some(&"把手"));
        assert!(words("用电子打火器").iter().any(|w| w.text == "电子打火器"));
    }
}
