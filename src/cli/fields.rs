//! `gemba set item|competitor|segment|respondent|planning|relationship|correlation`: the records and values
//! the other `set` commands leave out, so that every field of the file has a command. Each makes
//! one edit, the same a screen makes; a bad value is refused naming the record and the field.

use std::path::PathBuf;

use anyhow::{Result, anyhow, bail};
use clap::Args;

use super::analysis::SetCommand;
use super::records::{fields_given, find_competitor, id, ids, is_none, optional_number};
use crate::model::hoq::{Roof, Strength};
use crate::model::{
    CharacteristicId, Correlation, CorrelationKey, Edit, Entity, EntityId, ImportanceSource,
    ItemId, Project, QualityId, Relationship, RelationshipKey, RemarkId, RespondentId, SalesPoint,
    SatisfactionSource,
};

#[derive(Debug, Args)]
pub struct ItemArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The item's id (I3).
    pub id: String,
    /// The requirement in free words.
    #[arg(long)]
    pub text: Option<String>,
    /// The remarks it was drawn from (R1,R4), replacing the list; none removes them all.
    #[arg(long)]
    pub remarks: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompetitorArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The competitor's id (K2) or exact name.
    pub id: String,
    /// Its new name (unique among competitors).
    #[arg(long)]
    pub name: Option<String>,
    /// Its position in the planning table (a whole number; ties go by id).
    #[arg(long, allow_hyphen_values = true)]
    pub order: Option<String>,
}

#[derive(Debug, Args)]
pub struct SegmentArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The segment's id (S2) or exact name.
    pub id: String,
    /// Its new name (unique among segments).
    #[arg(long)]
    pub name: Option<String>,
    /// Its weight when survey means are combined (0 or more), or none for equal weight.
    #[arg(long, allow_hyphen_values = true)]
    pub weight: Option<String>,
}

#[derive(Debug, Args)]
pub struct RespondentArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The respondent's id (P2) or exact label.
    pub id: String,
    /// Their pseudonym (unique among respondents; never a real name).
    #[arg(long)]
    pub label: Option<String>,
    /// The segment they belong to (S1 or its name), or none.
    #[arg(long)]
    pub segment: Option<String>,
    /// An attribute as KEY=VALUE; KEY= removes it. Repeat for several.
    #[arg(long = "attr")]
    pub attributes: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PlanningArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The quality's id (Q3).
    pub id: String,
    /// Importance (I) on the project's rating scale, or none.
    #[arg(long, allow_hyphen_values = true)]
    pub importance: Option<String>,
    /// Customers' satisfaction with our present product (C), or none.
    #[arg(long, allow_hyphen_values = true)]
    pub ours: Option<String>,
    /// Satisfaction with a competitor as NAME_OR_ID=VALUE (VALUE none removes it); repeat for
    /// several competitors.
    #[arg(long = "competitor", allow_hyphen_values = true)]
    pub competitors: Vec<String>,
    /// The planned level (P, the target), or none.
    #[arg(long, visible_alias = "target", allow_hyphen_values = true)]
    pub planned: Option<String>,
    /// The sales point (S): 1.0 or none, 1.2 (○), 1.5 (◎), or a factor from 1.0 to 2.0.
    #[arg(long)]
    pub sales_point: Option<String>,
}

#[derive(Debug, Args)]
pub struct RelationshipArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The demanded quality (Q3).
    pub quality: String,
    /// The characteristic (C1).
    pub characteristic: String,
    /// strong (◎), medium (○), weak (△), a value of the relation scale (9, 3, 1), or none to
    /// clear the cell.
    pub strength: String,
}

#[derive(Debug, Args)]
pub struct CorrelationArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// One characteristic (C1).
    pub a: String,
    /// The other characteristic (C4).
    pub b: String,
    /// How they pull on each other: ++, +, -, -- (written `-- --`, as a lone -- ends the
    /// options), or strong-positive, positive, negative, strong-negative; none clears the cell.
    #[arg(allow_hyphen_values = true)]
    pub roof: String,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("how").required(true).args(["settled", "theirs"])))]
