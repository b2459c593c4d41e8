//! Survey aggregation: rating means with their count and spread, and Kano tallies, from the raw
//! answers stored in the project.
//!
//! Mean of a rating question for one quality:
//! - when no segment of the project carries a weight, the plain mean over the respondents who
//!   answered;
//! - when any segment carries a weight, the weighted mean of the segment means,
//!   Σ wₛ·meanₛ / Σ wₛ over the segments that answered. A segment without a weight counts 1, and
//!   respondents without a segment form one more group of weight 1. Segments whose weights sum
//!   to 0 give no mean.
//!
//! The spread is the sample standard deviation (n − 1) of the individual answers, unweighted;
//! none for fewer than two answers. Kano answers are paired per respondent (functional with
//! dysfunctional); a respondent who answered only one of the pair is counted as unpaired.

use std::collections::BTreeMap;

use super::kano::{Answer, Class, Tally, classify};
use crate::model::{Edit, Entity, Project, QualityId, Question, RespondentId, SegmentId};

/// Mean, count and spread of one rating question about one quality.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Stat {
    /// Number of answers.
    pub n: usize,
    pub mean: Option<f64>,
    /// Sample standard deviation of the answers; none for fewer than two.
    pub sd: Option<f64>,
}

/// Kano answers of one quality.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct KanoStat {
    pub tally: Tally,
    /// Respondents who answered only one question of the pair (not classified).
    pub unpaired: usize,
}

impl KanoStat {
    pub fn category(&self) -> Option<Class> {
        self.tally.category()
    }
}

/// Everything derived from the survey answers of a project.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Survey {
    pub ratings: BTreeMap<(QualityId, Question), Stat>,
    pub kano: BTreeMap<QualityId, KanoStat>,
    /// Whether means are segment-weighted (some segment carries a weight).
    pub weighted: bool,
}

impl Survey {
    pub fn compute(project: &Project) -> Survey {
        let weighted = project.segments.iter().any(|s| s.weight.is_some());
        let segment_of = |p: RespondentId| project.respondents.get(p).and_then(|r| r.segment);
        let weight_of = |s: Option<SegmentId>| {
            s.and_then(|s| project.segments.get(s))
                .and_then(|s| s.weight)
                .unwrap_or(1.0)
        };
        type Pair = (Option<Answer>, Option<Answer>);
        type Rated = Vec<(Option<SegmentId>, f64)>;
        let mut answers: BTreeMap<(QualityId, Question), Rated> = BTreeMap::new();
        let mut pairs: BTreeMap<QualityId, BTreeMap<RespondentId, Pair>> = BTreeMap::new();
        for r in &project.responses {
            let question = r.reply.question();
            if let Some(v) = r.reply.rating() {
                answers
                    .entry((r.quality, question))
                    .or_default()
                    .push((segment_of(r.respondent), v));
            } else if let Some(a) = r.reply.kano() {
                let slot = pairs
                    .entry(r.quality)
                    .or_default()
                    .entry(r.respondent)
                    .or_default();
                if question == Question::Functional {
                    slot.0 = Some(a);
                } else {
                    slot.1 = Some(a);
                }
            }
        }
        let ratings = answers
            .into_iter()
            .map(|(k, v)| (k, combine(&v, weight_of, weighted)))
            .collect();
        let kano = pairs
            .into_iter()
            .map(|(q, by_respondent)| {
                let mut stat = KanoStat::default();
                for pair in by_respondent.values() {
                    match pair {
                        (Some(f), Some(d)) => stat.tally.add(classify(*f, *d)),
                        _ => stat.unpaired += 1,
                    }
                }
                (q, stat)
            })
            .collect();
        Survey {
            ratings,
            kano,
            weighted,
        }
    }

    pub fn stat(&self, quality: QualityId, question: Question) -> Option<&Stat> {
        self.ratings.get(&(quality, question))
    }

    pub fn mean(&self, quality: QualityId, question: Question) -> Option<f64> {
        self.stat(quality, question).and_then(|s| s.mean)
    }
}

