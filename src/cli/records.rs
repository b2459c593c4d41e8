//! `gemba set quality|group|remark|characteristic`: change the fields of one record, the same
//! `Put` edit a screen makes, so a script never has to edit the project file by hand. Every
//! option left out keeps its field; a bad value is refused naming the record and the field.

use std::path::PathBuf;
use std::str::FromStr;

use anyhow::{Result, anyhow, bail};
use clap::Args;

use super::analysis::SetCommand;
use crate::method::arrange;
use crate::model::number::parse_number;
use crate::model::rule::Rule;
use crate::model::{
    CharacteristicId, CompetitorId, Direction, Edit, Entity, GroupId, ItemId, Kano, Origin,
    Project, QualityId, RemarkId, RespondentId, Source,
};

#[derive(Debug, Args)]
pub struct QualityArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The quality's id (Q3).
    pub id: String,
    /// The quality statement.
    #[arg(long)]
    pub text: Option<String>,
    /// must-be, one-dimensional, attractive, indifferent, reverse, questionable, or none.
    #[arg(long)]
    pub kano: Option<String>,
    /// customer (customers said it) or team (the team added it).
    #[arg(long)]
    pub origin: Option<String>,
    /// The quality's tags, separated by commas; an empty value removes them all.
    #[arg(long)]
    pub tags: Option<String>,
    /// The island (group id, G2) the quality is placed in, or none for an unplaced card.
    #[arg(long)]
    pub group: Option<String>,
    /// The items it restates (I1,I4), replacing the list; none removes them all.
    #[arg(long)]
    pub items: Option<String>,
    /// Its position among the cards of its island (a whole number; ties go by id).
    #[arg(long, allow_hyphen_values = true)]
    pub order: Option<String>,
    /// Dismiss the hints of these wording rules (OneMeaning, no-negation, or 1 to 8), by commas.
    #[arg(long)]
    pub dismiss: Option<String>,
    /// Restore the hints of these wording rules, or all of them.
    #[arg(long)]
    pub undismiss: Option<String>,
}

#[derive(Debug, Args)]
pub struct GroupArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The group's id (G2).
    pub id: String,
    /// The island's title.
    #[arg(long)]
    pub title: Option<String>,
    /// The group it is grouped into (G1), or none for a top-level group.
    #[arg(long)]
    pub parent: Option<String>,
    /// Its position among its siblings (a whole number; ties go by id).
    #[arg(long, allow_hyphen_values = true)]
    pub order: Option<String>,
}

#[derive(Debug, Args)]
pub struct RemarkArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The remark's id (R3).
    pub id: String,
    /// The customer's words.
    #[arg(long)]
    pub text: Option<String>,
    /// Where it came from: questionnaire[:scene|purchase|wish|trouble], interview, complaint,
    /// observation, internal, simulated, other.
    #[arg(long)]
    pub source: Option<String>,
    /// The respondent who said it (P2), or none.
    #[arg(long)]
    pub respondent: Option<String>,
    /// The segment (S1 or its name) of a remark with no respondent, or none. A respondent
    /// brings their own segment: set it with `set respondent … --segment`.
    #[arg(long)]
    pub segment: Option<String>,
    /// The remark's tags, separated by commas; an empty value removes them all.
    #[arg(long)]
    pub tags: Option<String>,
    /// Scene: who uses it (an empty value clears it; likewise the other five).
    #[arg(long)]
    pub who: Option<String>,
    /// Scene: where.
    #[arg(long = "where")]
    pub r#where: Option<String>,
    /// Scene: when.
    #[arg(long)]
    pub when: Option<String>,
    /// Scene: why.
    #[arg(long)]
    pub why: Option<String>,
    /// Scene: what.
    #[arg(long)]
    pub what: Option<String>,
    /// Scene: how.
    #[arg(long)]
    pub how: Option<String>,
    /// Accept a candidate remark (cut from an interview transcript): clears its candidate mark.
    #[arg(long)]
    pub accept: bool,
}

