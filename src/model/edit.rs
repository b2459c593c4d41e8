//! Edits as values. Every change to a project is an `Edit`; applying one checks it, changes the
//! project and returns the edit that undoes it, so undo/redo is a pair of stacks of edits.

use serde::{Deserialize, Serialize};

use super::validate::{self, Problem};
use super::*;

/// Any record of a project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Entity {
    Segment(Segment),
    Respondent(Respondent),
    Competitor(Competitor),
    Remark(Remark),
    Item(Item),
    Group(Group),
    Quality(Quality),
    Response(Response),
    Judgement(Judgement),
    Characteristic(Characteristic),
    Relationship(Relationship),
    Correlation(Correlation),
}

/// The id of any record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityId {
    Segment(SegmentId),
    Respondent(RespondentId),
    Competitor(CompetitorId),
    Remark(RemarkId),
    Item(ItemId),
    Group(GroupId),
    Quality(QualityId),
    Response(ResponseKey),
    Judgement(JudgementKey),
    Characteristic(CharacteristicId),
    Relationship(RelationshipKey),
    Correlation(CorrelationKey),
}

impl EntityId {
    /// The kind of record, as a word for messages ("remark").
    pub fn kind(self) -> &'static str {
        match self {
            EntityId::Segment(_) => SegmentId::KIND,
            EntityId::Respondent(_) => RespondentId::KIND,
            EntityId::Competitor(_) => CompetitorId::KIND,
            EntityId::Remark(_) => RemarkId::KIND,
            EntityId::Item(_) => ItemId::KIND,
            EntityId::Group(_) => GroupId::KIND,
            EntityId::Quality(_) => QualityId::KIND,
            EntityId::Response(_) => "response",
            EntityId::Judgement(_) => "judgement",
            EntityId::Characteristic(_) => CharacteristicId::KIND,
            EntityId::Relationship(_) => "relationship",
            EntityId::Correlation(_) => "correlation",
        }
    }
}

impl EntityId {
    /// The prefix of a record id numbered 0: what a new record gets when the numbers ran out.
    fn exhausted(self) -> Option<&'static str> {
        match self {
            EntityId::Segment(i) if i.0 == 0 => Some(SegmentId::PREFIX),
            EntityId::Respondent(i) if i.0 == 0 => Some(RespondentId::PREFIX),
            EntityId::Competitor(i) if i.0 == 0 => Some(CompetitorId::PREFIX),
            EntityId::Remark(i) if i.0 == 0 => Some(RemarkId::PREFIX),
            EntityId::Item(i) if i.0 == 0 => Some(ItemId::PREFIX),
            EntityId::Group(i) if i.0 == 0 => Some(GroupId::PREFIX),
            EntityId::Quality(i) if i.0 == 0 => Some(QualityId::PREFIX),
            EntityId::Characteristic(i) if i.0 == 0 => Some(CharacteristicId::PREFIX),
            _ => None,
        }
    }
}

impl fmt::Display for EntityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EntityId::Segment(i) => i.fmt(f),
            EntityId::Respondent(i) => i.fmt(f),
            EntityId::Competitor(i) => i.fmt(f),
            EntityId::Remark(i) => i.fmt(f),
            EntityId::Item(i) => i.fmt(f),
            EntityId::Group(i) => i.fmt(f),
            EntityId::Quality(i) => i.fmt(f),
            EntityId::Response(k) => k.fmt(f),
            EntityId::Judgement(k) => k.fmt(f),
            EntityId::Characteristic(k) => k.fmt(f),
            EntityId::Relationship(k) => k.fmt(f),
            EntityId::Correlation(k) => k.fmt(f),
        }
    }
}

impl Entity {
    pub fn id(&self) -> EntityId {
        match self {
            Entity::Segment(r) => EntityId::Segment(r.id),
            Entity::Respondent(r) => EntityId::Respondent(r.id),
            Entity::Competitor(r) => EntityId::Competitor(r.id),
            Entity::Remark(r) => EntityId::Remark(r.id),
            Entity::Item(r) => EntityId::Item(r.id),
            Entity::Group(r) => EntityId::Group(r.id),
            Entity::Quality(r) => EntityId::Quality(r.id),
            Entity::Response(r) => EntityId::Response(r.id()),
            Entity::Judgement(r) => EntityId::Judgement(r.id()),
            Entity::Characteristic(r) => EntityId::Characteristic(r.id),
            Entity::Relationship(r) => EntityId::Relationship(r.id()),
            Entity::Correlation(r) => EntityId::Correlation(r.id()),
        }
    }
}

