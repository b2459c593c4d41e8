//! The Affinity step (METHOD.md §4): unplaced cards beside the tree of islands, and everything a
//! facilitator does with them. Every change is one `arrange` edit committed through the app, so
//! it undoes as one step and read-only mode refuses it. The rows shown are built once per change
//! of the project or of the folding, not once per frame.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};

use unicode_width::UnicodeWidthStr;

use crate::method::affinity::{self, SuggestOptions};
use crate::method::arrange;
use crate::method::trace::Trace;
use crate::method::wording;
use crate::model::tree::{Node, Tree, TreeRow};
use crate::model::{Edit, Entity, EntityId, GroupId, Project, QualityId};

use super::{App, Focus, Mode, PAGE, current};
use crate::tui::action::{Action, Command};
use crate::tui::keymap::KeyContext;
use crate::tui::strings::{S, fill};
use crate::tui::widgets::text_input::{TextEdit, TextInput};

/// Cards at least this similar are listed as possible duplicates (step A).
pub const DUPLICATE_SIMILARITY: f64 = 0.6;

/// From this many unplaced cards on, suggestions are worked out off the UI thread.
pub const BACKGROUND_FROM: usize = 400;

/// One visible line of the tree of islands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeLine {
    pub node: Node,
    pub depth: usize,
    pub number: String,
    /// For a group with something in it: whether it is unfolded.
    pub open: Option<bool>,
}

/// What a group holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Cards placed directly in it.
    pub cards: usize,
    /// Islands directly under it.
    pub groups: usize,
    /// Cards anywhere below it.
    pub leaves: usize,
}

/// The rows of the step, derived from the project and the folding.
#[derive(Debug, Clone, Default)]
pub struct Rows {
    pub unplaced: Vec<QualityId>,
    /// The tree without the branches folded away.
    pub tree: Vec<TreeLine>,
    /// The whole tree in pre-order (the deployment table).
    pub all: Vec<TreeRow>,
    /// The deepest level.
    pub levels: usize,
    pub counts: HashMap<GroupId, Counts>,
    /// The widest unplaced card and the widest line of the unfolded tree, in cells, so the
    /// panes can share the width by what they hold.
    pub unplaced_width: usize,
    pub tree_width: usize,
}

impl Rows {
    /// The rows for the folding in `folded`; `filter` (lower case, may be empty) keeps the
    /// unplaced cards whose id or text matches it.
    pub fn build(project: &Project, folded: &HashSet<GroupId>, filter: &str) -> Rows {
        let t = Tree::build(project);
        let mut counts: HashMap<GroupId, Counts> = HashMap::new();
        let mut stack: Vec<GroupId> = Vec::new();
        for r in &t.rows {
            stack.truncate(r.depth);
            match r.node {
                Node::Group(g) => {
                    if let Some(p) = stack.last() {
                        counts.entry(*p).or_default().groups += 1;
                    }
                    counts.entry(g).or_default();
                    stack.push(g);
                }
                Node::Quality(_) => {
                    if let Some(p) = stack.last() {
                        counts.entry(*p).or_default().cards += 1;
                    }
                    for g in &stack {
                        counts.entry(*g).or_default().leaves += 1;
                    }
                }
            }
        }
        let mut tree = Vec::new();
        let mut hidden_below: Option<usize> = None;
        for r in &t.rows {
            if hidden_below.is_some_and(|d| r.depth > d) {
                continue;
            }
            hidden_below = None;
            let open = match r.node {
                Node::Group(g) => {
                    let c = counts.get(&g).copied().unwrap_or_default();
                    let is_folded = folded.contains(&g);
                    if is_folded {
                        hidden_below = Some(r.depth);
                    }
                    (c.cards + c.groups > 0).then_some(!is_folded)
                }
                Node::Quality(_) => None,
            };
            tree.push(TreeLine {
                node: r.node,
                depth: r.depth,
                number: r.numbering(),
                open,
            });
        }
        let levels = t.depth();
        let unplaced: Vec<QualityId> = t
            .unplaced
            .into_iter()
            .filter(|q| {
                filter.is_empty()
                    || project
                        .qualities
                        .get(*q)
                        .is_some_and(|x| super::matches(filter, &q.to_string(), &x.text))
            })
            .collect();
        let unplaced_width = unplaced
            .iter()
            .filter_map(|q| project.qualities.get(*q))
            .map(|q| card_width(q) + 1)
            .max()
            .unwrap_or(0);
        let tree_width = tree
            .iter()
            .map(|l| {
                let text = match l.node {
                    Node::Group(g) => project.groups.get(g).map_or(0, |g| {
                        // The id, the count and a flag or two after the name.
                        g.id.to_string().len() + 1 + g.title.width() + TREE_NOTE
                    }),
                    Node::Quality(q) => project.qualities.get(q).map_or(0, card_width),
                };
                2 + 2 * l.depth + l.number.len() + 1 + text
            })
            .max()
            .unwrap_or(0);
        Rows {
            levels,
            unplaced,
            tree,
            all: t.rows,
            counts,
            unplaced_width,
            tree_width,
        }
    }

