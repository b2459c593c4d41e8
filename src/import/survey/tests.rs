use super::*;

fn project() -> Project {
    let mut p = Project::new(Meta::new("t"));
    p.apply(Edit::Batch(vec![
        Edit::Put(Entity::Quality(Quality::new(QualityId(1), "bright beam"))),
        Edit::Put(Entity::Quality(Quality::new(QualityId(2), "long battery"))),
        Edit::Put(Entity::Competitor(Competitor {
            id: CompetitorId(1),
            name: "Acme".into(),
            order: 0,
        })),
    ]))
    .unwrap();
    p
}

fn sheet(csv: &str) -> Sheet {
    sheet::read_csv_text(csv).unwrap()
}

const CSV: &str = "ID,Region,Age,Q5 What would be great?,Q3_1,Q3_2,Q4_1,Q4_2,Q6_1,Q6_2,F,D\n\
    r1,north,30s,a lamp that follows me,5,Very important,3,4,2,,like,must-be\n\
    r2,south,,,4,3,,,,,2,5\n";

const MAP: &str = r#"(
    respondent: "id",
    segment: "Region",
    attributes: ["Age"],
    open: [(column: "Q5*", kind: wish)],
    grids: [
        (columns: "Q3_*", measure: importance),
        (columns: "Q4_*", measure: satisfaction),
        (columns: "Q6_*", measure: competitor("Acme")),
    ],
    qualities: ["Q1", "long battery"],
    kano: [(functional: "F", dysfunctional: "D", quality: "Q2")],
    labels: {"very important": 5},
)"#;

#[test]
fn every_kind_of_column_lands_where_it_belongs() {
    let mut p = project();
    let map = map::parse(MAP).unwrap();
    let r = read(&p, &sheet(CSV), &map);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(
        r.counts.ratings,
        [
            (Measure::Importance, 4),
            (Measure::Satisfaction, 2),
            (Measure::Competitor("Acme".into()), 1)
        ]
    );
    assert_eq!(r.counts.kano_pairs, 2);
    assert_eq!(r.counts.blank, 5);
    p.apply(r.edit).unwrap();
    assert_eq!(p.respondents.len(), 2);
    let r1 = p.respondent_by_label("r1").unwrap().clone();
    assert_eq!(r1.attributes["Age"], "30s");
    assert_eq!(p.segments.get(r1.segment.unwrap()).unwrap().name, "north");
    let remark = p.remarks.iter().next().unwrap();
    assert_eq!(remark.text, "a lamp that follows me");
    assert_eq!(
        remark.source,
        Source::Questionnaire(Some(QuestionKind::Wish))
    );
    assert_eq!(remark.respondent, Some(r1.id));
    let mine: Vec<Reply> = p
        .responses
        .iter()
        .filter(|x| x.respondent == r1.id)
        .map(|x| x.reply)
        .collect();
    assert!(mine.contains(&Reply::Importance(5.0)));
    assert!(mine.contains(&Reply::Competitor(CompetitorId(1), 2.0)));
    assert!(mine.contains(&Reply::Dysfunctional(Answer::MustBe)));
    let r2 = p.respondent_by_label("r2").unwrap().id;
    assert!(p.responses.iter().any(|x| x.respondent == r2
        && x.quality == QualityId(2)
        && x.reply == Reply::Functional(Answer::MustBe)));
    assert!(crate::model::validate::validate(&p).is_empty());
}

#[test]
fn problems_name_the_line_and_column() {
    let p = project();
    let map = map::parse(MAP).unwrap();
    let bad = CSV
        .replace("4,3,,,", "4,9,,,")
        .replace("like,must", "liked,must");
    let r = read(&p, &sheet(&bad), &map);
    let shown: Vec<String> = r.problems.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        shown,
        [
            "line 2, column 'F': 'liked' is not a Kano answer; use like, must-be, neutral, \
             live-with, dislike (or 喜欢、理所当然、无所谓、能忍受、不喜欢, or 1–5)",
            "line 3, column 'Q3_2': 9 is outside the rating scale 1–5"
        ]
    );
    let unknown = MAP
        .replace("\"Age\"", "\"Age band\"")
        .replace("\"Q2\")", "\"Q7\")");
    let r = read(&p, &sheet(CSV), &map::parse(&unknown).unwrap());
    let shown: Vec<String> = r.problems.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        shown,
        [
            "line 1, column 'Age band': the map names this column for an attribute, but the \
             header has no such column",
            "line 1, column 'F': there is no quality Q7 in the project"
        ]
    );
}

