//! The roof view: correlations set pair by pair with keys, a triangle on a wide screen and a list
//! on a narrow one, the conflicts with the qualities each side serves.

use super::*;
use crate::tui::app::hoq::HoqView;

fn roof(a: &App, x: u32, y: u32) -> Option<Roof> {
    a.project
        .correlations
        .get(CorrelationKey {
            low: CharacteristicId(x),
            high: CharacteristicId(y),
        })
        .map(|c| c.roof)
}

#[test]
fn pairs_cycle_through_the_correlations_each_one_undoable_edit_and_saved() {
    let (_dir, path, mut a) = on_disk("bike-light.en.ron", Lang::En);
    keys(&mut a, "v v");
    assert_eq!(a.hoq.view, HoqView::Roof);
    assert_eq!(roof(&a, 1, 2), None);
    keys(&mut a, "space");
    assert_eq!(roof(&a, 1, 2), Some(Roof::StrongPositive));
    keys(&mut a, "space space space");
    assert_eq!(roof(&a, 1, 2), Some(Roof::StrongNegative));
    // The new conflict is listed with both sides and the qualities each serves.
    let s = screen(&a, 80, 24);
    assert!(
        s.contains("−− C1 Beam throw at 1 lux ↔ C2 Beam cut-off angle below horizon"),
        "{s}"
    );
    assert!(s.contains("C2 serves Q1 Q2 Q3 Q4"), "{s}");
    assert_eq!(
        saved(&mut a, &path)
            .correlations
            .get(CorrelationKey {
                low: CharacteristicId(1),
                high: CharacteristicId(2)
            })
            .map(|c| c.roof),
        Some(Roof::StrongNegative)
    );
    keys(&mut a, "space");
    assert_eq!(roof(&a, 1, 2), None, "−− cycles back to blank");
    keys(&mut a, "u u");
    assert_eq!(roof(&a, 1, 2), Some(Roof::Negative));
    // Down walks the pairs of C1, right goes on to the pairs of C2; x clears.
    keys(&mut a, "down");
    assert_eq!(roof(&a, 1, 3), Some(Roof::Positive));
    keys(&mut a, "x");
    assert_eq!(roof(&a, 1, 3), None);
    keys(&mut a, "right space");
    assert_eq!(roof(&a, 2, 3), Some(Roof::StrongPositive));
    keys(&mut a, "u u");
    assert_eq!(roof(&a, 1, 3), Some(Roof::Positive));
    assert_eq!(roof(&a, 2, 3), None);
    keys(&mut a, "esc");
    assert_eq!(a.hoq.view, HoqView::Matrix);
}

#[test]
fn a_wide_screen_draws_the_roof_as_a_triangle_a_narrow_one_as_a_list() {
    for (file, lang, first) in [
        ("bike-light.en.ron", Lang::En, "C1 Beam throw"),
        ("water-heater.zh.ron", Lang::Zh, "C1 热水到达时间"),
    ] {
        let mut a = app_with(sample(file), lang, false);
        keys(&mut a, "v v");
        let pairs_label = |a: &App| crate::tui::strings::fill(a.t(S::HoqPairs), &[&1, &28]);
        // 80 columns: one line per pair.
        let s = screen(&a, 80, 24);
        assert!(s.contains(&pairs_label(&a)), "{s}");
        assert!(
            s.lines()
                .any(|l| l.contains(first) && l.contains("C2") && !l.contains('↔')),
            "{s}"
        );
        // 200 columns: the eight names on one line under a triangle of 7 + 6 + … + 1 cells.
        let s = screen(&a, 200, 60);
        assert!(!s.contains(&pairs_label(&a)), "{s}");
        let names = s.lines().find(|l| l.contains("C8")).unwrap().to_string();
        assert!(names.contains("C1") && names.contains("C4"), "{names}");
        let lines: Vec<&str> = s.lines().collect();
        let at = lines.iter().position(|l| *l == names).unwrap();
        let cells = |l: &str| {
            l.trim_matches(|c| c == '│' || c == ' ' || c == '"')
                .split_whitespace()
                .count()
        };
        let triangle: Vec<usize> = (1..8).map(|k| cells(lines[at - k])).collect();
        assert_eq!(triangle, [7, 6, 5, 4, 3, 2, 1], "{s}");
        // Every correlation of the sample shows, and its conflicts are listed.
        let symbols: usize = (1..8)
            .map(|k| {
                lines[at - k]
                    .split_whitespace()
                    .filter(|w| ["++", "+", "−", "−−"].contains(w))
                    .count()
            })
            .sum();
        assert_eq!(symbols, a.project.correlations.len(), "{s}");
        assert!(s.contains(a.t(S::HoqConflicts)), "{s}");
    }
}

