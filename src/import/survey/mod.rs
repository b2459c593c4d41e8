//! `import survey`: wide survey exports, one row per respondent, as the common survey tools write
//! them (question text or "Q3_1" in the header). A map (`map.rs`) says which column is the
//! respondent, the segment, attributes, open questions, rating grids and Kano pairs; the whole
//! sheet becomes one `Edit::Batch` of respondents, remarks and survey responses, or nothing.

pub mod guess;
pub mod map;
mod resolve;
pub mod sheet;

use std::collections::{BTreeMap, HashMap};

pub use map::{Measure, OpenKind, SurveyMap};
pub use sheet::{Sheet, Unit, read_sheet};

use resolve::resolve;

use super::{Plan, RowError, thousands};
use crate::method::kano::Answer;
use crate::model::*;

/// How many respondents `--dry-run` shows.
pub const PREVIEW_ROWS: usize = 3;

/// What the sheet would add.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counts {
    pub respondents_added: Vec<RespondentId>,
    pub respondents_updated: usize,
    pub segments_added: Vec<String>,
    pub competitors_added: Vec<String>,
    pub remarks: Vec<RemarkId>,
    pub remarks_by_kind: BTreeMap<OpenKind, usize>,
    /// Answers the project already holds as remarks (the same export imported again).
    pub remarks_known: usize,
    /// Ratings per measure, in the map's order of measures.
    pub ratings: Vec<(Measure, usize)>,
    pub rated_qualities: usize,
    pub kano_answers: usize,
    pub kano_pairs: usize,
    pub kano_qualities: usize,
    pub replaced: usize,
    pub blank: usize,
}

impl Counts {
    /// One line per kind of change.
    pub fn lines(&self) -> Vec<String> {
        let n = |k: usize, one: &str, many: &str| {
            format!("{} {}", thousands(k), crate::model::plural(k, one, many))
        };
        let mut out = Vec::new();
        if !self.respondents_added.is_empty() {
            out.push(format!(
                "{} added ({})",
                n(self.respondents_added.len(), "respondent", "respondents"),
                super::id_range(&self.respondents_added)
            ));
        }
        if self.respondents_updated > 0 {
            out.push(format!(
                "{} already in the project given the file's segment and attributes",
                n(self.respondents_updated, "respondent", "respondents")
            ));
        }
        if !self.segments_added.is_empty() {
            out.push(format!(
                "{} added ({})",
                n(self.segments_added.len(), "segment", "segments"),
                self.segments_added.join(", ")
            ));
        }
        if !self.competitors_added.is_empty() {
            out.push(format!(
                "{} added ({})",
                n(self.competitors_added.len(), "competitor", "competitors"),
                self.competitors_added.join(", ")
            ));
        }
        if !self.remarks.is_empty() {
            let kinds: Vec<String> = self
                .remarks_by_kind
                .iter()
                .map(|(k, c)| format!("{} {}", thousands(*c), k.key()))
                .collect();
            out.push(format!(
                "{} added ({}): {}",
                n(self.remarks.len(), "remark", "remarks"),
                super::id_range(&self.remarks),
                kinds.join(", ")
            ));
        }
        if self.remarks_known > 0 {
            out.push(format!(
                "{} already in the project left out",
                n(self.remarks_known, "open answer", "open answers")
            ));
        }
        let rated: usize = self.ratings.iter().map(|(_, c)| c).sum();
        if rated > 0 {
            let parts: Vec<String> = self
                .ratings
                .iter()
                .map(|(m, c)| format!("{} {}", thousands(*c), m.describe()))
                .collect();
            out.push(format!(
                "{} on {}: {}",
                n(rated, "rating", "ratings"),
                n(self.rated_qualities, "quality", "qualities"),
                parts.join(", ")
            ));
        }
        if self.kano_answers > 0 {
            out.push(format!(
                "{} ({}) on {}",
                n(self.kano_pairs, "Kano pair", "Kano pairs"),
                n(self.kano_answers, "answer", "answers"),
                n(self.kano_qualities, "quality", "qualities")
            ));
        }
        if self.replaced > 0 {
            out.push(format!(
                "{} replaced",
                n(self.replaced, "earlier answer", "earlier answers")
            ));
        }
        if self.blank > 0 {
            out.push(format!(
                "{} left empty (no answer)",
                n(self.blank, "rating or Kano cell", "rating or Kano cells")
            ));
        }
        out
    }
}

