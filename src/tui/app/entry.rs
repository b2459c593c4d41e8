//! Text entry, pickers and the scene form: what typing, pasting and choosing do until Enter
//! commits the value as one edit or Esc leaves it.

use crate::model::{
    Edit, Entity, Item, Origin, Quality, Remark, Respondent, Scene, Segment, SegmentId,
};

use super::*;
use crate::tui::action::{Action, Command};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::text_input::TextInput;

pub(super) fn open_input(app: &mut App, target: Target, text: &str) {
    let text = match app.draft.take() {
        Some((t, draft)) if t.same_draft(&target) => {
            app.info(app.t(S::DraftRestored));
            draft
        }
        other => {
            app.draft = other;
            text.to_string()
        }
    };
    app.mode = Mode::Input(Input {
        target,
        field: TextInput::new(text),
    });
}

/// Esc on an entry: typed text that would be lost is kept as a draft for the next entry of the
/// same kind, and the status line says how to get it back.
pub(super) fn leave_entry(app: &mut App, inp: Input) {
    app.mode = Mode::Browse;
    let text = inp.field.value();
    let stored = match inp.target {
        Target::EditRemark(r) => app.project.remarks.get(r).map(|x| x.text.as_str()),
        Target::EditItem(i) => app.project.items.get(i).map(|x| x.text.as_str()),
        Target::EditQuality(q) => app.project.qualities.get(q).map(|x| x.text.as_str()),
        Target::Search | Target::ReportFolder | Target::Tags(_) | Target::RemarkTags(_) => return,
        _ => None,
    };
    if text.trim().is_empty() || stored == Some(text) {
        return;
    }
    let key = match inp.target {
        Target::NewRemark(_) | Target::NewItem(_) | Target::NewQuality(_) => Command::Add,
        _ => Command::Edit,
    };
    let key = app.key_name(key);
    app.draft = Some((inp.target, text.to_string()));
    app.info(fill(app.t(S::DraftKept), &[&key]));
}

pub(super) fn input(app: &mut App, action: Action) {
    let Mode::Input(inp) = &mut app.mode else {
        return;
    };
    match action {
        Action::Text(e) => {
            inp.field.edit(&e);
            if inp.target == Target::Search {
                let v = inp.field.value().to_string();
                if let Some(f) = app.filter_mut() {
                    *f = v;
                }
            }
        }
        Action::Paste(s)
            if s.contains(['\n', '\r'])
                && matches!(
                    inp.target,
                    Target::NewRemark(_) | Target::NewItem(_) | Target::NewQuality(_)
                ) =>
        {
            paste_lines(app, &s)
        }
        Action::Paste(s) => {
            inp.field.insert_str(&s);
            if inp.target == Target::Search {
                let v = inp.field.value().to_string();
                if let Some(f) = app.filter_mut() {
                    *f = v;
                }
            }
        }
        Action::Cmd(Command::Cancel) => {
            let inp = inp.clone();
            if inp.target == Target::Search
                && let Some(f) = app.filter_mut()
            {
                f.clear();
            }
            leave_entry(app, inp);
        }
        Action::ApplyFirstHint => {
            if matches!(inp.target, Target::NewQuality(_) | Target::EditQuality(_)) {
                let hints = app.current_hints();
                match hints
                    .into_iter()
                    .find(|(h, d)| !d && h.suggestion.is_some())
                {
                    Some((h, _)) => {
                        if let Mode::Input(inp) = &mut app.mode {
                            inp.field.set(h.suggestion.unwrap_or_default());
                        }
                        app.info(fill(app.t(S::Applied), &[&h.rule.number()]));
                    }
                    None => app.error(app.t(S::NoSuggestion)),
                }
            }
        }
        Action::Confirm => confirm_input(app),
        _ => {}
    }
}

/// Pasted lines during continuous entry become one entry each (a list of remarks copied from
/// a survey or a chat), the last line too; the first joins what was already typed. Lines may end
/// in LF, CRLF or a lone CR (what many terminals send). Blank lines are skipped; the entry stays
/// open for more.
pub(super) fn paste_lines(app: &mut App, text: &str) {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for line in text.split('\n') {
        let Mode::Input(inp) = &mut app.mode else {
            return;
        };
        inp.field.insert_str(line);
        if inp.field.value().trim().is_empty() {
            inp.field.set("");
            continue;
        }
        let before = app.generation;
        confirm_input(app);
        if app.generation == before {
            // Refused (the status says why): stop with the rest unentered.
            return;
        }
    }
}

