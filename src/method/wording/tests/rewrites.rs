//! Rewrites and the statements a new user saw missed, flagged wrongly or rewritten poorly.

use super::*;

/// Rule 5's rewrites: the positive a person would write, keeping the subject; none where
/// dropping the negation would say the opposite or read oddly.
#[test]
fn rule5_positive_rewrites() {
    let cases = [
        ("The milk never gets hot enough", "The milk gets hot enough"),
        ("The app does not crash", "The app runs stably"),
        ("the screen isn't clear", "the screen is clear"),
        ("the water is not hot enough", "the water is hot enough"),
        ("the cable is not long enough", "the cable is long enough"),
        ("the strap doesn't stay", "the strap stays"),
        ("The flap does not open fully", "The flap opens fully"),
        (
            "The wall mount does not hold it securely",
            "The wall mount holds it securely",
        ),
        ("the buttons don't respond", "the buttons respond"),
        ("the rugs never come out clean", "the rugs come out clean"),
        (
            "It cannot stand up on its own",
            "It can stand up on its own",
        ),
        ("the lid can't be opened", "the lid can be opened"),
        (
            "the hair will not fall into the bin",
            "the hair will fall into the bin",
        ),
        ("晚上大灯不够亮", "晚上大灯足够亮"),
        ("载重能力不够", "载重能力足够"),
        ("水温不稳定", "水温稳定"),
        ("操作不太方便", "操作方便"),
        ("说明书不清楚", "说明书清楚"),
        ("刹车不灵", "刹车灵敏"),
        ("动力不足", "动力充足"),
        // The negated word whole ("卡顿", not 卡 + 顿), and the stress of "从不", "并不" gone.
        ("App不卡顿", "App流畅"),
        ("夏天戴着不闷", "夏天戴着透气"),
        ("系统从不卡顿", "系统流畅"),
        ("价格并不贵", "价格实惠"),
        // "V不C" with its subject stated → "V得C"; without one, "能VC" states the ability.
        ("手机连不上", "手机连得上"),
        ("手机App连不上", "手机App连得上"),
        ("屏幕看不清", "屏幕看得清"),
        ("语音消息经常发不出去", "语音消息发得出去"),
        ("后备箱放不下", "后备箱放得下"),
        ("仪表上的字看不清楚", "仪表上的字看得清楚"),
        // 说 makes idioms ("说不定"), but "说不清楚" is the ability to explain.
        ("客服也说不清楚", "客服说得清楚"),
        ("充电线的磁吸头吸不紧", "充电线的磁吸头吸得紧"),
        ("支架夹不稳", "支架夹得稳"),
        ("说明书说不清", "说明书说得清"),
        ("打不着火", "能打着火"),
        ("晚上看不清", "晚上能看清"),
        ("女生根本抬不动", "女生抬得动"),
        ("车座高度调不了", "车座高度能调"),
        ("洗车之后就启动不了", "洗车之后也能启动"),
        ("手表关机了就找不到", "手表关机了也找得到"),
        ("售后电话打不通", "售后电话打得通"),
        ("功能菜单看不懂", "功能菜单看得懂"),
        ("锅沿一圈污渍擦不掉", "锅沿一圈污渍擦得掉"),
        ("米饭煮不熟", "米饭煮得熟"),
        // jieba tags 调小 an adjective; it is the verb all the same.
        ("提示音不能调小", "提示音能调小"),
        // "不好 V" says it is hard to do: "好V" for a one-character verb, "容易V" otherwise.
        ("按键不好按", "按键好按"),
        ("喇叭按钮不好按", "喇叭按钮好按"),
        ("不好清洗", "容易清洗"),
        ("滤网不好清洗", "滤网容易清洗"),
        ("盖子不好打开", "盖子容易打开"),
        ("充电器不好带", "充电器好带"),
        ("蒸架不好放", "蒸架好放"),
        ("水壶不好倒水", "水壶好倒水"),
        ("the bag doesn't hold enough", "the bag holds enough"),
        (
            "The tank does not hold enough water",
            "The tank holds enough water",
        ),
        ("the lid isn't easy to open", "the lid is easy to open"),
        ("the lid is not easy to open", "the lid is easy to open"),
        ("冬天无法充电", "冬天能充电"),
        (
            "No spare parts available locally",
            "Spare parts are available locally",
        ),
        ("下雨天不能用", "下雨天能用"),
        // With nothing before it, the object is what the statement is about.
        ("不能关掉自动保温", "自动保温能关掉"),
        // What cannot be done, as what can: "Can fill the tank …" would ask.
        (
            "Can't fill the tank from the top",
            "The tank can be filled from the top",
        ),
        ("No way to preheat the cup", "The cup can be preheated"),
        (
            "You cannot turn off the beeps",
            "The beeps can be turned off",
        ),
    ];
    for (text, want) in cases {
        let h = hint(text, Rule::NoNegation);
        assert_eq!(h.suggestion.as_deref(), Some(want), "{text}");
    }
    let none = [
        "the lid is not broken",
        "the pan doesn't stick",
        "the tap doesn't stop dripping",
        "it does not fall over",
        "Support never answered my emails",
        // "can hear a thing" would ask.
        "Can't hear a thing",
        "So noisy I cannot hear the TV in the next room",
        "Bean hopper lid doesn't seal so beans go stale",
        "Not strong enough to pull sand out of the runner",
        "受不了",
        "后座太小，坐不下大人",
        // The effect of a stated cause keeps its negation.
        "充电器太大太重不好带",
        "盖子太紧，不好打开",
        "箱子太小放不下",
        "因为太重所以不好搬",
        // Idioms: "hard to say", "sorry".
        "这事不好说",
        // "不好" as the complement of a verb: cannot do it well.
        "晚上睡不好觉",
        "不好意思",
        // No verb: what "good" would be is for the team to say.
        "GPS信号不好",
        "防水做得不好",
        // "不容易倒" praises, "容易倒" would blame.
        "杯子不容易倒",
        // "没有 + noun": a missing means ("有夜灯" states a solution, rule 4), or a nuisance
        // whose absence "有…" cannot turn into a state; both stay a yes/no either way.
        "没有夜灯",
        "卧室没有夜灯",
        "热水器没有噪音",
        "手机没有信号",
        "坐垫太窄坐着不舒服",
        "用不着",
        "机器不会坏",
        "没有异味",
        "用久了电池越来越不经用",
        // What must be kept out is the subject: the negation is the wanted state.
        "骚扰电话和推销电话都打不进来",
        "灰尘进不去",
        "Spam calls don't get through",
        "Rain never gets into the housing",
        // A fault denied: dropping "never" would say the robot gets stuck.
        "It never gets stuck anymore",
        "The robot never gets stuck",
    ];
    for text in none {
        let h = hint(text, Rule::NoNegation);
        assert_eq!(h.suggestion, None, "{text}");
    }
}

