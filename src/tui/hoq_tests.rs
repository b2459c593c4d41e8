//! Tests of the House of Quality step (6): cycling cells and the technical importance, adding,
//! renaming and deleting characteristics with undo, unit, target, direction and relation scale,
//! read-only; snapshots with the sample projects in English and Chinese. The benchmark, roof and
//! audit views are tested in the files under hoq_tests/.

mod audit;
mod bench;
mod roof;

use std::path::{Path, PathBuf};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::app::hoq::HoqMode;
use super::app::{App, Mode, Settings};
use super::handle_key;
use super::keymap::{KeyChord, Keymap};
use super::strings::{Lang, S};
use crate::model::*;
use crate::store;

fn sample(name: &str) -> Project {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("projects")
        .join(name);
    store::load(&path).unwrap()
}

/// A sample project with characteristics and a few relationship cells added by edits.
fn house(name: &str, columns: &[(&str, &str)]) -> Project {
    let mut p = sample(name);
    // Start from an empty house: the samples carry one of their own.
    p.characteristics = Table::new();
    p.relationships = Table::new();
    p.correlations = Table::new();
    p.issued.characteristic = 0;
    let order = crate::model::tree::Tree::build(&p).qualities_in_order();
    let mut ids = Vec::new();
    for (k, (n, unit)) in columns.iter().enumerate() {
        let id = p.next_characteristic_id();
        let mut c = Characteristic::new(id, *n);
        c.unit = unit.to_string();
        c.order = k as u32;
        if k == 1 {
            c.direction = Direction::Minimize;
            c.target = Some(12.5);
        }
        p.apply(Edit::Put(Entity::Characteristic(c))).unwrap();
        ids.push(id);
    }
    let strengths = [Strength::Strong, Strength::Medium, Strength::Weak];
    for (i, q) in order.iter().take(6).enumerate() {
        for (j, c) in ids.iter().enumerate() {
            if (i + j) % 3 == 0 {
                p.apply(Edit::Put(Entity::Relationship(Relationship {
                    quality: *q,
                    characteristic: *c,
                    strength: strengths[(i + 2 * j) % 3],
                })))
                .unwrap();
            }
        }
    }
    p
}

const EN: &[(&str, &str)] = &[
    ("Luminous flux", "lm"),
    ("Run time", "h"),
    ("Mass", "g"),
    ("Mount width", "mm"),
    ("Ingress rating", "IP"),
    ("Charge time", "h"),
    ("Beam angle", "°"),
];

const ZH: &[(&str, &str)] = &[
    ("出水温度波动", "°C"),
    ("加热时间", "s"),
    ("待机功耗", "W"),
    ("噪声", "dB"),
    ("漏电保护动作时间", "ms"),
    ("外壳温度", "°C"),
    ("安装尺寸", "mm"),
];

fn app_with(project: Project, lang: Lang, read_only: bool) -> App {
    let settings = Settings {
        read_only,
        lang,
        keymap: Keymap::default(),
        color: false,
    };
    let mut a = App::new(project, PathBuf::from("/nonexistent/hoq.ron"), settings);
    keys(&mut a, "6");
    a
}

fn en() -> App {
    app_with(house("bike-light.en.ron", EN), Lang::En, false)
}

/// Presses keys written as in the keymap file, separated by spaces.
fn keys(app: &mut App, keys: &str) {
    for k in keys.split_whitespace() {
        let chord = KeyChord::parse(k).unwrap();
        handle_key(app, &KeyEvent::new(chord.code, chord.mods));
    }
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        handle_key(app, &KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

fn screen(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| super::view::view(app, f)).unwrap();
    t.backend().to_string()
}

/// A copy of a sample project on disk, opened on the House of Quality step.
fn on_disk(name: &str, lang: Lang) -> (tempfile::TempDir, PathBuf, App) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    store::save(&sample(name), &path).unwrap();
    let settings = Settings {
        read_only: false,
        lang,
        keymap: Keymap::default(),
        color: false,
    };
    let mut a = App::start(&path, settings).unwrap();
    keys(&mut a, "6");
    (dir, path, a)
}

/// Saves with Ctrl-s and reads the file back.
fn saved(a: &mut App, path: &Path) -> Project {
    keys(a, "ctrl-s");
    store::load(path).unwrap()
}

/// Empties the entry and types `text` into it.
fn retype(a: &mut App, text: &str) {
    for _ in 0..40 {
        keys(a, "backspace");
    }
    type_text(a, text);
}

/// The last screen line holding `needle` (the first may be the line naming the selection).
fn line_with(screen: &str, needle: &str) -> String {
    screen
        .lines()
        .rfind(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?} in\n{screen}"))
        .to_string()
}

