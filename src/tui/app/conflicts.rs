//! The merge conflicts view, reachable from every step: each field two branches changed
//! differently, with both values; Enter goes to the record to set the value wanted, and a key
//! settles the entry (one undoable edit) so that a project is finished without editing its file.

use crate::model::conflict::{self, Conflict};
use crate::model::tree::Node;
use crate::model::{CharacteristicId, CompetitorId, GroupId, ItemId, QualityId, RemarkId};
use crate::model::{RespondentId, SegmentId};
use crate::tui::action::{Action, Command, Section};
use crate::tui::keymap::KeyContext;
use crate::tui::strings::{S, fill};

use super::{App, Mode, PAGE, Step};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Conflicts {
    /// The selected entry of the project's list.
    pub sel: usize,
}

impl Conflicts {
    pub fn key_context(&self) -> KeyContext {
        KeyContext::Browse(&[
            Section::Global,
            Section::Move,
            Section::Edit,
            Section::Conflicts,
        ])
    }
}

/// "Q3 planning.target", for messages.
pub fn label(c: &Conflict) -> String {
    format!("{} {}", c.record, c.field)
}

pub fn open(app: &mut App) {
    app.mode = Mode::Conflicts(Conflicts::default());
}

fn sel(app: &App) -> usize {
    match &app.mode {
        Mode::Conflicts(c) => c.sel.min(app.project.conflicts.len().saturating_sub(1)),
        _ => 0,
    }
}

fn move_sel(app: &mut App, by: isize) {
    let last = app.project.conflicts.len().saturating_sub(1);
    let to = (sel(app) as isize)
        .saturating_add(by)
        .clamp(0, last as isize) as usize;
    if let Mode::Conflicts(c) = &mut app.mode {
        c.sel = to;
    }
}

pub fn update(app: &mut App, action: Action) {
    let Action::Cmd(cmd) = action else {
        if action == Action::Unbound {
            app.info(app.t(S::KeyUnbound));
        }
        return;
    };
    match cmd {
        Command::Conflicts | Command::Cancel | Command::Quit => app.mode = Mode::Browse,
        Command::Up => move_sel(app, -1),
        Command::Down => move_sel(app, 1),
        Command::PageUp => move_sel(app, -(PAGE as isize)),
        Command::PageDown => move_sel(app, PAGE as isize),
        Command::First => move_sel(app, isize::MIN / 2),
        Command::Last => move_sel(app, isize::MAX / 2),
        Command::Edit => jump(app),
        Command::SettleConflict => settle(app),
        Command::TakeTheirs => take_theirs(app),
        Command::Undo => app.undo(),
        Command::Redo => app.redo(),
        Command::Save => {
            app.save();
        }
        // Help opens over the view and closes back to it.
        Command::Help => {
            let view = std::mem::replace(&mut app.mode, Mode::Browse);
            app.mode = Mode::Help {
                scroll: 0,
                back: Some(Box::new(view)),
            };
        }
        // Any other global key (a step digit, present, settings) leaves the view for it.
        _ if cmd.section() == Section::Global => {
            app.mode = Mode::Browse;
            super::update::update(app, Action::Cmd(cmd));
        }
        _ => {}
    }
}

/// Settles the selected entry: the record keeps what it holds now.
fn settle(app: &mut App) {
    let Some(c) = app.project.conflicts.get(sel(app)).cloned() else {
        app.info(app.t(S::ConflictsNone));
        return;
    };
    let Some(edit) = conflict::settle(&app.project, &c.record, &c.field) else {
        return;
    };
    let name = label(&c);
    if app.commit(edit, fill(app.t(S::DoSettleConflict), &[&name])) {
        let undo = app.key_name(Command::Undo);
        app.info(fill(app.t(S::ConflictsSettled), &[&name, &undo]));
        move_sel(app, 0);
    }
}

/// Writes their value into the record and settles the entry, as one edit; a field whose value
/// cannot be read back from how the conflict shows it is refused, saying so.
fn take_theirs(app: &mut App) {
    let Some(c) = app.project.conflicts.get(sel(app)).cloned() else {
        app.info(app.t(S::ConflictsNone));
        return;
    };
    let edit = match crate::method::settle::take_theirs(&app.project, &c.record, &c.field) {
        Ok(edit) => edit,
        Err(e) => {
            app.error(fill(app.t(S::Refused), &[&e]));
            return;
        }
    };
    let name = label(&c);
    if app.commit(edit, fill(app.t(S::DoSettleConflict), &[&name])) {
        let undo = app.key_name(Command::Undo);
        app.info(fill(
            app.t(S::ConflictsTookTheirs),
            &[&name, &c.theirs, &undo],
        ));
        move_sel(app, 0);
    }
}

/// Leaves the view for the screen that edits the record of the selected entry, selected there.
fn jump(app: &mut App) {
    let Some(c) = app.project.conflicts.get(sel(app)).cloned() else {
        return;
    };
    let p = &app.project;
    let r = c.record.trim();
    let go = |app: &mut App, step: Step| {
        app.mode = Mode::Browse;
        app.step = step;
        app.hint_sel = 0;
    };
    if r == "meta" {
        app.mode = Mode::Browse;
        super::settings::open(app);
    } else if let Some(id) = r
        .parse::<RemarkId>()
        .ok()
        .filter(|i| p.remarks.contains(*i))
    {
        go(app, Step::Remarks);
        app.remark_sel = Some(id);
        app.unlinked_sel = false;
    } else if let Some(id) = r.parse::<ItemId>().ok().filter(|i| p.items.contains(*i)) {
        go(app, Step::Items);
        app.item_sel = Some(id);
    } else if let Some(id) = r
        .parse::<QualityId>()
        .ok()
        .filter(|i| p.qualities.contains(*i))
    {
        if c.field.starts_with("planning") {
            go(app, Step::Planning);
            app.plan.sel = Some(id);
        } else {
            go(app, Step::Qualities);
            app.quality_sel = Some(id);
        }
    } else if let Some(id) = r.parse::<GroupId>().ok().filter(|i| p.groups.contains(*i)) {
        go(app, Step::Affinity);
        app.affinity.node_sel = Some(Node::Group(id));
    } else if let Some(id) = r
        .parse::<CharacteristicId>()
        .ok()
        .filter(|i| p.characteristics.contains(*i))
    {
        go(app, Step::Hoq);
        if let Some(col) = app.hoq().columns().iter().position(|c| *c == id) {
            app.hoq.col = col;
        }
    } else if r
        .parse::<CompetitorId>()
        .is_ok_and(|i| p.competitors.contains(i))
    {
        go(app, Step::Planning);
    } else if let Some(id) = r
        .parse::<SegmentId>()
        .ok()
        .filter(|i| p.segments.contains(*i))
    {
        super::people::open(app);
        if let Mode::People(v) = &mut app.mode {
            v.segment = Some(id);
        }
    } else if let Some(id) = r
        .parse::<RespondentId>()
        .ok()
        .filter(|i| p.respondents.contains(*i))
    {
        super::people::open(app);
        if let Mode::People(v) = &mut app.mode {
            v.pane = super::people::Pane::Respondents;
            v.respondent = Some(id);
        }
    } else {
        app.error(fill(app.t(S::ConflictsNoScreen), &[&label(&c)]));
    }
}
