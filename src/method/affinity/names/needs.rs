//! Needs that customers voice in words of their own: a battery that "dies after one room", "is
//! toast" or "lasts all week" is one need, the battery lasting long, though no two cards share a
//! phrase that says so. When most of an island's cards speak of one such need and none of their
//! phrases names it, the island is named by the need, as a colleague would name it, rather than
//! by one card cut short.
//!
//! The lists are general, like the facets ([`super::super::facets`]): aspects any consumer
//! product is judged on, each said as a demanded quality that passes the wording rules (a test
//! checks every one). Each need is called for by a few words; a card that holds one of them
//! speaks of the need, whether in praise or complaint.

use std::collections::HashMap;
use std::sync::OnceLock;

use rust_stemmers::Stemmer;

use super::{CardWord, has_cjk};
use crate::method::affinity::facets;
use crate::method::affinity::tfidf::Corpus;

/// The least share of an island's cards that must speak of a need for it to name the island.
const LEAST_SHARE: f32 = 0.6;

/// English needs: the words that call for each, and the need as a statement.
#[rustfmt::skip]
const NEEDS_EN: &[(&[&str], &str)] = &[
    (&["battery", "batteries", "runtime", "mah"], "The battery lasts long"),
    (&["charge", "charges", "charging", "charged", "charger", "recharge", "recharging"],
        "The battery charges quickly"),
    (&["wifi", "wi-fi", "router", "network", "offline", "online", "connect", "connects",
        "connected", "connection", "connecting", "disconnect", "disconnects", "reconnect",
        "signal", "5ghz"], "The connection is stable"),
    (&["pair", "pairing", "paired", "bluetooth"], "The device pairs in one step"),
    (&["app", "apps"], "The app is easy to use"),
    (&["update", "updates", "updated", "updating", "firmware"], "Software updates complete smoothly"),
    (&["login", "account", "password", "logged"], "The login is quick"),
    (&["crash", "crashes", "crashed", "bug", "bugs", "buggy", "freezes", "froze", "glitch"],
        "The software runs stably"),
    (&["price", "priced", "pricey", "overpriced", "cost", "costs", "costly", "expensive",
        "cheap", "cheaper", "money", "worth", "value", "pay", "paid", "bargain", "afford",
        "budget", "dollars", "bucks"], "The price is fair"),
    (&["support", "service", "agent", "chat", "email", "emailed", "reply", "replied",
        "respond", "responded", "response", "hotline", "helpdesk"],
        "The support team replies quickly"),
    (&["warranty", "repair", "repaired", "repairs", "rma", "refund", "refunded"],
        "Warranty repairs are quick"),
    (&["broke", "broken", "break", "breaks", "crack", "cracked", "snapped", "durable",
        "sturdy", "flimsy", "apart"], "The build is sturdy"),
    (&["setup", "install", "installed", "installation", "assemble", "assembly"],
        "Setup is quick"),
    (&["manual", "instructions", "guide"], "The instructions are clear"),
    (&["leak", "leaks", "leaking", "leaked", "drip", "drips", "dripping", "puddle"],
        "Water stays in the tank"),
    (&["ugly", "color", "colour", "colors", "design", "style", "sleek", "beautiful",
        "stylish"], "The design looks stylish"),
    (&["button", "buttons", "knob", "knobs"], "The buttons are easy to press"),
    (&["remote"], "The remote is easy to use"),
    (&["screen", "display"], "The display is easy to read"),
    (&["voice", "alexa", "siri", "assistant"], "Voice control works reliably"),
    (&["temperature", "temperatures"], "The temperature stays steady"),
    (&["comfortable", "comfort", "uncomfortable", "ergonomic"], "The product sits comfortably"),
    (&["strap", "straps"], "The strap sits softly on the wrist"),
    (&["accurate", "accuracy", "precise", "inaccurate", "calibrate", "calibration"],
        "Readings are accurate"),
    (&["delivery", "delivered", "shipping", "shipped", "courier", "parcel"],
        "Delivery is quick"),
    (&["packaging", "packaged"], "The packaging protects the contents"),
    (&["privacy", "private", "data", "permission", "permissions",
        "spy"], "Personal data stays private"),
    (&["error", "errors", "message", "messages", "warning", "warnings"],
        "Error messages are clear"),
    (&["notification", "notifications", "alert", "alerts", "reminder", "reminders"],
        "Notifications arrive on time"),
    (&["spare", "parts", "replacement", "replacements", "consumables", "refills"],
        "Spare parts are easy to get"),
    (&["maintenance", "maintain"], "Maintenance is quick"),
    (&["schedule", "scheduled", "scheduling", "timer"], "The schedule runs as set"),
    (&["noise", "noisy", "loud", "louder", "loudly", "quiet", "quieter", "silent", "hum",
        "whine", "buzz", "rattle", "rattles", "squeak", "decibel", "db", "racket"],
        "The noise stays low"),
    (&["map", "maps", "mapping", "remap", "navigation", "navigates"],
        "The map stays accurate"),
    // A ride over rough ground: bikes, scooters, prams, cars.
    (&["suspension", "shock", "shocks", "bumpy", "bumps", "jolts", "jarring"],
        "The ride stays smooth over bumps"),
];

