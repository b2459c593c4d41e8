//! Survey answers as people gave them, and where planning takes importance and satisfaction from.
//!
//! Means and Kano categories are derived from the answers (`method::survey`) and never stored.
//!
//! In the file a response is one line, sorted: `("Q3", "P1", Importance(4.0))` (quality,
//! respondent, reply). Pairwise judgements live in `judgement`.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::id::{CompetitorId, QualityId, RespondentId};
use super::table::Record;

/// One answer to a functional or dysfunctional question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Answer {
    Like,
    MustBe,
    Neutral,
    LiveWith,
    Dislike,
}

impl Answer {
    /// In questionnaire order, which is also the row/column order of the evaluation table.
    pub const ALL: [Answer; 5] = [
        Answer::Like,
        Answer::MustBe,
        Answer::Neutral,
        Answer::LiveWith,
        Answer::Dislike,
    ];

    /// Reads an answer as a respondent or an imported sheet writes it, in English or Chinese.
    /// Case, surrounding space and the separator in "must-be"/"live-with" do not matter.
    pub fn parse(text: &str) -> Option<Answer> {
        let t = text.trim().to_lowercase();
        let t: String = t
            .chars()
            .map(|c| if c == '_' || c == ' ' { '-' } else { c })
            .collect();
        match t.as_str() {
            "like" | "喜欢" => Some(Answer::Like),
            "must-be" | "mustbe" | "理所当然" | "必须如此" | "应该的" => {
                Some(Answer::MustBe)
            }
            "neutral" | "无所谓" | "中立" => Some(Answer::Neutral),
            "live-with" | "livewith" | "能忍受" | "可以忍受" => Some(Answer::LiveWith),
            "dislike" | "不喜欢" => Some(Answer::Dislike),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Answer::Like => "like",
            Answer::MustBe => "must-be",
            Answer::Neutral => "neutral",
            Answer::LiveWith => "live-with",
            Answer::Dislike => "dislike",
        }
    }

    pub fn key_zh(self) -> &'static str {
        match self {
            Answer::Like => "喜欢",
            Answer::MustBe => "理所当然",
            Answer::Neutral => "无所谓",
            Answer::LiveWith => "能忍受",
            Answer::Dislike => "不喜欢",
        }
    }

    /// The row or column of the answer in the evaluation table.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Where the planning matrix takes importance from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ImportanceSource {
    /// The value the team entered in each quality's `planning.importance`.
    #[default]
    Direct,
    /// The (segment-weighted) mean of the survey's importance ratings.
    Survey,
    /// The AHP global priority, in percent.
    Ahp,
}

/// Where the planning matrix takes current and competitor satisfaction from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum SatisfactionSource {
    /// The values entered in `planning.current` and `planning.competitors`.
    #[default]
    Direct,
    /// The (segment-weighted) means of the survey's satisfaction ratings.
    Survey,
}

impl ImportanceSource {
    pub const ALL: [ImportanceSource; 3] = [Self::Direct, Self::Survey, Self::Ahp];

    pub fn is_direct(&self) -> bool {
        *self == Self::Direct
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Direct => "direct",
            Self::Survey => "survey",
            Self::Ahp => "ahp",
        }
    }

    /// How the source reads in a title or summary.
    pub fn describe(self) -> &'static str {
        match self {
            Self::Direct => "direct ratings",
            Self::Survey => "survey means",
            Self::Ahp => "AHP global priorities (%)",
        }
    }
}

impl SatisfactionSource {
    pub const ALL: [SatisfactionSource; 2] = [Self::Direct, Self::Survey];

    pub fn is_direct(&self) -> bool {
        *self == Self::Direct
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Direct => "direct",
            Self::Survey => "survey",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Self::Direct => "direct ratings",
            Self::Survey => "survey means",
        }
    }
}

/// What a survey row asks about one quality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Question {
    Importance,
    /// Satisfaction with our product.
    Satisfaction,
    /// Satisfaction with a competitor's product.
    Competitor(CompetitorId),
    /// Kano: "if it has …, how do you feel?"
    Functional,
    /// Kano: "if it lacks …, how do you feel?"
    Dysfunctional,
}