    pub fn tree_index(&self, node: Node) -> Option<usize> {
        self.tree.iter().position(|l| l.node == node)
    }
}

/// Room for the note after an island's name (" ×12 !few !name").
const TREE_NOTE: usize = 14;

/// Cells a card takes: id, text and the note of a card the team added.
fn card_width(q: &crate::model::Quality) -> usize {
    let team = if q.origin == crate::model::Origin::Team {
        8
    } else {
        0
    };
    q.id.to_string().len() + 1 + q.text.width() + team
}

/// A suggested island shown to the facilitator: a new island of unplaced cards, or (when
/// `islands` is not empty) a new higher-level island over top-level islands holding `cards`.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub cards: Vec<QualityId>,
    pub islands: Vec<GroupId>,
    pub name: String,
    pub cohesion: f64,
}

/// What a name (or text) being typed is for.
#[derive(Debug, Clone, PartialEq)]
pub enum NameFor {
    /// A new island of these cards.
    Island(Vec<QualityId>),
    Rename(GroupId),
    /// A new higher-level island over these.
    Nest(Vec<GroupId>),
    /// These cards of an island go to a new sibling island.
    Split(GroupId, Vec<QualityId>),
    /// A basic quality the team adds, into this island (step F).
    Team(Option<GroupId>),
    EditCard(QualityId),
    /// The name of a proposal in the suggestion list.
    Proposal(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub struct NameForm {
    pub purpose: NameFor,
    pub field: TextInput,
    /// The overlay to return to afterwards.
    pub back: Option<Box<Popup>>,
}

/// A place a card or island can be moved to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dest {
    /// Unplaced (cards) or the top level (islands).
    Out,
    Group(GroupId),
}

#[derive(Debug, Clone, PartialEq)]
pub struct MovePicker {
    pub nodes: Vec<Node>,
    pub filter: TextInput,
    pub selected: usize,
}

/// One line of the trace overlay.
#[derive(Debug, Clone, PartialEq)]
pub enum TraceLine {
    Heading(S, usize),
    Entry(EntityId, String),
}

/// The overlays of the Affinity step.
#[derive(Debug, Clone, PartialEq)]
pub enum Popup {
    Name(NameForm),
    MoveTo(MovePicker),
    /// Near-duplicate pairs (step A).
    Duplicates {
        pairs: Vec<(QualityId, QualityId, f64)>,
        selected: usize,
    },
    Suggestions {
        proposals: Vec<Proposal>,
        selected: usize,
    },
    /// Suggestions being worked out for this many cards.
    Working(usize),
    Trace {
        subject: EntityId,
        lines: Vec<TraceLine>,
        scroll: u16,
    },
    /// Deleting a card or island that takes something with it: y deletes, n or Esc keeps it.
    ConfirmDelete {
        node: Node,
        question: String,
    },
}

impl Popup {
    pub fn key_context(&self) -> KeyContext {
        match self {
            Popup::Trace { .. } => KeyContext::Help,
            Popup::ConfirmDelete { .. } => KeyContext::Prompt,
            _ => KeyContext::Text,
        }
    }
}

type Cache = Option<(u64, u64, String, Rc<Rows>)>;

/// Suggestions being worked out on another thread, and the flag that tells it to stop.
struct Job {
    rx: mpsc::Receiver<Vec<Proposal>>,
    cancel: Arc<AtomicBool>,
}

impl Drop for Job {
    fn drop(&mut self) {
        // Nobody waits for the result any more.
        self.cancel.store(true, Ordering::Relaxed);
    }
}

/// The state of the Affinity step.
#[derive(Default)]
pub struct AffinityState {
    /// Left: the unplaced cards; right: the tree.
    pub focus: Focus,
    pub card_sel: Option<QualityId>,
    pub node_sel: Option<Node>,
    pub marked: HashSet<Node>,
    pub folded: HashSet<GroupId>,
    /// Showing the deployment table instead of the two panes.
    pub table: bool,
    pub table_sel: usize,
    /// Bumped when the folding changes, so the rows are rebuilt.
    layout: u64,
    rows: RefCell<Cache>,
    job: Option<Job>,
}

impl App {
    /// The rows of the Affinity step, rebuilt only after the project, the folding or the filter
    /// changed.
    pub fn affinity_rows(&self) -> Rc<Rows> {
        let filter = self.filter(super::Step::Affinity).to_lowercase();
        let key = (self.generation, self.affinity.layout);
        if let Some((g, l, f, rows)) = self.affinity.rows.borrow().as_ref()
            && (*g, *l) == key
            && *f == filter
        {
            return rows.clone();
        }
        let rows = Rc::new(Rows::build(&self.project, &self.affinity.folded, &filter));
        *self.affinity.rows.borrow_mut() = Some((key.0, key.1, filter, rows.clone()));
        rows
    }