/// Chinese needs: the words that call for each, and the need as a statement.
#[rustfmt::skip]
const NEEDS_ZH: &[(&[&str], &str)] = &[
    (&["电池", "续航", "电量", "没电", "耗电", "掉电", "待机"], "电池续航时间长"),
    // Before charging: a card on the charger speaks of charging too, and ties go first.
    (&["充电器"], "充电器用着放心"),
    (&["充电", "充满"], "电池充电很快"),
    (&["网络", "信号", "联网", "掉线", "断网", "断线", "配网", "wifi", "WiFi"], "网络连接稳定"),
    (&["蓝牙", "配对"], "蓝牙连接稳定"),
    (&["App", "APP", "app", "软件"], "手机App用起来顺手"),
    (&["升级", "更新", "固件"], "系统升级很快完成"),
    (&["登录", "账号", "密码"], "登录过程方便"),
    (&["闪退", "卡顿", "死机", "重启", "白屏"], "系统运行稳定"),
    (&["价格", "价钱", "贵", "便宜", "性价比", "划算", "花钱", "收费"], "价钱公道"),
    (&["客服", "回复"], "客服回复及时"),
    (&["售后", "保修", "维修", "退货", "换货", "退款", "网点"], "售后维修及时"),
    (&["坏", "坏了", "开裂", "耐用", "结实", "损坏", "磨损", "断裂"], "机器经久耐用"),
    (&["安装", "组装", "激活", "绑定"], "安装过程简单"),
    (&["说明书", "教程"], "说明书写得清楚"),
    (&["漏水", "渗水", "滴水", "进水", "防水"], "防水效果可靠"),
    (&["颜色", "外观", "好看", "难看", "颜值", "款式", "造型"], "外观简洁大方"),
    (&["按键", "按钮", "旋钮"], "按键反应灵敏"),
    (&["遥控", "遥控器"], "遥控器用起来方便"),
    (&["屏幕", "触屏"], "屏幕看得清楚"),
    (&["界面", "操作"], "界面操作一看就懂"),
    (&["语音助手", "语音识别", "语音控制"], "语音识别准确"),
    (&["温度", "水温"], "温度保持稳定"),
    (&["发热", "发烫", "过热", "烫"], "机身温度适中"),
    (&["表带"], "表带戴着舒服"),
    (&["定位"], "定位准确"),
    (&["快递", "物流", "发货", "送货", "到货"], "物流很快送到"),
    (&["包装"], "包装完好"),
    (&["隐私", "泄露", "权限", "监控", "数据"], "个人信息安全"),
    (&["报错", "错误"], "出错时提示说得清楚"),
    (&["耗材", "配件", "滤网"], "配件容易买到"),
    (&["保养"], "保养过程简单"),
    (&["噪音", "噪声", "吵", "吵闹", "安静", "静音", "分贝", "异响", "嗡嗡"], "运行声音轻"),
    (&["通话", "回音", "杂音"], "通话声音清楚"),
    (&["地图", "导航"], "地图显示准确"),
    // A ride over rough ground: bikes, scooters, prams, cars.
    (&["减震", "避震", "颠", "震手", "颠簸", "减震器"], "颠簸路面上车身平稳"),
];

