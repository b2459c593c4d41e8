//! Whether a short text reads as a statement, as island names must.

use super::*;

#[test]
fn statements_and_fragments() {
    for s in [
        "The kettle boils quickly",
        "The container is full",
        "电量显示乱跳",
        "淋浴水温依然平稳",
        // A time before the subject, a verbal noun talked about, jieba's odd tags (定时 as an
        // adverb, 十足 as one).
        "周末中午的饭到晚上还能吃",
        "设计很贴心",
        "定时时间准确",
        "不锈钢外壳高级感十足",
        // A verb after its manner; 按 at the end is the verb, though tagged a preposition.
        "升级很快完成",
        "按键容易按",
        // 足够 before the adjective of a verbal topic; an adverbial adjective after 得.
        "震动足够强",
        "说明书写得详细",
        // An adjective in -ly; a particle after "to" and its verb, or after "back".
        "The technician was friendly",
        "The bin is easy to pop out",
        "Bin is easy to click back in",
        // A noun that is also a verb, qualified after its determiner.
        "The clip for extra tools fits",
    ] {
        assert!(reads_as_statement(s), "{s}");
    }
    for s in [
        "The max power is barely",
        "The long runs",
        "The empty it three times",
        "The assembly steps are badly",
        "钥匙就骑",
        "热水器出故障当天就能",
        "带人的时候续航明显",
        "水壶烧、烧水时声、声音",
        "Kettle, boils, quiet",
        // An auxiliary or an inflected verb is no subject.
        "Would be great",
        "Gets hung up",
    ] {
        assert!(!reads_as_statement(s), "{s}");
    }
}

/// Statements island names were refused for, read as a person reads them: a verb or a
/// qualified noun as the subject ("充电太慢", "挡水效果差"), a subject with a phrase after its
/// noun ("Suction on thick carpet is weak"), a particle or "enough" at the end.
#[test]
fn statements_with_qualified_subjects_and_closing_particles() {
    for s in [
        "充电太慢",
        "减震太差",
        "挡水效果差",
        "制动距离太长",
        "蓝牙解锁反应很慢",
        "Suction on thick carpet is weak",
        "The readout of the power mode is clear",
        "The HEPA filter is easy to pull out",
        "The front lamp is bright enough",
        // The finite verb takes its particle.
        "The handle came off",
        "The light turns off",
        "The tank lid stays on",
        "The app works well",
        // The verb agrees with the noun its qualifier follows, not the qualifier's own.
        "Wheels on the head last long",
        "The buttons on the robot feel solid",
        "剩余时间显示很贴心",
        "旋钮转起来很顺手",
        "煮的饭很香",
        "加热挺快",
        "预约设置简单",
        "煮粥的水位线足够高",
        "App里的菜谱挺多",
        // 及时 is tagged a conjunction, 测量 a verbal noun, 准时到达 and 经久耐用 idioms.
        "客服回复及时",
        "售后维修及时",
        "测量结果很准",
        "消息准时到达",
        "机器经久耐用",
        // A result after 得 that the dictionary knows on its own as no verb (掉).
        "锅沿一圈污渍擦得掉",
        "自动保温能关掉",
    ] {
        assert!(reads_as_statement(s), "{s}");
    }
    for s in [
        "Doing the steps with the long tube is awkward",
        "The lamp is enough",
        "The filter is easy to pull the",
        // Room for what; an ordinal names nothing.
        "The mount leaves room",
        "The second is how long it really lasts",
        "The lid of the bins close",
        "看清楚",
    ] {
        assert!(!reads_as_statement(s), "{s}");
    }
}

/// Read on the fresh sets' island names: a verb that needs its object, a relative clause, the
/// customer's own voice, an empty subject or an empty object make no statement.
#[test]
fn statements_need_their_complement_and_a_subject_of_the_product() {
    for s in [
        "The robot shows",
        "The hair on the carpet goes",
        "The wet pad sits",
        "A quick mode that does just the main walkways",
        "The start button on top is all I use",
        "This thing is magic",
        "Every update breaks something",
        "买手表送的流量卡",
        // What is remembered or understood goes unsaid.
        "孩子记得住",
        "老人看得懂",
        // A modal qualifies no noun: the subject is missing.
        "能家长确认",
        // A question inside asks what the statement should say.
        "说明书写清楚防水到什么程度",
    ] {
        assert!(!reads_as_statement(s), "{s}");
    }
    for s in [
        "The multi floor mapping works",
        "The app crashes",
        "The robot shows the map",
        "孩子记得住密码",
        "菜单老人看得懂",
    ] {
        assert!(reads_as_statement(s), "{s}");
    }
}

