//! The planning-matrix arithmetic (METHOD.md section 5). Everything here is derived from the
//! values a team entered and is never stored.
//!
//! ratio Rᵢ = Pᵢ / Cᵢ, absolute Aᵢ = Iᵢ × Rᵢ × Sᵢ, relative Wᵢ = Aᵢ / Σ A × 100 over complete rows.
//! A row with a value missing, or a current satisfaction of 0, is incomplete: it gets no ratio or
//! weights and stays out of the totals, so no NaN or infinity can reach a screen or a file.

use std::collections::BTreeMap;
use std::fmt;

use crate::model::tree::{Tree, group_path};
use crate::model::{GroupId, Planning, Project, QualityId};

/// Why a row cannot be weighed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gap {
    NoImportance,
    NoCurrent,
    CurrentZero,
    NoTarget,
}

impl fmt::Display for Gap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Gap::NoImportance => "importance missing",
            Gap::NoCurrent => "current satisfaction missing",
            Gap::CurrentZero => "current satisfaction is 0",
            Gap::NoTarget => "target missing",
        })
    }
}

/// Improvement ratio P / C; none when C is missing, zero or not a number.
pub fn improvement_ratio(target: f64, current: f64) -> Option<f64> {
    let r = target / current;
    (current > 0.0 && r.is_finite()).then_some(r)
}

/// Absolute weight I × R × S.
pub fn absolute_weight(importance: f64, ratio: f64, sales_point: f64) -> f64 {
    importance * ratio * sales_point
}

/// Relative weight in percent of a total; none when the total is not positive.
pub fn relative_weight(absolute: f64, total: f64) -> Option<f64> {
    let w = absolute / total * 100.0;
    (total > 0.0 && w.is_finite()).then_some(w)
}

/// The computed columns of one leaf quality.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub quality: QualityId,
    pub ratio: Option<f64>,
    pub absolute: Option<f64>,
    /// Percent of the total absolute weight of complete rows.
    pub relative: Option<f64>,
    /// Running sum of relative weights in weight order, up to and including this row.
    pub cumulative: Option<f64>,
    /// 1 for the heaviest complete row.
    pub rank: Option<usize>,
    /// Empty when the row is complete.
    pub gaps: Vec<Gap>,
}

impl Row {
    pub fn is_complete(&self) -> bool {
        self.gaps.is_empty()
    }
}

/// Weight of a group: the sum over its complete leaves.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct GroupWeight {
    pub absolute: f64,
    pub relative: f64,
    /// Leaves under the group, complete or not.
    pub leaves: usize,
    pub incomplete: usize,
}

/// The computed planning matrix, rows in tree order (unplaced qualities last).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Matrix {
    pub rows: Vec<Row>,
    pub total_absolute: f64,
    pub groups: BTreeMap<GroupId, GroupWeight>,
}

fn row_of(quality: QualityId, p: &Planning) -> Row {
    let mut gaps = Vec::new();
    if p.importance.is_none() {
        gaps.push(Gap::NoImportance);
    }
    match p.current {
        None => gaps.push(Gap::NoCurrent),
        Some(c) if c <= 0.0 => gaps.push(Gap::CurrentZero),
        Some(_) => {}
    }
    if p.target.is_none() {
        gaps.push(Gap::NoTarget);
    }
    let ratio = match (p.target, p.current) {
        (Some(t), Some(c)) => improvement_ratio(t, c),
        _ => None,
    };
    let absolute = match (p.importance, ratio) {
        (Some(i), Some(r)) if gaps.is_empty() => {
            Some(absolute_weight(i, r, p.sales_point.factor())).filter(|a| a.is_finite())
        }
        _ => None,
    };
    Row {
        quality,
        ratio,
        absolute,
        relative: None,
        cumulative: None,
        rank: None,
        gaps,
    }
}

impl Matrix {
    pub fn compute(project: &Project) -> Matrix {
        Self::compute_with_tree(project, &Tree::build(project))
    }