/// A change to a project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Edit {
    /// Replace the project's title, theme, scope, scale or precision.
    SetMeta(Meta),
    /// Add a record, or replace the record with the same id.
    Put(Entity),
    /// Remove a record that nothing refers to any more.
    Remove(EntityId),
    /// Several edits applied as one: all or nothing, undone as one.
    Batch(Vec<Edit>),
    /// Replace the list of merge conflicts (settling one removes it; undo puts it back).
    SetConflicts(Vec<super::conflict::Conflict>),
}

/// Why an edit was refused; the project is unchanged.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", problems_text(.problems))]
pub struct EditError {
    pub problems: Vec<Problem>,
}

fn problems_text(problems: &[Problem]) -> String {
    let lines: Vec<String> = problems.iter().map(Problem::to_string).collect();
    lines.join("; ")
}

impl EditError {
    fn one(subject: Option<EntityId>, message: impl Into<String>) -> Self {
        EditError {
            problems: vec![Problem::new(subject, message)],
        }
    }
}

impl Project {
    /// Applies an edit after checking it; returns the edit that undoes it.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        // Names that must be unique are checked once the whole edit is in, in one pass over
        // each table concerned: checking each record of a large import against all others
        // would take time growing with the square of its size.
        let mut named = Vec::new();
        let issued = self.issued;
        let undo = self.apply_checked(edit, &mut named)?;
        let problems = validate::name_clashes(self, &named);
        if !problems.is_empty() {
            self.apply_checked(undo, &mut Vec::new())
                .expect("the inverse of an applied edit always applies");
            // Refused: no ids handed out either.
            self.issued = issued;
            return Err(EditError { problems });
        }
        Ok(undo)
    }

    /// `apply` but for unique names; `named` collects the records whose names need checking.
    fn apply_checked(&mut self, edit: Edit, named: &mut Vec<EntityId>) -> Result<Edit, EditError> {
        match edit {
            Edit::SetMeta(mut meta) => {
                meta.clean_text();
                let problems = validate::meta_problems(self, &meta);
                if !problems.is_empty() {
                    return Err(EditError { problems });
                }
                Ok(Edit::SetMeta(std::mem::replace(&mut self.meta, meta)))
            }
            Edit::Put(mut entity) => {
                entity.clean_text();
                if let Some(kind_prefix) = entity.id().exhausted() {
                    return Err(EditError::one(
                        None,
                        format!(
                            "no new {} id is left: {kind_prefix}{} has been issued and ids are \
                             never reused or wrapped around, so nothing was added",
                            entity.id().kind(),
                            u32::MAX
                        ),
                    ));
                }
                let problems = validate::entity_problems(self, &entity);
                if !problems.is_empty() {
                    return Err(EditError { problems });
                }
                let id = entity.id();
                if matches!(
                    id,
                    EntityId::Segment(_)
                        | EntityId::Respondent(_)
                        | EntityId::Competitor(_)
                        | EntityId::Characteristic(_)
                ) {
                    named.push(id);
                }
                Ok(match self.put(entity) {
                    Some(old) => Edit::Put(old),
                    None => Edit::Remove(id),
                })
            }
            Edit::Remove(id) => {
                let users = validate::referrers(self, id);
                if !users.is_empty() {
                    let names: Vec<String> = users.iter().map(EntityId::to_string).collect();
                    return Err(EditError::one(
                        Some(id),
                        format!("is still used by {}", names.join(", ")),
                    ));
                }
                self.take(id)
                    .map(Edit::Put)
                    .ok_or_else(|| EditError::one(Some(id), "does not exist"))
            }
            Edit::Batch(edits) => {
                let issued = self.issued;
                let mut undo = Vec::with_capacity(edits.len());
                for e in edits {
                    match self.apply_checked(e, named) {
                        Ok(inv) => undo.push(inv),
                        Err(err) => {
                            // Roll back what this batch already did, newest first; a refused
                            // batch hands out no ids either.
                            for inv in undo.into_iter().rev() {
                                self.apply_checked(inv, &mut Vec::new())
                                    .expect("the inverse of an applied edit always applies");
                            }
                            self.issued = issued;
                            return Err(err);
                        }
                    }
                }
                undo.reverse();
                Ok(Edit::Batch(undo))
            }
            Edit::SetConflicts(list) => Ok(Edit::SetConflicts(std::mem::replace(
                &mut self.conflicts,
                list,
            ))),
        }
    }

    fn put(&mut self, entity: Entity) -> Option<Entity> {
        let i = &mut self.issued;
        match entity {
            Entity::Segment(r) => {
                i.segment = i.segment.max(r.id.0);
                self.segments.put(r).map(Entity::Segment)
            }
            Entity::Respondent(r) => {
                i.respondent = i.respondent.max(r.id.0);
                self.respondents.put(r).map(Entity::Respondent)
            }
            Entity::Competitor(r) => {
                i.competitor = i.competitor.max(r.id.0);
                self.competitors.put(r).map(Entity::Competitor)
            }
            Entity::Remark(r) => {
                i.remark = i.remark.max(r.id.0);
                self.remarks.put(r).map(Entity::Remark)
            }
            Entity::Item(r) => {
                i.item = i.item.max(r.id.0);
                self.items.put(r).map(Entity::Item)
            }
            Entity::Group(r) => {
                i.group = i.group.max(r.id.0);
                self.groups.put(r).map(Entity::Group)
            }
            Entity::Quality(r) => {
                i.quality = i.quality.max(r.id.0);
                self.qualities.put(r).map(Entity::Quality)
            }
            Entity::Response(r) => self.responses.put(r).map(Entity::Response),
            Entity::Judgement(r) => self.judgements.put(r).map(Entity::Judgement),
            Entity::Characteristic(r) => {
                i.characteristic = i.characteristic.max(r.id.0);
                self.characteristics.put(r).map(Entity::Characteristic)
            }
            Entity::Relationship(r) => self.relationships.put(r).map(Entity::Relationship),
            Entity::Correlation(r) => self.correlations.put(r).map(Entity::Correlation),
        }
    }

    fn take(&mut self, id: EntityId) -> Option<Entity> {
        match id {
            EntityId::Segment(i) => self.segments.remove(i).map(Entity::Segment),
            EntityId::Respondent(i) => self.respondents.remove(i).map(Entity::Respondent),
            EntityId::Competitor(i) => self.competitors.remove(i).map(Entity::Competitor),
            EntityId::Remark(i) => self.remarks.remove(i).map(Entity::Remark),
            EntityId::Item(i) => self.items.remove(i).map(Entity::Item),
            EntityId::Group(i) => self.groups.remove(i).map(Entity::Group),
            EntityId::Quality(i) => self.qualities.remove(i).map(Entity::Quality),
            EntityId::Response(k) => self.responses.remove(k).map(Entity::Response),
            EntityId::Judgement(k) => self.judgements.remove(k).map(Entity::Judgement),
            EntityId::Characteristic(k) => {
                self.characteristics.remove(k).map(Entity::Characteristic)
            }
            EntityId::Relationship(k) => self.relationships.remove(k).map(Entity::Relationship),
            EntityId::Correlation(k) => self.correlations.remove(k).map(Entity::Correlation),
        }
    }

    /// A copy of a record, for building an edit that changes it.
    pub fn entity(&self, id: EntityId) -> Option<Entity> {
        match id {
            EntityId::Segment(i) => self.segments.get(i).cloned().map(Entity::Segment),
            EntityId::Respondent(i) => self.respondents.get(i).cloned().map(Entity::Respondent),
            EntityId::Competitor(i) => self.competitors.get(i).cloned().map(Entity::Competitor),
            EntityId::Remark(i) => self.remarks.get(i).cloned().map(Entity::Remark),
            EntityId::Item(i) => self.items.get(i).cloned().map(Entity::Item),
            EntityId::Group(i) => self.groups.get(i).cloned().map(Entity::Group),
            EntityId::Quality(i) => self.qualities.get(i).cloned().map(Entity::Quality),
            EntityId::Response(k) => self.responses.get(k).cloned().map(Entity::Response),
            EntityId::Judgement(k) => self.judgements.get(k).cloned().map(Entity::Judgement),
            EntityId::Characteristic(k) => self
                .characteristics
                .get(k)
                .cloned()
                .map(Entity::Characteristic),
            EntityId::Relationship(k) => {
                self.relationships.get(k).cloned().map(Entity::Relationship)
            }
            EntityId::Correlation(k) => self.correlations.get(k).cloned().map(Entity::Correlation),
        }
    }

    /// The edit that deletes a record together with every reference to it: links from items and
    /// qualities are dropped, children of a group move to its parent, planning values for a
    /// competitor go with it, and so do survey answers and pairwise judgements that mention it.
    pub fn delete(&self, id: EntityId) -> Edit {
        let mut edits = Vec::new();
        for user in validate::referrers(self, id) {
            if matches!(
                user,
                EntityId::Response(_)
                    | EntityId::Judgement(_)
                    | EntityId::Relationship(_)
                    | EntityId::Correlation(_)
            ) {
                edits.push(Edit::Remove(user));
            } else if let Some(e) = self
                .entity(user)
                .and_then(|e| without_reference(self, e, id))
            {
                edits.push(Edit::Put(e));
            }
        }
        edits.push(Edit::Remove(id));
        Edit::Batch(edits)
    }
}