/// The rows of the screen holding reversed (selected) cells, with those cells' text.
fn selected_cells(a: &App, w: u16, h: u16) -> Vec<(u16, String)> {
    use ratatui::style::Modifier;
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| crate::tui::view::view(a, f)).unwrap();
    let buf = t.backend().buffer();
    let mut out: Vec<(u16, String)> = Vec::new();
    // The step bar above and the status lines below are not part of the roof.
    for y in 1..h - 2 {
        let text: String = (0..w)
            .filter_map(|x| buf.cell((x, y)))
            .filter(|c| c.modifier.contains(Modifier::REVERSED))
            .map(|c| c.symbol().to_string())
            .collect();
        if !text.is_empty() {
            out.push((y, text));
        }
    }
    out
}

#[test]
fn the_selected_pair_is_marked_in_the_triangle_one_row_higher_per_column_apart() {
    let mut a = app_with(sample("bike-light.en.ron"), Lang::En, false);
    keys(&mut a, "v v");
    let s = screen(&a, 200, 60);
    let names_y = s.lines().position(|l| l.contains("C8")).unwrap() as u16;
    // C1–C2: one row above the names; C1–C4 (−−): three rows above.
    assert_eq!(
        selected_cells(&a, 200, 60),
        [(names_y - 1, "·".to_string())]
    );
    keys(&mut a, "up up");
    assert_eq!(
        selected_cells(&a, 200, 60),
        [(names_y - 3, "−−".to_string())]
    );
    // The list on a narrow screen marks the same pair's line.
    let narrow = selected_cells(&a, 80, 24);
    assert_eq!(narrow.len(), 1);
    assert!(
        narrow[0].1.contains("C4 Runtime") && narrow[0].1.contains("−−"),
        "{narrow:?}"
    );
}

#[test]
fn arrows_move_over_the_triangle_as_it_is_drawn() {
    let mut a = app_with(sample("bike-light.en.ron"), Lang::En, false);
    keys(&mut a, "v v");
    let s = screen(&a, 200, 60);
    let names_y = s.lines().position(|l| l.contains("C8")).unwrap() as u16;
    // The row of the selected cell above the names, and the pair it joins.
    let at = |a: &mut App| {
        let cells = selected_cells(a, 200, 60);
        assert_eq!(cells.len(), 1, "{cells:?}");
        (names_y - cells[0].0, a.roof_pair().unwrap())
    };
    assert_eq!(at(&mut a), (1, (0, 1)), "C1–C2 at the bottom left");
    // Up climbs a row, Down comes back down; at the bottom row Down stays.
    keys(&mut a, "up");
    assert_eq!(at(&mut a), (2, (0, 2)));
    keys(&mut a, "up up");
    assert_eq!(at(&mut a), (4, (0, 4)));
    keys(&mut a, "down");
    assert_eq!(at(&mut a), (3, (0, 3)));
    keys(&mut a, "down down down");
    assert_eq!(at(&mut a), (1, (0, 1)));
    // Left and Right keep to the row.
    keys(&mut a, "up right right");
    assert_eq!(at(&mut a), (2, (2, 4)));
    keys(&mut a, "left");
    assert_eq!(at(&mut a), (2, (1, 3)));
    keys(&mut a, "left left");
    assert_eq!(at(&mut a), (2, (0, 2)), "the row's first cell stops Left");
    // At the end of a row Right stops; the apex is the top.
    keys(&mut a, "right right right right right right right");
    assert_eq!(at(&mut a), (2, (5, 7)));
    keys(&mut a, "up up up up up up up up");
    assert_eq!(
        at(&mut a),
        (7, (0, 7)),
        "up from the right edge leans in to the apex"
    );
    keys(&mut a, "up");
    assert_eq!(at(&mut a), (7, (0, 7)));
    // A page goes as far as the triangle goes.
    keys(&mut a, "pagedown");
    assert_eq!(at(&mut a), (1, (0, 1)));
    keys(&mut a, "pageup");
    assert_eq!(at(&mut a), (7, (0, 7)));
    // The pair under the cursor is the one a key changes.
    let before = roof(&a, 1, 8);
    keys(&mut a, "space");
    assert_eq!(
        roof(&a, 1, 8),
        crate::tui::app::hoq::next_roof(before),
        "{before:?}"
    );
}
