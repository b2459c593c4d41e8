use super::*;

const ZH: &str = include_str!("../../../tests/data/transcripts/water-heater.zh.txt");
const EN: &str = include_str!("../../../tests/data/transcripts/bike-light.en.txt");

fn lines(c: &Cut) -> Vec<String> {
    c.candidates
        .iter()
        .map(|c| format!("{} {}", c.line, c.text))
        .collect()
}

fn refusal(text: &str, speaker: Option<&str>) -> String {
    let errors = cut(text, speaker).unwrap_err();
    assert_eq!(errors.len(), 1);
    errors[0].to_string()
}

#[test]
fn the_chinese_worked_example_keeps_the_customers_sentences_without_fillers() {
    let c = cut(ZH, None).unwrap();
    assert_eq!(c.customer, "受访者");
    assert_eq!(c.speakers.len(), 2);
    assert_eq!((c.speakers[0].turns, c.speakers[1].turns), (10, 10));
    assert_eq!(
        lines(&c),
        [
            "3 我们家用的是燃气的，十三升，装了差不多五年了。",
            "5 主要是晚上洗澡。",
            "5 孩子八点多洗，我和老公十点以后再洗。",
            "7 最烦的就是水温忽冷忽热。",
            "7 厨房一开水龙头，卫生间的水马上就凉了。",
            "7 孩子冻得直叫。",
            "9 冬天几乎每天都有。",
            "11 要放掉好长一段冷水，大概要等半分钟。",
            "12 每次都白白浪费好多水，我心里挺心疼的。",
            "14 点火的时候“砰”一声，晚上特别明显，怕吵醒孩子。",
            "16 第一是安全，要有防一氧化碳和熄火保护！",
            "16 第二是恒温，水温要稳。",
            "18 价格也要看。",
            "18 三千块以内我能接受，再贵就要考虑考虑了。",
            "20 要是能用手机提前预热就好了，下班路上打开，到家就能洗。",
        ]
    );
    // "不客气。" at the end is a courtesy, not a remark.
    assert_eq!(c.dropped, 1);
}

#[test]
fn the_english_worked_example_keeps_decimals_and_abbreviations_inside_sentences() {
    let c = cut(EN, None).unwrap();
    assert_eq!(c.customer, "Customer");
    assert_eq!(
        lines(&c),
        [
            "3 I ride about 12 km each way, mostly along the canal and then through town.",
            "5 Early in the morning and back after six.",
            "5 In winter that means it's dark both ways.",
            "7 A cheap clip-on one from the supermarket.",
            "7 It's OK.",
            "9 The battery says 10 hours on the box, but on full power it lasts maybe 3.5 hours.",
            "10 So I never know if it will die halfway home.",
            "14 It died on the towpath in November.",
            "14 I had to walk the last two kilometres with my phone torch.",
            "16 With a micro-USB cable, which is annoying.",
            "16 Everything else I own is USB-C.",
            "18 Show how much battery is left, e.g. in hours rather than a blinking dot.",
            "18 And the beam should light the path without blinding people coming the other way!",
            "20 It should come off the bar quickly, because it gets stolen if I leave it on.",
        ]
    );
    // "Yeah." and "Sure." alone.
    assert_eq!(c.dropped, 2);
}

#[test]
fn crlf_cr_and_a_byte_order_mark_give_the_same_candidates_and_lines() {
    let plain = cut(EN, None).unwrap();
    let crlf = format!("\u{feff}{}", EN.replace('\n', "\r\n"));
    assert_eq!(cut(&crlf, None).unwrap(), plain);
    assert_eq!(cut(&EN.replace('\n', "\r"), None).unwrap(), plain);
}