impl Question {
    /// The name used in CSV files: importance, satisfaction, satisfaction:K1, kano-functional, …
    /// (a competitor is shown by id here; files name competitors by name).
    pub fn key(self) -> String {
        match self {
            Question::Importance => "importance".into(),
            Question::Satisfaction => "satisfaction".into(),
            Question::Competitor(c) => format!("satisfaction:{c}"),
            Question::Functional => "kano-functional".into(),
            Question::Dysfunctional => "kano-dysfunctional".into(),
        }
    }

    pub fn is_rating(self) -> bool {
        matches!(
            self,
            Question::Importance | Question::Satisfaction | Question::Competitor(_)
        )
    }
}

/// One answer: which question it answers and what was said.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    Importance(f64),
    Satisfaction(f64),
    Competitor(CompetitorId, f64),
    Functional(Answer),
    Dysfunctional(Answer),
}

impl Reply {
    pub fn question(self) -> Question {
        match self {
            Reply::Importance(_) => Question::Importance,
            Reply::Satisfaction(_) => Question::Satisfaction,
            Reply::Competitor(c, _) => Question::Competitor(c),
            Reply::Functional(_) => Question::Functional,
            Reply::Dysfunctional(_) => Question::Dysfunctional,
        }
    }

    /// The rating, for the three rating questions.
    pub fn rating(self) -> Option<f64> {
        match self {
            Reply::Importance(v) | Reply::Satisfaction(v) | Reply::Competitor(_, v) => Some(v),
            Reply::Functional(_) | Reply::Dysfunctional(_) => None,
        }
    }

    /// The answer, for the two Kano questions.
    pub fn kano(self) -> Option<Answer> {
        match self {
            Reply::Functional(a) | Reply::Dysfunctional(a) => Some(a),
            _ => None,
        }
    }

    /// The reply for a question with a rating or a Kano answer; none when they do not fit.
    pub fn new(question: Question, rating: Option<f64>, kano: Option<Answer>) -> Option<Reply> {
        Some(match (question, rating, kano) {
            (Question::Importance, Some(v), _) => Reply::Importance(v),
            (Question::Satisfaction, Some(v), _) => Reply::Satisfaction(v),
            (Question::Competitor(c), Some(v), _) => Reply::Competitor(c, v),
            (Question::Functional, _, Some(a)) => Reply::Functional(a),
            (Question::Dysfunctional, _, Some(a)) => Reply::Dysfunctional(a),
            _ => return None,
        })
    }
}

/// Which answer a response is: one per respondent, quality and question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ResponseKey {
    pub quality: QualityId,
    pub respondent: RespondentId,
    pub question: Question,
}

impl fmt::Display for ResponseKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}/{}/{}",
            self.quality,
            self.respondent,
            self.question.key()
        )
    }
}

/// One respondent's answer to one question about one quality.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(from = "ResponseRow", into = "ResponseRow")]
pub struct Response {
    pub quality: QualityId,
    pub respondent: RespondentId,
    pub reply: Reply,
}

#[derive(Clone, Copy, Serialize, Deserialize)]
struct ResponseRow(QualityId, RespondentId, Reply);

impl From<ResponseRow> for Response {
    fn from(r: ResponseRow) -> Self {
        Response {
            quality: r.0,
            respondent: r.1,
            reply: r.2,
        }
    }
}

impl From<Response> for ResponseRow {
    fn from(r: Response) -> Self {
        ResponseRow(r.quality, r.respondent, r.reply)
    }
}