// ---- what a new user saw ------------------------------------------------------------

#[test]
fn missed_hints_are_given() {
    for (text, rule) in [
        ("能在雨中持久地经受大强度地冲击", 1),
        ("能改变颜色", 2),
        ("用电子打火器", 4),
        ("Fit an electronic igniter", 4),
        ("携带时别把包搞脏了", 8),
        ("调温", 2),
        ("配一个无线遥控器", 4),
        ("每次都能点着", 6),
        ("热水器各方面都好用、让人满意", 7),
        ("Lights every time", 6),
        ("Works reliably in the rain", 6),
        ("The light has a USB-C port", 4),
        ("Easy cleaning", 2),
        ("The kettle can boil water", 2),
        ("The app can send money abroad", 2),
        ("The dryer can dry clothes", 2),
        // Praise without content, read on the fresh sets' names.
        ("续航真的很顶", 7),
        ("The voice control is cool", 7),
        ("The battery is fine", 7),
        ("The no-go zones are a lifesaver", 7),
    ] {
        assert!(
            rules(text).contains(&rule),
            "{text:?} should break rule {rule}: {:?}",
            check(text)
        );
    }
}

#[test]
fn wrong_hints_are_not_given() {
    assert_clean("Daily use is effortless");
    assert_clean("全家随时用上舒服的热水");
    // A qualifier after the place still makes it a quality.
    assert_clean("The app sends money abroad within a minute");
    // 刻度线 is a scale marked on a part, not a measure (rule 3).
    assert_clean("刻度线印得清楚");
    // "Must say" frames a remark; it is no wish.
    assert_clean("Must say the whole thing is easy to rinse");
    assert_clean("I have to admit the lid seals well");
    // A measure word naming the part that sets it states no measure.
    assert_clean("Strength settings make a clear difference");
    assert_clean("The speed dial turns smoothly");
    // How much it spends is no means (rule 4).
    assert_clean("The machine uses little water");
    // 别家 is another maker, no plea ("别把包搞脏").
    assert_clean("同样配置别家便宜五百");
    // Praise that rates a characteristic word is what rule 3 names; rule 7 stays silent.
    assert_eq!(rules("The reliability is good"), vec![3]);
    assert_eq!(rules("可靠性好"), vec![3]);
    assert_eq!(rules("The kettle has good durability"), vec![3]);
    assert_eq!(rules("外套的透气性好"), vec![3]);
    // Praise of the product itself is still abstract.
    assert_eq!(rules("The kettle is good"), vec![7]);
    assert_eq!(rules("热水器很好"), vec![7]);
}