#[test]
fn names_markdown_bold_timestamps_and_full_width_colons_open_turns() {
    let text = "\
## 2024-03-02
[00:00:05] **Mia:** So how do you cook rice now?
[00:00:09] **Anna:** Um, in a pot. It always burns at the bottom.
00:00:20 Mia: Why not a rice cooker?
00:00:24 Anna: Mine broke after a year, and the inner pot's coating peeled off.
Note: she still has the receipt.
Mia (00:01:02)： Would you buy one again?
Anna [00:01:05]： Only if the pot is steel.
";
    let c = cut(text, None).unwrap();
    assert_eq!(c.customer, "Anna", "Mia asks the questions");
    assert_eq!(
        lines(&c),
        [
            "3 In a pot.",
            "3 It always burns at the bottom.",
            "5 Mine broke after a year, and the inner pot's coating peeled off.",
            "6 Note: she still has the receipt.",
            "8 Only if the pot is steel.",
        ]
    );
}

#[test]
fn chinese_names_and_the_speaker_option_pick_the_customer() {
    let text = "采访者：您平时怎么煮饭？\n用户：用电饭煲，那个，内胆老是粘锅。\n采访者：还有呢？\n用户：就是说预约功能不好用；按键太多了。\n";
    let c = cut(text, None).unwrap();
    assert_eq!(c.customer, "用户");
    assert_eq!(
        lines(&c),
        [
            "2 用电饭煲，内胆老是粘锅。",
            "4 预约功能不好用。",
            "4 按键太多了。"
        ]
    );
    // Three people: the one asked for, by label in any case.
    let three = "Interviewer: What do you use?\nAnna: A pot, it burns.\nBen: A cooker from 2015.\nInterviewer: Why?\nAnna: It was cheap to buy.\nBen: My wife chose it.\n";
    let message = refusal(three, None);
    assert!(
        message.contains("--speaker") && message.contains("Anna (2 turns), Ben (2 turns)"),
        "{message}"
    );
    let ben = cut(three, Some("ben")).unwrap();
    assert_eq!(ben.customer, "Ben");
    assert_eq!(
        lines(&ben),
        ["3 A cooker from 2015.", "6 My wife chose it."]
    );
    let message = refusal(three, Some("Carl"));
    assert!(
        message.contains("no speaker is labelled 'Carl'"),
        "{message}"
    );
}

#[test]
fn a_text_without_labels_or_without_the_customer_is_refused_clearly() {
    let message = refusal("The light is too dim.\nIt needs USB-C.\n", None);
    assert!(message.contains("no speaker turns found"), "{message}");
    let message = refusal("Q: What do you ride?\nQ: And when?\n", None);
    assert!(message.contains("only the interviewer speaks"), "{message}");
    let message = refusal(
        "Q: What do you ride?\nA: Yeah.\nQ: And?\nA: Um, OK.\n",
        None,
    );
    assert!(message.contains("no sentence to keep"), "{message}");
    // Two names and nobody asks: which one is the customer is a guess.
    let message = refusal(
        "Anna: It burns.\nBen: It is loud.\nAnna: It is slow.\nBen: Yes.\n",
        None,
    );
    assert!(
        message.contains("cannot tell who the interviewer is"),
        "{message}"
    );
}

#[test]
fn a_colon_inside_an_answer_is_no_new_speaker() {
    let text = "Q: What matters?\nA: Two things: price and weight.\nQ: Any link?\nA: See https://example.com for the one I want.\n";
    let c = cut(text, None).unwrap();
    assert_eq!(
        lines(&c),
        [
            "2 Two things: price and weight.",
            "4 See https://example.com for the one I want."
        ]
    );
}

#[test]
fn sentences_end_at_punctuation_but_not_inside_numbers_or_abbreviations() {
    let s: Vec<String> = sentences("Dr. Li said 3.5 W is fine. Is it? Yes! A; b… 好的。真的吗？")
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    assert_eq!(
        s,
        [
            "Dr. Li said 3.5 W is fine.",
            "Is it?",
            "Yes!",
            "A;",
            "b…",
            "好的。",
            "真的吗？"
        ]
    );
}

