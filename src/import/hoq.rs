//! House of Quality imports. `characteristics`: one row per quality characteristic (columns
//! `id`, `name`, `unit`, `direction`, `ours`, `competitor:<name>`, `target`, `difficulty`; a row
//! without an id adds one). `relationships`: the matrix, a `quality` column (id or exact text) and
//! one column per characteristic (id or name) holding ◎ ○ △, a value of the project's scale, or
//! nothing (which clears the cell).

use super::{Plan, RowError, SheetRow, Table, id_range, read_sheet_with};
use crate::model::*;

const CHARACTERISTIC_COLUMNS: [&str; 7] = [
    "id",
    "name",
    "unit",
    "direction",
    "ours",
    "target",
    "difficulty",
];

fn number(row: &SheetRow, column: &str, errors: &mut Vec<RowError>) -> Option<f64> {
    let v = row.get(column);
    if v.is_empty() {
        return None;
    }
    match crate::model::number::parse_number(v) {
        Ok(x) => Some(x),
        Err(e) => {
            errors.push(RowError::at(row.line, Some(column), e));
            None
        }
    }
}

/// Reads characteristics into the edit that adds or updates them.
/// As [`plan_characteristics_table`], for CSV text.
pub fn plan_characteristics(project: &Project, text: &str) -> Result<Plan, Vec<RowError>> {
    plan_characteristics_table(project, &super::csv_table(text)?)
}

