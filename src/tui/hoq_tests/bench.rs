//! The technical benchmark view: measured values, target and difficulty typed in place, each
//! one edit, numbers read like everywhere else, refusals that name the field, the chart.

use super::*;
use crate::tui::app::hoq::{BenchField, HoqView};

fn ours(a: &App, c: u32) -> Option<f64> {
    a.project
        .characteristics
        .get(CharacteristicId(c))
        .unwrap()
        .ours
}

#[test]
fn benchmark_values_are_typed_in_place_each_one_undoable_edit_and_saved() {
    let (_dir, path, mut a) = on_disk("bike-light.en.ron", Lang::En);
    keys(&mut a, "v");
    assert_eq!(a.hoq.view, HoqView::Benchmark);
    assert_eq!(a.hoq_characteristic(), Some(CharacteristicId(1)));
    // Name, unit, direction, ours: the fourth field.
    keys(&mut a, "right right right");
    assert_eq!(a.bench_field().1, BenchField::Ours);
    keys(&mut a, "enter");
    retype(&mut a, "3,5");
    keys(&mut a, "enter");
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(ours(&a, 1), Some(3.5), "a decimal comma is taken");
    // The first competitor: "4,000" is refused with the field named, the entry stays open.
    keys(&mut a, "right enter");
    retype(&mut a, "4,000");
    keys(&mut a, "enter");
    assert!(matches!(a.mode, Mode::Hoq(HoqMode::Entry { .. })));
    let msg = status(&a);
    assert!(
        msg.contains("Helio City 400's value of C1 Beam throw at 1 lux"),
        "{msg}"
    );
    assert!(msg.contains("'4,000'"), "{msg}");
    assert!(a.status.as_ref().unwrap().error);
    retype(&mut a, "4000");
    keys(&mut a, "enter");
    let k1 = CompetitorId(1);
    let c1 = |a: &App| {
        a.project
            .characteristics
            .get(CharacteristicId(1))
            .unwrap()
            .clone()
    };
    assert_eq!(c1(&a).competitors.get(&k1), Some(&4000.0));
    // Target, then a difficulty out of range and one in range.
    keys(&mut a, "end left enter");
    retype(&mut a, "80");
    keys(&mut a, "enter right enter");
    retype(&mut a, "7");
    keys(&mut a, "enter");
    assert!(status(&a).contains("Difficulty (1 easy – 5 hard) of C1 Beam throw at 1 lux"));
    retype(&mut a, "5");
    keys(&mut a, "enter");
    assert_eq!(c1(&a).target, Some(80.0));
    assert_eq!(c1(&a).difficulty, Some(5));
    // On screen, in the row of C1, at both sizes.
    for (w, h) in [(80, 24), (200, 60)] {
        let row = line_with(&screen(&a, w, h), "C1 Beam");
        for v in ["3.5", "4000", "80", "5"] {
            assert!(row.contains(v), "{w}×{h}: {row}");
        }
    }
    let disk = saved(&mut a, &path);
    let c = disk.characteristics.get(CharacteristicId(1)).unwrap();
    assert_eq!(
        (c.ours, c.target, c.difficulty),
        (Some(3.5), Some(80.0), Some(5))
    );
    // Four edits, four undos; x clears a value as one more edit.
    keys(&mut a, "x");
    assert_eq!(c1(&a).difficulty, None);
    keys(&mut a, "u u u u u");
    let c = c1(&a);
    assert_eq!(
        (c.ours, c.target, c.difficulty),
        (Some(45.0), Some(75.0), Some(4))
    );
    assert_eq!(c.competitors.get(&k1), Some(&70.0));
}

#[test]
fn chinese_refusals_name_the_field_and_the_direction_cycles_in_place() {
    let (_dir, path, mut a) = on_disk("water-heater.zh.ron", Lang::Zh);
    keys(&mut a, "v down");
    let c = a.hoq_characteristic().unwrap();
    let name = a.project.characteristics.get(c).unwrap().name.clone();
    keys(&mut a, "right right right right enter");
    retype(&mut a, "1,500");
    keys(&mut a, "enter");
    let msg = status(&a);
    let k = a.project.competitors_in_order()[0].name.clone();
    assert!(
        msg.contains(&format!("{k} 在 {c} {name} 上的实测值")),
        "{msg}"
    );
    assert!(
        msg.contains("“1,500”") && msg.contains("千位分隔符"),
        "{msg}"
    );
    retype(&mut a, "abc");
    keys(&mut a, "enter");
    assert!(status(&a).contains("“abc”不是数字"), "{}", status(&a));
    keys(&mut a, "esc");
    // Space on the direction field turns it, one edit.
    let before = a.project.characteristics.get(c).unwrap().direction;
    keys(&mut a, "home right right space");
    let after = a.project.characteristics.get(c).unwrap().direction;
    assert_ne!(before, after);
    assert_eq!(
        saved(&mut a, &path)
            .characteristics
            .get(c)
            .unwrap()
            .direction,
        after
    );
    keys(&mut a, "u");
    assert_eq!(a.project.characteristics.get(c).unwrap().direction, before);
    let s = screen(&a, 80, 24);
    assert!(
        s.contains("技术竞争评估") && s.contains("本公司") && s.contains("难度"),
        "{s}"
    );
}

#[test]
fn chart_markers_that_coincide_all_show() {
    let (_dir, _path, mut a) = on_disk("bike-light.en.ron", Lang::En);
    // C1: ours 45, competitors 70 55 30, target 75. Make ours equal the first competitor and the
    // target, the second competitor equal the third.
    keys(&mut a, "v right right right enter");
    retype(&mut a, "70");
    keys(&mut a, "enter end left enter");
    retype(&mut a, "70");
    keys(&mut a, "enter home right right right right right enter");
    retype(&mut a, "30");
    keys(&mut a, "enter");
    for (w, h) in [(80, 24), (200, 60)] {
        let row = line_with(&screen(&a, w, h), "C1 Beam");
        // The chart is the last run of the row: markers on a line, no blanks.
        let chart = row
            .trim_end_matches(['│', ' ', '"'])
            .split_whitespace()
            .last()
            .unwrap();
        for m in ['●', '1', '2', '3', '◆'] {
            assert!(chart.contains(m), "{w}×{h}: {m} missing in {row}");
        }
    }
    let s = screen(&a, 80, 24);
    assert!(
        s.contains("● ours · ◆ target · competitors: 1 Helio City 400"),
        "{s}"
    );
}
