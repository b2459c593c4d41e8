//! `import planning`: a planning table in the shape `export --table planning --format csv`
//! writes, so export → edit in a spreadsheet → import is a round trip.

use std::collections::HashMap;

use super::{Plan, RowError, Table, at_header, duplicate_columns, id_range};
use crate::export::planning::COMPETITOR_PREFIX;
use crate::export::table::unneutralize;
use crate::model::*;

const INPUT_COLUMNS: [&str; 7] = [
    "id",
    "group",
    "quality",
    "importance",
    "current",
    "target",
    "sales_point",
];
/// Computed columns: written by export, ignored on import (they are derived again).
const COMPUTED_COLUMNS: [&str; 4] = [
    "improvement_ratio",
    "absolute_weight",
    "relative_weight",
    "cumulative_weight",
];

#[derive(Clone, Copy)]
enum Column {
    Id,
    Group,
    Quality,
    Importance,
    Current,
    Target,
    SalesPoint,
    Competitor(CompetitorId),
    Ignored,
}

/// Reads a planning CSV into the edit that applies it. A `competitor:<name>` column naming no
/// competitor of the project adds one when the project has none yet or `add_competitors` is set;
/// otherwise it is refused, so a misspelt name cannot split one competitor into two.
pub fn plan(project: &Project, text: &str, add_competitors: bool) -> Result<Plan, Vec<RowError>> {
    plan_table(project, &super::csv_table(text)?, add_competitors)
}