/// The record with its reference to `target` dropped (or moved up, for groups).
fn without_reference(project: &Project, entity: Entity, target: EntityId) -> Option<Entity> {
    let parent_of = |g: GroupId| project.groups.get(g).and_then(|g| g.parent);
    Some(match (entity, target) {
        (Entity::Respondent(mut r), EntityId::Segment(_)) => {
            r.segment = None;
            Entity::Respondent(r)
        }
        (Entity::Remark(mut r), EntityId::Segment(s)) => {
            r.segment = r.segment.filter(|x| *x != s);
            Entity::Remark(r)
        }
        (Entity::Remark(mut r), EntityId::Respondent(_)) => {
            r.respondent = None;
            Entity::Remark(r)
        }
        (Entity::Item(mut r), EntityId::Remark(x)) => {
            r.remarks.retain(|y| *y != x);
            Entity::Item(r)
        }
        (Entity::Quality(mut r), EntityId::Item(x)) => {
            r.items.retain(|y| *y != x);
            Entity::Quality(r)
        }
        (Entity::Quality(mut r), EntityId::Group(g)) => {
            r.group = parent_of(g);
            Entity::Quality(r)
        }
        (Entity::Quality(mut r), EntityId::Competitor(c)) => {
            r.planning.competitors.remove(&c);
            Entity::Quality(r)
        }
        (Entity::Characteristic(mut r), EntityId::Competitor(c)) => {
            r.competitors.remove(&c);
            Entity::Characteristic(r)
        }
        (Entity::Group(mut r), EntityId::Group(g)) => {
            r.parent = parent_of(g);
            Entity::Group(r)
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project() -> Project {
        Project::new(Meta::new("t"))
    }

    #[test]
    fn ids_that_ran_out_refuse_new_records_instead_of_replacing_old_ones() {
        let mut p = project();
        for id in [1, u32::MAX] {
            p.apply(Edit::Put(Entity::Remark(Remark::new(RemarkId(id), "kept"))))
                .unwrap();
        }
        let before = p.clone();
        let new = Remark::new(p.next_remark_id(), "one too many");
        let err = p.apply(Edit::Put(Entity::Remark(new))).unwrap_err();
        assert!(
            err.to_string().contains("no new remark id is left"),
            "{err}"
        );
        assert!(err.to_string().contains("R4294967295"), "{err}");
        assert_eq!(p, before);
    }

    #[test]
    fn put_then_undo_restores_the_project_and_ids_are_not_reused() {
        let mut p = project();
        let before = p.clone();
        let undo = p
            .apply(Edit::Put(Entity::Remark(Remark::new(
                RemarkId(1),
                "hot water takes long",
            ))))
            .unwrap();
        assert_eq!(undo, Edit::Remove(EntityId::Remark(RemarkId(1))));
        p.apply(undo).unwrap();
        assert_eq!(p.remarks, before.remarks);
        assert_eq!(p.next_remark_id(), RemarkId(2));
    }

    #[test]
    fn invisible_characters_are_cleaned_out_and_invisible_only_text_is_blank() {
        let mut p = project();
        let mut r = Remark::new(RemarkId(1), "hot\u{200D} water\u{FEFF}");
        r.tags = vec!["\u{AD}tag".into()];
        r.scene.who = Some("\u{115F}mum".into());
        p.apply(Edit::Put(Entity::Remark(r))).unwrap();
        let r = p.remarks.get(RemarkId(1)).unwrap();
        assert_eq!(r.text, "hot water");
        assert_eq!(r.tags, ["tag"]);
        assert_eq!(r.scene.who.as_deref(), Some("mum"));

        let before = p.clone();
        let err = p
            .apply(Edit::Put(Entity::Item(Item {
                id: ItemId(1),
                text: "\u{200B}\u{FEFF}\u{AD}".into(),
                remarks: vec![],
            })))
            .unwrap_err();
        assert!(err.to_string().contains("empty text"), "{err}");
        assert_eq!(p, before);

        let mut meta = p.meta.clone();
        meta.title = "\u{200B}".into();
        assert!(p.apply(Edit::SetMeta(meta.clone())).is_err());
        meta.title = "Kettle\u{2060}".into();
        p.apply(Edit::SetMeta(meta)).unwrap();
        assert_eq!(p.meta.title, "Kettle");
    }

    #[test]
    fn dangling_references_and_bad_ratings_are_refused() {
        let mut p = project();
        let mut item = Item {
            id: ItemId(1),
            text: "x".into(),
            remarks: vec![RemarkId(9)],
        };
        let err = p.apply(Edit::Put(Entity::Item(item.clone()))).unwrap_err();
        assert!(err.to_string().contains("R9"), "{err}");
        item.remarks.clear();
        p.apply(Edit::Put(Entity::Item(item))).unwrap();

        let mut q = Quality::new(QualityId(1), "the burner lights reliably");
        q.planning.importance = Some(7.0);
        let err = p.apply(Edit::Put(Entity::Quality(q))).unwrap_err();
        assert!(err.to_string().contains("1–5"), "{err}");
        assert!(p.qualities.is_empty());
    }

    #[test]
    fn a_failed_batch_changes_nothing() {
        let mut p = project();
        let before = p.clone();
        let err = p.apply(Edit::Batch(vec![
            Edit::Put(Entity::Remark(Remark::new(RemarkId(1), "a"))),
            Edit::Put(Entity::Item(Item {
                id: ItemId(1),
                text: "b".into(),
                remarks: vec![RemarkId(5)],
            })),
        ]));
        assert!(err.is_err());
        // Nothing at all: the id counters too, so a refused import issues no ids.
        assert_eq!(p, before);
    }

    #[test]
    fn a_batch_refused_for_a_name_clash_changes_nothing() {
        let mut p = project();
        let before = p.clone();
        let seg = |id, name: &str| {
            Edit::Put(Entity::Segment(Segment {
                id: SegmentId(id),
                name: name.into(),
                weight: None,
            }))
        };
        assert!(
            p.apply(Edit::Batch(vec![seg(1, "same"), seg(2, "same")]))
                .is_err()
        );
        assert_eq!(p, before);
    }

    #[test]
    fn group_cycles_are_refused() {
        let mut p = project();
        let g = |id, parent| {
            Edit::Put(Entity::Group(Group {
                id: GroupId(id),
                title: format!("g{id}"),
                parent,
                order: 0,
            }))
        };
        p.apply(g(1, None)).unwrap();
        p.apply(g(2, Some(GroupId(1)))).unwrap();
        let err = p.apply(g(1, Some(GroupId(2)))).unwrap_err();
        assert!(err.to_string().contains("cycle"), "{err}");
    }

    #[test]
    fn delete_unlinks_and_undo_relinks() {
        let mut p = project();
        p.apply(Edit::Put(Entity::Remark(Remark::new(RemarkId(1), "a"))))
            .unwrap();
        p.apply(Edit::Put(Entity::Item(Item {
            id: ItemId(1),
            text: "b".into(),
            remarks: vec![RemarkId(1)],
        })))
        .unwrap();
        let before = p.clone();
        assert!(
            p.apply(Edit::Remove(EntityId::Remark(RemarkId(1))))
                .is_err()
        );
        let undo = p.apply(p.delete(EntityId::Remark(RemarkId(1)))).unwrap();
        assert!(p.remarks.is_empty());
        assert!(p.items.get(ItemId(1)).unwrap().remarks.is_empty());
        p.apply(undo).unwrap();
        assert_eq!(p, before);
    }
}
