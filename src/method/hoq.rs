//! House of Quality arithmetic (METHOD.md section 8): the technical importance of each quality
//! characteristic from the weights of the demanded qualities and the relationship matrix.
//!
//! Tⱼ = Σᵢ Wᵢ × rᵢⱼ, and its relative share Tⱼ / Σ T × 100. Relationships are strong ◎, medium ○
//! or weak △, worth 9-3-1 by default or 5-3-1 where a project chooses that scale.

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
}
