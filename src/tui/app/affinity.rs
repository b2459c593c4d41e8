//! The Affinity step (METHOD.md §4): unplaced cards beside the tree of islands, and everything a
//! facilitator does with them. Every change is one `arrange` edit committed through the app, so
//! it undoes as one step and read-only mode refuses it. The rows shown are built once per change
//! of the project or of the folding, not once per frame.
//!
//! This file holds the step's state, its rows and overlays as data; `commands` what the keys do
//! in browse mode, `popup` the overlays' keys, `suggest` duplicates and suggested islands, and
//! `trace` the trace overlay.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};

use unicode_width::UnicodeWidthStr;

use crate::method::affinity::{self, SuggestOptions};
use crate::method::arrange;
use crate::method::trace::Trace;
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
    /// The name is a card shortened, for the team to reword.
    pub draft: bool,
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
        let mut out: Vec<(Option<u8>, String, Option<String>)> = crate::tui::hints::check(text)
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

mod commands;
mod popup;
mod suggest;
mod trace;

use commands::*;
use suggest::*;
use trace::*;

pub use commands::{browse, node_id};
pub use popup::popup;
pub use trace::{trace_lines, trace_remark};

#[cfg(test)]
mod feedback_tests;
#[cfg(test)]
mod sample_tests;
#[cfg(test)]
mod suggestion_tests;
#[cfg(test)]
mod tests;
