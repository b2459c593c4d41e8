//! The planning values the matrix actually uses: the entered ones, with importance and
//! satisfaction replaced by the survey or AHP when the project says so (`meta.importance`,
//! `meta.satisfaction`). A chosen source is used alone: a quality the survey did not ask about, or
//! one without an AHP global priority, has no importance (its row is incomplete) rather than
//! silently mixing sources.

use std::collections::BTreeMap;

use super::hierarchy::Priorities;
use super::survey::Survey;
use crate::model::tree::{Node, Tree};
use crate::model::{ImportanceSource, Planning, Project, QualityId, Question, SatisfactionSource};

/// The effective planning values of every quality.
pub fn effective(project: &Project, tree: &Tree) -> BTreeMap<QualityId, Planning> {
    let meta = &project.meta;
    let needs_survey = meta.importance == ImportanceSource::Survey
        || meta.satisfaction == SatisfactionSource::Survey;
    let survey = needs_survey.then(|| Survey::compute(project));
    let ahp = (meta.importance == ImportanceSource::Ahp)
        .then(|| Priorities::compute_with_tree(project, tree));
    project
        .qualities
        .iter()
        .map(|q| {
            let mut p = q.planning.clone();
            match (meta.importance, &survey, &ahp) {
                (ImportanceSource::Survey, Some(s), _) => {
                    p.importance = s.mean(q.id, Question::Importance);
                }
                (ImportanceSource::Ahp, _, Some(a)) => {
                    p.importance = a.global.get(&Node::Quality(q.id)).map(|w| w * 100.0);
                }
                _ => {}
            }
            if let (SatisfactionSource::Survey, Some(s)) = (meta.satisfaction, &survey) {
                p.current = s.mean(q.id, Question::Satisfaction);
                p.competitors = project
                    .competitors
                    .iter()
                    .filter_map(|c| Some((c.id, s.mean(q.id, Question::Competitor(c.id))?)))
                    .collect();
            }
            (q.id, p)
        })
        .collect()
}