pub struct ConflictArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The record of the conflict, as `gemba check` names it (Q3, or meta for the settings).
    #[arg(required_unless_present = "all")]
    pub record: Option<String>,
    /// The field of the conflict (text, planning.target).
    #[arg(required_unless_present = "all")]
    pub field: Option<String>,
    /// Settle it: the record keeps the value it holds now and the entry is removed. Set the
    /// value you want first with the record's own command.
    #[arg(long)]
    pub settled: bool,
    /// Take theirs: the record's field gets the other branch's value and the entry is removed
    /// (text and numbers; other fields are set with the record's own command, then --settled).
    #[arg(long, conflicts_with = "all")]
    pub theirs: bool,
    /// Settle every conflict of the project at once.
    #[arg(long, conflicts_with_all = ["record", "field"])]
    pub all: bool,
}

/// The edit one of these commands makes and what to tell the user; none for the others.
pub fn edit(project: &Project, c: &SetCommand) -> Result<Option<(Edit, String)>> {
    let done = match c {
        SetCommand::Item(a) => item(project, a),
        SetCommand::Competitor(a) => competitor(project, a),
        SetCommand::Segment(a) => segment(project, a),
        SetCommand::Respondent(a) => respondent(project, a),
        SetCommand::Planning(a) => planning(project, a),
        SetCommand::Correlation(a) => correlation(project, a),
        SetCommand::Relationship(a) => relationship(project, a),
        SetCommand::Conflict(a) => conflict(project, a),
        _ => return Ok(None),
    };
    done.map(Some)
        .map_err(|e| anyhow!("{e}; nothing was changed"))
}

fn item(project: &Project, a: &ItemArgs) -> Result<(Edit, String)> {
    let iid: ItemId = id(&a.id, "item", |i| project.items.contains(i))?;
    let mut item = project.items.get(iid).expect("found above").clone();
    let fields = fields_given(
        iid,
        &[("text", a.text.is_some()), ("remarks", a.remarks.is_some())],
    )?;
    if let Some(t) = &a.text {
        item.text = t.clone();
    }
    if let Some(list) = &a.remarks {
        item.remarks = ids::<RemarkId>(list, "remark", |r| project.remarks.contains(r))
            .map_err(|e| anyhow!("{iid} remarks: {e}"))?;
    }
    Ok((
        Edit::Put(Entity::Item(item)),
        format!("{iid}: set {fields}"),
    ))
}

fn competitor(project: &Project, a: &CompetitorArgs) -> Result<(Edit, String)> {
    let kid = find_competitor(project, &a.id)?;
    let mut k = project.competitors.get(kid).expect("found above").clone();
    let fields = fields_given(
        kid,
        &[("name", a.name.is_some()), ("order", a.order.is_some())],
    )?;
    if let Some(n) = &a.name {
        k.name = n.trim().to_string();
    }
    if let Some(o) = &a.order {
        k.order = super::records::order(o).map_err(|e| anyhow!("{kid} order: {e}"))?;
    }
    Ok((
        Edit::Put(Entity::Competitor(k)),
        format!("{kid}: set {fields}"),
    ))
}

fn segment(project: &Project, a: &SegmentArgs) -> Result<(Edit, String)> {
    let sid = super::settings::find_segment(project, &a.id)?;
    let mut s = project.segments.get(sid).expect("found above").clone();
    let fields = fields_given(
        sid,
        &[("name", a.name.is_some()), ("weight", a.weight.is_some())],
    )?;
    if let Some(n) = &a.name {
        s.name = n.trim().to_string();
    }
    if let Some(w) = &a.weight {
        s.weight = super::settings::parse_weight(w).map_err(|e| anyhow!("{sid} weight: {e}"))?;
    }
    Ok((
        Edit::Put(Entity::Segment(s)),
        format!("{sid}: set {fields}"),
    ))
}

