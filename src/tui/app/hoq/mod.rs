//! The House of Quality step (6): demanded qualities down the side with their weights,
//! quality characteristics across the top, a relationship symbol in each cell and the technical
//! importance underneath. Other views of the same house: the technical benchmark (`bench`), the
//! roof of correlations (`roof`) and the audit flags. Every change is one edit through
//! `App::commit`; entries and their checks are in `entry`.

mod bench;
mod entry;
mod roof;

pub use bench::{BenchField, fields as bench_fields};
pub use entry::{label, modal};
pub use roof::{next_roof, pairs};

use std::cell::RefCell;
use std::rc::Rc;

use crate::method::hoq::House;
use crate::method::hoq_audit::{Audit, audit};
use crate::method::planning::Matrix;
use crate::model::tree::Tree;
use crate::model::{
    CharacteristicId, CompetitorId, Direction, Edit, Entity, EntityId, QualityId, RelationScale,
    Relationship, RelationshipKey, Strength,
};
use crate::tui::action::{Command, Section};
use crate::tui::keymap::KeyContext;
use crate::tui::strings::{S, fill};
use crate::tui::widgets::text_input::TextInput;

use super::{App, Mode, PAGE};

pub const SECTIONS: &[Section] = &[Section::Global, Section::Move, Section::Edit, Section::Hoq];

/// What a text entry of this step sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoqField {
    /// The name of a new characteristic (none) or of an existing one.
    Name(Option<CharacteristicId>),
    Unit(CharacteristicId),
    Target(CharacteristicId),
    /// Our product's measured value.
    Ours(CharacteristicId),
    Competitor(CharacteristicId, CompetitorId),
    Difficulty(CharacteristicId),
    /// The name of a new characteristic that shows this quality is met.
    Derive(QualityId),
}

/// Which face of the house the step shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HoqView {
    /// The relationship matrix with the technical importance underneath.
    #[default]
    Matrix,
    /// Measured values of us and the competitors, target and difficulty, with a chart per row.
    Benchmark,
    /// Correlations between characteristics and the conflicts among them.
    Roof,
    /// What the audit flags.
    Audit,
}

impl HoqView {
    fn next(self) -> HoqView {
        match self {
            HoqView::Matrix => HoqView::Benchmark,
            HoqView::Benchmark => HoqView::Roof,
            HoqView::Roof => HoqView::Audit,
            HoqView::Audit => HoqView::Matrix,
        }
    }
}

/// The entry states of the House of Quality step.
#[derive(Debug, Clone, PartialEq)]
pub enum HoqMode {
    Entry {
        what: HoqField,
        field: TextInput,
    },
    /// Asking before a characteristic and its cells are deleted.
    ConfirmDelete(CharacteristicId),
}

pub fn key_context(mode: &HoqMode) -> KeyContext {
    match mode {
        HoqMode::Entry { .. } => KeyContext::Text,
        HoqMode::ConfirmDelete(_) => KeyContext::Prompt,
    }
}

/// The cursor and the derived table of the step.
#[derive(Debug, Default)]
pub struct HoqState {
    /// Index into the rows (demanded qualities).
    pub row: usize,
    /// Index into the columns (characteristics).
    pub col: usize,
    pub view: HoqView,
    /// Index into the benchmark fields.
    pub field: usize,
    /// Index into the pairs of characteristics (the roof).
    pub pair: usize,
    /// Whether the roof was last drawn as a triangle (rather than a list): the arrows then
    /// move over the triangle as it looks. Set by the view, which alone knows the room.
    pub roof_triangle: std::cell::Cell<bool>,
    /// Index into the qualities the audit finds without a strong relationship.
    pub flag: usize,
    cache: RefCell<Option<(u64, Rc<HoqDerived>)>>,
}

/// What the screen shows, computed once per change of the project.
#[derive(Debug, Clone, PartialEq)]
pub struct HoqDerived {
    /// Leaf qualities in tree order with their relative weight (%), if complete.
    pub rows: Vec<(QualityId, Option<f64>)>,
    /// The characteristics in display order, with technical importance, share and rank.
    pub house: House,
    pub audit: Audit,
}

impl HoqDerived {
    pub fn compute(project: &crate::model::Project) -> HoqDerived {
        let tree = Tree::build(project);
        let matrix = Matrix::compute_with_tree(project, &tree);
        let rows: Vec<(QualityId, Option<f64>)> = tree
            .qualities_in_order()
            .into_iter()
            .map(|q| (q, matrix.row(q).and_then(|r| r.relative)))
            .collect();
        let house = House::compute(project, &matrix);
        let ids: Vec<QualityId> = rows.iter().map(|r| r.0).collect();
        let cols: Vec<CharacteristicId> = house.columns.iter().map(|c| c.characteristic).collect();
        HoqDerived {
            audit: audit(project, &ids, &cols),
            rows,
            house,
        }
    }

