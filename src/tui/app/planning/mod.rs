//! The Planning step (5): the planning matrix edited in place, its charts, the Kano view and the
//! AHP comparisons. State and update logic only; drawing is in `view::planning` and friends.
//!
//! Everything the screens show is derived once per change and cached ([`App::plan`]): the tree,
//! the effective inputs, the matrix, the survey and the AHP priorities. While a cell is being
//! typed the cache is keyed by the typed text too, so the computed columns preview every keystroke
//! without touching the project.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use crate::method::targets::{self, Rule as TargetRule};
use crate::model::tree::Node;
use crate::model::{CompetitorId, Edit, Entity, GroupId, QualityId, SalesPoint};
use crate::tui::action::{Action, Command, Section};
use crate::tui::keymap::KeyContext;
use crate::tui::strings::{S, fill};
use crate::tui::widgets::text_input::{TextEdit, TextInput};

use super::{App, Mode, PAGE};

mod ahp;
mod cell;
mod competitors;
mod derived;
mod kano;
mod sources;

use ahp::ahp_browse;
pub use ahp::{SAATY_STEPS, ahp_current, judgement, pairs, saaty_step, saaty_text};
pub use cell::parse_cell;
use cell::{cell, clear_cell, start_edit};
use competitors::{competitors, name};
use derived::CacheKey;
pub use derived::{Derived, PlanRow};
use kano::{cycle_kano, kano_browse};
use sources::{cycle_satisfaction, cycle_source};
pub use sources::{satisfaction_name, source_name};

/// The views of the Planning step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PlanView {
    #[default]
    Table,
    Pareto,
    Benchmark,
    Kano,
    Ahp,
}

impl PlanView {
    pub const ALL: [PlanView; 5] = [
        PlanView::Table,
        PlanView::Pareto,
        PlanView::Benchmark,
        PlanView::Kano,
        PlanView::Ahp,
    ];

    pub fn title(self) -> S {
        match self {
            PlanView::Table => S::PlanViewTable,
            PlanView::Pareto => S::PlanViewPareto,
            PlanView::Benchmark => S::PlanViewBenchmark,
            PlanView::Kano => S::PlanViewKano,
            PlanView::Ahp => S::PlanViewAhp,
        }
    }
}

/// A column of the planning table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    Importance,
    Current,
    Competitor(CompetitorId),
    Target,
    Ratio,
    SalesPoint,
    Absolute,
    Relative,
    Cumulative,
}

impl Col {
    /// Columns the team types into (computed ones are not).
    pub fn is_input(self) -> bool {
        matches!(
            self,
            Col::Importance | Col::Current | Col::Competitor(_) | Col::Target | Col::SalesPoint
        )
    }

    pub fn is_rating(self) -> bool {
        matches!(
            self,
            Col::Importance | Col::Current | Col::Competitor(_) | Col::Target
        )
    }
}

/// State of the Planning step.
#[derive(Default)]
pub struct PlanState {
    pub view: PlanView,
    /// Weight order instead of tree order.
    pub by_weight: bool,
    pub sel: Option<QualityId>,
    /// Index into `Derived::columns`.
    pub col: usize,
    pub marked: BTreeSet<QualityId>,
    /// The AHP sibling set shown (by parent; `Some(None)` is the top level).
    pub ahp_set: Option<Option<GroupId>>,
    /// Index of the selected pair of that set.
    pub ahp_pair: usize,
    cache: RefCell<Option<(CacheKey, Rc<Derived>)>>,
}

/// The overlays and entry states of the Planning step.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanMode {
    /// Typing into a cell of the table.
    Cell {
        quality: QualityId,
        col: Col,
        field: TextInput,
        /// Just opened: the first key typed replaces the value instead of editing it.
        fresh: bool,
    },
    /// The list of competitors.
    Competitors { sel: usize },
    /// Naming a new competitor (none) or renaming one.
    Name {
        competitor: Option<CompetitorId>,
        field: TextInput,
    },
    /// Asking before a competitor and its ratings are removed.
    ConfirmRemove(CompetitorId),
    /// Choosing a target helper.
    Targets,
    /// Typing the n of "current + n".
    TargetStep { field: TextInput },
    /// Typing a judgement: how many times `a` is as important as `b`.
    Judge { a: Node, b: Node, field: TextInput },
}

const LIST_KEYS: &[Section] = &[
    Section::Global,
    Section::Move,
    Section::Edit,
    Section::Planning,
];

/// The sections whose keys work while browsing the Planning step.
pub const SECTIONS: &[Section] = LIST_KEYS;

