//! Typing into the planning table as a facilitator does: decimals that start with the stored
//! value, rows entered with Tab alone, and importance sources that have nothing to give.

use super::*;

/// Moves the cell cursor to a column without changing the row.
fn col(a: &mut App, col: Col) {
    let cols = a.plan().columns();
    let at = cols.iter().position(|c| *c == col).unwrap();
    for _ in 0..cols.len() {
        keys(a, "left");
    }
    for _ in 0..at {
        keys(a, "right");
    }
    assert_eq!(a.plan_col(), col);
}

/// The sample with two qualities that have no planning values at all (written on step 3 and
/// not yet placed in a group), ids 100 and 101.
fn with_fresh_rows(mut p: Project) -> Project {
    for (id, text) in [
        (100, "The light turns on by itself at dusk"),
        (101, "天黑时灯自动亮起"),
    ] {
        p.apply(Edit::Put(Entity::Quality(Quality::new(
            QualityId(id),
            text,
        ))))
        .unwrap();
    }
    p
}

fn editing(a: &App) -> Option<(QualityId, Col)> {
    match &a.mode {
        Mode::Plan(PlanMode::Cell { quality, col, .. }) => Some((*quality, *col)),
        _ => None,
    }
}

#[test]
fn a_decimal_starting_with_the_stored_whole_number_keeps_every_digit() {
    for lang in [Lang::En, Lang::Zh] {
        let mut a = app(sample("bike-light.en.ron"), lang);
        keys(&mut a, "5 home down");
        col(&mut a, Col::Current);
        assert_eq!(planning(&a, 2).current, Some(3.0));
        keys(&mut a, "enter");
        type_text(&mut a, "3.5");
        keys(&mut a, "enter");
        assert!(a.status.as_ref().is_none_or(|s| !s.error), "{:?}", a.status);
        assert_eq!(planning(&a, 2).current, Some(3.5));
        // Typing 4 over the stored 3.5 still replaces it, as in a spreadsheet.
        keys(&mut a, "up enter");
        type_text(&mut a, "4");
        keys(&mut a, "enter");
        assert_eq!(planning(&a, 2).current, Some(4.0));
        // Backspace first edits the stored value instead: 4 → "" → 2.5.
        keys(&mut a, "up enter backspace");
        type_text(&mut a, "2.5");
        keys(&mut a, "enter");
        assert_eq!(planning(&a, 2).current, Some(2.5));
    }
}

#[test]
fn a_sales_point_of_1_5_is_typed_into_a_fresh_row() {
    let mut a = app(with_fresh_rows(sample("bike-light.en.ron")), Lang::En);
    keys(&mut a, "5 end up");
    assert_eq!(a.plan_quality(), Some(QualityId(100)));
    col(&mut a, Col::SalesPoint);
    keys(&mut a, "enter");
    type_text(&mut a, "1.5");
    keys(&mut a, "enter");
    assert!(a.status.as_ref().is_none_or(|s| !s.error), "{:?}", a.status);
    assert_eq!(planning(&a, 100).sales_point, SalesPoint::Strong);
    keys(&mut a, "up enter");
    type_text(&mut a, "1.2");
    keys(&mut a, "enter");
    assert_eq!(planning(&a, 100).sales_point, SalesPoint::Moderate);
}

#[test]
fn tab_alone_enters_a_whole_row_and_goes_on_to_the_next() {
    for lang in [Lang::En, Lang::Zh] {
        let mut a = app(with_fresh_rows(sample("bike-light.en.ron")), lang);
        keys(&mut a, "5 end up");
        col(&mut a, Col::Importance);
        keys(&mut a, "enter");
        // Importance, current, three competitors, target, sales point: Tab after each.
        for v in ["4", "3", "4.5", "3.5", "2", "4.5", "1.5"] {
            type_text(&mut a, v);
            keys(&mut a, "tab");
            assert!(
                a.status.as_ref().is_none_or(|s| !s.error),
                "{v}: {:?}",
                a.status
            );
        }
        let p = planning(&a, 100);
        assert_eq!(
            (p.importance, p.current, p.target),
            (Some(4.0), Some(3.0), Some(4.5))
        );
        let ratings: Vec<f64> = p.competitors.values().copied().collect();
        assert_eq!(ratings, [4.5, 3.5, 2.0]);
        assert_eq!(p.sales_point, SalesPoint::Strong);
        assert!(a.plan().matrix.row(QualityId(100)).unwrap().is_complete());
        // The Tab after the sales point opened the next row's first input cell.
        assert_eq!(editing(&a), Some((QualityId(101), Col::Importance)));
        type_text(&mut a, "3");
        // Shift-Tab from the first input cell goes back to the last one of the row above.
        keys(&mut a, "shift-tab");
        assert_eq!(planning(&a, 101).importance, Some(3.0));
        assert_eq!(editing(&a), Some((QualityId(100), Col::SalesPoint)));
        keys(&mut a, "esc");
        // On the last row, Tab past the sales point stores and stays on it.
        keys(&mut a, "end");
        col(&mut a, Col::SalesPoint);
        keys(&mut a, "enter");
        type_text(&mut a, "1.2");
        keys(&mut a, "tab");
        assert_eq!(a.mode, Mode::Browse);
        assert_eq!(planning(&a, 101).sales_point, SalesPoint::Moderate);
        assert_eq!(a.plan_col(), Col::SalesPoint);
    }
}