    /// The selected unplaced card.
    pub fn affinity_card(&self) -> Option<QualityId> {
        current(&self.affinity_rows().unplaced, self.affinity.card_sel)
    }

    /// The selected row of the tree.
    pub fn affinity_node(&self) -> Option<Node> {
        let rows = self.affinity_rows();
        let sel = self
            .affinity
            .node_sel
            .filter(|n| rows.tree_index(*n).is_some());
        sel.or(rows.tree.first().map(|l| l.node))
    }

    /// What the keys act on: the selected card or tree row of the focused pane, or the row of
    /// the deployment table.
    pub fn affinity_subject(&self) -> Option<Node> {
        if self.affinity.table {
            let rows = self.affinity_rows();
            let i = self.affinity.table_sel;
            return rows.all.get(i).map(|r| r.node).or_else(|| {
                rows.unplaced
                    .get(i.checked_sub(rows.all.len())?)
                    .map(|q| Node::Quality(*q))
            });
        }
        match self.affinity.focus {
            Focus::Left => self.affinity_card().map(Node::Quality),
            _ => self.affinity_node(),
        }
    }

    /// The group a row belongs to: itself for a group, its island for a card.
    fn island_of(&self, node: Node) -> Option<GroupId> {
        match node {
            Node::Group(g) => Some(g),
            Node::Quality(q) => self.project.qualities.get(q)?.group,
        }
    }

    /// Marked cards in screen order (unplaced first, then as in the tree).
    pub fn marked_cards(&self) -> Vec<QualityId> {
        let rows = self.affinity_rows();
        let m = &self.affinity.marked;
        let placed = rows.all.iter().filter_map(|r| match r.node {
            Node::Quality(q) => Some(q),
            Node::Group(_) => None,
        });
        rows.unplaced
            .iter()
            .copied()
            .chain(placed)
            .filter(|q| m.contains(&Node::Quality(*q)))
            .collect()
    }

    /// Marked islands in tree order.
    pub fn marked_groups(&self) -> Vec<GroupId> {
        let rows = self.affinity_rows();
        rows.all
            .iter()
            .filter_map(|r| match r.node {
                Node::Group(g) if self.affinity.marked.contains(&r.node) => Some(g),
                _ => None,
            })
            .collect()
    }

    /// Picks up suggestions worked out in the background; true when something changed.
    pub fn tick(&mut self) -> bool {
        let Some(job) = &self.affinity.job else {
            return false;
        };
        match job.rx.try_recv() {
            Ok(proposals) => {
                self.affinity.job = None;
                if matches!(self.mode, Mode::Affinity(Popup::Working(_))) {
                    show_proposals(self, proposals);
                }
                true
            }
            Err(mpsc::TryRecvError::Empty) => false,
            Err(mpsc::TryRecvError::Disconnected) => {
                self.affinity.job = None;
                if matches!(self.mode, Mode::Affinity(Popup::Working(_))) {
                    self.mode = Mode::Browse;
                }
                true
            }
        }
    }

    /// Whether suggestions are being worked out.
    pub fn working(&self) -> bool {
        self.affinity.job.is_some()
    }

