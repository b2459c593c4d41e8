//! `gemba set` for the project's own settings (title, theme, scope, rating scale, precision,
//! language) and for segment weights, the same edits the settings form and the people view make;
//! and `import respondents`.

use anyhow::{Result, bail};

use super::analysis::SetCommand;
use crate::model::number::parse_number;
use crate::model::{Edit, Entity, Language, Project, RelationScale, Scale, SegmentId};

/// The edit a settings command makes and what to tell the user; none for the other commands.
pub fn edit(project: &Project, c: &SetCommand) -> Result<Option<(Edit, String)>> {
    let mut meta = project.meta.clone();
    let message = match c {
        SetCommand::Title { value, .. } => {
            meta.title = value.trim().to_string();
            format!("title is now \"{}\"", meta.title)
        }
        SetCommand::Theme { value, .. } => {
            meta.theme = value.trim().to_string();
            format!("theme is now \"{}\"", meta.theme)
        }
        SetCommand::Scope { value, .. } => {
            meta.scope = value.trim().to_string();
            format!("scope is now \"{}\"", meta.scope)
        }
        SetCommand::Scale { value, .. } => {
            meta.scale = parse_scale(value)?;
            format!("ratings now run {}", meta.scale)
        }
        SetCommand::Precision { value, .. } => {
            meta.precision = value
                .trim()
                .parse::<u8>()
                .ok()
                .filter(|p| *p <= 6)
                .ok_or_else(|| {
                    anyhow::anyhow!(
                        "precision '{value}' is not a whole number of decimal places from 0 to 6; \
                         nothing was changed"
                    )
                })?;
            format!("numbers now show {} decimal places", meta.precision)
        }
        SetCommand::Lang { value, .. } => {
            let v = value.trim();
            meta.language = if v.eq_ignore_ascii_case("auto") {
                None
            } else {
                Some(Language::parse(v).ok_or_else(|| {
                    anyhow::anyhow!(
                        "'{v}' is not a language gemba writes; use en, zh or auto (follow the \
                         project's text); nothing was changed"
                    )
                })?)
            };
            match meta.language {
                Some(l) => format!("reports and forms are now written in {}", l.code()),
                None => "reports and forms now follow the language of the project's text".into(),
            }
        }
        SetCommand::RelationScale { value, .. } => {
            meta.relation_scale = match value.trim().replace(['/', ' '], "-").as_str() {
                "9-3-1" | "931" => RelationScale::NineThreeOne,
                "5-3-1" | "531" => RelationScale::FiveThreeOne,
                v => bail!(
                    "relation scale: '{v}' is not a scale; use 9-3-1 or 5-3-1; nothing was \
                     changed"
                ),
            };
            format!("◎ ○ △ now count {}", meta.relation_scale)
        }
        SetCommand::SegmentWeight {
            segment, weight, ..
        } => return segment_weight(project, segment, weight).map(Some),
        _ => return Ok(None),
    };
    Ok(Some((Edit::SetMeta(meta), message)))
}

/// `import respondents`: all or nothing, every bad row named by line and column.
pub fn import_respondents(
    a: &super::analysis::ImportFileArgs,
    input: &super::InputArgs,
) -> Result<super::Outcome> {
    let project = super::load(&a.path)?;
    let table = super::exchange::read_table(&a.from, input)?;
    let plan = crate::import::respondents::plan_table(&project, &table);
    super::exchange::apply_table(&a.path, &a.from, project, &table, plan)
}

/// Reads `1-7` (also `1–7`, `1..7`, `1 to 7`) as a rating scale.
pub fn parse_scale(text: &str) -> Result<Scale> {
    let t = text.trim();
    let parts = ["..", "–", "—", "-", "~", " to "]
        .iter()
        .find_map(|sep| t.split_once(sep));
    let whole = |s: &str| s.trim().parse::<u8>().ok();
    match parts.and_then(|(a, b)| Some((whole(a)?, whole(b)?))) {
        Some((min, max)) => Ok(Scale { min, max }),
        None => bail!(
            "'{t}' is not a rating scale; write its lowest and highest whole rating like 1-5 or \
             1-7 (0 to 255); nothing was changed"
        ),
    }
}

/// Finds a segment by id (S2) or exact name.
pub fn find_segment(project: &Project, text: &str) -> Result<SegmentId> {
    let t = text.trim();
    if let Ok(id) = t.parse::<SegmentId>()
        && project.segments.contains(id)
    {
        return Ok(id);
    }
    if let Some(s) = project.segments.iter().find(|s| s.name == t) {
        return Ok(s.id);
    }
    let names: Vec<String> = project
        .segments
        .iter()
        .map(|s| format!("{} {}", s.id, s.name))
        .collect();
    if names.is_empty() {
        bail!("the project has no segments, so there is no segment '{t}'");
    }
    bail!("no segment '{t}'; the segments are: {}", names.join(", "))
}

/// A segment weight: 0 or more, or none (equal weight).
pub fn parse_weight(text: &str) -> Result<Option<f64>> {
    let w = text.trim();
    if ["none", "-", "equal", "无"].contains(&w.to_lowercase().as_str()) {
        return Ok(None);
    }
    let v = parse_number(w).map_err(anyhow::Error::msg)?;
    if v < 0.0 {
        bail!("{w} is below 0; a segment weight is 0 or more");
    }
    Ok(Some(v))
}

/// The edit that sets (or with `none` clears) a segment's weight.
fn segment_weight(project: &Project, segment: &str, weight: &str) -> Result<(Edit, String)> {
    let id = find_segment(project, segment)?;
    let mut s = project.segments.get(id).expect("found above").clone();
    s.weight =
        parse_weight(weight).map_err(|e| anyhow::anyhow!("weight: {e}; nothing was changed"))?;
    let message = match s.weight {
        Some(v) => format!("segment {} {} now weighs {v}", s.id, s.name),
        None => format!(
            "segment {} {} now counts as much as the others",
            s.id, s.name
        ),
    };
    Ok((Edit::Put(Entity::Segment(s)), message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_read_with_any_dash() {
        for t in ["1-7", "1–7", " 1 .. 7 ", "1 to 7"] {
            assert_eq!(parse_scale(t).unwrap(), Scale { min: 1, max: 7 }, "{t}");
        }
        for bad in ["7", "a-b", "1-300", ""] {
            assert!(parse_scale(bad).is_err(), "{bad}");
        }
    }
}
