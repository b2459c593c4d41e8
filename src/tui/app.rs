//! The state of the terminal app and `update`, the one place it changes. Everything here is
//! plain data driven by actions, so tests feed actions and look at the result.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::model::{
    Edit, Entity, EntityId, Item, ItemId, Kano, Meta, Origin, Project, Quality, QualityId, Remark,
    RemarkId, Respondent, RespondentId, Scene, Segment, SegmentId, Source,
};
use crate::store;

use super::action::{Action, Command, Section};
use super::hints;
use super::keymap::{KeyContext, Keymap};
use super::strings::{Lang, S, fill};
use super::widgets::text_input::TextInput;

/// The workflow steps, in order; the step bar shows them all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Remarks,
    Items,
    Qualities,
    Affinity,
    Planning,
    Hoq,
    Report,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Remarks,
        Step::Items,
        Step::Qualities,
        Step::Affinity,
        Step::Planning,
        Step::Hoq,
        Step::Report,
    ];

    pub fn title(self) -> S {
        match self {
            Step::Remarks => S::StepRemarks,
            Step::Items => S::StepItems,
            Step::Qualities => S::StepQualities,
            Step::Affinity => S::StepAffinity,
            Step::Planning => S::StepPlanning,
            Step::Hoq => S::StepHoq,
            Step::Report => S::StepReport,
        }
    }

    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The command sections whose keys work on this step.
    pub fn sections(self) -> &'static [Section] {
        match self {
            Step::Remarks => &[
                Section::Global,
                Section::Move,
                Section::Edit,
                Section::Remarks,
            ],
            Step::Items => &[
                Section::Global,
                Section::Move,
                Section::Edit,
                Section::Items,
            ],
            Step::Qualities => &[
                Section::Global,
                Section::Move,
                Section::Edit,
                Section::Qualities,
            ],
            _ => &[Section::Global],
        }
    }
}

/// Which pane of a two- or three-pane step has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    Left,
    Right,
    Hints,
}

/// A row of the item list on the Qualities step: an item, or the qualities the team added
/// without an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Item(ItemId),
    Team,
}

/// What new remarks inherit while entering them one after another.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RemarkTemplate {
    pub source: Source,
    pub respondent: Option<RespondentId>,
    pub segment: Option<SegmentId>,
}

/// What an open text input is for.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    NewRemark(RemarkTemplate),
    EditRemark(RemarkId),
    NewItem(RemarkId),
    EditItem(ItemId),
    NewQuality(Slot),
    EditQuality(QualityId),
    Tags(QualityId),
    Search,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    pub target: Target,
    pub field: TextInput,
}

/// What a picker chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickFor {
    Source(RemarkId),
    Respondent(RemarkId),
    Segment(RemarkId),
    Link(ItemId),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Picker {
    pub purpose: PickFor,
    pub filter: TextInput,
    pub selected: usize,
}

/// One choice of a picker.
#[derive(Debug, Clone, PartialEq)]
pub enum Choice {
    Source(Source),
    Respondent(Option<RespondentId>),
    NewRespondent(String),
    Segment(Option<SegmentId>),
    NewSegment(String),
    Remark(RemarkId),
}

#[derive(Debug, Clone, PartialEq)]
pub struct SceneForm {
    pub remark: RemarkId,
    pub fields: [TextInput; 6],
    pub focus: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Question {
    QuitUnsaved,
    Recover(Box<Project>),
    Create,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Browse,
    Input(Input),
    Picker(Picker),
    Scene(SceneForm),
    Ask(Question),
    Help { scroll: u16 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

pub const PAGE: usize = 10;

/// How long edits may sit in memory only before the recovery file is written.
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(2);

/// How the app was asked to start.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub read_only: bool,
    pub lang: Lang,
    pub keymap: Keymap,
    pub color: bool,
}

pub struct App {
    pub project: Project,
    /// The project as it is on disk; none before the file exists.
    saved: Option<Project>,
    pub path: PathBuf,
    pub read_only: bool,
    pub lang: Lang,
    pub keymap: Keymap,
    pub color: bool,
    pub step: Step,
    pub mode: Mode,
    /// Questions waiting after the current one (startup may ask two).
    pending: Vec<Question>,
    pub status: Option<Status>,
    undo: Vec<(Edit, String)>,
    redo: Vec<(Edit, String)>,
    dirty: bool,
    /// Counts changes to the project, so the caller knows when to write the recovery file.
    pub generation: u64,
    pub quit: bool,
    pub remark_sel: Option<RemarkId>,
    pub item_sel: Option<ItemId>,
    pub slot_sel: Option<Slot>,
    pub quality_sel: Option<QualityId>,
    pub hint_sel: usize,
    pub items_focus: Focus,
    pub qualities_focus: Focus,
    /// Filter text of the Remarks, Items and Qualities steps.
    pub filters: [String; 3],
}

fn title_from_path(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "gemba".into())
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    fs::metadata(path).and_then(|m| m.modified()).ok()
}

impl App {
    /// An app on a project that is on disk at `path`.
    pub fn new(project: Project, path: PathBuf, settings: Settings) -> App {
        let mut app = App {
            saved: Some(project.clone()),
            project,
            path,
            read_only: settings.read_only,
            lang: settings.lang,
            keymap: settings.keymap,
            color: settings.color,
            step: Step::Remarks,
            mode: Mode::Browse,
            pending: Vec::new(),
            status: None,
            undo: Vec::new(),
            redo: Vec::new(),
            dirty: false,
            generation: 0,
            quit: false,
            remark_sel: None,
            item_sel: None,
            slot_sel: None,
            quality_sel: None,
            hint_sel: 0,
            items_focus: Focus::Left,
            qualities_focus: Focus::Left,
            filters: Default::default(),
        };
        app.remark_sel = app.project.remarks.ids().next();
        app
    }

