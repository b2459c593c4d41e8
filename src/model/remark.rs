//! Raw customer remarks: the customer's own words, where they came from and in what scene.

use serde::{Deserialize, Serialize};

use super::id::{RemarkId, RespondentId, SegmentId};
use super::table::Record;

/// The four questions of the voice-of-customer questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum QuestionKind {
    /// "When you use X, which scenes come to mind?"
    Scene,
    /// "When you buy X, what do you pay attention to?"
    Purchase,
    /// "It would be great if X …"
    Wish,
    /// "What troubled or dissatisfied you with X?"
    Trouble,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 4] = [Self::Scene, Self::Purchase, Self::Wish, Self::Trouble];

    pub fn key(self) -> &'static str {
        match self {
            Self::Scene => "scene",
            Self::Purchase => "purchase",
            Self::Wish => "wish",
            Self::Trouble => "trouble",
        }
    }
}

/// Where a remark came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Source {
    Questionnaire(Option<QuestionKind>),
    Interview,
    Complaint,
    Observation,
    Internal,
    Simulated,
    #[default]
    Other,
}

impl Source {
    /// Every source a user can name, in the order menus show them.
    pub const ALL: [Source; 11] = [
        Source::Questionnaire(None),
        Source::Questionnaire(Some(QuestionKind::Scene)),
        Source::Questionnaire(Some(QuestionKind::Purchase)),
        Source::Questionnaire(Some(QuestionKind::Wish)),
        Source::Questionnaire(Some(QuestionKind::Trouble)),
        Source::Interview,
        Source::Complaint,
        Source::Observation,
        Source::Internal,
        Source::Simulated,
        Source::Other,
    ];

    /// The name used on the command line and in CSV files, e.g. `questionnaire:wish`.
    pub fn key(self) -> String {
        match self {
            Source::Questionnaire(None) => "questionnaire".into(),
            Source::Questionnaire(Some(q)) => format!("questionnaire:{}", q.key()),
            Source::Interview => "interview".into(),
            Source::Complaint => "complaint".into(),
            Source::Observation => "observation".into(),
            Source::Internal => "internal".into(),
            Source::Simulated => "simulated".into(),
            Source::Other => "other".into(),
        }
    }

    /// Reads a source name in English or Chinese; `None` when it names no source.
    pub fn parse(text: &str) -> Option<Source> {
        let t = text.trim().to_lowercase();
        let (head, tail) = match t.split_once(':').or_else(|| t.split_once('：')) {
            Some((h, q)) => (h.trim().to_string(), Some(q.trim().to_string())),
            None => (t.clone(), None),
        };
        let question = |q: &str| -> Option<QuestionKind> {
            match q {
                "scene" | "usage" | "场面" | "使用场景" => Some(QuestionKind::Scene),
                "purchase" | "buy" | "购买" | "购买关注" => Some(QuestionKind::Purchase),
                "wish" | "希望" | "愿望" => Some(QuestionKind::Wish),
                "trouble" | "complaint" | "困扰" | "不满" => Some(QuestionKind::Trouble),
                _ => None,
            }
        };
        let base = match head.as_str() {
            "questionnaire" | "survey" | "问卷" | "问卷调查" => {
                return match tail {
                    None => Some(Source::Questionnaire(None)),
                    Some(q) => question(&q).map(|k| Source::Questionnaire(Some(k))),
                };
            }
            "interview" | "访谈" => Source::Interview,
            "complaint" | "claim" | "投诉" | "抱怨" => Source::Complaint,
            "observation" | "观察" => Source::Observation,
            "internal" | "内部" | "内部信息" => Source::Internal,
            "simulated" | "模拟" | "模拟顾客" => Source::Simulated,
            "other" | "" | "其他" => Source::Other,
            _ => return None,
        };
        tail.is_none().then_some(base)
    }
}

/// The usage situation behind a remark (5W1H); any part may be unknown.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scene {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub who: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#where: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub what: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how: Option<String>,
}

impl Scene {
    pub const FIELDS: [&'static str; 6] = ["who", "where", "when", "why", "what", "how"];

    pub fn is_empty(&self) -> bool {
        self.parts().iter().all(|(_, v)| v.is_none())
    }

    /// The six parts with their names, in 5W1H order.
    pub fn parts(&self) -> [(&'static str, Option<&str>); 6] {
        [
            ("who", self.who.as_deref()),
            ("where", self.r#where.as_deref()),
            ("when", self.when.as_deref()),
            ("why", self.why.as_deref()),
            ("what", self.what.as_deref()),
            ("how", self.how.as_deref()),
        ]
    }

    /// Sets one part by name; an empty value clears it. Returns false for an unknown name.
    pub fn set(&mut self, field: &str, value: &str) -> bool {
        let v = Some(value.trim().to_string()).filter(|s| !s.is_empty());
        let slot = match field {
            "who" => &mut self.who,
            "where" => &mut self.r#where,
            "when" => &mut self.when,
            "why" => &mut self.why,
            "what" => &mut self.what,
            "how" => &mut self.how,
            _ => return false,
        };
        *slot = v;
        true
    }
}

/// A customer's own words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Remark {
    pub id: RemarkId,
    pub text: String,
    #[serde(default)]
    pub source: Source,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respondent: Option<RespondentId>,
    /// The segment when no respondent is known (a respondent brings their own segment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segment: Option<SegmentId>,
    #[serde(default, skip_serializing_if = "Scene::is_empty")]
    pub scene: Scene,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Cut from a longer text (an interview transcript) by gemba and not yet accepted by the
    /// facilitator: to be accepted, edited or dropped on the Remarks step. Written only when true,
    /// so files without candidates stay as they were.
    #[serde(default, skip_serializing_if = "is_false")]
    pub candidate: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Remark {
    pub fn new(id: RemarkId, text: impl Into<String>) -> Self {
        Remark {
            id,
            text: text.into(),
            source: Source::Other,
            respondent: None,
            segment: None,
            scene: Scene::default(),
            tags: Vec::new(),
            candidate: false,
        }
    }
}

impl Record for Remark {
    type Id = RemarkId;
    fn id(&self) -> RemarkId {
        self.id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_reads_back_from_its_key() {
        for s in Source::ALL {
            assert_eq!(Source::parse(&s.key()), Some(s), "{}", s.key());
        }
        assert_eq!(Source::parse("投诉"), Some(Source::Complaint));
        assert_eq!(
            Source::parse("问卷:希望"),
            Some(Source::Questionnaire(Some(QuestionKind::Wish)))
        );
        assert_eq!(Source::parse("telepathy"), None);
        assert_eq!(Source::parse("interview:wish"), None);
    }
}
