//! What the app is doing besides browsing, as plain data: the focused pane, the rows of the
//! two-level lists, an open text input and what it is for, pickers, questions, forms and the
//! status line.

use std::path::PathBuf;

use super::*;
use crate::model::{ItemId, QualityId, RemarkId, RespondentId, SegmentId, Source};

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

/// A row of the remark list on the Items step: a remark, or the items that no remark is
/// linked to (after their remark was deleted or unlinked), so they stay reachable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemarkRow {
    Remark(RemarkId),
    Unlinked,
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
    NewItem(Option<RemarkId>),
    EditItem(ItemId),
    NewQuality(Slot),
    EditQuality(QualityId),
    Tags(QualityId),
    RemarkTags(RemarkId),
    Search,
    ReportFolder,
}

impl Target {
    /// Whether a draft left in an entry for `self` belongs in an entry opened for `other`: new
    /// remarks share one draft; new items and statements keep theirs per remark or item; an edit
    /// keeps its draft for that record.
    pub fn same_draft(&self, other: &Target) -> bool {
        match (self, other) {
            (Target::NewRemark(_), Target::NewRemark(_)) => true,
            (Target::Search, _) | (Target::ReportFolder, _) => false,
            (a, b) => a == b,
        }
    }
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
    /// A further item a demanded quality restates.
    LinkItem(QualityId),
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
    Item(ItemId),
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
    Recover(Box<Recovery>),
    Create,
    /// Delete a record others depend on (the question says what goes with it).
    Delete(crate::model::EntityId),
    /// The Report step's folder does not exist: create it and write there?
    CreateFolder(PathBuf),
    /// Another gemba has the project open (who, if the lock file says).
    Locked(Option<store::LockInfo>),
    /// The project file changed on disk since it was read or saved.
    ChangedOnDisk,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Browse,
    Input(Input),
    Picker(Picker),
    Scene(SceneForm),
    Ask(Question),
    Help {
        scroll: u16,
        /// The full-screen view help was opened from, shown again when help closes.
        back: Option<Box<Mode>>,
    },
    Affinity(affinity::Popup),
    Plan(PlanMode),
    Hoq(hoq::HoqMode),
    /// The presentation view for the projector.
    Present(present::Present),
    /// The project settings form.
    Settings(settings::SettingsForm),
    /// Segments and respondents, full screen.
    People(people::People),
    /// Importing remarks from a file on the Remarks step.
    Import(importing::ImportDialog),
    /// The merge conflicts left by `gemba merge`, full screen.
    Conflicts(conflicts::Conflicts),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}
