//! The report's own words in the report's language, and tables renamed into it.

use super::super::TableKind;
use super::super::table::{Cell, Table};
use super::{Words, source_name};
use crate::model::{Project, Source};

/// Column names and fixed words of a table as a reader of the report says them.
pub(super) fn localize(mut table: Table, title: &str, w: &Words) -> Table {
    table.title = title.to_string();
    let machine_names = table.headers.clone();
    if let Some(c) = table.column("source") {
        for row in &mut table.rows {
            if let Some(Cell::Text(t)) = row.get_mut(c)
                && let Some(source) = Source::parse(t)
            {
                *t = source_name(source, w);
            }
        }
    }
    name_kano_types(&mut table, w.zh);
    for h in &mut table.headers {
        let label = match h.as_str() {
            "id" => w.t("id", "编号"),
            "text" => w.t("text", "内容"),
            "source" => w.t("source", "来源"),
            "respondent" => w.t("respondent", "受访者"),
            "segment" => w.t("segment", "细分"),
            "scene" => w.t("scene", "使用场面"),
            "who" => w.t("who", "谁"),
            "where" => w.t("where", "哪里"),
            "when" => w.t("when", "何时"),
            "why" => w.t("why", "为何"),
            "what" => w.t("what", "什么"),
            "how" => w.t("how", "如何"),
            "tags" => w.t("tags", "标签"),
            "items" => w.t("items", "要求项目"),
            "qualities" => w.t("qualities", "要求质量"),
            "number" => w.t("no.", "序号"),
            "kind" => w.t("kind", "类型"),
            "origin" => w.t("origin", "提出方"),
            "group" => w.t("group", "分组"),
            "quality" => w.t("demanded quality", "要求质量"),
            "importance" => w.t("importance", "重要度"),
            "current" => w.t("current (us)", "本公司现状"),
            "target" => w.t("target", "企划质量"),
            "sales_point" => w.t("sales point", "卖点"),
            "improvement_ratio" => w.t("improvement ratio", "水平提高率"),
            "absolute_weight" => w.t("absolute weight", "绝对权重"),
            "relative_weight" => w.t("relative weight %", "相对权重 %"),
            "cumulative_weight" => w.t("cumulative %", "累计 %"),
            "category" => w.t("category", "类别"),
            "kano" => w.t("Kano type", "Kano 类型"),
            "local_weight" => w.t("local weight", "局部权重"),
            "global_weight" => w.t("global weight", "全局权重"),
            "question" => w.t("question", "问题"),
            "mean" => w.t("mean", "均值"),
            "sd" => w.t("spread (sd)", "标准差"),
            "weight" => w.t("weight %", "权重 %"),
            "better" => w.t("better", "满意系数"),
            "worse" => w.t("worse", "不满意系数"),
            "n" => w.t("n", "阶数"),
            "lambda_max" => w.t("lambda_max", "最大特征值"),
            "ci" => w.t("ci", "一致性指标"),
            "cr" => w.t("cr", "一致性比率"),
            other => {
                if let Some(name) = other.strip_prefix(super::super::planning::COMPETITOR_PREFIX) {
                    *h = name.to_string();
                } else if let Some(level) = other.strip_prefix("level ") {
                    *h = if w.zh {
                        format!("第{level}层")
                    } else {
                        other.to_string()
                    };
                }
                continue;
            }
        };
        *h = label.to_string();
    }
    // Formulas name columns by header; follow the renaming.
    for cell in table.rows.iter_mut().flatten() {
        if let Cell::Formula { expr, .. } = cell {
            for (old, new) in machine_names.iter().zip(&table.headers) {
                *expr = expr
                    .replace(&format!("{{{old}}}"), &format!("{{{new}}}"))
                    .replace(&format!("{{{old}:"), &format!("{{{new}:"));
            }
        }
    }
    // Fixed words gemba itself writes: only in the columns (and House of Quality label rows) that
    // hold them, so a user's text that happens to read "target" is left alone.
    if w.zh {
        let fixed = |name: &str| machine_names.iter().position(|h| h == name);
        // Kano categories through the classes' own names, whatever classes there are.
        if let Some(c) = fixed("category") {
            for row in &mut table.rows {
                if let Some(Cell::Text(t)) = row.get_mut(c)
                    && let Some(class) = crate::method::kano::Class::ALL
                        .iter()
                        .find(|k| k.name() == t.as_str())
                {
                    *t = class.name_zh().to_string();
                }
            }
        }
        let (kind, origin, label) = (fixed("kind"), fixed("origin"), fixed("quality"));
        for row in &mut table.rows {
            let label_row = matches!(row.first(), Some(Cell::Empty));
            for (i, cell) in row.iter_mut().enumerate() {
                let own = Some(i) == kind || Some(i) == origin || (label_row && Some(i) == label);
                let Cell::Text(t) = cell else { continue };
                if !own {
                    continue;
                }
                let zh = match t.as_str() {
                    "group" => "分组",
                    "quality" => "要求质量",
                    "unplaced quality" => "未归类的要求质量",
                    "customer" => "顾客",
                    "added by team" => "团队补充",
                    "technical importance" => "技术重要度",
                    "relative %" => "相对重要度 %",
                    "rank" => "排序",
                    "unit" => "单位",
                    "direction" => "方向",
                    "ours" => "本公司",
                    "target" => "目标值",
                    "difficulty" => "难度",
                    _ => continue,
                };
                *t = zh.to_string();
            }
        }
    }
    table
}

