//! The trace overlay: where a card or island sits, what a remark led to, and where it all
//! comes from.

use super::*;

/// The trace of a record: where it sits in the tree (the islands above it), what it led to
/// (for a remark: its items and cards), then everything it comes from.
pub fn trace_lines(project: &Project, subject: EntityId) -> Vec<TraceLine> {
    let trace = Trace::build(project);
    let origins = trace.origins(subject);
    let text = |id: EntityId| {
        match id {
            EntityId::Group(g) => project.groups.get(g).map(|g| g.title.clone()),
            EntityId::Quality(q) => project.qualities.get(q).map(|q| q.text.clone()),
            EntityId::Item(i) => project.items.get(i).map(|i| i.text.clone()),
            EntityId::Remark(r) => project.remarks.get(r).map(|r| r.text.clone()),
            EntityId::Respondent(r) => project.respondents.get(r).map(|r| r.label.clone()),
            _ => None,
        }
        .unwrap_or_default()
    };
    let mut out = Vec::new();
    let above: Vec<EntityId> = trace
        .outcomes(subject)
        .into_iter()
        .filter(|e| matches!(e, EntityId::Group(_)))
        .collect();
    if !above.is_empty() {
        out.push(TraceLine::Heading(S::AffTracePlaced, above.len()));
        out.extend(above.into_iter().map(|id| TraceLine::Entry(id, text(id))));
    }
    // Forward from a remark or an item: what it became.
    let led_to = trace.outcomes(subject);
    for (heading, kind) in [(S::LabelItems, 0), (S::AffTraceCards, 1)] {
        let ids: Vec<EntityId> = led_to
            .iter()
            .copied()
            .filter(|e| match kind {
                0 => matches!(e, EntityId::Item(_)),
                _ => matches!(e, EntityId::Quality(_)),
            })
            .collect();
        if !ids.is_empty() {
            out.push(TraceLine::Heading(heading, ids.len()));
            out.extend(ids.into_iter().map(|id| TraceLine::Entry(id, text(id))));
        }
    }
    type Is = fn(&EntityId) -> bool;
    let kinds: [(S, Is); 5] = [
        (S::AffTraceIslands, |e| matches!(e, EntityId::Group(_))),
        (S::AffTraceCards, |e| matches!(e, EntityId::Quality(_))),
        (S::LabelItems, |e| matches!(e, EntityId::Item(_))),
        (S::LabelRemarks, |e| matches!(e, EntityId::Remark(_))),
        (S::AffTraceRespondents, |e| {
            matches!(e, EntityId::Respondent(_))
        }),
    ];
    for (heading, is) in kinds {
        let mut ids: Vec<EntityId> = origins.iter().copied().filter(is).collect();
        if ids.is_empty() {
            continue;
        }
        ids.sort();
        out.push(TraceLine::Heading(heading, ids.len()));
        out.extend(ids.into_iter().map(|id| TraceLine::Entry(id, text(id))));
    }
    out
}

/// The trace popup for the remark selected on the Remarks step: what it led to, who said it.
pub fn trace_remark(app: &mut App) {
    let Some(r) = app.current_remark(crate::tui::app::Step::Remarks) else {
        return;
    };
    let subject = EntityId::Remark(r);
    let lines = trace_lines(&app.project, subject);
    app.mode = Mode::Affinity(Popup::Trace {
        subject,
        lines,
        scroll: 0,
    });
}

pub(super) fn trace(app: &mut App) {
    let Some(node) = app.affinity_subject() else {
        return;
    };
    let subject = node_id(node);
    let lines = trace_lines(&app.project, subject);
    app.mode = Mode::Affinity(Popup::Trace {
        subject,
        lines,
        scroll: 0,
    });
}
