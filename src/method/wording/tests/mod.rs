use super::*;

fn rules(text: &str) -> Vec<u8> {
    check(text).iter().map(|h| h.rule.number()).collect()
}

fn hint(text: &str, rule: Rule) -> Hint {
    check(text)
        .into_iter()
        .find(|h| h.rule == rule)
        .unwrap_or_else(|| {
            panic!(
                "no rule {} hint for {text:?}: {:?}",
                rule.number(),
                check(text)
            )
        })
}

fn assert_clean(text: &str) {
    assert_eq!(check(text), Vec::new(), "{text:?} should give no hints");
}

#[test]
fn a_hint_speaks_the_language_of_its_statement() {
    let h = hint("按键不好按", Rule::NoNegation);
    assert_eq!(
        h.line_for("按键不好按"),
        "规则 5（避免否定）：“不好按”是否定说法，请写出应有的状态"
    );
    let h = hint("the lid does not open", Rule::NoNegation);
    assert_eq!(h.line_for("the lid does not open"), h.to_string());
    assert!(h.to_string().starts_with("rule 5 (Avoid negation): "));
}

#[test]
fn rule_numbers_and_titles() {
    let numbers: Vec<u8> = Rule::ALL.iter().map(|r| r.number()).collect();
    assert_eq!(numbers, (1..=8).collect::<Vec<u8>>());
    for r in Rule::ALL {
        assert!(!r.title().is_empty());
        assert!(r.title_zh().chars().any(is_han));
    }
    let mut sorted = Rule::ALL;
    sorted.sort();
    assert_eq!(sorted, Rule::ALL);
}

#[test]
fn good_statements_give_no_hints() {
    for text in [
        "the burner lights reliably",
        "the light fits in a jersey pocket",
        "the burner lights the flame reliably",
        "the container is sturdy",
        "the package is sealed",
        "the tent is easy to pitch alone",
        "the battery lasts a whole day",
        "the lid seals tightly",
        "the handle stays cool while cooking",
        "the colour changes evenly",
        "The bag repels water",
        "The drawer glides shut",
        "The chair swivels smoothly",
        "Refunds arrive within three days",
        "Parcels arrive on time",
        "水温稳定",
        "炉头点火可靠",
        "盖子密封",
        "灯能放进骑行服口袋",
        "手柄握着凉",
        "电池能用一整天",
        "颜色变化均匀",
        "无线耳机能放进口袋",
        "不锈钢锅身容易清洗干净",
        "外观美观",
        "热水出得快",
        "冬天水温也稳定",
        "水温能精确调节",
        "the heater fits under the sink",
        "the unit is quiet at night",
        "The beam lights the road far ahead at commuting speed",
        "The beam stays below the eyes of oncoming road users",
        "The light warns the rider well before the battery runs flat",
        "The charging port stays sealed on wet, gritty roads",
        "The mount fits every common handlebar size",
        "The switch stays locked while the light is in a bag",
        "The battery stays cool while charging",
        "两处同时用水时淋浴水温依然平稳",
        "使用者能精确地设定水温",
        "使用多年后出水量依然充足",
        "热水器出故障当天就能修好",
        "老人一眼就能看清显示屏上的数字",
        "燃烧器每次都能顺利点火",
        "机身牢固地固定在墙上",
        "初次使用的人凭面板就能学会操作",
        "the lid closes with a click",
        "water drains out of the boot quickly",
        "the zip opens with gloves on",
        "the coat stays warm at minus twenty",
        "外套在零下二十度也保暖",
        "手机摔到地上也完好",
        "电池在零下十度也能用一整天",
        "婴儿车在石板路上推着平稳",
        // The dictionary holds these as one noun (价格合理/n, 保持稳定/n, 信息安全/nz).
        "热水器的价格合理",
        "温度保持稳定",
        "个人信息安全",
        "外观简洁大方",
        "价钱公道",
    ] {
        assert_clean(text);
    }
}

// ---- rule 1 ----

#[test]
fn rule1_english() {
    let h = hint("the tent is light and compact", Rule::OneMeaning);
    assert!(h.message.contains("'and'"), "{}", h.message);
    assert_eq!(
        h.suggestion.as_deref(),
        Some("the tent is light / the tent is compact")
    );
    let h = hint("the tent is light and packs small", Rule::OneMeaning);
    assert_eq!(
        h.suggestion.as_deref(),
        Some("the tent is light / the tent packs small")
    );
    assert!(rules("the pump is quiet as well as light").contains(&1));
    assert!(rules("the lamp lights quickly while staying cool").contains(&1));
    assert!(rules("the lid seals; the cup stays warm").contains(&1));
    assert!(rules("the lid seals, the cup stays warm").contains(&1));
}