fn respondent(project: &Project, a: &RespondentArgs) -> Result<(Edit, String)> {
    let t = a.id.trim();
    let pid = match project.respondents.iter().find(|p| p.label == t) {
        Some(p) => p.id,
        None => id::<RespondentId>(t, "respondent", |p| project.respondents.contains(p))?,
    };
    let mut p = project.respondents.get(pid).expect("found above").clone();
    let fields = fields_given(
        pid,
        &[
            ("label", a.label.is_some()),
            ("segment", a.segment.is_some()),
            ("attributes", !a.attributes.is_empty()),
        ],
    )?;
    if let Some(l) = &a.label {
        p.label = l.trim().to_string();
    }
    let mut edits = Vec::new();
    if let Some(s) = &a.segment {
        p.segment = if is_none(s) {
            None
        } else {
            Some(
                super::settings::find_segment(project, s)
                    .map_err(|e| anyhow!("{pid} segment: {e}"))?,
            )
        };
        // Their remarks take the new segment: a remark's own segment that would now disagree
        // is dropped, as moving the respondent on screen does.
        for r in project.remarks.iter().filter(|r| r.respondent == Some(pid)) {
            if r.segment.is_some() && p.segment.is_some() && r.segment != p.segment {
                let mut r = r.clone();
                r.segment = None;
                edits.push(Edit::Put(Entity::Remark(r)));
            }
        }
    }
    for pair in &a.attributes {
        let Some((key, value)) = pair.split_once('=') else {
            bail!("{pid} attributes: '{pair}' is not KEY=VALUE (KEY= removes it)");
        };
        let (key, value) = (key.trim(), value.trim());
        if key.is_empty() {
            bail!("{pid} attributes: '{pair}' has no attribute name before '='");
        }
        if value.is_empty() {
            p.attributes.remove(key);
        } else {
            p.attributes.insert(key.to_string(), value.to_string());
        }
    }
    edits.insert(0, Edit::Put(Entity::Respondent(p)));
    let edit = if edits.len() == 1 {
        edits.pop().expect("one edit")
    } else {
        Edit::Batch(edits)
    };
    Ok((edit, format!("{pid}: set {fields}")))
}

fn planning(project: &Project, a: &PlanningArgs) -> Result<(Edit, String)> {
    let qid: QualityId = id(&a.id, "quality", |i| project.qualities.contains(i))?;
    let mut q = project.qualities.get(qid).expect("found above").clone();
    let fields = fields_given(
        qid,
        &[
            ("importance", a.importance.is_some()),
            ("current", a.ours.is_some()),
            ("competitors", !a.competitors.is_empty()),
            ("target", a.planned.is_some()),
            ("sales point", a.sales_point.is_some()),
        ],
    )?;
    let p = &mut q.planning;
    for (name, given, field) in [
        ("importance", &a.importance, &mut p.importance),
        ("current", &a.ours, &mut p.current),
        ("target", &a.planned, &mut p.target),
    ] {
        if let Some(v) = given {
            *field = optional_number(v).map_err(|e| anyhow!("{qid} {name} '{v}': {e}"))?;
        }
    }
    for pair in &a.competitors {
        // Split at the last `=`: a number never holds one, a competitor's name might.
        let Some((who, value)) = pair.rsplit_once('=') else {
            bail!("{qid} competitor: '{pair}' is not NAME_OR_ID=VALUE");
        };
        let k = find_competitor(project, who).map_err(|e| anyhow!("{qid} competitor: {e}"))?;
        match optional_number(value)
            .map_err(|e| anyhow!("{qid} competitor {k} '{}': {e}", value.trim()))?
        {
            Some(v) => p.competitors.insert(k, v),
            None => p.competitors.remove(&k),
        };
    }
    if let Some(s) = &a.sales_point {
        p.sales_point = SalesPoint::parse(s).map_err(|e| anyhow!("{qid} sales point: {e}"))?;
    }
    // Stored either way; say so when the matrix takes these values from elsewhere.
    let mut message = format!("{qid}: set planning {fields}");
    let m = &project.meta;
    if a.importance.is_some() && m.importance != ImportanceSource::Direct {
        message.push_str(&format!(
            "; importance now comes from {}, so the value is kept but not used",
            m.importance.describe()
        ));
    }
    if (a.ours.is_some() || !a.competitors.is_empty())
        && m.satisfaction != SatisfactionSource::Direct
    {
        message.push_str(&format!(
            "; satisfaction now comes from {}, so the values are kept but not used",
            m.satisfaction.describe()
        ));
    }
    Ok((Edit::Put(Entity::Quality(q)), message))
}