/// Mean, count and spread of answers given as (segment, rating). `weighted` selects the weighted
/// mean of segment means, with `weight_of` giving each segment's weight (none = unsegmented).
pub fn combine(
    answers: &[(Option<SegmentId>, f64)],
    weight_of: impl Fn(Option<SegmentId>) -> f64,
    weighted: bool,
) -> Stat {
    let n = answers.len();
    if n == 0 {
        return Stat::default();
    }
    let plain = answers.iter().map(|a| a.1).sum::<f64>() / n as f64;
    let mean = if weighted {
        let mut groups: BTreeMap<Option<SegmentId>, (f64, usize)> = BTreeMap::new();
        for &(s, v) in answers {
            let g = groups.entry(s).or_default();
            g.0 += v;
            g.1 += 1;
        }
        let (mut num, mut den) = (0.0, 0.0);
        for (s, (sum, count)) in groups {
            let w = weight_of(s);
            num += w * sum / count as f64;
            den += w;
        }
        (den > 0.0).then(|| num / den).filter(|m| m.is_finite())
    } else {
        Some(plain)
    };
    let sd = (n >= 2).then(|| {
        let ss: f64 = answers.iter().map(|a| (a.1 - plain).powi(2)).sum();
        (ss / (n - 1) as f64).sqrt()
    });
    Stat { n, mean, sd }
}

/// What segment weights do to importance: the mean over rated qualities of their importance
/// means, with the weights as they are and with every segment counted equally (the plain mean of
/// the answers). None when no quality has importance ratings. Also how many qualities are rated.
pub fn weight_effect(project: &Project) -> Option<(f64, f64, usize)> {
    let weighted = Survey::compute(project);
    let mut plain = project.clone();
    let ids: Vec<SegmentId> = plain.segments.ids().collect();
    for id in ids {
        if let Some(s) = plain.segments.get_mut(id) {
            s.weight = None;
        }
    }
    let unweighted = Survey::compute(&plain);
    let means = |s: &Survey| -> Vec<f64> {
        s.ratings
            .iter()
            .filter(|((_, q), _)| *q == Question::Importance)
            .filter_map(|(_, st)| st.mean)
            .collect()
    };
    let (w, u) = (means(&weighted), means(&unweighted));
    if w.is_empty() || u.is_empty() {
        return None;
    }
    let avg = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    Some((avg(&w), avg(&u), u.len()))
}

/// How many respondents gave at least one survey answer.
pub fn respondents_answering(project: &Project) -> usize {
    let mut seen: Vec<RespondentId> = project.responses.iter().map(|r| r.respondent).collect();
    seen.sort();
    seen.dedup();
    seen.len()
}

