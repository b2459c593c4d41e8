//! `import responses`: survey answers, one per row, in the columns
//! `respondent,segment,quality,question,answer` (a `prompt` column, as the survey forms write it,
//! is ignored). Ratings and Kano answers become survey responses; the four VOC questions become
//! remarks. Respondents and segments are found by label/name or created.

use std::collections::HashMap;

use super::{Plan, RowError, Table, read_sheet};
use crate::method::kano::Answer;
use crate::model::*;

/// The columns a responses CSV may have; the first five are the data, `prompt` is for people.
pub const COLUMNS: [&str; 6] = [
    "respondent",
    "segment",
    "quality",
    "question",
    "answer",
    "prompt",
];

/// The question names a file may use (besides `satisfaction:<competitor>`).
pub const QUESTIONS: [&str; 8] = [
    "importance",
    "satisfaction",
    "kano-functional",
    "kano-dysfunctional",
    "voc-scene",
    "voc-purchase",
    "voc-wish",
    "voc-trouble",
];

/// What a `question` cell asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    Survey(Question),
    Voc(QuestionKind),
}

/// Reads a `question` cell; competitors are named by name (or id).
pub fn parse_question(project: &Project, text: &str) -> Result<Asked, String> {
    let t = text.trim().to_lowercase();
    Ok(match t.as_str() {
        "importance" => Asked::Survey(Question::Importance),
        "satisfaction" => Asked::Survey(Question::Satisfaction),
        "kano-functional" => Asked::Survey(Question::Functional),
        "kano-dysfunctional" => Asked::Survey(Question::Dysfunctional),
        "voc-scene" => Asked::Voc(QuestionKind::Scene),
        "voc-purchase" => Asked::Voc(QuestionKind::Purchase),
        "voc-wish" => Asked::Voc(QuestionKind::Wish),
        "voc-trouble" => Asked::Voc(QuestionKind::Trouble),
        _ => {
            let Some(name) = text.trim().strip_prefix("satisfaction:") else {
                return Err(format!(
                    "'{text}' is not a question; use {}, or satisfaction:<competitor>",
                    QUESTIONS.join(", ")
                ));
            };
            let name = name.trim();
            let found = project.competitor_by_name(name).map(|c| c.id).or_else(|| {
                name.parse::<CompetitorId>()
                    .ok()
                    .filter(|c| project.competitors.contains(*c))
            });
            match found {
                Some(c) => Asked::Survey(Question::Competitor(c)),
                None => {
                    let known: Vec<&str> = project
                        .competitors
                        .iter()
                        .map(|c| c.name.as_str())
                        .collect();
                    return Err(if known.is_empty() {
                        format!("unknown competitor '{name}'; the project has no competitors yet")
                    } else {
                        format!(
                            "unknown competitor '{name}'; the project has {}",
                            known.join(", ")
                        )
                    });
                }
            }
        }
    })
}

