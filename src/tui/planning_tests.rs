//! Tests of the Planning step (5): cell editing with validation and live preview, target
//! helpers, competitors, ordering, read-only, Kano and AHP edits; snapshots of the table, the
//! charts and the Kano and AHP views with the sample projects in English and Chinese.

use std::path::{Path, PathBuf};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::app::{App, Col, Mode, PlanMode, PlanView, Settings, Step};
use super::handle_key;
use super::keymap::{KeyChord, Keymap};
use super::strings::Lang;
use crate::method::kano::Answer;
use crate::model::*;
use crate::store;

fn sample(name: &str) -> Project {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("projects")
        .join(name);
    store::load(&path).unwrap()
}

fn app_with(project: Project, lang: Lang, read_only: bool) -> App {
    let settings = Settings {
        read_only,
        lang,
        keymap: Keymap::default(),
        color: false,
    };
    App::new(project, PathBuf::from("/nonexistent/plan.ron"), settings)
}

fn app(project: Project, lang: Lang) -> App {
    app_with(project, lang, false)
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

fn snap(name: &str, a: &App) {
    for (w, h) in [(80, 24), (160, 48)] {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(a, w, h));
    }
}

fn planning(app: &App, q: u32) -> Planning {
    app.project
        .qualities
        .get(QualityId(q))
        .unwrap()
        .planning
        .clone()
}

/// Moves the cell cursor to a column of the first row.
fn to_col(a: &mut App, col: Col) {
    let cols = a.plan().columns();
    let at = cols.iter().position(|c| *c == col).unwrap();
    keys(a, "home");
    for _ in 0..cols.len() {
        keys(a, "left");
    }
    for _ in 0..at {
        keys(a, "right");
    }
    assert_eq!(a.plan_col(), col);
}

#[test]
fn a_cell_refuses_values_off_the_scale_and_previews_while_typing() {
    let mut a = app(sample("bike-light.en.ron"), Lang::En);
    keys(&mut a, "5");
    let first = a.plan_quality().unwrap();
    assert_eq!(first, QualityId(1));
    to_col(&mut a, Col::Importance);
    let before = a.project.clone();
    // Enter opens the cell; the first digit replaces the stored value.
    keys(&mut a, "enter");
    type_text(&mut a, "7");
    assert!(matches!(a.mode, Mode::Plan(PlanMode::Cell { .. })));
    // The keys line says so while typing.
    let s = screen(&a, 80, 24);
    assert!(s.contains("from 1 to 5"), "{s}");
    keys(&mut a, "enter");
    let msg = a.status.as_ref().unwrap();
    assert!(msg.error);
    assert!(
        msg.text.contains("from 1 to 5") && msg.text.contains("'7'"),
        "{}",
        msg.text
    );
    assert!(matches!(a.mode, Mode::Plan(PlanMode::Cell { .. })));
    assert_eq!(a.project, before);

    // The computed columns follow every keystroke before anything is stored.
    let abs_before = a.plan().matrix.row(first).unwrap().absolute.unwrap();
    keys(&mut a, "backspace");
    type_text(&mut a, "2.35");
    let abs_typed = a.plan().matrix.row(first).unwrap().absolute.unwrap();
    assert!((abs_typed - abs_before * 2.35 / 4.7).abs() < 1e-9);
    assert_eq!(a.project, before);
    // Esc forgets it.
    keys(&mut a, "esc");
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(planning(&a, 1).importance, Some(4.7));
    assert_eq!(
        a.plan().matrix.row(first).unwrap().absolute,
        Some(abs_before)
    );

    // Enter stores and moves down; Tab stores and types on in the next input cell.
    keys(&mut a, "enter ctrl-u");
    type_text(&mut a, "4");
    keys(&mut a, "tab");
    assert_eq!(planning(&a, 1).importance, Some(4.0));
    assert!(matches!(
        a.mode,
        Mode::Plan(PlanMode::Cell {
            col: Col::Current,
            ..
        })
    ));
    keys(&mut a, "ctrl-u");
    keys(&mut a, "enter");
    // An empty cell clears the value: the row becomes incomplete.
    assert_eq!(planning(&a, 1).current, None);
    assert!(!a.plan().matrix.row(first).unwrap().is_complete());
    assert_eq!(a.plan_quality(), Some(QualityId(2)));
    keys(&mut a, "u u");
    assert_eq!(a.project, before);
}