    pub fn columns(&self) -> Vec<CharacteristicId> {
        self.house
            .columns
            .iter()
            .map(|c| c.characteristic)
            .collect()
    }
}

impl App {
    pub fn hoq(&self) -> Rc<HoqDerived> {
        if let Some((g, d)) = self.hoq.cache.borrow().as_ref()
            && *g == self.generation
        {
            return Rc::clone(d);
        }
        let d = Rc::new(HoqDerived::compute(&self.project));
        *self.hoq.cache.borrow_mut() = Some((self.generation, Rc::clone(&d)));
        d
    }

    /// The selected row and column, clamped to what there is.
    pub fn hoq_cursor(&self) -> (Option<usize>, Option<usize>) {
        let d = self.hoq();
        let row = (!d.rows.is_empty()).then(|| self.hoq.row.min(d.rows.len() - 1));
        let n = d.house.columns.len();
        let col = (n > 0).then(|| self.hoq.col.min(n - 1));
        (row, col)
    }

    pub fn hoq_characteristic(&self) -> Option<CharacteristicId> {
        let (_, col) = self.hoq_cursor();
        col.map(|j| self.hoq().house.columns[j].characteristic)
    }

    pub fn hoq_quality(&self) -> Option<QualityId> {
        let (row, _) = self.hoq_cursor();
        row.map(|i| self.hoq().rows[i].0)
    }
}

/// The next strength when cycling a cell: blank → △ → ○ → ◎ → blank.
pub fn next_strength(s: Option<Strength>) -> Option<Strength> {
    match s {
        None => Some(Strength::Weak),
        Some(Strength::Weak) => Some(Strength::Medium),
        Some(Strength::Medium) => Some(Strength::Strong),
        Some(Strength::Strong) => None,
    }
}

/// Says there is no characteristic yet, with the key that adds one.
pub(crate) fn no_columns(app: &mut App) {
    let key = app
        .keymap
        .keys(Command::Add)
        .first()
        .map(|k| k.to_string())
        .unwrap_or_default();
    app.info(fill(app.t(S::HoqNoCharacteristics), &[&key]));
}

pub(crate) fn name_of(app: &App, c: CharacteristicId) -> String {
    app.project
        .characteristics
        .get(c)
        .map_or_else(|| c.to_string(), |x| format!("{} {}", x.id, x.name))
}

/// Handles a command while browsing the step; false leaves it to the common keys.
pub fn browse(app: &mut App, cmd: Command) -> bool {
    let handled = match app.hoq.view {
        HoqView::Matrix => false,
        HoqView::Audit => audit_browse(app, cmd),
        HoqView::Benchmark => bench::browse(app, cmd),
        HoqView::Roof => roof::browse(app, cmd),
    };
    if handled {
        return true;
    }
    let d = app.hoq();
    let (rows, cols) = (d.rows.len(), d.house.columns.len());
    drop(d);
    match cmd {
        Command::Up => app.hoq.row = step(app.hoq.row, -1, rows),
        Command::Down => app.hoq.row = step(app.hoq.row, 1, rows),
        Command::PageUp => app.hoq.row = step(app.hoq.row, -(PAGE as isize), rows),
        Command::PageDown => app.hoq.row = step(app.hoq.row, PAGE as isize, rows),
        Command::First => app.hoq.col = 0,
        Command::Last => app.hoq.col = cols.saturating_sub(1),
        Command::Left => app.hoq.col = step(app.hoq.col, -1, cols),
        Command::Right => app.hoq.col = step(app.hoq.col, 1, cols),
        Command::HoqCycle => cycle(app),
        Command::HoqClear => clear_cell(app),
        Command::HoqView => app.hoq.view = app.hoq.view.next(),
        Command::Cancel if app.hoq.view != HoqView::Matrix => app.hoq.view = HoqView::Matrix,
        Command::HoqDerive => match app.hoq_quality() {
            Some(q) => entry::open_with(app, HoqField::Derive(q), String::new()),
            None => app.info(app.t(S::HoqEmptyRows)),
        },
        Command::Add => entry::open(app, |_| Some((HoqField::Name(None), String::new()))),
        Command::Edit => entry::open(app, |c| {
            let c = c?;
            Some((HoqField::Name(Some(c.id)), c.name.clone()))
        }),
        Command::HoqUnit => entry::open(app, |c| {
            let c = c?;
            Some((HoqField::Unit(c.id), c.unit.clone()))
        }),
        Command::HoqTarget => entry::open(app, |c| {
            let c = c?;
            Some((HoqField::Target(c.id), entry::number_text(c.target)))
        }),
        Command::HoqDirection => direction(app),
        Command::HoqScale => scale(app),
        Command::HoqColumnLeft => move_column(app, -1),
        Command::HoqColumnRight => move_column(app, 1),
        Command::Delete => {
            if app.refuse_read_only() {
                return true;
            }
            match app.hoq_characteristic() {
                Some(c) => app.mode = Mode::Hoq(HoqMode::ConfirmDelete(c)),
                None => no_columns(app),
            }
        }
        _ => return false,
    }
    true
}

