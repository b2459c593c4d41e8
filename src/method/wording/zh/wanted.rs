//! A complaint restated as the state the customer wants: "车筐太小" → "车筐足够大", "车胎质量差"
//! → "车胎质量好", "上坡没劲" → "上坡有劲". Island names are demanded qualities, and a demanded
//! quality says what is wanted, not what is wrong. Only "subject + (degree) + adjective" at the
//! end of the statement is restated, with adjectives whose opposite is the plain wanted state.

use super::shared::is_punct;
use crate::method::wording::segment;

/// (complaint, wanted state, whether the wanted state takes 足够: "车筐足够大", not "车筐大").
#[rustfmt::skip]
const OPPOSITES: &[(&str, &str, bool)] = &[
    ("小", "大", true), ("短", "长", true), ("暗", "亮", true), ("低", "高", true),
    ("少", "多", true), ("窄", "宽", true), ("弱", "强", true), ("薄", "厚", true),
    ("慢", "快", false), ("重", "轻", false), ("沉", "轻", false), ("吵", "安静", false),
    ("贵", "实惠", false), ("差", "好", false), ("难", "容易", false), ("麻烦", "方便", false),
    ("复杂", "简单", false), ("繁琐", "简单", false), ("刺耳", "柔和", false),
    ("刺眼", "柔和", false), ("粗糙", "光滑", false), ("模糊", "清晰", false), ("累", "省力", false),
    ("费劲", "省力", false), ("吃力", "省力", false), ("费力", "省力", false), ("费电", "省电", false),
    ("耗电", "省电", false), ("难看", "好看", false), ("丑", "好看", false), ("难用", "好用", false),
    // 卡 only after a degree ("很卡"): "流量卡" is a card.
    ("卡顿", "流畅", false), ("卡", "流畅", false), ("晃", "稳", false), ("闷", "透气", false),
    ("脏", "干净", false),
    ("松", "牢固", false), ("简陋", "结实", false), ("笨重", "轻便", false), ("难闻", "气味清新", false),
    ("没劲", "有劲", false), ("坏", "耐用", false), ("乱", "整齐", false), ("不稳", "稳", false),
    // A part that comes off (verb of detachment): "涂层掉" wants it to hold.
    ("掉", "牢固", false),
    // Shape lost in use; a front end that floats at speed.
    ("变形", "保持形状", false), ("发飘", "平稳", false),
    // Frost damage; heat felt by the hand.
    ("冻裂", "耐冻", false), ("冻坏", "耐冻", false), ("烫手", "摸着凉", false),
    // A device that restarts or hangs wants to run stably.
    ("重启", "运行稳定", false), ("死机", "运行稳定", false), ("闪退", "运行稳定", false),
    // Rice half cooked; a lid that drips.
    ("夹生", "熟透", false), ("滴水", "干爽", false),
    // Reduplicated (ABB) adjectives that only ever complain.
    ("黏糊糊", "软硬适中", false), ("湿漉漉", "干爽", false), ("脏兮兮", "干净", false),
    ("乱糟糟", "整齐", false), ("皱巴巴", "平整", false),
];
/// Adjectives of a measure either end of which can be too much ("太亮", "偏软"): the wanted
/// state is the measure "适中" ("亮度适中", "软硬适中"), not its opposite.
#[rustfmt::skip]
const MEASURES: &[(&str, &str)] = &[
    ("大", "大小"), ("多", "数量"), ("长", "长短"), ("高", "高低"), ("厚", "厚薄"),
    ("宽", "宽窄"), ("粗", "粗细"), ("细", "粗细"), ("深", "深浅"), ("浅", "深浅"),
    ("软", "软硬"), ("硬", "软硬"), ("紧", "松紧"), ("轻", "重量"), ("亮", "亮度"),
    ("甜", "甜度"), ("咸", "咸淡"), ("淡", "咸淡"), ("稀", "稀稠"), ("稠", "稀稠"),
    ("干", "干湿"), ("湿", "干湿"), ("烫", "温度"), ("冷", "冷热"), ("凉", "冷热"),
    ("热", "冷热"), ("响", "音量"), ("快", "快慢")
];
/// Too much of a cost wants less of it ("噪音太大" → "噪音小", "广告太多" → "广告少"), not
/// the right measure.
const LESS_OF: &[(&str, &str)] = &[
    ("大", "小"),
    ("多", "少"),
    ("高", "低"),
    ("长", "短"),
    ("重", "轻"),
];
/// Off smells a statement ends on ("密封圈有味道", "新锅一股怪味"): the wanted state is a
/// fresh smell, said without a negative.
const SMELLS: &[&str] = &[
    "有味道",
    "有异味",
    "有怪味",
    "有臭味",
    "一股怪味",
    "一股味道",
    "一股异味",
    "有金属味",
    "有塑料味",
    "有橡胶味",
    "有焦味",
    "有霉味",
    "一股塑料味",
    "一股焦味",
];
/// Units a wait is told in, after 要 ("要一个多小时", "要很久").
const WAIT_UNITS: &[&str] = &["小时", "钟头", "分钟", "天", "很久", "好久", "半天", "秒"];
/// Degree words that say "too much": only with these is a measure a complaint ("很大" may be
/// praise).
const EXCESS: &[&str] = &["太", "过于", "太过", "偏", "有点", "有点儿", "有些", "过"];
/// Nouns that already name a measure: "保温时间太长" wants "保温时间适中".
const MEASURE_NOUNS: &[&str] = &[
    "时间", "温度", "长度", "亮度", "音量", "声音", "尺寸", "重量", "高度", "速度", "距离", "间距",
    "力度", "厚度", "大小", "口味", "味道",
];

