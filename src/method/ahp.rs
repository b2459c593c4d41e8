//! AHP priorities from pairwise comparisons (METHOD.md section 7).
//!
//! Entry `a[i][j]` says how many times more important item i is than item j, on Saaty's 1–9
//! scale; `a[j][i]` is its reciprocal. The weights are the principal eigenvector, and the
//! consistency ratio tells the team whether their judgements hang together (warn above 0.10).

use crate::model::saaty::{SAATY_RI, SLACK, on_scale};

/// Above this consistency ratio the judgements should be revisited.
pub const CR_LIMIT: f64 = 0.10;

/// The largest matrix handled. Saaty's table stops at 10, and the RI values published beyond
/// that disagree between sources; extrapolating would give a CR nobody can check. More items
/// belong in a hierarchy (compare groups, then items within a group) anyway.
pub const MAX_ITEMS: usize = 10;

/// Convergence tolerance of the power iteration (largest change of any weight).
const TOLERANCE: f64 = 1e-12;
const MAX_ITERATIONS: usize = 10_000;

/// Weights and consistency of one comparison matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct Ahp {
    /// Priorities in item order, summing to 1.
    pub weights: Vec<f64>,
    pub lambda_max: f64,
    /// Consistency index (λmax − n)/(n − 1); 0 for n ≤ 2, where any reciprocal matrix is
    /// consistent.
    pub ci: f64,
    /// Consistency ratio CI / RI(n); None for n ≤ 2, where RI is 0.
    pub cr: Option<f64>,
    /// The RI used, from [`SAATY_RI`].
    pub ri: f64,
}

impl Ahp {
    /// Whether the judgements are consistent enough to use (CR ≤ 0.10, or n ≤ 2).
    pub fn acceptable(&self) -> bool {
        self.cr.is_none_or(|cr| cr <= CR_LIMIT)
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AhpError {
    #[error("there is nothing to compare: the matrix is empty")]
    Empty,
    #[error(
        "row {row} has {}; a matrix for {} needs {n}",
        crate::model::count(*len, "entry", "entries"),
        crate::model::count(*n, "item", "items")
    )]
    NotSquare { row: usize, len: usize, n: usize },
    #[error(
        "{n} items are too many to compare at once (at most {MAX_ITEMS}, the size of Saaty's RI table); group them and compare the groups"
    )]
    TooMany { n: usize },
    #[error("entry ({row}, {col}) is {value}; judgements run from 1/9 to 9")]
    OutOfRange { row: usize, col: usize, value: f64 },
    #[error("entry ({index}, {index}) is {value}; an item compared with itself is 1")]
    DiagonalNotOne { index: usize, value: f64 },
    #[error("entries ({row}, {col}) = {value} and ({col}, {row}) = {mirror} are not reciprocal")]
    NotReciprocal {
        row: usize,
        col: usize,
        value: f64,
        mirror: f64,
    },
    #[error("the weights did not settle after {iterations} iterations")]
    NoConvergence { iterations: usize },
    #[error("item {a} or {b} is not one of the {n} items")]
    IndexOutOfRange { a: usize, b: usize, n: usize },
    #[error("item {index} is compared with itself as {value}; it can only be 1")]
    SelfComparison { index: usize, value: f64 },
    #[error("missing comparisons: {}", pairs_list(.0))]
    MissingPairs(Vec<(usize, usize)>),
    #[error("items {a} and {b} are compared twice: {a} over {b} is {first} and then {second}")]
    Contradiction {
        a: usize,
        b: usize,
        first: f64,
        second: f64,
    },
}