/// A rewrite is offered only where it reads as a person would write it.
#[test]
fn rewrites_read_naturally() {
    let s = |text: &str, rule: Rule| hint(text, rule).suggestion;
    assert_ne!(
        s("热效率高", Rule::NoCharacteristicWords).as_deref(),
        Some("热高效")
    );
    // "煮不了多少" says how little; "能煮多少" would ask how much.
    assert_eq!(s("实际煮不了多少", Rule::NoNegation), None);
    assert_eq!(s("电池撑不了几天", Rule::NoNegation), None);
    // A rating the state does not take in would stay behind it ("补电快太慢").
    assert_eq!(s("补电速度太慢", Rule::NoCharacteristicWords), None);
    assert_eq!(s("充电速度很慢", Rule::NoCharacteristicWords), None);
    // A measure that qualifies a noun leaves no sentence to splice into.
    assert_eq!(
        s(
            "Reliability issues are frequent",
            Rule::NoCharacteristicWords
        ),
        None
    );
    assert_eq!(
        s("Low noise", Rule::NotBareNoun).as_deref(),
        Some("The … is quiet")
    );
    // Two demands split into two statements that each open as one.
    assert_eq!(
        s("The app is fast, and the menus are clear", Rule::OneMeaning).as_deref(),
        Some("The app is fast / The menus are clear")
    );
    assert_eq!(
        s(
            "The jacket keeps me dry while also staying cool",
            Rule::OneMeaning
        )
        .as_deref(),
        Some("The jacket keeps me dry / The jacket stays cool")
    );
    // A measure's rewrite names the possessor and keeps a place for a missing subject.
    assert_eq!(
        s(
            "The jacket's breathability is high",
            Rule::NoCharacteristicWords
        )
        .as_deref(),
        Some("The jacket lets air through")
    );
    assert_eq!(
        s(
            "The heater's thermal efficiency is high",
            Rule::NoCharacteristicWords
        )
        .as_deref(),
        Some("The heater uses little energy")
    );
    assert_eq!(
        s("High reliability", Rule::NoCharacteristicWords).as_deref(),
        Some("The … works reliably")
    );
    assert_eq!(
        s(
            "Good reliability and low noise",
            Rule::NoCharacteristicWords
        ),
        None
    );
    // "Not hard" of a seat is no "easy".
    assert_eq!(s("The seat is not hard", Rule::NoNegation), None);
    assert_eq!(
        s("The lid is not hard to open", Rule::NoNegation).as_deref(),
        Some("The lid is easy to open")
    );
    // "Pretty" is a degree here: "Pretty normal" is no "The normal is pretty".
    assert_eq!(s("Pretty normal", Rule::NotBareNoun), None);
    // The blank opens the statement, and what follows it is no longer its start.
    assert_eq!(
        s("Lights every time", Rule::ExplicitObject).as_deref(),
        Some("The … lights every time")
    );
    assert_eq!(
        s("Easy to clean", Rule::ExplicitObject).as_deref(),
        Some("The … is easy to clean")
    );
    assert_eq!(
        s("Soft fabric", Rule::NotBareNoun).as_deref(),
        Some("The fabric is soft")
    );
    assert_eq!(
        s(
            "It would be great if the kettle boiled faster",
            Rule::StateNotWish
        )
        .as_deref(),
        Some("The kettle boils faster")
    );
    assert_eq!(
        s("Please keep the room cool", Rule::StateNotWish).as_deref(),
        Some("The room stays cool")
    );
    // "too", "still" and stressing adverbs tell the story and go with the negation.
    assert_eq!(
        s("孩子也听不到", Rule::NoNegation).as_deref(),
        Some("孩子听得到")
    );
    assert_eq!(
        s("电话还是打不通", Rule::NoNegation).as_deref(),
        Some("电话打得通")
    );
    assert_eq!(
        s("水温一直不稳定", Rule::NoNegation).as_deref(),
        Some("水温稳定")
    );
    // What is asked of someone is the state that follows 让.
    assert_eq!(
        s("请让房间保持凉爽", Rule::StateNotWish).as_deref(),
        Some("房间保持凉爽")
    );
    assert_eq!(
        s("能不能让绑带一直保持紧", Rule::StateNotWish).as_deref(),
        Some("绑带一直保持紧")
    );
    // The joiner's words go with it.
    assert_eq!(
        s("软件打开快，并且界面清楚", Rule::OneMeaning).as_deref(),
        Some("软件打开快 / 界面清楚")
    );
    // A measure is no subject to lend.
    assert_eq!(
        s("可靠性好而且噪音低", Rule::OneMeaning).as_deref(),
        Some("可靠性好 / 噪音低")
    );
    // The second statement of a split keeps the subject.
    assert_eq!(
        s("水壶烧水快而且声音小", Rule::OneMeaning).as_deref(),
        Some("水壶烧水快 / 水壶声音小")
    );
    // A statement without its subject is flagged.
    assert!(rules("声音小").contains(&6), "{:?}", check("声音小"));
    // Without a natural rewrite the hint still gives its reason.
    let h = hint("热效率高", Rule::NoCharacteristicWords);
    assert!(h.message_zh.contains("效率"), "{}", h.message_zh);
}