/// A statement that says what is wrong: the complaint tables, words of complaint, and Chinese
/// limits, faults and excesses.
#[test]
fn complaints_are_told_from_wanted_states() {
    use crate::method::wording::complains;
    for s in [
        "The mop smells",
        "The mop leaves the floor way too wet",
        "The dock smells musty from the dirty water tank",
        "The bin is full of fluff",
        "The motor cuts out after a few minutes",
        "The coffee is lukewarm",
        "The pump rattles like an old fridge",
        "The crumbs stay buried",
        "The brush leaves crumbs in the carpet",
        "The water tank leaks a little",
        "The side panel gets hot to the touch",
        "Hair wraps around the roller brush",
        "The flap on the bin sticks open sometimes",
        "The pad is supposed to lift the mop on carpets",
        "The milk frother makes big bubbles instead of microfoam",
        "Frothing milk leaves a skin inside the jug",
        "The pods cost more than the machine over a year",
        "The pod drawer is full after ten cups",
        "The email bounces",
        "The robot returns to base in the middle of cleaning",
        "视频通话声音有延迟",
        "SOS只能拨给三个号码",
        "屏幕太亮",
        "SOS按键被表带挡住",
        "插入SIM卡后提示",
        "手表有点厚",
        "手表特别烫",
        "皮肤敏感的孩子戴硅胶表带会痒",
        "电话和定位反而做得一般",
        "避震效果一般",
        "米饭偏软",
        "密封圈有味道",
        "煮杂粮粥溢得到处都是",
        "东北大米煮出来",
        "App要求开通讯录",
        "The pad is almost dry",
        // Heat that comes soon or is felt through clothes is too much, even where a heater
        // would want it.
        "手表背面就发热",
        "放在口袋里都能感觉到热",
        "煮出来的饭有金属味",
        "表带上有股橡胶味",
        "煮一锅饭要一个多小时",
        "照片传到家长端要很久",
        // Faults of shape, water, noise and handling.
        "用了一年内胆变形",
        "保温状态下锅盖滴水",
        "电机有嗡嗡声",
        "高速时车头发飘",
        "泥点子溅到背上",
        "打电话有回音",
    ] {
        assert!(complains(s), "{s}");
    }
    for s in [
        "The mop smells fresh",
        "The suction on carpet is really strong",
        "The noise is low",
        "The robot stops at the top of the stairs",
        "The coffee is hot",
        "热水器待机时耗电很少",
        "视频通话延迟很低",
        "语音消息发得出去",
        "锅盖内侧拆得下来",
        "GPS定位在户外很准",
        "游戏可以在App里一键关掉",
        "热水器加热很快",
        "暖手宝很快就发热",
        "米饭有清香味",
        "一个小时就能充满",
        "续航能有一个礼拜",
        "运行时没有杂音",
        "内胆从不变形",
    ] {
        assert!(!complains(s), "{s}");
    }
}

/// The wanted state of a complaint reads as a statement and passes every rule: "适中" is a
/// state, not a function; a verb with its complement and 的 qualifies the subject ("煮出来的饭").
#[test]
fn wanted_states_of_measures_are_statements() {
    use crate::method::wording::check;
    for s in [
        "底座重量适中",
        "煮出来的饭软硬适中",
        "蒸汽大小适中",
        "洗出来的衣服干净",
        // 多 after 足够 is taken for a numeral; the light wanted names no 亮度 (rule 3).
        "售后网点足够多",
        "显示屏晚上光线柔和",
    ] {
        assert!(reads_as_statement(s), "{s}");
        assert!(check(s).is_empty(), "{s}: {:?}", check(s));
    }
}