/// What a customer wants less of: with these, "小", "低", "少" state the wanted state.
#[rustfmt::skip]
const COSTS: &[&str] = &[
    "耗电", "耗", "电费", "噪音", "噪声", "价格", "价钱", "费用", "成本", "重量", "误差", "故障",
    "广告", "水垢", "辐射", "等待", "延迟", "功耗", "油耗", "异味", "震动", "振动", "划痕",
];
/// Adjectives of less, which praise a cost.
const LESS: &[&str] = &["小", "短", "低", "少"];

/// Whether any of these words names a cost.
fn names_a_cost<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let words: Vec<&str> = words.collect();
    // The sound a machine makes is noise ("机器运行时声音很小", "风扇声音小"); the sound of a
    // call, a speaker or an alarm is what is listened to ("通话声音太小", "铃声足够大").
    let heard = words.iter().any(|w| HEARD.iter().any(|h| w.contains(h)));
    words
        .iter()
        .any(|w| COSTS.iter().any(|c| w.contains(c)) || !heard && w.contains("声"))
}

/// Degree words before the adjective; they go with the complaint.
#[rustfmt::skip]
const DEGREE: &[&str] = &[
    "太", "过于", "太过", "有点", "有点儿", "有些", "特别", "非常", "很", "真", "超", "超级",
    "比较", "偏", "挺", "好", "蛮", "相当", "实在", "十分", "略", "稍微", "巨", "老是", "总是",
    "一直", "经常", "老", "总", "还是", "也", "频繁", "时常", "常常",
];
/// Words that may close the complaint and go with it ("太沉了", "太小啦").
const TAIL: &[&str] = &[
    "了", "啦", "啊", "呀", "的", "死了", "极了", "点", "一点", "些",
];

/// Noises a machine has ("有嗡嗡声"); the wanted state is a quiet run.
const NOISES: &[&str] = &[
    "嗡嗡声",
    "异响",
    "杂音",
    "噪音",
    "咔咔声",
    "吱吱声",
    "咯吱声",
    "回音",
];
/// What is listened to: with a noise it wants clear sound.
const HEARD: &[&str] = &[
    "通话",
    "电话",
    "语音",
    "视频",
    "喇叭",
    "听筒",
    "耳机",
    "音箱",
    "外放",
    "铃",
    "闹钟",
    "提示音",
    "音乐",
    "广播",
    "音响",
];
/// Noises a machine makes, said by their sound ("咔咔响").
const SOUNDS: &[&str] = &["咔咔响", "嗡嗡响", "吱吱响", "咯吱响", "哗哗响"];