/// A table of `gemba export` in a language: headers and gemba's own words translated, the
/// title named in that language. For the formats people read (Markdown, HTML, XLSX).
/// Kano types and categories (the `kano` and `category` columns) by their names in the
/// language asked for; `Kano::parse` reads either name back.
pub fn name_kano_types(table: &mut Table, zh: bool) {
    let kano_columns: Vec<usize> = ["kano", "category"]
        .iter()
        .filter_map(|c| table.column(c))
        .collect();
    for c in kano_columns {
        for row in &mut table.rows {
            if let Some(Cell::Text(t)) = row.get_mut(c)
                && let Some(k) = crate::model::Kano::parse(t)
            {
                *t = k.name(zh).to_string();
            }
        }
    }
}

pub fn localize_export(table: Table, kind: TableKind, project: &Project, zh: bool) -> Table {
    let w = Words { zh };
    let name = match kind {
        TableKind::Voc => w.t("Voice of the customer", "原始资料"),
        TableKind::Items => w.t("Requirement items", "要求项目"),
        TableKind::Qualities => w.t("Demanded qualities", "要求质量"),
        TableKind::Deployment => w.t("Deployment table", "展开表"),
        TableKind::Planning => w.t("Planning matrix", "品质企划表"),
        TableKind::Trace => w.t("Trace", "追溯"),
        TableKind::Survey => w.t("Survey means", "调查均值"),
        TableKind::Kano => w.t("Kano classification", "Kano 分类"),
        TableKind::Ahp => w.t("AHP weights", "AHP 局部与全局权重"),
        TableKind::AhpConsistency => w.t("AHP consistency", "AHP 一致性"),
        TableKind::Hoq => w.t("House of Quality", "质量屋"),
    };
    localize(table, &format!("{name} — {}", project.meta.title), &w)
}

/// The six scene columns (who, where, when, why, what, how) as one "scene" cell of labelled
/// lines: a reader sees the scene together, and the table keeps room for the remark.
pub(super) fn scene_in_one_cell(mut table: Table, w: &Words) -> Table {
    let columns: Vec<(usize, &str)> = crate::model::Scene::FIELDS
        .iter()
        .filter_map(|f| table.column(f).map(|c| (c, *f)))
        .collect();
    let Some(&(first, _)) = columns.first() else {
        return table;
    };
    let label = |f: &str| match f {
        "who" => w.t("who", "谁"),
        "where" => w.t("where", "哪里"),
        "when" => w.t("when", "何时"),
        "why" => w.t("why", "为何"),
        "what" => w.t("what", "什么"),
        _ => w.t("how", "如何"),
    };
    let sep = w.t(": ", "：");
    for row in &mut table.rows {
        let lines: Vec<String> = columns
            .iter()
            .filter_map(|&(c, f)| match row.get(c) {
                Some(Cell::Text(t)) => Some(format!("{}{sep}{t}", label(f))),
                _ => None,
            })
            .collect();
        row[first] = Cell::text_or_empty(lines.join("\n"));
        for &(c, _) in columns.iter().skip(1).rev() {
            row.remove(c);
        }
    }
    table.headers[first] = "scene".into();
    for &(c, _) in columns.iter().skip(1).rev() {
        table.headers.remove(c);
    }
    table
}
