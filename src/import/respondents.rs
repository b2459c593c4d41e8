//! `import respondents`: CSV with a `label` column and optional `segment` and `segment_weight`
//! columns; every other column is an attribute (age band, gender, region). Respondents are found
//! by label and updated, or added; segments are found by name or id, or added.

use std::collections::BTreeMap;

use super::{Plan, RowError, Table, id_range, read_sheet_with};
use crate::model::number::parse_number;
use crate::model::*;

/// The columns with a fixed meaning; any other column is an attribute.
pub const FIXED: [&str; 3] = ["label", "segment", "segment_weight"];

/// As [`plan_table`], for CSV text.
pub fn plan(project: &Project, text: &str) -> Result<Plan, Vec<RowError>> {
    plan_table(project, &super::csv_table(text)?)
}

pub fn plan_table(project: &Project, table: &Table) -> Result<Plan, Vec<RowError>> {
    let (rows, mut errors) = read_sheet_with(
        table,
        |c| !c.is_empty(),
        "label, segment, segment_weight or an attribute name",
        &["label"],
    )?;
    let mut new_segments: Vec<Segment> = Vec::new();
    // Weights the file gives, per segment, with the line that first gave each.
    let mut weights: BTreeMap<SegmentId, (f64, u64)> = BTreeMap::new();
    let mut added: Vec<Respondent> = Vec::new();
    let mut changed: Vec<Respondent> = Vec::new();
    let mut seen: BTreeMap<String, u64> = BTreeMap::new();
    for row in rows.iter().filter(|r| !r.is_blank()) {
        let line = row.line;
        let label = row.get("label").to_string();
        if label.is_empty() {
            errors.push(RowError::at(line, Some("label"), "the label is empty"));
            continue;
        }
        if let Some(first) = seen.insert(label.clone(), line) {
            errors.push(RowError::at(
                line,
                Some("label"),
                format!("respondent '{label}' is already on line {first}"),
            ));
            continue;
        }
        let name = row.get("segment");
        let segment = if name.is_empty() {
            None
        } else if let Some(s) = project.segment_by_name(name) {
            Some(s.id)
        } else if let Some(s) = name
            .parse::<SegmentId>()
            .ok()
            .filter(|id| project.segments.contains(*id))
        {
            Some(s)
        } else if let Some(s) = new_segments.iter().find(|s| s.name == name) {
            Some(s.id)
        } else {
            let id = SegmentId::fresh(project.issued.segment, new_segments.len());
            new_segments.push(Segment {
                id,
                name: name.to_string(),
                weight: None,
            });
            Some(id)
        };
        let weight = row.get("segment_weight");
        if !weight.is_empty() {
            let Some(s) = segment else {
                errors.push(RowError::at(
                    line,
                    Some("segment_weight"),
                    "a segment weight needs a segment on the same row",
                ));
                continue;
            };
            match parse_number(weight) {
                Ok(v) if v < 0.0 => {
                    errors.push(RowError::at(
                        line,
                        Some("segment_weight"),
                        format!("weight {weight} is below 0; a segment weight is 0 or more"),
                    ));
                    continue;
                }
                Ok(v) => match weights.get(&s) {
                    Some((w, first)) if *w != v => {
                        errors.push(RowError::at(
                            line,
                            Some("segment_weight"),
                            format!("segment '{name}' was given weight {w} on line {first}"),
                        ));
                        continue;
                    }
                    Some(_) => {}
                    None => {
                        weights.insert(s, (v, line));
                    }
                },
                Err(e) => {
                    errors.push(RowError::at(line, Some("segment_weight"), e));
                    continue;
                }
            }
        }
        let attributes = row
            .columns()
            .iter()
            .filter(|c| !FIXED.contains(&c.as_str()))
            .map(|c| (c.clone(), row.get(c).to_string()))
            .filter(|(_, v)| !v.is_empty());
        match project.respondent_by_label(&label) {
            Some(p) => {
                let mut p = p.clone();
                if segment.is_some() {
                    p.segment = segment;
                }
                p.attributes.extend(attributes);
                changed.push(p);
            }
            None => added.push(Respondent {
                id: RespondentId::fresh(project.issued.respondent, added.len()),
                label,
                segment,
                attributes: attributes.collect(),
            }),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if added.is_empty() && changed.is_empty() {
        return Err(vec![RowError::file(
            "the file holds no respondents (only a header)",
        )]);
    }
    let mut summary = Vec::new();
    if !added.is_empty() {
        let ids: Vec<RespondentId> = added.iter().map(|p| p.id).collect();
        summary.push(format!(
            "{} added ({})",
            count(ids.len(), "respondent", "respondents"),
            id_range(&ids)
        ));
    }
    if !changed.is_empty() {
        summary.push(format!(
            "{} updated",
            count(changed.len(), "respondent", "respondents")
        ));
    }
    if !new_segments.is_empty() {
        summary.push(format!(
            "{} added",
            count(new_segments.len(), "segment", "segments")
        ));
    }
    let mut edits = Vec::new();
    for mut s in new_segments {
        s.weight = weights.remove(&s.id).map(|(w, _)| w);
        edits.push(Edit::Put(Entity::Segment(s)));
    }
    for (id, (w, _)) in weights {
        if let Some(mut s) = project.segments.get(id).cloned() {
            s.weight = Some(w);
            edits.push(Edit::Put(Entity::Segment(s)));
        }
    }
    edits.extend(
        added
            .into_iter()
            .chain(changed)
            .map(|p| Edit::Put(Entity::Respondent(p))),
    );
    Ok(Plan {
        edit: Edit::Batch(edits),
        summary,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_rows_are_all_reported_with_line_and_column() {
        let p = Project::new(Meta::new("t"));
        let text = "label,segment,segment_weight,age\n\
                    a,Riders,2,30-39\n\
                    ,Riders,,\n\
                    b,Riders,3,\n\
                    c,,1,\n\
                    a,,,\n\
                    d,Other,\"4,000\",\n";
        let errs = plan(&p, text).unwrap_err();
        let text: Vec<String> = errs.iter().map(ToString::to_string).collect();
        assert_eq!(text.len(), 5, "{text:#?}");
        assert!(text[0].starts_with("line 3, column 'label'"), "{text:#?}");
        assert!(
            text[1].contains("line 4, column 'segment_weight'"),
            "{text:#?}"
        );
        assert!(text[1].contains("line 2"), "{text:#?}");
        assert!(text[2].contains("needs a segment"), "{text:#?}");
        assert!(
            text[3].contains("line 6") && text[3].contains("line 2"),
            "{text:#?}"
        );
        assert!(
            text[4].starts_with("line 7, column 'segment_weight'") && text[4].contains("ambiguous"),
            "{text:#?}"
        );
    }
}