pub(crate) fn wanted(text: &str) -> Option<String> {
    let text = text.trim_end_matches(|c: char| is_punct(c) || c.is_whitespace());
    if text.chars().any(is_punct) {
        return None;
    }
    // "希望声音再小一点", "屏幕更亮一些": a wish for more of a state names the state wanted; it
    // is not a complaint of too much of it.
    let words = segment::words(text);
    if ["希望", "想要", "要是"].iter().any(|w| text.starts_with(w))
        || words
            .iter()
            .any(|w| ["再", "更", "更加", "再稍微"].contains(&w.text))
    {
        return None;
    }
    // "煮一锅饭要一个多小时" → "煮一锅饭很快": a long wait wants it quick.
    if a_long_wait(text) {
        let at = text.rfind('要')?;
        let subject = &text[..at];
        return (subject.chars().count() >= 2).then(|| format!("{subject}很快"));
    }
    // "刻度线印得太浅" → "刻度线印得清楚": a marking too faint or small wants to be legible,
    // not "深浅适中".
    for mark in ["印得", "写得", "刻得", "标得"] {
        if let Some(at) = text.find(mark) {
            let rest = &text[at + mark.len()..];
            let rest = ["太", "有点", "有些", "偏", "过于"]
                .iter()
                .find_map(|d| rest.strip_prefix(d))
                .unwrap_or(rest);
            let faint = ["浅", "淡", "小", "模糊", "不清楚"].contains(&rest);
            if faint && at > 0 {
                return Some(format!("{}{mark}清楚", &text[..at]));
            }
            // "说明书写得太简单" → "说明书写得详细".
            let brief = ["简单", "简略", "笼统", "少"].contains(&rest);
            if brief && at > 0 && mark == "写得" {
                return Some(format!("{}{mark}详细", &text[..at]));
            }
        }
    }
    // "电机有嗡嗡声" → "电机运行安静", "煮饭的时候咔咔响" → "煮饭的时候很安静": a noise wants quiet.
    if let Some(noise) = NOISES.iter().find(|n| text.ends_with(&format!("有{n}"))) {
        let subject = &text[..text.len() - noise.len() - "有".len()];
        // "运行时没有杂音" is praise.
        let denied = subject.ends_with(['没', '不']);
        // A call or a speaker wants clear sound, not a quiet run ("通话有杂音" → "通话声音清晰").
        let heard = HEARD.iter().any(|h| subject.contains(h));
        let named = heard || segment::words(subject).iter().any(|w| w.is_noun());
        let state = if heard {
            "声音清晰"
        } else if *noise == "回音" {
            return None;
        } else {
            "运行安静"
        };
        return (named && !denied).then(|| format!("{subject}{state}"));
    }
    if let Some(sound) = SOUNDS.iter().find(|n| text.ends_with(*n)) {
        let before = &text[..text.len() - sound.len()];
        return (before.chars().count() >= 2).then(|| format!("{before}很安静"));
    }
    // "密封圈有味道" → "密封圈气味清新".
    if let Some(smell) = SMELLS.iter().find(|s| text.ends_with(*s)) {
        let subject = &text[..text.len() - smell.len()];
        let named = segment::words(subject).iter().any(|w| w.is_noun());
        return named.then(|| format!("{subject}气味清新"));
    }
    let mut end = words.len();
    // How many came off goes with the fault ("螺丝掉了一颗").
    if end > 2 && matches!(words[end - 1].tag, "m" | "mq") && words[end - 2].text == "了" {
        end -= 1;
    }
    while end > 1 && TAIL.contains(&words[end - 1].text) {
        end -= 1;
    }
    // The adjective may come as one word with its degree ("太小" where the dictionary joins
    // them) or after it.
    let last = words.get(end.checked_sub(1)?)?;
    let (degree_at, adj) = DEGREE
        .iter()
        .filter_map(|d| last.text.strip_prefix(d).map(|a| (last.start, a)))
        .find(|(_, a)| !a.is_empty())
        .unwrap_or((last.start, last.text));
    let mut from = if adj == last.text {
        last.start
    } else {
        degree_at
    };
    let mut excess = EXCESS
        .iter()
        .any(|d| last.text.starts_with(d) && adj != last.text);
    let mut i = end - 1;
    while i > 0 && DEGREE.contains(&words[i - 1].text) {
        i -= 1;
        from = words[i].start;
        excess |= EXCESS.contains(&words[i].text);
    }
    // A quality denied ("从不卡顿", "并不贵") is no complaint to restate, nor is one of two
    // ("又热又闷": only restating the last would contradict the first).
    if i > 0
        && [
            "不",
            "从不",
            "没",
            "没有",
            "并不",
            "毫不",
            "一点不",
            "不会",
            "从来不",
            "又",
        ]
        .contains(&words[i - 1].text)
    {
        return None;
    }
    let degreed = adj != last.text || i + 1 < end;
    if adj == "卡" && !degreed {
        return None;
    }
    // "电量掉得特别快" → "电量掉得慢": a loss that comes fast wants it slow.
    if adj == "快"
        && let [.., lose, de] = &words[..i]
        && de.text == "得"
        && ["掉", "耗", "磨", "磨损", "漏"].contains(&lose.text)
    {
        return Some(format!("{}慢", &text[..de.end()]));
    }
    // Too much of a cost wants less of it; an opposite states the wanted state; else too much
    // of a measure wants it just right.
    let less = LESS_OF
        .iter()
        .find(|(more, _)| *more == adj)
        .filter(|_| names_a_cost(words[..i].iter().map(|w| w.text)));
    let (good, enough) = match (less, OPPOSITES.iter().find(|(bad, ..)| *bad == adj)) {
        (Some((_, fewer)), _) => (fewer.to_string(), false),
        (None, Some((_, good, enough))) => (good.to_string(), *enough),
        (None, None) => {
            let (_, measure) = MEASURES
                .iter()
                .find(|(a, _)| *a == adj)
                .filter(|_| excess)?;
            let named = MEASURE_NOUNS.iter().any(|n| text[..from].ends_with(n));
            match (named, adj) {
                // 亮度 is a characteristic, which a demanded quality does not name (rule 3).
                (false, "亮") => ("光线柔和".to_string(), false),
                (true, _) => ("适中".to_string(), false),
                (false, _) => (format!("{measure}适中"), false),
            }
        }
    };
    // A subject before it: at least one noun, and no verb right before the adjective that it
    // would describe instead ("跑得慢" keeps its verb, "骑得累" too).
    let subject = &words[..i];
    // A Latin name counts as a noun ("logo太大", "App太卡").
    if !subject
        .iter()
        .any(|w| w.is_noun() || w.is_verb() || w.tag == "eng")
    {
        return None;
    }
    // "密封圈半年就变形了" → "密封圈长期保持形状": a fault that came soon wants the state kept
    // for long; "…就耐用" would say nothing.
    if let Some(named) = soon_after(subject) {
        let good = if good == "耐用" {
            "经久耐用".to_string()
        } else {
            format!("长期{good}")
        };
        return Some(format!("{}{good}", &text[..named]));
    }
    // "颜色会掉", "用了半年都坏": a fault that may come, or comes all the same; dropping the
    // adjective alone leaves "…会牢固".
    if subject
        .last()
        .is_some_and(|w| ["得", "就", "会", "都", "容易"].contains(&w.text))
    {
        return None;
    }
    // "涂层蹭掉了", "提示音能调小": a bare adjective right after a one-character verb (jieba
    // may join a modal to it, 能调) completes it (rubbed off, turned down); "…蹭牢固", "…调足够大"
    // say nothing.
    let one_verb = |w: &segment::Word| {
        let verb = ["能", "可", "会"]
            .iter()
            .find_map(|m| w.text.strip_prefix(m))
            .unwrap_or(w.text);
        w.is_verb() && verb.chars().count() == 1
    };
    if !degreed && subject.last().is_some_and(one_verb) {
        return None;
    }
    // "补胎要拆后轮太麻烦": what is hard is a step the subject must take, and "…后轮方便"
    // would praise the wheel.
    if subject
        .iter()
        .any(|w| ["要", "得", "需要", "还要", "必须"].contains(&w.text))
    {
        return None;
    }
    // Less of a cost is what is wanted: "耗电很少", "噪音低" are praise.
    if LESS.contains(&adj) && names_a_cost(subject.iter().map(|w| w.text)) {
        return None;
    }
    let enough = if enough { "足够" } else { "" };
    Some(format!("{}{enough}{good}", &text[..from]))
}