/// The edit that writes every survey Kano category, all six of them, into its quality's Kano type,
/// and how many qualities it changes.
pub fn adopt_kano_types(project: &Project) -> (Edit, usize) {
    let survey = Survey::compute(project);
    let mut edits = Vec::new();
    for (id, stat) in &survey.kano {
        let Some(class) = stat.category() else {
            continue;
        };
        let Some(q) = project.qualities.get(*id) else {
            continue;
        };
        let kano = class.kano();
        if q.kano != kano {
            let mut q = q.clone();
            q.kano = kano;
            edits.push(Edit::Put(Entity::Quality(q)));
        }
    }
    let n = edits.len();
    (Edit::Batch(edits), n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    const S1: Option<SegmentId> = Some(SegmentId(1));
    const S2: Option<SegmentId> = Some(SegmentId(2));

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn plain_mean_and_spread() {
        // 5, 4, 3, 4: mean 4, squares 1 + 0 + 1 + 0 = 2, sd = √(2/3).
        let s = combine(
            &[(S1, 5.0), (S1, 4.0), (S2, 3.0), (None, 4.0)],
            |_| 1.0,
            false,
        );
        assert_eq!(s.n, 4);
        assert!(close(s.mean.unwrap(), 4.0));
        assert!(close(s.sd.unwrap(), (2.0f64 / 3.0).sqrt()));
        let one = combine(&[(None, 3.0)], |_| 1.0, false);
        assert_eq!((one.n, one.mean, one.sd), (1, Some(3.0), None));
        assert_eq!(combine(&[], |_| 1.0, true), Stat::default());
    }

    #[test]
    fn weighted_mean_of_segment_means() {
        // S1 (weight 3): 5, 3 → 4. S2 (weight 1): 2 → 2. Unsegmented (weight 1): 4, 5 → 4.5.
        // (3·4 + 1·2 + 1·4.5) / (3 + 1 + 1) = 18.5 / 5 = 3.7; the plain mean would be 19/5 = 3.8.
        let answers = [(S1, 5.0), (S1, 3.0), (S2, 2.0), (None, 4.0), (None, 5.0)];
        let w = |s: Option<SegmentId>| if s == S1 { 3.0 } else { 1.0 };
        let s = combine(&answers, w, true);
        assert!(close(s.mean.unwrap(), 3.7), "{s:?}");
        assert!(close(combine(&answers, w, false).mean.unwrap(), 3.8));
        // Only weight-0 segments answered: no mean.
        let z = combine(&[(S1, 4.0)], |_| 0.0, true);
        assert_eq!((z.n, z.mean), (1, None));
    }

    fn project() -> Project {
        let mut p = Project::new(Meta::new("t"));
        let mut edits = vec![
            Edit::Put(Entity::Segment(Segment {
                id: SegmentId(1),
                name: "family".into(),
                weight: None,
            })),
            Edit::Put(Entity::Segment(Segment {
                id: SegmentId(2),
                name: "renter".into(),
                weight: None,
            })),
            Edit::Put(Entity::Quality(Quality::new(QualityId(1), "q1"))),
        ];
        for (i, s) in [(1, S1), (2, S1), (3, S2), (4, None)] {
            edits.push(Edit::Put(Entity::Respondent(Respondent {
                id: RespondentId(i),
                label: format!("p{i}"),
                segment: s,
                attributes: Default::default(),
            })));
        }
        for (i, v) in [(1, 5.0), (2, 3.0), (3, 2.0), (4, 4.0)] {
            edits.push(Edit::Put(Entity::Response(Response {
                quality: QualityId(1),
                respondent: RespondentId(i),
                reply: Reply::Importance(v),
            })));
        }
        use crate::method::kano::Answer::*;
        for (i, f, d) in [(1, Like, Dislike), (2, Like, Neutral), (3, MustBe, Dislike)] {
            edits.push(Edit::Put(Entity::Response(Response {
                quality: QualityId(1),
                respondent: RespondentId(i),
                reply: Reply::Functional(f),
            })));
            edits.push(Edit::Put(Entity::Response(Response {
                quality: QualityId(1),
                respondent: RespondentId(i),
                reply: Reply::Dysfunctional(d),
            })));
        }
        edits.push(Edit::Put(Entity::Response(Response {
            quality: QualityId(1),
            respondent: RespondentId(4),
            reply: Reply::Functional(Like),
        })));
        p.apply(Edit::Batch(edits)).unwrap();
        p
    }

    #[test]
    fn project_means_follow_segment_weights() {
        let mut p = project();
        let s = Survey::compute(&p);
        assert!(!s.weighted);
        // Plain: (5 + 3 + 2 + 4) / 4 = 3.5.
        assert!(close(
            s.mean(QualityId(1), Question::Importance).unwrap(),
            3.5
        ));
        assert_eq!(s.stat(QualityId(1), Question::Importance).unwrap().n, 4);
        let mut seg = p.segments.get(SegmentId(2)).unwrap().clone();
        seg.weight = Some(2.0);
        p.apply(Edit::Put(Entity::Segment(seg))).unwrap();
        let s = Survey::compute(&p);
        assert!(s.weighted);
        // family (1): (5 + 3)/2 = 4; renter (2): 2; none (1): 4 → (4 + 4 + 4) / 4 = 3.
        assert!(close(
            s.mean(QualityId(1), Question::Importance).unwrap(),
            3.0
        ));
        assert_eq!(s.mean(QualityId(1), Question::Satisfaction), None);
    }

    #[test]
    fn kano_pairs_per_respondent() {
        let s = Survey::compute(&project());
        let k = s.kano[&QualityId(1)];
        // like/dislike O, like/neutral A, must-be/dislike M; P4 answered only the functional one.
        assert_eq!(
            (k.tally.a, k.tally.o, k.tally.m, k.tally.total()),
            (1, 1, 1, 3)
        );
        assert_eq!(k.unpaired, 1);
        assert_eq!(k.category(), Some(Class::M));
        assert_eq!(respondents_answering(&project()), 4);
    }
}
