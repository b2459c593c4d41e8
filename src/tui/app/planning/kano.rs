//! The Kano view: the team's Kano type per quality, cycled or taken from the survey.

use super::move_row;
use crate::method::kano::Class;
use crate::model::{Edit, Entity, Kano};
use crate::tui::action::Command;
use crate::tui::app::{App, PAGE};
use crate::tui::strings::{S, fill};

/// The keys of the Kano view; false leaves a key to the common ones.
pub(super) fn kano_browse(app: &mut App, cmd: Command) -> bool {
    match cmd {
        Command::Up => move_row(app, -1),
        Command::Down => move_row(app, 1),
        Command::PageUp => move_row(app, -(PAGE as isize)),
        Command::PageDown => move_row(app, PAGE as isize),
        Command::First => move_row(app, isize::MIN / 2),
        Command::Last => move_row(app, isize::MAX / 2),
        Command::PlanKanoType => cycle_kano(app),
        Command::Edit => adopt_category(app),
        Command::PlanKanoAdoptAll => adopt_all_categories(app),
        _ => return false,
    }
    true
}

/// Writes every survey Kano category to its quality's type, as one undoable edit.
fn adopt_all_categories(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let (edit, n) = crate::method::survey::adopt_kano_types(&app.project);
    if n == 0 {
        app.info(app.t(S::NoKanoChange));
        return;
    }
    app.commit(edit, fill(app.t(S::DoAdoptKanoAll), &[&n]));
}

/// Writes the survey's Kano category to the selected quality's type.
fn adopt_category(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let Some(q) = app.plan_quality() else { return };
    let class = app.plan().survey.kano.get(&q).and_then(|k| k.category());
    let Some(kano) = class.map(Class::kano) else {
        app.error(app.t(S::NoKanoCategory));
        return;
    };
    let Some(mut x) = app.project.qualities.get(q).cloned() else {
        return;
    };
    x.kano = kano;
    app.commit(
        Edit::Put(Entity::Quality(x)),
        fill(app.t(S::DoSetKano), &[&q]),
    );
}

/// Moves the selected quality's Kano type on to the next one.
pub(super) fn cycle_kano(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let Some(q) = app.plan_quality() else { return };
    let Some(mut x) = app.project.qualities.get(q).cloned() else {
        return;
    };
    let at = Kano::ALL.iter().position(|k| *k == x.kano).unwrap_or(0);
    x.kano = Kano::ALL[(at + 1) % Kano::ALL.len()];
    app.commit(
        Edit::Put(Entity::Quality(x)),
        fill(app.t(S::DoSetKano), &[&q]),
    );
}
