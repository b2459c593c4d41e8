//! The segments-and-respondents view: who spoke, on one full screen reachable from every step.
//! Segments on the left with their weights, respondents on the right with their segment and
//! attributes; add, rename, merge, delete, weigh and describe them, each change one undoable
//! edit. What the weights do to the survey's importance means is shown as they change.

use crate::model::number::parse_number;
use crate::model::{Edit, Entity, EntityId, Respondent, RespondentId, Segment, SegmentId};
use crate::tui::action::{Action, Command, Section};
use crate::tui::keymap::KeyContext;
use crate::tui::strings::{S, fill};
use crate::tui::widgets::text_input::TextInput;

use super::{App, Mode, PAGE, current, delete, neighbour};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Segments,
    Respondents,
}

/// What the line being typed will become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prompt {
    NewSegment,
    NewRespondent,
    Rename(EntityId),
    Weight(SegmentId),
    Attribute(RespondentId),
}

#[derive(Debug, Clone, PartialEq)]
pub struct People {
    pub pane: Pane,
    pub segment: Option<SegmentId>,
    pub respondent: Option<RespondentId>,
    /// A line being typed, and what it is for.
    pub prompt: Option<(Prompt, TextInput)>,
    /// A delete waiting for yes or no: records depend on it.
    pub confirm: Option<EntityId>,
    /// The record marked to be merged into the next one M is pressed on.
    pub marked: Option<EntityId>,
}

impl People {
    pub fn key_context(&self) -> KeyContext {
        if self.prompt.is_some() {
            KeyContext::Text
        } else if self.confirm.is_some() {
            KeyContext::Prompt
        } else {
            KeyContext::Browse(&[
                Section::Global,
                Section::Move,
                Section::Edit,
                Section::People,
            ])
        }
    }
}

impl App {
    pub fn segment_ids(&self) -> Vec<SegmentId> {
        self.project.segments.ids().collect()
    }

    pub fn respondent_ids(&self) -> Vec<RespondentId> {
        self.project.respondents.ids().collect()
    }

    fn people(&self) -> Option<&People> {
        match &self.mode {
            Mode::People(p) => Some(p),
            _ => None,
        }
    }

    fn people_mut(&mut self) -> Option<&mut People> {
        match &mut self.mode {
            Mode::People(p) => Some(p),
            _ => None,
        }
    }

    /// The selected segment (the first when the selection is gone).
    pub fn people_segment(&self) -> Option<SegmentId> {
        current(&self.segment_ids(), self.people()?.segment)
    }

    pub fn people_respondent(&self) -> Option<RespondentId> {
        current(&self.respondent_ids(), self.people()?.respondent)
    }

    /// The selected record of the pane in focus.
    pub fn people_selected(&self) -> Option<EntityId> {
        match self.people()?.pane {
            Pane::Segments => self.people_segment().map(EntityId::Segment),
            Pane::Respondents => self.people_respondent().map(EntityId::Respondent),
        }
    }

    /// A segment's name or a respondent's label, for messages: "S2 Families".
    pub fn person_name(&self, id: EntityId) -> String {
        let name = match id {
            EntityId::Segment(s) => self.project.segments.get(s).map(|x| x.name.clone()),
            EntityId::Respondent(r) => self.project.respondents.get(r).map(|x| x.label.clone()),
            _ => None,
        };
        match name {
            Some(n) => format!("{id} {n}"),
            None => id.to_string(),
        }
    }
}

/// Opens the view at the first segment and respondent.
pub fn open(app: &mut App) {
    app.mode = Mode::People(People {
        pane: Pane::Segments,
        segment: None,
        respondent: None,
        prompt: None,
        confirm: None,
        marked: None,
    });
}