fn pairs_list(pairs: &[(usize, usize)]) -> String {
    pairs
        .iter()
        .map(|(a, b)| format!("{a}–{b}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= SLACK * a.abs().max(b.abs())
}

/// Checks that `matrix` is a square, positive, reciprocal matrix of judgements.
fn validate(matrix: &[Vec<f64>]) -> Result<usize, AhpError> {
    let n = matrix.len();
    if n == 0 {
        return Err(AhpError::Empty);
    }
    if n > MAX_ITEMS {
        return Err(AhpError::TooMany { n });
    }
    if let Some((row, r)) = matrix.iter().enumerate().find(|(_, r)| r.len() != n) {
        return Err(AhpError::NotSquare {
            row,
            len: r.len(),
            n,
        });
    }
    for (i, row) in matrix.iter().enumerate() {
        for (j, &value) in row.iter().enumerate() {
            if i == j {
                if !(value.is_finite() && close(value, 1.0)) {
                    return Err(AhpError::DiagonalNotOne { index: i, value });
                }
            } else if !on_scale(value) {
                return Err(AhpError::OutOfRange {
                    row: i,
                    col: j,
                    value,
                });
            }
        }
    }
    for (i, row) in matrix.iter().enumerate() {
        for (j, &value) in row.iter().enumerate().skip(i + 1) {
            let mirror = matrix[j][i];
            if !close(value * mirror, 1.0) {
                return Err(AhpError::NotReciprocal {
                    row: i,
                    col: j,
                    value,
                    mirror,
                });
            }
        }
    }
    Ok(n)
}

fn times(matrix: &[Vec<f64>], w: &[f64]) -> Vec<f64> {
    matrix
        .iter()
        .map(|row| row.iter().zip(w).map(|(a, x)| a * x).sum())
        .collect()
}

/// Weights (principal eigenvector, sum 1), λmax, CI and CR of a reciprocal comparison matrix.
///
/// The eigenvector comes from power iteration: for a positive matrix it converges to the
/// principal eigenvector from any positive start, and it needs no linear-algebra crate.
pub fn priorities(matrix: &[Vec<f64>]) -> Result<Ahp, AhpError> {
    let n = validate(matrix)?;
    let mut w = vec![1.0 / n as f64; n];
    let mut converged = false;
    for _ in 0..MAX_ITERATIONS {
        let mut next = times(matrix, &w);
        let sum: f64 = next.iter().sum();
        next.iter_mut().for_each(|x| *x /= sum);
        let change = next
            .iter()
            .zip(&w)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        w = next;
        if change < TOLERANCE {
            converged = true;
            break;
        }
    }
    if !converged {
        return Err(AhpError::NoConvergence {
            iterations: MAX_ITERATIONS,
        });
    }
    let aw = times(matrix, &w);
    let lambda_max = aw.iter().zip(&w).map(|(a, x)| a / x).sum::<f64>() / n as f64;
    let ri = SAATY_RI[n - 1];
    let (ci, cr) = if n <= 2 {
        (0.0, None)
    } else {
        let ci = (lambda_max - n as f64) / (n as f64 - 1.0);
        (ci, Some(ci / ri))
    };
    Ok(Ahp {
        weights: w,
        lambda_max,
        ci,
        cr,
        ri,
    })
}

/// The judgement that disagrees most with the weights, as (i, j) with i < j: the entry whose
/// ratio a_ij · w_j / w_i is furthest from 1 (by max(r, 1/r)). Revising it first lowers CR
/// fastest. None for fewer than three items or a consistent matrix, where there is nothing to
/// revise. Ties go to the first pair in row order.
pub fn most_inconsistent(matrix: &[Vec<f64>], ahp: &Ahp) -> Option<(usize, usize)> {
    let n = matrix.len().min(ahp.weights.len());
    if n < 3 {
        return None;
    }
    let mut best: Option<((usize, usize), f64)> = None;
    for (i, row) in matrix.iter().enumerate().take(n) {
        for (j, &a) in row.iter().enumerate().take(n).skip(i + 1) {
            let r = a * ahp.weights[j] / ahp.weights[i];
            let deviation = r.max(1.0 / r);
            if deviation.is_finite() && best.is_none_or(|(_, d)| deviation > d) {
                best = Some(((i, j), deviation));
            }
        }
    }
    best.filter(|&(_, d)| d > 1.0 + 1e-9).map(|(p, _)| p)
}

/// Reads one judgement as typed: "3", "1/3", "0.333". Refuses anything that is not a number
/// on Saaty's scale 1/9 … 9, saying why.
pub fn parse_value(text: &str) -> Result<f64, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err("enter a judgement from 1/9 to 9, such as 3 or 1/3".into());
    }
    let number = |s: &str| -> Result<f64, String> {
        let s = s.trim();
        crate::model::number::parse_number(s)
            .map_err(|e| format!("{e}; enter a judgement from 1/9 to 9, such as 3 or 1/3"))
    };
    let value = match t.split_once(['/', '／']) {
        Some((num, den)) => {
            let (num, den) = (number(num)?, number(den)?);
            if den == 0.0 {
                return Err(format!("'{t}' divides by zero"));
            }
            num / den
        }
        None => number(t)?,
    };
    if value <= 0.0 {
        return Err(format!(
            "'{t}' is not positive; judgements run from 1/9 to 9 (1 means equally important)"
        ));
    }
    if !on_scale(value) {
        return Err(format!(
            "'{t}' is outside Saaty's scale; judgements run from 1/9 to 9"
        ));
    }
    Ok(value)
}

