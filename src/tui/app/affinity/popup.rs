//! The overlays of the Affinity step: the name form, the move picker, the duplicate and
//! suggestion lists, the trace and the delete question, and what their keys do.

use super::*;

/// Handles an action while one of the step's overlays is open.
pub fn popup(app: &mut App, action: Action) {
    let Mode::Affinity(p) = std::mem::replace(&mut app.mode, Mode::Browse) else {
        return;
    };
    let next = match p {
        Popup::Name(form) => name_form(app, form, action),
        Popup::MoveTo(picker) => move_picker(app, picker, action),
        Popup::Duplicates { pairs, selected } => dup_list(app, pairs, selected, action),
        Popup::Suggestions {
            proposals,
            selected,
        } => suggestion_list(app, proposals, selected, action),
        Popup::ConfirmDelete { node, question } => match action {
            Action::Answer('y') => {
                delete_now(app, node);
                None
            }
            Action::Answer('n') | Action::Cmd(Command::Cancel) => {
                app.info(app.t(S::AffDeleteKept));
                None
            }
            _ => Some(Popup::ConfirmDelete { node, question }),
        },
        Popup::Working(n) => match action {
            Action::Cmd(Command::Cancel) => {
                app.affinity.job = None;
                app.info(app.t(S::AffCancelled));
                None
            }
            _ => Some(Popup::Working(n)),
        },
        Popup::Trace {
            subject,
            lines,
            scroll,
        } => {
            let scroll = match action {
                Action::Cmd(Command::Up) => scroll.saturating_sub(1),
                Action::Cmd(Command::Down) => scroll.saturating_add(1),
                Action::Cmd(Command::PageUp) => scroll.saturating_sub(PAGE as u16),
                Action::Cmd(Command::PageDown) => scroll.saturating_add(PAGE as u16),
                _ => return,
            };
            let scroll = scroll.min(lines.len() as u16);
            Some(Popup::Trace {
                subject,
                lines,
                scroll,
            })
        }
    };
    // An action may have opened something else (a name form from a list); keep that.
    if let Some(p) = next
        && matches!(app.mode, Mode::Browse)
    {
        app.mode = Mode::Affinity(p);
    }
}

pub(super) fn name_form(app: &mut App, mut form: NameForm, action: Action) -> Option<Popup> {
    match action {
        Action::Text(e) => form.field.edit(&e),
        Action::Paste(s) => form.field.insert_str(&s.replace(['\n', '\r'], " ")),
        Action::ApplyFirstHint => {
            match app
                .name_form_hints(&form)
                .into_iter()
                .find_map(|(rule, _, s)| s.map(|s| (rule, s)))
            {
                Some((rule, s)) => {
                    form.field.set(s);
                    app.info(fill(app.t(S::Applied), &[&rule.unwrap_or(0)]));
                }
                None => app.error(app.t(S::NoSuggestion)),
            }
        }
        Action::Cmd(Command::Cancel) => return form.back.map(|b| *b),
        Action::Confirm => return confirm_name(app, form),
        _ => {}
    }
    Some(Popup::Name(form))
}

