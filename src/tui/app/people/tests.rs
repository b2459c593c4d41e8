//! The segments-and-respondents view driven by keys, as a person uses it: the project, the saved
//! file and the screen checked after each step, in English and Chinese.

use crate::model::*;
use crate::store;
use crate::tui::app::{App, Mode, Step};
use crate::tui::keymap::Keymap;
use crate::tui::strings::Lang;
use crate::tui::test_support::{app, english, keys, screen, settings, type_text};

/// Two segments, three respondents; P1 and P2 rated the importance of Q1, P2 also gave a remark.
fn surveyed() -> Project {
    let mut p = Project::new(Meta::new("stove"));
    let seg = |id, name: &str| {
        Edit::Put(Entity::Segment(Segment {
            id: SegmentId(id),
            name: name.into(),
            weight: None,
        }))
    };
    let person = |id, label: &str, seg| {
        Edit::Put(Entity::Respondent(Respondent {
            id: RespondentId(id),
            label: label.into(),
            segment: Some(SegmentId(seg)),
            attributes: Default::default(),
        }))
    };
    let rate = |q, who, v| {
        Edit::Put(Entity::Response(Response {
            quality: QualityId(q),
            respondent: RespondentId(who),
            reply: Reply::Importance(v),
        }))
    };
    let mut remark = Remark::new(RemarkId(90), "the knob is stiff");
    remark.respondent = Some(RespondentId(12));
    p.apply(Edit::Batch(vec![
        Edit::Put(Entity::Quality(Quality::new(
            QualityId(1),
            "the knob turns easily",
        ))),
        seg(11, "Cooks"),
        seg(12, "Renters"),
        person(11, "ann", 11),
        person(12, "bo", 12),
        person(13, "cy", 12),
        Edit::Put(Entity::Remark(remark)),
        rate(1, 11, 5.0),
        rate(1, 12, 1.0),
        rate(1, 13, 3.0),
    ]))
    .unwrap();
    p
}

fn people(a: &App) -> &super::People {
    match &a.mode {
        Mode::People(p) => p,
        m => panic!("not in the people view: {m:?}"),
    }
}

/// Goes to a record of the focused pane by pressing down from the top.
fn select(a: &mut App, pane: &str, at: usize) {
    keys(a, pane);
    keys(a, "home");
    for _ in 0..at {
        keys(a, "down");
    }
}

#[test]
fn w_opens_the_view_from_every_step_and_esc_returns_there() {
    for (lang, title) in [
        (Lang::En, "Segments and respondents"),
        (Lang::Zh, "客户细分与受访者"),
    ] {
        let mut a = app(surveyed(), lang);
        for (i, step) in Step::ALL.iter().enumerate() {
            keys(&mut a, &(i + 1).to_string());
            assert_eq!(a.step, *step);
            keys(&mut a, "W");
            assert!(matches!(a.mode, Mode::People(_)), "{step:?}");
            let s = screen(&a, 80, 24);
            assert!(s.contains(title), "{step:?}:\n{s}");
            keys(&mut a, "esc");
            assert_eq!(a.mode, Mode::Browse);
            assert_eq!(a.step, *step);
        }
    }
    // W means nothing else anywhere: the default keymap has no conflicts with it.
    assert_eq!(Keymap::default().conflicts(), Vec::<String>::new());
}

#[test]
fn help_opens_at_the_people_keys_over_the_view_and_closes_back_to_it() {
    for (lang, title, first) in [
        (
            Lang::En,
            "Segments and respondents",
            "set the segment's weight",
        ),
        (Lang::Zh, "客户细分与受访者", "设置客户细分的权重"),
    ] {
        let mut a = app(surveyed(), lang);
        keys(&mut a, "4 W right down");
        let before = people(&a).clone();
        keys(&mut a, "?");
        assert!(matches!(a.mode, Mode::Help { .. }), "{:?}", a.mode);
        let s = screen(&a, 100, 40);
        // The help names the view and starts with its keys, before the keys of every screen.
        assert!(s.contains(title), "{s}");
        let own = s.find(first).unwrap_or_else(|| panic!("{s}"));
        let save = s.find("Ctrl-s").unwrap_or_else(|| panic!("{s}"));
        assert!(own < save, "the view's keys come first:\n{s}");
        keys(&mut a, "esc");
        assert_eq!(people(&a), &before, "back in the view as it was");
        assert_eq!(a.step, Step::Affinity);
        // F1 does the same, and any other key closes the help back to the view too.
        keys(&mut a, "f1 q");
        assert_eq!(people(&a), &before);
    }
}

