//! The Affinity step's commands in browse mode: moving the selection and folding, marking,
//! and every arrangement of cards and islands (each one edit, undone as one step).

use super::*;

/// Runs the affinity commands of the browse mode; false for commands it leaves to the caller.
pub fn browse(app: &mut App, cmd: Command) -> bool {
    use Command as C;
    if app.affinity.table {
        match cmd {
            C::Up => table_move(app, -1),
            C::Down => table_move(app, 1),
            C::PageUp => table_move(app, -(PAGE as isize)),
            C::PageDown => table_move(app, PAGE as isize),
            C::First => table_move(app, isize::MIN / 2),
            C::Last => table_move(app, isize::MAX / 2),
            C::Table | C::Cancel => app.affinity.table = false,
            C::Trace => trace(app),
            C::Left | C::Right => {}
            c if c.section() == crate::tui::action::Section::Global => return false,
            _ => app.info(app.t(S::AffTableOnly)),
        }
        return true;
    }
    match cmd {
        C::Up => move_sel(app, -1),
        C::Down => move_sel(app, 1),
        C::PageUp => move_sel(app, -(PAGE as isize)),
        C::PageDown => move_sel(app, PAGE as isize),
        C::First => move_sel(app, isize::MIN / 2),
        C::Last => move_sel(app, isize::MAX / 2),
        C::Left => left(app),
        C::Right => right(app),
        // Esc clears the marks first, then the filter.
        C::Cancel => {
            if app.affinity.marked.is_empty() {
                app.filters[3].clear();
            } else {
                app.affinity.marked.clear();
            }
        }
        C::Mark => mark(app),
        C::Add => team_quality(app),
        C::Edit => edit(app),
        C::Delete => delete(app),
        C::MakeIsland => make_island(app),
        C::Rename => rename(app),
        C::Nest => nest(app),
        C::MoveUp => reorder(app, -1),
        C::MoveDown => reorder(app, 1),
        C::MoveTo => move_to(app),
        C::Merge => merge(app),
        C::Split => split(app),
        C::Unplace => unplace(app),
        C::Duplicates => duplicates(app),
        C::Suggest => suggest(app),
        C::Trace => trace(app),
        C::Table => {
            app.affinity.table = true;
            app.affinity.table_sel = 0;
        }
        _ => return false,
    }
    true
}

pub(super) fn table_move(app: &mut App, delta: isize) {
    let rows = app.affinity_rows();
    let n = rows.all.len() + rows.unplaced.len();
    if n == 0 {
        return;
    }
    let at = app.affinity.table_sel.min(n - 1) as isize;
    app.affinity.table_sel = (at + delta).clamp(0, n as isize - 1) as usize;
}

pub(super) fn move_sel(app: &mut App, delta: isize) {
    let rows = app.affinity_rows();
    if app.affinity.focus == Focus::Left {
        let cur = app.affinity_card();
        app.affinity.card_sel = moved(&rows.unplaced, cur, delta);
    } else {
        let nodes: Vec<Node> = rows.tree.iter().map(|l| l.node).collect();
        let cur = app.affinity_node();
        app.affinity.node_sel = moved(&nodes, cur, delta);
    }
}

pub(super) fn moved<T: Copy + PartialEq>(rows: &[T], sel: Option<T>, delta: isize) -> Option<T> {
    if rows.is_empty() {
        return None;
    }
    let at = sel
        .and_then(|s| rows.iter().position(|r| *r == s))
        .unwrap_or(0) as isize;
    Some(rows[(at + delta).clamp(0, rows.len() as isize - 1) as usize])
}

pub(super) fn set_folded(app: &mut App, g: GroupId, fold: bool) {
    let changed = if fold {
        app.affinity.folded.insert(g)
    } else {
        app.affinity.folded.remove(&g)
    };
    if changed {
        app.affinity.layout += 1;
    }
}

/// Left folds an open island, else goes to the island above, else to the unplaced cards.
pub(super) fn left(app: &mut App) {
    if app.affinity.focus == Focus::Left {
        return;
    }
    let rows = app.affinity_rows();
    let Some(node) = app.affinity_node() else {
        app.affinity.focus = Focus::Left;
        return;
    };
    let line = rows.tree_index(node).map(|i| &rows.tree[i]);
    match (node, line.and_then(|l| l.open)) {
        (Node::Group(g), Some(true)) => set_folded(app, g, true),
        _ => {
            let parent = match node {
                Node::Group(g) => app.project.groups.get(g).and_then(|g| g.parent),
                Node::Quality(q) => app.project.qualities.get(q).and_then(|q| q.group),
            };
            match parent {
                Some(p) => app.affinity.node_sel = Some(Node::Group(p)),
                None => app.affinity.focus = Focus::Left,
            }
        }
    }
}