fn status(a: &App) -> String {
    a.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

fn snap(name: &str, a: &App) {
    for (w, h) in [(80, 24), (160, 48)] {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(a, w, h));
    }
}

fn technical(a: &App, j: usize) -> f64 {
    a.hoq().house.columns[j].technical
}

fn cell(a: &App) -> Option<Strength> {
    let key = RelationshipKey {
        quality: a.hoq_quality().unwrap(),
        characteristic: a.hoq_characteristic().unwrap(),
    };
    a.project.relationships.get(key).map(|r| r.strength)
}

/// Moves the cursor to the first row with a weight and no relationship in column `j`.
fn to_blank_weighted_cell(a: &mut App, j: usize) -> f64 {
    keys(a, "home");
    for _ in 0..j {
        keys(a, "right");
    }
    for i in 0..a.hoq().rows.len() {
        if let Some(w) = a.hoq().rows[i].1
            && cell(a).is_none()
        {
            return w;
        }
        keys(a, "down");
    }
    panic!("no blank weighted cell in column {j}");
}

#[test]
fn cycling_a_cell_updates_the_technical_importance_and_undo_restores_it() {
    let mut a = en();
    let w = to_blank_weighted_cell(&mut a, 1);
    assert!(w > 0.0);
    let before = technical(&a, 1);
    let other = technical(&a, 0);
    keys(&mut a, "space");
    assert_eq!(cell(&a), Some(Strength::Weak));
    assert!((technical(&a, 1) - (before + w)).abs() < 1e-9);
    keys(&mut a, "space space");
    assert_eq!(cell(&a), Some(Strength::Strong));
    assert!((technical(&a, 1) - (before + 9.0 * w)).abs() < 1e-9);
    assert_eq!(
        technical(&a, 0),
        other,
        "only the column of the cell changes"
    );
    // Each press is one undoable edit.
    keys(&mut a, "u");
    assert_eq!(cell(&a), Some(Strength::Medium));
    assert!((technical(&a, 1) - (before + 3.0 * w)).abs() < 1e-9);
    keys(&mut a, "u u");
    assert_eq!(cell(&a), None);
    assert!((technical(&a, 1) - before).abs() < 1e-9);
    // A strong cell cycles back to blank; x clears a cell.
    keys(&mut a, "space space space space");
    assert_eq!(cell(&a), None);
    keys(&mut a, "space x");
    assert_eq!(cell(&a), None);
    keys(&mut a, "u");
    assert_eq!(cell(&a), Some(Strength::Weak));
}

#[test]
fn the_relation_scale_toggles_and_changes_strong_cells() {
    let mut a = en();
    let w = to_blank_weighted_cell(&mut a, 2);
    keys(&mut a, "space space space");
    let nine = technical(&a, 2);
    keys(&mut a, "s");
    assert_eq!(a.project.meta.relation_scale, RelationScale::FiveThreeOne);
    assert!(screen(&a, 80, 24).contains("5-3-1"));
    let five = technical(&a, 2);
    assert!((nine - five - 4.0 * w).abs() < 1e-9, "{nine} {five} {w}");
    keys(&mut a, "u");
    assert_eq!(a.project.meta.relation_scale, RelationScale::NineThreeOne);
    assert_eq!(technical(&a, 2), nine);
}

#[test]
fn adding_and_deleting_a_characteristic_with_undo_restoring_its_cells() {
    let mut a = en();
    let n = a.project.characteristics.len();
    keys(&mut a, "a");
    assert!(matches!(a.mode, Mode::Hoq(HoqMode::Entry { .. })));
    type_text(&mut a, "Glare");
    keys(&mut a, "enter");
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.project.characteristics.len(), n + 1);
    let c = a.hoq_characteristic().unwrap();
    assert_eq!(a.project.characteristics.get(c).unwrap().name, "Glare");
    assert_eq!(a.hoq().columns().last(), Some(&c), "a new column goes last");
    keys(&mut a, "space down space space");
    let cells = |a: &App| {
        a.project
            .relationships
            .iter()
            .filter(|r| r.characteristic == c)
            .count()
    };
    assert_eq!(cells(&a), 2);
    keys(&mut a, "d");
    assert_eq!(a.mode, Mode::Hoq(HoqMode::ConfirmDelete(c)));
    assert!(screen(&a, 80, 24).contains("Glare"));
    keys(&mut a, "n");
    assert_eq!(a.project.characteristics.len(), n + 1);
    keys(&mut a, "d y");
    assert!(a.project.characteristics.get(c).is_none());
    assert_eq!(cells(&a), 0);
    keys(&mut a, "u");
    assert_eq!(a.project.characteristics.get(c).unwrap().name, "Glare");
    assert_eq!(cells(&a), 2);
    // An empty name is refused.
    keys(&mut a, "a enter");
    assert!(matches!(a.mode, Mode::Hoq(HoqMode::Entry { .. })));
    assert!(a.status.as_ref().is_some_and(|s| s.error));
    keys(&mut a, "esc");
    assert_eq!(a.project.characteristics.len(), n + 1);
}

