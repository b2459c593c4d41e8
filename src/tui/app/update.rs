//! `update`: how each action changes the app. Edits go through `App::commit`, so every change
//! to the project is one undoable step and read-only mode refuses them all in one place.

use crate::model::{ItemId, QualityId, RemarkId};

use super::entry::*;
use super::records::*;
use super::*;
use crate::tui::action::{Action, Command};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::text_input::TextInput;

/// Changes the app for one action. The only other changes come from loading and the clock
/// (autosave), outside.
pub fn update(app: &mut App, action: Action) {
    // A message stays until the next key; whatever this action reports replaces it.
    app.status = None;
    match &app.mode {
        Mode::Browse => browse(app, action),
        Mode::Input(_) => input(app, action),
        Mode::Picker(_) => picker(app, action),
        Mode::Scene(_) => scene(app, action),
        Mode::Ask(_) => ask(app, action),
        Mode::Help { .. } => help(app, action),
        Mode::Affinity(_) => affinity::popup(app, action),
        Mode::Plan(_) => planning::modal(app, action),
        Mode::Hoq(_) => hoq::modal(app, action),
        Mode::Present(_) => present::update(app, action),
        Mode::Settings(_) => settings::update(app, action),
        Mode::People(_) => people::update(app, action),
        Mode::Import(_) => importing::update(app, action),
        Mode::Conflicts(_) => conflicts::update(app, action),
    }
}

pub(super) fn help(app: &mut App, action: Action) {
    let Mode::Help { scroll, back } = &mut app.mode else {
        return;
    };
    match action {
        Action::Cmd(Command::Up) => *scroll = scroll.saturating_sub(1),
        Action::Cmd(Command::Down) => *scroll = scroll.saturating_add(1),
        Action::Cmd(Command::PageUp) => *scroll = scroll.saturating_sub(PAGE as u16),
        Action::Cmd(Command::PageDown) => *scroll = scroll.saturating_add(PAGE as u16),
        _ => app.mode = back.take().map_or(Mode::Browse, |b| *b),
    }
}

pub(super) fn ask(app: &mut App, action: Action) {
    let Mode::Ask(q) = std::mem::replace(&mut app.mode, Mode::Browse) else {
        return;
    };
    let answer = match action {
        Action::Answer(c) => Some(c),
        Action::Cmd(Command::Cancel) => None,
        _ => {
            app.mode = Mode::Ask(q);
            return;
        }
    };
    match (q, answer) {
        (Question::QuitUnsaved, Some('s')) => {
            if app.save() {
                app.quit = true;
            }
        }
        (Question::QuitUnsaved, Some('y')) => {
            app.drop_own_recovery();
            app.quit = true;
        }
        (Question::QuitUnsaved, Some('n') | None) => {}
        (Question::Recover(r), Some('y')) => {
            app.recover(*r);
            app.next_question();
        }
        (Question::Recover(r), Some('n')) => {
            app.discard_recovery(&r.path);
            app.next_question();
        }
        (Question::Recover(_), None) => {
            app.info(app.t(S::RecoveryKept));
            app.next_question();
        }
        (Question::Create, Some('y')) => {
            if app.save() {
                app.info(fill(app.t(S::Created), &[&app.path.display()]));
                app.next_question();
            } else {
                app.mode = Mode::Ask(Question::Create);
            }
        }
        (Question::Create, Some('n') | None) => app.quit = true,
        (Question::Delete(id), Some('y')) => super::delete::perform(app, id),
        (Question::Delete(_), Some('n') | None) => app.info(app.t(S::NothingDeleted)),
        (Question::CreateFolder(p), Some('y')) => super::report::create_folder(app, p, true),
        (Question::CreateFolder(p), Some('n') | None) => {
            super::report::create_folder(app, p, false)
        }
        (Question::Locked(_), a) => app.answer_locked(a),
        (Question::ChangedOnDisk, a) => app.answer_changed(a),
        (q, Some(_)) => app.mode = Mode::Ask(q),
    }
}

pub(super) fn set_step(app: &mut App, step: Step) {
    if step == Step::Qualities
        && app.step == Step::Items
        && let Some(i) = app.current_item()
    {
        app.slot_sel = Some(Slot::Item(i));
    }
    app.step = step;
    app.hint_sel = 0;
}

