//! Benchmark comparisons and target helpers for the planning matrix: the best competitor of a
//! row, whether we trail it, and the planned level proposed by a rule (match the best
//! competitor, current + n, the scale maximum), applied to many rows as one undoable edit.
//!
//! Satisfaction values are the effective ones (`method::inputs`), so a project that takes
//! satisfaction from its survey compares and proposes from the survey means.

use crate::model::tree::Tree;
use crate::model::{CompetitorId, Edit, Entity, Planning, Project, QualityId, Scale};

/// The competitor rated highest in a row; ties go to the lower id.
pub fn best_competitor(p: &Planning) -> Option<(CompetitorId, f64)> {
    p.competitors.iter().fold(
        None,
        |best: Option<(CompetitorId, f64)>, (&c, &v)| match best {
            Some((_, b)) if b >= v => best,
            _ => Some((c, v)),
        },
    )
}

/// Whether our current satisfaction is below the best competitor's.
pub fn trails_best(p: &Planning) -> bool {
    matches!((p.current, best_competitor(p)), (Some(c), Some((_, b))) if c < b)
}

/// How to propose a planned level.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rule {
    /// The best competitor's satisfaction.
    BestCompetitor,
    /// Current satisfaction plus a step.
    CurrentPlus(f64),
    /// The top of the rating scale.
    ScaleMax,
}

/// The target a rule proposes for a row, kept on the scale; none when the row lacks the value
/// the rule starts from.
pub fn propose(rule: Rule, p: &Planning, scale: Scale) -> Option<f64> {
    let v = match rule {
        Rule::BestCompetitor => best_competitor(p)?.1,
        Rule::CurrentPlus(n) => p.current? + n,
        Rule::ScaleMax => f64::from(scale.max),
    };
    v.is_finite()
        .then(|| v.clamp(f64::from(scale.min), f64::from(scale.max)))
}

/// The edit that sets the proposed target on each of `qualities` (all qualities when empty), and
/// the qualities left as they were because the rule had nothing to start from.
pub fn edit(project: &Project, qualities: &[QualityId], rule: Rule) -> (Edit, Vec<QualityId>) {
    let inputs = super::inputs::effective(project, &Tree::build(project));
    let all: Vec<QualityId>;
    let ids = if qualities.is_empty() {
        all = project.qualities.ids().collect();
        &all
    } else {
        qualities
    };
    let mut edits = Vec::new();
    let mut skipped = Vec::new();
    for id in ids {
        let (Some(q), Some(p)) = (project.qualities.get(*id), inputs.get(id)) else {
            skipped.push(*id);
            continue;
        };
        match propose(rule, p, project.meta.scale) {
            Some(t) if q.planning.target != Some(t) => {
                let mut q = q.clone();
                q.planning.target = Some(t);
                edits.push(Edit::Put(Entity::Quality(q)));
            }
            Some(_) => {}
            None => skipped.push(*id),
        }
    }
    (Edit::Batch(edits), skipped)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn planning(current: Option<f64>, competitors: &[(u32, f64)]) -> Planning {
        Planning {
            current,
            competitors: competitors
                .iter()
                .map(|&(c, v)| (CompetitorId(c), v))
                .collect(),
            ..Planning::default()
        }
    }

    #[test]
    fn best_competitor_and_trailing() {
        let p = planning(Some(3.5), &[(1, 4.0), (2, 4.2), (3, 4.2)]);
        assert_eq!(best_competitor(&p), Some((CompetitorId(2), 4.2)));
        assert!(trails_best(&p));
        assert!(!trails_best(&planning(Some(4.2), &[(1, 4.2)])));
        assert!(!trails_best(&planning(None, &[(1, 4.2)])));
        assert_eq!(best_competitor(&planning(Some(3.0), &[])), None);
    }

    #[test]
    fn rules_propose_on_the_scale() {
        let scale = Scale::default();
        let p = planning(Some(4.5), &[(1, 4.0), (2, 3.0)]);
        assert_eq!(propose(Rule::BestCompetitor, &p, scale), Some(4.0));
        assert_eq!(propose(Rule::CurrentPlus(0.3), &p, scale), Some(4.8));
        assert_eq!(propose(Rule::CurrentPlus(1.0), &p, scale), Some(5.0));
        assert_eq!(propose(Rule::ScaleMax, &p, scale), Some(5.0));
        assert_eq!(
            propose(Rule::CurrentPlus(1.0), &planning(None, &[]), scale),
            None
        );
    }

    #[test]
    fn one_edit_for_many_rows_and_undo_restores() {
        let mut p = Project::new(Meta::new("t"));
        p.apply(Edit::Put(Entity::Competitor(Competitor {
            id: CompetitorId(1),
            name: "A".into(),
            order: 0,
        })))
        .unwrap();
        for (i, cur, comp) in [
            (1, Some(3.0), Some(4.0)),
            (2, Some(2.0), None),
            (3, None, None),
        ] {
            let mut q = Quality::new(QualityId(i), format!("q{i}"));
            q.planning.current = cur;
            if let Some(c) = comp {
                q.planning.competitors.insert(CompetitorId(1), c);
            }
            p.apply(Edit::Put(Entity::Quality(q))).unwrap();
        }
        let before = p.clone();
        let (e, skipped) = edit(&p, &[], Rule::BestCompetitor);
        assert_eq!(skipped, vec![QualityId(2), QualityId(3)]);
        let undo = p.apply(e).unwrap();
        assert_eq!(
            p.qualities.get(QualityId(1)).unwrap().planning.target,
            Some(4.0)
        );
        let (e, skipped) = edit(&p, &[QualityId(1), QualityId(2)], Rule::CurrentPlus(1.0));
        assert!(skipped.is_empty());
        p.apply(e).unwrap();
        assert_eq!(
            p.qualities.get(QualityId(2)).unwrap().planning.target,
            Some(3.0)
        );
        p.apply(undo).unwrap();
        assert_eq!(p.qualities.get(QualityId(1)).unwrap().planning.target, None);
        assert_eq!(
            p.qualities.get(QualityId(2)).unwrap().planning.target,
            Some(3.0)
        );
        assert_ne!(p, before);
    }
}