#[test]
fn rename_unit_target_and_direction_of_the_selected_column() {
    let mut a = en();
    keys(&mut a, "home right right");
    let c = a.hoq_characteristic().unwrap();
    keys(&mut a, "e");
    for _ in 0..20 {
        keys(&mut a, "backspace");
    }
    type_text(&mut a, "Weight");
    keys(&mut a, "enter n");
    for _ in 0..5 {
        keys(&mut a, "backspace");
    }
    type_text(&mut a, "kg");
    keys(&mut a, "enter t");
    type_text(&mut a, "0,25");
    keys(&mut a, "enter r");
    let x = a.project.characteristics.get(c).unwrap();
    assert_eq!(x.name, "Weight");
    assert_eq!(x.unit, "kg");
    assert_eq!(x.target, Some(0.25));
    assert_eq!(x.direction, Direction::Minimize);
    keys(&mut a, "r r");
    let x = a.project.characteristics.get(c).unwrap();
    assert_eq!(x.direction, Direction::Maximize);
    // A target that is not a number stays open with an error.
    keys(&mut a, "t");
    type_text(&mut a, "x");
    keys(&mut a, "enter");
    assert!(matches!(a.mode, Mode::Hoq(HoqMode::Entry { .. })));
    keys(&mut a, "esc");
    assert_eq!(a.project.characteristics.get(c).unwrap().target, Some(0.25));
    keys(&mut a, "u u u u u u");
    assert_eq!(
        a.project.characteristics.get(c).unwrap().name,
        EN[2].0,
        "six edits, six undos"
    );
}

#[test]
fn a_column_moves_left_and_right_as_one_edit() {
    let mut a = en();
    let before = a.hoq().columns();
    keys(&mut a, "home right");
    let c = a.hoq_characteristic().unwrap();
    keys(&mut a, "<");
    let after = a.hoq().columns();
    assert_eq!(after[0], c);
    assert_eq!(after[1], before[0]);
    assert_eq!(
        a.hoq_characteristic(),
        Some(c),
        "the cursor follows the column"
    );
    // The first column goes no further left.
    keys(&mut a, "<");
    assert_eq!(a.hoq().columns(), after);
    keys(&mut a, "> >");
    assert_eq!(a.hoq().columns()[2], c);
    // Three moves, three undos.
    keys(&mut a, "u u u");
    assert_eq!(a.hoq().columns(), before);
}

#[test]
fn read_only_refuses_every_edit() {
    let p = house("bike-light.en.ron", EN);
    let mut a = app_with(p.clone(), Lang::En, true);
    for k in ["space", "x", "a", "e", "d", "n", "t", "r", "s", ">"] {
        keys(&mut a, k);
        assert_eq!(a.mode, Mode::Browse, "{k}");
        assert_eq!(
            a.status.as_ref().map(|s| s.text.as_str()),
            Some(S::ReadOnly.get(Lang::En)),
            "{k}"
        );
    }
    assert_eq!(a.project.relationships, p.relationships);
    assert_eq!(a.project.characteristics, p.characteristics);
    assert_eq!(a.project.meta, p.meta);
}

#[test]
fn the_cursor_column_stays_visible_at_80_columns() {
    let mut a = en();
    keys(&mut a, "end");
    let s = screen(&a, 80, 24);
    assert!(s.contains("Beam angle"), "{s}");
    assert!(!s.contains("Luminous"), "{s}");
    keys(&mut a, "home");
    let s = screen(&a, 80, 24);
    assert!(s.contains("Luminous"), "{s}");
}

#[test]
fn the_cursor_row_stays_visible_at_80_by_24() {
    let mut a = en();
    for _ in 0..20 {
        keys(&mut a, "down");
    }
    let q = a.hoq_quality().unwrap();
    assert_eq!(a.hoq().rows[20].0, q);
    let s = screen(&a, 80, 24);
    // Once in the line naming the selection, once as a row of the matrix.
    assert_eq!(s.matches(&format!("│{q} ")).count(), 2, "{s}");
    let first = a.hoq().rows[0].0;
    assert!(!s.contains(&format!("│{first} ")), "{s}");
    keys(&mut a, "pageup pageup pageup");
    assert_eq!(a.hoq_quality(), Some(first));
}

#[test]
fn an_empty_house_says_how_to_start() {
    let mut a = app_with(house("bike-light.en.ron", &[]), Lang::En, false);
    keys(&mut a, "space");
    assert_eq!(a.project.relationships.len(), 0);
    assert!(screen(&a, 80, 24).contains("No characteristics yet"));
}