/// Right goes to the tree, or unfolds the selected island.
pub(super) fn right(app: &mut App) {
    if app.affinity.focus == Focus::Left {
        app.affinity.focus = Focus::Right;
        return;
    }
    if let Some(Node::Group(g)) = app.affinity_node() {
        set_folded(app, g, false);
    }
}

pub(super) fn mark(app: &mut App) {
    let Some(node) = app.affinity_subject() else {
        return;
    };
    if !app.affinity.marked.remove(&node) {
        app.affinity.marked.insert(node);
    }
    move_sel(app, 1);
}

pub(super) fn open(app: &mut App, purpose: NameFor, text: &str) {
    app.mode = Mode::Affinity(Popup::Name(NameForm {
        purpose,
        field: TextInput::new(text),
        back: None,
    }));
}

pub(super) fn team_quality(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let group = match app.affinity.focus {
        Focus::Left => None,
        _ => app.affinity_node().and_then(|n| app.island_of(n)),
    };
    open(app, NameFor::Team(group), "");
}

pub(super) fn edit(app: &mut App) {
    match app.affinity_subject() {
        Some(Node::Group(g)) => {
            let folded = app.affinity.folded.contains(&g);
            set_folded(app, g, !folded);
        }
        Some(Node::Quality(q)) => {
            if app.refuse_read_only() {
                return;
            }
            let text = app
                .project
                .qualities
                .get(q)
                .map(|q| q.text.clone())
                .unwrap_or_default();
            open(app, NameFor::EditCard(q), &text);
        }
        None => {}
    }
}

pub(super) fn rename(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let Some(g) = app.affinity_subject().and_then(|n| app.island_of(n)) else {
        app.error(app.t(S::AffNoIsland));
        return;
    };
    let title = app
        .project
        .groups
        .get(g)
        .map(|g| g.title.clone())
        .unwrap_or_default();
    open(app, NameFor::Rename(g), &title);
}

/// The marked cards, else the selected card.
pub(super) fn cards_to_use(app: &App) -> Vec<QualityId> {
    let marked = app.marked_cards();
    if !marked.is_empty() {
        return marked;
    }
    match app.affinity_subject() {
        Some(Node::Quality(q)) => vec![q],
        _ => Vec::new(),
    }
}

pub(super) fn make_island(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let cards = cards_to_use(app);
    if cards.is_empty() {
        app.error(app.t(S::AffNoCards));
        return;
    }
    open(app, NameFor::Island(cards), "");
}

pub(super) fn nest(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let mut groups = app.marked_groups();
    if groups.is_empty()
        && let Some(Node::Group(g)) = app.affinity_subject()
    {
        groups.push(g);
    }
    if groups.is_empty() {
        app.error(app.t(S::AffNoIsland));
        return;
    }
    open(app, NameFor::Nest(groups), "");
}

pub(super) fn split(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let cards: Vec<QualityId> = app
        .marked_cards()
        .into_iter()
        .filter(|q| {
            app.project
                .qualities
                .get(*q)
                .is_some_and(|q| q.group.is_some())
        })
        .collect();
    let groups: HashSet<Option<GroupId>> = cards
        .iter()
        .map(|q| app.project.qualities.get(*q).and_then(|q| q.group))
        .collect();
    match (cards.first(), groups.len()) {
        (Some(first), 1) => {
            let Some(g) = app.project.qualities.get(*first).and_then(|q| q.group) else {
                return;
            };
            open(app, NameFor::Split(g, cards), "");
        }
        (Some(_), _) => app.error(app.t(S::AffSplitOneIsland)),
        (None, _) => app.error(app.t(S::AffSplitNothing)),
    }
}

/// One edit of several, built on the project as the ones before it left it.
pub(super) type Step<'a> = Box<dyn Fn(&Project) -> Option<Edit> + 'a>;

/// Applies edits built one after another, each seeing the ones before, as one undoable step.
pub(super) fn commit_steps(app: &mut App, steps: Vec<Step<'_>>, what: String) -> bool {
    let mut scratch = app.project.clone();
    let mut edits = Vec::new();
    for step in steps {
        let Some(edit) = step(&scratch) else { continue };
        if let Err(e) = scratch.apply(edit.clone()) {
            app.error(fill(app.t(S::Refused), &[&e]));
            return false;
        }
        edits.push(edit);
    }
    if edits.is_empty() {
        return false;
    }
    let ok = app.commit(Edit::Batch(edits), what);
    if ok {
        app.affinity.marked.clear();
    }
    ok
}