    /// As `compute`, reusing a tree the caller already built. Importance and satisfaction come
    /// from the sources the project chose (`method::inputs::effective`).
    pub fn compute_with_tree(project: &Project, tree: &Tree) -> Matrix {
        let inputs = super::inputs::effective(project, tree);
        let mut rows: Vec<Row> = tree
            .qualities_in_order()
            .into_iter()
            .filter_map(|id| inputs.get(&id).map(|p| row_of(id, p)))
            .collect();
        let total: f64 = rows.iter().filter_map(|r| r.absolute).sum();
        for r in &mut rows {
            r.relative = r.absolute.and_then(|a| relative_weight(a, total));
        }
        // Weight order: heaviest first, ties in tree order (the sort is stable).
        let mut order: Vec<usize> = (0..rows.len())
            .filter(|&i| rows[i].relative.is_some())
            .collect();
        order.sort_by(|&a, &b| {
            rows[b]
                .relative
                .partial_cmp(&rows[a].relative)
                .expect("finite")
        });
        let mut running = 0.0;
        for &i in &order {
            running += rows[i].relative.unwrap_or(0.0);
            rows[i].cumulative = Some(running);
        }
        // Equal weights share a rank (1, 2, 2, 4).
        let weights: Vec<f64> = rows.iter().map(|r| r.relative.unwrap_or(0.0)).collect();
        let complete: Vec<bool> = rows.iter().map(|r| r.relative.is_some()).collect();
        for (r, rank) in rows
            .iter_mut()
            .zip(super::rank::competition_ranks(&weights, &complete))
        {
            r.rank = rank;
        }

        let mut groups: BTreeMap<GroupId, GroupWeight> = BTreeMap::new();
        for r in &rows {
            let Some(q) = project.qualities.get(r.quality) else {
                continue;
            };
            for g in group_path(project, q.group) {
                let w = groups.entry(g).or_default();
                w.leaves += 1;
                match r.absolute {
                    Some(a) => w.absolute += a,
                    None => w.incomplete += 1,
                }
            }
        }
        for w in groups.values_mut() {
            w.relative = relative_weight(w.absolute, total).unwrap_or(0.0);
        }
        Matrix {
            rows,
            total_absolute: total,
            groups,
        }
    }

    pub fn row(&self, id: QualityId) -> Option<&Row> {
        self.rows.iter().find(|r| r.quality == id)
    }