#[test]
fn rule1_english_no_false_alarms() {
    assert!(!rules("the screen shows black and white clearly").contains(&1));
    assert!(!rules("the handle stays cool while cooking").contains(&1));
    assert!(!rules("when it rains, the light stays on").contains(&1));
    assert!(!rules("the battery lasts 3.5 hours").contains(&1));
    assert!(!rules("fits every bar size and shape").contains(&1));
    assert!(!rules("the knife cuts bread and cheese").contains(&1));
}

#[test]
fn rule1_chinese() {
    let h = hint("帐篷轻并且结实", Rule::OneMeaning);
    assert!(h.message_zh.contains("并且"));
    assert_eq!(h.suggestion.as_deref(), Some("帐篷轻 / 帐篷结实"));
    assert!(rules("帐篷轻且结实").contains(&1));
    assert!(rules("盖子防漏、防烫").contains(&1));
    assert!(rules("杯子又轻又结实").contains(&1));
    assert!(rules("杯子能保温，还能防摔").contains(&1));
    assert!(rules("盖子密封；杯身保温").contains(&1));
    assert!(!rules("能泡茶、咖啡").contains(&1));
    assert!(rules("杯子能保温，同时能防摔").contains(&1));
    let h = hint("坚固耐用又轻便", Rule::OneMeaning);
    assert_eq!(h.suggestion.as_deref(), Some("坚固耐用 / 轻便"));
    assert!(!rules("充电的同时能照明").contains(&1));
}

// ---- rule 2 ----

#[test]
fn rule2_english() {
    let h = hint("long battery life", Rule::NotBareNoun);
    assert_eq!(h.suggestion.as_deref(), Some("the battery life is long"));
    let h = hint("battery life", Rule::NotBareNoun);
    assert_eq!(h.suggestion, None);
    // The rewrite keeps the statement's capital and agrees with a plural.
    let h = hint("Quiet fans", Rule::NotBareNoun);
    assert_eq!(h.suggestion.as_deref(), Some("The fans are quiet"));
    let h = hint("Long battery life", Rule::NotBareNoun);
    assert_eq!(h.suggestion.as_deref(), Some("The battery life is long"));
    assert!(!rules("the battery lasts long").contains(&2));
    assert!(!rules("the case is waterproof").contains(&2));
    // A characteristic word is rule 3's business.
    assert!(!rules("high reliability").contains(&2));
    assert!(!rules("drivers notice me in daylight").contains(&2));
    assert!(rules("ergonomic handle").contains(&2));
    assert!(!rules("fold flat").contains(&2));
}

#[test]
fn rule2_chinese() {
    // 续航 is a property: the rewrite leaves a gap for what it belongs to.
    let h = hint("长续航", Rule::NotBareNoun);
    assert_eq!(h.suggestion.as_deref(), Some("…续航长"));
    assert!(rules("电池容量").contains(&2));
    assert!(!rules("续航长").contains(&2));
    assert!(!rules("放进口袋").contains(&2));
    assert!(!rules("配备大容量电池").contains(&2));
}

/// "颜色太土" rates a state by a degree, it is no bare function or noun phrase (the colour of
/// what is rule 6's question); "后视镜可以折叠" is a function without how well, as "能改变颜色".
#[test]
fn rule2_chinese_a_degree_is_a_state_and_a_modal_verb_a_function() {
    for text in ["颜色太土", "颜色很土", "车身颜色很土", "颜色有点土"] {
        assert!(!rules(text).contains(&2), "{text}: {:?}", check(text));
    }
    for text in ["颜色太土", "颜色很土", "颜色有点土"] {
        assert!(rules(text).contains(&6), "{text}: {:?}", check(text));
    }
    assert_eq!(rules("后视镜可以折叠"), [2]);
    assert_eq!(rules("后视镜能折叠"), [2]);
    assert_clean("后视镜可以轻松折叠");
}

// ---- rule 3 ----

