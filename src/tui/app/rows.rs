//! The rows each step shows and what is selected in them: filters, the remarks, items and
//! qualities in screen order, the hints for the statement being written, a picker's choices.

use super::*;

impl App {
    pub fn filter(&self, step: Step) -> &str {
        match step {
            Step::Remarks => &self.filters[0],
            Step::Items => &self.filters[1],
            Step::Qualities => &self.filters[2],
            Step::Affinity => &self.filters[3],
            _ => "",
        }
    }

    pub(super) fn filter_mut(&mut self) -> Option<&mut String> {
        match self.step {
            Step::Remarks => Some(&mut self.filters[0]),
            Step::Items => Some(&mut self.filters[1]),
            Step::Qualities => Some(&mut self.filters[2]),
            Step::Affinity => Some(&mut self.filters[3]),
            _ => None,
        }
    }

    /// Remarks shown on the Remarks and Items steps, filtered by that step's filter.
    pub fn remark_rows(&self, step: Step) -> Vec<&Remark> {
        let f = self.filter(step).to_lowercase();
        let candidates = step == Step::Remarks && self.candidates_only;
        self.project
            .remarks
            .iter()
            .filter(|r| !candidates || r.candidate)
            .filter(|r| f.is_empty() || matches(&f, &r.id.to_string(), &r.text))
            .collect()
    }

    pub fn items_of(&self, remark: RemarkId) -> Vec<&Item> {
        self.project
            .items
            .iter()
            .filter(|i| i.remarks.contains(&remark))
            .collect()
    }

    /// The item list of the Qualities step: filtered items, then the team's own qualities.
    pub fn slot_rows(&self) -> Vec<Slot> {
        let f = self.filter(Step::Qualities).to_lowercase();
        let mut rows: Vec<Slot> = self
            .project
            .items
            .iter()
            .filter(|i| f.is_empty() || matches(&f, &i.id.to_string(), &i.text))
            .map(|i| Slot::Item(i.id))
            .collect();
        if f.is_empty() {
            rows.push(Slot::Team);
        }
        rows
    }

    pub fn qualities_of(&self, slot: Slot) -> Vec<&Quality> {
        self.project
            .qualities
            .iter()
            .filter(|q| match slot {
                Slot::Item(i) => q.items.contains(&i),
                Slot::Team => q.items.is_empty(),
            })
            .collect()
    }

    /// The left-hand rows of the Items step: the filtered remarks, then the unlinked items
    /// when there are any.
    pub fn item_step_rows(&self) -> Vec<RemarkRow> {
        let mut rows: Vec<RemarkRow> = self
            .remark_rows(Step::Items)
            .iter()
            .map(|r| RemarkRow::Remark(r.id))
            .collect();
        if self.filter(Step::Items).is_empty()
            && self.project.items.iter().any(|i| i.remarks.is_empty())
        {
            rows.push(RemarkRow::Unlinked);
        }
        rows
    }

    pub fn items_in(&self, row: RemarkRow) -> Vec<&Item> {
        match row {
            RemarkRow::Remark(r) => self.items_of(r),
            RemarkRow::Unlinked => self
                .project
                .items
                .iter()
                .filter(|i| i.remarks.is_empty())
                .collect(),
        }
    }

    /// The selected row of the Items step's left pane.
    pub fn current_row(&self) -> Option<RemarkRow> {
        let sel = if self.unlinked_sel {
            Some(RemarkRow::Unlinked)
        } else {
            self.remark_sel.map(RemarkRow::Remark)
        };
        current(&self.item_step_rows(), sel)
    }

    /// The selected remark among the rows of `step` (the first row when none is selected);
    /// none on the Items step while the unlinked items are selected.
    pub fn current_remark(&self, step: Step) -> Option<RemarkId> {
        if step == Step::Items {
            return match self.current_row()? {
                RemarkRow::Remark(r) => Some(r),
                RemarkRow::Unlinked => None,
            };
        }
        let rows: Vec<RemarkId> = self.remark_rows(step).iter().map(|r| r.id).collect();
        current(&rows, self.remark_sel)
    }

    pub fn current_item(&self) -> Option<ItemId> {
        let row = self.current_row()?;
        let rows: Vec<ItemId> = self.items_in(row).iter().map(|i| i.id).collect();
        current(&rows, self.item_sel)
    }

    pub fn current_slot(&self) -> Option<Slot> {
        current(&self.slot_rows(), self.slot_sel)
    }

    pub fn current_quality(&self) -> Option<QualityId> {
        let slot = self.current_slot()?;
        let rows: Vec<QualityId> = self.qualities_of(slot).iter().map(|q| q.id).collect();
        current(&rows, self.quality_sel)
    }