/// What a statement says after its condition ("…时", "…的时候"), when something follows it.
/// By character: the dictionary joins 时 to what follows ("时会") or precedes ("太高时"). 时 in
/// a word of its own (时间, 及时, 小时, 同时…) opens no condition.
fn after_condition(text: &str) -> &str {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    chars
        .iter()
        .enumerate()
        .rev()
        .find(|&(i, &(_, c))| {
            let prev = i.checked_sub(1).map(|p| chars[p].1);
            let next = chars.get(i + 1).map(|&(_, n)| n);
            c == '时'
                && i > 0
                && !prev.is_some_and(|p| "及准按同随定临小实平当有暂计费省耗".contains(p))
                && !next.is_some_and(|n| "间长段刻代尚髦钟机效".contains(n))
        })
        .map(|(i, _)| {
            let mut end = chars.get(i + 1).map_or(text.len(), |&(b, _)| b);
            if text[end..].starts_with('候') {
                end += '候'.len_utf8();
            }
            text[end..].trim_start_matches(|c: char| is_punct(c) || c.is_whitespace())
        })
        .filter(|rest| !rest.is_empty())
        .unwrap_or(text)
}

/// Where the part named before "(用了)半年就" ends, when the subject names a part and then the
/// short time after which a fault came.
fn soon_after(subject: &[segment::Word]) -> Option<usize> {
    let [.., time, jiu] = subject else {
        return None;
    };
    let short = |w: &str| {
        ["年", "月", "天", "周", "星期"]
            .iter()
            .any(|u| w.ends_with(u))
    };
    if jiu.text != "就" || time.tag != "m" || !short(time.text) {
        return None;
    }
    // "用了" before the time goes with it.
    let before = &subject[..subject.len() - 2];
    let k = match before {
        [.., used, le] if used.text == "用" && le.text == "了" => before.len() - 2,
        _ => before.len(),
    };
    let part = &before[..k];
    (part.iter().any(|w| w.is_noun()) && part.last().is_some_and(|w| w.is_noun()))
        .then(|| part.last().map_or(0, |w| w.end()))
}

