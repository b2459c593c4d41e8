//! Names that must be unique within their table, checked for many records at once.

use super::validate::Problem;
use super::*;

/// Names that must be unique within their table: segment, competitor and characteristic names
/// and respondent labels. The problems of the records `touched` (ids of other kinds are ignored)
/// whose name another record of the same table also has. One pass over each table concerned, so
/// an import of many records costs no more than checking them all once.
pub fn name_clashes(project: &Project, touched: &[EntityId]) -> Vec<Problem> {
    use std::collections::HashMap;
    fn clashes<'a, T: Record + 'a>(
        table: impl IntoIterator<Item = &'a T>,
        name: impl Fn(&T) -> &str,
        touched: &[T::Id],
        wrap: impl Fn(T::Id) -> EntityId,
        message: impl Fn(&str) -> String,
        out: &mut Vec<Problem>,
    ) where
        T::Id: std::hash::Hash + Eq,
    {
        if touched.is_empty() {
            return;
        }
        let mut count: HashMap<&str, usize> = HashMap::new();
        let mut names: HashMap<T::Id, &str> = HashMap::new();
        for r in table {
            *count.entry(name(r)).or_default() += 1;
            names.insert(r.id(), name(r));
        }
        let mut done = std::collections::HashSet::new();
        for id in touched {
            if let Some(n) = names.get(id)
                && count[n] > 1
                && done.insert(*id)
            {
                out.push(Problem::new(Some(wrap(*id)), message(n)));
            }
        }
    }
    let segments: Vec<SegmentId> = touched
        .iter()
        .filter_map(|e| match e {
            EntityId::Segment(i) => Some(*i),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    clashes(
        &project.segments,
        |s| s.name.as_str(),
        &segments,
        EntityId::Segment,
        |n| format!("the name '{n}' is used by another segment"),
        &mut out,
    );
    let respondents: Vec<RespondentId> = touched
        .iter()
        .filter_map(|e| match e {
            EntityId::Respondent(i) => Some(*i),
            _ => None,
        })
        .collect();
    clashes(
        &project.respondents,
        |r| r.label.as_str(),
        &respondents,
        EntityId::Respondent,
        |n| format!("the label '{n}' is used by another respondent"),
        &mut out,
    );
    let competitors: Vec<CompetitorId> = touched
        .iter()
        .filter_map(|e| match e {
            EntityId::Competitor(i) => Some(*i),
            _ => None,
        })
        .collect();
    clashes(
        &project.competitors,
        |c| c.name.as_str(),
        &competitors,
        EntityId::Competitor,
        |n| format!("the name '{n}' is used by another competitor"),
        &mut out,
    );
    let characteristics: Vec<CharacteristicId> = touched
        .iter()
        .filter_map(|e| match e {
            EntityId::Characteristic(i) => Some(*i),
            _ => None,
        })
        .collect();
    clashes(
        &project.characteristics,
        |c| c.name.as_str(),
        &characteristics,
        EntityId::Characteristic,
        |n| format!("the name '{n}' is used by another characteristic"),
        &mut out,
    );
    out
}