    /// Opens the project at `path` the way the terminal app starts: a missing file is offered for
    /// creation, and a recovery file newer than the project is offered for recovery. A file that
    /// fails to load is an error (and is never overwritten).
    pub fn start(path: &Path, settings: Settings) -> Result<App, store::StoreError> {
        let exists = path.exists();
        let project = if exists {
            store::load(path)?
        } else {
            Project::new(Meta::new(title_from_path(path)))
        };
        let read_only = settings.read_only;
        let mut app = App::new(project, path.to_path_buf(), settings);
        if !exists {
            app.saved = None;
            app.dirty = true;
        }
        let mut questions = Vec::new();
        let rec = store::recovery_path(path);
        if rec.exists() && !read_only {
            let newer = match (modified(&rec), modified(path)) {
                (Some(r), Some(p)) => r > p,
                (_, None) => true,
                _ => false,
            };
            if newer {
                match store::load(&rec) {
                    Ok(p) => questions.push(Question::Recover(Box::new(p))),
                    Err(e) => {
                        app.error(fill(
                            S::RecoveryUnreadable.get(app.lang),
                            &[&rec.display(), &e],
                        ));
                    }
                }
            }
        }
        if !exists {
            questions.push(Question::Create);
        }
        questions.reverse();
        app.pending = questions;
        app.next_question();
        Ok(app)
    }

    fn next_question(&mut self) {
        self.mode = match self.pending.pop() {
            Some(q) => Mode::Ask(q),
            None => Mode::Browse,
        };
    }