pub(super) fn confirm_input(app: &mut App) {
    let Mode::Input(inp) = &app.mode else { return };
    let text = inp.field.value().trim().to_string();
    let target = inp.target.clone();
    let keep_open = |app: &mut App| {
        if let Mode::Input(inp) = &mut app.mode {
            inp.field.set("");
        }
    };
    match target {
        Target::Search => app.mode = Mode::Browse,
        Target::ReportFolder => {
            app.mode = Mode::Browse;
            super::report::set_folder(app, &text);
        }
        _ if text.is_empty() && !matches!(target, Target::Tags(_) | Target::RemarkTags(_)) => {
            // An empty Enter ends continuous entry; an emptied edit changes nothing.
            if matches!(
                target,
                Target::EditRemark(_) | Target::EditItem(_) | Target::EditQuality(_)
            ) {
                app.error(app.t(S::EmptyText));
            }
            app.mode = Mode::Browse;
        }
        Target::NewRemark(t) => {
            let id = app.project.next_remark_id();
            let mut r = Remark::new(id, text);
            r.source = t.source;
            r.respondent = t.respondent;
            r.segment = t.segment;
            if app.commit(
                Edit::Put(Entity::Remark(r)),
                fill(app.t(S::DoAddRemark), &[&id]),
            ) {
                app.remark_sel = Some(id);
                app.unlinked_sel = false;
                app.filters[0].clear();
                keep_open(app);
            }
        }
        Target::EditRemark(id) => {
            if let Some(mut r) = app.project.remarks.get(id).cloned() {
                r.text = text;
                app.commit(
                    Edit::Put(Entity::Remark(r)),
                    fill(app.t(S::DoEditRemark), &[&id]),
                );
            }
            app.mode = Mode::Browse;
        }
        Target::NewItem(remark) => {
            let id = app.project.next_item_id();
            let item = Item {
                id,
                text,
                remarks: remark.into_iter().collect(),
            };
            if app.commit(
                Edit::Put(Entity::Item(item)),
                fill(app.t(S::DoAddItem), &[&id]),
            ) {
                app.item_sel = Some(id);
                keep_open(app);
            }
        }
        Target::EditItem(id) => {
            if let Some(mut i) = app.project.items.get(id).cloned() {
                i.text = text;
                app.commit(
                    Edit::Put(Entity::Item(i)),
                    fill(app.t(S::DoEditItem), &[&id]),
                );
            }
            app.mode = Mode::Browse;
        }
        Target::NewQuality(slot) => {
            let id = app.project.next_quality_id();
            let mut q = Quality::new(id, text);
            match slot {
                Slot::Item(i) => q.items.push(i),
                Slot::Team => q.origin = Origin::Team,
            }
            if app.commit(
                Edit::Put(Entity::Quality(q)),
                fill(app.t(S::DoAddQuality), &[&id]),
            ) {
                app.quality_sel = Some(id);
                keep_open(app);
            }
        }
        Target::EditQuality(id) => {
            if let Some(mut q) = app.project.qualities.get(id).cloned() {
                q.text = text;
                app.commit(
                    Edit::Put(Entity::Quality(q)),
                    fill(app.t(S::DoEditQuality), &[&id]),
                );
            }
            app.mode = Mode::Browse;
        }
        Target::RemarkTags(id) => {
            if let Some(mut r) = app.project.remarks.get(id).cloned() {
                r.tags = tags_from(&text);
                app.commit(
                    Edit::Put(Entity::Remark(r)),
                    fill(app.t(S::DoSetTags), &[&id]),
                );
            }
            app.mode = Mode::Browse;
        }
        Target::Tags(id) => {
            if let Some(mut q) = app.project.qualities.get(id).cloned() {
                q.tags = tags_from(&text);
                app.commit(
                    Edit::Put(Entity::Quality(q)),
                    fill(app.t(S::DoSetTags), &[&id]),
                );
            }
            app.mode = Mode::Browse;
        }
    }
}

pub(super) fn picker(app: &mut App, action: Action) {
    let Mode::Picker(p) = &app.mode else { return };
    let n = app.choices(p).len();
    let Mode::Picker(p) = &mut app.mode else {
        return;
    };
    match action {
        Action::Text(e) => {
            p.filter.edit(&e);
            p.selected = 0;
        }
        Action::Paste(s) => {
            p.filter.insert_str(&s);
            p.selected = 0;
        }
        Action::Cmd(Command::Up) | Action::PrevField => p.selected = p.selected.saturating_sub(1),
        Action::Cmd(Command::Down) | Action::NextField => {
            p.selected = (p.selected + 1).min(n.saturating_sub(1))
        }
        Action::Cmd(Command::PageUp) => p.selected = p.selected.saturating_sub(PAGE),
        Action::Cmd(Command::PageDown) => p.selected = (p.selected + PAGE).min(n.saturating_sub(1)),
        Action::Cmd(Command::Cancel) => app.mode = Mode::Browse,
        Action::Confirm => {
            let p = p.clone();
            app.mode = Mode::Browse;
            if let Some((_, choice)) = app.choices(&p).into_iter().nth(p.selected) {
                choose(app, p.purpose, choice);
            }
        }
        _ => {}
    }
}