pub(super) fn browse(app: &mut App, action: Action) {
    if app.step == Step::Planning && planning::browse(app, &action) {
        return;
    }
    let Action::Cmd(cmd) = action else {
        if action == Action::Unbound {
            app.info(app.t(S::KeyUnbound));
        }
        return;
    };
    if let Some(i) = cmd.step_index() {
        set_step(app, Step::ALL[i]);
        return;
    }
    if app.step == Step::Affinity && affinity::browse(app, cmd) {
        return;
    }
    if app.step == Step::Report && super::report::command(app, cmd) {
        return;
    }
    if app.step == Step::Hoq && hoq::browse(app, cmd) {
        return;
    }
    if importing::command(app, cmd) {
        return;
    }
    match cmd {
        Command::Quit => {
            if app.dirty && !app.read_only {
                app.mode = Mode::Ask(Question::QuitUnsaved);
            } else {
                app.quit = true;
            }
        }
        Command::Help => {
            app.mode = Mode::Help {
                scroll: 0,
                back: None,
            }
        }
        Command::Present => present::open(app),
        Command::Settings => settings::open(app),
        Command::People => people::open(app),
        Command::Conflicts => conflicts::open(app),
        Command::Save => {
            app.save();
        }
        Command::Undo => app.undo(),
        Command::Redo => app.redo(),
        Command::NextStep => set_step(app, Step::ALL[(app.step.index() + 1) % Step::ALL.len()]),
        Command::PrevStep => set_step(
            app,
            Step::ALL[(app.step.index() + Step::ALL.len() - 1) % Step::ALL.len()],
        ),
        Command::Search => {
            if let Some(f) = app.filter_mut() {
                let field = TextInput::new(f.clone());
                app.mode = Mode::Input(Input {
                    target: Target::Search,
                    field,
                });
            }
        }
        Command::Cancel => {
            if let Some(f) = app.filter_mut() {
                f.clear();
            }
            // The candidates filter is a filter too.
            if app.step == Step::Remarks {
                app.candidates_only = false;
            }
            app.status = None;
        }
        Command::Up => move_sel(app, -1),
        Command::Down => move_sel(app, 1),
        Command::PageUp => move_sel(app, -(PAGE as isize)),
        Command::PageDown => move_sel(app, PAGE as isize),
        Command::First => move_sel(app, isize::MIN / 2),
        Command::Last => move_sel(app, isize::MAX / 2),
        Command::Left | Command::Right => focus(app, cmd == Command::Right),
        Command::Add => add(app),
        Command::Edit => edit(app),
        Command::Delete => delete(app),
        Command::Source | Command::Respondent | Command::Segment | Command::Scene => {
            remark_field(app, cmd)
        }
        Command::RemarkTrace => super::affinity::trace_remark(app),
        Command::RemarkTags => remark_tags(app),
        Command::Link => link(app),
        Command::Unlink => unlink(app),
        Command::Kano | Command::Origin | Command::Tags => quality_field(app, cmd),
        Command::QualityLink => quality_link(app),
        Command::QualityUnlink => quality_unlink(app),
        Command::ApplyHint => apply_hint(app),
        Command::DismissHint => dismiss_hint(app),
        _ => {}
    }
}

pub(super) fn focus(app: &mut App, right: bool) {
    match app.step {
        Step::Items => app.items_focus = if right { Focus::Right } else { Focus::Left },
        Step::Qualities => {
            app.qualities_focus = match (app.qualities_focus, right) {
                (Focus::Left, true) => Focus::Right,
                (Focus::Right, true) | (Focus::Hints, true) => Focus::Hints,
                (Focus::Hints, false) => Focus::Right,
                _ => Focus::Left,
            }
        }
        _ => {}
    }
}

pub(super) fn move_sel(app: &mut App, delta: isize) {
    match (app.step, app.items_focus, app.qualities_focus) {
        (Step::Remarks, _, _) => {
            let rows: Vec<RemarkId> = app.remark_rows(app.step).iter().map(|r| r.id).collect();
            let cur = current(&rows, app.remark_sel);
            app.remark_sel = moved(&rows, cur, delta);
            app.unlinked_sel = false;
        }
        (Step::Items, Focus::Left, _) => {
            let rows = app.item_step_rows();
            match moved(&rows, app.current_row(), delta) {
                Some(RemarkRow::Remark(r)) => {
                    app.remark_sel = Some(r);
                    app.unlinked_sel = false;
                }
                Some(RemarkRow::Unlinked) => app.unlinked_sel = true,
                None => {}
            }
        }
        (Step::Items, _, _) => {
            if let Some(row) = app.current_row() {
                let rows: Vec<ItemId> = app.items_in(row).iter().map(|i| i.id).collect();
                let cur = current(&rows, app.item_sel);
                app.item_sel = moved(&rows, cur, delta);
            }
        }
        (Step::Qualities, _, Focus::Left) => {
            let rows = app.slot_rows();
            let cur = current(&rows, app.slot_sel);
            app.slot_sel = moved(&rows, cur, delta);
            app.hint_sel = 0;
        }
        (Step::Qualities, _, Focus::Right) => {
            if let Some(s) = app.current_slot() {
                let rows: Vec<QualityId> = app.qualities_of(s).iter().map(|q| q.id).collect();
                let cur = current(&rows, app.quality_sel);
                app.quality_sel = moved(&rows, cur, delta);
                app.hint_sel = 0;
            }
        }
        (Step::Qualities, _, Focus::Hints) => {
            let n = app.current_hints().len();
            if n > 0 {
                let to = (app.hint_sel as isize + delta).clamp(0, n as isize - 1);
                app.hint_sel = to as usize;
            }
        }
        _ => {}
    }
}

/// The row `delta` away from the current one, clamped to the list.
pub(super) fn moved<T: Copy + PartialEq>(rows: &[T], sel: Option<T>, delta: isize) -> Option<T> {
    if rows.is_empty() {
        return None;
    }
    let at = sel
        .and_then(|s| rows.iter().position(|r| *r == s))
        .unwrap_or(0) as isize;
    let to = (at + delta).clamp(0, rows.len() as isize - 1) as usize;
    Some(rows[to])
}