/// Every need as a statement, English then Chinese.
fn statements() -> impl Iterator<Item = &'static str> {
    NEEDS_EN.iter().chain(NEEDS_ZH).map(|(_, s)| *s)
}

/// Whether a name is one of the needs: whole words written out, not a card's words, so a
/// measure of names cut from cards counts it apart.
pub fn is_need(name: &str) -> bool {
    statements().any(|s| s == name)
}

/// The English needs' words as stems, the way the cards' words are compared, each with the
/// needs it calls for as bits (need `k` is bit `k`).
fn stems_en(stemmer: &Stemmer) -> &'static HashMap<String, u64> {
    static STEMS: OnceLock<HashMap<String, u64>> = OnceLock::new();
    STEMS.get_or_init(|| {
        let mut stems: HashMap<String, u64> = HashMap::new();
        for (k, (words, _)) in NEEDS_EN.iter().enumerate() {
            for w in *words {
                *stems.entry(stemmer.stem(w).into_owned()).or_insert(0) |= 1 << k;
            }
        }
        stems
    })
}

/// Whether a Chinese card speaks of a word: one of its segmented words, or within its text for
/// a word of two characters or more (the segmenter may join it with its neighbour, "打电话").
fn zh_holds(text: &str, words: &[CardWord], word: &str) -> bool {
    words.iter().any(|w| w.key == word) || word.chars().count() >= 2 && text.contains(word)
}

/// The need most of an island's cards speak of, and the share of them that do: only when at
/// least [`LEAST_SHARE`] of them, of three cards or more, do, and they share no other word as
/// widely. Ties go to the need listed first.
pub(super) fn need_of(
    texts: &[&str],
    words: &[Vec<CardWord>],
    stemmer: &Stemmer,
    corpus: &Corpus,
) -> Option<(&'static str, f32)> {
    // Two cards that share a need share a phrase too, or one says it better than a need
    // would ("The accessories are included at this price").
    let n = texts.len();
    if n < 3 {
        return None;
    }
    let cjk = texts.iter().filter(|t| has_cjk(t)).count() * 2 > n;
    // The needs each card speaks of, as bits.
    let calls: Vec<u64> = texts
        .iter()
        .zip(words)
        .map(|(text, ws)| {
            if cjk {
                NEEDS_ZH
                    .iter()
                    .enumerate()
                    .filter(|(_, (calls, _))| calls.iter().any(|c| zh_holds(text, ws, c)))
                    .fold(0, |bits, (k, _)| bits | 1 << k)
            } else {
                let stems = stems_en(stemmer);
                ws.iter()
                    .filter_map(|w| stems.get(&w.key))
                    .fold(0, |bits, b| bits | b)
            }
        })
        .collect();
    let needs = if cjk { NEEDS_ZH } else { NEEDS_EN };
    let (count, k) = (0..needs.len())
        .map(|k| (calls.iter().filter(|&&c| c & 1 << k != 0).count(), k))
        .rev()
        .max_by_key(|&(count, _)| count)?;
    let least = (LEAST_SHARE * n as f32).ceil() as usize;
    if count < least.max(2) {
        return None;
    }
    // Cards that share another word as widely say something more particular than the need
    // ("the used puck falls apart", "the drip tray fills up"): one of them names it better.
    // Words that call for a need, this one or another ("charge" beside "battery"), are the
    // need's own vocabulary, not something more particular.
    let is_call = |key: &str| {
        if cjk {
            NEEDS_ZH
                .iter()
                .flat_map(|(calls, _)| calls.iter())
                .any(|c| key == *c || c.contains(key) || key.contains(c))
        } else {
            stems_en(stemmer).contains_key(key)
        }
    };
    let mut support: HashMap<&str, usize> = HashMap::new();
    for ws in words {
        let mut keys: Vec<&str> = ws
            .iter()
            .filter(|w| w.particular && !is_call(&w.key))
            .map(|w| w.key.as_str())
            .collect();
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            *support.entry(key).or_insert(0) += 1;
        }
    }
    // Not a word the whole set speaks of ("孩子" and "手表", each in more than a tenth of the
    // remarks on children's watches), nor a scene word: those say nothing particular of the
    // island. A topic word ("bin", in one remark in twenty) still does.
    let spread = |key: &str, here: usize| {
        corpus
            .df_of(key)
            .is_some_and(|d| d as usize >= (3 * here).max(corpus.len() / 10))
    };
    if support
        .iter()
        .any(|(&key, &s)| s >= least.max(2) && !facets::is_scene(key) && !spread(key, s))
    {
        return None;
    }
    Some((needs[k].1, count as f32 / n as f32))
}

