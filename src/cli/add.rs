//! `gemba add remark|item|quality|group|segment|respondent|competitor|characteristic`: create
//! one record with the next id the project hands out, the same `Put` edit a screen makes when
//! adding, so a project can be built from the command line without an import. The model refuses
//! empty text, unknown references and duplicate names; the file is then left as it was.

use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow};
use clap::{Args, Subcommand};

use super::Outcome;
use super::records::{id, ids};
use crate::method::{arrange, wording};
use crate::model::{
    Characteristic, Competitor, Direction, Edit, Entity, Group, GroupId, Item, ItemId, Project,
    Quality, Remark, RemarkId, Respondent, RespondentId, Segment, Source,
};

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Write even when the project is open in gemba elsewhere (what is saved there later
    /// replaces this change).
    #[arg(long, global = true)]
    pub force: bool,
    #[command(subcommand)]
    pub command: AddCommand,
}

#[derive(Debug, Subcommand)]
pub enum AddCommand {
    /// A customer's remark (the voice of the customer, in their words).
    Remark(RemarkArgs),
    /// An item: one need or fact drawn from remarks.
    Item(ItemArgs),
    /// A demanded quality: a short statement of what the customer wants.
    Quality(QualityArgs),
    /// An island (group) of the affinity tree.
    Group(GroupArgs),
    /// A customer segment.
    Segment(SegmentArgs),
    /// A respondent (a person who gave remarks or answers).
    Respondent(RespondentArgs),
    /// A competitor, compared on the planning matrix and the House of Quality.
    Competitor(NameArgs),
    /// A quality characteristic (a measurable property) of the House of Quality.
    Characteristic(CharacteristicArgs),
}

impl AddCommand {
    /// The project file the command writes.
    pub fn path(&self) -> &Path {
        match self {
            AddCommand::Remark(a) => &a.path,
            AddCommand::Item(a) => &a.path,
            AddCommand::Quality(a) => &a.path,
            AddCommand::Group(a) => &a.path,
            AddCommand::Segment(a) => &a.path,
            AddCommand::Respondent(a) => &a.path,
            AddCommand::Competitor(a) => &a.path,
            AddCommand::Characteristic(a) => &a.path,
        }
    }
}

#[derive(Debug, Args)]
pub struct RemarkArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The customer's words.
    pub text: String,
    /// Where it came from: interview, questionnaire[:wish…], complaint, observation, internal,
    /// simulated or other (the default).
    #[arg(long)]
    pub source: Option<String>,
    /// The respondent who said it (P2); the remark takes the respondent's segment.
    #[arg(long)]
    pub respondent: Option<String>,
    /// The segment it speaks for (S1 or the segment's name).
    #[arg(long)]
    pub segment: Option<String>,
}

#[derive(Debug, Args)]
pub struct ItemArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The item's text.
    pub text: String,
    /// The remarks it was drawn from (R1,R2); left out, the item is drawn from none.
    #[arg(long)]
    pub remarks: Option<String>,
}

#[derive(Debug, Args)]
pub struct QualityArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The quality statement.
    pub text: String,
    /// The items it restates (I1,I2); left out, it is the team's statement.
    #[arg(long)]
    pub items: Option<String>,
    /// The island (group id, G2) to place it in, at the end; left out, an unplaced card.
    #[arg(long)]
    pub group: Option<String>,
}

#[derive(Debug, Args)]
pub struct GroupArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The island's title.
    pub title: String,
    /// The group it is grouped into (G1), at the end; left out, a top-level group.
    #[arg(long)]
    pub parent: Option<String>,
}

#[derive(Debug, Args)]
pub struct SegmentArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The segment's name (unique in the project).
    pub name: String,
    /// Its weight when survey means are combined (0 or more); left out, equal weight.
    #[arg(long, allow_hyphen_values = true)]
    pub weight: Option<String>,
}

#[derive(Debug, Args)]
pub struct RespondentArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The respondent's label (unique in the project).
    pub label: String,
    /// The segment the respondent belongs to (S1 or the segment's name).
    #[arg(long)]
    pub segment: Option<String>,
}

#[derive(Debug, Args)]
pub struct NameArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The name (unique in the project).
    pub name: String,
}

#[derive(Debug, Args)]
pub struct CharacteristicArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The characteristic's name (unique in the project).
    pub name: String,
    /// Its unit of measure (mm, s, %).
    #[arg(long)]
    pub unit: Option<String>,
    /// Which way is better: max, min or nominal (default max).
    #[arg(long)]
    pub direction: Option<String>,
}

/// Adds the record, saves, and prints its new id.
pub fn add(c: &AddCommand) -> Result<Outcome> {
    let path = c.path();
    let mut project = super::load(path)?;
    let (edit, new_id) = edit(&project, c).map_err(|e| anyhow!("{e}; nothing was added"))?;
    project
        .apply(edit)
        .map_err(|e| anyhow!("{e}; nothing was added"))?;
    super::save(&project, path)?;
    sayln!("added {new_id}");
    // The hints the screen shows under a new statement, in its language; they never stop the
    // adding.
    if let AddCommand::Quality(a) = c {
        for hint in wording::check(&a.text) {
            sayln!("  hint: {}", hint.line_for(&a.text));
        }
    }
    sayln!("saved {}", path.display());
    Ok(Outcome::Ok)
}

