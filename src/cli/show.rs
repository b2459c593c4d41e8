//! `gemba show`: a summary of the project, step by step as the screens number and name the steps
//! (survey and AHP are views of the Planning step; the House of Quality is step 6), in the
//! project's language.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use crate::method::hierarchy::Priorities;
use crate::method::planning::{Gap, Matrix};
use crate::method::survey::{Survey, respondents_answering};
use crate::model::tree::Tree;
use crate::model::{ImportanceSource, Project, SatisfactionSource, count};
use crate::tui::strings::{Lang, S};

/// Words of the summary in one language.
struct W {
    zh: bool,
}

impl W {
    fn t<'a>(&self, en: &'a str, zh: &'a str) -> &'a str {
        if self.zh { zh } else { en }
    }

    /// "3 remarks" in English, "3 条" in Chinese.
    fn n(&self, n: usize, one: &str, many: &str, zh_unit: &str) -> String {
        if self.zh {
            format!("{n} {zh_unit}")
        } else {
            count(n, one, many)
        }
    }

    /// A step line: number, the step's name as the step bar shows it, a count, then the rest.
    fn step(&self, s: &mut String, number: &str, name: &str, n: usize, rest: &str) {
        let pad = NAME.saturating_sub(name.width());
        let _ = writeln!(s, "  {number} {name}{:pad$}{n:>5}  {rest}", "");
    }

    /// A line for a view within the step above it: indented, unnumbered.
    fn view(&self, s: &mut String, name: &str, n: usize, rest: &str) {
        let pad = (NAME - 2).saturating_sub(name.width());
        let _ = writeln!(s, "      {name}{:pad$}{n:>5}  {rest}", "");
    }

    fn lang(&self) -> Lang {
        if self.zh { Lang::Zh } else { Lang::En }
    }

    fn gap(&self, g: Gap) -> String {
        if !self.zh {
            return g.to_string();
        }
        match g {
            Gap::NoImportance => "缺重要度",
            Gap::NoCurrent => "缺本公司现状",
            Gap::CurrentZero => "本公司现状为 0",
            Gap::NoTarget => "缺企划质量",
        }
        .to_string()
    }

    fn importance(&self, i: ImportanceSource) -> String {
        match (self.zh, i) {
            (false, _) => i.describe().to_string(),
            (true, ImportanceSource::Direct) => "直接评分".into(),
            (true, ImportanceSource::Survey) => "调查均值".into(),
            (true, ImportanceSource::Ahp) => "AHP 全局权重 (%)".into(),
        }
    }

    fn satisfaction(&self, x: SatisfactionSource) -> String {
        match (self.zh, x) {
            (false, _) => x.describe().to_string(),
            (true, SatisfactionSource::Direct) => "直接评分".into(),
            (true, SatisfactionSource::Survey) => "调查均值".into(),
        }
    }
}

/// The width of a step's name ("House of Quality" is the longest).
const NAME: usize = 17;
/// The gap before a line that belongs to the step above it: number, name and count.
const INDENT: &str = "                          ";

