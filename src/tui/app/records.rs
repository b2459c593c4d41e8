//! Commands that change remarks, items and demanded qualities on their steps: add, edit, delete,
//! links, fields and the wording hints. Each goes through `App::commit` as one undoable edit.

use crate::model::{Edit, Entity, EntityId, ItemId, Kano, Origin, QualityId};

use super::entry::*;
use super::*;
use crate::tui::action::Command;
use crate::tui::hints;
use crate::tui::strings::{S, fill};
use crate::tui::widgets::text_input::TextInput;

pub(super) fn add(app: &mut App) {
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

pub(super) fn edit(app: &mut App) {
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

pub(super) fn delete(app: &mut App) {
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
pub(super) fn remark_tags(app: &mut App) {
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

pub(super) fn remark_field(app: &mut App, cmd: Command) {
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

pub(super) fn link(app: &mut App) {
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

pub(super) fn unlink(app: &mut App) {
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
pub(super) fn quality_link(app: &mut App) {
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
pub(super) fn quality_unlink(app: &mut App) {
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

pub(super) fn quality_field(app: &mut App, cmd: Command) {
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

pub(super) fn apply_hint(app: &mut App) {
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

pub(super) fn dismiss_hint(app: &mut App) {
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
