//! Who spoke: customer segments and pseudonymous respondents.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::id::{RespondentId, SegmentId};
use super::table::Record;

/// A group of customers whose voices are kept apart and may be weighted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Segment {
    pub id: SegmentId,
    pub name: String,
    /// Relative weight of this segment when survey means are combined; none means equal weight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
}

/// One person who gave remarks or ratings, known by a label rather than a name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Respondent {
    pub id: RespondentId,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segment: Option<SegmentId>,
    /// Optional attributes such as gender or age band; kept out of exports unless asked for.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
}

impl Record for Segment {
    type Id = SegmentId;
    fn id(&self) -> SegmentId {
        self.id
    }
}

impl Record for Respondent {
    type Id = RespondentId;
    fn id(&self) -> RespondentId {
        self.id
    }
}

impl super::Project {
    /// The edit that merges segment `from` into `into`: its respondents and remarks move over,
    /// then `from` is removed (its weight goes with it; `into` keeps its own).
    pub fn merge_segments(&self, from: SegmentId, into: SegmentId) -> Result<super::Edit, String> {
        use super::{Edit, Entity, EntityId};
        if from == into {
            return Err(format!("{from} cannot be merged with itself"));
        }
        for s in [from, into] {
            if !self.segments.contains(s) {
                return Err(format!("segment {s} does not exist"));
            }
        }
        let mut edits = Vec::new();
        for user in super::validate::referrers(self, EntityId::Segment(from)) {
            match self.entity(user) {
                Some(Entity::Respondent(mut r)) => {
                    r.segment = Some(into);
                    edits.push(Edit::Put(Entity::Respondent(r)));
                }
                Some(Entity::Remark(mut r)) => {
                    r.segment = Some(into);
                    edits.push(Edit::Put(Entity::Remark(r)));
                }
                _ => {}
            }
        }
        edits.push(Edit::Remove(EntityId::Segment(from)));
        Ok(Edit::Batch(edits))
    }

    /// The edit that merges respondent `from` into `into`: remarks and survey answers follow,
    /// attributes are combined (those of `into` win), `into` takes the segment of `from` when it
    /// has none, then `from` is removed. Also how many answers were left out because `into` had
    /// already answered the same question.
    pub fn merge_respondents(
        &self,
        from: RespondentId,
        into: RespondentId,
    ) -> Result<(super::Edit, usize), String> {
        use super::{Edit, Entity, EntityId, Response};
        if from == into {
            return Err(format!("{from} cannot be merged with itself"));
        }
        let (Some(a), Some(b)) = (self.respondents.get(from), self.respondents.get(into)) else {
            return Err(format!("{from} or {into} does not exist"));
        };
        let mut edits = Vec::new();
        let mut moved = Vec::new();
        let mut dropped = 0;
        for r in self.responses.iter().filter(|r| r.respondent == from) {
            edits.push(Edit::Remove(EntityId::Response(super::Record::id(r))));
            let new = Response {
                respondent: into,
                ..*r
            };
            if self.responses.contains(super::Record::id(&new)) {
                dropped += 1;
            } else {
                moved.push(Edit::Put(Entity::Response(new)));
            }
        }
        edits.extend(moved);
        for r in self.remarks.iter().filter(|r| r.respondent == Some(from)) {
            let mut r = r.clone();
            r.respondent = Some(into);
            if r.segment == a.segment {
                r.segment = b.segment.or(a.segment);
            }
            edits.push(Edit::Put(Entity::Remark(r)));
        }
        let mut b = b.clone();
        for (k, v) in &a.attributes {
            b.attributes.entry(k.clone()).or_insert_with(|| v.clone());
        }
        b.segment = b.segment.or(a.segment);
        edits.push(Edit::Put(Entity::Respondent(b)));
        edits.push(Edit::Remove(EntityId::Respondent(from)));
        Ok((Edit::Batch(edits), dropped))
    }
}

#[cfg(test)]
mod tests {
    use super::super::*;
    use super::*;

    fn people() -> Project {
        let mut p = Project::new(Meta::new("t"));
        let seg = |id, name: &str| {
            Edit::Put(Entity::Segment(Segment {
                id: SegmentId(id),
                name: name.into(),
                weight: None,
            }))
        };
        let person = |id, seg, attrs: &[(&str, &str)]| {
            Edit::Put(Entity::Respondent(Respondent {
                id: RespondentId(id),
                label: format!("p{id}"),
                segment: Some(SegmentId(seg)),
                attributes: attrs
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
            }))
        };
        let mut remark = Remark::new(RemarkId(1), "too hot");
        remark.respondent = Some(RespondentId(2));
        let answer = |who, v| {
            Edit::Put(Entity::Response(Response {
                quality: QualityId(1),
                respondent: RespondentId(who),
                reply: Reply::Importance(v),
            }))
        };
        p.apply(Edit::Batch(vec![
            seg(1, "a"),
            seg(2, "b"),
            person(1, 1, &[("age", "30s")]),
            person(2, 2, &[("age", "40s"), ("region", "north")]),
            Edit::Put(Entity::Remark(remark)),
            Edit::Put(Entity::Quality(Quality::new(QualityId(1), "q"))),
            answer(1, 4.0),
            answer(2, 2.0),
            Edit::Put(Entity::Response(Response {
                quality: QualityId(1),
                respondent: RespondentId(2),
                reply: Reply::Satisfaction(3.0),
            })),
        ]))
        .unwrap();
        p
    }

    #[test]
    fn merging_respondents_moves_remarks_and_answers_and_undo_restores() {
        let mut p = people();
        let before = p.clone();
        let (edit, dropped) = p
            .merge_respondents(RespondentId(2), RespondentId(1))
            .unwrap();
        assert_eq!(dropped, 1, "P1 had already rated the importance of Q1");
        let undo = p.apply(edit).unwrap();
        assert!(p.respondents.get(RespondentId(2)).is_none());
        let p1 = p.respondents.get(RespondentId(1)).unwrap();
        assert_eq!(p1.attributes["age"], "30s");
        assert_eq!(p1.attributes["region"], "north");
        assert_eq!(
            p.remarks.get(RemarkId(1)).unwrap().respondent,
            Some(RespondentId(1))
        );
        let answers: Vec<_> = p
            .responses
            .iter()
            .map(|r| (r.respondent, r.reply))
            .collect();
        assert_eq!(
            answers,
            [
                (RespondentId(1), Reply::Importance(4.0)),
                (RespondentId(1), Reply::Satisfaction(3.0))
            ]
        );
        assert!(validate::validate(&p).is_empty());
        p.apply(undo).unwrap();
        assert_eq!(p, before);
    }

    #[test]
    fn merging_segments_moves_their_respondents() {
        let mut p = people();
        let undo = p
            .apply(p.merge_segments(SegmentId(2), SegmentId(1)).unwrap())
            .unwrap();
        assert_eq!(p.segments.len(), 1);
        assert!(
            p.respondents
                .iter()
                .all(|r| r.segment == Some(SegmentId(1)))
        );
        p.apply(undo).unwrap();
        assert_eq!(p, people());
        assert!(p.merge_segments(SegmentId(1), SegmentId(1)).is_err());
    }
}