    /// Move destinations for the nodes being moved: out (unplaced / top level) and every group
    /// that is not one of them or below one of them, filtered by the typed text.
    pub fn move_choices(&self, p: &MovePicker) -> Vec<(String, Dest)> {
        let rows = self.affinity_rows();
        let f = p.filter.value().trim().to_lowercase();
        let mut out = Vec::new();
        if f.is_empty() {
            out.push((format!("({})", self.t(S::AffOut)), Dest::Out));
        }
        let mut skip_below: Option<usize> = None;
        for r in &rows.all {
            if skip_below.is_some_and(|d| r.depth > d) {
                continue;
            }
            skip_below = None;
            let Node::Group(g) = r.node else { continue };
            if p.nodes.contains(&r.node) {
                skip_below = Some(r.depth);
                continue;
            }
            let Some(group) = self.project.groups.get(g) else {
                continue;
            };
            if !f.is_empty()
                && g.to_string().to_lowercase() != f
                && !group.title.to_lowercase().contains(&f)
            {
                continue;
            }
            out.push((
                format!(
                    "{}{} {} {}",
                    "  ".repeat(r.depth),
                    r.numbering(),
                    g,
                    group.title
                ),
                Dest::Group(g),
            ));
        }
        out
    }

    /// Hints on the text being typed in a name form: the wording rules and, for an island, that
    /// the name must not merely repeat one of its cards or islands. (rule, message, suggestion)
    pub fn name_form_hints(&self, form: &NameForm) -> Vec<(Option<u8>, String, Option<String>)> {
        let text = form.field.value();
        if text.trim().is_empty() {
            return Vec::new();
        }
        let zh = self.lang == crate::tui::strings::Lang::Zh;
        let mut out: Vec<(Option<u8>, String, Option<String>)> = wording::check(text)
            .into_iter()
            .map(|h| {
                let (title, msg) = if zh {
                    (h.rule.title_zh(), h.message_zh)
                } else {
                    (h.rule.title(), h.message)
                };
                (
                    Some(h.rule.number()),
                    format!("{title}: {msg}"),
                    h.suggestion,
                )
            })
            .collect();
        let p = &self.project;
        let card_names = |cards: &[QualityId]| -> Vec<(EntityId, String)> {
            cards
                .iter()
                .filter_map(|q| p.qualities.get(*q))
                .map(|q| (EntityId::Quality(q.id), q.text.clone()))
                .collect()
        };
        let group_names = |groups: &[GroupId]| -> Vec<(EntityId, String)> {
            groups
                .iter()
                .filter_map(|g| p.groups.get(*g))
                .map(|g| (EntityId::Group(g.id), g.title.clone()))
                .collect()
        };
        let names = match &form.purpose {
            NameFor::Island(cards) | NameFor::Split(_, cards) => card_names(cards),
            NameFor::Rename(g) => {
                let mut v = card_names(&arrange::cards_of(p, *g));
                v.extend(group_names(&arrange::children_of(p, Some(*g))));
                v
            }
            NameFor::Nest(groups) => group_names(groups),
            NameFor::Proposal(i) => match form.back.as_deref() {
                Some(Popup::Suggestions { proposals, .. }) => proposals
                    .get(*i)
                    .map(|pr| {
                        if pr.islands.is_empty() {
                            card_names(&pr.cards)
                        } else {
                            group_names(&pr.islands)
                        }
                    })
                    .unwrap_or_default(),
                _ => Vec::new(),
            },
            NameFor::Team(_) | NameFor::EditCard(_) => Vec::new(),
        };
        if let Some(id) = arrange::repeats(text, names.iter().map(|(id, t)| (*id, t.as_str()))) {
            out.push((None, fill(self.t(S::AffRepeats), &[&id]), None));
        }
        out
    }
}

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

fn table_move(app: &mut App, delta: isize) {
    let rows = app.affinity_rows();
    let n = rows.all.len() + rows.unplaced.len();
    if n == 0 {
        return;
    }
    let at = app.affinity.table_sel.min(n - 1) as isize;
    app.affinity.table_sel = (at + delta).clamp(0, n as isize - 1) as usize;
}

fn move_sel(app: &mut App, delta: isize) {
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

fn moved<T: Copy + PartialEq>(rows: &[T], sel: Option<T>, delta: isize) -> Option<T> {
    if rows.is_empty() {
        return None;
    }
    let at = sel
        .and_then(|s| rows.iter().position(|r| *r == s))
        .unwrap_or(0) as isize;
    Some(rows[(at + delta).clamp(0, rows.len() as isize - 1) as usize])
}

fn set_folded(app: &mut App, g: GroupId, fold: bool) {
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
fn left(app: &mut App) {
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
fn right(app: &mut App) {
    if app.affinity.focus == Focus::Left {
        app.affinity.focus = Focus::Right;
        return;
    }
    if let Some(Node::Group(g)) = app.affinity_node() {
        set_folded(app, g, false);
    }
}

fn mark(app: &mut App) {
    let Some(node) = app.affinity_subject() else {
        return;
    };
    if !app.affinity.marked.remove(&node) {
        app.affinity.marked.insert(node);
    }
    move_sel(app, 1);
}

fn open(app: &mut App, purpose: NameFor, text: &str) {
    app.mode = Mode::Affinity(Popup::Name(NameForm {
        purpose,
        field: TextInput::new(text),
        back: None,
    }));
}

fn team_quality(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let group = match app.affinity.focus {
        Focus::Left => None,
        _ => app.affinity_node().and_then(|n| app.island_of(n)),
    };
    open(app, NameFor::Team(group), "");
}

fn edit(app: &mut App) {
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

fn rename(app: &mut App) {
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
fn cards_to_use(app: &App) -> Vec<QualityId> {
    let marked = app.marked_cards();
    if !marked.is_empty() {
        return marked;
    }
    match app.affinity_subject() {
        Some(Node::Quality(q)) => vec![q],
        _ => Vec::new(),
    }
}

fn make_island(app: &mut App) {
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

fn nest(app: &mut App) {
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

fn split(app: &mut App) {
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
type Step<'a> = Box<dyn Fn(&Project) -> Option<Edit> + 'a>;

/// Applies edits built one after another, each seeing the ones before, as one undoable step.
fn commit_steps(app: &mut App, steps: Vec<Step<'_>>, what: String) -> bool {
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
fn select_remaining_card(app: &mut App, leaving: &[QualityId]) {
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

fn reorder(app: &mut App, delta: i32) {
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
fn nodes_to_move(app: &App) -> Vec<Node> {
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

fn move_to(app: &mut App) {
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

fn move_nodes(app: &mut App, nodes: &[Node], dest: Dest) {
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

fn merge(app: &mut App) {
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

fn unplace(app: &mut App) {
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
fn delete(app: &mut App) {
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
        &[&id, &label(app, node), &effects.join("; ")],
    );
    app.mode = Mode::Affinity(Popup::ConfirmDelete { node, question });
}

/// The card's text or the island's name, short enough for a message.
fn label(app: &App, node: Node) -> String {
    let text = match node {
        Node::Group(g) => app.project.groups.get(g).map(|g| g.title.as_str()),
        Node::Quality(q) => app.project.qualities.get(q).map(|q| q.text.as_str()),
    };
    crate::tui::widgets::fit(text.unwrap_or_default(), 28)
}

/// What deleting `node` does to the records that depend on it, one phrase each.
fn delete_effects(app: &App, node: Node) -> Vec<String> {
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

fn delete_now(app: &mut App, node: Node) {
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
        let undo = app
            .keymap
            .keys(Command::Undo)
            .first()
            .map(|k| k.to_string())
            .unwrap_or_default();
        let status = if effects.is_empty() {
            fill(app.t(S::AffDeleted), &[&id, &name, &undo])
        } else {
            fill(
                app.t(S::AffDeletedWith),
                &[&id, &name, &effects.join("; "), &undo],
            )
        };
        app.info(status);
    }
}

fn duplicates(app: &mut App) {
    let project = &app.project;
    let ids: Vec<QualityId> = project.qualities.ids().collect();
    let texts: Vec<&str> = project.qualities.iter().map(|q| q.text.as_str()).collect();
    let pairs: Vec<(QualityId, QualityId, f64)> =
        affinity::near_duplicates(&texts, DUPLICATE_SIMILARITY)
            .into_iter()
            .map(|(a, b, s)| (ids[a], ids[b], s))
            .collect();
    if pairs.is_empty() {
        app.info(app.t(S::AffNoDuplicates));
        return;
    }
    app.mode = Mode::Affinity(Popup::Duplicates { pairs, selected: 0 });
}

/// Suggestions for these cards and texts; none when cancelled.
fn proposals_for(
    cards: &[QualityId],
    texts: &[String],
    cancel: &AtomicBool,
) -> Option<Vec<Proposal>> {
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let s = affinity::suggest_until(&refs, &SuggestOptions::default(), cancel)?;
    Some(
        s.clusters
            .into_iter()
            .map(|i| Proposal {
                cards: i.members.iter().map(|&m| cards[m]).collect(),
                islands: Vec::new(),
                name: i.name,
                cohesion: i.cohesion,
            })
            .collect(),
    )
}

fn text_of(p: &Project, q: QualityId) -> String {
    p.qualities
        .get(q)
        .map(|q| q.text.clone())
        .unwrap_or_default()
}

/// With the tree focused: suggests the next level up, grouping the top-level islands by how
/// close their cards are (step D).
fn suggest_level(app: &mut App) {
    let rows = app.affinity_rows();
    let mut tops: Vec<GroupId> = Vec::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    let mut cards: Vec<QualityId> = Vec::new();
    for r in &rows.all {
        match r.node {
            Node::Group(g) if r.depth == 0 => {
                tops.push(g);
                members.push(Vec::new());
            }
            Node::Quality(q) => {
                if let Some(m) = members.last_mut() {
                    m.push(cards.len());
                    cards.push(q);
                }
            }
            Node::Group(_) => {}
        }
    }
    if tops.len() < 2 {
        app.info(app.t(S::AffNothingToGroup));
        return;
    }
    let texts: Vec<String> = cards.iter().map(|q| text_of(&app.project, *q)).collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let s = affinity::suggest_groups(&refs, &members, &SuggestOptions::default());
    let proposals = s
        .clusters
        .into_iter()
        .map(|i| Proposal {
            cards: i
                .members
                .iter()
                .flat_map(|&m| members[m].iter().map(|&c| cards[c]))
                .collect(),
            islands: i.members.iter().map(|&m| tops[m]).collect(),
            name: i.name,
            cohesion: i.cohesion,
        })
        .collect();
    show_proposals(app, proposals);
}

fn suggest(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    if app.affinity.focus != Focus::Left {
        suggest_level(app);
        return;
    }
    let cards = app.affinity_rows().unplaced.clone();
    if cards.is_empty() {
        app.info(app.t(S::AffNothingUnplaced));
        return;
    }
    let texts: Vec<String> = cards.iter().map(|q| text_of(&app.project, *q)).collect();
    if cards.len() < BACKGROUND_FROM {
        let proposals = proposals_for(&cards, &texts, &AtomicBool::new(false)).unwrap_or_default();
        show_proposals(app, proposals);
        return;
    }
    let (tx, rx) = mpsc::channel();
    let n = cards.len();
    let cancel = Arc::new(AtomicBool::new(false));
    let stop = cancel.clone();
    std::thread::spawn(move || {
        if let Some(p) = proposals_for(&cards, &texts, &stop) {
            let _ = tx.send(p);
        }
    });
    app.affinity.job = Some(Job { rx, cancel });
    app.mode = Mode::Affinity(Popup::Working(n));
}

fn show_proposals(app: &mut App, proposals: Vec<Proposal>) {
    if proposals.is_empty() {
        app.mode = Mode::Browse;
        app.info(app.t(S::AffNoProposals));
        return;
    }
    app.mode = Mode::Affinity(Popup::Suggestions {
        proposals,
        selected: 0,
    });
}

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
    let Some(r) = app.current_remark(super::Step::Remarks) else {
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

fn trace(app: &mut App) {
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

fn name_form(app: &mut App, mut form: NameForm, action: Action) -> Option<Popup> {
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

fn confirm_name(app: &mut App, form: NameForm) -> Option<Popup> {
    let text = form.field.value().trim().to_string();
    if text.is_empty() {
        app.info(app.t(S::AffNameEmpty));
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

fn list_move(selected: usize, n: usize, action: &Action) -> Option<usize> {
    let last = n.saturating_sub(1);
    Some(match action {
        Action::Cmd(Command::Up) | Action::PrevField => selected.saturating_sub(1),
        Action::Cmd(Command::Down) | Action::NextField => (selected + 1).min(last),
        Action::Cmd(Command::PageUp) => selected.saturating_sub(PAGE),
        Action::Cmd(Command::PageDown) => (selected + PAGE).min(last),
        _ => return None,
    })
}

fn move_picker(app: &mut App, mut p: MovePicker, action: Action) -> Option<Popup> {
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

fn typed(action: &Action) -> Option<char> {
    match action {
        Action::Text(TextEdit::Insert(c)) | Action::Answer(c) => Some(*c),
        _ => None,
    }
}

fn dup_list(
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

fn suggestion_list(
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
fn accept(app: &mut App, proposals: &[Proposal]) -> bool {
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

#[cfg(test)]
mod feedback_tests;
#[cfg(test)]
mod tests;