#[test]
fn fillers_go_at_clause_starts_and_reply_words_alone_are_dropped() {
    assert_eq!(
        tidy("Um, uh, the strap, you know, slips."),
        Some("The strap, slips.".into())
    );
    assert_eq!(
        tidy("嗯，啊，就是说加热太慢了。"),
        Some("加热太慢了。".into())
    );
    assert_eq!(tidy("那个按钮太小了。"), Some("那个按钮太小了。".into()));
    assert_eq!(
        tidy("Umbrella mounts would help."),
        Some("Umbrella mounts would help.".into())
    );
    assert_eq!(tidy("OK."), None);
    assert_eq!(tidy("Yeah, yeah."), None);
    assert_eq!(tidy("对对，是的。"), None);
    assert_eq!(tidy("太慢了。"), Some("太慢了。".into()));
    assert_eq!(tidy("Too dim."), Some("Too dim.".into()));
    assert_eq!(tidy("嗯。"), None);
}

#[test]
fn the_plan_adds_candidates_of_source_interview_from_one_respondent() {
    let mut p = Project::new(Meta::new("t"));
    let (first, cut) = plan(&p, EN, None, None).unwrap();
    assert_eq!(
        first.summary[0],
        "14 remarks added as candidates (R1–R14) from P1 'Customer'"
    );
    p.apply(first.edit).unwrap();
    assert_eq!(p.respondents.len(), 1);
    assert_eq!(p.remarks.len(), cut.candidates.len());
    for r in &p.remarks {
        assert!(r.candidate);
        assert_eq!(r.source, Source::Interview);
        assert_eq!(r.respondent, Some(RespondentId(1)));
    }
    // A second interview of the same label finds the respondent; --respondent names another.
    let (again, _) = plan(&p, EN, None, None).unwrap();
    assert_eq!(again.summary.len(), 1);
    let (other, _) = plan(&p, EN, None, Some("C-07")).unwrap();
    assert_eq!(other.summary[1], "respondent P2 'C-07' added");
}

#[test]
fn turns_are_told_from_a_list_of_remarks() {
    assert!(has_turns(ZH) && has_turns(EN));
    assert!(has_turns(
        "Anna: It burns.\nBen: Why?\nAnna: The pot is thin.\n"
    ));
    assert!(!has_turns(
        "Price: too high for what it does\nThe lid is hard to clean\n"
    ));
    assert!(!has_turns("The light is too dim.\n"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Any text, built from the pieces transcripts are made of: no panic, and every candidate
    /// names a line of the file and holds words.
    #[test]
    fn no_text_panics_and_candidates_name_real_lines(
        parts in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::string::string_regex("(Q|A|访谈者|受访者|Anna|\\*\\*Ben:\\*\\*)[:：]").unwrap(),
                proptest::string::string_regex("\\[?[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?\\]? ").unwrap(),
                proptest::string::string_regex("(um|嗯|那个|就是说|you know|OK|Yeah|e\\.g\\.|3\\.5|No\\. 5)[,，.。 ]").unwrap(),
                proptest::string::string_regex("[a-zA-Z 热水器İK\u{212A}]{0,12}[.!?。！？；;…]?").unwrap(),
                proptest::string::string_regex("(\n|\r\n|\r|\u{feff}| )").unwrap(),
                proptest::prelude::any::<String>(),
            ],
            0..40,
        ),
        speaker in proptest::option::of(proptest::string::string_regex("(A|Anna|受访者|Q)").unwrap()),
    ) {
        let text: String = parts.concat();
        let lines = text.split(['\n', '\r']).count() as u64;
        let _ = has_turns(&text);
        if let Ok(c) = cut(&text, speaker.as_deref()) {
            for k in &c.candidates {
                proptest::prop_assert!(k.line >= 1 && k.line <= lines, "line {} of {}", k.line, lines);
                proptest::prop_assert!(!k.text.trim().is_empty());
            }
        }
    }
}

#[test]
fn i_and_r_are_interviewer_and_respondent() {
    let c = cut(
        "I: Where do you ride?\nR: Along the canal, it is dark there.\n",
        None,
    )
    .unwrap();
    assert_eq!(c.customer, "R");
    assert_eq!(lines(&c), ["2 Along the canal, it is dark there."]);
}