    pub fn incomplete(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| !r.is_complete())
    }

    /// Complete rows, heaviest first.
    pub fn by_weight(&self) -> Vec<&Row> {
        let mut v: Vec<&Row> = self.rows.iter().filter(|r| r.rank.is_some()).collect();
        v.sort_by_key(|r| r.rank);
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn quality(id: u32, i: Option<f64>, c: Option<f64>, t: Option<f64>, s: SalesPoint) -> Quality {
        let mut q = Quality::new(QualityId(id), format!("q{id}"));
        q.planning = crate::model::Planning {
            importance: i,
            current: c,
            competitors: Default::default(),
            target: t,
            sales_point: s,
        };
        q
    }

    fn project(qs: Vec<Quality>) -> Project {
        let mut meta = Meta::new("t");
        meta.scale = Scale { min: 0, max: 5 }; // so that a current satisfaction of 0 is allowed
        let mut p = Project::new(meta);
        for q in qs {
            p.apply(Edit::Put(Entity::Quality(q))).unwrap();
        }
        p
    }

    #[test]
    fn ratio_and_weights_follow_the_formulas() {
        let p = project(vec![
            quality(1, Some(4.6), Some(3.6), Some(5.0), SalesPoint::Strong),
            quality(2, Some(3.0), Some(3.0), Some(4.0), SalesPoint::None),
        ]);
        let plan = Matrix::compute(&p);
        let r1 = &plan.rows[0];
        assert!((r1.ratio.unwrap() - 5.0 / 3.6).abs() < 1e-12);
        assert!((r1.absolute.unwrap() - 4.6 * 5.0 / 3.6 * 1.5).abs() < 1e-12);
        let total = 4.6 * 5.0 / 3.6 * 1.5 + 4.0;
        assert!((plan.total_absolute - total).abs() < 1e-12);
        assert!((r1.relative.unwrap() - r1.absolute.unwrap() / total * 100.0).abs() < 1e-12);
        assert_eq!(r1.rank, Some(1));
        assert!((plan.rows[1].cumulative.unwrap() - 100.0).abs() < 1e-9);
    }

    #[test]
    fn equal_weights_share_a_rank() {
        let mut p = Project::new(Meta::new("t"));
        for (id, imp) in [(1, 4.0), (2, 4.0), (3, 2.0)] {
            let mut q = Quality::new(QualityId(id), format!("q{id}"));
            q.planning.importance = Some(imp);
            q.planning.current = Some(3.0);
            q.planning.target = Some(3.0);
            p.apply(Edit::Put(Entity::Quality(q))).unwrap();
        }
        let m = Matrix::compute(&p);
        let ranks: Vec<Option<usize>> = m.rows.iter().map(|r| r.rank).collect();
        assert_eq!(ranks, [Some(1), Some(1), Some(3)]);
    }

    #[test]
    fn incomplete_rows_are_named_and_left_out() {
        let p = project(vec![
            quality(1, Some(4.0), Some(0.0), Some(5.0), SalesPoint::None),
            quality(2, None, Some(3.0), None, SalesPoint::None),
            quality(3, Some(2.0), Some(2.0), Some(2.0), SalesPoint::None),
        ]);
        let plan = Matrix::compute(&p);
        assert_eq!(plan.rows[0].gaps, vec![Gap::CurrentZero]);
        assert_eq!(plan.rows[0].ratio, None);
        assert_eq!(plan.rows[1].gaps, vec![Gap::NoImportance, Gap::NoTarget]);
        assert_eq!(plan.total_absolute, 2.0);
        assert_eq!(plan.rows[2].relative, Some(100.0));
        assert_eq!(plan.incomplete().count(), 2);
    }

    #[test]
    fn group_weights_sum_their_leaves() {
        let mut p = Project::new(Meta::new("t"));
        let g = |id, parent| {
            Edit::Put(Entity::Group(Group {
                id: GroupId(id),
                title: format!("g{id}"),
                parent,
                order: 0,
            }))
        };
        p.apply(g(1, None)).unwrap();
        p.apply(g(2, Some(GroupId(1)))).unwrap();
        p.apply(g(3, None)).unwrap();
        for (id, group, imp) in [(1, 2, 1.0), (2, 2, 2.0), (3, 3, 5.0)] {
            let mut q = quality(id, Some(imp), Some(1.0), Some(1.0), SalesPoint::None);
            q.group = Some(GroupId(group));
            p.apply(Edit::Put(Entity::Quality(q))).unwrap();
        }
        let plan = Matrix::compute(&p);
        assert_eq!(plan.groups[&GroupId(1)].absolute, 3.0);
        assert_eq!(plan.groups[&GroupId(2)].absolute, 3.0);
        assert!((plan.groups[&GroupId(1)].relative - 37.5).abs() < 1e-12);
        assert_eq!(plan.groups[&GroupId(3)].leaves, 1);
    }

    #[test]
    fn importance_and_satisfaction_follow_the_chosen_source() {
        let mut p = project(vec![quality(
            1,
            Some(4.0),
            Some(2.0),
            Some(5.0),
            SalesPoint::None,
        )]);
        p.apply(Edit::Put(Entity::Quality(Quality::new(QualityId(2), "q2"))))
            .unwrap();
        let mut edits = vec![Edit::Put(Entity::Respondent(Respondent {
            id: RespondentId(1),
            label: "p1".into(),
            segment: None,
            attributes: Default::default(),
        }))];
        for reply in [Reply::Importance(3.0), Reply::Satisfaction(4.0)] {
            edits.push(Edit::Put(Entity::Response(Response {
                quality: QualityId(1),
                respondent: RespondentId(1),
                reply,
            })));
        }
        p.apply(Edit::Batch(edits)).unwrap();
        // Direct: 4 × 5/2.
        assert_eq!(Matrix::compute(&p).rows[0].absolute, Some(10.0));
        let mut meta = p.meta.clone();
        meta.importance = ImportanceSource::Survey;
        p.apply(Edit::SetMeta(meta.clone())).unwrap();
        // Survey importance 3: 3 × 5/2.
        assert_eq!(Matrix::compute(&p).rows[0].absolute, Some(7.5));
        meta.satisfaction = SatisfactionSource::Survey;
        p.apply(Edit::SetMeta(meta.clone())).unwrap();
        let m = Matrix::compute(&p);
        // Survey satisfaction 4: 3 × 5/4; Q2 has no answers, so no importance.
        assert_eq!(m.rows[0].absolute, Some(3.75));
        assert!(m.rows[1].gaps.contains(&Gap::NoImportance));
        // AHP without judgements gives no importance at all.
        meta.importance = ImportanceSource::Ahp;
        p.apply(Edit::SetMeta(meta)).unwrap();
        assert_eq!(Matrix::compute(&p).rows[0].gaps, vec![Gap::NoImportance]);
    }

    #[test]
    fn nothing_complete_means_no_weights_and_no_nan() {
        let p = project(vec![quality(
            1,
            Some(4.0),
            None,
            Some(5.0),
            SalesPoint::None,
        )]);
        let plan = Matrix::compute(&p);
        assert_eq!(plan.total_absolute, 0.0);
        assert_eq!(plan.rows[0].relative, None);
        assert_eq!(relative_weight(1.0, 0.0), None);
        assert_eq!(improvement_ratio(1.0, 0.0), None);
    }
}
