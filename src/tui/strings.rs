//! Every string the terminal UI shows, in English and Simplified Chinese. Views and messages
//! never spell out UI text themselves; they name an entry of this catalog.

use crate::model::{Kano, Origin, QuestionKind, Source};

/// The language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    /// Reads `en`, `zh` and the usual spellings of them (`zh-CN`, `chinese`, `中文`).
    pub fn parse(text: &str) -> Option<Lang> {
        let t = text.trim().to_lowercase();
        if t.starts_with("zh") || t == "chinese" || t == "中文" || t == "cn" {
            Some(Lang::Zh)
        } else if t.starts_with("en") || t == "english" || t == "c" || t == "posix" {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language the locale asks for (LC_ALL, then LC_MESSAGES, then LANG), if any.
    pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::parse(&v))
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    /// For `--lang`: `en` or `zh`.
    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::parse(s).ok_or_else(|| format!("unknown language '{s}' (use en or zh)"))
    }
}

macro_rules! catalog {
    ($($name:ident => $en:literal, $zh:literal;)*) => {
        /// A catalog entry.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum S { $($name),* }

        impl S {
            pub const ALL: &'static [S] = &[$(S::$name),*];

            pub fn get(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::En => match self { $(S::$name => $en),* },
                    Lang::Zh => match self { $(S::$name => $zh),* },
                }
            }
        }
    };
}

