//! The audit view and deriving a characteristic from a demanded quality.

use super::*;
use crate::tui::app::hoq::HoqView;

/// Moves the matrix cursor to the row of quality `q`.
fn to_row(a: &mut App, q: QualityId) {
    keys(a, "pageup pageup pageup pageup");
    while a.hoq_quality() != Some(q) {
        keys(a, "down");
    }
}

#[test]
fn deriving_a_characteristic_sets_a_strong_cell_as_one_edit_and_clears_the_flag() {
    let (_dir, path, mut a) = on_disk("bike-light.en.ron", Lang::En);
    let q = QualityId(2);
    assert!(a.hoq().audit.no_strong.contains(&q));
    keys(&mut a, "v v v");
    assert_eq!(a.hoq.view, HoqView::Audit);
    let s = screen(&a, 80, 24);
    assert!(
        s.contains("Demanded qualities with no strong ◎ relationship: 17"),
        "{s}"
    );
    assert!(
        s.contains("Q2 The beam spreads evenly to both edges of the lane"),
        "{s}"
    );
    keys(&mut a, "esc");
    to_row(&mut a, q);
    let n = a.project.characteristics.len();
    keys(&mut a, "c");
    let s = screen(&a, 80, 24);
    assert!(
        s.contains("Which measurable property shows that Q2 The beam spreads"),
        "{s}"
    );
    type_text(&mut a, "Beam width at 10 m");
    keys(&mut a, "enter");
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.project.characteristics.len(), n + 1);
    let c = a.hoq_characteristic().unwrap();
    assert_eq!(
        a.project.characteristics.get(c).unwrap().name,
        "Beam width at 10 m"
    );
    let key = RelationshipKey {
        quality: q,
        characteristic: c,
    };
    assert_eq!(
        a.project.relationships.get(key).map(|r| r.strength),
        Some(Strength::Strong)
    );
    assert!(!a.hoq().audit.no_strong.contains(&q));
    let disk = saved(&mut a, &path);
    assert_eq!(
        disk.relationships.get(key).map(|r| r.strength),
        Some(Strength::Strong)
    );
    keys(&mut a, "v v v");
    let s = screen(&a, 200, 60);
    assert!(
        s.contains("Demanded qualities with no strong ◎ relationship: 16"),
        "{s}"
    );
    assert!(!s.contains("Q2 The beam spreads"), "{s}");
    // One undo takes the characteristic and its cell away together.
    keys(&mut a, "u");
    assert_eq!(a.project.characteristics.len(), n);
    assert!(a.project.relationships.get(key).is_none());
    assert!(a.hoq().audit.no_strong.contains(&q));
    // An empty answer is refused.
    keys(&mut a, "esc c enter");
    assert!(matches!(a.mode, Mode::Hoq(HoqMode::Entry { .. })));
    keys(&mut a, "esc");
    assert_eq!(a.project.characteristics.len(), n);
}

#[test]
fn unrelated_and_restating_characteristics_are_flagged_on_screen_in_chinese() {
    let (_dir, _path, mut a) = on_disk("water-heater.zh.ron", Lang::Zh);
    let q = a.hoq().rows[0].0;
    let text = a.project.qualities.get(q).unwrap().text.clone();
    // A characteristic named like the quality, and one with no cell at all.
    keys(&mut a, "c");
    let s = screen(&a, 80, 24);
    assert!(s.contains("哪个可测量的特性能表明"), "{s}");
    type_text(&mut a, &format!("{text}。"));
    keys(&mut a, "enter a");
    type_text(&mut a, "外壳表面温度");
    keys(&mut a, "enter");
    let d = a.hoq();
    let cols = d.columns();
    let (restating, unrelated) = (cols[cols.len() - 2], cols[cols.len() - 1]);
    assert_eq!(d.audit.restates, [(restating, q)]);
    assert!(d.audit.unrelated.contains(&unrelated));
    drop(d);
    keys(&mut a, "v v v");
    for (w, h) in [(80, 24), (200, 60)] {
        let s = screen(&a, w, h);
        assert!(s.contains("没有任何关系的质量特性：1"), "{s}");
        assert!(s.contains(&format!("{unrelated} 外壳表面温度")), "{s}");
        assert!(s.contains("只是复述要求质量的质量特性：1"), "{s}");
        assert!(s.contains(&format!("{restating} {text}。 ≈ {q}")), "{s}");
        assert!(s.contains("个提示"), "{s}");
    }
}

#[test]
fn the_audit_view_chooses_the_quality_a_characteristic_is_derived_for() {
    for (file, lang, ask) in [
        (
            "bike-light.en.ron",
            Lang::En,
            "Which measurable property shows that",
        ),
        ("water-heater.zh.ron", Lang::Zh, "哪个可测量的特性能表明"),
    ] {
        let (_dir, path, mut a) = on_disk(file, lang);
        keys(&mut a, "v v v down down");
        let before = a.hoq().audit.no_strong.clone();
        let q = before[2];
        assert_eq!(a.audit_quality(), Some(q));
        let text = a.project.qualities.get(q).unwrap().text.clone();
        keys(&mut a, "c");
        let s = screen(&a, 80, 24);
        assert!(s.contains(ask) && s.contains(&q.to_string()), "{s}");
        type_text(&mut a, "Lux at 5 m");
        keys(&mut a, "enter");
        let after = a.hoq().audit.no_strong.clone();
        assert_eq!(after.len(), before.len() - 1);
        assert!(!after.contains(&q));
        for (w, h) in [(80, 24), (200, 60)] {
            let s = screen(&a, w, h);
            assert!(!s.contains(&format!("{q} {text}")), "{s}");
        }
        let disk = saved(&mut a, &path);
        let c = disk
            .characteristics
            .iter()
            .find(|c| c.name == "Lux at 5 m")
            .unwrap()
            .id;
        let key = RelationshipKey {
            quality: q,
            characteristic: c,
        };
        assert_eq!(
            disk.relationships.get(key).map(|r| r.strength),
            Some(Strength::Strong)
        );
        // The page scrolls to keep the chosen quality in view at 80 × 24.
        keys(&mut a, "pagedown");
        let chosen = a.audit_quality().unwrap();
        let text = a.project.qualities.get(chosen).unwrap().text.clone();
        assert!(screen(&a, 80, 24).contains(&format!("{chosen} {text}")));
    }
}
