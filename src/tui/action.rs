//! What the user asks for. Keys become actions through the keymap; `update` only sees actions,
//! so tests can drive the app without a terminal.

use super::strings::S;
use super::widgets::text_input::TextEdit;

/// The parts of the app a command belongs to; a key may mean different commands in different
/// steps (x unlinks on Items and dismisses a hint on Qualities).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Global,
    Move,
    Edit,
    Remarks,
    Items,
    Qualities,
    Affinity,
    Planning,
    Hoq,
    Report,
    Present,
    People,
    Conflicts,
}

impl Section {
    pub fn title(self) -> S {
        match self {
            Section::Global => S::HelpGlobal,
            Section::Move => S::HelpMove,
            Section::Edit => S::HelpEdit,
            Section::Remarks => S::HelpRemarks,
            Section::Items => S::HelpItems,
            Section::Qualities => S::HelpQualities,
            Section::Affinity => S::HelpAffinity,
            Section::Planning => S::HelpPlanning,
            Section::Hoq => S::HelpHoq,
            Section::Report => S::HelpReport,
            Section::Present => S::HelpPresent,
            Section::People => S::HelpPeople,
            Section::Conflicts => S::HelpConflicts,
        }
    }
}

macro_rules! commands {
    ($($name:ident, $key:literal, $section:ident, $desc:ident, [$($default:literal),*];)*) => {
        /// A command that can be bound to keys.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Command { $($name),* }

        impl Command {
            pub const ALL: &'static [Command] = &[$(Command::$name),*];

            /// The name used in the keymap file.
            pub fn name(self) -> &'static str {
                match self { $(Command::$name => $key),* }
            }

            pub fn section(self) -> Section {
                match self { $(Command::$name => Section::$section),* }
            }

            pub fn describe(self) -> S {
                match self { $(Command::$name => S::$desc),* }
            }

            /// The keys bound by default, as written in the keymap file.
            pub fn default_keys(self) -> &'static [&'static str] {
                match self { $(Command::$name => &[$($default),*]),* }
            }

            pub fn from_name(name: &str) -> Option<Command> {
                Command::ALL.iter().copied().find(|c| c.name() == name)
            }
        }
    };
}

