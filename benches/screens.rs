//! How the workshop screens keep up with a very large project: 5,000 cards, four-fifths placed
//! in islands of five under 20 top-level groups. Each benchmark is the work one key press causes:
//! an edit, the rows rebuilt, and the screen drawn (on an off-screen 160×48 terminal). Results are
//! recorded in docs/performance.md.

use std::path::PathBuf;

use gemba::model::*;
use gemba::tui::action::{Action, Command};
use gemba::tui::{App, Settings, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

const CARDS: u32 = 5_000;

fn project() -> Project {
    let mut p = Project::new(Meta::new("screens 基准"));
    for c in 1..=3 {
        let k = Competitor {
            id: CompetitorId(c),
            name: format!("Brand {c}"),
            order: 0,
        };
        p.apply(Edit::Put(Entity::Competitor(k))).unwrap();
    }
    for g in 1..=20 {
        let top = Group {
            id: GroupId(g),
            title: format!("level one {g}"),
            parent: None,
            order: 0,
        };
        p.apply(Edit::Put(Entity::Group(top))).unwrap();
    }
    let placed = CARDS * 4 / 5;
    for i in 0..placed / 5 {
        let island = Group {
            id: GroupId(21 + i),
            title: format!("island {i} 岛"),
            parent: Some(GroupId(1 + i % 20)),
            order: 0,
        };
        p.apply(Edit::Put(Entity::Group(island))).unwrap();
    }
    for i in 1..=CARDS {
        let mut q = Quality::new(
            QualityId(i),
            format!("card {i}: 淋浴过程中水温保持平稳 the water stays warm"),
        );
        if i <= placed {
            q.group = Some(GroupId(21 + (i - 1) / 5));
        }
        let v = |k: u32| 1.0 + f64::from((i * 7 + k) % 40) / 10.0;
        q.planning.importance = Some(v(1));
        q.planning.current = Some(v(2));
        for c in 1..=3 {
            q.planning.competitors.insert(CompetitorId(c), v(c + 2));
        }
        q.planning.target = Some(v(9));
        p.apply(Edit::Put(Entity::Quality(q))).unwrap();
    }
    p
}

fn app_on(step: Command) -> (App, Terminal<TestBackend>) {
    let mut app = App::new(
        project(),
        PathBuf::from("/nonexistent/bench.ron"),
        Settings::default(),
    );
    update(&mut app, Action::Cmd(step));
    let terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
    (app, terminal)
}

/// An edit to one card's text (undone in the next round), then the screen drawn.
fn edit_and_draw(app: &mut App, terminal: &mut Terminal<TestBackend>, round: &mut u32) {
    *round += 1;
    let mut q = app
        .project
        .qualities
        .get(QualityId(CARDS / 2))
        .unwrap()
        .clone();
    q.text = format!("card edited {round}");
    q.planning.target = Some(if *round % 2 == 0 { 4.0 } else { 4.5 });
    app.commit(Edit::Put(Entity::Quality(q)), "bench".into());
    terminal.draw(|f| gemba::tui::view::view(app, f)).unwrap();
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn affinity_edit_then_draw(bencher: divan::Bencher) {
    let (mut app, mut terminal) = app_on(Command::Step4);
    let mut round = 0;
    bencher.bench_local(|| edit_and_draw(&mut app, &mut terminal, &mut round));
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn affinity_move_selection_then_draw(bencher: divan::Bencher) {
    let (mut app, mut terminal) = app_on(Command::Step4);
    bencher.bench_local(|| {
        update(&mut app, Action::Cmd(Command::Down));
        terminal.draw(|f| gemba::tui::view::view(&app, f)).unwrap();
    });
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn planning_edit_then_draw(bencher: divan::Bencher) {
    let (mut app, mut terminal) = app_on(Command::Step5);
    let mut round = 0;
    bencher.bench_local(|| edit_and_draw(&mut app, &mut terminal, &mut round));
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn planning_move_selection_then_draw(bencher: divan::Bencher) {
    let (mut app, mut terminal) = app_on(Command::Step5);
    bencher.bench_local(|| {
        update(&mut app, Action::Cmd(Command::Down));
        terminal.draw(|f| gemba::tui::view::view(&app, f)).unwrap();
    });
}
