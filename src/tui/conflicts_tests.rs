//! The merge conflicts view driven by keys, as a person uses it: opened from every step, an entry
//! settled and undone, Enter going to the record, the what-next line counting what is left, the
//! saved file, in English and Chinese.

use super::app::{App, Mode, Settings, Step};
use super::strings::Lang;
use super::test_support::{app, english, keys, screen, settings};
use crate::model::conflict::Conflict;
use crate::model::*;

fn conflict(record: &str, field: &str, ours: &str, theirs: &str) -> Conflict {
    Conflict {
        record: record.into(),
        field: field.into(),
        ours: ours.into(),
        theirs: theirs.into(),
    }
}

/// The small English project as a merge left it: three fields changed differently.
fn merged() -> Project {
    let mut p = english();
    p.conflicts = vec![
        conflict("meta", "title", "Camping stove", "Trail stove"),
        conflict("Q2", "planning.target", "5.0", "4.0"),
        conflict(
            "R1",
            "text",
            "The stove would not light in the wind last weekend and my hands got cold",
            "The stove would not light in the wind",
        ),
    ];
    p
}

#[test]
fn bang_opens_the_conflicts_from_every_step_and_esc_returns_there() {
    for (lang, title) in [
        (Lang::En, "Merge conflicts: 3 left"),
        (Lang::Zh, "合并冲突：剩 3 处"),
    ] {
        let mut a = app(merged(), lang);
        for (i, step) in Step::ALL.iter().enumerate() {
            keys(&mut a, &(i + 1).to_string());
            assert_eq!(a.step, *step);
            keys(&mut a, "!");
            assert!(matches!(a.mode, Mode::Conflicts(_)), "{step:?}");
            let s = screen(&a, 80, 24);
            assert!(s.contains(title), "{step:?}:\n{s}");
            keys(&mut a, "esc");
            assert_eq!(a.mode, Mode::Browse);
            assert_eq!(a.step, *step);
        }
    }
}

#[test]
fn s_settles_the_selected_conflict_and_u_brings_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stove.ron");
    let mut a = App::new(merged(), path.clone(), settings(Lang::En));
    let before = a.project.clone();
    keys(&mut a, "! down");
    let s = screen(&a, 80, 24);
    assert!(s.contains("Q2       planning.target"), "{s}");
    assert!(s.contains("5.0"), "{s}");
    assert!(s.contains("4.0"), "{s}");

    keys(&mut a, "s");
    assert_eq!(
        a.project.conflicts,
        vec![before.conflicts[0].clone(), before.conflicts[2].clone()]
    );
    // The record keeps what it holds; only the entry goes.
    assert_eq!(a.project.qualities, before.qualities);
    let status = a.status.clone().unwrap();
    assert!(!status.error);
    assert_eq!(
        status.text,
        "Settled Q2 planning.target: the record keeps what it holds — u undoes"
    );
    let s = screen(&a, 80, 24);
    assert!(s.contains("Merge conflicts: 2 left"), "{s}");
    assert!(!s.contains("Q2       planning.target"), "{s}");
    // The selection stays in place, on the next entry.
    keys(&mut a, "s");
    assert_eq!(a.project.conflicts, vec![before.conflicts[0].clone()]);
    assert_eq!(crate::model::validate::validate(&a.project).len(), 1);

    keys(&mut a, "u");
    assert_eq!(a.project.conflicts.len(), 2);
    assert!(
        a.status
            .as_ref()
            .unwrap()
            .text
            .contains("Undone: settle the merge conflict of R1 text")
    );
    keys(&mut a, "u");
    assert_eq!(a.project, before);
    keys(&mut a, "ctrl-r ctrl-r");
    assert_eq!(a.project.conflicts, vec![before.conflicts[0].clone()]);

    // The last one settled, the project is valid and the saved file has no conflicts left.
    keys(&mut a, "s");
    assert!(a.project.conflicts.is_empty());
    assert!(screen(&a, 80, 24).contains("No merge conflicts left"));
    keys(&mut a, "s");
    assert!(a.project.conflicts.is_empty());
    keys(&mut a, "ctrl-s esc");
    let saved = crate::store::load(&path).unwrap();
    assert!(saved.conflicts.is_empty());
    assert!(crate::model::validate::validate(&saved).is_empty());
    assert_eq!(saved.qualities, before.qualities);
    assert_eq!(saved.remarks, before.remarks);
}

#[test]
fn enter_goes_to_the_screen_of_the_record() {
    let mut a = app(merged(), Lang::En);
    keys(&mut a, "! enter");
    assert!(matches!(a.mode, Mode::Settings(_)), "{:?}", a.mode);
    keys(&mut a, "esc");

    keys(&mut a, "! down enter");
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.step, Step::Planning);
    assert_eq!(a.plan.sel, Some(QualityId(2)));

    keys(&mut a, "! down down enter");
    assert_eq!(a.step, Step::Remarks);
    assert_eq!(a.remark_sel, Some(RemarkId(1)));

    // A record no screen shows is said so, and the view stays.
    a.project.conflicts.push(conflict("Z9", "x", "1", "2"));
    keys(&mut a, "! end enter");
    assert!(matches!(a.mode, Mode::Conflicts(_)));
    let status = a.status.clone().unwrap();
    assert!(status.error);
    assert!(
        status.text.contains("No screen shows Z9 x"),
        "{}",
        status.text
    );
}

