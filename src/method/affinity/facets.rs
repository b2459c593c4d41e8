//! What a remark is about, beyond its own words: the quality facets of consumer products, and
//! the scene words that say who, when and where (METHOD.md's 5W1H) rather than what is needed.
//!
//! Two customers rarely use the same word for the same need: one writes "so loud", another
//! "the whine drives me mad", a third 噪音大. Word overlap alone then glues remarks by incidental
//! words instead ("when I come home…" in a battery complaint and a schedule wish). So:
//! - a word that names a facet (noise, power, connection, price, …) also gives the facet as a
//!   term of its own, and remarks on one facet meet on it whatever words they use;
//! - a scene word (home, morning, wife, 早上, 孩子…) counts for less: it tells the situation, and
//!   the situation belongs to the remark's 5W1H, not to the need the island should gather.
//!
//! The lists are general: they name aspects any product is judged on, not the words of one
//! product, so that they help on remarks they were not written from.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The weight of a scene word's term, against 1 for other words.
pub const SCENE_WEIGHT: f32 = 0.2;
/// The weight of a pair of neighbouring words, against 1 for a word.
pub const PAIR_WEIGHT: f32 = 0.5;
/// The weight of a facet term, against 1 for a word.
pub const FACET_WEIGHT: f32 = 1.5;

