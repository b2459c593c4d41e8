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

    // Status messages
    Saved => "Saved {}", "已保存 {}";
    SaveFailed => "Could not save: {}", "无法保存：{}";
    Created => "Created {}", "已新建 {}";
    Recovered => "Recovered unsaved work from {}; save with Ctrl-s to keep it", "已从 {} 恢复未保存的内容；按 Ctrl-s 保存";
    RecoveryDiscarded => "Recovery file discarded", "已丢弃恢复文件";
    RecoveryKept => "Recovery file kept; it will be offered again", "恢复文件已保留，下次仍会提示";
    RecoveryUnreadable => "The recovery file {} cannot be read and was left as is: {}", "恢复文件 {} 无法读取，已原样保留：{}";
    FileNotWritable => "{} is read-only (its permissions): Ctrl-s cannot save it until it is made writable", "{} 是只读文件（文件权限）：改为可写之前无法用 Ctrl-s 保存";
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
    HelpTitle => "Keys (Esc closes)", "按键（Esc 关闭）";
    HelpGlobal => "Everywhere", "通用";
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
    SurveyStat => "survey mean {} of {} answers, spread {}", "调查均值 {}（{} 份回答，标准差 {}）";
    NotANumber => "'{}' is not a number", "“{}”不是数字";
    CompetitorsTitle => "Competitors (table order)", "竞争对手（表中顺序）";
    NoCompetitors => "No competitors yet. Press a to add one.", "还没有竞争对手。按 a 添加。";
    NewCompetitor => "New competitor", "新竞争对手";
    RenameCompetitor => "Rename {}", "重命名 {}";
    CompetitorExists => "A competitor named '{}' exists already", "已有名为“{}”的竞争对手";
    AskRemoveCompetitor => "Remove {} and all its ratings? (undo brings them back) y remove · n keep", "删除 {} 及其全部评分吗？（可撤销）y 删除 · n 保留";
    AskTargets => "Set the target of {} to: b the best competitor · m the scale maximum · + current + n · Esc cancel", "将 {} 的企划质量设为：b 最好的竞争对手 · m 尺度最大值 · + 现状 + n · Esc 取消";
    TargetStepPrompt => "Target = current + n; n =", "企划质量 = 现状 + n；n =";
    TargetsSet => "{} targets set", "已设置 {} 个企划质量";
    TargetsSkipped => "; skipped (values missing): {}", "；已跳过（缺少数值）：{}";
    ParetoEighty => "{} of {} qualities carry 80 %", "{}/{} 项要求质量占 80 %";
    ParetoKey => "{} relative weight % (left axis) · {} cumulative % (right axis)", "{} 相对权重 %（左轴）· {} 累计 %（右轴）";
    NoWeights => "No complete rows yet: weights appear once importance, current and target are set.", "还没有完整的行：填好重要度、现状和企划质量后才有权重。";
    Us => "us", "本公司";
    PlannedGain => "planned gain", "计划提升";
    KanoScatter => "Better / Worse (12+ = Q12 and others on one spot)", "Better / Worse（12+ = Q12 及同一点上的其他项）";
    KanoKeys => "Enter adopt the survey category · k cycle the team's type · ≠ differs from the survey", "Enter 采用调查类别 · k 切换团队类型 · ≠ 与调查不同";
    NoKanoAnswers => "no Kano answers for this quality", "此要求质量没有 Kano 回答";
    NoKanoCategory => "The survey gives no must-be, one-dimensional or attractive category here", "调查未给出当然、一元或魅力类别";
    NoAhpSets => "No group has two or more children to compare yet.", "还没有包含两个以上子项的分组可以比较。";
    AhpTopLevel => "top level", "顶层";
    AhpSetHead => "{} · set {} of {} · {} of {} pairs judged", "{} · 第 {}/{} 组 · 已比较 {}/{} 对";
    AhpGlobal => "global", "全局";
    AhpWorst => "revise {} vs {} first", "请先修改 {} 与 {} 的比较";
    AhpInconsistent => "CR {} is above {}: the judgements contradict each other; {}", "CR {} 超过 {}：判断相互矛盾；{}";
    AhpConsistent => "consistent enough (CR ≤ 0.10)", "一致性可接受（CR ≤ 0.10）";
    AhpMissing => "{} pairs still to judge; priorities appear when all are judged", "还有 {} 对未比较；全部比较后显示权重";
    AhpNoJudgements => "No judgements yet: ← favours the left item, → the right one", "还没有判断：← 偏向左项，→ 偏向右项";
    AhpStale => "{} stored judgements name items no longer in this group and are left out", "{} 条已存判断涉及已不在本组的项，未计入";
    AhpKeys => "↑↓ pair · ← → more important left / right · Enter type a value · [ ] group · d clear", "↑↓ 选择对 · ← → 左/右更重要 · Enter 输入数值 · [ ] 切换分组 · d 清除";
    JudgePrompt => "{} is how many times as important as {}? (1/9 … 9)", "{} 的重要性是 {} 的几倍？（1/9 … 9）";
    NotJudged => "not judged", "未比较";
    DoSetCell => "set {} of {}", "设置{}（{}）";
    DoSetTargets => "set {} targets", "设置 {} 个企划质量";
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
    ActPlanSource => "switch the importance source: direct, survey, AHP", "切换重要度来源：直接、调查、AHP";
    ActPlanSatisfactionSource => "switch the satisfaction source: direct, survey", "切换满意度来源：直接、调查";
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
    AffPlaced => "{} cards placed", "已归组 {} 张";
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
    AffDupTitle => "Possible duplicates: {} pairs", "可能重复：{} 对";
    AffDupKeys => "Enter merge into the first · 2 keep the second · s skip · Esc close", "Enter 合并到第一张 · 2 保留第二张 · s 跳过 · Esc 关闭";
    AffWorking => "Suggesting islands for {} cards…", "正在为 {} 张卡片建议岛……";
    AffWorkingKeys => "Esc cancel", "Esc 取消";
    AffTraceTitle => "Trace of {}: {}", "追溯 {}：{}";
    AffTraceKeys => "↑↓ scroll · any other key closes", "↑↓ 滚动 · 其他键关闭";
    AffTraceNothing => "Nothing leads here: no items, remarks or respondents.", "没有来源：没有要求项目、原始资料或受访者。";
    AffTraceIslands => "Islands", "岛";
    AffTracePlaced => "Placed in (nearest first)", "所在的岛（由近及远）";
    AffTraceCards => "Cards", "卡片";
    AffTraceRespondents => "Respondents", "受访者";
    AffNameIsland => "Name the new island of {} cards", "为 {} 张卡片组成的新岛命名";
    AffNameRename => "Rename {}", "重命名 {}";
    AffNameNest => "Name the higher-level island over {} islands", "为包含 {} 个岛的上层岛命名";
    AffNameSplit => "Name the island for {} cards split from {}", "新岛的名称（{} 张卡片，拆自 {}）";
    AffNameTeamIn => "Basic quality added by the team, into {}", "团队补充的当然质量，放入 {}";
    AffNameTeam => "Basic quality added by the team (unplaced)", "团队补充的当然质量（未归组）";
    AffNameCard => "Edit card {}", "编辑卡片 {}";
    AffNameProposal => "Name of proposal {}", "建议 {} 的名称";
    AffNameRule => "The name is itself a demanded quality: say what the cards share.", "名称本身也是要求质量：说出这些卡片的共同点。";
    AffSuggestTitle => "Suggested islands: {} for {} cards", "建议的岛：{} 个，共 {} 张卡片";
    AffSuggestKeys => "Enter accept · e edit name · x reject · A accept all · Esc close", "Enter 采纳 · e 改名 · x 拒绝 · A 全部采纳 · Esc 关闭";
    AffCohesion => "cohesion {}", "相似度 {}";
    AffProposalCards => "Cards of proposal {}:", "建议 {} 的卡片：";
    AffTableTitle => "Deployment table", "要求质量展开表";
    AffTableLevels => "{} levels · T back", "{} 层 · T 返回";
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
    AffAtEnd => "Already at the end", "已经到头了";
    AffMergeHow => "Mark the islands to merge, then select the island to keep", "先标记要合并的岛，再选中要保留的岛";
    AffNoPlacedCard => "Select or mark cards placed in an island", "请选择或标记已归入岛的卡片";
    AffNoDuplicates => "No duplicate cards found", "没有发现重复的卡片";
    AffNothingUnplaced => "No unplaced cards to suggest islands for", "没有未归组的卡片可供建议";
    AffNoProposals => "No islands to suggest", "没有可建议的岛";
    AffNothingToGroup => "Two top-level islands at least are needed to suggest the next level up", "至少需要两个最上层的岛才能建议上一层";
    AffSuggestLevelTitle => "Suggested higher-level islands: {} for {} islands", "建议的上层岛：{} 个，共 {} 个岛";
    AffProposalIslands => "Islands of proposal {}:", "建议 {} 包含的岛：";
    AffCancelled => "Suggestions cancelled", "已取消建议";
    AffNameEmpty => "Empty name: nothing changed", "名称为空：未做更改";
    DoAffReorder => "reorder {}", "调整 {} 的顺序";
    DoAffMove => "move {} entries to {}", "把 {} 项移到 {}";
    DoAffMerge => "merge {} islands into {}", "把 {} 个岛合并到 {}";
    DoAffUngroup => "ungroup {}", "解散 {}";
    DoAffIsland => "make island {} of {} cards", "组成岛 {}（{} 张卡片）";
    DoAffRename => "rename {}", "重命名 {}";
    DoAffNest => "group {} islands into {}", "把 {} 个岛归入 {}";
    DoAffSplit => "split {} cards into {}", "把 {} 张卡片拆分到 {}";
    DoAffTeam => "add basic quality {} (team)", "添加团队补充的当然质量 {}";
    DoAffMergeCards => "merge {} into {}", "把 {} 合并到 {}";
    DoAffAccept => "accept {} suggested islands", "采纳 {} 个建议的岛";
    // Report step
    HelpReport => "Report", "报告";
    ActReportToggle => "choose or leave out the selected entry", "选中或取消所选条目";
    ActReportFormat => "cycle the format: HTML, XLSX, Markdown, CSV, JSON", "切换格式：HTML、XLSX、Markdown、CSV、JSON";
    ActReportFolder => "change the folder files are written to", "更改输出文件夹";
    ActReportRespondents => "include or leave out respondents' attributes", "包含或不含受访者属性";
    ActReportWrite => "write the chosen files", "写出所选文件";
    ReportWhat => "What to write", "写出内容";
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
    ReportDone => "Wrote {} files to {}", "已写出 {} 个文件到 {}";
    ReportFailed => "{} files could not be written; see the list", "{} 个文件未能写出，见列表";
    ReportStopped => "Stopped; {} files were not written", "已停止；{} 个文件未写出";
    ReportNothing => "Nothing chosen: mark the full report or a table with Space", "未选择任何内容：用空格键选中完整报告或表格";
    ReportExists => "Already there: {}. Press {} again to overwrite", "已存在：{}。再按 {} 覆盖";
    ReportNoFolder => "There is no folder {}", "没有文件夹 {}";
    ActPlanKanoAdoptAll => "Kano view: adopt the survey category of every quality (one undo)", "Kano 视图：采用所有要求质量的调查类别（一次撤销）";
    DoAdoptKanoAll => "adopt {} survey Kano categories", "采用 {} 个调查 Kano 类别";
    NoKanoChange => "Every quality already has its survey category", "所有要求质量已是调查类别";
    ShAdoptAll => "adopt all", "全部采用";
    ActRemarkTrace => "trace the remark forward: its items, cards and islands", "追溯原始资料的去向：要求项目、卡片和岛";
    ShChoose => "choose", "选择";
    ShFormat => "format", "格式";
    ShFolder => "folder", "文件夹";
    ShWrite => "write", "写出";
    HelpHoq => "House of Quality", "质量屋";
    ActHoqCycle => "cycle the cell: blank, △ weak, ○ medium, ◎ strong", "切换单元格：空、△ 弱、○ 中、◎ 强";
    ActHoqClear => "clear the cell", "清除单元格";
    ActHoqUnit => "set the unit of the characteristic", "设置质量特性的单位";
    ActHoqTarget => "set the target value of the characteristic", "设置质量特性的目标值";
    ActHoqDirection => "change the direction: ↑ larger, ↓ smaller, ◎ nominal", "切换方向：↑ 望大、↓ 望小、◎ 望目";
    ActHoqScale => "switch the relation scale between 9-3-1 and 5-3-1", "在 9-3-1 与 5-3-1 之间切换关系尺度";
    ActHoqColumnLeft => "move the characteristic one column left", "将质量特性左移一列";
    ActHoqColumnRight => "move the characteristic one column right", "将质量特性右移一列";
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
    TargetOf => "Target value of {} (empty clears)", "{} 的目标值（留空则清除）";
    AskDeleteCharacteristic => "Delete characteristic {} and its {} relationship cells? (y/n)", "删除质量特性 {} 及其 {} 个关系单元格？(y/n)";
    DoSetRelationship => "set {} to {}", "将 {} 设为 {}";
    DoSetDirection => "set the direction of {} to {}", "将 {} 的方向设为 {}";
    DoSetRelationScale => "relation scale {}", "关系尺度 {}";
    DoAddCharacteristic => "add characteristic {}", "添加质量特性 {}";
    DoRenameCharacteristic => "rename characteristic {}", "重命名质量特性 {}";
    DoDeleteCharacteristic => "delete characteristic {}", "删除质量特性 {}";
    DoSetUnit => "set the unit of {}", "设置 {} 的单位";
    DoSetTarget => "set the target of {}", "设置 {} 的目标值";
    ShCycle => "cycle", "切换";
    ShUnit => "unit", "单位";
    ShTargetValue => "target", "目标值";
    ShDirection => "direction", "方向";
    ShScale => "scale", "尺度";
}

/// Fills the `{}` places of a catalog entry in order.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    let mut args = args.iter();
    while let Some(i) = rest.find("{}") {
        out.push_str(&rest[..i]);
        match args.next() {
            Some(a) => out.push_str(&a.to_string()),
            None => out.push_str("{}"),
        }
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    out
}

pub fn kano(k: Kano) -> S {
    match k {
        Kano::Unclassified => S::KanoUnclassified,
        Kano::MustBe => S::KanoMustBe,
        Kano::OneDimensional => S::KanoOneDimensional,
        Kano::Attractive => S::KanoAttractive,
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