#[test]
fn rule3_english() {
    let h = hint("high reliability", Rule::NoCharacteristicWords);
    assert!(h.message.contains("'reliability'"));
    assert_eq!(h.suggestion.as_deref(), Some("the … works reliably"));
    let h = hint(
        "the stove has high reliability",
        Rule::NoCharacteristicWords,
    );
    assert_eq!(h.suggestion.as_deref(), Some("the stove works reliably"));
    let h = hint("high tensile strength", Rule::NoCharacteristicWords);
    assert!(h.message.contains("tensile strength"));
    let h = hint(
        "the screen has good brightness",
        Rule::NoCharacteristicWords,
    );
    assert_eq!(h.suggestion.as_deref(), Some("the screen is bright"));
    let h = hint("the frame has low weight", Rule::NoCharacteristicWords);
    assert_eq!(h.suggestion.as_deref(), Some("the frame is light"));
    assert!(rules("the pump's efficiency is high").contains(&3));
    assert!(!rules("the city bike rides smoothly").contains(&3));
    assert!(!rules("the beam reaches far at commuting speed").contains(&3));
    assert!(rules("high speed").contains(&3));
    assert!(!rules("the business card fits in the wallet").contains(&3));
}

#[test]
fn rule3_chinese() {
    let h = hint("炉头可靠性高", Rule::NoCharacteristicWords);
    assert_eq!(h.suggestion.as_deref(), Some("炉头可靠"));
    let h = hint("高强度", Rule::NoCharacteristicWords);
    assert_eq!(h.suggestion.as_deref(), Some("…结实"));
    let h = hint("防水性能好", Rule::NoCharacteristicWords);
    assert!(h.message_zh.contains("防水性能"));
    assert_eq!(h.suggestion.as_deref(), Some("…防水"));
    // The state is said of the thing, without 的; a change of a measure, or one of two
    // demands, has no rewrite.
    let h = hint("车灯的亮度高", Rule::NoCharacteristicWords);
    assert_eq!(h.suggestion.as_deref(), Some("车灯明亮"));
    assert_eq!(
        hint("耐久性提高", Rule::NoCharacteristicWords).suggestion,
        None
    );
    assert_eq!(
        hint("可靠性好而且噪音低", Rule::NoCharacteristicWords).suggestion,
        None
    );
    let h = hint("加热效率高", Rule::NoCharacteristicWords);
    assert!(h.message_zh.contains("效率"));
    let h = hint("外壳透光率高", Rule::NoCharacteristicWords);
    assert!(h.message_zh.contains("光率"), "{}", h.message_zh);
    assert!(!rules("服务态度热情").contains(&3));
    assert!(!rules("座椅高度可调").contains(&3));
    assert!(!rules("一次性杯子能回收").contains(&3));
}

// ---- rule 4 ----

#[test]
fn rule4_english() {
    let h = hint("use an electronic igniter", Rule::NoSolution);
    assert!(h.message.contains("'use'"));
    assert!(rules("a mug with a lid").contains(&4));
    assert!(!rules("the lid closes with a click").contains(&4));
    assert!(rules("add a second battery").contains(&4));
    assert!(rules("the frame is made of titanium").contains(&4));
    assert!(!rules("the stove is easy to use").contains(&4));
    assert!(!rules("the light fits in a jersey pocket").contains(&4));
}

#[test]
fn rule4_chinese() {
    let h = hint("采用电子点火器", Rule::NoSolution);
    assert!(h.message_zh.contains("采用"));
    assert!(rules("加装防滑垫").contains(&4));
    assert!(rules("使用电子点火").contains(&4));
    assert!(rules("配备大容量电池").contains(&4));
    assert!(!rules("日常使用都很顺手").contains(&4));
    assert!(!rules("使用方便").contains(&4));
    assert!(!rules("灯安装简单").contains(&4));
    assert!(!rules("便于安装").contains(&4));
    assert!(!rules("安装占地小").contains(&4));
}

// ---- rule 5 ----

