//! House of Quality arithmetic (METHOD.md section 8): the technical importance of each quality
//! characteristic from the weights of the demanded qualities and the relationship matrix.
//!
//! Tⱼ = Σᵢ Wᵢ × rᵢⱼ, and its relative share Tⱼ / Σ T × 100. Relationships are strong ◎, medium ○
//! or weak △, worth 9-3-1 by default or 5-3-1 where a project chooses that scale.

use std::collections::HashMap;

use super::planning::Matrix;
use super::rank::competition_ranks;
use crate::model::{CharacteristicId, Project};
pub use crate::model::{RelationScale, Strength};

/// Technical importance of each column: `weights[i]` is row i's weight (relative weight or
/// importance), `matrix[i][j]` the relationship of row i and column j, if any.
pub fn technical_importance(
    weights: &[f64],
    matrix: &[Vec<Option<Strength>>],
    scale: RelationScale,
) -> Vec<f64> {
    let columns = matrix.iter().map(Vec::len).max().unwrap_or(0);
    let mut t = vec![0.0; columns];
    for (w, row) in weights.iter().zip(matrix) {
        for (j, r) in row.iter().enumerate() {
            if let Some(s) = r {
                t[j] += w * scale.value(*s);
            }
        }
    }
    t
}

/// Each value as a percentage of their sum; none when the sum is not positive.
pub fn shares(values: &[f64]) -> Vec<Option<f64>> {
    let total: f64 = values.iter().sum();
    values
        .iter()
        .map(|v| {
            (total > 0.0)
                .then(|| v / total * 100.0)
                .filter(|x| x.is_finite())
        })
        .collect()
}

/// One column of the House of Quality with its derived importance.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub characteristic: CharacteristicId,
    /// Σᵢ Wᵢ × rᵢⱼ over the complete planning rows.
    pub technical: f64,
    /// Percent of the sum over all columns; none when nothing is related yet.
    pub relative: Option<f64>,
    /// 1 for the most important column.
    pub rank: Option<usize>,
}

/// The House of Quality of a project: columns in display order (order, then id). Row weights are
/// the planning matrix's relative weights, so incomplete rows add nothing.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct House {
    pub columns: Vec<Column>,
}

impl House {
    pub fn compute(project: &Project, matrix: &Matrix) -> House {
        let order = characteristics_in_order(project);
        let index: HashMap<CharacteristicId, usize> =
            order.iter().enumerate().map(|(j, c)| (*c, j)).collect();
        let mut technical = vec![0.0; order.len()];
        let scale = project.meta.relation_scale;
        for r in &project.relationships {
            let (Some(j), Some(w)) = (
                index.get(&r.characteristic),
                matrix.row(r.quality).and_then(|row| row.relative),
            ) else {
                continue;
            };
            technical[*j] += w * scale.value(r.strength);
        }
        let relative = shares(&technical);
        let related: Vec<bool> = relative
            .iter()
            .map(|r| r.is_some_and(|v| v > 0.0))
            .collect();
        let rank = competition_ranks(&technical, &related);
        House {
            columns: order
                .into_iter()
                .enumerate()
                .map(|(j, c)| Column {
                    characteristic: c,
                    technical: technical[j],
                    relative: relative[j],
                    rank: rank[j],
                })
                .collect(),
        }
    }
}

/// Characteristics as the team ordered them (ties by id).
pub fn characteristics_in_order(project: &Project) -> Vec<CharacteristicId> {
    let mut v: Vec<&crate::model::Characteristic> = project.characteristics.iter().collect();
    v.sort_by_key(|c| (c.order, c.id));
    v.into_iter().map(|c| c.id).collect()
}