/// The sample's group names give no hints: "的安装" names the act of installing, not a means.
#[test]
fn installing_as_an_act_is_not_a_means() {
    assert_clean("热水器的安装维修过程省事");
    assert!(rules("安装恒温阀").contains(&4));
}

/// Every demanded quality and island name of the two sample projects passes the rules: the
/// samples are what a room sees first, and a hint on them teaches it to ignore hints. Seen:
/// "The light meets the road-lighting rules of the country where it is sold" (13 words) and
/// "The light looks neat on a city bike" were flagged by rule 7.
#[test]
fn the_samples_statements_give_no_hints() {
    for file in ["bike-light.en.ron", "water-heater.zh.ron"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("projects")
            .join(file);
        let project = crate::store::load(&path).expect("sample loads");
        let texts = project
            .qualities
            .iter()
            .map(|q| q.text.as_str())
            .chain(project.groups.iter().map(|g| g.title.as_str()));
        for text in texts {
            assert_clean(text);
        }
    }
}

/// Seen typing statements from other domains than the corpus: a plural noun that is also a
/// verb form ("Orders", "Returns") was read as a missing subject; 好 closing 预热 or 充 was read
/// as praise; and two rule-5 rewrites turned the meaning round ("The toddler can open the
/// cabinet") or into nonsense ("耳机跑步时得掉", where jieba joins 时不掉).
#[test]
fn statements_from_other_domains_keep_their_meaning() {
    for text in [
        "Orders arrive within two days",
        "Returns are free",
        "烤箱十分钟就能预热好",
        "快递很快",
        "The manual explains every step",
        "烤箱温度准",
        "The sensor detects every step",
        "电池一小时就能充好",
    ] {
        assert_clean(text);
    }
    // A state after the -s word makes it the verb; the subject is still missing.
    assert!(rules("Stays warm for hours").contains(&6));
    // 速度快 is one noun to the dictionary; its 快 says how well, so no rule 2.
    assert_eq!(rules("热水器加热速度快"), vec![3]);
    assert!(!reads_as_statement("Tastes like the cafe down the road"));
    assert!(reads_as_statement("Orders arrive within two days"));
    // A feature the product has is a means, as "has a USB-C port" is.
    for text in [
        "The kettle has an auto shut-off function",
        "The app has a dark mode",
        "The jacket has a hood",
    ] {
        assert!(rules(text).contains(&4), "{text}");
    }
    assert_clean("The bag has a lot of room");
    // "不断线" denies a drop; 不断 alone is "continuously".
    assert!(rules("耳机连接手机不断线").contains(&5));
    assert_clean("产品不断升级");
    for text in [
        "The toddler cannot open the cabinet",
        "耳机跑步时不掉",
        "手表戴着不闷汗",
    ] {
        let h = hint(text, Rule::NoNegation);
        assert_eq!(h.suggestion, None, "{text}");
    }
    assert_eq!(
        hint("屏幕看不清", Rule::NoNegation).suggestion.as_deref(),
        Some("屏幕看得清")
    );
}

/// Seen on the Qualities screen: "希望声音再小一点" suggested "声音再小一点", a comparison with
/// today rather than the state wanted.
#[test]
fn a_wish_for_more_of_a_state_is_stated_as_the_state() {
    for (wish, state) in [
        ("希望声音再小一点", "声音小"),
        ("希望屏幕更亮一些", "屏幕亮"),
        ("希望运行更加安静", "运行安静"),
    ] {
        assert_eq!(
            hint(wish, Rule::StateNotWish).suggestion.as_deref(),
            Some(state),
            "{wish}"
        );
    }
    // 更新 is an update, not "more".
    assert_eq!(
        hint("希望更新快一点", Rule::StateNotWish)
            .suggestion
            .as_deref(),
        Some("更新快一点")
    );
}
