//! The traceability section: every quality back to the customers' words, and the appendix.

use super::super::table::{Cell, Table};
use super::{Block, Line, Words};
use crate::model::Project;
use crate::model::tree::Tree;

/// Every quality back to the customers' words, and the compact appendix.
pub(super) fn trace(project: &Project, w: &Words, tree: &Tree, out: &mut Vec<Block>) {
    // Traceability: every quality back to the customers' words.
    out.push(Block::Heading(w.t("Traceability", "追溯").into()));
    let mut trace = Table {
        title: w
            .t(
                "Demanded quality ← requirement item ← remark",
                "要求质量 ← 要求项目 ← 原始资料",
            )
            .into(),
        headers: [
            w.t("quality", "要求质量"),
            w.t("item", "要求项目"),
            w.t("remark", "原始资料"),
            w.t("respondent", "受访者"),
        ]
        .map(String::from)
        .to_vec(),
        rows: vec![],
    };
    for qid in tree.qualities_in_order() {
        let Some(q) = project.qualities.get(qid) else {
            continue;
        };
        let quality = Cell::Text(format!("{} {}", q.id, q.text));
        if q.items.is_empty() {
            trace
                .rows
                .push(vec![quality.clone(), Cell::Empty, Cell::Empty, Cell::Empty]);
        }
        for i in q.items.iter().filter_map(|i| project.items.get(*i)) {
            let item = Cell::Text(format!("{} {}", i.id, i.text));
            if i.remarks.is_empty() {
                trace.rows.push(vec![
                    quality.clone(),
                    item.clone(),
                    Cell::Empty,
                    Cell::Empty,
                ]);
            }
            for r in i.remarks.iter().filter_map(|r| project.remarks.get(*r)) {
                let who = r
                    .respondent
                    .and_then(|p| project.respondents.get(p))
                    .map(|p| p.label.clone())
                    .unwrap_or_default();
                trace.rows.push(vec![
                    quality.clone(),
                    item.clone(),
                    Cell::Text(format!("{} {}", r.id, r.text)),
                    Cell::text_or_empty(who),
                ]);
            }
        }
    }
    out.push(Block::SheetOnly {
        sheet: "trace",
        table: trace,
    });
    out.push(Block::Paragraph(
        w.t(
            "The full tables (every remark with its source, segment and 5W1H scene; the deployment \
             table; survey means and Kano coefficients; the relationship matrix and the roof as \
             tables; the trace from quality through item to remark) are in the workbook: \
             gemba report PROJECT -o FILE.xlsx (and in the Markdown report).",
            "完整的表格（每条原始资料及其来源、细分与 5W1H 使用场面；展开表；调查均值与 Kano 系数；\
             关系矩阵与屋顶的表格；要求质量 ← 要求项目 ← 原始资料的追溯）见本报告的工作簿版本（每张表一个工作表）\
             和纯文本版本。",
        )
        .into(),
    ));
    out.push(remarks_by_quality(project, tree, w));
}

/// Every remark on one line under each demanded quality it reaches (through its items), then the
/// remarks that reach none: who said what, without the columns a manager does not read.
fn remarks_by_quality(project: &Project, tree: &Tree, w: &Words) -> Block {
    let line = |r: &crate::model::Remark| Line {
        id: r.id.to_string(),
        text: r.text.clone(),
        who: r
            .respondent
            .and_then(|p| project.respondents.get(p))
            .map(|p| p.label.clone())
            .unwrap_or_default(),
    };
    let mut reached = std::collections::BTreeSet::new();
    let mut groups = Vec::new();
    for qid in tree.qualities_in_order() {
        let Some(q) = project.qualities.get(qid) else {
            continue;
        };
        let mut lines = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for i in q.items.iter().filter_map(|i| project.items.get(*i)) {
            for r in i.remarks.iter().filter_map(|r| project.remarks.get(*r)) {
                if seen.insert(r.id) {
                    reached.insert(r.id);
                    lines.push(line(r));
                }
            }
        }
        let heading = format!("{} {} ({})", q.id, q.text, lines.len());
        groups.push((heading, lines));
    }
    let rest: Vec<Line> = project
        .remarks
        .iter()
        .filter(|r| !reached.contains(&r.id))
        .map(line)
        .collect();
    if !rest.is_empty() {
        let heading = format!(
            "{} ({})",
            w.t("Reaching no demanded quality", "未关联到要求质量"),
            rest.len()
        );
        groups.push((heading, rest));
    }
    Block::Appendix {
        title: format!(
            "{} ({} {})",
            w.t(
                "Appendix: remarks by demanded quality",
                "附录：按要求质量归类的原始资料"
            ),
            project.remarks.len(),
            w.t("remarks", "条")
        ),
        groups,
    }
}
