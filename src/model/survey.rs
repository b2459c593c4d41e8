//! Survey data and pairwise judgements, stored as the raw answers people gave. Means, Kano
//! categories and AHP priorities are derived from them (`method::survey`, `method::hierarchy`)
//! and never stored.
//!
//! In the file both are one line per record, sorted: a response is
//! `("Q3", "P1", Importance(4.0))` (quality, respondent, reply) and a judgement is
//! `("G2", "Q3", "Q5", 3.0)` (parent group or `None` for the top level, a, b, how many times a
//! is as important as b).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::id::{CompetitorId, GroupId, IdParseError, QualityId, RespondentId};
use super::table::Record;
use super::tree::Node;

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

impl fmt::Display for Node {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Node::Group(g) => g.fmt(f),
            Node::Quality(q) => q.fmt(f),
        }
    }
}

impl FromStr for Node {
    type Err = IdParseError;
    /// A group id (G2) or a quality id (Q7).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.trim_start().starts_with(GroupId::PREFIX) {
            s.parse().map(Node::Group)
        } else {
            s.parse().map(Node::Quality).map_err(|_| IdParseError {
                text: s.to_string(),
                kind: "group or quality",
                prefix: "G or Q",
            })
        }
    }
}

impl Serialize for Node {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Which pair a judgement compares, in either order: one judgement per pair and parent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct JudgementKey {
    /// The group whose children are compared; none for the top-level groups.
    pub parent: Option<GroupId>,
    /// The smaller of the two nodes.
    pub low: Node,
    pub high: Node,
}

impl fmt::Display for JudgementKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.parent {
            Some(g) => write!(f, "{g}:{}~{}", self.low, self.high),
            None => write!(f, "top:{}~{}", self.low, self.high),
        }
    }
}

/// A pairwise comparison on Saaty's scale: `a` is `value` times as important as `b`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(from = "JudgementRow", into = "JudgementRow")]
pub struct Judgement {
    pub parent: Option<GroupId>,
    pub a: Node,
    pub b: Node,
    pub value: f64,
}

#[derive(Clone, Copy, Serialize, Deserialize)]
struct JudgementRow(Option<GroupId>, Node, Node, f64);

impl From<JudgementRow> for Judgement {
    fn from(r: JudgementRow) -> Self {
        Judgement {
            parent: r.0,
            a: r.1,
            b: r.2,
            value: r.3,
        }
    }
}

impl From<Judgement> for JudgementRow {
    fn from(j: Judgement) -> Self {
        JudgementRow(j.parent, j.a, j.b, j.value)
    }
}

impl Judgement {
    /// How many times `x` is as important as the other node of the pair, if `x` is in it.
    pub fn value_for(&self, x: Node) -> Option<f64> {
        if x == self.a {
            Some(self.value)
        } else if x == self.b {
            Some(1.0 / self.value)
        } else {
            None
        }
    }
}

impl Record for Judgement {
    type Id = JudgementKey;
    fn id(&self) -> JudgementKey {
        JudgementKey {
            parent: self.parent,
            low: self.a.min(self.b),
            high: self.a.max(self.b),
        }
    }
}

/// The parent a node hangs from in the tree: a quality's group, a group's parent group.
/// `Err(())` for a quality that is not placed in any group (it is in no sibling set).
#[allow(clippy::result_unit_err)]
pub fn parent_of(project: &super::Project, node: Node) -> Result<Option<GroupId>, ()> {
    match node {
        Node::Group(g) => Ok(project.groups.get(g).and_then(|g| g.parent)),
        Node::Quality(q) => project
            .qualities
            .get(q)
            .and_then(|q| q.group)
            .map(Some)
            .ok_or(()),
    }
}

impl super::Project {
    /// How many times `a` is judged as important as `b` among the children of `parent`, if the
    /// pair has been compared (in either order).
    pub fn judgement(&self, parent: Option<GroupId>, a: Node, b: Node) -> Option<f64> {
        let key = JudgementKey {
            parent,
            low: a.min(b),
            high: a.max(b),
        };
        self.judgements.get(key).and_then(|j| j.value_for(a))
    }

    /// The edit that records "`a` is `value` times as important as `b`" under the parent both
    /// hang from. Refused, saying why, when they are not siblings or the value is off Saaty's
    /// scale.
    pub fn judge(&self, a: Node, b: Node, value: f64) -> Result<super::Edit, String> {
        if a == b {
            return Err(format!("{a} cannot be compared with itself"));
        }
        if !super::saaty::on_scale(value) {
            return Err(format!("{value} is outside Saaty's scale 1/9 to 9"));
        }
        let pa = parent_of(self, a).map_err(|()| format!("{a} is not placed in any group"))?;
        let pb = parent_of(self, b).map_err(|()| format!("{b} is not placed in any group"))?;
        if pa != pb {
            return Err(format!("{a} and {b} are not siblings"));
        }
        Ok(super::Edit::Put(super::Entity::Judgement(Judgement {
            parent: pa,
            a,
            b,
            value,
        })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_print_and_parse() {
        assert_eq!("G2".parse::<Node>(), Ok(Node::Group(GroupId(2))));
        assert_eq!("Q7".parse::<Node>(), Ok(Node::Quality(QualityId(7))));
        assert!("R7".parse::<Node>().is_err());
        assert_eq!(Node::Group(GroupId(3)).to_string(), "G3");
    }

    #[test]
    fn a_judgement_is_keyed_by_its_pair_in_either_order() {
        let j = |a, b| Judgement {
            parent: None,
            a,
            b,
            value: 3.0,
        };
        let (x, y) = (Node::Group(GroupId(1)), Node::Group(GroupId(2)));
        assert_eq!(j(x, y).id(), j(y, x).id());
        assert_eq!(j(y, x).value_for(x), Some(1.0 / 3.0));
    }

    fn surveyed() -> super::super::Project {
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
    fn responses_and_judgements_are_one_sorted_line_each() {
        let p = surveyed();
        let text = crate::store::to_ron(&p).unwrap();
        let a = text.find(r#"("Q1", "P1", Importance(4.0)),"#).expect(&text);
        let b = text
            .find(r#"("Q2", "P1", Functional(MustBe)),"#)
            .expect(&text);
        assert!(a < b);
        assert!(text.contains(r#"("G1", "Q2", "Q1", 3.0),"#), "{text}");
        let back = crate::store::from_ron(&text, std::path::Path::new("x.ron")).unwrap();
        assert_eq!(back, p);
        assert!(super::super::validate::validate(&back).is_empty());
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
    fn judging_a_pair_of_siblings() {
        use super::super::*;
        let mut p = surveyed();
        let (q1, q2) = (Node::Quality(QualityId(1)), Node::Quality(QualityId(2)));
        assert_eq!(p.judgement(Some(GroupId(1)), q1, q2), Some(1.0 / 3.0));
        assert_eq!(p.judgement(Some(GroupId(1)), q2, q1), Some(3.0));
        assert_eq!(p.judgement(None, q2, q1), None);
        let undo = p.apply(p.judge(q1, q2, 5.0).unwrap()).unwrap();
        assert_eq!(p.judgement(Some(GroupId(1)), q1, q2), Some(5.0));
        assert_eq!(p.judgements.len(), 1);
        p.apply(undo).unwrap();
        assert_eq!(p.judgement(Some(GroupId(1)), q2, q1), Some(3.0));
        assert!(
            p.judge(q1, Node::Group(GroupId(1)), 2.0)
                .unwrap_err()
                .contains("siblings")
        );
        assert!(p.judge(q1, q2, 10.0).is_err());
        assert!(p.judge(q1, q1, 1.0).is_err());
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