/// The summary printed by `show`.
pub fn summary(project: &Project) -> String {
    let w = W {
        zh: crate::export::report::is_chinese(project),
    };
    let name = |s: S| s.get(w.lang());
    let mut s = String::new();
    let m = &project.meta;
    let _ = writeln!(s, "{}", m.title);
    if !m.theme.is_empty() || !m.scope.is_empty() {
        let scope = if m.scope.is_empty() {
            String::new()
        } else {
            format!(" — {}", m.scope)
        };
        let _ = writeln!(s, "  {}{}{scope}", w.t("theme: ", "主题："), m.theme);
    }
    let _ = writeln!(s, "  {}{}", w.t("rating scale ", "评分尺度 "), m.scale);
    let tree = Tree::build(project);
    let matrix = Matrix::compute_with_tree(project, &tree);
    let linked_remarks = project
        .remarks
        .iter()
        .filter(|r| project.items.iter().any(|i| i.remarks.contains(&r.id)))
        .count();
    let linked_items = project
        .items
        .iter()
        .filter(|i| project.qualities.iter().any(|q| q.items.contains(&i.id)))
        .count();
    let complete = matrix.rows.iter().filter(|r| r.is_complete()).count();
    let candidates = project.remarks.iter().filter(|r| r.candidate).count();
    let _ = writeln!(s, "\n{}", w.t("Workflow", "工作流程"));
    let respondents = w.n(
        project.respondents.len(),
        "respondent",
        "respondents",
        "位受访者",
    );
    let segments = w.n(project.segments.len(), "segment", "segments", "个客户细分");
    w.step(
        &mut s,
        "1",
        name(S::StepRemarks),
        project.remarks.len(),
        &match (w.zh, candidates) {
            (true, 0) => format!("来自 {segments}中的 {respondents}；{linked_remarks} 条已形成要求项目"),
            (true, n) => format!(
                "来自 {segments}中的 {respondents}；{linked_remarks} 条已形成要求项目；{n} 条候选待采纳"
            ),
            (false, 0) => format!("from {respondents} in {segments}; {linked_remarks} led to items"),
            (false, n) => format!(
                "from {respondents} in {segments}; {linked_remarks} led to items; {} to accept",
                crate::model::count(n, "candidate", "candidates")
            ),
        },
    );
    w.step(
        &mut s,
        "2",
        name(S::StepItems),
        project.items.len(),
        &if w.zh {
            format!("{linked_items} 项已改写为要求质量")
        } else {
            format!("{linked_items} rewritten as qualities")
        },
    );
    let unplaced = tree.unplaced.len();
    let placed = project.qualities.len() - unplaced;
    w.step(
        &mut s,
        "3",
        name(S::StepQualities),
        project.qualities.len(),
        &if w.zh {
            format!("{placed} 项已归组，{unplaced} 项未归组")
        } else {
            format!("{placed} placed, {unplaced} unplaced")
        },
    );
    w.step(
        &mut s,
        "4",
        name(S::StepAffinity),
        project.groups.len(),
        &if w.zh {
            format!("个分组；树共 {} 层", tree.depth())
        } else {
            format!(
                "{}; the tree is {} deep",
                crate::model::plural(project.groups.len(), "group", "groups"),
                count(tree.depth(), "level", "levels")
            )
        },
    );
    w.step(
        &mut s,
        "5",
        name(S::StepPlanning),
        complete,
        &if w.zh {
            format!(
                "/ {} 行已完整；{} 个竞争对手",
                matrix.rows.len(),
                project.competitors.len()
            )
        } else {
            format!(
                "of {} complete; {}",
                count(matrix.rows.len(), "row", "rows"),
                count(project.competitors.len(), "competitor", "competitors")
            )
        },
    );
    let _ = writeln!(
        s,
        "{INDENT}{}",
        if w.zh {
            format!(
                "重要度来自{}；满意度来自{}",
                w.importance(m.importance),
                w.satisfaction(m.satisfaction)
            )
        } else {
            format!(
                "importance from {}; satisfaction from {}",
                w.importance(m.importance),
                w.satisfaction(m.satisfaction)
            )
        }
    );
    planning_views(&mut s, project, &tree, &w);
    house(&mut s, project, &matrix, &w, name(S::StepHoq));
    let _ = writeln!(
        s,
        "  7 {}{:pad$}       {}",
        name(S::StepReport),
        "",
        w.t(
            "gemba report FILE -o report.html (or .md, .xlsx)",
            "gemba report 文件 -o report.html（或 .md、.xlsx）"
        ),
        pad = NAME.saturating_sub(name(S::StepReport).width())
    );

    let incomplete: Vec<_> = matrix.incomplete().collect();
    if !incomplete.is_empty() {
        let _ = writeln!(
            s,
            "\n{} ({})",
            w.t("Incomplete planning rows", "不完整的企划行"),
            incomplete.len()
        );
        for r in incomplete.iter().take(20) {
            let text = project
                .qualities
                .get(r.quality)
                .map_or("", |q| q.text.as_str());
            let gaps: Vec<String> = r.gaps.iter().map(|g| w.gap(*g)).collect();
            let _ = writeln!(
                s,
                "  {:<5} {} — {}",
                r.quality.to_string(),
                text,
                gaps.join(w.t(", ", "、"))
            );
        }
        if incomplete.len() > 20 {
            let more = incomplete.len() - 20;
            let _ = writeln!(
                s,
                "  {}",
                if w.zh {
                    format!("… 另有 {more} 行")
                } else {
                    format!("… and {more} more")
                }
            );
        }
    }
    let top = matrix.by_weight();
    if !top.is_empty() {
        let p = usize::from(m.precision);
        let _ = writeln!(
            s,
            "\n{}",
            w.t(
                "Top weights (relative %, cumulative %)",
                "权重最高的要求质量（相对权重 %，累计 %）"
            )
        );
        for r in top.iter().take(5) {
            let text = project
                .qualities
                .get(r.quality)
                .map_or("", |q| q.text.as_str());
            let _ = writeln!(
                s,
                "  {:>2}. {:<5} {:>6.p$} {:>6.p$}  {}",
                r.rank.unwrap_or(0),
                r.quality.to_string(),
                r.relative.unwrap_or(0.0),
                r.cumulative.unwrap_or(0.0),
                text
            );
        }
    }
    s
}