/// The audit view: Up / Down choose among the qualities without a strong relationship, and
/// deriving a characteristic works on the chosen one.
fn audit_browse(app: &mut App, cmd: Command) -> bool {
    let n = app.hoq().audit.no_strong.len();
    match cmd {
        Command::Up => app.hoq.flag = step(app.hoq.flag, -1, n),
        Command::Down => app.hoq.flag = step(app.hoq.flag, 1, n),
        Command::PageUp => app.hoq.flag = step(app.hoq.flag, -(PAGE as isize), n),
        Command::PageDown => app.hoq.flag = step(app.hoq.flag, PAGE as isize, n),
        Command::HoqDerive => match app.audit_quality() {
            Some(q) => entry::open_with(app, HoqField::Derive(q), String::new()),
            None => app.info(app.t(S::HoqAuditNothingToDerive)),
        },
        _ => return false,
    }
    true
}

impl App {
    /// The quality chosen in the audit view, among those without a strong relationship.
    pub fn audit_quality(&self) -> Option<QualityId> {
        let d = self.hoq();
        let n = d.audit.no_strong.len();
        (n > 0).then(|| d.audit.no_strong[self.hoq.flag.min(n - 1)])
    }
}

/// `at` moved by `by` within `0..len`.
pub(crate) fn step(at: usize, by: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (at.min(len - 1) as isize + by).clamp(0, len as isize - 1) as usize
}

/// The selected cell, if there are rows and columns.
fn cell(app: &mut App) -> Option<RelationshipKey> {
    match (app.hoq_quality(), app.hoq_characteristic()) {
        (Some(quality), Some(characteristic)) => Some(RelationshipKey {
            quality,
            characteristic,
        }),
        _ => {
            app.info(app.t(S::HoqNoCells));
            None
        }
    }
}

fn cycle(app: &mut App) {
    let Some(key) = cell(app) else { return };
    let now = app.project.relationships.get(key).map(|r| r.strength);
    set_cell(app, key, next_strength(now));
}

fn clear_cell(app: &mut App) {
    let Some(key) = cell(app) else { return };
    if app.project.relationships.get(key).is_some() {
        set_cell(app, key, None);
    }
}

fn set_cell(app: &mut App, key: RelationshipKey, strength: Option<Strength>) {
    let symbol = strength.map_or("·", Strength::symbol);
    let what = fill(app.t(S::DoSetRelationship), &[&key, &symbol]);
    let edit = match strength {
        Some(strength) => Edit::Put(Entity::Relationship(Relationship {
            quality: key.quality,
            characteristic: key.characteristic,
            strength,
        })),
        None => Edit::Remove(EntityId::Relationship(key)),
    };
    app.commit(edit, what);
}

pub(crate) fn direction(app: &mut App) {
    let Some(c) = app
        .hoq_characteristic()
        .and_then(|c| app.project.characteristics.get(c))
    else {
        no_columns(app);
        return;
    };
    let mut c = c.clone();
    c.direction = match c.direction {
        Direction::Maximize => Direction::Minimize,
        Direction::Minimize => Direction::Nominal,
        Direction::Nominal => Direction::Maximize,
    };
    let what = fill(app.t(S::DoSetDirection), &[&c.id, &c.direction.symbol()]);
    app.commit(Edit::Put(Entity::Characteristic(c)), what);
}

/// Moves the selected characteristic one place left or right: the columns are numbered anew in
/// their shown order with the two swapped, as one edit.
fn move_column(app: &mut App, by: isize) {
    let cols = app.hoq().columns();
    let Some(j) = app.hoq_cursor().1 else {
        no_columns(app);
        return;
    };
    let k = j as isize + by;
    if k < 0 || k as usize >= cols.len() {
        return;
    }
    let k = k as usize;
    let mut order = cols.clone();
    order.swap(j, k);
    let edits: Vec<Edit> = order
        .iter()
        .enumerate()
        .filter_map(|(n, c)| {
            let mut x = app.project.characteristics.get(*c)?.clone();
            (x.order != n as u32).then(|| {
                x.order = n as u32;
                Edit::Put(Entity::Characteristic(x))
            })
        })
        .collect();
    let what = fill(app.t(S::DoMoveCharacteristic), &[&cols[j]]);
    if app.commit(Edit::Batch(edits), what) {
        app.hoq.col = k;
    }
}

fn scale(app: &mut App) {
    let mut meta = app.project.meta.clone();
    meta.relation_scale = match meta.relation_scale {
        RelationScale::NineThreeOne => RelationScale::FiveThreeOne,
        RelationScale::FiveThreeOne => RelationScale::NineThreeOne,
    };
    let what = fill(app.t(S::DoSetRelationScale), &[&meta.relation_scale]);
    app.commit(Edit::SetMeta(meta), what);
}