#[test]
fn segments_and_respondents_are_added_renamed_weighted_and_described_then_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let mut a = App::new(english(), path.clone(), settings(Lang::En));
    keys(&mut a, "W a");
    type_text(&mut a, "Families");
    keys(&mut a, "enter a");
    type_text(&mut a, "Students");
    keys(&mut a, "enter");
    // Rename the selected (new) segment, then weigh it with a decimal comma.
    keys(&mut a, "e ctrl-u");
    type_text(&mut a, "Students abroad");
    keys(&mut a, "enter w");
    type_text(&mut a, "1,5");
    keys(&mut a, "enter");
    // A respondent joins the selected segment; then an attribute and a second segment.
    keys(&mut a, "right a");
    type_text(&mut a, "P-01");
    keys(&mut a, "enter t");
    type_text(&mut a, "age band=30-39");
    keys(&mut a, "enter t");
    type_text(&mut a, "region = north");
    keys(&mut a, "enter g");
    let s = screen(&a, 120, 24);
    assert!(s.contains("Students abroad"), "{s}");
    assert!(s.contains("×1.5 43%"), "{s}");
    assert!(s.contains("age band=30-39, region=north"), "{s}");
    keys(&mut a, "ctrl-s");
    let saved = store::load(&path).unwrap();
    let names: Vec<(&str, Option<f64>)> = saved
        .segments
        .iter()
        .map(|s| (s.name.as_str(), s.weight))
        .collect();
    assert_eq!(
        names,
        [
            ("hikers", None),
            ("Families", None),
            ("Students abroad", Some(1.5))
        ]
    );
    let p = saved.respondent_by_label("P-01").unwrap();
    assert_eq!(p.attributes["age band"], "30-39");
    assert_eq!(p.attributes["region"], "north");
    // g moved P-01 on from Students abroad (the last segment) to no segment.
    assert_eq!(p.segment, None);
    // Every change is one undo: eight changes, eight undos back to where it started.
    keys(&mut a, "u u u u u u u");
    assert_eq!(a.project.segments.len(), 2);
    keys(&mut a, "u");
    assert_eq!(a.project.segments, english().segments);
    assert_eq!(a.project.respondents, english().respondents);
}

#[test]
fn a_bad_weight_or_attribute_keeps_the_line_open_and_says_why() {
    let mut a = app(surveyed(), Lang::Zh);
    keys(&mut a, "W w");
    type_text(&mut a, "4,000");
    keys(&mut a, "enter");
    assert!(people(&a).prompt.is_some());
    let s = screen(&a, 80, 24);
    assert!(s.contains("权重："), "{s}");
    keys(&mut a, "ctrl-u");
    type_text(&mut a, "-1");
    keys(&mut a, "enter");
    assert!(screen(&a, 80, 24).contains("权重须大于或等于 0"));
    keys(&mut a, "esc right t");
    type_text(&mut a, "no equals sign");
    keys(&mut a, "enter");
    assert!(screen(&a, 80, 24).contains("属性请写成 键=值"));
    assert_eq!(a.project, surveyed());
}

#[test]
fn weights_show_their_effect_on_the_mean_importance() {
    let mut a = app(surveyed(), Lang::En);
    keys(&mut a, "W");
    // Unweighted: (5 + 1 + 3) / 3 = 3; with Cooks 3 and Renters 1: (3·5 + 1·2) / 4 = 4.25.
    let s = screen(&a, 80, 24);
    assert!(s.contains("weighted 3.00 · unweighted 3.00"), "{s}");
    keys(&mut a, "w");
    type_text(&mut a, "3");
    keys(&mut a, "enter");
    let s = screen(&a, 80, 24);
    assert!(s.contains("weighted 4.25 · unweighted 3.00"), "{s}");
    let mut a = app(a.project.clone(), Lang::Zh);
    keys(&mut a, "W");
    let s = screen(&a, 80, 24);
    assert!(s.contains("加权 4.25 · 不加权 3.00"), "{s}");
}