/// Everything reading a sheet through a map gives: the edit, what it adds, the first rows for a
/// preview, the header columns the map leaves alone, and every problem.
#[derive(Debug, Clone)]
pub struct Reading {
    pub edit: Edit,
    pub counts: Counts,
    pub preview: Vec<String>,
    pub ignored: Vec<String>,
    pub problems: Vec<RowError>,
    /// How many rows of answers the sheet has.
    pub rows: usize,
}

/// The import as the other imports give it: refused with every problem, or the edit to apply.
pub fn plan(project: &Project, sheet: &Sheet, map: &SurveyMap) -> Result<Plan, Vec<RowError>> {
    let r = read(project, sheet, map);
    if !r.problems.is_empty() {
        return Err(r.problems);
    }
    Ok(Plan {
        edit: r.edit,
        summary: r.counts.lines(),
    })
}

/// Reads a rating cell: a number on the project's scale, or a word of the map's labels.
fn rating(cell: &str, labels: &BTreeMap<String, f64>, scale: Scale) -> Result<f64, String> {
    let key = cell.trim().to_lowercase();
    let labelled = labels
        .iter()
        .find(|(k, _)| k.trim().to_lowercase() == key)
        .map(|(_, v)| *v);
    let value = match labelled {
        Some(v) => v,
        None => match crate::model::number::parse_number(cell) {
            Ok(v) => v,
            Err(_) if labels.is_empty() => {
                return Err(format!(
                    "'{cell}' is not a rating; give a number from {scale}, or add the word to \
                     the map's labels"
                ));
            }
            Err(_) => {
                let known: Vec<&str> = labels.keys().map(String::as_str).collect();
                return Err(format!(
                    "'{cell}' is not a rating; give a number from {scale} or one of the map's \
                     labels ({})",
                    known.join(", ")
                ));
            }
        },
    };
    if scale.contains(value) {
        Ok(value)
    } else {
        Err(format!("{cell} is outside the rating scale {scale}"))
    }
}

/// Reads a Kano answer: the five standard answers in English or Chinese, the sentences forms
/// print, or their number 1–5 in questionnaire order.
pub fn kano_answer(cell: &str) -> Result<Answer, String> {
    if let Some(a) = Answer::parse(cell) {
        return Ok(a);
    }
    let t = cell.trim().to_lowercase();
    let t = t.trim_end_matches(['.', '。', '!', '！']);
    let found = match t {
        "1" | "i like it" | "i like it that way" | "我喜欢" | "我喜欢这样" | "非常喜欢" => {
            Some(Answer::Like)
        }
        "2"
        | "it must be that way"
        | "i expect it"
        | "i expect it to be that way"
        | "理应如此"
        | "它理应如此"
        | "必须这样" => Some(Answer::MustBe),
        "3" | "i am neutral" | "i'm neutral" | "i don't care" | "我无所谓" => {
            Some(Answer::Neutral)
        }
        "4" | "i can live with it" | "i can tolerate it" | "我能忍受" | "勉强接受" => {
            Some(Answer::LiveWith)
        }
        "5" | "i dislike it" | "i dislike it that way" | "我不喜欢" | "很不喜欢" => {
            Some(Answer::Dislike)
        }
        _ => None,
    };
    found.ok_or_else(|| {
        let en: Vec<&str> = Answer::ALL.iter().map(|a| a.key()).collect();
        let zh: Vec<&str> = Answer::ALL.iter().map(|a| a.key_zh()).collect();
        format!(
            "'{cell}' is not a Kano answer; use {} (or {}, or 1–5)",
            en.join(", "),
            zh.join("、")
        )
    })
}