/// Words and phrases that say something is wrong or lacking: a limit (只能, 只支持), a fault
/// (延迟, 划痕, 离线, 异响), an excess (太…, 有点…, 烫; not 发热 or 耗电, which a heater may
/// want), an off smell (金属味, 橡胶味), what the customer must put up with (要手动, 被…挡住:
/// 被 mostly tells of harm), or an end at last (终于); the faults are in [`FAULTS`]. Less of a cost
/// is praise all the same ("延迟很低", "故障少").
#[rustfmt::skip]
const COMPLAINT_MARKS: &[&str] = &[
    "只能", "只支持", "只显示", "只有", "被", "全是", "终于", "让我", "要手动", "要用", "跳来跳去",
    "出汗", "水汽", "太", "有点", "烫", "厉害", "掉得", "痒", "勒", "一般", "差距", "偏", "乱跳",
    "乱点", "要自己",
    // The product demanding of its user ("App要求开通讯录").
    "要求开", "强制",
    // Done in vain ("拦截白设了", "白买了").
    "白设", "白买", "白花", "白费",
    // Noises, handling and harm no negative turns into a state ("电机有嗡嗡声", "泥点子溅到背上").
    "嗡嗡", "咔咔", "吱吱", "溅", "泡烂", "焦了", "全黑", "断了", "裂了",
];
/// Faults, which complain as the marks above do unless a negative before them denies them
/// ("没有杂音", "从不卡顿"): of use, shape, water and smell ("内胆变形", "锅盖滴水", and
/// off smells and tastes, which are always unwanted).
#[rustfmt::skip]
const FAULTS: &[&str] = &[
    "延迟", "划痕", "离线", "异响", "杂音", "卡顿", "死机", "闪退", "断线", "掉线", "失灵", "故障",
    "漏水", "进水", "生锈", "开裂", "刮花", "溢", "夹生", "发黄", "糊", "有味道", "金属味",
    "变形", "滴水", "冒水", "渗水", "发飘", "回音", "串味", "掉漆", "松动", "漏电", "卡住",
    "塑料味", "橡胶味", "怪味", "焦味", "霉味", "腥味", "馊味", "胶味",
    // Frost damage.
    "冻裂", "冻坏", "冻堵", "冻住",
];
/// Verbs that need what follows them: a name cannot end on one ("插入SIM卡后提示").
const UNFINISHED_END: &[&str] = &["提示", "显示", "设置", "让", "要", "用", "把", "给"];