pub fn plan_characteristics_table(project: &Project, table: &Table) -> Result<Plan, Vec<RowError>> {
    let allowed = |c: &str| CHARACTERISTIC_COLUMNS.contains(&c) || c.starts_with("competitor:");
    let expected = format!("{} or competitor:<name>", CHARACTERISTIC_COLUMNS.join(", "));
    let (rows, mut errors) = read_sheet_with(table, allowed, &expected, &["name"])?;
    let mut out: Vec<Characteristic> = Vec::new();
    let mut new = 0;
    let (mut added, mut updated) = (Vec::new(), 0);
    for row in rows.iter().filter(|r| !r.is_blank()) {
        let before = errors.len();
        let id = row.get("id");
        let mut c = if id.is_empty() {
            new += 1;
            Characteristic::new(
                CharacteristicId::fresh(project.issued.characteristic, new - 1),
                "",
            )
        } else {
            match id.parse::<CharacteristicId>() {
                Ok(i) => match project.characteristics.get(i) {
                    Some(c) => c.clone(),
                    None => {
                        errors.push(RowError::at(
                            row.line,
                            Some("id"),
                            format!(
                                "there is no characteristic {i}; leave the id empty to add one"
                            ),
                        ));
                        continue;
                    }
                },
                Err(e) => {
                    errors.push(RowError::at(row.line, Some("id"), e.to_string()));
                    continue;
                }
            }
        };
        c.name = row.get("name").to_string();
        if c.name.is_empty() {
            errors.push(RowError::at(row.line, Some("name"), "the name is empty"));
        }
        c.unit = row.get("unit").to_string();
        let direction = row.get("direction");
        if !direction.is_empty() {
            match Direction::parse(direction) {
                Some(d) => c.direction = d,
                None => errors.push(RowError::at(
                    row.line,
                    Some("direction"),
                    format!("'{direction}' is not a direction; use max, min or nominal"),
                )),
            }
        }
        c.ours = number(row, "ours", &mut errors);
        c.target = number(row, "target", &mut errors);
        c.difficulty = match number(row, "difficulty", &mut errors) {
            None => None,
            Some(d) if d.fract() == 0.0 && (1.0..=5.0).contains(&d) => Some(d as u8),
            Some(d) => {
                errors.push(RowError::at(
                    row.line,
                    Some("difficulty"),
                    format!("{d} is not a whole number from 1 to 5"),
                ));
                None
            }
        };
        for column in row
            .columns()
            .iter()
            .filter(|c| c.starts_with("competitor:"))
        {
            let name = &column["competitor:".len()..];
            let Some(k) = project
                .competitors
                .iter()
                .find(|k| k.name.to_lowercase() == name.trim())
            else {
                let known: Vec<&str> = project
                    .competitors
                    .iter()
                    .map(|k| k.name.as_str())
                    .collect();
                errors.push(RowError::at(
                    row.line,
                    Some(column),
                    format!("unknown competitor; the project has {}", known.join(", ")),
                ));
                continue;
            };
            match number(row, column, &mut errors) {
                Some(v) => {
                    c.competitors.insert(k.id, v);
                }
                None => {
                    c.competitors.remove(&k.id);
                }
            }
        }
        if errors.len() > before {
            continue;
        }
        if id.is_empty() {
            added.push(c.id);
        } else {
            updated += 1;
        }
        out.push(c);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut summary = vec![format!(
        "{} updated",
        crate::model::count(updated, "characteristic", "characteristics")
    )];
    if !added.is_empty() {
        summary.push(format!(
            "{} added ({})",
            crate::model::count(added.len(), "characteristic", "characteristics"),
            id_range(&added)
        ));
    }
    let edits = out
        .into_iter()
        .map(|c| Edit::Put(Entity::Characteristic(c)))
        .collect();
    Ok(Plan {
        edit: Edit::Batch(edits),
        summary,
    })
}

/// The labels of the rows `export --table hoq` writes under the matrix.
const HOQ_SUMMARY_ROWS: &[&str] = &[
    "technical importance",
    "relative %",
    "rank",
    "unit",
    "direction",
    "ours",
    "target",
    "difficulty",
];

/// Reads the relationship matrix into the edit that sets its cells.
/// As [`plan_relationships_table`], for CSV text.
pub fn plan_relationships(
    project: &Project,
    text: &str,
    scale: RelationScale,
) -> Result<Plan, Vec<RowError>> {
    plan_relationships_table(project, &super::csv_table(text)?, scale)
}

pub fn plan_relationships_table(
    project: &Project,
    table: &Table,
    scale: RelationScale,
) -> Result<Plan, Vec<RowError>> {
    // Headers arrive lower-cased: ids are read whatever their case. A column is a
    // characteristic's id ("C1"), its name, or both as `export --table hoq` writes them
    // ("C1 Beam throw"; the id decides, so a renamed characteristic still matches).
    let by_id = |c: &str| {
        c.to_uppercase()
            .parse::<CharacteristicId>()
            .ok()
            .filter(|i| project.characteristics.contains(*i))
    };
    let find = |c: &str| -> Option<CharacteristicId> {
        by_id(c)
            .or_else(|| {
                project
                    .characteristics
                    .iter()
                    .find(|x| x.name.to_lowercase() == c)
                    .map(|x| x.id)
            })
            .or_else(|| c.split_once(' ').and_then(|(id, _)| by_id(id)))
    };
    let names: Vec<&str> = project
        .characteristics
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    let expected = format!(
        "quality, id, weight and a characteristic's id or name ({})",
        names.join(", ")
    );
    let (rows, mut errors) = read_sheet_with(
        table,
        |c| matches!(c, "quality" | "id" | "weight") || find(c).is_some(),
        &expected,
        &[],
    )?;
    let has = |name: &str| {
        rows.first()
            .is_some_and(|r| r.columns().iter().any(|c| c == name))
    };
    if !rows.is_empty() && !has("quality") && !has("id") {
        return Err(vec![RowError::at(
            table.header_at,
            None,
            "the header needs a 'quality' or an 'id' column",
        )]);
    }
    // The rows the export writes under the matrix (technical importance, specifications, one
    // per competitor) are computed or kept elsewhere: skipped.
    let summary_row = |label: &str| {
        HOQ_SUMMARY_ROWS.contains(&label) || project.competitor_by_name(label).is_some()
    };
    let mut edits = Vec::new();
    let (mut set, mut cleared) = (0, 0);
    for row in rows.iter().filter(|r| !r.is_blank()) {
        let id = row.get("id");
        let q = row.get("quality");
        let by_text = || project.qualities.iter().find(|x| x.text == q).map(|x| x.id);
        let quality = if id.is_empty() {
            if by_text().is_none() && summary_row(q) {
                continue;
            }
            q.to_uppercase()
                .parse::<QualityId>()
                .ok()
                .filter(|i| project.qualities.contains(*i))
                .or_else(by_text)
        } else {
            id.to_uppercase()
                .parse::<QualityId>()
                .ok()
                .filter(|i| project.qualities.contains(*i))
        };
        let Some(quality) = quality else {
            let (column, what) = if id.is_empty() {
                (
                    "quality",
                    format!("'{q}' is neither the id nor the exact text of a quality"),
                )
            } else {
                ("id", format!("'{id}' is not the id of a quality"))
            };
            errors.push(RowError::at(row.line, Some(column), what));
            continue;
        };
        for column in row
            .columns()
            .iter()
            .filter(|c| !matches!(c.as_str(), "quality" | "id" | "weight"))
        {
            let Some(characteristic) = find(column) else {
                continue;
            };
            let key = RelationshipKey {
                quality,
                characteristic,
            };
            let v = row.get(column);
            if v.is_empty() {
                if project.relationships.contains(key) {
                    edits.push(Edit::Remove(EntityId::Relationship(key)));
                    cleared += 1;
                }
                continue;
            }
            match Strength::parse(v, scale) {
                Some(strength) => {
                    edits.push(Edit::Put(Entity::Relationship(Relationship {
                        quality,
                        characteristic,
                        strength,
                    })));
                    set += 1;
                }
                None => errors.push(RowError::at(
                    row.line,
                    Some(column),
                    format!(
                        "'{v}' is not a relationship on the {scale} scale; use ◎ ○ △ or {}",
                        [Strength::Strong, Strength::Medium, Strength::Weak]
                            .map(|s| scale.value(s).to_string())
                            .join(" / ")
                    ),
                )),
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut meta = project.meta.clone();
    let mut summary = vec![format!(
        "{} set, {cleared} cleared",
        crate::model::count(set, "relationship", "relationships")
    )];
    if meta.relation_scale != scale {
        meta.relation_scale = scale;
        edits.push(Edit::SetMeta(meta));
        summary.push(format!("relationship scale set to {scale}"));
    }
    Ok(Plan {
        edit: Edit::Batch(edits),
        summary,
    })
}
