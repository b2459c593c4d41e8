//! The Planning step (5): the planning matrix edited in place, its charts, the Kano view and the
//! AHP comparisons. State and update logic only; drawing is in `view::planning` and friends.
//!
//! Everything the screens show is derived once per change and cached ([`App::plan`]): the tree,
//! the effective inputs, the matrix, the survey and the AHP priorities. While a cell is being
//! typed the cache is keyed by the typed text too, so the computed columns preview every keystroke
//! without touching the project.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use crate::method::hierarchy::Priorities;
use crate::method::inputs;
use crate::method::kano::Class;
use crate::method::planning::Matrix;
use crate::method::survey::Survey;
use crate::method::targets::{self, Rule as TargetRule};
use crate::model::tree::{Node, Tree};
use crate::model::{
    Competitor, CompetitorId, Edit, Entity, EntityId, GroupId, ImportanceSource, Kano, Planning,
    Project, QualityId, SalesPoint, SatisfactionSource, Scale,
};
use crate::tui::action::{Action, Command, Section};
use crate::tui::keymap::KeyContext;
use crate::tui::strings::{S, fill};
use crate::tui::widgets::text_input::{TextEdit, TextInput};

use super::{App, Mode, PAGE};

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

/// A line of the planning table: a group heading or a leaf quality.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanRow {
    Group {
        id: GroupId,
        depth: usize,
    },
    Quality {
        id: QualityId,
        depth: usize,
    },
    /// The heading above qualities not yet placed in any group.
    Unplaced,
}

/// What the screens of step 5 show, derived from the project (and the cell being typed).
pub struct Derived {
    pub tree: Tree,
    /// Planning values as the matrix uses them (survey or AHP sources applied).
    pub inputs: BTreeMap<QualityId, Planning>,
    pub matrix: Matrix,
    /// Table lines in tree order (headings included) or in weight order (qualities only).
    pub rows: Vec<PlanRow>,
    /// The qualities of `rows`, in the same order.
    pub qualities: Vec<QualityId>,
    pub competitors: Vec<CompetitorId>,
    pub survey: Survey,
    pub priorities: Priorities,
    /// Tree numbering (1.2.3) of every node.
    pub numbers: BTreeMap<Node, String>,
}

impl Derived {
    pub fn compute(project: &Project, by_weight: bool) -> Derived {
        let tree = Tree::build(project);
        let inputs = inputs::effective(project, &tree);
        let matrix = Matrix::compute_with_tree(project, &tree);
        let mut rows = Vec::new();
        if by_weight {
            let mut qs: Vec<(Option<usize>, usize, QualityId)> = matrix
                .rows
                .iter()
                .enumerate()
                .map(|(i, r)| (r.rank, i, r.quality))
                .collect();
            // Ranked rows first, heaviest first; incomplete rows after them in tree order.
            qs.sort_by_key(|&(rank, i, _)| (rank.is_none(), rank, i));
            rows.extend(
                qs.into_iter()
                    .map(|(_, _, id)| PlanRow::Quality { id, depth: 0 }),
            );
        } else {
            for r in &tree.rows {
                rows.push(match r.node {
                    Node::Group(id) => PlanRow::Group { id, depth: r.depth },
                    Node::Quality(id) => PlanRow::Quality { id, depth: r.depth },
                });
            }
            if !tree.unplaced.is_empty() {
                rows.push(PlanRow::Unplaced);
                rows.extend(
                    tree.unplaced
                        .iter()
                        .map(|&id| PlanRow::Quality { id, depth: 1 }),
                );
            }
        }
        let qualities = rows
            .iter()
            .filter_map(|r| match r {
                PlanRow::Quality { id, .. } => Some(*id),
                _ => None,
            })
            .collect();
        let numbers = tree.rows.iter().map(|r| (r.node, r.numbering())).collect();
        Derived {
            inputs,
            matrix,
            rows,
            qualities,
            competitors: project
                .competitors_in_order()
                .iter()
                .map(|c| c.id)
                .collect(),
            survey: Survey::compute(project),
            priorities: Priorities::compute_with_tree(project, &tree),
            numbers,
            tree,
        }
    }

