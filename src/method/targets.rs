//! Target helpers of the planning matrix: the planned level Pᵢ proposed from a row's own values,
//! so a team can set many targets at once and then adjust the few that need thought.
//!
//! - match the best competitor: the highest competitor rating, or ours when we already lead
//!   (matching never plans below where we are);
//! - current + n: our current satisfaction raised by n;
//! - the scale maximum.
//!
//! Every proposal is kept inside the project's rating scale.

use std::fmt;

use crate::model::{Planning, Scale};

/// How a target is proposed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TargetRule {
    MatchBest,
    CurrentPlus(f64),
    ScaleMax,
}

/// Why a row gets no proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoTarget {
    /// Matching needs at least one competitor rating.
    NoCompetitor,
    /// Current + n needs our current satisfaction.
    NoCurrent,
}

impl fmt::Display for NoTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NoTarget::NoCompetitor => "no competitor rating to match",
            NoTarget::NoCurrent => "current satisfaction missing",
        })
    }
}

/// The best competitor rating of a row, if any competitor is rated.
pub fn best_competitor(p: &Planning) -> Option<f64> {
    p.competitors
        .values()
        .copied()
        .filter(|v| v.is_finite())
        .fold(None, |best: Option<f64>, v| {
            Some(best.map_or(v, |b| b.max(v)))
        })
}

/// Whether our current satisfaction is below the best competitor's.
pub fn trails_best(p: &Planning) -> bool {
    matches!((p.current, best_competitor(p)), (Some(c), Some(b)) if c < b)
}

fn clamp(v: f64, scale: Scale) -> f64 {
    v.clamp(f64::from(scale.min), f64::from(scale.max))
}

/// The target `rule` proposes for a row with values `p` on `scale`.
pub fn propose(rule: TargetRule, p: &Planning, scale: Scale) -> Result<f64, NoTarget> {
    let v = match rule {
        TargetRule::MatchBest => {
            let best = best_competitor(p).ok_or(NoTarget::NoCompetitor)?;
            p.current.map_or(best, |c| best.max(c))
        }
        TargetRule::CurrentPlus(n) => p.current.ok_or(NoTarget::NoCurrent)? + n,
        TargetRule::ScaleMax => f64::from(scale.max),
    };
    // Ratings are entered with one decimal; proposals stay on that grid.
    Ok(clamp((v * 10.0).round() / 10.0, scale))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CompetitorId;

    fn row(current: Option<f64>, competitors: &[f64]) -> Planning {
        Planning {
            current,
            competitors: competitors
                .iter()
                .enumerate()
                .map(|(i, v)| (CompetitorId(i as u32 + 1), *v))
                .collect(),
            ..Planning::default()
        }
    }

    const S: Scale = Scale { min: 1, max: 5 };

    #[test]
    fn matching_takes_the_best_competitor_but_never_plans_below_us() {
        assert_eq!(
            propose(TargetRule::MatchBest, &row(Some(3.4), &[4.2, 3.6, 2.8]), S),
            Ok(4.2)
        );
        assert_eq!(
            propose(TargetRule::MatchBest, &row(Some(4.5), &[4.2]), S),
            Ok(4.5)
        );
        assert_eq!(
            propose(TargetRule::MatchBest, &row(None, &[3.0]), S),
            Ok(3.0)
        );
        assert_eq!(
            propose(TargetRule::MatchBest, &row(Some(3.0), &[]), S),
            Err(NoTarget::NoCompetitor)
        );
    }

    #[test]
    fn current_plus_n_stays_on_the_scale() {
        assert_eq!(
            propose(TargetRule::CurrentPlus(1.0), &row(Some(3.4), &[]), S),
            Ok(4.4)
        );
        assert_eq!(
            propose(TargetRule::CurrentPlus(2.0), &row(Some(4.1), &[]), S),
            Ok(5.0)
        );
        assert_eq!(
            propose(TargetRule::CurrentPlus(-9.0), &row(Some(2.0), &[]), S),
            Ok(1.0)
        );
        assert_eq!(
            propose(TargetRule::CurrentPlus(1.0), &row(None, &[4.0]), S),
            Err(NoTarget::NoCurrent)
        );
    }

    #[test]
    fn the_scale_maximum_follows_the_project_scale() {
        let seven = Scale { min: 1, max: 7 };
        assert_eq!(
            propose(TargetRule::ScaleMax, &row(None, &[]), seven),
            Ok(7.0)
        );
        assert_eq!(
            propose(TargetRule::ScaleMax, &row(Some(2.0), &[]), S),
            Ok(5.0)
        );
    }

    #[test]
    fn trailing_means_below_the_best_competitor() {
        assert!(trails_best(&row(Some(3.4), &[4.2, 2.0])));
        assert!(!trails_best(&row(Some(4.2), &[4.2])));
        assert!(!trails_best(&row(None, &[4.2])));
        assert!(!trails_best(&row(Some(1.0), &[])));
    }
}