#[test]
fn snapshots_en() {
    let mut a = en();
    snap("hoq_en", &a);
    keys(&mut a, "end down down down");
    snap("hoq_en_scrolled", &a);
}

#[test]
fn snapshots_zh() {
    let mut a = app_with(house("water-heater.zh.ron", ZH), Lang::Zh, false);
    keys(&mut a, "right");
    snap("hoq_zh", &a);
    keys(&mut a, "end d");
    snap("hoq_zh_delete", &a);
}

#[test]
fn equal_technical_importance_shares_a_rank_on_screen() {
    for (lang, label) in [(Lang::En, "rank"), (Lang::Zh, "排序")] {
        let mut p = house("bike-light.en.ron", &EN[..3]);
        p.relationships = Table::new();
        let mut a = app_with(p, lang, false);
        // The same strong cell in the first two columns, a weak one in the third.
        keys(
            &mut a,
            "home space space space right space space space right space",
        );
        let ranks: Vec<Option<usize>> = a.hoq().house.columns.iter().map(|c| c.rank).collect();
        assert_eq!(ranks, [Some(1), Some(1), Some(3)]);
        let s = screen(&a, 80, 24);
        let line = s.lines().find(|l| l.contains(label)).unwrap();
        let cells: Vec<&str> = line
            .split_whitespace()
            .map(|w| w.trim_matches(['│', '"']))
            .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
            .collect();
        assert_eq!(cells, ["1", "1", "3"], "{line}");
    }
}

#[test]
fn a_wide_screen_gives_the_quality_text_its_room() {
    for (file, lang, text) in [
        (
            "bike-light.en.ron",
            Lang::En,
            "Q2 The beam spreads evenly to both edges of the lane",
        ),
        (
            "water-heater.zh.ron",
            Lang::Zh,
            "Q27 初次使用的人凭面板就能学会操作",
        ),
    ] {
        let a = app_with(sample(file), lang, false);
        let s = screen(&a, 200, 60);
        assert!(s.contains(text), "{s}");
        // Every characteristic is on screen, none cut shorter than at the old fixed width.
        assert!(s.contains(&super::strings::fill(
            a.t(S::HoqColumns),
            &[
                &1,
                &a.project.characteristics.len(),
                &a.project.characteristics.len()
            ]
        )));
        // At 80 columns the text keeps a useful width.
        let s = screen(&a, 80, 24);
        let id = format!("{} ", text.split(' ').next().unwrap());
        let row = s.lines().find(|l| l.contains(&id)).unwrap();
        let mut cut = String::new();
        for c in text.chars() {
            if unicode_width::UnicodeWidthStr::width(format!("{cut}{c}").as_str()) > 22 {
                break;
            }
            cut.push(c);
        }
        assert!(row.contains(&cut), "{row}");
    }
}

#[test]
fn snapshots_of_the_benchmark_roof_and_audit_views() {
    for (file, lang, tag) in [
        ("bike-light.en.ron", Lang::En, "en"),
        ("water-heater.zh.ron", Lang::Zh, "zh"),
    ] {
        let mut a = app_with(sample(file), lang, false);
        keys(&mut a, "v down right right right");
        snap(&format!("hoq_{tag}_benchmark"), &a);
        keys(&mut a, "v down down");
        snap(&format!("hoq_{tag}_roof"), &a);
        keys(&mut a, "v");
        snap(&format!("hoq_{tag}_audit"), &a);
    }
}

#[test]
fn read_only_refuses_benchmark_roof_and_derive_edits() {
    let p = sample("bike-light.en.ron");
    let mut a = app_with(p.clone(), Lang::En, true);
    let refused = |a: &App, k: &str| {
        assert_eq!(a.mode, Mode::Browse, "{k}");
        assert_eq!(status(a), S::ReadOnly.get(Lang::En), "{k}");
    };
    keys(&mut a, "c");
    refused(&a, "c");
    // Benchmark: every field, Enter and x.
    keys(&mut a, "v");
    for _ in 0..8 {
        for k in ["enter", "x", "space"] {
            keys(&mut a, k);
            refused(&a, k);
        }
        keys(&mut a, "right");
    }
    // Roof: Space and x.
    keys(&mut a, "v down");
    for k in ["space", "x", "enter"] {
        keys(&mut a, k);
        refused(&a, k);
    }
    keys(&mut a, "v c");
    refused(&a, "c in the audit");
    assert_eq!(a.project.characteristics, p.characteristics);
    assert_eq!(a.project.correlations, p.correlations);
    assert_eq!(a.project.relationships, p.relationships);
}