#[test]
fn merging_two_respondents_moves_their_remarks_and_answers_and_undo_restores() {
    let mut a = app(surveyed(), Lang::En);
    let before = a.project.clone();
    // Mark bo (P12), then merge into cy (P13): bo's remark and answer follow, unless cy answered.
    select(&mut a, "W right", 1);
    keys(&mut a, "M");
    assert_eq!(
        people(&a).marked,
        Some(EntityId::Respondent(RespondentId(12)))
    );
    keys(&mut a, "down M");
    assert!(a.project.respondents.get(RespondentId(12)).is_none());
    assert_eq!(
        a.project.remarks.get(RemarkId(90)).unwrap().respondent,
        Some(RespondentId(13))
    );
    let s = screen(&a, 100, 24);
    assert!(
        s.contains("P12 bo merged into P13 cy; 1 of its answer was left out"),
        "{s}"
    );
    keys(&mut a, "u");
    assert_eq!(a.project, before);
    // Segments merge too; a segment cannot be merged into a respondent.
    select(&mut a, "left", 1);
    keys(&mut a, "M up M");
    assert_eq!(a.project.segments.len(), 1);
    assert!(
        a.project
            .respondents
            .iter()
            .all(|r| r.segment == Some(SegmentId(11)))
    );
    keys(&mut a, "u M right M");
    assert!(screen(&a, 80, 24).contains("Merge a segment into a segment"));
    assert_eq!(a.project, before);
}

#[test]
fn deleting_asks_first_when_records_depend_on_it_in_both_languages() {
    for (lang, asked, kept) in [
        (Lang::En, "Delete S12 “Renters”?", "Nothing deleted"),
        (Lang::Zh, "删除 S12 “Renters” 吗？", "未删除任何内容"),
    ] {
        let mut a = app(surveyed(), lang);
        select(&mut a, "W left", 1);
        keys(&mut a, "d");
        let s = screen(&a, 120, 24);
        assert!(s.contains(asked), "{s}");
        assert!(s.contains("P12") && s.contains("P13"), "{s}");
        keys(&mut a, "n");
        assert!(screen(&a, 120, 24).contains(kept));
        assert_eq!(a.project, surveyed());
        keys(&mut a, "d y");
        assert!(a.project.segments.get(SegmentId(12)).is_none());
        assert_eq!(
            a.project.respondents.get(RespondentId(12)).unwrap().segment,
            None
        );
        // A respondent with answers: asked first, and the answers go with it.
        select(&mut a, "right", 1);
        keys(&mut a, "d y");
        assert!(a.project.respondents.get(RespondentId(12)).is_none());
        assert_eq!(a.project.responses.len(), 2);
        assert_eq!(
            a.project.remarks.get(RemarkId(90)).unwrap().respondent,
            None
        );
        keys(&mut a, "u u");
        assert_eq!(a.project, surveyed());
    }
}

#[test]
fn read_only_shows_everything_and_changes_nothing() {
    let mut s = settings(Lang::En);
    s.read_only = true;
    let mut a = App::new(surveyed(), "/nonexistent/p.ron".into(), s);
    for k in ["a", "e", "d", "w", "M", "right g", "right t"] {
        keys(&mut a, &format!("W {k}"));
        assert!(
            matches!(a.mode, Mode::People(ref p) if p.prompt.is_none() && p.confirm.is_none()),
            "{k}"
        );
        assert!(screen(&a, 80, 24).contains("Read-only"), "{k}");
        keys(&mut a, "esc esc");
    }
    assert_eq!(a.project, surveyed());
}

#[test]
fn snapshots_of_the_view() {
    for (lang, tag) in [(Lang::En, "en"), (Lang::Zh, "zh")] {
        let mut a = app(surveyed(), lang);
        keys(&mut a, "W w");
        type_text(&mut a, "2");
        keys(&mut a, "enter right");
        insta::assert_snapshot!(format!("people_{tag}_80x24"), screen(&a, 80, 24));
    }
}

#[test]
fn chinese_names_and_attributes_are_typed_and_shown_in_full_cells() {
    let mut a = app(surveyed(), Lang::Zh);
    keys(&mut a, "W a");
    type_text(&mut a, "老年家庭");
    keys(&mut a, "enter right a");
    type_text(&mut a, "王女士");
    keys(&mut a, "enter t");
    type_text(&mut a, "年龄段＝65–74");
    keys(&mut a, "enter");
    let p = a.project.respondent_by_label("王女士").unwrap();
    assert_eq!(p.attributes["年龄段"], "65–74");
    assert_eq!(
        p.segment,
        a.project.segment_by_name("老年家庭").map(|s| s.id)
    );
    let s = screen(&a, 80, 24);
    assert!(s.contains("王女士 [老年家庭] 年龄段=65–74"), "{s}");
    // The weight column lines up: the Chinese name is measured as 8 cells, not 4 characters.
    assert!(s.contains("││S13 老年家庭             等权││"), "{s}");
    assert!(s.contains("││S12 Renters              等权││"), "{s}");
}
