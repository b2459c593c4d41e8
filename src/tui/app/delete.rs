//! Deleting a record from the Remarks, Items and Qualities steps. A record that others depend on
//! is deleted only after the user has been told what goes with it and said yes; every delete
//! names what was deleted in the status line.

use crate::model::{EntityId, ItemId, QualityId, RemarkId, validate};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::fit;

use super::{App, Mode, Question, Slot, Step, neighbour};

/// What a delete takes along: records that stay but lose their link, and dependent records
/// (survey answers, comparisons, matrix and roof cells) removed with it.
#[derive(Debug, Default, PartialEq)]
pub struct Effects {
    pub unlinked: Vec<EntityId>,
    pub removed: Vec<EntityId>,
}

impl Effects {
    pub fn of(app: &App, id: EntityId) -> Effects {
        let mut e = Effects::default();
        for r in validate::referrers(&app.project, id) {
            match r {
                EntityId::Response(_)
                | EntityId::Judgement(_)
                | EntityId::Relationship(_)
                | EntityId::Correlation(_) => e.removed.push(r),
                _ => e.unlinked.push(r),
            }
        }
        e
    }

    pub fn is_empty(&self) -> bool {
        self.unlinked.is_empty() && self.removed.is_empty()
    }
}

/// The record named for messages: its id and the start of its text.
pub fn label(app: &App, id: EntityId) -> String {
    let text = match id {
        EntityId::Remark(r) => app.project.remarks.get(r).map(|x| x.text.clone()),
        EntityId::Item(i) => app.project.items.get(i).map(|x| x.text.clone()),
        EntityId::Quality(q) => app.project.qualities.get(q).map(|x| x.text.clone()),
        EntityId::Segment(s) => app.project.segments.get(s).map(|x| x.name.clone()),
        EntityId::Respondent(r) => app.project.respondents.get(r).map(|x| x.label.clone()),
        _ => None,
    };
    match text {
        Some(t) => format!("{id} “{}”", fit(&t, 30)),
        None => id.to_string(),
    }
}

/// The question asked before deleting `id`: what it is and what goes with it.
pub fn question(app: &App, id: EntityId) -> String {
    let e = Effects::of(app, id);
    let mut parts = vec![fill(app.t(S::AskDelete), &[&label(app, id)])];
    if !e.unlinked.is_empty() {
        parts.push(fill(app.t(S::DeleteUnlinks), &[&id_list(&e.unlinked)]));
    }
    if !e.removed.is_empty() {
        parts.push(fill(
            app.t(S::DeleteRemoves),
            &[&removed_counts(app, &e.removed)],
        ));
    }
    parts.push(app.t(S::AskDeleteKeys).to_string());
    parts.join(" ")
}

/// Ids listed as "I1, I2, I3", cut after a few so the question stays readable.
fn id_list(ids: &[EntityId]) -> String {
    const SHOWN: usize = 6;
    let mut s: Vec<String> = ids.iter().take(SHOWN).map(|i| i.to_string()).collect();
    if ids.len() > SHOWN {
        s.push(format!("… (+{})", ids.len() - SHOWN));
    }
    s.join(", ")
}

/// "survey answers: 3, relationship cells: 2" — a label and a number, which reads right for
/// any count in both languages.
fn removed_counts(app: &App, removed: &[EntityId]) -> String {
    let kind = |i: &EntityId| match i {
        EntityId::Response(_) => Some(S::KindResponses),
        EntityId::Judgement(_) => Some(S::KindJudgements),
        EntityId::Relationship(_) => Some(S::KindRelationships),
        EntityId::Correlation(_) => Some(S::KindCorrelations),
        _ => None,
    };
    let kinds = [
        S::KindResponses,
        S::KindJudgements,
        S::KindRelationships,
        S::KindCorrelations,
    ];
    kinds
        .iter()
        .filter_map(|s| {
            let n = removed.iter().filter(|i| kind(i) == Some(*s)).count();
            (n > 0).then(|| format!("{}: {n}", app.t(*s)))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Deletes at once when nothing depends on the record, else asks first.
pub fn request(app: &mut App, id: EntityId) {
    if Effects::of(app, id).is_empty() {
        perform(app, id);
    } else {
        app.mode = Mode::Ask(Question::Delete(id));
    }
}

/// Deletes the record (an unlinking delete, one undoable edit) and says what was deleted.
pub fn perform(app: &mut App, id: EntityId) {
    let name = label(app, id);
    // Choose what is selected afterwards before the rows change.
    match id {
        EntityId::Remark(r) => {
            let rows: Vec<RemarkId> = app.remark_rows(app.step).iter().map(|x| x.id).collect();
            app.remark_sel = neighbour(&rows, r);
        }
        EntityId::Item(i) if app.step == Step::Items => {
            let rows: Vec<ItemId> = app
                .current_row()
                .map(|r| app.items_in(r).iter().map(|x| x.id).collect())
                .unwrap_or_default();
            app.item_sel = neighbour(&rows, i);
        }
        EntityId::Item(i) => {
            app.slot_sel = neighbour(&app.slot_rows(), Slot::Item(i));
        }
        EntityId::Quality(q) => {
            let rows: Vec<QualityId> = app
                .current_slot()
                .map(|s| app.qualities_of(s).iter().map(|x| x.id).collect())
                .unwrap_or_default();
            app.quality_sel = neighbour(&rows, q);
        }
        _ => {}
    }
    let edit = app.project.delete(id);
    if app.commit(edit, fill(app.t(S::DoDelete), &[&id])) {
        let undo = app.key_name(crate::tui::action::Command::Undo);
        app.info(fill(app.t(S::Deleted), &[&name, &undo]));
    }
}