pub fn key_context(mode: &PlanMode) -> KeyContext {
    match mode {
        PlanMode::Cell { .. }
        | PlanMode::Name { .. }
        | PlanMode::TargetStep { .. }
        | PlanMode::Judge { .. } => KeyContext::Text,
        PlanMode::Competitors { .. } => KeyContext::Browse(LIST_KEYS),
        PlanMode::ConfirmRemove(_) | PlanMode::Targets => KeyContext::Prompt,
    }
}

/// The key context while browsing. Digits change step here as on every screen (a digit that
/// typed into a cell instead would change a value when a user only meant to move on); Enter or
/// `e` opens the cell, and the first digit typed then replaces its value.
pub fn browse_context(_app: &App) -> KeyContext {
    KeyContext::Browse(SECTIONS)
}

// ----- browsing -----

/// Handles an action while browsing the Planning step; false leaves it to the common keys
/// (undo, save, steps, help, quit).
pub fn browse(app: &mut App, action: &Action) -> bool {
    let cmd = match action {
        Action::Text(TextEdit::Insert(c)) if app.plan.view == PlanView::Table => {
            start_edit(app, Some(*c));
            return true;
        }
        Action::Cmd(c) => *c,
        _ => return false,
    };
    // Keys of every view.
    match cmd {
        Command::PlanNextView => {
            let at = PlanView::ALL
                .iter()
                .position(|v| *v == app.plan.view)
                .unwrap_or(0);
            app.plan.view = PlanView::ALL[(at + 1) % PlanView::ALL.len()];
            return true;
        }
        Command::PlanCharts => {
            app.plan.view = if app.plan.view == PlanView::Pareto {
                PlanView::Benchmark
            } else {
                PlanView::Pareto
            };
            return true;
        }
        Command::PlanKanoView => {
            app.plan.view = PlanView::Kano;
            return true;
        }
        Command::PlanAhpView => {
            app.plan.view = PlanView::Ahp;
            return true;
        }
        Command::PlanSort => {
            app.plan.by_weight = !app.plan.by_weight;
            let s = if app.plan.by_weight {
                S::SortedByWeight
            } else {
                S::SortedByTree
            };
            app.info(app.t(s));
            return true;
        }
        Command::PlanSource => {
            cycle_source(app);
            return true;
        }
        Command::PlanSatisfactionSource => {
            cycle_satisfaction(app);
            return true;
        }
        Command::PlanCompetitors => {
            app.mode = Mode::Plan(PlanMode::Competitors { sel: 0 });
            return true;
        }
        Command::Cancel if app.plan.view != PlanView::Table => {
            app.plan.view = PlanView::Table;
            return true;
        }
        _ => {}
    }
    match app.plan.view {
        PlanView::Ahp => ahp_browse(app, cmd),
        PlanView::Kano => kano_browse(app, cmd),
        PlanView::Table => table_browse(app, cmd),
        // The charts only follow the selected row.
        PlanView::Pareto | PlanView::Benchmark => match cmd {
            Command::Up => {
                move_row(app, -1);
                true
            }
            Command::Down => {
                move_row(app, 1);
                true
            }
            Command::PageUp => {
                move_row(app, -(PAGE as isize));
                true
            }
            Command::PageDown => {
                move_row(app, PAGE as isize);
                true
            }
            _ => false,
        },
    }
}

fn move_row(app: &mut App, delta: isize) {
    let d = app.plan();
    let cur = super::current(&d.qualities, app.plan.sel);
    app.plan.sel = moved(&d.qualities, cur, delta);
}

/// The row `delta` away from the current one, clamped to the list.
fn moved<T: Copy + PartialEq>(rows: &[T], sel: Option<T>, delta: isize) -> Option<T> {
    let last = rows.len().checked_sub(1)? as isize;
    let at = sel
        .and_then(|s| rows.iter().position(|r| *r == s))
        .unwrap_or(0) as isize;
    Some(rows[(at.saturating_add(delta)).clamp(0, last) as usize])
}