#[test]
fn rule5_english() {
    let h = hint("the bottle does not leak", Rule::NoNegation);
    assert!(h.message.contains("'not'"));
    assert_eq!(h.suggestion.as_deref(), Some("the bottle stays sealed"));
    let h = hint("the bottle doesn't leak", Rule::NoNegation);
    assert_eq!(h.suggestion.as_deref(), Some("the bottle stays sealed"));
    let h = hint("the bottle never leaks", Rule::NoNegation);
    assert_eq!(h.suggestion.as_deref(), Some("the bottle stays sealed"));
    let h = hint("the handle is not hot", Rule::NoNegation);
    assert_eq!(h.suggestion.as_deref(), Some("the handle is cool"));
    let h = hint("the handle isn't hot", Rule::NoNegation);
    assert_eq!(h.suggestion.as_deref(), Some("the handle is cool"));
    let h = hint("the lids won't leak", Rule::NoNegation);
    assert_eq!(h.suggestion.as_deref(), Some("the lids will stay sealed"));
    let h = hint("opens without tools", Rule::NoNegation);
    assert_eq!(h.suggestion, None);
    assert!(!rules("the knot holds firmly").contains(&5));
    // "hard to open" is a graded state, not a yes/no negation as "不好打开" is: no rule 5.
    assert!(!rules("the lid is hard to open").contains(&5));
}

#[test]
fn rule5_chinese() {
    let h = hint("水壶不漏水", Rule::NoNegation);
    assert_eq!(h.suggestion.as_deref(), Some("水壶密封"));
    let h = hint("外壳不烫手", Rule::NoNegation);
    assert_eq!(h.suggestion.as_deref(), Some("外壳摸着凉"));
    assert!(rules("没有异味").contains(&5));
    // "动不动就…" says how often, not what must not happen (it was rewritten "动得动就…").
    assert!(!rules("手表动不动就白屏").contains(&5));
    // The hint names whole words.
    let h = hint("滤网不好清洗", Rule::NoNegation);
    assert!(h.message_zh.contains("“不好清洗”"), "{}", h.message_zh);
    assert!(
        hint("屏幕看不清", Rule::NoNegation)
            .message
            .contains("'看不清'")
    );
    assert!(rules("请勿倒置").contains(&5));
    assert!(rules("无需工具即可打开").contains(&5));
    assert!(!rules("无线耳机连接稳定").contains(&5));
    assert!(!rules("不锈钢锅身容易清洗干净").contains(&5));
    assert!(!rules("外观特别").contains(&5));
    // A potential complement ("won't break from frost") has no bare antonym ("耐用"); what
    // it withstands is said with 耐.
    assert_eq!(
        hint("冬天装在阳台上也冻不坏", Rule::NoNegation)
            .suggestion
            .as_deref(),
        Some("冬天装在阳台上也耐冻")
    );
    assert_eq!(
        hint("手机摔不坏", Rule::NoNegation).suggestion.as_deref(),
        Some("手机耐摔")
    );
}

// ---- rule 6 ----

#[test]
fn rule6_english() {
    let h = hint("lights reliably", Rule::ExplicitObject);
    assert!(h.message.contains("'lights'"));
    assert_eq!(h.suggestion.as_deref(), Some("the … lights reliably"));
    assert!(rules("dries quickly").contains(&6));
    assert!(rules("can be cleaned easily").contains(&6));
    assert!(rules("ignites reliably").contains(&6));
    assert!(!rules("lights the flame reliably").contains(&6));
    assert!(!rules("can change colour easily").contains(&6));
    assert!(!rules("fits in a pocket").contains(&6));
    assert!(!rules("it lights reliably").contains(&6));
    assert!(!rules("mounts that don't break").contains(&6));
    // Half typed, a wish leaves out the customer, not the product: no "The … would like to".
    for typed in [
        "Would",
        "Would like",
        "Would like to",
        "Would like to set the",
    ] {
        assert!(!rules(typed).contains(&6), "{typed}");
    }
    let h = hint("cheap", Rule::ExplicitObject);
    assert_eq!(h.suggestion.as_deref(), Some("the … is cheap"));
}

#[test]
fn rule6_chinese() {
    let h = hint("能快速点火", Rule::ExplicitObject);
    assert!(h.message_zh.contains("能"));
    assert_eq!(h.suggestion.as_deref(), Some("…能快速点火"));
    assert!(rules("能可靠地点火").contains(&6));
    assert!(rules("容易清洗").contains(&6));
    assert!(rules("很耐用").contains(&6));
    assert!(!rules("能可靠地点燃火焰").contains(&6));
    assert!(!rules("可以快速加热饭菜").contains(&6));
}

// ---- rule 7 ----

#[test]
fn rule7_english() {
    let h = hint(
        "the jacket keeps me warm and dry when I cycle to work in the rain in winter",
        Rule::Concrete,
    );
    assert!(h.message.contains("words"), "{}", h.message);
    assert!(rules("the stove is good").contains(&7));
    assert!(rules("easy to use").contains(&7));
    assert!(rules("the seat is comfortable").contains(&7));
    assert!(!rules("the seat is comfortable for a two-hour ride").contains(&7));
    assert!(!rules("the tent is easy to pitch alone").contains(&7));
}