#[test]
fn the_what_next_line_counts_the_conflicts_left_on_every_step() {
    for (lang, line) in [
        (Lang::En, "3 merge conflicts to settle — press !"),
        (Lang::Zh, "3 处合并冲突待处理 — 按 !"),
    ] {
        let mut a = app(merged(), lang);
        for i in 1..=7 {
            keys(&mut a, &i.to_string());
            let s = screen(&a, 80, 24);
            assert!(s.contains(line), "step {i}:\n{s}");
        }
        keys(&mut a, "! s s s esc");
        assert!(a.project.conflicts.is_empty());
        let s = screen(&a, 80, 24);
        assert!(!s.contains("!"), "{s}");
    }
}

#[test]
fn read_only_shows_the_conflicts_but_settles_none() {
    let mut a = App::new(
        merged(),
        "/nonexistent/stove.ron".into(),
        Settings {
            read_only: true,
            ..settings(Lang::En)
        },
    );
    keys(&mut a, "! s");
    assert_eq!(a.project, merged());
    assert!(a.status.as_ref().unwrap().error);
}

#[test]
fn snapshots_of_the_view() {
    for (lang, tag) in [(Lang::En, "en"), (Lang::Zh, "zh")] {
        let mut a = app(merged(), lang);
        keys(&mut a, "! down s");
        insta::assert_snapshot!(format!("conflicts_{tag}_80x24"), screen(&a, 80, 24));
    }
}

#[test]
fn t_takes_theirs_into_the_record_and_u_gives_ours_back() {
    let mut a = app(merged(), Lang::En);
    let before = a.project.clone();
    keys(&mut a, "! down t");
    let q2 = a.project.qualities.get(QualityId(2)).unwrap();
    assert_eq!(q2.planning.target, Some(4.0));
    assert_eq!(a.project.conflicts.len(), 2);
    assert_eq!(
        a.status.as_ref().unwrap().text,
        "Took theirs for Q2 planning.target: “4.0” — u undoes"
    );
    keys(&mut a, "t");
    assert_eq!(
        a.project.remarks.get(RemarkId(1)).unwrap().text,
        "The stove would not light in the wind"
    );
    keys(&mut a, "u u");
    assert_eq!(a.project, before);

    // A list cannot be read back from how the conflict shows it: refused, nothing changed.
    a.project
        .conflicts
        .push(conflict("Q2", "tags", "—", "flame, wind"));
    let before = a.project.clone();
    keys(&mut a, "end t");
    assert_eq!(a.project, before);
    let status = a.status.clone().unwrap();
    assert!(status.error);
    assert!(
        status
            .text
            .contains("Q2 tags: theirs “flame, wind” cannot be written back"),
        "{}",
        status.text
    );
}

#[test]
fn help_over_the_view_starts_with_its_keys_and_returns_to_it() {
    let mut a = app(merged(), Lang::En);
    keys(&mut a, "! down ?");
    let s = screen(&a, 80, 24);
    assert!(s.contains("Keys · Merge conflicts first"), "{s}");
    assert!(s.contains("take theirs"), "{s}");
    keys(&mut a, "esc");
    assert!(
        matches!(a.mode, Mode::Conflicts(ref c) if c.sel == 1),
        "{:?}",
        a.mode
    );
}

#[test]
fn enter_selects_a_characteristic_a_segment_or_a_respondent_where_it_is_edited() {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/bike-light.en.ron");
    let mut p = crate::store::load(&file).unwrap();
    let c2: CharacteristicId = "C2".parse().unwrap();
    let (s1, p2): (SegmentId, RespondentId) = ("S1".parse().unwrap(), "P2".parse().unwrap());
    assert!(p.characteristics.contains(c2) && p.segments.contains(s1));
    assert!(p.respondents.contains(p2));
    p.conflicts = vec![
        conflict("C2", "unit", "lx", "lux"),
        conflict("S1", "name", "a", "b"),
        conflict("P2", "label", "a", "b"),
    ];
    let mut a = app(p, Lang::En);
    keys(&mut a, "! enter");
    assert_eq!((a.mode.clone(), a.step), (Mode::Browse, Step::Hoq));
    assert_eq!(a.hoq_characteristic(), Some(c2));
    keys(&mut a, "! down enter");
    assert!(
        matches!(a.mode, Mode::People(ref v) if v.segment == Some(s1)),
        "{:?}",
        a.mode
    );
    keys(&mut a, "esc ! end enter");
    assert_eq!(a.people_selected(), Some(EntityId::Respondent(p2)));
}
