//! The planning table shares its width by what the columns hold: the quality text keeps a
//! useful width on a narrow screen and is whole, close to its numbers, on a wide one.

use unicode_width::UnicodeWidthStr;

use super::*;
use crate::tui::widgets::columns;

/// The screen line that shows a quality's row.
fn row_of(s: &str, q: u32) -> String {
    s.lines()
        .find(|l| l.contains(&format!(" Q{q} ")))
        .unwrap_or_else(|| panic!("no row Q{q} in\n{s}"))
        .to_string()
}

/// The cells between the end of `text` and the next character that is not a blank.
fn gap_after(line: &str, text: &str) -> usize {
    let at = line
        .find(text)
        .unwrap_or_else(|| panic!("'{text}' not whole in {line}"))
        + text.len();
    line[at..].chars().take_while(|c| *c == ' ').count()
}

#[test]
fn the_quality_text_keeps_a_useful_width_at_80_columns() {
    for (file, lang, q, start) in [
        (
            "bike-light.en.ron",
            Lang::En,
            1,
            "Q1 The beam lights the ro",
        ),
        ("water-heater.zh.ron", Lang::Zh, 1, "Q1 打开龙头后热水很快"),
    ] {
        let mut a = app(sample(file), lang);
        keys(&mut a, "5");
        let s = screen(&a, 80, 24);
        let row = row_of(&s, q);
        assert!(row.contains(start), "{row}");
        // Value columns still scroll with the cursor, under narrow headers.
        assert!(s.contains("→"), "{s}");
        let text_w = row.split(start).next().unwrap().width() + start.width();
        assert!(text_w >= 28, "{row}");
    }
}

#[test]
fn a_wide_screen_shows_the_whole_text_close_to_its_numbers() {
    for (file, lang, q, text) in [
        (
            "bike-light.en.ron",
            Lang::En,
            13,
            "Q13 The light charges from the charger the rider already carries",
        ),
        (
            "bike-light.en.ron",
            Lang::En,
            5,
            "Q5 Drivers notice the rear light from far behind",
        ),
        (
            "water-heater.zh.ron",
            Lang::Zh,
            6,
            "Q6 老人一眼就能看清显示屏上的数字",
        ),
    ] {
        let mut a = app(sample(file), lang);
        keys(&mut a, "5");
        let s = screen(&a, 200, 60);
        let row = row_of(&s, q);
        let longest = a
            .project
            .qualities
            .iter()
            .map(|x| format!("{} {}", x.id, x.text).width())
            .max()
            .unwrap();
        // The widest text on screen is whole; a shorter one ends no further from the numbers
        // than the difference plus a few cells of spread.
        let gap = gap_after(&row, text);
        assert!(
            gap <= longest - text.width() + 6 + columns::SPREAD_MAX,
            "{gap} cells after the text: {row}"
        );
        // Every competitor's name is whole in the header.
        for c in a.project.competitors.iter() {
            assert!(s.contains(&c.name), "{}: {s}", c.name);
        }
    }
}

#[test]
fn competitor_names_take_the_room_there_is() {
    let mut a = app(sample("bike-light.en.ron"), Lang::En);
    keys(&mut a, "5");
    let head = |w| {
        screen(&a, w, 30)
            .lines()
            .find(|l| l.contains("│  Quality"))
            .unwrap()
            .to_string()
    };
    // Whole from 120 columns (beside a text of 30 cells or more), cut with an ellipsis, never
    // after a blank, when narrower.
    for w in [120, 160] {
        for name in ["Helio City 400", "Beacon Duo", "RoadPal Basic"] {
            assert!(head(w).contains(name), "{}", head(w));
        }
    }
    assert!(
        head(80).contains("Helio…") && !head(80).contains(" …"),
        "{}",
        head(80)
    );
}