/// Heat that comes at once ("背面就发热") or is felt through what holds it ("口袋里都能感觉到
/// 热") is too much, though a heater wants to warm: "很快就发热" praises one.
fn too_soon_hot(text: &str) -> bool {
    let felt = ["感觉到热", "感觉得到热", "感觉到烫", "摸着热"];
    let soon = ["就发热", "就热", "就发烫"];
    let quick = ["很快", "马上", "立刻", "一下子", "几秒"];
    felt.iter().any(|f| text.contains(f))
        || soon.iter().any(|s| {
            text.find(s)
                .is_some_and(|at| !quick.iter().any(|q| text[..at].ends_with(q)))
        })
}

/// "煮一锅饭要一个多小时", "传到家长端要很久": after 要, only how long it takes is a wait
/// the customer puts up with ("一个小时就能充满" is praise).
fn a_long_wait(text: &str) -> bool {
    text.rfind('要').is_some_and(|at| {
        // "只要三秒", "只需要一个小时": how little it takes is praise.
        let only = text[..at].ends_with('只') || text[..at].ends_with("只需");
        // "要等好几秒": the wait may be said with 等.
        let after = &text[at + '要'.len_utf8()..];
        let after = after.strip_prefix('等').unwrap_or(after);
        !only
            && !after.is_empty()
            && WAIT_UNITS.iter().any(|u| after.ends_with(u))
            && after.chars().all(|c| {
                "一二三四五六七八九十两几半多个很好久小时钟头分天秒".contains(c)
                    || c.is_ascii_digit()
            })
    })
}