#[test]
fn computed_and_survey_columns_cannot_be_typed_into() {
    let mut p = sample("bike-light.en.ron");
    p.apply(Edit::Put(Entity::Response(Response {
        quality: QualityId(1),
        respondent: RespondentId(1),
        reply: Reply::Importance(4.0),
    })))
    .unwrap();
    let mut a = app(p, Lang::En);
    keys(&mut a, "5");
    to_col(&mut a, Col::Ratio);
    keys(&mut a, "enter");
    assert_eq!(a.mode, Mode::Browse);
    assert!(a.status.as_ref().unwrap().text.contains("computed"));
    // With importance from the survey, importance is not typed either.
    keys(&mut a, "i");
    assert_eq!(a.project.meta.importance, ImportanceSource::Survey);
    to_col(&mut a, Col::Importance);
    keys(&mut a, "enter");
    assert_eq!(a.mode, Mode::Browse);
    assert!(a.status.as_ref().unwrap().text.contains("survey means"));
    keys(&mut a, "u");
    assert_eq!(a.project.meta.importance, ImportanceSource::Direct);
}

#[test]
fn target_helpers_on_marked_rows_are_one_undoable_edit() {
    let mut a = app(sample("bike-light.en.ron"), Lang::En);
    keys(&mut a, "5");
    let before = a.project.clone();
    // Mark Q1 and Q2 (space marks and moves down), then match the best competitor.
    keys(&mut a, "space space t");
    assert_eq!(a.mode, Mode::Plan(PlanMode::Targets));
    keys(&mut a, "b");
    assert_eq!(planning(&a, 1).target, Some(4.2)); // K1 rates Q1 4.2
    assert_eq!(planning(&a, 2).target, Some(3.8));
    assert_eq!(
        planning(&a, 3).target,
        before.qualities.get(QualityId(3)).unwrap().planning.target
    );
    keys(&mut a, "u");
    assert_eq!(a.project, before);
    // Current + n on the same rows, then the scale maximum on one unmarked row.
    keys(&mut a, "t +");
    keys(&mut a, "ctrl-u");
    type_text(&mut a, "0.5");
    keys(&mut a, "enter");
    assert_eq!(planning(&a, 1).target, Some(3.9));
    assert_eq!(planning(&a, 2).target, Some(3.5));
    keys(&mut a, "esc t m");
    assert_eq!(planning(&a, 3).target, Some(5.0));
    keys(&mut a, "u u");
    assert_eq!(a.project, before);
}

#[test]
fn competitors_are_added_renamed_reordered_and_removed_with_undo() {
    let mut a = app(sample("bike-light.en.ron"), Lang::En);
    keys(&mut a, "5");
    let before = a.project.clone();
    keys(&mut a, "C a");
    type_text(&mut a, "Lumo");
    keys(&mut a, "enter");
    let lumo = a.project.competitor_by_name("Lumo").unwrap().id;
    assert_eq!(lumo, CompetitorId(4));
    assert_eq!(a.plan().columns()[5], Col::Competitor(lumo));
    // The new one is selected: rename it, then move it to the top.
    keys(&mut a, "e ctrl-u");
    type_text(&mut a, "Lumo Pro");
    keys(&mut a, "enter");
    assert_eq!(a.project.competitors.get(lumo).unwrap().name, "Lumo Pro");
    keys(&mut a, "< < < <");
    let order: Vec<CompetitorId> = a
        .project
        .competitors_in_order()
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(
        order,
        [lumo, CompetitorId(1), CompetitorId(2), CompetitorId(3)]
    );
    let csv = crate::export::planning::table(&a.project);
    assert!(csv.headers[5].ends_with("Lumo Pro"), "{:?}", csv.headers);
    // Removing asks first and takes the ratings with it; undo brings them back.
    keys(&mut a, "down d");
    assert!(matches!(
        a.mode,
        Mode::Plan(PlanMode::ConfirmRemove(CompetitorId(1)))
    ));
    keys(&mut a, "n");
    assert!(a.project.competitors.contains(CompetitorId(1)));
    keys(&mut a, "down d y");
    assert!(!a.project.competitors.contains(CompetitorId(1)));
    assert!(!planning(&a, 1).competitors.contains_key(&CompetitorId(1)));
    keys(&mut a, "u");
    assert_eq!(
        planning(&a, 1).competitors.get(&CompetitorId(1)),
        Some(&4.2)
    );
    keys(&mut a, "esc u u u u u u");
    assert_eq!(a.project.competitors, before.competitors);
    assert_eq!(a.project.qualities, before.qualities);
}