pub(super) fn choose(app: &mut App, purpose: PickFor, choice: Choice) {
    let remark_id = match purpose {
        PickFor::Source(r) | PickFor::Respondent(r) | PickFor::Segment(r) => r,
        PickFor::LinkItem(qid) => {
            let (Choice::Item(i), Some(mut q)) = (choice, app.project.qualities.get(qid).cloned())
            else {
                return;
            };
            q.items.push(i);
            let what = fill(app.t(S::DoLink), &[&qid, &i]);
            if app.commit(Edit::Put(Entity::Quality(q)), what) {
                // Follow the statement to the item it was linked to.
                app.slot_sel = Some(Slot::Item(i));
                app.quality_sel = Some(qid);
            }
            return;
        }
        PickFor::Link(item) => {
            let Choice::Remark(r) = choice else { return };
            let Some(mut i) = app.project.items.get(item).cloned() else {
                return;
            };
            if i.remarks.contains(&r) {
                app.error(app.t(S::AlreadyLinked));
                return;
            }
            i.remarks.push(r);
            let what = fill(app.t(S::DoLink), &[&item, &r]);
            app.commit(Edit::Put(Entity::Item(i)), what);
            return;
        }
    };
    let Some(mut remark) = app.project.remarks.get(remark_id).cloned() else {
        return;
    };
    let lang = app.lang;
    let (edit, what) = match choice {
        Choice::Source(s) => {
            remark.source = s;
            (
                Edit::Put(Entity::Remark(remark)),
                fill(S::DoSetSource.get(lang), &[&remark_id]),
            )
        }
        Choice::Respondent(p) => {
            remark.respondent = p;
            (
                Edit::Put(Entity::Remark(remark)),
                fill(S::DoSetRespondent.get(lang), &[&remark_id]),
            )
        }
        Choice::NewRespondent(label) => {
            let id = app.project.next_respondent_id();
            let segment = app.project.remark_segment(&remark);
            remark.respondent = Some(id);
            let person = Respondent {
                id,
                label,
                segment,
                attributes: Default::default(),
            };
            (
                Edit::Batch(vec![
                    Edit::Put(Entity::Respondent(person)),
                    Edit::Put(Entity::Remark(remark)),
                ]),
                fill(S::DoSetRespondent.get(lang), &[&remark_id]),
            )
        }
        Choice::Segment(s) => segment_edit(app, remark, s, None),
        Choice::NewSegment(name) => {
            let id = app.project.next_segment_id();
            segment_edit(app, remark, Some(id), Some(name))
        }
        Choice::Remark(_) | Choice::Item(_) => return,
    };
    app.commit(edit, what);
}

/// Sets a remark's segment; a remark with a respondent takes the respondent's segment, so that
/// is what changes then (for all their remarks), and the status says so.
pub(super) fn segment_edit(
    app: &mut App,
    mut remark: Remark,
    segment: Option<SegmentId>,
    new_name: Option<String>,
) -> (Edit, String) {
    let mut edits = Vec::new();
    if let (Some(id), Some(name)) = (segment, new_name) {
        edits.push(Edit::Put(Entity::Segment(Segment {
            id,
            name,
            weight: None,
        })));
    }
    let what = fill(app.t(S::DoSetSegment), &[&remark.id]);
    match remark
        .respondent
        .and_then(|p| app.project.respondents.get(p))
        .cloned()
    {
        Some(mut person) => {
            person.segment = segment;
            let label = person.label.clone();
            edits.push(Edit::Put(Entity::Respondent(person)));
            remark.segment = None;
            edits.push(Edit::Put(Entity::Remark(remark)));
            app.info(fill(app.t(S::RespondentSegmentSet), &[&label]));
        }
        None => {
            remark.segment = segment;
            edits.push(Edit::Put(Entity::Remark(remark)));
        }
    }
    (Edit::Batch(edits), what)
}

pub(super) fn scene(app: &mut App, action: Action) {
    let Mode::Scene(form) = &mut app.mode else {
        return;
    };
    if super::edit_form(&mut form.fields, &mut form.focus, &action) {
        return;
    }
    match action {
        Action::Cmd(Command::Cancel) => app.mode = Mode::Browse,
        Action::Confirm => {
            let form = form.clone();
            app.mode = Mode::Browse;
            let Some(mut r) = app.project.remarks.get(form.remark).cloned() else {
                return;
            };
            let mut scene = Scene::default();
            for (name, field) in Scene::FIELDS.iter().zip(&form.fields) {
                scene.set(name, field.value());
            }
            if scene == r.scene {
                return;
            }
            r.scene = scene;
            let what = fill(app.t(S::DoSetScene), &[&form.remark]);
            app.commit(Edit::Put(Entity::Remark(r)), what);
        }
        _ => {}
    }
}

pub(super) fn tags_from(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for t in text.split([',', '，', '、', ';', '；']) {
        let t = t.trim();
        if !t.is_empty() && !tags.iter().any(|x| x == t) {
            tags.push(t.to_string());
        }
    }
    tags
}