pub(super) fn confirm_name(app: &mut App, form: NameForm) -> Option<Popup> {
    let text = form.field.value().trim().to_string();
    if text.is_empty() {
        // A card's text is not a name.
        let empty = match form.purpose {
            NameFor::Team(_) | NameFor::EditCard(_) => S::EmptyText,
            _ => S::AffNameEmpty,
        };
        app.info(app.t(empty));
        return form.back.map(|b| *b);
    }
    let p = &app.project;
    let (edit, what, select) = match &form.purpose {
        NameFor::Proposal(i) => {
            let mut back = form.back.map(|b| *b);
            if let Some(Popup::Suggestions { proposals, .. }) = &mut back
                && let Some(pr) = proposals.get_mut(*i)
            {
                pr.name = text;
            }
            return back;
        }
        NameFor::Island(cards) => {
            let cards: Vec<QualityId> = cards
                .iter()
                .copied()
                .filter(|q| p.qualities.contains(*q))
                .collect();
            let id = p.next_group_id();
            (
                arrange::make_island(p, &cards, &text, None),
                fill(app.t(S::DoAffIsland), &[&id, &cards.len()]),
                Some(Node::Group(id)),
            )
        }
        NameFor::Rename(g) => {
            let mut group = p.groups.get(*g).cloned()?;
            group.title = text;
            (
                Edit::Put(Entity::Group(group)),
                fill(app.t(S::DoAffRename), &[g]),
                None,
            )
        }
        NameFor::Nest(groups) => {
            let id = p.next_group_id();
            (
                arrange::nest(p, groups, &text),
                fill(app.t(S::DoAffNest), &[&groups.len(), &id]),
                Some(Node::Group(id)),
            )
        }
        NameFor::Split(g, cards) => {
            let id = p.next_group_id();
            (
                arrange::split_group(p, *g, cards, &text),
                fill(app.t(S::DoAffSplit), &[&cards.len(), &id]),
                Some(Node::Group(id)),
            )
        }
        NameFor::Team(g) => {
            let id = p.next_quality_id();
            (
                arrange::add_team_quality(p, &text, *g),
                fill(app.t(S::DoAffTeam), &[&id]),
                g.map(|_| Node::Quality(id)),
            )
        }
        NameFor::EditCard(q) => {
            let mut quality = p.qualities.get(*q).cloned()?;
            quality.text = text;
            (
                Edit::Put(Entity::Quality(quality)),
                fill(app.t(S::DoEditQuality), &[q]),
                None,
            )
        }
    };
    if let NameFor::Island(cards) = &form.purpose {
        select_remaining_card(app, cards);
    }
    if app.commit(edit, what.clone()) {
        app.affinity.marked.clear();
        app.info(what);
        if let Some(n) = select {
            app.affinity.node_sel = Some(n);
        }
    }
    form.back.map(|b| *b)
}

pub(super) fn list_move(selected: usize, n: usize, action: &Action) -> Option<usize> {
    let last = n.saturating_sub(1);
    Some(match action {
        Action::Cmd(Command::Up) | Action::PrevField => selected.saturating_sub(1),
        Action::Cmd(Command::Down) | Action::NextField => (selected + 1).min(last),
        Action::Cmd(Command::PageUp) => selected.saturating_sub(PAGE),
        Action::Cmd(Command::PageDown) => (selected + PAGE).min(last),
        _ => return None,
    })
}

pub(super) fn move_picker(app: &mut App, mut p: MovePicker, action: Action) -> Option<Popup> {
    let n = app.move_choices(&p).len();
    if let Some(s) = list_move(p.selected, n, &action) {
        p.selected = s;
        return Some(Popup::MoveTo(p));
    }
    match action {
        Action::Text(e) => {
            p.filter.edit(&e);
            p.selected = 0;
        }
        Action::Paste(s) => {
            p.filter.insert_str(&s);
            p.selected = 0;
        }
        Action::Cmd(Command::Cancel) => return None,
        Action::Confirm => {
            if let Some((_, dest)) = app.move_choices(&p).into_iter().nth(p.selected) {
                move_nodes(app, &p.nodes, dest);
            }
            return None;
        }
        _ => {}
    }
    Some(Popup::MoveTo(p))
}

pub(super) fn typed(action: &Action) -> Option<char> {
    match action {
        Action::Text(TextEdit::Insert(c)) | Action::Answer(c) => Some(*c),
        _ => None,
    }
}