/// As [`plan`], for a table (CSV or sheet).
pub fn plan_table(
    project: &Project,
    table: &Table,
    add_competitors: bool,
) -> Result<Plan, Vec<RowError>> {
    let mut errors = Vec::new();
    let mut new_competitors: Vec<Competitor> = Vec::new();
    let mut columns = Vec::new();
    for h in &table.header {
        let name = crate::model::text::visible(h);
        let name = name.trim();
        let col = match name {
            "id" => Column::Id,
            "group" => Column::Group,
            "quality" => Column::Quality,
            "importance" => Column::Importance,
            "current" => Column::Current,
            "target" => Column::Target,
            "sales_point" => Column::SalesPoint,
            n if COMPUTED_COLUMNS.contains(&n) => Column::Ignored,
            n if n.starts_with(COMPETITOR_PREFIX) => {
                let cname = n[COMPETITOR_PREFIX.len()..].trim();
                if cname.is_empty() {
                    errors.push(RowError::at(
                        1,
                        Some(name),
                        "the competitor column has no name after 'competitor:'",
                    ));
                    Column::Ignored
                } else if let Some(c) = project.competitor_by_name(cname) {
                    Column::Competitor(c.id)
                } else if let Some(c) = new_competitors.iter().find(|c| c.name == cname) {
                    errors.push(RowError::at(
                        1,
                        Some(name),
                        format!("competitor '{}' has two columns", c.name),
                    ));
                    Column::Ignored
                } else if !add_competitors && !project.competitors.is_empty() {
                    let known: Vec<&str> = project
                        .competitors
                        .iter()
                        .map(|c| c.name.as_str())
                        .collect();
                    errors.push(RowError::at(
                        1,
                        Some(name),
                        format!(
                            "unknown competitor '{cname}'; the project has {}. Use --add-competitors to add it",
                            known.join(", ")
                        ),
                    ));
                    Column::Ignored
                } else {
                    let id = CompetitorId::fresh(project.issued.competitor, new_competitors.len());
                    // After every existing competitor in table order (ties go by id).
                    let order = project.competitors.iter().map(|c| c.order).max();
                    new_competitors.push(Competitor {
                        id,
                        name: cname.to_string(),
                        order: order.unwrap_or(0),
                    });
                    Column::Competitor(id)
                }
            }
            other => {
                errors.push(RowError::at(
                    1,
                    Some(other),
                    format!(
                        "unknown column; expected {}, 'competitor:<name>' columns, or the computed {}",
                        INPUT_COLUMNS.join(", "),
                        COMPUTED_COLUMNS.join(", ")
                    ),
                ));
                Column::Ignored
            }
        };
        columns.push((name.to_string(), col));
    }
    let names: Vec<String> = columns.iter().map(|(n, _)| n.clone()).collect();
    errors.extend(duplicate_columns(&names));
    if !columns
        .iter()
        .any(|(_, c)| matches!(c, Column::Quality | Column::Id))
    {
        errors.push(RowError::at(
            1,
            None,
            "the header needs a 'quality' column (or an 'id' column)",
        ));
    }
    if !errors.is_empty() {
        at_header(&mut errors, table);
        return Err(errors);
    }

    let scale = project.meta.scale;
    let mut groups = GroupBuilder::new(project);
    let mut qualities: Vec<Quality> = Vec::new();
    let mut seen_ids: HashMap<QualityId, u64> = HashMap::new();
    let mut new_qualities = 0;
    let (mut added, mut updated) = (Vec::new(), 0usize);
    errors.extend(table.problems.iter().cloned());
    for record in &table.rows {
        let line = record.at;
        if record.cells.iter().all(|c| crate::model::text::is_blank(c)) {
            continue;
        }
        let field = |i: usize| {
            let v = crate::model::text::visible(record.cells.get(i).map_or("", |c| c.as_str()));
            unneutralize(v.trim()).to_string()
        };
        // First pass over the row: find which quality it is.
        let mut quality: Option<Quality> = None;
        for (i, (name, col)) in columns.iter().enumerate() {
            if let Column::Id = col {
                let v = field(i);
                if v.is_empty() {
                    continue;
                }
                match v.parse::<QualityId>() {
                    Err(e) => errors.push(RowError::at(line, Some(name), e.to_string())),
                    Ok(id) => match project.qualities.get(id) {
                        None => errors.push(RowError::at(line, Some(name), format!("there is no quality {id} in the project; leave the id empty to add a new quality"))),
                        Some(q) => {
                            if let Some(first) = seen_ids.insert(id, line) {
                                errors.push(RowError::at(line, Some(name), format!("{id} already appears on line {first}")));
                            }
                            quality = Some(q.clone());
                        }
                    },
                }
            }
        }
        let is_new = quality.is_none();
        let mut q = quality.unwrap_or_else(|| {
            Quality::new(QualityId::fresh(project.issued.quality, new_qualities), "")
        });
        let mut row_ok = true;
        let mut bad = |e: RowError| {
            row_ok = false;
            errors.push(e);
        };
        for (i, (name, col)) in columns.iter().enumerate() {
            let v = field(i);
            let rating = |v: &str| -> Result<Option<f64>, String> {
                if v.is_empty() {
                    return Ok(None);
                }
                let x = crate::model::number::parse_number(v)?;
                if !scale.contains(x) {
                    return Err(format!("{v} is outside the rating scale {scale}"));
                }
                Ok(Some(x))
            };
            // Values the project takes from the survey or AHP are shown by export, not stored.
            let derived_importance = !project.meta.importance.is_direct();
            let derived_satisfaction = !project.meta.satisfaction.is_direct();
            match col {
                Column::Id | Column::Ignored => {}
                Column::Importance if derived_importance => {}
                Column::Current | Column::Competitor(_) if derived_satisfaction => {}
                Column::Quality => {
                    if v.is_empty() {
                        bad(RowError::at(line, Some(name), "the quality text is empty"));
                    } else {
                        q.text = v;
                    }
                }
                Column::Group => match groups.resolve(&v) {
                    Ok(g) => q.group = g,
                    Err(e) => bad(RowError::at(line, Some(name), e)),
                },
                Column::Importance => match rating(&v) {
                    Ok(x) => q.planning.importance = x,
                    Err(e) => bad(RowError::at(line, Some(name), e)),
                },
                Column::Current => match rating(&v) {
                    Ok(x) => q.planning.current = x,
                    Err(e) => bad(RowError::at(line, Some(name), e)),
                },
                Column::Target => match rating(&v) {
                    Ok(x) => q.planning.target = x,
                    Err(e) => bad(RowError::at(line, Some(name), e)),
                },
                Column::Competitor(c) => match rating(&v) {
                    Ok(Some(x)) => {
                        q.planning.competitors.insert(*c, x);
                    }
                    Ok(None) => {
                        q.planning.competitors.remove(c);
                    }
                    Err(e) => bad(RowError::at(line, Some(name), e)),
                },
                Column::SalesPoint => match SalesPoint::parse(&v) {
                    Ok(sp) => q.planning.sales_point = sp,
                    Err(e) => bad(RowError::at(line, Some(name), e)),
                },
            }
        }
        if is_new && q.text.is_empty() && row_ok {
            errors.push(RowError::at(
                line,
                None,
                "a row without an id needs the quality text",
            ));
            continue;
        }
        if !row_ok {
            continue;
        }
        if is_new {
            new_qualities += 1;
            added.push(q.id);
        } else {
            updated += 1;
        }
        qualities.push(q);
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut summary = Vec::new();
    if !new_competitors.is_empty() {
        let names: Vec<String> = new_competitors
            .iter()
            .map(|c| format!("{} '{}'", c.id, c.name))
            .collect();
        summary.push(format!(
            "{} added: {}",
            crate::model::count(new_competitors.len(), "competitor", "competitors"),
            names.join(", ")
        ));
    }
    if !groups.created.is_empty() {
        let ids: Vec<GroupId> = groups.created.iter().map(|g| g.id).collect();
        summary.push(format!(
            "{} added ({})",
            crate::model::count(ids.len(), "group", "groups"),
            id_range(&ids)
        ));
    }
    summary.push(format!(
        "{} updated",
        crate::model::count(updated, "quality", "qualities")
    ));
    if !added.is_empty() {
        summary.push(format!(
            "{} added ({})",
            crate::model::count(added.len(), "quality", "qualities"),
            id_range(&added)
        ));
    }
    let mut edits: Vec<Edit> = new_competitors
        .into_iter()
        .map(|c| Edit::Put(Entity::Competitor(c)))
        .collect();
    edits.extend(
        groups
            .created
            .into_iter()
            .map(|g| Edit::Put(Entity::Group(g))),
    );
    edits.extend(qualities.into_iter().map(|q| Edit::Put(Entity::Quality(q))));
    Ok(Plan {
        edit: Edit::Batch(edits),
        summary,
    })
}

/// Finds groups by their title path ("Safety / Burner"), creating the missing ones.
struct GroupBuilder<'a> {
    project: &'a Project,
    created: Vec<Group>,
}

impl<'a> GroupBuilder<'a> {
    fn new(project: &'a Project) -> Self {
        GroupBuilder {
            project,
            created: Vec::new(),
        }
    }

    fn child(&self, parent: Option<GroupId>, title: &str) -> Option<GroupId> {
        self.project
            .groups
            .iter()
            .chain(self.created.iter())
            .find(|g| g.parent == parent && g.title == title)
            .map(|g| g.id)
    }

    fn resolve(&mut self, path: &str) -> Result<Option<GroupId>, String> {
        if path.trim().is_empty() {
            return Ok(None);
        }
        let mut parent = None;
        for title in path.split(" / ").map(str::trim) {
            if title.is_empty() {
                return Err(format!("the group path '{path}' has an empty level"));
            }
            parent = Some(match self.child(parent, title) {
                Some(g) => g,
                None => {
                    let id = GroupId::fresh(self.project.issued.group, self.created.len());
                    let order = self.created.iter().filter(|g| g.parent == parent).count() as u32;
                    self.created.push(Group {
                        id,
                        title: title.to_string(),
                        parent,
                        order,
                    });
                    id
                }
            });
        }
        Ok(parent)
    }
}