/// Facets: a name (used as the term, never shown), English words, Chinese words.
#[rustfmt::skip]
const FACETS: &[(&str, &[&str], &[&str])] = &[
    (
        "noise",
        &[
            "noise", "noisy", "loud", "louder", "loudly", "quiet", "quieter", "silent", "hum",
            "humming", "whine", "whining", "buzz", "buzzing", "rattle", "rattles", "squeak",
            "squeaks", "decibel", "decibels", "db", "racket", "din",
        ],
        &[
            "噪音", "噪声", "吵", "吵闹", "安静", "静音", "嗡嗡", "分贝", "异响", "响声", "声响",
        ],
    ),
    (
        "power",
        &[
            "battery", "batteries", "charge", "charges", "charging", "charged", "charger",
            "recharge", "recharging", "runtime", "drain", "drains", "mah", "unplugged",
        ],
        &[
            "电池", "电量", "续航", "充电", "充电器", "没电", "耗电", "待机", "充满", "掉电",
        ],
    ),
    (
        "connection",
        &[
            "wifi", "wi-fi", "router", "network", "offline", "online", "connect", "connects",
            "connected", "connection", "connecting", "disconnect", "disconnects", "bluetooth",
            "signal", "pair", "pairing", "paired", "reconnect", "4g", "5ghz",
        ],
        &[
            "网络", "信号", "连接", "蓝牙", "联网", "掉线", "断网", "断线", "配网", "wifi",
        ],
    ),
    (
        "software",
        &[
            "app", "apps", "update", "updates", "updated", "firmware", "software", "login",
            "account", "crash", "crashes", "bug", "bugs",
        ],
        &[
            "软件", "升级", "更新", "固件", "登录", "账号", "闪退", "推送", "系统",
        ],
    ),
    (
        "price",
        &[
            "price", "priced", "pricey", "overpriced", "cost", "costs", "costly", "expensive",
            "cheap", "cheaper", "money", "worth", "value", "pay", "paid", "paying", "dollars",
            "bucks", "budget", "afford", "bargain", "subscription",
        ],
        &[
            "价格", "价钱", "贵", "便宜", "性价比", "值", "钱", "划算", "花钱", "收费", "优惠",
        ],
    ),
    (
        "service",
        &[
            "support", "service", "warranty", "ticket", "technician", "agent", "refund", "hotline",
            "chat", "email", "emailed", "respond", "responded", "response", "reply", "replied",
            "rma", "helpdesk",
        ],
        &[
            "客服", "售后", "保修", "维修", "退货", "换货", "退款", "回复", "工单", "师傅", "服务",
        ],
    ),
    (
        "durability",
        &[
            "broke", "broken", "break", "breaks", "crack", "cracked", "cracks", "snapped", "burnt",
            "burned", "defective", "durable", "sturdy", "flimsy", "lasted", "worn", "wears", "fell",
            "apart",
        ],
        &[
            "坏", "坏了", "裂", "开裂", "耐用", "结实", "故障", "损坏", "磨损", "断裂", "质量",
        ],
    ),
    (
        "setup",
        &[
            "setup", "install", "installed", "installation", "manual", "instructions", "guide",
            "assemble", "assembly", "unbox", "unboxing", "box", "qr",
        ],
        &[
            "安装", "说明书", "教程", "组装", "开箱", "激活", "绑定",
        ],
    ),
    (
        "bulk",
        &[
            "heavy", "heavier", "weight", "weighs", "bulky", "compact", "size", "tiny", "huge",
            "kg", "lbs", "slim", "thick", "tall",
        ],
        &[
            "重", "沉", "体积", "尺寸", "大小", "重量", "笨重", "小巧", "轻便", "厚",
        ],
    ),
    (
        "smell",
        &[
            "smell", "smells", "smelled", "smelly", "odor", "odour", "stink", "stinks", "stinky",
        ],
        &[
            "味", "味道", "异味", "臭", "气味", "难闻",
        ],
    ),
    (
        "leak",
        &[
            "leak", "leaks", "leaking", "leaked", "drip", "drips", "dripping", "puddle", "spill",
        ],
        &[
            "漏水", "漏", "渗水", "滴水", "进水",
        ],
    ),
    (
        "look",
        &[
            "ugly", "look", "looks", "pretty", "color", "colour", "colors", "design", "style",
            "sleek", "beautiful", "stylish", "white", "black", "finish",
        ],
        &[
            "颜色", "外观", "好看", "难看", "颜值", "设计", "款式", "丑", "造型", "样子",
        ],
    ),
    (
        "controls",
        &[
            "button", "buttons", "remote", "control", "controls", "touch", "screen", "display",
            "menu", "knob", "switch", "voice", "alexa",
        ],
        &[
            "按键", "按钮", "遥控", "屏幕", "触屏", "界面", "旋钮", "操作", "开关", "语音",
        ],
    ),
    (
        "heat",
        &[
            "hot", "warm", "warmer", "temperature", "overheat", "overheats", "overheating", "heats",
            "heat", "cold", "cools",
        ],
        &[
            "温度", "烫", "发热", "发烫", "过热", "冰凉", "水温", "保温",
        ],
    ),
    (
        "safety",
        &[
            "safe", "safety", "danger", "dangerous", "fire", "shock", "hazard", "injury",
        ],
        &[
            "安全", "危险", "着火", "漏电", "隐患", "伤",
        ],
    ),
    (
        "comfort",
        &[
            "comfortable", "comfort", "uncomfortable", "strap", "grip", "ergonomic", "hurts",
        ],
        &[
            "舒服", "舒适", "硌", "佩戴", "表带", "握", "手感",
        ],
    ),
    (
        "accuracy",
        &[
            "accurate", "accuracy", "precise", "inaccurate", "calibrate", "calibration",
        ],
        &[
            "准", "准确", "精准", "偏差", "误差", "不准",
        ],
    ),
    (
        "stuck",
        &[
            "stuck", "trapped", "jam", "jams", "jammed", "wedged", "caught", "hung",
        ],
        &[
            "卡住", "卡", "困住", "堵", "堵住",
        ],
    ),
    (
        "delivery",
        &[
            "delivery", "delivered", "shipping", "shipped", "arrived", "package", "packaging",
            "courier", "parcel",
        ],
        &[
            "快递", "物流", "发货", "包装", "送货", "到货",
        ],
    ),
    (
        "verdict",
        &[
            "recommend", "recommended", "stars", "star", "returned", "returning", "disappointed",
            "disappointing", "regret", "love", "loves", "hate", "upgrade", "purchase", "bought",
        ],
        &[
            "推荐", "后悔", "失望", "好评", "差评", "五星", "喜欢", "满意", "入手",
        ],
    ),
    (
        "privacy",
        &[
            "privacy", "private", "camera", "photos", "photo", "data", "location", "permission",
            "permissions", "tracking", "cloud", "spy",
        ],
        &[
            "隐私", "数据", "泄露", "权限", "摄像头", "位置信息", "监控",
        ],
    ),
    (
        "alerts",
        &[
            "error", "errors", "alert", "alerts", "warning", "warnings", "message", "messages",
            "beep", "beeps", "beeping", "notification", "notifications",
        ],
        &[
            "报错", "提示", "提醒", "警告", "错误", "通知", "消息",
        ],
    ),
    (
        "upkeep",
        &[
            "maintenance", "maintain", "replace", "replaced", "replacement", "spare", "parts",
            "consumables", "refill", "refills",
        ],
        &[
            "耗材", "配件", "更换", "保养", "滤网", "替换",
        ],
    ),
    (
        "time",
        &[
            "timer", "schedule", "scheduled", "scheduling", "weekdays", "delay", "delayed",
        ],
        &[
            "定时", "预约", "延时",
        ],
    ),
];

/// Scene words: who, when and where, English.
#[rustfmt::skip]
const SCENE_EN: &[&str] = &[
    "afternoon", "apartment", "bathroom", "bedroom", "brother", "colleague", "colleagues", "dad",
    "daughter", "daughters", "day", "days", "evening", "evenings", "family", "flat", "friend",
    "friends", "grandma", "grandpa", "guest", "guests", "hallway", "home", "house", "husband",
    "kid", "kids", "kitchen", "living", "mom", "month", "months", "morning", "mornings", "mother",
    "mum", "neighbor", "neighbors", "neighbour", "night", "nights", "office", "parents", "place",
    "room", "rooms", "sister", "son", "sons", "today", "tonight", "week", "weekend", "weekends",
    "weeks", "wife", "work", "year", "years", "yesterday",
];