#[test]
fn a_column_used_twice_and_a_repeated_respondent_are_refused() {
    let p = project();
    let map = map::parse(&MAP.replace("\"Q5*\"", "\"Q*\"")).unwrap();
    let r = read(&p, &sheet(CSV), &map);
    assert!(
        r.problems[0]
            .to_string()
            .contains("the map uses this column twice"),
        "{:?}",
        r.problems
    );
    let twice = format!("{CSV}r1,north,,,,,,,,,,\n");
    let r = read(&p, &sheet(&twice), &map::parse(MAP).unwrap());
    assert_eq!(
        r.problems[0].to_string(),
        "line 4, column 'ID': respondent 'r1' is already on line 2"
    );
}

#[test]
fn kano_answers_in_words_numbers_and_sentences() {
    assert_eq!(kano_answer("1"), Ok(Answer::Like));
    assert_eq!(kano_answer("I can live with it."), Ok(Answer::LiveWith));
    assert_eq!(kano_answer("理应如此"), Ok(Answer::MustBe));
    assert_eq!(kano_answer("不喜欢"), Ok(Answer::Dislike));
    assert!(kano_answer("6").is_err());
}

#[test]
fn a_guessed_map_finds_the_shape_of_a_common_export() {
    let p = project();
    let csv = "编号,地区,年龄,Q1_1,Q1_2,Q2_1,Q2_2,您希望台灯还能做什么？,\
        如果台灯有定时功能，您觉得？,如果台灯没有定时功能，您觉得？\n\
        1,华北,30,5,非常重要,3,4,希望能跟着人转动方向,喜欢,不喜欢\n\
        2,华南,40,4,3,2,5,希望夜里不刺眼睛就好,理所当然,能忍受\n";
    let s = sheet(csv);
    let map = guess::guess(&p, &s);
    assert_eq!(map.respondent, "编号");
    assert_eq!(map.segment.as_deref(), Some("地区"));
    assert_eq!(map.attributes, ["年龄"]);
    let grids: Vec<(&str, &Measure)> = map
        .grids
        .iter()
        .map(|g| (g.columns.as_str(), &g.measure))
        .collect();
    assert_eq!(
        grids,
        [
            ("Q1_*", &Measure::Importance),
            ("Q2_*", &Measure::Satisfaction)
        ]
    );
    assert_eq!(map.qualities, ["Q1", "Q2"]);
    assert_eq!(map.labels.get("非常重要"), Some(&5.0));
    assert_eq!(map.open.len(), 1);
    assert_eq!(map.open[0].kind, OpenKind::Wish);
    assert_eq!(map.kano.len(), 1);
    let text = guess::to_file(&map, "x.csv");
    let back = map::parse(&text).unwrap();
    assert_eq!(back, map);
    // The Kano pair's quality is not in its header; once the person names it, it imports.
    let r = read(&p, &s, &back);
    assert_eq!(
        r.problems[0].to_string(),
        "line 1, column '如果台灯有定时功能，您觉得？': which quality this Kano pair asks about \
         is not said; add quality: \"Q…\" (an id or the exact text) to the pair"
    );
    let mut edited = back;
    edited.kano[0].quality = Some("Q2".into());
    let r = read(&p, &s, &edited);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.counts.kano_pairs, 2);
}

#[test]
fn the_same_export_twice_replaces_answers_and_adds_no_remark_again() {
    let mut p = project();
    let map = map::parse(MAP).unwrap();
    p.apply(read(&p, &sheet(CSV), &map).edit).unwrap();
    let before = (p.remarks.len(), p.respondents.len(), p.responses.len());
    let again = read(&p, &sheet(CSV), &map);
    assert!(again.problems.is_empty());
    assert_eq!(again.counts.remarks_known, 1);
    assert_eq!(again.counts.respondents_updated, 2);
    assert_eq!(again.counts.replaced, 11);
    p.apply(again.edit).unwrap();
    assert_eq!(
        (p.remarks.len(), p.respondents.len(), p.responses.len()),
        before
    );
}