commands! {
    Quit, "quit", Global, ActQuit, ["q", "ctrl-c"];
    Help, "help", Global, ActHelp, ["?", "f1"];
    Save, "save", Global, ActSave, ["ctrl-s"];
    Undo, "undo", Global, ActUndo, ["u", "ctrl-z"];
    Redo, "redo", Global, ActRedo, ["ctrl-r", "ctrl-y"];
    NextStep, "next_step", Global, ActNextStep, ["tab"];
    PrevStep, "prev_step", Global, ActPrevStep, ["shift-tab"];
    Step1, "step_1", Global, ActStep, ["1"];
    Step2, "step_2", Global, ActStep, ["2"];
    Step3, "step_3", Global, ActStep, ["3"];
    Step4, "step_4", Global, ActStep, ["4"];
    Step5, "step_5", Global, ActStep, ["5"];
    Step6, "step_6", Global, ActStep, ["6"];
    Step7, "step_7", Global, ActStep, ["7"];
    Search, "search", Global, ActSearch, ["/"];
    Cancel, "cancel", Global, ActCancel, ["esc"];
    Present, "present", Global, ActPresent, ["P", "f5"];
    Settings, "settings", Global, ActSettings, [","];
    People, "people", Global, ActPeople, ["W"];
    Conflicts, "conflicts", Global, ActConflicts, ["!"];
    Up, "up", Move, ActUp, ["up"];
    Down, "down", Move, ActDown, ["down"];
    PageUp, "page_up", Move, ActPageUp, ["pageup"];
    PageDown, "page_down", Move, ActPageDown, ["pagedown"];
    First, "first", Move, ActFirst, ["home"];
    Last, "last", Move, ActLast, ["end"];
    Left, "left", Move, ActLeft, ["left"];
    Right, "right", Move, ActRight, ["right"];
    Add, "add", Edit, ActAdd, ["a"];
    Edit, "edit", Edit, ActEdit, ["enter", "e"];
    Delete, "delete", Edit, ActDelete, ["d", "delete"];
    Source, "source", Remarks, ActSource, ["s"];
    Respondent, "respondent", Remarks, ActRespondent, ["p"];
    Segment, "segment", Remarks, ActSegment, ["g"];
    Scene, "scene", Remarks, ActScene, ["w"];
    RemarkTrace, "remark_trace", Remarks, ActRemarkTrace, ["t"];
    RemarkTags, "remark_tags", Remarks, ActRemarkTags, ["#"];
    Accept, "accept", Remarks, ActAccept, ["y"];
    AcceptAll, "accept_all", Remarks, ActAcceptAll, ["Y"];
    Candidates, "candidates", Remarks, ActCandidates, ["c"];
    Import, "import", Remarks, ActImport, ["I"];
    Link, "link", Items, ActLink, ["l"];
    Unlink, "unlink", Items, ActUnlink, ["x"];
    Kano, "kano", Qualities, ActKano, ["k"];
    Origin, "origin", Qualities, ActOrigin, ["o"];
    Tags, "tags", Qualities, ActTags, ["t"];
    ApplyHint, "apply_hint", Qualities, ActApplyHint, ["f"];
    DismissHint, "dismiss_hint", Qualities, ActDismissHint, ["x"];
    QualityLink, "link_statement", Qualities, ActQualityLink, ["l"];
    QualityUnlink, "unlink_statement", Qualities, ActQualityUnlink, ["L"];
    Mark, "mark", Affinity, ActMark, ["space"];
    MakeIsland, "make_island", Affinity, ActMakeIsland, ["i"];
    Rename, "rename", Affinity, ActRename, ["r"];
    Nest, "nest", Affinity, ActNest, ["n"];
    MoveUp, "move_up", Affinity, ActMoveUp, ["shift-up", "ctrl-up"];
    MoveDown, "move_down", Affinity, ActMoveDown, ["shift-down", "ctrl-down"];
    MoveTo, "move_to", Affinity, ActMoveTo, ["m"];
    Merge, "merge", Affinity, ActMerge, ["M"];
    Split, "split", Affinity, ActSplit, ["s"];
    Unplace, "unplace", Affinity, ActUnplace, ["x"];
    Duplicates, "duplicates", Affinity, ActDuplicates, ["D"];
    Suggest, "suggest", Affinity, ActSuggest, ["S"];
    Trace, "trace", Affinity, ActTrace, ["t"];
    Table, "table", Affinity, ActTable, ["T"];
    PlanNextView, "next_view", Planning, ActPlanNextView, ["v"];
    PlanCharts, "charts", Planning, ActPlanCharts, ["c"];
    PlanKanoView, "kano_view", Planning, ActPlanKanoView, ["K"];
    PlanAhpView, "ahp_view", Planning, ActPlanAhpView, ["A"];
    PlanSort, "sort", Planning, ActPlanSort, ["o"];
    PlanMark, "mark_row", Planning, ActPlanMark, ["space"];
    PlanSalesPoint, "sales_point", Planning, ActPlanSalesPoint, ["s"];
    PlanTargets, "targets", Planning, ActPlanTargets, ["t"];
    PlanCompetitors, "competitors", Planning, ActPlanCompetitors, ["C"];
    PlanMoveUp, "competitor_up", Planning, ActPlanMoveUp, ["shift-up", "<"];
    PlanMoveDown, "competitor_down", Planning, ActPlanMoveDown, ["shift-down", ">"];
    PlanKanoType, "kano_type", Planning, ActKano, ["k"];
    PlanKanoAdoptAll, "kano_adopt_all", Planning, ActPlanKanoAdoptAll, ["*"];
    PlanSource, "importance_source", Planning, ActPlanSource, ["i"];
    PlanSatisfactionSource, "satisfaction_source", Planning, ActPlanSatisfactionSource, ["S"];
    PlanGroupPrev, "group_prev", Planning, ActPlanGroupPrev, ["["];
    PlanGroupNext, "group_next", Planning, ActPlanGroupNext, ["]"];
    HoqCycle, "cycle_strength", Hoq, ActHoqCycle, ["space"];
    HoqClear, "clear_cell", Hoq, ActHoqClear, ["x", "backspace"];
    HoqUnit, "unit", Hoq, ActHoqUnit, ["n"];
    HoqTarget, "target_value", Hoq, ActHoqTarget, ["t"];
    HoqDirection, "direction", Hoq, ActHoqDirection, ["r"];
    HoqScale, "relation_scale", Hoq, ActHoqScale, ["s"];
    HoqColumnLeft, "column_left", Hoq, ActHoqColumnLeft, ["<", "shift-left"];
    HoqColumnRight, "column_right", Hoq, ActHoqColumnRight, [">", "shift-right"];
    HoqView, "hoq_view", Hoq, ActHoqView, ["v"];
    HoqDerive, "derive_characteristic", Hoq, ActHoqDerive, ["c"];
    ReportToggle, "report_toggle", Report, ActReportToggle, ["space"];
    ReportFormat, "report_format", Report, ActReportFormat, ["f"];
    ReportFolder, "report_folder", Report, ActReportFolder, ["o"];
    ReportRespondents, "report_respondents", Report, ActReportRespondents, ["r"];
    ReportWrite, "report_write", Report, ActReportWrite, ["w"];
    PresentNext, "present_next", Present, ActPresentNext, ["space", "n"];
    PeopleWeight, "segment_weight", People, ActPeopleWeight, ["w"];
    PeopleSegment, "respondent_segment", People, ActPeopleSegment, ["g"];
    PeopleAttribute, "attribute", People, ActPeopleAttribute, ["t"];
    PeopleMerge, "merge_people", People, ActPeopleMerge, ["M"];
    SettleConflict, "settle_conflict", Conflicts, ActSettleConflict, ["s"];
    TakeTheirs, "take_theirs", Conflicts, ActTakeTheirs, ["t"];
}

impl Command {
    /// The step a digit command goes to (0-based).
    pub fn step_index(self) -> Option<usize> {
        Command::STEPS.iter().position(|s| *s == self)
    }

    /// The commands that go to steps 1 to 7, in order.
    pub const STEPS: [Command; 7] = [
        Command::Step1,
        Command::Step2,
        Command::Step3,
        Command::Step4,
        Command::Step5,
        Command::Step6,
        Command::Step7,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// A bound command (browsing).
    Cmd(Command),
    /// Editing the text of the open input.
    Text(TextEdit),
    /// Text pasted into the open input.
    Paste(String),
    /// Enter in an input, picker or form.
    Confirm,
    /// Tab / Shift-Tab in a form or picker.
    NextField,
    PrevField,
    /// A letter answering a question (y, n, s).
    Answer(char),
    /// Ctrl-t while writing a statement: apply the first hint's suggestion.
    ApplyFirstHint,
    /// A key that means nothing here.
    Unbound,
}
