//! `import remarks`: plain text (one remark per line) or CSV with a `text` column and optional
//! source, respondent, segment, 5W1H and tags columns. Respondents and segments named in the file
//! are found by label/name or created.

use std::collections::HashMap;

use super::{Plan, RowError, Table, id_range, read_sheet};
use crate::model::*;

/// The columns a remarks CSV may have.
pub const COLUMNS: [&str; 11] = [
    "text",
    "source",
    "respondent",
    "segment",
    "who",
    "where",
    "when",
    "why",
    "what",
    "how",
    "tags",
];

/// Plain text: every non-blank line (ended by LF, CRLF or CR) is a remark from `source`.
pub fn plan_text(project: &Project, text: &str, source: Source) -> Result<Plan, Vec<RowError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut new = 0;
    let mut edits = Vec::new();
    let mut ids = Vec::new();
    // A lone CR ends a line too: Excel's "CSV (Macintosh)" and old Mac text files use it.
    for line in text.split(['\n', '\r']) {
        let line = crate::model::text::visible(line);
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let mut r = Remark::new(RemarkId::fresh(project.issued.remark, new), t);
        new += 1;
        r.source = source;
        ids.push(r.id);
        edits.push(Edit::Put(Entity::Remark(r)));
    }
    if ids.is_empty() {
        return Err(vec![RowError::file(
            "the file holds no remarks (every line is blank)",
        )]);
    }
    Ok(Plan {
        edit: Edit::Batch(edits),
        summary: vec![format!(
            "{} added ({})",
            crate::model::count(ids.len(), "remark", "remarks"),
            id_range(&ids)
        )],
    })
}

/// Where a respondent with a label is: the project's table or the new ones, by position.
#[derive(Clone, Copy)]
enum Known {
    Project(usize),
    New(usize),
}

/// CSV with a header row.
pub fn plan_csv(
    project: &Project,
    text: &str,
    default_source: Source,
) -> Result<Plan, Vec<RowError>> {
    plan_table(project, &super::csv_table(text)?, default_source)
}

/// A table (CSV or sheet) with a header row.
pub fn plan_table(
    project: &Project,
    table: &Table,
    default_source: Source,
) -> Result<Plan, Vec<RowError>> {
    let (rows, mut errors) = read_sheet(table, &COLUMNS, &["text"])?;
    let mut segments: Vec<Segment> = Vec::new();
    let mut respondents: Vec<Respondent> = Vec::new();
    let mut remarks: Vec<Remark> = Vec::new();
    let mut new_remarks = 0;
    // Names looked up once per row: by index, so a file of many rows takes time in proportion
    // to its length. The first record with a name is the one found, as before.
    let mut segment_ids: HashMap<String, SegmentId> = HashMap::new();
    for s in &project.segments {
        segment_ids.entry(s.name.clone()).or_insert(s.id);
    }
    let mut respondent_at: HashMap<String, Known> = HashMap::new();
    for (i, r) in project.respondents.iter().enumerate() {
        respondent_at
            .entry(r.label.clone())
            .or_insert(Known::Project(i));
    }
    for row in rows.iter().filter(|r| !r.is_blank()) {
        let line = row.line;
        let get = |name: &str| row.get(name).to_string();
        let text = get("text");
        if text.is_empty() {
            errors.push(RowError::at(line, Some("text"), "the remark text is empty"));
            continue;
        }
        let mut r = Remark::new(RemarkId::fresh(project.issued.remark, new_remarks), text);
        r.source = default_source;
        let source = get("source");
        if !source.is_empty() {
            match Source::parse(&source) {
                Some(s) => r.source = s,
                None => {
                    let valid: Vec<String> = Source::ALL.iter().map(|s| s.key()).collect();
                    errors.push(RowError::at(
                        line,
                        Some("source"),
                        format!(
                            "'{source}' is not a source; use one of {}",
                            valid.join(", ")
                        ),
                    ));
                    continue;
                }
            }
        }
        let segment_name = get("segment");
        let segment = if segment_name.is_empty() {
            None
        } else if let Some(&id) = segment_ids.get(segment_name.as_str()) {
            Some(id)
        } else {
            let id = SegmentId::fresh(project.issued.segment, segments.len());
            segments.push(Segment {
                id,
                name: segment_name.clone(),
                weight: None,
            });
            segment_ids.insert(segment_name.clone(), id);
            Some(id)
        };
        let label = get("respondent");
        if label.is_empty() {
            r.segment = segment;
        } else {
            let existing = match respondent_at.get(label.as_str()) {
                Some(&Known::Project(i)) => project.respondents.iter().nth(i),
                Some(&Known::New(i)) => respondents.get(i),
                None => None,
            };
            match existing {
                Some(p) => {
                    if segment.is_some() && p.segment.is_some() && p.segment != segment {
                        let current = p
                            .segment
                            .and_then(|s| {
                                project.segments.get(s).map(|s| s.name.clone()).or_else(|| {
                                    segments.iter().find(|x| x.id == s).map(|x| x.name.clone())
                                })
                            })
                            .unwrap_or_default();
                        errors.push(RowError::at(line, Some("segment"), format!("respondent '{label}' belongs to segment '{current}', not '{segment_name}'")));
                        continue;
                    }
                    r.respondent = Some(p.id);
                    if p.segment.is_none() {
                        r.segment = segment;
                    }
                }
                None => {
                    let id = RespondentId::fresh(project.issued.respondent, respondents.len());
                    respondent_at.insert(label.clone(), Known::New(respondents.len()));
                    respondents.push(Respondent {
                        id,
                        label: label.clone(),
                        segment,
                        attributes: Default::default(),
                    });
                    r.respondent = Some(id);
                }
            }
        }
        for field in Scene::FIELDS {
            r.scene.set(field, &get(field));
        }
        r.tags = get("tags")
            .split([';', '；'])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(String::from)
            .collect();
        new_remarks += 1;
        remarks.push(r);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if remarks.is_empty() {
        return Err(vec![RowError::file(
            "the file holds no remarks (only a header)",
        )]);
    }
    let ids: Vec<RemarkId> = remarks.iter().map(|r| r.id).collect();
    let mut summary = vec![format!(
        "{} added ({})",
        crate::model::count(ids.len(), "remark", "remarks"),
        id_range(&ids)
    )];
    if !respondents.is_empty() {
        summary.push(format!(
            "{} added",
            crate::model::count(respondents.len(), "respondent", "respondents")
        ));
    }
    if !segments.is_empty() {
        summary.push(format!(
            "{} added",
            crate::model::count(segments.len(), "segment", "segments")
        ));
    }
    let mut edits: Vec<Edit> = segments
        .into_iter()
        .map(|s| Edit::Put(Entity::Segment(s)))
        .collect();
    edits.extend(
        respondents
            .into_iter()
            .map(|p| Edit::Put(Entity::Respondent(p))),
    );
    edits.extend(remarks.into_iter().map(|r| Edit::Put(Entity::Remark(r))));
    Ok(Plan {
        edit: Edit::Batch(edits),
        summary,
    })
}
