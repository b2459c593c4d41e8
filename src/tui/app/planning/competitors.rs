//! The list of competitors: adding, renaming, reordering and removing them.

use super::PlanMode;
use crate::model::{Competitor, CompetitorId, Edit, Entity, EntityId};
use crate::tui::action::{Action, Command};
use crate::tui::app::{App, Mode};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::text_input::TextInput;

fn competitor_name(app: &App, c: CompetitorId) -> String {
    app.project
        .competitors
        .get(c)
        .map_or_else(|| c.to_string(), |x| x.name.clone())
}

pub(super) fn competitors(app: &mut App, action: Action, sel: usize) {
    let list: Vec<CompetitorId> = app
        .project
        .competitors_in_order()
        .iter()
        .map(|c| c.id)
        .collect();
    let n = list.len();
    let sel = sel.min(n.saturating_sub(1));
    let set = |app: &mut App, sel: usize| app.mode = Mode::Plan(PlanMode::Competitors { sel });
    let Action::Cmd(cmd) = action else { return };
    match cmd {
        Command::Up => set(app, sel.saturating_sub(1)),
        Command::Down => set(app, (sel + 1).min(n.saturating_sub(1))),
        Command::Cancel | Command::PlanCompetitors | Command::Quit => app.mode = Mode::Browse,
        Command::Undo => app.undo(),
        Command::Redo => app.redo(),
        Command::Add | Command::Edit | Command::Delete if app.refuse_read_only() => {}
        Command::Add => {
            app.mode = Mode::Plan(PlanMode::Name {
                competitor: None,
                field: TextInput::default(),
            });
        }
        Command::Edit if n > 0 => {
            let name = competitor_name(app, list[sel]);
            app.mode = Mode::Plan(PlanMode::Name {
                competitor: Some(list[sel]),
                field: TextInput::new(name),
            });
        }
        Command::Delete if n > 0 => {
            app.mode = Mode::Plan(PlanMode::ConfirmRemove(list[sel]));
        }
        Command::PlanMoveUp | Command::PlanMoveDown if n > 1 => {
            let to = if cmd == Command::PlanMoveUp {
                sel.checked_sub(1)
            } else {
                (sel + 1 < n).then_some(sel + 1)
            };
            let Some(to) = to else { return };
            let mut order = list.clone();
            order.swap(sel, to);
            let edits: Vec<Edit> = order
                .iter()
                .enumerate()
                .filter_map(|(pos, id)| {
                    let mut c: Competitor = app.project.competitors.get(*id)?.clone();
                    (c.order != pos as u32).then(|| {
                        c.order = pos as u32;
                        Edit::Put(Entity::Competitor(c))
                    })
                })
                .collect();
            let what = fill(
                app.t(S::DoMoveCompetitor),
                &[&competitor_name(app, list[sel])],
            );
            if app.commit(Edit::Batch(edits), what) {
                set(app, to);
            }
        }
        _ => {}
    }
}

pub(super) fn name(
    app: &mut App,
    action: Action,
    competitor: Option<CompetitorId>,
    mut field: TextInput,
) {
    match action {
        Action::Text(e) => field.edit(&e),
        Action::Paste(s) => field.insert_str(&s),
        Action::Cmd(Command::Cancel) => {
            app.mode = Mode::Plan(PlanMode::Competitors { sel: 0 });
            return;
        }
        Action::Confirm => {
            let text = field.value().trim().to_string();
            if text.is_empty() {
                app.error(app.t(S::EmptyText));
                return;
            }
            if app
                .project
                .competitor_by_name(&text)
                .is_some_and(|c| Some(c.id) != competitor)
            {
                app.error(fill(app.t(S::CompetitorExists), &[&text]));
                return;
            }
            let (c, what) = match competitor.and_then(|c| app.project.competitors.get(c)) {
                Some(c) => {
                    let mut c = c.clone();
                    c.name = text;
                    let what = fill(app.t(S::DoRenameCompetitor), &[&c.id]);
                    (c, what)
                }
                None => {
                    let id = app.project.next_competitor_id();
                    let order = app.project.competitors.iter().map(|c| c.order).max();
                    let what = fill(app.t(S::DoAddCompetitor), &[&text]);
                    let c = Competitor {
                        id,
                        name: text,
                        order: order.unwrap_or(0),
                    };
                    (c, what)
                }
            };
            let id = c.id;
            if app.commit(Edit::Put(Entity::Competitor(c)), what) {
                let sel = app
                    .project
                    .competitors_in_order()
                    .iter()
                    .position(|c| c.id == id)
                    .unwrap_or(0);
                app.mode = Mode::Plan(PlanMode::Competitors { sel });
            }
            return;
        }
        _ => return,
    }
    app.mode = Mode::Plan(PlanMode::Name { competitor, field });
}

/// Answering whether a competitor and its ratings are removed.
pub(super) fn confirm_remove(app: &mut App, action: Action, c: CompetitorId) {
    match action {
        Action::Answer('y') => {
            let edit = app.project.delete(EntityId::Competitor(c));
            let label = competitor_name(app, c);
            if app.commit(edit, fill(app.t(S::DoRemoveCompetitor), &[&label])) {
                let undo = app.key_name(Command::Undo);
                app.info(fill(app.t(S::Deleted), &[&label, &undo]));
            }
            app.mode = Mode::Plan(PlanMode::Competitors { sel: 0 });
        }
        Action::Answer('n') | Action::Cmd(Command::Cancel) => {
            app.mode = Mode::Plan(PlanMode::Competitors { sel: 0 })
        }
        _ => {}
    }
}