#[test]
fn sorting_by_weight_puts_the_heaviest_row_first() {
    let mut a = app(sample("bike-light.en.ron"), Lang::En);
    keys(&mut a, "5");
    assert_eq!(a.plan().qualities[0], QualityId(1));
    keys(&mut a, "o");
    let d = a.plan();
    let top = d.matrix.by_weight()[0].quality;
    assert_eq!(d.qualities[0], top);
    assert!(
        d.rows
            .iter()
            .all(|r| matches!(r, super::app::PlanRow::Quality { .. }))
    );
    keys(&mut a, "o");
    assert_eq!(a.plan().qualities[0], QualityId(1));
}

#[test]
fn sales_points_cycle_and_read_only_refuses_edits() {
    let mut a = app(sample("bike-light.en.ron"), Lang::En);
    keys(&mut a, "5 down down");
    assert_eq!(planning(&a, 3).sales_point, SalesPoint::None);
    keys(&mut a, "s");
    assert_eq!(planning(&a, 3).sales_point, SalesPoint::Moderate);
    keys(&mut a, "s s");
    assert_eq!(planning(&a, 3).sales_point, SalesPoint::None);

    let mut r = app_with(sample("bike-light.en.ron"), Lang::En, true);
    let before = r.project.clone();
    keys(&mut r, "5");
    for script in ["enter", "e", "s", "t", "d", "k", "i", "C a", "A left"] {
        keys(&mut r, script);
        assert!(
            r.status.as_ref().is_some_and(|s| s.error),
            "{script} was not refused"
        );
        keys(&mut r, "esc esc");
    }
    assert_eq!(r.project, before);
}

#[test]
fn the_matrix_is_derived_once_per_change() {
    let mut a = app(sample("bike-light.en.ron"), Lang::En);
    keys(&mut a, "5");
    let first = a.plan();
    screen(&a, 80, 24);
    assert!(std::rc::Rc::ptr_eq(&first, &a.plan()));
    keys(&mut a, "s");
    assert!(!std::rc::Rc::ptr_eq(&first, &a.plan()));
}

#[test]
fn snapshots_of_the_planning_step() {
    for (file, lang, tag) in [
        ("bike-light.en.ron", Lang::En, "en"),
        ("water-heater.zh.ron", Lang::Zh, "zh"),
    ] {
        let mut a = app(sample(file), lang);
        keys(&mut a, "5 down space down space down right right");
        snap(&format!("plan_table_{tag}"), &a);
        keys(&mut a, "enter");
        type_text(&mut a, "2.");
        snap(&format!("plan_typing_{tag}"), &a);
        keys(&mut a, "esc o");
        snap(&format!("plan_by_weight_{tag}"), &a);
        keys(&mut a, "o c");
        snap(&format!("plan_pareto_{tag}"), &a);
        keys(&mut a, "c");
        snap(&format!("plan_benchmark_{tag}"), &a);
        keys(&mut a, "K");
        snap(&format!("plan_kano_{tag}"), &a);
        keys(&mut a, "A left down right right down left");
        snap(&format!("plan_ahp_{tag}"), &a);
        keys(&mut a, "esc C");
        snap(&format!("plan_competitors_{tag}"), &a);
    }
}

#[test]
fn tiny_terminals_draw_the_planning_step_without_panicking() {
    let mut a = app(sample("bike-light.en.ron"), Lang::Zh);
    for script in [
        "5", "right", "4", "esc c", "c", "K", "A left", "esc C", "esc t",
    ] {
        keys(&mut a, script);
        for (w, h) in [(1, 1), (10, 4), (24, 8), (40, 12)] {
            screen(&a, w, h);
        }
    }
    let empty = app(Project::new(Meta::new("empty")), Lang::En);
    let mut e = empty;
    keys(&mut e, "5");
    assert!(screen(&e, 80, 24).contains("No demanded qualities"));
}