pub(crate) fn complains(text: &str) -> bool {
    // "水温太高时自动断电", "水箱漏水时会报警": a fault in the condition is guarded against;
    // only what follows it may complain.
    let text = after_condition(text);
    let words = segment::words(text);
    // "东北大米煮出来": a directional complement waits for what came out ("…很香"); "拆得下来",
    // with 得, says it can.
    let hanging = ["出来", "起来"]
        .iter()
        .any(|d| text.ends_with(d) && !text.ends_with(&format!("得{d}")));
    // "延迟很低", "故障少": the statement ends on less of a cost its marks name.
    let less_of_a_cost = words
        .iter()
        .rev()
        .find(|w| !w.is_punct())
        .is_some_and(|w| LESS.iter().any(|l| w.text.ends_with(l)))
        && names_a_cost(words.iter().map(|w| w.text));
    // A fault said not to happen is no complaint ("没有杂音", "从不卡顿").
    let mut unfaulted = text.to_string();
    for neg in ["没有", "从不", "从没", "不会", "没", "无", "不", "零"] {
        for fault in FAULTS {
            unfaulted = unfaulted.replace(&format!("{neg}{fault}"), "");
        }
    }
    // "电量掉得慢": a loss that comes slowly is what is wanted.
    if let Some(at) = unfaulted.find("掉得") {
        let rest = &unfaulted[at + "掉得".len()..];
        let rest = DEGREE
            .iter()
            .find_map(|d| rest.strip_prefix(d))
            .unwrap_or(rest);
        if rest.starts_with('慢') {
            unfaulted = unfaulted.replacen("掉得", "", 1);
        }
    }
    hanging
        || too_soon_hot(text)
        || a_long_wait(text)
        || !less_of_a_cost
            && COMPLAINT_MARKS
                .iter()
                .chain(FAULTS)
                .any(|m| unfaulted.contains(m))
        || unfinished(&words)
}

/// Whether a statement ends on a verb that needs what follows it ("…后提示"); "能用", "好用"
/// are whole ("酸奶功能居然能用").
fn unfinished(words: &[segment::Word]) -> bool {
    let mut said = words.iter().rev().filter(|w| !w.is_punct());
    let (Some(last), before) = (said.next(), said.next()) else {
        return false;
    };
    let usable = last.text == "用"
        && before
            .is_some_and(|b| ["能", "可以", "好", "够", "耐", "都能", "也能"].contains(&b.text));
    UNFINISHED_END.contains(&last.text) && !usable
}

#[cfg(test)]
mod tests {
    use super::{complains, wanted};

    #[test]
    fn a_fault_said_not_to_happen_is_no_complaint() {
        // A fault in the condition ("…时") is guarded against.
        for text in [
            "运行时没有杂音",
            "系统从不卡顿",
            "用了两年没生锈",
            "水温太高时自动断电",
            "水箱漏水时会报警",
        ] {
            assert!(!complains(text), "{text}");
        }
        for text in [
            "运行时有杂音",
            "系统经常卡顿",
            "不太好用",
            "开盖时蒸汽烫到手",
        ] {
            assert!(complains(text) || super::wanted(text).is_some(), "{text}");
        }
        // A verb that needs its object ends nothing; "能用" is whole.
        assert!(complains("插入SIM卡后提示"));
        assert!(!complains("酸奶功能居然能用"));
        assert!(!complains("电量掉得很慢"));
        assert!(!complains("风扇风大而且声音小"));
        assert!(complains("电量掉得很快"));
    }