pub fn update(app: &mut App, action: Action) {
    let Some(p) = app.people_mut() else { return };
    if let Some((prompt, field)) = &mut p.prompt {
        match action {
            Action::Text(e) => field.edit(&e),
            Action::Paste(s) => field.insert_str(&s),
            Action::Cmd(Command::Cancel) => p.prompt = None,
            Action::Confirm => {
                let (prompt, text) = (*prompt, field.value().trim().to_string());
                if finish(app, prompt, &text)
                    && let Some(p) = app.people_mut()
                {
                    p.prompt = None;
                }
            }
            _ => {}
        }
        return;
    }
    if let Some(id) = p.confirm {
        match action {
            Action::Answer('y') => {
                p.confirm = None;
                perform_delete(app, id);
            }
            Action::Answer('n') | Action::Cmd(Command::Cancel) => {
                p.confirm = None;
                app.info(app.t(S::NothingDeleted));
            }
            _ => {}
        }
        return;
    }
    let Action::Cmd(cmd) = action else {
        if action == Action::Unbound {
            app.info(app.t(S::KeyUnbound));
        }
        return;
    };
    match cmd {
        Command::Cancel if p.marked.is_some() => p.marked = None,
        Command::People | Command::Cancel | Command::Quit => app.mode = Mode::Browse,
        Command::Up => move_sel(app, -1),
        Command::Down => move_sel(app, 1),
        Command::PageUp => move_sel(app, -(PAGE as isize)),
        Command::PageDown => move_sel(app, PAGE as isize),
        Command::First => move_sel(app, isize::MIN / 2),
        Command::Last => move_sel(app, isize::MAX / 2),
        Command::Left => p.pane = Pane::Segments,
        Command::Right => p.pane = Pane::Respondents,
        Command::NextStep | Command::PrevStep => {
            p.pane = match p.pane {
                Pane::Segments => Pane::Respondents,
                Pane::Respondents => Pane::Segments,
            }
        }
        Command::Add => {
            let prompt = match p.pane {
                Pane::Segments => Prompt::NewSegment,
                Pane::Respondents => Prompt::NewRespondent,
            };
            ask(app, prompt, String::new());
        }
        Command::Edit => {
            if let Some(id) = app.people_selected() {
                let name = app.person_name(id);
                let old = name.split_once(' ').map_or("", |x| x.1).to_string();
                ask(app, Prompt::Rename(id), old);
            }
        }
        Command::Delete => {
            if app.refuse_read_only() {
                return;
            }
            if let Some(id) = app.people_selected() {
                if delete::Effects::of(app, id).is_empty() {
                    perform_delete(app, id);
                } else if let Some(p) = app.people_mut() {
                    p.confirm = Some(id);
                }
            }
        }
        Command::PeopleWeight => {
            if p.pane == Pane::Segments
                && let Some(s) = app.people_segment()
            {
                let w = app.project.segments.get(s).and_then(|s| s.weight);
                ask(
                    app,
                    Prompt::Weight(s),
                    w.map(|w| w.to_string()).unwrap_or_default(),
                );
            }
        }
        Command::PeopleAttribute => {
            if p.pane == Pane::Respondents
                && let Some(r) = app.people_respondent()
            {
                ask(app, Prompt::Attribute(r), String::new());
            }
        }
        Command::PeopleSegment if p.pane == Pane::Respondents => next_segment(app),
        Command::PeopleMerge => merge(app),
        Command::Undo => app.undo(),
        Command::Redo => app.redo(),
        Command::Save => {
            app.save();
        }
        // Help opens over the view, at its keys, and closes back to it.
        Command::Help => {
            let view = std::mem::replace(&mut app.mode, Mode::Browse);
            app.mode = Mode::Help {
                scroll: 0,
                back: Some(Box::new(view)),
            };
        }
        // Any other global key (a step digit, help, present, settings) leaves the view for it.
        _ if cmd.section() == Section::Global => {
            app.mode = Mode::Browse;
            super::update::update(app, Action::Cmd(cmd));
        }
        _ => {}
    }
}

fn ask(app: &mut App, prompt: Prompt, text: String) {
    if app.refuse_read_only() {
        return;
    }
    if let Some(p) = app.people_mut() {
        p.prompt = Some((prompt, TextInput::new(text)));
    }
}

fn move_sel(app: &mut App, delta: isize) {
    let Some(pane) = app.people().map(|p| p.pane) else {
        return;
    };
    fn moved<T: Copy + PartialEq>(rows: &[T], sel: Option<T>, delta: isize) -> Option<T> {
        let last = rows.len().checked_sub(1)? as isize;
        let at = sel
            .and_then(|s| rows.iter().position(|r| *r == s))
            .unwrap_or(0) as isize;
        Some(rows[at.saturating_add(delta).clamp(0, last) as usize])
    }
    match pane {
        Pane::Segments => {
            let sel = moved(&app.segment_ids(), app.people_segment(), delta);
            if let Some(p) = app.people_mut() {
                p.segment = sel;
            }
        }
        Pane::Respondents => {
            let sel = moved(&app.respondent_ids(), app.people_respondent(), delta);
            if let Some(p) = app.people_mut() {
                p.respondent = sel;
            }
        }
    }
}