    pub fn t(&self, s: S) -> &'static str {
        s.get(self.lang)
    }

    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn key_context(&self) -> KeyContext {
        match &self.mode {
            Mode::Browse => KeyContext::Browse(self.step.sections()),
            Mode::Input(_) | Mode::Picker(_) | Mode::Scene(_) => KeyContext::Text,
            Mode::Ask(_) => KeyContext::Prompt,
            Mode::Help { .. } => KeyContext::Help,
        }
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
        });
    }

    fn refuse_read_only(&mut self) -> bool {
        if self.read_only {
            self.error(self.t(S::ReadOnly));
        }
        self.read_only
    }

    fn changed(&mut self) {
        self.generation += 1;
        self.dirty = !self
            .saved
            .as_ref()
            .is_some_and(|s| same_content(s, &self.project));
    }

    /// Applies an edit as one undoable step; reports a refusal in the status line.
    pub fn commit(&mut self, edit: Edit, what: String) -> bool {
        if self.refuse_read_only() {
            return false;
        }
        // Saving a record unchanged is no edit: nothing to undo later.
        if let Edit::Put(e) = &edit
            && self.project.entity(e.id()).as_ref() == Some(e)
        {
            return true;
        }
        match self.project.apply(edit) {
            Ok(inverse) => {
                self.undo.push((inverse, what));
                self.redo.clear();
                self.changed();
                true
            }
            Err(e) => {
                self.error(fill(self.t(S::Refused), &[&e]));
                false
            }
        }
    }

    fn undo(&mut self) {
        if self.refuse_read_only() {
            return;
        }
        let Some((edit, what)) = self.undo.pop() else {
            self.info(self.t(S::NothingToUndo));
            return;
        };
        match self.project.apply(edit) {
            Ok(inverse) => {
                self.info(fill(self.t(S::Undone), &[&what]));
                self.redo.push((inverse, what));
                self.changed();
            }
            Err(e) => self.error(fill(self.t(S::Refused), &[&e])),
        }
    }

    fn redo(&mut self) {
        if self.refuse_read_only() {
            return;
        }
        let Some((edit, what)) = self.redo.pop() else {
            self.info(self.t(S::NothingToRedo));
            return;
        };
        match self.project.apply(edit) {
            Ok(inverse) => {
                self.info(fill(self.t(S::Redone), &[&what]));
                self.undo.push((inverse, what));
                self.changed();
            }
            Err(e) => self.error(fill(self.t(S::Refused), &[&e])),
        }
    }

    /// Saves to the project file; true when it worked.
    pub fn save(&mut self) -> bool {
        if self.refuse_read_only() {
            return false;
        }
        match store::save(&self.project, &self.path) {
            Ok(()) => {
                self.saved = Some(self.project.clone());
                self.dirty = false;
                let _ = fs::remove_file(store::recovery_path(&self.path));
                self.info(fill(self.t(S::Saved), &[&self.path.display()]));
                true
            }
            Err(e) => {
                self.error(fill(self.t(S::SaveFailed), &[&e]));
                false
            }
        }
    }

    /// Whether the recovery file should be written now: there are changes it does not hold yet,
    /// the project differs from the file, and no text is being typed (autosave happens after
    /// edits, not on every keystroke).
    pub fn autosave_due(&self, written_generation: u64, since_last_write: Duration) -> bool {
        self.generation != written_generation
            && self.dirty
            && !self.read_only
            && matches!(self.mode, Mode::Browse | Mode::Ask(_) | Mode::Help { .. })
            && since_last_write >= AUTOSAVE_AFTER
    }

    /// Writes the in-memory project to the recovery file beside the project.
    pub fn write_recovery(&self) -> Result<PathBuf, store::StoreError> {
        write_recovery(&self.project, &self.path)
    }

    // ----- rows shown on the screens -----

    pub fn filter(&self, step: Step) -> &str {
        match step {
            Step::Remarks => &self.filters[0],
            Step::Items => &self.filters[1],
            Step::Qualities => &self.filters[2],
            _ => "",
        }
    }

    fn filter_mut(&mut self) -> Option<&mut String> {
        match self.step {
            Step::Remarks => Some(&mut self.filters[0]),
            Step::Items => Some(&mut self.filters[1]),
            Step::Qualities => Some(&mut self.filters[2]),
            _ => None,
        }
    }

    /// Remarks shown on the Remarks and Items steps, filtered by that step's filter.
    pub fn remark_rows(&self, step: Step) -> Vec<&Remark> {
        let f = self.filter(step).to_lowercase();
        self.project
            .remarks
            .iter()
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

    /// The selected remark among the rows of `step` (the first row when none is selected).
    pub fn current_remark(&self, step: Step) -> Option<RemarkId> {
        let rows: Vec<RemarkId> = self.remark_rows(step).iter().map(|r| r.id).collect();
        current(&rows, self.remark_sel)
    }

    pub fn current_item(&self) -> Option<ItemId> {
        let remark = self.current_remark(Step::Items)?;
        let rows: Vec<ItemId> = self.items_of(remark).iter().map(|i| i.id).collect();
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
        let Some((id, text)) = self.hint_subject() else {
            return Vec::new();
        };
        let dismissed = id
            .and_then(|q| self.project.qualities.get(q))
            .map(|q| q.dismissed.clone())
            .unwrap_or_default();
        hints::check(&text)
            .into_iter()
            .map(|h| {
                let d = dismissed.contains(&h.rule);
                (h, d)
            })
            .collect()
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
                    let label = super::strings::source(s).get(lang).to_string();
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

/// Whether two projects hold the same records and settings. The counters of issued ids may
/// differ (undo never hands an id out again), which alone is no reason to save.
fn same_content(a: &Project, b: &Project) -> bool {
    a.meta == b.meta
        && a.segments == b.segments
        && a.respondents == b.respondents
        && a.competitors == b.competitors
        && a.remarks == b.remarks
        && a.items == b.items
        && a.groups == b.groups
        && a.qualities == b.qualities
}

fn matches(filter_lower: &str, id: &str, text: &str) -> bool {
    id.to_lowercase() == filter_lower || text.to_lowercase().contains(filter_lower)
}

/// The selection if it is among the rows, else the first row.
fn current<T: Copy + PartialEq>(rows: &[T], sel: Option<T>) -> Option<T> {
    sel.filter(|s| rows.contains(s)).or(rows.first().copied())
}

/// The row `delta` away from the current one, clamped to the list.
fn moved<T: Copy + PartialEq>(rows: &[T], sel: Option<T>, delta: isize) -> Option<T> {
    if rows.is_empty() {
        return None;
    }
    let at = sel
        .and_then(|s| rows.iter().position(|r| *r == s))
        .unwrap_or(0) as isize;
    let to = (at + delta).clamp(0, rows.len() as isize - 1) as usize;
    Some(rows[to])
}

/// The row that takes the place of a removed one: the next, else the previous.
fn neighbour<T: Copy + PartialEq>(rows: &[T], gone: T) -> Option<T> {
    let at = rows.iter().position(|r| *r == gone)?;
    rows.get(at + 1)
        .or(at.checked_sub(1).and_then(|i| rows.get(i)))
        .copied()
}

/// Writes a project to the recovery file of `path` and returns where it went.
pub fn write_recovery(project: &Project, path: &Path) -> Result<PathBuf, store::StoreError> {
    let rec = store::recovery_path(path);
    let text = store::to_ron(project).map_err(|e| store::StoreError::Serialize {
        path: rec.clone(),
        message: e.to_string(),
    })?;
    store::write_atomic(&rec, text.as_bytes())?;
    Ok(rec)
}

fn tags_from(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for t in text.split([',', '，', '、', ';', '；']) {
        let t = t.trim();
        if !t.is_empty() && !tags.iter().any(|x| x == t) {
            tags.push(t.to_string());
        }
    }
    tags
}

/// Changes the app for one action. The only other changes come from loading and the clock
/// (autosave), outside.
pub fn update(app: &mut App, action: Action) {
    // A message stays until the next key; whatever this action reports replaces it.
    app.status = None;
    match &app.mode {
        Mode::Browse => browse(app, action),
        Mode::Input(_) => input(app, action),
        Mode::Picker(_) => picker(app, action),
        Mode::Scene(_) => scene(app, action),
        Mode::Ask(_) => ask(app, action),
        Mode::Help { .. } => help(app, action),
    }
}

fn help(app: &mut App, action: Action) {
    let Mode::Help { scroll } = &mut app.mode else {
        return;
    };
    match action {
        Action::Cmd(Command::Up) => *scroll = scroll.saturating_sub(1),
        Action::Cmd(Command::Down) => *scroll = scroll.saturating_add(1),
        Action::Cmd(Command::PageUp) => *scroll = scroll.saturating_sub(PAGE as u16),
        Action::Cmd(Command::PageDown) => *scroll = scroll.saturating_add(PAGE as u16),
        _ => app.mode = Mode::Browse,
    }
}

fn ask(app: &mut App, action: Action) {
    let Mode::Ask(q) = std::mem::replace(&mut app.mode, Mode::Browse) else {
        return;
    };
    let answer = match action {
        Action::Answer(c) => Some(c),
        Action::Cmd(Command::Cancel) => None,
        _ => {
            app.mode = Mode::Ask(q);
            return;
        }
    };
    match (q, answer) {
        (Question::QuitUnsaved, Some('s')) => {
            if app.save() {
                app.quit = true;
            }
        }
        (Question::QuitUnsaved, Some('y')) => {
            let _ = fs::remove_file(store::recovery_path(&app.path));
            app.quit = true;
        }
        (Question::QuitUnsaved, Some('n') | None) => {}
        (Question::Recover(p), Some('y')) => {
            app.project = *p;
            app.remark_sel = app.project.remarks.ids().next();
            app.changed();
            let rec = store::recovery_path(&app.path);
            app.info(fill(app.t(S::Recovered), &[&rec.display()]));
            app.next_question();
        }
        (Question::Recover(_), Some('n')) => {
            let _ = fs::remove_file(store::recovery_path(&app.path));
            app.info(app.t(S::RecoveryDiscarded));
            app.next_question();
        }
        (Question::Recover(_), None) => {
            app.info(app.t(S::RecoveryKept));
            app.next_question();
        }
        (Question::Create, Some('y')) => {
            if app.save() {
                app.info(fill(app.t(S::Created), &[&app.path.display()]));
                app.next_question();
            } else {
                app.mode = Mode::Ask(Question::Create);
            }
        }
        (Question::Create, Some('n') | None) => app.quit = true,
        (q, Some(_)) => app.mode = Mode::Ask(q),
    }
}

fn set_step(app: &mut App, step: Step) {
    if step == Step::Qualities
        && app.step == Step::Items
        && let Some(i) = app.current_item()
    {
        app.slot_sel = Some(Slot::Item(i));
    }
    app.step = step;
    app.hint_sel = 0;
}

fn browse(app: &mut App, action: Action) {
    let Action::Cmd(cmd) = action else {
        if action == Action::Unbound {
            app.info(app.t(S::KeyUnbound));
        }
        return;
    };
    if let Some(i) = cmd.step_index() {
        set_step(app, Step::ALL[i]);
        return;
    }
    match cmd {
        Command::Quit => {
            if app.dirty && !app.read_only {
                app.mode = Mode::Ask(Question::QuitUnsaved);
            } else {
                app.quit = true;
            }
        }
        Command::Help => app.mode = Mode::Help { scroll: 0 },
        Command::Save => {
            app.save();
        }
        Command::Undo => app.undo(),
        Command::Redo => app.redo(),
        Command::NextStep => set_step(app, Step::ALL[(app.step.index() + 1) % Step::ALL.len()]),
        Command::PrevStep => set_step(
            app,
            Step::ALL[(app.step.index() + Step::ALL.len() - 1) % Step::ALL.len()],
        ),
        Command::Search => {
            if let Some(f) = app.filter_mut() {
                let field = TextInput::new(f.clone());
                app.mode = Mode::Input(Input {
                    target: Target::Search,
                    field,
                });
            }
        }
        Command::Cancel => {
            if let Some(f) = app.filter_mut() {
                f.clear();
            }
            app.status = None;
        }
        Command::Up => move_sel(app, -1),
        Command::Down => move_sel(app, 1),
        Command::PageUp => move_sel(app, -(PAGE as isize)),
        Command::PageDown => move_sel(app, PAGE as isize),
        Command::First => move_sel(app, isize::MIN / 2),
        Command::Last => move_sel(app, isize::MAX / 2),
        Command::Left | Command::Right => focus(app, cmd == Command::Right),
        Command::Add => add(app),
        Command::Edit => edit(app),
        Command::Delete => delete(app),
        Command::Source | Command::Respondent | Command::Segment | Command::Scene => {
            remark_field(app, cmd)
        }
        Command::Link => link(app),
        Command::Unlink => unlink(app),
        Command::Kano | Command::Origin | Command::Tags => quality_field(app, cmd),
        Command::ApplyHint => apply_hint(app),
        Command::DismissHint => dismiss_hint(app),
        _ => {}
    }
}

fn focus(app: &mut App, right: bool) {
    match app.step {
        Step::Items => app.items_focus = if right { Focus::Right } else { Focus::Left },
        Step::Qualities => {
            app.qualities_focus = match (app.qualities_focus, right) {
                (Focus::Left, true) => Focus::Right,
                (Focus::Right, true) | (Focus::Hints, true) => Focus::Hints,
                (Focus::Hints, false) => Focus::Right,
                _ => Focus::Left,
            }
        }
        _ => {}
    }
}

fn move_sel(app: &mut App, delta: isize) {
    match (app.step, app.items_focus, app.qualities_focus) {
        (Step::Remarks, _, _) | (Step::Items, Focus::Left, _) => {
            let rows: Vec<RemarkId> = app.remark_rows(app.step).iter().map(|r| r.id).collect();
            let cur = current(&rows, app.remark_sel);
            app.remark_sel = moved(&rows, cur, delta);
        }
        (Step::Items, _, _) => {
            if let Some(r) = app.current_remark(Step::Items) {
                let rows: Vec<ItemId> = app.items_of(r).iter().map(|i| i.id).collect();
                let cur = current(&rows, app.item_sel);
                app.item_sel = moved(&rows, cur, delta);
            }
        }
        (Step::Qualities, _, Focus::Left) => {
            let rows = app.slot_rows();
            let cur = current(&rows, app.slot_sel);
            app.slot_sel = moved(&rows, cur, delta);
            app.hint_sel = 0;
        }
        (Step::Qualities, _, Focus::Right) => {
            if let Some(s) = app.current_slot() {
                let rows: Vec<QualityId> = app.qualities_of(s).iter().map(|q| q.id).collect();
                let cur = current(&rows, app.quality_sel);
                app.quality_sel = moved(&rows, cur, delta);
                app.hint_sel = 0;
            }
        }
        (Step::Qualities, _, Focus::Hints) => {
            let n = app.current_hints().len();
            if n > 0 {
                let to = (app.hint_sel as isize + delta).clamp(0, n as isize - 1);
                app.hint_sel = to as usize;
            }
        }
        _ => {}
    }
}

fn open_input(app: &mut App, target: Target, text: &str) {
    app.mode = Mode::Input(Input {
        target,
        field: TextInput::new(text),
    });
}

fn add(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    match app.step {
        Step::Remarks => {
            let template = app
                .current_remark(Step::Remarks)
                .and_then(|r| app.project.remarks.get(r))
                .map(|r| RemarkTemplate {
                    source: r.source,
                    respondent: r.respondent,
                    segment: r.segment,
                })
                .unwrap_or_default();
            open_input(app, Target::NewRemark(template), "");
        }
        Step::Items => match app.current_remark(Step::Items) {
            Some(r) => {
                app.items_focus = Focus::Right;
                open_input(app, Target::NewItem(r), "");
            }
            None => app.error(app.t(S::NoRemarkSelected)),
        },
        Step::Qualities => match app.current_slot() {
            Some(s) => {
                app.qualities_focus = Focus::Right;
                open_input(app, Target::NewQuality(s), "");
            }
            None => app.error(app.t(S::NoItemSelected)),
        },
        _ => {}
    }
}

fn edit(app: &mut App) {
    match (app.step, app.items_focus, app.qualities_focus) {
        (Step::Remarks, _, _) => {
            if app.refuse_read_only() {
                return;
            }
            if let Some(r) = app.current_remark(Step::Remarks) {
                let text = app.project.remarks.get(r).map(|r| r.text.clone());
                open_input(app, Target::EditRemark(r), &text.unwrap_or_default());
            }
        }
        (Step::Items, Focus::Left, _) => app.items_focus = Focus::Right,
        (Step::Items, _, _) => {
            if app.refuse_read_only() {
                return;
            }
            if let Some(i) = app.current_item() {
                let text = app.project.items.get(i).map(|i| i.text.clone());
                open_input(app, Target::EditItem(i), &text.unwrap_or_default());
            }
        }
        (Step::Qualities, _, Focus::Left) => app.qualities_focus = Focus::Right,
        (Step::Qualities, _, Focus::Right) => {
            if app.refuse_read_only() {
                return;
            }
            if let Some(q) = app.current_quality() {
                let text = app.project.qualities.get(q).map(|q| q.text.clone());
                open_input(app, Target::EditQuality(q), &text.unwrap_or_default());
            }
        }
        (Step::Qualities, _, Focus::Hints) => apply_hint(app),
        _ => {}
    }
}

fn delete(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let target = match (app.step, app.items_focus, app.qualities_focus) {
        (Step::Remarks, _, _) | (Step::Items, Focus::Left, _) => {
            app.current_remark(app.step).map(EntityId::Remark)
        }
        (Step::Items, _, _) => app.current_item().map(EntityId::Item),
        (Step::Qualities, _, Focus::Left) => match app.current_slot() {
            Some(Slot::Item(i)) => Some(EntityId::Item(i)),
            _ => None,
        },
        (Step::Qualities, _, _) => app.current_quality().map(EntityId::Quality),
        _ => None,
    };
    let Some(id) = target else { return };
    // Choose what is selected afterwards before the rows change.
    match id {
        EntityId::Remark(r) => {
            let rows: Vec<RemarkId> = app.remark_rows(app.step).iter().map(|x| x.id).collect();
            app.remark_sel = neighbour(&rows, r);
        }
        EntityId::Item(i) if app.step == Step::Items => {
            let rows: Vec<ItemId> = app
                .current_remark(Step::Items)
                .map(|r| app.items_of(r).iter().map(|x| x.id).collect())
                .unwrap_or_default();
            app.item_sel = neighbour(&rows, i);
        }
        EntityId::Item(i) => {
            app.slot_sel = neighbour(&app.slot_rows(), Slot::Item(i));
        }
        EntityId::Quality(q) => {
            let rows: Vec<QualityId> = app
                .current_slot()
                .map(|s| app.qualities_of(s).iter().map(|x| x.id).collect())
                .unwrap_or_default();
            app.quality_sel = neighbour(&rows, q);
        }
        _ => {}
    }
    let edit = app.project.delete(id);
    app.commit(edit, fill(app.t(S::DoDelete), &[&id]));
}

fn remark_field(app: &mut App, cmd: Command) {
    if app.refuse_read_only() {
        return;
    }
    let Some(r) = app.current_remark(app.step) else {
        app.error(app.t(S::NoRemarkSelected));
        return;
    };
    let purpose = match cmd {
        Command::Source => PickFor::Source(r),
        Command::Respondent => PickFor::Respondent(r),
        Command::Segment => PickFor::Segment(r),
        _ => {
            let scene = app
                .project
                .remarks
                .get(r)
                .map(|r| r.scene.clone())
                .unwrap_or_default();
            let fields = scene.parts().map(|(_, v)| TextInput::new(v.unwrap_or("")));
            app.mode = Mode::Scene(SceneForm {
                remark: r,
                fields,
                focus: 0,
            });
            return;
        }
    };
    let mut p = Picker {
        purpose,
        filter: TextInput::default(),
        selected: 0,
    };
    // Start on the current value.
    let remark = app.project.remarks.get(r).cloned();
    if let Some(remark) = remark {
        let want = match purpose {
            PickFor::Source(_) => Some(Choice::Source(remark.source)),
            PickFor::Respondent(_) => Some(Choice::Respondent(remark.respondent)),
            PickFor::Segment(_) => Some(Choice::Segment(app.project.remark_segment(&remark))),
            PickFor::Link(_) => None,
        };
        if let Some(want) = want {
            p.selected = app
                .choices(&p)
                .iter()
                .position(|(_, c)| *c == want)
                .unwrap_or(0);
        }
    }
    app.mode = Mode::Picker(p);
}

fn link(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    match app.current_item() {
        Some(i) => {
            app.mode = Mode::Picker(Picker {
                purpose: PickFor::Link(i),
                filter: TextInput::default(),
                selected: 0,
            })
        }
        None => app.error(app.t(S::NoItemSelected)),
    }
}

fn unlink(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let (Some(r), Some(i)) = (app.current_remark(Step::Items), app.current_item()) else {
        app.error(app.t(S::NoItemSelected));
        return;
    };
    let Some(mut item) = app.project.items.get(i).cloned() else {
        return;
    };
    let rows: Vec<ItemId> = app.items_of(r).iter().map(|x| x.id).collect();
    item.remarks.retain(|x| *x != r);
    let what = fill(app.t(S::DoUnlink), &[&i, &r]);
    if app.commit(Edit::Put(Entity::Item(item)), what) {
        app.item_sel = neighbour(&rows, i);
    }
}

fn quality_field(app: &mut App, cmd: Command) {
    if app.refuse_read_only() {
        return;
    }
    let Some(id) = app.current_quality() else {
        app.error(app.t(S::NoItemSelected));
        return;
    };
    let Some(mut q) = app.project.qualities.get(id).cloned() else {
        return;
    };
    let what = match cmd {
        Command::Kano => {
            let at = Kano::ALL.iter().position(|k| *k == q.kano).unwrap_or(0);
            q.kano = Kano::ALL[(at + 1) % Kano::ALL.len()];
            fill(app.t(S::DoSetKano), &[&id])
        }
        Command::Origin => {
            q.origin = match q.origin {
                Origin::Customer => Origin::Team,
                Origin::Team => Origin::Customer,
            };
            fill(app.t(S::DoSetOrigin), &[&id])
        }
        _ => {
            open_input(app, Target::Tags(id), &q.tags.join(", "));
            return;
        }
    };
    app.commit(Edit::Put(Entity::Quality(q)), what);
}

fn apply_hint(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let Some(id) = app.current_quality() else {
        return;
    };
    let hints = app.current_hints();
    let Some((hint, _)) = hints.get(app.hint_sel.min(hints.len().saturating_sub(1))) else {
        return;
    };
    let Some(suggestion) = hint.suggestion.clone() else {
        app.error(app.t(S::NoSuggestion));
        return;
    };
    let number = hint.rule.number();
    let Some(mut q) = app.project.qualities.get(id).cloned() else {
        return;
    };
    // A statement with several meanings becomes one statement per meaning, each keeping the
    // trace, Kano type, origin and tags of the original.
    let parts: Vec<String> = if hint.rule == hints::Rule::OneMeaning {
        suggestion
            .split(" / ")
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect()
    } else {
        vec![suggestion]
    };
    let Some((first, rest)) = parts.split_first() else {
        return;
    };
    q.text = first.clone();
    let mut edits = vec![Edit::Put(Entity::Quality(q.clone()))];
    let first_new = app.project.next_quality_id().0;
    for (next, text) in (first_new..).zip(rest) {
        let mut extra = q.clone();
        extra.id = QualityId(next);
        extra.text = text.clone();
        extra.dismissed.clear();
        extra.planning = Default::default();
        extra.group = None;
        edits.push(Edit::Put(Entity::Quality(extra)));
    }
    let edit = if edits.len() == 1 {
        edits.pop().expect("one edit")
    } else {
        Edit::Batch(edits)
    };
    if app.commit(edit, fill(app.t(S::DoApplyHint), &[&id])) {
        app.info(fill(app.t(S::Applied), &[&number]));
        app.hint_sel = 0;
    }
}

fn dismiss_hint(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let Some(id) = app.current_quality() else {
        return;
    };
    let hints = app.current_hints();
    let Some((hint, dismissed)) = hints.get(app.hint_sel.min(hints.len().saturating_sub(1))) else {
        return;
    };
    let (rule, dismissed) = (hint.rule, *dismissed);
    let Some(mut q) = app.project.qualities.get(id).cloned() else {
        return;
    };
    if dismissed {
        q.dismissed.retain(|r| *r != rule);
    } else {
        q.dismissed.push(rule);
        q.dismissed.sort();
    }
    if app.commit(
        Edit::Put(Entity::Quality(q)),
        fill(app.t(S::DoDismiss), &[&id]),
    ) {
        let msg = if dismissed {
            S::HintRestored
        } else {
            S::HintDismissed
        };
        app.info(fill(app.t(msg), &[&rule.number()]));
    }
}

fn input(app: &mut App, action: Action) {
    let Mode::Input(inp) = &mut app.mode else {
        return;
    };
    match action {
        Action::Text(e) => {
            inp.field.edit(&e);
            if inp.target == Target::Search {
                let v = inp.field.value().to_string();
                if let Some(f) = app.filter_mut() {
                    *f = v;
                }
            }
        }
        Action::Paste(s) => {
            inp.field.insert_str(&s);
            if inp.target == Target::Search {
                let v = inp.field.value().to_string();
                if let Some(f) = app.filter_mut() {
                    *f = v;
                }
            }
        }
        Action::Cmd(Command::Cancel) => {
            if inp.target == Target::Search
                && let Some(f) = app.filter_mut()
            {
                f.clear();
            }
            app.mode = Mode::Browse;
        }
        Action::ApplyFirstHint => {
            if matches!(inp.target, Target::NewQuality(_) | Target::EditQuality(_)) {
                let hints = app.current_hints();
                match hints
                    .into_iter()
                    .find(|(h, d)| !d && h.suggestion.is_some())
                {
                    Some((h, _)) => {
                        if let Mode::Input(inp) = &mut app.mode {
                            inp.field.set(h.suggestion.unwrap_or_default());
                        }
                        app.info(fill(app.t(S::Applied), &[&h.rule.number()]));
                    }
                    None => app.error(app.t(S::NoSuggestion)),
                }
            }
        }
        Action::Confirm => confirm_input(app),
        _ => {}
    }
}

fn confirm_input(app: &mut App) {
    let Mode::Input(inp) = &app.mode else { return };
    let text = inp.field.value().trim().to_string();
    let target = inp.target.clone();
    let keep_open = |app: &mut App| {
        if let Mode::Input(inp) = &mut app.mode {
            inp.field.set("");
        }
    };
    match target {
        Target::Search => app.mode = Mode::Browse,
        _ if text.is_empty() && !matches!(target, Target::Tags(_)) => {
            app.mode = Mode::Browse;
        }
        Target::NewRemark(t) => {
            let id = app.project.next_remark_id();
            let mut r = Remark::new(id, text);
            r.source = t.source;
            r.respondent = t.respondent;
            r.segment = t.segment;
            if app.commit(
                Edit::Put(Entity::Remark(r)),
                fill(app.t(S::DoAddRemark), &[&id]),
            ) {
                app.remark_sel = Some(id);
                app.filters[0].clear();
                keep_open(app);
            }
        }
        Target::EditRemark(id) => {
            if let Some(mut r) = app.project.remarks.get(id).cloned() {
                r.text = text;
                app.commit(
                    Edit::Put(Entity::Remark(r)),
                    fill(app.t(S::DoEditRemark), &[&id]),
                );
            }
            app.mode = Mode::Browse;
        }
        Target::NewItem(remark) => {
            let id = app.project.next_item_id();
            let item = Item {
                id,
                text,
                remarks: vec![remark],
            };
            if app.commit(
                Edit::Put(Entity::Item(item)),
                fill(app.t(S::DoAddItem), &[&id]),
            ) {
                app.item_sel = Some(id);
                keep_open(app);
            }
        }
        Target::EditItem(id) => {
            if let Some(mut i) = app.project.items.get(id).cloned() {
                i.text = text;
                app.commit(
                    Edit::Put(Entity::Item(i)),
                    fill(app.t(S::DoEditItem), &[&id]),
                );
            }
            app.mode = Mode::Browse;
        }
        Target::NewQuality(slot) => {
            let id = app.project.next_quality_id();
            let mut q = Quality::new(id, text);
            match slot {
                Slot::Item(i) => q.items.push(i),
                Slot::Team => q.origin = Origin::Team,
            }
            if app.commit(
                Edit::Put(Entity::Quality(q)),
                fill(app.t(S::DoAddQuality), &[&id]),
            ) {
                app.quality_sel = Some(id);
                keep_open(app);
            }
        }
        Target::EditQuality(id) => {
            if let Some(mut q) = app.project.qualities.get(id).cloned() {
                q.text = text;
                app.commit(
                    Edit::Put(Entity::Quality(q)),
                    fill(app.t(S::DoEditQuality), &[&id]),
                );
            }
            app.mode = Mode::Browse;
        }
        Target::Tags(id) => {
            if let Some(mut q) = app.project.qualities.get(id).cloned() {
                q.tags = tags_from(&text);
                app.commit(
                    Edit::Put(Entity::Quality(q)),
                    fill(app.t(S::DoSetTags), &[&id]),
                );
            }
            app.mode = Mode::Browse;
        }
    }
}

fn picker(app: &mut App, action: Action) {
    let Mode::Picker(p) = &app.mode else { return };
    let n = app.choices(p).len();
    let Mode::Picker(p) = &mut app.mode else {
        return;
    };
    match action {
        Action::Text(e) => {
            p.filter.edit(&e);
            p.selected = 0;
        }
        Action::Paste(s) => {
            p.filter.insert_str(&s);
            p.selected = 0;
        }
        Action::Cmd(Command::Up) | Action::PrevField => p.selected = p.selected.saturating_sub(1),
        Action::Cmd(Command::Down) | Action::NextField => {
            p.selected = (p.selected + 1).min(n.saturating_sub(1))
        }
        Action::Cmd(Command::PageUp) => p.selected = p.selected.saturating_sub(PAGE),
        Action::Cmd(Command::PageDown) => p.selected = (p.selected + PAGE).min(n.saturating_sub(1)),
        Action::Cmd(Command::Cancel) => app.mode = Mode::Browse,
        Action::Confirm => {
            let p = p.clone();
            app.mode = Mode::Browse;
            if let Some((_, choice)) = app.choices(&p).into_iter().nth(p.selected) {
                choose(app, p.purpose, choice);
            }
        }
        _ => {}
    }
}

fn choose(app: &mut App, purpose: PickFor, choice: Choice) {
    let remark_id = match purpose {
        PickFor::Source(r) | PickFor::Respondent(r) | PickFor::Segment(r) => r,
        PickFor::Link(item) => {
            let Choice::Remark(r) = choice else { return };
            let Some(mut i) = app.project.items.get(item).cloned() else {
                return;
            };
            if i.remarks.contains(&r) {
                app.error(app.t(S::AlreadyLinked));
                return;
            }
            i.remarks.push(r);
            let what = fill(app.t(S::DoLink), &[&item, &r]);
            app.commit(Edit::Put(Entity::Item(i)), what);
            return;
        }
    };
    let Some(mut remark) = app.project.remarks.get(remark_id).cloned() else {
        return;
    };
    let lang = app.lang;
    let (edit, what) = match choice {
        Choice::Source(s) => {
            remark.source = s;
            (
                Edit::Put(Entity::Remark(remark)),
                fill(S::DoSetSource.get(lang), &[&remark_id]),
            )
        }
        Choice::Respondent(p) => {
            remark.respondent = p;
            (
                Edit::Put(Entity::Remark(remark)),
                fill(S::DoSetRespondent.get(lang), &[&remark_id]),
            )
        }
        Choice::NewRespondent(label) => {
            let id = app.project.next_respondent_id();
            let segment = app.project.remark_segment(&remark);
            remark.respondent = Some(id);
            let person = Respondent {
                id,
                label,
                segment,
                attributes: Default::default(),
            };
            (
                Edit::Batch(vec![
                    Edit::Put(Entity::Respondent(person)),
                    Edit::Put(Entity::Remark(remark)),
                ]),
                fill(S::DoSetRespondent.get(lang), &[&remark_id]),
            )
        }
        Choice::Segment(s) => segment_edit(app, remark, s, None),
        Choice::NewSegment(name) => {
            let id = app.project.next_segment_id();
            segment_edit(app, remark, Some(id), Some(name))
        }
        Choice::Remark(_) => return,
    };
    app.commit(edit, what);
}

/// Sets a remark's segment; a remark with a respondent takes the respondent's segment, so that
/// is what changes then (for all their remarks), and the status says so.
fn segment_edit(
    app: &mut App,
    mut remark: Remark,
    segment: Option<SegmentId>,
    new_name: Option<String>,
) -> (Edit, String) {
    let mut edits = Vec::new();
    if let (Some(id), Some(name)) = (segment, new_name) {
        edits.push(Edit::Put(Entity::Segment(Segment {
            id,
            name,
            weight: None,
        })));
    }
    let what = fill(app.t(S::DoSetSegment), &[&remark.id]);
    match remark
        .respondent
        .and_then(|p| app.project.respondents.get(p))
        .cloned()
    {
        Some(mut person) => {
            person.segment = segment;
            let label = person.label.clone();
            edits.push(Edit::Put(Entity::Respondent(person)));
            remark.segment = None;
            edits.push(Edit::Put(Entity::Remark(remark)));
            app.info(fill(app.t(S::RespondentSegmentSet), &[&label]));
        }
        None => {
            remark.segment = segment;
            edits.push(Edit::Put(Entity::Remark(remark)));
        }
    }
    (Edit::Batch(edits), what)
}

fn scene(app: &mut App, action: Action) {
    let Mode::Scene(form) = &mut app.mode else {
        return;
    };
    let n = form.fields.len();
    match action {
        Action::Text(e) => form.fields[form.focus].edit(&e),
        Action::Paste(s) => form.fields[form.focus].insert_str(&s),
        Action::NextField | Action::Cmd(Command::Down) => form.focus = (form.focus + 1) % n,
        Action::PrevField | Action::Cmd(Command::Up) => form.focus = (form.focus + n - 1) % n,
        Action::Cmd(Command::Cancel) => app.mode = Mode::Browse,
        Action::Confirm => {
            let form = form.clone();
            app.mode = Mode::Browse;
            let Some(mut r) = app.project.remarks.get(form.remark).cloned() else {
                return;
            };
            let mut scene = Scene::default();
            for (name, field) in Scene::FIELDS.iter().zip(&form.fields) {
                scene.set(name, field.value());
            }
            if scene == r.scene {
                return;
            }
            r.scene = scene;
            let what = fill(app.t(S::DoSetScene), &[&form.remark]);
            app.commit(Edit::Put(Entity::Remark(r)), what);
        }
        _ => {}
    }
}
