//! Checks on a project: each record's references and values, and the whole project at once.
//! Edits use the per-record checks; `validate` reports every problem of a loaded file together.

use std::fmt;

use super::*;

pub use super::unique::name_clashes;

/// One thing wrong with a project, naming the record it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub subject: Option<EntityId>,
    pub message: String,
}

impl Problem {
    pub fn new(subject: Option<EntityId>, message: impl Into<String>) -> Self {
        Problem {
            subject,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.subject {
            Some(id) => write!(f, "{} {}: {}", id.kind(), id, self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Every problem of a project (its tables must be sorted, as after loading).
pub fn validate(project: &Project) -> Vec<Problem> {
    let mut out = Vec::new();
    if project.format != FORMAT {
        out.push(Problem::new(
            None,
            format!("format is {}, this build expects {FORMAT}", project.format),
        ));
    }
    out.extend(meta_text_problems(&project.meta));
    for c in &project.conflicts {
        out.push(Problem::new(
            None,
            format!(
                "merge conflict in {} {}: ours “{}”, theirs “{}” (the record holds ours); set the value you want, then settle it (`gemba set conflict PATH {} {} --settled`, or ! on screen)",
                c.record, c.field, c.ours, c.theirs, c.record, c.field
            ),
        ));
    }
    duplicates(&project.segments, EntityId::Segment, &mut out);
    duplicates(&project.respondents, EntityId::Respondent, &mut out);
    duplicates(&project.competitors, EntityId::Competitor, &mut out);
    duplicates(&project.remarks, EntityId::Remark, &mut out);
    duplicates(&project.items, EntityId::Item, &mut out);
    duplicates(&project.groups, EntityId::Group, &mut out);
    duplicates(&project.qualities, EntityId::Quality, &mut out);
    duplicates(&project.responses, EntityId::Response, &mut out);
    duplicates(&project.judgements, EntityId::Judgement, &mut out);
    duplicates(&project.characteristics, EntityId::Characteristic, &mut out);
    duplicates(&project.relationships, EntityId::Relationship, &mut out);
    duplicates(&project.correlations, EntityId::Correlation, &mut out);
    let all = project
        .segments
        .iter()
        .cloned()
        .map(Entity::Segment)
        .chain(project.respondents.iter().cloned().map(Entity::Respondent))
        .chain(project.competitors.iter().cloned().map(Entity::Competitor))
        .chain(project.remarks.iter().cloned().map(Entity::Remark))
        .chain(project.items.iter().cloned().map(Entity::Item))
        .chain(project.groups.iter().cloned().map(Entity::Group))
        .chain(project.qualities.iter().cloned().map(Entity::Quality))
        .chain(project.responses.iter().cloned().map(Entity::Response))
        .chain(project.judgements.iter().cloned().map(Entity::Judgement))
        .chain(
            project
                .characteristics
                .iter()
                .cloned()
                .map(Entity::Characteristic),
        )
        .chain(
            project
                .relationships
                .iter()
                .cloned()
                .map(Entity::Relationship),
        )
        .chain(
            project
                .correlations
                .iter()
                .cloned()
                .map(Entity::Correlation),
        );
    let mut named = Vec::new();
    for e in all {
        if matches!(
            e,
            Entity::Segment(_)
                | Entity::Respondent(_)
                | Entity::Competitor(_)
                | Entity::Characteristic(_)
        ) {
            named.push(e.id());
        }
        out.extend(record_problems(project, &e, false));
    }
    out.extend(name_clashes(project, &named));
    out.extend(super::tree::shape_problems(project));
    if let Some(name) = &project.meta.ri_table
        && name != super::saaty::RI_TABLE_NAME
    {
        out.push(Problem::new(
            None,
            format!(
                "the RI table '{name}' is unknown; this build computes consistency with '{}'",
                super::saaty::RI_TABLE_NAME
            ),
        ));
    }
    out
}

fn duplicates<T: Record>(
    table: &Table<T>,
    wrap: impl Fn(T::Id) -> EntityId,
    out: &mut Vec<Problem>,
) {
    for id in table.duplicates() {
        out.push(Problem::new(
            Some(wrap(id)),
            "the id is used more than once",
        ));
    }
}

fn meta_text_problems(meta: &Meta) -> Vec<Problem> {
    let mut out = Vec::new();
    if super::text::is_blank(&meta.title) {
        out.push(Problem::new(None, "the project has no title"));
    }
    if meta.scale.min >= meta.scale.max {
        out.push(Problem::new(
            None,
            format!(
                "the rating scale {}–{} is empty: its minimum must be below its maximum",
                meta.scale.min, meta.scale.max
            ),
        ));
    }
    if meta.precision > 6 {
        out.push(Problem::new(
            None,
            format!("precision {} is more than 6 decimal places", meta.precision),
        ));
    }
    out
}

/// Problems with new project settings, including ratings the new scale would leave outside.
pub fn meta_problems(project: &Project, meta: &Meta) -> Vec<Problem> {
    let mut out = meta_text_problems(meta);
    if out.is_empty() && meta.scale != project.meta.scale {
        // Name the records in the way, so the refusal says what to change first.
        let mut outside: Vec<String> = project
            .qualities
            .iter()
            .filter(|q| {
                q.planning
                    .ratings()
                    .iter()
                    .any(|(_, v)| !meta.scale.contains(*v))
            })
            .map(|q| q.id.to_string())
            .collect();
        let answers = project
            .responses
            .iter()
            .filter(|r| r.reply.rating().is_some_and(|v| !meta.scale.contains(v)))
            .count();
        if !outside.is_empty() || answers > 0 {
            let n = outside.len();
            outside.truncate(8);
            if n > 8 {
                outside.push(format!("… ({} in all)", n));
            }
            if answers > 0 {
                outside.push(format!("survey answers: {answers}"));
            }
            out.push(Problem::new(
                None,
                format!(
                    "ratings fall outside the new scale {}: {}; change those first",
                    meta.scale,
                    outside.join(", ")
                ),
            ));
        }
    }
    out
}

fn missing(out: &mut Vec<Problem>, subject: EntityId, what: EntityId) {
    out.push(Problem::new(
        Some(subject),
        format!("refers to {} {}, which does not exist", what.kind(), what),
    ));
}

fn blank(out: &mut Vec<Problem>, subject: EntityId, text: &str, what: &str) {
    if super::text::is_blank(text) {
        out.push(Problem::new(Some(subject), format!("has an empty {what}")));
    }
}

/// Problems of one record as it would stand in this project (names shared with other records
/// aside: see [`name_clashes`]).
pub fn entity_problems(project: &Project, entity: &Entity) -> Vec<Problem> {
    record_problems(project, entity, true)
}

/// `walk_tree`: whether to check where a group lands in the tree (a cycle, too many levels) by
/// walking from it; `validate` checks the whole tree at once instead.
fn record_problems(project: &Project, entity: &Entity, walk_tree: bool) -> Vec<Problem> {
    let mut out = Vec::new();
    let me = entity.id();
    match entity {
        Entity::Segment(s) => {
            blank(&mut out, me, &s.name, "name");
            if let Some(w) = s.weight
                && !(w.is_finite() && w >= 0.0)
            {
                out.push(Problem::new(
                    Some(me),
                    format!("weight {w} must be a number of 0 or more"),
                ));
            }
        }
        Entity::Respondent(r) => {
            blank(&mut out, me, &r.label, "label");
            if let Some(s) = r.segment
                && !project.segments.contains(s)
            {
                missing(&mut out, me, EntityId::Segment(s));
            }
        }
        Entity::Competitor(c) => {
            blank(&mut out, me, &c.name, "name");
        }
        Entity::Remark(r) => {
            blank(&mut out, me, &r.text, "text");
            if let Some(p) = r.respondent
                && !project.respondents.contains(p)
            {
                missing(&mut out, me, EntityId::Respondent(p));
            }
            if let Some(s) = r.segment
                && !project.segments.contains(s)
            {
                missing(&mut out, me, EntityId::Segment(s));
            }
            let respondent_segment = r
                .respondent
                .and_then(|p| project.respondents.get(p))
                .and_then(|p| p.segment);
            if let (Some(own), Some(theirs)) = (r.segment, respondent_segment)
                && own != theirs
            {
                out.push(Problem::new(
                    Some(me),
                    format!("names segment {own}, but its respondent belongs to segment {theirs}"),
                ));
            }
        }
        Entity::Item(i) => {
            blank(&mut out, me, &i.text, "text");
            for r in &i.remarks {
                if !project.remarks.contains(*r) {
                    missing(&mut out, me, EntityId::Remark(*r));
                }
            }
        }
        Entity::Group(g) => {
            blank(&mut out, me, &g.title, "title");
            if let Some(parent) = g.parent {
                if !project.groups.contains(parent) {
                    missing(&mut out, me, EntityId::Group(parent));
                } else if walk_tree && leads_back(project, parent, g.id) {
                    out.push(Problem::new(
                        Some(me),
                        format!(
                            "its parent {parent} lies inside it: the group tree would have a cycle"
                        ),
                    ));
                } else if walk_tree {
                    out.extend(super::tree::depth_problem(project, g));
                }
            }
        }
        Entity::Quality(q) => {
            blank(&mut out, me, &q.text, "text");
            for i in &q.items {
                if !project.items.contains(*i) {
                    missing(&mut out, me, EntityId::Item(*i));
                }
            }
            if let Some(g) = q.group
                && !project.groups.contains(g)
            {
                missing(&mut out, me, EntityId::Group(g));
            }
            for c in q.planning.competitors.keys() {
                if !project.competitors.contains(*c) {
                    missing(&mut out, me, EntityId::Competitor(*c));
                }
            }
            let scale = project.meta.scale;
            for (name, v) in q.planning.ratings() {
                if !scale.contains(v) {
                    out.push(Problem::new(
                        Some(me),
                        format!("{name} {v} is outside the rating scale {scale}"),
                    ));
                }
            }
            if let Some(p) = q.planning.sales_point.problem() {
                out.push(Problem::new(Some(me), p));
            }
        }
        Entity::Response(r) => {
            if !project.qualities.contains(r.quality) {
                missing(&mut out, me, EntityId::Quality(r.quality));
            }
            if !project.respondents.contains(r.respondent) {
                missing(&mut out, me, EntityId::Respondent(r.respondent));
            }
            if let Question::Competitor(c) = r.reply.question()
                && !project.competitors.contains(c)
            {
                missing(&mut out, me, EntityId::Competitor(c));
            }
            let scale = project.meta.scale;
            if let Some(v) = r.reply.rating()
                && !scale.contains(v)
            {
                out.push(Problem::new(
                    Some(me),
                    format!("rating {v} is outside the rating scale {scale}"),
                ));
            }
        }
        Entity::Judgement(j) => {
            if let Some(g) = j.parent
                && !project.groups.contains(g)
            {
                missing(&mut out, me, EntityId::Group(g));
            }
            for node in [j.a, j.b] {
                let exists = match node {
                    tree::Node::Group(g) => project.groups.contains(g),
                    tree::Node::Quality(q) => project.qualities.contains(q),
                };
                if !exists {
                    missing(&mut out, me, node_id(node));
                }
            }
            if j.a == j.b {
                out.push(Problem::new(Some(me), "compares a node with itself"));
            }
            if !super::saaty::on_scale(j.value) {
                out.push(Problem::new(
                    Some(me),
                    format!("judgement {} is outside Saaty's scale 1/9 to 9", j.value),
                ));
            }
        }
        Entity::Characteristic(c) => {
            blank(&mut out, me, &c.name, "name");
            for k in c.competitors.keys() {
                if !project.competitors.contains(*k) {
                    missing(&mut out, me, EntityId::Competitor(*k));
                }
            }
            let values = c
                .ours
                .iter()
                .chain(c.target.iter())
                .chain(c.competitors.values());
            if values.into_iter().any(|v| !v.is_finite()) {
                out.push(Problem::new(
                    Some(me),
                    "a measured value or the target is not a number",
                ));
            }
            if let Some(d) = c.difficulty
                && !(1..=5).contains(&d)
            {
                out.push(Problem::new(
                    Some(me),
                    format!("difficulty {d} is outside 1–5"),
                ));
            }
        }
        Entity::Relationship(r) => {
            if !project.qualities.contains(r.quality) {
                missing(&mut out, me, EntityId::Quality(r.quality));
            }
            if !project.characteristics.contains(r.characteristic) {
                missing(&mut out, me, EntityId::Characteristic(r.characteristic));
            }
        }
        Entity::Correlation(c) => {
            for x in [c.a, c.b] {
                if !project.characteristics.contains(x) {
                    missing(&mut out, me, EntityId::Characteristic(x));
                }
            }
            if c.a == c.b {
                out.push(Problem::new(Some(me), "joins a characteristic with itself"));
            }
        }
    }
    out
}

fn node_id(node: tree::Node) -> EntityId {
    match node {
        tree::Node::Group(g) => EntityId::Group(g),
        tree::Node::Quality(q) => EntityId::Quality(q),
    }
}

/// Survey answers matching a condition, as ids.
fn responses_where(project: &Project, keep: impl Fn(&Response) -> bool) -> Vec<EntityId> {
    project
        .responses
        .iter()
        .filter(|r| keep(r))
        .map(|r| EntityId::Response(r.id()))
        .collect()
}

/// Judgements matching a condition, as ids.
fn judgements_where(project: &Project, keep: impl Fn(&Judgement) -> bool) -> Vec<EntityId> {
    project
        .judgements
        .iter()
        .filter(|j| keep(j))
        .map(|j| EntityId::Judgement(j.id()))
        .collect()
}

/// Whether walking up the parents from `start` reaches `target` (or loops).
fn leads_back(project: &Project, start: GroupId, target: GroupId) -> bool {
    let mut cur = Some(start);
    let mut steps = 0;
    while let Some(g) = cur {
        if g == target || steps > project.groups.len() {
            return true;
        }
        steps += 1;
        cur = project.groups.get(g).and_then(|g| g.parent);
    }
    false
}

/// The records that refer to `id`.
pub fn referrers(project: &Project, id: EntityId) -> Vec<EntityId> {
    let mut out = Vec::new();
    match id {
        EntityId::Segment(s) => {
            out.extend(
                project
                    .respondents
                    .iter()
                    .filter(|r| r.segment == Some(s))
                    .map(|r| EntityId::Respondent(r.id)),
            );
            out.extend(
                project
                    .remarks
                    .iter()
                    .filter(|r| r.segment == Some(s))
                    .map(|r| EntityId::Remark(r.id)),
            );
        }
        EntityId::Respondent(p) => {
            out.extend(
                project
                    .remarks
                    .iter()
                    .filter(|r| r.respondent == Some(p))
                    .map(|r| EntityId::Remark(r.id)),
            );
            out.extend(responses_where(project, |r| r.respondent == p));
        }
        EntityId::Competitor(c) => {
            out.extend(
                project
                    .qualities
                    .iter()
                    .filter(|q| q.planning.competitors.contains_key(&c))
                    .map(|q| EntityId::Quality(q.id)),
            );
            out.extend(responses_where(project, |r| {
                r.reply.question() == Question::Competitor(c)
            }));
            out.extend(
                project
                    .characteristics
                    .iter()
                    .filter(|x| x.competitors.contains_key(&c))
                    .map(|x| EntityId::Characteristic(x.id)),
            );
        }
        EntityId::Remark(r) => {
            out.extend(
                project
                    .items
                    .iter()
                    .filter(|i| i.remarks.contains(&r))
                    .map(|i| EntityId::Item(i.id)),
            );
        }
        EntityId::Item(i) => {
            out.extend(
                project
                    .qualities
                    .iter()
                    .filter(|q| q.items.contains(&i))
                    .map(|q| EntityId::Quality(q.id)),
            );
        }
        EntityId::Group(g) => {
            out.extend(
                project
                    .groups
                    .iter()
                    .filter(|x| x.parent == Some(g))
                    .map(|x| EntityId::Group(x.id)),
            );
            out.extend(
                project
                    .qualities
                    .iter()
                    .filter(|q| q.group == Some(g))
                    .map(|q| EntityId::Quality(q.id)),
            );
            let node = tree::Node::Group(g);
            out.extend(judgements_where(project, |j| {
                j.parent == Some(g) || j.a == node || j.b == node
            }));
        }
        EntityId::Quality(q) => {
            out.extend(responses_where(project, |r| r.quality == q));
            let node = tree::Node::Quality(q);
            out.extend(judgements_where(project, |j| j.a == node || j.b == node));
            out.extend(
                project
                    .relationships
                    .iter()
                    .filter(|r| r.quality == q)
                    .map(|r| EntityId::Relationship(r.id())),
            );
        }
        EntityId::Characteristic(c) => {
            out.extend(
                project
                    .relationships
                    .iter()
                    .filter(|r| r.characteristic == c)
                    .map(|r| EntityId::Relationship(r.id())),
            );
            out.extend(
                project
                    .correlations
                    .iter()
                    .filter(|x| x.a == c || x.b == c)
                    .map(|x| EntityId::Correlation(x.id())),
            );
        }
        EntityId::Response(_)
        | EntityId::Judgement(_)
        | EntityId::Relationship(_)
        | EntityId::Correlation(_) => {}
    }
    out
}