#[derive(Debug, Args)]
pub struct CharacteristicArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The characteristic's id (C1).
    pub id: String,
    /// The characteristic's name (unique in the project).
    #[arg(long)]
    pub name: Option<String>,
    /// The unit its values are measured in.
    #[arg(long)]
    pub unit: Option<String>,
    /// max, min or nominal.
    #[arg(long)]
    pub direction: Option<String>,
    /// The target value, or none.
    #[arg(long, allow_hyphen_values = true)]
    pub target: Option<String>,
    /// How hard the target is to reach, 1 (easy) to 5 (hard), or none.
    #[arg(long)]
    pub difficulty: Option<String>,
    /// Our product's measured value, or none.
    #[arg(long, allow_hyphen_values = true)]
    pub ours: Option<String>,
    /// A competitor's measured value as NAME_OR_ID=VALUE (VALUE none removes it); repeat for
    /// several competitors.
    #[arg(long = "competitor", allow_hyphen_values = true)]
    pub competitors: Vec<String>,
    /// Its position among the columns of the House of Quality (a whole number; ties go by id).
    #[arg(long, allow_hyphen_values = true)]
    pub order: Option<String>,
}

/// The edit a record command makes and what to tell the user; none for the other commands.
pub fn edit(project: &Project, c: &SetCommand) -> Result<Option<(Edit, String)>> {
    let done = match c {
        SetCommand::Quality(a) => quality(project, a),
        SetCommand::Group(a) => group(project, a),
        SetCommand::Remark(a) => remark(project, a),
        SetCommand::Characteristic(a) => characteristic(project, a),
        _ => return super::fields::edit(project, c),
    };
    done.map(Some)
        .map_err(|e| anyhow!("{e}; nothing was changed"))
}

/// Reads an id of the kind asked for and finds that record.
pub(super) fn id<T: FromStr + Copy + std::fmt::Display>(
    text: &str,
    kind: &str,
    exists: impl Fn(T) -> bool,
) -> Result<T> {
    let t = text.trim();
    match t.parse::<T>() {
        Ok(id) if exists(id) => Ok(id),
        Ok(id) => bail!("there is no {kind} {id} in the project"),
        Err(_) => bail!("'{t}' is not a {kind} id"),
    }
}

/// A list of ids (`R1,R2`, commas in either width), each checked to exist, without repeats;
/// `none` or an empty text is the empty list.
pub(super) fn ids<T: FromStr + Copy + PartialEq + std::fmt::Display>(
    list: &str,
    kind: &str,
    exists: impl Fn(T) -> bool,
) -> Result<Vec<T>> {
    let mut out = Vec::new();
    for part in list_parts(list) {
        let one = id::<T>(part, kind, &exists)?;
        if !out.contains(&one) {
            out.push(one);
        }
    }
    Ok(out)
}

pub(super) fn is_none(text: &str) -> bool {
    ["none", "-", "无"].contains(&text.trim().to_lowercase().as_str())
}