#[test]
fn rule7_chinese() {
    let h = hint("质量好", Rule::Concrete);
    assert!(h.message_zh.contains("好"));
    assert!(rules("很方便").contains(&7));
    assert!(rules("座椅舒服").contains(&7));
    assert!(rules("做工不错").contains(&7));
    assert!(
        rules("冬天骑车上班的时候下着大雨外套依然能让我的身体保持温暖干燥而且不会闷热出汗")
            .contains(&7)
    );
    assert!(!rules("座椅坐两个小时也舒服").contains(&7));
    assert!(!rules("水温稳定").contains(&7));
}

// ---- rule 8 ----

#[test]
fn rule8_english() {
    let h = hint("please make it quiet", Rule::StateNotWish);
    assert!(h.message.contains("'please'"));
    let h = hint("I want the lid to seal tightly", Rule::StateNotWish);
    assert_eq!(h.suggestion.as_deref(), Some("The lid seals tightly"));
    let h = hint("the lid should be tight", Rule::StateNotWish);
    assert_eq!(h.suggestion.as_deref(), Some("the lid is tight"));
    let h = hint("the lids should seal", Rule::StateNotWish);
    assert_eq!(h.suggestion.as_deref(), Some("the lids seal"));
    let h = hint("I want a light that fits in my pocket", Rule::StateNotWish);
    assert_eq!(h.suggestion.as_deref(), Some("The light fits in my pocket"));
    let h = hint("please don't let it dirty my bag", Rule::StateNotWish);
    assert_eq!(h.suggestion, None);
    // A wish to handle a thing wants it handled so, not "To set …".
    let rewrite = |t: &str| hint(t, Rule::StateNotWish).suggestion;
    assert_eq!(
        rewrite("I would like to set the brew temperature myself").as_deref(),
        Some("The brew temperature can be set")
    );
    assert_eq!(
        rewrite("Would like to set the brew temperature myself").as_deref(),
        Some("The brew temperature can be set")
    );
    assert_eq!(
        rewrite("I want to turn off the beeps").as_deref(),
        Some("The beeps can be turned off")
    );
    assert_eq!(rewrite("I want to charge it at work"), None);
    // An irregular past in a wish is stated in the present.
    assert_eq!(
        rewrite("It would be great if the light told me how much battery is left").as_deref(),
        Some("The light tells me how much battery is left")
    );
    assert_eq!(
        rewrite("I wish the lids kept the heat in").as_deref(),
        Some("The lids keep the heat in")
    );
    // No bare noun phrase or order for a rewrite.
    assert_eq!(rewrite("I want a timer"), None);
    assert_eq!(rewrite("Please add a timer"), None);
    assert!(rules("I wish it would fold flat").contains(&8));
    assert!(rules("I hope the strap lasts").contains(&8));
    assert!(!rules("the strap lasts a season").contains(&8));
    // What a thing would do for the customer wishes for the thing; no rewrite says it.
    for wish in [
        "A brighter lamp would help in the dim hallway",
        "A longer hose would make it easier",
        "A timer would be nice",
        "A neutral grey would blend in better",
    ] {
        assert_eq!(rewrite(wish), None, "{wish}");
    }
    assert!(!rules("It would help").contains(&8));
    assert!(!rules("The lamp helps in the dim hallway").contains(&8));
}