/// Scene words: who, when and where, Chinese.
#[rustfmt::skip]
const SCENE_ZH: &[&str] = &[
    "家", "家里", "房间", "厨房", "卫生间", "浴室", "客厅", "卧室", "办公室", "公司", "学校", "上班", "下班", "早上", "晚上", "中午",
    "下午", "上午", "每天", "周末", "昨天", "今天", "孩子", "小孩", "老婆", "老公", "妈妈", "爸爸", "家人", "朋友", "同事", "女儿",
    "儿子", "爷爷", "奶奶", "姥姥", "老师", "同学", "天", "月", "年", "星期", "小时候", "平时",
];

struct Lexicon {
    /// English stem or Chinese word → facet name.
    facet: HashMap<String, &'static str>,
    /// English stems and Chinese words of the scene.
    scene: std::collections::HashSet<String>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        let mut facet = HashMap::new();
        for (name, en, zh) in FACETS {
            for w in *en {
                facet.insert(stemmer.stem(w).into_owned(), *name);
            }
            for w in *zh {
                facet.insert((*w).to_string(), *name);
            }
        }
        let scene = SCENE_EN
            .iter()
            .map(|w| stemmer.stem(w).into_owned())
            .chain(SCENE_ZH.iter().map(|w| (*w).to_string()))
            .collect();
        Lexicon { facet, scene }
    })
}

/// The facet an English stem or a Chinese word names, if any.
pub fn facet_of(term: &str) -> Option<&'static str> {
    lexicon().facet.get(term).copied()
}

/// Whether an English stem or a Chinese word tells the scene rather than the need.
pub fn is_scene(term: &str) -> bool {
    lexicon().scene.contains(term)
}

/// Labels that name the channel a remark came through, before a colon ("Support ticket: …",
/// "工单：…").
#[rustfmt::skip]
const CHANNELS: &[&str] = &[
    "survey", "interview", "interview note", "interview notes", "ticket", "support ticket",
    "review", "note", "notes", "feedback", "complaint", "comment", "email", "chat", "call",
    "问卷", "问卷开放题", "访谈", "访谈记录", "工单", "追评", "评论", "反馈", "留言", "投诉", "客服记录",
];

/// A remark without the channel label it opens with.
pub(super) fn without_channel(text: &str) -> &str {
    let Some((head, rest)) = text.split_once([':', '：']) else {
        return text;
    };
    let head = head.trim().to_lowercase();
    // "用了半年，追评": the label may close a short lead-in.
    let last = head.rsplit([',', '，', ' ']).next().unwrap_or(&head);
    if CHANNELS.contains(&head.as_str()) || CHANNELS.contains(&last) && head.chars().count() <= 12 {
        rest
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The channel is how a remark was said: a support ticket about the wifi is about the wifi,
    /// not about service.
    #[test]
    fn a_channel_label_is_no_topic() {
        use crate::method::affinity::text::{Terms, Tokenizer};
        let topics = |t: &str| -> Vec<String> {
            Tokenizer::with(Terms::Topics)
                .tokens(t)
                .into_iter()
                .map(|t| t.term)
                .collect()
        };
        let t = topics("Support ticket: the robot drops off the wifi every day");
        assert!(!t.iter().any(|x| x == "#service"), "{t:?}");
        assert!(t.iter().any(|x| x == "#connection"), "{t:?}");
        let t = topics("工单：手表连不上WiFi");
        assert!(!t.iter().any(|x| x == "#service"), "{t:?}");
        let t = topics("用了半年，追评：表带断了");
        assert!(!t.iter().any(|x| x.contains("追评")), "{t:?}");
        // A label that says what the remark is about stays.
        let t = topics("Rugs with fringes: it lifts the fringes up");
        assert!(t.iter().any(|x| x == "rug"), "{t:?}");
    }

    #[test]
    fn words_of_a_facet_meet_whatever_form_they_take() {
        assert_eq!(facet_of("loud"), Some("noise"));
        assert_eq!(facet_of("nois"), Some("noise")); // the stem of "noisy"
        assert_eq!(facet_of("噪音"), Some("noise"));
        assert_eq!(facet_of("charger"), Some("power"));
        assert_eq!(facet_of("续航"), Some("power"));
        assert_eq!(facet_of("kettle"), None);
    }

    #[test]
    fn scene_words_are_known_in_both_languages() {
        assert!(is_scene("morn")); // "morning"
        assert!(is_scene("早上"));
        assert!(!is_scene("batteri"));
    }

    #[test]
    fn no_word_names_two_facets() {
        let mut seen: HashMap<String, &str> = HashMap::new();
        let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        for (name, en, zh) in FACETS {
            for w in en
                .iter()
                .map(|w| stemmer.stem(w).into_owned())
                .chain(zh.iter().map(|w| w.to_string()))
            {
                if let Some(other) = seen.insert(w.clone(), name) {
                    assert_eq!(other, *name, "{w} is in {other} and {name}");
                }
            }
        }
    }
}
