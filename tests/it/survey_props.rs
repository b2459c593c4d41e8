//! Property tests of survey answers and pairwise judgements in a project: any mix of them saves
//! and loads unchanged and valid, rating means stay within the scale, and AHP weights sum to one.

use std::path::Path;

use gemba::method::hierarchy::Priorities;
use gemba::method::kano::Answer;
use gemba::method::survey::Survey;
use gemba::model::tree::Node;
use gemba::model::*;
use gemba::store::{from_ron, to_ron};
use proptest::prelude::*;

/// (quality, respondent, question 0–4, rating 1–5 or Kano answer 0–4)
type Answered = (u32, u32, u8, u8);

/// Two groups under one top group; qualities 1–3 in G2, 4–5 in G3; three respondents.
fn build(answers: &[Answered], judgements: &[(u8, u8, u8)]) -> Project {
    let mut p = Project::new(Meta::new("性质 property"));
    let mut edits = vec![Edit::Put(Entity::Competitor(Competitor {
        id: CompetitorId(1),
        name: "A".into(),
        order: 0,
    }))];
    for (id, parent) in [(1, None), (2, Some(GroupId(1))), (3, Some(GroupId(1)))] {
        edits.push(Edit::Put(Entity::Group(Group {
            id: GroupId(id),
            title: format!("g{id}"),
            parent,
            order: 0,
        })));
    }
    for i in 1..=5u32 {
        let mut q = Quality::new(QualityId(i), format!("q{i}"));
        q.group = Some(GroupId(if i <= 3 { 2 } else { 3 }));
        edits.push(Edit::Put(Entity::Quality(q)));
    }
    for i in 1..=3u32 {
        edits.push(Edit::Put(Entity::Respondent(Respondent {
            id: RespondentId(i),
            label: format!("p{i}"),
            segment: None,
            attributes: Default::default(),
        })));
    }
    for &(q, r, kind, v) in answers {
        let rating = f64::from(v % 5 + 1);
        let kano = Answer::ALL[usize::from(v % 5)];
        let reply = match kind % 5 {
            0 => Reply::Importance(rating),
            1 => Reply::Satisfaction(rating),
            2 => Reply::Competitor(CompetitorId(1), rating),
            3 => Reply::Functional(kano),
            _ => Reply::Dysfunctional(kano),
        };
        edits.push(Edit::Put(Entity::Response(Response {
            quality: QualityId(q),
            respondent: RespondentId(r),
            reply,
        })));
    }
    const SCALE: [f64; 9] = [
        1.0 / 9.0,
        1.0 / 5.0,
        1.0 / 3.0,
        0.5,
        1.0,
        2.0,
        3.0,
        5.0,
        9.0,
    ];
    for &(a, b, v) in judgements {
        let (a, b) = (u32::from(a % 3) + 1, u32::from(b % 3) + 1);
        if a != b {
            edits.push(Edit::Put(Entity::Judgement(Judgement {
                parent: Some(GroupId(2)),
                a: Node::Quality(QualityId(a)),
                b: Node::Quality(QualityId(b)),
                value: SCALE[usize::from(v % 9)],
            })));
        }
    }
    p.apply(Edit::Batch(edits)).unwrap();
    p
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn answers_and_judgements_round_trip_and_stay_in_range(
        answers in prop::collection::vec((1u32..=5, 1u32..=3, 0u8..5, 0u8..5), 0..40),
        judgements in prop::collection::vec((0u8..3, 0u8..3, 0u8..9), 0..6),
    ) {
        let p = build(&answers, &judgements);
        let text = to_ron(&p).unwrap();
        let back = from_ron(&text, Path::new("p.ron")).unwrap();
        prop_assert_eq!(&back, &p);
        prop_assert_eq!(to_ron(&back).unwrap(), text);
        prop_assert!(gemba::model::validate::validate(&back).is_empty());
        let survey = Survey::compute(&p);
        for stat in survey.ratings.values() {
            let m = stat.mean.unwrap();
            prop_assert!((1.0..=5.0).contains(&m));
            prop_assert!(stat.sd.is_none_or(|sd| (0.0..=4.0).contains(&sd)));
        }
        let pr = Priorities::compute(&p);
        if let Some(a) = pr.set(Some(GroupId(2))).and_then(|s| s.ahp()) {
            prop_assert!((a.weights.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        }
    }
}