/// Keeps the card selection on a card that stays unplaced.
pub(super) fn select_remaining_card(app: &mut App, leaving: &[QualityId]) {
    let rows = app.affinity_rows();
    let Some(cur) = app.affinity_card() else {
        return;
    };
    if !leaving.contains(&cur) {
        return;
    }
    let at = rows.unplaced.iter().position(|q| *q == cur).unwrap_or(0);
    let after = rows.unplaced[at..].iter().find(|q| !leaving.contains(q));
    let before = rows.unplaced[..at]
        .iter()
        .rev()
        .find(|q| !leaving.contains(q));
    app.affinity.card_sel = after.or(before).copied();
}

pub(super) fn reorder(app: &mut App, delta: i32) {
    if app.refuse_read_only() {
        return;
    }
    if app.affinity.focus == Focus::Left {
        app.error(app.t(S::AffReorderTree));
        return;
    }
    let Some(node) = app.affinity_node() else {
        return;
    };
    match arrange::reorder(&app.project, node, delta) {
        Some(edit) => {
            let what = fill(app.t(S::DoAffReorder), &[&node_id(node)]);
            if app.commit(edit, what.clone()) {
                app.info(what);
            }
        }
        None if delta < 0 => app.info(app.t(S::AffAtTop)),
        None => app.info(app.t(S::AffAtBottom)),
    }
}

pub fn node_id(node: Node) -> EntityId {
    match node {
        Node::Group(g) => EntityId::Group(g),
        Node::Quality(q) => EntityId::Quality(q),
    }
}

/// The marked cards and islands, else the selected row.
pub(super) fn nodes_to_move(app: &App) -> Vec<Node> {
    let mut nodes: Vec<Node> = app
        .marked_groups()
        .into_iter()
        .map(Node::Group)
        .chain(app.marked_cards().into_iter().map(Node::Quality))
        .collect();
    if nodes.is_empty() {
        nodes.extend(app.affinity_subject());
    }
    nodes
}

pub(super) fn move_to(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let nodes = nodes_to_move(app);
    if nodes.is_empty() {
        return;
    }
    app.mode = Mode::Affinity(Popup::MoveTo(MovePicker {
        nodes,
        filter: TextInput::default(),
        selected: 0,
    }));
}

pub(super) fn move_nodes(app: &mut App, nodes: &[Node], dest: Dest) {
    let to = match dest {
        Dest::Out => None,
        Dest::Group(g) => Some(g),
    };
    let steps: Vec<Step<'_>> = nodes
        .iter()
        .map(|&n| {
            Box::new(move |p: &Project| match n {
                Node::Quality(q) => arrange::move_card(p, q, to),
                Node::Group(g) => arrange::move_group(p, g, to),
            }) as Step<'_>
        })
        .collect();
    let cards: Vec<QualityId> = nodes
        .iter()
        .filter_map(|n| match n {
            Node::Quality(q) => Some(*q),
            Node::Group(_) => None,
        })
        .collect();
    if to.is_some() {
        select_remaining_card(app, &cards);
    }
    let where_to = match to {
        Some(g) => g.to_string(),
        None => app.t(S::AffOut).to_string(),
    };
    let what = fill(app.t(S::DoAffMove), &[&nodes.len(), &where_to]);
    if commit_steps(app, steps, what.clone()) {
        app.info(what);
        if let (Some(first), Some(_)) = (nodes.first(), to) {
            app.affinity.node_sel = Some(*first);
        }
    }
}

