//! The state of the terminal app and `update`, the one place it changes. Everything here is
//! plain data driven by actions, so tests feed actions and look at the result.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::model::{
    Edit, Item, ItemId, Meta, Project, Quality, QualityId, Remark, RemarkId, Source,
};
use crate::store;

use super::action::Section;
use super::hints;
use super::keymap::{KeyContext, Keymap};
use super::strings::{Lang, S, fill};
use super::widgets::text_input::TextInput;

mod entry;
pub mod hoq;
mod modes;
mod planning;
mod records;
pub mod report;
mod rows;
mod update;
pub use modes::*;
pub use planning::{
    Col, Derived, PlanMode, PlanRow, PlanState, PlanView, SAATY_STEPS, ahp_current, judgement,
    pairs, parse_cell, saaty_step as planning_saaty_step, saaty_text, satisfaction_name,
    source_name,
};
use rows::{current, matches};
pub use update::update;

pub mod affinity;
pub mod conflicts;
mod delete;
pub mod importing;
pub mod people;
pub mod present;
pub mod settings;
pub use delete::question as delete_question;
mod ondisk;
mod recovery;
pub use recovery::Recovery;

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
            Step::Affinity => &[
                Section::Global,
                Section::Move,
                Section::Edit,
                Section::Affinity,
            ],
            Step::Planning => planning::SECTIONS,
            Step::Hoq => hoq::SECTIONS,
            Step::Report => &[Section::Global, Section::Move, Section::Report],
        }
    }
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
    /// Recovery files kept for a later decision: never written over or removed by this session.
    undecided: Vec<PathBuf>,
    /// Recovery files the user chose to recover from, removed once that work is saved.
    recovered: Vec<PathBuf>,
    /// The project's lock while this app may write it; released when the app is dropped.
    lock: Option<store::Lock>,
    /// The project file as last read or written here.
    disk: Option<store::Stamp>,
    /// A change on disk the user was already asked about (and chose to decide later).
    disk_told: Option<store::Stamp>,
    /// Counts changes to the project, so the caller knows when to write the recovery file.
    pub generation: u64,
    pub quit: bool,
    pub remark_sel: Option<RemarkId>,
    /// On the Items step the row of unlinked items is selected rather than a remark.
    pub unlinked_sel: bool,
    pub item_sel: Option<ItemId>,
    pub slot_sel: Option<Slot>,
    pub quality_sel: Option<QualityId>,
    pub hint_sel: usize,
    pub items_focus: Focus,
    pub qualities_focus: Focus,
    /// Filter text of the Remarks, Items, Qualities and Affinity steps.
    pub filters: [String; 4],
    /// The Remarks step shows only candidate remarks (cut from a transcript, not yet accepted).
    pub candidates_only: bool,
    pub affinity: affinity::AffinityState,
    /// The Planning step.
    pub plan: PlanState,
    /// The House of Quality step.
    pub hoq: hoq::HoqState,
    pub report: report::ReportState,
    /// Read-only and reloading the file whenever it is saved (`gemba open --follow`).
    pub follow: bool,
    /// Text typed into an entry left with Esc; the next entry of the same kind starts from it.
    pub draft: Option<(Target, String)>,
    /// What each step leaves to do, measured once per change of the project.
    progress: std::cell::Cell<Option<(u64, crate::method::progress::Progress)>>,
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
            undecided: Vec::new(),
            recovered: Vec::new(),
            lock: None,
            disk: None,
            disk_told: None,
            generation: 0,
            quit: false,
            remark_sel: None,
            unlinked_sel: false,
            item_sel: None,
            slot_sel: None,
            quality_sel: None,
            hint_sel: 0,
            items_focus: Focus::Left,
            qualities_focus: Focus::Left,
            filters: Default::default(),
            candidates_only: false,
            affinity: Default::default(),
            plan: PlanState::default(),
            hoq: Default::default(),
            report: Default::default(),
            draft: None,
            follow: false,
            progress: Default::default(),
        };
        app.remark_sel = app.project.remarks.ids().next();
        app
    }

    /// Opens the project at `path` the way the terminal app starts: a missing file is offered for
    /// creation, and every recovery file beside it is offered for recovery (saying so when the
    /// project changed on disk since). A file that fails to load is an error (and is never
    /// overwritten).
    pub fn start(path: &Path, settings: Settings) -> Result<App, store::StoreError> {
        let exists = path.exists();
        let (project, stamp) = if exists {
            let (p, s) = store::load_stamped(path)?;
            (p, Some(s))
        } else {
            (Project::new(Meta::new(title_from_path(path))), None)
        };
        let read_only = settings.read_only;
        let mut app = App::new(project, path.to_path_buf(), settings);
        if !exists {
            app.saved = None;
            app.dirty = true;
        }
        app.disk = stamp;
        let mut questions = Vec::new();
        if !read_only {
            match app.take_lock() {
                Some(locked) => questions.push(locked),
                None => questions = app.recovery_questions(),
            }
            // Said now rather than at the first Ctrl-s, after an hour of work.
            if fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
                app.error(fill(S::FileNotWritable.get(app.lang), &[&path.display()]));
            }
        }
        // A file that fails validation opens (to be repaired), with the problems said at once.
        let problems = crate::model::validate::validate(&app.project).len();
        if exists && problems > 0 {
            let warning = fill(
                S::ProjectInvalid.get(app.lang),
                &[
                    &problems,
                    &path.file_name().unwrap_or_default().to_string_lossy(),
                ],
            );
            match app.status.take() {
                Some(s) => app.error(format!("{warning} · {}", s.text)),
                None => app.error(warning),
            }
        }
        if !exists && questions.is_empty() {
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

    /// The first key bound to a command, as the keymap in use spells it (for messages).
    pub fn key_name(&self, c: super::action::Command) -> String {
        self.keymap
            .keys(c)
            .first()
            .map(|k| k.to_string())
            .unwrap_or_default()
    }

    pub fn t(&self, s: S) -> &'static str {
        s.get(self.lang)
    }

    /// Whether work is queued that the event loop should do between draws.
    pub fn busy(&self) -> bool {
        self.report.busy()
    }

    /// Does one piece of queued work (one file of a report).
    pub fn work(&mut self) {
        report::work(self);
    }

    /// What each step leaves to do (for the "what next" line).
    pub fn progress(&self) -> crate::method::progress::Progress {
        match self.progress.get() {
            Some((g, p)) if g == self.generation => p,
            _ => {
                let p = crate::method::progress::Progress::measure(&self.project);
                self.progress.set(Some((self.generation, p)));
                p
            }
        }
    }

    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn key_context(&self) -> KeyContext {
        match &self.mode {
            Mode::Browse if self.step == Step::Planning => planning::browse_context(self),
            Mode::Browse => KeyContext::Browse(self.step.sections()),
            Mode::Plan(m) => planning::key_context(m),
            Mode::Hoq(m) => hoq::key_context(m),
            Mode::Input(_) | Mode::Picker(_) | Mode::Scene(_) | Mode::Settings(_) => {
                KeyContext::Text
            }
            Mode::Ask(_) => KeyContext::Prompt,
            Mode::Help { .. } => KeyContext::Help,
            Mode::Present(_) => KeyContext::Browse(&[
                super::action::Section::Global,
                super::action::Section::Move,
                super::action::Section::Present,
            ]),
            Mode::Affinity(p) => p.key_context(),
            Mode::People(p) => p.key_context(),
            Mode::Import(d) => d.key_context(),
            Mode::Conflicts(c) => c.key_context(),
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
        // Back at the file's content (everything since undone): ids handed out since were never
        // saved anywhere, so the counters return to the file's and the project is the file again,
        // byte for byte.
        if !self.dirty
            && let Some(saved) = &self.saved
        {
            self.project.issued = saved.issued;
        }
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
        match store::save_checked(&self.project, &self.path, self.disk.as_ref()) {
            Ok(stamp) => {
                self.disk = stamp;
                self.saved = Some(self.project.clone());
                self.dirty = false;
                self.drop_own_recovery();
                self.info(fill(self.t(S::Saved), &[&self.path.display()]));
                true
            }
            Err(store::StoreError::ChangedOnDisk { .. }) => {
                self.mode = Mode::Ask(Question::ChangedOnDisk);
                false
            }
            Err(e) => {
                self.error(fill(self.t(S::SaveFailed), &[&e]));
                false
            }
        }
    }

    /// Whether the recovery file should be written now: there are edits it does not hold yet
    /// (keystrokes in an open input are no edits; the Enter that stores the text is), the
    /// project differs from the file, and the last write is long enough ago. During continuous
    /// entry this keeps every stored remark safe without writing on every key.
    pub fn autosave_due(&self, written_generation: u64, since_last_write: Duration) -> bool {
        self.generation != written_generation
            && self.dirty
            && !self.read_only
            && since_last_write >= AUTOSAVE_AFTER
    }

    /// Writes the in-memory project to this session's recovery file beside the project.
    pub fn write_recovery(&self) -> Result<PathBuf, store::StoreError> {
        write_recovery_to(&self.project, &self.recovery_file())
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
        && a.responses == b.responses
        && a.judgements == b.judgements
        && a.characteristics == b.characteristics
        && a.relationships == b.relationships
        && a.correlations == b.correlations
        && a.conflicts == b.conflicts
}

/// The row that takes the place of a removed one: the next, else the previous.
pub(crate) fn neighbour<T: Copy + PartialEq>(rows: &[T], gone: T) -> Option<T> {
    let at = rows.iter().position(|r| *r == gone)?;
    rows.get(at + 1)
        .or(at.checked_sub(1).and_then(|i| rows.get(i)))
        .copied()
}

/// Typing and moving between the fields of a form (the scene, the project settings); false for
/// an action the form itself must handle (Enter, Esc).
pub(crate) fn edit_form(
    fields: &mut [TextInput],
    focus: &mut usize,
    action: &super::action::Action,
) -> bool {
    use super::action::{Action, Command};
    let n = fields.len();
    match action {
        Action::Text(e) => fields[*focus].edit(e),
        Action::Paste(s) => fields[*focus].insert_str(s),
        Action::NextField | Action::Cmd(Command::Down) => *focus = (*focus + 1) % n,
        Action::PrevField | Action::Cmd(Command::Up) => *focus = (*focus + n - 1) % n,
        _ => return false,
    }
    true
}

/// Writes a project to the recovery file of `path` and returns where it went.
pub fn write_recovery(project: &Project, path: &Path) -> Result<PathBuf, store::StoreError> {
    write_recovery_to(project, &store::recovery_path(path))
}

/// Writes a project to the recovery file `rec` and returns where it went.
pub fn write_recovery_to(project: &Project, rec: &Path) -> Result<PathBuf, store::StoreError> {
    let rec = rec.to_path_buf();
    let text = store::to_ron(project).map_err(|e| store::StoreError::Serialize {
        path: rec.clone(),
        message: e.to_string(),
    })?;
    store::write_atomic(&rec, text.as_bytes())?;
    Ok(rec)
}