    #[test]
    fn complaints_become_the_wanted_state() {
        for (complaint, state) in [
            ("车筐太小", "车筐足够大"),
            ("车胎质量差", "车胎质量好"),
            ("整车分量太沉了", "整车分量轻"),
            ("手机软件界面太复杂", "手机软件界面简单"),
            ("上坡没劲", "上坡有劲"),
            ("屏幕字太小", "屏幕字足够大"),
            ("电池保修期太短。", "电池保修期足够长"),
            ("充电有点慢", "充电快"),
            ("反光镜老是松", "反光镜牢固"),
            ("麦克风坏", "麦克风耐用"),
            // Too much of a measure wants it just right.
            ("显示屏晚上太亮", "显示屏晚上光线柔和"),
            ("米饭偏软", "米饭软硬适中"),
            ("按键太多", "按键数量适中"),
            ("保温时间太长", "保温时间适中"),
            ("鸣笛按键太硬", "鸣笛按键软硬适中"),
            // A part that comes off wants to hold; a reduplicated complaint its opposite.
            ("内胆涂层掉", "内胆涂层牢固"),
            ("后盖的螺丝掉了", "后盖的螺丝牢固"),
            ("后盖的螺丝掉了一颗", "后盖的螺丝牢固"),
            ("煮出来的饭黏糊糊", "煮出来的饭软硬适中"),
            ("底座太轻", "底座重量适中"),
            // Too much of a cost wants less of it.
            ("噪音太大", "噪音小"),
            ("机器运行时声音太大", "机器运行时声音小"),
            ("通话声音太小", "通话声音足够大"),
            ("App里广告太多", "App里广告少"),
            ("内胆划痕很多", "内胆划痕少"),
            ("售后网点太少", "售后网点足够多"),
            // A noise wants quiet; a manual too brief wants detail.
            ("电机有嗡嗡声", "电机运行安静"),
            ("通话有杂音", "通话声音清晰"),
            ("打电话有回音", "打电话声音清晰"),
            ("煮饭的时候咔咔响", "煮饭的时候很安静"),
            ("说明书写得太简单", "说明书写得详细"),
            // A long wait wants it quick; an off smell a fresh one.
            ("煮一锅饭要一个多小时", "煮一锅饭很快"),
            ("照片传到家长端要很久", "照片传到家长端很快"),
            ("接通要等好几秒", "接通很快"),
            ("密封圈有味道", "密封圈气味清新"),
            ("煮出来的饭有金属味", "煮出来的饭气味清新"),
            ("App用起来很卡", "App用起来流畅"),
            ("logo太大", "logo大小适中"),
            ("刻度线印得太浅", "刻度线印得清楚"),
            ("说明书上的字写得太小", "说明书上的字写得清楚"),
            // A fault that came soon after wants the state kept long.
            ("密封圈半年就变形了", "密封圈长期保持形状"),
            ("手机用了半年就坏了", "手机经久耐用"),
            // Frost damage, and heat felt by the hand.
            ("前年冬天阳台上的热水器冻裂了", "前年冬天阳台上的热水器耐冻"),
            ("内胆边缘烫手", "内胆边缘摸着凉"),
            // Half-cooked rice, a dripping lid, a loss that comes fast.
            ("锅底一层米饭夹生", "锅底一层米饭熟透"),
            ("保温状态下锅盖滴水", "保温状态下锅盖干爽"),
            ("电量掉得特别快", "电量掉得慢"),
            ("手表频繁重启", "手表运行稳定"),
            // A machine's sound is noise, whatever the machine; an alarm's is listened to.
            ("风扇声音太大", "风扇声音小"),
            ("铃声太小", "铃声足够大"),
            ("App经常闪退", "App运行稳定"),
        ] {
            assert_eq!(wanted(complaint).as_deref(), Some(state), "{complaint}");
        }
    }

    #[test]
    fn other_statements_are_left_alone() {
        for text in [
            "热水器待机时耗电很少",
            "噪音很低",
            "热水很快流出",
            "灯光颜色太黄",
            "后座太小，坐不下大人",
            "遥控器距离太近才有反应",
            "太小",
            "报警器太灵敏",
            "补胎要拆后轮太麻烦",
            // A fault that may come, or comes soon to no part named, has no plain wanted state.
            "用了半年就坏",
            "表带颜色会掉",
            // Much of a measure may be praise.
            "屏幕很大",
            "车灯非常亮",
            // Denied, one of two, a card's name, or already little of a cost.
            "系统从不卡顿",
            "价格并不贵",
            "夏天戴着又热又闷",
            "买手表送的流量卡",
            "内胆划痕少",
            "内胆外面的涂层蹭掉了",
            // An adjective completing its verb: turned down, not too small.
            "提示音能调小",
            // How little it takes is praise.
            "开机只要三秒",
            // Little sound from a machine at work is praise.
            "机器运行时声音很小",
            "运行声音小",
            "充满只需要一个小时",
            // A wish for more of a state is no complaint of too much of it.
            "希望声音再小一点",
            "声音再小一点",
        ] {
            assert_eq!(wanted(text), None, "{text}");
        }
    }
}