/// The edit that adds the record, and the id it gets.
fn edit(project: &Project, c: &AddCommand) -> Result<(Edit, String)> {
    Ok(match c {
        AddCommand::Remark(a) => {
            let rid = project.next_remark_id();
            let mut r = Remark::new(rid, a.text.clone());
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
                let pid = id::<RespondentId>(p, "respondent", |i| project.respondents.contains(i))
                    .map_err(|e| anyhow!("{rid} respondent: {e}"))?;
                r.respondent = Some(pid);
                // A remark takes its respondent's segment (the file's rule).
                r.segment = project.respondents.get(pid).and_then(|p| p.segment);
            }
            if let Some(s) = &a.segment {
                let sid = super::settings::find_segment(project, s)
                    .map_err(|e| anyhow!("{rid} segment: {e}"))?;
                match r.segment {
                    Some(theirs) if theirs != sid => {
                        return Err(anyhow!(
                            "{rid} segment: the respondent belongs to segment {theirs}, and a \
                             remark takes its respondent's segment"
                        ));
                    }
                    _ => r.segment = Some(sid),
                }
            }
            (Edit::Put(Entity::Remark(r)), rid.to_string())
        }
        AddCommand::Item(a) => {
            let iid = project.next_item_id();
            let remarks = match &a.remarks {
                Some(list) => ids::<RemarkId>(list, "remark", |i| project.remarks.contains(i))
                    .map_err(|e| anyhow!("{iid} remarks: {e}"))?,
                None => Vec::new(),
            };
            let item = Item {
                id: iid,
                text: a.text.clone(),
                remarks,
            };
            (Edit::Put(Entity::Item(item)), iid.to_string())
        }
        AddCommand::Quality(a) => {
            let qid = project.next_quality_id();
            let mut q = Quality::new(qid, a.text.clone());
            if let Some(list) = &a.items {
                q.items = ids::<ItemId>(list, "item", |i| project.items.contains(i))
                    .map_err(|e| anyhow!("{qid} items: {e}"))?;
            }
            if let Some(g) = &a.group {
                let gid = id::<GroupId>(g, "group", |i| project.groups.contains(i))
                    .map_err(|e| anyhow!("{qid} group: {e}"))?;
                q.group = Some(gid);
                q.order = arrange::next_order(project, Some(gid));
            }
            (Edit::Put(Entity::Quality(q)), qid.to_string())
        }
        AddCommand::Group(a) => {
            let gid = project.next_group_id();
            let parent = match &a.parent {
                Some(p) => Some(
                    id::<GroupId>(p, "group", |i| project.groups.contains(i))
                        .map_err(|e| anyhow!("{gid} parent: {e}"))?,
                ),
                None => None,
            };
            let g = Group {
                id: gid,
                title: a.title.clone(),
                parent,
                order: arrange::next_order(project, parent),
            };
            (Edit::Put(Entity::Group(g)), gid.to_string())
        }
        AddCommand::Segment(a) => {
            let sid = project.next_segment_id();
            let weight = match &a.weight {
                Some(w) => {
                    super::settings::parse_weight(w).map_err(|e| anyhow!("{sid} weight: {e}"))?
                }
                None => None,
            };
            let s = Segment {
                id: sid,
                name: a.name.clone(),
                weight,
            };
            (Edit::Put(Entity::Segment(s)), sid.to_string())
        }
        AddCommand::Respondent(a) => {
            let pid = project.next_respondent_id();
            let segment = match &a.segment {
                Some(s) => Some(
                    super::settings::find_segment(project, s)
                        .map_err(|e| anyhow!("{pid} segment: {e}"))?,
                ),
                None => None,
            };
            let p = Respondent {
                id: pid,
                label: a.label.clone(),
                segment,
                attributes: Default::default(),
            };
            (Edit::Put(Entity::Respondent(p)), pid.to_string())
        }
        AddCommand::Competitor(a) => {
            let kid = project.next_competitor_id();
            let order = project
                .competitors
                .iter()
                .map(|c| c.order + 1)
                .max()
                .unwrap_or(0);
            let k = Competitor {
                id: kid,
                name: a.name.clone(),
                order,
            };
            (Edit::Put(Entity::Competitor(k)), kid.to_string())
        }
        AddCommand::Characteristic(a) => {
            let cid = project.next_characteristic_id();
            let mut c = Characteristic::new(cid, a.name.clone());
            if let Some(u) = &a.unit {
                c.unit = u.clone();
            }
            if let Some(d) = &a.direction {
                c.direction = Direction::parse(d).ok_or_else(|| {
                    anyhow!("{cid} direction: '{d}' is not a direction; use max, min or nominal")
                })?;
            }
            c.order = project
                .characteristics
                .iter()
                .map(|c| c.order + 1)
                .max()
                .unwrap_or(0);
            (Edit::Put(Entity::Characteristic(c)), cid.to_string())
        }
    })
}