pub(super) fn merge(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let Some(keep) = app.affinity_subject().and_then(|n| app.island_of(n)) else {
        app.error(app.t(S::AffMergeHow));
        return;
    };
    let absorb: Vec<GroupId> = app
        .marked_groups()
        .into_iter()
        .filter(|g| *g != keep)
        .collect();
    if absorb.is_empty() {
        app.error(app.t(S::AffMergeHow));
        return;
    }
    let steps: Vec<Step<'_>> = absorb
        .iter()
        .map(|&a| Box::new(move |p: &Project| Some(arrange::merge_groups(p, keep, a))) as Step<'_>)
        .collect();
    let what = fill(app.t(S::DoAffMerge), &[&absorb.len(), &keep]);
    if commit_steps(app, steps, what.clone()) {
        app.info(what);
        app.affinity.node_sel = Some(Node::Group(keep));
    }
}

pub(super) fn unplace(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let mut cards = app.marked_cards();
    if cards.is_empty()
        && let Some(Node::Quality(q)) = app.affinity_subject()
    {
        cards.push(q);
    }
    cards.retain(|q| {
        app.project
            .qualities
            .get(*q)
            .is_some_and(|q| q.group.is_some())
    });
    if cards.is_empty() {
        app.error(app.t(S::AffNoPlacedCard));
        return;
    }
    let nodes: Vec<Node> = cards.into_iter().map(Node::Quality).collect();
    move_nodes(app, &nodes, Dest::Out);
}

/// `d`: deletes the selected card or island with `Project::delete`, which unlinks what refers to
/// it. When that takes something with it (an island's cards move up, a card's survey answers
/// go), the facilitator is told what and asked first.
pub(super) fn delete(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let Some(node) = app.affinity_subject() else {
        return;
    };
    let effects = delete_effects(app, node);
    if effects.is_empty() {
        delete_now(app, node);
        return;
    }
    let id = node_id(node);
    let question = fill(
        app.t(S::AffAskDelete),
        &[
            &id,
            &label(app, node),
            &effects.join(app.t(S::AffEffectSep)),
        ],
    );
    app.mode = Mode::Affinity(Popup::ConfirmDelete { node, question });
}

/// The card's text or the island's name, short enough for a message.
pub(super) fn label(app: &App, node: Node) -> String {
    let text = match node {
        Node::Group(g) => app.project.groups.get(g).map(|g| g.title.as_str()),
        Node::Quality(q) => app.project.qualities.get(q).map(|q| q.text.as_str()),
    };
    crate::tui::widgets::fit(text.unwrap_or_default(), 28)
}

/// What deleting `node` does to the records that depend on it, one phrase each.
pub(super) fn delete_effects(app: &App, node: Node) -> Vec<String> {
    let p = &app.project;
    let t = |s: S| app.t(s);
    let mut out = Vec::new();
    let referrers = crate::model::validate::referrers(p, node_id(node));
    let count = |is: fn(&EntityId) -> bool| referrers.iter().filter(|e| is(e)).count();
    if let Node::Group(g) = node {
        let parent = p.groups.get(g).and_then(|g| g.parent);
        let cards = arrange::cards_of(p, g).len();
        let islands = arrange::children_of(p, Some(g)).len();
        match parent {
            Some(up) if cards > 0 => out.push(fill(t(S::AffGoCardsTo), &[&cards, &up])),
            None if cards > 0 => out.push(fill(t(S::AffGoCardsOut), &[&cards])),
            _ => {}
        }
        match parent {
            Some(up) if islands > 0 => out.push(fill(t(S::AffGoIslandsTo), &[&islands, &up])),
            None if islands > 0 => out.push(fill(t(S::AffGoIslandsTop), &[&islands])),
            _ => {}
        }
    }
    let answers = count(|e| matches!(e, EntityId::Response(_)));
    let judgements = count(|e| matches!(e, EntityId::Judgement(_)));
    let relationships = count(|e| matches!(e, EntityId::Relationship(_)));
    for (n, s) in [
        (answers, S::AffGoAnswers),
        (judgements, S::AffGoJudgements),
        (relationships, S::AffGoRelationships),
    ] {
        if n > 0 {
            out.push(fill(t(s), &[&n]));
        }
    }
    out
}

pub(super) fn delete_now(app: &mut App, node: Node) {
    let id = node_id(node);
    let effects = delete_effects(app, node);
    let name = label(app, node);
    if let (Focus::Left, Node::Quality(q)) = (app.affinity.focus, node) {
        select_remaining_card(app, &[q]);
    }
    let edit = app.project.delete(id);
    let what = match node {
        Node::Group(_) => fill(app.t(S::DoAffUngroup), &[&id]),
        Node::Quality(_) => fill(app.t(S::DoDelete), &[&id]),
    };
    if app.commit(edit, what) {
        app.affinity.marked.remove(&node);
        let undo = app.key_name(Command::Undo);
        let status = if effects.is_empty() {
            fill(app.t(S::AffDeleted), &[&id, &name, &undo])
        } else {
            fill(
                app.t(S::AffDeletedWith),
                &[&id, &name, &effects.join(app.t(S::AffEffectSep)), &undo],
            )
        };
        app.info(status);
    }
}
