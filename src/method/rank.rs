//! Ranking shared by the planning matrix and the House of Quality.

/// Ranks by value, largest first, in standard competition ranking: equal values share a rank
/// and the next one skips as many places (1, 2, 2, 4). Values closer than rounding noise count
/// as equal. Only `ranked[j]` columns get a rank.
pub fn competition_ranks(values: &[f64], ranked: &[bool]) -> Vec<Option<usize>> {
    let equal = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0);
    let mut order: Vec<usize> = (0..values.len())
        .filter(|&j| ranked.get(j).copied().unwrap_or(false))
        .collect();
    order.sort_by(|a, b| values[*b].total_cmp(&values[*a]));
    let mut rank = vec![None; values.len()];
    for (k, &j) in order.iter().enumerate() {
        rank[j] = match k.checked_sub(1).map(|p| order[p]) {
            Some(prev) if equal(values[prev], values[j]) => rank[prev],
            _ => Some(k + 1),
        };
    }
    rank
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_share_a_rank_and_the_next_skips() {
        let r = competition_ranks(&[5.0, 9.0, 5.0, 1.0, 7.0], &[true; 5]);
        assert_eq!(r, [Some(3), Some(1), Some(3), Some(5), Some(2)]);
        let r = competition_ranks(&[0.1 + 0.2, 0.3], &[true, true]);
        assert_eq!(r, [Some(1), Some(1)]);
        assert_eq!(
            competition_ranks(&[1.0, 2.0], &[true, false]),
            [Some(1), None]
        );
    }
}