/// Reads the sheet through the map. Problems are collected, never fatal, so a dry run can show
/// what would be added beside every problem.
pub fn read(project: &Project, sheet: &Sheet, map: &SurveyMap) -> Reading {
    let joined;
    let sheet = if map.header_rows > 1 {
        joined = sheet.with_header_rows(map.header_rows);
        &joined
    } else {
        sheet
    };
    let rows = sheet.rows.len().saturating_sub(map.skip);
    let cols = match resolve(project, sheet, map) {
        Ok(c) => c,
        Err(problems) => {
            return Reading {
                edit: Edit::Batch(Vec::new()),
                counts: Counts::default(),
                preview: Vec::new(),
                ignored: Vec::new(),
                problems,
                rows,
            };
        }
    };
    let scale = project.meta.scale;
    let mut problems = Vec::new();
    let mut counts = Counts {
        ratings: cols.measures.iter().map(|m| (m.clone(), 0)).collect(),
        competitors_added: cols.competitors.iter().map(|c| c.name.clone()).collect(),
        ..Counts::default()
    };
    let mut segments: Vec<Segment> = Vec::new();
    let mut segment_ids: HashMap<String, SegmentId> = HashMap::new();
    for s in project.segments.iter() {
        segment_ids.entry(s.name.clone()).or_insert(s.id);
    }
    let mut known: HashMap<&str, &Respondent> = HashMap::new();
    for r in project.respondents.iter() {
        known.entry(r.label.as_str()).or_insert(r);
    }
    let mut respondents: Vec<Respondent> = Vec::new();
    let mut labels: HashMap<String, u64> = HashMap::new();
    let mut remarks: Vec<Remark> = Vec::new();
    // Importing the same export twice must not say everything twice.
    let said_before: std::collections::HashSet<(RespondentId, Source, &str)> = project
        .remarks
        .iter()
        .filter_map(|r| Some((r.respondent?, r.source, r.text.as_str())))
        .collect();
    let mut responses: Vec<Response> = Vec::new();
    let mut preview = Vec::new();
    let unit = match sheet.unit {
        Unit::Line => "line",
        Unit::Row => "row",
    };
    for row in sheet.rows.iter().skip(map.skip) {
        let at = row.at;
        let label = row.get(cols.respondent).to_string();
        if label.is_empty() {
            problems.push(sheet.problem(
                at,
                Some(cols.respondent),
                "the respondent is empty; every row needs one",
            ));
            continue;
        }
        if let Some(first) = labels.insert(label.clone(), at) {
            problems.push(sheet.problem(
                at,
                Some(cols.respondent),
                format!("respondent '{label}' is already on {unit} {first}"),
            ));
            continue;
        }
        let segment_name = cols.segment.map_or("", |c| row.get(c)).to_string();
        let segment = if segment_name.is_empty() {
            None
        } else {
            Some(*segment_ids.entry(segment_name.clone()).or_insert_with(|| {
                let id = SegmentId::fresh(project.issued.segment, segments.len());
                segments.push(Segment {
                    id,
                    name: segment_name.clone(),
                    weight: None,
                });
                id
            }))
        };
        let mut person = match known.get(label.as_str()) {
            Some(r) => {
                if let (Some(a), Some(b)) = (r.segment, segment)
                    && a != b
                {
                    let theirs = project.segments.get(a).map_or("", |s| s.name.as_str());
                    problems.push(sheet.problem(
                        at,
                        cols.segment,
                        format!(
                            "respondent '{label}' belongs to segment '{theirs}' in the project, \
                             not '{segment_name}'"
                        ),
                    ));
                    continue;
                }
                counts.respondents_updated += 1;
                (*r).clone()
            }
            None => {
                let id =
                    RespondentId::fresh(project.issued.respondent, counts.respondents_added.len());
                counts.respondents_added.push(id);
                Respondent {
                    id,
                    label: label.clone(),
                    segment: None,
                    attributes: Default::default(),
                }
            }
        };
        person.segment = person.segment.or(segment);
        for &c in &cols.attributes {
            let v = row.get(c);
            if !v.is_empty() {
                person
                    .attributes
                    .insert(sheet.header[c].clone(), v.to_string());
            }
        }
        let mut said = Vec::new();
        for &(c, kind) in &cols.open {
            let text = row.get(c);
            if text.is_empty() {
                continue;
            }
            let source = Source::Questionnaire(kind.question());
            if said_before.contains(&(person.id, source, text)) {
                counts.remarks_known += 1;
                continue;
            }
            let mut r = Remark::new(RemarkId::fresh(project.issued.remark, remarks.len()), text);
            r.source = source;
            r.respondent = Some(person.id);
            remarks.push(r);
            *counts.remarks_by_kind.entry(kind).or_default() += 1;
            said.push(format!("{}: \"{}\"", kind.key(), short(text)));
        }
        let mut rated = 0usize;
        let mut kano = 0usize;
        let mut answered = vec![false; cols.asked.len()];
        for (k, a) in cols.asked.iter().enumerate() {
            let cell = row.get(a.column);
            if cell.is_empty() {
                counts.blank += 1;
                continue;
            }
            let reply = if a.question.is_rating() {
                match rating(cell, &map.labels, scale) {
                    Ok(v) => Reply::new(a.question, Some(v), None),
                    Err(e) => {
                        problems.push(sheet.problem(at, Some(a.column), e));
                        continue;
                    }
                }
            } else {
                match kano_answer(cell) {
                    Ok(x) => Reply::new(a.question, None, Some(x)),
                    Err(e) => {
                        problems.push(sheet.problem(at, Some(a.column), e));
                        continue;
                    }
                }
            };
            let Some(reply) = reply else { continue };
            if a.question.is_rating() {
                counts.ratings[a.measure].1 += 1;
                rated += 1;
            } else {
                counts.kano_answers += 1;
                kano += 1;
            }
            answered[k] = true;
            let response = Response {
                quality: a.quality,
                respondent: person.id,
                reply,
            };
            if project.responses.contains(response.id()) {
                counts.replaced += 1;
            }
            responses.push(response);
        }
        let pairs = cols
            .pairs
            .iter()
            .filter(|(f, d)| answered[*f] && answered[*d])
            .count();
        counts.kano_pairs += pairs;
        if preview.len() < PREVIEW_ROWS {
            let mut line = format!("{unit} {at}: {} '{label}'", person.id);
            if !segment_name.is_empty() {
                line.push_str(&format!(", segment {segment_name}"));
            }
            if !person.attributes.is_empty() {
                let attrs: Vec<String> = person
                    .attributes
                    .iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect();
                line.push_str(&format!(" ({})", attrs.join(", ")));
            }
            line.push_str(&format!(
                "; {}, {}",
                crate::model::count(rated, "rating", "ratings"),
                crate::model::count(kano, "Kano answer", "Kano answers")
            ));
            for s in &said {
                line.push_str(&format!("\n    {s}"));
            }
            preview.push(line);
        }
        respondents.push(person);
    }
    if problems.is_empty() && respondents.is_empty() {
        problems.push(RowError::file("the sheet has a header but no rows"));
    }
    counts.remarks = remarks.iter().map(|r| r.id).collect();
    counts.segments_added = segments.iter().map(|s| s.name.clone()).collect();
    let mut rated: Vec<QualityId> = Vec::new();
    let mut kanoed: Vec<QualityId> = Vec::new();
    for r in &responses {
        if r.reply.rating().is_some() {
            rated.push(r.quality);
        } else {
            kanoed.push(r.quality);
        }
    }
    for list in [&mut rated, &mut kanoed] {
        list.sort();
        list.dedup();
    }
    counts.rated_qualities = rated.len();
    counts.kano_qualities = kanoed.len();
    let mut edits: Vec<Edit> = cols
        .competitors
        .into_iter()
        .map(|c| Edit::Put(Entity::Competitor(c)))
        .collect();
    edits.extend(segments.into_iter().map(|s| Edit::Put(Entity::Segment(s))));
    edits.extend(
        respondents
            .into_iter()
            .map(|r| Edit::Put(Entity::Respondent(r))),
    );
    edits.extend(remarks.into_iter().map(|r| Edit::Put(Entity::Remark(r))));
    // In the table's order, so each answer goes in after the one before instead of shifting
    // every later one along (a 20,000-respondent export took a minute in file order).
    responses.sort_by_key(|r| r.id());
    edits.extend(
        responses
            .into_iter()
            .map(|r| Edit::Put(Entity::Response(r))),
    );
    Reading {
        edit: Edit::Batch(edits),
        counts,
        preview,
        ignored: cols.ignored,
        problems,
        rows,
    }
}

/// The start of a long answer, for the preview.
fn short(text: &str) -> String {
    let one_line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut out: String = one_line.chars().take(40).collect();
    if one_line.chars().count() > 40 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests;