/// Applies a typed line; false keeps the prompt open to fix it.
fn finish(app: &mut App, prompt: Prompt, text: &str) -> bool {
    let p = &app.project;
    let (edit, what, select) = match prompt {
        Prompt::NewSegment | Prompt::NewRespondent | Prompt::Rename(_) if text.is_empty() => {
            return true;
        }
        Prompt::NewSegment => {
            let id = SegmentId::fresh(p.issued.segment, 0);
            let s = Segment {
                id,
                name: text.to_string(),
                weight: None,
            };
            let what = fill(app.t(S::DoAddSegment), &[&id]);
            (
                Edit::Put(Entity::Segment(s)),
                what,
                Some(EntityId::Segment(id)),
            )
        }
        Prompt::NewRespondent => {
            let id = RespondentId::fresh(p.issued.respondent, 0);
            // A new respondent joins the segment selected on the left.
            let r = Respondent {
                id,
                label: text.to_string(),
                segment: app.people_segment(),
                attributes: Default::default(),
            };
            let what = fill(app.t(S::DoAddRespondent), &[&id]);
            (
                Edit::Put(Entity::Respondent(r)),
                what,
                Some(EntityId::Respondent(id)),
            )
        }
        Prompt::Rename(id) => {
            let entity = match p.entity(id) {
                Some(Entity::Segment(mut s)) => {
                    s.name = text.to_string();
                    Entity::Segment(s)
                }
                Some(Entity::Respondent(mut r)) => {
                    r.label = text.to_string();
                    Entity::Respondent(r)
                }
                _ => return true,
            };
            (Edit::Put(entity), fill(app.t(S::DoRename), &[&id]), None)
        }
        Prompt::Weight(s) => {
            let Some(mut seg) = p.segments.get(s).cloned() else {
                return true;
            };
            seg.weight = if text.is_empty() {
                None
            } else {
                match parse_number(text) {
                    Ok(v) if v >= 0.0 => Some(v),
                    Ok(_) => {
                        app.error(app.t(S::PeopleNegativeWeight));
                        return false;
                    }
                    Err(e) => {
                        app.error(fill(app.t(S::PeopleBadWeight), &[&e]));
                        return false;
                    }
                }
            };
            let what = fill(app.t(S::DoSetWeight), &[&s]);
            (Edit::Put(Entity::Segment(seg)), what, None)
        }
        Prompt::Attribute(r) => {
            let Some(mut person) = p.respondents.get(r).cloned() else {
                return true;
            };
            let Some((k, v)) = text.split_once(['=', '＝']) else {
                app.error(app.t(S::PeopleBadAttribute));
                return false;
            };
            let (k, v) = (k.trim(), v.trim());
            if k.is_empty() {
                app.error(app.t(S::PeopleBadAttribute));
                return false;
            }
            if v.is_empty() {
                person.attributes.remove(k);
            } else {
                person.attributes.insert(k.to_string(), v.to_string());
            }
            let what = fill(app.t(S::DoSetAttribute), &[&r]);
            (Edit::Put(Entity::Respondent(person)), what, None)
        }
    };
    if !app.commit(edit, what) {
        return false;
    }
    if let Some(p) = app.people_mut() {
        match select {
            Some(EntityId::Segment(s)) => p.segment = Some(s),
            Some(EntityId::Respondent(r)) => p.respondent = Some(r),
            _ => {}
        }
    }
    true
}

/// Moves the selected respondent to the next segment, and after the last to none.
fn next_segment(app: &mut App) {
    let Some(mut r) = app
        .people_respondent()
        .and_then(|r| app.project.respondents.get(r).cloned())
    else {
        return;
    };
    let ids = app.segment_ids();
    let at = r.segment.and_then(|s| ids.iter().position(|x| *x == s));
    r.segment = match at {
        None => ids.first().copied(),
        Some(i) => ids.get(i + 1).copied(),
    };
    let what = fill(app.t(S::DoSetSegment), &[&r.id]);
    app.commit(Edit::Put(Entity::Respondent(r)), what);
}

/// The first press marks the selected record; the second, on another record of the same kind,
/// merges the marked one into it.
fn merge(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let Some(target) = app.people_selected() else {
        return;
    };
    let marked = app.people().and_then(|p| p.marked);
    let Some(from) = marked.filter(|m| *m != target) else {
        let name = app.person_name(target);
        if let Some(p) = app.people_mut() {
            p.marked = Some(target);
        }
        app.info(fill(app.t(S::PeopleMarked), &[&name]));
        return;
    };
    let (from_name, into_name) = (app.person_name(from), app.person_name(target));
    let built = match (from, target) {
        (EntityId::Segment(a), EntityId::Segment(b)) => {
            app.project.merge_segments(a, b).map(|e| (e, 0))
        }
        (EntityId::Respondent(a), EntityId::Respondent(b)) => app.project.merge_respondents(a, b),
        _ => {
            app.error(app.t(S::PeopleMergeSameKind));
            return;
        }
    };
    let (edit, dropped) = match built {
        Ok(x) => x,
        Err(e) => {
            app.error(e);
            return;
        }
    };
    if app.commit(edit, fill(app.t(S::DoMerge), &[&from, &target])) {
        if let Some(p) = app.people_mut() {
            p.marked = None;
        }
        if dropped == 0 {
            app.info(fill(app.t(S::PeopleMerged), &[&from_name, &into_name]));
        } else {
            app.info(fill(
                app.t(S::PeopleMergedDropped),
                &[&from_name, &into_name, &dropped, &target],
            ));
        }
    }
}

/// Deletes a segment or respondent with `Project::delete` (remarks and respondents lose the link,
/// survey answers go), keeping the selection on a neighbour.
fn perform_delete(app: &mut App, id: EntityId) {
    let name = app.person_name(id);
    let (segments, respondents) = (app.segment_ids(), app.respondent_ids());
    let edit = app.project.delete(id);
    if app.commit(edit, fill(app.t(S::DoDelete), &[&id])) {
        if let Some(p) = app.people_mut() {
            match id {
                EntityId::Segment(s) => p.segment = neighbour(&segments, s),
                EntityId::Respondent(r) => p.respondent = neighbour(&respondents, r),
                _ => {}
            }
            if p.marked == Some(id) {
                p.marked = None;
            }
        }
        let undo = app.keymap.keys_text(Command::Undo);
        app.info(fill(app.t(S::Deleted), &[&name, &undo]));
    }
}

#[cfg(test)]
mod tests;