/// A quality named by id (Q3) or by its exact text.
pub fn find_quality(project: &Project, text: &str) -> Result<QualityId, String> {
    if let Ok(id) = text.parse::<QualityId>() {
        return if project.qualities.contains(id) {
            Ok(id)
        } else {
            Err(format!("there is no quality {id} in the project"))
        };
    }
    let matches: Vec<QualityId> = project
        .qualities
        .iter()
        .filter(|q| q.text == text)
        .map(|q| q.id)
        .collect();
    match matches.as_slice() {
        [one] => Ok(*one),
        [] => Err(format!(
            "no quality has the text '{text}'; give its id (Q…) or its exact text"
        )),
        many => Err(format!(
            "{} qualities have the text '{text}' ({}); give the id instead",
            many.len(),
            many.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// Respondents and segments found or created while reading.
struct People<'a> {
    project: &'a Project,
    segments: Vec<Segment>,
    /// New respondents, and existing ones whose segment the file sets.
    respondents: Vec<Respondent>,
    created: usize,
    // Indexes by name, so each row's look-up takes the same time however long the file is.
    /// Segments of the project and new ones, by name (the first with a name).
    segment_ids: HashMap<String, SegmentId>,
    /// The project's respondents by label (the first with a label).
    project_respondents: HashMap<&'a str, &'a Respondent>,
    /// Positions in `respondents`, by label.
    respondent_at: HashMap<String, usize>,
}

impl<'a> People<'a> {
    fn segment(&mut self, name: &str) -> Option<SegmentId> {
        if name.is_empty() {
            return None;
        }
        if let Some(&id) = self.segment_ids.get(name) {
            return Some(id);
        }
        let id = SegmentId::fresh(self.project.issued.segment, self.segments.len());
        self.segment_ids.insert(name.to_string(), id);
        self.segments.push(Segment {
            id,
            name: name.to_string(),
            weight: None,
        });
        Some(id)
    }

    fn segment_name(&self, id: SegmentId) -> String {
        self.project
            .segments
            .get(id)
            .map(|s| s.name.clone())
            .or_else(|| {
                self.segments
                    .iter()
                    .find(|s| s.id == id)
                    .map(|s| s.name.clone())
            })
            .unwrap_or_default()
    }

    /// The respondent with this label, created or given the segment when needed.
    fn respondent(&mut self, label: &str, segment_name: &str) -> Result<RespondentId, String> {
        let segment = self.segment(segment_name);
        if let Some(&i) = self.respondent_at.get(label) {
            let r = &self.respondents[i];
            return match (r.segment, segment) {
                (Some(a), Some(b)) if a != b => Err(format!(
                    "respondent '{label}' is in segment '{}' on an earlier line, not '{segment_name}'",
                    self.segment_name(a)
                )),
                (None, Some(_)) => {
                    self.respondents[i].segment = segment;
                    Ok(self.respondents[i].id)
                }
                _ => Ok(r.id),
            };
        }
        if let Some(r) = self.project_respondents.get(label).copied() {
            return match (r.segment, segment) {
                (Some(a), Some(b)) if a != b => Err(format!(
                    "respondent '{label}' belongs to segment '{}', not '{segment_name}'",
                    self.segment_name(a)
                )),
                (None, Some(_)) => {
                    let mut r = r.clone();
                    r.segment = segment;
                    let id = r.id;
                    self.respondent_at
                        .insert(label.to_string(), self.respondents.len());
                    self.respondents.push(r);
                    Ok(id)
                }
                _ => Ok(r.id),
            };
        }
        let id = RespondentId::fresh(self.project.issued.respondent, self.created);
        self.created += 1;
        self.respondent_at
            .insert(label.to_string(), self.respondents.len());
        self.respondents.push(Respondent {
            id,
            label: label.to_string(),
            segment,
            attributes: Default::default(),
        });
        Ok(id)
    }
}

/// Reads survey answers into the edit that adds them. An answer for a (quality, respondent,
/// question) the project already holds replaces it; the same one twice in the file is an error.
/// As [`plan_table`], for CSV text.
pub fn plan(project: &Project, text: &str) -> Result<Plan, Vec<RowError>> {
    plan_table(project, &super::csv_table(text)?)
}

pub fn plan_table(project: &Project, table: &Table) -> Result<Plan, Vec<RowError>> {
    let (rows, mut errors) = read_sheet(table, &COLUMNS, &["question", "answer"])?;

    let scale = project.meta.scale;
    let mut segment_ids = HashMap::new();
    for s in &project.segments {
        segment_ids.entry(s.name.clone()).or_insert(s.id);
    }
    let mut project_respondents = HashMap::new();
    for r in &project.respondents {
        project_respondents.entry(r.label.as_str()).or_insert(r);
    }
    let mut people = People {
        project,
        segments: Vec::new(),
        respondents: Vec::new(),
        created: 0,
        segment_ids,
        project_respondents,
        respondent_at: HashMap::new(),
    };
    let mut responses: Vec<Response> = Vec::new();
    let mut seen: HashMap<ResponseKey, u64> = HashMap::new();
    let mut remarks: Vec<Remark> = Vec::new();
    let mut blank = 0usize;
    for row in &rows {
        let line = row.line;
        let get = |name: &str| row.get(name).to_string();
        let (label, segment, quality, question, answer) = (
            get("respondent"),
            get("segment"),
            get("quality"),
            get("question"),
            get("answer"),
        );
        if [&label, &segment, &quality, &question, &answer]
            .iter()
            .all(|f| f.is_empty())
        {
            continue;
        }
        if answer.is_empty() {
            blank += 1; // an unanswered question of a filled-in form
            continue;
        }
        let asked = match parse_question(project, &question) {
            Ok(a) => a,
            Err(e) => {
                errors.push(RowError::at(line, Some("question"), e));
                continue;
            }
        };
        let respondent = if label.is_empty() {
            None
        } else {
            match people.respondent(&label, &segment) {
                Ok(id) => Some(id),
                Err(e) => {
                    errors.push(RowError::at(line, Some("segment"), e));
                    continue;
                }
            }
        };
        let question = match asked {
            Asked::Voc(kind) => {
                if !quality.is_empty() {
                    errors.push(RowError::at(
                        line,
                        Some("quality"),
                        "VOC answers become remarks and take no quality; leave it empty",
                    ));
                    continue;
                }
                let mut r = Remark::new(
                    RemarkId::fresh(project.issued.remark, remarks.len()),
                    answer,
                );
                r.source = Source::Questionnaire(Some(kind));
                r.respondent = respondent;
                if respondent.is_none() {
                    r.segment = people.segment(&segment);
                }
                remarks.push(r);
                continue;
            }
            Asked::Survey(q) => q,
        };
        let Some(respondent) = respondent else {
            errors.push(RowError::at(
                line,
                Some("respondent"),
                "the respondent is empty; ratings and Kano answers need one",
            ));
            continue;
        };
        let quality = match find_quality(project, &quality) {
            Ok(q) => q,
            Err(_) if quality.is_empty() => {
                errors.push(RowError::at(
                    line,
                    Some("quality"),
                    "the quality is empty; give its id (Q…) or its exact text",
                ));
                continue;
            }
            Err(e) => {
                errors.push(RowError::at(line, Some("quality"), e));
                continue;
            }
        };
        let reply = if question.is_rating() {
            match crate::model::number::parse_number(&answer) {
                Ok(v) if scale.contains(v) => Reply::new(question, Some(v), None),
                Ok(_) => {
                    errors.push(RowError::at(
                        line,
                        Some("answer"),
                        format!("{answer} is outside the rating scale {scale}"),
                    ));
                    continue;
                }
                Err(e) => {
                    let message = if e.ends_with("is not a number") {
                        format!("'{answer}' is not a rating; give a number from {scale}")
                    } else {
                        format!("{e}; give a rating from {scale}")
                    };
                    errors.push(RowError::at(line, Some("answer"), message));
                    continue;
                }
            }
        } else {
            match Answer::parse(&answer) {
                Some(a) => Reply::new(question, None, Some(a)),
                None => {
                    let en: Vec<&str> = Answer::ALL.iter().map(|a| a.key()).collect();
                    let zh: Vec<&str> = Answer::ALL.iter().map(|a| a.key_zh()).collect();
                    errors.push(RowError::at(
                        line,
                        Some("answer"),
                        format!(
                            "'{answer}' is not a Kano answer; use {} (or {})",
                            en.join(", "),
                            zh.join("、")
                        ),
                    ));
                    continue;
                }
            }
        };
        let Some(reply) = reply else { continue };
        let response = Response {
            quality,
            respondent,
            reply,
        };
        let key = response.id();
        if let Some(first) = seen.insert(key, line) {
            errors.push(RowError::at(
                line,
                None,
                format!(
                    "respondent '{label}' already answered {} for {quality} on line {first}",
                    question_name(project, question)
                ),
            ));
            continue;
        }
        responses.push(response);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if responses.is_empty() && remarks.is_empty() {
        return Err(vec![RowError::file(
            "the file holds no answers (every answer cell is empty)",
        )]);
    }

    let replaced = responses
        .iter()
        .filter(|r| project.responses.contains(r.id()))
        .count();
    let ratings = responses
        .iter()
        .filter(|r| r.reply.rating().is_some())
        .count();
    let mut summary = Vec::new();
    if !responses.is_empty() {
        let mut qualities: Vec<QualityId> = responses.iter().map(|r| r.quality).collect();
        qualities.sort();
        qualities.dedup();
        summary.push(format!(
            "{} and {} on {}",
            crate::model::count(ratings, "rating", "ratings"),
            crate::model::count(responses.len() - ratings, "Kano answer", "Kano answers"),
            crate::model::count(qualities.len(), "quality", "qualities")
        ));
    }
    if replaced > 0 {
        summary.push(format!(
            "{} replaced",
            crate::model::count(replaced, "earlier answer", "earlier answers")
        ));
    }
    if !remarks.is_empty() {
        let ids: Vec<RemarkId> = remarks.iter().map(|r| r.id).collect();
        summary.push(format!(
            "{} added as {} ({})",
            crate::model::count(ids.len(), "VOC answer", "VOC answers"),
            crate::model::plural(ids.len(), "a remark", "remarks"),
            super::id_range(&ids)
        ));
    }
    if people.created > 0 {
        summary.push(format!(
            "{} added",
            crate::model::count(people.created, "respondent", "respondents")
        ));
    }
    if !people.segments.is_empty() {
        summary.push(format!(
            "{} added",
            crate::model::count(people.segments.len(), "segment", "segments")
        ));
    }
    if blank > 0 {
        summary.push(format!(
            "{} skipped",
            crate::model::count(blank, "unanswered question", "unanswered questions")
        ));
    }
    let mut edits: Vec<Edit> = people
        .segments
        .into_iter()
        .map(|s| Edit::Put(Entity::Segment(s)))
        .collect();
    edits.extend(
        people
            .respondents
            .into_iter()
            .map(|r| Edit::Put(Entity::Respondent(r))),
    );
    edits.extend(remarks.into_iter().map(|r| Edit::Put(Entity::Remark(r))));
    edits.extend(
        responses
            .into_iter()
            .map(|r| Edit::Put(Entity::Response(r))),
    );
    Ok(Plan {
        edit: Edit::Batch(edits),
        summary,
    })
}

/// A question as a file names it (competitors by name).
pub fn question_name(project: &Project, question: Question) -> String {
    match question {
        Question::Competitor(c) => format!(
            "satisfaction:{}",
            project
                .competitors
                .get(c)
                .map_or_else(|| c.to_string(), |c| c.name.clone())
        ),
        q => q.key(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project() -> Project {
        let mut p = Project::new(Meta::new("t"));
        p.apply(Edit::Batch(vec![
            Edit::Put(Entity::Competitor(Competitor {
                id: CompetitorId(1),
                name: "Acme".into(),
                order: 0,
            })),
            Edit::Put(Entity::Quality(Quality::new(
                QualityId(1),
                "the lamp is bright",
            ))),
            Edit::Put(Entity::Quality(Quality::new(
                QualityId(2),
                "the lamp is light",
            ))),
        ]))
        .unwrap();
        p
    }

    #[test]
    fn answers_of_every_kind() {
        let mut p = project();
        let csv = "respondent,segment,quality,question,answer,prompt\n\
                   A,commuters,Q1,importance,4,how important?\n\
                   A,,the lamp is light,satisfaction:Acme,\"3,5\",\n\
                   B,,Q1,kano-functional,喜欢,\n\
                   B,,Q1,kano-dysfunctional,must be,\n\
                   B,,Q2,importance,,\n\
                   ,students,,voc-wish,it charges from my phone,\n";
        let plan = plan(&p, csv).unwrap();
        p.apply(plan.edit).unwrap();
        assert_eq!(p.responses.len(), 4);
        assert_eq!(p.respondents.len(), 2);
        assert_eq!(p.segments.len(), 2);
        let r = p.respondent_by_label("A").unwrap();
        assert_eq!(r.segment, Some(SegmentId(1)));
        assert!(p.responses.iter().any(
            |x| x.quality == QualityId(2) && x.reply == Reply::Competitor(CompetitorId(1), 3.5)
        ));
        let remark = p.remarks.iter().next().unwrap();
        assert_eq!(
            remark.source,
            Source::Questionnaire(Some(QuestionKind::Wish))
        );
        assert_eq!(remark.segment, Some(SegmentId(2)));
        assert!(plan.summary.iter().any(|s| s.contains("1 unanswered")));
    }
}