#[test]
fn tab_skips_importance_while_it_comes_from_the_survey() {
    let mut p = with_fresh_rows(sample("bike-light.en.ron"));
    p.apply(Edit::Put(Entity::Response(Response {
        quality: QualityId(101),
        respondent: RespondentId(1),
        reply: Reply::Importance(4.0),
    })))
    .unwrap();
    let mut a = app(p, Lang::En);
    keys(&mut a, "5 i");
    assert_eq!(a.project.meta.importance, ImportanceSource::Survey);
    keys(&mut a, "end up");
    col(&mut a, Col::SalesPoint);
    keys(&mut a, "enter");
    type_text(&mut a, "1");
    keys(&mut a, "tab");
    assert_eq!(editing(&a), Some((QualityId(101), Col::Current)));
}

#[test]
fn a_source_with_nothing_to_give_is_refused_with_the_reason() {
    for (lang, want, ahp) in [
        (
            Lang::En,
            "No survey ratings of importance yet",
            "No AHP priorities yet",
        ),
        (Lang::Zh, "还没有重要度的调查评分", "还没有 AHP 权重"),
    ] {
        let mut p = sample("bike-light.en.ron");
        p.judgements = Default::default();
        let mut a = app(p, lang);
        keys(&mut a, "5");
        let before = a.project.clone();
        let weights = a.plan().matrix.rows.clone();
        keys(&mut a, "i");
        let msg = a.status.clone().unwrap();
        // Neither the survey nor AHP has values: both reasons are given, nothing changes.
        assert!(
            msg.error && msg.text.contains(want) && msg.text.contains(ahp),
            "{}",
            msg.text
        );
        assert_eq!(a.project, before);
        assert_eq!(a.plan().matrix.rows, weights);
        // The key line says so on screen too.
        assert!(screen(&a, 160, 48).contains(want));
        // Satisfaction from a survey without answers likewise.
        keys(&mut a, "S");
        assert!(a.status.as_ref().unwrap().error);
        assert_eq!(a.project, before);
    }
}

#[test]
fn an_empty_source_is_passed_over_and_named() {
    // The sample's judgements give AHP priorities; it has no survey ratings.
    let mut a = app(sample("bike-light.en.ron"), Lang::En);
    keys(&mut a, "5");
    // Judge every pair of every group on the AHP view so each quality has a priority.
    keys(&mut a, "A");
    let sets: Vec<usize> = a.plan().ahp_sets().iter().map(|s| s.needed()).collect();
    for pairs in sets {
        for _ in 0..pairs {
            keys(&mut a, "left down");
        }
        keys(&mut a, "]");
    }
    keys(&mut a, "esc");
    assert!(
        a.plan()
            .priorities
            .global
            .contains_key(&crate::model::tree::Node::Quality(QualityId(1)))
    );
    keys(&mut a, "i");
    assert_eq!(a.project.meta.importance, ImportanceSource::Ahp);
    let msg = a.status.clone().unwrap();
    assert!(!msg.error);
    assert!(
        msg.text.contains("AHP") && msg.text.contains("No survey ratings of importance yet"),
        "{}",
        msg.text
    );
    // Back to direct ratings, which are always there to type into.
    keys(&mut a, "i");
    assert_eq!(a.project.meta.importance, ImportanceSource::Direct);
}

#[test]
fn the_benchmark_chart_shows_every_marker_of_one_value() {
    for (file, lang, legend) in [
        ("bike-light.en.ron", Lang::En, "side by side"),
        ("water-heater.zh.ron", Lang::Zh, "并排"),
    ] {
        let mut p = sample(file);
        let first = crate::model::tree::Tree::build(&p).qualities_in_order()[0];
        let comps: Vec<CompetitorId> = p.competitors_in_order().iter().map(|c| c.id).collect();
        let mut q = p.qualities.get(first).unwrap().clone();
        // Us, the first competitor and the target all at 4; the others elsewhere.
        q.planning.current = Some(4.0);
        q.planning.target = Some(4.0);
        q.planning.competitors.insert(comps[0], 4.0);
        for c in &comps[1..] {
            q.planning.competitors.insert(*c, 1.0);
        }
        p.apply(Edit::Put(Entity::Quality(q))).unwrap();
        let mut a = app(p, lang);
        keys(&mut a, "5 c c");
        assert_eq!(a.plan.view, PlanView::Benchmark);
        for (w, h) in [(80, 24), (160, 48)] {
            let s = screen(&a, w, h);
            let row = s
                .lines()
                .find(|l| l.contains(&format!("{first} ")) && l.contains('┊'))
                .unwrap();
            assert!(row.contains("U1T"), "{w}x{h}: {row}");
            assert!(s.contains(legend), "{s}");
        }
    }
}