pub(super) fn dup_list(
    app: &mut App,
    mut pairs: Vec<(QualityId, QualityId, f64)>,
    mut selected: usize,
    action: Action,
) -> Option<Popup> {
    if let Some(s) = list_move(selected, pairs.len(), &action) {
        return Some(Popup::Duplicates { pairs, selected: s });
    }
    let &(a, b, _) = pairs.get(selected)?;
    let keep = match (&action, typed(&action)) {
        (Action::Confirm, _) => Some((a, b)),
        (_, Some('2')) => Some((b, a)),
        (_, Some('s' | 'x')) => {
            pairs.remove(selected);
            None
        }
        (Action::Cmd(Command::Cancel), _) => return None,
        _ => return Some(Popup::Duplicates { pairs, selected }),
    };
    if let Some((keep, dup)) = keep {
        if app.refuse_read_only() {
            return Some(Popup::Duplicates { pairs, selected });
        }
        let edit = arrange::merge_cards(&app.project, keep, dup)?;
        let what = fill(app.t(S::DoAffMergeCards), &[&dup, &keep]);
        if app.commit(edit, what.clone()) {
            app.info(what);
            pairs.retain(|(x, y, _)| *x != dup && *y != dup);
        }
    }
    if pairs.is_empty() {
        return None;
    }
    selected = selected.min(pairs.len() - 1);
    Some(Popup::Duplicates { pairs, selected })
}

pub(super) fn suggestion_list(
    app: &mut App,
    mut proposals: Vec<Proposal>,
    selected: usize,
    action: Action,
) -> Option<Popup> {
    if let Some(s) = list_move(selected, proposals.len(), &action) {
        return Some(Popup::Suggestions {
            proposals,
            selected: s,
        });
    }
    let c = typed(&action);
    match (&action, c) {
        (Action::Cmd(Command::Cancel), _) => return None,
        (Action::Confirm, _) | (_, Some('a')) => {
            if let Some(pr) = proposals.get(selected).cloned()
                && accept(app, &[pr])
            {
                proposals.remove(selected);
            }
        }
        (_, Some('A')) if accept(app, &proposals) => proposals.clear(),
        (_, Some('x' | 'r')) if selected < proposals.len() => {
            proposals.remove(selected);
        }
        (_, Some('e')) => {
            let name = proposals
                .get(selected)
                .map(|p| p.name.clone())
                .unwrap_or_default();
            return Some(Popup::Name(NameForm {
                purpose: NameFor::Proposal(selected),
                field: TextInput::new(name),
                back: Some(Box::new(Popup::Suggestions {
                    proposals,
                    selected,
                })),
            }));
        }
        _ => {}
    }
    if proposals.is_empty() {
        return None;
    }
    let selected = selected.min(proposals.len() - 1);
    Some(Popup::Suggestions {
        proposals,
        selected,
    })
}

/// Makes islands of accepted proposals, as one undoable step.
pub(super) fn accept(app: &mut App, proposals: &[Proposal]) -> bool {
    if app.refuse_read_only() {
        return false;
    }
    let steps: Vec<Step<'_>> = proposals
        .iter()
        .map(|pr| {
            Box::new(move |p: &Project| {
                if !pr.islands.is_empty() {
                    let tops: Vec<GroupId> = pr
                        .islands
                        .iter()
                        .copied()
                        .filter(|g| p.groups.get(*g).is_some_and(|g| g.parent.is_none()))
                        .collect();
                    return (!tops.is_empty()).then(|| arrange::nest(p, &tops, &pr.name));
                }
                let cards: Vec<QualityId> = pr
                    .cards
                    .iter()
                    .copied()
                    .filter(|q| p.qualities.get(*q).is_some_and(|q| q.group.is_none()))
                    .collect();
                (!cards.is_empty()).then(|| arrange::make_island(p, &cards, &pr.name, None))
            }) as Step<'_>
        })
        .collect();
    let first = app.project.next_group_id();
    let what = match proposals {
        [one] if !one.islands.is_empty() => {
            fill(app.t(S::DoAffNest), &[&one.islands.len(), &first])
        }
        [one] => fill(app.t(S::DoAffIsland), &[&first, &one.cards.len()]),
        _ => fill(app.t(S::DoAffAccept), &[&proposals.len()]),
    };
    let cards: Vec<QualityId> = proposals.iter().flat_map(|p| p.cards.clone()).collect();
    select_remaining_card(app, &cards);
    if commit_steps(app, steps, what.clone()) {
        app.info(what);
        app.affinity.node_sel = Some(Node::Group(first));
        true
    } else {
        false
    }
}
