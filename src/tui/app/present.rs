//! The presentation view for the projector: one remark, item or demanded quality at a time, in
//! full, with its trace; the arrow keys step through the records of the step it was opened from.

use crate::model::EntityId;
use crate::model::tree::Tree;
use crate::tui::action::{Action, Command};

use super::{App, Focus, Mode, Step};

/// What the presentation steps through and where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Present {
    pub list: Vec<EntityId>,
    pub at: usize,
}

impl Present {
    pub fn current(&self) -> Option<EntityId> {
        self.list.get(self.at).copied()
    }
}

/// The records of the current step in the order shown, and the selected one.
fn records(app: &App) -> (Vec<EntityId>, Option<EntityId>) {
    let cards = || -> Vec<EntityId> {
        Tree::build(&app.project)
            .qualities_in_order()
            .into_iter()
            .map(EntityId::Quality)
            .collect()
    };
    match app.step {
        Step::Items if app.items_focus != Focus::Left => {
            let list = app
                .current_row()
                .map(|r| {
                    app.items_in(r)
                        .iter()
                        .map(|i| EntityId::Item(i.id))
                        .collect()
                })
                .unwrap_or_default();
            (list, app.current_item().map(EntityId::Item))
        }
        Step::Remarks | Step::Items => (
            app.remark_rows(app.step)
                .iter()
                .map(|r| EntityId::Remark(r.id))
                .collect(),
            app.current_remark(app.step).map(EntityId::Remark),
        ),
        Step::Qualities => (cards(), app.current_quality().map(EntityId::Quality)),
        Step::Affinity => {
            let sel = match app.affinity_subject() {
                Some(crate::model::tree::Node::Quality(q)) => Some(EntityId::Quality(q)),
                _ => None,
            };
            (cards(), sel)
        }
        Step::Planning => (cards(), app.plan_quality().map(EntityId::Quality)),
        Step::Hoq => (cards(), app.hoq_quality().map(EntityId::Quality)),
        Step::Report => (cards(), None),
    }
}

/// Opens the presentation at the selected record of the current step.
pub fn open(app: &mut App) {
    let (list, sel) = records(app);
    if list.is_empty() {
        app.error(app.t(crate::tui::strings::S::NothingToPresent));
        return;
    }
    let at = sel
        .and_then(|s| list.iter().position(|x| *x == s))
        .unwrap_or(0);
    app.mode = Mode::Present(Present { list, at });
}

/// Keys while presenting: arrows, Space and the page keys step; Esc (or the key that opened it)
/// closes and leaves the step's selection on the record last shown.
pub fn update(app: &mut App, action: Action) {
    let Mode::Present(p) = &mut app.mode else {
        return;
    };
    let last = p.list.len().saturating_sub(1);
    match action {
        Action::Cmd(Command::Down | Command::Right | Command::PresentNext) | Action::NextField => {
            p.at = (p.at + 1).min(last)
        }
        Action::Cmd(Command::Up | Command::Left) | Action::PrevField => {
            p.at = p.at.saturating_sub(1)
        }
        Action::Cmd(Command::PageDown) => p.at = (p.at + super::PAGE).min(last),
        Action::Cmd(Command::PageUp) => p.at = p.at.saturating_sub(super::PAGE),
        Action::Cmd(Command::First) => p.at = 0,
        Action::Cmd(Command::Last) => p.at = last,
        Action::Cmd(Command::Cancel | Command::Present | Command::Quit) => {
            let shown = p.current();
            app.mode = Mode::Browse;
            follow(app, shown);
        }
        _ => {}
    }
}

/// Leaves the step's selection on the record last shown, where the step can show it.
fn follow(app: &mut App, shown: Option<EntityId>) {
    match shown {
        Some(EntityId::Remark(r)) => {
            app.remark_sel = Some(r);
            app.unlinked_sel = false;
        }
        Some(EntityId::Item(i)) => app.item_sel = Some(i),
        Some(EntityId::Quality(q)) if app.step == Step::Planning => app.plan.sel = Some(q),
        _ => {}
    }
}