fn relationship(project: &Project, a: &RelationshipArgs) -> Result<(Edit, String)> {
    let q: QualityId = id(&a.quality, "quality", |i| project.qualities.contains(i))?;
    let c: CharacteristicId = id(&a.characteristic, "characteristic", |i| {
        project.characteristics.contains(i)
    })?;
    let key = RelationshipKey {
        quality: q,
        characteristic: c,
    };
    if is_none(&a.strength) {
        if !project.relationships.contains(key) {
            bail!("{q}×{c} relationship: the cell is already blank");
        }
        return Ok((
            Edit::Remove(EntityId::Relationship(key)),
            format!("{q}×{c}: relationship cleared"),
        ));
    }
    let scale = project.meta.relation_scale;
    let strength = Strength::parse(&a.strength, scale).ok_or_else(|| {
        anyhow!(
            "{q}×{c} relationship: '{}' is not a strength; use strong, medium, weak (◎ ○ △), \
             {}, {} or {} on the {scale} scale, or none",
            a.strength.trim(),
            scale.value(Strength::Strong),
            scale.value(Strength::Medium),
            scale.value(Strength::Weak),
        )
    })?;
    Ok((
        Edit::Put(Entity::Relationship(Relationship {
            quality: q,
            characteristic: c,
            strength,
        })),
        format!("{q}×{c}: relationship {}", strength.symbol()),
    ))
}

fn correlation(project: &Project, a: &CorrelationArgs) -> Result<(Edit, String)> {
    let exists = |c| project.characteristics.contains(c);
    let x: CharacteristicId = id(&a.a, "characteristic", exists)?;
    let y: CharacteristicId = id(&a.b, "characteristic", exists)?;
    if x == y {
        bail!("{x} roof: a characteristic has no correlation with itself");
    }
    let key = CorrelationKey {
        low: x.min(y),
        high: x.max(y),
    };
    if is_none(&a.roof) && a.roof.trim() != "-" {
        if !project.correlations.contains(key) {
            bail!("{key} roof: the cell is already blank");
        }
        return Ok((
            Edit::Remove(EntityId::Correlation(key)),
            format!("{key}: roof cleared"),
        ));
    }
    let word = match a.roof.trim().to_lowercase().as_str() {
        "strong-positive" => Some(Roof::StrongPositive),
        "positive" => Some(Roof::Positive),
        "negative" => Some(Roof::Negative),
        "strong-negative" => Some(Roof::StrongNegative),
        _ => None,
    };
    let roof = word.or_else(|| Roof::parse(&a.roof)).ok_or_else(|| {
        anyhow!(
            "{key} roof: '{}' is not a correlation; use ++, +, -, --, strong-positive, \
             positive, negative, strong-negative or none",
            a.roof.trim()
        )
    })?;
    Ok((
        Edit::Put(Entity::Correlation(Correlation {
            a: key.low,
            b: key.high,
            roof,
        })),
        format!("{key}: roof {}", roof.symbol()),
    ))
}

fn conflict(project: &Project, a: &ConflictArgs) -> Result<(Edit, String)> {
    use crate::model::conflict;
    let left = |n: usize| crate::model::count(n, "merge conflict left", "merge conflicts left");
    let (Some(record), Some(field)) = (&a.record, &a.field) else {
        let edit = conflict::settle_all(project)
            .ok_or_else(|| anyhow!("conflicts: the project has no merge conflicts to settle"))?;
        let n = project.conflicts.len();
        return Ok((
            edit,
            format!(
                "{} settled; each record keeps the value it holds; {}",
                crate::model::count(n, "merge conflict", "merge conflicts"),
                left(0)
            ),
        ));
    };
    let (record, field) = (record.trim(), field.trim());
    let found = project.conflicts.iter().find(|c| c.is(record, field));
    if a.theirs
        && let Some(c) = found
    {
        let edit =
            crate::method::settle::take_theirs(project, record, field).map_err(|e| anyhow!(e))?;
        return Ok((
            edit,
            format!(
                "{} {}: took theirs “{}” (ours was “{}”); {}",
                c.record,
                c.field,
                c.theirs,
                c.ours,
                left(project.conflicts.len() - 1)
            ),
        ));
    }
    let Some(edit) = conflict::settle(project, record, field) else {
        let known: Vec<String> = project
            .conflicts
            .iter()
            .map(|c| format!("{} {}", c.record, c.field))
            .collect();
        if known.is_empty() {
            bail!("{record} {field}: the project has no merge conflicts to settle");
        }
        bail!(
            "{record} {field}: no merge conflict on this field; the conflicts are {}",
            known.join(", ")
        );
    };
    let c = project
        .conflicts
        .iter()
        .find(|c| c.is(record, field))
        .expect("settle found it");
    Ok((
        edit,
        format!(
            "{} {}: settled (ours “{}”, theirs “{}”), the record keeps the value it holds; {}",
            c.record,
            c.field,
            c.ours,
            c.theirs,
            left(project.conflicts.len() - 1)
        ),
    ))
}