catalog! {
    // Steps
    StepRemarks => "Remarks", "原始资料";
    StepItems => "Items", "要求项目";
    StepQualities => "Qualities", "要求质量";
    StepAffinity => "Affinity", "亲和图";
    StepPlanning => "Planning", "品质企划";
    StepHoq => "House of Quality", "质量屋";
    StepHoqShort => "HoQ", "质量屋";
    StepReport => "Report", "报告";

    // Panes and labels
    PaneRemarks => "Remarks", "原始资料";
    PaneItems => "Items", "要求项目";
    PaneQualities => "Demanded qualities", "要求质量";
    PaneDetails => "Details", "详情";
    PaneTrace => "Trace", "追溯";
    PaneHints => "Wording hints", "措辞提示";
    NoRemarks => "No remarks yet. Press a to add one.", "还没有原始资料。按 a 添加。";
    NoItems => "No items for this remark. Press a to add one.", "此原始资料还没有要求项目。按 a 添加。";
    NoItemsAtAll => "No items yet: derive them on the Items step (2).", "还没有要求项目：请在第 2 步“要求项目”中提取。";
    NoQualities => "No statements for this item. Press a to write one.", "此要求项目还没有质量陈述。按 a 编写。";
    NoRemarkSelected => "Select a remark first.", "请先选择一条原始资料。";
    NoItemSelected => "Select an item first.", "请先选择一个要求项目。";
    NoMatch => "Nothing matches the filter.", "没有符合筛选的内容。";
    NoHints => "No hints: the wording follows the rules.", "没有提示：措辞符合规则。";
    HintsFailed => "The hints could not be worked out for this text; the statement is kept as typed.", "无法为这段文字给出提示；陈述按输入保留。";
    LabelText => "Text", "内容";
    LabelSource => "Source", "来源";
    LabelRespondent => "Respondent", "受访者";
    LabelSegment => "Segment", "客户细分";
    LabelScene => "Scene", "场面";
    LabelItems => "Items", "要求项目";
    LabelItem => "Item", "要求项目";
    LabelRemark => "Remark", "原始资料";
    LabelRemarks => "Remarks", "原始资料";
    LabelQualities => "Qualities", "要求质量";
    LabelKano => "Kano", "Kano";
    LabelOrigin => "Origin", "来源方";
    LabelTags => "Tags", "标签";
    LabelNone => "none", "无";
    LabelSuggestion => "suggest", "建议";
    LabelDismissed => "dismissed", "已忽略";
    LabelRule => "rule", "规则";
    SceneWho => "who", "谁";
    SceneWhere => "where", "何地";
    SceneWhen => "when", "何时";
    SceneWhy => "why", "为何";
    SceneWhat => "what", "何事";
    SceneHow => "how", "如何";
    UnlinkedItems => "(items without a remark)", "（未关联原始资料的要求项目）";
    TeamAdded => "(added by the team, no item)", "（团队补充，无要求项目）";

    // Prompts and entry
    NewRemark => "New remark", "新原始资料";
    EditRemark => "Edit remark", "编辑原始资料";
    NewItem => "New item", "新要求项目";
    EditItem => "Edit item", "编辑要求项目";
    NewQuality => "New statement", "新质量陈述";
    EditQuality => "Edit statement", "编辑质量陈述";
    EditTags => "Tags (comma separated)", "标签（用逗号分隔）";
    EditScene => "Scene (5W1H)", "场面（5W1H）";
    Search => "Search", "搜索";
    PickSource => "Source kind", "来源类型";
    PickRespondent => "Respondent: type to filter or create", "受访者：输入以筛选或新建";
    PickSegment => "Segment: type to filter or create", "客户细分：输入以筛选或新建";
    PickRemarkToLink => "Link the item to remark", "将要求项目关联到原始资料";
    PickItemToLink => "Link the statement to item", "将要求质量关联到要求项目";
    CreateNamed => "create", "新建";
    EntryKeys => "Enter add · Esc done", "Enter 添加 · Esc 结束";
    EditKeys => "Enter save · Esc cancel", "Enter 保存 · Esc 取消";
    SearchKeys => "Enter keep the filter · Esc clear it", "Enter 保留筛选 · Esc 清除筛选";
    HintKeys => "Ctrl-t apply suggestion", "Ctrl-t 采用建议";
    FormKeys => "Tab/↑↓ field · Enter save · Esc cancel", "Tab/↑↓ 切换字段 · Enter 保存 · Esc 取消";
    PickKeys => "↑↓ choose · Enter pick · Esc cancel", "↑↓ 选择 · Enter 确定 · Esc 取消";

    // Questions
    AskQuitUnsaved => "Unsaved changes. s save and quit · y quit without saving · Esc stay", "有未保存的更改。s 保存并退出 · y 不保存退出 · Esc 留下";
    AskRecover => "A recovery file with unsaved work exists ({}). Recover it? y recover · n discard it · Esc decide later", "存在含未保存内容的恢复文件（{}）。恢复吗？y 恢复 · n 丢弃 · Esc 稍后决定";
    AskRecoverChanged => "A recovery file {} holds unsaved work, but the project changed on disk after it was written (an import, a git pull?); recovering replaces those changes. y recover · n discard it · Esc decide later", "恢复文件 {} 中有未保存的内容，但项目文件在其之后已在磁盘上被更改（导入或 git pull？）；恢复将替换这些更改。y 恢复 · n 丢弃 · Esc 稍后决定";
    AskLocked => "{} is open in gemba by {}. r open it read-only · q quit", "{} 已在 gemba 中被打开：{}。r 只读打开 · q 退出";
    AskChangedOnDisk => "{} changed on disk (another program, a git checkout?). r reload it (your unsaved changes go to a recovery file first) · k keep yours and save over it · Esc decide later", "{} 已在磁盘上被更改（其他程序或 git checkout？）。r 重新载入（未保存的更改先写入恢复文件）· k 保留你的版本并覆盖保存 · Esc 稍后决定";
    AskCreate => "{} does not exist. Create a new project there? y create · n quit", "{} 不存在。在此新建项目吗？y 新建 · n 退出";
    AskDelete => "Delete {}?", "删除 {} 吗？";
    DeleteUnlinks => "These stay but lose their link to it: {}.", "以下记录保留，但与它断开关联：{}。";
    DeleteRemoves => "Removed with it: {}.", "随之删除：{}。";
    AskDeleteKeys => "(undo brings everything back) y delete · n keep", "（可撤销）y 删除 · n 保留";
    KindResponses => "survey answers", "调查回答";
    KindJudgements => "pairwise comparisons", "两两比较";
    KindRelationships => "relationship cells", "关系单元格";
    KindCorrelations => "roof cells", "屋顶相关单元格";

    // The "what next" line: a label and a count read right for any number in both languages.
    NextNoRemarks => "No remarks yet", "还没有原始资料";
    NextRemarksWithoutItem => "Remarks without an item: {}", "尚无要求项目的原始资料：{}";
    NextItemsWithoutQuality => "Items without a demanded quality: {}", "尚无要求质量的要求项目：{}";
    NextUnplaced => "Unplaced cards: {}", "未归岛的卡片：{}";
    NextIncomplete => "Incomplete planning rows: {}", "不完整的企划行：{}";
    NextNoCharacteristics => "No quality characteristics yet", "还没有质量特性";
    NextUnrelated => "Qualities with no relationship: {}", "无关系的要求质量：{}";
    NextReport => "Every step has what it needs — {} for the report", "各步骤均已就绪 — 按 {} 生成报告";
    NextConflicts => "{} merge {conflict|conflicts} to settle", "{} 处合并冲突待处理";
    HowPress => "press {}", "按 {}";
    HowAdd => "{} adds one", "按 {} 添加";
    HowIsland => "{} marks, {} groups", "{} 标记，{} 成岛";
    HowType => "{} types a value", "按 {} 输入数值";
    HowRelate => "{} sets one", "按 {} 设置关系";

    // Status messages
    Saved => "Saved {}", "已保存 {}";
    SaveFailed => "Could not save: {}", "无法保存：{}";
    Created => "Created {}", "已新建 {}";
    Recovered => "Recovered unsaved work from {}; save with Ctrl-s to keep it", "已从 {} 恢复未保存的内容；按 Ctrl-s 保存";
    RecoveryDiscarded => "Recovery file discarded", "已丢弃恢复文件";
    RecoveryKept => "Recovery file kept; it will be offered again", "恢复文件已保留，下次仍会提示";
    RecoveryUnreadable => "The recovery file {} cannot be read and was left as is: {}", "恢复文件 {} 无法读取，已原样保留：{}";
    FileNotWritable => "{} is read-only (its permissions): Ctrl-s cannot save it until it is made writable", "{} 是只读文件（文件权限）：改为可写之前无法用 Ctrl-s 保存";
    ProjectInvalid => "This project has problems ({}): figures may be wrong; see `gemba check {}`", "项目有问题（{} 个）：数字可能有误；见 `gemba check {}`";
    LockTakenOver => "Took over the lock of {}: that process is no longer running", "已接管 {} 的锁：该进程已不再运行";
    LockFailed => "Could not lock the project against a second editor: {}", "无法锁定项目以防止他人同时编辑：{}";
    OpenedReadOnly => "Opened read-only: another gemba is editing this project", "已只读打开：另一个 gemba 正在编辑此项目";
    SavedOverChanged => "Saved over the file changed on disk; its version is kept in {}", "已覆盖磁盘上被更改的文件；其版本保存在 {}";
    DiskChangeLater => "The file on disk changed; saving will ask again", "磁盘上的文件已更改；保存时会再次询问";
    Reloaded => "Reloaded the project from disk", "已从磁盘重新载入项目";
    ReloadedKept => "Reloaded the project from disk; your unsaved changes are in {} (offered at the next start)", "已从磁盘重新载入项目；你未保存的更改在 {} 中（下次启动时会提示恢复）";
    ReloadFailed => "Not reloaded: {}", "未重新载入：{}";
    ReadOnly => "Read-only: this project was opened for review, edits are off", "只读：此项目以审阅方式打开，不能编辑";
    Undone => "Undone: {}", "已撤销：{}";
    Redone => "Redone: {}", "已重做：{}";
    NothingToUndo => "Nothing to undo", "没有可撤销的操作";
    NothingToRedo => "Nothing to redo", "没有可重做的操作";
    Refused => "Not done: {}", "未执行：{}";
    EmptyText => "The text is empty: nothing changed", "内容为空：未作更改";
    Unsaved => "unsaved", "未保存";
    ReadOnlyTag => "read-only", "只读";
    FilterActive => "filter: {}", "筛选：{}";
    KeyUnbound => "Key not bound here; press ? for help", "此处未绑定该键；按 ? 查看帮助";
    NoSuggestion => "This hint has no suggested rewrite", "此提示没有建议的改写";
    Applied => "Applied the suggestion of rule {}", "已采用规则 {} 的建议";
    HintDismissed => "Rule {} dismissed for this statement", "已对此陈述忽略规则 {}";
    HintRestored => "Rule {} checked again for this statement", "已对此陈述恢复检查规则 {}";
    Deleted => "Deleted {}; undo with {}", "已删除 {}；按 {} 撤销";
    SettingsTitle => "Project settings", "项目设置";
    SetTitle => "Title", "标题";
    SetTheme => "Theme", "主题";
    SetScope => "Scope", "主题具体化";
    SetScaleMin => "Scale minimum", "尺度最小值";
    SetScaleMax => "Scale maximum", "尺度最大值";
    SetPrecision => "Decimal places", "小数位数";
    SetLanguage => "Report language", "报告语言";
    LanguageAuto => "auto", "自动";
    SetNotWhole => "{}: '{}' is not a whole number from 0 to {}", "{}：“{}”不是 0 到 {} 之间的整数";
    SetNoTitle => "The title cannot be empty", "标题不能为空";
    SetBadLanguage => "Report language: '{}' is not en, zh or auto", "报告语言：“{}”不是 en、zh 或 自动";
    SettingsSaved => "Project settings changed", "项目设置已更改";
    DoSetSettings => "change the project settings", "更改项目设置";
    PresentPosition => "{} of {}", "第 {} / {} 条";
    PresentKeys => "→ ↓ Space next · ← ↑ previous · Home/End first/last · Esc close", "→ ↓ Space 下一条 · ← ↑ 上一条 · Home/End 首/尾 · Esc 关闭";
    PresentIsland => "Island", "所在岛";
    Following => "Following the file: every save shows here (read-only)", "跟随文件：每次保存都会显示在这里（只读）";
    NothingToPresent => "Nothing to present on this step yet", "此步骤还没有可展示的内容";
    PeopleTitle => "Segments and respondents", "客户细分与受访者";
    PeopleSegments => "Segments", "客户细分";
    PeopleRespondents => "Respondents", "受访者";
    PeopleNoSegment => "no segment", "无细分";
    PeopleEqual => "equal", "等权";
    PeopleWeight => "weight", "权重";
    PeopleCounts => "{} {respondent|respondents} · {} {remark|remarks}", "{} 位受访者 · {} 条原始资料";
    PeopleAnswers => "{} {answer|answers} · {} {remark|remarks}", "{} 条回答 · {} 条原始资料";
    PeopleMeans => "Mean importance of {} rated {quality|qualities}: weighted {} · unweighted {}", "{} 项已评分要求质量的平均重要度：加权 {} · 不加权 {}";
    PeopleNoRatings => "No importance ratings in the survey yet: weights change no mean", "调查中还没有重要度评分：权重暂不影响均值";
    PeopleKeys => "a add · e rename · d delete · M merge · w weight · g segment · t attribute", "a 添加 · e 重命名 · d 删除 · M 合并 · w 权重 · g 细分 · t 属性";
    PeopleNewSegment => "New segment", "新客户细分";
    PeopleNewRespondent => "New respondent's label", "新受访者代号";
    PeopleRename => "New name of {}", "{} 的新名称";
    PeopleSetWeight => "Weight of {} (empty: equal)", "{} 的权重（留空为等权）";
    PeopleSetAttribute => "Attribute of {}: key=value (key= removes)", "{} 的属性：键=值（键= 删除）";
    PeopleBadAttribute => "Write the attribute as key=value", "属性请写成 键=值";
    ConflictsTitle => "Merge conflicts: {} left", "合并冲突：剩 {} 处";
    ConflictsNone => "No merge conflicts left: nothing to settle", "没有待处理的合并冲突";
    ConflictsRecord => "Record", "记录";
    ConflictsField => "Field", "字段";
    ConflictsOurs => "Ours (in the record)", "我方（记录中）";
    ConflictsTheirs => "Theirs", "对方";
    ConflictsKeys => "{} go to record · {} settle (keep the record) · {} take theirs · {} undo", "{} 转到该记录 · {} 处理完毕（保留记录） · {} 采用对方 · {} 撤销";
    ConflictsTookTheirs => "Took theirs for {}: “{}” — {} undoes", "{} 已采用对方的值：“{}” — 按 {} 撤销";
    ConflictsSettled => "Settled {}: the record keeps what it holds — {} undoes", "已处理 {}：记录保留当前值 — 按 {} 撤销";
    DoSettleConflict => "settle the merge conflict of {}", "处理 {} 的合并冲突";
    ConflictsNoScreen => "No screen shows {}: set it with gemba set, then settle it here", "没有界面显示 {}：请用 gemba set 设置，再在此处理";
    PeopleBadWeight => "Weight: {}", "权重：{}";
    PeopleNegativeWeight => "A weight is 0 or more", "权重须大于或等于 0";
    PeopleMarked => "{} marked: go to the one to merge it into and press M again (Esc cancels)", "已标记 {}：移到要并入的记录再按 M（Esc 取消）";
    PeopleMergeSameKind => "Merge a segment into a segment, a respondent into a respondent", "只能合并同类：细分并入细分，受访者并入受访者";
    PeopleMerged => "{} merged into {}", "{} 已并入 {}";
    PeopleMergedDropped => "{} merged into {}; {} of its {answer was|answers were} left out: {} had answered the same", "{} 已并入 {}；其中 {} 条回答未并入：{} 已回答过相同问题";
    PeopleNothing => "Nothing here yet: press a to add", "这里还没有内容：按 a 添加";
    DoAddSegment => "add segment {}", "添加客户细分 {}";
    DoAddRespondent => "add respondent {}", "添加受访者 {}";
    DoRename => "rename {}", "重命名 {}";
    DoSetWeight => "set weight of {}", "设置 {} 的权重";
    DoSetAttribute => "set attribute of {}", "设置 {} 的属性";
    DoMerge => "merge {} into {}", "把 {} 并入 {}";
    NothingDeleted => "Nothing deleted", "未删除任何内容";
    DraftKept => "Draft kept: press {} to go on with it", "草稿已保留：按 {} 继续编辑";
    DraftRestored => "Draft restored", "已恢复草稿";
    AlreadyLinked => "The item is already linked to that remark", "该要求项目已关联到此原始资料";
    RespondentSegmentSet => "Segment set for respondent {} (all their remarks)", "已为受访者 {} 设置客户细分（其所有原始资料）";

    RescueWritten => "gemba: unsaved work was written to {}; open the project again to recover it", "gemba：未保存的内容已写入 {}；再次打开项目即可恢复";
    RescueFailed => "gemba: could not write the recovery file: {}", "gemba：无法写入恢复文件：{}";

    // Edit descriptions (for undo/redo)
    DoAddRemark => "add remark {}", "添加原始资料 {}";
    DoEditRemark => "edit remark {}", "编辑原始资料 {}";
    DoDelete => "delete {}", "删除 {}";
    DoAddItem => "add item {}", "添加要求项目 {}";
    DoEditItem => "edit item {}", "编辑要求项目 {}";
    DoLink => "link {} to {}", "关联 {} 与 {}";
    DoUnlink => "unlink {} from {}", "解除 {} 与 {} 的关联";
    DoAddQuality => "add statement {}", "添加质量陈述 {}";
    DoEditQuality => "edit statement {}", "编辑质量陈述 {}";
    DoSetKano => "set Kano type of {}", "设置 {} 的 Kano 类型";
    DoSetOrigin => "set origin of {}", "设置 {} 的来源方";
    DoSetTags => "set tags of {}", "设置 {} 的标签";
    DoSetSource => "set source of {}", "设置 {} 的来源";
    DoSetRespondent => "set respondent of {}", "设置 {} 的受访者";
    DoSetSegment => "set segment of {}", "设置 {} 的客户细分";
    DoSetScene => "set scene of {}", "设置 {} 的场面";
    DoDismiss => "dismiss hint of {}", "忽略 {} 的提示";
    DoApplyHint => "apply suggestion to {}", "对 {} 采用建议";

    // Help
    HelpTitle => "Keys · {} first (Esc closes)", "按键 · 先列出「{}」（Esc 关闭）";
    HelpGlobal => "Everywhere", "通用";
    HelpPresent => "Presentation", "展示";
    HelpPeople => "Segments and respondents", "客户细分与受访者";
    HelpConflicts => "Merge conflicts", "合并冲突";
    HelpMove => "Moving", "移动";
    HelpEdit => "Editing", "编辑";
    HelpRemarks => "Remarks", "原始资料";
    HelpItems => "Items", "要求项目";
    HelpQualities => "Qualities", "要求质量";
    HelpText => "Text entry", "文字输入";
    ShAdd => "add", "添加";
    ShEdit => "edit", "编辑";
    ShDelete => "delete", "删除";
    ShSearch => "search", "搜索";
    ShHelp => "help", "帮助";
    ShQuit => "quit", "退出";
    ShUndo => "undo", "撤销";
    ShSave => "save", "保存";
    ShStep => "step", "步骤";
    ShSource => "source", "来源";
    ShRespondent => "respondent", "受访者";
    ShSegment => "segment", "细分";
    ShScene => "scene", "场面";
    ShLink => "link", "关联";
    ShUnlink => "unlink", "解除关联";
    ShPane => "pane", "窗格";
    ShKano => "Kano", "Kano";
    ShOrigin => "origin", "来源方";
    ShTags => "tags", "标签";
    ShApply => "apply", "采用";
    ShDismiss => "dismiss", "忽略";

    // Action descriptions (help overlay and docs/keys.md)
    ActQuit => "quit (asks when there are unsaved changes)", "退出（有未保存更改时询问）";
    ActHelp => "show or hide this help", "显示或隐藏帮助";
    ActPresent => "present the selected record full screen for the room (arrows step, Esc closes)", "全屏展示所选记录（方向键切换，Esc 关闭）";
    ActSettings => "project settings: title, theme, scope, rating scale, precision, report language", "项目设置：标题、主题、主题具体化、评分尺度、精度、报告语言";
    ActPresentNext => "the next record", "下一条";
    ActPeople => "segments and respondents: add, rename, merge, delete, weights, attributes", "客户细分与受访者：添加、重命名、合并、删除、权重、属性";
    ActConflicts => "merge conflicts: both values of each, go to the record, settle", "合并冲突：查看双方的值、转到记录、处理";
    ActTakeTheirs => "take theirs: the record gets the other branch's value (text and numbers) and the conflict is settled", "采用对方：记录改为对方分支的值（文字与数字），冲突随之处理";
    ActSettleConflict => "settle the selected merge conflict: the record keeps what it holds", "处理所选合并冲突：记录保留当前值";
    ActPeopleWeight => "set the segment's weight", "设置客户细分的权重";
    ActPeopleSegment => "move the respondent to the next segment", "把受访者移到下一个客户细分";
    ActPeopleAttribute => "set an attribute of the respondent (key=value)", "设置受访者的属性（键=值）";
    ActPeopleMerge => "merge: mark one, then press again on the one to merge it into", "合并：先标记一个，再在要并入的记录上再按一次";
    ActSave => "save the project", "保存项目";
    ActUndo => "undo the last edit", "撤销上一次编辑";
    ActRedo => "redo what was undone", "重做已撤销的编辑";
    ActNextStep => "next step", "下一步";
    ActPrevStep => "previous step", "上一步";
    ActStep => "go to step 1–7", "转到第 1–7 步";
    ActUp => "move up", "上移";
    ActDown => "move down", "下移";
    ActPageUp => "page up", "上翻页";
    ActPageDown => "page down", "下翻页";
    ActFirst => "first row", "第一行";
    ActLast => "last row", "最后一行";
    ActLeft => "focus the pane to the left", "切换到左侧窗格";
    ActRight => "focus the pane to the right", "切换到右侧窗格";
    ActAdd => "add (keeps entering: type, Enter, type the next)", "添加（连续输入：输入、Enter、继续下一条）";
    ActEdit => "edit the selected entry", "编辑所选条目";
    ActDelete => "delete the selected entry (undoable)", "删除所选条目（可撤销）";
    ActSearch => "search / filter the list", "搜索/筛选列表";
    ActCancel => "cancel, clear the filter", "取消，清除筛选";
    ActSource => "set the source kind of a remark", "设置原始资料的来源类型";
    ActRespondent => "pick or create the respondent", "选择或新建受访者";
    ActSegment => "pick or create the segment", "选择或新建客户细分";
    ActScene => "edit the scene (5W1H)", "编辑场面（5W1H）";
    ActLink => "link the item to a further remark", "将要求项目关联到另一条原始资料";
    ActUnlink => "unlink the item from the selected remark", "解除要求项目与所选原始资料的关联";
    ActQualityLink => "link the statement to a further item", "将要求质量关联到另一个要求项目";
    ActQualityUnlink => "unlink the statement from the selected item", "解除要求质量与所选要求项目的关联";
    ActKano => "cycle the Kano type", "切换 Kano 类型";
    ActOrigin => "toggle origin: customer / team", "切换来源方：顾客/团队";
    ActTags => "edit tags", "编辑标签";
    ActApplyHint => "apply the selected hint's suggested rewrite", "采用所选提示的建议改写";
    ActDismissHint => "dismiss or restore the selected hint for this statement", "对此陈述忽略或恢复所选提示";
    TxtConfirm => "confirm", "确认";
    TxtCancel => "cancel", "取消";
    TxtMove => "move the cursor (Home/End, Ctrl-a/Ctrl-e)", "移动光标（Home/End、Ctrl-a/Ctrl-e）";
    TxtDelete => "delete before / after the cursor, Ctrl-u clear to start, Ctrl-k to end", "删除光标前/后字符，Ctrl-u 删到行首，Ctrl-k 删到行尾";
    TxtField => "next / previous field or choice", "下一个/上一个字段或选项";
    TxtApply => "apply the first hint's suggestion while typing", "输入时采用第一条提示的建议";

    // Planning step (5)
    PlanViewTable => "table", "表";
    PlanViewPareto => "Pareto chart", "帕累托图";
    PlanViewBenchmark => "benchmark chart", "竞争对比图";
    PlanViewKano => "Kano", "Kano";
    PlanViewAhp => "AHP", "AHP";
    ImportanceSourceIs => "importance: {}", "重要度来源：{}";
    SourceDirect => "direct ratings", "直接评分";
    SourceSurvey => "survey means", "调查均值";
    SourceAhp => "AHP global priorities (%)", "AHP 全局权重（%）";
    SourceNow => "Importance now comes from {}", "重要度现在来自{}";
    SourcesSkipped => " (passed over: {})", "（已跳过：{}）";
    NoSurveyImportance => "No survey ratings of importance yet: import responses first (gemba import responses)", "还没有重要度的调查评分：请先导入调查回答（gemba import responses）";
    NoAhpPriorities => "No AHP priorities yet: judge every pair on the AHP view (A), from the top level down, first", "还没有 AHP 权重：请先在 AHP 视图（A）中从顶层往下比较完每一对";
    NoSurveySatisfaction => "No survey ratings of satisfaction yet: import responses first (gemba import responses)", "还没有满意度的调查评分：请先导入调查回答（gemba import responses）";
    OrderTree => "tree order", "按树顺序";
    OrderWeight => "by weight", "按权重";
    SortedByTree => "Rows in tree order", "按树顺序排列";
    SortedByWeight => "Rows by weight, heaviest first", "按权重排列，最重的在前";
    MarkedCount => "{} marked", "已标记 {} 行";
    NoPlanningRows => "No demanded qualities yet: write them on the Qualities step (3) and group them on Affinity (4).", "还没有要求质量：请在第 3 步编写，并在第 4 步亲和图中分组。";
    Unplaced => "(not placed in a group)", "（未归入分组）";
    HdQuality => "Quality", "要求质量";
    HdImportance => "Imp", "重要";
    HdCurrent => "Cur", "现状";
    HdTarget => "Tgt", "企划";
    HdRatio => "Ratio", "比率";
    HdSalesPoint => "SP", "卖点";
    HdAbsolute => "Abs", "绝对";
    HdRelative => "Rel%", "相对%";
    HdCumulative => "Cum%", "累计%";
    HnImportance => "Imp", "重";
    HnCurrent => "Cur", "现";
    HnTarget => "Tgt", "企";
    HnRatio => "Rt", "比";
    HnSalesPoint => "SP", "卖";
    HnAbsolute => "Abs", "绝";
    HnRelative => "Rel", "相";
    HnCumulative => "Cum", "累";
    HdKanoCategory => "Cat", "类";
    HdKanoType => "Team type", "团队类型";
    HdBetter => "Better", "Better";
    HdWorse => "Worse", "Worse";
    ColImportance => "importance", "重要度";
    ColCurrent => "current satisfaction (us)", "本公司现状满意度";
    ColTarget => "target", "企划质量";
    ColRatio => "improvement ratio", "水平提高率";
    ColSalesPoint => "sales point", "卖点";
    ColAbsolute => "absolute weight", "绝对权重";
    ColRelative => "relative weight %", "相对权重 %";
    ColCumulative => "cumulative %", "累计 %";
    GapImportance => "importance missing", "缺少重要度";
    GapCurrent => "current satisfaction missing", "缺少现状满意度";
    GapCurrentZero => "current satisfaction is 0", "现状满意度为 0";
    GapTarget => "target missing", "缺少企划质量";
    PlanLegend => "+ marked · ! < behind the best competitor · ? incomplete · ratings {}–{}", "+ 已标记 · ! < 落后于最好的竞争对手 · ? 不完整 · 评分 {}–{}";
    CellOutOfScale => "{} must be a number from {} to {} (the project's scale), not '{}'", "{}必须是 {} 到 {} 之间的数（项目的评分尺度），而不是“{}”";
    CellKeys => "Enter store · Tab next cell · ←→↑↓ store and move · Esc cancel · empty clears", "Enter 保存 · Tab 下一格 · ←→↑↓ 保存并移动 · Esc 取消 · 留空则清除";
    ScaleIs => "scale {}–{}", "尺度 {}–{}";
    SalesPointValues => "1 none, 1.2 ○, 1.5 ◎ (or 1–2)", "1 无，1.2 ○，1.5 ◎（或 1–2）";
    ImportanceFromSource => "Importance comes from {} here; press i to switch to direct ratings", "此处重要度来自{}；按 i 切换为直接评分";
    SatisfactionFromSurvey => "Satisfaction comes from the survey means here and cannot be typed", "此处满意度来自调查均值，不能直接输入";
    ComputedColumn => "This column is computed; type into importance, current, competitors, target or sales point", "此列为计算结果；请在重要度、现状、竞争对手、企划质量或卖点中输入";
    SurveyStat => "survey mean {} of {} {answer|answers}, spread {}", "调查均值 {}（{} 份回答，标准差 {}）";
    NotANumber => "'{}' is not a number", "“{}”不是数字";
    CompetitorsTitle => "Competitors (table order)", "竞争对手（表中顺序）";
    NoCompetitors => "No competitors yet. Press a to add one.", "还没有竞争对手。按 a 添加。";
    NewCompetitor => "New competitor", "新竞争对手";
    RenameCompetitor => "Rename {}", "重命名 {}";
    CompetitorExists => "A competitor named '{}' exists already", "已有名为“{}”的竞争对手";
    AskRemoveCompetitor => "Remove {} and all its ratings? (undo brings them back) y remove · n keep", "删除 {} 及其全部评分吗？（可撤销）y 删除 · n 保留";
    AskTargets => "Set the target of {} to: b the best competitor · m the scale maximum · + current + n · Esc cancel", "将 {} 的企划质量设为：b 最好的竞争对手 · m 尺度最大值 · + 现状 + n · Esc 取消";
    TargetStepPrompt => "Target = current + n; n =", "企划质量 = 现状 + n；n =";
    TargetsSet => "{} {target|targets} set", "已设置 {} 个企划质量";
    TargetsSkipped => "; skipped (values missing): {}", "；已跳过（缺少数值）：{}";
    ParetoEighty => "{} of {} {quality carries|qualities carry} 80 %", "{}/{} 项要求质量占 80 %";
    ParetoKey => "{} relative weight % (left axis) · {} cumulative % (right axis)", "{} 相对权重 %（左轴）· {} 累计 %（右轴）";
    NoWeights => "No complete rows yet: weights appear once importance, current and target are set.", "还没有完整的行：填好重要度、现状和企划质量后才有权重。";
    Us => "us", "本公司";
    PlannedGain => "planned gain", "计划提升";
    SideBySide => "equal values stand side by side", "相同的值并排显示";
    KanoScatter => "Better / Worse (12+ = Q12 and others on one spot)", "Better / Worse（12+ = Q12 及同一点上的其他项）";
    KanoKeys => "Enter adopt the survey category · k cycle the team's type · ≠ differs from the survey", "Enter 采用调查类别 · k 切换团队类型 · ≠ 与调查不同";
    NoKanoAnswers => "no Kano answers for this quality", "此要求质量没有 Kano 回答";
    NoKanoCategory => "The survey gives no Kano category here", "调查未给出 Kano 类别";
    NoAhpSets => "No group has two or more children to compare yet.", "还没有包含两个以上子项的分组可以比较。";
    AhpTopLevel => "top level", "顶层";
    AhpSetHead => "{} · set {} of {} · {} of {} {pair|pairs} judged", "{} · 第 {}/{} 组 · 已比较 {}/{} 对";
    AhpGlobal => "global", "全局";
    AhpWorst => "revise {} vs {} first", "请先修改 {} 与 {} 的比较";
    AhpInconsistent => "CR {} is above {}: the judgements contradict each other; {}", "CR {} 超过 {}：判断相互矛盾；{}";
    AhpConsistent => "consistent enough (CR ≤ 0.10)", "一致性可接受（CR ≤ 0.10）";
    AhpMissing => "{} {pair|pairs} still to judge; priorities appear when all are judged", "还有 {} 对未比较；全部比较后显示权重";
    AhpNoJudgements => "No judgements yet: ← favours the left item, → the right one", "还没有判断：← 偏向左项，→ 偏向右项";
    AhpStale => "{} stored {judgement names|judgements name} items no longer in this group and {is|are} left out", "{} 条已存判断涉及已不在本组的项，未计入";
    AhpKeys => "↑↓ pair · ← → more important left / right · Enter type a value · [ ] group · d clear", "↑↓ 选择对 · ← → 左/右更重要 · Enter 输入数值 · [ ] 切换分组 · d 清除";
    JudgePrompt => "{} is how many times as important as {}? (1/9 … 9)", "{} 的重要性是 {} 的几倍？（1/9 … 9）";
    NotJudged => "not judged", "未比较";
    DoSetCell => "set {} of {}", "设置{}（{}）";
    DoSetTargets => "set {} {target|targets}", "设置 {} 个企划质量";
    DoAddCompetitor => "add competitor {}", "添加竞争对手 {}";
    DoRenameCompetitor => "rename competitor {}", "重命名竞争对手 {}";
    DoRemoveCompetitor => "remove competitor {}", "删除竞争对手 {}";
    DoMoveCompetitor => "move competitor {}", "移动竞争对手 {}";
    DoJudge => "compare {} with {}", "比较 {} 与 {}";
    DoSetImportanceSource => "set the importance source", "设置重要度来源";
    HelpPlanning => "Planning", "品质企划";
    ShSalesPoint => "sales point", "卖点";
    ShTargets => "targets", "企划";
    ShSort => "sort", "排序";
    ShCompetitors => "competitors", "竞争对手";
    ShCharts => "charts", "图表";
    ShKanoView => "Kano", "Kano";
    ShAhpView => "AHP", "AHP";
    ShView => "view", "视图";
    ShPlanTable => "table", "表";
    ShAdopt => "adopt", "采用";
    ShJudge => "judge", "判断";
    ShGroup => "group", "分组";
    ShClear => "clear", "清除";
    ShClose => "close", "关闭";
    ShMoveUp => "up", "上移";
    ShMoveDown => "down", "下移";
    ActPlanNextView => "next view: table, Pareto, benchmark, Kano, AHP", "下一个视图：表、帕累托、竞争对比、Kano、AHP";
    ActPlanCharts => "charts: Pareto, again for the benchmark chart", "图表：帕累托图，再按一次为竞争对比图";
    ActPlanKanoView => "the Kano view", "Kano 视图";
    ActPlanAhpView => "the AHP view", "AHP 视图";
    ActPlanSort => "sort by weight / tree order", "按权重/树顺序排列";
    ActPlanMark => "mark or unmark the row (for target helpers)", "标记或取消标记该行（用于企划辅助）";
    ActPlanSalesPoint => "cycle the sales point: – ○ ◎", "切换卖点：– ○ ◎";
    ActPlanTargets => "target helpers for the row or the marked rows", "对该行或已标记行使用企划辅助";
    ActPlanCompetitors => "competitors: add, rename, reorder, remove", "竞争对手：添加、重命名、排序、删除";
    ActPlanMoveUp => "move the competitor up", "竞争对手上移";
    ActPlanMoveDown => "move the competitor down", "竞争对手下移";
    ActPlanSource => "switch the importance source: direct, survey, AHP (one without values is passed over)", "切换重要度来源：直接、调查、AHP（没有数值的来源会被跳过）";
    ActPlanSatisfactionSource => "switch the satisfaction source: direct, survey (refused while the survey has no ratings)", "切换满意度来源：直接、调查（调查没有评分时不切换）";
    SatisfactionSourceIs => "satisfaction: {}", "满意度来源：{}";
    SatisfactionNow => "Satisfaction now comes from {}", "满意度现在来自{}";
    DoSetSatisfactionSource => "set the satisfaction source", "设置满意度来源";
    ActPlanGroupPrev => "AHP: previous group", "AHP：上一个分组";
    ActPlanGroupNext => "AHP: next group", "AHP：下一个分组";

    // Values
    KanoUnclassified => "unclassified", "未分类";
    KanoMustBe => "must-be", "当然质量";
    KanoOneDimensional => "one-dimensional", "一元质量";
    KanoAttractive => "attractive", "魅力质量";
    KanoIndifferent => "indifferent", "无差异";
    KanoReverse => "reverse", "反向";
    KanoQuestionable => "questionable", "可疑";
    OriginCustomer => "customer", "顾客";
    OriginTeam => "team", "团队";
    SrcQuestionnaire => "questionnaire", "问卷";
    SrcQScene => "questionnaire: scenes", "问卷：使用场景";
    SrcQPurchase => "questionnaire: purchase", "问卷：购买关注";
    SrcQWish => "questionnaire: wishes", "问卷：希望";
    SrcQTrouble => "questionnaire: troubles", "问卷：困扰";
    SrcInterview => "interview", "访谈";
    SrcComplaint => "complaint", "投诉";
    SrcObservation => "observation", "观察";
    SrcInternal => "internal information", "内部信息";
    SrcSimulated => "simulated customer", "模拟顾客";
    SrcOther => "other", "其他";

    // Affinity step
    HelpAffinity => "Affinity", "亲和图";
    ActMark => "mark or unmark the selected card or island", "标记或取消标记所选卡片或岛";
    ActMakeIsland => "make an island of the marked cards (asks for its name)", "用已标记的卡片组成岛（输入名称）";
    ActRename => "rename the selected island", "重命名所选岛";
    ActNest => "group the marked islands into a higher-level island", "把已标记的岛归入上一层的岛";
    ActMoveUp => "move the selected card or island up among its siblings", "在同级中上移所选卡片或岛";
    ActMoveDown => "move the selected card or island down among its siblings", "在同级中下移所选卡片或岛";
    ActMoveTo => "move the marked (or selected) cards and islands to an island you pick", "把已标记（或所选）的卡片和岛移到所选的岛";
    ActMerge => "merge the marked islands into the selected one", "把已标记的岛合并到所选岛";
    ActSplit => "split the marked cards out of their island into a new island", "把已标记的卡片从所在岛拆分为新岛";
    ActUnplace => "send the marked (or selected) cards back to the unplaced cards", "把已标记（或所选）的卡片退回未归组";
    ActDuplicates => "find duplicate and near-duplicate cards and merge them (step A)", "查找重复和近似重复的卡片并合并（步骤 A）";
    ActSuggest => "suggest islands for the unplaced cards", "为未归组的卡片建议岛";
    ActTrace => "trace the selected card or island back to items, remarks and respondents", "追溯所选卡片或岛的要求项目、原始资料和受访者";
    ActTable => "show the deployment table, or go back to the islands", "显示要求质量展开表，或返回亲和图";
    ShMark => "mark", "标记";
    ShIsland => "island", "成岛";
    ShNest => "nest", "上层";
    ShMoveTo => "move", "移动";
    ShSuggest => "suggest", "建议";
    ShDuplicates => "duplicates", "重复";
    ShTrace => "trace", "追溯";
    ShTable => "table", "展开表";
    AffUnplaced => "Unplaced cards", "未归组卡片";
    AffMarked => "{} marked", "已标记 {}";
    AffNoQualities => "No demanded qualities yet: write them on the Qualities step (3).", "还没有要求质量：请在第 3 步“要求质量”中编写。";
    AffAllPlaced => "Every card is placed. Press T for the deployment table.", "所有卡片都已归组。按 T 查看展开表。";
    AffIslands => "Islands", "岛";
    AffPlaced => "{} {card|cards} placed", "已归组 {} 张";
    AffNoIslands => "No islands yet: mark cards with Space and press i, or press S for suggestions.", "还没有岛：用空格标记卡片后按 i，或按 S 获取建议。";
    AffFlagEmpty => "empty", "空";
    AffFlagFew => "few", "偏少";
    AffFlagMany => "many", "偏多";
    AffFlagName => "name", "名称";
    AffNameHints => "Name hints", "名称提示";
    ShRename => "rename", "重命名";
    AffTeamMark => "team", "团队补充";
    AffMoveTitle => "Move {} to…", "把 {} 移到……";
    AffOut => "unplaced / top level", "未归组／最上层";
    AffDupTitle => "Possible duplicates: {} {pair|pairs}", "可能重复：{} 对";
    AffDupKeys => "Enter merge into the first · 2 keep the second · s skip · Esc close", "Enter 合并到第一张 · 2 保留第二张 · s 跳过 · Esc 关闭";
    AffWorking => "Suggesting islands for {} {card|cards}…", "正在为 {} 张卡片建议岛……";
    AffWorkingKeys => "Esc cancel", "Esc 取消";
    AffTraceTitle => "Trace of {}: {}", "追溯 {}：{}";
    AffTraceKeys => "↑↓ scroll · any other key closes", "↑↓ 滚动 · 其他键关闭";
    AffTraceNothing => "Nothing leads here: no items, remarks or respondents.", "没有来源：没有要求项目、原始资料或受访者。";
    AffTraceIslands => "Islands", "岛";
    AffTracePlaced => "Placed in (nearest first)", "所在的岛（由近及远）";
    AffTraceCards => "Cards", "卡片";
    AffTraceRespondents => "Respondents", "受访者";
    AffNameIsland => "Name the new island of {} {card|cards}", "为 {} 张卡片组成的新岛命名";
    AffNameRename => "Rename {}", "重命名 {}";
    AffNameNest => "Name the higher-level island over {} {island|islands}", "为包含 {} 个岛的上层岛命名";
    AffNameSplit => "Name the island for {} {card|cards} split from {}", "新岛的名称（{} 张卡片，拆自 {}）";
    AffNameTeamIn => "Add a basic quality the customers take for granted, into {}", "添加顾客认为理所当然的当然质量，放入 {}";
    AffNameTeam => "Add a basic quality the customers take for granted (unplaced)", "添加顾客认为理所当然的当然质量（未归组）";
    AffTeamRule => "Customers never mention what they take for granted: the team adds it, marked as a must-be quality. Word it as a demanded quality.", "顾客不会提到他们认为理所当然的东西：由团队补充，标为当然质量。请按要求质量的措辞规则书写。";
    AffCardRule => "A card is a demanded quality: the wording rules apply.", "卡片就是要求质量：适用措辞规则。";
    AffNameCard => "Edit card {}", "编辑卡片 {}";
    AffNameProposal => "Name of proposal {}", "建议 {} 的名称";
    AffNameRule => "The name is itself a demanded quality: say what the cards share.", "名称本身也是要求质量：说出这些卡片的共同点。";
    AffSuggestTitle => "Suggested islands: {} for {} {card|cards}", "建议的岛：{} 个，共 {} 张卡片";
    AffSuggestKeys => "Enter accept · e edit name · x reject · A accept all · Esc close", "Enter 采纳 · e 改名 · x 拒绝 · A 全部采纳 · Esc 关闭";
    AffDraftName => "draft name", "草拟名称";
    AffCohesion => "cohesion {}", "相似度 {}";
    AffProposalCards => "Cards of proposal {}:", "建议 {} 的卡片：";
    AffTableTitle => "Deployment table", "要求质量展开表";
    AffTableLevels => "{} {level|levels} · T back", "{} 层 · T 返回";
    AffColNumber => "No.", "编号";
    AffColId => "ID", "ID";
    AffColLevel => "Level {}", "第 {} 层";
    AffColKind => "Kind", "类型";
    AffColOrigin => "Added", "补充";
    AffLeaf => "leaf", "末级";
    AffGroup => "group", "分组";
    AffUnplacedKind => "unplaced", "未归组";
    AffRepeats => "The name repeats {}; name what the cards share", "名称与 {} 相同；请说出这些卡片的共同点";
    AffTableOnly => "The table only shows the tree; press T to go back and arrange it", "展开表只用于查看；按 T 返回亲和图再调整";
    AffNoIsland => "Select or mark an island first", "请先选择或标记一个岛";
    AffNoCards => "Mark cards with Space first (or select one)", "请先用空格标记卡片（或选择一张）";
    AffSplitOneIsland => "Mark cards of one island to split them out", "只能拆分同一个岛中已标记的卡片";
    AffSplitNothing => "Mark the cards to split out of their island first", "请先标记要拆出的卡片";
    AffReorderTree => "Reorder in the tree of islands (unplaced cards stay in id order)", "请在岛的树中调整顺序（未归组卡片按编号排列）";
    AffAtTop => "Already at the top", "已经在最上面";
    AffAtBottom => "Already at the bottom", "已经在最下面";
    AffMergeHow => "Mark the islands to merge, then select the island to keep", "先标记要合并的岛，再选中要保留的岛";
    AffNoPlacedCard => "Select or mark cards placed in an island", "请选择或标记已归入岛的卡片";
    AffNoDuplicates => "No duplicate cards found", "没有发现重复的卡片";
    AffNothingUnplaced => "No unplaced cards to suggest islands for", "没有未归组的卡片可供建议";
    AffNoProposals => "No islands to suggest", "没有可建议的岛";
    AffNothingToGroup => "Two top-level islands at least are needed to suggest the next level up", "至少需要两个最上层的岛才能建议上一层";
    AffSuggestLevelTitle => "Suggested higher-level islands: {} for {} {island|islands}", "建议的上层岛：{} 个，共 {} 个岛";
    AffProposalIslands => "Islands of proposal {}:", "建议 {} 包含的岛：";
    AffCancelled => "Suggestions cancelled", "已取消建议";
    AffNameEmpty => "Empty name: nothing changed", "名称为空：未做更改";
    AffAskDelete => "Delete {} “{}”? {}.", "删除 {}“{}”吗？{}。";
    AffAskDeleteKeys => "y delete · n keep (undo brings it back)", "y 删除 · n 保留（可撤销）";
    AffDeleted => "Deleted {} “{}”; undo with {}", "已删除 {}“{}”；按 {} 撤销";
    AffDeletedWith => "Deleted {} “{}”: {}; undo with {}", "已删除 {}“{}”：{}；按 {} 撤销";
    AffDeleteKept => "Nothing deleted", "未删除";
    AffEffectSep => "; ", "；";
    AffGoCardsTo => "its {} {card goes|cards go} into {}", "其 {} 张卡片移入 {}";
    AffGoCardsOut => "its {} {card goes|cards go} back to the unplaced cards", "其 {} 张卡片退回未归组";
    AffGoIslandsTo => "its {} {island moves|islands move} up into {}", "其 {} 个岛上移到 {}";
    AffGoIslandsTop => "its {} {island moves|islands move} to the top level", "其 {} 个岛移到最上层";
    AffGoAnswers => "{} survey {answer goes|answers go} with it", "{} 条调查回答一并删除";
    AffGoJudgements => "{} AHP {comparison goes|comparisons go} with it", "{} 条 AHP 比较一并删除";
    AffGoRelationships => "{} House of Quality {relationship goes|relationships go} with it", "{} 个质量屋关系一并删除";
    DoAffReorder => "reorder {}", "调整 {} 的顺序";
    DoAffMove => "move {} {entry|entries} to {}", "把 {} 项移到 {}";
    DoAffMerge => "merge {} {island|islands} into {}", "把 {} 个岛合并到 {}";
    DoAffUngroup => "ungroup {}", "解散 {}";
    DoAffIsland => "make island {} of {} {card|cards}", "组成岛 {}（{} 张卡片）";
    DoAffRename => "rename {}", "重命名 {}";
    DoAffNest => "group {} {island|islands} into {}", "把 {} 个岛归入 {}";
    DoAffSplit => "split {} {card|cards} into {}", "把 {} 张卡片拆分到 {}";
    DoAffTeam => "add basic quality {} (team)", "添加团队补充的当然质量 {}";
    DoAffMergeCards => "merge {} into {}", "把 {} 合并到 {}";
    DoAffAccept => "accept {} suggested {island|islands}", "采纳 {} 个建议的岛";
    // Report step
    HelpReport => "Report", "报告";
    ActReportToggle => "choose or leave out the selected entry", "选中或取消所选条目";
    ActReportFormat => "cycle the format: HTML, XLSX, Markdown, CSV, JSON", "切换格式：HTML、XLSX、Markdown、CSV、JSON";
    ActReportFolder => "change the folder files are written to", "更改输出文件夹";
    ActReportRespondents => "include or leave out respondents' attributes", "包含或不含受访者属性";
    ActReportWrite => "write the chosen files", "写出所选文件";
    ReportWhat => "What to write", "写出内容";
    ReportBuildFailed => "could not be built from this project (nothing written; the project is unchanged)", "无法由本项目生成（未写出任何文件；项目未改动）";
    ReportFull => "Full report: every section, charts, trace appendix", "完整报告：全部章节、图表、追溯附录";
    ReportTableVoc => "remarks with source, respondent, scene and what they led to", "原始资料及来源、受访者、场面和去向";
    ReportTableItems => "requirement items with their remarks and qualities", "要求项目及其原始资料和要求质量";
    ReportTableQualities => "demanded qualities with wording hints, Kano type, origin, tags", "要求质量及措辞提示、Kano 类型、提出方、标签";
    ReportTableDeployment => "the deployment table, numbered 1 / 1.1 / 1.1.1", "展开表，编号 1 / 1.1 / 1.1.1";
    ReportTablePlanning => "the planning matrix with weights", "品质企划表及权重";
    ReportTableTrace => "every link from respondent to group", "从受访者到分组的全部关联";
    ReportTableSurvey => "survey means, answer counts and spread per quality", "各要求质量的调查均值、回答数和离散度";
    ReportTableKano => "Kano classes, category, Better and Worse", "Kano 分类、类别、Better 与 Worse";
    ReportTableAhp => "AHP local and global weights", "AHP 局部与全局权重";
    ReportTableHoq => "House of Quality: relationships and technical importance", "质量屋：关系矩阵与技术重要度";
    ReportTableAhpConsistency => "AHP consistency per group (λmax, CI, CR)", "各分组的 AHP 一致性（λmax、CI、CR）";
    ReportFormatLabel => "Format", "格式";
    ReportFolderLabel => "Folder", "文件夹";
    ReportRespondentsLabel => "Respondent attributes", "受访者属性";
    ReportIncluded => "included", "包含";
    ReportLeftOut => "left out", "不含";
    ReportFiles => "Files", "文件";
    ReportAsHtml => "(a full report cannot be CSV or JSON: it is written as HTML)", "（完整报告不能是 CSV 或 JSON：将写为 HTML）";
    ReportProgress => "Writing {} of {}…", "正在写出第 {} 个，共 {} 个…";
    ReportDone => "Wrote {} {file|files} to {}", "已写出 {} 个文件到 {}";
    ReportFailed => "{} {file|files} could not be written; see the list", "{} 个文件未能写出，见列表";
    ReportStopped => "Stopped; {} {file was|files were} not written", "已停止；{} 个文件未写出";
    ReportNothing => "Nothing chosen: mark the full report or a table with Space", "未选择任何内容：用空格键选中完整报告或表格";
    ReportExists => "Already there: {}. Press {} again to overwrite", "已存在：{}。再按 {} 覆盖";
    AskCreateFolder => "The folder {} does not exist. Create it and write the files there? y create · n keep the folder", "文件夹 {} 不存在。创建它并把文件写到那里吗？y 创建 · n 保留原文件夹";
    ReportFolderKept => "Folder unchanged: {}", "文件夹未更改：{}";
    ReportNotAFolder => "{} is a file, not a folder", "{} 是文件，不是文件夹";
    ReportCreateFailed => "Could not create the folder {}: {}", "无法创建文件夹 {}：{}";
    ActPlanKanoAdoptAll => "Kano view: adopt the survey category of every quality (one undo)", "Kano 视图：采用所有要求质量的调查类别（一次撤销）";
    DoAdoptKanoAll => "adopt {} survey Kano {category|categories}", "采用 {} 个调查 Kano 类别";
    NoKanoChange => "Every quality already has its survey category", "所有要求质量已是调查类别";
    ShAdoptAll => "adopt all", "全部采用";
    ActRemarkTrace => "trace the remark forward: its items, cards and islands", "追溯原始资料的去向：要求项目、卡片和岛";
    ActRemarkTags => "edit the remark's tags", "编辑原始资料的标签";
    ActAccept => "accept the selected candidate remark", "采纳所选候选原始资料";
    ActAcceptAll => "accept every candidate the list shows (one undo)", "采纳列表中显示的全部候选（一次撤销）";
    ActCandidates => "show only candidates / show all remarks", "只显示候选/显示全部原始资料";
    ActImport => "import remarks: text, CSV or interview transcript", "导入原始资料：文本、CSV 或访谈记录";
    ShAccept => "accept", "采纳";
    ShCandidates => "candidates", "候选";
    ShImport => "import", "导入";
    CandidateMark => "cand", "候选";
    LabelCandidate => "Candidate", "候选";
    CandidateNote => "cut from a transcript; {} accepts it, e edits, d drops it", "由访谈记录切分；{} 采纳，e 编辑，d 删除";
    CandidatesShown => "Showing {} {candidate|candidates} only (c or Esc shows all)", "只显示 {} 条候选（按 c 或 Esc 显示全部）";
    CandidatesAll => "Showing all remarks", "显示全部原始资料";
    PaneCandidates => "candidates", "候选";
    NoCandidates => "No candidates to accept", "没有可采纳的候选";
    NoCandidatesLeft => "No candidates left. Press c to show all remarks.", "没有候选了。按 c 显示全部原始资料。";
    NotCandidate => "{} is not a candidate: nothing to accept", "{} 不是候选，无需采纳";
    DoAccept => "accept {}", "采纳 {}";
    Accepted => "Accepted {}", "已采纳 {}";
    DoAcceptAll => "accept {} {candidate|candidates}", "采纳 {} 条候选";
    AcceptedAll => "Accepted {} {candidate|candidates}", "已采纳 {} 条候选";
    ImportTitle => "Import remarks", "导入原始资料";
    ImportPathLabel => "File (text, CSV, or interview .txt/.md):", "文件（文本、CSV 或访谈记录 .txt/.md）：";
    ImportPathKeys => "Enter preview · Esc cancel", "Enter 预览 · Esc 取消";
    ImportNoPath => "Type the path of a file to import", "请输入要导入的文件路径";
    ImportPreviewKeys => "Enter import (one undo) · Esc cancel", "Enter 导入（一次撤销）· Esc 取消";
    ImportRefusedKeys => "Enter another file · Esc cancel", "Enter 换个文件 · Esc 取消";
    ImportRefused => "Nothing can be imported from this file:", "此文件无法导入：";
    ImportKindTranscript => "interview transcript", "访谈记录";
    ImportKindCsv => "CSV table", "CSV 表格";
    ImportKindText => "text, one remark a line", "文本，每行一条";
    ImportCandidates => "{} candidate {remark|remarks} ({}), source interview", "{} 条候选原始资料（{}），来源：访谈";
    ImportRemarks => "{} {remark|remarks} ({})", "{} 条原始资料（{}）";
    ImportCustomer => "customer: {} ({} {turn|turns}) · left out: {}", "顾客：{}（{} 轮发言）· 不导入：{}";
    ImportSpeakers => "{} chooses the customer: {}", "按 {} 选择顾客：{}";
    ImportDropped => "{} {sentence|sentences} left out as fillers or too short", "{} 句语气词或过短的话未导入";
    ImportRespondents => "{} {respondent|respondents} added", "新增 {} 位受访者";
    DoImport => "import {}", "导入 {}";
    Imported => "Imported {} {remark|remarks} from {} (u undoes)", "已导入 {} 条原始资料，来自 {}（按 u 撤销）";
    NothingImported => "Nothing imported", "未导入任何内容";
    MoreRows => "… and {} more", "……还有 {} 条";
    ShChoose => "choose", "选择";
    ShFormat => "format", "格式";
    ShFolder => "folder", "文件夹";
    ShWrite => "write", "写出";
    HelpHoq => "House of Quality", "质量屋";
    ActHoqCycle => "cycle the cell: blank, △ weak, ○ medium, ◎ strong; on the roof blank, ++, +, −, −−; on the benchmark edit the field", "切换单元格：空、△ 弱、○ 中、◎ 强；屋顶上：空、++、+、−、−−；技术竞争评估中编辑该项";
    ActHoqClear => "clear the cell, the roof pair or the benchmark value", "清除单元格、屋顶的相关关系或技术竞争评估的数值";
    ActHoqUnit => "set the unit of the characteristic", "设置质量特性的单位";
    ActHoqTarget => "set the target value of the characteristic", "设置质量特性的目标值";
    ActHoqDirection => "change the direction: ↑ larger, ↓ smaller, ◎ nominal", "切换方向：↑ 望大、↓ 望小、◎ 望目";
    ActHoqScale => "switch the relation scale between 9-3-1 and 5-3-1", "在 9-3-1 与 5-3-1 之间切换关系尺度";
    ActHoqColumnLeft => "move the characteristic one column left", "将质量特性左移一列";
    ActHoqColumnRight => "move the characteristic one column right", "将质量特性右移一列";
    ActHoqView => "next view: matrix, benchmark, roof, audit (Esc back to the matrix)", "下一视图：矩阵、技术竞争评估、屋顶、检查（Esc 回到矩阵）";
    ActHoqDerive => "derive a characteristic from the selected demanded quality (strong ◎ cell)", "由所选要求质量导出质量特性（◎ 强相关）";
    DoMoveCharacteristic => "move characteristic {}", "移动质量特性 {}";
    ShMoveColumn => "move", "移动";
    HoqNoCharacteristics => "No characteristics yet: press {} to add one", "尚无质量特性：按 {} 添加";
    HoqNoCells => "No cell here: the matrix needs qualities and characteristics", "此处没有单元格：矩阵需要要求质量和质量特性";
    HoqTitle => "House of Quality · scale {}", "质量屋 · 关系尺度 {}";
    HoqQuality => "demanded quality", "要求质量";
    HoqWeight => "wt %", "权重 %";
    HoqUnit => "unit", "单位";
    HoqTechnical => "technical importance", "技术重要度";
    HoqRelative => "relative %", "相对重要度 %";
    HoqRank => "rank", "排序";
    HoqTarget => "target", "目标值";
    HoqEmptyRows => "No demanded qualities yet: write them on step 3", "尚无要求质量：请在第 3 步编写";
    HoqColumns => "columns {}–{} of {}", "第 {}–{} 列，共 {} 列";
    NewCharacteristic => "New characteristic", "新质量特性";
    RenameCharacteristic => "Rename {}", "重命名 {}";
    UnitOf => "Unit of {}", "{} 的单位";
    HoqTargetOf => "Target value of {}", "{} 的目标值";
    HoqOursOf => "Our value of {}", "{} 的本公司实测值";
    HoqCompetitorOf => "{}'s value of {}", "{} 在 {} 上的实测值";
    HoqDifficultyOf => "Difficulty (1 easy – 5 hard) of {}", "{} 的技术难度（1 易 – 5 难）";
    HoqEmptyClears => "(empty clears)", "（留空则清除）";
    HoqNotANumber => "{}: '{}' is not a number", "{}：“{}”不是数字";
    HoqNumberComma => "{}: '{}' not stored: write numbers without thousands separators (4000, 3.5 or 3,5)", "{}：未保存“{}”：数字不要用千位分隔符（4000、3.5 或 3,5）";
    HoqDifficultyRange => "{}: '{}' is not a whole number from 1 to 5", "{}：“{}”不是 1 到 5 的整数";
    DoSetBenchmark => "{} ← {}", "{} ← {}";
    HoqDeriveAsk => "Which measurable property shows that {} is met?", "哪个可测量的特性能表明“{}”已满足？";
    DoDeriveCharacteristic => "add characteristic {} with ◎ to {}", "添加质量特性 {}，与 {} 强相关 ◎";
    HoqRoofNeedsTwo => "The roof needs two characteristics", "屋顶需要至少两个质量特性";
    DoSetCorrelation => "set the roof {} to {}", "将屋顶 {} 设为 {}";
    HoqViewMatrix => "matrix", "矩阵";
    HoqViewBenchmark => "technical benchmark", "技术竞争评估";
    HoqViewRoof => "roof", "屋顶";
    HoqViewAudit => "audit", "检查";
    HoqFlags => "{} {flag|flags}", "{} 个提示";
    HoqCharacteristic => "characteristic", "质量特性";
    HoqDirectionShort => "dir", "方向";
    HoqOurs => "ours", "本公司";
    HoqDifficulty => "diff", "难度";
    HoqChart => "chart", "图示";
    HoqLegend => "● ours · ◆ target · competitors:", "● 本公司 · ◆ 目标 · 竞争对手：";
    HoqNoValues => "no values", "无数值";
    HoqPairs => "pair {} of {}", "第 {} 对，共 {} 对";
    HoqConflicts => "Conflicts (− and −−)", "冲突（− 与 −−）";
    HoqNoConflicts => "No conflicts: no pair is − or −−", "没有冲突：没有 − 或 −− 的特性对";
    HoqServes => "serves {}", "对应 {}";
    HoqServesNothing => "serves no quality yet", "尚无对应的要求质量";
    HoqAuditNoStrong => "Demanded qualities with no strong ◎ relationship: {}", "没有 ◎ 强相关的要求质量：{}";
    HoqAuditUnrelated => "Characteristics with no relationship: {}", "没有任何关系的质量特性：{}";
    HoqAuditRestates => "Characteristics that only restate a demanded quality: {}", "只是复述要求质量的质量特性：{}";
    HoqAuditClean => "Nothing flagged: every quality has a ◎, every characteristic serves one, none restates a quality", "没有提示：每个要求质量都有 ◎，每个质量特性都有对应，没有复述要求质量的特性";
    HoqAuditDerive => "↑↓ choose a quality; {} asks which measurable property shows it is met", "↑↓ 选择要求质量；按 {} 导出能表明其已满足的可测量特性";
    HoqAuditNothingToDerive => "Every demanded quality has a strong ◎ relationship", "每个要求质量都有 ◎ 强相关";
    HoqAuditRename => "Name a measurable property instead: {} renames it on the matrix", "请改为可测量的特性：在矩阵中按 {} 重命名";
    HoqAuditMore => "… {} not shown: {}", "… 另有 {} 项未显示：{}";
    ShDerive => "derive", "导出";
    ShBackToMatrix => "matrix", "矩阵";
    AskDeleteCharacteristic => "Delete characteristic {} and its {} relationship {cell|cells}? (y/n)", "删除质量特性 {} 及其 {} 个关系单元格？(y/n)";
    DoSetRelationship => "set {} to {}", "将 {} 设为 {}";
    DoSetDirection => "set the direction of {} to {}", "将 {} 的方向设为 {}";
    DoSetRelationScale => "relation scale {}", "关系尺度 {}";
    DoAddCharacteristic => "add characteristic {}", "添加质量特性 {}";
    DoRenameCharacteristic => "rename characteristic {}", "重命名质量特性 {}";
    DoDeleteCharacteristic => "delete characteristic {}", "删除质量特性 {}";
    DoSetUnit => "set the unit of {}", "设置 {} 的单位";
    ShCycle => "cycle", "切换";
    ShUnit => "unit", "单位";
    ShTargetValue => "target", "目标值";
    ShDirection => "direction", "方向";
    ShScale => "scale", "尺度";
}

