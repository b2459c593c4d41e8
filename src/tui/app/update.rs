//! `update`: how each action changes the app. Edits go through `App::commit`, so every change
//! to the project is one undoable step and read-only mode refuses them all in one place.

use crate::model::{
    Edit, Entity, EntityId, Item, ItemId, Kano, Origin, Quality, QualityId, Remark, RemarkId,
    Respondent, Scene, Segment, SegmentId,
};

use super::*;
use crate::tui::action::{Action, Command};
use crate::tui::hints;
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

fn help(app: &mut App, action: Action) {
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

fn ask(app: &mut App, action: Action) {
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

fn set_step(app: &mut App, step: Step) {
    if step == Step::Qualities
        && app.step == Step::Items
        && let Some(i) = app.current_item()
    {
        app.slot_sel = Some(Slot::Item(i));
    }
    app.step = step;
    app.hint_sel = 0;
}

fn browse(app: &mut App, action: Action) {
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

fn focus(app: &mut App, right: bool) {
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

fn move_sel(app: &mut App, delta: isize) {
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

fn open_input(app: &mut App, target: Target, text: &str) {
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
fn leave_entry(app: &mut App, inp: Input) {
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

fn add(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    match app.step {
        Step::Remarks => {
            let template = app
                .current_remark(Step::Remarks)
                .and_then(|r| app.project.remarks.get(r))
                .map(|r| RemarkTemplate {
                    source: r.source,
                    respondent: r.respondent,
                    segment: r.segment,
                })
                .unwrap_or_default();
            open_input(app, Target::NewRemark(template), "");
        }
        Step::Items => match app.current_row() {
            // The focus stays where it was, so after the entry Down goes on to the next remark.
            Some(row) => {
                let remark = match row {
                    RemarkRow::Remark(r) => Some(r),
                    RemarkRow::Unlinked => None,
                };
                open_input(app, Target::NewItem(remark), "");
            }
            None => app.error(app.t(S::NoRemarkSelected)),
        },
        Step::Qualities => match app.current_slot() {
            Some(s) => {
                open_input(app, Target::NewQuality(s), "");
            }
            None => app.error(app.t(S::NoItemSelected)),
        },
        _ => {}
    }
}

fn edit(app: &mut App) {
    match (app.step, app.items_focus, app.qualities_focus) {
        (Step::Remarks, _, _) => {
            if app.refuse_read_only() {
                return;
            }
            if let Some(r) = app.current_remark(Step::Remarks) {
                let text = app.project.remarks.get(r).map(|r| r.text.clone());
                open_input(app, Target::EditRemark(r), &text.unwrap_or_default());
            }
        }
        (Step::Items, Focus::Left, _) => app.items_focus = Focus::Right,
        (Step::Items, _, _) => {
            if app.refuse_read_only() {
                return;
            }
            if let Some(i) = app.current_item() {
                let text = app.project.items.get(i).map(|i| i.text.clone());
                open_input(app, Target::EditItem(i), &text.unwrap_or_default());
            }
        }
        (Step::Qualities, _, Focus::Left) => app.qualities_focus = Focus::Right,
        (Step::Qualities, _, Focus::Right) => {
            if app.refuse_read_only() {
                return;
            }
            if let Some(q) = app.current_quality() {
                let text = app.project.qualities.get(q).map(|q| q.text.clone());
                open_input(app, Target::EditQuality(q), &text.unwrap_or_default());
            }
        }
        (Step::Qualities, _, Focus::Hints) => apply_hint(app),
        _ => {}
    }
}

fn delete(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let target = match (app.step, app.items_focus, app.qualities_focus) {
        (Step::Remarks, _, _) | (Step::Items, Focus::Left, _) => {
            app.current_remark(app.step).map(EntityId::Remark)
        }
        (Step::Items, _, _) => app.current_item().map(EntityId::Item),
        (Step::Qualities, _, Focus::Left) => match app.current_slot() {
            Some(Slot::Item(i)) => Some(EntityId::Item(i)),
            _ => None,
        },
        (Step::Qualities, _, _) => app.current_quality().map(EntityId::Quality),
        _ => None,
    };
    if let Some(id) = target {
        super::delete::request(app, id);
    }
}

/// Opens the tags of the selected remark for editing (comma separated; empty removes them).
fn remark_tags(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let Some(r) = app.current_remark(app.step) else {
        app.error(app.t(S::NoRemarkSelected));
        return;
    };
    let tags = app
        .project
        .remarks
        .get(r)
        .map(|r| r.tags.join(", "))
        .unwrap_or_default();
    open_input(app, Target::RemarkTags(r), &tags);
}

fn remark_field(app: &mut App, cmd: Command) {
    if app.refuse_read_only() {
        return;
    }
    let Some(r) = app.current_remark(app.step) else {
        app.error(app.t(S::NoRemarkSelected));
        return;
    };
    let purpose = match cmd {
        Command::Source => PickFor::Source(r),
        Command::Respondent => PickFor::Respondent(r),
        Command::Segment => PickFor::Segment(r),
        _ => {
            let scene = app
                .project
                .remarks
                .get(r)
                .map(|r| r.scene.clone())
                .unwrap_or_default();
            let fields = scene.parts().map(|(_, v)| TextInput::new(v.unwrap_or("")));
            app.mode = Mode::Scene(SceneForm {
                remark: r,
                fields,
                focus: 0,
            });
            return;
        }
    };
    let mut p = Picker {
        purpose,
        filter: TextInput::default(),
        selected: 0,
    };
    // Start on the current value.
    let remark = app.project.remarks.get(r).cloned();
    if let Some(remark) = remark {
        let want = match purpose {
            PickFor::Source(_) => Some(Choice::Source(remark.source)),
            PickFor::Respondent(_) => Some(Choice::Respondent(remark.respondent)),
            PickFor::Segment(_) => Some(Choice::Segment(app.project.remark_segment(&remark))),
            PickFor::Link(_) | PickFor::LinkItem(_) => None,
        };
        if let Some(want) = want {
            p.selected = app
                .choices(&p)
                .iter()
                .position(|(_, c)| *c == want)
                .unwrap_or(0);
        }
    }
    app.mode = Mode::Picker(p);
}

fn link(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    match app.current_item() {
        Some(i) => {
            app.mode = Mode::Picker(Picker {
                purpose: PickFor::Link(i),
                filter: TextInput::default(),
                selected: 0,
            })
        }
        None => app.error(app.t(S::NoItemSelected)),
    }
}

fn unlink(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let (Some(r), Some(i)) = (app.current_remark(Step::Items), app.current_item()) else {
        app.error(app.t(S::NoItemSelected));
        return;
    };
    let Some(mut item) = app.project.items.get(i).cloned() else {
        return;
    };
    let rows: Vec<ItemId> = app.items_of(r).iter().map(|x| x.id).collect();
    item.remarks.retain(|x| *x != r);
    let what = fill(app.t(S::DoUnlink), &[&i, &r]);
    if app.commit(Edit::Put(Entity::Item(item)), what) {
        app.item_sel = neighbour(&rows, i);
    }
}

/// Picks a further item for the selected statement to restate.
fn quality_link(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    match app.current_quality() {
        Some(q) => {
            app.mode = Mode::Picker(Picker {
                purpose: PickFor::LinkItem(q),
                filter: TextInput::default(),
                selected: 0,
            })
        }
        None => app.error(app.t(S::NoItemSelected)),
    }
}

/// Unlinks the selected statement from the item it is listed under; a statement left with no
/// item moves to the team's row.
fn quality_unlink(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let (Some(Slot::Item(i)), Some(qid)) = (app.current_slot(), app.current_quality()) else {
        app.error(app.t(S::NoItemSelected));
        return;
    };
    let Some(mut q) = app.project.qualities.get(qid).cloned() else {
        return;
    };
    let rows: Vec<QualityId> = app
        .qualities_of(Slot::Item(i))
        .iter()
        .map(|q| q.id)
        .collect();
    q.items.retain(|x| *x != i);
    let what = fill(app.t(S::DoUnlink), &[&qid, &i]);
    if app.commit(Edit::Put(Entity::Quality(q)), what) {
        app.quality_sel = neighbour(&rows, qid);
    }
}

fn quality_field(app: &mut App, cmd: Command) {
    if app.refuse_read_only() {
        return;
    }
    let Some(id) = app.current_quality() else {
        app.error(app.t(S::NoItemSelected));
        return;
    };
    let Some(mut q) = app.project.qualities.get(id).cloned() else {
        return;
    };
    let what = match cmd {
        Command::Kano => {
            let at = Kano::ALL.iter().position(|k| *k == q.kano).unwrap_or(0);
            q.kano = Kano::ALL[(at + 1) % Kano::ALL.len()];
            fill(app.t(S::DoSetKano), &[&id])
        }
        Command::Origin => {
            q.origin = match q.origin {
                Origin::Customer => Origin::Team,
                Origin::Team => Origin::Customer,
            };
            fill(app.t(S::DoSetOrigin), &[&id])
        }
        _ => {
            open_input(app, Target::Tags(id), &q.tags.join(", "));
            return;
        }
    };
    app.commit(Edit::Put(Entity::Quality(q)), what);
}

fn apply_hint(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let Some(id) = app.current_quality() else {
        return;
    };
    let hints = app.current_hints();
    let Some((hint, _)) = hints.get(app.hint_sel.min(hints.len().saturating_sub(1))) else {
        return;
    };
    let Some(suggestion) = hint.suggestion.clone() else {
        app.error(app.t(S::NoSuggestion));
        return;
    };
    let number = hint.rule.number();
    let Some(mut q) = app.project.qualities.get(id).cloned() else {
        return;
    };
    // A statement with several meanings becomes one statement per meaning, each keeping the
    // trace, Kano type, origin and tags of the original.
    let parts: Vec<String> = if hint.rule == hints::Rule::OneMeaning {
        suggestion
            .split(" / ")
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect()
    } else {
        vec![suggestion]
    };
    let Some((first, rest)) = parts.split_first() else {
        return;
    };
    q.text = first.clone();
    let mut edits = vec![Edit::Put(Entity::Quality(q.clone()))];
    let issued = app.project.issued.quality;
    for (k, text) in rest.iter().enumerate() {
        let mut extra = q.clone();
        extra.id = QualityId::fresh(issued, k);
        extra.text = text.clone();
        extra.dismissed.clear();
        extra.planning = Default::default();
        extra.group = None;
        edits.push(Edit::Put(Entity::Quality(extra)));
    }
    let edit = if edits.len() == 1 {
        edits.pop().expect("one edit")
    } else {
        Edit::Batch(edits)
    };
    if app.commit(edit, fill(app.t(S::DoApplyHint), &[&id])) {
        app.info(fill(app.t(S::Applied), &[&number]));
        app.hint_sel = 0;
    }
}

fn dismiss_hint(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let Some(id) = app.current_quality() else {
        return;
    };
    let hints = app.current_hints();
    let Some((hint, dismissed)) = hints.get(app.hint_sel.min(hints.len().saturating_sub(1))) else {
        return;
    };
    let (rule, dismissed) = (hint.rule, *dismissed);
    let Some(mut q) = app.project.qualities.get(id).cloned() else {
        return;
    };
    if dismissed {
        q.dismissed.retain(|r| *r != rule);
    } else {
        q.dismissed.push(rule);
        q.dismissed.sort();
    }
    if app.commit(
        Edit::Put(Entity::Quality(q)),
        fill(app.t(S::DoDismiss), &[&id]),
    ) {
        let msg = if dismissed {
            S::HintRestored
        } else {
            S::HintDismissed
        };
        app.info(fill(app.t(msg), &[&rule.number()]));
    }
}

fn input(app: &mut App, action: Action) {
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
fn paste_lines(app: &mut App, text: &str) {
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

fn confirm_input(app: &mut App) {
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

fn picker(app: &mut App, action: Action) {
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

fn choose(app: &mut App, purpose: PickFor, choice: Choice) {
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
fn segment_edit(
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

fn scene(app: &mut App, action: Action) {
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

/// The row `delta` away from the current one, clamped to the list.
fn moved<T: Copy + PartialEq>(rows: &[T], sel: Option<T>, delta: isize) -> Option<T> {
    if rows.is_empty() {
        return None;
    }
    let at = sel
        .and_then(|s| rows.iter().position(|r| *r == s))
        .unwrap_or(0) as isize;
    let to = (at + delta).clamp(0, rows.len() as isize - 1) as usize;
    Some(rows[to])
}

fn tags_from(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for t in text.split([',', '，', '、', ';', '；']) {
        let t = t.trim();
        if !t.is_empty() && !tags.iter().any(|x| x == t) {
            tags.push(t.to_string());
        }
    }
    tags
}
