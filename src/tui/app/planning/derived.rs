//! What the Planning screens show, derived from the project once per change and cached.

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::method::hierarchy::Priorities;
use crate::method::inputs;
use crate::method::planning::Matrix;
use crate::method::survey::Survey;
use crate::model::tree::{Node, Tree};
use crate::model::{CompetitorId, Edit, Entity, GroupId, Planning, Project, QualityId};

use super::super::{App, Mode};
use super::cell::{parse_cell, set_cell};
use super::{Col, PlanMode};

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
pub(super) type CacheKey = (u64, bool, Option<(QualityId, Col, String)>);

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
        super::super::current(&d.qualities, self.plan.sel)
    }

    /// The selected column (clamped to the columns there are).
    pub fn plan_col(&self) -> Col {
        let cols = self.plan().columns();
        cols[self.plan.col.min(cols.len() - 1)]
    }
}