/// Qualtrics: "Q3_1" headers, then a row of question text and a row of import ids.
#[test]
fn a_qualtrics_export_skips_its_two_extra_header_rows() {
    let p = project();
    let csv = "StartDate,ResponseId,Q1_1,Q1_2,Q2\n\
        Start Date,Response ID,How important? - bright beam,How important? - long battery,What would be great?\n\
        \"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"QID1_1\"\"}\",\"{\"\"ImportId\"\":\"\"QID1_2\"\"}\",\"{\"\"ImportId\"\":\"\"QID2_TEXT\"\"}\"\n\
        2026-03-01 10:00:00,R_1a,5,4,a lamp that charges my phone\n\
        2026-03-01 11:30:00,R_2b,3,,one that is easier to carry around\n";
    let s = sheet(csv);
    let map = guess::guess(&p, &s);
    assert_eq!(map.skip, 2);
    assert_eq!(map.respondent, "ResponseId");
    assert_eq!(map.grids.len(), 1);
    assert_eq!(map.open.len(), 1);
    assert_eq!(map.open[0].column, "Q2");
    let r = read(&p, &s, &map);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.counts.respondents_added.len(), 2);
    assert_eq!(r.counts.ratings, [(Measure::Importance, 3)]);
    assert!(
        r.preview[0].starts_with("line 4: P1 'R_1a'"),
        "{:?}",
        r.preview
    );
}

/// 问卷星 (wjx) by text: question text as the header, a grid's rows after a dash, so the `*`
/// of the pattern is the quality's own text.
#[test]
fn a_question_text_header_finds_qualities_by_their_text() {
    let p = project();
    let csv = "序号,提交答卷时间,1、您的性别,2、您对以下方面的重视程度—bright beam,\
        2、您对以下方面的重视程度—long battery,3、您希望它还能做到什么？\n\
        1,2026/3/1 10:00:00,男,非常重要,3,希望可以用手机控制亮度\n\
        2,2026/3/1 10:05:12,女,4,比较重要,希望充一次电能用一个星期\n";
    let s = sheet(csv);
    let map = guess::guess(&p, &s);
    assert_eq!(map.respondent, "序号");
    assert_eq!(map.attributes, ["1、您的性别"]);
    assert_eq!(map.grids[0].columns, "2、您对以下方面的重视程度—*");
    assert_eq!(map.grids[0].measure, Measure::Importance);
    assert_eq!(map.open[0].kind, OpenKind::Wish);
    assert!(map.qualities.is_empty());
    let r = read(&p, &s, &map);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let mut q = p.clone();
    q.apply(r.edit).unwrap();
    let one = q.respondent_by_label("1").unwrap().id;
    assert!(q.responses.iter().any(|x| x.respondent == one
        && x.quality == QualityId(1)
        && x.reply == Reply::Importance(5.0)));
    assert!(q.responses.iter().any(|x| x.respondent == one
        && x.quality == QualityId(2)
        && x.reply == Reply::Importance(3.0)));
}

/// SurveyMonkey: a question's text over the first column of its grid, the grid's rows in the
/// row below, "Response" under questions of one column.
#[test]
fn a_surveymonkey_export_joins_its_two_header_rows() {
    let p = project();
    let csv = "Respondent ID,Start Date,How important is each of these?,,What would make it better?\n\
        ,,bright beam,long battery,Open-Ended Response\n\
        114001,03/01/2026,5,4,a lamp that charges my phone\n\
        114002,03/01/2026,3,,one that is easier to carry around\n";
    let s = sheet(csv);
    let map = guess::guess(&p, &s);
    assert_eq!(map.header_rows, 2);
    assert_eq!(map.respondent, "Respondent ID");
    assert_eq!(map.grids[0].columns, "How important is each of these? - *");
    assert_eq!(map.grids[0].measure, Measure::Importance);
    assert_eq!(map.open[0].column, "What would make it better?");
    let r = read(&p, &s, &map);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.rows, 2);
    assert_eq!(r.counts.ratings, [(Measure::Importance, 3)]);
    assert_eq!(r.counts.remarks.len(), 2);
    assert!(
        r.preview[0].starts_with("line 3: P1 '114001'"),
        "{:?}",
        r.preview
    );
    let text = guess::to_file(&map, "x.csv");
    assert!(text.contains("header_rows: 2"), "{text}");
}

/// 问卷星 by number: a grid's rows in brackets after the question's number.
#[test]
fn bracketed_grid_rows_find_their_qualities_by_text() {
    let p = project();
    let csv = "序号,2(bright beam),2(long battery),3(bright beam),3(long battery)\n\
        1,5,4,3,2\n\
        2,4,,2,1\n";
    let s = sheet(csv);
    let map = guess::guess(&p, &s);
    let grids: Vec<(&str, &Measure)> = map
        .grids
        .iter()
        .map(|g| (g.columns.as_str(), &g.measure))
        .collect();
    assert_eq!(
        grids,
        [
            ("2(*)", &Measure::Importance),
            ("3(*)", &Measure::Satisfaction)
        ]
    );
    let r = read(&p, &s, &map);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(
        r.counts.ratings,
        [(Measure::Importance, 3), (Measure::Satisfaction, 4)]
    );
    assert_eq!(r.counts.rated_qualities, 2);
}