#[test]
fn survey_sources_show_the_means_with_count_and_spread() {
    let mut p = sample("bike-light.en.ron");
    let mut edits = Vec::new();
    for (r, imp, sat) in [(1, 4.0, 3.0), (2, 5.0, 4.0)] {
        for reply in [Reply::Importance(imp), Reply::Satisfaction(sat)] {
            edits.push(Edit::Put(Entity::Response(Response {
                quality: QualityId(1),
                respondent: RespondentId(r),
                reply,
            })));
        }
    }
    p.apply(Edit::Batch(edits)).unwrap();
    let mut a = app(p, Lang::En);
    keys(&mut a, "5 i");
    assert_eq!(a.project.meta.importance, ImportanceSource::Survey);
    assert_eq!(a.plan().inputs[&QualityId(1)].importance, Some(4.5));
    to_col(&mut a, Col::Importance);
    let s = screen(&a, 160, 48);
    assert!(s.contains("importance: survey means"), "{s}");
    assert!(
        s.contains("survey mean 4.50 of 2 answers, spread 0.71"),
        "{s}"
    );
    keys(&mut a, "S");
    assert_eq!(a.project.meta.satisfaction, SatisfactionSource::Survey);
    assert_eq!(a.plan().inputs[&QualityId(1)].current, Some(3.5));
    to_col(&mut a, Col::Current);
    keys(&mut a, "enter");
    assert_eq!(a.mode, Mode::Browse);
    assert!(a.status.as_ref().unwrap().text.contains("survey"));
    assert!(screen(&a, 160, 48).contains("satisfaction: survey means"));
    keys(&mut a, "u u");
    assert_eq!(a.project.meta.importance, ImportanceSource::Direct);
    assert_eq!(a.project.meta.satisfaction, SatisfactionSource::Direct);
}

#[test]
fn the_charts_edit_nothing_and_follow_the_selection() {
    let mut a = app(sample("bike-light.en.ron"), Lang::En);
    let before = a.project.clone();
    keys(&mut a, "5 c");
    let s = screen(&a, 160, 48);
    let d = a.plan();
    let to80 = d
        .matrix
        .by_weight()
        .iter()
        .position(|r| r.cumulative.unwrap() >= 80.0)
        .unwrap()
        + 1;
    let want = format!(
        "{to80} of {} qualities carry 80 %",
        d.matrix.by_weight().len()
    );
    assert!(s.contains(&want), "{want}\n{s}");
    keys(&mut a, "c down down enter a d s");
    assert!(screen(&a, 80, 24).contains("Q3 · U 3.8 · 1 4.5 · 2 3.5 · 3 2.9 · T 4.5"));
    assert_eq!(a.plan.view, PlanView::Benchmark);
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.project, before);
    assert_eq!(a.plan_quality(), Some(QualityId(3)));
    keys(&mut a, "esc");
    assert_eq!(a.plan.view, PlanView::Table);
}

#[test]
fn narrow_screens_scroll_the_columns_to_the_cell_cursor() {
    let mut a = app(sample("bike-light.en.ron"), Lang::En);
    keys(&mut a, "5");
    let s = screen(&a, 80, 24);
    assert!(s.contains("Quality →") && !s.contains("Cum"), "{s}");
    to_col(&mut a, Col::Cumulative);
    // Narrow headers where the columns scroll.
    let s = screen(&a, 80, 24);
    assert!(s.contains("Quality ←") && s.contains(" Cum│"), "{s}");
    // Everything fits at 160 columns.
    let s = screen(&a, 160, 48);
    assert!(
        s.contains("Imp") && s.contains("Cum%") && !s.contains("Quality ←"),
        "{s}"
    );
}

#[test]
fn digits_change_step_on_the_planning_table_as_everywhere() {
    let mut a = app(sample("bike-light.en.ron"), Lang::En);
    keys(&mut a, "5");
    let before = a.project.clone();
    keys(&mut a, "4");
    assert_eq!(a.step, Step::Affinity);
    keys(&mut a, "5 tab");
    assert_eq!(a.project, before, "moving between steps changed a value");
}

mod entry;
mod kano_ahp;
mod layout;