    /// The columns of the table, competitors in table order.
    pub fn columns(&self) -> Vec<Col> {
        let mut cols = vec![Col::Importance, Col::Current];
        cols.extend(self.competitors.iter().map(|c| Col::Competitor(*c)));
        cols.extend([
            Col::Target,
            Col::Ratio,
            Col::SalesPoint,
            Col::Absolute,
            Col::Relative,
            Col::Cumulative,
        ]);
        cols
    }

    /// Sibling sets that can be compared (two or more members), in tree order.
    pub fn ahp_sets(&self) -> Vec<&crate::method::hierarchy::Set> {
        self.priorities
            .sets
            .iter()
            .filter(|s| s.children.len() >= 2)
            .collect()
    }
}

/// The key of the cached derivation: what it was computed from.
type CacheKey = (u64, bool, Option<(QualityId, Col, String)>);

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

impl App {
    /// What the Planning screens show; computed once per change of the project, of the order or
    /// of the cell being typed, never per frame.
    pub fn plan(&self) -> Rc<Derived> {
        let preview = match &self.mode {
            Mode::Plan(PlanMode::Cell {
                quality,
                col,
                field,
                ..
            }) => Some((*quality, *col, field.value().to_string())),
            _ => None,
        };
        let key: CacheKey = (self.generation, self.plan.by_weight, preview);
        if let Some((k, d)) = self.plan.cache.borrow().as_ref()
            && *k == key
        {
            return Rc::clone(d);
        }
        let derived = match &key.2 {
            Some((q, col, text)) => match parse_cell(*col, text, self.project.meta.scale) {
                Ok(v) => {
                    let mut p = self.project.clone();
                    if let Some(x) = p.qualities.get(*q).cloned() {
                        let mut x = x;
                        set_cell(&mut x.planning, *col, v);
                        let _ = p.apply(Edit::Put(Entity::Quality(x)));
                    }
                    Derived::compute(&p, self.plan.by_weight)
                }
                Err(_) => self.cached_committed(),
            },
            None => Derived::compute(&self.project, self.plan.by_weight),
        };
        let d = Rc::new(derived);
        *self.plan.cache.borrow_mut() = Some((key, Rc::clone(&d)));
        d
    }

    /// The derivation of the committed project (used while the typed text is not valid).
    fn cached_committed(&self) -> Derived {
        Derived::compute(&self.project, self.plan.by_weight)
    }

    /// The selected quality among the table's rows (the first when none is selected).
    pub fn plan_quality(&self) -> Option<QualityId> {
        let d = self.plan();
        super::current(&d.qualities, self.plan.sel)
    }

    /// The selected column (clamped to the columns there are).
    pub fn plan_col(&self) -> Col {
        let cols = self.plan().columns();
        cols[self.plan.col.min(cols.len() - 1)]
    }
}

/// A value typed into a cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CellValue {
    Rating(Option<f64>),
    SalesPoint(SalesPoint),
}

/// Reads what was typed into a cell, checking it against the scale. Empty clears a rating.
pub fn parse_cell(col: Col, text: &str, scale: Scale) -> Result<CellValue, String> {
    let t = text.trim();
    if col == Col::SalesPoint {
        return SalesPoint::parse(t).map(CellValue::SalesPoint);
    }
    if t.is_empty() {
        return Ok(CellValue::Rating(None));
    }
    match t.replace(',', ".").parse::<f64>() {
        Ok(v) if scale.contains(v) => Ok(CellValue::Rating(Some(v))),
        _ => Err(t.to_string()),
    }
}

fn set_cell(p: &mut Planning, col: Col, v: CellValue) {
    match (col, v) {
        (Col::Importance, CellValue::Rating(v)) => p.importance = v,
        (Col::Current, CellValue::Rating(v)) => p.current = v,
        (Col::Target, CellValue::Rating(v)) => p.target = v,
        (Col::Competitor(c), CellValue::Rating(v)) => match v {
            Some(v) => {
                p.competitors.insert(c, v);
            }
            None => {
                p.competitors.remove(&c);
            }
        },
        (Col::SalesPoint, CellValue::SalesPoint(s)) => p.sales_point = s,
        _ => {}
    }
}