/// Builds the full matrix from judgements (a, b, v) = "a is v times as important as b":
/// reciprocals filled in, diagonal 1. Every pair must be judged once; giving a pair again
/// (either way round) is fine only if it says the same thing.
pub fn matrix_from_pairs(
    n: usize,
    pairs: &[(usize, usize, f64)],
) -> Result<Vec<Vec<f64>>, AhpError> {
    if n == 0 {
        return Err(AhpError::Empty);
    }
    let mut m: Vec<Vec<Option<f64>>> = vec![vec![None; n]; n];
    for &(a, b, v) in pairs {
        if a >= n || b >= n {
            return Err(AhpError::IndexOutOfRange { a, b, n });
        }
        if a == b {
            if v.is_finite() && close(v, 1.0) {
                continue;
            }
            return Err(AhpError::SelfComparison { index: a, value: v });
        }
        if !on_scale(v) {
            return Err(AhpError::OutOfRange {
                row: a,
                col: b,
                value: v,
            });
        }
        if let Some(first) = m[a][b] {
            if !close(first, v) {
                return Err(AhpError::Contradiction {
                    a,
                    b,
                    first,
                    second: v,
                });
            }
            continue;
        }
        m[a][b] = Some(v);
        m[b][a] = Some(1.0 / v);
    }
    let missing: Vec<(usize, usize)> = (0..n)
        .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
        .filter(|&(i, j)| m[i][j].is_none())
        .collect();
    if !missing.is_empty() {
        return Err(AhpError::MissingPairs(missing));
    }
    Ok(m.into_iter()
        .enumerate()
        .map(|(i, row)| {
            row.into_iter()
                .enumerate()
                .map(|(j, v)| if i == j { 1.0 } else { v.unwrap_or(1.0) })
                .collect()
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const DRINKS_PATH: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/reference/ahp-drinks.csv"
    );

    /// Items in order of first appearance, and the judgements as index pairs.
    fn read_pairs(csv: &str) -> (Vec<String>, Vec<(usize, usize, f64)>) {
        let mut names: Vec<String> = Vec::new();
        let mut pairs = Vec::new();
        let index = |name: &str, names: &mut Vec<String>| {
            names.iter().position(|n| n == name).unwrap_or_else(|| {
                names.push(name.to_string());
                names.len() - 1
            })
        };
        for line in csv.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') || line == "a,b,value" {
                continue;
            }
            let f: Vec<&str> = line.split(',').map(str::trim).collect();
            assert_eq!(f.len(), 3, "bad line {line:?}");
            let a = index(f[0], &mut names);
            let b = index(f[1], &mut names);
            pairs.push((a, b, parse_value(f[2]).expect("value")));
        }
        (names, pairs)
    }

    #[test]
    fn golden_drinks_example() {
        let csv =
            std::fs::read_to_string(DRINKS_PATH).unwrap_or_else(|e| panic!("{DRINKS_PATH}: {e}"));
        let (names, pairs) = read_pairs(&csv);
        assert_eq!(names.len(), 7);
        assert_eq!(pairs.len(), 21);
        let m = matrix_from_pairs(names.len(), &pairs).unwrap();
        let ahp = priorities(&m).unwrap();
        let expected = [
            ("water", "0.3268"),
            ("soda", "0.1896"),
            ("coffee", "0.1775"),
            ("milk", "0.1288"),
            ("beer", "0.1164"),
            ("tea", "0.0418"),
            ("wine", "0.0191"),
        ];
        for (name, w) in expected {
            let i = names.iter().position(|n| n == name).unwrap();
            assert_eq!(format!("{:.4}", ahp.weights[i]), w, "{name}");
        }
        assert!((ahp.weights.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert_eq!(format!("{:.4}", ahp.lambda_max), "7.1766");
        assert_eq!(format!("{:.4}", ahp.ci), "0.0294");
        assert_eq!(format!("{:.4}", ahp.cr.unwrap()), "0.0223");
        assert_eq!(ahp.ri, 1.32);
        assert!(ahp.acceptable());
    }

    #[test]
    fn consistent_matrix_has_zero_cr() {
        // Built from weights 4 : 2 : 1 : 1, so every judgement agrees with every other.
        let w = [4.0, 2.0, 1.0, 1.0];
        let m: Vec<Vec<f64>> = w
            .iter()
            .map(|a| w.iter().map(|b| a / b).collect())
            .collect();
        let ahp = priorities(&m).unwrap();
        for (got, want) in ahp.weights.iter().zip([0.5, 0.25, 0.125, 0.125]) {
            assert!((got - want).abs() < 1e-12, "{got} vs {want}");
        }
        assert!((ahp.lambda_max - 4.0).abs() < 1e-9);
        assert!(ahp.cr.unwrap().abs() < 1e-9);
        assert_eq!(ahp.ri, 0.90);
        assert_eq!(most_inconsistent(&m, &ahp), None);
    }

    #[test]
    fn one_and_two_items() {
        let ahp = priorities(&[vec![1.0]]).unwrap();
        assert_eq!(ahp.weights, vec![1.0]);
        assert_eq!((ahp.ci, ahp.cr, ahp.ri), (0.0, None, 0.0));
        assert!((ahp.lambda_max - 1.0).abs() < 1e-12);

        let m = matrix_from_pairs(2, &[(0, 1, 3.0)]).unwrap();
        assert_eq!(m, vec![vec![1.0, 3.0], vec![1.0 / 3.0, 1.0]]);
        let ahp = priorities(&m).unwrap();
        assert!((ahp.weights[0] - 0.75).abs() < 1e-12);
        assert!((ahp.weights[1] - 0.25).abs() < 1e-12);
        assert_eq!((ahp.ci, ahp.cr), (0.0, None));
        assert!(ahp.acceptable());
        assert_eq!(most_inconsistent(&m, &ahp), None);
    }

    #[test]
    fn most_inconsistent_finds_the_odd_judgement() {
        // Consistent from weights 8 : 4 : 2 : 1, then one entry reversed.
        let w = [8.0, 4.0, 2.0, 1.0];
        let mut m: Vec<Vec<f64>> = w
            .iter()
            .map(|a| w.iter().map(|b| a / b).collect())
            .collect();
        m[1][3] = 1.0 / 4.0;
        m[3][1] = 4.0;
        let ahp = priorities(&m).unwrap();
        assert!(ahp.cr.unwrap() > CR_LIMIT);
        assert!(!ahp.acceptable());
        assert_eq!(most_inconsistent(&m, &ahp), Some((1, 3)));
    }

    #[test]
    fn parse_value_accepts_the_scale() {
        assert_eq!(parse_value("3"), Ok(3.0));
        assert_eq!(parse_value(" 9 "), Ok(9.0));
        assert_eq!(parse_value("1"), Ok(1.0));
        assert_eq!(parse_value("1/3"), Ok(1.0 / 3.0));
        assert_eq!(parse_value("1 / 9"), Ok(1.0 / 9.0));
        assert_eq!(parse_value("1／5"), Ok(0.2));
        assert_eq!(parse_value("0.333"), Ok(0.333));
        assert_eq!(parse_value("0.111"), Ok(0.111));
        assert_eq!(parse_value("2.5"), Ok(2.5));
    }

    #[test]
    fn parse_value_errors_say_why() {
        let err = |t: &str| parse_value(t).unwrap_err();
        assert!(err("").contains("1/9 to 9"));
        assert!(err("abc").contains("not a number"));
        assert!(err("NaN").contains("not a number"));
        assert!(err("inf").contains("not a number"));
        assert!(err("1/x").contains("not a number"));
        assert!(err("1/0").contains("divides by zero"));
        assert!(err("0").contains("not positive"));
        assert!(err("-3").contains("not positive"));
        assert!(err("10").contains("outside"));
        assert!(err("1/10").contains("outside"));
        assert!(err("0.1").contains("outside"));
    }

    #[test]
    fn matrix_from_pairs_errors() {
        assert_eq!(matrix_from_pairs(0, &[]), Err(AhpError::Empty));
        assert_eq!(
            matrix_from_pairs(3, &[(0, 1, 2.0)]),
            Err(AhpError::MissingPairs(vec![(0, 2), (1, 2)]))
        );
        let e = matrix_from_pairs(3, &[(0, 1, 2.0)])
            .unwrap_err()
            .to_string();
        assert!(e.contains("0–2") && e.contains("1–2"), "{e}");
        assert_eq!(
            matrix_from_pairs(2, &[(0, 1, 2.0), (1, 0, 3.0)]),
            Err(AhpError::Contradiction {
                a: 1,
                b: 0,
                first: 0.5,
                second: 3.0
            })
        );
        // The same judgement given both ways round is not a contradiction.
        assert!(matrix_from_pairs(2, &[(0, 1, 3.0), (1, 0, 0.333)]).is_ok());
        assert_eq!(
            matrix_from_pairs(2, &[(0, 2, 2.0)]),
            Err(AhpError::IndexOutOfRange { a: 0, b: 2, n: 2 })
        );
        assert_eq!(
            matrix_from_pairs(2, &[(1, 1, 2.0)]),
            Err(AhpError::SelfComparison {
                index: 1,
                value: 2.0
            })
        );
        assert!(matches!(
            matrix_from_pairs(2, &[(0, 1, 12.0)]),
            Err(AhpError::OutOfRange { row: 0, col: 1, .. })
        ));
    }

    #[test]
    fn priorities_rejects_bad_matrices() {
        assert_eq!(priorities(&[]), Err(AhpError::Empty));
        assert!(matches!(
            priorities(&[vec![1.0, 2.0], vec![0.5]]),
            Err(AhpError::NotSquare {
                row: 1,
                len: 1,
                n: 2
            })
        ));
        assert_eq!(
            priorities(&[vec![1.0, 2.0], vec![0.5]])
                .unwrap_err()
                .to_string(),
            "row 1 has 1 entry; a matrix for 2 items needs 2"
        );
        assert!(matches!(
            priorities(&[vec![1.0, 2.0], vec![2.0, 1.0]]),
            Err(AhpError::NotReciprocal { row: 0, col: 1, .. })
        ));
        assert!(matches!(
            priorities(&[vec![2.0, 2.0], vec![0.5, 1.0]]),
            Err(AhpError::DiagonalNotOne { index: 0, .. })
        ));
        assert!(matches!(
            priorities(&[vec![1.0, f64::NAN], vec![f64::NAN, 1.0]]),
            Err(AhpError::OutOfRange { .. })
        ));
        let big = vec![vec![1.0; 11]; 11];
        assert_eq!(priorities(&big), Err(AhpError::TooMany { n: 11 }));
        let ten = vec![vec![1.0; 10]; 10];
        let ahp = priorities(&ten).unwrap();
        assert_eq!(ahp.ri, 1.49);
        assert!(ahp.weights.iter().all(|w| (w - 0.1).abs() < 1e-12));
    }

    proptest::proptest! {
        /// Any complete set of judgements on the scale gives weights that are positive, sum to
        /// 1, and a λmax of at least n (the Perron root of a reciprocal matrix).
        #[test]
        fn weights_are_a_distribution(
            n in 1usize..=MAX_ITEMS,
            raw in proptest::collection::vec(0usize..17, 45),
        ) {
            const SCALE: [f64; 17] = [
                1.0 / 9.0, 1.0 / 8.0, 1.0 / 7.0, 1.0 / 6.0, 1.0 / 5.0, 1.0 / 4.0, 1.0 / 3.0,
                0.5, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0,
            ];
            let mut pairs = Vec::new();
            let mut k = 0;
            for i in 0..n {
                for j in i + 1..n {
                    pairs.push((i, j, SCALE[raw[k]]));
                    k += 1;
                }
            }
            let m = matrix_from_pairs(n, &pairs).unwrap();
            let ahp = priorities(&m).unwrap();
            proptest::prop_assert!((ahp.weights.iter().sum::<f64>() - 1.0).abs() < 1e-9);
            proptest::prop_assert!(ahp.weights.iter().all(|w| *w > 0.0));
            proptest::prop_assert!(ahp.lambda_max >= n as f64 - 1e-9);
            proptest::prop_assert!(ahp.ci >= -1e-9);
        }
    }
}
