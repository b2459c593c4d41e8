//! Kano types and AHP judgements on the Planning step: judging pairs, adopting survey categories.

use super::*;

#[test]
fn ahp_judgements_are_set_with_arrows_and_give_priorities() {
    let mut a = app(sample("bike-light.en.ron"), Lang::En);
    keys(&mut a, "5 A");
    let before = a.project.judgements.clone();
    assert_eq!(a.plan.view, PlanView::Ahp);
    // The top level: three groups, three pairs.
    keys(&mut a, "left left");
    // Judgements are part of the project: unsaved until saved.
    assert!(a.is_dirty());
    let d = a.plan();
    let set = d.ahp_sets()[0];
    assert_eq!(set.parent, None);
    let (x, y) = (set.children[0], set.children[1]);
    assert_eq!(
        crate::tui::app::judgement(&a.project, None, x, y),
        Some(3.0)
    );
    assert_eq!(
        crate::tui::app::judgement(&a.project, None, y, x),
        Some(1.0 / 3.0)
    );
    keys(&mut a, "down right down right right");
    let d = a.plan();
    let ahp = d.ahp_sets()[0].ahp().cloned().unwrap();
    assert_eq!(ahp.weights.len(), 3);
    assert!(ahp.weights[0] > ahp.weights[1]);
    let screen = screen(&a, 80, 24);
    assert!(screen.contains("λmax"), "{screen}");
    // Next group, then undo everything.
    keys(&mut a, "]");
    assert_ne!(a.plan.ahp_set, Some(None));
    keys(&mut a, "u u u u u");
    assert_eq!(a.project.judgements, before);
}

/// Kano answers for every quality, varied by id, so the Kano view has something to show.
fn with_kano_answers(mut p: Project) -> Project {
    use Answer::*;
    let pairs = [
        (Like, Dislike),
        (Like, Neutral),
        (Neutral, Dislike),
        (MustBe, Dislike),
        (Neutral, Neutral),
        (Like, LiveWith),
    ];
    let mut edits = Vec::new();
    for r in 1..=6u32 {
        edits.push(Edit::Put(Entity::Respondent(Respondent {
            id: RespondentId(100 + r),
            label: format!("k{r}"),
            segment: None,
            attributes: Default::default(),
        })));
    }
    let ids: Vec<QualityId> = p.qualities.ids().collect();
    for q in ids {
        for r in 1..=6u32 {
            let (f, d) = pairs[((q.0 + r * (q.0 % 3 + 1)) % 6) as usize];
            for reply in [Reply::Functional(f), Reply::Dysfunctional(d)] {
                edits.push(Edit::Put(Entity::Response(Response {
                    quality: q,
                    respondent: RespondentId(100 + r),
                    reply,
                })));
            }
        }
    }
    p.apply(Edit::Batch(edits)).unwrap();
    p
}

#[test]
fn the_kano_type_is_overridden_or_taken_from_the_survey() {
    let mut a = app(with_kano_answers(sample("bike-light.en.ron")), Lang::En);
    keys(&mut a, "5 K");
    assert_eq!(a.plan.view, PlanView::Kano);
    let q = a.plan_quality().unwrap();
    let cat = a.plan().survey.kano[&q].category().unwrap();
    keys(&mut a, "k");
    keys(&mut a, "enter");
    let adopted = a.project.qualities.get(q).unwrap().kano;
    assert_eq!(adopted, cat.kano());
    // Digits switch steps on the views without cells.
    keys(&mut a, "3");
    assert_eq!(a.step, Step::Qualities);
}

#[test]
fn an_ahp_judgement_can_be_typed() {
    let mut a = app(sample("bike-light.en.ron"), Lang::En);
    keys(&mut a, "5 A enter");
    assert!(matches!(a.mode, Mode::Plan(PlanMode::Judge { .. })));
    keys(&mut a, "ctrl-u");
    type_text(&mut a, "12");
    keys(&mut a, "enter");
    assert!(a.status.as_ref().unwrap().error);
    assert!(matches!(a.mode, Mode::Plan(PlanMode::Judge { .. })));
    keys(&mut a, "ctrl-u");
    type_text(&mut a, "1/5");
    keys(&mut a, "enter");
    assert_eq!(a.mode, Mode::Browse);
    let d = a.plan();
    let set = d.ahp_sets()[0];
    let (x, y) = (set.children[0], set.children[1]);
    assert_eq!(
        crate::tui::app::judgement(&a.project, None, x, y),
        Some(0.2)
    );
    assert_eq!(
        crate::tui::app::judgement(&a.project, None, y, x),
        Some(5.0)
    );
    keys(&mut a, "u");
    assert_eq!(crate::tui::app::judgement(&a.project, None, x, y), None);
}

#[test]
fn every_survey_kano_category_is_adopted_as_one_edit() {
    let mut a = app(sample("water-heater.zh.ron"), Lang::En);
    // Make the team's types differ from the survey first.
    for q in a.project.qualities.iter().map(|q| q.id).collect::<Vec<_>>() {
        let mut x = a.project.qualities.get(q).unwrap().clone();
        x.kano = Kano::Unclassified;
        a.project.apply(Edit::Put(Entity::Quality(x))).unwrap();
    }
    let before = a.project.clone();
    keys(&mut a, "5 K *");
    let (_, left) = crate::method::survey::adopt_kano_types(&a.project);
    assert_eq!(left, 0, "every category adopted");
    assert_ne!(a.project, before);
    keys(&mut a, "u");
    assert_eq!(
        a.project.qualities, before.qualities,
        "one undo takes them all back"
    );
    keys(&mut a, "*");
    keys(&mut a, "*");
    assert!(a.status.as_ref().unwrap().text.contains("already"));
}

#[test]
fn an_indifferent_survey_category_is_adopted_as_indifferent_and_named_in_chinese() {
    use crate::method::kano::Class;
    let mut a = app(sample("bike-light.en.ron"), Lang::Zh);
    keys(&mut a, "5 K");
    let mut seen = 0;
    while a
        .plan_quality()
        .and_then(|q| a.plan().survey.kano.get(&q)?.category())
        != Some(Class::I)
    {
        keys(&mut a, "down");
        seen += 1;
        assert!(seen < 200, "no indifferent quality in the sample");
    }
    let q = a.plan_quality().unwrap();
    keys(&mut a, "enter");
    assert_eq!(a.project.qualities.get(q).unwrap().kano, Kano::Indifferent);
    let screen = screen(&a, 160, 48);
    let row = screen
        .lines()
        .find(|l| l.contains(&format!("{q} ")))
        .unwrap_or_else(|| panic!("{q} not on screen:\n{screen}"));
    assert!(row.contains("无差异"), "{row}");
    assert!(!row.contains("未分类"), "{row}");
    // Every screen names the types as the model, exports and reports do.
    for k in Kano::ALL {
        let s = crate::tui::strings::kano(k);
        assert_eq!(s.get(Lang::Zh), k.name_zh());
        assert_eq!(s.get(Lang::En), k.key());
    }
}