impl Record for Response {
    type Id = ResponseKey;
    fn id(&self) -> ResponseKey {
        ResponseKey {
            quality: self.quality,
            respondent: self.respondent,
            question: self.reply.question(),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::tree::Node;

    /// Two qualities in one group, one respondent with two answers, one judgement.
    pub(crate) fn surveyed() -> super::super::Project {
        use super::super::*;
        let mut p = Project::new(Meta::new("t"));
        let mut edits = vec![
            Edit::Put(Entity::Group(Group {
                id: GroupId(1),
                title: "g".into(),
                parent: None,
                order: 0,
            })),
            Edit::Put(Entity::Respondent(Respondent {
                id: RespondentId(1),
                label: "p1".into(),
                segment: None,
                attributes: Default::default(),
            })),
        ];
        for i in 1..=2 {
            let mut q = Quality::new(QualityId(i), format!("q{i}"));
            q.group = Some(GroupId(1));
            edits.push(Edit::Put(Entity::Quality(q)));
        }
        edits.push(Edit::Put(Entity::Response(Response {
            quality: QualityId(2),
            respondent: RespondentId(1),
            reply: Reply::Functional(Answer::MustBe),
        })));
        edits.push(Edit::Put(Entity::Response(Response {
            quality: QualityId(1),
            respondent: RespondentId(1),
            reply: Reply::Importance(4.0),
        })));
        edits.push(Edit::Put(Entity::Judgement(Judgement {
            parent: Some(GroupId(1)),
            a: Node::Quality(QualityId(2)),
            b: Node::Quality(QualityId(1)),
            value: 3.0,
        })));
        p.apply(Edit::Batch(edits)).unwrap();
        p
    }

    #[test]
    fn deleting_a_quality_or_respondent_takes_its_answers_and_undo_restores_them() {
        use super::super::*;
        let mut p = surveyed();
        let before = p.clone();
        assert!(
            p.apply(Edit::Remove(EntityId::Quality(QualityId(1))))
                .is_err()
        );
        let undo = p.apply(p.delete(EntityId::Quality(QualityId(1)))).unwrap();
        assert_eq!(p.responses.len(), 1);
        assert!(p.judgements.is_empty());
        p.apply(undo).unwrap();
        assert_eq!(p, before);
        let undo = p
            .apply(p.delete(EntityId::Respondent(RespondentId(1))))
            .unwrap();
        assert!(p.responses.is_empty());
        p.apply(undo).unwrap();
        assert_eq!(p, before);

        // A competitor takes its satisfaction answers with it; a group its judgements.
        p.apply(Edit::Batch(vec![
            Edit::Put(Entity::Competitor(Competitor {
                id: CompetitorId(1),
                name: "A".into(),
                order: 0,
            })),
            Edit::Put(Entity::Response(Response {
                quality: QualityId(1),
                respondent: RespondentId(1),
                reply: Reply::Competitor(CompetitorId(1), 3.0),
            })),
        ]))
        .unwrap();
        p.apply(p.delete(EntityId::Competitor(CompetitorId(1))))
            .unwrap();
        assert_eq!(p.responses.len(), 2);
        p.apply(p.delete(EntityId::Group(GroupId(1)))).unwrap();
        assert!(p.judgements.is_empty());
        assert!(super::super::validate::validate(&p).is_empty());
    }

    #[test]
    fn bad_answers_and_judgements_are_refused() {
        use super::super::*;
        let mut p = surveyed();
        let err = p
            .apply(Edit::Put(Entity::Response(Response {
                quality: QualityId(1),
                respondent: RespondentId(9),
                reply: Reply::Importance(6.0),
            })))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("P9") && err.contains("outside the rating scale 1–5"),
            "{err}"
        );
        let err = p
            .apply(Edit::Put(Entity::Judgement(Judgement {
                parent: Some(GroupId(1)),
                a: Node::Quality(QualityId(1)),
                b: Node::Quality(QualityId(1)),
                value: 12.0,
            })))
            .unwrap_err()
            .to_string();
        assert!(err.contains("itself") && err.contains("1/9 to 9"), "{err}");
        let mut meta = p.meta.clone();
        meta.scale = Scale { min: 1, max: 3 };
        assert!(p.apply(Edit::SetMeta(meta)).is_err());
    }

    #[test]
    fn replies_know_their_question() {
        let k = CompetitorId(2);
        assert_eq!(
            Reply::new(Question::Competitor(k), Some(4.0), None),
            Some(Reply::Competitor(k, 4.0))
        );
        assert_eq!(Reply::new(Question::Functional, Some(4.0), None), None);
        assert_eq!(
            Reply::Functional(Answer::Like).question(),
            Question::Functional
        );
        assert_eq!(Question::Competitor(k).key(), "satisfaction:K2");
    }
}