    /// The text whose wording hints the Qualities step shows: the statement being written, or the
    /// selected one.
    pub fn hint_subject(&self) -> Option<(Option<QualityId>, String)> {
        if let Mode::Input(Input {
            target: Target::NewQuality(_) | Target::EditQuality(_),
            field,
        }) = &self.mode
        {
            let id = match &self.mode {
                Mode::Input(Input {
                    target: Target::EditQuality(q),
                    ..
                }) => Some(*q),
                _ => None,
            };
            return Some((id, field.value().to_string()));
        }
        let q = self.current_quality()?;
        let text = self.project.qualities.get(q)?.text.clone();
        Some((Some(q), text))
    }

    /// Hints for the hint subject, with whether each is dismissed for that statement.
    pub fn current_hints(&self) -> Vec<(hints::Hint, bool)> {
        self.checked_hints().unwrap_or_default()
    }

    /// The same, or `None` when the checks failed on the hint subject: then there are no hints,
    /// and no word that the wording follows the rules either.
    pub fn checked_hints(&self) -> Option<Vec<(hints::Hint, bool)>> {
        let Some((id, text)) = self.hint_subject() else {
            return Some(Vec::new());
        };
        let dismissed = id
            .and_then(|q| self.project.qualities.get(q))
            .map(|q| q.dismissed.clone())
            .unwrap_or_default();
        let list = hints::try_check(&text)?;
        Some(
            list.into_iter()
                .map(|h| {
                    let d = dismissed.contains(&h.rule);
                    (h, d)
                })
                .collect(),
        )
    }

    /// Remark choices of an open picker, filtered by what was typed.
    pub fn choices(&self, picker: &Picker) -> Vec<(String, Choice)> {
        let typed = picker.filter.value().trim();
        let f = typed.to_lowercase();
        let lang = self.lang;
        let mut out = Vec::new();
        match picker.purpose {
            PickFor::Source(_) => {
                for s in Source::ALL {
                    let label = crate::tui::strings::source(s).get(lang).to_string();
                    if f.is_empty() || matches(&f, &s.key(), &label) {
                        out.push((label, Choice::Source(s)));
                    }
                }
            }
            PickFor::Respondent(_) => {
                if f.is_empty() {
                    out.push((
                        format!("({})", S::LabelNone.get(lang)),
                        Choice::Respondent(None),
                    ));
                }
                for r in &self.project.respondents {
                    if f.is_empty() || matches(&f, &r.id.to_string(), &r.label) {
                        out.push((
                            format!("{} {}", r.id, r.label),
                            Choice::Respondent(Some(r.id)),
                        ));
                    }
                }
                if !typed.is_empty() && self.project.respondent_by_label(typed).is_none() {
                    out.push((
                        format!("+ {} “{typed}”", S::CreateNamed.get(lang)),
                        Choice::NewRespondent(typed.to_string()),
                    ));
                }
            }
            PickFor::Segment(_) => {
                if f.is_empty() {
                    out.push((
                        format!("({})", S::LabelNone.get(lang)),
                        Choice::Segment(None),
                    ));
                }
                for s in &self.project.segments {
                    if f.is_empty() || matches(&f, &s.id.to_string(), &s.name) {
                        out.push((format!("{} {}", s.id, s.name), Choice::Segment(Some(s.id))));
                    }
                }
                if !typed.is_empty() && self.project.segment_by_name(typed).is_none() {
                    out.push((
                        format!("+ {} “{typed}”", S::CreateNamed.get(lang)),
                        Choice::NewSegment(typed.to_string()),
                    ));
                }
            }
            PickFor::LinkItem(q) => {
                let linked = self
                    .project
                    .qualities
                    .get(q)
                    .map(|q| q.items.clone())
                    .unwrap_or_default();
                for i in &self.project.items {
                    if !linked.contains(&i.id)
                        && (f.is_empty() || matches(&f, &i.id.to_string(), &i.text))
                    {
                        out.push((format!("{} {}", i.id, i.text), Choice::Item(i.id)));
                    }
                }
            }
            PickFor::Link(item) => {
                let linked = self
                    .project
                    .items
                    .get(item)
                    .map(|i| i.remarks.clone())
                    .unwrap_or_default();
                for r in &self.project.remarks {
                    if !linked.contains(&r.id)
                        && (f.is_empty() || matches(&f, &r.id.to_string(), &r.text))
                    {
                        out.push((format!("{} {}", r.id, r.text), Choice::Remark(r.id)));
                    }
                }
            }
        }
        out
    }
}

/// Whether a record matches a filter (lower-cased): its id exactly, or a part of its text.
pub(super) fn matches(filter_lower: &str, id: &str, text: &str) -> bool {
    id.to_lowercase() == filter_lower || text.to_lowercase().contains(filter_lower)
}

/// The selection if it is among the rows, else the first row.
pub(super) fn current<T: Copy + PartialEq>(rows: &[T], sel: Option<T>) -> Option<T> {
    sel.filter(|s| rows.contains(s)).or(rows.first().copied())
}