/// The survey and AHP lines: views of the Planning step, so they carry no step number.
fn planning_views(s: &mut String, project: &Project, tree: &Tree, w: &W) {
    let m = &project.meta;
    if !m.importance.is_direct() {
        let inputs = crate::method::inputs::effective(project, tree);
        let without = inputs.values().filter(|p| p.importance.is_none()).count();
        if without > 0 {
            let what = match (m.importance, w.zh) {
                (ImportanceSource::Ahp, false) => format!(
                    "{} no AHP global priority (a comparison on their path is missing)",
                    count(without, "quality has", "qualities have")
                ),
                (ImportanceSource::Ahp, true) => {
                    format!("{without} 项要求质量没有 AHP 全局权重（路径上缺少比较）")
                }
                (_, false) => format!(
                    "{} no importance ratings in the survey",
                    count(without, "quality has", "qualities have")
                ),
                (_, true) => format!("{without} 项要求质量在调查中没有重要度评分"),
            };
            let _ = writeln!(s, "{INDENT}{what}");
        }
    }
    if !project.responses.is_empty() {
        let ratings = project
            .responses
            .iter()
            .filter(|r| r.reply.rating().is_some())
            .count();
        let survey = Survey::compute(project);
        let kano = project.responses.len() - ratings;
        let who = respondents_answering(project);
        let categorised = survey
            .kano
            .values()
            .filter(|k| k.category().is_some())
            .count();
        let weighted = survey.weighted && ratings > 0;
        let n = project.responses.len();
        let rest = if w.zh {
            format!(
                "条回答，来自 {who} 位受访者：{ratings} 条评分，{kano} 条 Kano 回答；{categorised} 项要求质量有 Kano 类别{}",
                if weighted {
                    "；均值按客户细分加权"
                } else {
                    ""
                }
            )
        } else {
            format!(
                "{} from {}: {}, {}; Kano category for {}{}",
                crate::model::plural(n, "answer", "answers"),
                count(who, "respondent", "respondents"),
                count(ratings, "rating", "ratings"),
                count(kano, "Kano answer", "Kano answers"),
                count(categorised, "quality", "qualities"),
                if weighted {
                    "; means weighted by segment"
                } else {
                    ""
                }
            )
        };
        w.view(s, w.t("survey", "调查"), n, &rest);
    }
    if !project.judgements.is_empty() {
        ahp(s, project, tree, w);
    }
}