/// The text a cell starts with when editing begins with Enter.
fn cell_text(p: &Planning, col: Col) -> String {
    let num = |v: Option<f64>| v.map(|v| format!("{v}")).unwrap_or_default();
    match col {
        Col::Importance => num(p.importance),
        Col::Current => num(p.current),
        Col::Competitor(c) => num(p.competitors.get(&c).copied()),
        Col::Target => num(p.target),
        Col::SalesPoint => format!("{}", p.sales_point.factor()),
        _ => String::new(),
    }
}

fn col_label(app: &App, col: Col) -> String {
    match col {
        Col::Importance => app.t(S::ColImportance).to_string(),
        Col::Current => app.t(S::ColCurrent).to_string(),
        Col::Competitor(c) => app
            .project
            .competitors
            .get(c)
            .map_or_else(|| c.to_string(), |x| x.name.clone()),
        Col::Target => app.t(S::ColTarget).to_string(),
        Col::Ratio => app.t(S::ColRatio).to_string(),
        Col::SalesPoint => app.t(S::ColSalesPoint).to_string(),
        Col::Absolute => app.t(S::ColAbsolute).to_string(),
        Col::Relative => app.t(S::ColRelative).to_string(),
        Col::Cumulative => app.t(S::ColCumulative).to_string(),
    }
}

/// Why a cell cannot be typed into, if it cannot.
fn locked(app: &App, col: Col) -> Option<String> {
    let meta = &app.project.meta;
    match col {
        Col::Importance if !meta.importance.is_direct() => Some(fill(
            app.t(S::ImportanceFromSource),
            &[&app.t(source_name(meta.importance))],
        )),
        Col::Current | Col::Competitor(_) if !meta.satisfaction.is_direct() => {
            Some(app.t(S::SatisfactionFromSurvey).to_string())
        }
        Col::Ratio | Col::Absolute | Col::Relative | Col::Cumulative => {
            Some(app.t(S::ComputedColumn).to_string())
        }
        _ => None,
    }
}