/// The share of an island's cards that speak of its need, for naming islands in turn: the
/// island that speaks most of a need gets its name first.
pub fn need_share(corpus: &Corpus, texts: &[&str], members: &[usize]) -> f32 {
    let stemmer = Stemmer::create(rust_stemmers::Algorithm::English);
    let cards: Vec<&str> = members.iter().map(|&m| texts[m]).collect();
    let words: Vec<Vec<CardWord>> = cards
        .iter()
        .map(|t| super::card_words(t, &stemmer))
        .collect();
    need_of(&cards, &words, &stemmer, corpus).map_or(0.0, |(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::method::wording;

    /// A card's needs are kept as the bits of a u64.
    #[test]
    fn the_needs_fit_in_the_bits_of_a_card() {
        assert!(NEEDS_EN.len() <= 64 && NEEDS_ZH.len() <= 64);
    }

    /// Every need is a name as the rules want one: a whole statement, no hint, no complaint.
    #[test]
    fn every_need_is_a_well_worded_statement() {
        let faults: Vec<String> = statements()
            .filter_map(|s| {
                let hints = wording::check(s);
                (!wording::reads_as_statement(s) || !hints.is_empty() || wording::complains(s))
                    .then(|| {
                        format!(
                            "{s}: statement {}, hints {hints:?}",
                            wording::reads_as_statement(s)
                        )
                    })
            })
            .collect();
        assert!(faults.is_empty(), "{faults:#?}");
    }

    #[test]
    fn a_need_names_an_island_only_when_most_cards_speak_of_it() {
        let stemmer = Stemmer::create(rust_stemmers::Algorithm::English);
        let of = |texts: &[&str]| {
            let words: Vec<Vec<CardWord>> = texts
                .iter()
                .map(|t| super::super::card_words(t, &stemmer))
                .collect();
            need_of(texts, &words, &stemmer, &Corpus::build(texts)).map(|(n, _)| n)
        };
        let battery = [
            "After a year battery is toast. It dies after one room.",
            "Battery life is good, 120 m² on a single charge.",
            "Batteries need to be replaceable without a screwdriver.",
            "Upstairs it runs out of battery and I carry it down.",
        ];
        assert_eq!(of(&battery), Some("The battery lasts long"));
        // Two of five is no need of the island.
        let mixed = [
            "Battery life is good",
            "The battery dies after one room",
            "The brush tangles with hair",
            "The bin is small",
            "It gets stuck under the sofa",
        ];
        assert_eq!(of(&mixed), None);
        let zh = [
            "续航能有一个礼拜",
            "电量掉得特别快",
            "一天要充两次电，电池不行",
            "待机时间太短",
        ];
        assert_eq!(of(&zh), Some("电池续航时间长"));
        // A need counts the cards that speak of it, whatever words they use.
        let calls = ["打电话有回音", "通话时有杂音", "孩子听不清"];
        assert_eq!(of(&calls), Some("通话声音清楚"));
    }
}