#[test]
fn rule8_chinese() {
    let h = hint("希望水温稳定", Rule::StateNotWish);
    assert!(h.message_zh.contains("希望"));
    assert_eq!(h.suggestion.as_deref(), Some("水温稳定"));
    let h = hint("要是杯子能折叠就好了", Rule::StateNotWish);
    assert_eq!(h.suggestion.as_deref(), Some("杯子能折叠"));
    let h = hint("请不要弄脏我的包", Rule::StateNotWish);
    assert_eq!(h.suggestion, None);
    assert!(rules("最好能折叠").contains(&8));
    assert!(rules("想要杯子轻一点").contains(&8));
    assert!(rules("盖子应该密封").contains(&8));
    assert!(!rules("申请流程简单明了").contains(&8));
    // Half typed, a wish is rule 8's alone, with no bare noun for a rewrite; a lone modal waits.
    for typed in ["希望", "希望水", "希望水温", "请"] {
        assert_eq!(rules(typed), vec![8], "{typed}");
        assert_eq!(hint(typed, Rule::StateNotWish).suggestion, None, "{typed}");
    }
    assert!(rules("能").is_empty());
    // 要 before a state says it must be so; before a step or a wait it does not.
    let h = hint("安全保护要齐全", Rule::StateNotWish);
    assert_eq!(h.suggestion.as_deref(), Some("安全保护齐全"));
    assert_eq!(
        hint("外观要干净好看", Rule::StateNotWish)
            .suggestion
            .as_deref(),
        Some("外观干净好看")
    );
    assert!(!rules("补胎要拆后轮太麻烦").contains(&8));
    assert!(!rules("煮一锅饭要一个多小时").contains(&8));
    assert!(!rules("坡道要下来推").contains(&8));
    assert!(!rules("孩子加好友要双方同意").contains(&8));
    // Wanting a thing gives no noun phrase for a rewrite.
    assert_eq!(hint("想要防扎的轮胎", Rule::StateNotWish).suggestion, None);
    assert_eq!(
        hint("我想要盖子盖得紧", Rule::StateNotWish)
            .suggestion
            .as_deref(),
        Some("盖子盖得紧")
    );
}

#[test]
fn hints_are_ordered_and_unique() {
    let hs = check("I want high reliability and no noise");
    let ns: Vec<u8> = hs.iter().map(|h| h.rule.number()).collect();
    let mut sorted = ns.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(ns, sorted);
    assert!(ns.contains(&1) && ns.contains(&3) && ns.contains(&5) && ns.contains(&8));
    for h in hs {
        assert!(!h.message.is_empty() && !h.message_zh.is_empty());
    }
}

#[test]
fn odd_input_does_not_panic() {
    for text in [
        "",
        " ",
        "\t\n",
        "🔥🔥🔥",
        "🔥 and 🔥",
        "不",
        "别",
        "、",
        "，还",
        "又",
        "a",
        "and",
        "'",
        "’s",
        "...",
        "3.5",
        "-",
        "—",
        "“”",
        "٣ و ٤",
        "é and è",
        "ü-ß",
        "then.",
        "ကed",
        "ကing",
        "ကs",
        "the ကed item",
        "ÿies",
    ] {
        let _ = check(text);
    }
    assert!(check("").is_empty());
    assert!(check("   ").is_empty());
    let long_en = "the handle stays cool ".repeat(2000);
    assert!(rules(&long_en).contains(&7));
    // Inputs that would be slow if any check rescanned the text per character.
    for text in [
        "，".repeat(20_000),
        "a, b".repeat(5_000),
        ". ".repeat(20_000),
        "不锈钢".repeat(5_000),
        "轻、".repeat(5_000),
    ] {
        let _ = check(&text);
    }
    let long_zh = "手柄握着凉".repeat(2000);
    assert!(rules(&long_zh).contains(&7));
}

proptest::proptest! {
    #[test]
    fn never_panics(text in "\\PC{0,60}") {
        let hints = check(&text);
        let ns: Vec<u8> = hints.iter().map(|h| h.rule.number()).collect();
        let mut sorted = ns.clone();
        sorted.sort();
        sorted.dedup();
        proptest::prop_assert_eq!(ns, sorted);
    }

    /// Any letters with English endings: the suffix stripping must respect char boundaries.
    #[test]
    fn never_panics_on_inflected_words(
        text in "([\\p{L}\\p{N}]{1,3}(ed|ing|s|ies|es|ness|ity|ly|n't)? ?){1,6}"
    ) {
        let _ = check(&text);
    }

    #[test]
    fn never_panics_on_mixed_words(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "the", "and", "not", "lid", "is", "high", "reliability", "please", "I", "want",
                "to", "seal", "doesn't", "leak", ",", ";", ".", "with", "a", "use", "lights",
                "reliably", "不", "漏水", "希望", "能", "可靠性", "高", "、", "且", "就好了",
                "要是", "又", "，还", "使用", "🔥", " ", "’",
            ]),
            0..16,
        )
    ) {
        let text: String = parts.concat();
        let _ = check(&text);
        let spaced = parts.join(" ");
        for h in check(&spaced) {
            if let Some(s) = h.suggestion {
                proptest::prop_assert!(!s.trim().is_empty());
            }
        }
    }
}

mod rewrites;
mod statements;
mod typing;