pub fn source_name(s: ImportanceSource) -> S {
    match s {
        ImportanceSource::Direct => S::SourceDirect,
        ImportanceSource::Survey => S::SourceSurvey,
        ImportanceSource::Ahp => S::SourceAhp,
    }
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

fn start_edit(app: &mut App, first: Option<char>) {
    if app.refuse_read_only() {
        return;
    }
    let Some(q) = app.plan_quality() else {
        return;
    };
    let col = app.plan_col();
    if let Some(why) = locked(app, col) {
        app.error(why);
        return;
    }
    let text = match first {
        Some(c) => c.to_string(),
        None => app
            .project
            .qualities
            .get(q)
            .map(|x| cell_text(&x.planning, col))
            .unwrap_or_default(),
    };
    app.plan.sel = Some(q);
    app.mode = Mode::Plan(PlanMode::Cell {
        quality: q,
        col,
        field: TextInput::new(text),
        fresh: first.is_none(),
    });
}

/// Stores a cell value as one edit; false (with the reason in the status line) when refused.
fn store_cell(app: &mut App, q: QualityId, col: Col, text: &str) -> bool {
    let scale = app.project.meta.scale;
    let v = match parse_cell(col, text, scale) {
        Ok(v) => v,
        Err(e) => {
            let msg = if col == Col::SalesPoint {
                e
            } else {
                fill(
                    app.t(S::CellOutOfScale),
                    &[&col_label(app, col), &scale.min, &scale.max, &e],
                )
            };
            app.error(msg);
            return false;
        }
    };
    let Some(mut x) = app.project.qualities.get(q).cloned() else {
        return false;
    };
    set_cell(&mut x.planning, col, v);
    let what = fill(app.t(S::DoSetCell), &[&col_label(app, col), &q]);
    app.commit(Edit::Put(Entity::Quality(x)), what)
}

fn clear_cell(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let (Some(q), col) = (app.plan_quality(), app.plan_col()) else {
        return;
    };
    if let Some(why) = locked(app, col) {
        app.error(why);
        return;
    }
    let text = if col == Col::SalesPoint { "1" } else { "" };
    store_cell(app, q, col, text);
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

fn cycle_kano(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let Some(q) = app.plan_quality() else { return };
    let Some(mut x) = app.project.qualities.get(q).cloned() else {
        return;
    };
    let at = Kano::ALL.iter().position(|k| *k == x.kano).unwrap_or(0);
    x.kano = Kano::ALL[(at + 1) % Kano::ALL.len()];
    app.commit(
        Edit::Put(Entity::Quality(x)),
        fill(app.t(S::DoSetKano), &[&q]),
    );
}

/// Why a source would leave every quality without a value, if it would: a switch that blanks
/// every weight is refused with this reason rather than made silently.
fn source_missing(app: &App, source: ImportanceSource) -> Option<S> {
    let d = app.plan();
    let some = |f: &dyn Fn(QualityId) -> bool| app.project.qualities.iter().any(|q| f(q.id));
    match source {
        ImportanceSource::Direct => None,
        ImportanceSource::Survey => (!some(&|q| {
            d.survey
                .mean(q, crate::model::Question::Importance)
                .is_some()
        }))
        .then_some(S::NoSurveyImportance),
        ImportanceSource::Ahp => (!some(&|q| d.priorities.global.contains_key(&Node::Quality(q))))
            .then_some(S::NoAhpPriorities),
    }
}

/// Moves importance on to the next source that gives values (direct, survey, AHP, round again),
/// naming the sources passed over for having none.
fn cycle_source(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let mut meta = app.project.meta.clone();
    let at = ImportanceSource::ALL
        .iter()
        .position(|s| *s == meta.importance)
        .unwrap_or(0);
    let n = ImportanceSource::ALL.len();
    let mut skipped = Vec::new();
    let mut to = None;
    for k in 1..n {
        let s = ImportanceSource::ALL[(at + k) % n];
        match source_missing(app, s) {
            Some(why) => skipped.push(app.t(why)),
            None => {
                to = Some(s);
                break;
            }
        }
    }
    let Some(to) = to else {
        app.error(skipped.join("; "));
        return;
    };
    meta.importance = to;
    let mut msg = fill(app.t(S::SourceNow), &[&app.t(source_name(to))]);
    if !skipped.is_empty() {
        msg.push_str(&fill(app.t(S::SourcesSkipped), &[&skipped.join("; ")]));
    }
    if app.commit(
        Edit::SetMeta(meta),
        app.t(S::DoSetImportanceSource).to_string(),
    ) {
        app.info(msg);
    }
}

fn cycle_satisfaction(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let mut meta = app.project.meta.clone();
    meta.satisfaction = match meta.satisfaction {
        SatisfactionSource::Direct => SatisfactionSource::Survey,
        SatisfactionSource::Survey => SatisfactionSource::Direct,
    };
    // Survey satisfaction with no answers would leave every row without a current value.
    if meta.satisfaction == SatisfactionSource::Survey {
        let d = app.plan();
        let any = app.project.qualities.iter().any(|q| {
            d.survey
                .mean(q.id, crate::model::Question::Satisfaction)
                .is_some()
        });
        if !any {
            app.error(app.t(S::NoSurveySatisfaction));
            return;
        }
    }
    let name = app.t(satisfaction_name(meta.satisfaction));
    let what = app.t(S::DoSetSatisfactionSource).to_string();
    if app.commit(Edit::SetMeta(meta), what) {
        app.info(fill(app.t(S::SatisfactionNow), &[&name]));
    }
}

pub fn satisfaction_name(s: SatisfactionSource) -> S {
    match s {
        SatisfactionSource::Direct => S::SourceDirect,
        SatisfactionSource::Survey => S::SourceSurvey,
    }
}

// ----- the Kano view -----

fn kano_browse(app: &mut App, cmd: Command) -> bool {
    match cmd {
        Command::Up => move_row(app, -1),
        Command::Down => move_row(app, 1),
        Command::PageUp => move_row(app, -(PAGE as isize)),
        Command::PageDown => move_row(app, PAGE as isize),
        Command::First => move_row(app, isize::MIN / 2),
        Command::Last => move_row(app, isize::MAX / 2),
        Command::PlanKanoType => cycle_kano(app),
        Command::Edit => adopt_category(app),
        Command::PlanKanoAdoptAll => adopt_all_categories(app),
        _ => return false,
    }
    true
}

/// Writes every survey Kano category to its quality's type, as one undoable edit.
fn adopt_all_categories(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let (edit, n) = crate::method::survey::adopt_kano_types(&app.project);
    if n == 0 {
        app.info(app.t(S::NoKanoChange));
        return;
    }
    app.commit(edit, fill(app.t(S::DoAdoptKanoAll), &[&n]));
}

/// Writes the survey's Kano category to the selected quality's type.
fn adopt_category(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let Some(q) = app.plan_quality() else { return };
    let class = app.plan().survey.kano.get(&q).and_then(|k| k.category());
    let Some(kano) = class.and_then(Class::kano) else {
        app.error(app.t(S::NoKanoCategory));
        return;
    };
    let Some(mut x) = app.project.qualities.get(q).cloned() else {
        return;
    };
    x.kano = kano;
    app.commit(
        Edit::Put(Entity::Quality(x)),
        fill(app.t(S::DoSetKano), &[&q]),
    );
}

// ----- the AHP view -----

/// The positions of Saaty's scale from "a is 9 times as important" to "b is".
pub const SAATY_STEPS: [f64; 17] = [
    9.0,
    8.0,
    7.0,
    6.0,
    5.0,
    4.0,
    3.0,
    2.0,
    1.0,
    1.0 / 2.0,
    1.0 / 3.0,
    1.0 / 4.0,
    1.0 / 5.0,
    1.0 / 6.0,
    1.0 / 7.0,
    1.0 / 8.0,
    1.0 / 9.0,
];

/// A judgement as people say it: 3, 1/3, 1.
pub fn saaty_text(v: f64) -> String {
    let r = |x: f64| (x * 100.0).round() / 100.0;
    if v >= 1.0 - 1e-9 {
        format!("{}", r(v))
    } else {
        format!("1/{}", r(1.0 / v))
    }
}

/// The step of the scale closest to a value.
pub fn saaty_step(v: f64) -> usize {
    let mut best = 8;
    for (i, s) in SAATY_STEPS.iter().enumerate() {
        if (s.ln() - v.ln()).abs() < (SAATY_STEPS[best].ln() - v.ln()).abs() {
            best = i;
        }
    }
    best
}

/// The pairs of a set, (i, j) with i < j, in row order.
pub fn pairs(n: usize) -> Vec<(usize, usize)> {
    (0..n)
        .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
        .collect()
}

/// The set shown in the AHP view: the chosen one, else the first that can be compared.
pub fn ahp_current(app: &App, d: &Derived) -> Option<usize> {
    let sets = d.ahp_sets();
    if sets.is_empty() {
        return None;
    }
    Some(
        app.plan
            .ahp_set
            .and_then(|p| sets.iter().position(|s| s.parent == p))
            .unwrap_or(0),
    )
}

/// The stored judgement of a pair, as "a is v times as important as b".
pub fn judgement(project: &Project, parent: Option<GroupId>, a: Node, b: Node) -> Option<f64> {
    project.judgement(parent, a, b)
}

fn ahp_browse(app: &mut App, cmd: Command) -> bool {
    let d = app.plan();
    let sets = d.ahp_sets();
    let Some(at) = ahp_current(app, &d) else {
        return false;
    };
    let set = sets[at];
    let n_pairs = set.needed();
    match cmd {
        Command::Up | Command::PageUp | Command::First => {
            let step = match cmd {
                Command::Up => 1,
                Command::PageUp => PAGE,
                _ => usize::MAX,
            };
            app.plan.ahp_pair = app.plan.ahp_pair.min(n_pairs - 1).saturating_sub(step);
        }
        Command::Down | Command::PageDown | Command::Last => {
            let step = match cmd {
                Command::Down => 1,
                Command::PageDown => PAGE,
                _ => n_pairs,
            };
            app.plan.ahp_pair = (app.plan.ahp_pair.saturating_add(step)).min(n_pairs - 1);
        }
        Command::PlanGroupNext | Command::PlanGroupPrev => {
            let k = sets.len();
            let to = if cmd == Command::PlanGroupNext {
                (at + 1) % k
            } else {
                (at + k - 1) % k
            };
            app.plan.ahp_set = Some(sets[to].parent);
            app.plan.ahp_pair = 0;
        }
        Command::Edit => {
            if app.refuse_read_only() {
                return true;
            }
            let (i, j) = pairs(set.children.len())[app.plan.ahp_pair.min(n_pairs - 1)];
            let (a, b) = (set.children[i], set.children[j]);
            let text = judgement(&app.project, set.parent, a, b)
                .map(saaty_text)
                .unwrap_or_default();
            app.plan.ahp_set = Some(set.parent);
            app.mode = Mode::Plan(PlanMode::Judge {
                a,
                b,
                field: TextInput::new(text),
            });
        }
        Command::Left | Command::Right | Command::Delete => {
            if app.refuse_read_only() {
                return true;
            }
            let (i, j) = pairs(set.children.len())[app.plan.ahp_pair.min(n_pairs - 1)];
            let (a, b, parent) = (set.children[i], set.children[j], set.parent);
            let now = judgement(&app.project, parent, a, b);
            let what = fill(app.t(S::DoJudge), &[&a, &b]);
            app.plan.ahp_set = Some(parent);
            let edit = if cmd == Command::Delete {
                let Some(_) = now else { return true };
                Edit::Remove(EntityId::Judgement(crate::model::JudgementKey {
                    parent,
                    low: a.min(b),
                    high: a.max(b),
                }))
            } else {
                // Left leans towards a (more important), right towards b, one step of the
                // scale at a time from where the pair stands (an unjudged pair from "equal").
                let step = now.map_or(8, saaty_step);
                let to = if cmd == Command::Left {
                    step.saturating_sub(1)
                } else {
                    (step + 1).min(SAATY_STEPS.len() - 1)
                };
                match app.project.judge(a, b, SAATY_STEPS[to]) {
                    Ok(e) => e,
                    Err(e) => {
                        app.error(fill(app.t(S::Refused), &[&e]));
                        return true;
                    }
                }
            };
            app.commit(edit, what);
        }
        _ => return false,
    }
    true
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
        PlanMode::ConfirmRemove(c) => match action {
            Action::Answer('y') => {
                let edit = app.project.delete(EntityId::Competitor(c));
                let label = competitor_name(app, c);
                app.commit(edit, fill(app.t(S::DoRemoveCompetitor), &[&label]));
                app.mode = Mode::Plan(PlanMode::Competitors { sel: 0 });
            }
            Action::Answer('n') | Action::Cmd(Command::Cancel) => {
                app.mode = Mode::Plan(PlanMode::Competitors { sel: 0 })
            }
            _ => {}
        },
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
        PlanMode::Judge { a, b, mut field } => match action {
            Action::Text(e) => {
                field.edit(&e);
                app.mode = Mode::Plan(PlanMode::Judge { a, b, field });
            }
            Action::Paste(s) => {
                field.insert_str(&s);
                app.mode = Mode::Plan(PlanMode::Judge { a, b, field });
            }
            Action::Confirm => {
                let edit = crate::method::ahp::parse_value(field.value())
                    .and_then(|v| app.project.judge(a, b, v));
                match edit {
                    Ok(edit) => {
                        let what = fill(app.t(S::DoJudge), &[&a, &b]);
                        if app.commit(edit, what) {
                            app.mode = Mode::Browse;
                        }
                    }
                    Err(e) => app.error(e),
                }
            }
            Action::Cmd(Command::Cancel) => app.mode = Mode::Browse,
            _ => {}
        },
        PlanMode::TargetStep { mut field } => match action {
            Action::Text(e) => {
                field.edit(&e);
                app.mode = Mode::Plan(PlanMode::TargetStep { field });
            }
            Action::Paste(s) => {
                field.insert_str(&s);
                app.mode = Mode::Plan(PlanMode::TargetStep { field });
            }
            Action::Confirm => match field.value().trim().replace(',', ".").parse::<f64>() {
                Ok(n) if n.is_finite() => apply_targets(app, TargetRule::CurrentPlus(n)),
                _ => app.error(fill(app.t(S::NotANumber), &[&field.value()])),
            },
            Action::Cmd(Command::Cancel) => app.mode = Mode::Browse,
            _ => {}
        },
    }
}

fn cell(
    app: &mut App,
    action: Action,
    quality: QualityId,
    col: Col,
    mut field: TextInput,
    fresh: bool,
) {
    let keep = |app: &mut App, field: TextInput| {
        app.mode = Mode::Plan(PlanMode::Cell {
            quality,
            col,
            field,
            fresh: false,
        })
    };
    // Moves after a stored value: (rows, columns, keep typing in the new cell).
    let (rows, cols, again) = match action {
        Action::Text(TextEdit::Left) => (0, -1, false),
        Action::Text(TextEdit::Right) => (0, 1, false),
        // The first key typed into a cell just opened replaces its value, as in a spreadsheet;
        // every later one edits what is there (so 3 . 5 over 3.0 gives 3.5).
        Action::Text(TextEdit::Insert(c)) if fresh => {
            field.set(c.to_string());
            return keep(app, field);
        }
        Action::Paste(s) if fresh => {
            field.set(s);
            return keep(app, field);
        }
        Action::Text(e) => {
            field.edit(&e);
            return keep(app, field);
        }
        Action::Paste(s) => {
            field.insert_str(&s);
            return keep(app, field);
        }
        Action::Cmd(Command::Cancel) => {
            app.mode = Mode::Browse;
            return;
        }
        Action::Confirm => (1, 0, false),
        Action::NextField => (0, 1, true),
        Action::PrevField => (0, -1, true),
        Action::Cmd(Command::Up) => (-1, 0, false),
        Action::Cmd(Command::Down) => (1, 0, false),
        _ => return,
    };
    if !store_cell(app, quality, col, field.value()) {
        return;
    }
    app.mode = Mode::Browse;
    if rows != 0 {
        move_row(app, rows);
    }
    if cols == 0 {
        return;
    }
    let all = app.plan().columns();
    let at = app.plan.col.min(all.len() - 1);
    if !again {
        app.plan.col = at.saturating_add_signed(cols).min(all.len() - 1);
        return;
    }
    // Tab goes to the next cell that can be typed into, on to the next row's first one after
    // the last of a row (Shift-Tab back likewise), so a row is entered without arrows.
    let open: Vec<usize> = (0..all.len())
        .filter(|&i| all[i].is_input() && locked(app, all[i]).is_none())
        .collect();
    let next = if cols > 0 {
        open.iter().find(|&&i| i > at).map(|&i| (0, i))
    } else {
        open.iter().rev().find(|&&i| i < at).map(|&i| (0, i))
    };
    let next = next.or_else(|| {
        let wrap = if cols > 0 { open.first() } else { open.last() };
        wrap.map(|&i| (cols.signum(), i))
    });
    let Some((row_step, to)) = next else { return };
    if row_step != 0 {
        let d = app.plan();
        let here = d.qualities.iter().position(|q| *q == quality);
        let there = here.and_then(|k| k.checked_add_signed(row_step));
        // Past the last (or before the first) row: stay on the stored cell.
        let Some(&q) = there.and_then(|k| d.qualities.get(k)) else {
            return;
        };
        app.plan.sel = Some(q);
    }
    app.plan.col = to;
    start_edit(app, None);
}

fn competitor_name(app: &App, c: CompetitorId) -> String {
    app.project
        .competitors
        .get(c)
        .map_or_else(|| c.to_string(), |x| x.name.clone())
}

fn competitors(app: &mut App, action: Action, sel: usize) {
    let list: Vec<CompetitorId> = app
        .project
        .competitors_in_order()
        .iter()
        .map(|c| c.id)
        .collect();
    let n = list.len();
    let sel = sel.min(n.saturating_sub(1));
    let set = |app: &mut App, sel: usize| app.mode = Mode::Plan(PlanMode::Competitors { sel });
    let Action::Cmd(cmd) = action else { return };
    match cmd {
        Command::Up => set(app, sel.saturating_sub(1)),
        Command::Down => set(app, (sel + 1).min(n.saturating_sub(1))),
        Command::Cancel | Command::PlanCompetitors | Command::Quit => app.mode = Mode::Browse,
        Command::Undo => app.undo(),
        Command::Redo => app.redo(),
        Command::Add | Command::Edit | Command::Delete if app.refuse_read_only() => {}
        Command::Add => {
            app.mode = Mode::Plan(PlanMode::Name {
                competitor: None,
                field: TextInput::default(),
            });
        }
        Command::Edit if n > 0 => {
            let name = competitor_name(app, list[sel]);
            app.mode = Mode::Plan(PlanMode::Name {
                competitor: Some(list[sel]),
                field: TextInput::new(name),
            });
        }
        Command::Delete if n > 0 => {
            app.mode = Mode::Plan(PlanMode::ConfirmRemove(list[sel]));
        }
        Command::PlanMoveUp | Command::PlanMoveDown if n > 1 => {
            let to = if cmd == Command::PlanMoveUp {
                sel.checked_sub(1)
            } else {
                (sel + 1 < n).then_some(sel + 1)
            };
            let Some(to) = to else { return };
            let mut order = list.clone();
            order.swap(sel, to);
            let edits: Vec<Edit> = order
                .iter()
                .enumerate()
                .filter_map(|(pos, id)| {
                    let mut c: Competitor = app.project.competitors.get(*id)?.clone();
                    (c.order != pos as u32).then(|| {
                        c.order = pos as u32;
                        Edit::Put(Entity::Competitor(c))
                    })
                })
                .collect();
            let what = fill(
                app.t(S::DoMoveCompetitor),
                &[&competitor_name(app, list[sel])],
            );
            if app.commit(Edit::Batch(edits), what) {
                set(app, to);
            }
        }
        _ => {}
    }
}

fn name(app: &mut App, action: Action, competitor: Option<CompetitorId>, mut field: TextInput) {
    match action {
        Action::Text(e) => field.edit(&e),
        Action::Paste(s) => field.insert_str(&s),
        Action::Cmd(Command::Cancel) => {
            app.mode = Mode::Plan(PlanMode::Competitors { sel: 0 });
            return;
        }
        Action::Confirm => {
            let text = field.value().trim().to_string();
            if text.is_empty() {
                app.error(app.t(S::EmptyText));
                return;
            }
            if app
                .project
                .competitor_by_name(&text)
                .is_some_and(|c| Some(c.id) != competitor)
            {
                app.error(fill(app.t(S::CompetitorExists), &[&text]));
                return;
            }
            let (c, what) = match competitor.and_then(|c| app.project.competitors.get(c)) {
                Some(c) => {
                    let mut c = c.clone();
                    c.name = text;
                    let what = fill(app.t(S::DoRenameCompetitor), &[&c.id]);
                    (c, what)
                }
                None => {
                    let id = app.project.next_competitor_id();
                    let order = app.project.competitors.iter().map(|c| c.order).max();
                    let what = fill(app.t(S::DoAddCompetitor), &[&text]);
                    let c = Competitor {
                        id,
                        name: text,
                        order: order.unwrap_or(0),
                    };
                    (c, what)
                }
            };
            let id = c.id;
            if app.commit(Edit::Put(Entity::Competitor(c)), what) {
                let sel = app
                    .project
                    .competitors_in_order()
                    .iter()
                    .position(|c| c.id == id)
                    .unwrap_or(0);
                app.mode = Mode::Plan(PlanMode::Competitors { sel });
            }
            return;
        }
        _ => return,
    }
    app.mode = Mode::Plan(PlanMode::Name { competitor, field });
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