/// The names of the fields given; none given is a mistake worth saying, as the user meant to
/// set something.
pub(super) fn fields_given(
    record: impl std::fmt::Display,
    fields: &[(&'static str, bool)],
) -> Result<String> {
    let given: Vec<&str> = fields.iter().filter(|f| f.1).map(|f| f.0).collect();
    if given.is_empty() {
        bail!("no field of {record} was given to change; see --help for the options");
    }
    Ok(given.join(", "))
}

fn quality(project: &Project, a: &QualityArgs) -> Result<(Edit, String)> {
    let qid: QualityId = id(&a.id, "quality", |i| project.qualities.contains(i))?;
    let mut q = project.qualities.get(qid).expect("found above").clone();
    let fields = fields_given(
        qid,
        &[
            ("text", a.text.is_some()),
            ("kano", a.kano.is_some()),
            ("origin", a.origin.is_some()),
            ("tags", a.tags.is_some()),
            ("group", a.group.is_some()),
            ("items", a.items.is_some()),
            ("order", a.order.is_some()),
            ("dismissed", a.dismiss.is_some() || a.undismiss.is_some()),
        ],
    )?;
    if let Some(t) = &a.text {
        q.text = t.clone();
    }
    if let Some(k) = &a.kano {
        q.kano = if is_none(k) {
            Kano::Unclassified
        } else {
            Kano::parse(k).ok_or_else(|| {
                anyhow!(
                    "{qid} kano: '{k}' is not a Kano type; use must-be, one-dimensional, \
                     attractive, indifferent, reverse, questionable or none"
                )
            })?
        };
    }
    if let Some(o) = &a.origin {
        q.origin = match o.trim().to_lowercase().as_str() {
            "customer" | "顾客" => Origin::Customer,
            "team" | "团队" => Origin::Team,
            _ => bail!("{qid} origin: '{o}' is not an origin; use customer or team"),
        };
    }
    if let Some(t) = &a.tags {
        q.tags = t
            .split([',', '，'])
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
    }
    if let Some(g) = &a.group {
        let to = if is_none(g) {
            None
        } else {
            Some(
                id::<GroupId>(g, "group", |i| project.groups.contains(i))
                    .map_err(|e| anyhow!("{qid} group: {e}"))?,
            )
        };
        // A card moved to another island lands at its end, as moving it on screen does.
        if to != q.group
            && let Some(Edit::Put(Entity::Quality(moved))) = arrange::move_card(project, qid, to)
        {
            q.group = moved.group;
            q.order = moved.order;
        }
    }
    if let Some(list) = &a.items {
        q.items = ids::<ItemId>(list, "item", |i| project.items.contains(i))
            .map_err(|e| anyhow!("{qid} items: {e}"))?;
    }
    if let Some(o) = &a.order {
        q.order = order(o).map_err(|e| anyhow!("{qid} order: {e}"))?;
    }
    if let Some(list) = &a.undismiss {
        if list.trim().eq_ignore_ascii_case("all") {
            q.dismissed.clear();
        } else {
            for r in rules(list).map_err(|e| anyhow!("{qid} dismissed: {e}"))? {
                q.dismissed.retain(|x| *x != r);
            }
        }
    }
    if let Some(list) = &a.dismiss {
        for r in rules(list).map_err(|e| anyhow!("{qid} dismissed: {e}"))? {
            if !q.dismissed.contains(&r) {
                q.dismissed.push(r);
            }
        }
        q.dismissed.sort();
    }
    Ok((
        Edit::Put(Entity::Quality(q)),
        format!("{qid}: set {fields}"),
    ))
}

fn group(project: &Project, a: &GroupArgs) -> Result<(Edit, String)> {
    let gid: GroupId = id(&a.id, "group", |i| project.groups.contains(i))?;
    let mut g = project.groups.get(gid).expect("found above").clone();
    let fields = fields_given(
        gid,
        &[
            ("title", a.title.is_some()),
            ("parent", a.parent.is_some()),
            ("order", a.order.is_some()),
        ],
    )?;
    if let Some(t) = &a.title {
        g.title = t.clone();
    }
    if let Some(p) = &a.parent {
        let to = if is_none(p) {
            None
        } else {
            Some(
                id::<GroupId>(p, "group", |i| project.groups.contains(i))
                    .map_err(|e| anyhow!("{gid} parent: {e}"))?,
            )
        };
        // Moved under another parent, the island lands after its new siblings.
        if to != g.parent
            && let Some(Edit::Put(Entity::Group(moved))) = arrange::move_group(project, gid, to)
        {
            g.parent = moved.parent;
            g.order = moved.order;
        }
    }
    if let Some(o) = &a.order {
        g.order = order(o).map_err(|e| anyhow!("{gid} order: {e}"))?;
    }
    Ok((Edit::Put(Entity::Group(g)), format!("{gid}: set {fields}")))
}

fn remark(project: &Project, a: &RemarkArgs) -> Result<(Edit, String)> {
    let rid: RemarkId = id(&a.id, "remark", |i| project.remarks.contains(i))?;
    let mut r = project.remarks.get(rid).expect("found above").clone();
    let scene = [
        ("who", &a.who),
        ("where", &a.r#where),
        ("when", &a.when),
        ("why", &a.why),
        ("what", &a.what),
        ("how", &a.how),
    ];
    let mut named = vec![
        ("text", a.text.is_some()),
        ("source", a.source.is_some()),
        ("respondent", a.respondent.is_some()),
        ("segment", a.segment.is_some()),
        ("tags", a.tags.is_some()),
    ];
    named.extend(scene.iter().map(|(f, v)| (*f, v.is_some())));
    named.push(("candidate", a.accept));
    let fields = fields_given(rid, &named)?;
    if a.accept {
        r.candidate = false;
    }
    if let Some(t) = &a.text {
        r.text = t.clone();
    }
    if let Some(s) = &a.source {
        r.source = Source::parse(s).ok_or_else(|| {
            let names: Vec<String> = Source::ALL.iter().map(|s| s.key()).collect();
            anyhow!(
                "{rid} source: '{s}' is not a source; use one of {}",
                names.join(", ")
            )
        })?;
    }
    if let Some(p) = &a.respondent {
        r.respondent = if is_none(p) {
            None
        } else {
            Some(
                id::<RespondentId>(p, "respondent", |i| project.respondents.contains(i))
                    .map_err(|e| anyhow!("{rid} respondent: {e}"))?,
            )
        };
    }
    if let Some(s) = &a.segment {
        let to = if is_none(s) {
            None
        } else {
            Some(
                super::settings::find_segment(project, s)
                    .map_err(|e| anyhow!("{rid} segment: {e}"))?,
            )
        };
        // The file's rule: a remark with a respondent takes the respondent's segment, and the
        // two never disagree; the respondent is moved on purpose, not as a side effect.
        let theirs = r
            .respondent
            .and_then(|p| project.respondents.get(p))
            .map(|p| (p.id, p.segment));
        match theirs {
            Some((p, Some(seg))) if to.is_some_and(|t| t != seg) => bail!(
                "{rid} segment: the remark's respondent {p} belongs to segment {seg}, and a remark \
                 takes its respondent's segment; move the respondent with `gemba set respondent \
                 PATH {p} --segment …`"
            ),
            _ => r.segment = to,
        }
    }
    if let Some(t) = &a.tags {
        r.tags = list_parts(t).map(str::to_string).collect();
    }
    for (field, value) in scene {
        if let Some(v) = value {
            r.scene.set(field, v);
        }
    }
    Ok((Edit::Put(Entity::Remark(r)), format!("{rid}: set {fields}")))
}

/// The parts of a comma-separated list (Chinese commas too), blanks left out.
pub(super) fn list_parts(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', '，'])
        .map(str::trim)
        .filter(|s| !s.is_empty() && !is_none(s))
}

/// A position among siblings: a whole number from 0.
pub(super) fn order(text: &str) -> Result<u32> {
    text.trim()
        .parse::<u32>()
        .map_err(|_| anyhow!("'{}' is not a whole number of 0 or more", text.trim()))
}

/// Wording rules named by commas.
fn rules(text: &str) -> Result<Vec<Rule>> {
    let mut out = Vec::new();
    for part in list_parts(text) {
        out.push(Rule::parse(part).ok_or_else(|| {
            let names: Vec<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
            anyhow!(
                "'{part}' is not a wording rule; use {} (or their numbers 1 to 8)",
                names.join(", ")
            )
        })?);
    }
    if out.is_empty() {
        bail!("no wording rule was named");
    }
    Ok(out)
}

/// A value that may be `none` to clear it.
pub(super) fn optional_number(text: &str) -> Result<Option<f64>, String> {
    if is_none(text) {
        Ok(None)
    } else {
        parse_number(text).map(Some)
    }
}

/// Finds a competitor by id (K2) or exact name.
pub(super) fn find_competitor(project: &Project, text: &str) -> Result<CompetitorId> {
    let t = text.trim();
    if let Ok(id) = t.parse::<CompetitorId>()
        && project.competitors.contains(id)
    {
        return Ok(id);
    }
    if let Some(k) = project.competitors.iter().find(|k| k.name == t) {
        return Ok(k.id);
    }
    let names: Vec<String> = project
        .competitors
        .iter()
        .map(|k| format!("{} {}", k.id, k.name))
        .collect();
    if names.is_empty() {
        bail!("the project has no competitors, so there is no competitor '{t}'");
    }
    bail!(
        "no competitor '{t}'; the competitors are: {}",
        names.join(", ")
    )
}

fn characteristic(project: &Project, a: &CharacteristicArgs) -> Result<(Edit, String)> {
    let cid: CharacteristicId = id(&a.id, "characteristic", |i| {
        project.characteristics.contains(i)
    })?;
    let mut c = project
        .characteristics
        .get(cid)
        .expect("found above")
        .clone();
    let fields = fields_given(
        cid,
        &[
            ("name", a.name.is_some()),
            ("unit", a.unit.is_some()),
            ("direction", a.direction.is_some()),
            ("target", a.target.is_some()),
            ("difficulty", a.difficulty.is_some()),
            ("ours", a.ours.is_some()),
            ("competitors", !a.competitors.is_empty()),
            ("order", a.order.is_some()),
        ],
    )?;
    if let Some(n) = &a.name {
        c.name = n.clone();
    }
    if let Some(u) = &a.unit {
        c.unit = u.clone();
    }
    if let Some(o) = &a.order {
        c.order = order(o).map_err(|e| anyhow!("{cid} order: {e}"))?;
    }
    if let Some(d) = &a.direction {
        c.direction = Direction::parse(d).ok_or_else(|| {
            anyhow!("{cid} direction: '{d}' is not a direction; use max, min or nominal")
        })?;
    }
    if let Some(t) = &a.target {
        c.target = optional_number(t).map_err(|e| anyhow!("{cid} target '{t}': {e}"))?;
    }
    if let Some(o) = &a.ours {
        c.ours = optional_number(o).map_err(|e| anyhow!("{cid} ours '{o}': {e}"))?;
    }
    if let Some(d) = &a.difficulty {
        c.difficulty = if is_none(d) {
            None
        } else {
            Some(
                d.trim()
                    .parse::<u8>()
                    .ok()
                    .filter(|v| (1..=5).contains(v))
                    .ok_or_else(|| {
                        anyhow!(
                            "{cid} difficulty: '{d}' is not a whole number from 1 (easy) to 5 \
                             (hard)"
                        )
                    })?,
            )
        };
    }
    for pair in &a.competitors {
        // Split at the last `=`: a number never holds one, a competitor's name might.
        let Some((who, value)) = pair.rsplit_once('=') else {
            bail!("{cid} competitor: '{pair}' is not NAME_OR_ID=VALUE");
        };
        let k = find_competitor(project, who).map_err(|e| anyhow!("{cid} competitor: {e}"))?;
        match optional_number(value)
            .map_err(|e| anyhow!("{cid} competitor {k} value '{}': {e}", value.trim()))?
        {
            Some(v) => c.competitors.insert(k, v),
            None => c.competitors.remove(&k),
        };
    }
    Ok((
        Edit::Put(Entity::Characteristic(c)),
        format!("{cid}: set {fields}"),
    ))
}