fn ahp(s: &mut String, project: &Project, tree: &Tree, w: &W) {
    let m = &project.meta;
    let pr = Priorities::compute_with_tree(project, tree);
    let compared = pr.sets.iter().filter(|x| x.ahp().is_some()).count();
    let ri = m
        .ri_table
        .as_deref()
        .unwrap_or(crate::model::saaty::RI_TABLE_NAME);
    let n = project.judgements.len();
    let rest = if w.zh {
        format!("次两两比较；完整的同级组：{compared}（RI：{ri}）")
    } else {
        format!(
            "{}; complete sibling sets: {compared} (RI: {ri})",
            crate::model::plural(n, "comparison", "comparisons")
        )
    };
    w.view(s, "AHP", n, &rest);
    for set in &pr.sets {
        let name = set
            .parent
            .map_or_else(|| w.t("top level", "顶层").to_string(), |g| g.to_string());
        if let Some(cr) = set.ahp().and_then(|a| a.cr).filter(|cr| *cr > 0.10) {
            let worst = set
                .worst
                .map(|(a, b)| {
                    if w.zh {
                        format!("；先重新比较 {a} 与 {b}")
                    } else {
                        format!("; revisit {a} vs {b} first")
                    }
                })
                .unwrap_or_default();
            let _ = writeln!(
                s,
                "{INDENT}{}",
                if w.zh {
                    format!("警告：{name} 的 CR 为 {cr:.3}，超过 0.10{worst}")
                } else {
                    format!("warning: {name} has CR {cr:.3}, above 0.10{worst}")
                }
            );
        } else if let Some(Err(e)) = &set.result
            && !matches!(e, crate::method::ahp::AhpError::MissingPairs(_))
        {
            let _ = writeln!(s, "{INDENT}{name}: {e}");
        } else if set.ahp().is_none() && set.judged > 0 {
            let _ = writeln!(
                s,
                "{INDENT}{}",
                if w.zh {
                    format!("{name}：已比较 {} / {} 次", set.judged, set.needed())
                } else {
                    format!(
                        "{name}: {} of {}",
                        set.judged,
                        count(set.needed(), "comparison", "comparisons")
                    )
                }
            );
        }
        if set.stale > 0 {
            let _ = writeln!(
                s,
                "{INDENT}{}",
                if w.zh {
                    format!("{name}：{} 次比较涉及已移到别处的要求质量或分组", set.stale)
                } else {
                    format!(
                        "{name}: {} qualities or groups moved elsewhere",
                        count(set.stale, "comparison names", "comparisons name")
                    )
                }
            );
        }
    }
}

/// Step 6, the House of Quality: characteristics, relationships and the most important ones.
fn house(s: &mut String, project: &Project, matrix: &Matrix, w: &W, step: &str) {
    let house = crate::method::hoq::House::compute(project, matrix);
    let mut ranked: Vec<_> = house.columns.iter().filter(|c| c.rank.is_some()).collect();
    ranked.sort_by_key(|c| c.rank);
    let top: Vec<String> = ranked
        .iter()
        .take(3)
        .map(|c| {
            let name = project
                .characteristics
                .get(c.characteristic)
                .map_or("", |x| x.name.as_str());
            format!(
                "{} {name} {:.1}%",
                c.characteristic,
                c.relative.unwrap_or(0.0)
            )
        })
        .collect();
    let n = project.characteristics.len();
    let relationships = project.relationships.len();
    let scale = &project.meta.relation_scale;
    let rest = if w.zh {
        format!(
            "项质量特性，{relationships} 个关系（{scale}）；最重要：{}",
            if top.is_empty() {
                "暂无".to_string()
            } else {
                top.join("，")
            }
        )
    } else {
        format!(
            "{}, {} ({scale}); most important: {}",
            crate::model::plural(n, "characteristic", "characteristics"),
            count(relationships, "relationship", "relationships"),
            if top.is_empty() {
                "none yet".to_string()
            } else {
                top.join(", ")
            }
        )
    };
    w.step(s, "6", step, n, &rest);
}