fn table_browse(app: &mut App, cmd: Command) -> bool {
    let ncols = app.plan().columns().len();
    match cmd {
        Command::Up => move_row(app, -1),
        Command::Down => move_row(app, 1),
        Command::PageUp => move_row(app, -(PAGE as isize)),
        Command::PageDown => move_row(app, PAGE as isize),
        Command::First => move_row(app, isize::MIN / 2),
        Command::Last => move_row(app, isize::MAX / 2),
        Command::Left => app.plan.col = app.plan.col.min(ncols - 1).saturating_sub(1),
        Command::Right => app.plan.col = (app.plan.col + 1).min(ncols - 1),
        Command::Edit => start_edit(app, None),
        Command::Delete => clear_cell(app),
        Command::Add => {
            if !app.refuse_read_only() {
                app.mode = Mode::Plan(PlanMode::Name {
                    competitor: None,
                    field: TextInput::default(),
                });
            }
        }
        Command::PlanMark => {
            if let Some(q) = app.plan_quality() {
                if !app.plan.marked.remove(&q) {
                    app.plan.marked.insert(q);
                }
                move_row(app, 1);
            }
        }
        Command::Cancel => {
            app.plan.marked.clear();
        }
        Command::PlanSalesPoint => cycle_sales_point(app),
        Command::PlanTargets => {
            if !app.refuse_read_only() && app.plan_quality().is_some() {
                app.mode = Mode::Plan(PlanMode::Targets);
            }
        }
        Command::PlanKanoType => cycle_kano(app),
        _ => return false,
    }
    true
}

fn cycle_sales_point(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let Some(q) = app.plan_quality() else { return };
    let Some(mut x) = app.project.qualities.get(q).cloned() else {
        return;
    };
    x.planning.sales_point = match x.planning.sales_point {
        SalesPoint::None => SalesPoint::Moderate,
        SalesPoint::Moderate => SalesPoint::Strong,
        SalesPoint::Strong | SalesPoint::Custom(_) => SalesPoint::None,
    };
    let what = fill(app.t(S::DoSetCell), &[&app.t(S::ColSalesPoint), &q]);
    app.commit(Edit::Put(Entity::Quality(x)), what);
}

// ----- overlays -----

/// Handles an action while an overlay or entry of the Planning step is open.
pub fn modal(app: &mut App, action: Action) {
    let Mode::Plan(mode) = &app.mode else { return };
    match mode.clone() {
        PlanMode::Cell {
            quality,
            col,
            field,
            fresh,
        } => cell(app, action, quality, col, field, fresh),
        PlanMode::Competitors { sel } => competitors(app, action, sel),
        PlanMode::Name { competitor, field } => name(app, action, competitor, field),
        PlanMode::ConfirmRemove(c) => competitors::confirm_remove(app, action, c),
        PlanMode::Targets => match action {
            Action::Answer('b') => apply_targets(app, TargetRule::BestCompetitor),
            Action::Answer('m') => apply_targets(app, TargetRule::ScaleMax),
            Action::Answer('+' | 'c' | 'n') => {
                app.mode = Mode::Plan(PlanMode::TargetStep {
                    field: TextInput::new("1"),
                })
            }
            Action::Cmd(Command::Cancel) => app.mode = Mode::Browse,
            _ => {}
        },
        PlanMode::Judge { a, b, field } => ahp::judge(app, action, a, b, field),
        PlanMode::TargetStep { mut field } => match action {
            Action::Text(e) => {
                field.edit(&e);
                app.mode = Mode::Plan(PlanMode::TargetStep { field });
            }
            Action::Paste(s) => {
                field.insert_str(&s);
                app.mode = Mode::Plan(PlanMode::TargetStep { field });
            }
            Action::Confirm => match crate::model::number::parse_number(field.value()) {
                Ok(n) if n.is_finite() => apply_targets(app, TargetRule::CurrentPlus(n)),
                _ => app.error(fill(app.t(S::NotANumber), &[&field.value()])),
            },
            Action::Cmd(Command::Cancel) => app.mode = Mode::Browse,
            _ => {}
        },
    }
}

/// Sets the targets of the marked rows (or the selected one) by a helper, as one edit.
fn apply_targets(app: &mut App, rule: TargetRule) {
    app.mode = Mode::Browse;
    let rows: Vec<QualityId> = if app.plan.marked.is_empty() {
        app.plan_quality().into_iter().collect()
    } else {
        let d = app.plan();
        d.qualities
            .iter()
            .copied()
            .filter(|q| app.plan.marked.contains(q))
            .collect()
    };
    // An empty list would mean every quality to the core: never ask for that by accident.
    if rows.is_empty() {
        return;
    }
    let (edit, skipped) = targets::edit(&app.project, &rows, rule);
    let n = match &edit {
        Edit::Batch(v) => v.len(),
        _ => 1,
    };
    if n > 0 {
        let what = fill(app.t(S::DoSetTargets), &[&n]);
        if !app.commit(edit, what) {
            return;
        }
    }
    let mut msg = fill(app.t(S::TargetsSet), &[&n]);
    if !skipped.is_empty() {
        let names: Vec<String> = skipped.iter().map(|q| q.to_string()).collect();
        msg.push_str(&fill(app.t(S::TargetsSkipped), &[&names.join(", ")]));
    }
    app.info(msg);
}