/// Where the markers of a benchmark chart go on a line `width` cells wide spanning `lo..=hi`:
/// each value at its place, except that markers which would share a cell are set side by side
/// (in the order given) so that every one shows. None for all when they do not fit.
pub fn chart_positions(values: &[f64], lo: f64, hi: f64, width: usize) -> Option<Vec<usize>> {
    if values.len() > width || width == 0 {
        return None;
    }
    let last = width - 1;
    let ideal = |v: f64| -> usize {
        if hi > lo {
            (((v - lo) / (hi - lo)).clamp(0.0, 1.0) * last as f64).round() as usize
        } else {
            last / 2
        }
    };
    let mut order: Vec<(usize, usize)> = values
        .iter()
        .enumerate()
        .map(|(k, v)| (ideal(*v), k))
        .collect();
    order.sort();
    let mut at: Vec<usize> = Vec::with_capacity(order.len());
    for (p, _) in &order {
        let p = at.last().map_or(*p, |prev| (*p).max(prev + 1));
        at.push(p);
    }
    // Pushed past the end: pull back from the right.
    let mut limit = last;
    for p in at.iter_mut().rev() {
        *p = (*p).min(limit);
        limit = p.saturating_sub(1);
    }
    let mut out = vec![0; values.len()];
    for ((_, k), p) in order.iter().zip(at) {
        out[*k] = p;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// ../shared/reference/hoq-135.csv: five needs with importance ratings, five characteristics
    /// on the 5-3-1 scale; the published column totals are 28, 38, 32, 52, 28.
    #[test]
    fn golden_hoq_135() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/reference/hoq-135.csv"
        );
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut weights = Vec::new();
        let mut matrix = Vec::new();
        for line in text.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let cells: Vec<&str> = line.split(',').collect();
            weights.push(cells[1].parse::<f64>().unwrap());
            matrix.push(
                cells[2..]
                    .iter()
                    .map(|c| Strength::parse(c, RelationScale::FiveThreeOne))
                    .collect::<Vec<_>>(),
            );
        }
        assert!(
            matrix.iter().flatten().all(Option::is_some),
            "every cell reads on the 5-3-1 scale"
        );
        let t = technical_importance(&weights, &matrix, RelationScale::FiveThreeOne);
        assert_eq!(t, [28.0, 38.0, 32.0, 52.0, 28.0]);
        let s = shares(&t);
        let total: f64 = s.iter().flatten().sum();
        assert!((total - 100.0).abs() < 1e-9);
        assert!((s[3].unwrap() - 52.0 / 178.0 * 100.0).abs() < 1e-12);
    }

    #[test]
    fn symbols_words_and_values_read_on_either_scale() {
        use RelationScale::*;
        assert_eq!(Strength::parse("◎", NineThreeOne), Some(Strength::Strong));
        assert_eq!(Strength::parse("9", NineThreeOne), Some(Strength::Strong));
        assert_eq!(Strength::parse("9", FiveThreeOne), None);
        assert_eq!(Strength::parse("5", FiveThreeOne), Some(Strength::Strong));
        assert_eq!(Strength::parse(" 3 ", FiveThreeOne), Some(Strength::Medium));
        assert_eq!(Strength::parse("△", FiveThreeOne), Some(Strength::Weak));
        assert_eq!(Strength::parse("2", NineThreeOne), None);
        assert_eq!(shares(&[0.0, 0.0]), [None, None]);
    }

    #[test]
    fn a_project_house_weights_columns_by_relative_weight() {
        use crate::model::*;
        let mut p = Project::new(Meta::new("h"));
        for (i, imp) in [(1, 4.0), (2, 1.0)] {
            let mut q = Quality::new(QualityId(i), format!("q{i}"));
            q.planning.importance = Some(imp);
            q.planning.current = Some(2.0);
            q.planning.target = Some(2.0);
            p.apply(Edit::Put(Entity::Quality(q))).unwrap();
        }
        let mut incomplete = Quality::new(QualityId(3), "no values");
        incomplete.planning.importance = Some(5.0);
        p.apply(Edit::Put(Entity::Quality(incomplete))).unwrap();
        for c in 1..=2 {
            p.apply(Edit::Put(Entity::Characteristic(Characteristic::new(
                CharacteristicId(c),
                format!("c{c}"),
            ))))
            .unwrap();
        }
        let rel = |q, c, strength| {
            Edit::Put(Entity::Relationship(Relationship {
                quality: QualityId(q),
                characteristic: CharacteristicId(c),
                strength,
            }))
        };
        p.apply(rel(1, 1, Strength::Weak)).unwrap();
        p.apply(rel(2, 2, Strength::Strong)).unwrap();
        p.apply(rel(3, 1, Strength::Strong)).unwrap(); // an incomplete row adds nothing
        let house = House::compute(&p, &Matrix::compute(&p));
        // W = 80 % and 20 %: T1 = 80 × 1, T2 = 20 × 9.
        assert_eq!(house.columns[0].technical, 80.0);
        assert_eq!(house.columns[1].technical, 180.0);
        assert_eq!(house.columns[1].rank, Some(1));
        assert!((house.columns[0].relative.unwrap() - 80.0 / 260.0 * 100.0).abs() < 1e-12);
    }

    #[test]
    fn chart_markers_that_coincide_all_show() {
        // Spread over 11 cells: 0 → 0, 5 → 5, 10 → 10.
        assert_eq!(
            chart_positions(&[0.0, 5.0, 10.0], 0.0, 10.0, 11),
            Some(vec![0, 5, 10])
        );
        // Two equal values take neighbouring cells, in the order given.
        assert_eq!(
            chart_positions(&[5.0, 5.0, 0.0], 0.0, 10.0, 11),
            Some(vec![5, 6, 0])
        );
        // Crowded at the top end: pulled back so all stay on the line.
        assert_eq!(
            chart_positions(&[10.0, 10.0, 10.0], 0.0, 10.0, 11),
            Some(vec![8, 9, 10])
        );
        // All values equal (no spread): side by side in the middle.
        assert_eq!(chart_positions(&[3.0, 3.0], 3.0, 3.0, 5), Some(vec![2, 3]));
        assert_eq!(chart_positions(&[1.0, 2.0, 3.0], 1.0, 3.0, 2), None);
    }

    #[test]
    fn equal_importance_shares_a_rank() {
        let t = [52.0, 28.0, 38.0, 28.0, 0.0, 38.0, 0.1 + 0.2];
        let shown = [true, true, true, true, false, true, true];
        // Standard competition ranking: 1, 2, 2, 4 …; float noise (0.1 + 0.2) counts as equal.
        assert_eq!(
            competition_ranks(&t, &shown),
            [Some(1), Some(4), Some(2), Some(4), None, Some(2), Some(6)]
        );
        let u = [0.3, 0.1 + 0.2, 9.0];
        assert_eq!(
            competition_ranks(&u, &[true; 3]),
            [Some(2), Some(2), Some(1)]
        );
    }
}