/// Fills the `{}` places of a catalog entry in order. A count phrase `{one|many}` after a place
/// picks the singular when the value just filled in is 1 ("Wrote {} {file|files}"), so English
/// nouns and verbs agree with their numbers. Chinese has no plural: its entries keep one form
/// with the measure word ("{} 个文件") and never use a count phrase.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    let mut args = args.iter();
    let mut last_is_one = false;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(tail) = rest.strip_prefix("{}") {
            match args.next() {
                Some(a) => {
                    let v = a.to_string();
                    last_is_one = v.trim() == "1";
                    out.push_str(&v);
                }
                None => out.push_str("{}"),
            }
            rest = tail;
        } else if let Some((one, many, tail)) = count_phrase(rest) {
            out.push_str(if last_is_one { one } else { many });
            rest = tail;
        } else {
            out.push('{');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// `{one|many}` at the start of `s`: the two forms and what follows.
fn count_phrase(s: &str) -> Option<(&str, &str, &str)> {
    let end = s.find('}')?;
    let (one, many) = s[1..end].split_once('|')?;
    (!one.contains('{') && !many.contains('|')).then_some((one, many, &s[end + 1..]))
}

pub fn kano(k: Kano) -> S {
    match k {
        Kano::Unclassified => S::KanoUnclassified,
        Kano::MustBe => S::KanoMustBe,
        Kano::OneDimensional => S::KanoOneDimensional,
        Kano::Attractive => S::KanoAttractive,
        Kano::Indifferent => S::KanoIndifferent,
        Kano::Reverse => S::KanoReverse,
        Kano::Questionable => S::KanoQuestionable,
    }
}

pub fn origin(o: Origin) -> S {
    match o {
        Origin::Customer => S::OriginCustomer,
        Origin::Team => S::OriginTeam,
    }
}

pub fn source(s: Source) -> S {
    match s {
        Source::Questionnaire(None) => S::SrcQuestionnaire,
        Source::Questionnaire(Some(QuestionKind::Scene)) => S::SrcQScene,
        Source::Questionnaire(Some(QuestionKind::Purchase)) => S::SrcQPurchase,
        Source::Questionnaire(Some(QuestionKind::Wish)) => S::SrcQWish,
        Source::Questionnaire(Some(QuestionKind::Trouble)) => S::SrcQTrouble,
        Source::Interview => S::SrcInterview,
        Source::Complaint => S::SrcComplaint,
        Source::Observation => S::SrcObservation,
        Source::Internal => S::SrcInternal,
        Source::Simulated => S::SrcSimulated,
        Source::Other => S::SrcOther,
    }
}

/// The 5W1H field names of `Scene::FIELDS`, in the UI language.
pub fn scene_field(field: &str) -> S {
    match field {
        "who" => S::SceneWho,
        "where" => S::SceneWhere,
        "when" => S::SceneWhen,
        "why" => S::SceneWhy,
        "what" => S::SceneWhat,
        _ => S::SceneHow,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_has_both_languages_with_the_same_places() {
        for s in S::ALL {
            let (en, zh) = (s.get(Lang::En), s.get(Lang::Zh));
            assert!(!en.is_empty() && !zh.is_empty(), "{s:?}");
            assert_eq!(en.matches("{}").count(), zh.matches("{}").count(), "{s:?}");
        }
    }

    #[test]
    fn fill_replaces_places_in_order() {
        assert_eq!(fill("link {} to {}", &[&"I1", &"R2"]), "link I1 to R2");
        assert_eq!(fill("{} 与 {}", &[&1]), "1 与 {}");
    }

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(
            fill(S::ReportDone.get(Lang::En), &[&1, &"out"]),
            "Wrote 1 file to out"
        );
        assert_eq!(
            fill(S::ReportDone.get(Lang::En), &[&2, &"out"]),
            "Wrote 2 files to out"
        );
        assert_eq!(
            fill(S::ReportDone.get(Lang::Zh), &[&1, &"out"]),
            "已写出 1 个文件到 out"
        );
        assert_eq!(
            fill(S::ReportStopped.get(Lang::En), &[&1]),
            "Stopped; 1 file was not written"
        );
        assert_eq!(fill(S::TargetsSet.get(Lang::En), &[&1]), "1 target set");
        assert_eq!(fill(S::TargetsSet.get(Lang::En), &[&2]), "2 targets set");
        // A count phrase follows the value just before it, not the first one.
        assert_eq!(
            fill(S::DoAffIsland.get(Lang::En), &[&"G12", &1]),
            "make island G12 of 1 card"
        );
        assert_eq!(fill("{} {a|b} {x", &[&1]), "1 a {x");
        // Every entry with a count phrase reads right with 1 and with 2, in both languages.
        for s in S::ALL {
            let en = s.get(Lang::En);
            if !en.contains('|') || count_phrase(&en[en.find("{").unwrap()..]).is_none() {
                continue;
            }
            for n in ["1", "2"] {
                let args: Vec<&dyn std::fmt::Display> = vec![&n; en.matches("{}").count()];
                for lang in [Lang::En, Lang::Zh] {
                    let out = fill(s.get(lang), &args);
                    assert!(!out.contains('{') && !out.contains('|'), "{s:?}: {out}");
                }
            }
        }
    }

    #[test]
    fn count_phrases_are_english_only_and_follow_a_number() {
        for s in S::ALL {
            let zh = s.get(Lang::Zh);
            assert!(
                zh.find('{').is_none_or(|i| zh[i..]
                    .split('{')
                    .all(|p| p.starts_with('}') || p.is_empty())),
                "{s:?}: Chinese has no plural forms: {zh}"
            );
            let en = s.get(Lang::En);
            let mut seen_place = false;
            let mut rest = en;
            while let Some(i) = rest.find('{') {
                rest = &rest[i..];
                if rest.starts_with("{}") {
                    seen_place = true;
                    rest = &rest[2..];
                } else {
                    assert!(seen_place && count_phrase(rest).is_some(), "{s:?}: {en}");
                    rest = &rest[1..];
                }
            }
            // A number right before a plural noun must use a count phrase.
            for noun in [
                "cards",
                "islands",
                "entries",
                "files",
                "targets",
                "pairs",
                "levels",
                "answers",
                "qualities",
                "cells",
                "categories",
                "judgements",
                "remarks",
                "items",
            ] {
                assert!(!en.contains(&format!("{{}} {noun}")), "{s:?}: {en}");
            }
        }
    }

    #[test]
    fn the_locale_picks_the_language() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            Lang::from_locale(env(&[("LANG", "zh_CN.UTF-8")])),
            Some(Lang::Zh)
        );
        assert_eq!(
            Lang::from_locale(env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "zh_CN.UTF-8")])),
            Some(Lang::En)
        );
        assert_eq!(Lang::from_locale(env(&[])), None);
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!("zh-CN".parse::<Lang>(), Ok(Lang::Zh));
        assert!("fr".parse::<Lang>().unwrap_err().contains("en or zh"));
    }
}
